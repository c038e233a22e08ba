// SPDX-License-Identifier: MIT
#pragma once

#include <QPalette>
#include <QString>

/// The application's theme: the platform's own colours (the default, so a desktop in dark
/// mode gets dark omsdash where its Qt platform theme says so), or light or dark whatever the
/// platform, chosen in View > Theme and kept in QSettings ("view/theme"). The colours omsdash
/// paints with come from palette::, which follows the theme applied here.
namespace omsdash::theme {

enum class Mode { System, Light, Dark };

/// Remembers the platform's palette and style, then applies @p mode. Call once, after the
/// QApplication exists.
void init(Mode mode);
/// Applies @p mode to the application (style and palette); every widget gets a PaletteChange.
void apply(Mode mode);
Mode mode();

/// "system", "light", "dark" and back; an unknown name is System.
QString modeName(Mode mode);
Mode modeFromName(const QString &name);

/// Fusion's light palette, and its dark one.
QPalette lightPalette();
QPalette darkPalette();

} // namespace omsdash::theme
