// SPDX-License-Identifier: MIT
#include "statuspalette.h"

#include "derived.h"

namespace omsdash::palette {

QColor statusColor(const QString &status)
{
    switch (classifyStatus(status)) {
    case StatusClass::Failed:
        return QColor(0xd6, 0x45, 0x45);
    case StatusClass::Running:
        return QColor(0x2f, 0x80, 0xed);
    case StatusClass::Monitoring:
        return QColor(0x14, 0x9e, 0x94);
    case StatusClass::Suspended:
        return QColor(0xd9, 0x8e, 0x04);
    case StatusClass::Finished:
        return QColor(0x3a, 0x9d, 0x5d);
    case StatusClass::Init:
        return QColor(0x8a, 0x8f, 0x98);
    case StatusClass::Released:
        return QColor(0xb0, 0xb4, 0xba);
    case StatusClass::Unknown:
        break;
    }
    return QColor(0x8e, 0x44, 0xad);
}

QColor alarmLevelColor(const QString &alarmLevel)
{
    switch (alarmLevelRank(alarmLevel)) {
    case 3:
        return QColor(0xd6, 0x45, 0x45);
    case 2:
        return QColor(0xe6, 0x7e, 0x22);
    case 1:
        return QColor(0x2f, 0x80, 0xed);
    case 0:
        return QColor(0x8a, 0x8f, 0x98);
    default:
        return QColor(0x8e, 0x44, 0xad);
    }
}

QColor errorText()
{
    return QColor(0xa3, 0x26, 0x26);
}

QColor tint(const QColor &color, int alpha)
{
    QColor c = color;
    c.setAlpha(alpha);
    return c;
}

QColor textOn(const QColor &background)
{
    const double luma = 0.299 * background.redF() + 0.587 * background.greenF() + 0.114 * background.blueF();
    return luma > 0.6 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace omsdash::palette
