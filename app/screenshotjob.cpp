// SPDX-License-Identifier: MIT
#include "screenshotjob.h"

#include "instancesession.h"
#include "mainwindow.h"
#include "projectlistmodel.h"

#include <QTextStream>

namespace omsdash {

ScreenshotJob::ScreenshotJob(MainWindow *window, const QString &path, int delaySeconds,
                             int timeoutSeconds, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_path(path)
    , m_delayMs(delaySeconds * 1000)
{
    for (InstanceSession *s : window->sessions()) {
        connect(s, &InstanceSession::projectsUpdated, this, &ScreenshotJob::check);
        connect(s, &InstanceSession::detailUpdated, this, &ScreenshotJob::check);
        connect(s, &InstanceSession::errorOccurred, this, [this, s](const ApiError &e) {
            if (e.kind == ApiError::Kind::Auth)
                finish(AuthFailed, QStringLiteral("omsdash: %1: %2").arg(s->name(), e.toString()));
        });
    }
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this, timeoutSeconds] {
        if (m_capturing)
            return;
        // Each instance that did not answer, with why as far as known.
        QStringList why;
        for (const InstanceSession *s : m_window->sessions()) {
            if (s->hasProjects())
                continue;
            why << QStringLiteral("%1: %2").arg(s->name(), s->lastError().isError() ? s->lastError().toString()
                                                                                     : tr("no answer"));
        }
        if (why.isEmpty()) {
            const InstanceSession *s = m_window->currentSession();
            why << (s ? tr("%1: no detail of %2").arg(s->name(), s->selectedProject()) : tr("no project to show"));
        }
        finish(NoData, tr("omsdash: no data arrived within %1 s (%2)").arg(timeoutSeconds).arg(why.join(QStringLiteral("; "))));
    });
    m_timeout.start(timeoutSeconds * 1000);
    QTimer::singleShot(0, this, &ScreenshotJob::check);
}

void ScreenshotJob::check()
{
    InstanceSession *s = m_window->currentSession();
    if (m_capturing || m_done || !s || !s->hasProjects())
        return;
    if (s->projects()->rowCount() > 0 && !s->hasDetail())
        return; // the first project's detail is still on its way
    m_capturing = true;
    m_timeout.stop();
    // Let the views lay out and paint what arrived before grabbing.
    QTimer::singleShot(m_delayMs + 300, this, &ScreenshotJob::capture);
}

void ScreenshotJob::capture()
{
    QString error;
    if (!m_window->saveScreenshot(m_path, &error))
        finish(WriteFailed, QStringLiteral("omsdash: ") + error);
    else
        finish(Ok, {});
}

void ScreenshotJob::finish(int code, const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    if (!message.isEmpty())
        QTextStream(stderr) << message << '\n';
    emit finished(code);
}

} // namespace omsdash
