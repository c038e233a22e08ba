// SPDX-License-Identifier: MIT
#include "demo.h"

#include "fleet.h"
#include "instanceprofiles.h"

namespace omsdash {

DemoEnvironment::DemoEnvironment(double speed, QObject *parent)
    : QObject(parent)
    , m_speed(speed)
{
}

DemoEnvironment::~DemoEnvironment() = default;

bool DemoEnvironment::start(QString *error)
{
    m_fleet = std::make_unique<sim::Fleet>();
    QString why;
    if (!m_fleet->start(m_speed, TokenLifetimeSeconds, &why,
                        m_incidents ? sim::Scenario::demoIncidents() : QList<sim::Scenario::Incident>{})) {
        *error = tr("cannot start the simulator: %1").arg(why);
        return false;
    }
    // The demo's instances are read as a team's profiles file would be.
    const auto parsed = profiles::fromJson(m_fleet->profilesJson());
    if (!parsed.ok()) {
        *error = parsed.error.message;
        return false;
    }
    for (int i = 0; i < parsed.value.size(); ++i) {
        InstanceConfig cfg = parsed.value.at(i).toConfig();
        setSecret(cfg, m_fleet->members().at(i).password);
        m_instances << cfg;
    }
    return true;
}

} // namespace omsdash
