// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <optional>
#include <utility>

namespace omsdash {

/// Roles shared by every omsdash table model. DisplayRole is formatted text; these carry
/// raw values for delegates, sorting and exports.
enum CommonRole {
    SortRole = Qt::UserRole + 1, ///< raw value of the cell for sorting (number, time, rank)
    KeyRole,                     ///< the row's identity (project id, step name, table key)
    StaleRole,                   ///< bool: the data is from before a failed poll
    ProgressRole,                ///< double percent 0..100 for progress cells; invalid when absent
    StatusRole,                  ///< raw status text of the row
    StatusClassRole,             ///< int(omsdash::StatusClass) of the row's status
    /// The cell's value as the API sent it (FAILED, HIGH, FULL_TRANSFER) where DisplayRole
    /// shows the console's word for it (失败, 高, 全量迁移 in zh_CN); invalid elsewhere. Apart
    /// from the others, so models with roles of their own (AlertLogModel) can answer it too.
    RawValueRole = Qt::UserRole + 31,
    FirstCustomRole = Qt::UserRole + 32,
};

/// What a model can tell a proxy beyond dataChanged(): which rows of the range it is emitting
/// did change. A poll that changes 10,000 of 100,000 rows, scattered, says so with one signal
/// over nearly all of them (a signal per row costs a proxy and a view more than the rows); a
/// proxy that asks reads the 10,000 again instead of the 100,000.
class ChangedRowsSource
{
public:
    virtual ~ChangedRowsSource() = default;
    /// While the model emits dataChanged(): the rows of its range that changed, ascending;
    /// nullptr when it does not say (any row of the range may have), and at any other time.
    virtual const QList<int> *changedRowsOfSignal() const = 0;
};

/// A table of rows of T identified by a key, updated by merging whole snapshots
/// (hotspot's ProcessModel::mergeProcesses): vanished rows are removed, new rows appended,
/// changed cells announced with dataChanged; never a reset. Order of existing rows is kept;
/// sorting belongs to a proxy. T's operator== compares every field, the key's among them:
/// equal rows have equal keys.
template <typename T>
class KeyedTableModel : public QAbstractTableModel, public ChangedRowsSource
{
public:
    explicit KeyedTableModel(int columnCount, QObject *parent = nullptr)
        : QAbstractTableModel(parent)
        , m_columnCount(columnCount)
    {
    }

    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : m_columnCount;
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        if (role == StaleRole)
            return m_stale || rowIsStale(m_rows.at(index.row()));
        if (role == KeyRole)
            return m_keys.at(index.row());
        return cellData(m_rows.at(index.row()), index.column(), role);
    }

    const QList<T> &rows() const { return m_rows; }
    const QList<int> *changedRowsOfSignal() const override { return m_signalRows; }
    /// A merge that changes more rows than this says so with one dataChanged over their range
    /// instead of one per row.
    static constexpr int maxNarrowChanges() { return 256; }
    /// A list of rows the model let go of is freed this many rows a turn (retire()).
    static constexpr qsizetype retireSliceRows() { return 10000; }
    /// Rows of lists the model let go of and has not freed yet.
    qsizetype retiredRows() const
    {
        qsizetype n = 0;
        for (const QList<T> &rows : m_retired)
            n += rows.size();
        return n;
    }
    const T &rowAt(int row) const { return m_rows.at(row); }
    /// Row of @p key, or -1.
    int rowOf(const QString &key) const { return m_index.value(key, -1); }

    /// Replaces the row with @p row's key, announcing it with dataChanged; false when there
    /// is no such row (nothing is added).
    bool updateRow(const T &row)
    {
        const int r = rowOf(rowKey(row));
        if (r < 0)
            return false;
        if (!(m_rows.at(r) == row)) {
            const bool byRow = summarizesByRow();
            if (byRow)
                replaced(m_rows.at(r), row);
            m_rows[r] = row;
            changed(index(r, 0), index(r, columnCount() - 1));
            byRow ? afterReplace() : afterMerge();
        }
        return true;
    }

