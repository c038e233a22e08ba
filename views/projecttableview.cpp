// SPDX-License-Identifier: MIT
#include "projecttableview.h"

#include "delegates.h"
#include "headerstate.h"
#include "projectlistmodel.h"
#include "statusproxymodel.h"

#include <QHeaderView>

namespace omsdash {

ProjectTableView::ProjectTableView(QWidget *parent)
    : QTableView(parent)
    , m_proxy(new StatusProxyModel(this))
{
    m_proxy->setTieBreak(&ProjectListModel::rowWorseFirst);
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
    m_status = new BadgeDelegate(false, this);
    m_alarm = new BadgeDelegate(true, this);
    m_bars = new ProgressBarDelegate(this);
    m_headerState = new HeaderState(horizontalHeader(), QStringLiteral("projectTable/instance"));
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    emit projectSelected(m_proxy->mapToSource(current));
            });
}

void ProjectTableView::setProjectModel(QAbstractItemModel *model, int firstProjectColumn)
{
    // The list of all instances and that of one have their own layouts, each kept.
    m_headerState->setKey(firstProjectColumn > 0 ? QStringLiteral("projectTable/overview")
                                                 : QStringLiteral("projectTable/instance"));
    for (int c = 0; c < m_proxy->columnCount(); ++c)
        setItemDelegateForColumn(c, nullptr);
    m_proxy->setSourceModel(model);
    const int o = firstProjectColumn;
    setItemDelegateForColumn(o + ProjectListModel::StatusColumn, m_status);
    setItemDelegateForColumn(o + ProjectListModel::AlarmLevelColumn, m_alarm);
    setItemDelegateForColumn(o + ProjectListModel::SchemaProgressColumn, m_bars);
    setItemDelegateForColumn(o + ProjectListModel::FullProgressColumn, m_bars);
    for (int c = 0; c < o; ++c)
        setColumnWidth(c, 170);
    const int widths[] = {220, 90, 90, 170, 175, 90, 170, 90, 90, 100};
    for (int c = 0; c < ProjectListModel::ColumnCount; ++c)
        setColumnWidth(o + c, widths[c]);
    sortByColumn(o + ProjectListModel::StatusColumn, Qt::DescendingOrder);
    m_headerState->restore();
}

QString ProjectTableView::selectedProjectId() const
{
    const QModelIndex current = selectionModel()->currentIndex();
    return current.isValid() ? current.data(KeyRole).toString() : QString();
}

bool ProjectTableView::selectProject(const QString &key)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex idx = m_proxy->index(row, 0);
        if (idx.data(KeyRole).toString() == key) {
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
