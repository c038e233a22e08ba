// SPDX-License-Identifier: MIT
#pragma once

#include "keyedtablemodel.h"
#include "types.h"

namespace omsdash {

/// The projects of one instance: one row per project (OMS ListProjects item, OMS 3.3 sync
/// project, or DRS job), keyed by project id. Fed by merge() at every list poll.
class ProjectListModel : public KeyedTableModel<ProjectSummary>
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        IdColumn,
        TypeColumn,
        RouteColumn,        ///< "MYSQL → OB_MYSQL"
        StatusColumn,
        AlarmLevelColumn,
        CurrentStepColumn,
        SchemaProgressColumn, ///< ProgressRole: percent
        FullProgressColumn,   ///< ProgressRole: percent
        LatencyColumn,        ///< SortRole: seconds (double); invalid when unknown
        ColumnCount
    };
    enum Role {
        AlarmLevelRole = FirstCustomRole, ///< raw alarm level text
        AlarmRankRole,   ///< int: HIGH=3 .. IGNORE=0, unknown -1
        LatencySecondsRole, ///< double seconds, invalid when unknown
        ProjectIdRole,
        ProjectNameRole, ///< the name, or the ID when the project has none
        CurrentStepProgressRole, ///< double percent of the current step (rowCurrentStepProgress()), any column
    };

    explicit ProjectListModel(QObject *parent = nullptr);

    /// DisplayRole: columnTitle(); Qt::InitialSortOrderRole: initialSortOrder().
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// The cell logic, shared with OverviewModel: @p column is a Column.
    static QVariant projectData(const ProjectSummary &p, int column, int role);
    /// Horizontal header text of @p column.
    static QString columnTitle(int column);
    /// The useful order of a first click on @p column: worst first for the status, HIGH first,
    /// the largest latency first; ascending otherwise.
    static Qt::SortOrder initialSortOrder(int column);
    /// worseFirst() between two rows of a table of projects (this model or OverviewModel),
    /// read through their roles: how a proxy breaks ties.
    static bool rowWorseFirst(const QModelIndex &a, const QModelIndex &b);

protected:
    QString rowKey(const ProjectSummary &p) const override { return p.rowKey(); }
    QVariant cellData(const ProjectSummary &p, int column, int role) const override
    {
        return projectData(p, column, role);
    }
};

} // namespace omsdash
