// SPDX-License-Identifier: MIT
#pragma once

#include "connectiontest.h"
#include "instanceprofiles.h"
#include "preferences.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace omsdash {

class HttpTransport;
class SecretStore;

/// File > Instances: editing a copy of the watched instances, with their secrets, until the
/// edit is accepted. Each secret belongs to its row, whatever the names do meanwhile (a rename
/// carries it, a duplicate copies it, a removal drops it; two rows briefly of one name never
/// share or swap theirs); validation is the profiles file's (profiles::fromJson), so the list
/// refuses what a file would, with the same messages.
/// applyToKeychain() then writes what changed since the edit began. The view (InstancesDialog)
/// shows rows and the form; it decides nothing.
class InstanceListEdit : public QObject
{
    Q_OBJECT

public:
    /// @p secrets: instance name -> password or token (absent or empty: none known).
    /// @p transport (for connectionTest()) must outlive the edit.
    InstanceListEdit(const QList<InstanceProfile> &profiles, const QHash<QString, QString> &secrets,
                     HttpTransport *transport, QObject *parent = nullptr);
    /// The instances being watched now, secrets included.
    InstanceListEdit(const QList<InstanceConfig> &configs, HttpTransport *transport, QObject *parent = nullptr);
    ~InstanceListEdit() override;

    QList<InstanceProfile> profiles() const { return m_profiles; }
    /// Instance name -> secret typed or kept; only non-empty ones.
    QHash<QString, QString> secrets() const;
    int count() const { return int(m_profiles.size()); }
    /// Row @p row; a default profile when out of range.
    InstanceProfile at(int row) const { return m_profiles.value(row); }
    QString secretAt(int row) const { return m_rowSecrets.value(row); }

    /// Replaces row @p row (the form as typed) and its secret; an empty @p secret removes it.
    void setRow(int row, const InstanceProfile &profile, const QString &secret);
    /// Appends "new instance" (then "new instance 2", …) at an example URL, polled as
    /// setNewInstanceDefaults() says; returns its row.
    int add();
    /// The poll intervals of instances add()ed from now on (File > Preferences).
    void setNewInstanceDefaults(const Preferences &preferences);
    /// Inserts "<name> (copy)" (then "(copy 2)", …) after @p row, with the same secret (same
    /// server and user, as a rule); returns its row, -1 when @p row is out of range.
    int duplicate(int row);
    /// Removes @p row and its secret; returns the row to select next (-1 when none is left).
    int remove(int row);
    /// Swaps @p row with its neighbour @p delta rows away; returns where it went (@p row when
    /// it cannot move).
    int move(int row, int delta);
    /// After a test of @p row met an untrusted certificate: pins exactly that certificate's
    /// SHA-256 (ConnectionTest::Outcome::untrustedSha256). False when there is none to pin.
    bool pinTestedCertificate(int row);

    /// The validation error of the list as it is; empty when it is valid.
    QString validationError() const;

    /// Tests row @p row as it is now (its secret included) through connectionTest().
    void testConnection(int row);
    ConnectionTest *connectionTest() const { return m_test; }

    /// Name -> secret when the edit began (empty for none) and now: what the keychain holds
    /// and what it should.
    QHash<QString, QString> keychainBefore() const { return m_before; }
    QHash<QString, QString> keychainAfter() const;
    /// Writes the changed secrets to @p store and, when @p removeGone (the instances are
    /// saved, not only this session's), removes those of instances gone or renamed. @p done
    /// gets the first problem, empty when all went well.
    void applyToKeychain(SecretStore *store, bool removeGone, std::function<void(const QString &)> done) const;

signals:
    /// The rows changed in number, order or name.
    void rowsChanged();

private:
    bool nameTaken(const QString &name) const;

    QList<InstanceProfile> m_profiles;
    QStringList m_rowSecrets; ///< the secret of each row, empty for none
    QHash<QString, QString> m_before;
    ConnectionTest *m_test;
    QString m_testedName; ///< the instance the last test was of
    Preferences m_defaults;
};

} // namespace omsdash
