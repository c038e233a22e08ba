// SPDX-License-Identifier: MIT
#include "instancepoller.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace omsdash {

InstanceHealth::State InstanceHealth::state() const
{
    if (!lastSuccess.isValid() && !lastErrorTime.isValid())
        return State::Unknown;
    const bool failedLast = lastErrorTime.isValid() && (!lastSuccess.isValid() || lastErrorTime > lastSuccess);
    if (!failedLast)
        return State::Up;
    return reachable ? State::Failing : State::Down;
}

InstancePoller::InstancePoller(std::unique_ptr<ServiceClient> client, QObject *parent)
    : QObject(parent)
    , m_client(std::move(client))
{
    for (Channel c : {Channel::Projects, Channel::Detail, Channel::Tables}) {
        QTimer &t = state(c).timer;
        t.setSingleShot(true);
        connect(&t, &QTimer::timeout, this, [this, c] { poll(c); });
    }
}

// Destroying m_client first drops its in-flight replies before the channel states go.
InstancePoller::~InstancePoller()
{
    m_client.reset();
}

InstancePoller::ChannelState &InstancePoller::state(Channel c)
{
    return c == Channel::Projects ? m_projects : (c == Channel::Detail ? m_detail : m_tables);
}

const InstancePoller::ChannelState &InstancePoller::state(Channel c) const
{
    return c == Channel::Projects ? m_projects : (c == Channel::Detail ? m_detail : m_tables);
}

bool InstancePoller::isInFlight(Channel c) const
{
    return state(c).inFlight;
}

int InstancePoller::nextPollInMs(Channel c) const
{
    return state(c).timer.isActive() ? state(c).timer.remainingTime() : -1;
}

int InstancePoller::intervalMs(Channel c) const
{
    const InstanceConfig &cfg = m_client->config();
    switch (c) {
    case Channel::Projects:
        return cfg.projectsIntervalMs;
    case Channel::Detail:
        return cfg.detailIntervalMs;
    case Channel::Tables:
        return cfg.tablesIntervalMs;
    }
    return cfg.projectsIntervalMs;
}

int InstancePoller::backoffDelayMs(int intervalMs, int failures, int maxMs, double jitter)
{
    if (failures <= 0)
        return intervalMs;
    const double grown = intervalMs * std::pow(2.0, std::min(failures, 16));
    const double capped = std::min<double>(grown, std::max(maxMs, intervalMs));
    const double spread = capped * (1.0 + 0.2 * std::clamp(jitter, -1.0, 1.0));
    return int(std::max(100.0, spread));
}

int InstancePoller::retryDelayMs(int backoffMs, std::optional<qint64> retryAfterMs, int maxMs)
{
    if (!retryAfterMs)
        return backoffMs;
    const qint64 ceiling = std::max(maxMs, backoffMs);
    return int(std::min<qint64>(std::max<qint64>(backoffMs, *retryAfterMs), ceiling));
}

void InstancePoller::start()
{
    if (m_running)
        return;
    m_running = true;
    poll(Channel::Projects);
    if (!m_selected.isEmpty()) {
        poll(Channel::Detail);
        poll(Channel::Tables);
    }
}

void InstancePoller::stop()
{
    m_running = false;
    for (Channel c : {Channel::Projects, Channel::Detail, Channel::Tables})
        state(c).timer.stop();
}

void InstancePoller::setSelectedProject(const QString &projectId)
{
    if (projectId == m_selected)
        return;
    m_selected = projectId;
    ++m_generation;
    m_detail.failures = 0;
    m_tables.failures = 0;
    if (!m_running)
        return;
    poll(Channel::Detail);
    poll(Channel::Tables);
}

void InstancePoller::setTablesWanted(bool wanted)
{
    if (wanted == m_tablesWanted)
        return;
    m_tablesWanted = wanted;
    if (wanted && m_running)
        poll(Channel::Tables);
}

void InstancePoller::setDetailActive(bool active)
{
    if (active == m_detailActive)
        return;
    m_detailActive = active;
    if (!active) {
        m_detail.timer.stop();
        m_tables.timer.stop();
        return;
    }
    poll(Channel::Detail);
    poll(Channel::Tables);
}

void InstancePoller::refreshNow()
{
    if (!m_running)
        return;
    for (Channel c : {Channel::Projects, Channel::Detail, Channel::Tables})
        poll(c);
}

