// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace omsdash {

/// Which wire dialect an instance speaks.
enum class ApiKind {
    Oms4, ///< OMS >= 4.1: POST /api/v2?Action=..., HTTP Basic auth
    Oms3, ///< OMS 3.3: GET api/omsp/v2/sync/{projectId}/progress, HTTP Basic auth
    Drs,  ///< Huawei Cloud DRS v3/v5, X-Auth-Token
};

/// "oms4" / "oms3" / "drs"; std::nullopt for anything else.
std::optional<ApiKind> apiKindFromString(const QString &text);
QString apiKindToString(ApiKind kind);

/// Why a call failed. Never thrown: every decoder and client returns it as a value.
struct ApiError
{
    enum class Kind {
        None,      ///< no error
        Network,   ///< connection refused, DNS, TLS, reset...
        Timeout,   ///< the transfer timeout elapsed
        Http,      ///< HTTP status >= 400 without a recognisable error body
        Auth,      ///< HTTP 401/403, or an API error that says so
        Api,       ///< the API answered with an error (OMS success:false, DRS error_code)
        Malformed, ///< the body is not the JSON the API documents
        TooLarge,  ///< the body exceeded the transport's size cap
        Tls,       ///< the server's certificate is not trusted (and not the pinned one)
        Redirect,  ///< a redirect away from the instance's origin (never followed), or too many
    };

    Kind kind = Kind::None;
    int httpStatus = 0;   ///< 0 when no HTTP response arrived
    QString code;         ///< OMS `code` / `errorDetail.code`, DRS `error_code`
    QString message;      ///< OMS `message`, DRS `error_msg`, or our own reason
    QString advice;       ///< OMS `advice` / `errorDetail.proposal`
    QString detail;       ///< OMS `errorDetail.message`/`reason`, joined
    QString requestId;    ///< OMS `requestId`, DRS `request_id`
    QString excerpt;      ///< first bytes of a malformed body, printable only
    QString certificateSha256; ///< Tls: the server certificate's SHA-256, "AB:CD:…", to pin
    std::optional<qint64> retryAfterMs; ///< HTTP 429/503 `Retry-After`, as a delay in ms
    QString context;      ///< where it happened, e.g. "oms-legacy · project p_3a1b2c"; leads toString()

    bool isError() const { return kind != Kind::None; }
    /// One line for a status bar or stderr: "API error GHANA-OPERAT000001: message (advice)",
    /// after the context when there is one: "oms-legacy · project p_x · HTTP 503: … [excerpt]".
    QString toString() const;

    static ApiError malformed(const QString &reason, const QByteArray &body);
};

/// A decoded value or the reason there is none.
template <typename T>
struct Result
{
    T value{};
    ApiError error;
    /// What the value lacks although it is usable: a paging cap that was hit, rows or
    /// duplicates the server sent oddly. Shown next to the data, never instead of it.
    QStringList warnings;

    bool ok() const { return !error.isError(); }

    static Result success(T v) { return Result{std::move(v), {}, {}}; }
    static Result failure(ApiError e) { return Result{T{}, std::move(e), {}}; }
};

/// `stepInfo` of a step. Which members are set depends on the step name:
/// FULL_TRANSFER / FULL_VERIFIER fill the counters, rates and baselines;
/// INCR_TRANSFER fills the checkpoints; TRANSFER_APP_SWITCH only checkpointSampleTimestamp.
/// Every member is std::nullopt when the API sent null or nothing.
struct StepMetrics
{
    std::optional<qint64> processedRecords; ///< rows done
    std::optional<qint64> capacity;         ///< estimated total rows
    std::optional<double> srcRps;           ///< records/s read from the source
    std::optional<double> dstRps;           ///< records/s written to the destination
    std::optional<double> srcRt;            ///< ms per record, source
    std::optional<double> dstRt;            ///< ms per record, destination
    std::optional<double> srcIops;          ///< throughput in bytes/s (the API's "IOPS"), source
    std::optional<double> dstIops;          ///< throughput in bytes/s, destination
    std::optional<double> srcRpsRef;        ///< baseline of srcRps, records/s
    std::optional<double> dstRpsRef;        ///< baseline of dstRps, records/s
    std::optional<double> srcRtRef;         ///< baseline of srcRt, ms per record
    std::optional<double> dstRtRef;         ///< baseline of dstRt, ms per record
    std::optional<double> srcIopsRef;       ///< baseline of srcIops, bytes/s

