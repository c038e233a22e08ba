// SPDX-License-Identifier: MIT
// OverviewModel over three simulated instances: merged, sorted worst first, and an instance
// that goes down keeps its last rows (stale) without holding up the other two.
#include "instancesession.h"
#include "overviewmodel.h"
#include "projectcounts.h"
#include "sortfilterproxymodel.h"
#include "projectlistmodel.h"
#include "simulatorserver.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace omsdash;
using sim::Scenario;
using sim::SimulatorServer;

class TestOverviewModel : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        const Scenario::Slice slices[] = {Scenario::Slice::OmsPrimary, Scenario::Slice::OmsLegacy,
                                          Scenario::Slice::Drs};
        const ApiKind apis[] = {ApiKind::Oms4, ApiKind::Oms3, ApiKind::Drs};
        for (int i = 0; i < 3; ++i) {
            auto server = std::make_unique<SimulatorServer>(slices[i]);
            QVERIFY(server->listen());
            InstanceConfig cfg;
            cfg.name = QStringLiteral("instance %1").arg(i);
            cfg.api = apis[i];
            cfg.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server->port()));
            cfg.user = server->user();
            cfg.password = server->password();
            cfg.authToken = server->token();
            cfg.timeoutMs = 2000;
            cfg.projectsIntervalMs = cfg.detailIntervalMs = cfg.tablesIntervalMs = 60000;
            if (apis[i] == ApiKind::Oms3)
                cfg.projectIds = {QStringLiteral("p_3a1b2c"), QStringLiteral("p_3b2c3d")};
            if (apis[i] == ApiKind::Drs) {
                cfg.projectIds = {server->scenario().drsJobId()};
                cfg.drsProjectId = server->drsProjectId();
            }
            m_sessions.push_back(std::make_unique<InstanceSession>(cfg, &m_transport));
            m_servers.push_back(std::move(server));
        }
    }

    void cleanup()
    {
        m_sessions.clear();
        m_servers.clear();
    }

    void mergesAndKeepsTwoWhenTheThirdGoesDown()
    {
        OverviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSessions({m_sessions[0].get(), m_sessions[1].get(), m_sessions[2].get()});
        for (auto &s : m_sessions)
            s->start();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 11, 10000);
        QCOMPARE(model.columnCount(), 1 + int(ProjectListModel::ColumnCount));
        QCOMPARE(model.index(0, 0).data(KeyRole).toString().section(QLatin1Char('/'), 0, 0).toInt(),
                 model.index(0, 0).data(OverviewModel::InstanceIndexRole).toInt());

        // Sorted worst first on status, on alarm level, on latency.
        SortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setTieBreak(&ProjectListModel::rowWorseFirst);
        const int status = OverviewModel::FirstProjectColumn + ProjectListModel::StatusColumn;
        proxy.sort(status, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, status).data().toString(), QStringLiteral("FAILED"));
        const int alarm = OverviewModel::FirstProjectColumn + ProjectListModel::AlarmLevelColumn;
        proxy.sort(alarm, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, alarm).data().toString(), QStringLiteral("HIGH"));
        QVERIFY(!proxy.index(proxy.rowCount() - 1, alarm).data(SortRole).isValid()); // a DRS job has none: last
        const int latency = OverviewModel::FirstProjectColumn + ProjectListModel::LatencyColumn;
        proxy.sort(latency, Qt::DescendingOrder);
        QVERIFY(proxy.index(0, latency).data(SortRole).toDouble() >= proxy.index(1, latency).data(SortRole).toDouble());
        QVERIFY(proxy.index(0, latency).data(SortRole).toDouble() > 0);
        QCOMPARE(proxy.index(0, 0).data().toString().left(9), QStringLiteral("instance "));
        QVERIFY(!proxy.index(proxy.rowCount() - 1, latency).data(SortRole).isValid()); // "–" last
        // The counts read every row's facts through its first (instance) column too.
        int high = 0;
        for (int r = 0; r < model.rowCount(); ++r)
            high += model.index(r, alarm).data().toString() == QLatin1String("HIGH") ? 1 : 0;
        QVERIFY(high > 0);
        const QList<CountFacet> facets = projectCountFacets(&model);
        QVERIFY(std::any_of(facets.cbegin(), facets.cend(), [high](const CountFacet &f) {
            return f.label == QStringLiteral("%1 HIGH").arg(high) && f.count == high;
        }));
        proxy.setRoleFilter(ProjectListModel::AlarmRankRole, 3);
        QCOMPARE(proxy.rowCount(), high);
        proxy.setRoleFilter(0, {});

        // The OMS 3.3 instance goes down: its server is gone.
        m_servers[1].reset();
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy failed(m_sessions[1].get(), &InstanceSession::errorOccurred);
        QSignalSpy updated0(m_sessions[0].get(), &InstanceSession::projectsUpdated);
        QSignalSpy updated2(m_sessions[2].get(), &InstanceSession::projectsUpdated);
        for (auto &s : m_sessions)
            s->poller()->refreshNow();
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() >= 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(updated0.count() >= 1 && updated2.count() >= 1, 10000);
        QCOMPARE(model.rowCount(), 11); // its last good rows stay
        QCOMPARE(reset.count(), 0);
        int stale = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const bool isStale = model.index(row, 0).data(StaleRole).toBool();
            QCOMPARE(isStale, model.index(row, 0).data(OverviewModel::InstanceIndexRole).toInt() == 1);
            stale += isStale ? 1 : 0;
        }
        QCOMPARE(stale, 2);
        QVERIFY(!m_sessions[1]->poller()->health().reachable);
        QVERIFY(m_sessions[0]->poller()->health().reachable);
    }

    void offScreenInstancesPollOnlyTheirList()
    {
        InstanceSession &s = *m_sessions[0];
        s.start();
        s.selectProject(QStringLiteral("np_7a1c2e"));
        QTRY_VERIFY_WITH_TIMEOUT(s.hasDetail(), 10000);
        s.setOnScreen(false);
        QTRY_VERIFY_WITH_TIMEOUT(!s.poller()->isInFlight(InstancePoller::Channel::Detail), 5000);
        const int steps = m_servers[0]->requestCount(QStringLiteral("DescribeProjectSteps"));
        const int lists = m_servers[0]->requestCount(QStringLiteral("ListProjects"));
        QSignalSpy listed(&s, &InstanceSession::projectsUpdated);
        s.poller()->refreshNow();
        QTRY_COMPARE_WITH_TIMEOUT(listed.count(), 1, 5000);
        QCOMPARE(m_servers[0]->requestCount(QStringLiteral("ListProjects")), lists + 1);
        // The new list asked for no detail: none was sent, and none is on its way (a poll
        // marks its channel in flight before its request leaves).
        QCOMPARE(m_servers[0]->requestCount(QStringLiteral("DescribeProjectSteps")), steps);
        QVERIFY(!s.poller()->isInFlight(InstancePoller::Channel::Detail));
        s.setOnScreen(true); // back on screen: detail at once
        QTRY_COMPARE_WITH_TIMEOUT(m_servers[0]->requestCount(QStringLiteral("DescribeProjectSteps")), steps + 1, 5000);
    }

private:
    HttpTransport m_transport;
    std::vector<std::unique_ptr<SimulatorServer>> m_servers;
    std::vector<std::unique_ptr<InstanceSession>> m_sessions;
};

QTEST_GUILESS_MAIN(TestOverviewModel)
#include "tst_overviewmodel.moc"
