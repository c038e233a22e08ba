// SPDX-License-Identifier: MIT
// `omsdash report` end to end, as cron runs it: against omsdash-sim over loopback, every
// format (the PDF read back with pdftotext, the JSON checked against its schema with
// python3-jsonschema, the CSV and HTML parsed), standard output, and the exit codes.
#include "apphome.h"
#include "csv.h"

#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QString err;
};

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TestReportCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_url = startSimulator(m_sim, QStringLiteral(OMSDASH_SIM), Password);
        QVERIFY(!m_url.isEmpty());
        QFile pw(m_home.filePath(QStringLiteral("pw")));
        QVERIFY(pw.open(QIODevice::WriteOnly));
        pw.write(Password.toUtf8() + "\n");
    }

    void cleanupTestCase()
    {
        m_sim.kill();
        m_sim.waitForFinished();
    }

    void jsonToStandardOutputValidatesAndCarriesTheSimulatorsValues()
    {
        const Run r = report({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), QStringLiteral("-")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString path = m_home.filePath(QStringLiteral("report.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(r.out);
        f.close();
        QVERIFY(validates(path));

        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(json.value(QStringLiteral("schemaVersion")).toInt(), 1);
        const QJsonArray projects = json.value(QStringLiteral("projects")).toArray();
        QCOMPARE(projects.size(), 8); // the primary instance's projects
        // Worst first, as in the window: the FAILED project leads, the finished ones close.
        QCOMPARE(projects.first()[QStringLiteral("status")].toString(), QStringLiteral("FAILED"));
        QCOMPARE(projects.last()[QStringLiteral("status")].toString(), QStringLiteral("FINISHED"));
        QJsonObject orders, billing;
        for (const QJsonValue &v : projects) {
            if (v[QStringLiteral("id")] == QStringLiteral("np_7a1c2e"))
                orders = v.toObject();
            if (v[QStringLiteral("id")] == QStringLiteral("np_7b2d3f"))
                billing = v.toObject();
        }
        QCOMPARE(billing.value(QStringLiteral("name")).toString(), QStringLiteral("billing 账单 Oracle → OB Oracle"));
        QCOMPARE(orders.value(QStringLiteral("status")).toString(), QStringLiteral("RUNNING"));
        QCOMPARE(orders.value(QStringLiteral("currentStep")).toString(), QStringLiteral("FULL_TRANSFER"));
        QJsonObject full;
        for (const QJsonValue &s : orders.value(QStringLiteral("steps")).toArray()) {
            if (s[QStringLiteral("name")] == QStringLiteral("FULL_TRANSFER"))
                full = s.toObject();
        }
        const QJsonObject metrics = full.value(QStringLiteral("metrics")).toObject();
        QCOMPARE(metrics.value(QStringLiteral("capacityRecords")).toDouble(), 1.2e9);
        QCOMPARE(metrics.value(QStringLiteral("srcRpsRef")).toDouble(), 55000.0);
        QVERIFY(metrics.value(QStringLiteral("dstRtMs")).toDouble() > 0);
        // A day of the server's history plus the sample of now, with the baselines, inside
        // the range (else charts would draw no baseline).
        const QJsonArray samples = orders.value(QStringLiteral("samples")).toArray();
        QVERIFY(samples.size() >= 10);
        QCOMPARE(samples.last()[QStringLiteral("srcRpsRef")].toDouble(), 55000.0);
        const QString to = json.value(QStringLiteral("range"))[QStringLiteral("to")].toString();
        QVERIFY2(samples.last()[QStringLiteral("time")].toString() <= to, qPrintable(to)); // ISO 8601 sorts as text
    }

    void csvFilesParseWithChineseTableNames()
    {
        const QString base = m_home.filePath(QStringLiteral("verify.csv"));
        const Run r = report({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), base,
                              QStringLiteral("--project"), QStringLiteral("np_8a7c8e"), QStringLiteral("--range"),
                              QStringLiteral("6h")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QList<QStringList> steps = parseCsv(readText(m_home.filePath(QStringLiteral("verify-steps.csv"))));
        const QList<QStringList> tables = parseCsv(readText(m_home.filePath(QStringLiteral("verify-tables.csv"))));
        const QList<QStringList> metrics = parseCsv(readText(m_home.filePath(QStringLiteral("verify-metrics.csv"))));
        const QList<QStringList> alerts = parseCsv(readText(m_home.filePath(QStringLiteral("verify-alerts.csv"))));
        QCOMPARE(steps.size(), 1 + 8);
        QCOMPARE(tables.size(), 1 + 320);
        QVERIFY(!alerts.isEmpty());
        QCOMPARE(alerts.first().mid(0, 5), (QStringList{QStringLiteral("instance"), QStringLiteral("projectId"),
                                                        QStringLiteral("projectName"), QStringLiteral("time"),
                                                        QStringLiteral("event")}));
        QVERIFY(metrics.size() >= 2);
        for (const auto *file : {&steps, &tables, &metrics}) {
            for (const QStringList &row : *file)
                QCOMPARE(row.size(), file->first().size());
        }
        const int table = int(tables.first().indexOf(QStringLiteral("sourceTable")));
        QVERIFY(std::any_of(tables.cbegin(), tables.cend(),
                            [table](const QStringList &row) { return row.at(table) == QStringLiteral("支付流水_0003"); }));
        QVERIFY(steps.at(1).contains(QStringLiteral("payments verify 支付")));

        // To standard output: the four, each under its "# name" line.
        const Run out = report({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), QStringLiteral("-"),
                                QStringLiteral("--project"), QStringLiteral("np_8a7c8e")});
        QVERIFY2(out.code == 0, qPrintable(out.err));
        const QStringList sections = QString::fromUtf8(out.out).split(QStringLiteral("\r\n\r\n"));
        QCOMPARE(sections.size(), 4);
        QVERIFY(sections.at(0).startsWith(QStringLiteral("# steps\r\ninstance,")));
        QVERIFY(sections.at(3).startsWith(QStringLiteral("# alerts\r\ninstance,")));
        QVERIFY(sections.at(1).startsWith(QStringLiteral("# tables\r\n")));
        QCOMPARE(parseCsv(sections.at(1).section(QStringLiteral("\r\n"), 1, -1)).size(), 1 + 320);
    }

    void htmlParsesWithItsCharts()
    {
        const QString path = m_home.filePath(QStringLiteral("orders.html"));
        const Run r = report({QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("--out"), path,
                              QStringLiteral("--project"), QStringLiteral("np_7a1c2e"), QStringLiteral("--project"),
                              QStringLiteral("np_7b2d3f")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString html = readText(path);
        QTextDocument doc;
        doc.setHtml(html);
        const QString text = doc.toPlainText();
        for (const QString &expected : {QStringLiteral("orders: MySQL → OceanBase"), QStringLiteral("billing 账单 Oracle → OB Oracle"),
                                        QStringLiteral("FULL_TRANSFER"), QStringLiteral("MYSQL → OB_MYSQL"),
                                        QStringLiteral("95th percentile"), QStringLiteral("Steps"),
                                        QStringLiteral("No alerts in this range.")})
            QVERIFY2(text.contains(expected), qPrintable(expected));
        // Each chart is an embedded PNG that decodes.
        const QRegularExpression img(QStringLiteral("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\""));
        int images = 0;
        for (auto it = img.globalMatch(html); it.hasNext(); ++images) {
            const QImage image = QImage::fromData(QByteArray::fromBase64(it.next().captured(1).toLatin1()), "PNG");
            QVERIFY(!image.isNull() && image.width() > 400);
        }
        QVERIFY2(images >= 6, qPrintable(QString::number(images))); // RPS, RT and throughput of both
    }

    void pdfHasPagesHeadersAndChineseText()
    {
        const QString path = m_home.filePath(QStringLiteral("all.pdf"));
        const Run r = report({QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), path});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QProcess info;
        info.start(QStringLiteral(OMSDASH_PDFINFO), {path});
        QVERIFY(info.waitForFinished(30000));
        const QString infoText = QString::fromUtf8(info.readAllStandardOutput());
        const auto pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(infoText);
        QVERIFY2(pages.hasMatch(), qPrintable(infoText));
        QVERIFY(infoText.contains(QStringLiteral("A4")));
        const int pageCount = pages.captured(1).toInt();
        QVERIFY(pageCount >= 8); // each project starts a page

        QProcess text;
        text.start(QStringLiteral(OMSDASH_PDFTOTEXT), {QStringLiteral("-layout"), path, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        // Qt's PDF maps some CJK glyphs back to their compatibility code points (支 as the
        // Kangxi radical ⽀): compare in NFKC, as a search in a PDF reader does.
        const QString pdf = QString::fromUtf8(text.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
        for (const QString &expected :
             {QStringLiteral("payments verify 支付"), QStringLiteral("billing 账单 Oracle → OB Oracle"),
              QStringLiteral("Inconsistent tables"), QStringLiteral("支付流水_"), QStringLiteral("Incremental latency"),
              QStringLiteral("Page 1 of %1").arg(pageCount), QStringLiteral("Page %1 of %1").arg(pageCount)})
            QVERIFY2(pdf.contains(expected), qPrintable(expected));
        // The header on every page.
        QCOMPARE(pdf.count(QStringLiteral("omsdash report · ")), pageCount + 1); // and once in the title block
        // Page 1: the summary, every project worst first (the failed one on top), before any
        // project's own page; instance names keep their parentheses, and no doubled ones follow.
        const QString first = pdf.section(QLatin1Char('\f'), 0, 0);
        QVERIFY2(first.contains(QStringLiteral("Summary")) && first.contains(QStringLiteral("Incremental")), qPrintable(first));
        // (names wrap in their narrow column: "logistics" / "schema")
        const qsizetype failed = first.indexOf(QStringLiteral("logistics"));
        QVERIFY2(failed >= 0 && failed < first.indexOf(QStringLiteral("payments")), qPrintable(first));
        QVERIFY2(!first.contains(QStringLiteral("Steps")), qPrintable(first));
        QVERIFY(!pdf.contains(QStringLiteral(") (OMS")));
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("no format") << QStringList{QStringLiteral("--out"), QStringLiteral("-")} << 2 << "--format";
        QTest::newRow("bad format") << QStringList{QStringLiteral("--format"), QStringLiteral("xls"), QStringLiteral("--out"), QStringLiteral("x")}
                                    << 2 << "xls";
        QTest::newRow("pdf to stdout") << QStringList{QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), QStringLiteral("-")}
                                       << 2 << "json or csv";
        QTest::newRow("bad range") << QStringList{QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"),
                                                  QStringLiteral("-"), QStringLiteral("--range"), QStringLiteral("3w")}
                                   << 2 << "--range";
        QTest::newRow("window option") << QStringList{QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"),
                                                      QStringLiteral("-"), QStringLiteral("--screenshot"), QStringLiteral("x.png")}
                                       << 2 << "screenshot";
        QTest::newRow("unknown project") << QStringList{QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"),
                                                        QStringLiteral("-"), QStringLiteral("--project"), QStringLiteral("np_nope")}
                                         << 3 << "np_nope";
        // Under a file: no folder can be made there, not even by root.
        QTest::newRow("cannot write") << QStringList{QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"),
                                                     QStringLiteral("/dev/null/dir/r.json")}
                                      << 4 << "/dev/null/dir";
    }

    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, fragment);
        const Run r = report(args);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(fragment), qPrintable(r.err));
        QVERIFY(r.out.isEmpty()); // nothing half-written on standard output
    }

    void missingFolderIsMade()
    {
        // A fresh account has no Documents folder: the report's folder is made.
        const QString out = m_home.filePath(QStringLiteral("Documents/omsdash/r.json"));
        const Run r = report({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), out});
        QCOMPARE(r.code, 0);
        QVERIFY2(QFileInfo(out).size() > 0, qPrintable(r.err));
    }

    void connectionErrorExits3()
    {
        QFile wrong(m_home.filePath(QStringLiteral("wrong")));
        QVERIFY(wrong.open(QIODevice::WriteOnly));
        wrong.write("not-the-password\n");
        wrong.close();
        Run r = run({QStringLiteral("report"), QStringLiteral("--url"), m_url, QStringLiteral("--user"), QStringLiteral("admin"),
                     QStringLiteral("--password-file"), wrong.fileName(), QStringLiteral("--format"), QStringLiteral("json"),
                     QStringLiteral("--out"), QStringLiteral("-")});
        QCOMPARE(r.code, 3);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(!r.err.contains(QStringLiteral("not-the-password")));
        r = run({QStringLiteral("report"), QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:1"), QStringLiteral("--format"),
                 QStringLiteral("json"), QStringLiteral("--out"), QStringLiteral("-")});
        QCOMPARE(r.code, 3);
    }

    /// An OMS without the verification call still gets its report: written, incomplete (5),
    /// with the API's error in the JSON (which the schema knows) and a note in the PDF.
    void partialAnswerStillMakesAReport()
    {
        QProcess sim;
        const QString url = startSimulator(sim, QStringLiteral(OMSDASH_SIM), Password,
                                           {QStringLiteral("--refuse"), QStringLiteral("ListProjectFullVerifyResult")});
        QVERIFY(!url.isEmpty());
        const QStringList connect{QStringLiteral("report"), QStringLiteral("--url"), url, QStringLiteral("--name"),
                                  QStringLiteral("ce"), QStringLiteral("--user"), QStringLiteral("admin"),
                                  QStringLiteral("--password-file"), m_home.filePath(QStringLiteral("pw"))};
        const QString path = m_home.filePath(QStringLiteral("partial.json"));
        Run r = run(connect + QStringList{QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), path});
        QVERIFY2(r.code == 5, qPrintable(QString::number(r.code) + r.err));
        QVERIFY2(r.err.contains(QStringLiteral("GHANA-OPERAT000404")), qPrintable(r.err));
        QVERIFY(validates(path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray projects = QJsonDocument::fromJson(f.readAll())[QStringLiteral("projects")].toArray();
        int withErrors = 0;
        for (const QJsonValue &p : projects) {
            const QJsonArray errors = p[QStringLiteral("errors")].toArray();
            if (errors.isEmpty())
                continue;
            ++withErrors;
            QCOMPARE(errors.first()[QStringLiteral("what")].toString(), QStringLiteral("per-table progress"));
            QCOMPARE(errors.first()[QStringLiteral("code")].toString(), QStringLiteral("GHANA-OPERAT000404"));
            QCOMPARE(errors.first()[QStringLiteral("httpStatus")].toInt(), 404);
            QVERIFY(!p[QStringLiteral("status")].toString().isEmpty()); // the rest arrived
            QVERIFY(!p[QStringLiteral("steps")].toArray().isEmpty());
        }
        QVERIFY(withErrors >= 1);
        QVERIFY(withErrors < projects.size()); // projects without verification are whole

        const QString pdf = m_home.filePath(QStringLiteral("partial.pdf"));
        r = run(connect + QStringList{QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), pdf});
        QCOMPARE(r.code, 5);
        QProcess text;
        text.start(QStringLiteral(OMSDASH_PDFTOTEXT), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        const QString printed = QString::fromUtf8(text.readAllStandardOutput()).simplified(); // lines wrap
        QVERIFY2(printed.contains(QStringLiteral("Incomplete")) && printed.contains(QStringLiteral("not supported by this edition")),
                 qPrintable(printed.left(2000)));
        sim.kill();
        sim.waitForFinished();
    }

    void demoCoversEveryInstance()
    {
        const Run r = run({QStringLiteral("report"), QStringLiteral("--demo"), QStringLiteral("--format"), QStringLiteral("json"),
                           QStringLiteral("--out"), QStringLiteral("-")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QStringList apis;
        for (const QJsonValue &p : QJsonDocument::fromJson(r.out)[QStringLiteral("projects")].toArray()) {
            if (!apis.contains(p[QStringLiteral("api")].toString()))
                apis << p[QStringLiteral("api")].toString();
        }
        apis.sort();
        QCOMPARE(apis, (QStringList{QStringLiteral("drs"), QStringLiteral("oms3"), QStringLiteral("oms4")}));
    }

private:
    static inline const QString Password = QStringLiteral("s1m-Pa55-4-report-test");

    /// Whether the JSON file at @p path follows the report schema, by a validator that is not ours.
    static bool validates(const QString &path)
    {
        QProcess check;
        check.start(QStringLiteral(OMSDASH_PYTHON),
                    {QStringLiteral("-c"),
                     QStringLiteral("import json, sys, jsonschema; "
                                    "jsonschema.validate(json.load(open(sys.argv[1])), json.load(open(sys.argv[2])))"),
                     path, QStringLiteral(OMSDASH_REPORT_SCHEMA)});
        if (!check.waitForFinished(30000) || check.exitCode() != 0) {
            qWarning("%s", check.readAllStandardError().constData());
            return false;
        }
        return true;
    }

    /// `omsdash report` against the simulator's OMS 4 instance with @p args.
    Run report(const QStringList &args)
    {
        return run(QStringList{QStringLiteral("report"), QStringLiteral("--url"), m_url, QStringLiteral("--name"),
                               QStringLiteral("sim"), QStringLiteral("--user"), QStringLiteral("admin"),
                               QStringLiteral("--password-file"), m_home.filePath(QStringLiteral("pw"))}
                   + args);
    }

    Run run(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = appEnvironment(m_home.path());
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // a report finds its platform by itself
        env.remove(QStringLiteral("DISPLAY"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(OMSDASH_APP), args);
        if (!p.waitForFinished(60000)) {
            p.kill();
            return {-1, {}, QStringLiteral("timed out")};
        }
        return {p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
    }

    QTemporaryDir m_home;
    QProcess m_sim;
    QString m_url;
};

QTEST_MAIN(TestReportCli)
#include "tst_reportcli.moc"
