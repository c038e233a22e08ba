// SPDX-License-Identifier: MIT
#include "commandline.h"
#include "demo.h"
#include "alertcenter.h"
#include "alertwebhooks.h"
#include "historystore.h"
#include "httptransport.h"
#include "instanceprofiles.h"
#include "instancesession.h"
#include "language.h"
#include "mainwindow.h"
#include "pollingcontrol.h"
#include "preferences.h"
#include "theme.h"
#include "reportjob.h"
#include "screenshotjob.h"
#include "watchjob.h"
#include "windowhost.h"
#include "secretstore.h"
#include "startupsecrets.h"

#include <QApplication>
#include <algorithm>
#include <QFile>
#include <QSettings>
#include <QIcon>
#include <QLocale>
#include <QTextStream>
#include <QThreadPool>
#include <QTimer>

using namespace omsdash;

namespace {

/// --profiles FILE, else the saved profiles; nullopt with @p error when there are none.
std::optional<QList<InstanceProfile>> loadProfiles(const QString &path, QString *error)
{
    if (!path.isEmpty()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QApplication::tr("cannot read %1: %2").arg(path, file.errorString());
            return std::nullopt;
        }
        const auto parsed = profiles::fromJson(file.readAll());
        if (!parsed.ok()) {
            *error = QApplication::tr("%1: %2").arg(path, parsed.error.message);
            return std::nullopt;
        }
        return parsed.value;
    }
    QSettings settings;
    const QList<InstanceProfile> saved = profiles::load(settings);
    if (saved.isEmpty()) {
        *error = QApplication::tr("no saved instances: give --demo, --url URL or --profiles FILE.json "
                                  "(see 'omsdash --help')");
        return std::nullopt;
    }
    return saved;
}

} // namespace

