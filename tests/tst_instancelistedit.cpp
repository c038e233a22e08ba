// SPDX-License-Identifier: MIT
// Editing the instance list without a widget: secrets follow their instance through every row
// operation, the keychain change set is what changed, and a connection test answers from the
// simulator on loopback (and offers exactly the untrusted certificate it met).
#include "httptransport.h"
#include "instancelistedit.h"
#include "simulatorserver.h"

#include <QSignalSpy>
#include <QTest>

using namespace omsdash;

namespace {
const QString Prod = QStringLiteral("oms-prod");
const QString Stage = QStringLiteral("oms-stage");

QList<InstanceProfile> two()
{
    InstanceProfile a;
    a.name = Prod;
    a.baseUrl = QUrl(QStringLiteral("http://oms-prod.example:8089"));
    a.user = QStringLiteral("dba");
    InstanceProfile b = a;
    b.name = Stage;
    b.baseUrl = QUrl(QStringLiteral("http://oms-stage.example:8089"));
    return {a, b};
}

/// Points row 0 of @p edit at @p server (@p scheme http or https) with its user and @p secret.
void pointAt(InstanceListEdit &edit, const sim::SimulatorServer &server, const QString &scheme, const QString &secret)
{
    InstanceProfile p = edit.at(0);
    p.baseUrl = QUrl(QStringLiteral("%1://127.0.0.1:%2").arg(scheme).arg(server.port()));
    p.user = server.user();
    edit.setRow(0, p, secret);
}

QStringList names(const InstanceListEdit &edit)
{
    QStringList n;
    for (const InstanceProfile &p : edit.profiles())
        n << p.name;
    return n;
}
} // namespace

class TestInstanceListEdit : public QObject
{
    Q_OBJECT

private slots:
    void secretsFollowTheirInstance()
    {
        HttpTransport transport;
        InstanceListEdit edit(two(), {{Prod, QStringLiteral("pw-prod")}}, &transport);
        QSignalSpy rows(&edit, &InstanceListEdit::rowsChanged);

        const int copy = edit.duplicate(0);
        QCOMPARE(copy, 1);
        QCOMPARE(names(edit), (QStringList{Prod, QStringLiteral("oms-prod (copy)"), Stage}));
        QCOMPARE(edit.secretAt(copy), QStringLiteral("pw-prod"));

        InstanceProfile renamed = edit.at(copy);
        renamed.name = QStringLiteral("oms-dr");
        edit.setRow(copy, renamed, edit.secretAt(copy));
        QCOMPARE(edit.secrets().value(QStringLiteral("oms-dr")), QStringLiteral("pw-prod"));
        QVERIFY(!edit.secrets().contains(QStringLiteral("oms-prod (copy)")));

        QCOMPARE(edit.move(copy, 1), 2);
        QCOMPARE(names(edit), (QStringList{Prod, Stage, QStringLiteral("oms-dr")}));
        QCOMPARE(edit.move(2, 1), 2); // already last: stays
        QCOMPARE(edit.move(0, -1), 0);

        QCOMPARE(edit.add(), 3);
        QCOMPARE(edit.at(3).name, QStringLiteral("new instance"));
        QCOMPARE(edit.add(), 4);
        QCOMPARE(edit.at(4).name, QStringLiteral("new instance 2"));
        QVERIFY(edit.secretAt(4).isEmpty());

        QCOMPARE(edit.remove(0), 0);
        QVERIFY(!edit.secrets().contains(Prod));
        QCOMPARE(edit.remove(3), 2); // the last one: the one above is next
        QCOMPARE(edit.remove(99), -1);
        QCOMPARE(rows.count(), 7); // duplicate, rename, one move, two adds, two removes: not the refused ones
    }

    void twoRowsOfOneNameKeepTheirOwnSecrets()
    {
        HttpTransport transport;
        InstanceListEdit edit(two(), {{Prod, QStringLiteral("pw-prod")}, {Stage, QStringLiteral("pw-stage")}},
                              &transport);
        // prod renamed to stage (OK refuses it), the stage row stored as the dialog does when
        // it is clicked, then prod named back: each row keeps its own password.
        InstanceProfile clash = edit.at(0);
        clash.name = Stage;
        edit.setRow(0, clash, edit.secretAt(0));
        QVERIFY(!edit.validationError().isEmpty());
        edit.setRow(1, edit.at(1), edit.secretAt(1));
        QCOMPARE(edit.secretAt(0), QStringLiteral("pw-prod"));
        QCOMPARE(edit.secretAt(1), QStringLiteral("pw-stage"));
        InstanceProfile back = edit.at(0);
        back.name = Prod;
        edit.setRow(0, back, edit.secretAt(0));
        QCOMPARE(edit.keychainAfter(),
                 (QHash<QString, QString>{{Prod, QStringLiteral("pw-prod")}, {Stage, QStringLiteral("pw-stage")}}));

        // Copies of one instance get names of their own.
        QCOMPARE(edit.at(edit.duplicate(0)).name, QStringLiteral("oms-prod (copy)"));
        QCOMPARE(edit.at(edit.duplicate(0)).name, QStringLiteral("oms-prod (copy 2)"));
        QVERIFY(edit.validationError().isEmpty());
        QCOMPARE(edit.secretAt(1), QStringLiteral("pw-prod"));
    }

    void emptySecretRemovesIt()
    {
        HttpTransport transport;
        InstanceListEdit edit(two(), {{Prod, QStringLiteral("pw-prod")}}, &transport);
        edit.setRow(0, edit.at(0), QString());
        QVERIFY(edit.secrets().isEmpty());
        QVERIFY(edit.secretAt(0).isEmpty());
    }

