// SPDX-License-Identifier: MIT
#pragma once

#include "preferences.h"

#include <QDialog>

class QAction;
class QCheckBox;
class QPushButton;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace omsdash {

class PollIntervalsRow;

/// File > Preferences…: the form over a copy of Preferences. preferences() is the result when
/// accepted; OK is refused, with the reason, while Preferences::validate() or the export
/// folder (made when missing, preferences::ensureFolder()) says no.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(const Preferences &preferences, QWidget *parent = nullptr);

    /// The preferences as the form holds them now.
    Preferences preferences() const;
    /// Why OK was refused; empty after a good OK.
    QString problem() const;
    /// Offers "Alert rules…" (the protection levels' thresholds and the exceptions), which
    /// triggers @p rules (View > Alert rules…); without it, a note says where they are.
    void setAlertRulesAction(QAction *rules);
    QPushButton *alertRulesButton() const { return m_rulesButton; }

    // The form, for tests.
    PollIntervalsRow *pollIntervals() const { return m_polls; }
    QSpinBox *watchBox() const { return m_watch; }
    QCheckBox *notificationsBox() const { return m_notifications; }
    QSpinBox *rawRetentionBox() const { return m_raw; }
    QSpinBox *aggregateRetentionBox() const { return m_aggregate; }
    QComboBox *languageBox() const { return m_language; }
    QComboBox *themeBox() const { return m_theme; }
    QLineEdit *exportFolderEdit() const { return m_folder; }

public slots:
    void accept() override;

private:
    void chooseFolder();

    QString m_exportFolder; ///< as given: empty stays empty when the default is kept
    PollIntervalsRow *m_polls;
    QSpinBox *m_watch;
    QCheckBox *m_notifications;
    QSpinBox *m_raw;
    QSpinBox *m_aggregate;
    QComboBox *m_language;
    QComboBox *m_theme;
    QLineEdit *m_folder;
    QLabel *m_error;
    QLabel *m_rulesHint;
    QPushButton *m_rulesButton;
};

} // namespace omsdash
