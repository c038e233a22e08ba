// SPDX-License-Identifier: MIT
#include "drsclient.h"

#include <cmath>

#include "drsdecoder.h"
#include "omsclient.h"

#include <QHash>
#include <QSet>
#include <QPointer>

namespace omsdash {

DrsClient::DrsClient(const InstanceConfig &config, HttpTransport *transport)
    : ServiceClient(config, transport)
{
}

HttpTransport::Headers DrsClient::authHeaders() const
{
    return {{QByteArrayLiteral("X-Auth-Token"), (usesIam() ? m_token : config().authToken).toUtf8()},
            {QByteArrayLiteral("X-Language"), QByteArrayLiteral("en-us")}};
}

bool DrsClient::usesIam() const
{
    return config().authToken.isEmpty() && config().iamEndpoint.isValid()
        && !config().iamEndpoint.host().isEmpty();
}

QString DrsClient::projectId() const
{
    return config().drsProjectId.isEmpty() ? m_tokenProjectId : config().drsProjectId;
}

void DrsClient::ensureToken(std::function<void(const ApiError &)> ready)
{
    if (!usesIam() || (!m_token.isEmpty() && now() < m_renewAt))
        return ready({});
    m_tokenWaiters.append(std::move(ready));
    if (m_tokenInFlight)
        return;
    m_tokenInFlight = true;
    const InstanceConfig &c = config();
    auto flush = [this](const ApiError &e) {
        m_tokenInFlight = false;
        const auto waiters = std::exchange(m_tokenWaiters, {});
        for (const auto &w : waiters)
            w(e);
    };
    call(
        drs::iamToken(c.drsDomain, c.user, c.password, c.drsProjectName, c.drsProjectId),
        [this, flush](const HttpReply &reply) {
            const auto t = drs::decodeIamToken(reply.body);
            if (!t.ok())
                return flush(t.error);
            if (reply.subjectToken.isEmpty())
                return flush(ApiError::malformed(tr("IAM answered without an X-Subject-Token header"), reply.body));
            const QDateTime now = this->now();
            // Renew before expiry: 5 minutes early, or a tenth of a short lifetime. In ms: with
            // whole seconds a 3 s token got no margin at all (3 / 10 == 0).
            const qint64 lifetimeMs = t.value.expiresAt.isValid() ? now.msecsTo(t.value.expiresAt) : 24LL * 3600 * 1000;
            m_renewAt = now.addMSecs(lifetimeMs - std::min<qint64>(300LL * 1000, lifetimeMs / 10));
            m_token = QString::fromUtf8(reply.subjectToken);
            m_tokenProjectId = t.value.projectId;
            ++m_tokensObtained;
            flush({});
        },
        flush, c.iamEndpoint, false);
}

void DrsClient::callDrs(const std::function<ApiRequest()> &makeRequest,
                        const std::function<void(const HttpReply &)> &onReply,
                        const std::function<void(const ApiError &)> &onError, bool retried)
{
    ensureToken([=](const ApiError &tokenError) {
        if (tokenError.isError())
            return onError(tokenError);
        const QString used = m_token;
        call(makeRequest(), onReply, [=](const ApiError &e) {
            if (e.kind == ApiError::Kind::Auth && usesIam() && !retried) {
                if (m_token == used) // not one a parallel call has renewed meanwhile
                    m_token.clear(); // expired or revoked early: log in again, once
                return callDrs(makeRequest, onReply, onError, true);
            }
            onError(e);
        });
    });
}

ApiError DrsClient::httpError(int status, const QByteArray &body) const
{
    return drs::decodeHttpError(status, body);
}

std::optional<StepKind> DrsClient::progressMapKind(const QString &name)
{
    const QString n = name.toLower();
    if (n.contains(QLatin1String("struct")) || n.contains(QLatin1String("schema")))
        return StepKind::Schema;
    if (n == QLatin1String("data") || n.contains(QLatin1String("full")))
        return StepKind::Full;
    return std::nullopt;
}

QStringList DrsClient::progressMapOrder(QStringList names)
{
    const auto rank = [](const QString &name) {
        const QString n = name.toLower();
        if (progressMapKind(name) == StepKind::Schema)
            return 0;
        if (progressMapKind(name) == StepKind::Full)
            return 1;
        return n.contains(QLatin1String("index")) ? 2 : 3;
    };
    std::stable_sort(names.begin(), names.end(), [&rank](const QString &a, const QString &b) { return rank(a) < rank(b); });
    return names;
}

namespace {

/// progress_map's "completed" as a percentage 0..100; nullopt for text that is none.
std::optional<double> completedPercent(QString completed)
{
    completed.remove(QLatin1Char('%'));
    bool ok = false;
    const double pct = completed.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(pct)) // "nan", "inf": not a percentage
        return std::nullopt;
    return std::clamp(pct, 0.0, 100.0);
}

} // namespace

