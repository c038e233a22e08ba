// SPDX-License-Identifier: MIT
#include "reportformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace omsdash::reportformat {

QString isoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QString isoUtcMs(qint64 utcMs)
{
    return isoUtc(QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC));
}

namespace {

template <typename T>
QJsonValue orNull(const std::optional<T> &v)
{
    if (!v)
        return QJsonValue::Null;
    return QJsonValue(double(*v));
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(isoUtc(t)) : QJsonValue(QJsonValue::Null);
}

QJsonValue unixTimeOrNull(const std::optional<qint64> &seconds)
{
    return seconds ? QJsonValue(isoUtc(QDateTime::fromSecsSinceEpoch(*seconds, Qt::UTC))) : QJsonValue::Null;
}

/// stepInfo, with the units in the key names.
QJsonObject stepMetrics(const StepMetrics &m)
{
    return {
        {QStringLiteral("processedRecords"), orNull(m.processedRecords)},
        {QStringLiteral("capacityRecords"), orNull(m.capacity)},
        {QStringLiteral("srcRps"), orNull(m.srcRps)},
        {QStringLiteral("dstRps"), orNull(m.dstRps)},
        {QStringLiteral("srcRtMs"), orNull(m.srcRt)},
        {QStringLiteral("dstRtMs"), orNull(m.dstRt)},
        {QStringLiteral("srcIopsBytesPerSecond"), orNull(m.srcIops)},
        {QStringLiteral("dstIopsBytesPerSecond"), orNull(m.dstIops)},
        {QStringLiteral("srcRpsRef"), orNull(m.srcRpsRef)},
        {QStringLiteral("dstRpsRef"), orNull(m.dstRpsRef)},
        {QStringLiteral("srcRtRefMs"), orNull(m.srcRtRef)},
        {QStringLiteral("dstRtRefMs"), orNull(m.dstRtRef)},
        {QStringLiteral("srcIopsRefBytesPerSecond"), orNull(m.srcIopsRef)},
        {QStringLiteral("incrTimestampCheckpoint"), unixTimeOrNull(m.incrTimestampCheckpoint)},
        {QStringLiteral("checkpointSampleTimestamp"), unixTimeOrNull(m.checkpointSampleTimestamp)},
    };
}

QJsonObject tableRow(const TableProgress &t)
{
    return {
        {QStringLiteral("sourceSchema"), orNull(t.sourceSchema)},
        {QStringLiteral("sourceTable"), orNull(t.sourceTable)},
        {QStringLiteral("destSchema"), orNull(t.destSchema)},
        {QStringLiteral("destTable"), orNull(t.destTable)},
        {QStringLiteral("progressPercent"), orNull(t.progress)},
        {QStringLiteral("status"), orNull(t.status)},
        {QStringLiteral("resultType"), orNull(t.resultType)},
        {QStringLiteral("message"), orNull(t.message)},
        {QStringLiteral("consistentCount"), orNull(t.consistentCount)},
        {QStringLiteral("mismatchedCount"), orNull(t.mismatchedCount)},
        {QStringLiteral("sourceOnlyCount"), orNull(t.sourceOnlyCount)},
        {QStringLiteral("destOnlyCount"), orNull(t.destOnlyCount)},
    };
}

QString latencySourceName(IncrementalLatency::Source s)
{
    switch (s) {
    case IncrementalLatency::Source::ServerSample:
        return QStringLiteral("serverSample");
    case IncrementalLatency::Source::DesktopClock:
        return QStringLiteral("desktopClock");
    case IncrementalLatency::Source::Reported:
        return QStringLiteral("reported");
    case IncrementalLatency::Source::None:
        break;
    }
    return {};
}

/// The metric sample columns: JSON key (units in the name) and member.
struct SampleColumn
{
    const char *key;
    std::optional<double> MetricSample::*member;
};
constexpr SampleColumn SampleColumns[] = {
    {"srcRps", &MetricSample::srcRps},
    {"dstRps", &MetricSample::dstRps},
    {"srcRtMs", &MetricSample::srcRt},
    {"dstRtMs", &MetricSample::dstRt},
    {"srcIopsBytesPerSecond", &MetricSample::srcIops},
    {"dstIopsBytesPerSecond", &MetricSample::dstIops},
    {"srcRpsRef", &MetricSample::srcRpsRef},
    {"dstRpsRef", &MetricSample::dstRpsRef},
    {"srcRtRefMs", &MetricSample::srcRtRef},
    {"dstRtRefMs", &MetricSample::dstRtRef},
    {"srcIopsRefBytesPerSecond", &MetricSample::srcIopsRef},
    {"latencySeconds", &MetricSample::latencySeconds},
    {"latencyAgeSeconds", &MetricSample::latencyAgeSeconds},
    {"fullProcessedRecords", &MetricSample::fullProcessed},
    {"fullCapacityRecords", &MetricSample::fullCapacity},
    {"verifyProcessedRecords", &MetricSample::verifyProcessed},
    {"verifyCapacityRecords", &MetricSample::verifyCapacity},
};

QString errorKindName(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::None:
        return QStringLiteral("none");
    case ApiError::Kind::Network:
        return QStringLiteral("network");
    case ApiError::Kind::Timeout:
        return QStringLiteral("timeout");
    case ApiError::Kind::Http:
        return QStringLiteral("http");
    case ApiError::Kind::Auth:
        return QStringLiteral("auth");
    case ApiError::Kind::Api:
        return QStringLiteral("api");
    case ApiError::Kind::Malformed:
        return QStringLiteral("malformed");
    case ApiError::Kind::TooLarge:
        return QStringLiteral("tooLarge");
    case ApiError::Kind::Tls:
        return QStringLiteral("tls");
    case ApiError::Kind::Redirect:
        return QStringLiteral("redirect");
    }
    return {};
}

