// SPDX-License-Identifier: MIT
#pragma once

#include "derived.h"
#include "exposition.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>
#include <vector>

namespace omsdash {

class AlertMonitor;
class InstanceSession;

/// The metrics `omsdash watch --listen` serves, as Prometheus families: what the watched
/// sessions already hold (their project lists, the steps and verification results their
/// background polls brought, their pollers' health) and the alerts of an AlertMonitor.
/// collect() only reads; it never asks an instance anything.
///
/// Every per-project series carries `instance` (the instance's display name) and
/// `project_id`; the project's name, type, source and sink are on `omsdash_project_info`, to
/// join with `group_left` (a renamed project keeps its series). The facts are the list's, by
/// the list's rules (one value per fact): rowStructProgress(), rowFullProgress(),
/// rowCurrentStep(), the row's incremental latency, sampleFromSummary()'s rates, tableCounts().
/// Units: ratios 0..1, seconds (RT too: ms per record / 1000), records/s, bytes/s, Unix seconds.
/// No label carries a secret: an instance's URL is written without its user info and query.
class FleetMetrics : public QObject
{
    Q_OBJECT

public:
    explicit FleetMetrics(QObject *parent = nullptr);

    /// Reads @p session from now on (not owned; forgotten when destroyed), and counts its
    /// poller's failures from now on.
    void watch(InstanceSession *session);
    /// Reads the active alerts of @p monitor (not owned; may be null: no alerts family).
    void setAlerts(const AlertMonitor *monitor) { m_alerts = monitor; }

    /// Every family at @p nowMs (UTC ms: the latency samples' age). HELP texts are English
    /// whatever the locale: they are read by Prometheus, not shown in the window.
    QList<MetricFamily> collect(qint64 nowMs) const;

private:
    struct Watched
    {
        const InstanceSession *key = nullptr; ///< identity, also once destroyed
        QPointer<InstanceSession> session;
        QHash<QString, quint64> pollErrors;           ///< channel ("projects", "detail", "tables") -> failures
        QHash<QString, QList<Step>> backgroundSteps;  ///< project -> steps of its last background detail
        QHash<QString, TableCounts> tables;           ///< project -> counts of its last verification results
    };
    Watched *find(const InstanceSession *session);
    void prune(Watched &w);

    std::vector<std::unique_ptr<Watched>> m_watched;
    const AlertMonitor *m_alerts = nullptr;
};

} // namespace omsdash
