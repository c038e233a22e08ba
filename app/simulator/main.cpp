// SPDX-License-Identifier: MIT
// omsdash-sim: the built-in OMS / DRS simulator on its own, for any client.
#include "simulatorserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSslCertificate>
#include <QTextStream>

using namespace omsdash::sim;

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
    parser.addOptions({portOption, speedOption, userOption, passwordOption, tokenOption, fillerOption, httpsOption});
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

    SimulatorServer server(Scenario::Slice::All);
    server.scenario().setSpeed(speed);
    server.scenario().addFillerProjects(parser.value(fillerOption).toInt());
    server.setCredentials(parser.value(userOption), parser.value(passwordOption));
    server.setToken(parser.value(tokenOption));
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
