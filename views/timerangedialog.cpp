// SPDX-License-Identifier: MIT
#include "timerangedialog.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace omsdash {

namespace {
QDateTimeEdit *timeEdit(qint64 ms, QWidget *parent)
{
    auto *edit = new QDateTimeEdit(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    edit->setTimeSpec(Qt::LocalTime);
    return edit;
}
} // namespace

TimeRangeDialog::TimeRangeDialog(TimeWindow::Range initial, qint64 nowMs, QWidget *parent)
    : QDialog(parent)
    , m_now(nowMs)
    , m_from(timeEdit(initial.fromMs, this))
    , m_to(timeEdit(initial.toMs, this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Custom time range"));
    auto *form = new QFormLayout;
    form->addRow(tr("&From"), m_from);
    form->addRow(tr("&To"), m_to);
    const QString offset = QDateTime::fromMSecsSinceEpoch(nowMs).toLocalTime().timeZoneAbbreviation();
    auto *note = new QLabel(tr("Local time (%1). The charts keep showing this range until you "
                               "choose a range in the list or double-click a chart.")
                                .arg(offset),
                            this);
    note->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: palette(link-visited)"));
    m_problem->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &TimeRangeDialog::validate);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, &TimeRangeDialog::validate);
    validate();
}

TimeWindow::Range TimeRangeDialog::range() const
{
    return {m_from->dateTime().toMSecsSinceEpoch(), m_to->dateTime().toMSecsSinceEpoch()};
}

void TimeRangeDialog::validate()
{
    const TimeWindow::Range r = range();
    QString problem;
    if (r.fromMs >= r.toMs)
        problem = tr("The start must be before the end.");
    else if (r.fromMs >= m_now)
        problem = tr("The start is in the future: there is nothing to show yet.");
    else if (r.spanMs() < TimeWindow::minimumSpanMs())
        problem = tr("The range must be at least %n second(s) long.", nullptr,
                     int(TimeWindow::minimumSpanMs() / 1000));
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace omsdash
