// SPDX-License-Identifier: MIT
#include "reportdocument.h"

#include "alertlogmodel.h"

#include "format.h"
#include "metricchart.h"
#include "projectcharts.h"
#include "reportformat.h"
#include "statuspalette.h"
#include "theme.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QWidget>

#include <functional>

namespace omsdash::reportdoc {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("omsdash::reportdoc", text, disambiguation, n);
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

/// In tables: the header says the times are UTC.
QString utc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : fmt::dash();
}

/// "+08:00", "-05:30"; empty for UTC itself.
QString utcOffset(int seconds)
{
    if (seconds == 0)
        return {};
    const int minutes = std::abs(seconds) / 60;
    return QStringLiteral("%1%2:%3")
        .arg(QChar(seconds < 0 ? u'-' : u'+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString utcMs(qint64 ms)
{
    return fmt::utcTime(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
}

QString seconds(std::optional<double> s)
{
    return s ? fmt::duration(s) : fmt::dash();
}

/// A coloured label, as the window's badges.
QString badge(const QString &text, const QColor &color)
{
    if (text.isEmpty())
        return fmt::dash();
    return QStringLiteral("<span style=\"background-color:%1; color:%2; font-weight:bold\">&nbsp;%3&nbsp;</span>")
        .arg(color.name(), palette::textOn(color).name(), esc(text));
}

/// A progress bar as a two-cell table (QTextDocument draws no CSS widths on spans).
QString bar(std::optional<int> percent, const QColor &color)
{
    if (!percent)
        return fmt::dash();
    const int p = std::clamp(*percent, 0, 100);
    QString cells;
    if (p > 0)
        cells += QStringLiteral("<td width=\"%1%\" bgcolor=\"%2\"></td>").arg(p).arg(color.name());
    if (p < 100)
        cells += QStringLiteral("<td width=\"%1%\" bgcolor=\"%2\"></td>").arg(100 - p).arg(palette::reportTrack().name());
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"><tr>%1</tr></table>%2 %")
        .arg(cells)
        .arg(p);
}

QString row(const QStringList &cells, bool header = false)
{
    const QString tag = header ? QStringLiteral("th") : QStringLiteral("td");
    QString html = QStringLiteral("<tr>");
    for (const QString &c : cells)
        html += QStringLiteral("<%1>%2</%1>").arg(tag, c);
    return html + QStringLiteral("</tr>");
}

QString tableOpen()
{
    return QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                          "style=\"border-color:%1; border-style:solid\">").arg(palette::reportBorder().name());
}

QString tableName(const TableProgress &t)
{
    const QString source = t.sourceSchema.isEmpty() ? t.sourceTable : t.sourceSchema + u'.' + t.sourceTable;
    const QString dest = t.destSchema.isEmpty() ? t.destTable : t.destSchema + u'.' + t.destTable;
    return dest.isEmpty() || dest == source ? source : QStringLiteral("%1 → %2").arg(source, dest);
}

/// The visible note of what a report or a project lacks: a heading and one line per call.
QString gapsHtml(const QList<ReportGap> &gaps, const QString &heading)
{
    if (gaps.isEmpty())
        return {};
    QString h = QStringLiteral("<p><b>⚠ %1</b></p><ul>").arg(esc(heading));
    for (const ReportGap &g : gaps) {
        const QString who = g.projectId.isEmpty() ? g.instance : QString();
        h += QStringLiteral("<li>%1</li>").arg(esc(who.isEmpty() ? g.toString() : who + QStringLiteral(" · ") + g.toString()));
    }
    return h + QStringLiteral("</ul>");
}

/// The alert log's rows of a report's range: time (UTC), event, severity, rule, message.
QString alertsHtml(const QList<AlertLogEntry> &alerts, bool withInstance)
{
    QString h = tableOpen();
    QStringList head{esc(tr("Time")), esc(tr("Event")), esc(tr("Severity")), esc(tr("Rule"))};
    if (withInstance)
        head << esc(tr("Instance"));
    head << esc(tr("Message"));
    h += row(head, true);
    for (const AlertLogEntry &e : alerts) {
        const auto rule = alertRuleFromName(e.rule);
        QStringList cells{QStringLiteral("<span style=\"white-space:nowrap\">%1</span>").arg(esc(utcMs(e.timeMs))),
                          esc(AlertLogModel::kindText(e.kind)), badge(e.severity, palette::alarmLevelColor(e.severity)),
                          esc(rule ? alertRuleTitle(*rule) : e.rule)};
        if (withInstance)
            cells << esc(e.instance);
        cells << esc(e.message);
        h += row(cells);
    }
    return h + QStringLiteral("</table>");
}

/// @p html with a break opportunity after each "_", so STRUCT_TRANSFER wraps as
/// STRUCT_ / TRANSFER in a narrow column rather than mid-word.
QString breakable(QString html)
{
    return html.replace(QLatin1Char('_'), QStringLiteral("_\u200B"));
}

/// A chart's picture where the HTML refers to it: the src attribute and the picture's size.
struct ChartRef
{
    QString source;
    QSize size;
};

/// One project's pages: facts, progress bars, the step timeline, the charts (@p charts),
/// the incremental latency summary and the per-table summary.
QString projectHtml(const ProjectReport &p, const QList<ChartRef> &charts)
{
    const ProjectSummary &s = p.summary;
    const QString status = p.status();
    const QString alarm = p.alarmLevel();
    const QString step = p.currentStep();
    QString h;
    h += QStringLiteral("<h1>%1</h1>").arg(esc(s.name.isEmpty() ? s.id : s.name));
    h += gapsHtml(p.gaps, tr("Incomplete: these could not be fetched, so what they would show is missing or "
                             "comes from the project list"));
    h += tableOpen();
    const auto fact = [&h](const QString &name, const QString &value) {
        h += QStringLiteral("<tr><th align=\"left\" width=\"28%\">%1</th><td>%2</td></tr>").arg(esc(name), value);
    };
    // A middle dot, not parentheses: instance names often carry their own ("oms-prod (demo)").
    fact(tr("Instance"), esc(QStringLiteral("%1 · %2").arg(p.instance, apiKindToString(p.api))));
    fact(tr("Project"), esc(QStringLiteral("%1 · %2").arg(s.name, s.id)));
    // The console's word, and the API's code beside it where they differ (zh_CN).
    const auto withCode = [](const QString &word, const QString &code) {
        return word == code ? esc(word) : esc(QStringLiteral("%1 (%2)").arg(word, code));
    };
    fact(tr("Type"), withCode(projectTypeText(s.type), s.type));
    fact(tr("Source → sink"), esc(s.sourceType.isEmpty() && s.sinkType.isEmpty()
                                      ? fmt::dash()
                                      : QStringLiteral("%1 → %2").arg(s.sourceType, s.sinkType)));
    const QString statusWord = statusText(status, s.type);
    fact(tr("Status"), badge(statusWord, palette::statusColor(status))
                           + (statusWord == status ? QString() : esc(QStringLiteral(" (%1)").arg(status))));
    const QString alarmWord = alarmLevelText(alarm);
    fact(tr("Alarm level"), badge(alarmWord, palette::alarmLevelColor(alarm))
                                + (alarmWord == alarm ? QString() : esc(QStringLiteral(" (%1)").arg(alarm))));
    fact(tr("Current step"), step.isEmpty() ? esc(fmt::dash()) : withCode(stepText(step), step));
    fact(tr("Incremental latency"),
         p.latency.seconds ? esc(tr("%1, sampled %2").arg(seconds(p.latency.seconds), utc(p.latency.sampleTime)))
                           : esc(fmt::dash()));
    const QColor running = palette::statusColor(QStringLiteral("RUNNING"));
    fact(tr("Schema migration"), bar(p.structProgress(), running));
    fact(tr("Full migration"), bar(p.fullProgress(), running));
    h += QStringLiteral("</table>");

    // The step timeline.
    const QList<Step> &steps = p.steps();
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Steps")));
    if (steps.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("This API reports no steps.")));
    } else {
        h += tableOpen();
        h += row({esc(tr("#")), esc(tr("Step")), esc(tr("Status")), esc(tr("Start")), esc(tr("Finish")),
                  esc(tr("Duration")), esc(tr("Progress")), esc(tr("Error"))},
                 true);
        for (const Step &st : steps) {
            const QString error = st.errorCode.isEmpty() && st.errorMessage.isEmpty()
                                      ? QString()
                                      : QStringLiteral("%1 %2").arg(st.errorCode, st.errorMessage).trimmed();
            h += row({QString::number(st.order), QStringLiteral("%1").arg(breakable(withCode(stepText(st.name), st.name))), badge(statusText(st.status), palette::statusColor(st.status)),
                      esc(utc(st.startTime)), esc(utc(st.finishTime)), esc(seconds(finishedStepSeconds(st))),
                      esc(fmt::percent(st.progress ? std::optional<double>(*st.progress) : std::nullopt)),
                      error.isEmpty() ? QString() : QStringLiteral("<span style=\"color:%1\">%2</span>").arg(palette::reportErrorText().name(), esc(error))});
        }
        h += QStringLiteral("</table>");
    }

    // What fired in the range.
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Alerts")));
    h += p.alerts.isEmpty() ? QStringLiteral("<p>%1</p>").arg(esc(tr("No alerts in this range.")))
                            : alertsHtml(p.alerts, false);

    // Charts of the range.
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Metrics")));
    if (charts.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("No metric samples in this range.")));
    // Width and height both given: the layout needs no picture to size one (writePdf() counts
    // the pages before it decodes any).
    constexpr int width = 640;
    for (const ChartRef &c : charts)
        h += QStringLiteral("<p><img src=\"%1\" width=\"%2\" height=\"%3\"></p>")
                 .arg(c.source)
                 .arg(width)
                 .arg(c.size.isEmpty() ? 0 : qRound(double(width) * c.size.height() / c.size.width()));

    // Incremental latency over the range.
    const LatencySummary ls = latencySummary(p);
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Incremental latency")));
    h += tableOpen();
    h += row({esc(tr("Current")), esc(tr("Minimum")), esc(tr("Average")), esc(tr("95th percentile")),
              esc(tr("Maximum")), esc(tr("Samples"))},
             true);
    h += row({esc(seconds(ls.current)), esc(seconds(ls.min)), esc(seconds(ls.average)), esc(seconds(ls.p95)),
              esc(seconds(ls.max)), QString::number(ls.samples)});
    h += QStringLiteral("</table>");

    // Per-table summary.
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Tables")));
    if (p.tables.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("No per-table progress for this project.")));
    } else {
        const TableSummary ts = tableSummary(p.tables);
        QStringList counts;
        for (const auto &[st, n] : ts.byStatus)
            counts << QStringLiteral("%1: %2").arg(st.isEmpty() ? tr("no status") : statusText(st)).arg(n);
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("%n table(s) · %1 · %2 inconsistent", nullptr, ts.total)
                                                     .arg(counts.join(QStringLiteral(", ")))
                                                     .arg(ts.inconsistent.size())));
        if (!ts.slowest.isEmpty()) {
            h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Slowest unfinished tables")));
            h += tableOpen() + row({esc(tr("Table")), esc(tr("Status")), esc(tr("Progress"))}, true);
            for (const TableProgress &t : ts.slowest)
                h += row({esc(tableName(t)), esc(statusText(t.status)), esc(fmt::percent(t.progress))});
            h += QStringLiteral("</table>");
        }
        if (!ts.inconsistent.isEmpty()) {
            h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Inconsistent tables")));
            h += tableOpen() + row({esc(tr("Table")), esc(tr("Mismatched")), esc(tr("Source only")),
                                    esc(tr("Destination only")), esc(tr("Message"))},
                                   true);
            for (const TableProgress &t : ts.inconsistent)
                h += row({esc(tableName(t)), esc(fmt::count(t.mismatchedCount)), esc(fmt::count(t.sourceOnlyCount)),
                          esc(fmt::count(t.destOnlyCount)), esc(t.message)});
            h += QStringLiteral("</table>");
        }
    }
    return h;
}

