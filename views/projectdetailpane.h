// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QSettings;
class QSplitter;
class QTabWidget;
class QTimer;

namespace omsdash {

class ComponentsView;
class InstanceSession;
class MetricChart;
class ProjectChartsPanel;
class ProjectHeader;
class SelectedProject;
class StageBars;
class StepTimelineView;
class TableProgressView;
class TimeWindow;

/// The selected project of an instance, composed of small views over one SelectedProject:
/// the header (ProjectHeader), the stage bars (StageBars), the step timeline beside tabs of
/// charts (ProjectChartsPanel), per-table progress and OMS 4 components. The facts are
/// re-read every second, since the age of the latency sample grows with the clock.
class ProjectDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit ProjectDetailPane(QWidget *parent = nullptr);

    /// Shows @p session's selected project and follows its updates; nullptr shows nothing.
    void setSession(InstanceSession *session);
    /// What the pane shows, and the charts' range (models/, testable without widgets).
    SelectedProject *selection() const { return m_selection; }

    ProjectHeader *header() const { return m_header; }
    StageBars *stageBars() const { return m_bars; }
    ProjectChartsPanel *chartsPanel() const { return m_chartsPanel; }
    QTabWidget *tabs() const { return m_tabs; }
    StepTimelineView *timeline() const { return m_timeline; }
    TableProgressView *tableView() const { return m_tableView; }
    /// The Components tab (OMS 4's DescribeProjectComponents); hidden where there are none.
    ComponentsView *componentsView() const { return m_componentsView; }
    QList<MetricChart *> charts() const;

    // Shorthands of the parts, for the window and its tests.
    QString headerText() const;
    QString latencyText() const;
    QString fullRecordsText() const;
    QString verifyRecordsText() const;
    QString rangeNoteText() const;
    /// The charts' range when following the clock, ms back from now; 0 for everything kept.
    qint64 timeRangeSpanMs() const;
    void setTimeRangeSpanMs(qint64 spanMs);
    TimeWindow *timeWindow() const;
    void chooseCustomRange();
    bool saveChart(int index, const QString &path, QString *error);
    /// Where "Open in OMS console" leads (consoleUrlFor()); invalid where there is none.
    QUrl consoleUrl() const;
    /// The timeline/tabs splitter, the tab on top and the charts' span, in @p settings
    /// ("detail/..."); restoreLayout() keeps the defaults for what was never saved.
    void saveLayout(QSettings &settings) const;
    void restoreLayout(const QSettings &settings);

private:
    void showFacts();

    SelectedProject *m_selection;
    ProjectHeader *m_header;
    StageBars *m_bars;
    StepTimelineView *m_timeline;
    QTabWidget *m_tabs;
    ProjectChartsPanel *m_chartsPanel;
    TableProgressView *m_tableView;
    ComponentsView *m_componentsView;
    QTimer *m_clockTimer;
    QSplitter *m_split;
};

} // namespace omsdash
