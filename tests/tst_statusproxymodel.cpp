// SPDX-License-Identifier: MIT
// StatusProxyModel under QAbstractItemModelTester through merges, removals, filters, sorts and
// stale marks: failed rows and inconsistent tables tinted red, stale rows grey italic, and the
// tint follows a row when its status changes.
#include "derived.h"
#include "keyedtablemodel.h"
#include "projectlistmodel.h"
#include "statuspalette.h"
#include "statusproxymodel.h"
#include "tableprogressmodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBrush>
#include <QFont>
#include <QHeaderView>
#include <QTableView>
#include <QTest>

using namespace omsdash;

namespace {
ProjectSummary project(const QString &id, const QString &status, const QString &alarm = QStringLiteral("LOW"))
{
    ProjectSummary p;
    p.id = id;
    p.name = QStringLiteral("project ") + id;
    p.status = status;
    p.alarmLevel = alarm;
    return p;
}

int rowOf(const QAbstractItemModel &model, const QString &id)
{
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, 0).data(ProjectListModel::ProjectIdRole).toString() == id)
            return r;
    }
    return -1;
}

bool tinted(const QAbstractItemModel &model, int row)
{
    return model.index(row, 1).data(Qt::BackgroundRole).value<QBrush>().color()
        == palette::tint(palette::statusColor(QStringLiteral("FAILED")));
}
} // namespace

class TestStatusProxyModel : public QObject
{
    Q_OBJECT

private slots:
    void projectsThroughPollsFiltersAndSorts()
    {
        ProjectListModel model;
        StatusProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setTieBreak(&ProjectListModel::rowWorseFirst);
        proxy.sort(ProjectListModel::StatusColumn, Qt::DescendingOrder);

        QList<ProjectSummary> rows;
        for (int i = 0; i < 40; ++i)
            rows << project(QStringLiteral("p%1").arg(i, 2, 10, QLatin1Char('0')),
                            i % 7 == 0 ? QStringLiteral("FAILED") : QStringLiteral("RUNNING"),
                            i % 3 == 0 ? QStringLiteral("HIGH") : QStringLiteral("LOW"));
        model.merge(rows);
        QCOMPARE(proxy.rowCount(), 40);
        for (int r = 0; r < proxy.rowCount(); ++r) {
            const bool failed = proxy.index(r, ProjectListModel::StatusColumn).data(RawValueRole).toString()
                == QLatin1String("FAILED");
            QCOMPARE(tinted(proxy, r), failed);
        }
        QVERIFY(tinted(proxy, 0)); // worst first

        // A failed project recovers, a running one fails: the tint follows them.
        rows[0].status = QStringLiteral("RUNNING");
        rows[1].status = QStringLiteral("FAILED");
        model.merge(rows);
        QVERIFY(!tinted(proxy, rowOf(proxy, QStringLiteral("p00"))));
        QVERIFY(tinted(proxy, rowOf(proxy, QStringLiteral("p01"))));

        // Rows gone from the list, a filter, its clearing, another sort: the tester checks
        // every signal; the tint stays with its row.
        model.merge(rows.mid(0, 25));
        QCOMPARE(proxy.rowCount(), 25);
        proxy.setFilterText(QStringLiteral("HIGH"));
        QVERIFY(proxy.rowCount() > 0 && proxy.rowCount() < 25);
        proxy.setFilterText(QString());
        QCOMPARE(proxy.rowCount(), 25);
        proxy.sort(ProjectListModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data(ProjectListModel::ProjectIdRole).toString(), QStringLiteral("p00"));
        QVERIFY(tinted(proxy, rowOf(proxy, QStringLiteral("p01"))));
        QVERIFY(tinted(proxy, rowOf(proxy, QStringLiteral("p14"))));
        QVERIFY(!tinted(proxy, rowOf(proxy, QStringLiteral("p02"))));

        // Stale after a failed poll: grey italic everywhere; fresh again after the next.
        const QModelIndex cell = proxy.index(3, ProjectListModel::NameColumn);
        QVERIFY(!cell.data(Qt::FontRole).value<QFont>().italic());
        model.setStale(true);
        QVERIFY(cell.data(Qt::FontRole).value<QFont>().italic());
        QCOMPARE(cell.data(Qt::ForegroundRole).value<QBrush>().color(), palette::staleText());
        model.setStale(false); // as the session does after the next good poll
        QVERIFY(!cell.data(Qt::FontRole).value<QFont>().italic());
        QVERIFY(!cell.data(Qt::ForegroundRole).isValid());

        model.merge({});
        QCOMPARE(proxy.rowCount(), 0);
    }

