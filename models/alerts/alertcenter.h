// SPDX-License-Identifier: MIT
#pragma once

#include "alertdispatcher.h"
#include "alertmonitor.h"

#include <QObject>
#include <QPointer>

namespace omsdash {

class AlertLogModel;
class DesktopNotifier;
class HttpTransport;
class InstanceSession;

/// Everything about alerts that the window and `omsdash watch` share: the AlertMonitor over
/// the watched sessions, the alert log (an AlertLogModel filled from the store, then live),
/// and the channels: desktop notifications and webhooks / Alertmanager. What a person does
/// (acknowledge, silence) goes through here, so it is logged and notifies no one again.
class AlertCenter : public QObject
{
    Q_OBJECT

public:
    /// @p store (may be null) keeps the alert log; its last 7 days fill log(). @p clock: UTC ms.
    AlertCenter(const AlertSettings &settings, HistoryStore *store, AlertMonitor::Clock clock = {},
                QObject *parent = nullptr);
    ~AlertCenter() override;

    /// Watches @p session's project list (and per-table results) as instance session->name().
    void watch(InstanceSession *session);
    /// Watches @p sessions instead (the instance list was edited): the alerts of instances
    /// no longer among them resolve.
    void setSessions(const QList<InstanceSession *> &sessions);

    /// Shows alert events as freedesktop notifications while @p enabled; see DesktopNotifier.
    void setDesktopNotifications(bool enabled);
    bool desktopNotifications() const { return m_notifier != nullptr; }
    DesktopNotifier *notifier() const { return m_notifier; }

    /// Sends events to @p destinations (none: to no one) through @p transport from now on,
    /// instead of those set before; failures are logged. @p transport must outlive the center.
    void setWebhooks(const QList<WebhookDestination> &destinations, HttpTransport *transport);
    /// Null until setWebhooks() was called.
    AlertDispatcher *dispatcher() const { return m_dispatcher; }

    AlertMonitor *monitor() { return &m_monitor; }
    const AlertSettings &settings() const { return m_monitor.engine().settings(); }
    /// The rules from now on (AlertRulesDialog, a rules file); active alerts keep their life cycle.
    void setSettings(const AlertSettings &settings);
    AlertLogModel *log() const { return m_log; }

    /// A person takes the firing alert @p key: no repeats until it resolves. False when none.
    bool acknowledge(const QString &key);
    /// Silences alerts of @p instance (all when empty), @p projectId (all when empty) and
    /// @p rule (all when nullopt) for @p forMs from now.
    void silence(const QString &instance, const QString &projectId, std::optional<AlertRule> rule, qint64 forMs);

    /// Firing alerts that still need a person: not acknowledged, not silenced.
    int needingAttention() const { return m_attention; }
    /// Firing alerts in all, acknowledged and silenced ones included.
    int firing() const { return m_firing; }
    /// The worst severity among those needing attention: HIGH, MEDIUM, LOW; empty when none.
    QString worstSeverity() const { return m_worst; }
    /// "Alerts needing attention: 2 (worst HIGH)", "Alerts firing: 1, all acknowledged or
    /// silenced", or empty.
    QString summary() const;

signals:
    /// An alert event (raised, repeated, resolved; silenced ones marked).
    void alertEvent(const omsdash::AlertEvent &event);
    /// The counts or the worst severity changed.
    void summaryChanged();
    /// A person asked, from a notification, to see @p projectId of @p instance (empty: the instance).
    void openRequested(const QString &instance, const QString &projectId);

private:
    void refreshStates();

    AlertMonitor m_monitor;
    AlertLogModel *m_log;
    DesktopNotifier *m_notifier = nullptr;
    AlertDispatcher *m_dispatcher = nullptr;
    QHash<QString, QUrl> m_consoles;
    AlertMonitor::Clock m_clock;
    int m_attention = 0;
    int m_firing = 0;
    QString m_worst;
};

} // namespace omsdash
