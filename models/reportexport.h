// SPDX-License-Identifier: MIT
#pragma once

#include "report.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace omsdash {

class InstanceSession;

/// File > Export report in the window: one instance's projects collected through its session's
/// client (ReportCollector, the same calls as `omsdash report`), then written on a worker
/// thread so the window keeps drawing while a large PDF is laid out. One export at a time.
class ReportExport : public QObject
{
    Q_OBJECT

public:
    /// Writes the file; runs on a pool thread. Returns why it could not, empty when written.
    using Write = std::function<QString()>;
    /// Runs on the GUI thread once the report is collected (what needs widgets or the
    /// application palette, such as the charts, is made here) and returns the writing step.
    using Prepare = std::function<Write(const Report &report)>;

    explicit ReportExport(QObject *parent = nullptr);
    ~ReportExport() override;

    /// The clock giving the report's range and generation time (UTC ms since the epoch).
    void setClock(std::function<qint64()> nowMs) { m_now = std::move(nowMs); }

    /// Starts collecting @p projects (empty: all) of @p session over the last @p rangeMs, then
    /// writes with @p prepare. False with @p whyNot when there is no session or an export is
    /// already running; then nothing starts and finished() is not emitted.
    bool start(InstanceSession *session, const QStringList &projects, qint64 rangeMs, Prepare prepare,
               QString *whyNot = nullptr);
    bool isRunning() const { return m_running; }

signals:
    /// "Collecting the report from <instance>…", then "Writing the report…".
    void progress(const QString &message);
    /// Once per start(): @p error empty when written; @p incomplete when written although some
    /// project or part could not be fetched (the report says what).
    void finished(const QString &error, bool incomplete);

private:
    void collected(const Result<QList<ProjectReport>> &result, HistoryStore *store);
    void done(const QString &error, bool incomplete);

    std::function<qint64()> m_now;
    std::unique_ptr<ReportCollector> m_collector;
    QFutureWatcher<QString> m_writing;
    Prepare m_prepare;
    qint64 m_rangeMs = 0;
    bool m_incomplete = false;
    bool m_running = false;
};

} // namespace omsdash
