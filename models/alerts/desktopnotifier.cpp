// SPDX-License-Identifier: MIT
#include "desktopnotifier.h"

#include "derived.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

namespace omsdash {

namespace {
const QString Service = QStringLiteral("org.freedesktop.Notifications");
const QString Path = QStringLiteral("/org/freedesktop/Notifications");
const QString Interface = QStringLiteral("org.freedesktop.Notifications");

/// The specification's urgency levels: 0 low, 1 normal, 2 critical.
uchar urgencyOf(const QString &severity)
{
    return severity == QLatin1String("HIGH") ? 2 : severity == QLatin1String("MEDIUM") ? 1 : 0;
}
} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        m_lastError = tr("no D-Bus session bus: %1").arg(bus.lastError().message());
        return;
    }
    bus.connect(Service, Path, Interface, QStringLiteral("ActionInvoked"), this,
                SLOT(onActionInvoked(uint, QString)));
    bus.connect(Service, Path, Interface, QStringLiteral("NotificationClosed"), this, SLOT(onClosed(uint, uint)));
}

void DesktopNotifier::notify(const AlertEvent &event)
{
    if (event.silenced)
        return;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    const Alert &a = event.alert;
    const bool resolved = event.kind == AlertEvent::Kind::Resolved;
    const QString where = a.projectId.isEmpty() ? a.instance : QStringLiteral("%1 · %2").arg(a.instance, a.projectName);
    const QString summary = resolved ? tr("Resolved: %1 · %2").arg(alertRuleTitle(a.rule), where)
                                     : tr("%1 · %2 · %3").arg(alarmLevelText(a.severity), alertRuleTitle(a.rule), where);
    QVariantMap hints{{QStringLiteral("urgency"), QVariant::fromValue<uchar>(resolved ? 0 : urgencyOf(a.severity))},
                      {QStringLiteral("desktop-entry"), QStringLiteral("io.github.omsdash.omsdash")}}; // its .desktop file
    QDBusMessage call = QDBusMessage::createMethodCall(Service, Path, Interface, QStringLiteral("Notify"));
    call << QStringLiteral("omsdash") << m_ids.value(a.key, 0u) << QStringLiteral("dialog-warning") << summary
         << a.message << (resolved ? QStringList{} : QStringList{QStringLiteral("default"), tr("Open")}) << hints
         << (!resolved && a.severity == QLatin1String("HIGH") ? 0 : -1); // 0: until dismissed
    const QString key = a.key;
    if (resolved) {
        m_alerts.remove(key);
        m_keys.remove(m_ids.take(key));
    } else {
        m_alerts.insert(key, {a.instance, a.projectId});
    }
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, key, resolved](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<uint> reply = *w;
        if (reply.isError()) {
            m_lastError = tr("desktop notification not shown: %1").arg(reply.error().message());
            return;
        }
        m_lastError.clear();
        const uint id = reply.value();
        if (!resolved && m_alerts.contains(key)) {
            m_ids.insert(key, id);
            m_keys.insert(id, key);
        }
        emit shown(id);
    });
}

void DesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    const QString key = m_keys.value(id);
    if (key.isEmpty() || action != QLatin1String("default"))
        return;
    const Shown s = m_alerts.value(key);
    emit activated(s.instance, s.projectId);
}

void DesktopNotifier::onClosed(uint id, uint)
{
    // Dismissed: the next repeat shows a new notification instead of replacing a gone one.
    m_ids.remove(m_keys.take(id));
}

} // namespace omsdash
