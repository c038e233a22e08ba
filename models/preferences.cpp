// SPDX-License-Identifier: MIT
#include "preferences.h"

#include "instanceprofiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace omsdash {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("omsdash::Preferences", s); // lupdate: the struct's members
}

const QString ThemeKey = QStringLiteral("view/theme");
const QString NotificationsKey = QStringLiteral("alerts/desktopNotifications");

bool within(int value, int low, int high)
{
    return value >= low && value <= high;
}

bool knownLanguage(const QString &code)
{
    const auto all = Preferences::languages();
    return std::any_of(all.cbegin(), all.cend(), [&code](const auto &l) { return l.first == code; });
}

bool knownTheme(const QString &theme)
{
    return theme == QLatin1String("system") || theme == QLatin1String("light") || theme == QLatin1String("dark");
}
} // namespace

bool Preferences::operator==(const Preferences &o) const
{
    return projectsIntervalSeconds == o.projectsIntervalSeconds && detailIntervalSeconds == o.detailIntervalSeconds
        && tablesIntervalSeconds == o.tablesIntervalSeconds && watchIntervalSeconds == o.watchIntervalSeconds
        && desktopNotifications == o.desktopNotifications && rawRetentionHours == o.rawRetentionHours
        && aggregateRetentionDays == o.aggregateRetentionDays && language == o.language && theme == o.theme
        && exportFolder == o.exportFolder;
}

QString Preferences::validate() const
{
    if (!within(projectsIntervalSeconds, 1, 3600) || !within(detailIntervalSeconds, 1, 3600)
        || !within(tablesIntervalSeconds, 1, 3600))
        return tr("A new instance's poll intervals are 1 to 3600 seconds.");
    if (!within(watchIntervalSeconds, 10, 3600))
        return tr("Projects not on screen are polled every 10 to 3600 seconds.");
    if (!within(rawRetentionHours, 1, 720))
        return tr("Raw samples are kept 1 to 720 hours.");
    if (!within(aggregateRetentionDays, 1, 3650))
        return tr("One-minute aggregates are kept 1 to 3650 days.");
    if (qint64(aggregateRetentionDays) * 24 < rawRetentionHours)
        return tr("One-minute aggregates are kept at least as long as the raw samples.");
    if (!knownLanguage(language))
        return tr("Unknown language '%1'.").arg(language);
    if (!knownTheme(theme))
        return tr("Unknown theme '%1': system, light or dark.").arg(theme);
    return {};
}

HistoryRetention Preferences::retention() const
{
    HistoryRetention r;
    r.rawMs = qint64(rawRetentionHours) * 3600 * 1000;
    r.aggregateMs = qint64(aggregateRetentionDays) * 24 * 3600 * 1000;
    return r;
}

void Preferences::applyTo(InstanceProfile &profile) const
{
    profile.projectsIntervalSeconds = projectsIntervalSeconds;
    profile.detailIntervalSeconds = detailIntervalSeconds;
    profile.tablesIntervalSeconds = tablesIntervalSeconds;
}

QString Preferences::effectiveExportFolder() const
{
    return exportFolder.isEmpty() ? defaultExportFolder() : exportFolder;
}

QString Preferences::defaultExportFolder()
{
    QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (documents.isEmpty())
        documents = QDir::homePath();
    return QDir(documents).filePath(QStringLiteral("omsdash"));
}

