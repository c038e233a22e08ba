// SPDX-License-Identifier: MIT
#include "projectheader.h"

#include "badge.h"
#include "errorlabel.h"
#include "format.h"
#include "selectedproject.h"
#include "statuspalette.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <cmath>

namespace omsdash {

namespace {

QString latencySourceText(IncrementalLatency::Source source)
{
    switch (source) {
    case IncrementalLatency::Source::ServerSample:
        return ProjectHeader::tr("server sample");
    case IncrementalLatency::Source::DesktopClock:
        return ProjectHeader::tr("now − checkpoint, desktop clock");
    case IncrementalLatency::Source::Reported:
        return ProjectHeader::tr("reported by the service");
    case IncrementalLatency::Source::None:
        break;
    }
    return {};
}

} // namespace

ProjectHeader::ProjectHeader(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_id(new QLabel(this))
    , m_status(new Badge(this))
    , m_alarm(new Badge(this))
    , m_console(new QLabel(this))
    , m_step(new QLabel(this))
    , m_latency(new QLabel(this))
    , m_warning(new ErrorLabel(this))
{
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_id->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_id->setForegroundRole(QPalette::PlaceholderText);
    m_warning->setWordWrap(true);
    m_warning->hide();
    m_console->setTextFormat(Qt::RichText);
    m_console->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_console, &QLabel::linkActivated, this, [](const QString &url) { QDesktopServices::openUrl(QUrl(url)); });

    auto *headline = new QHBoxLayout;
    headline->setContentsMargins(0, 0, 0, 0);
    headline->addWidget(m_title);
    headline->addWidget(m_id);
    headline->addSpacing(12);
    headline->addWidget(m_status);
    headline->addWidget(m_alarm);
    headline->addStretch(1);
    headline->addWidget(m_console);
    auto *facts = new QHBoxLayout;
    facts->setContentsMargins(0, 0, 0, 0);
    facts->addWidget(m_step);
    facts->addSpacing(24);
    facts->addWidget(m_latency, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(headline);
    layout->addLayout(facts);
    layout->addWidget(m_warning);
}

QString ProjectHeader::text() const
{
    return QStringList{m_title->text(), m_id->text(), m_status->text(), m_alarm->text(),
                       m_step->text(), m_latency->text(), m_warning->isVisible() ? m_warning->text() : QString()}
        .join(QLatin1Char('\n'));
}

QString ProjectHeader::latencyText() const
{
    return m_latency->text();
}

void ProjectHeader::setFacts(const ProjectFacts &f)
{
    if (f.projectId.isEmpty()) {
        m_title->setText(tr("No project selected"));
        m_title->setToolTip({});
        m_id->clear();
        m_console->hide();
        m_status->setBadge({}, {});
        m_alarm->setBadge({}, {});
        m_step->clear();
        m_latency->clear();
        m_latency->setToolTip({});
        m_warning->hide();
        return;
    }
    // A name as long as json::MaxTextLength would widen the window to tens of thousands of
    // pixels: the headline shows its start, the tooltip all of it (with the note of the cut).
    constexpr int TitleChars = 80;
    m_title->setText(f.name.size() > TitleChars ? f.name.left(TitleChars) + QStringLiteral("…") : f.name);
    m_title->setToolTip(f.name.size() > TitleChars ? f.name : QString());
    m_id->setText(f.projectId);
    m_console->setVisible(f.consoleUrl.isValid());
    m_console->setText(f.consoleUrl.isValid() ? QStringLiteral("<a href=\"%1\">%2</a>")
                                                    .arg(f.consoleUrl.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                                         tr("Open in OMS console").toHtmlEscaped())
                                              : QString());
    m_console->setToolTip(f.consoleUrl.toString());

    const QString status = statusText(f.status, f.type);
    m_status->setBadge(status, palette::statusColor(f.status));
    m_status->setToolTip(status == f.status ? tr("Project status") : tr("Status code %1").arg(f.status));
    m_alarm->setBadge(f.alarmLevel.isEmpty() ? QString() : tr("Alarm %1").arg(alarmLevelText(f.alarmLevel)),
                      palette::alarmLevelColor(f.alarmLevel));
    m_alarm->setToolTip(tr("Alarm level %1").arg(f.alarmLevel));
    const QString step = stepText(f.currentStep);
    m_step->setText(tr("Current step: <b>%1</b>").arg(step.isEmpty() ? fmt::dash() : step.toHtmlEscaped()));
    m_step->setToolTip(step == f.currentStep ? QString() : f.currentStep);

    const QDateTime now = f.asOf;
    if (!f.hasDetail) {
        m_latency->setText(tr("Incremental latency: waiting for the first poll…"));
        m_latency->setToolTip({});
    } else if (!f.latency.seconds) {
        m_latency->setText(tr("Incremental latency: %1 (incremental synchronization not running)").arg(fmt::dash()));
        m_latency->setToolTip({});
    } else {
        const IncrementalLatency &lat = f.latency;
        const double age = lat.sampleTime.isValid() ? double(std::max<qint64>(0, lat.sampleTime.secsTo(now))) : 0.0;
        m_latency->setText(tr("Incremental latency: <b>%1</b> · sample %2 old (%3)")
                               .arg(fmt::duration(*lat.seconds), fmt::duration(age), latencySourceText(lat.source)));
        m_latency->setToolTip(tr("Sampled %1").arg(fmt::utcTime(lat.sampleTime)));
    }

    QStringList warnings;
    if (f.stale) {
        warnings << tr("⚠ Showing the last good data from %1; the last poll failed at %2: %3")
                        .arg(fmt::localTime(f.lastSuccess), fmt::localTime(f.lastErrorTime), f.lastError.toString());
    }
    if (f.clockSkewSeconds && std::abs(*f.clockSkewSeconds) > 30) {
        warnings << tr("⚠ The server clock is %1 %2 this desktop's; latencies computed here are off by as much")
                        .arg(fmt::duration(double(std::abs(*f.clockSkewSeconds))),
                             *f.clockSkewSeconds > 0 ? tr("ahead of") : tr("behind"));
    }
    m_warning->setVisible(!warnings.isEmpty());
    m_warning->setText(warnings.join(QLatin1Char('\n')));
}

} // namespace omsdash
