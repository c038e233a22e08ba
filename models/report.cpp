// SPDX-License-Identifier: MIT
#include "report.h"

#include "historystore.h"
#include "requests.h"
#include "serviceclient.h"

#include <QDateTime>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace omsdash {

QString ProjectReport::status() const
{
    return detail.progress.status.isEmpty() ? summary.status : detail.progress.status;
}

QString ProjectReport::alarmLevel() const
{
    return detail.progress.alarmLevel.isEmpty() ? summary.alarmLevel : detail.progress.alarmLevel;
}

QString ProjectReport::currentStep() const
{
    QString fromDetail = currentStepOf(detail);
    return fromDetail.isEmpty() ? rowCurrentStep(summary) : fromDetail;
}

std::optional<int> ProjectReport::structProgress() const
{
    return stageProgress(steps(), StepKind::Schema,
                         detail.progress.structProgress ? detail.progress.structProgress : summary.structProgress);
}

std::optional<int> ProjectReport::fullProgress() const
{
    return stageProgress(steps(), StepKind::Full,
                         detail.progress.fullProgress ? detail.progress.fullProgress : summary.fullProgress);
}

std::optional<int> ProjectReport::verifyProgress() const
{
    return stepProgress(steps(), StepKind::Verify);
}

const QList<Step> &ProjectReport::steps() const
{
    return detail.steps.isEmpty() ? summary.steps : detail.steps;
}

int openAlertCount(const ProjectReport &project)
{
    QHash<QString, bool> open; // alert key -> open after its last life-cycle row
    for (const AlertLogEntry &e : project.alerts) {
        if (e.kind == QLatin1String("raised") || e.kind == QLatin1String("repeated"))
            open[e.key] = true;
        else if (e.kind == QLatin1String("resolved"))
            open[e.key] = false;
    }
    return int(std::count(open.cbegin(), open.cend(), true));
}

QString ReportGap::toString() const
{
    return QStringLiteral("%1: %2").arg(what, error.toString());
}

bool Report::isIncomplete() const
{
    return !gaps.isEmpty()
        || std::any_of(projects.cbegin(), projects.cend(), [](const ProjectReport &p) { return !p.gaps.isEmpty(); });
}

void attachAlerts(Report &report, HistoryStore *store)
{
    if (!store || !store->isOpen())
        return;
    QHash<QString, ProjectReport *> byProject; // instance \x1f project id
    QSet<QString> instances;
    for (ProjectReport &p : report.projects) {
        byProject.insert(p.instance + QChar(0x1f) + p.summary.id, &p);
        instances.insert(p.instance);
    }
    for (const ReportGap &g : std::as_const(report.gaps))
        instances.insert(g.instance);
    for (const AlertLogEntry &e : store->alertLog(report.fromMs, report.toMs)) {
        if (e.projectId.isEmpty()) {
            if (instances.contains(e.instance))
                report.alerts << e;
        } else if (ProjectReport *p = byProject.value(e.instance + QChar(0x1f) + e.projectId)) {
            p->alerts << e;
        }
    }
}

std::optional<double> finishedStepSeconds(const Step &step)
{
    if (!step.startTime.isValid() || !step.finishTime.isValid())
        return std::nullopt;
    return double(step.startTime.secsTo(step.finishTime));
}

LatencySummary latencySummary(const ProjectReport &project)
{
    LatencySummary s;
    s.current = project.latency.seconds;
    QList<double> values;
    for (const MetricSample &m : project.samples) {
        if (m.latencySeconds)
            values << *m.latencySeconds;
    }
    s.samples = int(values.size());
    if (values.isEmpty())
        return s;
    std::sort(values.begin(), values.end());
    s.min = values.first();
    s.max = values.last();
    double sum = 0;
    for (double v : std::as_const(values))
        sum += v;
    s.average = sum / double(values.size());
    // Nearest rank: the smallest value with at least 95 % of the values at or below it.
    const auto rank = qsizetype(std::ceil(0.95 * double(values.size())));
    s.p95 = values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
    return s;
}

namespace {
bool isFinished(const TableProgress &t)
{
    return t.status.compare(QLatin1String("FINISHED"), Qt::CaseInsensitive) == 0 || t.progress.value_or(0) >= 100;
}
} // namespace

TableSummary tableSummary(const QList<TableProgress> &tables, int slowest)
{
    TableSummary s;
    s.total = int(tables.size());
    QMap<QString, int> byStatus;
    QList<TableProgress> unfinished;
    for (const TableProgress &t : tables) {
        ++byStatus[t.status];
        if (isInconsistent(t))
            s.inconsistent << t;
        if (!isFinished(t))
            unfinished << t;
    }
    for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it)
        s.byStatus.append({it.key(), it.value()});
    std::stable_sort(unfinished.begin(), unfinished.end(), [](const TableProgress &a, const TableProgress &b) {
        return a.progress.value_or(0) < b.progress.value_or(0);
    });
    s.slowest = unfinished.mid(0, std::max(0, slowest));
    return s;
}

