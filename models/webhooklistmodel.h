// SPDX-License-Identifier: MIT
#pragma once

#include "alertwebhooks.h"

#include <QAbstractTableModel>

namespace omsdash {

/// "Generic JSON", "DingTalk", "Feishu / Lark", "WeCom", "Slack", "Alertmanager" (translated).
QString webhookFormatTitle(WebhookFormat format);

/// What a destination of lowest severity @p minSeverity receives: "HIGH only", "MEDIUM and
/// HIGH", "All (LOW, MEDIUM, HIGH)" (translated).
QString webhookSeverityTitle(const QString &minSeverity);

/// The webhooks being edited in View > Alert webhooks, one row each, with the outcome of
/// each row's last test. Starts from AlertWebhooks::entries(); nothing is kept until the
/// caller hands entries() to AlertWebhooks::apply(). Never shows a URL's path or query, nor
/// a secret: robots keep their access token there.
class WebhookListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        FormatColumn,      ///< webhookFormatTitle()
        SeverityColumn,    ///< webhookSeverityTitle()
        DestinationColumn, ///< scheme, host and port only; "URL needed" when not known
        SigningColumn,     ///< "signed" for a DingTalk / Feishu robot with a secret
        TestColumn,        ///< the last test: "Testing…", "✔ 120 ms", "✖ HTTP 404: …"
        ColumnCount
    };
    enum Role {
        EnabledRole = Qt::UserRole + 1, ///< bool
        TestOkRole, ///< QVariant: true, false, or null while untested or testing
    };

    explicit WebhookListModel(AlertWebhooks *webhooks, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    /// The name column is checkable: whether alerts are sent there (WebhookEntry::enabled).
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    const QList<WebhookEntry> &entries() const { return m_entries; }
    const WebhookEntry &entry(int row) const { return m_entries.at(row); }
    /// Replaces row @p row; its last test is forgotten when the destination changes.
    void setEntry(int row, const WebhookEntry &entry);
    /// Appends a new generic webhook called "webhook N", LOW and above; returns its row.
    int addEntry();
    void removeEntry(int row);
    /// webhooks::validate() of the rows; @p row gets the row at fault, -1 when none.
    QString problem(int *row = nullptr) const { return webhooks::validate(m_entries, row); }

    /// Sends row @p row's test (AlertWebhooks::test()); its TestColumn follows. A row whose
    /// URL is not valid yet is not sent; it says why.
    void test(int row);

signals:
    /// A test ended: @p row's TestColumn has the outcome.
    void testFinished(int row, bool ok);

private:
    struct Test
    {
        QString text;
        std::optional<bool> ok;
    };
    int rowOfSerial(int serial) const;

    AlertWebhooks *m_webhooks;
    QList<WebhookEntry> m_entries;
    QList<Test> m_tests;
    QList<int> m_serials; ///< per row: a test's answer finds its row after rows were removed
    int m_nextSerial = 0;
};

} // namespace omsdash
