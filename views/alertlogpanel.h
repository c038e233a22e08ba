// SPDX-License-Identifier: MIT
#pragma once

#include "alertengine.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QMenu;
class QPushButton;
class QTableView;
class QToolButton;

namespace omsdash {

class AlertCenter;
class AlertLogFilterModel;

/// The alert log (AlertCenter::log()) as a table, newest first: a filter (text, active only,
/// lowest severity), Acknowledge, Silence (the alert, its project or its instance, for 1 h,
/// 4 h or 24 h) and Export CSV. Double-clicking a row asks to open its project. What to do
/// with a click is the AlertCenter's to decide.
class AlertLogPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AlertLogPanel(AlertCenter *center, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    AlertLogFilterModel *filter() const { return m_filter; }
    /// Acknowledges the selected rows' alerts; how many were firing.
    int acknowledgeSelected();
    /// Silences what the selected row names, @p scope 0: its alert (rule), 1: its project,
    /// 2: its instance, for @p forMs.
    void silenceSelected(int scope, qint64 forMs);
    /// Writes the shown rows as CSV to @p path; false with @p error.
    bool exportCsv(const QString &path, QString *error);

signals:
    void openRequested(const QString &instance, const QString &projectId);

private:
    void updateButtons();
    QModelIndex selectedSourceRow() const;

    AlertCenter *m_center;
    AlertLogFilterModel *m_filter;
    QLineEdit *m_text;
    QCheckBox *m_activeOnly;
    QComboBox *m_severity;
    QPushButton *m_acknowledge;
    QToolButton *m_silence;
    QMenu *m_silenceMenu;
    QTableView *m_view;
};

} // namespace omsdash
