// SPDX-License-Identifier: MIT
#include "sortfilterproxymodel.h"

#include "keyedtablemodel.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace omsdash {

namespace {
/// Rows of a range at most this long are placed one by one; a longer range is sorted again.
constexpr int OneByOneRows = 8;
} // namespace

SortFilterProxyModel::SortFilterProxyModel(QObject *parent)
    : QAbstractProxyModel(parent)
    , m_sortRole(SortRole)
{
    m_prepare.setSingleShot(true);
    m_prepare.setInterval(0);
    connect(&m_prepare, &QTimer::timeout, this, &SortFilterProxyModel::prepare);
}

// --- QAbstractProxyModel ---------------------------------------------------------------------

void SortFilterProxyModel::setSourceModel(QAbstractItemModel *source)
{
    if (source == sourceModel())
        return;
    beginResetModel();
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(source);
    m_changedRows = dynamic_cast<const ChangedRowsSource *>(source);
    if (source)
        connectSource(source);
    rebuild();
    endResetModel();
}

QModelIndex SortFilterProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || proxyIndex.model() != this
        || size_t(proxyIndex.row()) >= m_rows.size())
        return {};
    return sourceModel()->index(m_rows[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex SortFilterProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != sourceModel() || sourceIndex.parent().isValid()
        || size_t(sourceIndex.row()) >= m_proxyRow.size())
        return {};
    const int row = m_proxyRow[size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QModelIndex SortFilterProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || size_t(row) >= m_rows.size() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex SortFilterProxyModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex SortFilterProxyModel::sibling(int row, int column, const QModelIndex &idx) const
{
    return idx.isValid() ? index(row, column) : QModelIndex();
}

int SortFilterProxyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SortFilterProxyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

bool SortFilterProxyModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_rows.empty() && columnCount() > 0;
}

QVariant SortFilterProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!sourceModel())
        return {};
    if (orientation == Qt::Vertical && section >= 0 && size_t(section) < m_rows.size())
        section = m_rows[size_t(section)];
    return sourceModel()->headerData(section, orientation, role);
}

// --- settings --------------------------------------------------------------------------------

void SortFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return; // the rows are kept in this order
    m_sortColumn = column;
    m_sortOrder = order;
    sortOrderOfAll();
    filterOrder();
}

void SortFilterProxyModel::setSortRole(int role)
{
    if (role == m_sortRole)
        return;
    m_sortRole = role;
    m_keys.clear();
    m_rankings.clear();
    prepareFrom(0);
    sortOrderOfAll();
    filterOrder();
}

void SortFilterProxyModel::setFilterRole(int role)
{
    if (role == m_filterRole)
        return;
    m_filterRole = role;
    m_rowTexts.clear();
    m_rowTextFresh.clear();
    prepareFrom(0);
    filterOrder();
}

void SortFilterProxyModel::setFilterColumns(const QList<int> &columns)
{
    m_filterColumns = columns;
    m_rowTexts.clear();
    m_rowTextFresh.clear();
    prepareFrom(0);
    filterOrder();
}

void SortFilterProxyModel::setPreparedSortColumns(const QList<int> &columns)
{
    m_preparedColumns = columns;
    prepareFrom(0);
}

void SortFilterProxyModel::setPrepareSliceMs(int ms)
{
    m_prepareSliceMs = std::max(ms, 0);
}

void SortFilterProxyModel::setTieBreak(RowOrder order)
{
    m_tieBreak = std::move(order);
    sortOrderOfAll();
    filterOrder();
}

void SortFilterProxyModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    const QString folded = trimmed.toCaseFolded();
    // Typing on: only rows shown now can match the longer text.
    const bool narrowing = !m_foldedText.isEmpty() && folded.contains(m_foldedText);
    m_text = trimmed;
    m_foldedText = folded;
    if (narrowing) {
        std::vector<int> rows;
        for (const int row : m_rows) {
            if (rowText(row).contains(m_foldedText))
                rows.push_back(row);
        }
        setRows(std::move(rows));
    } else {
        filterOrder();
    }
    emit filtersChanged();
}

void SortFilterProxyModel::setRoleFilter(int role, const QVariant &value)
{
    m_role = value.isValid() ? role : 0;
    m_value = value;
    filterOrder();
    emit filtersChanged();
}

void SortFilterProxyModel::invalidate()
{
    forgetAll();
    sortOrderOfAll();
    filterOrder();
}

// --- the source's signals --------------------------------------------------------------------

