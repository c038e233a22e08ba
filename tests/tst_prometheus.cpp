// SPDX-License-Identifier: MIT
// The metrics against the real thing: `omsdash watch --demo --listen 127.0.0.1:0` (the built-in
// simulator's four instances) scraped every second by Debian's Prometheus on loopback, with
// resources/prometheus/omsdash-rules.yml loaded. Prometheus accepts what omsdash serves
// (OpenMetrics, which it asks for; promtool the text format), and its HTTP API returns the
// values omsdash holds, the rules' alerts, and an answer to every query of the Grafana dashboard.
#include "loopbackport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <QTest>

namespace {

/// Every "expr" in @p value (a Grafana dashboard or part of one), depth first.
void collectExprs(const QJsonValue &value, QStringList &out)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() == QLatin1String("expr") && it.value().isString())
                out << it.value().toString();
            else
                collectExprs(it.value(), out);
        }
    } else if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            collectExprs(v, out);
    }
}

} // namespace

class TestPrometheus : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcess m_watch;
    QProcess m_prometheus;
    QUrl m_metrics;
    QUrl m_api;
    QNetworkAccessManager m_nam;

    QByteArray get(const QUrl &url, int *status)
    {
        QNetworkReply *reply = m_nam.get(QNetworkRequest(url));
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(10000);
        reply->deleteLater();
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        return reply->readAll();
    }

    /// Prometheus's answer to the instant query @p promql: the whole JSON ("status", "data").
    QJsonObject query(const QString &promql)
    {
        QUrl url = m_api.resolved(QUrl(QStringLiteral("/api/v1/query")));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("query"), QString::fromUtf8(QUrl::toPercentEncoding(promql)));
        url.setQuery(q);
        int status = 0;
        return QJsonDocument::fromJson(get(url, &status)).object();
    }

    /// The result vector of @p promql; empty when there is none or the query failed.
    QJsonArray vector(const QString &promql)
    {
        return query(promql)[QStringLiteral("data")][QStringLiteral("result")].toArray();
    }

    /// The value of the single result of @p promql, as Prometheus writes it ("1", "0.25"); empty otherwise.
    QString single(const QString &promql)
    {
        const QJsonArray r = vector(promql);
        return r.size() == 1 ? r.at(0)[QStringLiteral("value")].toArray().at(1).toString() : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        m_watch.setProcessEnvironment(env);
        m_watch.start(QStringLiteral(OMSDASH_BIN),
                      {QStringLiteral("watch"), QStringLiteral("--demo"), QStringLiteral("--listen"),
                       QStringLiteral("127.0.0.1:0")});
        QVERIFY2(m_watch.waitForStarted(), qPrintable(m_watch.errorString()));
        // It says where it listens before it watches.
        QByteArray said;
        const QRegularExpression where(QStringLiteral("metrics at (http://127\\.0\\.0\\.1:\\d+/metrics)"));
        QTRY_VERIFY_WITH_TIMEOUT((said += m_watch.readAllStandardError(), where.match(QString::fromUtf8(said)).hasMatch()),
                                 15000);
        m_metrics = QUrl(where.match(QString::fromUtf8(said)).captured(1));

        QFile config(m_dir.filePath(QStringLiteral("prometheus.yml")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(QStringLiteral("global:\n"
                                    "  scrape_interval: 1s\n"
                                    "  evaluation_interval: 1s\n"
                                    "rule_files:\n"
                                    "  - %1/prometheus/omsdash-rules.yml\n"
                                    "scrape_configs:\n"
                                    "  - job_name: omsdash\n"
                                    "    honor_labels: true\n"
                                    "    static_configs:\n"
                                    "      - targets: ['%2:%3']\n")
                         .arg(QStringLiteral(OMSDASH_RESOURCES), m_metrics.host())
                         .arg(m_metrics.port())
                         .toUtf8());
        config.close();
        m_prometheus.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        const quint16 port = startOnLoopbackPort(
            m_prometheus, QStringLiteral(OMSDASH_PROMETHEUS),
            [&](quint16 candidate) {
                return QStringList{QStringLiteral("--config.file=") + config.fileName(),
                                   QStringLiteral("--storage.tsdb.path=") + m_dir.filePath(QStringLiteral("tsdb")),
                                   QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(candidate),
                                   QStringLiteral("--log.level=warn")};
            },
            [this](quint16 candidate) {
                m_api = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(candidate));
                // Ready, and Prometheus: Alertmanager, say, answers /-/ready too.
                int ready = 0;
                int build = 0;
                get(m_api.resolved(QUrl(QStringLiteral("/-/ready"))), &ready);
                const QByteArray info = get(m_api.resolved(QUrl(QStringLiteral("/api/v1/status/buildinfo"))), &build);
                return ready == 200 && build == 200 && info.contains("\"goVersion\"");
            },
            20000);
        QVERIFY2(port != 0, "Prometheus did not answer on loopback");
    }

    void cleanupTestCase()
    {
        m_prometheus.terminate();
        m_prometheus.waitForFinished(10000);
        // SIGTERM ends the watch cleanly.
        m_watch.terminate();
        QVERIFY(m_watch.waitForFinished(10000));
        QCOMPARE(m_watch.exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_watch.exitCode(), 0);
    }

    /// promtool's linter accepts the text format: HELP and TYPE, names, units, counters.
    void promtoolCheckMetrics()
    {
        int status = 0;
        QByteArray body;
        QTRY_VERIFY_WITH_TIMEOUT((body = get(m_metrics, &status), body.contains("omsdash_project_info{")), 15000);
        QCOMPARE(status, 200);
        QProcess promtool;
        promtool.start(QStringLiteral(OMSDASH_PROMTOOL), {QStringLiteral("check"), QStringLiteral("metrics")});
        QVERIFY(promtool.waitForStarted());
        promtool.write(body);
        promtool.closeWriteChannel();
        QVERIFY(promtool.waitForFinished(20000));
        const QByteArray said = promtool.readAllStandardOutput() + promtool.readAllStandardError();
        QVERIFY2(promtool.exitCode() == 0, said.constData());
        QVERIFY2(said.trimmed().isEmpty(), said.constData());
    }

    /// Prometheus scrapes it (asking for OpenMetrics) and finds every family.
    void scraped()
    {
        QTRY_COMPARE_WITH_TIMEOUT(single(QStringLiteral("up{job=\"omsdash\"}")), QStringLiteral("1"), 20000);
        QVERIFY(single(QStringLiteral("scrape_samples_scraped{job=\"omsdash\"}")).toInt() > 100);
        // Four instances (three OMS, one DRS), each answering.
        QTRY_COMPARE_WITH_TIMEOUT(single(QStringLiteral("count(omsdash_instance_up == 1)")), QStringLiteral("4"), 20000);
        QCOMPARE(single(QStringLiteral("count(omsdash_instance_info)")), QStringLiteral("4"));
        QCOMPARE(single(QStringLiteral("sum(omsdash_instance_poll_errors_total)")), QStringLiteral("0"));
    }

    /// Prometheus read OpenMetrics: only that format carries the state sets, info types and units.
    void openMetricsNegotiated()
    {
        int status = 0;
        QJsonObject metadata;
        QTRY_VERIFY_WITH_TIMEOUT(
            (metadata = QJsonDocument::fromJson(get(m_api.resolved(QUrl(QStringLiteral("/api/v1/metadata"))), &status))
                            .object()[QStringLiteral("data")]
                            .toObject(),
             metadata.contains(QStringLiteral("omsdash_project_status"))),
            20000);
        const auto first = [&metadata](const char *name) {
            return metadata[QLatin1String(name)].toArray().at(0).toObject();
        };
        QCOMPARE(first("omsdash_project_status")[QStringLiteral("type")].toString(), QStringLiteral("stateset"));
        QCOMPARE(first("omsdash_project")[QStringLiteral("type")].toString(), QStringLiteral("info"));
        QCOMPARE(first("omsdash_instance_api_response_seconds")[QStringLiteral("unit")].toString(), QStringLiteral("seconds"));
        QCOMPARE(first("omsdash_instance_poll_errors")[QStringLiteral("type")].toString(), QStringLiteral("counter"));
    }

    /// The values omsdash holds, through Prometheus: states, names in Chinese, counts.
    void values()
    {
        QTRY_COMPARE_WITH_TIMEOUT(single(QStringLiteral("omsdash_project_status{project_id=\"np_7d4f5b\", "
                                                        "omsdash_project_status=\"FAILED\"}")),
                                  QStringLiteral("1"), 20000);
        QCOMPARE(single(QStringLiteral("omsdash_project_alarm_level{project_id=\"np_7d4f5b\", "
                                       "omsdash_project_alarm_level=\"HIGH\"}")),
                 QStringLiteral("1"));
        // The label survives escaping and UTF-8 both ways.
        const QJsonArray billing = vector(QStringLiteral("omsdash_project_info{name=\"billing 账单 Oracle → OB Oracle\"}"));
        QCOMPARE(billing.size(), 1);
        QCOMPARE(billing.at(0)[QStringLiteral("metric")][QStringLiteral("instance")].toString(), QStringLiteral("oms-prod (demo)"));
        // Prometheus holds what omsdash serves: the verifying project's table count.
        int status = 0;
        const QRegularExpression tables(QStringLiteral("omsdash_project_tables\\{instance=\"oms-prod \\(demo\\)\",project_id=\"np_8a7c8e\"\\} (\\d+)"));
        QTRY_VERIFY_WITH_TIMEOUT(tables.match(QString::fromUtf8(get(m_metrics, &status))).hasMatch(), 20000);
        const QString served = tables.match(QString::fromUtf8(get(m_metrics, &status))).captured(1);
        QVERIFY(served.toInt() > 0);
        QTRY_COMPARE_WITH_TIMEOUT(single(QStringLiteral("omsdash_project_tables{project_id=\"np_8a7c8e\"}")), served, 20000);
    }

    /// The shipped rules load, evaluate without error, and raise what they should.
    void rules()
    {
        QTRY_COMPARE_WITH_TIMEOUT(single(QStringLiteral("ALERTS{alertname=\"OmsdashProjectFailed\", "
                                                        "project_id=\"np_7d4f5b\", alertstate=\"firing\", severity=\"HIGH\"}")),
                                  QStringLiteral("1"), 20000);
        // A project at IGNORE is not watched (archive 2019); one at HIGH is.
        QVERIFY(!vector(QStringLiteral("omsdash:project_watched{project_id=\"np_7d4f5b\", level=\"HIGH\"}")).isEmpty());
        QCOMPARE(query(QStringLiteral("omsdash:project_watched{project_id=\"np_7e5a6c\"}"))[QStringLiteral("status")]
                     .toString(),
                 QStringLiteral("success"));
        QVERIFY(vector(QStringLiteral("omsdash:project_watched{project_id=\"np_7e5a6c\"}")).isEmpty());
        QVERIFY(!vector(QStringLiteral("omsdash_project_info{project_id=\"np_7e5a6c\"}")).isEmpty());
        int status = 0;
        const QJsonObject rules =
            QJsonDocument::fromJson(get(m_api.resolved(QUrl(QStringLiteral("/api/v1/rules"))), &status)).object();
        QCOMPARE(status, 200);
        int count = 0;
        for (const QJsonValue &group : rules[QStringLiteral("data")][QStringLiteral("groups")].toArray())
            for (const QJsonValue &rule : group[QStringLiteral("rules")].toArray()) {
                ++count;
                QVERIFY2(rule[QStringLiteral("health")].toString() != QLatin1String("err"),
                         qPrintable(rule[QStringLiteral("name")].toString() + QStringLiteral(": ")
                                    + rule[QStringLiteral("lastError")].toString()));
            }
        QVERIFY(count >= 15);
    }

    /// Every query of the Grafana dashboard is valid PromQL over these metrics, and the panels
    /// that must show something do.
    void grafanaDashboard()
    {
        QFile file(QStringLiteral(OMSDASH_RESOURCES "/grafana/omsdash.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonParseError error{};
        const QJsonDocument dashboard = QJsonDocument::fromJson(file.readAll(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QStringList exprs;
        collectExprs(dashboard.object()[QStringLiteral("panels")], exprs);
        QVERIFY(exprs.size() >= 15);
        // increase() needs two samples of the counter.
        QTRY_VERIFY_WITH_TIMEOUT(
            single(QStringLiteral("min(count_over_time(omsdash_instance_poll_errors_total[1m]))")).toInt() >= 2, 20000);
        int withData = 0;
        for (QString expr : std::as_const(exprs)) {
            expr.replace(QStringLiteral("$__rate_interval"), QStringLiteral("1m"))
                .replace(QStringLiteral("$instance"), QStringLiteral(".*"))
                .replace(QStringLiteral("$project"), QStringLiteral(".*"));
            const QJsonObject answer = query(expr);
            QVERIFY2(answer[QStringLiteral("status")].toString() == QLatin1String("success"),
                     qPrintable(expr + QStringLiteral(": ") + answer[QStringLiteral("error")].toString()));
            const bool empty = answer[QStringLiteral("data")][QStringLiteral("result")].toArray().isEmpty();
            withData += empty ? 0 : 1;
            if (empty)
                qInfo("no data yet: %s", qPrintable(expr));
        }
        // Every panel shows data over the simulator.
        QVERIFY2(withData == exprs.size(), qPrintable(QStringLiteral("%1 of %2").arg(withData).arg(exprs.size())));
        // The worst-first table's first row is the failed project.
        const QJsonArray worst = vector(QStringLiteral("topk(1, omsdash_project_status_rank)"));
        QVERIFY(!worst.isEmpty());
        QCOMPARE(worst.at(0)[QStringLiteral("value")].toArray().at(1).toString(), QStringLiteral("4"));
    }
};

QTEST_GUILESS_MAIN(TestPrometheus)
#include "tst_prometheus.moc"
