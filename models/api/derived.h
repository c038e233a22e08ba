// SPDX-License-Identifier: MIT
#pragma once

#include "types.h"

/// Facts derived from decoded values: status classes, the current step, stage progress and
/// incremental latency with its provenance. Pure functions; the clock is always a parameter.
namespace omsdash {

/// Project status classes (OMS §1.9 and DRS §2.9 statuses fold into these).
enum class StatusClass { Unknown, Init, Running, Monitoring, Suspended, Failed, Finished, Released };

/// RUNNING, RUNNING_MODIFYING... -> Running; FAILED and DRS *_FAILED -> Failed; PAUSING ->
/// Suspended; RELEASED, DELETED... -> Released; unknown text -> Unknown (shown raw). OMS
/// components' states too: ACTIVE running, EXCEPTION and UNEXPECTED_EXIT failed, STOP(PED)
/// and SHUTDOWNED suspended, DONE finished.
StatusClass classifyStatus(const QString &status);

/// A status as a DBA reads it. DRS job statuses (REFERENCE.md §2.9) become translated words in
/// the DRS console's terms ("Full migration", "Paused"; 全量迁移中, 已暂停 in zh_CN), with
/// "synchronization" words when @p projectType is SYNC. OMS's statuses (project, step and
/// table: INIT, RUNNING, SUSPEND, FAILED, FINISHED, MONITORING, RELEASING, RELEASED, ...) are
/// the API's code in English and the OMS console's word in Chinese (运行中, 已暂停, ...;
/// translation context "OmsStatus"). Any other text is returned as sent. The raw code belongs
/// in a tooltip wherever the word is shown.
QString statusText(const QString &status, const QString &projectType = {});
/// An alarm level (importance / alarmLevel: HIGH, MEDIUM, LOW, IGNORE) as the console says
/// it: the code in English, 高, 中, 低, 忽略 in Chinese (context "OmsAlarmLevel"); else as sent.
QString alarmLevelText(const QString &alarmLevel);
/// A step name (OMS 4 steps, OMS 3.3's CONNECTOR_*, DRS's progress_map stages) as the console
/// says it: the name in English, 全量迁移, 增量同步, ... in Chinese (context "OmsStep"); else as sent.
QString stepText(const QString &stepName);
/// A project type (MIGRATION, SYNC, VERIFY): the code in English, 数据迁移, 数据同步, 数据校验
/// in Chinese (context "OmsProjectType"); else as sent.
QString projectTypeText(const QString &type);
/// Whether @p status is one of DRS's job statuses (§2.9).
bool isDrsStatus(const QString &status);

/// HIGH=3, MEDIUM=2, LOW=1, IGNORE=0; unknown or empty = -1. Higher is more urgent.
int alarmLevelRank(const QString &alarmLevel);

/// A status class's place worst first, higher is worse: 4 FAILED; 3 SUSPEND and other
/// abnormal states (text this omsdash does not know); 2 running (and monitoring); 1 not
/// started; 0 finished or released.
int statusClassRank(StatusClass statusClass);

/// What orders projects worst first.
struct WorstFirstKey
{
    int statusRank = 0;              ///< statusClassRank()
    int alarmRank = -1;              ///< alarmLevelRank(): HIGH first; unknown last
    std::optional<double> latency;   ///< incremental latency, s: largest first; unknown last
    QString name;                    ///< then by name (case-insensitive, locale-aware)
    QString id;                      ///< then by ID, so the order is total and survives polls
};
WorstFirstKey worstFirstKey(const ProjectSummary &project);
/// @p row (a project-list row) brought up to date with @p detail, a later poll of the same
/// project: its status, alarm level, current step, schema and full progress and steps where
/// the detail has them, and its incremental latency when the detail's sample
/// (latencyForDetail() at detail.receivedTime) is newer than the row's. One value per fact:
/// what the list, the overview and the header show of the selected project.
ProjectSummary withDetail(ProjectSummary row, const ProjectDetail &detail);

/// Whether @p a comes before @p b worst first: the one order of the project list, the
/// overview, the reports and their exports. Status class (FAILED, then SUSPEND and other
/// abnormal, then running, then not started, then finished), then alarm level (HIGH first),
/// then incremental latency (largest first, unknown last), then name, then ID.
bool worseFirst(const WorstFirstKey &a, const WorstFirstKey &b);
bool worseFirst(const ProjectSummary &a, const ProjectSummary &b);

enum class StepKind { Schema, Full, Verify, Incremental };

/// Which step names belong to each stage (OMS 4 and older names alike, and DRS's progress_map
/// keys struct/structure and data, and the "incremental" step DrsClient adds).
bool stepIsKind(const QString &stepName, StepKind kind);

/// The step a DBA means by "current": the first FAILED, else the last RUNNING/MONITORING/
/// SUSPEND one, else the last FINISHED one; empty when there are no steps.
QString currentStepName(const QList<Step> &steps);
/// The current step of a detail: the one the API names (progress.currentStep), else
/// currentStepName() of its steps.
QString currentStepOf(const ProjectDetail &detail);

/// Where a step began, as the charts mark it.
struct StepStart
{
    qint64 timeMs = 0; ///< the step's startTime, UTC ms
    QString step;      ///< the step's name as the API gives it
};
/// The steps of @p steps that have a start time, in time order (then step order): the
/// vertical markers every chart draws. Steps never started (no startTime) give none.
QList<StepStart> stepStarts(const QList<Step> &steps);

/// Progress (percent) of the first step of @p kind, nullopt when there is none.
std::optional<int> stepProgress(const QList<Step> &steps, StepKind kind);
/// A stage's progress as every view states it (list row, header, report, metrics): the
/// stage's step progress, else @p field (the API's structProgress / fullProgress); percent.
std::optional<int> stageProgress(const QList<Step> &steps, StepKind kind, std::optional<int> field);
/// A list row's facts by that rule: its schema and full migration progress, and its current
/// step (the API's, else currentStepName() of its steps).
std::optional<int> rowStructProgress(const ProjectSummary &row);
std::optional<int> rowFullProgress(const ProjectSummary &row);
QString rowCurrentStep(const ProjectSummary &row);
/// How far the row's current step is, percent: a schema step's is rowStructProgress(), a full
/// migration step's rowFullProgress(), a verification step's its own (stepProgress()), any
/// other step's its own when the row lists it; else, as before a step is known, the full
/// migration's, then the schema's. The wall's tiles.
std::optional<int> rowCurrentStepProgress(const ProjectSummary &row);

/// Whether verification found @p table inconsistent: resultType INCONSISTENT, or mismatched,
/// source-only or destination-only rows (ListProjectFullVerifyResult). The one definition
/// behind the per-table view, the reports and the verificationInconsistent alert.
bool isInconsistent(const TableProgress &table);

/// How many of a project's tables are where: the per-table view's footer and the metrics.
struct TableCounts
{
    int total = 0;        ///< rows of per-table progress
    int finished = 0;     ///< progress 100 %
    int failed = 0;       ///< status FAILED or ERROR (classifyStatus() Failed)
    int inconsistent = 0; ///< isInconsistent()
};
TableCounts tableCounts(const QList<TableProgress> &tables);
/// Adds @p t's share of tableCounts() to @p counts, or with @p sign -1 takes it away (a
/// table whose fresh version replaces it).
void countTable(TableCounts &counts, const TableProgress &t, int sign = 1);
/// The counts of the tables in [@p first, @p last): of a slice of a list.
TableCounts tableCounts(QList<TableProgress>::const_iterator first, QList<TableProgress>::const_iterator last);

/// The first step of @p kind, nullptr when there is none.
const Step *findStep(const QList<Step> &steps, StepKind kind);

/// Incremental latency in seconds and where it came from.
struct IncrementalLatency
{
    enum class Source {
        None,          ///< nothing to compute it from
        ServerSample,  ///< checkpointSampleTimestamp - incrTimestampCheckpoint (server clock)
        DesktopClock,  ///< now - incrSyncCheckpoint (desktop clock; skew shows here)
        Reported,      ///< the API reported a delay (DRS incre_trans_delay, OMS syncDelay)
    };
    std::optional<double> seconds;
    QDateTime sampleTime; ///< UTC: when the server sampled it (ServerSample), or `now`
    Source source = Source::None;
};

/// From the INCR_TRANSFER step's stepInfo (ServerSample) while that step is running,
/// monitoring, suspended or failed; else Source::None.
IncrementalLatency latencyFromSteps(const QList<Step> &steps);

/// Best latency for a detail: the server's sample first, then a reported delay, then
/// now - incrSyncCheckpoint. @p now is the desktop clock in UTC.
IncrementalLatency latencyForDetail(const ProjectDetail &detail, const QDateTime &now);

/// A selected project's latency, one value wherever it is shown (list row, header, report):
/// latencyForDetail() of @p detail as of its arrival (receivedTime, else @p now), unless
/// @p row (the project's list row) holds a newer sample, which then wins. A detail of
/// another project is ignored.
IncrementalLatency freshestLatency(const ProjectSummary &row, const ProjectDetail &detail, const QDateTime &now);

/// Server Date minus the desktop clock at arrival, in seconds; nullopt without a Date header.
std::optional<qint64> clockSkewSeconds(const ProjectDetail &detail);

/// The history metric a DescribeProjectStepMetric series is stored as, in MetricSample's
/// names: RPS and IOPS become srcRps/dstRps and srcIops/dstIops by the series' name and tags
/// (SOURCE, SRC or READ: source; otherwise, SINK/DEST or unlabelled: destination, the rate
/// progress follows); DELAY latency; SOURCE_READ_TIME srcRt; SINK_EXECUTE_TIME dstRt;
/// FULL_VERIFY_SOURCE_/DEST_RPS and _READ_IOPS the src/dst rates; SOURCE_SLICE_TIME and
/// SINK_COMMIT_TIME sourceSliceTime and sinkCommitTime (ms). Empty for anything else.
QString historyMetricName(const StepMetricSeries &series);

} // namespace omsdash
