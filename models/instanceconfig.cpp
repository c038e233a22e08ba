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

} // namespace omsdash
