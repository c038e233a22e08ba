// SPDX-License-Identifier: MIT
#pragma once

#include "alertengine.h"

#include <QHash>
#include <QObject>

namespace omsdash {

/// Alert events as freedesktop notifications (`org.freedesktop.Notifications` on the session
/// bus, through QtDBus). A raised or repeated alert shows its rule, instance, project and
/// message with an urgency from its severity (HIGH critical and kept until dismissed, MEDIUM
/// normal, LOW low) and a default action; a resolved alert replaces its notification with one
/// that says so. Silenced events notify no one. Calls are asynchronous and never block: with no
/// session bus or no notification server, lastError() says why and nothing else happens.
class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    explicit DesktopNotifier(QObject *parent = nullptr);

    void notify(const AlertEvent &event);
    /// Why the last notification could not be shown (no bus, no server, its error); empty when it was.
    QString lastError() const { return m_lastError; }

signals:
    /// The person clicked the notification of an alert about @p projectId of @p instance
    /// (empty for an instance alert): open it.
    void activated(const QString &instance, const QString &projectId);
    /// The server answered a Notify with @p id (for tests and diagnostics).
    void shown(uint id);

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &action);
    void onClosed(uint id, uint reason);

private:
    struct Shown
    {
        QString instance;
        QString projectId;
    };
    QHash<QString, uint> m_ids;  ///< alert key -> notification id
    QHash<uint, QString> m_keys; ///< notification id -> alert key
    QHash<QString, Shown> m_alerts; ///< alert key -> what to open
    QString m_lastError;
};

} // namespace omsdash
