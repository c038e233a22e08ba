// SPDX-License-Identifier: MIT
#include "metricchart.h"

#include "derived.h"
#include "format.h"

#include <QChart>
#include <QContextMenuEvent>
#include <QChartView>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGraphicsLineItem>
#include <QFontMetricsF>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QLegendMarker>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMouseEvent>
#include <QRubberBand>
#include <QStackedLayout>
#include <QValueAxis>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace omsdash {

/// The plot's view: turns wheel, drags and double-clicks into MetricChart's requests, and
/// moves the crosshair with the pointer.
class ChartView : public QChartView
{
public:
    ChartView(QChart *chart, MetricChart *owner)
        : QChartView(chart, owner)
        , m_owner(owner)
        , m_band(new QRubberBand(QRubberBand::Rectangle, viewport()))
    {
        setMouseTracking(true);
        setRubberBand(QChartView::NoRubberBand); // ours asks the TimeWindow instead of zooming alone
    }

    /// The plot area in viewport coordinates.
    QRect plotRect() const
    {
        return mapFromScene(chart()->mapToScene(chart()->plotArea())).boundingRect();
    }

protected:
    void wheelEvent(QWheelEvent *event) override
    {
        const double steps = event->angleDelta().y() / 120.0;
        if (steps == 0 || !inPlot(event->position().toPoint())) {
            QChartView::wheelEvent(event);
            return;
        }
        const auto [from, to] = m_owner->shownTimeRange();
        const qint64 center = m_owner->timeAtViewportX(int(event->position().x()));
        const auto r = TimeWindow::zoomed({from, to}, center, std::pow(0.8, steps));
        emit m_owner->rangeRequested(r.fromMs, r.toMs);
        event->accept();
    }

    void mousePressEvent(QMouseEvent *event) override
    {
        const bool pan = event->button() == Qt::MiddleButton
                         || (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier));
        if (!inPlot(event->position().toPoint()) || (!pan && event->button() != Qt::LeftButton)) {
            QChartView::mousePressEvent(event);
            return;
        }
        m_drag = pan ? Drag::Pan : Drag::Select;
        m_pressX = int(event->position().x());
        const auto [from, to] = m_owner->shownTimeRange();
        m_pressRange = {from, to};
        if (pan)
            viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
    }

    void mouseMoveEvent(QMouseEvent *event) override
    {
        const int x = int(event->position().x());
        if (m_drag == Drag::Select) {
            const QRect plot = plotRect();
            const int left = std::clamp(std::min(x, m_pressX), plot.left(), plot.right());
            const int right = std::clamp(std::max(x, m_pressX), plot.left(), plot.right());
            m_band->setGeometry(QRect(left, plot.top(), right - left + 1, plot.height()));
            m_band->show();
        } else if (m_drag == Drag::Pan) {
            const QRect plot = plotRect();
            if (plot.width() > 0) {
                const qint64 delta = qint64(double(m_pressX - x) / plot.width() * double(m_pressRange.spanMs()));
                const auto r = TimeWindow::panned(m_pressRange, delta);
                emit m_owner->rangeRequested(r.fromMs, r.toMs);
            }
        }
        const bool over = inPlot(event->position().toPoint());
        const qint64 t = over ? m_owner->timeAtViewportX(x) : -1;
        if (over)
            m_owner->showCrosshair(t, true);
        else
            m_owner->hideCrosshair();
        emit m_owner->hoverTimeChanged(t);
        QChartView::mouseMoveEvent(event);
    }

    void mouseReleaseEvent(QMouseEvent *event) override
    {
        if (m_drag == Drag::None) {
            QChartView::mouseReleaseEvent(event);
            return;
        }
        const Drag drag = std::exchange(m_drag, Drag::None);
        viewport()->unsetCursor();
        m_band->hide();
        const int x = int(event->position().x());
        if (drag == Drag::Select && std::abs(x - m_pressX) >= MinimumSelectionPx) {
            const QRect plot = plotRect();
            const qint64 a = m_owner->timeAtViewportX(std::clamp(m_pressX, plot.left(), plot.right()));
            const qint64 b = m_owner->timeAtViewportX(std::clamp(x, plot.left(), plot.right()));
            emit m_owner->rangeRequested(std::min(a, b), std::max(a, b));
        }
        event->accept();
    }

    void mouseDoubleClickEvent(QMouseEvent *event) override
    {
        if (event->button() == Qt::LeftButton && inPlot(event->position().toPoint())) {
            m_drag = Drag::None;
            m_band->hide();
            emit m_owner->resetRequested();
            event->accept();
            return;
        }
        QChartView::mouseDoubleClickEvent(event);
    }

    void contextMenuEvent(QContextMenuEvent *event) override
    {
        emit m_owner->contextMenuRequested(event->globalPos());
        event->accept();
    }

    void leaveEvent(QEvent *event) override
    {
        m_owner->hideCrosshair();
        emit m_owner->hoverTimeChanged(-1);
        QChartView::leaveEvent(event);
    }

