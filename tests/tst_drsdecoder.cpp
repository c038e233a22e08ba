// SPDX-License-Identifier: MIT
// Decoders for Huawei Cloud DRS over the vendor's own examples: v3 and v5 job lists, v3
// batch-progress, v5 monitor-data, progress-data and job detail, errors; and how DrsClient
// turns them into rows and details.
#include "fixture.h"
#include "readersagree.h"

#include "drsdecoder.h"
#include "json.h"
#include "derived.h"
#include "omsclient.h"
#include "drsclient.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <cmath>

using namespace omsdash;

class TestDrsDecoder : public QObject
{
    Q_OBJECT

private slots:
    void progressDataFixture()
    {
        const auto r = drs::decodeProgressData(fixture(QStringLiteral("drs-v5-progress-data.json")));
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(r.value.totalCount, std::optional<qint64>(1));
        QCOMPARE(r.value.rows.size(), 1);
        const TableProgress &t = r.value.rows.first();
        QCOMPARE(t.sourceSchema, QStringLiteral("a"));
        QCOMPARE(t.sourceTable, QStringLiteral("b"));
        QCOMPARE(t.destSchema, QStringLiteral("c"));
        QCOMPARE(t.destTable, QStringLiteral("d"));
        QCOMPARE(t.progress, std::optional<double>(10));
        QCOMPARE(t.key(), QStringLiteral("a.b>c.d"));
    }

