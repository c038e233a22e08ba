// SPDX-License-Identifier: MIT
// Decoders for Huawei Cloud DRS: v5 progress-data (vendor sample), v3 batch-progress, errors.
#include "fixture.h"

#include "drsdecoder.h"
#include "derived.h"
#include "omsclient.h"
#include "drsclient.h"

#include <QTest>

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
        QCOMPARE(names, (QStringList{QStringLiteral("structure"), QStringLiteral("data"), QStringLiteral("index")}));
        QVERIFY(!latencyForDetail(d, QDateTime::currentDateTimeUtc()).seconds.has_value());
        const ProjectSummary row = summaryFromDetail(d, QStringLiteral("DRS"));
        QVERIFY(!row.latencySeconds.has_value()); // the list says "–", not 0 s
        QCOMPARE(row.fullProgress, std::optional<int>(100));
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
