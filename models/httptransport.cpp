// SPDX-License-Identifier: MIT
#include "httptransport.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QCryptographicHash>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>

#include "instanceconfig.h"

#include <memory>

namespace omsdash {

namespace {

QDateTime parseHttpDate(const QByteArray &value)
{
    // RFC 7231 IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT"
    const QString s = QString::fromLatin1(value).trimmed();
    QDateTime t = QLocale::c().toDateTime(s.left(25), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!t.isValid())
        return {};
    t.setTimeSpec(Qt::UTC);
    return t;
}

} // namespace

HttpTransport::HttpTransport(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{
    m_nam->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
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

QString HttpTransport::sha256Fingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

void HttpTransport::send(const QUrl &baseUrl, const ApiRequest &request, const Headers &headers,
                         int timeoutMs, const QString &pinnedSha256, QObject *context,
                         std::function<void(const HttpReply &)> done)
{
    QNetworkRequest req(resolve(baseUrl, request));
    req.setTransferTimeout(timeoutMs);
    req.setRawHeader("Accept", "application/json");
    if (request.method == ApiRequest::Method::Post)
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &h : headers)
        req.setRawHeader(h.first, h.second);

    QNetworkReply *reply = request.method == ApiRequest::Method::Post
        ? m_nam->post(req, request.body)
        : m_nam->get(req);
    // Owned by the context: destroying it deletes (and so aborts) the reply after its
    // connections are gone, so done never runs into a dead object.
    reply->setParent(context);

    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    auto tooLarge = std::make_shared<bool>(false);
    auto untrusted = std::make_shared<ApiError>();
    const qint64 cap = m_maxBodyBytes;

    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                     [reply, untrusted, pin = normalizedFingerprint(pinnedSha256)](const QList<QSslError> &errors) {
                         const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
                         const QString fingerprint = sha256Fingerprint(peer);
                         if (!pin.isEmpty() && !peer.isNull() && normalizedFingerprint(fingerprint) == pin) {
                             reply->ignoreSslErrors(errors); // this reply, this certificate, these errors
                             return;
                         }
                         QStringList reasons;
                         for (const QSslError &e : errors)
                             reasons << e.errorString();
                         untrusted->kind = ApiError::Kind::Tls;
                         untrusted->message = reasons.join(QStringLiteral("; "));
                         untrusted->certificateSha256 = fingerprint;
                         if (!pin.isEmpty())
                             untrusted->detail = QObject::tr("not the pinned certificate");
                     });

    QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, cap, tooLarge] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > cap) {
            *tooLarge = true;
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply,
                     [reply, cap, tooLarge](qint64 received, qint64) {
                         if (received > cap && !*tooLarge) {
                             *tooLarge = true;
                             reply->abort();
                         }
                     });
    QObject::connect(reply, &QNetworkReply::finished, context,
                     [reply, timer, tooLarge, untrusted, done = std::move(done), what = request.what] {
                         reply->deleteLater();
                         HttpReply r;
                         r.elapsedMs = timer->elapsed();
                         const QVariant status =
                             reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
                         if (untrusted->isError()) {
                             r.transportError = *untrusted;
                             r.transportError.message = QStringLiteral("%1: %2").arg(what, untrusted->message);
                             done(r);
                             return;
                         }
                         if (*tooLarge) {
                             r.transportError.kind = ApiError::Kind::TooLarge;
                             r.transportError.message =
                                 QObject::tr("%1: the response exceeded the size limit").arg(what);
                             done(r);
                             return;
                         }
                         // A transport failure (1..99: refused, reset, timed out, cancelled)
                         // wins over a status line that arrived before the body stalled.
                         const int code = int(reply->error());
                         const bool transportFailure = code > 0 && code < 100;
                         if (!transportFailure && status.isValid() && status.toInt() > 0) {
                             r.status = status.toInt();
                             r.body = reply->readAll();
                             r.serverDate = parseHttpDate(reply->rawHeader("Date"));
                             r.subjectToken = reply->rawHeader("X-Subject-Token");
                             done(r);
                             return;
                         }
                         const auto err = reply->error();
                         r.transportError.kind = (err == QNetworkReply::TimeoutError
                                                  || err == QNetworkReply::OperationCanceledError)
                             ? ApiError::Kind::Timeout
                             : ApiError::Kind::Network;
                         r.transportError.message = QStringLiteral("%1: %2").arg(what, reply->errorString());
                         done(r);
                     });
}

} // namespace omsdash