    std::optional<qint64> incrTimestampCheckpoint;   ///< Unix s, INCR_TRANSFER
    std::optional<qint64> checkpointSampleTimestamp; ///< Unix s, when the checkpoint was sampled
    std::optional<bool> enableIncrStatistics;

    bool hasRates() const { return srcRps || dstRps || srcRt || dstRt || srcIops || dstIops; }
    bool operator==(const StepMetrics &o) const;
    bool operator!=(const StepMetrics &o) const { return !(*this == o); }
};

/// One step of a project (DescribeProjectSteps `data[]`, ListProjects `steps[]`).
struct Step
{
    int order = 0;
    QString name;        ///< e.g. FULL_TRANSFER; unknown names are kept as sent
    QString description; ///< localised by the server; for display only
    QString status;      ///< INIT, RUNNING, FAILED, FINISHED, SUSPEND, MONITORING or raw text
    QDateTime startTime;  ///< UTC; invalid when null
    QDateTime finishTime; ///< UTC; invalid when null
    std::optional<int> progress; ///< percent 0..100
    QString errorCode;    ///< extraInfo.errorCode
    QString errorMessage; ///< extraInfo.errorMsg
    QDateTime failedTime; ///< extraInfo.failedTime, UTC
    QStringList errorDetails; ///< extraInfo.errorDetails[], each as text
    StepMetrics info;     ///< stepInfo

    bool operator==(const Step &o) const;
    bool operator!=(const Step &o) const { return !(*this == o); }
};

/// DescribeProjectProgress `data` (OMS 4) or sync progress `data` (OMS 3.3).
struct ProjectProgress
{
    QString projectId;
    QString status;      ///< project status, raw text kept
    QString alarmLevel;  ///< `alarmLevel` (OMS 4) or `importance` (OMS 3.3)
    QString currentStep;
    std::optional<int> structProgress; ///< percent; structTransferProgress / structSyncProgress / structMigrationProgress
    std::optional<int> fullProgress;   ///< percent; fullTransferProgress / fullSyncProgress / fullMigrationProgress
    QString incrSyncCheckpointText;    ///< as sent (Sybase sends "fileId,fileOffset")
    std::optional<qint64> incrSyncCheckpoint; ///< Unix s when the text is a number
    std::optional<qint64> reverseIncrTransferCheckpoint; ///< Unix s
    std::optional<bool> enableStructTransfer;
    std::optional<bool> enableFullTransfer;
    std::optional<bool> enableIncrSync;
    std::optional<bool> enableReverseIncrTransfer;
};

/// One project row of the overview, whatever dialect it came from.
struct ProjectSummary
{
    QString id;
    QString name;
    QString type;       ///< MIGRATION, SYNC, VERIFY, or "DRS" for a DRS job
    QString status;
    QString alarmLevel; ///< HIGH / MEDIUM / LOW / IGNORE or raw text
    QString sourceType; ///< e.g. MYSQL
    QString sinkType;   ///< e.g. OB_MYSQL
    QString currentStep;
    std::optional<int> structProgress; ///< percent
    std::optional<int> fullProgress;   ///< percent
    std::optional<double> latencySeconds;   ///< incremental latency, s; see latency.h
    QDateTime latencySampleTime;            ///< UTC time the latency refers to
    QDateTime createdTime;                  ///< gmtCreate, UTC
    QList<Step> steps;  ///< ListProjects carries them; empty for OMS 3.3 and DRS
    /// OMS 4 ListProjects `alarmStats.alarming`: the server's own monitoring has an alarm on
    /// the project; nullopt where the row has no alarmStats.
    std::optional<bool> serverAlarming;
    QString serverAlarmContent; ///< `alarmStats.alarmContent`, may be empty
    int duplicate = 0;  ///< 0: the first row with this id; n: its n-th repeat in the same list