void SortFilterProxyModel::connectSource(QAbstractItemModel *source)
{
    using M = QAbstractItemModel;
    auto on = [this, source](auto signal, auto slot) { m_connections << connect(source, signal, this, slot); };
    on(&M::dataChanged, &SortFilterProxyModel::sourceDataChanged);
    on(&M::headerDataChanged, [this](Qt::Orientation orientation, int first, int last) {
        if (orientation == Qt::Horizontal)
            emit headerDataChanged(orientation, first, last);
        else if (!m_rows.empty())
            emit headerDataChanged(orientation, 0, int(m_rows.size()) - 1);
    });
    on(&M::rowsInserted, [this](const QModelIndex &parent, int first, int last) {
        if (!parent.isValid())
            sourceRowsInserted(first, last);
    });
    on(&M::rowsAboutToBeRemoved, [this](const QModelIndex &parent, int first, int last) {
        if (!parent.isValid())
            sourceRowsAboutToBeRemoved(first, last);
    });
    on(&M::rowsRemoved, [this](const QModelIndex &parent, int first, int last) {
        if (!parent.isValid())
            sourceRowsRemoved(first, last);
    });
    on(&M::rowsAboutToBeMoved, &SortFilterProxyModel::sourceLayoutAboutToBeChanged);
    on(&M::rowsMoved, &SortFilterProxyModel::sourceLayoutChanged);
    on(&M::layoutAboutToBeChanged, &SortFilterProxyModel::sourceLayoutAboutToBeChanged);
    on(&M::layoutChanged, &SortFilterProxyModel::sourceLayoutChanged);
    // Columns come and go only with a new kind of table: start again.
    const auto begin = [this] { beginResetModel(); };
    const auto end = [this] {
        rebuild();
        endResetModel();
    };
    on(&M::modelAboutToBeReset, begin);
    on(&M::modelReset, end);
    on(&M::columnsAboutToBeInserted, begin);
    on(&M::columnsInserted, end);
    on(&M::columnsAboutToBeRemoved, begin);
    on(&M::columnsRemoved, end);
    on(&M::columnsAboutToBeMoved, begin);
    on(&M::columnsMoved, end);
    on(&QObject::destroyed, [this] {
        m_changedRows = nullptr;
        beginResetModel();
        m_order.clear();
        m_rows.clear();
        m_proxyRow.clear();
        m_keys.clear();
        m_rankings.clear();
        m_rowTexts.clear();
        m_rowTextFresh.clear();
        m_prepared = 0;
        m_keysPrepared = 0;
        m_prepare.stop();
        endResetModel();
    });
}

void SortFilterProxyModel::sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                             const QList<int> &roles)
{
    if (!topLeft.isValid() || topLeft.parent().isValid())
        return;
    const int first = topLeft.row();
    const int last = bottomRight.row();
    const bool keyRoles = roles.isEmpty() || roles.contains(m_sortRole);
    const bool textRoles = roles.isEmpty() || roles.contains(m_filterRole);
    const QList<int> *changed = m_changedRows ? m_changedRows->changedRowsOfSignal() : nullptr;
    if (changed && (changed->isEmpty() || changed->first() != topLeft.row() || changed->last() != bottomRight.row()))
        changed = nullptr; // not this signal's rows
    forgetRows(first, last, keyRoles, textRoles, changed);

    const auto inRange = [&](int column) { return column >= topLeft.column() && column <= bottomRight.column(); };
    const bool orderMayChange = m_sortColumn >= 0 && keyRoles && inRange(m_sortColumn);
    const bool textColumns = m_filterColumns.isEmpty()
        || std::any_of(m_filterColumns.cbegin(), m_filterColumns.cend(), inRange);
    const bool filterMayChange = (!m_foldedText.isEmpty() && textRoles && textColumns)
        || (m_role != 0 && (roles.isEmpty() || roles.contains(m_role)));

    if (orderMayChange || filterMayChange) {
        if (last - first < OneByOneRows) {
            // The range's rows are all taken out first, then placed one by one: each is placed
            // among rows in their right order (a row of the range not yet placed may have a new
            // key and an old place).
            const auto inRange = [first, last](int row) { return row >= first && row <= last; };
            std::vector<int> rows = m_rows;
            rows.erase(std::remove_if(rows.begin(), rows.end(), inRange), rows.end());
            if (orderMayChange)
                m_order.erase(std::remove_if(m_order.begin(), m_order.end(), inRange), m_order.end());
            for (int row = first; row <= last; ++row) {
                if (orderMayChange)
                    m_order.insert(m_order.begin() + std::ptrdiff_t(placeOf(row, m_order)), row);
                if (accepts(row))
                    rows.insert(rows.begin() + std::ptrdiff_t(placeOf(row, rows)), row);
            }
            setRows(std::move(rows));
        } else {
            if (orderMayChange)
                sortChangedRows(first, last, changed);
            filterOrder();
        }
    }
    if (!orderMayChange && m_tieBreak && m_sortColumn >= 0 && !m_resortDue && keyRoles) {
        // A tie-break fact (alarm level, latency) outside the sort column: sort again once,
        // after all the signals of this poll.
        m_resortDue = true;
        QMetaObject::invokeMethod(this, [this] {
            m_resortDue = false;
            sortOrderOfAll();
            filterOrder();
        }, Qt::QueuedConnection);
    }

    int lo = -1;
    int hi = -1;
    for (int row = first; row <= last && size_t(row) < m_proxyRow.size(); ++row) {
        const int p = m_proxyRow[size_t(row)];
        if (p >= 0) {
            lo = lo < 0 ? p : std::min(lo, p);
            hi = std::max(hi, p);
        }
    }
    if (lo >= 0)
        emit dataChanged(index(lo, topLeft.column()), index(hi, bottomRight.column()), roles);
}