/// @p image as PNG; @p quality as QImage::save() takes it (-1: zlib's default level).
QByteArray png(const QImage &image, int quality = -1)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG", quality);
    return bytes;
}

QString pngDataUrl(const QImage &image)
{
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png(image).toBase64());
}

/// The first page: every project worst first, one line each, before the project pages.
QString summaryHtml(const Report &report)
{
    QString h = QStringLiteral("<h1>%1</h1>").arg(esc(tr("Summary")));
    h += tableOpen();
    h += row({esc(tr("Project")), esc(tr("Instance")), esc(tr("Status")), esc(tr("Alarm level")),
              esc(tr("Current step")), esc(tr("Incremental latency")), esc(tr("Open alerts"))},
             true);
    for (const ProjectReport &p : report.projects) {
        const QString status = p.status();
        const QString alarm = p.alarmLevel();
        const QString step = p.currentStep();
        const int open = openAlertCount(p);
        h += row({esc(p.summary.name.isEmpty() ? p.summary.id : p.summary.name), esc(p.instance),
                  badge(statusText(status, p.summary.type), palette::statusColor(status)),
                  alarm.isEmpty() ? esc(fmt::dash()) : badge(alarmLevelText(alarm), palette::alarmLevelColor(alarm)),
                  step.isEmpty() ? esc(fmt::dash()) : breakable(esc(stepText(step))),
                  esc(seconds(p.latency.seconds)),
                  open > 0 ? QStringLiteral("<b>%1</b>").arg(open) : QStringLiteral("0")});
    }
    return h + QStringLiteral("</table>");
}

