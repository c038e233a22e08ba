// SPDX-License-Identifier: MIT
#pragma once

#include "keyedtablemodel.h"
#include "types.h"

#include <QPointer>

namespace omsdash {

class InstanceSession;

/// One project of one instance in the overview.
struct OverviewRow
{
    int instanceIndex = -1; ///< index into OverviewModel's sessions
    QString instance;       ///< the instance's display name
    ProjectSummary project;
    bool stale = false;     ///< the instance's last list poll failed; this is its last good data

    bool operator==(const OverviewRow &o) const
    {
        return instanceIndex == o.instanceIndex && instance == o.instance && project == o.project
            && stale == o.stale;
    }
    bool operator!=(const OverviewRow &o) const { return !(*this == o); }
};

/// "All instances": every project of every session in one table, with an instance column
/// in front of ProjectListModel's columns. Rows are keyed by instance and project id and
/// merged in place whenever any instance's project list changes; an instance that is down
/// keeps its last rows, marked stale (StaleRole), and never holds up the others.
class OverviewModel : public KeyedTableModel<OverviewRow>
{
    Q_OBJECT

public:
    enum Column { InstanceColumn, FirstProjectColumn };
    enum Role {
        InstanceIndexRole = FirstCustomRole + 16, ///< int: which session the row belongs to
        ProjectIdRole,
    };

    explicit OverviewModel(QObject *parent = nullptr);

    /// Follows @p sessions (not owned). Rebuilds at once.
    void setSessions(const QList<InstanceSession *> &sessions);

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

public slots:
    void rebuild();

protected:
    QString rowKey(const OverviewRow &row) const override;
    QVariant cellData(const OverviewRow &row, int column, int role) const override;
    bool rowIsStale(const OverviewRow &row) const override { return row.stale; }

private:
    QList<QPointer<InstanceSession>> m_sessions;
};

} // namespace omsdash
