// SPDX-License-Identifier: MIT
#include "drsdecoder.h"

#include "json.h"

#include <QCoreApplication>

namespace omsdash::drs {

using namespace json;

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("omsdash::drs", s);
}

bool isAuthCode(const QString &code)
{
    return code == QLatin1String("APIG.0301") || code == QLatin1String("DRS.M00100")
        || code == QLatin1String("APIGW.0301") || code == QLatin1String("DRS.M00103");
}

ApiError errorFromBody(const QJsonObject &o, int httpStatus)
{
    ApiError e;
    e.httpStatus = httpStatus;
    e.code = text(o, {QLatin1String("error_code"), QLatin1String("errorCode")});
    e.message = text(o, {QLatin1String("error_msg"), QLatin1String("errorMsg"),
                         QLatin1String("message")});
    e.requestId = text(o, {QLatin1String("request_id")});
    e.kind = (httpStatus == 401 || httpStatus == 403 || isAuthCode(e.code)) ? ApiError::Kind::Auth
                                                                           : ApiError::Kind::Api;
    return e;
}

/// Top-level error_code on an otherwise successful status.
std::optional<ApiError> embeddedError(const QJsonObject &o)
{
    if (text(o, {QLatin1String("error_code")}).isEmpty())
        return std::nullopt;
    return errorFromBody(o, 200);
}

} // namespace

Result<QList<DrsJobProgress>> decodeBatchProgress(const QByteArray &body)
{
    const auto parsed = parseObject(body);
    if (!parsed.ok())
        return Result<QList<DrsJobProgress>>::failure(parsed.error);
    if (const auto err = embeddedError(parsed.value))
        return Result<QList<DrsJobProgress>>::failure(*err);
    const QJsonValue results = field(parsed.value, {QLatin1String("results")});
    if (!results.isArray())
        return Result<QList<DrsJobProgress>>::failure(
            ApiError::malformed(tr("'results' is missing or not a list"), body));
    QList<DrsJobProgress> jobs;
    QStringList warnings;
    for (const QJsonValue &v : firstRows(results.toArray(), QStringLiteral("batch-progress results"), &warnings)) {
        if (!v.isObject())
            return Result<QList<DrsJobProgress>>::failure(
                ApiError::malformed(tr("'results' holds an item that is not an object"), body));
        const QJsonObject o = v.toObject();
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
        if (!j.jobId.isEmpty())
            jobs << j;
    }
    auto result = Result<QList<DrsJobProgress>>::success(jobs);
    result.warnings = warnings;
    return result;
}

Result<TablePage> decodeProgressData(const QByteArray &body)
{
    const auto parsed = parseObject(body);
    if (!parsed.ok())
        return Result<TablePage>::failure(parsed.error);
    if (const auto err = embeddedError(parsed.value))
        return Result<TablePage>::failure(*err);
    const QJsonObject &root = parsed.value;
    const QJsonValue data = field(root, {QLatin1String("flow_compare_data")});
    if (!data.isArray() && !data.isNull())
        return Result<TablePage>::failure(
            ApiError::malformed(tr("'flow_compare_data' is missing or not a list"), body));
    TablePage page;
    page.totalCount = integer(root, {QLatin1String("count")});
    QStringList warnings;
    for (const QJsonValue &v : firstRows(data.toArray(), QStringLiteral("progress-data flow_compare_data"), &warnings)) {
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
        page.rows << t;
    }
    auto result = Result<TablePage>::success(page);
    result.warnings = warnings;
    return result;
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
