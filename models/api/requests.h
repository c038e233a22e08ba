// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

/// Request builders: what to send, as plain values. The service client turns an ApiRequest
/// into a QNetworkRequest against an instance's base URL and adds authentication.
namespace omsdash {

struct ApiRequest
{
    enum class Method { Get, Post };
    Method method = Method::Get;
    QString path;     ///< appended to the instance's base URL path, starts with '/'
    QUrlQuery query;
    QByteArray body;  ///< JSON for POST, empty for GET
    QString what;     ///< short label for logs and errors, e.g. "ListProjects page 2"
};

namespace oms {
/// Largest pageSize ListProjects and ListProjectFullVerifyResult accept.
constexpr int MaxPageSize = 150;

/// `POST /api/v2?Action=ListProjects`, pageNumber is 1-based.
ApiRequest listProjects(int pageNumber, int pageSize = MaxPageSize);
/// `POST /api/v2?Action=DescribeProjectProgress`, body {"id": projectId}.
ApiRequest describeProjectProgress(const QString &projectId);
/// `POST /api/v2?Action=DescribeProjectSteps`, body {"id": projectId}.
ApiRequest describeProjectSteps(const QString &projectId);
/// `POST /api/v2?Action=ListProjectFullVerifyResult`, body {projectId, pageNumber, pageSize}.
ApiRequest listProjectFullVerifyResult(const QString &projectId, int pageNumber,
                                       int pageSize = MaxPageSize);
/// `POST /api/v2?Action=DescribeProjectStepMetric`: body {projectId, stepName, metricType,
/// aggregator "NONE", beginTimestamp, endTimestamp (Unix s; the span must be >= 1 h),
/// maxPointNum (5 .. 10080)}.
ApiRequest describeProjectStepMetric(const QString &projectId, const QString &stepName, const QString &metricType,
                                     qint64 beginSeconds, qint64 endSeconds, int maxPointNum);
/// DescribeProjectComponents {"id"} (OMS 4 enterprise, REFERENCE.md §1.5).
ApiRequest describeProjectComponents(const QString &projectId);
/// The metricTypes DescribeProjectStepMetric knows for @p stepName (empty for other steps).
QStringList stepMetricTypes(const QString &stepName);
/// OMS 3.3: `GET /api/omsp/v2/sync/{projectId}/progress`.
ApiRequest syncProgress(const QString &projectId);
} // namespace oms

namespace drs {
/// Largest `limit` progress-data accepts.
constexpr int MaxLimit = 1000;

/// `POST /v3/{project_id}/jobs/batch-progress`, body {"jobs": [...]}.
ApiRequest batchProgress(const QString &projectId, const QStringList &jobIds);
/// `GET /v5/{project_id}/jobs/{job_id}/progress-data/{type}?offset=&limit=`.
ApiRequest progressData(const QString &projectId, const QString &jobId, const QString &type,
                        int offset, int limit = MaxLimit);
/// Jobs per page of the v3 job list (per_page).
constexpr int JobsPerPage = 100;
/// Job IDs per batch-progress call.
constexpr int JobsPerBatch = 100;

/// `POST /v3/{project_id}/jobs` with {"cur_page", "per_page", "db_use_type"} and, when
/// @p jobIds is not empty, "name": the IDs comma-separated (at most 100, as documented).
ApiRequest listJobs(const QString &projectId, const QString &dbUseType, int page,
                    const QStringList &jobIds = {});
/// `GET /v5/{project_id}/jobs/{job_id}/monitor-data`.
ApiRequest monitorData(const QString &projectId, const QString &jobId);
/// `GET /v5/{project_id}/jobs/{job_id}?type=progress`.
ApiRequest jobProgressDetail(const QString &projectId, const QString &jobId);
/// IAM `POST {iam}/v3/auth/tokens?nocatalog=true` with a password identity scoped to a
/// project given by @p projectName (e.g. cn-north-4) or, when empty, @p projectId.
ApiRequest iamToken(const QString &domain, const QString &user, const QString &password,
                    const QString &projectName, const QString &projectId);
} // namespace drs

} // namespace omsdash
