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
    for (const QMetaObject::Connection &c : std::as_const(m_forget))
        disconnect(c);
    m_forget.clear();
    forgetRows();
    // Connected before QSortFilterProxyModel's own handlers, so what was kept of a changed
    // row is gone before it sorts or filters that row again.
    if (source) {
        m_forget << connect(source, &QAbstractItemModel::dataChanged, this,
                            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                                forgetRows(topLeft.row(), bottomRight.row());
                            });
        for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            m_forget << connect(source, signal, this, [this] { forgetRows(); });
        m_forget << connect(source, &QAbstractItemModel::rowsMoved, this, [this] { forgetRows(); });
        m_forget << connect(source, &QAbstractItemModel::modelReset, this, [this] { forgetRows(); });
        m_forget << connect(source, &QAbstractItemModel::layoutChanged, this, [this] { forgetRows(); });
    }
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
    m_foldedText = m_text.toCaseFolded();
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

void SortFilterProxyModel::forgetRows(int first, int last)
{
    if (first < 0) {
        m_sortKeys.clear();
        m_rowTexts.clear();
        return;
    }
    for (int row = first; row <= last; ++row) {
        if (row < int(m_sortKeys.size()))
            m_sortKeys[size_t(row)].reset();
        if (row < int(m_rowTexts.size()))
            m_rowTexts[size_t(row)].reset();
    }
}

const SortFilterProxyModel::SortKey &SortFilterProxyModel::sortKey(int sourceRow) const
{
    const size_t rows = size_t(sourceModel()->rowCount());
    if (m_keyColumn != sortColumn() || m_sortKeys.size() != rows) {
        m_sortKeys.assign(rows, std::nullopt);
        m_keyColumn = sortColumn();
    }
    std::optional<SortKey> &slot = m_sortKeys[size_t(sourceRow)];
    if (!slot) {
        SortKey k;
        const QVariant v = sourceModel()->index(sourceRow, m_keyColumn).data(sortRole());
        switch (v.userType()) {
        case QMetaType::UnknownType:
            break;
        case QMetaType::Double:
        case QMetaType::Float:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
            k.kind = SortKey::Kind::Number;
            k.number = v.toDouble();
            break;
        case QMetaType::QString:
            k.kind = SortKey::Kind::Text;
            k.value = v;
            k.collated = m_collator.sortKey(v.toString().toCaseFolded());
            break;
        default:
            k.kind = SortKey::Kind::Other;
            k.value = v;
        }
        slot = std::move(k);
    }
    return *slot;
}

const QString &SortFilterProxyModel::rowText(int sourceRow) const
{
    const size_t rows = size_t(sourceModel()->rowCount());
    if (m_rowTexts.size() != rows)
        m_rowTexts.assign(rows, std::nullopt);
    std::optional<QString> &slot = m_rowTexts[size_t(sourceRow)];
    if (!slot) {
        QString text;
        const int columns = sourceModel()->columnCount();
        for (int c = 0; c < columns; ++c) {
            if (c > 0)
                text += QChar(0x1f); // a match never spans two columns
            text += sourceModel()->index(sourceRow, c).data(filterRole()).toString();
        }
        slot = text.toCaseFolded();
    }
    return *slot;
}

bool SortFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_role != 0 && sourceModel()->index(sourceRow, 0, sourceParent).data(m_role) != m_value)
        return false;
    if (m_text.isEmpty() || sourceParent.isValid())
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    return rowText(sourceRow).contains(m_foldedText);
}

bool SortFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // QSortFilterProxyModel sorts descending by asking lessThan(right, left): what must come
    // first (or last) in both directions flips with the order.
    const bool ascending = sortOrder() == Qt::AscendingOrder;
    using Kind = SortKey::Kind;
    const bool flat = !left.parent().isValid() && !right.parent().isValid() && left.column() == sortColumn();
    if (flat) {
        const SortKey &l = sortKey(left.row());
        const SortKey &r = sortKey(right.row());
        if ((l.kind == Kind::Missing) != (r.kind == Kind::Missing))
            return ascending ? l.kind != Kind::Missing : l.kind == Kind::Missing; // the missing one last
        if (l.kind == Kind::Number && r.kind == Kind::Number) {
            if (l.number < r.number || r.number < l.number) // NaN: neither, a tie
                return l.number < r.number;
        } else if (l.kind == Kind::Text && r.kind == Kind::Text) {
            if (l.value != r.value) {
                const int text = l.collated->compare(*r.collated);
                if (text != 0)
                    return text < 0;
            }
        } else if (l.kind != Kind::Missing) {
            const QVariant lv = l.kind == Kind::Number ? QVariant(l.number) : l.value;
            const QVariant rv = r.kind == Kind::Number ? QVariant(r.number) : r.value;
            const QPartialOrdering order = QVariant::compare(lv, rv);
            if (order == QPartialOrdering::Less || order == QPartialOrdering::Greater)
                return order == QPartialOrdering::Less;
        }
    } else {
        const QVariant l = left.data(sortRole());
        const QVariant r = right.data(sortRole());
        if (l.isValid() != r.isValid())
            return ascending ? l.isValid() : !l.isValid(); // the missing one last
        if (l.isValid()) {
            const QPartialOrdering order = QVariant::compare(l, r);
            if (order == QPartialOrdering::Less || order == QPartialOrdering::Greater) {
                if (l.userType() == QMetaType::QString && r.userType() == QMetaType::QString) {
                    const int text = m_collator.compare(l.toString().toCaseFolded(), r.toString().toCaseFolded());
                    if (text != 0)
                        return text < 0;
                } else {
                    return order == QPartialOrdering::Less;
                }
            }
        }
    }
    if (m_tieBreak) // equal: the source's order, the same way up in both directions
        return ascending ? m_tieBreak(left, right) : m_tieBreak(right, left);
    return ascending ? left.row() < right.row() : right.row() < left.row();
}

} // namespace omsdash
