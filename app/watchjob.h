// SPDX-License-Identifier: MIT
#pragma once

#include "alertcenter.h"

#include <QHostAddress>
#include <QObject>

class QSocketNotifier;

namespace omsdash {

class FleetMetrics;
class HistoryStore;
class InstanceSession;
class MetricsServer;

/// `omsdash watch`: polls every instance's project list with no window, runs the alert rules
/// over it and prints one line per alert event on standard output:
///   2026-11-30T15:40:00Z raised HIGH projectFailed oms-prod np_7d4f5b "billing": project billing is FAILED
/// (UTC time, event, severity, rule, instance, project id, project name, message; "silenced"
/// after the event when a silence matches). Stops cleanly on SIGTERM and SIGINT: finished(0).
/// With listen(), Prometheus scrapes what it watches.
class WatchJob : public QObject
{
    Q_OBJECT

public:
    /// Watches @p sessions (not owned; they must outlive the job) with @p settings, keeping the
    /// alert log in @p store (may be null): an alert notified by an earlier run and still
    /// firing is not printed again.
    WatchJob(const QList<InstanceSession *> &sessions, const AlertSettings &settings, HistoryStore *store,
             QObject *parent = nullptr);
    ~WatchJob() override;

    /// Also shows each alert event as a desktop notification.
    void enableDesktopNotifications();
    /// Also sends each alert event to @p destinations (webhooks, Alertmanager; none: nothing
    /// changes) through @p transport; a delivery that gives up goes to the alert log and
    /// standard error.
    void setWebhooks(const QList<WebhookDestination> &destinations, HttpTransport *transport);
    /// Also serves Prometheus metrics of the watched sessions and their alerts (FleetMetrics,
    /// MetricsServer) on @p address, @p port (0: any free port), and says where on standard
    /// error: "omsdash: metrics at http://127.0.0.1:9745/metrics". False and @p error when it
    /// cannot listen.
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    /// The metrics port; 0 without listen().
    quint16 metricsPort() const;
    void start();
    /// One line for @p event, as printed.
    static QString line(const AlertEvent &event);

signals:
    void finished(int exitCode);

private:
    QList<InstanceSession *> m_sessions;
    AlertCenter m_center;
    QSocketNotifier *m_signals = nullptr;
    FleetMetrics *m_metrics = nullptr;
    MetricsServer *m_server = nullptr;
};

} // namespace omsdash
