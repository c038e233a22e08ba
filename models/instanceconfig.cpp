// SPDX-License-Identifier: MIT
#include "instanceconfig.h"

#include <QHostAddress>

namespace omsdash {

bool sendsCredentialsInClear(const InstanceConfig &config)
{
    if (config.baseUrl.scheme() != QLatin1String("http"))
        return false;
    const bool credentials = !config.user.isEmpty() || !config.password.isEmpty()
        || !config.authToken.isEmpty();
    if (!credentials)
        return false;
    const QString host = config.baseUrl.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return false;
    const QHostAddress address(host);
    return address.isNull() || !address.isLoopback();
}

bool usesTokenSecret(const InstanceConfig &config)
{
    return config.api == ApiKind::Drs && !config.iamEndpoint.isValid();
}

QString secretOf(const InstanceConfig &config)
{
    return usesTokenSecret(config) ? config.authToken : config.password;
}

void setSecret(InstanceConfig &config, const QString &secret)
{
    (usesTokenSecret(config) ? config.authToken : config.password) = secret;
}

QString normalizedFingerprint(const QString &fingerprint)
{
    QString out;
    for (QChar c : fingerprint) {
        if (c.isLetterOrNumber())
            out += c.toUpper();
    }
    return out;
}

QUrl consoleUrlFor(const InstanceConfig &config, const QString &projectId)
{
    QUrl base = config.baseUrl;
    base.setUserInfo({});
    base.setQuery(QString());
    base.setFragment({});
    QString text = config.consoleUrl.trimmed();
    if (text.isEmpty()) {
        if (config.api == ApiKind::Drs)
            return {};
        text = QStringLiteral("{base}");
    }
    QString baseText = base.toString(QUrl::FullyEncoded);
    while (baseText.endsWith(QLatin1Char('/')))
        baseText.chop(1); // "{base}/#/..." has one slash, whatever the instance URL ends with
    text.replace(QLatin1String("{base}"), baseText);
    text.replace(QLatin1String("{id}"), QString::fromLatin1(QUrl::toPercentEncoding(projectId)));
    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        || url.host().isEmpty())
        return {};
    url.setUserInfo({});
    return url;
}

} // namespace omsdash
