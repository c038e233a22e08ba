// SPDX-License-Identifier: MIT
// TableProgressModel: thousands of rows merged per poll, summaries, verification columns.
#include "tableprogressmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace omsdash;

namespace {
QList<TableProgress> tables(int count, double progress)
{
    QList<TableProgress> rows;
    for (int i = 0; i < count; ++i) {
        TableProgress t;
        t.sourceSchema = QStringLiteral("src");
        t.sourceTable = QStringLiteral("t%1").arg(i, 4, 10, QLatin1Char('0'));
        t.destSchema = QStringLiteral("dst");
        t.destTable = t.sourceTable;
        t.progress = progress;
        rows << t;
    }
    return rows;
}
} // namespace

class TestTableProgressModel : public QObject
{
    Q_OBJECT

private slots:
    void drsRowsAdvance()
    {
        TableProgressModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.merge(tables(2500, 10));
        QCOMPARE(model.rowCount(), 2500);
        QVERIFY(!model.hasVerificationColumns());
        QCOMPARE(model.averageProgress(), std::optional<double>(10.0));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QList<TableProgress> next = tables(2500, 10);
        for (int i = 0; i < 100; ++i)
            next[i].progress = 100;
        model.merge(next);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 100); // one per changed row
        QCOMPARE(model.finishedCount(), 100);
        QCOMPARE(model.index(0, TableProgressModel::SourceColumn).data().toString(), QStringLiteral("src.t0000"));
        QCOMPARE(model.index(0, TableProgressModel::ProgressColumn).data(ProgressRole).toDouble(), 100.0);

        // When most rows change, one dataChanged covers them.
        changed.clear();
        model.merge(tables(2500, 50));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 0);
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), 2499);

        // Many rows, though not most: one dataChanged over their range too, so a sorting
        // proxy re-sorts once, not once per row.
        changed.clear();
        next = tables(2500, 50);
        for (int i = 10; i < 2500; i += 8) // 312 rows, past maxNarrowChanges()
            next[i].progress = 60;
        QVERIFY(312 > TableProgressModel::maxNarrowChanges());
        model.merge(next);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 10);
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), 2498);
    }

    void verificationResults()
    {
        TableProgressModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<TableProgress> rows = tables(3, 100);
        rows[0].resultType = QStringLiteral("CONSISTENT");
        rows[0].consistentCount = 1000;
        rows[1].resultType = QStringLiteral("INCONSISTENT");
        rows[1].mismatchedCount = 3;
        rows[2].destOnlyCount = 1;
        model.merge(rows);
        QVERIFY(model.hasVerificationColumns());
        QCOMPARE(model.inconsistentCount(), 2);
        QVERIFY(model.index(1, 0).data(TableProgressModel::InconsistentRole).toBool());
        QCOMPARE(model.index(0, TableProgressModel::ConsistentColumn).data().toString(), QStringLiteral("1,000"));
        QCOMPARE(model.index(0, TableProgressModel::ConsistentColumn).data(SortRole).toLongLong(), 1000);
        QCOMPARE(model.index(1, TableProgressModel::ConsistentColumn).data().toString(), QStringLiteral("–"));
    }
};

QTEST_GUILESS_MAIN(TestTableProgressModel)
#include "tst_tableprogressmodel.moc"
