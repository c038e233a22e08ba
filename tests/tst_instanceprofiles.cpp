// SPDX-License-Identifier: MIT
// Instance profiles round-trip through JSON and QSettings, never carrying a secret.
#include "instanceprofiles.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace omsdash;

namespace {
const QString Secret = QStringLiteral("hunter2-very-secret");

QList<InstanceProfile> sample()
{
    InstanceProfile oms;
    oms.name = QStringLiteral("oms-prod 生产");
    oms.api = ApiKind::Oms4;
    oms.baseUrl = QUrl(QStringLiteral("http://oms-prod.example:8089"));
    oms.user = QStringLiteral("dba");
    oms.detailIntervalSeconds = 3;
    oms.deadlineSeconds = 120;
    oms.pinnedSha256 = QStringLiteral("A3:A7:D9:CD:16:66:1E:C7:2A:F0:C1:80:80:23:DE:D4:1A:96:8D:62:66:50:17:12:1C:B7:12:1E:7F:64:A1:BC");
    InstanceProfile legacy;
    legacy.name = QStringLiteral("oms-legacy");
    legacy.api = ApiKind::Oms3;
    legacy.baseUrl = QUrl(QStringLiteral("http://oms33.example:8089"));
    legacy.user = QStringLiteral("admin");
    legacy.projectIds = {QStringLiteral("p_1"), QStringLiteral("p_2")};
    InstanceProfile drs;
    drs.name = QStringLiteral("drs-bj");
    drs.api = ApiKind::Drs;
    drs.baseUrl = QUrl(QStringLiteral("https://drs.cn-north-4.myhuaweicloud.com"));
    drs.user = QStringLiteral("watcher");
    drs.projectIds = {QStringLiteral("8d0e8e36-a618-490d-8a46-8c61ac9jb502")};
    drs.drsProjectId = QStringLiteral("054ba152d480d55b2f5dc0069e7ddef0");
    drs.drsProjectName = QStringLiteral("cn-north-4");
    drs.drsDomain = QStringLiteral("acme");
    drs.iamEndpoint = QUrl(QStringLiteral("https://iam.myhuaweicloud.com"));
    drs.consoleUrl = QStringLiteral("https://console.huaweicloud.com/drs/?region=cn-north-4#/drs/migration/detail?jobId={id}");
    return {oms, legacy, drs};
}
} // namespace

class TestInstanceProfiles : public QObject
{
    Q_OBJECT

private slots:
    void jsonRoundTrip()
    {
        const QByteArray json = profiles::toJson(sample());
        const auto back = profiles::fromJson(json);
        QVERIFY2(back.ok(), qPrintable(back.error.toString()));
        QCOMPARE(back.value, sample());
        QVERIFY(json.contains("\"schemaVersion\": 1"));
        QVERIFY(json.contains("\"deadlineSeconds\": 120"));
        QCOMPARE(back.value.first().toConfig().deadlineMs, 120000);
        QCOMPARE(back.value.last().toConfig().consoleUrl, sample().last().consoleUrl);
    }

    /// "Open in OMS console": the template with the project's ID, else the OMS instance URL
    /// (its console shares the origin with the OpenAPI); nothing for DRS without a template,
    /// never the credentials, never a scheme other than http(s).
    void consoleUrls()
    {
        InstanceConfig oms = sample().first().toConfig();
        oms.baseUrl = QUrl(QStringLiteral("http://dba:secret@oms-prod.example:8089/"));
        QCOMPARE(consoleUrlFor(oms, QStringLiteral("np_7a1c2e")), QUrl(QStringLiteral("http://oms-prod.example:8089")));
        oms.consoleUrl = QStringLiteral("{base}/#/project/detail?id={id}");
        QCOMPARE(consoleUrlFor(oms, QStringLiteral("np 7/a")).toString(QUrl::FullyEncoded),
                 QStringLiteral("http://oms-prod.example:8089/#/project/detail?id=np%207%2Fa"));
        oms.consoleUrl = QStringLiteral("javascript:alert({id})");
        QVERIFY(!consoleUrlFor(oms, QStringLiteral("np_1")).isValid());
        InstanceConfig drs = sample().last().toConfig();
        QVERIFY(consoleUrlFor(drs, QStringLiteral("job-1")).toString().endsWith(QStringLiteral("jobId=job-1")));
        drs.consoleUrl.clear();
        QVERIFY(!consoleUrlFor(drs, QStringLiteral("job-1")).isValid());
    }

