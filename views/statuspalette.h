// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace omsdash {
enum class StatusClass;
}

/// Every colour omsdash paints with, for the light and the dark theme alike: nowhere else in
/// the code is a colour written down (tst_palette checks). Functions without a palette
/// argument answer for the application's palette (dark when its window is dark); report
/// colours are for paper, always light.
namespace omsdash::palette {

/// While one exists, every colour is the light theme's whatever the application's: reports
/// are printed on white paper (the GUI thread only, for the time a report is drawn).
class PaperColours
{
public:
    PaperColours();
    ~PaperColours();
    PaperColours(const PaperColours &) = delete;
    PaperColours &operator=(const PaperColours &) = delete;
};

/// Whether @p p is a dark palette (its window darker than mid-grey).
bool isDark(const QPalette &p);
/// isDark() of the application's palette.
bool isDark();

/// Colour of a project, step or table status (by omsdash::classifyStatus).
QColor statusColor(const QString &status);
/// The same by class (what a count of projects stands for).
QColor statusClassColor(StatusClass statusClass);
/// Colour of an alarm level: HIGH red, MEDIUM orange, LOW blue, IGNORE grey; unknown purple.
QColor alarmLevelColor(const QString &alarmLevel);
/// The same by rank (ProjectListModel::AlarmRankRole: HIGH 3 .. IGNORE 0; -1 unknown).
QColor alarmRankColor(int rank);
/// A pale tint of @p color for row backgrounds.
QColor tint(const QColor &color, int alpha = 38);
/// Readable text colour on a filled @p background.
QColor textOn(const QColor &background);
/// Text of an error or warning line (a failed poll, a refused connection test).
QColor errorText();
/// Text of rows holding the last good data after a failed poll.
QColor staleText();
/// The empty part of a progress bar or a step's time lane.
QColor track();
/// The timeline's rail through the steps.
QColor rail();

/// The charts' series: source and destination (RPS, RT, throughput), latency and its age.
QColor chartSource();
QColor chartDestination();
QColor chartLatency();
QColor chartSampleAge();

/// Instance health: answering, failing but reachable, down, not polled yet.
QColor healthUp();
QColor healthFailing();
QColor healthDown();
QColor healthUnknown();

/// Paper colours of the PDF and HTML reports (light whatever the theme).
QColor reportTrack();
QColor reportBorder();
QColor reportHeading();
QColor reportFooterText();
QColor reportErrorText();

} // namespace omsdash::palette
