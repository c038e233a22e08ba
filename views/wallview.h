// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>
#include <QTimer>
#include <QWidget>

class QLabel;
class QListView;

namespace omsdash {

class OverviewModel;
class SortFilterProxyModel;

/// One project as a large tile (the wall): a band in its status colour, the name, the
/// instance and route, status and alarm level as badges, the current step with its progress,
/// and the incremental latency. Reads the cells of the row's other columns (an OverviewModel
/// row through any proxy); decides nothing.
class WallTileDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    /// @p firstProjectColumn: where ProjectListModel's columns start in the rows painted.
    explicit WallTileDelegate(int firstProjectColumn, QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    /// Every tile the same size, from the font: the Latin alphabet by 6 lines.
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QModelIndex cell(const QModelIndex &index, int projectColumn) const;

    int m_first;
};

/// View > Wall (F11): a full-screen window for a monitor across the room. Every instance's
/// projects as large tiles, worst first (SortFilterProxyModel's status order, the same as the
/// list's), under the counts in large type. Esc or F11 leaves it; Enter or a double click on a
/// tile leaves it on that project.
class WallView : public QWidget
{
    Q_OBJECT

public:
    /// Shows @p overview (not owned; it must outlive the view).
    explicit WallView(OverviewModel *overview, QWidget *parent = nullptr);
    ~WallView() override;

    /// The tiles' model: the overview worst first.
    SortFilterProxyModel *tiles() const { return m_proxy; }
    QListView *tileView() const { return m_view; }
    /// The counts line, as shown.
    QString countsText() const;
    /// Sets the line under the counts (which instances answer), e.g. statustext::overview().
    void setStatusText(const QString &text);

signals:
    /// Esc or F11.
    void leaveRequested();
    /// A tile was chosen: the project @p projectId of session @p instanceIndex.
    void projectChosen(int instanceIndex, const QString &projectId);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void refreshCounts();
    void fitTiles();
    void applyFonts();
    void choose(const QModelIndex &index);

    OverviewModel *m_overview;
    SortFilterProxyModel *m_proxy;
    QListView *m_view;
    QLabel *m_counts;
    QLabel *m_status;
    QTimer m_coalesce;
    QTimer m_fit;
    QFont m_baseFont; ///< the desktop's font: the tiles are a multiple of it
};

} // namespace omsdash
