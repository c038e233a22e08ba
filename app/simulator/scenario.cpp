// SPDX-License-Identifier: MIT
#include "scenario.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <functional>

namespace omsdash::sim {

namespace {

constexpr double Pi = 3.14159265358979323846;

quint64 splitmix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

quint64 keyOf(const QString &s)
{
    quint64 h = 1469598103934665603ULL;
    for (QChar c : s)
        h = (h ^ c.unicode()) * 1099511628211ULL;
    return h;
}

QString utc(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

QJsonValue timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(utc(t)) : QJsonValue(QJsonValue::Null);
}

struct StepPlan
{
    const char *name;
    const char *description;
};

const StepPlan MigrationSteps[] = {
    {"TRANSFER_PRECHECK", "Precheck"},
    {"STRUCT_TRANSFER", "Schema migration"},
    {"TRANSFER_INCR_LOG_PULL", "Pull incremental logs"},
    {"FULL_TRANSFER", "Full migration"},
    {"INDEX_TRANSFER", "Index migration"},
    {"INCR_TRANSFER", "Incremental synchronization"},
    {"FULL_VERIFIER", "Full verification"},
    {"TRANSFER_APP_SWITCH", "Forward switchover"},
};
constexpr int StepCount = int(sizeof(MigrationSteps) / sizeof(MigrationSteps[0]));

} // namespace

Scenario::Scenario(Slice slice, quint32 seed, double speed)
    : m_slice(slice)
    , m_seed(seed)
    , m_speed(speed)
    , m_origin(QDateTime::currentDateTimeUtc())
{
    auto add = [this](const char *id, const char *name, const char *type, const char *src,
                      const char *dst, const char *importance, Kind kind, qint64 capacity,
                      int tables, Slice home = Slice::OmsPrimary) {
        m_projects.append({QString::fromLatin1(id), QString::fromUtf8(name), QString::fromLatin1(type),
                           QString::fromLatin1(src), QString::fromLatin1(dst),
                           QString::fromLatin1(importance), kind, capacity, tables, home});
    };
    add("np_7a1c2e", "orders: MySQL → OceanBase", "MIGRATION", "MYSQL", "OB_MYSQL", "HIGH",
        Kind::FullNearBaseline, 1'200'000'000, 0); // ~15 %/h at ~52k records/s
    add("np_7b2d3f", "billing 账单 Oracle → OB Oracle", "MIGRATION", "ORACLE", "OB_ORACLE", "MEDIUM",
        Kind::FullBelowBaseline, 860'000'000, 0); // ~4 %/h at ~9.6k records/s
    add("np_7c3e4a", "user-center sync", "MIGRATION", "MYSQL", "OB_MYSQL", "LOW",
        Kind::IncrMonitoring, 9'500'000, 48);
    add("np_7d4f5b", "logistics schema", "MIGRATION", "POSTGRESQL", "OB_MYSQL", "HIGH",
        Kind::FailedSchema, 3'000'000, 0);
    add("np_7e5a6c", "archive 2019", "MIGRATION", "MYSQL", "OB_MYSQL", "IGNORE",
        Kind::Suspended, 260'000'000, 0);
    add("np_7f6b7d", "crm cut-over", "MIGRATION", "MYSQL", "OB_MYSQL", "LOW", Kind::Finished,
        12'400'000, 0);
    add("np_8a7c8e", "payments verify 支付", "MIGRATION", "ORACLE", "OB_ORACLE", "MEDIUM",
        Kind::Verifying, 31'000'000, 320);
    add("np_8b8d9f", "inventory (TiDB)", "MIGRATION", "TIDB", "OB_MYSQL", "LOW", Kind::Precheck,
        5'000'000, 0);
    add("p_3a1b2c", "ledger sync", "SYNC", "OB_MYSQL", "KAFKA", "HIGH", Kind::LegacyIncr, 0, 0,
        Slice::OmsLegacy);
    add("p_3b2c3d", "audit sync", "SYNC", "MYSQL", "OB_MYSQL", "MEDIUM", Kind::LegacyFull,
        20'000'000, 0, Slice::OmsLegacy);
    // Staging rehearses the production cut-over.
    add("np_9a1b2c", "orders rehearsal 预演", "MIGRATION", "MYSQL", "OB_MYSQL", "MEDIUM",
        Kind::FullNearBaseline, 1'200'000'000, 0, Slice::OmsStaging);
    add("np_9b2c3d", "billing rehearsal", "MIGRATION", "ORACLE", "OB_ORACLE", "LOW", Kind::IncrMonitoring,
        120'000'000, 24, Slice::OmsStaging);
    add("np_9c3d4e", "reports dry run", "MIGRATION", "MYSQL", "OB_MYSQL", "IGNORE", Kind::Finished,
        2'200'000, 0, Slice::OmsStaging);
}

void Scenario::freeze(double simulatedSeconds, const QDateTime &nowUtc)
{
    m_frozen = true;
    m_frozenSeconds = simulatedSeconds;
    m_frozenNow = nowUtc.toUTC();
}

double Scenario::simulatedSeconds() const
{
    if (m_frozen)
        return m_frozenSeconds;
    // Start an hour and a half into the story, so a fresh demo is mid-migration.
    return StartSeconds + m_origin.msecsTo(QDateTime::currentDateTimeUtc()) / 1000.0 * m_speed;
}

QDateTime Scenario::storyStart() const
{
    return m_frozen ? m_frozenNow.addMSecs(-qint64(m_frozenSeconds * 1000)) : m_origin.addSecs(-qint64(StartSeconds));
}

QDateTime Scenario::nowUtc() const
{
    return m_frozen ? m_frozenNow : QDateTime::currentDateTimeUtc();
}

void Scenario::addFillerProjects(int count)
{
    for (int i = 0; i < count; ++i) {
        m_projects.append({QStringLiteral("np_fill%1").arg(i, 4, 10, QLatin1Char('0')),
                           QStringLiteral("filler %1").arg(i), QStringLiteral("MIGRATION"),
                           QStringLiteral("MYSQL"), QStringLiteral("OB_MYSQL"),
                           QStringLiteral("LOW"), Kind::Filler, 1'000'000, 0});
    }
}

QList<Scenario::Project> Scenario::oms4Projects() const
{
    const Slice home = m_slice == Slice::All ? Slice::OmsPrimary : m_slice;
    QList<Project> out;
    for (const Project &p : m_projects) {
        if (p.home == home && p.kind != Kind::LegacyIncr && p.kind != Kind::LegacyFull)
            out << p;
    }
    return out;
}

QList<Scenario::Project> Scenario::oms3Projects() const
{
    if (m_slice != Slice::All && m_slice != Slice::OmsLegacy)
        return {};
    QList<Project> out;
    for (const Project &p : m_projects) {
        if (p.kind == Kind::LegacyIncr || p.kind == Kind::LegacyFull)
            out << p;
    }
    return out;
}

const Scenario::Project *Scenario::find(const QString &id) const
{
    for (const Project &p : m_projects) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

double Scenario::noise(quint64 key, double x) const
{
    // Smooth value noise in [-1, 1]: cosine interpolation between hashed lattice points.
    const double f = std::floor(x);
    auto at = [&](double i) {
        const quint64 h = splitmix(key ^ splitmix(quint64(qint64(i)) ^ m_seed));
        return double(h % 20001) / 10000.0 - 1.0;
    };
    const double a = at(f);
    const double b = at(f + 1);
    const double w = (1 - std::cos((x - f) * Pi)) / 2;
    return a * (1 - w) + b * w;
}

double Scenario::fullPercentAt(const Project &p, double t) const
{
    switch (p.kind) {
    case Kind::FullNearBaseline:
        return std::min(99.0, 20.0 + t / 240.0); // about 15 %/h
    case Kind::FullBelowBaseline:
        return std::min(99.0, 8.0 + t / 900.0);
    case Kind::Suspended:
        return 63.0;
    case Kind::LegacyFull:
        return std::min(99.0, 30.0 + t / 600.0);
    case Kind::Filler:
        return std::min(99.0, 10.0 + double(keyOf(p.id) % 80));
    case Kind::FailedSchema:
    case Kind::Precheck:
        return 0.0;
    default:
        return 100.0;
    }
}

QList<Scenario::Incident> Scenario::demoIncidents()
{
    Incident lag;
    lag.kind = Incident::Kind::LatencySpike;
    lag.projectId = QStringLiteral("p_3a1b2c");
    lag.startSeconds = 45;
    lag.durationSeconds = 150;
    lag.latencySeconds = 150;
    Incident fails;
    fails.kind = Incident::Kind::ProjectFails;
    fails.projectId = QStringLiteral("np_7b2d3f");
    fails.startSeconds = 90;
    fails.durationSeconds = 240;
    Incident down;
    down.kind = Incident::Kind::InstanceDown;
    down.slice = Slice::OmsStaging;
    down.startSeconds = 150;
    down.durationSeconds = 90;
    return {lag, fails, down};
}

bool Scenario::downAt(double t) const
{
    return std::any_of(m_incidents.cbegin(), m_incidents.cend(), [&](const Incident &i) {
        return i.kind == Incident::Kind::InstanceDown && i.slice == m_slice && i.activeAt(t);
    });
}

const Scenario::Incident *Scenario::failing(const Project &p, double t) const
{
    for (const Incident &i : m_incidents)
        if (i.kind == Incident::Kind::ProjectFails && i.projectId == p.id && i.activeAt(t))
            return &i;
    return nullptr;
}

double Scenario::latencyAt(const Project &p, double t, double phaseSeconds) const
{
    const quint64 k = keyOf(p.id);
    const double shifted = t + phaseSeconds;
    double lat = 4.0 + 2.5 * std::sin(shifted / 97.0) + 1.5 * noise(k, shifted / 20.0);
    const double phase = std::fmod(shifted, 600.0); // a spike every ten minutes, a minute long
    if (phase >= 420.0 && phase < 480.0)
        lat += 110.0 * std::sin((phase - 420.0) / 60.0 * Pi);
    for (const Incident &i : m_incidents)
        if (i.kind == Incident::Kind::LatencySpike && i.projectId == p.id && i.activeAt(t))
            lat += i.latencySeconds * std::sin(i.since(t) / i.durationSeconds * Pi);
    return std::max(0.5, lat);
}

QString Scenario::status(const Project &p, double t) const
{
    if (failing(p, t))
        return QStringLiteral("FAILED");
    switch (p.kind) {
    case Kind::FailedSchema:
        return QStringLiteral("FAILED");
    case Kind::Suspended:
        return QStringLiteral("SUSPEND");
    case Kind::Finished:
        return QStringLiteral("FINISHED");
    case Kind::Precheck:
        return QStringLiteral("INIT");
    default:
        return QStringLiteral("RUNNING");
    }
}

QString Scenario::currentStep(const Project &p, double) const
{
    switch (p.kind) {
    case Kind::FullNearBaseline:
    case Kind::FullBelowBaseline:
    case Kind::Suspended:
    case Kind::Filler:
        return QStringLiteral("FULL_TRANSFER");
    case Kind::IncrMonitoring:
        return QStringLiteral("INCR_TRANSFER");
    case Kind::FailedSchema:
        return QStringLiteral("STRUCT_TRANSFER");
    case Kind::Finished:
        return QStringLiteral("TRANSFER_APP_SWITCH");
    case Kind::Verifying:
        return QStringLiteral("FULL_VERIFIER");
    case Kind::Precheck:
        return QStringLiteral("TRANSFER_PRECHECK");
    case Kind::LegacyIncr:
        return QStringLiteral("CONNECTOR_INCR_SYNC");
    case Kind::LegacyFull:
        return QStringLiteral("CONNECTOR_FULL_SYNC");
    }
    return {};
}

QJsonArray Scenario::steps(const Project &p, double t) const
{
    const QDateTime now = nowUtc();
    // Index of the step the project is in, and that step's status.
    int current = 3;
    QString currentStatus = QStringLiteral("RUNNING");
    switch (p.kind) {
    case Kind::Precheck:
        current = 0;
        break;
    case Kind::FailedSchema:
        current = 1;
        currentStatus = QStringLiteral("FAILED");
        break;
    case Kind::Suspended:
        currentStatus = QStringLiteral("SUSPEND");
        break;
    case Kind::IncrMonitoring:
        current = 5;
        currentStatus = QStringLiteral("MONITORING");
        break;
    case Kind::Verifying:
        current = 6;
        break;
    case Kind::Finished:
        current = StepCount; // all done
        break;
    default:
        break;
    }
    const Incident *incident = failing(p, t);
    if (incident)
        currentStatus = QStringLiteral("FAILED");
    // Durations of the steps before the current one, seconds, ending "ago" before now.
    const double durations[StepCount] = {12, 140, 38, 14400, 900, 0, 7200, 300};
    QDateTime stepStart = storyStart().addSecs(-3LL * 3600);

    QJsonArray out;
    for (int i = 0; i < StepCount; ++i) {
        const StepPlan &plan = MigrationSteps[i];
        const QString name = QString::fromLatin1(plan.name);
        QString st = i < current ? QStringLiteral("FINISHED")
                                 : (i == current ? currentStatus : QStringLiteral("INIT"));
        // Incremental sync keeps monitoring while later steps run.
        if (i == 5 && current > 5 && p.kind != Kind::Finished)
            st = QStringLiteral("MONITORING");
        QDateTime start;
        QDateTime finish;
        int progress = 0;
        if (st == QLatin1String("FINISHED")) {
            start = stepStart;
            finish = stepStart.addSecs(qint64(durations[i] > 0 ? durations[i] : 60));
            stepStart = finish.addSecs(5);
            progress = 100;
        } else if (st != QLatin1String("INIT")) {
            start = stepStart;
            stepStart = stepStart.addSecs(60);
            progress = i == 3 ? int(fullPercentAt(p, t))
                              : (i == 6 ? int(std::min(99.0, 10.0 + t / 120.0))
                                        : (i == 5 ? 100 : (i == 0 ? 60 : 40)));
        }
        QJsonObject extra{{QStringLiteral("errorDetails"), QJsonValue::Null},
                          {QStringLiteral("errorCode"), QJsonValue::Null},
                          {QStringLiteral("errorMsg"), QJsonValue::Null},
                          {QStringLiteral("errorParam"), QJsonValue::Null},
                          {QStringLiteral("failedTime"), QJsonValue::Null}};
        if (st == QLatin1String("FAILED") && incident) {
            // A scripted failure: it happened at the incident's start.
            const QDateTime failed = now.addSecs(-qint64(incident->since(t)));
            extra[QStringLiteral("errorCode")] = QStringLiteral("FULL-TRANSFER-1062");
            extra[QStringLiteral("errorMsg")] = QStringLiteral(
                "Duplicate entry '104823' for key 'PRIMARY' on table BILLING.INVOICE_LINES");
            extra[QStringLiteral("failedTime")] = utc(failed);
            extra[QStringLiteral("errorDetails")] = QJsonArray{QJsonObject{
                {QStringLiteral("code"), QStringLiteral("FULL-TRANSFER-1062")},
                {QStringLiteral("level"), QStringLiteral("ERROR")},
                {QStringLiteral("message"), QStringLiteral("duplicate primary key in the destination")},
                {QStringLiteral("proposal"), QStringLiteral("Clear the destination table's duplicates, then resume")}}};
        } else if (st == QLatin1String("FAILED")) {
            const QDateTime failed = start.addSecs(97);
            extra[QStringLiteral("errorCode")] = QStringLiteral("STRUCT-TRANSFER-1146");
            extra[QStringLiteral("errorMsg")] = QStringLiteral(
                "Table 'logistics.shipments' uses column type TSVECTOR, which OB_MYSQL does not support");
            extra[QStringLiteral("failedTime")] = utc(failed);
            extra[QStringLiteral("errorDetails")] = QJsonArray{QJsonObject{
                {QStringLiteral("code"), QStringLiteral("STRUCT-TRANSFER-1146")},
                {QStringLiteral("level"), QStringLiteral("ERROR")},
                {QStringLiteral("message"), QStringLiteral("unsupported column type TSVECTOR")},
                {QStringLiteral("proposal"),
                 QStringLiteral("Exclude the table or change the column to TEXT, then resume")}}};
            extra[QStringLiteral("errorParam")] =
                QJsonObject{{QStringLiteral("table"), QStringLiteral("logistics.shipments")}};
        }

        QJsonValue info(QJsonValue::Null);
        if (i == 3 || i == 6) {
            // FULL_TRANSFER / FULL_VERIFIER: counters, rates and their baselines.
            const bool active = st == QLatin1String("RUNNING");
            const bool slow = p.kind == Kind::FullBelowBaseline;
            const double rpsRef = rpsBaseline(p, i);
            const double rps = active ? rpsAt(p, i, t) : 0;
            const double rt = active ? rtAt(p, i, t) : 0;
            const qint64 cap = p.capacity;
            const double pct = i == 3 ? (st == QLatin1String("INIT") ? 0 : (st == QLatin1String("FINISHED") ? 100 : fullPercentAt(p, t)))
                                      : (st == QLatin1String("FINISHED") ? 100 : progress);
            QJsonObject m{
                {QStringLiteral("processedRecords"), qint64(cap * pct / 100.0)},
                {QStringLiteral("capacity"), cap},
                {QStringLiteral("srcRps"), qint64(rps)},
                // documented as a string: send it as one, as some servers do
                {QStringLiteral("srcRt"), QString::number(rt, 'f', 2)},
                {QStringLiteral("srcIops"), qint64(rps * 310)},
                {QStringLiteral("dstRps"), qint64(rps * 0.98)},
                {QStringLiteral("dstRt"), std::round(rt * 1.3 * 100) / 100},
                {QStringLiteral("dstIops"), qint64(rps * 0.98 * 310)},
                {QStringLiteral("srcRpsRef"), qint64(rpsRef)},
                {QStringLiteral("srcRtRef"), slow ? 1.5 : 1.0},
                {QStringLiteral("dstRpsRef"), qint64(rpsRef)},
                {QStringLiteral("dstRtRef"), slow ? 2.0 : 1.4},
                {QStringLiteral("srcIopsRef"), qint64(rpsRef * 310)},
            };
            if (st == QLatin1String("INIT")) {
                for (auto it = m.begin(); it != m.end(); ++it)
                    it.value() = QJsonValue::Null;
            }
            info = m;
        } else if (i == 5 && st != QLatin1String("INIT")) {
            const qint64 sample = now.toSecsSinceEpoch() - 2;
            const bool live = p.kind != Kind::Finished;
            info = QJsonObject{
                {QStringLiteral("incrTimestampCheckpoint"),
                 live ? sample - qint64(std::llround(latencyAt(p, t))) : sample - 1},
                {QStringLiteral("checkpointSampleTimestamp"), sample},
                {QStringLiteral("enableIncrStatistics"), true}};
        } else if (i == 7) {
            info = QJsonObject{{QStringLiteral("checkpointSampleTimestamp"),
                                st == QLatin1String("INIT") ? QJsonValue(QJsonValue::Null)
                                                            : QJsonValue(now.toSecsSinceEpoch() - 5)}};
        }

        out.append(QJsonObject{{QStringLiteral("order"), i + 1},
                               {QStringLiteral("name"), name},
                               {QStringLiteral("description"), QString::fromLatin1(plan.description)},
                               {QStringLiteral("status"), st},
                               {QStringLiteral("extraInfo"), extra},
                               {QStringLiteral("startTime"), timeOrNull(start)},
                               {QStringLiteral("finishTime"), timeOrNull(finish)},
                               {QStringLiteral("progress"), progress},
                               {QStringLiteral("stepInfo"), info}});
    }
    return out;
}

QJsonObject Scenario::project(const Project &p, double t) const
{
    Q_UNUSED(t)
    const QDateTime created = storyStart().addSecs(-4LL * 3600);
    return QJsonObject{
        {QStringLiteral("id"), p.id},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("type"), p.type},
        {QStringLiteral("labels"), QJsonValue::Null},
        {QStringLiteral("owner"), QStringLiteral("dba")},
        {QStringLiteral("importance"), p.importance},
        {QStringLiteral("status"), status(p, t)},
        {QStringLiteral("gmtCreate"), utc(created)},
        {QStringLiteral("gmtModified"), utc(nowUtc().addSecs(-30))},
        {QStringLiteral("gmtStart"), utc(created.addSecs(60))},
        {QStringLiteral("gmtFinish"), p.kind == Kind::Finished ? QJsonValue(utc(nowUtc().addSecs(-600)))
                                                               : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("isMerging"), false},
        {QStringLiteral("isModifying"), false},
        {QStringLiteral("isSubProject"), false},
        {QStringLiteral("sourceEndpointType"), p.source},
        {QStringLiteral("sinkEndpointType"), p.sink},
        {QStringLiteral("enableStructTransfer"), true},
        {QStringLiteral("enableFullTransfer"), true},
        {QStringLiteral("enableFullVerify"), true},
        {QStringLiteral("enableIncrTransfer"), true},
        // Undefined leaves the key out, as servers that list projects without steps do.
        {QStringLiteral("steps"), m_listWithoutSteps ? QJsonValue(QJsonValue::Undefined) : QJsonValue(steps(p, t))},
        {QStringLiteral("extraInfo"), QJsonValue::Null},
        {QStringLiteral("alarmStats"),
         QJsonObject{{QStringLiteral("alarming"), p.kind == Kind::FailedSchema || failing(p, t)}}},
    };
}

QJsonObject Scenario::envelope(const QJsonValue &data, qint64 totalCount, int pageNumber,
                               int pageSize) const
{
    auto orNull = [](qint64 v) { return v < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(v); };
    return QJsonObject{{QStringLiteral("success"), true},
                       {QStringLiteral("errorDetail"), QJsonValue::Null},
                       {QStringLiteral("code"), QJsonValue::Null},
                       {QStringLiteral("message"), QJsonValue::Null},
                       {QStringLiteral("advice"), QJsonValue::Null},
                       {QStringLiteral("requestId"), QStringLiteral("sim-%1").arg(qint64(simulatedSeconds() * 1000))},
                       {QStringLiteral("pageNumber"), orNull(pageNumber)},
                       {QStringLiteral("pageSize"), orNull(pageSize)},
                       {QStringLiteral("totalCount"), orNull(totalCount)},
                       {QStringLiteral("cost"), QStringLiteral("3 ms")},
                       {QStringLiteral("data"), data}};
}

QJsonObject Scenario::errorEnvelope(const QString &code, const QString &message) const
{
    return QJsonObject{
        {QStringLiteral("success"), false},
        {QStringLiteral("code"), code},
        {QStringLiteral("message"), message},
        {QStringLiteral("advice"), QStringLiteral("Check the project ID")},
        {QStringLiteral("errorDetail"),
         QJsonObject{{QStringLiteral("code"), code},
                     {QStringLiteral("level"), QStringLiteral("ERROR")},
                     {QStringLiteral("message"), message}}},
        {QStringLiteral("requestId"), QStringLiteral("sim-error")},
        {QStringLiteral("data"), QJsonValue::Null}};
}

QJsonObject Scenario::listProjects(int pageNumber, int pageSize) const
{
    const QList<Project> all = oms4Projects();
    pageSize = std::clamp(pageSize, 1, 150);
    pageNumber = std::max(1, pageNumber);
    const double t = simulatedSeconds();
    QJsonArray data;
    for (int i = (pageNumber - 1) * pageSize; i < all.size() && i < pageNumber * pageSize; ++i)
        data.append(project(all.at(i), t));
    return envelope(data, all.size(), pageNumber, pageSize);
}

QJsonObject Scenario::describeProjectProgress(const QString &id) const
{
    const Project *p = find(id);
    if (!p || p->kind == Kind::LegacyFull || p->kind == Kind::LegacyIncr)
        return errorEnvelope(QStringLiteral("GHANA-PROJECT000404"),
                             QStringLiteral("Project %1 does not exist").arg(id));
    const double t = simulatedSeconds();
    const QJsonArray st = steps(*p, t);
    const QDateTime now = nowUtc();
    const bool incr = p->kind == Kind::IncrMonitoring || p->kind == Kind::Verifying
        || p->kind == Kind::Finished;
    const qint64 checkpoint = incr ? now.toSecsSinceEpoch() - 2 - qint64(std::llround(latencyAt(*p, t)))
                                   : storyStart().toSecsSinceEpoch();
    return envelope(QJsonObject{
        {QStringLiteral("projectId"), p->id},
        {QStringLiteral("status"), status(*p, t)},
        {QStringLiteral("alarmLevel"), p->importance},
        {QStringLiteral("enableIncrSync"), true},
        {QStringLiteral("currentStep"), currentStep(*p, t)},
        {QStringLiteral("incrSyncCheckpoint"), checkpoint},
        {QStringLiteral("enableStructTransfer"), true},
        {QStringLiteral("enableFullTransfer"), true},
        {QStringLiteral("structTransferProgress"), st.at(1).toObject().value(QStringLiteral("progress"))},
        {QStringLiteral("fullTransferProgress"), st.at(3).toObject().value(QStringLiteral("progress"))},
        {QStringLiteral("enableReverseIncrTransfer"), false},
        {QStringLiteral("reverseIncrTransferCheckpoint"), QJsonValue::Null}});
}

QJsonObject Scenario::describeProjectSteps(const QString &id) const
{
    const Project *p = find(id);
    if (!p || p->kind == Kind::LegacyFull || p->kind == Kind::LegacyIncr)
        return errorEnvelope(QStringLiteral("GHANA-PROJECT000404"),
                             QStringLiteral("Project %1 does not exist").arg(id));
    return envelope(steps(*p, simulatedSeconds()));
}

QJsonObject Scenario::describeProjectComponents(const QString &id) const
{
    const Project *p = find(id);
    if (!p || p->kind == Kind::LegacyFull || p->kind == Kind::LegacyIncr)
        return errorEnvelope(QStringLiteral("GHANA-PROJECT000404"),
                             QStringLiteral("Project %1 does not exist").arg(id));
    const double t = simulatedSeconds();
    const QDateTime now = nowUtc();
    const QString state = status(*p, t);
    const bool failed = state == QLatin1String("FAILED");
    const bool incr = p->kind == Kind::IncrMonitoring || p->kind == Kind::Verifying || p->kind == Kind::Finished;
    const bool precheck = p->kind == Kind::Precheck || p->kind == Kind::FailedSchema;
    const double latency = incr ? latencyAt(*p, t) : 0;
    const quint64 k = keyOf(p->id);
    const QString host = QStringLiteral("10.0.%1.%2").arg(k % 200).arg(10 + k % 40);
    const auto when = [](const QDateTime &t) { return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")); };
    QJsonArray store;
    if (!precheck)
        store.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("store-%1").arg(p->id)},
                                 {QStringLiteral("ip"), host},
                                 {QStringLiteral("status"), failed ? QStringLiteral("EXCEPTION") : QStringLiteral("ACTIVE")},
                                 {QStringLiteral("tps"), incr ? int(1200 * (1 + 0.3 * noise(k, t / 30.0))) : 0},
                                 {QStringLiteral("delay"), int(std::lround(latency))},
                                 {QStringLiteral("gmt"), now.toSecsSinceEpoch()},
                                 {QStringLiteral("endCheckpoint"), when(now.addSecs(-qint64(std::lround(latency))))},
                                 {QStringLiteral("errMsg"), failed ? QStringLiteral("connection to source reset") : QString()}});
    const double full = p->kind == Kind::Precheck || p->kind == Kind::FailedSchema ? 0 : (incr ? 100 : fullPercentAt(*p, t));
    QJsonArray fullImport{QJsonObject{
        {QStringLiteral("name"), QStringLiteral("full-import-%1").arg(p->id)},
        {QStringLiteral("ip"), host},
        {QStringLiteral("identity"), p->id},
        {QStringLiteral("progress"), int(full)},
        {QStringLiteral("status"), full >= 100 ? QStringLiteral("FINISHED")
                                   : (state == QLatin1String("SUSPEND") || precheck ? QStringLiteral("STOPPED")
                                                                                    : QStringLiteral("RUNNING"))}}};
    QJsonArray incrSync;
    if (incr)
        incrSync.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("incr-sync-%1").arg(p->id)},
                                    {QStringLiteral("ip"), host},
                                    {QStringLiteral("identity"), p->id},
                                    {QStringLiteral("status"), QStringLiteral("RUNNING")},
                                    {QStringLiteral("tps"), int(1180 * (1 + 0.3 * noise(k + 1, t / 30.0)))},
                                    {QStringLiteral("delay"), int(std::lround(latency))},
                                    {QStringLiteral("checkpoint"), when(now.addSecs(-qint64(std::lround(latency))))},
                                    {QStringLiteral("checkpointSampleTimestamp"), now.toSecsSinceEpoch()}});
    QJsonArray verify;
    if (p->kind == Kind::Verifying || p->kind == Kind::Finished)
        verify.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("verifier-%1").arg(p->id)},
                                  {QStringLiteral("ip"), host},
                                  {QStringLiteral("status"), p->kind == Kind::Finished ? QStringLiteral("DONE") : QStringLiteral("RUNNING")},
                                  {QStringLiteral("recordProgress"), p->kind == Kind::Finished ? 100 : 57},
                                  {QStringLiteral("progress"), p->kind == Kind::Finished ? QStringLiteral("100") : QStringLiteral("63")}});
    return envelope(QJsonObject{{QStringLiteral("storeList"), store},
                                {QStringLiteral("reverseStoreList"), QJsonArray{}},
                                {QStringLiteral("fullImportComponents"), fullImport},
                                {QStringLiteral("incrSyncComponents"), incrSync},
                                {QStringLiteral("reverseIncrSyncComponents"), QJsonArray{}},
                                {QStringLiteral("fullVerifyComponents"), verify}});
}

