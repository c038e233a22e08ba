// SPDX-License-Identifier: MIT
#pragma once

#include <QLabel>

namespace omsdash {

/// A status or alarm badge: bold text in a rounded pill of a palette colour
/// (palette::statusColor(), alarmLevelColor()), painted, not styled, so setting it again
/// every second costs a repaint at most. Hidden while its text is empty.
class Badge : public QLabel
{
    Q_OBJECT

public:
    explicit Badge(QWidget *parent = nullptr);

    /// Shows @p text on @p color; an empty @p text hides the badge.
    void setBadge(const QString &text, const QColor &color);
    QColor color() const { return m_color; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QColor m_color;
};

} // namespace omsdash
