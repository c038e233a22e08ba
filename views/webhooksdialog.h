// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QToolButton;

namespace omsdash {

class AlertWebhooks;
class WebhookListModel;
struct WebhookEntry;

/// View > Alert webhooks…: where alerts go besides the desktop. A table of the webhooks
/// (WebhookListModel) and a form for the selected one: name, format (generic JSON, DingTalk,
/// Feishu / Lark, WeCom, Slack, Alertmanager), URL, lowest severity, and the signing secret of
/// a DingTalk or Feishu robot. "Send test" tries the selected one. OK stays disabled, with the
/// reason shown, while webhooks::validate() refuses the rows; OK hands them to
/// AlertWebhooks::apply(). The URL (which holds a robot's access token) and the secret show
/// as dots unless their "Show" is ticked.
class WebhooksDialog : public QDialog
{
    Q_OBJECT

public:
    explicit WebhooksDialog(AlertWebhooks *webhooks, QWidget *parent = nullptr);

    WebhookListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    /// Why OK is disabled; empty when it is not.
    QString problem() const;
    /// The form's fields, for tests.
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *formatBox() const { return m_format; }
    QLineEdit *urlEdit() const { return m_url; }
    QComboBox *severityBox() const { return m_severity; }
    QLineEdit *secretEdit() const { return m_secret; }
    QPushButton *testButton() const { return m_test; }

    void accept() override;

private:
    void showRow(int row);
    /// The secret field's state, its note and the URL's placeholder for @p e's format.
    void showFormatHints(const WebhookEntry &e);
    void formEdited();
    void check();
    int currentRow() const;

    AlertWebhooks *m_webhooks;
    WebhookListModel *m_model;
    QTableView *m_table;
    QLineEdit *m_name;
    QCheckBox *m_enabled;
    QComboBox *m_format;
    QLineEdit *m_url;
    QComboBox *m_severity;
    QLineEdit *m_secret;
    QLabel *m_secretNote;
    QLabel *m_lastTest; ///< the selected row's last test, whole
    QHash<QLineEdit *, QToolButton *> m_showButtons; ///< each masked field's "Show"
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_test;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    bool m_loading = false;
};

} // namespace omsdash
