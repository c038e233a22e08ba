// SPDX-License-Identifier: MIT
#include "alertsettings.h"

#include "alertengine.h"
#include "derived.h"
#include "json.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace omsdash {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("omsdash::AlertSettings", s);
}

ApiError invalid(const QString &why)
{
    return ApiError::malformed(why, {});
}

struct Level
{
    const char *name;
    ProtectionLevelSettings AlertSettings::*member;
};
constexpr Level Levels[] = {{"HIGH", &AlertSettings::high}, {"MEDIUM", &AlertSettings::medium}, {"LOW", &AlertSettings::low}};

struct Key
{
    const char *name;
    qint64 ProtectionLevelSettings::*member;
};
constexpr Key Keys[] = {{"latencySeconds", &ProtectionLevelSettings::latencyMs},
                        {"interruptionSeconds", &ProtectionLevelSettings::interruptionMs},
                        {"repeatSeconds", &ProtectionLevelSettings::repeatMs}};

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0);
}
} // namespace

const ProtectionLevelSettings *AlertSettings::forLevel(const QString &alarmLevel) const
{
    switch (alarmLevelRank(alarmLevel)) {
    case 3:
        return &high;
    case 2:
        return &medium;
    case 0:
        return nullptr;
    default:
        return &low;
    }
}

bool AlertOverride::matches(const QString &inst, const QString &project) const
{
    return (instance.isEmpty() || instance == inst) && (projectId.isEmpty() || projectId == project);
}

bool AlertOverride::operator==(const AlertOverride &o) const
{
    return instance == o.instance && projectId == o.projectId && latencyMs == o.latencyMs
        && interruptionMs == o.interruptionMs && repeatMs == o.repeatMs && disabledRules == o.disabledRules;
}

namespace {
/// The overrides matching, least specific first (so the last applied wins).
QList<const AlertOverride *> matching(const QList<AlertOverride> &overrides, const QString &instance,
                                      const QString &projectId)
{
    QList<const AlertOverride *> out;
    for (const AlertOverride &o : overrides)
        if (o.matches(instance, projectId))
            out << &o;
    std::stable_sort(out.begin(), out.end(), [](const AlertOverride *a, const AlertOverride *b) {
        return int(!a->instance.isEmpty()) + int(!a->projectId.isEmpty())
            < int(!b->instance.isEmpty()) + int(!b->projectId.isEmpty());
    });
    return out;
}
} // namespace

std::optional<ProtectionLevelSettings> AlertSettings::effective(const QString &instance, const QString &projectId,
                                                                const QString &alarmLevel) const
{
    const ProtectionLevelSettings *level = forLevel(alarmLevel);
    if (!level)
        return std::nullopt;
    ProtectionLevelSettings s = *level;
    for (const AlertOverride *o : matching(overrides, instance, projectId)) {
        s.latencyMs = o->latencyMs.value_or(s.latencyMs);
        s.interruptionMs = o->interruptionMs.value_or(s.interruptionMs);
        s.repeatMs = o->repeatMs.value_or(s.repeatMs);
    }
    return s;
}

bool AlertSettings::ruleEnabled(const QString &instance, const QString &projectId, const QString &ruleName) const
{
    for (const AlertOverride *o : matching(overrides, instance, projectId))
        if (o->disabledRules.contains(ruleName))
            return false;
    return true;
}