    void inconsistentTablesThroughTheAlertRole()
    {
        TableProgressModel model;
        StatusProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setAlertRole(TableProgressModel::InconsistentRole);
        QList<TableProgress> tables;
        for (int i = 0; i < 12; ++i) {
            TableProgress t;
            t.sourceSchema = t.destSchema = QStringLiteral("shop");
            t.sourceTable = t.destTable = QStringLiteral("t%1").arg(i, 2, 10, QLatin1Char('0'));
            t.status = QStringLiteral("RUNNING");
            t.progress = i * 8.0;
            t.resultType = i == 4 ? QStringLiteral("INCONSISTENT") : QStringLiteral("CONSISTENT");
            if (i == 4)
                t.mismatchedCount = 3;
            tables << t;
        }
        model.merge(tables);
        proxy.sort(0, Qt::AscendingOrder);
        int red = 0;
        for (int r = 0; r < proxy.rowCount(); ++r)
            red += tinted(proxy, r) ? 1 : 0;
        QCOMPARE(red, 1);
        QVERIFY(proxy.index(4, 0).data().toString().contains(QLatin1String("t04")));
        QVERIFY(tinted(proxy, 4));

        // Without the alert role only status decides: nothing is red.
        proxy.setAlertRole(0);
        QVERIFY(!tinted(proxy, 4));
    }
    /// A table view over the proxy keeps its current row and selection on the same table
    /// through a sort, a filter (one layout change that also changes the row count), its
    /// clearing and a poll adding tables in many places; its rows are always the proxy's.
    void aViewKeepsItsRowThroughLayoutChanges()
    {
        TableProgressModel model;
        StatusProxyModel proxy;
        proxy.setSourceModel(&model);
        QTableView view;
        view.setModel(&proxy);
        view.setSelectionBehavior(QAbstractItemView::SelectRows);
        QList<TableProgress> tables;
        for (int i = 0; i < 300; ++i) {
            TableProgress t;
            t.sourceSchema = t.destSchema = QStringLiteral("shop");
            t.sourceTable = t.destTable = QStringLiteral("t%1").arg((i * 7) % 300, 3, 10, QLatin1Char('0'));
            t.progress = double(i % 100);
            tables << t;
        }
        model.merge(tables);
        proxy.sort(TableProgressModel::ProgressColumn, Qt::DescendingOrder);
        const QString key = QStringLiteral("shop.t105>shop.t105");
        const QModelIndex start = proxy.mapFromSource(model.index(model.rowOf(key), 0));
        view.selectionModel()->setCurrentIndex(start, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const auto currentKey = [&view] { return view.selectionModel()->currentIndex().data(KeyRole).toString(); };
        const auto rowsAgree = [&] {
            return view.verticalHeader()->count() == proxy.rowCount() && view.model()->rowCount() == proxy.rowCount();
        };

        proxy.sort(TableProgressModel::SourceColumn, Qt::AscendingOrder);
        QCOMPARE(currentKey(), key);
        QCOMPARE(view.selectionModel()->selectedRows().size(), 1);
        QCOMPARE(view.selectionModel()->selectedRows().first().data(KeyRole).toString(), key);
        proxy.setFilterText(QStringLiteral("t10"));
        QCOMPARE(proxy.rowCount(), 10); // t100 to t109
        QVERIFY(rowsAgree());
        QCOMPARE(currentKey(), key);
        proxy.setFilterText(QStringLiteral("t2"));
        QVERIFY(rowsAgree());
        QVERIFY(!view.selectionModel()->currentIndex().isValid()); // filtered out
        proxy.setFilterText({});
        QCOMPARE(proxy.rowCount(), 300);
        QVERIFY(rowsAgree());

        view.selectionModel()->setCurrentIndex(proxy.mapFromSource(model.index(model.rowOf(key), 0)),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        for (int i = 0; i < 30; ++i) {
            TableProgress t = tables.at(i * 10);
            t.destTable += QStringLiteral("_new");
            tables << t;
        }
        model.merge(tables);
        QCOMPARE(proxy.rowCount(), 330);
        QVERIFY(rowsAgree());
        QCOMPARE(currentKey(), key);
        QCOMPARE(view.selectionModel()->selectedRows().size(), 1);
    }
};

QTEST_MAIN(TestStatusProxyModel)
#include "tst_statusproxymodel.moc"
