// SPDX-License-Identifier: MIT
#include "statustext.h"

#include "format.h"
#include "instancepoller.h"
#include "instancesession.h"
#include "projectlistmodel.h"

#include <QCoreApplication>

namespace omsdash::statustext {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("omsdash::statustext", s); // lupdate files free functions under their namespace
}

QString stateText(const InstanceHealth &health)
{
    switch (health.state()) {
    case InstanceHealth::State::Unknown:
        return tr("No answer yet");
    case InstanceHealth::State::Up:
        return tr("Reachable · last success %1 · API %2 ms")
            .arg(fmt::localTime(health.lastSuccess))
            .arg(health.responseMs);
    case InstanceHealth::State::Failing:
        return tr("Answering with errors since %1: %2 (last success %3)")
            .arg(fmt::localTime(health.lastErrorTime), health.lastError.toString(),
                 fmt::localTime(health.lastSuccess));
    case InstanceHealth::State::Down:
        return tr("Unreachable since %1: %2 (last success %3)")
            .arg(fmt::localTime(health.lastErrorTime), health.lastError.toString(),
                 fmt::localTime(health.lastSuccess));
    }
    return {};
}

QString urlOf(const InstanceSession &session)
{
    return session.config().baseUrl.toDisplayString(QUrl::RemoveUserInfo);
}
} // namespace

QString health(const InstanceHealth &health)
{
    QString text = stateText(health);
    for (const QString &w : health.warnings)
        text += QStringLiteral("\n⚠ ") + w;
    return text;
}

QString instanceTip(const InstanceSession &session)
{
    QString tip = QStringLiteral("%1\n%2").arg(urlOf(session), health(session.health()));
    if (sendsCredentialsInClear(session.config()))
        tip += QLatin1Char('\n') + tr("⚠ The password travels unencrypted over plain http://; prefer https.");
    return tip;
}

QString instance(const InstanceSession &session)
{
    const InstanceHealth &h = session.health();
    QString text = h.lastSuccess.isValid()
        ? tr("%1 · last successful poll %2 · API %3 ms · %4")
              .arg(session.name(), fmt::localTime(h.lastSuccess))
              .arg(h.responseMs)
              .arg(fmt::projectCount(session.projects()->rowCount()))
        : tr("%1 · connecting to %2…").arg(session.name(), urlOf(session));
    if (session.projects()->isStale())
        text += tr(" · stale");
    return text;
}

QString overview(const QList<InstanceSession *> &sessions, int projectRows)
{
    int answering = 0;
    for (const InstanceSession *s : sessions)
        answering += s->hasProjects() && !s->projects()->isStale() ? 1 : 0;
    return tr("All instances: %1 of %2 answering · %3")
        .arg(answering)
        .arg(sessions.size())
        .arg(fmt::projectCount(projectRows));
}

QString lastError(const InstanceSession &session)
{
    const ApiError e = session.lastError();
    return e.isError() ? tr("Last error %1: %2").arg(fmt::localTime(session.lastErrorTime()), e.toString()) : QString();
}

} // namespace omsdash::statustext