QString AlertSettings::validate() const
{
    if (high.latencyMs < 1000 || high.latencyMs > 5LL * 60'000)
        return tr("HIGH latencySeconds must be 1 to 300 (OMS's range), not %1").arg(seconds(high.latencyMs));
    if (medium.latencyMs < 30'000 || medium.latencyMs > 10LL * 60'000)
        return tr("MEDIUM latencySeconds must be 30 to 600 (OMS's range), not %1").arg(seconds(medium.latencyMs));
    if (low.latencyMs < medium.latencyMs)
        return tr("LOW latencySeconds must be at least MEDIUM's (%1), not %2")
            .arg(seconds(medium.latencyMs), seconds(low.latencyMs));
    for (const Level &level : Levels) {
        const ProtectionLevelSettings &s = this->*level.member;
        if (s.interruptionMs <= 0 || s.repeatMs <= 0)
            return tr("%1: interruptionSeconds and repeatSeconds must be positive").arg(QLatin1String(level.name));
    }
    if (clearShare <= 0 || clearShare > 1)
        return tr("clearShare must be above 0 and at most 1, not %1").arg(clearShare);
    if (rpsShare <= 0 || rpsShare >= 1)
        return tr("rpsShare must be between 0 and 1, not %1").arg(rpsShare);
    if (rtFactor <= 1)
        return tr("rtFactor must be over 1, not %1").arg(rtFactor);
    if (instanceDownPolls < 1)
        return tr("instanceDownPolls must be at least 1, not %1").arg(instanceDownPolls);
    for (int i = 0; i < overrides.size(); ++i) {
        const AlertOverride &o = overrides.at(i);
        if (o.instance.isEmpty() && o.projectId.isEmpty())
            return tr("overrides[%1]: name an instance, a project or both").arg(i);
        for (const auto &v : {o.latencyMs, o.interruptionMs, o.repeatMs})
            if (v && *v <= 0)
                return tr("overrides[%1]: durations must be positive").arg(i);
        for (const QString &rule : o.disabledRules)
            if (!alertRuleFromName(rule))
                return tr("overrides[%1]: unknown rule '%2'").arg(i).arg(rule);
    }
    return {};
}

Result<AlertSettings> AlertSettings::fromJson(const QByteArray &bytes)
{
    using R = Result<AlertSettings>;
    const auto parsed = json::parseObject(bytes);
    if (!parsed.ok())
        return R::failure(parsed.error);
    const QJsonObject root = parsed.value;
    if (root.value(QStringLiteral("schemaVersion")).toInt() != 1)
        return R::failure(invalid(tr("'schemaVersion' must be 1")));
    AlertSettings s;
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QString key = it.key();
        if (key == QLatin1String("schemaVersion"))
            continue;
        if (key == QLatin1String("clearShare")) {
            const auto v = json::toNumber(it.value());
            if (!v)
                return R::failure(invalid(tr("'clearShare' must be a number")));
            s.clearShare = *v;
        } else if (key == QLatin1String("latencyPendingSeconds")) {
            const auto v = json::toNumber(it.value());
            if (!v || *v < 0)
                return R::failure(invalid(tr("'latencyPendingSeconds' must be a number of seconds, 0 or more")));
            s.latencyPendingMs = qint64(*v * 1000.0);
        } else if (key == QLatin1String("rpsShare") || key == QLatin1String("rtFactor")
                   || key == QLatin1String("ratePendingSeconds")) {
            const auto v = json::toNumber(it.value());
            if (!v || *v < 0)
                return R::failure(invalid(tr("'%1' must be a number, 0 or more").arg(key)));
            if (key == QLatin1String("rpsShare"))
                s.rpsShare = *v;
            else if (key == QLatin1String("rtFactor"))
                s.rtFactor = *v;
            else
                s.ratePendingMs = qint64(*v * 1000.0);
        } else if (key == QLatin1String("instanceDownPolls")) {
            const auto v = json::toNumber(it.value());
            if (!v || *v != double(int(*v)))
                return R::failure(invalid(tr("'instanceDownPolls' must be a whole number")));
            s.instanceDownPolls = int(*v);
        } else if (key == QLatin1String("levels")) {
            const QJsonObject levels = it.value().toObject();
            for (auto l = levels.begin(); l != levels.end(); ++l) {
                const Level *level = nullptr;
                for (const Level &candidate : Levels)
                    level = l.key() == QLatin1String(candidate.name) ? &candidate : level;
                if (!level)
                    return R::failure(invalid(tr("levels: unknown protection level '%1' (HIGH, MEDIUM or LOW)").arg(l.key())));
                const QJsonObject o = l.value().toObject();
                for (auto k = o.begin(); k != o.end(); ++k) {
                    const Key *field = nullptr;
                    for (const Key &candidate : Keys)
                        field = k.key() == QLatin1String(candidate.name) ? &candidate : field;
                    const auto v = json::toNumber(k.value());
                    if (!field || !v)
                        return R::failure(invalid(tr("levels.%1.%2: not a known setting with a number of seconds")
                                                      .arg(l.key(), k.key())));
                    (s.*(level->member)).*(field->member) = qint64(*v * 1000.0);
                }
            }
        } else if (key == QLatin1String("overrides")) {
            if (!it.value().isArray())
                return R::failure(invalid(tr("'overrides' must be a list")));
            const QJsonArray list = it.value().toArray();
            for (int i = 0; i < list.size(); ++i) {
                const QJsonObject o = list.at(i).toObject();
                AlertOverride ov;
                for (auto k = o.begin(); k != o.end(); ++k) {
                    if (k.key() == QLatin1String("instance") && k.value().isString()) {
                        ov.instance = k.value().toString();
                    } else if (k.key() == QLatin1String("project") && k.value().isString()) {
                        ov.projectId = k.value().toString();
                    } else if (k.key() == QLatin1String("disabledRules") && k.value().isArray()) {
                        for (const QJsonValue r : k.value().toArray())
                            ov.disabledRules << r.toString();
                    } else {
                        std::optional<qint64> *field = k.key() == QLatin1String("latencySeconds") ? &ov.latencyMs
                            : k.key() == QLatin1String("interruptionSeconds")                    ? &ov.interruptionMs
                            : k.key() == QLatin1String("repeatSeconds")                          ? &ov.repeatMs
                                                                                                 : nullptr;
                        const auto v = json::toNumber(k.value());
                        if (!field || !v)
                            return R::failure(invalid(tr("overrides[%1].%2: not a known setting").arg(i).arg(k.key())));
                        *field = qint64(*v * 1000.0);
                    }
                }
                s.overrides << ov;
            }
        } else {
            return R::failure(invalid(tr("unknown key '%1'").arg(key)));
        }
    }
    const QString why = s.validate();
    if (!why.isEmpty())
        return R::failure(invalid(why));
    return R::success(s);
}

