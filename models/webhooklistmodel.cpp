// SPDX-License-Identifier: MIT
#include "webhooklistmodel.h"

#include <QPointer>

#include <algorithm>

namespace omsdash {

QString webhookFormatTitle(WebhookFormat format)
{
    switch (format) {
    case WebhookFormat::Generic:
        return WebhookListModel::tr("Generic JSON");
    case WebhookFormat::DingTalk:
        return WebhookListModel::tr("DingTalk");
    case WebhookFormat::Feishu:
        return WebhookListModel::tr("Feishu / Lark");
    case WebhookFormat::WeCom:
        return WebhookListModel::tr("WeCom");
    case WebhookFormat::Slack:
        return WebhookListModel::tr("Slack");
    case WebhookFormat::Alertmanager:
        return WebhookListModel::tr("Alertmanager");
    }
    return {};
}

QString webhookSeverityTitle(const QString &minSeverity)
{
    if (minSeverity == QLatin1String("HIGH"))
        return WebhookListModel::tr("HIGH only");
    if (minSeverity == QLatin1String("MEDIUM"))
        return WebhookListModel::tr("MEDIUM and HIGH");
    return WebhookListModel::tr("All (LOW, MEDIUM, HIGH)");
}

WebhookListModel::WebhookListModel(AlertWebhooks *webhooks, QObject *parent)
    : QAbstractTableModel(parent)
    , m_webhooks(webhooks)
    , m_entries(webhooks->entries())
{
    for (int i = 0; i < m_entries.size(); ++i) {
        m_tests.append(Test{});
        m_serials.append(m_nextSerial++);
    }
}

int WebhookListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int WebhookListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WebhookListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const WebhookEntry &e = m_entries.at(index.row());
    const Test &t = m_tests.at(index.row());
    if (role == EnabledRole)
        return e.enabled;
    if (role == TestOkRole)
        return t.ok ? QVariant(*t.ok) : QVariant();
    if (role == Qt::ToolTipRole && index.column() == TestColumn)
        return t.text;
    if (role == Qt::CheckStateRole && index.column() == NameColumn)
        return e.enabled ? Qt::Checked : Qt::Unchecked;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case NameColumn:
        return e.name;
    case FormatColumn:
        return webhookFormatTitle(e.destination.format);
    case SeverityColumn:
        return webhookSeverityTitle(e.destination.minSeverity);
    case DestinationColumn:
        if (e.destination.url.isEmpty())
            return e.origin.isEmpty() ? tr("URL needed") : tr("%1 (URL needed)").arg(e.origin.toString());
        return webhookOrigin(e.destination.url).toString();
    case SigningColumn:
        return e.destination.secret.isEmpty() ? QString() : tr("signed");
    case TestColumn:
        return t.text;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant WebhookListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case FormatColumn:
        return tr("Format");
    case SeverityColumn:
        return tr("Severity");
    case DestinationColumn:
        return tr("Destination");
    case SigningColumn:
        return tr("Signing");
    case TestColumn:
        return tr("Last test");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags WebhookListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NameColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool WebhookListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() != NameColumn || role != Qt::CheckStateRole)
        return false;
    WebhookEntry e = m_entries.at(index.row());
    e.enabled = value.toInt() == Qt::Checked;
    setEntry(index.row(), e);
    return true;
}

void WebhookListModel::setEntry(int row, const WebhookEntry &entry)
{
    if (row < 0 || row >= m_entries.size() || m_entries.at(row) == entry)
        return;
    if (!(m_entries.at(row).destination == entry.destination)) {
        m_tests[row] = {};
        m_serials[row] = m_nextSerial++; // an answer still coming was about the old destination
    }
    m_entries[row] = entry;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int WebhookListModel::addEntry()
{
    QString name;
    for (int n = int(m_entries.size()) + 1;; ++n) {
        name = tr("webhook %1").arg(n);
        if (std::none_of(m_entries.cbegin(), m_entries.cend(), [&](const WebhookEntry &e) { return e.name == name; }))
            break;
    }
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    WebhookEntry e;
    e.name = name;
    m_entries.append(e);
    m_tests.append(Test{});
    m_serials.append(m_nextSerial++);
    endInsertRows();
    return row;
}

void WebhookListModel::removeEntry(int row)
{
    if (row < 0 || row >= m_entries.size())
        return;
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    m_tests.removeAt(row);
    m_serials.removeAt(row);
    endRemoveRows();
}

int WebhookListModel::rowOfSerial(int serial) const
{
    return int(m_serials.indexOf(serial));
}

void WebhookListModel::test(int row)
{
    if (row < 0 || row >= m_entries.size())
        return;
    const QList<WebhookEntry> one{m_entries.at(row)};
    if (const QString problem = webhooks::validate(one); !problem.isEmpty()) {
        m_tests[row] = {tr("✖ %1").arg(problem), false};
        emit dataChanged(index(row, TestColumn), index(row, TestColumn));
        emit testFinished(row, false);
        return;
    }
    m_tests[row] = {tr("Testing…"), std::nullopt};
    emit dataChanged(index(row, TestColumn), index(row, TestColumn));
    m_webhooks->test(one.constFirst().destination,
                     [self = QPointer<WebhookListModel>(this), serial = m_serials.at(row)](const QString &error, qint64 ms) {
                         const int at = self ? self->rowOfSerial(serial) : -1;
                         if (at < 0)
                             return; // removed or changed meanwhile
                         self->m_tests[at] = error.isEmpty() ? Test{tr("✔ %1 ms").arg(ms), true}
                                                             : Test{tr("✖ %1").arg(error), false};
                         emit self->dataChanged(self->index(at, TestColumn), self->index(at, TestColumn));
                         emit self->testFinished(at, error.isEmpty());
                     });
}

} // namespace omsdash
