// SPDX-License-Identifier: MIT
#include "webhooksdialog.h"

#include "alertwebhooks.h"
#include "statuspalette.h"
#include "webhooklistmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace omsdash {

namespace {
constexpr WebhookFormat Formats[] = {WebhookFormat::Generic, WebhookFormat::DingTalk, WebhookFormat::Feishu,
                                     WebhookFormat::WeCom,   WebhookFormat::Slack,    WebhookFormat::Alertmanager};
bool signs(WebhookFormat f)
{
    return f == WebhookFormat::DingTalk || f == WebhookFormat::Feishu;
}
} // namespace

WebhooksDialog::WebhooksDialog(AlertWebhooks *webhooks, QWidget *parent)
    : QDialog(parent)
    , m_webhooks(webhooks)
    , m_model(new WebhookListModel(webhooks, this))
    , m_table(new QTableView(this))
    , m_name(new QLineEdit(this))
    , m_enabled(new QCheckBox(tr("Send alerts here"), this))
    , m_format(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_severity(new QComboBox(this))
    , m_secret(new QLineEdit(this))
    , m_secretNote(new QLabel(this))
    , m_lastTest(new QLabel(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_test(new QPushButton(tr("Send test"), this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Alert webhooks"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(WebhookListModel::TestColumn, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false); // a long test error is elided here, whole under "Last test"
    m_table->setTextElideMode(Qt::ElideRight);

    for (WebhookFormat f : Formats)
        m_format->addItem(webhookFormatTitle(f), int(f));
    for (const char *level : {"LOW", "MEDIUM", "HIGH"})
        m_severity->addItem(webhookSeverityTitle(QLatin1String(level)), QLatin1String(level));
    // A robot's URL holds its access token: dots, like the secret, until "Show" is ticked.
    m_url->setEchoMode(QLineEdit::Password);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secretNote->setWordWrap(true);
    m_lastTest->setWordWrap(true);
    m_lastTest->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const auto withShow = [this](QLineEdit *edit) {
        auto *row = new QHBoxLayout;
        row->addWidget(edit, 1);
        auto *show = new QToolButton(this);
        show->setText(tr("Show"));
        show->setCheckable(true);
        show->setToolTip(tr("Show what is typed here; a robot's URL holds its access token"));
        connect(show, &QToolButton::toggled, edit,
                [edit](bool on) { edit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
        row->addWidget(show);
        m_showButtons.insert(edit, show);
        return row;
    };

    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(QString(), m_enabled);
    form->addRow(tr("Format"), m_format);
    form->addRow(tr("URL"), withShow(m_url));
    form->addRow(tr("Send"), m_severity);
    form->addRow(tr("Signing secret"), withShow(m_secret));
    form->addRow(QString(), m_secretNote);
    form->addRow(tr("Last test"), m_lastTest);
    auto *details = new QGroupBox(tr("Selected webhook"), this);
    details->setLayout(form);

    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(m_add);
    rowButtons->addWidget(m_remove);
    rowButtons->addStretch(1);
    rowButtons->addWidget(m_test);

    auto *storage = new QLabel(webhooks->storageNote(), this);
    storage->setWordWrap(true);
    m_problem->setWordWrap(true);
    // Room for two lines always, so the form does not move under the pointer as it comes and goes.
    m_problem->setMinimumHeight(2 * fontMetrics().lineSpacing());
    m_problem->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    QPalette warning = m_problem->palette();
    warning.setColor(QPalette::WindowText, palette::alarmLevelColor(QStringLiteral("HIGH")));
    m_problem->setPalette(warning);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(rowButtons);
    layout->addWidget(details);
    layout->addWidget(storage);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &WebhooksDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showRow(current.row()); });
    connect(m_add, &QPushButton::clicked, this, [this] {
        const int row = m_model->addEntry();
        m_table->setCurrentIndex(m_model->index(row, WebhookListModel::NameColumn));
        for (int c = 0; c < WebhookListModel::TestColumn; ++c) // the new row's text, not only the header's
            m_table->resizeColumnToContents(c);
        m_url->setFocus();
        check();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        m_model->removeEntry(row);
        if (m_model->rowCount() > 0)
            m_table->setCurrentIndex(m_model->index(std::min(row, m_model->rowCount() - 1), 0));
        else
            showRow(-1);
        check();
    });
    connect(m_test, &QPushButton::clicked, this, [this] { m_model->test(currentRow()); });
    connect(m_name, &QLineEdit::textEdited, this, &WebhooksDialog::formEdited);
    connect(m_url, &QLineEdit::textEdited, this, &WebhooksDialog::formEdited);
    connect(m_secret, &QLineEdit::textEdited, this, &WebhooksDialog::formEdited);
    connect(m_enabled, &QCheckBox::toggled, this, &WebhooksDialog::formEdited);
    connect(m_format, &QComboBox::currentIndexChanged, this, &WebhooksDialog::formEdited);
    connect(m_severity, &QComboBox::currentIndexChanged, this, &WebhooksDialog::formEdited);

    resize(780, 640);
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    else
        showRow(-1);
    // The name's check box, clicked in the table, is the form's "Send alerts here".
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        const int row = currentRow();
        if (row < from.row() || row > to.row() || m_loading)
            return;
        const QSignalBlocker block(m_enabled);
        m_enabled->setChecked(m_model->entry(row).enabled);
        m_lastTest->setText(m_model->index(row, WebhookListModel::TestColumn).data(Qt::ToolTipRole).toString());
    });
    check();
}

int WebhooksDialog::currentRow() const
{
    const int row = m_table->currentIndex().row();
    return row < m_model->rowCount() ? row : -1;
}

void WebhooksDialog::showRow(int row)
{
    m_loading = true;
    for (QToolButton *show : std::as_const(m_showButtons))
        show->setChecked(false); // another webhook's token is not shown because this one's was
    const bool any = row >= 0 && row < m_model->rowCount();
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_enabled, m_format, m_url, m_severity, m_secret,
                                                        m_remove, m_test, m_showButtons.value(m_url),
                                                        m_showButtons.value(m_secret)})
        w->setEnabled(any);
    if (any) {
        const WebhookEntry &e = m_model->entry(row);
        m_name->setText(e.name);
        m_enabled->setChecked(e.enabled);
        m_format->setCurrentIndex(m_format->findData(int(e.destination.format)));
        m_url->setText(e.destination.url.toString());
        m_severity->setCurrentIndex(m_severity->findData(e.destination.minSeverity));
        m_secret->setText(e.destination.secret);
        m_lastTest->setText(m_model->index(row, WebhookListModel::TestColumn).data(Qt::ToolTipRole).toString());
        showFormatHints(e);
    } else {
        m_lastTest->clear();
        m_name->clear();
        m_url->clear();
        m_secret->clear();
        m_secretNote->clear();
    }
    m_loading = false;
}

