// SPDX-License-Identifier: MIT
#pragma once

#include "instanceconfig.h"

#include <QByteArray>
#include <QList>

class QSettings;

namespace omsdash {

/// A saved instance: everything InstanceConfig holds except secrets (password, token).
/// This is all that reaches QSettings or a profiles file.
struct InstanceProfile
{
    QString name;
    ApiKind api = ApiKind::Oms4;
    QUrl baseUrl;
    QString user;             ///< OMS console user; DRS: the IAM user
    QStringList projectIds;   ///< OMS 3.3 sync project IDs; DRS job IDs
    QString drsProjectId;     ///< DRS `{project_id}`
    QString drsProjectName;   ///< DRS project (region) name, e.g. cn-north-4
    QString drsDomain;        ///< DRS account (domain) name
    QUrl iamEndpoint;         ///< DRS IAM endpoint, e.g. https://iam.myhuaweicloud.com
    QString pinnedSha256;     ///< the one untrusted certificate accepted, "AB:CD:…" (public)
    QString consoleUrl;       ///< InstanceConfig::consoleUrl: a template with {id}; empty for the default
    int projectsIntervalSeconds = 30;
    int detailIntervalSeconds = 5;
    int tablesIntervalSeconds = 15;
    int deadlineSeconds = 60; ///< `deadlineSeconds`: total deadline of one request, 5 to 3600

    /// The config to connect with; its secrets are empty until the caller fills them.
    InstanceConfig toConfig() const;
    static InstanceProfile fromConfig(const InstanceConfig &config);
    bool operator==(const InstanceProfile &o) const;
};

/// Profiles as a file a team can share, and as the app's saved settings. Neither ever holds a
/// secret. File format (schemaVersion 1):
///
///     {"schemaVersion": 1, "instances": [
///       {"name": "oms-prod", "api": "oms4", "url": "http://oms-prod:8089", "user": "dba",
///        "projects": [], "pollSeconds": {"projects": 30, "detail": 5, "tables": 15},
///        "pinnedSha256": "A3:A7:…"},
///       {"name": "drs-bj", "api": "drs", "url": "https://drs.cn-north-4.myhuaweicloud.com",
///        "user": "watcher", "projects": ["<job id>"],
///        "drs": {"projectId": "...", "projectName": "cn-north-4", "domain": "acme",
///                "iamEndpoint": "https://iam.myhuaweicloud.com"}}]}
namespace profiles {

constexpr int SchemaVersion = 1;

QByteArray toJson(const QList<InstanceProfile> &profiles);
/// Every problem is an error naming the instance and the field: not JSON, a newer
/// schemaVersion, a missing name or URL, an unknown api, a duplicate name, poll intervals out
/// of range, and any secret ("password", "token", "secret", ...) in the file.
Result<QList<InstanceProfile>> fromJson(const QByteArray &json);

/// Export and import (File > Export profiles, Import profiles): the file at @p path in the
/// format above, written atomically (QSaveFile: a failed write leaves the old file whole).
/// writeFile() returns the reason it could not write, empty on success; readFile() fails
/// with "Cannot read <path>: <reason>" or with fromJson()'s error, prefixed by the path.
QString writeFile(const QString &path, const QList<InstanceProfile> &profiles);
Result<QList<InstanceProfile>> readFile(const QString &path);

/// Under the group "instances" of @p settings, replacing what was there.
void save(QSettings &settings, const QList<InstanceProfile> &profiles);
QList<InstanceProfile> load(QSettings &settings);

} // namespace profiles

} // namespace omsdash
