// SPDX-License-Identifier: MIT
#include "instancelistedit.h"

#include "secretstore.h"

#include <algorithm>

namespace omsdash {

InstanceListEdit::InstanceListEdit(const QList<InstanceProfile> &profiles, const QHash<QString, QString> &secrets,
                                   HttpTransport *transport, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_test(new ConnectionTest(transport, this))
{
    for (const InstanceProfile &p : profiles) {
        const QString secret = secrets.value(p.name);
        m_before.insert(p.name, secret);
        m_rowSecrets << secret;
    }
}

namespace {
QList<InstanceProfile> profilesOf(const QList<InstanceConfig> &configs)
{
    QList<InstanceProfile> list;
    for (const InstanceConfig &c : configs)
        list << InstanceProfile::fromConfig(c);
    return list;
}

QHash<QString, QString> secretsOf(const QList<InstanceConfig> &configs)
{
    QHash<QString, QString> secrets;
    for (const InstanceConfig &c : configs)
        secrets.insert(c.name, secretOf(c));
    return secrets;
}
} // namespace

InstanceListEdit::InstanceListEdit(const QList<InstanceConfig> &configs, HttpTransport *transport, QObject *parent)
    : InstanceListEdit(profilesOf(configs), secretsOf(configs), transport, parent)
{
}

InstanceListEdit::~InstanceListEdit() = default;

QHash<QString, QString> InstanceListEdit::secrets() const
{
    QHash<QString, QString> byName;
    for (int row = 0; row < m_profiles.size(); ++row) {
        if (!m_rowSecrets.at(row).isEmpty())
            byName.insert(m_profiles.at(row).name, m_rowSecrets.at(row));
    }
    return byName;
}

bool InstanceListEdit::nameTaken(const QString &name) const
{
    return std::any_of(m_profiles.cbegin(), m_profiles.cend(), [&name](const InstanceProfile &q) { return q.name == name; });
}

void InstanceListEdit::setRow(int row, const InstanceProfile &profile, const QString &secret)
{
    if (row < 0 || row >= m_profiles.size())
        return;
    const bool renamed = m_profiles.at(row).name != profile.name;
    m_profiles[row] = profile;
    m_rowSecrets[row] = secret;
    if (renamed)
        emit rowsChanged();
}

int InstanceListEdit::add()
{
    QString name = tr("new instance");
    for (int n = 2; nameTaken(name); ++n)
        name = tr("new instance %1").arg(n);
    InstanceProfile p;
    p.name = name;
    p.baseUrl = QUrl(QStringLiteral("http://oms.example:8089"));
    m_defaults.applyTo(p);
    m_profiles.append(p);
    m_rowSecrets.append(QString());
    emit rowsChanged();
    return count() - 1;
}

void InstanceListEdit::setNewInstanceDefaults(const Preferences &preferences)
{
    m_defaults = preferences;
}

int InstanceListEdit::duplicate(int row)
{
    if (row < 0 || row >= m_profiles.size())
        return -1;
    InstanceProfile copy = m_profiles.at(row);
    const QString base = copy.name;
    copy.name = tr("%1 (copy)").arg(base);
    for (int n = 2; nameTaken(copy.name); ++n)
        copy.name = tr("%1 (copy %2)").arg(base).arg(n);
    m_profiles.insert(row + 1, copy);
    m_rowSecrets.insert(row + 1, m_rowSecrets.at(row));
    emit rowsChanged();
    return row + 1;
}

int InstanceListEdit::remove(int row)
{
    if (row < 0 || row >= m_profiles.size())
        return -1;
    m_profiles.removeAt(row);
    m_rowSecrets.removeAt(row);
    emit rowsChanged();
    return std::min(row, count() - 1);
}

int InstanceListEdit::move(int row, int delta)
{
    const int to = row + delta;
    if (row < 0 || row >= m_profiles.size() || to < 0 || to >= m_profiles.size())
        return row;
    m_profiles.swapItemsAt(row, to);
    m_rowSecrets.swapItemsAt(row, to);
    emit rowsChanged();
    return to;
}

bool InstanceListEdit::pinTestedCertificate(int row)
{
    const QString fingerprint = m_test->outcome().untrustedSha256;
    if (row < 0 || row >= m_profiles.size() || fingerprint.isEmpty() || m_profiles.at(row).name != m_testedName)
        return false;
    m_profiles[row].pinnedSha256 = fingerprint; // exactly the certificate the user was shown
    return true;
}

QString InstanceListEdit::validationError() const
{
    const auto checked = profiles::fromJson(profiles::toJson(m_profiles));
    return checked.ok() ? QString() : checked.error.message;
}

void InstanceListEdit::testConnection(int row)
{
    if (row < 0 || row >= m_profiles.size())
        return;
    const InstanceProfile &p = m_profiles.at(row);
    InstanceConfig config = p.toConfig();
    setSecret(config, m_rowSecrets.at(row));
    m_testedName = p.name;
    m_test->start(config);
}

QHash<QString, QString> InstanceListEdit::keychainAfter() const
{
    QHash<QString, QString> after;
    for (int row = 0; row < m_profiles.size(); ++row)
        after.insert(m_profiles.at(row).name, m_rowSecrets.at(row));
    return after;
}

void InstanceListEdit::applyToKeychain(SecretStore *store, bool removeGone,
                                       std::function<void(const QString &)> done) const
{
    store->applyEdit(m_before, keychainAfter(), removeGone, std::move(done));
}

} // namespace omsdash
