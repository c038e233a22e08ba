// SPDX-License-Identifier: MIT
#pragma once

#include "instancelistedit.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace omsdash {

class PollIntervalsRow;

/// Add, edit, duplicate, remove and reorder instances, and test one with a real call: the
/// form over an InstanceListEdit, which keeps the copy, validates it and runs the test.
/// profiles() and secrets() are the result when the dialog is accepted. The dialog itself
/// writes no secret anywhere; its owner applies the edit to the keychain (see
/// setKeychainProblem()).
class InstancesDialog : public QDialog
{
    Q_OBJECT

public:
    /// @p edit must outlive the dialog.
    explicit InstancesDialog(InstanceListEdit *edit, QWidget *parent = nullptr);
    ~InstancesDialog() override;

    QList<InstanceProfile> profiles() const { return m_edit->profiles(); }
    /// Instance name -> password or token typed (or kept) for this session.
    QHash<QString, QString> secrets() const { return m_edit->secrets(); }

    /// Row operations, also behind the buttons.
    void addInstance();
    void duplicateInstance();
    void removeInstance();
    void moveInstance(int delta);
    /// Makes one call (the project list) with the form as it is; the answer goes to
    /// testResult(), then testFinished() is emitted.
    void testConnection();
    QString testResult() const;
    /// After a test met an untrusted certificate: pins its fingerprint for this instance.
    void pinTestedCertificate();
    QPushButton *pinButton() const { return m_pinButton; }
    QLineEdit *pinEdit() const { return m_pin; }
    /// Says where typed secrets go: empty @p problem means the system keychain; otherwise
    /// why there is none, and that they are kept for this session only.
    void setKeychainProblem(const QString &problem);
    /// The validation error of the current list, empty when it is valid.
    QString validationError() const;

    // The form, for tests.
    QListWidget *list() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *apiBox() const { return m_api; }
    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *secretEdit() const { return m_secret; }
    QPlainTextEdit *projectsEdit() const { return m_projects; }
    QLineEdit *drsProjectIdEdit() const { return m_drsProjectId; }
    QSpinBox *deadlineBox() const { return m_deadline; }

public slots:
    void accept() override;

signals:
    void testFinished();

private:
    void loadRow(int row);
    void storeRow();
    void refreshList();
    void updateApiFields();
    void showTestOutcome(const ConnectionTest::Outcome &outcome);

    InstanceListEdit *m_edit;
    int m_row = -1;
    bool m_loading = false;

    QListWidget *m_list;
    QLineEdit *m_name;
    QComboBox *m_api;
    QLineEdit *m_url;
    QLineEdit *m_user;
    QLineEdit *m_secret;
    QPlainTextEdit *m_projects;
    QGroupBox *m_drsBox;
    QLineEdit *m_drsProjectId;
    QLineEdit *m_drsProjectName;
    QLineEdit *m_drsDomain;
    QLineEdit *m_iamEndpoint;
    QLineEdit *m_pin;
    QLineEdit *m_console; ///< InstanceProfile::consoleUrl
    QPushButton *m_pinButton;
    PollIntervalsRow *m_polls;
    QSpinBox *m_deadline;
    QPushButton *m_testButton;
    QLabel *m_testLabel;
    QLabel *m_error;
};

} // namespace omsdash
