// SPDX-License-Identifier: MIT
// The light and dark themes: the palette follows the application's, the widgets that paint
// with it follow a change at run time, and the names the settings keep round-trip.
#include "errorlabel.h"
#include "metricchart.h"
#include "projectcharts.h"
#include "statuspalette.h"
#include "theme.h"

#include <QApplication>
#include <QImage>
#include <QTest>

using namespace omsdash;

class TestTheme : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        theme::init(theme::Mode::Light);
    }

    void namesRoundTrip()
    {
        for (const auto mode : {theme::Mode::System, theme::Mode::Light, theme::Mode::Dark})
            QCOMPARE(theme::modeFromName(theme::modeName(mode)), mode);
        QCOMPARE(theme::modeFromName(QStringLiteral("purple")), theme::Mode::System);
    }

    void paletteFollowsTheTheme()
    {
        theme::apply(theme::Mode::Light);
        QVERIFY(!palette::isDark());
        const QColor lightError = palette::errorText();
        const QColor lightTrack = palette::track();
        theme::apply(theme::Mode::Dark);
        QCOMPARE(theme::mode(), theme::Mode::Dark);
        QVERIFY(palette::isDark());
        QVERIFY(palette::errorText() != lightError);
        // Readable on the window: the dark theme's red is lighter than the light theme's.
        QVERIFY(palette::errorText().lightness() > lightError.lightness());
        QVERIFY(palette::track().lightness() < lightTrack.lightness());
        theme::apply(theme::Mode::Light);
        QCOMPARE(palette::errorText(), lightError);
    }

    void widgetsFollowAChangeAtRunTime()
    {
        theme::apply(theme::Mode::Light);
        ErrorLabel label;
        label.setText(QStringLiteral("the last poll failed"));
        QCOMPARE(label.palette().color(QPalette::WindowText), palette::errorText());
        const QList<MetricChart *> charts = createProjectCharts(nullptr);
        MetricChart *chart = charts.first();
        chart->resize(400, 300);
        const auto background = [chart] {
            const QImage image = chart->grab().toImage();
            return image.pixelColor(image.width() / 2, 3);
        };
        const QColor lightBackground = background();
        QVERIFY(lightBackground.lightness() > 200);

        theme::apply(theme::Mode::Dark);
        QCoreApplication::processEvents();
        QCOMPARE(label.palette().color(QPalette::WindowText), palette::errorText());
        QVERIFY2(background().lightness() < 80, qPrintable(background().name()));
        theme::apply(theme::Mode::Light);
        QCoreApplication::processEvents();
        QCOMPARE(background(), lightBackground);
        qDeleteAll(charts);
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
