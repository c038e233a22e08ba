// SPDX-License-Identifier: MIT
#include "delegates.h"

#include "keyedtablemodel.h"
#include "statuspalette.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace omsdash {

void ProgressBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    const QVariant progress = index.data(ProgressRole);
    if (!progress.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Background (selection, row tint) without the text.
    QStyleOptionViewItem bg = option;
    initStyleOption(&bg, index);
    bg.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &bg, painter, widget);

    paintBar(painter, option.rect.adjusted(3, 4, -3, -4), progress.toDouble(), index.data(Qt::DisplayRole).toString(),
             palette::statusColor(index.data(StatusRole).toString()), option.palette.color(QPalette::Text));
}

void ProgressBarDelegate::paintBar(QPainter *painter, const QRect &rect, double percent, const QString &text,
                                   const QColor &color, const QColor &textColor)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(palette::track());
    painter->drawRoundedRect(rect, 3, 3);
    QRect fill = rect;
    fill.setWidth(int(rect.width() * std::clamp(percent, 0.0, 100.0) / 100.0));
    painter->setBrush(color);
    if (fill.width() > 0)
        painter->drawRoundedRect(fill, 3, 3);
    // The text on the bar where the bar is under most of it, else on the track.
    painter->setPen(percent >= 55.0 ? palette::textOn(color) : textColor);
    painter->drawText(rect, Qt::AlignCenter, text);
    painter->restore();
}

BadgeDelegate::BadgeDelegate(bool alarmLevel, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_alarmLevel(alarmLevel)
{
}

void BadgeDelegate::paintBadge(QPainter *painter, const QRect &rect, const QString &text,
                               const QColor &color, const QFont &font)
{
    if (text.isEmpty())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont f = font;
    f.setPointSizeF(font.pointSizeF() * 0.9);
    f.setBold(true);
    const QFontMetrics fm(f);
    const int w = std::min(rect.width(), fm.horizontalAdvance(text) + 12);
    const int h = std::min(rect.height(), fm.height() + 4);
    const QRect badge(rect.left(), rect.center().y() - h / 2, w, h);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawRoundedRect(badge, h / 2.0, h / 2.0);
    painter->setPen(palette::textOn(color));
    painter->setFont(f);
    painter->drawText(badge, Qt::AlignCenter, fm.elidedText(text, Qt::ElideRight, w - 8));
    painter->restore();
}

void BadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    QStyleOptionViewItem bg = option;
    initStyleOption(&bg, index);
    const QString text = bg.text;
    bg.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &bg, painter, widget);
    // The colour by the raw level: the text is the console's word (高 in zh_CN).
    const QVariant level = index.data(RawValueRole);
    const QColor color = m_alarmLevel ? palette::alarmLevelColor(level.isValid() ? level.toString() : text)
                                      : palette::statusColor(index.data(StatusRole).toString());
    paintBadge(painter, option.rect.adjusted(4, 2, -4, -2), text, color, option.font);
}

QSize BadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setWidth(s.width() + 20);
    return s;
}

} // namespace omsdash
