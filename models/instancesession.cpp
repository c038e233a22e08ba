// SPDX-License-Identifier: MIT
#include "instancesession.h"

#include "componentlistmodel.h"
#include "derived.h"
#include "historystore.h"
#include "metrichistory.h"
#include "projectlistmodel.h"
#include "requests.h"
#include "steplistmodel.h"
#include "tableprogressmodel.h"

#include <QPointer>
#include <QSet>

namespace omsdash {

InstanceSession::InstanceSession(const InstanceConfig &config, HttpTransport *transport,
                                 QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_projects(new ProjectListModel(this))
    , m_steps(new StepListModel(this))
    , m_components(new ComponentListModel(this))
    , m_tables(new TableProgressModel(this))
    , m_history(new MetricHistory(this))
    , m_poller(new InstancePoller(ServiceClient::create(config, transport), this))
{
    connect(m_poller, &InstancePoller::projectsReceived, this, &InstanceSession::onProjects);
    connect(m_poller, &InstancePoller::detailReceived, this, &InstanceSession::onDetail);
    connect(m_poller, &InstancePoller::tablesReceived, this, &InstanceSession::onTables);
    connect(m_poller, &InstancePoller::pollFailed, this, &InstanceSession::onFailure);
    connect(m_poller, &InstancePoller::healthChanged, this, &InstanceSession::healthChanged);
}

InstanceSession::~InstanceSession()
{
    delete m_poller; // before the models its callbacks feed
    m_poller = nullptr;
}

void InstanceSession::start()
{
    m_poller->start();
}

void InstanceSession::stop()
{
    m_poller->stop();
}

void InstanceSession::selectProject(const QString &projectId)
{
    if (projectId == m_selected)
        return;
    m_selected = projectId;
    m_hasDetail = false;
    m_detailStale = false;
    m_detail = ProjectDetail{};
    m_steps->setCurrentStep({});
    m_steps->reset();
    m_components->clear();
    m_tables->reset();
    m_steps->setEmptyReason({});
    m_poller->setSelectedProject(projectId);
    loadHistory(projectId);
    emit selectionChanged(projectId);
    emit detailUpdated();
    emit tablesUpdated();
}

const ProjectSummary *InstanceSession::selectedSummary() const
{
    const int row = m_projects->rowOf(m_selected);
    return row < 0 ? nullptr : &m_projects->rowAt(row);
}

IncrementalLatency InstanceSession::latency(const QDateTime &now) const
{
    if (!m_hasDetail)
        return {};
    // As of the poll that brought it, unless a list poll since brought a newer sample: the
    // header and the row never disagree.
    const ProjectSummary *row = m_detail.projectId == m_selected ? selectedSummary() : nullptr;
    ProjectSummary none;
    none.id = m_detail.projectId;
    return freshestLatency(row ? *row : none, m_detail, now);
}

void InstanceSession::setClock(std::function<QDateTime()> nowUtc)
{
    m_now = nowUtc;
    m_poller->client()->setClock(std::move(nowUtc));
}

void InstanceSession::onProjects(const QList<ProjectSummary> &projects)
{
    m_refusalTold = false; // answered: a later refusal is a new one
    m_projects->merge(projects);
    m_projects->setStale(false);
    // The selected project's latency stays the freshest sample, the list's or its detail's.
    if (const ProjectSummary *row = m_hasDetail && m_detail.projectId == m_selected ? selectedSummary() : nullptr) {
        const IncrementalLatency lat = latency(m_now());
        if (lat.seconds && lat.sampleTime > row->latencySampleTime) {
            ProjectSummary fresher = *row;
            fresher.latencySeconds = lat.seconds;
            fresher.latencySampleTime = lat.sampleTime;
            m_projects->updateRow(fresher); // projectsUpdated, below, tells the others
        }
    }
    const qint64 now = m_now().toMSecsSinceEpoch();
    if (m_store)
        m_store->record(historyPoints(m_config.name, projects, now));
    // The charts of the selected project show what the store keeps of it: the list's samples too.
    for (const ProjectSummary &p : projects)
        if (p.id == m_selected && p.duplicate == 0)
            m_history->append(p.id, sampleFromSummary(p, now));
    m_hasProjects = true;
    collectInBackground(projects);
    emit projectsUpdated();
}

void InstanceSession::collectInBackground(const QList<ProjectSummary> &projects)
{
    // Only OMS 4 can list without steps; OMS 3.3's list is each project's progress already,
    // DRS's batch-progress covers every job.
    if (!m_store || m_config.api != ApiKind::Oms4)
        return;
    const qint64 now = m_now().toMSecsSinceEpoch();
    const QString shown = isOnScreen() ? m_selected : QString(); // polled every detailIntervalMs already
    QPointer<InstanceSession> self(this);
    QSet<QString> listed;
    for (const ProjectSummary &p : projects)
        listed.insert(p.id);
    for (auto it = m_collectedMs.begin(); it != m_collectedMs.end();)
        it = listed.contains(it.key()) ? std::next(it) : m_collectedMs.erase(it);
    for (auto it = m_tablesCollectedMs.begin(); it != m_tablesCollectedMs.end();)
        it = listed.contains(it.key()) ? std::next(it) : m_tablesCollectedMs.erase(it);
    for (auto it = m_backgroundSteps.begin(); it != m_backgroundSteps.end();)
        it = listed.contains(it.key()) ? std::next(it) : m_backgroundSteps.erase(it);
    // Verification results: what the verificationInconsistent rule reads, shown or not.
    for (ProjectSummary p : projects) {
        if (p.steps.isEmpty()) // a server that lists without steps: those of its background detail
            p.steps = m_backgroundSteps.value(p.id);
        if (p.duplicate > 0 || p.id == shown || !m_poller->client()->hasTables(p))
            continue;
        const Step *verifier = findStep(p.steps, StepKind::Verify);
        const bool running = verifier && classifyStatus(verifier->status) == StatusClass::Running;
        const auto last = m_tablesCollectedMs.constFind(p.id);
        if (last != m_tablesCollectedMs.cend() && (*last < 0 || now - *last < m_config.watchIntervalMs))
            continue;
        m_tablesCollectedMs.insert(p.id, running ? now : -1); // over: its results are final, once is enough
        m_poller->client()->fetchTables(p.id, [self, id = p.id](const Result<QList<TableProgress>> &r) {
            if (!self)
                return;
            if (!r.ok()) {
                emit self->backgroundFailed(id, r.error);
                return;
            }
            if (self->m_store)
                self->m_store->record(
                    historyPoints(self->m_config.name, id, r.value, self->m_now().toMSecsSinceEpoch()));
            emit self->backgroundTables(id, r.value);
        });
    }
    for (const ProjectSummary &p : projects) {
        const StatusClass c = classifyStatus(p.status);
        if (p.duplicate > 0 || !p.steps.isEmpty() || p.id == shown
            || (c != StatusClass::Running && c != StatusClass::Monitoring))
            continue;
        const auto last = m_collectedMs.constFind(p.id);
        if (last != m_collectedMs.cend() && now - *last < m_config.watchIntervalMs)
            continue;
        m_collectedMs.insert(p.id, now); // asked: not again within the interval, answer or not
        m_poller->client()->fetchDetail(p.id, [self, id = p.id](const Result<ProjectDetail> &r) {
            if (!self)
                return;
            if (!r.ok()) { // the next round asks again; the list's own values are recorded meanwhile
                emit self->backgroundFailed(id, r.error);
                return;
            }
            if (self->m_store)
                self->m_store->record(historyPoints(self->m_config.name, r.value.projectId, sampleFromDetail(r.value)));
            self->m_backgroundSteps.insert(r.value.projectId, r.value.steps);
            emit self->backgroundDetail(r.value);
        });
    }
}

void InstanceSession::onDetail(const ProjectDetail &detail)
{
    if (detail.projectId != m_selected)
        return;
    m_detail = detail;
    m_hasDetail = true;
    m_detailStale = false;
    m_steps->merge(detail.steps);
    m_steps->setStale(false);
    m_steps->setCurrentStep(currentStepOf(detail));
    m_components->setComponents(detail.components);
    // Said once a detail has come without steps, not while the first one is awaited.
    m_steps->setEmptyReason(detail.steps.isEmpty() && m_config.api == ApiKind::Oms3
                                ? tr("The OMS 3.3 API reports no steps: each sync project's progress is all it gives "
                                     "(schema and full progress, latency).")
                                : QString());
    // The list row says what the header says: the detail is the later poll.
    if (const ProjectSummary *row = selectedSummary()) {
        const ProjectSummary fresher = withDetail(*row, detail);
        if (!(fresher == *row)) {
            m_projects->updateRow(fresher);
            emit projectRowUpdated(detail.projectId);
        }
    }
    const MetricSample sample = sampleFromDetail(detail);
    m_history->append(detail.projectId, sample);
    if (m_store) {
        m_store->record(historyPoints(m_config.name, detail.projectId, sample));
        backfill(detail);
    }
    emit detailUpdated();
}

void InstanceSession::loadHistory(const QString &projectId, qint64 spanMs)
{
    if (!m_store || projectId.isEmpty())
        return;
    const qint64 now = m_now().toMSecsSinceEpoch();
    const qint64 from = spanMs > 0 ? now - spanMs : now - m_store->retention().aggregateMs;
    m_store->query(m_config.name, projectId, sampleMetricNames(), from, now,
                   [self = QPointer<InstanceSession>(this), projectId](const QHash<QString, QList<HistoryValue>> &v) {
                       if (self)
                           self->m_history->merge(projectId, samplesFromHistory(v));
                   });
}

void InstanceSession::backfill(const ProjectDetail &detail)
{
    const QString step = currentStepOf(detail);
    if (!m_store || m_backfilled == detail.projectId || oms::stepMetricTypes(step).isEmpty())
        return;
    m_backfilled = detail.projectId;
    const qint64 end = QDateTime::currentSecsSinceEpoch();
    const qint64 begin = end - historySeedMs() / 1000;
    const qint64 toleranceMs = historySeedMs() / backfillPointCount() / 2;
    m_poller->client()->fetchStepHistory(
        detail.projectId, step, begin, end, backfillPointCount(),
        [self = QPointer<InstanceSession>(this), projectId = detail.projectId, toleranceMs](
            Result<QList<StepMetricSeries>> r) {
            if (!self)
                return;
            if (!r.ok()) {
                emit self->backfillFinished(projectId, 0, r.error.message);
                return;
            }
            QList<HistoryPoint> points;
            for (const StepMetricSeries &s : std::as_const(r.value)) {
                const QString metric = historyMetricName(s);
                if (metric.isEmpty())
                    continue;
                for (const auto &[timeMs, value] : s.points) {
                    HistoryPoint p;
                    p.instance = self->m_config.name;
                    p.project = projectId;
                    p.metric = metric;
                    p.timeMs = timeMs;
                    p.value = value;
                    p.step = s.stepName;
                    p.origin = HistoryPoint::Origin::Server;
                    points << p;
                }
            }
            self->m_store->recordServerHistory(points, toleranceMs);
            if (projectId == self->m_selected)
                self->loadHistory(projectId); // queued after the write: it sees it
            emit self->backfillFinished(projectId, int(points.size()), {});
        });
}

void InstanceSession::onTables(const QString &projectId, const QList<TableProgress> &rows)
{
    if (projectId != m_selected)
        return;
    m_tables->setStale(false);
    if (m_store)
        m_store->record(historyPoints(m_config.name, projectId, rows, m_now().toMSecsSinceEpoch()));
    // A first fill of many tables comes in over a few turns; told once all are in.
    m_tables->mergeInSlices(rows, TableProgressModel::FillSliceRows, [this] { emit tablesUpdated(); });
}

void InstanceSession::onFailure(InstancePoller::Channel channel, const QString &projectId,
                                const ApiError &e)
{
    m_lastError = e;
    m_lastErrorTime = m_now();
    switch (channel) {
    case InstancePoller::Channel::Projects:
        m_projects->setStale(true);
        emit projectsUpdated();
        break;
    case InstancePoller::Channel::Detail:
        if (projectId == m_selected) {
            m_detailStale = true;
            m_steps->setStale(true);
            m_components->setStale(true);
            emit detailUpdated();
        }
        break;
    case InstancePoller::Channel::Tables:
        if (projectId == m_selected) {
            m_tables->setStale(true);
            emit tablesUpdated();
        }
        break;
    }
    emit errorOccurred(e);
    if (e.kind == ApiError::Kind::Auth && !m_refusalTold) {
        m_refusalTold = true;
        emit secretRefused(e);
    }
}

void InstanceSession::setSecret(const QString &secret)
{
    omsdash::setSecret(m_config, secret);
    m_poller->client()->setSecret(secret);
    m_refusalTold = false;
    m_poller->refreshNow();
}

} // namespace omsdash