double Scenario::rpsBaseline(const Project &p, int stepIndex) const
{
    return stepIndex == 3 ? (p.kind == Kind::FullBelowBaseline ? 30000 : 55000) : 40000;
}

double Scenario::rpsAt(const Project &p, int stepIndex, double t) const
{
    const bool slow = p.kind == Kind::FullBelowBaseline;
    return rpsBaseline(p, stepIndex) * (slow ? 0.32 : 0.95) * (1 + 0.08 * noise(keyOf(p.id) + stepIndex, t / 15.0));
}

double Scenario::rtAt(const Project &p, int stepIndex, double t) const
{
    const bool slow = p.kind == Kind::FullBelowBaseline;
    return (slow ? 4.6 : 1.1) * (1 + 0.15 * noise(keyOf(p.id) + 7 + stepIndex, t / 11.0));
}

QJsonObject Scenario::describeProjectStepMetric(const QString &id, const QString &stepName,
                                                const QString &metricType, qint64 beginSeconds,
                                                qint64 endSeconds, int maxPointNum) const
{
    const Project *p = find(id);
    if (!p || p->kind == Kind::LegacyFull || p->kind == Kind::LegacyIncr)
        return errorEnvelope(QStringLiteral("GHANA-PROJECT000404"),
                             QStringLiteral("Project %1 does not exist").arg(id));
    if (endSeconds - beginSeconds < 3600)
        return errorEnvelope(QStringLiteral("PARAM_ERROR"),
                             QStringLiteral("The time range must be at least one hour"));
    const double tNow = simulatedSeconds();
    const qint64 nowSeconds = nowUtc().toSecsSinceEpoch();
    // The server keeps history of the step the project is in, from the story's start.
    const bool incremental = stepName == QLatin1String("INCR_TRANSFER");
    const int stepIndex = stepName == QLatin1String("FULL_VERIFIER") ? 6 : (incremental ? 5 : 3);
    const bool live = currentStep(*p, tNow) == stepName && p->kind != Kind::Suspended;
    QJsonArray metrics;
    auto series = [&](const QString &role, const std::function<double(double)> &valueAt) {
        QJsonArray points;
        const int n = std::clamp(maxPointNum, 5, 10080);
        for (int i = 0; i < n; ++i) {
            const qint64 wall = beginSeconds + (endSeconds - beginSeconds) * i / n;
            const double t = tNow - double(nowSeconds - wall) * m_speed;
            if (t < 0 || wall > nowSeconds)
                continue;
            points.append(QJsonObject{{QStringLiteral("timestamp"), wall}, {QStringLiteral("value"), valueAt(t)}});
        }
        QJsonObject tags;
        if (!role.isEmpty())
            tags.insert(QStringLiteral("role"), role);
        metrics.append(QJsonObject{{QStringLiteral("name"), metricType},
                                   {QStringLiteral("tags"), tags},
                                   {QStringLiteral("dataPoints"), points}});
    };
    const Project &project = *p;
    auto rps = [&](double t) { return incremental ? 1200 * (1 + 0.3 * noise(keyOf(project.id), t / 30.0)) : rpsAt(project, stepIndex, t); };
    if (live) {
        if (metricType == QLatin1String("RPS") || metricType == QLatin1String("IOPS")) {
            const double scale = metricType == QLatin1String("IOPS") ? 310 : 1;
            series(QStringLiteral("SOURCE"), [&](double t) { return std::round(rps(t) * scale); });
            series(QStringLiteral("SINK"), [&](double t) { return std::round(rps(t) * 0.98 * scale); });
        } else if (metricType == QLatin1String("DELAY")) {
            series({}, [&](double t) { return latencyAt(project, t); });
        } else if (metricType == QLatin1String("SOURCE_READ_TIME")) {
            series({}, [&](double t) { return rtAt(project, stepIndex, t); });
        } else if (metricType == QLatin1String("SINK_EXECUTE_TIME")) {
            series({}, [&](double t) { return rtAt(project, stepIndex, t) * 1.3; });
        } else if (metricType == QLatin1String("FULL_VERIFY_SOURCE_RPS")) {
            series({}, [&](double t) { return std::round(rps(t)); });
        } else if (metricType == QLatin1String("FULL_VERIFY_DEST_RPS")) {
            series({}, [&](double t) { return std::round(rps(t) * 0.98); });
        } else {
            series({}, [&](double t) { return 0.5 + 0.1 * noise(keyOf(project.id) + 31, t / 20.0); });
        }
    }
    const bool rates = metricType.endsWith(QLatin1String("RPS"));
    return envelope(QJsonObject{{QStringLiteral("aggregator"), QStringLiteral("NONE")},
                                {QStringLiteral("referenceValue"),
                                 rates && !incremental ? QJsonValue(qint64(rpsBaseline(project, stepIndex)))
                                                       : QJsonValue(QJsonValue::Null)},
                                {QStringLiteral("metrics"), metrics}});
}

