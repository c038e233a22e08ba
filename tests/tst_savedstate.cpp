// SPDX-License-Identifier: MIT
// The window as the user left it: columns (widths, order, sort) per layout and across
// switches, splitters, the charts' range, the instance and project on screen; and the
// project list made tall.
#include "freshsettings.h"
#include "headerstate.h"
#include "httptransport.h"
#include "instancesession.h"
#include "instancepoller.h"
#include "mainwindow.h"
#include "pollingcontrol.h"
#include "overviewmodel.h"
#include "projectdetailpane.h"
#include "projectlistmodel.h"
#include "projecttableview.h"

#include <QHeaderView>
#include <QScopeGuard>
#include <QLineEdit>
#include <QSettings>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace omsdash;

namespace {

InstanceConfig offline(const QString &name)
{
    InstanceConfig cfg;
    cfg.name = name;
    cfg.api = ApiKind::Oms4;
    cfg.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9")); // never started
    return cfg;
}

ProjectSummary project(const QString &id, const QString &status)
{
    ProjectSummary p;
    p.id = id;
    p.name = id + QStringLiteral(" name");
    p.status = status;
    return p;
}

} // namespace

class TestSavedState : public QObject
{
    Q_OBJECT

private:
    /// @p w as after a start: its saved state restored, shown, the first answers in.
    void openOnTheOverview(MainWindow &w)
    {
        w.resize(1200, 800);
        w.restoreWindowState();
        w.show();
        for (InstanceSession *s : std::as_const(m_sessions))
            emit s->projectsUpdated();
        QVERIFY(w.isOverview());
    }

private slots:
    void initTestCase()
    {
        useFreshSettings();
        for (const QString &name : {QStringLiteral("a"), QStringLiteral("b")}) {
            auto *s = new InstanceSession(offline(name), &m_transport);
            s->projects()->merge({project(name + QStringLiteral("1"), QStringLiteral("RUNNING")),
                                  project(name + QStringLiteral("2"), QStringLiteral("FAILED"))});
            m_sessions << s;
        }
    }

    void cleanupTestCase()
    {
        qDeleteAll(m_sessions); // before the transport their requests use
        m_sessions.clear();
    }

    void columnsPerLayoutAcrossSwitches()
    {
        MainWindow w(m_sessions, &m_transport);
        openOnTheOverview(w);
        QHeaderView *header = w.projectTable()->horizontalHeader();
        const int name = OverviewModel::FirstProjectColumn + ProjectListModel::NameColumn;
        header->resizeSection(name, 333);
        w.projectTable()->sortByColumn(name, Qt::AscendingOrder);

        w.setCurrentInstance(0); // one instance: a layout of its own
        QCOMPARE(header->sortIndicatorSection(), int(ProjectListModel::StatusColumn));
        header->resizeSection(ProjectListModel::NameColumn, 222);
        header->moveSection(ProjectListModel::IdColumn, 0);
        w.setCurrentInstance(1); // the same layout for every instance
        QCOMPARE(header->sectionSize(ProjectListModel::NameColumn), 222);
        QCOMPARE(header->visualIndex(ProjectListModel::IdColumn), 0);

        w.showOverview();
        QCOMPARE(header->sectionSize(name), 333);
        QCOMPARE(header->sortIndicatorSection(), name);
        QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
        QCOMPARE(header->visualIndex(OverviewModel::FirstProjectColumn + ProjectListModel::IdColumn),
                 OverviewModel::FirstProjectColumn + ProjectListModel::IdColumn);

        // Where the user was, the splitter, the range: saved when the window closes.
        w.setCurrentInstance(1);
        QVERIFY(w.selectProject(QStringLiteral("b1")));
        w.detailPane()->setTimeRangeSpanMs(6 * 3600 * 1000LL);
        auto *split = w.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        QVERIFY(split);
        split->setSizes({500, 200});
        QCoreApplication::processEvents();
        m_listShare = split->sizes().value(0);
        w.close();
    }

    void restoredInANewWindow()
    {
        // Fresh sessions, as after a restart: nothing selected until the window restores it.
        QList<InstanceSession *> sessions;
        for (const QString &name : {QStringLiteral("a"), QStringLiteral("b")}) {
            sessions << new InstanceSession(offline(name), &m_transport);
            sessions.last()->projects()->merge({project(name + QStringLiteral("1"), QStringLiteral("RUNNING")),
                                                project(name + QStringLiteral("2"), QStringLiteral("FAILED"))});
            QVERIFY(sessions.last()->selectedProject().isEmpty());
        }
        const auto cleanup = qScopeGuard([&sessions] { qDeleteAll(sessions); });
        MainWindow w(sessions, &m_transport);
        w.resize(1200, 800);
        w.restoreWindowState();
        w.restoreSelection();
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        for (InstanceSession *s : std::as_const(sessions))
            emit s->projectsUpdated(); // the first answers
        QVERIFY(!w.isOverview());
        QCOMPARE(w.currentSession(), sessions.at(1));
        QCOMPARE(w.projectTable()->selectedProjectId(), QStringLiteral("b1"));
        QHeaderView *header = w.projectTable()->horizontalHeader();
        QCOMPARE(header->sectionSize(ProjectListModel::NameColumn), 222);
        QCOMPARE(header->visualIndex(ProjectListModel::IdColumn), 0);
        QCOMPARE(w.detailPane()->timeRangeSpanMs(), 6 * 3600 * 1000LL);
        auto *split = w.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        QCOMPARE(split->sizes().value(0), m_listShare);
    }

