// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QThread;
class QTimer;

namespace omsdash {

class HistoryWriter;
struct Alert;
struct AlertEvent;
struct AlertSilence;

/// One value of one metric of one project at one time, as stored.
/// Metric names are the MetricSample member names ("srcRps", "dstRt", "latency",
/// "fullProcessed", ...); their units are that struct's (records/s, ms per record, bytes/s, s).
struct HistoryPoint
{
    enum class Origin { Poll = 0, Server = 1 }; ///< our own poll, or the server's history (backfill)

    QString instance; ///< instance display name
    QString project;  ///< project or DRS job ID
    QString metric;
    qint64 timeMs = 0; ///< UTC, ms since the epoch
    double value = 0;
    QString step;      ///< the step the value came from, may be empty
    Origin origin = Origin::Poll;
};

/// A stored value as read back: a raw sample (min == max == value), or a one-minute
/// aggregate (value = average over the minute, starting at timeMs) for times whose raw
/// samples have been retired.
struct HistoryValue
{
    qint64 timeMs = 0;
    double value = 0;
    double min = 0;
    double max = 0;
    bool aggregated = false;
    HistoryPoint::Origin origin = HistoryPoint::Origin::Poll;
};

/// One row of the alert log (table alert_event).
struct AlertLogEntry
{
    qint64 timeMs = 0; ///< UTC ms
    /// "raised", "repeated", "resolved" (alertEventKindName), or a note: "acknowledged",
    /// "silenced" (by a person) or "deliveryFailed" (a webhook gave up; message says which and why)
    QString kind;
    QString key;       ///< Alert::key
    QString instance;
    QString projectId; ///< empty for an instance's alert
    QString projectName;
    QString step;
    QString rule;      ///< alertRuleName()
    QString severity;  ///< HIGH, MEDIUM, LOW
    std::optional<double> value;
    std::optional<double> threshold;
    QString message;
    bool silenced = false; ///< an event a silence kept from notifying
};

/// How long history is kept.
struct HistoryRetention
{
    qint64 rawMs = 48LL * 3600 * 1000;          ///< raw samples: 48 h
    qint64 aggregateMs = 30LL * 24 * 3600 * 1000; ///< one-minute min/avg/max: 30 days
};

/// Metric history that survives restarts: an SQLite database (Qt SQL, QSQLITE, WAL journal,
/// incremental auto-vacuum) in the app's data directory.
///
/// All database work runs on a thread of its own, never on the GUI thread: record() queues a
/// batch that is written in one transaction; query() answers through a callback on the
/// caller's thread. Maintenance (aggregate raw samples older than the raw retention into
/// one-minute min/avg/max rows, then delete them; delete aggregates older than theirs;
/// incremental vacuum; WAL checkpoint) runs on that thread, on demand with maintain(nowMs)
/// or periodically after startMaintenance(). Time comes from the caller or from clock(), so
/// tests simulate weeks without waiting.
///
/// Errors (a database that cannot be opened or written) are reported by open() and by
/// lastError(); a failed batch is rolled back and dropped, never half-written.
class HistoryStore : public QObject
{
    Q_OBJECT

public:
    explicit HistoryStore(QObject *parent = nullptr);
    ~HistoryStore() override;

    /// <AppDataLocation>/history.sqlite, e.g. ~/.local/share/omsdash/omsdash/history.sqlite.
    static QString defaultPath();

    /// Opens (creating if needed) the database at @p path, or a private in-memory one for
    /// ":memory:"; blocks until it is open.
    /// False with @p error when it cannot be opened or its schema is not ours.
    bool open(const QString &path, QString *error);
    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }

    void setRetention(const HistoryRetention &retention);
    HistoryRetention retention() const { return m_retention; }

    /// Queues @p points to be written in one transaction. Points of the same series and
    /// time replace nothing: the first one stored wins (a poll and a backfill never double).
    void record(const QList<HistoryPoint> &points);

    /// Queues the server's own history (backfill) to be written in one transaction: each point
    /// is stored, with origin Server, only where no sample of its series lies within
    /// @p toleranceMs of it, so the server's coarser points fill the gaps between our own
    /// polls and never double them. Idempotent: the same backfill twice adds nothing.
    void recordServerHistory(const QList<HistoryPoint> &points, qint64 toleranceMs);

    /// Queues one alert event for the alert log (table alert_event) and keeps the firing alerts'
    /// state (alert_firing), so a restart knows what it already notified.
    void recordAlert(const AlertEvent &event);
    /// Queues a note on @p alert for the log: "acknowledged" (also kept for a restart),
    /// "silenced" or "deliveryFailed", at @p timeMs (UTC ms), with @p message.
    void recordAlertNote(const QString &kind, const Alert &alert, qint64 timeMs, const QString &message);
    /// Queues @p silence to be kept until its expiry.
    void recordSilence(const AlertSilence &silence);
    /// The silences kept that have not expired by @p nowMs (expired ones are dropped). Blocks.
    QList<AlertSilence> silences(qint64 nowMs);
    /// The alerts firing when the log was last written (blocks until read); empty when closed.
    QList<Alert> firingAlerts();
    /// The log between @p fromMs and @p toMs (UTC ms, inclusive), oldest first: the latest
    /// @p limit rows when there are more. Blocks until read; empty when closed.
    QList<AlertLogEntry> alertLog(qint64 fromMs, qint64 toMs, int limit = 10000);

    using SeriesHandler = std::function<void(const QHash<QString, QList<HistoryValue>> &)>;
    /// Reads @p metrics of one project between @p fromMs and @p toMs (inclusive, UTC ms),
    /// sorted by time: raw samples where they are kept, one-minute aggregates before that.
    /// @p done gets metric -> values on the caller's thread (empty lists when nothing is stored).
    void query(const QString &instance, const QString &project, const QStringList &metrics, qint64 fromMs,
               qint64 toMs, const SeriesHandler &done);

    /// Runs maintenance now as of @p nowMs (UTC ms); blocks until done.
    void maintain(qint64 nowMs);
    /// Runs maintenance in the background every @p intervalMs, as of clock(); and once now.
    void startMaintenance(int intervalMs = 10 * 60 * 1000);
    /// "Now" for periodic maintenance, UTC ms; the system clock unless set.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    /// Waits until everything queued so far is written.
    void flush();

    /// Counts, for tests and the benchmark: raw samples and one-minute rows stored.
    qint64 rawCount();
    qint64 aggregateCount();
    /// The database file's size (page_count * page_size), bytes.
    qint64 fileBytes();

    QString lastError() const;

signals:
    /// A batch could not be written (disk full, database locked for too long...).
    void writeFailed(const QString &error);

private:
    void maintainAsOf(qint64 nowMs, Qt::ConnectionType connection);
    /// One value of @p sql, read on the store's thread while this one waits.
    qint64 scalarNow(const QString &sql);
    /// Runs @p write on the store's thread; writeFailed() when it returns false.
    void writeInBackground(std::function<bool(HistoryWriter *)> write);

    HistoryRetention m_retention;
    std::function<qint64()> m_clock;
    QString m_path;
    bool m_open = false;
    QThread *m_thread;
    HistoryWriter *m_writer; ///< lives on m_thread
    QTimer *m_maintenance = nullptr;
};

} // namespace omsdash
