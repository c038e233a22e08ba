// SPDX-License-Identifier: MIT
#include "alertrulesdialog.h"

#include "alertengine.h"
#include "statuspalette.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace omsdash {

namespace {
enum OverrideColumn { InstanceColumn, ProjectColumn, LatencyColumn, InterruptionColumn, RepeatColumn, OffColumn, ColumnCount };

QSpinBox *spin(int min, int max, const QString &suffix, QWidget *parent)
{
    auto *s = new QSpinBox(parent);
    s->setRange(min, max);
    s->setSuffix(suffix);
    s->setAccelerated(true);
    return s;
}

QString cell(const QTableWidget *t, int row, int column)
{
    const QTableWidgetItem *i = t->item(row, column);
    return i ? i->text().trimmed() : QString();
}

/// An empty cell: not overridden; otherwise a number of @p unitMs.
std::optional<qint64> duration(const QString &text, qint64 unitMs, bool *ok)
{
    *ok = true;
    if (text.isEmpty())
        return std::nullopt;
    const double v = text.toDouble(ok);
    return *ok ? std::optional<qint64>(qint64(v * double(unitMs))) : std::nullopt;
}
} // namespace

AlertRulesDialog::AlertRulesDialog(const AlertSettings &settings, const QStringList &instances, QWidget *parent)
    : QDialog(parent)
    , m_clearShare(spin(1, 100, QStringLiteral(" %"), this))
    , m_latencyPending(spin(0, 3600, tr(" s"), this))
    , m_rpsShare(spin(1, 99, QStringLiteral(" %"), this))
    , m_rtFactor(new QDoubleSpinBox(this))
    , m_ratePending(spin(0, 24 * 60, tr(" min"), this))
    , m_downPolls(spin(1, 100, QString(), this))
    , m_overrides(new QTableWidget(0, ColumnCount, this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this))
{
    setWindowTitle(tr("Alert rules"));

    // OMS's own settings, per protection level (the project's alarm level).
    auto *levels = new QGroupBox(tr("Protection levels (as in the OMS console: System Management > Alerts)"), this);
    auto *grid = new QGridLayout(levels);
    grid->addWidget(new QLabel(tr("Synchronization latency over"), levels), 0, 1);
    grid->addWidget(new QLabel(tr("Interruption longer than"), levels), 0, 2);
    grid->addWidget(new QLabel(tr("Alert frequency: every"), levels), 0, 3);
    const char *names[] = {"HIGH", "MEDIUM", "LOW"};
    for (int l = 0; l < 3; ++l) {
        grid->addWidget(new QLabel(QLatin1String(names[l]), levels), l + 1, 0);
        m_latency[l] = spin(1, 24 * 3600, tr(" s"), levels);
        m_interruption[l] = spin(1, 7 * 24 * 60, tr(" min"), levels);
        m_repeat[l] = spin(1, 7 * 24 * 60, tr(" min"), levels);
        grid->addWidget(m_latency[l], l + 1, 1);
        grid->addWidget(m_interruption[l], l + 1, 2);
        grid->addWidget(m_repeat[l], l + 1, 3);
    }
    auto *note = new QLabel(tr("OMS's ranges: HIGH 1 s to 5 min, MEDIUM 30 s to 10 min, LOW at least MEDIUM's. "
                               "IGNORE never alerts."),
                            levels);
    note->setWordWrap(true);
    grid->addWidget(note, 4, 0, 1, 4);

    auto *other = new QGroupBox(tr("omsdash's thresholds"), this);
    auto *form = new QFormLayout(other);
    m_rtFactor->setRange(1.0, 100.0);
    m_rtFactor->setSingleStep(0.5);
    m_rtFactor->setSuffix(tr(" × baseline"));
    form->addRow(tr("Latency clears below its threshold's"), m_clearShare);
    form->addRow(tr("Latency must last"), m_latencyPending);
    form->addRow(tr("RPS alerts under its baseline's"), m_rpsShare);
    form->addRow(tr("RT alerts over"), m_rtFactor);
    form->addRow(tr("RPS and RT must last"), m_ratePending);
    form->addRow(tr("Instance down after failed polls"), m_downPolls);

    auto *exceptions = new QGroupBox(tr("Overrides by instance and project (the most specific wins)"), this);
    auto *exceptionsLayout = new QVBoxLayout(exceptions);
    m_overrides->setHorizontalHeaderLabels({tr("Instance"), tr("Project ID"), tr("Latency (s)"),
                                            tr("Interruption (min)"), tr("Frequency (min)"), tr("Rules off")});
    m_overrides->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_overrides->horizontalHeader()->setSectionResizeMode(OffColumn, QHeaderView::Stretch);
    m_overrides->verticalHeader()->hide();
    m_overrides->setToolTip(tr("Empty cells keep the protection level's value. Rules off, comma-separated: %1")
                                .arg([] {
                                    QStringList all;
                                    for (int r = 0; alertRuleFromName(alertRuleName(AlertRule(r))) == AlertRule(r); ++r)
                                        all << alertRuleName(AlertRule(r));
                                    return all.join(QStringLiteral(", "));
                                }()));
    auto *add = new QPushButton(tr("Add"), exceptions);
    auto *remove = new QPushButton(tr("Remove"), exceptions);
    auto *row = new QHBoxLayout;
    row->addWidget(add);
    row->addWidget(remove);
    row->addStretch(1);
    exceptionsLayout->addWidget(m_overrides);
    exceptionsLayout->addLayout(row);
    connect(add, &QPushButton::clicked, this, [this, instances] {
        AlertOverride o;
        o.instance = instances.value(0);
        addOverride(o);
        m_overrides->setCurrentCell(m_overrides->rowCount() - 1, InstanceColumn);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_overrides->currentRow() >= 0)
            m_overrides->removeRow(m_overrides->currentRow());
        check();
    });

    m_problem->setWordWrap(true);
    QPalette warning = m_problem->palette();
    warning.setColor(QPalette::WindowText, palette::alarmLevelColor(QStringLiteral("HIGH")));
    m_problem->setPalette(warning);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(levels);
    layout->addWidget(other);
    layout->addWidget(exceptions, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { load(AlertSettings{}); });

    load(settings);
    for (QSpinBox *s : findChildren<QSpinBox *>())
        connect(s, &QSpinBox::valueChanged, this, &AlertRulesDialog::check);
    connect(m_rtFactor, &QDoubleSpinBox::valueChanged, this, &AlertRulesDialog::check);
    connect(m_overrides, &QTableWidget::itemChanged, this, &AlertRulesDialog::check);
    check();
}

