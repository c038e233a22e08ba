// SPDX-License-Identifier: MIT
#include "metrichistory.h"

#include "derived.h"

#include <QMap>

#include <algorithm>
#include <cmath>
#include <limits>

namespace omsdash {

MetricSample sampleFromDetail(const ProjectDetail &detail)
{
    MetricSample s;
    const QDateTime at = detail.receivedTime.isValid() ? detail.receivedTime
                                                       : QDateTime::currentDateTimeUtc();
    s.timeMs = at.toMSecsSinceEpoch();
    const Step *source = nullptr;
    for (const Step &step : detail.steps) {
        if (!step.info.hasRates())
            continue;
        const StatusClass c = classifyStatus(step.status);
        if (c == StatusClass::Running || c == StatusClass::Monitoring) {
            source = &step;
            break;
        }
        source = &step; // last step with rates, if none is running
    }
    if (source) {
        const StepMetrics &m = source->info;
        s.srcRps = m.srcRps;
        s.dstRps = m.dstRps;
        s.srcRt = m.srcRt;
        s.dstRt = m.dstRt;
        s.srcIops = m.srcIops;
        s.dstIops = m.dstIops;
        s.srcRpsRef = m.srcRpsRef;
        s.dstRpsRef = m.dstRpsRef;
        s.srcRtRef = m.srcRtRef;
        s.dstRtRef = m.dstRtRef;
        s.srcIopsRef = m.srcIopsRef;
        s.stepName = source->name;
    }
    // The counters of the first step of each stage, whatever the dialect calls it.
    for (const StepKind kind : {StepKind::Full, StepKind::Verify}) {
        const Step *step = findStep(detail.steps, kind);
        if (!step)
            continue;
        const bool full = kind == StepKind::Full;
        if (step->info.processedRecords)
            (full ? s.fullProcessed : s.verifyProcessed) = double(*step->info.processedRecords);
        if (step->info.capacity)
            (full ? s.fullCapacity : s.verifyCapacity) = double(*step->info.capacity);
    }
    const IncrementalLatency lat = latencyForDetail(detail, at);
    s.latencySeconds = lat.seconds;
    if (lat.seconds && lat.sampleTime.isValid())
        s.latencyAgeSeconds = std::max<double>(0.0, lat.sampleTime.msecsTo(at) / 1000.0);
    return s;
}

MetricSample sampleFromSummary(const ProjectSummary &project, qint64 timeMs)
{
    ProjectDetail rows;
    rows.projectId = project.id;
    rows.steps = project.steps;
    rows.receivedTime = QDateTime::fromMSecsSinceEpoch(timeMs, Qt::UTC);
    MetricSample s = sampleFromDetail(rows);
    s.timeMs = timeMs;
    // One value per fact: the latency the list shows.
    s.latencySeconds = project.latencySeconds;
    s.latencyAgeSeconds.reset();
    if (project.latencySeconds && project.latencySampleTime.isValid())
        s.latencyAgeSeconds = std::max<double>(0.0, double(timeMs - project.latencySampleTime.toMSecsSinceEpoch()) / 1000.0);
    if (s.stepName.isEmpty())
        s.stepName = project.currentStep;
    return s;
}

std::optional<double> metricValue(const MetricSample &s, Metric m)
{
    switch (m) {
    case Metric::SrcRps:
        return s.srcRps;
    case Metric::DstRps:
        return s.dstRps;
    case Metric::SrcRt:
        return s.srcRt;
    case Metric::DstRt:
        return s.dstRt;
    case Metric::SrcIops:
        return s.srcIops;
    case Metric::DstIops:
        return s.dstIops;
    case Metric::SrcRpsRef:
        return s.srcRpsRef;
    case Metric::DstRpsRef:
        return s.dstRpsRef;
    case Metric::SrcRtRef:
        return s.srcRtRef;
    case Metric::DstRtRef:
        return s.dstRtRef;
    case Metric::SrcIopsRef:
        return s.srcIopsRef;
    case Metric::Latency:
        return s.latencySeconds;
    case Metric::LatencyAge:
        return s.latencyAgeSeconds;
    }
    return std::nullopt;
}

MetricHistory::MetricHistory(QObject *parent)
    : QObject(parent)
{
}

void MetricHistory::append(const QString &projectId, const MetricSample &sample)
{
    QList<MetricSample> &list = m_samples[projectId];
    if (!list.isEmpty() && sample.timeMs <= list.last().timeMs)
        return merge(projectId, {sample}); // not the newest: keep time order
    list.append(sample);
    Columns &columns = m_columns[projectId];
    appendToColumns(columns, sample);
    if (sample.fromServer)
        m_serverTimes[projectId].append(sample.timeMs);
    if (list.size() > m_max) {
        list.remove(0, list.size() - m_max);
        const double first = double(list.first().timeMs);
        if (auto times = m_serverTimes.find(projectId); times != m_serverTimes.end())
            times->remove(0, std::lower_bound(times->cbegin(), times->cend(), list.first().timeMs) - times->cbegin());
        for (QList<QPointF> &points : columns) {
            const auto keep = std::lower_bound(points.cbegin(), points.cend(), first,
                                               [](const QPointF &p, double x) { return p.x() < x; });
            points.remove(0, keep - points.cbegin());
        }
    }
    emit sampleAppended(projectId);
}

void MetricHistory::appendToColumns(Columns &columns, const MetricSample &sample)
{
    for (int m = 0; m < MetricCount; ++m) {
        if (const auto v = metricValue(sample, Metric(m)))
            columns[m].append(QPointF(double(sample.timeMs), *v));
    }
}

void MetricHistory::rebuildColumns(const QString &projectId)
{
    Columns columns;
    QList<qint64> serverTimes;
    for (const MetricSample &s : std::as_const(m_samples[projectId])) {
        appendToColumns(columns, s);
        if (s.fromServer)
            serverTimes.append(s.timeMs);
    }
    m_columns.insert(projectId, columns);
    if (serverTimes.isEmpty())
        m_serverTimes.remove(projectId);
    else
        m_serverTimes.insert(projectId, serverTimes);
}

void MetricHistory::merge(const QString &projectId, const QList<MetricSample> &samples)
{
    if (samples.isEmpty())
        return;
    QList<MetricSample> &list = m_samples[projectId];
    QList<MetricSample> merged;
    merged.reserve(list.size() + samples.size());
    auto a = list.cbegin();
    auto b = samples.cbegin();
    while (a != list.cend() || b != samples.cend()) {
        const bool takeHeld = b == samples.cend() || (a != list.cend() && a->timeMs <= b->timeMs);
        const MetricSample &next = takeHeld ? *a++ : *b++;
        if (merged.isEmpty() || merged.last().timeMs != next.timeMs)
            merged.append(next);
        else if (takeHeld)
            merged.last() = next; // what is held wins over what is merged in
    }
    if (merged.size() > m_max)
        merged.remove(0, merged.size() - m_max);
    list = std::move(merged);
    rebuildColumns(projectId);
    emit sampleAppended(projectId);
}

namespace {

struct SampleField
{
    const char *name;
    std::optional<double> MetricSample::*member;
};
constexpr SampleField SampleFields[] = {
    {"srcRps", &MetricSample::srcRps},         {"dstRps", &MetricSample::dstRps},
    {"srcRt", &MetricSample::srcRt},           {"dstRt", &MetricSample::dstRt},
    {"srcIops", &MetricSample::srcIops},       {"dstIops", &MetricSample::dstIops},
    {"srcRpsRef", &MetricSample::srcRpsRef},   {"dstRpsRef", &MetricSample::dstRpsRef},
    {"srcRtRef", &MetricSample::srcRtRef},     {"dstRtRef", &MetricSample::dstRtRef},
    {"srcIopsRef", &MetricSample::srcIopsRef}, {"latency", &MetricSample::latencySeconds},
    {"latencyAge", &MetricSample::latencyAgeSeconds}, {"fullProcessed", &MetricSample::fullProcessed},
    {"fullCapacity", &MetricSample::fullCapacity},     {"verifyProcessed", &MetricSample::verifyProcessed},
    {"verifyCapacity", &MetricSample::verifyCapacity},
};

HistoryPoint makePoint(const QString &instance, const QString &project, const char *metric, qint64 timeMs,
                       double value, const QString &step = {})
{
    HistoryPoint p;
    p.instance = instance;
    p.project = project;
    p.metric = QString::fromLatin1(metric);
    p.timeMs = timeMs;
    p.value = value;
    p.step = step;
    return p;
}

} // namespace

QStringList sampleMetricNames()
{
    QStringList names;
    for (const SampleField &f : SampleFields)
        names << QString::fromLatin1(f.name);
    return names;
}

QList<HistoryPoint> historyPoints(const QString &instance, const QString &projectId, const MetricSample &sample)
{
    QList<HistoryPoint> points;
    for (const SampleField &f : SampleFields) {
        if (const std::optional<double> &v = sample.*f.member)
            points << makePoint(instance, projectId, f.name, sample.timeMs, *v, sample.stepName);
    }
    return points;
}

QList<HistoryPoint> historyPoints(const QString &instance, const QList<ProjectSummary> &projects, qint64 timeMs)
{
    QList<HistoryPoint> points;
    for (const ProjectSummary &p : projects) {
        if (p.duplicate > 0)
            continue; // the first row of an id is its
        if (p.structProgress)
            points << makePoint(instance, p.id, "structProgress", timeMs, *p.structProgress, p.currentStep);
        if (p.fullProgress)
            points << makePoint(instance, p.id, "fullProgress", timeMs, *p.fullProgress, p.currentStep);
        points << historyPoints(instance, p.id, sampleFromSummary(p, timeMs));
    }
    return points;
}

QList<HistoryPoint> historyPoints(const QString &instance, const QString &projectId,
                                  const QList<TableProgress> &tables, qint64 timeMs)
{
    int finished = 0, failed = 0, inconsistent = 0;
    for (const TableProgress &t : tables) {
        const StatusClass c = classifyStatus(t.status);
        if (c == StatusClass::Finished || (t.status.isEmpty() && t.progress.value_or(0) >= 100))
            ++finished;
        else if (c == StatusClass::Failed)
            ++failed;
        if (isInconsistent(t)) // the same count as the per-table view, reports and alerts
            ++inconsistent;
    }
    return {makePoint(instance, projectId, "tablesTotal", timeMs, tables.size()),
            makePoint(instance, projectId, "tablesFinished", timeMs, finished),
            makePoint(instance, projectId, "tablesFailed", timeMs, failed),
            makePoint(instance, projectId, "tablesInconsistent", timeMs, inconsistent)};
}

QList<MetricSample> samplesFromHistory(const QHash<QString, QList<HistoryValue>> &values)
{
    QMap<qint64, MetricSample> byTime;
    for (const SampleField &f : SampleFields) {
        for (const HistoryValue &v : values.value(QString::fromLatin1(f.name))) {
            MetricSample &s = byTime[v.timeMs];
            s.timeMs = v.timeMs;
            s.*f.member = v.value;
            if (v.origin == HistoryPoint::Origin::Server)
                s.fromServer = true;
        }
    }
    return byTime.values();
}

const QList<MetricSample> &MetricHistory::samples(const QString &projectId) const
{
    static const QList<MetricSample> none;
    const auto it = m_samples.constFind(projectId);
    return it == m_samples.constEnd() ? none : it.value();
}

QList<QPointF> MetricHistory::series(const QString &projectId, Metric metric) const
{
    const auto it = m_columns.constFind(projectId);
    return it == m_columns.cend() ? QList<QPointF>{} : it->at(int(metric)); // shared, not copied
}

QList<QPointF> MetricHistory::series(const QString &projectId, Metric metric, qint64 fromMs, qint64 toMs) const
{
    const auto it = m_columns.constFind(projectId);
    if (it == m_columns.cend())
        return {};
    const QList<QPointF> &points = it->at(int(metric));
    const auto first = std::lower_bound(points.cbegin(), points.cend(), double(fromMs),
                                        [](const QPointF &p, double x) { return p.x() < x; });
    const auto last = std::upper_bound(first, points.cend(), double(toMs),
                                       [](double x, const QPointF &p) { return x < p.x(); });
    if (first == points.cbegin() && last == points.cend())
        return points; // the whole series: shared, not copied
    return QList<QPointF>(first, last);
}

bool MetricHistory::isFromServer(const QString &projectId, qint64 timeMs) const
{
    const auto it = m_serverTimes.constFind(projectId);
    return it != m_serverTimes.cend() && std::binary_search(it->cbegin(), it->cend(), timeMs);
}

MetricHistory::OriginSplit MetricHistory::seriesByOrigin(const QString &projectId, Metric metric, qint64 fromMs,
                                                         qint64 toMs) const
{
    OriginSplit split;
    split.polled = series(projectId, metric, fromMs, toMs);
    const auto times = m_serverTimes.constFind(projectId);
    if (times == m_serverTimes.cend())
        return split; // no server history: every point is ours, shared, not copied
    QList<QPointF> polled;
    for (const QPointF &p : std::as_const(split.polled))
        (std::binary_search(times->cbegin(), times->cend(), qint64(p.x())) ? split.server : polled).append(p);
    split.polled = std::move(polled);
    return split;
}

std::optional<QPointF> MetricHistory::lastPoint(const QString &projectId, Metric metric, qint64 toMs) const
{
    const auto it = m_columns.constFind(projectId);
    if (it == m_columns.cend())
        return std::nullopt;
    const QList<QPointF> &points = it->at(int(metric));
    const auto end = std::upper_bound(points.cbegin(), points.cend(), double(toMs),
                                      [](double x, const QPointF &p) { return x < p.x(); });
    if (end == points.cbegin())
        return std::nullopt;
    return *(end - 1);
}

namespace {
/// The point of [first, last) (in time order) nearest to @p t; the earlier one on a tie.
std::optional<QPointF> nearestAmong(QList<QPointF>::const_iterator first, QList<QPointF>::const_iterator last, double t)
{
    const auto after = std::lower_bound(first, last, t, [](const QPointF &p, double x) { return p.x() < x; });
    std::optional<QPointF> best;
    if (after != last)
        best = *after;
    if (after != first && (!best || t - (after - 1)->x() <= best->x() - t))
        best = *(after - 1);
    return best;
}
} // namespace

std::optional<QPointF> MetricHistory::nearestPoint(const QString &projectId, Metric metric, qint64 timeMs,
                                                   qint64 maxDistanceMs) const
{
    const auto it = m_columns.constFind(projectId);
    if (it == m_columns.cend())
        return std::nullopt;
    const QList<QPointF> &points = it->at(int(metric));
    const double t = double(timeMs);
    const std::optional<QPointF> best = nearestAmong(points.cbegin(), points.cend(), t);
    if (best && std::abs(best->x() - t) > double(maxDistanceMs))
        return std::nullopt;
    return best;
}

std::optional<QPointF> MetricHistory::nearestPointOnLine(const QString &projectId, Metric metric, qint64 timeMs,
                                                         qint64 fromMs, qint64 toMs) const
{
    const auto it = m_columns.constFind(projectId);
    if (it == m_columns.cend())
        return std::nullopt;
    // What a chart draws: the points of [fromMs, toMs].
    const QList<QPointF> &points = it->at(int(metric));
    const auto byTime = [](const QPointF &p, double x) { return p.x() < x; };
    const auto first = std::lower_bound(points.cbegin(), points.cend(), double(fromMs), byTime);
    const auto last = std::upper_bound(points.cbegin(), points.cend(), double(toMs),
                                       [](double x, const QPointF &p) { return x < p.x(); });
    const double t = double(timeMs);
    if (first >= last || t < first->x() || t > (last - 1)->x())
        return std::nullopt;
    return nearestAmong(first, last, t);
}

QList<QPointF> decimateMinMax(const QList<QPointF> &points, int buckets)
{
    if (buckets <= 0 || points.size() <= 2LL * buckets)
        return points;
    const double x0 = points.first().x();
    const double span = points.last().x() - x0;
    if (span <= 0)
        return {points.first(), points.last()};
    QList<QPointF> out;
    out.reserve(2 * buckets + 2);
    int i = 0;
    const int n = int(points.size());
    for (int b = 0; b < buckets && i < n; ++b) {
        const double end = b == buckets - 1 ? points.last().x() : x0 + span * (b + 1) / buckets;
        int minI = -1;
        int maxI = -1;
        for (; i < n && (points.at(i).x() <= end || b == buckets - 1); ++i) {
            if (minI < 0 || points.at(i).y() < points.at(minI).y())
                minI = i;
            if (maxI < 0 || points.at(i).y() > points.at(maxI).y())
                maxI = i;
        }
        if (minI < 0)
            continue;
        if (minI == maxI) {
            out.append(points.at(minI));
        } else {
            out.append(points.at(std::min(minI, maxI)));
            out.append(points.at(std::max(minI, maxI)));
        }
    }
    // The line must span the whole range, whatever the first and last buckets held.
    if (out.first().x() != points.first().x())
        out.prepend(points.first());
    if (out.last().x() != points.last().x())
        out.append(points.last());
    return out;
}

} // namespace omsdash
