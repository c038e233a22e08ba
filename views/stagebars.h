// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace omsdash {

struct ProjectFacts;
struct StageFacts;

/// Schema migration, full migration and full verification side by side: a bar per stage in
/// the colour of its step's status (drawn by the style, coloured through the palette), and
/// under the full and verification bars the records done of the total with the ETA, its rate
/// and confidence, and DRS's own remaining_time.
class StageBars : public QWidget
{
    Q_OBJECT

public:
    explicit StageBars(QWidget *parent = nullptr);

    void setFacts(const ProjectFacts &facts);

    /// The line under the full migration bar ("1,200 of 5,000 records · ETA ...").
    QString fullRecordsText() const;
    QString verifyRecordsText() const;
    QProgressBar *bar(int stage) const;

private:
    QProgressBar *m_bars[3];
    QLabel *m_records;
    QLabel *m_verifyRecords;
};

} // namespace omsdash
