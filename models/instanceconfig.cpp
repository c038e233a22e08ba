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
