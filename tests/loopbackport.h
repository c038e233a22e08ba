// SPDX-License-Identifier: MIT
#pragma once

#include <QHostAddress>
#include <QProcess>
#include <QStringList>
#include <QTcpServer>
#include <QTest>

#include <functional>

/// Starts @p process (@p program with @p arguments(port)) on a loopback port the system picks,
/// and waits up to @p timeoutMs for @p ready(port). The port is free when picked, but another
/// process may bind it before @p program does, which then exits: it is started again on another
/// port, up to @p attempts times. @p ready should check that it is @p program answering, not
/// whatever took the port. Returns the port, or 0 when the process never became ready (it is
/// killed when still running).
inline quint16 startOnLoopbackPort(QProcess &process, const QString &program,
                                   const std::function<QStringList(quint16)> &arguments,
                                   const std::function<bool(quint16)> &ready, int timeoutMs, int attempts = 3)
{
    for (int attempt = 0; attempt < attempts; ++attempt) {
        quint16 port = 0;
        {
            QTcpServer probe;
            if (!probe.listen(QHostAddress::LocalHost, 0))
                return 0;
            port = probe.serverPort();
        }
        process.start(program, arguments(port));
        if (!process.waitForStarted())
            return 0;
        const bool answered = QTest::qWaitFor(
            [&] { return process.state() != QProcess::Running || ready(port); }, timeoutMs);
        if (answered && process.state() == QProcess::Running)
            return port;
        if (process.state() == QProcess::Running) { // neither ready nor gone
            process.kill();
            process.waitForFinished();
            return 0;
        }
        process.waitForFinished();
        qWarning("%s exited (code %d) before it answered on port %u, which another process may have "
                 "taken; trying another port",
                 qPrintable(program), process.exitCode(), unsigned(port));
    }
    return 0;
}
