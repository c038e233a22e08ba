// SPDX-License-Identifier: MIT
#include "webhookformat.h"

#include "derived.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QUrlQuery>

namespace omsdash {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("omsdash", s); // lupdate files free functions under their namespace
}

constexpr std::pair<WebhookFormat, const char *> FormatNames[] = {
    {WebhookFormat::Generic, "generic"}, {WebhookFormat::DingTalk, "dingtalk"}, {WebhookFormat::Feishu, "feishu"},
    {WebhookFormat::WeCom, "wecom"},     {WebhookFormat::Slack, "slack"},       {WebhookFormat::Alertmanager, "alertmanager"},
};

QString isoUtc(qint64 utcMs)
{
    return utcMs > 0 ? QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC).toString(Qt::ISODateWithMs) : QString();
}

QJsonValue isoOrNull(qint64 utcMs)
{
    return utcMs > 0 ? QJsonValue(isoUtc(utcMs)) : QJsonValue(QJsonValue::Null);
}

QJsonValue numberOrNull(std::optional<double> v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QString stateName(Alert::State state)
{
    switch (state) {
    case Alert::State::Pending:
        return QStringLiteral("pending");
    case Alert::State::Firing:
        return QStringLiteral("firing");
    case Alert::State::Resolved:
        break;
    }
    return QStringLiteral("resolved");
}

QString subject(const Alert &a)
{
    QString s = a.instance;
    if (a.projectName.isEmpty() || a.projectName == a.projectId)
        s += a.projectId.isEmpty() ? QString() : QStringLiteral(" · %1").arg(a.projectId);
    else
        s += QStringLiteral(" · %1 (%2)").arg(a.projectName, a.projectId);
    return s;
}

/// The lines after the headline: the message and when.
QString details(const AlertEvent &event)
{
    const Alert &a = event.alert;
    QString text = a.message;
    if (event.kind == AlertEvent::Kind::Resolved)
        text += QLatin1Char('\n') + tr("Resolved at %1 UTC; firing since %2 UTC.")
                                        .arg(isoUtc(a.resolvedMs), isoUtc(a.firingMs ? a.firingMs : a.startsMs));
    else
        text += QLatin1Char('\n') + tr("Firing since %1 UTC.").arg(isoUtc(a.firingMs ? a.firingMs : a.startsMs));
    return text;
}

QByteArray hmacBase64(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256).toBase64();
}

QJsonObject genericBody(const AlertEvent &event)
{
    const Alert &a = event.alert;
    const QJsonObject alert{
        {QStringLiteral("key"), a.key},
        {QStringLiteral("rule"), alertRuleName(a.rule)},
        {QStringLiteral("title"), alertRuleTitle(a.rule)},
        {QStringLiteral("severity"), a.severity},
        {QStringLiteral("state"), stateName(a.state)},
        {QStringLiteral("instance"), a.instance},
        {QStringLiteral("projectId"), a.projectId},
        {QStringLiteral("projectName"), a.projectName},
        {QStringLiteral("step"), a.step},
        {QStringLiteral("message"), a.message},
        {QStringLiteral("value"), numberOrNull(a.value)},
        {QStringLiteral("threshold"), numberOrNull(a.threshold)},
        {QStringLiteral("startsAt"), isoOrNull(a.startsMs)},
        {QStringLiteral("firingAt"), isoOrNull(a.firingMs)},
        {QStringLiteral("resolvedAt"), isoOrNull(a.resolvedMs)},
        {QStringLiteral("acknowledged"), a.acknowledged},
    };
    return {{QStringLiteral("schemaVersion"), 1},
            {QStringLiteral("event"), alertEventKindName(event.kind)},
            {QStringLiteral("summary"), alertHeadline(event)},
            {QStringLiteral("alert"), alert}};
}
} // namespace

QString webhookFormatName(WebhookFormat format)
{
    for (const auto &[f, name] : FormatNames)
        if (f == format)
            return QString::fromLatin1(name);
    return {};
}

std::optional<WebhookFormat> webhookFormatFromName(const QString &name)
{
    for (const auto &[f, n] : FormatNames)
        if (name.compare(QLatin1String(n), Qt::CaseInsensitive) == 0)
            return f;
    return std::nullopt;
}

