// SPDX-License-Identifier: MIT
#include "historystore.h"

#include "alertengine.h"

#include <QDateTime>
#include <QMap>
#include <QtEndian>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>
#include <QPointer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>
#include <QVariant>

#include <atomic>
#include <cmath>
#include <limits>
#include <optional>

namespace omsdash {

namespace {
/// 1: a row per sample (series, t); 2: a row per series and five minutes (chunk), written
/// once the five minutes are over, so writes append to the file instead of touching a page
/// per series at every poll. A schema 1 file is upgraded in place; its rows stay readable.
constexpr int SchemaVersion = 2;
constexpr qint64 MinuteMs = 60LL * 1000;
constexpr qint64 HourMs = 60 * MinuteMs;
/// A raw chunk's span: the samples of one series between two multiples of this.
constexpr qint64 ChunkMs = 5 * MinuteMs;
/// A raw record: int32 ms after the chunk's start, float64 value (little-endian).
constexpr int RawRecordBytes = 12;
/// A minute aggregate's record in an hour chunk: int32 ms after the hour, float64 min, avg,
/// max, int32 samples.
constexpr int MinuteRecordBytes = 32;

qint64 floorTo(qint64 t, qint64 span)
{
    return t >= 0 ? t / span * span : -((-t + span - 1) / span) * span;
}

void putRaw(QByteArray &out, qint32 offset, double value)
{
    char r[RawRecordBytes];
    qToLittleEndian(offset, r);
    qToLittleEndian(value, r + 4);
    out.append(r, RawRecordBytes);
}

/// Whether @p records (raw) hold a value at @p offset; only searched when the offset is not
/// after @p lastOffset, the latest one appended (points mostly come in time order).
bool hasOffset(const QByteArray &records, qint32 offset, qint32 lastOffset)
{
    if (offset > lastOffset)
        return false;
    for (qsizetype i = 0; i + RawRecordBytes <= records.size(); i += RawRecordBytes)
        if (qFromLittleEndian<qint32>(records.constData() + i) == offset)
            return true;
    return false;
}

/// A minute's aggregate, as kept in the hour chunks.
struct MinuteAggregate
{
    double min = 0;
    double avg = 0;
    double max = 0;
    qint64 n = 0;

    void add(double v)
    {
        add({v, v, v, 1});
    }
    void add(const MinuteAggregate &o)
    {
        if (n == 0) {
            *this = o;
            return;
        }
        min = std::min(min, o.min);
        max = std::max(max, o.max);
        avg = (avg * double(n) + o.avg * double(o.n)) / double(n + o.n);
        n += o.n;
    }
};

/// minute start (UTC ms) -> aggregate, from an hour chunk starting at @p hour.
QMap<qint64, MinuteAggregate> decodeMinutes(qint64 hour, const QByteArray &data)
{
    QMap<qint64, MinuteAggregate> out;
    for (qsizetype i = 0; i + MinuteRecordBytes <= data.size(); i += MinuteRecordBytes) {
        const char *r = data.constData() + i;
        MinuteAggregate a{qFromLittleEndian<double>(r + 4), qFromLittleEndian<double>(r + 12),
                          qFromLittleEndian<double>(r + 20), qFromLittleEndian<qint32>(r + 28)};
        out[hour + qFromLittleEndian<qint32>(r)].add(a);
    }
    return out;
}

QByteArray encodeMinutes(qint64 hour, const QMap<qint64, MinuteAggregate> &minutes)
{
    QByteArray out;
    out.reserve(minutes.size() * MinuteRecordBytes);
    for (auto it = minutes.cbegin(); it != minutes.cend(); ++it) {
        char r[MinuteRecordBytes];
        qToLittleEndian(qint32(it.key() - hour), r);
        qToLittleEndian(it->min, r + 4);
        qToLittleEndian(it->avg, r + 12);
        qToLittleEndian(it->max, r + 20);
        qToLittleEndian(qint32(it->n), r + 28);
        out.append(r, MinuteRecordBytes);
    }
    return out;
}

/// Calls @p f(t, value) for each record of a raw chunk starting at @p start.
template<typename F>
void forEachRaw(qint64 start, const QByteArray &data, F f)
{
    for (qsizetype i = 0; i + RawRecordBytes <= data.size(); i += RawRecordBytes) {
        const char *r = data.constData() + i;
        f(start + qFromLittleEndian<qint32>(r), qFromLittleEndian<double>(r + 4));
    }
}
std::atomic<int> connectionCounter{0};
} // namespace

/// The database side of HistoryStore; every member runs on the store's thread.
class HistoryWriter : public QObject
{
public:
    HistoryWriter()
        : m_connection(QStringLiteral("omsdash-history-%1").arg(++connectionCounter))
    {
    }

    bool open(const QString &path, QString *error);
    void close();
    /// Our polls' points: into the open chunks; the chunks that ended go to disk in one
    /// transaction (so do points with origin Server, into the sample table).
    bool write(const QList<HistoryPoint> &points);
    /// The server's points where we have no value within @p toleranceMs (recordServerHistory).
    bool writeServer(const QList<HistoryPoint> &points, qint64 toleranceMs);
    /// Writes every open chunk as it is (flush(), maintenance, closing).
    bool flushOpen();
    /// Raw records stored and open, minute aggregates stored: for tests and benchmarks.
    qint64 rawCount();
    qint64 aggregateCount();
    QHash<QString, QList<HistoryValue>> read(const QString &instance, const QString &project,
                                             const QStringList &metrics, qint64 fromMs, qint64 toMs);
    void maintain(qint64 nowMs, const HistoryRetention &retention);
    qint64 scalar(const QString &sql);
    /// The alert log: one row per event, and the firing alerts' state, in one transaction.
    bool writeAlert(const QString &kind, qint64 timeMs, const Alert &alert, const QString &message, bool silenced);
    QList<Alert> firingAlerts();
    QList<AlertLogEntry> alertLog(qint64 fromMs, qint64 toMs, int limit);
    bool writeSilence(const AlertSilence &silence);
    QList<AlertSilence> silences(qint64 nowMs);

    QString lastError() const
    {
        QMutexLocker lock(&m_errorMutex);
        return m_lastError;
    }

private:
    QSqlDatabase db() const { return QSqlDatabase::database(m_connection, false); }
    bool exec(const QString &sql);
    bool addMissingColumn(const QString &table, const QString &column, const QString &type);
    void fail(const QString &what, const QSqlError &error);
    /// The series id of (instance, project, metric); -1 when absent and !create.
    qint64 seriesId(const QString &instance, const QString &project, const QString &metric, bool create);

