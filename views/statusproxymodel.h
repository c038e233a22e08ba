// SPDX-License-Identifier: MIT
#pragma once

#include <QSortFilterProxyModel>

namespace omsdash {

/// Sort and filter proxy for omsdash's table models: sorts on SortRole (raw values), filters
/// on the text of every column, and adds presentation: failed rows (StatusClassRole) and
/// inconsistent tables get a red tint, stale rows (StaleRole) grey italic text.
class StatusProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit StatusProxyModel(QObject *parent = nullptr);

    /// Role whose true value also tints a row red (e.g. TableProgressModel::InconsistentRole);
    /// 0 for none.
    void setAlertRole(int role) { m_alertRole = role; }

    QVariant data(const QModelIndex &index, int role) const override;

public slots:
    /// Case-insensitive fixed-string filter over all columns.
    void setFilterText(const QString &text);

private:
    int m_alertRole = 0;
};

} // namespace omsdash
