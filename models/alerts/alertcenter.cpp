// SPDX-License-Identifier: MIT
#include "alertcenter.h"

#include "alertlogmodel.h"
#include "desktopnotifier.h"
#include "historystore.h"
#include "instancesession.h"

#include <QDateTime>

namespace omsdash {

namespace {
constexpr qint64 LogDays = 7;
} // namespace

AlertCenter::AlertCenter(const AlertSettings &settings, HistoryStore *store, AlertMonitor::Clock clock, QObject *parent)
    : QObject(parent)
    , m_monitor(settings, clock)
    , m_log(new AlertLogModel(this))
    , m_clock(clock ? std::move(clock) : AlertMonitor::Clock([] { return QDateTime::currentMSecsSinceEpoch(); }))
{
    m_monitor.setStore(store);
    if (store && store->isOpen()) {
        const qint64 now = m_clock();
        m_log->setEntries(store->alertLog(now - LogDays * 86'400'000, now));
    }
    connect(&m_monitor, &AlertMonitor::alertEvent, this, [this](const AlertEvent &e) {
        m_log->append(AlertLogModel::entryOf(e));
        refreshStates();
        emit alertEvent(e);
    });
    connect(&m_monitor, &AlertMonitor::alertNote, this,
            [this](const QString &kind, const Alert &a, qint64 timeMs, const QString &message) {
                AlertLogEntry e = AlertLogModel::entryOf({AlertEvent::Kind::Raised, a, false});
                e.kind = kind;
                e.timeMs = timeMs;
                e.message = message;
                m_log->append(e);
            });
    connect(&m_monitor, &AlertMonitor::alertsChanged, this, &AlertCenter::refreshStates);
    refreshStates(); // alerts restored from the store
}

AlertCenter::~AlertCenter() = default;

void AlertCenter::watch(InstanceSession *session)
{
    m_monitor.watch(session->name(), session->poller());
    connect(session, &InstanceSession::backgroundDetail, &m_monitor,
            [this, name = session->name()](const ProjectDetail &detail) { m_monitor.observeDetail(name, detail); });
    connect(session, &InstanceSession::backgroundTables, &m_monitor,
            [this, name = session->name()](const QString &projectId, const QList<TableProgress> &tables) {
                m_monitor.observeTables(name, projectId, tables);
            });
    m_consoles.insert(session->name(), session->config().baseUrl);
    if (m_dispatcher)
        m_dispatcher->setGeneratorUrls(m_consoles);
}

void AlertCenter::setSessions(const QList<InstanceSession *> &sessions)
{
    QSet<QString> names;
    for (const InstanceSession *s : sessions)
        names.insert(s->name());
    const QList<QString> watched = m_consoles.keys();
    for (const QString &name : watched) {
        if (!names.contains(name)) {
            m_monitor.forget(name);
            m_consoles.remove(name);
        }
    }
    for (InstanceSession *s : sessions)
        watch(s);
}

void AlertCenter::setDesktopNotifications(bool enabled)
{
    if (enabled == (m_notifier != nullptr))
        return;
    if (!enabled) {
        delete m_notifier;
        m_notifier = nullptr;
        return;
    }
    m_notifier = new DesktopNotifier(this);
    connect(this, &AlertCenter::alertEvent, m_notifier, &DesktopNotifier::notify);
    connect(m_notifier, &DesktopNotifier::activated, this, &AlertCenter::openRequested);
}

void AlertCenter::setWebhooks(const QList<WebhookDestination> &destinations, HttpTransport *transport)
{
    if (!m_dispatcher) {
        m_dispatcher = new AlertDispatcher(transport, m_clock, this);
        m_dispatcher->setGeneratorUrls(m_consoles);
        connect(this, &AlertCenter::alertEvent, m_dispatcher, &AlertDispatcher::dispatch);
        connect(m_dispatcher, &AlertDispatcher::deliveryFailed, &m_monitor, &AlertMonitor::logDeliveryFailure);
        m_dispatcher->setFiring(m_monitor.engine().active()); // restored from the log: Alertmanager hears of them
    }
    m_dispatcher->setDestinations(destinations);
}

void AlertCenter::setSettings(const AlertSettings &settings)
{
    m_monitor.engine().setSettings(settings);
}

bool AlertCenter::acknowledge(const QString &key)
{
    return m_monitor.acknowledge(key);
}

void AlertCenter::silence(const QString &instance, const QString &projectId, std::optional<AlertRule> rule, qint64 forMs)
{
    m_monitor.silence({instance, projectId, rule, m_clock() + forMs});
}

QString AlertCenter::summary() const
{
    if (m_attention > 0)
        return tr("Alerts needing attention: %1 (worst %2)").arg(m_attention).arg(alarmLevelText(m_worst));
    if (m_firing > 0)
        return tr("Alerts firing: %1, all acknowledged or silenced").arg(m_firing);
    return {};
}

void AlertCenter::refreshStates()
{
    const qint64 now = m_clock();
    const QList<AlertSilence> &silences = m_monitor.engine().silences();
    QHash<QString, AlertState> states;
    int attention = 0;
    int firing = 0;
    int worstRank = 0;
    QString worst;
    for (const Alert &a : m_monitor.engine().active()) {
        AlertState s = AlertState::Pending;
        if (a.state == Alert::State::Firing) {
            ++firing;
            const bool silenced = std::any_of(silences.cbegin(), silences.cend(),
                                              [&](const AlertSilence &x) { return x.matches(a, now); });
            // Inhibited: its project's failure already says it.
            s = a.acknowledged              ? AlertState::Acknowledged
                : silenced || a.inhibited ? AlertState::Silenced
                                          : AlertState::Firing;
            if (s == AlertState::Firing) {
                ++attention;
                if (alarmLevelRank(a.severity) > worstRank) {
                    worstRank = alarmLevelRank(a.severity);
                    worst = a.severity;
                }
            }
        }
        states.insert(a.key, s);
    }
    m_log->setStates(states);
    if (attention == m_attention && firing == m_firing && worst == m_worst)
        return;
    m_attention = attention;
    m_firing = firing;
    m_worst = worst;
    emit summaryChanged();
}

} // namespace omsdash
