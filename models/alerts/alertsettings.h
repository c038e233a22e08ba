// SPDX-License-Identifier: MIT
#pragma once

#include "types.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace omsdash {

/// OMS's alert settings for one protection level (System Management > Alerts in the OMS
/// console), where the protection level is the project's alarm level. All in ms.
struct ProtectionLevelSettings
{
    qint64 latencyMs = 0;      ///< synchronization latency over this alerts
    qint64 interruptionMs = 0; ///< schema or full migration without progress, or SUSPEND or FAILED, this long alerts
    qint64 repeatMs = 0;       ///< alert frequency: a firing alert is notified again this often

    bool operator==(const ProtectionLevelSettings &o) const
    {
        return latencyMs == o.latencyMs && interruptionMs == o.interruptionMs && repeatMs == o.repeatMs;
    }
};

/// A DBA's exception to the protection levels for an instance, a project, or one project of
/// one instance: other thresholds, and rules that never fire there.
struct AlertOverride
{
    QString instance;  ///< instance display name; empty: any instance
    QString projectId; ///< project or DRS job ID; empty: every project of the instance
    std::optional<qint64> latencyMs;      ///< replaces the protection level's, ms
    std::optional<qint64> interruptionMs; ///< replaces the protection level's, ms
    std::optional<qint64> repeatMs;       ///< replaces the protection level's, ms
    QStringList disabledRules;            ///< alertRuleName()s that never fire here

    /// Whether it applies to @p projectId of @p instance.
    bool matches(const QString &instance, const QString &projectId) const;
    bool operator==(const AlertOverride &o) const;
};

/// The alert rules' settings: OMS's three protection levels (IGNORE never alerts) and the
/// thresholds of the rules OMS's console lacks. Defaults are OMS's own: latency 60 s / 5 min /
/// 15 min, interruption 5 / 10 / 30 min, repeat every 30 min.
struct AlertSettings
{
    ProtectionLevelSettings high{60'000, 5LL * 60'000, 30LL * 60'000};
    ProtectionLevelSettings medium{5LL * 60'000, 10LL * 60'000, 30LL * 60'000};
    ProtectionLevelSettings low{15LL * 60'000, 30LL * 60'000, 30LL * 60'000};
    /// A latency alert clears only below this share of its threshold (hysteresis).
    double clearShare = 0.8;
    /// Latency must stay over its threshold this long before it fires (one sample is no incident).
    qint64 latencyPendingMs = 30'000;
    /// Full migration or verification writing under this share of its RPS baseline alerts...
    double rpsShare = 0.5;
    /// ... and so does an RT over this many times its baseline ...
    double rtFactor = 2.0;
    /// ... once it has lasted this long.
    qint64 ratePendingMs = 10LL * 60'000;
    /// An instance that failed this many polls in a row (unreachable, or refusing the password) alerts.
    int instanceDownPolls = 3;
    /// Exceptions by instance and project; where several match, the one naming both wins over
    /// one naming either, and a later one over an earlier one as specific.
    QList<AlertOverride> overrides;

    /// The settings of @p alarmLevel (HIGH, MEDIUM, LOW, any case); nullptr for IGNORE. An
    /// unknown or missing level is treated as LOW, so nothing goes unwatched.
    const ProtectionLevelSettings *forLevel(const QString &alarmLevel) const;

    /// The protection level of @p alarmLevel for @p projectId of @p instance, the matching
    /// overrides applied; nullopt for IGNORE (never alerts).
    std::optional<ProtectionLevelSettings> effective(const QString &instance, const QString &projectId,
                                                     const QString &alarmLevel) const;
    /// Whether the rule named @p ruleName may fire for @p projectId (empty: the instance itself) of @p instance.
    bool ruleEnabled(const QString &instance, const QString &projectId, const QString &ruleName) const;

    /// Why these settings are outside OMS's ranges (latency: HIGH 1 s to 5 min, MEDIUM 30 s to
    /// 10 min, LOW at least MEDIUM's; durations positive), or empty when they are within.
    QString validate() const;

    /// The documented JSON file of `--alert-rules` (schemaVersion 1, seconds):
    /// {"schemaVersion": 1, "levels": {"HIGH": {"latencySeconds": 60, "interruptionSeconds": 300,
    ///  "repeatSeconds": 1800}, "MEDIUM": {...}, "LOW": {...}}, "clearShare": 0.8,
    ///  "latencyPendingSeconds": 30, "rpsShare": 0.5, "rtFactor": 2, "ratePendingSeconds": 600,
    ///  "instanceDownPolls": 3, "overrides": [{"instance": "oms-staging", "disabledRules":
    ///  ["latency"]}, {"instance": "oms-prod", "project": "np_7b2d3f", "latencySeconds": 600,
    ///  "interruptionSeconds": 3600, "repeatSeconds": 3600}]}. Missing keys keep their defaults;
    /// unknown keys and rule names are refused, so a misspelt threshold is not silently
    /// ignored. Errors say which key and why.
    static Result<AlertSettings> fromJson(const QByteArray &json);
    QByteArray toJson() const;

    bool operator==(const AlertSettings &o) const;
};

} // namespace omsdash
