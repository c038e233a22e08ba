// SPDX-License-Identifier: MIT
#pragma once

#include "metrichistory.h"

#include <optional>

namespace omsdash {

/// When a stage (full migration or full verification) should finish at the current pace.
struct StageEta
{
    enum class Confidence { Low, Medium, High };

    double remainingRecords = 0; ///< capacity - processedRecords of the latest sample, records
    double rate = 0;             ///< smoothed destination RPS, records/s
    double seconds = 0;          ///< remainingRecords / rate, s
    Confidence confidence = Confidence::Low;
    int samples = 0;             ///< rate samples the estimate rests on
};

/// ETA of the stage run by @p stepName (a full migration step such as FULL_TRANSFER or DRS's
/// "data": fullProcessed/fullCapacity; a verification step such as FULL_VERIFIER:
/// verifyProcessed/verifyCapacity; see stepIsKind()) from @p samples (sorted by time).
///
/// The rate is an exponentially weighted mean of dstRps over the samples of the last
/// @p windowMs before @p nowMs (UTC ms) whose rates came from that step, with a time constant
/// of a third of the window, so a change of pace shows within minutes and one slow poll does
/// not swing it. Confidence: High from 12 samples with a coefficient of variation under
/// 10 %, Medium from 4 under 30 %, Low otherwise.
/// nullopt while the rate is zero or unknown, the counters are missing, or nothing remains.
std::optional<StageEta> estimateEta(const QList<MetricSample> &samples, const QString &stepName, qint64 nowMs,
                                    qint64 windowMs = 15LL * 60 * 1000);

} // namespace omsdash