void SortFilterProxyModel::sourceRowsInserted(int first, int last)
{
    m_rowsCame = true;
    const int n = last - first + 1;
    for (int &row : m_order)
        row += row >= first ? n : 0;
    for (int &row : m_rows)
        row += row >= first ? n : 0;
    insertKept(first, n);
    indexRows();

    if (m_sortColumn < 0) {
        std::vector<int> added(static_cast<size_t>(n), 0);
        std::iota(added.begin(), added.end(), first);
        const auto at = std::lower_bound(m_order.begin(), m_order.end(), first);
        m_order.insert(at, added.cbegin(), added.cend());
    } else if (m_order.empty()) {
        m_order.resize(size_t(n));
        std::iota(m_order.begin(), m_order.end(), first);
        sortOrderOfAll();
    } else if (n > OneByOneRows) {
        // Sorted on their own and merged in: a first fill that comes in slices costs one sort
        // of each slice, not one of all the rows so far per slice.
        std::vector<int> added(static_cast<size_t>(n));
        std::iota(added.begin(), added.end(), first);
        sortRows(added, false);
        const auto middle = m_order.insert(m_order.end(), added.cbegin(), added.cend());
        std::inplace_merge(m_order.begin(), middle, m_order.end(), [this](int a, int b) { return lessThan(a, b); });
    } else {
        for (int row = first; row <= last; ++row)
            m_order.insert(m_order.begin() + std::ptrdiff_t(placeOf(row, m_order)), row);
    }

    setRows(acceptedOf(m_order));
}

void SortFilterProxyModel::sourceRowsAboutToBeRemoved(int first, int last)
{
    const auto gone = [first, last](int row) { return row >= first && row <= last; };
    m_order.erase(std::remove_if(m_order.begin(), m_order.end(), gone), m_order.end());
    std::vector<int> rows = m_rows;
    rows.erase(std::remove_if(rows.begin(), rows.end(), gone), rows.end());
    setRows(std::move(rows));
}

void SortFilterProxyModel::sourceRowsRemoved(int first, int last)
{
    const int n = last - first + 1;
    for (int &row : m_order)
        row -= row > last ? n : 0;
    for (int &row : m_rows)
        row -= row > last ? n : 0;
    eraseKept(first, n);
    indexRows();
}

void SortFilterProxyModel::sourceLayoutAboutToBeChanged()
{
    emit layoutAboutToBeChanged();
    m_layoutProxies = persistentIndexList();
    m_layoutSources.clear();
    for (const QModelIndex &proxy : std::as_const(m_layoutProxies))
        m_layoutSources << QPersistentModelIndex(mapToSource(proxy));
}

void SortFilterProxyModel::sourceLayoutChanged()
{
    forgetAll();
    m_order.resize(size_t(sourceModel()->rowCount()));
    std::iota(m_order.begin(), m_order.end(), 0);
    sortOrderOfAll();
    m_rows = acceptedOf(m_order);
    indexRows();
    QModelIndexList to;
    to.reserve(m_layoutSources.size());
    for (const QPersistentModelIndex &source : std::as_const(m_layoutSources))
        to << mapFromSource(source);
    changePersistentIndexList(m_layoutProxies, to);
    m_layoutProxies.clear();
    m_layoutSources.clear();
    emit layoutChanged();
}

