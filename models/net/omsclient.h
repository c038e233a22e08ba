// SPDX-License-Identifier: MIT
#pragma once

#include "serviceclient.h"

namespace omsdash {

/// Base for both OMS dialects: HTTP Basic auth and the OMS error envelope.
class OmsClientBase : public ServiceClient
{
    Q_OBJECT

protected:
    using ServiceClient::ServiceClient;
    HttpTransport::Headers authHeaders() const override;
    ApiError httpError(int status, const QByteArray &body) const override;
    /// DescribeProjectProgress (4.x) or sync progress (3.3), decoded.
    void fetchProgress(const ApiRequest &request, const Callback<ProjectDetail> &done);
};

/// OMS >= 4.1 OpenAPI: `POST /api/v2?Action=...`.
class Oms4Client : public OmsClientBase
{
    Q_OBJECT

public:
    Oms4Client(const InstanceConfig &config, HttpTransport *transport);

    void fetchProjects(Callback<QList<ProjectSummary>> done) override;
    /// DescribeProjectProgress, then DescribeProjectSteps, then for WithComponents
    /// DescribeProjectComponents (ProjectDetail::components) unless the server has shown it
    /// has no such action.
    void fetchDetail(const QString &projectId, Callback<ProjectDetail> done, DetailParts parts) override;
    /// ListProjectFullVerifyResult, pageSize 150, until a short page or totalCount rows.
    void fetchTables(const QString &projectId, Callback<QList<TableProgress>> done) override;
    /// A FULL_VERIFIER step that has started.
    bool hasTables(const ProjectSummary &project) const override;
    /// DescribeProjectStepMetric for each of oms::stepMetricTypes(stepName), one after the
    /// other. A metricType the server refuses is left out; fails only when all are refused.
    void fetchStepHistory(const QString &projectId, const QString &stepName, qint64 beginSeconds, qint64 endSeconds,
                          int maxPointNum, Callback<QList<StepMetricSeries>> done) override;

    /// Whether the server has no DescribeProjectComponents: it never answered one, and
    /// refused it (an API error or 404) UnsupportedAfter times in a row. Not asked again.
    bool componentsUnsupported() const { return m_componentsUnsupported; }
    static constexpr int UnsupportedAfter = 3;

private:
    void fetchComponents(const QString &projectId, ProjectDetail detail, const QStringList &warnings,
                         const Callback<ProjectDetail> &done);
    bool m_componentsUnsupported = false;
    bool m_componentsSeen = false;  ///< answered once: the call exists, a later refusal is this time only
    int m_componentsRefusals = 0;   ///< refusals in a row while never answered
    void fetchProjectPage(int page, const std::shared_ptr<Paging<ProjectSummary>> &acc,
                          const Callback<QList<ProjectSummary>> &done);
    void fetchTablePage(const QString &projectId, int page,
                        const std::shared_ptr<Paging<TableProgress>> &acc,
                        const Callback<QList<TableProgress>> &done);
};

/// OMS 3.3 OpenAPI: `GET api/omsp/v2/sync/{id}/progress` for each configured project.
class Oms3Client : public OmsClientBase
{
    Q_OBJECT

public:
    Oms3Client(const InstanceConfig &config, HttpTransport *transport);

    /// One sync progress call per configured ID; any failure fails the round, so a partial
    /// answer never drops a project from view.
    void fetchProjects(Callback<QList<ProjectSummary>> done) override;
    void fetchDetail(const QString &projectId, Callback<ProjectDetail> done, DetailParts parts) override;
    /// OMS 3.3 has no per-table call: answers an empty list.
    void fetchTables(const QString &projectId, Callback<QList<TableProgress>> done) override;
    bool hasTables(const ProjectSummary &) const override { return false; }
};

/// A summary row from a progress detail (OMS 3.3 projects, DRS jobs).
ProjectSummary summaryFromDetail(const ProjectDetail &detail, const QString &type);

} // namespace omsdash
