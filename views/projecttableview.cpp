// SPDX-License-Identifier: MIT
#include "projecttableview.h"

#include "delegates.h"
#include "projectlistmodel.h"
#include "statusproxymodel.h"

#include <QHeaderView>

namespace omsdash {

ProjectTableView::ProjectTableView(QWidget *parent)
    : QTableView(parent)
    , m_proxy(new StatusProxyModel(this))
{
    setModel(m_proxy);
    setSortingEnabled(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setHighlightSections(false);
    setItemDelegateForColumn(ProjectListModel::StatusColumn, new BadgeDelegate(false, this));
    setItemDelegateForColumn(ProjectListModel::AlarmLevelColumn, new BadgeDelegate(true, this));
    auto *bars = new ProgressBarDelegate(this);
    setItemDelegateForColumn(ProjectListModel::SchemaProgressColumn, bars);
    setItemDelegateForColumn(ProjectListModel::FullProgressColumn, bars);
    sortByColumn(ProjectListModel::StatusColumn, Qt::DescendingOrder);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    emit projectSelected(current.data(KeyRole).toString());
            });
}

void ProjectTableView::setProjectModel(ProjectListModel *model)
{
    m_proxy->setSourceModel(model);
    const int widths[] = {220, 90, 90, 170, 110, 90, 170, 90, 90, 100};
    for (int c = 0; c < ProjectListModel::ColumnCount; ++c)
        setColumnWidth(c, widths[c]);
}

QString ProjectTableView::selectedProjectId() const
{
    const QModelIndex current = selectionModel()->currentIndex();
    return current.isValid() ? current.data(KeyRole).toString() : QString();
}

bool ProjectTableView::selectProject(const QString &projectId)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex idx = m_proxy->index(row, 0);
        if (idx.data(KeyRole).toString() == projectId) {
            selectionModel()->setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect
                                                       | QItemSelectionModel::Rows);
            scrollTo(idx);
            return true;
        }
    }
    return false;
}

void ProjectTableView::ensureSelection()
{
    if (!selectionModel()->currentIndex().isValid() && m_proxy->rowCount() > 0)
        selectionModel()->setCurrentIndex(m_proxy->index(0, 0), QItemSelectionModel::ClearAndSelect
                                                                      | QItemSelectionModel::Rows);
}

} // namespace omsdash
