// SPDX-License-Identifier: MIT
#pragma once

#include "instanceconfig.h"
#include "simulatorserver.h"

/// The OMS 4 instance @p server serves on loopback, with its credentials, named @p name. Poll
/// intervals are the defaults unless a test sets them.
inline omsdash::InstanceConfig simulatedOms4(const omsdash::sim::SimulatorServer &server,
                                             const QString &name = QStringLiteral("sim"))
{
    omsdash::InstanceConfig cfg;
    cfg.name = name;
    cfg.api = omsdash::ApiKind::Oms4;
    cfg.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port()));
    cfg.user = server.user();
    cfg.password = server.password();
    cfg.authToken = server.token();
    return cfg;
}
