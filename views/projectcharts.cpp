// SPDX-License-Identifier: MIT
#include "projectcharts.h"

#include "metricchart.h"
#include "statuspalette.h"

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
    auto *rps = new MetricChart(tr("Records per second (RPS)"), tr("records/s"), 1.0, parent);
    auto *rt = new MetricChart(tr("Response time (RT)"), tr("ms per record"), 1.0, parent);
    auto *io = new MetricChart(tr("Throughput"), tr("MB/s"), 1024.0 * 1024.0, parent);
    auto *lat = new MetricChart(tr("Incremental latency"), tr("s"), 1.0, parent);
    const QString noRates = tr("The current step reports no rates (only full migration and full "
                               "verification do)");
    rps->setEmptyText(noRates);
    rt->setEmptyText(noRates);
    io->setEmptyText(noRates);
    lat->setEmptyText(tr("No incremental synchronization running"));
    QList<MetricChart *> charts{rps, rt, io, lat};
    setProjectChartSeries(charts);
    return charts;
}

void setProjectChartSeries(const QList<MetricChart *> &charts)
{
    if (charts.size() != 4)
        return;
    const QColor src = palette::chartSource();
    const QColor dst = palette::chartDestination();
    charts[0]->setSeries({{tr("Source"), Metric::SrcRps, src, false},
                          {tr("Destination"), Metric::DstRps, dst, false},
                          {tr("Src baseline"), Metric::SrcRpsRef, src, true},
                          {tr("Dst baseline"), Metric::DstRpsRef, dst, true}});
    charts[1]->setSeries({{tr("Source"), Metric::SrcRt, src, false},
                          {tr("Destination"), Metric::DstRt, dst, false},
                          {tr("Src baseline"), Metric::SrcRtRef, src, true},
                          {tr("Dst baseline"), Metric::DstRtRef, dst, true}});
    charts[2]->setSeries({{tr("Source"), Metric::SrcIops, src, false},
                          {tr("Destination"), Metric::DstIops, dst, false},
                          {tr("Src baseline"), Metric::SrcIopsRef, src, true}});
    // The sample's age beside the latency: a latency that stops growing while its sample ages
    // is a stale reading, not a caught-up sync.
    charts[3]->setSeries({{tr("Latency"), Metric::Latency, palette::chartLatency(), false},
                          {tr("Sample age"), Metric::LatencyAge, palette::chartSampleAge(), false}});
}

} // namespace omsdash
