// SPDX-License-Identifier: MIT
// Decoders for OMS 4.x and OMS 3.3 over the vendor samples, the tolerance rules of
// REFERENCE.md ("Known traps") and bad input.
#include "fixture.h"
#include "readersagree.h"

#include "derived.h"
#include "json.h"
#include "omsdecoder.h"
#include "requests.h"
#include "scenario.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <iterator>

using namespace omsdash;

class TestOmsDecoder : public QObject
{
    Q_OBJECT

private slots:
    /// json::fields() reads like one json::field() per name: a key in exact case wins over one
    /// that differs in case only, wherever each stands; a missing member is Undefined.
    void fieldsInOnePass()
    {
        const auto object = [](const char *json) { return QJsonDocument::fromJson(json).object(); };
        // QJsonObject keeps its keys sorted: "SRCRPS" < "srcRps" < "srcrps", so the exact key
        // stands between two that differ in case only.
        for (const char *json : {"{\"SRCRPS\": 1, \"srcRps\": 2, \"srcrps\": 5, \"DstRps\": 3, \"x\": 4}",
                                 "{\"srcrps\": 5, \"DstRps\": 3, \"x\": 4}"}) {
            const QJsonObject o = object(json);
            const QLatin1String names[] = {QLatin1String("srcRps"), QLatin1String("dstRps"), QLatin1String("capacity"),
                                           QLatin1String("SrcRps")};
            QJsonValue v[std::size(names)];
            json::fields(o, names, v);
            QCOMPARE(v[0].toInt(), o.contains(QLatin1String("srcRps")) ? 2 : 5);
            QCOMPARE(v[1].toInt(), 3);
            QVERIFY(v[2].isUndefined());
            for (std::size_t i = 0; i < std::size(names); ++i) // names alike but for case: each its own
                QCOMPARE(v[i], json::field(o, {names[i]}));
        }
    }

