// SPDX-License-Identifier: MIT
#pragma once

#include "derived.h"
#include "serviceclient.h"

namespace omsdash {

/// Huawei Cloud DRS. The project rows are the jobs of the v3 job list (`POST /v3/{project_id}/jobs`,
/// migration and sync jobs, paged; only the configured job IDs when there are any) with their
/// v3 batch-progress; the detail adds the phase times of v5 `jobs/{id}?type=progress` and the
/// rates of v5 `monitor-data` when the region serves them; per-table progress comes from v5
/// progress-data/table. Authenticates with X-Auth-Token: the configured token, or one obtained
/// from IAM (`POST /v3/auth/tokens` with the user, password and domain) that is kept in memory
/// only, renewed before it expires and once when DRS answers 401.
class DrsClient : public ServiceClient
{
    Q_OBJECT

public:
    DrsClient(const InstanceConfig &config, HttpTransport *transport);

    /// The job list's jobs (DELETED ones left out) with their batch-progress. Where DRS refuses
    /// the job list (an API or HTTP error) and job IDs are configured, those jobs'
    /// batch-progress alone, named by ID, with the list's error as a warning.
    void fetchProjects(Callback<QList<ProjectSummary>> done) override;
    /// batch-progress for one job, with v5 job detail (phase times) and monitor-data (rates)
    /// where the region serves them: detailFromJob(). A v5 call the API gateway does not publish
    /// (404 APIGW.0101) is not asked again; its other failures are warnings beside the detail.
    /// A job batch-progress answers only with an error for is that error.
    void fetchDetail(const QString &jobId, Callback<ProjectDetail> done, DetailParts parts) override;
    /// progress-data/table with limit 1000 and offset paging until `count` rows are in.
    void fetchTables(const QString &jobId, Callback<QList<TableProgress>> done) override;
    bool hasTables(const ProjectSummary &) const override { return true; }

    /// A detail from one batch-progress result: progress_map's entries as steps in migration
    /// order, its structure and data entries as schema and full progress (else `progress`),
    /// and an "incremental" step for a job whose task mode has one. Step statuses follow the
    /// job's: the first unfinished step is the one failed, paused or running. @p times gives
    /// the data and incremental steps their start and finish; @p monitor's rates go to the
    /// running step (src/dst_rps records/s, bandwidth as source and apply_rate as destination
    /// throughput, bytes/s). `remaining_time` is kept as serviceRemaining.
    static ProjectDetail detailFromJob(const DrsJobProgress &job, const DrsJobDetail *times = nullptr,
                                       const DrsMonitorData *monitor = nullptr);
    /// A project row from a job-list entry and, when there is one, its batch-progress.
    /// Type MIGRATION / SYNC, source and sink from `engine_type` ("oracle-to-gaussdbv5", or one
    /// engine on both sides), status from batch-progress `transfer_status` else the list's.
    static ProjectSummary summaryFromJob(const DrsJob &job, const DrsJobProgress *progress, const QDateTime &now);
    /// Which stage a progress_map entry is: "structure" (or "schema") Schema, "data" Full;
    /// nullopt for the others ("index", ...). The key strings are not documented (REFERENCE.md §2.5).
    static std::optional<StepKind> progressMapKind(const QString &name);
    /// @p names in migration order: structure, data, index, then the others as given.
    static QStringList progressMapOrder(QStringList names);

    /// Whether the token comes from IAM (no token configured, an IAM endpoint set).
    bool usesIam() const;
    /// IAM tokens obtained so far (for tests and diagnostics; never the token itself).
    int tokensObtained() const { return m_tokensObtained; }
    /// Also forgets the IAM token the old password got: the next call logs in again.
    void setSecret(const QString &secret) override;

protected:
    HttpTransport::Headers authHeaders() const override;
    ApiError httpError(int status, const QByteArray &body) const override;

private:
    /// Calls @p ready with no error once a usable token is held, fetching one if needed;
    /// concurrent callers share one IAM request.
    void ensureToken(std::function<void(const ApiError &)> ready);
    /// call() with a token, retried once with a fresh token on an authentication failure.
    /// @p makeRequest runs once a token is held: `{project_id}` may come from the token.
    void callDrs(const std::function<ApiRequest()> &makeRequest, const std::function<void(const HttpReply &)> &onReply,
                 const std::function<void(const ApiError &)> &onError, bool retried = false);
    QString projectId() const;

    QString m_token;
    QDateTime m_renewAt; ///< UTC; renew from then on
    QString m_tokenProjectId;
    bool m_tokenInFlight = false;
    QList<std::function<void(const ApiError &)>> m_tokenWaiters;
    int m_tokensObtained = 0;

    bool m_v5DetailUnsupported = false;  ///< v5 jobs/{id}?type=progress answered 404
    bool m_v5MonitorUnsupported = false; ///< v5 monitor-data answered 404

    void fetchJobs(const QStringList &jobIds, const Callback<QList<DrsJobProgress>> &done);
    /// batch-progress for @p jobIds in chunks of drs::JobsPerBatch, all results together.
    void fetchJobsChunked(QStringList jobIds, const std::shared_ptr<Paging<DrsJobProgress>> &acc,
                          const Callback<QList<DrsJobProgress>> &done);
    /// The v3 job list of each of @p types in turn, all pages.
    void fetchJobListPage(QStringList types, int page, const std::shared_ptr<Paging<DrsJob>> &acc,
                          const Callback<QList<DrsJob>> &done);
    void fetchProjectsByIds(const QStringList &ids, const QStringList &warnings, const Callback<QList<ProjectSummary>> &done);
    void fetchTablePage(const QString &jobId, int offset, int page,
                        const std::shared_ptr<Paging<TableProgress>> &acc,
                        const Callback<QList<TableProgress>> &done);
};

} // namespace omsdash
