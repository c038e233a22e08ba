// SPDX-License-Identifier: MIT
// Derived facts: status classes, current step, stage progress, latency provenance, clock skew.
#include "derived.h"
#include "format.h"

#include <QTest>

using namespace omsdash;

namespace {
Step step(int order, const char *name, const char *status, std::optional<int> progress = {})
{
    Step s;
    s.order = order;
    s.name = QString::fromLatin1(name);
    s.status = QString::fromLatin1(status);
    s.progress = progress;
    return s;
}
} // namespace

class TestDerived : public QObject
{
    Q_OBJECT

private slots:
    void currentStepProgressIsThatStepsOwn()
    {
        ProjectSummary row;
        row.structProgress = 40;
        row.fullProgress = 0;
        row.steps = {step(1, "STRUCT_TRANSFER", "FAILED", 40), step(2, "FULL_TRANSFER", "INIT", 0),
                     step(3, "FULL_VERIFIER", "INIT", 0), step(4, "INCR_TRANSFER", "INIT", 0)};
        // Failed in schema migration: the schema's 40 %, not the full migration's 0 %.
        QCOMPARE(rowCurrentStepProgress(row), std::optional<int>(40));
        row.steps[0] = step(1, "STRUCT_TRANSFER", "FINISHED", 100);
        row.structProgress = 100;
        row.fullProgress = 100;
        row.steps[1] = step(2, "FULL_TRANSFER", "FINISHED", 100);
        row.steps[2] = step(3, "FULL_VERIFIER", "RUNNING", 55);
        // Verifying: the verification's 55 %, not the full migration's 100 %.
        QCOMPARE(rowCurrentStepProgress(row), std::optional<int>(55));
        row.steps[2] = step(3, "FULL_VERIFIER", "FINISHED", 100);
        row.steps[3] = step(4, "INCR_TRANSFER", "RUNNING", 100);
        QCOMPARE(rowCurrentStepProgress(row), std::optional<int>(100)); // its own
        // No steps (OMS 3.3, DRS): the full migration's, else the schema's.
        ProjectSummary bare;
        bare.currentStep = QStringLiteral("CONNECTOR_INCR_SYNC");
        bare.structProgress = 100;
        bare.fullProgress = 39;
        QCOMPARE(rowCurrentStepProgress(bare), std::optional<int>(39));
        bare.fullProgress.reset();
        QCOMPARE(rowCurrentStepProgress(bare), std::optional<int>(100));
        bare.currentStep = QStringLiteral("CONNECTOR_FULL_SYNC");
        bare.fullProgress = 12;
        QCOMPARE(rowCurrentStepProgress(bare), std::optional<int>(12));
    }

    void compactNumbersForLegendsAndCrosshairs()
    {
        QCOMPARE(fmt::compact(40000), QStringLiteral("40k"));
        QCOMPARE(fmt::compact(8388608), QStringLiteral("8.39M"));
        QCOMPARE(fmt::compact(1.5), QStringLiteral("1.5"));
        // Thousands were written in exponent notation ("1.12e+03").
        QCOMPARE(fmt::compact(1120), QStringLiteral("1.12k"));
        QCOMPARE(fmt::compact(2000), QStringLiteral("2k"));
        QCOMPARE(fmt::compact(-1500), QStringLiteral("-1.5k"));
        QCOMPARE(fmt::compact(999), QStringLiteral("999"));
        QCOMPARE(fmt::compact(0), QStringLiteral("0"));
        QCOMPARE(fmt::compact(0.25), QStringLiteral("0.25"));
        QCOMPARE(fmt::compact(3.2e9), QStringLiteral("3.2G"));
    }

