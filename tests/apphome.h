// SPDX-License-Identifier: MIT
#pragma once

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcessEnvironment>

/// The environment to run omsdash in with everything it may write (settings, data, cache)
/// under @p home, on the offscreen platform.
inline QProcessEnvironment appEnvironment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QDir dir(home);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), dir.filePath(QStringLiteral("cache")));
    return env;
}

/// The files under @p home (hidden ones too) whose bytes contain @p secret, skipping names
/// ending in @p skipSuffix (the test's own secret files); @p scanned counts the files read.
inline QStringList filesHolding(const QString &home, const QString &secret, int *scanned,
                                const QString &skipSuffix = {})
{
    QStringList holding;
    *scanned = 0;
    QDirIterator it(home, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!skipSuffix.isEmpty() && path.endsWith(skipSuffix))
            continue;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly) || f.readAll().contains(secret.toUtf8()))
            holding << path; // an unreadable file counts: it cannot be shown clean
        ++*scanned;
    }
    return holding;
}
