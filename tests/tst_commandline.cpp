// SPDX-License-Identifier: MIT
// Command-line parsing: modes, validation, secrets from files only.
#include "commandline.h"
#include "startupsecrets.h"

#include <QTemporaryDir>
#include <QTest>

using namespace omsdash;

class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    static std::pair<AppOptions, QString> parse(QStringList args)
    {
        args.prepend(QStringLiteral("omsdash"));
        return parseCommandLine(args);
    }

private slots:
    void demo()
    {
        const auto [o, error] = parse({QStringLiteral("--demo"), QStringLiteral("--screenshot"), QStringLiteral("a.png")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(o.demo);
        QCOMPARE(o.screenshotPath, QStringLiteral("a.png"));
        QCOMPARE(o.screenshotTimeoutSeconds, 30);
        QVERIFY(!o.instance.has_value());
    }

    void wall()
    {
        QVERIFY(!parse({QStringLiteral("--demo")}).first.wall);
        const auto [o, error] = parse({QStringLiteral("--demo"), QStringLiteral("--wall")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(o.wall);
    }

    void nameKeptWhenThePasswordIsAsked()
    {
        // No --password-file: the password is asked for, in a prompt naming the instance as
        // --name says, and the session keeps that name.
        const QString name = QStringLiteral("生产 OMS prod");
        const auto [o, error] = parse({QStringLiteral("--url"), QStringLiteral("http://oms.example:8089"),
                                       QStringLiteral("--user"), QStringLiteral("dba"), QStringLiteral("--name"), name});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(o.instance.has_value());
        QCOMPARE(o.instance->name, name);
        QVERIFY(o.instance->password.isEmpty());
        QCOMPARE(secretQuestion(*o.instance), QStringLiteral("Password of dba on %1:").arg(name));
    }

    void realInstanceWithPasswordFile()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("pw"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("s3cret pass\nignored second line\n");
        f.close();
        const auto [o, error] = parse({QStringLiteral("--url"), QStringLiteral("http://oms.example:8089"),
                                       QStringLiteral("--api"), QStringLiteral("oms4"), QStringLiteral("--user"),
                                       QStringLiteral("dba"), QStringLiteral("--password-file"), file});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(o.instance.has_value());
        QCOMPARE(o.instance->api, ApiKind::Oms4);
        QCOMPARE(o.instance->baseUrl, QUrl(QStringLiteral("http://oms.example:8089")));
        QCOMPARE(o.instance->name, QStringLiteral("oms.example"));
        QCOMPARE(o.instance->user, QStringLiteral("dba"));
        QCOMPARE(o.instance->password, QStringLiteral("s3cret pass"));
    }

    void savedOrFileProfiles()
    {
        const auto [o, error] = parse({});
        QVERIFY2(error.isEmpty(), qPrintable(error)); // the saved profiles
        QVERIFY(!o.demo);
        QVERIFY(!o.instance.has_value());
        const auto [o2, error2] = parse({QStringLiteral("--profiles"), QStringLiteral("team.json"),
                                         QStringLiteral("--instance"), QStringLiteral("oms-prod"),
                                         QStringLiteral("--password-file"), QStringLiteral("pw")});
        QVERIFY2(error2.isEmpty(), qPrintable(error2));
        QCOMPARE(o2.profilesPath, QStringLiteral("team.json"));
        QCOMPARE(o2.instanceName, QStringLiteral("oms-prod"));
        QCOMPARE(o2.passwordFile, QStringLiteral("pw")); // read later, for that instance only
    }

    void drsWithIamLogin()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("pw")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("iam-secret\n");
        f.close();
        const auto [o, error] = parse({QStringLiteral("--url"), QStringLiteral("https://drs.cn-north-4.myhuaweicloud.com"),
                                       QStringLiteral("--api"), QStringLiteral("drs"), QStringLiteral("--project"), QStringLiteral("job-1"),
                                       QStringLiteral("--iam-url"), QStringLiteral("https://iam.myhuaweicloud.com"),
                                       QStringLiteral("--domain"), QStringLiteral("acme"), QStringLiteral("--user"), QStringLiteral("watcher"),
                                       QStringLiteral("--password-file"), f.fileName(),
                                       QStringLiteral("--drs-project-name"), QStringLiteral("cn-north-4")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(o.instance->authToken.isEmpty());
        QCOMPARE(o.instance->password, QStringLiteral("iam-secret"));
        QCOMPARE(o.instance->drsDomain, QStringLiteral("acme"));
        QCOMPARE(o.instance->iamEndpoint, QUrl(QStringLiteral("https://iam.myhuaweicloud.com")));
        // Without the domain it is refused, saying what is missing.
        const auto [o2, error2] = parse({QStringLiteral("--url"), QStringLiteral("https://drs"), QStringLiteral("--api"),
                                         QStringLiteral("drs"), QStringLiteral("--project"), QStringLiteral("j"),
                                         QStringLiteral("--iam-url"), QStringLiteral("https://iam")});
        QVERIFY2(error2.contains(QStringLiteral("--domain")), qPrintable(error2));
    }

    void oms3NeedsProjects()
    {
        const auto [o, error] = parse({QStringLiteral("--url"), QStringLiteral("http://oms:8089"),
                                       QStringLiteral("--api"), QStringLiteral("oms3")});
        QVERIFY(error.contains(QStringLiteral("--project")));
        const auto [o2, error2] = parse({QStringLiteral("--url"), QStringLiteral("http://oms:8089"),
                                         QStringLiteral("--api"), QStringLiteral("oms3"),
                                         QStringLiteral("--project"), QStringLiteral("p_1"),
                                         QStringLiteral("--project"), QStringLiteral("p_2")});
        QVERIFY2(error2.isEmpty(), qPrintable(error2));
        QCOMPARE(o2.instance->projectIds, (QStringList{QStringLiteral("p_1"), QStringLiteral("p_2")}));
    }

    /// Each --alert-webhook takes the options that follow it; --alertmanager comes last.
    void watchWebhooks()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("secret")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("SECsign\n");
        f.close();
        const QString hook = QStringLiteral("--alert-webhook");
        const auto [o, error] = parse({QStringLiteral("watch"), QStringLiteral("--demo"),
                                       QStringLiteral("--alertmanager"), QStringLiteral("http://am:9093"),
                                       hook, QStringLiteral("https://hooks.slack.com/services/a/b/c"),
                                       hook, QStringLiteral("https://oapi.dingtalk.com/robot/send?access_token=t"),
                                       QStringLiteral("--alert-webhook-secret-file"), f.fileName(),
                                       QStringLiteral("--alert-webhook-format"), QStringLiteral("DingTalk"),
                                       QStringLiteral("--alert-webhook-severity"), QStringLiteral("medium"),
                                       hook, QStringLiteral("http://127.0.0.1:8000/omsdash")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(o.webhooks.size(), 4);
        QCOMPARE(o.webhooks.at(0).format, WebhookFormat::Generic); // no --alert-webhook-format after it
        QCOMPARE(o.webhooks.at(0).minSeverity, QStringLiteral("LOW"));
        QCOMPARE(o.webhooks.at(1).format, WebhookFormat::DingTalk);
        QCOMPARE(o.webhooks.at(1).secret, QStringLiteral("SECsign"));
        QCOMPARE(o.webhooks.at(1).minSeverity, QStringLiteral("MEDIUM"));
        QCOMPARE(o.webhooks.at(2).format, WebhookFormat::Generic);
        QVERIFY(o.webhooks.at(2).secret.isEmpty());
        QCOMPARE(o.webhooks.at(3).format, WebhookFormat::Alertmanager);
        QCOMPARE(o.webhooks.at(3).url, QUrl(QStringLiteral("http://am:9093")));
    }

    /// --listen belongs to watch: loopback unless an address is given; a bad value is refused.
    void watchListen()
    {
        auto [o, error] = parse({QStringLiteral("watch"), QStringLiteral("--demo"), QStringLiteral("--listen"),
                                 QStringLiteral("9745")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(o.listen);
        QCOMPARE(o.listen->first, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(o.listen->second, quint16(9745));
        std::tie(o, error) = parse({QStringLiteral("watch"), QStringLiteral("--demo")});
        QVERIFY(error.isEmpty());
        QVERIFY(!o.listen);
        std::tie(o, error) = parse({QStringLiteral("watch"), QStringLiteral("--demo"), QStringLiteral("--listen"),
                                    QStringLiteral("oms.example:80")});
        QVERIFY2(error.contains(QStringLiteral("--listen takes [ADDR:]PORT")), qPrintable(error));
        std::tie(o, error) = parse({QStringLiteral("--demo"), QStringLiteral("--listen"), QStringLiteral("9745")});
        QVERIFY2(error.contains(QStringLiteral("listen")), qPrintable(error)); // not the window's
    }

    void watchWebhookErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("fragment");
        const QString hook = QStringLiteral("--alert-webhook");
        QTest::newRow("format first") << QStringList{QStringLiteral("--alert-webhook-format"), QStringLiteral("slack"), hook,
                                                     QStringLiteral("http://h/x")}
                                      << "goes after the --alert-webhook";
        QTest::newRow("unknown format") << QStringList{hook, QStringLiteral("http://h/x"), QStringLiteral("--alert-webhook-format"),
                                                       QStringLiteral("teams")}
                                        << "'teams'";
        QTest::newRow("format alertmanager") << QStringList{hook, QStringLiteral("http://h/x"), QStringLiteral("--alert-webhook-format"),
                                                            QStringLiteral("alertmanager")}
                                             << "generic, dingtalk";
        QTest::newRow("bad severity") << QStringList{hook, QStringLiteral("http://h/x"), QStringLiteral("--alert-webhook-severity"),
                                                     QStringLiteral("IGNORE")}
                                      << "HIGH, MEDIUM or LOW";
        QTest::newRow("no host") << QStringList{hook, QStringLiteral("hooks")} << "--alert-webhook needs";
        QTest::newRow("ftp alertmanager") << QStringList{QStringLiteral("--alertmanager"), QStringLiteral("ftp://am")}
                                          << "--alertmanager needs";
        QTest::newRow("missing secret") << QStringList{hook, QStringLiteral("http://h/x"), QStringLiteral("--alert-webhook-format"),
                                                       QStringLiteral("feishu"), QStringLiteral("--alert-webhook-secret-file"),
                                                       QStringLiteral("/nonexistent/secret")}
                                        << "/nonexistent/secret";
    }

    void watchWebhookErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, fragment);
        args.prepend(QStringLiteral("--demo"));
        args.prepend(QStringLiteral("watch"));
        const auto [o, error] = parse(args);
        QVERIFY2(error.contains(fragment), qPrintable(error));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("profiles with demo") << QStringList{QStringLiteral("--demo"), QStringLiteral("--profiles"), QStringLiteral("p.json")}
                                            << "--profiles";
        QTest::newRow("whose password") << QStringList{QStringLiteral("--password-file"), QStringLiteral("pw")}
                                        << "--instance";
        QTest::newRow("both") << QStringList{QStringLiteral("--demo"), QStringLiteral("--url"), QStringLiteral("http://x")}
                              << "--demo or --url";
        QTest::newRow("bad api") << QStringList{QStringLiteral("--url"), QStringLiteral("http://x"), QStringLiteral("--api"), QStringLiteral("oms9")}
                                 << "oms9";
        QTest::newRow("ftp url") << QStringList{QStringLiteral("--url"), QStringLiteral("ftp://x")} << "http";
        QTest::newRow("no host") << QStringList{QStringLiteral("--url"), QStringLiteral("oms:8089")} << "host";
        QTest::newRow("missing password file")
            << QStringList{QStringLiteral("--url"), QStringLiteral("http://x"), QStringLiteral("--password-file"),
                           QStringLiteral("/nonexistent/pw")}
            << "/nonexistent/pw";
        QTest::newRow("drs without token") << QStringList{QStringLiteral("--url"), QStringLiteral("https://drs"), QStringLiteral("--api"),
                                                          QStringLiteral("drs"), QStringLiteral("--project"), QStringLiteral("j")}
                                           << "--token-file";
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << "frobnicate";
        QTest::newRow("short pin") << QStringList{QStringLiteral("--url"), QStringLiteral("https://oms"),
                                                  QStringLiteral("--pinned-sha256"), QStringLiteral("AB:CD")}
                                   << "--pinned-sha256";
        QTest::newRow("bad speed") << QStringList{QStringLiteral("--demo"), QStringLiteral("--demo-speed"), QStringLiteral("-3")}
                                   << "--demo-speed";
    }

    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, fragment);
        const auto [o, error] = parse(args);
        QVERIFY2(error.contains(fragment), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
