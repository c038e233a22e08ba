// SPDX-License-Identifier: MIT
#include "reportjob.h"

#include "reportdocument.h"
#include "reportformat.h"
#include "serviceclient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

namespace omsdash {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("omsdash", text);
}

bool saveFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool writeStdout(const QByteArray &bytes, QString *error)
{
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.flush()) {
        *error = tr("cannot write to standard output: %1").arg(out.errorString());
        return false;
    }
    return true;
}

} // namespace

ReportJob::ReportJob(const ReportOptions &options, const QList<InstanceConfig> &instances, HttpTransport *transport,
                     HistoryStore *store, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_instances(instances)
    , m_transport(transport)
    , m_store(store)
{
}

ReportJob::~ReportJob() = default;

void ReportJob::start()
{
    m_report.generatedMs = QDateTime::currentMSecsSinceEpoch();
    m_report.toMs = m_report.generatedMs;
    m_report.fromMs = m_report.toMs - m_options.rangeMs;
    m_next = 0;
    collectNext();
}

void ReportJob::collectNext()
{
    if (m_next >= m_instances.size()) {
        if (m_report.gaps.size() == m_instances.size()) {
            emit finished(3); // no instance answered; each one's error is on stderr
            return;
        }
        QStringList missing = m_options.projects;
        for (const ProjectReport &p : std::as_const(m_report.projects))
            missing.removeAll(p.summary.id);
        if (!missing.isEmpty()) {
            QTextStream(stderr) << "omsdash: " << tr("no instance lists %1").arg(missing.join(QStringLiteral(", ")))
                                << Qt::endl;
            emit finished(3);
            return;
        }
        // Made when collected: the range ends with the details just fetched.
        m_report.generatedMs = QDateTime::currentMSecsSinceEpoch();
        m_report.toMs = m_report.generatedMs;
        m_report.fromMs = m_report.toMs - m_options.rangeMs;
        attachAlerts(m_report, m_store);
        QString error;
        const bool written = write(m_report, m_options, &error);
        if (!written) {
            QTextStream(stderr) << "omsdash: " << error << Qt::endl;
            emit finished(4);
            return;
        }
        for (const ProjectReport &p : std::as_const(m_report.projects)) {
            for (const ReportGap &gap : p.gaps)
                QTextStream(stderr) << "omsdash: " << tr("%1, project %2: missing from the report: %3")
                                                          .arg(p.instance, p.summary.id, gap.toString())
                                    << Qt::endl;
        }
        emit finished(m_report.isIncomplete() ? 5 : 0);
        return;
    }
    const InstanceConfig config = m_instances.at(m_next++);
    m_collector.reset();
    m_client = ServiceClient::create(config, m_transport);
    m_collector = std::make_unique<ReportCollector>(m_client.get(), m_store);
    // With several instances, --project names projects of any of them: all are collected,
    // then filtered.
    const QStringList wanted = m_instances.size() == 1 ? m_options.projects : QStringList();
    m_collector->collect(wanted, m_report.fromMs, m_report.toMs,
                         [this, name = config.name](Result<QList<ProjectReport>> r) {
                             if (!r.ok()) {
                                 QTextStream(stderr) << "omsdash: " << name << ": " << r.error.toString() << Qt::endl;
                                 // The other instances still make a report, which says what is missing.
                                 m_report.gaps << ReportGap{name, {}, tr("project list"), r.error};
                                 QMetaObject::invokeMethod(this, &ReportJob::collectNext, Qt::QueuedConnection);
                                 return;
                             }
                             for (const ProjectReport &p : std::as_const(r.value)) {
                                 if (m_instances.size() == 1 || m_options.projects.isEmpty()
                                     || m_options.projects.contains(p.summary.id))
                                     m_report.projects << p;
                             }
                             QMetaObject::invokeMethod(this, &ReportJob::collectNext, Qt::QueuedConnection);
                         });
}

bool ReportJob::write(const Report &report, const ReportOptions &options, QString *error)
{
    *error = prepareWrite(report, options)();
    return error->isEmpty();
}

ReportExport::Write ReportJob::prepareWrite(const Report &report, const ReportOptions &options)
{
    ReportExport::Write write = writerFor(report, options);
    if (options.out == QLatin1String("-"))
        return write;
    // A fresh account has no Documents folder: the report's folder is made when missing.
    return [write, folder = QFileInfo(options.out).absolutePath()] {
        if (!QDir().mkpath(folder))
            return tr("cannot make the folder %1").arg(folder);
        return write();
    };
}

ReportExport::Write ReportJob::writerFor(const Report &collected, const ReportOptions &options)
{
    Report report = collected; // the projects' rows are shared, not copied
    orderWorstFirst(report.projects);
    const QString out = options.out;
    const bool toStdout = out == QLatin1String("-");
    const auto written = [](bool ok, const QString &error) { return ok ? QString() : error; };
    switch (options.format) {
    case ReportOptions::Format::Json:
        return [report, out, toStdout, written] {
            QString error;
            const QByteArray json = QJsonDocument(reportformat::toJson(report)).toJson(QJsonDocument::Indented);
            return written(toStdout ? writeStdout(json, &error) : saveFile(out, json, &error), error);
        };
    case ReportOptions::Format::Csv:
        return [report, out, toStdout, written] {
            QString error;
            const reportformat::CsvFiles csv = reportformat::toCsv(report);
            const std::pair<const char *, const QByteArray *> files[] = {
                {"steps", &csv.steps}, {"tables", &csv.tables}, {"metrics", &csv.metrics}, {"alerts", &csv.alerts}};
            if (toStdout) {
                // One after the other, each under a "# name" line, a blank line between.
                QByteArray all;
                for (const auto &[name, bytes] : files)
                    all += (all.isEmpty() ? "" : "\r\n") + QByteArray("# ") + name + "\r\n" + *bytes;
                return written(writeStdout(all, &error), error);
            }
            QString base = out;
            if (base.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
                base.chop(4);
            // A byte order mark, so spreadsheets read the Chinese names as UTF-8.
            for (const auto &[name, bytes] : files) {
                if (!saveFile(QStringLiteral("%1-%2.csv").arg(base, QLatin1String(name)), "\xEF\xBB\xBF" + *bytes, &error))
                    return error;
            }
            return QString();
        };
    case ReportOptions::Format::Html:
        return [html = reportdoc::htmlFile(report), out, written] {
            QString error;
            return written(saveFile(out, html, &error), error);
        };
    case ReportOptions::Format::Pdf:
        return [pdf = reportdoc::preparePdf(report), out] {
            QString error;
            if (!reportdoc::writePdf(pdf, out, &error))
                return tr("cannot write %1: %2").arg(out, error);
            return QString();
        };
    }
    return [] { return tr("unknown report format"); };
}

} // namespace omsdash