int InstancePoller::msUntilNextPoll() const
{
    if (!m_running)
        return -1;
    int next = -1;
    for (Channel c : {Channel::Projects, Channel::Detail, Channel::Tables}) {
        const QTimer &timer = state(c).timer;
        if (timer.isActive() && (next < 0 || timer.remainingTime() < next))
            next = timer.remainingTime();
    }
    return next;
}

bool InstancePoller::tablesApplicable() const
{
    if (!m_tablesWanted || m_selected.isEmpty())
        return false;
    const auto it = std::find_if(m_lastProjects.cbegin(), m_lastProjects.cend(),
                                 [this](const ProjectSummary &p) { return p.id == m_selected; });
    return it != m_lastProjects.cend() && m_client->hasTables(*it);
}

void InstancePoller::schedule(Channel c, int delayMs)
{
    if (m_running)
        state(c).timer.start(delayMs);
}

void InstancePoller::poll(Channel c)
{
    if (!m_running)
        return;
    ChannelState &s = state(c);
    if (s.inFlight) {
        s.pending = true;
        return;
    }
    s.timer.stop();
    if (c != Channel::Projects && (m_selected.isEmpty() || !m_detailActive))
        return;
    if (!m_quietUntil.hasExpired()) { // the server asked for quiet
        schedule(c, int(m_quietUntil.remainingTime()) + 1);
        return;
    }
    if (c == Channel::Tables && !tablesApplicable()) {
        schedule(c, intervalMs(c)); // look again later: the project may reach verification
        return;
    }
    s.inFlight = true;
    s.pending = false;
    const quint64 generation = m_generation;
    const QString project = m_selected;
    switch (c) {
    case Channel::Projects:
        m_client->fetchProjects([this](const Result<QList<ProjectSummary>> &r) {
            if (r.ok()) {
                m_lastProjects = r.value;
                emit projectsReceived(r.value);
            } else {
                emit pollFailed(Channel::Projects, {}, r.error);
            }
            finished(Channel::Projects, r.ok(), r.error, r.warnings);
        });
        break;
    case Channel::Detail:
        m_client->fetchDetail(project, [this, generation, project](const Result<ProjectDetail> &r) {
            if (generation != m_generation) { // the selection moved on meanwhile
                m_detail.inFlight = false;
                poll(Channel::Detail);
                return;
            }
            if (r.ok())
                emit detailReceived(r.value);
            else
                emit pollFailed(Channel::Detail, project, r.error);
            finished(Channel::Detail, r.ok(), r.error, r.warnings);
        }, ServiceClient::DetailParts::WithComponents); // the project on screen: its components too
        return;
    case Channel::Tables:
        m_client->fetchTables(project, [this, generation, project](const Result<QList<TableProgress>> &r) {
            if (generation != m_generation) {
                m_tables.inFlight = false;
                poll(Channel::Tables);
                return;
            }
            if (r.ok())
                emit tablesReceived(project, r.value);
            else
                emit pollFailed(Channel::Tables, project, r.error);
            finished(Channel::Tables, r.ok(), r.error, r.warnings);
        });
        return;
    }
}

void InstancePoller::finished(Channel c, bool ok, const ApiError &error, const QStringList &warnings)
{
    ChannelState &s = state(c);
    s.inFlight = false;
    m_health.responseMs = m_client->lastResponseMs();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (ok) {
        s.failures = 0;
        s.warnings = warnings;
        m_health.reachable = true;
        m_health.lastSuccess = now;
        m_health.warnings = m_projects.warnings + m_detail.warnings + m_tables.warnings;
    } else {
        ++s.failures;
        m_health.reachable = error.kind == ApiError::Kind::Api || error.kind == ApiError::Kind::Auth
            || error.kind == ApiError::Kind::Malformed || error.kind == ApiError::Kind::Http
            || error.kind == ApiError::Kind::TooLarge || error.kind == ApiError::Kind::Tls
            || error.kind == ApiError::Kind::Redirect;
        m_health.lastError = error;
        m_health.lastErrorTime = now;
        if (error.retryAfterMs)
            m_quietUntil.setRemainingTime(std::min<qint64>(*error.retryAfterMs, m_maxBackoffMs));
    }
    emit healthChanged();
    if (s.pending && m_quietUntil.hasExpired()) {
        s.pending = false;
        poll(c);
        return;
    }
    const double jitter = QRandomGenerator::global()->generateDouble() * 2.0 - 1.0;
    const int backoff = backoffDelayMs(intervalMs(c), s.failures, m_maxBackoffMs, ok ? 0.0 : jitter);
    schedule(c, ok ? backoff : retryDelayMs(backoff, error.retryAfterMs, m_maxBackoffMs));
}

} // namespace omsdash
