// SPDX-License-Identifier: MIT
// Delegates painted into a QImage: the timeline's Gantt bars sit where the steps ran on the
// project's span, through a proxy too (the bar is the model's BarRole, not a cast to its
// class); a progress cell is filled to its value in the status colour; a badge takes the
// colour of the raw value.
#include "delegates.h"
#include "keyedtablemodel.h"
#include "statuspalette.h"
#include "steplistmodel.h"
#include "steptimeline.h"

#include <QApplication>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTest>

using namespace omsdash;

namespace {
const QDateTime T0 = QDateTime::fromSecsSinceEpoch(1790000000, Qt::UTC);

Step step(int order, const QString &name, const QString &status, int startS, int endS, std::optional<int> progress)
{
    Step s;
    s.order = order;
    s.name = name;
    s.status = status;
    s.startTime = T0.addSecs(startS);
    if (endS >= 0)
        s.finishTime = T0.addSecs(endS);
    s.progress = progress;
    return s;
}

/// @p index painted by @p delegate into a @p size picture on the Base colour.
QImage paint(const QStyledItemDelegate &delegate, const QModelIndex &index, QSize size)
{
    QImage image(size, QImage::Format_ARGB32);
    QStyleOptionViewItem option;
    option.rect = QRect(QPoint(0, 0), size);
    option.font = QApplication::font();
    option.fontMetrics = QFontMetrics(option.font);
    option.palette = QApplication::palette();
    image.fill(option.palette.color(QPalette::Base));
    QPainter painter(&image);
    delegate.paint(&painter, option, index);
    return image;
}

/// How far along the row, 0..1, the colour @p color shows at height @p y, right of @p left.
std::pair<double, double> extentOf(const QImage &image, int y, const QColor &color, int left = 0)
{
    int first = -1;
    int last = -1;
    for (int x = left; x < image.width(); ++x) {
        const QColor c = image.pixelColor(x, y);
        if (std::abs(c.red() - color.red()) + std::abs(c.green() - color.green()) + std::abs(c.blue() - color.blue()) < 12) {
            first = first < 0 ? x : first;
            last = x;
        }
    }
    return {double(first) / image.width(), double(last) / image.width()};
}
} // namespace

class TestDelegates : public QObject
{
    Q_OBJECT

private slots:
    void timelineBarsThroughAProxy()
    {
        StepListModel steps;
        steps.setClock([] { return T0.addSecs(400); });
        // Over 0..400 s: the first step ran 0..100 s, the second runs from 200 s (half done).
        steps.merge({step(1, QStringLiteral("STRUCT_TRANSFER"), QStringLiteral("FINISHED"), 0, 100, 100),
                     step(2, QStringLiteral("FULL_TRANSFER"), QStringLiteral("RUNNING"), 200, -1, 50)});
        QCOMPARE(steps.index(0, 0).data(StepListModel::BarRole).toPointF(), QPointF(0.0, 0.25));
        QCOMPARE(steps.index(1, 0).data(StepListModel::BarRole).toPointF(), QPointF(0.5, 1.0));

        QSortFilterProxyModel proxy; // what a filter or sort would put in between
        proxy.setSourceModel(&steps);
        proxy.sort(StepListModel::OrderColumn, Qt::DescendingOrder);
        StepTimelineDelegate delegate;
        const QSize size(1000, 60);
        const int laneY = 6 + QFontMetrics(QApplication::font()).height() / 2; // Margin + half a line
        const int barLeft = int(size.width() * 0.55);
        const double lane = size.width() - 6 - barLeft;

        // Row 0 of the proxy is the running step: its done part (half of the bar) in the
        // running colour, from the middle of the lane.
        QCOMPARE(proxy.index(0, 0).data(StatusRole).toString(), QStringLiteral("RUNNING"));
        const QImage running = paint(delegate, proxy.index(0, 0), size);
        const auto [runFrom, runTo] = extentOf(running, laneY, palette::statusColor(QStringLiteral("RUNNING")), barLeft);
        QVERIFY2(runFrom > 0, "no bar painted through the proxy");
        QVERIFY(std::abs((runFrom * size.width() - barLeft) / lane - 0.5) < 0.03);
        QVERIFY(std::abs((runTo * size.width() - barLeft) / lane - 0.75) < 0.03);

        const QImage finished = paint(delegate, proxy.index(1, 0), size);
        const auto [doneFrom, doneTo] = extentOf(finished, laneY, palette::statusColor(QStringLiteral("FINISHED")), barLeft);
        QVERIFY(std::abs((doneFrom * size.width() - barLeft) / lane) < 0.03);
        QVERIFY(std::abs((doneTo * size.width() - barLeft) / lane - 0.25) < 0.03);
    }

    void progressCellFilledToItsValue()
    {
        QStandardItemModel model(1, 1);
        model.setData(model.index(0, 0), 40.0, ProgressRole);
        model.setData(model.index(0, 0), QStringLiteral("40 %"), Qt::DisplayRole);
        model.setData(model.index(0, 0), QStringLiteral("SUSPEND"), StatusRole);
        ProgressBarDelegate delegate;
        const QImage image = paint(delegate, model.index(0, 0), QSize(400, 24));
        const QColor suspended = palette::statusColor(QStringLiteral("SUSPEND"));
        const auto [from, to] = extentOf(image, 6, suspended);
        QVERIFY(from >= 0 && from < 0.05);
        QVERIFY2(std::abs(to - 0.4) < 0.03, qPrintable(QString::number(to)));
        QCOMPARE(image.pixelColor(int(400 * 0.8), 6).name(), palette::track().name()); // the rest is the track
    }

    void badgeInTheRawValuesColour()
    {
        QStandardItemModel model(1, 1);
        model.setData(model.index(0, 0), QStringLiteral("高"), Qt::DisplayRole); // the console's word
        model.setData(model.index(0, 0), QStringLiteral("HIGH"), RawValueRole);
        BadgeDelegate delegate(true);
        const QImage image = paint(delegate, model.index(0, 0), QSize(120, 24));
        const auto [from, to] = extentOf(image, 12, palette::alarmLevelColor(QStringLiteral("HIGH")));
        QVERIFY(from >= 0 && to > from);
    }
};

QTEST_MAIN(TestDelegates)
#include "tst_delegates.moc"
