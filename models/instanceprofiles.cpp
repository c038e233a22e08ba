// SPDX-License-Identifier: MIT
#include "instanceprofiles.h"

#include "json.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QFile>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QSettings>

namespace omsdash {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("omsdash::profiles", s); // lupdate files free functions under their namespace
}

ApiError invalid(const QString &message)
{
    return ApiError::malformed(message, {});
}

bool looksSecret(const QString &key)
{
    const QString k = key.toLower();
    for (const char *word : {"password", "passwd", "token", "secret", "credential", "apikey", "sk"}) {
        if (k == QLatin1String(word) || (qstrlen(word) > 2 && k.contains(QLatin1String(word))))
            return true;
    }
    return false;
}

/// The first key anywhere under @p value that looks like a secret, or empty.
QString secretKey(const QJsonValue &value)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (looksSecret(it.key()))
                return it.key();
            QString inner = secretKey(it.value());
            if (!inner.isEmpty())
                return inner;
        }
    } else if (value.isArray()) {
        for (const QJsonValue v : value.toArray()) {
            QString inner = secretKey(v);
            if (!inner.isEmpty())
                return inner;
        }
    }
    return {};
}
} // namespace

InstanceConfig InstanceProfile::toConfig() const
{
    InstanceConfig c;
    c.name = name;
    c.api = api;
    c.baseUrl = baseUrl;
    c.user = user;
    c.projectIds = projectIds;
    c.drsProjectId = drsProjectId;
    c.iamEndpoint = iamEndpoint;
    c.pinnedSha256 = pinnedSha256;
    c.consoleUrl = consoleUrl;
    c.drsDomain = drsDomain;
    c.drsProjectName = drsProjectName;
    c.projectsIntervalMs = projectsIntervalSeconds * 1000;
    c.detailIntervalMs = detailIntervalSeconds * 1000;
    c.tablesIntervalMs = tablesIntervalSeconds * 1000;
    c.deadlineMs = deadlineSeconds * 1000;
    return c;
}

InstanceProfile InstanceProfile::fromConfig(const InstanceConfig &c)
{
    InstanceProfile p;
    p.name = c.name;
    p.api = c.api;
    p.baseUrl = c.baseUrl;
    p.user = c.user;
    p.projectIds = c.projectIds;
    p.drsProjectId = c.drsProjectId;
    p.iamEndpoint = c.iamEndpoint;
    p.pinnedSha256 = c.pinnedSha256;
    p.consoleUrl = c.consoleUrl;
    p.drsDomain = c.drsDomain;
    p.drsProjectName = c.drsProjectName;
    p.projectsIntervalSeconds = c.projectsIntervalMs / 1000;
    p.detailIntervalSeconds = c.detailIntervalMs / 1000;
    p.tablesIntervalSeconds = c.tablesIntervalMs / 1000;
    p.deadlineSeconds = c.deadlineMs / 1000;
    return p;
}

bool InstanceProfile::operator==(const InstanceProfile &o) const
{
    return name == o.name && api == o.api && baseUrl == o.baseUrl && user == o.user
        && projectIds == o.projectIds && drsProjectId == o.drsProjectId
        && drsProjectName == o.drsProjectName && drsDomain == o.drsDomain
        && iamEndpoint == o.iamEndpoint && pinnedSha256 == o.pinnedSha256 && consoleUrl == o.consoleUrl
        && projectsIntervalSeconds == o.projectsIntervalSeconds
        && detailIntervalSeconds == o.detailIntervalSeconds
        && tablesIntervalSeconds == o.tablesIntervalSeconds && deadlineSeconds == o.deadlineSeconds;
}

namespace profiles {

QByteArray toJson(const QList<InstanceProfile> &list)
{
    QJsonArray instances;
    for (const InstanceProfile &p : list) {
        QJsonObject o{{QStringLiteral("name"), p.name},
                      {QStringLiteral("api"), apiKindToString(p.api)},
                      {QStringLiteral("url"), p.baseUrl.toString(QUrl::RemoveUserInfo)},
                      {QStringLiteral("user"), p.user},
                      {QStringLiteral("projects"), QJsonArray::fromStringList(p.projectIds)},
                      {QStringLiteral("pollSeconds"),
                       QJsonObject{{QStringLiteral("projects"), p.projectsIntervalSeconds},
                                   {QStringLiteral("detail"), p.detailIntervalSeconds},
                                   {QStringLiteral("tables"), p.tablesIntervalSeconds}}}};
        if (!p.pinnedSha256.isEmpty())
            o.insert(QStringLiteral("pinnedSha256"), p.pinnedSha256);
        if (!p.consoleUrl.isEmpty())
            o.insert(QStringLiteral("consoleUrl"), p.consoleUrl);
        if (p.deadlineSeconds != InstanceProfile().deadlineSeconds)
            o.insert(QStringLiteral("deadlineSeconds"), p.deadlineSeconds);
        if (p.api == ApiKind::Drs)
            o.insert(QStringLiteral("drs"),
                     QJsonObject{{QStringLiteral("projectId"), p.drsProjectId},
                                 {QStringLiteral("projectName"), p.drsProjectName},
                                 {QStringLiteral("domain"), p.drsDomain},
                                 {QStringLiteral("iamEndpoint"), p.iamEndpoint.toString()}});
        instances.append(o);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("schemaVersion"), SchemaVersion},
                                     {QStringLiteral("instances"), instances}})
        .toJson(QJsonDocument::Indented);
}

