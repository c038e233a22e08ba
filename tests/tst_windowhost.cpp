// SPDX-License-Identifier: MIT
// File > Preferences in the window: the dialog's form and its refusals, the export folder made
// on OK, View > Theme kept in the preferences, and a language switched at run time: the
// window made again in Chinese and back, the project on screen and the pause kept.
#include "demo.h"
#include "englishplurals.h"
#include "freshsettings.h"
#include "httptransport.h"
#include "instancesession.h"
#include "mainwindow.h"
#include "pollingcontrol.h"
#include "preferences.h"
#include "pollintervalsrow.h"
#include "preferencesdialog.h"
#include "windowhost.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QMenuBar>
#include <QSettings>
#include <QSpinBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace omsdash;

namespace {
QString firstMenuTitle(const MainWindow *window)
{
    return window->menuBar()->actions().value(0) ? window->menuBar()->actions().first()->text() : QString();
}
} // namespace

class TestWindowHost : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        useFreshSettings();
        QVERIFY(installEnglishPlurals());
        QString error;
        m_demo.playIncidents(false);
        QVERIFY2(m_demo.start(&error), qPrintable(error));
        for (const InstanceConfig &cfg : m_demo.instances())
            m_sessions << new InstanceSession(cfg, &m_transport, this);
    }

    void cleanupTestCase()
    {
        qDeleteAll(m_sessions);
    }

    void dialogRefusesAndMakesTheFolder()
    {
        Preferences p;
        p.projectsIntervalSeconds = 45;
        p.watchIntervalSeconds = 120;
        p.theme = QStringLiteral("dark");
        PreferencesDialog dialog(p);
        QCOMPARE(dialog.watchBox()->value(), 120);
        QCOMPARE(dialog.pollIntervals()->projectsBox()->value(), 45);
        QCOMPARE(dialog.themeBox()->currentData().toString(), QStringLiteral("dark"));
        QVERIFY(dialog.notificationsBox()->isChecked());
        QCOMPARE(dialog.preferences(), p); // the default folder stays "the default"

        // The thresholds are the alert rules': a button opens them, where there are any.
        QVERIFY(dialog.alertRulesButton()->isHidden());
        QAction rules;
        QSignalSpy opened(&rules, &QAction::triggered);
        dialog.setAlertRulesAction(&rules);
        QVERIFY(!dialog.alertRulesButton()->isHidden());
        dialog.alertRulesButton()->click();
        QCOMPARE(opened.count(), 1);

        // One day of one-minute averages is less than 48 h of raw samples: refused, said why.
        dialog.aggregateRetentionBox()->setValue(1);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY2(dialog.problem().contains(QLatin1String("at least as long")), qPrintable(dialog.problem()));

        dialog.aggregateRetentionBox()->setValue(7);
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("new/reports"));
        dialog.exportFolderEdit()->setText(folder);
        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("zh_CN")));
        dialog.notificationsBox()->setChecked(false);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.problem().isEmpty());
        QVERIFY(QFileInfo(folder).isDir()); // made when missing
        const Preferences edited = dialog.preferences();
        QCOMPARE(edited.aggregateRetentionDays, 7);
        QCOMPARE(edited.exportFolder, folder);
        QCOMPARE(edited.language, QStringLiteral("zh_CN"));
        QVERIFY(!edited.desktopNotifications);
    }

    void themeMenuIsAPreference()
    {
        AppPreferences prefs(Preferences{});
        MainWindow window(m_sessions, &m_transport);
        window.setPreferences(&prefs);
        QAction *dark = nullptr;
        for (QAction *a : window.findChildren<QAction *>()) {
            if (a->data().toString() == QLatin1String("dark") && a->isCheckable())
                dark = a;
        }
        QVERIFY(dark);
        dark->trigger();
        QCOMPARE(prefs.current().theme, QStringLiteral("dark"));
        QCOMPARE(QSettings().value(QStringLiteral("view/theme")).toString(), QStringLiteral("dark"));
        QVERIFY(dark->isChecked());
        Preferences back = prefs.current();
        back.theme = QStringLiteral("light");
        QVERIFY(prefs.apply(back, nullptr));
        QVERIFY(!dark->isChecked()); // the menu follows the preferences, wherever they changed
    }

    void languageSwitchedAtRunTime()
    {
        AppPreferences prefs(Preferences{});
        int made = 0;
        WindowHost host(
            [&] {
                ++made;
                auto window = std::make_unique<MainWindow>(m_sessions, &m_transport);
                window->setPreferences(&prefs);
                return window;
            },
            &prefs);
        MainWindow *first = host.window();
        first->show();
        QCOMPARE(firstMenuTitle(first), QStringLiteral("&File"));
        for (InstanceSession *s : std::as_const(m_sessions))
            s->start();
        first->setCurrentInstance(0);
        QTRY_VERIFY_WITH_TIMEOUT(first->selectProject(QStringLiteral("np_8a7c8e")), 10000);
        QTRY_VERIFY(first->currentSession() && first->currentSession()->selectedProject() == QLatin1String("np_8a7c8e"));
        // Every instance has answered: a new window would pick the worst project of all at
        // once, so what was on screen must be read from the old one before it is made.
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(m_sessions.cbegin(), m_sessions.cend(),
                                             [](const InstanceSession *s) { return s->hasProjects(); }),
                                 10000);
        first->polling()->setPaused(true);

        Preferences chinese = prefs.current();
        chinese.language = QStringLiteral("zh_CN");
        QVERIFY(prefs.apply(chinese, nullptr));
        QTRY_COMPARE(made, 2);
        MainWindow *second = host.window();
        QVERIFY(second != first);
        QVERIFY(second->isVisible());
        QVERIFY2(firstMenuTitle(second).contains(QStringLiteral("文件")), qPrintable(firstMenuTitle(second)));
        // Where the user was: the instance, the project, the pause.
        QVERIFY(!second->isOverview());
        QTRY_VERIFY(second->currentSession()
                    && second->currentSession()->selectedProject() == QLatin1String("np_8a7c8e"));
        QVERIFY(second->polling()->isPaused());
        {
            // A dialog made now speaks the new language too.
            PreferencesDialog dialog(prefs.current());
            QCOMPARE(dialog.windowTitle(), QStringLiteral("首选项"));
            if (qEnvironmentVariableIsSet("OMSDASH_TEST_SHOTS")) {
                dialog.show();
                QVERIFY(QTest::qWaitForWindowExposed(&dialog));
                dialog.grab().save(qEnvironmentVariable("OMSDASH_TEST_SHOTS") + QStringLiteral("/preferences-zh_CN.png"));
                second->grab().save(qEnvironmentVariable("OMSDASH_TEST_SHOTS") + QStringLiteral("/window-after-switch.png"));
            }
        }

        // A report being written when the language changes: the window waits for it, and says
        // how it ended, before it is made again.
        QTemporaryDir dir;
        ReportOptions options;
        options.format = ReportOptions::Format::Json;
        options.out = dir.filePath(QStringLiteral("r.json"));
        options.rangeMs = 3600 * 1000LL;
        QSignalSpy exported(second, &MainWindow::reportExported);
        second->polling()->setPaused(false);
        second->exportReport(options);
        QVERIFY(second->isExportingReport());
        Preferences english = chinese;
        english.language = QStringLiteral("en");
        QVERIFY(prefs.apply(english, nullptr));
        QTRY_COMPARE_WITH_TIMEOUT(made, 3, 20000);
        QCOMPARE(exported.count(), 1);
        QVERIFY2(exported.first().at(1).toString().isEmpty(), qPrintable(exported.first().at(1).toString()));
        QCOMPARE(firstMenuTitle(host.window()), QStringLiteral("&File"));
    }

private:
    DemoEnvironment m_demo;
    HttpTransport m_transport;
    QList<InstanceSession *> m_sessions;
};

QTEST_MAIN(TestWindowHost)
#include "tst_windowhost.moc"