private:
    enum class Drag { None, Select, Pan };
    static constexpr int MinimumSelectionPx = 5; // a shorter drag is a click

    bool inPlot(QPoint p) const { return plotRect().contains(p); }

    MetricChart *m_owner;
    QRubberBand *m_band;
    Drag m_drag = Drag::None;
    int m_pressX = 0;
    TimeWindow::Range m_pressRange;
};

/// The Qt Charts side of MetricChart.
class ChartEngine
{
public:
    QChart *chart = new QChart;
    ChartView *view = nullptr;
    QDateTimeAxis *timeAxis = new QDateTimeAxis;
    QValueAxis *valueAxis = new QValueAxis;
    QList<QLineSeries *> lines;
    QList<QLineSeries *> serverLines; ///< per series, the server history's points; nullptr for a baseline
    QLineSeries *serverLegend = nullptr; ///< no points: the legend's one "server history" entry
    QList<QGraphicsLineItem *> markerLines;
    QList<QGraphicsSimpleTextItem *> markerLabels;
    QGraphicsLineItem *crosshair = nullptr;
    QGraphicsRectItem *labelBox = nullptr;
    QGraphicsSimpleTextItem *label = nullptr;
    QStringList labelLines;
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
    m_engine->view = new ChartView(chart, this);
    m_engine->view->setRenderHint(QPainter::Antialiasing);
    m_engine->view->setMinimumSize(220, 140);
    m_engine->crosshair = new QGraphicsLineItem(chart);
    m_engine->crosshair->setPen(QPen(palette().color(QPalette::Text), 1, Qt::DotLine));
    m_engine->crosshair->setZValue(10);
    m_engine->crosshair->hide();
    m_engine->labelBox = new QGraphicsRectItem(chart);
    QColor boxColor = palette().color(QPalette::ToolTipBase);
    boxColor.setAlpha(235);
    m_engine->labelBox->setBrush(boxColor);
    m_engine->labelBox->setPen(QPen(palette().color(QPalette::Mid)));
    m_engine->labelBox->setZValue(11);
    m_engine->labelBox->hide();
    m_engine->label = new QGraphicsSimpleTextItem(m_engine->labelBox);
    m_engine->label->setFont(small);
    m_engine->label->setBrush(palette().color(QPalette::ToolTipText));

    QObject::connect(chart, &QChart::plotAreaChanged, this, [this] {
        fitValueAxis();
        updateStepMarkers();
    });
    applyPalette();

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

void MetricChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

void MetricChart::applyPalette()
{
    const QPalette p = palette();
    QChart *chart = m_engine->chart;
    chart->setBackgroundBrush(p.color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setTitleBrush(p.color(QPalette::Text));
    chart->legend()->setLabelColor(p.color(QPalette::Text));
    m_engine->view->setBackgroundBrush(p.color(QPalette::Base));
    const QColor grid = p.color(QPalette::Mid);
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(m_engine->timeAxis), static_cast<QAbstractAxis *>(m_engine->valueAxis)}) {
        axis->setLabelsBrush(p.color(QPalette::Text));
        axis->setTitleBrush(p.color(QPalette::Text));
        axis->setLinePenColor(grid);
        QColor light = grid;
        light.setAlpha(110);
        axis->setGridLineColor(light);
    }
    m_engine->crosshair->setPen(QPen(p.color(QPalette::Text), 1, Qt::DotLine));
    QColor boxColor = p.color(QPalette::ToolTipBase);
    boxColor.setAlpha(235);
    m_engine->labelBox->setBrush(boxColor);
    m_engine->labelBox->setPen(QPen(p.color(QPalette::Mid)));
    m_engine->label->setBrush(p.color(QPalette::ToolTipText));
}