    void stepMetricSeries()
    {
        const auto r = oms::decodeStepMetric(fixture(QStringLiteral("oms4-describe-project-step-metric.json")),
                                             QStringLiteral("FULL_TRANSFER"), QStringLiteral("RPS"));
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(r.value.size(), 2);
        const StepMetricSeries &source = r.value.at(0);
        QCOMPARE(source.stepName, QStringLiteral("FULL_TRANSFER"));
        QCOMPARE(source.metricType, QStringLiteral("RPS"));
        QCOMPARE(source.tags.value(QStringLiteral("role")), QStringLiteral("SOURCE"));
        QCOMPARE(source.referenceValue, std::optional<double>(55000));
        QCOMPARE(source.points.size(), 2); // the null value is dropped
        QCOMPARE(source.points.at(0).first, 1689244696LL * 1000); // seconds read as seconds
        QCOMPARE(source.points.at(0).second, 52310.5);
        const StepMetricSeries &sink = r.value.at(1);
        QCOMPARE(sink.points.size(), 2);
        QCOMPARE(sink.points.at(0).first, 1689244696LL * 1000); // sorted
        QCOMPARE(sink.points.at(1).second, 51940.0); // a number sent as a string

        // PascalCase (the Alibaba variant), milliseconds, no tags, data null, and errors.
        const auto pascal = oms::decodeStepMetric(
            "{\"Success\": true, \"Data\": {\"Metrics\": [{\"Name\": \"DELAY\", \"DataPoints\": "
            "[{\"Timestamp\": 1689244696123, \"Value\": 3}]}]}}",
            QStringLiteral("INCR_TRANSFER"), QStringLiteral("DELAY"));
        QVERIFY(pascal.ok());
        QCOMPARE(pascal.value.at(0).points.at(0).first, 1689244696123LL);
        QVERIFY(!pascal.value.at(0).referenceValue);
        const auto none = oms::decodeStepMetric("{\"success\": true, \"data\": null}", {}, {});
        QVERIFY(none.ok() && none.value.isEmpty());
        const auto refused = oms::decodeStepMetric(
            "{\"success\": false, \"code\": \"PARAM_ERROR\", \"message\": \"The time range must be at least one hour\"}",
            {}, {});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error.code, QStringLiteral("PARAM_ERROR"));
        const auto malformed = oms::decodeStepMetric("{\"success\": true, \"data\": {\"metrics\": 5}}", {}, {});
        QVERIFY(!malformed.ok());
        QCOMPARE(malformed.error.kind, ApiError::Kind::Malformed);
    }

    void stepMetricRequest()
    {
        const ApiRequest r = oms::describeProjectStepMetric(QStringLiteral("np_1"), QStringLiteral("INCR_TRANSFER"),
                                                            QStringLiteral("DELAY"), 1000, 4600, 100000);
        QCOMPARE(r.method, ApiRequest::Method::Post);
        QCOMPARE(r.query.queryItemValue(QStringLiteral("Action")), QStringLiteral("DescribeProjectStepMetric"));
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(body.value(QStringLiteral("projectId")).toString(), QStringLiteral("np_1"));
        QCOMPARE(body.value(QStringLiteral("stepName")).toString(), QStringLiteral("INCR_TRANSFER"));
        QCOMPARE(body.value(QStringLiteral("metricType")).toString(), QStringLiteral("DELAY"));
        QCOMPARE(body.value(QStringLiteral("beginTimestamp")).toInteger(), 1000);
        QCOMPARE(body.value(QStringLiteral("endTimestamp")).toInteger(), 4600);
        QCOMPARE(body.value(QStringLiteral("maxPointNum")).toInt(), 10080); // clamped to the API's range
        QVERIFY(oms::stepMetricTypes(QStringLiteral("INCR_TRANSFER")).contains(QStringLiteral("DELAY")));
        QVERIFY(oms::stepMetricTypes(QStringLiteral("STRUCT_TRANSFER")).isEmpty());
    }

    void alarmStats()
    {
        const auto r = oms::decodeListProjects(
            R"({"success":true,"data":[{"id":"np_1","status":"RUNNING","alarmStats":{"alarming":true,)"
            R"("recentlyTriggerCount":2,"alarmContent":"全量迁移 RPS 过低"}},{"id":"np_2","status":"RUNNING"}]})");
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(r.value.projects.at(0).serverAlarming, std::optional<bool>(true));
        QCOMPARE(r.value.projects.at(0).serverAlarmContent, QStringLiteral("全量迁移 RPS 过低"));
        QVERIFY(!r.value.projects.at(1).serverAlarming.has_value());
    }

    void listProjectsFixture()
    {
        const auto r = oms::decodeListProjects(fixture(QStringLiteral("oms4-list-projects.json")));
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(r.value.totalCount, std::optional<qint64>(1));
        QCOMPARE(r.value.projects.size(), 1);
        const ProjectSummary &p = r.value.projects.first();
        QCOMPARE(p.id, QStringLiteral("myID"));
        QCOMPARE(p.type, QStringLiteral("MIGRATION"));
        QCOMPARE(p.status, QStringLiteral("RUNNING"));
        QCOMPARE(p.alarmLevel, QStringLiteral("LOW")); // ListProjects calls it importance
        QCOMPARE(p.sourceType, QStringLiteral("MYSQL"));
        QCOMPARE(p.sinkType, QStringLiteral("OB_MYSQL"));
        QCOMPARE(p.createdTime, QDateTime(QDate(2024, 9, 13), QTime(9, 8, 34), Qt::UTC));
        QCOMPARE(p.serverAlarming, std::optional<bool>(false)); // alarmStats.alarming
        QCOMPARE(p.steps.size(), 3);
        QCOMPARE(p.steps.at(1).name, QStringLiteral("INCR_TRANSFER"));
        QCOMPARE(p.steps.at(1).description, QStringLiteral("增量同步"));
        // The last running step is current; the switchover runs while increments are monitored.
        QCOMPARE(p.currentStep, QStringLiteral("TRANSFER_APP_SWITCH"));
        // checkpointSampleTimestamp 1726642905 - incrTimestampCheckpoint 1726642901.
        QCOMPARE(p.latencySeconds, std::optional<double>(4.0));
        QCOMPARE(p.latencySampleTime.toSecsSinceEpoch(), 1726642905);
        QVERIFY(!p.structProgress.has_value()); // no schema step in this project
    }

    void describeProjectProgressFixture()
    {
        const auto r = oms::decodeProjectProgress(
            fixture(QStringLiteral("oms4-describe-project-progress.json")));
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(r.value.projectId, QStringLiteral("np_4w****"));
        QCOMPARE(r.value.status, QStringLiteral("RUNNING"));
        QCOMPARE(r.value.alarmLevel, QStringLiteral("MEDIUM"));
        QCOMPARE(r.value.currentStep, QStringLiteral("PRE_CHECK"));
        QCOMPARE(r.value.incrSyncCheckpoint, std::optional<qint64>(1689248064));
        QCOMPARE(r.value.reverseIncrTransferCheckpoint, std::optional<qint64>(1689248075));
        QCOMPARE(r.value.structProgress, std::optional<int>(100));
        QCOMPARE(r.value.fullProgress, std::optional<int>(100));
        QCOMPARE(r.value.enableReverseIncrTransfer, std::optional<bool>(true));
    }

    void syncProgress33Chinese()
    {
        const auto r =
            oms::decodeProjectProgress(fixture(QStringLiteral("oms33-sync-progress.zh.json")));
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(r.value.status, QStringLiteral("RUNNING"));
        QCOMPARE(r.value.alarmLevel, QStringLiteral("LOW")); // 3.3 calls it importance
        QCOMPARE(r.value.currentStep, QStringLiteral("CONNECTOR_INCR_SYNC"));
        QCOMPARE(r.value.structProgress, std::optional<int>(100)); // structSyncProgress
        QCOMPARE(r.value.fullProgress, std::optional<int>(100));   // fullSyncProgress
        QCOMPARE(r.value.incrSyncCheckpointText, QStringLiteral("1661241223"));
        QCOMPARE(r.value.incrSyncCheckpoint, std::optional<qint64>(1661241223)); // a string in 3.3
        QCOMPARE(r.value.enableFullTransfer, std::optional<bool>(true)); // enableFullSync
    }

    void syncProgress33English()
    {
        // The English page prints its sample without commas; the fixture adds only those.
        const auto r =
            oms::decodeProjectProgress(fixture(QStringLiteral("oms33-sync-progress.en.json")));
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(r.value.status, QStringLiteral("INIT"));
        QCOMPARE(r.value.alarmLevel, QStringLiteral("HIGH"));
        // Out-of-range placeholder values are kept as sent, not clamped or dropped.
        QCOMPARE(r.value.structProgress, std::optional<int>(842));
        QCOMPARE(r.value.fullProgress, std::optional<int>(1247));
        QCOMPARE(r.value.incrSyncCheckpointText, QStringLiteral("vdhmpliedmbfs****"));
        QVERIFY(!r.value.incrSyncCheckpoint.has_value());
    }

    void syncProgress33EnglishAsPrinted()
    {
        const QByteArray body = fixture(QStringLiteral("oms33-sync-progress.en.as-printed.txt"));
        QVERIFY(!body.isEmpty());
        const auto r = oms::decodeProjectProgress(body);
        QVERIFY(!r.ok());
        QCOMPARE(r.error.kind, ApiError::Kind::Malformed);
        QVERIFY(r.error.message.contains(QStringLiteral("not JSON")));
        QVERIFY(r.error.excerpt.startsWith(QStringLiteral("{ \"success\":true")));
    }

    void describeProjectStepsFixture()
    {
        const auto r =
            oms::decodeProjectSteps(fixture(QStringLiteral("oms4-describe-project-steps.json")));
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        const QList<Step> &steps = r.value;
        QCOMPARE(steps.size(), 9);
        for (int i = 0; i < steps.size(); ++i)
            QCOMPARE(steps.at(i).order, i + 1);

        const Step &precheck = steps.at(0);
        QCOMPARE(precheck.name, QStringLiteral("TRANSFER_PRECHECK"));
        QCOMPARE(precheck.startTime, QDateTime(QDate(2023, 7, 17), QTime(23, 1, 25), Qt::UTC));
        QCOMPARE(precheck.finishTime, QDateTime(QDate(2023, 7, 17), QTime(23, 1, 35), Qt::UTC));
        QVERIFY(!precheck.info.hasRates()); // stepInfo null

        const Step &full = steps.at(3);
        QCOMPARE(full.name, QStringLiteral("FULL_TRANSFER"));
        QCOMPARE(full.info.processedRecords, std::optional<qint64>(92198));
        QCOMPARE(full.info.capacity, std::optional<qint64>(92198));
        QCOMPARE(full.info.srcRps, std::optional<double>(140));
        QCOMPARE(full.info.srcRt, std::optional<double>(7)); // documented string, sent number
        QCOMPARE(full.info.dstIops, std::optional<double>(40945));
        QCOMPARE(full.info.srcRpsRef, std::optional<double>(8000));
        QCOMPARE(full.info.dstRtRef, std::optional<double>(1));
        QCOMPARE(full.info.srcIopsRef, std::optional<double>(8388608));

        const Step &incr = steps.at(5);
        QCOMPARE(incr.status, QStringLiteral("MONITORING"));
        QCOMPARE(incr.info.incrTimestampCheckpoint, std::optional<qint64>(1689832976));
        QCOMPARE(incr.info.checkpointSampleTimestamp, std::optional<qint64>(1689832977));
        QCOMPARE(incr.info.enableIncrStatistics, std::optional<bool>(true));

        const Step &verifier = steps.at(6); // every stepInfo member null
        QCOMPARE(verifier.name, QStringLiteral("FULL_VERIFIER"));
        QVERIFY(!verifier.startTime.isValid());
        QCOMPARE(verifier.info, StepMetrics{});
        QCOMPARE(verifier.progress, std::optional<int>(0));

        const Step &appSwitch = steps.at(7);
        QVERIFY(!appSwitch.info.checkpointSampleTimestamp.has_value());
        QCOMPARE(steps.at(8).name, QStringLiteral("REVERSE_INCR_TRANSFER"));

        QCOMPARE(currentStepName(steps), QStringLiteral("INCR_TRANSFER"));
        const IncrementalLatency lat = latencyFromSteps(steps);
        QCOMPARE(lat.seconds, std::optional<double>(1.0));
        QCOMPARE(lat.source, IncrementalLatency::Source::ServerSample);
    }

    /// DescribeProjectComponents (composed from REFERENCE.md §1.5 with Alibaba's numbers):
    /// each list's entries in order, units kept, -1 no value, errorDetails joined.
    void describeProjectComponentsFixture()
    {
        const auto r = oms::decodeProjectComponents(fixture(QStringLiteral("oms4-describe-project-components.json")));
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(r.value.size(), 4);
        const ProjectComponent &store = r.value.at(0);
        QCOMPARE(store.kind, ProjectComponent::Kind::Store);
        QCOMPARE(store.name, QStringLiteral("store-np_7a1c2e-1"));
        QCOMPARE(store.status, QStringLiteral("ACTIVE"));
        QCOMPARE(store.tps, std::optional<double>(0));
        QCOMPARE(store.delaySeconds, std::optional<double>(24));
        QCOMPARE(store.sampleTime, QDateTime::fromSecsSinceEpoch(1689250049, Qt::UTC));
        QCOMPARE(store.checkpoint, QStringLiteral("2023-07-13T12:07:05"));
        QVERIFY(store.error.isEmpty());
        const ProjectComponent &full = r.value.at(1);
        QCOMPARE(full.kind, ProjectComponent::Kind::FullImport);
        QCOMPARE(full.progress, std::optional<double>(42));
        const ProjectComponent &incr = r.value.at(2);
        QCOMPARE(incr.kind, ProjectComponent::Kind::IncrSync);
        QVERIFY(!incr.tps.has_value()); // -1
        QCOMPARE(incr.delaySeconds, std::optional<double>(48));
        QCOMPARE(incr.checkpoint, QStringLiteral("2023-07-13T12:06:41"));
        QVERIFY2(incr.error.contains(QStringLiteral("write to sink timed out")), qPrintable(incr.error));
        QCOMPARE(classifyStatus(incr.status), StatusClass::Failed); // EXCEPTION
        const ProjectComponent &verify = r.value.at(3);
        QCOMPARE(verify.kind, ProjectComponent::Kind::FullVerify);
        QCOMPARE(verify.progress, std::optional<double>(57)); // recordProgress, records not tables
        QCOMPARE(verify.key(), QStringLiteral("FullVerify/verifier-np_7a1c2e@10.0.3.20")); // two hosts, two rows

        // No list at all, or a list that is not one: malformed. An error envelope: the error.
        QCOMPARE(oms::decodeProjectComponents(R"({"success":true,"data":{}})").error.kind, ApiError::Kind::Malformed);
        QCOMPARE(oms::decodeProjectComponents(R"({"success":true,"data":[]})").error.kind, ApiError::Kind::Malformed);
        QCOMPARE(oms::decodeProjectComponents(R"({"success":true,"data":{"storeList":7}})").error.kind,
                 ApiError::Kind::Malformed);
        const auto refused = oms::decodeProjectComponents(
            R"({"success":false,"code":"GHANA-OPERAT000404","message":"Action DescribeProjectComponents is not supported"})");
        QCOMPARE(refused.error.kind, ApiError::Kind::Api);
        QCOMPARE(refused.error.code, QStringLiteral("GHANA-OPERAT000404"));
    }

    void fullVerifyResultFixture()
    {
        const auto r =
            oms::decodeFullVerifyResult(fixture(QStringLiteral("oms4-full-verify-result.json")));
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(r.value.differentNumber, std::optional<qint64>(0));
        QCOMPARE(r.value.rows.size(), 1);
        const TableProgress &t = r.value.rows.first();
        QCOMPARE(t.sourceSchema, QStringLiteral("t"));
        QCOMPARE(t.sourceTable, QStringLiteral("t1"));
        QCOMPARE(t.destSchema, QStringLiteral("t"));
        QCOMPARE(t.destTable, QStringLiteral("t1")); // not sent: same as the source table
        QCOMPARE(t.progress, std::optional<double>(100.0)); // "1.0"
        QCOMPARE(t.status, QStringLiteral("FINISHED"));
        QCOMPARE(t.resultType, QStringLiteral("CONSISTENT"));
        QCOMPARE(t.consistentCount, std::optional<qint64>(1000));
        QCOMPARE(t.mismatchedCount, std::optional<qint64>(0));
        QCOMPARE(t.sourceOnlyCount, std::optional<qint64>(0));
        QCOMPARE(t.destOnlyCount, std::optional<qint64>(0));
    }

    void errorEnvelopeOnHttp200()
    {
        const QByteArray body = fixture(QStringLiteral("oms4-error-ghana-operie.json"));
        const auto r = oms::decodeProjectSteps(body);
        QVERIFY(!r.ok());
        QCOMPARE(r.error.kind, ApiError::Kind::Api);
        QCOMPARE(r.error.code, QStringLiteral("GHANA-OPERIE000000"));
        QCOMPARE(r.error.message, QStringLiteral("[GHANA-OPERIE000000]: 服务内部错误。"));
        QVERIFY(r.error.detail.contains(QStringLiteral("传输实例正在创建中")));
        QCOMPARE(r.error.requestId, QStringLiteral("xxxx"));
        QVERIFY(r.error.toString().contains(QStringLiteral("GHANA-OPERIE000000")));
        // The same body fails every decoder the same way.
        QCOMPARE(oms::decodeListProjects(body).error.code, r.error.code);
        QCOMPARE(oms::decodeProjectProgress(body).error.code, r.error.code);
        QCOMPARE(oms::decodeFullVerifyResult(body).error.code, r.error.code);
    }

    void errorWithAdviceAndDetail()
    {
        const auto r = oms::decodeListProjects(
            R"({"success":false,"code":"PARAM_ERROR","message":"Connectivity test failed",
                "advice":"check the datasource","errorDetail":{"code":"PARAM_ERROR",
                "level":"ERROR","message":"Connectivity test failed","reason":"timeout 3s"}})");
        QVERIFY(!r.ok());
        QCOMPARE(r.error.kind, ApiError::Kind::Api);
        QCOMPARE(r.error.code, QStringLiteral("PARAM_ERROR"));
        QCOMPARE(r.error.advice, QStringLiteral("check the datasource"));
        QCOMPARE(r.error.detail, QStringLiteral("timeout 3s"));
    }

    void progressTolerance_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("alarmLevel");
        QTest::addColumn<int>("structProgress"); // -1: absent
        QTest::addColumn<QString>("checkpointText");
        QTest::addColumn<qint64>("checkpoint"); // -1: absent

        QTest::newRow("PascalCase (Alibaba)")
            << QByteArray(R"({"Success":true,"Data":{"ProjectId":"p","Status":"RUNNING",
                "AlarmLevel":"HIGH","StructTransferProgress":55,"IncrSyncCheckpoint":1689248064}})")
            << "RUNNING" << "HIGH" << 55 << "1689248064" << qint64(1689248064);
        QTest::newRow("numbers as strings")
            << QByteArray(R"({"success":"true","data":{"status":"RUNNING","alarmLevel":"LOW",
                "structTransferProgress":"42","incrSyncCheckpoint":"1700000000"}})")
            << "RUNNING" << "LOW" << 42 << "1700000000" << qint64(1700000000);
        QTest::newRow("3.3 documented name structMigrationProgress")
            << QByteArray(R"({"success":true,"data":{"status":"RUNNING","importance":"MEDIUM",
                "structMigrationProgress":7}})")
            << "RUNNING" << "MEDIUM" << 7 << "" << qint64(-1);
        QTest::newRow("nulls everywhere")
            << QByteArray(R"({"success":true,"errorDetail":null,"data":{"status":null,
                "alarmLevel":null,"structTransferProgress":null,"incrSyncCheckpoint":null}})")
            << "" << "" << -1 << "" << qint64(-1);
        QTest::newRow("unknown enum kept raw")
            << QByteArray(R"({"success":true,"data":{"status":"RUNNING_TELEPORTING",
                "alarmLevel":"CRITICAL"}})")
            << "RUNNING_TELEPORTING" << "CRITICAL" << -1 << "" << qint64(-1);
        QTest::newRow("Sybase checkpoint fileId,fileOffset")
            << QByteArray(R"({"success":true,"data":{"status":"RUNNING","incrSyncCheckpoint":"100,30"}})")
            << "RUNNING" << "" << -1 << "100,30" << qint64(-1);
        QTest::newRow("keys in odd case")
            << QByteArray(R"({"SUCCESS":true,"DATA":{"STATUS":"FAILED","alarmlevel":"HIGH"}})")
            << "FAILED" << "HIGH" << -1 << "" << qint64(-1);
    }

    void progressTolerance()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, status);
        QFETCH(QString, alarmLevel);
        QFETCH(int, structProgress);
        QFETCH(QString, checkpointText);
        QFETCH(qint64, checkpoint);
        const auto r = oms::decodeProjectProgress(body);
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(r.value.status, status);
        QCOMPARE(r.value.alarmLevel, alarmLevel);
        QCOMPARE(r.value.structProgress.value_or(-1), structProgress);
        QCOMPARE(r.value.incrSyncCheckpointText, checkpointText);
        QCOMPARE(r.value.incrSyncCheckpoint.value_or(-1), checkpoint);
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        const int malformed = int(ApiError::Kind::Malformed);
        QTest::newRow("empty") << QByteArray() << malformed;
        QTest::newRow("whitespace") << QByteArray(" \r\n") << malformed;
        QTest::newRow("json null") << QByteArray("null") << malformed;
        QTest::newRow("json array") << QByteArray("[]") << malformed;
        QTest::newRow("truncated") << QByteArray(R"({"success":true,"data":[{"order":1)") << malformed;
        QTest::newRow("html gateway page")
            << QByteArray("<html><body>502 Bad Gateway</body></html>") << malformed;
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe{\x01", 5) << malformed;
        QTest::newRow("no success, no data") << QByteArray(R"({"foo":1})") << malformed;
        QTest::newRow("data of wrong type") << QByteArray(R"({"success":true,"data":"oops"})")
                                            << malformed;
        QTest::newRow("items not objects") << QByteArray(R"({"success":true,"data":[1,2]})")
                                           << malformed;
        QTest::newRow("deep nesting") << (QByteArray(5000, '[') + QByteArray(5000, ']')) << malformed;
        QTest::newRow("failure without message") << QByteArray(R"({"success":false})")
                                                 << int(ApiError::Kind::Api);
    }

    void badInput()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        const auto steps = oms::decodeProjectSteps(body);
        QVERIFY(!steps.ok());
        QCOMPARE(int(steps.error.kind), kind);
        QVERIFY(!steps.error.message.isEmpty());
        QVERIFY(steps.value.isEmpty());
        const auto list = oms::decodeListProjects(body);
        QVERIFY(!list.ok());
        QCOMPARE(int(list.error.kind), kind);
    }

    void progressNeedsAnObject()
    {
        const auto r = oms::decodeProjectProgress(R"({"success":true,"data":null})");
        QVERIFY(!r.ok());
        QCOMPARE(r.error.kind, ApiError::Kind::Malformed);
    }

    void emptyListIsSuccess()
    {
        const auto r = oms::decodeListProjects(R"({"success":true,"data":[],"totalCount":0})");
        QVERIFY(r.ok());
        QVERIFY(r.value.projects.isEmpty());
        QCOMPARE(r.value.totalCount, std::optional<qint64>(0));
    }

    /// The simdjson reader of a usual ListProjects page gives what the QJsonDocument reader
    /// gives, and leaves every odd body to it: over the fixtures, the fuzz seeds, simulator
    /// pages in every state, and bodies made odd on purpose.
    void listProjectsReadersAgree()
    {
        const auto page = [](const QByteArray &projects, const QByteArray &more = {}) {
            return QByteArray(R"({"success":true,"totalCount":2,"data":[)") + projects + "]" + more + "}";
        };
        const auto project = [](const QByteArray &members, const QByteArray &steps = {}) {
            return QByteArray(R"({"id":"np_1",)")
                + members + (members.isEmpty() ? "" : ",") + R"("steps":[)" + steps + "]}";
        };
        const auto step = [](const QByteArray &members) {
            return "{" + members + "}";
        };
        const QByteArray usualStep = step(
            R"("order":3,"name":"INCR_TRANSFER","status":"MONITORING","startTime":"2024-09-13T09:09:17","finishTime":null,"progress":100,"extraInfo":{"errorDetails":null,"errorCode":null,"errorMsg":null,"failedTime":null},"stepInfo":{"incrTimestampCheckpoint":1726642901,"checkpointSampleTimestamp":1726642905})");
        const QByteArray usual = project(
            R"("name":"订单迁移","type":"MIGRATION","status":"RUNNING","importance":"LOW","sourceEndpointType":"MYSQL","sinkEndpointType":"OB_MYSQL","gmtCreate":"2024-09-13T09:08:34","alarmStats":{"alarming":false,"alarmContent":null},"extraInfo":null)",
            usualStep);
        QByteArray deep(600, '[');
        deep += QByteArray(600, ']');
        QByteArray many;
        for (int i = 0; i <= json::MaxRows; ++i)
            many += i ? R"(,{"id":"p"})" : R"({"id":"p"})";
        QList<ReaderCase> cases = {
            {"usual", page(usual + "," + usual), true},
            {"no projects", page({}), true},
            {"data null", QByteArray(R"({"success":true,"data":null,"totalCount":0})"), true},
            {"data missing", QByteArray(R"({"success":true})"), true},
            {"success missing", QByteArray(R"({"data":[]})"), true},
            {"success as text", QByteArray(R"({"success":"true","data":[]})"), true},
            {"the other names", page(project(R"("projectId":"p_2","projectName":"n","alarmLevel":"HIGH")")), true},
            {"both names: the first wins", page(project(R"("projectId":"p_2","alarmLevel":"HIGH","importance":"LOW")")), true},
            {"endpoints from the connect infos",
             page(project(R"("sourceConnectInfo":{"dbEngine":"MYSQL_PUBLIC","host":"h"},"sinkConnectInfo":[1],"sinkEndpointType":"")")),
             true},
            {"numbers as text and text as numbers",
             page(project(R"("type":12,"status":1.5,"importance":true,"gmtCreate":1726218514125,"extraInfo":{"syncDelay":" 7.5 ","syncDelaySampleTimestamp":"1726642905"})",
                          step(R"("order":"2","progress":" 55 ","startTime":1726218514,"finishTime":"1726218514","stepInfo":{"srcRps":"12.5","dstRps":-0,"capacity":"1e3","processedRecords":9007199254740993,"enableIncrStatistics":"TRUE"})")
                              + "," + step(R"("order":1.5,"progress":12345678901234567890,"stepInfo":{"enableIncrStatistics":0,"srcIops":1e308})"))),
             true},
            {"steps in another order, one not an object",
             page(project({}, step(R"("order":5,"name":"FULL_TRANSFER","status":"RUNNING","progress":40)") + ",7,null," + usualStep)),
             true},
            {"steps not a list", page(project(R"("importance":"LOW")").replace(R"("steps":[])", R"("steps":{"a":1})")), true},
            {"a failed step",
             page(project({}, step(R"("status":"FAILED","extraInfo":{"errorCode":"E1","errorMessage":"m","failedTime":"2024-09-13 09:10:00+08:00","errorDetails":[{"code":"C","msg":"x"},{"reason":"r"},{"n":-0,"big":12345678901234567,"huge":12345678901234567890,"f":0.5,"t":true,"z":null,"l":[1,"a"]},"text",3]})"))),
             true},
            {"errorMsg before errorMessage", page(project({}, step(R"("extraInfo":{"errorMessage":"second","errorMsg":"first","errorDetails":{"message":"one"}})"))), true},
            {"escapes and Chinese", page(project("\"importance\":\"\\u00e9\\t\\\"\\\\/\",\"gmtCreate\":\"2024-09-13\\u0054 09:08:34\",\"status\":\"a\\u0000b\"")), true},
            {"a long name", page(project("\"importance\":\"" + QByteArray(5000, 'x') + "\"")), true},
            {"an alarm", page(project(R"("alarmStats":{"alarming":"1","alarmContent":"延迟超过 300 秒"})")), true},
            {"no id", page(R"({"id":null,"projectId":"p_2"},{"projectId":"p_3"})"), true},
            {"a fractional zero", page(project(R"("extraInfo":{"syncDelay":0.0})")), true},
            {"a negative exponent without a zero", page(project({}, step(R"("stepInfo":{"srcRt":4.9e-324,"dstRt":2.5E-3})"))), true},
            {"an underflow", page(project(R"("extraInfo":{"syncDelay":1e-400})")), false},
            {"an underflow without an exponent",
             page(project("\"extraInfo\":{\"syncDelay\":0." + QByteArray(400, '0') + "1}")), false},
            {"an underflow with a positive exponent",
             page(project("\"extraInfo\":{\"syncDelay\":-0." + QByteArray(400, '0') + "1e+2}")), false},
            {"a root name in another case", QByteArray(R"({"Success":true,"data":[]})"), false},
            {"a project name in another case", page(project(R"("ID":"x")")), false},
            {"a step name in another case", page(project({}, step(R"("StartTime":"2024-09-13T09:09:17")"))), false},
            {"a stepInfo name in another case", page(project({}, step(R"("stepInfo":{"srcrps":1})"))), false},
            {"a name in another case beyond ASCII", page(project(R"("ſtatus":"FAILED")")), false},
            {"an extraInfo name in another case", page(project(R"("extraInfo":{"RunningStep":"FULL_TRANSFER"})")), false},
            {"an alarmStats name in another case", page(project(R"("alarmStats":{"Alarming":true})")), false},
            {"a dbEngine in another case", page(project(R"("sourceConnectInfo":{"DBENGINE":"MYSQL"})")), false},
            {"a name twice", page(project(R"("status":"RUNNING","status":"FAILED")")), false},
            {"a name twice in a step", page(project({}, step(R"("order":1,"order":2)"))), false},
            {"a name twice in errorDetails", page(project({}, step(R"("extraInfo":{"errorDetails":[{"code":"a","code":"b"}]})"))), false},
            {"success false", QByteArray(R"({"success":false,"code":"X","message":"no"})"), false},
            {"success false as text", QByteArray(R"({"success":"false","data":[]})"), false},
            {"neither success nor data", QByteArray(R"({"totalCount":1})"), false},
            {"data not a list", QByteArray(R"({"success":true,"data":{}})"), false},
            {"an item not an object", page(usual + ",1"), false},
            {"more than MaxRows", page(many), false},
            {"nested 600 deep elsewhere", page(usual, ",\"x\":" + deep), false},
            {"a lone surrogate", page(project(R"("status":"\ud800")")), false},
            {"a byte-order mark", "\xEF\xBB\xBF" + page(usual), false},
            {"invalid UTF-8", page(project("\"status\":\"\xC3\x28\"")), false},
            {"a number too large", page(project(R"("status":1e400)")), false},
            {"garbage after", page(usual) + "x", false},
            {"a root list", "[" + usual + "]", false},
            {"empty", QByteArray(), false},
        };
        // The simulator's pages: every project state and step the demo shows.
        sim::Scenario s(sim::Scenario::Slice::OmsPrimary);
        s.addFillerProjects(40);
        for (const double at : {0.0, 600.0, 6000.0, 60000.0}) {
            s.freeze(at, QDateTime(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC));
            cases.append({"simulator at " + QByteArray::number(at), QJsonDocument(s.listProjects(1, 100)).toJson(), true});
        }
        for (const auto &[name, body] : fixtureBodies())
            cases.append({name.toUtf8(), body, name == QLatin1String("oms4-list-projects.json")});
        QVERIFY(cases.size() > 60);
        int taken = 0;
        checkReadersAgree(
            cases, [](const QByteArray &b) { return oms::detail::readUsualListProjects(b); },
            [](const QByteArray &b) { return oms::detail::decodeListProjectsWithQJson(b); }, [](const QByteArray &b) { return oms::decodeListProjects(b); },
            [](const auto &page) -> const auto & { return page.projects; }, taken);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(taken >= 20);
        // Qt keeps -0.0 as the whole number 0; == cannot tell the two apart.
        const auto minusZero = oms::detail::readUsualListProjects(page(project(R"("extraInfo":{"syncDelay":-0.0})")));
        QVERIFY(minusZero && minusZero->projects.size() == 1 && minusZero->projects.at(0).latencySeconds);
        QVERIFY(!std::signbit(*minusZero->projects.at(0).latencySeconds));
    }

    void progressPercent_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<double>("percent"); // -1: nullopt
        QTest::newRow("fraction 1.0") << QByteArray(R"(["1.0"])") << 100.0;
        QTest::newRow("fraction 0.25") << QByteArray(R"(["0.25"])") << 25.0;
        QTest::newRow("percent 80") << QByteArray(R"(["80"])") << 80.0;
        QTest::newRow("percent 80.5") << QByteArray(R"(["80.5"])") << 80.5;
        QTest::newRow("percent 1") << QByteArray(R"(["1"])") << 1.0;
        QTest::newRow("number 0.5") << QByteArray(R"([0.5])") << 50.0;
        QTest::newRow("number 100") << QByteArray(R"([100])") << 100.0;
        QTest::newRow("text") << QByteArray(R"(["n/a"])") << -1.0;
        QTest::newRow("null") << QByteArray(R"([null])") << -1.0;
    }

    void progressPercent()
    {
        QFETCH(QByteArray, json);
        QFETCH(double, percent);
        const QJsonValue v = QJsonDocument::fromJson(json).array().at(0);
        QCOMPARE(oms::progressPercent(v).value_or(-1.0), percent);
    }

    /// OMS times as the APIs write them: without a zone they are UTC+0, whatever the local zone
    /// (here Berlin, where 2024-03-31 02:30 does not exist as a local time); with a zone they
    /// are that zone's; numbers are Unix seconds, or ms past year 2286.
    void timesAsTheApisWriteThem_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("utc"); // ISO 8601 with ms, or empty: no time
        const auto row = [](const char *name, const char *json, const char *utc) {
            QTest::newRow(name) << QByteArray(json) << QString::fromLatin1(utc);
        };
        row("T, no zone", R"(["2024-09-13T09:08:34"])", "2024-09-13T09:08:34.000Z");
        row("space, no zone", R"(["2024-09-13 09:08:34"])", "2024-09-13T09:08:34.000Z");
        row("ms", R"(["2024-09-13T09:08:34.125"])", "2024-09-13T09:08:34.125Z");
        row("padded", R"(["  2024-09-13T09:08:34 "])", "2024-09-13T09:08:34.000Z");
        row("minutes only", R"(["2024-09-13T09:08"])", "2024-09-13T09:08:00.000Z");
        row("in a Berlin DST gap", R"(["2024-03-31T02:30:00"])", "2024-03-31T02:30:00.000Z");
        row("in a Berlin DST fold", R"(["2024-10-27 02:30:00"])", "2024-10-27T02:30:00.000Z");
        row("Z", R"(["2024-09-13T09:08:34Z"])", "2024-09-13T09:08:34.000Z");
        row("+08:00", R"(["2024-09-13T17:08:34+08:00"])", "2024-09-13T09:08:34.000Z");
        row("-03:00", R"(["2024-09-13T06:08:34-03:00"])", "2024-09-13T09:08:34.000Z");
        row("ms and a short zone", R"(["2024-09-13T17:08:34.1+08"])", "2024-09-13T09:08:34.100Z");
        row("ms and Z", R"(["2024-09-13T09:08:34.1Z"])", "2024-09-13T09:08:34.100Z");
        row("space and zone", R"(["2024-09-13 17:08:34+08:00"])", "2024-09-13T09:08:34.000Z");
        row("seconds", R"([1726218514])", "2024-09-13T09:08:34.000Z");
        row("ms number", R"([1726218514125])", "2024-09-13T09:08:34.125Z");
        row("seconds as text", R"(["1726218514"])", "2024-09-13T09:08:34.000Z");
        row("24:00, the next day", R"(["2024-01-31T24:00:00"])", "2024-02-01T00:00:00.000Z");
        row("a fraction rounded to the next day", R"(["2024-01-31T23:59:59.9996"])", "2024-02-01T00:00:00.000Z");
        row("one digit of fraction", R"(["2024-09-13T09:08:34.5"])", "2024-09-13T09:08:34.500Z");
        row("a comma before the fraction", R"(["2024-09-13T09:08:34,125"])", "2024-09-13T09:08:34.125Z");
        row("30 February", R"(["2024-02-30T09:08:34"])", "");
        row("hour 25", R"(["2024-09-13T25:08:34"])", "");
        row("words", R"(["yesterday"])", "");
        row("date and garbage", R"(["2024-09-13Tnoon"])", "");
        row("empty", R"([""])", "");
        row("null", R"([null])", "");
        row("zero", R"([0])", "");
    }

    void timesAsTheApisWriteThem()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, utc);
        const QByteArray zone = qgetenv("TZ");
        qputenv("TZ", "Europe/Berlin");
        const QDateTime t = json::toUtcTime(QJsonDocument::fromJson(json).array().at(0));
        if (zone.isNull())
            qunsetenv("TZ");
        else
            qputenv("TZ", zone);
        QCOMPARE(t.isValid() ? t.toString(Qt::ISODateWithMs) : QString(), utc);
        if (t.isValid())
            QCOMPARE(t.timeSpec(), Qt::UTC);
    }

    void httpErrors()
    {
        const ApiError auth = oms::decodeHttpError(
            401, R"({"success":false,"code":"UNAUTHORIZED","message":"bad credentials"})");
        QCOMPARE(auth.kind, ApiError::Kind::Auth);
        QCOMPARE(auth.httpStatus, 401);
        QCOMPARE(auth.message, QStringLiteral("bad credentials"));

        const ApiError gateway = oms::decodeHttpError(502, "<html>Bad Gateway</html>");
        QCOMPARE(gateway.kind, ApiError::Kind::Http);
        QVERIFY(gateway.excerpt.contains(QStringLiteral("Bad Gateway")));
        QVERIFY(gateway.toString().contains(QStringLiteral("502")));

        const ApiError server =
            oms::decodeHttpError(500, R"({"success":false,"code":"INNER_ERROR","message":"x"})");
        QCOMPARE(server.kind, ApiError::Kind::Api);
        QCOMPARE(server.code, QStringLiteral("INNER_ERROR"));
    }
};

QTEST_GUILESS_MAIN(TestOmsDecoder)
#include "tst_omsdecoder.moc"