// --- order and filter ------------------------------------------------------------------------

void SortFilterProxyModel::rebuild()
{
    forgetAll();
    m_order.resize(sourceModel() ? size_t(sourceModel()->rowCount()) : 0);
    std::iota(m_order.begin(), m_order.end(), 0);
    sortOrderOfAll();
    m_rows = acceptedOf(m_order);
    indexRows();
}

template <typename Change>
void SortFilterProxyModel::relayout(Change change)
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList from = persistentIndexList();
    std::vector<int> sources;
    sources.reserve(size_t(from.size()));
    for (const QModelIndex &proxy : from)
        sources.push_back(size_t(proxy.row()) < m_rows.size() ? m_rows[size_t(proxy.row())] : -1);
    change();
    QModelIndexList to;
    to.reserve(from.size());
    for (qsizetype i = 0; i < from.size(); ++i) {
        const int source = sources[size_t(i)];
        const int row = source >= 0 && size_t(source) < m_proxyRow.size() ? m_proxyRow[size_t(source)] : -1;
        to << (row < 0 ? QModelIndex() : createIndex(row, from.at(i).column()));
    }
    changePersistentIndexList(from, to);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void SortFilterProxyModel::setRows(std::vector<int> rows)
{
    if (rows == m_rows)
        return;
    const size_t shorter = std::min(rows.size(), m_rows.size());
    size_t head = 0;
    while (head < shorter && rows[head] == m_rows[head])
        ++head;
    size_t tail = 0;
    while (tail < shorter - head && rows[rows.size() - 1 - tail] == m_rows[m_rows.size() - 1 - tail])
        ++tail;
    const auto take = [this, &rows] {
        m_rows = std::move(rows);
        indexRows();
    };
    if (head + tail == m_rows.size()) { // one run added at head
        beginInsertRows({}, int(head), int(rows.size() - tail) - 1);
        take();
        endInsertRows();
    } else if (head + tail == rows.size()) { // one run taken away at head
        beginRemoveRows({}, int(head), int(m_rows.size() - tail) - 1);
        take();
        endRemoveRows();
    } else {
        relayout(take);
    }
}

void SortFilterProxyModel::filterOrder()
{
    setRows(acceptedOf(m_order));
}

std::vector<int> SortFilterProxyModel::acceptedOf(const std::vector<int> &order) const
{
    if (m_foldedText.isEmpty() && m_role == 0)
        return order;
    std::vector<int> rows;
    for (const int row : order) {
        if (accepts(row))
            rows.push_back(row);
    }
    return rows;
}

void SortFilterProxyModel::indexRows()
{
    m_proxyRow.assign(sourceModel() ? size_t(sourceModel()->rowCount()) : 0, -1);
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (size_t(m_rows[i]) < m_proxyRow.size())
            m_proxyRow[size_t(m_rows[i])] = int(i);
    }
}

void SortFilterProxyModel::sortOrderOfAll()
{
    sortRows(m_order, true);
}

void SortFilterProxyModel::sortRows(std::vector<int> &order, bool rank) const
{
    if (m_sortColumn < 0 || !sourceModel() || m_sortColumn >= sourceModel()->columnCount()) {
        std::sort(order.begin(), order.end());
        return;
    }
    using Kind = SortKey::Kind;
    ColumnKeys &keys = columnKeys(m_sortColumn);
    bool numbers = false;
    bool texts = false;
    bool others = false;
    for (const int row : order) {
        const Kind kind = sortKey(row).kind;
        numbers = numbers || kind == Kind::Number;
        texts = texts || kind == Kind::Text;
        others = others || kind == Kind::Other;
    }
    if (texts && keys.rank.empty() && rank) {
        rankTexts(keys);
        m_rankings.erase(m_sortColumn); // one under way while idle is done with
    }
    if (m_tieBreak || others || (numbers && texts) || (texts && keys.rank.empty())) {
        std::sort(order.begin(), order.end(), [this](int a, int b) { return lessThan(a, b); });
        return;
    }
    // All numbers, or all ranked texts, and no tie-break: what lessThan() decides, on one
    // number per row, missing values last and ties in row order.
    struct Entry
    {
        double value;
        int row;
    };
    std::vector<Entry> entries;
    entries.reserve(order.size());
    std::vector<int> missing;
    for (const int row : order) {
        const SortKey &key = keys.keys[size_t(row)];
        if (key.kind == Kind::Missing)
            missing.push_back(row);
        else
            entries.push_back({key.kind == Kind::Number ? key.number : double(keys.rank[size_t(row)]), row});
    }
    if (m_sortOrder == Qt::AscendingOrder)
        std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
            return a.value < b.value || (a.value == b.value && a.row < b.row);
        });
    else
        std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
            return a.value > b.value || (a.value == b.value && a.row < b.row);
        });
    std::sort(missing.begin(), missing.end());
    size_t i = 0;
    for (const Entry &e : entries)
        order[i++] = e.row;
    for (const int row : missing)
        order[i++] = row;
}

