// SPDX-License-Identifier: MIT
// The window's alerts over the demo simulators, on a private D-Bus session with a notification
// server of the test's own: the FAILED project gives a desktop notification, the tray badge in
// HIGH's colour, the count in the title and status bar, and rows in the alert log; clicking the
// notification, or double-clicking the row, opens the project; acknowledging takes it off the count.
#include "alertcenter.h"
#include "freshsettings.h"
#include "alertlogmodel.h"
#include "alertlogpanel.h"
#include "alerttray.h"
#include "demo.h"
#include "fakenotificationserver.h"
#include "historystore.h"
#include "httptransport.h"
#include "instancesession.h"
#include "mainwindow.h"
#include "statuspalette.h"

#include <QDBusMessage>
#include <QDockWidget>
#include <QHeaderView>
#include <QPushButton>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace omsdash;

namespace {
const QString Failed = QStringLiteral("np_7d4f5b"); // oms-prod (demo)'s FAILED project

/// The first row of the alert log about @p rule of @p projectId; -1 when there is none.
int rowOf(const QAbstractItemModel *log, const QString &rule, const QString &projectId)
{
    for (int r = 0; r < log->rowCount(); ++r) {
        const QModelIndex i = log->index(r, 0);
        if (i.data(AlertLogModel::RuleRole) == rule && i.data(AlertLogModel::ProjectIdRole) == projectId)
            return r;
    }
    return -1;
}
} // namespace

class TestWindowAlerts : public QObject
{
    Q_OBJECT

    DemoEnvironment m_demo;
    HttpTransport m_transport;
    HistoryStore m_history;
    QList<InstanceSession *> m_sessions;
    FakeNotificationServer m_server;
    std::unique_ptr<QDBusConnection> m_bus;
    std::unique_ptr<AlertCenter> m_alerts;
    std::unique_ptr<MainWindow> m_window;

private slots:
    void initTestCase()
    {
        useFreshSettings();
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("needs a private session bus: run under dbus-run-session");
        m_bus = serveNotifications(&m_server);
        QVERIFY(m_bus);
        QString error;
        QVERIFY2(m_demo.start(&error), qPrintable(error));
        QVERIFY2(m_history.open(QStringLiteral(":memory:"), &error), qPrintable(error));
        for (const InstanceConfig &cfg : m_demo.instances()) {
            m_sessions << new InstanceSession(cfg, &m_transport, this);
            m_sessions.last()->setHistoryStore(&m_history);
        }
        m_window = std::make_unique<MainWindow>(m_sessions, &m_transport);
        m_alerts = std::make_unique<AlertCenter>(AlertSettings{}, &m_history);
        m_alerts->setSessions(m_sessions);
        m_alerts->setDesktopNotifications(true);
        m_window->setAlertCenter(m_alerts.get());
        m_window->resize(1500, 950);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        for (InstanceSession *s : std::as_const(m_sessions))
            s->start();
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_alerts.reset();
        qDeleteAll(m_sessions);
    }

