// SPDX-License-Identifier: MIT
// The metrics of `omsdash watch --listen`: the exposition formats to the letter (types, names,
// escaping, numbers), the Accept negotiation and --listen's addresses; FleetMetrics over a
// session polling the simulator on loopback (every value the list's, errors counted, the last
// good data kept, alerts, no secret anywhere); and MetricsServer over HTTP, whose scrapes ask
// the instance nothing.
#include "alertmonitor.h"
#include "exposition.h"
#include "fleetmetrics.h"
#include "historystore.h"
#include "httptransport.h"
#include "instancesession.h"
#include "metrichistory.h"
#include "metricsserver.h"
#include "projectlistmodel.h"
#include "simulatedinstance.h"
#include "simulatorserver.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace omsdash;
using sim::Scenario;
using sim::SimulatorServer;

namespace {

using Labels = QList<std::pair<QString, QString>>;

const QDateTime T0 = QDateTime::fromSecsSinceEpoch(1790000000, Qt::UTC);

/// The samples of @p name whose labels include all of @p labels.
QList<MetricFamily::Sample> matching(const QList<MetricFamily> &families, const QString &name, const Labels &labels)
{
    QList<MetricFamily::Sample> out;
    for (const MetricFamily &f : families) {
        if (f.name != name)
            continue;
        for (const MetricFamily::Sample &s : f.samples)
            if (std::all_of(labels.cbegin(), labels.cend(), [&s](const auto &l) { return s.labels.contains(l); }))
                out << s;
    }
    return out;
}

/// The value of the first sample matching(); nullopt when none.
std::optional<double> value(const QList<MetricFamily> &families, const QString &name, const Labels &labels)
{
    const auto samples = matching(families, name, labels);
    return samples.isEmpty() ? std::nullopt : std::optional<double>(samples.first().value);
}

int count(const QList<MetricFamily> &families, const QString &name, const Labels &labels = {})
{
    return int(matching(families, name, labels).size());
}

Labels project(const QString &id)
{
    return {{QStringLiteral("instance"), QStringLiteral("sim")}, {QStringLiteral("project_id"), id}};
}

QList<MetricFamily> sampleFamilies()
{
    MetricFamily latency{QStringLiteral("x_latency_seconds"), MetricFamily::Type::Gauge, QStringLiteral("Latency."),
                         QStringLiteral("seconds"), {}};
    latency.samples.append({{{QStringLiteral("project_id"), QStringLiteral("np_1")}}, 1.5});
    MetricFamily errors{QStringLiteral("x_poll_errors"), MetricFamily::Type::Counter, QStringLiteral("Errors."), {}, {}};
    errors.samples.append({{}, 3});
    MetricFamily info{QStringLiteral("x_project"), MetricFamily::Type::Info, QStringLiteral("A project."), {}, {}};
    info.samples.append({{{QStringLiteral("name"), QStringLiteral("账单")}}, 1});
    MetricFamily status{QStringLiteral("x_status"), MetricFamily::Type::StateSet, QStringLiteral("Status."), {}, {}};
    status.samples.append({{{QStringLiteral("x_status"), QStringLiteral("RUNNING")}}, 1});
    status.samples.append({{{QStringLiteral("x_status"), QStringLiteral("FAILED")}}, 0});
    MetricFamily empty{QStringLiteral("x_empty_ratio"), MetricFamily::Type::Gauge, QStringLiteral("None yet."),
                       QStringLiteral("ratio"), {}};
    return {latency, errors, info, status, empty};
}

QByteArray get(QNetworkAccessManager &nam, const QUrl &url, const QByteArray &accept, int *status,
               QByteArray *contentType = nullptr)
{
    QNetworkRequest request(url);
    if (!accept.isEmpty())
        request.setRawHeader("Accept", accept);
    QNetworkReply *reply = nam.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(5000))
        return {};
    reply->deleteLater();
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (contentType)
        *contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    return reply->readAll();
}

} // namespace

