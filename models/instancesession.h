// SPDX-License-Identifier: MIT
#pragma once

#include "derived.h"
#include "instanceconfig.h"
#include "instancepoller.h"

#include <QObject>

namespace omsdash {

class HistoryStore;
class HttpTransport;
class MetricHistory;
class ProjectListModel;
class StepListModel;
class ComponentListModel;
class TableProgressModel;

/// Everything omsdash knows about one instance: its poller and the models it feeds.
/// The project list is merged at every poll; steps and tables are reset when the selected
/// project changes and merged otherwise. A failed poll marks the affected model stale and
/// keeps its rows. Each detail poll appends one sample to the metric history.
///
/// With a HistoryStore, every poll's values are also recorded there (the project list's for
/// every project, detail and per-table counts for the selected one), and selecting a
/// project loads its stored history of the last historySeedMs() into the metric history, so
/// charts start with what earlier sessions saw. The first detail of a selected OMS 4 project
/// also backfills: the server's own history of the current step over that range
/// (DescribeProjectStepMetric, backfillPointCount() points per metric) fills the gaps
/// between our samples, and the charts are reloaded.
class InstanceSession : public QObject
{
    Q_OBJECT

public:
    InstanceSession(const InstanceConfig &config, HttpTransport *transport,
                    QObject *parent = nullptr);
    ~InstanceSession() override;

    const InstanceConfig &config() const { return m_config; }
    QString name() const { return m_config.name; }

    ProjectListModel *projects() const { return m_projects; }
    StepListModel *steps() const { return m_steps; }
    /// The selected OMS 4 project's components (DescribeProjectComponents); not available
    /// (ComponentListModel::isAvailable()) where the server has no such call.
    ComponentListModel *components() const { return m_components; }
    TableProgressModel *tables() const { return m_tables; }
    MetricHistory *history() const { return m_history; }
    InstancePoller *poller() const { return m_poller; }

    void start();
    void stop();

    /// Where to record every poll and read history back from (not owned; may be null).
    void setHistoryStore(HistoryStore *store) { m_store = store; }
    HistoryStore *historyStore() const { return m_store; }
    static constexpr qint64 historySeedMs() { return 24LL * 3600 * 1000; }
    /// Merges the stored history of @p projectId over the last @p spanMs (0: all of it, i.e.
    /// the aggregates' 30 days) into the metric history; no-op without a store.
    void loadHistory(const QString &projectId, qint64 spanMs = historySeedMs());
    /// One point per 5 minutes of historySeedMs(), the API's advice (span / points > 5 min).
    static constexpr int backfillPointCount() { return int(historySeedMs() / (5LL * 60 * 1000)); }

    /// Polls with @p secret (password or token) from now on, at once; after secretRefused().
    void setSecret(const QString &secret);

    void selectProject(const QString &projectId);
    /// Whether a view shows this instance's selected project: only then are its detail and
    /// per-table progress polled. The project list is polled either way.
    void setOnScreen(bool onScreen) { m_poller->setDetailActive(onScreen); }
    /// How often each running project not on screen has its detail collected, ms
    /// (InstanceConfig::watchIntervalMs; File > Preferences). From the next round on.
    void setWatchIntervalMs(int ms) { m_config.watchIntervalMs = ms; }
    /// The clock of the session and its client (UTC now): sample and error times, the
    /// background round's spacing. Tests inject one instead of waiting.
    void setClock(std::function<QDateTime()> nowUtc);
    bool isOnScreen() const { return m_poller->isDetailActive(); }
    QString selectedProject() const { return m_selected; }
    /// The selected project's summary row, or nullptr.
    const ProjectSummary *selectedSummary() const;

