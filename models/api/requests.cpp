// SPDX-License-Identifier: MIT
#include "requests.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace omsdash {

namespace {

ApiRequest omsAction(const QString &action, const QJsonObject &body, const QString &what)
{
    ApiRequest r;
    r.method = ApiRequest::Method::Post;
    r.path = QStringLiteral("/api/v2");
    r.query.addQueryItem(QStringLiteral("Action"), action);
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.what = what;
    return r;
}

QString segment(const QString &s)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}

} // namespace

namespace oms {

ApiRequest listProjects(int pageNumber, int pageSize)
{
    return omsAction(QStringLiteral("ListProjects"),
                     {{QStringLiteral("pageNumber"), pageNumber},
                      {QStringLiteral("pageSize"), pageSize},
                      {QStringLiteral("sortField"), QStringLiteral("gmtCreate")},
                      {QStringLiteral("order"), QStringLiteral("descend")}},
                     QStringLiteral("ListProjects page %1").arg(pageNumber));
}

ApiRequest describeProjectProgress(const QString &projectId)
{
    return omsAction(QStringLiteral("DescribeProjectProgress"), {{QStringLiteral("id"), projectId}},
                     QStringLiteral("DescribeProjectProgress %1").arg(projectId));
}

ApiRequest describeProjectSteps(const QString &projectId)
{
    return omsAction(QStringLiteral("DescribeProjectSteps"), {{QStringLiteral("id"), projectId}},
                     QStringLiteral("DescribeProjectSteps %1").arg(projectId));
}

ApiRequest describeProjectComponents(const QString &projectId)
{
    return omsAction(QStringLiteral("DescribeProjectComponents"), {{QStringLiteral("id"), projectId}},
                     QStringLiteral("DescribeProjectComponents %1").arg(projectId));
}

ApiRequest describeProjectStepMetric(const QString &projectId, const QString &stepName, const QString &metricType,
                                     qint64 beginSeconds, qint64 endSeconds, int maxPointNum)
{
    return omsAction(QStringLiteral("DescribeProjectStepMetric"),
                     {{QStringLiteral("projectId"), projectId},
                      {QStringLiteral("stepName"), stepName},
                      {QStringLiteral("metricType"), metricType},
                      {QStringLiteral("aggregator"), QStringLiteral("NONE")},
                      {QStringLiteral("beginTimestamp"), beginSeconds},
                      {QStringLiteral("endTimestamp"), endSeconds},
                      {QStringLiteral("maxPointNum"), std::clamp(maxPointNum, 5, 10080)}},
                     QStringLiteral("DescribeProjectStepMetric %1 %2 %3").arg(projectId, stepName, metricType));
}

QStringList stepMetricTypes(const QString &stepName)
{
    if (stepName == QLatin1String("FULL_TRANSFER"))
        return {QStringLiteral("RPS"), QStringLiteral("IOPS"), QStringLiteral("SOURCE_READ_TIME"),
                QStringLiteral("SOURCE_SLICE_TIME"), QStringLiteral("SINK_EXECUTE_TIME")};
    if (stepName == QLatin1String("INCR_TRANSFER") || stepName == QLatin1String("REVERSE_INCR_TRANSFER"))
        return {QStringLiteral("DELAY"), QStringLiteral("RPS"), QStringLiteral("IOPS"),
                QStringLiteral("SINK_COMMIT_TIME"), QStringLiteral("SINK_EXECUTE_TIME")};
    if (stepName == QLatin1String("FULL_VERIFIER"))
        return {QStringLiteral("FULL_VERIFY_SOURCE_RPS"), QStringLiteral("FULL_VERIFY_SOURCE_READ_IOPS"),
                QStringLiteral("FULL_VERIFY_DEST_RPS"), QStringLiteral("FULL_VERIFY_DEST_READ_IOPS")};
    return {};
}

ApiRequest listProjectFullVerifyResult(const QString &projectId, int pageNumber, int pageSize)
{
    return omsAction(QStringLiteral("ListProjectFullVerifyResult"),
                     {{QStringLiteral("projectId"), projectId},
                      {QStringLiteral("pageNumber"), pageNumber},
                      {QStringLiteral("pageSize"), pageSize}},
                     QStringLiteral("ListProjectFullVerifyResult %1 page %2")
                         .arg(projectId)
                         .arg(pageNumber));
}

ApiRequest syncProgress(const QString &projectId)
{
    ApiRequest r;
    r.path = QStringLiteral("/api/omsp/v2/sync/%1/progress").arg(segment(projectId));
    r.what = QStringLiteral("sync progress %1").arg(projectId);
    return r;
}

} // namespace oms

