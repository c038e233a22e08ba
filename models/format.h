// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

/// Display text for DisplayRole and tooltips. Times are shown in local time; the tooltip
/// variant adds UTC. An absent value is an en dash, never "0".
namespace omsdash::fmt {

QString dash();
/// "4 s", "2 min 05 s", "3 h 07 min", "2 d 4 h".
QString duration(std::optional<double> seconds);
/// "1,234 rec/s" (records per second).
QString rps(std::optional<double> recordsPerSecond);
/// "7.0 ms" (milliseconds per record).
QString rt(std::optional<double> msPerRecord);
/// "40.0 KB/s", "8.0 MB/s" (binary multiples of bytes per second).
QString throughput(std::optional<double> bytesPerSecond);
/// "42 %" / "99.5 %".
QString percent(std::optional<double> value);
/// Whole number with group separators.
QString count(std::optional<qint64> value);
/// "1 project", "8 projects".
QString projectCount(int count);
/// Short number for legends: 40000 -> "40k", 8388608 -> "8.39M", 1.5 -> "1.5".
QString compact(double value);
/// Local "MM-dd HH:mm:ss"; dash when invalid.
QString shortLocalTime(const QDateTime &utc);
/// Local "yyyy-MM-dd HH:mm:ss"; dash when invalid.
QString localTime(const QDateTime &utc);
/// "2023-07-17 23:01:25 UTC".
QString utcTime(const QDateTime &utc);

} // namespace omsdash::fmt
