// SPDX-License-Identifier: MIT
#include "projectdetailpane.h"

#include "derived.h"
#include "componentlistmodel.h"
#include "componentsview.h"
#include "eta.h"
#include "format.h"
#include "instancesession.h"
#include "metricchart.h"
#include "metrichistory.h"
#include "projectcharts.h"
#include "picture.h"
#include "projectlistmodel.h"
#include "statuspalette.h"
#include "steplistmodel.h"
#include "steptimeline.h"
#include "tableprogressview.h"
#include "timerangedialog.h"
#include "timewindow.h"

#include <QComboBox>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QSplitter>
#include <QDesktopServices>
#include <QTabWidget>
#include <QUrl>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace omsdash {

namespace {

void setBadge(QLabel *label, const QString &text, const QColor &color)
{
    label->setVisible(!text.isEmpty());
    label->setText(text);
    label->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 9px;"
                                        " padding: 1px 9px; font-weight: bold; }")
                             .arg(color.name(), palette::textOn(color).name()));
}

/// @p step colours the bar by its status (a failed schema migration is red).
void setBar(QProgressBar *bar, std::optional<int> value, const Step *step = nullptr)
{
    bar->setEnabled(value.has_value());
    bar->setValue(value ? std::clamp(*value, 0, 100) : 0);
    bar->setFormat(value ? QStringLiteral("%1 %").arg(*value) : fmt::dash());
    const QColor color = palette::statusColor(step ? step->status : QStringLiteral("RUNNING"));
    // The header refreshes every second; restyle only when the colour changes.
    if (bar->property("chunkColor").value<QColor>() == color)
        return;
    bar->setProperty("chunkColor", color);
    bar->setStyleSheet(QStringLiteral("QProgressBar { border: 1px solid palette(mid); border-radius: 3px;"
                                      " text-align: center; }"
                                      " QProgressBar::chunk { background: %1; }")
                           .arg(color.name()));
}

QProgressBar *makeBar(QWidget *parent)
{
    auto *bar = new QProgressBar(parent);
    bar->setRange(0, 100);
    bar->setTextVisible(true);
    bar->setAlignment(Qt::AlignCenter);
    return bar;
}

} // namespace