QUrl webhookOrigin(const QUrl &url)
{
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
}

QString WebhookDestination::displayName() const
{
    return webhookFormatName(format) + QLatin1Char(' ') + webhookOrigin(url).toString();
}

bool WebhookDestination::wants(const QString &severity) const
{
    return alarmLevelRank(severity) >= alarmLevelRank(minSeverity); // severities are alarm levels
}

QString alertHeadline(const AlertEvent &event)
{
    const Alert &a = event.alert;
    QString tag;
    switch (event.kind) {
    case AlertEvent::Kind::Raised:
        tag = a.severity;
        break;
    case AlertEvent::Kind::Repeated:
        tag = tr("%1, still firing").arg(a.severity);
        break;
    case AlertEvent::Kind::Resolved:
        tag = tr("RESOLVED");
        break;
    }
    return QStringLiteral("[%1] %2 — %3").arg(tag, alertRuleTitle(a.rule), subject(a));
}

namespace {
/// A robot's POST of @p headline and @p text, signed at @p nowMs where the format signs;
/// @p generic is the body for the generic format.
WebhookMessage robotMessage(const WebhookDestination &destination, const QString &headline, const QString &text,
                            const QJsonObject &generic, qint64 nowMs)
{
    WebhookMessage m{destination.url, {}};
    QJsonObject body;
    switch (destination.format) {
    case WebhookFormat::Generic:
    case WebhookFormat::Alertmanager: // never sent one by one; see alertmanagerMessage()
        body = generic;
        break;
    case WebhookFormat::DingTalk: {
        body = {{QStringLiteral("msgtype"), QStringLiteral("markdown")},
                {QStringLiteral("markdown"),
                 QJsonObject{{QStringLiteral("title"), headline},
                             // DingTalk's markdown breaks a line at a blank line only.
                             {QStringLiteral("text"), QStringLiteral("#### %1\n%2").arg(headline, text)
                                                          .replace(QLatin1Char('\n'), QStringLiteral("\n\n"))}}}};
        if (!destination.secret.isEmpty()) {
            const QByteArray timestamp = QByteArray::number(nowMs);
            const QByteArray secret = destination.secret.toUtf8();
            QUrlQuery query(m.url);
            query.removeAllQueryItems(QStringLiteral("timestamp"));
            query.removeAllQueryItems(QStringLiteral("sign"));
            query.addQueryItem(QStringLiteral("timestamp"), QString::fromLatin1(timestamp));
            // base64 has '+', '/' and '='; encoded here so QUrlQuery keeps them as they are.
            query.addQueryItem(QStringLiteral("sign"),
                               QString::fromLatin1(hmacBase64(secret, timestamp + '\n' + secret).toPercentEncoding()));
            m.url.setQuery(query);
        }
        break;
    }
    case WebhookFormat::Feishu:
        body = {{QStringLiteral("msg_type"), QStringLiteral("text")},
                {QStringLiteral("content"), QJsonObject{{QStringLiteral("text"), headline + QLatin1Char('\n') + text}}}};
        if (!destination.secret.isEmpty()) {
            const QByteArray timestamp = QByteArray::number(nowMs / 1000);
            body.insert(QStringLiteral("timestamp"), QString::fromLatin1(timestamp));
            body.insert(QStringLiteral("sign"),
                        QString::fromLatin1(hmacBase64(timestamp + '\n' + destination.secret.toUtf8(), {})));
        }
        break;
    case WebhookFormat::WeCom:
        body = {{QStringLiteral("msgtype"), QStringLiteral("markdown")},
                {QStringLiteral("markdown"),
                 QJsonObject{{QStringLiteral("content"), QStringLiteral("**%1**\n%2").arg(headline, text)}}}};
        break;
    case WebhookFormat::Slack:
        body = {{QStringLiteral("text"), QStringLiteral("*%1*\n%2").arg(headline, text)}};
        break;
    }
    m.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return m;
}
} // namespace

