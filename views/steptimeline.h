// SPDX-License-Identifier: MIT
#pragma once

#include <QListView>
#include <QPointer>
#include <QStyledItemDelegate>

namespace omsdash {

class StepListModel;

/// Paints one step of a StepListModel as a timeline row: a status dot on a vertical line,
/// "order. NAME — description", status badge, start, finish, duration, a bar placed on the
/// project's time span (StepListModel::timeSpan) filled to the step's progress, and for a
/// failed step its error code, message and failed time. The current step is highlighted.
class StepTimelineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit StepTimelineDelegate(QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

/// The step timeline of the selected project: a list view over StepListModel (column 0)
/// with StepTimelineDelegate; the step's metrics (stepInfo) are its tooltip.
class StepTimelineView : public QListView
{
    Q_OBJECT

public:
    explicit StepTimelineView(QWidget *parent = nullptr);
    void setStepModel(StepListModel *model);

protected:
    bool viewportEvent(QEvent *event) override;
    /// With no steps, the model's emptyReason() in the middle of the view.
    void paintEvent(QPaintEvent *event) override;

private:
    QPointer<StepListModel> m_steps;
};

} // namespace omsdash
