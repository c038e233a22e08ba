// SPDX-License-Identifier: MIT
#include "serviceclient.h"

#include "drsclient.h"
#include "omsclient.h"

#include <QHash>
#include <QLocale>

namespace omsdash {

ServiceClient::ServiceClient(const InstanceConfig &config, HttpTransport *transport)
    : m_config(config)
    , m_transport(transport)
{
    m_config.projectIds.removeDuplicates();
}

ServiceClient::~ServiceClient() = default;

QString ServiceClient::pagingCapWarning(int rows, const QString &what)
{
    return tr("stopped at %1 %2 after %3 pages: the server keeps sending full pages")
        .arg(QLocale().toString(rows), what)
        .arg(MaxPages);
}

QStringList ServiceClient::markDuplicates(QList<ProjectSummary> &rows)
{
    QHash<QString, int> seen;
    QStringList repeated;
    for (ProjectSummary &p : rows) {
        int &n = seen[p.id];
        p.duplicate = n++;
        if (p.duplicate == 1)
            repeated << p.id;
    }
    QStringList warnings;
    for (const QString &id : std::as_const(repeated))
        warnings << tr("the server lists project %1 %n times; every row is shown", nullptr, seen.value(id)).arg(id);
    return warnings;
}

void ServiceClient::setSecret(const QString &secret)
{
    omsdash::setSecret(m_config, secret);
}

void ServiceClient::fetchStepHistory(const QString &, const QString &, qint64, qint64, int,
                                     Callback<QList<StepMetricSeries>> done) // NOLINT(performance-unnecessary-value-param): a virtual's signature
{
    done(Result<QList<StepMetricSeries>>::success({}));
}

std::unique_ptr<ServiceClient> ServiceClient::create(const InstanceConfig &config,
                                                     HttpTransport *transport)
{
    switch (config.api) {
    case ApiKind::Oms4:
        return std::make_unique<Oms4Client>(config, transport);
    case ApiKind::Oms3:
        return std::make_unique<Oms3Client>(config, transport);
    case ApiKind::Drs:
        return std::make_unique<DrsClient>(config, transport);
    }
    return nullptr;
}

void ServiceClient::call(const ApiRequest &request, std::function<void(const HttpReply &)> onReply,
                         std::function<void(const ApiError &)> onError, const QUrl &baseUrl,
                         bool authenticated)
{
    m_transport->send(baseUrl.isEmpty() ? m_config.baseUrl : baseUrl, request,
                      authenticated ? authHeaders() : HttpTransport::Headers{},
                      RequestPolicy{m_config.timeoutMs, m_config.deadlineMs, m_config.pinnedSha256}, this,
                      [this, onReply = std::move(onReply), onError = std::move(onError)](
                          const HttpReply &reply) {
                          m_lastResponseMs = reply.elapsedMs;
                          if (reply.transportError.isError()) {
                              onError(reply.transportError);
                              return;
                          }
                          if (reply.status < 200 || reply.status >= 300) {
                              ApiError e = httpError(reply.status, reply.body);
                              e.retryAfterMs = reply.retryAfterMs;
                              onError(e);
                              return;
                          }
                          onReply(reply);
                      });
}

} // namespace omsdash
