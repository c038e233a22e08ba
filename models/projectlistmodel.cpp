// SPDX-License-Identifier: MIT
#include "projectlistmodel.h"

#include "derived.h"
#include "format.h"

namespace omsdash {

ProjectListModel::ProjectListModel(QObject *parent)
    : KeyedTableModel<ProjectSummary>(ColumnCount, parent)
{
}

QVariant ProjectListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::InitialSortOrderRole)
        return int(initialSortOrder(section));
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return columnTitle(section);
}

Qt::SortOrder ProjectListModel::initialSortOrder(int column)
{
    switch (column) {
    case StatusColumn:
    case AlarmLevelColumn:
    case LatencyColumn:
        return Qt::DescendingOrder;
    default:
        return Qt::AscendingOrder;
    }
}

bool ProjectListModel::rowWorseFirst(const QModelIndex &a, const QModelIndex &b)
{
    const auto key = [](const QModelIndex &i) {
        const QVariant latency = i.data(LatencySecondsRole);
        return WorstFirstKey{statusClassRank(StatusClass(i.data(StatusClassRole).toInt())), i.data(AlarmRankRole).toInt(),
                             latency.isValid() ? std::optional<double>(latency.toDouble()) : std::nullopt,
                             i.data(ProjectNameRole).toString(), i.data(KeyRole).toString()};
    };
    return worseFirst(key(a), key(b));
}

QString ProjectListModel::columnTitle(int section)
{
    switch (section) {
    case NameColumn:
        return tr("Project");
    case IdColumn:
        return tr("ID");
    case TypeColumn:
        return tr("Type");
    case RouteColumn:
        return tr("Source → Sink");
    case StatusColumn:
        return tr("Status");
    case AlarmLevelColumn:
        return tr("Alarm level");
    case CurrentStepColumn:
        return tr("Current step");
    case SchemaProgressColumn:
        return tr("Schema", "schema migration progress");
    case FullProgressColumn:
        return tr("Full", "full migration progress");
    case LatencyColumn:
        return tr("Incr. latency", "incremental synchronization latency");
    }
    return {};
}

namespace {
QVariant optionalPercent(const std::optional<int> &v)
{
    return v ? QVariant(double(*v)) : QVariant();
}
} // namespace

QVariant ProjectListModel::projectData(const ProjectSummary &p, int column, int role)
{
    switch (role) {
    case StatusRole:
        return p.status;
    case RawValueRole:
        switch (column) {
        case StatusColumn:
            return p.status;
        case AlarmLevelColumn:
            return p.alarmLevel;
        case CurrentStepColumn:
            return rowCurrentStep(p);
        case TypeColumn:
            return p.type;
        default:
            return {};
        }
    case StatusClassRole:
        return int(classifyStatus(p.status));
    case AlarmLevelRole:
        return p.alarmLevel;
    case AlarmRankRole:
        return alarmLevelRank(p.alarmLevel);
    case ProjectIdRole:
        return p.id;
    case ProjectNameRole:
        return p.name.isEmpty() ? p.id : p.name;
    case LatencySecondsRole:
        return p.latencySeconds ? QVariant(*p.latencySeconds) : QVariant();
    case CurrentStepProgressRole:
        return optionalPercent(rowCurrentStepProgress(p));
    case ProgressRole:
        if (column == SchemaProgressColumn)
            return optionalPercent(rowStructProgress(p));
        if (column == FullProgressColumn)
            return optionalPercent(rowFullProgress(p));
        return {};
    case Qt::ToolTipRole:
        if (column == RouteColumn && p.sourceType.isEmpty() && p.sinkType.isEmpty())
            return tr("The instance's API did not give this project's source and sink (OMS 3.3's progress and "
                      "DRS's batch-progress never do)");
        if (column == StatusColumn && statusText(p.status, p.type) != p.status)
            return tr("Status code %1").arg(p.status);
        if (column == AlarmLevelColumn && alarmLevelText(p.alarmLevel) != p.alarmLevel)
            return p.alarmLevel;
        if (column == CurrentStepColumn && stepText(rowCurrentStep(p)) != rowCurrentStep(p))
            return rowCurrentStep(p);
        if (column == TypeColumn && projectTypeText(p.type) != p.type)
            return p.type;
        if (column == LatencyColumn && p.latencySampleTime.isValid())
            return tr("Sampled %1 (%2)")
                .arg(fmt::localTime(p.latencySampleTime), fmt::utcTime(p.latencySampleTime));
        if (column == NameColumn || column == IdColumn) {
            QString tip = tr("%1\nCreated %2").arg(p.id, fmt::utcTime(p.createdTime));
            if (p.duplicate > 0)
                tip += QLatin1Char('\n') + tr("⚠ The server listed this project ID more than once; this is repeat %1.").arg(p.duplicate);
            return tip;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column >= SchemaProgressColumn)
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
    case NameColumn:
        return p.name.isEmpty() ? p.id : p.name;
    case IdColumn:
        return p.duplicate > 0 && !sort ? tr("%1 (⚠ duplicate)").arg(p.id) : p.id;
    case TypeColumn:
        return sort ? p.type : projectTypeText(p.type);
    case RouteColumn:
        if (p.sourceType.isEmpty() && p.sinkType.isEmpty())
            return sort ? QString() : fmt::dash();
        return QStringLiteral("%1 → %2").arg(p.sourceType, p.sinkType);
    case StatusColumn:
        return sort ? QVariant(statusClassRank(classifyStatus(p.status))) : QVariant(statusText(p.status, p.type));
    case AlarmLevelColumn:
        if (sort) // an unknown level is a missing value: last either way
            return alarmLevelRank(p.alarmLevel) >= 0 ? QVariant(alarmLevelRank(p.alarmLevel)) : QVariant();
        return alarmLevelText(p.alarmLevel);
    case CurrentStepColumn:
        return sort ? rowCurrentStep(p) : stepText(rowCurrentStep(p));
    case SchemaProgressColumn:
    case FullProgressColumn: {
        // One value per fact: the header's and the report's rule (stageProgress()).
        const std::optional<int> v = column == SchemaProgressColumn ? rowStructProgress(p) : rowFullProgress(p);
        return sort ? optionalPercent(v) : QVariant(fmt::percent(v ? std::optional<double>(*v) : std::nullopt));
    }
    case LatencyColumn:
        if (sort)
            return p.latencySeconds ? QVariant(*p.latencySeconds) : QVariant(); // "–": last either way
        return fmt::duration(p.latencySeconds);
    }
    return {};
}

} // namespace omsdash
