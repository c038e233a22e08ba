// SPDX-License-Identifier: MIT
#include "statusproxymodel.h"

#include "derived.h"
#include "keyedtablemodel.h"
#include "statuspalette.h"

#include <QBrush>
#include <QFont>

namespace omsdash {

StatusProxyModel::StatusProxyModel(QObject *parent)
    : SortFilterProxyModel(parent)
{
}

QVariant StatusProxyModel::data(const QModelIndex &index, int role) const
{
    switch (role) {
    case Qt::BackgroundRole: {
        const QModelIndex src = mapToSource(index);
        const bool failed = src.data(StatusClassRole).toInt() == int(StatusClass::Failed);
        const bool alert = m_alertRole != 0 && src.data(m_alertRole).toBool();
        if (failed || alert)
            return QBrush(palette::tint(palette::statusColor(QStringLiteral("FAILED"))));
        break;
    }
    case Qt::ForegroundRole:
        if (SortFilterProxyModel::data(index, StaleRole).toBool())
            return QBrush(palette::staleText());
        break;
    case Qt::FontRole:
        if (SortFilterProxyModel::data(index, StaleRole).toBool()) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        break;
    default:
        break;
    }
    return SortFilterProxyModel::data(index, role);
}

} // namespace omsdash
