// SPDX-License-Identifier: MIT
#pragma once

#include "instanceprofiles.h"

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

class HttpTransport;
class ServiceClient;

/// Add, edit, duplicate, remove and reorder instances, and test one with a real call.
/// Works on a copy: profiles() and secrets() are the result when the dialog is accepted.
/// Validation is the profiles file's (profiles::fromJson), so the dialog refuses what a file
/// would, with the same messages. The dialog itself writes no secret anywhere; its owner
/// stores them in the keychain (see setKeychainProblem()).
class InstancesDialog : public QDialog
{
    Q_OBJECT

public:
    InstancesDialog(const QList<InstanceProfile> &profiles, const QHash<QString, QString> &secrets,
                    HttpTransport *transport, QWidget *parent = nullptr);
    ~InstancesDialog() override;

    QList<InstanceProfile> profiles() const { return m_profiles; }
    /// Instance name -> password or token typed (or kept) for this session.
    QHash<QString, QString> secrets() const { return m_secrets; }

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

    QList<InstanceProfile> m_profiles;
    QHash<QString, QString> m_secrets;
    HttpTransport *m_transport;
    std::unique_ptr<ServiceClient> m_testClient;
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
    QString m_testedFingerprint;
    QSpinBox *m_pollProjects;
    QSpinBox *m_pollDetail;
    QSpinBox *m_pollTables;
    QSpinBox *m_deadline;
    QPushButton *m_testButton;
    QLabel *m_testLabel;
    QLabel *m_error;
};

} // namespace omsdash