void MetricChart::setSeries(const QList<Series> &series)
{
    m_series = series;
    for (QLineSeries *line : m_engine->lines + m_engine->serverLines + QList<QLineSeries *>{m_engine->serverLegend}) {
        if (!line)
            continue;
        m_engine->chart->removeSeries(line);
        delete line;
    }
    m_engine->serverLegend = nullptr;
    m_engine->lines.clear();
    m_engine->serverLines.clear();
    const auto add = [this](const QString &name, const QPen &pen) {
        auto *line = new QLineSeries;
        line->setName(name);
        line->setPen(pen);
        m_engine->chart->addSeries(line);
        line->attachAxis(m_engine->timeAxis);
        line->attachAxis(m_engine->valueAxis);
        return line;
    };
    for (const Series &s : series) {
        QPen pen(s.color, s.baseline ? 1.5 : 2.0);
        if (s.baseline)
            pen.setStyle(Qt::DashLine);
        m_engine->lines.append(add(s.name, pen));
    }
    // The server history's points, dotted and lighter, each series apart: no legend entry of
    // their own (a small chart has no room for twice the entries), one "server history" entry
    // for them all, shown while any is drawn.
    for (const Series &s : series) {
        QLineSeries *server = nullptr;
        if (!s.baseline) {
            QColor lighter = s.color;
            lighter.setAlphaF(0.55);
            server = add(tr("%1 (server history)").arg(s.name), QPen(lighter, 1.5, Qt::DotLine));
            for (QLegendMarker *marker : m_engine->chart->legend()->markers(server))
                marker->setVisible(false);
        }
        m_engine->serverLines.append(server);
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
    m_history = history;
    m_projectId = projectId;
    const bool fixedRange = m_from < m_to;
    const qint64 from = fixedRange ? m_from : std::numeric_limits<qint64>::min();
    const qint64 to = fixedRange ? m_to : std::numeric_limits<qint64>::max();
    const int buckets = std::max(50, m_engine->view->width() / 2);
    double minX = 0;
    double maxX = 0;
    bool any = false;
    QList<QList<QPointF>> data;
    QList<QList<QPointF>> serverData;
    for (const Series &s : std::as_const(m_series)) {
        QList<QPointF> pts;
        QList<QPointF> server;
        if (history && s.baseline) { // only its latest value is drawn
            if (const auto last = history->lastPoint(projectId, s.metric, to); last && last->x() >= double(from))
                pts = {*last};
        } else if (history) {
            MetricHistory::OriginSplit split = history->seriesByOrigin(projectId, s.metric, from, to);
            pts = std::move(split.polled);
            server = std::move(split.server);
        }
        for (QList<QPointF> *list : {&pts, &server}) {
            for (QPointF &p : *list)
                p.setY(p.y() / m_scale);
        }
        data.append(pts);
        serverData.append(server);
        if (s.baseline)
            continue;
        for (const QList<QPointF> *list : {&pts, &server}) {
            if (list->isEmpty())
                continue;
            minX = any ? std::min(minX, list->first().x()) : list->first().x();
            maxX = any ? std::max(maxX, list->last().x()) : list->last().x();
            any = true;
        }
    }
    bool anyServer = false;
    const auto showServer = [this, &anyServer](int i, const QList<QPointF> &points) {
        if (QLineSeries *line = m_engine->serverLines.value(i))
            line->replace(points);
        anyServer = anyServer || !points.isEmpty();
    };
    // Added and removed rather than its marker hidden: Qt Charts 6.4 does not lay out a legend
    // marker made visible again.
    const auto showServerLegend = [this, &anyServer] {
        QLineSeries *&legend = m_engine->serverLegend;
        if (anyServer && !legend) {
            legend = new QLineSeries;
            legend->setName(tr("server history"));
            legend->setPen(QPen(palette().color(QPalette::Text), 1.5, Qt::DotLine));
            m_engine->chart->addSeries(legend);
            legend->attachAxis(m_engine->timeAxis);
            legend->attachAxis(m_engine->valueAxis);
        } else if (!anyServer && legend) {
            m_engine->chart->removeSeries(legend);
            delete legend;
            legend = nullptr;
        }
    };
    if (!any) {
        m_baselineValues.clear();
        for (int i = 0; i < m_series.size(); ++i) {
            m_engine->lines.at(i)->clear();
            setNameIfChanged(m_engine->lines.at(i), m_series.at(i).name);
            showServer(i, {});
        }
        showServerLegend();
        m_stack->setCurrentWidget(m_empty);
        hideCrosshair();
        updateStepMarkers(); // none over the empty text
        return;
    }
    if (fixedRange) {
        minX = double(m_from);
        maxX = double(m_to);
    }
    if (maxX - minX < 60000) // at least a minute wide, so one sample is visible
        minX = maxX - 60000;

    double maxY = 0;
    m_baselineValues.fill(std::nullopt, m_series.size());
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
            m_baselineValues[i] = v;
            setNameIfChanged(line, tr("%1 %2").arg(s.name, fmt::compact(v)));
            maxY = std::max(maxY, v);
        } else {
            const QList<QPointF> drawn = decimateMinMax(pts, buckets);
            line->replace(drawn);
            setNameIfChanged(line, s.name);
            for (const QPointF &p : drawn)
                maxY = std::max(maxY, p.y());
        }
        const QList<QPointF> server = decimateMinMax(serverData.at(i), buckets);
        showServer(i, server);
        for (const QPointF &p : server)
            maxY = std::max(maxY, p.y());
    }
    showServerLegend();
    m_stack->setCurrentWidget(m_engine->view);
    // Each range change relayouts the axis (labels as rich text): only when it changes.
    const QDateTime fromTime = QDateTime::fromMSecsSinceEpoch(qint64(minX));
    const QDateTime toTime = QDateTime::fromMSecsSinceEpoch(qint64(maxX));
    if (m_engine->timeAxis->min() != fromTime || m_engine->timeAxis->max() != toTime) {
        // Past a day the labels need the date.
        const QString format = maxX - minX > 86400e3 ? QStringLiteral("MM-dd HH:mm") : QStringLiteral("HH:mm:ss");
        if (m_engine->timeAxis->format() != format)
            m_engine->timeAxis->setFormat(format);
        m_engine->timeAxis->setRange(fromTime, toTime);
    }
    const double top = maxY > 0 ? maxY * 1.15 : 1.0;
    if (top > m_engine->valueAxis->max() || top < m_engine->valueAxis->max() * 0.6) { // hysteresis
        m_valueTop = top;
        m_valueTicksFit = 0;
        fitValueAxis();
    }
    updateCrosshair();
    updateStepMarkers();
}

