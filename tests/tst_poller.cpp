// SPDX-License-Identifier: MIT
// The clients and the poller against the simulator over loopback HTTP: list, detail,
// paging, per-table progress, auth failures, and servers that fail, hang or misbehave.
#include "historystore.h"
#include "instancepoller.h"
#include "alertcenter.h"
#include "componentlistmodel.h"
#include "omsclient.h"
#include "instancesession.h"
#include "metrichistory.h"
#include "projectlistmodel.h"
#include "simulatorserver.h"
#include "steplistmodel.h"
#include "tableprogressmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace omsdash;
using sim::Scenario;
using sim::SimulatorServer;

namespace {
constexpr int Wait = 10000;

InstanceConfig configFor(const SimulatorServer &server, ApiKind api)
{
    InstanceConfig cfg;
    cfg.name = QStringLiteral("test");
    cfg.api = api;
    cfg.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port()));
    cfg.user = server.user();
    cfg.password = server.password();
    cfg.authToken = server.token();
    cfg.timeoutMs = 3000;
    cfg.detailIntervalMs = 60000; // tests trigger polls themselves
    cfg.projectsIntervalMs = 60000;
    cfg.tablesIntervalMs = 60000;
    return cfg;
}
/// The values of @p metric of @p project stored in @p store between @p from and @p to (UTC ms),
/// waited for; empty when the store did not answer in time.
QList<HistoryValue> stored(HistoryStore &store, const QString &instance, const QString &project, const QString &metric,
                           qint64 from, qint64 to)
{
    std::optional<QHash<QString, QList<HistoryValue>>> values;
    store.query(instance, project, {metric}, from, to,
                [&values](const QHash<QString, QList<HistoryValue>> &v) { values = v; });
    if (!QTest::qWaitFor([&values] { return values.has_value(); }, Wait))
        qWarning("no answer from the history store");
    return values.value_or(QHash<QString, QList<HistoryValue>>{}).value(metric);
}

/// A DRS instance of @p server watching its migration job.
InstanceConfig drsJobConfigFor(const SimulatorServer &server)
{
    InstanceConfig cfg = configFor(server, ApiKind::Drs);
    cfg.drsProjectId = server.drsProjectId();
    cfg.projectIds = {server.scenario().drsJobId()};
    return cfg;
}

/// A DRS instance of @p server that logs in with IAM instead of a given token.
InstanceConfig iamConfigFor(const SimulatorServer &server)
{
    InstanceConfig cfg = configFor(server, ApiKind::Drs);
    cfg.authToken.clear();
    cfg.iamEndpoint = cfg.baseUrl;
    cfg.drsDomain = server.iamDomain();
    cfg.user = server.iamUser();
    cfg.projectIds = {server.scenario().drsJobId()};
    return cfg;
}
} // namespace

class TestPoller : public QObject
{
    Q_OBJECT

private slots:
    /// Every poll lands in the history store, and a later session (a restart) starts its
    /// charts with it.
    void historyIsRecordedAndSurvivesARestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        SimulatorServer server(Scenario::Slice::OmsPrimary);
        QVERIFY(server.listen());
        HttpTransport transport;
        const QString project = QStringLiteral("np_7a1c2e"); // full migration running
        QList<MetricSample> seen;
        // A clock a millisecond on at each reading: every sample at a time of its own.
        QDateTime clock = QDateTime::currentDateTimeUtc();
        {
            HistoryStore store;
            QVERIFY(store.open(path, nullptr));
            InstanceSession session(configFor(server, ApiKind::Oms4), &transport);
            session.setHistoryStore(&store);
            session.setClock([&clock] { return clock = clock.addMSecs(1); });
            QSignalSpy backfilled(&session, &InstanceSession::backfillFinished);
            const qint64 started = clock.toMSecsSinceEpoch();
            session.start();
            session.selectProject(project);
            QTRY_VERIFY_WITH_TIMEOUT(session.hasDetail(), Wait);
            // The first detail asks the server for its history of the step (the simulator
            // keeps 90 minutes of it): the charts then reach back before this session.
            QTRY_COMPARE_WITH_TIMEOUT(backfilled.size(), 1, Wait);
            QVERIFY2(backfilled.first().at(2).toString().isEmpty(), qPrintable(backfilled.first().at(2).toString()));
            QVERIFY(backfilled.first().at(1).toInt() > 0);
            QCOMPARE(server.requestCount(QStringLiteral("DescribeProjectStepMetric")), 5); // FULL_TRANSFER's metrics
            QTRY_VERIFY_WITH_TIMEOUT(session.history()->samples(project).first().timeMs < started - 30 * 60 * 1000, Wait);
            const int withBackfill = int(session.history()->samples(project).size());
            clock = clock.addSecs(5); // the next round, five seconds on
            session.poller()->refreshNow();
            // Two new samples, the list's and the detail's, in either order; both before the
            // snapshot below, or the store holds one more than it.
            QTRY_COMPARE_WITH_TIMEOUT(session.history()->samples(project).size(), withBackfill + 2, Wait);
            QCOMPARE(backfilled.size(), 1); // once per selection
            store.flush();
            QVERIFY(store.rawCount() > 0);
            // The server's points never sit next to our own: none within 2.5 minutes of a poll.
            const QList<HistoryValue> values =
                stored(store, session.name(), project, QStringLiteral("dstRps"), started - 86400000LL, started + 3600000);
            int fromServer = 0;
            for (const HistoryValue &v : values) {
                if (v.origin != HistoryPoint::Origin::Server)
                    continue;
                ++fromServer;
                for (const HistoryValue &own : values)
                    QVERIFY(own.origin == HistoryPoint::Origin::Server || std::abs(own.timeMs - v.timeMs) > 150000);
            }
            QVERIFY(fromServer > 0);
            seen = session.history()->samples(project);
            QVERIFY(seen.last().dstRps && seen.last().fullProcessed && seen.last().fullCapacity);
            // The list poll recorded every project, the selected one or not.
            const qint64 now = clock.toMSecsSinceEpoch();
            QVERIFY(!stored(store, session.name(), QStringLiteral("np_7b2d3f"), QStringLiteral("fullProgress"), now - 60000,
                            now)
                         .isEmpty());
        }