void SortFilterProxyModel::sortChangedRows(int first, int last, const QList<int> *changed)
{
    const ColumnKeys *kept = m_sortColumn >= 0 ? keptKeys(m_sortColumn) : nullptr;
    if (m_tieBreak || !kept) {
        sortOrderOfAll(); // a tie-break may move rows whose keys stayed; or no keys to compare
        return;
    }
    ColumnKeys &keys = *m_keys[size_t(m_sortColumn)];
    const bool ranked = !keys.rank.empty();
    // The rows whose key moved. The others keep their places among themselves: the key each
    // was placed by is the one it has (a stale key still holds it).
    std::vector<int> moved;
    bool texts = false;
    first = std::max(first, 0);
    last = std::min(last, int(keys.keys.size()) - 1);
    const auto reread = [&](int row) {
        bool keyChanged = false;
        const SortKey &key = sortKeyOf(keys, m_sortColumn, row, &keyChanged);
        if (keyChanged) {
            moved.push_back(row);
            texts = texts || key.kind == SortKey::Kind::Text;
        }
    };
    if (changed) {
        for (const int row : *changed) {
            if (row >= first && row <= last)
                reread(row);
        }
    } else {
        for (int row = first; row <= last; ++row)
            reread(row);
    }
    if (moved.empty())
        return;
    if ((ranked && keys.rank.empty()) || (texts && keys.rank.empty())) {
        sortOrderOfAll(); // texts the ranks do not know: ranked again, then sorted (the collator
        return;           // on every comparison of a merge costs more)
    }
    std::vector<bool> isMoved(keys.keys.size(), false);
    for (const int row : moved)
        isMoved[size_t(row)] = true;
    m_order.erase(std::remove_if(m_order.begin(), m_order.end(), [&isMoved](int row) { return isMoved[size_t(row)]; }),
                  m_order.end());
    sortRows(moved, false);
    const auto middle = m_order.insert(m_order.end(), moved.cbegin(), moved.cend());
    std::inplace_merge(m_order.begin(), middle, m_order.end(), [this](int a, int b) { return lessThan(a, b); });
}

size_t SortFilterProxyModel::placeOf(int sourceRow, const std::vector<int> &order) const
{
    if (m_sortColumn < 0 || m_sortColumn >= sourceModel()->columnCount())
        return size_t(std::lower_bound(order.begin(), order.end(), sourceRow) - order.begin());
    columnKeys(m_sortColumn);
    sortKey(sourceRow); // read before comparing: a new text drops the column's ranks
    return size_t(std::lower_bound(order.begin(), order.end(), sourceRow,
                                   [this](int row, int value) { return lessThan(row, value); })
                  - order.begin());
}

bool SortFilterProxyModel::accepts(int sourceRow) const
{
    if (m_role != 0 && sourceModel()->index(sourceRow, 0).data(m_role) != m_value)
        return false;
    return m_foldedText.isEmpty() || rowText(sourceRow).contains(m_foldedText);
}

bool SortFilterProxyModel::lessThan(int a, int b) const
{
    if (m_sortColumn >= 0 && size_t(m_sortColumn) < m_keys.size() && m_keys[size_t(m_sortColumn)]) {
        using Kind = SortKey::Kind;
        const ColumnKeys &keys = *m_keys[size_t(m_sortColumn)];
        const SortKey &l = sortKey(a);
        const SortKey &r = sortKey(b);
        if ((l.kind == Kind::Missing) != (r.kind == Kind::Missing))
            return r.kind == Kind::Missing; // the missing one last, both ways
        int order = 0;
        if (l.kind == Kind::Number && r.kind == Kind::Number) {
            order = l.number < r.number ? -1 : (r.number < l.number ? 1 : 0);
        } else if (l.kind == Kind::Text && r.kind == Kind::Text) {
            if (!keys.rank.empty())
                order = keys.rank[size_t(a)] - keys.rank[size_t(b)];
            else if (l.value != r.value)
                order = m_collator.compare(l.value.toString(), r.value.toString());
        } else if (l.kind != Kind::Missing) {
            const QVariant lv = l.kind == Kind::Number ? QVariant(l.number) : l.value;
            const QVariant rv = r.kind == Kind::Number ? QVariant(r.number) : r.value;
            const QPartialOrdering c = QVariant::compare(lv, rv);
            order = c == QPartialOrdering::Less ? -1 : (c == QPartialOrdering::Greater ? 1 : 0);
        }
        if (order != 0)
            return m_sortOrder == Qt::AscendingOrder ? order < 0 : order > 0;
    }
    if (m_tieBreak) { // equal: the source's order of things, the same way up in both directions
        const QModelIndex left = sourceModel()->index(a, 0);
        const QModelIndex right = sourceModel()->index(b, 0);
        if (m_tieBreak(left, right))
            return true;
        if (m_tieBreak(right, left))
            return false;
    }
    return a < b;
}