    /// Writes @p chunks (start, series, records), sorted, appending to a chunk already stored.
    bool writeChunks(QList<std::tuple<qint64, qint64, QByteArray>> &chunks);
    /// Our own raw times and values of @p series in [fromMs, toMs]: stored chunks and the open one.
    QList<std::pair<qint64, double>> ownRaw(qint64 series, qint64 fromMs, qint64 toMs);
    /// Aggregates and deletes raw chunks before @p cutoff (a whole minute), hour by hour.
    bool retireChunks(qint64 cutoff);
    /// Deletes minute aggregates before @p beforeMs.
    bool trimMinuteChunks(qint64 beforeMs);
    qint64 metaValue(const QString &key);

    struct OpenChunk
    {
        qint64 start = -1;
        QByteArray records;
        qint32 lastOffset = -1;
    };

    QString m_connection;
    QHash<QString, qint64> m_ids; ///< "instance\x1fproject\x1fmetric" -> series id
    QHash<qint64, OpenChunk> m_open; ///< series id -> the chunk it is filling
    QHash<QString, QString> m_steps; ///< "instance\x1fproject" -> the last step recorded
    mutable QMutex m_errorMutex;
    QString m_lastError;
};

void HistoryWriter::fail(const QString &what, const QSqlError &error)
{
    QMutexLocker lock(&m_errorMutex);
    m_lastError = QStringLiteral("%1: %2").arg(what, error.text());
}

bool HistoryWriter::exec(const QString &sql)
{
    QSqlQuery q(db());
    if (!q.exec(sql)) {
        fail(sql.section(QLatin1Char(' '), 0, 2), q.lastError());
        return false;
    }
    return true;
}

bool HistoryWriter::open(const QString &path, QString *error)
{
    const bool inMemory = path == QLatin1String(":memory:"); // the demo's: no WAL there
    if (!inMemory)
        QDir().mkpath(QFileInfo(path).absolutePath());
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    database.setDatabaseName(path);
    database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!database.open()) {
        *error = HistoryStore::tr("cannot open %1: %2").arg(path, database.lastError().text());
        return false;
    }
    QSqlQuery q(database);
    // auto_vacuum takes effect only before the first table exists, i.e. on a new file.
    const bool ok = exec(QStringLiteral("PRAGMA auto_vacuum = INCREMENTAL"))
        && q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) && q.next()
        && (inMemory || q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0)
        && exec(QStringLiteral("PRAGMA synchronous = NORMAL"))
        && exec(QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"))
        && exec(QStringLiteral("CREATE TABLE IF NOT EXISTS series (id INTEGER PRIMARY KEY, instance TEXT NOT NULL, "
                               "project TEXT NOT NULL, metric TEXT NOT NULL, UNIQUE (instance, project, metric))"))
        && exec(QStringLiteral("CREATE TABLE IF NOT EXISTS sample (series INTEGER NOT NULL, t INTEGER NOT NULL, "
                               "value REAL NOT NULL, step TEXT, origin INTEGER NOT NULL, PRIMARY KEY (series, t)) "
                               "WITHOUT ROWID"))
        && exec(QStringLiteral("CREATE TABLE IF NOT EXISTS minute (series INTEGER NOT NULL, t INTEGER NOT NULL, "
                               "min REAL NOT NULL, avg REAL NOT NULL, max REAL NOT NULL, n INTEGER NOT NULL, "
                               "PRIMARY KEY (series, t)) WITHOUT ROWID"))
        // Schema 2: keyed by time first, so what a poll round writes lands at the end of the
        // file. Rowid tables: their rows of a few KiB stay in the page (a WITHOUT ROWID row
        // over about 1 KiB spills into overflow pages, mostly empty).
        && exec(QStringLiteral("CREATE TABLE IF NOT EXISTS chunk (id INTEGER PRIMARY KEY, start INTEGER NOT NULL, "
                               "series INTEGER NOT NULL, data BLOB NOT NULL)"))
        && exec(QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS chunk_key ON chunk (start, series)"))
        && exec(QStringLiteral("CREATE TABLE IF NOT EXISTS minute_chunk (id INTEGER PRIMARY KEY, start INTEGER "
                               "NOT NULL, series INTEGER NOT NULL, data BLOB NOT NULL)"))
        && exec(QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS minute_chunk_key ON minute_chunk (start, series)"))
        && exec(QStringLiteral("CREATE TABLE IF NOT EXISTS step_change (instance TEXT NOT NULL, project TEXT NOT NULL, "
                               "t INTEGER NOT NULL, step TEXT NOT NULL, PRIMARY KEY (instance, project, t)) WITHOUT ROWID"))
        // The alert log (added within schema 1: older omsdash ignores these tables).
        && exec(QStringLiteral("CREATE TABLE IF NOT EXISTS alert_event (id INTEGER PRIMARY KEY, t INTEGER NOT NULL, "
                               "kind TEXT NOT NULL, key TEXT NOT NULL, instance TEXT NOT NULL, project TEXT NOT NULL, "
                               "rule TEXT NOT NULL, severity TEXT NOT NULL, value REAL, threshold REAL, "
                               "message TEXT NOT NULL, silenced INTEGER NOT NULL, name TEXT NOT NULL DEFAULT '', "
                               "step TEXT NOT NULL DEFAULT '')"))
        && addMissingColumn(QStringLiteral("alert_event"), QStringLiteral("name"), QStringLiteral("TEXT NOT NULL DEFAULT ''"))
        && addMissingColumn(QStringLiteral("alert_event"), QStringLiteral("step"), QStringLiteral("TEXT NOT NULL DEFAULT ''"))
        && exec(QStringLiteral("CREATE INDEX IF NOT EXISTS alert_event_t ON alert_event (t)"))
        && exec(QStringLiteral("CREATE TABLE IF NOT EXISTS alert_firing (key TEXT PRIMARY KEY, instance TEXT NOT NULL, "
                               "project TEXT NOT NULL, name TEXT NOT NULL, step TEXT NOT NULL, rule TEXT NOT NULL, "
                               "severity TEXT NOT NULL, starts INTEGER NOT NULL, firing INTEGER NOT NULL, "
                               "notified INTEGER NOT NULL, value REAL, threshold REAL, message TEXT NOT NULL, "
                               "acknowledged INTEGER NOT NULL)"))
        && exec(QStringLiteral("CREATE TABLE IF NOT EXISTS alert_silence (id INTEGER PRIMARY KEY, instance TEXT NOT NULL, "
                               "project TEXT NOT NULL, rule TEXT NOT NULL, until INTEGER NOT NULL)"));
    if (!ok) {
        *error = HistoryStore::tr("cannot prepare %1: %2").arg(path, lastError().isEmpty() ? q.lastError().text() : lastError());
        close();
        return false;
    }
    QSqlQuery version(database);
    version.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schemaVersion'"));
    if (version.next()) {
        if (version.value(0).toInt() == 1) { // the tables above are there now: upgraded
            if (!exec(QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'schemaVersion'").arg(SchemaVersion))) {
                *error = lastError();
                close();
                return false;
            }
        } else if (version.value(0).toInt() != SchemaVersion) {
            *error = HistoryStore::tr("%1 has history schema %2; this omsdash knows %3")
                         .arg(path, version.value(0).toString())
                         .arg(SchemaVersion);
            close();
            return false;
        }
    } else if (!exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('schemaVersion', '%1')").arg(SchemaVersion))) {
        *error = lastError();
        close();
        return false;
    }
    return true;
}

void HistoryWriter::close()
{
    flushOpen();
    m_open.clear();
    m_steps.clear();
    {
        QSqlDatabase database = db();
        if (database.isValid())
            database.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_ids.clear();
}

qint64 HistoryWriter::seriesId(const QString &instance, const QString &project, const QString &metric, bool create)
{
    const QString key = instance + QChar(0x1f) + project + QChar(0x1f) + metric;
    const auto cached = m_ids.constFind(key);
    if (cached != m_ids.cend())
        return *cached;
    QSqlQuery q(db());
    if (create) {
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO series (instance, project, metric) VALUES (?, ?, ?)"));
        q.addBindValue(instance);
        q.addBindValue(project);
        q.addBindValue(metric);
        if (!q.exec()) {
            fail(QStringLiteral("series"), q.lastError());
            return -1;
        }
    }
    q.prepare(QStringLiteral("SELECT id FROM series WHERE instance = ? AND project = ? AND metric = ?"));
    q.addBindValue(instance);
    q.addBindValue(project);
    q.addBindValue(metric);
    if (!q.exec() || !q.next())
        return -1;
    const qint64 id = q.value(0).toLongLong();
    m_ids.insert(key, id);
    return id;
}

bool HistoryWriter::write(const QList<HistoryPoint> &points)
{
    QSqlDatabase database = db();
    if (!database.isOpen() || points.isEmpty())
        return database.isOpen();
    if (!database.transaction()) {
        fail(QStringLiteral("begin"), database.lastError());
        return false;
    }
    QList<std::tuple<qint64, qint64, QByteArray>> ended; // chunks to write now
    QSqlQuery server(database);
    server.prepare(QStringLiteral("INSERT OR IGNORE INTO sample (series, t, value, step, origin) VALUES (?, ?, ?, ?, ?)"));
    QSqlQuery step(database);
    step.prepare(QStringLiteral("INSERT OR IGNORE INTO step_change (instance, project, t, step) VALUES (?, ?, ?, ?)"));
    // Changed on copies, kept only once committed: a failed batch leaves the chunks as they were.
    QHash<qint64, OpenChunk> open = m_open;
    QHash<QString, QString> steps = m_steps;
    const auto abort = [&](const QString &what, const QSqlError &error) {
        fail(what, error);
        database.rollback();
        m_ids.clear(); // ids created in this transaction are gone
        return false;
    };
    for (const HistoryPoint &p : points) {
        if (!std::isfinite(p.value))
            continue;
        const qint64 id = seriesId(p.instance, p.project, p.metric, true);
        if (id < 0)
            return abort(QStringLiteral("series"), database.lastError());
        if (p.origin == HistoryPoint::Origin::Server) { // rare: kept row by row, with its origin
            for (const QVariant &v : {QVariant(id), QVariant(p.timeMs), QVariant(p.value),
                                      p.step.isEmpty() ? QVariant() : QVariant(p.step), QVariant(int(p.origin))})
                server.addBindValue(v);
            if (!server.exec())
                return abort(QStringLiteral("write"), server.lastError());
            continue;
        }
        // The current step, once per change: what the charts' step markers read.
        const QString project = p.instance + QChar(0x1f) + p.project;
        if (!p.step.isEmpty() && steps.value(project) != p.step) {
            steps.insert(project, p.step);
            for (const QVariant &v : {QVariant(p.instance), QVariant(p.project), QVariant(p.timeMs), QVariant(p.step)})
                step.addBindValue(v);
            if (!step.exec())
                return abort(QStringLiteral("step"), step.lastError());
        }
        const qint64 start = floorTo(p.timeMs, ChunkMs);
        const auto offset = qint32(p.timeMs - start);
        OpenChunk &chunk = open[id];
        if (chunk.start == start) {
            if (!hasOffset(chunk.records, offset, chunk.lastOffset)) // the first value at a time wins
                putRaw(chunk.records, offset, p.value);
            chunk.lastOffset = std::max(chunk.lastOffset, offset);
        } else if (chunk.start < start) { // the chunk is over: written now, a new one opens
            if (chunk.start >= 0 && !chunk.records.isEmpty())
                ended.append({chunk.start, id, chunk.records});
            chunk = OpenChunk{start, {}, offset};
            putRaw(chunk.records, offset, p.value);
        } else { // late, for a chunk already written
            QByteArray one;
            putRaw(one, offset, p.value);
            ended.append({start, id, one});
        }
    }
    if (!writeChunks(ended))
        return abort(QStringLiteral("write"), database.lastError());
    if (!database.commit())
        return abort(QStringLiteral("commit"), database.lastError());
    m_open = std::move(open);
    m_steps = std::move(steps);
    return true;
}

bool HistoryWriter::writeChunks(QList<std::tuple<qint64, qint64, QByteArray>> &chunks)
{
    if (chunks.isEmpty())
        return true;
    std::sort(chunks.begin(), chunks.end(), [](const auto &a, const auto &b) {
        return std::tie(std::get<0>(a), std::get<1>(a)) < std::tie(std::get<0>(b), std::get<1>(b));
    });
    // A chunk already stored for those five minutes (a flush, a late point) gets the new
    // records after its own; appended here, as SQL's || would make text of the bytes.
    QSqlQuery stored(db());
    stored.prepare(QStringLiteral("SELECT data FROM chunk WHERE start = ? AND series = ?"));
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO chunk (start, series, data) VALUES (?, ?, ?)"));
    for (const auto &[start, series, records] : std::as_const(chunks)) {
        stored.addBindValue(start);
        stored.addBindValue(series);
        if (!stored.exec()) {
            fail(QStringLiteral("chunk"), stored.lastError());
            return false; // never replace what could not be read
        }
        QByteArray data = stored.next() ? stored.value(0).toByteArray() : QByteArray();
        stored.finish();
        // The first value at a time wins: a record at a time already stored is dropped.
        for (qsizetype i = 0; i + RawRecordBytes <= records.size(); i += RawRecordBytes) {
            const auto offset = qFromLittleEndian<qint32>(records.constData() + i);
            if (!hasOffset(data, offset, std::numeric_limits<qint32>::max()))
                data.append(records.constData() + i, RawRecordBytes);
        }
        q.addBindValue(start);
        q.addBindValue(series);
        q.addBindValue(data);
        if (!q.exec()) {
            fail(QStringLiteral("chunk"), q.lastError());
            return false;
        }
    }
    chunks.clear();
    return true;
}

bool HistoryWriter::flushOpen()
{
    QSqlDatabase database = db();
    if (!database.isOpen() || m_open.isEmpty())
        return true;
    QList<std::tuple<qint64, qint64, QByteArray>> chunks;
    for (auto it = m_open.cbegin(); it != m_open.cend(); ++it)
        if (!it->records.isEmpty())
            chunks.append({it->start, it.key(), it->records});
    if (!database.transaction()) {
        fail(QStringLiteral("begin"), database.lastError());
        return false;
    }
    if (!writeChunks(chunks) || !database.commit()) {
        database.rollback();
        return false;
    }
    // What was written stays written; later points of the same five minutes append to it.
    for (OpenChunk &c : m_open)
        c.records.clear();
    return true;
}

QList<std::pair<qint64, double>> HistoryWriter::ownRaw(qint64 series, qint64 fromMs, qint64 toMs)
{
    QList<std::pair<qint64, double>> out;
    // One seek per five minutes: the chunks of one series are far apart in a file keyed by
    // time. Only between the first and the last chunk stored.
    QSqlQuery span(db());
    if (span.exec(QStringLiteral("SELECT MIN(start), MAX(start) FROM chunk")) && span.next() && !span.value(0).isNull()) {
        const qint64 first = std::max(floorTo(fromMs, ChunkMs), span.value(0).toLongLong());
        const qint64 last = std::min(toMs, span.value(1).toLongLong());
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT data FROM chunk WHERE start = ? AND series = ?"));
        for (qint64 start = first; start <= last; start += ChunkMs) {
            q.addBindValue(start);
            q.addBindValue(series);
            if (q.exec() && q.next())
                forEachRaw(start, q.value(0).toByteArray(), [&](qint64 t, double v) {
                    if (t >= fromMs && t <= toMs)
                        out.append({t, v});
                });
        }
    }
    const auto open = m_open.constFind(series);
    if (open != m_open.cend())
        forEachRaw(open->start, open->records, [&](qint64 t, double v) {
            if (t >= fromMs && t <= toMs)
                out.append({t, v});
        });
    return out;
}

qint64 HistoryWriter::metaValue(const QString &key)
{
    // The first key of a table keyed by time; the last one when there is none.
    if (key == QLatin1String("firstChunk"))
        return scalar(QStringLiteral("SELECT COALESCE(MIN(start), 9223372036854775807) FROM chunk"));
    if (key == QLatin1String("firstMinuteChunk"))
        return scalar(QStringLiteral("SELECT COALESCE(MIN(start), 9223372036854775807) FROM minute_chunk"));
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

bool HistoryWriter::writeServer(const QList<HistoryPoint> &points, qint64 toleranceMs)
{
    QSqlDatabase database = db();
    if (!database.isOpen() || points.isEmpty())
        return database.isOpen();
    if (!database.transaction()) {
        fail(QStringLiteral("begin"), database.lastError());
        return false;
    }
    QHash<qint64, QList<const HistoryPoint *>> bySeries;
    for (const HistoryPoint &p : points) {
        if (!std::isfinite(p.value))
            continue;
        const qint64 id = seriesId(p.instance, p.project, p.metric, true);
        if (id < 0) {
            database.rollback();
            m_ids.clear();
            return false;
        }
        bySeries[id] << &p;
    }
    QSqlQuery near(database);
    near.prepare(QStringLiteral("SELECT t FROM sample WHERE series = ? AND t BETWEEN ? AND ?"));
    QSqlQuery insert(database);
    insert.prepare(QStringLiteral("INSERT OR IGNORE INTO sample (series, t, value, step, origin) VALUES (?, ?, ?, ?, ?)"));
    for (auto it = bySeries.cbegin(); it != bySeries.cend(); ++it) {
        qint64 lo = std::numeric_limits<qint64>::max(), hi = std::numeric_limits<qint64>::min();
        for (const HistoryPoint *p : *it) {
            lo = std::min(lo, p->timeMs);
            hi = std::max(hi, p->timeMs);
        }
        // Every time of the series near the backfill: our polls' and earlier server points.
        QList<qint64> times;
        for (const auto &[t, v] : ownRaw(it.key(), lo - toleranceMs, hi + toleranceMs))
            times << t;
        for (const QVariant &v : {QVariant(it.key()), QVariant(lo - toleranceMs), QVariant(hi + toleranceMs)})
            near.addBindValue(v);
        if (near.exec())
            while (near.next())
                times << near.value(0).toLongLong();
        std::sort(times.begin(), times.end());
        for (const HistoryPoint *p : *it) {
            const auto at = std::lower_bound(times.cbegin(), times.cend(), p->timeMs - toleranceMs);
            if (at != times.cend() && *at <= p->timeMs + toleranceMs)
                continue; // a value of ours (or of an earlier backfill) is near enough
            for (const QVariant &v : {QVariant(it.key()), QVariant(p->timeMs), QVariant(p->value),
                                      p->step.isEmpty() ? QVariant() : QVariant(p->step),
                                      QVariant(int(HistoryPoint::Origin::Server))})
                insert.addBindValue(v);
            if (!insert.exec()) {
                fail(QStringLiteral("write"), insert.lastError());
                database.rollback();
                m_ids.clear(); // ids created in this transaction are gone
                return false;
            }
            times.insert(std::upper_bound(times.begin(), times.end(), p->timeMs), p->timeMs);
        }
    }
    if (!database.commit()) {
        fail(QStringLiteral("commit"), database.lastError());
        database.rollback();
        m_ids.clear();
        return false;
    }
    return true;
}

QHash<QString, QList<HistoryValue>> HistoryWriter::read(const QString &instance, const QString &project,
                                                        const QStringList &metrics, qint64 fromMs, qint64 toMs)
{
    QHash<QString, QList<HistoryValue>> out;
    if (!db().isOpen())
        return out;
    const qint64 retiredBefore = metaValue(QStringLiteral("rawRetiredBefore"));
    const qint64 firstHour = metaValue(QStringLiteral("firstMinuteChunk"));
    for (const QString &metric : metrics) {
        QList<HistoryValue> &values = out[metric];
        const qint64 id = seriesId(instance, project, metric, false);
        if (id < 0)
            continue;
        // One-minute aggregates where raw samples are retired: hour chunks, then schema 1's rows.
        QMap<qint64, MinuteAggregate> minutes;
        if (fromMs < retiredBefore) {
            QSqlQuery hour(db());
            hour.prepare(QStringLiteral("SELECT data FROM minute_chunk WHERE start = ? AND series = ?"));
            for (qint64 h = std::max(floorTo(fromMs, HourMs), firstHour); h <= std::min(toMs, retiredBefore); h += HourMs) {
                hour.addBindValue(h);
                hour.addBindValue(id);
                if (hour.exec() && hour.next()) {
                    const auto decoded = decodeMinutes(h, hour.value(0).toByteArray());
                    for (auto it = decoded.cbegin(); it != decoded.cend(); ++it)
                        if (it.key() >= fromMs && it.key() <= toMs && it.key() < retiredBefore)
                            minutes[it.key()].add(*it);
                }
            }
            QSqlQuery agg(db());
            agg.setForwardOnly(true);
            agg.prepare(QStringLiteral("SELECT t, min, avg, max, n FROM minute WHERE series = ? AND t >= ? AND t <= ? "
                                       "AND t < ?"));
            for (const QVariant &v : {QVariant(id), QVariant(fromMs), QVariant(toMs), QVariant(retiredBefore)})
                agg.addBindValue(v);
            if (agg.exec())
                while (agg.next())
                    minutes[agg.value(0).toLongLong()].add({agg.value(1).toDouble(), agg.value(2).toDouble(),
                                                            agg.value(3).toDouble(), agg.value(4).toLongLong()});
        }
        for (auto it = minutes.cbegin(); it != minutes.cend(); ++it)
            values.append({it.key(), it->avg, it->min, it->max, true, HistoryPoint::Origin::Poll});

        // Raw samples: our polls (chunks, and schema 1's rows), then the server's points.
        const qint64 rawFrom = std::max(fromMs, retiredBefore);
        QList<std::tuple<qint64, double, HistoryPoint::Origin>> raw;
        for (const auto &[t, v] : ownRaw(id, rawFrom, toMs))
            raw.append({t, v, HistoryPoint::Origin::Poll});
        QSqlQuery rows(db());
        rows.setForwardOnly(true);
        rows.prepare(QStringLiteral("SELECT t, value, origin FROM sample WHERE series = ? AND t >= ? AND t <= ? "
                                    "ORDER BY origin, t"));
        for (const QVariant &v : {QVariant(id), QVariant(rawFrom), QVariant(toMs)})
            rows.addBindValue(v);
        if (rows.exec())
            while (rows.next())
                raw.append({rows.value(0).toLongLong(), rows.value(1).toDouble(),
                            rows.value(2).toInt() == 1 ? HistoryPoint::Origin::Server : HistoryPoint::Origin::Poll});
        // By time; at a time, the first stored wins (a poll before a late backfill).
        std::stable_sort(raw.begin(), raw.end(),
                         [](const auto &a, const auto &b) { return std::get<0>(a) < std::get<0>(b); });
        qint64 last = std::numeric_limits<qint64>::min();
        for (const auto &[t, v, origin] : std::as_const(raw)) {
            if (t == last)
                continue;
            last = t;
            values.append({t, v, v, v, false, origin});
        }
    }
    return out;
}

void HistoryWriter::maintain(qint64 nowMs, const HistoryRetention &retention)
{
    QSqlDatabase database = db();
    if (!database.isOpen() || !flushOpen())
        return;
    // Whole minutes only, so a minute is aggregated at once.
    const qint64 cutoff = floorTo(nowMs - retention.rawMs, MinuteMs);
    const qint64 aggregatesFrom = nowMs - retention.aggregateMs;
    if (!database.transaction()) {
        fail(QStringLiteral("begin"), database.lastError());
        return;
    }
    QSqlQuery q(database);
    // Schema 1's rows, and the server's points: merged into an existing minute.
    q.prepare(QStringLiteral(
        "INSERT INTO minute (series, t, min, avg, max, n) "
        "SELECT series, (t / 60000) * 60000, MIN(value), AVG(value), MAX(value), COUNT(*) FROM sample "
        "WHERE t < ? GROUP BY series, t / 60000 "
        "ON CONFLICT (series, t) DO UPDATE SET min = MIN(minute.min, excluded.min), "
        "max = MAX(minute.max, excluded.max), "
        "avg = (minute.avg * minute.n + excluded.avg * excluded.n) / (minute.n + excluded.n), "
        "n = minute.n + excluded.n"));
    q.addBindValue(cutoff);
    bool ok = q.exec();
    if (ok) {
        q.prepare(QStringLiteral("DELETE FROM sample WHERE t < ?"));
        q.addBindValue(cutoff);
        ok = q.exec();
    }
    if (ok) {
        q.prepare(QStringLiteral("DELETE FROM minute WHERE t < ?"));
        q.addBindValue(aggregatesFrom);
        ok = q.exec();
    }
    ok = ok && retireChunks(cutoff) && trimMinuteChunks(aggregatesFrom);
    if (ok) {
        q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('rawRetiredBefore', ?) ON CONFLICT (key) "
                                 "DO UPDATE SET value = MAX(CAST(meta.value AS INTEGER), CAST(excluded.value AS INTEGER))"));
        q.addBindValue(QString::number(cutoff));
        ok = q.exec();
    }
    if (!ok || !database.commit()) {
        fail(QStringLiteral("maintenance"), q.lastError().isValid() ? q.lastError() : database.lastError());
        database.rollback();
        return;
    }
    // Freed pages are reused by the next writes; they go back to the file system only when a
    // quarter of the file is free (moving pages is writing them again). Run through Qt, the
    // pragma frees one page per execution (Qt steps a statement that returns no columns only
    // once), so it is repeated.
    const qint64 freePages = scalar(QStringLiteral("PRAGMA freelist_count"));
    if (freePages * 4 > scalar(QStringLiteral("PRAGMA page_count"))) {
        QSqlQuery vacuum(database);
        vacuum.prepare(QStringLiteral("PRAGMA incremental_vacuum"));
        for (qint64 i = 0; i < freePages && vacuum.exec(); ++i)
            vacuum.finish();
    }
    exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

bool HistoryWriter::retireChunks(qint64 cutoff)
{
    QSqlQuery read(db());
    read.setForwardOnly(true);
    read.prepare(QStringLiteral("SELECT start, series, data FROM chunk WHERE start >= ? AND start < ? ORDER BY start, series"));
    QSqlQuery stored(db());
    stored.prepare(QStringLiteral("SELECT data FROM minute_chunk WHERE start = ? AND series = ?"));
    QSqlQuery write(db());
    write.prepare(QStringLiteral("INSERT OR REPLACE INTO minute_chunk (start, series, data) VALUES (?, ?, ?)"));
    QSqlQuery drop(db());
    drop.prepare(QStringLiteral("DELETE FROM chunk WHERE start >= ? AND start < ?"));
    QList<std::tuple<qint64, qint64, QByteArray>> kept; // the records at or after the cutoff
    // An hour at a time, so memory holds one hour of every series.
    for (qint64 hour = floorTo(metaValue(QStringLiteral("firstChunk")), HourMs); hour < cutoff; hour += HourMs) {
        QMap<qint64, QMap<qint64, MinuteAggregate>> minutes; // series -> minute -> aggregate
        read.addBindValue(hour);
        read.addBindValue(std::min(hour + HourMs, cutoff));
        if (!read.exec()) {
            fail(QStringLiteral("maintenance"), read.lastError());
            return false;
        }
        while (read.next()) {
            const qint64 start = read.value(0).toLongLong();
            const qint64 series = read.value(1).toLongLong();
            QByteArray keep;
            forEachRaw(start, read.value(2).toByteArray(), [&](qint64 t, double v) {
                if (t < cutoff)
                    minutes[series][floorTo(t, MinuteMs)].add(v);
                else
                    putRaw(keep, qint32(t - start), v);
            });
            if (!keep.isEmpty())
                kept.append({start, series, keep});
        }
        read.finish();
        for (auto it = minutes.cbegin(); it != minutes.cend(); ++it) {
            QMap<qint64, MinuteAggregate> merged;
            stored.addBindValue(hour);
            stored.addBindValue(it.key());
            if (stored.exec() && stored.next())
                merged = decodeMinutes(hour, stored.value(0).toByteArray());
            stored.finish();
            for (auto m = it->cbegin(); m != it->cend(); ++m)
                merged[m.key()].add(*m);
            write.addBindValue(hour);
            write.addBindValue(it.key());
            write.addBindValue(encodeMinutes(hour, merged));
            if (!write.exec()) {
                fail(QStringLiteral("maintenance"), write.lastError());
                return false;
            }
        }
        drop.addBindValue(hour);
        drop.addBindValue(std::min(hour + HourMs, cutoff));
        if (!drop.exec()) {
            fail(QStringLiteral("maintenance"), drop.lastError());
            return false;
        }
    }
    return writeChunks(kept);
}

bool HistoryWriter::trimMinuteChunks(qint64 beforeMs)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("DELETE FROM minute_chunk WHERE start <= ?"));
    q.addBindValue(beforeMs - HourMs);
    if (!q.exec()) {
        fail(QStringLiteral("maintenance"), q.lastError());
        return false;
    }
    // The hour the limit falls in keeps its later minutes.
    const qint64 hour = floorTo(beforeMs, HourMs);
    if (hour == beforeMs)
        return true;
    QList<std::pair<qint64, QByteArray>> rows;
    q.prepare(QStringLiteral("SELECT series, data FROM minute_chunk WHERE start = ?"));
    q.addBindValue(hour);
    if (q.exec())
        while (q.next())
            rows.append({q.value(0).toLongLong(), q.value(1).toByteArray()});
    QSqlQuery write(db());
    write.prepare(QStringLiteral("UPDATE minute_chunk SET data = ? WHERE start = ? AND series = ?"));
    for (const auto &[series, data] : std::as_const(rows)) {
        QMap<qint64, MinuteAggregate> minutes = decodeMinutes(hour, data);
        minutes.erase(minutes.begin(), minutes.lowerBound(beforeMs));
        write.addBindValue(encodeMinutes(hour, minutes));
        write.addBindValue(hour);
        write.addBindValue(series);
        if (!write.exec()) {
            fail(QStringLiteral("maintenance"), write.lastError());
            return false;
        }
    }
    return exec(QStringLiteral("DELETE FROM minute_chunk WHERE length(data) = 0"));
}

qint64 HistoryWriter::rawCount()
{
    qint64 open = 0;
    for (const OpenChunk &c : std::as_const(m_open))
        open += c.records.size() / RawRecordBytes;
    return scalar(QStringLiteral("SELECT COUNT(*) FROM sample"))
        + scalar(QStringLiteral("SELECT COALESCE(SUM(length(data)), 0) FROM chunk")) / RawRecordBytes + open;
}

qint64 HistoryWriter::aggregateCount()
{
    return scalar(QStringLiteral("SELECT COUNT(*) FROM minute"))
        + scalar(QStringLiteral("SELECT COALESCE(SUM(length(data)), 0) FROM minute_chunk")) / MinuteRecordBytes;
}

qint64 HistoryWriter::scalar(const QString &sql)
{
    QSqlQuery q(db());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

namespace {
QVariant orNull(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}

std::optional<double> optionalDouble(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}
} // namespace

bool HistoryWriter::addMissingColumn(const QString &table, const QString &column, const QString &type)
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)))
        return false;
    while (q.next())
        if (q.value(1).toString() == column)
            return true;
    return exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3").arg(table, column, type));
}

