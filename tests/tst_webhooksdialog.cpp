// SPDX-License-Identifier: MIT
// View > Alert webhooks: the form edits the selected row, OK waits for a valid list and hands
// it to AlertWebhooks, the signing secret only for robots that sign, and "Send test" reaches
// a loopback receiver. OMSDASH_TEST_SHOTS=DIR saves a picture of the dialog.
#include "alertcenter.h"
#include "alertwebhooks.h"
#include "hostileserver.h"
#include "httptransport.h"
#include "statustext.h"
#include "instancepoller.h"
#include "instanceprofiles.h"
#include "webhooklistmodel.h"
#include "webhooksdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QTranslator>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QTest>

using namespace omsdash;

class TestWebhooksDialog : public QObject
{
    Q_OBJECT

private slots:
    void editTestAndApply()
    {
        HostileServer receiver;
        QVERIFY(receiver.listen());
        receiver.setHandler([](const HostileServer::Request &) { return HostileServer::json(R"({"errcode":0})"); });
        HttpTransport transport;
        AlertCenter center(AlertSettings{}, nullptr);
        AlertWebhooks webhooks(&center, &transport, nullptr, false);
        WebhookEntry team;
        team.name = QStringLiteral("team json");
        team.destination.url = QUrl(QString::fromLatin1(receiver.origin()) + QStringLiteral("/omsdash?token=abc"));
        QCOMPARE(webhooks.apply({team}), QString());

        WebhooksDialog dialog(&webhooks);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("team json"));
        QCOMPARE(dialog.urlEdit()->echoMode(), QLineEdit::Password); // the token is not on screen
        // ... unless asked for; and the URL can be corrected where it is, not only retyped.
        auto *show = dialog.findChild<QToolButton *>();
        QVERIFY(show);
        show->click();
        QCOMPARE(dialog.urlEdit()->echoMode(), QLineEdit::Normal);
        show->click();
        QCOMPARE(dialog.urlEdit()->echoMode(), QLineEdit::Password);
        dialog.urlEdit()->setFocus();
        QTest::keyClick(dialog.urlEdit(), Qt::Key_End);
        QTest::keyClicks(dialog.urlEdit(), QStringLiteral("&x=1"));
        QCOMPARE(dialog.model()->entry(0).destination.url.toString(), team.destination.url.toString() + QStringLiteral("&x=1"));
        QVERIFY(!dialog.secretEdit()->isEnabled()); // generic JSON does not sign
        QVERIFY(ok->isEnabled());
        // The check box in the table and the form's are one: whether alerts go there.
        auto *sendHere = dialog.findChild<QCheckBox *>();
        QVERIFY(sendHere->isChecked());
        QVERIFY(dialog.model()->flags(dialog.model()->index(0, 0)) & Qt::ItemIsUserCheckable);
        QVERIFY(dialog.model()->setData(dialog.model()->index(0, 0), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(!sendHere->isChecked());
        QVERIFY(!dialog.model()->entry(0).enabled);
        sendHere->click();
        QCOMPARE(dialog.model()->index(0, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));

        // A new row: selected, and OK waits for its URL, saying why.
        QTest::mouseClick(dialog.findChildren<QPushButton *>().at(0), Qt::LeftButton); // Add
        QCOMPARE(dialog.table()->currentIndex().row(), 1);
        QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("webhook 2"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog.problem().contains(QStringLiteral("has no URL")));
        const auto labels = dialog.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(),
                            [&](const QLabel *l) { return l->isVisible() && l->text() == dialog.problem(); }));

