// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;

namespace omsdash {

class Badge;
struct ProjectFacts;

/// The detail pane's header: the project's name and ID, its status and alarm badges (the
/// DRS console's words with the raw code in the tooltip), "Open in OMS console", the current
/// step, the incremental latency with the age and source of its sample, and the stale-data
/// and clock-skew warnings. Shows what setFacts() is given; decides nothing.
class ProjectHeader : public QWidget
{
    Q_OBJECT

public:
    explicit ProjectHeader(QWidget *parent = nullptr);

    void setFacts(const ProjectFacts &facts);

    /// The header as text, one line per label (the warning only when shown).
    QString text() const;
    QString latencyText() const;

private:
    QLabel *m_title;
    QLabel *m_id;
    Badge *m_status;
    Badge *m_alarm;
    QLabel *m_console; ///< "Open in OMS console", where the instance has one
    QLabel *m_step;
    QLabel *m_latency;
    QLabel *m_warning; ///< an ErrorLabel
};

} // namespace omsdash
