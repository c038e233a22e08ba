// SPDX-License-Identifier: MIT
#include "omsdecoder.h"

#include "derived.h"
#include "json.h"
#include "simdjsonread.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>
#include <iterator>

namespace omsdash::oms {

using namespace json;

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("omsdash::oms", s);
}

struct Envelope
{
    QJsonValue data;
    std::optional<qint64> totalCount;
};

QString errorDetailText(const QJsonValue &v)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        const QString code = text(o, {QLatin1String("code"), QLatin1String("errorCode")});
        QString msg = text(o, {QLatin1String("message"), QLatin1String("msg")});
        if (msg.isEmpty())
            msg = text(o, {QLatin1String("reason")});
        if (code.isEmpty() && msg.isEmpty())
            return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
        return code.isEmpty() ? msg : (msg.isEmpty() ? code : code + QStringLiteral(": ") + msg);
    }
    return toText(v);
}

void fillErrorFields(ApiError &e, const QJsonObject &root)
{
    const QJsonObject detail = object(root, {QLatin1String("errorDetail")});
    e.code = text(detail, {QLatin1String("code")});
    if (e.code.isEmpty())
        e.code = text(root, {QLatin1String("code"), QLatin1String("errorCode")});
    e.message = text(root, {QLatin1String("message")});
    const QString detailMessage = text(detail, {QLatin1String("message")});
    const QString reason = text(detail, {QLatin1String("reason")});
    if (e.message.isEmpty())
        e.message = detailMessage;
    QStringList parts;
    if (!detailMessage.isEmpty() && detailMessage != e.message)
        parts << detailMessage;
    if (!reason.isEmpty())
        parts << reason;
    e.detail = parts.join(QStringLiteral("; "));
    e.advice = text(root, {QLatin1String("advice")});
    if (e.advice.isEmpty())
        e.advice = text(detail, {QLatin1String("proposal")});
    e.requestId = text(root, {QLatin1String("requestId")});
}

Result<Envelope> decodeEnvelope(const QByteArray &body)
{
    const auto parsed = parseObject(body);
    if (!parsed.ok())
        return Result<Envelope>::failure(parsed.error);
    const QJsonObject &root = parsed.value;
    const QJsonValue successValue = field(root, {QLatin1String("success")});
    const QJsonValue data = field(root, {QLatin1String("data")});
    const std::optional<bool> success = boolean(root, {QLatin1String("success")});
    if (successValue.isUndefined() && data.isUndefined())
        return Result<Envelope>::failure(
            ApiError::malformed(tr("neither 'success' nor 'data' in the response"), body));
    if (success.has_value() && !*success) {
        ApiError e;
        e.kind = ApiError::Kind::Api;
        fillErrorFields(e, root);
        if (e.message.isEmpty() && e.code.isEmpty())
            e.message = tr("the server reported failure without a message");
        return Result<Envelope>::failure(e);
    }
    Envelope env;
    env.data = data;
    env.totalCount = integer(root, {QLatin1String("totalCount")});
    return Result<Envelope>::success(env);
}

/// `data` as an array; null or missing is empty; anything else is malformed.
Result<QJsonArray> dataArray(const Envelope &env, const QByteArray &body)
{
    if (env.data.isNull() || env.data.isUndefined())
        return Result<QJsonArray>::success({});
    if (!env.data.isArray())
        return Result<QJsonArray>::failure(
            ApiError::malformed(tr("'data' is not a list"), body));
    const QJsonArray a = env.data.toArray();
    for (const QJsonValue v : a) {
        if (!v.isObject())
            return Result<QJsonArray>::failure(
                ApiError::malformed(tr("'data' holds an item that is not an object"), body));
    }
    return Result<QJsonArray>::success(a);
}

std::optional<int> percentInt(std::optional<qint64> v)
{
    if (!v)
        return std::nullopt;
    return static_cast<int>(std::clamp<qint64>(*v, INT_MIN, INT_MAX));
}

std::optional<int> percentInt(const QJsonObject &o, std::initializer_list<QLatin1String> names)
{
    return percentInt(integer(o, names));
}

// Both readers' conversions, for the templates below: QJsonValue (json.h) and a simdjson
// member (simdjsonread.h) read alike.
using json::simd::Member;
using json::toBoolean;
using json::toInteger;
using json::toNumber;
using json::toText;
using json::toUtcTime;
using json::simd::toBoolean;
using json::simd::toInteger;
using json::simd::toNumber;
using json::simd::toText;
using json::simd::toUtcTime;

