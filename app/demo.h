// SPDX-License-Identifier: MIT
#pragma once

#include "instanceconfig.h"

#include <QObject>

#include <memory>

namespace omsdash {

namespace sim {
class Fleet;
}

/// The `--demo` world: the simulator fleet in-process on free loopback ports (OMS 4 over
/// http, OMS 3.3, OMS 4 over HTTPS with its self-signed certificate pinned, and a DRS account
/// whose IAM tokens last 15 minutes), and the configs to connect to them with their own
/// credentials.
class DemoEnvironment : public QObject
{
    Q_OBJECT

public:
    /// IAM tokens of the demo's DRS account last this long, so renewal is seen in a demo.
    static constexpr int TokenLifetimeSeconds = 15 * 60;

    explicit DemoEnvironment(double speed = 1.0, QObject *parent = nullptr);
    ~DemoEnvironment() override;

    /// Whether the simulators play Scenario::demoIncidents() (a latency spike at 45 s, a
    /// project failing at 90 s, an instance down at 150 s); true unless set. Before start().
    void playIncidents(bool play) { m_incidents = play; }

    /// Starts listening; false (and @p error) when a port cannot be bound.
    bool start(QString *error);
    QList<InstanceConfig> instances() const { return m_instances; }

private:
    double m_speed;
    bool m_incidents = true;
    std::unique_ptr<sim::Fleet> m_fleet;
    QList<InstanceConfig> m_instances;
};

} // namespace omsdash
