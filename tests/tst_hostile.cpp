// SPDX-License-Identifier: MIT
// The clients and the poller against a scripted hostile server on loopback: credentials never
// follow a redirect off their origin, every request ends by its deadline, the per-host budget
// holds, Retry-After is honoured, odd lists are shown with warnings, and each message says what
// happened. After each fault the instance recovers on its own once the server behaves.
#include "fixture.h"
#include "hostileserver.h"
#include "instancepoller.h"
#include "instancesession.h"
#include "json.h"
#include "omsdecoder.h"
#include "projectlistmodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace omsdash;

namespace {
constexpr int Wait = 10000;

InstanceConfig configFor(const HostileServer &server, ApiKind api)
{
    InstanceConfig cfg;
    cfg.name = QStringLiteral("hostile");
    cfg.api = api;
    cfg.baseUrl = QUrl(QString::fromLatin1(server.origin()));
    cfg.user = QStringLiteral("admin");
    cfg.password = QStringLiteral("s3cret-password");
    cfg.projectIds = {QStringLiteral("p_3a1b2c")};
    cfg.timeoutMs = 5000;
    cfg.projectsIntervalMs = 60000; // tests poll themselves unless they test the schedule
    cfg.detailIntervalMs = 60000;
    cfg.tablesIntervalMs = 60000;
    if (api == ApiKind::Drs) {
        cfg.authToken = QStringLiteral("drs-secret-token");
        cfg.drsProjectId = QStringLiteral("054ba152d480d55b2f5dc0069e7ddef0");
        cfg.projectIds = {QStringLiteral("job-1")};
    }
    return cfg;
}

/// A good answer to whatever @p api asks for the project list.
/// A good answer to @p request: for DRS its job list (one migration job) or batch-progress.
QByteArray goodList(ApiKind api, const HostileServer::Request &request = {})
{
    if (api == ApiKind::Drs && request.target.split('?').first().endsWith("/jobs"))
        return request.body.contains("\"migration\"")
            ? R"({"total_record":1,"jobs":[{"id":"job-1","name":"job one","status":"FULL_TRANSFER_STARTED",
                 "db_use_type":"migration","engine_type":"mysql","task_type":"FULL_TRANS"}]})"
            : R"({"total_record":0,"jobs":[]})";
    switch (api) {
    case ApiKind::Oms4:
        return fixture(QStringLiteral("oms4-list-projects.json"));
    case ApiKind::Oms3:
        return fixture(QStringLiteral("oms33-sync-progress.en.json"));
    case ApiKind::Drs:
        return R"({"results":[{"job_id":"job-1","progress":"42","incre_trans_delay":"3","task_mode":"FULL_TRANS",
                   "transfer_status":"FULL_TRANSFER_STARTED"}],"count":1})";
    }
    return {};
}

QByteArray listPage(int first, int count, qint64 total, const QString &status = QStringLiteral("RUNNING"))
{
    QJsonArray rows;
    for (int i = 0; i < count; ++i)
        rows.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("np_%1").arg(first + i)},
                                {QStringLiteral("name"), QStringLiteral("project %1").arg(first + i)},
                                {QStringLiteral("status"), status}});
    return QJsonDocument(QJsonObject{{QStringLiteral("success"), true},
                                     {QStringLiteral("totalCount"), double(total)},
                                     {QStringLiteral("data"), rows}})
        .toJson(QJsonDocument::Compact);
}

ApiError firstError(const QSignalSpy &spy)
{
    return spy.isEmpty() ? ApiError{} : spy.first().first().value<ApiError>();
}
} // namespace

class TestHostile : public QObject
{
    Q_OBJECT

private slots:
    void redirectElsewhereSendsNothingThere_data()
    {
        QTest::addColumn<int>("api");
        QTest::addColumn<int>("status");
        QTest::newRow("oms4 301") << int(ApiKind::Oms4) << 301;
        QTest::newRow("oms4 307") << int(ApiKind::Oms4) << 307;
        QTest::newRow("oms3 302") << int(ApiKind::Oms3) << 302;
        QTest::newRow("drs 308") << int(ApiKind::Drs) << 308;
    }