int main(int argc, char **argv)
{
    // A screenshot needs no display: use the offscreen platform when there is none. A report
    // never opens a window: always offscreen.
    bool wantsScreenshot = false;
    bool onlyText = false; // --help and --version answer on any terminal, with no display
    for (int i = 1; i < argc; ++i) {
        wantsScreenshot = wantsScreenshot || qstrcmp(argv[i], "--screenshot") == 0;
        onlyText = onlyText || qstrcmp(argv[i], "--help") == 0 || qstrcmp(argv[i], "-h") == 0
            || qstrcmp(argv[i], "--version") == 0 || qstrcmp(argv[i], "-v") == 0;
    }
    const bool reporting = onlyText || (argc > 1 && (qstrcmp(argv[1], "report") == 0 || qstrcmp(argv[1], "watch") == 0));
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")
        && (reporting
            || (wantsScreenshot && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("omsdash"));
    QApplication::setOrganizationName(QStringLiteral("omsdash"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("omsdash"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.omsdash.omsdash")); // its .desktop file, for Wayland
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/omsdash.svg")));

    // The system's language until the preferences are read (--help speaks it too).
    language::install(QString());

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

    // The demo keeps its own settings (window state, theme, ...), apart from the user's.
    if (options.demo)
        QApplication::setApplicationName(QStringLiteral("omsdash-demo"));
    AppPreferences preferences([] {
        QSettings settings;
        return Preferences::load(settings);
    }());
    if (!preferences.current().language.isEmpty())
        language::install(preferences.current().language);

    HttpTransport transport;
    DemoEnvironment demo(options.demoSpeed);
    QList<InstanceConfig> configs;
    bool firstRun = false; // no instance saved yet
    if (options.demo) {
        QString why;
        if (!demo.start(&why)) {
            err << "omsdash: " << why << '\n';
            return 1;
        }
        configs = demo.instances();
    } else if (options.instance) {
        configs << *options.instance;
    } else {
        QString why;
        const auto loaded = loadProfiles(options.profilesPath, &why);
        if (loaded) {
            for (const InstanceProfile &p : *loaded)
                configs << p.toConfig();
        } else if (options.profilesPath.isEmpty() && options.instanceName.isEmpty() && options.screenshotPath.isEmpty()
                   && !options.report && !options.watch) {
            // The first start from the desktop's menu: the window opens on the Instances dialog.
            firstRun = true;
        } else {
            err << "omsdash: " << why << '\n';
            return 2;
        }
    }
    int startIndex = -1;
    if (!options.instanceName.isEmpty()) {
        for (int i = 0; i < configs.size(); ++i) {
            if (configs.at(i).name == options.instanceName)
                startIndex = i;
        }
        if (startIndex < 0) {
            QStringList names;
            for (const InstanceConfig &c : std::as_const(configs))
                names << c.name;
            err << "omsdash: " << QApplication::tr("no instance called '%1' (there are: %2)")
                                      .arg(options.instanceName, names.join(QStringLiteral(", ")))
                << '\n';
            return 2;
        }
        if (!options.passwordFile.isEmpty()) {
            QString why;
            const auto secret = readSecretFile(options.passwordFile, &why);
            if (!secret) {
                err << "omsdash: " << why << '\n';
                return 2;
            }
            setSecret(configs[startIndex], *secret);
        }
        // A picture, a report or a watch of one instance needs only that one, and no questions.
        if ((!options.screenshotPath.isEmpty() && !options.demo) || options.report || options.watch) {
            configs = {configs.at(startIndex)};
            startIndex = 0;
        }
    }
    for (InstanceConfig &cfg : configs) {
        cfg.watchIntervalMs = preferences.current().watchIntervalSeconds * 1000;
        if (options.deadlineSeconds > 0)
            cfg.deadlineMs = options.deadlineSeconds * 1000;
        if (!options.screenshotPath.isEmpty()) // a picture is due within its 30 s
            cfg.deadlineMs = std::min(cfg.deadlineMs, 20000);
    }
    // The demo's secrets are its own; every other instance's come from the keychain, or are
    // asked for (never for a screenshot or a report, which must not wait on a person).
    const bool interactive = options.screenshotPath.isEmpty() && !options.report && !options.watch;
    SecretStore secretStore;
    // A person may be typing the keyring's own password into its unlock prompt; a script
    // waits for no one.
    secretStore.setTimeoutMs(interactive ? 60000 : 10000);
    if (!options.demo)
        fillSecrets(configs, secretStore, interactive);

    // Every poll's values are kept here; the demo's story restarts each time, so its own
    // history lives in memory only.
    HistoryStore history;
    {
        QString why;
        history.setRetention(preferences.current().retention());
        if (history.open(options.demo ? QStringLiteral(":memory:") : HistoryStore::defaultPath(), &why)) {
            if (!options.report)
                history.startMaintenance();
        } else {
            err << "omsdash: " << QApplication::tr("metric history is not kept: %1").arg(why) << Qt::endl;
        }
    }
    if (options.report) {
        ReportJob job(*options.report, configs, &transport, history.isOpen() ? &history : nullptr);
        QObject::connect(&job, &ReportJob::finished, &app, [](int code) { QApplication::exit(code); });
        QTimer::singleShot(0, &job, &ReportJob::start);
        return QApplication::exec();
    }
    // The rules: --alert-rules FILE, else the window's own (View > Alert rules…), else OMS's defaults.
    AlertSettings alertSettings;
    if (options.alertRulesPath.isEmpty() && !options.demo) {
        const auto saved = AlertSettings::fromJson(QSettings().value(QStringLiteral("alerts/rules")).toString().toUtf8());
        if (saved.ok())
            alertSettings = saved.value;
    }
    if (!options.alertRulesPath.isEmpty()) {
        QFile file(options.alertRulesPath);
        if (!file.open(QIODevice::ReadOnly)) {
            err << "omsdash: " << options.alertRulesPath << ": " << file.errorString() << Qt::endl;
            return 2;
        }
        const auto parsed = AlertSettings::fromJson(file.readAll());
        if (!parsed.ok()) {
            err << "omsdash: " << options.alertRulesPath << ": " << parsed.error.message << Qt::endl;
            return 2;
        }
        alertSettings = parsed.value;
    }
    if (options.watch) {
        QList<InstanceSession *> watched;
        for (const InstanceConfig &cfg : std::as_const(configs)) {
            auto *session = new InstanceSession(cfg, &transport, &app);
            if (history.isOpen())
                session->setHistoryStore(&history);
            watched << session;
        }
        WatchJob job(watched, alertSettings, history.isOpen() ? &history : nullptr);
        QObject::connect(&job, &WatchJob::finished, &app, [](int code) { QApplication::exit(code); });
        if (options.desktopNotifications)
            job.enableDesktopNotifications();
        job.setWebhooks(options.webhooks, &transport);
        if (options.listen) {
            QString why;
            if (!job.listen(options.listen->first, options.listen->second, &why)) {
                err << "omsdash: " << why << Qt::endl;
                qDeleteAll(watched);
                return 1;
            }
        }
        job.start();
        const int code = QApplication::exec();
        qDeleteAll(watched); // before the transport their requests in flight use
        return code;
    }
    auto newSession = [&](const InstanceConfig &cfg) {
        auto *session = new InstanceSession(cfg, &transport, &app);
        if (history.isOpen())
            session->setHistoryStore(&history);
        return session;
    };

    QList<InstanceSession *> sessions;
    for (const InstanceConfig &cfg : std::as_const(configs))
        sessions << newSession(cfg);

    // The colours: --theme for this run, else the preferences' (View > Theme), else the platform's.
    theme::init(theme::modeFromName(options.theme.isEmpty() ? preferences.current().theme : options.theme));
    // The alert rules run over every instance. A picture run notifies no one and logs nothing,
    // so a later run still raises what it saw.
    const bool picture = !options.screenshotPath.isEmpty();
    AlertCenter alerts(alertSettings, history.isOpen() && !picture ? &history : nullptr);
    alerts.setSessions(sessions);
    alerts.setDesktopNotifications(!picture && preferences.current().desktopNotifications);
    // Webhooks of the window (View > Alert webhooks): the demo's last this session; a picture
    // run sends nothing.
    SecretStore webhookSecrets(webhooks::keychainService()); // apart from the instances' entries
    webhookSecrets.setTimeoutMs(secretStore.timeoutMs());
    std::unique_ptr<AlertWebhooks> webhooks;
    if (!picture)
        webhooks = std::make_unique<AlertWebhooks>(&alerts, &transport, options.demo ? nullptr : &webhookSecrets,
                                                   !options.demo);
    // Edits of the saved instances are saved; edits of --demo, --url or --profiles are not.
    const bool persistent = !options.demo && !options.instance && options.profilesPath.isEmpty();

    const bool demoRun = options.demo; // a structured binding a lambda can capture
    // The window: made again, over the same sessions, when the language changes (WindowHost).
    WindowHost *host = nullptr;
    WindowHost windows(
        [&]() {
            auto window = std::make_unique<MainWindow>(sessions, &transport);
            window->resize(1560, 980);
            window->setPreferences(&preferences);
            window->setAlertCenter(&alerts);
            if (webhooks)
                window->setAlertWebhooks(webhooks.get());
            window->setInstancesPersistent(persistent);
            if (!demoRun)
                window->setSecretStore(&secretStore);
            // A refused password is asked again in the window, with the server's message.
            window->setAsksForSecrets(interactive && !demoRun);
            QObject::connect(window.get(), &MainWindow::instancesEdited, window.get(),
                             [&](const QList<InstanceProfile> &edited, const QHash<QString, QString> &secrets) {
                                 QList<InstanceSession *> made;
                                 for (const InstanceProfile &p : edited) {
                                     InstanceConfig cfg = p.toConfig();
                                     cfg.watchIntervalMs = preferences.current().watchIntervalSeconds * 1000;
                                     setSecret(cfg, secrets.value(p.name));
                                     made << newSession(cfg);
                                 }
                                 host->window()->setSessions(made);
                                 alerts.setSessions(made);
                                 qDeleteAll(sessions);
                                 sessions = made;
                                 host->window()->polling()->start(); // unless paused
                                 if (persistent) {
                                     QSettings settings;
                                     profiles::save(settings, edited);
                                 }
                             });
            return window;
        },
        &preferences);
    host = &windows;
    MainWindow *window = windows.window();
    if (webhooks)
        webhooks->load();

    // Preferences edited: each part follows at once.
    QObject::connect(&preferences, &AppPreferences::retentionChanged, &history, &HistoryStore::setRetention);
    QObject::connect(&preferences, &AppPreferences::watchIntervalChanged, &app, [&sessions](int ms) {
        for (InstanceSession *s : std::as_const(sessions))
            s->setWatchIntervalMs(ms);
    });

    // As the user left it, unless the command line says otherwise; a picture is always
    // taken the same way.
    if (options.screenshotPath.isEmpty())
        window->restoreWindowState();
    if (startIndex >= 0)
        window->setCurrentInstance(startIndex);
    else if (options.selectProject.isEmpty() && options.screenshotPath.isEmpty())
        window->restoreSelection();
    if (!options.selectProject.isEmpty()) {
        // Select it once it is listed, wherever it is.
        auto *selecting = new QObject(&windows); // whichever window is there when it is listed
        for (InstanceSession *s : std::as_const(sessions)) {
            QObject::connect(s, &InstanceSession::projectsUpdated, selecting,
                             [&windows, selecting, id = options.selectProject] {
                                 if (windows.window()->selectProject(id))
                                     selecting->deleteLater();
                             });
        }
    }
    window->show();
    if (options.wall)
        window->setWallMode(true);
    window->polling()->start();
    if (firstRun)
        QTimer::singleShot(0, window, &MainWindow::editInstances);

    std::unique_ptr<ScreenshotJob> job;
    if (!options.screenshotPath.isEmpty()) {
        job = std::make_unique<ScreenshotJob>(window, options.screenshotPath, options.screenshotDelaySeconds,
                                              options.screenshotTimeoutSeconds);
        QObject::connect(job.get(), &ScreenshotJob::finished, &app, [](int code) { QApplication::exit(code); });
    }
    const int code = QApplication::exec();
    // A report still being written finishes while fonts and the platform are still there.
    QThreadPool::globalInstance()->waitForDone();
    qDeleteAll(sessions); // before the transport they use
    return code;
}