WebhookMessage webhookMessage(const WebhookDestination &destination, const AlertEvent &event, qint64 nowMs)
{
    return robotMessage(destination, alertHeadline(event), details(event), genericBody(event), nowMs);
}

WebhookMessage webhookTestMessage(const WebhookDestination &destination, qint64 nowMs)
{
    const QString headline = tr("[TEST] omsdash can reach this destination");
    const QString which = destination.minSeverity == QLatin1String("HIGH")     ? tr("HIGH alerts will come here.")
                        : destination.minSeverity == QLatin1String("MEDIUM") ? tr("MEDIUM and HIGH alerts will come here.")
                                                                             : tr("Alerts of every severity will come here.");
    const QString text = tr("%1 Sent at %2 UTC.").arg(which, isoUtc(nowMs));
    const QJsonObject generic{{QStringLiteral("schemaVersion"), 1},
                              {QStringLiteral("event"), QStringLiteral("test")},
                              {QStringLiteral("summary"), headline + QStringLiteral(": ") + text}};
    return robotMessage(destination, headline, text, generic, nowMs);
}

WebhookMessage alertmanagerMessage(const QUrl &alertmanagerUrl, const QList<Alert> &alerts, qint64 nowMs,
                                   qint64 validForMs, const QHash<QString, QUrl> &generatorUrls)
{
    QJsonArray list;
    for (const Alert &a : alerts) {
        const AlertEvent e{a.state == Alert::State::Resolved ? AlertEvent::Kind::Resolved : AlertEvent::Kind::Raised, a,
                           false};
        QJsonObject alert{
            {QStringLiteral("labels"),
             QJsonObject{{QStringLiteral("alertname"), alertRuleName(a.rule)},
                         {QStringLiteral("instance"), a.instance},
                         {QStringLiteral("project"), a.projectId},
                         {QStringLiteral("project_name"), a.projectName},
                         {QStringLiteral("step"), a.step},
                         {QStringLiteral("rule"), alertRuleName(a.rule)},
                         {QStringLiteral("severity"), a.severity.toLower()}}},
            {QStringLiteral("annotations"),
             QJsonObject{{QStringLiteral("summary"), alertHeadline(e)}, {QStringLiteral("description"), a.message}}},
            {QStringLiteral("startsAt"), isoUtc(a.firingMs ? a.firingMs : a.startsMs)},
            {QStringLiteral("endsAt"), isoUtc(a.resolvedMs > 0 ? a.resolvedMs : nowMs + validForMs)},
        };
        const QUrl generator = generatorUrls.value(a.instance);
        if (generator.isValid())
            alert.insert(QStringLiteral("generatorURL"),
                         generator.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery).toString());
        list.append(alert);
    }
    QUrl url = alertmanagerUrl;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/api/v2/alerts"));
    return {url, QJsonDocument(list).toJson(QJsonDocument::Compact)};
}

QString webhookAnswerError(WebhookFormat format, int status, const QByteArray &body)
{
    if (status < 200 || status > 299) {
        QString text = QString::fromUtf8(body.left(200)).simplified();
        return text.isEmpty() ? tr("HTTP %1").arg(status) : tr("HTTP %1: %2").arg(status).arg(text);
    }
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    auto codeError = [&](const QString &codeKey, const QString &messageKey) -> QString {
        const QJsonValue code = o.value(codeKey);
        if (code.isUndefined() || code.toInteger(-1) == 0)
            return {};
        return tr("%1 %2: %3").arg(codeKey).arg(code.toVariant().toString(), o.value(messageKey).toString());
    };
    switch (format) {
    case WebhookFormat::DingTalk:
    case WebhookFormat::WeCom:
        return codeError(QStringLiteral("errcode"), QStringLiteral("errmsg"));
    case WebhookFormat::Feishu: {
        const QString e = codeError(QStringLiteral("code"), QStringLiteral("msg"));
        return e.isEmpty() ? codeError(QStringLiteral("StatusCode"), QStringLiteral("StatusMessage")) : e;
    }
    case WebhookFormat::Generic:
    case WebhookFormat::Slack:
    case WebhookFormat::Alertmanager:
        break;
    }
    return {};
}

} // namespace omsdash
