// SPDX-License-Identifier: MIT
// StepListModel over the DescribeProjectSteps sample and across polls.
#include "fixture.h"

#include "omsdecoder.h"
#include "steplistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace omsdash;

class TestStepListModel : public QObject
{
    Q_OBJECT

private slots:
    void fromFixture()
    {
        const auto steps = oms::decodeProjectSteps(fixture(QStringLiteral("oms4-describe-project-steps.json")));
        QVERIFY(steps.ok());
        StepListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.merge(steps.value);
        model.setCurrentStep(QStringLiteral("INCR_TRANSFER"));
        QCOMPARE(model.rowCount(), 9);
        const int full = model.rowOf(QStringLiteral("FULL_TRANSFER"));
        QCOMPARE(full, 3);
        // 23:07:15 -> 23:07:35
        QCOMPARE(model.index(full, StepListModel::DurationColumn).data().toString(), QStringLiteral("20 s"));
        QCOMPARE(model.index(full, StepListModel::DurationColumn).data(StepListModel::DurationRole).toDouble(), 20.0);
        const QString metrics = model.index(full, 0).data(StepListModel::MetricsTextRole).toString();
        QVERIFY2(metrics.contains(QStringLiteral("140 rec/s")), qPrintable(metrics));
        QVERIFY2(metrics.contains(QStringLiteral("8,000 rec/s")), qPrintable(metrics));
        QVERIFY2(metrics.contains(QStringLiteral("8.0 MB/s")), qPrintable(metrics)); // srcIopsRef 8388608
        QVERIFY(model.index(5, 0).data(StepListModel::IsCurrentRole).toBool());
        QVERIFY(!model.index(3, 0).data(StepListModel::IsCurrentRole).toBool());
        // A step not yet started has no start, no duration.
        QCOMPARE(model.index(6, StepListModel::StartColumn).data().toString(), QStringLiteral("–"));
        QVERIFY(!model.index(6, 0).data(StepListModel::DurationRole).isValid());
        const auto span = model.timeSpan();
        QCOMPARE(span.first, QDateTime(QDate(2023, 7, 17), QTime(23, 1, 25), Qt::UTC));
        QCOMPARE(span.second, QDateTime(QDate(2023, 7, 17), QTime(23, 14, 34), Qt::UTC));
    }

    void runningDurationUsesClockAndFailureShowsError()
    {
        StepListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDateTime start(QDate(2026, 1, 1), QTime(10, 0, 0), Qt::UTC);
        model.setClock([start] { return start.addSecs(90); });
        Step running;
        running.order = 1;
        running.name = QStringLiteral("FULL_TRANSFER");
        running.status = QStringLiteral("RUNNING");
        running.startTime = start;
        Step failed;
        failed.order = 2;
        failed.name = QStringLiteral("STRUCT_TRANSFER");
        failed.status = QStringLiteral("FAILED");
        failed.startTime = start;
        failed.failedTime = start.addSecs(30);
        failed.errorCode = QStringLiteral("OMS-STRUCT-001");
        failed.errorMessage = QStringLiteral("Table exists");
        model.merge({running, failed});
        QCOMPARE(model.index(0, StepListModel::DurationColumn).data(StepListModel::DurationRole).toDouble(), 90.0);
        QCOMPARE(model.index(1, StepListModel::DurationColumn).data(StepListModel::DurationRole).toDouble(), 30.0);
        QCOMPARE(model.index(1, StepListModel::ErrorColumn).data().toString(),
                 QStringLiteral("OMS-STRUCT-001: Table exists"));

        // The next poll: progress moves on; only that row changes.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        running.progress = 55;
        model.merge({running, failed});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 0);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().column(), int(StepListModel::ProgressColumn));
    }

    void currentStepSignals()
    {
        StepListModel model;
        Step a;
        a.name = QStringLiteral("A");
        Step b;
        b.name = QStringLiteral("B");
        model.merge({a, b});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setCurrentStep(QStringLiteral("A"));
        QCOMPARE(changed.count(), 1);
        model.setCurrentStep(QStringLiteral("B"));
        QCOMPARE(changed.count(), 3); // old row and new row
        QVERIFY(model.index(1, 0).data(StepListModel::IsCurrentRole).toBool());
        QVERIFY(!model.index(0, 0).data(StepListModel::IsCurrentRole).toBool());
    }
};

QTEST_GUILESS_MAIN(TestStepListModel)
#include "tst_steplistmodel.moc"
