// SPDX-License-Identifier: MIT
// Refresh, pause and resume over a simulated instance: a paused window asks the server
// nothing, resuming polls at once, and the countdown says when the next poll is due.
#include "httptransport.h"
#include "instancepoller.h"
#include "instancesession.h"
#include "pollingcontrol.h"
#include "simulatedinstance.h"
#include "simulatorserver.h"

#include <QSignalSpy>
#include <QTest>

using namespace omsdash;
using sim::Scenario;
using sim::SimulatorServer;

namespace {

/// An OMS 4 instance on @p server, polled once a minute unless asked.
InstanceConfig configOf(const SimulatorServer &server)
{
    InstanceConfig cfg = simulatedOms4(server);
    cfg.projectsIntervalMs = cfg.detailIntervalMs = cfg.tablesIntervalMs = 60000;
    return cfg;
}

} // namespace

class TestPollingControl : public QObject
{
    Q_OBJECT

private slots:
    void pauseRefreshResume()
    {
        SimulatorServer server(Scenario::Slice::OmsPrimary);
        QVERIFY(server.listen());
        InstanceConfig cfg = configOf(server);
        HttpTransport transport;
        InstanceSession session(cfg, &transport);
        PollingControl polling;
        polling.setSessions({&session});
        QCOMPARE(polling.secondsToNextPoll(), -1); // nothing started
        polling.start();
        QTRY_VERIFY_WITH_TIMEOUT(session.hasProjects(), 10000);
        // The list poll is due again within its interval (sooner than any backed-off channel).
        QTRY_VERIFY(polling.secondsToNextPoll() > 0 && polling.secondsToNextPoll() <= 60);
        const int listed = server.requestCount(QStringLiteral("ListProjects"));
        QVERIFY(listed >= 1);

        // Refresh: one more list poll now, not in a minute.
        polling.refreshNow();
        QTRY_COMPARE(server.requestCount(QStringLiteral("ListProjects")), listed + 1);

        QSignalSpy paused(&polling, &PollingControl::pausedChanged);
        polling.setPaused(true);
        QCOMPARE(paused.count(), 1);
        QVERIFY(polling.isPaused());
        QVERIFY(!session.poller()->isRunning());
        QCOMPARE(polling.secondsToNextPoll(), -1);
        const auto idle = [&session] {
            for (const auto channel : {InstancePoller::Channel::Projects, InstancePoller::Channel::Detail,
                                       InstancePoller::Channel::Tables}) {
                if (session.poller()->isInFlight(channel))
                    return false;
            }
            return true;
        };
        QTRY_VERIFY(idle()); // what was asked before the pause has come back
        polling.refreshNow(); // asks nothing while paused
        polling.start();      // nor does a start (new sessions after an edit)
        QVERIFY(!session.poller()->isRunning());
        // Nothing was sent: a poll marks its channel in flight before the request leaves.
        QVERIFY(idle());

        polling.setPaused(false);
        QCOMPARE(paused.count(), 2);
        QVERIFY(session.poller()->isRunning());
        QTRY_COMPARE(server.requestCount(QStringLiteral("ListProjects")), listed + 2); // at once
    }

    void aRefusedSecretIsAskedForOnceThenReplaced()
    {
        SimulatorServer server(Scenario::Slice::OmsPrimary);
        QVERIFY(server.listen());
        InstanceConfig cfg = configOf(server);
        cfg.password = QStringLiteral("wrong");
        HttpTransport transport;
        InstanceSession session(cfg, &transport);
        QSignalSpy refused(&session, &InstanceSession::secretRefused);
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, 10000);
        QCOMPARE(refused.first().first().value<ApiError>().kind, ApiError::Kind::Auth);
        session.poller()->refreshNow(); // refused again: not asked twice for one refusal
        QTRY_VERIFY(!session.poller()->isInFlight(InstancePoller::Channel::Projects));
        QCOMPARE(refused.count(), 1);
        QVERIFY(!session.hasProjects());

        session.setSecret(server.password()); // polls at once with it
        QCOMPARE(session.config().password, server.password());
        QTRY_VERIFY_WITH_TIMEOUT(session.hasProjects(), 10000);
        QCOMPARE(refused.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPollingControl)
#include "tst_pollingcontrol.moc"
