// SPDX-License-Identifier: MIT
#pragma once

#include "report.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QRadioButton;

namespace omsdash {

/// File > Export report…: the selected project or every project of its instance, over a
/// range up to now (1 h to 30 days), as PDF, HTML, CSV or JSON, to a file whose default name
/// carries the instance, the project and the UTC time.
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    /// @p projectId empty: only "every project" can be chosen.
    ReportDialog(const QString &instance, const QString &projectId, const QString &projectName,
                 QWidget *parent = nullptr);

    /// The folder the file is proposed in (File > Preferences' export folder); by default
    /// the Documents folder.
    void setFolder(const QString &folder);

    /// What to write: projects is {projectId} for the selected project, empty for all.
    ReportOptions options() const;

    QRadioButton *projectButton() const { return m_project; }
    QRadioButton *allButton() const { return m_all; }
    QComboBox *rangeBox() const { return m_range; }
    QComboBox *formatBox() const { return m_format; }
    QLineEdit *pathEdit() const { return m_path; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void suggestPath();

    QString m_instance;
    QString m_projectId;
    QString m_folder;
    QRadioButton *m_project;
    QRadioButton *m_all;
    QComboBox *m_range;
    QComboBox *m_format;
    QLineEdit *m_path;
    QDialogButtonBox *m_buttons;
    bool m_pathEdited = false;
};

} // namespace omsdash