QJsonObject gapJson(const ReportGap &g)
{
    return {
        {QStringLiteral("instance"), g.instance},
        {QStringLiteral("projectId"), orNull(g.projectId)},
        {QStringLiteral("what"), g.what},
        {QStringLiteral("kind"), errorKindName(g.error.kind)},
        {QStringLiteral("httpStatus"), g.error.httpStatus > 0 ? QJsonValue(g.error.httpStatus) : QJsonValue()},
        {QStringLiteral("code"), orNull(g.error.code)},
        {QStringLiteral("message"), g.error.toString()},
    };
}

QJsonArray alertsJson(const QList<AlertLogEntry> &alerts, bool withInstance)
{
    QJsonArray out;
    for (const AlertLogEntry &e : alerts) {
        QJsonObject o{{QStringLiteral("time"), isoUtcMs(e.timeMs)},
                      {QStringLiteral("event"), e.kind},
                      {QStringLiteral("rule"), e.rule},
                      {QStringLiteral("severity"), e.severity},
                      {QStringLiteral("step"), e.step.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.step)},
                      {QStringLiteral("message"), e.message},
                      {QStringLiteral("value"), e.value ? QJsonValue(*e.value) : QJsonValue(QJsonValue::Null)},
                      {QStringLiteral("threshold"), e.threshold ? QJsonValue(*e.threshold) : QJsonValue(QJsonValue::Null)},
                      {QStringLiteral("silenced"), e.silenced}};
        if (withInstance)
            o.insert(QStringLiteral("instance"), e.instance);
        out.append(o);
    }
    return out;
}

QJsonArray gapsJson(const QList<ReportGap> &gaps)
{
    QJsonArray out;
    for (const ReportGap &g : gaps)
        out.append(gapJson(g));
    return out;
}

