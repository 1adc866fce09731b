#include "Mailer.h"

#include "Tokens.h"

#include <QByteArray>
#include <QDateTime>
#include <QLocale>
#include <QLoggingCategory>
#include <QThreadPool>

#include <curl/curl.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <mutex>
#include <utility>

namespace dd::server {

Q_LOGGING_CATEGORY(lcMail, "dd.server.mail")

namespace {

constexpr qsizetype EncodedWordBytes = 45; // 60 base64 characters: an encoded-word under 75
constexpr qsizetype BodyLineLength = 76;

void initCurl()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
            qCCritical(lcMail, "curl_global_init failed");
    });
}

bool hasLineBreak(const QString &text)
{
    return text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n'));
}

bool isAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

// "Name <a@b.org>" → "a@b.org"; a bare address is returned trimmed.
QString addressOf(const QString &mailbox)
{
    const qsizetype open = mailbox.lastIndexOf(QLatin1Char('<'));
    const qsizetype close = mailbox.lastIndexOf(QLatin1Char('>'));
    if (open >= 0 && close > open)
        return mailbox.mid(open + 1, close - open - 1).trimmed();
    return mailbox.trimmed();
}

// RFC 2047 B encoded-words, each holding whole UTF-8 characters, folded onto continuation lines.
QByteArray encodedWords(const QString &text)
{
    QList<QByteArray> words;
    QByteArray chunk;
    for (qsizetype i = 0; i < text.size(); ++i) {
        qsizetype length = 1;
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            length = 2;
        const QByteArray character = text.mid(i, length).toUtf8();
        i += length - 1;
        if (chunk.size() + character.size() > EncodedWordBytes) {
            words.append(chunk);
            chunk.clear();
        }
        chunk.append(character);
    }
    if (!chunk.isEmpty() || words.isEmpty())
        words.append(chunk);

    QByteArray out;
    for (const QByteArray &word : std::as_const(words)) {
        if (!out.isEmpty())
            out.append("\r\n ");
        out.append("=?UTF-8?B?" + word.toBase64() + "?=");
    }
    return out;
}

// "Name <a@b.org>" with the name as an encoded-word when it is not ASCII.
QByteArray mailboxHeader(const QString &mailbox)
{
    if (isAscii(mailbox))
        return mailbox.trimmed().toLatin1();
    const qsizetype open = mailbox.lastIndexOf(QLatin1Char('<'));
    const QString name = mailbox.left(open).trimmed();
    return encodedWords(name) + " <" + addressOf(mailbox).toUtf8() + '>';
}

QByteArray rfc2822Date(const QDateTime &utc)
{
    return QLocale::c().toString(utc, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1()
           + " +0000";
}

QByteArray base64Lines(const QByteArray &data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray out;
    out.reserve(encoded.size() + encoded.size() / BodyLineLength * 2 + 2);
    for (qsizetype at = 0; at < encoded.size(); at += BodyLineLength)
        out.append(encoded.mid(at, BodyLineLength)).append("\r\n");
    return out;
}

QByteArray compose(const QString &from, const Mailer::Message &message)
{
    QString body = message.body;
    body.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    body.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    body.replace(QLatin1Char('\n'), QLatin1String("\r\n"));

    QByteArray out;
    out += "Date: " + rfc2822Date(QDateTime::currentDateTimeUtc()) + "\r\n";
    out += "From: " + mailboxHeader(from) + "\r\n";
    out += "To: " + mailboxHeader(message.to) + "\r\n";
    out += "Subject: " + encodedWords(message.subject) + "\r\n";
    out += "Message-ID: <" + Tokens::generate().toLatin1() + "@degreedesk>\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "Content-Type: text/plain; charset=UTF-8\r\n";
    out += "Content-Transfer-Encoding: base64\r\n";
    out += "\r\n";
    out += base64Lines(body.toUtf8());
    return out;
}

struct Upload
{
    QByteArray data;
    qsizetype offset = 0;
};

size_t readUpload(char *buffer, size_t size, size_t count, void *userData)
{
    auto *upload = static_cast<Upload *>(userData);
    const auto left = static_cast<size_t>(upload->data.size() - upload->offset);
    const size_t n = std::min(left, size * count);
    if (n > 0) {
        std::memcpy(buffer, upload->data.constData() + upload->offset, n);
        upload->offset += static_cast<qsizetype>(n);
    }
    return n;
}

struct CurlDeleter
{
    void operator()(CURL *curl) const { curl_easy_cleanup(curl); }
};
struct SlistDeleter
{
    void operator()(curl_slist *list) const { curl_slist_free_all(list); }
};

} // namespace

