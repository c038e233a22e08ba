// SPDX-License-Identifier: MIT
#include "badge.h"

#include "statuspalette.h"

#include <QPainter>

namespace omsdash {

Badge::Badge(QWidget *parent)
    : QLabel(parent)
{
    QFont bold = font();
    bold.setBold(true);
    setFont(bold);
    setContentsMargins(9, 1, 9, 1);
    setAlignment(Qt::AlignCenter);
    hide();
}

void Badge::setBadge(const QString &text, const QColor &color)
{
    setVisible(!text.isEmpty());
    if (text == this->text() && color == m_color)
        return;
    m_color = color;
    setText(text);
    update();
}

void Badge::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_color);
    const qreal radius = height() / 2.0;
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    painter.setPen(palette::textOn(m_color));
    painter.drawText(contentsRect(), Qt::AlignCenter, text());
}

} // namespace omsdash
