// SPDX-License-Identifier: MIT
#include "windowhost.h"

#include "language.h"
#include "mainwindow.h"
#include "pollingcontrol.h"
#include "preferences.h"

#include <QTimer>

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
    language::install(language);
    QTimer::singleShot(0, this, &WindowHost::remake);
}

void WindowHost::remake()
{
    std::unique_ptr<MainWindow> fresh = m_make();
    MainWindow *old = m_window.get();
    old->saveWindowState();
    const bool visible = old->isVisible();
    const bool paused = old->polling()->isPaused();
    const bool wall = old->isWallMode();
    old->setWallMode(false);
    old->hide();
    m_window.release()->deleteLater(); // not inside one of its own signals
    m_window = std::move(fresh);
    m_window->restoreWindowState();
    m_window->restoreSelection();
    if (visible)
        m_window->show();
    m_window->polling()->setPaused(paused);
    m_window->polling()->start(); // unless paused
    m_window->setWallMode(wall);
    emit windowReplaced(m_window.get());
}

} // namespace omsdash
