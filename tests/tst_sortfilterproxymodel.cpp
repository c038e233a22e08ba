// SPDX-License-Identifier: MIT
// The one worst-first order of project tables, through SortFilterProxyModel over 163 rows:
// equal rows never fall back to the server's order, the order survives polls, filtering and
// clearing, a missing value sorts last both ways, and first clicks sort the useful way.
#include "derived.h"
#include "englishplurals.h"
#include "projectcounts.h"
#include "projectlistmodel.h"
#include "sortfilterproxymodel.h"
#include "tableprogressmodel.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QIdentityProxyModel>
#include <QRandomGenerator>
#include <QTest>

#include <functional>

using namespace omsdash;

namespace {
/// The keys of @p model's rows that @p accept takes, sorted from scratch as the proxy sorts:
/// by @p column's SortRole (texts case-folded, by the collator), missing values last both
/// ways, ties in row order.
QStringList sortedKeys(const QAbstractItemModel &model, int column, Qt::SortOrder order,
                       const std::function<bool(int row)> &accept = {})
{
    QCollator collator;
    std::vector<int> rows;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (!accept || accept(r))
            rows.push_back(r);
    }
    const auto key = [&](int r) { return model.index(r, column).data(SortRole); };
    std::sort(rows.begin(), rows.end(), [&](int a, int b) {
        const QVariant ka = key(a);
        const QVariant kb = key(b);
        if (ka.isValid() != kb.isValid())
            return ka.isValid();
        int c = 0;
        if (ka.userType() == QMetaType::QString)
            c = collator.compare(ka.toString().toCaseFolded(), kb.toString().toCaseFolded());
        else
            c = ka.toDouble() < kb.toDouble() ? -1 : (kb.toDouble() < ka.toDouble() ? 1 : 0);
        if (c != 0)
            return order == Qt::AscendingOrder ? c < 0 : c > 0;
        return a < b;
    });
    QStringList keys;
    for (const int r : rows)
        keys << model.index(r, 0).data(KeyRole).toString();
    return keys;
}

QStringList shownKeys(const QAbstractItemModel &proxy)
{
    QStringList keys;
    for (int r = 0; r < proxy.rowCount(); ++r)
        keys << proxy.index(r, 0).data(KeyRole).toString();
    return keys;
}

/// 163 projects like the independent OMS a DBA tried: mostly RUNNING, many HIGH, a few
/// FAILED and SUSPEND, latencies known for some; listed in the server's (creation) order.
QList<ProjectSummary> fleet(quint32 seed)
{
    QRandomGenerator rng(seed);
    const char *statuses[] = {"RUNNING", "RUNNING", "RUNNING", "RUNNING", "FINISHED", "SUSPEND", "FAILED", "INIT"};
    const char *levels[] = {"HIGH", "MEDIUM", "LOW", "IGNORE", ""}; // "": none given (a DRS job)
    QList<ProjectSummary> rows;
    for (int i = 0; i < 163; ++i) {
        ProjectSummary p;
        p.id = QStringLiteral("np_%1").arg(i, 4, 10, QLatin1Char('0'));
        p.name = QStringLiteral("project %1").arg(rng.bounded(40)); // names repeat: ties go by ID
        p.status = QLatin1String(statuses[rng.bounded(8)]);
        p.alarmLevel = QLatin1String(levels[rng.bounded(5)]);
        if (rng.bounded(3) != 0)
            p.latencySeconds = rng.bounded(120);
        rows << p;
    }
    return rows;
}

QStringList idsOf(const QAbstractItemModel &model)
{
    QStringList ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids << model.index(r, 0).data(ProjectListModel::ProjectIdRole).toString();
    return ids;
}

QStringList worstFirst(QList<ProjectSummary> rows)
{
    std::sort(rows.begin(), rows.end(), [](const ProjectSummary &a, const ProjectSummary &b) { return worseFirst(a, b); });
    QStringList ids;
    for (const ProjectSummary &p : rows)
        ids << p.id;
    return ids;
}
} // namespace

class TestSortFilterProxyModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(installEnglishPlurals());
    }

    void statusOrderIsWorstFirstAcrossFilterAndPolls()
    {
        ProjectListModel model;
        QList<ProjectSummary> rows = fleet(7);
        model.merge(rows);
        SortFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setTieBreak(&ProjectListModel::rowWorseFirst);
        proxy.sort(ProjectListModel::StatusColumn, Qt::DescendingOrder);
        QCOMPARE(idsOf(proxy), worstFirst(rows));
        QCOMPARE(proxy.index(0, ProjectListModel::StatusColumn).data().toString(), QStringLiteral("FAILED"));

        // Filter HIGH, clear it: RUNNING/HIGH rows are where they were, not at the bottom.
        proxy.setFilterText(QStringLiteral("HIGH"));
        QVERIFY(proxy.rowCount() < model.rowCount());
        for (int r = 0; r < proxy.rowCount(); ++r)
            QCOMPARE(proxy.index(r, ProjectListModel::AlarmLevelColumn).data().toString(), QStringLiteral("HIGH"));
        proxy.setFilterText({});
        QCOMPARE(idsOf(proxy), worstFirst(rows));

        // A poll changes statuses and latencies: the order follows.
        QRandomGenerator rng(11);
        for (ProjectSummary &p : rows) {
            if (rng.bounded(5) == 0)
                p.status = QStringLiteral("FAILED");
            p.latencySeconds = rng.bounded(2) ? std::optional<double>(rng.bounded(300)) : std::nullopt;
        }
        model.merge(rows);
        QCOMPARE(idsOf(proxy), worstFirst(rows));

        // One row's alarm level only (the signal covers that column, not the sorted one): it
        // moves to its place once the poll's signals are through.
        const auto running = std::find_if(rows.begin(), rows.end(), [](const ProjectSummary &p) {
            return p.status == QLatin1String("RUNNING") && p.alarmLevel != QLatin1String("HIGH");
        });
        QVERIFY(running != rows.end());
        running->alarmLevel = QStringLiteral("HIGH");
        model.merge(rows);
        QTRY_COMPARE(idsOf(proxy), worstFirst(rows));

        // The other way up: finished first, yet equal rows still worst first among themselves.
        proxy.sort(ProjectListModel::StatusColumn, Qt::AscendingOrder);
        QStringList expected;
        for (int rank = 0; rank <= 4; ++rank)
            for (const QString &id : worstFirst(rows))
                if (statusClassRank(classifyStatus(rows.at(model.rowOf(id)).status)) == rank)
                    expected << id;
        QCOMPARE(idsOf(proxy), expected);
    }

    void missingValuesSortLastBothWays()
    {
        ProjectListModel model;
        const QList<ProjectSummary> rows = fleet(3);
        model.merge(rows);
        SortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setTieBreak(&ProjectListModel::rowWorseFirst);
        for (int column : {int(ProjectListModel::LatencyColumn), int(ProjectListModel::AlarmLevelColumn)}) {
            for (Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
                proxy.sort(column, order);
                bool missingSeen = false;
                std::optional<double> previous;
                for (int r = 0; r < proxy.rowCount(); ++r) {
                    const QVariant v = proxy.index(r, column).data(SortRole);
                    if (!v.isValid()) {
                        missingSeen = true;
                        continue;
                    }
                    QVERIFY2(!missingSeen, qPrintable(QStringLiteral("column %1: a value after a missing one").arg(column)));
                    if (previous)
                        QVERIFY(order == Qt::DescendingOrder ? v.toDouble() <= *previous : v.toDouble() >= *previous);
                    previous = v.toDouble();
                }
                QVERIFY(missingSeen);
            }
        }
        // The first click on latency: the largest first; on the alarm level: HIGH first.
        QCOMPARE(proxy.headerData(ProjectListModel::LatencyColumn, Qt::Horizontal, Qt::InitialSortOrderRole).toInt(),
                 int(Qt::DescendingOrder));
        QCOMPARE(proxy.headerData(ProjectListModel::AlarmLevelColumn, Qt::Horizontal, Qt::InitialSortOrderRole).toInt(),
                 int(Qt::DescendingOrder));
        QCOMPARE(proxy.headerData(ProjectListModel::NameColumn, Qt::Horizontal, Qt::InitialSortOrderRole).toInt(),
                 int(Qt::AscendingOrder));
        proxy.sort(ProjectListModel::AlarmLevelColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, ProjectListModel::AlarmLevelColumn).data().toString(), QStringLiteral("HIGH"));
        QCOMPARE(proxy.index(proxy.rowCount() - 1, ProjectListModel::AlarmLevelColumn).data().toString(), QString());
        int lastKnown = proxy.rowCount() - 1;
        while (proxy.index(lastKnown, ProjectListModel::AlarmLevelColumn).data().toString().isEmpty())
            --lastKnown;
        QCOMPARE(proxy.index(lastKnown, ProjectListModel::AlarmLevelColumn).data().toString(),
                 QStringLiteral("IGNORE")); // the least urgent known level, before none
    }

    void roleFilterAndTextFilterTogether()
    {
        ProjectListModel model;
        const QList<ProjectSummary> rows = fleet(5);
        model.merge(rows);
        SortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setRoleFilter(StatusClassRole, int(StatusClass::Failed));
        const auto failed = std::count_if(rows.cbegin(), rows.cend(), [](const ProjectSummary &p) { return p.status == QLatin1String("FAILED"); });
        QCOMPARE(proxy.rowCount(), int(failed));
        proxy.setFilterText(QStringLiteral("HIGH"));
        const auto failedHigh = std::count_if(rows.cbegin(), rows.cend(), [](const ProjectSummary &p) {
            return p.status == QLatin1String("FAILED") && p.alarmLevel == QLatin1String("HIGH");
        });
        QCOMPARE(proxy.rowCount(), int(failedHigh));
        proxy.setRoleFilter(StatusClassRole, {});
        proxy.setFilterText({});
        QCOMPARE(proxy.rowCount(), rows.size());
    }

    /// The counts over the list, worst first, each the filter it names.
    void countsAndWhatTheyFilter()
    {
        ProjectListModel model;
        const QList<ProjectSummary> rows = fleet(9);
        model.merge(rows);
        const QList<CountFacet> facets = projectCountFacets(&model);
        QVERIFY(!facets.isEmpty());
        QVERIFY(facets.first().label.endsWith(QStringLiteral(" FAILED")));
        const auto count = [&rows](auto pred) { return int(std::count_if(rows.cbegin(), rows.cend(), pred)); };
        SortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        int statusTotal = 0;
        for (const CountFacet &f : facets) {
            proxy.setRoleFilter(f.role, f.value);
            QCOMPARE(proxy.rowCount(), f.count);
            QVERIFY(f.label.startsWith(QString::number(f.count) + QLatin1Char(' ')));
            if (f.role == StatusClassRole)
                statusTotal += f.count;
        }
        QCOMPARE(statusTotal, rows.size()); // every row has one status class
        const CountFacet high = *std::find_if(facets.cbegin(), facets.cend(),
                                              [](const CountFacet &f) { return f.label.endsWith(QStringLiteral(" HIGH")); });
        QCOMPARE(high.count, count([](const ProjectSummary &p) { return p.alarmLevel == QLatin1String("HIGH"); }));
        // IGNORE and no level are not counted as levels.
        QVERIFY(std::none_of(facets.cbegin(), facets.cend(), [](const CountFacet &f) { return f.label.endsWith(QStringLiteral("IGNORE")); }));

        // A filter whose rows are gone is still named, with 0, so it can be cleared.
        const QList<CountFacet> kept = projectCountFacets(&model, StatusClassRole, int(StatusClass::Released));
        QVERIFY(std::any_of(kept.cbegin(), kept.cend(), [](const CountFacet &f) { return f.label == QStringLiteral("0 RELEASED"); }));
        QVERIFY(std::none_of(facets.cbegin(), facets.cend(), [](const CountFacet &f) { return f.label.endsWith(QStringLiteral("RELEASED")); }));

        QCOMPARE(projectsShownText(163, 163, {}), QStringLiteral("163 projects"));
        QCOMPARE(projectsShownText(12, 163, {QStringLiteral("FAILED"), QStringLiteral("“HIGH”")}),
                 QStringLiteral("12 of 163 shown: FAILED, “HIGH”"));
        QCOMPARE(tablesShownText(0, 2500, {QStringLiteral("“orders”")}), QStringLiteral("0 of 2,500 shown: “orders”"));
        QCOMPARE(tablesShownText(1, 1, {}), QStringLiteral("1 table"));
    }

    /// Through 400 random steps (polls that change, add and remove tables, a poll changing
    /// most rows, resets, stale marks, sorts on every kind of column, text and role filters),
    /// the proxy shows exactly what sorting and filtering the source from scratch shows: the
    /// key order, missing values last both ways, ties in the source's order, the filter over
    /// every column's text. Persistent indexes stay on their table, or become invalid when it
    /// is filtered out or gone; the tester checks every signal. Both with the source saying
    /// which rows of a wide dataChanged changed (ChangedRowsSource), and through a proxy that
    /// does not say.
    void matchesSortingFromScratchThroughRandomSteps_data()
    {
        QTest::addColumn<bool>("changedRowsSaid");
        QTest::addColumn<int>("tables");
        QTest::newRow("the source says which rows changed") << true << 60;
        QTest::newRow("a source that does not say") << false << 60;
        // A wide dataChanged over fewer than 8 rows: those are placed one by one.
        QTest::newRow("a few tables") << true << 6;
    }

    void matchesSortingFromScratchThroughRandomSteps()
    {
        QFETCH(bool, changedRowsSaid);
        QFETCH(int, tables);
        TableProgressModel model;
        QIdentityProxyModel silent;
        silent.setSourceModel(&model);
        SortFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(changedRowsSaid ? static_cast<QAbstractItemModel *>(&model) : &silent);
        const auto fromModel = [&](const QModelIndex &i) {
            return proxy.mapFromSource(changedRowsSaid ? i : silent.mapFromSource(i));
        };
        QRandomGenerator rng(20261202);
        int nextName = 0;
        const auto table = [&rng, &nextName] {
            TableProgress t;
            t.sourceSchema = rng.bounded(2) ? QStringLiteral("Shop") : QStringLiteral("crm");
            t.sourceTable = QStringLiteral("%1_orders_%2").arg(QChar(u'a' + rng.bounded(26))).arg(nextName++);
            t.destSchema = QStringLiteral("shop");
            t.destTable = QStringLiteral("T%1").arg(rng.bounded(50)); // repeats: ties
            if (rng.bounded(6) != 0)
                t.progress = double(rng.bounded(11) * 10);
            const char *statuses[] = {"RUNNING", "FINISHED", "ERROR", ""};
            t.status = QLatin1String(statuses[rng.bounded(4)]);
            if (rng.bounded(3) == 0)
                t.mismatchedCount = rng.bounded(3);
            return t;
        };
        const auto oracle = [&](int column, Qt::SortOrder order, const QString &filter, bool inconsistentOnly) {
            const QString folded = filter.trimmed().toCaseFolded();
            return sortedKeys(model, column, order, [&](int r) {
                if (inconsistentOnly && !model.index(r, 0).data(TableProgressModel::InconsistentRole).toBool())
                    return false;
                bool match = folded.isEmpty();
                for (int c = 0; c < model.columnCount() && !match; ++c)
                    match = model.index(r, c).data().toString().toCaseFolded().contains(folded);
                return match;
            });
        };

        const int columns[] = {TableProgressModel::SourceColumn, TableProgressModel::TargetColumn,
                               TableProgressModel::ProgressColumn, TableProgressModel::StatusColumn,
                               TableProgressModel::MismatchedColumn};
        const char *filters[] = {"", "", "1", "shop.", "T1", "ORDERS_1", "running", "crm"};
        int column = TableProgressModel::ProgressColumn;
        Qt::SortOrder order = Qt::AscendingOrder;
        QString filter;
        bool inconsistentOnly = false;
        QList<TableProgress> rows;
        for (int i = 0; i < tables; ++i)
            rows << table();
        model.merge(rows);
        proxy.sort(column, order);

        for (int step = 0; step < 400; ++step) {
            const int r = proxy.rowCount() ? int(rng.bounded(proxy.rowCount())) : 0;
            const QPersistentModelIndex followed = proxy.index(r, 1);
            const QString followedKey = followed.data(KeyRole).toString();
            const int op = int(rng.bounded(10));
            if (op <= 3) { // a poll: a few tables progress, one goes, one or two come
                for (int n = int(rng.bounded(4)); n >= 0 && !rows.isEmpty(); --n) {
                    TableProgress &t = rows[int(rng.bounded(rows.size()))];
                    t.progress = rng.bounded(5) ? std::optional<double>(rng.bounded(11) * 10.0) : std::nullopt;
                    t.status = rng.bounded(2) ? QStringLiteral("FINISHED") : QStringLiteral("RUNNING");
                }
                if (rng.bounded(3) == 0 && !rows.isEmpty())
                    rows.removeAt(int(rng.bounded(rows.size())));
                for (int n = int(rng.bounded(3)); n > 0; --n)
                    rows.insert(int(rng.bounded(rows.size() + 1)), table());
                model.merge(rows);
            } else if (op == 4) { // a poll changing most rows (one signal over them all; some
                                  // keep their sort key), and a run of new ones
                for (TableProgress &t : rows) {
                    if (rng.bounded(3) != 0)
                        t.progress = rng.bounded(4) ? std::optional<double>(rng.bounded(11) * 10.0) : std::nullopt;
                    if (rng.bounded(4) == 0)
                        t.status = rng.bounded(2) ? QStringLiteral("FINISHED") : QStringLiteral("FAILED");
                }
                rows.remove(0, qMin(rows.size(), qsizetype(rng.bounded(5))));
                for (int n = int(rng.bounded(12)); n > 0; --n)
                    rows << table();
                model.merge(rows);
            } else if (op == 5) {
                column = columns[rng.bounded(5)];
                order = rng.bounded(2) ? Qt::AscendingOrder : Qt::DescendingOrder;
                proxy.sort(column, order);
            } else if (op == 6) {
                filter = QLatin1String(filters[rng.bounded(8)]);
                proxy.setFilterText(filter);
            } else if (op == 7) {
                inconsistentOnly = !inconsistentOnly;
                proxy.setRoleFilter(TableProgressModel::InconsistentRole, inconsistentOnly ? QVariant(true) : QVariant());
            } else if (op == 8) {
                model.setStale(!model.isStale());
            } else if (step % 4 == 0) { // another project's tables, now and then
                rows.clear();
                for (int i = 0; i < tables * 2 / 3; ++i)
                    rows << table();
                model.reset(rows);
            }
            QCOMPARE(shownKeys(proxy), oracle(column, order, filter, inconsistentOnly));
            for (int p = 0; p < proxy.rowCount(); ++p)
                QCOMPARE(proxy.mapFromSource(proxy.mapToSource(proxy.index(p, 2))), proxy.index(p, 2));
            const int now = model.rowOf(followedKey);
            const bool visible = now >= 0 && fromModel(model.index(now, 1)).isValid();
            if (followed.isValid() || visible) {
                QVERIFY2(visible && followed.isValid(), qPrintable(QStringLiteral("step %1").arg(step)));
                QCOMPARE(followed.data(KeyRole).toString(), followedKey);
                QCOMPARE(followed.column(), 1);
            }
        }
    }

    /// A first fill in slices (TableProgressModel::mergeInSlices), whatever the sort column
    /// and way, with a filter or not, and with ranks made while idle between slices: after
    /// every turn the proxy shows exactly what sorting the rows so far from scratch shows.
    void aFirstFillInSlicesIsSortedAsOneAtOnce()
    {
        QRandomGenerator rng(20261202);
        const QStringList stems = {QStringLiteral("orders"), QStringLiteral("Orders"), QStringLiteral("élan"),
                                   QStringLiteral("Zeta"), QStringLiteral("订单")};
        QList<TableProgress> rows;
        for (int i = 0; i < 1000; ++i) {
            TableProgress t;
            t.sourceSchema = stems.at(int(rng.bounded(stems.size())));
            t.sourceTable = stems.at(int(rng.bounded(stems.size()))) + QString::number(rng.bounded(100));
            t.destSchema = QStringLiteral("dst");
            t.destTable = QStringLiteral("t%1").arg(i); // unique keys
            if (rng.bounded(8) != 0)
                t.progress = double(rng.bounded(11) * 10); // ties, and some without
            const char *statuses[] = {"RUNNING", "FINISHED", "ERROR", ""};
            t.status = QLatin1String(statuses[rng.bounded(4)]);
            rows << t;
        }
        const struct
        {
            int column;
            Qt::SortOrder order;
        } sorts[] = {{TableProgressModel::ProgressColumn, Qt::DescendingOrder},
                     {TableProgressModel::ProgressColumn, Qt::AscendingOrder},
                     {TableProgressModel::SourceColumn, Qt::AscendingOrder},
                     {TableProgressModel::SourceColumn, Qt::DescendingOrder},
                     {TableProgressModel::StatusColumn, Qt::AscendingOrder}};
        for (const auto &sort : sorts) {
            for (const QString &filter : {QString(), QStringLiteral("1")}) {
                const QString step = QStringLiteral("column %1 %2, filter '%3'").arg(sort.column).arg(sort.order).arg(filter);
                TableProgressModel model;
                SortFilterProxyModel proxy;
                QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
                proxy.setSourceModel(&model);
                proxy.setPreparedSortColumns({TableProgressModel::SourceColumn, TableProgressModel::StatusColumn});
                proxy.setPrepareSliceMs(0);
                proxy.sort(sort.column, sort.order);
                proxy.setFilterText(filter);
                const auto expected = [&] {
                    return sortedKeys(model, sort.column, sort.order, [&](int r) {
                        for (int c = 0; c < model.columnCount(); ++c) {
                            if (model.index(r, c).data().toString().toCaseFolded().contains(filter))
                                return true;
                        }
                        return false;
                    });
                };
                bool done = false;
                model.mergeInSlices(rows, 97, [&done] { done = true; });
                int turns = 0;
                for (; !done && turns < 1000; ++turns) {
                    QVERIFY2(shownKeys(proxy) == expected(), qPrintable(step + QStringLiteral(", turn %1").arg(turns)));
                    QCoreApplication::processEvents();
                }
                QVERIFY(done);
                QVERIFY2(turns >= 10, "one slice a turn");
                QCOMPARE(model.rowCount(), 1000);
                QVERIFY2(shownKeys(proxy) == expected(), qPrintable(step));
            }
        }
    }

    /// The prepared columns' keys and ranks are made while idle, a step a turn here. Whatever
    /// the turn at which statuses change, a table goes or tables are renamed (a ranking under
    /// way, or done), the order is exactly what sorting from scratch gives, case and accents
    /// collated.
    void rankedWhileIdleThroughChanges()
    {
        QRandomGenerator rng(1202);
        const QStringList stems = {QStringLiteral("orders"), QStringLiteral("Orders"), QStringLiteral("élan"),
                                   QStringLiteral("Zeta"), QStringLiteral("ärger"), QStringLiteral("b_2"),
                                   QStringLiteral("b-2"), QStringLiteral("订单")};
        int next = 0;
        const auto table = [&] {
            TableProgress t;
            t.sourceSchema = stems.at(int(rng.bounded(stems.size())));
            t.sourceTable = stems.at(int(rng.bounded(stems.size()))) + QString::number(rng.bounded(300));
            t.destSchema = QStringLiteral("dst");
            t.destTable = QStringLiteral("t%1").arg(next++); // unique keys
            const char *statuses[] = {"RUNNING", "FINISHED", "ERROR", "SUSPEND"};
            t.status = QLatin1String(statuses[rng.bounded(4)]);
            t.progress = rng.bounded(100);
            return t;
        };
        QList<TableProgress> first;
        for (int i = 0; i < 1500; ++i)
            first << table();

        // Turns the work takes, untouched; then the same with a change after each of them.
        int untouched = 0;
        for (int at = -1; at <= untouched; ++at) {
            TableProgressModel model;
            SortFilterProxyModel proxy;
            QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
            proxy.setSourceModel(&model);
            proxy.setPreparedSortColumns({TableProgressModel::SourceColumn, TableProgressModel::StatusColumn, 42});
            proxy.setPrepareSliceMs(0);
            QList<TableProgress> rows = first;
            model.merge(rows);
            QVERIFY(!proxy.isPrepared());
            int turns = 0;
            for (; turns < at; ++turns)
                QCoreApplication::processEvents();
            if (at >= 0 && at % 3 == 0) { // the same tables, statuses changed
                for (int n = 0; n < 5; ++n) {
                    QString &status = rows[int(rng.bounded(rows.size()))].status;
                    status = status == QLatin1String("SUSPEND") ? QStringLiteral("RUNNING") : QStringLiteral("SUSPEND");
                }
                model.merge(rows);
            } else if (at >= 0 && at % 3 == 1) { // a table fewer
                rows.removeAt(int(rng.bounded(rows.size())));
                model.merge(rows);
            } else if (at >= 0) { // tables renamed: gone, and new ones
                for (int n = 0; n < 5; ++n)
                    rows[int(rng.bounded(rows.size()))].sourceTable = stems.at(int(rng.bounded(stems.size()))) + QStringLiteral("_renamed");
                model.merge(rows);
            }
            if (at >= 0 && at % 5 == 0)
                proxy.sort(TableProgressModel::ProgressColumn, Qt::DescendingOrder);
            for (; !proxy.isPrepared() && turns < 10000; ++turns)
                QCoreApplication::processEvents();
            QVERIFY(proxy.isPrepared());
            if (at < 0) {
                untouched = turns;
                QVERIFY2(untouched > 10, "made over many turns, a step each");
            }
            const QString step = QStringLiteral("changed after turn %1 of %2").arg(at).arg(untouched);
            proxy.sort(TableProgressModel::SourceColumn, Qt::AscendingOrder);
            QVERIFY2(shownKeys(proxy) == sortedKeys(model, TableProgressModel::SourceColumn, Qt::AscendingOrder),
                     qPrintable(step));
            proxy.sort(TableProgressModel::StatusColumn, Qt::DescendingOrder);
            QVERIFY2(shownKeys(proxy) == sortedKeys(model, TableProgressModel::StatusColumn, Qt::DescendingOrder),
                     qPrintable(step));
        }
    }

    /// A change of the sort value alone (dataChanged for SortRole only) makes that row's key
    /// again while idle, and the work comes to an end.
    void aSortValueAloneIsPreparedAgain()
    {
        /// One column of numbers that says which role changed.
        struct Numbers : QAbstractTableModel
        {
            QList<int> values;
            int rowCount(const QModelIndex &parent) const override { return parent.isValid() ? 0 : int(values.size()); }
            int columnCount(const QModelIndex &parent) const override { return parent.isValid() ? 0 : 1; }
            QVariant data(const QModelIndex &index, int role) const override
            {
                return role == SortRole || role == Qt::DisplayRole ? QVariant(values.at(index.row())) : QVariant();
            }
            void set(int row, int value)
            {
                values[row] = value;
                emit dataChanged(index(row, 0), index(row, 0), {SortRole});
            }
        } model;
        for (int r = 0; r < 300; ++r)
            model.values << (r * 7) % 300;
        SortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setPreparedSortColumns({0});
        proxy.setPrepareSliceMs(0);
        int turns = 0;
        for (; !proxy.isPrepared() && turns < 100; ++turns)
            QCoreApplication::processEvents();
        QVERIFY(proxy.isPrepared());
        proxy.sort(0, Qt::AscendingOrder);
        model.set(5, -1);
        QVERIFY(!proxy.isPrepared());
        for (turns = 0; !proxy.isPrepared() && turns < 100; ++turns)
            QCoreApplication::processEvents();
        QVERIFY(proxy.isPrepared());
        QCOMPARE(proxy.mapToSource(proxy.index(0, 0)).row(), 5);
    }

    /// What the proxy keeps of each row (sort key, filter text) follows every change of the
    /// source: after each poll, insertion, removal and reset, the kept proxy shows what a fresh
    /// proxy over the same rows shows, in the same order.
    void keptKeysFollowTheSource()
    {
        TableProgressModel model;
        SortFilterProxyModel kept;
        kept.setSourceModel(&model);
        QAbstractItemModelTester tester(&kept, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto rows = [](int n, int round) {
            QList<TableProgress> out;
            for (int i = 0; i < n; ++i) {
                TableProgress t;
                t.sourceSchema = QStringLiteral("Shop");
                t.sourceTable = QStringLiteral("%1_orders").arg((i * 37 + round * 11) % n, 3, 10, QLatin1Char('0'));
                t.destSchema = QStringLiteral("shop");
                t.destTable = QStringLiteral("t%1").arg(i);
                if ((i + round) % 7 != 0)
                    t.progress = double((i * 13 + round * 29) % 100);
                out << t;
            }
            return out;
        };
        auto order = [](const QAbstractItemModel &m, int column) {
            QStringList out;
            for (int r = 0; r < m.rowCount(); ++r)
                out << m.index(r, column).data().toString() + QLatin1Char('|')
                        + m.index(r, TableProgressModel::TargetColumn).data().toString();
            return out;
        };
        auto check = [&](int column, Qt::SortOrder sortOrder, const QString &filter) {
            kept.sort(column, sortOrder);
            kept.setFilterText(filter);
            SortFilterProxyModel fresh;
            fresh.setSourceModel(&model);
            fresh.sort(column, sortOrder);
            fresh.setFilterText(filter);
            QCOMPARE(order(kept, column), order(fresh, column));
        };
        model.merge(rows(300, 0));
        check(TableProgressModel::ProgressColumn, Qt::AscendingOrder, {});
        check(TableProgressModel::SourceColumn, Qt::DescendingOrder, {});
        // Polls under one sort column: every row moves (names and progress), or a few do.
        for (int round = 1; round < 4; ++round) {
            model.merge(rows(300, round));
            check(TableProgressModel::SourceColumn, Qt::AscendingOrder, {});
        }
        check(TableProgressModel::ProgressColumn, Qt::DescendingOrder, QStringLiteral("1_ORDERS"));
        for (int round = 4; round < 6; ++round) {
            QList<TableProgress> next = model.rows();
            for (int i = round; i < next.size(); i += 40)
                next[i].progress = next[i].progress.value_or(0) + 50.0 * round;
            model.merge(next);
            check(TableProgressModel::ProgressColumn, Qt::DescendingOrder, QStringLiteral("1_ORDERS"));
        }
        QList<TableProgress> fewer = rows(300, 3);
        fewer.remove(10, 50); // a removal ...
        fewer << rows(340, 5).mid(300); // ... and insertions
        model.merge(fewer);
        check(TableProgressModel::ProgressColumn, Qt::AscendingOrder, QStringLiteral("t3"));
        check(TableProgressModel::SourceColumn, Qt::DescendingOrder, {});
        model.reset(rows(120, 9));
        check(TableProgressModel::ProgressColumn, Qt::DescendingOrder, {});
        check(TableProgressModel::SourceColumn, Qt::AscendingOrder, QStringLiteral("shop."));
        QVERIFY(kept.rowCount() > 0);
    }
};

QTEST_GUILESS_MAIN(TestSortFilterProxyModel)
#include "tst_sortfilterproxymodel.moc"
