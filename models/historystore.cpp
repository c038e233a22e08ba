// SPDX-License-Identifier: MIT
#include "historystore.h"

#include "alertengine.h"

#include <QDateTime>
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
constexpr int SchemaVersion = 1;
constexpr qint64 MinuteMs = 60 * 1000;
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
    /// One transaction; with @p serverTolerance, the server's points (see recordServerHistory).
    bool write(const QList<HistoryPoint> &points, std::optional<qint64> serverTolerance = std::nullopt);
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

    QString m_connection;
    QHash<QString, qint64> m_ids; ///< "instance\x1fproject\x1fmetric" -> series id
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
        if (version.value(0).toInt() != SchemaVersion) {
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

bool HistoryWriter::write(const QList<HistoryPoint> &points, std::optional<qint64> serverTolerance)
{
    QSqlDatabase database = db();
    if (!database.isOpen() || points.isEmpty())
        return database.isOpen();
    if (!database.transaction()) {
        fail(QStringLiteral("begin"), database.lastError());
        return false;
    }
    QSqlQuery q(database);
    // Our polls: the first value of a series at a time wins. The server's: only where we
    // have nothing within the tolerance.
    q.prepare(serverTolerance
                  ? QStringLiteral("INSERT OR IGNORE INTO sample (series, t, value, step, origin) "
                                   "SELECT :series, :t, :value, :step, :origin WHERE NOT EXISTS "
                                   "(SELECT 1 FROM sample WHERE series = :series AND t BETWEEN :from AND :to)")
                  : QStringLiteral("INSERT OR IGNORE INTO sample (series, t, value, step, origin) "
                                   "VALUES (:series, :t, :value, :step, :origin)"));
    for (const HistoryPoint &p : points) {
        if (!std::isfinite(p.value))
            continue;
        const qint64 id = seriesId(p.instance, p.project, p.metric, true);
        q.bindValue(QStringLiteral(":series"), id);
        q.bindValue(QStringLiteral(":t"), p.timeMs);
        q.bindValue(QStringLiteral(":value"), p.value);
        q.bindValue(QStringLiteral(":step"), p.step.isEmpty() ? QVariant() : QVariant(p.step));
        q.bindValue(QStringLiteral(":origin"), int(serverTolerance ? HistoryPoint::Origin::Server : p.origin));
        if (serverTolerance) {
            q.bindValue(QStringLiteral(":from"), p.timeMs - *serverTolerance);
            q.bindValue(QStringLiteral(":to"), p.timeMs + *serverTolerance);
        }
        if (id < 0 || !q.exec()) {
            fail(QStringLiteral("write"), q.lastError());
            database.rollback();
            m_ids.clear(); // ids created in this transaction are gone
            return false;
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
    qint64 retiredBefore = 0;
    {
        QSqlQuery q(db());
        q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'rawRetiredBefore'"));
        if (q.next())
            retiredBefore = q.value(0).toLongLong();
    }
    for (const QString &metric : metrics) {
        QList<HistoryValue> &values = out[metric];
        const qint64 id = seriesId(instance, project, metric, false);
        if (id < 0)
            continue;
        QSqlQuery agg(db());
        agg.setForwardOnly(true);
        agg.prepare(QStringLiteral("SELECT t, min, avg, max FROM minute WHERE series = ? AND t >= ? AND t <= ? "
                                   "AND t < ? ORDER BY t"));
        agg.addBindValue(id);
        agg.addBindValue(fromMs);
        agg.addBindValue(toMs);
        agg.addBindValue(retiredBefore);
        if (agg.exec()) {
            while (agg.next())
                values.append({agg.value(0).toLongLong(), agg.value(2).toDouble(), agg.value(1).toDouble(),
                               agg.value(3).toDouble(), true, HistoryPoint::Origin::Poll});
        }
        QSqlQuery raw(db());
        raw.setForwardOnly(true);
        raw.prepare(QStringLiteral("SELECT t, value, origin FROM sample WHERE series = ? AND t >= ? AND t <= ? "
                                   "AND t >= ? ORDER BY t"));
        raw.addBindValue(id);
        raw.addBindValue(fromMs);
        raw.addBindValue(toMs);
        raw.addBindValue(retiredBefore);
        if (raw.exec()) {
            while (raw.next()) {
                const double v = raw.value(1).toDouble();
                values.append({raw.value(0).toLongLong(), v, v, v, false,
                               raw.value(2).toInt() == 1 ? HistoryPoint::Origin::Server : HistoryPoint::Origin::Poll});
            }
        }
    }
    return out;
}

void HistoryWriter::maintain(qint64 nowMs, const HistoryRetention &retention)
{
    QSqlDatabase database = db();
    if (!database.isOpen())
        return;
    // Whole minutes only, so a minute is aggregated at once.
    const qint64 cutoff = (nowMs - retention.rawMs) / MinuteMs * MinuteMs;
    if (!database.transaction()) {
        fail(QStringLiteral("begin"), database.lastError());
        return;
    }
    QSqlQuery q(database);
    // Merges into an existing minute (raw points that arrived late for an aggregated minute).
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
        q.addBindValue(nowMs - retention.aggregateMs);
        ok = q.exec();
    }
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
    // Give freed pages back to the file system. Run through Qt, the pragma frees one page per
    // execution (Qt steps a statement that returns no columns only once), so it is repeated.
    const qint64 freePages = scalar(QStringLiteral("PRAGMA freelist_count"));
    QSqlQuery vacuum(database);
    vacuum.prepare(QStringLiteral("PRAGMA incremental_vacuum"));
    for (qint64 i = 0; i < freePages && vacuum.exec(); ++i)
        vacuum.finish();
    exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
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
        writeInBackground([points, toleranceMs](HistoryWriter *w) { return w->write(points, toleranceMs); });
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
                         qint64 toMs, SeriesHandler done)
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
    QMetaObject::invokeMethod(m_writer, [] {}, Qt::BlockingQueuedConnection);
}

qint64 HistoryStore::scalarNow(const QString &sql)
{
    qint64 n = -1;
    QMetaObject::invokeMethod(m_writer, [&] { n = m_writer->scalar(sql); }, Qt::BlockingQueuedConnection);
    return n;
}

qint64 HistoryStore::rawCount()
{
    return scalarNow(QStringLiteral("SELECT COUNT(*) FROM sample"));
}

qint64 HistoryStore::aggregateCount()
{
    return scalarNow(QStringLiteral("SELECT COUNT(*) FROM minute"));
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
