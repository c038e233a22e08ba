// SPDX-License-Identifier: MIT
#pragma once

#include "alertsettings.h"
#include "derived.h"
#include "types.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>
#include <utility>

namespace omsdash {

/// What an alert is about.
enum class AlertRule {
    ProjectFailed, ///< the project status is FAILED (or a DRS failure state)
    StepFailed,    ///< a step is FAILED; the alert carries its error code and message
    Suspended,     ///< a project went from running to SUSPEND
    Latency,       ///< incremental latency over the protection level's threshold
    Interruption,  ///< schema or full migration without progress, or SUSPEND/FAILED, too long
    Vanished,      ///< a running project is gone from the instance's list
    InstanceDown,  ///< the instance failed instanceDownPolls polls in a row
    RpsBelowBaseline, ///< full migration or verification writes under rpsShare of its baseline (dstRpsRef)
    RtAboveBaseline,  ///< ... or takes over rtFactor times its baseline RT (dstRtRef) per record
    VerificationInconsistent, ///< full verification found inconsistent tables (isInconsistent())
    ServerAlarm,      ///< the OMS server's own monitoring alarms (ListProjects alarmStats.alarming)
};
/// "projectFailed", "stepFailed", ...: the rule's name in files, logs and webhooks.
QString alertRuleName(AlertRule rule);
/// The rule named @p name by alertRuleName(); nullopt for a name this omsdash does not know.
std::optional<AlertRule> alertRuleFromName(const QString &name);
/// "Project failed", "Incremental latency", ...: the rule for a person (translated).
QString alertRuleTitle(AlertRule rule);

/// One alert: a rule's condition on one project (or instance), with its life cycle.
struct Alert
{
    enum class State { Pending, Firing, Resolved };

    QString key;         ///< instance, project, rule and step: one alert per condition
    QString instance;    ///< instance display name
    QString projectId;   ///< empty for InstanceDown
    QString projectName;
    QString step;        ///< StepFailed: the step's name
    AlertRule rule = AlertRule::ProjectFailed;
    QString severity;    ///< the project's alarm level: HIGH, MEDIUM or LOW (HIGH for InstanceDown)
    State state = State::Pending;
    qint64 startsMs = 0;   ///< UTC ms the condition was first seen
    qint64 firingMs = 0;   ///< UTC ms it fired; 0 while pending
    qint64 resolvedMs = 0; ///< UTC ms it cleared; 0 while not
    qint64 notifiedMs = 0; ///< UTC ms of the last notification (raise or repeat)
    std::optional<double> value;     ///< Latency: s; Interruption: s stalled; InstanceDown: failed polls;
                                     ///< VerificationInconsistent: inconsistent tables
    std::optional<double> threshold; ///< in the value's unit
    QString message;     ///< one line for a person, e.g. "step FULL_TRANSFER FAILED: CODE message"
    bool acknowledged = false;       ///< no repeats until it resolves
    /// Said by a firing ProjectFailed of the same project (whose message carries the failed
    /// step's error): a StepFailed, ServerAlarm or Interruption alert is logged, not notified.
    bool inhibited = false;
};

/// What the engine tells its notifiers and its log.
struct AlertEvent
{
    enum class Kind { Raised, Repeated, Resolved };
    Kind kind = Kind::Raised;
    Alert alert;
    bool silenced = false; ///< a silence matches: log it, notify no one
};

/// "raised", "repeated" or "resolved": the event in logs and watch's lines.
QString alertEventKindName(AlertEvent::Kind kind);

/// Mutes notifications of matching alerts until untilMs (UTC ms). Empty fields match anything.
struct AlertSilence
{
    QString instance;
    QString projectId;
    std::optional<AlertRule> rule;
    qint64 untilMs = 0;

