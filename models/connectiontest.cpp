// SPDX-License-Identifier: MIT
#include "connectiontest.h"

#include "serviceclient.h"

namespace omsdash {

ConnectionTest::ConnectionTest(HttpTransport *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
{
}

ConnectionTest::~ConnectionTest() = default;

void ConnectionTest::start(InstanceConfig config)
{
    config.timeoutMs = TimeoutMs;
    config.deadlineMs = std::min(config.deadlineMs, TimeoutMs);
    const int generation = ++m_generation;
    m_outcome = {};
    m_client = ServiceClient::create(config, m_transport); // the running one is dropped, unanswered
    emit started(config.baseUrl.toDisplayString(QUrl::RemoveUserInfo));
    m_client->fetchProjects([this, generation](const Result<QList<ProjectSummary>> &r) {
        if (generation != m_generation)
            return;
        m_outcome.error = r.error;
        m_outcome.projectCount = r.ok() ? int(r.value.size()) : 0;
        m_outcome.responseMs = m_client->lastResponseMs();
        m_outcome.untrustedSha256 = r.error.kind == ApiError::Kind::Tls ? r.error.certificateSha256 : QString();
        // Not deleted inside its own callback.
        m_client.release()->deleteLater();
        emit finished(m_outcome);
    });
}

} // namespace omsdash
