// SPDX-License-Identifier: MIT
// The main window on the simulator: projects, the selected project's timeline, charts with
// baselines, per-table rows, instance switching, and a screenshot.
#include "componentsview.h"
#include "freshsettings.h"
#include "englishplurals.h"
#include "demo.h"
#include "format.h"
#include "historystore.h"
#include "httptransport.h"
#include "instancesession.h"
#include "mainwindow.h"
#include "projectcountsbar.h"
#include "metricchart.h"
#include "overviewmodel.h"
#include "projectdetailpane.h"
#include "projectchartspanel.h"
#include "metrichistory.h"
#include "projectlistmodel.h"
#include "projecttableview.h"
#include "simulatorserver.h"
#include "statuspalette.h"
#include "statusproxymodel.h"
#include "steplistmodel.h"
#include "steptimeline.h"
#include "tableprogressmodel.h"
#include "tableprogressview.h"
#include "picture.h"
#include "reportdialog.h"
#include "timerangedialog.h"
#include "timewindow.h"
#include "wallview.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QDateTimeEdit>
#include <QImage>
#include <QListView>
#include <QPainter>
#include <QTimer>
#include <QWheelEvent>
#include <QTableView>
#include <QTemporaryDir>
#include <QHeaderView>
#include <QTest>

using namespace omsdash;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        useFreshSettings();
        QVERIFY(installEnglishPlurals());
        QString error;
        m_demo.playIncidents(false); // the story as it is, whatever the time the test takes
        QVERIFY2(m_demo.start(&error), qPrintable(error));
        QVERIFY2(m_history.open(QStringLiteral(":memory:"), &error), qPrintable(error)); // as --demo does
        for (InstanceConfig cfg : m_demo.instances()) {
            cfg.detailIntervalMs = 300; // samples for the charts, quickly
            cfg.tablesIntervalMs = 2000;
            m_sessions << new InstanceSession(cfg, &m_transport, this);
            m_sessions.last()->setHistoryStore(&m_history);
        }
        m_window = std::make_unique<MainWindow>(m_sessions, &m_transport);
        m_window->resize(1500, 950);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        for (InstanceSession *s : std::as_const(m_sessions))
            s->start();
    }

    void cleanupTestCase()
    {
        m_window.reset();
        qDeleteAll(m_sessions);
    }

    void overviewOfAllInstancesByDefault()
    {
        QVERIFY(m_window->isOverview());
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("All instances")));
        ProjectTableView *table = m_window->projectTable();
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 8 + 2 + 3 + 2, 10000); // the DRS instance lists its two jobs
        QCOMPARE(table->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Instance"));
        const QModelIndex top = table->model()->index(0, OverviewModel::FirstProjectColumn + ProjectListModel::StatusColumn);
        QCOMPARE(top.data().toString(), QStringLiteral("FAILED"));
        // The worst project is selected and shown; only its instance polls detail.
        QTRY_VERIFY_WITH_TIMEOUT(m_window->currentSession() == m_sessions.at(0), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->detailPane()->timeline()->model()->rowCount(), 8, 10000);
        QVERIFY(m_sessions.at(0)->isOnScreen());
        QVERIFY(!m_sessions.at(1)->isOnScreen());
        QVERIFY(!m_sessions.at(2)->isOnScreen());

        // Selecting a row of another instance moves the detail and the detail polling there.
        QVERIFY(m_window->selectProject(QStringLiteral("p_3a1b2c")));
        QCOMPARE(m_window->currentSession(), m_sessions.at(1));
        QVERIFY(m_sessions.at(1)->isOnScreen());
        QVERIFY(!m_sessions.at(0)->isOnScreen());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->detailPane()->headerText().contains(QStringLiteral("CONNECTOR_INCR_SYNC")), 10000);
        // OMS 3.3 gives no steps and no source and sink: said, not left blank.
        QCOMPARE(m_window->detailPane()->timeline()->model()->rowCount(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_sessions.at(1)->steps()->emptyReason().contains(QStringLiteral("OMS 3.3 API reports no steps")),
                                 10000); // once its detail came without steps
        const int routeRow = m_sessions.at(1)->projects()->rowOf(QStringLiteral("p_3a1b2c"));
        QVERIFY(m_sessions.at(1)->projects()->index(routeRow, ProjectListModel::RouteColumn).data(Qt::ToolTipRole)
                    .toString().contains(QStringLiteral("did not give this project's source and sink")));
        // The staging instance answers over HTTPS with its pinned self-signed certificate.
        QVERIFY(m_sessions.at(2)->config().baseUrl.scheme() == QLatin1String("https"));
        QVERIFY(m_window->selectProject(QStringLiteral("np_9a1b2c")));
        QCOMPARE(m_window->currentSession(), m_sessions.at(2));
        QVERIFY(!m_sessions.at(2)->lastError().isError());
        // An edition without DescribeProjectComponents: no Components tab, no error.
        QTRY_VERIFY_WITH_TIMEOUT(m_sessions.at(2)->hasDetail(), 10000);
        QTabWidget *tabs = m_window->detailPane()->tabs();
        QVERIFY(!tabs->isTabVisible(tabs->indexOf(m_window->detailPane()->componentsView())));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->statusText().contains(QStringLiteral("4 of 4 answering")), 10000);
        m_window->setCurrentInstance(0);
        QVERIFY(!m_window->isOverview());
    }

    void showsProjectsWorstFirst()
    {
        ProjectTableView *table = m_window->projectTable();
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 8, 10000);
        // Sorted by status, worst first: the failed project is on top and tinted.
        const QModelIndex top = table->model()->index(0, ProjectListModel::StatusColumn);
        QCOMPARE(top.data().toString(), QStringLiteral("FAILED"));
        QVERIFY(top.data(Qt::BackgroundRole).isValid());
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("oms-prod")));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->statusText().contains(QStringLiteral("last successful poll")), 10000);
        // The top row is selected so the detail pane is never empty.
        QTRY_COMPARE_WITH_TIMEOUT(table->selectedProjectId(), QStringLiteral("np_7d4f5b"), 10000);

        // The first click on a header gives the useful order: the largest latency first, with
        // the projects that have none ("–") last; then back to worst first.
        QHeaderView *header = table->horizontalHeader();
        const auto click = [header](int column) {
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                              QPoint(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                                     header->height() / 2));
        };
        click(ProjectListModel::LatencyColumn);
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        const QAbstractItemModel *rows = table->model();
        QVERIFY(rows->index(0, ProjectListModel::LatencyColumn).data(SortRole).isValid());
        QVERIFY(!rows->index(rows->rowCount() - 1, ProjectListModel::LatencyColumn).data(SortRole).isValid());
        click(ProjectListModel::AlarmLevelColumn);
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(rows->index(0, ProjectListModel::AlarmLevelColumn).data().toString(), QStringLiteral("HIGH"));
        click(ProjectListModel::StatusColumn);
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(rows->index(0, ProjectListModel::StatusColumn).data().toString(), QStringLiteral("FAILED"));
    }

    /// The counts over the list filter it, and say how many rows are shown of how many.
    void countsOverTheListFilterIt()
    {
        ProjectCountsBar *counts = m_window->projectCounts();
        QTRY_VERIFY_WITH_TIMEOUT(counts->text().contains(QStringLiteral("8 projects")), 10000);
        QVERIFY2(counts->text().contains(QStringLiteral(">1 FAILED<")), qPrintable(counts->text()));
        const int failed = int(std::find_if(counts->facets().cbegin(), counts->facets().cend(),
                                            [](const CountFacet &f) { return f.label == QStringLiteral("1 FAILED"); })
                               - counts->facets().cbegin());
        counts->activateFacet(failed);
        QCOMPARE(m_window->projectTable()->model()->rowCount(), 1);
        QVERIFY2(counts->text().contains(QStringLiteral("1 of 8 shown: FAILED")), qPrintable(counts->text()));
        // The text filter adds to it and is named too; Show all clears both.
        auto *filter = m_window->findChild<QLineEdit *>();
        filter->setText(QStringLiteral("logistics"));
        QTRY_VERIFY(counts->text().contains(QStringLiteral("FAILED, “logistics”")));
        emit counts->linkActivated(QStringLiteral("clear"));
        QVERIFY(filter->text().isEmpty());
        QCOMPARE(m_window->projectTable()->model()->rowCount(), 8);
        QTRY_VERIFY(counts->text().contains(QStringLiteral("8 projects")));
        // A second click on the same count shows all again.
        counts->activateFacet(failed);
        QCOMPARE(m_window->projectTable()->model()->rowCount(), 1);
        counts->activateFacet(failed);
        QCOMPARE(m_window->projectTable()->model()->rowCount(), 8);
    }

    void failedProjectShowsItsErrorInTheTimeline()
    {
        StepTimelineView *timeline = m_window->detailPane()->timeline();
        QTRY_COMPARE_WITH_TIMEOUT(timeline->model() ? timeline->model()->rowCount() : 0, 8, 10000);
        const QModelIndex schema = timeline->model()->index(1, 0);
        QCOMPARE(schema.data(StatusRole).toString(), QStringLiteral("FAILED"));
        QVERIFY(schema.data(StepListModel::IsCurrentRole).toBool());
        QVERIFY(!schema.data(StepListModel::ErrorCodeRole).toString().isEmpty());
        QVERIFY(m_window->detailPane()->headerText().contains(QStringLiteral("STRUCT_TRANSFER")));
        // No rates in schema migration: the chart says so instead of drawing nothing.
        QVERIFY(m_window->detailPane()->charts().first()->isShowingEmptyText());
    }

    void filterBox()
    {
        auto *proxy = m_window->projectTable()->proxy();
        proxy->setFilterText(QStringLiteral("支付"));
        QCOMPARE(proxy->rowCount(), 1);
        proxy->setFilterText(QStringLiteral("running"));
        QCOMPARE(proxy->rowCount(), 4);
        proxy->setFilterText(QString());
        QCOMPARE(proxy->rowCount(), 8);
    }

    void runningMigrationChartsWithBaselines()
    {
        QVERIFY(m_window->projectTable()->selectProject(QStringLiteral("np_7a1c2e")));
        MetricChart *rps = m_window->detailPane()->charts().first();
        QTRY_VERIFY_WITH_TIMEOUT(!rps->isShowingEmptyText(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(rps->drawnPointCounts().at(0) >= 3, 10000); // source RPS line
        const QList<int> counts = rps->drawnPointCounts();
        QCOMPARE(counts.at(2), 2); // baseline: a two-point dashed line
        QVERIFY2(rps->legendTexts().at(2).contains(QStringLiteral("55k")), qPrintable(rps->legendTexts().join(u',')));
        QVERIFY(m_window->detailPane()->headerText().contains(QStringLiteral("FULL_TRANSFER")));
        // Rows move: records done of the total, and when it should end at this pace (the
        // simulator's ~52k records/s over what remains of 1.2 billion: hours, not minutes).
        const QString records = m_window->detailPane()->fullRecordsText();
        QVERIFY2(records.contains(QStringLiteral("of 1,200,000,000 records")) && records.contains(QStringLiteral("ETA "))
                     && records.contains(QStringLiteral("rec/s")) && records.contains(QStringLiteral("confidence")),
                 qPrintable(records));
        QVERIFY2(records.contains(QStringLiteral(" h ")), qPrintable(records));

        // One time range for the four charts: they share their time axis.
        ProjectDetailPane *pane = m_window->detailPane();
        for (const qint64 span : {15 * 60 * 1000LL, 24 * 3600 * 1000LL}) {
            pane->setTimeRangeSpanMs(span);
            QCOMPARE(pane->timeRangeSpanMs(), span);
            const auto shown = pane->charts().first()->shownTimeRange();
            QVERIFY(std::abs(shown.second - shown.first - span) < 1000);
            QVERIFY(std::abs(shown.second - QDateTime::currentMSecsSinceEpoch()) < 5000);
            for (MetricChart *chart : pane->charts()) {
                if (!chart->isShowingEmptyText())
                    QCOMPARE(chart->shownTimeRange(), shown);
            }
        }
        // 15 minutes hold fewer of the backfilled points (90 minutes of them) than 24 hours.
        QTRY_VERIFY_WITH_TIMEOUT(m_window->currentSession()->history()->samples(QStringLiteral("np_7a1c2e")).first().timeMs
                                     < QDateTime::currentMSecsSinceEpoch() - 3600 * 1000LL,
                                 10000);
        // The backfilled points are drawn apart (dotted), with "server history" in the legend.
        pane->setTimeRangeSpanMs(15 * 60 * 1000LL);
        const int recent = rps->drawnPointCounts().at(0) + rps->drawnServerPointCounts().at(0);
        pane->setTimeRangeSpanMs(24 * 3600 * 1000LL);
        const int day = rps->drawnPointCounts().at(0) + rps->drawnServerPointCounts().at(0);
        QVERIFY2(day > recent, qPrintable(QStringLiteral("%1 vs %2").arg(day).arg(recent)));
        QVERIFY(rps->drawnServerPointCounts().at(0) > 0);
        QVERIFY2(rps->legendTexts().contains(QStringLiteral("server history")), qPrintable(rps->legendTexts().join(u',')));
        // Where the steps began: FULL_TRANSFER and those before it, within the day.
        QVERIFY2(rps->stepMarkerTexts().join(u',').contains(QStringLiteral("FULL_TRANSFER · ")),
                 qPrintable(rps->stepMarkerTexts().join(u',')));
        pane->setTimeRangeSpanMs(3600 * 1000LL);
    }

    void chartsZoomAndPanTogether()
    {
        QVERIFY(m_window->projectTable()->selectProject(QStringLiteral("np_7a1c2e")));
        ProjectDetailPane *pane = m_window->detailPane();
        pane->tabs()->setCurrentIndex(0);
        MetricChart *rps = pane->charts().at(0);
        MetricChart *rt = pane->charts().at(1);
        QTRY_VERIFY_WITH_TIMEOUT(!rps->isShowingEmptyText() && !rt->isShowingEmptyText(), 10000);
        const auto sameEverywhere = [pane](std::pair<qint64, qint64> shown) {
            for (MetricChart *chart : pane->charts()) {
                if (!chart->isShowingEmptyText() && chart->shownTimeRange() != shown)
                    return false;
            }
            return true;
        };

        // The wheel over one chart zooms all four.
        QWidget *vp = rps->plotViewport();
        const QPoint at(rps->viewportXOfTime(rps->shownTimeRange().first + 1800 * 1000LL), vp->height() / 2);
        QWheelEvent wheel(at, vp->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(vp, &wheel);
        QVERIFY(pane->timeWindow()->isFixed());
        const auto zoomed = rt->shownTimeRange();
        QVERIFY2(std::abs(zoomed.second - zoomed.first - 2880 * 1000LL) < 1000,
                 qPrintable(QString::number(zoomed.second - zoomed.first)));
        QVERIFY(sameEverywhere(zoomed));
        QVERIFY2(pane->rangeNoteText().startsWith(QStringLiteral("Showing ")), qPrintable(pane->rangeNoteText()));
        // A zoomed range stays put while samples keep arriving.
        const int before = int(m_sessions.first()->history()->samples(QStringLiteral("np_7a1c2e")).size());
        QTRY_VERIFY_WITH_TIMEOUT(m_sessions.first()->history()->samples(QStringLiteral("np_7a1c2e")).size() > before, 5000);
        QCOMPARE(rt->shownTimeRange(), zoomed);

        // A double-click on another chart returns all four to the hour chosen in the list.
        QWidget *rtViewport = rt->plotViewport();
        QTest::mouseDClick(rtViewport, Qt::LeftButton, Qt::NoModifier,
                           QPoint(rt->viewportXOfTime(zoomed.first + 60000), rtViewport->height() / 2));
        QVERIFY(!pane->timeWindow()->isFixed());
        const auto hour = rps->shownTimeRange();
        QVERIFY(std::abs(hour.second - hour.first - 3600 * 1000LL) < 1000);
        QVERIFY(sameEverywhere(hour));

        // Hovering one chart draws the line in the others too, with the values in its own.
        const QPoint middle((rps->viewportXOfTime(hour.first) + rps->viewportXOfTime(hour.second)) / 2, vp->height() / 2);
        QMouseEvent move(QEvent::MouseMove, middle, vp->mapToGlobal(middle), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(vp, &move);
        QVERIFY(rps->isCrosshairVisible() && rt->isCrosshairVisible());
        // Time, source, destination, and the two baselines at the value their dashed lines show
        // (the server's history has no baselines: only polled samples do).
        const QStringList text = rps->crosshairText();
        QCOMPARE(text.size(), 5);
        QVERIFY2(text.at(3) == QStringLiteral("Src baseline: 55k records/s"), qPrintable(text.join(u'|')));
        QVERIFY(rt->crosshairText().isEmpty());
        QEvent leave(QEvent::Leave);
        QApplication::sendEvent(vp->parentWidget(), &leave);
        QVERIFY(!rps->isCrosshairVisible() && !rt->isCrosshairVisible());

        // A custom range from the dialog: two hours ending an hour ago.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 from = (now - 3 * 3600 * 1000LL) / 1000 * 1000;
        const qint64 to = (now - 3600 * 1000LL) / 1000 * 1000;
        QTimer::singleShot(0, this, [from, to] {
            auto *dialog = qobject_cast<TimeRangeDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->fromEdit()->setDateTime(QDateTime::fromMSecsSinceEpoch(from));
            dialog->toEdit()->setDateTime(QDateTime::fromMSecsSinceEpoch(to));
            dialog->accept();
        });
        pane->chooseCustomRange();
        QCOMPARE(rps->shownTimeRange(), std::make_pair(from, to));
        QVERIFY(sameEverywhere({from, to}));
        pane->setTimeRangeSpanMs(3600 * 1000LL);
        QVERIFY(!pane->timeWindow()->isFixed());
    }

    void perTableRowsOfVerification()
    {
        QVERIFY(m_window->projectTable()->selectProject(QStringLiteral("np_8a7c8e")));
        m_window->detailPane()->tabs()->setCurrentIndex(1);
        QTableView *tables = m_window->detailPane()->tableView()->tableView();
        QTRY_COMPARE_WITH_TIMEOUT(tables->model()->rowCount(), 320, 10000);
        QVERIFY(!tables->isColumnHidden(TableProgressModel::ResultTypeColumn));
        QVERIFY(m_window->detailPane()->tableView()->summaryText().contains(QStringLiteral("320 tables")));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->detailPane()->latencyText().contains(QStringLiteral("server sample")), 10000);
        // "Open in OMS console": by default the instance's own URL, where its console is.
        QCOMPARE(m_window->detailPane()->consoleUrl(), m_window->currentSession()->config().baseUrl.adjusted(QUrl::StripTrailingSlash));
        // OMS 4 enterprise answers DescribeProjectComponents: the tab shows them.
        QTabWidget *tabs = m_window->detailPane()->tabs();
        ComponentsView *components = m_window->detailPane()->componentsView();
        QTRY_VERIFY_WITH_TIMEOUT(tabs->isTabVisible(tabs->indexOf(components)), 10000);
        QCOMPARE(components->model()->rowCount(), 4);
        if (qEnvironmentVariableIsSet("OMSDASH_TEST_SHOTS")) {
            tabs->setCurrentWidget(components);
            QCoreApplication::processEvents();
            m_window->grab().save(qEnvironmentVariable("OMSDASH_TEST_SHOTS") + QStringLiteral("/components.png"));
            tabs->setCurrentIndex(0);
        }
    }

    void switchToDrsInstance()
    {
        m_window->setCurrentInstance(3);
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("drs")));
        // No job IDs configured: the instance lists its jobs, by name, engine and type, with
        // their statuses as words and the code in the tooltip.
        ProjectTableView *table = m_window->projectTable();
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 2, 10000);
        const sim::Scenario scenario(sim::Scenario::Slice::Drs); // for the jobs' IDs
        QVERIFY(table->selectProject(scenario.drsJobId()));
        const QAbstractItemModel *rows = table->model();
        const int migration = table->currentIndex().row();
        QCOMPARE(rows->index(migration, ProjectListModel::NameColumn).data().toString(), QStringLiteral("orders-to-rds"));
        QCOMPARE(rows->index(migration, ProjectListModel::TypeColumn).data().toString(), QStringLiteral("MIGRATION"));
        QCOMPARE(rows->index(migration, ProjectListModel::RouteColumn).data().toString(), QStringLiteral("MYSQL → MYSQL"));
        QCOMPARE(rows->index(migration, ProjectListModel::StatusColumn).data().toString(), QStringLiteral("Full migration"));
        QVERIFY(rows->index(migration, ProjectListModel::StatusColumn).data(Qt::ToolTipRole).toString()
                    .contains(QStringLiteral("FULL_TRANSFER_STARTED")));
        // Its incremental phase has not begun: "–", not 0 s.
        QCOMPARE(rows->index(migration, ProjectListModel::LatencyColumn).data().toString(), fmt::dash());
        QTableView *tables = m_window->detailPane()->tableView()->tableView();
        QTRY_COMPARE_WITH_TIMEOUT(tables->model()->rowCount(), 2500, 10000);
        QVERIFY(tables->isColumnHidden(TableProgressModel::ResultTypeColumn)); // DRS has no verification
        QTRY_VERIFY_WITH_TIMEOUT(m_window->detailPane()->fullRecordsText().contains(QStringLiteral("remaining_time")), 10000);
        QVERIFY(!m_window->detailPane()->consoleUrl().isValid()); // DRS: none unless configured

        // The synchronization job: in incremental synchronization since its full phase ended,
        // its latency the service's, its rates charted from monitor-data.
        QVERIFY(table->selectProject(scenario.drsSyncJobId()));
        const int sync = table->currentIndex().row();
        QCOMPARE(rows->index(sync, ProjectListModel::StatusColumn).data().toString(), QStringLiteral("Incremental synchronization"));
        QCOMPARE(rows->index(sync, ProjectListModel::RouteColumn).data().toString(), QStringLiteral("ORACLE → GAUSSDBV5"));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->detailPane()->latencyText().contains(QStringLiteral("reported by the service")), 10000);
        StepTimelineView *timeline = m_window->detailPane()->timeline();
        QTRY_COMPARE_WITH_TIMEOUT(timeline->model() ? timeline->model()->rowCount() : 0, 4, 10000);
        const QModelIndex incremental = timeline->model()->index(3, 0);
        QCOMPARE(incremental.data(StatusRole).toString(), QStringLiteral("RUNNING"));
        QVERIFY(incremental.data(StepListModel::IsCurrentRole).toBool());
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->detailPane()->charts().first()->isShowingEmptyText(), 10000);
        m_window->setCurrentInstance(0);
        QCOMPARE(m_window->projectTable()->selectedProjectId(), QStringLiteral("np_8a7c8e")); // kept
    }

    void switchingInstancesRedrawsOncePerSample()
    {
        // The detail pane followed every session it was switched to: each new sample
        // redrew the charts once per switch. One redraw per sample, however many switches.
        for (int round = 0; round < 3; ++round) {
            for (int i = 0; i < int(m_sessions.size()); ++i)
                m_window->setCurrentInstance(i);
        }
        m_window->setCurrentInstance(0);
        InstanceSession *s = m_window->currentSession();
        QVERIFY(s);
        QTRY_VERIFY_WITH_TIMEOUT(!s->selectedProject().isEmpty(), 10000);
        ProjectChartsPanel *panel = m_window->detailPane()->chartsPanel();
        const int before = panel->redrawCount();
        MetricSample sample;
        sample.timeMs = QDateTime::currentMSecsSinceEpoch();
        sample.srcRps = 1;
        s->history()->append(s->selectedProject(), sample);
        QCOMPARE(panel->redrawCount(), before + 1);
        m_sessions.at(1)->history()->append(m_sessions.at(1)->selectedProject().isEmpty()
                                                ? QStringLiteral("p_3a1b2c")
                                                : m_sessions.at(1)->selectedProject(),
                                            sample);
        QCOMPARE(panel->redrawCount(), before + 1); // not on screen
    }

    void screenshot()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shot.png"));
        QString error;
        QVERIFY2(m_window->saveScreenshot(path, &error), qPrintable(error));
        const QImage image(path);
        QCOMPARE(image.size(), m_window->size() * m_window->devicePixelRatio());
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 20); // not a blank window
        QVERIFY(!m_window->saveScreenshot(QStringLiteral("/dev/null/dir/x.png"), &error));
        QVERIFY(error.contains(QStringLiteral("/dev/null/dir/x.png")));
    }

    void picturesOfThePanelAndOfOneChart()
    {
        QVERIFY(m_window->projectTable()->selectProject(QStringLiteral("np_7a1c2e")));
        ProjectDetailPane *pane = m_window->detailPane();
        pane->tabs()->setCurrentIndex(0);
        QTRY_VERIFY_WITH_TIMEOUT(!pane->charts().first()->isShowingEmptyText(), 10000);
        // Default names carry the instance, the project and the UTC time.
        const QString name = m_window->screenshotName(QStringLiteral("panel"));
        QVERIFY2(QRegularExpression(QStringLiteral("^omsdash_oms-prod-demo_np_7a1c2e_panel_\\d{8}T\\d{6}Z\\.png$"))
                     .match(name)
                     .hasMatch(),
                 qPrintable(name));
        QTemporaryDir dir;
        QString error;
        const QString panel = dir.filePath(name);
        QVERIFY2(m_window->savePanelScreenshot(panel, &error), qPrintable(error));
        QCOMPARE(QImage(panel).size(), pane->size() * pane->devicePixelRatio());
        // One chart: PNG, and SVG with its lines as vectors.
        const QString png = dir.filePath(QStringLiteral("rps.png"));
        const QString svg = dir.filePath(QStringLiteral("rps.svg"));
        QVERIFY2(pane->saveChart(0, png, &error), qPrintable(error));
        QCOMPARE(QImage(png).size(), pane->charts().first()->size() * pane->devicePixelRatio());
        QVERIFY2(pane->saveChart(0, svg, &error), qPrintable(error));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("<svg"));
        QVERIFY(bytes.contains("<title>Records per second (RPS)</title>"));
        QVERIFY(bytes.contains("<polyline")); // the series, not a bitmap of them
        QVERIFY(!pane->saveChart(0, QStringLiteral("/dev/null/dir/x.svg"), &error));
        // The clipboard.
        QApplication::clipboard()->clear();
        picture::copyToClipboard(pane);
        QCOMPARE(QApplication::clipboard()->image().size(), pane->size() * pane->devicePixelRatio());
    }

    void wallModeShowsEveryProjectWorstFirst()
    {
        const int projects = 8 + 2 + 3 + 2; // of all instances, whichever the window shows
        QVERIFY(!m_window->isWallMode());
        const auto shortcuts = m_window->shortcuts();
        QVERIFY(std::any_of(shortcuts.cbegin(), shortcuts.cend(), [](const auto &s) {
            return s.first == QKeySequence(Qt::Key_F11).toString(QKeySequence::NativeText) && s.second == QLatin1String("Wall");
        }));
        m_window->setWallMode(true);
        WallView *wall = m_window->wall();
        QVERIFY(m_window->isWallMode());
        QVERIFY(wall->windowState() & Qt::WindowFullScreen);
        QVERIFY(QTest::qWaitForWindowExposed(wall));

        // Every instance's projects, worst first: the failed one leads, no tile is worse than
        // the one before it, whichever instance is shown in the window.
        const QAbstractItemModel *tiles = wall->tiles();
        QTRY_COMPARE_WITH_TIMEOUT(tiles->rowCount(), projects, 10000);
        const int status = OverviewModel::FirstProjectColumn + ProjectListModel::StatusColumn;
        QCOMPARE(tiles->index(0, status).data(StatusRole).toString(), QStringLiteral("FAILED"));
        // Failed in schema migration: its tile shows the schema's progress, as the list does.
        QCOMPARE(tiles->index(0, 0).data(ProjectListModel::CurrentStepProgressRole),
                 tiles->index(0, OverviewModel::FirstProjectColumn + ProjectListModel::SchemaProgressColumn).data(ProgressRole));
        for (int r = 1; r < tiles->rowCount(); ++r)
            QVERIFY(!ProjectListModel::rowWorseFirst(tiles->index(r, status), tiles->index(r - 1, status)));
        QVERIFY2(wall->countsText().startsWith(QStringLiteral("15 projects")), qPrintable(wall->countsText()));
        QVERIFY(wall->countsText().contains(QStringLiteral("1 FAILED")));

        // A tile painted: its band in the status colour, its text larger than the desktop's.
        const QModelIndex first = wall->tileView()->model()->index(0, wall->tileView()->modelColumn());
        QStyleOptionViewItem option;
        option.font = wall->tileView()->font();
        option.palette = wall->palette();
        option.rect = QRect(QPoint(0, 0), wall->tileView()->itemDelegate()->sizeHint(option, first));
        QImage image(option.rect.size(), QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            wall->tileView()->itemDelegate()->paint(&painter, option, first);
        }
        const QColor band = image.pixelColor(option.rect.left() + 6, option.rect.center().y());
        QCOMPARE(band.name(), palette::statusColor(QStringLiteral("FAILED")).name());
        QVERIFY(wall->tileView()->font().pointSizeF() >= QApplication::font().pointSizeF());

        // Esc leaves the wall.
        QTest::keyClick(wall->tileView(), Qt::Key_Escape);
        QVERIFY(!m_window->isWallMode());

        // Choosing a tile leaves it on that project, in the window.
        m_window->setWallMode(true);
        int row = -1;
        for (int r = 0; r < tiles->rowCount(); ++r) {
            if (tiles->index(r, 0).data(OverviewModel::ProjectIdRole).toString() == QLatin1String("np_8a7c8e"))
                row = r;
        }
        QVERIFY(row >= 0);
        wall->tileView()->setCurrentIndex(wall->tileView()->model()->index(row, wall->tileView()->modelColumn()));
        QTest::keyClick(wall->tileView(), Qt::Key_Return);
        QVERIFY(!m_window->isWallMode());
        QTRY_VERIFY(m_window->currentSession()
                    && m_window->currentSession()->selectedProject() == QLatin1String("np_8a7c8e"));
    }

    void reportFromTheWindow()
    {
        QVERIFY(m_window->projectTable()->selectProject(QStringLiteral("np_8a7c8e")));
        InstanceSession *session = m_window->currentSession();
        // The dialog offers this project or all of its instance, and names the file after them.
        ReportDialog dialog(session->config().name, QStringLiteral("np_8a7c8e"), QStringLiteral("payments verify 支付"));
        QVERIFY(dialog.projectButton()->isChecked());
        QVERIFY(dialog.pathEdit()->text().contains(QStringLiteral("np_8a7c8e_report_")));
        QVERIFY(dialog.pathEdit()->text().endsWith(QStringLiteral(".pdf")));
        dialog.formatBox()->setCurrentIndex(3);
        QVERIFY(dialog.pathEdit()->text().endsWith(QStringLiteral(".json")));
        dialog.allButton()->setChecked(true);
        QVERIFY(!dialog.pathEdit()->text().contains(QStringLiteral("np_8a7c8e")));
        QVERIFY(dialog.options().projects.isEmpty());
        QCOMPARE(dialog.options().format, ReportOptions::Format::Json);

        QTemporaryDir dir;
        QSignalSpy exported(m_window.get(), &MainWindow::reportExported);
        ReportOptions one;
        one.format = ReportOptions::Format::Json;
        one.out = dir.filePath(QStringLiteral("verify.json"));
        one.rangeMs = 3600 * 1000LL;
        one.projects = {QStringLiteral("np_8a7c8e")};
        m_window->exportReport(one);
        m_window->exportReport(one); // one at a time
        QCOMPARE(exported.size(), 1);
        QVERIFY(exported.first().at(1).toString().contains(QStringLiteral("still being collected")));
        QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 2, 20000);
        QVERIFY2(exported.last().at(1).toString().isEmpty(), qPrintable(exported.last().at(1).toString()));
        QFile json(one.out);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonArray projects = QJsonDocument::fromJson(json.readAll())[QStringLiteral("projects")].toArray();
        QCOMPARE(projects.size(), 1);
        QCOMPARE(projects.first()[QStringLiteral("name")].toString(), QStringLiteral("payments verify 支付"));
        QCOMPARE(projects.first()[QStringLiteral("tables")].toArray().size(), 320);

        // Every project of the instance, as PDF.
        ReportOptions all = one;
        all.format = ReportOptions::Format::Pdf;
        all.out = dir.filePath(QStringLiteral("all.pdf"));
        all.projects.clear();
        m_window->exportReport(all);
        QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 3, 30000);
        QVERIFY2(exported.last().at(1).toString().isEmpty(), qPrintable(exported.last().at(1).toString()));
        QFile pdf(all.out);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY(pdf.size() > 50'000);
    }

    void replacingTheInstances()
    {
        // The instances dialog's OK: a new list replaces the old one in place.
        InstanceConfig cfg = m_sessions.at(1)->config();
        cfg.name = QStringLiteral("legacy only");
        InstanceSession fresh(cfg, &m_transport);
        fresh.start();
        m_window->setSessions({&fresh});
        QVERIFY(!m_window->isOverview());
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("legacy only")));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->projectTable()->model()->rowCount(), 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->currentSession() == &fresh && fresh.hasDetail(), 10000);
        m_window->setSessions(m_sessions);
        QVERIFY(m_window->isOverview());
        QTRY_COMPARE_WITH_TIMEOUT(m_window->projectTable()->model()->rowCount(), 15, 10000);
    }

private:
    DemoEnvironment m_demo;
    HistoryStore m_history;
    HttpTransport m_transport;
    QList<InstanceSession *> m_sessions;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
