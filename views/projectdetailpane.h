// SPDX-License-Identifier: MIT
#pragma once

#include "timewindow.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QTabWidget;
class QTimer;
class QToolButton;

namespace omsdash {

class ComponentsView;
class InstanceSession;
class MetricChart;
class StepTimelineView;
class TableProgressView;

/// Everything about the selected project of an instance: a header (name, id, status, alarm
/// level, current step, incremental latency with the age and source of its sample, clock
/// skew and stale warnings), progress bars for schema migration, full migration and full
/// verification, the step timeline, metric charts with baselines, and per-table progress.
class ProjectDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit ProjectDetailPane(QWidget *parent = nullptr);

    /// Shows @p session's selected project and follows its updates; nullptr shows nothing.
    void setSession(InstanceSession *session);

    QTabWidget *tabs() const { return m_tabs; }
    StepTimelineView *timeline() const { return m_timeline; }
    TableProgressView *tableView() const { return m_tableView; }
    /// The Components tab (OMS 4's DescribeProjectComponents); hidden where there are none.
    ComponentsView *componentsView() const { return m_componentsView; }
    QList<MetricChart *> charts() const { return m_charts; }
    QString latencyText() const;
    /// Under the full migration and full verification bars: records done of the total and,
    /// while rows move, the ETA with its rate and confidence (see estimateEta()).
    QString fullRecordsText() const;
    /// The charts' range when following the clock, ms back from now; 0 for everything kept.
    /// Ranges beyond what is loaded are read from the history database.
    qint64 timeRangeSpanMs() const;
    /// Chooses that span in the range list, ending any zoom or custom range.
    void setTimeRangeSpanMs(qint64 spanMs);
    /// The range the four charts share: zooming or panning one moves all.
    TimeWindow *timeWindow() const { return m_window; }
    /// Opens the custom range dialog; the charts show the range it accepts.
    void chooseCustomRange();
    /// "Zoomed to …" while the range is fixed; empty while it follows the clock.
    QString rangeNoteText() const;
    /// Saves chart @p index of charts() as PNG or SVG (by @p path's suffix); false with @p error.
    bool saveChart(int index, const QString &path, QString *error);
    /// The default file name of a picture of this pane or of @p what in it, with the instance,
    /// the project and the UTC time (picture::fileName()).
    QString pictureName(const QString &what, const QString &suffix) const;
    QString verifyRecordsText() const;
    QString headerText() const;
    /// Where "Open in OMS console" leads for the selected project (consoleUrlFor()); invalid
    /// and hidden where there is none.
    QUrl consoleUrl() const;

private:
    void updateHeader();
    void updateCharts();
    /// Reads from the store what the charts' range needs beyond what is loaded.
    void loadRange();
    /// The same after a selection, which loads InstanceSession::historySeedMs() by itself.
    void loadRangeOfSelection();
    /// The range every chart shows (for "All": from the selected project's first sample).
    TimeWindow::Range shownRange() const;
    void updateRangeNote();
    void showChartMenu(MetricChart *chart, const QPoint &globalPos);

    QPointer<InstanceSession> m_session;
    QLabel *m_title;
    QLabel *m_id;
    QLabel *m_status;
    QLabel *m_alarm;
    QLabel *m_step;
    QLabel *m_latency;
    QLabel *m_warning;
    QProgressBar *m_schemaBar;
    QProgressBar *m_fullBar;
    QProgressBar *m_verifyBar;
    QLabel *m_records;
    QLabel *m_verifyRecords;
    QComboBox *m_range;
    TimeWindow *m_window;
    QLabel *m_rangeNote;
    QToolButton *m_customRange;
    QToolButton *m_resetRange;
    /// The earliest time (UTC ms) read from the store for the selected project.
    qint64 m_loadedFromMs = 0;
    StepTimelineView *m_timeline;
    QLabel *m_console; ///< "Open in OMS console", where the instance has one
    QTabWidget *m_tabs;
    ComponentsView *m_componentsView;
    QList<MetricChart *> m_charts;
    TableProgressView *m_tableView;
    QTimer *m_clockTimer;
};

} // namespace omsdash
