// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

namespace omsdash {

class InstanceSession;

/// Polling of the watched instances as the window drives it: refresh now, pause and resume
/// (a paused window asks nothing of any server; resuming polls at once), and when the next
/// poll is due, for a countdown. Views call this, never a poller.
class PollingControl : public QObject
{
    Q_OBJECT

public:
    explicit PollingControl(QObject *parent = nullptr);

    /// The sessions to drive (not owned). A paused control stops new ones too.
    void setSessions(const QList<InstanceSession *> &sessions);

    /// Starts every session's polling, unless paused.
    void start();
    /// Polls @p session now (nullptr: every session); nothing while paused.
    void refreshNow(InstanceSession *session = nullptr);
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    /// Seconds until the soonest poll of any session is due (rounded up); -1 while paused or
    /// when none is scheduled (every poll in flight).
    int secondsToNextPoll() const;

signals:
    void pausedChanged(bool paused);

private:
    QList<QPointer<InstanceSession>> m_sessions;
    bool m_paused = false;
};

} // namespace omsdash
