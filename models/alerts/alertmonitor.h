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

    AlertEngine &engine() { return m_engine; }
    static constexpr int tickMs() { return 15000; }

signals:
    /// An alert was raised, repeated or resolved (silenced ones too, marked so).
    void alertEvent(const omsdash::AlertEvent &event);

private:
    void emitAll(const QList<AlertEvent> &events);

    AlertEngine m_engine;
    HistoryStore *m_store = nullptr;
    Clock m_clock;
    QTimer m_tick;
};

} // namespace omsdash

Q_DECLARE_METATYPE(omsdash::AlertEvent)
