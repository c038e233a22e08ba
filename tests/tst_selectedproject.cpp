// SPDX-License-Identifier: MIT
// SelectedProject without widgets: one redraw per sample however often the session is
// switched, the facts the list row and the report state, and the history a range needs.
#include "historystore.h"
#include "httptransport.h"
#include "instancesession.h"
#include "keyedtablemodel.h"
#include "metrichistory.h"
#include "projectlistmodel.h"
#include "report.h"
#include "selectedproject.h"
#include "simulatorserver.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace omsdash;
using sim::Scenario;
using sim::SimulatorServer;

namespace {

InstanceConfig offlineConfig(const QString &name)
{
    InstanceConfig cfg;
    cfg.name = name;
    cfg.api = ApiKind::Oms4;
    cfg.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9")); // never started
    cfg.projectsIntervalMs = cfg.detailIntervalMs = cfg.tablesIntervalMs = 60000;
    return cfg;
}

MetricSample sampleAt(qint64 timeMs, double srcRps)
{
    MetricSample s;
    s.timeMs = timeMs;
    s.srcRps = srcRps;
    return s;
}

ProjectSummary row(const QString &id, const QString &status)
{
    ProjectSummary p;
    p.id = id;
    p.name = id + QStringLiteral(" name");
    p.type = QStringLiteral("MIGRATION");
    p.status = status;
    return p;
}

} // namespace

class TestSelectedProject : public QObject
{
    Q_OBJECT

private slots:
    void oneRedrawPerSampleAfterManySwitches()
    {
        HttpTransport transport;
        InstanceSession a(offlineConfig(QStringLiteral("a")), &transport);
        InstanceSession b(offlineConfig(QStringLiteral("b")), &transport);
        a.selectProject(QStringLiteral("p1"));
        b.selectProject(QStringLiteral("p2"));
        SelectedProject selected;
        for (int i = 0; i < 5; ++i) {
            selected.setSession(&a);
            selected.setSession(&b);
        }
        selected.setSession(&a);
        QSignalSpy samples(&selected, &SelectedProject::samplesChanged);
        QSignalSpy facts(&selected, &SelectedProject::factsChanged);
        a.history()->append(QStringLiteral("p1"), sampleAt(1000, 5));
        QCOMPARE(samples.count(), 1);
        // Another project's sample, and the session no longer shown, redraw nothing.
        a.history()->append(QStringLiteral("other"), sampleAt(1000, 5));
        b.history()->append(QStringLiteral("p2"), sampleAt(1000, 5));
        QCOMPARE(samples.count(), 1);
        a.projects()->merge({row(QStringLiteral("p1"), QStringLiteral("RUNNING"))});
        emit a.projectsUpdated();
        emit b.projectsUpdated();
        QCOMPARE(facts.count(), 1);

        selected.setSession(nullptr);
        a.history()->append(QStringLiteral("p1"), sampleAt(2000, 5));
        QCOMPARE(samples.count(), 2); // the switch itself, then nothing
        QVERIFY(selected.facts().projectId.isEmpty());
        QCOMPARE(selected.history(), nullptr);
    }

