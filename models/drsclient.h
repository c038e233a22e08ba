// SPDX-License-Identifier: MIT
#pragma once

#include "serviceclient.h"

namespace omsdash {

/// Huawei Cloud DRS: v3 batch-progress for job status, progress and delay; v5
/// progress-data/table for per-table progress. Authenticates with X-Auth-Token.
/// Each configured job ID is one "project" row.
class DrsClient : public ServiceClient
{
    Q_OBJECT

public:
    DrsClient(const InstanceConfig &config, HttpTransport *transport);

    void fetchProjects(Callback<QList<ProjectSummary>> done) override;
    /// batch-progress for one job; progress_map entries become steps.
    void fetchDetail(const QString &jobId, Callback<ProjectDetail> done) override;
    /// progress-data/table with limit 1000 and offset paging until `count` rows are in.
    void fetchTables(const QString &jobId, Callback<QList<TableProgress>> done) override;
    bool hasTables(const ProjectSummary &) const override { return true; }

    /// A detail from one batch-progress result.
    static ProjectDetail detailFromJob(const DrsJobProgress &job);

protected:
    HttpTransport::Headers authHeaders() const override;
    ApiError httpError(int status, const QByteArray &body) const override;

private:
    void fetchJobs(const QStringList &jobIds, Callback<QList<DrsJobProgress>> done);
    void fetchTablePage(const QString &jobId, int offset, int page,
                        std::shared_ptr<QList<TableProgress>> acc,
                        Callback<QList<TableProgress>> done);
};

} // namespace omsdash