    /// The last detail received for the selected project; hasDetail() tells whether any.
    const ProjectDetail &detail() const { return m_detail; }
    bool hasDetail() const { return m_hasDetail; }
    bool isDetailStale() const { return m_detailStale; }
    /// Latency of the selected project: its freshest sample, its last detail's as of that poll
    /// (its receivedTime; @p now only when it has none) or its list row's when a list poll
    /// brought a newer one. The value the list row shows too.
    IncrementalLatency latency(const QDateTime &now) const;

    bool hasProjects() const { return m_hasProjects; }
    /// The instance's connection health (InstancePoller::health()).
    const InstanceHealth &health() const { return m_poller->health(); }
    QDateTime lastSuccess() const { return m_poller->health().lastSuccess; }
    ApiError lastError() const { return m_lastError; }
    QDateTime lastErrorTime() const { return m_lastErrorTime; }

signals:
    void projectsUpdated();
    /// The selected project's list row took a later poll's facts (withDetail()) between list polls.
    void projectRowUpdated(const QString &projectId);
    void detailUpdated();
    /// The per-table model holds a poll's rows, all of them (a first fill of many comes in
    /// slices: told after the last), or was emptied or marked stale.
    void tablesUpdated();
    void selectionChanged(const QString &projectId);
    void errorOccurred(const omsdash::ApiError &error);
    /// The server refused the secret (an authentication error): once per refusal, until a
    /// poll succeeds or setSecret() gives a new one. @p error carries the API's message.
    void secretRefused(const omsdash::ApiError &error);
    void healthChanged();
    /// A running project's progress and steps, fetched in the background because its list row
    /// had none (OMS 4 servers that list without steps): recorded in the store like any detail.
    void backgroundDetail(const omsdash::ProjectDetail &detail);
    /// A project's full verification results, fetched in the background (OMS 4, not the
    /// project on screen): every watch interval while its verifier runs, once when it is over.
    /// A row listed without steps goes by the steps of its background detail.
    void backgroundTables(const QString &projectId, const QList<omsdash::TableProgress> &tables);
    /// A backfill ended: @p points server points received (stored where we had none), or
    /// @p error (the API's message) when the server refused.
    void backfillFinished(const QString &projectId, int points, const QString &error);
    /// A background fetch (backgroundDetail(), backgroundTables()) of @p projectId failed with
    /// @p error; the next round asks again.
    void backgroundFailed(const QString &projectId, const omsdash::ApiError &error);

private:
    void onProjects(const QList<ProjectSummary> &projects);
    void onDetail(const ProjectDetail &detail);
    void onTables(const QString &projectId, const QList<TableProgress> &rows);
    void onFailure(InstancePoller::Channel channel, const QString &projectId, const ApiError &e);
    void backfill(const ProjectDetail &detail);
    /// Fetches, within watchIntervalMs, the detail of each running project whose row lacks steps.
    void collectInBackground(const QList<ProjectSummary> &projects);

    InstanceConfig m_config;
    std::function<QDateTime()> m_now = [] { return QDateTime::currentDateTimeUtc(); };
    ProjectListModel *m_projects;
    StepListModel *m_steps;
    ComponentListModel *m_components;
    TableProgressModel *m_tables;
    MetricHistory *m_history;
    InstancePoller *m_poller;
    HistoryStore *m_store = nullptr;
    QString m_selected;
    QString m_backfilled; ///< the project whose backfill was asked for
    ProjectDetail m_detail;
    bool m_hasDetail = false;
    bool m_detailStale = false;
    bool m_hasProjects = false;
    QHash<QString, qint64> m_collectedMs; ///< project -> when its background detail was last asked for (UTC ms)
    QHash<QString, qint64> m_tablesCollectedMs; ///< project -> when its tables were last asked for; -1: final
    /// project -> the steps of its last background detail, for rows listed without steps
    QHash<QString, QList<Step>> m_backgroundSteps;
    bool m_refusalTold = false; ///< secretRefused() said for the current refusal
    ApiError m_lastError;
    QDateTime m_lastErrorTime;
};

} // namespace omsdash