void mergeServerHistory(QHash<QString, QList<HistoryValue>> &values, const QList<StepMetricSeries> &series,
                        qint64 toleranceMs)
{
    const auto byTime = [](const HistoryValue &a, const HistoryValue &b) { return a.timeMs < b.timeMs; };
    for (const StepMetricSeries &s : series) {
        const QString metric = historyMetricName(s);
        if (metric.isEmpty())
            continue;
        QList<HistoryValue> &list = values[metric];
        std::sort(list.begin(), list.end(), byTime);
        QList<HistoryValue> added;
        for (const auto &[timeMs, value] : s.points) {
            // Ours within the tolerance wins; so does a server point already there.
            HistoryValue probe;
            probe.timeMs = timeMs - toleranceMs;
            const auto near = std::lower_bound(list.cbegin(), list.cend(), probe, byTime);
            if (near != list.cend() && near->timeMs <= timeMs + toleranceMs)
                continue;
            HistoryValue v;
            v.timeMs = timeMs;
            v.value = v.min = v.max = value;
            v.origin = HistoryPoint::Origin::Server;
            added << v;
        }
        list << added;
        std::sort(list.begin(), list.end(), byTime);
    }
}

ReportCollector::ReportCollector(ServiceClient *client, HistoryStore *store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
{
    // A client destroyed mid-call drops its answers; the collection must still answer.
    if (client)
        connect(client, &QObject::destroyed, this, [this] {
            ApiError gone;
            gone.kind = ApiError::Kind::Network;
            gone.message = tr("the connection went away");
            finish(Result<QList<ProjectReport>>::failure(gone));
        });
}

void ReportCollector::collect(const QStringList &projectIds, qint64 fromMs, qint64 toMs, Done done)
{
    m_from = fromMs;
    m_to = toMs;
    m_finished = std::move(done);
    m_projects.clear();
    m_next = 0;
    m_collected = 0;
    const quint64 run = ++m_run;
    if (!m_client) {
        ApiError e;
        e.kind = ApiError::Kind::Network;
        e.message = tr("no connection to the instance");
        finish(Result<QList<ProjectReport>>::failure(e));
        return;
    }
    m_client->fetchProjects([this, self = QPointer<ReportCollector>(this), projectIds, run](Result<QList<ProjectSummary>> r) {
        if (!self || run != m_run)
            return;
        if (!r.ok()) {
            finish(Result<QList<ProjectReport>>::failure(r.error));
            return;
        }
        QStringList missing = projectIds;
        for (const ProjectSummary &p : std::as_const(r.value)) {
            // A repeat of an id (a list that moved while it was paged, or a server's slip) is
            // reported once.
            if (p.duplicate > 0 || (!projectIds.isEmpty() && !projectIds.contains(p.id)))
                continue;
            missing.removeAll(p.id);
            ProjectReport report;
            report.instance = m_client->config().name;
            report.api = m_client->config().api;
            report.summary = p;
            m_projects << report;
        }
        if (!missing.isEmpty()) {
            ApiError e;
            e.kind = ApiError::Kind::Api;
            e.message = tr("%1 lists no project %2").arg(m_client->config().name, missing.join(QStringLiteral(", ")));
            finish(Result<QList<ProjectReport>>::failure(e));
            return;
        }
        startMore();
    });
}

void ReportCollector::startMore()
{
    const quint64 run = m_run;
    if (m_collected == m_projects.size()) {
        finish(Result<QList<ProjectReport>>::success(m_projects));
        return;
    }
    if (!m_client) {
        ApiError gone;
        gone.kind = ApiError::Kind::Network;
        gone.message = tr("the connection went away");
        finish(Result<QList<ProjectReport>>::failure(gone));
        return;
    }
    // Started and not yet collected: the projects on their way.
    while (m_next - m_collected < ProjectsAtOnce && m_next < m_projects.size() && run == m_run && m_finished)
        fetchDetail(m_next++);
}

void ReportCollector::fetchDetail(qsizetype index)
{
    const quint64 run = m_run;
    m_client->fetchDetail(m_projects.at(index).summary.id,
                          [this, self = QPointer<ReportCollector>(this), index, run](const Result<ProjectDetail> &r) {
                              if (!self || run != m_run)
                                  return;
                              ProjectReport project = m_projects.at(index);
                              if (r.ok()) {
                                  project.detail = r.value;
                                  // The value the window shows: the freshest sample, as of its poll.
                                  project.latency = freshestLatency(project.summary, project.detail,
                                                                    QDateTime::currentDateTimeUtc());
                              } else { // the list row's facts stand in, its latency too
                                  project.latency = freshestLatency(project.summary, ProjectDetail{},
                                                                    QDateTime::currentDateTimeUtc());
                                  project.gaps << ReportGap{project.instance, project.summary.id,
                                                            tr("progress and steps"), r.error};
                              }
                              fetchTables(index, project);
                          });
}

void ReportCollector::fetchTables(qsizetype index, ProjectReport project)
{
    if (!m_client || !m_client->hasTables(project.summary)) {
        loadSamples(index, project);
        return;
    }
    const quint64 run = m_run;
    m_client->fetchTables(project.summary.id, [this, self = QPointer<ReportCollector>(this), index, run,
                                               project](Result<QList<TableProgress>> t) mutable {
        if (!self || run != m_run)
            return;
        if (t.ok()) {
            project.tables = t.value;
            // Rows the server sent but the report lacks (a paging cap, a cut list).
            for (const QString &w : std::as_const(t.warnings)) {
                ApiError cut;
                cut.kind = ApiError::Kind::Api;
                cut.message = w;
                project.gaps << ReportGap{project.instance, project.summary.id, tr("per-table progress"), cut};
            }
        } else
            project.gaps << ReportGap{project.instance, project.summary.id, tr("per-table progress"), t.error};
        loadSamples(index, project);
    });
}

void ReportCollector::loadSamples(qsizetype index, const ProjectReport &project)
{
    const quint64 run = m_run;
    // Then the history database's values of the range, then the server's history.
    auto withServerHistory = [this, self = QPointer<ReportCollector>(this), index, run, project](
                                 const QHash<QString, QList<HistoryValue>> &stored) mutable {
        if (!self || run != m_run)
            return;
        const QString step = currentStepOf(project.detail);
        const auto done = [this, index, project, stored](const QList<StepMetricSeries> &series, qint64 toleranceMs) {
            QHash<QString, QList<HistoryValue>> values = stored;
            mergeServerHistory(values, series, toleranceMs);
            ProjectReport complete = project;
            for (const MetricSample &s : samplesFromHistory(values)) {
                if (s.timeMs >= m_from && s.timeMs <= m_to)
                    complete.samples << s;
            }
            // And the detail just fetched: the rates, baselines and latency of now.
            if (complete.detail.receivedTime.isValid()) {
                const MetricSample current = sampleFromDetail(complete.detail);
                if (complete.samples.isEmpty() || complete.samples.last().timeMs < current.timeMs)
                    complete.samples << current;
            }
            m_projects[index] = std::move(complete);
            ++m_collected;
            startMore();
        };
        if (!m_client || project.api != ApiKind::Oms4 || oms::stepMetricTypes(step).isEmpty()) {
            done({}, 0);
            return;
        }
        // The API wants at least an hour, and no more than one point per 5 minutes.
        const qint64 end = m_to / 1000;
        const qint64 begin = std::min(m_from / 1000, end - 3600);
        const int points = int(std::clamp<qint64>((end - begin) / 300, 12, 2016));
        const qint64 toleranceMs = (end - begin) * 1000 / points / 2;
        m_client->fetchStepHistory(project.summary.id, step, begin, end, points,
                                   [self, run, done, toleranceMs](const Result<QList<StepMetricSeries>> &r) {
                                       if (!self || run != self->m_run)
                                           return;
                                       // The server's history is a bonus: without it, ours.
                                       done(r.ok() ? r.value : QList<StepMetricSeries>{}, toleranceMs);
                                   });
    };
    if (m_store && m_store->isOpen())
        m_store->query(project.instance, project.summary.id, sampleMetricNames(), m_from, m_to, withServerHistory);
    else
        withServerHistory({});
}

void ReportCollector::finish(const Result<QList<ProjectReport>> &result)
{
    ++m_run; // what is still on its way belongs to a finished collection
    m_projects.clear();
    if (m_finished)
        std::exchange(m_finished, nullptr)(result);
}

WorstFirstKey ProjectReport::worstFirstKey() const
{
    WorstFirstKey key = omsdash::worstFirstKey(summary);
    key.statusRank = statusClassRank(classifyStatus(status()));
    key.alarmRank = alarmLevelRank(alarmLevel());
    if (latency.seconds)
        key.latency = latency.seconds;
    return key;
}

void orderWorstFirst(QList<ProjectReport> &projects)
{
    std::stable_sort(projects.begin(), projects.end(), [](const ProjectReport &a, const ProjectReport &b) {
        const WorstFirstKey ka = a.worstFirstKey();
        const WorstFirstKey kb = b.worstFirstKey();
        if (worseFirst(ka, kb))
            return true;
        return !worseFirst(kb, ka) && a.instance < b.instance;
    });
}

} // namespace omsdash
