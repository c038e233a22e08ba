// SPDX-License-Identifier: MIT
#include "format.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace omsdash::fmt {

QString dash()
{
    return QStringLiteral("–");
}

QString duration(std::optional<double> seconds)
{
    if (!seconds || !std::isfinite(*seconds))
        return dash();
    const qint64 s = std::llround(std::max(0.0, *seconds));
    if (s < 60)
        return QStringLiteral("%1 s").arg(s);
    if (s < 3600)
        return QStringLiteral("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    if (s < 86400)
        return QStringLiteral("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600);
}

QString rps(std::optional<double> v)
{
    if (!v)
        return dash();
    return QStringLiteral("%1 rec/s").arg(QLocale().toString(std::llround(*v)));
}

QString rt(std::optional<double> v)
{
    if (!v)
        return dash();
    return QStringLiteral("%1 ms").arg(QLocale().toString(*v, 'f', *v < 10 ? 1 : 0));
}

QString throughput(std::optional<double> v)
{
    if (!v)
        return dash();
    double x = *v;
    static const char *units[] = {"B/s", "KB/s", "MB/s", "GB/s", "TB/s"};
    int u = 0;
    while (std::fabs(x) >= 1024.0 && u < 4) {
        x /= 1024.0;
        ++u;
    }
    return QStringLiteral("%1 %2").arg(QLocale().toString(x, 'f', u == 0 ? 0 : 1),
                                       QLatin1String(units[u]));
}

QString percent(std::optional<double> v)
{
    if (!v)
        return dash();
    const bool whole = std::fabs(*v - std::round(*v)) < 0.05;
    return QStringLiteral("%1 %").arg(QLocale().toString(*v, 'f', whole ? 0 : 1));
}

QString count(std::optional<qint64> v)
{
    return v ? QLocale().toString(*v) : dash();
}

QString projectCount(int count)
{
    return QCoreApplication::translate("omsdash::fmt", "%Ln project(s)", nullptr, count);
}

QString compact(double value)
{
    // Three significant digits, never in exponent notation ('g' writes 1120 as "1.12e+03"),
    // without trailing zeros.
    const auto digits = [](double v) {
        const double a = std::fabs(v);
        QString text = QLocale().toString(v, 'f', a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : 3);
        const QString point = QLocale().decimalPoint();
        if (text.contains(point)) {
            while (text.endsWith(QLatin1Char('0')))
                text.chop(1);
            if (text.endsWith(point))
                text.chop(point.size());
        }
        return text;
    };
    const double a = std::fabs(value);
    if (a >= 1e9)
        return digits(value / 1e9) + QLatin1Char('G');
    if (a >= 1e6)
        return digits(value / 1e6) + QLatin1Char('M');
    if (a >= 1e3)
        return digits(value / 1e3) + QLatin1Char('k');
    return digits(value);
}

QString shortLocalTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return dash();
    return utc.toLocalTime().toString(QStringLiteral("MM-dd HH:mm:ss"));
}

QString localTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return dash();
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString utcTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return dash();
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

} // namespace omsdash::fmt
