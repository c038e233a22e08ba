// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

/// The Prometheus exposition formats, written from plain values: the text format 0.0.4 that
/// every Prometheus reads, and OpenMetrics 1.0 for a scraper that asks for it. Debian packages
/// no C++ Prometheus client, and the formats are a page each
/// (https://prometheus.io/docs/instrumenting/exposition_formats/, the OpenMetrics spec).
namespace omsdash {

/// A metric family: every sample of one metric name.
struct MetricFamily
{
    enum class Type {
        Gauge,
        /// A counter: name() without "_total"; the samples are written as name_total.
        Counter,
        /// An info metric: name() without "_info"; samples (value 1) are written as name_info.
        /// A gauge in the text format 0.0.4.
        Info,
        /// A state set: each sample carries a label called name() whose value is the state,
        /// 1 for the current state, 0 for the others. A gauge in the text format 0.0.4.
        StateSet,
    };

    QString name;  ///< e.g. "omsdash_project_incremental_latency_seconds": [a-zA-Z_:][a-zA-Z0-9_:]*
    Type type = Type::Gauge;
    QString help;  ///< one line; escaped when written
    QString unit;  ///< "seconds", "ratio", "bytes"...: name() ends with "_" + unit; may be empty
    /// One sample: its labels in order, and its value.
    struct Sample
    {
        QList<std::pair<QString, QString>> labels; ///< (name, value); values any UTF-8 text, escaped when written
        double value = 0;
    };
    QList<Sample> samples;
};

enum class ExpositionFormat {
    Text,        ///< text/plain; version=0.0.4
    OpenMetrics, ///< application/openmetrics-text; version=1.0.0
};

/// The format a scraper's `Accept` header asks for: OpenMetrics when it names
/// application/openmetrics-text with a q above 0 and no lower than text/plain's, else the
/// text format (also for no header at all).
ExpositionFormat negotiateExposition(const QByteArray &accept);
/// The Content-Type of @p format, with charset=utf-8.
QByteArray expositionContentType(ExpositionFormat format);

/// @p families in @p format: HELP, TYPE (and UNIT in OpenMetrics) before each family's samples,
/// label values and help escaped (backslash, double quote, line feed), numbers in their
/// shortest exact form (NaN, +Inf, -Inf as the formats spell them); OpenMetrics ends with
/// "# EOF". A family without samples is written with its HELP and TYPE only. Names are not
/// checked: the caller's are constants.
QByteArray writeExposition(const QList<MetricFamily> &families, ExpositionFormat format);

/// @p value escaped for a label value: \\ for a backslash, \" for a double quote, \n for a line feed.
QString escapeLabelValue(const QString &value);

} // namespace omsdash
