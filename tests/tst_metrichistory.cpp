// SPDX-License-Identifier: MIT
// MetricHistory: samples from details, bounds, and min/max decimation keeping spikes.
#include "eta.h"
#include "metrichistory.h"

#include <QSignalSpy>
#include <QTest>

using namespace omsdash;

class TestMetricHistory : public QObject
{
    Q_OBJECT

private slots:
    void etaArithmetic()
    {
        // 30 samples a minute apart at 1,000 records/s, 3.6 million records left: one hour.
        QList<MetricSample> samples;
        for (int i = 0; i < 30; ++i) {
            MetricSample s;
            s.timeMs = i * 60000;
            s.stepName = QStringLiteral("FULL_TRANSFER");
            s.dstRps = 1000;
            s.fullProcessed = 1'000'000 + i * 60000.0;
            s.fullCapacity = 1'000'000 + 29 * 60000.0 + 3'600'000;
            samples << s;
        }
        const qint64 now = 29 * 60000;
        auto eta = estimateEta(samples, QStringLiteral("FULL_TRANSFER"), now);
        QVERIFY(eta);
        QCOMPARE(eta->remainingRecords, 3'600'000.0);
        QCOMPARE(eta->rate, 1000.0);
        QCOMPARE(eta->seconds, 3600.0);
        QCOMPARE(eta->samples, 16); // the last 15 minutes, both ends included
        QCOMPARE(eta->confidence, StageEta::Confidence::High);

        // Verification has its own counters, and these samples' rates are not its.
        QVERIFY(!estimateEta(samples, QStringLiteral("FULL_VERIFIER"), now));

        // The pace triples: the smoothed rate follows, most of the way after ten minutes.
        for (int i = 20; i < 30; ++i)
            samples[i].dstRps = 3000;
        eta = estimateEta(samples, QStringLiteral("FULL_TRANSFER"), now);
        QVERIFY2(eta->rate > 2600 && eta->rate < 3000, qPrintable(QString::number(eta->rate)));
        QVERIFY(eta->seconds > 1200 && eta->seconds < 1385);
        QCOMPARE(eta->confidence, StageEta::Confidence::Low); // a pace that changed is no steady pace

        // Noisy but steady: medium.
        for (int i = 0; i < 30; ++i)
            samples[i].dstRps = i % 2 ? 1200 : 800;
        QCOMPARE(estimateEta(samples, QStringLiteral("FULL_TRANSFER"), now)->confidence, StageEta::Confidence::Medium);

        // Hidden while the rate is zero, and when nothing remains or counters are missing.
        for (MetricSample &s : samples)
            s.dstRps = 0;
        QVERIFY(!estimateEta(samples, QStringLiteral("FULL_TRANSFER"), now));
        for (MetricSample &s : samples) {
            s.dstRps = 1000;
            s.fullProcessed = s.fullCapacity;
        }
        QVERIFY(!estimateEta(samples, QStringLiteral("FULL_TRANSFER"), now));
        for (MetricSample &s : samples)
            s.fullCapacity.reset();
        QVERIFY(!estimateEta(samples, QStringLiteral("FULL_TRANSFER"), now));
    }

    void mergeKeepsTimeOrderAndWhatIsHeld()
    {
        MetricHistory h;
        QSignalSpy spy(&h, &MetricHistory::sampleAppended);
        auto at = [](qint64 t, double rps) {
            MetricSample s;
            s.timeMs = t;
            s.dstRps = rps;
            return s;
        };
        h.append(QStringLiteral("p"), at(30, 3));
        h.append(QStringLiteral("p"), at(50, 5));
        h.merge(QStringLiteral("p"), {at(10, 1), at(30, 99), at(40, 4)});
        QCOMPARE(spy.size(), 3);
        const QList<QPointF> s = h.series(QStringLiteral("p"), Metric::DstRps);
        QCOMPARE(s, (QList<QPointF>{{10, 1}, {30, 3}, {40, 4}, {50, 5}}));
        h.setMaxSamplesPerProject(3);
        h.merge(QStringLiteral("p"), {at(5, 0)});
        QCOMPARE(h.samples(QStringLiteral("p")).first().timeMs, 30); // the oldest went
    }

