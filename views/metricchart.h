// SPDX-License-Identifier: MIT
#pragma once

#include "metrichistory.h"

#include <QColor>
#include <QWidget>

class QLabel;
class QStackedLayout;

namespace omsdash {

class ChartEngine;

/// A time chart of a few metrics of one project, kept behind this small widget so the
/// chart engine (Qt Charts today) can be swapped. Values are divided by scale() and the
/// value axis is titled with unit(). Series are decimated to the plot's width (min/max per
/// bucket) and replaced in one call; baselines are dashed two-point lines whose value is in
/// the legend. When no series has a point the widget says so instead of an empty plot.
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

    QString title() const { return m_title; }
    /// Points currently drawn per series, in setSeries() order (for tests).
    QList<int> drawnPointCounts() const;
    /// Legend text per series, in setSeries() order.
    QStringList legendTexts() const;
    bool isShowingEmptyText() const;

private:
    QString m_title;
    QString m_unit;
    double m_scale;
    QList<Series> m_series;
    qint64 m_from = 0;
    qint64 m_to = 0;
    QStackedLayout *m_stack;
    QLabel *m_empty;
    std::unique_ptr<ChartEngine> m_engine;
};

} // namespace omsdash
