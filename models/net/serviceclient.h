// SPDX-License-Identifier: MIT
#pragma once

#include "httptransport.h"
#include "instanceconfig.h"
#include "types.h"

#include <QDateTime>
#include <QObject>

#include <functional>
#include <memory>

namespace omsdash {

/// One instance's API behind one small interface, whatever its dialect (OMS 4, OMS 3.3,
/// DRS). Each call pages by itself until all rows are in, and answers exactly once through
/// its callback, unless the client is destroyed first. Errors come back as ApiError values.
class ServiceClient : public QObject
{
    Q_OBJECT

public:
    template <typename T>
    using Callback = std::function<void(const Result<T> &)>;

    /// Stop paging after this many pages, whatever totalCount says (hostile servers): 30,000
    /// projects or tables at OMS's 150 a page, 200,000 tables at DRS's 1,000. The answer then
    /// carries pagingCapWarning().
    static constexpr int MaxPages = 200;
    /// "stopped at 30,000 projects: the server keeps sending full pages".
    static QString pagingCapWarning(int rows, const QString &what);
    /// What a paged call has gathered so far: the rows and every page's warnings.
    template <typename T>
    struct Paging
    {
        QList<T> rows;
        QStringList warnings;
    };
    /// The rows of a paged call that stops: @p complete, or cut at MaxPages (with
    /// pagingCapWarning() about @p what added to the warnings).
    template <typename T>
    static Result<QList<T>> pagedResult(const Paging<T> &paging, bool complete, const QString &what)
    {
        Result<QList<T>> result = Result<QList<T>>::success(paging.rows);
        result.warnings = paging.warnings;
        if (!complete)
            result.warnings << pagingCapWarning(int(paging.rows.size()), what);
        return result;
    }
    /// Marks repeats of an id in @p rows (ProjectSummary::duplicate) and says which ids repeat.
    static QStringList markDuplicates(QList<ProjectSummary> &rows);

    ~ServiceClient() override;

    /// Every project of the instance: OMS 4 ListProjects (pageSize 150), OMS 3.3 the
    /// configured sync projects' progress, DRS the configured jobs' batch-progress.
    virtual void fetchProjects(Callback<QList<ProjectSummary>> done) = 0;
    /// What a detail holds beyond progress and steps.
    enum class DetailParts {
        Core,           ///< progress and steps: background details, reports
        WithComponents, ///< and OMS 4's components: the project on screen
    };
    /// Progress and steps of one project (and, when asked and the API has them, its components).
    virtual void fetchDetail(const QString &projectId, Callback<ProjectDetail> done,
                             DetailParts parts = DetailParts::Core) = 0;
    /// Per-table progress of one project, all pages.
    virtual void fetchTables(const QString &projectId, Callback<QList<TableProgress>> done) = 0;
    /// Whether @p project has per-table progress worth fetching.
    virtual bool hasTables(const ProjectSummary &project) const = 0;
    /// The server's own metric history of one step between two Unix times (s): every
    /// metricType the step has, @p maxPointNum points each at most. Only OMS 4 keeps one;
    /// the others answer an empty list.
    virtual void fetchStepHistory(const QString &projectId, const QString &stepName, qint64 beginSeconds,
                                  qint64 endSeconds, int maxPointNum, Callback<QList<StepMetricSeries>> done);

    const InstanceConfig &config() const { return m_config; }
    /// A new secret (password or token, as omsdash::setSecret()) for the requests from now on,
    /// after the server refused the old one.
    virtual void setSecret(const QString &secret);
    /// The clock behind the client's own decisions in time (when DRS's IAM token is renewed,
    /// receive times): UTC now. Tests inject one instead of waiting.
    void setClock(std::function<QDateTime()> nowUtc) { m_now = std::move(nowUtc); }
    QDateTime now() const { return m_now(); }

    /// Time the last completed request took, ms; -1 before the first.
    qint64 lastResponseMs() const { return m_lastResponseMs; }

    /// The client for @p config.api. @p transport must outlive it.
    static std::unique_ptr<ServiceClient> create(const InstanceConfig &config,
                                                 HttpTransport *transport);

protected:
    ServiceClient(const InstanceConfig &config, HttpTransport *transport);

    /// Sends @p request to the instance (or to @p baseUrl when given) with this dialect's
    /// auth headers unless @p authenticated is false; maps transport and HTTP errors with
    /// httpError(); on 2xx hands the reply to @p onReply.
    void call(const ApiRequest &request, std::function<void(const HttpReply &)> onReply,
              std::function<void(const ApiError &)> onError, const QUrl &baseUrl = {},
              bool authenticated = true);

    virtual HttpTransport::Headers authHeaders() const = 0;
    virtual ApiError httpError(int status, const QByteArray &body) const = 0;

private:
    InstanceConfig m_config;
    HttpTransport *m_transport;
    qint64 m_lastResponseMs = -1;
    std::function<QDateTime()> m_now = [] { return QDateTime::currentDateTimeUtc(); };
};

} // namespace omsdash
