// SPDX-License-Identifier: MIT
#include "simdjsonread.h"

#include "json.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace omsdash::json::simd {

namespace {

/// Whether @p body may hold a number that underflows: one with a negative exponent (a digit
/// then "e-" or "E-"), or with 300 zeros in a row (below 4.9e-324 a fraction needs 323 of them
/// after the point); text that looks like either only costs the fast path. memchr() for the
/// '-': dates have two each, and a search for "e-" costs more.
bool mayHoldUnderflow(const QByteArray &body)
{
    static const QByteArray zeros(300, '0');
    if (body.size() < 3)
        return false;
    if (body.contains(zeros))
        return true;
    const char *const begin = body.constData();
    const char *const end = begin + body.size();
    for (const char *p = begin + 2; p < end; ++p) {
        p = static_cast<const char *>(std::memchr(p, '-', size_t(end - p)));
        if (!p)
            return false;
        if ((p[-1] == 'e' || p[-1] == 'E') && p[-2] >= '0' && p[-2] <= '9')
            return true;
    }
    return false;
}

/// Whether @p element holds, at any depth, a fractional number that is zero.
bool holdsFractionalZero(simdjson::dom::element element)
{
    switch (element.type()) {
    case simdjson::dom::element_type::DOUBLE:
        return element.get_double().value_unsafe() == 0.0;
    case simdjson::dom::element_type::ARRAY: {
        const simdjson::dom::array array = element.get_array().value_unsafe(); // not a temporary's
        for (const simdjson::dom::element item : array) { // not STL iterators: no std::any_of
            if (holdsFractionalZero(item))
                return true;
        }
        return false;
    }
    case simdjson::dom::element_type::OBJECT: {
        const simdjson::dom::object object = element.get_object().value_unsafe();
        for (const simdjson::dom::key_value_pair member : object) {
            if (holdsFractionalZero(member.value))
                return true;
        }
        return false;
    }
    default:
        return false;
    }
}

QString textOf(simdjson::dom::element element)
{
    const std::string_view text = element.get_string().value_unsafe();
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

/// A number as QJsonValue::toDouble() gives it (Qt keeps integers as qint64, then converts).
std::optional<double> numberOf(simdjson::dom::element element)
{
    switch (element.type()) {
    case simdjson::dom::element_type::INT64:
        return double(element.get_int64().value_unsafe());
    case simdjson::dom::element_type::UINT64:
        return double(element.get_uint64().value_unsafe());
    case simdjson::dom::element_type::DOUBLE: {
        // Qt keeps a whole number as an integer: -0.0 comes back as 0.
        const double d = element.get_double().value_unsafe();
        return d == 0.0 ? 0.0 : d;
    }
    default:
        return std::nullopt;
    }
}

} // namespace

std::optional<simdjson::dom::object> parseObject(const QByteArray &body)
{
    constexpr size_t MaxDepth = 512;
    if (body.startsWith("\xEF\xBB\xBF"))
        return std::nullopt;
    thread_local simdjson::dom::parser parser; // its buffers grow to the largest page and stay
    if (parser.max_depth() != MaxDepth && parser.allocate(size_t(64) * 1024, MaxDepth) != simdjson::SUCCESS)
        return std::nullopt;
    simdjson::dom::element root;
    if (parser.parse(body.constData(), size_t(body.size())).get(root) != simdjson::SUCCESS)
        return std::nullopt;
    simdjson::dom::object object;
    if (root.get_object().get(object) != simdjson::SUCCESS)
        return std::nullopt;
    if (mayHoldUnderflow(body) && holdsFractionalZero(root))
        return std::nullopt;
    return object;
}

bool isAscii(std::string_view text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return uchar(c) < 0x80; });
}

bool sameButForCase(std::string_view key, std::string_view name, bool asciiKey)
{
    const QLatin1String latin1Name(name.data(), qsizetype(name.size()));
    if (asciiKey) {
        return key.size() == name.size()
            && QLatin1String(key.data(), qsizetype(key.size())).compare(latin1Name, Qt::CaseInsensitive) == 0;
    }
    return QString::fromUtf8(key.data(), qsizetype(key.size())).compare(latin1Name, Qt::CaseInsensitive) == 0;
}

std::optional<simdjson::dom::object> objectOf(const Member &member)
{
    simdjson::dom::object object;
    if (!member || member->get_object().get(object) != simdjson::SUCCESS)
        return std::nullopt;
    return object;
}

QString toText(const Member &member)
{
    if (!member)
        return {};
    switch (member->type()) {
    case simdjson::dom::element_type::STRING:
        return capped(textOf(*member));
    case simdjson::dom::element_type::BOOL:
        return member->get_bool().value_unsafe() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        if (const auto d = numberOf(*member))
            return textFromNumber(*d);
        return {};
    }
}

std::optional<double> toNumber(const Member &member)
{
    if (!member)
        return std::nullopt;
    if (member->is_string())
        return numberFromText(textOf(*member));
    const auto d = numberOf(*member);
    return d && std::isfinite(*d) ? d : std::nullopt;
}

std::optional<qint64> toInteger(const Member &member)
{
    const auto d = toNumber(member);
    if (!d || std::fabs(*d) > 9.0e18)
        return std::nullopt;
    return static_cast<qint64>(std::llround(*d));
}

std::optional<bool> toBoolean(const Member &member)
{
    if (!member)
        return std::nullopt;
    if (member->is_bool())
        return member->get_bool().value_unsafe();
    if (member->is_string())
        return booleanFromText(textOf(*member));
    if (const auto d = numberOf(*member))
        return *d != 0.0;
    return std::nullopt;
}

QDateTime toUtcTime(const Member &member)
{
    if (!member)
        return {};
    if (member->is_string())
        return timeFromText(textOf(*member));
    if (const auto d = numberOf(*member))
        return timeFromNumber(*d);
    return {};
}

std::optional<QJsonValue> toQJsonValue(simdjson::dom::element element)
{
    switch (element.type()) {
    case simdjson::dom::element_type::ARRAY: {
        QJsonArray array;
        const simdjson::dom::array items = element.get_array().value_unsafe();
        for (const simdjson::dom::element item : items) {
            auto value = toQJsonValue(item);
            if (!value)
                return std::nullopt;
            array.append(*value);
        }
        return array;
    }
    case simdjson::dom::element_type::OBJECT: {
        QJsonObject object;
        const simdjson::dom::object members = element.get_object().value_unsafe();
        for (const simdjson::dom::key_value_pair member : members) {
            const QString key = QString::fromUtf8(member.key.data(), qsizetype(member.key.size()));
            auto value = toQJsonValue(member.value);
            if (!value || object.contains(key))
                return std::nullopt;
            object.insert(key, *value);
        }
        return object;
    }
    case simdjson::dom::element_type::STRING:
        return QJsonValue(textOf(element));
    case simdjson::dom::element_type::INT64:
        return QJsonValue(qint64(element.get_int64().value_unsafe()));
    case simdjson::dom::element_type::UINT64:
        return QJsonValue(double(element.get_uint64().value_unsafe()));
    case simdjson::dom::element_type::DOUBLE:
        return QJsonValue(*numberOf(element));
    case simdjson::dom::element_type::BOOL:
        return QJsonValue(element.get_bool().value_unsafe());
    case simdjson::dom::element_type::NULL_VALUE:
        return QJsonValue(QJsonValue::Null);
    }
    return std::nullopt;
}

} // namespace omsdash::json::simd
