// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>

class QWidget;

namespace omsdash::picture {

/// "omsdash_<instance>_<project>_<what>_20261121T083000Z.<suffix>": the default name of a
/// picture or report, with the instance, the project (either may be empty) and the UTC time;
/// characters a file name should not hold become '-'.
QString fileName(const QString &instance, const QString &project, const QString &what, const QString &suffix,
                 const QDateTime &utc = QDateTime::currentDateTimeUtc());

/// A PNG of @p widget as it is on screen; false with @p error when it cannot be written.
bool savePng(QWidget *widget, const QString &path, QString *error);
/// An SVG of @p widget (vector lines and text), titled @p title.
bool saveSvg(QWidget *widget, const QString &path, const QString &title, QString *error);
/// Puts a picture of @p widget on the clipboard.
void copyToClipboard(QWidget *widget);

} // namespace omsdash::picture
