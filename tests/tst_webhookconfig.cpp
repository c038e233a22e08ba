// SPDX-License-Identifier: MIT
// The window's webhooks (View > Alert webhooks) without widgets: validation, what settings
// keep (never a token or a secret), the URL and signing secret in a real Secret Service
// (gnome-keyring in a private D-Bus session, see with-keyring.sh) across a restart, a
// missing keychain said aloud, and WebhookListModel with its tests against a loopback receiver.
#include "alertcenter.h"
#include "alertwebhooks.h"
#include "hostileserver.h"
#include "httptransport.h"
#include "secretstore.h"
#include "webhooklistmodel.h"

#include <QAbstractItemModelTester>
#include <QDirIterator>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace omsdash;

namespace {
const QString Token = QStringLiteral("access-token-6f1e");
const QString Secret = QStringLiteral("SEC-signing-secret-9a7b");

WebhookEntry entry(const QString &name, const QString &url, WebhookFormat format, const QString &secret = {},
                   const QString &severity = QStringLiteral("LOW"))
{
    WebhookEntry e;
    e.name = name;
    e.destination.url = QUrl(url);
    e.destination.format = format;
    e.destination.secret = secret;
    e.destination.minSeverity = severity;
    return e;
}

WebhookEntry dingtalk()
{
    return entry(QStringLiteral("dba 钉钉"), QStringLiteral("https://oapi.dingtalk.com/robot/send?access_token=") + Token,
                 WebhookFormat::DingTalk, Secret, QStringLiteral("MEDIUM"));
}

/// Every file under the test's config folder whose bytes hold @p text.
QStringList configFilesHolding(const QString &text)
{
    QStringList holding;
    QDirIterator it(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation), QDir::Files | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (!f.open(QIODevice::ReadOnly) || f.readAll().contains(text.toUtf8()))
            holding << f.fileName();
    }
    return holding;
}

