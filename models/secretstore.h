// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>

namespace omsdash {

/// Instance secrets (the OMS console password, the DRS IAM password or a DRS token) in the
/// system keychain, through QtKeychain: the Secret Service (gnome-keyring, KWallet) on Linux,
/// the Keychain on macOS, the Credential Store on Windows.
///
/// One entry per instance: service "omsdash" (see service()), key = the instance's display
/// name. Every call is asynchronous and answers exactly once, on the caller's thread, within
/// timeoutMs(): a keychain that does not answer (a locked keyring waiting on a prompt nobody
/// sees) counts as unavailable, so nothing waits on it for ever. A store destroyed before an
/// answer does not answer; the keychain still does what it was asked.
///
/// There is no plain-text fallback: QtKeychain's insecureFallback (which writes to QSettings)
/// is never turned on. When no keychain is reachable every call answers Unavailable with the
/// reason, available() turns false, and the app asks for secrets each session instead.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Status {
        Ok,          ///< read: found (secret set); write or remove: done
        NotFound,    ///< read: no entry for that key; remove: there was none (also fine)
        Unavailable, ///< no keychain (no backend, no D-Bus session, access denied, no answer)
        Failed,      ///< the keychain answered with an error (message says which)
    };
    struct Answer
    {
        Status status = Status::Failed;
        QString secret;  ///< read only
        QString message; ///< empty on Ok and NotFound; the keychain's own words otherwise
    };
    using Done = std::function<void(const Answer &)>;

    explicit SecretStore(const QString &service = QStringLiteral("omsdash"), QObject *parent = nullptr);
    ~SecretStore() override;

    QString service() const { return m_service; }
    /// How long a call may wait for the keychain; 10 000 ms unless set.
    int timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    /// False once a call found no keychain; later calls then answer Unavailable at once.
    /// True until then (nothing is known before the first call).
    bool available() const { return m_unavailableReason.isEmpty(); }
    /// Why the keychain is unavailable, for the user; empty while available().
    QString unavailableReason() const { return m_unavailableReason; }

    void read(const QString &key, Done done);
    void write(const QString &key, const QString &secret, Done done);
    void remove(const QString &key, Done done);

    /// Reads every key; @p done gets key -> answer once all have answered.
    void readAll(const QStringList &keys, std::function<void(const QHash<QString, Answer> &)> done);

    /// Brings the keychain in line with an edit of the instance list. @p before and @p after
    /// map every instance name to its secret, empty when not known this session. Writes each
    /// secret of @p after that differs from @p before (an empty one leaves the entry as it is)
    /// and, when @p removeMissing, removes the entries of names no longer in @p after (a
    /// removed or renamed instance). @p done gets "name: reason" of the first failure, or empty.
    void applyEdit(const QHash<QString, QString> &before, const QHash<QString, QString> &after,
                   bool removeMissing, std::function<void(const QString &)> done);

signals:
    /// Emitted once, when the keychain is first found unavailable.
    void becameUnavailable(const QString &reason);

private:
    enum class Op { Read, Write, Remove };
    void run(Op op, const QString &key, const QString &secret, Done done);

    QString m_service;
    int m_timeoutMs = 10000;
    QString m_unavailableReason;
    bool m_backendChecked = false;
};

} // namespace omsdash
