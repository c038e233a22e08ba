// SPDX-License-Identifier: MIT
#include "startupsecrets.h"

#include "secretprompt.h"
#include "secretstore.h"

#include <QApplication>
#include <QEventLoop>
#include <QTextStream>

namespace omsdash {

bool needsSecret(const InstanceConfig &c)
{
    return usesTokenSecret(c) ? c.authToken.isEmpty() : (!c.user.isEmpty() && c.password.isEmpty());
}

QString secretQuestion(const InstanceConfig &c)
{
    if (usesTokenSecret(c))
        return QApplication::tr("IAM token (X-Auth-Token) for %1:").arg(c.name);
    if (c.api == ApiKind::Drs)
        return QApplication::tr("IAM password of %1 in account %2 for %3:").arg(c.user, c.drsDomain, c.name);
    return QApplication::tr("Password of %1 on %2:").arg(c.user, c.name);
}

void fillSecrets(QList<InstanceConfig> &configs, SecretStore &store, bool interactive)
{
    QStringList names;
    for (const InstanceConfig &c : std::as_const(configs)) {
        if (needsSecret(c))
            names << c.name;
    }
    if (names.isEmpty())
        return;
    QHash<QString, SecretStore::Answer> answers;
    bool answered = false;
    QEventLoop loop;
    store.readAll(names, [&](const QHash<QString, SecretStore::Answer> &all) {
        answers = all;
        answered = true;
        loop.quit();
    });
    if (!answered)
        loop.exec();

    QTextStream err(stderr);
    if (!store.available())
        err << "omsdash: " << QApplication::tr("no system keychain: %1").arg(store.unavailableReason()) << Qt::endl;
    for (InstanceConfig &c : configs) {
        if (!needsSecret(c))
            continue;
        const SecretStore::Answer answer = answers.value(c.name);
        if (answer.status == SecretStore::Status::Ok) {
            setSecret(c, answer.secret);
            continue;
        }
        if (answer.status == SecretStore::Status::Failed)
            err << "omsdash: " << QApplication::tr("keychain, %1: %2").arg(c.name, answer.message) << Qt::endl;
        if (!interactive)
            continue;
        SecretPrompt prompt(c.name, secretQuestion(c), store.unavailableReason());
        if (prompt.exec() != QDialog::Accepted || prompt.secret().isEmpty())
            continue;
        setSecret(c, prompt.secret());
        if (prompt.remember()) {
            store.write(c.name, prompt.secret(), [name = c.name](const SecretStore::Answer &written) {
                if (written.status != SecretStore::Status::Ok)
                    QTextStream(stderr) << "omsdash: "
                                        << QApplication::tr("could not store the secret of %1 in the keychain: %2")
                                               .arg(name, written.message)
                                        << '\n';
            });
        }
    }
}

} // namespace omsdash
