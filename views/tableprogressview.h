// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace omsdash {

class HeaderState;

class StatusProxyModel;
class TableProgressModel;

/// Per-table progress of the selected project: a filter box (over the source and target
/// names, status and result), a one-line summary (tables, finished, inconsistent, average
/// progress) and a sortable table with a progress bar per row. Verification columns are hidden when the API gives none (DRS).
class TableProgressView : public QWidget
{
    Q_OBJECT

public:
    explicit TableProgressView(QWidget *parent = nullptr);

    void setTableModel(TableProgressModel *model);
    QTableView *tableView() const { return m_table; }
    QString summaryText() const;
    void setFilterText(const QString &text);

private:
    void updateSummary();

    TableProgressModel *m_model = nullptr;
    StatusProxyModel *m_proxy;
    QLineEdit *m_filter;
    QLabel *m_summary;
    QTableView *m_table;
    HeaderState *m_headerState;
};

} // namespace omsdash