void MetricChart::fitValueAxis()
{
    QValueAxis *axis = m_engine->valueAxis;
    // A label's share of the axis: its line and Qt Charts' label padding (4 px) above and below.
    const qreal labelBand = QFontMetricsF(axis->labelsFont()).height() + 1 + 2 * 4;
    const int fit = std::clamp(int(m_engine->view->chart()->plotArea().height() / labelBand) + 1, 2, 6);
    if (fit == m_valueTicksFit)
        return;
    m_valueTicksFit = fit;
    // Nice numbers may add ticks to the hint (0..46,000 in 3 becomes 0, 20,000, 40,000, 60,000):
    // fewer until they fit.
    for (int hint = fit; hint >= 2; --hint) {
        axis->setRange(0, m_valueTop);
        axis->setTickCount(hint);
        axis->applyNiceNumbers();
        if (axis->tickCount() <= fit)
            break;
    }
}

QStringList MetricChart::valueAxisLabels() const
{
    // Qt Charts draws the labels as text items of the chart: those left of the plot, visible,
    // on the value axis's rows.
    QStringList labels;
    const QRectF plot = m_engine->view->chart()->plotArea();
    const QList<QGraphicsItem *> items = m_engine->view->chart()->scene()->items();
    for (const QGraphicsItem *item : items) {
        const auto *text = dynamic_cast<const QGraphicsTextItem *>(item);
        if (!text || !text->isVisible() || text->rotation() != 0)
            continue;
        const QRectF r = text->sceneBoundingRect();
        if (r.right() <= plot.left() + 1 && r.center().y() >= plot.top() - r.height() && r.center().y() <= plot.bottom() + r.height())
            labels << text->toPlainText();
    }
    return labels;
}

void MetricChart::setStepStarts(const QList<StepStart> &starts)
{
    m_stepStarts = starts;
    updateStepMarkers();
}

QString MetricChart::timeText(qint64 timeMs) const
{
    const auto [from, to] = shownTimeRange();
    return QDateTime::fromMSecsSinceEpoch(timeMs)
        .toLocalTime()
        .toString(to - from > 86400e3 ? QStringLiteral("MM-dd HH:mm") : QStringLiteral("HH:mm:ss"));
}

