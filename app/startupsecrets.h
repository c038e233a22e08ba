// SPDX-License-Identifier: MIT
#pragma once

#include "instanceconfig.h"

#include <QList>

namespace omsdash {

class SecretStore;

/// Whether @p config still lacks its secret (a password for its user, or a DRS token).
bool needsSecret(const InstanceConfig &config);
/// The question a SecretPrompt asks for @p config's secret, e.g. "Password of admin on oms-prod:".
QString secretQuestion(const InstanceConfig &config);

/// Fills in the missing secrets of @p configs at start-up: from the system keychain first
/// (entry = instance name), then, when @p interactive, by asking with a SecretPrompt and
/// storing in the keychain what the user asks to remember. Runs the event loop until the
/// keychain has answered, at most store.timeoutMs(). Instances still without a secret stay
/// so (their first poll then fails with the server's authentication error). Problems go
/// to stderr, never with a secret.
void fillSecrets(QList<InstanceConfig> &configs, SecretStore &store, bool interactive);

} // namespace omsdash
