// SPDX-License-Identifier: MIT
#pragma once

#include <QFile>
#include <QTest>

/// The bytes of tests/fixtures/@p name; fails the current test when it cannot be read.
inline QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(OMSDASH_FIXTURES "/") + name);
    if (!f.open(QIODevice::ReadOnly)) {
        qWarning("cannot read fixture %s", qPrintable(name));
        return {};
    }
    return f.readAll();
}