void MetricChart::updateStepMarkers()
{
    ChartEngine &e = *m_engine;
    const auto [from, to] = shownTimeRange();
    const QRectF plot = e.chart->plotArea();
    QList<const StepStart *> inRange;
    if (!isShowingEmptyText() && to > from) {
        for (const StepStart &start : std::as_const(m_stepStarts)) {
            if (start.timeMs >= from && start.timeMs <= to)
                inRange << &start;
        }
    }
    while (e.markerLines.size() < inRange.size()) {
        auto *line = new QGraphicsLineItem(e.chart);
        QColor color = palette().color(QPalette::Text);
        color.setAlphaF(0.45);
        line->setPen(QPen(color, 1, Qt::DashDotLine));
        line->setZValue(5);
        auto *label = new QGraphicsSimpleTextItem(e.chart);
        QFont small = font();
        small.setPointSizeF(small.pointSizeF() * 0.8);
        label->setFont(small);
        label->setBrush(palette().color(QPalette::Text));
        label->setZValue(5);
        e.markerLines.append(line);
        e.markerLabels.append(label);
    }
    // Labels in rows near the top, the latest step first: each in the first row where it
    // overwrites no other label, down to half the plot's height; past that, the line alone
    // (its tooltip names the step), so a crowded start leaves the steps under way labelled.
    QList<QList<std::pair<double, double>>> rows; // per row, the [left, right] of its labels
    for (qsizetype i = inRange.size() - 1; i >= 0; --i) {
        const StepStart &start = *inRange.at(i);
        const double x = plot.left() + double(start.timeMs - from) / double(to - from) * plot.width();
        QGraphicsLineItem *line = e.markerLines.at(i);
        QGraphicsSimpleTextItem *label = e.markerLabels.at(i);
        line->setLine(x, plot.top(), x, plot.bottom());
        label->setText(tr("%1 · %2", "step marker: step name, its start time").arg(stepText(start.step), timeText(start.timeMs)));
        line->setToolTip(label->text());
        line->show();
        // Beside the line, in a row where it overwrites no neighbour.
        const double width = label->boundingRect().width();
        const double height = label->boundingRect().height() + 1;
        const double left = x + 3 + width > plot.right() ? x - 3 - width : x + 3;
        const double right = left + width;
        const int maxRows = std::max(1, int(plot.height() / 2 / height));
        const auto overlaps = [left, right](const QList<std::pair<double, double>> &placed) {
            return std::any_of(placed.cbegin(), placed.cend(), [left, right](const std::pair<double, double> &p) {
                return left < p.second + 4 && p.first < right + 4;
            });
        };
        int row = 0;
        while (row < rows.size() && row < maxRows && overlaps(rows.at(row)))
            ++row;
        if (row == maxRows) {
            label->hide();
            continue;
        }
        if (row == rows.size())
            rows.append(QList<std::pair<double, double>>());
        rows[row].append({left, right});
        label->setPos(left, plot.top() + 2 + row * height);
        label->show();
    }
    for (qsizetype i = inRange.size(); i < e.markerLines.size(); ++i) {
        e.markerLines.at(i)->hide();
        e.markerLabels.at(i)->hide();
    }
}

QStringList MetricChart::stepMarkerTexts() const
{
    QStringList texts;
    for (const QGraphicsSimpleTextItem *label : std::as_const(m_engine->markerLabels)) {
        if (label->isVisible())
            texts << label->text();
    }
    return texts;
}

int MetricChart::stepMarkerLineCount() const
{
    const auto &lines = m_engine->markerLines;
    return int(std::count_if(lines.cbegin(), lines.cend(), [](const QGraphicsLineItem *line) { return line->isVisible(); }));
}

QList<QRectF> MetricChart::stepMarkerLabelRects() const
{
    QList<QRectF> rects;
    for (const QGraphicsSimpleTextItem *label : std::as_const(m_engine->markerLabels)) {
        if (label->isVisible())
            rects << label->sceneBoundingRect();
    }
    return rects;
}

QList<int> MetricChart::drawnServerPointCounts() const
{
    QList<int> counts;
    for (const QLineSeries *line : std::as_const(m_engine->serverLines))
        counts << (line ? int(line->count()) : 0);
    return counts;
}

void MetricChart::showCrosshair(qint64 timeMs, bool withValues)
{
    m_hoverMs = timeMs;
    m_hoverValues = withValues;
    updateCrosshair();
}

void MetricChart::hideCrosshair()
{
    m_hoverMs = -1;
    updateCrosshair();
}

