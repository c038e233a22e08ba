// SPDX-License-Identifier: MIT
#include "reportdialog.h"

#include "picture.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace omsdash {

namespace {
QString suffixOf(ReportOptions::Format f)
{
    switch (f) {
    case ReportOptions::Format::Pdf:
        return QStringLiteral("pdf");
    case ReportOptions::Format::Html:
        return QStringLiteral("html");
    case ReportOptions::Format::Csv:
        return QStringLiteral("csv");
    case ReportOptions::Format::Json:
        break;
    }
    return QStringLiteral("json");
}
} // namespace

ReportDialog::ReportDialog(const QString &instance, const QString &projectId, const QString &projectName,
                           QWidget *parent)
    : QDialog(parent)
    , m_instance(instance)
    , m_projectId(projectId)
    , m_project(new QRadioButton(this))
    , m_all(new QRadioButton(tr("Every project of %1").arg(instance), this))
    , m_range(new QComboBox(this))
    , m_format(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Export report"));
    m_project->setText(projectId.isEmpty() ? tr("The selected project (none selected)")
                                           : tr("The selected project: %1").arg(projectName.isEmpty() ? projectId : projectName));
    m_project->setEnabled(!projectId.isEmpty());
    (projectId.isEmpty() ? m_all : m_project)->setChecked(true);
    const struct
    {
        QString label;
        qint64 ms;
    } ranges[] = {{tr("Last hour"), 3600'000LL},      {tr("Last 6 hours"), 6 * 3600'000LL},
                  {tr("Last 24 hours"), 24 * 3600'000LL}, {tr("Last 7 days"), 7 * 86400'000LL},
                  {tr("Last 30 days"), 30 * 86400'000LL}};
    for (const auto &r : ranges)
        m_range->addItem(r.label, r.ms);
    m_range->setCurrentIndex(2);
    m_format->addItem(tr("PDF (A4, for reading and printing)"), int(ReportOptions::Format::Pdf));
    m_format->addItem(tr("HTML (one file, charts inside)"), int(ReportOptions::Format::Html));
    m_format->addItem(tr("CSV (steps, tables and samples: three files)"), int(ReportOptions::Format::Csv));
    m_format->addItem(tr("JSON (schemaVersion 1)"), int(ReportOptions::Format::Json));
    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("Projects"), m_project);
    form->addRow(QString(), m_all);
    form->addRow(tr("&Range"), m_range);
    form->addRow(tr("&Format"), m_format);
    form->addRow(tr("&Save to"), pathRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_format, qOverload<int>(&QComboBox::currentIndexChanged), this, &ReportDialog::suggestPath);
    connect(m_all, &QRadioButton::toggled, this, &ReportDialog::suggestPath);
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathEdited = true; });
    connect(m_path, &QLineEdit::textChanged, this,
            [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_path->text().trimmed().isEmpty()); });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export report"), m_path->text());
        if (!path.isEmpty()) {
            m_path->setText(path);
            m_pathEdited = true;
        }
    });
    suggestPath();
}

void ReportDialog::suggestPath()
{
    const QString suffix = suffixOf(ReportOptions::Format(m_format->currentData().toInt()));
    if (m_pathEdited) { // keep the user's folder and name, follow the format
        const QFileInfo info(m_path->text());
        m_path->setText(info.dir().filePath(info.completeBaseName() + u'.' + suffix));
        return;
    }
    QString dir = m_folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) : m_folder;
    if (dir.isEmpty())
        dir = QDir::homePath();
    const QString project = m_all->isChecked() ? QString() : m_projectId;
    m_path->setText(QDir(dir).filePath(picture::fileName(m_instance, project, QStringLiteral("report"), suffix)));
}

void ReportDialog::setFolder(const QString &folder)
{
    m_folder = folder;
    suggestPath();
}

ReportOptions ReportDialog::options() const
{
    ReportOptions o;
    o.format = ReportOptions::Format(m_format->currentData().toInt());
    o.out = m_path->text().trimmed();
    o.rangeMs = m_range->currentData().toLongLong();
    if (m_project->isChecked())
        o.projects = {m_projectId};
    return o;
}

} // namespace omsdash
