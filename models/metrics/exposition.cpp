// SPDX-License-Identifier: MIT
#include "exposition.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace omsdash {

namespace {

/// @p text with backslash and line feed escaped, and the double quote when @p quote.
QString escaped(const QString &text, bool quote)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('\\'))
            out += QLatin1String("\\\\");
        else if (c == QLatin1Char('\n'))
            out += QLatin1String("\\n");
        else if (quote && c == QLatin1Char('"'))
            out += QLatin1String("\\\"");
        else
            out += c;
    }
    return out;
}

QByteArray number(double v)
{
    if (std::isnan(v))
        return QByteArrayLiteral("NaN");
    if (std::isinf(v))
        return v > 0 ? QByteArrayLiteral("+Inf") : QByteArrayLiteral("-Inf");
    if (v == std::floor(v) && std::fabs(v) < 1e15)
        return QByteArray::number(qint64(v));
    return QByteArray::number(v, 'g', QLocale::FloatingPointShortest);
}

QByteArray typeName(MetricFamily::Type type, ExpositionFormat format)
{
    switch (type) {
    case MetricFamily::Type::Gauge:
        return QByteArrayLiteral("gauge");
    case MetricFamily::Type::Counter:
        return QByteArrayLiteral("counter");
    case MetricFamily::Type::Info:
        return format == ExpositionFormat::OpenMetrics ? QByteArrayLiteral("info") : QByteArrayLiteral("gauge");
    case MetricFamily::Type::StateSet:
        return format == ExpositionFormat::OpenMetrics ? QByteArrayLiteral("stateset") : QByteArrayLiteral("gauge");
    }
    return QByteArrayLiteral("untyped");
}

} // namespace

QString escapeLabelValue(const QString &value)
{
    return escaped(value, true);
}

ExpositionFormat negotiateExposition(const QByteArray &accept)
{
    // The highest q wins; OpenMetrics on a tie, as it is what a scraper names first.
    double openMetrics = -1;
    double text = -1;
    for (const QByteArray &range : accept.split(',')) {
        const QList<QByteArray> parts = range.split(';');
        const QByteArray type = parts.first().trimmed().toLower();
        double q = 1;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray p = parts.at(i).trimmed();
            if (p.startsWith("q=")) {
                bool ok = false;
                const double v = p.mid(2).toDouble(&ok);
                q = ok ? v : 0;
            }
        }
        if (type == "application/openmetrics-text")
            openMetrics = std::max(openMetrics, q);
        else if (type == "text/plain" || type == "text/*" || type == "*/*")
            text = std::max(text, q);
    }
    return openMetrics > 0 && openMetrics >= text ? ExpositionFormat::OpenMetrics : ExpositionFormat::Text;
}

QByteArray expositionContentType(ExpositionFormat format)
{
    return format == ExpositionFormat::OpenMetrics
        ? QByteArrayLiteral("application/openmetrics-text; version=1.0.0; charset=utf-8")
        : QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8");
}

QByteArray writeExposition(const QList<MetricFamily> &families, ExpositionFormat format)
{
    const bool om = format == ExpositionFormat::OpenMetrics;
    QByteArray out;
    for (const MetricFamily &f : families) {
        // The text format names a counter and an info metric by their samples' name.
        QByteArray sampleName = f.name.toUtf8();
        if (f.type == MetricFamily::Type::Counter)
            sampleName += "_total";
        else if (f.type == MetricFamily::Type::Info)
            sampleName += "_info";
        const QByteArray familyName = om ? f.name.toUtf8() : sampleName;
        // OpenMetrics escapes a help text as a label value; the text format only backslash and line feed.
        out += "# HELP " + familyName + ' ' + escaped(f.help, om).toUtf8() + '\n';
        out += "# TYPE " + familyName + ' ' + typeName(f.type, format) + '\n';
        if (om && !f.unit.isEmpty())
            out += "# UNIT " + familyName + ' ' + f.unit.toUtf8() + '\n';
        for (const MetricFamily::Sample &s : f.samples) {
            out += sampleName;
            if (!s.labels.isEmpty()) {
                out += '{';
                bool first = true;
                for (const auto &[name, value] : s.labels) {
                    if (!first)
                        out += ',';
                    first = false;
                    out += name.toUtf8() + "=\"" + escapeLabelValue(value).toUtf8() + '"';
                }
                out += '}';
            }
            out += ' ' + number(s.value) + '\n';
        }
    }
    if (om)
        out += "# EOF\n";
    return out;
}

} // namespace omsdash