    /// The row's identity in a list: the id, with "#n" for a repeat.
    QString rowKey() const;
    bool operator==(const ProjectSummary &o) const;
    bool operator!=(const ProjectSummary &o) const { return !(*this == o); }
};

/// One page of ListProjects.
struct ProjectPage
{
    QList<ProjectSummary> projects;
    std::optional<qint64> totalCount; ///< envelope totalCount (records, sometimes pages)
};

/// Per-table progress: OMS ListProjectFullVerifyResult `fullVerifyTableStatistics[]`
/// or DRS v5 progress-data `flow_compare_data[]`.
struct TableProgress
{
    QString sourceSchema;
    QString sourceTable;
    QString destSchema;
    QString destTable;
    std::optional<double> progress; ///< percent 0..100 ("1.0" fractions are scaled)
    QString status;     ///< RUNNING / ERROR / FINISHED / SUSPEND or raw; empty for DRS
    QString resultType; ///< CONSISTENT, INCONSISTENT, ... or raw; empty for DRS
    QString message;
    std::optional<qint64> consistentCount;
    std::optional<qint64> mismatchedCount;
    std::optional<qint64> sourceOnlyCount;
    std::optional<qint64> destOnlyCount;

    /// "srcDb.srcTable>dstDb.dstTable": identifies the row across polls.
    QString key() const;
    bool operator==(const TableProgress &o) const;
    bool operator!=(const TableProgress &o) const { return !(*this == o); }
};

/// One page of per-table progress.
struct TablePage
{
    QList<TableProgress> rows;
    std::optional<qint64> totalCount;      ///< OMS envelope totalCount / DRS `count`
    std::optional<qint64> differentNumber; ///< OMS: inconsistent rows in total
};

/// One job of DRS v3 batch-progress `results[]`.
struct DrsJobProgress
{
    QString jobId;
    std::optional<double> progress;      ///< percent
    std::optional<double> delaySeconds;  ///< incre_trans_delay (s); from _millis when only that is sent;
                                         ///< none for "-1" (incremental not started)
    QString taskMode;       ///< FULL_TRANS / INCR_TRANS / FULL_INCR_TRANS
    QString transferStatus; ///< DRS job status, raw text kept
    QString processTime;    ///< as sent; unit undocumented
    QString remainingTime;  ///< as sent
    QMap<QString, std::pair<QString, QString>> progressMap; ///< name -> (completed, remaining_time)
    QString errorCode;
    QString errorMessage;
};

/// One job of the DRS job list: v3 `POST /v3/{project_id}/jobs` `jobs[]` (JobInfo) or v5
/// `GET /v5/{project_id}/jobs` `jobs[]` (JobListResp). A job's `children[]` follow it in the
/// list with parentId set.
struct DrsJob
{
    QString id;
    QString name;
    QString status;       ///< DRS job status (REFERENCE.md §2.9), raw text kept
    QString engineType;   ///< `engine_type`, e.g. mysql, oracle-to-gaussdbv5
    QString jobType;      ///< v3 `db_use_type` / v5 `job_type`: migration, sync, cloudDataGuard
    QString taskType;     ///< `task_type`: FULL_TRANS, FULL_INCR_TRANS or INCR_TRANS
    QString jobDirection; ///< `job_direction`: up (into the cloud), down, non-dbs
    QString description;
    QDateTime createdTime; ///< `create_time`, UTC; invalid when absent
    QString parentId;      ///< the parent job's id for an entry of `children[]`
};

/// One page of the DRS job list.
struct DrsJobPage
{
    QList<DrsJob> jobs;
    std::optional<qint64> totalCount; ///< v3 `total_record`, v5 `total_count`: jobs across pages
};

/// v5 `GET /v5/{project_id}/jobs/{job_id}/monitor-data`: the job's current rates.
struct DrsMonitorData
{
    std::optional<double> srcRps;   ///< `src_rps`, records/s read from the source
    std::optional<double> dstRps;   ///< `dst_rps`, records/s written to the destination
    std::optional<double> srcDelay; ///< `src_delay`, s (unit undocumented, §2.8)
    std::optional<double> dstDelay; ///< `dst_delay`, s (unit undocumented, §2.8)
    std::optional<double> bandwidthBytes; ///< `bandwidth` (MB/s) as bytes/s, 1 MB = 1,048,576 bytes
    std::optional<double> applyRateBytes; ///< `apply_rate`, bytes/s
    std::optional<bool> srcNormal;  ///< `is_src_normal`
    std::optional<bool> dstNormal;  ///< `is_dst_normal`
    QDateTime updateTime;           ///< `update_time`, UTC; invalid when absent
};

