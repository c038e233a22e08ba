// SPDX-License-Identifier: MIT
// The window in Chinese, as a DBA in zh_CN sees it: the OMS console's words for statuses,
// alarm levels, steps and project types, with the API's code in the tooltip; Qt's own
// buttons translated too. Saves zh_CN.png to $OMSDASH_TEST_SHOTS when set.
#include "delegates.h"
#include "freshsettings.h"
#include "demo.h"
#include "keyedtablemodel.h"
#include "statuspalette.h"
#include "httptransport.h"
#include "instancesession.h"
#include "mainwindow.h"
#include "overviewmodel.h"
#include "projectcountsbar.h"
#include "projectdetailpane.h"
#include "projectlistmodel.h"
#include "projecttableview.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QImage>
#include <QLibraryInfo>
#include <QPainter>
#include <QPushButton>
#include <QTest>
#include <QTranslator>

using namespace omsdash;

class TestChinese : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        useFreshSettings();
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        // As main() does: English plurals behind, Qt's catalogue, then omsdash's.
        QVERIFY(m_plurals.load(QStringLiteral(OMSDASH_EN_QM)));
        QCoreApplication::installTranslator(&m_plurals);
        QVERIFY(m_qt.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
        QCoreApplication::installTranslator(&m_qt);
        QVERIFY(m_zh.load(QStringLiteral(OMSDASH_ZH_QM)));
        QCoreApplication::installTranslator(&m_zh);

        QString error;
        m_demo.playIncidents(false);
        QVERIFY2(m_demo.start(&error), qPrintable(error));
        for (InstanceConfig cfg : m_demo.instances())
            m_sessions << new InstanceSession(cfg, &m_transport, this);
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

    void consoleWordsWithTheCodeInTheTooltip()
    {
        ProjectTableView *table = m_window->projectTable();
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() >= 15, 10000);
        const QAbstractItemModel *model = table->model();
        const int status = OverviewModel::FirstProjectColumn + ProjectListModel::StatusColumn;
        const int alarm = OverviewModel::FirstProjectColumn + ProjectListModel::AlarmLevelColumn;
        const int step = OverviewModel::FirstProjectColumn + ProjectListModel::CurrentStepColumn;
        const int type = OverviewModel::FirstProjectColumn + ProjectListModel::TypeColumn;
        QCOMPARE(model->headerData(status, Qt::Horizontal).toString(), QStringLiteral("状态"));
        // The worst first: the failed schema migration.
        const QModelIndex top = model->index(0, status);
        QCOMPARE(top.data().toString(), QStringLiteral("失败"));
        QCOMPARE(top.data(StatusRole).toString(), QStringLiteral("FAILED"));
        QVERIFY(top.data(Qt::ToolTipRole).toString().contains(QStringLiteral("FAILED")));
        QCOMPARE(model->index(0, alarm).data().toString(), QStringLiteral("高"));
        QCOMPARE(model->index(0, alarm).data(Qt::ToolTipRole).toString(), QStringLiteral("HIGH"));
        QCOMPARE(model->index(0, step).data().toString(), QStringLiteral("结构迁移"));
        QCOMPARE(model->index(0, step).data(Qt::ToolTipRole).toString(), QStringLiteral("STRUCT_TRANSFER"));
        QCOMPARE(model->index(0, type).data().toString(), QStringLiteral("数据迁移"));

        // The counts and the header say the same words.
        QTRY_VERIFY(m_window->projectCounts()->text().contains(QStringLiteral("1 失败")));
        QVERIFY(m_window->projectCounts()->text().contains(QStringLiteral("个项目")));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->detailPane()->headerText().contains(QStringLiteral("告警 高")), 10000);
        QVERIFY(m_window->detailPane()->headerText().contains(QStringLiteral("失败")));
        QVERIFY(m_window->detailPane()->headerText().contains(QStringLiteral("结构迁移")));
        // The status bar's sentences, made in models/ (statustext), in Chinese too.
        QTRY_VERIFY2(m_window->statusText().contains(QStringLiteral("最近一次成功轮询")), qPrintable(m_window->statusText()));

        if (qEnvironmentVariableIsSet("OMSDASH_TEST_SHOTS")) {
            QTest::qWait(500);
            m_window->grab().save(qEnvironmentVariable("OMSDASH_TEST_SHOTS") + QStringLiteral("/zh_CN.png"));
        }
    }

    void alarmBadgesKeepTheirColourUnderTheWord()
    {
        // The badge is coloured by the raw level, not the word: 高 is red as HIGH is.
        const QAbstractItemModel *model = m_window->projectTable()->model();
        const int alarm = OverviewModel::FirstProjectColumn + ProjectListModel::AlarmLevelColumn;
        const QModelIndex high = model->index(0, alarm);
        QCOMPARE(high.data().toString(), QStringLiteral("高"));
        BadgeDelegate delegate(true);
        QImage image(120, 24, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        QStyleOptionViewItem option;
        option.rect = image.rect();
        option.font = QApplication::font();
        option.palette = QApplication::palette();
        delegate.paint(&painter, option, high);
        painter.end();
        const auto pixelsOf = [&image](const QColor &color) {
            int n = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    n += image.pixelColor(x, y) == color ? 1 : 0;
            return n;
        };
        QVERIFY(pixelsOf(palette::alarmLevelColor(QStringLiteral("HIGH"))) > 50);
        QCOMPARE(pixelsOf(palette::alarmLevelColor(QStringLiteral("高"))), 0); // the unknown level's colour
    }

    void qtsOwnButtonsAreChineseToo()
    {
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("取消"));
    }

private:
    QTranslator m_plurals, m_qt, m_zh;
    DemoEnvironment m_demo;
    HttpTransport m_transport;
    QList<InstanceSession *> m_sessions;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestChinese)
#include "tst_chinese.moc"
