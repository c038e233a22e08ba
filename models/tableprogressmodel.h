// SPDX-License-Identifier: MIT
#pragma once

#include "derived.h"
#include "keyedtablemodel.h"
#include "types.h"

namespace omsdash {

/// Per-table progress of the selected project, keyed by "srcDb.srcTable>dstDb.dstTable".
/// OMS: full verification (ListProjectFullVerifyResult) with result type and counts;
/// DRS: migration progress (progress-data/table) with progress only.
class TableProgressModel : public KeyedTableModel<TableProgress>
{
    Q_OBJECT

public:
    enum Column {
        SourceColumn,      ///< "db.table"
        TargetColumn,      ///< "db.table"
        ProgressColumn,    ///< ProgressRole: percent
        StatusColumn,
        ResultTypeColumn,
        ConsistentColumn,
        MismatchedColumn,
        SourceOnlyColumn,
        DestOnlyColumn,
        ColumnCount
    };
    enum Role {
        ResultTypeRole = FirstCustomRole, ///< raw result type text
        InconsistentRole, ///< bool: mismatched, source-only or destination-only rows exist
    };

    /// Rows a first fill brings per turn of the event loop (mergeInSlices()). With the
    /// per-table view on the model, turns of 30 to 40 ms here for 100,000 tables, more than
    /// half of it the sorting proxy's and the view's (5,000 rows a turn: up to 60 ms).
    static constexpr qsizetype FillSliceRows = 2500;

    explicit TableProgressModel(QObject *parent = nullptr);

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// Whether any row carries verification results (status, result type, counts); views
    /// hide those columns for DRS migration progress.
    bool hasVerificationColumns() const { return m_withVerification > 0; }
    /// tableCounts() of the rows, kept as they change.
    const TableCounts &counts() const { return m_counts; }
    /// Rows whose progress is 100 %.
    int finishedCount() const { return m_counts.finished; }
    /// Rows with mismatched, source-only or destination-only rows.
    int inconsistentCount() const { return m_counts.inconsistent; }
    /// Mean progress over the rows that have one, percent (each taken within 0..100);
    /// nullopt when there are none.
    std::optional<double> averageProgress() const
    {
        return m_withProgress ? std::optional<double>(m_progressSum / m_withProgress) : std::nullopt;
    }

signals:
    void summaryChanged();

protected:
    QString rowKey(const TableProgress &t) const override { return t.key(); }
    /// The four names the key is made of, compared without making it.
    bool sameKey(const TableProgress &a, const TableProgress &b) const override
    {
        return a.sourceTable == b.sourceTable && a.destTable == b.destTable && a.sourceSchema == b.sourceSchema
            && a.destSchema == b.destSchema;
    }
    QVariant cellData(const TableProgress &t, int column, int role) const override;
    /// Field by field: each column shows one field (two for the qualified names).
    std::pair<int, int> changedColumns(const TableProgress &before, const TableProgress &after) const override;
    void afterMerge() override;
    /// The appended rows' share added to the summary: a slice of a first fill costs its rows.
    void afterAppend(int firstRow) override;
    /// A poll that changes rows in place costs the summary its changed rows, not all.
    bool summarizesByRow() const override { return true; }
    void replaced(const TableProgress &before, const TableProgress &after) override;
    void afterReplace() override;

private:
    /// Adds the rows from @p firstRow on to the summary.
    void addToSummary(int firstRow);
    /// Adds @p t's share of the summary, or with @p sign -1 takes it away.
    void count(const TableProgress &t, int sign);

    int m_withVerification = 0; ///< rows with a result type or counts
    TableCounts m_counts;
    double m_progressSum = 0; ///< percent, over the rows with a progress; from scratch at each merge that adds or removes rows
    int m_withProgress = 0;
};

} // namespace omsdash
