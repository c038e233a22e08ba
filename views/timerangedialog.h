// SPDX-License-Identifier: MIT
#pragma once

#include "timewindow.h"

#include <QDialog>

class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;

namespace omsdash {

/// Asks for a custom chart range: a start and an end in local time, with a calendar. OK is
/// enabled only while the start is before the end and the start is not in the future; the
/// reason is shown otherwise.
class TimeRangeDialog : public QDialog
{
    Q_OBJECT

public:
    /// Starts from @p initial (UTC ms); @p nowMs bounds the start.
    TimeRangeDialog(TimeWindow::Range initial, qint64 nowMs, QWidget *parent = nullptr);

    /// The chosen range, UTC ms.
    TimeWindow::Range range() const;

    QDateTimeEdit *fromEdit() const { return m_from; }
    QDateTimeEdit *toEdit() const { return m_to; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    QLabel *problemLabel() const { return m_problem; }

private:
    void validate();

    qint64 m_now;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace omsdash