bool HistoryWriter::writeAlert(const QString &kind, qint64 timeMs, const Alert &a, const QString &message, bool silenced)
{
    QSqlDatabase database = db();
    if (!database.transaction()) {
        fail(QStringLiteral("alert log"), database.lastError());
        return false;
    }
    QSqlQuery log(database);
    log.prepare(QStringLiteral("INSERT INTO alert_event (t, kind, key, instance, project, rule, severity, value, "
                               "threshold, message, silenced, name, step) VALUES (?, ?, ?, ?, COALESCE(?, ''), ?, ?, "
                               "?, ?, COALESCE(?, ''), ?, COALESCE(?, ''), COALESCE(?, ''))")); // "" binds as NULL
    for (const QVariant &v : {QVariant(timeMs), QVariant(kind), QVariant(a.key), QVariant(a.instance),
                              QVariant(a.projectId), QVariant(alertRuleName(a.rule)), QVariant(a.severity),
                              orNull(a.value), orNull(a.threshold), QVariant(message), QVariant(silenced ? 1 : 0),
                              QVariant(a.projectName), QVariant(a.step)})
        log.addBindValue(v);
    // The firing alerts' state: what a restart must not notify again.
    const bool ends = kind == alertEventKindName(AlertEvent::Kind::Resolved);
    const bool keeps = kind == alertEventKindName(AlertEvent::Kind::Raised)
        || kind == alertEventKindName(AlertEvent::Kind::Repeated) || kind == QLatin1String("acknowledged");
    QSqlQuery state(database);
    if (ends) {
        state.prepare(QStringLiteral("DELETE FROM alert_firing WHERE key = ?"));
        state.addBindValue(a.key);
    } else if (keeps) {
        state.prepare(QStringLiteral("INSERT OR REPLACE INTO alert_firing (key, instance, project, name, step, rule, "
                                     "severity, starts, firing, notified, value, threshold, message, acknowledged) "
                                     "VALUES (?, ?, COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), ?, ?, ?, ?, ?, "
                                     "?, ?, COALESCE(?, ''), ?)"));
        for (const QVariant &v : {QVariant(a.key), QVariant(a.instance), QVariant(a.projectId), QVariant(a.projectName),
                                  QVariant(a.step), QVariant(alertRuleName(a.rule)), QVariant(a.severity),
                                  QVariant(a.startsMs), QVariant(a.firingMs), QVariant(a.notifiedMs), orNull(a.value),
                                  orNull(a.threshold), QVariant(a.message), QVariant(a.acknowledged ? 1 : 0)})
            state.addBindValue(v);
    }
    if (!log.exec() || ((ends || keeps) && !state.exec())) {
        fail(QStringLiteral("alert log"), log.lastError().isValid() ? log.lastError() : state.lastError());
        database.rollback();
        return false;
    }
    return database.commit();
}