        dialog.nameEdit()->selectAll();
        QTest::keyClicks(dialog.nameEdit(), QStringLiteral("dba robot"));
        dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(int(WebhookFormat::DingTalk)));
        QVERIFY(dialog.secretEdit()->isEnabled());
        QTest::keyClicks(dialog.urlEdit(), QString::fromLatin1(receiver.origin()) + QStringLiteral("/robot/send?access_token=t"));
        QTest::keyClicks(dialog.secretEdit(), QStringLiteral("SECabc"));
        dialog.severityBox()->setCurrentIndex(dialog.severityBox()->findData(QStringLiteral("HIGH")));
        QVERIFY2(ok->isEnabled(), qPrintable(dialog.problem()));
        const WebhookEntry robot = dialog.model()->entry(1);
        QCOMPARE(robot.name, QStringLiteral("dba robot"));
        QCOMPARE(robot.destination.format, WebhookFormat::DingTalk);
        QCOMPARE(robot.destination.secret, QStringLiteral("SECabc"));
        QCOMPARE(robot.destination.minSeverity, QStringLiteral("HIGH"));

        // A signing secret does not follow the robot to a format that does not sign.
        dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(int(WebhookFormat::WeCom)));
        QVERIFY(!dialog.secretEdit()->isEnabled());
        QVERIFY(dialog.model()->entry(1).destination.secret.isEmpty());
        dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(int(WebhookFormat::DingTalk)));
        QCOMPARE(dialog.model()->entry(1).destination.secret, QStringLiteral("SECabc"));

        // Send test: the row says how it went.
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        QTRY_VERIFY(dialog.model()->index(1, WebhookListModel::TestColumn).data().toString().startsWith(QStringLiteral("✔")));
        QVERIFY(!receiver.requests.isEmpty());
        QVERIFY(receiver.requests.last().target.startsWith("/robot/send?access_token=t&timestamp="));
        QVERIFY(receiver.requests.last().body.contains("[TEST]"));

        const QString shots = qEnvironmentVariable("OMSDASH_TEST_SHOTS");
        if (!shots.isEmpty())
            dialog.grab().save(shots + QStringLiteral("/alert-webhooks.png"));

        QVERIFY(webhooks.entries().size() == 1); // nothing kept before OK
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(webhooks.entries().size(), 2);
        QCOMPARE(center.dispatcher()->destinations().size(), 2);
        QCOMPARE(center.dispatcher()->destinations().at(1).secret, QStringLiteral("SECabc"));
    }

    /// In Chinese, with the app's own translation: the messages made outside any class (the
    /// test message, validation, instance health) find their translation too. lupdate files
    /// such strings under the namespace they are in, and the code must ask for that context.
    void chineseReachesFreeFunctions()
    {
        QTranslator app;
        QVERIFY(app.load(QStringLiteral(OMSDASH_QM)));
        QCoreApplication::installTranslator(&app);
        QTranslator qt;
        const bool qtBase = qt.load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("qtbase"), QStringLiteral("_"),
                                    QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        if (qtBase)
            QCoreApplication::installTranslator(&qt);
        const auto chinese = [](const QString &text) {
            return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff; });
        };
        WebhookDestination d;
        d.url = QUrl(QStringLiteral("http://127.0.0.1:9/hook"));
        const QByteArray test = webhookTestMessage(d, 1'790'000'000'000).body;
        QVERIFY2(chinese(QString::fromUtf8(test)), test.constData());
        WebhookEntry noUrl;
        noUrl.name = QStringLiteral("robot");
        QVERIFY2(chinese(webhooks::validate({noUrl})), qPrintable(webhooks::validate({noUrl})));
        QVERIFY2(chinese(statustext::health({})), qPrintable(statustext::health({})));
        QVERIFY(chinese(profiles::fromJson("{").error.message));
        ApiError network;
        network.kind = ApiError::Kind::Network;
        network.message = QStringLiteral("Connection refused");
        QVERIFY2(chinese(network.toString()), qPrintable(network.toString()));

        HttpTransport transport;
        AlertCenter center(AlertSettings{}, nullptr);
        AlertWebhooks webhooks(&center, &transport, nullptr, false);
        WebhooksDialog dialog(&webhooks);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::mouseClick(dialog.findChildren<QPushButton *>().at(0), Qt::LeftButton); // Add
        QVERIFY(chinese(dialog.windowTitle()));
        QVERIFY2(chinese(dialog.problem()), qPrintable(dialog.problem()));
        if (qtBase) // Debian's qt6-translations-l10n: the buttons of Qt's own dialogs
            QVERIFY(chinese(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->text()));
        const QString shots = qEnvironmentVariable("OMSDASH_TEST_SHOTS");
        if (!shots.isEmpty())
            dialog.grab().save(shots + QStringLiteral("/alert-webhooks-zh_CN.png"));
        QCoreApplication::removeTranslator(&app);
        QCoreApplication::removeTranslator(&qt);
    }

    void removingTheLastRowEmptiesTheForm()
    {
        HttpTransport transport;
        AlertCenter center(AlertSettings{}, nullptr);
        AlertWebhooks webhooks(&center, &transport, nullptr, false);
        WebhooksDialog dialog(&webhooks);
        QVERIFY(!dialog.nameEdit()->isEnabled()); // no webhook: nothing to edit
        QTest::mouseClick(dialog.findChildren<QPushButton *>().at(0), Qt::LeftButton); // Add
        QVERIFY(dialog.nameEdit()->isEnabled());
        QTest::mouseClick(dialog.findChildren<QPushButton *>().at(1), Qt::LeftButton); // Remove
        QCOMPARE(dialog.model()->rowCount(), 0);
        QVERIFY(!dialog.nameEdit()->isEnabled());
        QVERIFY(dialog.nameEdit()->text().isEmpty());
        dialog.accept(); // none: alerts go nowhere but the desktop
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(center.dispatcher()->destinations().isEmpty());
    }
};

QTEST_MAIN(TestWebhooksDialog)
#include "tst_webhooksdialog.moc"
