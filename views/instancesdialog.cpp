// SPDX-License-Identifier: MIT
#include "instancesdialog.h"

#include "errorlabel.h"
#include "pollintervalsrow.h"

#include "format.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace omsdash {

InstancesDialog::InstancesDialog(InstanceListEdit *edit, QWidget *parent)
    : QDialog(parent)
    , m_edit(edit)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_api(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_projects(new QPlainTextEdit(this))
    , m_drsBox(new QGroupBox(tr("Huawei Cloud DRS"), this))
    , m_drsProjectId(new QLineEdit(this))
    , m_drsProjectName(new QLineEdit(this))
    , m_drsDomain(new QLineEdit(this))
    , m_iamEndpoint(new QLineEdit(this))
    , m_pin(new QLineEdit(this))
    , m_console(new QLineEdit(this))
    , m_pinButton(new QPushButton(tr("Pin this certificate"), this))
    , m_polls(new PollIntervalsRow(this))
    , m_deadline(secondsBox(this, 5, 3600, 60))
    , m_testButton(new QPushButton(tr("Test connection"), this))
    , m_testLabel(new QLabel(this))
    , m_error(new ErrorLabel(this))
{
    setWindowTitle(tr("Instances"));
    m_api->addItem(tr("OMS 4.x (OpenAPI)"), int(ApiKind::Oms4));
    m_api->addItem(tr("OMS 3.3"), int(ApiKind::Oms3));
    m_api->addItem(tr("Huawei Cloud DRS"), int(ApiKind::Drs));
    m_url->setPlaceholderText(QStringLiteral("http://oms.example:8089"));
    m_secret->setEchoMode(QLineEdit::Password);
    setKeychainProblem(tr("none in use"));
    m_projects->setPlaceholderText(tr("One ID per line: OMS 3.3 sync projects (required); DRS jobs (none: every job)"));
    m_projects->setMaximumHeight(90);
    m_iamEndpoint->setPlaceholderText(QStringLiteral("https://iam.myhuaweicloud.com"));
    m_testLabel->setWordWrap(true);
    m_testLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setWordWrap(true);

    auto *drsForm = new QFormLayout(m_drsBox);
    drsForm->addRow(tr("Project ID"), m_drsProjectId);
    drsForm->addRow(tr("Project (region) name"), m_drsProjectName);
    drsForm->addRow(tr("Account (domain)"), m_drsDomain);
    drsForm->addRow(tr("IAM endpoint"), m_iamEndpoint);

    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("API"), m_api);
    form->addRow(tr("Base URL"), m_url);
    form->addRow(tr("User"), m_user);
    form->addRow(tr("Password or token"), m_secret);
    form->addRow(tr("Projects / jobs"), m_projects);
    m_pin->setPlaceholderText(tr("SHA-256 of a self-signed certificate to accept, if any"));
    form->addRow(tr("Pinned certificate"), m_pin);
    m_console->setPlaceholderText(tr("Console page of a project, {id} for its ID (empty: the OMS instance URL)"));
    form->addRow(tr("Console URL"), m_console);
    form->addRow(tr("Poll every"), m_polls);
    m_deadline->setToolTip(tr("A request that has not ended by then is given up, however slowly its answer "
                              "arrives (deadlineSeconds)."));
    auto *deadline = new QHBoxLayout; // as compact as the poll boxes above
    deadline->addWidget(m_deadline);
    deadline->addStretch(1);
    form->addRow(tr("Give up a request after"), deadline);

    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(m_drsBox);
    auto *test = new QHBoxLayout;
    test->addWidget(m_testButton);
    test->addWidget(m_testLabel, 1);
    test->addWidget(m_pinButton);
    m_pinButton->hide();
    connect(m_pinButton, &QPushButton::clicked, this, &InstancesDialog::pinTestedCertificate);
    right->addLayout(test);
    right->addStretch(1);

    auto *add = new QPushButton(tr("Add"), this);
    auto *duplicate = new QPushButton(tr("Duplicate"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    auto *up = new QPushButton(tr("Up"), this);
    auto *down = new QPushButton(tr("Down"), this);
    auto *rowButtons = new QHBoxLayout;
    for (QPushButton *b : {add, duplicate, remove, up, down})
        rowButtons->addWidget(b);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list);
    left->addLayout(rowButtons);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(right, 3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &InstancesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &InstancesDialog::reject);
    connect(add, &QPushButton::clicked, this, &InstancesDialog::addInstance);
    connect(duplicate, &QPushButton::clicked, this, &InstancesDialog::duplicateInstance);
    connect(remove, &QPushButton::clicked, this, &InstancesDialog::removeInstance);
    connect(up, &QPushButton::clicked, this, [this] { moveInstance(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveInstance(1); });
    connect(m_testButton, &QPushButton::clicked, this, &InstancesDialog::testConnection);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        storeRow();
        loadRow(row);
    });
    connect(m_api, qOverload<int>(&QComboBox::currentIndexChanged), this, &InstancesDialog::updateApiFields);
    connect(m_edit->connectionTest(), &ConnectionTest::started, this, [this](const QString &url) {
        m_testLabel->setText(tr("Testing %1…").arg(url));
        m_testButton->setEnabled(false);
        m_pinButton->hide();
    });
    connect(m_edit->connectionTest(), &ConnectionTest::finished, this, &InstancesDialog::showTestOutcome);
    refreshList();
    m_list->setCurrentRow(m_edit->count() == 0 ? -1 : 0);
    if (m_edit->count() == 0)
        loadRow(-1);
    resize(820, 520);
}

InstancesDialog::~InstancesDialog() = default;

