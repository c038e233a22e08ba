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

    const double value = progress.toDouble();
    const QRect r = option.rect.adjusted(3, 4, -3, -4);
    const QColor color = palette::statusColor(index.data(StatusRole).toString());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(palette::track());
    painter->drawRoundedRect(r, 3, 3);
    QRect fill = r;
    fill.setWidth(int(r.width() * std::clamp(value, 0.0, 100.0) / 100.0));
    painter->setBrush(color);
    if (fill.width() > 0)
        painter->drawRoundedRect(fill, 3, 3);
    painter->setPen(value >= 55.0 ? palette::textOn(color) : option.palette.color(QPalette::Text));
    painter->drawText(r, Qt::AlignCenter, index.data(Qt::DisplayRole).toString());
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
