// SPDX-License-Identifier: MIT
#include "json.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace omsdash::json {

QJsonValue field(const QJsonObject &object, std::initializer_list<QLatin1String> names)
{
    for (const QLatin1String &name : names) {
        const auto it = object.constFind(name);
        if (it != object.constEnd())
            return it.value();
    }
    for (const QLatin1String &name : names) {
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (it.key().compare(name, Qt::CaseInsensitive) == 0)
                return it.value();
        }
    }
    return QJsonValue(QJsonValue::Undefined);
}

void fields(const QJsonObject &object, const QLatin1String *names, qsizetype count, QJsonValue *out)
{
    Q_ASSERT(count <= 64);
    quint64 exact = 0; // bit i: out[i] came from a key in exact case
    for (qsizetype i = 0; i < count; ++i)
        out[i] = QJsonValue(QJsonValue::Undefined);
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = it.key();
        // Every name the key answers, as field() of each name alone would.
        for (qsizetype i = 0; i < count; ++i) {
            const quint64 bit = quint64(1) << i;
            const QLatin1String &name = names[i];
            if (key.size() != name.size() || (exact & bit))
                continue;
            if (key == name) {
                out[i] = it.value();
                exact |= bit;
            } else if (out[i].isUndefined() && key.compare(name, Qt::CaseInsensitive) == 0) {
                out[i] = it.value();
            }
        }
    }
}

std::optional<double> toNumber(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        return std::isfinite(d) ? std::optional<double>(d) : std::nullopt;
    }
    if (value.isString())
        return numberFromText(value.toString());
    return std::nullopt;
}

std::optional<double> numberFromText(const QString &text)
{
    bool ok = false;
    const double d = text.trimmed().toDouble(&ok);
    if (ok && std::isfinite(d))
        return d;
    return std::nullopt;
}

QString capped(const QString &text)
{
    if (text.size() <= MaxTextLength)
        return text;
    return text.left(MaxTextLength)
        + QCoreApplication::translate("omsdash::json", "… [%1 characters, cut]").arg(QLocale().toString(text.size()));
}

QJsonArray firstRows(const QJsonArray &array, const QString &what, QStringList *warnings)
{
    if (array.size() <= MaxRows)
        return array;
    QJsonArray head;
    for (qsizetype i = 0; i < MaxRows; ++i)
        head.append(array.at(i));
    if (warnings)
        *warnings << QCoreApplication::translate("omsdash::json", "%1: took the first %2 of %3 items")
                         .arg(what, QLocale().toString(MaxRows), QLocale().toString(array.size()));
    return head;
}

QString toText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return capped(value.toString());
    case QJsonValue::Double:
        return textFromNumber(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return {};
    }
}

QString textFromNumber(double d)
{
    if (std::floor(d) == d && std::fabs(d) < 9.0e15)
        return QString::number(static_cast<qint64>(d));
    return QString::number(d, 'g', 15);
}

QString text(const QJsonObject &object, std::initializer_list<QLatin1String> names)
{
    return toText(field(object, names));
}

std::optional<double> number(const QJsonObject &object, std::initializer_list<QLatin1String> names)
{
    return toNumber(field(object, names));
}

std::optional<double> nonNegativeNumber(const QJsonObject &object, std::initializer_list<QLatin1String> names)
{
    const auto d = number(object, names);
    return d && *d >= 0 ? d : std::nullopt;
}

std::optional<qint64> integer(const QJsonObject &object, std::initializer_list<QLatin1String> names)
{
    return toInteger(field(object, names));
}

std::optional<qint64> toInteger(const QJsonValue &value)
{
    const auto d = toNumber(value);
    if (!d || std::fabs(*d) > 9.0e18)
        return std::nullopt;
    return static_cast<qint64>(std::llround(*d));
}

std::optional<bool> boolean(const QJsonObject &object, std::initializer_list<QLatin1String> names)
{
    return toBoolean(field(object, names));
}

std::optional<bool> toBoolean(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool();
    if (v.isString())
        return booleanFromText(v.toString());
    if (v.isDouble())
        return v.toDouble() != 0.0;
    return std::nullopt;
}

