// SPDX-License-Identifier: MIT
#include "alertmonitor.h"

#include "historystore.h"
#include "instancepoller.h"

#include <QDateTime>

namespace omsdash {

AlertMonitor::AlertMonitor(const AlertSettings &settings, Clock clock, QObject *parent)
    : QObject(parent)
    , m_engine(settings)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); }))
{
    connect(&m_tick, &QTimer::timeout, this, [this] { emitAll(m_engine.tick(m_clock())); });
    m_tick.start(tickMs());
}

void AlertMonitor::setStore(HistoryStore *store)
{
    m_store = store;
    if (m_store && m_store->isOpen())
        m_engine.restore(m_store->firingAlerts());
}

void AlertMonitor::watch(const QString &instance, InstancePoller *poller)
{
    connect(poller, &InstancePoller::projectsReceived, this, [this, instance](const QList<ProjectSummary> &projects) {
        emitAll(m_engine.observeProjects(instance, projects, m_clock()));
    });
    connect(poller, &InstancePoller::pollFailed, this,
            [this, instance](InstancePoller::Channel channel, const QString &, const ApiError &error) {
                if (channel == InstancePoller::Channel::Projects)
                    emitAll(m_engine.observeFailure(instance, error, m_clock()));
            });
}

void AlertMonitor::emitAll(const QList<AlertEvent> &events)
{
    for (const AlertEvent &e : events) {
        if (m_store)
            m_store->recordAlert(e);
        emit alertEvent(e);
    }
}

} // namespace omsdash