QJsonObject Scenario::listProjectFullVerifyResult(const QString &id, int pageNumber,
                                                  int pageSize) const
{
    const Project *p = find(id);
    if (!p)
        return errorEnvelope(QStringLiteral("GHANA-PROJECT000404"),
                             QStringLiteral("Project %1 does not exist").arg(id));
    pageSize = std::clamp(pageSize, 1, 150);
    pageNumber = std::max(1, pageNumber);
    const double t = simulatedSeconds();
    const bool done = p->kind != Kind::Verifying;
    // Tables finish in order; the front runs ahead of the rest.
    const double front = done ? p->tables : std::fmod(t / 8.0, double(p->tables) + 40.0);
    QJsonArray rows;
    qint64 different = 0;
    for (int i = 0; i < p->tables; ++i) {
        const quint64 h = splitmix(keyOf(p->id) + quint64(i));
        const qint64 rowsInTable = 20'000 + qint64(h % 900'000);
        const double pos = front - i;
        const double frac = pos >= 1 ? 1.0 : (pos <= 0 ? 0.0 : pos);
        const bool finished = frac >= 1.0;
        const bool bad = h % 23 == 0;
        const qint64 mismatched = finished && bad ? qint64(1 + h % 7) : 0;
        const qint64 srcOnly = finished && bad && h % 2 ? 2 : 0;
        different += mismatched + srcOnly;
        if (i < (pageNumber - 1) * pageSize || i >= pageNumber * pageSize)
            continue;
        QString result = QStringLiteral("RUNNING");
        if (finished)
            result = (mismatched + srcOnly) > 0 ? QStringLiteral("INCONSISTENT") : QStringLiteral("CONSISTENT");
        else if (frac == 0.0)
            result = QStringLiteral("NOT_CATEGORIZED");
        rows.append(QJsonObject{
            // Some tables have Chinese names, as real payment schemas do.
            {QStringLiteral("sourceTableName"), (i % 10 == 3 ? QStringLiteral("支付流水_%1") : QStringLiteral("t_%1"))
                                                    .arg(i, 4, 10, QLatin1Char('0'))},
            {QStringLiteral("sourceSchemaName"), p->kind == Kind::Verifying ? QStringLiteral("PAY") : QStringLiteral("uc")},
            {QStringLiteral("destSchemaName"), p->kind == Kind::Verifying ? QStringLiteral("PAY") : QStringLiteral("uc")},
            {QStringLiteral("sourceOnlyCount"), srcOnly},
            {QStringLiteral("destOnlyCount"), 0},
            {QStringLiteral("mismatchedCount"), mismatched},
            {QStringLiteral("consistentCount"), qint64(rowsInTable * frac) - mismatched - srcOnly},
            // both documented scales: fractions for finished tables, percents while running
            {QStringLiteral("progress"), finished ? QStringLiteral("1.0") : QString::number(int(frac * 100))},
            {QStringLiteral("message"), finished ? ((mismatched + srcOnly) ? QStringLiteral("Inconsistent") : QStringLiteral("Consistent")) : QString()},
            {QStringLiteral("status"), finished ? QStringLiteral("FINISHED") : QStringLiteral("RUNNING")},
            {QStringLiteral("resultType"), result},
            {QStringLiteral("resultDesc"), finished ? ((mismatched + srcOnly) ? QStringLiteral("不一致") : QStringLiteral("一致")) : QStringLiteral("校验中")},
            {QStringLiteral("errorDetails"), QJsonValue::Null}});
    }
    return envelope(QJsonObject{{QStringLiteral("differentNumber"), different},
                                {QStringLiteral("fullVerifyTableStatistics"), rows}},
                    p->tables, pageNumber, pageSize);
}