    void historyMetricNames_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("expected");
        QTest::newRow("rps source tag") << "RPS" << "RPS" << "SOURCE" << "srcRps";
        QTest::newRow("rps sink tag") << "RPS" << "RPS" << "SINK" << "dstRps";
        QTest::newRow("rps unlabelled") << "RPS" << "RPS" << "" << "dstRps";
        QTest::newRow("iops src in name") << "IOPS" << "src_iops" << "" << "srcIops";
        QTest::newRow("delay") << "DELAY" << "DELAY" << "" << "latency";
        QTest::newRow("sink execute") << "SINK_EXECUTE_TIME" << "x" << "" << "dstRt";
        QTest::newRow("source read") << "SOURCE_READ_TIME" << "x" << "" << "srcRt";
        QTest::newRow("commit") << "SINK_COMMIT_TIME" << "x" << "" << "sinkCommitTime";
        QTest::newRow("verify dest") << "FULL_VERIFY_DEST_RPS" << "x" << "" << "dstRps";
        QTest::newRow("verify source iops") << "FULL_VERIFY_SOURCE_READ_IOPS" << "x" << "" << "srcIops";
        QTest::newRow("unknown") << "INCR_VERIFY_DEST_STORE_TPS" << "x" << "" << "";
    }

    void historyMetricNames()
    {
        QFETCH(QString, type);
        QFETCH(QString, name);
        QFETCH(QString, tag);
        QFETCH(QString, expected);
        StepMetricSeries s;
        s.metricType = type;
        s.name = name;
        if (!tag.isEmpty())
            s.tags.insert(QStringLiteral("role"), tag);
        QCOMPARE(historyMetricName(s), expected);
    }

    void classify_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("cls");
        QTest::newRow("RUNNING") << "RUNNING" << int(StatusClass::Running);
        QTest::newRow("RUNNING_MODIFYING") << "RUNNING_MODIFYING" << int(StatusClass::Running);
        QTest::newRow("FAILED") << "FAILED" << int(StatusClass::Failed);
        QTest::newRow("DRS FULL_TRANSFER_FAILED") << "FULL_TRANSFER_FAILED" << int(StatusClass::Failed);
        QTest::newRow("DRS INCRE_TRANSFER_STARTED") << "INCRE_TRANSFER_STARTED" << int(StatusClass::Running);
        QTest::newRow("DRS PAUSING") << "PAUSING" << int(StatusClass::Suspended);
        QTest::newRow("SUSPEND") << "SUSPEND" << int(StatusClass::Suspended);
        QTest::newRow("MONITORING") << "MONITORING" << int(StatusClass::Monitoring);
        QTest::newRow("FINISHED") << "FINISHED" << int(StatusClass::Finished);
        QTest::newRow("RELEASED") << "RELEASED" << int(StatusClass::Released);
        QTest::newRow("lower case") << "running" << int(StatusClass::Running);
        QTest::newRow("unknown") << "WARPING" << int(StatusClass::Unknown);
        QTest::newRow("DRS NODE_UPGRADE_START") << "NODE_UPGRADE_START" << int(StatusClass::Running);
        QTest::newRow("DRS CONFIGURATION") << "CONFIGURATION" << int(StatusClass::Init);
        QTest::newRow("DRS RELEASE_RESOURCE_COMPLETE") << "RELEASE_RESOURCE_COMPLETE" << int(StatusClass::Released);
        QTest::newRow("DRS CHILD_TRANSFER_FAILED") << "CHILD_TRANSFER_FAILED" << int(StatusClass::Failed);
    }

    void classify()
    {
        QFETCH(QString, status);
        QFETCH(int, cls);
        QCOMPARE(int(classifyStatus(status)), cls);
    }

    /// DRS's codes read as words, for a migration and a synchronization; OMS's stay as sent.
    void statusWords()
    {
        QCOMPARE(statusText(QStringLiteral("FULL_TRANSFER_STARTED"), QStringLiteral("MIGRATION")), QStringLiteral("Full migration"));
        QCOMPARE(statusText(QStringLiteral("FULL_TRANSFER_STARTED"), QStringLiteral("SYNC")), QStringLiteral("Full synchronization"));
        QCOMPARE(statusText(QStringLiteral("pausing")), QStringLiteral("Paused"));
        QCOMPARE(statusText(QStringLiteral("RUNNING")), QStringLiteral("RUNNING"));
        QCOMPARE(statusText(QString()), QString());
        QVERIFY(isDrsStatus(QStringLiteral("INCRE_TRANSFER_FAILED")));
        QVERIFY(!isDrsStatus(QStringLiteral("FAILED")));
    }

    void severityOrdersWorstFirst()
    {
        const auto rank = [](const char *status) { return statusClassRank(classifyStatus(QLatin1String(status))); };
        QVERIFY(rank("FAILED") > rank("SUSPEND"));
        QCOMPARE(rank("SUSPEND"), rank("SOMETHING_NEW")); // abnormal alike
        QVERIFY(rank("SUSPEND") > rank("RUNNING"));
        QCOMPARE(rank("RUNNING"), rank("MONITORING"));
        QVERIFY(rank("RUNNING") > rank("INIT"));
        QVERIFY(rank("INIT") > rank("FINISHED"));
        QCOMPARE(rank("FINISHED"), rank("RELEASED"));
        QVERIFY(alarmLevelRank(QStringLiteral("HIGH")) > alarmLevelRank(QStringLiteral("MEDIUM")));
        QVERIFY(alarmLevelRank(QStringLiteral("LOW")) > alarmLevelRank(QStringLiteral("IGNORE")));
        QCOMPARE(alarmLevelRank(QStringLiteral("SEVERE")), -1);
    }

    /// The list row takes a later detail's facts; its latency only when the detail's sample is newer.
    void rowWithDetail()
    {
        ProjectSummary row;
        row.id = QStringLiteral("np_1");
        row.status = QStringLiteral("RUNNING");
        row.alarmLevel = QStringLiteral("LOW");
        row.fullProgress = 40;
        row.latencySeconds = 5;
        row.latencySampleTime = QDateTime::fromSecsSinceEpoch(1'790'000'100, Qt::UTC);
        ProjectDetail d;
        d.projectId = row.id;
        d.progress.status = QStringLiteral("FAILED");
        d.progress.fullProgress = 42;
        d.reportedLatencySeconds = 113;
        d.receivedTime = QDateTime::fromSecsSinceEpoch(1'790'000'130, Qt::UTC);
        const ProjectSummary fresh = withDetail(row, d);
        QCOMPARE(fresh.status, QStringLiteral("FAILED"));
        QCOMPARE(fresh.alarmLevel, QStringLiteral("LOW")); // the detail has none: the row's stays
        QCOMPARE(fresh.fullProgress, std::optional<int>(42));
        QCOMPARE(fresh.latencySeconds, std::optional<double>(113));
        QCOMPARE(fresh.latencySampleTime, d.receivedTime);
        d.receivedTime = row.latencySampleTime.addSecs(-60); // an older sample than the row's
        QCOMPARE(withDetail(row, d).latencySeconds, std::optional<double>(5));
    }

    /// One order, worst first: status class, alarm level, latency (unknown last), name, ID.
    void worstFirstOrder()
    {
        const auto project = [](const char *name, const char *status, const char *level, std::optional<double> latency,
                                const char *id = nullptr) {
            ProjectSummary p;
            p.name = QLatin1String(name);
            p.id = QLatin1String(id ? id : name);
            p.status = QLatin1String(status);
            p.alarmLevel = QLatin1String(level);
            p.latencySeconds = latency;
            return p;
        };
        QList<ProjectSummary> rows{
            project("done", "FINISHED", "HIGH", std::nullopt),
            project("quiet", "RUNNING", "IGNORE", 500),
            project("lagging-low", "RUNNING", "LOW", 900),
            project("unknown-latency", "RUNNING", "HIGH", std::nullopt),
            project("beta", "RUNNING", "HIGH", 37),
            project("Alpha", "RUNNING", "HIGH", 37),
            project("alpha", "RUNNING", "HIGH", 37, "alpha-2"),
            project("paused", "SUSPEND", "LOW", std::nullopt),
            project("odd", "WHATEVER_STATE", "HIGH", std::nullopt),
            project("broken", "FAILED", "MEDIUM", std::nullopt),
            project("starting", "INIT", "HIGH", std::nullopt),
        };
        std::sort(rows.begin(), rows.end(), [](const ProjectSummary &a, const ProjectSummary &b) { return worseFirst(a, b); });
        QStringList order;
        for (const ProjectSummary &p : rows)
            order << p.id;
        QCOMPARE(order, (QStringList{QStringLiteral("broken"), QStringLiteral("odd"), QStringLiteral("paused"),
                                     QStringLiteral("Alpha"), QStringLiteral("alpha-2"), QStringLiteral("beta"),
                                     QStringLiteral("unknown-latency"), QStringLiteral("lagging-low"), QStringLiteral("quiet"),
                                     QStringLiteral("starting"), QStringLiteral("done")}));
        for (const ProjectSummary &p : rows)
            QVERIFY(!worseFirst(p, p)); // a strict order
    }

    void currentStep()
    {
        QList<Step> steps{step(1, "TRANSFER_PRECHECK", "FINISHED"),
                          step(2, "STRUCT_TRANSFER", "FINISHED", 100),
                          step(3, "FULL_TRANSFER", "RUNNING", 40),
                          step(4, "INCR_TRANSFER", "INIT")};
        QCOMPARE(currentStepName(steps), QStringLiteral("FULL_TRANSFER"));
        QCOMPARE(stepProgress(steps, StepKind::Schema), std::optional<int>(100));
        QCOMPARE(stepProgress(steps, StepKind::Full), std::optional<int>(40));
        QVERIFY(!stepProgress(steps, StepKind::Verify).has_value());
        steps[1].status = QStringLiteral("FAILED");
        QCOMPARE(currentStepName(steps), QStringLiteral("STRUCT_TRANSFER"));
        QCOMPARE(currentStepName({step(1, "A", "FINISHED"), step(2, "B", "FINISHED")}),
                 QStringLiteral("B"));
        QCOMPARE(currentStepName({}), QString());
    }

    void latencyPrefersServerSample()
    {
        ProjectDetail d;
        Step incr = step(5, "INCR_TRANSFER", "MONITORING");
        incr.info.incrTimestampCheckpoint = 1000;
        incr.info.checkpointSampleTimestamp = 1012;
        d.steps = {incr};
        d.progress.incrSyncCheckpoint = 900;
        d.progress.currentStep = QStringLiteral("INCR_TRANSFER");
        const QDateTime now = QDateTime::fromSecsSinceEpoch(5000, Qt::UTC);
        IncrementalLatency lat = latencyForDetail(d, now);
        QCOMPARE(lat.source, IncrementalLatency::Source::ServerSample);
        QCOMPARE(lat.seconds, std::optional<double>(12));
        QCOMPARE(lat.sampleTime.toSecsSinceEpoch(), 1012);

        // Without the sample the desktop clock is used: now - incrSyncCheckpoint.
        d.steps[0].info.checkpointSampleTimestamp.reset();
        lat = latencyForDetail(d, now);
        QCOMPARE(lat.source, IncrementalLatency::Source::DesktopClock);
        QCOMPARE(lat.seconds, std::optional<double>(4100));
        QCOMPARE(lat.sampleTime, now);

        // A reported delay (DRS) beats the desktop clock.
        d.reportedLatencySeconds = 3.5;
        lat = latencyForDetail(d, now);
        QCOMPARE(lat.source, IncrementalLatency::Source::Reported);
        QCOMPARE(lat.seconds, std::optional<double>(3.5));
    }

    void noLatencyOnceIncrementalFinished()
    {
        Step incr = step(6, "INCR_TRANSFER", "FINISHED");
        incr.info.incrTimestampCheckpoint = 1000;
        incr.info.checkpointSampleTimestamp = 1001;
        QVERIFY(!latencyFromSteps({incr}).seconds.has_value());
        incr.status = QStringLiteral("SUSPEND"); // a paused increment lags, and that matters
        QCOMPARE(latencyFromSteps({incr}).seconds, std::optional<double>(1));
    }

    void noLatencyBeforeIncrementalRuns()
    {
        ProjectDetail d;
        d.steps = {step(3, "FULL_TRANSFER", "RUNNING"), step(4, "INCR_TRANSFER", "INIT")};
        d.progress.currentStep = QStringLiteral("FULL_TRANSFER");
        d.progress.incrSyncCheckpoint = 900; // the start position, not a lag
        const auto lat = latencyForDetail(d, QDateTime::fromSecsSinceEpoch(5000, Qt::UTC));
        QCOMPARE(lat.source, IncrementalLatency::Source::None);
        QVERIFY(!lat.seconds.has_value());
    }

    void clockSkew()
    {
        ProjectDetail d;
        QVERIFY(!clockSkewSeconds(d).has_value());
        d.receivedTime = QDateTime::fromSecsSinceEpoch(1000, Qt::UTC);
        d.serverDate = QDateTime::fromSecsSinceEpoch(1090, Qt::UTC);
        QCOMPARE(clockSkewSeconds(d), std::optional<qint64>(90));
    }
};

QTEST_GUILESS_MAIN(TestDerived)
#include "tst_derived.moc"
