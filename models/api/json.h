// SPDX-License-Identifier: MIT
#pragma once

#include "types.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <initializer_list>
#include <optional>

/// Tolerant reads from JSON objects, shared by every decoder.
/// Keys are matched exactly first, then case-insensitively; several names may be given for one
/// field (the first present wins). Numbers may arrive as strings; null and missing are the same.
namespace omsdash::json {

/// What is taken from a response, at most: characters of one text field (a longer one is cut and
/// ends "… [N characters, cut]", so the cut shows wherever it is shown), and items of one list
/// (the rest are left out, with a warning). Nesting deeper than Qt's JSON parser takes (1,024
/// levels) is a malformed body.
constexpr int MaxTextLength = 4096;
constexpr int MaxRows = 20000;

/// @p text, cut to MaxTextLength with the note above.
QString capped(const QString &text);
/// The first MaxRows items of @p array; when there are more, says so in @p warnings, naming
/// @p what (e.g. "ListProjects data").
QJsonArray firstRows(const QJsonArray &array, const QString &what, QStringList *warnings);

/// The value under any of @p names, or QJsonValue::Undefined.
QJsonValue field(const QJsonObject &object, std::initializer_list<QLatin1String> names);
/// field() of each of @p names at once, in one pass over @p object's keys: out[i] is the value
/// under names[i] (a key in exact case before one that differs in case only, wherever each
/// stands), or Undefined. For wide objects read whole (stepInfo): a field() per member scans
/// the keys per member, and once more, making a string of every key, for each member the
/// object lacks. At most 64 names.
void fields(const QJsonObject &object, const QLatin1String *names, qsizetype count, QJsonValue *out);
template <std::size_t N>
void fields(const QJsonObject &object, const QLatin1String (&names)[N], QJsonValue (&out)[N])
{
    static_assert(N <= 64, "json::fields() reads at most 64 names");
    fields(object, names, qsizetype(N), out);
}

QString text(const QJsonObject &object, std::initializer_list<QLatin1String> names);
std::optional<double> number(const QJsonObject &object, std::initializer_list<QLatin1String> names);
/// number(), where a negative value ("-1": none yet) is no value: rates, delays, counts.
std::optional<double> nonNegativeNumber(const QJsonObject &object, std::initializer_list<QLatin1String> names);
std::optional<qint64> integer(const QJsonObject &object, std::initializer_list<QLatin1String> names);
std::optional<bool> boolean(const QJsonObject &object, std::initializer_list<QLatin1String> names);
/// integer() and boolean() of a value already found.
std::optional<qint64> toInteger(const QJsonValue &value);
std::optional<bool> toBoolean(const QJsonValue &value);
QJsonObject object(const QJsonObject &object, std::initializer_list<QLatin1String> names);
QJsonArray array(const QJsonObject &object, std::initializer_list<QLatin1String> names);

/// A number from a JSON number or a numeric string ("12", " 3.5 "); nullopt otherwise.
std::optional<double> toNumber(const QJsonValue &value);
/// Any scalar as text: strings as they are (capped()), numbers without exponent, bools as true/false.
QString toText(const QJsonValue &value);

/// OMS times: "YYYY-MM-DDThh:mm:ss" in UTC+0 without zone, or with a zone/Z suffix, or
/// fractional seconds; also Unix seconds or milliseconds as numbers. Invalid when unparsable.
QDateTime toUtcTime(const QJsonValue &value);

/// The conversions above from what a JSON string or number holds, shared with the readers that
/// do not go through QJsonValue (simdjsonread.h), so both read a value alike.
std::optional<double> numberFromText(const QString &text); ///< toNumber() of a string
QString textFromNumber(double number);                     ///< toText() of a number
std::optional<bool> booleanFromText(const QString &text);  ///< toBoolean() of a string
QDateTime timeFromNumber(double number);                   ///< toUtcTime() of a number
QDateTime timeFromText(const QString &text);               ///< toUtcTime() of a string

/// @p body as a JSON object; an empty body, invalid JSON or another JSON type is an
/// ApiError of kind Malformed with the parser's reason and a short excerpt.
Result<QJsonObject> parseObject(const QByteArray &body);

} // namespace omsdash::json
