// SPDX-License-Identifier: MIT
// Desktop notifications over a real, private D-Bus session (dbus-run-session): a notification
// server of the test's own on a second bus connection records each Notify as the daemon
// receives it, and clicks one by sending ActionInvoked.
#include "desktopnotifier.h"
#include "fakenotificationserver.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QSignalSpy>
#include <QTest>

using namespace omsdash;

namespace {
Alert alert(const QString &severity)
{
    Alert a;
    a.key = QStringLiteral("oms/np_1/projectFailed");
    a.instance = QStringLiteral("oms-prod");
    a.projectId = QStringLiteral("np_1");
    a.projectName = QStringLiteral("订单 orders");
    a.rule = AlertRule::ProjectFailed;
    a.severity = severity;
    a.state = Alert::State::Firing;
    a.message = QStringLiteral("project 订单 orders is FAILED");
    return a;
}
} // namespace

class TestDesktopNotifier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("needs a private session bus: run under dbus-run-session");
        m_bus = serveNotifications(&m_server);
        QVERIFY(m_bus);
    }

    void raisedRepeatedResolvedAndClicked()
    {
        DesktopNotifier notifier;
        QVERIFY2(notifier.lastError().isEmpty(), qPrintable(notifier.lastError()));
        QSignalSpy shown(&notifier, &DesktopNotifier::shown);
        QSignalSpy activated(&notifier, &DesktopNotifier::activated);

        notifier.notify({AlertEvent::Kind::Raised, alert(QStringLiteral("HIGH")), false});
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 5000);
        const FakeNotificationServer::Call raised = m_server.calls.last();
        QCOMPARE(raised.app, QStringLiteral("omsdash"));
        QCOMPARE(raised.replaces, 0u);
        QCOMPARE(raised.summary, QStringLiteral("HIGH · Project failed · oms-prod · 订单 orders"));
        QCOMPARE(raised.body, QStringLiteral("project 订单 orders is FAILED"));
        QCOMPARE(raised.hints.value(QStringLiteral("urgency")).toInt(), 2); // critical
        QCOMPARE(raised.timeout, 0); // kept until dismissed
        QVERIFY(raised.actions.contains(QStringLiteral("default")));
        const uint id = shown.first().first().toUInt();

        // A repeat replaces the same notification.
        notifier.notify({AlertEvent::Kind::Repeated, alert(QStringLiteral("HIGH")), false});
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 2, 5000);
        QCOMPARE(m_server.calls.last().replaces, id);

        // Clicking it asks to open the project.
        QDBusMessage click = QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/Notifications"),
                                                        QStringLiteral("org.freedesktop.Notifications"),
                                                        QStringLiteral("ActionInvoked"));
        click << id << QStringLiteral("default");
        QVERIFY(m_bus->send(click));
        QTRY_COMPARE_WITH_TIMEOUT(activated.size(), 1, 5000);
        QCOMPARE(activated.first().at(0).toString(), QStringLiteral("oms-prod"));
        QCOMPARE(activated.first().at(1).toString(), QStringLiteral("np_1"));

        // Resolved: replaces it, low urgency, no action.
        Alert done = alert(QStringLiteral("HIGH"));
        done.state = Alert::State::Resolved;
        notifier.notify({AlertEvent::Kind::Resolved, done, false});
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 3, 5000);
        QCOMPARE(m_server.calls.last().replaces, id);
        QCOMPARE(m_server.calls.last().summary, QStringLiteral("Resolved: Project failed · oms-prod · 订单 orders"));
        QCOMPARE(m_server.calls.last().hints.value(QStringLiteral("urgency")).toInt(), 0);
        QVERIFY(m_server.calls.last().actions.isEmpty());
    }

    void urgencyFollowsSeverityAndSilenceNotifiesNoOne()
    {
        DesktopNotifier notifier;
        QSignalSpy shown(&notifier, &DesktopNotifier::shown);
        const int before = int(m_server.calls.size());
        notifier.notify({AlertEvent::Kind::Raised, alert(QStringLiteral("HIGH")), true}); // silenced
        notifier.notify({AlertEvent::Kind::Raised, alert(QStringLiteral("LOW")), false});
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 5000);
        QCOMPARE(m_server.calls.size(), before + 1); // the silenced one never reached the server
        QCOMPARE(m_server.calls.last().hints.value(QStringLiteral("urgency")).toInt(), 0);
        QCOMPARE(m_server.calls.last().timeout, -1);
    }

    void noServerSaysWhy()
    {
        m_bus->unregisterService(QStringLiteral("org.freedesktop.Notifications"));
        DesktopNotifier notifier;
        notifier.notify({AlertEvent::Kind::Raised, alert(QStringLiteral("MEDIUM")), false});
        QTRY_VERIFY_WITH_TIMEOUT(!notifier.lastError().isEmpty(), 5000);
        QVERIFY2(notifier.lastError().contains(QStringLiteral("not shown")), qPrintable(notifier.lastError()));
    }

private:
    FakeNotificationServer m_server;
    std::unique_ptr<QDBusConnection> m_bus;
};

QTEST_GUILESS_MAIN(TestDesktopNotifier)
#include "tst_desktopnotifier.moc"