QJsonObject Scenario::syncProgress(const QString &id) const
{
    const Project *p = find(id);
    if (!p || (p->kind != Kind::LegacyFull && p->kind != Kind::LegacyIncr))
        return errorEnvelope(QStringLiteral("SYNC-NOT-FOUND"),
                             QStringLiteral("Sync project %1 does not exist").arg(id));
    const double t = simulatedSeconds();
    const bool incr = p->kind == Kind::LegacyIncr;
    const qint64 checkpoint = nowUtc().toSecsSinceEpoch() - qint64(std::llround(latencyAt(*p, t, 211)));
    return QJsonObject{
        {QStringLiteral("success"), true},
        {QStringLiteral("errorDetail"), QJsonValue::Null},
        {QStringLiteral("code"), QJsonValue::Null},
        {QStringLiteral("message"), QJsonValue::Null},
        {QStringLiteral("advice"), QJsonValue::Null},
        {QStringLiteral("requestId"), QJsonValue::Null},
        {QStringLiteral("pageNumber"), QJsonValue::Null},
        {QStringLiteral("pageSize"), QJsonValue::Null},
        {QStringLiteral("totalCount"), QJsonValue::Null},
        {QStringLiteral("cost"), QStringLiteral("9 ms")},
        {QStringLiteral("data"),
         QJsonObject{{QStringLiteral("status"), QStringLiteral("RUNNING")},
                     {QStringLiteral("importance"), p->importance},
                     {QStringLiteral("enableStructSync"), true},
                     {QStringLiteral("enableFullSync"), true},
                     {QStringLiteral("enableIncrSync"), true},
                     {QStringLiteral("currentStep"), currentStep(*p, t)},
                     // the samples' names (the table documents struct/fullMigrationProgress)
                     {QStringLiteral("structSyncProgress"), 100},
                     {QStringLiteral("fullSyncProgress"), incr ? 100 : int(fullPercentAt(*p, t))},
                     // a string in 3.3
                     {QStringLiteral("incrSyncCheckpoint"),
                      incr ? QJsonValue(QString::number(checkpoint)) : QJsonValue(QJsonValue::Null)}}}};
}