bool HistoryWriter::writeSilence(const AlertSilence &silence)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO alert_silence (instance, project, rule, until) VALUES (COALESCE(?, ''), "
                             "COALESCE(?, ''), COALESCE(?, ''), ?)"));
    for (const QVariant &v : {QVariant(silence.instance), QVariant(silence.projectId),
                              QVariant(silence.rule ? alertRuleName(*silence.rule) : QString()), QVariant(silence.untilMs)})
        q.addBindValue(v);
    if (!q.exec()) {
        fail(QStringLiteral("alert silence"), q.lastError());
        return false;
    }
    return true;
}

QList<AlertSilence> HistoryWriter::silences(qint64 nowMs)
{
    QList<AlertSilence> out;
    QSqlQuery q(db());
    exec(QStringLiteral("DELETE FROM alert_silence WHERE until <= %1").arg(nowMs));
    if (!q.exec(QStringLiteral("SELECT instance, project, rule, until FROM alert_silence ORDER BY id")))
        return out;
    while (q.next()) {
        AlertSilence s;
        s.instance = q.value(0).toString();
        s.projectId = q.value(1).toString();
        if (!q.value(2).toString().isEmpty()) {
            s.rule = alertRuleFromName(q.value(2).toString());
            if (!s.rule)
                continue; // a rule this omsdash no longer has
        }
        s.untilMs = q.value(3).toLongLong();
        out << s;
    }
    return out;
}

