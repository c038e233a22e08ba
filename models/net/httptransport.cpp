// SPDX-License-Identifier: MIT
#include "httptransport.h"

#include "instanceconfig.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

namespace omsdash {

namespace {
QString seconds(int ms)
{
    return QLocale().toString(ms / 1000.0, 'g', 3);
}

int defaultPort(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.port(scheme == QLatin1String("https") ? 443 : (scheme == QLatin1String("http") ? 80 : -1));
}

/// The instance URL a redirect suggests: the target with the request's own path taken off.
QUrl suggestedBase(const QUrl &target, const QString &requestPath)
{
    QUrl base = target.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString path = base.path();
    if (!requestPath.isEmpty() && path.endsWith(requestPath))
        path.chop(requestPath.size());
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    base.setPath(path);
    return base;
}
} // namespace

/// One request from the budget queue to its answer: owns its reply, its deadline and its
/// redirect rule (qBittorrent's DownloadHandlerImpl). A child of the caller's context, so the
/// context's end ends the request.
class HttpCall : public QObject
{
public:
    HttpCall(HttpTransport *transport, const QUrl &url, const ApiRequest &request,
             const HttpTransport::Headers &headers, const RequestPolicy &policy, QObject *context,
             std::function<void(const HttpReply &)> done)
        : QObject(context)
        , m_transport(transport)
        , m_origin(url)
        , m_url(url)
        , m_request(request)
        , m_headers(headers)
        , m_policy(policy)
        , m_done(std::move(done))
    {
        m_deadline.setSingleShot(true);
        QObject::connect(&m_deadline, &QTimer::timeout, this, [this] {
            m_deadlineHit = true;
            if (m_reply)
                m_reply->abort();
        });
    }

    ~HttpCall() override
    {
        if (m_reply) {
            m_reply->disconnect(this);
            m_reply->abort();
        }
        if (m_started && m_transport)
            m_transport->released(host());
    }

    QString host() const { return m_origin.host().toLower(); }

