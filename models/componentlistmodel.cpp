// SPDX-License-Identifier: MIT
#include "componentlistmodel.h"

#include "derived.h"
#include "format.h"

namespace omsdash {

ComponentListModel::ComponentListModel(QObject *parent)
    : KeyedTableModel<ProjectComponent>(ColumnCount, parent)
{
}

QString ComponentListModel::kindTitle(ProjectComponent::Kind kind)
{
    using Kind = ProjectComponent::Kind;
    switch (kind) {
    case Kind::Store:
        return tr("Store", "OMS component: incremental log pull");
    case Kind::ReverseStore:
        return tr("Store (reverse)", "OMS component");
    case Kind::FullImport:
        return tr("Full-Import", "OMS component");
    case Kind::IncrSync:
        return tr("Incr-Sync", "OMS component");
    case Kind::ReverseIncrSync:
        return tr("Incr-Sync (reverse)", "OMS component");
    case Kind::FullVerify:
        return tr("Full verification", "OMS component");
    }
    return {};
}

QVariant ComponentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ComponentColumn:
        return tr("Component");
    case NameColumn:
        return tr("Name");
    case StatusColumn:
        return tr("Status");
    case TpsColumn:
        return tr("TPS");
    case DelayColumn:
        return tr("Delay");
    case CheckpointColumn:
        return tr("Checkpoint (UTC)");
    case ProgressColumn:
        return tr("Progress");
    case HostColumn:
        return tr("Host");
    case ErrorColumn:
        return tr("Error");
    }
    return {};
}

QVariant ComponentListModel::cellData(const ProjectComponent &c, int column, int role) const
{
    switch (role) {
    case StatusRole:
        return c.status;
    case StatusClassRole:
        return int(classifyStatus(c.status));
    case ProgressRole:
        return column == ProgressColumn && c.progress ? QVariant(*c.progress) : QVariant();
    case Qt::ToolTipRole:
        if (column == CheckpointColumn && c.sampleTime.isValid())
            return tr("Sampled %1").arg(fmt::utcTime(c.sampleTime));
        if (column == ErrorColumn && !c.error.isEmpty())
            return c.error;
        return {};
    case Qt::TextAlignmentRole:
        if (column == TpsColumn || column == DelayColumn || column == ProgressColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (column) {
        case ComponentColumn:
            return int(c.kind);
        case TpsColumn:
            return c.tps ? QVariant(*c.tps) : QVariant();
        case DelayColumn:
            return c.delaySeconds ? QVariant(*c.delaySeconds) : QVariant();
        case ProgressColumn:
            return c.progress ? QVariant(*c.progress) : QVariant();
        case StatusColumn:
            return statusClassRank(classifyStatus(c.status));
        default:
            break;
        }
        [[fallthrough]];
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case ComponentColumn:
        return kindTitle(c.kind);
    case NameColumn:
        return c.name;
    case StatusColumn:
        return statusText(c.status);
    case TpsColumn:
        return c.tps ? fmt::rps(c.tps) : fmt::dash();
    case DelayColumn:
        return fmt::duration(c.delaySeconds);
    case CheckpointColumn:
        return c.checkpoint.isEmpty() ? fmt::dash() : c.checkpoint;
    case ProgressColumn:
        return fmt::percent(c.progress);
    case HostColumn:
        return c.ip;
    case ErrorColumn:
        return c.error;
    }
    return {};
}

void ComponentListModel::setComponents(const std::optional<QList<ProjectComponent>> &components)
{
    if (!components) { // not this time: what is shown is from an earlier poll, and says so
        if (m_available)
            setStale(true);
        return;
    }
    merge(*components);
    setStale(false);
    setAvailable(true);
}

void ComponentListModel::clear()
{
    reset();
    setAvailable(false);
}

void ComponentListModel::setAvailable(bool available)
{
    if (available == m_available)
        return;
    m_available = available;
    emit availabilityChanged(available);
}

} // namespace omsdash