class TestMetrics : public QObject
{
    Q_OBJECT

private slots:
    void textFormat()
    {
        const QByteArray expected = "# HELP x_latency_seconds Latency.\n"
                                    "# TYPE x_latency_seconds gauge\n"
                                    "x_latency_seconds{project_id=\"np_1\"} 1.5\n"
                                    "# HELP x_poll_errors_total Errors.\n"
                                    "# TYPE x_poll_errors_total counter\n"
                                    "x_poll_errors_total 3\n"
                                    "# HELP x_project_info A project.\n"
                                    "# TYPE x_project_info gauge\n"
                                    "x_project_info{name=\"\xe8\xb4\xa6\xe5\x8d\x95\"} 1\n"
                                    "# HELP x_status Status.\n"
                                    "# TYPE x_status gauge\n"
                                    "x_status{x_status=\"RUNNING\"} 1\n"
                                    "x_status{x_status=\"FAILED\"} 0\n"
                                    "# HELP x_empty_ratio None yet.\n"
                                    "# TYPE x_empty_ratio gauge\n";
        QCOMPARE(writeExposition(sampleFamilies(), ExpositionFormat::Text), expected);
    }

    void openMetrics()
    {
        const QByteArray expected = "# HELP x_latency_seconds Latency.\n"
                                    "# TYPE x_latency_seconds gauge\n"
                                    "# UNIT x_latency_seconds seconds\n"
                                    "x_latency_seconds{project_id=\"np_1\"} 1.5\n"
                                    "# HELP x_poll_errors Errors.\n"
                                    "# TYPE x_poll_errors counter\n"
                                    "x_poll_errors_total 3\n"
                                    "# HELP x_project A project.\n"
                                    "# TYPE x_project info\n"
                                    "x_project_info{name=\"\xe8\xb4\xa6\xe5\x8d\x95\"} 1\n"
                                    "# HELP x_status Status.\n"
                                    "# TYPE x_status stateset\n"
                                    "x_status{x_status=\"RUNNING\"} 1\n"
                                    "x_status{x_status=\"FAILED\"} 0\n"
                                    "# HELP x_empty_ratio None yet.\n"
                                    "# TYPE x_empty_ratio gauge\n"
                                    "# UNIT x_empty_ratio ratio\n"
                                    "# EOF\n";
        QCOMPARE(writeExposition(sampleFamilies(), ExpositionFormat::OpenMetrics), expected);
    }

    void escaping()
    {
        QCOMPARE(escapeLabelValue(QStringLiteral("a\\b\"c\nd 账单")), QStringLiteral("a\\\\b\\\"c\\nd 账单"));
        MetricFamily f{QStringLiteral("x"), MetricFamily::Type::Gauge, QStringLiteral("back\\slash \"q\"\nnext"), {}, {}};
        f.samples.append({{{QStringLiteral("name"), QStringLiteral("o\"k\\\n")}}, 1});
        // The text format escapes only backslash and line feed in a help text; OpenMetrics the quote too.
        QCOMPARE(writeExposition({f}, ExpositionFormat::Text),
                 QByteArray("# HELP x back\\\\slash \"q\"\\nnext\n# TYPE x gauge\nx{name=\"o\\\"k\\\\\\n\"} 1\n"));
        QVERIFY(writeExposition({f}, ExpositionFormat::OpenMetrics)
                    .startsWith("# HELP x back\\\\slash \\\"q\\\"\\nnext\n"));
    }

