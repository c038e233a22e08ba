// SPDX-License-Identifier: MIT
#pragma once

#include "simulatorserver.h"

#include <QByteArray>
#include <QList>
#include <QUrl>

#include <memory>
#include <vector>

namespace omsdash::sim {

/// Several simulated instances at once, each a SimulatorServer on its own loopback port:
/// what `omsdash --demo` watches and `omsdash-sim --fleet` serves.
///  - "oms-prod (demo)": OMS 4 over http, the production projects;
///  - "oms-legacy 3.3 (demo)": OMS 3.3 over http, two sync projects;
///  - "oms-staging https (demo)": OMS 4 over HTTPS with the simulator's self-signed
///    certificate (pinned in its profile), the rehearsal projects, an edition without
///    DescribeProjectComponents;
///  - "drs cn-north-4 (demo)": DRS with an IAM endpoint whose tokens last
///    tokenLifetimeSeconds, so renewal happens while one watches; no job IDs, so it lists
///    its jobs (a migration in full migration, a synchronization in incremental).
class Fleet
{
public:
    struct Member
    {
        QString name;
        QString api;          ///< "oms4", "oms3" or "drs", as in a profiles file
        QUrl url;             ///< http://127.0.0.1:PORT or https://127.0.0.1:PORT
        QString user;         ///< OMS console user; DRS: the IAM user
        QString password;     ///< secret: OMS password or IAM password
        QStringList projects; ///< OMS 3.3 sync project IDs; DRS job IDs
        QString drsProjectId, drsProjectName, drsDomain; ///< DRS only; IAM is at url
        QString pinnedSha256; ///< HTTPS only: the certificate to pin, "AB:CD:…"
        SimulatorServer *server = nullptr;
    };

    Fleet();
    ~Fleet();

    /// Starts every member on a free loopback port; false with @p error when one cannot start.
    /// @p speed: simulated seconds per real second. @p tokenLifetimeSeconds: IAM tokens' life.
    /// Every member plays @p incidents (Scenario::setIncidents), each the ones about it.
    bool start(double speed, int tokenLifetimeSeconds, QString *error, const QList<Scenario::Incident> &incidents = {});
    const QList<Member> &members() const { return m_members; }

    /// The members as a profiles file (schemaVersion 1, the format in the README): no
    /// password in it, but the HTTPS member's pinnedSha256.
    QByteArray profilesJson() const;

private:
    std::vector<std::unique_ptr<SimulatorServer>> m_servers;
    QList<Member> m_members;
};

} // namespace omsdash::sim
