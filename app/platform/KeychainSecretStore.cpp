#include "platform/KeychainSecretStore.h"

#include <qt6keychain/keychain.h>

namespace dd::platform {

namespace {

SecretError errorOf(const QKeychain::Job &job)
{
    using K = SecretError::Kind;
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return {K::NotFound, job.errorString()};
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return {K::Denied, job.errorString()};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return {K::Unavailable, job.errorString()};
    case QKeychain::OtherError:
        // On Linux a missing or locked secret service (no D-Bus session, no daemon) comes as
        // OtherError: treat it as no keychain, so the user is asked rather than stuck.
        return {K::Unavailable, job.errorString()};
    case QKeychain::NoError:
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return {K::Failed, job.errorString()};
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service)
    : m_service(service)
{}

void KeychainSecretStore::read(const QString &key, ReadDone done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [job, done = std::move(done)](QKeychain::Job *) {
                         if (job->error() != QKeychain::NoError) {
                             done(errorOf(*job));
                             return;
                         }
                         done(job->textData());
                     });
    job->start();
}

void KeychainSecretStore::write(const QString &key, const QString &secret, Done done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(secret);
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [job, done = std::move(done)](QKeychain::Job *) {
                         if (job->error() != QKeychain::NoError) {
                             done(errorOf(*job));
                             return;
                         }
                         done({});
                     });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, Done done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    QObject::connect(
        job, &QKeychain::Job::finished, job, [job, done = std::move(done)](QKeychain::Job *) {
            // Removing what is not there is done.
            if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound) {
                done(errorOf(*job));
                return;
            }
            done({});
        });
    job->start();
}

} // namespace dd::platform