// --- what is kept of each row ----------------------------------------------------------------

const SortFilterProxyModel::ColumnKeys *SortFilterProxyModel::keptKeys(int column) const
{
    if (size_t(column) >= m_keys.size() || !m_keys[size_t(column)]
        || m_keys[size_t(column)]->keys.size() != sourceModel()->rowCount())
        return nullptr;
    return &*m_keys[size_t(column)];
}

SortFilterProxyModel::ColumnKeys &SortFilterProxyModel::columnKeys(int column) const
{
    if (keptKeys(column))
        return *m_keys[size_t(column)];
    if (m_keys.size() <= size_t(column))
        m_keys.resize(size_t(column) + 1);
    m_rankings.erase(column);
    ColumnKeys &keys = m_keys[size_t(column)].emplace();
    keys.keys.resize(sourceModel()->rowCount());
    keys.fresh.assign(size_t(sourceModel()->rowCount()), false);
    return keys;
}

const SortFilterProxyModel::SortKey &SortFilterProxyModel::sortKey(int sourceRow) const
{
    return sortKeyOf(*m_keys[size_t(m_sortColumn)], m_sortColumn, sourceRow);
}

const SortFilterProxyModel::SortKey &SortFilterProxyModel::sortKeyOf(ColumnKeys &keys, int column, int sourceRow,
                                                                    bool *changed) const
{
    SortKey &key = keys.keys[size_t(sourceRow)];
    if (changed)
        *changed = false;
    if (keys.fresh[size_t(sourceRow)])
        return key;
    keys.fresh[size_t(sourceRow)] = true;
    SortKey k;
    const QVariant v = sourceModel()->index(sourceRow, column).data(m_sortRole);
    switch (v.userType()) {
    case QMetaType::UnknownType:
        break;
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        k.number = v.toDouble();
        k.kind = std::isnan(k.number) ? SortKey::Kind::Missing : SortKey::Kind::Number; // NaN: no value
        break;
    case QMetaType::QString:
        k.kind = SortKey::Kind::Text;
        k.value = v.toString().toCaseFolded();
        break;
    default:
        k.kind = SortKey::Kind::Other;
        k.value = v;
    }
    const bool same = key.kind == k.kind
        && (k.kind == SortKey::Kind::Number ? key.number == k.number
                                            : k.kind == SortKey::Kind::Missing || key.value == k.value);
    if (changed)
        *changed = !same;
    // A text the ranks do not know (new, or changed) drops them, and a ranking under way, until
    // the next full sort.
    if ((key.kind == SortKey::Kind::Text || k.kind == SortKey::Kind::Text) && !same) {
        keys.rank.clear();
        m_rankings.erase(column);
    }
    key = std::move(k);
    return key;
}

void SortFilterProxyModel::rankTexts(ColumnKeys &keys) const
{
    Ranking ranking = startRanking(keys);
    stepRanking(ranking, [] { return false; });
    finishRanking(keys, ranking);
}

SortFilterProxyModel::Ranking SortFilterProxyModel::startRanking(const ColumnKeys &keys) const
{
    Ranking ranking;
    ranking.strings.resize(size_t(keys.keys.size()));
    for (qsizetype row = 0; row < keys.keys.size(); ++row) {
        if (keys.keys[row].kind == SortKey::Kind::Text) {
            ranking.rows.push_back(int(row));
            ranking.strings[size_t(row)] = keys.keys[row].value.toString();
        }
    }
    ranking.buffer.resize(ranking.rows.size());
    return ranking;
}

