// SPDX-License-Identifier: MIT
// TableProgressModel: thousands of rows merged per poll, summaries, verification columns.
#include "tableprogressmodel.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
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

    /// Through random polls that change rows in place (a few, many, most; progress, status,
    /// results, counts), the summary kept row by row equals the one made from scratch of the
    /// same rows; a wide dataChanged comes with exactly the rows that changed
    /// (changedRowsOfSignal()), and no list at any other time.
    void summaryAndChangedRowsThroughPolls()
    {
        TableProgressModel model;
        QRandomGenerator rng(20261203);
        QList<TableProgress> rows = tables(600, 0);
        model.merge(rows);
        QList<int> said;
        bool wide = false;
        int widePolls = 0;
        connect(&model, &QAbstractItemModel::dataChanged, this, [&](const QModelIndex &from, const QModelIndex &to) {
            const QList<int> *rowsOfSignal = model.changedRowsOfSignal();
            wide = rowsOfSignal != nullptr;
            if (rowsOfSignal) {
                QVERIFY(!rowsOfSignal->isEmpty());
                QCOMPARE(rowsOfSignal->first(), from.row());
                QCOMPARE(rowsOfSignal->last(), to.row());
                said += *rowsOfSignal;
            } else {
                for (int r = from.row(); r <= to.row(); ++r)
                    said << r;
            }
        });
        const char *statuses[] = {"RUNNING", "FINISHED", "FAILED", "ERROR", ""};
        for (int poll = 0; poll < 60; ++poll) {
            const QList<TableProgress> before = rows;
            const int changes = rng.bounded(2) == 0 ? 300 + int(rng.bounded(600)) : int(rng.bounded(40));
            for (int n = 0; n < changes; ++n) {
                TableProgress &t = rows[int(rng.bounded(rows.size()))];
                switch (rng.bounded(5)) {
                case 0:
                    t.progress = rng.bounded(5) ? std::optional<double>(rng.bounded(1001) / 10.0) : std::nullopt;
                    break;
                case 1:
                    t.status = QLatin1String(statuses[rng.bounded(5)]);
                    break;
                case 2:
                    t.resultType = rng.bounded(2) ? QStringLiteral("INCONSISTENT") : QString();
                    break;
                case 3:
                    t.mismatchedCount = rng.bounded(2) ? std::optional<qint64>(rng.bounded(3)) : std::nullopt;
                    break;
                default:
                    t.consistentCount = rng.bounded(2) ? std::optional<qint64>(rng.bounded(1000)) : std::nullopt;
                }
            }
            said.clear();
            wide = false;
            model.merge(rows);
            widePolls += wide ? 1 : 0;
            QVERIFY(!model.changedRowsOfSignal());

            QList<int> changed;
            for (int r = 0; r < rows.size(); ++r) {
                if (!(rows.at(r) == before.at(r)))
                    changed << r;
            }
            if (wide)
                QCOMPARE(said, changed);

            const TableCounts expected = tableCounts(rows);
            QCOMPARE(model.counts().total, expected.total);
            QCOMPARE(model.counts().finished, expected.finished);
            QCOMPARE(model.counts().failed, expected.failed);
            QCOMPARE(model.counts().inconsistent, expected.inconsistent);
            double sum = 0;
            int withProgress = 0;
            bool verification = false;
            for (const TableProgress &t : std::as_const(rows)) {
                if (t.progress) {
                    sum += *t.progress;
                    ++withProgress;
                }
                verification = verification || !t.resultType.isEmpty() || t.consistentCount;
            }
            QCOMPARE(model.averageProgress().has_value(), withProgress > 0);
            if (withProgress)
                QVERIFY(qAbs(*model.averageProgress() - sum / withProgress) < 1e-9);
            QCOMPARE(model.hasVerificationColumns(), verification);
        }
        QVERIFY2(widePolls >= 10, qPrintable(QString::number(widePolls)));

        // A row updated on its own (a fresher sample of one project) is in the summary too.
        TableProgress one = rows.at(7);
        one.progress = one.progress == 100.0 ? 0.0 : 100.0;
        const int finished = model.counts().finished;
        QVERIFY(model.updateRow(one));
        QCOMPARE(model.counts().finished, finished + (one.progress == 100.0 ? 1 : -1));
        rows[7] = one;
        QCOMPARE(model.counts().finished, tableCounts(rows).finished);
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
    /// A poll's dataChanged for a row spans exactly the columns whose text or sort value
    /// changed, field by field; a change no column shows (the message) spans the row.
    void changedCellsSpanTheirColumns()
    {
        TableProgressModel model;
        QList<TableProgress> rows = tables(200, 40);
        for (int i = 0; i < rows.size(); i += 3)
            rows[i].mismatchedCount = 0;
        model.merge(rows);
        const auto cells = [&model](int row) {
            QVariantList out;
            for (int c = 0; c < model.columnCount(); ++c)
                out << model.index(row, c).data() << model.index(row, c).data(SortRole);
            return out;
        };
        QRandomGenerator rng(14);
        for (int round = 0; round < 20; ++round) {
            QList<QVariantList> before;
            for (int r = 0; r < model.rowCount(); ++r)
                before << cells(r);
            for (int n = 0; n < 10; ++n) {
                TableProgress &t = rows[int(rng.bounded(rows.size()))];
                switch (rng.bounded(7)) {
                case 0: t.progress = rng.bounded(2) ? std::optional<double>(rng.bounded(100)) : std::nullopt; break;
                case 1: t.status = rng.bounded(2) ? QStringLiteral("FINISHED") : QStringLiteral("ERROR"); break;
                case 2: t.resultType = QStringLiteral("INCONSISTENT"); break;
                case 3: t.consistentCount = rng.bounded(1000); break;
                case 4: t.destOnlyCount = rng.bounded(5); break;
                case 5: t.message = QStringLiteral("retry %1").arg(round); break;
                default: t.mismatchedCount.reset(); break;
                }
            }
            QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
            model.merge(rows);
            for (const QList<QVariant> &signal : std::as_const(changed)) {
                const QModelIndex from = signal.at(0).toModelIndex();
                const QModelIndex to = signal.at(1).toModelIndex();
                QCOMPARE(from.row(), to.row());
                const QVariantList now = cells(from.row());
                int lo = model.columnCount();
                int hi = -1;
                for (int c = 0; c < model.columnCount(); ++c) {
                    if (now.at(2 * c) != before.at(from.row()).at(2 * c)
                        || now.at(2 * c + 1) != before.at(from.row()).at(2 * c + 1)) {
                        lo = std::min(lo, c);
                        hi = std::max(hi, c);
                    }
                }
                if (hi < 0) { // the message only
                    lo = 0;
                    hi = model.columnCount() - 1;
                }
                QCOMPARE(from.column(), lo);
                QCOMPARE(to.column(), hi);
            }
        }
    }
    /// A poll lists the same tables in the same order (compared by position) or not: the rows,
    /// their keys and rowOf() come out the same either way, and a table that is gone or new
    /// is removed or inserted, not changed in place.
    void samePositionsOrNot()
    {
        TableProgressModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<TableProgress> rows = tables(50, 10);
        model.merge(rows);
        const auto keysInModel = [&model] {
            QStringList keys;
            for (int r = 0; r < model.rowCount(); ++r) {
                keys << model.index(r, 0).data(KeyRole).toString();
                if (model.rowOf(keys.last()) != r)
                    return QStringList{QStringLiteral("rowOf(%1) is %2").arg(keys.last()).arg(model.rowOf(keys.last()))};
            }
            return keys;
        };
        const auto keysOf = [](const QList<TableProgress> &list) {
            QStringList keys;
            for (const TableProgress &t : list)
                keys << t.key();
            return keys;
        };

        // Same order: one row changes in place.
        rows[7].progress = 70;
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.merge(rows);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 7);
        QCOMPARE(model.index(7, TableProgressModel::ProgressColumn).data(ProgressRole).toDouble(), 70.0);
        QCOMPARE(keysInModel(), keysOf(rows));

        // As many rows, one renamed in the middle: removed and appended, not changed.
        changed.clear();
        rows[20].destTable = QStringLiteral("renamed");
        model.merge(rows);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(model.rowCount(), 50);
        QCOMPARE(model.index(49, 0).data(KeyRole).toString(), rows.at(20).key());
        QCOMPARE(model.rowOf(rows.at(20).key()), 49);

        // The same tables listed backwards: the model keeps its order.
        const QStringList before = keysInModel();
        QList<TableProgress> backwards(rows.crbegin(), rows.crend());
        backwards[0].progress = 99;
        removed.clear();
        inserted.clear();
        model.merge(backwards);
        QCOMPARE(keysInModel(), before);
        QCOMPARE(removed.size() + inserted.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(model.rowOf(backwards.at(0).key()), TableProgressModel::ProgressColumn).data(ProgressRole).toDouble(),
                 99.0);

        // Names that differ but make the same key are the same row.
        TableProgress a;
        a.sourceSchema = QStringLiteral("db.x");
        a.sourceTable = QStringLiteral("t");
        a.destSchema = QStringLiteral("d");
        a.destTable = QStringLiteral("t");
        TableProgress b = a;
        b.sourceSchema = QStringLiteral("db");
        b.sourceTable = QStringLiteral("x.t");
        QCOMPARE(a.key(), b.key());
        model.merge({a});
        removed.clear();
        inserted.clear();
        model.merge({b});
        QCOMPARE(removed.size() + inserted.size(), 0);
        QCOMPARE(model.rowAt(0).sourceTable, QStringLiteral("x.t"));
    }

    /// A list that starts with the model's rows in order: those are compared by position and
    /// only the rows after them are keyed and appended; a later row whose key is there already
    /// is ignored, as in any merge. A first fill made in growing slices ends as one made at once.
    void aListThatGrows()
    {
        TableProgressModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<TableProgress> all = tables(60, 10);
        QList<TableProgress> rows = all.first(50);
        model.merge(rows);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

        QList<TableProgress> grown = rows;
        grown[2].progress = 20;
        grown << all.at(50) << all.at(51) << rows.at(3) << all.at(52) << all.at(51);
        grown.last().progress = 99; // a duplicate, ignored: the first one stands
        model.merge(grown);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 2);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 50);
        QCOMPARE(inserted.at(0).at(2).toInt(), 52);
        QCOMPARE(model.rowCount(), 53);
        QCOMPARE(model.index(2, TableProgressModel::ProgressColumn).data(ProgressRole).toDouble(), 20.0);
        for (int r = 0; r < 53; ++r) {
            const TableProgress &expected = r < 50 ? grown.at(r) : all.at(r);
            QVERIFY(model.rowAt(r) == expected);
            QCOMPARE(model.index(r, 0).data(KeyRole).toString(), expected.key());
            QCOMPARE(model.rowOf(expected.key()), r);
        }
        QCOMPARE(model.index(51, TableProgressModel::ProgressColumn).data(ProgressRole).toDouble(), 10.0);

        // The same list again changes nothing; without its tail, the tail goes.
        changed.clear();
        inserted.clear();
        model.merge(grown);
        QCOMPARE(changed.size() + inserted.size() + removed.size(), 0);
        model.merge(grown.first(50));
        QCOMPARE(model.rowCount(), 50);
        QCOMPARE(model.rowOf(all.at(51).key()), -1);

        // A first fill in slices, each a longer start of the same list.
        TableProgressModel sliced;
        TableProgressModel atOnce;
        QAbstractItemModelTester slicedTester(&sliced, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (const int n : {1, 7, 7, 30, 60})
            sliced.merge(all.first(n));
        atOnce.merge(all);
        QCOMPARE(sliced.rowCount(), 60);
        for (int r = 0; r < 60; ++r) {
            QVERIFY(sliced.rowAt(r) == atOnce.rowAt(r));
            QCOMPARE(sliced.index(r, 0).data(KeyRole), atOnce.index(r, 0).data(KeyRole));
            QCOMPARE(sliced.rowOf(all.at(r).key()), r);
        }
    }

    /// A first fill of many rows comes in slices, one per turn of the event loop: the model
    /// holds a longer start of the list after each, its summary follows, and once the last is
    /// in (done called once) it is what one merge makes, duplicates ignored across slices.
    void aFirstFillInSlices()
    {
        TableProgressModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<TableProgress> rows = tables(25, 100);
        rows[12] = rows.at(3); // a duplicate in the second slice of the first's key: ignored
        rows[12].progress = 5;
        rows[20].progress = 50;
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        int done = 0;
        model.mergeInSlices(rows, 10, [&done] { ++done; });
        QCOMPARE(model.rowCount(), 10);
        QVERIFY(model.isFilling());
        QCOMPARE(model.finishedCount(), 10);
        QCOMPARE(done, 0);
        for (int turn = 0; turn < 100 && done == 0; ++turn)
            QCoreApplication::processEvents();
        QCOMPARE(done, 1);
        QVERIFY(!model.isFilling());
        QCOMPARE(inserted.size(), 3);
        TableProgressModel atOnce;
        atOnce.merge(rows);
        QCOMPARE(model.rowCount(), 24);
        for (int r = 0; r < 24; ++r) {
            QVERIFY(model.rowAt(r) == atOnce.rowAt(r));
            QCOMPARE(model.rowOf(atOnce.rowAt(r).key()), r);
        }
        QCOMPARE(model.finishedCount(), 23);
        QCOMPARE(model.rowAt(3).progress, 100.0);

        // Into a model with rows, or a list no longer than a slice: at once.
        done = 0;
        rows[0].progress = 1;
        model.mergeInSlices(rows, 10, [&done] { ++done; });
        QCOMPARE(done, 1);
        QCOMPARE(model.rowAt(0).progress, 1.0);
        TableProgressModel small;
        small.mergeInSlices(rows.first(10), 10, [&done] { ++done; });
        QCOMPARE(done, 2);
        QCOMPARE(small.rowCount(), 10);
    }

    /// A merge, a reset or another fill before the last slice drops the rest of a fill: its
    /// rows never come and its done is never called; a model gone with a fill under way is no
    /// harm.
    void aFillDropped()
    {
        const QList<TableProgress> rows = tables(30, 10);
        const QList<TableProgress> other = tables(5, 20);
        const auto settle = [] {
            for (int turn = 0; turn < 20; ++turn)
                QCoreApplication::processEvents();
        };
        for (const int how : {0, 1, 2}) {
            TableProgressModel model;
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            bool done = false;
            model.mergeInSlices(rows, 10, [&done] { done = true; });
            QCOMPARE(model.rowCount(), 10);
            if (how == 0)
                model.merge(other);
            else if (how == 1)
                model.reset(other);
            else {
                model.reset();
                model.mergeInSlices(other, 2, {});
            }
            settle();
            QVERIFY2(!done, qPrintable(QString::number(how)));
            QVERIFY(!model.isFilling());
            QCOMPARE(model.rowCount(), 5);
            QCOMPARE(model.rowAt(0).progress, 20.0);
        }
        {
            auto *model = new TableProgressModel;
            model->mergeInSlices(rows, 10, [] { QFAIL("a fill of a model gone went on"); });
            delete model;
            settle();
        }
        { // a listener that merges when the first slice comes: the fill stops there
            TableProgressModel model;
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            bool done = false;
            bool merged = false;
            connect(&model, &TableProgressModel::summaryChanged, &model, [&] {
                if (!std::exchange(merged, true))
                    model.merge(other);
            });
            model.mergeInSlices(rows, 10, [&done] { done = true; });
            settle();
            QVERIFY(!done);
            QVERIFY(!model.isFilling());
            QCOMPARE(model.rowCount(), 5);
        }
        { // the rows a dropped fill had yet to bring are freed a slice a turn
            TableProgressModel model;
            model.mergeInSlices(tables(25000, 10), 10000, {});
            QCOMPARE(model.rowCount(), 10000);
            model.merge(other);
            QCOMPARE(model.retiredRows(), 25000);
            settle();
            QCOMPARE(model.retiredRows(), 0);
        }
    }

    /// The rows a poll replaces are freed a slice a turn when the model held them alone; when
    /// something else holds them too, that holder frees them.
    void replacedRowsFreedInSlices()
    {
        TableProgressModel model;
        model.merge(tables(25000, 10));
        model.merge(tables(25000, 20));
        QCOMPARE(model.retiredRows(), 25000);
        QCOMPARE(model.rowAt(0).progress, 20.0);
        QList<qsizetype> left;
        for (int turn = 0; turn < 10 && model.retiredRows() > 0; ++turn) {
            QCoreApplication::processEvents();
            left << model.retiredRows();
        }
        QCOMPARE(left, (QList<qsizetype>{15000, 5000, 0}));

        const QList<TableProgress> held = model.rows();
        model.merge(tables(25000, 30));
        QCOMPARE(model.retiredRows(), 0);
        QCOMPARE(held.first().progress, 20.0);
        model.merge(tables(100, 40)); // a few: at once
        QCOMPARE(model.retiredRows(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTableProgressModel)
#include "tst_tableprogressmodel.moc"
