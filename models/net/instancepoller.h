// SPDX-License-Identifier: MIT
#pragma once

#include "serviceclient.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QObject>
#include <QTimer>

#include <memory>

namespace omsdash {

/// How an instance is doing, as seen by its poller.
struct InstanceHealth
{
    bool reachable = false;     ///< the last request of any channel got an answer
    QDateTime lastSuccess;      ///< UTC, last successful poll of any channel
    QDateTime lastErrorTime;    ///< UTC
    ApiError lastError;         ///< kept after later successes, for the status bar
    qint64 responseMs = -1;     ///< duration of the last request, ms
    /// What the last answers lacked although they were used ("stopped at 30,000 projects: the
    /// server keeps sending full pages", duplicates, cut rows), project list first.
    QStringList warnings;

    enum class State {
        Unknown, ///< no answer and no error yet
        Up,      ///< the last poll succeeded
        Failing, ///< the last poll failed, but the server answered (reachable)
        Down,    ///< the last poll failed without an answer
    };
    State state() const;
};

/// Polls one instance: the project list every projectsIntervalMs, the selected project's
/// detail every detailIntervalMs and its per-table progress every tablesIntervalMs.
/// Never two requests of one channel in flight; the next round is armed only when the
/// previous one finished (hotspot's RecordPage). Failures back off exponentially with jitter
/// up to maxBackoffMs, and results for a project that is no longer selected are dropped. A
/// `Retry-After` on any channel holds every channel, refreshes included, that long (at most
/// maxBackoffMs).
class InstancePoller : public QObject
{
    Q_OBJECT

public:
    enum class Channel { Projects, Detail, Tables };
    Q_ENUM(Channel)

    /// Takes ownership of @p client.
    explicit InstancePoller(std::unique_ptr<ServiceClient> client, QObject *parent = nullptr);
    ~InstancePoller() override;

    void start();
    void stop();
    bool isRunning() const { return m_running; }

    /// Selects the project whose detail and tables are polled; polls them at once.
    /// An empty id stops detail polling.
    void setSelectedProject(const QString &projectId);
    QString selectedProject() const { return m_selected; }
    /// Whether per-table progress is polled for the selection (a view shows it).
    void setTablesWanted(bool wanted);

    /// Whether the detail and per-table channels poll at all: only for what is on screen.
    /// The project list is polled either way. Turning it on polls at once.
    void setDetailActive(bool active);
    bool isDetailActive() const { return m_detailActive; }

    /// Polls every channel now (toolbar "Refresh"); channels in flight finish first.
    void refreshNow();
    /// Ms until the next poll of any running channel is due; -1 when none is scheduled
    /// (stopped, or every channel in flight).
    int msUntilNextPoll() const;

    const InstanceHealth &health() const { return m_health; }
    ServiceClient *client() const { return m_client.get(); }
    bool isInFlight(Channel channel) const;
    /// Time until @p channel polls next, ms; -1 when nothing is scheduled.
    int nextPollInMs(Channel channel) const;

    int maxBackoffMs() const { return m_maxBackoffMs; }
    void setMaxBackoffMs(int ms) { m_maxBackoffMs = ms; }

    /// Delay after @p failures consecutive failures: interval * 2^failures, capped at
    /// @p maxMs, then spread by @p jitter in [-1, 1] times 20 %. 0 failures: the interval.
    static int backoffDelayMs(int intervalMs, int failures, int maxMs, double jitter);
    /// The delay after a failure that came with `Retry-After` @p retryAfterMs: at least that,
    /// at least @p backoffMs, at most @p maxMs (or @p backoffMs when that is larger).
    static int retryDelayMs(int backoffMs, std::optional<qint64> retryAfterMs, int maxMs);

signals:
    void projectsReceived(const QList<omsdash::ProjectSummary> &projects);
    void detailReceived(const omsdash::ProjectDetail &detail);
    void tablesReceived(const QString &projectId, const QList<omsdash::TableProgress> &tables);
    /// A poll failed; the last good data stays where it is.
    void pollFailed(omsdash::InstancePoller::Channel channel, const QString &projectId,
                    const omsdash::ApiError &error);
    void healthChanged();

private:
    struct ChannelState
    {
        QTimer timer;
        bool inFlight = false;
        bool pending = false; ///< poll again as soon as the current one finishes
        int failures = 0;
        QStringList warnings; ///< of the last successful poll
    };

    ChannelState &state(Channel c);
    const ChannelState &state(Channel c) const;
    int intervalMs(Channel c) const;
    void poll(Channel c);
    void finished(Channel c, bool ok, const ApiError &error, const QStringList &warnings = {});
    void schedule(Channel c, int delayMs);
    bool tablesApplicable() const;

    std::unique_ptr<ServiceClient> m_client;
    ChannelState m_projects;
    ChannelState m_detail;
    ChannelState m_tables;
    bool m_running = false;
    bool m_tablesWanted = true;
    bool m_detailActive = true;
    QString m_selected;
    quint64 m_generation = 0; ///< bumped on every selection change
    QList<ProjectSummary> m_lastProjects;
    InstanceHealth m_health;
    int m_maxBackoffMs = 5 * 60 * 1000;
    QDeadlineTimer m_quietUntil{0}; ///< Retry-After: no channel polls before this
};

} // namespace omsdash
