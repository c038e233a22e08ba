// SPDX-License-Identifier: MIT
#include "watchjob.h"

#include "desktopnotifier.h"
#include "fleetmetrics.h"
#include "instancesession.h"
#include "metricsserver.h"

#include <QDateTime>
#include <QSocketNotifier>
#include <QTextStream>

#include <memory>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace omsdash {

namespace {
int signalPipe[2] = {-1, -1};

// Only async-signal-safe work here: one byte into the pipe; the event loop does the rest.
void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[0], &byte, 1);
}
} // namespace

WatchJob::WatchJob(const QList<InstanceSession *> &sessions, const AlertSettings &settings, HistoryStore *store,
                   QObject *parent)
    : QObject(parent)
    , m_sessions(sessions)
    , m_center(settings, store)
{
    connect(&m_center, &AlertCenter::alertEvent, this, [](const AlertEvent &e) {
        QTextStream out(stdout);
        out << line(e) << Qt::endl; // flushed: a pipe or journald reads it at once
    });
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) == 0) {
        m_signals = new QSocketNotifier(signalPipe[1], QSocketNotifier::Read, this);
        connect(m_signals, &QSocketNotifier::activated, this, [this] {
            char byte = 0;
            [[maybe_unused]] const auto read = ::read(signalPipe[1], &byte, 1);
            for (InstanceSession *s : std::as_const(m_sessions))
                s->stop();
            emit finished(0);
        });
        struct sigaction action = {};
        action.sa_handler = onSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        sigaction(SIGTERM, &action, nullptr);
        sigaction(SIGINT, &action, nullptr);
    }
}

WatchJob::~WatchJob()
{
    // The server and the metrics read the alert center: they go first.
    delete m_server;
    delete m_metrics;
    std::signal(SIGTERM, SIG_DFL);
    std::signal(SIGINT, SIG_DFL);
    if (signalPipe[0] >= 0) {
        ::close(signalPipe[0]);
        ::close(signalPipe[1]);
        signalPipe[0] = signalPipe[1] = -1;
    }
}

void WatchJob::enableDesktopNotifications()
{
    m_center.setDesktopNotifications(true);
    if (!m_center.notifier()->lastError().isEmpty())
        QTextStream(stderr) << "omsdash: " << m_center.notifier()->lastError() << Qt::endl;
}

void WatchJob::setWebhooks(const QList<WebhookDestination> &destinations, HttpTransport *transport)
{
    if (destinations.isEmpty())
        return;
    const bool first = !m_center.dispatcher();
    m_center.setWebhooks(destinations, transport);
    if (first)
        connect(m_center.dispatcher(), &AlertDispatcher::deliveryFailed, this,
                [](const QString &destination, const AlertEvent &event, const QString &error) {
                    QTextStream(stderr) << "omsdash: " << alertRuleName(event.alert.rule) << ' ' << event.alert.instance
                                        << ' ' << event.alert.projectId << ": not delivered to " << destination << ": "
                                        << error << Qt::endl;
                });
}

bool WatchJob::listen(const QHostAddress &address, quint16 port, QString *error)
{
    auto metrics = std::make_unique<FleetMetrics>(this);
    auto server = std::make_unique<MetricsServer>(metrics.get(), this);
    if (!server->listen(address, port, error))
        return false;
    m_metrics = metrics.release();
    m_server = server.release();
    m_metrics->setAlerts(m_center.monitor());
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
        ? QStringLiteral("[%1]").arg(address.toString())
        : address.toString();
    QTextStream err(stderr);
    err << "omsdash: metrics at http://" << host << ':' << m_server->port() << "/metrics" << Qt::endl;
    if (!address.isLoopback())
        err << "omsdash: " << tr("the metrics are not authenticated: whoever reaches this port reads the "
                                 "projects' names and states")
            << Qt::endl;
    return true;
}

quint16 WatchJob::metricsPort() const
{
    return m_server ? m_server->port() : 0;
}

void WatchJob::start()
{
    for (InstanceSession *s : std::as_const(m_sessions)) {
        m_center.watch(s);
        if (m_metrics)
            m_metrics->watch(s);
        s->setOnScreen(false); // the project list only: that is what the rules read
        s->start();
    }
}

QString WatchJob::line(const AlertEvent &event)
{
    const Alert &a = event.alert;
    const qint64 at = event.kind == AlertEvent::Kind::Resolved ? a.resolvedMs : a.notifiedMs;
    QString text = QStringLiteral("%1 %2%3 %4 %5 %6")
                       .arg(QDateTime::fromMSecsSinceEpoch(at, Qt::UTC).toString(Qt::ISODate), alertEventKindName(event.kind),
                            event.silenced ? QStringLiteral(" silenced") : QString(), a.severity,
                            alertRuleName(a.rule), a.instance);
    if (!a.projectId.isEmpty())
        text += QStringLiteral(" %1 \"%2\"").arg(a.projectId, a.projectName);
    return text + QStringLiteral(": ") + a.message;
}

} // namespace omsdash