ProjectDetail DrsClient::detailFromJob(const DrsJobProgress &job, const DrsJobDetail *times,
                                       const DrsMonitorData *monitor)
{
    ProjectDetail d;
    d.projectId = job.jobId;
    d.progress.projectId = job.jobId;
    d.progress.status = job.transferStatus;
    if (job.progress)
        d.progress.fullProgress = int(std::clamp(*job.progress, 0.0, 100.0));
    d.reportedLatencySeconds = job.delaySeconds;
    d.serviceRemaining = job.remainingTime.trimmed();

    const QString status = job.transferStatus.trimmed().toUpper();
    const StatusClass jobClass = classifyStatus(status);
    const bool incremental = job.taskMode.contains(QLatin1String("INCR"), Qt::CaseInsensitive)
        || status.startsWith(QLatin1String("INCRE_"));
    // From batch-progress alone, so the list row (which has no v5 times) and the detail agree.
    const bool incrementalBegun = status.startsWith(QLatin1String("INCRE_")) || job.delaySeconds.has_value();

    int order = 0;
    bool activeTaken = false; // the first unfinished step carries the job's failure, pause or run
    for (const QString &name : progressMapOrder(job.progressMap.keys())) {
        const auto &[completedText, remaining] = job.progressMap.value(name);
        Step s;
        s.order = ++order;
        s.name = name;
        const std::optional<double> pct = completedPercent(completedText);
        if (pct)
            s.progress = int(*pct);
        const bool finished = pct && *pct >= 100;
        const bool active = !finished && !activeTaken;
        if (!finished)
            activeTaken = true;
        // Two branches say FINISHED: the order of the tests is the rule, so they stay apart.
        if (finished)
            s.status = QStringLiteral("FINISHED"); // NOLINT(bugprone-branch-clone)
        else if (active && jobClass == StatusClass::Failed && !status.startsWith(QLatin1String("INCRE_")))
            s.status = QStringLiteral("FAILED");
        else if (active && jobClass == StatusClass::Suspended && !incrementalBegun)
            s.status = QStringLiteral("SUSPEND");
        else if (pct && *pct > 0
                 && (jobClass == StatusClass::Finished || jobClass == StatusClass::Released || incrementalBegun))
            s.status = QStringLiteral("FINISHED"); // the job says the phase is over, at whatever percent
        else if ((pct && *pct > 0) || (active && jobClass == StatusClass::Running && !incrementalBegun))
            s.status = QStringLiteral("RUNNING");
        else
            s.status = QStringLiteral("INIT");
        s.description = remaining.isEmpty() ? QString() : QObject::tr("remaining %1").arg(remaining);
        if (times && progressMapKind(name) == StepKind::Full) {
            s.startTime = times->fullStartTime;
            s.finishTime = times->fullCompleteTime;
        }
        // The stages as the list and the header show them: progress_map's own numbers, which
        // stay right after the job's overall "progress" has moved on (FULL_TRANSFER_COMPLETE).
        if (pct && progressMapKind(name) == StepKind::Schema)
            d.progress.structProgress = int(*pct);
        if (pct && progressMapKind(name) == StepKind::Full)
            d.progress.fullProgress = int(*pct);
        d.steps << s;
    }
    if (incremental) {
        Step s;
        s.order = ++order;
        s.name = QStringLiteral("incremental");
        if (status == QLatin1String("INCRE_TRANSFER_FAILED"))
            s.status = QStringLiteral("FAILED");
        else if (status == QLatin1String("INCRE_TRANSFER_STARTED"))
            s.status = QStringLiteral("RUNNING");
        else if (jobClass == StatusClass::Suspended && incrementalBegun)
            s.status = QStringLiteral("SUSPEND");
        else if (jobClass == StatusClass::Released && incrementalBegun)
            s.status = QStringLiteral("FINISHED");
        else
            s.status = QStringLiteral("INIT");
        if (times) {
            s.startTime = times->incrStartTime;
            s.finishTime = times->endTime;
        }
        d.steps << s;
    }
    if (monitor) {
        // The incremental step's when it runs (the rates are the job's, and it is in that phase),
        // else the running stage's: the last running one, the steps being in order.
        for (auto it = d.steps.rbegin(); it != d.steps.rend(); ++it) {
            Step &s = *it;
            if (classifyStatus(s.status) != StatusClass::Running)
                continue;
            s.info.srcRps = monitor->srcRps;
            s.info.dstRps = monitor->dstRps;
            s.info.srcIops = monitor->bandwidthBytes;
            s.info.dstIops = monitor->applyRateBytes;
            break;
        }
    }
    if (!job.errorCode.isEmpty()) {
        Step err;
        err.order = ++order;
        err.name = QStringLiteral("JOB");
        err.status = QStringLiteral("FAILED");
        err.errorCode = job.errorCode;
        err.errorMessage = job.errorMessage;
        d.steps << err;
    }
    d.progress.currentStep = currentStepName(d.steps);
    return d;
}

