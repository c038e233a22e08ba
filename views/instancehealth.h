// SPDX-License-Identifier: MIT
#pragma once

#include <QIcon>
#include <QString>

namespace omsdash {

struct InstanceHealth;

/// A small dot for an instance: green when its last request was answered, red when it is
/// unreachable or its last poll failed, grey before the first answer.
QIcon healthIcon(const InstanceHealth &health);
/// "Reachable · last success 16:20:01 · API 3 ms" or "Unreachable since …: error", then a
/// "⚠ …" line for each warning of the last answers (InstanceHealth::warnings).
QString healthText(const InstanceHealth &health);

} // namespace omsdash
