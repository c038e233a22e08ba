// SPDX-License-Identifier: MIT
#pragma once

#include <QTableView>

namespace omsdash {

class HeaderState;

class ComponentListModel;
class SortFilterProxyModel;

/// The selected OMS 4 project's components (ComponentListModel) as a sortable table: the
/// status as a badge, the progress as a bar. Presents only; the model decides what is shown.
class ComponentsView : public QTableView
{
    Q_OBJECT

public:
    explicit ComponentsView(QWidget *parent = nullptr);

    /// Shows @p model; nullptr shows nothing.
    void setComponentModel(ComponentListModel *model);

private:
    SortFilterProxyModel *m_proxy;
    HeaderState *m_headerState;
};

} // namespace omsdash
