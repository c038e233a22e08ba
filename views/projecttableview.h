// SPDX-License-Identifier: MIT
#pragma once

#include <QTableView>

namespace omsdash {

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

    /// Shows @p model (a switch of instance). The selection is cleared.
    void setProjectModel(ProjectListModel *model);
    StatusProxyModel *proxy() const { return m_proxy; }

    /// Id of the selected project, empty when none.
    QString selectedProjectId() const;
    /// Selects @p projectId if it is shown; returns whether it is.
    bool selectProject(const QString &projectId);
    /// Selects the top row when nothing is selected.
    void ensureSelection();

signals:
    void projectSelected(const QString &projectId);

private:
    StatusProxyModel *m_proxy;
};

} // namespace omsdash
