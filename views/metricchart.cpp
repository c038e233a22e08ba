// SPDX-License-Identifier: MIT
#include "metricchart.h"

#include "format.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QStackedLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace omsdash {

/// The Qt Charts side of MetricChart.
class ChartEngine
{
public:
    QChart *chart = new QChart;
    QChartView *view = nullptr;
    QDateTimeAxis *timeAxis = new QDateTimeAxis;
    QValueAxis *valueAxis = new QValueAxis;
    QList<QLineSeries *> lines;
};

MetricChart::MetricChart(const QString &title, const QString &unit, double scale, QWidget *parent)
    : QWidget(parent)
    , m_title(title)
    , m_unit(unit)
    , m_scale(scale > 0 ? scale : 1.0)
    , m_stack(new QStackedLayout(this))
    , m_empty(new QLabel(this))
    , m_engine(std::make_unique<ChartEngine>())
{
    QChart *chart = m_engine->chart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    chart->legend()->setFont(small);
    QFont titleFont = font();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    m_engine->timeAxis->setFormat(QStringLiteral("HH:mm:ss"));
    m_engine->timeAxis->setTitleText(tr("local time"));
    m_engine->timeAxis->setLabelsFont(small);
    m_engine->timeAxis->setTitleFont(small);
    m_engine->timeAxis->setTickCount(5);
    m_engine->valueAxis->setTitleText(unit);
    m_engine->valueAxis->setLabelsFont(small);
    m_engine->valueAxis->setTitleFont(small);
    m_engine->valueAxis->setLabelFormat(QStringLiteral("%.6g"));
    chart->addAxis(m_engine->timeAxis, Qt::AlignBottom);
    chart->addAxis(m_engine->valueAxis, Qt::AlignLeft);
    m_engine->view = new QChartView(chart, this);
    m_engine->view->setRenderHint(QPainter::Antialiasing);
    m_engine->view->setMinimumSize(260, 180);

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setFrameShape(QFrame::StyledPanel);
    setEmptyText(tr("No samples yet"));
    m_stack->addWidget(m_engine->view);
    m_stack->addWidget(m_empty);
    m_stack->setCurrentWidget(m_empty);
}

MetricChart::~MetricChart() = default;

void MetricChart::setEmptyText(const QString &text)
{
    m_empty->setText(QStringLiteral("<b>%1</b><br>%2").arg(m_title.toHtmlEscaped(), text.toHtmlEscaped()));
}

void MetricChart::setSeries(const QList<Series> &series)
{
    m_series = series;
    for (QLineSeries *line : std::as_const(m_engine->lines)) {
        m_engine->chart->removeSeries(line);
        delete line;
    }
    m_engine->lines.clear();
    for (const Series &s : series) {
        auto *line = new QLineSeries;
        line->setName(s.name);
        QPen pen(s.color, s.baseline ? 1.5 : 2.0);
        if (s.baseline)
            pen.setStyle(Qt::DashLine);
        line->setPen(pen);
        m_engine->chart->addSeries(line);
        line->attachAxis(m_engine->timeAxis);
        line->attachAxis(m_engine->valueAxis);
        m_engine->lines.append(line);
    }
}

namespace {
/// A legend entry is laid out as rich text: rename only when the name changes.
void setNameIfChanged(QLineSeries *line, const QString &name)
{
    if (line->name() != name)
        line->setName(name);
}
} // namespace

void MetricChart::setTimeRange(qint64 fromMs, qint64 toMs)
{
    m_from = fromMs;
    m_to = toMs;
}

std::pair<qint64, qint64> MetricChart::shownTimeRange() const
{
    return {m_engine->timeAxis->min().toMSecsSinceEpoch(), m_engine->timeAxis->max().toMSecsSinceEpoch()};
}

void MetricChart::refresh(const MetricHistory *history, const QString &projectId)
{
    const bool fixedRange = m_from < m_to;
    const qint64 from = fixedRange ? m_from : std::numeric_limits<qint64>::min();
    const qint64 to = fixedRange ? m_to : std::numeric_limits<qint64>::max();
    const int buckets = std::max(50, m_engine->view->width() / 2);
    double minX = 0;
    double maxX = 0;
    bool any = false;
    QList<QList<QPointF>> data;
    for (const Series &s : std::as_const(m_series)) {
        QList<QPointF> pts;
        if (history && s.baseline) { // only its latest value is drawn
            if (const auto last = history->lastPoint(projectId, s.metric, to); last && last->x() >= double(from))
                pts = {*last};
        } else if (history) {
            pts = history->series(projectId, s.metric, from, to);
        }
        for (QPointF &p : pts)
            p.setY(p.y() / m_scale);
        data.append(pts);
        if (pts.isEmpty() || s.baseline)
            continue;
        minX = any ? std::min(minX, pts.first().x()) : pts.first().x();
        maxX = any ? std::max(maxX, pts.last().x()) : pts.last().x();
        any = true;
    }
    if (!any) {
        for (int i = 0; i < m_series.size(); ++i) {
            m_engine->lines.at(i)->clear();
            setNameIfChanged(m_engine->lines.at(i), m_series.at(i).name);
        }
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    if (fixedRange) {
        minX = double(m_from);
        maxX = double(m_to);
    }
    if (maxX - minX < 60000) // at least a minute wide, so one sample is visible
        minX = maxX - 60000;

    double maxY = 0;
    for (int i = 0; i < m_series.size(); ++i) {
        QLineSeries *line = m_engine->lines.at(i);
        const QList<QPointF> &pts = data.at(i);
        const Series &s = m_series.at(i);
        if (pts.isEmpty()) {
            line->clear();
            setNameIfChanged(line, s.name);
        } else if (s.baseline) { // across the whole time axis
            const double v = pts.last().y();
            line->replace(QList<QPointF>{{minX, v}, {maxX, v}});
            setNameIfChanged(line, tr("%1 %2").arg(s.name, fmt::compact(v)));
            maxY = std::max(maxY, v);
        } else {
            const QList<QPointF> drawn = decimateMinMax(pts, buckets);
            line->replace(drawn);
            setNameIfChanged(line, s.name);
            for (const QPointF &p : drawn)
                maxY = std::max(maxY, p.y());
        }
    }
    m_stack->setCurrentWidget(m_engine->view);
    // Each range change relayouts the axis (labels as rich text): only when it changes.
    const QDateTime fromTime = QDateTime::fromMSecsSinceEpoch(qint64(minX));
    const QDateTime toTime = QDateTime::fromMSecsSinceEpoch(qint64(maxX));
    if (m_engine->timeAxis->min() != fromTime || m_engine->timeAxis->max() != toTime)
        m_engine->timeAxis->setRange(fromTime, toTime);
    const double top = maxY > 0 ? maxY * 1.15 : 1.0;
    if (top > m_engine->valueAxis->max() || top < m_engine->valueAxis->max() * 0.6) { // hysteresis
        m_engine->valueAxis->setRange(0, top);
        m_engine->valueAxis->applyNiceNumbers();
    }
}

QList<int> MetricChart::drawnPointCounts() const
{
    QList<int> counts;
    for (const QLineSeries *line : m_engine->lines)
        counts << int(line->count());
    return counts;
}

QStringList MetricChart::legendTexts() const
{
    QStringList names;
    for (const QLineSeries *line : m_engine->lines)
        names << line->name();
    return names;
}

bool MetricChart::isShowingEmptyText() const
{
    return m_stack->currentWidget() == m_empty;
}

} // namespace omsdash
