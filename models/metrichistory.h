// SPDX-License-Identifier: MIT
#pragma once

#include "historystore.h"
#include "types.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointF>

#include <array>

namespace omsdash {

/// One poll's metrics for a project, taken from the current step's stepInfo
/// (DescribeProjectSteps) and the incremental latency. Absent values are nullopt.
struct MetricSample
{
    qint64 timeMs = 0; ///< UTC milliseconds since the epoch, when the poll's answer arrived
    std::optional<double> srcRps, dstRps;         ///< records/s
    std::optional<double> srcRt, dstRt;           ///< ms per record
    std::optional<double> srcIops, dstIops;       ///< bytes/s (the API's "IOPS")
    std::optional<double> srcRpsRef, dstRpsRef;   ///< baselines, records/s
    std::optional<double> srcRtRef, dstRtRef;     ///< baselines, ms per record
    std::optional<double> srcIopsRef;             ///< baseline, bytes/s
    std::optional<double> latencySeconds;         ///< incremental latency, s
    std::optional<double> latencyAgeSeconds;      ///< age of the latency sample at arrival, s
    std::optional<double> fullProcessed;          ///< FULL_TRANSFER processedRecords, records
    std::optional<double> fullCapacity;           ///< FULL_TRANSFER capacity (estimated total), records
    std::optional<double> verifyProcessed;        ///< FULL_VERIFIER processedRecords, records
    std::optional<double> verifyCapacity;         ///< FULL_VERIFIER capacity, records
    QString stepName;                             ///< the step the rates came from
    bool fromServer = false; ///< the server's own history (DescribeProjectStepMetric backfill), not a poll of ours
};

/// A sample from a detail poll: rates of the running FULL_TRANSFER / FULL_VERIFIER step
/// (else the last step with rates), latency from latencyForDetail().
MetricSample sampleFromDetail(const ProjectDetail &detail);
/// The sample a project-list row gives at @p timeMs (UTC ms): rates, baselines and counters
/// from the steps OMS 4's ListProjects carries (as sampleFromDetail() reads them), and the
/// row's own incremental latency (the list's value) with its age. Only the latency for an
/// API whose rows have no steps (OMS 3.3, DRS).
MetricSample sampleFromSummary(const ProjectSummary &project, qint64 timeMs);

/// Which member of MetricSample a series draws.
enum class Metric {
    SrcRps, DstRps, SrcRt, DstRt, SrcIops, DstIops,
    SrcRpsRef, DstRpsRef, SrcRtRef, DstRtRef, SrcIopsRef, Latency, LatencyAge
};
std::optional<double> metricValue(const MetricSample &s, Metric m);

/// In-memory samples per project, collected while the window is open. Bounded: the oldest
/// samples go once a project holds maxSamplesPerProject().
class MetricHistory : public QObject
{
    Q_OBJECT

public:
    explicit MetricHistory(QObject *parent = nullptr);

