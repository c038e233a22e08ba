// SPDX-License-Identifier: MIT
// The simulator's scenario: deterministic, evolving, covering every status and alarm level.
#include "scenario.h"

#include <QJsonArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace omsdash::sim;

namespace {
const QDateTime Now(QDate(2026, 11, 21), QTime(12, 0, 0), Qt::UTC);

QJsonArray data(const QJsonObject &envelope)
{
    return envelope.value(QStringLiteral("data")).toArray();
}
} // namespace

class TestSimulator : public QObject
{
    Q_OBJECT

private slots:
    /// Incidents count from the simulator's start, whatever second of the story that is:
    /// a fresh simulator on the wall clock plays the ones that start at once.
    void incidentsCountFromTheStart()
    {
        Scenario scenario(Scenario::Slice::OmsStaging);
        Scenario::Incident down;
        down.kind = Scenario::Incident::Kind::InstanceDown;
        down.slice = Scenario::Slice::OmsStaging;
        down.startSeconds = 0;
        down.durationSeconds = 3600;
        scenario.setIncidents({down});
        QVERIFY(scenario.downAt(scenario.simulatedSeconds()));
        QVERIFY(!scenario.downAt(Scenario::StartSeconds + 3600));
        for (const Scenario::Incident &i : Scenario::demoIncidents()) // all within the first minutes
            QVERIFY(i.startSeconds > 0 && i.startSeconds + i.durationSeconds < 600);

        Scenario primary(Scenario::Slice::OmsPrimary);
        primary.setIncidents(Scenario::demoIncidents());
        auto statusOf = [&primary](double after) {
            primary.freeze(Scenario::StartSeconds + after, QDateTime::currentDateTimeUtc());
            for (const QJsonValue &p : primary.listProjects(1, 150).value(QStringLiteral("data")).toArray())
                if (p[QStringLiteral("id")] == QStringLiteral("np_7b2d3f"))
                    return p[QStringLiteral("status")].toString();
            return QString();
        };
        QCOMPARE(statusOf(60), QStringLiteral("RUNNING"));
        QCOMPARE(statusOf(100), QStringLiteral("FAILED"));
        QCOMPARE(statusOf(400), QStringLiteral("RUNNING"));
    }

    void deterministic()
    {
        Scenario a(Scenario::Slice::All);
        Scenario b(Scenario::Slice::All);
        a.freeze(7200, Now);
        b.freeze(7200, Now);
        QCOMPARE(QJsonDocument(a.listProjects(1, 150)).toJson(), QJsonDocument(b.listProjects(1, 150)).toJson());
        QCOMPARE(QJsonDocument(a.drsProgressData(a.drsJobId(), 0, 1000)).toJson(),
                 QJsonDocument(b.drsProgressData(b.drsJobId(), 0, 1000)).toJson());
        Scenario other(Scenario::Slice::All, 7);
        other.freeze(7200, Now);
        QVERIFY(QJsonDocument(other.describeProjectSteps(QStringLiteral("np_7a1c2e"))).toJson()
                != QJsonDocument(a.describeProjectSteps(QStringLiteral("np_7a1c2e"))).toJson());
    }

    void coversEveryStatusAndAlarmLevel()
    {
        Scenario s(Scenario::Slice::OmsPrimary);
        s.freeze(7200, Now);
        const QJsonArray projects = data(s.listProjects(1, 150));
        QVERIFY(projects.size() >= 8);
        QSet<QString> statuses;
        QSet<QString> levels;
        for (const QJsonValue &p : projects) {
            statuses << p[QStringLiteral("status")].toString();
            levels << p[QStringLiteral("importance")].toString();
        }
        for (const char *st : {"INIT", "RUNNING", "SUSPEND", "FAILED", "FINISHED"})
            QVERIFY2(statuses.contains(QString::fromLatin1(st)), st);
        for (const char *lv : {"HIGH", "MEDIUM", "LOW", "IGNORE"})
            QVERIFY2(levels.contains(QString::fromLatin1(lv)), lv);
        // The failed project failed in schema migration with error details.
        const QJsonArray steps = data(s.describeProjectSteps(QStringLiteral("np_7d4f5b")));
        const QJsonObject schema = steps.at(1).toObject();
        QCOMPARE(schema[QStringLiteral("name")].toString(), QStringLiteral("STRUCT_TRANSFER"));
        QCOMPARE(schema[QStringLiteral("status")].toString(), QStringLiteral("FAILED"));
        QVERIFY(!schema[QStringLiteral("extraInfo")][QStringLiteral("errorCode")].toString().isEmpty());
        QVERIFY(!schema[QStringLiteral("extraInfo")][QStringLiteral("failedTime")].toString().isEmpty());
        // Slices keep instances apart.
        QVERIFY(data(Scenario(Scenario::Slice::Drs).listProjects(1, 150)).isEmpty());
        QCOMPARE(Scenario(Scenario::Slice::OmsLegacy).oms3Projects().size(), 2);
    }