QStringList Scenario::drsJobIds() const
{
    if (m_slice != Slice::All && m_slice != Slice::Drs)
        return {};
    return {drsJobId(), drsSyncJobId()};
}

namespace {
/// The sync job's full synchronization ended this long before the story began, s.
constexpr double SyncFullEndedSeconds = 2 * 86400;
} // namespace

/// A DRS job's progress_info / batch-progress result at simulated time @p t, with the v3
/// ("incre_") or v5 ("incr_") spelling of the delay keys.
QJsonObject Scenario::drsProgressInfo(const QString &id, double t, bool v5) const
{
    const bool sync = id == drsSyncJobId();
    double pct = 100;
    if (!sync) {
        double sum = 0;
        const QJsonArray rows = drsProgressData(id, 0, drsTableCount()).value(QStringLiteral("flow_compare_data")).toArray();
        for (const QJsonValue r : rows)
            sum += r.toObject().value(QStringLiteral("progress")).toDouble();
        pct = rows.isEmpty() ? 0 : sum / rows.size();
    }
    // The migration job's incremental phase has not begun: DRS says "-1", never 0.
    const double delay = sync ? 2.0 + 1.5 * std::sin(t / 83.0) + 0.8 * noise(keyOf(id), t / 30.0) + 0.8 : -1;
    const QString remaining = sync ? QStringLiteral("0") : QString::number(int((100 - pct) * 3));
    const auto entry = [](int completed, const QJsonValue &remaining) {
        return QJsonObject{{QStringLiteral("completed"), QStringLiteral("%1%").arg(completed)},
                           {QStringLiteral("remaining_time"), remaining}};
    };
    const QLatin1String delayKey(v5 ? "incr_trans_delay" : "incre_trans_delay");
    const QLatin1String delayMsKey(v5 ? "incr_trans_delay_millis" : "incre_trans_delay_millis");
    return QJsonObject{
        {QStringLiteral("job_id"), id},
        {QStringLiteral("progress"), QString::number(int(pct))},
        {delayKey, QString::number(delay < 0 ? -1 : int(std::lround(delay)))},
        {delayMsKey, QString::number(delay < 0 ? -1 : qint64(delay * 1000))},
        {QStringLiteral("task_mode"), QStringLiteral("FULL_INCR_TRANS")},
        {QStringLiteral("transfer_status"), sync ? QStringLiteral("INCRE_TRANSFER_STARTED") : QStringLiteral("FULL_TRANSFER_STARTED")},
        {QStringLiteral("process_time"), QString::number(nowUtc().toMSecsSinceEpoch())},
        {QStringLiteral("remaining_time"), remaining},
        {QStringLiteral("progress_map"),
         // The documented keys (REFERENCE.md part 3's vendor example): struct, data, index.
         QJsonObject{{QStringLiteral("struct"), entry(100, QJsonValue::Null)},
                     {QStringLiteral("data"), entry(int(pct), sync ? QJsonValue(QJsonValue::Null) : QJsonValue(remaining))},
                     {QStringLiteral("index"), entry(sync ? 100 : 0, QJsonValue::Null)}}}};
}

