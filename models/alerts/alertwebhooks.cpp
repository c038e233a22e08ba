// SPDX-License-Identifier: MIT
#include "alertwebhooks.h"

#include "alertcenter.h"
#include "derived.h"
#include "secretstore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSettings>
#include <QSet>

namespace omsdash {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("omsdash::webhooks", s); // lupdate files free functions under their namespace
}

/// name -> keychain value, empty where the URL is not known.
QHash<QString, QString> keychainValues(const QList<WebhookEntry> &entries)
{
    QHash<QString, QString> values;
    for (const WebhookEntry &e : entries)
        values.insert(e.name, e.destination.url.isEmpty() ? QString() : webhooks::keychainValue(e.destination));
    return values;
}
} // namespace

namespace webhooks {

QString validate(const QList<WebhookEntry> &entries, int *row)
{
    QSet<QString> names;
    for (int i = 0; i < entries.size(); ++i) {
        if (row)
            *row = i;
        const WebhookEntry &e = entries.at(i);
        const WebhookDestination &d = e.destination;
        const QString name = e.name.trimmed();
        if (name.isEmpty())
            return tr("Webhook %1 needs a name.").arg(i + 1);
        if (names.contains(name))
            return tr("Two webhooks are called \"%1\": names tell them apart.").arg(name);
        names.insert(name);
        if (d.url.isEmpty())
            return tr("\"%1\" has no URL: enter it (again), or remove the webhook.").arg(name);
        if (!d.url.isValid() || (d.url.scheme() != QLatin1String("http") && d.url.scheme() != QLatin1String("https"))
            || d.url.host().isEmpty())
            return tr("\"%1\": the URL must start with http:// or https:// and name a host.").arg(name);
        if (alarmLevelRank(d.minSeverity) < 1)
            return tr("\"%1\": the lowest severity is HIGH, MEDIUM or LOW.").arg(name);
        if (!d.secret.isEmpty() && d.format != WebhookFormat::DingTalk && d.format != WebhookFormat::Feishu)
            return tr("\"%1\": only DingTalk and Feishu robots sign their messages; %2 takes no signing secret.")
                .arg(name, webhookFormatName(d.format));
    }
    if (row)
        *row = -1;
    return {};
}

void save(QSettings &settings, const QList<WebhookEntry> &entries)
{
    settings.remove(QStringLiteral("alerts/webhooks"));
    settings.beginWriteArray(QStringLiteral("alerts/webhooks"), int(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        const WebhookEntry &e = entries.at(i);
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), e.name);
        settings.setValue(QStringLiteral("format"), webhookFormatName(e.destination.format));
        settings.setValue(QStringLiteral("minSeverity"), e.destination.minSeverity);
        settings.setValue(QStringLiteral("enabled"), e.enabled);
        settings.setValue(QStringLiteral("origin"),
                          (e.destination.url.isEmpty() ? e.origin : webhookOrigin(e.destination.url)).toString());
    }
    settings.endArray();
}

QList<WebhookEntry> load(QSettings &settings)
{
    QList<WebhookEntry> entries;
    const int n = settings.beginReadArray(QStringLiteral("alerts/webhooks"));
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        WebhookEntry e;
        e.name = settings.value(QStringLiteral("name")).toString();
        const auto format = webhookFormatFromName(settings.value(QStringLiteral("format")).toString());
        if (e.name.isEmpty() || !format)
            continue; // damaged: skipped, not fatal
        e.destination.format = *format;
        const QString severity = settings.value(QStringLiteral("minSeverity")).toString();
        e.destination.minSeverity = alarmLevelRank(severity) >= 1 ? severity : QStringLiteral("LOW");
        e.enabled = settings.value(QStringLiteral("enabled"), true).toBool();
        e.origin = webhookOrigin(QUrl(settings.value(QStringLiteral("origin")).toString()));
        entries << e;
    }
    settings.endArray();
    return entries;
}

