// SPDX-License-Identifier: MIT
#include "wallview.h"

#include "delegates.h"
#include "statuspalette.h"

#include "derived.h"
#include "format.h"
#include "overviewmodel.h"
#include "projectcounts.h"
#include "projectlistmodel.h"
#include "sortfilterproxymodel.h"

#include <QEvent>
#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QResizeEvent>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>

namespace omsdash {

WallTileDelegate::WallTileDelegate(int firstProjectColumn, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_first(firstProjectColumn)
{
}

QModelIndex WallTileDelegate::cell(const QModelIndex &index, int projectColumn) const
{
    return index.siblingAtColumn(m_first + projectColumn);
}

QSize WallTileDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    // The width of the Latin alphabet: averageCharWidth() of a CJK font is that of its ideographs.
    return {fm.horizontalAdvance(QStringLiteral("abcdefghijklmnopqrstuvwxyz")) + 24, fm.height() * 6 + 24};
}

void WallTileDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    using C = ProjectListModel::Column;
    const QString status = index.data(StatusRole).toString();
    const QColor statusColor = palette::statusColor(status);
    const QPalette &pal = option.palette;
    const QRect tile = option.rect.adjusted(4, 4, -4, -4);
    const QFontMetrics fm(option.font);
    const int line = fm.height();
    const int pad = std::max(6, line / 3);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    // The tile, tinted when the project needs a person, with a band in its status colour.
    const bool failed = index.data(StatusClassRole).toInt() == int(StatusClass::Failed);
    painter->setPen(QPen(option.state & QStyle::State_HasFocus ? pal.color(QPalette::Highlight)
                                                                : pal.color(QPalette::Mid),
                         option.state & QStyle::State_HasFocus ? 3 : 1));
    painter->setBrush(failed ? palette::tint(statusColor) : pal.color(QPalette::Base));
    painter->drawRoundedRect(tile, 8, 8);
    painter->setPen(Qt::NoPen);
    painter->setBrush(statusColor);
    painter->drawRoundedRect(QRect(tile.left(), tile.top(), pad, tile.height()), 4, 4);

    QRect text = tile.adjusted(pad * 2, pad, -pad, -pad);
    const auto row = [&](int lines) {
        const QRect r(text.left(), text.top(), text.width(), line * lines);
        text.setTop(text.top() + line * lines);
        return r;
    };
    const bool stale = index.data(StaleRole).toBool();
    painter->setPen(stale ? palette::staleText() : pal.color(QPalette::Text));
    QFont name = option.font;
    name.setBold(true);
    name.setItalic(stale);
    painter->setFont(name);
    const QRect nameRect = row(1);
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(name).elidedText(cell(index, C::NameColumn).data().toString(), Qt::ElideRight,
                                                    nameRect.width()));
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.75);
    painter->setFont(small);
    painter->setPen(stale ? palette::staleText() : pal.color(QPalette::PlaceholderText));
    const QString where = QStringLiteral("%1 · %2").arg(index.siblingAtColumn(OverviewModel::InstanceColumn).data().toString(),
                                                          cell(index, C::RouteColumn).data().toString());
    const QRect whereRect = row(1);
    painter->drawText(whereRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(small).elidedText(where, Qt::ElideRight, whereRect.width()));

    // Status and alarm level, in the console's words, coloured by the raw values; the status
    // gets the room it needs first.
    const QRect badges = row(1).adjusted(0, 2, 0, -2);
    QFont badgeFont = option.font;
    const QFontMetrics bfm([&badgeFont] {
        QFont f = badgeFont; // as paintBadge() draws it
        f.setPointSizeF(badgeFont.pointSizeF() * 0.9);
        f.setBold(true);
        return f;
    }());
    const QString statusWord = cell(index, C::StatusColumn).data().toString();
    const QModelIndex alarmCell = cell(index, C::AlarmLevelColumn);
    QString alarm = alarmCell.data().toString();
    if (alarm == fmt::dash())
        alarm.clear();
    const int statusWidth = std::min(alarm.isEmpty() ? badges.width() : badges.width() * 2 / 3,
                                     bfm.horizontalAdvance(statusWord) + 12);
    const int alarmWidth = alarm.isEmpty() ? 0
                                           : std::min(badges.width() - statusWidth - pad, bfm.horizontalAdvance(alarm) + 12);
    BadgeDelegate::paintBadge(painter, QRect(badges.left(), badges.top(), statusWidth, badges.height()), statusWord,
                              statusColor, badgeFont);
    if (alarmWidth > 0)
        BadgeDelegate::paintBadge(painter, QRect(badges.left() + statusWidth + pad, badges.top(), alarmWidth, badges.height()),
                                  alarm, palette::alarmLevelColor(alarmCell.data(RawValueRole).toString()), badgeFont);

    // The current step, and how far it is (rowCurrentStepProgress()).
    text.setTop(text.top() + line / 4);
    painter->setFont(option.font);
    painter->setPen(pal.color(QPalette::Text));
    const QRect stepRect = row(1);
    painter->drawText(stepRect, Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(cell(index, C::CurrentStepColumn).data().toString(), Qt::ElideRight, stepRect.width()));
    const QRect bar = row(1).adjusted(0, 3, 0, -3);
    const QVariant progress = index.data(ProjectListModel::CurrentStepProgressRole);
    if (progress.isValid()) {
        painter->setFont(small);
        ProgressBarDelegate::paintBar(painter, bar, progress.toDouble(), fmt::percent(progress.toDouble()), statusColor,
                                      pal.color(QPalette::Text));
    }
    const QString latency = cell(index, C::LatencyColumn).data().toString();
    if (!latency.isEmpty() && latency != fmt::dash()) {
        painter->setFont(small);
        painter->setPen(pal.color(QPalette::Text));
        painter->drawText(row(1), Qt::AlignLeft | Qt::AlignVCenter, tr("Latency %1").arg(latency));
    }
    painter->restore();
}

