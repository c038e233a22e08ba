// SPDX-License-Identifier: MIT
#include "secretstore.h"

#include <QTimer>

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusError>
#endif

#include <qt6keychain/keychain.h>

#include <memory>

namespace omsdash {

namespace {

bool meansUnavailable(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::AccessDenied:
        return true;
    default:
        return false;
    }
}

/// Why no keychain backend can answer here, or empty. On Linux and the BSDs QtKeychain talks
/// to the Secret Service or KWallet over the D-Bus session bus; without a bus, or with no such
/// service running or activatable, its jobs fail with a generic error, which we name here.
QString missingBackend()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return SecretStore::tr("no D-Bus session bus (%1)").arg(bus.lastError().message());
    const QDBusConnectionInterface *busInterface = bus.interface();
    const QStringList activatable = busInterface->activatableServiceNames().value();
    for (const QString &name : {QStringLiteral("org.freedesktop.secrets"), QStringLiteral("org.kde.kwalletd5"),
                               QStringLiteral("org.kde.kwalletd6"), QStringLiteral("org.kde.kwalletd")}) {
        if (busInterface->isServiceRegistered(name).value() || activatable.contains(name))
            return {};
    }
    return SecretStore::tr("no Secret Service (gnome-keyring, KWallet) on the D-Bus session bus");
#else
    return {};
#endif
}

} // namespace

SecretStore::SecretStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
}

SecretStore::~SecretStore()
{
    // A job the keychain still works on must outlive its answer: libsecret calls back into it
    // (a job deleted with its store crashed a later turn of the event loop). Each one left
    // finishes what it was asked, unheard, and deletes itself.
    const auto jobs = findChildren<QKeychain::Job *>(Qt::FindDirectChildrenOnly);
    for (QKeychain::Job *job : jobs) {
        disconnect(job, nullptr, this, nullptr);
        job->setParent(nullptr);
        job->setAutoDelete(true);
    }
}

void SecretStore::read(const QString &key, Done done)
{
    run(Op::Read, key, {}, std::move(done));
}

void SecretStore::write(const QString &key, const QString &secret, Done done)
{
    run(Op::Write, key, secret, std::move(done));
}

void SecretStore::remove(const QString &key, Done done)
{
    run(Op::Remove, key, {}, std::move(done));
}

void SecretStore::run(Op op, const QString &key, const QString &secret, Done done)
{
    if (!m_backendChecked) {
        m_backendChecked = true;
        const QString missing = missingBackend();
        if (!missing.isEmpty()) {
            m_unavailableReason = missing;
            emit becameUnavailable(m_unavailableReason);
        }
    }
    if (!available()) {
        QTimer::singleShot(0, this, [done = std::move(done), reason = m_unavailableReason] {
            done({Status::Unavailable, {}, reason});
        });
        return;
    }

    QKeychain::Job *job = nullptr;
    switch (op) {
    case Op::Read:
        job = new QKeychain::ReadPasswordJob(m_service, this);
        break;
    case Op::Write: {
        auto *w = new QKeychain::WritePasswordJob(m_service, this);
        w->setTextData(secret);
        job = w;
        break;
    }
    case Op::Remove:
        job = new QKeychain::DeletePasswordJob(m_service, this);
        break;
    }
    job->setKey(key);
    job->setInsecureFallback(false); // never plain text, whatever the library's default
    job->setAutoDelete(false);

    // The job's answer and the timeout race; the first one answers, the other is ignored.
    auto answered = std::make_shared<bool>(false);
    auto finish = [this, answered, done](const Answer &answer) {
        if (*answered)
            return;
        *answered = true;
        if (answer.status == Status::Unavailable && available()) {
            m_unavailableReason = answer.message;
            emit becameUnavailable(m_unavailableReason);
        }
        done(answer);
    };

    auto *timer = new QTimer(job);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, finish] {
        finish({Status::Unavailable, {},
                tr("the system keychain did not answer within %1 s (is it locked?)").arg(m_timeoutMs / 1000.0)});
    });
    connect(job, &QKeychain::Job::finished, this, [op, finish](QKeychain::Job *j) {
        Answer answer;
        const QKeychain::Error error = j->error();
        if (error == QKeychain::NoError) {
            answer.status = Status::Ok;
            if (op == Op::Read)
                answer.secret = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
        } else if (error == QKeychain::EntryNotFound) {
            answer.status = Status::NotFound;
        } else {
            answer.status = meansUnavailable(error) ? Status::Unavailable : Status::Failed;
            answer.message = j->errorString().isEmpty() ? tr("keychain error %1").arg(int(error)) : j->errorString();
        }
        j->deleteLater();
        finish(answer);
    });
    timer->start(m_timeoutMs);
    job->start();
}

void SecretStore::readAll(const QStringList &keys, std::function<void(const QHash<QString, Answer> &)> done)
{
    if (keys.isEmpty()) {
        QTimer::singleShot(0, this, [done = std::move(done)] { done({}); });
        return;
    }
    auto answers = std::make_shared<QHash<QString, Answer>>();
    auto pending = std::make_shared<int>(int(keys.size()));
    for (const QString &key : keys) {
        read(key, [answers, pending, key, done](const Answer &answer) {
            answers->insert(key, answer);
            if (--*pending == 0)
                done(*answers);
        });
    }
}

void SecretStore::applyEdit(const QHash<QString, QString> &before, const QHash<QString, QString> &after,
                            bool removeMissing,
                            std::function<void(const QString &)> done)
{
    struct Change
    {
        QString key;
        QString secret;
        bool remove;
    };
    QList<Change> changes;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (!it.value().isEmpty() && it.value() != before.value(it.key()))
            changes.append({it.key(), it.value(), false});
    }
    if (removeMissing) {
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (!after.contains(it.key()))
                changes.append({it.key(), {}, true});
        }
    }
    if (changes.isEmpty()) {
        QTimer::singleShot(0, this, [done = std::move(done)] { done({}); });
        return;
    }
    auto firstError = std::make_shared<QString>();
    auto pending = std::make_shared<int>(int(changes.size()));
    for (const Change &c : std::as_const(changes)) {
        auto onAnswer = [firstError, pending, done, key = c.key](const Answer &answer) {
            if ((answer.status == Status::Failed || answer.status == Status::Unavailable) && firstError->isEmpty())
                *firstError = tr("%1: %2").arg(key, answer.message);
            if (--*pending == 0)
                done(*firstError);
        };
        if (c.remove)
            remove(c.key, onAnswer);
        else
            write(c.key, c.secret, onAnswer);
    }
}

} // namespace omsdash
