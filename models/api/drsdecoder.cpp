// SPDX-License-Identifier: MIT
#include "drsdecoder.h"

#include "json.h"
#include "simdjsonread.h"

#include <QCoreApplication>

#include <cmath>
#include <string_view>

namespace omsdash::drs {

using namespace json;

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("omsdash::drs", s);
}

/// The token itself is refused: expired, revoked or invalid. A role without a permission
/// (DRS.M00102, DRS.M00103) is an Api error, which a new token would not change.
bool isAuthCode(const QString &code)
{
    return code == QLatin1String("APIG.0301") || code == QLatin1String("DRS.M00100")
        || code == QLatin1String("APIGW.0301");
}

ApiError errorFromBody(const QJsonObject &o, int httpStatus)
{
    ApiError e;
    e.httpStatus = httpStatus;
    e.code = text(o, {QLatin1String("error_code"), QLatin1String("errorCode")});
    e.message = text(o, {QLatin1String("error_msg"), QLatin1String("errorMsg"),
                         QLatin1String("message")});
    e.requestId = text(o, {QLatin1String("request_id")});
    e.kind = (httpStatus == 401 || isAuthCode(e.code) || (httpStatus == 403 && e.code.isEmpty()))
        ? ApiError::Kind::Auth
        : ApiError::Kind::Api;
    return e;
}

/// The body's JSON object, or why there is none: not an object (Malformed), or a top-level
/// error_code on an otherwise successful status (the error it names).
Result<QJsonObject> drsObject(const QByteArray &body)
{
    auto parsed = parseObject(body);
    if (parsed.ok() && !text(parsed.value, {QLatin1String("error_code")}).isEmpty())
        return Result<QJsonObject>::failure(errorFromBody(parsed.value, 200));
    return parsed;
}

/// One batch-progress result, or a v5 job detail's `progress_info` (whose delay keys drop
/// the "e" of "incre").
DrsJobProgress progressFrom(const QJsonObject &o)
{
    DrsJobProgress j;
    j.jobId = text(o, {QLatin1String("job_id"), QLatin1String("id")});
    j.progress = number(o, {QLatin1String("progress")});
    j.delaySeconds = number(o, {QLatin1String("incre_trans_delay"),
                                QLatin1String("incr_trans_delay")});
    if (!j.delaySeconds) {
        const auto ms = number(o, {QLatin1String("incre_trans_delay_millis"),
                                   QLatin1String("incr_trans_delay_millis")});
        if (ms)
            j.delaySeconds = *ms / 1000.0;
    }
    if (j.delaySeconds && *j.delaySeconds < 0)
        j.delaySeconds.reset(); // "-1": incremental synchronization has not started; never 0 s
    j.taskMode = text(o, {QLatin1String("task_mode")});
    j.transferStatus = text(o, {QLatin1String("transfer_status"), QLatin1String("status")});
    j.processTime = text(o, {QLatin1String("process_time")});
    j.remainingTime = text(o, {QLatin1String("remaining_time")});
    const QJsonObject map = object(o, {QLatin1String("progress_map")});
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        const QJsonObject entry = it.value().toObject();
        j.progressMap.insert(it.key(),
                             {text(entry, {QLatin1String("completed")}),
                              text(entry, {QLatin1String("remaining_time")})});
    }
    j.errorCode = text(o, {QLatin1String("error_code")});
    j.errorMessage = text(o, {QLatin1String("error_msg"), QLatin1String("error_message")});
    return j;
}

} // namespace

Result<QList<DrsJobProgress>> decodeBatchProgress(const QByteArray &body)
{
    const auto parsed = drsObject(body);
    if (!parsed.ok())
        return Result<QList<DrsJobProgress>>::failure(parsed.error);
    const QJsonValue results = field(parsed.value, {QLatin1String("results")});
    if (!results.isArray())
        return Result<QList<DrsJobProgress>>::failure(
            ApiError::malformed(tr("'results' is missing or not a list"), body));
    QList<DrsJobProgress> jobs;
    QStringList warnings;
    for (const QJsonValue v : firstRows(results.toArray(), QStringLiteral("batch-progress results"), &warnings)) {
        if (!v.isObject())
            return Result<QList<DrsJobProgress>>::failure(
                ApiError::malformed(tr("'results' holds an item that is not an object"), body));
        const DrsJobProgress j = progressFrom(v.toObject());
        if (!j.jobId.isEmpty())
            jobs << j;
    }
    auto result = Result<QList<DrsJobProgress>>::success(jobs);
    result.warnings = warnings;
    return result;
}

