// SPDX-License-Identifier: MIT
#pragma once

#include <QTableView>

namespace omsdash {

class HeaderState;
class ProjectListModel;
class StatusProxyModel;

/// The project list of the current instance: sortable (worst status first by default),
/// filterable, failed rows tinted, status and alarm level as coloured badges, schema and
/// full migration as progress bars. Selection and sort survive every poll.
class ProjectTableView : public QTableView
{
    Q_OBJECT

public:
    explicit ProjectTableView(QWidget *parent = nullptr);

    /// Shows @p model, whose ProjectListModel columns start at @p firstProjectColumn (an
    /// overview puts an instance column in front). A switch of model clears the selection.
    void setProjectModel(QAbstractItemModel *model, int firstProjectColumn = 0);
    StatusProxyModel *proxy() const { return m_proxy; }

    /// KeyRole of the selected row, empty when none.
    QString selectedProjectId() const;
    /// Selects the row whose KeyRole is @p key if it is shown; returns whether it is.
    bool selectProject(const QString &key);
    /// Selects the top row when nothing is selected.
    void ensureSelection();

signals:
    /// The current row changed; @p current is an index of the model given to setProjectModel.
    void projectSelected(const QModelIndex &current);

private:
    StatusProxyModel *m_proxy;
    QAbstractItemDelegate *m_status;
    QAbstractItemDelegate *m_alarm;
    QAbstractItemDelegate *m_bars;
    HeaderState *m_headerState;
};

} // namespace omsdash
