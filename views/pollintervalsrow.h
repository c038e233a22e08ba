// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QSpinBox;

namespace omsdash {

/// The poll intervals of an instance in one row, "list [30 s] detail [5 s] tables [15 s]", 1
/// to 3600 s each: the project list, the detail of the project on screen, its per-table
/// progress (InstanceProfile's *IntervalSeconds). In File > Instances and File > Preferences.
class PollIntervalsRow : public QWidget
{
    Q_OBJECT

public:
    explicit PollIntervalsRow(QWidget *parent = nullptr);

    QSpinBox *projectsBox() const { return m_projects; }
    QSpinBox *detailBox() const { return m_detail; }
    QSpinBox *tablesBox() const { return m_tables; }
    void setSeconds(int projects, int detail, int tables);

private:
    QSpinBox *m_projects;
    QSpinBox *m_detail;
    QSpinBox *m_tables;
};

/// A box of whole seconds from @p low to @p high, showing @p value.
QSpinBox *secondsBox(QWidget *parent, int low, int high, int value);

} // namespace omsdash
