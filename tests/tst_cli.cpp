// SPDX-License-Identifier: MIT
// The omsdash executable end to end, as cron or a DBA's script runs it: omsdash-sim in one
// process, omsdash --profiles ... --screenshot in another; exit codes, the PNG, and no
// secret in any file the app wrote.
#include "apphome.h"
#include "hostileserver.h"

#include <QDateTime>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTcpServer>

#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        const QString url = startSimulator(m_sim, QStringLiteral(OMSDASH_SIM), Password);
        QVERIFY(!url.isEmpty());
        m_port = QUrl(url).port();
        writeFile(QStringLiteral("team.json"),
                  QStringLiteral("{\"schemaVersion\": 1, \"instances\": ["
                                 "{\"name\": \"sim-oms4\", \"api\": \"oms4\", \"url\": \"http://127.0.0.1:%1\", \"user\": \"admin\"},"
                                 "{\"name\": \"sim-legacy\", \"api\": \"oms3\", \"url\": \"http://127.0.0.1:%1\","
                                 " \"user\": \"admin\", \"projects\": [\"p_3a1b2c\"]}]}")
                      .arg(m_port)
                      .toUtf8());
        writeFile(QStringLiteral("good.pw"), Password.toUtf8() + "\n");
        writeFile(QStringLiteral("bad.pw"), "not-the-password\n");
    }

    void cleanupTestCase()
    {
        m_sim.kill();
        m_sim.waitForFinished();
    }

    void screenshotOfAProfileInstance()
    {
        const QString png = m_home.filePath(QStringLiteral("sim-oms4.png"));
        const auto [code, err] = run({QStringLiteral("--profiles"), m_home.filePath(QStringLiteral("team.json")),
                                      QStringLiteral("--instance"), QStringLiteral("sim-oms4"),
                                      QStringLiteral("--password-file"), m_home.filePath(QStringLiteral("good.pw")),
                                      QStringLiteral("--screenshot"), png});
        QVERIFY2(code == 0, qPrintable(err));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 800);
        // Nothing omsdash wrote holds the password.
        int files = 0;
        const QStringList holding = filesHolding(m_home.path(), Password, &files, QStringLiteral(".pw"));
        QVERIFY2(holding.isEmpty(), qPrintable(holding.join(QLatin1Char(' '))));
        QVERIFY(files >= 2); // the profiles file and the picture at least
        QVERIFY(!err.contains(Password));
    }

    void wrongPasswordExits3AtOnce()
    {
        const auto [code, err] = run({QStringLiteral("--profiles"), m_home.filePath(QStringLiteral("team.json")),
                                      QStringLiteral("--instance"), QStringLiteral("sim-oms4"),
                                      QStringLiteral("--password-file"), m_home.filePath(QStringLiteral("bad.pw")),
                                      QStringLiteral("--screenshot"), m_home.filePath(QStringLiteral("x.png"))});
        QCOMPARE(code, 3);
        QVERIFY2(err.contains(QStringLiteral("sim-oms4")) && err.contains(QStringLiteral("Authentication failed")),
                 qPrintable(err));
        QVERIFY(!err.contains(QStringLiteral("not-the-password")));
    }

    /// When no data arrives, the message names every instance that did not answer, and why.
    void screenshotNamesEachSilentInstance()
    {
        QTcpServer silent; // accepts, never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        writeFile(QStringLiteral("silent.json"),
                  QStringLiteral("{\"schemaVersion\": 1, \"instances\": ["
                                 "{\"name\": \"refusing\", \"api\": \"oms4\", \"url\": \"http://127.0.0.1:1\"},"
                                 "{\"name\": \"hanging\", \"api\": \"oms4\", \"url\": \"http://127.0.0.1:%1\"}]}")
                      .arg(silent.serverPort())
                      .toUtf8());
        const auto [code, err] = run({QStringLiteral("--profiles"), m_home.filePath(QStringLiteral("silent.json")),
                                      QStringLiteral("--screenshot"), m_home.filePath(QStringLiteral("none.png")),
                                      QStringLiteral("--screenshot-timeout"), QStringLiteral("2")});
        QCOMPARE(code, 1);
        QVERIFY2(err.contains(QStringLiteral("no data arrived within 2 s"))
                     && err.contains(QStringLiteral("refusing: Network error"))
                     && err.contains(QStringLiteral("hanging: no answer")),
                 qPrintable(err));
    }

    /// `omsdash watch` prints the simulator's FAILED project as an alert on its first poll, and
    /// stops cleanly on SIGTERM.
    /// watch prints the FAILED project's alert, posts it to a signed DingTalk robot and a
    /// generic webhook (loopback receivers), and stops on SIGTERM.
    void watchPrintsAlertsAndStopsOnSigterm()
    {
        HostileServer robot;
        QVERIFY(robot.listen());
        robot.setHandler([](const HostileServer::Request &) { return HostileServer::json(R"({"errcode":0,"errmsg":"ok"})"); });
        HostileServer refusing; // a webhook that always fails: the failure lands in stderr
        QVERIFY(refusing.listen());
        refusing.setHandler([](const HostileServer::Request &) { return HostileServer::json("gone", 410); });
        writeFile(QStringLiteral("robot.secret"), "SECrobot-signing-secret\n");

        QProcess watch;
        watch.setProcessEnvironment(appEnvironment(m_home.path()));
        watch.start(QStringLiteral(OMSDASH_APP),
                    {QStringLiteral("watch"), QStringLiteral("--profiles"), m_home.filePath(QStringLiteral("team.json")),
                     QStringLiteral("--instance"), QStringLiteral("sim-oms4"), QStringLiteral("--password-file"),
                     m_home.filePath(QStringLiteral("good.pw")),
                     QStringLiteral("--alert-webhook"), QString::fromLatin1(robot.origin()) + QStringLiteral("/robot/send?access_token=tok"),
                     QStringLiteral("--alert-webhook-format"), QStringLiteral("dingtalk"),
                     QStringLiteral("--alert-webhook-secret-file"), m_home.filePath(QStringLiteral("robot.secret")),
                     QStringLiteral("--alert-webhook"), QString::fromLatin1(refusing.origin()) + QStringLiteral("/hook"),
                     QStringLiteral("--alert-webhook-severity"), QStringLiteral("HIGH")});
        QVERIFY(watch.waitForStarted());
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += watch.readAllStandardOutput()).contains("projectFailed"), 20000);
        const QString line = QString::fromUtf8(out).split(QLatin1Char('\n')).filter(QStringLiteral("projectFailed")).first();
        QVERIFY2(line.contains(QStringLiteral(" raised HIGH projectFailed sim-oms4 np_7d4f5b ")), qPrintable(line));
        QVERIFY2(QDateTime::fromString(line.section(QLatin1Char(' '), 0, 0), Qt::ISODate).isValid(), qPrintable(line));
        QVERIFY(!out.contains(Password.toUtf8()));

        auto robotGotFailure = [&robot] {
            return std::any_of(robot.requests.cbegin(), robot.requests.cend(), [](const HostileServer::Request &r) {
                return r.body.contains("Project failed") && r.body.contains("np_7d4f5b");
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(robotGotFailure(), 10000);
        for (const HostileServer::Request &r : std::as_const(robot.requests)) {
            QVERIFY2(r.target.startsWith("/robot/send?access_token=tok&timestamp="), r.target.constData());
            QVERIFY(r.target.contains("&sign="));
            QVERIFY(!r.target.contains("SECrobot") && !r.body.contains("SECrobot"));
            QVERIFY(!r.body.contains(Password.toUtf8()));
        }
        // The refusing webhook got only HIGH alerts, once each (410 is not retried), and said so.
        QTRY_VERIFY_WITH_TIMEOUT(!refusing.requests.isEmpty(), 10000);
        for (const HostileServer::Request &r : std::as_const(refusing.requests))
            QVERIFY2(r.body.contains("\"severity\":\"HIGH\""), r.body.constData());
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += watch.readAllStandardError()).contains("not delivered to generic http://127.0.0.1:"), 10000);
        QVERIFY2(err.contains("HTTP 410: gone"), err.constData());

        watch.terminate(); // SIGTERM
        QVERIFY(watch.waitForFinished(10000));
        err += watch.readAllStandardError();
        QVERIFY2(watch.exitStatus() == QProcess::NormalExit, err.constData());
        QCOMPARE(watch.exitCode(), 0);
    }

    void watchRefusesBadAlertRules()
    {
        writeFile(QStringLiteral("rules.json"), R"({"schemaVersion": 1, "levels": {"HIGH": {"latencySeconds": 900}}})");
        const auto [code, err] = run({QStringLiteral("watch"), QStringLiteral("--profiles"), m_home.filePath(QStringLiteral("team.json")),
                                      QStringLiteral("--instance"), QStringLiteral("sim-oms4"), QStringLiteral("--alert-rules"),
                                      m_home.filePath(QStringLiteral("rules.json"))});
        QCOMPARE(code, 2);
        QVERIFY2(err.contains(QStringLiteral("HIGH latencySeconds must be 1 to 300")), qPrintable(err));
    }

    /// omsdash-sim --fleet writes a profiles file; omsdash opens its HTTPS instance (pinned in
    /// the file) and its DRS instance (IAM, one-minute tokens) from it.
    void fleetProfilesFile()
    {
        QProcess fleet;
        const QString profiles = m_home.filePath(QStringLiteral("fleet.json"));
        fleet.start(QStringLiteral(OMSDASH_SIM), {QStringLiteral("--fleet"), QStringLiteral("--token-lifetime"),
                                                  QStringLiteral("60"), QStringLiteral("--write-profiles"), profiles});
        QVERIFY(fleet.waitForStarted());
        QByteArray said;
        QTRY_VERIFY_WITH_TIMEOUT((said += fleet.readAll()).contains("profiles written"), 10000);
        QVERIFY2(said.contains("https://127.0.0.1:"), said.constData());
        writeFile(QStringLiteral("demo.pw"), "omsdash-demo\n");

        for (const QString &instance : {QStringLiteral("oms-staging https (demo)"), QStringLiteral("drs cn-north-4 (demo)")}) {
            const auto [code, err] = run({QStringLiteral("--profiles"), profiles, QStringLiteral("--instance"), instance,
                                          QStringLiteral("--password-file"), m_home.filePath(QStringLiteral("demo.pw")),
                                          QStringLiteral("--screenshot"), m_home.filePath(QStringLiteral("fleet.png"))});
            QVERIFY2(code == 0, qPrintable(instance + QLatin1String(": ") + err));
        }
        fleet.kill();
        fleet.waitForFinished();
    }

    void simulatorBadArgumentsExit2_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("token lifetime 0") << QStringList{QStringLiteral("--token-lifetime"), QStringLiteral("0")};
        QTest::newRow("profiles without fleet") << QStringList{QStringLiteral("--write-profiles"), QStringLiteral("x.json")};
    }

    void simulatorBadArgumentsExit2()
    {
        QFETCH(QStringList, args);
        QProcess sim;
        sim.start(QStringLiteral(OMSDASH_SIM), args);
        QVERIFY(sim.waitForFinished(10000));
        QCOMPARE(sim.exitCode(), 2);
    }

    void badArgumentsExit2_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("unknown instance") << QStringList{QStringLiteral("--profiles"), QStringLiteral("team.json"),
                                                         QStringLiteral("--instance"), QStringLiteral("nope")}
                                          << "sim-oms4, sim-legacy";
        QTest::newRow("missing profiles file") << QStringList{QStringLiteral("--profiles"), QStringLiteral("missing.json")}
                                               << "missing.json";
        // Without a window to ask in (a picture, a report), no instances is an error; the
        // window itself opens on the Instances dialog.
        QTest::newRow("no saved instances") << QStringList{QStringLiteral("--screenshot"), QStringLiteral("x.png")}
                                            << "no saved instances";
        QTest::newRow("bad url") << QStringList{QStringLiteral("--url"), QStringLiteral("oms")} << "--url";
    }

    void badArgumentsExit2()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, fragment);
        for (QString &a : args) {
            if (a.endsWith(QLatin1String(".json")))
                a = m_home.filePath(a);
        }
        const auto [code, err] = run(args);
        QCOMPARE(code, 2);
        QVERIFY2(err.contains(fragment), qPrintable(err));
    }

private:
    static inline const QString Password = QStringLiteral("s1m-Pa55-4-cli-test");

    void writeFile(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_home.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

    std::pair<int, QString> run(const QStringList &args)
    {
        QProcess p;
        p.setProcessEnvironment(appEnvironment(m_home.path()));
        p.start(QStringLiteral(OMSDASH_APP), args);
        if (!p.waitForFinished(45000)) {
            p.kill();
            return {-1, QStringLiteral("timed out")};
        }
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardError())};
    }

    QTemporaryDir m_home;
    QProcess m_sim;
    int m_port = 0;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
