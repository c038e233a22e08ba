// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace omsdash {

/// Paints a progress bar from ProgressRole (percent 0..100, clamped for drawing; the text
/// shows the value as sent) in the colour of the row's status (StatusRole). Cells without
/// a ProgressRole value are painted as plain text. No widget per cell.
class ProgressBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    /// Paints one bar in @p rect: the track, @p percent of it (clamped to 0..100) in @p color,
    /// and @p text centred in the painter's font (@p textColor over the track); shared with the
    /// wall's tiles.
    static void paintBar(QPainter *painter, const QRect &rect, double percent, const QString &text,
                         const QColor &color, const QColor &textColor);
};

/// Paints the cell's text as a coloured badge: the status colour (StatusRole) or, with
/// setAlarmLevel(true), the alarm-level colour of the text. Unknown values keep their raw
/// text in a purple badge.
class BadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit BadgeDelegate(bool alarmLevel, QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// Paints one badge with @p text in @p color inside @p rect; shared with the timeline.
    static void paintBadge(QPainter *painter, const QRect &rect, const QString &text,
                           const QColor &color, const QFont &font);

private:
    bool m_alarmLevel;
};

} // namespace omsdash