namespace detail {

std::optional<TablePage> readUsualProgressData(const QByteArray &body)
{
    using simd::Member;
    const std::optional<simdjson::dom::object> object = simd::parseObject(body);
    if (!object)
        return std::nullopt;
    const std::string_view rootNames[] = {"flow_compare_data", "count", "error_code"};
    Member rootMembers[3];
    if (!simd::membersOf(*object, rootNames, rootMembers) || rootMembers[2] || !rootMembers[0])
        return std::nullopt;
    simdjson::dom::array rows;
    if (rootMembers[0]->get_array().get(rows) != simdjson::SUCCESS || rows.size() > size_t(MaxRows))
        return std::nullopt;
    TablePage page;
    page.totalCount = simd::toInteger(rootMembers[1]);
    page.rows.reserve(qsizetype(rows.size()));
    const std::string_view names[] = {"src_db", "src_tb", "dst_db", "dst_tb", "progress", "status"};
    for (const simdjson::dom::element item : rows) {
        simdjson::dom::object o;
        Member m[6];
        if (item.get_object().get(o) != simdjson::SUCCESS || !simd::membersOf(o, names, m))
            return std::nullopt;
        TableProgress t;
        t.sourceSchema = simd::toText(m[0]);
        t.sourceTable = simd::toText(m[1]);
        t.destSchema = simd::toText(m[2]);
        t.destTable = simd::toText(m[3]);
        t.progress = simd::toNumber(m[4]);
        t.status = simd::toText(m[5]);
        page.rows.append(std::move(t));
    }
    return page;
}

} // namespace detail

Result<TablePage> decodeProgressData(const QByteArray &body)
{
    if (std::optional<TablePage> page = detail::readUsualProgressData(body))
        return Result<TablePage>::success(std::move(*page));
    return detail::decodeProgressDataWithQJson(body);
}

namespace detail {

Result<TablePage> decodeProgressDataWithQJson(const QByteArray &body)
{
    const auto parsed = drsObject(body);
    if (!parsed.ok())
        return Result<TablePage>::failure(parsed.error);
    const QJsonObject &root = parsed.value;
    const QJsonValue data = field(root, {QLatin1String("flow_compare_data")});
    if (!data.isArray() && !data.isNull())
        return Result<TablePage>::failure(
            ApiError::malformed(tr("'flow_compare_data' is missing or not a list"), body));
    TablePage page;
    page.totalCount = integer(root, {QLatin1String("count")});
    QStringList warnings;
    const QJsonArray rows = firstRows(data.toArray(), QStringLiteral("progress-data flow_compare_data"), &warnings);
    page.rows.reserve(rows.size());
    for (const QJsonValue v : rows) {
        if (!v.isObject())
            return Result<TablePage>::failure(ApiError::malformed(
                tr("'flow_compare_data' holds an item that is not an object"), body));
        const QJsonObject o = v.toObject();
        TableProgress t;
        t.sourceSchema = text(o, {QLatin1String("src_db")});
        t.sourceTable = text(o, {QLatin1String("src_tb")});
        t.destSchema = text(o, {QLatin1String("dst_db")});
        t.destTable = text(o, {QLatin1String("dst_tb")});
        t.progress = number(o, {QLatin1String("progress")});
        t.status = text(o, {QLatin1String("status")});
        page.rows.append(std::move(t));
    }
    auto result = Result<TablePage>::success(std::move(page));
    result.warnings = warnings;
    return result;
}

} // namespace detail

namespace {

DrsJob jobFrom(const QJsonObject &o, const QString &parentId)
{
    DrsJob j;
    j.id = text(o, {QLatin1String("id"), QLatin1String("job_id")});
    j.name = text(o, {QLatin1String("name")});
    j.status = text(o, {QLatin1String("status")});
    j.engineType = text(o, {QLatin1String("engine_type")});
    j.jobType = text(o, {QLatin1String("db_use_type"), QLatin1String("job_type")});
    j.taskType = text(o, {QLatin1String("task_type")});
    j.jobDirection = text(o, {QLatin1String("job_direction")});
    j.description = text(o, {QLatin1String("description")});
    j.createdTime = toUtcTime(field(o, {QLatin1String("create_time")}));
    j.parentId = parentId;
    return j;
}

} // namespace

Result<DrsJobPage> decodeJobList(const QByteArray &body)
{
    const auto parsed = drsObject(body);
    if (!parsed.ok())
        return Result<DrsJobPage>::failure(parsed.error);
    const QJsonObject &root = parsed.value;
    const QJsonValue jobs = field(root, {QLatin1String("jobs")});
    if (!jobs.isArray() && !jobs.isNull())
        return Result<DrsJobPage>::failure(ApiError::malformed(tr("'jobs' is missing or not a list"), body));
    DrsJobPage page;
    page.totalCount = integer(root, {QLatin1String("total_record"), QLatin1String("total_count")});
    QStringList warnings;
    for (const QJsonValue v : firstRows(jobs.toArray(), QStringLiteral("job list jobs"), &warnings)) {
        if (!v.isObject())
            return Result<DrsJobPage>::failure(
                ApiError::malformed(tr("'jobs' holds an item that is not an object"), body));
        const QJsonObject o = v.toObject();
        const DrsJob job = jobFrom(o, {});
        if (job.id.isEmpty())
            continue;
        page.jobs << job;
        // A parent's children are jobs of their own (dual-active, multi-to-single); one level,
        // as documented, and within the same row cap.
        for (const QJsonValue c : firstRows(array(o, {QLatin1String("children")}),
                                             QStringLiteral("job list children"), &warnings)) {
            const DrsJob child = jobFrom(c.toObject(), job.id);
            if (!child.id.isEmpty() && c.isObject())
                page.jobs << child;
        }
    }
    auto result = Result<DrsJobPage>::success(page);
    result.warnings = warnings;
    return result;
}

