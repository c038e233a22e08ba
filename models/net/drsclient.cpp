// SPDX-License-Identifier: MIT
#include "drsclient.h"

#include <cmath>

#include "drsdecoder.h"
#include "omsclient.h"

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
    if (!usesIam() || (!m_token.isEmpty() && QDateTime::currentDateTimeUtc() < m_renewAt))
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
            const QDateTime now = QDateTime::currentDateTimeUtc();
            // Renew before expiry: 5 minutes early, or a tenth of a short lifetime. In ms: with
            // whole seconds a 3 s token got no margin at all (3 / 10 == 0).
            const qint64 lifetimeMs = t.value.expiresAt.isValid() ? now.msecsTo(t.value.expiresAt) : 24 * 3600 * 1000LL;
            m_renewAt = now.addMSecs(lifetimeMs - std::min<qint64>(300 * 1000, lifetimeMs / 10));
            m_token = QString::fromUtf8(reply.subjectToken);
            m_tokenProjectId = t.value.projectId;
            ++m_tokensObtained;
            flush({});
        },
        flush, c.iamEndpoint, false);
}

void DrsClient::callDrs(std::function<ApiRequest()> makeRequest,
                        std::function<void(const HttpReply &)> onReply,
                        std::function<void(const ApiError &)> onError, bool retried)
{
    ensureToken([=](const ApiError &tokenError) {
        if (tokenError.isError())
            return onError(tokenError);
        call(makeRequest(), onReply, [=](const ApiError &e) {
            if (e.kind == ApiError::Kind::Auth && usesIam() && !retried) {
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

ProjectDetail DrsClient::detailFromJob(const DrsJobProgress &job)
{
    ProjectDetail d;
    d.projectId = job.jobId;
    d.progress.projectId = job.jobId;
    d.progress.status = job.transferStatus;
    d.progress.currentStep = job.taskMode;
    if (job.progress)
        d.progress.fullProgress = int(*job.progress);
    d.reportedLatencySeconds = job.delaySeconds;
    int order = 0;
    for (const QString &name : progressMapOrder(job.progressMap.keys())) {
        const auto &[completedText, remaining] = job.progressMap.value(name);
        Step s;
        s.order = ++order;
        s.name = name;
        QString completed = completedText;
        completed.remove(QLatin1Char('%'));
        bool ok = false;
        double pct = completed.trimmed().toDouble(&ok);
        ok = ok && std::isfinite(pct); // "nan", "inf": not a percentage
        pct = ok ? std::clamp(pct, 0.0, 100.0) : 0.0;
        if (ok)
            s.progress = int(pct);
        s.status = ok && pct >= 100 ? QStringLiteral("FINISHED") : QStringLiteral("RUNNING");
        s.description = remaining.isEmpty() ? QString() : QObject::tr("remaining %1").arg(remaining);
        // The stages as the list and the header show them: progress_map's own numbers, which
        // stay right after the job's overall "progress" has moved on (FULL_TRANSFER_COMPLETE).
        if (ok && progressMapKind(name) == StepKind::Schema)
            d.progress.structProgress = int(pct);
        if (ok && progressMapKind(name) == StepKind::Full)
            d.progress.fullProgress = int(pct);
        d.steps << s;
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
    return d;
}

void DrsClient::fetchJobs(const QStringList &jobIds, Callback<QList<DrsJobProgress>> done)
{
    callDrs(
        [this, jobIds] { return drs::batchProgress(projectId(), jobIds); },
        [done](const HttpReply &reply) { done(drs::decodeBatchProgress(reply.body)); },
        [done](const ApiError &e) { done(Result<QList<DrsJobProgress>>::failure(e)); });
}

void DrsClient::fetchProjects(Callback<QList<ProjectSummary>> done)
{
    if (config().projectIds.isEmpty())
        return done(Result<QList<ProjectSummary>>::success({}));
    fetchJobs(config().projectIds, [done](Result<QList<DrsJobProgress>> r) {
        if (!r.ok())
            return done(Result<QList<ProjectSummary>>::failure(r.error));
        QList<ProjectSummary> rows;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const DrsJobProgress &job : std::as_const(r.value)) {
            ProjectDetail d = detailFromJob(job);
            d.receivedTime = now;
            rows << summaryFromDetail(d, QStringLiteral("DRS"));
        }
        auto result = Result<QList<ProjectSummary>>::success(rows);
        result.warnings = r.warnings + markDuplicates(result.value);
        done(result);
    });
}

void DrsClient::fetchDetail(const QString &jobId, Callback<ProjectDetail> done)
{
    fetchJobs({jobId}, [jobId, done](Result<QList<DrsJobProgress>> r) {
        if (!r.ok())
            return done(Result<ProjectDetail>::failure(r.error));
        for (const DrsJobProgress &job : std::as_const(r.value)) {
            if (job.jobId == jobId) {
                ProjectDetail d = detailFromJob(job);
                d.receivedTime = QDateTime::currentDateTimeUtc();
                return done(Result<ProjectDetail>::success(d));
            }
        }
        ApiError e;
        e.kind = ApiError::Kind::Api;
        e.message = QObject::tr("batch-progress did not report job %1").arg(jobId);
        done(Result<ProjectDetail>::failure(e));
    });
}

void DrsClient::fetchTables(const QString &jobId, Callback<QList<TableProgress>> done)
{
    fetchTablePage(jobId, 0, 1, std::make_shared<Paging<TableProgress>>(), std::move(done));
}

void DrsClient::fetchTablePage(const QString &jobId, int offset, int page,
                               std::shared_ptr<Paging<TableProgress>> acc,
                               Callback<QList<TableProgress>> done)
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
