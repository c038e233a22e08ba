// SPDX-License-Identifier: MIT
#pragma once

#include "derived.h"
#include "metrichistory.h"
#include "timewindow.h"

#include <QColor>
#include <QList>
#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QStackedLayout;

namespace omsdash {

class ChartEngine;

/// A time chart of a few metrics of one project, kept behind this small widget so the
/// chart engine (Qt Charts today) can be swapped. Values are divided by scale() and the
/// value axis is titled with unit(). Series are decimated to the plot's width (min/max per
/// bucket) and replaced in one call; baselines are dashed two-point lines whose value is in
/// the legend. When no series has a point the widget says so instead of an empty plot.
///
/// With the mouse: the wheel zooms around the pointer, dragging selects a range to zoom to,
/// Shift+drag or the middle button pans, a double-click asks for the range chosen before.
/// The chart does not change its own range: it asks with rangeRequested() or
/// resetRequested(), so a TimeWindow can move every chart of a pane together. Hovering shows
/// a crosshair with the time and every series' value there, baselines included.
///
/// Points that came from the server's own history (a backfill) are drawn apart, dotted and
/// lighter, as "name (server history)" in the legend and the crosshair; where each step began
/// is a vertical marker with its name and time.
class MetricChart : public QWidget
{
    Q_OBJECT

public:
    struct Series
    {
        QString name;
        Metric metric;
        QColor color;
        bool baseline = false; ///< drawn dashed, at its latest value, across the range
    };

    MetricChart(const QString &title, const QString &unit, double scale, QWidget *parent = nullptr);
    ~MetricChart() override;

    void setSeries(const QList<Series> &series);
    /// Text shown while there is nothing to draw.
    void setEmptyText(const QString &text);
    /// Shows [@p fromMs, @p toMs] (UTC ms) whatever the data, so several charts share one time
    /// axis; fromMs >= toMs returns to fitting the data.
    void setTimeRange(qint64 fromMs, qint64 toMs);
    /// The time axis as drawn, UTC ms.
    std::pair<qint64, qint64> shownTimeRange() const;
    /// Redraws from @p history for @p projectId: the points in the time range, decimated.
    void refresh(const MetricHistory *history, const QString &projectId);

    /// Marks where steps began (stepStarts() of the project's steps): a vertical line for each
    /// one inside the shown range, labelled with the step's console word and time where the
    /// label fits beside the others (else in the line's tooltip only).
    void setStepStarts(const QList<StepStart> &starts);
    /// The step markers' labels drawn now, left to right: "name · time" (for tests).
    QStringList stepMarkerTexts() const;
    /// Where those labels are drawn, in the chart's scene (for tests).
    QList<QRectF> stepMarkerLabelRects() const;
    /// The step markers' lines drawn now (for tests).
    int stepMarkerLineCount() const;
    /// The value axis's labels shown now, as drawn (for tests: none may be elided to "...").
    QStringList valueAxisLabels() const;
    /// Points currently drawn per series from the server's history (dotted), in setSeries()
    /// order; 0 for baselines (for tests).
    QList<int> drawnServerPointCounts() const;

    /// A vertical line at @p timeMs (UTC ms); with @p withValues a label gives the time and
    /// each series' nearest value. Outside the shown range it hides.
    void showCrosshair(qint64 timeMs, bool withValues);
    void hideCrosshair();
    bool isCrosshairVisible() const;
    /// The crosshair label's lines: local time, then "name: value unit" per series ("name: –"
    /// where a series has no sample near that time).
    QStringList crosshairText() const;
    /// The time (UTC ms) under x in the plot's viewport coordinates, and back; for tests.
    qint64 timeAtViewportX(int x) const;
    int viewportXOfTime(qint64 timeMs) const;
    /// The widget that receives the mouse: send test events here.
    QWidget *plotViewport() const;

    QString title() const { return m_title; }
    /// Points currently drawn per series, in setSeries() order (for tests).
    QList<int> drawnPointCounts() const;
    /// Legend text per series, in setSeries() order, then "server history" while any series
    /// has server-history points drawn.
    QStringList legendTexts() const;
    bool isShowingEmptyText() const;

signals:
    /// The user zoomed or panned to [@p fromMs, @p toMs] (UTC ms).
    void rangeRequested(qint64 fromMs, qint64 toMs);
    /// The user double-clicked: back to the range chosen before zooming.
    void resetRequested();
    /// The pointer is over @p timeMs (UTC ms) of the plot; -1 once it leaves.
    void hoverTimeChanged(qint64 timeMs);
    /// A right-click on the chart, at @p globalPos: whoever shows it offers the exports.
    void contextMenuRequested(const QPoint &globalPos);

protected:
    void changeEvent(QEvent *event) override;

private:
    /// The chart's background, title, axes, grid, legend and crosshair in the widget's palette.
    void applyPalette();

    friend class ChartView;
    void updateCrosshair();
    void updateStepMarkers();
    /// The value axis from 0 to m_valueTop, with nice numbers and no more ticks than the plot's
    /// height has room to label: Qt Charts elides a label taller than its share of the axis to
    /// "..." (the CJK fonts' taller lines did so on every short chart in zh_CN).
    void fitValueAxis();
    QString timeText(qint64 timeMs) const;

    QString m_title;
    QString m_unit;
    double m_scale;
    QList<Series> m_series;
    qint64 m_from = 0;
    qint64 m_to = 0;
    QStackedLayout *m_stack;
    QLabel *m_empty;
    std::unique_ptr<ChartEngine> m_engine;
    QPointer<const MetricHistory> m_history;
    QString m_projectId;
    QList<std::optional<double>> m_baselineValues; ///< per series as drawn, divided by scale()
    QList<StepStart> m_stepStarts;
    double m_valueTop = 1;   ///< the value axis's top before nice numbers
    int m_valueTicksFit = 0; ///< ticks the plot had room for at the last fitValueAxis()
    qint64 m_hoverMs = -1;
    bool m_hoverValues = false;
};

} // namespace omsdash
