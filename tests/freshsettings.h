// SPDX-License-Identifier: MIT
#pragma once
// A test that builds windows starts from no saved state (column layouts, splitters, the
// window's selection): its own settings, cleared. Tests also run with XDG_CONFIG_HOME in the
// build tree (tests/CMakeLists.txt), never the user's.

#include <QCoreApplication>
#include <QSettings>

inline void useFreshSettings()
{
    QCoreApplication::setOrganizationName(QStringLiteral("omsdash-tests"));
    QSettings().clear();
}
