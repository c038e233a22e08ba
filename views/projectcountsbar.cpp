// SPDX-License-Identifier: MIT
#include "projectcountsbar.h"

#include "sortfilterproxymodel.h"

namespace omsdash {

ProjectCountsBar::ProjectCountsBar(SortFilterProxyModel *proxy, QWidget *parent)
    : QLabel(parent)
    , m_proxy(proxy)
{
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    setToolTip(tr("Click a count to show only those projects; click it again for all"));
    // Polls change many rows at once: one recount after them.
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(0);
    connect(&m_coalesce, &QTimer::timeout, this, &ProjectCountsBar::refresh);
    const auto later = [this] { m_coalesce.start(); };
    const auto watchSource = [this, later] {
        for (const auto &c : std::as_const(m_sourceWatch))
            disconnect(c);
        m_sourceWatch.clear();
        if (QAbstractItemModel *source = m_proxy->sourceModel()) {
            for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
                m_sourceWatch << connect(source, signal, this, later);
            m_sourceWatch << connect(source, &QAbstractItemModel::modelReset, this, later);
            m_sourceWatch << connect(source, &QAbstractItemModel::dataChanged, this, later);
        }
        later();
    };
    connect(proxy, &QAbstractProxyModel::sourceModelChanged, this, watchSource);
    // "n of N shown" is the proxy's.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(proxy, signal, this, later);
    connect(proxy, &QAbstractItemModel::modelReset, this, later);
    connect(proxy, &QAbstractItemModel::layoutChanged, this, later);
    connect(proxy, &SortFilterProxyModel::filtersChanged, this, later);
    watchSource();
    connect(this, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == QLatin1String("clear")) {
            m_proxy->setRoleFilter(0, {});
            emit clearRequested();
        } else if (link.startsWith(QLatin1String("facet:"))) {
            activateFacet(link.mid(6).toInt());
        }
    });
    refresh();
}

void ProjectCountsBar::activateFacet(int index)
{
    if (index < 0 || index >= m_facets.size())
        return;
    const CountFacet &f = m_facets.at(index);
    const bool active = m_proxy->roleFilterRole() == f.role && m_proxy->roleFilterValue() == f.value;
    m_proxy->setRoleFilter(f.role, active ? QVariant() : f.value);
    refresh(); // now, not after the events: a test or a second click reads it at once
}

void ProjectCountsBar::refresh()
{
    QAbstractItemModel *source = m_proxy->sourceModel();
    m_facets = projectCountFacets(source, m_proxy->roleFilterRole(), m_proxy->roleFilterValue());
    QStringList parts;
    QStringList filters;
    for (int i = 0; i < m_facets.size(); ++i) {
        const CountFacet &f = m_facets.at(i);
        const bool active = m_proxy->roleFilterRole() == f.role && m_proxy->roleFilterValue() == f.value;
        const QString link = QStringLiteral("<a href=\"facet:%1\">%2</a>").arg(i).arg(f.label.toHtmlEscaped());
        parts << (active ? QStringLiteral("<b>%1</b>").arg(link) : link);
        if (active)
            filters << f.word;
    }
    if (!m_proxy->filterText().isEmpty())
        filters << tr("“%1”").arg(m_proxy->filterText());
    const int total = source ? source->rowCount() : 0;
    QString text = parts.join(QStringLiteral(" · "));
    if (!text.isEmpty())
        text += QStringLiteral(" · ");
    text += projectsShownText(m_proxy->rowCount(), total, filters).toHtmlEscaped();
    if (!filters.isEmpty())
        text += QStringLiteral(" · <a href=\"clear\">%1</a>").arg(tr("Show all").toHtmlEscaped());
    setText(text);
}

} // namespace omsdash