    void fullMigrationAdvancesNearAndBelowBaseline()
    {
        Scenario s(Scenario::Slice::OmsPrimary);
        const auto fullStep = [&s](const char *id, double t) {
            s.freeze(t, Now.addSecs(qint64(t)));
            return data(s.describeProjectSteps(QString::fromLatin1(id))).at(3).toObject();
        };
        const QJsonObject early = fullStep("np_7a1c2e", 6000);
        const QJsonObject later = fullStep("np_7a1c2e", 9000);
        QVERIFY(later[QStringLiteral("progress")].toInt() > early[QStringLiteral("progress")].toInt());
        const QJsonObject info = later[QStringLiteral("stepInfo")].toObject();
        const double near = info[QStringLiteral("srcRps")].toDouble() / info[QStringLiteral("srcRpsRef")].toDouble();
        QVERIFY2(near > 0.8 && near < 1.1, qPrintable(QString::number(near)));
        const QJsonObject slow = fullStep("np_7b2d3f", 9000)[QStringLiteral("stepInfo")].toObject();
        QVERIFY(slow[QStringLiteral("srcRps")].toDouble() < 0.5 * slow[QStringLiteral("srcRpsRef")].toDouble());
    }

    void latencyDriftsAndSpikes()
    {
        Scenario s(Scenario::Slice::OmsPrimary);
        const Scenario::Project incr = s.oms4Projects().at(2);
        QCOMPARE(incr.kind, Scenario::Kind::IncrMonitoring);
        double calmMax = 0;
        double spikeMax = 0;
        for (int t = 0; t < 600; ++t) {
            const double l = s.latencyAt(incr, 6000 + t);
            QVERIFY(l > 0);
            if (t >= 420 && t < 480)
                spikeMax = std::max(spikeMax, l);
            else
                calmMax = std::max(calmMax, l);
        }
        QVERIFY2(calmMax < 15, qPrintable(QString::number(calmMax)));
        QVERIFY2(spikeMax > 60, qPrintable(QString::number(spikeMax)));
    }

    void drsTablesAdvanceAndPage()
    {
        Scenario s(Scenario::Slice::Drs);
        s.freeze(1000, Now);
        const QJsonObject first = s.drsProgressData(s.drsJobId(), 0, 1000);
        QCOMPARE(first[QStringLiteral("count")].toInt(), 2500);
        QCOMPARE(first[QStringLiteral("flow_compare_data")].toArray().size(), 1000);
        QCOMPARE(s.drsProgressData(s.drsJobId(), 2000, 1000)[QStringLiteral("flow_compare_data")].toArray().size(), 500);
        auto sum = [&s](double t) {
            s.freeze(t, Now);
            double total = 0;
            for (const QJsonValue &r : s.drsProgressData(s.drsJobId(), 0, 1000)[QStringLiteral("flow_compare_data")].toArray())
                total += r[QStringLiteral("progress")].toDouble();
            return total;
        };
        QVERIFY(sum(4000) > sum(1000));
        QVERIFY(s.drsProgressData(QStringLiteral("nope"), 0, 10).isEmpty());
    }

    void verificationResultsPageAt150()
    {
        Scenario s(Scenario::Slice::OmsPrimary);
        s.freeze(8000, Now);
        const QJsonObject page3 = s.listProjectFullVerifyResult(QStringLiteral("np_8a7c8e"), 3, 150);
        QCOMPARE(page3[QStringLiteral("totalCount")].toInt(), 320);
        QCOMPARE(page3[QStringLiteral("data")][QStringLiteral("fullVerifyTableStatistics")].toArray().size(), 20);
        QCOMPARE(s.listProjectFullVerifyResult(QStringLiteral("np_8a7c8e"), 1, 500)[QStringLiteral("pageSize")].toInt(), 150);
    }
};

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