void WebhooksDialog::showFormatHints(const WebhookEntry &e)
{
    const bool signing = signs(e.destination.format);
    m_secret->setEnabled(signing);
    m_showButtons.value(m_secret)->setEnabled(signing);
    m_secretNote->setText(signing ? tr("The robot's \"signature\" security setting (SEC…); only its HMAC is sent.")
                                  : tr("Only DingTalk and Feishu robots sign; this format takes no secret."));
    if (!e.origin.isEmpty() && e.destination.url.isEmpty()) {
        m_url->setPlaceholderText(tr("%1/… (enter the whole URL again)").arg(e.origin.toString()));
        return;
    }
    switch (e.destination.format) {
    case WebhookFormat::Generic:
        m_url->setPlaceholderText(tr("https://hooks.example.com/omsdash"));
        break;
    case WebhookFormat::DingTalk:
        m_url->setPlaceholderText(QStringLiteral("https://oapi.dingtalk.com/robot/send?access_token=…"));
        break;
    case WebhookFormat::Feishu:
        m_url->setPlaceholderText(QStringLiteral("https://open.feishu.cn/open-apis/bot/v2/hook/…"));
        break;
    case WebhookFormat::WeCom:
        m_url->setPlaceholderText(QStringLiteral("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…"));
        break;
    case WebhookFormat::Slack:
        m_url->setPlaceholderText(QStringLiteral("https://hooks.slack.com/services/…"));
        break;
    case WebhookFormat::Alertmanager:
        m_url->setPlaceholderText(QStringLiteral("http://alertmanager:9093"));
        break;
    }
}

void WebhooksDialog::formEdited()
{
    const int row = currentRow();
    if (m_loading || row < 0)
        return;
    WebhookEntry e = m_model->entry(row);
    e.name = m_name->text();
    e.enabled = m_enabled->isChecked();
    e.destination.format = WebhookFormat(m_format->currentData().toInt());
    e.destination.url = QUrl(m_url->text().trimmed(), QUrl::StrictMode);
    if (m_url->text().trimmed().isEmpty())
        e.destination.url = QUrl();
    e.destination.minSeverity = m_severity->currentData().toString();
    // A secret typed for a DingTalk robot is not sent to the Slack it became; the field keeps
    // it, disabled, in case the format changes back.
    e.destination.secret = signs(e.destination.format) ? m_secret->text() : QString();
    m_model->setEntry(row, e);
    showFormatHints(e);
    check();
}

QString WebhooksDialog::problem() const
{
    return m_model->problem();
}

void WebhooksDialog::check()
{
    const QString why = problem();
    m_problem->setText(why);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setToolTip(why);
}

void WebhooksDialog::accept()
{
    const QString why = m_webhooks->apply(m_model->entries());
    if (!why.isEmpty()) {
        m_problem->setText(why);
        return;
    }
    QDialog::accept();
}

} // namespace omsdash
