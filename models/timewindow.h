// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

#include <functional>

namespace omsdash {

/// The time range several charts share, so they keep one time axis and zoom together.
/// Either it follows the clock, showing the last span() (0: everything held), or it is
/// fixed at a range a user chose (custom, zoomed with the wheel or a rubber band, panned).
/// All times are UTC ms since the epoch.
class TimeWindow : public QObject
{
    Q_OBJECT

public:
    struct Range
    {
        qint64 fromMs = 0;
        qint64 toMs = 0;
        qint64 spanMs() const { return toMs - fromMs; }
        bool operator==(const Range &o) const { return fromMs == o.fromMs && toMs == o.toMs; }
    };

    /// Narrower ranges are widened around their middle: below this a 5 s sample rate shows
    /// no line.
    static constexpr qint64 minimumSpanMs() { return 10LL * 1000; }

    explicit TimeWindow(QObject *parent = nullptr);

    /// Follows the clock with the last @p spanMs (0: from the first sample held); ends any
    /// fixed range. Emits changed() when something changes.
    void setSpan(qint64 spanMs);
    qint64 span() const { return m_span; }
    /// Fixes the window at @p range. A range ending after now is moved back to end now, and
    /// one narrower than minimumSpanMs() is widened; from >= to is ignored.
    void setFixed(Range range);
    bool isFixed() const { return m_fixed; }
    /// Back to following the clock with span().
    void reset();

    /// What to draw: the fixed range, or [now - span, now] (from @p firstSampleMs, but at
    /// least a minute, for a span of 0).
    Range resolve(qint64 firstSampleMs) const;
    qint64 now() const { return m_clock(); }
    /// For tests: the clock, UTC ms.
    void setClock(std::function<qint64()> clock);

    /// @p range scaled by @p factor (< 1 zooms in) around @p centerMs, which keeps its
    /// place on the axis.
    static Range zoomed(Range range, qint64 centerMs, double factor);
    /// @p range moved by @p deltaMs (positive: later).
    static Range panned(Range range, qint64 deltaMs);

signals:
    void changed();

private:
    std::function<qint64()> m_clock;
    qint64 m_span = 3600LL * 1000;
    bool m_fixed = false;
    Range m_range;
};

} // namespace omsdash
