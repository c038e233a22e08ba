// SPDX-License-Identifier: MIT
#include "pollingcontrol.h"

#include "instancesession.h"

namespace omsdash {

PollingControl::PollingControl(QObject *parent)
    : QObject(parent)
{
}

void PollingControl::setSessions(const QList<InstanceSession *> &sessions)
{
    m_sessions.clear();
    for (InstanceSession *s : sessions) {
        m_sessions << s;
        if (m_paused)
            s->stop();
    }
}

void PollingControl::start()
{
    if (m_paused)
        return;
    for (const QPointer<InstanceSession> &s : std::as_const(m_sessions)) {
        if (s)
            s->start();
    }
}

void PollingControl::refreshNow(InstanceSession *session)
{
    if (m_paused)
        return;
    for (const QPointer<InstanceSession> &s : std::as_const(m_sessions)) {
        if (s && (!session || s == session))
            s->poller()->refreshNow();
    }
}

void PollingControl::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    for (const QPointer<InstanceSession> &s : std::as_const(m_sessions)) {
        if (!s)
            continue;
        if (paused)
            s->stop();
        else
            s->start(); // polls every channel at once
    }
    emit pausedChanged(paused);
}

int PollingControl::secondsToNextPoll() const
{
    if (m_paused)
        return -1;
    int soonest = -1;
    for (const QPointer<InstanceSession> &s : std::as_const(m_sessions)) {
        const int ms = s ? s->poller()->msUntilNextPoll() : -1;
        if (ms >= 0 && (soonest < 0 || ms < soonest))
            soonest = ms;
    }
    return soonest < 0 ? -1 : (soonest + 999) / 1000;
}

} // namespace omsdash
