// SPDX-License-Identifier: MIT
#include "omsclient.h"

#include "derived.h"
#include "omsdecoder.h"

#include <QSet>

#include <algorithm>

namespace omsdash {

ProjectSummary summaryFromDetail(const ProjectDetail &detail, const QString &type)
{
    ProjectSummary p;
    p.id = detail.projectId;
    p.name = detail.projectId;
    p.type = type;
    p.status = detail.progress.status;
    p.alarmLevel = detail.progress.alarmLevel;
    p.currentStep = detail.progress.currentStep;
    p.structProgress = detail.progress.structProgress;
    p.fullProgress = detail.progress.fullProgress;
    p.steps = detail.steps;
    const IncrementalLatency lat = latencyForDetail(detail, detail.receivedTime);
    p.latencySeconds = lat.seconds;
    p.latencySampleTime = lat.sampleTime;
    return p;
}

HttpTransport::Headers OmsClientBase::authHeaders() const
{
    if (config().user.isEmpty() && config().password.isEmpty())
        return {};
    const QByteArray credentials = (config().user + QLatin1Char(':') + config().password).toUtf8();
    return {{QByteArrayLiteral("Authorization"), "Basic " + credentials.toBase64()}};
}

ApiError OmsClientBase::httpError(int status, const QByteArray &body) const
{
    return oms::decodeHttpError(status, body);
}

void OmsClientBase::fetchProgress(const ApiRequest &request, const Callback<ProjectDetail> &done)
{
    call(
        request,
        [this, done](const HttpReply &reply) {
            const auto r = oms::decodeProjectProgress(reply.body);
            if (!r.ok())
                return done(Result<ProjectDetail>::failure(r.error));
            ProjectDetail d;
            d.progress = r.value;
            d.serverDate = reply.serverDate;
            d.receivedTime = now();
            done(Result<ProjectDetail>::success(d));
        },
        [done](const ApiError &e) { done(Result<ProjectDetail>::failure(e)); });
}

// --- OMS 4 -------------------------------------------------------------------------------

Oms4Client::Oms4Client(const InstanceConfig &config, HttpTransport *transport)
    : OmsClientBase(config, transport)
{
}

void Oms4Client::fetchProjects(Callback<QList<ProjectSummary>> done)
{
    fetchProjectPage(1, std::make_shared<Paging<ProjectSummary>>(), done);
}

void Oms4Client::fetchProjectPage(int page, const std::shared_ptr<Paging<ProjectSummary>> &acc,
                                  const Callback<QList<ProjectSummary>> &done)
{
    call(
        oms::listProjects(page),
        [this, page, acc, done](const HttpReply &reply) {
            auto r = oms::decodeListProjects(reply.body);
            if (!r.ok())
                return done(Result<QList<ProjectSummary>>::failure(r.error));
            acc->warnings += r.warnings;
            auto finish = [acc, done](const QStringList &more) {
                Result<QList<ProjectSummary>> result = Result<QList<ProjectSummary>>::success(acc->rows);
                result.warnings = acc->warnings + more + markDuplicates(result.value);
                done(result);
            };
            const int received = int(r.value.projects.size());
            QSet<QString> earlier;
            for (const ProjectSummary &p : std::as_const(acc->rows))
                earlier.insert(p.id);
            const bool repeated = page > 1 && received > 0
                && std::all_of(r.value.projects.cbegin(), r.value.projects.cend(),
                               [&earlier](const ProjectSummary &p) { return earlier.contains(p.id); });
            if (repeated) // a server that ignores pageNumber sends page 1 again
                return finish({tr("ListProjects page %1 repeated rows already received: stopped at %2 projects")
                                   .arg(page)
                                   .arg(acc->rows.size())});
            acc->rows.append(r.value.projects);
            const bool complete = received < oms::MaxPageSize
                || (r.value.totalCount && acc->rows.size() >= *r.value.totalCount);
            if (complete)
                return finish({});
            if (page >= MaxPages)
                return finish({pagingCapWarning(int(acc->rows.size()), tr("projects"))});
            fetchProjectPage(page + 1, acc, done);
        },
        [done](const ApiError &e) { done(Result<QList<ProjectSummary>>::failure(e)); });
}

void Oms4Client::fetchDetail(const QString &projectId, Callback<ProjectDetail> done, DetailParts parts)
{
    fetchProgress(oms::describeProjectProgress(projectId),
                  [this, projectId, done, parts](const Result<ProjectDetail> &progress) {
                      if (!progress.ok())
                          return done(progress);
                      call(
                          oms::describeProjectSteps(projectId),
                          [this, projectId, done, parts, detail = progress.value](const HttpReply &reply) mutable {
                              const auto steps = oms::decodeProjectSteps(reply.body);
                              if (!steps.ok())
                                  return done(Result<ProjectDetail>::failure(steps.error));
                              detail.projectId = projectId;
                              detail.steps = steps.value;
                              if (detail.progress.currentStep.isEmpty())
                                  detail.progress.currentStep = currentStepName(detail.steps);
                              detail.receivedTime = now();
                              if (reply.serverDate.isValid())
                                  detail.serverDate = reply.serverDate;
                              if (parts == DetailParts::WithComponents)
                                  return fetchComponents(projectId, detail, steps.warnings, done);
                              auto result = Result<ProjectDetail>::success(detail);
                              result.warnings = steps.warnings;
                              done(result);
                          },
                          [done](const ApiError &e) { done(Result<ProjectDetail>::failure(e)); });
                  });
}

void Oms4Client::fetchComponents(const QString &projectId, ProjectDetail detail, const QStringList &warnings,
                                 const Callback<ProjectDetail> &done)
{
    const auto deliver = [done](ProjectDetail d, const QStringList &w) {
        auto result = Result<ProjectDetail>::success(std::move(d));
        result.warnings = w;
        done(result);
    };
    if (m_componentsUnsupported)
        return deliver(detail, warnings);
    // An edition without the action answers with an error, on a 200 (success:false) or not,
    // or 404; so does a server having a bad moment. Only a call never answered and refused
    // UnsupportedAfter times in a row is taken for missing: the panel then stays hidden,
    // quietly. A network failure or a 5xx is this time only, and said.
    const auto refused = [this](const ApiError &e) {
        if (e.kind != ApiError::Kind::Api && e.httpStatus != 404)
            return false;
        if (!m_componentsSeen && ++m_componentsRefusals >= UnsupportedAfter)
            m_componentsUnsupported = true;
        return true;
    };
    call(
        oms::describeProjectComponents(projectId),
        [this, detail, warnings, deliver, refused](const HttpReply &reply) mutable {
            const auto components = oms::decodeProjectComponents(reply.body);
            if (components.ok()) {
                m_componentsSeen = true;
                m_componentsRefusals = 0;
                detail.components = components.value;
                return deliver(detail, warnings + components.warnings);
            }
            if (refused(components.error))
                return deliver(detail, warnings);
            deliver(detail, warnings + QStringList{tr("Components: %1").arg(components.error.toString())});
        },
        [detail, warnings, deliver, refused](const ApiError &e) {
            if (refused(e))
                return deliver(detail, warnings);
            deliver(detail, warnings + QStringList{tr("Components: %1").arg(e.toString())});
        });
}

void Oms4Client::fetchTables(const QString &projectId, Callback<QList<TableProgress>> done)
{
    fetchTablePage(projectId, 1, std::make_shared<Paging<TableProgress>>(), done);
}

void Oms4Client::fetchStepHistory(const QString &projectId, const QString &stepName, qint64 beginSeconds,
                                  qint64 endSeconds, int maxPointNum, Callback<QList<StepMetricSeries>> done)
{
    struct State
    {
        QStringList types;
        QList<StepMetricSeries> series;
        std::optional<ApiError> firstError;
        int answered = 0;
    };
    auto state = std::make_shared<State>();
    state->types = oms::stepMetricTypes(stepName);
    if (state->types.isEmpty())
        return done(Result<QList<StepMetricSeries>>::success({}));
    // One metricType after the other, so a backfill never floods the server. The step
    // function holds itself only weakly; the call in flight holds it, so it ends with the chain.
    auto next = std::make_shared<std::function<void()>>();
    *next = [this, state, weak = std::weak_ptr<std::function<void()>>(next), projectId, stepName, beginSeconds,
             endSeconds, maxPointNum, done] {
        if (state->answered == state->types.size()) {
            if (state->series.isEmpty() && state->firstError)
                return done(Result<QList<StepMetricSeries>>::failure(*state->firstError));
            return done(Result<QList<StepMetricSeries>>::success(state->series));
        }
        const std::shared_ptr<std::function<void()>> self = weak.lock();
        const QString type = state->types.at(state->answered);
        auto failed = [state, self](const ApiError &e) {
            if (!state->firstError)
                state->firstError = e;
            ++state->answered;
            (*self)();
        };
        call(
            oms::describeProjectStepMetric(projectId, stepName, type, beginSeconds, endSeconds, maxPointNum),
            [state, self, stepName, type, failed](const HttpReply &reply) {
                const auto r = oms::decodeStepMetric(reply.body, stepName, type);
                if (!r.ok())
                    return failed(r.error);
                state->series.append(r.value);
                ++state->answered;
                (*self)();
            },
            failed);
    };
    (*next)();
}

void Oms4Client::fetchTablePage(const QString &projectId, int page,
                                const std::shared_ptr<Paging<TableProgress>> &acc,
                                const Callback<QList<TableProgress>> &done)
{
    call(
        oms::listProjectFullVerifyResult(projectId, page),
        [this, projectId, page, acc, done](const HttpReply &reply) {
            const auto r = oms::decodeFullVerifyResult(reply.body);
            if (!r.ok())
                return done(Result<QList<TableProgress>>::failure(r.error));
            acc->rows.append(r.value.rows);
            acc->warnings += r.warnings;
            const int received = int(r.value.rows.size());
            const bool complete = received < oms::MaxPageSize
                || (r.value.totalCount && acc->rows.size() >= *r.value.totalCount);
            if (complete || page >= MaxPages)
                return done(pagedResult(*acc, complete, tr("tables")));
            fetchTablePage(projectId, page + 1, acc, done);
        },
        [done](const ApiError &e) { done(Result<QList<TableProgress>>::failure(e)); });
}

bool Oms4Client::hasTables(const ProjectSummary &project) const
{
    const Step *verifier = findStep(project.steps, StepKind::Verify);
    if (!verifier)
        return false;
    const StatusClass c = classifyStatus(verifier->status);
    return c != StatusClass::Init && c != StatusClass::Unknown;
}

// --- OMS 3.3 -----------------------------------------------------------------------------

Oms3Client::Oms3Client(const InstanceConfig &config, HttpTransport *transport)
    : OmsClientBase(config, transport)
{
}

void Oms3Client::fetchProjects(Callback<QList<ProjectSummary>> done)
{
    const QStringList ids = config().projectIds;
    if (ids.isEmpty())
        return done(Result<QList<ProjectSummary>>::success({}));
    struct Round
    {
        QList<ProjectSummary> rows;
        int pending = 0;
        ApiError firstError;
    };
    auto round = std::make_shared<Round>();
    round->pending = int(ids.size());
    round->rows.resize(ids.size());
    for (int i = 0; i < ids.size(); ++i) {
        const QString &id = ids.at(i);
        fetchDetail(id, [round, i, id, done](const Result<ProjectDetail> &r) {
            if (r.ok()) {
                round->rows[i] = summaryFromDetail(r.value, QStringLiteral("SYNC"));
            } else if (!round->firstError.isError()) {
                round->firstError = r.error; // its context names the instance and the project
            }
            if (--round->pending > 0)
                return;
            if (round->firstError.isError())
                done(Result<QList<ProjectSummary>>::failure(round->firstError));
            else
                done(Result<QList<ProjectSummary>>::success(round->rows));
        }, DetailParts::Core);
    }
}

void Oms3Client::fetchDetail(const QString &projectId, Callback<ProjectDetail> done, DetailParts)
{
    fetchProgress(oms::syncProgress(projectId), [this, projectId, done](Result<ProjectDetail> r) {
        if (!r.ok()) // one call per project: say which
            r.error.context = tr("%1 · project %2").arg(config().name, projectId);
        r.value.projectId = projectId;
        r.value.progress.projectId = projectId;
        done(r);
    });
}

void Oms3Client::fetchTables(const QString &, Callback<QList<TableProgress>> done)
{
    done(Result<QList<TableProgress>>::success({}));
}

} // namespace omsdash
