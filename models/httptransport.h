// SPDX-License-Identifier: MIT
#pragma once

#include "requests.h"
#include "types.h"

#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QSslCertificate;

namespace omsdash {

/// What came back for one request.
struct HttpReply
{
    int status = 0;        ///< HTTP status; 0 when no response arrived
    QByteArray body;
    QDateTime serverDate;  ///< `Date` header, UTC; invalid when absent
    QByteArray subjectToken; ///< IAM's `X-Subject-Token` header; empty otherwise
    qint64 elapsedMs = 0;  ///< from send to finish
    ApiError transportError; ///< Network, Timeout or TooLarge when no usable response came
};

/// The application's one QNetworkAccessManager, with a transfer timeout on every request
/// and a cap on response size. Clients add their own authentication headers.
class HttpTransport : public QObject
{
    Q_OBJECT

public:
    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    explicit HttpTransport(QObject *parent = nullptr);

    /// Largest body accepted, bytes; larger responses are aborted as ApiError::TooLarge.
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    qint64 maxBodyBytes() const { return m_maxBodyBytes; }

    /// Sends @p request against @p baseUrl. @p done runs once, later, unless @p context is
    /// destroyed first: then the request is aborted and @p done never runs.
    /// TLS is verified; certificate errors are ignored for this reply only when the peer's
    /// certificate has the SHA-256 @p pinnedSha256 (any separators and case). Otherwise the
    /// answer is ApiError::Tls carrying the certificate's fingerprint.
    void send(const QUrl &baseUrl, const ApiRequest &request, const Headers &headers,
              int timeoutMs, const QString &pinnedSha256, QObject *context,
              std::function<void(const HttpReply &)> done);

    /// "AB:CD:…" of a certificate, as shown to users and pinned.
    static QString sha256Fingerprint(const QSslCertificate &certificate);

    /// base URL + request path + query.
    static QUrl resolve(const QUrl &baseUrl, const ApiRequest &request);

    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

private:
    QNetworkAccessManager *m_nam;
    qint64 m_maxBodyBytes = 64 * 1024 * 1024;
};

} // namespace omsdash
