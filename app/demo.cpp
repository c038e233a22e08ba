// SPDX-License-Identifier: MIT
#include "demo.h"

#include "simulatorserver.h"

namespace omsdash {

DemoEnvironment::DemoEnvironment(double speed, QObject *parent)
    : QObject(parent)
    , m_speed(speed)
{
}

DemoEnvironment::~DemoEnvironment() = default;

bool DemoEnvironment::start(QString *error)
{
    using sim::Scenario;
    const struct
    {
        Scenario::Slice slice;
        const char *name;
        ApiKind api;
    } plan[] = {{Scenario::Slice::OmsPrimary, "oms-prod (demo)", ApiKind::Oms4},
                {Scenario::Slice::OmsLegacy, "oms-legacy 3.3 (demo)", ApiKind::Oms3},
                {Scenario::Slice::Drs, "drs cn-north-4 (demo)", ApiKind::Drs}};
    for (const auto &item : plan) {
        auto server = std::make_unique<sim::SimulatorServer>(item.slice);
        server->scenario().setSpeed(m_speed);
        const quint16 port = server->listen(0);
        if (port == 0) {
            *error = tr("cannot start the simulator on a loopback port");
            return false;
        }
        InstanceConfig cfg;
        cfg.name = QString::fromUtf8(item.name);
        cfg.api = item.api;
        cfg.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        cfg.user = server->user();
        cfg.password = server->password();
        cfg.authToken = server->token();
        if (item.api == ApiKind::Oms3) {
            for (const auto &p : server->scenario().oms3Projects())
                cfg.projectIds << p.id;
        } else if (item.api == ApiKind::Drs) {
            // Log in with IAM like a real account: no token given, one is obtained.
            cfg.authToken.clear();
            cfg.iamEndpoint = cfg.baseUrl;
            cfg.drsDomain = server->iamDomain();
            cfg.user = server->iamUser();
            cfg.drsProjectName = QStringLiteral("cn-north-4");
            cfg.drsProjectId = server->drsProjectId();
            cfg.projectIds << server->scenario().drsJobId();
        }
        m_instances << cfg;
        m_servers.push_back(std::move(server));
    }
    return true;
}

} // namespace omsdash