namespace drs {

ApiRequest batchProgress(const QString &projectId, const QStringList &jobIds)
{
    ApiRequest r;
    r.method = ApiRequest::Method::Post;
    r.path = QStringLiteral("/v3/%1/jobs/batch-progress").arg(segment(projectId));
    r.body = QJsonDocument(QJsonObject{{QStringLiteral("jobs"), QJsonArray::fromStringList(jobIds)}})
                 .toJson(QJsonDocument::Compact);
    r.what = QStringLiteral("batch-progress");
    return r;
}

ApiRequest progressData(const QString &projectId, const QString &jobId, const QString &type,
                        int offset, int limit)
{
    ApiRequest r;
    r.path = QStringLiteral("/v5/%1/jobs/%2/progress-data/%3")
                 .arg(segment(projectId), segment(jobId), segment(type));
    r.query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    r.query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    r.what = QStringLiteral("progress-data %1 offset %2").arg(jobId).arg(offset);
    return r;
}

ApiRequest listJobs(const QString &projectId, const QString &dbUseType, int page, const QStringList &jobIds)
{
    QJsonObject body{{QStringLiteral("cur_page"), page},
                     {QStringLiteral("per_page"), JobsPerPage},
                     {QStringLiteral("db_use_type"), dbUseType}};
    if (!jobIds.isEmpty())
        body.insert(QStringLiteral("name"), jobIds.mid(0, 100).join(QLatin1Char(',')));
    ApiRequest r;
    r.method = ApiRequest::Method::Post;
    r.path = QStringLiteral("/v3/%1/jobs").arg(segment(projectId));
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.what = QStringLiteral("job list %1 page %2").arg(dbUseType).arg(page);
    return r;
}

ApiRequest monitorData(const QString &projectId, const QString &jobId)
{
    ApiRequest r;
    r.path = QStringLiteral("/v5/%1/jobs/%2/monitor-data").arg(segment(projectId), segment(jobId));
    r.what = QStringLiteral("monitor-data %1").arg(jobId);
    return r;
}

ApiRequest jobProgressDetail(const QString &projectId, const QString &jobId)
{
    ApiRequest r;
    r.path = QStringLiteral("/v5/%1/jobs/%2").arg(segment(projectId), segment(jobId));
    r.query.addQueryItem(QStringLiteral("type"), QStringLiteral("progress"));
    r.what = QStringLiteral("job detail %1").arg(jobId);
    return r;
}

ApiRequest iamToken(const QString &domain, const QString &user, const QString &password,
                    const QString &projectName, const QString &projectId)
{
    const QJsonObject project = projectName.isEmpty() ? QJsonObject{{QStringLiteral("id"), projectId}}
                                                      : QJsonObject{{QStringLiteral("name"), projectName}};
    const QJsonObject body{
        {QStringLiteral("auth"),
         QJsonObject{
             {QStringLiteral("identity"),
              QJsonObject{{QStringLiteral("methods"), QJsonArray{QStringLiteral("password")}},
                          {QStringLiteral("password"),
                           QJsonObject{{QStringLiteral("user"),
                                        QJsonObject{{QStringLiteral("name"), user},
                                                    {QStringLiteral("password"), password},
                                                    {QStringLiteral("domain"),
                                                     QJsonObject{{QStringLiteral("name"), domain}}}}}}}}},
             {QStringLiteral("scope"), QJsonObject{{QStringLiteral("project"), project}}}}}};
    ApiRequest r;
    r.method = ApiRequest::Method::Post;
    r.path = QStringLiteral("/v3/auth/tokens");
    r.query.addQueryItem(QStringLiteral("nocatalog"), QStringLiteral("true"));
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.what = QStringLiteral("IAM token for %1").arg(user); // never the password
    return r;
}
} // namespace drs

} // namespace omsdash
