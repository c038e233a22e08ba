// SPDX-License-Identifier: MIT
// SecretStore against a real Secret Service (gnome-keyring in a private D-Bus session, see
// with-keyring.sh), and the app reading an instance's password from it end to end, with no
// trace of the password in any file the app wrote.
#include "alertwebhooks.h"
#include "apphome.h"
#include "hostileserver.h"
#include "secretprompt.h"
#include "secretstore.h"
#include "simulatorserver.h"
#include "startupsecrets.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QSettings>
#include <QLineEdit>
#include <QTimer>
#include <QImage>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace omsdash;
using Status = SecretStore::Status;

namespace {

/// Runs one call to completion and returns its answer.
template<typename Call>
SecretStore::Answer await(Call call)
{
    std::optional<SecretStore::Answer> answer;
    call([&answer](const SecretStore::Answer &a) { answer = a; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 15000))
        return {Status::Failed, {}, QStringLiteral("no answer in 15 s")};
    return *answer;
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run through: dbus-run-session -- tests/with-keyring.sh tst_keychain");
        QVERIFY(m_home.isValid());
    }

    void writeReadOverwriteRemove()
    {
        SecretStore store(m_service);
        const QString key = QStringLiteral("oms-prod");
        QCOMPARE(await([&](auto done) { store.write(key, QStringLiteral("first 密码"), done); }).status, Status::Ok);
        auto read = await([&](auto done) { store.read(key, done); });
        QCOMPARE(read.status, Status::Ok);
        QCOMPARE(read.secret, QStringLiteral("first 密码"));

        QCOMPARE(await([&](auto done) { store.write(key, QStringLiteral("second"), done); }).status, Status::Ok);
        QCOMPARE(await([&](auto done) { store.read(key, done); }).secret, QStringLiteral("second"));

        QCOMPARE(await([&](auto done) { store.remove(key, done); }).status, Status::Ok);
        QCOMPARE(await([&](auto done) { store.read(key, done); }).status, Status::NotFound);
        QVERIFY(store.available());
    }

    /// A store that goes away with its calls under way (a dialog closed, the app quitting):
    /// they are still carried out, and the keychain's late answers reach nothing gone (a job
    /// deleted with its store crashed the next turn of the event loop).
    void aStoreGoneWithCallsUnderWay()
    {
        const QString service = m_service + QStringLiteral("-gone");
        for (int turns = 0; turns < 3; ++turns) {
            const QString key = QStringLiteral("oms-%1").arg(turns);
            {
                SecretStore store(service);
                store.write(key, QStringLiteral("kept %1").arg(turns), [](const SecretStore::Answer &) {
                    QFAIL("a store gone does not answer");
                });
                for (int i = 0; i < turns; ++i) // the job started, its D-Bus call under way
                    QCoreApplication::processEvents();
            }
            SecretStore next(service);
            QTRY_COMPARE(await([&](auto done) { next.read(key, done); }).secret, QStringLiteral("kept %1").arg(turns));
        }
    }

    void entriesAreSeparateByServiceAndKey()
    {
        SecretStore store(m_service);
        SecretStore other(m_service + QStringLiteral("-other"));
        QCOMPARE(await([&](auto done) { store.write(QStringLiteral("a"), QStringLiteral("A"), done); }).status,
                 Status::Ok);
        QCOMPARE(await([&](auto done) { store.write(QStringLiteral("b"), QStringLiteral("B"), done); }).status,
                 Status::Ok);
        QCOMPARE(await([&](auto done) { other.read(QStringLiteral("a"), done); }).status, Status::NotFound);

        std::optional<QHash<QString, SecretStore::Answer>> all;
        store.readAll({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
                      [&all](const QHash<QString, SecretStore::Answer> &answers) { all = answers; });
        QTRY_VERIFY_WITH_TIMEOUT(all.has_value(), 15000);
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->value(QStringLiteral("a")).secret, QStringLiteral("A"));
        QCOMPARE(all->value(QStringLiteral("b")).secret, QStringLiteral("B"));
        QCOMPARE(all->value(QStringLiteral("c")).status, Status::NotFound);
    }

