// SPDX-License-Identifier: MIT
#include "simulatorserver.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QFile>
#include <QLocale>
#include <QSslCertificate>
#include <QSslKey>

namespace omsdash::sim {

namespace {

QByteArray httpDate(const QDateTime &utc)
{
    return QLocale::c()
        .toString(utc.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
        .toLatin1();
}

QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &h : request.headers()) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

int intOr(const QJsonValue &v, int fallback)
{
    if (v.isDouble())
        return v.toInt();
    if (v.isString()) {
        bool ok = false;
        const int i = v.toString().toInt(&ok);
        return ok ? i : fallback;
    }
    return fallback;
}

QJsonObject omsUnauthorized()
{
    return {{QStringLiteral("success"), false},
            {QStringLiteral("code"), QStringLiteral("UNAUTHORIZED")},
            {QStringLiteral("message"), QStringLiteral("Full authentication is required")},
            {QStringLiteral("errorDetail"), QJsonValue::Null}};
}

/// DRS's error body: {"error_code", "error_msg"}.
QJsonObject drsError(const char *code, const char *message)
{
    return {{QStringLiteral("error_code"), QString::fromLatin1(code)},
            {QStringLiteral("error_msg"), QString::fromLatin1(message)},
            {QStringLiteral("request_id"), QStringLiteral("sim")}};
}

} // namespace

SimulatorServer::SimulatorServer(Scenario::Slice slice, QObject *parent)
    : QObject(parent)
    , m_scenario(slice)
    , m_server(std::make_unique<QHttpServer>())
{
    m_server->route(QStringLiteral("/api/v2"),
                    [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                        handleOms4(request, responder);
                    });
    m_server->route(QStringLiteral("/v3/auth/tokens"),
                    [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                        ++m_counts[QStringLiteral("iam-tokens")];
                        if (faulted(responder) || refused(QStringLiteral("iam-tokens"), responder))
                            return;
                        const QJsonObject user = QJsonDocument::fromJson(request.body())
                                                     .object()[QStringLiteral("auth")][QStringLiteral("identity")]
                                                          [QStringLiteral("password")][QStringLiteral("user")]
                                                     .toObject();
                        if (user[QStringLiteral("name")].toString() != iamUser()
                            || user[QStringLiteral("password")].toString() != m_password
                            || user[QStringLiteral("domain")][QStringLiteral("name")].toString() != iamDomain())
                            return respond(responder,
                                           {{QStringLiteral("error"),
                                             QJsonObject{{QStringLiteral("code"), 401},
                                                         {QStringLiteral("title"), QStringLiteral("Unauthorized")},
                                                         {QStringLiteral("message"),
                                                          QStringLiteral("The username or password is wrong.")}}}},
                                           401);
                        const QDateTime now = m_scenario.nowUtc();
                        const QByteArray token = "sim-iam-" + QByteArray::number(m_counts.value(QStringLiteral("iam-tokens")))
                            + '-' + QByteArray::number(now.toMSecsSinceEpoch());
                        m_issued.insert(token, now.addSecs(m_tokenLifetime));
                        const QJsonObject body{
                            {QStringLiteral("token"),
                             QJsonObject{{QStringLiteral("issued_at"), now.toString(Qt::ISODateWithMs)},
                                         {QStringLiteral("expires_at"), now.addSecs(m_tokenLifetime).toString(Qt::ISODateWithMs)},
                                         {QStringLiteral("project"),
                                          QJsonObject{{QStringLiteral("id"), drsProjectId()},
                                                      {QStringLiteral("name"), QStringLiteral("cn-north-4")}}}}}};
                        responder.write(QJsonDocument(body).toJson(QJsonDocument::Compact),
                                        {{"Content-Type", "application/json"}, {"X-Subject-Token", token}},
                                        QHttpServerResponder::StatusCode::Created);
                    });
    m_server->route(QStringLiteral("/api/omsp/v2/sync/<arg>/progress"),
                    [this](const QString &id, const QHttpServerRequest &request,
                           QHttpServerResponder &&responder) {
                        ++m_counts[QStringLiteral("sync-progress")];
                        if (faulted(responder) || refused(QStringLiteral("sync-progress"), responder))
                            return;
                        if (!omsAuthorized(request))
                            return respond(responder, omsUnauthorized(), 401);
                        respond(responder, m_scenario.syncProgress(id));
                    });
    m_server->route(QStringLiteral("/v3/<arg>/jobs/batch-progress"),
                    [this](const QString &projectId, const QHttpServerRequest &request,
                           QHttpServerResponder &&responder) {
                        ++m_counts[QStringLiteral("batch-progress")];
                        if (faulted(responder) || refused(QStringLiteral("batch-progress"), responder))
                            return;
                        if (!drsAuthorized(request))
                            return respond(responder, drsError("APIG.0301", "Incorrect IAM authentication information"), 401);
                        if (projectId != drsProjectId())
                            return respond(responder, drsError("DRS.M00261", "Invalid project ID."), 403);
                        QStringList ids;
                        const QJsonArray jobs = QJsonDocument::fromJson(request.body())
                                                    .object()
                                                    .value(QStringLiteral("jobs"))
                                                    .toArray();
                        for (const QJsonValue j : jobs)
                            ids << j.toString();
                        if (ids.isEmpty())
                            return respond(responder, drsError("DRS.M00201", "Parameter jobs is empty."), 400);
                        respond(responder, m_scenario.drsBatchProgress(ids));
                    });
    m_server->route(QStringLiteral("/v3/<arg>/jobs"), QHttpServerRequest::Method::Post,
                    [this](const QString &projectId, const QHttpServerRequest &request,
                           QHttpServerResponder &&responder) {
                        ++m_counts[QStringLiteral("job-list")];
                        if (faulted(responder) || refused(QStringLiteral("job-list"), responder))
                            return;
                        if (!drsAuthorized(request))
                            return respond(responder, drsError("APIG.0301", "Incorrect IAM authentication information"), 401);
                        if (projectId != drsProjectId())
                            return respond(responder, drsError("DRS.M00261", "Invalid project ID."), 403);
                        const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
                        const int curPage = body.value(QStringLiteral("cur_page")).toInt();
                        const int perPage = body.value(QStringLiteral("per_page")).toInt();
                        const QString type = body.value(QStringLiteral("db_use_type")).toString();
                        if (curPage < 1 || perPage < 1)
                            return respond(responder, drsError("DRS.M00210", "Invalid page value."), 400);
                        if (type.isEmpty())
                            return respond(responder, drsError("DRS.M00201", "Parameter db_use_type is empty."), 400);
                        QStringList names;
                        for (const QString &n : body.value(QStringLiteral("name")).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
                            names << n.trimmed();
                        respond(responder, m_scenario.drsJobList(type, curPage, perPage, names));
                    });
    m_server->route(QStringLiteral("/v5/<arg>/jobs/<arg>"), QHttpServerRequest::Method::Get,
                    [this](const QString &projectId, const QString &jobId, const QHttpServerRequest &request,
                           QHttpServerResponder &&responder) {
                        ++m_counts[QStringLiteral("job-detail")];
                        if (faulted(responder) || refused(QStringLiteral("job-detail"), responder))
                            return;
                        if (!drsAuthorized(request))
                            return respond(responder, drsError("APIG.0301", "Incorrect IAM authentication information"), 401);
                        if (request.query().queryItemValue(QStringLiteral("type")) != QLatin1String("progress"))
                            return respond(responder, drsError("DRS.M00202", "Parameter type is invalid."), 400);
                        const QJsonObject job = projectId == drsProjectId() ? m_scenario.drsJobProgressDetail(jobId) : QJsonObject{};
                        if (job.isEmpty())
                            return respond(responder, drsError("DRS.M05003", "Task information not found."), 400);
                        respond(responder, job);
                    });
    m_server->route(QStringLiteral("/v5/<arg>/jobs/<arg>/monitor-data"), QHttpServerRequest::Method::Get,
                    [this](const QString &projectId, const QString &jobId, const QHttpServerRequest &request,
                           QHttpServerResponder &&responder) {
                        ++m_counts[QStringLiteral("monitor-data")];
                        if (faulted(responder) || refused(QStringLiteral("monitor-data"), responder))
                            return;
                        if (!drsAuthorized(request))
                            return respond(responder, drsError("APIG.0301", "Incorrect IAM authentication information"), 401);
                        const QJsonObject data = projectId == drsProjectId() ? m_scenario.drsMonitorData(jobId) : QJsonObject{};
                        if (data.isEmpty())
                            return respond(responder, drsError("DRS.M05003", "Task information not found."), 400);
                        respond(responder, data);
                    });
    m_server->route(QStringLiteral("/v5/<arg>/jobs/<arg>/progress-data/<arg>"),
                    [this](const QString &projectId, const QString &jobId, const QString &type,
                           const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                        ++m_counts[QStringLiteral("progress-data")];
                        if (faulted(responder) || refused(QStringLiteral("progress-data"), responder))
                            return;
                        if (!drsAuthorized(request))
                            return respond(responder, drsError("APIG.0301", "Incorrect IAM authentication information"), 401);
                        const int offset = request.query().queryItemValue(QStringLiteral("offset")).toInt();
                        bool limitOk = false;
                        const int limit = request.query().queryItemValue(QStringLiteral("limit")).toInt(&limitOk);
                        if (limitOk && (limit < 1 || limit > 1000))
                            return respond(responder, drsError("DRS.M00202", "Parameter limit is invalid."), 400);
                        const QJsonObject page = projectId == drsProjectId() && type == QLatin1String("table")
                            ? m_scenario.drsProgressData(jobId, offset, limitOk ? limit : 10)
                            : QJsonObject{};
                        if (page.isEmpty())
                            return respond(responder, drsError("DRS.M05003", "Task information not found."), 400);
                        respond(responder, page);
                    });
}

SimulatorServer::~SimulatorServer() = default;

QSslCertificate SimulatorServer::builtInCertificate()
{
    QFile f(QStringLiteral(":/omsdash-sim/tls/simulator.crt"));
    if (!f.open(QIODevice::ReadOnly))
        return QSslCertificate();
    return QSslCertificate(f.readAll(), QSsl::Pem);
}

bool SimulatorServer::useBuiltInCertificate()
{
    QFile f(QStringLiteral(":/omsdash-sim/tls/simulator.key"));
    const QSslCertificate cert = builtInCertificate();
    if (cert.isNull() || !f.open(QIODevice::ReadOnly))
        return false;
    const QSslKey key(f.readAll(), QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        return false;
    useCertificate(cert, key);
    return true;
}

void SimulatorServer::useCertificate(const QSslCertificate &certificate, const QSslKey &key)
{
    m_server->sslSetup(certificate, key);
}

quint16 SimulatorServer::listen(quint16 port, const QHostAddress &address)
{
    m_port = m_server->listen(address, port);
    return m_port;
}

void SimulatorServer::setCredentials(const QString &user, const QString &password)
{
    m_user = user;
    m_password = password;
}

bool SimulatorServer::faulted(QHttpServerResponder &responder)
{
    if (m_scenario.downAt(m_scenario.simulatedSeconds())) { // a scripted outage
        responder.write(QByteArrayLiteral("<html><body><h1>503 Service Unavailable</h1></body></html>"),
                        {{"Content-Type", "text/html"}}, QHttpServerResponder::StatusCode::ServiceUnavailable);
        return true;
    }
    switch (m_fault) {
    case Fault::None:
    case Fault::IgnorePaging:
        return false;
    case Fault::MalformedBody:
        responder.write(QByteArrayLiteral("{\"success\":true,\"data\":[{\"order\":1,"),
                        {{"Content-Type", "application/json"}, {"Date", httpDate(m_scenario.nowUtc())}});
        return true;
    case Fault::ServerError:
        responder.write(QByteArrayLiteral("<html><body><h1>502 Bad Gateway</h1></body></html>"),
                        {{"Content-Type", "text/html"}}, QHttpServerResponder::StatusCode::BadGateway);
        return true;
    case Fault::Hang:
        m_hung.push_back(std::make_unique<QHttpServerResponder>(std::move(responder)));
        return true;
    case Fault::StallBody:
        responder.writeStatusLine();
        responder.writeHeader("Content-Type", "application/json");
        responder.writeHeader("Content-Length", "100000");
        responder.writeBody(QByteArrayLiteral("{\"success\":true,\"data\":["));
        m_hung.push_back(std::make_unique<QHttpServerResponder>(std::move(responder)));
        return true;
    }
    return false;
}

bool SimulatorServer::refused(const QString &route, QHttpServerResponder &responder)
{
    if (!m_refused.contains(route))
        return false;
    // Each API's own error envelope: OMS's for an action this edition lacks, DRS's for a call
    // its region does not offer.
    if (route == QLatin1String("job-detail") || route == QLatin1String("monitor-data"))
        respond(responder, // the API gateway's answer for a v5 path a region does not publish
                {{QStringLiteral("error_code"), QStringLiteral("APIGW.0101")},
                 {QStringLiteral("error_msg"), QStringLiteral("The API does not exist or has not been published in the environment")}},
                404);
    else if (route == QLatin1String("batch-progress") || route == QLatin1String("progress-data")
        || route == QLatin1String("job-list")
        || route == QLatin1String("iam-tokens"))
        respond(responder,
                {{QStringLiteral("error_code"), QStringLiteral("DRS.10000010")},
                 {QStringLiteral("error_msg"), QStringLiteral("The API is not supported in this region.")}},
                400);
    else
        respond(responder,
                {{QStringLiteral("success"), false},
                 {QStringLiteral("code"), QStringLiteral("GHANA-OPERAT000404")},
                 {QStringLiteral("message"), QStringLiteral("Action %1 is not supported by this edition.").arg(route)}},
                404);
    return true;
}

void SimulatorServer::respond(QHttpServerResponder &responder, const QJsonObject &body, int status)
{
    responder.write(QJsonDocument(body).toJson(QJsonDocument::Compact),
                    {{"Content-Type", "application/json;charset=UTF-8"},
                     {"Date", httpDate(m_scenario.nowUtc())}},
                    QHttpServerResponder::StatusCode(status));
}

bool SimulatorServer::omsAuthorized(const QHttpServerRequest &request) const
{
    const QByteArray expected =
        "Basic " + (m_user + QLatin1Char(':') + m_password).toUtf8().toBase64();
    return header(request, "Authorization") == expected;
}

bool SimulatorServer::drsAuthorized(const QHttpServerRequest &request) const
{
    const QByteArray given = header(request, "X-Auth-Token");
    if (!m_token.isEmpty() && given == m_token.toUtf8())
        return true;
    const auto it = m_issued.constFind(given);
    return it != m_issued.constEnd() && m_scenario.nowUtc() < it.value();
}

void SimulatorServer::handleOms4(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    const QString action = request.query().queryItemValue(QStringLiteral("Action"));
    ++m_counts[action];
    if (m_recording)
        m_received << ReceivedRequest{request.url(), request.body()};
    if (faulted(responder) || refused(action, responder))
        return;
    if (request.method() != QHttpServerRequest::Method::Post)
        return respond(responder,
                       {{QStringLiteral("success"), false},
                        {QStringLiteral("code"), QStringLiteral("METHOD_NOT_ALLOWED")},
                        {QStringLiteral("message"), QStringLiteral("Use POST")}},
                       405);
    if (!omsAuthorized(request))
        return respond(responder, omsUnauthorized(), 401);
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    const QString id = body.value(QStringLiteral("id")).toString();
    if (action == QLatin1String("ListProjects")) {
        const int page = m_fault == Fault::IgnorePaging ? 1 : intOr(body.value(QStringLiteral("pageNumber")), 1);
        return respond(responder, m_scenario.listProjects(page, intOr(body.value(QStringLiteral("pageSize")), 10)));
    }
    if (action == QLatin1String("DescribeProjectProgress"))
        return respond(responder, m_scenario.describeProjectProgress(id));
    if (action == QLatin1String("DescribeProjectSteps"))
        return respond(responder, m_scenario.describeProjectSteps(id));
    if (action == QLatin1String("DescribeProjectComponents"))
        return respond(responder, m_scenario.describeProjectComponents(id));
    if (action == QLatin1String("DescribeProjectStepMetric"))
        return respond(responder,
                       m_scenario.describeProjectStepMetric(
                           body.value(QStringLiteral("projectId")).toString(),
                           body.value(QStringLiteral("stepName")).toString(),
                           body.value(QStringLiteral("metricType")).toString(),
                           body.value(QStringLiteral("beginTimestamp")).toInteger(),
                           body.value(QStringLiteral("endTimestamp")).toInteger(),
                           intOr(body.value(QStringLiteral("maxPointNum")), 100)));
    if (action == QLatin1String("ListProjectFullVerifyResult"))
        return respond(responder, m_scenario.listProjectFullVerifyResult(
                                      body.value(QStringLiteral("projectId")).toString(),
                                      intOr(body.value(QStringLiteral("pageNumber")), 1),
                                      intOr(body.value(QStringLiteral("pageSize")), 10)));
    respond(responder,
            {{QStringLiteral("success"), false},
             {QStringLiteral("code"), QStringLiteral("PARAM_ERROR")},
             {QStringLiteral("message"), QStringLiteral("Unknown action '%1'").arg(action)}},
            400);
}

} // namespace omsdash::sim
