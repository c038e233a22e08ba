// SPDX-License-Identifier: MIT
#pragma once

#include <QDir>
#include <QFile>
#include <QList>
#include <QTest>

#include <utility>

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

/// Every body a decoder has been shown: the files of tests/fixtures, tests/fixtures/fuzz and
/// ../shared/fuzz, as (file name, bytes).
inline QList<std::pair<QString, QByteArray>> fixtureBodies()
{
    QList<std::pair<QString, QByteArray>> bodies;
    const QString dirs[] = {QStringLiteral(OMSDASH_FIXTURES), QStringLiteral(OMSDASH_FIXTURES "/fuzz"),
                            QStringLiteral(OMSDASH_FIXTURES "/../../../shared/fuzz")};
    for (const QString &dir : dirs) {
        const QDir d(dir);
        for (const QString &name : d.entryList(QDir::Files)) {
            QFile f(d.filePath(name));
            if (f.open(QIODevice::ReadOnly))
                bodies.append({name, f.readAll()});
        }
    }
    return bodies;
}
