// SPDX-License-Identifier: MIT
#include "eta.h"

#include "derived.h"

#include <cmath>

namespace omsdash {

std::optional<StageEta> estimateEta(const QList<MetricSample> &samples, const QString &stepName, qint64 nowMs,
                                    qint64 windowMs)
{
    const bool verify = stepIsKind(stepName, StepKind::Verify);
    // Remaining work: the latest sample that carries both counters.
    std::optional<double> remaining;
    for (auto it = samples.crbegin(); it != samples.crend() && !remaining; ++it) {
        const auto processed = verify ? it->verifyProcessed : it->fullProcessed;
        const auto capacity = verify ? it->verifyCapacity : it->fullCapacity;
        if (processed && capacity)
            remaining = *capacity - *processed;
    }
    if (!remaining || *remaining <= 0)
        return std::nullopt;

    const double tau = std::max<double>(1.0, double(windowMs) / 3.0);
    std::optional<double> smoothed;
    qint64 lastTime = 0;
    double sum = 0, sumSquares = 0;
    int n = 0;
    for (const MetricSample &s : samples) {
        if (s.timeMs < nowMs - windowMs || s.timeMs > nowMs || s.stepName != stepName || !s.dstRps)
            continue;
        const double x = *s.dstRps;
        smoothed = smoothed ? *smoothed + (1 - std::exp(-double(s.timeMs - lastTime) / tau)) * (x - *smoothed) : x;
        lastTime = s.timeMs;
        sum += x;
        sumSquares += x * x;
        ++n;
    }
    if (!smoothed || *smoothed <= 0)
        return std::nullopt;

    StageEta eta;
    eta.remainingRecords = *remaining;
    eta.rate = *smoothed;
    eta.seconds = *remaining / *smoothed;
    eta.samples = n;
    const double mean = sum / n;
    const double variance = std::max(0.0, sumSquares / n - mean * mean);
    const double cv = mean > 0 ? std::sqrt(variance) / mean : 1.0;
    if (n >= 12 && cv < 0.10)
        eta.confidence = StageEta::Confidence::High;
    else if (n >= 4 && cv < 0.30)
        eta.confidence = StageEta::Confidence::Medium;
    return eta;
}

} // namespace omsdash
