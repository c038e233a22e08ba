// SPDX-License-Identifier: MIT
#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace omsdash::language {

namespace {
/// The translators installed now, owned by the application.
struct Installed
{
    QPointer<QTranslator> plurals;
    QPointer<QTranslator> qt;
    QPointer<QTranslator> omsdash;
};

Installed &installed()
{
    static Installed i;
    return i;
}

void replace(QPointer<QTranslator> &slot, QTranslator *fresh)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot;
    }
    slot = fresh;
    if (fresh)
        QCoreApplication::installTranslator(fresh);
}
} // namespace

QString install(const QString &code)
{
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    QLocale::setDefault(locale);
    Installed &now = installed();
    // English plural forms ("1 project", "8 projects") first: every catalogue installed later
    // is asked before it.
    auto *plurals = new QTranslator(QCoreApplication::instance());
    replace(now.plurals, plurals->load(QStringLiteral(":/i18n/omsdash_en.qm")) ? plurals : nullptr);
    if (!now.plurals)
        delete plurals;
    auto *qt = new QTranslator(QCoreApplication::instance());
    const bool qtLoaded = qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                                   QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    replace(now.qt, qtLoaded ? qt : nullptr);
    if (!qtLoaded)
        delete qt;
    auto *own = new QTranslator(QCoreApplication::instance());
    const bool ownLoaded = own->load(locale, QStringLiteral("omsdash"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    replace(now.omsdash, ownLoaded ? own : nullptr);
    if (!ownLoaded)
        delete own;
    return locale.name();
}

} // namespace omsdash::language