void AlertRulesDialog::load(const AlertSettings &s)
{
    const ProtectionLevelSettings *levels[] = {&s.high, &s.medium, &s.low};
    for (int l = 0; l < 3; ++l) {
        m_latency[l]->setValue(int(levels[l]->latencyMs / 1000));
        m_interruption[l]->setValue(int(levels[l]->interruptionMs / 60'000));
        m_repeat[l]->setValue(int(levels[l]->repeatMs / 60'000));
    }
    m_clearShare->setValue(qRound(s.clearShare * 100));
    m_latencyPending->setValue(int(s.latencyPendingMs / 1000));
    m_rpsShare->setValue(qRound(s.rpsShare * 100));
    m_rtFactor->setValue(s.rtFactor);
    m_ratePending->setValue(int(s.ratePendingMs / 60'000));
    m_downPolls->setValue(s.instanceDownPolls);
    m_overrides->setRowCount(0);
    for (const AlertOverride &o : s.overrides)
        addOverride(o);
    check();
}

void AlertRulesDialog::addOverride(const AlertOverride &o)
{
    const QSignalBlocker block(m_overrides);
    const int row = m_overrides->rowCount();
    m_overrides->insertRow(row);
    auto text = [](const std::optional<qint64> &ms, qint64 unit) {
        return ms ? QString::number(double(*ms) / double(unit)) : QString();
    };
    const QString cells[] = {o.instance, o.projectId, text(o.latencyMs, 1000), text(o.interruptionMs, 60'000),
                             text(o.repeatMs, 60'000), o.disabledRules.join(QStringLiteral(", "))};
    for (int c = 0; c < ColumnCount; ++c)
        m_overrides->setItem(row, c, new QTableWidgetItem(cells[c]));
}

AlertSettings AlertRulesDialog::settings() const
{
    AlertSettings s;
    ProtectionLevelSettings *levels[] = {&s.high, &s.medium, &s.low};
    for (int l = 0; l < 3; ++l) {
        levels[l]->latencyMs = qint64(m_latency[l]->value()) * 1000;
        levels[l]->interruptionMs = qint64(m_interruption[l]->value()) * 60'000;
        levels[l]->repeatMs = qint64(m_repeat[l]->value()) * 60'000;
    }
    s.clearShare = m_clearShare->value() / 100.0;
    s.latencyPendingMs = qint64(m_latencyPending->value()) * 1000;
    s.rpsShare = m_rpsShare->value() / 100.0;
    s.rtFactor = m_rtFactor->value();
    s.ratePendingMs = qint64(m_ratePending->value()) * 60'000;
    s.instanceDownPolls = m_downPolls->value();
    for (int r = 0; r < m_overrides->rowCount(); ++r) {
        AlertOverride o;
        o.instance = cell(m_overrides, r, InstanceColumn);
        o.projectId = cell(m_overrides, r, ProjectColumn);
        bool ok = true;
        o.latencyMs = duration(cell(m_overrides, r, LatencyColumn), 1000, &ok);
        o.interruptionMs = duration(cell(m_overrides, r, InterruptionColumn), 60'000, &ok);
        o.repeatMs = duration(cell(m_overrides, r, RepeatColumn), 60'000, &ok);
        for (const QString &rule : cell(m_overrides, r, OffColumn).split(QLatin1Char(','), Qt::SkipEmptyParts))
            o.disabledRules << rule.trimmed();
        s.overrides << o;
    }
    return s;
}

QString AlertRulesDialog::problem() const
{
    for (int r = 0; r < m_overrides->rowCount(); ++r) {
        for (const int c : {int(LatencyColumn), int(InterruptionColumn), int(RepeatColumn)}) {
            bool ok = true;
            duration(cell(m_overrides, r, c), 1, &ok);
            if (!ok)
                return tr("Override %1: %2 is not a number").arg(r + 1).arg(m_overrides->horizontalHeaderItem(c)->text());
        }
    }
    return settings().validate();
}

void AlertRulesDialog::check()
{
    const QString why = problem();
    m_problem->setText(why.isEmpty() ? QString() : QStringLiteral("⚠ ") + why);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

} // namespace omsdash
