// SPDX-License-Identifier: MIT
#pragma once

#include <QLabel>
#include <QList>
#include <QTimer>

#include "projectcounts.h"

namespace omsdash {

class SortFilterProxyModel;

/// The line over a table of projects: its counts (projectCountFacets() of the proxy's
/// source), each a link that filters the table to those rows (clicked again: all rows), then
/// "163 projects", or "12 of 163 shown" naming the active filters with a link that clears them.
class ProjectCountsBar : public QLabel
{
    Q_OBJECT

public:
    explicit ProjectCountsBar(SortFilterProxyModel *proxy, QWidget *parent = nullptr);

    /// The counts shown now, for tests.
    const QList<CountFacet> &facets() const { return m_facets; }
    /// Follows the link of facet @p index, as a click does.
    void activateFacet(int index);

signals:
    /// "Clear" was clicked: the role filter is cleared here; the text filter is the owner's.
    void clearRequested();

private:
    void refresh();

    SortFilterProxyModel *m_proxy;
    QList<CountFacet> m_facets;
    QList<QMetaObject::Connection> m_sourceWatch; ///< the counts are the source's: rows the proxy hides count too
    QTimer m_coalesce;
};

} // namespace omsdash