    void append(const QString &projectId, const MetricSample &sample);
    /// Adds @p samples (e.g. read back from the HistoryStore) to what is held, in time order;
    /// a sample at a time already held is dropped. Emits sampleAppended() once.
    void merge(const QString &projectId, const QList<MetricSample> &samples);
    const QList<MetricSample> &samples(const QString &projectId) const;
    /// Points (x = ms since epoch, y = value) of one metric, skipping absent values.
    QList<QPointF> series(const QString &projectId, Metric metric) const;
    /// The same between @p fromMs and @p toMs (inclusive, UTC ms); found by binary search,
    /// so a short range of a long history costs only its own points.
    QList<QPointF> series(const QString &projectId, Metric metric, qint64 fromMs, qint64 toMs) const;
    /// The last value of @p metric at or before @p toMs (a baseline's current value).
    std::optional<QPointF> lastPoint(const QString &projectId, Metric metric, qint64 toMs) const;
    /// Whether the sample at @p timeMs (UTC ms) came from the server's history
    /// (MetricSample::fromServer) rather than from a poll of ours.
    bool isFromServer(const QString &projectId, qint64 timeMs) const;
    /// series() between @p fromMs and @p toMs split by origin: our polls' points and the
    /// server history's, each in time order, so a chart can draw them apart.
    struct OriginSplit
    {
        QList<QPointF> polled;
        QList<QPointF> server;
    };
    OriginSplit seriesByOrigin(const QString &projectId, Metric metric, qint64 fromMs, qint64 toMs) const;
    /// The point of @p metric nearest to @p timeMs, if one lies within @p maxDistanceMs
    /// (what a chart's crosshair reads; a gap in the samples gives nothing).
    std::optional<QPointF> nearestPoint(const QString &projectId, Metric metric, qint64 timeMs,
                                        qint64 maxDistanceMs) const;
    /// The point of @p metric nearest to @p timeMs when @p timeMs lies between its first and
    /// last points, however far: where a chart draws a line joining two samples, the sample
    /// a crosshair names there (with its time) rather than nothing. Before the first or
    /// after the last point, nothing. With a range, only its points count (a chart with a
    /// fixed range draws no others).
    std::optional<QPointF> nearestPointOnLine(const QString &projectId, Metric metric, qint64 timeMs,
                                              qint64 fromMs = std::numeric_limits<qint64>::min(),
                                              qint64 toMs = std::numeric_limits<qint64>::max()) const;

    int maxSamplesPerProject() const { return m_max; }
    void setMaxSamplesPerProject(int max) { m_max = std::max(2, max); }

signals:
    void sampleAppended(const QString &projectId);

private:
    static constexpr int MetricCount = int(Metric::LatencyAge) + 1;
    /// Per project, each chartable metric's points in time order: what series() serves,
    /// kept alongside the samples so a chart reads a range without visiting every sample.
    using Columns = std::array<QList<QPointF>, MetricCount>;
    static void appendToColumns(Columns &columns, const MetricSample &sample);
    void rebuildColumns(const QString &projectId);

    QHash<QString, QList<MetricSample>> m_samples;
    QHash<QString, QList<qint64>> m_serverTimes; ///< per project, the fromServer samples' times, sorted
    QHash<QString, Columns> m_columns;
    int m_max = 60 * 60 * 24 / 5 * 3; // three days at one sample per 5 s
};

/// The HistoryStore's metric names of a MetricSample's members: "srcRps", "dstRps", "srcRt",
/// "dstRt", "srcIops", "dstIops", "srcRpsRef", "dstRpsRef", "srcRtRef", "dstRtRef",
/// "srcIopsRef", "latency", "latencyAge", "fullProcessed", "fullCapacity", "verifyProcessed",
/// "verifyCapacity".
QStringList sampleMetricNames();
/// One point per value present in @p sample, for the HistoryStore.
QList<HistoryPoint> historyPoints(const QString &instance, const QString &projectId, const MetricSample &sample);
/// The points a project-list poll gives, per project, at @p timeMs (UTC ms): "structProgress"
/// and "fullProgress" (percent), and every value of sampleFromSummary() (the row's rates,
/// baselines, counters, latency and its age): every project is recorded, shown or not.
QList<HistoryPoint> historyPoints(const QString &instance, const QList<ProjectSummary> &projects, qint64 timeMs);
/// The points a per-table poll gives: "tablesTotal", "tablesFinished", "tablesFailed",
/// "tablesInconsistent" (counts of tables), at @p timeMs (UTC ms).
QList<HistoryPoint> historyPoints(const QString &instance, const QString &projectId,
                                  const QList<TableProgress> &tables, qint64 timeMs);
/// Samples rebuilt from the store's values of sampleMetricNames(), one per time, sorted.
/// Aggregated minutes give their average.
QList<MetricSample> samplesFromHistory(const QHash<QString, QList<HistoryValue>> &values);

/// Decimates @p points (sorted by x) to at most 2 * @p buckets + 2 points: for each of
/// @p buckets equal x-ranges it keeps the minimum and the maximum, in x order, so spikes
/// survive; the first and last points are always kept. Input with no more than 2 * buckets points is returned as is.
QList<QPointF> decimateMinMax(const QList<QPointF> &points, int buckets);

} // namespace omsdash