    void configRoundTripDropsSecrets()
    {
        InstanceConfig cfg = sample().first().toConfig();
        QCOMPARE(cfg.detailIntervalMs, 3000);
        cfg.password = Secret;
        cfg.authToken = Secret;
        const InstanceProfile p = InstanceProfile::fromConfig(cfg);
        QCOMPARE(p, sample().first());
        QVERIFY(!profiles::toJson({p}).contains(Secret.toUtf8()));
    }

    void settingsRoundTripWithoutSecrets()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("omsdash.ini"));
        {
            QSettings settings(path, QSettings::IniFormat);
            QList<InstanceProfile> list = sample();
            profiles::save(settings, list);
            settings.sync();
        }
        QSettings settings(path, QSettings::IniFormat);
        QCOMPARE(profiles::load(settings), sample());
        // Saving fewer replaces, never appends.
        profiles::save(settings, {sample().at(1)});
        QCOMPARE(profiles::load(settings).size(), 1);
        settings.sync();
        // Every file written holds no secret: configs with secrets go in, files come out clean.
        InstanceConfig cfg = sample().at(2).toConfig();
        cfg.authToken = Secret;
        cfg.password = Secret;
        profiles::save(settings, {InstanceProfile::fromConfig(cfg)});
        settings.sync();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains(Secret.toUtf8()));
    }

    void rejected_data();

    void rejected()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, fragment);
        const auto r = profiles::fromJson(json);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.toString().contains(fragment), qPrintable(r.error.toString()));
    }

    void credentialsInClear_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("user");
        QTest::addColumn<bool>("warn");
        QTest::newRow("http with basic auth") << "http://oms.example:8089" << "dba" << true;
        QTest::newRow("http by address") << "http://10.10.10.1:8089" << "dba" << true;
        QTest::newRow("https") << "https://oms.example" << "dba" << false;
        QTest::newRow("http, no credentials") << "http://oms.example:8089" << "" << false;
        QTest::newRow("loopback tunnel") << "http://127.0.0.1:18089" << "dba" << false;
        QTest::newRow("localhost") << "http://localhost:8089" << "dba" << false;
        QTest::newRow("ipv6 loopback") << "http://[::1]:8089" << "dba" << false;
    }

    void credentialsInClear()
    {
        QFETCH(QString, url);
        QFETCH(QString, user);
        QFETCH(bool, warn);
        InstanceConfig cfg;
        cfg.baseUrl = QUrl(url);
        cfg.user = user;
        QCOMPARE(sendsCredentialsInClear(cfg), warn);
    }

    void oneSecretPerInstance()
    {
        InstanceConfig oms;
        oms.api = ApiKind::Oms4;
        setSecret(oms, Secret);
        QCOMPARE(oms.password, Secret);
        QVERIFY(oms.authToken.isEmpty());
        InstanceConfig drsToken;
        drsToken.api = ApiKind::Drs; // no IAM endpoint: the secret is the token itself
        setSecret(drsToken, Secret);
        QCOMPARE(drsToken.authToken, Secret);
        QVERIFY(drsToken.password.isEmpty());
        InstanceConfig drsIam = drsToken;
        drsIam.authToken.clear();
        drsIam.iamEndpoint = QUrl(QStringLiteral("https://iam.myhuaweicloud.com"));
        setSecret(drsIam, Secret); // the IAM user's password
        QCOMPARE(drsIam.password, Secret);
        QVERIFY(drsIam.authToken.isEmpty());
        for (const InstanceConfig &c : {oms, drsToken, drsIam})
            QCOMPARE(secretOf(c), Secret);
    }

    void fileExportAndImport()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("team.json"));
        QVERIFY(profiles::writeFile(path, sample()).isEmpty());
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(!written.readAll().contains(Secret.toUtf8()));
        const auto back = profiles::readFile(path);
        QVERIFY2(back.ok(), qPrintable(back.error.toString()));
        QCOMPARE(back.value, sample());

        // A failed export names the path.
        const QString missingDir = dir.filePath(QStringLiteral("no/such/dir/team.json"));
        const QString problem = profiles::writeFile(missingDir, sample());
        QVERIFY2(problem.contains(missingDir), qPrintable(problem));
    }

    void fileImportErrorsNameTheFile()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("absent.json"));
        const auto none = profiles::readFile(missing);
        QVERIFY(!none.ok());
        QVERIFY2(none.error.message.contains(missing), qPrintable(none.error.message));
        QVERIFY(none.value.isEmpty());

        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"schemaVersion\": 1, \"instances\": [{\"name\": \"x\", \"url\": \"http://x\", \"password\": \"p\"}]}");
        file.close();
        const auto refused = profiles::readFile(bad);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error.message.startsWith(bad), qPrintable(refused.error.message));
        QVERIFY2(refused.error.message.contains(QLatin1String("password")), qPrintable(refused.error.message));
    }

    void damagedSettingsEntryIsSkipped()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        profiles::save(settings, sample());
        settings.setValue(QStringLiteral("instances/2/api"), QStringLiteral("bogus")); // 1-based keys
        const auto list = profiles::load(settings);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(1).name, QStringLiteral("drs-bj"));
    }
};

