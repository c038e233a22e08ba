// SPDX-License-Identifier: MIT
// No keychain reachable (no D-Bus session bus): SecretStore says so, never writes a secret
// anywhere, and the start-up prompt says the secret lasts this session only.
#include "apphome.h"
#include "instancesdialog.h"
#include "secretprompt.h"
#include "secretstore.h"

#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace omsdash;
using Status = SecretStore::Status;

class TestNoKeychain : public QObject
{
    Q_OBJECT

public:
    explicit TestNoKeychain(QTemporaryDir *home)
        : m_home(home)
    {
    }

private slots:
    void everyCallAnswersUnavailableWithTheReason()
    {
        SecretStore store(QStringLiteral("omsdash-test"));
        QSignalSpy unavailable(&store, &SecretStore::becameUnavailable);
        QVERIFY(store.available()); // nothing known yet

        std::optional<SecretStore::Answer> written;
        store.write(QStringLiteral("oms-prod"), Secret, [&written](const SecretStore::Answer &a) { written = a; });
        QVERIFY(!written); // never answers synchronously
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 15000);
        QCOMPARE(written->status, Status::Unavailable);
        QVERIFY2(written->message.contains(QStringLiteral("D-Bus")), qPrintable(written->message));
        QVERIFY(!store.available());
        QCOMPARE(store.unavailableReason(), written->message);
        QCOMPARE(unavailable.size(), 1);

        // Later calls answer at once, without trying again, and the signal is not repeated.
        std::optional<SecretStore::Answer> read;
        QElapsedTimer clock;
        clock.start();
        store.read(QStringLiteral("oms-prod"), [&read](const SecretStore::Answer &a) { read = a; });
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 5000);
        QVERIFY(clock.elapsed() < 1000);
        QCOMPARE(read->status, Status::Unavailable);
        QVERIFY(read->secret.isEmpty());
        QCOMPARE(unavailable.size(), 1);

        std::optional<QString> problem;
        store.applyEdit({}, {{QStringLiteral("oms-prod"), Secret}}, true, [&problem](const QString &p) { problem = p; });
        QTRY_VERIFY_WITH_TIMEOUT(problem.has_value(), 5000);
        QVERIFY2(problem->startsWith(QStringLiteral("oms-prod: ")), qPrintable(*problem));
    }

    /// No plain-text fallback: after all those writes, no file anywhere under HOME holds it.
    void nothingWasWrittenInPlainText()
    {
        int files = 0;
        const QStringList holding = filesHolding(m_home->path(), Secret, &files);
        QVERIFY2(holding.isEmpty(), qPrintable(holding.join(QLatin1Char(' '))));
    }

    void promptWithoutKeychainSaysSoAndCannotRemember()
    {
        SecretPrompt prompt(QStringLiteral("oms-prod"), QStringLiteral("Password of admin on oms-prod:"),
                            QStringLiteral("no D-Bus session bus"));
        prompt.show();
        QVERIFY(!prompt.rememberBox()->isVisible());
        QVERIFY(prompt.noteLabel()->text().contains(QStringLiteral("no D-Bus session bus")));
        QVERIFY(prompt.noteLabel()->text().contains(QStringLiteral("this session only")));
        QTest::keyClicks(prompt.secretEdit(), Secret);
        prompt.rememberBox()->setChecked(true); // even so
        QCOMPARE(prompt.secret(), Secret);
        QVERIFY(!prompt.remember());
        QCOMPARE(prompt.secretEdit()->echoMode(), QLineEdit::Password);
    }

    void promptWithKeychainOffersToRemember()
    {
        SecretPrompt prompt(QStringLiteral("oms-prod"), QStringLiteral("Password of admin on oms-prod:"), {});
        prompt.show();
        QVERIFY(prompt.rememberBox()->isVisible());
        QVERIFY(prompt.rememberBox()->isChecked());
        QVERIFY(!prompt.remember()); // nothing typed yet
        QTest::keyClicks(prompt.secretEdit(), Secret);
        QVERIFY(prompt.remember());
        prompt.rememberBox()->setChecked(false);
        QVERIFY(!prompt.remember());
    }

    void instancesDialogSaysWhereSecretsGo()
    {
        InstanceProfile p;
        p.name = QStringLiteral("oms-prod");
        p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8089"));
        p.user = QStringLiteral("admin");
        InstanceListEdit edit({p}, {}, nullptr);
        InstancesDialog dialog(&edit);
        dialog.setKeychainProblem({});
        QCOMPARE(dialog.secretEdit()->placeholderText(), QStringLiteral("stored in the system keychain"));
        dialog.setKeychainProblem(QStringLiteral("no D-Bus session bus"));
        QCOMPARE(dialog.secretEdit()->placeholderText(), QStringLiteral("kept for this session only"));
        QVERIFY(dialog.secretEdit()->toolTip().contains(QStringLiteral("no D-Bus session bus")));
    }

private:
    static inline const QString Secret = QStringLiteral("no-kc-Pa55-4-test");
    QTemporaryDir *m_home;
};

int main(int argc, char **argv)
{
    // Before anything touches D-Bus: a session bus that does not exist, and a private HOME.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/omsdash-test-bus");
    QTemporaryDir home;
    if (!home.isValid())
        return 1;
    qputenv("HOME", home.path().toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toLocal8Bit());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("omsdash"));
    QApplication::setApplicationName(QStringLiteral("omsdash"));
    TestNoKeychain test(&home);
    return QTest::qExec(&test, argc, argv);
}
#include "tst_nokeychain.moc"