/// stepInfo's members, in the order of the values metricsFrom() takes.
constexpr std::string_view MetricNames[] = {
    "processedRecords", "capacity", "srcRps", "dstRps", "srcRt", "dstRt", "srcIops", "dstIops", "srcRpsRef",
    "dstRpsRef", "srcRtRef", "dstRtRef", "srcIopsRef", "incrTimestampCheckpoint", "checkpointSampleTimestamp",
    "enableIncrStatistics"};
constexpr std::size_t MetricCount = std::size(MetricNames);

template <typename Value>
StepMetrics metricsFrom(const Value (&v)[MetricCount])
{
    StepMetrics m;
    m.processedRecords = toInteger(v[0]);
    m.capacity = toInteger(v[1]);
    m.srcRps = toNumber(v[2]);
    m.dstRps = toNumber(v[3]);
    m.srcRt = toNumber(v[4]);
    m.dstRt = toNumber(v[5]);
    m.srcIops = toNumber(v[6]);
    m.dstIops = toNumber(v[7]);
    m.srcRpsRef = toNumber(v[8]);
    m.dstRpsRef = toNumber(v[9]);
    m.srcRtRef = toNumber(v[10]);
    m.dstRtRef = toNumber(v[11]);
    m.srcIopsRef = toNumber(v[12]);
    m.incrTimestampCheckpoint = toInteger(v[13]);
    m.checkpointSampleTimestamp = toInteger(v[14]);
    m.enableIncrStatistics = toBoolean(v[15]);
    return m;
}

/// json::fields() of names given as string views.
template <std::size_t N>
void fieldsNamed(const QJsonObject &o, const std::string_view (&names)[N], QJsonValue (&out)[N])
{
    QLatin1String latin1[N];
    for (std::size_t i = 0; i < N; ++i)
        latin1[i] = QLatin1String(names[i].data(), qsizetype(names[i].size()));
    fields(o, latin1, out);
}

StepMetrics metricsFromJson(const QJsonObject &o)
{
    // One pass over the keys: a step's stepInfo lacks most of these (an INCR_TRANSFER has only
    // the checkpoints), and a field() per missing member rescans every key.
    QJsonValue v[MetricCount];
    fieldsNamed(o, MetricNames, v);
    return metricsFrom(v);
}

/// A step's own members, in the order of the values stepFrom() takes; extraInfo and
/// stepInfo are read by each reader on its own.
constexpr std::string_view StepNames[] = {"order",      "name",     "description", "status",  "startTime",
                                          "finishTime", "progress", "extraInfo",   "stepInfo"};
constexpr std::size_t StepCount = std::size(StepNames);

template <typename Value>
Step stepFrom(const Value (&v)[StepCount])
{
    Step s;
    s.order = static_cast<int>(toInteger(v[0]).value_or(0));
    s.name = toText(v[1]);
    s.description = toText(v[2]);
    s.status = toText(v[3]);
    s.startTime = toUtcTime(v[4]);
    s.finishTime = toUtcTime(v[5]);
    s.progress = percentInt(toInteger(v[6]));
    return s;
}

/// extraInfo.errorDetails of a step: a list of objects or texts, or one of them.
QStringList errorDetailsFrom(const QJsonValue &details)
{
    QStringList out;
    if (details.isArray()) {
        for (const QJsonValue d : firstRows(details.toArray(), QStringLiteral("errorDetails"), nullptr)) {
            const QString t = errorDetailText(d);
            if (!t.isEmpty())
                out << t;
        }
    } else if (!details.isNull() && !details.isUndefined()) {
        out << errorDetailText(details);
    }
    return out;
}

/// Steps as the console lists them: by `order`, those of equal order as sent.
void sortByOrder(QList<Step> &steps)
{
    std::stable_sort(steps.begin(), steps.end(), [](const Step &a, const Step &b) { return a.order < b.order; });
}