    /// A column dragged wider changes the header every few pixels: the settings file is
    /// written once, after the drag (or when the view goes), not at each change.
    void aDraggedColumnIsWrittenAfterwards()
    {
        const QString key = QStringLiteral("dragged/header");
        auto *table = new QTableView;
        QStandardItemModel model(3, 4);
        table->setModel(&model);
        auto *state = new HeaderState(table->horizontalHeader(), QStringLiteral("dragged"));
        QVERIFY(!state->restore());
        QSettings settings;
        for (int width = 100; width < 300; width += 4) {
            table->horizontalHeader()->resizeSection(1, width);
            settings.sync();
            QVERIFY2(!settings.contains(key), "written during the drag");
        }
        QVERIFY(state->hasUnsaved());
        table->sortByColumn(2, Qt::DescendingOrder);
        delete table; // with its header and the state
        settings.sync();
        QHeaderView restored(Qt::Horizontal);
        restored.setModel(&model);
        QVERIFY(restored.restoreState(settings.value(key).toByteArray()));
        QCOMPARE(restored.sectionSize(1), 296);
        QCOMPARE(restored.sortIndicatorSection(), 2);
        QCOMPARE(restored.sortIndicatorOrder(), Qt::DescendingOrder);
    }

    /// A window made anew (another language) restores what the old one saved: a column
    /// resized a moment before is written with the window's state, not a second later.
    void aWindowMadeAnewSeesTheLastLayout()
    {
        MainWindow w(m_sessions, &m_transport);
        openOnTheOverview(w);
        QHeaderView *header = w.projectTable()->horizontalHeader();
        const int name = OverviewModel::FirstProjectColumn + ProjectListModel::NameColumn;
        header->resizeSection(name, 277);
        w.saveWindowState();
        QHeaderView saved(Qt::Horizontal);
        saved.setModel(w.projectTable()->model());
        QVERIFY(saved.restoreState(QSettings().value(QStringLiteral("projectTable/overview/header")).toByteArray()));
        QCOMPARE(saved.sectionSize(name), 277);
    }

    void theProjectListCanTakeTheWholeWindow()
    {
        MainWindow w(m_sessions, &m_transport);
        w.resize(1200, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *split = w.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        const QList<int> before = split->sizes();
        QVERIFY(before.value(1) > 0);
        w.setProjectListOnly(true);
        QVERIFY(w.isProjectListOnly());
        QCOMPARE(split->sizes().value(1), 0);
        QVERIFY(w.projectTable()->height() > 600);
        w.setProjectListOnly(false);
        QCOMPARE(split->sizes(), before);
        // Without the shortcut: the splitter itself goes far enough for most of the window.
        split->setSizes({10000, 1});
        QVERIFY2(split->sizes().value(0) > 0.6 * (split->sizes().value(0) + split->sizes().value(1)),
                 qPrintable(QStringLiteral("%1 / %2").arg(split->sizes().value(0)).arg(split->sizes().value(1))));
    }

    void helpShortcutsAndPause()
    {
        MainWindow w(m_sessions, &m_transport);
        // F1, Ctrl+F and the rest are listed by what they do.
        const auto shortcuts = w.shortcuts();
        const auto has = [&shortcuts](const QKeySequence &keys, const QString &what) {
            const QString key = keys.toString(QKeySequence::NativeText);
            return std::any_of(shortcuts.cbegin(), shortcuts.cend(),
                               [&](const auto &s) { return s.first == key && s.second == what; });
        };
        QVERIFY(has(QKeySequence::HelpContents, QStringLiteral("omsdash manual")));
        QVERIFY(has(QKeySequence::Find, QStringLiteral("Filter projects")));
        QVERIFY(has(QKeySequence(Qt::CTRL | Qt::Key_0), QStringLiteral("All instances")));
        QVERIFY(has(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), QStringLiteral("Pause")));
        QVERIFY(w.aboutText().contains(QString::fromLatin1(qVersion())));
        QVERIFY(w.aboutText().contains(QStringLiteral("MIT")));
        const QUrl manual = MainWindow::manualUrl();
        QVERIFY2(manual.isLocalFile() && manual.toLocalFile().endsWith(QLatin1String("README.md")), qPrintable(manual.toString()));

        // Ctrl+F puts the cursor in the filter.
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow();
        QTest::keySequence(&w, QKeySequence::Find);
        auto *filter = w.findChild<QLineEdit *>();
        QVERIFY(filter);
        QTRY_VERIFY(filter->hasFocus());

        // Pause: the status bar says so, and the pollers stop.
        w.polling()->start();
        QVERIFY(m_sessions.at(0)->poller()->isRunning());
        QTest::keySequence(&w, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
        QVERIFY(w.polling()->isPaused());
        QVERIFY(!m_sessions.at(0)->poller()->isRunning());
        QVERIFY(w.countdownText().contains(QStringLiteral("paused")));
        QTest::keySequence(&w, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
        QVERIFY(!w.polling()->isPaused());
        QVERIFY(m_sessions.at(0)->poller()->isRunning());
        w.polling()->setPaused(true); // the offline instances need not be tried again
    }

private:
    HttpTransport m_transport;
    QList<InstanceSession *> m_sessions;
    int m_listShare = 0;
};

QTEST_MAIN(TestSavedState)
#include "tst_savedstate.moc"