    /// A redirect to another origin is an error naming both URLs; the other host sees nothing,
    /// least of all the credentials, and a POST is never replayed as a GET.
    void redirectElsewhereSendsNothingThere()
    {
        QFETCH(int, api);
        QFETCH(int, status);
        HostileServer elsewhere;
        QVERIFY(elsewhere.listen());
        HostileServer server;
        QVERIFY(server.listen());
        server.setHandler([&](const HostileServer::Request &r) {
            return HostileServer::redirect(status, elsewhere.origin() + r.target);
        });
        HttpTransport transport;
        InstanceSession session(configFor(server, ApiKind(api)), &transport);
        QSignalSpy errors(&session, &InstanceSession::errorOccurred);
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), Wait);
        const ApiError e = firstError(errors);
        QCOMPARE(e.kind, ApiError::Kind::Redirect);
        QVERIFY2(e.message.contains(QString::fromLatin1(server.origin()))
                     && e.message.contains(QStringLiteral("use %1 as the instance URL").arg(QString::fromLatin1(elsewhere.origin()))),
                 qPrintable(e.message));
        QCOMPARE(server.requests.size(), 1);
        QCOMPARE(elsewhere.requests.size(), 0);
        QVERIFY(session.poller()->health().reachable); // it answered; it is misconfigured
        QVERIFY(!e.toString().contains(QStringLiteral("s3cret")));

        // Once the server answers itself, the instance recovers.
        server.setHandler([api](const HostileServer::Request &r) { return HostileServer::json(goodList(ApiKind(api), r)); });
        session.poller()->refreshNow();
        QTRY_VERIFY_WITH_TIMEOUT(session.projects()->rowCount() > 0, Wait);
        QVERIFY(!session.projects()->isStale());
    }

    /// A DRS job list that ignores cur_page and claims a thousand jobs: each type is asked
    /// twice (the second page brings nothing new), not 200 times, and no job is a second row.
    void drsJobListIgnoringPages()
    {
        HostileServer server;
        QVERIFY(server.listen());
        int listCalls = 0;
        server.setHandler([&listCalls](const HostileServer::Request &r) {
            if (r.target.split('?').first().endsWith("/jobs")) {
                ++listCalls;
                QJsonArray jobs;
                const QString type = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("db_use_type")).toString();
                for (int i = 0; i < 100; ++i)
                    jobs.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("%1-%2").arg(type).arg(i)},
                                            {QStringLiteral("status"), QStringLiteral("FULL_TRANSFER_STARTED")}});
                return HostileServer::json(QJsonDocument(QJsonObject{{QStringLiteral("total_record"), 1000},
                                                                     {QStringLiteral("jobs"), jobs}}).toJson());
            }
            return HostileServer::json(R"({"count":0,"results":[]})");
        });
        HttpTransport transport;
        InstanceConfig cfg = configFor(server, ApiKind::Drs);
        cfg.projectIds.clear();
        InstanceSession session(cfg, &transport);
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(session.projects()->rowCount(), 200, Wait);
        QCOMPARE(listCalls, 4);
        QVERIFY2(session.poller()->health().warnings.isEmpty(), qPrintable(session.poller()->health().warnings.join(QLatin1Char(' '))));
    }

    /// A role that may not list jobs (403 DRS.M00102) still sees its configured jobs, by ID,
    /// with the list's refusal said beside them; the token is not thrown away for it.
    void drsJobListRefusedShowsConfiguredJobs()
    {
        HostileServer server;
        QVERIFY(server.listen());
        server.setHandler([](const HostileServer::Request &r) {
            if (r.target.split('?').first().endsWith("/jobs"))
                return HostileServer::json(R"({"error_code":"DRS.M00102","error_msg":"Insufficient permissions."})", 403);
            return HostileServer::json(goodList(ApiKind::Drs, r));
        });
        HttpTransport transport;
        InstanceSession session(configFor(server, ApiKind::Drs), &transport);
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(session.projects()->rowCount(), 1, Wait);
        QCOMPARE(session.projects()->rowAt(0).id, QStringLiteral("job-1"));
        QVERIFY2(session.poller()->health().warnings.join(QLatin1Char(' ')).contains(QStringLiteral("DRS.M00102")),
                 qPrintable(session.poller()->health().warnings.join(QLatin1Char(' '))));
    }

    /// http:// to https:// of the same host is another origin too: say which URL to use.
    void redirectToHttpsIsNotFollowed()
    {
        HostileServer server;
        QVERIFY(server.listen());
        const QByteArray https = "https://127.0.0.1:" + QByteArray::number(server.port());
        server.setHandler([&](const HostileServer::Request &r) { return HostileServer::redirect(301, https + r.target); });
        HttpTransport transport;
        InstanceSession session(configFor(server, ApiKind::Oms4), &transport);
        QSignalSpy errors(&session, &InstanceSession::errorOccurred);
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), Wait);
        QCOMPARE(firstError(errors).kind, ApiError::Kind::Redirect);
        QVERIFY2(firstError(errors).message.contains(QStringLiteral("use %1 as the instance URL").arg(QString::fromLatin1(https))),
                 qPrintable(firstError(errors).message));
        QCOMPARE(server.requests.size(), 1);
    }

    /// Within the origin a redirect is followed with the same method, body and credentials.
    void redirectWithinTheOriginIsFollowed()
    {
        HostileServer server;
        QVERIFY(server.listen());
        server.setHandler([](const HostileServer::Request &r) {
            if (r.target.startsWith("/api/"))
                return HostileServer::redirect(301, "/oms" + r.target);
            return HostileServer::json(goodList(ApiKind::Oms4));
        });
        HttpTransport transport;
        InstanceSession session(configFor(server, ApiKind::Oms4), &transport);
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(session.projects()->rowCount(), 1, Wait);
        QCOMPARE(server.requests.size(), 2);
        const HostileServer::Request &again = server.requests.at(1);
        QVERIFY(again.target.startsWith("/oms/api/v2"));
        QCOMPARE(again.method, QByteArray("POST"));
        QCOMPARE(again.body, server.requests.at(0).body);
        QCOMPARE(again.headers.value("authorization"), server.requests.at(0).headers.value("authorization"));
        QVERIFY(!again.headers.value("authorization").isEmpty());
    }

    /// 303 See Other would make the POST a GET: not followed, even within the origin.
    void seeOtherOnAPostIsNotFollowed()
    {
        HostileServer server;
        QVERIFY(server.listen());
        server.setHandler([](const HostileServer::Request &r) {
            if (r.target.startsWith("/api/"))
                return HostileServer::redirect(303, "/elsewhere");
            return HostileServer::json(goodList(ApiKind::Oms4));
        });
        HttpTransport transport;
        InstanceSession session(configFor(server, ApiKind::Oms4), &transport);
        QSignalSpy errors(&session, &InstanceSession::errorOccurred);
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), Wait);
        QCOMPARE(firstError(errors).kind, ApiError::Kind::Redirect);
        QVERIFY2(firstError(errors).message.contains(QStringLiteral("would turn the POST into a GET")),
                 qPrintable(firstError(errors).message));
        QCOMPARE(server.requests.size(), 1);
    }

    /// IAM: the user's password (in the body) goes to the IAM URL and nowhere else.
    void iamRedirectElsewhereSendsNothingThere()
    {
        HostileServer elsewhere;
        QVERIFY(elsewhere.listen());
        HostileServer iam;
        QVERIFY(iam.listen());
        iam.setHandler([&](const HostileServer::Request &r) { return HostileServer::redirect(307, elsewhere.origin() + r.target); });
        HostileServer drs;
        QVERIFY(drs.listen());
        HttpTransport transport;
        InstanceConfig cfg = configFor(drs, ApiKind::Drs);
        cfg.authToken.clear();
        cfg.iamEndpoint = QUrl(QString::fromLatin1(iam.origin()));
        cfg.drsDomain = QStringLiteral("acme");
        InstanceSession session(cfg, &transport);
        QSignalSpy errors(&session, &InstanceSession::errorOccurred);
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), Wait);
        QCOMPARE(firstError(errors).kind, ApiError::Kind::Redirect);
        QCOMPARE(iam.requests.size(), 1);
        QVERIFY(iam.requests.first().body.contains("s3cret-password"));
        QCOMPARE(elsewhere.requests.size(), 0);
        QCOMPARE(drs.requests.size(), 0);
    }

    /// A body at a byte a tick never trips the inactivity timeout; the deadline ends it, the
    /// message says so, the poller re-arms and recovers once the server is quick again.
    void slowBodyHitsTheDeadline()
    {
        HostileServer server;
        QVERIFY(server.listen());
        server.setHandler([](const HostileServer::Request &) {
            HostileServer::Reply r = HostileServer::json(goodList(ApiKind::Oms4));
            r.trickleMs = 20;
            return r;
        });
        HttpTransport transport;
        InstanceConfig cfg = configFor(server, ApiKind::Oms4);
        cfg.deadlineMs = 500;
        cfg.timeoutMs = 5000;
        cfg.projectsIntervalMs = 300;
        InstanceSession session(cfg, &transport);
        QSignalSpy errors(&session, &InstanceSession::errorOccurred);
        QSignalSpy health(&session, &InstanceSession::healthChanged);
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), Wait);
        const ApiError e = firstError(errors);
        QCOMPARE(e.kind, ApiError::Kind::Timeout);
        QVERIFY2(e.message.contains(QStringLiteral("timed out after 0.5 s (transfer too slow)")), qPrintable(e.message));
        QVERIFY(!session.poller()->isInFlight(InstancePoller::Channel::Projects));
        QVERIFY(session.poller()->nextPollInMs(InstancePoller::Channel::Projects) > 0); // re-armed
        QVERIFY(session.poller()->health().lastError.message.contains(QStringLiteral("transfer too slow")));
        QVERIFY(!health.isEmpty());

        server.setHandler([](const HostileServer::Request &) { return HostileServer::json(goodList(ApiKind::Oms4)); });
        QTRY_COMPARE_WITH_TIMEOUT(session.projects()->rowCount(), 1, Wait); // on its own schedule
        QVERIFY(session.poller()->health().lastSuccess > session.poller()->health().lastErrorTime);
    }

    /// Silence is the inactivity timeout, and says so in seconds (not "Operation canceled").
    void silenceSaysTimedOut()
    {
        HostileServer server;
        QVERIFY(server.listen());
        server.setHandler([](const HostileServer::Request &) {
            HostileServer::Reply r = HostileServer::json(goodList(ApiKind::Oms4));
            r.body.clear();
            r.head = HostileServer::statusLine(200) + "Content-Length: 100\r\n";
            r.close = false;
            return r;
        });
        HttpTransport transport;
        InstanceConfig cfg = configFor(server, ApiKind::Oms4);
        cfg.timeoutMs = 400;
        InstanceSession session(cfg, &transport);
        QSignalSpy errors(&session, &InstanceSession::errorOccurred);
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), Wait);
        QCOMPARE(firstError(errors).kind, ApiError::Kind::Timeout);
        QVERIFY2(firstError(errors).message.contains(QStringLiteral("timed out after 0.4 s")), qPrintable(firstError(errors).message));
        QVERIFY(!firstError(errors).toString().contains(QStringLiteral("canceled"), Qt::CaseInsensitive));
    }

    void brokenChunkedEncodingIsAConnectionClosedMidBody()
    {
        HostileServer server;
        QVERIFY(server.listen());
        server.setHandler([](const HostileServer::Request &) {
            return HostileServer::Reply{HostileServer::statusLine(200) + "Transfer-Encoding: chunked\r\n",
                                        "40\r\n{\"success\": true, \"data\": [", 0, 0, true};
        });
        HttpTransport transport;
        InstanceSession session(configFor(server, ApiKind::Oms4), &transport);
        QSignalSpy errors(&session, &InstanceSession::errorOccurred);
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), Wait);
        QVERIFY2(firstError(errors).message.contains(QStringLiteral("connection closed mid-body")),
                 qPrintable(firstError(errors).toString()));
    }

    void compressionBombIsOverTheCap()
    {
        HostileServer server;
        QVERIFY(server.listen());
        const QByteArray inflated(8 * 1024 * 1024, ' ');
        const QByteArray deflated = qCompress(inflated, 9).mid(4); // zlib stream without Qt's length prefix
        server.setHandler([&](const HostileServer::Request &) {
            return HostileServer::Reply{HostileServer::statusLine(200) + "Content-Encoding: deflate\r\nContent-Length: "
                                            + QByteArray::number(deflated.size()) + "\r\n",
                                        deflated, 0, 0, true};
        });
        HttpTransport transport;
        transport.setMaxBodyBytes(1024 * 1024);
        InstanceSession session(configFor(server, ApiKind::Oms4), &transport);
        QSignalSpy errors(&session, &InstanceSession::errorOccurred);
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), Wait);
        QCOMPARE(firstError(errors).kind, ApiError::Kind::TooLarge);
        QVERIFY2(firstError(errors).message.contains(QStringLiteral("compressed body over the 1 MiB cap")),
                 qPrintable(firstError(errors).toString()));
    }

    /// 429 and 503 with Retry-After: the next poll waits that long (within the backoff maximum).
    void retryAfterIsHonoured_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<int>("atLeastMs");
        QTest::newRow("429 seconds") << 429 << QByteArray("120") << 119000;
        QTest::newRow("503 date")
            << 503 << QDateTime::currentDateTimeUtc().addSecs(200).toString(QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1()
            << 150000;
        QTest::newRow("beyond the maximum") << 503 << QByteArray("86400") << 0;
    }

    void retryAfterIsHonoured()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, retryAfter);
        QFETCH(int, atLeastMs);
        HostileServer server;
        QVERIFY(server.listen());
        server.setHandler([&](const HostileServer::Request &) {
            return HostileServer::json(R"({"success":false,"code":"Throttling","message":"slow down"})", status,
                                       "Retry-After: " + retryAfter + "\r\n");
        });
        HttpTransport transport;
        InstanceConfig cfg = configFor(server, ApiKind::Oms4);
        cfg.projectsIntervalMs = 1000;
        InstanceSession session(cfg, &transport);
        session.poller()->setMaxBackoffMs(300000);
        QSignalSpy errors(&session, &InstanceSession::errorOccurred);
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), Wait);
        QVERIFY(firstError(errors).retryAfterMs.has_value());
        // Long timers are coarse: Qt may fire them up to 5 % late.
        const int next = session.poller()->nextPollInMs(InstancePoller::Channel::Projects);
        QVERIFY2(next >= atLeastMs && next <= 315000, qPrintable(QString::number(next)));
        if (atLeastMs == 0)
            QVERIFY(next >= 299000); // the maximum, not a day
        // Every channel keeps quiet, a refresh too: nothing is sent.
        session.selectProject(QStringLiteral("np_1"));
        session.poller()->refreshNow();
        QVERIFY(!session.poller()->isInFlight(InstancePoller::Channel::Projects));
        QVERIFY(!session.poller()->isInFlight(InstancePoller::Channel::Detail));
        QVERIFY(session.poller()->nextPollInMs(InstancePoller::Channel::Detail) >= std::min(atLeastMs, 119000));
    }

    void retryAfterParsing()
    {
        const QDateTime now = QDateTime(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC);
        QCOMPARE(HttpTransport::parseRetryAfter("7", now), std::optional<qint64>(7000));
        QCOMPARE(HttpTransport::parseRetryAfter("Mon, 30 Nov 2026 12:01:30 GMT", now), std::optional<qint64>(90000));
        QCOMPARE(HttpTransport::parseRetryAfter("Mon, 30 Nov 2026 11:00:00 GMT", now), std::optional<qint64>(0));
        QVERIFY(!HttpTransport::parseRetryAfter("soon", now));
        QVERIFY(!HttpTransport::parseRetryAfter("-5", now));
        QCOMPARE(InstancePoller::retryDelayMs(10000, std::nullopt, 300000), 10000);
        QCOMPARE(InstancePoller::retryDelayMs(10000, 60000, 300000), 60000);
        QCOMPARE(InstancePoller::retryDelayMs(10000, 1000, 300000), 10000);
        QCOMPARE(InstancePoller::retryDelayMs(10000, 86400000, 300000), 300000);
    }

    /// A server that sends full pages for ever is asked MaxPages pages, and the list says so.
    void endlessPagingStopsAndSaysSo()
    {
        HostileServer server;
        QVERIFY(server.listen());
        int page = 0;
        server.setHandler([&](const HostileServer::Request &) {
            ++page;
            return HostileServer::json(listPage(page * 1000, 150, 1000000000));
        });
        HttpTransport transport;
        transport.setBudgetLimits({4, 10000, 10000}); // the budget is tested on its own below
        InstanceSession session(configFor(server, ApiKind::Oms4), &transport);
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(session.projects()->rowCount(), 150 * ServiceClient::MaxPages, 30000);
        QCOMPARE(server.requests.size(), ServiceClient::MaxPages);
        const QStringList warnings = session.poller()->health().warnings;
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().contains(QStringLiteral("stopped at 30,000 projects"))
                     && warnings.first().contains(QStringLiteral("the server keeps sending full pages")),
                 qPrintable(warnings.first()));
    }

    /// A project listed twice is shown twice, with a warning; the FAILED twin is not hidden.
    void duplicateIdsAreShownWithAWarning()
    {
        HostileServer server;
        QVERIFY(server.listen());
        QJsonObject body = QJsonDocument::fromJson(listPage(1, 3, 4)).object();
        QJsonArray rows = body.value(QStringLiteral("data")).toArray();
        rows.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("np_2")},
                                {QStringLiteral("name"), QStringLiteral("project 2")},
                                {QStringLiteral("status"), QStringLiteral("FAILED")}});
        body.insert(QStringLiteral("data"), rows);
        server.setHandler([&](const HostileServer::Request &) {
            return HostileServer::json(QJsonDocument(body).toJson(QJsonDocument::Compact));
        });
        HttpTransport transport;
        InstanceSession session(configFor(server, ApiKind::Oms4), &transport);
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(session.projects()->rowCount(), 4, Wait);
        QCOMPARE(session.projects()->rowOf(QStringLiteral("np_2")), 1);
        const int twin = session.projects()->rowOf(QStringLiteral("np_2#2"));
        QCOMPARE(twin, 3);
        QCOMPARE(session.projects()->index(twin, ProjectListModel::StatusColumn).data().toString(), QStringLiteral("FAILED"));
        QCOMPARE(session.projects()->index(twin, 0).data(ProjectListModel::ProjectIdRole).toString(), QStringLiteral("np_2"));
        QVERIFY(session.projects()->index(twin, ProjectListModel::IdColumn).data().toString().contains(QStringLiteral("duplicate")));
        QCOMPARE(session.poller()->health().warnings.size(), 1);
        QVERIFY(session.poller()->health().warnings.first().contains(QStringLiteral("np_2")));
    }

    /// A 10 MB name or message is cut to json::MaxTextLength, and the cut shows.
    void hugeTextFieldsAreCut()
    {
        HostileServer server;
        QVERIFY(server.listen());
        const QString huge(10 * 1024 * 1024, QLatin1Char('x'));
        QJsonObject body = QJsonDocument::fromJson(listPage(1, 2, 2)).object();
        QJsonArray rows = body.value(QStringLiteral("data")).toArray();
        QJsonObject first = rows.at(0).toObject();
        first.insert(QStringLiteral("name"), huge);
        rows.replace(0, first);
        body.insert(QStringLiteral("data"), rows);
        const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
        server.setHandler([&](const HostileServer::Request &) { return HostileServer::json(bytes); });
        HttpTransport transport;
        InstanceSession session(configFor(server, ApiKind::Oms4), &transport);
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(session.projects()->rowCount(), 2, Wait);
        const QString name = session.projects()->index(0, ProjectListModel::NameColumn).data().toString();
        QCOMPARE(name.size(), json::MaxTextLength + QStringLiteral("… [10,485,760 characters, cut]").size());
        QVERIFY2(name.endsWith(QStringLiteral("… [10,485,760 characters, cut]")), qPrintable(name.right(40)));
    }

    /// A list longer than json::MaxRows keeps its first rows and says what it left out.
    void tooManyRowsAreCutWithAWarning()
    {
        const QByteArray body = listPage(1, json::MaxRows + 5, json::MaxRows + 5);
        const auto page = oms::decodeListProjects(body);
        QVERIFY(page.ok());
        QCOMPARE(page.value.projects.size(), json::MaxRows);
        QCOMPARE(page.warnings.size(), 1);
        QVERIFY2(page.warnings.first().contains(QStringLiteral("first 20,000 of 20,005")), qPrintable(page.warnings.first()));
    }

    void recoversWithinOneInterval_data()
    {
        QTest::addColumn<QString>("fault");
        for (const char *f : {"redirect elsewhere", "trickle", "silence", "broken chunked", "deflate bomb", "429 retry-after 1",
                              "502 html", "not json", "10 MB name"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }

    /// After each fault, once the server behaves, the instance is whole again on its own
    /// schedule: the next poll after one failure (interval × 2, ±20 %), without a refresh.
    void recoversWithinOneInterval()
    {
        QFETCH(QString, fault);
        HostileServer server;
        QVERIFY(server.listen());
        const QByteArray inflated(4 * 1024 * 1024, ' ');
        const QByteArray bomb = qCompress(inflated, 9).mid(4);
        server.setHandler([&](const HostileServer::Request &r) {
            HostileServer::Reply reply = HostileServer::json(goodList(ApiKind::Oms4));
            if (fault == QLatin1String("redirect elsewhere"))
                return HostileServer::redirect(302, "http://127.0.0.2:9" + r.target);
            if (fault == QLatin1String("trickle"))
                reply.trickleMs = 30;
            if (fault == QLatin1String("silence")) {
                reply.body.clear();
                reply.close = false;
            }
            if (fault == QLatin1String("broken chunked"))
                reply = {HostileServer::statusLine(200) + "Transfer-Encoding: chunked\r\n", "40\r\n{\"success\"", 0, 0, true};
            if (fault == QLatin1String("deflate bomb"))
                reply = {HostileServer::statusLine(200) + "Content-Encoding: deflate\r\nContent-Length: "
                             + QByteArray::number(bomb.size()) + "\r\n",
                         bomb, 0, 0, true};
            if (fault == QLatin1String("429 retry-after 1"))
                reply = HostileServer::json(R"({"success":false,"code":"Throttling"})", 429, "Retry-After: 1\r\n");
            if (fault == QLatin1String("502 html"))
                reply = HostileServer::json("<html>502 Bad Gateway</html>", 502);
            if (fault == QLatin1String("not json"))
                reply = HostileServer::json("{\"success\": true, \"data\": [");
            if (fault == QLatin1String("10 MB name"))
                reply = HostileServer::json(listPage(1, 1, 1).replace("project 1", QByteArray(10 * 1024 * 1024, 'x')));
            return reply;
        });
        HttpTransport transport;
        transport.setMaxBodyBytes(1024 * 1024 * 16);
        if (fault == QLatin1String("deflate bomb"))
            transport.setMaxBodyBytes(1024 * 1024);
        InstanceConfig cfg = configFor(server, ApiKind::Oms4);
        cfg.projectsIntervalMs = 400;
        cfg.timeoutMs = 400;
        cfg.deadlineMs = 600;
        InstanceSession session(cfg, &transport);
        QSignalSpy errors(&session, &InstanceSession::errorOccurred);
        QSignalSpy updates(&session, &InstanceSession::projectsUpdated);
        session.start();
        if (fault == QLatin1String("10 MB name")) { // not a fault: cut, and shown
            QTRY_COMPARE_WITH_TIMEOUT(updates.size(), 1, Wait);
        } else {
            QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), Wait);
            QVERIFY(session.projects()->rowCount() == 0);
        }
        server.setHandler([](const HostileServer::Request &) { return HostileServer::json(goodList(ApiKind::Oms4)); });
        const int before = int(updates.size());
        // One interval after one failure: 800 ms ± 20 %, or the 1 s Retry-After; plus the
        // request itself.
        QTRY_VERIFY_WITH_TIMEOUT(updates.size() > before, 3000);
        QCOMPARE(session.projects()->rowCount(), 1);
        QVERIFY(!session.projects()->isStale());
    }

    /// Everything that talks to one host shares its budget: never more in flight than allowed.
    void oneBudgetPerHost()
    {
        HostileServer server;
        QVERIFY(server.listen());
        server.setHandler([](const HostileServer::Request &) {
            HostileServer::Reply r = HostileServer::json(goodList(ApiKind::Oms4));
            r.delayMs = 50; // long enough for the requests to overlap
            return r;
        });
        HttpTransport transport;
        transport.setBudgetLimits({3, 1000, 1000});
        QObject context;
        int answered = 0;
        ApiRequest request;
        request.path = QStringLiteral("/api/v2");
        request.what = QStringLiteral("test");
        // Two instances on the same host (other ports share the budget too) and a connection test.
        for (int i = 0; i < 12; ++i)
            transport.send(QUrl(QString::fromLatin1(server.origin())), request, {}, {}, &context,
                           [&answered](const HttpReply &r) { answered += r.status == 200 ? 1 : 0; });
        QCOMPARE(transport.inFlight(QStringLiteral("127.0.0.1")), 3);
        QCOMPARE(transport.waiting(QStringLiteral("127.0.0.1")), 9);
        QTRY_COMPARE_WITH_TIMEOUT(answered, 12, Wait);
        QCOMPARE(server.maxOpen, 3);
        QCOMPARE(transport.inFlight(QStringLiteral("127.0.0.1")), 0);
    }

    /// The rate part of the budget, with time given.
    void budgetRate()
    {
        RequestBudget budget({2, 10, 3}); // 2 in flight, 10/s, bursts of 3
        const QString host = QStringLiteral("OMS.example");
        QCOMPARE(budget.tryStart(host, 0), 0);
        QCOMPARE(budget.tryStart(QStringLiteral("oms.example"), 0), 0); // one host, any case
        QCOMPARE(budget.tryStart(host, 0), -1); // two in flight
        budget.finish(host);
        budget.finish(host);
        QCOMPARE(budget.tryStart(host, 0), 0);  // the burst's third
        budget.finish(host);
        QCOMPARE(budget.tryStart(host, 0), 100); // the bucket is empty: a token every 100 ms
        QCOMPARE(budget.tryStart(host, 60), 40);
        QCOMPARE(budget.tryStart(host, 100), 0);
        QCOMPARE(budget.tryStart(QStringLiteral("other.example"), 100), 0); // hosts do not share
        budget.finish(host);
        QCOMPARE(budget.tryStart(host, 10100), 0); // refilled, but never past the burst
        budget.finish(host);
        QCOMPARE(budget.tryStart(host, 10100), 0);
        budget.finish(host);
        QCOMPARE(budget.tryStart(host, 10100), 0);
        budget.finish(host);
        QVERIFY(budget.tryStart(host, 10100) > 0);
    }

    /// A destroyed caller's queued requests leave the queue and are never sent.
    void queuedRequestsOfAGoneCallerAreNotSent()
    {
        HostileServer server;
        QVERIFY(server.listen());
        server.setHandler([](const HostileServer::Request &) {
            HostileServer::Reply r = HostileServer::json("{}");
            r.delayMs = 50;
            return r;
        });
        HttpTransport transport;
        transport.setBudgetLimits({1, 1000, 1000});
        ApiRequest request;
        request.path = QStringLiteral("/x");
        int answered = 0;
        QObject keeper;
        transport.send(QUrl(QString::fromLatin1(server.origin())), request, {}, {}, &keeper,
                       [&answered](const HttpReply &) { ++answered; });
        {
            QObject gone;
            for (int i = 0; i < 5; ++i)
                transport.send(QUrl(QString::fromLatin1(server.origin())), request, {}, {}, &gone,
                               [&answered](const HttpReply &) { answered += 100; });
        }
        QObject last;
        transport.send(QUrl(QString::fromLatin1(server.origin())), request, {}, {}, &last,
                       [&answered](const HttpReply &) { answered += 10; });
        QTRY_COMPARE_WITH_TIMEOUT(answered, 11, Wait);
        QCOMPARE(server.requests.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
