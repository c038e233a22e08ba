// SPDX-License-Identifier: MIT
#include "tableprogressmodel.h"

#include "derived.h"
#include "format.h"

#include <algorithm>

namespace omsdash {

namespace {
QString qualified(const QString &db, const QString &table)
{
    return db.isEmpty() ? table : db + QLatin1Char('.') + table;
}

QVariant optionalCount(const std::optional<qint64> &v, bool sort)
{
    if (sort)
        return v ? QVariant(*v) : QVariant(qint64(-1));
    return fmt::count(v);
}
} // namespace

TableProgressModel::TableProgressModel(QObject *parent)
    : KeyedTableModel<TableProgress>(ColumnCount, parent)
{
}

QVariant TableProgressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SourceColumn:
        return tr("Source table");
    case TargetColumn:
        return tr("Target table");
    case ProgressColumn:
        return tr("Progress");
    case StatusColumn:
        return tr("Status");
    case ResultTypeColumn:
        return tr("Result");
    case ConsistentColumn:
        return tr("Consistent");
    case MismatchedColumn:
        return tr("Mismatched");
    case SourceOnlyColumn:
        return tr("Source only");
    case DestOnlyColumn:
        return tr("Destination only");
    }
    return {};
}

QVariant TableProgressModel::cellData(const TableProgress &t, int column, int role) const
{
    switch (role) {
    case StatusRole:
        return t.status;
    case StatusClassRole:
        return int(classifyStatus(t.status));
    case ResultTypeRole:
        return t.resultType;
    case InconsistentRole:
        return isInconsistent(t);
    case ProgressRole:
        return (column == ProgressColumn && t.progress) ? QVariant(*t.progress) : QVariant();
    case Qt::ToolTipRole:
        return t.message.isEmpty() ? QVariant() : QVariant(t.message);
    case Qt::TextAlignmentRole:
        if (column >= ConsistentColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    const bool sort = role == SortRole;
    switch (column) {
    case SourceColumn:
        return qualified(t.sourceSchema, t.sourceTable);
    case TargetColumn:
        return qualified(t.destSchema, t.destTable);
    case ProgressColumn:
        return sort ? QVariant(t.progress.value_or(-1.0)) : QVariant(fmt::percent(t.progress));
    case StatusColumn:
        return sort ? t.status : statusText(t.status);
    case ResultTypeColumn:
        return t.resultType;
    case ConsistentColumn:
        return optionalCount(t.consistentCount, sort);
    case MismatchedColumn:
        return optionalCount(t.mismatchedCount, sort);
    case SourceOnlyColumn:
        return optionalCount(t.sourceOnlyCount, sort);
    case DestOnlyColumn:
        return optionalCount(t.destOnlyCount, sort);
    }
    return {};
}

std::pair<int, int> TableProgressModel::changedColumns(const TableProgress &before, const TableProgress &after) const
{
    const bool changed[ColumnCount] = {
        before.sourceSchema != after.sourceSchema || before.sourceTable != after.sourceTable,
        before.destSchema != after.destSchema || before.destTable != after.destTable,
        before.progress != after.progress,
        before.status != after.status,
        before.resultType != after.resultType,
        before.consistentCount != after.consistentCount,
        before.mismatchedCount != after.mismatchedCount,
        before.sourceOnlyCount != after.sourceOnlyCount,
        before.destOnlyCount != after.destOnlyCount,
    };
    return columnSpan(ColumnCount, [&changed](int c) { return changed[c]; });
}

void TableProgressModel::afterMerge()
{
    m_withVerification = 0;
    m_progressSum = 0;
    m_withProgress = 0;
    m_counts = {};
    addToSummary(0);
}

void TableProgressModel::afterAppend(int firstRow)
{
    addToSummary(firstRow);
}

void TableProgressModel::replaced(const TableProgress &before, const TableProgress &after)
{
    count(before, -1);
    count(after, 1);
}

void TableProgressModel::afterReplace()
{
    if (m_withProgress == 0)
        m_progressSum = 0; // no rounding left over from the rows that had one
    emit summaryChanged();
}

void TableProgressModel::addToSummary(int firstRow)
{
    for (auto it = rows().cbegin() + firstRow; it != rows().cend(); ++it)
        count(*it, 1);
    emit summaryChanged();
}

void TableProgressModel::count(const TableProgress &t, int sign)
{
    if (!t.resultType.isEmpty() || t.consistentCount.has_value())
        m_withVerification += sign;
    if (t.progress) {
        // Within 0..100 %: an absurd value must not take the sum's precision with it for good.
        m_progressSum += sign * std::clamp(*t.progress, 0.0, 100.0);
        m_withProgress += sign;
    }
    countTable(m_counts, t, sign);
}

} // namespace omsdash