Result<QList<InstanceProfile>> fromJson(const QByteArray &bytes)
{
    using R = Result<QList<InstanceProfile>>;
    const auto parsed = json::parseObject(bytes);
    if (!parsed.ok())
        return R::failure(parsed.error);
    const QJsonObject root = parsed.value;
    const auto version = json::integer(root, {QLatin1String("schemaVersion")});
    if (!version)
        return R::failure(invalid(tr("'schemaVersion' is missing")));
    if (*version > SchemaVersion)
        return R::failure(invalid(tr("schemaVersion %1 is newer than this omsdash understands (%2)")
                                      .arg(*version)
                                      .arg(SchemaVersion)));
    const QJsonValue instances = json::field(root, {QLatin1String("instances")});
    if (!instances.isArray())
        return R::failure(invalid(tr("'instances' is missing or not a list")));

    QList<InstanceProfile> out;
    QSet<QString> names;
    int index = 0;
    for (const QJsonValue v : instances.toArray()) {
        ++index;
        if (!v.isObject())
            return R::failure(invalid(tr("instance %1 is not an object").arg(index)));
        const QJsonObject o = v.toObject();
        InstanceProfile p;
        p.name = json::text(o, {QLatin1String("name")}).trimmed();
        const QString label = p.name.isEmpty() ? tr("instance %1").arg(index) : p.name;
        const QString secret = secretKey(o);
        if (!secret.isEmpty())
            return R::failure(invalid(tr("%1 carries '%2': profiles never hold secrets; remove it")
                                          .arg(label, secret)));
        if (p.name.isEmpty())
            return R::failure(invalid(tr("%1 has no name").arg(label)));
        if (names.contains(p.name))
            return R::failure(invalid(tr("two instances are called '%1'").arg(p.name)));
        names.insert(p.name);
        const auto api = apiKindFromString(json::text(o, {QLatin1String("api")}));
        if (!api)
            return R::failure(invalid(tr("%1: 'api' must be oms4, oms3 or drs").arg(label)));
        p.api = *api;
        p.baseUrl = QUrl(json::text(o, {QLatin1String("url")}), QUrl::StrictMode);
        if (!p.baseUrl.isValid() || p.baseUrl.host().isEmpty()
            || (p.baseUrl.scheme() != QLatin1String("http") && p.baseUrl.scheme() != QLatin1String("https")))
            return R::failure(invalid(tr("%1: 'url' must be an http:// or https:// URL").arg(label)));
        if (!p.baseUrl.userInfo().isEmpty())
            return R::failure(invalid(tr("%1: 'url' must not carry user information").arg(label)));
        p.user = json::text(o, {QLatin1String("user")});
        p.pinnedSha256 = json::text(o, {QLatin1String("pinnedSha256")});
        p.consoleUrl = json::text(o, {QLatin1String("consoleUrl")});
        if (!p.consoleUrl.isEmpty() && !consoleUrlFor(p.toConfig(), QStringLiteral("x")).isValid())
            return R::failure(invalid(tr("%1: 'consoleUrl' must be an http or https URL (with {id} for the project)").arg(label)));
        if (!p.pinnedSha256.isEmpty() && normalizedFingerprint(p.pinnedSha256).size() != 64)
            return R::failure(invalid(tr("%1: 'pinnedSha256' must be a SHA-256 fingerprint (64 hex digits)").arg(label)));
        for (const QJsonValue id : json::array(o, {QLatin1String("projects")}))
            p.projectIds << json::toText(id);
        p.projectIds.removeDuplicates();
        const QJsonObject poll = json::object(o, {QLatin1String("pollSeconds")});
        const struct
        {
            const char *key;
            int *target;
        } intervals[] = {{"projects", &p.projectsIntervalSeconds},
                         {"detail", &p.detailIntervalSeconds},
                         {"tables", &p.tablesIntervalSeconds}};
        for (const auto &i : intervals) {
            const QJsonValue raw = json::field(poll, {QLatin1String(i.key)});
            if (raw.isUndefined() || raw.isNull())
                continue;
            const auto seconds = json::toNumber(raw);
            if (!seconds || *seconds < 1 || *seconds > 3600)
                return R::failure(invalid(tr("%1: pollSeconds.%2 must be 1 to 3600").arg(label, QLatin1String(i.key))));
            *i.target = int(*seconds);
        }
        const QJsonValue deadline = json::field(o, {QLatin1String("deadlineSeconds")});
        if (!deadline.isUndefined() && !deadline.isNull()) {
            const auto seconds = json::toNumber(deadline);
            if (!seconds || *seconds < 5 || *seconds > 3600)
                return R::failure(invalid(tr("%1: deadlineSeconds must be 5 to 3600").arg(label)));
            p.deadlineSeconds = int(*seconds);
        }
        const QJsonObject drs = json::object(o, {QLatin1String("drs")});
        p.drsProjectId = json::text(drs, {QLatin1String("projectId")});
        p.drsProjectName = json::text(drs, {QLatin1String("projectName")});
        p.drsDomain = json::text(drs, {QLatin1String("domain")});
        p.iamEndpoint = QUrl(json::text(drs, {QLatin1String("iamEndpoint")}));
        if (p.api == ApiKind::Oms3 && p.projectIds.isEmpty())
            return R::failure(invalid(tr("%1: OMS 3.3 cannot list its projects; give 'projects'").arg(label)));
        if (p.api == ApiKind::Drs && p.drsProjectId.isEmpty())
            return R::failure(invalid(tr("%1: DRS needs drs.projectId (the job IDs in 'projects' are optional: "
                                         "without them every migration and sync job is watched)").arg(label)));
        out << p;
    }
    return R::success(out);
}

