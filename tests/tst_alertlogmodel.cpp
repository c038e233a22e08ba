// SPDX-License-Identifier: MIT
// The alert log as the window shows it, with no widget: AlertCenter over a real SQLite store
// with time given; the AlertLogModel's rows and states under QAbstractItemModelTester; the
// filter (active only, text, severity); CSV export; a restart that brings the log back.
#include "alertcenter.h"
#include "alertlogmodel.h"
#include "keyedtablemodel.h"
#include "csv.h"
#include "historystore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace omsdash;

namespace {
constexpr qint64 Min = 60'000;
constexpr qint64 T0 = 1'790'000'000'000;

ProjectSummary project(const QString &id, const QString &status, const QString &level)
{
    ProjectSummary p;
    p.id = id;
    p.name = QStringLiteral("orders, \"east\" 订单"); // a comma, quotes and Chinese for the CSV
    p.status = status;
    p.alarmLevel = level;
    return p;
}

QStringList column(const QAbstractItemModel &m, int column, int role = Qt::DisplayRole)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, column).data(role).toString();
    return out;
}
} // namespace

class TestAlertLogModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void lifeCycleInTheLog()
    {
        HistoryStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("a.sqlite")), nullptr));
        qint64 now = T0;
        AlertCenter center({}, &store, [&now] { return now; });
        AlertLogModel *log = center.log();
        QAbstractItemModelTester tester(log, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy summary(&center, &AlertCenter::summaryChanged);

        center.monitor()->observeProjects(QStringLiteral("oms"),
                                          {project(QStringLiteral("np_1"), QStringLiteral("FAILED"), QStringLiteral("HIGH")),
                                           project(QStringLiteral("np_2"), QStringLiteral("FAILED"), QStringLiteral("MEDIUM"))});
        QCOMPARE(log->rowCount(), 2);
        QCOMPARE(column(*log, AlertLogModel::EventColumn), (QStringList{QStringLiteral("raised"), QStringLiteral("raised")}));
        QCOMPARE(column(*log, AlertLogModel::StateColumn), (QStringList{QStringLiteral("Firing"), QStringLiteral("Firing")}));
        QCOMPARE(center.needingAttention(), 2);
        QCOMPARE(center.worstSeverity(), QStringLiteral("HIGH"));
        QCOMPARE(center.summary(), QStringLiteral("Alerts needing attention: 2 (worst HIGH)"));
        QVERIFY(summary.size() >= 1);

        const QString high = log->index(0, 0).data(AlertLogModel::KeyRole).toString();
        const QString medium = log->index(1, 0).data(AlertLogModel::KeyRole).toString();
        QCOMPARE(log->index(0, 0).data(AlertLogModel::SeverityRole).toString(), QStringLiteral("HIGH"));
        now = T0 + Min;
        QVERIFY(center.acknowledge(high));
        QCOMPARE(log->rowCount(), 3);
        QCOMPARE(log->index(2, AlertLogModel::EventColumn).data().toString(), QStringLiteral("acknowledged"));
        QCOMPARE(log->index(0, AlertLogModel::StateColumn).data().toString(), QStringLiteral("Acknowledged"));
        QCOMPARE(center.needingAttention(), 1);
        QCOMPARE(center.worstSeverity(), QStringLiteral("MEDIUM"));

        now = T0 + 2 * Min;
        center.silence(QStringLiteral("oms"), QStringLiteral("np_2"), std::nullopt, 60 * Min);
        QCOMPARE(log->index(1, AlertLogModel::StateColumn).data().toString(), QStringLiteral("Silenced"));
        QCOMPARE(log->index(3, AlertLogModel::EventColumn).data().toString(), QStringLiteral("silenced"));
        QCOMPARE(center.needingAttention(), 0);
        QCOMPARE(center.firing(), 2);
        QCOMPARE(center.worstSeverity(), QString());
        QCOMPARE(center.summary(), QStringLiteral("Alerts firing: 2, all acknowledged or silenced"));

        // The silence expires: the next tick finds the alert needing attention again.
        now = T0 + 63 * Min;
        emit center.monitor()->alertsChanged();
        QCOMPARE(log->index(1, AlertLogModel::StateColumn).data().toString(), QStringLiteral("Firing"));
        QCOMPARE(center.needingAttention(), 1);

        // np_1 recovers: its rows say Resolved, the raised one included.
        now = T0 + 64 * Min;
        center.monitor()->observeProjects(QStringLiteral("oms"),
                                          {project(QStringLiteral("np_1"), QStringLiteral("RUNNING"), QStringLiteral("HIGH")),
                                           project(QStringLiteral("np_2"), QStringLiteral("FAILED"), QStringLiteral("MEDIUM"))});
        QVERIFY(column(*log, 0, AlertLogModel::KindRole).contains(QStringLiteral("resolved")));
        QCOMPARE(log->index(0, AlertLogModel::StateColumn).data().toString(), QStringLiteral("Resolved"));
        QCOMPARE(log->stateOf(medium), AlertState::Firing);

        // Active only, text and severity filters.
        AlertLogFilterModel filter;
        filter.setSourceModel(log);
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int all = filter.rowCount();
        filter.setActiveOnly(true);
        for (int r = 0; r < filter.rowCount(); ++r) // np_2's alerts (failed, and no progress since)
            QCOMPARE(filter.index(r, 0).data(AlertLogModel::ProjectIdRole).toString(), QStringLiteral("np_2"));
        QVERIFY(filter.rowCount() > 0 && filter.rowCount() < all);
        filter.setActiveOnly(false);
        filter.setMinSeverity(QStringLiteral("HIGH"));
        for (int r = 0; r < filter.rowCount(); ++r)
            QCOMPARE(filter.index(r, 0).data(AlertLogModel::SeverityRole).toString(), QStringLiteral("HIGH"));
        filter.setMinSeverity({});
        filter.setText(QStringLiteral("NP_2")); // the project ID, case-insensitive
        QVERIFY(filter.rowCount() > 0);
        for (int r = 0; r < filter.rowCount(); ++r)
            QCOMPARE(filter.index(r, 0).data(AlertLogModel::ProjectIdRole).toString(), QStringLiteral("np_2"));
        // Newest first by time; HIGH first by severity.
        filter.setText({});
        filter.sort(AlertLogModel::TimeColumn, Qt::DescendingOrder);
        QCOMPARE(filter.index(0, 0).data(AlertLogModel::TimeRole).toLongLong(), T0 + 64 * Min);
        QCOMPARE(filter.index(filter.rowCount() - 1, 0).data(AlertLogModel::TimeRole).toLongLong(), T0);
        filter.sort(AlertLogModel::SeverityColumn, Qt::DescendingOrder);
        QCOMPARE(filter.index(0, AlertLogModel::SeverityColumn).data().toString(), QStringLiteral("HIGH"));
        // The badge colours by the raw level (高 in zh_CN is still HIGH), a role apart from the log's own.
        QCOMPARE(filter.index(0, AlertLogModel::SeverityColumn).data(RawValueRole).toString(), QStringLiteral("HIGH"));
        QVERIFY(!filter.index(0, AlertLogModel::MessageColumn).data(RawValueRole).isValid());

        // CSV: what the rows say, quoted where needed.
        const QList<QStringList> csv = parseCsv(QString::fromUtf8(log->toCsv()));
        QCOMPARE(csv.size(), log->rowCount() + 1);
        QCOMPARE(csv.at(0).size(), 12);
        QCOMPARE(csv.at(0).at(0), QStringLiteral("time"));
        QCOMPARE(csv.at(1).at(0), QStringLiteral("2026-09-21T14:13:20Z"));
        QCOMPARE(csv.at(1).at(6), QStringLiteral("orders, \"east\" 订单"));
        QCOMPARE(csv.at(1).at(11), QStringLiteral("Resolved"));
        QCOMPARE(parseCsv(QString::fromUtf8(log->toCsv({1}))).size(), 2);

        // A restart brings the log back, with np_2 still firing and silenced no more.
        store.flush();
        const int rows = log->rowCount();
        AlertCenter again({}, &store, [&now] { return now; });
        QCOMPARE(again.log()->rowCount(), rows);
        QCOMPARE(again.log()->stateOf(medium), AlertState::Firing);
        QCOMPARE(again.log()->stateOf(high), AlertState::Resolved);
        QCOMPARE(again.needingAttention(), 1); // np_2 failed; its "no progress for an hour" is inhibited by that
        QCOMPARE(again.firing(), 2);
    }

    /// The oldest rows leave past MaxRows.
    void capped()
    {
        AlertLogModel log;
        QList<AlertLogEntry> entries;
        for (int i = 0; i < AlertLogModel::MaxRows + 5; ++i) {
            AlertLogEntry e;
            e.timeMs = T0 + i;
            e.kind = QStringLiteral("raised");
            entries << e;
        }
        log.setEntries(entries);
        QCOMPARE(log.rowCount(), AlertLogModel::MaxRows);
        QCOMPARE(log.entry(0).timeMs, T0 + 5);
        AlertLogEntry last;
        last.timeMs = T0 + 999'999;
        log.append(last);
        QCOMPARE(log.rowCount(), AlertLogModel::MaxRows);
        QCOMPARE(log.entry(0).timeMs, T0 + 6);
        QCOMPARE(log.entry(log.rowCount() - 1).timeMs, T0 + 999'999);
    }
};

QTEST_GUILESS_MAIN(TestAlertLogModel)
#include "tst_alertlogmodel.moc"
