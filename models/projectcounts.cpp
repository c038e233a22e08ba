// SPDX-License-Identifier: MIT
#include "projectcounts.h"

#include "derived.h"
#include "keyedtablemodel.h"
#include "projectlistmodel.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QLocale>

#include <array>

namespace omsdash {

namespace {
QString tr(const char *s, const char *comment = nullptr)
{
    return QCoreApplication::translate("omsdash", s, comment); // lupdate's context for free functions here
}

QString statusWord(StatusClass c)
{
    switch (c) {
    case StatusClass::Failed:
        return QStringLiteral("FAILED");
    case StatusClass::Suspended:
        return QStringLiteral("SUSPEND");
    case StatusClass::Unknown:
        return tr("other");
    case StatusClass::Running:
        return QStringLiteral("RUNNING");
    case StatusClass::Monitoring:
        return QStringLiteral("MONITORING");
    case StatusClass::Init:
        return QStringLiteral("INIT");
    case StatusClass::Finished:
        return QStringLiteral("FINISHED");
    case StatusClass::Released:
        return QStringLiteral("RELEASED");
    }
    return {};
}

QString shown(int shown, int total, const QStringList &filters, const QString &all)
{
    if (filters.isEmpty())
        return all;
    return tr("%1 of %2 shown: %3")
        .arg(QLocale().toString(shown), QLocale().toString(total), filters.join(tr(", ", "between filters")));
}
} // namespace

QList<CountFacet> projectCountFacets(const QAbstractItemModel *projects, int activeRole, const QVariant &activeValue)
{
    constexpr StatusClass Order[] = {StatusClass::Failed,     StatusClass::Suspended, StatusClass::Unknown,
                                     StatusClass::Running,    StatusClass::Monitoring, StatusClass::Init,
                                     StatusClass::Finished,   StatusClass::Released};
    std::array<int, 8> byStatus{};
    std::array<int, 4> byRank{}; // alarm rank 0..3
    const int rows = projects ? projects->rowCount() : 0;
    for (int r = 0; r < rows; ++r) {
        const QModelIndex i = projects->index(r, 0);
        const auto c = StatusClass(i.data(StatusClassRole).toInt());
        for (int k = 0; k < int(std::size(Order)); ++k)
            byStatus[k] += Order[k] == c ? 1 : 0;
        const int rank = i.data(ProjectListModel::AlarmRankRole).toInt();
        if (rank >= 0 && rank <= 3)
            ++byRank[rank];
    }
    QList<CountFacet> facets;
    const auto active = [&](int role, int value) { return role == activeRole && activeValue == QVariant(value); };
    for (int k = 0; k < int(std::size(Order)); ++k)
        if (byStatus[k] > 0 || active(StatusClassRole, int(Order[k])))
            facets.append({QStringLiteral("%1 %2").arg(QLocale().toString(byStatus[k]), statusText(statusWord(Order[k]))),
                           statusText(statusWord(Order[k])), StatusClassRole, int(Order[k]), byStatus[k]});
    const char *levels[] = {"IGNORE", "LOW", "MEDIUM", "HIGH"};
    for (int rank = 3; rank >= 1; --rank)
        if (byRank[rank] > 0 || active(ProjectListModel::AlarmRankRole, rank))
            facets.append({QStringLiteral("%1 %2").arg(QLocale().toString(byRank[rank]), alarmLevelText(QLatin1String(levels[rank]))),
                           alarmLevelText(QLatin1String(levels[rank])), ProjectListModel::AlarmRankRole, rank, byRank[rank]});
    return facets;
}

QString projectsShownText(int shownRows, int total, const QStringList &filters)
{
    return shown(shownRows, total, filters, QCoreApplication::translate("omsdash", "%Ln project(s)", nullptr, total));
}

QString tablesShownText(int shownRows, int total, const QStringList &filters)
{
    return shown(shownRows, total, filters, QCoreApplication::translate("omsdash", "%Ln table(s)", nullptr, total));
}

} // namespace omsdash
