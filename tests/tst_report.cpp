// SPDX-License-Identifier: MIT
// Reports: the facts (latency and table summaries, server history merged without
// duplicates), the JSON and CSV writers, and the collector against the simulator.
#include "alertengine.h"
#include "csv.h"
#include "historystore.h"
#include "report.h"
#include "reportformat.h"
#include "serviceclient.h"
#include "simulatedinstance.h"
#include "simulatorserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace omsdash;
using sim::Scenario;
using sim::SimulatorServer;

namespace {

ProjectReport sampleProject()
{
    ProjectReport p;
    p.instance = QStringLiteral("oms-prod");
    p.summary.id = QStringLiteral("np_1");
    p.summary.name = QStringLiteral("账单, \"billing\"");
    p.summary.status = QStringLiteral("RUNNING");
    p.summary.alarmLevel = QStringLiteral("HIGH");
    Step full;
    full.order = 4;
    full.name = QStringLiteral("FULL_TRANSFER");
    full.status = QStringLiteral("RUNNING");
    full.startTime = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
    full.progress = 42;
    full.info.srcRps = 52000;
    full.info.dstRt = 1.5;
    full.info.srcIops = 8388608;
    Step failed;
    failed.order = 2;
    failed.name = QStringLiteral("STRUCT_TRANSFER");
    failed.status = QStringLiteral("FAILED");
    failed.startTime = QDateTime::fromSecsSinceEpoch(1'799'990'000, Qt::UTC);
    failed.finishTime = QDateTime::fromSecsSinceEpoch(1'799'990'140, Qt::UTC);
    failed.errorCode = QStringLiteral("OMS-1001");
    failed.errorMessage = QStringLiteral("line one\nline two");
    p.detail.steps = {failed, full};
    for (int i = 0; i < 20; ++i) {
        MetricSample s;
        s.timeMs = 1'800'000'000'000 + i * 5000LL;
        s.latencySeconds = i + 1; // 1..20
        s.srcRps = 50000 + i;
        p.samples << s;
    }
    p.latency.seconds = 3;
    p.latency.sampleTime = QDateTime::fromSecsSinceEpoch(1'800'000'100, Qt::UTC);
    p.latency.source = IncrementalLatency::Source::ServerSample;
    TableProgress a;
    a.sourceSchema = QStringLiteral("PAY");
    a.sourceTable = QStringLiteral("支付流水_0003");
    a.status = QStringLiteral("FINISHED");
    a.progress = 100;
    a.resultType = QStringLiteral("INCONSISTENT");
    a.mismatchedCount = 3;
    TableProgress b;
    b.sourceTable = QStringLiteral("t_slow");
    b.status = QStringLiteral("RUNNING");
    b.progress = 5;
    TableProgress c;
    c.sourceTable = QStringLiteral("t_fast");
    c.status = QStringLiteral("RUNNING");
    c.progress = 80;
    p.tables = {a, b, c};
    return p;
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private slots:
    void openAlertsAreThoseNotResolved()
    {
        ProjectReport p;
        const auto row = [](const char *kind, const char *key) {
            AlertLogEntry e;
            e.kind = QString::fromLatin1(kind);
            e.key = QString::fromLatin1(key);
            return e;
        };
        QCOMPARE(openAlertCount(p), 0);
        p.alerts = {row("raised", "a"), row("raised", "b"), row("repeated", "a"), row("acknowledged", "a"),
                    row("resolved", "b"), row("raised", "c"), row("resolved", "c"), row("raised", "c")};
        QCOMPARE(openAlertCount(p), 2); // a (acknowledged is still open), c raised again; b resolved
    }

    /// Reports list projects worst first by the facts they state: the detail's status wins
    /// over the row's, the report's latency over the row's; one ID on two instances by instance.
    void projectsWorstFirst()
    {
        const auto report = [](const char *instance, const char *id, const char *rowStatus, const char *level,
                               std::optional<double> latency) {
            ProjectReport p;
            p.instance = QLatin1String(instance);
            p.summary.id = QLatin1String(id);
            p.summary.name = QLatin1String(id);
            p.summary.status = QLatin1String(rowStatus);
            p.summary.alarmLevel = QLatin1String(level);
            p.latency.seconds = latency;
            return p;
        };
        QList<ProjectReport> projects{report("b", "same", "RUNNING", "HIGH", 5), report("a", "same", "RUNNING", "HIGH", 5),
                                      report("a", "lagging", "RUNNING", "HIGH", 300), report("a", "low", "RUNNING", "LOW", 900),
                                      report("a", "done", "FINISHED", "HIGH", std::nullopt),
                                      report("a", "detail-failed", "RUNNING", "LOW", std::nullopt)};
        projects[5].detail.progress.status = QStringLiteral("FAILED"); // fresher than the row's RUNNING
        orderWorstFirst(projects);
        QStringList order;
        for (const ProjectReport &p : projects)
            order << p.instance + QLatin1Char('/') + p.summary.id;
        QCOMPARE(order, (QStringList{QStringLiteral("a/detail-failed"), QStringLiteral("a/lagging"), QStringLiteral("a/same"),
                                     QStringLiteral("b/same"), QStringLiteral("a/low"), QStringLiteral("a/done")}));
    }

    void latencyOverTheRange()
    {
        const LatencySummary s = latencySummary(sampleProject());
        QCOMPARE(s.samples, 20);
        QCOMPARE(s.current, std::optional<double>(3));
        QCOMPARE(s.min, std::optional<double>(1));
        QCOMPARE(s.max, std::optional<double>(20));
        QCOMPARE(s.average, std::optional<double>(10.5));
        QCOMPARE(s.p95, std::optional<double>(19)); // nearest rank: the 19th of 20
        QVERIFY(!latencySummary(ProjectReport{}).min);
    }

    void tablesByStatusSlowestAndInconsistent()
    {
        const TableSummary s = tableSummary(sampleProject().tables, 1);
        QCOMPARE(s.total, 3);
        QCOMPARE(s.byStatus, (QList<std::pair<QString, int>>{{QStringLiteral("FINISHED"), 1}, {QStringLiteral("RUNNING"), 2}}));
        QCOMPARE(s.inconsistent.size(), 1);
        QCOMPARE(s.inconsistent.first().sourceTable, QStringLiteral("支付流水_0003"));
        QCOMPARE(s.slowest.size(), 1);
        QCOMPARE(s.slowest.first().sourceTable, QStringLiteral("t_slow"));
    }

    void serverHistoryFillsGapsOnly()
    {
        QHash<QString, QList<HistoryValue>> values;
        HistoryValue ours;
        ours.timeMs = 1'000'000;
        ours.value = 10;
        values[QStringLiteral("dstRps")] = {ours};
        StepMetricSeries rps;
        rps.stepName = QStringLiteral("FULL_TRANSFER");
        rps.metricType = QStringLiteral("RPS");
        rps.name = QStringLiteral("SINK_RPS");
        rps.points = {{1'000'000 - 60'000, 7.0}, {1'000'000 + 100'000, 8.0}, {1'000'000 + 400'000, 9.0}};
        mergeServerHistory(values, {rps}, 150'000);
        const QList<HistoryValue> &merged = values.value(QStringLiteral("dstRps"));
        QCOMPARE(merged.size(), 2); // two server points lie within 2.5 min of ours
        QCOMPARE(merged.at(0).value, 10.0);
        QCOMPARE(merged.at(1).value, 9.0);
        QCOMPARE(merged.at(1).origin, HistoryPoint::Origin::Server);
        mergeServerHistory(values, {rps}, 150'000); // again: nothing new
        QCOMPARE(values.value(QStringLiteral("dstRps")).size(), 2);
    }

    void jsonCarriesTheFactsWithUnitsAndNulls()
    {
        Report r;
        r.generatedMs = 1'800'000'200'000;
        r.fromMs = r.generatedMs - 3600'000;
        r.toMs = r.generatedMs;
        r.projects = {sampleProject()};
        const QJsonObject json = reportformat::toJson(r);
        QCOMPARE(json.value(QStringLiteral("schemaVersion")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("generatedAt")).toString(), QStringLiteral("2027-01-15T08:03:20Z"));
        QCOMPARE(json.value(QStringLiteral("range")).toObject().value(QStringLiteral("from")).toString(),
                 QStringLiteral("2027-01-15T07:03:20Z"));
        const QJsonObject p = json.value(QStringLiteral("projects")).toArray().first().toObject();
        QCOMPARE(p.value(QStringLiteral("name")).toString(), QStringLiteral("账单, \"billing\""));
        QCOMPARE(p.value(QStringLiteral("incrLatencySeconds")).toDouble(), 3.0);
        QCOMPARE(p.value(QStringLiteral("incrLatencySampleTime")).toString(), QStringLiteral("2027-01-15T08:01:40Z"));
        QVERIFY(p.value(QStringLiteral("structProgressPercent")).isNull()); // absent is null, not 0
        const QJsonArray steps = p.value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.size(), 2);
        const QJsonObject failed = steps.at(0).toObject();
        QCOMPARE(failed.value(QStringLiteral("durationSeconds")).toDouble(), 140.0);
        QCOMPARE(failed.value(QStringLiteral("errorCode")).toString(), QStringLiteral("OMS-1001"));
        const QJsonObject metrics = steps.at(1).toObject().value(QStringLiteral("metrics")).toObject();
        QCOMPARE(metrics.value(QStringLiteral("srcRps")).toDouble(), 52000.0);
        QCOMPARE(metrics.value(QStringLiteral("dstRtMs")).toDouble(), 1.5);
        QCOMPARE(metrics.value(QStringLiteral("srcIopsBytesPerSecond")).toDouble(), 8388608.0);
        QVERIFY(metrics.value(QStringLiteral("dstRps")).isNull());
        QVERIFY(steps.at(1).toObject().value(QStringLiteral("finishTime")).isNull());
        QCOMPARE(p.value(QStringLiteral("tables")).toArray().size(), 3);
        QCOMPARE(p.value(QStringLiteral("tableSummary")).toObject().value(QStringLiteral("inconsistent")).toInt(), 1);
        QCOMPARE(p.value(QStringLiteral("latencySummary")).toObject().value(QStringLiteral("p95Seconds")).toDouble(), 19.0);
        const QJsonArray samples = p.value(QStringLiteral("samples")).toArray();
        QCOMPARE(samples.size(), 20);
        QCOMPARE(samples.at(0).toObject().value(QStringLiteral("time")).toString(), QStringLiteral("2027-01-15T08:00:00Z"));
        QCOMPARE(samples.at(19).toObject().value(QStringLiteral("srcRps")).toDouble(), 50019.0);
    }

    /// After a detail poll a project's facts are one value each: the list row (withDetail()),
    /// the header (freshestLatency()) and the JSON report agree, whichever sample is newer.
    void oneValuePerFactAfterADetailPoll()
    {
        const QDateTime t0 = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
        ProjectSummary row;
        row.id = QStringLiteral("np_1");
        row.name = QStringLiteral("orders");
        row.type = QStringLiteral("MIGRATION");
        row.status = QStringLiteral("RUNNING");
        row.currentStep = QStringLiteral("FULL_TRANSFER");
        row.fullProgress = 40;
        row.latencySeconds = 5;
        row.latencySampleTime = t0;

        ProjectDetail detail;
        detail.projectId = row.id;
        detail.progress.status = QStringLiteral("RUNNING");
        detail.progress.currentStep = QStringLiteral("INCR_TRANSFER");
        detail.progress.fullProgress = 100;
        Step incr;
        incr.order = 6;
        incr.name = QStringLiteral("INCR_TRANSFER");
        incr.status = QStringLiteral("MONITORING");
        incr.info.incrTimestampCheckpoint = t0.toSecsSinceEpoch() - 53;  // 113 s behind ...
        incr.info.checkpointSampleTimestamp = t0.toSecsSinceEpoch() + 60; // ... sampled a minute later
        detail.steps = {incr};
        detail.receivedTime = t0.addSecs(61);

        for (const bool listIsNewer : {false, true}) {
            ProjectSummary listed = row;
            if (listIsNewer) // a list poll after the detail brought 6 s
                listed.latencySampleTime = t0.addSecs(90), listed.latencySeconds = 6;
            const QDateTime later = t0.addSecs(300); // the header and the report look later
            const ProjectSummary shown = withDetail(listed, detail);
            const IncrementalLatency header = freshestLatency(shown, detail, later);
            ProjectReport project;
            project.instance = QStringLiteral("oms-prod");
            project.summary = shown;
            project.detail = detail;
            project.latency = freshestLatency(project.summary, project.detail, later);
            Report r;
            r.generatedMs = later.toMSecsSinceEpoch();
            r.fromMs = t0.toMSecsSinceEpoch();
            r.toMs = r.generatedMs;
            r.projects = {project};
            const QJsonObject json = reportformat::toJson(r).value(QStringLiteral("projects")).toArray().first().toObject();

            const double expected = listIsNewer ? 6.0 : 113.0;
            QCOMPARE(shown.latencySeconds, std::optional<double>(expected));
            QCOMPARE(header.seconds, std::optional<double>(expected));
            QCOMPARE(json.value(QStringLiteral("incrLatencySeconds")).toDouble(), expected);
            QCOMPARE(header.sampleTime, shown.latencySampleTime);
            QCOMPARE(json.value(QStringLiteral("incrLatencySampleTime")).toString(),
                     shown.latencySampleTime.toString(Qt::ISODate));
            // The other facts: the detail's, in the row and in the report.
            QCOMPARE(shown.fullProgress, std::optional<int>(100));
            QCOMPARE(json.value(QStringLiteral("fullProgressPercent")).toInt(), 100);
            QCOMPARE(shown.currentStep, QStringLiteral("INCR_TRANSFER"));
            QCOMPARE(json.value(QStringLiteral("currentStep")).toString(), QStringLiteral("INCR_TRANSFER"));
            QCOMPARE(json.value(QStringLiteral("status")).toString(), shown.status);
        }
    }

    void csvQuotesAndParsesBack()
    {
        QCOMPARE(reportformat::csvField(QStringLiteral("plain")), QByteArray("plain"));
        QCOMPARE(reportformat::csvField(QStringLiteral("a,\"b\"")), QByteArray("\"a,\"\"b\"\"\""));
        Report r;
        r.projects = {sampleProject()};
        const reportformat::CsvFiles csv = reportformat::toCsv(r);
        const QList<QStringList> steps = parseCsv(QString::fromUtf8(csv.steps));
        QCOMPARE(steps.size(), 3); // header and two steps
        QCOMPARE(steps.at(0).at(0), QStringLiteral("instance"));
        for (const QStringList &row : steps)
            QCOMPARE(row.size(), steps.at(0).size());
        const int message = int(steps.at(0).indexOf(QStringLiteral("errorMessage")));
        QCOMPARE(steps.at(1).at(message), QStringLiteral("line one\nline two"));
        QCOMPARE(steps.at(1).at(2), QStringLiteral("账单, \"billing\""));
        QCOMPARE(steps.at(1).at(int(steps.at(0).indexOf(QStringLiteral("startTime")))), QStringLiteral("2027-01-15T05:13:20Z"));
        const QList<QStringList> tables = parseCsv(QString::fromUtf8(csv.tables));
        QCOMPARE(tables.size(), 4);
        QCOMPARE(tables.at(1).at(3), QStringLiteral("支付流水_0003"));
        const QList<QStringList> metrics = parseCsv(QString::fromUtf8(csv.metrics));
        QCOMPARE(metrics.size(), 21);
        const int srcRps = int(metrics.at(0).indexOf(QStringLiteral("srcRps")));
        QCOMPARE(metrics.at(20).at(srcRps), QStringLiteral("50019"));
        QCOMPARE(metrics.at(20).at(int(metrics.at(0).indexOf(QStringLiteral("dstRps")))), QString()); // absent
    }

    /// The alert log of the range goes to its project, or to the report for an instance alert;
    /// rows outside the range, or about instances and projects not reported, stay out.
    void alertsOfTheRange()
    {
        QTemporaryDir dir;
        HistoryStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("h.sqlite")), nullptr));
        const qint64 t0 = 1'800'000'000'000;
        auto record = [&store](const QString &instance, const QString &project, AlertRule rule, qint64 at,
                               AlertEvent::Kind kind = AlertEvent::Kind::Raised) {
            Alert a;
            a.key = instance + project + alertRuleName(rule);
            a.instance = instance;
            a.projectId = project;
            a.projectName = project;
            a.rule = rule;
            a.severity = QStringLiteral("HIGH");
            a.state = kind == AlertEvent::Kind::Resolved ? Alert::State::Resolved : Alert::State::Firing;
            a.startsMs = a.firingMs = a.notifiedMs = at;
            a.resolvedMs = kind == AlertEvent::Kind::Resolved ? at : 0;
            a.value = 75;
            a.threshold = 60;
            a.message = QStringLiteral("incremental latency 1 min 15 s; the HIGH threshold is 1 min");
            store.recordAlert({kind, a, false});
        };
        record(QStringLiteral("oms-prod"), QStringLiteral("np_1"), AlertRule::Latency, t0 - 7200'000); // before
        record(QStringLiteral("oms-prod"), QStringLiteral("np_1"), AlertRule::Latency, t0 + 1000);
        record(QStringLiteral("oms-prod"), QStringLiteral("np_1"), AlertRule::Latency, t0 + 2000, AlertEvent::Kind::Resolved);
        record(QStringLiteral("oms-prod"), QString(), AlertRule::InstanceDown, t0 + 3000);
        record(QStringLiteral("oms-prod"), QStringLiteral("np_other"), AlertRule::ProjectFailed, t0 + 4000);
        record(QStringLiteral("elsewhere"), QString(), AlertRule::InstanceDown, t0 + 5000);
        store.flush();

        Report r;
        r.fromMs = t0 - 3600'000;
        r.toMs = t0 + 3600'000;
        r.generatedMs = r.toMs;
        r.projects = {sampleProject()};
        attachAlerts(r, &store);
        QCOMPARE(r.projects.first().alerts.size(), 2);
        QCOMPARE(r.projects.first().alerts.at(0).kind, QStringLiteral("raised"));
        QCOMPARE(r.projects.first().alerts.at(1).kind, QStringLiteral("resolved"));
        QCOMPARE(r.alerts.size(), 1);
        QCOMPARE(r.alerts.first().rule, QStringLiteral("instanceDown"));

        const QJsonObject json = reportformat::toJson(r);
        const QJsonObject raised =
            json[QStringLiteral("projects")][0][QStringLiteral("alerts")][0].toObject();
        QCOMPARE(raised.value(QStringLiteral("rule")).toString(), QStringLiteral("latency"));
        QCOMPARE(raised.value(QStringLiteral("time")).toString(), QStringLiteral("2027-01-15T08:00:01Z"));
        QCOMPARE(raised.value(QStringLiteral("value")).toDouble(), 75.0);
        QVERIFY(raised.value(QStringLiteral("step")).isNull());
        QVERIFY(!raised.contains(QStringLiteral("instance")));
        QCOMPARE(json[QStringLiteral("alerts")][0][QStringLiteral("instance")].toString(), QStringLiteral("oms-prod"));

        const QList<QStringList> csv = parseCsv(QString::fromUtf8(reportformat::toCsv(r).alerts));
        QCOMPARE(csv.size(), 4); // header, the instance's, the project's two
        QCOMPARE(csv.at(1).at(int(csv.at(0).indexOf(QStringLiteral("rule")))), QStringLiteral("instanceDown"));
        QCOMPARE(csv.at(3).at(int(csv.at(0).indexOf(QStringLiteral("event")))), QStringLiteral("resolved"));
    }

    /// Several projects are collected side by side, never more than ProjectsAtOnce, and the
    /// answer keeps the list's order; a new collect() drops the one still on its way.
    void collectorRunsProjectsSideBySideInListOrder()
    {
        SimulatorServer server(Scenario::Slice::OmsPrimary);
        server.scenario().addFillerProjects(12);
        QVERIFY(server.listen());
        HttpTransport transport;
        transport.setBudgetLimits(BudgetLimits{4, 1e9, 1000000});
        const InstanceConfig cfg = simulatedOms4(server);
        auto client = ServiceClient::create(cfg, &transport);
        QStringList listed;
        bool listedDone = false;
        client->fetchProjects([&](const Result<QList<ProjectSummary>> &r) {
            for (const ProjectSummary &p : r.value)
                listed << p.id;
            listedDone = true;
        });
        QTRY_VERIFY(listedDone);
        QCOMPARE(listed.size(), 20);

        ReportCollector collector(client.get(), nullptr);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        server.setRecording(true);
        std::optional<Result<QList<ProjectReport>>> result;
        collector.collect({}, now - 3600'000, now, [&result](auto r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
        QVERIFY(result->ok());
        QStringList ids;
        for (const ProjectReport &p : result->value) {
            ids << p.summary.id;
            QVERIFY2(p.detail.receivedTime.isValid(), qPrintable(p.summary.id)); // each one's own detail
            QCOMPARE(p.detail.projectId, p.summary.id);
        }
        QCOMPARE(ids, listed);

        // From each project's first request to its last, how many projects were open at once.
        QHash<QString, std::pair<int, int>> span; // id -> its first and last request
        const QList<SimulatorServer::ReceivedRequest> received = server.received();
        for (int i = 0; i < received.size(); ++i) {
            const QJsonObject body = QJsonDocument::fromJson(received.at(i).body).object();
            // DescribeProjectProgress and -Steps say "id"; -StepMetric and the verification "projectId".
            const QString id = body.value(QLatin1String("id")).toString(body.value(QLatin1String("projectId")).toString());
            if (id.isEmpty())
                continue; // ListProjects
            auto it = span.find(id);
            if (it == span.end())
                span.insert(id, {i, i});
            else
                it->second = i;
        }
        QCOMPARE(span.size(), 20);
        int most = 0;
        for (int i = 0; i < received.size(); ++i) {
            const auto open = std::count_if(span.cbegin(), span.cend(),
                                            [i](const std::pair<int, int> &s) { return s.first <= i && i <= s.second; });
            most = std::max(most, int(open));
        }
        QVERIFY2(most > 1 && most <= ReportCollector::ProjectsAtOnce, qPrintable(QString::number(most)));

        // A collect() while one is on its way: the first one's answers still arriving (into a
        // list already cleared) are dropped, and the new one answers with its own projects.
        const int before = server.requestCount(QStringLiteral("DescribeProjectSteps"));
        collector.collect({}, now - 3600'000, now, [](auto) {});
        QTRY_VERIFY(server.requestCount(QStringLiteral("DescribeProjectSteps")) > before);
        result.reset();
        collector.collect({listed.at(3), listed.at(1)}, now - 3600'000, now, [&result](auto r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
        QVERIFY(result->ok());
        QCOMPARE(result->value.size(), 2);
        QCOMPARE(result->value.at(0).summary.id, listed.at(1)); // the list's order
        QCOMPARE(result->value.at(1).summary.id, listed.at(3));
        QCOMPARE(result->value.at(0).detail.projectId, listed.at(1));
        QCOMPARE(result->value.at(1).detail.projectId, listed.at(3));
    }

    void collectorGathersFromTheSimulator()
    {
        SimulatorServer server(Scenario::Slice::OmsPrimary);
        QVERIFY(server.listen());
        HttpTransport transport;
        InstanceConfig cfg = simulatedOms4(server);
        cfg.timeoutMs = 5000;
        auto client = ServiceClient::create(cfg, &transport);
        ReportCollector collector(client.get(), nullptr);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        std::optional<Result<QList<ProjectReport>>> result;
        collector.collect({QStringLiteral("np_7a1c2e"), QStringLiteral("np_8a7c8e")}, now - 24 * 3600'000LL, now,
                          [&result](const Result<QList<ProjectReport>> &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
        QVERIFY2(result->ok(), qPrintable(result->error.message));
        QCOMPARE(result->value.size(), 2);
        const ProjectReport &full = result->value.at(0).summary.id == QLatin1String("np_7a1c2e") ? result->value.at(0)
                                                                                                : result->value.at(1);
        const ProjectReport &verify = &full == &result->value.at(0) ? result->value.at(1) : result->value.at(0);
        QCOMPARE(full.instance, QStringLiteral("sim"));
        QVERIFY(!full.detail.steps.isEmpty());
        // No history database here: the samples are the server's own history of FULL_TRANSFER.
        QVERIFY2(full.samples.size() >= 10, qPrintable(QString::number(full.samples.size())));
        QVERIFY(full.samples.first().dstRps.value_or(0) > 1000);
        QCOMPARE(verify.tables.size(), 320);
        QVERIFY(std::any_of(verify.tables.cbegin(), verify.tables.cend(),
                            [](const TableProgress &t) { return t.sourceTable.startsWith(QStringLiteral("支付流水")); }));

        // A project the instance does not list, and an instance that is down: errors.
        result.reset();
        collector.collect({QStringLiteral("np_nope")}, now - 3600'000, now, [&result](auto r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QVERIFY(!result->ok());
        QVERIFY2(result->error.message.contains(QStringLiteral("np_nope")), qPrintable(result->error.message));
        result.reset();
        server.setFault(SimulatorServer::Fault::ServerError);
        collector.collect({}, now - 3600'000, now, [&result](auto r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QVERIFY(!result->ok());
        QCOMPARE(result->error.httpStatus, 502);
    }
};

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
