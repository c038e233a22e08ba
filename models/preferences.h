// SPDX-License-Identifier: MIT
#pragma once

#include "historystore.h"

#include <QObject>
#include <QString>

class QSettings;

namespace omsdash {

struct InstanceProfile;

/// File > Preferences: the application's own settings, apart from the instances (profiles)
/// and the alert rules (View > Alert rules). Kept in QSettings: the theme under "view/theme"
/// and notifications under "alerts/desktopNotifications" as before, the rest under
/// "preferences/".
struct Preferences
{
    /// Poll intervals a new instance starts with (File > Instances > Add), s: its project
    /// list, the detail of the project on screen, and that project's per-table progress.
    int projectsIntervalSeconds = 30;
    int detailIntervalSeconds = 5;
    int tablesIntervalSeconds = 15;
    /// How often each running project not on screen has its detail collected, for the
    /// charts, the alert rules and reports (InstanceConfig::watchIntervalMs), s; `omsdash
    /// watch` too.
    int watchIntervalSeconds = 60;
    /// Alert events also shown as desktop notifications.
    bool desktopNotifications = true;
    /// History kept (HistoryRetention): raw samples, hours; one-minute aggregates, days.
    int rawRetentionHours = 48;
    int aggregateRetentionDays = 30;
    /// The interface language: empty for the system's, "en" or "zh_CN".
    QString language;
    /// "system", "light" or "dark" (View > Theme).
    QString theme = QStringLiteral("system");
    /// Where reports and screenshots are proposed; empty: defaultExportFolder().
    QString exportFolder;

    bool operator==(const Preferences &o) const;
    bool operator!=(const Preferences &o) const { return !(*this == o); }

    /// Why these are out of range (intervals 1 to 3600 s, watch 10 to 3600 s, raw history 1 to
    /// 720 h, aggregates 1 to 3650 days and not shorter than the raw samples, a known language
    /// and theme); empty when they are within.
    QString validate() const;
    HistoryRetention retention() const;
    /// Gives @p profile the poll intervals of a new instance.
    void applyTo(InstanceProfile &profile) const;
    /// exportFolder, or defaultExportFolder() when empty.
    QString effectiveExportFolder() const;

    /// <Documents>/omsdash (the home folder when the platform has no documents folder).
    static QString defaultExportFolder();
    /// The languages offered, in their own words: {"", "System"}, {"en", "English"},
    /// {"zh_CN", "简体中文"}.
    static QList<std::pair<QString, QString>> languages();
    /// What @p settings hold; a value missing or out of range is the default's.
    static Preferences load(QSettings &settings);
    void save(QSettings &settings) const;
};

namespace preferences {
/// Makes @p folder (and its parents) when it is missing: a fresh account has no Documents.
/// False with @p error when it cannot be made or is not a writable folder.
bool ensureFolder(const QString &folder, QString *error);
} // namespace preferences

/// The preferences in force, and what changes when they are edited: apply() saves them and
/// says, field by field, what changed, so each part of the application follows at once.
class AppPreferences : public QObject
{
    Q_OBJECT

public:
    explicit AppPreferences(const Preferences &initial, QObject *parent = nullptr);

    const Preferences &current() const { return m_current; }
    /// Makes @p edited the preferences in force and saves them to @p settings (nullptr: kept
    /// for this run only). False with @p error, and nothing changed, when edited.validate()
    /// refuses them.
    bool apply(const Preferences &edited, QSettings *settings, QString *error = nullptr);

signals:
    void retentionChanged(const omsdash::HistoryRetention &retention);
    void watchIntervalChanged(int ms);
    void desktopNotificationsChanged(bool on);
    void themeChanged(const QString &theme);
    void languageChanged(const QString &language);
    /// Any change, after the signals above.
    void changed();

private:
    Preferences m_current;
};

} // namespace omsdash
