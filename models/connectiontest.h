// SPDX-License-Identifier: MIT
#pragma once

#include "instanceconfig.h"
#include "types.h"

#include <QObject>

#include <memory>

namespace omsdash {

class HttpTransport;
class ServiceClient;

/// File > Instances' "Test connection": one call, the project list (OMS 4 ListProjects, OMS
/// 3.3 the sync projects' progress, DRS the jobs' batch-progress), with a config as typed,
/// before it is saved. One test at a time: start() abandons a running one, whose answer is
/// then dropped.
class ConnectionTest : public QObject
{
    Q_OBJECT

public:
    /// What the last test found.
    struct Outcome
    {
        ApiError error;              ///< None when the instance answered
        int projectCount = 0;        ///< projects listed (when it answered)
        qint64 responseMs = -1;      ///< time the answer took, ms; -1 when none arrived
        QString untrustedSha256;     ///< Tls errors: the certificate's SHA-256 "AB:CD:…", to pin

        bool ok() const { return !error.isError(); }
    };

    /// The request deadline of a test, whatever the instance's own: a person is waiting.
    static constexpr int TimeoutMs = 10000;

    /// @p transport must outlive the test.
    explicit ConnectionTest(HttpTransport *transport, QObject *parent = nullptr);
    ~ConnectionTest() override;

    /// Tests @p config, its secret filled (setSecret()); started() at once, finished() once.
    void start(InstanceConfig config);
    bool isRunning() const { return m_client != nullptr; }
    const Outcome &outcome() const { return m_outcome; }

signals:
    /// @p url: the address tested, without user info.
    void started(const QString &url);
    void finished(const omsdash::ConnectionTest::Outcome &outcome);

private:
    HttpTransport *m_transport;
    std::unique_ptr<ServiceClient> m_client;
    Outcome m_outcome;
    int m_generation = 0;
};

} // namespace omsdash
