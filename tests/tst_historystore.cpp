// SPDX-License-Identifier: MIT
// HistoryStore on real SQLite files: round trip across a restart, no duplicates, retention
// and one-minute aggregation over a simulated week and month (time injected, never waited
// for), bounded size, a killed writer, and files that are not ours.
#include "historystore.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace omsdash;

namespace {

constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;
// 2026-11-01T00:00:00Z, a whole minute.
constexpr qint64 Start = 1793491200LL * 1000;

HistoryPoint point(const QString &metric, qint64 t, double v, const QString &project = QStringLiteral("np_1"))
{
    HistoryPoint p;
    p.instance = QStringLiteral("oms-prod");
    p.project = project;
    p.metric = metric;
    p.timeMs = t;
    p.value = v;
    p.step = QStringLiteral("FULL_TRANSFER");
    return p;
}

/// The value of the sample taken at index i (every 5 s): 100..111, and one spike.
double valueAt(qint64 i)
{
    return i == 5 * 17280 + 1234 ? 10000.0 : 100.0 + double(i % 12);
}

QHash<QString, QList<HistoryValue>> querySync(HistoryStore &store, const QStringList &metrics, qint64 from, qint64 to,
                                              const QString &project = QStringLiteral("np_1"))
{
    std::optional<QHash<QString, QList<HistoryValue>>> result;
    store.query(QStringLiteral("oms-prod"), project, metrics, from, to,
                [&result](const QHash<QString, QList<HistoryValue>> &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 30000))
        qWarning("no answer from the history store in 30 s");
    return result.value_or(QHash<QString, QList<HistoryValue>>{});
}

QString integrityOf(const QString &path)
{
    QString verdict;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("integrity"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next())
                verdict = q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("integrity"));
    return verdict;
}

