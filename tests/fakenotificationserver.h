// SPDX-License-Identifier: MIT
#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

#include <memory>

/// org.freedesktop.Notifications as the specification (1.2) describes it, recording calls.
class FakeNotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Call
    {
        QString app, icon, summary, body;
        uint replaces = 0;
        QStringList actions;
        QVariantMap hints;
        int timeout = 0;
        uint id = 0; ///< what Notify answered
    };
    QList<Call> calls;
    uint next = 41;

public Q_SLOTS:
    uint Notify(const QString &app, uint replaces, const QString &icon, const QString &summary, const QString &body,
                const QStringList &actions, const QVariantMap &hints, int timeout)
    {
        const uint id = replaces ? replaces : ++next;
        calls << Call{app, icon, summary, body, replaces, actions, hints, timeout, id};
        return id;
    }
    void CloseNotification(uint) {}
    QStringList GetCapabilities() { return {QStringLiteral("actions"), QStringLiteral("body")}; }
};

/// Registers @p server as org.freedesktop.Notifications on a second connection to the session
/// bus (so the code under test, on the first, talks to it through the daemon); the connection,
/// or nullptr when there is no session bus.
inline std::unique_ptr<QDBusConnection> serveNotifications(FakeNotificationServer *server)
{
    auto bus = std::make_unique<QDBusConnection>(
        QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("fake-server")));
    if (!bus->isConnected()
        || !bus->registerObject(QStringLiteral("/org/freedesktop/Notifications"), server, QDBusConnection::ExportAllSlots)
        || !bus->registerService(QStringLiteral("org.freedesktop.Notifications")))
        return nullptr;
    return bus;
}
