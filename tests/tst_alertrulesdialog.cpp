// SPDX-License-Identifier: MIT
// View > Alert rules…: the form shows the settings it was given, what is typed becomes the
// settings, an override row becomes an AlertOverride, and OK is refused with the reason while
// OMS's ranges or a rule name are wrong.
#include "alertrulesdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace omsdash;

class TestAlertRulesDialog : public QObject
{
    Q_OBJECT

    static QPushButton *ok(const AlertRulesDialog &d)
    {
        return d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }

private slots:
    void showsAndReturnsTheSettings()
    {
        AlertSettings s;
        s.medium.latencyMs = 120'000;
        s.rpsShare = 0.4;
        AlertOverride billing;
        billing.instance = QStringLiteral("oms-prod");
        billing.projectId = QStringLiteral("np_7b2d3f");
        billing.latencyMs = 600'000;
        billing.disabledRules = {QStringLiteral("rpsBelowBaseline")};
        s.overrides = {billing};
        AlertRulesDialog dialog(s, {QStringLiteral("oms-prod")});
        QCOMPARE(dialog.latencySeconds(1)->value(), 120);
        QVERIFY(dialog.settings() == s); // shown and read back unchanged
        QVERIFY(ok(dialog)->isEnabled());
        QCOMPARE(dialog.overridesTable()->item(0, 2)->text(), QStringLiteral("600"));
        const QString shots = qEnvironmentVariable("OMSDASH_TEST_SHOTS");
        if (!shots.isEmpty()) {
            dialog.resize(dialog.sizeHint().expandedTo(QSize(760, 620)));
            dialog.grab().save(shots + QStringLiteral("/alert-rules.png"));
        }
    }

    void outOfRangeIsRefusedWithTheReason()
    {
        AlertRulesDialog dialog(AlertSettings{}, {});
        dialog.latencySeconds(0)->setValue(400); // HIGH over OMS's 5 minutes
        QVERIFY(!ok(dialog)->isEnabled());
        QVERIFY2(dialog.problem().contains(QStringLiteral("HIGH latencySeconds must be 1 to 300")), qPrintable(dialog.problem()));
        bool shown = false;
        for (const QLabel *l : dialog.findChildren<QLabel *>())
            shown = shown || l->text().contains(QStringLiteral("HIGH latencySeconds"));
        QVERIFY(shown);
        dialog.latencySeconds(0)->setValue(90);
        QVERIFY(ok(dialog)->isEnabled());
        QCOMPARE(dialog.settings().high.latencyMs, 90'000);
    }

    void overrideRows()
    {
        AlertRulesDialog dialog(AlertSettings{}, {QStringLiteral("oms-staging")});
        QPushButton *add = nullptr;
        for (QPushButton *b : dialog.findChildren<QPushButton *>())
            add = b->text() == QStringLiteral("Add") ? b : add;
        QVERIFY(add);
        add->click();
        QTableWidget *table = dialog.overridesTable();
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("oms-staging")); // the first instance, to start from
        table->item(0, 5)->setText(QStringLiteral("latency, vanished"));
        table->item(0, 4)->setText(QStringLiteral("120"));
        QVERIFY(ok(dialog)->isEnabled());
        const AlertOverride o = dialog.settings().overrides.value(0);
        QCOMPARE(o.instance, QStringLiteral("oms-staging"));
        QCOMPARE(o.disabledRules, (QStringList{QStringLiteral("latency"), QStringLiteral("vanished")}));
        QCOMPARE(o.repeatMs, std::optional<qint64>(120 * 60'000));
        QVERIFY(!o.latencyMs);

        table->item(0, 5)->setText(QStringLiteral("lag"));
        QVERIFY(!ok(dialog)->isEnabled());
        QVERIFY2(dialog.problem().contains(QStringLiteral("unknown rule 'lag'")), qPrintable(dialog.problem()));
        table->item(0, 5)->setText(QString());
        table->item(0, 2)->setText(QStringLiteral("ten"));
        QVERIFY(!ok(dialog)->isEnabled());
        QVERIFY2(dialog.problem().contains(QStringLiteral("not a number")), qPrintable(dialog.problem()));
    }
};

QTEST_MAIN(TestAlertRulesDialog)
#include "tst_alertrulesdialog.moc"
