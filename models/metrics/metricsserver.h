// SPDX-License-Identifier: MIT
#pragma once

#include <QHostAddress>
#include <QObject>

#include <functional>
#include <optional>
#include <utility>

class QHttpServer;
class QTcpServer;

namespace omsdash {

class FleetMetrics;

/// The HTTP side of `omsdash watch --listen`, for Prometheus and the service manager:
///   GET /metrics  FleetMetrics::collect() at the moment of the scrape, in the text format
///                 0.0.4, or OpenMetrics 1.0 when the `Accept` header asks for it; a scrape
///                 reads what the pollers hold and never triggers an API call;
///   GET /healthz  200 "ok": the event loop answers;
///   GET /         a short page naming both.
/// Anything else is 404. Nothing is authenticated: listen on loopback (the default), or put
/// a proxy with TLS in front.
class MetricsServer : public QObject
{
    Q_OBJECT

public:
    /// UTC ms now: what collect() gets; injectable for tests.
    using Clock = std::function<qint64()>;

    /// Serves @p metrics (not owned; must outlive the server).
    explicit MetricsServer(const FleetMetrics *metrics, QObject *parent = nullptr);
    ~MetricsServer() override;

    /// Listens on @p address, @p port (0: any free port); false and the reason in @p error
    /// (address in use, not permitted...) when it cannot.
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    /// The port listened on; 0 before listen() succeeded.
    quint16 port() const;
    void setClock(Clock clock) { m_clock = std::move(clock); }
    /// Scrapes of /metrics served so far.
    quint64 scrapes() const { return m_scrapes; }

private:
    const FleetMetrics *m_metrics;
    QHttpServer *m_server;
    QTcpServer *m_tcp = nullptr;
    Clock m_clock;
    quint64 m_scrapes = 0;
};

/// `--listen`'s value: "9464" or ":9464" (loopback, 127.0.0.1), "127.0.0.1:9464",
/// "localhost:9464", "[::1]:9464", "0.0.0.0:9464" (every interface); the port 0 to 65535
/// (0: any free port). nullopt for anything else, a host name other than localhost included.
std::optional<std::pair<QHostAddress, quint16>> parseListenAddress(const QString &text);

} // namespace omsdash
