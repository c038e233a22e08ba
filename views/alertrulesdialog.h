// SPDX-License-Identifier: MIT
#pragma once

#include "alertsettings.h"

#include <QDialog>

class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace omsdash {

/// View > Alert rules…: the AlertSettings as a form. OMS's three protection levels
/// (synchronization latency, interruption duration, alert frequency), omsdash's own
/// thresholds, and the overrides by instance and project (an empty cell keeps the level's
/// value; rules to turn off by name, comma-separated). OK stays disabled, with the reason
/// shown, while AlertSettings::validate() refuses what is entered.
class AlertRulesDialog : public QDialog
{
    Q_OBJECT

public:
    AlertRulesDialog(const AlertSettings &settings, const QStringList &instances, QWidget *parent = nullptr);

    /// What the form says now.
    AlertSettings settings() const;
    /// Why settings() is refused; empty when it is valid.
    QString problem() const;

    QTableWidget *overridesTable() const { return m_overrides; }
    QSpinBox *latencySeconds(int level) const { return m_latency[level]; } ///< 0 HIGH, 1 MEDIUM, 2 LOW

private:
    void load(const AlertSettings &settings);
    void check();
    void addOverride(const AlertOverride &o);

    QSpinBox *m_latency[3];
    QSpinBox *m_interruption[3];
    QSpinBox *m_repeat[3];
    QSpinBox *m_clearShare;
    QSpinBox *m_latencyPending;
    QSpinBox *m_rpsShare;
    QDoubleSpinBox *m_rtFactor;
    QSpinBox *m_ratePending;
    QSpinBox *m_downPolls;
    QTableWidget *m_overrides;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace omsdash
