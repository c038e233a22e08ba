// SPDX-License-Identifier: MIT
#include "componentsview.h"

#include "headerstate.h"

#include "componentlistmodel.h"
#include "delegates.h"
#include "sortfilterproxymodel.h"

#include <QHeaderView>

namespace omsdash {

ComponentsView::ComponentsView(QWidget *parent)
    : QTableView(parent)
    , m_proxy(new SortFilterProxyModel(this))
{
    m_proxy->setSortRole(SortRole);
    setModel(m_proxy);
    setSortingEnabled(true);
    sortByColumn(ComponentListModel::ComponentColumn, Qt::AscendingOrder);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true); // the error, last
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    setItemDelegateForColumn(ComponentListModel::StatusColumn, new BadgeDelegate(false, this));
    setItemDelegateForColumn(ComponentListModel::ProgressColumn, new ProgressBarDelegate(this));
    m_headerState = new HeaderState(horizontalHeader(), QStringLiteral("components"));
}

void ComponentsView::setComponentModel(ComponentListModel *model)
{
    m_headerState->setKey(m_headerState->key()); // saved before the columns go
    m_proxy->setSourceModel(model);
    if (model) {
        sortByColumn(ComponentListModel::ComponentColumn, Qt::AscendingOrder);
        m_headerState->restore();
    }
}

} // namespace omsdash
