// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

class QAbstractItemModel;

namespace omsdash {

/// One count of the summary over a table of projects, and the filter it stands for:
/// "2 FAILED" shows the rows whose StatusClassRole is Failed.
struct CountFacet
{
    QString label;  ///< "2 FAILED", "40 HIGH": the count, then word
    QString word;   ///< "FAILED", "HIGH" (失败, 高 in zh_CN): the console's word, what names the filter
    int role = 0;   ///< what a click filters on: StatusClassRole or ProjectListModel::AlarmRankRole
    QVariant value; ///< ... and the value kept: int(StatusClass), alarm rank 3/2/1
    int count = 0;
};

/// The counts over the rows of @p projects (a ProjectListModel or an OverviewModel), read
/// through their roles: by status class worst first (FAILED, SUSPEND, other states, RUNNING,
/// MONITORING, INIT, FINISHED, RELEASED), then by alarm level (HIGH, MEDIUM, LOW); only those
/// with rows, and the one filtering now (@p activeRole, @p activeValue) even with none, so an
/// active filter is always named and can be cleared.
QList<CountFacet> projectCountFacets(const QAbstractItemModel *projects, int activeRole = 0,
                                     const QVariant &activeValue = {});

/// "163 projects" when nothing is filtered; "12 of 163 shown: FAILED, “HIGH”" otherwise,
/// @p filters naming each active filter. @p shown and @p total count rows.
QString projectsShownText(int shown, int total, const QStringList &filters);

/// The same for the per-table view: "2,500 tables", "0 of 2,500 shown: “orders”".
QString tablesShownText(int shown, int total, const QStringList &filters);

} // namespace omsdash
