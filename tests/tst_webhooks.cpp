// SPDX-License-Identifier: MIT
// Webhooks: each format's body (the generic one against its JSON schema), the DingTalk and
// Feishu signatures checked by Python's hmac, and AlertDispatcher against a loopback
// receiver: severity, silences, retries with backoff, robots' error codes, Alertmanager resends.
#include "alertdispatcher.h"
#include "httptransport.h"
#include "hostileserver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <QTest>

using namespace omsdash;

namespace {
constexpr qint64 T0 = 1'790'000'000'000; // a UTC ms in 2026
const QString Secret = QStringLiteral("SECa1b2c3-signing-secret");

AlertEvent failedEvent(AlertEvent::Kind kind = AlertEvent::Kind::Raised, const QString &severity = QStringLiteral("HIGH"))
{
    Alert a;
    a.key = QStringLiteral("oms-prod/np_7d4f5b/projectFailed");
    a.instance = QStringLiteral("oms-prod");
    a.projectId = QStringLiteral("np_7d4f5b");
    a.projectName = QStringLiteral("账单 billing");
    a.rule = AlertRule::ProjectFailed;
    a.severity = severity;
    a.state = kind == AlertEvent::Kind::Resolved ? Alert::State::Resolved : Alert::State::Firing;
    a.startsMs = T0;
    a.firingMs = T0;
    a.notifiedMs = T0;
    a.resolvedMs = kind == AlertEvent::Kind::Resolved ? T0 + 600'000 : 0;
    a.message = QStringLiteral("project 账单 billing is FAILED");
    return {kind, a, false};
}

QJsonObject object(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "not JSON:" << error.errorString() << body;
    return doc.object();
}

/// Python's hmac over the same inputs: an implementation that is not ours.
QByteArray pythonHmacBase64(const QByteArray &key, const QByteArray &message)
{
    QProcess p;
    p.start(QStringLiteral(OMSDASH_PYTHON),
            {QStringLiteral("-c"),
             QStringLiteral("import base64, hashlib, hmac, sys; k, m = sys.argv[1].encode(), sys.argv[2].encode(); "
                            "print(base64.b64encode(hmac.new(k, m, hashlib.sha256).digest()).decode())"),
             QString::fromUtf8(key), QString::fromUtf8(message)});
    p.waitForFinished(10'000);
    return p.readAllStandardOutput().trimmed();
}

/// Why Python's jsonschema refuses @p body against the webhook schema; empty when it accepts it.
QString schemaProblem(const QByteArray &body)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("body.json"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write %1").arg(path);
    f.write(body);
    f.close();
    QProcess p;
    p.start(QStringLiteral(OMSDASH_PYTHON),
            {QStringLiteral("-c"),
             QStringLiteral("import json, sys, jsonschema; "
                            "jsonschema.validate(json.load(open(sys.argv[1])), json.load(open(sys.argv[2])))"),
             path, QStringLiteral(OMSDASH_WEBHOOK_SCHEMA)});
    if (!p.waitForFinished(30'000))
        return QStringLiteral("jsonschema did not finish");
    return p.exitCode() == 0 ? QString() : QString::fromUtf8(p.readAllStandardError()).right(300);
}

WebhookDestination destination(const QUrl &url, WebhookFormat format, const QString &minSeverity = QStringLiteral("LOW"),
                                const QString &secret = {})
{
    WebhookDestination d;
    d.url = url;
    d.format = format;
    d.minSeverity = minSeverity;
    d.secret = secret;
    return d;
}

/// Requests to @p server since the @p from-th whose body holds @p text.
int resendsSince(const HostileServer &server, qsizetype from, const char *text)
{
    int n = 0;
    for (auto i = from; i < server.requests.size(); ++i)
        n += server.requests.at(i).body.contains(text) ? 1 : 0;
    return n;
}

HostileServer::Reply ok()
{
    return HostileServer::json(R"({"errcode":0,"errmsg":"ok"})");
}
} // namespace

class TestWebhooks : public QObject
{
    Q_OBJECT

private slots:
    void formatNamesRoundTrip()
    {
        for (int f = int(WebhookFormat::Generic); f <= int(WebhookFormat::Alertmanager); ++f) {
            const QString name = webhookFormatName(WebhookFormat(f));
            QVERIFY(!name.isEmpty());
            QCOMPARE(webhookFormatFromName(name), WebhookFormat(f));
        }
        QVERIFY(!webhookFormatFromName(QStringLiteral("teams")));
    }

    void genericBodyMatchesItsSchema()
    {
        for (const AlertEvent &e : {failedEvent(), failedEvent(AlertEvent::Kind::Resolved)}) {
            const WebhookMessage m = webhookMessage(destination(QUrl(QStringLiteral("http://127.0.0.1:9/hook")), WebhookFormat::Generic), e, T0);
            const QJsonObject o = object(m.body);
            QCOMPARE(o.value(QStringLiteral("event")).toString(), alertEventKindName(e.kind));
            QCOMPARE(o.value(QStringLiteral("alert")).toObject().value(QStringLiteral("projectName")).toString(),
                     QStringLiteral("账单 billing"));
            QVERIFY2(schemaProblem(m.body).isEmpty(), qPrintable(schemaProblem(m.body)));
        }
        // The schema is not a formality: an event without its alert is refused.
        QVERIFY(!schemaProblem(R"({"schemaVersion":1,"event":"raised","summary":"x"})").isEmpty());
    }

    /// "Send test" in View > Alert webhooks: each format's own body, signed like an alert;
    /// the generic one is an event "test" without an alert, as the schema allows.
    void testMessages()
    {
        const QUrl url(QStringLiteral("http://127.0.0.1:9/robot/send?access_token=tok"));
        const WebhookMessage generic = webhookTestMessage(destination(url, WebhookFormat::Generic, QStringLiteral("MEDIUM")), T0);
        QCOMPARE(object(generic.body).value(QStringLiteral("event")).toString(), QStringLiteral("test"));
        QVERIFY(!object(generic.body).contains(QStringLiteral("alert")));
        QVERIFY(object(generic.body).value(QStringLiteral("summary")).toString().contains(QStringLiteral("MEDIUM")));
        QVERIFY2(schemaProblem(generic.body).isEmpty(), qPrintable(schemaProblem(generic.body)));
        QVERIFY(!schemaProblem(R"({"schemaVersion":1,"event":"test","summary":"x","alert":{}})").isEmpty());

        const WebhookMessage ding = webhookTestMessage(destination(url, WebhookFormat::DingTalk, QStringLiteral("LOW"), Secret), T0);
        const QUrlQuery q(ding.url);
        QCOMPARE(q.queryItemValue(QStringLiteral("timestamp")), QString::number(T0));
        QCOMPARE(q.queryItemValue(QStringLiteral("sign"), QUrl::FullyDecoded).toLatin1(),
                 pythonHmacBase64(Secret.toUtf8(), QByteArray::number(T0) + '\n' + Secret.toUtf8()));
        QVERIFY(object(ding.body).value(QStringLiteral("markdown")).toObject().value(QStringLiteral("title")).toString()
                    .startsWith(QStringLiteral("[TEST]")));
        const WebhookMessage feishu = webhookTestMessage(destination(url, WebhookFormat::Feishu, QStringLiteral("LOW"), Secret), T0);
        QCOMPARE(object(feishu.body).value(QStringLiteral("timestamp")).toString(), QString::number(T0 / 1000));
        for (WebhookFormat f : {WebhookFormat::WeCom, WebhookFormat::Slack, WebhookFormat::DingTalk, WebhookFormat::Feishu}) {
            const QByteArray body = webhookTestMessage(destination(url, f), T0).body;
            QVERIFY2(body.contains("[TEST]"), body.constData());
            QVERIFY(!body.contains(Secret.toUtf8()));
        }
    }

    /// Every rule's name is one the schema allows.
    void schemaKnowsEveryRule()
    {
        QFile f(QStringLiteral(OMSDASH_WEBHOOK_SCHEMA));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray rules = object(f.readAll())
                                     .value(QStringLiteral("properties")).toObject()
                                     .value(QStringLiteral("alert")).toObject()
                                     .value(QStringLiteral("properties")).toObject()
                                     .value(QStringLiteral("rule")).toObject()
                                     .value(QStringLiteral("enum")).toArray();
        for (int r = 0; alertRuleFromName(alertRuleName(AlertRule(r))) == AlertRule(r); ++r)
            QVERIFY2(rules.contains(alertRuleName(AlertRule(r))), qPrintable(alertRuleName(AlertRule(r))));
    }

    void robotFormats()
    {
        const AlertEvent e = failedEvent();
        const QUrl url(QStringLiteral("http://127.0.0.1:9/robot/send?access_token=tok"));
        const QJsonObject ding = object(webhookMessage(destination(url, WebhookFormat::DingTalk), e, T0).body);
        QCOMPARE(ding.value(QStringLiteral("msgtype")).toString(), QStringLiteral("markdown"));
        QVERIFY(ding.value(QStringLiteral("markdown")).toObject().value(QStringLiteral("text")).toString().contains(
            QStringLiteral("project 账单 billing is FAILED")));
        QCOMPARE(ding.value(QStringLiteral("markdown")).toObject().value(QStringLiteral("title")).toString(),
                 QStringLiteral("[HIGH] Project failed — oms-prod · 账单 billing (np_7d4f5b)"));

        const QJsonObject feishu = object(webhookMessage(destination(url, WebhookFormat::Feishu), e, T0).body);
        QCOMPARE(feishu.value(QStringLiteral("msg_type")).toString(), QStringLiteral("text"));
        QVERIFY(feishu.value(QStringLiteral("content")).toObject().value(QStringLiteral("text")).toString().startsWith(
            QStringLiteral("[HIGH] Project failed")));
        QVERIFY(!feishu.contains(QStringLiteral("sign"))); // no secret, no signature

        const QJsonObject wecom = object(webhookMessage(destination(url, WebhookFormat::WeCom), e, T0).body);
        QCOMPARE(wecom.value(QStringLiteral("msgtype")).toString(), QStringLiteral("markdown"));
        QVERIFY(wecom.value(QStringLiteral("markdown")).toObject().value(QStringLiteral("content")).toString().contains(
            QStringLiteral("Firing since 2026-09-21T")));

        const QJsonObject slack = object(webhookMessage(destination(url, WebhookFormat::Slack), e, T0).body);
        QVERIFY(slack.value(QStringLiteral("text")).toString().startsWith(QStringLiteral("*[HIGH] Project failed")));

        const AlertEvent resolved = failedEvent(AlertEvent::Kind::Resolved);
        QVERIFY(object(webhookMessage(destination(url, WebhookFormat::Slack), resolved, T0).body)
                    .value(QStringLiteral("text")).toString().startsWith(QStringLiteral("*[RESOLVED] Project failed")));
    }

    void dingTalkSignsTheUrl()
    {
        const WebhookDestination d = destination(QUrl(QStringLiteral("https://oapi.dingtalk.com/robot/send?access_token=tok")),
                                   WebhookFormat::DingTalk, QStringLiteral("LOW"), Secret);
        const WebhookMessage m = webhookMessage(d, failedEvent(), T0);
        QVERIFY(!m.url.toString().contains(Secret));
        QVERIFY(!m.body.contains(Secret.toUtf8()));
        const QUrlQuery q(m.url);
        QCOMPARE(q.queryItemValue(QStringLiteral("access_token")), QStringLiteral("tok"));
        QCOMPARE(q.queryItemValue(QStringLiteral("timestamp")), QString::number(T0));
        // The receiver decodes the query: what it gets must be the base64 HMAC, '+' and '/' intact.
        const QByteArray sign = QByteArray::fromPercentEncoding(
            q.queryItemValue(QStringLiteral("sign"), QUrl::FullyEncoded).toLatin1());
        QCOMPARE(sign, pythonHmacBase64(Secret.toUtf8(), QByteArray::number(T0) + '\n' + Secret.toUtf8()));
    }

    void feishuSignsTheBody()
    {
        const WebhookDestination d = destination(QUrl(QStringLiteral("https://open.feishu.cn/open-apis/bot/v2/hook/abc")),
                                   WebhookFormat::Feishu, QStringLiteral("LOW"), Secret);
        const WebhookMessage m = webhookMessage(d, failedEvent(), T0);
        QVERIFY(!m.body.contains(Secret.toUtf8()));
        const QJsonObject o = object(m.body);
        const QByteArray timestamp = QByteArray::number(T0 / 1000);
        QCOMPARE(o.value(QStringLiteral("timestamp")).toString().toLatin1(), timestamp);
        // Feishu's scheme: the key is "timestamp\nsecret", the message empty.
        QCOMPARE(o.value(QStringLiteral("sign")).toString().toLatin1(),
                 pythonHmacBase64(timestamp + '\n' + Secret.toUtf8(), {}));
    }

    void displayNameHidesTokens()
    {
        const WebhookDestination slack = destination(
            QUrl(QStringLiteral("https://hooks.slack.com/services/T000/B000/XXXXsecretXXXX")), WebhookFormat::Slack);
        QCOMPARE(slack.displayName(), QStringLiteral("slack https://hooks.slack.com"));
        const WebhookDestination wecom = destination(
            QUrl(QStringLiteral("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=KEY")), WebhookFormat::WeCom);
        QVERIFY(!wecom.displayName().contains(QStringLiteral("KEY")));
    }

    void robotErrorCodesAreFailures()
    {
        QVERIFY(webhookAnswerError(WebhookFormat::DingTalk, 200, R"({"errcode":0,"errmsg":"ok"})").isEmpty());
        QCOMPARE(webhookAnswerError(WebhookFormat::DingTalk, 200, R"({"errcode":310000,"errmsg":"sign not match"})"),
                 QStringLiteral("errcode 310000: sign not match"));
        QVERIFY(!webhookAnswerError(WebhookFormat::WeCom, 200, R"({"errcode":93000,"errmsg":"invalid key"})").isEmpty());
        QVERIFY(webhookAnswerError(WebhookFormat::Feishu, 200, R"({"code":0,"msg":"success"})").isEmpty());
        QVERIFY(!webhookAnswerError(WebhookFormat::Feishu, 200, R"({"code":19021,"msg":"sign match fail"})").isEmpty());
        QVERIFY(!webhookAnswerError(WebhookFormat::Feishu, 200, R"({"StatusCode":9499,"StatusMessage":"Bad"})").isEmpty());
        QCOMPARE(webhookAnswerError(WebhookFormat::Slack, 404, "no_service"), QStringLiteral("HTTP 404: no_service"));
        QVERIFY(webhookAnswerError(WebhookFormat::Slack, 200, "ok").isEmpty());
    }

    void alertmanagerBody()
    {
        Alert a = failedEvent().alert;
        const WebhookMessage m = alertmanagerMessage(QUrl(QStringLiteral("http://127.0.0.1:9093/")), {a}, T0 + 1000,
                                                     240'000, {{QStringLiteral("oms-prod"), QUrl(QStringLiteral("https://admin:pw@oms.example:8089/"))}});
        QCOMPARE(m.url.toString(), QStringLiteral("http://127.0.0.1:9093/api/v2/alerts"));
        const QJsonObject o = QJsonDocument::fromJson(m.body).array().at(0).toObject();
        const QJsonObject labels = o.value(QStringLiteral("labels")).toObject();
        QCOMPARE(labels.value(QStringLiteral("alertname")).toString(), QStringLiteral("projectFailed"));
        QCOMPARE(labels.value(QStringLiteral("instance")).toString(), QStringLiteral("oms-prod"));
        QCOMPARE(labels.value(QStringLiteral("project")).toString(), QStringLiteral("np_7d4f5b"));
        QCOMPARE(labels.value(QStringLiteral("severity")).toString(), QStringLiteral("high"));
        QCOMPARE(o.value(QStringLiteral("startsAt")).toString(), QStringLiteral("2026-09-21T14:13:20.000Z"));
        QCOMPARE(o.value(QStringLiteral("endsAt")).toString(), QStringLiteral("2026-09-21T14:17:21.000Z"));
        QCOMPARE(o.value(QStringLiteral("generatorURL")).toString(), QStringLiteral("https://oms.example:8089/"));
        a.state = Alert::State::Resolved;
        a.resolvedMs = T0 + 5000;
        const QJsonObject r = QJsonDocument::fromJson(alertmanagerMessage(QUrl(QStringLiteral("http://h")), {a}, T0 + 9000,
                                                                          240'000).body).array().at(0).toObject();
        QCOMPARE(r.value(QStringLiteral("endsAt")).toString(), QStringLiteral("2026-09-21T14:13:25.000Z"));
        QVERIFY(!r.contains(QStringLiteral("generatorURL")));
    }

    /// Severity filters and silences decide what is sent; each format reaches its receiver.
    void dispatcherSendsWhatEachDestinationWants()
    {
        HostileServer receiver;
        QVERIFY(receiver.listen());
        receiver.setHandler([](const HostileServer::Request &) { return ok(); });
        HttpTransport transport;
        AlertDispatcher dispatcher(&transport, [] { return T0; });
        const QString origin = QString::fromLatin1(receiver.origin());
        dispatcher.addDestination(destination(QUrl(origin + QStringLiteral("/all")), WebhookFormat::Generic, QStringLiteral("LOW")));
        dispatcher.addDestination(destination(QUrl(origin + QStringLiteral("/high?access_token=t")), WebhookFormat::DingTalk,
                                   QStringLiteral("HIGH"), Secret));
        QSignalSpy delivered(&dispatcher, &AlertDispatcher::delivered);

        dispatcher.dispatch(failedEvent(AlertEvent::Kind::Raised, QStringLiteral("MEDIUM")));
        QTRY_COMPARE(delivered.size(), 1);
        QCOMPARE(receiver.requests.size(), 1);
        QCOMPARE(receiver.requests.at(0).target, "/all");
        QCOMPARE(receiver.requests.at(0).method, "POST");
        QCOMPARE(receiver.requests.at(0).headers.value("content-type"), "application/json");

        AlertEvent silenced = failedEvent();
        silenced.silenced = true;
        dispatcher.dispatch(silenced);
        dispatcher.dispatch(failedEvent());
        QTRY_COMPARE(delivered.size(), 3);
        QCOMPARE(receiver.requests.size(), 3); // the silenced one went nowhere
        QList<QByteArray> targets;
        for (const auto &r : receiver.requests)
            targets << r.target.left(r.target.indexOf('?') < 0 ? r.target.size() : r.target.indexOf('?'));
        QVERIFY(targets.contains("/high"));
        for (const auto &r : receiver.requests) {
            QVERIFY(!r.body.contains(Secret.toUtf8()));
            QVERIFY(!r.target.contains(Secret.toUtf8()));
        }
        QCOMPARE(dispatcher.inFlight(), 0);
    }

    /// 5xx and a robot's error code are tried again after each delay, then reported once.
    void retriesWithBackoffThenReports()
    {
        HostileServer receiver;
        QVERIFY(receiver.listen());
        int calls = 0;
        receiver.setHandler([&calls](const HostileServer::Request &) {
            ++calls;
            return calls <= 2 ? HostileServer::json("busy", 503) : ok();
        });
        HttpTransport transport;
        AlertDispatcher dispatcher(&transport, [] { return T0; });
        dispatcher.setRetryDelaysMs({1, 1, 1});
        dispatcher.addDestination(destination(QUrl(QString::fromLatin1(receiver.origin()) + QStringLiteral("/robot/send?access_token=t")),
                                   WebhookFormat::DingTalk, QStringLiteral("LOW"), Secret));
        QSignalSpy delivered(&dispatcher, &AlertDispatcher::delivered);
        QSignalSpy failed(&dispatcher, &AlertDispatcher::deliveryFailed);
        dispatcher.dispatch(failedEvent());
        QTRY_COMPARE(delivered.size(), 1);
        QCOMPARE(calls, 3);
        QCOMPARE(failed.size(), 0);

        // A signature the robot refuses: every attempt, then one failure naming the robot's words.
        receiver.setHandler([&calls](const HostileServer::Request &) {
            ++calls;
            return HostileServer::json(R"({"errcode":310000,"errmsg":"sign not match"})");
        });
        calls = 0;
        dispatcher.dispatch(failedEvent());
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(calls, 4);
        QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("dingtalk ") + QString::fromLatin1(receiver.origin()));
        QCOMPARE(failed.at(0).at(2).toString(), QStringLiteral("errcode 310000: sign not match (after 4 attempts)"));
        QTRY_COMPARE(dispatcher.inFlight(), 0);
    }

    void clientErrorsAreNotRetried()
    {
        HostileServer receiver;
        QVERIFY(receiver.listen());
        receiver.setHandler([](const HostileServer::Request &) { return HostileServer::json("no_service", 404); });
        HttpTransport transport;
        AlertDispatcher dispatcher(&transport, [] { return T0; });
        dispatcher.setRetryDelaysMs({1, 1});
        dispatcher.addDestination(destination(QUrl(QString::fromLatin1(receiver.origin()) + QStringLiteral("/services/x")),
                                   WebhookFormat::Slack));
        QSignalSpy failed(&dispatcher, &AlertDispatcher::deliveryFailed);
        dispatcher.dispatch(failedEvent());
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(receiver.requests.size(), 1);
        QCOMPARE(failed.at(0).at(2).toString(), QStringLiteral("HTTP 404: no_service"));
    }

    /// A retry is dropped once a newer event of the same alert went out: no "raised" after "resolved".
    void staleRetriesAreDropped()
    {
        HostileServer receiver;
        QVERIFY(receiver.listen());
        bool down = true;
        receiver.setHandler([&down](const HostileServer::Request &) {
            return down ? HostileServer::json("busy", 503) : HostileServer::json("", 200);
        });
        HttpTransport transport;
        AlertDispatcher dispatcher(&transport, [] { return T0; });
        dispatcher.setRetryDelaysMs({200});
        dispatcher.addDestination(destination(QUrl(QString::fromLatin1(receiver.origin()) + QStringLiteral("/hook")),
                                              WebhookFormat::Generic));
        QSignalSpy delivered(&dispatcher, &AlertDispatcher::delivered);
        dispatcher.dispatch(failedEvent());
        QTRY_COMPARE(receiver.requests.size(), 1); // refused; its retry waits
        down = false;
        dispatcher.dispatch(failedEvent(AlertEvent::Kind::Resolved));
        QTRY_COMPARE(delivered.size(), 1);
        QTRY_COMPARE(dispatcher.inFlight(), 0); // the raised one's retry came due, and was dropped
        QCOMPARE(receiver.requests.size(), 2);
        QVERIFY(receiver.requests.last().body.contains("\"event\":\"resolved\""));
    }

    /// Destinations edited away get no retries; what stays is sent to.
    void editedAwayDestinationsGetNoRetries()
    {
        HostileServer receiver;
        QVERIFY(receiver.listen());
        receiver.setHandler([](const HostileServer::Request &r) {
            return r.target.startsWith("/old") ? HostileServer::json("busy", 503) : ok();
        });
        HttpTransport transport;
        AlertDispatcher dispatcher(&transport, [] { return T0; });
        dispatcher.setRetryDelaysMs({100});
        const QString origin = QString::fromLatin1(receiver.origin());
        dispatcher.addDestination(destination(QUrl(origin + QStringLiteral("/old")), WebhookFormat::Generic));
        QSignalSpy delivered(&dispatcher, &AlertDispatcher::delivered);
        QSignalSpy failed(&dispatcher, &AlertDispatcher::deliveryFailed);
        dispatcher.dispatch(failedEvent());
        QTRY_COMPARE(receiver.requests.size(), 1); // refused; its retry waits
        dispatcher.setDestinations({destination(QUrl(origin + QStringLiteral("/new")), WebhookFormat::Slack)});
        QTRY_COMPARE(dispatcher.inFlight(), 0);
        QCOMPARE(receiver.requests.size(), 1);
        QCOMPARE(failed.size(), 0);
        dispatcher.dispatch(failedEvent(AlertEvent::Kind::Resolved));
        QTRY_COMPARE(delivered.size(), 1);
        QCOMPARE(receiver.requests.size(), 2);
        QCOMPARE(receiver.requests.last().target, "/new");
    }

    /// A test: one attempt, its failure in the words of deliveryFailed, and Alertmanager asked
    /// for its status rather than given an alert.
    void testingADestination()
    {
        HostileServer receiver;
        QVERIFY(receiver.listen());
        receiver.setHandler([](const HostileServer::Request &r) {
            if (r.target.startsWith("/refuses"))
                return HostileServer::json(R"({"errcode":310000,"errmsg":"sign not match"})");
            if (r.target.endsWith("/api/v2/status"))
                return HostileServer::json(R"({"cluster":{"status":"ready"}})");
            return ok();
        });
        HttpTransport transport;
        qint64 now = T0;
        AlertDispatcher dispatcher(&transport, [&now] { return now += 7; });
        const QString origin = QString::fromLatin1(receiver.origin());
        auto run = [&dispatcher](const WebhookDestination &d) {
            std::optional<std::pair<QString, qint64>> answer;
            dispatcher.test(d, [&answer](const QString &error, qint64 ms) { answer = std::make_pair(error, ms); });
            return QTest::qWaitFor([&answer] { return answer.has_value(); }, 10'000) ? *answer
                                                                                      : std::make_pair(QStringLiteral("no answer"), qint64(-1));
        };
        const auto good = run(destination(QUrl(origin + QStringLiteral("/robot/send?access_token=t")), WebhookFormat::DingTalk,
                                          QStringLiteral("LOW"), Secret));
        QCOMPARE(good.first, QString());
        QCOMPARE(good.second, 7); // the injected clock: one tick between sending and the answer
        QCOMPARE(receiver.requests.size(), 1);
        QCOMPARE(receiver.requests.last().method, "POST");
        QVERIFY(receiver.requests.last().body.contains("[TEST]"));
        QVERIFY(receiver.requests.last().target.contains("sign="));

        const auto refused = run(destination(QUrl(origin + QStringLiteral("/refuses")), WebhookFormat::DingTalk));
        QVERIFY2(refused.first.contains(QStringLiteral("310000")), qPrintable(refused.first));
        QCOMPARE(receiver.requests.size(), 2); // no retry

        const auto am = run(destination(QUrl(origin + QStringLiteral("/am/")), WebhookFormat::Alertmanager));
        QCOMPARE(am.first, QString());
        QCOMPARE(receiver.requests.size(), 3);
        QCOMPARE(receiver.requests.last().method, "GET");
        QCOMPARE(receiver.requests.last().target, "/am/api/v2/status");

        HostileServer closed;
        QVERIFY(closed.listen());
        const QUrl gone(QString::fromLatin1(closed.origin()) + QStringLiteral("/hook?access_token=secret-token"));
        closed.setHandler([](const HostileServer::Request &) { return HostileServer::json("gone", 404); });
        const auto missing = run(destination(gone, WebhookFormat::Generic));
        QVERIFY2(missing.first.contains(QStringLiteral("404")), qPrintable(missing.first));
        QVERIFY(!missing.first.contains(QStringLiteral("secret-token")));
        QCOMPARE(dispatcher.inFlight(), 0);
        QCOMPARE(dispatcher.destinations().size(), 0); // a test configures nothing
    }

    /// A transport error names the origin only: a robot's token in its path or query stays out.
    void transportErrorsHideTheToken()
    {
        HostileServer receiver;
        QVERIFY(receiver.listen());
        receiver.setHandler([](const HostileServer::Request &) {
            return HostileServer::redirect(302, "https://elsewhere.invalid/robot/send?access_token=SECRETTOKEN");
        });
        HttpTransport transport;
        AlertDispatcher dispatcher(&transport, [] { return T0; });
        dispatcher.setRetryDelaysMs({});
        dispatcher.addDestination(destination(QUrl(QString::fromLatin1(receiver.origin())
                                                   + QStringLiteral("/robot/send?access_token=SECRETTOKEN")),
                                              WebhookFormat::DingTalk));
        QSignalSpy failed(&dispatcher, &AlertDispatcher::deliveryFailed);
        dispatcher.dispatch(failedEvent());
        QTRY_COMPARE(failed.size(), 1);
        const QString error = failed.first().at(2).toString();
        QVERIFY2(!error.contains(QStringLiteral("SECRETTOKEN")) && !error.contains(QStringLiteral("robot/send")),
                 qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("elsewhere.invalid")), qPrintable(error));
    }

    /// Alertmanager down: its resends fail every minute, said once until it answers again; a
    /// silenced resolution still stops the resends of that alert.
    void alertmanagerOutageIsSaidOnce()
    {
        HostileServer am;
        QVERIFY(am.listen());
        bool down = true;
        am.setHandler([&down](const HostileServer::Request &) {
            return down ? HostileServer::json("down", 503) : HostileServer::json("", 200);
        });
        HttpTransport transport;
        AlertDispatcher dispatcher(&transport, [] { return T0; });
        dispatcher.setRetryDelaysMs({});
        dispatcher.setAlertmanagerResendMs(20);
        dispatcher.addDestination(destination(QUrl(QString::fromLatin1(am.origin())), WebhookFormat::Alertmanager));
        QSignalSpy failed(&dispatcher, &AlertDispatcher::deliveryFailed);
        dispatcher.dispatch(failedEvent());
        QTRY_VERIFY(am.requests.size() >= 5);
        QCOMPARE(failed.size(), 2); // the raise, and the resends once
        down = false;
        AlertEvent quiet = failedEvent(AlertEvent::Kind::Resolved);
        quiet.silenced = true;
        dispatcher.dispatch(quiet);
        AlertEvent other = failedEvent();
        other.alert.key = QStringLiteral("other");
        other.alert.rule = AlertRule::Latency;
        const auto before = am.requests.size();
        dispatcher.dispatch(other);
        QTRY_VERIFY(resendsSince(am, before, "latency") >= 3);
        for (auto i = before; i < am.requests.size(); ++i)
            if (am.requests.at(i).body.contains("latency"))
                QVERIFY2(!am.requests.at(i).body.contains("projectFailed"), am.requests.at(i).body.constData());
    }

    /// Alertmanager gets every firing alert again each resend, and a resolved one once more.
    void alertmanagerResendsFiringAlerts()
    {
        HostileServer am;
        QVERIFY(am.listen());
        am.setHandler([](const HostileServer::Request &) { return HostileServer::json("", 200); });
        HttpTransport transport;
        qint64 now = T0;
        AlertDispatcher dispatcher(&transport, [&now] { return now; });
        dispatcher.setAlertmanagerResendMs(20);
        dispatcher.addDestination(destination(QUrl(QString::fromLatin1(am.origin())), WebhookFormat::Alertmanager));
        dispatcher.dispatch(failedEvent());
        QTRY_VERIFY(am.requests.size() >= 3);
        for (const auto &r : am.requests) {
            QCOMPARE(r.target, "/api/v2/alerts");
            QCOMPARE(QJsonDocument::fromJson(r.body).array().size(), 1);
        }
        now = T0 + 600'000;
        dispatcher.dispatch(failedEvent(AlertEvent::Kind::Resolved));
        QTRY_VERIFY(std::any_of(am.requests.cbegin(), am.requests.cend(), [](const HostileServer::Request &r) {
            return r.body.contains("\"endsAt\":\"2026-09-21T14:23:20.000Z\"");
        }));
        // Resends from now on carry the new alert alone: the resolved one is no longer told.
        AlertEvent latency = failedEvent();
        latency.alert.key = QStringLiteral("oms-prod/np_7d4f5b/latency");
        latency.alert.rule = AlertRule::Latency;
        const auto before = am.requests.size();
        dispatcher.dispatch(latency);
        QTRY_VERIFY(am.requests.size() >= before + 3);
        // (a resend already on its way when it resolved may still arrive: only those made since count)
        QTRY_VERIFY(resendsSince(am, before, "latency") >= 3);
        for (auto i = before; i < am.requests.size(); ++i) {
            if (!am.requests.at(i).body.contains("latency"))
                continue;
            QVERIFY2(!am.requests.at(i).body.contains("projectFailed"), am.requests.at(i).body.constData());
            QCOMPARE(QJsonDocument::fromJson(am.requests.at(i).body).array().size(), 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestWebhooks)
#include "tst_webhooks.moc"
