// SPDX-License-Identifier: MIT
#pragma once

#include "alertengine.h"
#include "historystore.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace omsdash {

/// Where an alert stands now, as the alert log shows it beside each of its rows.
enum class AlertState {
    None,         ///< no alert of that key is active and none resolved in the log
    Pending,      ///< its condition holds, not yet for its pending period
    Firing,
    Acknowledged, ///< firing; a person took it: no repeats until it resolves
    Silenced,     ///< firing; a silence keeps it from notifying
    Resolved,
};
/// "Firing", "Acknowledged", ... (translated); empty for None.
QString alertStateText(AlertState state);

/// The alert log as a table: one row per logged event (raised, repeated, resolved) or note
/// (acknowledged, silenced, deliveryFailed), oldest first, at most MaxRows (the oldest leave).
/// The State column shows where each row's alert stands now (setStates()). Decides nothing
/// about alerts; the AlertCenter feeds it.
class AlertLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,     ///< local time; ToolTip UTC
        SeverityColumn, ///< HIGH, MEDIUM, LOW
        EventColumn,    ///< raised, repeated, resolved, acknowledged, silenced, not delivered (translated)
        RuleColumn,     ///< the rule's title
        InstanceColumn,
        ProjectColumn,  ///< project name; ToolTip its ID
        MessageColumn,
        StateColumn,    ///< alertStateText() of the row's alert now
        ColumnCount
    };
    enum Role {
        KeyRole = Qt::UserRole + 1, ///< QString Alert::key
        InstanceRole,   ///< QString
        ProjectIdRole,  ///< QString; empty for an instance's alert
        SeverityRole,   ///< QString HIGH / MEDIUM / LOW
        RuleRole,       ///< QString alertRuleName()
        KindRole,       ///< QString AlertLogEntry::kind
        StateRole,      ///< int AlertState of the row's alert now
        TimeRole,       ///< qint64 UTC ms
        SortRole,       ///< what the columns sort by: time as ms, severity by rank, text otherwise
    };
    static constexpr int MaxRows = 10000;

    explicit AlertLogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Replaces every row (the log read from the store at start).
    void setEntries(const QList<AlertLogEntry> &entries);
    /// Adds a row at the end.
    void append(const AlertLogEntry &entry);
    /// Where each alert stands now, by key; a key absent is Resolved when the log has its
    /// resolution, else None.
    void setStates(const QHash<QString, AlertState> &states);
    AlertState stateOf(const QString &key) const;

    const AlertLogEntry &entry(int row) const { return m_rows.at(row); }

    /// RFC 4180 CSV, UTF-8, header first, times ISO 8601 UTC: every row, columns time,
    /// severity, event, rule, instance, project ID, project name, step, message, value,
    /// threshold, state.
    QByteArray toCsv() const;
    /// ... only rows @p rows, in that order (none: the header alone).
    QByteArray toCsv(const QList<int> &rows) const;

    /// The row an alert event makes.
    static AlertLogEntry entryOf(const AlertEvent &event);
    /// "raised", "not delivered", ... for a kind (translated).
    static QString kindText(const QString &kind);

private:
    QList<AlertLogEntry> m_rows;
    QHash<QString, AlertState> m_states;
};

/// The alert log's filter: text in any column (case-insensitive), only alerts still active
/// (pending, firing, acknowledged or silenced), and a lowest severity. Sorts by SortRole.
class AlertLogFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AlertLogFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    void setActiveOnly(bool activeOnly);
    bool activeOnly() const { return m_activeOnly; }
    /// HIGH, MEDIUM or LOW (and above); empty for all.
    void setMinSeverity(const QString &severity);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    bool m_activeOnly = false;
    int m_minRank = 0;
};

} // namespace omsdash
