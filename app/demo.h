// SPDX-License-Identifier: MIT
#pragma once

#include "instanceconfig.h"

#include <QObject>

#include <memory>
#include <vector>

namespace omsdash {

namespace sim {
class SimulatorServer;
}

/// The `--demo` world: three simulator servers in-process on free loopback ports, an OMS 4
/// instance, an OMS 3.3 instance and a DRS account with one job, and the configs to
/// connect to them with their own credentials.
class DemoEnvironment : public QObject
{
    Q_OBJECT

public:
    explicit DemoEnvironment(double speed = 1.0, QObject *parent = nullptr);
    ~DemoEnvironment() override;

    /// Starts listening; false (and @p error) when a port cannot be bound.
    bool start(QString *error);
    QList<InstanceConfig> instances() const { return m_instances; }

private:
    double m_speed;
    std::vector<std::unique_ptr<sim::SimulatorServer>> m_servers;
    QList<InstanceConfig> m_instances;
};

} // namespace omsdash