ProjectDetailPane::ProjectDetailPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_id(new QLabel(this))
    , m_status(new QLabel(this))
    , m_alarm(new QLabel(this))
    , m_step(new QLabel(this))
    , m_latency(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_schemaBar(makeBar(this))
    , m_fullBar(makeBar(this))
    , m_verifyBar(makeBar(this))
    , m_records(new QLabel(this))
    , m_verifyRecords(new QLabel(this))
    , m_range(new QComboBox(this))
    , m_window(new TimeWindow(this))
    , m_rangeNote(new QLabel(this))
    , m_customRange(new QToolButton(this))
    , m_resetRange(new QToolButton(this))
    , m_timeline(new StepTimelineView(this))
    , m_console(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_componentsView(new ComponentsView(this))
    , m_tableView(new TableProgressView(this))
    , m_clockTimer(new QTimer(this))
{
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_id->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_id->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("QLabel { color: #a32626; }"));
    m_warning->hide();
    m_status->setToolTip(tr("Project status"));
    m_alarm->setToolTip(tr("Alarm level"));

    auto *headline = new QHBoxLayout;
    headline->addWidget(m_title);
    headline->addWidget(m_id);
    headline->addSpacing(12);
    headline->addWidget(m_status);
    headline->addWidget(m_alarm);
    headline->addStretch(1);
    headline->addWidget(m_console);
    m_console->setTextFormat(Qt::RichText);
    m_console->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_console, &QLabel::linkActivated, this, [](const QString &url) {
        QDesktopServices::openUrl(QUrl(url));
    });
    auto *facts = new QHBoxLayout;
    facts->addWidget(m_step);
    facts->addSpacing(24);
    facts->addWidget(m_latency, 1);

    auto *bars = new QGridLayout;
    bars->addWidget(new QLabel(tr("Schema migration"), this), 0, 0);
    bars->addWidget(new QLabel(tr("Full migration"), this), 0, 1);
    bars->addWidget(new QLabel(tr("Full verification"), this), 0, 2);
    bars->addWidget(m_schemaBar, 1, 0);
    bars->addWidget(m_fullBar, 1, 1);
    bars->addWidget(m_verifyBar, 1, 2);
    bars->addWidget(m_records, 2, 1);
    bars->addWidget(m_verifyRecords, 2, 2);
    // Three equal stages: a long records-and-ETA line wraps instead of widening its column.
    for (int column = 0; column < 3; ++column)
        bars->setColumnStretch(column, 1);
    for (QLabel *label : {m_records, m_verifyRecords}) {
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    }

    m_charts = createProjectCharts(this);
    // One time window for all four charts: they share their time axis and zoom together.
    const struct
    {
        QString label;
        qint64 spanMs; // 0: everything kept
    } ranges[] = {{tr("15 min"), 15 * 60 * 1000LL}, {tr("1 h"), 3600 * 1000LL},  {tr("6 h"), 6 * 3600 * 1000LL},
                  {tr("24 h"), 24 * 3600 * 1000LL}, {tr("7 d"), 7 * 86400 * 1000LL}, {tr("All"), 0}};
    for (const auto &r : ranges)
        m_range->addItem(r.label, r.spanMs);
    m_range->setCurrentIndex(1);
    m_window->setSpan(m_range->currentData().toLongLong());
    m_range->setToolTip(tr("Time range of the charts, up to now; longer ranges are read from the history database"));
    // activated, not currentIndexChanged: choosing the shown span again ends a zoom.
    connect(m_range, &QComboBox::activated, this,
            [this] { m_window->setSpan(m_range->currentData().toLongLong()); });
    m_customRange->setText(tr("Custom…"));
    m_customRange->setToolTip(tr("Show a range between two dates"));
    connect(m_customRange, &QToolButton::clicked, this, &ProjectDetailPane::chooseCustomRange);
    m_resetRange->setText(tr("Reset zoom"));
    m_resetRange->setToolTip(tr("Back to the range chosen in the list (or double-click a chart)"));
    connect(m_resetRange, &QToolButton::clicked, m_window, &TimeWindow::reset);
    m_rangeNote->setStyleSheet(QStringLiteral("color: palette(mid);"));
    connect(m_window, &TimeWindow::changed, this, [this] {
        updateRangeNote();
        loadRange();
        updateCharts();
    });
    for (MetricChart *chart : std::as_const(m_charts)) {
        connect(chart, &MetricChart::rangeRequested, this,
                [this](qint64 from, qint64 to) { m_window->setFixed({from, to}); });
        connect(chart, &MetricChart::resetRequested, m_window, &TimeWindow::reset);
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
    updateRangeNote();

    auto *chartPage = new QWidget(this);
    auto *grid = new QGridLayout(chartPage);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(4);
    grid->addLayout(rangeRow, 0, 0, 1, 2);
    for (int i = 0; i < int(m_charts.size()); ++i)
        grid->addWidget(m_charts.at(i), 1 + i / 2, i % 2);
    grid->setRowStretch(1, 1);
    grid->setRowStretch(2, 1);
    m_tabs->addTab(chartPage, tr("Metrics"));
    m_tabs->addTab(m_tableView, tr("Per-table progress"));
    // Hidden until a detail brings components: servers without DescribeProjectComponents
    // (OMS CE, OMS 3.3, DRS) never show the tab.
    m_tabs->addTab(m_componentsView, tr("Components"));
    m_tabs->setTabVisible(m_tabs->indexOf(m_componentsView), false);

    auto *timelineBox = new QWidget(this);
    auto *timelineLayout = new QVBoxLayout(timelineBox);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    auto *timelineTitle = new QLabel(tr("<b>Steps</b>"), timelineBox);
    timelineLayout->addWidget(timelineTitle);
    timelineLayout->addWidget(m_timeline);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(timelineBox);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({620, 780});
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(headline);
    layout->addLayout(facts);
    layout->addWidget(m_warning);
    layout->addLayout(bars);
    layout->addWidget(split, 1);

    m_clockTimer->setInterval(1000);
    connect(m_clockTimer, &QTimer::timeout, this, &ProjectDetailPane::updateHeader);
    m_clockTimer->start();
    updateHeader();
}

void ProjectDetailPane::setSession(InstanceSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_timeline->setStepModel(session ? session->steps() : nullptr);
    m_tableView->setTableModel(session ? session->tables() : nullptr);
    m_componentsView->setComponentModel(session ? session->components() : nullptr);
    const auto showComponents = [this](bool available) {
        m_tabs->setTabVisible(m_tabs->indexOf(m_componentsView), available);
    };
    showComponents(session && session->components()->isAvailable());
    if (session) {
        connect(session, &InstanceSession::detailUpdated, this, &ProjectDetailPane::updateHeader);
        connect(session, &InstanceSession::projectsUpdated, this, &ProjectDetailPane::updateHeader);
        connect(session, &InstanceSession::selectionChanged, this, [this] {
            loadRangeOfSelection();
            updateCharts();
        });
        connect(session->components(), &ComponentListModel::availabilityChanged, this, showComponents);
        connect(session->history(), &MetricHistory::sampleAppended, this,
                [this](const QString &projectId) {
                    if (m_session && projectId == m_session->selectedProject())
                        updateCharts();
                });
    }
    loadRangeOfSelection();
    updateHeader();
    updateCharts();
}

QUrl ProjectDetailPane::consoleUrl() const
{
    return m_session ? consoleUrlFor(m_session->config(), m_session->selectedProject()) : QUrl();
}

QString ProjectDetailPane::latencyText() const
{
    return m_latency->text();
}

QString ProjectDetailPane::headerText() const
{
    return QStringList{m_title->text(), m_id->text(), m_status->text(), m_alarm->text(),
                       m_step->text(), m_latency->text(), m_warning->isVisible() ? m_warning->text() : QString()}
        .join(QLatin1Char('\n'));
}

void ProjectDetailPane::loadRangeOfSelection()
{
    // A selection (a new one, or a session's) comes with historySeedMs() loaded from the store.
    m_loadedFromMs = QDateTime::currentMSecsSinceEpoch() - InstanceSession::historySeedMs();
    loadRange();
}

TimeWindow::Range ProjectDetailPane::shownRange() const
{
    const QList<MetricSample> &samples = m_session ? m_session->history()->samples(m_session->selectedProject())
                                                   : QList<MetricSample>{};
    return m_window->resolve(samples.isEmpty() ? m_window->now() : samples.first().timeMs);
}

void ProjectDetailPane::loadRange()
{
    if (!m_session || m_session->selectedProject().isEmpty())
        return;
    const qint64 now = m_window->now();
    const bool everything = !m_window->isFixed() && m_window->span() == 0;
    const qint64 from = everything ? std::numeric_limits<qint64>::min() : m_window->resolve(now).fromMs;
    if (from >= m_loadedFromMs)
        return;
    // A little more than asked, so panning back does not query the store at every step.
    const qint64 span = everything ? 0 : (now - from) + (now - from) / 4;
    m_session->loadHistory(m_session->selectedProject(), span);
    m_loadedFromMs = everything ? std::numeric_limits<qint64>::min() : now - span;
}

qint64 ProjectDetailPane::timeRangeSpanMs() const
{
    return m_window->span();
}

void ProjectDetailPane::setTimeRangeSpanMs(qint64 spanMs)
{
    const int index = m_range->findData(spanMs);
    if (index < 0)
        return;
    m_range->setCurrentIndex(index);
    m_window->setSpan(spanMs);
}

void ProjectDetailPane::chooseCustomRange()
{
    TimeRangeDialog dialog(shownRange(), m_window->now(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_window->setFixed(dialog.range());
}

QString ProjectDetailPane::pictureName(const QString &what, const QString &suffix) const
{
    return picture::fileName(m_session ? m_session->config().name : QString(),
                             m_session ? m_session->selectedProject() : QString(), what, suffix);
}

bool ProjectDetailPane::saveChart(int index, const QString &path, QString *error)
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

void ProjectDetailPane::showChartMenu(MetricChart *chart, const QPoint &globalPos)
{
    const int index = int(m_charts.indexOf(chart));
    QMenu menu(this);
    const auto save = [this, chart, index](const QString &suffix, const QString &filter) {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save chart"), pictureName(chart->title(), suffix), filter);
        QString error;
        if (!path.isEmpty() && !saveChart(index, path, &error))
            QMessageBox::warning(this, tr("Save chart"), error);
    };
    menu.addAction(tr("Save chart as PNG…"), this, [save] { save(QStringLiteral("png"), tr("PNG image (*.png)")); });
    menu.addAction(tr("Save chart as SVG…"), this, [save] { save(QStringLiteral("svg"), tr("SVG image (*.svg)")); });
    menu.addAction(tr("Copy chart"), this, [chart] { picture::copyToClipboard(chart); });
    menu.addSeparator();
    menu.addAction(tr("Reset zoom"), m_window, &TimeWindow::reset)->setEnabled(m_window->isFixed());
    menu.exec(globalPos);
}

QString ProjectDetailPane::rangeNoteText() const
{
    return m_rangeNote->text();
}

void ProjectDetailPane::updateRangeNote()
{
    m_resetRange->setEnabled(m_window->isFixed());
    if (!m_window->isFixed()) {
        m_rangeNote->setText(tr("Wheel: zoom · drag: zoom to a range · Shift+drag: pan · double-click: reset"));
        return;
    }
    const TimeWindow::Range r = m_window->resolve(0);
    m_rangeNote->setText(tr("Showing %1 to %2 (%3)")
                             .arg(fmt::localTime(QDateTime::fromMSecsSinceEpoch(r.fromMs, Qt::UTC)),
                                  fmt::localTime(QDateTime::fromMSecsSinceEpoch(r.toMs, Qt::UTC)),
                                  fmt::duration(double(r.spanMs()) / 1000.0)));
}

void ProjectDetailPane::updateCharts()
{
    const QString project = m_session ? m_session->selectedProject() : QString();
    const MetricHistory *history = m_session ? m_session->history() : nullptr;
    const TimeWindow::Range r = shownRange(); // the same for every chart
    // Where each step began: the detail's steps once it came, else the list row's.
    QList<StepStart> starts;
    if (m_session && m_session->hasDetail() && m_session->detail().projectId == project)
        starts = stepStarts(m_session->detail().steps);
    else if (const ProjectSummary *summary = m_session ? m_session->selectedSummary() : nullptr)
        starts = stepStarts(summary->steps);
    for (MetricChart *chart : std::as_const(m_charts)) {
        chart->setTimeRange(r.fromMs, r.toMs);
        chart->setStepStarts(starts);
        chart->refresh(history, project);
    }
}

void ProjectDetailPane::updateHeader()
{
    const ProjectSummary *summary = m_session ? m_session->selectedSummary() : nullptr;
    if (!m_session || m_session->selectedProject().isEmpty()) {
        m_title->setText(tr("No project selected"));
        m_id->clear();
        m_console->hide();
        setBadge(m_status, {}, {});
        setBadge(m_alarm, {}, {});
        m_step->clear();
        m_latency->clear();
        m_warning->hide();
        setBar(m_schemaBar, std::nullopt);
        setBar(m_fullBar, std::nullopt);
        setBar(m_verifyBar, std::nullopt);
        m_records->clear();
        m_verifyRecords->clear();
        return;
    }
    const bool hasDetail = m_session->hasDetail();
    const ProjectDetail &detail = m_session->detail();
    const QString id = m_session->selectedProject();
    // A name as long as json::MaxTextLength would widen the window to tens of thousands of
    // pixels: the headline shows its start, the tooltip all of it (with the note of the cut).
    const QString name = summary && !summary->name.isEmpty() ? summary->name : id;
    constexpr int TitleChars = 80;
    m_title->setText(name.size() > TitleChars ? name.left(TitleChars) + QStringLiteral("…") : name);
    m_title->setToolTip(name.size() > TitleChars ? name : QString());
    m_id->setText(id);
    const QUrl console = consoleUrlFor(m_session->config(), id);
    m_console->setVisible(console.isValid());
    m_console->setText(console.isValid() ? QStringLiteral("<a href=\"%1\">%2</a>")
                                               .arg(console.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                                    tr("Open in OMS console").toHtmlEscaped())
                                         : QString());
    m_console->setToolTip(console.toString());
    const QString status = hasDetail && !detail.progress.status.isEmpty()
        ? detail.progress.status
        : (summary ? summary->status : QString());
    const QString alarm = hasDetail && !detail.progress.alarmLevel.isEmpty()
        ? detail.progress.alarmLevel
        : (summary ? summary->alarmLevel : QString());
    const QString type = summary ? summary->type : QString();
    setBadge(m_status, statusText(status, type), palette::statusColor(status));
    m_status->setToolTip(statusText(status, type) == status ? QString() : tr("Status code %1").arg(status));
    setBadge(m_alarm, alarm.isEmpty() ? QString() : tr("Alarm %1").arg(alarm),
             palette::alarmLevelColor(alarm));
    const QString step = hasDetail ? detail.progress.currentStep : (summary ? summary->currentStep : QString());
    m_step->setText(tr("Current step: <b>%1</b>").arg(step.isEmpty() ? fmt::dash() : step.toHtmlEscaped()));

    // Latency with its provenance and the age of its sample.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const IncrementalLatency lat = m_session->latency(now);
    if (!hasDetail) {
        m_latency->setText(tr("Incremental latency: waiting for the first poll…"));
    } else if (!lat.seconds) {
        m_latency->setText(tr("Incremental latency: %1 (incremental synchronization not running)").arg(fmt::dash()));
    } else {
        QString source;
        switch (lat.source) {
        case IncrementalLatency::Source::ServerSample:
            source = tr("server sample");
            break;
        case IncrementalLatency::Source::DesktopClock:
            source = tr("now − checkpoint, desktop clock");
            break;
        case IncrementalLatency::Source::Reported:
            source = tr("reported by the service");
            break;
        case IncrementalLatency::Source::None:
            break;
        }
        const double age = lat.sampleTime.isValid() ? std::max<qint64>(0, lat.sampleTime.secsTo(now)) : 0;
        m_latency->setText(tr("Incremental latency: <b>%1</b> · sample %2 old (%3)")
                               .arg(fmt::duration(lat.seconds), fmt::duration(age), source));
        m_latency->setToolTip(tr("Sampled %1").arg(fmt::utcTime(lat.sampleTime)));
    }

    QStringList warnings;
    if (m_session->isDetailStale() || m_session->projects()->isStale()) {
        warnings << tr("⚠ Showing the last good data from %1; the last poll failed at %2: %3")
                        .arg(fmt::localTime(m_session->lastSuccess()),
                             fmt::localTime(m_session->lastErrorTime()),
                             m_session->lastError().toString());
    }
    if (const auto skew = hasDetail ? clockSkewSeconds(detail) : std::nullopt; skew && std::abs(*skew) > 30) {
        warnings << tr("⚠ The server clock is %1 %2 this desktop's; latencies computed here are off by as much")
                        .arg(fmt::duration(double(std::abs(*skew))),
                             *skew > 0 ? tr("ahead of") : tr("behind"));
    }
    m_warning->setVisible(!warnings.isEmpty());
    m_warning->setText(warnings.join(QLatin1Char('\n')));

    // Stage progress: from the detail's steps when there are any, else the summary.
    const QList<Step> &steps = hasDetail ? detail.steps : (summary ? summary->steps : QList<Step>{});
    std::optional<int> schema = stepProgress(steps, StepKind::Schema);
    std::optional<int> full = stepProgress(steps, StepKind::Full);
    if (!schema)
        schema = hasDetail ? detail.progress.structProgress : (summary ? summary->structProgress : std::nullopt);
    if (!full)
        full = hasDetail ? detail.progress.fullProgress : (summary ? summary->fullProgress : std::nullopt);
    const Step *fullStep = findStep(steps, StepKind::Full);
    setBar(m_schemaBar, schema, findStep(steps, StepKind::Schema));
    setBar(m_fullBar, full, fullStep);
    setBar(m_verifyBar, stepProgress(steps, StepKind::Verify), findStep(steps, StepKind::Verify));
    const Step *verifyStep = findStep(steps, StepKind::Verify);
    const QList<MetricSample> &samples = m_session->history()->samples(id);
    const qint64 nowMs = now.toMSecsSinceEpoch();
    auto recordsAndEta = [&](const Step *step, const QString &stepName) {
        if (!step || !(step->info.processedRecords || step->info.capacity))
            return QString();
        QString text = tr("%1 of %2 records").arg(fmt::count(step->info.processedRecords), fmt::count(step->info.capacity));
        if (classifyStatus(step->status) == StatusClass::Running) {
            if (const auto eta = estimateEta(samples, stepName, nowMs)) {
                const QString confidence = eta->confidence == StageEta::Confidence::High
                    ? tr("high confidence")
                    : (eta->confidence == StageEta::Confidence::Medium ? tr("medium confidence") : tr("low confidence"));
                text = tr("%1 · ETA %2 at %3 (%4)").arg(text, fmt::duration(eta->seconds), fmt::rps(eta->rate), confidence);
            }
        }
        return text;
    };
    QString records = recordsAndEta(fullStep, QStringLiteral("FULL_TRANSFER"));
    // The service's own estimate beside ours, as it sends it (DRS does not give its unit).
    if (hasDetail && !detail.serviceRemaining.isEmpty() && full.value_or(0) < 100) {
        const QString service = tr("remaining_time reported by the service: %1").arg(detail.serviceRemaining);
        records = records.isEmpty() ? service : tr("%1 · %2").arg(records, service);
    }
    m_records->setText(records);
    m_verifyRecords->setText(recordsAndEta(verifyStep, QStringLiteral("FULL_VERIFIER")));
}

QString ProjectDetailPane::fullRecordsText() const
{
    return m_records->text();
}

QString ProjectDetailPane::verifyRecordsText() const
{
    return m_verifyRecords->text();
}

} // namespace omsdash
