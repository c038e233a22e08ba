// SPDX-License-Identifier: MIT
#pragma once

#include "report.h"

#include <QAbstractTextDocumentLayout>
#include <QColor>
#include <QFont>
#include <QImage>
#include <QSize>


namespace omsdash::reportdoc {

/// The charts of one project over [fromMs, toMs] (UTC ms), as the detail pane draws them
/// (createProjectCharts()): title and picture of each chart that has samples in the range.
/// Needs a QApplication (any platform, offscreen included).
struct ChartPicture
{
    QString title;
    QImage image;
};
QList<ChartPicture> renderCharts(const ProjectReport &project, qint64 fromMs, qint64 toMs,
                                 QSize size = QSize(860, 300));

/// The report as a self-contained HTML file (UTF-8, charts as embedded PNG data URLs): the
/// title block, the instance alerts and the summary of every project worst first, then per
/// project on a new page its facts (instance, project, type, source and sink, status and alarm
/// level), progress bars, the step timeline, the charts, the incremental latency summary and
/// the per-table summary. Times are UTC. Made project by project: one project's charts at a
/// time are pictures in memory.
QByteArray htmlFile(const Report &report);

/// An A4 PDF of the same content with a header and "Page n of N" on every page. Returns
/// false with @p error when the file cannot be written; the file is then not left half-made.
bool writePdf(const Report &report, const QString &path, QString *error);

/// writePdf() in two steps. preparePdf() on the GUI thread: the charts and the HTML, in paper
/// colours. writePdf(const PreparedPdf &) lays it out and writes it on any thread, one section
/// at a time, so its memory does not grow with the number of projects (what does: each
/// section's HTML and its charts as PNG, some tens of kilobytes a chart).
struct PreparedPdf
{
    /// A run of pages: the title block and summary, then one per project.
    struct Section
    {
        QString html;                                ///< a whole document, as htmlFile()'s content
        QList<std::pair<QString, QByteArray>> charts; ///< resource URL -> chart picture as PNG
    };
    QList<Section> sections;
    QString header;                           ///< the line atop every page
    QColor footerColor;
    QFont font;                               ///< the application's, read on the GUI thread
    /// The text's colours: paper (light) whatever the window's theme; made on the GUI thread,
    /// so the writer never reads the application's palette.
    QAbstractTextDocumentLayout::PaintContext paper;
};
PreparedPdf preparePdf(const Report &report);
bool writePdf(const PreparedPdf &pdf, const QString &path, QString *error);

} // namespace omsdash::reportdoc
