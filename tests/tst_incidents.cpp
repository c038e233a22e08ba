// SPDX-License-Identifier: MIT
// The simulator's scripted incidents drive the alert rules end to end: the demo fleet with its
// scenarios frozen at chosen simulated times, the real clients and pollers over loopback HTTP,
// and an AlertMonitor whose clock the test holds. A project fails and resumes, an OMS 3.3 sync
// lags and recovers, an instance goes down and comes back.
#include "alertmonitor.h"
#include "fleet.h"
#include "httptransport.h"
#include "instanceprofiles.h"
#include "instancepoller.h"
#include "instancesession.h"

#include <QSignalSpy>
#include <QTest>

using namespace omsdash;

class TestIncidents : public QObject
{
    Q_OBJECT

    sim::Fleet m_fleet;
    HttpTransport m_transport;
    QList<InstanceSession *> m_sessions;
    qint64 m_now = 1'790'000'000'000;
    std::unique_ptr<AlertMonitor> m_monitor;
    QStringList m_events; ///< "raised projectFailed np_7b2d3f", ...

    /// Every simulator @p t simulated seconds after it started (the incidents' clock); then one
    /// list poll of each instance. The servers' "now" is the wall clock's: the clients measure
    /// OMS 3.3 latency against theirs.
    void pollAt(double t)
    {
        for (const sim::Fleet::Member &m : m_fleet.members())
            m.server->scenario().freeze(sim::Scenario::StartSeconds + t, QDateTime::currentDateTimeUtc());
        std::vector<std::unique_ptr<QSignalSpy>> answers;
        for (InstanceSession *s : std::as_const(m_sessions)) {
            answers.push_back(std::make_unique<QSignalSpy>(s->poller(), &InstancePoller::projectsReceived));
            answers.push_back(std::make_unique<QSignalSpy>(s->poller(), &InstancePoller::pollFailed));
            s->poller()->refreshNow();
        }
        for (size_t i = 0; i < answers.size(); i += 2)
            QTRY_VERIFY_WITH_TIMEOUT(answers.at(i)->size() + answers.at(i + 1)->size() > 0, 10000);
    }

    bool saw(const QString &event) const { return m_events.contains(event); }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fleet.start(1.0, 3600, &error, sim::Scenario::demoIncidents()), qPrintable(error));
        const auto parsed = profiles::fromJson(m_fleet.profilesJson());
        QVERIFY(parsed.ok());
        m_monitor = std::make_unique<AlertMonitor>(AlertSettings{}, [this] { return m_now; });
        connect(m_monitor.get(), &AlertMonitor::alertEvent, this, [this](const AlertEvent &e) {
            m_events << QStringLiteral("%1 %2 %3").arg(alertEventKindName(e.kind), alertRuleName(e.alert.rule),
                                                      e.alert.projectId.isEmpty() ? e.alert.instance : e.alert.projectId);
        });
        for (int i = 0; i < 3; ++i) { // the three OMS instances
            InstanceConfig cfg = parsed.value.at(i).toConfig();
            setSecret(cfg, m_fleet.members().at(i).password);
            cfg.projectsIntervalMs = 3'600'000; // the test polls
            auto *s = new InstanceSession(cfg, &m_transport, this);
            s->setOnScreen(false);
            m_monitor->watch(s->name(), s->poller());
            m_sessions << s;
        }
        for (InstanceSession *s : std::as_const(m_sessions))
            s->start();
        pollAt(30);
        QTRY_VERIFY(saw(QStringLiteral("raised projectFailed np_7d4f5b"))); // failed from the start
    }

    void cleanupTestCase()
    {
        qDeleteAll(m_sessions);
    }

    void projectFailsAndResumes()
    {
        m_now += 60'000;
        pollAt(100);
        QTRY_VERIFY(saw(QStringLiteral("raised projectFailed np_7b2d3f")));
        QVERIFY(saw(QStringLiteral("raised stepFailed np_7b2d3f")));
        QVERIFY(saw(QStringLiteral("raised serverAlarm np_7b2d3f")));
        const auto step = m_monitor->engine().active();
        QVERIFY(std::any_of(step.cbegin(), step.cend(), [](const Alert &a) {
            return a.rule == AlertRule::StepFailed && a.step == QLatin1String("FULL_TRANSFER")
                && a.message.contains(QLatin1String("FULL-TRANSFER-1062"));
        }));
    }

    void syncLagsOverTheHighThreshold()
    {
        QVERIFY(!saw(QStringLiteral("raised latency p_3a1b2c")));
        m_now += 40'000; // latency over 60 s for longer than the 30 s it must last
        pollAt(140);
        QTRY_VERIFY(saw(QStringLiteral("raised latency p_3a1b2c")));
    }

    void instanceGoesDownAndComesBack()
    {
        for (int i = 0; i < 3; ++i) { // three failed polls in a row
            m_now += 10'000;
            pollAt(160 + i);
        }
        QTRY_VERIFY(saw(QStringLiteral("raised instanceDown oms-staging https (demo)")));
    }

    void everythingResolves()
    {
        m_now += 300'000;
        pollAt(400);
        QTRY_VERIFY(saw(QStringLiteral("resolved instanceDown oms-staging https (demo)")));
        QVERIFY(saw(QStringLiteral("resolved projectFailed np_7b2d3f")));
        QVERIFY(saw(QStringLiteral("resolved stepFailed np_7b2d3f")));
        QVERIFY(saw(QStringLiteral("resolved latency p_3a1b2c")));
        QVERIFY(!saw(QStringLiteral("resolved projectFailed np_7d4f5b"))); // that one stays FAILED
    }
};

QTEST_GUILESS_MAIN(TestIncidents)
#include "tst_incidents.moc"