    void applyEditWritesChangesAndRemovesWhatIsGone()
    {
        SecretStore store(m_service + QStringLiteral("-edit"));
        for (const char *name : {"keep", "old-name", "dropped", "unknown"})
            QCOMPARE(await([&](auto done) { store.write(QString::fromLatin1(name), QStringLiteral("pw-%1").arg(QString::fromLatin1(name)), done); }).status,
                     Status::Ok);

        const QHash<QString, QString> before{{QStringLiteral("keep"), QStringLiteral("pw-keep")},
                                             {QStringLiteral("old-name"), QStringLiteral("pw-old-name")},
                                             {QStringLiteral("dropped"), QStringLiteral("pw-dropped")},
                                             {QStringLiteral("unknown"), QString()}};
        // "keep" gets a new password, "old-name" is renamed, "dropped" removed; "unknown" was
        // never typed this session and stays as it is.
        const QHash<QString, QString> after{{QStringLiteral("keep"), QStringLiteral("pw-keep-2")},
                                            {QStringLiteral("new-name"), QStringLiteral("pw-old-name")},
                                            {QStringLiteral("unknown"), QString()}};
        std::optional<QString> problem;
        store.applyEdit(before, after, true, [&problem](const QString &p) { problem = p; });
        QTRY_VERIFY_WITH_TIMEOUT(problem.has_value(), 15000);
        QVERIFY2(problem->isEmpty(), qPrintable(*problem));

        QCOMPARE(await([&](auto done) { store.read(QStringLiteral("keep"), done); }).secret, QStringLiteral("pw-keep-2"));
        QCOMPARE(await([&](auto done) { store.read(QStringLiteral("new-name"), done); }).secret,
                 QStringLiteral("pw-old-name"));
        QCOMPARE(await([&](auto done) { store.read(QStringLiteral("old-name"), done); }).status, Status::NotFound);
        QCOMPARE(await([&](auto done) { store.read(QStringLiteral("dropped"), done); }).status, Status::NotFound);
        QCOMPARE(await([&](auto done) { store.read(QStringLiteral("unknown"), done); }).secret,
                 QStringLiteral("pw-unknown"));

        // Not persistent (a --profiles session): nothing is removed.
        problem.reset();
        store.applyEdit(after, {{QStringLiteral("keep"), QStringLiteral("pw-keep-2")}}, false,
                        [&problem](const QString &p) { problem = p; });
        QTRY_VERIFY_WITH_TIMEOUT(problem.has_value(), 15000);
        QCOMPARE(await([&](auto done) { store.read(QStringLiteral("new-name"), done); }).status, Status::Ok);
    }