QList<std::pair<QString, QString>> Preferences::languages()
{
    return {{QString(), tr("System")}, {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
}

Preferences Preferences::load(QSettings &settings)
{
    const Preferences defaults;
    Preferences p;
    const auto number = [&settings](const QString &key, int fallback, int low, int high) {
        bool ok = false;
        const int value = settings.value(key).toInt(&ok);
        return ok && within(value, low, high) ? value : fallback;
    };
    p.projectsIntervalSeconds = number(QStringLiteral("preferences/projectsIntervalSeconds"),
                                       defaults.projectsIntervalSeconds, 1, 3600);
    p.detailIntervalSeconds = number(QStringLiteral("preferences/detailIntervalSeconds"),
                                     defaults.detailIntervalSeconds, 1, 3600);
    p.tablesIntervalSeconds = number(QStringLiteral("preferences/tablesIntervalSeconds"),
                                     defaults.tablesIntervalSeconds, 1, 3600);
    p.watchIntervalSeconds = number(QStringLiteral("preferences/watchIntervalSeconds"),
                                    defaults.watchIntervalSeconds, 10, 3600);
    p.desktopNotifications = settings.value(NotificationsKey, defaults.desktopNotifications).toBool();
    p.rawRetentionHours = number(QStringLiteral("preferences/rawRetentionHours"), defaults.rawRetentionHours, 1, 720);
    p.aggregateRetentionDays = number(QStringLiteral("preferences/aggregateRetentionDays"),
                                      defaults.aggregateRetentionDays, 1, 3650);
    if (qint64(p.aggregateRetentionDays) * 24 < p.rawRetentionHours) {
        p.rawRetentionHours = defaults.rawRetentionHours;
        p.aggregateRetentionDays = defaults.aggregateRetentionDays;
    }
    const QString language = settings.value(QStringLiteral("preferences/language")).toString();
    p.language = knownLanguage(language) ? language : QString();
    const QString theme = settings.value(ThemeKey).toString();
    p.theme = knownTheme(theme) ? theme : defaults.theme;
    p.exportFolder = settings.value(QStringLiteral("preferences/exportFolder")).toString();
    return p;
}

void Preferences::save(QSettings &settings) const
{
    settings.setValue(QStringLiteral("preferences/projectsIntervalSeconds"), projectsIntervalSeconds);
    settings.setValue(QStringLiteral("preferences/detailIntervalSeconds"), detailIntervalSeconds);
    settings.setValue(QStringLiteral("preferences/tablesIntervalSeconds"), tablesIntervalSeconds);
    settings.setValue(QStringLiteral("preferences/watchIntervalSeconds"), watchIntervalSeconds);
    settings.setValue(NotificationsKey, desktopNotifications);
    settings.setValue(QStringLiteral("preferences/rawRetentionHours"), rawRetentionHours);
    settings.setValue(QStringLiteral("preferences/aggregateRetentionDays"), aggregateRetentionDays);
    settings.setValue(QStringLiteral("preferences/language"), language);
    settings.setValue(ThemeKey, theme);
    settings.setValue(QStringLiteral("preferences/exportFolder"), exportFolder);
}

namespace preferences {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("omsdash::preferences", s); // lupdate files free functions under their namespace
}
} // namespace

bool ensureFolder(const QString &folder, QString *error)
{
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir()) {
        *error = tr("%1 is a file, not a folder").arg(folder);
        return false;
    }
    if (!info.exists() && !QDir().mkpath(folder)) {
        *error = tr("cannot make the folder %1").arg(folder);
        return false;
    }
    if (!QFileInfo(folder).isWritable()) {
        *error = tr("cannot write in %1").arg(folder);
        return false;
    }
    return true;
}

} // namespace preferences

AppPreferences::AppPreferences(const Preferences &initial, QObject *parent)
    : QObject(parent)
    , m_current(initial)
{
}

bool AppPreferences::apply(const Preferences &edited, QSettings *settings, QString *error)
{
    const QString problem = edited.validate();
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    const Preferences before = std::exchange(m_current, edited);
    if (settings)
        m_current.save(*settings);
    if (before == m_current)
        return true;
    if (before.retention().rawMs != m_current.retention().rawMs
        || before.retention().aggregateMs != m_current.retention().aggregateMs)
        emit retentionChanged(m_current.retention());
    if (before.watchIntervalSeconds != m_current.watchIntervalSeconds)
        emit watchIntervalChanged(m_current.watchIntervalSeconds * 1000);
    if (before.desktopNotifications != m_current.desktopNotifications)
        emit desktopNotificationsChanged(m_current.desktopNotifications);
    if (before.theme != m_current.theme)
        emit themeChanged(m_current.theme);
    if (before.language != m_current.language)
        emit languageChanged(m_current.language);
    emit changed();
    return true;
}

} // namespace omsdash