    /// Merge @p incoming into the model. Keys must be unique; a later duplicate is ignored.
    /// The rows are first compared with sameKey() by position; unless the model's rows all
    /// match the first rows of @p incoming, each row's key is made once. When they match, only
    /// the rows after them are keyed (a list that grows, or a poll that comes while a fill is
    /// under way). Drops the rest of a fill under way (mergeInSlices()).
    void merge(const QList<T> &incoming)
    {
        dropFill();
        mergeRows(incoming);
    }

    /// merge(), but a first fill (the model empty) of more than @p sliceRows rows comes in
    /// slices of @p sliceRows, the first now and one per later turn of the event loop, so that
    /// neither the model nor a sorting proxy on it holds the GUI up for long. afterAppend()
    /// follows each slice that adds rows; @p done, once every row is in (at once when not
    /// sliced). A merge(), reset() or mergeInSlices() before then, a listener's too, drops the
    /// rest (freed as retire() frees), and @p done is not called.
    void mergeInSlices(const QList<T> &incoming, qsizetype sliceRows, std::function<void()> done = {})
    {
        dropFill();
        if (!m_rows.isEmpty() || sliceRows <= 0 || incoming.size() <= sliceRows) {
            mergeRows(incoming);
            if (done)
                done();
            return;
        }
        m_fill.emplace(Fill{incoming, 0, sliceRows, std::move(done), ++m_fills});
        fillSlice();
    }

    /// Whether rows of a mergeInSlices() are still to come.
    bool isFilling() const { return m_fill.has_value(); }

    /// Replace everything: for a switch of instance or project only. Drops the rest of a fill
    /// under way.
    void reset(const QList<T> &rows = {})
    {
        dropFill();
        beginResetModel();
        m_rows.clear();
        m_keys.clear();
        m_index.clear();
        for (const T &item : rows) {
            const QString key = rowKey(item);
            if (!m_index.contains(key)) {
                m_index.insert(key, int(m_rows.size()));
                m_rows.append(item);
                m_keys.append(key);
            }
        }
        m_stale = false;
        endResetModel();
        afterMerge();
    }

    bool isStale() const { return m_stale; }
    /// Marks the rows as last good data after a failed poll (StaleRole), or fresh again.
    void setStale(bool stale)
    {
        if (stale == m_stale)
            return;
        m_stale = stale;
        if (!m_rows.isEmpty())
            changed(index(0, 0), index(rowCount() - 1, columnCount() - 1), {StaleRole});
    }

protected:
    virtual QString rowKey(const T &row) const = 0;
    virtual QVariant cellData(const T &row, int column, int role) const = 0;
    /// Whether two rows have the same key: true only if rowKey() is the same for both. By
    /// default the keys are made and compared; a model may compare the fields they are made of.
    virtual bool sameKey(const T &a, const T &b) const { return rowKey(a) == rowKey(b); }
    /// The first and last column whose cells (DisplayRole or SortRole) differ between two
    /// versions of a row; (columnCount(), -1) when none do. By default every cell is formatted
    /// and compared; a model that knows which fields feed which column may say so faster.
    virtual std::pair<int, int> changedColumns(const T &before, const T &after) const
    {
        return columnSpan(m_columnCount, [&](int c) {
            return cellData(after, c, Qt::DisplayRole) != cellData(before, c, Qt::DisplayRole)
                || cellData(after, c, SortRole) != cellData(before, c, SortRole);
        });
    }
    /// The first and last of the columns 0..count-1 for which @p changed(column) is true;
    /// (count, -1) for none: what changedColumns() returns.
    template <typename Changed>
    static std::pair<int, int> columnSpan(int count, Changed changed)
    {
        int lo = count;
        int hi = -1;
        for (int c = 0; c < count; ++c) {
            if (changed(c)) {
                lo = std::min(lo, c);
                hi = std::max(hi, c);
            }
        }
        return {lo, hi};
    }
    /// Whether one row is stale on its own (rows from several sources); false by default.
    virtual bool rowIsStale(const T &) const { return false; }
    /// Called after every merge or reset, for derived summaries.
    virtual void afterMerge() {}
    /// Called after rows were appended from @p firstRow on, and nothing else changed (a slice
    /// of mergeInSlices()); afterMerge() by default.
    virtual void afterAppend(int firstRow)
    {
        Q_UNUSED(firstRow);
        afterMerge();
    }
    /// Whether a derived summary is kept row by row: then a merge that changes rows in place,
    /// none coming or going (a routine poll), calls replaced() for each changed row and
    /// afterReplace() once, instead of afterMerge(). False by default.
    virtual bool summarizesByRow() const { return false; }
    /// A changed row, @p before as the model holds it, about to become @p after.
    virtual void replaced(const T &before, const T &after)
    {
        Q_UNUSED(before);
        Q_UNUSED(after);
    }
    /// After a merge whose changed rows were all replaced(); afterMerge() by default.
    virtual void afterReplace() { afterMerge(); }

private:
    /// A first fill under way: the rows of incoming before @c taken are merged.
    struct Fill
    {
        QList<T> incoming;
        qsizetype taken;
        qsizetype sliceRows;
        std::function<void()> done;
        quint64 id;
    };