ProjectSummary DrsClient::summaryFromJob(const DrsJob &job, const DrsJobProgress *progress, const QDateTime &now)
{
    ProjectSummary p;
    if (progress) {
        ProjectDetail d = detailFromJob(*progress);
        d.receivedTime = now;
        p = summaryFromDetail(d, {});
    }
    p.id = job.id;
    p.name = job.name.isEmpty() ? job.id : job.name;
    p.type = job.jobType.toUpper();
    if (p.status.isEmpty())
        p.status = job.status;
    const QString engine = job.engineType.trimmed().toUpper();
    const qsizetype to = engine.indexOf(QLatin1String("-TO-"));
    p.sourceType = to < 0 ? engine : engine.left(to);
    p.sinkType = to < 0 ? engine : engine.mid(to + 4);
    p.createdTime = job.createdTime;
    return p;
}

void DrsClient::setSecret(const QString &secret)
{
    ServiceClient::setSecret(secret);
    m_token.clear();
}

void DrsClient::fetchJobs(const QStringList &jobIds, const Callback<QList<DrsJobProgress>> &done)
{
    callDrs(
        [this, jobIds] { return drs::batchProgress(projectId(), jobIds); },
        [done](const HttpReply &reply) { done(drs::decodeBatchProgress(reply.body)); },
        [done](const ApiError &e) { done(Result<QList<DrsJobProgress>>::failure(e)); });
}

void DrsClient::fetchJobsChunked(QStringList jobIds, const std::shared_ptr<Paging<DrsJobProgress>> &acc,
                                 const Callback<QList<DrsJobProgress>> &done)
{
    if (jobIds.isEmpty())
        return done(pagedResult(*acc, true, tr("jobs")));
    const QStringList chunk = jobIds.mid(0, drs::JobsPerBatch);
    jobIds.remove(0, chunk.size());
    fetchJobs(chunk, [this, jobIds, acc, done](const Result<QList<DrsJobProgress>> &r) {
        if (!r.ok())
            return done(Result<QList<DrsJobProgress>>::failure(r.error));
        acc->rows.append(r.value);
        acc->warnings += r.warnings;
        fetchJobsChunked(jobIds, acc, done);
    });
}

void DrsClient::fetchJobListPage(QStringList types, int page, const std::shared_ptr<Paging<DrsJob>> &acc,
                                 const Callback<QList<DrsJob>> &done)
{
    if (types.isEmpty())
        return done(pagedResult(*acc, true, tr("jobs")));
    const QString type = types.constFirst();
    // The `name` filter takes at most 100 IDs; past that, every job, filtered here.
    const QStringList ids = config().projectIds.size() <= 100 ? config().projectIds : QStringList{};
    callDrs(
        [this, type, page, ids] { return drs::listJobs(projectId(), type, page, ids); },
        [this, types, page, acc, done](const HttpReply &reply) mutable {
            const auto r = drs::decodeJobList(reply.body);
            if (!r.ok())
                return done(Result<QList<DrsJob>>::failure(r.error));
            acc->warnings += r.warnings;
            QSet<QString> held;
            for (const DrsJob &job : std::as_const(acc->rows))
                held.insert(job.id);
            qsizetype topLevel = 0;
            qsizetype fresh = 0;
            for (const DrsJob &job : r.value.jobs) {
                topLevel += job.parentId.isEmpty() ? 1 : 0;
                // A job already listed (one created meanwhile shifts the newest-first pages, or
                // a server ignores cur_page) is not a second row.
                if (held.contains(job.id))
                    continue;
                held.insert(job.id);
                acc->rows << job;
                ++fresh;
            }
            // A short page, or one that brings nothing new, is the type's last; total_record
            // only bounds it.
            const bool last = topLevel < drs::JobsPerPage || fresh == 0
                || (r.value.totalCount && qint64(page) * drs::JobsPerPage >= *r.value.totalCount);
            if (!last && page >= MaxPages)
                acc->warnings << pagingCapWarning(int(acc->rows.size()), tr("jobs"));
            if (last || page >= MaxPages) {
                types.removeFirst();
                return fetchJobListPage(types, 1, acc, done);
            }
            fetchJobListPage(types, page + 1, acc, done);
        },
        [done](const ApiError &e) { done(Result<QList<DrsJob>>::failure(e)); });
}

