// SPDX-License-Identifier: MIT
#include "types.h"

#include <QCoreApplication>

namespace omsdash {

std::optional<ApiKind> apiKindFromString(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("oms4") || t == QLatin1String("oms"))
        return ApiKind::Oms4;
    if (t == QLatin1String("oms3") || t == QLatin1String("oms33"))
        return ApiKind::Oms3;
    if (t == QLatin1String("drs"))
        return ApiKind::Drs;
    return std::nullopt;
}

QString apiKindToString(ApiKind kind)
{
    switch (kind) {
    case ApiKind::Oms4:
        return QStringLiteral("oms4");
    case ApiKind::Oms3:
        return QStringLiteral("oms3");
    case ApiKind::Drs:
        return QStringLiteral("drs");
    }
    return {};
}

QString ApiError::toString() const
{
    auto tr = [](const char *s) { return QCoreApplication::translate("omsdash::ApiError", s); }; // lupdate's context
    QString head;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        head = tr("Network error");
        break;
    case Kind::Timeout:
        head = tr("Timed out");
        break;
    case Kind::Http:
        head = tr("HTTP %1").arg(httpStatus);
        break;
    case Kind::Auth:
        head = tr("Authentication failed");
        break;
    case Kind::Api:
        head = tr("API error");
        break;
    case Kind::Malformed:
        head = tr("Malformed response");
        break;
    case Kind::TooLarge:
        head = tr("Response too large");
        break;
    case Kind::Tls:
        head = tr("Untrusted certificate");
        break;
    case Kind::Redirect:
        head = tr("Redirected");
        break;
    }
    QString line = context.isEmpty() ? head : context + QStringLiteral(" · ") + head;
    if (!code.isEmpty())
        line += QLatin1Char(' ') + code;
    if (!message.isEmpty())
        line += QStringLiteral(": ") + message;
    if (!detail.isEmpty() && detail != message)
        line += QStringLiteral(" — ") + detail;
    if (!advice.isEmpty())
        line += QStringLiteral(" (") + advice + QLatin1Char(')');
    if (!excerpt.isEmpty())
        line += QStringLiteral(" [") + excerpt + QLatin1Char(']');
    if (!certificateSha256.isEmpty())
        line += tr(" (SHA-256 %1)").arg(certificateSha256);
    return line;
}

ApiError ApiError::malformed(const QString &reason, const QByteArray &body)
{
    ApiError e;
    e.kind = Kind::Malformed;
    e.message = reason;
    QString ex = QString::fromUtf8(body.left(120)).simplified();
    for (QChar &c : ex) {
        if (!c.isPrint())
            c = QLatin1Char('?');
    }
    e.excerpt = body.size() > 120 ? ex + QStringLiteral("…") : ex;
    return e;
}

bool StepMetrics::operator==(const StepMetrics &o) const
{
    return processedRecords == o.processedRecords && capacity == o.capacity
        && srcRps == o.srcRps && dstRps == o.dstRps && srcRt == o.srcRt && dstRt == o.dstRt
        && srcIops == o.srcIops && dstIops == o.dstIops && srcRpsRef == o.srcRpsRef
        && dstRpsRef == o.dstRpsRef && srcRtRef == o.srcRtRef && dstRtRef == o.dstRtRef
        && srcIopsRef == o.srcIopsRef && incrTimestampCheckpoint == o.incrTimestampCheckpoint
        && checkpointSampleTimestamp == o.checkpointSampleTimestamp
        && enableIncrStatistics == o.enableIncrStatistics;
}

bool Step::operator==(const Step &o) const
{
    return order == o.order && name == o.name && description == o.description
        && status == o.status && startTime == o.startTime && finishTime == o.finishTime
        && progress == o.progress && errorCode == o.errorCode && errorMessage == o.errorMessage
        && failedTime == o.failedTime && errorDetails == o.errorDetails && info == o.info;
}

bool ProjectSummary::operator==(const ProjectSummary &o) const
{
    return id == o.id && name == o.name && type == o.type && status == o.status
        && alarmLevel == o.alarmLevel && sourceType == o.sourceType && sinkType == o.sinkType
        && currentStep == o.currentStep && structProgress == o.structProgress
        && fullProgress == o.fullProgress && latencySeconds == o.latencySeconds
        && latencySampleTime == o.latencySampleTime && createdTime == o.createdTime
        && steps == o.steps && serverAlarming == o.serverAlarming && serverAlarmContent == o.serverAlarmContent
        && duplicate == o.duplicate;
}

QString ProjectSummary::rowKey() const
{
    return duplicate == 0 ? id : id + QStringLiteral("#%1").arg(duplicate + 1);
}

QString TableProgress::key() const
{
    // One allocation: a poll makes this key for each of up to 100,000 tables.
    QString key;
    key.reserve(sourceSchema.size() + sourceTable.size() + destSchema.size() + destTable.size() + 3);
    key.append(sourceSchema).append(QLatin1Char('.')).append(sourceTable).append(QLatin1Char('>'));
    key.append(destSchema).append(QLatin1Char('.')).append(destTable);
    return key;
}

bool TableProgress::operator==(const TableProgress &o) const
{
    return sourceSchema == o.sourceSchema && sourceTable == o.sourceTable
        && destSchema == o.destSchema && destTable == o.destTable && progress == o.progress
        && status == o.status && resultType == o.resultType && message == o.message
        && consistentCount == o.consistentCount && mismatchedCount == o.mismatchedCount
        && sourceOnlyCount == o.sourceOnlyCount && destOnlyCount == o.destOnlyCount;
}

QString ProjectComponent::key() const
{
    static const char *const kinds[] = {"Store", "ReverseStore", "FullImport", "IncrSync", "ReverseIncrSync", "FullVerify"};
    return ip.isEmpty() ? QStringLiteral("%1/%2").arg(QLatin1String(kinds[int(kind)]), name)
                        : QStringLiteral("%1/%2@%3").arg(QLatin1String(kinds[int(kind)]), name, ip);
}

bool ProjectComponent::operator==(const ProjectComponent &o) const
{
    return kind == o.kind && name == o.name && ip == o.ip && status == o.status && tps == o.tps
        && delaySeconds == o.delaySeconds && checkpoint == o.checkpoint && sampleTime == o.sampleTime
        && progress == o.progress && error == o.error;
}

} // namespace omsdash