void InstancesDialog::refreshList()
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const InstanceProfile &p : m_edit->profiles())
        m_list->addItem(p.name);
    if (m_row >= 0 && m_row < m_list->count())
        m_list->setCurrentRow(m_row);
}

void InstancesDialog::loadRow(int row)
{
    m_row = row;
    const bool valid = row >= 0 && row < m_edit->count();
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_api, m_url, m_user, m_secret, m_projects, m_pin, m_console,
                                                        m_drsBox, m_polls,
                                                        m_deadline, m_testButton})
        w->setEnabled(valid);
    if (!valid)
        return;
    m_loading = true;
    const InstanceProfile p = m_edit->at(row);
    m_name->setText(p.name);
    m_api->setCurrentIndex(m_api->findData(int(p.api)));
    m_url->setText(p.baseUrl.toString());
    m_user->setText(p.user);
    m_secret->setText(m_edit->secretAt(row));
    m_projects->setPlainText(p.projectIds.join(QLatin1Char('\n')));
    m_drsProjectId->setText(p.drsProjectId);
    m_drsProjectName->setText(p.drsProjectName);
    m_drsDomain->setText(p.drsDomain);
    m_iamEndpoint->setText(p.iamEndpoint.toString());
    m_pin->setText(p.pinnedSha256);
    m_console->setText(p.consoleUrl);
    m_pinButton->hide();
    m_polls->setSeconds(p.projectsIntervalSeconds, p.detailIntervalSeconds, p.tablesIntervalSeconds);
    m_deadline->setValue(p.deadlineSeconds);
    m_testLabel->clear();
    m_loading = false;
    updateApiFields();
}

void InstancesDialog::storeRow()
{
    if (m_loading || m_row < 0 || m_row >= m_edit->count())
        return;
    InstanceProfile p = m_edit->at(m_row);
    p.name = m_name->text().trimmed();
    p.api = ApiKind(m_api->currentData().toInt());
    p.baseUrl = QUrl(m_url->text().trimmed());
    p.user = m_user->text().trimmed();
    p.projectIds.clear();
    for (const QString &line : m_projects->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (!line.trimmed().isEmpty())
            p.projectIds << line.trimmed();
    }
    p.drsProjectId = m_drsProjectId->text().trimmed();
    p.drsProjectName = m_drsProjectName->text().trimmed();
    p.drsDomain = m_drsDomain->text().trimmed();
    p.iamEndpoint = QUrl(m_iamEndpoint->text().trimmed());
    p.pinnedSha256 = m_pin->text().trimmed();
    p.consoleUrl = m_console->text().trimmed();
    p.projectsIntervalSeconds = m_polls->projectsBox()->value();
    p.detailIntervalSeconds = m_polls->detailBox()->value();
    p.tablesIntervalSeconds = m_polls->tablesBox()->value();
    p.deadlineSeconds = m_deadline->value();
    m_edit->setRow(m_row, p, m_secret->text());
    if (QListWidgetItem *item = m_list->item(m_row))
        item->setText(p.name);
}

void InstancesDialog::updateApiFields()
{
    m_drsBox->setVisible(ApiKind(m_api->currentData().toInt()) == ApiKind::Drs);
}

void InstancesDialog::addInstance()
{
    storeRow();
    m_row = m_edit->add();
    refreshList();
    loadRow(m_row);
    m_name->selectAll();
    m_name->setFocus();
}

void InstancesDialog::duplicateInstance()
{
    storeRow();
    if (m_row < 0)
        return;
    m_row = m_edit->duplicate(m_row);
    refreshList();
    loadRow(m_row);
}

void InstancesDialog::removeInstance()
{
    m_row = m_edit->remove(m_row);
    refreshList();
    loadRow(m_row);
}

void InstancesDialog::moveInstance(int delta)
{
    storeRow();
    m_row = m_edit->move(m_row, delta);
    refreshList();
    loadRow(m_row);
}

void InstancesDialog::setKeychainProblem(const QString &problem)
{
    if (problem.isEmpty()) {
        m_secret->setPlaceholderText(tr("stored in the system keychain"));
        m_secret->setToolTip(tr("Saved in the system keychain under \"omsdash\" and the instance's name; "
                                "never in a settings or profiles file."));
    } else {
        m_secret->setPlaceholderText(tr("kept for this session only"));
        m_secret->setToolTip(tr("No system keychain (%1): the secret is kept in memory for this session only.")
                                 .arg(problem));
    }
}

QString InstancesDialog::validationError() const
{
    return m_edit->validationError();
}

void InstancesDialog::testConnection()
{
    storeRow();
    m_edit->testConnection(m_row);
}

void InstancesDialog::showTestOutcome(const ConnectionTest::Outcome &outcome)
{
    if (outcome.ok())
        m_testLabel->setText(tr("✔ Connected: %1 in %2 ms").arg(fmt::projectCount(outcome.projectCount)).arg(outcome.responseMs));
    else
        m_testLabel->setText(tr("✖ %1").arg(outcome.error.toString()));
    m_pinButton->setVisible(!outcome.untrustedSha256.isEmpty());
    m_testButton->setEnabled(true);
    emit testFinished();
}

void InstancesDialog::pinTestedCertificate()
{
    storeRow();
    if (!m_edit->pinTestedCertificate(m_row))
        return;
    loadRow(m_row);
    m_testLabel->setText(tr("Pinned. Test again to connect with it."));
}

QString InstancesDialog::testResult() const
{
    return m_testLabel->text();
}

void InstancesDialog::accept()
{
    storeRow();
    const QString error = validationError();
    m_error->setText(error);
    if (!error.isEmpty())
        return;
    QDialog::accept();
}

} // namespace omsdash
