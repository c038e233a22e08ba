// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QString>

namespace omsdash {

/// How much omsdash may ask of one host: at most maxInFlight requests at once, and requests
/// started at ratePerSecond on average with bursts of up to burst (a token bucket). Shared by
/// everything that talks to the host: pollers, backfill, reports, connection tests.
struct BudgetLimits
{
    int maxInFlight = 4;        ///< requests in flight to one host
    double ratePerSecond = 10;  ///< sustained request starts per second to one host
    int burst = 20;             ///< request starts allowed at once after a quiet spell
};

/// The per-host request budget, as pure bookkeeping: the caller passes the time (ms on any
/// monotonic clock) and starts a request only when tryStart() says so. Hosts are compared
/// case-insensitively; every port of a host shares its budget.
class RequestBudget
{
public:
    explicit RequestBudget(BudgetLimits limits = {}) : m_limits(limits) {}

    const BudgetLimits &limits() const { return m_limits; }
    void setLimits(const BudgetLimits &limits) { m_limits = limits; }

    /// Waiting time, ms, before a request to @p host may start at @p nowMs: 0 means it is
    /// started now and counted in flight (call finish() when it ends); a positive value is when
    /// a rate token will be there; -1 means the host has maxInFlight requests in flight, so wait
    /// for one of them to finish.
    qint64 tryStart(const QString &host, qint64 nowMs);
    /// A request to @p host started by tryStart() has ended (answered, failed or aborted).
    void finish(const QString &host);

    int inFlight(const QString &host) const;

private:
    struct Host
    {
        int inFlight = 0;
        double tokens = -1; ///< < 0: never used, a full bucket
        qint64 lastMs = 0;
    };
    BudgetLimits m_limits;
    QHash<QString, Host> m_hosts;
};

} // namespace omsdash
