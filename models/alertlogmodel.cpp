// SPDX-License-Identifier: MIT
#include "alertlogmodel.h"

#include "derived.h"
#include "keyedtablemodel.h"
#include "format.h"
#include "reportformat.h"

#include <QDateTime>

#include <numeric>

namespace omsdash {

namespace {
QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QString number(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'g', 12) : QString();
}

QString ruleTitle(const QString &name)
{
    const auto rule = alertRuleFromName(name);
    return rule ? alertRuleTitle(*rule) : name;
}

bool active(AlertState s)
{
    return s == AlertState::Pending || s == AlertState::Firing || s == AlertState::Acknowledged
        || s == AlertState::Silenced;
}
} // namespace

QString alertStateText(AlertState state)
{
    switch (state) {
    case AlertState::None:
        return {};
    case AlertState::Pending:
        return AlertLogModel::tr("Pending");
    case AlertState::Firing:
        return AlertLogModel::tr("Firing");
    case AlertState::Acknowledged:
        return AlertLogModel::tr("Acknowledged");
    case AlertState::Silenced:
        return AlertLogModel::tr("Silenced");
    case AlertState::Resolved:
        return AlertLogModel::tr("Resolved");
    }
    return {};
}

AlertLogModel::AlertLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int AlertLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AlertLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AlertLogModel::kindText(const QString &kind)
{
    if (kind == QLatin1String("raised"))
        return tr("raised");
    if (kind == QLatin1String("repeated"))
        return tr("repeated");
    if (kind == QLatin1String("resolved"))
        return tr("resolved");
    if (kind == QLatin1String("acknowledged"))
        return tr("acknowledged");
    if (kind == QLatin1String("silenced"))
        return tr("silenced");
    if (kind == QLatin1String("deliveryFailed"))
        return tr("not delivered");
    return kind;
}

AlertState AlertLogModel::stateOf(const QString &key) const
{
    return m_states.value(key, AlertState::None);
}

QVariant AlertLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const AlertLogEntry &e = m_rows.at(index.row());
    switch (role) {
    case KeyRole:
        return e.key;
    case InstanceRole:
        return e.instance;
    case ProjectIdRole:
        return e.projectId;
    case SeverityRole:
        return e.severity;
    case omsdash::RawValueRole:
        return index.column() == SeverityColumn ? QVariant(e.severity) : QVariant();
    case RuleRole:
        return e.rule;
    case KindRole:
        return e.kind;
    case StateRole:
        return int(stateOf(e.key));
    case TimeRole:
        return e.timeMs;
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return fmt::utcTime(utc(e.timeMs));
        if (index.column() == ProjectColumn)
            return e.projectId;
        if (index.column() == MessageColumn)
            return e.message;
        if (index.column() == SeverityColumn && alarmLevelText(e.severity) != e.severity)
            return e.severity;
        return {};
    case SortRole:
        if (index.column() == TimeColumn)
            return e.timeMs;
        if (index.column() == SeverityColumn)
            return alarmLevelRank(e.severity);
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case TimeColumn:
            return fmt::localTime(utc(e.timeMs));
        case SeverityColumn:
            return alarmLevelText(e.severity);
        case EventColumn:
            return kindText(e.kind);
        case RuleColumn:
            return ruleTitle(e.rule);
        case InstanceColumn:
            return e.instance;
        case ProjectColumn:
            return e.projectName.isEmpty() ? e.projectId : e.projectName;
        case MessageColumn:
            return e.message;
        case StateColumn:
            return alertStateText(stateOf(e.key));
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant AlertLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time");
    case SeverityColumn:
        return tr("Severity");
    case EventColumn:
        return tr("Event");
    case RuleColumn:
        return tr("Rule");
    case InstanceColumn:
        return tr("Instance");
    case ProjectColumn:
        return tr("Project");
    case MessageColumn:
        return tr("Message");
    case StateColumn:
        return tr("State");
    case ColumnCount:
        break;
    }
    return {};
}

void AlertLogModel::setEntries(const QList<AlertLogEntry> &entries)
{
    beginResetModel();
    m_rows = entries.mid(std::max<qsizetype>(0, entries.size() - MaxRows));
    endResetModel();
}

