// SPDX-License-Identifier: MIT
#pragma once

#include "derived.h"
#include "eta.h"
#include "timewindow.h"
#include "types.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <optional>

namespace omsdash {

class InstanceSession;
class MetricHistory;

/// One stage of a migration as the detail pane's bars state it.
struct StageFacts
{
    std::optional<int> percent;  ///< 0-100: the stage's step, else the project's progress field
    std::optional<Step> step;    ///< the first step of the stage (its status colours the bar)
    std::optional<StageEta> eta; ///< while the step runs and rows move (estimateEta())
};

/// What omsdash states about the selected project at one moment: the same values as the list
/// row, the alerts and the reports (ProjectReport's "the detail's where it has them, else the
/// list row's"; freshestLatency()).
struct ProjectFacts
{
    QDateTime asOf;       ///< the moment these facts are of (the clock's now), UTC
    QString instance;
    QString projectId;    ///< empty: nothing selected (every other field is empty too)
    QString name;         ///< the list row's name, else the ID
    QString type;         ///< the list row's type (MIGRATION, SYNC, ...)
    QString status;       ///< raw status code (statusText() gives the words)
    QString alarmLevel;   ///< raw alarm level (HIGH, ...), empty when the API gives none
    QString currentStep;  ///< the API's current step, else currentStepName() of the steps
    bool hasDetail = false;          ///< whether a detail poll answered for this project
    IncrementalLatency latency;      ///< InstanceSession::latency(); None before the first detail
    StageFacts schema, full, verify;
    QString serviceRemaining;        ///< DRS remaining_time as sent, shown while full < 100 %
    std::optional<qint64> clockSkewSeconds; ///< server Date minus desktop clock, s
    /// The last poll failed: the data shown is that of lastSuccess (UTC).
    bool stale = false;
    QDateTime lastSuccess, lastErrorTime;
    ApiError lastError;
    QUrl consoleUrl;                 ///< consoleUrlFor(); invalid where there is none
    QList<StepStart> stepStarts;     ///< where the charts mark each step's start
};

/// The project a view shows in detail: which instance, which project, the facts to state
/// about it, and the time range of its charts with the history that range needs. Widgets
/// bind to it and never reach the session's poller or store.
///
/// samplesChanged() is emitted once per change of what the charts draw: a sample of the
/// selected project (of this session only, however many times the session was switched),
/// a history load, a new selection or a new range. factsChanged() when the facts may have
/// changed: a detail, a list poll, a new selection.
///
/// History: a selection brings InstanceSession::historySeedMs() from the store; a range
/// reaching further back asks the store for that range and a quarter more, once.
class SelectedProject : public QObject
{
    Q_OBJECT

public:
    explicit SelectedProject(QObject *parent = nullptr);

    /// Follows @p session (nullptr: nothing); drops every connection to the previous one.
    void setSession(InstanceSession *session);
    InstanceSession *session() const;
    QString projectId() const;
    /// The charts' metric history, nullptr without a session.
    MetricHistory *history() const;

    ProjectFacts facts() const;

    /// The range the charts share (owned); its clock is this object's.
    TimeWindow *window() const { return m_window; }
    /// The range to draw: the window's, "All" starting at the project's first sample.
    TimeWindow::Range shownRange() const;
    /// The earliest time (UTC ms) of the selected project's history asked of the store.
    qint64 loadedFromMs() const { return m_loadedFromMs; }

    /// For tests: the clock, UTC.
    void setClock(std::function<QDateTime()> clock);
    QDateTime now() const { return m_clock(); }

signals:
    void factsChanged();
    void samplesChanged();

private:
    void onSelection();
    /// Asks the store for what the window needs before m_loadedFromMs.
    void loadRange();

    QPointer<InstanceSession> m_session;
    QList<QMetaObject::Connection> m_connections;
    TimeWindow *m_window;
    std::function<QDateTime()> m_clock;
    qint64 m_loadedFromMs = 0;
};

} // namespace omsdash