    /// Appends the next slice of m_fill: only its rows are keyed, and they are moved out of
    /// incoming when nothing else holds it (copying 100,000 rows, or freeing copies of them,
    /// takes a turn of its own: their texts are all over memory).
    void fillSlice()
    {
        const quint64 id = m_fill->id;
        Fill &fill = *m_fill;
        const qsizetype from = fill.taken;
        fill.taken = std::min(fill.incoming.size(), from + fill.sliceRows);
        const int first = int(m_rows.size());
        if (from == 0) {
            m_rows.reserve(fill.incoming.size());
            m_keys.reserve(fill.incoming.size());
            m_index.reserve(fill.incoming.size());
        }
        NewRows added = indexNewRows(fill.incoming, from, fill.taken);
        if (!added.at.isEmpty()) {
            beginInsertRows({}, first, first + int(added.at.size()) - 1);
            const bool own = fill.incoming.isDetached();
            for (const int i : std::as_const(added.at)) {
                if (own)
                    m_rows.append(std::move(fill.incoming[i]));
                else
                    m_rows.append(fill.incoming.at(i));
            }
            m_keys.append(std::move(added.keys));
            endInsertRows();
            afterAppend(first);
            if (!m_fill || m_fill->id != id)
                return; // a listener merged, reset or began another fill: this one is dropped
        }
        if (m_fill->taken < m_fill->incoming.size()) {
            QTimer::singleShot(0, this, [this, id] {
                if (m_fill && m_fill->id == id)
                    fillSlice();
            });
            return;
        }
        const std::function<void()> done = std::move(m_fill->done);
        m_fill.reset();
        if (done)
            done();
    }

