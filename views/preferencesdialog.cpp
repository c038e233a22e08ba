// SPDX-License-Identifier: MIT
#include "preferencesdialog.h"

#include "errorlabel.h"
#include "pollintervalsrow.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace omsdash {

PreferencesDialog::PreferencesDialog(const Preferences &p, QWidget *parent)
    : QDialog(parent)
    , m_exportFolder(p.exportFolder)
    , m_polls(new PollIntervalsRow(this))
    , m_watch(secondsBox(this, 10, 3600, p.watchIntervalSeconds))
    , m_notifications(new QCheckBox(tr("Show alerts as desktop notifications"), this))
    , m_raw(new QSpinBox(this))
    , m_aggregate(new QSpinBox(this))
    , m_language(new QComboBox(this))
    , m_theme(new QComboBox(this))
    , m_folder(new QLineEdit(this))
    , m_error(new ErrorLabel(this))
    , m_rulesHint(new QLabel(tr("Thresholds and exceptions: View > Alert rules…"), this))
    , m_rulesButton(new QPushButton(tr("Alert rules…"), this))
{
    setWindowTitle(tr("Preferences"));
    m_polls->setSeconds(p.projectsIntervalSeconds, p.detailIntervalSeconds, p.tablesIntervalSeconds);
    m_raw->setRange(1, 720);
    m_raw->setSuffix(tr(" h"));
    m_raw->setValue(p.rawRetentionHours);
    m_aggregate->setRange(1, 3650);
    m_aggregate->setSuffix(tr(" days"));
    m_aggregate->setValue(p.aggregateRetentionDays);
    m_notifications->setChecked(p.desktopNotifications);
    for (const auto &[code, name] : Preferences::languages())
        m_language->addItem(name, code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(p.language)));
    m_theme->addItem(tr("System"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(p.theme)));
    m_folder->setText(QDir::toNativeSeparators(p.effectiveExportFolder()));
    m_folder->setToolTip(tr("Reports and screenshots are proposed here; the folder is made when missing."));
    m_error->setWordWrap(true);

    auto *polling = new QGroupBox(tr("Polling"), this);
    auto *pollForm = new QFormLayout(polling);
    pollForm->addRow(tr("A new instance polls every"), m_polls);
    m_watch->setToolTip(tr("Each running project that is not on screen has its progress and steps collected this "
                           "often, for its charts, the alert rules and reports."));
    pollForm->addRow(tr("Projects not on screen, every"), m_watch);

    auto *alerts = new QGroupBox(tr("Alerts"), this);
    auto *alertsLayout = new QVBoxLayout(alerts);
    alertsLayout->addWidget(m_notifications);
    m_rulesHint->setEnabled(false);
    alertsLayout->addWidget(m_rulesHint);
    m_rulesButton->setToolTip(tr("The thresholds of each protection level and the exceptions by instance and project"));
    m_rulesButton->hide();
    auto *rulesRow = new QHBoxLayout;
    rulesRow->addWidget(m_rulesButton);
    rulesRow->addStretch(1);
    alertsLayout->addLayout(rulesRow);

    auto *history = new QGroupBox(tr("History"), this);
    auto *historyForm = new QFormLayout(history);
    historyForm->addRow(tr("Keep raw samples"), m_raw);
    historyForm->addRow(tr("Keep one-minute averages"), m_aggregate);

    auto *look = new QGroupBox(tr("Appearance"), this);
    auto *lookForm = new QFormLayout(look);
    lookForm->addRow(tr("Language"), m_language);
    lookForm->addRow(tr("Theme"), m_theme);

    auto *exports = new QGroupBox(tr("Export"), this);
    auto *exportForm = new QFormLayout(exports);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    auto *browse = new QPushButton(tr("Choose…"), this);
    folderRow->addWidget(browse);
    exportForm->addRow(tr("Folder"), folderRow);
    connect(browse, &QPushButton::clicked, this, &PreferencesDialog::chooseFolder);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    auto *layout = new QVBoxLayout(this);
    for (QWidget *w : std::initializer_list<QWidget *>{polling, alerts, history, look, exports})
        layout->addWidget(w);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.projectsIntervalSeconds = m_polls->projectsBox()->value();
    p.detailIntervalSeconds = m_polls->detailBox()->value();
    p.tablesIntervalSeconds = m_polls->tablesBox()->value();
    p.watchIntervalSeconds = m_watch->value();
    p.desktopNotifications = m_notifications->isChecked();
    p.rawRetentionHours = m_raw->value();
    p.aggregateRetentionDays = m_aggregate->value();
    p.language = m_language->currentData().toString();
    p.theme = m_theme->currentData().toString();
    // The default stays "the default" (it follows the account's Documents) unless changed.
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    p.exportFolder = (m_exportFolder.isEmpty() && folder == Preferences::defaultExportFolder()) || folder.isEmpty()
        ? QString()
        : folder;
    return p;
}

void PreferencesDialog::setAlertRulesAction(QAction *rules)
{
    m_rulesButton->disconnect();
    m_rulesButton->setVisible(rules != nullptr);
    m_rulesHint->setVisible(rules == nullptr);
    if (rules)
        connect(m_rulesButton, &QPushButton::clicked, rules, &QAction::trigger);
}

QString PreferencesDialog::problem() const
{
    return m_error->text();
}

void PreferencesDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export folder"), m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

void PreferencesDialog::accept()
{
    const Preferences p = preferences();
    QString problem = p.validate();
    if (problem.isEmpty())
        preferences::ensureFolder(p.effectiveExportFolder(), &problem);
    m_error->setText(problem);
    if (problem.isEmpty())
        QDialog::accept();
}

} // namespace omsdash
