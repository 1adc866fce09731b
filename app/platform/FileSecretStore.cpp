#include "platform/FileSecretStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace dd::platform {

namespace {

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace

FileSecretStore::FileSecretStore(const QString &folder)
    : m_folder(folder)
{}

QString FileSecretStore::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("secrets"));
}

QString FileSecretStore::fileOf(const QString &key) const
{
    // The key (a server's address) may hold any character: the file is named by its hash.
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256);
    return QDir(m_folder).filePath(QString::fromLatin1(hash.toHex().left(32))
                                   + QStringLiteral(".secret"));
}

void FileSecretStore::read(const QString &key, ReadDone done)
{
    QFile file(fileOf(key));
    if (!file.exists()) {
        done(SecretError{SecretError::Kind::NotFound, QStringLiteral("no secret file")});
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        done(SecretError{SecretError::Kind::Failed, file.errorString()});
        return;
    }
    done(QString::fromUtf8(file.readAll()));
}

void FileSecretStore::write(const QString &key, const QString &secret, Done done)
{
    QDir dir(m_folder);
    if (!dir.mkpath(QStringLiteral("."))
        || !QFile::setPermissions(m_folder, OwnerOnly | QFileDevice::ExeOwner)) {
        done(SecretError{SecretError::Kind::Failed,
                         QStringLiteral("cannot make the folder of secrets")});
        return;
    }
    // Written beside, owner-only from its creation, then renamed over the old file: the secret
    // is never readable by others, not even for a moment, and never half written.
    const QString target = fileOf(key);
    const QString temporary = target + QStringLiteral(".new");
    QFile::remove(temporary);
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerOnly)) {
        done(SecretError{SecretError::Kind::Failed, file.errorString()});
        return;
    }
    const QByteArray bytes = secret.toUtf8();
    const bool written = file.write(bytes) == bytes.size() && file.flush();
    file.close();
    QFile::remove(target);
    if (!written || !QFile::rename(temporary, target)) {
        QFile::remove(temporary);
        done(SecretError{SecretError::Kind::Failed, QStringLiteral("cannot write the secret")});
        return;
    }
    done({});
}

void FileSecretStore::remove(const QString &key, Done done)
{
    QFile file(fileOf(key));
    if (file.exists() && !file.remove()) {
        done(SecretError{SecretError::Kind::Failed, file.errorString()});
        return;
    }
    done({});
}

} // namespace dd::platform
