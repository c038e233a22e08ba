// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QLatin1String>
#include <QString>

#include <simdjson.h>

#include <cstddef>
#include <optional>
#include <string_view>

/// Reads for the decoders' fast paths: a usual page (the shape the API documents, names in the
/// documented case, each once) read with simdjson's DOM, giving what the QJsonDocument reader
/// would give. Whatever is not usual is for the QJsonDocument reader to judge, with its errors
/// and warnings: each function here says so by returning nullopt or false, never an error.
namespace omsdash::json::simd {

/// A member that may be missing.
using Member = std::optional<simdjson::dom::element>;

/// @p body's root object, parsed by this thread's parser (valid until its next call on this
/// thread). nullopt for what QJsonDocument must judge: not JSON as simdjson reads it, a
/// byte-order mark, nesting deeper than 512 (half Qt's limit), a root that is not an object,
/// and a fractional zero where a number may have underflowed ("1e-400", or "0." and 400 zeros
/// and "1"), which Qt refuses as an illegal number and simdjson reads as 0.
std::optional<simdjson::dom::object> parseObject(const QByteArray &body);

/// Whether @p text is ASCII only.
bool isAscii(std::string_view text);

/// Whether @p key (not @p name exactly) is @p name in another case as json::field() compares
/// them (Unicode folding: "ſtatus" is "status"); @p asciiKey is isAscii(@p key).
bool sameButForCase(std::string_view key, std::string_view name, bool asciiKey);

/// Reads the members of @p object named in @p names (exact case) into @p out, in one pass;
/// false when a name comes twice, or in another case (what json::field() would settle).
template <std::size_t N>
bool membersOf(simdjson::dom::object object, const std::string_view (&names)[N], Member (&out)[N])
{
    for (const simdjson::dom::key_value_pair member : object) {
        const std::string_view key = member.key;
        const bool asciiKey = isAscii(key);
        for (std::size_t i = 0; i < N; ++i) {
            // An ASCII key can only be a name of its size; folding may make others longer.
            if (key.size() == names[i].size()) {
                if (key == names[i]) {
                    if (out[i])
                        return false;
                    out[i] = member.value;
                    break;
                }
                if (sameButForCase(key, names[i], asciiKey))
                    return false;
            } else if (!asciiKey && key.size() > names[i].size() && sameButForCase(key, names[i], false)) {
                return false;
            }
        }
    }
    return true;
}

/// @p member as an object; nullopt when it is missing or something else.
std::optional<simdjson::dom::object> objectOf(const Member &member);

/// The json.h conversions of a member, as they read the QJsonValue QJsonDocument gives for it:
/// toText(), toNumber(), toInteger(), toBoolean(), toUtcTime(). Missing, null, lists and
/// objects are no value.
QString toText(const Member &member);
std::optional<double> toNumber(const Member &member);
std::optional<qint64> toInteger(const Member &member);
std::optional<bool> toBoolean(const Member &member);
QDateTime toUtcTime(const Member &member);

/// @p element as QJsonDocument gives it, for a rare part read by the QJsonValue code (a failed
/// step's errorDetails); nullopt when an object in it holds a name twice.
std::optional<QJsonValue> toQJsonValue(simdjson::dom::element element);

} // namespace omsdash::json::simd
