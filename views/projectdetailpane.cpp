// SPDX-License-Identifier: MIT
#include "projectdetailpane.h"

#include "componentlistmodel.h"
#include "componentsview.h"
#include "instancesession.h"
#include "projectchartspanel.h"
#include "projectheader.h"
#include "selectedproject.h"
#include "stagebars.h"
#include "steptimeline.h"
#include "tableprogressview.h"

#include <QLabel>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace omsdash {

ProjectDetailPane::ProjectDetailPane(QWidget *parent)
    : QWidget(parent)
    , m_selection(new SelectedProject(this))
    , m_header(new ProjectHeader(this))
    , m_bars(new StageBars(this))
    , m_timeline(new StepTimelineView(this))
    , m_tabs(new QTabWidget(this))
    , m_chartsPanel(new ProjectChartsPanel(m_selection, this))
    , m_tableView(new TableProgressView(this))
    , m_componentsView(new ComponentsView(this))
    , m_clockTimer(new QTimer(this))
{
    // The charts scroll rather than hold the pane tall, so the project list above can grow.
    auto *chartsScroll = new QScrollArea(this);
    chartsScroll->setWidget(m_chartsPanel);
    chartsScroll->setWidgetResizable(true);
    chartsScroll->setFrameShape(QFrame::NoFrame);
    chartsScroll->setMinimumHeight(60);
    m_tabs->addTab(chartsScroll, tr("Metrics"));
    m_tabs->addTab(m_tableView, tr("Per-table progress"));
    // Hidden until a detail brings components: servers without DescribeProjectComponents
    // (OMS CE, OMS 3.3, DRS) never show the tab.
    m_tabs->addTab(m_componentsView, tr("Components"));
    m_tabs->setTabVisible(m_tabs->indexOf(m_componentsView), false);

    auto *timelineBox = new QWidget(this);
    auto *timelineLayout = new QVBoxLayout(timelineBox);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    timelineLayout->addWidget(new QLabel(tr("<b>Steps</b>"), timelineBox));
    timelineLayout->addWidget(m_timeline);

    m_split = new QSplitter(Qt::Horizontal, this);
    m_split->setObjectName(QStringLiteral("detailSplitter"));
    m_split->addWidget(timelineBox);
    m_split->addWidget(m_tabs);
    m_split->setStretchFactor(0, 1);
    m_split->setStretchFactor(1, 1);
    m_split->setSizes({620, 780});
    m_split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_header);
    layout->addWidget(m_bars);
    layout->addWidget(m_split, 1);

    connect(m_selection, &SelectedProject::factsChanged, this, &ProjectDetailPane::showFacts);
    m_clockTimer->setInterval(1000);
    connect(m_clockTimer, &QTimer::timeout, this, &ProjectDetailPane::showFacts);
    m_clockTimer->start();
    showFacts();
}

void ProjectDetailPane::setSession(InstanceSession *session)
{
    if (InstanceSession *old = m_selection->session())
        disconnect(old->components(), nullptr, this, nullptr);
    m_timeline->setStepModel(session ? session->steps() : nullptr);
    m_tableView->setTableModel(session ? session->tables() : nullptr);
    m_componentsView->setComponentModel(session ? session->components() : nullptr);
    const auto showComponents = [this](bool available) {
        m_tabs->setTabVisible(m_tabs->indexOf(m_componentsView), available);
    };
    showComponents(session && session->components()->isAvailable());
    if (session)
        connect(session->components(), &ComponentListModel::availabilityChanged, this, showComponents);
    m_selection->setSession(session);
}

void ProjectDetailPane::showFacts()
{
    const ProjectFacts facts = m_selection->facts();
    m_header->setFacts(facts);
    m_bars->setFacts(facts);
}

QList<MetricChart *> ProjectDetailPane::charts() const
{
    return m_chartsPanel->charts();
}

QString ProjectDetailPane::headerText() const
{
    return m_header->text();
}

QString ProjectDetailPane::latencyText() const
{
    return m_header->latencyText();
}

QString ProjectDetailPane::fullRecordsText() const
{
    return m_bars->fullRecordsText();
}

QString ProjectDetailPane::verifyRecordsText() const
{
    return m_bars->verifyRecordsText();
}

QString ProjectDetailPane::rangeNoteText() const
{
    return m_chartsPanel->rangeNoteText();
}

qint64 ProjectDetailPane::timeRangeSpanMs() const
{
    return m_selection->window()->span();
}

void ProjectDetailPane::setTimeRangeSpanMs(qint64 spanMs)
{
    m_chartsPanel->setSpanMs(spanMs);
}

TimeWindow *ProjectDetailPane::timeWindow() const
{
    return m_selection->window();
}

void ProjectDetailPane::chooseCustomRange()
{
    m_chartsPanel->chooseCustomRange();
}

bool ProjectDetailPane::saveChart(int index, const QString &path, QString *error)
{
    return m_chartsPanel->saveChart(index, path, error);
}

void ProjectDetailPane::saveLayout(QSettings &settings) const
{
    settings.setValue(QStringLiteral("detail/split"), m_split->saveState());
    settings.setValue(QStringLiteral("detail/tab"), m_tabs->currentIndex());
    settings.setValue(QStringLiteral("detail/rangeSpanMs"), timeRangeSpanMs());
}

void ProjectDetailPane::restoreLayout(const QSettings &settings)
{
    m_split->restoreState(settings.value(QStringLiteral("detail/split")).toByteArray());
    const int tab = settings.value(QStringLiteral("detail/tab"), 0).toInt();
    if (tab >= 0 && tab < m_tabs->count() && m_tabs->isTabVisible(tab))
        m_tabs->setCurrentIndex(tab);
    bool ok = false;
    const qint64 span = settings.value(QStringLiteral("detail/rangeSpanMs")).toLongLong(&ok);
    if (ok)
        setTimeRangeSpanMs(span);
}

QUrl ProjectDetailPane::consoleUrl() const
{
    return m_selection->facts().consoleUrl;
}

} // namespace omsdash
