// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace omsdash {

struct InstanceHealth;
class InstanceSession;

/// The sentences the status bar and the instance box say about instances, made from what the
/// sessions hold (InstancePoller::health(), the project list, the last error). Times are the
/// machine's local time (fmt::localTime), durations ms.
namespace statustext {

/// InstanceHealth::state() in a sentence: "No answer yet"; "Reachable · last success <time> ·
/// API <ms> ms"; "Answering with errors since <time>: <error> (last success <time>)";
/// "Unreachable since <time>: <error> (last success <time>)"; then one "⚠ <warning>" line per
/// warning of the last answers.
QString health(const InstanceHealth &health);

/// The instance box's tooltip: the URL without user info, health(), and a warning line when
/// the password would travel over plain http.
QString instanceTip(const InstanceSession &session);

/// The status bar for one instance: "<name> · last successful poll <time> · API <ms> ms ·
/// <n projects>", " · stale" after a failed poll; before any success "<name> · connecting to
/// <url>…".
QString instance(const InstanceSession &session);

/// The status bar for all instances: "All instances: <answering> of <n> answering · <n
/// projects>", answering meaning listed and not stale; @p projectRows the overview's rows.
QString overview(const QList<InstanceSession *> &sessions, int projectRows);

/// "Last error <time>: <error>" once a poll of the session has failed (kept after later
/// successes, with its time); empty while none has.
QString lastError(const InstanceSession &session);

} // namespace statustext

} // namespace omsdash