/// What a project row says beyond its own members: steps in order, the current step, schema and
/// full progress, and the incremental latency (from the steps, else extraInfo.syncDelay).
void deriveFromSteps(ProjectSummary &p, const QString &runningStep, std::optional<double> syncDelay,
                     std::optional<qint64> delaySample)
{
    sortByOrder(p.steps);
    p.currentStep = runningStep;
    if (p.currentStep.isEmpty())
        p.currentStep = currentStepName(p.steps);
    p.structProgress = stepProgress(p.steps, StepKind::Schema);
    p.fullProgress = stepProgress(p.steps, StepKind::Full);
    const IncrementalLatency lat = latencyFromSteps(p.steps);
    if (lat.seconds) {
        p.latencySeconds = lat.seconds;
        p.latencySampleTime = lat.sampleTime;
    } else if (syncDelay) {
        p.latencySeconds = syncDelay;
        if (delaySample)
            p.latencySampleTime = QDateTime::fromSecsSinceEpoch(*delaySample, Qt::UTC);
    }
}

} // namespace

Step stepFromJson(const QJsonObject &o)
{
    QJsonValue v[StepCount];
    fieldsNamed(o, StepNames, v);
    Step s = stepFrom(v);
    // extraInfo is small (empty unless the step failed): field() by field() keeps its order of
    // preference between errorMsg and errorMessage.
    const QJsonObject extra = v[7].toObject();
    s.errorCode = text(extra, {QLatin1String("errorCode")});
    s.errorMessage = text(extra, {QLatin1String("errorMsg"), QLatin1String("errorMessage")});
    s.failedTime = toUtcTime(field(extra, {QLatin1String("failedTime")}));
    s.errorDetails = errorDetailsFrom(field(extra, {QLatin1String("errorDetails")}));
    s.info = metricsFromJson(v[8].toObject());
    return s;
}

ProjectSummary projectFromJson(const QJsonObject &o)
{
    ProjectSummary p;
    p.id = text(o, {QLatin1String("id"), QLatin1String("projectId")});
    p.name = text(o, {QLatin1String("name"), QLatin1String("projectName")});
    p.type = text(o, {QLatin1String("type")});
    p.status = text(o, {QLatin1String("status")});
    p.alarmLevel = text(o, {QLatin1String("importance"), QLatin1String("alarmLevel")});
    p.sourceType = text(o, {QLatin1String("sourceEndpointType")});
    p.sinkType = text(o, {QLatin1String("sinkEndpointType")});
    if (p.sourceType.isEmpty())
        p.sourceType = text(object(o, {QLatin1String("sourceConnectInfo")}),
                            {QLatin1String("dbEngine")});
    if (p.sinkType.isEmpty())
        p.sinkType = text(object(o, {QLatin1String("sinkConnectInfo")}),
                          {QLatin1String("dbEngine")});
    p.createdTime = toUtcTime(field(o, {QLatin1String("gmtCreate")}));
    for (const QJsonValue v : array(o, {QLatin1String("steps")})) {
        if (v.isObject())
            p.steps << stepFromJson(v.toObject());
    }

    const QJsonObject alarm = object(o, {QLatin1String("alarmStats")});
    p.serverAlarming = boolean(alarm, {QLatin1String("alarming")});
    p.serverAlarmContent = text(alarm, {QLatin1String("alarmContent")});

    const QJsonObject extra = object(o, {QLatin1String("extraInfo")});
    deriveFromSteps(p, text(extra, {QLatin1String("runningStep")}), number(extra, {QLatin1String("syncDelay")}),
                    integer(extra, {QLatin1String("syncDelaySampleTimestamp")}));
    return p;
}

std::optional<double> progressPercent(const QJsonValue &value)
{
    const auto n = toNumber(value);
    if (!n)
        return std::nullopt;
    bool fraction = false;
    if (value.isString())
        fraction = value.toString().contains(QLatin1Char('.')) && *n <= 1.0;
    else
        fraction = *n > 0.0 && *n < 1.0;
    return fraction ? *n * 100.0 : *n;
}

Result<ProjectPage> decodeListProjects(const QByteArray &body)
{
    if (std::optional<ProjectPage> page = detail::readUsualListProjects(body))
        return Result<ProjectPage>::success(std::move(*page));
    return detail::decodeListProjectsWithQJson(body);
}