    void validationIsTheProfilesFiles()
    {
        HttpTransport transport;
        InstanceListEdit edit(two(), {}, &transport);
        QVERIFY(edit.validationError().isEmpty());
        InstanceProfile clash = edit.at(0);
        clash.name = Stage;
        edit.setRow(0, clash, {});
        QVERIFY2(edit.validationError().contains(QLatin1String("two instances")), qPrintable(edit.validationError()));
        // Removing one of two rows of the same name keeps the other's secret.
        edit.setRow(1, edit.at(1), QStringLiteral("pw-stage"));
        edit.remove(0);
        QCOMPARE(edit.secrets().value(Stage), QStringLiteral("pw-stage"));
        QVERIFY(edit.validationError().isEmpty());
    }

    void keychainChangesAreTheDifference()
    {
        HttpTransport transport;
        InstanceConfig prod = two().at(0).toConfig();
        setSecret(prod, QStringLiteral("pw-prod"));
        const InstanceConfig stage = two().at(1).toConfig(); // no secret known
        InstanceListEdit edit(QList<InstanceConfig>{prod, stage}, &transport);
        QCOMPARE(edit.keychainBefore(),
                 (QHash<QString, QString>{{Prod, QStringLiteral("pw-prod")}, {Stage, QString()}}));
        QCOMPARE(edit.keychainAfter(), edit.keychainBefore()); // nothing edited: nothing to write

        InstanceProfile renamed = edit.at(0);
        renamed.name = QStringLiteral("oms-main");
        edit.setRow(0, renamed, edit.secretAt(0));
        edit.setRow(1, edit.at(1), QStringLiteral("pw-stage"));
        const QHash<QString, QString> after = edit.keychainAfter();
        QCOMPARE(after, (QHash<QString, QString>{{QStringLiteral("oms-main"), QStringLiteral("pw-prod")},
                                                 {Stage, QStringLiteral("pw-stage")}}));
        QVERIFY(!after.contains(Prod)); // gone from the list: SecretStore::applyEdit removes it
        QCOMPARE(edit.keychainBefore().value(Prod), QStringLiteral("pw-prod"));
    }

    void connectionTestAnswers()
    {
        sim::SimulatorServer server(sim::Scenario::Slice::OmsPrimary);
        QVERIFY(server.listen());
        HttpTransport transport;
        InstanceListEdit edit(two(), {}, &transport);
        pointAt(edit, server, QStringLiteral("http"), server.password());
        QSignalSpy started(edit.connectionTest(), &ConnectionTest::started);
        QSignalSpy finished(edit.connectionTest(), &ConnectionTest::finished);
        edit.testConnection(0);
        QCOMPARE(started.count(), 1);
        QCOMPARE(started.first().first().toString(), edit.at(0).baseUrl.toString());
        QVERIFY(edit.connectionTest()->isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        const ConnectionTest::Outcome ok = edit.connectionTest()->outcome();
        QVERIFY2(ok.ok(), qPrintable(ok.error.toString()));
        QCOMPARE(ok.projectCount, 8);
        QVERIFY(ok.responseMs >= 0);
        QVERIFY(!edit.connectionTest()->isRunning());

        edit.setRow(0, edit.at(0), QStringLiteral("nope"));
        edit.testConnection(0);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10000);
        const ConnectionTest::Outcome refused = edit.connectionTest()->outcome();
        QCOMPARE(refused.error.kind, ApiError::Kind::Auth);
        QVERIFY(!refused.error.toString().contains(QLatin1String("nope")));
        QVERIFY(!edit.pinTestedCertificate(0)); // nothing untrusted was met
    }

    void aSecondTestReplacesTheFirst()
    {
        sim::SimulatorServer server(sim::Scenario::Slice::OmsPrimary);
        QVERIFY(server.listen());
        HttpTransport transport;
        InstanceListEdit edit(two(), {}, &transport);
        pointAt(edit, server, QStringLiteral("http"), QStringLiteral("nope"));
        QSignalSpy finished(edit.connectionTest(), &ConnectionTest::finished);
        edit.testConnection(0);
        edit.setRow(0, edit.at(0), server.password());
        edit.testConnection(0); // before the first answered
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        // The first test, sent first, would have answered first (refused): it was dropped.
        QVERIFY2(edit.connectionTest()->outcome().ok(), qPrintable(edit.connectionTest()->outcome().error.toString()));
    }

    void pinsExactlyTheCertificateMet()
    {
        sim::SimulatorServer server(sim::Scenario::Slice::OmsPrimary);
        QVERIFY(server.useBuiltInCertificate());
        QVERIFY(server.listen());
        HttpTransport transport;
        InstanceListEdit edit(two(), {}, &transport);
        pointAt(edit, server, QStringLiteral("https"), server.password());
        QSignalSpy finished(edit.connectionTest(), &ConnectionTest::finished);
        edit.testConnection(0);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        const QString fingerprint = HttpTransport::sha256Fingerprint(sim::SimulatorServer::builtInCertificate());
        QCOMPARE(edit.connectionTest()->outcome().error.kind, ApiError::Kind::Tls);
        QCOMPARE(edit.connectionTest()->outcome().untrustedSha256, fingerprint);
        QVERIFY(!edit.pinTestedCertificate(1)); // another instance than the one tested
        QVERIFY(edit.at(1).pinnedSha256.isEmpty());
        QVERIFY(edit.pinTestedCertificate(0));
        QCOMPARE(edit.at(0).pinnedSha256, fingerprint);
        edit.testConnection(0);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10000);
        QVERIFY2(edit.connectionTest()->outcome().ok(), qPrintable(edit.connectionTest()->outcome().error.toString()));
    }
};

QTEST_MAIN(TestInstanceListEdit)
#include "tst_instancelistedit.moc"
