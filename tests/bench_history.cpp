// SPDX-License-Identifier: MIT
// Benchmarks of the metric history store; prints numbers, asserts no timings.
// Run: build/tests/bench_history   (not part of ctest)
#include "historystore.h"
#include "metrichistory.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace omsdash;

namespace {
constexpr qint64 Day = 24LL * 3600 * 1000;
constexpr qint64 Start = 1793491200LL * 1000;

/// One detail poll's points: every sample metric of one project.
QList<HistoryPoint> pollAt(qint64 t)
{
    MetricSample s;
    s.timeMs = t;
    s.srcRps = s.dstRps = 50000 + double(t % 997);
    s.srcRt = s.dstRt = 1.2;
    s.srcIops = s.dstIops = 16e6;
    s.srcRpsRef = s.dstRpsRef = 55000;
    s.srcRtRef = s.dstRtRef = 1;
    s.srcIopsRef = 16.3e6;
    s.latencySeconds = 3;
    s.latencyAgeSeconds = 1;
    s.fullProcessed = double(t / 1000);
    s.fullCapacity = 48e6;
    s.stepName = QStringLiteral("FULL_TRANSFER");
    return historyPoints(QStringLiteral("oms-prod"), QStringLiteral("np_1"), s);
}
/// wchar of /proc/self/io: bytes this process has handed to write() and pwrite(), the
/// database's and its WAL's included.
qint64 bytesWritten()
{
    QFile io(QStringLiteral("/proc/self/io"));
    if (!io.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : io.readAll().split('\n'))
        if (line.startsWith("wchar:"))
            return line.mid(6).trimmed().toLongLong();
    return -1;
}
} // namespace

class BenchHistory : public QObject
{
    Q_OBJECT

private slots:
    /// Everything recorded: 4 instances of 250 projects, each list poll giving every project's
    /// 15 metrics, every 2 s for 20 minutes (four five-minute chunks, then the open ones at
    /// close), one transaction per instance's poll as the app writes. Prints bytes written
    /// (wchar: the database's and the WAL's) against the bytes the database keeps.
    void writeAmplificationAtAThousandProjects()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("amplification.sqlite"));
        auto store = std::make_unique<HistoryStore>();
        QVERIFY(store->open(path, nullptr));
        const qint64 before = bytesWritten();
        QElapsedTimer clock;
        clock.start();
        const int polls = 600;
        qint64 points = 0;
        for (int poll = 0; poll < polls; ++poll) {
            const qint64 t = Start + poll * 2000LL;
            for (int instance = 0; instance < 4; ++instance) {
                QList<HistoryPoint> batch;
                for (int project = 0; project < 250; ++project) {
                    for (HistoryPoint p : pollAt(t + project)) {
                        p.instance = QStringLiteral("oms-%1").arg(instance);
                        p.project = QStringLiteral("np_%1").arg(project);
                        p.timeMs = t;
                        batch << p;
                    }
                }
                points += batch.size();
                store->record(batch);
            }
        }
        store.reset(); // closed: everything on disk, the WAL checkpointed
        const double seconds = clock.nsecsElapsed() / 1e9;
        const qint64 written = bytesWritten() - before;
        const qint64 kept = QFileInfo(path).size();
        std::printf("store: 1,000 projects x %lld metrics every 2 s for 20 min (%lld values) in %.1f s\n",
                    qint64(pollAt(0).size()), points, seconds);
        std::printf("  bytes written %.1f MiB, bytes kept %.1f MiB: written / kept = %.2f (goal <= 3)\n",
                    written / 1048576.0, kept / 1048576.0, double(written) / double(kept));
    }

    void aWeekOfFiveSecondPolls()
    {
        QTemporaryDir dir;
        HistoryStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("bench.sqlite")), nullptr));
        const qint64 polls = 7 * Day / 5000;

        // One poll = one transaction, as the app writes.
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < 1000; ++i) {
            store.record(pollAt(Start + i * 5000));
            store.flush();
        }
        const double perPollMs = clock.nsecsElapsed() / 1e6 / 1000;

        // The rest of the week in day-sized transactions, to get there quickly.
        for (qint64 day = 0; day < 7; ++day) {
            QList<HistoryPoint> batch;
            for (qint64 i = std::max<qint64>(1000, day * polls / 7); i < (day + 1) * polls / 7; ++i)
                batch << pollAt(Start + i * 5000);
            store.record(batch);
        }
        store.flush();
        const qint64 rows = store.rawCount();
        const qint64 bytesBefore = store.fileBytes();

        clock.restart();
        store.maintain(Start + 7 * Day);
        const double maintainMs = clock.nsecsElapsed() / 1e6;

        clock.restart();
        std::optional<QList<MetricSample>> samples;
        store.query(QStringLiteral("oms-prod"), QStringLiteral("np_1"), sampleMetricNames(), Start, Start + 7 * Day,
                    [&samples](const QHash<QString, QList<HistoryValue>> &v) { samples = samplesFromHistory(v); });
        QVERIFY(QTest::qWaitFor([&] { return samples.has_value(); }, 60000));
        const double queryMs = clock.nsecsElapsed() / 1e6;

        std::printf("history: %lld polls of %lld metrics (%lld rows)\n", polls, qint64(pollAt(0).size()), rows);
        std::printf("  write one poll in its own transaction (WAL, synchronous=NORMAL): %.3f ms\n", perPollMs);
        std::printf("  file before maintenance: %.1f MiB; after (48 h raw + 5 d of minutes): %.1f MiB\n",
                    bytesBefore / 1048576.0, store.fileBytes() / 1048576.0);
        std::printf("  maintenance of the week (aggregate, retire, vacuum): %.0f ms\n", maintainMs);
        std::printf("  read the week back as chart samples (%lld): %.0f ms\n", qint64(samples->size()), queryMs);
    }
};

QTEST_GUILESS_MAIN(BenchHistory)
#include "bench_history.moc"