    void rangesAndLastPointsStayInStepWithTheSamples()
    {
        MetricHistory h;
        h.setMaxSamplesPerProject(5);
        auto at = [](qint64 t, std::optional<double> rps) {
            MetricSample s;
            s.timeMs = t;
            s.dstRps = rps;
            s.dstRpsRef = 100;
            return s;
        };
        for (qint64 t : {10, 20, 30, 40})
            h.append(QStringLiteral("p"), at(t, t == 30 ? std::nullopt : std::optional<double>(t)));
        h.append(QStringLiteral("p"), at(25, 25)); // late: goes in its place
        QCOMPARE(h.series(QStringLiteral("p"), Metric::DstRps), (QList<QPointF>{{10, 10}, {20, 20}, {25, 25}, {40, 40}}));
        QCOMPARE(h.series(QStringLiteral("p"), Metric::DstRps, 15, 35), (QList<QPointF>{{20, 20}, {25, 25}}));
        QCOMPARE(h.lastPoint(QStringLiteral("p"), Metric::DstRps, 39), std::optional<QPointF>(QPointF(25, 25)));
        QVERIFY(!h.lastPoint(QStringLiteral("p"), Metric::DstRps, 5));
        h.append(QStringLiteral("p"), at(50, 50)); // six samples: the oldest goes, from every series
        QCOMPARE(h.series(QStringLiteral("p"), Metric::DstRps).first(), QPointF(20, 20));
        QCOMPARE(h.series(QStringLiteral("p"), Metric::DstRpsRef).size(), 5);
        QVERIFY(h.series(QStringLiteral("other"), Metric::DstRps, 0, 100).isEmpty());
    }

    void nearestPointsForTheCrosshair()
    {
        MetricHistory h;
        for (qint64 t : {1000, 2000, 60000}) {
            MetricSample s;
            s.timeMs = t;
            s.dstRps = double(t);
            h.append(QStringLiteral("p"), s);
        }
        const QString p = QStringLiteral("p");
        // Within reach, the nearer neighbour; in the gap beyond reach, nothing.
        QCOMPARE(h.nearestPoint(p, Metric::DstRps, 1400, 500), std::optional<QPointF>(QPointF(1000, 1000)));
        QCOMPARE(h.nearestPoint(p, Metric::DstRps, 1600, 500), std::optional<QPointF>(QPointF(2000, 2000)));
        QVERIFY(!h.nearestPoint(p, Metric::DstRps, 30000, 500));
        // On the line drawn across the gap: the nearer sample, however far.
        QCOMPARE(h.nearestPointOnLine(p, Metric::DstRps, 30000), std::optional<QPointF>(QPointF(2000, 2000)));
        QCOMPARE(h.nearestPointOnLine(p, Metric::DstRps, 40000), std::optional<QPointF>(QPointF(60000, 60000)));
        QCOMPARE(h.nearestPointOnLine(p, Metric::DstRps, 60000), std::optional<QPointF>(QPointF(60000, 60000)));
        // Before the first and after the last sample no line is drawn.
        QVERIFY(!h.nearestPointOnLine(p, Metric::DstRps, 999));
        QVERIFY(!h.nearestPointOnLine(p, Metric::DstRps, 60001));
        QVERIFY(!h.nearestPointOnLine(p, Metric::SrcRps, 30000));
        QVERIFY(!h.nearestPointOnLine(QStringLiteral("other"), Metric::DstRps, 30000));
        // A chart showing [1500, 70000] draws from 2000: before that no line, and no 1000.
        QVERIFY(!h.nearestPointOnLine(p, Metric::DstRps, 1800, 1500, 70000));
        QCOMPARE(h.nearestPointOnLine(p, Metric::DstRps, 2100, 1500, 70000), std::optional<QPointF>(QPointF(2000, 2000)));
    }

    void samplesGoToTheStoreAndComeBack()
    {
        MetricSample s;
        s.timeMs = 1000;
        s.srcRps = 10;
        s.dstRtRef = 1.5;
        s.latencySeconds = 3;
        s.fullCapacity = 48e6;
        s.stepName = QStringLiteral("FULL_TRANSFER");
        const QList<HistoryPoint> points = historyPoints(QStringLiteral("oms"), QStringLiteral("p"), s);
        QCOMPARE(points.size(), 4); // only what is present
        QHash<QString, QList<HistoryValue>> stored;
        for (const HistoryPoint &p : points) {
            QCOMPARE(p.step, QStringLiteral("FULL_TRANSFER"));
            QVERIFY(sampleMetricNames().contains(p.metric));
            stored[p.metric].append({p.timeMs, p.value, p.value, p.value, false, p.origin});
        }
        stored[QStringLiteral("dstRps")].append({2000, 7, 6, 8, true, HistoryPoint::Origin::Poll});
        const QList<MetricSample> back = samplesFromHistory(stored);
        QCOMPARE(back.size(), 2);
        QCOMPARE(back.at(0).timeMs, 1000);
        QCOMPARE(back.at(0).srcRps, std::optional<double>(10));
        QCOMPARE(back.at(0).dstRtRef, std::optional<double>(1.5));
        QCOMPARE(back.at(0).latencySeconds, std::optional<double>(3));
        QCOMPARE(back.at(0).fullCapacity, std::optional<double>(48e6));
        QVERIFY(!back.at(0).dstRps);
        QCOMPARE(back.at(1).dstRps, std::optional<double>(7)); // a minute's average
    }