    void numbers_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("integer") << 42.0 << QByteArray("42");
        QTest::newRow("negative") << -3.0 << QByteArray("-3");
        QTest::newRow("shortest") << 0.1 << QByteArray("0.1");
        QTest::newRow("small") << 1e-7 << QByteArray("1e-07");
        QTest::newRow("large") << 1.790000000123e9 << QByteArray("1790000000.123");
        QTest::newRow("huge") << 1e20 << QByteArray("1e+20");
        QTest::newRow("nan") << qQNaN() << QByteArray("NaN");
        QTest::newRow("inf") << qInf() << QByteArray("+Inf");
        QTest::newRow("-inf") << -qInf() << QByteArray("-Inf");
    }

    void numbers()
    {
        QFETCH(double, value);
        QFETCH(QByteArray, text);
        MetricFamily f{QStringLiteral("x"), MetricFamily::Type::Gauge, QStringLiteral("h"), {}, {}};
        f.samples.append({{}, value});
        QCOMPARE(writeExposition({f}, ExpositionFormat::Text).split('\n').value(2), "x " + text);
    }

    void negotiation_data()
    {
        QTest::addColumn<QByteArray>("accept");
        QTest::addColumn<bool>("openMetrics");
        // What Prometheus 2.42 sends.
        QTest::newRow("prometheus") << QByteArray("application/openmetrics-text;version=1.0.0,application/"
                                                  "openmetrics-text;version=0.0.1;q=0.75,text/plain;version=0.0.4;"
                                                  "q=0.5,*/*;q=0.1")
                                    << true;
        QTest::newRow("text") << QByteArray("text/plain;version=0.0.4") << false;
        QTest::newRow("none") << QByteArray() << false;
        QTest::newRow("any") << QByteArray("*/*") << false;
        QTest::newRow("refused") << QByteArray("application/openmetrics-text; q=0, text/plain") << false;
        QTest::newRow("text preferred") << QByteArray("text/plain;q=1, application/openmetrics-text;q=0.1") << false;
        QTest::newRow("spaced") << QByteArray("text/plain; q=0.5, Application/OpenMetrics-Text ; version=1.0.0") << true;
    }

    void negotiation()
    {
        QFETCH(QByteArray, accept);
        QFETCH(bool, openMetrics);
        QCOMPARE(negotiateExposition(accept) == ExpositionFormat::OpenMetrics, openMetrics);
    }

    void listenAddress_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("address"); // empty: refused
        QTest::addColumn<int>("port");
        QTest::newRow("port") << "9745" << "127.0.0.1" << 9745;
        QTest::newRow(":port") << ":9745" << "127.0.0.1" << 9745;
        QTest::newRow("localhost") << "localhost:9745" << "127.0.0.1" << 9745;
        QTest::newRow("ipv4") << "192.0.2.7:80" << "192.0.2.7" << 80;
        QTest::newRow("any") << "0.0.0.0:9745" << "0.0.0.0" << 9745;
        QTest::newRow("ipv6") << "[::1]:9745" << "::1" << 9745;
        QTest::newRow("free port") << "127.0.0.1:0" << "127.0.0.1" << 0;
        QTest::newRow("bare ipv6") << "::1:9745" << "" << 0;
        QTest::newRow("host name") << "oms.example:9745" << "" << 0;
        QTest::newRow("too large") << "65536" << "" << 0;
        QTest::newRow("signed") << "+80" << "" << 0;
        QTest::newRow("no port") << "127.0.0.1:" << "" << 0;
        QTest::newRow("words") << "metrics" << "" << 0;
    }

    void listenAddress()
    {
        QFETCH(QString, text);
        QFETCH(QString, address);
        QFETCH(int, port);
        const auto parsed = parseListenAddress(text);
        QCOMPARE(parsed.has_value(), !address.isEmpty());
        if (parsed) {
            QCOMPARE(parsed->first, QHostAddress(address));
            QCOMPARE(int(parsed->second), port);
        }
    }

    /// Every value is the list's, by the list's rules; failures are counted and the last good
    /// data stays; alerts and verification results appear; no secret is written.
    void session()
    {
        SimulatorServer server(Scenario::Slice::OmsPrimary);
        server.scenario().freeze(Scenario::StartSeconds + 600, T0);
        QVERIFY(server.listen());
        HttpTransport transport;
        HistoryStore store; // background collection records there, and only runs with one
        QString why;
        QVERIFY2(store.open(QStringLiteral(":memory:"), &why), qPrintable(why));
        InstanceSession session(simulatedOms4(server), &transport);
        session.setHistoryStore(&store);
        session.setClock([] { return T0; });
        session.setOnScreen(false);
        AlertMonitor monitor(AlertSettings{}, [] { return T0.toMSecsSinceEpoch(); });
        monitor.watch(session.name(), session.poller());
        FleetMetrics metrics;
        metrics.watch(&session);
        metrics.setAlerts(&monitor);
        QSignalSpy tables(&session, &InstanceSession::backgroundTables);

        // Before any answer: the instance is listed, not yet up or down; the counters are at 0.
        QList<MetricFamily> f = metrics.collect(T0.toMSecsSinceEpoch());
        QCOMPARE(count(f, QStringLiteral("omsdash_instance")), 1);
        QCOMPARE(count(f, QStringLiteral("omsdash_instance_up")), 0);
        QCOMPARE(value(f, QStringLiteral("omsdash_instance_poll_errors"), {{QStringLiteral("channel"), QStringLiteral("projects")}}),
                 0.0);
        QCOMPARE(count(f, QStringLiteral("omsdash_project")), 0);

        session.start();
        QTRY_VERIFY(session.hasProjects());
        // The verifying project's results, fetched in the background.
        auto tablesOf = [&tables](const QString &id) {
            QList<TableProgress> rows;
            for (const QList<QVariant> &args : std::as_const(tables))
                if (args.at(0).toString() == id)
                    rows = args.at(1).value<QList<TableProgress>>();
            return rows;
        };
        QTRY_VERIFY(!tablesOf(QStringLiteral("np_8a7c8e")).isEmpty());
        const qint64 now = T0.addSecs(20).toMSecsSinceEpoch();
        f = metrics.collect(now);

        QCOMPARE(value(f, QStringLiteral("omsdash_instance_up"), {}), 1.0);
        QCOMPARE(*value(f, QStringLiteral("omsdash_instance_last_success_timestamp_seconds"), {}),
                 session.health().lastSuccess.toMSecsSinceEpoch() / 1000.0);
        QCOMPARE(*value(f, QStringLiteral("omsdash_instance_api_response_seconds"), {}),
                 session.health().responseMs / 1000.0);
        QCOMPARE(value(f, QStringLiteral("omsdash_instance"), {{QStringLiteral("api"), QStringLiteral("oms4")}}), 1.0);

        const QList<ProjectSummary> &rows = session.projects()->rows();
        QCOMPARE(count(f, QStringLiteral("omsdash_project")), int(rows.size()));
        int withFull = 0, withLatency = 0;
        for (const ProjectSummary &p : rows) {
            const Labels ids = project(p.id);
            QCOMPARE(value(f, QStringLiteral("omsdash_project"),
                           ids + Labels{{QStringLiteral("name"), p.name}, {QStringLiteral("type"), p.type},
                                        {QStringLiteral("source"), p.sourceType}, {QStringLiteral("sink"), p.sinkType}}),
                     1.0);
            // A state set: eight states, exactly one of them 1.
            QCOMPARE(count(f, QStringLiteral("omsdash_project_status"), ids), 8);
            double ones = 0;
            for (const auto &s : matching(f, QStringLiteral("omsdash_project_status"), ids))
                ones += s.value;
            QCOMPARE(ones, 1.0);
            QCOMPARE(value(f, QStringLiteral("omsdash_project_alarm_level"),
                           ids + Labels{{QStringLiteral("omsdash_project_alarm_level"), p.alarmLevel}}),
                     1.0);
            QCOMPARE(value(f, QStringLiteral("omsdash_project_status_rank"), ids),
                     double(statusClassRank(classifyStatus(p.status))));
            if (const auto full = rowFullProgress(p)) {
                ++withFull;
                QCOMPARE(value(f, QStringLiteral("omsdash_project_full_progress_ratio"), ids), *full / 100.0);
            } else {
                QCOMPARE(count(f, QStringLiteral("omsdash_project_full_progress_ratio"), ids), 0);
            }
            QCOMPARE(value(f, QStringLiteral("omsdash_project_current_step"),
                           ids + Labels{{QStringLiteral("step"), rowCurrentStep(p)}}),
                     rowCurrentStep(p).isEmpty() ? std::nullopt : std::optional<double>(1.0));
            if (p.latencySeconds) {
                ++withLatency;
                QCOMPARE(value(f, QStringLiteral("omsdash_project_incremental_latency_seconds"), ids), *p.latencySeconds);
                QCOMPARE(*value(f, QStringLiteral("omsdash_project_incremental_latency_sample_age_seconds"), ids),
                         (now - p.latencySampleTime.toMSecsSinceEpoch()) / 1000.0);
            }
        }
        QVERIFY(withFull >= 3);
        QVERIFY(withLatency >= 1);

        // The failed schema migration, at its alarm level, in the state set.
        const Labels failed = project(QStringLiteral("np_7d4f5b"));
        QCOMPARE(value(f, QStringLiteral("omsdash_project_status"),
                       failed + Labels{{QStringLiteral("omsdash_project_status"), QStringLiteral("FAILED")}}),
                 1.0);
        QCOMPARE(value(f, QStringLiteral("omsdash_project_status"),
                       failed + Labels{{QStringLiteral("omsdash_project_status"), QStringLiteral("RUNNING")}}),
                 0.0);
        QCOMPARE(value(f, QStringLiteral("omsdash_project_alarm_level"),
                       failed + Labels{{QStringLiteral("omsdash_project_alarm_level"), QStringLiteral("HIGH")}}),
                 1.0);

        // The steps running now, with their stage.
        QCOMPARE(value(f, QStringLiteral("omsdash_project_running_step"),
                       project(QStringLiteral("np_7a1c2e")) + Labels{{QStringLiteral("step"), QStringLiteral("FULL_TRANSFER")},
                                                                    {QStringLiteral("stage"), QStringLiteral("full")}}),
                 1.0);
        QCOMPARE(count(f, QStringLiteral("omsdash_project_running_step"), failed), 0);

        // Rates from the running full migration's stepInfo: records/s as sent, RT in seconds.
        const ProjectSummary *orders = nullptr;
        for (const ProjectSummary &p : rows)
            orders = p.id == QLatin1String("np_7a1c2e") ? &p : orders;
        QVERIFY(orders);
        const Step *transfer = findStep(orders->steps, StepKind::Full);
        QVERIFY(transfer && transfer->info.dstRps && transfer->info.dstRt && transfer->info.dstRpsRef);
        const Labels dst = project(orders->id)
            + Labels{{QStringLiteral("step"), transfer->name}, {QStringLiteral("side"), QStringLiteral("destination")}};
        QCOMPARE(value(f, QStringLiteral("omsdash_project_records_per_second"), dst), *transfer->info.dstRps);
        QCOMPARE(value(f, QStringLiteral("omsdash_project_baseline_records_per_second"), dst), *transfer->info.dstRpsRef);
        QCOMPARE(value(f, QStringLiteral("omsdash_project_rt_seconds"), dst), *transfer->info.dstRt / 1000.0);
        QCOMPARE(value(f, QStringLiteral("omsdash_project_processed_records"),
                       project(orders->id) + Labels{{QStringLiteral("stage"), QStringLiteral("full")}}),
                 double(*transfer->info.processedRecords));

        // Verification results: the counts of the rows the background poll brought.
        const QList<TableProgress> verified = tablesOf(QStringLiteral("np_8a7c8e"));
        const Labels payments = project(QStringLiteral("np_8a7c8e"));
        int inconsistent = 0, finished = 0;
        for (const TableProgress &t : verified) {
            inconsistent += t.resultType == QLatin1String("INCONSISTENT") || t.mismatchedCount.value_or(0) > 0
                    || t.sourceOnlyCount.value_or(0) > 0 || t.destOnlyCount.value_or(0) > 0
                ? 1
                : 0;
            finished += t.progress.value_or(0) >= 100 ? 1 : 0;
        }
        QVERIFY(inconsistent > 0 && finished > 0); // the story has both
        QCOMPARE(value(f, QStringLiteral("omsdash_project_tables"), payments), double(verified.size()));
        QCOMPARE(value(f, QStringLiteral("omsdash_project_tables_inconsistent"), payments), double(inconsistent));
        QCOMPARE(value(f, QStringLiteral("omsdash_project_tables_finished"), payments), double(finished));

        // The alert engine's own alerts.
        QCOMPARE(value(f, QStringLiteral("omsdash_alerts"),
                       failed + Labels{{QStringLiteral("rule"), QStringLiteral("projectFailed")},
                                       {QStringLiteral("severity"), QStringLiteral("HIGH")},
                                       {QStringLiteral("alertstate"), QStringLiteral("firing")}}),
                 1.0);

        // Nothing secret in the exposition.
        const QByteArray text = writeExposition(f, ExpositionFormat::Text);
        QVERIFY(!text.contains(server.password().toUtf8()));
        QVERIFY(!text.contains(server.token().toUtf8()));
        QVERIFY(!text.contains("Authorization"));

        // A failing instance: counted, down, and its projects as last seen.
        server.setFault(SimulatorServer::Fault::ServerError);
        session.poller()->refreshNow();
        QTRY_COMPARE(value(metrics.collect(now), QStringLiteral("omsdash_instance_poll_errors"),
                           {{QStringLiteral("channel"), QStringLiteral("projects")}}),
                     1.0);
        f = metrics.collect(now);
        QCOMPARE(value(f, QStringLiteral("omsdash_instance_up"), {}), 0.0);
        QCOMPARE(count(f, QStringLiteral("omsdash_project")), int(rows.size()));
        QCOMPARE(value(f, QStringLiteral("omsdash_project_tables"), payments), double(verified.size()));
    }

    /// A background fetch that fails is counted on its own channel.
    void backgroundFailures()
    {
        SimulatorServer server(Scenario::Slice::OmsPrimary);
        server.scenario().freeze(Scenario::StartSeconds + 600, T0);
        server.refuseRoute(QStringLiteral("ListProjectFullVerifyResult"));
        QVERIFY(server.listen());
        HttpTransport transport;
        HistoryStore store;
        QString why;
        QVERIFY(store.open(QStringLiteral(":memory:"), &why));
        InstanceSession session(simulatedOms4(server), &transport);
        session.setHistoryStore(&store);
        session.setOnScreen(false);
        FleetMetrics metrics;
        metrics.watch(&session);
        QSignalSpy failed(&session, &InstanceSession::backgroundFailed);
        session.start();
        QTRY_VERIFY(!failed.isEmpty());
        QTRY_COMPARE(transport.inFlight(QStringLiteral("127.0.0.1")), 0);
        const QList<MetricFamily> f = metrics.collect(T0.toMSecsSinceEpoch());
        QCOMPARE(value(f, QStringLiteral("omsdash_instance_poll_errors"), {{QStringLiteral("channel"), QStringLiteral("background")}}),
                 double(failed.size()));
        QCOMPARE(value(f, QStringLiteral("omsdash_instance_poll_errors"), {{QStringLiteral("channel"), QStringLiteral("projects")}}),
                 0.0);
        QCOMPARE(value(f, QStringLiteral("omsdash_instance_up"), {}), 1.0);
        QCOMPARE(count(f, QStringLiteral("omsdash_project_tables")), 0);
    }

    /// A URL's user info and query never reach a label.
    void noSecretInUrl()
    {
        HttpTransport transport;
        InstanceConfig cfg;
        cfg.name = QStringLiteral("oms");
        cfg.baseUrl = QUrl(QStringLiteral("https://admin:s3cret@oms.example:8089/oms?token=abc#x"));
        InstanceSession session(cfg, &transport);
        FleetMetrics metrics;
        metrics.watch(&session);
        const QByteArray text = writeExposition(metrics.collect(0), ExpositionFormat::Text);
        QVERIFY(text.contains("omsdash_instance_info{instance=\"oms\",api=\"oms4\",url=\"https://oms.example:8089/oms\"} 1\n"));
        QVERIFY(!text.contains("s3cret"));
        QVERIFY(!text.contains("abc"));
    }

    /// A session that goes away takes its series with it.
    void sessionGone()
    {
        HttpTransport transport;
        FleetMetrics metrics;
        auto *session = new InstanceSession(InstanceConfig{}, &transport);
        metrics.watch(session);
        QCOMPARE(count(metrics.collect(0), QStringLiteral("omsdash_instance")), 1);
        delete session;
        QCOMPARE(count(metrics.collect(0), QStringLiteral("omsdash_instance")), 0);
    }

    /// /metrics in the format asked for, /healthz, 404 elsewhere; scraping asks the instance nothing.
    void server()
    {
        SimulatorServer sim(Scenario::Slice::OmsPrimary);
        sim.scenario().freeze(Scenario::StartSeconds + 600, T0);
        QVERIFY(sim.listen());
        HttpTransport transport;
        HistoryStore store;
        QString why;
        QVERIFY(store.open(QStringLiteral(":memory:"), &why));
        InstanceConfig cfg = simulatedOms4(sim);
        cfg.projectsIntervalMs = 3600 * 1000; // one list poll in this test
        InstanceSession session(cfg, &transport);
        session.setHistoryStore(&store);
        session.setOnScreen(false);
        QSignalSpy tables(&session, &InstanceSession::backgroundTables);
        FleetMetrics metrics;
        metrics.watch(&session);
        MetricsServer server(&metrics);
        server.setClock([] { return T0.toMSecsSinceEpoch(); });
        QVERIFY2(server.listen(QHostAddress::LocalHost, 0, &why), qPrintable(why));
        QVERIFY(server.port() > 0);
        session.start();
        QTRY_VERIFY(session.hasProjects());
        QTRY_VERIFY(std::any_of(tables.cbegin(), tables.cend(),
                                [](const QList<QVariant> &a) { return a.at(0).toString() == QLatin1String("np_8a7c8e"); }));
        QTRY_COMPARE(transport.inFlight(QStringLiteral("127.0.0.1")), 0); // the background fetches too
        const int requests = sim.totalRequests();

        QNetworkAccessManager nam;
        const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(server.port()));
        int status = 0;
        QByteArray type;
        QByteArray body = get(nam, base.resolved(QUrl(QStringLiteral("/metrics"))),
                              "application/openmetrics-text;version=1.0.0,text/plain;version=0.0.4;q=0.5", &status,
                              &type);
        QCOMPARE(status, 200);
        QCOMPARE(type, expositionContentType(ExpositionFormat::OpenMetrics));
        QVERIFY(body.endsWith("# EOF\n"));
        QVERIFY(body.contains("# TYPE omsdash_project_status stateset\n"));
        QVERIFY(body.contains("omsdash_instance_up{instance=\"sim\"} 1\n"));
        QVERIFY(body.contains("name=\"billing \xe8\xb4\xa6\xe5\x8d\x95 Oracle \xe2\x86\x92 OB Oracle\""));

        body = get(nam, base.resolved(QUrl(QStringLiteral("/metrics"))), {}, &status, &type);
        QCOMPARE(status, 200);
        QCOMPARE(type, expositionContentType(ExpositionFormat::Text));
        QVERIFY(!body.contains("# EOF"));
        QVERIFY(body.contains("# TYPE omsdash_instance_poll_errors_total counter\n"));

        QCOMPARE(get(nam, base.resolved(QUrl(QStringLiteral("/healthz"))), {}, &status), QByteArray("ok\n"));
        QCOMPARE(status, 200);
        get(nam, base.resolved(QUrl(QStringLiteral("/"))), {}, &status);
        QCOMPARE(status, 200);
        get(nam, base.resolved(QUrl(QStringLiteral("/secrets"))), {}, &status);
        QCOMPARE(status, 404);
        QNetworkRequest postRequest(base.resolved(QUrl(QStringLiteral("/metrics"))));
        postRequest.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain"));
        QNetworkReply *post = nam.post(postRequest, QByteArray("x"));
        QSignalSpy posted(post, &QNetworkReply::finished);
        QVERIFY(posted.wait(5000));
        QVERIFY(post->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() >= 400);
        delete post;

        QCOMPARE(server.scrapes(), quint64(2));
        QCOMPARE(sim.totalRequests(), requests); // the scrapes asked the instance nothing

        // The port is taken: a clear error, no crash.
        MetricsServer second(&metrics);
        QVERIFY(!second.listen(QHostAddress::LocalHost, server.port(), &why));
        QVERIFY2(why.contains(QString::number(server.port())), qPrintable(why));
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
