// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace omsdash {

/// Asks for one instance's secret (password or token) at start-up, and whether to remember
/// it in the system keychain. When there is no keychain the box to remember is not shown
/// and the dialog says why and that the secret lasts this session only: omsdash never falls
/// back to writing secrets in plain text.
class SecretPrompt : public QDialog
{
    Q_OBJECT

public:
    /// @p question: what is asked, e.g. "Password of admin on oms-prod:".
    /// @p keychainProblem: empty when a keychain is available, else why not (shown).
    SecretPrompt(const QString &instanceName, const QString &question, const QString &keychainProblem,
                 QWidget *parent = nullptr);

    /// Shows why it is asked again: the API's message refusing the last secret.
    void setProblem(const QString &problem);
    QString problem() const;

    QString secret() const;
    /// Whether the user wants the secret stored in the keychain (never when there is none).
    bool remember() const;

    QLineEdit *secretEdit() const { return m_secret; }
    QCheckBox *rememberBox() const { return m_remember; }
    QLabel *noteLabel() const { return m_note; }

private:
    QLineEdit *m_secret;
    QCheckBox *m_remember;
    QLabel *m_note;
    QLabel *m_problem; ///< an ErrorLabel, hidden until setProblem()
    bool m_keychain;
};

} // namespace omsdash