QString instancesOf(const Report &report)
{
    QStringList names;
    for (const ProjectReport &p : report.projects) {
        if (!names.contains(p.instance))
            names << p.instance;
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

QList<ChartPicture> renderCharts(const ProjectReport &project, qint64 fromMs, qint64 toMs, QSize size)
{
    MetricHistory history;
    history.setMaxSamplesPerProject(std::max(2, int(project.samples.size())));
    history.merge(project.summary.id, project.samples);
    const palette::PaperColours paper; // charts for paper, whatever the window's theme
    QWidget host;
    host.setPalette(theme::lightPalette());
    host.setAttribute(Qt::WA_DontShowOnScreen);
    const QList<MetricChart *> charts = createProjectCharts(&host);
    QList<ChartPicture> pictures;
    for (MetricChart *chart : charts) {
        chart->resize(size);
        chart->setAttribute(Qt::WA_DontShowOnScreen);
        chart->show();
        chart->setTimeRange(fromMs, toMs);
        chart->setStepStarts(stepStarts(project.steps()));
        chart->refresh(&history, project.summary.id);
        if (chart->isShowingEmptyText())
            continue;
        QCoreApplication::processEvents(); // let the chart lay out its new geometry
        pictures << ChartPicture{chart->title(), chart->grab().toImage()};
    }
    return pictures;
}

namespace {

/// @p body as a document of its own, with the report's title and style.
QString document(const QString &body)
{
    return QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title>"
                          "<style>body { font-family: sans-serif; } th { background-color: %2; }"
                          " h1 { font-size: x-large; } h2 { font-size: large; }</style></head><body>%3</body></html>")
        .arg(esc(tr("omsdash report")), palette::reportHeading().name(), body);
}

/// The title block, what the report lacks, the instance alerts and the summary of every project.
QString frontHtml(const Report &report)
{
    const QDateTime made = QDateTime::fromMSecsSinceEpoch(report.generatedMs);
    QString h = QStringLiteral("<p><b>%1</b> · %2<br>%3<br>%4</p>")
                    .arg(esc(tr("omsdash report")), esc(instancesOf(report)),
                         esc(tr("Made %1 · covers %2 to %3")
                                 .arg(utcMs(report.generatedMs), utcMs(report.fromMs), utcMs(report.toMs))),
                         esc(tr("Times in tables are UTC; chart axes are in the local time of the machine that made "
                                "the report (UTC%1).")
                                 .arg(utcOffset(made.offsetFromUtc()))));
    h += gapsHtml(report.gaps, tr("Incomplete: these instances did not list their projects"));
    if (!report.alerts.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Instance alerts")));
        h += alertsHtml(report.alerts, true);
    }
    if (report.projects.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("The instance lists no projects.")));
    else
        h += summaryHtml(report);
    return h;
}

/// @p section laid out in @p doc for @p device in pages of @p body, each chart's picture from
/// @p picture(png).
void layOut(QTextDocument *doc, const PreparedPdf &pdf, const PreparedPdf::Section &section, QPaintDevice *device,
            const QSizeF &body, const std::function<QImage(const QByteArray &png)> &picture)
{
    doc->documentLayout()->setPaintDevice(device);
    doc->setDefaultFont(pdf.font);
    for (const auto &[url, bytes] : section.charts)
        doc->addResource(QTextDocument::ImageResource, QUrl(url), picture(bytes));
    doc->setHtml(section.html);
    doc->setPageSize(body);
}

} // namespace

