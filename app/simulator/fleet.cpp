// SPDX-License-Identifier: MIT
#include "fleet.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>

namespace omsdash::sim {

Fleet::Fleet() = default;
Fleet::~Fleet() = default;

bool Fleet::start(double speed, int tokenLifetimeSeconds, QString *error, const QList<Scenario::Incident> &incidents)
{
    const struct
    {
        Scenario::Slice slice;
        const char *name;
        const char *api;
        bool https;
    } plan[] = {{Scenario::Slice::OmsPrimary, "oms-prod (demo)", "oms4", false},
                {Scenario::Slice::OmsLegacy, "oms-legacy 3.3 (demo)", "oms3", false},
                {Scenario::Slice::OmsStaging, "oms-staging https (demo)", "oms4", true},
                {Scenario::Slice::Drs, "drs cn-north-4 (demo)", "drs", false}};
    for (const auto &item : plan) {
        auto server = std::make_unique<SimulatorServer>(item.slice);
        server->scenario().setSpeed(speed);
        server->scenario().setIncidents(incidents);
        server->setTokenLifetimeSeconds(tokenLifetimeSeconds);
        // The staging instance plays an edition without component monitoring: its detail
        // pane shows no Components tab.
        if (item.slice == Scenario::Slice::OmsStaging)
            server->refuseRoute(QStringLiteral("DescribeProjectComponents"));
        if (item.https && !server->useBuiltInCertificate()) {
            *error = QStringLiteral("cannot load the simulator's certificate");
            return false;
        }
        const quint16 port = server->listen(0);
        if (port == 0) {
            *error = QStringLiteral("cannot start the simulator on a loopback port");
            return false;
        }
        Member m;
        m.name = QString::fromUtf8(item.name);
        m.api = QString::fromLatin1(item.api);
        m.url = QUrl(QStringLiteral("%1://127.0.0.1:%2").arg(QLatin1String(item.https ? "https" : "http")).arg(port));
        m.user = server->user();
        m.password = server->password();
        if (item.https)
            m.pinnedSha256 = QString::fromLatin1(
                SimulatorServer::builtInCertificate().digest(QCryptographicHash::Sha256).toHex(':').toUpper());
        if (item.slice == Scenario::Slice::OmsLegacy) {
            for (const auto &p : server->scenario().oms3Projects())
                m.projects << p.id;
        } else if (item.slice == Scenario::Slice::Drs) {
            m.user = server->iamUser();
            m.drsDomain = server->iamDomain();
            m.drsProjectName = QStringLiteral("cn-north-4");
            m.drsProjectId = server->drsProjectId();
            // no job IDs: the instance watches every job of the project
        }
        m.server = server.get();
        m_members << m;
        m_servers.push_back(std::move(server));
    }
    return true;
}

QByteArray Fleet::profilesJson() const
{
    QJsonArray instances;
    for (const Member &m : m_members) {
        QJsonObject o{{QStringLiteral("name"), m.name},
                      {QStringLiteral("api"), m.api},
                      {QStringLiteral("url"), m.url.toString()},
                      {QStringLiteral("user"), m.user}};
        if (!m.projects.isEmpty())
            o.insert(QStringLiteral("projects"), QJsonArray::fromStringList(m.projects));
        if (!m.pinnedSha256.isEmpty())
            o.insert(QStringLiteral("pinnedSha256"), m.pinnedSha256);
        if (m.api == QLatin1String("drs"))
            o.insert(QStringLiteral("drs"), QJsonObject{{QStringLiteral("projectId"), m.drsProjectId},
                                                        {QStringLiteral("projectName"), m.drsProjectName},
                                                        {QStringLiteral("domain"), m.drsDomain},
                                                        {QStringLiteral("iamEndpoint"), m.url.toString()}});
        instances.append(o);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("schemaVersion"), 1}, {QStringLiteral("instances"), instances}})
        .toJson(QJsonDocument::Indented);
}

} // namespace omsdash::sim
