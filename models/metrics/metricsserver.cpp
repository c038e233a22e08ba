// SPDX-License-Identifier: MIT
#include "metricsserver.h"

#include "exposition.h"
#include "fleetmetrics.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QTcpServer>

namespace omsdash {

MetricsServer::MetricsServer(const FleetMetrics *metrics, QObject *parent)
    : QObject(parent)
    , m_metrics(metrics)
    , m_server(new QHttpServer(this))
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_server->route(QStringLiteral("/metrics"), QHttpServerRequest::Method::Get,
                    [this](const QHttpServerRequest &request) {
                        ++m_scrapes;
                        const ExpositionFormat format = negotiateExposition(request.value("Accept"));
                        return QHttpServerResponse(expositionContentType(format),
                                                   writeExposition(m_metrics->collect(m_clock()), format));
                    });
    m_server->route(QStringLiteral("/healthz"), QHttpServerRequest::Method::Get, [] {
        return QHttpServerResponse(QByteArrayLiteral("text/plain; charset=utf-8"), QByteArrayLiteral("ok\n"));
    });
    m_server->route(QStringLiteral("/"), QHttpServerRequest::Method::Get, [] {
        return QHttpServerResponse(QByteArrayLiteral("text/html; charset=utf-8"),
                                   QByteArrayLiteral("<!DOCTYPE html><html><head><title>omsdash watch</title></head>"
                                                     "<body><h1>omsdash watch</h1><p><a href=\"/metrics\">Metrics"
                                                     "</a> for Prometheus &middot; <a href=\"/healthz\">Health</a>"
                                                     "</p></body></html>\n"));
    });
}

MetricsServer::~MetricsServer() = default;

bool MetricsServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    auto *tcp = new QTcpServer(this);
    if (!tcp->listen(address, port)) {
        if (error)
            *error = tr("cannot listen on %1 port %2: %3").arg(address.toString()).arg(port).arg(tcp->errorString());
        delete tcp;
        return false;
    }
    m_server->bind(tcp);
    m_tcp = tcp;
    return true;
}

quint16 MetricsServer::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

std::optional<std::pair<QHostAddress, quint16>> parseListenAddress(const QString &text)
{
    const QString t = text.trimmed();
    const qsizetype colon = t.lastIndexOf(QLatin1Char(':'));
    QString host = colon < 0 ? QString() : t.left(colon);
    const QString portText = colon < 0 ? t : t.mid(colon + 1);
    bool ok = false;
    const uint port = portText.toUInt(&ok);
    if (!ok || port > 65535 || portText.startsWith(QLatin1Char('+')))
        return std::nullopt;
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    else if (host.contains(QLatin1Char(':'))) // an IPv6 address goes in brackets: [::1]:9464
        return std::nullopt;
    QHostAddress address;
    if (host.isEmpty() || host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        address = QHostAddress(QHostAddress::LocalHost);
    else if (!address.setAddress(host))
        return std::nullopt;
    return std::make_pair(address, quint16(port));
}

} // namespace omsdash