QByteArray htmlFile(const Report &report)
{
    const palette::PaperColours paper;
    QString body = frontHtml(report);
    // Project by project: only one project's charts are ever decoded pictures.
    for (const ProjectReport &p : report.projects) {
        QList<ChartRef> charts;
        for (const ChartPicture &c : renderCharts(p, report.fromMs, report.toMs))
            charts << ChartRef{pngDataUrl(c.image), c.image.size()};
        body += QStringLiteral("<div style=\"page-break-before: always\"></div>") + projectHtml(p, charts);
    }
    return document(body).toUtf8();
}

bool writePdf(const Report &report, const QString &path, QString *error)
{
    return writePdf(preparePdf(report), path, error);
}

PreparedPdf preparePdf(const Report &report)
{
    const palette::PaperColours paper;
    PreparedPdf pdf;
    pdf.sections.append({document(frontHtml(report)), {}});
    for (int p = 0; p < report.projects.size(); ++p) {
        const ProjectReport &project = report.projects.at(p);
        PreparedPdf::Section section;
        QList<ChartRef> charts;
        const QList<ChartPicture> pictures = renderCharts(project, report.fromMs, report.toMs);
        for (int c = 0; c < pictures.size(); ++c) {
            const QString url = QStringLiteral("chart:%1-%2").arg(p).arg(c);
            // Held as PNG until written: a chart is mostly flat paper, so zlib's fastest level
            // (Qt's quality 80) packs its megabyte of pixels into a few tens of kilobytes.
            section.charts.append({url, png(pictures.at(c).image, 80)});
            charts << ChartRef{url, pictures.at(c).image.size()};
        }
        section.html = document(projectHtml(project, charts));
        pdf.sections.append(std::move(section));
    }
    pdf.header = tr("omsdash report · %1 · made %2").arg(instancesOf(report), utcMs(report.generatedMs));
    pdf.footerColor = palette::reportFooterText();
    pdf.font = QGuiApplication::font();
    pdf.paper.palette = theme::lightPalette();
    return pdf;
}

