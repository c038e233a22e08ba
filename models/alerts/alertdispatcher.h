// SPDX-License-Identifier: MIT
#pragma once

#include "webhookformat.h"

#include <QHash>
#include <QSet>
#include <QObject>
#include <QTimer>

#include <functional>

namespace omsdash {

class HttpTransport;
struct HttpReply;

/// Sends alert events to webhooks and Alertmanager, opt-in per destination and severity.
///
/// Each raised, repeated or resolved event (never a silenced one) is POSTed to every
/// destination that wants its severity, through the application's HttpTransport (its
/// per-host budget, deadline and same-origin redirect rule). A failed POST (no answer, HTTP
/// 5xx, 408 or 429, or a robot's error code) is tried again after each of retryDelaysMs();
/// once they are spent, or at once on another 4xx, deliveryFailed() says why.
///
/// Alertmanager resolves an alert that nobody sends again, so its destinations get every
/// firing alert again each alertmanagerResendMs() (as Prometheus does), with endsAt four
/// resends ahead; a resolved alert is sent once more with its endsAt.
class AlertDispatcher : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<qint64()>; ///< UTC ms

    explicit AlertDispatcher(HttpTransport *transport, Clock clock = {}, QObject *parent = nullptr);

    void addDestination(const WebhookDestination &destination);
    /// Sends to @p destinations from now on (View > Alert webhooks was edited): retries
    /// still waiting for a destination no longer among them are dropped.
    void setDestinations(const QList<WebhookDestination> &destinations);
    const QList<WebhookDestination> &destinations() const { return m_destinations; }

    /// Tries @p destination once, configured or not: a robot gets webhookTestMessage(),
    /// Alertmanager `GET /api/v2/status`. @p done gets the reason it failed (as
    /// deliveryFailed() words it), or empty, and the time the answer took in ms.
    void test(const WebhookDestination &destination, std::function<void(const QString &error, qint64 ms)> done);

    /// Each instance's console URL (credentials removed), for Alertmanager's generatorURL.
    void setGeneratorUrls(const QHash<QString, QUrl> &urls) { m_generatorUrls = urls; }

    /// Waits between attempts, ms; default 5 s, 30 s, 2 min (four attempts).
    void setRetryDelaysMs(const QList<int> &delays) { m_retryDelaysMs = delays; }
    const QList<int> &retryDelaysMs() const { return m_retryDelaysMs; }
    /// How often firing alerts are sent to Alertmanager again; default 60 s.
    void setAlertmanagerResendMs(int ms);
    int alertmanagerResendMs() const { return m_resend.interval(); }

    /// POSTs still under way or waiting for a retry.
    int inFlight() const { return m_inFlight; }
    /// Alerts already firing when the dispatcher starts (restored from the alert log): told
    /// to Alertmanager at the next resend, as if raised now.
    void setFiring(const QList<Alert> &firing);

public slots:
    /// Sends @p event to every destination that wants it.
    void dispatch(const omsdash::AlertEvent &event);

signals:
    /// @p destination is WebhookDestination::displayName(): never its token.
    void delivered(const QString &destination, const omsdash::AlertEvent &event);
    /// Gave up after every attempt; @p error is the last answer ("HTTP 500: …", "errcode 310000: …").
    void deliveryFailed(const QString &destination, const omsdash::AlertEvent &event, const QString &error);

private:
    struct Attempt
    {
        WebhookDestination destination;
        AlertEvent event;
        WebhookMessage message;
        int attempt = 0;
        QString latestKey; ///< destination and alert: a retry is dropped once a newer event went out
        quint64 sequence = 0;
        bool resend = false; ///< Alertmanager's periodic resend: its failures are said once per outage
    };
    void send(const Attempt &attempt);
    /// POSTs (or GETs, when @p get) @p message through the transport; @p done gets the
    /// reply and why it failed (empty when delivered), no URL of the destination in it.
    void post(const WebhookDestination &destination, const WebhookMessage &message, bool get,
              const std::function<void(const HttpReply &, const QString &error)> &done);
    void resendAlertmanager();

    HttpTransport *m_transport;
    Clock m_clock;
    QList<WebhookDestination> m_destinations;
    QHash<QString, QUrl> m_generatorUrls;
    QList<int> m_retryDelaysMs{5'000, 30'000, 120'000};
    QHash<QString, Alert> m_firing; ///< by key: what Alertmanager is told again
    QHash<QString, quint64> m_latest; ///< destination and alert -> sequence of its newest event
    quint64 m_sequence = 0;
    QSet<QString> m_resendFailing; ///< Alertmanager destinations whose resends fail
    QTimer m_resend;
    int m_inFlight = 0;
};

} // namespace omsdash
