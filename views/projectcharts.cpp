// SPDX-License-Identifier: MIT
#include "projectcharts.h"

#include "metricchart.h"

#include <QColor>
#include <QCoreApplication>

namespace omsdash {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("omsdash", text);
}
} // namespace

QList<MetricChart *> createProjectCharts(QWidget *parent)
{
    // Charts: RPS, RT, throughput, latency, each with its baselines.
    const QColor src(0x2f, 0x80, 0xed);
    const QColor dst(0x3a, 0x9d, 0x5d);
    auto *rps = new MetricChart(tr("Records per second (RPS)"), tr("records/s"), 1.0, parent);
    rps->setSeries({{tr("Source"), Metric::SrcRps, src, false},
                    {tr("Destination"), Metric::DstRps, dst, false},
                    {tr("Src baseline"), Metric::SrcRpsRef, src, true},
                    {tr("Dst baseline"), Metric::DstRpsRef, dst, true}});
    auto *rt = new MetricChart(tr("Response time (RT)"), tr("ms per record"), 1.0, parent);
    rt->setSeries({{tr("Source"), Metric::SrcRt, src, false},
                   {tr("Destination"), Metric::DstRt, dst, false},
                   {tr("Src baseline"), Metric::SrcRtRef, src, true},
                   {tr("Dst baseline"), Metric::DstRtRef, dst, true}});
    auto *io = new MetricChart(tr("Throughput"), tr("MB/s"), 1024.0 * 1024.0, parent);
    io->setSeries({{tr("Source"), Metric::SrcIops, src, false},
                   {tr("Destination"), Metric::DstIops, dst, false},
                   {tr("Src baseline"), Metric::SrcIopsRef, src, true}});
    auto *lat = new MetricChart(tr("Incremental latency"), tr("s"), 1.0, parent);
    // The sample's age beside the latency: a latency that stops growing while its sample ages
    // is a stale reading, not a caught-up sync.
    lat->setSeries({{tr("Latency"), Metric::Latency, QColor(0xd9, 0x8e, 0x04), false},
                    {tr("Sample age"), Metric::LatencyAge, QColor(0x8a, 0x8a, 0x8a), false}});
    const QString noRates = tr("The current step reports no rates (only full migration and full "
                               "verification do)");
    rps->setEmptyText(noRates);
    rt->setEmptyText(noRates);
    io->setEmptyText(noRates);
    lat->setEmptyText(tr("No incremental synchronization running"));
    return {rps, rt, io, lat};
}

} // namespace omsdash
