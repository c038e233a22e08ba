// SPDX-License-Identifier: MIT
#include "serviceclient.h"

#include "drsclient.h"
#include "omsclient.h"

namespace omsdash {

ServiceClient::ServiceClient(const InstanceConfig &config, HttpTransport *transport)
    : m_config(config)
    , m_transport(transport)
{
}

ServiceClient::~ServiceClient() = default;

void ServiceClient::fetchStepHistory(const QString &, const QString &, qint64, qint64, int,
                                     Callback<QList<StepMetricSeries>> done)
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
                      authenticated ? authHeaders() : HttpTransport::Headers{}, m_config.timeoutMs,
                      m_config.pinnedSha256, this,
                      [this, onReply = std::move(onReply), onError = std::move(onError)](
                          const HttpReply &reply) {
                          m_lastResponseMs = reply.elapsedMs;
                          if (reply.transportError.isError()) {
                              onError(reply.transportError);
                              return;
                          }
                          if (reply.status < 200 || reply.status >= 300) {
                              onError(httpError(reply.status, reply.body));
                              return;
                          }
                          onReply(reply);
                      });
}

} // namespace omsdash
