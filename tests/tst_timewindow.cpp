// SPDX-License-Identifier: MIT
// TimeWindow: the range several charts share; zoom and pan arithmetic, fixed ranges, reset.
#include "timewindow.h"

#include <QSignalSpy>
#include <QTest>

using namespace omsdash;

namespace {
constexpr qint64 Now = 1'800'000'000'000; // UTC ms
constexpr qint64 Hour = 3600 * 1000;
} // namespace

class TestTimeWindow : public QObject
{
    Q_OBJECT

private slots:
    void zoomKeepsThePointUnderThePointer()
    {
        const TimeWindow::Range hour{Now - Hour, Now};
        // Zooming in around the point at 3/4 of the axis: it stays at 3/4.
        const qint64 center = Now - Hour / 4;
        const TimeWindow::Range in = TimeWindow::zoomed(hour, center, 0.5);
        QCOMPARE(in.spanMs(), Hour / 2);
        QCOMPARE(in.toMs - center, (in.spanMs()) / 4);
        // And back out again.
        QCOMPARE(TimeWindow::zoomed(in, center, 2.0), hour);
        // Nonsense factors change nothing.
        QCOMPARE(TimeWindow::zoomed(hour, center, 0.0), hour);
        QCOMPARE(TimeWindow::zoomed(hour, center, std::numeric_limits<double>::quiet_NaN()), hour);
        QCOMPARE(TimeWindow::panned(hour, -Hour / 2), (TimeWindow::Range{Now - 3 * Hour / 2, Now - Hour / 2}));
    }

    void followsTheClockUntilFixed()
    {
        TimeWindow window;
        qint64 now = Now;
        window.setClock([&now] { return now; });
        QSignalSpy changed(&window, &TimeWindow::changed);
        window.setSpan(Hour);
        QCOMPARE(changed.size(), 0); // an hour is where it starts
        QCOMPARE(window.resolve(0), (TimeWindow::Range{Now - Hour, Now}));
        now += 5000;
        QCOMPARE(window.resolve(0), (TimeWindow::Range{Now + 5000 - Hour, Now + 5000}));

        // Span 0: from the first sample, but at least a minute.
        window.setSpan(0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(window.resolve(now - 7 * Hour).fromMs, now - 7 * Hour);
        QCOMPARE(window.resolve(now - 1000).fromMs, now - 60 * 1000);

        // Fixed: stays put while the clock runs.
        const TimeWindow::Range past{Now - 5 * Hour, Now - 4 * Hour};
        window.setFixed(past);
        QVERIFY(window.isFixed());
        QCOMPARE(changed.size(), 2);
        now += Hour;
        QCOMPARE(window.resolve(0), past);
        window.setFixed(past);
        QCOMPARE(changed.size(), 2); // the same range again is no change

        // Reset: back to following with the span chosen before.
        window.reset();
        QVERIFY(!window.isFixed());
        QCOMPARE(window.span(), 0);
        QCOMPARE(changed.size(), 3);
        window.reset();
        QCOMPARE(changed.size(), 3);

        // Choosing a span while fixed ends the fixed range, even the same span.
        window.setFixed(past);
        window.setSpan(0);
        QVERIFY(!window.isFixed());
        QCOMPARE(changed.size(), 5);
    }

    void fixedRangesAreKeptSensible()
    {
        TimeWindow window;
        window.setClock([] { return Now; });
        // Panned past now: moved back to end now, same width.
        window.setFixed({Now - Hour + 60000, Now + 60000});
        QCOMPARE(window.resolve(0), (TimeWindow::Range{Now - Hour, Now}));
        // Zoomed in too far: widened around its middle.
        window.setFixed({Now - Hour, Now - Hour + 2000});
        const TimeWindow::Range narrow = window.resolve(0);
        QCOMPARE(narrow.spanMs(), TimeWindow::minimumSpanMs());
        QCOMPARE(narrow.fromMs + narrow.spanMs() / 2, Now - Hour + 1000);
        // Backwards or empty: ignored.
        QSignalSpy changed(&window, &TimeWindow::changed);
        window.setFixed({Now - Hour, Now - 2 * Hour});
        window.setFixed({Now - Hour, Now - Hour});
        QCOMPARE(changed.size(), 0);
        QCOMPARE(window.resolve(0), narrow);
    }
};

QTEST_GUILESS_MAIN(TestTimeWindow)
#include "tst_timewindow.moc"
