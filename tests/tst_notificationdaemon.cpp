// SPDX-License-Identifier: MIT
// DesktopNotifier against the real notification-daemon (Debian package), on a private D-Bus
// session and its own Xvfb display (tests/with-notification-daemon.sh): it accepts our Notify
// calls, including a replacement, and answers with notification ids.
#include "desktopnotifier.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QSignalSpy>
#include <QTest>

using namespace omsdash;

class TestNotificationDaemon : public QObject
{
    Q_OBJECT

private slots:
    void theRealServerShowsOurNotifications()
    {
        const QDBusMessage info = QDBusConnection::sessionBus().call(QDBusMessage::createMethodCall(
            QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("/org/freedesktop/Notifications"),
            QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("GetServerInformation")));
        QCOMPARE(info.type(), QDBusMessage::ReplyMessage);
        QCOMPARE(info.arguments().value(0).toString(), QStringLiteral("Notification Daemon"));

        DesktopNotifier notifier;
        QSignalSpy shown(&notifier, &DesktopNotifier::shown);
        Alert a;
        a.key = QStringLiteral("oms/np_1/projectFailed");
        a.instance = QStringLiteral("oms-prod");
        a.projectId = QStringLiteral("np_1");
        a.projectName = QStringLiteral("订单 orders");
        a.rule = AlertRule::ProjectFailed;
        a.severity = QStringLiteral("HIGH");
        a.state = Alert::State::Firing;
        a.message = QStringLiteral("project 订单 orders is FAILED");
        notifier.notify({AlertEvent::Kind::Raised, a, false});
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 10000);
        QVERIFY2(notifier.lastError().isEmpty(), qPrintable(notifier.lastError()));
        const uint id = shown.first().first().toUInt();
        QVERIFY(id > 0);
        notifier.notify({AlertEvent::Kind::Repeated, a, false});
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 2, 10000);
        QCOMPARE(shown.last().first().toUInt(), id); // replaced, not a second bubble
    }
};

QTEST_GUILESS_MAIN(TestNotificationDaemon)
#include "tst_notificationdaemon.moc"
