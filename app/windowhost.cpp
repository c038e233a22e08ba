// SPDX-License-Identifier: MIT
#include "windowhost.h"

#include "language.h"
#include "mainwindow.h"
#include "pollingcontrol.h"
#include "preferences.h"

#include <QTimer>

#include <utility>

namespace omsdash {

WindowHost::WindowHost(Factory make, AppPreferences *preferences, QObject *parent)
    : QObject(parent)
    , m_make(std::move(make))
    , m_window(m_make())
{
    connect(preferences, &AppPreferences::languageChanged, this, &WindowHost::switchLanguage);
}

WindowHost::~WindowHost() = default;

void WindowHost::switchLanguage(const QString &language)
{
    m_language = language;
    m_languagePending = true;
    // After the Preferences dialog has returned: it is the old window's child.
    QTimer::singleShot(0, this, &WindowHost::remake);
}

void WindowHost::remake()
{
    MainWindow *old = m_window.get();
    if (old->isExportingReport()) {
        // Neither the window nor the locale changes under a report being written: once it
        // is written (or not), and said so in the old window.
        connect(old, &MainWindow::reportExported, this, &WindowHost::remake,
                Qt::ConnectionType(Qt::QueuedConnection | Qt::SingleShotConnection));
        return;
    }
    if (std::exchange(m_languagePending, false))
        language::install(m_language);
    // Where the old one is, read before the new one exists: a new window selects a project of
    // its own, which would move the sessions' selection.
    old->saveWindowState();
    const bool visible = old->isVisible();
    const bool paused = old->polling()->isPaused();
    const bool wall = old->isWallMode();
    old->setWallMode(false);
    old->hide();
    std::unique_ptr<MainWindow> fresh = m_make();
    m_window.release()->deleteLater(); // not inside one of its own signals
    m_window = std::move(fresh);
    m_window->restoreWindowState();
    m_window->restoreSelection();
    if (visible)
        m_window->show();
    m_window->polling()->setPaused(paused);
    m_window->polling()->start(); // unless paused
    m_window->setWallMode(wall);
}

} // namespace omsdash
