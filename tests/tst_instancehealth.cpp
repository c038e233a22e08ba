// SPDX-License-Identifier: MIT
// InstanceHealth and the status sentences, without a window: the state from each mix of
// success and failure, the words of each state, and a session against the simulator on
// loopback going from connecting to answering to failing (stale, the error kept) and back.
#include "englishplurals.h"
#include "format.h"
#include "httptransport.h"
#include "instancepoller.h"
#include "instancesession.h"
#include "projectlistmodel.h"
#include "simulatedinstance.h"
#include "simulatorserver.h"
#include "statustext.h"

#include <QSignalSpy>
#include <QTest>

using namespace omsdash;
using sim::Scenario;
using sim::SimulatorServer;

namespace {
const QDateTime T0 = QDateTime::fromSecsSinceEpoch(1790000000, Qt::UTC);

ApiError networkError()
{
    ApiError e;
    e.kind = ApiError::Kind::Network;
    e.message = QStringLiteral("Connection refused");
    return e;
}
} // namespace

class TestInstanceHealth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(installEnglishPlurals());
    }

    void state_data()
    {
        QTest::addColumn<int>("successAt"); // seconds after T0; -1 never
        QTest::addColumn<int>("errorAt");
        QTest::addColumn<bool>("reachable");
        QTest::addColumn<int>("state");
        using S = InstanceHealth::State;
        QTest::newRow("nothing yet") << -1 << -1 << false << int(S::Unknown);
        QTest::newRow("answered") << 0 << -1 << true << int(S::Up);
        QTest::newRow("recovered") << 10 << 5 << true << int(S::Up);
        QTest::newRow("never answered") << -1 << 5 << false << int(S::Down);
        QTest::newRow("went down") << 5 << 10 << false << int(S::Down);
        QTest::newRow("answers errors") << 5 << 10 << true << int(S::Failing);
        QTest::newRow("errors from the start") << -1 << 5 << true << int(S::Failing);
    }

    void state()
    {
        QFETCH(int, successAt);
        QFETCH(int, errorAt);
        QFETCH(bool, reachable);
        QFETCH(int, state);
        InstanceHealth h;
        if (successAt >= 0)
            h.lastSuccess = T0.addSecs(successAt);
        if (errorAt >= 0) {
            h.lastErrorTime = T0.addSecs(errorAt);
            h.lastError = networkError();
        }
        h.reachable = reachable;
        QCOMPARE(int(h.state()), state);
    }

    void words()
    {
        InstanceHealth h;
        QCOMPARE(statustext::health(h), QStringLiteral("No answer yet"));
        h.lastSuccess = T0;
        h.responseMs = 42;
        h.reachable = true;
        QCOMPARE(statustext::health(h),
                 QStringLiteral("Reachable · last success %1 · API 42 ms").arg(fmt::localTime(T0)));
        h.warnings = {QStringLiteral("stopped at 30,000 projects")};
        QVERIFY(statustext::health(h).endsWith(QStringLiteral("\n⚠ stopped at 30,000 projects")));
        h.warnings.clear();
        h.lastErrorTime = T0.addSecs(30);
        h.lastError = networkError();
        h.reachable = false;
        const QString down = statustext::health(h);
        QVERIFY2(down.startsWith(QStringLiteral("Unreachable since %1: ").arg(fmt::localTime(T0.addSecs(30)))),
                 qPrintable(down));
        QVERIFY(down.contains(QLatin1String("Connection refused")));
        QVERIFY(down.endsWith(QStringLiteral("(last success %1)").arg(fmt::localTime(T0))));
        h.reachable = true;
        QVERIFY(statustext::health(h).startsWith(QLatin1String("Answering with errors since")));
    }

    void sessionFromConnectingToStaleAndBack()
    {
        SimulatorServer server(Scenario::Slice::OmsPrimary);
        QVERIFY(server.listen());
        InstanceConfig cfg = simulatedOms4(server, QStringLiteral("oms-sim"));
        cfg.projectsIntervalMs = cfg.detailIntervalMs = cfg.tablesIntervalMs = 60000;
        HttpTransport transport;
        InstanceSession session(cfg, &transport);
        const QList<InstanceSession *> all{&session};

        QCOMPARE(statustext::instance(session), QStringLiteral("oms-sim · connecting to %1…").arg(cfg.baseUrl.toString()));
        QCOMPARE(statustext::overview(all, 0), QStringLiteral("All instances: 0 of 1 answering · 0 projects"));
        QVERIFY(statustext::lastError(session).isEmpty());
        QVERIFY(statustext::instanceTip(session).contains(QLatin1String("No answer yet")));
        QVERIFY(statustext::instanceTip(session).startsWith(cfg.baseUrl.toString() + QLatin1Char('\n')));
        // Plain http to loopback is no password over the network; to another host it is.
        QVERIFY(!statustext::instanceTip(session).contains(QLatin1String("plain http://")));
        InstanceConfig remote = cfg;
        remote.baseUrl = QUrl(QStringLiteral("http://oms-prod.example:8089"));
        InstanceSession elsewhere(remote, &transport);
        QVERIFY(statustext::instanceTip(elsewhere).contains(QLatin1String("plain http://")));

        QSignalSpy lists(&session, &InstanceSession::projectsUpdated);
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(lists.count(), 1, 10000);
        QCOMPARE(session.health().state(), InstanceHealth::State::Up);
        const QString up = statustext::instance(session);
        QVERIFY2(up.startsWith(QStringLiteral("oms-sim · last successful poll ")), qPrintable(up));
        QVERIFY2(up.endsWith(QStringLiteral(" ms · 8 projects")), qPrintable(up));
        QCOMPARE(statustext::overview(all, 8), QStringLiteral("All instances: 1 of 1 answering · 8 projects"));

        // The server breaks: the list is kept, marked stale, and the error is said.
        server.setFault(SimulatorServer::Fault::ServerError);
        QSignalSpy errors(&session, &InstanceSession::errorOccurred);
        session.poller()->refreshNow();
        QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), 10000);
        QCOMPARE(session.health().state(), InstanceHealth::State::Failing); // it answered, with 502
        QVERIFY(statustext::instance(session).endsWith(QStringLiteral(" · stale")));
        QCOMPARE(session.projects()->rowCount(), 8);
        QCOMPARE(statustext::overview(all, 8), QStringLiteral("All instances: 0 of 1 answering · 8 projects"));
        QVERIFY2(statustext::lastError(session).contains(QLatin1String("502")), qPrintable(statustext::lastError(session)));

        server.setFault(SimulatorServer::Fault::None);
        const int before = int(lists.count()); // a failed list poll says so too (stale rows)
        session.poller()->refreshNow();
        QTRY_COMPARE_WITH_TIMEOUT(lists.count(), before + 1, 10000);
        QCOMPARE(session.health().state(), InstanceHealth::State::Up);
        QVERIFY(!statustext::instance(session).contains(QLatin1String("stale")));
        QVERIFY(!statustext::lastError(session).isEmpty()); // kept, with its time, after recovery
    }
};

QTEST_MAIN(TestInstanceHealth)
#include "tst_instancehealth.moc"
