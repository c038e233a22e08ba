// SPDX-License-Identifier: MIT
// AlertDispatcher against the real Prometheus Alertmanager (Debian's prometheus-alertmanager)
// on loopback: the alert it raises is read back from Alertmanager's own API with our labels,
// and the resolved one leaves its list of active alerts.
#include "alertdispatcher.h"
#include "httptransport.h"
#include "loopbackport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <QTest>

using namespace omsdash;

class TestAlertmanager : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcess m_alertmanager;
    QUrl m_url;
    QNetworkAccessManager m_nam;

    /// GET @p path of Alertmanager; the parsed JSON, or null when it did not answer 200.
    QJsonDocument get(const QString &path)
    {
        QNetworkReply *reply = m_nam.get(QNetworkRequest(m_url.resolved(QUrl(path))));
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(5000);
        reply->deleteLater();
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
            return {};
        return QJsonDocument::fromJson(reply->readAll());
    }

    /// Alertmanager's active alerts with alertname @p rule.
    QJsonArray activeAlerts(const QString &rule)
    {
        QJsonArray out;
        for (const QJsonValue &v : get(QStringLiteral("/api/v2/alerts?active=true&silenced=false&inhibited=false")).array())
            if (v[QStringLiteral("labels")][QStringLiteral("alertname")] == rule
                && v[QStringLiteral("status")][QStringLiteral("state")] == QStringLiteral("active"))
                out << v;
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile config(m_dir.filePath(QStringLiteral("alertmanager.yml")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("route:\n  receiver: nobody\nreceivers:\n  - name: nobody\n");
        config.close();
        m_alertmanager.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        const quint16 port = startOnLoopbackPort(
            m_alertmanager, QStringLiteral(OMSDASH_ALERTMANAGER),
            [&](quint16 candidate) {
                return QStringList{QStringLiteral("--config.file=") + config.fileName(),
                                   QStringLiteral("--storage.path=") + m_dir.filePath(QStringLiteral("data")),
                                   QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(candidate),
                                   QStringLiteral("--cluster.listen-address="), QStringLiteral("--log.level=warn")};
            },
            [this](quint16 candidate) {
                m_url = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(candidate));
                return get(QStringLiteral("/api/v2/status")).isObject();
            },
            20'000);
        QVERIFY2(port != 0, "Alertmanager did not answer on loopback");
    }

    void cleanupTestCase()
    {
        m_alertmanager.terminate();
        m_alertmanager.waitForFinished(5000);
    }

    void raisedThenResolved()
    {
        HttpTransport transport;
        AlertDispatcher dispatcher(&transport); // Alertmanager runs on the wall clock: so do we
        WebhookDestination am;
        am.url = m_url;
        am.format = WebhookFormat::Alertmanager;
        dispatcher.addDestination(am);
        dispatcher.setGeneratorUrls({{QStringLiteral("oms-prod"), QUrl(QStringLiteral("https://oms.example:8089/"))}});
        QSignalSpy delivered(&dispatcher, &AlertDispatcher::delivered);
        QSignalSpy failed(&dispatcher, &AlertDispatcher::deliveryFailed);

        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        Alert a;
        a.key = QStringLiteral("oms-prod np_7d4f5b stepFailed FULL_TRANSFER");
        a.instance = QStringLiteral("oms-prod");
        a.projectId = QStringLiteral("np_7d4f5b");
        a.projectName = QStringLiteral("账单 billing");
        a.step = QStringLiteral("FULL_TRANSFER");
        a.rule = AlertRule::StepFailed;
        a.severity = QStringLiteral("HIGH");
        a.state = Alert::State::Firing;
        a.startsMs = a.firingMs = a.notifiedMs = now - 60'000;
        a.message = QStringLiteral("step FULL_TRANSFER FAILED: OMS-1001 duplicate key");
        dispatcher.dispatch({AlertEvent::Kind::Raised, a, false});
        QTRY_COMPARE(delivered.size(), 1);
        QCOMPARE(failed.size(), 0);

        QJsonArray alerts;
        QTRY_VERIFY((alerts = activeAlerts(QStringLiteral("stepFailed"))).size() == 1);
        const QJsonObject got = alerts.at(0).toObject();
        const QJsonObject labels = got[QStringLiteral("labels")].toObject();
        QCOMPARE(labels[QStringLiteral("instance")].toString(), QStringLiteral("oms-prod"));
        QCOMPARE(labels[QStringLiteral("project")].toString(), QStringLiteral("np_7d4f5b"));
        QCOMPARE(labels[QStringLiteral("project_name")].toString(), QStringLiteral("账单 billing"));
        QCOMPARE(labels[QStringLiteral("rule")].toString(), QStringLiteral("stepFailed"));
        QCOMPARE(labels[QStringLiteral("step")].toString(), QStringLiteral("FULL_TRANSFER"));
        QCOMPARE(labels[QStringLiteral("severity")].toString(), QStringLiteral("high"));
        QCOMPARE(got[QStringLiteral("annotations")][QStringLiteral("description")].toString(), a.message);
        QCOMPARE(got[QStringLiteral("generatorURL")].toString(), QStringLiteral("https://oms.example:8089/"));
        QCOMPARE(QDateTime::fromString(got[QStringLiteral("startsAt")].toString(), Qt::ISODateWithMs).toMSecsSinceEpoch(),
                 a.firingMs);
        // Told to hold it for four resends (4 min): Alertmanager keeps it active that long.
        const qint64 ends =
            QDateTime::fromString(got[QStringLiteral("endsAt")].toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
        QVERIFY2(ends >= now + 3 * 60'000 && ends <= now + 5 * 60'000, qPrintable(got[QStringLiteral("endsAt")].toString()));

        a.state = Alert::State::Resolved;
        a.resolvedMs = QDateTime::currentMSecsSinceEpoch();
        dispatcher.dispatch({AlertEvent::Kind::Resolved, a, false});
        QTRY_COMPARE(delivered.size(), 2);
        QTRY_COMPARE(activeAlerts(QStringLiteral("stepFailed")).size(), 0);
        QCOMPARE(failed.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAlertmanager)
#include "tst_alertmanager.moc"
