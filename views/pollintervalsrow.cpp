// SPDX-License-Identifier: MIT
#include "pollintervalsrow.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

namespace omsdash {

QSpinBox *secondsBox(QWidget *parent, int low, int high, int value)
{
    auto *box = new QSpinBox(parent);
    box->setRange(low, high);
    box->setSuffix(PollIntervalsRow::tr(" s"));
    box->setValue(value);
    return box;
}

PollIntervalsRow::PollIntervalsRow(QWidget *parent)
    : QWidget(parent)
    , m_projects(secondsBox(this, 1, 3600, 30))
    , m_detail(secondsBox(this, 1, 3600, 5))
    , m_tables(secondsBox(this, 1, 3600, 15))
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(tr("list"), this));
    row->addWidget(m_projects);
    row->addWidget(new QLabel(tr("detail"), this));
    row->addWidget(m_detail);
    row->addWidget(new QLabel(tr("tables"), this));
    row->addWidget(m_tables);
    row->addStretch(1);
}

void PollIntervalsRow::setSeconds(int projects, int detail, int tables)
{
    m_projects->setValue(projects);
    m_detail->setValue(detail);
    m_tables->setValue(tables);
}

} // namespace omsdash
