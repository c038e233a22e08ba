// SPDX-License-Identifier: MIT
#pragma once

#include "alertengine.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace omsdash {

/// The body a webhook destination expects.
enum class WebhookFormat {
    Generic,      ///< omsdash's own JSON (resources/alert-webhook.schema.json)
    DingTalk,     ///< DingTalk custom robot: {"msgtype": "markdown", ...}; signed in the URL
    Feishu,       ///< Feishu / Lark custom bot: {"msg_type": "text", ...}; signed in the body
    WeCom,        ///< WeCom (WeChat Work) group robot: {"msgtype": "markdown", ...}
    Slack,        ///< Slack incoming webhook: {"text": ...}
    Alertmanager, ///< Prometheus Alertmanager: POST {url}/api/v2/alerts, a list of alerts
};
/// "generic", "dingtalk", "feishu", "wecom", "slack", "alertmanager".
QString webhookFormatName(WebhookFormat format);
std::optional<WebhookFormat> webhookFormatFromName(const QString &name);

/// Scheme, host and port of @p url, "https://oapi.dingtalk.com": all of a webhook's URL that
/// may be shown, logged or kept in settings (robots keep their token in path and query).
QUrl webhookOrigin(const QUrl &url);

/// One place alerts are sent to.
struct WebhookDestination
{
    QUrl url;            ///< the robot's URL (its access token included), or Alertmanager's base URL
    WebhookFormat format = WebhookFormat::Generic;
    QString minSeverity = QStringLiteral("LOW"); ///< events below this severity are not sent
    /// DingTalk and Feishu "signature" security setting: the robot's signing secret (from the
    /// keychain or a file, never a settings file). Only the HMAC goes out, never the secret.
    QString secret;

    /// For logs and the alert log: the format, scheme, host and port, "dingtalk
    /// https://oapi.dingtalk.com". Never the path or query: robots keep their access token there.
    QString displayName() const;
    /// Whether an event of @p severity (HIGH, MEDIUM, LOW) goes to this destination.
    bool wants(const QString &severity) const;
    bool operator==(const WebhookDestination &o) const
    {
        return url == o.url && format == o.format && minSeverity == o.minSeverity && secret == o.secret;
    }
};

/// One HTTP POST for a destination.
struct WebhookMessage
{
    QUrl url;
    QByteArray body; ///< JSON
};

/// The POST announcing @p event to @p destination (not Alertmanager), signed at @p nowMs (UTC
/// ms) where the format signs: DingTalk adds `timestamp` (ms) and `sign` = URL-encoded
/// base64(HMAC-SHA256(secret, "timestamp\nsecret")) to the URL's query; Feishu puts
/// `timestamp` (s) and `sign` = base64(HMAC-SHA256("timestamp\nsecret", "")) in the body.
WebhookMessage webhookMessage(const WebhookDestination &destination, const AlertEvent &event, qint64 nowMs);

/// The POST of a test, so a person setting a destination up sees it work: "[TEST] omsdash can
/// reach this destination" and the severities that will come, in the destination's format and
/// signed like an alert. The generic body is {"schemaVersion": 1, "event": "test", "summary"}
/// with no "alert". Not for Alertmanager, which is tested with GET /api/v2/status.
WebhookMessage webhookTestMessage(const WebhookDestination &destination, qint64 nowMs);

/// The POST to Alertmanager's `/api/v2/alerts` for @p alerts: each with labels alertname
/// (the rule's name), instance, project (the project ID; "" for an instance), project_name,
/// rule and severity; annotations summary and description; startsAt (when it fired); endsAt:
/// when it resolved, else @p nowMs + @p validForMs (Alertmanager resolves an alert nobody
/// resends); generatorURL: @p generatorUrls[instance] when given (the instance's console).
WebhookMessage alertmanagerMessage(const QUrl &alertmanagerUrl, const QList<Alert> &alerts, qint64 nowMs,
                                   qint64 validForMs, const QHash<QString, QUrl> &generatorUrls = {});

/// Why the answer (@p status, @p body) of @p format means "not delivered", or empty when it
/// was delivered: HTTP 2xx, and for DingTalk and WeCom `errcode` 0, for Feishu `code` (or the
/// older `StatusCode`) 0. The robots answer 200 with an error code for a bad signature.
QString webhookAnswerError(WebhookFormat format, int status, const QByteArray &body);

/// "[HIGH] Project failed · oms-prod · billing (np_7d4f5b)": the first line of every format.
QString alertHeadline(const AlertEvent &event);

} // namespace omsdash
