// SPDX-License-Identifier: MIT
#include "commandline.h"
#include "demo.h"
#include "httptransport.h"
#include "instancesession.h"
#include "mainwindow.h"
#include "screenshotjob.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

using namespace omsdash;

int main(int argc, char **argv)
{
    // A screenshot needs no display: use the offscreen platform when there is none.
    bool wantsScreenshot = false;
    for (int i = 1; i < argc; ++i)
        wantsScreenshot = wantsScreenshot || qstrcmp(argv[i], "--screenshot") == 0;
    if (wantsScreenshot && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("omsdash"));
    QApplication::setOrganizationName(QStringLiteral("omsdash"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("omsdash"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/omsdash.svg")));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("omsdash"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QTextStream err(stderr);
    const auto [options, error] = parseCommandLine(QApplication::arguments());
    if (!error.isEmpty()) {
        err << "omsdash: " << error << "\n" << QApplication::tr("Try 'omsdash --help'.") << '\n';
        return 2;
    }
    if (options.showHelp || options.showVersion) {
        QTextStream(stdout) << (options.showHelp ? options.helpText
                                                 : QStringLiteral("omsdash %1\n").arg(QApplication::applicationVersion()));
        return 0;
    }

    HttpTransport transport;
    DemoEnvironment demo(options.demoSpeed);
    QList<InstanceConfig> configs;
    if (options.demo) {
        QString why;
        if (!demo.start(&why)) {
            err << "omsdash: " << why << '\n';
            return 1;
        }
        configs = demo.instances();
    } else {
        configs << *options.instance;
    }

    QList<InstanceSession *> sessions;
    for (const InstanceConfig &cfg : std::as_const(configs))
        sessions << new InstanceSession(cfg, &transport, &app);

    MainWindow window(sessions);
    window.resize(1560, 980);
    if (!options.selectProject.isEmpty()) {
        // Select it once it is listed, wherever it is.
        auto *selecting = new QObject(&window);
        for (InstanceSession *s : std::as_const(sessions)) {
            QObject::connect(s, &InstanceSession::projectsUpdated, selecting,
                             [&window, selecting, id = options.selectProject] {
                                 if (window.selectProject(id))
                                     selecting->deleteLater();
                             });
        }
    }
    window.show();
    for (InstanceSession *s : std::as_const(sessions))
        s->start();

    std::unique_ptr<ScreenshotJob> job;
    if (!options.screenshotPath.isEmpty()) {
        job = std::make_unique<ScreenshotJob>(&window, options.screenshotPath, options.screenshotDelaySeconds,
                                              options.screenshotTimeoutSeconds);
        QObject::connect(job.get(), &ScreenshotJob::finished, &app, [](int code) { QApplication::exit(code); });
    }
    const int code = QApplication::exec();
    qDeleteAll(sessions); // before the transport they use
    return code;
}