    /// Start-up: asked once, remembered on request, read from the keychain the next time.
    void askedOnceThenReadFromTheKeychain()
    {
        SecretStore store(m_service + QStringLiteral("-ask"));
        InstanceConfig config;
        config.name = QStringLiteral("oms-asked");
        config.user = QStringLiteral("admin");
        config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));

        int prompts = 0;
        bool offeredToRemember = false;
        QTimer answerer;
        connect(&answerer, &QTimer::timeout, this, [&] {
            if (auto *prompt = qobject_cast<SecretPrompt *>(QApplication::activeModalWidget())) {
                ++prompts;
                offeredToRemember = prompt->rememberBox()->isVisible() && prompt->rememberBox()->isChecked();
                prompt->secretEdit()->setText(QStringLiteral("typed-at-start"));
                prompt->accept();
            }
        });
        answerer.start(20);

        QList<InstanceConfig> first{config};
        fillSecrets(first, store, true);
        QCOMPARE(prompts, 1);
        QVERIFY(offeredToRemember);
        QCOMPARE(first.at(0).password, QStringLiteral("typed-at-start"));
        // The write was started at the end of fillSecrets(); wait until it has landed.
        QVERIFY(QTest::qWaitFor([&] {
            return await([&](auto done) { store.read(config.name, done); }).secret == QStringLiteral("typed-at-start");
        }, 15000));

        SecretStore nextSession(m_service + QStringLiteral("-ask"));
        QList<InstanceConfig> second{config};
        fillSecrets(second, nextSession, true);
        QCOMPARE(prompts, 1); // not asked again
        QCOMPARE(second.at(0).password, QStringLiteral("typed-at-start"));

        // Not interactive (a screenshot): whatever is missing stays missing, nobody is asked.
        config.name = QStringLiteral("oms-never-stored");
        QList<InstanceConfig> third{config};
        fillSecrets(third, nextSession, false);
        QCOMPARE(prompts, 1);
        QVERIFY(third.at(0).password.isEmpty());
    }

    /// The app, on an instance whose password is only in the keychain, for a screenshot.
    void appReadsThePasswordFromTheKeychain()
    {
        const QString password = QStringLiteral("kc-Pa55-%1").arg(QCoreApplication::applicationPid());
        sim::SimulatorServer server(sim::Scenario::Slice::OmsPrimary);
        server.setCredentials(QStringLiteral("admin"), password);
        QVERIFY(server.listen());
        writeProfiles(server.port());
        SecretStore appStore; // the app's own service name
        QCOMPARE(await([&](auto done) { appStore.write(QStringLiteral("kc-oms"), password, done); }).status, Status::Ok);

        const QString png = m_home.filePath(QStringLiteral("kc-oms.png"));
        const auto [code, err] = runApp({QStringLiteral("--profiles"), m_home.filePath(QStringLiteral("team.json")),
                                         QStringLiteral("--instance"), QStringLiteral("kc-oms"),
                                         QStringLiteral("--screenshot"), png});
        QVERIFY2(code == 0, qPrintable(err));
        QVERIFY(!QImage(png).isNull());
        QVERIFY(!err.contains(password));

        int files = 0;
        const QStringList holding = filesHolding(m_home.path(), password, &files);
        QVERIFY2(holding.isEmpty(), qPrintable(holding.join(QLatin1Char(' '))));
        QVERIFY(files >= 2); // the profiles file and the picture at least

        // With a wrong password in the keychain the same command is refused by the server:
        // the keychain's secret is what was sent.
        QCOMPARE(await([&](auto done) { appStore.write(QStringLiteral("kc-oms"), QStringLiteral("wrong"), done); }).status,
                 Status::Ok);
        const auto [refused, why] = runApp({QStringLiteral("--profiles"), m_home.filePath(QStringLiteral("team.json")),
                                            QStringLiteral("--instance"), QStringLiteral("kc-oms"),
                                            QStringLiteral("--screenshot"), m_home.filePath(QStringLiteral("x.png"))});
        QCOMPARE(refused, 3);
        QVERIFY2(why.contains(QStringLiteral("Authentication failed")), qPrintable(why));
        QCOMPARE(await([&](auto done) { appStore.remove(QStringLiteral("kc-oms"), done); }).status, Status::Ok);
    }

    /// The window's webhook, its URL only in the keychain (service omsdash-webhooks), gets the
    /// alert of the simulator's FAILED project; no file the app wrote holds the URL's token.
    void appSendsAlertsToTheWebhookKeptInTheKeychain()
    {
        const QString password = QStringLiteral("kc-hook-%1").arg(QCoreApplication::applicationPid());
        sim::SimulatorServer server(sim::Scenario::Slice::OmsPrimary);
        server.setCredentials(QStringLiteral("admin"), password);
        QVERIFY(server.listen());
        writeProfiles(server.port());
        HostileServer receiver;
        QVERIFY(receiver.listen());
        receiver.setHandler([](const HostileServer::Request &) { return HostileServer::json("{}"); });
        const QString token = QStringLiteral("hook-token-%1").arg(QCoreApplication::applicationPid());
        WebhookDestination hook;
        hook.url = QUrl(QString::fromLatin1(receiver.origin()) + QStringLiteral("/omsdash?token=") + token);
        SecretStore appStore;
        QCOMPARE(await([&](auto done) { appStore.write(QStringLiteral("kc-oms"), password, done); }).status, Status::Ok);
        SecretStore hookStore(webhooks::keychainService());
        QCOMPARE(await([&](auto done) { hookStore.write(QStringLiteral("team"), webhooks::keychainValue(hook), done); }).status,
                 Status::Ok);
        {
            QSettings settings(QDir(m_home.path()).filePath(QStringLiteral("config/omsdash/omsdash.conf")),
                               QSettings::IniFormat);
            WebhookEntry saved;
            saved.name = QStringLiteral("team");
            saved.destination = hook;
            webhooks::save(settings, {saved});
        }

        QProcess app;
        app.setProcessEnvironment(appEnvironment(m_home.path()));
        app.start(QStringLiteral(OMSDASH_APP), {QStringLiteral("--profiles"), m_home.filePath(QStringLiteral("team.json")),
                                                QStringLiteral("--instance"), QStringLiteral("kc-oms")});
        const bool sent = QTest::qWaitFor([&receiver] {
            return std::any_of(receiver.requests.cbegin(), receiver.requests.cend(),
                               [](const HostileServer::Request &r) { return r.body.contains("\"rule\":\"projectFailed\""); });
        }, 60'000);
        app.kill();
        app.waitForFinished();
        QVERIFY2(sent, app.readAllStandardError().constData());
        QVERIFY(receiver.requests.constFirst().target.startsWith("/omsdash?token=" + token.toUtf8()));
        int files = 0;
        const QStringList holding = filesHolding(m_home.path(), token, &files);
        QVERIFY2(holding.isEmpty(), qPrintable(holding.join(QLatin1Char(' '))));
        QVERIFY(files >= 2); // the settings and the history at least
        QCOMPARE(await([&](auto done) { hookStore.remove(QStringLiteral("team"), done); }).status, Status::Ok);
        QCOMPARE(await([&](auto done) { appStore.remove(QStringLiteral("kc-oms"), done); }).status, Status::Ok);
    }

private:
    void writeProfiles(quint16 port)
    {
        QFile f(m_home.filePath(QStringLiteral("team.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("{\"schemaVersion\": 1, \"instances\": [{\"name\": \"kc-oms\", \"api\": \"oms4\","
                               " \"url\": \"http://127.0.0.1:%1\", \"user\": \"admin\"}]}")
                    .arg(port)
                    .toUtf8());
    }

    /// Runs omsdash with its settings, data and cache in m_home, spinning this event loop
    /// (the simulator lives in this process) until it exits.
    std::pair<int, QString> runApp(const QStringList &args)
    {
        QProcess p;
        p.setProcessEnvironment(appEnvironment(m_home.path())); // the keyring keeps its files elsewhere
        p.start(QStringLiteral(OMSDASH_APP), args);
        if (!QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 60000)) {
            p.kill();
            p.waitForFinished();
            return {-1, QStringLiteral("timed out")};
        }
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardError())};
    }

    const QString m_service = QStringLiteral("omsdash-test-%1").arg(QCoreApplication::applicationPid());
    QTemporaryDir m_home;
};

QTEST_MAIN(TestKeychain)
#include "tst_keychain.moc"