Result<DrsMonitorData> decodeMonitorData(const QByteArray &body)
{
    const auto parsed = drsObject(body);
    if (!parsed.ok())
        return Result<DrsMonitorData>::failure(parsed.error);
    const QJsonObject &o = parsed.value;
    // -1 and the like: no value, never a negative rate or delay.
    const auto nonNegative = [&o](QLatin1String key) { return nonNegativeNumber(o, {key}); };
    DrsMonitorData m;
    m.srcRps = nonNegative(QLatin1String("src_rps"));
    m.dstRps = nonNegative(QLatin1String("dst_rps"));
    m.srcDelay = nonNegative(QLatin1String("src_delay"));
    if (!m.srcDelay) // the vendor's own example spells it as the v3 DR API does
        m.srcDelay = nonNegative(QLatin1String("sr_delay"));
    m.dstDelay = nonNegative(QLatin1String("dst_delay"));
    if (const auto mb = nonNegative(QLatin1String("bandwidth")); mb && std::isfinite(*mb * 1024.0 * 1024.0))
        m.bandwidthBytes = *mb * 1024.0 * 1024.0; // "1e308" MB/s is no rate: dropped, never inf
    m.applyRateBytes = nonNegative(QLatin1String("apply_rate"));
    m.srcNormal = boolean(o, {QLatin1String("is_src_normal")});
    m.dstNormal = boolean(o, {QLatin1String("is_dst_normal")});
    m.updateTime = toUtcTime(field(o, {QLatin1String("update_time")}));
    if (!m.srcRps && !m.dstRps && !m.srcDelay && !m.dstDelay && !m.bandwidthBytes && !m.applyRateBytes
        && !m.updateTime.isValid())
        return Result<DrsMonitorData>::failure(
            ApiError::malformed(tr("monitor-data holds none of the documented rates"), body));
    return Result<DrsMonitorData>::success(m);
}

Result<DrsJobDetail> decodeJobDetail(const QByteArray &body)
{
    const auto parsed = drsObject(body);
    if (!parsed.ok())
        return Result<DrsJobDetail>::failure(parsed.error);
    const QJsonValue job = field(parsed.value, {QLatin1String("job")});
    if (!job.isObject())
        return Result<DrsJobDetail>::failure(ApiError::malformed(tr("'job' is missing or not an object"), body));
    const QJsonObject o = job.toObject();
    DrsJobDetail d;
    d.progress = progressFrom(object(o, {QLatin1String("progress_info")}));
    if (d.progress.jobId.isEmpty())
        d.progress.jobId = text(o, {QLatin1String("id")});
    if (d.progress.transferStatus.isEmpty())
        d.progress.transferStatus = text(o, {QLatin1String("status")});
    const QJsonObject times = object(o, {QLatin1String("migration_object_progress_info")});
    d.fullStartTime = toUtcTime(field(times, {QLatin1String("full_start_time")}));
    d.fullCompleteTime = toUtcTime(field(times, {QLatin1String("full_complete_time")}));
    d.incrStartTime = toUtcTime(field(times, {QLatin1String("incr_start_time")}));
    d.endTime = toUtcTime(field(times, {QLatin1String("end_time")}));
    return Result<DrsJobDetail>::success(d);
}

Result<IamToken> decodeIamToken(const QByteArray &body)
{
    const auto parsed = parseObject(body);
    if (!parsed.ok())
        return Result<IamToken>::failure(parsed.error);
    const QJsonObject token = object(parsed.value, {QLatin1String("token")});
    if (token.isEmpty())
        return Result<IamToken>::failure(ApiError::malformed(tr("'token' is missing"), body));
    IamToken t;
    t.expiresAt = toUtcTime(field(token, {QLatin1String("expires_at")}));
    t.projectId = text(object(token, {QLatin1String("project")}), {QLatin1String("id")});
    return Result<IamToken>::success(t);
}

ApiError decodeHttpError(int httpStatus, const QByteArray &body)
{
    const auto parsed = parseObject(body);
    if (parsed.ok() && !text(parsed.value, {QLatin1String("error_code")}).isEmpty())
        return errorFromBody(parsed.value, httpStatus);
    ApiError e;
    e.httpStatus = httpStatus;
    e.kind = (httpStatus == 401 || httpStatus == 403) ? ApiError::Kind::Auth : ApiError::Kind::Http;
    const QJsonObject iam = parsed.ok() ? object(parsed.value, {QLatin1String("error")}) : QJsonObject{};
    if (!iam.isEmpty()) { // IAM: {"error": {"code": 401, "title": ..., "message": ...}}
        e.code = text(iam, {QLatin1String("code")});
        e.message = text(iam, {QLatin1String("message")});
    } else if (parsed.ok())
        e.message = text(parsed.value, {QLatin1String("error_msg"), QLatin1String("message")});
    else
        e.excerpt = ApiError::malformed({}, body).excerpt;
    return e;
}

} // namespace omsdash::drs
