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

void AlertDispatcher::setDestinations(const QList<WebhookDestination> &destinations)
{
    m_destinations.clear();
    m_resendFailing.clear();
    m_resend.stop();
    for (const WebhookDestination &d : destinations)
        addDestination(d);
}

void AlertDispatcher::test(const WebhookDestination &destination,
                           std::function<void(const QString &error, qint64 ms)> done)
{
    const qint64 started = m_clock();
    const bool alertmanager = destination.format == WebhookFormat::Alertmanager;
    WebhookMessage message;
    if (alertmanager) {
        message.url = destination.url;
        message.url.setPath(message.url.path().chopped(message.url.path().endsWith(QLatin1Char('/')) ? 1 : 0)
                            + QStringLiteral("/api/v2/status"));
    } else {
        message = webhookTestMessage(destination, started);
    }
    ++m_inFlight;
    post(destination, message, alertmanager,
         [this, started, done = std::move(done)](const HttpReply &, const QString &error) {
             --m_inFlight;
             done(error, m_clock() - started);
         });
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
    for (const WebhookDestination &d : std::as_const(m_destinations)) {
        if (!d.wants(a.severity))
            continue;
        Attempt attempt{d, event, {}, 0, d.url.toString() + QChar(0x1f) + a.key, ++m_sequence, false};
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

void AlertDispatcher::post(const WebhookDestination &destination, const WebhookMessage &message, bool get,
                           const std::function<void(const HttpReply &, const QString &error)> &done)
{
    ApiRequest request;
    request.method = get ? ApiRequest::Method::Get : ApiRequest::Method::Post;
    request.query = QUrlQuery(message.url);
    request.body = message.body;
    request.what = destination.displayName();
    const QUrl base = message.url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    RequestPolicy policy;
    policy.deadlineMs = 30'000;
    const QUrl url = message.url;
    m_transport->send(base, request, {}, policy, this, [format = destination.format, url, done](const HttpReply &reply) {
        // A robot's URL holds its token (path or query), Alertmanager's maybe a password: no
        // URL of a transport error goes on, and no piece of it a server echoed in its answer.
        static const QRegularExpression anyUrl(QStringLiteral(R"((https?://)(?:[^/\s?#@]*@)?([^/\s?#@]+)[^\s]*)"));
        QString error = reply.transportError.kind != ApiError::Kind::None
            ? reply.transportError.toString().replace(anyUrl, QStringLiteral("\\1\\2/…"))
            : webhookAnswerError(format, reply.status, reply.body);
        for (const QString &part : {url.path(), url.query(QUrl::FullyEncoded), url.query(QUrl::FullyDecoded), url.password()})
            if (part.size() > 1)
                error.replace(part, QStringLiteral("…"));
        done(reply, error);
    });
}

void AlertDispatcher::send(const Attempt &attempt)
{
    ++m_inFlight;
    post(attempt.destination, attempt.message, false, [this, attempt](const HttpReply &reply, const QString &error) {
        --m_inFlight;
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
                if (!m_destinations.contains(next.destination))
                    return; // no longer a destination: edited away meanwhile
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
