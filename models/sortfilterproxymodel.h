// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractProxyModel>
#include <QCollator>
#include <QTimer>

#include <functional>
#include <map>
#include <optional>
#include <vector>

namespace omsdash {

namespace detail {
/// A source row's SortRole value in SortFilterProxyModel's sort column, ready to compare.
struct ProxySortKey
{
    enum class Kind : quint8 { Missing, Number, Text, Other };
    Kind kind = Kind::Missing;
    double number = 0;
    QVariant value;     ///< Text: case-folded; Other: as the source gave it
};
} // namespace detail

} // namespace omsdash

// Moved in memory as bytes: the per-row lists grow by realloc(), not by moving each key (a
// copy of 100,000 rows' keys and rows of fresh pages in one turn).
Q_DECLARE_TYPEINFO(omsdash::detail::ProxySortKey, Q_RELOCATABLE_TYPE);

namespace omsdash {

class ChangedRowsSource;

/// Sorting and filtering of one of omsdash's flat tables (a KeyedTableModel), with what
/// QSortFilterProxyModel lacks:
/// - it sorts on SortRole, and a missing value (an invalid SortRole, shown as "–", or NaN)
///   sorts last in both directions;
/// - ties are broken by a row order of the source's (setTieBreak(), e.g. worst first), the
///   same way in both directions, then by the source's row order, so equal rows never jump
///   and the order survives polls, filtering and clearing the filter;
/// - it filters by text over the display text of chosen columns (case-insensitive) and by
///   one role's value.
/// Headers may give Qt::InitialSortOrderRole: QHeaderView's first click then sorts that way.
///
/// It keeps the order of all source rows, filtered or not, as a permutation, so a filter
/// keystroke or clearing the filter is one pass over kept row texts and never sorts. Each
/// source row's sort key (its SortRole value; a text's place among the column's texts in the
/// locale's collation, ranked once) and filter text are read once and kept until the row
/// changes: sorting 100,000 rows compares numbers, not QVariants or strings (texts once
/// ranked: while rows keep coming, a run of them is placed by the collator). Filter texts, and
/// the sort keys and ranks of the columns set with setPreparedSortColumns(), are made ahead, a
/// few milliseconds per turn of the event loop while it is idle, so the first keystroke only
/// searches them and the first sort by such a column only sorts numbers.
///
/// Signals: one row that changes, appears or goes gets dataChanged, rowsInserted/Removed or a
/// layout change of its own; a new sort, a filter, a poll changing many rows or rows appearing
/// in many places is one layoutChanged (the row count may change with it), persistent indexes
/// following their rows and becoming invalid for rows filtered out or removed. Rows coming
/// into an empty proxy are one rowsInserted; a run of rows coming into a sorted one is sorted
/// alone and merged into the order (a first fill in slices costs each slice, not all rows).
class SortFilterProxyModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    /// Whether the source row @p a comes before @p b; a strict weak order.
    using RowOrder = std::function<bool(const QModelIndex &a, const QModelIndex &b)>;

    explicit SortFilterProxyModel(QObject *parent = nullptr);

    /// A flat table model (no children); nullptr for none.
    void setSourceModel(QAbstractItemModel *source) override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// Sorts by @p column's SortRole; -1 shows the source's order. The rows stay in that order
    /// through every change of the source, so the same column and order again do nothing.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    /// SortRole (omsdash's raw cell values) unless set.
    int sortRole() const { return m_sortRole; }
    void setSortRole(int role);
    /// The role whose text the text filter searches; Qt::DisplayRole unless set.
    int filterRole() const { return m_filterRole; }
    void setFilterRole(int role);
    /// The columns the text filter searches; empty (the default) for all of them.
    void setFilterColumns(const QList<int> &columns);
    /// Columns whose sort keys, and for texts their collation ranks, are made while idle (none
    /// by default): the first sort by one of them costs what the next does. The ranking is a
    /// merge sort done a few milliseconds a turn, started again when a text changes.
    void setPreparedSortColumns(const QList<int> &columns);
    /// How long a turn of the event loop may spend on the work done while idle: 8 ms unless
    /// set; 0 does about one step a turn (256 to 511 rows, a column's keys, one merge of a
    /// ranking). A merge is not cut: the last one of 100,000 texts takes about 5 ms here.
    void setPrepareSliceMs(int ms);

    void setTieBreak(RowOrder order);

    QString filterText() const { return m_text; }
    /// Shows only rows whose @p role (of column 0) equals @p value; an invalid value shows all.
    void setRoleFilter(int role, const QVariant &value);
    int roleFilterRole() const { return m_role; }
    QVariant roleFilterValue() const { return m_value; }

public slots:
    /// Case-insensitive fixed-string filter over the filter columns; leading and trailing
    /// spaces are ignored.
    void setFilterText(const QString &text);
    /// Forgets every kept key and text, then sorts and filters again.
    void invalidate();

    /// Whether the work done while idle is over: every row's filter text, and the prepared sort
    /// columns' keys and ranks, are made.
    bool isPrepared() const;

signals:
    /// The text or the role filter changed.
    void filtersChanged();

private:
    using SortKey = detail::ProxySortKey;
    /// The kept keys of one column, by source row, and its texts' collation ranks.
    struct ColumnKeys
    {
        QList<SortKey> keys;
        /// Whether each key was read since its row last changed (a stale key keeps its old
        /// value): apart, so a poll that changes 100,000 rows marks them in one pass over bits.
        std::vector<bool> fresh;
        QList<int> rank; ///< Text keys' place in collation order (equal texts share one); empty until ranked
    };
    /// A ranking of a column's texts: a bottom-up merge sort of its text rows, in steps.
    struct Ranking
    {
        std::vector<int> rows;        ///< the text rows, sorted in runs of width
        std::vector<int> buffer;
        std::vector<QString> strings; ///< by source row: the text key (empty for other rows)
        size_t width = 0;             ///< length of the sorted runs; 0 before the first pass
        size_t at = 0;                ///< where the pass is
    };

