// SPDX-License-Identifier: MIT
// The alert rules with time given: each rule raises, repeats and clears on a scripted story;
// pending, hysteresis, acknowledge, silence; OMS's settings, their ranges and their file.
#include "alertengine.h"
#include "englishplurals.h"
#include "alertmonitor.h"
#include "historystore.h"

#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <QTest>

using namespace omsdash;

namespace {
constexpr qint64 Min = 60'000;
constexpr qint64 T0 = 1'790'000'000'000; // a UTC ms in 2026

ProjectSummary project(const QString &status, const QString &level = QStringLiteral("HIGH"))
{
    ProjectSummary p;
    p.id = QStringLiteral("np_1");
    p.name = QStringLiteral("orders");
    p.status = status;
    p.alarmLevel = level;
    return p;
}

QStringList kinds(const QList<AlertEvent> &events)
{
    QStringList out;
    for (const AlertEvent &e : events) {
        out << QStringLiteral("%1 %2").arg(alertEventKindName(e.kind), alertRuleName(e.alert.rule));
    }
    return out;
}
} // namespace

class TestAlertEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(installEnglishPlurals());
    }

    void omsDefaultsAndLevels()
    {
        const AlertSettings s;
        QCOMPARE(s.forLevel(QStringLiteral("HIGH"))->latencyMs, 60'000);
        QCOMPARE(s.forLevel(QStringLiteral("medium"))->interruptionMs, 10 * Min);
        QCOMPARE(s.forLevel(QStringLiteral("LOW"))->latencyMs, 15 * Min);
        QCOMPARE(s.forLevel(QStringLiteral("LOW"))->repeatMs, 30 * Min);
        QVERIFY(!s.forLevel(QStringLiteral("IGNORE")));
        QCOMPARE(s.forLevel(QString()), &s.low); // unknown: watched as LOW
        QVERIFY(s.validate().isEmpty());
    }

    /// Every rule has a name, and the alert log reads each name back as its rule.
    void ruleNamesRoundTrip()
    {
        QSet<QString> names;
        for (int r = int(AlertRule::ProjectFailed); r <= int(AlertRule::RtAboveBaseline); ++r) {
            const QString name = alertRuleName(AlertRule(r));
            QVERIFY(!name.isEmpty());
            names.insert(name);
            QCOMPARE(alertRuleFromName(name), std::optional<AlertRule>(AlertRule(r)));
        }
        QCOMPARE(names.size(), int(AlertRule::RtAboveBaseline) + 1);
        QVERIFY(!alertRuleFromName(QStringLiteral("noSuchRule")));
    }

    void settingsFile()
    {
        AlertSettings s;
        s.high.latencyMs = 30'000;
        s.latencyPendingMs = 0;
        s.rpsShare = 0.3;
        s.ratePendingMs = 5 * Min;
        const auto back = AlertSettings::fromJson(s.toJson());
        QVERIFY2(back.ok(), qPrintable(back.error.toString()));
        QVERIFY(back.value == s);

        AlertOverride staging;
        staging.instance = QStringLiteral("oms-staging");
        staging.disabledRules = {QStringLiteral("latency"), QStringLiteral("vanished")};
        AlertOverride billing;
        billing.instance = QStringLiteral("oms-prod");
        billing.projectId = QStringLiteral("np_7b2d3f");
        billing.latencyMs = 600'000;
        billing.repeatMs = 3'600'000;
        s.overrides = {staging, billing};
        const auto withOverrides = AlertSettings::fromJson(s.toJson());
        QVERIFY2(withOverrides.ok(), qPrintable(withOverrides.error.toString()));
        QVERIFY(withOverrides.value == s);
        QVERIFY(!withOverrides.value.overrides.at(1).interruptionMs.has_value());

        const auto partial = AlertSettings::fromJson(R"({"schemaVersion": 1, "levels": {"MEDIUM": {"latencySeconds": 120}}})");
        QVERIFY(partial.ok());
        QCOMPARE(partial.value.medium.latencyMs, 120'000);
        QCOMPARE(partial.value.high.latencyMs, 60'000); // the rest keeps OMS's defaults
    }

    void settingsFileRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("HIGH over 5 min") << QByteArray(R"({"schemaVersion":1,"levels":{"HIGH":{"latencySeconds":400}}})") << "HIGH latencySeconds must be 1 to 300";
        QTest::newRow("MEDIUM under 30 s") << QByteArray(R"({"schemaVersion":1,"levels":{"MEDIUM":{"latencySeconds":10}}})") << "MEDIUM latencySeconds must be 30 to 600";
        QTest::newRow("LOW under MEDIUM") << QByteArray(R"({"schemaVersion":1,"levels":{"LOW":{"latencySeconds":60}}})") << "at least MEDIUM";
        QTest::newRow("misspelt key") << QByteArray(R"({"schemaVersion":1,"levels":{"HIGH":{"latencySecs":60}}})") << "levels.HIGH.latencySecs";
        QTest::newRow("IGNORE level") << QByteArray(R"({"schemaVersion":1,"levels":{"IGNORE":{}}})") << "IGNORE";
        QTest::newRow("unknown key") << QByteArray(R"({"schemaVersion":1,"repeat":5})") << "'repeat'";
        QTest::newRow("no version") << QByteArray(R"({"levels":{}})") << "schemaVersion";
        QTest::newRow("rpsShare of 1") << QByteArray(R"({"schemaVersion":1,"rpsShare":1})") << "rpsShare must be between 0 and 1";
        QTest::newRow("rtFactor under 1") << QByteArray(R"({"schemaVersion":1,"rtFactor":0.5})") << "rtFactor must be over 1";
        QTest::newRow("not json") << QByteArray("{") << "not JSON";
        QTest::newRow("override of nothing") << QByteArray(R"({"schemaVersion":1,"overrides":[{"latencySeconds":60}]})")
                                             << "overrides[0]: name an instance, a project or both";
        QTest::newRow("override unknown rule") << QByteArray(R"({"schemaVersion":1,"overrides":[{"instance":"a","disabledRules":["lag"]}]})")
                                               << "unknown rule 'lag'";
        QTest::newRow("override misspelt key") << QByteArray(R"({"schemaVersion":1,"overrides":[{"instance":"a","latency":5}]})")
                                               << "overrides[0].latency";
        QTest::newRow("override negative") << QByteArray(R"({"schemaVersion":1,"overrides":[{"project":"p","repeatSeconds":-1}]})")
                                           << "must be positive";
    }

    void settingsFileRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, fragment);
        const auto r = AlertSettings::fromJson(json);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.toString().contains(fragment), qPrintable(r.error.toString()));
    }

    /// Overrides: a project's own latency threshold and alert frequency; a rule off for an
    /// instance; the most specific override wins.
    void overridesByInstanceAndProject()
    {
        AlertSettings settings;
        AlertOverride wholeInstance;
        wholeInstance.instance = QStringLiteral("oms");
        wholeInstance.latencyMs = 10 * Min;
        AlertOverride oneProject = wholeInstance;
        oneProject.projectId = QStringLiteral("np_1");
        oneProject.latencyMs = 20 * Min;
        oneProject.repeatMs = 60 * Min;
        AlertOverride quiet;
        quiet.instance = QStringLiteral("staging");
        quiet.disabledRules = {QStringLiteral("projectFailed"), QStringLiteral("instanceDown")};
        settings.overrides = {oneProject, wholeInstance, quiet}; // order does not beat specificity
        QCOMPARE(settings.effective(QStringLiteral("oms"), QStringLiteral("np_1"), QStringLiteral("HIGH"))->latencyMs, 20 * Min);
        QCOMPARE(settings.effective(QStringLiteral("oms"), QStringLiteral("np_2"), QStringLiteral("HIGH"))->latencyMs, 10 * Min);
        QCOMPARE(settings.effective(QStringLiteral("other"), QStringLiteral("np_1"), QStringLiteral("HIGH"))->latencyMs, Min);
        QVERIFY(!settings.effective(QStringLiteral("oms"), QStringLiteral("np_1"), QStringLiteral("IGNORE")));

        AlertEngine engine(settings);
        ProjectSummary lagging = project(QStringLiteral("RUNNING"));
        lagging.latencySeconds = 15 * 60; // over HIGH's 60 s and the instance's 10 min, under the project's 20
        QVERIFY(engine.observeProjects(QStringLiteral("oms"), {lagging}, T0).isEmpty());
        QVERIFY(engine.observeProjects(QStringLiteral("oms"), {lagging}, T0 + Min).isEmpty());
        lagging.latencySeconds = 25 * 60;
        engine.observeProjects(QStringLiteral("oms"), {lagging}, T0 + 2 * Min);
        QCOMPARE(kinds(engine.observeProjects(QStringLiteral("oms"), {lagging}, T0 + 3 * Min)),
                 QStringList{QStringLiteral("raised latency")});
        QVERIFY(engine.tick(T0 + 40 * Min).isEmpty()); // its own alert frequency: an hour
        QCOMPARE(kinds(engine.tick(T0 + 64 * Min)), QStringList{QStringLiteral("repeated latency")});

        // Off for the staging instance: a FAILED project there and its outage say nothing.
        QVERIFY(engine.observeProjects(QStringLiteral("staging"), {project(QStringLiteral("FAILED"))}, T0).isEmpty());
        for (int i = 0; i < 5; ++i)
            QVERIFY(engine.observeFailure(QStringLiteral("staging"), ApiError::malformed(QStringLiteral("down"), {}), T0 + i).isEmpty());
        QCOMPARE(kinds(engine.observeProjects(QStringLiteral("other"), {project(QStringLiteral("FAILED"))}, T0)),
                 QStringList{QStringLiteral("raised projectFailed")});
    }

    /// FAILED raises at once, repeats at the alert frequency, and resolves when it runs again.
    void projectFailedRaisesRepeatsAndClears()
    {
        AlertEngine engine;
        QVERIFY(engine.observeProjects(QStringLiteral("oms"), {project(QStringLiteral("RUNNING"))}, T0).isEmpty());
        QList<AlertEvent> e = engine.observeProjects(QStringLiteral("oms"), {project(QStringLiteral("FAILED"))}, T0 + Min);
        QCOMPARE(kinds(e), QStringList{QStringLiteral("raised projectFailed")});
        QCOMPARE(e.first().alert.severity, QStringLiteral("HIGH"));
        QCOMPARE(e.first().alert.firingMs, T0 + Min);
        QVERIFY(e.first().alert.message.contains(QStringLiteral("orders")));
        QVERIFY(engine.tick(T0 + 30 * Min).isEmpty()); // 29 min after: not yet
        QCOMPARE(kinds(engine.tick(T0 + 31 * Min)), QStringList{QStringLiteral("repeated projectFailed")});
        QVERIFY(engine.tick(T0 + 32 * Min).isEmpty());
        e = engine.observeProjects(QStringLiteral("oms"), {project(QStringLiteral("RUNNING"))}, T0 + 40 * Min);
        QCOMPARE(kinds(e), QStringList{QStringLiteral("resolved projectFailed")});
        QCOMPARE(e.first().alert.resolvedMs, T0 + 40 * Min);
        QVERIFY(engine.active().isEmpty());
    }

    void aProjectAlreadyFailedRaisesOnTheFirstPoll()
    {
        AlertEngine engine;
        const auto e = engine.observeProjects(QStringLiteral("oms"), {project(QStringLiteral("FAILED"))}, T0);
        QCOMPARE(kinds(e), QStringList{QStringLiteral("raised projectFailed")});
    }

    void stepFailedCarriesItsError()
    {
        ProjectSummary p = project(QStringLiteral("RUNNING"));
        Step s;
        s.name = QStringLiteral("FULL_TRANSFER");
        s.status = QStringLiteral("FAILED");
        s.errorCode = QStringLiteral("CONNECTOR-ERR-0042");
        s.errorMessage = QStringLiteral("Duplicate entry 'k' for key 'PRIMARY'");
        p.steps << s;
        AlertEngine engine;
        const auto e = engine.observeProjects(QStringLiteral("oms"), {p}, T0);
        QCOMPARE(kinds(e), QStringList{QStringLiteral("raised stepFailed")});
        QCOMPARE(e.first().alert.step, QStringLiteral("FULL_TRANSFER"));
        QCOMPARE(e.first().alert.message,
                 QStringLiteral("step FULL_TRANSFER FAILED: CONNECTOR-ERR-0042 Duplicate entry 'k' for key 'PRIMARY'"));
    }

    void runningToSuspend()
    {
        AlertEngine engine;
        // First seen suspended: not a transition (the interruption rule watches it).
        QVERIFY(engine.observeProjects(QStringLiteral("a"), {project(QStringLiteral("SUSPEND"))}, T0).isEmpty());
        engine.observeProjects(QStringLiteral("b"), {project(QStringLiteral("RUNNING"))}, T0);
        QCOMPARE(kinds(engine.observeProjects(QStringLiteral("b"), {project(QStringLiteral("SUSPEND"))}, T0 + 1000)),
                 QStringList{QStringLiteral("raised suspended")});
        QCOMPARE(kinds(engine.observeProjects(QStringLiteral("b"), {project(QStringLiteral("RUNNING"))}, T0 + 2000)),
                 QStringList{QStringLiteral("resolved suspended")});
    }

    /// Over the threshold for the pending period fires; a single spike does not; it clears only
    /// below clearShare of the threshold.
    void latencyWithPendingAndHysteresis()
    {
        AlertEngine engine; // HIGH: 60 s, pending 30 s, clears below 48 s
        auto at = [&](double latency, qint64 t) {
            ProjectSummary p = project(QStringLiteral("RUNNING"));
            p.currentStep = QStringLiteral("INCR_TRANSFER");
            p.latencySeconds = latency;
            return kinds(engine.observeProjects(QStringLiteral("oms"), {p}, t));
        };
        QVERIFY(at(10, T0).isEmpty());
        QVERIFY(at(90, T0 + 5000).isEmpty()); // pending
        QVERIFY(at(10, T0 + 10000).isEmpty()); // a spike: gone before it fired
        QVERIFY(engine.active().isEmpty());
        QVERIFY(at(61, T0 + 20000).isEmpty());
        QVERIFY(at(75, T0 + 45000).isEmpty());
        QCOMPARE(at(80, T0 + 50000), QStringList{QStringLiteral("raised latency")});
        const Alert *a = engine.active().isEmpty() ? nullptr : engine.find(engine.active().first().key);
        QVERIFY(a);
        QCOMPARE(a->value, std::optional<double>(80));
        QCOMPARE(a->threshold, std::optional<double>(60));
        QCOMPARE(a->startsMs, T0 + 20000);
        QVERIFY(at(50, T0 + 60000).isEmpty()); // under 60 s but over 48 s: still firing
        QCOMPARE(at(40, T0 + 70000), QStringList{QStringLiteral("resolved latency")});
    }

    void interruptionWhenMigrationStalls()
    {
        AlertEngine engine; // MEDIUM: 10 min
        auto at = [&](int fullProgress, qint64 t) {
            ProjectSummary p = project(QStringLiteral("RUNNING"), QStringLiteral("MEDIUM"));
            p.currentStep = QStringLiteral("FULL_TRANSFER");
            p.fullProgress = fullProgress;
            return kinds(engine.observeProjects(QStringLiteral("oms"), {p}, t));
        };
        QVERIFY(at(40, T0).isEmpty());
        QVERIFY(at(41, T0 + 2 * Min).isEmpty());
        QVERIFY(at(41, T0 + 11 * Min).isEmpty()); // 9 min without progress
        QCOMPARE(at(41, T0 + 12 * Min), QStringList{QStringLiteral("raised interruption")});
        QCOMPARE(at(42, T0 + 13 * Min), QStringList{QStringLiteral("resolved interruption")});

        // Sitting SUSPEND past the duration too; incremental sync without progress is no stall.
        AlertEngine other;
        QVERIFY(other.observeProjects(QStringLiteral("oms"), {project(QStringLiteral("SUSPEND"), QStringLiteral("LOW"))}, T0).isEmpty());
        const auto e = other.observeProjects(QStringLiteral("oms"), {project(QStringLiteral("SUSPEND"), QStringLiteral("LOW"))}, T0 + 30 * Min);
        QCOMPARE(kinds(e), QStringList{QStringLiteral("raised interruption")});
        QCOMPARE(e.first().alert.value, std::optional<double>(1800));
        ProjectSummary incr = project(QStringLiteral("RUNNING"));
        incr.id = QStringLiteral("np_2");
        incr.currentStep = QStringLiteral("INCR_TRANSFER");
        other.observeProjects(QStringLiteral("i"), {incr}, T0);
        QVERIFY(other.observeProjects(QStringLiteral("i"), {incr}, T0 + 60 * Min).isEmpty());
    }

    /// Full migration writing under half its RPS baseline, or over twice its RT baseline, for
    /// ten minutes alerts; a dip shorter than that does not.
    void ratesAgainstTheirBaselines()
    {
        AlertEngine engine;
        auto at = [&](double rps, double rt, qint64 t) {
            ProjectSummary p = project(QStringLiteral("RUNNING"));
            p.currentStep = QStringLiteral("FULL_TRANSFER");
            p.fullProgress = int(t / 1000 % 100); // progressing: no interruption
            Step s;
            s.name = QStringLiteral("FULL_TRANSFER");
            s.status = QStringLiteral("RUNNING");
            s.info.dstRps = rps;
            s.info.dstRpsRef = 8000;
            s.info.dstRt = rt;
            s.info.dstRtRef = 1.0;
            p.steps << s;
            return kinds(engine.observeProjects(QStringLiteral("oms"), {p}, t));
        };
        QVERIFY(at(7000, 1.0, T0).isEmpty());
        QVERIFY(at(3000, 1.0, T0 + Min).isEmpty());   // under 4,000: pending
        QVERIFY(at(6000, 1.0, T0 + 5 * Min).isEmpty()); // a dip: over
        QVERIFY(at(3000, 2.5, T0 + 6 * Min).isEmpty());
        QVERIFY(at(3500, 2.5, T0 + 15 * Min).isEmpty()); // 9 minutes
        QCOMPARE(at(3500, 2.5, T0 + 16 * Min),
                 (QStringList{QStringLiteral("raised rpsBelowBaseline"), QStringLiteral("raised rtAboveBaseline")}));
        const Alert *slow = nullptr;
        for (const Alert &a : engine.active())
            slow = a.rule == AlertRule::RpsBelowBaseline ? engine.find(a.key) : slow;
        QVERIFY(slow);
        QCOMPARE(slow->threshold, std::optional<double>(4000));
        QCOMPARE(slow->message, QStringLiteral("FULL_TRANSFER writes 3500 records/s, under 50 % of its baseline of 8000 records/s"));
        QCOMPARE(at(7000, 1.2, T0 + 17 * Min),
                 (QStringList{QStringLiteral("resolved rpsBelowBaseline"), QStringLiteral("resolved rtAboveBaseline")}));
        // A suspended project alerts as suspended; its rates are no one's concern.
        ProjectSummary paused = project(QStringLiteral("SUSPEND"));
        Step s;
        s.name = QStringLiteral("FULL_TRANSFER");
        s.status = QStringLiteral("SUSPEND");
        s.info.dstRps = 0;
        s.info.dstRpsRef = 8000;
        paused.steps << s;
        QCOMPARE(kinds(engine.observeProjects(QStringLiteral("oms"), {paused}, T0 + 18 * Min)),
                 QStringList{QStringLiteral("raised suspended")});
        QCOMPARE(kinds(engine.observeProjects(QStringLiteral("oms"), {paused}, T0 + 19 * Min)), QStringList{});
    }

    void runningProjectGoneFromTheList()
    {
        AlertEngine engine;
        ProjectSummary done = project(QStringLiteral("FINISHED"));
        done.id = QStringLiteral("np_9");
        engine.observeProjects(QStringLiteral("oms"), {project(QStringLiteral("RUNNING")), done}, T0);
        const auto e = engine.observeProjects(QStringLiteral("oms"), {}, T0 + 1000);
        QCOMPARE(kinds(e), QStringList{QStringLiteral("raised vanished")}); // not the finished one
        QCOMPARE(e.first().alert.projectId, QStringLiteral("np_1"));
        QCOMPARE(kinds(engine.observeProjects(QStringLiteral("oms"), {}, T0 + 2000)), QStringList{}); // still gone
        QCOMPARE(kinds(engine.observeProjects(QStringLiteral("oms"), {project(QStringLiteral("RUNNING"))}, T0 + 3000)),
                 QStringList{QStringLiteral("resolved vanished")});
    }

    void aDeletedProjectTakesItsAlertsWithIt()
    {
        AlertEngine engine;
        engine.observeProjects(QStringLiteral("oms"), {project(QStringLiteral("FAILED"))}, T0);
        QCOMPARE(kinds(engine.observeProjects(QStringLiteral("oms"), {}, T0 + 1000)),
                 QStringList{QStringLiteral("resolved projectFailed")});
    }

    void instanceDownAfterNPolls()
    {
        AlertEngine engine; // 3 polls
        ApiError refused;
        refused.kind = ApiError::Kind::Auth;
        refused.message = QStringLiteral("bad password");
        QVERIFY(engine.observeFailure(QStringLiteral("oms"), refused, T0).isEmpty());
        QVERIFY(engine.observeFailure(QStringLiteral("oms"), refused, T0 + 1).isEmpty());
        const auto e = engine.observeFailure(QStringLiteral("oms"), refused, T0 + 2);
        QCOMPARE(kinds(e), QStringList{QStringLiteral("raised instanceDown")});
        QVERIFY(e.first().alert.message.contains(QStringLiteral("refuses the password (3 polls)")));
        QVERIFY(engine.observeFailure(QStringLiteral("oms"), refused, T0 + 3).isEmpty()); // once
        QCOMPARE(kinds(engine.observeProjects(QStringLiteral("oms"), {}, T0 + 4)), QStringList{QStringLiteral("resolved instanceDown")});
    }

    void ignoreNeverAlerts()
    {
        AlertEngine engine;
        ProjectSummary p = project(QStringLiteral("FAILED"), QStringLiteral("IGNORE"));
        p.latencySeconds = 9999;
        QVERIFY(engine.observeProjects(QStringLiteral("oms"), {p}, T0).isEmpty());
        QVERIFY(engine.observeProjects(QStringLiteral("oms"), {p}, T0 + 60 * Min).isEmpty());
        QVERIFY(engine.active().isEmpty());
    }

    void acknowledgeStopsRepeatsUntilResolved()
    {
        AlertEngine engine;
        const auto e = engine.observeProjects(QStringLiteral("oms"), {project(QStringLiteral("FAILED"))}, T0);
        QVERIFY(engine.acknowledge(e.first().alert.key));
        QVERIFY(!engine.acknowledge(QStringLiteral("no such alert")));
        QVERIFY(engine.tick(T0 + 120 * Min).isEmpty());
        engine.observeProjects(QStringLiteral("oms"), {project(QStringLiteral("RUNNING"))}, T0 + 121 * Min);
        // Failing again is a new alert, not acknowledged.
        engine.observeProjects(QStringLiteral("oms"), {project(QStringLiteral("FAILED"))}, T0 + 122 * Min);
        QCOMPARE(kinds(engine.tick(T0 + 152 * Min)), QStringList{QStringLiteral("repeated projectFailed")});
    }

    void silenceMutesUntilItExpires()
    {
        AlertEngine engine;
        engine.addSilence({QStringLiteral("oms"), QStringLiteral("np_1"), AlertRule::ProjectFailed, T0 + 40 * Min});
        auto e = engine.observeProjects(QStringLiteral("oms"), {project(QStringLiteral("FAILED"))}, T0);
        QCOMPARE(e.size(), 1);
        QVERIFY(e.first().silenced); // logged, not notified
        e = engine.tick(T0 + 30 * Min);
        QCOMPARE(e.size(), 1);
        QVERIFY(e.first().silenced);
        e = engine.tick(T0 + 60 * Min);
        QCOMPARE(e.size(), 1);
        QVERIFY(!e.first().silenced); // expired
        // Another instance's same project is not matched.
        engine.addSilence({QStringLiteral("other"), {}, std::nullopt, T0 + 999 * Min});
        AlertSilence s{QStringLiteral("other"), {}, std::nullopt, T0 + 999 * Min};
        QVERIFY(!s.matches(e.first().alert, T0 + 61 * Min));
    }

    /// The server's own alarm (alarmStats.alarming) raises at once and clears with it.
    void serverAlarm()
    {
        AlertEngine engine;
        ProjectSummary p = project(QStringLiteral("RUNNING"), QStringLiteral("MEDIUM"));
        p.serverAlarming = false;
        QVERIFY(engine.observeProjects(QStringLiteral("oms"), {p}, T0).isEmpty());
        p.serverAlarming = true;
        p.serverAlarmContent = QStringLiteral("incr sync delay 600s");
        const auto raised = engine.observeProjects(QStringLiteral("oms"), {p}, T0 + Min);
        QCOMPARE(kinds(raised), QStringList{QStringLiteral("raised serverAlarm")});
        QCOMPARE(raised.first().alert.severity, QStringLiteral("MEDIUM"));
        QCOMPARE(raised.first().alert.message, QStringLiteral("OMS reports an alarm on project orders: incr sync delay 600s"));
        QVERIFY(engine.observeProjects(QStringLiteral("oms"), {p}, T0 + 2 * Min).isEmpty());
        p.serverAlarming = false;
        QCOMPARE(kinds(engine.observeProjects(QStringLiteral("oms"), {p}, T0 + 3 * Min)),
                 QStringList{QStringLiteral("resolved serverAlarm")});
        p.serverAlarming = true;
        p.alarmLevel = QStringLiteral("IGNORE");
        QVERIFY(engine.observeProjects(QStringLiteral("oms"), {p}, T0 + 4 * Min).isEmpty());
    }

    /// Verification's inconsistent tables: raised from the per-table results, kept through list
    /// polls, cleared when every table is consistent, or when the project leaves the list.
    void verificationInconsistent()
    {
        AlertEngine engine;
        const ProjectSummary p = project(QStringLiteral("RUNNING"));
        TableProgress ok;
        ok.sourceSchema = QStringLiteral("shop");
        ok.sourceTable = QStringLiteral("orders");
        ok.resultType = QStringLiteral("CONSISTENT");
        TableProgress bad = ok;
        bad.sourceTable = QStringLiteral("payments");
        bad.resultType = QStringLiteral("RUNNING");
        bad.mismatchedCount = 3;
        // Not yet listed: nothing to say about it.
        QVERIFY(engine.observeTables(QStringLiteral("oms"), p.id, {ok, bad}, T0).isEmpty());
        engine.observeProjects(QStringLiteral("oms"), {p}, T0);
        const auto raised = engine.observeTables(QStringLiteral("oms"), p.id, {ok, bad}, T0 + Min);
        QCOMPARE(kinds(raised), QStringList{QStringLiteral("raised verificationInconsistent")});
        QCOMPARE(raised.first().alert.value, 1.0);
        QCOMPARE(raised.first().alert.message,
                 QStringLiteral("verification found inconsistent tables in project orders: 1 (shop.payments)"));
        QVERIFY(engine.observeProjects(QStringLiteral("oms"), {p}, T0 + 2 * Min).isEmpty()); // stays
        QCOMPARE(kinds(engine.observeTables(QStringLiteral("oms"), p.id, {ok}, T0 + 3 * Min)),
                 QStringList{QStringLiteral("resolved verificationInconsistent")});
        engine.observeTables(QStringLiteral("oms"), p.id, {bad}, T0 + 4 * Min);
        ProjectSummary finished = p;
        finished.status = QStringLiteral("FINISHED");
        finished.id = QStringLiteral("np_other");
        const QStringList gone = kinds(engine.observeProjects(QStringLiteral("oms"), {finished}, T0 + 5 * Min));
        QVERIFY2(gone.contains(QStringLiteral("resolved verificationInconsistent")), qPrintable(gone.join(u',')));
        QVERIFY(gone.contains(QStringLiteral("raised vanished"))); // it was running
    }

    /// One failure, one notification: the project's FAILED alert carries its failed step's
    /// error; the step's own alert and the server's alarm are logged, silenced, and so are
    /// their resolutions.
    void aFailureInhibitsWhatItExplains()
    {
        AlertEngine engine;
        ProjectSummary p = project(QStringLiteral("FAILED"));
        Step step;
        step.name = QStringLiteral("FULL_TRANSFER");
        step.status = QStringLiteral("FAILED");
        step.errorCode = QStringLiteral("FULL-TRANSFER-1062");
        step.errorMessage = QStringLiteral("Duplicate entry");
        p.steps = {step};
        p.serverAlarming = true;
        const auto raised = engine.observeProjects(QStringLiteral("oms"), {p}, T0);
        QCOMPARE(raised.size(), 3);
        for (const AlertEvent &e : raised) {
            QCOMPARE(e.silenced, e.alert.rule != AlertRule::ProjectFailed);
            if (e.alert.rule == AlertRule::ProjectFailed)
                QCOMPARE(e.alert.message,
                         QStringLiteral("project orders is FAILED: step FULL_TRANSFER FULL-TRANSFER-1062 Duplicate entry"));
        }
        const auto repeats = engine.tick(T0 + 30 * Min);
        QCOMPARE(repeats.size(), 3);
        for (const AlertEvent &e : repeats)
            QCOMPARE(e.silenced, e.alert.rule != AlertRule::ProjectFailed);
        const auto cleared = engine.observeProjects(QStringLiteral("oms"), {project(QStringLiteral("RUNNING"))}, T0 + 31 * Min);
        QCOMPARE(cleared.size(), 3);
        for (const AlertEvent &e : cleared)
            QCOMPARE(e.silenced, e.alert.rule != AlertRule::ProjectFailed);
        // Restored after a restart, the step's alert is inhibited again before any poll.
        {
            AlertEngine fresh;
            AlertEngine before;
            QList<Alert> firing;
            for (const AlertEvent &e : before.observeProjects(QStringLiteral("oms"), {p}, T0))
                firing << e.alert;
            for (Alert &a : firing)
                a.inhibited = false; // the log does not keep it
            fresh.restore(firing);
            for (const Alert &a : fresh.active())
                QCOMPARE(a.inhibited, a.rule != AlertRule::ProjectFailed);
        }
        // A failed step of a project that is not FAILED is notified on its own.
        ProjectSummary running = project(QStringLiteral("RUNNING"));
        running.steps = {step};
        const auto alone = engine.observeProjects(QStringLiteral("oms"), {running}, T0 + 32 * Min);
        QCOMPARE(kinds(alone), QStringList{QStringLiteral("raised stepFailed")});
        QVERIFY(!alone.first().silenced);
    }

    /// A server that lists without steps: the background detail's steps feed the rate rules.
    void rateRulesReadBackgroundDetails()
    {
        qint64 now = T0;
        AlertMonitor monitor({}, [&now] { return now; });
        QSignalSpy events(&monitor, &AlertMonitor::alertEvent);
        ProjectDetail detail;
        detail.projectId = QStringLiteral("np_1");
        Step full;
        full.name = QStringLiteral("FULL_TRANSFER");
        full.status = QStringLiteral("RUNNING");
        full.info.dstRps = 9000;
        full.info.dstRpsRef = 55000;
        detail.steps = {full};
        ProjectSummary row = project(QStringLiteral("RUNNING")); // no steps in the row
        row.currentStep = QStringLiteral("FULL_TRANSFER");
        monitor.observeDetail(QStringLiteral("oms"), detail);
        monitor.observeProjects(QStringLiteral("oms"), {row});
        now = T0 + 11 * Min;
        monitor.observeProjects(QStringLiteral("oms"), {row});
        QStringList raised; // the rate rule, and (no progress for 11 min) interruption
        for (const QList<QVariant> &e : events)
            raised << alertRuleName(e.first().value<AlertEvent>().alert.rule);
        QVERIFY2(raised.contains(QStringLiteral("rpsBelowBaseline")), qPrintable(raised.join(u',')));
        const auto before = events.size();
        monitor.forget(QStringLiteral("oms")); // the instance is no longer watched: its alerts resolve
        QCOMPARE(events.size(), before * 2);
        QCOMPARE(events.last().first().value<AlertEvent>().kind, AlertEvent::Kind::Resolved);
    }

    /// A DRS job in a failure state is a failed project.
    void drsFailureState()
    {
        AlertEngine engine;
        ProjectSummary job = project(QStringLiteral("FULL_TRANSFER_FAILED"), QString());
        job.type = QStringLiteral("DRS");
        QCOMPARE(kinds(engine.observeProjects(QStringLiteral("drs"), {job}, T0)),
                 QStringList{QStringLiteral("raised projectFailed")});
    }

    /// The alert log in the store: an alert notified before a restart and still firing is not
    /// raised again; its repeats continue from its last notification; it resolves when it clears.
    void alertLogSurvivesARestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        Alert before;
        {
            HistoryStore store;
            QVERIFY(store.open(path, nullptr));
            AlertEngine engine;
            const auto e = engine.observeProjects(QStringLiteral("oms"), {project(QStringLiteral("FAILED"))}, T0);
            QCOMPARE(e.size(), 1);
            before = e.first().alert;
            store.recordAlert(e.first());
            store.flush();
            QVERIFY2(store.lastError().isEmpty(), qPrintable(store.lastError()));
        }
        HistoryStore store;
        QVERIFY(store.open(path, nullptr));
        const QList<Alert> firing = store.firingAlerts();
        QCOMPARE(firing.size(), 1);
        QCOMPARE(firing.first().key, before.key);
        QCOMPARE(firing.first().message, before.message);
        QCOMPARE(firing.first().notifiedMs, T0);
        QCOMPARE(firing.first().rule, AlertRule::ProjectFailed);
        AlertEngine engine;
        engine.restore(firing);
        QVERIFY(engine.observeProjects(QStringLiteral("oms"), {project(QStringLiteral("FAILED"))}, T0 + 10 * Min).isEmpty());
        QCOMPARE(kinds(engine.tick(T0 + 30 * Min)), QStringList{QStringLiteral("repeated projectFailed")});
        const auto cleared = engine.observeProjects(QStringLiteral("oms"), {project(QStringLiteral("RUNNING"))}, T0 + 31 * Min);
        QCOMPARE(kinds(cleared), QStringList{QStringLiteral("resolved projectFailed")});
        store.recordAlert(cleared.first());
        store.flush();
        QVERIFY(store.firingAlerts().isEmpty());
    }

    /// Acknowledging, silencing and a webhook's failure are notes in the log; the acknowledged
    /// state and the silence are there for the next start.
    void monitorKeepsNotesAcrossARestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        qint64 now = T0;
        QString key;
        {
            HistoryStore store;
            QVERIFY(store.open(path, nullptr));
            AlertMonitor monitor({}, [&now] { return now; });
            monitor.setStore(&store);
            QSignalSpy notes(&monitor, &AlertMonitor::alertNote);
            monitor.observeProjects(QStringLiteral("oms"), {project(QStringLiteral("FAILED"))});
            QCOMPARE(monitor.engine().active().size(), 1);
            key = monitor.engine().active().first().key;
            now = T0 + Min;
            QVERIFY(monitor.acknowledge(key));
            QVERIFY(!monitor.acknowledge(QStringLiteral("no such alert")));
            now = T0 + 2 * Min;
            monitor.silence({QStringLiteral("oms"), QStringLiteral("np_1"), std::nullopt, T0 + 120 * Min});
            monitor.logDeliveryFailure(QStringLiteral("slack https://hooks.slack.com"),
                                       {AlertEvent::Kind::Raised, *monitor.engine().find(key), false},
                                       QStringLiteral("HTTP 404: no_service"));
            QCOMPARE(notes.size(), 3);
            store.flush();
            QVERIFY2(store.lastError().isEmpty(), qPrintable(store.lastError()));
        }
        HistoryStore store;
        QVERIFY(store.open(path, nullptr));
        const QList<AlertLogEntry> log = store.alertLog(T0, T0 + 10 * Min);
        QStringList kinds;
        for (const AlertLogEntry &e : log)
            kinds << e.kind;
        QCOMPARE(kinds, (QStringList{QStringLiteral("raised"), QStringLiteral("acknowledged"), QStringLiteral("silenced"),
                                     QStringLiteral("deliveryFailed")}));
        QCOMPARE(log.at(0).projectName, QStringLiteral("orders"));
        QCOMPARE(log.at(0).rule, QStringLiteral("projectFailed"));
        QCOMPARE(log.at(1).timeMs, T0 + Min);
        QVERIFY2(log.at(2).message.contains(QStringLiteral("2026-09-21T16:13:20Z")), qPrintable(log.at(2).message));
        QVERIFY2(log.at(3).message.contains(QStringLiteral("slack https://hooks.slack.com: HTTP 404: no_service")),
                 qPrintable(log.at(3).message));
        QCOMPARE(store.alertLog(T0 + Min, T0 + 10 * Min, 2).size(), 2); // the latest two
        QCOMPARE(store.alertLog(T0 + Min, T0 + 10 * Min, 2).first().kind, QStringLiteral("silenced"));

        now = T0 + 3 * Min;
        AlertMonitor monitor({}, [&now] { return now; });
        monitor.setStore(&store);
        QVERIFY(monitor.engine().find(key)->acknowledged);
        QCOMPARE(monitor.engine().silences().size(), 1);
        // Acknowledged: the alert frequency brings no repeat.
        QVERIFY(monitor.engine().tick(T0 + 40 * Min).isEmpty());
        // An expired silence is not brought back.
        QVERIFY(store.silences(T0 + 121 * Min).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAlertEngine)
#include "tst_alertengine.moc"