/// The child process of crashSafety(): writes batches for ever, saying how many are committed.
int runWriter(const QString &path)
{
    HistoryStore store;
    QString error;
    if (!store.open(path, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    for (qint64 batch = 0;; ++batch) {
        QList<HistoryPoint> points;
        for (int i = 0; i < 200; ++i)
            points << point(QStringLiteral("dstRps"), Start + (batch * 200 + i) * 5 * Second, double(i));
        store.record(points);
        store.flush();
        std::printf("%lld\n", (batch + 1) * 200);
        std::fflush(stdout);
    }
}

} // namespace

class TestHistoryStore : public QObject
{
    Q_OBJECT

private slots:
    void roundTripSurvivesARestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/history.sqlite")); // the folder is created
        {
            HistoryStore store;
            QString error;
            QVERIFY2(store.open(path, &error), qPrintable(error));
            store.record({point(QStringLiteral("dstRps"), Start + 10 * Second, 52000.5),
                          point(QStringLiteral("dstRps"), Start, 51000),
                          point(QStringLiteral("latency"), Start, 3.25, QStringLiteral("np_2")),
                          point(QStringLiteral("srcRt"), Start, qQNaN())}); // not a number: skipped
            store.flush();
            QCOMPARE(store.rawCount(), 3);
        }
        HistoryStore again;
        QString error;
        QVERIFY2(again.open(path, &error), qPrintable(error));
        const auto read = querySync(again, {QStringLiteral("dstRps"), QStringLiteral("latency"), QStringLiteral("nope")},
                                    Start - Hour, Start + Hour);
        const QList<HistoryValue> rps = read.value(QStringLiteral("dstRps"));
        QCOMPARE(rps.size(), 2);
        QCOMPARE(rps.at(0).timeMs, Start); // sorted by time
        QCOMPARE(rps.at(0).value, 51000.0);
        QCOMPARE(rps.at(1).value, 52000.5);
        QVERIFY(!rps.at(1).aggregated);
        QVERIFY(read.value(QStringLiteral("latency")).isEmpty()); // that was np_2's
        QVERIFY(read.contains(QStringLiteral("nope")) && read.value(QStringLiteral("nope")).isEmpty());
        QCOMPARE(querySync(again, {QStringLiteral("latency")}, Start, Start, QStringLiteral("np_2"))
                     .value(QStringLiteral("latency")).value(0).value,
                 3.25);
        // The range is inclusive at both ends and excludes the rest.
        QCOMPARE(querySync(again, {QStringLiteral("dstRps")}, Start + Second, Start + 10 * Second)
                     .value(QStringLiteral("dstRps")).size(),
                 1);
    }

    /// Five-minute chunks: points across several, a flush in the middle of one and more points
    /// after it, a late point for a chunk already written, a restart: every value once, in order.
    void chunksAcrossFlushesAndARestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        QList<qint64> times;
        {
            HistoryStore store;
            QVERIFY(store.open(path, nullptr));
            for (qint64 i = 0; i < 100; ++i) { // 100 polls every 7 s: three chunks and a bit
                times << Start + i * 7 * Second;
                store.record({point(QStringLiteral("dstRps"), times.last(), double(i))});
                if (i == 50)
                    store.flush(); // mid-chunk
            }
            store.record({point(QStringLiteral("dstRps"), Start + 3 * Second, 999)}); // late, its chunk is written
            store.record({point(QStringLiteral("dstRps"), Start, -1)});               // same time again: ignored
            QCOMPARE(querySync(store, {QStringLiteral("dstRps")}, Start, Start + Hour).value(QStringLiteral("dstRps")).size(),
                     101);
            store.record({point(QStringLiteral("dstRps"), Start + 3 * Second, -2)}); // late twice: ignored too
            store.record({point(QStringLiteral("dstRps"), times.at(95), -3)});       // in the open chunk, not the last
            store.flush();
            QCOMPARE(store.rawCount(), 101); // stored once: what maintenance aggregates
        }
        HistoryStore again;
        QVERIFY(again.open(path, nullptr));
        const QList<HistoryValue> values =
            querySync(again, {QStringLiteral("dstRps")}, Start, Start + Hour).value(QStringLiteral("dstRps"));
        QCOMPARE(values.size(), 101);
        QCOMPARE(values.at(0).value, 0.0);       // the first value at Start won
        QCOMPARE(values.at(1).timeMs, Start + 3 * Second);
        QCOMPARE(values.at(1).value, 999.0);
        for (int i = 1; i < values.size(); ++i)
            QVERIFY(values.at(i - 1).timeMs < values.at(i).timeMs);
        QCOMPARE(values.last().timeMs, times.last());
        QCOMPARE(values.last().value, 99.0);
    }

    /// A schema 1 file (a row per sample) opens as schema 2 with its rows readable beside new ones.
    void aSchemaOneFileIsUpgraded()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO meta VALUES ('schemaVersion', '1')")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE series (id INTEGER PRIMARY KEY, instance TEXT NOT NULL, project "
                                          "TEXT NOT NULL, metric TEXT NOT NULL, UNIQUE (instance, project, metric))")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO series VALUES (1, 'oms-prod', 'np_1', 'dstRps')")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE sample (series INTEGER NOT NULL, t INTEGER NOT NULL, value REAL "
                                          "NOT NULL, step TEXT, origin INTEGER NOT NULL, PRIMARY KEY (series, t)) WITHOUT ROWID")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO sample VALUES (1, %1, 7, 'FULL_TRANSFER', 0)").arg(Start)));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        {
            HistoryStore store;
            QString error;
            QVERIFY2(store.open(path, &error), qPrintable(error));
            store.record({point(QStringLiteral("dstRps"), Start + Minute, 8)});
            const QList<HistoryValue> values =
                querySync(store, {QStringLiteral("dstRps")}, Start, Start + Hour).value(QStringLiteral("dstRps"));
            QCOMPARE(values.size(), 2);
            QCOMPARE(values.at(0).value, 7.0);
            QCOMPARE(values.at(1).value, 8.0);
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schemaVersion'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("2"));
        // The current step is kept once per change, for the charts' step markers.
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM step_change")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        q.finish();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }

    void theFirstValueOfASeriesAndTimeWins()
    {
        QTemporaryDir dir;
        HistoryStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("h.sqlite")), nullptr));
        HistoryPoint server = point(QStringLiteral("dstRps"), Start, 999);
        server.origin = HistoryPoint::Origin::Server;
        store.record({point(QStringLiteral("dstRps"), Start, 1)});
        store.record({server, point(QStringLiteral("dstRps"), Start + Minute, 2)});
        store.flush();
        const auto values = querySync(store, {QStringLiteral("dstRps")}, Start, Start + Hour).value(QStringLiteral("dstRps"));
        QCOMPARE(values.size(), 2);
        QCOMPARE(values.at(0).value, 1.0);
        QCOMPARE(values.at(0).origin, HistoryPoint::Origin::Poll);
    }

    void aWeekIsAggregatedAndRetired()
    {
        QTemporaryDir dir;
        HistoryStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("week.sqlite")), nullptr));
        const qint64 perDay = Day / (5 * Second); // 17,280 samples
        for (int day = 0; day < 7; ++day) {
            QList<HistoryPoint> batch;
            for (qint64 i = day * perDay; i < (day + 1) * perDay; ++i)
                batch << point(QStringLiteral("dstRps"), Start + i * 5 * Second, valueAt(i));
            store.record(batch);
        }
        store.flush();
        QCOMPARE(store.rawCount(), 7 * perDay);
        const qint64 sizeBefore = store.fileBytes();

        const qint64 now = Start + 7 * Day;
        store.maintain(now);
        const qint64 cutoff = now - 48 * Hour; // a whole minute already
        QCOMPARE(store.rawCount(), 2 * perDay);
        QCOMPARE(store.aggregateCount(), (cutoff - Start) / Minute); // 7,200 minutes
        QVERIFY2(store.fileBytes() < sizeBefore, qPrintable(QStringLiteral("%1 -> %2").arg(sizeBefore).arg(store.fileBytes())));

        const QList<HistoryValue> all =
            querySync(store, {QStringLiteral("dstRps")}, Start, now).value(QStringLiteral("dstRps"));
        QCOMPARE(all.size(), int((cutoff - Start) / Minute + 2 * perDay));
        QVERIFY(all.first().aggregated);
        QCOMPARE(all.first().timeMs, Start);
        QCOMPARE(all.first().min, 100.0);
        QCOMPARE(all.first().max, 111.0);
        QCOMPARE(all.first().value, 105.5); // the average of 100..111
        QVERIFY(!all.last().aggregated);
        QCOMPARE(all.last().timeMs, now - 5 * Second);
        for (int i = 1; i < all.size(); ++i)
            QVERIFY(all.at(i - 1).timeMs < all.at(i).timeMs);

        // The spike survives in the raw days; a late one in the aggregated days joins its minute.
        const qint64 spikeAt = Start + (5 * perDay + 1234) * 5 * Second;
        const auto spike = std::find_if(all.cbegin(), all.cend(), [&](const HistoryValue &v) { return v.timeMs == spikeAt; });
        QVERIFY(spike != all.cend() && spike->value == 10000.0);
        store.record({point(QStringLiteral("dstRps"), Start + 12 * Hour + 7 * Second, 50000)}); // late, old
        store.maintain(now);
        const auto minute = querySync(store, {QStringLiteral("dstRps")}, Start + 12 * Hour, Start + 12 * Hour)
                                .value(QStringLiteral("dstRps"));
        QCOMPARE(minute.size(), 1);
        QCOMPARE(minute.first().max, 50000.0); // merged into the existing minute
        QCOMPARE(minute.first().min, 100.0);

        // A month on, the aggregates are gone too.
        store.maintain(now + 31 * Day);
        QCOMPARE(store.rawCount(), 0);
        QCOMPARE(store.aggregateCount(), 0);
    }

    void retentionIsConfigurable()
    {
        QTemporaryDir dir;
        HistoryStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("r.sqlite")), nullptr));
        store.setRetention({2 * Hour, 1 * Day});
        QList<HistoryPoint> batch;
        for (qint64 t = Start; t < Start + 2 * Day; t += Minute)
            batch << point(QStringLiteral("latency"), t, 1);
        store.record(batch);
        store.maintain(Start + 2 * Day);
        QCOMPARE(store.rawCount(), 2 * 60);
        QCOMPARE(store.aggregateCount(), 22 * 60); // the last day, less the raw two hours
    }

    void theFileStopsGrowing()
    {
        QTemporaryDir dir;
        HistoryStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("month.sqlite")), nullptr));
        QList<qint64> sizes;
        for (int day = 0; day < 40; ++day) {
            QList<HistoryPoint> batch;
            for (qint64 t = Start + day * Day; t < Start + (day + 1) * Day; t += 30 * Second)
                batch << point(QStringLiteral("dstRps"), t, 1);
            store.record(batch);
            store.maintain(Start + (day + 1) * Day);
            sizes << store.fileBytes();
        }
        // From day 32 on, every day adds what retention removes: the size holds.
        QVERIFY2(sizes.last() <= sizes.at(32) * 11 / 10,
                 qPrintable(QStringLiteral("day 32: %1 bytes, day 40: %2").arg(sizes.at(32)).arg(sizes.last())));
        QVERIFY(sizes.at(32) > sizes.at(2));
    }

    void aKilledWriterLeavesAReadableDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
        QProcess writer;
        writer.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--writer"), path});
        QVERIFY(writer.waitForStarted());
        qint64 committed = 0;
        QVERIFY(QTest::qWaitFor([&] {
            while (writer.canReadLine())
                committed = writer.readLine().trimmed().toLongLong();
            return committed >= 20 * 200;
        }, 30000));
        writer.kill(); // SIGKILL, mid-write
        writer.waitForFinished();
        while (writer.canReadLine()) // what it said before dying was committed
            committed = std::max(committed, writer.readLine().trimmed().toLongLong());

        QCOMPARE(integrityOf(path), QStringLiteral("ok"));
        HistoryStore store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QVERIFY2(store.rawCount() >= committed, qPrintable(QStringLiteral("%1 < %2").arg(store.rawCount()).arg(committed)));
    }

    void filesThatAreNotOursAreRefused()
    {
        QTemporaryDir dir;
        const QString garbage = dir.filePath(QStringLiteral("garbage.sqlite"));
        QFile f(garbage);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        HistoryStore store;
        QString error;
        QVERIFY(!store.open(garbage, &error));
        QVERIFY2(error.contains(garbage), qPrintable(error));
        QVERIFY(!store.isOpen());
        store.record({point(QStringLiteral("dstRps"), Start, 1)}); // ignored, no crash
        QCOMPARE(f.size(), 8192);

        const QString newer = dir.filePath(QStringLiteral("newer.sqlite"));
        {
            HistoryStore first;
            QVERIFY(first.open(newer, nullptr));
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(newer);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'schemaVersion'"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        HistoryStore second;
        QVERIFY(!second.open(newer, &error));
        QVERIFY2(error.contains(QStringLiteral("schema 99")), qPrintable(error));
    }
};

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--writer") == 0) {
        QCoreApplication app(argc, argv);
        return runWriter(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestHistoryStore test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_historystore.moc"
