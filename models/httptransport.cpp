// SPDX-License-Identifier: MIT
#include "httptransport.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

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

void HttpTransport::send(const QUrl &baseUrl, const ApiRequest &request, const Headers &headers,
                         int timeoutMs, QObject *context,
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
    const qint64 cap = m_maxBodyBytes;

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
                     [reply, timer, tooLarge, done = std::move(done), what = request.what] {
                         reply->deleteLater();
                         HttpReply r;
                         r.elapsedMs = timer->elapsed();
                         const QVariant status =
                             reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
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
