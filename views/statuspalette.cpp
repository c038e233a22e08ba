// SPDX-License-Identifier: MIT
#include "statuspalette.h"

#include "derived.h"

#include <QGuiApplication>

namespace omsdash::palette {

namespace {
int paperDepth = 0; ///< PaperColours alive

/// The light theme's colour, or the dark theme's.
QColor pick(QRgb light, QRgb dark)
{
    return QColor::fromRgb(isDark() ? dark : light);
}
} // namespace

bool isDark(const QPalette &p)
{
    return p.color(QPalette::Window).lightness() < 128;
}

bool isDark()
{
    return paperDepth == 0 && isDark(QGuiApplication::palette());
}

PaperColours::PaperColours()
{
    ++paperDepth;
}

PaperColours::~PaperColours()
{
    --paperDepth;
}

QColor statusColor(const QString &status)
{
    return statusClassColor(classifyStatus(status));
}

QColor statusClassColor(StatusClass statusClass)
{
    switch (statusClass) {
    case StatusClass::Failed:
        return pick(0xd64545, 0xe05d5d);
    case StatusClass::Running:
        return pick(0x2f80ed, 0x4c93f0);
    case StatusClass::Monitoring:
        return pick(0x149e94, 0x1fb5aa);
    case StatusClass::Suspended:
        return pick(0xd98e04, 0xe09b1c);
    case StatusClass::Finished:
        return pick(0x3a9d5d, 0x45b06b);
    case StatusClass::Init:
        return pick(0x8a8f98, 0x7c828c);
    case StatusClass::Released:
        return pick(0xb0b4ba, 0x5f646b);
    case StatusClass::Unknown:
        break;
    }
    return pick(0x8e44ad, 0xa35fc2);
}

QColor alarmLevelColor(const QString &alarmLevel)
{
    return alarmRankColor(alarmLevelRank(alarmLevel));
}

QColor alarmRankColor(int rank)
{
    switch (rank) {
    case 3:
        return pick(0xd64545, 0xe05d5d);
    case 2:
        return pick(0xe67e22, 0xeb8f3c);
    case 1:
        return pick(0x2f80ed, 0x4c93f0);
    case 0:
        return pick(0x8a8f98, 0x7c828c);
    default:
        return pick(0x8e44ad, 0xa35fc2);
    }
}

QColor tint(const QColor &color, int alpha)
{
    QColor c = color;
    c.setAlpha(isDark() ? std::min(255, alpha * 2) : alpha);
    return c;
}

QColor textOn(const QColor &background)
{
    const double luma = 0.299 * background.redF() + 0.587 * background.greenF() + 0.114 * background.blueF();
    return luma > 0.6 ? QColor(Qt::black) : QColor(Qt::white);
}

QColor errorText()
{
    return pick(0xa32626, 0xff7b7b);
}

QColor staleText()
{
    return pick(0x808080, 0x8c8c8c);
}

QColor track()
{
    return pick(0xe6e8eb, 0x3a3d42);
}

QColor rail()
{
    return pick(0xc8ccd2, 0x555a61);
}

QColor chartSource()
{
    return pick(0x2f80ed, 0x5a9cf2);
}

QColor chartDestination()
{
    return pick(0x3a9d5d, 0x4fbf76);
}

QColor chartLatency()
{
    return pick(0xd98e04, 0xf0a829);
}

QColor chartSampleAge()
{
    return pick(0x8a8a8a, 0x9a9a9a);
}

QColor healthUp()
{
    return statusColor(QStringLiteral("FINISHED"));
}

QColor healthFailing()
{
    return statusColor(QStringLiteral("SUSPEND"));
}

QColor healthDown()
{
    return statusColor(QStringLiteral("FAILED"));
}

QColor healthUnknown()
{
    return pick(0x9a9fa6, 0x7c828c);
}

QColor reportTrack()
{
    return QColor::fromRgb(0xe6e6e6);
}

QColor reportBorder()
{
    return QColor::fromRgb(0xb0b0b0);
}

QColor reportHeading()
{
    return QColor::fromRgb(0xeef1f5);
}

QColor reportFooterText()
{
    return QColor::fromRgb(0x606060);
}

QColor reportErrorText()
{
    return QColor::fromRgb(0xa32626);
}

} // namespace omsdash::palette
