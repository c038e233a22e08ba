// SPDX-License-Identifier: MIT
#pragma once

#include <QList>

class QWidget;

namespace omsdash {

class MetricChart;

/// The four charts of a project, as the detail pane and reports show them: RPS (records/s)
/// and RT (ms per record) of source and destination with their dashed baselines, throughput
/// (the API's IOPS, in MB/s) with the source baseline, and incremental latency (s) with the
/// age of its sample. In that order.
QList<MetricChart *> createProjectCharts(QWidget *parent);
/// Gives the four charts of createProjectCharts() their series in the theme's colours
/// (palette::chartSource(), ...): again after a theme change, then refresh them.
void setProjectChartSeries(const QList<MetricChart *> &charts);

} // namespace omsdash
