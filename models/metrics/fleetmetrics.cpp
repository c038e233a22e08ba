// SPDX-License-Identifier: MIT
#include "fleetmetrics.h"

#include "alertmonitor.h"
#include "instancesession.h"
#include "metrichistory.h"
#include "projectlistmodel.h"
#include "tableprogressmodel.h"

#include <QCoreApplication>

#include <algorithm>

namespace omsdash {

namespace {

using Labels = QList<std::pair<QString, QString>>;

QString channelName(InstancePoller::Channel channel)
{
    switch (channel) {
    case InstancePoller::Channel::Projects:
        return QStringLiteral("projects");
    case InstancePoller::Channel::Detail:
        return QStringLiteral("detail");
    case InstancePoller::Channel::Tables:
        return QStringLiteral("tables");
    }
    return {};
}

/// A status class in OMS's words: the states of omsdash_project_status.
QString statusState(StatusClass c)
{
    switch (c) {
    case StatusClass::Init:
        return QStringLiteral("INIT");
    case StatusClass::Running:
        return QStringLiteral("RUNNING");
    case StatusClass::Monitoring:
        return QStringLiteral("MONITORING");
    case StatusClass::Suspended:
        return QStringLiteral("SUSPEND");
    case StatusClass::Failed:
        return QStringLiteral("FAILED");
    case StatusClass::Finished:
        return QStringLiteral("FINISHED");
    case StatusClass::Released:
        return QStringLiteral("RELEASED");
    case StatusClass::Unknown:
        break;
    }
    return QStringLiteral("UNKNOWN");
}

/// The stage a step belongs to: schema, full, verification, incremental, or empty (prechecks...).
QString stageName(const QString &step)
{
    if (stepIsKind(step, StepKind::Schema))
        return QStringLiteral("schema");
    if (stepIsKind(step, StepKind::Full))
        return QStringLiteral("full");
    if (stepIsKind(step, StepKind::Verify))
        return QStringLiteral("verification");
    if (stepIsKind(step, StepKind::Incremental))
        return QStringLiteral("incremental");
    return {};
}

constexpr StatusClass statusClasses[] = {StatusClass::Init,     StatusClass::Running,  StatusClass::Monitoring,
                                         StatusClass::Suspended, StatusClass::Failed,  StatusClass::Finished,
                                         StatusClass::Released,  StatusClass::Unknown};

MetricFamily family(const char *name, MetricFamily::Type type, const QString &help, const char *unit = "")
{
    MetricFamily f;
    f.name = QLatin1String(name);
    f.type = type;
    f.help = help;
    f.unit = QLatin1String(unit);
    return f;
}

void add(MetricFamily &f, const Labels &labels, double value)
{
    f.samples.append({labels, value});
}

void add(MetricFamily &f, const Labels &labels, std::optional<double> value)
{
    if (value)
        f.samples.append({labels, *value});
}

Labels with(Labels labels, const QString &name, const QString &value)
{
    labels.append({name, value});
    return labels;
}

std::optional<double> ratio(std::optional<int> percent)
{
    if (!percent)
        return std::nullopt;
    return *percent / 100.0;
}

std::optional<double> seconds(std::optional<double> ms)
{
    if (!ms)
        return std::nullopt;
    return *ms / 1000.0;
}

} // namespace

FleetMetrics::FleetMetrics(QObject *parent)
    : QObject(parent)
{
}

FleetMetrics::Watched *FleetMetrics::find(const InstanceSession *session)
{
    for (const auto &w : m_watched)
        if (w->key == session)
            return w.get();
    return nullptr;
}

void FleetMetrics::watch(InstanceSession *session)
{
    if (find(session))
        return;
    auto w = std::make_unique<Watched>();
    w->key = session;
    w->session = session;
    for (const auto c : {InstancePoller::Channel::Projects, InstancePoller::Channel::Detail,
                         InstancePoller::Channel::Tables})
        w->pollErrors.insert(channelName(c), 0); // a counter starts at 0, not when it first counts
    w->pollErrors.insert(QStringLiteral("background"), 0);
    m_watched.push_back(std::move(w));

    connect(session->poller(), &InstancePoller::pollFailed, this,
            [this, session](InstancePoller::Channel channel, const QString &, const ApiError &) {
                if (Watched *w = find(session))
                    ++w->pollErrors[channelName(channel)];
            });
    connect(session, &InstanceSession::backgroundFailed, this, [this, session] {
        if (Watched *w = find(session))
            ++w->pollErrors[QStringLiteral("background")];
    });
    connect(session, &InstanceSession::backgroundDetail, this, [this, session](const ProjectDetail &detail) {
        if (Watched *w = find(session))
            w->backgroundSteps.insert(detail.projectId, detail.steps);
    });
    connect(session, &InstanceSession::backgroundTables, this,
            [this, session](const QString &projectId, const QList<TableProgress> &tables) {
                if (Watched *w = find(session))
                    w->tables.insert(projectId, tableCounts(tables));
            });
    connect(session, &InstanceSession::tablesUpdated, this, [this, session] {
        Watched *w = find(session);
        // A change of project empties the model first: no counts until its rows arrive, all of
        // them (a failed poll while a first fill comes in tells too).
        const TableProgressModel *tables = session->tables();
        if (w && !session->selectedProject().isEmpty() && tables->rowCount() > 0 && !tables->isFilling())
            w->tables.insert(session->selectedProject(), tables->counts());
    });
    connect(session, &InstanceSession::projectsUpdated, this, [this, session] {
        if (Watched *w = find(session))
            prune(*w);
    });
    connect(session, &QObject::destroyed, this, [this, session] {
        m_watched.erase(std::remove_if(m_watched.begin(), m_watched.end(),
                                       [session](const auto &w) { return w->key == session; }),
                        m_watched.end());
    });
}

void FleetMetrics::prune(Watched &w)
{
    QSet<QString> listed;
    for (const ProjectSummary &p : w.session->projects()->rows())
        listed.insert(p.id);
    for (auto it = w.backgroundSteps.begin(); it != w.backgroundSteps.end();)
        it = listed.contains(it.key()) ? std::next(it) : w.backgroundSteps.erase(it);
    for (auto it = w.tables.begin(); it != w.tables.end();)
        it = listed.contains(it.key()) ? std::next(it) : w.tables.erase(it);
}

QList<MetricFamily> FleetMetrics::collect(qint64 nowMs) const
{
    using T = MetricFamily::Type;
    MetricFamily build = family("omsdash_build", T::Info, QStringLiteral("The omsdash version serving these metrics."));
    add(build, {{QStringLiteral("version"), QCoreApplication::applicationVersion()}}, 1.0);

    MetricFamily instanceInfo = family("omsdash_instance", T::Info,
                                       QStringLiteral("A watched instance: its API (oms4, oms3, drs) and base URL."));
    MetricFamily up = family("omsdash_instance_up", T::Gauge,
                             QStringLiteral("1 when the instance's last poll succeeded, 0 when it failed; absent before the first answer."));
    MetricFamily lastSuccess =
        family("omsdash_instance_last_success_timestamp_seconds", T::Gauge,
               QStringLiteral("When the instance's last successful poll ended, Unix seconds (UTC)."), "seconds");
    MetricFamily response = family("omsdash_instance_api_response_seconds", T::Gauge,
                                   QStringLiteral("How long the instance's last API request took."), "seconds");
    MetricFamily pollErrors = family("omsdash_instance_poll_errors", T::Counter,
                                     QStringLiteral("Failed polls of the instance since omsdash started, by channel: projects "
                                        "(the list), detail and tables (the project on screen), background (the "
                                        "details and verification results watch fetches itself)."));

    MetricFamily info = family("omsdash_project", T::Info,
                               QStringLiteral("A project (OMS) or job (DRS): its name, type (MIGRATION, SYNC, VERIFY, DRS), "
                                  "source and sink types."));
    MetricFamily status = family("omsdash_project_status", T::StateSet,
                                 QStringLiteral("The project status as a state set of OMS's statuses (DRS statuses folded in): "
                                    "INIT, RUNNING, MONITORING, SUSPEND, FAILED, FINISHED, RELEASED, UNKNOWN."));
    MetricFamily statusRank = family("omsdash_project_status_rank", T::Gauge,
                                     QStringLiteral("The status's place worst first: 4 FAILED, 3 SUSPEND or unknown, 2 running "
                                        "or monitoring, 1 not started, 0 finished or released."));
    MetricFamily alarm = family("omsdash_project_alarm_level", T::StateSet,
                                QStringLiteral("The project's alarm level (OMS alarmLevel, OMS 3.3 importance): HIGH, MEDIUM, "
                                   "LOW, IGNORE; all 0 when unknown."));
    MetricFamily serverAlarm = family("omsdash_project_server_alarming", T::Gauge,
                                      QStringLiteral("1 while OMS's own monitoring alarms on the project (ListProjects "
                                         "alarmStats.alarming)."));
    MetricFamily step = family("omsdash_project_current_step", T::Info,
                               QStringLiteral("The project's current step (e.g. FULL_TRANSFER, INCR_TRANSFER) and its stage: schema, "
                                              "full, verification, incremental, or empty for the others."));
    MetricFamily running = family("omsdash_project_running_step", T::Info,
                                  QStringLiteral("Each step running now (RUNNING or MONITORING), and its stage: "
                                                 "full migration and incremental synchronization may run together."));
    MetricFamily schema = family("omsdash_project_schema_progress_ratio", T::Gauge,
                                 QStringLiteral("Schema migration progress, 0 to 1."), "ratio");
    MetricFamily full = family("omsdash_project_full_progress_ratio", T::Gauge,
                               QStringLiteral("Full migration progress, 0 to 1."), "ratio");
    MetricFamily verify = family("omsdash_project_verification_progress_ratio", T::Gauge,
                                 QStringLiteral("Full verification progress, 0 to 1."), "ratio");
    MetricFamily latency = family("omsdash_project_incremental_latency_seconds", T::Gauge,
                                  QStringLiteral("Incremental synchronization latency (the server's checkpoint sample, else "
                                     "the reported delay)."),
                                  "seconds");
    MetricFamily latencyAge = family("omsdash_project_incremental_latency_sample_age_seconds", T::Gauge,
                                     QStringLiteral("How old the latency sample is."), "seconds");
    MetricFamily rps = family("omsdash_project_records_per_second", T::Gauge,
                              QStringLiteral("Records per second read from the source or written to the destination, of the "
                                 "step named (stepInfo srcRps, dstRps)."),
                              "records_per_second");
    MetricFamily rpsRef = family("omsdash_project_baseline_records_per_second", T::Gauge,
                                 QStringLiteral("Baseline of the records per second (stepInfo srcRpsRef, dstRpsRef)."),
                                 "records_per_second");
    MetricFamily rt = family("omsdash_project_rt_seconds", T::Gauge,
                             QStringLiteral("RT: seconds per record read or written (stepInfo srcRt, dstRt in ms / 1000)."),
                             "seconds");
    MetricFamily rtRef = family("omsdash_project_baseline_rt_seconds", T::Gauge,
                                QStringLiteral("Baseline of the RT (stepInfo srcRtRef, dstRtRef in ms / 1000)."), "seconds");
    MetricFamily throughput = family("omsdash_project_throughput_bytes_per_second", T::Gauge,
                                     QStringLiteral("Throughput in bytes per second (stepInfo srcIops, dstIops)."),
                                     "bytes_per_second");
    MetricFamily throughputRef = family("omsdash_project_baseline_throughput_bytes_per_second", T::Gauge,
                                        QStringLiteral("Baseline of the source throughput (stepInfo srcIopsRef)."),
                                        "bytes_per_second");
    MetricFamily processed = family("omsdash_project_processed_records", T::Gauge,
                                    QStringLiteral("Records done by the full migration or verification (stepInfo "
                                       "processedRecords)."),
                                    "records");
    MetricFamily capacity = family("omsdash_project_estimated_records", T::Gauge,
                                   QStringLiteral("Estimated records in all of the full migration or verification (stepInfo "
                                      "capacity)."),
                                   "records");
    MetricFamily tables = family("omsdash_project_tables", T::Gauge,
                                 QStringLiteral("Tables in the project's full verification results (OMS 4, fetched in the "
                                                "background; in the window also the selected project's per-table "
                                                "progress)."));
    MetricFamily tablesFinished = family("omsdash_project_tables_finished", T::Gauge, QStringLiteral("Tables at 100 %."));
    MetricFamily tablesFailed = family("omsdash_project_tables_failed", T::Gauge,
                                       QStringLiteral("Tables whose status is FAILED or ERROR."));
    MetricFamily tablesInconsistent = family("omsdash_project_tables_inconsistent", T::Gauge,
                                             QStringLiteral("Tables full verification found inconsistent."));
    MetricFamily alerts = family("omsdash_alerts", T::Gauge,
                                 QStringLiteral("omsdash's own alerts (its rules, as in the window): 1 per pending or firing "
                                    "alert, by rule and severity."));

    for (const auto &w : m_watched) {
        const InstanceSession *s = w->session;
        if (!s)
            continue;
        const QString instance = s->name();
        const Labels inst{{QStringLiteral("instance"), instance}};
        const QUrl url = s->config().baseUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
        add(instanceInfo,
            {{QStringLiteral("instance"), instance},
             {QStringLiteral("api"), apiKindToString(s->config().api)},
             {QStringLiteral("url"), url.toString()}},
            1.0);
        const InstanceHealth &health = s->health();
        switch (health.state()) {
        case InstanceHealth::State::Up:
            add(up, inst, 1.0);
            break;
        case InstanceHealth::State::Failing:
        case InstanceHealth::State::Down:
            add(up, inst, 0.0);
            break;
        case InstanceHealth::State::Unknown:
            break;
        }
        if (health.lastSuccess.isValid())
            add(lastSuccess, inst, health.lastSuccess.toMSecsSinceEpoch() / 1000.0);
        if (health.responseMs >= 0)
            add(response, inst, health.responseMs / 1000.0);
        for (const char *c : {"projects", "detail", "tables", "background"})
            add(pollErrors, with(inst, QStringLiteral("channel"), QLatin1String(c)),
                double(w->pollErrors.value(QLatin1String(c))));

        for (ProjectSummary p : s->projects()->rows()) {
            if (p.duplicate > 0) // one series per project: the list's first row of an ID
                continue;
            if (p.steps.isEmpty()) // a server that lists without steps: those of its background detail
                p.steps = w->backgroundSteps.value(p.id);
            const Labels ids{{QStringLiteral("instance"), instance}, {QStringLiteral("project_id"), p.id}};
            add(info,
                ids + Labels{{QStringLiteral("name"), p.name},
                             {QStringLiteral("type"), p.type},
                             {QStringLiteral("source"), p.sourceType},
                             {QStringLiteral("sink"), p.sinkType}},
                1.0);
            const StatusClass c = classifyStatus(p.status);
            for (const StatusClass state : statusClasses)
                add(status, with(ids, status.name, statusState(state)), state == c ? 1.0 : 0.0);
            add(statusRank, ids, double(statusClassRank(c)));
            const QString level = p.alarmLevel.trimmed().toUpper();
            for (const char *l : {"HIGH", "MEDIUM", "LOW", "IGNORE"})
                add(alarm, with(ids, alarm.name, QLatin1String(l)), level == QLatin1String(l) ? 1.0 : 0.0);
            if (p.serverAlarming)
                add(serverAlarm, ids, *p.serverAlarming ? 1.0 : 0.0);
            if (const QString current = rowCurrentStep(p); !current.isEmpty())
                add(step, with(with(ids, QStringLiteral("step"), current), QStringLiteral("stage"), stageName(current)),
                    1.0);
            for (const Step &st : std::as_const(p.steps)) {
                const StatusClass sc = classifyStatus(st.status);
                if (sc == StatusClass::Running || sc == StatusClass::Monitoring)
                    add(running,
                        with(with(ids, QStringLiteral("step"), st.name), QStringLiteral("stage"), stageName(st.name)),
                        1.0);
            }
            add(schema, ids, ratio(rowStructProgress(p)));
            add(full, ids, ratio(rowFullProgress(p)));
            add(verify, ids, ratio(stageProgress(p.steps, StepKind::Verify, std::nullopt)));

            const MetricSample m = sampleFromSummary(p, nowMs);
            add(latency, ids, m.latencySeconds);
            add(latencyAge, ids, m.latencyAgeSeconds);
            const Labels byStep = with(ids, QStringLiteral("step"), m.stepName);
            const Labels src = with(byStep, QStringLiteral("side"), QStringLiteral("source"));
            const Labels dst = with(byStep, QStringLiteral("side"), QStringLiteral("destination"));
            add(rps, src, m.srcRps);
            add(rps, dst, m.dstRps);
            add(rpsRef, src, m.srcRpsRef);
            add(rpsRef, dst, m.dstRpsRef);
            add(rt, src, seconds(m.srcRt));
            add(rt, dst, seconds(m.dstRt));
            add(rtRef, src, seconds(m.srcRtRef));
            add(rtRef, dst, seconds(m.dstRtRef));
            add(throughput, src, m.srcIops);
            add(throughput, dst, m.dstIops);
            add(throughputRef, src, m.srcIopsRef);
            const Labels fullStage = with(ids, QStringLiteral("stage"), QStringLiteral("full"));
            const Labels verifyStage = with(ids, QStringLiteral("stage"), QStringLiteral("verification"));
            add(processed, fullStage, m.fullProcessed);
            add(processed, verifyStage, m.verifyProcessed);
            add(capacity, fullStage, m.fullCapacity);
            add(capacity, verifyStage, m.verifyCapacity);

            const auto t = w->tables.constFind(p.id);
            if (t != w->tables.cend()) {
                add(tables, ids, double(t->total));
                add(tablesFinished, ids, double(t->finished));
                add(tablesFailed, ids, double(t->failed));
                add(tablesInconsistent, ids, double(t->inconsistent));
            }
        }
    }

    if (m_alerts) {
        QList<Alert> active = m_alerts->engine().active();
        std::sort(active.begin(), active.end(), [](const Alert &a, const Alert &b) { return a.key < b.key; });
        for (const Alert &a : std::as_const(active)) {
            Labels labels{{QStringLiteral("instance"), a.instance}};
            if (!a.projectId.isEmpty())
                labels.append({QStringLiteral("project_id"), a.projectId});
            labels.append({QStringLiteral("rule"), alertRuleName(a.rule)});
            if (!a.step.isEmpty())
                labels.append({QStringLiteral("step"), a.step});
            labels.append({QStringLiteral("severity"), a.severity});
            labels.append({QStringLiteral("alertstate"), a.state == Alert::State::Firing ? QStringLiteral("firing")
                                                                                           : QStringLiteral("pending")});
            add(alerts, labels, 1.0);
        }
    }

    QList<MetricFamily> out{build, instanceInfo, up, lastSuccess, response, pollErrors, info, status, statusRank,
                            alarm, serverAlarm, step, running, schema, full, verify, latency, latencyAge, rps, rpsRef, rt,
                            rtRef, throughput, throughputRef, processed, capacity, tables, tablesFinished,
                            tablesFailed, tablesInconsistent};
    if (m_alerts)
        out.append(alerts);
    return out;
}

} // namespace omsdash
