// SPDX-License-Identifier: MIT
// MetricChart with the mouse: wheel zoom around the pointer, rubber-band zoom, pan by
// dragging, double-click reset, and the hover crosshair with every series' value.
#include "metricchart.h"
#include "metrichistory.h"
#include "timerangedialog.h"

#include <QApplication>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

using namespace omsdash;

namespace {
constexpr qint64 Start = 1'800'000'000'000; // UTC ms
constexpr qint64 Hour = 3600 * 1000;
const QString Project = QStringLiteral("np_1");

void wheel(QWidget *viewport, QPoint at, int delta)
{
    QWheelEvent event(at, viewport->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(viewport, &event);
}

/// A move with no button held (QTest would move the cursor, which offscreen does not report).
void hover(QWidget *viewport, QPoint at)
{
    QMouseEvent event(QEvent::MouseMove, at, viewport->mapToGlobal(at), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &event);
}

std::pair<qint64, qint64> lastRange(const QSignalSpy &spy)
{
    return {spy.last().at(0).toLongLong(), spy.last().at(1).toLongLong()};
}
} // namespace

class TestMetricChart : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        // An hour of samples every 5 s: source 1,000 + i records/s; no destination samples in
        // the second half hour (a gap); a baseline of 1,500, then 2,000 from the 20th minute.
        m_history = std::make_unique<MetricHistory>();
        QList<MetricSample> samples;
        for (int i = 0; i <= 720; ++i) {
            MetricSample s;
            s.timeMs = Start + i * 5000LL;
            s.srcRps = 1000 + i;
            if (i < 360)
                s.dstRps = 900;
            s.srcRpsRef = i < 240 ? 1500 : 2000;
            samples << s;
        }
        m_history->merge(Project, samples);
        m_chart = std::make_unique<MetricChart>(QStringLiteral("RPS"), QStringLiteral("records/s"), 1.0);
        m_chart->setSeries({{QStringLiteral("Source"), Metric::SrcRps, Qt::blue, false},
                            {QStringLiteral("Destination"), Metric::DstRps, Qt::darkGreen, false},
                            {QStringLiteral("Src baseline"), Metric::SrcRpsRef, Qt::blue, true}});
        m_chart->resize(800, 400);
        m_chart->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_chart.get()));
        m_chart->setTimeRange(Start, Start + Hour);
        m_chart->refresh(m_history.get(), Project);
        QCOMPARE(m_chart->shownTimeRange(), std::make_pair(Start, Start + Hour));
    }

    void pixelsAndTimesAgree()
    {
        const qint64 t = Start + Hour / 4;
        const int x = m_chart->viewportXOfTime(t);
        // Within one pixel's worth of time (an hour over some 700 pixels).
        QVERIFY(std::abs(m_chart->timeAtViewportX(x) - t) <= Hour / 600);
        QVERIFY(m_chart->viewportXOfTime(Start) < m_chart->viewportXOfTime(Start + Hour));
    }

    void wheelZoomsAroundThePointer()
    {
        QSignalSpy asked(m_chart.get(), &MetricChart::rangeRequested);
        const qint64 t = Start + 3 * Hour / 4;
        const QPoint at(m_chart->viewportXOfTime(t), m_chart->plotViewport()->height() / 2);
        const qint64 under = m_chart->timeAtViewportX(at.x());
        wheel(m_chart->plotViewport(), at, 120);
        QCOMPARE(asked.size(), 1);
        auto [from, to] = lastRange(asked);
        QCOMPARE(to - from, qint64(Hour * 0.8));
        // The time under the pointer keeps its place: three quarters along the axis.
        QVERIFY(std::abs(double(under - from) / double(to - from) - double(under - Start) / double(Hour)) < 1e-6);
        // The chart asks; it does not move by itself.
        QCOMPARE(m_chart->shownTimeRange(), std::make_pair(Start, Start + Hour));

        wheel(m_chart->plotViewport(), at, -240); // two notches out
        std::tie(from, to) = lastRange(asked);
        QVERIFY(std::abs((to - from) - qint64(Hour / 0.64)) < 2);

        // Outside the plot (over the title) the wheel does nothing.
        wheel(m_chart->plotViewport(), QPoint(at.x(), 2), 120);
        QCOMPARE(asked.size(), 2);
    }

    void dragZoomsToTheSelectedRange()
    {
        QSignalSpy asked(m_chart.get(), &MetricChart::rangeRequested);
        QWidget *vp = m_chart->plotViewport();
        const int y = vp->height() / 2;
        const int a = m_chart->viewportXOfTime(Start + Hour / 2);
        const int b = m_chart->viewportXOfTime(Start + Hour / 4);
        QTest::mousePress(vp, Qt::LeftButton, Qt::NoModifier, QPoint(a, y));
        QTest::mouseMove(vp, QPoint((a + b) / 2, y));
        QTest::mouseMove(vp, QPoint(b, y));
        QCOMPARE(asked.size(), 0); // nothing until the button is released
        QTest::mouseRelease(vp, Qt::LeftButton, Qt::NoModifier, QPoint(b, y));
        QCOMPARE(asked.size(), 1);
        const auto [from, to] = lastRange(asked);
        const qint64 pixel = Hour / 600;
        QVERIFY2(std::abs(from - (Start + Hour / 4)) <= pixel && std::abs(to - (Start + Hour / 2)) <= pixel,
                 qPrintable(QStringLiteral("%1 %2").arg(from - Start).arg(to - Start)));

        // A click is not a selection.
        QTest::mousePress(vp, Qt::LeftButton, Qt::NoModifier, QPoint(a, y));
        QTest::mouseRelease(vp, Qt::LeftButton, Qt::NoModifier, QPoint(a + 2, y));
        QCOMPARE(asked.size(), 1);
    }

    void shiftDragPans()
    {
        QSignalSpy asked(m_chart.get(), &MetricChart::rangeRequested);
        QWidget *vp = m_chart->plotViewport();
        const int y = vp->height() / 2;
        const int a = m_chart->viewportXOfTime(Start + Hour / 2);
        const int b = m_chart->viewportXOfTime(Start + Hour / 4); // a quarter of the axis to the left
        QTest::mousePress(vp, Qt::LeftButton, Qt::ShiftModifier, QPoint(a, y));
        QTest::mouseMove(vp, QPoint(b, y));
        QVERIFY(asked.size() >= 1); // panning follows the pointer
        QTest::mouseRelease(vp, Qt::LeftButton, Qt::ShiftModifier, QPoint(b, y));
        const auto [from, to] = lastRange(asked);
        QCOMPARE(to - from, Hour); // same width
        // Dragging the plot left shows later times, by the quarter hour dragged.
        QVERIFY2(std::abs(from - (Start + Hour / 4)) <= Hour / 300, qPrintable(QString::number(from - Start)));
    }

    void doubleClickAsksForReset()
    {
        QSignalSpy reset(m_chart.get(), &MetricChart::resetRequested);
        QWidget *vp = m_chart->plotViewport();
        QTest::mouseDClick(vp, Qt::LeftButton, Qt::NoModifier, QPoint(m_chart->viewportXOfTime(Start + Hour / 2), vp->height() / 2));
        QCOMPARE(reset.size(), 1);
    }

    void crosshairShowsEveryValueAndTheBaseline()
    {
        QSignalSpy hovered(m_chart.get(), &MetricChart::hoverTimeChanged);
        QWidget *vp = m_chart->plotViewport();
        // Over the sample i = 120 (ten minutes in): source 1,120, destination 900, and the
        // baseline as its dashed line shows it, at its latest value.
        const qint64 t = Start + 120 * 5000LL;
        hover(vp, QPoint(m_chart->viewportXOfTime(t), vp->height() / 2));
        QVERIFY(m_chart->isCrosshairVisible());
        QVERIFY(hovered.size() >= 1);
        QVERIFY(std::abs(hovered.last().at(0).toLongLong() - t) <= Hour / 600);
        QStringList text = m_chart->crosshairText();
        QCOMPARE(text.size(), 4); // the time, then three series
        QCOMPARE(text.at(0), QDateTime::fromMSecsSinceEpoch(hovered.last().at(0).toLongLong()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        QCOMPARE(text.at(1), QStringLiteral("Source: 1.12k records/s"));
        QCOMPARE(text.at(2), QStringLiteral("Destination: 900 records/s"));
        QCOMPARE(text.at(3), QStringLiteral("Src baseline: 2k records/s"));

        // In the destination's gap: a dash, not the last value seen.
        hover(vp, QPoint(m_chart->viewportXOfTime(Start + 50 * 60 * 1000LL), vp->height() / 2));
        text = m_chart->crosshairText();
        QCOMPARE(text.at(2), QStringLiteral("Destination: \u2013"));
        QVERIFY(text.at(1).startsWith(QStringLiteral("Source: 1.6")));

        // New data keeps the crosshair where it is; leaving the chart hides it.
        m_chart->refresh(m_history.get(), Project);
        QVERIFY(m_chart->isCrosshairVisible());
        QEvent leave(QEvent::Leave);
        QApplication::sendEvent(vp->parentWidget(), &leave);
        QVERIFY(!m_chart->isCrosshairVisible());
        QCOMPARE(hovered.last().at(0).toLongLong(), -1);

        // Another chart's hover: the line alone, without a label.
        m_chart->showCrosshair(t, false);
        QVERIFY(m_chart->isCrosshairVisible());
        QVERIFY(m_chart->crosshairText().isEmpty());
        // Outside the shown range there is nothing to show.
        m_chart->showCrosshair(Start + 2 * Hour, true);
        QVERIFY(!m_chart->isCrosshairVisible());
    }

    void crosshairNamesTheSampleWhereALineJoinsAGap()
    {
        // One destination sample at the end of the hour: the chart now draws a line across the
        // half-hour gap, so the crosshair over it names the nearer sample and its time.
        MetricSample late;
        late.timeMs = Start + Hour - 2500; // between two samples: a time not yet held
        late.dstRps = 700;
        m_history->merge(Project, {late});
        m_chart->refresh(m_history.get(), Project);
        QWidget *vp = m_chart->plotViewport();
        const auto at = [](qint64 ms) {
            return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("HH:mm:ss"));
        };
        hover(vp, QPoint(m_chart->viewportXOfTime(Start + 50 * 60 * 1000LL), vp->height() / 2));
        QCOMPARE(m_chart->crosshairText().at(2),
                 QStringLiteral("Destination: 700 records/s (sample at %1)").arg(at(Start + Hour - 2500)));
        hover(vp, QPoint(m_chart->viewportXOfTime(Start + 35 * 60 * 1000LL), vp->height() / 2));
        QCOMPARE(m_chart->crosshairText().at(2),
                 QStringLiteral("Destination: 900 records/s (sample at %1)").arg(at(Start + 359 * 5000LL)));
        // Near a sample it is that sample's value, without a time.
        hover(vp, QPoint(m_chart->viewportXOfTime(Start + 10 * 60 * 1000LL), vp->height() / 2));
        QCOMPARE(m_chart->crosshairText().at(2), QStringLiteral("Destination: 900 records/s"));
    }

    /// Points backfilled from the server's history are drawn apart from our polls' and named
    /// so in the legend and the crosshair.
    void serverHistoryIsDrawnApart()
    {
        QList<MetricSample> backfill;
        for (int i = 6; i >= 1; --i) { // the half hour before our polls began, every 5 min, in time order
            MetricSample s;
            s.timeMs = Start - i * 300000LL;
            s.srcRps = 800;
            s.fromServer = true;
            backfill << s;
        }
        m_history->merge(Project, backfill);
        QVERIFY(m_history->isFromServer(Project, Start - 300000));
        QVERIFY(!m_history->isFromServer(Project, Start));
        const MetricHistory::OriginSplit split = m_history->seriesByOrigin(Project, Metric::SrcRps, Start - Hour, Start + Hour);
        QCOMPARE(split.server.size(), 6);
        QCOMPARE(split.polled.size(), 721);

        m_chart->setTimeRange(Start - Hour / 2, Start + Hour);
        m_chart->refresh(m_history.get(), Project);
        QCOMPARE(m_chart->drawnServerPointCounts(), (QList<int>{6, 0, 0})); // no server destination, a baseline
        QVERIFY(m_chart->drawnPointCounts().at(0) > 0);
        QCOMPARE(m_chart->legendTexts().size(), 4);
        QCOMPARE(m_chart->legendTexts().last(), QStringLiteral("server history"));

        QWidget *vp = m_chart->plotViewport();
        hover(vp, QPoint(m_chart->viewportXOfTime(Start - 10 * 60000LL), vp->height() / 2));
        QCOMPARE(m_chart->crosshairText().at(1), QStringLiteral("Source: 800 records/s (server history)"));
        hover(vp, QPoint(m_chart->viewportXOfTime(Start + 10 * 60000LL), vp->height() / 2));
        QCOMPARE(m_chart->crosshairText().at(1), QStringLiteral("Source: 1.12k records/s"));
        if (qEnvironmentVariableIsSet("OMSDASH_TEST_SHOTS")) {
            QCoreApplication::processEvents(); // the legend lays itself out on the next turn
            m_chart->grab().save(qEnvironmentVariable("OMSDASH_TEST_SHOTS") + QStringLiteral("/chart-server-history.png"));
        }
        // Out of the range, no entry.
        m_chart->setTimeRange(Start + Hour / 2, Start + Hour);
        m_chart->refresh(m_history.get(), Project);
        QCOMPARE(m_chart->legendTexts().size(), 3);

        // Read back from the store they keep their origin.
        QHash<QString, QList<HistoryValue>> stored;
        stored[QStringLiteral("srcRps")] = {{Start - 600000, 800, 800, 800, false, HistoryPoint::Origin::Server},
                                            {Start, 1000, 1000, 1000, false, HistoryPoint::Origin::Poll}};
        const QList<MetricSample> read = samplesFromHistory(stored);
        QCOMPARE(read.size(), 2);
        QVERIFY(read.at(0).fromServer);
        QVERIFY(!read.at(1).fromServer);
    }

    /// Every step start inside the shown range is a marker with the step's name and time.
    void stepStartsAreMarked()
    {
        Step schema;
        schema.order = 1;
        schema.name = QStringLiteral("STRUCT_TRANSFER");
        schema.startTime = QDateTime::fromMSecsSinceEpoch(Start - Hour, Qt::UTC); // before the range
        Step full = schema;
        full.order = 2;
        full.name = QStringLiteral("FULL_TRANSFER");
        full.startTime = QDateTime::fromMSecsSinceEpoch(Start + Hour / 4, Qt::UTC);
        Step incr = schema;
        incr.order = 3;
        incr.name = QStringLiteral("INCR_TRANSFER");
        incr.startTime = {}; // not begun
        const QList<StepStart> starts = stepStarts({incr, full, schema});
        QCOMPARE(starts.size(), 2);
        QCOMPARE(starts.at(0).step, QStringLiteral("STRUCT_TRANSFER"));
        QCOMPARE(starts.at(1).timeMs, Start + Hour / 4);

        m_chart->setStepStarts(starts);
        const QString at = QDateTime::fromMSecsSinceEpoch(Start + Hour / 4).toString(QStringLiteral("HH:mm:ss"));
        QCOMPARE(m_chart->stepMarkerTexts(), QStringList{QStringLiteral("FULL_TRANSFER · %1").arg(at)});
        m_chart->setTimeRange(Start - 2 * Hour, Start + Hour);
        m_chart->refresh(m_history.get(), Project);
        QCOMPARE(m_chart->stepMarkerTexts().size(), 2);
        if (qEnvironmentVariableIsSet("OMSDASH_TEST_SHOTS"))
            m_chart->grab().save(qEnvironmentVariable("OMSDASH_TEST_SHOTS") + QStringLiteral("/chart-step-markers.png"));
        // Steps that start seconds apart (a precheck, the schema, the log pull, the full
        // migration): every label shown, none over another.
        QList<StepStart> close;
        for (const auto &[name, seconds] : {std::pair{"TRANSFER_PRECHECK", 0}, std::pair{"STRUCT_TRANSFER", 12},
                                            std::pair{"TRANSFER_INCR_LOG_PULL", 20}, std::pair{"FULL_TRANSFER", 190}})
            close << StepStart{Start - Hour + seconds * 1000LL, QString::fromLatin1(name)};
        m_chart->setStepStarts(close);
        const QList<QRectF> rects = m_chart->stepMarkerLabelRects();
        QCOMPARE(rects.size(), 4);
        for (int i = 0; i < rects.size(); ++i) {
            for (int j = i + 1; j < rects.size(); ++j)
                QVERIFY2(!rects.at(i).intersects(rects.at(j)), qPrintable(m_chart->stepMarkerTexts().join(u',')));
        }
        // A chart too low for a row each: no label over another; the lines all stay.
        m_chart->resize(800, 150);
        m_chart->refresh(m_history.get(), Project);
        QCoreApplication::processEvents(); // the chart's layout at its new height
        QList<StepStart> crowded;
        for (int i = 0; i < 6; ++i)
            crowded << StepStart{Start - Hour + i * 20000LL, QStringLiteral("FULL_TRANSFER")};
        m_chart->setStepStarts(crowded);
        const QList<QRectF> low = m_chart->stepMarkerLabelRects();
        QVERIFY2(!low.isEmpty() && low.size() < 6, qPrintable(QString::number(low.size())));
        for (int i = 0; i < low.size(); ++i) {
            for (int j = i + 1; j < low.size(); ++j)
                QVERIFY2(!low.at(i).intersects(low.at(j)), qPrintable(m_chart->stepMarkerTexts().join(u',')));
        }
        QCOMPARE(m_chart->stepMarkerLineCount(), 6);
        const QString latest = QDateTime::fromMSecsSinceEpoch(crowded.last().timeMs).toString(QStringLiteral("HH:mm:ss"));
        QVERIFY2(m_chart->stepMarkerTexts().contains(QStringLiteral("FULL_TRANSFER · %1").arg(latest)),
                 qPrintable(m_chart->stepMarkerTexts().join(u','))); // the step under way keeps its label
        m_chart->resize(800, 400);
        m_chart->setStepStarts({});
        QVERIFY(m_chart->stepMarkerTexts().isEmpty());
        QCOMPARE(m_chart->stepMarkerLineCount(), 0);
    }

    /// The value axis's labels stay readable however low the chart: Qt Charts elides a label
    /// taller than its share of the axis to "...", which a CJK font's taller lines did on every
    /// small chart in zh_CN. A tall chart still gets several ticks.
    void valueLabelsReadableAtAnyHeight_data()
    {
        QTest::addColumn<QString>("family");
        QTest::newRow("the default font") << QString();
        QTest::newRow("a CJK font") << QStringLiteral("Noto Sans CJK SC");
    }

    void valueLabelsReadableAtAnyHeight()
    {
        QFETCH(QString, family);
        if (!family.isEmpty() && !QFontDatabase::families().contains(family))
            QSKIP("the CJK font is not installed (Debian: fonts-noto-cjk)");
        const QFont appFont = QApplication::font();
        if (!family.isEmpty()) {
            QFont cjk = appFont;
            cjk.setFamilies({family});
            QApplication::setFont(cjk);
        }
        MetricChart chart(QStringLiteral("RPS"), QStringLiteral("records/s"), 1.0);
        QApplication::setFont(appFont);
        chart.setSeries({{QStringLiteral("Source"), Metric::SrcRps, Qt::blue, false}});
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setTimeRange(Start, Start + Hour);
        for (const int height : {150, 180, 220, 300, 420}) {
            chart.resize(500, height);
            chart.refresh(m_history.get(), Project);
            QTRY_VERIFY(chart.valueAxisLabels().size() >= 2);
            const QStringList labels = chart.valueAxisLabels();
            for (const QString &label : labels)
                QVERIFY2(!label.contains(QLatin1String("...")) && !label.contains(QChar(0x2026)),
                         qPrintable(QStringLiteral("%1 px: %2").arg(height).arg(labels.join(u','))));
            if (height >= 420)
                QVERIFY2(labels.size() >= 4, qPrintable(labels.join(u',')));
        }
    }

    void customRangeDialogRefusesNonsense()
    {
        const qint64 now = Start + Hour;
        TimeRangeDialog dialog({Start, Start + Hour / 2}, now);
        QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.range(), (TimeWindow::Range{Start, Start + Hour / 2}));
        dialog.toEdit()->setDateTime(QDateTime::fromMSecsSinceEpoch(Start - Hour));
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog.problemLabel()->text().contains(QStringLiteral("before the end")));
        dialog.fromEdit()->setDateTime(QDateTime::fromMSecsSinceEpoch(now + Hour));
        dialog.toEdit()->setDateTime(QDateTime::fromMSecsSinceEpoch(now + 2 * Hour));
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog.problemLabel()->text().contains(QStringLiteral("future")));
        dialog.fromEdit()->setDateTime(QDateTime::fromMSecsSinceEpoch(Start - 24 * Hour));
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.range(), (TimeWindow::Range{Start - 24 * Hour, now + 2 * Hour}));
    }

private:
    std::unique_ptr<MetricHistory> m_history;
    std::unique_ptr<MetricChart> m_chart;
};

QTEST_MAIN(TestMetricChart)
#include "tst_metricchart.moc"
