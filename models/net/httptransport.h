// SPDX-License-Identifier: MIT
#pragma once

#include "requestbudget.h"
#include "requests.h"
#include "types.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QSslCertificate;
class QTimer;

namespace omsdash {

class HttpCall;

/// What came back for one request.
struct HttpReply
{
    int status = 0;        ///< HTTP status; 0 when no response arrived
    QByteArray body;
    QDateTime serverDate;  ///< `Date` header, UTC; invalid when absent
    QByteArray subjectToken; ///< IAM's `X-Subject-Token` header; empty otherwise
    std::optional<qint64> retryAfterMs; ///< `Retry-After` (seconds or HTTP date) as a delay, ms
    qint64 elapsedMs = 0;  ///< from the first byte sent to the end, redirects included
    ApiError transportError; ///< no usable response: Network, Timeout, TooLarge, Tls or Redirect
};

/// How one request is bounded and whom it trusts; from its instance.
struct RequestPolicy
{
    int inactivityTimeoutMs = 15000; ///< no byte for this long ends it: "timed out after 15 s (no data)"
    int deadlineMs = 60000;          ///< the whole transfer, redirects included: "timed out after
                                     ///< 60 s (transfer too slow)"; waiting for the budget is not counted
    QString pinnedSha256;            ///< the one untrusted certificate accepted (any separators)
};

/// The application's one QNetworkAccessManager. Every request:
/// - waits for the per-host RequestBudget (see BudgetLimits: 4 in flight, 10/s, bursts of 20);
/// - has an inactivity timeout and a total deadline (RequestPolicy);
/// - keeps its headers (credentials) with the origin (scheme, host, port) it was sent to: a
///   redirect within that origin is followed with the same method and body (5 hops at most),
///   any other redirect is an ApiError::Redirect naming both URLs, never a resend;
/// - takes at most maxBodyBytes() of body, after decompression (ApiError::TooLarge).
/// Clients add their own authentication headers.
class HttpTransport : public QObject
{
    Q_OBJECT

public:
    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    explicit HttpTransport(QObject *parent = nullptr);
    ~HttpTransport() override;

    /// Largest body accepted, bytes (default 64 MiB); larger responses are aborted as ApiError::TooLarge.
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    qint64 maxBodyBytes() const { return m_maxBodyBytes; }
    static constexpr int MaxRedirects = 5;

    /// The per-host budget every request waits for.
    void setBudgetLimits(const BudgetLimits &limits) { m_budget.setLimits(limits); }
    const BudgetLimits &budgetLimits() const { return m_budget.limits(); }
    /// Requests in flight to @p host now, and waiting for its budget.
    int inFlight(const QString &host) const { return m_budget.inFlight(host); }
    int waiting(const QString &host) const;

    /// Sends @p request against @p baseUrl. @p done runs once, later, unless @p context is
    /// destroyed first: then the request is aborted (or leaves the queue) and @p done never runs.
    /// TLS is verified; certificate errors are ignored for this reply only when the peer's
    /// certificate has the SHA-256 of @p policy (any separators and case). Otherwise the
    /// answer is ApiError::Tls carrying the certificate's fingerprint.
    void send(const QUrl &baseUrl, const ApiRequest &request, const Headers &headers,
              const RequestPolicy &policy, QObject *context, std::function<void(const HttpReply &)> done);

    /// "AB:CD:…" of a certificate, as shown to users and pinned.
    static QString sha256Fingerprint(const QSslCertificate &certificate);

    /// base URL + request path + query.
    static QUrl resolve(const QUrl &baseUrl, const ApiRequest &request);
    /// Whether @p a and @p b share scheme, host and port (default ports filled in).
    static bool sameOrigin(const QUrl &a, const QUrl &b);
    /// `Retry-After` as a delay from @p now (UTC): delay-seconds or an HTTP date; nullopt when
    /// absent or unreadable; never negative.
    static std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &now);
    /// RFC 7231 IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"), UTC; invalid otherwise.
    static QDateTime parseHttpDate(const QByteArray &value);

    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

private:
    friend class HttpCall;
    void enqueue(HttpCall *call);
    void pump(const QString &host);
    void released(const QString &host);

    QNetworkAccessManager *m_nam;
    qint64 m_maxBodyBytes = 64LL * 1024 * 1024;
    RequestBudget m_budget;
    QElapsedTimer m_clock;
    QHash<QString, QList<QPointer<HttpCall>>> m_waiting;
    QHash<QString, QTimer *> m_wakeups;
};

} // namespace omsdash