QJsonObject Scenario::drsBatchProgress(const QStringList &jobIds) const
{
    QJsonArray results;
    const double t = simulatedSeconds();
    const QStringList known = drsJobIds();
    for (const QString &id : jobIds) {
        if (!known.contains(id)) {
            results.append(QJsonObject{{QStringLiteral("job_id"), id},
                                       {QStringLiteral("error_code"), QStringLiteral("DRS.M05003")},
                                       {QStringLiteral("error_msg"), QStringLiteral("Task information not found.")}});
            continue;
        }
        results.append(drsProgressInfo(id, t, false));
    }
    return QJsonObject{{QStringLiteral("count"), results.size()}, {QStringLiteral("results"), results}};
}

QJsonObject Scenario::drsJobList(const QString &dbUseType, int curPage, int perPage, const QStringList &names) const
{
    QJsonArray all;
    for (const QString &id : drsJobIds()) {
        const bool sync = id == drsSyncJobId();
        if (dbUseType != (sync ? QLatin1String("sync") : QLatin1String("migration")))
            continue;
        if (!names.isEmpty() && !names.contains(id))
            continue;
        const QDateTime created = storyStart().addSecs(sync ? -3 * 86400 : -3600);
        all.append(QJsonObject{
            {QStringLiteral("id"), id},
            {QStringLiteral("name"), sync ? QStringLiteral("crm-sync-gaussdb") : QStringLiteral("orders-to-rds")},
            {QStringLiteral("status"), sync ? QStringLiteral("INCRE_TRANSFER_STARTED") : QStringLiteral("FULL_TRANSFER_STARTED")},
            {QStringLiteral("create_time"), created.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))},
            {QStringLiteral("description"), QString()},
            {QStringLiteral("engine_type"), sync ? QStringLiteral("oracle-to-gaussdbv5") : QStringLiteral("mysql")},
            {QStringLiteral("net_type"), QStringLiteral("vpc")},
            {QStringLiteral("billing_tag"), false},
            {QStringLiteral("job_direction"), QStringLiteral("up")},
            {QStringLiteral("db_use_type"), dbUseType},
            {QStringLiteral("task_type"), QStringLiteral("FULL_INCR_TRANS")},
            {QStringLiteral("node_newFramework"), true}});
    }
    QJsonArray page;
    const int from = std::max(0, (curPage - 1) * perPage);
    for (int i = from; i < all.size() && i < from + perPage; ++i)
        page.append(all.at(i));
    return QJsonObject{{QStringLiteral("total_record"), all.size()}, {QStringLiteral("jobs"), page}};
}

