// SPDX-License-Identifier: MIT
#include "secretprompt.h"

#include "errorlabel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace omsdash {

SecretPrompt::SecretPrompt(const QString &instanceName, const QString &question, const QString &keychainProblem,
                           QWidget *parent)
    : QDialog(parent)
    , m_secret(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("Remember in the system keychain"), this))
    , m_note(new QLabel(this))
    , m_problem(new ErrorLabel(this))
    , m_keychain(keychainProblem.isEmpty())
{
    setWindowTitle(tr("omsdash — %1").arg(instanceName));
    m_secret->setEchoMode(QLineEdit::Password);
    m_remember->setChecked(m_keychain);
    m_remember->setVisible(m_keychain);
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (m_keychain) {
        m_note->setText(tr("Unticked, it is kept in memory for this session only."));
    } else {
        m_note->setText(tr("No system keychain is available: %1.\nThe secret is kept in memory for this "
                           "session only and asked again next time; omsdash never writes it to a file.")
                            .arg(keychainProblem));
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Skip"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *questionLabel = new QLabel(question, this);
    questionLabel->setWordWrap(true);

    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_problem);
    layout->addWidget(questionLabel);
    layout->addWidget(m_secret);
    layout->addWidget(m_remember);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    m_secret->setMinimumWidth(440); // the fixed-size layout follows the size hints
    layout->setSizeConstraint(QLayout::SetFixedSize);
}

void SecretPrompt::setProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

QString SecretPrompt::problem() const
{
    return m_problem->text();
}

QString SecretPrompt::secret() const
{
    return m_secret->text();
}

bool SecretPrompt::remember() const
{
    return m_keychain && m_remember->isChecked() && !m_secret->text().isEmpty();
}

} // namespace omsdash
