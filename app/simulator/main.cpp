// SPDX-License-Identifier: MIT
// omsdash-sim: the built-in OMS / DRS simulator on its own, for any client.
#include "fleet.h"
#include "simulatorserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSaveFile>
#include <QSslCertificate>
#include <QTextStream>

using namespace omsdash::sim;

namespace {

int serveFleet(QCoreApplication &app, double speed, int tokenLifetime, const QString &profilesPath,
               const QList<Scenario::Incident> &incidents)
{
    QTextStream err(stderr);
    Fleet fleet;
    QString why;
    if (!fleet.start(speed, tokenLifetime, &why, incidents)) {
        err << "omsdash-sim: " << why << '\n';
        return 1;
    }
    if (!profilesPath.isEmpty()) {
        QSaveFile file(profilesPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(fleet.profilesJson()) < 0 || !file.commit()) {
            err << "omsdash-sim: cannot write " << profilesPath << ": " << file.errorString() << '\n';
            return 1;
        }
    }
    QTextStream out(stdout);
    for (const Fleet::Member &m : fleet.members()) {
        // The simulator's own demo credentials, not anybody's secret.
        out << m.name << ": " << m.api << ' ' << m.url.toString() << " user " << m.user << " password "
            << m.password << '\n';
        if (!m.pinnedSha256.isEmpty())
            out << "  certificate SHA-256 " << m.pinnedSha256 << '\n';
        if (m.api == QLatin1String("drs"))
            out << "  IAM at the same URL, domain " << m.drsDomain << ", tokens last " << tokenLifetime << " s\n";
    }
    if (!profilesPath.isEmpty())
        out << "profiles written to " << profilesPath << " (try: omsdash --profiles " << profilesPath << ")\n";
    out.flush();
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("omsdash-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Simulated OMS 4, OMS 3.3 and Huawei DRS endpoints on loopback, with an evolving scenario."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("TCP port (0 = any free port)."),
                                        QStringLiteral("N"), QStringLiteral("8089"));
    const QCommandLineOption speedOption(QStringLiteral("speed"),
                                         QStringLiteral("Simulated seconds per real second."),
                                         QStringLiteral("FACTOR"), QStringLiteral("1"));
    const QCommandLineOption userOption(QStringLiteral("user"), QStringLiteral("Basic auth user."),
                                        QStringLiteral("NAME"), QStringLiteral("admin"));
    const QCommandLineOption passwordOption(QStringLiteral("password"),
                                            QStringLiteral("Basic auth password."),
                                            QStringLiteral("SECRET"), QStringLiteral("omsdash-demo"));
    const QCommandLineOption tokenOption(QStringLiteral("token"), QStringLiteral("DRS X-Auth-Token."),
                                         QStringLiteral("TOKEN"), QStringLiteral("demo-iam-token"));
    const QCommandLineOption fillerOption(QStringLiteral("extra-projects"),
                                          QStringLiteral("Add N plain OMS 4 projects (paging)."),
                                          QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption httpsOption(QStringLiteral("https"),
                                         QStringLiteral("Serve HTTPS with the simulator's self-signed certificate."));
    const QCommandLineOption lifetimeOption(QStringLiteral("token-lifetime"),
                                            QStringLiteral("Seconds an IAM token lasts (default 86400), to see renewal."),
                                            QStringLiteral("SECONDS"), QStringLiteral("86400"));
    const QCommandLineOption fleetOption(
        QStringLiteral("fleet"),
        QStringLiteral("Serve the --demo instances at once, each on its own free port: OMS 4, OMS 3.3, OMS 4 "
                       "over HTTPS (self-signed) and DRS with IAM. --port, --user, --password, --token and "
                       "--https do not apply."));
    const QCommandLineOption profilesOption(QStringLiteral("write-profiles"),
                                            QStringLiteral("With --fleet: write its instances as an omsdash profiles "
                                                           "file (no passwords) to FILE."),
                                            QStringLiteral("FILE"));
    const QCommandLineOption refuseOption(QStringLiteral("refuse"),
                                          QStringLiteral("Answer ROUTE (e.g. ListProjectFullVerifyResult, progress-data) "
                                                         "with the API's own error, as an edition or region without it "
                                                         "does. Repeatable."),
                                          QStringLiteral("ROUTE"));
    const QCommandLineOption incidentsOption(
        QStringLiteral("incidents"),
        QStringLiteral("Play the demo's scripted incidents (simulated time): ledger sync lags up to 150 s from 45 s "
                       "for 2.5 min, billing fails in full migration from 90 s for 4 min, the staging instance is "
                       "down from 150 s for 90 s."));
    parser.addOptions({portOption, speedOption, userOption, passwordOption, tokenOption, fillerOption, httpsOption,
                       lifetimeOption, fleetOption, profilesOption, refuseOption, incidentsOption});
    parser.process(app);

    QTextStream err(stderr);
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        err << "omsdash-sim: --port takes a number from 0 to 65535\n";
        return 2;
    }
    const double speed = parser.value(speedOption).toDouble(&ok);
    if (!ok || speed <= 0) {
        err << "omsdash-sim: --speed takes a positive number\n";
        return 2;
    }

    const int lifetime = parser.value(lifetimeOption).toInt(&ok);
    if (!ok || lifetime < 1) {
        err << "omsdash-sim: --token-lifetime takes a positive number of seconds\n";
        return 2;
    }
    if (parser.isSet(profilesOption) && !parser.isSet(fleetOption)) {
        err << "omsdash-sim: --write-profiles goes with --fleet\n";
        return 2;
    }
    const QList<Scenario::Incident> incidents =
        parser.isSet(incidentsOption) ? Scenario::demoIncidents() : QList<Scenario::Incident>{};
    if (parser.isSet(fleetOption))
        return serveFleet(app, speed, lifetime, parser.value(profilesOption), incidents);

    SimulatorServer server(Scenario::Slice::All);
    server.setTokenLifetimeSeconds(lifetime);
    server.scenario().setSpeed(speed);
    server.scenario().addFillerProjects(parser.value(fillerOption).toInt());
    server.scenario().setIncidents(incidents);
    server.setCredentials(parser.value(userOption), parser.value(passwordOption));
    server.setToken(parser.value(tokenOption));
    for (const QString &route : parser.values(refuseOption))
        server.refuseRoute(route);
    const bool https = parser.isSet(httpsOption);
    if (https && !server.useBuiltInCertificate()) {
        err << "omsdash-sim: cannot load the built-in certificate\n";
        return 1;
    }
    const quint16 bound = server.listen(quint16(port));
    if (bound == 0) {
        err << "omsdash-sim: cannot listen on 127.0.0.1:" << port << '\n';
        return 1;
    }
    QTextStream out(stdout);
    out << "omsdash-sim listening on " << (https ? "https" : "http") << "://127.0.0.1:" << bound << '\n';
    if (https)
        out << "  certificate SHA-256 "
            << SimulatorServer::builtInCertificate().digest(QCryptographicHash::Sha256).toHex(':').toUpper() << '\n';
    out
        << "  OMS 4:   POST /api/v2?Action=ListProjects (Basic " << server.user() << ":***)\n"
        << "  OMS 3.3: GET /api/omsp/v2/sync/{p_3a1b2c|p_3b2c3d}/progress\n"
        << "  DRS:     POST /v3/" << server.drsProjectId() << "/jobs/batch-progress (X-Auth-Token)\n"
        << "           GET /v5/" << server.drsProjectId() << "/jobs/" << server.scenario().drsJobId()
        << "/progress-data/table\n";
    out.flush();
    return app.exec();
}