QJsonObject Scenario::drsJobProgressDetail(const QString &jobId) const
{
    if (!drsJobIds().contains(jobId))
        return {};
    const bool sync = jobId == drsSyncJobId();
    const QDateTime fullStart = sync ? storyStart().addSecs(-3 * 86400 + 600) : storyStart().addSecs(-1800);
    QJsonObject times{{QStringLiteral("full_start_time"), fullStart.toString(Qt::ISODate)}};
    if (sync) {
        const QDateTime fullEnd = storyStart().addSecs(qint64(-SyncFullEndedSeconds));
        times.insert(QStringLiteral("full_complete_time"), fullEnd.toString(Qt::ISODate));
        times.insert(QStringLiteral("incr_start_time"), fullEnd.toString(Qt::ISODate));
    }
    QJsonObject progress = drsProgressInfo(jobId, simulatedSeconds(), true);
    progress.remove(QStringLiteral("job_id"));
    return QJsonObject{{QStringLiteral("job"),
                        QJsonObject{{QStringLiteral("id"), jobId},
                                    {QStringLiteral("status"), progress.value(QStringLiteral("transfer_status"))},
                                    {QStringLiteral("progress_info"), progress},
                                    {QStringLiteral("migration_object_progress_info"), times}}}};
}

QJsonObject Scenario::drsMonitorData(const QString &jobId) const
{
    if (!drsJobIds().contains(jobId))
        return {};
    const bool sync = jobId == drsSyncJobId();
    const double t = simulatedSeconds();
    const quint64 k = keyOf(jobId);
    const double src = sync ? 800 * (1 + 0.3 * noise(k, t / 25.0)) : 9000 * (1 + 0.1 * noise(k, t / 15.0));
    const double dst = src * (sync ? 0.98 : 0.96);
    const int delay = sync ? int(std::lround(2.0 + 1.5 * std::sin(t / 83.0) + 0.8 * noise(k, t / 30.0) + 0.8)) : 0;
    // The vendor's types: rps and bandwidth as strings, delays and apply_rate as integers.
    return QJsonObject{{QStringLiteral("bandwidth"), QString::number(sync ? 4 : 37)},
                       {QStringLiteral("is_src_normal"), true},
                       {QStringLiteral("is_dst_normal"), true},
                       {QStringLiteral("src_rps"), QString::number(int(src))},
                       {QStringLiteral("dst_rps"), QString::number(int(dst))},
                       {QStringLiteral("src_delay"), delay},
                       {QStringLiteral("dst_delay"), delay},
                       {QStringLiteral("apply_rate"), qint64(dst * 420)},
                       {QStringLiteral("trans_lines"), QString::number(qint64(t * dst))},
                       {QStringLiteral("update_time"), nowUtc().toString(Qt::ISODate)}};
}

