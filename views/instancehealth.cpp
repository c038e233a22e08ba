// SPDX-License-Identifier: MIT
#include "instancehealth.h"

#include "statuspalette.h"

#include "format.h"
#include "instancepoller.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPixmap>

namespace omsdash {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("omsdash", s); // lupdate files free functions under their namespace
}

enum class State { Unknown, Up, Failing, Down };

State stateOf(const InstanceHealth &h)
{
    if (!h.lastSuccess.isValid() && !h.lastErrorTime.isValid())
        return State::Unknown;
    const bool failedLast = h.lastErrorTime.isValid()
        && (!h.lastSuccess.isValid() || h.lastErrorTime > h.lastSuccess);
    if (!failedLast)
        return State::Up;
    return h.reachable ? State::Failing : State::Down;
}
} // namespace

QIcon healthIcon(const InstanceHealth &health)
{
    QColor color = palette::healthUnknown();
    switch (stateOf(health)) {
    case State::Up:
        color = palette::healthUp();
        break;
    case State::Failing:
        color = palette::healthFailing();
        break;
    case State::Down:
        color = palette::healthDown();
        break;
    case State::Unknown:
        break;
    }
    QPixmap pm(16, 16);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(color.darker(130));
    p.setBrush(color);
    p.drawEllipse(QRectF(3, 3, 10, 10));
    return QIcon(pm);
}

namespace {
QString stateText(const InstanceHealth &health)
{
    switch (stateOf(health)) {
    case State::Unknown:
        return tr("No answer yet");
    case State::Up:
        return tr("Reachable · last success %1 · API %2 ms")
            .arg(fmt::localTime(health.lastSuccess))
            .arg(health.responseMs);
    case State::Failing:
        return tr("Answering with errors since %1: %2 (last success %3)")
            .arg(fmt::localTime(health.lastErrorTime), health.lastError.toString(),
                 fmt::localTime(health.lastSuccess));
    case State::Down:
        return tr("Unreachable since %1: %2 (last success %3)")
            .arg(fmt::localTime(health.lastErrorTime), health.lastError.toString(),
                 fmt::localTime(health.lastSuccess));
    }
    return {};
}
} // namespace

QString healthText(const InstanceHealth &health)
{
    QString text = stateText(health);
    for (const QString &w : health.warnings)
        text += QStringLiteral("\n⚠ ") + w;
    return text;
}

} // namespace omsdash