namespace {

using json::simd::membersOf;
using json::simd::objectOf;

/// extraInfo of a step, into @p s; false when a name in it is not usual.
bool readStepExtraInfo(const Member &member, Step &s)
{
    const std::optional<simdjson::dom::object> extra = objectOf(member);
    if (!extra)
        return true;
    const std::string_view names[] = {"errorCode", "errorMsg", "errorMessage", "failedTime", "errorDetails"};
    Member m[std::size(names)];
    if (!membersOf(*extra, names, m))
        return false;
    s.errorCode = toText(m[0]);
    s.errorMessage = toText(m[1] ? m[1] : m[2]);
    s.failedTime = toUtcTime(m[3]);
    if (m[4] && !m[4]->is_null()) { // a failed step's details: rare, read as the QJsonValue reader does
        const std::optional<QJsonValue> details = json::simd::toQJsonValue(*m[4]);
        if (!details)
            return false;
        s.errorDetails = errorDetailsFrom(*details);
    }
    return true;
}

std::optional<Step> readStep(simdjson::dom::object o)
{
    Member v[StepCount];
    if (!membersOf(o, StepNames, v))
        return std::nullopt;
    Step s = stepFrom(v);
    if (!readStepExtraInfo(v[7], s))
        return std::nullopt;
    if (const std::optional<simdjson::dom::object> info = objectOf(v[8])) {
        Member m[MetricCount];
        if (!membersOf(*info, MetricNames, m))
            return std::nullopt;
        s.info = metricsFrom(m);
    }
    return s;
}

/// `{engine}.dbEngine` as text; nullopt when a name in it is not usual.
std::optional<QString> dbEngine(const Member &connectInfo)
{
    const std::optional<simdjson::dom::object> o = objectOf(connectInfo);
    if (!o)
        return QString();
    const std::string_view names[] = {"dbEngine"};
    Member m[1];
    if (!membersOf(*o, names, m))
        return std::nullopt;
    return toText(m[0]);
}

std::optional<ProjectSummary> readProject(simdjson::dom::object o)
{
    const std::string_view names[] = {"id",           "projectId",          "name",
                                      "projectName",  "type",               "status",
                                      "importance",   "alarmLevel",         "sourceEndpointType",
                                      "sinkEndpointType", "sourceConnectInfo", "sinkConnectInfo",
                                      "gmtCreate",    "steps",              "alarmStats",
                                      "extraInfo"};
    Member m[std::size(names)];
    if (!membersOf(o, names, m))
        return std::nullopt;
    ProjectSummary p;
    p.id = toText(m[0] ? m[0] : m[1]);
    p.name = toText(m[2] ? m[2] : m[3]);
    p.type = toText(m[4]);
    p.status = toText(m[5]);
    p.alarmLevel = toText(m[6] ? m[6] : m[7]);
    p.sourceType = toText(m[8]);
    p.sinkType = toText(m[9]);
    if (p.sourceType.isEmpty()) {
        const std::optional<QString> engine = dbEngine(m[10]);
        if (!engine)
            return std::nullopt;
        p.sourceType = *engine;
    }
    if (p.sinkType.isEmpty()) {
        const std::optional<QString> engine = dbEngine(m[11]);
        if (!engine)
            return std::nullopt;
        p.sinkType = *engine;
    }
    p.createdTime = toUtcTime(m[12]);
    simdjson::dom::array steps;
    if (m[13] && m[13]->get_array().get(steps) == simdjson::SUCCESS) {
        p.steps.reserve(qsizetype(steps.size()));
        for (const simdjson::dom::element item : steps) {
            simdjson::dom::object step;
            if (item.get_object().get(step) != simdjson::SUCCESS)
                continue;
            std::optional<Step> s = readStep(step);
            if (!s)
                return std::nullopt;
            p.steps.append(std::move(*s));
        }
    }
    if (const std::optional<simdjson::dom::object> alarm = objectOf(m[14])) {
        const std::string_view alarmNames[] = {"alarming", "alarmContent"};
        Member a[std::size(alarmNames)];
        if (!membersOf(*alarm, alarmNames, a))
            return std::nullopt;
        p.serverAlarming = toBoolean(a[0]);
        p.serverAlarmContent = toText(a[1]);
    }
    Member extra[3];
    if (const std::optional<simdjson::dom::object> o = objectOf(m[15])) {
        const std::string_view extraNames[] = {"runningStep", "syncDelay", "syncDelaySampleTimestamp"};
        if (!membersOf(*o, extraNames, extra))
            return std::nullopt;
    }
    deriveFromSteps(p, toText(extra[0]), toNumber(extra[1]), toInteger(extra[2]));
    return p;
}

} // namespace