    void factsFromTheListRowBeforeTheDetail()
    {
        HttpTransport transport;
        InstanceSession s(offlineConfig(QStringLiteral("a")), &transport);
        ProjectSummary p = row(QStringLiteral("p1"), QStringLiteral("FAILED"));
        p.alarmLevel = QStringLiteral("HIGH");
        Step schema;
        schema.order = 1;
        schema.name = QStringLiteral("STRUCT_TRANSFER");
        schema.status = QStringLiteral("FINISHED");
        schema.progress = 100;
        Step full;
        full.order = 2;
        full.name = QStringLiteral("FULL_TRANSFER");
        full.status = QStringLiteral("FAILED");
        full.progress = 40;
        full.startTime = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
        p.steps = {schema, full};
        p.fullProgress = 35; // the step's 40 % wins, as in the report and the list row
        s.projects()->merge({p});
        s.selectProject(QStringLiteral("p1"));
        SelectedProject selected;
        selected.setClock([] { return QDateTime::fromSecsSinceEpoch(1'700'000'600, Qt::UTC); });
        selected.setSession(&s);
        const ProjectFacts f = selected.facts();
        QCOMPARE(f.name, QStringLiteral("p1 name"));
        QCOMPARE(f.status, QStringLiteral("FAILED"));
        QCOMPARE(f.alarmLevel, QStringLiteral("HIGH"));
        QCOMPARE(f.currentStep, QStringLiteral("FULL_TRANSFER")); // currentStepName(): the failed one
        QVERIFY(!f.hasDetail);
        QCOMPARE(f.schema.percent, std::optional<int>(100));
        QCOMPARE(f.full.percent, std::optional<int>(40));
        QVERIFY(f.full.step);
        QCOMPARE(f.full.step->status, QStringLiteral("FAILED"));
        QVERIFY(!f.full.eta); // not running
        QVERIFY(!f.verify.percent);
        QCOMPARE(f.stepStarts.size(), 1);
        QCOMPARE(f.asOf, QDateTime::fromSecsSinceEpoch(1'700'000'600, Qt::UTC));
        QCOMPARE(f.consoleUrl, QUrl(QStringLiteral("http://127.0.0.1:9")));

        ProjectReport r;
        r.summary = p;
        QCOMPARE(r.fullProgress(), f.full.percent);
        QCOMPARE(s.projects()->index(0, ProjectListModel::FullProgressColumn).data().toString(), QStringLiteral("40 %"));
        QCOMPARE(r.currentStep(), f.currentStep);
    }

    void etaForADrsDataStep()
    {
        // DRS names its full migration step "data": the ETA follows the stage, not a name.
        HttpTransport transport;
        InstanceSession s(offlineConfig(QStringLiteral("a")), &transport);
        ProjectSummary p = row(QStringLiteral("job"), QStringLiteral("FULL_TRANSFER_STARTED"));
        Step data;
        data.order = 1;
        data.name = QStringLiteral("data");
        data.status = QStringLiteral("RUNNING");
        data.progress = 50;
        data.info.processedRecords = 5000;
        data.info.capacity = 10000;
        p.steps = {data};
        s.projects()->merge({p});
        s.selectProject(QStringLiteral("job"));
        const qint64 now = 1'700'000'000'000;
        for (int i = 0; i < 6; ++i) {
            ProjectDetail d;
            d.projectId = QStringLiteral("job");
            d.receivedTime = QDateTime::fromMSecsSinceEpoch(now - (6 - i) * 10'000, Qt::UTC);
            d.steps = {data};
            d.steps[0].info.dstRps = 100;
            MetricSample sample = sampleFromDetail(d);
            QCOMPARE(sample.fullCapacity, std::optional<double>(10000));
            s.history()->append(QStringLiteral("job"), sample);
        }
        SelectedProject selected;
        selected.setClock([now] { return QDateTime::fromMSecsSinceEpoch(now, Qt::UTC); });
        selected.setSession(&s);
        const ProjectFacts f = selected.facts();
        QVERIFY(f.full.eta);
        QCOMPARE(f.full.eta->remainingRecords, 5000.0);
        QCOMPARE(f.full.eta->seconds, 50.0);
    }

    void aLongerRangeReadsTheStoreOnce()
    {
        QTemporaryDir dir;
        HistoryStore store;
        QString error;
        QVERIFY2(store.open(dir.filePath(QStringLiteral("h.sqlite")), &error), qPrintable(error));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 threeDaysAgo = now - 3 * 86'400'000LL;
        store.record({{QStringLiteral("a"), QStringLiteral("p1"), QStringLiteral("srcRps"), threeDaysAgo, 42.0, {}, HistoryPoint::Origin::Poll}});
        store.flush();

        HttpTransport transport;
        InstanceSession s(offlineConfig(QStringLiteral("a")), &transport);
        s.setHistoryStore(&store);
        s.selectProject(QStringLiteral("p1"));
        SelectedProject selected;
        selected.setClock([now] { return QDateTime::fromMSecsSinceEpoch(now, Qt::UTC); });
        selected.setSession(&s);
        QCOMPARE(selected.loadedFromMs(), now - InstanceSession::historySeedMs());
        QSignalSpy samples(&selected, &SelectedProject::samplesChanged);
        selected.window()->setSpan(6 * 3600 * 1000LL); // within what is loaded
        QCOMPARE(selected.loadedFromMs(), now - InstanceSession::historySeedMs());
        selected.window()->setSpan(7 * 86'400'000LL);
        // A quarter more than asked, so panning back does not query at every step.
        QCOMPARE(selected.loadedFromMs(), now - 7 * 86'400'000LL * 5 / 4);
        QTRY_VERIFY(!s.history()->samples(QStringLiteral("p1")).isEmpty());
        QCOMPARE(s.history()->samples(QStringLiteral("p1")).first().timeMs, threeDaysAgo);
        QCOMPARE(selected.shownRange().fromMs, now - 7 * 86'400'000LL);
        QVERIFY(samples.count() >= 3); // two ranges and the load
        selected.window()->setSpan(0); // All: everything kept
        QCOMPARE(selected.loadedFromMs(), std::numeric_limits<qint64>::min());
        QCOMPARE(selected.shownRange().fromMs, threeDaysAgo);
    }

    void factsAgreeWithTheListRowAndTheReportOverTheSimulator()
    {
        SimulatorServer server(Scenario::Slice::OmsPrimary);
        QVERIFY(server.listen());
        InstanceConfig cfg = offlineConfig(QStringLiteral("sim"));
        cfg.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port()));
        cfg.user = server.user();
        cfg.password = server.password();
        cfg.authToken = server.token();
        HttpTransport transport;
        InstanceSession s(cfg, &transport);
        s.setOnScreen(true);
        s.start();
        QTRY_VERIFY_WITH_TIMEOUT(s.hasProjects(), 10000);
        const ProjectSummary first = s.projects()->rowAt(0);
        s.selectProject(first.id);
        SelectedProject selected;
        selected.setSession(&s);
        QSignalSpy facts(&selected, &SelectedProject::factsChanged);
        QTRY_VERIFY_WITH_TIMEOUT(s.hasDetail(), 10000);
        QVERIFY(facts.count() >= 1);
        const ProjectFacts f = selected.facts();
        QVERIFY(f.hasDetail);
        ProjectReport r;
        r.summary = *s.selectedSummary();
        r.detail = s.detail();
        QCOMPARE(f.status, r.status());
        QCOMPARE(f.status, s.selectedSummary()->status);
        QCOMPARE(f.currentStep, r.currentStep());
        QCOMPARE(f.full.percent, r.fullProgress());
        QCOMPARE(f.latency.seconds, s.latency(f.asOf).seconds);
        // The list row states the same: progress and current step as its cells show them.
        const int row = s.projects()->rowOf(first.id);
        QCOMPARE(s.projects()->index(row, ProjectListModel::FullProgressColumn).data(ProgressRole),
                 f.full.percent ? QVariant(double(*f.full.percent)) : QVariant());
        QCOMPARE(s.projects()->index(row, ProjectListModel::CurrentStepColumn).data(SortRole).toString(), f.currentStep);
    }
};

QTEST_GUILESS_MAIN(TestSelectedProject)
#include "tst_selectedproject.moc"
