// SPDX-License-Identifier: MIT
// Preferences without a widget: defaults, saving and loading (a damaged value falls back to
// its default), the limits, what AppPreferences says changed, the export folder made when
// missing, and a new instance polled as the preferences say.
#include "httptransport.h"
#include "instancelistedit.h"
#include "preferences.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace omsdash;

class TestPreferences : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void defaultsAndRoundTrip()
    {
        QSettings empty(m_dir.filePath(QStringLiteral("empty.ini")), QSettings::IniFormat);
        const Preferences defaults = Preferences::load(empty);
        QCOMPARE(defaults, Preferences());
        QVERIFY(defaults.validate().isEmpty());
        QCOMPARE(defaults.retention().rawMs, HistoryRetention().rawMs);
        QCOMPARE(defaults.retention().aggregateMs, HistoryRetention().aggregateMs);
        QVERIFY(defaults.effectiveExportFolder().endsWith(QLatin1String("/omsdash")));

        Preferences p;
        p.projectsIntervalSeconds = 45;
        p.detailIntervalSeconds = 3;
        p.tablesIntervalSeconds = 20;
        p.watchIntervalSeconds = 120;
        p.desktopNotifications = false;
        p.rawRetentionHours = 24;
        p.aggregateRetentionDays = 90;
        p.language = QStringLiteral("zh_CN");
        p.theme = QStringLiteral("dark");
        p.exportFolder = m_dir.filePath(QStringLiteral("reports"));
        QSettings settings(m_dir.filePath(QStringLiteral("round.ini")), QSettings::IniFormat);
        p.save(settings);
        QCOMPARE(Preferences::load(settings), p);
        // The keys the window used before stay the same.
        QCOMPARE(settings.value(QStringLiteral("view/theme")).toString(), QStringLiteral("dark"));
        QCOMPARE(settings.value(QStringLiteral("alerts/desktopNotifications")).toBool(), false);
        QCOMPARE(p.retention().rawMs, 24LL * 3600 * 1000);
        QCOMPARE(p.retention().aggregateMs, 90LL * 24 * 3600 * 1000);
    }

    void damagedValuesFallBack()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("damaged.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("preferences/watchIntervalSeconds"), 2); // under 10
        settings.setValue(QStringLiteral("preferences/projectsIntervalSeconds"), QStringLiteral("often"));
        settings.setValue(QStringLiteral("preferences/detailIntervalSeconds"), 7);
        settings.setValue(QStringLiteral("preferences/language"), QStringLiteral("tlh"));
        settings.setValue(QStringLiteral("view/theme"), QStringLiteral("neon"));
        settings.setValue(QStringLiteral("preferences/rawRetentionHours"), 700);
        settings.setValue(QStringLiteral("preferences/aggregateRetentionDays"), 2); // shorter than the raw 700 h
        const Preferences p = Preferences::load(settings);
        QCOMPARE(p.watchIntervalSeconds, 60);
        QCOMPARE(p.projectsIntervalSeconds, 30);
        QCOMPARE(p.detailIntervalSeconds, 7); // the good one is kept
        QCOMPARE(p.language, QString());
        QCOMPARE(p.theme, QStringLiteral("system"));
        QCOMPARE(p.rawRetentionHours, 48);
        QCOMPARE(p.aggregateRetentionDays, 30);
        QVERIFY(p.validate().isEmpty());
    }

    void limits_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<int>("value");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("list 0 s") << 0 << 0 << "1 to 3600";
        QTest::newRow("detail 2 h") << 1 << 7200 << "1 to 3600";
        QTest::newRow("watch 5 s") << 2 << 5 << "10 to 3600";
        QTest::newRow("raw 0 h") << 3 << 0 << "1 to 720";
        QTest::newRow("aggregates 0 days") << 4 << 0 << "1 to 3650";
        QTest::newRow("aggregates shorter than raw") << 5 << 1 << "at least as long";
    }

    void limits()
    {
        QFETCH(int, field);
        QFETCH(int, value);
        QFETCH(QString, fragment);
        Preferences p;
        switch (field) {
        case 0: p.projectsIntervalSeconds = value; break;
        case 1: p.detailIntervalSeconds = value; break;
        case 2: p.watchIntervalSeconds = value; break;
        case 3: p.rawRetentionHours = value; break;
        case 4: p.aggregateRetentionDays = value; break;
        case 5: p.aggregateRetentionDays = value; p.rawRetentionHours = 48; break;
        }
        QVERIFY2(p.validate().contains(fragment), qPrintable(p.validate()));
    }

    void appliedFieldByField()
    {
        AppPreferences prefs(Preferences{});
        QSignalSpy retention(&prefs, &AppPreferences::retentionChanged);
        QSignalSpy watch(&prefs, &AppPreferences::watchIntervalChanged);
        QSignalSpy notifications(&prefs, &AppPreferences::desktopNotificationsChanged);
        QSignalSpy theme(&prefs, &AppPreferences::themeChanged);
        QSignalSpy language(&prefs, &AppPreferences::languageChanged);
        QSignalSpy changed(&prefs, &AppPreferences::changed);
        QSettings settings(m_dir.filePath(QStringLiteral("applied.ini")), QSettings::IniFormat);

        Preferences p = prefs.current();
        p.watchIntervalSeconds = 90;
        p.theme = QStringLiteral("light");
        QVERIFY(prefs.apply(p, &settings));
        QCOMPARE(watch.count(), 1);
        QCOMPARE(watch.first().first().toInt(), 90000);
        QCOMPARE(theme.count(), 1);
        QCOMPARE(theme.first().first().toString(), QStringLiteral("light"));
        QCOMPARE(retention.count() + notifications.count() + language.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(Preferences::load(settings), p); // saved

        QVERIFY(prefs.apply(p, &settings)); // the same again: nothing to say
        QCOMPARE(changed.count(), 1);

        p.language = QStringLiteral("zh_CN");
        p.rawRetentionHours = 12;
        p.desktopNotifications = false;
        QVERIFY(prefs.apply(p, nullptr));
        QCOMPARE(language.count(), 1);
        QCOMPARE(retention.count(), 1);
        QCOMPARE(retention.first().first().value<HistoryRetention>().rawMs, 12LL * 3600 * 1000);
        QCOMPARE(notifications.count(), 1);
        QCOMPARE(Preferences::load(settings).language, QString()); // not saved without settings

        // Refused: nothing changes, nothing is said.
        Preferences bad = p;
        bad.watchIntervalSeconds = 1;
        QString error;
        QVERIFY(!prefs.apply(bad, &settings, &error));
        QVERIFY(error.contains(QLatin1String("10 to 3600")));
        QCOMPARE(prefs.current(), p);
        QCOMPARE(changed.count(), 2);
    }

    void exportFolderMadeWhenMissing()
    {
        const QString folder = m_dir.filePath(QStringLiteral("fresh/Documents/omsdash"));
        QString error;
        QVERIFY2(preferences::ensureFolder(folder, &error), qPrintable(error));
        QVERIFY(QFileInfo(folder).isDir());
        QVERIFY(preferences::ensureFolder(folder, &error)); // there already
        QFile file(m_dir.filePath(QStringLiteral("a-file")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(!preferences::ensureFolder(file.fileName(), &error));
        QVERIFY2(error.contains(file.fileName()), qPrintable(error));
        QVERIFY(!preferences::ensureFolder(file.fileName() + QStringLiteral("/below"), &error));
    }

    void newInstancesPollAsPreferred()
    {
        HttpTransport transport;
        InstanceListEdit edit(QList<InstanceProfile>{}, {}, &transport);
        const int plain = edit.add();
        QCOMPARE(edit.at(plain).projectsIntervalSeconds, 30);
        Preferences p;
        p.projectsIntervalSeconds = 120;
        p.detailIntervalSeconds = 10;
        p.tablesIntervalSeconds = 60;
        edit.setNewInstanceDefaults(p);
        const int row = edit.add();
        QCOMPARE(edit.at(row).projectsIntervalSeconds, 120);
        QCOMPARE(edit.at(row).detailIntervalSeconds, 10);
        QCOMPARE(edit.at(row).tablesIntervalSeconds, 60);
        QCOMPARE(edit.at(plain).projectsIntervalSeconds, 30); // the ones there keep theirs
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestPreferences)
#include "tst_preferences.moc"
