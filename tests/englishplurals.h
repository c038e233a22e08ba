// SPDX-License-Identifier: MIT
#pragma once
// The English plural forms the application loads under every locale (omsdash_en.qm), so a
// test reads "%n project(s)" as a user does: "1 project", "8 projects".

#include <QCoreApplication>
#include <QTranslator>
#include <QtTest>

inline bool installEnglishPlurals()
{
    static QTranslator translator;
    if (!translator.load(QStringLiteral(OMSDASH_EN_QM)))
        return false;
    return QCoreApplication::installTranslator(&translator);
}