bool writePdf(const PreparedPdf &pdf, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(144);
        writer.setTitle(tr("omsdash report"));
        writer.setCreator(QStringLiteral("omsdash %1").arg(QCoreApplication::applicationVersion()));
        const QRect page = writer.pageLayout().paintRectPixels(writer.resolution());
        const int band = writer.resolution() / 3; // header and footer, a third of an inch each
        const QSizeF body(page.width(), page.height() - 2 * band);

        // One section at a time, so memory stays flat in the number of projects: first each
        // section's page count, for "Page n of N", laid out with a one-pixel stand-in for every
        // chart (the <img> tags give the size); then each laid out again with its pictures and
        // drawn.
        QImage standIn(1, 1, QImage::Format_RGB32);
        standIn.fill(0u); // never drawn: only its presence and the tags size the box
        QList<int> counts;
        int pages = 0;
        for (const PreparedPdf::Section &section : pdf.sections) {
            QTextDocument doc;
            layOut(&doc, pdf, section, &writer, body, [&standIn](const QByteArray &) { return standIn; });
            counts << doc.pageCount();
            pages += counts.constLast();
        }

        QPainter painter(&writer);
        QFont small = pdf.font;
        small.setPointSizeF(8);
        int done = 0;
        for (qsizetype s = 0; s < pdf.sections.size(); ++s) {
            QTextDocument doc;
            layOut(&doc, pdf, pdf.sections.at(s), &writer, body, [&standIn](const QByteArray &bytes) {
                // A picture that cannot be read keeps its counted box (a null one would not).
                const QImage image = QImage::fromData(bytes, "PNG");
                return image.isNull() ? standIn : image;
            });
            // The same layout as counted: the pictures only fill the boxes the tags sized. (Were
            // it not, every page is still drawn; only "of N" would be off.)
            const int sectionPages = doc.pageCount();
            if (sectionPages != counts.at(s))
                qWarning("omsdash: report section %lld laid out on %d pages, counted %d", qlonglong(s), sectionPages,
                         counts.at(s));
            for (int i = 0; i < sectionPages; ++i, ++done) {
                if (done > 0)
                    writer.newPage();
                painter.setFont(small);
                painter.setPen(pdf.footerColor);
                painter.drawText(QRect(0, 0, page.width(), band), Qt::AlignLeft | Qt::AlignTop, pdf.header);
                painter.drawText(QRect(0, page.height() - band, page.width(), band), Qt::AlignRight | Qt::AlignBottom,
                                 tr("Page %1 of %2").arg(done + 1).arg(pages));
                painter.save();
                painter.translate(0, band - i * body.height());
                QAbstractTextDocumentLayout::PaintContext context = pdf.paper;
                context.clip = QRectF(QPointF(0, i * body.height()), body);
                painter.setClipRect(context.clip);
                doc.documentLayout()->draw(&painter, context);
                painter.restore();
            }
        }
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace omsdash::reportdoc