SecretStore::Answer readKey(SecretStore &store, const QString &key)
{
    std::optional<SecretStore::Answer> answer;
    store.read(key, [&answer](const SecretStore::Answer &a) { answer = a; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 15'000))
        return {SecretStore::Status::Failed, {}, QStringLiteral("no answer")};
    return *answer;
}
} // namespace

class TestWebhookConfig : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings under ~/.qttest, removed below
        QCoreApplication::setOrganizationName(QStringLiteral("omsdash-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_webhookconfig"));
        QSettings().clear();
    }

    void cleanupTestCase() { QSettings().clear(); }

    void validateNamesTheProblem_data()
    {
        QTest::addColumn<QList<WebhookEntry>>("entries");
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("says");
        const WebhookEntry good = dingtalk();
        WebhookEntry unnamed = good;
        unnamed.name = QStringLiteral("  ");
        WebhookEntry noUrl = good;
        noUrl.destination.url = QUrl();
        WebhookEntry ftp = good;
        ftp.destination.url = QUrl(QStringLiteral("ftp://oapi.dingtalk.com/x"));
        WebhookEntry severity = good;
        severity.destination.minSeverity = QStringLiteral("IGNORE");
        const WebhookEntry slackSigned = entry(QStringLiteral("slack"), QStringLiteral("https://hooks.slack.com/services/x"),
                                               WebhookFormat::Slack, Secret);
        QTest::newRow("fine") << QList<WebhookEntry>{good} << -1 << QString();
        QTest::newRow("no name") << QList<WebhookEntry>{good, unnamed} << 1 << QStringLiteral("needs a name");
        QTest::newRow("twice") << QList<WebhookEntry>{good, good} << 1 << QStringLiteral("Two webhooks");
        QTest::newRow("no url") << QList<WebhookEntry>{noUrl} << 0 << QStringLiteral("has no URL");
        QTest::newRow("ftp") << QList<WebhookEntry>{ftp} << 0 << QStringLiteral("http:// or https://");
        QTest::newRow("severity") << QList<WebhookEntry>{severity} << 0 << QStringLiteral("HIGH, MEDIUM or LOW");
        QTest::newRow("secret") << QList<WebhookEntry>{slackSigned} << 0 << QStringLiteral("slack takes no signing secret");
    }

    void validateNamesTheProblem()
    {
        QFETCH(QList<WebhookEntry>, entries);
        QFETCH(int, row);
        QFETCH(QString, says);
        int at = -2;
        const QString problem = webhooks::validate(entries, &at);
        QCOMPARE(at, row);
        QVERIFY2(says.isEmpty() ? problem.isEmpty() : problem.contains(says), qPrintable(problem));
    }

    void keychainValueRoundTrip()
    {
        WebhookDestination d;
        QVERIFY(webhooks::fromKeychainValue(webhooks::keychainValue(dingtalk().destination), &d));
        QCOMPARE(d.url, dingtalk().destination.url);
        QCOMPARE(d.secret, Secret);
        QVERIFY(!webhooks::fromKeychainValue(QStringLiteral("hunter2"), &d)); // an instance's password, say
        QVERIFY(!webhooks::fromKeychainValue(QStringLiteral(R"({"url":"not a url"})"), &d));
    }

    /// Settings keep the name, format, severity and origin, never the token or the secret.
    void settingsKeepNoTokenNorSecret()
    {
        WebhookEntry off = entry(QStringLiteral("team json"), QStringLiteral("https://user:pw@hooks.example.com:8443/omsdash/abc"),
                                 WebhookFormat::Generic);
        off.enabled = false;
        {
            QSettings settings;
            webhooks::save(settings, {dingtalk(), off});
        }
        QSettings().sync();
        for (const QString &secret : {Token, Secret, QStringLiteral("abc"), QStringLiteral("pw")})
            QVERIFY2(configFilesHolding(secret).isEmpty(), qPrintable(secret));
        QVERIFY(!configFilesHolding(QStringLiteral("https://oapi.dingtalk.com")).isEmpty());
        QSettings settings;
        const QList<WebhookEntry> back = webhooks::load(settings);
        QCOMPARE(back.size(), 2);
        QCOMPARE(back.at(0).name, dingtalk().name);
        QCOMPARE(back.at(0).destination.format, WebhookFormat::DingTalk);
        QCOMPARE(back.at(0).destination.minSeverity, QStringLiteral("MEDIUM"));
        QVERIFY(back.at(0).destination.url.isEmpty());
        QVERIFY(back.at(0).destination.secret.isEmpty());
        QCOMPARE(back.at(0).origin, QUrl(QStringLiteral("https://oapi.dingtalk.com")));
        QCOMPARE(back.at(1).origin, QUrl(QStringLiteral("https://hooks.example.com:8443")));
        QVERIFY(!back.at(1).enabled);
        settings.clear();
    }

    /// Kept, restarted, renamed: the keychain follows, and the alert center sends to what is on.
    void theKeychainKeepsUrlAndSecretAcrossARestart()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run through: dbus-run-session -- tests/with-keyring.sh tst_webhookconfig");
        HttpTransport transport;
        SecretStore store(webhooks::keychainService());
        WebhookEntry off = entry(QStringLiteral("slack"), QStringLiteral("https://hooks.slack.com/services/T0/B0/") + Token,
                                 WebhookFormat::Slack);
        off.enabled = false;
        {
            AlertCenter center(AlertSettings{}, nullptr);
            AlertWebhooks first(&center, &transport, &store, true);
            QSignalSpy problems(&first, &AlertWebhooks::problem);
            QCOMPARE(first.apply({dingtalk(), off}), QString());
            QCOMPARE(center.dispatcher()->destinations(), QList<WebhookDestination>{dingtalk().destination});
            QTRY_COMPARE_WITH_TIMEOUT(readKey(store, dingtalk().name).status, SecretStore::Status::Ok, 15'000);
            QTRY_COMPARE_WITH_TIMEOUT(readKey(store, off.name).status, SecretStore::Status::Ok, 15'000);
            QCOMPARE(problems.size(), 0);
            QVERIFY(first.storageNote().contains(QStringLiteral("system keychain")));
        }
        QSettings().sync();
        QVERIFY(configFilesHolding(Token).isEmpty());
        QVERIFY(configFilesHolding(Secret).isEmpty());

        AlertCenter center(AlertSettings{}, nullptr);
        AlertWebhooks second(&center, &transport, &store, true);
        QSignalSpy loaded(&second, &AlertWebhooks::loaded);
        second.load();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 15'000);
        QCOMPARE(second.entries().size(), 2);
        QCOMPARE(second.entries().at(0).destination, dingtalk().destination);
        QCOMPARE(second.entries().at(1).destination.url, off.destination.url);
        QVERIFY(!second.entries().at(1).enabled);
        QCOMPARE(center.dispatcher()->destinations(), QList<WebhookDestination>{dingtalk().destination});

        // Renamed and one removed: the old entries leave the keychain.
        WebhookEntry renamed = second.entries().at(0);
        renamed.name = QStringLiteral("dba robot");
        QCOMPARE(second.apply({renamed}), QString());
        QTRY_COMPARE_WITH_TIMEOUT(readKey(store, dingtalk().name).status, SecretStore::Status::NotFound, 15'000);
        QTRY_COMPARE_WITH_TIMEOUT(readKey(store, off.name).status, SecretStore::Status::NotFound, 15'000);
        const SecretStore::Answer kept = readKey(store, renamed.name);
        QCOMPARE(kept.status, SecretStore::Status::Ok);
        WebhookDestination d;
        QVERIFY(webhooks::fromKeychainValue(kept.secret, &d));
        QCOMPARE(d.url, dingtalk().destination.url);
        QCOMPARE(d.secret, Secret);

        // An edit applied while the keychain is still answering a load wins over the late answer.
        {
            AlertCenter third(AlertSettings{}, nullptr);
            AlertWebhooks racing(&third, &transport, &store, true);
            QSignalSpy done(&racing, &AlertWebhooks::loaded);
            racing.load(); // reads "dba robot"'s old URL
            WebhookEntry edited = renamed;
            edited.destination.url = QUrl(QStringLiteral("https://oapi.dingtalk.com/robot/send?access_token=new"));
            QCOMPARE(racing.apply({edited}), QString());
            QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 15'000);
            QVERIFY(racing.isLoaded());
            QCOMPARE(racing.entries().at(0).destination.url, edited.destination.url);
            QCOMPARE(third.dispatcher()->destinations().at(0).url, edited.destination.url);
            QCOMPARE(racing.apply({renamed}), QString()); // back as it was, for what follows
        }

        // A refused edit changes nothing.
        QVERIFY(!second.apply({renamed, renamed}).isEmpty());
        QCOMPARE(second.entries().size(), 1);
    }

    /// Without a keychain the URL cannot be kept: the webhook stays listed, unsent, and it is said.
    void withoutAKeychainTheUrlIsAskedFor()
    {
        {
            QSettings settings;
            webhooks::save(settings, {dingtalk()});
        }
        HttpTransport transport;
        AlertCenter center(AlertSettings{}, nullptr);
        AlertWebhooks webhooks(&center, &transport, nullptr, true);
        QSignalSpy problems(&webhooks, &AlertWebhooks::problem);
        QSignalSpy loaded(&webhooks, &AlertWebhooks::loaded);
        webhooks.load();
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.at(0).at(0).toString().contains(dingtalk().name), qPrintable(problems.at(0).at(0).toString()));
        QVERIFY2(problems.at(0).at(0).toString().contains(QStringLiteral("(no system keychain)")),
                 qPrintable(problems.at(0).at(0).toString()));
        QCOMPARE(webhooks.entries().size(), 1);
        QVERIFY(center.dispatcher()->destinations().isEmpty());
        QVERIFY(webhooks.storageNote().contains(QStringLiteral("this session only")));
        QSettings().clear();
    }

    /// The demo's webhooks last the session: nothing reaches settings.
    void notPersistentWritesNothing()
    {
        HttpTransport transport;
        AlertCenter center(AlertSettings{}, nullptr);
        AlertWebhooks webhooks(&center, &transport, nullptr, false);
        QCOMPARE(webhooks.apply({dingtalk()}), QString());
        QCOMPARE(center.dispatcher()->destinations().size(), 1);
        QSettings settings;
        QVERIFY(webhooks::load(settings).isEmpty());
    }

    void listModelShowsNoTokenAndTestsARow()
    {
        HostileServer receiver;
        QVERIFY(receiver.listen());
        receiver.setHandler([](const HostileServer::Request &r) {
            return r.target.startsWith("/refuses") ? HostileServer::json(R"({"errcode":300001,"errmsg":"token is not exist"})")
                                                   : HostileServer::json(R"({"errcode":0,"errmsg":"ok"})");
        });
        HttpTransport transport;
        AlertCenter center(AlertSettings{}, nullptr);
        AlertWebhooks webhooks(&center, &transport, nullptr, false);
        QCOMPARE(webhooks.apply({dingtalk()}), QString());
        WebhookListModel model(&webhooks);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        for (int c = 0; c < model.columnCount(); ++c)
            QVERIFY(!model.index(0, c).data().toString().contains(Token));
        QCOMPARE(model.index(0, WebhookListModel::DestinationColumn).data().toString(),
                 QStringLiteral("https://oapi.dingtalk.com"));
        QCOMPARE(model.index(0, WebhookListModel::SigningColumn).data().toString(), QStringLiteral("signed"));
        QCOMPARE(model.index(0, WebhookListModel::SeverityColumn).data().toString(), QStringLiteral("MEDIUM and HIGH"));

        const int row = model.addEntry();
        QCOMPARE(row, 1);
        QCOMPARE(model.entry(row).name, QStringLiteral("webhook 2"));
        QVERIFY(model.problem().contains(QStringLiteral("has no URL")));
        QSignalSpy finished(&model, &WebhookListModel::testFinished);
        model.test(row); // no URL yet: said at once, nothing sent
        QCOMPARE(finished.size(), 1);
        QCOMPARE(model.index(row, 0).data(WebhookListModel::TestOkRole), QVariant(false));
        QCOMPARE(receiver.requests.size(), 0);

        WebhookEntry e = model.entry(row);
        e.destination.url = QUrl(QString::fromLatin1(receiver.origin()) + QStringLiteral("/hook"));
        model.setEntry(row, e);
        QVERIFY(model.index(row, WebhookListModel::TestColumn).data().toString().isEmpty()); // a new destination
        QCOMPARE(model.problem(), QString());
        model.test(row);
        QCOMPARE(model.index(row, WebhookListModel::TestColumn).data().toString(), QStringLiteral("Testing…"));
        QTRY_COMPARE(finished.size(), 2);
        QCOMPARE(model.index(row, 0).data(WebhookListModel::TestOkRole), QVariant(true));
        QVERIFY(model.index(row, WebhookListModel::TestColumn).data().toString().startsWith(QStringLiteral("✔")));
        QCOMPARE(receiver.requests.size(), 1);
        QCOMPARE(receiver.requests.last().target, "/hook");

        e.destination.url = QUrl(QString::fromLatin1(receiver.origin()) + QStringLiteral("/refuses"));
        e.destination.format = WebhookFormat::DingTalk;
        model.setEntry(row, e);
        model.test(row);
        QTRY_COMPARE(finished.size(), 3);
        QVERIFY(model.index(row, WebhookListModel::TestColumn).data().toString().contains(QStringLiteral("300001")));

        // Removed while its test is under way: the answer finds no row and changes nothing.
        model.test(row);
        model.removeEntry(row);
        QTRY_COMPARE(receiver.requests.size(), 3);
        QTRY_COMPARE(center.dispatcher()->inFlight(), 0); // its answer has been handed back
        QCOMPARE(finished.size(), 3);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(webhooks.entries().size(), 1); // nothing applied until OK
    }
};

QTEST_GUILESS_MAIN(TestWebhookConfig)
#include "tst_webhookconfig.moc"
