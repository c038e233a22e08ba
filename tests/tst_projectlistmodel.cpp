// SPDX-License-Identifier: MIT
// ProjectListModel: merge in place across polls, roles, formatting.
#include "derived.h"
#include "projectlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace omsdash;

namespace {
ProjectSummary project(const char *id, const char *status, std::optional<int> full = {})
{
    ProjectSummary p;
    p.id = QString::fromLatin1(id);
    p.name = QStringLiteral("name of ") + p.id;
    p.type = QStringLiteral("MIGRATION");
    p.status = QString::fromLatin1(status);
    p.alarmLevel = QStringLiteral("LOW");
    p.sourceType = QStringLiteral("MYSQL");
    p.sinkType = QStringLiteral("OB_MYSQL");
    p.fullProgress = full;
    return p;
}
} // namespace

class TestProjectListModel : public QObject
{
    Q_OBJECT

private slots:
    void mergeUpdatesInPlace()
    {
        ProjectListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.merge({project("a", "RUNNING", 10), project("b", "RUNNING", 20), project("c", "FAILED")});
        QCOMPARE(model.rowCount(), 3);

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

        // b progresses, c vanishes, d appears; a is unchanged.
        model.merge({project("a", "RUNNING", 10), project("b", "RUNNING", 35), project("d", "INIT")});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 2);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 2);
        QCOMPARE(changed.count(), 1);
        const QModelIndex tl = changed.at(0).at(0).value<QModelIndex>();
        const QModelIndex br = changed.at(0).at(1).value<QModelIndex>();
        QCOMPARE(tl.row(), 1);
        QCOMPARE(br.row(), 1);
        // Only the full-progress cell changed.
        QCOMPARE(tl.column(), int(ProjectListModel::FullProgressColumn));
        QCOMPARE(br.column(), int(ProjectListModel::FullProgressColumn));
        QCOMPARE(model.index(1, ProjectListModel::FullProgressColumn).data().toString(),
                 QStringLiteral("35 %"));
        QCOMPARE(model.index(1, ProjectListModel::FullProgressColumn).data(ProgressRole).toDouble(), 35.0);
        QCOMPARE(model.index(2, 0).data(KeyRole).toString(), QStringLiteral("d"));

        // An identical poll emits nothing at all.
        changed.clear();
        model.merge(model.rows());
        QCOMPARE(changed.count(), 0);
    }

    void removesContiguousRunsAndDuplicates()
    {
        ProjectListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.merge({project("a", "RUNNING"), project("b", "RUNNING"), project("c", "RUNNING"),
                     project("d", "RUNNING"), project("e", "RUNNING")});
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.merge({project("a", "RUNNING"), project("e", "RUNNING"), project("e", "FAILED")});
        QCOMPARE(removed.count(), 1); // b..d in one run
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, ProjectListModel::IdColumn).data().toString(), QStringLiteral("e"));
        QCOMPARE(model.index(1, ProjectListModel::StatusColumn).data().toString(), QStringLiteral("RUNNING"));
        // A duplicate among new rows: the first one is kept too.
        model.merge({project("a", "RUNNING"), project("e", "RUNNING"), project("f", "INIT"), project("f", "FAILED")});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(2, ProjectListModel::StatusColumn).data().toString(), QStringLiteral("INIT"));
        model.merge({});
        QCOMPARE(model.rowCount(), 0);
    }

    void selectionAndSortSurviveAPoll()
    {
        ProjectListModel model;
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(SortRole);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.merge({project("a", "RUNNING", 50), project("b", "FAILED", 10), project("c", "FINISHED", 100)});
        proxy.sort(ProjectListModel::StatusColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, ProjectListModel::IdColumn).data().toString(), QStringLiteral("b"));
        const QPersistentModelIndex selected = proxy.index(1, 0);
        QCOMPARE(selected.data(KeyRole).toString(), QStringLiteral("a"));
        model.merge({project("a", "RUNNING", 60), project("b", "FAILED", 10), project("c", "FINISHED", 100)});
        QVERIFY(selected.isValid());
        QCOMPARE(selected.data(KeyRole).toString(), QStringLiteral("a"));
        QCOMPARE(proxy.index(0, ProjectListModel::IdColumn).data().toString(), QStringLiteral("b"));
    }

    void rolesAndFormatting()
    {
        ProjectListModel model;
        ProjectSummary p = project("np_1", "FAILED", 42);
        p.alarmLevel = QStringLiteral("HIGH");
        p.latencySeconds = 125;
        p.latencySampleTime = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        ProjectSummary unknown = project("np_2", "WARPING");
        unknown.alarmLevel = QStringLiteral("SEVERE");
        model.merge({p, unknown});
        auto cell = [&](int row, int col, int role = Qt::DisplayRole) {
            return model.index(row, col).data(role);
        };
        QCOMPARE(cell(0, ProjectListModel::RouteColumn).toString(), QStringLiteral("MYSQL → OB_MYSQL"));
        QCOMPARE(cell(0, ProjectListModel::LatencyColumn).toString(), QStringLiteral("2 min 05 s"));
        QCOMPARE(cell(0, ProjectListModel::LatencyColumn, SortRole).toDouble(), 125.0);
        QVERIFY(cell(0, ProjectListModel::LatencyColumn, Qt::ToolTipRole).toString().contains(QStringLiteral("UTC")));
        QCOMPARE(cell(0, 0, ProjectListModel::AlarmRankRole).toInt(), 3);
        QCOMPARE(cell(0, 0, StatusClassRole).toInt(), int(StatusClass::Failed));
        QCOMPARE(cell(0, ProjectListModel::SchemaProgressColumn).toString(), QStringLiteral("–"));
        QVERIFY(!cell(0, ProjectListModel::SchemaProgressColumn, ProgressRole).isValid());
        // Unknown enum values are shown as sent.
        QCOMPARE(cell(1, ProjectListModel::StatusColumn).toString(), QStringLiteral("WARPING"));
        QCOMPARE(cell(1, ProjectListModel::AlarmLevelColumn).toString(), QStringLiteral("SEVERE"));
        QCOMPARE(cell(1, 0, StatusClassRole).toInt(), int(StatusClass::Unknown));
    }

    void staleFlag()
    {
        ProjectListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.merge({project("a", "RUNNING")});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setStale(true);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.rowCount(), 1); // the last good data stays
        QVERIFY(model.index(0, 0).data(StaleRole).toBool());
        model.setStale(true);
        QCOMPARE(changed.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestProjectListModel)
#include "tst_projectlistmodel.moc"
