// SPDX-License-Identifier: MIT
#pragma once

#include "report.h"

#include <QByteArray>
#include <QJsonObject>

namespace omsdash::reportformat {

/// The report's JSON schema version; raised only when a field changes meaning or goes away
/// (new fields may appear without it). The schema: resources/report.schema.json.
constexpr int SchemaVersion = 1;

/// The report as JSON (see resources/report.schema.json): schemaVersion, generator,
/// generatedAt and range (ISO 8601 UTC), and per project its facts, steps with their
/// stepInfo metrics (units in the key names: srcRps, dstRtMs, srcIopsBytesPerSecond, ...),
/// per-table rows and summary, latency summary, the metric samples and the alerts of the range
/// (`alerts`: time, event, rule, severity, step, message, value, threshold, silenced; the
/// report's own for instance alerts, with `instance`). Absent values are null, never 0.
QJsonObject toJson(const Report &report);

/// The four CSV files of a report (RFC 4180, UTF-8, header row first, times ISO 8601 UTC,
/// absent values empty): one row per step, per table, per metric sample, and per alert log row
/// in the range (the instances' own first, then each project's).
struct CsvFiles
{
    QByteArray steps;
    QByteArray tables;
    QByteArray metrics;
    QByteArray alerts;
};
CsvFiles toCsv(const Report &report);

/// One CSV field: quoted when it holds a comma, quote, CR or LF, quotes doubled.
QByteArray csvField(const QString &text);

/// ISO 8601 UTC with seconds ("2026-11-21T08:00:00Z"); empty for an invalid time.
QString isoUtc(const QDateTime &time);
QString isoUtcMs(qint64 utcMs);

} // namespace omsdash::reportformat