QList<AlertLogEntry> HistoryWriter::alertLog(qint64 fromMs, qint64 toMs, int limit)
{
    QList<AlertLogEntry> out;
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT t, kind, key, instance, project, name, step, rule, severity, value, threshold, "
                             "message, silenced FROM (SELECT * FROM alert_event WHERE t BETWEEN ? AND ? "
                             "ORDER BY t DESC, id DESC LIMIT ?) ORDER BY t, id"));
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    q.addBindValue(limit);
    if (!q.exec())
        return out;
    while (q.next()) {
        AlertLogEntry e;
        e.timeMs = q.value(0).toLongLong();
        e.kind = q.value(1).toString();
        e.key = q.value(2).toString();
        e.instance = q.value(3).toString();
        e.projectId = q.value(4).toString();
        e.projectName = q.value(5).toString();
        e.step = q.value(6).toString();
        e.rule = q.value(7).toString();
        e.severity = q.value(8).toString();
        e.value = optionalDouble(q.value(9));
        e.threshold = optionalDouble(q.value(10));
        e.message = q.value(11).toString();
        e.silenced = q.value(12).toInt() != 0;
        out << e;
    }
    return out;
}

QList<Alert> HistoryWriter::firingAlerts()
{
    QList<Alert> out;
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT key, instance, project, name, step, rule, severity, starts, firing, notified, "
                               "value, threshold, message, acknowledged FROM alert_firing")))
        return out;
    while (q.next()) {
        const auto rule = alertRuleFromName(q.value(5).toString());
        if (!rule)
            continue; // a rule this omsdash no longer has
        Alert a;
        a.key = q.value(0).toString();
        a.instance = q.value(1).toString();
        a.projectId = q.value(2).toString();
        a.projectName = q.value(3).toString();
        a.step = q.value(4).toString();
        a.rule = *rule;
        a.severity = q.value(6).toString();
        a.state = Alert::State::Firing;
        a.startsMs = q.value(7).toLongLong();
        a.firingMs = q.value(8).toLongLong();
        a.notifiedMs = q.value(9).toLongLong();
        a.value = optionalDouble(q.value(10));
        a.threshold = optionalDouble(q.value(11));
        a.message = q.value(12).toString();
        a.acknowledged = q.value(13).toInt() != 0;
        out << a;
    }
    return out;
}

