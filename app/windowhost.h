// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace omsdash {

class AppPreferences;
class MainWindow;

/// Holds the main window, and makes it again when File > Preferences changes the language, so
/// every word of it is the new language's: the old window hands over its layout, the instance
/// and project on screen, the pause and the wall, then goes.
class WindowHost : public QObject
{
    Q_OBJECT

public:
    /// Makes a window, wired (its instances, alerts, preferences...), not shown.
    using Factory = std::function<std::unique_ptr<MainWindow>()>;

    /// Makes the first window with @p make; follows @p preferences' language (not owned).
    WindowHost(Factory make, AppPreferences *preferences, QObject *parent = nullptr);
    ~WindowHost() override;

    MainWindow *window() const { return m_window.get(); }
    /// Makes the window again in @p language (language::install()) once control is back in
    /// the event loop (the Preferences dialog is the old one's child) and no report is being
    /// written.
    void switchLanguage(const QString &language);
    /// Replaces the window by a new one in the state the old one was in; waits for a report
    /// being written first.
    void remake();

private:
    Factory m_make;
    std::unique_ptr<MainWindow> m_window;
    QString m_language;
    bool m_languagePending = false;
};

} // namespace omsdash