        HistoryStore store;
        QVERIFY(store.open(path, nullptr));
        InstanceSession later(configFor(server, ApiKind::Oms4), &transport);
        later.setClock([&clock] { return clock = clock.addMSecs(1); }); // the app restarted, later
        later.setHistoryStore(&store);
        later.selectProject(project); // not started: nothing is polled, all comes from the store
        QTRY_COMPARE_WITH_TIMEOUT(later.history()->samples(project).size(), seen.size(), Wait);
        const QList<MetricSample> back = later.history()->samples(project);
        for (int i = 0; i < seen.size(); ++i) {
            QCOMPARE(back.at(i).timeMs, seen.at(i).timeMs);
            QCOMPARE(back.at(i).dstRps, seen.at(i).dstRps);
            QCOMPARE(back.at(i).srcRtRef, seen.at(i).srcRtRef);
            QCOMPARE(back.at(i).fullProcessed, seen.at(i).fullProcessed);
        }
    }

    /// A server that lists projects without their steps: each running project's progress and
    /// steps are fetched in the background, once per watch interval, and recorded; the
    /// selected project on screen is not asked twice.
    void rowsWithoutStepsAreCollectedInTheBackground()
    {
        QTemporaryDir dir;
        SimulatorServer server(Scenario::Slice::OmsPrimary);
        server.scenario().setListWithoutSteps(true);
        QVERIFY(server.listen());
        HttpTransport transport;
        HistoryStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("h.sqlite")), nullptr));
        InstanceSession session(configFor(server, ApiKind::Oms4), &transport);
        session.setHistoryStore(&store);
        QSignalSpy collected(&session, &InstanceSession::backgroundDetail);
        session.start(); // not on screen: nothing is selected for the detail channel
        // Running in the simulator's oms-prod: np_7a1c2e, np_7b2d3f, np_7c3e4a, np_8a7c8e.
        QTRY_COMPARE_WITH_TIMEOUT(collected.size(), 4, Wait);
        QCOMPARE(server.requestCount(QStringLiteral("DescribeProjectSteps")), 4);
        QSet<QString> ids;
        for (const QList<QVariant> &args : collected)
            ids.insert(args.at(0).value<ProjectDetail>().projectId);
        QCOMPARE(ids, (QSet<QString>{QStringLiteral("np_7a1c2e"), QStringLiteral("np_7b2d3f"), QStringLiteral("np_7c3e4a"),
                                     QStringLiteral("np_8a7c8e")}));
        // Within the interval, the next list poll asks for no detail.
        QSignalSpy listed(&session, &InstanceSession::projectsUpdated);
        session.poller()->refreshNow();
        QTRY_VERIFY_WITH_TIMEOUT(!listed.isEmpty(), Wait);
        QCOMPARE(server.requestCount(QStringLiteral("DescribeProjectSteps")), 4);
        // What they said is in the store, with the rates the list lacked.
        store.flush();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(!stored(store, session.name(), QStringLiteral("np_7b2d3f"), QStringLiteral("dstRps"), now - 60000, now)
                     .isEmpty());
    }

    /// Verification results of projects not on screen are collected too, and reach the
    /// alert rules: the verifying project's inconsistent tables raise their alert unseen.
    void verificationResultsAreCollectedInTheBackground()
    {
        QTemporaryDir dir;
        SimulatorServer server(Scenario::Slice::OmsPrimary);
        QVERIFY(server.listen());
        HttpTransport transport;
        HistoryStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("h.sqlite")), nullptr));
        InstanceSession session(configFor(server, ApiKind::Oms4), &transport);
        session.setHistoryStore(&store);
        AlertCenter alerts({}, nullptr);
        alerts.watch(&session);
        QSignalSpy tables(&session, &InstanceSession::backgroundTables);
        QSignalSpy events(&alerts, &AlertCenter::alertEvent);
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(tables.cbegin(), tables.cend(), [](const QList<QVariant> &args) {
                                     return args.at(0).toString() == QStringLiteral("np_8a7c8e");
                                 }),
                                 Wait);
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(events.cbegin(), events.cend(), [](const QList<QVariant> &args) {
                                     const Alert a = args.at(0).value<AlertEvent>().alert;
                                     return a.rule == AlertRule::VerificationInconsistent
                                         && a.projectId == QStringLiteral("np_8a7c8e");
                                 }),
                                 Wait);
        QVERIFY(session.selectedProject().isEmpty()); // nobody looked at it
        // Within the interval, the next list poll asks for no more results.
        const int asked = server.requestCount(QStringLiteral("ListProjectFullVerifyResult"));
        QSignalSpy listed(&session, &InstanceSession::projectsUpdated);
        session.poller()->refreshNow();
        QTRY_VERIFY_WITH_TIMEOUT(!listed.isEmpty(), Wait);
        QCOMPARE(server.requestCount(QStringLiteral("ListProjectFullVerifyResult")), asked);
    }

    /// A server that lists without steps: once a project's background detail says its verifier
    /// runs, the next list poll collects its verification results too.
    void verificationOfRowsListedWithoutSteps()
    {
        QTemporaryDir dir;
        SimulatorServer server(Scenario::Slice::OmsPrimary);
        server.scenario().setListWithoutSteps(true);
        QVERIFY(server.listen());
        HttpTransport transport;
        HistoryStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("h.sqlite")), nullptr));
        InstanceSession session(configFor(server, ApiKind::Oms4), &transport);
        session.setHistoryStore(&store);
        QSignalSpy details(&session, &InstanceSession::backgroundDetail);
        QSignalSpy tables(&session, &InstanceSession::backgroundTables);
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(details.size(), 4, Wait);
        QCOMPARE(server.requestCount(QStringLiteral("ListProjectFullVerifyResult")), 0); // no steps: nothing known yet
        session.poller()->refreshNow();
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(tables.cbegin(), tables.cend(), [](const QList<QVariant> &args) {
                                     return args.at(0).toString() == QStringLiteral("np_8a7c8e");
                                 }),
                                 Wait);
        QVERIFY(session.selectedProject().isEmpty());
    }

    void oms4ListDetailAndTables()
    {
        SimulatorServer server(Scenario::Slice::OmsPrimary);
        QVERIFY(server.listen());
        HttpTransport transport;
        InstanceSession session(configFor(server, ApiKind::Oms4), &transport);
        QAbstractItemModelTester t1(session.projects(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(session.steps(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(session.tables(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(session.projects()->rowCount(), 8, Wait);
        const int failedRow = session.projects()->rowOf(QStringLiteral("np_7d4f5b"));
        QCOMPARE(session.projects()->index(failedRow, ProjectListModel::StatusColumn).data().toString(), QStringLiteral("FAILED"));
        QCOMPARE(session.projects()->index(failedRow, ProjectListModel::CurrentStepColumn).data().toString(),
                 QStringLiteral("STRUCT_TRANSFER"));

        session.selectProject(QStringLiteral("np_8a7c8e")); // verification running, 320 tables
        QTRY_VERIFY_WITH_TIMEOUT(session.hasDetail(), Wait);
        QCOMPARE(session.steps()->rowCount(), 8);
        QCOMPARE(session.detail().progress.currentStep, QStringLiteral("FULL_VERIFIER"));
        QCOMPARE(session.steps()->currentStep(), QStringLiteral("FULL_VERIFIER"));
        QVERIFY(session.detail().serverDate.isValid()); // Date header for the skew check
        QCOMPARE(session.history()->samples(QStringLiteral("np_8a7c8e")).size(), 1);
        QVERIFY(session.history()->samples(QStringLiteral("np_8a7c8e")).first().srcRpsRef.has_value());
        QTRY_COMPARE_WITH_TIMEOUT(session.tables()->rowCount(), 320, Wait);
        QCOMPARE(server.requestCount(QStringLiteral("ListProjectFullVerifyResult")), 3); // 150 + 150 + 20
        QVERIFY(session.tables()->hasVerificationColumns());

        // A routine poll updates in place: no reset, rows stay.
        QSignalSpy reset(session.tables(), &QAbstractItemModel::modelReset);
        QSignalSpy detail(&session, &InstanceSession::detailUpdated);
        server.scenario().setSpeed(500); // let time move so values change
        session.poller()->refreshNow();
        QTRY_VERIFY_WITH_TIMEOUT(detail.count() >= 1, Wait);
        QTRY_COMPARE_WITH_TIMEOUT(server.requestCount(QStringLiteral("ListProjectFullVerifyResult")), 6, Wait);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(session.tables()->rowCount(), 320);
        // The detail's sample and the list's (refreshNow polls both), in either order.
        QTRY_COMPARE_WITH_TIMEOUT(session.history()->samples(QStringLiteral("np_8a7c8e")).size(), 3, Wait);
    }

    /// OMS 4's components come with the detail, in their own model; a server without
    /// DescribeProjectComponents is asked once, and its projects' panels stay hidden.
    void oms4Components()
    {
        SimulatorServer server(Scenario::Slice::OmsPrimary);
        QVERIFY(server.listen());
        HttpTransport transport;
        InstanceSession session(configFor(server, ApiKind::Oms4), &transport);
        QAbstractItemModelTester tester(session.components(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy availability(session.components(), &ComponentListModel::availabilityChanged);
        session.start();
        session.selectProject(QStringLiteral("np_8a7c8e")); // verifying: Store, Full-Import, Incr-Sync, verifier
        QTRY_VERIFY_WITH_TIMEOUT(session.components()->isAvailable(), Wait);
        QCOMPARE(availability.count(), 1);
        QCOMPARE(session.components()->rowCount(), 4);
        const auto rowOfKind = [&session](ProjectComponent::Kind kind) {
            for (int r = 0; r < session.components()->rowCount(); ++r) {
                if (session.components()->rowAt(r).kind == kind)
                    return r;
            }
            return -1;
        };
        const int incr = rowOfKind(ProjectComponent::Kind::IncrSync);
        QVERIFY(incr >= 0);
        QCOMPARE(session.components()->rowAt(incr).name, QStringLiteral("incr-sync-np_8a7c8e"));
        QCOMPARE(session.components()->index(incr, ComponentListModel::ComponentColumn).data().toString(),
                 QStringLiteral("Incr-Sync"));
        QVERIFY(session.components()->index(incr, ComponentListModel::DelayColumn).data(SortRole).isValid());
        QCOMPARE(session.components()->index(incr, ComponentListModel::StatusColumn).data(StatusRole).toString(),
                 QStringLiteral("RUNNING"));
        // Another project: emptied and hidden until its own detail comes.
        session.selectProject(QStringLiteral("np_7a1c2e"));
        QVERIFY(!session.components()->isAvailable());
        QCOMPARE(session.components()->rowCount(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(session.components()->isAvailable(), Wait);
        QCOMPARE(rowOfKind(ProjectComponent::Kind::IncrSync), -1); // in full migration: no Incr-Sync yet

        SimulatorServer older(Scenario::Slice::OmsPrimary);
        older.refuseRoute(QStringLiteral("DescribeProjectComponents"));
        QVERIFY(older.listen());
        InstanceSession without(configFor(older, ApiKind::Oms4), &transport);
        without.start();
        without.selectProject(QStringLiteral("np_8a7c8e"));
        for (int round = 0; round < Oms4Client::UnsupportedAfter + 2; ++round) {
            QSignalSpy details(&without, &InstanceSession::detailUpdated);
            without.poller()->refreshNow();
            QTRY_VERIFY_WITH_TIMEOUT(!details.isEmpty(), Wait);
        }
        QTRY_VERIFY_WITH_TIMEOUT(without.hasDetail(), Wait);
        QVERIFY(!without.detail().components.has_value());
        QVERIFY(!without.components()->isAvailable());
        // Refused a few times in a row (not once: a server may have a bad moment), then not asked.
        QCOMPARE(older.requestCount(QStringLiteral("DescribeProjectComponents")), Oms4Client::UnsupportedAfter);
        QVERIFY(!without.detail().steps.isEmpty()); // the rest of the detail as ever
        QVERIFY(without.poller()->health().warnings.isEmpty());
    }

    void listPagingAt150()
    {
        SimulatorServer server(Scenario::Slice::OmsPrimary);
        server.scenario().addFillerProjects(400);
        QVERIFY(server.listen());
        HttpTransport transport;
        InstanceSession session(configFor(server, ApiKind::Oms4), &transport);
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(session.projects()->rowCount(), 408, Wait);
        QCOMPARE(server.requestCount(QStringLiteral("ListProjects")), 3);
    }

    void hostileServerIgnoringPagingStops()
    {
        SimulatorServer server(Scenario::Slice::OmsPrimary);
        server.scenario().addFillerProjects(400);
        server.setFault(SimulatorServer::Fault::IgnorePaging);
        QVERIFY(server.listen());
        HttpTransport transport;
        InstanceSession session(configFor(server, ApiKind::Oms4), &transport);
        QSignalSpy lists(&session, &InstanceSession::projectsUpdated);
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(lists.count(), 1, Wait);
        QCOMPARE(session.projects()->rowCount(), 150);
        // The list is delivered once paging has stopped: page 2 brought nothing new, so no
        // page 3 was asked for (a client paging on would have sent up to MaxPages first).
        QCOMPARE(server.requestCount(QStringLiteral("ListProjects")), 2);
    }

    void authFailure_data()
    {
        QTest::addColumn<int>("api");
        QTest::newRow("oms4") << int(ApiKind::Oms4);
        QTest::newRow("oms3") << int(ApiKind::Oms3);
        QTest::newRow("drs") << int(ApiKind::Drs);
    }

    void authFailure()
    {
        QFETCH(int, api);
        SimulatorServer server(Scenario::Slice::All);
        QVERIFY(server.listen());
        HttpTransport transport;
        InstanceConfig cfg = configFor(server, ApiKind(api));
        cfg.password = QStringLiteral("wrong-password");
        cfg.authToken = QStringLiteral("expired");
        cfg.projectIds = ApiKind(api) == ApiKind::Drs ? QStringList{server.scenario().drsJobId()}
                                                      : QStringList{QStringLiteral("p_3a1b2c")};
        cfg.drsProjectId = server.drsProjectId();
        InstanceSession session(cfg, &transport);
        QSignalSpy errors(&session, &InstanceSession::errorOccurred);
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, Wait);
        const auto e = errors.first().first().value<ApiError>();
        QCOMPARE(e.kind, ApiError::Kind::Auth);
        QCOMPARE(e.httpStatus, 401);
        QVERIFY(!e.code.isEmpty());
        QCOMPARE(session.projects()->rowCount(), 0);
        QVERIFY(session.poller()->health().reachable); // the server answered; it said no
    }

    void failedPollKeepsLastGoodData_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<int>("kind");
        QTest::newRow("502 html") << int(SimulatorServer::Fault::ServerError) << int(ApiError::Kind::Http);
        QTest::newRow("truncated json") << int(SimulatorServer::Fault::MalformedBody) << int(ApiError::Kind::Malformed);
    }

    void failedPollKeepsLastGoodData()
    {
        QFETCH(int, fault);
        QFETCH(int, kind);
        SimulatorServer server(Scenario::Slice::OmsPrimary);
        QVERIFY(server.listen());
        HttpTransport transport;
        InstanceSession session(configFor(server, ApiKind::Oms4), &transport);
        session.start();
        session.selectProject(QStringLiteral("np_7a1c2e"));
        QTRY_COMPARE_WITH_TIMEOUT(session.projects()->rowCount(), 8, Wait);
        QTRY_VERIFY_WITH_TIMEOUT(session.hasDetail(), Wait);

        server.setFault(SimulatorServer::Fault(fault));
        QSignalSpy errors(&session, &InstanceSession::errorOccurred);
        session.poller()->refreshNow();
        QTRY_VERIFY_WITH_TIMEOUT(errors.count() >= 2, Wait); // list and detail
        QCOMPARE(int(errors.first().first().value<ApiError>().kind), kind);
        QCOMPARE(session.projects()->rowCount(), 8);
        QVERIFY(session.projects()->isStale());
        QVERIFY(session.isDetailStale());
        QCOMPARE(session.steps()->rowCount(), 8);
        QVERIFY(session.steps()->index(0, 0).data(StaleRole).toBool());
        QVERIFY(session.lastError().isError());

        server.setFault(SimulatorServer::Fault::None);
        session.poller()->refreshNow();
        QTRY_VERIFY_WITH_TIMEOUT(!session.projects()->isStale(), Wait);
        QTRY_VERIFY_WITH_TIMEOUT(!session.isDetailStale(), Wait);
    }

    void hangTimesOutAndNeverStacks()
    {
        SimulatorServer server(Scenario::Slice::OmsPrimary);
        server.setFault(SimulatorServer::Fault::Hang);
        QVERIFY(server.listen());
        HttpTransport transport;
        InstanceConfig cfg = configFor(server, ApiKind::Oms4);
        cfg.timeoutMs = 400;
        InstanceSession session(cfg, &transport);
        QSignalSpy errors(&session, &InstanceSession::errorOccurred);
        session.start();
        for (int i = 0; i < 5; ++i)
            session.poller()->refreshNow(); // a DBA hammering F5
        QVERIFY(session.poller()->isInFlight(InstancePoller::Channel::Projects));
        QTRY_VERIFY_WITH_TIMEOUT(errors.count() >= 1, Wait);
        QCOMPARE(errors.first().first().value<ApiError>().kind, ApiError::Kind::Timeout);
        // One request, then exactly one more for the refreshes that came while it hung.
        QVERIFY(server.requestCount(QStringLiteral("ListProjects")) <= 2);
        QVERIFY(!session.poller()->health().reachable);
    }

    void stalledBodyIsATimeoutNotAMalformedAnswer()
    {
        SimulatorServer server(Scenario::Slice::OmsPrimary);
        server.setFault(SimulatorServer::Fault::StallBody);
        QVERIFY(server.listen());
        HttpTransport transport;
        InstanceConfig cfg = configFor(server, ApiKind::Oms4);
        cfg.timeoutMs = 400;
        InstanceSession session(cfg, &transport);
        QSignalSpy errors(&session, &InstanceSession::errorOccurred);
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(errors.count() >= 1, Wait);
        QCOMPARE(errors.first().first().value<ApiError>().kind, ApiError::Kind::Timeout);
    }

    void oversizedResponseIsRejected()
    {
        SimulatorServer server(Scenario::Slice::OmsPrimary);
        QVERIFY(server.listen());
        HttpTransport transport;
        transport.setMaxBodyBytes(2000); // ListProjects is far larger
        InstanceSession session(configFor(server, ApiKind::Oms4), &transport);
        QSignalSpy errors(&session, &InstanceSession::errorOccurred);
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, Wait);
        QCOMPARE(errors.first().first().value<ApiError>().kind, ApiError::Kind::TooLarge);
    }

    void staleSelectionAnswersAreDropped()
    {
        SimulatorServer server(Scenario::Slice::OmsPrimary);
        QVERIFY(server.listen());
        HttpTransport transport;
        InstanceSession session(configFor(server, ApiKind::Oms4), &transport);
        QSignalSpy details(session.poller(), &InstancePoller::detailReceived);
        session.start();
        session.selectProject(QStringLiteral("np_7a1c2e"));
        session.selectProject(QStringLiteral("np_7c3e4a")); // before the first answer came
        QTRY_VERIFY_WITH_TIMEOUT(session.hasDetail(), Wait);
        QCOMPARE(session.detail().projectId, QStringLiteral("np_7c3e4a"));
        for (const QList<QVariant> &args : details)
            QCOMPARE(args.first().value<ProjectDetail>().projectId, QStringLiteral("np_7c3e4a"));
        QVERIFY(session.history()->samples(QStringLiteral("np_7a1c2e")).isEmpty());
        // Incremental sync in MONITORING: latency from the server's own sample.
        const IncrementalLatency lat = session.latency(QDateTime::currentDateTimeUtc());
        QCOMPARE(lat.source, IncrementalLatency::Source::ServerSample);
        QVERIFY(lat.seconds.value_or(-1) > 0);
    }

    void oms33SyncProjects()
    {
        SimulatorServer server(Scenario::Slice::OmsLegacy);
        QVERIFY(server.listen());
        HttpTransport transport;
        InstanceConfig cfg = configFor(server, ApiKind::Oms3);
        cfg.projectIds = {QStringLiteral("p_3a1b2c"), QStringLiteral("p_3b2c3d")};
        InstanceSession session(cfg, &transport);
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(session.projects()->rowCount(), 2, Wait);
        QCOMPARE(server.requestCount(QStringLiteral("sync-progress")), 2);
        const int row = session.projects()->rowOf(QStringLiteral("p_3a1b2c"));
        QCOMPARE(session.projects()->index(row, ProjectListModel::CurrentStepColumn).data().toString(),
                 QStringLiteral("CONNECTOR_INCR_SYNC"));
        QVERIFY(session.projects()->index(row, 0).data(ProjectListModel::LatencySecondsRole).isValid());

        // One value per fact: once the selected project's detail arrives, its list row shows
        // the detail's latency, the header's, sampled at that poll.
        session.setOnScreen(true);
        QSignalSpy patched(&session, &InstanceSession::projectRowUpdated);
        session.selectProject(QStringLiteral("p_3a1b2c"));
        QTRY_VERIFY_WITH_TIMEOUT(session.hasDetail(), Wait);
        const IncrementalLatency header = session.latency(QDateTime::currentDateTimeUtc().addSecs(30));
        QVERIFY(header.seconds.has_value());
        QVERIFY(header.sampleTime <= QDateTime::currentDateTimeUtc()); // as of a poll, not of the "now" asked about
        const ProjectSummary &listed = session.projects()->rowAt(session.projects()->rowOf(QStringLiteral("p_3a1b2c")));
        QCOMPARE(listed.latencySeconds, header.seconds);
        QCOMPARE(listed.latencySampleTime, header.sampleTime);
        QVERIFY(!patched.isEmpty()); // the overview hears of it
        QCOMPARE(patched.first().at(0).toString(), QStringLiteral("p_3a1b2c"));

        // An unknown id fails the whole round, and the two rows stay.
        session.stop();
        InstanceConfig bad = cfg;
        bad.projectIds << QStringLiteral("p_missing");
        InstanceSession session2(bad, &transport);
        QSignalSpy errors(&session2, &InstanceSession::errorOccurred);
        session2.start();
        QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, Wait);
        const ApiError missing = errors.first().first().value<ApiError>();
        QVERIFY2(missing.toString().startsWith(QStringLiteral("test · project p_missing · ")), qPrintable(missing.toString()));
    }

    void drsJobAnd2500Tables()
    {
        SimulatorServer server(Scenario::Slice::Drs);
        QVERIFY(server.listen());
        HttpTransport transport;
        InstanceSession session(drsJobConfigFor(server), &transport);
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(session.projects()->rowCount(), 1, Wait);
        session.selectProject(server.scenario().drsJobId());
        QTRY_COMPARE_WITH_TIMEOUT(session.tables()->rowCount(), 2500, Wait);
        QCOMPARE(server.requestCount(QStringLiteral("progress-data")), 3); // 1000 + 1000 + 500
        QVERIFY(!session.tables()->hasVerificationColumns());
        QTRY_VERIFY_WITH_TIMEOUT(session.hasDetail(), Wait);
        QCOMPARE(session.detail().progress.status, QStringLiteral("FULL_TRANSFER_STARTED"));
        // Its incremental phase has not begun ("-1"): no latency at all, never 0 s.
        QVERIFY(!session.latency(QDateTime::currentDateTimeUtc()).seconds.has_value());
        QVERIFY(session.steps()->rowOf(QStringLiteral("data")) >= 0); // progress_map entries
        // The v5 job detail gives the data step its start; remaining_time is kept as sent.
        const Step *data = findStep(session.detail().steps, StepKind::Full);
        QVERIFY(data && data->startTime.isValid());
        QVERIFY(!session.detail().serviceRemaining.isEmpty());
        QVERIFY(server.requestCount(QStringLiteral("job-list")) >= 2); // migration and sync jobs
        QCOMPARE(server.requestCount(QStringLiteral("job-list")) % 2, 0);
    }

    /// A first fill of 25,000 tables comes into the model in slices of FillSliceRows, and the
    /// session tells its listeners (metrics, alerts) once, with all of them in.
    void drsFirstFillOfManyTablesInSlices()
    {
        SimulatorServer server(Scenario::Slice::Drs);
        server.scenario().setDrsTableCount(25000);
        QVERIFY(server.listen());
        HttpTransport transport;
        InstanceSession session(drsJobConfigFor(server), &transport);
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(session.projects()->rowCount(), 1, Wait);
        QSignalSpy inserted(session.tables(), &QAbstractItemModel::rowsInserted);
        QList<int> rowsWhenTold;
        connect(&session, &InstanceSession::tablesUpdated, this,
                [&] { rowsWhenTold << session.tables()->rowCount(); });
        session.selectProject(server.scenario().drsJobId());
        QCOMPARE(rowsWhenTold, QList<int>{0}); // emptied for the new project
        QTRY_COMPARE_WITH_TIMEOUT(rowsWhenTold.size(), 2, Wait);
        QCOMPARE(rowsWhenTold.last(), 25000);
        const qsizetype slice = TableProgressModel::FillSliceRows;
        QVERIFY(slice < 25000);
        QCOMPARE(inserted.size(), (25000 + slice - 1) / slice);
        QCOMPARE(inserted.at(0).at(2).toInt(), slice - 1);
        QCOMPARE(server.requestCount(QStringLiteral("progress-data")), 25);
    }

    /// Without job IDs a DRS instance watches every job of its project, named as the job list
    /// names them; the detail's rates come from monitor-data and its latency is the service's.
    /// A region without the v5 calls is asked once and the detail comes without them.
    void drsJobsWithoutIds()
    {
        SimulatorServer server(Scenario::Slice::Drs);
        QVERIFY(server.listen());
        HttpTransport transport;
        InstanceConfig cfg = configFor(server, ApiKind::Drs);
        cfg.drsProjectId = server.drsProjectId();
        cfg.projectIds.clear();
        InstanceSession session(cfg, &transport);
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(session.projects()->rowCount(), 2, Wait);
        const int syncRow = session.projects()->rowOf(server.scenario().drsSyncJobId());
        QVERIFY(syncRow >= 0);
        const ProjectSummary sync = session.projects()->rowAt(syncRow);
        QCOMPARE(sync.name, QStringLiteral("crm-sync-gaussdb"));
        QCOMPARE(sync.type, QStringLiteral("SYNC"));
        QCOMPARE(sync.sourceType, QStringLiteral("ORACLE"));
        QCOMPARE(sync.sinkType, QStringLiteral("GAUSSDBV5"));
        QVERIFY(sync.createdTime.isValid());
        QVERIFY(sync.latencySeconds.has_value());
        QCOMPARE(sync.currentStep, QStringLiteral("incremental"));

        session.selectProject(sync.id);
        QTRY_VERIFY_WITH_TIMEOUT(session.hasDetail() && session.detail().projectId == sync.id, Wait);
        QCOMPARE(session.latency(QDateTime::currentDateTimeUtc()).source, IncrementalLatency::Source::Reported);
        const Step *incremental = findStep(session.detail().steps, StepKind::Incremental);
        QVERIFY(incremental);
        QVERIFY(incremental->startTime.isValid());
        QVERIFY(incremental->info.srcRps.value_or(0) > 0); // monitor-data's src_rps
        QVERIFY(incremental->info.dstIops.value_or(0) > 0); // apply_rate, bytes/s
        QTRY_VERIFY_WITH_TIMEOUT(!session.history()->samples(sync.id).isEmpty()
                                     && session.history()->samples(sync.id).constLast().srcRps.has_value(), Wait);

        server.refuseRoute(QStringLiteral("monitor-data"));
        server.refuseRoute(QStringLiteral("job-detail"));
        const int monitorAsked = server.requestCount(QStringLiteral("monitor-data"));
        for (int round = 0; round < 3; ++round) {
            QSignalSpy details(&session, &InstanceSession::detailUpdated);
            session.poller()->refreshNow();
            QTRY_VERIFY_WITH_TIMEOUT(!details.isEmpty(), Wait);
        }
        QCOMPARE(server.requestCount(QStringLiteral("monitor-data")), monitorAsked + 1); // 404 once, then not asked
        QVERIFY(session.detail().reportedLatencySeconds.has_value());
        QVERIFY(!findStep(session.detail().steps, StepKind::Incremental)->info.srcRps.has_value());
    }

    void drsIamTokenLifecycle()
    {
        SimulatorServer server(Scenario::Slice::Drs);
        server.setTokenLifetimeSeconds(3);
        QVERIFY(server.listen());
        HttpTransport transport;
        InstanceConfig cfg = iamConfigFor(server);
        cfg.drsProjectName = QStringLiteral("cn-north-4"); // drsProjectId comes from the token
        InstanceSession session(cfg, &transport);
        // One injected clock for the server, which issues and expires tokens, and the client,
        // which renews them: time moves when the test says so.
        QDateTime now = QDateTime::currentDateTimeUtc();
        const double simulated = server.scenario().simulatedSeconds();
        server.scenario().freeze(simulated, now);
        session.poller()->client()->setClock([&now] { return now; });
        const auto advance = [&](qint64 ms) {
            now = now.addMSecs(ms);
            server.scenario().freeze(simulated, now);
        };
        QSignalSpy errors(&session, &InstanceSession::errorOccurred);
        QSignalSpy lists(&session, &InstanceSession::projectsUpdated);
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(session.projects()->rowCount(), 1, Wait);
        QCOMPARE(server.requestCount(QStringLiteral("iam-tokens")), 1);
        advance(2600); // still 0.1 s before the renewal point
        session.poller()->refreshNow();
        QTRY_COMPARE_WITH_TIMEOUT(lists.count(), 2, Wait);
        QCOMPARE(server.requestCount(QStringLiteral("iam-tokens")), 1); // reused

        // Renewed before it expires (3 s lifetime: renewed after 2.7 s), with no failed call.
        advance(200);
        session.poller()->refreshNow();
        QTRY_COMPARE_WITH_TIMEOUT(lists.count(), 3, Wait);
        QCOMPARE(server.requestCount(QStringLiteral("iam-tokens")), 2);
        QCOMPARE(server.requestCount(QStringLiteral("batch-progress")), 3);

        // Revoked early: DRS answers 401, the client logs in once more and the poll succeeds.
        server.revokeIssuedTokens();
        session.poller()->refreshNow();
        QTRY_COMPARE_WITH_TIMEOUT(lists.count(), 4, Wait);
        QCOMPARE(server.requestCount(QStringLiteral("iam-tokens")), 3);
        QCOMPARE(server.requestCount(QStringLiteral("job-list")), 3 * 2 + 3); // 401, the retry, then sync jobs
        QCOMPARE(server.requestCount(QStringLiteral("batch-progress")), 4);
        QCOMPARE(errors.count(), 0);
        QVERIFY(!session.projects()->isStale());
    }

    void drsWrongIamPassword()
    {
        SimulatorServer server(Scenario::Slice::Drs);
        QVERIFY(server.listen());
        HttpTransport transport;
        InstanceConfig cfg = iamConfigFor(server);
        cfg.password = QStringLiteral("not-the-iam-password");
        cfg.drsProjectId = server.drsProjectId();
        InstanceSession session(cfg, &transport);
        QSignalSpy errors(&session, &InstanceSession::errorOccurred);
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, Wait);
        const auto e = errors.first().first().value<ApiError>();
        QCOMPARE(e.kind, ApiError::Kind::Auth);
        QVERIFY2(e.message.contains(QStringLiteral("username or password")), qPrintable(e.toString()));
        QVERIFY(!e.toString().contains(cfg.password));
        // No retry loop: the error came after the one login, and nothing is on its way since
        // (a poll marks its channel in flight before its request leaves).
        QCOMPARE(server.requestCount(QStringLiteral("iam-tokens")), 1);
        for (const auto channel : {InstancePoller::Channel::Projects, InstancePoller::Channel::Detail,
                                   InstancePoller::Channel::Tables})
            QVERIFY(!session.poller()->isInFlight(channel));
        // ... and the next try is backed off past the minute's interval, not due at once.
        QVERIFY2(session.poller()->msUntilNextPoll() < 0 || session.poller()->msUntilNextPoll() > 30000,
                 qPrintable(QString::number(session.poller()->msUntilNextPoll())));
        QCOMPARE(server.requestCount(QStringLiteral("batch-progress")), 0);
    }

    void backoff()
    {
        QCOMPARE(InstancePoller::backoffDelayMs(5000, 0, 300000, 1.0), 5000);
        QCOMPARE(InstancePoller::backoffDelayMs(5000, 1, 300000, 0.0), 10000);
        QCOMPARE(InstancePoller::backoffDelayMs(5000, 3, 300000, 0.0), 40000);
        QCOMPARE(InstancePoller::backoffDelayMs(5000, 30, 300000, 0.0), 300000);
        QCOMPARE(InstancePoller::backoffDelayMs(5000, 30, 300000, 1.0), 360000);
        QCOMPARE(InstancePoller::backoffDelayMs(5000, 30, 300000, -1.0), 240000);
    }
};

QTEST_GUILESS_MAIN(TestPoller)
#include "tst_poller.moc"