std::optional<bool> booleanFromText(const QString &text)
{
    const QString s = text.trimmed().toLower();
    if (s == QLatin1String("true") || s == QLatin1String("1"))
        return true;
    if (s == QLatin1String("false") || s == QLatin1String("0"))
        return false;
    return std::nullopt;
}

QJsonObject object(const QJsonObject &object, std::initializer_list<QLatin1String> names)
{
    return field(object, names).toObject();
}

QJsonArray array(const QJsonObject &object, std::initializer_list<QLatin1String> names)
{
    return field(object, names).toArray();
}

QDateTime toUtcTime(const QJsonValue &value)
{
    if (value.isDouble())
        return timeFromNumber(value.toDouble());
    return timeFromText(value.toString());
}

QDateTime timeFromNumber(double d)
{
    // Past year 9999 in milliseconds is no time at all; the bound also keeps the cast
    // below defined (1e308 once reached it: shared/fuzz).
    if (!std::isfinite(d) || d <= 0 || d >= 253402300800000.0)
        return {};
    // Values past year 2286 in seconds are milliseconds.
    const qint64 v = static_cast<qint64>(d);
    return v > 9999999999LL ? QDateTime::fromMSecsSinceEpoch(v, Qt::UTC)
                            : QDateTime::fromSecsSinceEpoch(v, Qt::UTC);
}

QDateTime timeFromText(const QString &text)
{
    const QString s = text.trimmed();
    if (s.isEmpty())
        return {};
    bool isNumber = false;
    s.toLongLong(&isNumber);
    if (isNumber)
        return timeFromNumber(s.toDouble());
    // The usual form, "YYYY-MM-DDThh:mm:ss[.zzz]" (or a space for the T) without a zone, is
    // UTC+0: read as date and time, never as a local time (slow: the zone is looked up per
    // call; and wrong in a local DST gap, where 02:30 would become 03:30).
    // Only "hh:mm", "hh:mm:ss" and up to 3 digits of ms: 24:00 (the next day) and finer
    // fractions (rounded, 23:59:59.9996 too) are the general reader's.
    if (s.size() > 11 && (s.at(10) == QLatin1Char('T') || s.at(10) == QLatin1Char(' '))) {
        const QStringView timePart = QStringView(s).mid(11);
        const qsizetype n = timePart.size();
        const bool plain = (n == 5 || n == 8 || (n >= 10 && n <= 12 && timePart.at(8) == QLatin1Char('.')))
            && timePart.at(0) >= QLatin1Char('0') && timePart.at(0) <= QLatin1Char('2')
            && !(timePart.at(0) == QLatin1Char('2') && timePart.at(1) >= QLatin1Char('4'))
            && std::none_of(timePart.begin(), timePart.end(), [](QChar c) {
                   return c == QLatin1Char('Z') || c == QLatin1Char('z') || c == QLatin1Char('+') || c == QLatin1Char('-');
               });
        if (plain) {
            const QDate date = QDate::fromString(QStringView(s).left(10), Qt::ISODate);
            const QTime time = QTime::fromString(timePart, Qt::ISODateWithMs);
            if (date.isValid() && time.isValid())
                return QDateTime(date, time, Qt::UTC);
        }
    }
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid()) {
        QString spaced = s;
        spaced.replace(QLatin1Char(' '), QLatin1Char('T'));
        t = QDateTime::fromString(spaced, Qt::ISODateWithMs);
    }
    if (!t.isValid())
        return {};
    if (t.timeSpec() == Qt::LocalTime) // no zone given: the APIs mean UTC+0
        t.setTimeSpec(Qt::UTC);
    return t.toUTC();
}

Result<QJsonObject> parseObject(const QByteArray &body)
{
    auto tr = [](const char *s) { return QCoreApplication::translate("omsdash::json", s); };
    if (body.trimmed().isEmpty())
        return Result<QJsonObject>::failure(ApiError::malformed(tr("empty body"), body));
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError)
        return Result<QJsonObject>::failure(ApiError::malformed(
            tr("not JSON (%1 at byte %2)").arg(pe.errorString()).arg(pe.offset), body));
    if (!doc.isObject())
        return Result<QJsonObject>::failure(ApiError::malformed(tr("expected a JSON object"), body));
    return Result<QJsonObject>::success(doc.object());
}

} // namespace omsdash::json
