#pragma once

// The mails of the tests' SMTP sink: python3 -m aiosmtpd with its Mailbox handler writes every
// mail it receives as a file of a Maildir; the tests read each one once, by recipient.

#include <QByteArray>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QString>
#include <QTest>

namespace dd::test {

class Maildir
{
public:
    void setFolder(const QString &folder) { m_folder = folder; }
    QString folder() const { return m_folder; }

    // The decoded body of the next mail to `address` not read yet (it counts as read from
    // now on); empty when none has come within `waitMs`.
    QString take(const QString &address, int waitMs)
    {
        QElapsedTimer timer;
        timer.start();
        do {
            QString body;
            if (const QString name = find(address, &body); !name.isEmpty()) {
                m_read.insert(name);
                return body;
            }
            if (waitMs > 0) {
                QTest::qWait(50);
            }
        } while (timer.elapsed() < waitMs);
        return {};
    }

    // Whether a mail to `address` has come that was not taken yet.
    bool hasUnread(const QString &address) const { return !find(address, nullptr).isEmpty(); }

    // The decoded body of a message file (base64 or not) and its recipient (X-RcptTo, lower
    // case).
    static QString decode(const QByteArray &raw, QString *recipient)
    {
        QByteArray text = raw;
        text.replace("\r\n", "\n");
        const qsizetype split = text.indexOf("\n\n");
        const QByteArray head = split < 0 ? text : text.left(split);
        const QByteArray rawBody = split < 0 ? QByteArray() : text.mid(split + 2);
        bool base64 = false;
        for (const QByteArray &line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "x-rcptto") {
                *recipient = QString::fromUtf8(value).toLower();
            } else if (name == "content-transfer-encoding") {
                base64 = value.toLower() == "base64";
            }
        }
        return base64 ? QString::fromUtf8(
                   QByteArray::fromBase64(QByteArray(rawBody).replace('\n', "")))
                      : QString::fromUtf8(rawBody);
    }

private:
    // The file name of the oldest unread mail to `address` (its body into `body`), or empty.
    QString find(const QString &address, QString *body) const
    {
        for (const char *folder : {"new", "cur"}) {
            const QDir dir(QDir(m_folder).filePath(QLatin1String(folder)));
            const QStringList files = dir.entryList(QDir::Files, QDir::Time | QDir::Reversed);
            for (const QString &name : files) {
                if (m_read.contains(name)) {
                    continue;
                }
                QFile file(dir.filePath(name));
                if (!file.open(QIODevice::ReadOnly)) {
                    continue;
                }
                QString recipient;
                const QString decoded = decode(file.readAll(), &recipient);
                if (recipient == address.toLower()) {
                    if (body) {
                        *body = decoded;
                    }
                    return name;
                }
            }
        }
        return {};
    }

    QString m_folder;
    QSet<QString> m_read;
};

} // namespace dd::test
