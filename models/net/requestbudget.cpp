// SPDX-License-Identifier: MIT
#include "requestbudget.h"

#include <algorithm>
#include <cmath>

namespace omsdash {

qint64 RequestBudget::tryStart(const QString &host, qint64 nowMs)
{
    Host &h = m_hosts[host.toLower()];
    const double rate = std::max(m_limits.ratePerSecond, 0.001);
    const double burst = std::max(m_limits.burst, 1);
    if (h.tokens < 0)
        h.tokens = burst;
    else
        h.tokens = std::min(burst, h.tokens + double(std::max<qint64>(nowMs - h.lastMs, 0)) * rate / 1000.0);
    h.lastMs = nowMs;
    if (h.inFlight >= std::max(m_limits.maxInFlight, 1))
        return -1;
    if (h.tokens < 1.0)
        return std::max<qint64>(1, qint64(std::ceil((1.0 - h.tokens) * 1000.0 / rate)));
    h.tokens -= 1.0;
    ++h.inFlight;
    return 0;
}

void RequestBudget::finish(const QString &host)
{
    const auto it = m_hosts.find(host.toLower());
    if (it != m_hosts.end() && it->inFlight > 0)
        --it->inFlight;
}

int RequestBudget::inFlight(const QString &host) const
{
    return m_hosts.value(host.toLower()).inFlight;
}

} // namespace omsdash