    void start()
    {
        m_started = true;
        m_elapsed.start();
        m_deadline.start(std::max(1, m_policy.deadlineMs));
        issue();
    }

private:
    void issue()
    {
        QNetworkRequest req(m_url);
        req.setTransferTimeout(m_policy.inactivityTimeoutMs);
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        req.setRawHeader("Accept", "application/json");
        if (m_request.method == ApiRequest::Method::Post)
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        for (const auto &h : std::as_const(m_headers))
            req.setRawHeader(h.first, h.second);
        QNetworkAccessManager *nam = m_transport->networkAccessManager();
        m_reply = m_request.method == ApiRequest::Method::Post ? nam->post(req, m_request.body) : nam->get(req);
        m_reply->setParent(this);
        m_received = 0;
        m_tooLarge = false;
        connect(m_reply, &QNetworkReply::sslErrors, this, &HttpCall::onSslErrors);
        connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
            const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
            if (length.isValid() && length.toLongLong() > m_transport->maxBodyBytes()
                && m_reply->rawHeader("Content-Encoding").isEmpty())
                abortTooLarge();
        });
        connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
            m_received = received;
            if (received > m_transport->maxBodyBytes())
                abortTooLarge();
        });
        connect(m_reply, &QNetworkReply::finished, this, &HttpCall::onFinished);
    }

    void abortTooLarge()
    {
        if (m_tooLarge)
            return;
        m_tooLarge = true;
        m_reply->abort();
    }

    void onSslErrors(const QList<QSslError> &errors)
    {
        const QString pin = normalizedFingerprint(m_policy.pinnedSha256);
        const QSslCertificate peer = m_reply->sslConfiguration().peerCertificate();
        const QString fingerprint = HttpTransport::sha256Fingerprint(peer);
        if (!pin.isEmpty() && !peer.isNull() && normalizedFingerprint(fingerprint) == pin) {
            m_reply->ignoreSslErrors(errors); // this reply, this certificate, these errors
            return;
        }
        QStringList reasons;
        for (const QSslError &e : errors)
            reasons << e.errorString();
        m_untrusted.kind = ApiError::Kind::Tls;
        m_untrusted.message = reasons.join(QStringLiteral("; "));
        m_untrusted.certificateSha256 = fingerprint;
        if (!pin.isEmpty())
            m_untrusted.detail = tr("not the pinned certificate");
    }

    void onFinished()
    {
        // Out of this call's ownership first: the answer below may destroy this call (through
        // its context) while the reply is still inside its own finished() signal.
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->setParent(nullptr);
        reply->deleteLater();
        const QString what = m_request.what;
        HttpReply r;
        r.elapsedMs = m_elapsed.elapsed();
        auto fail = [&](ApiError::Kind kind, const QString &message) {
            r.transportError.kind = kind;
            r.transportError.message = QStringLiteral("%1: %2").arg(what, message);
            complete(r);
        };
        if (m_untrusted.isError()) {
            r.transportError = m_untrusted;
            r.transportError.message = QStringLiteral("%1: %2").arg(what, m_untrusted.message);
            return complete(r);
        }
        const QString cap = QLocale().formattedDataSize(m_transport->maxBodyBytes(), 0);
        const bool compressed = !reply->rawHeader("Content-Encoding").isEmpty();
        if (m_tooLarge)
            return fail(ApiError::Kind::TooLarge,
                        compressed ? tr("compressed body over the %1 cap").arg(cap) : tr("body over the %1 cap").arg(cap));
        if (m_deadlineHit)
            return fail(ApiError::Kind::Timeout,
                        tr("timed out after %1 s (transfer too slow)").arg(seconds(m_policy.deadlineMs)));
        const QNetworkReply::NetworkError error = reply->error();
        if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError)
            return fail(ApiError::Kind::Timeout, tr("timed out after %1 s (no data for %1 s)")
                                                     .arg(seconds(m_policy.inactivityTimeoutMs)));
        const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        const int status = statusAttr.isValid() ? statusAttr.toInt() : 0;
        // Errors below 100 are the connection's, 300-399 the protocol's: the body (if any) is cut.
        const bool broken = (int(error) > 0 && int(error) < 100) || (int(error) >= 300 && int(error) < 400);
        if (broken) {
            if (status <= 0)
                return fail(ApiError::Kind::Network, reply->errorString());
            if (compressed && error != QNetworkReply::RemoteHostClosedError)
                return fail(ApiError::Kind::Malformed,
                            tr("compressed body could not be decompressed (%1)").arg(reply->errorString()));
            return fail(ApiError::Kind::Network,
                        tr("connection closed mid-body (HTTP %1, %2 received)").arg(status).arg(QLocale().formattedDataSize(m_received, 1)));
        }
        if (status <= 0)
            return fail(ApiError::Kind::Network, reply->errorString());
        if (status >= 300 && status < 400 && status != 304) {
            const QUrl target = m_url.resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
            if (!target.isValid() || target.isEmpty())
                return fail(ApiError::Kind::Redirect, tr("HTTP %1 without a Location").arg(status));
            if (!HttpTransport::sameOrigin(target, m_origin)) {
                r.transportError.httpStatus = status;
                const QString to = target.toDisplayString(QUrl::RemoveUserInfo);
                // One arg() call: a URL's own %-escapes are never taken for placeholders.
                return fail(ApiError::Kind::Redirect,
                            tr("%1 redirects to %2 (HTTP %3); credentials stay with %4, so nothing was sent "
                               "there: use %5 as the instance URL")
                                .arg(m_url.toDisplayString(QUrl::RemoveUserInfo), to, QString::number(status),
                                     m_origin.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveUserInfo)
                                         .toDisplayString(),
                                     suggestedBase(target, m_request.path).toDisplayString(QUrl::RemoveUserInfo)));
            }
            if (status == 303 && m_request.method == ApiRequest::Method::Post)
                return fail(ApiError::Kind::Redirect,
                            tr("HTTP 303 to %1 would turn the POST into a GET; not followed").arg(target.toDisplayString()));
            if (++m_hops > HttpTransport::MaxRedirects)
                return fail(ApiError::Kind::Redirect,
                            tr("more than %1 redirects, last to %2").arg(HttpTransport::MaxRedirects).arg(target.toDisplayString()));
            m_url = target; // same origin: same method, body and headers
            issue();
            return;
        }
        r.status = status;
        r.body = reply->readAll();
        r.serverDate = HttpTransport::parseHttpDate(reply->rawHeader("Date"));
        r.subjectToken = reply->rawHeader("X-Subject-Token");
        if (status == 429 || status == 503)
            r.retryAfterMs = HttpTransport::parseRetryAfter(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
        complete(r);
    }

    /// Ends the call: frees its budget slot, then answers. The answer may destroy the context
    /// and with it this object, so nothing is touched after it.
    void complete(const HttpReply &r)
    {
        m_deadline.stop();
        if (m_started && m_transport)
            m_transport->released(host());
        m_started = false;
        auto done = std::move(m_done);
        deleteLater();
        done(r);
    }

    QPointer<HttpTransport> m_transport;
    QUrl m_origin;
    QUrl m_url;
    ApiRequest m_request;
    HttpTransport::Headers m_headers;
    RequestPolicy m_policy;
    std::function<void(const HttpReply &)> m_done;
    QNetworkReply *m_reply = nullptr;
    QTimer m_deadline;
    QElapsedTimer m_elapsed;
    ApiError m_untrusted;
    qint64 m_received = 0;
    int m_hops = 0;
    bool m_started = false;
    bool m_tooLarge = false;
    bool m_deadlineHit = false;
};