void DrsClient::fetchProjects(Callback<QList<ProjectSummary>> done)
{
    const QStringList types{QStringLiteral("migration"), QStringLiteral("sync")};
    fetchJobListPage(types, 1, std::make_shared<Paging<DrsJob>>(), [this, done](Result<QList<DrsJob>> list) {
        if (!list.ok()) {
            // Only where DRS itself refused the list: not after a login, network or TLS failure,
            // which the same call would meet again.
            const bool listRefused = list.error.kind == ApiError::Kind::Api || list.error.kind == ApiError::Kind::Http;
            if (config().projectIds.isEmpty() || !listRefused)
                return done(Result<QList<ProjectSummary>>::failure(list.error));
            // Without the list (a role that may not list jobs), the configured jobs still show.
            return fetchProjectsByIds(config().projectIds,
                                      {tr("The job list is unavailable, so jobs show by ID: %1").arg(list.error.toString())},
                                      done);
        }
        QList<DrsJob> jobs;
        QStringList ids;
        QStringList listWarnings = list.warnings;
        for (const DrsJob &job : std::as_const(list.value)) {
            if (job.status.compare(QLatin1String("DELETED"), Qt::CaseInsensitive) == 0)
                continue;
            if (!config().projectIds.isEmpty() && !config().projectIds.contains(job.id))
                continue; // a name that only contains a configured ID
            jobs << job;
            ids << job.id;
        }
        // A configured job the list does not show (a disaster-recovery job, another type) still
        // shows, by its ID, from batch-progress.
        QStringList unlisted;
        for (const QString &id : config().projectIds) {
            if (!ids.contains(id)) {
                DrsJob bare;
                bare.id = id;
                jobs << bare;
                ids << id;
                unlisted << id;
            }
        }
        if (!unlisted.isEmpty())
            listWarnings << tr("Not in the job list of migration and synchronization jobs, so shown by ID: %1")
                                .arg(unlisted.join(QStringLiteral(", ")));
        fetchJobsChunked(ids, std::make_shared<Paging<DrsJobProgress>>(),
                         [this, jobs, listWarnings, done](Result<QList<DrsJobProgress>> r) {
            if (!r.ok())
                return done(Result<QList<ProjectSummary>>::failure(r.error));
            QHash<QString, DrsJobProgress> byId;
            for (const DrsJobProgress &p : std::as_const(r.value)) {
                // A per-job error without a status ("task information not found") adds nothing.
                if (!p.transferStatus.isEmpty() || p.errorCode.isEmpty())
                    byId.insert(p.jobId, p);
            }
            const QDateTime now = this->now();
            QList<ProjectSummary> rows;
            for (const DrsJob &job : jobs) {
                const auto it = byId.constFind(job.id);
                rows << summaryFromJob(job, it == byId.constEnd() ? nullptr : &*it, now);
            }
            auto result = Result<QList<ProjectSummary>>::success(rows);
            result.warnings = listWarnings + r.warnings + markDuplicates(result.value);
            done(result);
        });
    });
}

void DrsClient::fetchProjectsByIds(const QStringList &ids, const QStringList &warnings,
                                   const Callback<QList<ProjectSummary>> &done)
{
    fetchJobsChunked(ids, std::make_shared<Paging<DrsJobProgress>>(), [this, warnings, done](Result<QList<DrsJobProgress>> r) {
        if (!r.ok())
            return done(Result<QList<ProjectSummary>>::failure(r.error));
        QList<ProjectSummary> rows;
        const QDateTime now = this->now();
        for (const DrsJobProgress &job : std::as_const(r.value)) {
            DrsJob bare;
            bare.id = job.jobId;
            rows << summaryFromJob(bare, &job, now);
        }
        auto result = Result<QList<ProjectSummary>>::success(rows);
        result.warnings = warnings + r.warnings + markDuplicates(result.value);
        done(result);
    });
}

