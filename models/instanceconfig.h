// SPDX-License-Identifier: MIT
#pragma once

#include "types.h"

#include <QStringList>
#include <QUrl>

namespace omsdash {

/// One OMS or DRS endpoint to watch. Secrets (password, token) live only in memory here;
/// nothing in this struct is ever written to settings or logs by omsdash.
struct InstanceConfig
{
    QString name;          ///< display name, e.g. "oms-prod"
    ApiKind api = ApiKind::Oms4;
    QUrl baseUrl;          ///< e.g. http://oms.example:8089 (OMS) or https://drs.cn-north-4.myhuaweicloud.com
    QString user;          ///< OMS console user (HTTP Basic)
    QString password;      ///< secret
    QStringList projectIds; ///< OMS 3.3: sync project IDs to watch (no list call); DRS: job IDs
    QString drsProjectId;  ///< DRS `{project_id}` of the region
    QString authToken;     ///< DRS X-Auth-Token given directly; secret. Empty: log in with IAM
    QUrl iamEndpoint;      ///< DRS: IAM endpoint, e.g. https://iam.myhuaweicloud.com
    QString drsDomain;     ///< DRS: account (domain) name; the IAM user is `user`, its password `password`
    QString drsProjectName; ///< DRS: project (region) name to scope the token, e.g. cn-north-4
    QString pinnedSha256;  ///< an untrusted (self-signed) certificate accepted for this instance only
    /// Where "Open in OMS console" goes: a URL in which `{id}` becomes the project ID (and
    /// `{base}` the instance URL). Empty: the instance URL itself for OMS, whose console shares
    /// its origin with the OpenAPI (REFERENCE.md §1.0); nothing for DRS.
    QString consoleUrl;
    int projectsIntervalMs = 30000; ///< project list
    int detailIntervalMs = 5000;    ///< progress and steps of the selected project
    int tablesIntervalMs = 15000;   ///< per-table progress of the selected project
    /// OMS 4 rows that come without steps: progress and steps of each running project, this
    /// often, in the background (the selected project on screen keeps detailIntervalMs)
    int watchIntervalMs = 60000;
    int timeoutMs = 15000;          ///< inactivity timeout of each request: no byte for this long
    int deadlineMs = 60000;         ///< total deadline of each request, however slowly bytes come
};

/// Whether @p config sends a password or token unencrypted: credentials over plain http:// to
/// a host other than loopback (127.0.0.0/8, ::1, localhost). OMS allows it (its console's
/// default is http on 8089); the UI warns.
bool sendsCredentialsInClear(const InstanceConfig &config);

/// Whether the instance's secret is a DRS token given as such (no IAM endpoint to log in
/// at) rather than a password (OMS console, or the IAM user's for DRS).
bool usesTokenSecret(const InstanceConfig &config);
/// The console page of @p projectId (InstanceConfig::consoleUrl, `{id}` percent-encoded),
/// else the OMS instance URL; invalid for DRS without a template, and for a template that
/// is not an http(s) URL. Never carries the user or password.
QUrl consoleUrlFor(const InstanceConfig &config, const QString &projectId);

/// The instance's one secret: its token when usesTokenSecret(), else its password.
QString secretOf(const InstanceConfig &config);
void setSecret(InstanceConfig &config, const QString &secret);

/// "ab:cd ef" -> "ABCDEF": fingerprints compared whatever their separators and case.
QString normalizedFingerprint(const QString &fingerprint);

} // namespace omsdash