namespace detail {

std::optional<ProjectPage> readUsualListProjects(const QByteArray &body)
{
    const std::optional<simdjson::dom::object> root = json::simd::parseObject(body);
    if (!root)
        return std::nullopt;
    const std::string_view names[] = {"success", "data", "totalCount"};
    Member m[std::size(names)];
    if (!membersOf(*root, names, m) || (!m[0] && !m[1]) || !toBoolean(m[0]).value_or(true))
        return std::nullopt; // neither member, or a failure: the QJsonDocument reader's error
    ProjectPage page;
    page.totalCount = toInteger(m[2]);
    if (!m[1] || m[1]->is_null())
        return page;
    simdjson::dom::array items;
    if (m[1]->get_array().get(items) != simdjson::SUCCESS || items.size() > size_t(MaxRows))
        return std::nullopt;
    page.projects.reserve(qsizetype(items.size()));
    for (const simdjson::dom::element item : items) {
        simdjson::dom::object o;
        if (item.get_object().get(o) != simdjson::SUCCESS)
            return std::nullopt;
        std::optional<ProjectSummary> p = readProject(o);
        if (!p)
            return std::nullopt;
        if (!p->id.isEmpty())
            page.projects.append(std::move(*p));
    }
    return page;
}

Result<ProjectPage> decodeListProjectsWithQJson(const QByteArray &body)
{
    const auto env = decodeEnvelope(body);
    if (!env.ok())
        return Result<ProjectPage>::failure(env.error);
    const auto items = dataArray(env.value, body);
    if (!items.ok())
        return Result<ProjectPage>::failure(items.error);
    ProjectPage page;
    page.totalCount = env.value.totalCount;
    QStringList warnings;
    for (const QJsonValue v : firstRows(items.value, QStringLiteral("ListProjects data"), &warnings)) {
        ProjectSummary p = projectFromJson(v.toObject());
        if (!p.id.isEmpty())
            page.projects << p;
    }
    auto result = Result<ProjectPage>::success(page);
    result.warnings = warnings;
    return result;
}

} // namespace detail

Result<ProjectProgress> decodeProjectProgress(const QByteArray &body)
{
    const auto env = decodeEnvelope(body);
    if (!env.ok())
        return Result<ProjectProgress>::failure(env.error);
    if (!env.value.data.isObject())
        return Result<ProjectProgress>::failure(
            ApiError::malformed(tr("'data' is not an object"), body));
    const QJsonObject o = env.value.data.toObject();
    ProjectProgress p;
    p.projectId = text(o, {QLatin1String("projectId"), QLatin1String("id")});
    p.status = text(o, {QLatin1String("status")});
    p.alarmLevel = text(o, {QLatin1String("alarmLevel"), QLatin1String("importance")});
    p.currentStep = text(o, {QLatin1String("currentStep")});
    p.structProgress = percentInt(o, {QLatin1String("structTransferProgress"),
                                      QLatin1String("structSyncProgress"),
                                      QLatin1String("structMigrationProgress")});
    p.fullProgress = percentInt(o, {QLatin1String("fullTransferProgress"),
                                    QLatin1String("fullSyncProgress"),
                                    QLatin1String("fullMigrationProgress")});
    const QJsonValue cp = field(o, {QLatin1String("incrSyncCheckpoint")});
    p.incrSyncCheckpointText = toText(cp);
    bool isInteger = false;
    const qint64 cpSeconds = p.incrSyncCheckpointText.trimmed().toLongLong(&isInteger);
    if (isInteger && cpSeconds > 0)
        p.incrSyncCheckpoint = cpSeconds;
    p.reverseIncrTransferCheckpoint = integer(o, {QLatin1String("reverseIncrTransferCheckpoint")});
    p.enableStructTransfer =
        boolean(o, {QLatin1String("enableStructTransfer"), QLatin1String("enableStructSync")});
    p.enableFullTransfer =
        boolean(o, {QLatin1String("enableFullTransfer"), QLatin1String("enableFullSync")});
    p.enableIncrSync = boolean(o, {QLatin1String("enableIncrSync")});
    p.enableReverseIncrTransfer = boolean(o, {QLatin1String("enableReverseIncrTransfer")});
    return Result<ProjectProgress>::success(p);
}

Result<QList<Step>> decodeProjectSteps(const QByteArray &body)
{
    const auto env = decodeEnvelope(body);
    if (!env.ok())
        return Result<QList<Step>>::failure(env.error);
    const auto items = dataArray(env.value, body);
    if (!items.ok())
        return Result<QList<Step>>::failure(items.error);
    QList<Step> steps;
    QStringList warnings;
    for (const QJsonValue v : firstRows(items.value, QStringLiteral("DescribeProjectSteps data"), &warnings))
        steps << stepFromJson(v.toObject());
    sortByOrder(steps);
    auto result = Result<QList<Step>>::success(steps);
    result.warnings = warnings;
    return result;
}