    /// The simdjson reader of progress-data pages takes a usual page and leaves every odd body
    /// to the QJsonDocument reader; whatever it takes, the two give the same rows, counts and
    /// warnings. Over the fixtures, the fuzz seeds and bodies made odd on purpose.
    void progressDataReadersAgree()
    {
        const auto row = [](const QByteArray &members) { return QByteArray("{") + members + "}"; };
        const auto page = [](const QByteArray &rows, const QByteArray &more = {}) {
            return QByteArray(R"({"count": 3, "flow_compare_data": [)") + rows + "]" + more + "}";
        };
        const QByteArray usual = row(R"("src_db":"db","src_tb":"orders","dst_db":"db2","dst_tb":"orders","progress":"45.5","status":"RUNNING")");
        QByteArray thousand;
        for (int i = 0; i < 1000; ++i) {
            thousand += (i ? "," : "")
                + row(QStringLiteral(R"("src_db":"库%1","src_tb":"t_%2","dst_db":"d","dst_tb":"t_%2","progress":%3)")
                          .arg(i % 7).arg(i).arg(i % 101).toUtf8());
        }
        QByteArray deep(600, '[');
        deep += QByteArray(600, ']');
        QByteArray shallow(100, '[');
        shallow += QByteArray(100, ']');
        QByteArray many;
        for (int i = 0; i <= json::MaxRows; ++i)
            many += i ? ",{}" : "{}";
        QList<ReaderCase> cases = {
            {"usual", page(usual + "," + usual), true},
            {"a thousand rows", page(thousand), true},
            {"no rows", page({}), true},
            {"numbers as text and text as numbers",
             page(row(R"("src_db":12,"src_tb":1.5,"dst_db":true,"dst_tb":null,"progress":" 7 ","status":[])") + ","
                      + row(R"("src_db":{},"progress":-0,"status":12345678901234567890)") + ","
                      + row(R"("progress":1e308,"src_tb":9007199254740993,"dst_tb":-4.25e-3)") + ","
                      + row(R"("progress":"abc","src_db":4.9e-324)"),
                  R"(,"other":{"x":[1,2,{"y":null}]})"),
             true},
            {"count as text", QByteArray(R"({"count":" 12 ","flow_compare_data":[]})"), true},
            {"count fractional", QByteArray(R"({"count":2.5,"flow_compare_data":[]})"), true},
            {"escapes and Chinese",
             page(row("\"src_db\":\"\\u00e9\\t\\\"\\\\/\",\"src_tb\":\"订单\\ud83d\\ude00\",\"status\":\"a\\u0000b\"")),
             true}, // not a raw string: moc (6.4) loses its way in one with \"
            {"a long name", page(row("\"src_tb\":\"" + QByteArray(5000, 'x') + "\"")), true},
            {"nested 100 deep elsewhere", page(usual, ",\"x\":" + shallow), true},
            {"names in another case", page(row(R"("SRC_DB":"a","src_tb":"b")")), false},
            {"a name in another case beyond ASCII", page(row(R"("src_db":"a","ſtatus":"FAILED")")), false},
            {"the root name in another case", QByteArray(R"({"Flow_Compare_Data":[]})"), false},
            {"a name twice", page(row(R"("src_db":"a","src_db":"b")")), false},
            {"error_code", page(usual, R"(,"error_code":"DRS.M00100","error_msg":"no")"), false},
            {"empty error_code", page(usual, R"(,"error_code":"")"), false},
            {"rows null", QByteArray(R"({"flow_compare_data":null})"), false},
            {"rows missing", QByteArray(R"({"count":1})"), false},
            {"rows not a list", QByteArray(R"({"flow_compare_data":{}})"), false},
            {"an item not an object", page(usual + ",1"), false},
            {"more than MaxRows", page(many), false},
            {"nested 600 deep elsewhere", page(usual, ",\"x\":" + deep), false},
            {"a lone surrogate", page(row(R"("src_db":"\ud800")")), false},
            {"a byte-order mark", "\xEF\xBB\xBF" + page(usual), false},
            {"invalid UTF-8", page(row("\"src_db\":\"\xC3\x28\"")), false},
            {"a number too large", page(row(R"("progress":1e400)")), false},
            {"a number too small elsewhere", page(usual, R"(,"x":[{"y":88888888888885e-32488886}])"), false},
            {"a fractional zero", page(row(R"("progress":0.0,"src_db":-0.0)")), true},
            {"an underflow", page(row(R"("progress":1e-400)")), false},
            {"an underflow in capitals", page(row(R"("progress":1E-400)")), false},
            {"an underflow without an exponent", page(row("\"progress\":0." + QByteArray(400, '0') + "1")), false},
            {"a fractional zero and a negative exponent", page(row(R"("progress":0.0,"src_db":2.5e-3)")), false},
            {"a fractional zero and text like an exponent", page(row(R"("progress":0.0,"src_db":"5e-3")")), false},
            {"a negative exponent without a zero", page(row(R"("progress":2.5e-3,"src_db":"5e-3")")), true},
            {"garbage after", page(usual) + "x", false},
            {"a root list", "[" + usual + "]", false},
            {"empty", QByteArray(), false},
        };
        for (const auto &[name, body] : fixtureBodies())
            cases.append({name.toUtf8(), body, name == QLatin1String("drs-v5-progress-data.json")});
        QVERIFY(cases.size() > 40);
        int taken = 0;
        checkReadersAgree(
            cases, [](const QByteArray &b) { return drs::detail::readUsualProgressData(b); },
            [](const QByteArray &b) { return drs::detail::decodeProgressDataWithQJson(b); }, [](const QByteArray &b) { return drs::decodeProgressData(b); },
            [](const auto &page) -> const auto & { return page.rows; }, taken);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(taken >= 10);
        // Qt keeps -0.0 as the whole number 0; == cannot tell the two apart.
        const auto minusZero = drs::detail::readUsualProgressData(page(row(R"("progress":-0.0)")));
        QVERIFY(minusZero && minusZero->rows.size() == 1 && minusZero->rows.at(0).progress);
        QVERIFY(!std::signbit(*minusZero->rows.at(0).progress));
    }

    void progressDataError400()
    {
        const QByteArray body = fixture(QStringLiteral("drs-v5-progress-data-400.json"));
        const ApiError e = drs::decodeHttpError(400, body);
        QCOMPARE(e.kind, ApiError::Kind::Api);
        QCOMPARE(e.httpStatus, 400);
        QCOMPARE(e.code, QStringLiteral("DRS.M05003"));
        QCOMPARE(e.message, QStringLiteral("Task information not found."));
        // The same body on a 200 is still an error, never an empty page.
        const auto r = drs::decodeProgressData(body);
        QVERIFY(!r.ok());
        QCOMPARE(r.error.code, QStringLiteral("DRS.M05003"));
    }

