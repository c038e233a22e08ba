// SPDX-License-Identifier: MIT
#pragma once

#include "keyedtablemodel.h"
#include "types.h"

#include <functional>

namespace omsdash {

/// The steps of the selected project in execution order (DescribeProjectSteps), keyed by
/// step name. Drives the step timeline.
class StepListModel : public KeyedTableModel<Step>
{
    Q_OBJECT

public:
    enum Column {
        OrderColumn,
        NameColumn,
        DescriptionColumn,
        StatusColumn,
        StartColumn,
        FinishColumn,
        DurationColumn, ///< SortRole: seconds; running steps count up to now
        ProgressColumn, ///< ProgressRole: percent
        ErrorColumn,    ///< "code: message"
        ColumnCount
    };
    enum Role {
        StartTimeRole = FirstCustomRole, ///< QDateTime UTC, invalid when not started
        FinishTimeRole,    ///< QDateTime UTC, invalid while running
        DurationRole,      ///< double seconds, invalid when not started
        IsCurrentRole,     ///< bool: the project's current step
        ErrorCodeRole,
        ErrorMessageRole,
        FailedTimeRole,    ///< QDateTime UTC
        MetricsTextRole,   ///< stepInfo as lines of "label: value unit"
        /// QPointF(from, to): where the step lies on the timeline, as fractions 0..1 of
        /// timeSpan(); invalid when not started. The timeline's Gantt bar, through any proxy.
        BarRole,
    };

    explicit StepListModel(QObject *parent = nullptr);

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// The clock used for the duration of running steps (UTC). Defaults to the system clock.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    /// Name of the current step, as the server or currentStepName() says.
    void setCurrentStep(const QString &name);
    QString currentStep() const { return m_currentStep; }

    /// Why there are no rows though the project has a detail, for the empty timeline to say:
    /// "The OMS 3.3 API reports no steps: …" (InstanceSession sets it from the API); empty
    /// when rows are only not there yet.
    void setEmptyReason(const QString &reason)
    {
        if (reason == m_emptyReason)
            return;
        m_emptyReason = reason;
        emit emptyReasonChanged();
    }
    QString emptyReason() const { return m_emptyReason; }

    /// Earliest start and latest finish (or now) over all steps: the timeline's span.
    std::pair<QDateTime, QDateTime> timeSpan() const;

signals:
    void emptyReasonChanged();

protected:
    QString rowKey(const Step &s) const override { return s.name; }
    QVariant cellData(const Step &s, int column, int role) const override;

private:
    std::optional<double> durationSeconds(const Step &s) const;

    std::function<QDateTime()> m_clock;
    QString m_currentStep;
    QString m_emptyReason;
};

} // namespace omsdash
