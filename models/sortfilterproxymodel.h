// SPDX-License-Identifier: MIT
#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

#include <functional>
#include <optional>
#include <vector>

namespace omsdash {

/// Sorting and filtering for omsdash's tables, with what QSortFilterProxyModel lacks:
/// - it sorts on SortRole, and a missing value (an invalid SortRole, shown as "–") sorts
///   last in both directions;
/// - ties are broken by a row order of the source's (setTieBreak(), e.g. worst first), the
///   same way in both directions, so equal rows never fall back to the server's order and
///   the order survives polls, filtering and clearing the filter;
/// - it filters by text over every column (case-insensitive) and by one role's value.
/// Headers may give Qt::InitialSortOrderRole: QHeaderView's first click then sorts that way.
///
/// Each source row's sort key (its SortRole value, a string as a collation key) and filter
/// text (its columns' display text) are read once and kept until the row changes, so sorting
/// 100,000 rows asks the source 100,000 times, not 3.4 million, and a filter keystroke
/// searches kept text instead of formatting every cell again.
class SortFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    /// Whether the source row @p a comes before @p b; a strict weak order.
    using RowOrder = std::function<bool(const QModelIndex &a, const QModelIndex &b)>;

    explicit SortFilterProxyModel(QObject *parent = nullptr);

    void setTieBreak(RowOrder order);
    /// Also watches the source: a change outside the sort column (a tie-break fact: alarm
    /// level, latency) re-sorts once after the signals of a poll.
    void setSourceModel(QAbstractItemModel *source) override;

    QString filterText() const { return m_text; }
    /// Shows only rows whose @p role (of column 0) equals @p value; an invalid value shows all.
    void setRoleFilter(int role, const QVariant &value);
    int roleFilterRole() const { return m_role; }
    QVariant roleFilterValue() const { return m_value; }

public slots:
    /// Case-insensitive fixed-string filter over all columns.
    void setFilterText(const QString &text);

signals:
    /// The text or the role filter changed.
    void filtersChanged();

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    /// A source row's SortRole value, ready to compare.
    struct SortKey
    {
        enum class Kind : quint8 { Missing, Number, Text, Other };
        Kind kind = Kind::Missing;
        double number = 0;
        QVariant value;                         ///< as the source gave it (Text, Other)
        std::optional<QCollatorSortKey> collated; ///< Text: of the case-folded text
    };
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    /// Forgets what was kept of the source rows in [first, last]; all of them when first < 0.
    void forgetRows(int first = -1, int last = -1);
    const SortKey &sortKey(int sourceRow) const;
    const QString &rowText(int sourceRow) const;

    mutable std::vector<std::optional<SortKey>> m_sortKeys; ///< by source row, for m_keyColumn
    mutable int m_keyColumn = -1;
    mutable std::vector<std::optional<QString>> m_rowTexts; ///< by source row: case-folded display text
    QCollator m_collator; ///< the default locale's, as QString::localeAwareCompare()
    QList<QMetaObject::Connection> m_forget;
    RowOrder m_tieBreak;
    QMetaObject::Connection m_watch;
    bool m_resortDue = false;
    QString m_text;
    QString m_foldedText; ///< m_text, case-folded as the kept row texts are
    int m_role = 0;
    QVariant m_value;
};

} // namespace omsdash
