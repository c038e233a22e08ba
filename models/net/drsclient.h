// SPDX-License-Identifier: MIT
#pragma once

#include "derived.h"
#include "serviceclient.h"

namespace omsdash {

/// Huawei Cloud DRS: v3 batch-progress for job status, progress and delay; v5
/// progress-data/table for per-table progress. Authenticates with X-Auth-Token: the configured
/// token, or one obtained from IAM (`POST /v3/auth/tokens` with the user, password and domain)
/// that is kept in memory only, renewed before it expires and once when DRS answers 401.
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

    /// A detail from one batch-progress result: progress_map's entries as steps in migration
    /// order, its structure and data entries as schema and full progress (else `progress`).
    static ProjectDetail detailFromJob(const DrsJobProgress &job);
    /// Which stage a progress_map entry is: "structure" (or "schema") Schema, "data" Full;
    /// nullopt for the others ("index", ...). The key strings are not documented (REFERENCE.md §2.5).
    static std::optional<StepKind> progressMapKind(const QString &name);
    /// @p names in migration order: structure, data, index, then the others as given.
    static QStringList progressMapOrder(QStringList names);

    /// Whether the token comes from IAM (no token configured, an IAM endpoint set).
    bool usesIam() const;
    /// IAM tokens obtained so far (for tests and diagnostics; never the token itself).
    int tokensObtained() const { return m_tokensObtained; }

protected:
    HttpTransport::Headers authHeaders() const override;
    ApiError httpError(int status, const QByteArray &body) const override;

private:
    /// Calls @p ready with no error once a usable token is held, fetching one if needed;
    /// concurrent callers share one IAM request.
    void ensureToken(std::function<void(const ApiError &)> ready);
    /// call() with a token, retried once with a fresh token on an authentication failure.
    /// @p makeRequest runs once a token is held: `{project_id}` may come from the token.
    void callDrs(std::function<ApiRequest()> makeRequest, std::function<void(const HttpReply &)> onReply,
                 std::function<void(const ApiError &)> onError, bool retried = false);
    QString projectId() const;

    QString m_token;
    QDateTime m_renewAt; ///< UTC; renew from then on
    QString m_tokenProjectId;
    bool m_tokenInFlight = false;
    QList<std::function<void(const ApiError &)>> m_tokenWaiters;
    int m_tokensObtained = 0;

    void fetchJobs(const QStringList &jobIds, Callback<QList<DrsJobProgress>> done);
    void fetchTablePage(const QString &jobId, int offset, int page,
                        std::shared_ptr<Paging<TableProgress>> acc,
                        Callback<QList<TableProgress>> done);
};

} // namespace omsdash
