// SPDX-License-Identifier: MIT
#pragma once

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>

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

/// Starts omsdash-sim (@p program) on a free loopback port with @p password in @p sim and
/// returns its base URL, "http://127.0.0.1:PORT"; empty when it did not say where it listens
/// within 10 s.
inline QString startSimulator(QProcess &sim, const QString &program, const QString &password,
                              const QStringList &more = {})
{
    sim.setProgram(program);
    sim.setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--password"), password}
                     + more);
    sim.start();
    if (!sim.waitForStarted() || !sim.waitForReadyRead(10000))
        return {};
    while (!sim.canReadLine() && sim.waitForReadyRead(10000)) {
    }
    const QString line = QString::fromUtf8(sim.readLine());
    const auto match = QRegularExpression(QStringLiteral("127\\.0\\.0\\.1:(\\d+)")).match(line);
    return match.hasMatch() ? QStringLiteral("http://127.0.0.1:%1").arg(match.captured(1)) : QString();
}