Mailer::Mailer(Settings settings)
    : m_settings(std::move(settings))
{}

QString Mailer::send(const Message &message) const
{
    if (m_settings.url.isEmpty())
        return QStringLiteral("No SMTP server is configured");
    if (hasLineBreak(message.to) || hasLineBreak(message.subject) || hasLineBreak(m_settings.from))
        return QStringLiteral("Line breaks are not allowed in an address or a subject");
    const QString to = addressOf(message.to);
    const QString from = addressOf(m_settings.from);
    if (to.isEmpty() || !to.contains(QLatin1Char('@')))
        return QStringLiteral("The recipient address is missing or invalid");
    if (from.isEmpty())
        return QStringLiteral("The sender address is missing");

    initCurl();
    const std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
    if (!curl)
        return QStringLiteral("libcurl could not be initialised");

    Upload upload{compose(m_settings.from, message), 0};
    const QByteArray url = m_settings.url.toUtf8();
    const QByteArray mailFrom = '<' + from.toUtf8() + '>';
    const QByteArray rcptTo = '<' + to.toUtf8() + '>';
    const QByteArray user = m_settings.user.toUtf8();
    QByteArray password = m_settings.password.toUtf8();
    const std::unique_ptr<curl_slist, SlistDeleter> recipients(
        curl_slist_append(nullptr, rcptTo.constData()));
    char errorBuffer[CURL_ERROR_SIZE] = {};

    CURL *handle = curl.get();
    curl_easy_setopt(handle, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(handle, CURLOPT_URL, url.constData());
    curl_easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    curl_easy_setopt(handle, CURLOPT_MAIL_FROM, mailFrom.constData());
    curl_easy_setopt(handle, CURLOPT_MAIL_RCPT, recipients.get());
    curl_easy_setopt(handle, CURLOPT_READFUNCTION, readUpload);
    curl_easy_setopt(handle, CURLOPT_READDATA, &upload);
    curl_easy_setopt(handle, CURLOPT_UPLOAD, 1L);
    if (m_settings.requireTls)
        curl_easy_setopt(handle, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_ALL));
    if (!m_settings.user.isEmpty()) {
        curl_easy_setopt(handle, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(handle, CURLOPT_PASSWORD, password.constData());
    }
    curl_easy_setopt(handle, CURLOPT_TIMEOUT,
                     static_cast<long>(std::max(1, m_settings.timeoutSeconds)));
    curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);

    const CURLcode rc = curl_easy_perform(handle);
    std::fill(password.begin(), password.end(), '\0');
    if (rc == CURLE_OK)
        return {};

    QString error = QString::fromUtf8(curl_easy_strerror(rc));
    const QString detail = QString::fromUtf8(errorBuffer).trimmed();
    if (!detail.isEmpty() && detail != error)
        error += QStringLiteral(": ") + detail;
    if (!m_settings.password.isEmpty())
        error.replace(m_settings.password, QStringLiteral("****"));
    qCWarning(lcMail).noquote() << "sending mail failed:" << error;
    return error;
}

void Mailer::sendInBackground(const Settings &settings, Message message, const QString &what,
                              const QString &accountId)
{
    QThreadPool::globalInstance()->start(
        [mailer = Mailer(settings), message = std::move(message), what, accountId] {
            const QString error = mailer.send(message);
            if (error.isEmpty()) {
                qCInfo(lcMail).noquote() << what << "sent for account" << accountId;
            } else {
                qCWarning(lcMail).noquote()
                    << what << "for account" << accountId << "not sent:" << error;
            }
        });
}

} // namespace dd::server
