// SPDX-License-Identifier: MIT
#pragma once

#include "scenario.h"

#include <QHash>
#include <QHostAddress>
#include <QSet>
#include <QUrl>
#include <QObject>

#include <memory>
#include <vector>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QSslCertificate;
class QSslKey;

namespace omsdash::sim {

/// A fake OMS / DRS server on loopback, speaking the OMS 4 actions (ListProjects,
/// DescribeProjectProgress, DescribeProjectSteps, ListProjectFullVerifyResult), OMS 3.3 sync
/// progress, DRS v3 job list and batch-progress, v5 job detail (type=progress), monitor-data and
/// progress-data, and IAM token issue. OMS calls need HTTP Basic auth with
/// the configured user and password, DRS calls the configured X-Auth-Token; anything else is
/// answered 401 the way each API documents it.
class SimulatorServer : public QObject
{
    Q_OBJECT

public:
    /// Misbehaviour to exercise clients. Applies to every route until cleared.
    enum class Fault {
        None,
        MalformedBody,  ///< 200 with a body that is not JSON
        ServerError,    ///< 502 with an HTML page
        Hang,           ///< never answers
        StallBody,      ///< sends 200 and headers and half a body, then nothing
        IgnorePaging,   ///< ListProjects returns page 1 whatever pageNumber says
    };

    explicit SimulatorServer(Scenario::Slice slice = Scenario::Slice::All, QObject *parent = nullptr);
    ~SimulatorServer() override;

    /// Serves HTTPS with the simulator's own self-signed certificate (CN omsdash-sim, for
    /// 127.0.0.1 and localhost; test only) or with @p certificate and @p key. Call before listen().
    bool useBuiltInCertificate();
    void useCertificate(const QSslCertificate &certificate, const QSslKey &key);
    /// The built-in certificate, e.g. to pin it.
    static QSslCertificate builtInCertificate();

    /// Listens on @p address:@p port (0 picks a free port). Returns the port, 0 on failure.
    quint16 listen(quint16 port = 0, const QHostAddress &address = QHostAddress::LocalHost);
    quint16 port() const { return m_port; }

    Scenario &scenario() { return m_scenario; }
    const Scenario &scenario() const { return m_scenario; }

    void setCredentials(const QString &user, const QString &password);
    void setToken(const QString &token) { m_token = token; }
    /// IAM: `POST /v3/auth/tokens` accepts user iamUser() in domain iamDomain() with
    /// password(), and issues tokens (X-Subject-Token) that expire after this many seconds.
    void setTokenLifetimeSeconds(int seconds) { m_tokenLifetime = seconds; }
    QString iamUser() const { return QStringLiteral("watcher"); }
    QString iamDomain() const { return QStringLiteral("acme"); }
    /// Invalidates every issued token at once (a password change, say).
    void revokeIssuedTokens() { m_issued.clear(); }
    QString user() const { return m_user; }
    QString password() const { return m_password; }
    QString token() const { return m_token; }
    /// The DRS `{project_id}` this server answers for.
    QString drsProjectId() const { return QStringLiteral("054ba152d480d55b2f5dc0069e7ddef0"); }

    void setFault(Fault fault) { m_fault = fault; }
    /// Answers @p route (a requestCount() name, e.g. "ListProjectFullVerifyResult",
    /// "progress-data") with the API's own error, as an edition or region without it does.
    void refuseRoute(const QString &route) { m_refused.insert(route); }

    /// How many requests each route saw: "ListProjects", "DescribeProjectSteps", ...,
    /// "sync-progress", "batch-progress", "progress-data", "iam-tokens".
    int requestCount(const QString &name) const { return m_counts.value(name); }
    /// Requests of every route together.
    int totalRequests() const
    {
        int total = 0;
        for (const int n : m_counts)
            total += n;
        return total;
    }
    void resetCounts() { m_counts.clear(); }

    /// An OMS 4 request as received: its URL (path and query) and body, to replay it.
    struct ReceivedRequest
    {
        QUrl url;
        QByteArray body;
    };
    /// Keeps every OMS 4 request from now on (received()), e.g. for a benchmark to replay.
    void setRecording(bool on) { m_recording = on; }
    QList<ReceivedRequest> received() const { return m_received; }

private:
    bool faulted(QHttpServerResponder &responder);
    bool refused(const QString &route, QHttpServerResponder &responder);
    void respond(QHttpServerResponder &responder, const QJsonObject &body, int status = 200);
    bool omsAuthorized(const QHttpServerRequest &request) const;
    bool drsAuthorized(const QHttpServerRequest &request) const;
    void handleOms4(const QHttpServerRequest &request, QHttpServerResponder &responder);

    Scenario m_scenario;
    std::unique_ptr<QHttpServer> m_server;
    quint16 m_port = 0;
    QString m_user = QStringLiteral("admin");
    QString m_password = QStringLiteral("omsdash-demo");
    QString m_token = QStringLiteral("demo-iam-token");
    Fault m_fault = Fault::None;
    QHash<QString, int> m_counts;
    bool m_recording = false;
    QList<ReceivedRequest> m_received;
    QSet<QString> m_refused;
    QHash<QByteArray, QDateTime> m_issued; ///< issued token -> expiry (UTC)
    int m_tokenLifetime = 24 * 3600;
    std::vector<std::unique_ptr<QHttpServerResponder>> m_hung;
};

} // namespace omsdash::sim