Result<QList<ProjectComponent>> decodeProjectComponents(const QByteArray &body)
{
    using R = Result<QList<ProjectComponent>>;
    const auto env = decodeEnvelope(body);
    if (!env.ok())
        return R::failure(env.error);
    if (!env.value.data.isObject())
        return R::failure(ApiError::malformed(tr("'data' is not an object"), body));
    const QJsonObject data = env.value.data.toObject();
    using Kind = ProjectComponent::Kind;
    const std::pair<QLatin1String, Kind> lists[] = {
        {QLatin1String("storeList"), Kind::Store},
        {QLatin1String("reverseStoreList"), Kind::ReverseStore},
        {QLatin1String("fullImportComponents"), Kind::FullImport},
        {QLatin1String("incrSyncComponents"), Kind::IncrSync},
        {QLatin1String("reverseIncrSyncComponents"), Kind::ReverseIncrSync},
        {QLatin1String("fullVerifyComponents"), Kind::FullVerify},
    };
    QList<ProjectComponent> components;
    QStringList warnings;
    bool anyList = false;
    for (const auto &[key, kind] : lists) {
        const QJsonValue list = field(data, {key});
        if (list.isUndefined() || list.isNull())
            continue;
        if (!list.isArray())
            return R::failure(ApiError::malformed(tr("'%1' is not a list").arg(key), body));
        anyList = true;
        for (const QJsonValue v : firstRows(list.toArray(), QStringLiteral("DescribeProjectComponents %1").arg(key), &warnings)) {
            if (!v.isObject())
                continue;
            const QJsonObject o = v.toObject();
            ProjectComponent c;
            c.kind = kind;
            c.name = text(o, {QLatin1String("name")});
            c.ip = text(o, {QLatin1String("ip")});
            c.status = text(o, {QLatin1String("status")});
            c.tps = nonNegativeNumber(o, {QLatin1String("tps")});
            c.delaySeconds = nonNegativeNumber(o, {QLatin1String("delay")});
            c.checkpoint = text(o, {QLatin1String("checkpoint"), QLatin1String("endCheckpoint")});
            c.sampleTime = toUtcTime(field(o, {QLatin1String("checkpointSampleTimestamp"), QLatin1String("gmt")}));
            if (kind == Kind::FullVerify)
                c.progress = number(o, {QLatin1String("recordProgress")});
            else if (kind == Kind::FullImport)
                c.progress = number(o, {QLatin1String("progress")});
            if (c.progress)
                c.progress = std::clamp(*c.progress, 0.0, 100.0);
            c.error = text(o, {QLatin1String("errMsg")});
            if (c.error.isEmpty()) {
                QStringList details;
                for (const QJsonValue d : firstRows(array(o, {QLatin1String("errorDetails")}), QStringLiteral("errorDetails"), nullptr))
                    details << errorDetailText(d);
                details.removeAll(QString());
                c.error = details.join(QStringLiteral("; "));
            }
            components << c;
        }
    }
    if (!anyList)
        return R::failure(ApiError::malformed(tr("'data' holds none of the component lists"), body));
    auto result = R::success(components);
    result.warnings = warnings;
    return result;
}