QJsonObject Scenario::drsProgressData(const QString &jobId, int offset, int limit) const
{
    if (!drsJobIds().contains(jobId))
        return {};
    const double t = simulatedSeconds();
    const bool sync = jobId == drsSyncJobId();
    const int n = sync ? 40 : drsTableCount();
    offset = std::max(0, offset);
    limit = std::clamp(limit, 1, 1000);
    QJsonArray rows;
    for (int i = offset; i < n && i < offset + limit; ++i) {
        const quint64 h = splitmix(keyOf(jobId) + quint64(i));
        // Each table starts at its own time and moves at its own pace.
        const double start = double(h % 7200);
        const double pace = 0.02 + double((h >> 16) % 100) / 1000.0; // percent per second
        const int pct = sync ? 100 : int(std::clamp((t - start) * pace, 1.0, 100.0));
        rows.append(QJsonObject{{QStringLiteral("src_db"), QStringLiteral("shop_%1").arg(i / 250)},
                                {QStringLiteral("src_tb"), QStringLiteral("orders_%1").arg(i, 4, 10, QLatin1Char('0'))},
                                {QStringLiteral("dst_db"), QStringLiteral("shop_%1").arg(i / 250)},
                                {QStringLiteral("dst_tb"), QStringLiteral("orders_%1").arg(i, 4, 10, QLatin1Char('0'))},
                                {QStringLiteral("progress"), pct}});
    }
    return QJsonObject{{QStringLiteral("count"), n},
                       {QStringLiteral("create_time"), QString::number(nowUtc().toMSecsSinceEpoch())},
                       {QStringLiteral("flow_compare_data"), rows}};
}

} // namespace omsdash::sim
