// SPDX-License-Identifier: MIT
#include "stagebars.h"

#include "format.h"
#include "selectedproject.h"
#include "statuspalette.h"

#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>

namespace omsdash {

namespace {

void setBar(QProgressBar *bar, const StageFacts &stage)
{
    const std::optional<int> value = stage.percent;
    bar->setEnabled(value.has_value());
    bar->setValue(value ? std::clamp(*value, 0, 100) : 0);
    bar->setFormat(value ? QStringLiteral("%1 %").arg(*value) : fmt::dash());
    // The style draws the chunk in Highlight: a failed schema migration is red.
    const QColor color = palette::statusColor(stage.step ? stage.step->status : QStringLiteral("RUNNING"));
    if (bar->palette().color(QPalette::Highlight) != color) {
        QPalette p = bar->palette();
        p.setColor(QPalette::Highlight, color);
        p.setColor(QPalette::HighlightedText, palette::textOn(color));
        bar->setPalette(p);
    }
}

QString recordsText(const StageFacts &stage)
{
    if (!stage.step || !(stage.step->info.processedRecords || stage.step->info.capacity))
        return {};
    const StepMetrics &m = stage.step->info;
    QString text = StageBars::tr("%1 of %2 records").arg(fmt::count(m.processedRecords), fmt::count(m.capacity));
    if (const auto &eta = stage.eta) {
        const QString confidence = eta->confidence == StageEta::Confidence::High
            ? StageBars::tr("high confidence")
            : (eta->confidence == StageEta::Confidence::Medium ? StageBars::tr("medium confidence")
                                                               : StageBars::tr("low confidence"));
        text = StageBars::tr("%1 · ETA %2 at %3 (%4)").arg(text, fmt::duration(eta->seconds), fmt::rps(eta->rate), confidence);
    }
    return text;
}

} // namespace

StageBars::StageBars(QWidget *parent)
    : QWidget(parent)
    , m_records(new QLabel(this))
    , m_verifyRecords(new QLabel(this))
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    const QString titles[] = {tr("Schema migration"), tr("Full migration"), tr("Full verification")};
    for (int stage = 0; stage < 3; ++stage) {
        auto *bar = new QProgressBar(this);
        bar->setRange(0, 100);
        bar->setTextVisible(true);
        bar->setAlignment(Qt::AlignCenter);
        bar->setAccessibleName(titles[stage]);
        m_bars[stage] = bar;
        grid->addWidget(new QLabel(titles[stage], this), 0, stage);
        grid->addWidget(bar, 1, stage);
        // Three equal stages: a long records-and-ETA line wraps instead of widening its column.
        grid->setColumnStretch(stage, 1);
    }
    grid->addWidget(m_records, 2, 1);
    grid->addWidget(m_verifyRecords, 2, 2);
    for (QLabel *label : {m_records, m_verifyRecords}) {
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    }
}

QProgressBar *StageBars::bar(int stage) const
{
    return stage >= 0 && stage < 3 ? m_bars[stage] : nullptr;
}

void StageBars::setFacts(const ProjectFacts &f)
{
    setBar(m_bars[0], f.schema);
    setBar(m_bars[1], f.full);
    setBar(m_bars[2], f.verify);
    QString records = recordsText(f.full);
    // The service's own estimate beside ours, as it sends it (DRS does not give its unit).
    if (!f.serviceRemaining.isEmpty() && f.full.percent.value_or(0) < 100) {
        const QString service = tr("remaining_time reported by the service: %1").arg(f.serviceRemaining);
        records = records.isEmpty() ? service : tr("%1 · %2").arg(records, service);
    }
    m_records->setText(records);
    m_verifyRecords->setText(recordsText(f.verify));
}

QString StageBars::fullRecordsText() const
{
    return m_records->text();
}

QString StageBars::verifyRecordsText() const
{
    return m_verifyRecords->text();
}

} // namespace omsdash
