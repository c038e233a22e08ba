// SPDX-License-Identifier: MIT
// HTTPS is verified; a self-signed certificate is accepted only when it is the one pinned for
// that instance, and an untrusted one is reported with its SHA-256 fingerprint.
#include "fixture.h"

#include "instancesession.h"
#include "projectlistmodel.h"
#include "simulatorserver.h"

#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QTest>

using namespace omsdash;
using sim::Scenario;
using sim::SimulatorServer;

namespace {
InstanceConfig httpsConfig(const SimulatorServer &server, const QString &pin)
{
    InstanceConfig cfg;
    cfg.name = QStringLiteral("tls");
    cfg.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.port()));
    cfg.user = server.user();
    cfg.password = server.password();
    cfg.pinnedSha256 = pin;
    cfg.timeoutMs = 5000;
    return cfg;
}

QString builtInFingerprint()
{
    return HttpTransport::sha256Fingerprint(SimulatorServer::builtInCertificate());
}

QString otherFingerprint()
{
    return HttpTransport::sha256Fingerprint(QSslCertificate(fixture(QStringLiteral("tls/other.crt")), QSsl::Pem));
}
} // namespace

class TestTls : public QObject
{
    Q_OBJECT

private slots:
    void fixturesDiffer()
    {
        QCOMPARE(builtInFingerprint().size(), 95); // 32 bytes as "AB:" triples
        QVERIFY(builtInFingerprint() != otherFingerprint());
    }

    void untrustedIsRefusedWithItsFingerprint()
    {
        SimulatorServer server(Scenario::Slice::OmsPrimary);
        QVERIFY(server.useBuiltInCertificate());
        QVERIFY(server.listen());
        HttpTransport transport;
        InstanceSession session(httpsConfig(server, {}), &transport);
        QSignalSpy errors(&session, &InstanceSession::errorOccurred);
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, 10000);
        const auto e = errors.first().first().value<ApiError>();
        QCOMPARE(e.kind, ApiError::Kind::Tls);
        QCOMPARE(e.certificateSha256, builtInFingerprint());
        QVERIFY(e.toString().contains(builtInFingerprint()));
        QCOMPARE(session.projects()->rowCount(), 0);
        QCOMPARE(server.requestCount(QStringLiteral("ListProjects")), 0); // nothing was sent
    }

    void pinnedCertificateIsAccepted()
    {
        SimulatorServer server(Scenario::Slice::OmsPrimary);
        QVERIFY(server.useBuiltInCertificate());
        QVERIFY(server.listen());
        HttpTransport transport;
        // Separators and case do not matter.
        const QString pin = normalizedFingerprint(builtInFingerprint()).toLower();
        InstanceSession session(httpsConfig(server, pin), &transport);
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(session.projects()->rowCount(), 8, 10000);
        QVERIFY(!session.lastError().isError());
    }

    void anotherPinRejectsThisCertificate()
    {
        SimulatorServer server(Scenario::Slice::OmsPrimary);
        QVERIFY(server.useBuiltInCertificate());
        QVERIFY(server.listen());
        HttpTransport transport;
        InstanceSession session(httpsConfig(server, otherFingerprint()), &transport);
        QSignalSpy errors(&session, &InstanceSession::errorOccurred);
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, 10000);
        const auto e = errors.first().first().value<ApiError>();
        QCOMPARE(e.kind, ApiError::Kind::Tls);
        QCOMPARE(e.certificateSha256, builtInFingerprint());
        QVERIFY(e.detail.contains(QStringLiteral("pinned")));
    }

    void aServerWithAnotherCertificateIsRejected()
    {
        SimulatorServer server(Scenario::Slice::OmsPrimary);
        const QSslCertificate cert(fixture(QStringLiteral("tls/other.crt")), QSsl::Pem);
        const QSslKey key(fixture(QStringLiteral("tls/other.key")), QSsl::Rsa, QSsl::Pem);
        QVERIFY(!cert.isNull() && !key.isNull());
        server.useCertificate(cert, key);
        QVERIFY(server.listen());
        HttpTransport transport;
        InstanceSession session(httpsConfig(server, builtInFingerprint()), &transport);
        QSignalSpy errors(&session, &InstanceSession::errorOccurred);
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, 10000);
        QCOMPARE(errors.first().first().value<ApiError>().certificateSha256, otherFingerprint());
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