    bool matches(const Alert &alert, qint64 nowMs) const;
};

/// The alert rules over what the pollers deliver, with time given by the caller (UTC ms), so
/// every rule can be driven in a test. Feed it each instance's project-list polls and failures;
/// call tick() as time passes for repeats. Each alert goes pending → firing → resolved; a
/// project at IGNORE never alerts; a project that leaves the list takes its alerts with it
/// (a running one raises Vanished).
class AlertEngine
{
public:
    explicit AlertEngine(AlertSettings settings = {}) : m_settings(std::move(settings)) {}

    const AlertSettings &settings() const { return m_settings; }
    void setSettings(const AlertSettings &settings) { m_settings = settings; }

    /// A successful project-list poll of @p instance at @p nowMs.
    QList<AlertEvent> observeProjects(const QString &instance, const QList<ProjectSummary> &projects, qint64 nowMs);
    /// Full verification's per-table results of @p projectId (ListProjectFullVerifyResult or
    /// DRS progress-data) at @p nowMs: VerificationInconsistent fires while any table is
    /// inconsistent. Ignored for a project not in the instance's last list; the alert stays
    /// through list polls and resolves with tables all consistent, or the project gone.
    QList<AlertEvent> observeTables(const QString &instance, const QString &projectId,
                                    const QList<TableProgress> &tables, qint64 nowMs);
    /// A failed project-list poll of @p instance (unreachable, refused, ...) at @p nowMs.
    QList<AlertEvent> observeFailure(const QString &instance, const ApiError &error, qint64 nowMs);
    /// @p instance is no longer watched: its alerts resolve (firing ones with an event) and
    /// what was seen of it is forgotten.
    QList<AlertEvent> forgetInstance(const QString &instance, qint64 nowMs);
    /// Repeats of firing, unacknowledged alerts whose alert frequency has come round by @p nowMs.
    QList<AlertEvent> tick(qint64 nowMs);

    /// Stops the repeats of the firing alert @p key until it resolves; false when there is none.
    bool acknowledge(const QString &key);
    /// Takes @p firing (from the alert log of an earlier run) as already firing and notified:
    /// a condition that still holds is not raised again, one that no longer does resolves at
    /// its instance's first poll, and repeats continue from their last notification.
    void restore(const QList<Alert> &firing);
    void addSilence(const AlertSilence &silence) { m_silences << silence; }
    /// The silences not yet expired at the last tick().
    const QList<AlertSilence> &silences() const { return m_silences; }

    /// Pending and firing alerts, in no particular order.
    QList<Alert> active() const { return m_alerts.values(); }
    const Alert *find(const QString &key) const;

private:
    struct ProjectTrack
    {
        StatusClass status = StatusClass::Unknown;
        std::pair<std::optional<int>, std::optional<int>> progress; ///< schema, full
        qint64 progressSinceMs = 0; ///< last change of progress (or of status class)
        qint64 statusSinceMs = 0;   ///< since when in this status class
        bool suspendedFromRunning = false;
    };
    /// Brings the alert @p facts.key to @p active at @p nowMs, after @p pendingMs pending.
    void update(const Alert &facts, bool active, qint64 pendingMs, qint64 nowMs, QList<AlertEvent> &events);
    void resolve(const QString &key, qint64 nowMs, QList<AlertEvent> &events);
    AlertEvent event(AlertEvent::Kind kind, const Alert &alert, qint64 nowMs) const;
    qint64 repeatMs(const Alert &alert) const;
    /// Marks the events of alerts a firing ProjectFailed of their project says already
    /// (Alert::inhibited) as silenced: one failure, one notification.
    void inhibit(QList<AlertEvent> &events);

    AlertSettings m_settings;
    QHash<QString, Alert> m_alerts;                 ///< pending and firing, by key
    QHash<QString, ProjectTrack> m_tracks;          ///< instance/project -> what was seen
    QHash<QString, QList<ProjectSummary>> m_lastLists; ///< instance -> its last list
    QHash<QString, int> m_failures;                 ///< instance -> failed polls in a row
    QList<AlertSilence> m_silences;
};

} // namespace omsdash

Q_DECLARE_METATYPE(omsdash::Alert)
Q_DECLARE_METATYPE(omsdash::AlertEvent)