    /// A list row records everything it carries: every project, shown or not, with the
    /// list's own latency and its age.
    void everyListRowIsRecorded()
    {
        ProjectSummary p;
        p.id = QStringLiteral("np_1");
        p.currentStep = QStringLiteral("FULL_TRANSFER");
        p.fullProgress = 42;
        p.latencySeconds = 7;
        p.latencySampleTime = QDateTime::fromMSecsSinceEpoch(90'000, Qt::UTC);
        Step full;
        full.name = QStringLiteral("FULL_TRANSFER");
        full.status = QStringLiteral("RUNNING");
        full.info.dstRps = 9000;
        full.info.dstRpsRef = 55000;
        full.info.processedRecords = 1'200'000;
        full.info.capacity = 48'000'000;
        p.steps = {full};
        ProjectSummary twin = p; // a repeated id: recorded once, as its first row
        twin.duplicate = 1;
        twin.fullProgress = 1;
        QHash<QString, double> values;
        for (const HistoryPoint &point : historyPoints(QStringLiteral("oms"), {p, twin}, 100'000)) {
            QCOMPARE(point.timeMs, 100'000);
            QVERIFY2(!values.contains(point.metric), qPrintable(point.metric));
            values.insert(point.metric, point.value);
        }
        QCOMPARE(values.value(QStringLiteral("fullProgress")), 42.0);
        QCOMPARE(values.value(QStringLiteral("dstRps")), 9000.0);
        QCOMPARE(values.value(QStringLiteral("dstRpsRef")), 55000.0);
        QCOMPARE(values.value(QStringLiteral("fullProcessed")), 1'200'000.0);
        QCOMPARE(values.value(QStringLiteral("fullCapacity")), 48'000'000.0);
        QCOMPARE(values.value(QStringLiteral("latency")), 7.0);
        QCOMPARE(values.value(QStringLiteral("latencyAge")), 10.0);
    }

    void tableCountsForTheStore()
    {
        auto table = [](const char *status, const char *result, std::optional<double> progress) {
            TableProgress t;
            t.sourceTable = QString::fromLatin1(status) + QString::fromLatin1(result);
            t.status = QString::fromLatin1(status);
            t.resultType = QString::fromLatin1(result);
            t.progress = progress;
            return t;
        };
        const QList<TableProgress> rows{table("FINISHED", "CONSISTENT", 100), table("FINISHED", "INCONSISTENT", 100),
                                        table("ERROR", "", 40), table("RUNNING", "", 50), table("", "", 100),
                                        table("", "", 20)};
        QHash<QString, double> counts;
        for (const HistoryPoint &p : historyPoints(QStringLiteral("oms"), QStringLiteral("p"), rows, 5000)) {
            QCOMPARE(p.timeMs, 5000);
            counts.insert(p.metric, p.value);
        }
        QCOMPARE(counts.value(QStringLiteral("tablesTotal")), 6.0);
        QCOMPARE(counts.value(QStringLiteral("tablesFinished")), 3.0); // two FINISHED and a DRS row at 100 %
        QCOMPARE(counts.value(QStringLiteral("tablesFailed")), 1.0);
        QCOMPARE(counts.value(QStringLiteral("tablesInconsistent")), 1.0);
    }

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
        // The latency chart draws both.
        MetricHistory h;
        h.append(QStringLiteral("p"), s);
        QCOMPARE(h.series(QStringLiteral("p"), Metric::Latency), QList<QPointF>{QPointF(2000000, 5)});
        QCOMPARE(h.series(QStringLiteral("p"), Metric::LatencyAge), QList<QPointF>{QPointF(2000000, 5)});
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