HttpTransport::HttpTransport(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_clock.start();
}

HttpTransport::~HttpTransport() = default;

QDateTime HttpTransport::parseHttpDate(const QByteArray &value)
{
    const QString s = QString::fromLatin1(value).trimmed();
    QDateTime t = QLocale::c().toDateTime(s.left(25), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!t.isValid())
        return {};
    t.setTimeSpec(Qt::UTC);
    return t;
}

std::optional<qint64> HttpTransport::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 secs = v.toLongLong(&ok);
    if (ok)
        return secs < 0 ? std::nullopt : std::optional<qint64>(std::min<qint64>(secs, 365LL * 86400) * 1000);
    const QDateTime at = parseHttpDate(v);
    if (!at.isValid())
        return std::nullopt;
    return std::max<qint64>(0, now.msecsTo(at));
}

QUrl HttpTransport::resolve(const QUrl &baseUrl, const ApiRequest &request)
{
    QUrl url = baseUrl;
    QString path = baseUrl.path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + request.path, QUrl::TolerantMode);
    url.setQuery(request.query);
    return url;
}

bool HttpTransport::sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && defaultPort(a) == defaultPort(b);
}

QString HttpTransport::sha256Fingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

int HttpTransport::waiting(const QString &host) const
{
    int n = 0;
    for (const QPointer<HttpCall> &c : m_waiting.value(host.toLower()))
        n += c ? 1 : 0;
    return n;
}

void HttpTransport::send(const QUrl &baseUrl, const ApiRequest &request, const Headers &headers,
                         const RequestPolicy &policy, QObject *context, std::function<void(const HttpReply &)> done)
{
    enqueue(new HttpCall(this, resolve(baseUrl, request), request, headers, policy, context, std::move(done)));
}

void HttpTransport::enqueue(HttpCall *call)
{
    const QString host = call->host();
    m_waiting[host].append(call);
    pump(host);
}

void HttpTransport::pump(const QString &host)
{
    auto it = m_waiting.find(host);
    while (it != m_waiting.end() && !it->isEmpty()) {
        if (!it->first()) { // its context is gone
            it->removeFirst();
            continue;
        }
        const qint64 wait = m_budget.tryStart(host, m_clock.elapsed());
        if (wait < 0)
            return; // a finishing request pumps again
        if (wait > 0) {
            QTimer *&timer = m_wakeups[host];
            if (!timer) {
                timer = new QTimer(this);
                timer->setSingleShot(true);
                connect(timer, &QTimer::timeout, this, [this, host] { pump(host); });
            }
            if (!timer->isActive())
                timer->start(int(wait));
            return;
        }
        HttpCall *call = it->takeFirst();
        call->start();
        it = m_waiting.find(host); // start() may have changed the queues
    }
}

void HttpTransport::released(const QString &host)
{
    m_budget.finish(host);
    // Later, not inside the finishing call's own stack.
    QTimer::singleShot(0, this, [this, host] { pump(host); });
}

} // namespace omsdash
