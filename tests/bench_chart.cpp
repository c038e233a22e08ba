// SPDX-License-Identifier: MIT
// Redraw time of a metric chart over a 7-day range of 5 s samples; prints numbers.
// Run: QT_QPA_PLATFORM=offscreen build/tests/bench_chart   (not part of ctest)
#include "metricchart.h"
#include "metrichistory.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTest>

#include <cmath>
#include <cstdio>

using namespace omsdash;

class BenchChart : public QObject
{
    Q_OBJECT

private slots:
    void redrawSevenDaysOfFiveSecondSamples()
    {
        constexpr qint64 Start = 1793491200LL * 1000;
        constexpr int Samples = 7 * 24 * 3600 / 5; // 120,960
        MetricHistory history;
        history.setMaxSamplesPerProject(Samples);
        QList<MetricSample> samples;
        samples.reserve(Samples);
        for (int i = 0; i < Samples; ++i) {
            MetricSample s;
            s.timeMs = Start + i * 5000LL;
            s.srcRps = 50000 + 5000 * std::sin(i / 500.0) + (i % 997 == 0 ? 30000 : 0);
            s.dstRps = *s.srcRps * 0.98;
            s.srcRpsRef = s.dstRpsRef = 55000;
            samples << s;
        }
        history.merge(QStringLiteral("p"), samples);

        MetricChart chart(QStringLiteral("RPS"), QStringLiteral("records/s"), 1.0);
        chart.setSeries({{QStringLiteral("Source"), Metric::SrcRps, Qt::blue, false},
                         {QStringLiteral("Destination"), Metric::DstRps, Qt::green, false},
                         {QStringLiteral("Src baseline"), Metric::SrcRpsRef, Qt::blue, true},
                         {QStringLiteral("Dst baseline"), Metric::DstRpsRef, Qt::green, true}});
        chart.resize(700, 300);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setTimeRange(Start, Start + 7 * 86400 * 1000LL);
        QBENCHMARK {
            chart.refresh(&history, QStringLiteral("p"));
        }
        QVERIFY(chart.drawnPointCounts().at(0) <= 2 * 700 + 2); // decimated to the plot's width

        // Of that, reading both lines' week out of the history and decimating them:
        const qint64 end = Start + 7 * 86400 * 1000LL;
        QElapsedTimer clock;
        clock.start();
        constexpr int Rounds = 20;
        for (int i = 0; i < Rounds; ++i) {
            for (Metric m : {Metric::SrcRps, Metric::DstRps})
                QVERIFY(decimateMinMax(history.series(QStringLiteral("p"), m, Start, end), 350).size() <= 702);
        }
        std::printf("  of which reading and decimating the two lines: %.2f ms\n", clock.nsecsElapsed() / 1e6 / Rounds);
    }
};

QTEST_MAIN(BenchChart)
#include "bench_chart.moc"