/// v5 `GET /v5/{project_id}/jobs/{job_id}?type=progress`: `job.progress_info` (the shape of a
/// batch-progress result) and the phase times of `job.migration_object_progress_info`.
struct DrsJobDetail
{
    DrsJobProgress progress;
    QDateTime fullStartTime;    ///< `full_start_time`, UTC; invalid when absent
    QDateTime fullCompleteTime; ///< `full_complete_time`
    QDateTime incrStartTime;    ///< `incr_start_time`
    QDateTime endTime;          ///< `end_time`
};

/// One component of an OMS 4 project: an entry of one of DescribeProjectComponents' `data`
/// lists (REFERENCE.md §1.5), as the OMS console's component monitoring shows them.
struct ProjectComponent
{
    enum class Kind {
        Store,           ///< `storeList`: the incremental log pull
        ReverseStore,    ///< `reverseStoreList`
        FullImport,      ///< `fullImportComponents`
        IncrSync,        ///< `incrSyncComponents`
        ReverseIncrSync, ///< `reverseIncrSyncComponents`
        FullVerify,      ///< `fullVerifyComponents`
    };
    Kind kind = Kind::Store;
    QString name;
    QString ip;
    QString status;                     ///< as sent: ACTIVE, RUNNING, EXCEPTION, STOPPED, ...
    std::optional<double> tps;          ///< `tps`, records/s (Store, IncrSync)
    std::optional<double> delaySeconds; ///< `delay`, s (Store, IncrSync)
    QString checkpoint;                 ///< IncrSync `checkpoint`, Store `endCheckpoint`: text as sent (UTC+0)
    QDateTime sampleTime;               ///< IncrSync `checkpointSampleTimestamp`, Store `gmt`: UTC
    std::optional<double> progress;     ///< percent: FullImport `progress`, FullVerify `recordProgress`
    QString error;                      ///< `errMsg`, else `errorDetails` joined

    /// "Store/name@ip" ("Store/name" without an ip): the row's identity in a list.
    QString key() const;
    bool operator==(const ProjectComponent &o) const;
    bool operator!=(const ProjectComponent &o) const { return !(*this == o); }
};

/// What the poller delivers for the selected project.
struct ProjectDetail
{
    QString projectId;
    ProjectProgress progress;
    QList<Step> steps;            ///< empty where the API has no steps (OMS 3.3, DRS)
    std::optional<double> reportedLatencySeconds; ///< DRS incre_trans_delay
    QString serviceRemaining;     ///< DRS `remaining_time` as sent ("12min"): the service's own estimate
    /// OMS 4 DescribeProjectComponents; nullopt where the server has no such call (OMS CE,
    /// OMS 3.3, DRS) or it failed this time.
    std::optional<QList<ProjectComponent>> components;
    QDateTime serverDate;         ///< the HTTP Date header, UTC; invalid when absent
    QDateTime receivedTime;       ///< desktop clock at arrival, UTC
};

/// DescribeProjectStepMetric: one series of one metricType of one step (the server's own
/// history). Units are undocumented; by the stepInfo convention RPS is records/s, IOPS
/// bytes/s, DELAY s and the *_TIME metrics ms.
struct StepMetricSeries
{
    QString stepName;   ///< as asked, e.g. FULL_TRANSFER
    QString metricType; ///< as asked, e.g. RPS, DELAY, SINK_EXECUTE_TIME
    QString name;       ///< `metrics[].name`
    QMap<QString, QString> tags;          ///< `metrics[].tags`
    std::optional<double> referenceValue; ///< `data.referenceValue`, the baseline, when sent
    QList<std::pair<qint64, double>> points; ///< (UTC ms, value), sorted; null values dropped
};

} // namespace omsdash
