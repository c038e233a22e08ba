// SPDX-License-Identifier: MIT
#include "derived.h"

#include <QCoreApplication>

#include <algorithm>

namespace omsdash {

namespace {

/// DRS job statuses (§2.9): their class and words, for a migration and, where the console
/// words differ, for a synchronization job. Context "omsdash", as lupdate files them.
struct DrsStatus
{
    QLatin1String code; ///< its length known when compiled: classifying 100,000 tables compares sizes first
    StatusClass statusClass;
    const char *migration;
    const char *sync; ///< nullptr: the migration words
};

constexpr DrsStatus DrsStatuses[] = {
    {QLatin1String("CREATING"), StatusClass::Init, QT_TRANSLATE_NOOP("omsdash", "Creating"), nullptr},
    {QLatin1String("CREATE_FAILED"), StatusClass::Failed, QT_TRANSLATE_NOOP("omsdash", "Creation failed"), nullptr},
    {QLatin1String("CONFIGURATION"), StatusClass::Init, QT_TRANSLATE_NOOP("omsdash", "Configuring"), nullptr},
    {QLatin1String("STARTJOBING"), StatusClass::Init, QT_TRANSLATE_NOOP("omsdash", "Starting"), nullptr},
    {QLatin1String("WAITING_FOR_START"), StatusClass::Init, QT_TRANSLATE_NOOP("omsdash", "Waiting to start"), nullptr},
    {QLatin1String("START_JOB_FAILED"), StatusClass::Failed, QT_TRANSLATE_NOOP("omsdash", "Start failed"), nullptr},
    {QLatin1String("PAUSING"), StatusClass::Suspended, QT_TRANSLATE_NOOP("omsdash", "Paused"), nullptr},
    {QLatin1String("FULL_TRANSFER_STARTED"), StatusClass::Running, QT_TRANSLATE_NOOP("omsdash", "Full migration"),
     QT_TRANSLATE_NOOP("omsdash", "Full synchronization")},
    {QLatin1String("FULL_TRANSFER_FAILED"), StatusClass::Failed, QT_TRANSLATE_NOOP("omsdash", "Full migration failed"),
     QT_TRANSLATE_NOOP("omsdash", "Full synchronization failed")},
    {QLatin1String("FULL_TRANSFER_COMPLETE"), StatusClass::Finished, QT_TRANSLATE_NOOP("omsdash", "Full migration complete"),
     QT_TRANSLATE_NOOP("omsdash", "Full synchronization complete")},
    {QLatin1String("INCRE_TRANSFER_STARTED"), StatusClass::Running, QT_TRANSLATE_NOOP("omsdash", "Incremental migration"),
     QT_TRANSLATE_NOOP("omsdash", "Incremental synchronization")},
    {QLatin1String("INCRE_TRANSFER_FAILED"), StatusClass::Failed, QT_TRANSLATE_NOOP("omsdash", "Incremental migration failed"),
     QT_TRANSLATE_NOOP("omsdash", "Incremental synchronization failed")},
    {QLatin1String("RELEASE_RESOURCE_STARTED"), StatusClass::Released, QT_TRANSLATE_NOOP("omsdash", "Ending"), nullptr},
    {QLatin1String("RELEASE_RESOURCE_FAILED"), StatusClass::Failed, QT_TRANSLATE_NOOP("omsdash", "Ending failed"), nullptr},
    {QLatin1String("RELEASE_RESOURCE_COMPLETE"), StatusClass::Released, QT_TRANSLATE_NOOP("omsdash", "Completed"), nullptr},
    {QLatin1String("REBUILD_NODE_STARTED"), StatusClass::Running, QT_TRANSLATE_NOOP("omsdash", "Rebuilding node"), nullptr},
    {QLatin1String("REBUILD_NODE_FAILED"), StatusClass::Failed, QT_TRANSLATE_NOOP("omsdash", "Node rebuild failed"), nullptr},
    {QLatin1String("CHANGE_JOB_STARTED"), StatusClass::Running, QT_TRANSLATE_NOOP("omsdash", "Changing"), nullptr},
    {QLatin1String("CHANGE_JOB_FAILED"), StatusClass::Failed, QT_TRANSLATE_NOOP("omsdash", "Change failed"), nullptr},
    {QLatin1String("DELETED"), StatusClass::Released, QT_TRANSLATE_NOOP("omsdash", "Deleted"), nullptr},
    {QLatin1String("CHILD_TRANSFER_STARTING"), StatusClass::Running, QT_TRANSLATE_NOOP("omsdash", "Child jobs starting"), nullptr},
    {QLatin1String("CHILD_TRANSFER_STARTED"), StatusClass::Running, QT_TRANSLATE_NOOP("omsdash", "Child jobs running"), nullptr},
    {QLatin1String("CHILD_TRANSFER_COMPLETE"), StatusClass::Finished, QT_TRANSLATE_NOOP("omsdash", "Child jobs complete"), nullptr},
    {QLatin1String("CHILD_TRANSFER_FAILED"), StatusClass::Failed, QT_TRANSLATE_NOOP("omsdash", "Child job failed"), nullptr},
    {QLatin1String("RELEASE_CHILD_TRANSFER_STARTED"), StatusClass::Released, QT_TRANSLATE_NOOP("omsdash", "Ending child jobs"), nullptr},
    {QLatin1String("RELEASE_CHILD_TRANSFER_COMPLETE"), StatusClass::Released, QT_TRANSLATE_NOOP("omsdash", "Child jobs ended"), nullptr},
    {QLatin1String("NODE_UPGRADE_START"), StatusClass::Running, QT_TRANSLATE_NOOP("omsdash", "Upgrading node"), nullptr},
    {QLatin1String("NODE_UPGRADE_COMPLETE"), StatusClass::Running, QT_TRANSLATE_NOOP("omsdash", "Node upgraded"), nullptr},
    {QLatin1String("NODE_UPGRADE_FAILED"), StatusClass::Failed, QT_TRANSLATE_NOOP("omsdash", "Node upgrade failed"), nullptr},
};

// The codes the OMS APIs send, whose console words are their translations. In English the
// source text, the code itself, is what shows.
constexpr const char *OmsStatuses[] = {
    QT_TRANSLATE_NOOP("OmsStatus", "INIT"),       QT_TRANSLATE_NOOP("OmsStatus", "RUNNING"),
    QT_TRANSLATE_NOOP("OmsStatus", "SUSPEND"),    QT_TRANSLATE_NOOP("OmsStatus", "FAILED"),
    QT_TRANSLATE_NOOP("OmsStatus", "FINISHED"),   QT_TRANSLATE_NOOP("OmsStatus", "MONITORING"),
    QT_TRANSLATE_NOOP("OmsStatus", "RELEASING"),  QT_TRANSLATE_NOOP("OmsStatus", "RELEASED"),
    QT_TRANSLATE_NOOP("OmsStatus", "DELETED"),    QT_TRANSLATE_NOOP("OmsStatus", "MODIFYING"),
    QT_TRANSLATE_NOOP("OmsStatus", "INTEGRATING"), QT_TRANSLATE_NOOP("OmsStatus", "ERROR"),
    QT_TRANSLATE_NOOP("OmsStatus", "ACTIVE"),     QT_TRANSLATE_NOOP("OmsStatus", "STOPPED"),
    QT_TRANSLATE_NOOP("OmsStatus", "PAUSED"),     QT_TRANSLATE_NOOP("OmsStatus", "FINISHED_WITH_INCONSISTENCY"),
};
constexpr const char *OmsAlarmLevels[] = {
    QT_TRANSLATE_NOOP("OmsAlarmLevel", "HIGH"), QT_TRANSLATE_NOOP("OmsAlarmLevel", "MEDIUM"),
    QT_TRANSLATE_NOOP("OmsAlarmLevel", "LOW"), QT_TRANSLATE_NOOP("OmsAlarmLevel", "IGNORE"),
};
constexpr const char *OmsSteps[] = {
    QT_TRANSLATE_NOOP("OmsStep", "TRANSFER_PRECHECK"),
    QT_TRANSLATE_NOOP("OmsStep", "STRUCT_TRANSFER"),
    QT_TRANSLATE_NOOP("OmsStep", "TRANSFER_INCR_LOG_PULL"),
    QT_TRANSLATE_NOOP("OmsStep", "FULL_TRANSFER"),
    QT_TRANSLATE_NOOP("OmsStep", "INDEX_TRANSFER"),
    QT_TRANSLATE_NOOP("OmsStep", "INCR_TRANSFER"),
    QT_TRANSLATE_NOOP("OmsStep", "FULL_VERIFIER"),
    QT_TRANSLATE_NOOP("OmsStep", "INCR_VERIFIER"),
    QT_TRANSLATE_NOOP("OmsStep", "TRANSFER_APP_SWITCH"),
    QT_TRANSLATE_NOOP("OmsStep", "REVERSE_INCR_TRANSFER"),
    QT_TRANSLATE_NOOP("OmsStep", "CONNECTOR_FULL_SYNC"),
    QT_TRANSLATE_NOOP("OmsStep", "CONNECTOR_INCR_SYNC"),
    QT_TRANSLATE_NOOP("OmsStep", "struct"),
    QT_TRANSLATE_NOOP("OmsStep", "structure"),
    QT_TRANSLATE_NOOP("OmsStep", "data"),
    QT_TRANSLATE_NOOP("OmsStep", "index"),
    QT_TRANSLATE_NOOP("OmsStep", "incremental"),
};
constexpr const char *OmsProjectTypes[] = {
    QT_TRANSLATE_NOOP("OmsProjectType", "MIGRATION"),
    QT_TRANSLATE_NOOP("OmsProjectType", "SYNC"),
    QT_TRANSLATE_NOOP("OmsProjectType", "VERIFY"),
};

/// @p value translated in @p context when it is one of @p codes; else as sent.
template<std::size_t N>
QString consoleWord(const char *context, const char *const (&codes)[N], const QString &value)
{
    for (const char *code : codes) {
        if (value == QLatin1String(code))
            return QCoreApplication::translate(context, code);
    }
    return value;
}

/// The DRS status @p upper (trimmed, upper case) is, or nullptr.
const DrsStatus *drsStatusOf(const QString &upper)
{
    for (const DrsStatus &d : DrsStatuses) {
        if (upper == d.code)
            return &d;
    }
    return nullptr;
}

const DrsStatus *drsStatus(const QString &status)
{
    return drsStatusOf(status.trimmed().toUpper());
}

} // namespace

bool isDrsStatus(const QString &status)
{
    return drsStatus(status) != nullptr;
}

QString statusText(const QString &status, const QString &projectType)
{
    const DrsStatus *d = drsStatus(status);
    if (!d)
        return consoleWord("OmsStatus", OmsStatuses, status);
    const bool sync = projectType.compare(QLatin1String("SYNC"), Qt::CaseInsensitive) == 0;
    return QCoreApplication::translate("omsdash", sync && d->sync ? d->sync : d->migration);
}

QString alarmLevelText(const QString &alarmLevel)
{
    return consoleWord("OmsAlarmLevel", OmsAlarmLevels, alarmLevel);
}

QString stepText(const QString &stepName)
{
    return consoleWord("OmsStep", OmsSteps, stepName);
}

QString projectTypeText(const QString &type)
{
    return consoleWord("OmsProjectType", OmsProjectTypes, type);
}

StatusClass classifyStatus(const QString &status)
{
    const QString s = status.trimmed().toUpper();
    if (s.isEmpty())
        return StatusClass::Unknown;
    if (const DrsStatus *d = drsStatusOf(s))
        return d->statusClass;
    if (s == QLatin1String("INIT") || s == QLatin1String("CREATING")
        || s == QLatin1String("CONFIGURATION") || s == QLatin1String("WAITING_FOR_START")
        || s == QLatin1String("STARTJOBING"))
        return StatusClass::Init;
    if (s.contains(QLatin1String("FAIL")) || s == QLatin1String("ERROR")
        || s == QLatin1String("EXCEPTION") || s == QLatin1String("UNEXPECTED_EXIT")) // OMS components
        return StatusClass::Failed;
    if (s == QLatin1String("ACTIVE")) // an OMS Store
        return StatusClass::Running;
    if (s == QLatin1String("STOP") || s == QLatin1String("STOPPED") || s == QLatin1String("SHUTDOWNED"))
        return StatusClass::Suspended;
    if (s == QLatin1String("DONE"))
        return StatusClass::Finished;
    if (s == QLatin1String("MONITORING"))
        return StatusClass::Monitoring;
    if (s == QLatin1String("SUSPEND") || s == QLatin1String("PAUSING")
        || s == QLatin1String("PAUSED"))
        return StatusClass::Suspended;
    if (s == QLatin1String("FINISHED") || s == QLatin1String("COMPLETED")
        || s == QLatin1String("FULL_TRANSFER_COMPLETE")
        || s == QLatin1String("CHILD_TRANSFER_COMPLETE"))
        return StatusClass::Finished;
    if (s.startsWith(QLatin1String("RELEAS")) || s == QLatin1String("DELETED"))
        return StatusClass::Released;
    if (s.startsWith(QLatin1String("RUNNING")) || s.endsWith(QLatin1String("_STARTED"))
        || s.endsWith(QLatin1String("_STARTING")) || s == QLatin1String("TRANSFERING"))
        return StatusClass::Running;
    return StatusClass::Unknown;
}

int alarmLevelRank(const QString &alarmLevel)
{
    const QString a = alarmLevel.trimmed().toUpper();
    if (a == QLatin1String("HIGH"))
        return 3;
    if (a == QLatin1String("MEDIUM"))
        return 2;
    if (a == QLatin1String("LOW"))
        return 1;
    if (a == QLatin1String("IGNORE"))
        return 0;
    return -1;
}

int statusClassRank(StatusClass statusClass)
{
    switch (statusClass) {
    case StatusClass::Failed:
        return 4;
    case StatusClass::Suspended:
    case StatusClass::Unknown:
        return 3;
    case StatusClass::Running:
    case StatusClass::Monitoring:
        return 2;
    case StatusClass::Init:
        return 1;
    case StatusClass::Finished:
    case StatusClass::Released:
        break;
    }
    return 0;
}

WorstFirstKey worstFirstKey(const ProjectSummary &p)
{
    return {statusClassRank(classifyStatus(p.status)), alarmLevelRank(p.alarmLevel), p.latencySeconds,
            p.name.isEmpty() ? p.id : p.name, p.id};
}

bool worseFirst(const WorstFirstKey &a, const WorstFirstKey &b)
{
    if (a.statusRank != b.statusRank)
        return a.statusRank > b.statusRank;
    if (a.alarmRank != b.alarmRank)
        return a.alarmRank > b.alarmRank;
    if (a.latency.has_value() != b.latency.has_value())
        return a.latency.has_value();
    if (a.latency && *a.latency != *b.latency)
        return *a.latency > *b.latency;
    if (const int byName = QString::localeAwareCompare(a.name.toCaseFolded(), b.name.toCaseFolded()); byName != 0)
        return byName < 0;
    return a.id < b.id;
}

ProjectSummary withDetail(ProjectSummary row, const ProjectDetail &d)
{
    const ProjectProgress &p = d.progress;
    if (!p.status.isEmpty())
        row.status = p.status;
    if (!p.alarmLevel.isEmpty())
        row.alarmLevel = p.alarmLevel;
    if (const QString step = currentStepOf(d); !step.isEmpty())
        row.currentStep = step;
    if (p.structProgress)
        row.structProgress = p.structProgress;
    if (p.fullProgress)
        row.fullProgress = p.fullProgress;
    if (!d.steps.isEmpty())
        row.steps = d.steps;
    const IncrementalLatency lat =
        latencyForDetail(d, d.receivedTime.isValid() ? d.receivedTime : QDateTime::currentDateTimeUtc());
    if (lat.seconds && (!row.latencySampleTime.isValid() || lat.sampleTime >= row.latencySampleTime)) {
        row.latencySeconds = lat.seconds;
        row.latencySampleTime = lat.sampleTime;
    }
    return row;
}

bool worseFirst(const ProjectSummary &a, const ProjectSummary &b)
{
    return worseFirst(worstFirstKey(a), worstFirstKey(b));
}

bool stepIsKind(const QString &name, StepKind kind)
{
    const QString n = name.toUpper();
    switch (kind) {
    case StepKind::Schema:
        return n == QLatin1String("STRUCT_TRANSFER") || n == QLatin1String("STRUCT_MIGRATION")
            || n == QLatin1String("STRUCT_SYNC") || n == QLatin1String("STRUCT") // DRS progress_map
            || n == QLatin1String("STRUCTURE");
    case StepKind::Full:
        return n == QLatin1String("FULL_TRANSFER") || n == QLatin1String("FULL_MIGRATION")
            || n == QLatin1String("CONNECTOR_FULL_SYNC") || n == QLatin1String("DATA"); // DRS progress_map
    case StepKind::Verify:
        return n == QLatin1String("FULL_VERIFIER") || n == QLatin1String("FULL_VALIDATION");
    case StepKind::Incremental:
        return n == QLatin1String("INCR_TRANSFER") || n == QLatin1String("INCR_SYNC")
            || n == QLatin1String("CONNECTOR_INCR_SYNC") || n == QLatin1String("INCREMENTAL"); // DRS, ours
    }
    return false;
}

std::optional<int> stageProgress(const QList<Step> &steps, StepKind kind, std::optional<int> field)
{
    const std::optional<int> step = stepProgress(steps, kind);
    return step ? step : field;
}

std::optional<int> rowStructProgress(const ProjectSummary &row)
{
    return stageProgress(row.steps, StepKind::Schema, row.structProgress);
}

std::optional<int> rowFullProgress(const ProjectSummary &row)
{
    return stageProgress(row.steps, StepKind::Full, row.fullProgress);
}

QString rowCurrentStep(const ProjectSummary &row)
{
    return row.currentStep.isEmpty() ? currentStepName(row.steps) : row.currentStep;
}

std::optional<int> rowCurrentStepProgress(const ProjectSummary &row)
{
    const QString step = rowCurrentStep(row);
    if (stepIsKind(step, StepKind::Schema))
        return rowStructProgress(row);
    if (stepIsKind(step, StepKind::Full))
        return rowFullProgress(row);
    if (stepIsKind(step, StepKind::Verify))
        return stepProgress(row.steps, StepKind::Verify);
    const auto own = std::find_if(row.steps.cbegin(), row.steps.cend(), [&step](const Step &s) { return s.name == step; });
    if (own != row.steps.cend() && own->progress)
        return own->progress;
    const std::optional<int> full = rowFullProgress(row);
    return full ? full : rowStructProgress(row);
}

QString currentStepOf(const ProjectDetail &detail)
{
    return detail.progress.currentStep.isEmpty() ? currentStepName(detail.steps) : detail.progress.currentStep;
}

QString currentStepName(const QList<Step> &steps)
{
    QString running;
    QString finished;
    for (const Step &s : steps) {
        switch (classifyStatus(s.status)) {
        case StatusClass::Failed:
            return s.name;
        case StatusClass::Running:
        case StatusClass::Monitoring:
        case StatusClass::Suspended:
            running = s.name;
            break;
        case StatusClass::Finished:
            finished = s.name;
            break;
        default:
            break;
        }
    }
    return running.isEmpty() ? finished : running;
}

const Step *findStep(const QList<Step> &steps, StepKind kind)
{
    const auto it = std::find_if(steps.cbegin(), steps.cend(),
                                 [kind](const Step &s) { return stepIsKind(s.name, kind); });
    return it == steps.cend() ? nullptr : &*it;
}

QList<StepStart> stepStarts(const QList<Step> &steps)
{
    QList<std::pair<int, StepStart>> started;
    for (const Step &s : steps) {
        if (s.startTime.isValid())
            started.append({s.order, {s.startTime.toMSecsSinceEpoch(), s.name}});
    }
    std::stable_sort(started.begin(), started.end(), [](const auto &a, const auto &b) {
        return a.second.timeMs != b.second.timeMs ? a.second.timeMs < b.second.timeMs : a.first < b.first;
    });
    QList<StepStart> out;
    out.reserve(started.size());
    for (const auto &[order, start] : std::as_const(started))
        out.append(start);
    return out;
}

std::optional<int> stepProgress(const QList<Step> &steps, StepKind kind)
{
    const Step *s = findStep(steps, kind);
    return s ? s->progress : std::nullopt;
}

IncrementalLatency latencyFromSteps(const QList<Step> &steps)
{
    IncrementalLatency lat;
    const Step *s = findStep(steps, StepKind::Incremental);
    if (!s || !s->info.incrTimestampCheckpoint || !s->info.checkpointSampleTimestamp)
        return lat;
    // Only a live incremental step has a lag; a finished one has none to speak of.
    const StatusClass c = classifyStatus(s->status);
    if (c != StatusClass::Running && c != StatusClass::Monitoring && c != StatusClass::Suspended
        && c != StatusClass::Failed)
        return lat;
    lat.seconds = std::max<double>(
        0.0, double(*s->info.checkpointSampleTimestamp) - double(*s->info.incrTimestampCheckpoint)); // no qint64 overflow
    lat.sampleTime = QDateTime::fromSecsSinceEpoch(*s->info.checkpointSampleTimestamp, Qt::UTC);
    lat.source = IncrementalLatency::Source::ServerSample;
    return lat;
}

IncrementalLatency latencyForDetail(const ProjectDetail &detail, const QDateTime &now)
{
    IncrementalLatency lat = latencyFromSteps(detail.steps);
    if (lat.seconds)
        return lat;
    if (detail.reportedLatencySeconds) {
        lat.seconds = detail.reportedLatencySeconds;
        lat.sampleTime = detail.receivedTime.isValid() ? detail.receivedTime : now;
        lat.source = IncrementalLatency::Source::Reported;
        return lat;
    }
    const ProjectProgress &p = detail.progress;
    const Step *incr = findStep(detail.steps, StepKind::Incremental);
    const bool incrementalActive = stepIsKind(p.currentStep, StepKind::Incremental)
        || (incr
            && (classifyStatus(incr->status) == StatusClass::Running
                || classifyStatus(incr->status) == StatusClass::Monitoring));
    if (p.incrSyncCheckpoint && incrementalActive) {
        lat.seconds = std::max<double>(0.0, double(now.toSecsSinceEpoch()) - double(*p.incrSyncCheckpoint));
        lat.sampleTime = now;
        lat.source = IncrementalLatency::Source::DesktopClock;
    }
    return lat;
}

IncrementalLatency freshestLatency(const ProjectSummary &row, const ProjectDetail &detail, const QDateTime &now)
{
    IncrementalLatency lat;
    if (detail.projectId == row.id && !detail.projectId.isEmpty())
        lat = latencyForDetail(detail, detail.receivedTime.isValid() ? detail.receivedTime : now);
    if (row.latencySeconds && row.latencySampleTime.isValid() && (!lat.seconds || row.latencySampleTime > lat.sampleTime)) {
        lat.seconds = row.latencySeconds;
        lat.sampleTime = row.latencySampleTime;
        if (lat.source == IncrementalLatency::Source::None)
            lat.source = IncrementalLatency::Source::Reported;
    }
    return lat;
}

std::optional<qint64> clockSkewSeconds(const ProjectDetail &detail)
{
    if (!detail.serverDate.isValid() || !detail.receivedTime.isValid())
        return std::nullopt;
    return detail.receivedTime.secsTo(detail.serverDate);
}

QString historyMetricName(const StepMetricSeries &series)
{
    const QString type = series.metricType.toUpper();
    QString label = series.name;
    for (auto it = series.tags.cbegin(); it != series.tags.cend(); ++it)
        label += QLatin1Char(' ') + it.key() + QLatin1Char(' ') + it.value();
    label = label.toUpper();
    const bool source = label.contains(QLatin1String("SOURCE")) || label.contains(QLatin1String("SRC"))
        || label.contains(QLatin1String("READ"));
    const QString side = source ? QStringLiteral("src") : QStringLiteral("dst");
    if (type == QLatin1String("RPS"))
        return side + QStringLiteral("Rps");
    if (type == QLatin1String("IOPS"))
        return side + QStringLiteral("Iops");
    static const std::pair<const char *, const char *> fixed[] = {
        {"DELAY", "latency"},
        {"SOURCE_READ_TIME", "srcRt"},
        {"SINK_EXECUTE_TIME", "dstRt"},
        {"SOURCE_SLICE_TIME", "sourceSliceTime"},
        {"SINK_COMMIT_TIME", "sinkCommitTime"},
        {"FULL_VERIFY_SOURCE_RPS", "srcRps"},
        {"FULL_VERIFY_DEST_RPS", "dstRps"},
        {"FULL_VERIFY_SOURCE_READ_IOPS", "srcIops"},
        {"FULL_VERIFY_DEST_READ_IOPS", "dstIops"},
    };
    for (const auto &[apiName, ours] : fixed) {
        if (type == QLatin1String(apiName))
            return QString::fromLatin1(ours);
    }
    return {};
}

bool isInconsistent(const TableProgress &t)
{
    return t.resultType.compare(QLatin1String("INCONSISTENT"), Qt::CaseInsensitive) == 0
        || t.mismatchedCount.value_or(0) > 0 || t.sourceOnlyCount.value_or(0) > 0 || t.destOnlyCount.value_or(0) > 0;
}

TableCounts tableCounts(const QList<TableProgress> &tables)
{
    return tableCounts(tables.cbegin(), tables.cend());
}

TableCounts tableCounts(QList<TableProgress>::const_iterator first, QList<TableProgress>::const_iterator last)
{
    TableCounts c;
    for (; first != last; ++first)
        countTable(c, *first);
    return c;
}

void countTable(TableCounts &counts, const TableProgress &t, int sign)
{
    counts.total += sign;
    if (t.progress && *t.progress >= 100.0)
        counts.finished += sign;
    if (classifyStatus(t.status) == StatusClass::Failed)
        counts.failed += sign;
    if (isInconsistent(t))
        counts.inconsistent += sign;
}

} // namespace omsdash
