// SPDX-License-Identifier: MIT
#include "commandline.h"

#include "metricsserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

namespace omsdash {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("omsdash", s);
}

} // namespace

std::optional<QString> readSecretFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    const QString secret = QString::fromUtf8(f.readLine()).trimmed();
    if (secret.isEmpty()) {
        *error = tr("%1 is empty").arg(path);
        return std::nullopt;
    }
    return secret;
}

std::optional<qint64> parseRange(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,6})([mhd])$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 unit = m.captured(2) == QLatin1String("m") ? 60 : m.captured(2) == QLatin1String("h") ? 3600 : 86400;
    const qint64 ms = m.captured(1).toLongLong() * unit * 1000;
    if (ms < 60LL * 1000 || ms > 30LL * 86400 * 1000)
        return std::nullopt;
    return ms;
}

namespace {
/// The --alert-webhook destinations in their order, each with the options that follow it,
/// then each --alertmanager. Returns an error, or empty.
QString parseWebhooks(const QCommandLineParser &p, QList<WebhookDestination> *out)
{
    const QStringList urls = p.values(QStringLiteral("alert-webhook"));
    const QStringList formats = p.values(QStringLiteral("alert-webhook-format"));
    const QStringList severities = p.values(QStringLiteral("alert-webhook-severity"));
    const QStringList secretFiles = p.values(QStringLiteral("alert-webhook-secret-file"));
    int nUrl = 0, nFormat = 0, nSeverity = 0, nSecret = 0;
    auto checkUrl = [](const QString &text, const QString &option) -> QString {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            return tr("%1 needs an http:// or https:// URL with a host, got '%2'").arg(option, text);
        return {};
    };
    // optionNames() lists each option as often, and in the order, it was given.
    for (const QString &option : p.optionNames()) {
        const QString flag = QStringLiteral("--") + option;
        if (option == QLatin1String("alert-webhook")) {
            WebhookDestination d;
            const QString text = urls.value(nUrl++);
            if (QString e = checkUrl(text, flag); !e.isEmpty())
                return e;
            d.url = QUrl(text);
            out->append(d);
            continue;
        }
        const bool modifier = option == QLatin1String("alert-webhook-format")
            || option == QLatin1String("alert-webhook-severity") || option == QLatin1String("alert-webhook-secret-file");
        if (!modifier)
            continue;
        if (out->isEmpty() || out->constLast().format == WebhookFormat::Alertmanager)
            return tr("%1 goes after the --alert-webhook it is for").arg(flag);
        WebhookDestination &d = out->last();
        if (option == QLatin1String("alert-webhook-format")) {
            const QString name = formats.value(nFormat++);
            const auto format = webhookFormatFromName(name);
            if (!format || *format == WebhookFormat::Alertmanager)
                return tr("--alert-webhook-format takes generic, dingtalk, feishu, wecom or slack, got '%1'")
                    .arg(name);
            d.format = *format;
        } else if (option == QLatin1String("alert-webhook-severity")) {
            const QString level = severities.value(nSeverity++).toUpper();
            if (level != QLatin1String("HIGH") && level != QLatin1String("MEDIUM") && level != QLatin1String("LOW"))
                return tr("--alert-webhook-severity takes HIGH, MEDIUM or LOW, got '%1'").arg(level);
            d.minSeverity = level;
        } else {
            QString error;
            const auto secret = readSecretFile(secretFiles.value(nSecret++), &error);
            if (!secret)
                return error;
            d.secret = *secret;
        }
    }
    for (const WebhookDestination &d : std::as_const(*out))
        if (!d.secret.isEmpty() && d.format != WebhookFormat::DingTalk && d.format != WebhookFormat::Feishu)
            return tr("--alert-webhook-secret-file is for dingtalk and feishu robots, not %1")
                .arg(webhookFormatName(d.format));
    for (const QString &text : p.values(QStringLiteral("alertmanager"))) {
        if (QString e = checkUrl(text, QStringLiteral("--alertmanager")); !e.isEmpty())
            return e;
        WebhookDestination d;
        d.url = QUrl(text);
        d.format = WebhookFormat::Alertmanager;
        out->append(d);
    }
    return {};
}
} // namespace

