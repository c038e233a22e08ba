// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QString>

namespace omsdash::palette {

/// Colour of a project, step or table status (by omsdash::classifyStatus).
QColor statusColor(const QString &status);
/// Colour of an alarm level: HIGH red, MEDIUM orange, LOW blue, IGNORE grey; unknown purple.
QColor alarmLevelColor(const QString &alarmLevel);
/// Text of an error or warning line (a failed poll, a refused connection test).
QColor errorText();
/// A pale tint of @p color for row backgrounds.
QColor tint(const QColor &color, int alpha = 38);
/// Readable text colour on a filled @p background.
QColor textOn(const QColor &background);

} // namespace omsdash::palette