QByteArray AlertSettings::toJson() const
{
    QJsonObject levels;
    for (const Level &level : Levels) {
        QJsonObject o;
        for (const Key &key : Keys)
            o.insert(QLatin1String(key.name), double((this->*level.member).*(key.member)) / 1000.0);
        levels.insert(QLatin1String(level.name), o);
    }
    QJsonArray list;
    for (const AlertOverride &o : overrides) {
        QJsonObject item;
        if (!o.instance.isEmpty())
            item.insert(QStringLiteral("instance"), o.instance);
        if (!o.projectId.isEmpty())
            item.insert(QStringLiteral("project"), o.projectId);
        const std::pair<const char *, std::optional<qint64>> durations[] = {
            {"latencySeconds", o.latencyMs}, {"interruptionSeconds", o.interruptionMs}, {"repeatSeconds", o.repeatMs}};
        for (const auto &[name, v] : durations)
            if (v)
                item.insert(QLatin1String(name), double(*v) / 1000.0);
        if (!o.disabledRules.isEmpty())
            item.insert(QStringLiteral("disabledRules"), QJsonArray::fromStringList(o.disabledRules));
        list.append(item);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("schemaVersion"), 1},
                                     {QStringLiteral("overrides"), list},
                                     {QStringLiteral("levels"), levels},
                                     {QStringLiteral("clearShare"), clearShare},
                                     {QStringLiteral("latencyPendingSeconds"), double(latencyPendingMs) / 1000.0},
                                     {QStringLiteral("rpsShare"), rpsShare},
                                     {QStringLiteral("rtFactor"), rtFactor},
                                     {QStringLiteral("ratePendingSeconds"), double(ratePendingMs) / 1000.0},
                                     {QStringLiteral("instanceDownPolls"), instanceDownPolls}})
        .toJson(QJsonDocument::Indented);
}

bool AlertSettings::operator==(const AlertSettings &o) const
{
    return high == o.high && medium == o.medium && low == o.low && clearShare == o.clearShare
        && latencyPendingMs == o.latencyPendingMs && rpsShare == o.rpsShare && rtFactor == o.rtFactor
        && ratePendingMs == o.ratePendingMs && instanceDownPolls == o.instanceDownPolls && overrides == o.overrides;
}

} // namespace omsdash