    void authErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::newRow("APIG.0301 on 401")
            << 401
            << QByteArray(R"({"error_code":"APIG.0301","error_msg":"Incorrect IAM authentication information","request_id":"r1"})")
            << "APIG.0301";
        QTest::newRow("invalid token 403")
            << 403 << QByteArray(R"({"error_code":"DRS.M00100","error_msg":"invalid token"})")
            << "DRS.M00100";
        QTest::newRow("401 without body") << 401 << QByteArray() << "";
    }

    void authErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        const ApiError e = drs::decodeHttpError(status, body);
        QCOMPARE(e.kind, ApiError::Kind::Auth);
        QCOMPARE(e.code, code);
    }

    void batchProgress()
    {
        const auto r = drs::decodeBatchProgress(R"({"count":2,"results":[
            {"job_id":"j1","progress":"57","incre_trans_delay":"3","incre_trans_delay_millis":"3120",
             "task_mode":"FULL_INCR_TRANS","transfer_status":"FULL_TRANSFER_STARTED",
             "process_time":"1686038576882","remaining_time":"10min",
             "progress_map":{"data":{"completed":"57%","remaining_time":"10min"}},
             "error_code":null,"error_msg":null},
            {"job_id":"j2","progress":null,"incre_trans_delay_millis":"2500",
             "transfer_status":"INCRE_TRANSFER_STARTED"}]})");
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(r.value.size(), 2);
        const DrsJobProgress &a = r.value.at(0);
        QCOMPARE(a.jobId, QStringLiteral("j1"));
        QCOMPARE(a.progress, std::optional<double>(57));
        QCOMPARE(a.delaySeconds, std::optional<double>(3)); // seconds preferred
        QCOMPARE(a.taskMode, QStringLiteral("FULL_INCR_TRANS"));
        QCOMPARE(a.transferStatus, QStringLiteral("FULL_TRANSFER_STARTED"));
        QCOMPARE(a.progressMap.value(QStringLiteral("data")).first, QStringLiteral("57%"));
        const DrsJobProgress &b = r.value.at(1);
        QVERIFY(!b.progress.has_value());
        QCOMPARE(b.delaySeconds, std::optional<double>(2.5)); // from the _millis field
    }

    /// "-1" delays say incremental synchronization has not started: no latency, never 0 s.
    /// FULL_TRANSFER_COMPLETE with progress_map's data at 100 % is full migration 100 %,
    /// whatever the overall "progress" says, and the stages come in migration order.
    void notStartedAndCompletedStages()
    {
        const auto r = drs::decodeBatchProgress(R"({"count":1,"results":[
            {"job_id":"j1","progress":"0","incre_trans_delay":"-1","incre_trans_delay_millis":"-1",
             "task_mode":"FULL_INCR_TRANS","transfer_status":"FULL_TRANSFER_COMPLETE",
             "progress_map":{"index":{"completed":"0%","remaining_time":""},
                             "data":{"completed":"100%","remaining_time":"0min"},
                             "structure":{"completed":"100%","remaining_time":"0min"}}}]})");
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        const DrsJobProgress &job = r.value.at(0);
        QVERIFY(!job.delaySeconds.has_value());
        const ProjectDetail d = DrsClient::detailFromJob(job);
        QCOMPARE(d.progress.fullProgress, std::optional<int>(100));
        QCOMPARE(d.progress.structProgress, std::optional<int>(100));
        QStringList names;
        for (const Step &s : d.steps)
            names << s.name;
        QCOMPARE(names, (QStringList{QStringLiteral("structure"), QStringLiteral("data"), QStringLiteral("index"),
                                     QStringLiteral("incremental")}));
        QCOMPARE(d.steps.at(2).status, QStringLiteral("INIT")); // index 0 %: not started
        QCOMPARE(d.steps.at(3).status, QStringLiteral("INIT")); // incremental: not begun
        QCOMPARE(d.progress.currentStep, QStringLiteral("data")); // the last one finished
        QVERIFY(!latencyForDetail(d, QDateTime::currentDateTimeUtc()).seconds.has_value());
        const ProjectSummary row = summaryFromDetail(d, QStringLiteral("DRS"));
        QVERIFY(!row.latencySeconds.has_value()); // the list says "–", not 0 s
        QCOMPARE(row.fullProgress, std::optional<int>(100));
    }

    /// Huawei's example for the v3 job list: names, engines, types and statuses per job.
    void v3JobListFixture()
    {
        const auto r = drs::decodeJobList(fixture(QStringLiteral("drs-v3-list-jobs.json")));
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(r.value.totalCount, std::optional<qint64>(7)); // the example lists five of them
        QCOMPARE(r.value.jobs.size(), 5);
        const DrsJob &failed = r.value.jobs.at(0);
        QCOMPARE(failed.id, QStringLiteral("24834eb6-be30-464e-a299-f7aa730jb101"));
        QCOMPARE(failed.name, QStringLiteral("DRS-3999-lws"));
        QCOMPARE(failed.status, QStringLiteral("INCRE_TRANSFER_FAILED"));
        QCOMPARE(failed.engineType, QStringLiteral("mysql"));
        QCOMPARE(failed.jobType, QStringLiteral("migration"));
        QCOMPARE(failed.taskType, QStringLiteral("FULL_INCR_TRANS"));
        QCOMPARE(failed.jobDirection, QStringLiteral("up"));
        QCOMPARE(failed.createdTime, QDateTime(QDate(2020, 12, 21), QTime(10, 57, 49), Qt::UTC));
        QVERIFY(failed.parentId.isEmpty());

        // As rows: the job's name, MIGRATION, one engine on both sides, the status as words.
        const ProjectSummary row = DrsClient::summaryFromJob(failed, nullptr, QDateTime::currentDateTimeUtc());
        QCOMPARE(row.name, QStringLiteral("DRS-3999-lws"));
        QCOMPARE(row.type, QStringLiteral("MIGRATION"));
        QCOMPARE(row.sourceType, QStringLiteral("MYSQL"));
        QCOMPARE(row.sinkType, QStringLiteral("MYSQL"));
        QCOMPARE(classifyStatus(row.status), StatusClass::Failed);
        QCOMPARE(statusText(row.status, row.type), QStringLiteral("Incremental migration failed"));
        QCOMPARE(classifyStatus(r.value.jobs.at(1).status), StatusClass::Init);      // CONFIGURATION
        QCOMPARE(classifyStatus(r.value.jobs.at(2).status), StatusClass::Released);  // RELEASE_RESOURCE_COMPLETE
        QCOMPARE(classifyStatus(r.value.jobs.at(3).status), StatusClass::Running);   // INCRE_TRANSFER_STARTED
    }

    /// Huawei's example for the v5 job list: total_count, an ISO time, an "a-to-b" engine.
    void v5JobListFixture()
    {
        const auto r = drs::decodeJobList(fixture(QStringLiteral("drs-v5-list-jobs.json")));
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(r.value.totalCount, std::optional<qint64>(1));
        QCOMPARE(r.value.jobs.size(), 1);
        const DrsJob &job = r.value.jobs.first();
        QCOMPARE(job.id, QStringLiteral("c7debc9c-8e09-4a5d-8dd6-cc44f78jb20r"));
        QCOMPARE(job.createdTime, QDateTime(QDate(2022, 11, 7), QTime(16, 15, 18), Qt::UTC));
        const ProjectSummary row = DrsClient::summaryFromJob(job, nullptr, QDateTime::currentDateTimeUtc());
        QCOMPARE(row.sourceType, QStringLiteral("ORACLE"));
        QCOMPARE(row.sinkType, QStringLiteral("GAUSSDBV5"));
        QVERIFY(row.type.isEmpty()); // the example leaves job_type out
        QCOMPARE(statusText(row.status), QStringLiteral("Configuring"));
    }

    /// A parent's children[] are jobs of their own, after it.
    void childJobs()
    {
        const auto r = drs::decodeJobList(R"({"total_count":1,"jobs":[{"id":"p","name":"parent","status":"CHILD_TRANSFER_STARTED",
            "job_type":"sync","children":[{"id":"c1","name":"child one","status":"INCRE_TRANSFER_STARTED"},
            {"name":"no id"},7]}]})");
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(r.value.jobs.size(), 2);
        QCOMPARE(r.value.jobs.at(1).id, QStringLiteral("c1"));
        QCOMPARE(r.value.jobs.at(1).parentId, QStringLiteral("p"));
        QCOMPARE(statusText(r.value.jobs.at(1).status, QStringLiteral("SYNC")), QStringLiteral("Incremental synchronization"));
    }

    /// Huawei's batch-progress example: FULL_TRANSFER_COMPLETE with "progress" "0" and
    /// progress_map data at 100 %, struct at 94 %; "-1" delay; null remaining times.
    void batchProgressFixture()
    {
        const auto r = drs::decodeBatchProgress(fixture(QStringLiteral("drs-v3-batch-progress.json")));
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(r.value.size(), 2);
        const DrsJobProgress &incremental = r.value.at(0);
        QCOMPARE(incremental.delaySeconds, std::optional<double>(0)); // "0": in sync, a real 0 s
        QCOMPARE(incremental.remainingTime, QStringLiteral("10"));
        const DrsJobProgress &complete = r.value.at(1);
        QVERIFY(!complete.delaySeconds.has_value());
        const ProjectDetail d = DrsClient::detailFromJob(complete);
        QCOMPARE(d.progress.fullProgress, std::optional<int>(100));
        QCOMPARE(d.progress.structProgress, std::optional<int>(94));
        QCOMPARE(d.steps.at(0).name, QStringLiteral("struct"));
        QCOMPARE(d.steps.at(1).name, QStringLiteral("data"));
        QCOMPARE(d.steps.at(2).name, QStringLiteral("index"));
        QCOMPARE(d.steps.at(0).status, QStringLiteral("FINISHED")); // 94 %, but the job is past it: not RUNNING
        QVERIFY(d.steps.at(0).description.isEmpty()); // remaining_time null
        QCOMPARE(stepProgress(d.steps, StepKind::Schema), std::optional<int>(94));
        QCOMPARE(d.serviceRemaining, QStringLiteral("0"));
    }

    /// The first unfinished step carries the job's failure or pause; monitor-data's rates go to
    /// the running step; the v5 detail's times to the data and incremental steps.
    void stepStatusesTimesAndRates()
    {
        DrsJobProgress job;
        job.jobId = QStringLiteral("j");
        job.taskMode = QStringLiteral("FULL_INCR_TRANS");
        job.progressMap.insert(QStringLiteral("struct"), {QStringLiteral("100%"), {}});
        job.progressMap.insert(QStringLiteral("data"), {QStringLiteral("40%"), QStringLiteral("12min")});
        job.progressMap.insert(QStringLiteral("index"), {QStringLiteral("0%"), {}});

        job.transferStatus = QStringLiteral("FULL_TRANSFER_FAILED");
        ProjectDetail d = DrsClient::detailFromJob(job);
        QCOMPARE(d.steps.at(1).status, QStringLiteral("FAILED"));
        QCOMPARE(d.steps.at(2).status, QStringLiteral("INIT"));
        QCOMPARE(d.progress.currentStep, QStringLiteral("data"));

        job.transferStatus = QStringLiteral("PAUSING");
        d = DrsClient::detailFromJob(job);
        QCOMPARE(d.steps.at(1).status, QStringLiteral("SUSPEND"));
        QCOMPARE(d.steps.at(1).description, QStringLiteral("remaining 12min"));

        job.transferStatus = QStringLiteral("FULL_TRANSFER_STARTED");
        DrsJobDetail times;
        times.fullStartTime = QDateTime(QDate(2026, 11, 30), QTime(8, 0), Qt::UTC);
        DrsMonitorData monitor;
        monitor.srcRps = 900;
        monitor.dstRps = 880;
        monitor.bandwidthBytes = 2.0 * 1024 * 1024;
        monitor.applyRateBytes = 300000;
        d = DrsClient::detailFromJob(job, &times, &monitor);
        const Step &data = d.steps.at(1);
        QCOMPARE(data.status, QStringLiteral("RUNNING"));
        QCOMPARE(data.startTime, times.fullStartTime);
        QCOMPARE(data.info.srcRps, std::optional<double>(900));
        QCOMPARE(data.info.dstRps, std::optional<double>(880));
        QCOMPARE(data.info.srcIops, std::optional<double>(2.0 * 1024 * 1024));
        QCOMPARE(data.info.dstIops, std::optional<double>(300000));
        QVERIFY(!d.steps.at(3).info.hasRates()); // the incremental step has not begun

        job.transferStatus = QStringLiteral("INCRE_TRANSFER_STARTED");
        job.progressMap.insert(QStringLiteral("data"), {QStringLiteral("100%"), {}});
        job.progressMap.insert(QStringLiteral("index"), {QStringLiteral("100%"), {}});
        job.delaySeconds = 4;
        times.incrStartTime = times.fullStartTime.addSecs(3600);
        d = DrsClient::detailFromJob(job, &times, &monitor);
        QCOMPARE(d.steps.at(3).status, QStringLiteral("RUNNING"));
        QCOMPARE(d.steps.at(3).startTime, times.incrStartTime);
        QCOMPARE(d.steps.at(3).info.srcRps, std::optional<double>(900));
        QCOMPARE(d.progress.currentStep, QStringLiteral("incremental"));
        QCOMPARE(latencyForDetail(d, QDateTime::currentDateTimeUtc()).source, IncrementalLatency::Source::Reported);

        // In incremental synchronization a stage the map leaves short of 100 % (the vendor's
        // struct at 94 %) is over, not running; the rates are the incremental step's.
        job.progressMap.insert(QStringLiteral("struct"), {QStringLiteral("94%"), {}});
        d = DrsClient::detailFromJob(job, nullptr, &monitor);
        QCOMPARE(d.steps.at(0).status, QStringLiteral("FINISHED"));
        QCOMPARE(d.steps.at(0).progress, std::optional<int>(94));
        QVERIFY(!d.steps.at(0).info.hasRates());
        QCOMPARE(d.steps.at(3).info.srcRps, std::optional<double>(900));
        // The list row (no v5 times) and the detail (with them) say the same of every step.
        const ProjectDetail withTimes = DrsClient::detailFromJob(job, &times, &monitor);
        for (int i = 0; i < d.steps.size(); ++i)
            QCOMPARE(withTimes.steps.at(i).status, d.steps.at(i).status);
        QCOMPARE(withTimes.progress.currentStep, d.progress.currentStep);
    }

    /// A role without a permission is an API error, which a new token would not cure; only a
    /// refused token is an authentication failure.
    void permissionIsNotAuthentication()
    {
        const ApiError denied = drs::decodeHttpError(403, R"({"error_code":"DRS.M00102","error_msg":"Insufficient permissions."})");
        QCOMPARE(denied.kind, ApiError::Kind::Api);
        QCOMPARE(drs::decodeHttpError(403, R"({"error_code":"DRS.M00100","error_msg":"invalid token"})").kind,
                 ApiError::Kind::Auth);
        QCOMPARE(drs::decodeHttpError(403, QByteArray()).kind, ApiError::Kind::Auth);
    }

    /// Huawei's monitor-data example: strings and integers mixed, "sr_delay" for src_delay,
    /// bandwidth in MB/s.
    void monitorDataFixture()
    {
        const auto r = drs::decodeMonitorData(fixture(QStringLiteral("drs-v5-monitor-data.json")));
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(r.value.srcRps, std::optional<double>(0));
        QCOMPARE(r.value.dstRps, std::optional<double>(0));
        QCOMPARE(r.value.srcDelay, std::optional<double>(0));
        QCOMPARE(r.value.dstDelay, std::optional<double>(0));
        QCOMPARE(r.value.bandwidthBytes, std::optional<double>(37.0 * 1024 * 1024));
        QCOMPARE(r.value.applyRateBytes, std::optional<double>(0));
        QCOMPARE(r.value.srcNormal, std::optional<bool>(true));
        QCOMPARE(r.value.updateTime, QDateTime(QDate(2023, 7, 19), QTime(3, 9, 25), Qt::UTC));
        // -1 is no value, never a negative rate.
        const auto negative = drs::decodeMonitorData(R"({"src_rps":"-1","dst_rps":12,"dst_delay":-1})");
        QVERIFY(negative.ok());
        QVERIFY(!negative.value.srcRps.has_value());
        QVERIFY(!negative.value.dstDelay.has_value());
        QCOMPARE(negative.value.dstRps, std::optional<double>(12));
    }

    /// v5 job detail (type=progress): progress_info with v5's "incr_" spelling of the delay.
    void jobDetailProgress()
    {
        const auto r = drs::decodeJobDetail(fixture(QStringLiteral("drs-v5-job-progress.reconstructed.json")));
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(r.value.progress.delaySeconds, std::optional<double>(17));
        QCOMPARE(r.value.progress.transferStatus, QStringLiteral("INCRE_TRANSFER_STARTED"));
        QCOMPARE(r.value.progress.progressMap.size(), 3);
        QVERIFY(!r.value.fullStartTime.isValid());
        const auto times = drs::decodeJobDetail(R"({"job":{"id":"j","migration_object_progress_info":{
            "full_start_time":"2026-11-30T08:00:00Z","full_complete_time":"1764496800000","incr_start_time":""}}})");
        QVERIFY2(times.ok(), qPrintable(times.error.toString()));
        QCOMPARE(times.value.progress.jobId, QStringLiteral("j"));
        QCOMPARE(times.value.fullStartTime, QDateTime(QDate(2026, 11, 30), QTime(8, 0), Qt::UTC));
        QCOMPARE(times.value.fullCompleteTime, QDateTime::fromMSecsSinceEpoch(1764496800000, Qt::UTC));
        QVERIFY(!times.value.incrStartTime.isValid());
    }

    void badInputNewEndpoints_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("html") << QByteArray("<html>504</html>");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("wrong types") << QByteArray(R"({"jobs":"x","job":[],"src_rps":{}})");
        QTest::newRow("items not objects") << QByteArray(R"({"jobs":[1]})");
        QTest::newRow("nothing documented") << QByteArray(R"({"count":3})");
    }

    /// Never a value from bytes that are not the documented JSON: Malformed, with no crash.
    void badInputNewEndpoints()
    {
        QFETCH(QByteArray, body);
        QCOMPARE(drs::decodeMonitorData(body).error.kind, ApiError::Kind::Malformed);
        QCOMPARE(drs::decodeJobDetail(body).error.kind, ApiError::Kind::Malformed);
        QCOMPARE(drs::decodeJobList(body).error.kind, ApiError::Kind::Malformed);
        // An error body on a 200 is the error, never an empty list.
        const QByteArray error = R"({"error_code":"DRS.M00102","error_msg":"insufficient permissions"})";
        QCOMPARE(drs::decodeJobList(error).error.code, QStringLiteral("DRS.M00102"));
        QCOMPARE(drs::decodeMonitorData(error).error.code, QStringLiteral("DRS.M00102"));
        QCOMPARE(drs::decodeJobDetail(error).error.code, QStringLiteral("DRS.M00102"));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("html") << QByteArray("<html>504</html>");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("wrong type") << QByteArray(R"({"count":1,"flow_compare_data":"x","results":7})");
        QTest::newRow("items not objects") << QByteArray(R"({"flow_compare_data":[1],"results":[1]})");
        QTest::newRow("missing lists") << QByteArray(R"({"count":3})");
    }

    void badInput()
    {
        QFETCH(QByteArray, body);
        const auto rows = drs::decodeProgressData(body);
        const auto jobs = drs::decodeBatchProgress(body);
        QVERIFY(!jobs.ok());
        QCOMPARE(jobs.error.kind, ApiError::Kind::Malformed);
        QVERIFY(!rows.ok());
        QCOMPARE(rows.error.kind, ApiError::Kind::Malformed);
    }
};

QTEST_GUILESS_MAIN(TestDrsDecoder)
#include "tst_drsdecoder.moc"