void DrsClient::fetchDetail(const QString &jobId, Callback<ProjectDetail> done, DetailParts)
{
    struct Join
    {
        int pending = 3;
        Result<QList<DrsJobProgress>> progress;
        std::optional<DrsJobDetail> times;
        std::optional<DrsMonitorData> monitor;
        QStringList warnings;
    };
    auto join = std::make_shared<Join>();
    QPointer<DrsClient> self(this);
    auto finish = [self, join, jobId, done] {
        if (--join->pending > 0 || !self)
            return;
        const Result<QList<DrsJobProgress>> &r = join->progress;
        if (!r.ok())
            return done(Result<ProjectDetail>::failure(r.error));
        for (const DrsJobProgress &job : r.value) {
            if (job.jobId != jobId)
                continue;
            if (job.transferStatus.isEmpty() && !job.errorCode.isEmpty()) {
                // No progress for the job, only why ("task information not found"): the poll's
                // error, as the list leaves the job's row as listed.
                ApiError e;
                e.kind = ApiError::Kind::Api;
                e.code = job.errorCode;
                e.message = job.errorMessage;
                return done(Result<ProjectDetail>::failure(e));
            }
            ProjectDetail d = detailFromJob(job, join->times ? &*join->times : nullptr,
                                            join->monitor ? &*join->monitor : nullptr);
            d.receivedTime = self->now();
            auto result = Result<ProjectDetail>::success(d);
            result.warnings = r.warnings + join->warnings;
            return done(result);
        }
        ApiError e;
        e.kind = ApiError::Kind::Api;
        e.message = QObject::tr("batch-progress did not report job %1").arg(jobId);
        done(Result<ProjectDetail>::failure(e));
    };
    fetchJobs({jobId}, [join, finish](Result<QList<DrsJobProgress>> r) {
        join->progress = std::move(r);
        finish();
    });
    // The optional v5 parts: a region without them answers 404 once and is not asked again.
    const auto optional = [this, join, finish](bool *unsupported, const QString &what,
                                               const std::function<ApiRequest()> &request,
                                               const std::function<QString(const QByteArray &)> &take) {
        if (*unsupported)
            return finish();
        callDrs(
            request,
            [join, finish, take, what](const HttpReply &reply) {
                const QString error = take(reply.body);
                if (!error.isEmpty())
                    join->warnings << tr("%1: %2").arg(what, error);
                finish();
            },
            [join, finish, unsupported, what](const ApiError &e) {
                // The API gateway's "not published here" (APIGW.0101): this region has no such
                // v5 call. Not any 404 (IAM's, a job's "user role empty"), which may pass.
                if (e.httpStatus == 404 && e.code.startsWith(QLatin1String("APIG")))
                    *unsupported = true;
                else
                    join->warnings << tr("%1: %2").arg(what, e.toString());
                finish();
            });
    };
    optional(&m_v5DetailUnsupported, QStringLiteral("job detail"),
             [this, jobId] { return drs::jobProgressDetail(projectId(), jobId); },
             [join](const QByteArray &body) {
                 const auto r = drs::decodeJobDetail(body);
                 if (r.ok())
                     join->times = r.value;
                 return r.ok() ? QString() : r.error.toString();
             });
    optional(&m_v5MonitorUnsupported, QStringLiteral("monitor-data"),
             [this, jobId] { return drs::monitorData(projectId(), jobId); },
             [join](const QByteArray &body) {
                 const auto r = drs::decodeMonitorData(body);
                 if (r.ok())
                     join->monitor = r.value;
                 return r.ok() ? QString() : r.error.toString();
             });
}

void DrsClient::fetchTables(const QString &jobId, Callback<QList<TableProgress>> done)
{
    fetchTablePage(jobId, 0, 1, std::make_shared<Paging<TableProgress>>(), done);
}

void DrsClient::fetchTablePage(const QString &jobId, int offset, int page,
                               const std::shared_ptr<Paging<TableProgress>> &acc,
                               const Callback<QList<TableProgress>> &done)
{
    callDrs(
        [this, jobId, offset] { return drs::progressData(projectId(), jobId, QStringLiteral("table"), offset); },
        [this, jobId, offset, page, acc, done](const HttpReply &reply) {
            const auto r = drs::decodeProgressData(reply.body);
            if (!r.ok())
                return done(Result<QList<TableProgress>>::failure(r.error));
            acc->rows.append(r.value.rows);
            acc->warnings += r.warnings;
            const int received = int(r.value.rows.size());
            const bool complete = received == 0
                || (r.value.totalCount && acc->rows.size() >= *r.value.totalCount)
                || (!r.value.totalCount && received < drs::MaxLimit);
            if (complete || page >= MaxPages)
                return done(pagedResult(*acc, complete, tr("tables")));
            fetchTablePage(jobId, offset + received, page + 1, acc, done);
        },
        [done](const ApiError &e) { done(Result<QList<TableProgress>>::failure(e)); });
}

} // namespace omsdash