std::pair<AppOptions, QString> parseCommandLine(const QStringList &arguments)
{
    const bool reporting = arguments.value(1) == QLatin1String("report");
    const bool watching = arguments.value(1) == QLatin1String("watch");
    QStringList args = arguments;
    if (reporting || watching)
        args.removeAt(1);
    QCommandLineParser p;
    p.setApplicationDescription(reporting
                                    ? tr("omsdash report: write a report of an instance's projects (PDF, HTML, "
                                         "CSV or JSON) and exit.\nExit codes: 0 written, 2 bad arguments, "
                                         "3 nothing could be fetched, 4 could not write, 5 written but incomplete.")
                                    : watching
                                    ? tr("omsdash watch: poll the instances' project lists with no window, run the "
                                         "alert rules over them and print one line per alert event. Stops on "
                                         "SIGTERM or SIGINT (exit 0); exit 2 on bad arguments, 1 when --listen cannot listen.")
                                    : tr("Dashboard for OceanBase Migration Service (OMS) and Huawei "
                                         "Cloud DRS migrations.\nReports: omsdash report --help\nAlerts without "
                                         "a window: omsdash watch --help"));
    const QCommandLineOption help = p.addHelpOption();
    const QCommandLineOption version = p.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  tr("Start the built-in simulator (three OMS instances, one over HTTPS, and a DRS job) and watch it."));
    const QCommandLineOption demoSpeed(QStringLiteral("demo-speed"),
                                       tr("Simulated seconds per real second in --demo (default 1)."),
                                       tr("FACTOR"), QStringLiteral("1"));
    const QCommandLineOption url(QStringLiteral("url"), tr("Base URL of the instance, e.g. http://oms:8089."), tr("URL"));
    const QCommandLineOption api(QStringLiteral("api"), tr("API of the instance: oms4, oms3 or drs (default oms4)."),
                                 tr("API"), QStringLiteral("oms4"));
    const QCommandLineOption name(QStringLiteral("name"), tr("Display name of the instance (default: its host)."), tr("NAME"));
    const QCommandLineOption user(QStringLiteral("user"), tr("OMS console user (HTTP Basic auth)."), tr("NAME"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"),
                                          tr("File whose first line is the OMS password."), tr("FILE"));
    const QCommandLineOption tokenFile(QStringLiteral("token-file"),
                                       tr("DRS: file whose first line is the IAM token (X-Auth-Token)."), tr("FILE"));
    const QCommandLineOption drsProject(QStringLiteral("drs-project-id"),
                                        tr("DRS: the region's project_id (with IAM: taken from the token when omitted)."),
                                        tr("ID"));
    const QCommandLineOption iamUrl(QStringLiteral("iam-url"),
                                    tr("DRS: log in with IAM at this endpoint (e.g. https://iam.myhuaweicloud.com) "
                                       "as --user of --domain with --password-file, instead of --token-file."),
                                    tr("URL"));
    const QCommandLineOption domain(QStringLiteral("domain"), tr("DRS: the account (domain) name for IAM."), tr("NAME"));
    const QCommandLineOption drsProjectName(QStringLiteral("drs-project-name"),
                                            tr("DRS: the project (region) name the IAM token is scoped to, e.g. cn-north-4."),
                                            tr("NAME"));
    const QCommandLineOption project(QStringLiteral("project"),
                                     reporting ? tr("Report only this project (OMS 3.3: a sync project ID, which its API "
                                                    "needs; DRS: a job ID). Repeat for several.")
                                               : tr("OMS 3.3: a sync project ID to watch (the API has no list call); "
                                                    "DRS: a job ID to watch instead of every job. Repeat for several."),
                                     tr("ID"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        tr("Save a PNG of the window once the project list and the first "
                                           "project's detail have arrived, then exit."),
                                        tr("FILE.png"));
    const QCommandLineOption screenshotDelay(QStringLiteral("screenshot-delay"),
                                             tr("With --screenshot: seconds to keep polling before the picture."),
                                             tr("SECONDS"), QStringLiteral("0"));
    const QCommandLineOption screenshotTimeout(QStringLiteral("screenshot-timeout"),
                                               tr("With --screenshot: give up (exit 1) when no data arrived within "
                                                  "this many seconds (default 30)."),
                                               tr("SECONDS"), QStringLiteral("30"));
    const QCommandLineOption select(QStringLiteral("select"), tr("Open on this project."), tr("ID"));
    const QCommandLineOption theme(QStringLiteral("theme"),
                                   tr("Colours for this run: system, light or dark (default: View > Theme's choice)."),
                                   tr("THEME"));
    const QCommandLineOption wall(QStringLiteral("wall"),
                                  tr("Open full screen on the wall: every instance's projects as large tiles, "
                                     "worst first (F11 or Esc leaves it)."));
    const QCommandLineOption profilesFile(QStringLiteral("profiles"),
                                          tr("Watch the instances of this profiles file (no secrets in it) "
                                             "for this session."),
                                          tr("FILE.json"));
    const QCommandLineOption instance(QStringLiteral("instance"),
                                      tr("Open on this instance (a saved one, one of --profiles, or of --demo)."),
                                      tr("NAME"));
    const QCommandLineOption pinned(QStringLiteral("pinned-sha256"),
                                    tr("Accept this one self-signed certificate of the instance (its SHA-256, "
                                       "as omsdash shows it when it refuses the certificate)."),
                                    tr("FINGERPRINT"));
    const QCommandLineOption format(QStringLiteral("format"), tr("Report format: pdf, html, csv or json."),
                                    tr("FORMAT"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 tr("Where to write the report; - for standard output (json, csv). CSV writes "
                                    "PATH-steps.csv, PATH-tables.csv, PATH-metrics.csv and PATH-alerts.csv."),
                                 tr("PATH"));
    const QCommandLineOption range(QStringLiteral("range"),
                                   tr("The time the report covers, up to now: e.g. 90m, 24h, 7d (default 24h)."),
                                   tr("RANGE"), QStringLiteral("24h"));
    const QCommandLineOption deadline(QStringLiteral("deadline"),
                                      tr("Give up on a request after this many seconds however slowly its answer "
                                         "arrives (5 to 3600; default 60, or the profile's deadlineSeconds; "
                                         "at most 20 for --screenshot)."),
                                      tr("SECONDS"));
    p.addOptions({demo, demoSpeed, url, api, name, user, passwordFile, tokenFile, drsProject, iamUrl, domain,
                  drsProjectName, project, pinned, profilesFile, instance, deadline});
    const QCommandLineOption alertRules(QStringLiteral("alert-rules"),
                                        tr("The alert settings (OMS's protection levels and omsdash's thresholds) "
                                           "from this JSON file; default: OMS's own defaults."),
                                        tr("FILE.json"));
    const QCommandLineOption desktopNotifications(
        QStringLiteral("desktop-notifications"),
        tr("Also show each alert as a desktop notification (org.freedesktop.Notifications on the session bus)."));
    const QCommandLineOption webhook(QStringLiteral("alert-webhook"),
                                     tr("POST each alert event to this URL (repeat for several). The options below "
                                        "apply to the --alert-webhook before them."),
                                     tr("URL"));
    const QCommandLineOption webhookFormat(QStringLiteral("alert-webhook-format"),
                                           tr("The body the webhook expects: generic (omsdash's JSON, "
                                              "resources/alert-webhook.schema.json), dingtalk, feishu, wecom or slack "
                                              "(default generic)."),
                                           tr("FORMAT"));
    const QCommandLineOption webhookSeverity(QStringLiteral("alert-webhook-severity"),
                                             tr("Send only alerts of this severity and above: HIGH, MEDIUM or LOW "
                                                "(default LOW: all)."),
                                             tr("LEVEL"));
    const QCommandLineOption webhookSecretFile(QStringLiteral("alert-webhook-secret-file"),
                                               tr("DingTalk or Feishu: file whose first line is the robot's signing "
                                                  "secret (only its signature is sent)."),
                                               tr("FILE"));
    const QCommandLineOption alertmanager(QStringLiteral("alertmanager"),
                                          tr("Also send the alerts to this Prometheus Alertmanager (its base URL; "
                                             "POST /api/v2/alerts, resent every minute while firing)."),
                                          tr("URL"));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    tr("Serve Prometheus metrics at http://ADDR:PORT/metrics (and /healthz) from what "
                                       "the pollers hold. ADDR defaults to 127.0.0.1; [::1]:PORT for IPv6, "
                                       "0.0.0.0:PORT for every interface (nothing is authenticated)."),
                                    tr("[ADDR:]PORT"));
    if (reporting)
        p.addOptions({format, out, range});
    else if (watching)
        p.addOptions({alertRules, desktopNotifications, webhook, webhookFormat, webhookSeverity, webhookSecretFile,
                      alertmanager, listen});
    else
        p.addOptions({screenshot, screenshotDelay, screenshotTimeout, select, alertRules, theme, wall});

    AppOptions o;
    if (!p.parse(args))
        return {o, p.errorText()};
    o.helpText = p.helpText();
    o.showHelp = p.isSet(help);
    o.showVersion = p.isSet(version);
    if (o.showHelp || o.showVersion)
        return {o, {}};
    if (!p.positionalArguments().isEmpty())
        return {o, tr("unexpected argument '%1'").arg(p.positionalArguments().first())};

    o.demo = p.isSet(demo);
    bool ok = false;
    o.demoSpeed = p.value(demoSpeed).toDouble(&ok);
    if (!ok || o.demoSpeed <= 0 || o.demoSpeed > 10000)
        return {o, tr("--demo-speed takes a number between 0 and 10000")};
    if (reporting) {
        ReportOptions r;
        const QString f = p.value(format);
        if (f == QLatin1String("pdf"))
            r.format = ReportOptions::Format::Pdf;
        else if (f == QLatin1String("html"))
            r.format = ReportOptions::Format::Html;
        else if (f == QLatin1String("csv"))
            r.format = ReportOptions::Format::Csv;
        else if (f == QLatin1String("json"))
            r.format = ReportOptions::Format::Json;
        else
            return {o, p.isSet(format) ? tr("--format takes pdf, html, csv or json, got '%1'").arg(f)
                                       : tr("report needs --format pdf|html|csv|json")};
        r.out = p.value(out);
        if (r.out.isEmpty())
            return {o, tr("report needs --out PATH (or --out - for json and csv)")};
        if (r.out == QLatin1String("-")
            && (r.format == ReportOptions::Format::Pdf || r.format == ReportOptions::Format::Html))
            return {o, tr("--out - writes json or csv only; give a file for %1").arg(f)};
        const auto ms = parseRange(p.value(range));
        if (!ms)
            return {o, tr("--range takes minutes, hours or days up to 30 days, e.g. 90m, 24h, 7d; got '%1'")
                           .arg(p.value(range))};
        r.rangeMs = *ms;
        r.projects = p.values(project);
        o.report = r;
    } else if (watching) {
        o.watch = true;
        o.alertRulesPath = p.value(alertRules);
        o.desktopNotifications = p.isSet(desktopNotifications);
        const QString error = parseWebhooks(p, &o.webhooks);
        if (!error.isEmpty())
            return {o, error};
        if (p.isSet(listen)) {
            o.listen = parseListenAddress(p.value(listen));
            if (!o.listen)
                return {o, tr("--listen takes [ADDR:]PORT, e.g. 9745, 127.0.0.1:9745 or [::1]:9745; got '%1'")
                               .arg(p.value(listen))};
        }
    } else {
        o.alertRulesPath = p.value(alertRules);
        o.screenshotPath = p.value(screenshot);
        o.screenshotDelaySeconds = p.value(screenshotDelay).toInt(&ok);
        if (!ok || o.screenshotDelaySeconds < 0)
            return {o, tr("--screenshot-delay takes a whole number of seconds")};
        o.screenshotTimeoutSeconds = p.value(screenshotTimeout).toInt(&ok);
        if (!ok || o.screenshotTimeoutSeconds < 1)
            return {o, tr("--screenshot-timeout takes a whole number of seconds, at least 1")};
        o.selectProject = p.value(select);
        o.wall = p.isSet(wall);
        o.theme = p.value(theme);
        if (p.isSet(theme) && o.theme != QLatin1String("system") && o.theme != QLatin1String("light")
            && o.theme != QLatin1String("dark"))
            return {o, tr("--theme takes system, light or dark")};
    }

    if (p.isSet(deadline)) {
        o.deadlineSeconds = p.value(deadline).toInt(&ok);
        if (!ok || o.deadlineSeconds < 5 || o.deadlineSeconds > 3600)
            return {o, tr("--deadline takes 5 to 3600 seconds")};
    }
    o.instanceName = p.value(instance);
    o.profilesPath = p.value(profilesFile);
    if (o.demo && p.isSet(url))
        return {o, tr("give either --demo or --url")};
    if (p.isSet(profilesFile) && (o.demo || p.isSet(url)))
        return {o, tr("--profiles goes without --demo and --url")};
    if (o.demo)
        return {o, {}};
    if (!p.isSet(url)) { // saved profiles or --profiles
        if (p.isSet(passwordFile) && o.instanceName.isEmpty())
            return {o, tr("--password-file with profiles needs --instance NAME: whose password is it?")};
        o.passwordFile = p.value(passwordFile);
        return {o, {}};
    }

    InstanceConfig cfg;
    cfg.baseUrl = QUrl(p.value(url), QUrl::StrictMode);
    if (!cfg.baseUrl.isValid() || cfg.baseUrl.host().isEmpty()
        || (cfg.baseUrl.scheme() != QLatin1String("http") && cfg.baseUrl.scheme() != QLatin1String("https")))
        return {o, tr("--url needs an http:// or https:// URL with a host, got '%1'").arg(p.value(url))};
    const auto kind = apiKindFromString(p.value(api));
    if (!kind)
        return {o, tr("--api takes oms4, oms3 or drs, got '%1'").arg(p.value(api))};
    cfg.api = *kind;
    cfg.name = p.isSet(name) ? p.value(name) : cfg.baseUrl.host();
    cfg.user = p.value(user);
    cfg.projectIds = p.values(project);
    cfg.projectIds.removeDuplicates(); // a repeated --project is watched once
    cfg.pinnedSha256 = p.value(pinned);
    if (!cfg.pinnedSha256.isEmpty() && normalizedFingerprint(cfg.pinnedSha256).size() != 64)
        return {o, tr("--pinned-sha256 takes a SHA-256 fingerprint (64 hex digits)")};
    QString error;
    if (p.isSet(passwordFile)) {
        const auto secret = readSecretFile(p.value(passwordFile), &error);
        if (!secret)
            return {o, error};
        cfg.password = *secret;
    }
    switch (cfg.api) {
    case ApiKind::Oms4:
        break;
    case ApiKind::Oms3:
        if (cfg.projectIds.isEmpty())
            return {o, tr("--api oms3 needs at least one --project ID: OMS 3.3 cannot list its projects")};
        break;
    case ApiKind::Drs: {
        cfg.drsProjectId = p.value(drsProject);
        if (p.isSet(tokenFile)) {
            if (cfg.drsProjectId.isEmpty())
                return {o, tr("--api drs with --token-file needs --drs-project-id")};
            const auto token = readSecretFile(p.value(tokenFile), &error);
            if (!token)
                return {o, error};
            cfg.authToken = *token;
        } else {
            cfg.iamEndpoint = QUrl(p.value(iamUrl), QUrl::StrictMode);
            cfg.drsDomain = p.value(domain);
            cfg.drsProjectName = p.value(drsProjectName);
            if (!cfg.iamEndpoint.isValid() || cfg.iamEndpoint.host().isEmpty() || cfg.drsDomain.isEmpty()
                || cfg.user.isEmpty() || cfg.password.isEmpty()
                || (cfg.drsProjectName.isEmpty() && cfg.drsProjectId.isEmpty()))
                return {o, tr("--api drs needs --token-file, or an IAM login: --iam-url, --domain, --user, "
                              "--password-file and --drs-project-name (or --drs-project-id)")};
        }
        break;
    }
    }
    o.instance = cfg;
    return {o, {}};
}

} // namespace omsdash