    void failedProjectIsNotifiedBadgedAndLogged()
    {
        // The notification, as the server received it.
        auto notified = [this] {
            return std::find_if(m_server.calls.cbegin(), m_server.calls.cend(), [](const FakeNotificationServer::Call &c) {
                return c.summary.startsWith(QStringLiteral("HIGH · Project failed · oms-prod (demo) · logistics schema"));
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(notified() != m_server.calls.cend(), 15000);
        QCOMPARE(notified()->hints.value(QStringLiteral("urgency")).toInt(), 2);

        // The alert log has its row, Firing.
        AlertLogPanel *panel = m_window->alertLog();
        QVERIFY(panel);
        const int row = rowOf(m_alerts->log(), QStringLiteral("projectFailed"), Failed);
        QVERIFY(row >= 0);
        QCOMPARE(m_alerts->log()->stateOf(m_alerts->log()->index(row, 0).data(AlertLogModel::KeyRole).toString()),
                 AlertState::Firing);

        // The tray's badge is HIGH's colour, drawn on the icon; the count is in title and status bar.
        const QColor high = palette::alarmLevelColor(QStringLiteral("HIGH"));
        QCOMPARE(m_window->alertTray()->badgeColor(), high);
        const QImage icon = m_window->alertTray()->trayIcon()->icon().pixmap(48, 48).toImage();
        const QColor centre = icon.pixelColor(48 - int(48 * 0.31), 48 - int(48 * 0.12)); // inside the badge, off the digits
        QVERIFY2(qAbs(centre.red() - high.red()) < 40 && qAbs(centre.green() - high.green()) < 40,
                 qPrintable(centre.name()));
        const int count = m_alerts->needingAttention();
        QVERIFY(count >= 1);
        QVERIFY2(m_window->windowTitle().startsWith(QStringLiteral("(%1) ").arg(count)), qPrintable(m_window->windowTitle()));
        QVERIFY2(m_window->alertText().startsWith(QStringLiteral("Alerts needing attention: ")), qPrintable(m_window->alertText()));
    }

    /// Clicking the notification opens the project, wherever the window was.
    void clickingTheNotificationOpensTheProject()
    {
        m_window->setCurrentInstance(1); // the OMS 3.3 instance
        QVERIFY(m_window->currentSession() != m_sessions.at(0));
        const auto call = std::find_if(m_server.calls.cbegin(), m_server.calls.cend(), [](const FakeNotificationServer::Call &c) {
            return c.summary.contains(QStringLiteral("Project failed"));
        });
        QVERIFY(call != m_server.calls.cend());
        const uint id = call->id;
        QDBusMessage click = QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/Notifications"),
                                                        QStringLiteral("org.freedesktop.Notifications"),
                                                        QStringLiteral("ActionInvoked"));
        click << id << QStringLiteral("default");
        QVERIFY(m_bus->send(click));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->currentSession(), m_sessions.at(0), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(m_sessions.at(0)->selectedProject(), Failed, 5000);
    }

    /// Double-clicking a row of the log opens its project; Acknowledge takes it off the count.
    void alertLogOpensAndAcknowledges()
    {
        AlertLogPanel *panel = m_window->alertLog();
        auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("alertDock"));
        QVERIFY(dock);
        dock->show();
        m_window->setCurrentInstance(2);
        QTableView *view = panel->view();
        int row = -1;
        for (int r = 0; r < view->model()->rowCount(); ++r)
            if (view->model()->index(r, 0).data(AlertLogModel::RuleRole) == QStringLiteral("projectFailed"))
                row = r;
        QVERIFY(row >= 0);
        // Rows come in while the demo runs: the alert is followed by its key, not its row.
        const QString key = view->model()->index(row, 0).data(AlertLogModel::KeyRole).toString();
        const auto rowOfKey = [view, &key] {
            for (int r = 0; r < view->model()->rowCount(); ++r)
                if (view->model()->index(r, 0).data(AlertLogModel::KeyRole) == key)
                    return r;
            return -1;
        };
        const QRect cell = view->visualRect(view->model()->index(rowOfKey(), AlertLogModel::ProjectColumn));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QTRY_COMPARE_WITH_TIMEOUT(m_window->currentSession(), m_sessions.at(0), 5000);
        QCOMPARE(m_sessions.at(0)->selectedProject(), Failed);

        const int before = m_alerts->needingAttention();
        auto *acknowledge = panel->findChild<QPushButton *>();
        QVERIFY(acknowledge && acknowledge->text() == QStringLiteral("Acknowledge"));
        view->selectRow(rowOfKey());
        QVERIFY(acknowledge->isEnabled());
        QTest::mouseClick(acknowledge, Qt::LeftButton);
        QCOMPARE(m_alerts->needingAttention(), before - 1);
        QCOMPARE(m_alerts->log()->stateOf(key), AlertState::Acknowledged);
        QVERIFY(!acknowledge->isEnabled());
        QVERIFY(m_window->windowTitle().startsWith(before - 1 > 0 ? QStringLiteral("(%1) ").arg(before - 1)
                                                                   : QStringLiteral("oms-prod")));

        const QString shots = qEnvironmentVariable("OMSDASH_TEST_SHOTS");
        if (!shots.isEmpty())
            m_window->grab().save(shots + QStringLiteral("/window-alerts.png"));
    }
};

QTEST_MAIN(TestWindowAlerts)
#include "tst_windowalerts.moc"
