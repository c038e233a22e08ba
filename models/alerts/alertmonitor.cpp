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
    connect(&m_tick, &QTimer::timeout, this, [this] {
        emitAll(m_engine.tick(m_clock()));
        emit alertsChanged(); // silences may have expired
    });
    m_tick.start(tickMs());
}

void AlertMonitor::setStore(HistoryStore *store)
{
    m_store = store;
    if (m_store && m_store->isOpen()) {
        m_engine.restore(m_store->firingAlerts());
        for (const AlertSilence &s : m_store->silences(m_clock()))
            m_engine.addSilence(s);
    }
}

bool AlertMonitor::acknowledge(const QString &key)
{
    if (!m_engine.acknowledge(key))
        return false;
    note(QStringLiteral("acknowledged"), *m_engine.find(key), tr("acknowledged: no repeats until it resolves"));
    emit alertsChanged();
    return true;
}

void AlertMonitor::silence(const AlertSilence &silence)
{
    const qint64 now = m_clock();
    m_engine.addSilence(silence);
    if (m_store)
        m_store->recordSilence(silence);
    const QString until = QDateTime::fromMSecsSinceEpoch(silence.untilMs, Qt::UTC).toString(Qt::ISODate);
    for (const Alert &a : m_engine.active())
        if (silence.matches(a, now))
            note(QStringLiteral("silenced"), a, tr("silenced until %1 UTC").arg(until));
    emit alertsChanged();
}

void AlertMonitor::logDeliveryFailure(const QString &destination, const AlertEvent &event, const QString &error)
{
    note(QStringLiteral("deliveryFailed"), event.alert, tr("%1 not delivered to %2: %3")
                                                             .arg(alertEventKindName(event.kind), destination, error));
}

void AlertMonitor::note(const QString &kind, const Alert &alert, const QString &message)
{
    const qint64 now = m_clock();
    if (m_store)
        m_store->recordAlertNote(kind, alert, now, message);
    emit alertNote(kind, alert, now, message);
}

void AlertMonitor::watch(const QString &instance, InstancePoller *poller)
{
    connect(poller, &InstancePoller::projectsReceived, this,
            [this, instance](const QList<ProjectSummary> &projects) { observeProjects(instance, projects); });
    connect(poller, &InstancePoller::pollFailed, this,
            [this, instance](InstancePoller::Channel channel, const QString &, const ApiError &error) {
                if (channel == InstancePoller::Channel::Projects)
                    observeFailure(instance, error);
            });
    connect(poller, &InstancePoller::tablesReceived, this,
            [this, instance](const QString &projectId, const QList<TableProgress> &tables) {
                observeTables(instance, projectId, tables);
            });
}

void AlertMonitor::forget(const QString &instance)
{
    const QString prefix = instance + QChar(0x1f);
    m_detailSteps.removeIf([&prefix](const auto &it) { return it.key().startsWith(prefix); });
    emitAll(m_engine.forgetInstance(instance, m_clock()));
}

void AlertMonitor::observeProjects(const QString &instance, const QList<ProjectSummary> &projects)
{
    if (m_detailSteps.isEmpty())
        return emitAll(m_engine.observeProjects(instance, projects, m_clock()));
    QList<ProjectSummary> rows = projects;
    for (ProjectSummary &p : rows)
        if (p.steps.isEmpty())
            p.steps = m_detailSteps.value(instance + QChar(0x1f) + p.id);
    emitAll(m_engine.observeProjects(instance, rows, m_clock()));
}

void AlertMonitor::observeTables(const QString &instance, const QString &projectId, const QList<TableProgress> &tables)
{
    emitAll(m_engine.observeTables(instance, projectId, tables, m_clock()));
}

void AlertMonitor::observeDetail(const QString &instance, const ProjectDetail &detail)
{
    m_detailSteps.insert(instance + QChar(0x1f) + detail.projectId, detail.steps);
}

void AlertMonitor::observeFailure(const QString &instance, const ApiError &error)
{
    emitAll(m_engine.observeFailure(instance, error, m_clock()));
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
