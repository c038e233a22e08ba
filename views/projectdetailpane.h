// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QTabWidget;
class QTimer;

namespace omsdash {

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
    QList<MetricChart *> charts() const { return m_charts; }
    QString latencyText() const;
    /// Under the full migration and full verification bars: records done of the total and,
    /// while rows move, the ETA with its rate and confidence (see estimateEta()).
    QString fullRecordsText() const;
    /// The charts' time range, ms back from now; 0 for everything kept. Ranges beyond what is
    /// loaded are read from the history database.
    qint64 timeRangeSpanMs() const;
    void setTimeRangeSpanMs(qint64 spanMs);
    QString verifyRecordsText() const;
    QString headerText() const;

private:
    void updateHeader();
    void updateCharts();
    /// Reads a chart range longer than what selecting a project loads from the store.
    void loadLongerRange();

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
    StepTimelineView *m_timeline;
    QTabWidget *m_tabs;
    QList<MetricChart *> m_charts;
    TableProgressView *m_tableView;
    QTimer *m_clockTimer;
};

} // namespace omsdash
