// SPDX-License-Identifier: MIT
#include "drsclient.h"

#include "drsdecoder.h"
#include "omsclient.h"

namespace omsdash {

DrsClient::DrsClient(const InstanceConfig &config, HttpTransport *transport)
    : ServiceClient(config, transport)
{
}

HttpTransport::Headers DrsClient::authHeaders() const
{
    return {{QByteArrayLiteral("X-Auth-Token"), config().authToken.toUtf8()},
            {QByteArrayLiteral("X-Language"), QByteArrayLiteral("en-us")}};
}

ApiError DrsClient::httpError(int status, const QByteArray &body) const
{
    return drs::decodeHttpError(status, body);
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
    for (auto it = job.progressMap.constBegin(); it != job.progressMap.constEnd(); ++it) {
        Step s;
        s.order = ++order;
        s.name = it.key();
        QString completed = it.value().first;
        completed.remove(QLatin1Char('%'));
        bool ok = false;
        const double pct = completed.trimmed().toDouble(&ok);
        if (ok)
            s.progress = int(pct);
        s.status = ok && pct >= 100 ? QStringLiteral("FINISHED") : QStringLiteral("RUNNING");
        s.description = it.value().second.isEmpty()
            ? QString()
            : QObject::tr("remaining %1").arg(it.value().second);
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
    call(
        drs::batchProgress(config().drsProjectId, jobIds),
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
        done(Result<QList<ProjectSummary>>::success(rows));
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
    fetchTablePage(jobId, 0, 1, std::make_shared<QList<TableProgress>>(), std::move(done));
}

void DrsClient::fetchTablePage(const QString &jobId, int offset, int page,
                               std::shared_ptr<QList<TableProgress>> acc,
                               Callback<QList<TableProgress>> done)
{
    call(
        drs::progressData(config().drsProjectId, jobId, QStringLiteral("table"), offset),
        [this, jobId, offset, page, acc, done](const HttpReply &reply) {
            const auto r = drs::decodeProgressData(reply.body);
            if (!r.ok())
                return done(Result<QList<TableProgress>>::failure(r.error));
            acc->append(r.value.rows);
            const int received = int(r.value.rows.size());
            const bool last = received == 0
                || (r.value.totalCount && acc->size() >= *r.value.totalCount)
                || (!r.value.totalCount && received < drs::MaxLimit) || page >= MaxPages;
            if (last)
                done(Result<QList<TableProgress>>::success(*acc));
            else
                fetchTablePage(jobId, offset + received, page + 1, acc, done);
        },
        [done](const ApiError &e) { done(Result<QList<TableProgress>>::failure(e)); });
}

} // namespace omsdash
