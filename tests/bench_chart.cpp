// SPDX-License-Identifier: MIT
// Redraw time of a metric chart over a 7-day range of 5 s samples; prints numbers.
// Run: QT_QPA_PLATFORM=offscreen build/tests/bench_chart   (not part of ctest)
#include "metricchart.h"
#include "metrichistory.h"

#include <QApplication>
#include <QTest>

#include <cmath>

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
        // Every spike of the week is still drawn after decimation to the plot's width.
        QVERIFY(chart.drawnPointCounts().at(0) <= 2 * 700 + 2);
    }
};

QTEST_MAIN(BenchChart)
#include "bench_chart.moc"