void TestInstanceProfiles::rejected_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("short pin")
        << QByteArray("{\"schemaVersion\":1,\"instances\":[{\"name\":\"a\",\"api\":\"oms4\",\"url\":\"https://a\",\"pinnedSha256\":\"AB:CD\"}]}")
        << "pinnedSha256";
    QTest::newRow("not json") << QByteArray("{") << "not JSON";
    QTest::newRow("console url not http")
        << QByteArray("{\"schemaVersion\":1,\"instances\":[{\"name\":\"a\",\"api\":\"oms4\",\"url\":\"http://a\",\"consoleUrl\":\"file:///etc/{id}\"}]}")
        << "consoleUrl";
    QTest::newRow("no version") << QByteArray("{\"instances\":[]}") << "schemaVersion";
    QTest::newRow("newer version") << QByteArray("{\"schemaVersion\":9,\"instances\":[]}") << "newer";
    QTest::newRow("no instances") << QByteArray("{\"schemaVersion\":1}") << "instances";
    QTest::newRow("password")
        << QByteArray("{\"schemaVersion\":1,\"instances\":[{\"name\":\"a\",\"api\":\"oms4\",\"url\":\"http://a\",\"password\":\"x\"}]}")
        << "'password'";
    QTest::newRow("nested token")
        << QByteArray("{\"schemaVersion\":1,\"instances\":[{\"name\":\"a\",\"api\":\"drs\",\"url\":\"https://a\",\"drs\":{\"authToken\":\"x\"}}]}")
        << "'authToken'";
    QTest::newRow("user info in url")
        << QByteArray("{\"schemaVersion\":1,\"instances\":[{\"name\":\"a\",\"api\":\"oms4\",\"url\":\"http://u:p@a\"}]}")
        << "user information";
    QTest::newRow("no name")
        << QByteArray("{\"schemaVersion\":1,\"instances\":[{\"api\":\"oms4\",\"url\":\"http://a\"}]}") << "no name";
    QTest::newRow("duplicate")
        << QByteArray("{\"schemaVersion\":1,\"instances\":[{\"name\":\"a\",\"api\":\"oms4\",\"url\":\"http://a\"},{\"name\":\"a\",\"api\":\"oms4\",\"url\":\"http://b\"}]}")
        << "two instances";
    QTest::newRow("bad api")
        << QByteArray("{\"schemaVersion\":1,\"instances\":[{\"name\":\"a\",\"api\":\"oracle\",\"url\":\"http://a\"}]}") << "'api'";
    QTest::newRow("ftp")
        << QByteArray("{\"schemaVersion\":1,\"instances\":[{\"name\":\"a\",\"api\":\"oms4\",\"url\":\"ftp://a\"}]}") << "'url'";
    QTest::newRow("oms3 without projects")
        << QByteArray("{\"schemaVersion\":1,\"instances\":[{\"name\":\"a\",\"api\":\"oms3\",\"url\":\"http://a\"}]}") << "projects";
    QTest::newRow("drs without project id")
        << QByteArray("{\"schemaVersion\":1,\"instances\":[{\"name\":\"a\",\"api\":\"drs\",\"url\":\"https://a\",\"projects\":[\"j\"]}]}")
        << "drs.projectId";
    QTest::newRow("poll of 0 s")
        << QByteArray("{\"schemaVersion\":1,\"instances\":[{\"name\":\"a\",\"api\":\"oms4\",\"url\":\"http://a\",\"pollSeconds\":{\"detail\":0}}]}")
        << "pollSeconds.detail";
    QTest::newRow("deadline of 2 s")
        << QByteArray("{\"schemaVersion\":1,\"instances\":[{\"name\":\"a\",\"api\":\"oms4\",\"url\":\"http://a\",\"deadlineSeconds\":2}]}")
        << "deadlineSeconds";
}

QTEST_GUILESS_MAIN(TestInstanceProfiles)
#include "tst_instanceprofiles.moc"
