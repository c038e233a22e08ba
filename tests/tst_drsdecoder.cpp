// SPDX-License-Identifier: MIT
// Decoders for Huawei Cloud DRS: v5 progress-data (vendor sample), v3 batch-progress, errors.
#include "fixture.h"

#include "drsdecoder.h"

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
