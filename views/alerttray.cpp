// SPDX-License-Identifier: MIT
#include "alerttray.h"

#include "alertcenter.h"
#include "statuspalette.h"

#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>

namespace omsdash {

AlertTray::AlertTray(AlertCenter *center, const QIcon &base, QObject *parent)
    : QObject(parent)
    , m_center(center)
    , m_base(base)
    , m_tray(new QSystemTrayIcon(this))
    , m_menu(new QMenu)
{
    m_menu->addAction(tr("Show omsdash"), this, &AlertTray::showWindowRequested);
    m_menu->addAction(tr("Alert log"), this, &AlertTray::alertLogRequested);
    m_menu->addSeparator();
    m_menu->addAction(tr("Quit"), this, &AlertTray::quitRequested);
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            emit showWindowRequested();
    });
    connect(center, &AlertCenter::summaryChanged, this, &AlertTray::update);
    update();
    if (available())
        m_tray->show();
}

AlertTray::~AlertTray()
{
    delete m_menu;
}

bool AlertTray::available()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

QIcon AlertTray::iconFor(const QIcon &base, int count, const QString &severity)
{
    if (count <= 0)
        return base;
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        base.paint(&p, 0, 0, size, size);
        const QColor color = palette::alarmLevelColor(severity);
        const qreal d = size * 0.62;
        const QRectF badge(size - d, size - d, d, d);
        p.setPen(QPen(palette::textOn(color), std::max(1.0, size / 16.0)));
        p.setBrush(color);
        p.drawEllipse(badge);
        QFont font = p.font();
        font.setBold(true);
        font.setPixelSize(int(d * (count > 9 ? 0.5 : 0.7)));
        p.setFont(font);
        p.setPen(palette::textOn(color));
        p.drawText(badge, Qt::AlignCenter, count > 99 ? QStringLiteral("99+") : QString::number(count));
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

void AlertTray::update()
{
    const int count = m_center->needingAttention();
    m_badge = count > 0 ? palette::alarmLevelColor(m_center->worstSeverity()) : QColor();
    m_tray->setIcon(iconFor(m_base, count, m_center->worstSeverity()));
    const QString summary = m_center->summary();
    m_tray->setToolTip(summary.isEmpty() ? tr("omsdash — no alerts") : tr("omsdash — %1").arg(summary));
}

} // namespace omsdash