Result<QList<StepMetricSeries>> decodeStepMetric(const QByteArray &body, const QString &stepName,
                                                 const QString &metricType)
{
    using R = Result<QList<StepMetricSeries>>;
    const auto env = decodeEnvelope(body);
    if (!env.ok())
        return R::failure(env.error);
    QList<StepMetricSeries> out;
    if (env.value.data.isNull() || env.value.data.isUndefined())
        return R::success(out);
    if (!env.value.data.isObject())
        return R::failure(ApiError::malformed(tr("'data' is not an object"), body));
    const QJsonObject data = env.value.data.toObject();
    const QJsonValue metrics = field(data, {QLatin1String("metrics")});
    if (!metrics.isArray() && !metrics.isNull() && !metrics.isUndefined())
        return R::failure(ApiError::malformed(tr("'metrics' is not a list"), body));
    const std::optional<double> reference = number(data, {QLatin1String("referenceValue")});
    for (const QJsonValue m : firstRows(metrics.toArray(), QStringLiteral("metrics"), nullptr)) {
        if (!m.isObject())
            return R::failure(ApiError::malformed(tr("'metrics' holds an item that is not an object"), body));
        const QJsonObject o = m.toObject();
        StepMetricSeries s;
        s.stepName = stepName;
        s.metricType = metricType;
        s.name = text(o, {QLatin1String("name")});
        s.referenceValue = reference;
        const QJsonObject tags = object(o, {QLatin1String("tags")});
        for (auto it = tags.begin(); it != tags.end(); ++it)
            s.tags.insert(it.key(), toText(it.value()));
        for (const QJsonValue p : firstRows(array(o, {QLatin1String("dataPoints")}), QStringLiteral("dataPoints"), nullptr)) {
            const QJsonObject point = p.toObject();
            const auto t = integer(point, {QLatin1String("timestamp")});
            const auto v = number(point, {QLatin1String("value")});
            if (!t || !v || *t <= 0)
                continue;
            s.points.append({*t < 100'000'000'000LL ? *t * 1000 : *t, *v});
        }
        std::sort(s.points.begin(), s.points.end());
        out << s;
    }
    return R::success(out);
}

Result<TablePage> decodeFullVerifyResult(const QByteArray &body)
{
    const auto env = decodeEnvelope(body);
    if (!env.ok())
        return Result<TablePage>::failure(env.error);
    TablePage page;
    page.totalCount = env.value.totalCount;
    if (env.value.data.isNull() || env.value.data.isUndefined())
        return Result<TablePage>::success(page);
    if (!env.value.data.isObject())
        return Result<TablePage>::failure(
            ApiError::malformed(tr("'data' is not an object"), body));
    const QJsonObject data = env.value.data.toObject();
    page.differentNumber = integer(data, {QLatin1String("differentNumber")});
    const QJsonValue stats = field(data, {QLatin1String("fullVerifyTableStatistics")});
    if (!stats.isArray() && !stats.isNull() && !stats.isUndefined())
        return Result<TablePage>::failure(
            ApiError::malformed(tr("'fullVerifyTableStatistics' is not a list"), body));
    QStringList warnings;
    for (const QJsonValue v : firstRows(stats.toArray(), QStringLiteral("fullVerifyTableStatistics"), &warnings)) {
        if (!v.isObject())
            return Result<TablePage>::failure(ApiError::malformed(
                tr("'fullVerifyTableStatistics' holds an item that is not an object"), body));
        const QJsonObject o = v.toObject();
        TableProgress t;
        t.sourceSchema = text(o, {QLatin1String("sourceSchemaName")});
        t.sourceTable = text(o, {QLatin1String("sourceTableName")});
        t.destSchema = text(o, {QLatin1String("destSchemaName")});
        t.destTable = text(o, {QLatin1String("destTableName")});
        if (t.destTable.isEmpty())
            t.destTable = t.sourceTable; // the API names only the source table
        t.progress = progressPercent(field(o, {QLatin1String("progress")}));
        t.status = text(o, {QLatin1String("status")});
        t.resultType = text(o, {QLatin1String("resultType")});
        t.message = text(o, {QLatin1String("message")});
        if (t.message.isEmpty())
            t.message = text(o, {QLatin1String("resultDesc")});
        t.consistentCount = integer(o, {QLatin1String("consistentCount")});
        t.mismatchedCount = integer(o, {QLatin1String("mismatchedCount")});
        t.sourceOnlyCount = integer(o, {QLatin1String("sourceOnlyCount")});
        t.destOnlyCount = integer(o, {QLatin1String("destOnlyCount")});
        page.rows << t;
    }
    auto result = Result<TablePage>::success(page);
    result.warnings = warnings;
    return result;
}

ApiError decodeHttpError(int httpStatus, const QByteArray &body)
{
    ApiError e;
    e.httpStatus = httpStatus;
    const auto parsed = parseObject(body);
    if (parsed.ok())
        fillErrorFields(e, parsed.value);
    if (httpStatus == 401 || httpStatus == 403)
        e.kind = ApiError::Kind::Auth;
    else if (!e.code.isEmpty())
        e.kind = ApiError::Kind::Api;
    else
        e.kind = ApiError::Kind::Http;
    if (e.message.isEmpty() && !parsed.ok())
        e.excerpt = ApiError::malformed({}, body).excerpt;
    return e;
}

} // namespace omsdash::oms
