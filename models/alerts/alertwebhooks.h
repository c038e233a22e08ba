// SPDX-License-Identifier: MIT
#pragma once

#include "webhookformat.h"

#include <QObject>

#include <functional>

class QSettings;

namespace omsdash {

class AlertCenter;
class HttpTransport;
class SecretStore;

/// A webhook the window sends alerts to (View > Alert webhooks): a name for people, and
/// where, how and from which severity.
struct WebhookEntry
{
    QString name;                   ///< unique among the webhooks; its key in the keychain
    WebhookDestination destination; ///< url and secret empty while not known (see origin)
    /// Scheme, host and port of the URL, "https://oapi.dingtalk.com": what settings keep,
    /// shown while the URL itself is not known (no keychain).
    QUrl origin;
    bool enabled = true;            ///< false: kept, nothing sent
    bool operator==(const WebhookEntry &o) const
    {
        return name == o.name && destination == o.destination && origin == o.origin && enabled == o.enabled;
    }
};

namespace webhooks {
/// The first problem of @p entries for a person, naming the webhook and the field, or empty:
/// a missing or repeated name; a URL that is not http(s) with a host; a signing secret for a
/// format that does not sign (only dingtalk and feishu do); a severity not HIGH/MEDIUM/LOW.
/// @p row (optional) gets the row at fault, -1 when none.
QString validate(const QList<WebhookEntry> &entries, int *row = nullptr);
/// Under "alerts/webhooks" of @p settings, replacing what was there: name, format, lowest
/// severity, enabled, and the origin. Never the URL's path, query or user info (robots keep
/// their access token there), nor the signing secret: those go to the keychain.
void save(QSettings &settings, const QList<WebhookEntry> &entries);
/// What save() kept, with empty URLs and secrets; damaged entries are skipped.
QList<WebhookEntry> load(QSettings &settings);
/// The keychain's value for @p destination: {"url": "...", "secret": "..."}.
QString keychainValue(const WebhookDestination &destination);
/// Sets url and secret of @p destination from a keychainValue(); false when @p value is not one.
bool fromKeychainValue(const QString &value, WebhookDestination *destination);
/// The keychain service the webhooks' entries live under, beside the instances' "omsdash".
inline QString keychainService() { return QStringLiteral("omsdash-webhooks"); }
} // namespace webhooks

/// The window's webhooks: loads them (settings, then the keychain for each URL and secret),
/// keeps an edit (settings and keychain brought in line), and has the AlertCenter send to the
/// enabled ones whose URL is known. Tests a destination for the dialog, so no view touches
/// the network.
class AlertWebhooks : public QObject
{
    Q_OBJECT

public:
    /// @p keychain (service webhooks::keychainService(), apart from the instances' entries)
    /// may be null: URLs and secrets then live for this session only.
    /// @p persistent: whether edits reach QSettings (not for --demo). None is owned.
    AlertWebhooks(AlertCenter *center, HttpTransport *transport, SecretStore *keychain, bool persistent,
                  QObject *parent = nullptr);

    /// Reads the saved webhooks and then their keychain entries; sends to them once read, and
    /// emits loaded(). A webhook whose URL the keychain lacks is kept, not sent to, and named
    /// in problem().
    void load();
    const QList<WebhookEntry> &entries() const { return m_entries; }
    /// Whether load() has finished (the dialog waits for it, or it would show no URLs).
    bool isLoaded() const { return m_loaded; }
    /// Keeps @p entries and sends to them from now on. Returns validate()'s problem, and then
    /// changes nothing; keychain failures come later through problem().
    QString apply(const QList<WebhookEntry> &entries);
    /// Tries @p destination once (see AlertDispatcher::test()); @p done gets the failure or
    /// empty, and the time the answer took (ms).
    void test(const WebhookDestination &destination, std::function<void(const QString &error, qint64 ms)> done);

    /// Where URLs and secrets are kept, for the dialog: "stored in the system keychain", or
    /// why they last only this session.
    QString storageNote() const;

signals:
    void loaded();
    /// Something a person should know: a URL missing from the keychain, a keychain failure.
    void problem(const QString &message);

private:
    void send();

    AlertCenter *m_center;
    HttpTransport *m_transport;
    SecretStore *m_keychain;
    bool m_persistent;
    QList<WebhookEntry> m_entries;
    int m_generation = 0; ///< bumped by load() and apply(): a late keychain answer is dropped
    bool m_loaded = false;
};

} // namespace omsdash