    /// merge() without dropping a fill under way.
    void mergeRows(const QList<T> &incoming)
    {
        // The same rows in the same order, as a poll usually lists them: compared by position,
        // without keys or a hash, and the model shares incoming rather than copying it (100,000
        // tables: 0.35 s -> 0.03 s). An equal row has its key; only a changed one is asked.
        std::optional<QList<RowChange>> inPlace;
        if (!m_rows.isEmpty() && incoming.size() >= m_rows.size())
            inPlace = changedRows(incoming, [](int row) { return row; }, true);
        if (inPlace) {
            const QList<RowChange> &changes = *inPlace;
            if (incoming.size() == m_rows.size()) {
                const bool byRow = summarizesByRow();
                if (byRow) {
                    for (const RowChange &c : changes)
                        replaced(m_rows.at(c.row), incoming.at(c.from));
                }
                retire(std::exchange(m_rows, incoming));
                announce(changes);
                byRow ? afterReplace() : afterMerge();
                return;
            }
            for (const RowChange &c : changes)
                m_rows[c.row] = incoming.at(c.from);
            announce(changes);
            append(incoming, int(m_rows.size()));
            afterMerge();
            return;
        }
        QList<QString> incomingKeys;
        incomingKeys.reserve(incoming.size());
        for (const T &row : incoming)
            incomingKeys.append(rowKey(row));
        // Where each key first comes in incoming: what removals and updates look up. An empty
        // model has neither (the first fill of 100,000 rows skips a hash of them all).
        QHash<QString, int> incomingIndex;
        if (!m_rows.isEmpty()) {
            incomingIndex.reserve(incoming.size());
            for (int i = 0; i < incoming.size(); ++i)
                tryEmplace(incomingIndex, incomingKeys.at(i), i); // the first of duplicates wins
        }

        // Removals, back to front, in contiguous runs.
        bool removed = false;
        for (int row = int(m_rows.size()) - 1; row >= 0;) {
            if (incomingIndex.contains(m_keys.at(row))) {
                --row;
                continue;
            }
            int first = row;
            while (first > 0 && !incomingIndex.contains(m_keys.at(first - 1)))
                --first;
            beginRemoveRows({}, first, row);
            m_rows.erase(m_rows.begin() + first, m_rows.begin() + row + 1);
            m_keys.erase(m_keys.begin() + first, m_keys.begin() + row + 1);
            endRemoveRows();
            removed = true;
            row = first - 1;
        }
        if (removed)
            rebuildIndex();

        // Updates in place.
        const QList<RowChange> changes =
            *changedRows(incoming, [&](int row) { return incomingIndex.value(m_keys.at(row)); }, false);
        for (const RowChange &c : changes)
            m_rows[c.row] = incoming.at(c.from);
        announce(changes);

        // Insertions at the end, in incoming order; the index takes their rows at once.
        const int first = int(m_rows.size());
        QList<int> added; // positions in incoming
        m_index.reserve(m_rows.size() + incoming.size());
        for (int i = 0; i < incoming.size(); ++i) {
            if (tryEmplace(m_index, incomingKeys.at(i), first + int(added.size())))
                added.append(i);
        }
        if (!added.isEmpty()) {
            beginInsertRows({}, first, first + int(added.size()) - 1);
            if (first == 0 && added.size() == incoming.size()) { // the first fill: share, not copy
                m_rows = incoming;
                m_keys = incomingKeys;
            } else {
                m_rows.reserve(first + added.size());
                m_keys.reserve(first + added.size());
                for (const int i : std::as_const(added)) {
                    m_rows.append(incoming.at(i));
                    m_keys.append(incomingKeys.at(i));
                }
            }
            endInsertRows();
        }
        afterMerge();
    }

    /// Drops a fill under way; the rows it had yet to bring are freed as retire() frees.
    void dropFill()
    {
        if (!m_fill)
            return;
        QList<T> rest = std::move(m_fill->incoming);
        m_fill.reset();
        retire(std::move(rest));
    }

    /// Frees @p rows, a list the model held, a slice per turn of the event loop when it holds
    /// many rows and nothing else holds it: freeing 100,000 rows' texts at once is a stall of
    /// its own (about 10 ms here).
    void retire(QList<T> rows)
    {
        if (rows.size() <= retireSliceRows() || !rows.isDetached())
            return; // freed here, or by whatever else holds it
        m_retired.append(std::move(rows));
        if (m_retired.size() == 1)
            retireSlice();
    }

    void retireSlice()
    {
        QTimer::singleShot(0, this, [this] {
            QList<T> &rows = m_retired.first();
            rows.resize(std::max<qsizetype>(0, rows.size() - retireSliceRows()));
            if (rows.isEmpty())
                m_retired.removeFirst();
            if (!m_retired.isEmpty())
                retireSlice();
        });
    }

    /// A row whose fresh version (incoming row @c from) differs, and the span of its changed
    /// columns.
    struct RowChange
    {
        int row;
        int from;
        int firstColumn;
        int lastColumn;
    };

    /// Inserts the rows of @p incoming from @p from on whose keys the model lacks, in order:
    /// the model holds the rows before @p from already.
    void append(const QList<T> &incoming, int from)
    {
        const int first = int(m_rows.size());
        m_index.reserve(incoming.size());
        NewRows added = indexNewRows(incoming, from, incoming.size());
        if (added.at.isEmpty())
            return;
        beginInsertRows({}, first, first + int(added.at.size()) - 1);
        if (first == from && added.at.size() == incoming.size() - from) { // all of them: share, not copy
            m_rows = incoming;
        } else {
            m_rows.reserve(first + added.at.size());
            for (const int i : std::as_const(added.at))
                m_rows.append(incoming.at(i));
        }
        m_keys.append(std::move(added.keys));
        endInsertRows();
    }

    /// Rows of an incoming list the model lacks: their positions there and their keys.
    struct NewRows
    {
        QList<int> at;
        QList<QString> keys;
    };