WallView::WallView(OverviewModel *overview, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_overview(overview)
    , m_proxy(new SortFilterProxyModel(this))
    , m_view(new QListView(this))
    , m_counts(new QLabel(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Wall — omsdash"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    m_proxy->setSourceModel(overview);
    m_proxy->setTieBreak(&ProjectListModel::rowWorseFirst);
    m_proxy->sort(OverviewModel::FirstProjectColumn + ProjectListModel::StatusColumn, Qt::DescendingOrder);
    m_view->setModel(m_proxy);
    m_view->setModelColumn(OverviewModel::FirstProjectColumn + ProjectListModel::NameColumn);
    m_view->setItemDelegate(new WallTileDelegate(OverviewModel::FirstProjectColumn, m_view));
    m_view->setViewMode(QListView::IconMode);
    m_view->setFlow(QListView::LeftToRight);
    m_view->setWrapping(true);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setMovement(QListView::Static);
    m_view->setUniformItemSizes(true);
    m_view->setSpacing(6);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_counts->setTextFormat(Qt::RichText);
    m_counts->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_counts);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);

    connect(m_view, &QListView::activated, this, &WallView::choose); // Enter, or a double click
    // Counts follow every change of the rows, once per burst of signals.
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(0);
    connect(&m_coalesce, &QTimer::timeout, this, &WallView::refreshCounts);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(overview, signal, &m_coalesce, qOverload<>(&QTimer::start));
    connect(overview, &QAbstractItemModel::dataChanged, &m_coalesce, qOverload<>(&QTimer::start));
    connect(overview, &QAbstractItemModel::modelReset, &m_coalesce, qOverload<>(&QTimer::start));
    m_fit.setSingleShot(true);
    m_fit.setInterval(0);
    connect(&m_fit, &QTimer::timeout, this, &WallView::fitTiles);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, &m_fit, qOverload<>(&QTimer::start));
    applyFonts();
    refreshCounts();
}

WallView::~WallView() = default;

QString WallView::countsText() const
{
    QTextDocument doc;
    doc.setHtml(m_counts->text());
    return doc.toPlainText();
}

void WallView::setStatusText(const QString &text)
{
    m_status->setText(text);
}

void WallView::refreshCounts()
{
    // Each count in its colour (FAILED red, HIGH red, SUSPEND amber...): seen before it is read.
    QStringList parts{fmt::projectCount(m_overview->rowCount()).toHtmlEscaped()};
    for (const CountFacet &f : projectCountFacets(m_overview)) {
        const QColor color = f.role == StatusClassRole ? palette::statusClassColor(StatusClass(f.value.toInt()))
                                                       : palette::alarmRankColor(f.value.toInt());
        parts << QStringLiteral("<span style=\"color:%1\">%2</span>").arg(color.name(), f.label.toHtmlEscaped());
    }
    m_counts->setText(parts.join(QStringLiteral(" &nbsp;·&nbsp; ")));
}

void WallView::fitTiles()
{
    // The largest tiles, up to three times the desktop's type, with which every project fits on the
    // screen; with too many for that, the desktop's size and a scroll bar.
    const int n = m_proxy->rowCount();
    const QSize area = m_view->viewport()->size();
    const double base = m_baseFont.pointSizeF();
    const int gap = 2 * m_view->spacing();
    double chosen = 1.0;
    for (int tenths = 30; tenths >= 10; --tenths) {
        QStyleOptionViewItem option;
        option.font = m_baseFont;
        option.font.setPointSizeF(base * tenths / 10.0);
        const QSize tile = m_view->itemDelegate()->sizeHint(option, {}) + QSize(gap, gap);
        const int columns = std::max(1, area.width() / tile.width());
        if ((n + columns - 1) / columns * tile.height() <= area.height()) {
            chosen = tenths / 10.0;
            break;
        }
    }
    QFont tiles = m_baseFont;
    tiles.setPointSizeF(base * chosen);
    if (tiles != m_view->font()) {
        m_view->setFont(tiles);
        m_view->doItemsLayout();
    }
}

void WallView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_fit.start();
}

void WallView::applyFonts()
{
    // Readable from across the room: the counts at twice the desktop's size, the tiles as
    // large as fitTiles() can make them.
    QFont base = QWidget::font();
    base.setPointSizeF(QApplication::font().pointSizeF());
    QFont counts = base;
    counts.setPointSizeF(base.pointSizeF() * 2.0);
    counts.setBold(true);
    m_counts->setFont(counts);
    QFont status = base;
    status.setPointSizeF(base.pointSizeF() * 1.4);
    m_status->setFont(status);
    m_baseFont = base;
    m_fit.start();
}

void WallView::choose(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    emit projectChosen(index.data(OverviewModel::InstanceIndexRole).toInt(),
                       index.data(OverviewModel::ProjectIdRole).toString());
}

void WallView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape || event->key() == Qt::Key_F11) {
        emit leaveRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

void WallView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ApplicationFontChange)
        applyFonts();
    QWidget::changeEvent(event);
}

} // namespace omsdash
