// SPDX-License-Identifier: MIT
// MetricHistory: samples from details, bounds, and min/max decimation keeping spikes.
#include "metrichistory.h"

#include <QSignalSpy>
#include <QTest>

using namespace omsdash;

class TestMetricHistory : public QObject
{
    Q_OBJECT

private slots:
    void sampleFromRunningStep()
    {
        ProjectDetail d;
        d.receivedTime = QDateTime::fromSecsSinceEpoch(2000, Qt::UTC);
        Step done;
        done.name = QStringLiteral("FULL_TRANSFER");
        done.status = QStringLiteral("FINISHED");
        done.info.srcRps = 1;
        Step verify;
        verify.name = QStringLiteral("FULL_VERIFIER");
        verify.status = QStringLiteral("RUNNING");
        verify.info.srcRps = 900;
        verify.info.dstRps = 880;
        verify.info.srcRpsRef = 2000;
        verify.info.srcIops = 2097152;
        Step incr;
        incr.name = QStringLiteral("INCR_TRANSFER");
        incr.status = QStringLiteral("MONITORING");
        incr.info.incrTimestampCheckpoint = 1990;
        incr.info.checkpointSampleTimestamp = 1995;
        d.steps = {done, verify, incr};
        const MetricSample s = sampleFromDetail(d);
        QCOMPARE(s.timeMs, qint64(2000000));
        QCOMPARE(s.stepName, QStringLiteral("FULL_VERIFIER"));
        QCOMPARE(s.srcRps, std::optional<double>(900));
        QCOMPARE(s.srcRpsRef, std::optional<double>(2000));
        QCOMPARE(s.srcIops, std::optional<double>(2097152));
        QCOMPARE(s.latencySeconds, std::optional<double>(5));
        QCOMPARE(s.latencyAgeSeconds, std::optional<double>(5)); // sampled at 1995, arrived 2000
    }

    void boundedAndSeries()
    {
        MetricHistory h;
        h.setMaxSamplesPerProject(10);
        QSignalSpy spy(&h, &MetricHistory::sampleAppended);
        for (int i = 0; i < 25; ++i) {
            MetricSample s;
            s.timeMs = i * 1000;
            if (i % 2 == 0)
                s.srcRps = i;
            h.append(QStringLiteral("p"), s);
        }
        QCOMPARE(spy.count(), 25);
        QCOMPARE(h.samples(QStringLiteral("p")).size(), 10);
        QCOMPARE(h.samples(QStringLiteral("p")).first().timeMs, qint64(15000));
        const QList<QPointF> pts = h.series(QStringLiteral("p"), Metric::SrcRps);
        QCOMPARE(pts.size(), 5); // absent values are skipped, not drawn as zero
        QCOMPARE(pts.first(), QPointF(16000, 16));
        QVERIFY(h.samples(QStringLiteral("other")).isEmpty());
    }

    void decimationKeepsSpikes()
    {
        QList<QPointF> pts;
        for (int i = 0; i < 100000; ++i)
            pts.append(QPointF(i, 100.0));
        pts[31337].setY(9000.0); // one spike up
        pts[77777].setY(-5.0);   // one dip
        const QList<QPointF> out = decimateMinMax(pts, 500);
        QVERIFY(out.size() <= 1002);
        QVERIFY(out.size() >= 500);
        bool spike = false;
        bool dip = false;
        for (int i = 0; i < out.size(); ++i) {
            spike = spike || out.at(i) == QPointF(31337, 9000.0);
            dip = dip || out.at(i) == QPointF(77777, -5.0);
            if (i > 0)
                QVERIFY(out.at(i).x() > out.at(i - 1).x());
        }
        QVERIFY(spike);
        QVERIFY(dip);
        QCOMPARE(out.first().x(), 0.0);
        QCOMPARE(out.last().x(), 99999.0);
    }

    void smallInputUntouched()
    {
        const QList<QPointF> pts{{0, 1}, {1, 2}, {2, 3}};
        QCOMPARE(decimateMinMax(pts, 10), pts);
    }
};

QTEST_GUILESS_MAIN(TestMetricHistory)
#include "tst_metrichistory.moc"
