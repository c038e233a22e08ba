// SPDX-License-Identifier: MIT
#include "selectedproject.h"

#include "instancesession.h"
#include "metrichistory.h"
#include "projectlistmodel.h"
#include "report.h"

#include <limits>

namespace omsdash {

SelectedProject::SelectedProject(QObject *parent)
    : QObject(parent)
    , m_window(new TimeWindow(this))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_window->setClock([this] { return m_clock().toMSecsSinceEpoch(); });
    connect(m_window, &TimeWindow::changed, this, [this] {
        loadRange();
        emit samplesChanged();
    });
}

void SelectedProject::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

void SelectedProject::setSession(InstanceSession *session)
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_session = session;
    if (session) {
        m_connections << connect(session, &InstanceSession::detailUpdated, this, &SelectedProject::factsChanged)
                      << connect(session, &InstanceSession::projectsUpdated, this, &SelectedProject::factsChanged)
                      << connect(session, &InstanceSession::selectionChanged, this, &SelectedProject::onSelection)
                      << connect(session->history(), &MetricHistory::sampleAppended, this,
                                 [this](const QString &projectId) {
                                     if (projectId == this->projectId())
                                         emit samplesChanged();
                                 });
    }
    onSelection();
}

void SelectedProject::onSelection()
{
    // A selection (a new one, or a session's) comes with historySeedMs() loaded from the store.
    m_loadedFromMs = now().toMSecsSinceEpoch() - InstanceSession::historySeedMs();
    loadRange();
    emit factsChanged();
    emit samplesChanged();
}

InstanceSession *SelectedProject::session() const
{
    return m_session;
}

QString SelectedProject::projectId() const
{
    return m_session ? m_session->selectedProject() : QString();
}

MetricHistory *SelectedProject::history() const
{
    return m_session ? m_session->history() : nullptr;
}

TimeWindow::Range SelectedProject::shownRange() const
{
    const MetricHistory *h = history();
    const QList<MetricSample> &samples = h ? h->samples(projectId()) : QList<MetricSample>{};
    return m_window->resolve(samples.isEmpty() ? m_window->now() : samples.first().timeMs);
}

void SelectedProject::loadRange()
{
    if (!m_session || projectId().isEmpty())
        return;
    const qint64 nowMs = m_window->now();
    const bool everything = !m_window->isFixed() && m_window->span() == 0;
    const qint64 from = everything ? std::numeric_limits<qint64>::min() : m_window->resolve(nowMs).fromMs;
    if (from >= m_loadedFromMs)
        return;
    // A little more than asked, so panning back does not query the store at every step.
    const qint64 span = everything ? 0 : (nowMs - from) + (nowMs - from) / 4;
    m_session->loadHistory(projectId(), span);
    m_loadedFromMs = everything ? std::numeric_limits<qint64>::min() : nowMs - span;
}

ProjectFacts SelectedProject::facts() const
{
    ProjectFacts f;
    f.asOf = now();
    if (!m_session || projectId().isEmpty())
        return f;
    const QDateTime at = f.asOf;
    f.instance = m_session->name();
    f.projectId = projectId();

    // The report's rules: the detail's facts where it has them, else the list row's.
    ProjectReport r;
    r.instance = f.instance;
    r.api = m_session->config().api;
    if (const ProjectSummary *row = m_session->selectedSummary())
        r.summary = *row;
    else
        r.summary.id = f.projectId;
    f.hasDetail = m_session->hasDetail() && m_session->detail().projectId == f.projectId;
    if (f.hasDetail)
        r.detail = m_session->detail();

    f.name = r.summary.name.isEmpty() ? f.projectId : r.summary.name;
    f.type = r.summary.type;
    f.status = r.status();
    f.alarmLevel = r.alarmLevel();
    f.currentStep = r.currentStep();
    f.latency = f.hasDetail ? m_session->latency(at) : IncrementalLatency{};
    f.serviceRemaining = r.detail.serviceRemaining;
    f.clockSkewSeconds = f.hasDetail ? clockSkewSeconds(r.detail) : std::nullopt;
    f.stale = m_session->isDetailStale() || m_session->projects()->isStale();
    f.lastSuccess = m_session->lastSuccess();
    f.lastErrorTime = m_session->lastErrorTime();
    f.lastError = m_session->lastError();
    f.consoleUrl = consoleUrlFor(m_session->config(), f.projectId);
    f.stepStarts = stepStarts(r.steps());

    const QList<MetricSample> &samples = m_session->history()->samples(f.projectId);
    const auto stage = [&](StepKind kind, std::optional<int> percent) {
        StageFacts s;
        s.percent = percent;
        if (const Step *step = findStep(r.steps(), kind)) {
            s.step = *step;
            if (classifyStatus(step->status) == StatusClass::Running)
                s.eta = estimateEta(samples, step->name, at.toMSecsSinceEpoch());
        }
        return s;
    };
    f.schema = stage(StepKind::Schema, r.structProgress());
    f.full = stage(StepKind::Full, r.fullProgress());
    f.verify = stage(StepKind::Verify, r.verifyProgress());
    return f;
}

} // namespace omsdash
