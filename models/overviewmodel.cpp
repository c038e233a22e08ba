// SPDX-License-Identifier: MIT
#include "overviewmodel.h"

#include "instancesession.h"
#include "projectlistmodel.h"

namespace omsdash {

OverviewModel::OverviewModel(QObject *parent)
    : KeyedTableModel<OverviewRow>(FirstProjectColumn + ProjectListModel::ColumnCount, parent)
{
}

void OverviewModel::setSessions(const QList<InstanceSession *> &sessions)
{
    for (const auto &s : std::as_const(m_sessions)) {
        if (s)
            disconnect(s, nullptr, this, nullptr);
    }
    m_sessions.clear();
    for (InstanceSession *s : sessions) {
        m_sessions.append(s);
        connect(s, &InstanceSession::projectsUpdated, this, &OverviewModel::rebuild);
        // A detail poll brings the selected project's row up to date between list polls.
        connect(s, &InstanceSession::projectRowUpdated, this, &OverviewModel::rebuild);
    }
    rebuild();
}

void OverviewModel::rebuild()
{
    QList<OverviewRow> rows;
    for (int i = 0; i < m_sessions.size(); ++i) {
        const InstanceSession *s = m_sessions.at(i);
        if (!s)
            continue;
        const bool stale = s->projects()->isStale();
        for (const ProjectSummary &p : s->projects()->rows())
            rows.append({i, s->name(), p, stale});
    }
    merge(rows);
}

QString OverviewModel::rowKey(const OverviewRow &row) const
{
    return QString::number(row.instanceIndex) + QLatin1Char('/') + row.project.rowKey();
}

QVariant OverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::InitialSortOrderRole)
        return int(section == InstanceColumn ? Qt::AscendingOrder
                                             : ProjectListModel::initialSortOrder(section - FirstProjectColumn));
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == InstanceColumn ? tr("Instance")
                                     : ProjectListModel::columnTitle(section - FirstProjectColumn);
}

QVariant OverviewModel::cellData(const OverviewRow &row, int column, int role) const
{
    switch (role) {
    case InstanceIndexRole:
        return row.instanceIndex;
    case ProjectIdRole:
        return row.project.id;
    default:
        break;
    }
    if (column == InstanceColumn) {
        if (role == Qt::DisplayRole || role == SortRole)
            return row.instance;
        if (role == Qt::ToolTipRole && row.stale)
            return tr("%1 did not answer its last poll; this is its last good data").arg(row.instance);
        if (role >= Qt::UserRole) // the row's raw facts (status, alarm rank, latency, name) from any column
            return ProjectListModel::projectData(row.project, 0, role);
        return {};
    }
    return ProjectListModel::projectData(row.project, column - FirstProjectColumn, role);
}

} // namespace omsdash
