// SPDX-License-Identifier: MIT
#pragma once

#include "instanceconfig.h"
#include "report.h"
#include "webhookformat.h"

#include <QHostAddress>
#include <QStringList>

#include <optional>

namespace omsdash {

/// What the command line asks for.
struct AppOptions
{
    bool demo = false;          ///< --demo: start the simulator in-process and connect to it
    double demoSpeed = 1.0;     ///< --demo-speed: simulated seconds per real second
    std::optional<InstanceConfig> instance; ///< --url ...: a real instance
    QString profilesPath;       ///< --profiles FILE.json: instances for this session
    QString instanceName;       ///< --instance NAME: open on this instance
    QString passwordFile;       ///< --password-file: with --instance, that instance's secret
    QString screenshotPath;     ///< --screenshot FILE.png
    int screenshotDelaySeconds = 0;   ///< --screenshot-delay: extra wait after the first data
    int screenshotTimeoutSeconds = 30; ///< --screenshot-timeout: give up when no data arrived by then
    QString selectProject;      ///< --select ID: open on this project
    QString theme;              ///< --theme system|light|dark for this run; empty: the saved choice
    bool wall = false;          ///< --wall: open in wall mode (MainWindow::setWallMode)
    int deadlineSeconds = 0;    ///< --deadline: total deadline of each request, s; 0: the instance's own
    std::optional<ReportOptions> report; ///< set for `omsdash report`
    bool watch = false;         ///< `omsdash watch`: alert rules over the pollers, no window
    QString alertRulesPath;     ///< --alert-rules FILE.json (watch and the window): AlertSettings::fromJson
    bool desktopNotifications = false; ///< --desktop-notifications (watch): also as freedesktop notifications
    /// --alert-webhook URL [--alert-webhook-format F] [--alert-webhook-severity L]
    /// [--alert-webhook-secret-file FILE] ..., then each --alertmanager URL (watch)
    QList<WebhookDestination> webhooks;
    /// --listen [ADDR:]PORT (watch): serve Prometheus metrics there (parseListenAddress())
    std::optional<std::pair<QHostAddress, quint16>> listen;
    bool showHelp = false;
    bool showVersion = false;
    QString helpText;
};

/// Parses @p arguments (argv, program name first); `omsdash report ...` (report first)
/// takes --format, --out and --range besides the connection options, and none of the
/// window's (--screenshot, --select). Secrets are read from the files named by
/// --password-file / --token-file (first line, trimmed), never from the command line.
/// Without --demo or --url the saved profiles (or --profiles FILE) are used.
/// Returns the options, or an error message for stderr.
std::pair<AppOptions, QString> parseCommandLine(const QStringList &arguments);

/// "90m", "24h", "7d" (minutes, hours, days; 1 minute to 30 days) in ms; nullopt otherwise.
std::optional<qint64> parseRange(const QString &text);

/// The first line of @p path, trimmed; nullopt and @p error when unreadable or empty.
std::optional<QString> readSecretFile(const QString &path, QString *error);

} // namespace omsdash