QJsonObject projectJson(const ProjectReport &p)
{
    const ProjectSummary &s = p.summary;
    QJsonArray steps;
    for (const Step &step : p.steps()) {
        steps.append(QJsonObject{
            {QStringLiteral("order"), step.order},
            {QStringLiteral("name"), step.name},
            {QStringLiteral("description"), orNull(step.description)},
            {QStringLiteral("status"), orNull(step.status)},
            {QStringLiteral("startTime"), timeOrNull(step.startTime)},
            {QStringLiteral("finishTime"), timeOrNull(step.finishTime)},
            {QStringLiteral("durationSeconds"), orNull(finishedStepSeconds(step))},
            {QStringLiteral("progressPercent"), orNull(step.progress)},
            {QStringLiteral("errorCode"), orNull(step.errorCode)},
            {QStringLiteral("errorMessage"), orNull(step.errorMessage)},
            {QStringLiteral("metrics"), stepMetrics(step.info)},
        });
    }
    QJsonArray tables;
    for (const TableProgress &t : p.tables)
        tables.append(tableRow(t));
    const TableSummary ts = tableSummary(p.tables);
    QJsonObject byStatus;
    for (const auto &[status, count] : ts.byStatus)
        byStatus.insert(status.isEmpty() ? QStringLiteral("UNKNOWN") : status, count);
    const LatencySummary ls = latencySummary(p);
    QJsonArray samples;
    for (const MetricSample &m : p.samples) {
        QJsonObject o{{QStringLiteral("time"), isoUtcMs(m.timeMs)}};
        for (const SampleColumn &c : SampleColumns)
            o.insert(QLatin1String(c.key), orNull(m.*c.member));
        samples.append(o);
    }
    return {
        {QStringLiteral("instance"), p.instance},
        {QStringLiteral("api"), apiKindToString(p.api)},
        {QStringLiteral("id"), s.id},
        {QStringLiteral("name"), orNull(s.name)},
        {QStringLiteral("type"), orNull(s.type)},
        {QStringLiteral("status"), orNull(p.status())},
        {QStringLiteral("alarmLevel"), orNull(p.alarmLevel())},
        {QStringLiteral("sourceType"), orNull(s.sourceType)},
        {QStringLiteral("sinkType"), orNull(s.sinkType)},
        {QStringLiteral("currentStep"), orNull(p.currentStep())},
        {QStringLiteral("structProgressPercent"), orNull(p.structProgress())},
        {QStringLiteral("fullProgressPercent"), orNull(p.fullProgress())},
        {QStringLiteral("incrLatencySeconds"), orNull(p.latency.seconds)},
        {QStringLiteral("incrLatencySampleTime"), timeOrNull(p.latency.seconds ? p.latency.sampleTime : QDateTime())},
        {QStringLiteral("incrLatencySource"), orNull(latencySourceName(p.latency.source))},
        {QStringLiteral("latencySummary"),
         QJsonObject{{QStringLiteral("currentSeconds"), orNull(ls.current)},
                     {QStringLiteral("minSeconds"), orNull(ls.min)},
                     {QStringLiteral("averageSeconds"), orNull(ls.average)},
                     {QStringLiteral("p95Seconds"), orNull(ls.p95)},
                     {QStringLiteral("maxSeconds"), orNull(ls.max)},
                     {QStringLiteral("samples"), ls.samples}}},
        {QStringLiteral("steps"), steps},
        {QStringLiteral("tableSummary"),
         QJsonObject{{QStringLiteral("total"), ts.total},
                     {QStringLiteral("byStatus"), byStatus},
                     {QStringLiteral("inconsistent"), int(ts.inconsistent.size())}}},
        {QStringLiteral("tables"), tables},
        {QStringLiteral("samples"), samples},
        {QStringLiteral("errors"), gapsJson(p.gaps)},
        {QStringLiteral("alerts"), alertsJson(p.alerts, false)},
    };
}

QByteArray csvLine(const QStringList &fields)
{
    QByteArray line;
    for (int i = 0; i < fields.size(); ++i) {
        if (i)
            line += ',';
        line += csvField(fields.at(i));
    }
    return line + "\r\n";
}

template <typename T>
QString num(const std::optional<T> &v)
{
    return v ? QString::number(*v, 'g', 15) : QString();
}
QString num(const std::optional<qint64> &v)
{
    return v ? QString::number(*v) : QString();
}
QString num(const std::optional<int> &v)
{
    return v ? QString::number(*v) : QString();
}

} // namespace

QByteArray csvField(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (!bytes.contains(',') && !bytes.contains('"') && !bytes.contains('\n') && !bytes.contains('\r'))
        return bytes;
    bytes.replace("\"", "\"\"");
    return '"' + bytes + '"';
}


QJsonObject toJson(const Report &report)
{
    QJsonArray projects;
    for (const ProjectReport &p : report.projects)
        projects.append(projectJson(p));
    return {
        {QStringLiteral("schemaVersion"), SchemaVersion},
        {QStringLiteral("generator"), QStringLiteral("omsdash %1").arg(QCoreApplication::applicationVersion())},
        {QStringLiteral("generatedAt"), isoUtcMs(report.generatedMs)},
        {QStringLiteral("range"),
         QJsonObject{{QStringLiteral("from"), isoUtcMs(report.fromMs)}, {QStringLiteral("to"), isoUtcMs(report.toMs)}}},
        {QStringLiteral("projects"), projects},
        {QStringLiteral("errors"), gapsJson(report.gaps)},
        {QStringLiteral("alerts"), alertsJson(report.alerts, true)},
    };
}

