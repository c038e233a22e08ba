// SPDX-License-Identifier: MIT
#include "reportexport.h"

#include "instancepoller.h"
#include "instancesession.h"

#include <QDateTime>
#include <QtConcurrent/QtConcurrentRun>

namespace omsdash {

ReportExport::ReportExport(QObject *parent)
    : QObject(parent)
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    connect(&m_writing, &QFutureWatcher<QString>::finished, this, [this] { done(m_writing.result(), m_incomplete); });
}

ReportExport::~ReportExport() = default; // a write under way finishes on its thread

bool ReportExport::start(InstanceSession *session, const QStringList &projects, qint64 rangeMs, Prepare prepare,
                         QString *whyNot)
{
    const auto refuse = [whyNot](const QString &why) {
        if (whyNot)
            *whyNot = why;
        return false;
    };
    if (!session)
        return refuse(tr("no project is selected"));
    if (m_running)
        return refuse(tr("a report is still being collected"));
    m_running = true;
    m_prepare = std::move(prepare);
    m_rangeMs = rangeMs;
    emit progress(tr("Collecting the report from %1…").arg(session->name()));
    m_collector = std::make_unique<ReportCollector>(session->poller()->client(), session->historyStore());
    const qint64 now = m_now();
    m_collector->collect(projects, now - rangeMs, now,
                         [this, store = QPointer<HistoryStore>(session->historyStore())](
                             const Result<QList<ProjectReport>> &r) { collected(r, store); });
    return true;
}

void ReportExport::collected(const Result<QList<ProjectReport>> &result, HistoryStore *store)
{
    m_collector.release()->deleteLater(); // not deleted inside its own callback
    if (!result.ok())
        return done(result.error.toString(), false);
    // Made when collected: the range ends with the details just fetched.
    Report report;
    report.generatedMs = m_now();
    report.fromMs = report.generatedMs - m_rangeMs;
    report.toMs = report.generatedMs;
    report.projects = result.value;
    attachAlerts(report, store);
    m_incomplete = report.isIncomplete();
    Write write = m_prepare(report);
    if (!write)
        return done(tr("nothing to write"), false);
    emit progress(tr("Writing the report…"));
    m_writing.setFuture(QtConcurrent::run(std::move(write)));
}

void ReportExport::done(const QString &error, bool incomplete)
{
    m_running = false;
    m_prepare = {};
    emit finished(error, error.isEmpty() && incomplete);
}

} // namespace omsdash
