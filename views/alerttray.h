// SPDX-License-Identifier: MIT
#pragma once

#include <QIcon>
#include <QObject>

class QMenu;
class QSystemTrayIcon;

namespace omsdash {

class AlertCenter;

/// The alerts in the system tray (QSystemTrayIcon): omsdash's icon with a badge in the colour
/// of the worst alert needing attention and their count, the AlertCenter's summary as tooltip,
/// and a menu (show the window, the alert log, quit). Shown only where a tray exists
/// (available()); elsewhere the window's title, status bar and taskbar urgency carry it.
class AlertTray : public QObject
{
    Q_OBJECT

public:
    AlertTray(AlertCenter *center, const QIcon &base, QObject *parent = nullptr);
    ~AlertTray() override;

    /// Whether the desktop has a tray to show the icon in.
    static bool available();
    /// The icon for @p count alerts needing attention, the worst of @p severity: @p base with
    /// a badge (HIGH red, MEDIUM orange, LOW blue) holding the count; @p base alone for 0.
    static QIcon iconFor(const QIcon &base, int count, const QString &severity);

    QSystemTrayIcon *trayIcon() const { return m_tray; }
    /// The colour of the badge drawn now; invalid when there is none.
    QColor badgeColor() const { return m_badge; }

signals:
    void showWindowRequested();
    void alertLogRequested();
    void quitRequested();

private:
    void update();

    AlertCenter *m_center;
    QIcon m_base;
    QSystemTrayIcon *m_tray;
    QMenu *m_menu;
    QColor m_badge;
};

} // namespace omsdash