    /// The rows of @p incoming in [@p from, @p to) whose keys the model lacks (a later
    /// duplicate is left out), entered in the index at the rows they will take after the
    /// model's last.
    NewRows indexNewRows(const QList<T> &incoming, qsizetype from, qsizetype to)
    {
        const int first = int(m_rows.size());
        NewRows added;
        added.at.reserve(to - from);
        added.keys.reserve(to - from);
        for (qsizetype i = from; i < to; ++i) {
            QString key = rowKey(incoming.at(i));
            if (tryEmplace(m_index, key, first + int(added.at.size()))) {
                added.at.append(int(i));
                added.keys.append(std::move(key));
            }
        }
        return added;
    }

    /// The rows that differ from their fresh version, incoming.at(freshOf(row)); nullopt when
    /// @p sameKeys and a fresh version has another key than its row (incoming is not in the
    /// model's order).
    template <typename FreshOf>
    std::optional<QList<RowChange>> changedRows(const QList<T> &incoming, FreshOf freshOf, bool sameKeys) const
    {
        QList<RowChange> changes;
        for (int row = 0; row < m_rows.size(); ++row) {
            const int from = freshOf(row);
            const T &fresh = incoming.at(from);
            if (fresh == m_rows.at(row))
                continue;
            if (sameKeys && !sameKey(fresh, m_rows.at(row)))
                return std::nullopt;
            auto [lo, hi] = changedColumns(m_rows.at(row), fresh);
            if (hi < 0) { // only roles outside the columns changed
                lo = 0;
                hi = m_columnCount - 1;
            }
            changes.append({row, from, lo, hi});
        }
        return changes;
    }

    /// dataChanged for @p changes, once the rows hold their fresh versions.
    void announce(const QList<RowChange> &changes)
    {
        if (changes.isEmpty())
            return;
        const qsizetype count = changes.size();
        if (count > maxNarrowChanges() || count * 2 > m_rows.size()) {
            // Many or most rows changed: one signal over their range (qBittorrent does the same).
            // A sorting proxy re-sorts once instead of once per row: 10,000 changed rows of
            // 100,000 cost 2.5 s one by one. Which rows they are, a proxy may ask meanwhile.
            QList<int> rows;
            rows.reserve(count);
            for (const RowChange &c : changes)
                rows.append(c.row);
            changed(index(changes.first().row, 0), index(changes.last().row, m_columnCount - 1), {}, &rows);
            return;
        }
        for (const RowChange &c : changes)
            changed(index(c.row, c.firstColumn), index(c.row, c.lastColumn));
    }

    /// dataChanged(), and changedRowsOfSignal() @p rows while it is emitted (nullptr: not said;
    /// also for a signal a listener causes meanwhile).
    void changed(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles = {},
                 const QList<int> *rows = nullptr)
    {
        const QList<int> *outer = std::exchange(m_signalRows, rows);
        emit dataChanged(topLeft, bottomRight, roles);
        m_signalRows = outer;
    }

    /// Inserts @p key -> @p value unless @p key is there; whether it was inserted. One lookup
    /// (Qt 6.4's QHash has no tryEmplace): operator[] adds a slot only for a new key.
    static bool tryEmplace(QHash<QString, int> &hash, const QString &key, int value)
    {
        const qsizetype before = hash.size();
        int &slot = hash[key];
        if (hash.size() == before)
            return false;
        slot = value;
        return true;
    }

    void rebuildIndex()
    {
        m_index.clear();
        m_index.reserve(m_keys.size());
        for (int i = 0; i < m_keys.size(); ++i)
            m_index.insert(m_keys.at(i), i);
    }

    const int m_columnCount;
    QList<T> m_rows;
    QList<QString> m_keys; ///< rowKey() of each row, in row order
    QHash<QString, int> m_index;
    bool m_stale = false;
    std::optional<Fill> m_fill;
    QList<QList<T>> m_retired; ///< lists the model held, freed a slice a turn (retire())
    quint64 m_fills = 0; ///< fills begun: tells a slice due of a dropped fill from the current one
    const QList<int> *m_signalRows = nullptr; ///< changedRowsOfSignal()
};

} // namespace omsdash