    void connectSource(QAbstractItemModel *source);
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    void sourceRowsInserted(int first, int last);
    void sourceRowsAboutToBeRemoved(int first, int last);
    void sourceRowsRemoved(int first, int last);
    void sourceLayoutAboutToBeChanged();
    void sourceLayoutChanged();

    /// Rebuilds everything from the source: every row read again, sorted and filtered.
    void rebuild();
    /// Emits a layout change around @p change, which rebuilds m_rows; persistent indexes follow
    /// their source rows (by the numbers m_rows holds before and after).
    template <typename Change>
    void relayout(Change change);
    /// Shows @p rows (source rows, in order): one rowsInserted or rowsRemoved when they are
    /// the rows shown now with one run added or taken away, else a layout change.
    void setRows(std::vector<int> rows);
    /// Shows m_order's accepted rows.
    void filterOrder();
    std::vector<int> acceptedOf(const std::vector<int> &order) const;
    /// m_proxyRow from m_rows.
    void indexRows();
    /// m_order sorted by the sort column (by source row when there is none).
    void sortOrderOfAll();
    /// After the source rows [first, last] changed in the sort column: the rows whose key moved
    /// are taken out of m_order, sorted alone and merged back (a poll that changes 10,000 of
    /// 100,000 rows sorts 10,000); a tie-break, or texts the ranks do not know, sort all.
    /// @p changed, when the source says so: the rows of the range that changed.
    void sortChangedRows(int first, int last, const QList<int> *changed);
    /// @p rows sorted as lessThan() orders them. Texts the column has no ranks for are ranked
    /// first when @p rank (every row of the column), else compared by the collator.
    void sortRows(std::vector<int> &rows, bool rank) const;
    bool accepts(int sourceRow) const;
    bool lessThan(int a, int b) const;
    /// Where in @p order (sorted, without @p sourceRow) @p sourceRow belongs.
    size_t placeOf(int sourceRow, const std::vector<int> &order) const;

    /// @p column's kept keys, made (all stale) unless they are there for every source row.
    ColumnKeys &columnKeys(int column) const;
    /// @p column's kept keys when there are some for every source row, else nullptr.
    const ColumnKeys *keptKeys(int column) const;
    /// The kept key of @p sourceRow in the sort column, read again when it is not fresh.
    const SortKey &sortKey(int sourceRow) const;
    /// The kept key of @p sourceRow in @p column, read again when it is not fresh;
    /// @p changed, when given, tells whether reading it again changed it.
    const SortKey &sortKeyOf(ColumnKeys &keys, int column, int sourceRow, bool *changed = nullptr) const;
    /// Ranks the column's texts at once.
    void rankTexts(ColumnKeys &keys) const;
    Ranking startRanking(const ColumnKeys &keys) const;
    /// Sorts on until @p outOfTime() says stop (asked between merges); true when sorted.
    bool stepRanking(Ranking &ranking, const std::function<bool()> &outOfTime) const;
    /// The ranks of @p ranking, sorted: equal texts (by the collator) share one.
    void finishRanking(ColumnKeys &keys, const Ranking &ranking) const;
    const QString &rowText(int sourceRow) const;
    /// Forgets every kept key, ranking and filter text; made again while idle.
    void forgetAll();
    /// Marks the kept keys and texts of the source rows [first, last] as changed.
    /// @p changed, when the source says so: only these rows of the range changed.
    void forgetRows(int first, int last, bool keys, bool texts, const QList<int> *changed = nullptr);
    void insertKept(int first, int count);
    /// Makes the next rows' filter texts, then the prepared columns' keys and
    /// ranks, for a few milliseconds; again later until all are made.
    void prepare();
    /// Rows from @p sourceRow on may lack a filter text or a fresh key: make them while idle.
    void prepareFrom(int sourceRow);
    void eraseKept(int first, int count);

    std::vector<int> m_order;    ///< every source row, sorted (the source's order when unsorted)
    std::vector<int> m_rows;     ///< proxy row -> source row: m_order's accepted rows
    std::vector<int> m_proxyRow; ///< source row -> proxy row, -1 when filtered out
    mutable std::vector<std::optional<ColumnKeys>> m_keys; ///< by column
    mutable QList<QString> m_rowTexts; ///< by source row: case-folded filter text
    mutable std::vector<bool> m_rowTextFresh; ///< by source row: made since the row last changed
    size_t m_prepared = 0; ///< rows before this one have their filter text
    size_t m_keysPrepared = 0; ///< rows before this one have fresh keys in the prepared columns
    QList<int> m_preparedColumns;
    int m_prepareSliceMs = 8;
    mutable std::map<int, Ranking> m_rankings; ///< by prepared column: rankings under way while idle
    bool m_rowsCame = false; ///< rows were inserted since the last turn of work while idle
    QTimer m_prepare;
    QList<QPersistentModelIndex> m_layoutSources; ///< across a source layout change
    QModelIndexList m_layoutProxies;
    QCollator m_collator; ///< the default locale's, as QString::localeAwareCompare()
    QList<QMetaObject::Connection> m_connections;
    const ChangedRowsSource *m_changedRows = nullptr; ///< the source, when it says which rows changed
    RowOrder m_tieBreak;
    bool m_resortDue = false;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_sortRole;
    int m_filterRole = Qt::DisplayRole;
    QList<int> m_filterColumns;
    QString m_text;
    QString m_foldedText; ///< m_text, case-folded as the kept row texts are
    int m_role = 0;
    QVariant m_value;
};

} // namespace omsdash
