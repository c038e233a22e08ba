// SPDX-License-Identifier: MIT
#include "steptimeline.h"

#include "delegates.h"
#include "derived.h"
#include "format.h"
#include "statuspalette.h"
#include "steplistmodel.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace omsdash {

namespace {
constexpr int RailWidth = 26;
constexpr int Margin = 6;

QString line2(const QModelIndex &idx)
{
    return StepTimelineDelegate::tr("%1 → %2 · %3")
        .arg(fmt::shortLocalTime(idx.data(StepListModel::StartTimeRole).toDateTime()),
             fmt::shortLocalTime(idx.data(StepListModel::FinishTimeRole).toDateTime()),
             idx.siblingAtColumn(StepListModel::DurationColumn).data().toString());
}

QString errorLine(const QModelIndex &idx)
{
    const QString code = idx.data(StepListModel::ErrorCodeRole).toString();
    const QString msg = idx.data(StepListModel::ErrorMessageRole).toString();
    if (code.isEmpty() && msg.isEmpty())
        return {};
    const QDateTime failed = idx.data(StepListModel::FailedTimeRole).toDateTime();
    QString text = code.isEmpty() ? msg : (msg.isEmpty() ? code : code + QStringLiteral(": ") + msg);
    if (failed.isValid())
        text += StepTimelineDelegate::tr(" (failed %1)").arg(fmt::localTime(failed));
    return text;
}
} // namespace

StepTimelineDelegate::StepTimelineDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QSize StepTimelineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int lines = errorLine(index).isEmpty() ? 2 : 3;
    return {0, option.fontMetrics.height() * lines + 3 * Margin};
}

void StepTimelineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect r = option.rect;
    const QString status = index.data(StatusRole).toString();
    const QColor color = palette::statusColor(status);
    const bool current = index.data(StepListModel::IsCurrentRole).toBool();
    const bool stale = index.data(StaleRole).toBool();
    const StatusClass cls = StatusClass(index.data(StatusClassRole).toInt());

    if (option.state & QStyle::State_Selected)
        painter->fillRect(r, option.palette.highlight().color().lighter(170));
    else if (current)
        painter->fillRect(r, palette::tint(color, 30));
    if (current)
        painter->fillRect(QRect(r.left(), r.top(), 3, r.height()), color);

    // Rail: a line through all rows and a dot for this step.
    const int cx = r.left() + RailWidth / 2 + 2;
    painter->setPen(QPen(palette::rail(), 2));
    const bool first = index.row() == 0;
    const bool last = index.row() == index.model()->rowCount() - 1;
    painter->drawLine(cx, first ? r.center().y() : r.top(), cx, last ? r.center().y() : r.bottom());
    painter->setPen(QPen(color.darker(120), 1.5));
    painter->setBrush(cls == StatusClass::Init ? option.palette.color(QPalette::Base) : color);
    const int dot = current ? 12 : 9;
    painter->drawEllipse(QPoint(cx, r.top() + Margin + option.fontMetrics.height() / 2), dot / 2, dot / 2);

    const QFontMetrics fm = option.fontMetrics;
    const int textLeft = r.left() + RailWidth + 6;
    const int barLeft = r.left() + int(r.width() * 0.55);
    const int textWidth = barLeft - textLeft - 12;
    QFont bold = option.font;
    bold.setBold(true);
    const QColor textColor = stale ? palette::staleText() : option.palette.text().color();

    // Line 1: "4. FULL_TRANSFER — Full migration" and the status badge.
    const QString order = index.siblingAtColumn(StepListModel::OrderColumn).data().toString();
    const QString name = index.siblingAtColumn(StepListModel::NameColumn).data().toString();
    const QString desc = index.siblingAtColumn(StepListModel::DescriptionColumn).data().toString();
    const QString badgeText = status.isEmpty() ? fmt::dash()
                                               : index.siblingAtColumn(StepListModel::StatusColumn).data().toString();
    QFont badgeFont = option.font;
    const int badgeWidth = QFontMetrics(badgeFont).horizontalAdvance(badgeText) + 20;
    int y = r.top() + Margin;
    painter->setFont(bold);
    painter->setPen(textColor);
    const QString title = desc.isEmpty() ? QStringLiteral("%1. %2").arg(order, name)
                                         : QStringLiteral("%1. %2 — %3").arg(order, name, desc);
    const QRect titleRect(textLeft, y, textWidth - badgeWidth, fm.height());
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(title, Qt::ElideRight, titleRect.width()));
    BadgeDelegate::paintBadge(painter, QRect(textLeft + textWidth - badgeWidth + 8, y, badgeWidth, fm.height()),
                              badgeText, color, badgeFont);

    // Line 2: start → finish · duration.
    y += fm.height() + 2;
    painter->setFont(option.font);
    painter->setPen(stale ? textColor : option.palette.placeholderText().color());
    painter->drawText(QRect(textLeft, y, textWidth, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(line2(index), Qt::ElideRight, textWidth));

    // Line 3: the error of a failed step.
    const QString error = errorLine(index);
    if (!error.isEmpty()) {
        y += fm.height() + 2;
        painter->setPen(palette::statusColor(QStringLiteral("FAILED")).darker(115));
        const int w = r.right() - textLeft - Margin;
        painter->drawText(QRect(textLeft, y, w, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(QStringLiteral("✖ ") + error, Qt::ElideRight, w));
    }

    // Gantt bar on the project's time span.
    const QVariant span = index.data(StepListModel::BarRole);
    const QRect lane(barLeft, r.top() + Margin, r.right() - barLeft - Margin, fm.height());
    painter->setPen(Qt::NoPen);
    painter->setBrush(palette::track());
    painter->drawRoundedRect(lane, 3, 3);
    if (span.isValid()) {
        const double x0 = span.toPointF().x();
        const double x1 = span.toPointF().y();
        QRect bar(lane.left() + int(lane.width() * x0), lane.top(),
                  std::max(4, int(lane.width() * (x1 - x0))), lane.height());
        bar = bar.intersected(lane);
        painter->setBrush(palette::tint(color, 90));
        painter->drawRoundedRect(bar, 3, 3);
        const QVariant progress = index.siblingAtColumn(StepListModel::ProgressColumn).data(ProgressRole);
        if (progress.isValid()) {
            QRect done = bar;
            done.setWidth(std::max(2, int(bar.width() * std::clamp(progress.toDouble(), 0.0, 100.0) / 100.0)));
            painter->setBrush(color);
            painter->drawRoundedRect(done, 3, 3);
        }
    }
    const QString pct = index.siblingAtColumn(StepListModel::ProgressColumn).data().toString();
    painter->setPen(textColor);
    painter->drawText(QRect(barLeft, r.top() + Margin + fm.height() + 2, lane.width(), fm.height()),
                      Qt::AlignRight | Qt::AlignVCenter, tr("progress %1").arg(pct));
    painter->restore();
}

StepTimelineView::StepTimelineView(QWidget *parent)
    : QListView(parent)
{
    setItemDelegate(new StepTimelineDelegate(this));
    setUniformItemSizes(false);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setMouseTracking(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setResizeMode(QListView::Adjust);
    setMinimumWidth(420);
}

void StepTimelineView::setStepModel(StepListModel *model)
{
    if (m_steps)
        disconnect(m_steps, nullptr, viewport(), nullptr);
    m_steps = model;
    setModel(model);
    if (model)
        connect(model, &StepListModel::emptyReasonChanged, viewport(), qOverload<>(&QWidget::update));
    setModelColumn(StepListModel::NameColumn);
}

bool StepTimelineView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QModelIndex idx = indexAt(help->pos());
        if (idx.isValid()) {
            QStringList parts;
            parts << idx.siblingAtColumn(StepListModel::NameColumn).data().toString();
            const QString metrics = idx.data(StepListModel::MetricsTextRole).toString();
            if (!metrics.isEmpty())
                parts << metrics;
            const QString details = idx.siblingAtColumn(StepListModel::ErrorColumn).data(Qt::ToolTipRole).toString();
            if (!details.isEmpty())
                parts << details;
            parts << tr("Start: %1").arg(idx.siblingAtColumn(StepListModel::StartColumn).data(Qt::ToolTipRole).toString());
            QToolTip::showText(help->globalPos(), parts.join(QLatin1Char('\n')), this);
            return true;
        }
    }
    return QListView::viewportEvent(event);
}

void StepTimelineView::paintEvent(QPaintEvent *event)
{
    QListView::paintEvent(event);
    const StepListModel *steps = m_steps;
    if (!steps || steps->rowCount() > 0 || steps->emptyReason().isEmpty())
        return;
    QPainter painter(viewport());
    painter.setPen(palette().placeholderText().color());
    painter.drawText(viewport()->rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                     steps->emptyReason());
}

} // namespace omsdash