CsvFiles toCsv(const Report &report)
{
    CsvFiles files;
    files.steps = csvLine({QStringLiteral("instance"), QStringLiteral("projectId"), QStringLiteral("projectName"),
                           QStringLiteral("order"), QStringLiteral("step"), QStringLiteral("status"),
                           QStringLiteral("startTime"), QStringLiteral("finishTime"), QStringLiteral("durationSeconds"),
                           QStringLiteral("progressPercent"), QStringLiteral("errorCode"), QStringLiteral("errorMessage"),
                           QStringLiteral("processedRecords"), QStringLiteral("capacityRecords"),
                           QStringLiteral("srcRps"), QStringLiteral("dstRps"), QStringLiteral("srcRtMs"),
                           QStringLiteral("dstRtMs"), QStringLiteral("srcIopsBytesPerSecond"),
                           QStringLiteral("dstIopsBytesPerSecond")});
    files.tables = csvLine({QStringLiteral("instance"), QStringLiteral("projectId"), QStringLiteral("sourceSchema"),
                            QStringLiteral("sourceTable"), QStringLiteral("destSchema"), QStringLiteral("destTable"),
                            QStringLiteral("progressPercent"), QStringLiteral("status"), QStringLiteral("resultType"),
                            QStringLiteral("consistentCount"), QStringLiteral("mismatchedCount"),
                            QStringLiteral("sourceOnlyCount"), QStringLiteral("destOnlyCount"), QStringLiteral("message")});
    QStringList sampleHeader{QStringLiteral("instance"), QStringLiteral("projectId"), QStringLiteral("time")};
    for (const SampleColumn &c : SampleColumns)
        sampleHeader << QLatin1String(c.key);
    files.metrics = csvLine(sampleHeader);
    files.alerts = csvLine({QStringLiteral("instance"), QStringLiteral("projectId"), QStringLiteral("projectName"),
                            QStringLiteral("time"), QStringLiteral("event"), QStringLiteral("rule"),
                            QStringLiteral("severity"), QStringLiteral("step"), QStringLiteral("message"),
                            QStringLiteral("value"), QStringLiteral("threshold")});
    const auto alertRow = [&files](const AlertLogEntry &e) {
        files.alerts += csvLine({e.instance, e.projectId, e.projectName, isoUtcMs(e.timeMs), e.kind, e.rule, e.severity,
                                 e.step, e.message, num(e.value), num(e.threshold)});
    };
    for (const AlertLogEntry &e : report.alerts)
        alertRow(e);
    for (const ProjectReport &p : report.projects) {
        for (const AlertLogEntry &e : p.alerts)
            alertRow(e);
        const QString &id = p.summary.id;
        for (const Step &s : p.steps()) {
            files.steps += csvLine({p.instance, id, p.summary.name, QString::number(s.order), s.name, s.status,
                                    isoUtc(s.startTime), isoUtc(s.finishTime), num(finishedStepSeconds(s)),
                                    num(s.progress), s.errorCode, s.errorMessage, num(s.info.processedRecords),
                                    num(s.info.capacity), num(s.info.srcRps), num(s.info.dstRps), num(s.info.srcRt),
                                    num(s.info.dstRt), num(s.info.srcIops), num(s.info.dstIops)});
        }
        for (const TableProgress &t : p.tables) {
            files.tables += csvLine({p.instance, id, t.sourceSchema, t.sourceTable, t.destSchema, t.destTable,
                                     num(t.progress), t.status, t.resultType, num(t.consistentCount),
                                     num(t.mismatchedCount), num(t.sourceOnlyCount), num(t.destOnlyCount), t.message});
        }
        for (const MetricSample &m : p.samples) {
            QStringList row{p.instance, id, isoUtcMs(m.timeMs)};
            for (const SampleColumn &c : SampleColumns)
                row << num(m.*c.member);
            files.metrics += csvLine(row);
        }
    }
    return files;
}

} // namespace omsdash::reportformat