bool MetricChart::isCrosshairVisible() const
{
    return m_engine->crosshair->isVisible();
}

QStringList MetricChart::crosshairText() const
{
    return m_engine->labelLines;
}

qint64 MetricChart::timeAtViewportX(int x) const
{
    const QRect plot = m_engine->view->plotRect();
    const auto [from, to] = shownTimeRange();
    if (plot.width() <= 1)
        return from;
    return from + qint64(std::llround(double(x - plot.left()) / (plot.width() - 1) * double(to - from)));
}

int MetricChart::viewportXOfTime(qint64 timeMs) const
{
    const QRect plot = m_engine->view->plotRect();
    const auto [from, to] = shownTimeRange();
    if (to <= from)
        return plot.left();
    return plot.left() + int(std::lround(double(timeMs - from) / double(to - from) * (plot.width() - 1)));
}

QWidget *MetricChart::plotViewport() const
{
    return m_engine->view->viewport();
}

void MetricChart::updateCrosshair()
{
    ChartEngine &e = *m_engine;
    const auto [from, to] = shownTimeRange();
    if (m_hoverMs < from || m_hoverMs > to || isShowingEmptyText()) {
        e.crosshair->hide();
        e.labelBox->hide();
        e.labelLines.clear();
        return;
    }
    const QRectF plot = e.chart->plotArea();
    const double x = plot.left() + double(m_hoverMs - from) / double(to - from) * plot.width();
    e.crosshair->setLine(x, plot.top(), x, plot.bottom());
    e.crosshair->show();
    if (!m_hoverValues) {
        e.labelBox->hide();
        e.labelLines.clear();
        return;
    }

    // Each series' nearest sample, if one is within a few pixels' worth of time.
    const qint64 reach = std::max<qint64>(15000, qint64(double(to - from) / std::max(1.0, plot.width()) * 6));
    QStringList lines{fmt::localTime(QDateTime::fromMSecsSinceEpoch(m_hoverMs, Qt::UTC))};
    for (const Series &s : std::as_const(m_series)) {
        // A baseline is drawn at one value across the range: that value.
        std::optional<double> v;
        std::optional<QPointF> far; // a sample out of reach, but joined to the hover time by a drawn line
        std::optional<QPointF> near;
        if (s.baseline)
            v = m_baselineValues.value(&s - m_series.constData());
        else if ((near = m_history ? m_history->nearestPoint(m_projectId, s.metric, m_hoverMs, reach) : std::nullopt))
            v = near->y() / m_scale;
        else if (m_history)
            far = m_from < m_to ? m_history->nearestPointOnLine(m_projectId, s.metric, m_hoverMs, m_from, m_to)
                                : m_history->nearestPointOnLine(m_projectId, s.metric, m_hoverMs);
        const auto fromServer = [this](qreal x) { return m_history && m_history->isFromServer(m_projectId, qint64(x)); };
        if (v && near && fromServer(near->x()))
            lines << tr("%1: %2 %3 (server history)").arg(s.name, fmt::compact(*v), m_unit);
        else if (v)
            lines << tr("%1: %2 %3").arg(s.name, fmt::compact(*v), m_unit);
        else if (far && fromServer(far->x()))
            lines << tr("%1: %2 %3 (server history, sample at %4)")
                         .arg(s.name, fmt::compact(far->y() / m_scale), m_unit, timeText(qint64(far->x())));
        else if (far)
            lines << tr("%1: %2 %3 (sample at %4)")
                         .arg(s.name, fmt::compact(far->y() / m_scale), m_unit, timeText(qint64(far->x())));
        else
            lines << tr("%1: %2").arg(s.name, fmt::dash());
    }
    e.labelLines = lines;
    e.label->setText(lines.join(QLatin1Char('\n')));
    const QRectF text = e.label->boundingRect();
    const QRectF box(0, 0, text.width() + 8, text.height() + 6);
    e.label->setPos(4, 3);
    e.labelBox->setRect(box);
    // Beside the line, on the side with room, near the top of the plot.
    double left = x + 8;
    if (left + box.width() > plot.right())
        left = x - 8 - box.width();
    e.labelBox->setPos(std::max(plot.left(), left), plot.top() + 4);
    e.labelBox->show();
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
    if (m_engine->serverLegend)
        names << m_engine->serverLegend->name();
    return names;
}

bool MetricChart::isShowingEmptyText() const
{
    return m_stack->currentWidget() == m_empty;
}

} // namespace omsdash