QString keychainValue(const WebhookDestination &destination)
{
    QJsonObject o{{QStringLiteral("url"), destination.url.toString(QUrl::FullyEncoded)}};
    if (!destination.secret.isEmpty())
        o.insert(QStringLiteral("secret"), destination.secret);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

bool fromKeychainValue(const QString &value, WebhookDestination *destination)
{
    const QJsonObject o = QJsonDocument::fromJson(value.toUtf8()).object();
    const QUrl url(o.value(QStringLiteral("url")).toString(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return false;
    destination->url = url;
    destination->secret = o.value(QStringLiteral("secret")).toString();
    return true;
}

} // namespace webhooks

AlertWebhooks::AlertWebhooks(AlertCenter *center, HttpTransport *transport, SecretStore *keychain, bool persistent,
                             QObject *parent)
    : QObject(parent)
    , m_center(center)
    , m_transport(transport)
    , m_keychain(keychain)
    , m_persistent(persistent)
{
}

void AlertWebhooks::load()
{
    if (!m_persistent) {
        send();
        m_loaded = true;
        emit loaded();
        return;
    }
    QSettings settings;
    m_entries = webhooks::load(settings);
    QStringList names;
    for (const WebhookEntry &e : std::as_const(m_entries))
        names << e.name;
    auto finish = [this] {
        QStringList missing;
        for (const WebhookEntry &e : std::as_const(m_entries))
            if (e.destination.url.isEmpty())
                missing << e.name;
        if (!missing.isEmpty())
            emit problem(tr("Alerts are not sent to %1: the URL is not in the keychain (%2). Enter it again in "
                            "View > Alert webhooks.")
                             .arg(missing.join(QStringLiteral(", ")),
                                  !m_keychain                ? tr("no system keychain")
                                  : !m_keychain->available() ? m_keychain->unavailableReason()
                                                             : tr("no entry")));
        send();
        m_loaded = true;
        emit loaded();
    };
    if (!m_keychain || names.isEmpty()) {
        finish();
        return;
    }
    const int generation = ++m_generation;
    m_keychain->readAll(names, [self = QPointer<AlertWebhooks>(this), finish,
                                generation](const QHash<QString, SecretStore::Answer> &answers) {
        if (!self)
            return;
        if (self->m_generation != generation) { // an edit was applied meanwhile: its URLs are the ones to keep
            self->m_loaded = true;
            emit self->loaded();
            return;
        }
        for (WebhookEntry &e : self->m_entries) {
            const SecretStore::Answer a = answers.value(e.name);
            if (a.status == SecretStore::Status::Ok)
                webhooks::fromKeychainValue(a.secret, &e.destination);
        }
        finish();
    });
}

QString AlertWebhooks::apply(const QList<WebhookEntry> &entries)
{
    if (QString problem = webhooks::validate(entries); !problem.isEmpty())
        return problem;
    ++m_generation; // a keychain answer still on its way is about the entries replaced here
    const QList<WebhookEntry> before = std::exchange(m_entries, entries);
    for (WebhookEntry &e : m_entries) {
        e.name = e.name.trimmed();
        e.origin = webhookOrigin(e.destination.url);
    }
    send();
    if (!m_persistent)
        return {};
    QSettings settings;
    webhooks::save(settings, m_entries);
    if (m_keychain)
        m_keychain->applyEdit(keychainValues(before), keychainValues(m_entries), true,
                              [self = QPointer<AlertWebhooks>(this)](const QString &failure) {
                                  if (self && !failure.isEmpty())
                                      emit self->problem(
                                          tr("Could not keep a webhook in the system keychain: %1").arg(failure));
                              });
    return {};
}

void AlertWebhooks::test(const WebhookDestination &destination, std::function<void(const QString &, qint64)> done)
{
    if (!m_center->dispatcher())
        m_center->setWebhooks({}, m_transport);
    m_center->dispatcher()->test(destination, std::move(done));
}

QString AlertWebhooks::storageNote() const
{
    if (!m_persistent)
        return tr("Kept for this session only.");
    if (!m_keychain)
        return tr("No system keychain: URLs and signing secrets are kept for this session only.");
    if (!m_keychain->available())
        return tr("No system keychain (%1): URLs and signing secrets are kept for this session only.")
            .arg(m_keychain->unavailableReason());
    return tr("URLs (with their access tokens) and signing secrets are kept in the system keychain, "
              "never in a settings file.");
}

void AlertWebhooks::send()
{
    QList<WebhookDestination> destinations;
    for (const WebhookEntry &e : std::as_const(m_entries))
        if (e.enabled && !e.destination.url.isEmpty())
            destinations << e.destination;
    m_center->setWebhooks(destinations, m_transport);
}

} // namespace omsdash