QString writeFile(const QString &path, const QList<InstanceProfile> &list)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson(list)) < 0 || !file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

Result<QList<InstanceProfile>> readFile(const QString &path)
{
    using R = Result<QList<InstanceProfile>>;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(invalid(tr("Cannot read %1: %2").arg(path, file.errorString())));
    R parsed = fromJson(file.readAll());
    if (!parsed.ok())
        parsed.error.message = tr("%1 was not imported: %2").arg(path, parsed.error.message);
    return parsed;
}

void save(QSettings &settings, const QList<InstanceProfile> &list)
{
    settings.remove(QStringLiteral("instances"));
    settings.beginWriteArray(QStringLiteral("instances"), int(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        const InstanceProfile &p = list.at(i);
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), p.name);
        settings.setValue(QStringLiteral("api"), apiKindToString(p.api));
        settings.setValue(QStringLiteral("url"), p.baseUrl.toString(QUrl::RemoveUserInfo));
        settings.setValue(QStringLiteral("user"), p.user);
        settings.setValue(QStringLiteral("projects"), p.projectIds);
        settings.setValue(QStringLiteral("drsProjectId"), p.drsProjectId);
        settings.setValue(QStringLiteral("drsProjectName"), p.drsProjectName);
        settings.setValue(QStringLiteral("drsDomain"), p.drsDomain);
        settings.setValue(QStringLiteral("iamEndpoint"), p.iamEndpoint.toString());
        settings.setValue(QStringLiteral("pinnedSha256"), p.pinnedSha256);
        settings.setValue(QStringLiteral("consoleUrl"), p.consoleUrl);
        settings.setValue(QStringLiteral("pollProjectsSeconds"), p.projectsIntervalSeconds);
        settings.setValue(QStringLiteral("pollDetailSeconds"), p.detailIntervalSeconds);
        settings.setValue(QStringLiteral("pollTablesSeconds"), p.tablesIntervalSeconds);
        settings.setValue(QStringLiteral("deadlineSeconds"), p.deadlineSeconds);
    }
    settings.endArray();
}

QList<InstanceProfile> load(QSettings &settings)
{
    QList<InstanceProfile> list;
    const int n = settings.beginReadArray(QStringLiteral("instances"));
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        InstanceProfile p;
        p.name = settings.value(QStringLiteral("name")).toString();
        const auto api = apiKindFromString(settings.value(QStringLiteral("api")).toString());
        p.baseUrl = QUrl(settings.value(QStringLiteral("url")).toString());
        if (p.name.isEmpty() || !api || !p.baseUrl.isValid())
            continue; // a damaged entry is skipped, not fatal
        p.api = *api;
        p.user = settings.value(QStringLiteral("user")).toString();
        p.projectIds = settings.value(QStringLiteral("projects")).toStringList();
        p.drsProjectId = settings.value(QStringLiteral("drsProjectId")).toString();
        p.drsProjectName = settings.value(QStringLiteral("drsProjectName")).toString();
        p.drsDomain = settings.value(QStringLiteral("drsDomain")).toString();
        p.iamEndpoint = QUrl(settings.value(QStringLiteral("iamEndpoint")).toString());
        p.pinnedSha256 = settings.value(QStringLiteral("pinnedSha256")).toString();
        p.consoleUrl = settings.value(QStringLiteral("consoleUrl")).toString();
        p.projectsIntervalSeconds = std::clamp(settings.value(QStringLiteral("pollProjectsSeconds"), 30).toInt(), 1, 3600);
        p.detailIntervalSeconds = std::clamp(settings.value(QStringLiteral("pollDetailSeconds"), 5).toInt(), 1, 3600);
        p.tablesIntervalSeconds = std::clamp(settings.value(QStringLiteral("pollTablesSeconds"), 15).toInt(), 1, 3600);
        p.deadlineSeconds = std::clamp(settings.value(QStringLiteral("deadlineSeconds"), 60).toInt(), 5, 3600);
        list << p;
    }
    settings.endArray();
    return list;
}

} // namespace profiles

} // namespace omsdash