bool SortFilterProxyModel::stepRanking(Ranking &ranking, const std::function<bool()> &outOfTime) const
{
    constexpr size_t FirstRun = 512; // sorted by std::sort; merged from there
    const auto less = [this, &ranking](int a, int b) {
        return m_collator.compare(ranking.strings[size_t(a)], ranking.strings[size_t(b)]) < 0;
    };
    std::vector<int> &rows = ranking.rows;
    const size_t n = rows.size();
    if (ranking.width == 0) {
        for (; ranking.at < n; ranking.at += FirstRun) {
            if (outOfTime())
                return false;
            std::sort(rows.begin() + std::ptrdiff_t(ranking.at),
                      rows.begin() + std::ptrdiff_t(std::min(n, ranking.at + FirstRun)), less);
        }
        ranking.width = FirstRun;
        ranking.at = 0;
    }
    while (ranking.width < n) {
        const size_t width = ranking.width;
        for (; ranking.at < n; ranking.at += 2 * width) {
            if (outOfTime())
                return false;
            const auto begin = rows.begin() + std::ptrdiff_t(ranking.at);
            const auto middle = rows.begin() + std::ptrdiff_t(std::min(n, ranking.at + width));
            const auto end = rows.begin() + std::ptrdiff_t(std::min(n, ranking.at + 2 * width));
            // std::merge takes the left one of equals first: a stable merge.
            std::merge(begin, middle, middle, end, ranking.buffer.begin() + std::ptrdiff_t(ranking.at), less);
        }
        rows.swap(ranking.buffer);
        ranking.width *= 2;
        ranking.at = 0;
    }
    return true;
}

void SortFilterProxyModel::finishRanking(ColumnKeys &keys, const Ranking &ranking) const
{
    keys.rank.fill(0, keys.keys.size());
    int rank = 0;
    const std::vector<int> &rows = ranking.rows;
    for (size_t i = 0; i < rows.size(); ++i) {
        if (i > 0 && m_collator.compare(ranking.strings[size_t(rows[i - 1])], ranking.strings[size_t(rows[i])]) != 0)
            ++rank;
        keys.rank[size_t(rows[i])] = rank;
    }
}

const QString &SortFilterProxyModel::rowText(int sourceRow) const
{
    const int rows = sourceModel()->rowCount();
    if (m_rowTexts.size() != rows) {
        m_rowTexts.fill(QString(), rows);
        m_rowTextFresh.assign(size_t(rows), false);
    }
    if (!m_rowTextFresh[size_t(sourceRow)]) {
        QString text;
        const int columns = sourceModel()->columnCount();
        bool firstColumn = true;
        for (int c = 0; c < columns; ++c) {
            if (!m_filterColumns.isEmpty() && !m_filterColumns.contains(c))
                continue;
            if (!firstColumn)
                text += QChar(0x1f); // a match never spans two columns
            firstColumn = false;
            text += sourceModel()->index(sourceRow, c).data(m_filterRole).toString();
        }
        m_rowTexts[sourceRow] = text.toCaseFolded();
        m_rowTextFresh[size_t(sourceRow)] = true;
    }
    return m_rowTexts.at(sourceRow);
}

void SortFilterProxyModel::forgetAll()
{
    m_keys.clear();
    m_rankings.clear();
    m_rowTexts.clear();
    m_rowTextFresh.clear();
    prepareFrom(0);
}

void SortFilterProxyModel::forgetRows(int first, int last, bool keys, bool texts, const QList<int> *changed)
{
    first = std::max(first, 0);
    // Marked, not freed: a poll changing 100,000 rows frees their old texts while idle.
    const auto mark = [first, last, changed](std::vector<bool> &fresh) {
        const size_t end = std::min(size_t(last) + 1, fresh.size());
        if (changed) {
            for (const int row : *changed) {
                if (row >= first && size_t(row) < end)
                    fresh[size_t(row)] = false;
            }
        } else if (size_t(first) < end) {
            std::fill(fresh.begin() + first, fresh.begin() + std::ptrdiff_t(end), false);
        }
    };
    if (keys) {
        m_keysPrepared = std::min(m_keysPrepared, size_t(first));
        for (std::optional<ColumnKeys> &column : m_keys) {
            if (column)
                mark(column->fresh);
        }
    }
    if (texts)
        mark(m_rowTextFresh);
    if (keys || texts)
        prepareFrom(first);
}

