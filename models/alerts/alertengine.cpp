// SPDX-License-Identifier: MIT
#include "alertengine.h"

#include "format.h"

#include <QCoreApplication>
#include <QSet>

namespace omsdash {

namespace {
QString tr(const char *s, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("omsdash::AlertEngine", s, comment, n);
}

QString keyOf(const QString &instance, const QString &projectId, AlertRule rule, const QString &step = {})
{
    return QStringList{instance, projectId, alertRuleName(rule), step}.join(QChar(0x1f));
}

/// The identity of an alert about @p rule on @p project of @p instance (or the instance).
Alert alertAbout(const QString &instance, const ProjectSummary *project, AlertRule rule, const QString &severity)
{
    Alert a;
    a.instance = instance;
    if (project) {
        a.projectId = project->id;
        a.projectName = project->name.isEmpty() ? project->id : project->name;
    }
    a.rule = rule;
    a.severity = severity;
    a.key = keyOf(instance, a.projectId, rule);
    return a;
}

bool running(StatusClass c)
{
    return c == StatusClass::Running || c == StatusClass::Monitoring;
}

QString severityOf(const QString &alarmLevel)
{
    switch (alarmLevelRank(alarmLevel)) {
    case 3:
        return QStringLiteral("HIGH");
    case 2:
        return QStringLiteral("MEDIUM");
    default:
        return QStringLiteral("LOW");
    }
}

} // namespace

namespace {
/// Every rule with its name in files, logs and webhooks: the one list to extend.
constexpr std::pair<AlertRule, const char *> RuleNames[] = {
    {AlertRule::ProjectFailed, "projectFailed"},     {AlertRule::StepFailed, "stepFailed"},
    {AlertRule::Suspended, "suspended"},             {AlertRule::Latency, "latency"},
    {AlertRule::Interruption, "interruption"},       {AlertRule::Vanished, "vanished"},
    {AlertRule::InstanceDown, "instanceDown"},       {AlertRule::RpsBelowBaseline, "rpsBelowBaseline"},
    {AlertRule::RtAboveBaseline, "rtAboveBaseline"}, {AlertRule::VerificationInconsistent, "verificationInconsistent"},
    {AlertRule::ServerAlarm, "serverAlarm"},
};
} // namespace

QString alertRuleName(AlertRule rule)
{
    for (const auto &[r, name] : RuleNames) {
        if (r == rule)
            return QLatin1String(name);
    }
    return {};
}

std::optional<AlertRule> alertRuleFromName(const QString &name)
{
    for (const auto &[r, n] : RuleNames) {
        if (name == QLatin1String(n))
            return r;
    }
    return std::nullopt;
}

QString alertEventKindName(AlertEvent::Kind kind)
{
    switch (kind) {
    case AlertEvent::Kind::Raised:
        return QStringLiteral("raised");
    case AlertEvent::Kind::Repeated:
        return QStringLiteral("repeated");
    case AlertEvent::Kind::Resolved:
        return QStringLiteral("resolved");
    }
    return {};
}

QString alertRuleTitle(AlertRule rule)
{
    switch (rule) {
    case AlertRule::ProjectFailed:
        return QCoreApplication::translate("omsdash::AlertEngine", "Project failed");
    case AlertRule::StepFailed:
        return QCoreApplication::translate("omsdash::AlertEngine", "Step failed");
    case AlertRule::Suspended:
        return QCoreApplication::translate("omsdash::AlertEngine", "Project suspended");
    case AlertRule::Latency:
        return QCoreApplication::translate("omsdash::AlertEngine", "Incremental latency");
    case AlertRule::Interruption:
        return QCoreApplication::translate("omsdash::AlertEngine", "No progress");
    case AlertRule::Vanished:
        return QCoreApplication::translate("omsdash::AlertEngine", "Project gone from the list");
    case AlertRule::InstanceDown:
        return QCoreApplication::translate("omsdash::AlertEngine", "Instance down");
    case AlertRule::RpsBelowBaseline:
        return QCoreApplication::translate("omsdash::AlertEngine", "RPS below baseline");
    case AlertRule::RtAboveBaseline:
        return QCoreApplication::translate("omsdash::AlertEngine", "RT above baseline");
    case AlertRule::VerificationInconsistent:
        return QCoreApplication::translate("omsdash::AlertEngine", "Inconsistent tables");
    case AlertRule::ServerAlarm:
        return QCoreApplication::translate("omsdash::AlertEngine", "OMS alarm");
    }
    return {};
}

bool AlertSilence::matches(const Alert &alert, qint64 nowMs) const
{
    return nowMs < untilMs && (instance.isEmpty() || instance == alert.instance)
        && (projectId.isEmpty() || projectId == alert.projectId) && (!rule || *rule == alert.rule);
}

const Alert *AlertEngine::find(const QString &key) const
{
    const auto it = m_alerts.constFind(key);
    return it == m_alerts.cend() ? nullptr : &*it;
}

AlertEvent AlertEngine::event(AlertEvent::Kind kind, const Alert &alert, qint64 nowMs) const
{
    const bool silenced = std::any_of(m_silences.cbegin(), m_silences.cend(),
                                      [&](const AlertSilence &s) { return s.matches(alert, nowMs); });
    return {kind, alert, silenced};
}

qint64 AlertEngine::repeatMs(const Alert &alert) const
{
    const auto level = m_settings.effective(alert.instance, alert.projectId, alert.severity);
    return level ? level->repeatMs : m_settings.high.repeatMs;
}

void AlertEngine::update(const Alert &facts, bool active, qint64 pendingMs, qint64 nowMs, QList<AlertEvent> &events)
{
    const auto it = m_alerts.find(facts.key);
    if (!active) {
        if (it != m_alerts.end())
            resolve(facts.key, nowMs, events);
        return;
    }
    Alert &a = it != m_alerts.end() ? *it : *m_alerts.insert(facts.key, facts);
    if (it == m_alerts.end())
        a.startsMs = nowMs;
    // The facts of now; the life cycle stays.
    a.value = facts.value;
    a.threshold = facts.threshold;
    a.message = facts.message;
    a.severity = facts.severity;
    a.projectName = facts.projectName;
    if (a.state == Alert::State::Pending && nowMs - a.startsMs >= pendingMs) {
        a.state = Alert::State::Firing;
        a.firingMs = nowMs;
        a.notifiedMs = nowMs;
        events << event(AlertEvent::Kind::Raised, a, nowMs);
    }
}

void AlertEngine::resolve(const QString &key, qint64 nowMs, QList<AlertEvent> &events)
{
    Alert a = m_alerts.take(key);
    if (a.state != Alert::State::Firing)
        return; // a pending condition that went away never was an alert
    a.state = Alert::State::Resolved;
    a.resolvedMs = nowMs;
    events << event(AlertEvent::Kind::Resolved, a, nowMs);
}

QList<AlertEvent> AlertEngine::observeProjects(const QString &instance, const QList<ProjectSummary> &projects,
                                               qint64 nowMs)
{
    QList<AlertEvent> events;
    m_failures.remove(instance);
    update(alertAbout(instance, nullptr, AlertRule::InstanceDown, QStringLiteral("HIGH")), false, 0, nowMs, events);

    QSet<QString> seen;   // alert keys still backed by a listed project
    QSet<QString> listed; // project ids
    for (const ProjectSummary &p : projects) {
        if (p.duplicate > 0)
            continue;
        listed.insert(p.id);
        const QString trackKey = instance + QChar(0x1f) + p.id;
        const bool known = m_tracks.contains(trackKey);
        ProjectTrack &t = m_tracks[trackKey];
        const StatusClass cls = classifyStatus(p.status);
        const std::pair<std::optional<int>, std::optional<int>> progress{p.structProgress, p.fullProgress};
        if (!known) {
            t.progressSinceMs = t.statusSinceMs = nowMs;
        } else {
            if (cls != t.status) {
                t.suspendedFromRunning = cls == StatusClass::Suspended && running(t.status);
                t.statusSinceMs = t.progressSinceMs = nowMs;
            }
            if (progress != t.progress)
                t.progressSinceMs = nowMs;
        }
        t.status = cls;
        t.progress = progress;

        // The project's protection level, with the overrides for it.
        const std::optional<ProtectionLevelSettings> effective = m_settings.effective(instance, p.id, p.alarmLevel);
        const ProtectionLevelSettings *level = effective ? &*effective : nullptr;
        Alert facts = alertAbout(instance, &p, AlertRule::ProjectFailed, severityOf(p.alarmLevel));
        auto check = [&](AlertRule rule, bool active, qint64 pendingMs, const QString &step = {}) {
            facts.rule = rule;
            facts.step = step;
            facts.key = keyOf(instance, p.id, rule, step);
            update(facts, active && level && m_settings.ruleEnabled(instance, p.id, alertRuleName(rule)), pendingMs,
                   nowMs, events);
            if (m_alerts.contains(facts.key))
                seen.insert(facts.key);
            facts.value.reset();
            facts.threshold.reset();
        };

        facts.message = tr("project %1 is FAILED").arg(facts.projectName);
        for (const Step &s : p.steps) { // the first failed step says why
            if (classifyStatus(s.status) != StatusClass::Failed)
                continue;
            facts.message += QStringLiteral(": ") + tr("step %1").arg(s.name);
            if (!s.errorCode.isEmpty() || !s.errorMessage.isEmpty())
                facts.message += QStringLiteral(" ") + QStringList{s.errorCode, s.errorMessage}.join(QLatin1Char(' ')).trimmed();
            break;
        }
        check(AlertRule::ProjectFailed, cls == StatusClass::Failed, 0);

        for (const Step &s : p.steps) {
            if (classifyStatus(s.status) != StatusClass::Failed)
                continue;
            facts.message = tr("step %1 FAILED").arg(s.name);
            if (!s.errorCode.isEmpty() || !s.errorMessage.isEmpty())
                facts.message += QStringLiteral(": ") + QStringList{s.errorCode, s.errorMessage}.join(QLatin1Char(' ')).trimmed();
            check(AlertRule::StepFailed, true, 0, s.name);
        }

        facts.message = tr("project %1 went from running to SUSPEND").arg(facts.projectName);
        check(AlertRule::Suspended, cls == StatusClass::Suspended && t.suspendedFromRunning, 0);

        // Latency, with hysteresis: once firing it clears only below clearShare of the threshold.
        bool lagging = false;
        if (level && p.latencySeconds && running(cls)) {
            const double threshold = double(level->latencyMs) / 1000.0;
            const Alert *current = find(keyOf(instance, p.id, AlertRule::Latency));
            const bool firing = current && current->state == Alert::State::Firing;
            lagging = firing ? *p.latencySeconds >= threshold * m_settings.clearShare : *p.latencySeconds > threshold;
            facts.value = *p.latencySeconds;
            facts.threshold = threshold;
            // While it clears (hysteresis) the latency may be under the threshold: say both, not "over".
            facts.message = tr("incremental latency %1; the %2 threshold is %3")
                                .arg(fmt::duration(*p.latencySeconds), facts.severity,
                                     fmt::duration(double(level->latencyMs) / 1000.0));
        }
        check(AlertRule::Latency, lagging, m_settings.latencyPendingMs);

        // Interruption: stuck in SUSPEND or FAILED, or schema or full migration making no progress.
        qint64 stalledMs = 0;
        if (cls == StatusClass::Suspended || cls == StatusClass::Failed)
            stalledMs = nowMs - t.statusSinceMs;
        else if (cls == StatusClass::Running
                 && (stepIsKind(p.currentStep, StepKind::Schema) || stepIsKind(p.currentStep, StepKind::Full)))
            stalledMs = nowMs - t.progressSinceMs;
        const bool interrupted = level && stalledMs >= level->interruptionMs;
        if (interrupted) {
            facts.value = double(stalledMs) / 1000.0;
            facts.threshold = double(level->interruptionMs) / 1000.0;
        }
        facts.message = tr("project %1 has made no progress for %2 (%3)")
                            .arg(facts.projectName, fmt::duration(double(stalledMs) / 1000.0), p.status);
        check(AlertRule::Interruption, interrupted, 0);
        // Rates against their baselines, from the running full migration or verification step's
        // stepInfo (ListProjects carries it): pending for ratePendingMs, so a dip is no incident.
        const Step *rated = nullptr;
        for (const Step &s : p.steps) {
            if ((stepIsKind(s.name, StepKind::Full) || stepIsKind(s.name, StepKind::Verify))
                && classifyStatus(s.status) == StatusClass::Running && cls == StatusClass::Running)
                rated = &s;
        }
        const StepMetrics none;
        const StepMetrics &m = rated ? rated->info : none;
        const bool slow = m.dstRps && m.dstRpsRef && *m.dstRpsRef > 0 && *m.dstRps < *m.dstRpsRef * m_settings.rpsShare;
        if (slow) {
            facts.value = *m.dstRps;
            facts.threshold = *m.dstRpsRef * m_settings.rpsShare;
            facts.message = tr("%1 writes %2 records/s, under %3 % of its baseline of %4 records/s")
                                .arg(rated->name, QString::number(*m.dstRps, 'f', 0))
                                .arg(qRound(m_settings.rpsShare * 100))
                                .arg(QString::number(*m.dstRpsRef, 'f', 0));
        }
        check(AlertRule::RpsBelowBaseline, slow, m_settings.ratePendingMs);
        const bool sluggish = m.dstRt && m.dstRtRef && *m.dstRtRef > 0 && *m.dstRt > *m.dstRtRef * m_settings.rtFactor;
        if (sluggish) {
            facts.value = *m.dstRt;
            facts.threshold = *m.dstRtRef * m_settings.rtFactor;
            facts.message = tr("%1 takes %2 ms per record, over %3 × its baseline of %4 ms")
                                .arg(rated->name, QString::number(*m.dstRt, 'g', 3))
                                .arg(m_settings.rtFactor)
                                .arg(QString::number(*m.dstRtRef, 'g', 3));
        }
        check(AlertRule::RtAboveBaseline, sluggish, m_settings.ratePendingMs);
        facts.message = p.serverAlarmContent.isEmpty()
            ? tr("OMS reports an alarm on project %1").arg(facts.projectName)
            : tr("OMS reports an alarm on project %1: %2").arg(facts.projectName, p.serverAlarmContent);
        check(AlertRule::ServerAlarm, p.serverAlarming.value_or(false), 0);
        // A Vanished alert of a project that is back resolves.
        check(AlertRule::Vanished, false, 0);
        // Inconsistent tables come from observeTables(): they stay while the project is listed.
        const QString tablesKey = keyOf(instance, p.id, AlertRule::VerificationInconsistent);
        if (level && m_alerts.contains(tablesKey))
            seen.insert(tablesKey);
    }

    // Projects gone from the list: their alerts resolve; a running one raises Vanished.
    for (const ProjectSummary &p : m_lastLists.value(instance)) {
        if (p.duplicate > 0 || listed.contains(p.id))
            continue;
        m_tracks.remove(instance + QChar(0x1f) + p.id);
        if (!running(classifyStatus(p.status)) || !m_settings.effective(instance, p.id, p.alarmLevel)
            || !m_settings.ruleEnabled(instance, p.id, alertRuleName(AlertRule::Vanished)))
            continue;
        Alert facts = alertAbout(instance, &p, AlertRule::Vanished, severityOf(p.alarmLevel));
        facts.message = tr("running project %1 is gone from the list of %2").arg(facts.projectName, instance);
        update(facts, true, 0, nowMs, events);
        seen.insert(facts.key);
    }
    const QStringList keys = m_alerts.keys();
    for (const QString &key : keys) {
        const Alert &a = m_alerts.value(key);
        // A Vanished alert lasts while its project stays away (acknowledging it stops repeats).
        const bool stillGone = a.rule == AlertRule::Vanished && !listed.contains(a.projectId);
        if (a.instance == instance && a.rule != AlertRule::InstanceDown && !seen.contains(key) && !stillGone)
            resolve(key, nowMs, events);
    }
    m_lastLists.insert(instance, projects);
    inhibit(events);
    return events;
}

QList<AlertEvent> AlertEngine::observeTables(const QString &instance, const QString &projectId,
                                             const QList<TableProgress> &tables, qint64 nowMs)
{
    QList<AlertEvent> events;
    const QList<ProjectSummary> listed = m_lastLists.value(instance);
    const auto p = std::find_if(listed.cbegin(), listed.cend(),
                                [&](const ProjectSummary &s) { return s.id == projectId && s.duplicate == 0; });
    if (p == listed.cend())
        return events;
    Alert facts = alertAbout(instance, &*p, AlertRule::VerificationInconsistent, severityOf(p->alarmLevel));
    QStringList names;
    for (const TableProgress &t : tables)
        if (isInconsistent(t))
            names << (t.sourceSchema.isEmpty() ? t.sourceTable : t.sourceSchema + QLatin1Char('.') + t.sourceTable);
    facts.value = double(names.size());
    facts.threshold = 0;
    facts.message = tr("verification found inconsistent tables in project %1: %2")
                        .arg(facts.projectName)
                        .arg(names.size());
    if (!names.isEmpty())
        facts.message += QStringLiteral(" (") + QStringList(names.mid(0, 5)).join(QStringLiteral(", "))
            + (names.size() > 5 ? QStringLiteral(", …)") : QStringLiteral(")"));
    update(facts,
           !names.isEmpty() && m_settings.effective(instance, projectId, p->alarmLevel)
               && m_settings.ruleEnabled(instance, projectId, alertRuleName(AlertRule::VerificationInconsistent)),
           0, nowMs, events);
    return events;
}

QList<AlertEvent> AlertEngine::forgetInstance(const QString &instance, qint64 nowMs)
{
    QList<AlertEvent> events;
    const QStringList keys = m_alerts.keys();
    for (const QString &key : keys)
        if (m_alerts.value(key).instance == instance)
            resolve(key, nowMs, events);
    const QString prefix = instance + QChar(0x1f);
    for (auto it = m_tracks.begin(); it != m_tracks.end();)
        it = it.key().startsWith(prefix) ? m_tracks.erase(it) : std::next(it);
    m_lastLists.remove(instance);
    m_failures.remove(instance);
    return events;
}

QList<AlertEvent> AlertEngine::observeFailure(const QString &instance, const ApiError &error, qint64 nowMs)
{
    QList<AlertEvent> events;
    const int failures = ++m_failures[instance];
    Alert facts = alertAbout(instance, nullptr, AlertRule::InstanceDown, QStringLiteral("HIGH"));
    facts.value = failures;
    facts.threshold = m_settings.instanceDownPolls;
    facts.message = error.kind == ApiError::Kind::Auth
        ? tr("%1 refuses the password (%n poll(s)): %2", nullptr, failures).arg(instance, error.toString())
        : tr("%1 is not answering (%n poll(s)): %2", nullptr, failures).arg(instance, error.toString());
    update(facts,
           failures >= m_settings.instanceDownPolls
               && m_settings.ruleEnabled(instance, {}, alertRuleName(AlertRule::InstanceDown)),
           0, nowMs, events);
    return events;
}

QList<AlertEvent> AlertEngine::tick(qint64 nowMs)
{
    QList<AlertEvent> events;
    m_silences.erase(std::remove_if(m_silences.begin(), m_silences.end(),
                                    [nowMs](const AlertSilence &s) { return s.untilMs <= nowMs; }),
                     m_silences.end());
    for (Alert &a : m_alerts) {
        if (a.state != Alert::State::Firing || a.acknowledged || nowMs - a.notifiedMs < repeatMs(a))
            continue;
        a.notifiedMs = nowMs;
        events << event(AlertEvent::Kind::Repeated, a, nowMs);
    }
    inhibit(events);
    return events;
}

void AlertEngine::inhibit(QList<AlertEvent> &events)
{
    // Every active alert, restored ones included: a firing ProjectFailed says the rest.
    auto said = [this](const Alert &a) {
        if (a.rule != AlertRule::StepFailed && a.rule != AlertRule::ServerAlarm && a.rule != AlertRule::Interruption)
            return false;
        const Alert *failed = find(keyOf(a.instance, a.projectId, AlertRule::ProjectFailed));
        return failed && failed->state == Alert::State::Firing;
    };
    for (Alert &a : m_alerts)
        a.inhibited = a.inhibited || said(a); // once inhibited, its resolution is quiet too
    for (AlertEvent &e : events) {
        if (const Alert *now = find(e.alert.key))
            e.alert.inhibited = now->inhibited;
        if (e.alert.inhibited)
            e.silenced = true; // logged, notified to no one
    }
}

void AlertEngine::restore(const QList<Alert> &firing)
{
    for (const Alert &a : firing) {
        if (a.state == Alert::State::Firing && !m_alerts.contains(a.key))
            m_alerts.insert(a.key, a);
    }
    QList<AlertEvent> none;
    inhibit(none); // what a restored failure says stays quiet, and out of the counts
}

bool AlertEngine::acknowledge(const QString &key)
{
    const auto it = m_alerts.find(key);
    if (it == m_alerts.end() || it->state != Alert::State::Firing)
        return false;
    it->acknowledged = true;
    return true;
}

} // namespace omsdash