void AlertLogModel::append(const AlertLogEntry &entry)
{
    if (m_rows.size() >= MaxRows) {
        beginRemoveRows({}, 0, 0);
        m_rows.removeFirst();
        endRemoveRows();
    }
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(entry);
    endInsertRows();
}

void AlertLogModel::setStates(const QHash<QString, AlertState> &states)
{
    // A key no longer active was resolved (or went away pending: then its log has no row).
    QHash<QString, AlertState> next = states;
    for (const AlertLogEntry &e : std::as_const(m_rows))
        if (!next.contains(e.key) && e.kind != QLatin1String("deliveryFailed"))
            next.insert(e.key, AlertState::Resolved);
    if (next == m_states)
        return;
    m_states = next;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, StateColumn), index(int(m_rows.size()) - 1, StateColumn), {Qt::DisplayRole, StateRole});
}

AlertLogEntry AlertLogModel::entryOf(const AlertEvent &event)
{
    const Alert &a = event.alert;
    AlertLogEntry e;
    e.timeMs = event.kind == AlertEvent::Kind::Resolved ? a.resolvedMs : a.notifiedMs;
    e.kind = alertEventKindName(event.kind);
    e.key = a.key;
    e.instance = a.instance;
    e.projectId = a.projectId;
    e.projectName = a.projectName;
    e.step = a.step;
    e.rule = alertRuleName(a.rule);
    e.severity = a.severity;
    e.value = a.value;
    e.threshold = a.threshold;
    e.message = a.message;
    e.silenced = event.silenced;
    return e;
}

QByteArray AlertLogModel::toCsv() const
{
    QList<int> all(m_rows.size());
    std::iota(all.begin(), all.end(), 0);
    return toCsv(all);
}

QByteArray AlertLogModel::toCsv(const QList<int> &rows) const
{
    QByteArray out = "time,severity,event,rule,instance,project_id,project_name,step,message,value,threshold,state\r\n";
    auto write = [&](const AlertLogEntry &e) {
        const QStringList fields{utc(e.timeMs).toString(Qt::ISODate),
                                 e.severity,
                                 e.kind,
                                 e.rule,
                                 e.instance,
                                 e.projectId,
                                 e.projectName,
                                 e.step,
                                 e.message,
                                 number(e.value),
                                 number(e.threshold),
                                 alertStateText(stateOf(e.key))};
        QByteArrayList cells;
        for (const QString &f : fields)
            cells << reportformat::csvField(f);
        out += cells.join(',') + "\r\n";
    };
    for (int r : rows)
        if (r >= 0 && r < m_rows.size())
            write(m_rows.at(r));
    return out;
}

// --- AlertLogFilterModel ------------------------------------------------------------------

AlertLogFilterModel::AlertLogFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AlertLogModel::SortRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
    // A row's State changes without its row changing: "active only" must look again.
    connect(this, &QAbstractProxyModel::sourceModelChanged, this, [this] {
        if (sourceModel())
            connect(sourceModel(), &QAbstractItemModel::dataChanged, this,
                    [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                        if (m_activeOnly && (roles.isEmpty() || roles.contains(AlertLogModel::StateRole)))
                            invalidateFilter();
                    });
    });
}

void AlertLogFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void AlertLogFilterModel::setActiveOnly(bool activeOnly)
{
    m_activeOnly = activeOnly;
    invalidateFilter();
}

void AlertLogFilterModel::setMinSeverity(const QString &severity)
{
    m_minRank = severity.isEmpty() ? 0 : alarmLevelRank(severity);
    invalidateFilter();
}

bool AlertLogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex first = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_activeOnly && !active(AlertState(first.data(AlertLogModel::StateRole).toInt())))
        return false;
    if (m_minRank > 0 && alarmLevelRank(first.data(AlertLogModel::SeverityRole).toString()) < m_minRank)
        return false;
    if (m_text.isEmpty())
        return true;
    for (int c = 0; c < AlertLogModel::ColumnCount; ++c) {
        const QModelIndex i = sourceModel()->index(sourceRow, c, sourceParent);
        if (i.data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return first.data(AlertLogModel::ProjectIdRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace omsdash
