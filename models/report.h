// SPDX-License-Identifier: MIT
#pragma once

#include "derived.h"
#include "metrichistory.h"
#include "historystore.h"
#include "types.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace omsdash {

class HistoryStore;
class ServiceClient;

/// Something a report could not fetch: which call failed and what the API said. The report is
/// written with the rest and says so (JSON `errors`, a note in PDF and HTML; exit code 5).
struct ReportGap
{
    QString instance;  ///< instance display name
    QString projectId; ///< empty: the instance as a whole (its project list)
    QString what;      ///< the call, e.g. "per-table progress (ListProjectFullVerifyResult)"
    ApiError error;

    /// "per-table progress (ListProjectFullVerifyResult): HTTP 404: …".
    QString toString() const;
};

/// Everything a report says about one project: the facts of the moment it was made
/// (project list row, detail with steps, per-table rows) and the metric samples of its range.
struct ProjectReport
{
    QString instance;                ///< instance display name
    ApiKind api = ApiKind::Oms4;
    ProjectSummary summary;          ///< the project-list row (ListProjects, batch-progress, ...)
    ProjectDetail detail;            ///< DescribeProject + DescribeProjectSteps (or the dialect's)
    QList<TableProgress> tables;     ///< per-table progress, all pages; empty when the project has none
    QList<MetricSample> samples;     ///< in the report's range, time order: the history database's
                                     ///< samples, the server's history where we have none, and
                                     ///< last the detail's own (sampleFromDetail())
    IncrementalLatency latency;      ///< freshestLatency(): the detail's as of its poll, the list row's when newer
    QList<ReportGap> gaps;           ///< what could not be fetched for this project
    QList<AlertLogEntry> alerts;     ///< the alert log's rows about this project in the range, oldest first

    // The facts as the report states them: the detail's where it has them, else the list row's.
    QString status() const;
    QString alarmLevel() const;
    QString currentStep() const; ///< currentStepOf() the detail, else the row's (or of its steps)
    /// The stage's step progress (stepProgress() of steps()), else the progress field; percent.
    std::optional<int> structProgress() const;
    std::optional<int> fullProgress() const;   ///< as structProgress(), percent
    std::optional<int> verifyProgress() const; ///< the verification step's progress, percent
    const QList<Step> &steps() const;
    /// worstFirstKey() of these facts, with the report's latency (else the row's).
    WorstFirstKey worstFirstKey() const;
};

/// The alerts about @p project still open at the end of its log rows in the report's range:
/// those whose last row is "raised" or "repeated" (a later "resolved" closes one; notes such
/// as "acknowledged" leave it open).
int openAlertCount(const ProjectReport &project);

/// Orders @p projects worst first (worseFirst() of each ProjectReport::worstFirstKey(); the
/// same project ID on two instances by instance name): the order of every report format.
void orderWorstFirst(QList<ProjectReport> &projects);

/// How long a finished step took, s (finishTime - startTime); nullopt while it has no finish.
std::optional<double> finishedStepSeconds(const Step &step);

/// A report over [fromMs, toMs] (UTC ms), made at generatedMs (UTC ms).
struct Report
{
    qint64 generatedMs = 0;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    QList<ProjectReport> projects;
    QList<ReportGap> gaps; ///< instances whose project list could not be fetched
    QList<AlertLogEntry> alerts; ///< the alert log's rows about the instances themselves (instanceDown)

    /// Whether anything could not be fetched (here or in a project).
    bool isIncomplete() const;
};

/// Adds to @p report what the alert log of @p store (may be null) says happened in its
/// range: each project's rows to the project, the rows about an instance of the report as a
/// whole to the report. Rows of instances and projects not in the report are left out.
void attachAlerts(Report &report, HistoryStore *store);

/// What report to write, and where: `omsdash report ...` or the window's Export report.
struct ReportOptions
{
    enum class Format { Pdf, Html, Csv, Json };
    Format format = Format::Json;
    QString out;                        ///< file path; "-" for standard output (JSON, CSV)
    qint64 rangeMs = 24LL * 3600 * 1000; ///< --range: the report covers [now - rangeMs, now]
    QStringList projects;               ///< --project: only these; empty: every project
};

/// Incremental latency over a report's range, s: current (the detail's), and the min,
/// average, 95th percentile and max of the samples in the range; nullopt where nothing is known.
struct LatencySummary
{
    std::optional<double> current, min, average, p95, max;
    int samples = 0;
};
LatencySummary latencySummary(const ProjectReport &project);

/// Per-table counts of a report: by status (RUNNING, FINISHED, ...; "" for DRS), the
/// inconsistent tables (resultType INCONSISTENT or mismatched / source-only / dest-only rows),
/// and up to @p slowest unfinished tables with the lowest progress.
struct TableSummary
{
    int total = 0;
    QList<std::pair<QString, int>> byStatus; ///< sorted by status text
    QList<TableProgress> inconsistent;
    QList<TableProgress> slowest;
};
TableSummary tableSummary(const QList<TableProgress> &tables, int slowest = 10);

/// Adds the server's own history (DescribeProjectStepMetric, see historyMetricName()) to
/// @p values (the history database's values per metric name), keeping only server points with
/// no value of ours within @p toleranceMs, and keeps each list in time order.
void mergeServerHistory(QHash<QString, QList<HistoryValue>> &values, const QList<StepMetricSeries> &series,
                        qint64 toleranceMs);

/// Gathers the facts of a report from one instance: the project list, then for each
/// project its detail, its per-table progress, the history database's samples of the range,
/// and (OMS 4) the server's history of the current step, at least an hour of it. Up to
/// ProjectsAtOnce projects are collected side by side (each one's calls in turn; the
/// transport's per-host budget still paces them all), and the answer keeps the list's order.
/// Answers once. A project whose detail or per-table progress fails is kept with what did
/// arrive and a ReportGap, and so is one whose per-table progress came cut (paging cap, row
/// cap); a repeated project id is reported once. Only a failed project list (or a project the
/// instance does not list) ends the collection with that error.
class ReportCollector : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const Result<QList<ProjectReport>> &)>;
    /// Projects whose calls may be on their way at once: the budget's requests in flight.
    static constexpr int ProjectsAtOnce = 4;

    /// @p client and @p store (may be nullptr: no local history) must outlive the collection.
    ReportCollector(ServiceClient *client, HistoryStore *store, QObject *parent = nullptr);

    /// Collects @p projectIds (empty: every project the instance lists) over [fromMs, toMs].
    /// A project ID the instance does not list is an error. A new collect() drops what an
    /// earlier one still waited for.
    void collect(const QStringList &projectIds, qint64 fromMs, qint64 toMs, Done done);

private:
    void startMore();
    void finish(const Result<QList<ProjectReport>> &result);
    void fetchDetail(qsizetype index);
    void fetchTables(qsizetype index, ProjectReport project);
    void loadSamples(qsizetype index, const ProjectReport &project);

    QPointer<ServiceClient> m_client;
    QPointer<HistoryStore> m_store;
    qint64 m_from = 0;
    qint64 m_to = 0;
    QList<ProjectReport> m_projects; ///< in the list's order; each filled in when collected
    qsizetype m_next = 0;            ///< the next project to start
    qsizetype m_collected = 0;       ///< projects filled in; m_next - m_collected are on their way
    quint64 m_run = 0; ///< which collect() the answers on their way belong to
    Done m_finished;
};

} // namespace omsdash
