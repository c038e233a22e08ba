// SPDX-License-Identifier: MIT
// The window's report export without a window: collected through the session's client from
// the simulator on loopback, prepared on the GUI thread, written on another, one at a time.
#include "httptransport.h"
#include "instancesession.h"
#include "reportexport.h"
#include "simulatedinstance.h"
#include "simulatorserver.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace omsdash;
using sim::Scenario;
using sim::SimulatorServer;

namespace {

constexpr qint64 Now = 1'790'000'000'000; // 2026-09-21 UTC, in ms
constexpr qint64 Hour = 3'600'000;

} // namespace

class TestReportExport : public QObject
{
    Q_OBJECT

private slots:
    void collectsThenWritesOffTheGuiThread()
    {
        SimulatorServer server(Scenario::Slice::OmsPrimary);
        QVERIFY(server.listen());
        HttpTransport transport;
        auto session = std::make_unique<InstanceSession>(simulatedOms4(server), &transport);
        ReportExport exporter;
        exporter.setClock([] { return Now; });
        QSignalSpy progress(&exporter, &ReportExport::progress);
        QSignalSpy finished(&exporter, &ReportExport::finished);

        Report prepared;
        QThread *preparedOn = nullptr;
        std::atomic<QThread *> writtenOn{nullptr};
        QString whyNot;
        QVERIFY(exporter.start(session.get(), {}, 6 * Hour,
                               [&](const Report &report) -> ReportExport::Write {
                                   prepared = report;
                                   preparedOn = QThread::currentThread();
                                   return [&writtenOn] {
                                       writtenOn = QThread::currentThread();
                                       return QString();
                                   };
                               },
                               &whyNot));
        QVERIFY(exporter.isRunning());
        // One at a time: a second export is refused with the reason, and says nothing more.
        QVERIFY(!exporter.start(session.get(), {}, Hour, [](const Report &) { return ReportExport::Write(); }, &whyNot));
        QVERIFY2(whyNot.contains(QLatin1String("still")), qPrintable(whyNot));

        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QCOMPARE(finished.first().at(0).toString(), QString());
        QCOMPARE(finished.first().at(1).toBool(), false); // everything could be fetched
        QVERIFY(!exporter.isRunning());
        QCOMPARE(preparedOn, QThread::currentThread());
        QVERIFY(writtenOn.load() != nullptr);
        QVERIFY(writtenOn.load() != QThread::currentThread());
        QCOMPARE(prepared.generatedMs, Now);
        QCOMPARE(prepared.toMs, Now);
        QCOMPARE(prepared.fromMs, Now - 6 * Hour);
        QCOMPARE(prepared.projects.size(), 8); // every project the simulator's instance lists
        QCOMPARE(prepared.projects.first().instance, QStringLiteral("sim"));
        QCOMPARE(progress.count(), 2);
        QVERIFY(progress.at(0).first().toString().contains(QLatin1String("sim")));
    }

    void oneProjectAndAWriteError()
    {
        SimulatorServer server(Scenario::Slice::OmsPrimary);
        QVERIFY(server.listen());
        HttpTransport transport;
        InstanceSession session(simulatedOms4(server), &transport);
        ReportExport exporter;
        QSignalSpy finished(&exporter, &ReportExport::finished);
        QStringList ids;
        QVERIFY(exporter.start(&session, {QStringLiteral("np_7a1c2e")}, Hour, [&ids](const Report &report) {
            for (const ProjectReport &p : report.projects)
                ids << p.summary.id;
            return [] { return QStringLiteral("disk full"); };
        }));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QCOMPARE(ids, QStringList{QStringLiteral("np_7a1c2e")});
        QCOMPARE(finished.first().at(0).toString(), QStringLiteral("disk full"));
        QCOMPARE(finished.first().at(1).toBool(), false);
        // Free again for the next one.
        QVERIFY(exporter.start(&session, {}, Hour, [](const Report &) { return [] { return QString(); }; }));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20000);
    }

    void collectionErrorIsTheApis()
    {
        SimulatorServer server(Scenario::Slice::OmsPrimary);
        QVERIFY(server.listen());
        HttpTransport transport;
        InstanceConfig cfg = simulatedOms4(server);
        InstanceSession session(cfg, &transport);
        ReportExport exporter;
        QSignalSpy finished(&exporter, &ReportExport::finished);
        bool prepared = false;
        QVERIFY(exporter.start(&session, {QStringLiteral("no_such_project")}, Hour, [&prepared](const Report &) {
            prepared = true;
            return [] { return QString(); };
        }));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QVERIFY(!prepared); // nothing half-made is written
        QVERIFY2(finished.first().at(0).toString().contains(QLatin1String("no_such_project")),
                 qPrintable(finished.first().at(0).toString()));
    }

    void noSessionIsRefused()
    {
        ReportExport exporter;
        QSignalSpy finished(&exporter, &ReportExport::finished);
        QString whyNot;
        QVERIFY(!exporter.start(nullptr, {}, Hour, [](const Report &) { return ReportExport::Write(); }, &whyNot));
        QVERIFY(!whyNot.isEmpty());
        QVERIFY(!exporter.isRunning());
        QCOMPARE(finished.count(), 0);
    }
};

QTEST_MAIN(TestReportExport)
#include "tst_reportexport.moc"
