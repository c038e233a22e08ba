// SPDX-License-Identifier: MIT
#pragma once

#include "sortfilterproxymodel.h"

namespace omsdash {

/// SortFilterProxyModel (sorting and filtering, decided in models/) with presentation added:
/// failed rows (StatusClassRole) and inconsistent tables get a red tint, stale rows
/// (StaleRole) grey italic text.
class StatusProxyModel : public SortFilterProxyModel
{
    Q_OBJECT

public:
    explicit StatusProxyModel(QObject *parent = nullptr);

    /// Role whose true value also tints a row red (e.g. TableProgressModel::InconsistentRole);
    /// 0 for none.
    void setAlertRole(int role) { m_alertRole = role; }

    QVariant data(const QModelIndex &index, int role) const override;

private:
    int m_alertRole = 0;
};

} // namespace omsdash
