// SPDX-License-Identifier: MIT
#pragma once

#include "alertengine.h"

#include <QObject>
#include <QTimer>

#include <functional>

namespace omsdash {

class HistoryStore;
class InstancePoller;

/// Runs the AlertEngine over live pollers: every project-list answer and failure of each
/// watched instance, and a tick every tickMs() for repeats. The clock (UTC ms) is injectable.
class AlertMonitor : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<qint64()>;

    explicit AlertMonitor(const AlertSettings &settings, Clock clock = {}, QObject *parent = nullptr);

    /// Keeps the alert log in @p store (not owned; may be null), and takes the alerts it says
    /// were firing as already notified (AlertEngine::restore). Call before the first poll.
    void setStore(HistoryStore *store);

    /// Watches @p poller's project list as instance @p instance (its display name).
    void watch(const QString &instance, InstancePoller *poller);

    /// Stops counting on @p instance: its alerts resolve (AlertEngine::forgetInstance).
    void forget(const QString &instance);

    /// What watch() feeds the engine: a project-list answer, or a failed poll, of @p instance now.
    /// Rows without steps get those of the project's last background detail (observeDetail()),
    /// so the rate rules see servers that list without steps too.
    void observeProjects(const QString &instance, const QList<ProjectSummary> &projects);
    /// Full verification results of @p projectId of @p instance (AlertEngine::observeTables).
    void observeTables(const QString &instance, const QString &projectId, const QList<TableProgress> &tables);
    /// A detail of @p instance fetched in the background (InstanceSession::backgroundDetail).
    void observeDetail(const QString &instance, const ProjectDetail &detail);
    void observeFailure(const QString &instance, const ApiError &error);

    /// A person acknowledged the firing alert @p key: no repeats until it resolves; logged.
    /// False when no such alert fires.
    bool acknowledge(const QString &key);
    /// A person silenced what @p silence matches until its expiry; logged against each
    /// active alert it matches, and kept in the store for the next start.
    void silence(const AlertSilence &silence);
    /// Logs that @p destination gave up on @p event with @p error (AlertDispatcher::deliveryFailed).
    void logDeliveryFailure(const QString &destination, const omsdash::AlertEvent &event, const QString &error);

    AlertEngine &engine() { return m_engine; }
    const AlertEngine &engine() const { return m_engine; }
    static constexpr int tickMs() { return 15000; }

signals:
    /// An alert was raised, repeated or resolved (silenced ones too, marked so).
    void alertEvent(const omsdash::AlertEvent &event);
    /// An alert was acknowledged or silenced, or a tick passed (silences expire): the active
    /// alerts may have changed without an event.
    void alertsChanged();
    /// A note was added to the log: kind "acknowledged", "silenced" or "deliveryFailed".
    void alertNote(const QString &kind, const omsdash::Alert &alert, qint64 timeMs, const QString &message);

private:
    void emitAll(const QList<AlertEvent> &events);
    void note(const QString &kind, const Alert &alert, const QString &message);

    AlertEngine m_engine;
    QHash<QString, QList<Step>> m_detailSteps; ///< instance \x1f project -> steps of its last background detail
    HistoryStore *m_store = nullptr;
    Clock m_clock;
    QTimer m_tick;
};

} // namespace omsdash

