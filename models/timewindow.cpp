// SPDX-License-Identifier: MIT
#include "timewindow.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace omsdash {

TimeWindow::TimeWindow(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
}

void TimeWindow::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
}

void TimeWindow::setSpan(qint64 spanMs)
{
    spanMs = std::max<qint64>(0, spanMs);
    if (!m_fixed && spanMs == m_span)
        return;
    m_span = spanMs;
    m_fixed = false;
    emit changed();
}

void TimeWindow::setFixed(Range range)
{
    if (range.fromMs >= range.toMs)
        return;
    if (range.spanMs() < minimumSpanMs()) {
        const qint64 middle = range.fromMs + range.spanMs() / 2;
        range = {middle - minimumSpanMs() / 2, middle + minimumSpanMs() / 2};
    }
    const qint64 late = range.toMs - m_clock();
    if (late > 0)
        range = panned(range, -late);
    if (m_fixed && range == m_range)
        return;
    m_range = range;
    m_fixed = true;
    emit changed();
}

void TimeWindow::reset()
{
    if (!m_fixed)
        return;
    m_fixed = false;
    emit changed();
}

TimeWindow::Range TimeWindow::resolve(qint64 firstSampleMs) const
{
    if (m_fixed)
        return m_range;
    const qint64 now = m_clock();
    if (m_span > 0)
        return {now - m_span, now};
    return {std::min(firstSampleMs, now - 60LL * 1000), now};
}

TimeWindow::Range TimeWindow::zoomed(Range range, qint64 centerMs, double factor)
{
    if (!(factor > 0) || !std::isfinite(factor))
        return range;
    const double from = double(centerMs) - double(centerMs - range.fromMs) * factor;
    const double to = double(centerMs) + double(range.toMs - centerMs) * factor;
    return {qint64(std::llround(from)), qint64(std::llround(to))};
}

TimeWindow::Range TimeWindow::panned(Range range, qint64 deltaMs)
{
    return {range.fromMs + deltaMs, range.toMs + deltaMs};
}

} // namespace omsdash
