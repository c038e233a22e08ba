// SPDX-License-Identifier: MIT
#include "projectchartspanel.h"

#include "format.h"
#include "metricchart.h"
#include "picture.h"
#include "projectcharts.h"
#include "selectedproject.h"
#include "instancesession.h"
#include "timerangedialog.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QToolButton>

namespace omsdash {

ProjectChartsPanel::ProjectChartsPanel(SelectedProject *project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_range(new QComboBox(this))
    , m_customRange(new QToolButton(this))
    , m_resetRange(new QToolButton(this))
    , m_rangeNote(new QLabel(this))
    , m_charts(createProjectCharts(this))
{
    TimeWindow *window = project->window();
    const struct
    {
        QString label;
        qint64 spanMs; // 0: everything kept
    } ranges[] = {{tr("15 min"), 15LL * 60 * 1000}, {tr("1 h"), 3600LL * 1000},  {tr("6 h"), 6LL * 3600 * 1000},
                  {tr("24 h"), 24LL * 3600 * 1000}, {tr("7 d"), 7LL * 86400 * 1000}, {tr("All"), 0}};
    for (const auto &r : ranges)
        m_range->addItem(r.label, r.spanMs);
    m_range->setCurrentIndex(std::max(0, m_range->findData(window->span())));
    m_range->setToolTip(tr("Time range of the charts, up to now; longer ranges are read from the history database"));
    // activated, not currentIndexChanged: choosing the shown span again ends a zoom.
    connect(m_range, &QComboBox::activated, window, [this, window] { window->setSpan(m_range->currentData().toLongLong()); });
    m_customRange->setText(tr("Custom…"));
    m_customRange->setToolTip(tr("Show a range between two dates"));
    connect(m_customRange, &QToolButton::clicked, this, &ProjectChartsPanel::chooseCustomRange);
    m_resetRange->setText(tr("Reset zoom"));
    m_resetRange->setToolTip(tr("Back to the range chosen in the list (or double-click a chart)"));
    connect(m_resetRange, &QToolButton::clicked, window, &TimeWindow::reset);
    m_rangeNote->setForegroundRole(QPalette::PlaceholderText);
    connect(window, &TimeWindow::changed, this, &ProjectChartsPanel::updateRangeNote);
    connect(project, &SelectedProject::samplesChanged, this, &ProjectChartsPanel::redraw);

    for (MetricChart *chart : std::as_const(m_charts)) {
        connect(chart, &MetricChart::rangeRequested, window,
                [window](qint64 from, qint64 to) { window->setFixed({from, to}); });
        connect(chart, &MetricChart::resetRequested, window, &TimeWindow::reset);
        connect(chart, &MetricChart::contextMenuRequested, this,
                [this, chart](const QPoint &at) { showChartMenu(chart, at); });
        // The other charts draw the line at the same time, without a label.
        connect(chart, &MetricChart::hoverTimeChanged, this, [this, chart](qint64 timeMs) {
            for (MetricChart *other : std::as_const(m_charts)) {
                if (other == chart)
                    continue;
                if (timeMs < 0)
                    other->hideCrosshair();
                else
                    other->showCrosshair(timeMs, false);
            }
        });
    }

    auto *rangeRow = new QHBoxLayout;
    rangeRow->addWidget(new QLabel(tr("Range"), this));
    rangeRow->addWidget(m_range);
    rangeRow->addWidget(m_customRange);
    rangeRow->addWidget(m_resetRange);
    rangeRow->addWidget(m_rangeNote, 1);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(4);
    grid->addLayout(rangeRow, 0, 0, 1, 2);
    for (int i = 0; i < int(m_charts.size()); ++i)
        grid->addWidget(m_charts.at(i), 1 + i / 2, i % 2);
    grid->setRowStretch(1, 1);
    grid->setRowStretch(2, 1);
    // Two rows of charts at their minimum; below that the scroll area holding the panel scrolls.
    setMinimumSize(460, 360);
    updateRangeNote();
    redraw();
}

void ProjectChartsPanel::changeEvent(QEvent *event)
{
    // A new theme: the series in its colours.
    if (event->type() == QEvent::ApplicationPaletteChange || event->type() == QEvent::PaletteChange) {
        setProjectChartSeries(m_charts);
        redraw();
    }
    QWidget::changeEvent(event);
}

void ProjectChartsPanel::setSpanMs(qint64 spanMs)
{
    const int index = m_range->findData(spanMs);
    if (index < 0)
        return;
    m_range->setCurrentIndex(index);
    m_project->window()->setSpan(spanMs);
}

void ProjectChartsPanel::chooseCustomRange()
{
    TimeRangeDialog dialog(m_project->shownRange(), m_project->window()->now(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_project->window()->setFixed(dialog.range());
}

QString ProjectChartsPanel::rangeNoteText() const
{
    return m_rangeNote->text();
}

void ProjectChartsPanel::updateRangeNote()
{
    const TimeWindow *window = m_project->window();
    m_resetRange->setEnabled(window->isFixed());
    const int index = m_range->findData(window->span());
    if (index >= 0 && index != m_range->currentIndex())
        m_range->setCurrentIndex(index);
    if (!window->isFixed()) {
        m_rangeNote->setText(tr("Wheel: zoom · drag: zoom to a range · Shift+drag: pan · double-click: reset"));
        return;
    }
    const TimeWindow::Range r = window->resolve(0);
    m_rangeNote->setText(tr("Showing %1 to %2 (%3)")
                             .arg(fmt::localTime(QDateTime::fromMSecsSinceEpoch(r.fromMs, Qt::UTC)),
                                  fmt::localTime(QDateTime::fromMSecsSinceEpoch(r.toMs, Qt::UTC)),
                                  fmt::duration(double(r.spanMs()) / 1000.0)));
}

void ProjectChartsPanel::redraw()
{
    ++m_redraws;
    const TimeWindow::Range r = m_project->shownRange(); // the same for every chart
    const QList<StepStart> starts = m_project->facts().stepStarts;
    for (MetricChart *chart : std::as_const(m_charts)) {
        chart->setTimeRange(r.fromMs, r.toMs);
        chart->setStepStarts(starts);
        chart->refresh(m_project->history(), m_project->projectId());
    }
}

bool ProjectChartsPanel::saveChart(int index, const QString &path, QString *error)
{
    MetricChart *chart = m_charts.value(index);
    if (!chart) {
        *error = tr("No chart %1").arg(index);
        return false;
    }
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive))
        return picture::saveSvg(chart, path, chart->title(), error);
    return picture::savePng(chart, path, error);
}

void ProjectChartsPanel::showChartMenu(MetricChart *chart, const QPoint &globalPos)
{
    const int index = int(m_charts.indexOf(chart));
    const InstanceSession *session = m_project->session();
    const QString instance = session ? session->name() : QString();
    const QString projectId = m_project->projectId();
    QMenu menu(this);
    const auto save = [this, chart, index, instance, projectId](const QString &suffix, const QString &filter) {
        const QString name = picture::fileName(instance, projectId, chart->title(), suffix);
        const QString path = QFileDialog::getSaveFileName(this, tr("Save chart"), name, filter);
        QString error;
        if (!path.isEmpty() && !saveChart(index, path, &error))
            QMessageBox::warning(this, tr("Save chart"), error);
    };
    menu.addAction(tr("Save chart as PNG…"), this, [save] { save(QStringLiteral("png"), tr("PNG image (*.png)")); });
    menu.addAction(tr("Save chart as SVG…"), this, [save] { save(QStringLiteral("svg"), tr("SVG image (*.svg)")); });
    menu.addAction(tr("Copy chart"), this, [chart] { picture::copyToClipboard(chart); });
    menu.addSeparator();
    TimeWindow *window = m_project->window();
    menu.addAction(tr("Reset zoom"), window, &TimeWindow::reset)->setEnabled(window->isFixed());
    menu.exec(globalPos);
}

} // namespace omsdash
