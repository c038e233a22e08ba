// SPDX-License-Identifier: MIT
// The instances dialog: add, duplicate, reorder, remove, validation, and a real connection
// test against the simulator.
#include "httptransport.h"
#include "englishplurals.h"
#include "instancesdialog.h"
#include "simulatorserver.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSslCertificate>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace omsdash;

namespace {
QList<InstanceProfile> two()
{
    InstanceProfile a;
    a.name = QStringLiteral("oms-prod");
    a.baseUrl = QUrl(QStringLiteral("http://oms-prod.example:8089"));
    a.user = QStringLiteral("dba");
    InstanceProfile b = a;
    b.name = QStringLiteral("oms-stage");
    b.baseUrl = QUrl(QStringLiteral("http://oms-stage.example:8089"));
    return {a, b};
}
} // namespace

class TestInstancesDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(installEnglishPlurals());
    }

    void rowOperations()
    {
        HttpTransport transport;
        InstanceListEdit edit(two(), {{QStringLiteral("oms-prod"), QStringLiteral("pw-prod")}}, &transport);
        InstancesDialog dialog(&edit);
        QCOMPARE(dialog.list()->count(), 2);
        QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("oms-prod"));
        QCOMPARE(dialog.secretEdit()->text(), QStringLiteral("pw-prod"));

        dialog.duplicateInstance();
        QCOMPARE(dialog.list()->count(), 3);
        QCOMPARE(dialog.list()->currentRow(), 1);
        QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("oms-prod (copy)"));
        dialog.nameEdit()->setText(QStringLiteral("oms-dr"));
        dialog.moveInstance(1); // below oms-stage
        QCOMPARE(dialog.profiles().at(2).name, QStringLiteral("oms-dr"));
        QCOMPARE(dialog.secrets().value(QStringLiteral("oms-dr")), QStringLiteral("pw-prod")); // follows the rename

        dialog.addInstance();
        QCOMPARE(dialog.list()->count(), 4);
        dialog.nameEdit()->setText(QStringLiteral("drs-bj"));
        dialog.apiBox()->setCurrentIndex(dialog.apiBox()->findData(int(ApiKind::Drs)));
        dialog.urlEdit()->setText(QStringLiteral("https://drs.cn-north-4.myhuaweicloud.com"));
        dialog.projectsEdit()->setPlainText(QStringLiteral("job-1\n\n job-2 \n"));
        // DRS without a project ID is refused, with the profiles file's message.
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY2(dialog.validationError().contains(QStringLiteral("drs.projectId")), qPrintable(dialog.validationError()));
        dialog.drsProjectIdEdit()->setText(QStringLiteral("054ba152"));
        QCOMPARE(dialog.deadlineBox()->value(), 60);
        dialog.deadlineBox()->setValue(90);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const QList<InstanceProfile> result = dialog.profiles();
        QCOMPARE(result.size(), 4);
        QCOMPARE(result.at(3).api, ApiKind::Drs);
        QCOMPARE(result.at(3).projectIds, (QStringList{QStringLiteral("job-1"), QStringLiteral("job-2")}));
        QCOMPARE(result.at(3).deadlineSeconds, 90);
        QCOMPARE(result.at(3).toConfig().deadlineMs, 90000);

        dialog.list()->setCurrentRow(0);
        dialog.removeInstance();
        QCOMPARE(dialog.profiles().first().name, QStringLiteral("oms-stage"));
        QVERIFY(!dialog.secrets().contains(QStringLiteral("oms-prod")));
    }

    void duplicateNamesAreRefused()
    {
        HttpTransport transport;
        InstanceListEdit edit(two(), {}, &transport);
        InstancesDialog dialog(&edit);
        dialog.nameEdit()->setText(QStringLiteral("oms-stage"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(dialog.validationError().contains(QStringLiteral("two instances")));
    }

    void testConnectionShowsTheAnswer()
    {
        sim::SimulatorServer server(sim::Scenario::Slice::OmsPrimary);
        QVERIFY(server.listen());
        HttpTransport transport;
        InstanceListEdit edit(two(), {}, &transport);
        InstancesDialog dialog(&edit);
        dialog.urlEdit()->setText(QStringLiteral("http://127.0.0.1:%1").arg(server.port()));
        dialog.userEdit()->setText(server.user());
        dialog.secretEdit()->setText(server.password());
        QSignalSpy done(&dialog, &InstancesDialog::testFinished);
        dialog.testConnection();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 10000);
        QVERIFY2(dialog.testResult().contains(QStringLiteral("8 projects")), qPrintable(dialog.testResult()));

        dialog.secretEdit()->setText(QStringLiteral("nope"));
        dialog.testConnection();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 2, 10000);
        QVERIFY2(dialog.testResult().contains(QStringLiteral("UNAUTHORIZED")), qPrintable(dialog.testResult()));
        QVERIFY(!dialog.testResult().contains(QStringLiteral("nope")));
    }
    void pinAnUntrustedCertificate()
    {
        sim::SimulatorServer server(sim::Scenario::Slice::OmsPrimary);
        QVERIFY(server.useBuiltInCertificate());
        QVERIFY(server.listen());
        HttpTransport transport;
        InstanceListEdit edit(two(), {}, &transport);
        InstancesDialog dialog(&edit);
        dialog.urlEdit()->setText(QStringLiteral("https://127.0.0.1:%1").arg(server.port()));
        dialog.userEdit()->setText(server.user());
        dialog.secretEdit()->setText(server.password());
        QSignalSpy done(&dialog, &InstancesDialog::testFinished);
        dialog.testConnection();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 10000);
        const QString fingerprint = HttpTransport::sha256Fingerprint(sim::SimulatorServer::builtInCertificate());
        QVERIFY2(dialog.testResult().contains(fingerprint), qPrintable(dialog.testResult()));
        QVERIFY(!dialog.pinButton()->isHidden());
        dialog.pinTestedCertificate();
        QCOMPARE(dialog.pinEdit()->text(), fingerprint);
        QCOMPARE(dialog.profiles().first().pinnedSha256, fingerprint);
        dialog.testConnection();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 2, 10000);
        QVERIFY2(dialog.testResult().contains(QStringLiteral("8 projects")), qPrintable(dialog.testResult()));
        QVERIFY(dialog.pinButton()->isHidden());
    }
};

QTEST_MAIN(TestInstancesDialog)
#include "tst_instancesdialog.moc"