void SortFilterProxyModel::insertKept(int first, int count)
{
    m_rankings.clear(); // their rows move
    for (std::optional<ColumnKeys> &column : m_keys) {
        if (!column)
            continue;
        column->keys.insert(first, count, SortKey());
        column->fresh.insert(column->fresh.begin() + first, size_t(count), false);
        if (!column->rank.empty())
            column->rank.insert(first, count, 0);
    }
    if (!m_rowTexts.empty()) {
        m_rowTexts.insert(first, count, QString());
        m_rowTextFresh.insert(m_rowTextFresh.begin() + first, size_t(count), false);
    }
    prepareFrom(first);
}

void SortFilterProxyModel::eraseKept(int first, int count)
{
    m_rankings.clear();
    for (std::optional<ColumnKeys> &column : m_keys) {
        if (!column)
            continue;
        column->keys.remove(first, count);
        column->fresh.erase(column->fresh.begin() + first, column->fresh.begin() + first + count);
        if (!column->rank.empty())
            column->rank.remove(first, count);
    }
    if (!m_rowTexts.empty()) {
        m_rowTexts.remove(first, count);
        m_rowTextFresh.erase(m_rowTextFresh.begin() + first, m_rowTextFresh.begin() + first + count);
    }
    // The rows after them keep what was made for them, one place up.
    const auto shifted = [first, count](size_t prepared) {
        if (prepared >= size_t(first) + size_t(count))
            return prepared - size_t(count);
        return std::min(prepared, size_t(first));
    };
    m_prepared = shifted(m_prepared);
    m_keysPrepared = shifted(m_keysPrepared);
    m_prepare.start(); // a ranking under way starts again
}

bool SortFilterProxyModel::isPrepared() const
{
    if (!sourceModel())
        return true;
    const size_t rows = size_t(sourceModel()->rowCount());
    if (m_prepared < rows || m_keysPrepared < rows)
        return false;
    const int columns = sourceModel()->columnCount();
    return rows == 0 || std::all_of(m_preparedColumns.cbegin(), m_preparedColumns.cend(), [&](int column) {
        if (column < 0 || column >= columns)
            return true;
        const ColumnKeys *keys = keptKeys(column);
        return keys && !keys->rank.empty();
    });
}

void SortFilterProxyModel::prepareFrom(int sourceRow)
{
    m_prepared = std::min(m_prepared, size_t(std::max(sourceRow, 0)));
    m_keysPrepared = std::min(m_keysPrepared, size_t(std::max(sourceRow, 0)));
    if (!isPrepared())
        m_prepare.start();
}

void SortFilterProxyModel::prepare()
{
    if (!sourceModel())
        return;
    QElapsedTimer slice;
    slice.start();
    // At least one step a turn; then as many as fit in the slice (asked every 256 rows).
    int steps = 0;
    const auto overTime = [&] { return steps++ > 0 && slice.elapsed() >= m_prepareSliceMs; };
    const auto outOfTime = [&](size_t done) { return (done & 255) == 0 && overTime(); };
    const size_t rows = size_t(sourceModel()->rowCount());
    const int columnCount = sourceModel()->columnCount();
    QList<int> columns;
    for (const int column : std::as_const(m_preparedColumns)) {
        if (column >= 0 && column < columnCount)
            columns << column;
    }
    // Filter texts first: a keystroke is the likelier next thing than a sort.
    while (m_prepared < rows) {
        rowText(int(m_prepared++));
        if (outOfTime(m_prepared))
            return m_prepare.start();
    }
    for (const int column : std::as_const(columns)) { // a column's keys, new, take a turn (15 ms for 100,000 here)
        if (keptKeys(column))
            continue;
        if (overTime())
            return m_prepare.start();
        columnKeys(column);
    }
    while (m_keysPrepared < rows) {
        for (const int column : std::as_const(columns))
            sortKeyOf(columnKeys(column), column, int(m_keysPrepared));
        ++m_keysPrepared;
        if (outOfTime(m_keysPrepared))
            return m_prepare.start();
    }
    if (std::exchange(m_rowsCame, false)) {
        // Rows came since the last turn: more may come in the next one (a first fill in
        // slices), and a new row's text drops a ranking. Rank once a turn passes without.
        return m_prepare.start();
    }
    for (const int column : std::as_const(columns)) {
        ColumnKeys &keys = columnKeys(column);
        if (!keys.rank.empty())
            continue;
        auto ranking = m_rankings.find(column);
        if (ranking == m_rankings.end())
            ranking = m_rankings.emplace(column, startRanking(keys)).first;
        if (!stepRanking(ranking->second, overTime))
            return m_prepare.start();
        finishRanking(keys, ranking->second);
        m_rankings.erase(ranking);
    }

    if (!isPrepared())
        m_prepare.start();
}

} // namespace omsdash
