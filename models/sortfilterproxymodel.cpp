// SPDX-License-Identifier: MIT
#include "sortfilterproxymodel.h"

#include "keyedtablemodel.h"

namespace omsdash {

SortFilterProxyModel::SortFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setFilterKeyColumn(-1);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void SortFilterProxyModel::setTieBreak(RowOrder order)
{
    m_tieBreak = std::move(order);
    invalidate();
}

void SortFilterProxyModel::setSourceModel(QAbstractItemModel *source)
{
    disconnect(m_watch);
    QSortFilterProxyModel::setSourceModel(source);
    if (source)
        m_watch = connect(source, &QAbstractItemModel::dataChanged, this, &SortFilterProxyModel::sourceDataChanged);
}

void SortFilterProxyModel::sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    // QSortFilterProxyModel re-sorts a changed row only when the sort column is in the range.
    const int column = sortColumn();
    if (!m_tieBreak || column < 0 || (column >= topLeft.column() && column <= bottomRight.column()) || m_resortDue)
        return;
    m_resortDue = true;
    QMetaObject::invokeMethod(this, [this] {
        m_resortDue = false;
        invalidate(); // sort() with the same column and order would do nothing
    }, Qt::QueuedConnection);
}

void SortFilterProxyModel::setFilterText(const QString &text)
{
    if (text.trimmed() == m_text)
        return;
    m_text = text.trimmed();
    setFilterFixedString(m_text);
    emit filtersChanged();
}

void SortFilterProxyModel::setRoleFilter(int role, const QVariant &value)
{
    m_role = value.isValid() ? role : 0;
    m_value = value;
    invalidateFilter();
    emit filtersChanged();
}

bool SortFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_role != 0 && sourceModel()->index(sourceRow, 0, sourceParent).data(m_role) != m_value)
        return false;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

bool SortFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // QSortFilterProxyModel sorts descending by asking lessThan(right, left): what must come
    // first (or last) in both directions flips with the order.
    const bool ascending = sortOrder() == Qt::AscendingOrder;
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.isValid() != r.isValid())
        return ascending ? l.isValid() : !l.isValid(); // the missing one last
    if (l.isValid()) {
        const QPartialOrdering order = QVariant::compare(l, r);
        if (order == QPartialOrdering::Less || order == QPartialOrdering::Greater) {
            if (l.userType() == QMetaType::QString && r.userType() == QMetaType::QString) {
                const int text = QString::localeAwareCompare(l.toString().toCaseFolded(), r.toString().toCaseFolded());
                if (text != 0)
                    return text < 0;
            } else {
                return order == QPartialOrdering::Less;
            }
        }
    }
    if (m_tieBreak) // equal: the source's order, the same way up in both directions
        return ascending ? m_tieBreak(left, right) : m_tieBreak(right, left);
    return ascending ? left.row() < right.row() : right.row() < left.row();
}

} // namespace omsdash