// --- HistoryStore -------------------------------------------------------------------------

HistoryStore::HistoryStore(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_thread(new QThread(this))
    , m_writer(new HistoryWriter)
{
    m_thread->setObjectName(QStringLiteral("omsdash-history"));
    m_writer->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_writer, &QObject::deleteLater);
    m_thread->start(QThread::LowPriority);
}

HistoryStore::~HistoryStore()
{
    QMetaObject::invokeMethod(m_writer, [w = m_writer] { w->close(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

QString HistoryStore::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("history.sqlite"));
}

bool HistoryStore::open(const QString &path, QString *error)
{
    bool ok = false;
    QString why;
    QMetaObject::invokeMethod(m_writer, [&] { ok = m_writer->open(path, &why); }, Qt::BlockingQueuedConnection);
    m_open = ok;
    m_path = ok ? path : QString();
    if (!ok && error)
        *error = why;
    return ok;
}

void HistoryStore::setRetention(const HistoryRetention &retention)
{
    m_retention = retention;
}

void HistoryStore::record(const QList<HistoryPoint> &points)
{
    if (m_open && !points.isEmpty())
        writeInBackground([points](HistoryWriter *w) { return w->write(points); });
}

void HistoryStore::recordServerHistory(const QList<HistoryPoint> &points, qint64 toleranceMs)
{
    if (m_open && !points.isEmpty())
        writeInBackground([points, toleranceMs](HistoryWriter *w) { return w->writeServer(points, toleranceMs); });
}

void HistoryStore::recordAlert(const AlertEvent &event)
{
    if (m_open)
        writeInBackground([event](HistoryWriter *w) {
            const Alert &a = event.alert;
            return w->writeAlert(alertEventKindName(event.kind),
                                 event.kind == AlertEvent::Kind::Resolved ? a.resolvedMs : a.notifiedMs, a, a.message,
                                 event.silenced);
        });
}

void HistoryStore::recordAlertNote(const QString &kind, const Alert &alert, qint64 timeMs, const QString &message)
{
    if (m_open)
        writeInBackground([=](HistoryWriter *w) { return w->writeAlert(kind, timeMs, alert, message, false); });
}

void HistoryStore::recordSilence(const AlertSilence &silence)
{
    if (m_open)
        writeInBackground([silence](HistoryWriter *w) { return w->writeSilence(silence); });
}

QList<AlertSilence> HistoryStore::silences(qint64 nowMs)
{
    QList<AlertSilence> out;
    if (m_open)
        QMetaObject::invokeMethod(m_writer, [&] { out = m_writer->silences(nowMs); }, Qt::BlockingQueuedConnection);
    return out;
}

QList<AlertLogEntry> HistoryStore::alertLog(qint64 fromMs, qint64 toMs, int limit)
{
    QList<AlertLogEntry> entries;
    if (m_open)
        QMetaObject::invokeMethod(
            m_writer, [&] { entries = m_writer->alertLog(fromMs, toMs, limit); }, Qt::BlockingQueuedConnection);
    return entries;
}

QList<Alert> HistoryStore::firingAlerts()
{
    QList<Alert> alerts;
    if (m_open)
        QMetaObject::invokeMethod(m_writer, [&] { alerts = m_writer->firingAlerts(); }, Qt::BlockingQueuedConnection);
    return alerts;
}

void HistoryStore::writeInBackground(std::function<bool(HistoryWriter *)> write)
{
    QPointer<HistoryStore> self(this);
    QMetaObject::invokeMethod(m_writer, [self, w = m_writer, write = std::move(write)] {
        if (write(w))
            return;
        const QString error = w->lastError();
        QMetaObject::invokeMethod(self, [self, error] {
            if (self)
                emit self->writeFailed(error);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void HistoryStore::query(const QString &instance, const QString &project, const QStringList &metrics, qint64 fromMs,
                         qint64 toMs, const SeriesHandler &done)
{
    QPointer<HistoryStore> self(this);
    QMetaObject::invokeMethod(m_writer, [=, w = m_writer] {
        const auto values = w->read(instance, project, metrics, fromMs, toMs);
        QMetaObject::invokeMethod(self, [self, done, values] {
            if (self)
                done(values);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void HistoryStore::maintain(qint64 nowMs)
{
    maintainAsOf(nowMs, Qt::BlockingQueuedConnection);
}

void HistoryStore::maintainAsOf(qint64 nowMs, Qt::ConnectionType connection)
{
    const HistoryRetention retention = m_retention;
    QMetaObject::invokeMethod(m_writer, [w = m_writer, nowMs, retention] { w->maintain(nowMs, retention); },
                              connection);
}

void HistoryStore::startMaintenance(int intervalMs)
{
    if (!m_maintenance) {
        m_maintenance = new QTimer(this);
        connect(m_maintenance, &QTimer::timeout, this, [this] { maintainAsOf(m_clock(), Qt::QueuedConnection); });
    }
    m_maintenance->start(intervalMs);
    maintainAsOf(m_clock(), Qt::QueuedConnection);
}

void HistoryStore::flush()
{
    QMetaObject::invokeMethod(m_writer, [w = m_writer] { w->flushOpen(); }, Qt::BlockingQueuedConnection);
}

qint64 HistoryStore::scalarNow(const QString &sql)
{
    qint64 n = -1;
    QMetaObject::invokeMethod(m_writer, [&] { n = m_writer->scalar(sql); }, Qt::BlockingQueuedConnection);
    return n;
}

qint64 HistoryStore::rawCount()
{
    qint64 n = -1;
    QMetaObject::invokeMethod(m_writer, [&] { n = m_writer->rawCount(); }, Qt::BlockingQueuedConnection);
    return n;
}

qint64 HistoryStore::aggregateCount()
{
    qint64 n = -1;
    QMetaObject::invokeMethod(m_writer, [&] { n = m_writer->aggregateCount(); }, Qt::BlockingQueuedConnection);
    return n;
}

qint64 HistoryStore::fileBytes()
{
    return scalarNow(QStringLiteral("PRAGMA page_count")) * scalarNow(QStringLiteral("PRAGMA page_size"));
}

QString HistoryStore::lastError() const
{
    return m_writer->lastError();
}

} // namespace omsdash
