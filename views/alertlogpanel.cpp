// SPDX-License-Identifier: MIT
#include "alertlogpanel.h"

#include "headerstate.h"

#include "alertcenter.h"
#include "alertlogmodel.h"
#include "delegates.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace omsdash {

namespace {
constexpr qint64 Hour = 3'600'000;
} // namespace

AlertLogPanel::AlertLogPanel(AlertCenter *center, QWidget *parent)
    : QWidget(parent)
    , m_center(center)
    , m_filter(new AlertLogFilterModel(this))
    , m_text(new QLineEdit(this))
    , m_activeOnly(new QCheckBox(tr("Active only"), this))
    , m_severity(new QComboBox(this))
    , m_acknowledge(new QPushButton(tr("Acknowledge"), this))
    , m_silence(new QToolButton(this))
    , m_silenceMenu(new QMenu(this))
    , m_view(new QTableView(this))
{
    m_filter->setSourceModel(center->log());
    m_text->setPlaceholderText(tr("Filter alerts by project, rule, message…"));
    m_text->setClearButtonEnabled(true);
    m_severity->addItem(tr("All severities"), QString());
    m_severity->addItem(tr("MEDIUM and HIGH"), QStringLiteral("MEDIUM"));
    m_severity->addItem(tr("HIGH only"), QStringLiteral("HIGH"));
    m_acknowledge->setToolTip(tr("No more repeats of the selected alerts until they resolve"));
    m_silence->setText(tr("Silence"));
    m_silence->setPopupMode(QToolButton::InstantPopup);
    m_silence->setMenu(m_silenceMenu);
    m_silence->setToolTip(tr("Notify no one about the selected alert, its project or its instance for a while"));
    const QList<std::pair<int, QString>> scopes{{0, tr("This alert")}, {1, tr("This project")}, {2, tr("This instance")}};
    for (const auto &[scope, label] : scopes) {
        QMenu *sub = m_silenceMenu->addMenu(label);
        for (const int hours : {1, 4, 24})
            sub->addAction(tr("for %n hour(s)", nullptr, hours), this, [this, scope = scope, hours] {
                silenceSelected(scope, hours * Hour);
            });
    }
    auto *exportButton = new QPushButton(tr("Export CSV…"), this);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_text, 1);
    bar->addWidget(m_severity);
    bar->addWidget(m_activeOnly);
    bar->addSpacing(12);
    bar->addWidget(m_acknowledge);
    bar->addWidget(m_silence);
    bar->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AlertLogModel::TimeColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setItemDelegateForColumn(AlertLogModel::SeverityColumn, new BadgeDelegate(true, m_view));
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(AlertLogModel::MessageColumn, QHeaderView::Stretch);
    header->resizeSection(AlertLogModel::TimeColumn, m_view->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00 00:00:00")) + 16);
    const QFontMetrics fm = m_view->fontMetrics();
    header->resizeSection(AlertLogModel::ProjectColumn, fm.horizontalAdvance(QStringLiteral("billing rehearsal 0000")));
    header->resizeSection(AlertLogModel::RuleColumn, fm.horizontalAdvance(QStringLiteral("Project gone from the list")));
    header->resizeSection(AlertLogModel::InstanceColumn, fm.horizontalAdvance(QStringLiteral("oms-staging https (demo)")));
    header->resizeSection(AlertLogModel::StateColumn, fm.horizontalAdvance(QStringLiteral("Acknowledged 00")));
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    (new HeaderState(header, QStringLiteral("alertLog")))->restore();

    connect(m_text, &QLineEdit::textChanged, m_filter, &AlertLogFilterModel::setText);
    connect(m_activeOnly, &QCheckBox::toggled, m_filter, &AlertLogFilterModel::setActiveOnly);
    connect(m_severity, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this] { m_filter->setMinSeverity(m_severity->currentData().toString()); });
    connect(m_acknowledge, &QPushButton::clicked, this, &AlertLogPanel::acknowledgeSelected);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString path = QFileDialog::getSaveFileName(this, tr("Export alert log"),
                                                          dir + QStringLiteral("/omsdash-alerts.csv"),
                                                          tr("CSV (*.csv)"));
        QString error;
        if (!path.isEmpty() && !exportCsv(path, &error))
            QMessageBox::warning(this, tr("Export alert log"), error);
    });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit openRequested(index.data(AlertLogModel::InstanceRole).toString(),
                           index.data(AlertLogModel::ProjectIdRole).toString());
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (!m_view->indexAt(pos).isValid())
            return;
        QMenu menu(this);
        menu.addAction(tr("Open project"), this, [this] {
            const QModelIndex i = selectedSourceRow();
            if (i.isValid())
                emit openRequested(i.data(AlertLogModel::InstanceRole).toString(),
                                   i.data(AlertLogModel::ProjectIdRole).toString());
        });
        menu.addAction(m_acknowledge->text(), this, &AlertLogPanel::acknowledgeSelected)->setEnabled(m_acknowledge->isEnabled());
        menu.addMenu(m_silenceMenu)->setText(tr("Silence"));
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AlertLogPanel::updateButtons);
    connect(center->log(), &QAbstractItemModel::dataChanged, this, &AlertLogPanel::updateButtons);
    updateButtons();
}

QModelIndex AlertLogPanel::selectedSourceRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QModelIndex() : m_filter->mapToSource(rows.first());
}

void AlertLogPanel::updateButtons()
{
    bool firing = false;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows()) {
        const auto s = AlertState(i.data(AlertLogModel::StateRole).toInt());
        firing = firing || s == AlertState::Firing || s == AlertState::Silenced;
    }
    m_acknowledge->setEnabled(firing);
    m_silence->setEnabled(selectedSourceRow().isValid());
}

int AlertLogPanel::acknowledgeSelected()
{
    int done = 0;
    QSet<QString> keys;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
        keys.insert(i.data(AlertLogModel::KeyRole).toString());
    for (const QString &key : std::as_const(keys))
        done += m_center->acknowledge(key) ? 1 : 0;
    updateButtons();
    return done;
}

void AlertLogPanel::silenceSelected(int scope, qint64 forMs)
{
    const QModelIndex i = selectedSourceRow();
    if (!i.isValid())
        return;
    const QString instance = i.data(AlertLogModel::InstanceRole).toString();
    const QString project = scope <= 1 ? i.data(AlertLogModel::ProjectIdRole).toString() : QString();
    const auto rule = scope == 0 ? alertRuleFromName(i.data(AlertLogModel::RuleRole).toString()) : std::nullopt;
    m_center->silence(instance, project, rule, forMs);
    updateButtons();
}

bool AlertLogPanel::exportCsv(const QString &path, QString *error)
{
    QList<int> rows;
    for (int r = 0; r < m_filter->rowCount(); ++r)
        rows << m_filter->mapToSource(m_filter->index(r, 0)).row();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_center->log()->toCsv(rows)) < 0 || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace omsdash
