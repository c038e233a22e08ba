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
#include <QRandomGenerator>
#include <QTest>

using namespace omsdash;

namespace {
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
