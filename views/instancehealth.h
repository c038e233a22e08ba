// SPDX-License-Identifier: MIT
#pragma once

#include <QIcon>

namespace omsdash {

struct InstanceHealth;

/// A small dot for an instance by InstanceHealth::state(): green Up, orange Failing, red Down,
/// grey Unknown (palette::health*()). Its words are statustext::health().
QIcon healthIcon(const InstanceHealth &health);

} // namespace omsdash
