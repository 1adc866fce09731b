#include "Tokens.h"

#include <QCryptographicHash>
#include <QLoggingCategory>

#include <sodium.h>

#include <mutex>

namespace dd::server {

Q_LOGGING_CATEGORY(lcTokens, "dd.server.tokens")

namespace {

constexpr int TokenBytes = 32;

void initSodium()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (sodium_init() < 0)
            qCCritical(lcTokens, "libsodium failed to initialise");
    });
}

} // namespace

QString Tokens::generate()
{
    initSodium();
    QByteArray bytes(TokenBytes, Qt::Uninitialized);
    randombytes_buf(bytes.data(), static_cast<size_t>(bytes.size()));
    const QByteArray text =
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    sodium_memzero(bytes.data(), static_cast<size_t>(bytes.size()));
    return QString::fromLatin1(text);
}

QByteArray Tokens::digest(const QString &token)
{
    return QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex();
}

bool Tokens::equal(const QByteArray &a, const QByteArray &b)
{
    // The lengths are public (a digest is always 64 hex digits); the contents are compared in
    // constant time.
    if (a.size() != b.size())
        return false;
    if (a.isEmpty())
        return true;
    initSodium();
    return sodium_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}

QString Tokens::code(int length)
{
    initSodium();
    QString out;
    if (length <= 0)
        return out;
    out.reserve(length);
    constexpr auto alphabetSize = static_cast<quint32>(sizeof(CodeAlphabet) - 1);
    for (int i = 0; i < length; ++i)
        out.append(QLatin1Char(CodeAlphabet[randombytes_uniform(alphabetSize)]));
    return out;
}

} // namespace dd::server
