// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/// The interface language: omsdash's catalogue, the English plural forms behind it, and Qt's
/// own (qtbase: OK, Cancel, the file dialogs).
namespace omsdash::language {

/// Installs the catalogues of @p code (empty: the system's locale; "en"; "zh_CN"), replacing
/// those installed before, and makes it the default QLocale. Every widget then receives
/// QEvent::LanguageChange. Returns the locale name now in force ("zh_CN", "en_US").
QString install(const QString &code);

} // namespace omsdash::language
