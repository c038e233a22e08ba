// SPDX-License-Identifier: MIT
#include "alertdispatcher.h"

#include "httptransport.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QUrlQuery>

namespace omsdash {

namespace {
/// Whether another attempt could succeed: no answer, a server error, a timeout or a rate
/// limit (HTTP 200 with a robot's error code included: DingTalk's "too fast" is one).
bool worthRetrying(const HttpReply &reply)
{
    return reply.status == 0 || reply.status >= 500 || reply.status == 408 || reply.status == 429
        || (reply.status >= 200 && reply.status <= 299);
}
} // namespace

AlertDispatcher::AlertDispatcher(HttpTransport *transport, Clock clock, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_clock(clock ? std::move(clock) : [] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_resend.setInterval(60'000);
    connect(&m_resend, &QTimer::timeout, this, &AlertDispatcher::resendAlertmanager);
}

void AlertDispatcher::addDestination(const WebhookDestination &destination)
{
    m_destinations << destination;
    if (destination.format == WebhookFormat::Alertmanager && !m_resend.isActive())
        m_resend.start();
}

void AlertDispatcher::setAlertmanagerResendMs(int ms)
{
    m_resend.setInterval(ms);
}

void AlertDispatcher::setFiring(const QList<Alert> &firing)
{
    for (const Alert &a : firing)
        if (a.state == Alert::State::Firing && !a.inhibited)
            m_firing.insert(a.key, a);
}

void AlertDispatcher::dispatch(const AlertEvent &event)
{
    const qint64 now = m_clock();
    const Alert &a = event.alert;
    // What Alertmanager is told again follows every event, a silenced resolution included.
    if (event.kind == AlertEvent::Kind::Resolved || event.silenced)
        m_firing.remove(a.key);
    else
        m_firing.insert(a.key, a);
    if (event.silenced)
        return;
    for (int i = 0; i < m_destinations.size(); ++i) {
        const WebhookDestination &d = m_destinations.at(i);
        if (!d.wants(a.severity))
            continue;
        Attempt attempt{d, event, {}, 0, QString::number(i) + QChar(0x1f) + a.key, ++m_sequence, false};
        m_latest.insert(attempt.latestKey, attempt.sequence);
        if (d.format == WebhookFormat::Alertmanager) {
            Alert sent = a;
            if (event.kind == AlertEvent::Kind::Resolved)
                sent.state = Alert::State::Resolved;
            attempt.message = alertmanagerMessage(d.url, {sent}, now, 4LL * m_resend.interval(), m_generatorUrls);
        } else {
            attempt.message = webhookMessage(d, event, now);
        }
        send(attempt);
    }
}

void AlertDispatcher::resendAlertmanager()
{
    const qint64 now = m_clock();
    for (const WebhookDestination &d : std::as_const(m_destinations)) {
        if (d.format != WebhookFormat::Alertmanager)
            continue;
        QList<Alert> alerts;
        for (const Alert &a : std::as_const(m_firing))
            if (d.wants(a.severity))
                alerts << a;
        if (alerts.isEmpty())
            continue;
        Attempt attempt{d, AlertEvent{AlertEvent::Kind::Repeated, alerts.constFirst(), false},
                        alertmanagerMessage(d.url, alerts, now, 4LL * m_resend.interval(), m_generatorUrls), 0, {}, 0,
                        true};
        send(attempt);
    }
}

void AlertDispatcher::send(const Attempt &attempt)
{
    ApiRequest request;
    request.method = ApiRequest::Method::Post;
    request.query = QUrlQuery(attempt.message.url);
    request.body = attempt.message.body;
    request.what = attempt.destination.displayName();
    const QUrl base = attempt.message.url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    RequestPolicy policy;
    policy.deadlineMs = 30'000;
    ++m_inFlight;
    m_transport->send(base, request, {}, policy, this, [this, attempt](const HttpReply &reply) {
        --m_inFlight;
        // A robot's URL holds its token (query or path): no URL of a transport error goes on.
        static const QRegularExpression url(QStringLiteral(R"((https?://[^/\s?#]+)[^\s]*)"));
        QString error = reply.transportError.kind != ApiError::Kind::None
            ? reply.transportError.toString().replace(url, QStringLiteral("\\1/…"))
            : webhookAnswerError(attempt.destination.format, reply.status, reply.body);
        const QString name = attempt.destination.displayName();
        if (error.isEmpty()) {
            m_resendFailing.remove(name);
            emit delivered(name, attempt.event);
            return;
        }
        if (!attempt.latestKey.isEmpty() && m_latest.value(attempt.latestKey) != attempt.sequence)
            return; // a newer event of this alert went out since: this one is stale
        if (attempt.attempt < m_retryDelaysMs.size() && worthRetrying(reply)) {
            Attempt next = attempt;
            ++next.attempt;
            if (next.destination.format == WebhookFormat::DingTalk || next.destination.format == WebhookFormat::Feishu)
                next.message = webhookMessage(next.destination, next.event, m_clock()); // signatures expire
            ++m_inFlight;
            QTimer::singleShot(m_retryDelaysMs.at(attempt.attempt), this, [this, next] {
                --m_inFlight;
                if (next.latestKey.isEmpty() || m_latest.value(next.latestKey) == next.sequence)
                    send(next); // not when a newer event of the alert went out meanwhile
            });
            return;
        }
        if (attempt.resend) { // said once per outage, not every minute
            if (m_resendFailing.contains(name))
                return;
            m_resendFailing.insert(name);
        }
        emit deliveryFailed(name, attempt.event,
                            attempt.attempt > 0 ? tr("%1 (after %n attempts)", nullptr, attempt.attempt + 1).arg(error)
                                                : error);
    });
}

} // namespace omsdash
