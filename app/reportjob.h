// SPDX-License-Identifier: MIT
#pragma once

#include "commandline.h"
#include "report.h"
#include "reportexport.h"

#include <QObject>

#include <memory>

namespace omsdash {

class HistoryStore;
class HttpTransport;
class ServiceClient;

/// `omsdash report`: collects every project (or the --project ones) of each instance in
/// turn with a ReportCollector, then writes the report in the asked format. Finishes once
/// with the exit code: 0 written, 3 connection or API error, 4 could not write (the reason on
/// stderr).
class ReportJob : public QObject
{
    Q_OBJECT

public:
    /// @p transport and @p store (may be nullptr) must outlive the job.
    ReportJob(const ReportOptions &options, const QList<InstanceConfig> &instances, HttpTransport *transport,
              HistoryStore *store, QObject *parent = nullptr);
    ~ReportJob() override;

    void start();

    /// Writes @p report to @p options.out in @p options.format; false with @p error when it
    /// cannot (nothing half-written is left behind).
    static bool write(const Report &report, const ReportOptions &options, QString *error);
    /// The same in two steps, for ReportExport: on the GUI thread, what needs widgets or the
    /// palette (charts, the HTML and PDF layout's colours); the returned step writes the file
    /// on any thread, making its folder first when missing.
    static ReportExport::Write prepareWrite(const Report &report, const ReportOptions &options);

signals:
    /// 0 written; 3 nothing could be fetched; 4 could not write; 5 written, but something could
    /// not be fetched (the report and stderr say what).
    void finished(int exitCode);

private:
    void collectNext();
    static ReportExport::Write writerFor(const Report &report, const ReportOptions &options);

    ReportOptions m_options;
    QList<InstanceConfig> m_instances;
    HttpTransport *m_transport;
    HistoryStore *m_store;
    std::unique_ptr<ServiceClient> m_client;
    std::unique_ptr<ReportCollector> m_collector;
    Report m_report;
    int m_next = 0;
};

} // namespace omsdash
