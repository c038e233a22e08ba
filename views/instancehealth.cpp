// SPDX-License-Identifier: MIT
#include "instancehealth.h"

#include "statuspalette.h"

#include "instancepoller.h"

#include <QPainter>
#include <QPixmap>

namespace omsdash {

QIcon healthIcon(const InstanceHealth &health)
{
    QColor color = palette::healthUnknown();
    switch (health.state()) {
    case InstanceHealth::State::Up:
        color = palette::healthUp();
        break;
    case InstanceHealth::State::Failing:
        color = palette::healthFailing();
        break;
    case InstanceHealth::State::Down:
        color = palette::healthDown();
        break;
    case InstanceHealth::State::Unknown:
        break;
    }
    QPixmap pm(16, 16);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(color.darker(130));
    p.setBrush(color);
    p.drawEllipse(QRectF(3, 3, 10, 10));
    return QIcon(pm);
}

} // namespace omsdash
