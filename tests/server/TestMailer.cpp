#include "Mailer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace dd::server;

namespace {

quint16 freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

// The text of a header with its RFC 2047 encoded-words decoded (whitespace between two
// adjacent encoded-words is dropped, as the RFC says).
QString decodeHeader(const QByteArray &raw)
{
    static const QRegularExpression word(QStringLiteral("=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]*)\\?="),
                                         QRegularExpression::CaseInsensitiveOption);
    const QString text = QString::fromLatin1(raw);
    QByteArray out;
    qsizetype at = 0;
    bool afterWord = false;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString between = text.mid(at, match.capturedStart() - at);
        if (!(afterWord && between.trimmed().isEmpty()))
            out += between.toLatin1();
        out += QByteArray::fromBase64(match.captured(1).toLatin1());
        at = match.capturedEnd();
        afterWord = true;
    }
    out += text.mid(at).toLatin1();
    return QString::fromUtf8(out);
}

struct ParsedMail
{
    std::map<QByteArray, QByteArray> headers; // lower-case name → raw value, unfolded
    QByteArray rawHeaders;
    QByteArray body;
};

ParsedMail parseMail(QByteArray data)
{
    data.replace("\r\n", "\n");
    ParsedMail mail;
    const qsizetype split = data.indexOf("\n\n");
    mail.rawHeaders = data.left(split);
    mail.body = data.mid(split + 2);
    QByteArray unfolded = mail.rawHeaders;
    unfolded.replace("\n ", " ").replace("\n\t", "\t");
    for (const QByteArray &line : unfolded.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        if (mail.headers.find(name) == mail.headers.end())
            mail.headers[name] = line.mid(colon + 1).trimmed();
    }
    return mail;
}

} // namespace

class TestMailer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void sendsUtf8Message();
    void nothingListening();
    void refusesHeaderInjection_data();
    void refusesHeaderInjection();
    void requireTlsRefusesPlainServer();

private:
    Mailer::Settings sinkSettings() const;
    QStringList delivered() const;
    QByteArray waitForMessage(const QStringList &before);

    QTemporaryDir m_dir;
    QString m_maildir;
    QProcess m_sink;
    quint16 m_port = 0;
};

void TestMailer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_maildir = m_dir.filePath(QStringLiteral("maildir")); // the sink creates it

    // python3 on PATH, else Debian's own interpreter (where python3-aiosmtpd installs).
    QStringList candidates{QStringLiteral("python3"), QStringLiteral("/usr/bin/python3")};
    if (qEnvironmentVariableIsSet("DD_PYTHON"))
        candidates.prepend(qEnvironmentVariable("DD_PYTHON"));
    QString python;
    for (const QString &candidate : std::as_const(candidates)) {
        QProcess probe;
        probe.start(candidate, {QStringLiteral("-m"), QStringLiteral("aiosmtpd"),
                                QStringLiteral("--version")});
        if (probe.waitForFinished(15000) && probe.exitStatus() == QProcess::NormalExit
            && probe.exitCode() == 0) {
            python = candidate;
            break;
        }
    }
    if (python.isEmpty())
        QFAIL("python3 -m aiosmtpd is not available: install the Debian package python3-aiosmtpd");

    m_port = freePort();
    QVERIFY(m_port != 0);
    m_sink.setProcessChannelMode(QProcess::MergedChannels);
    m_sink.start(python,
                 {QStringLiteral("-m"), QStringLiteral("aiosmtpd"), QStringLiteral("-n"),
                  QStringLiteral("-l"), QStringLiteral("127.0.0.1:%1").arg(m_port),
                  QStringLiteral("-c"), QStringLiteral("aiosmtpd.handlers.Mailbox"), m_maildir});
    QVERIFY2(m_sink.waitForStarted(10000), qPrintable(m_sink.errorString()));

    QElapsedTimer waited;
    waited.start();
    bool up = false;
    while (!up && waited.elapsed() < 15000) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_port);
        up = probe.waitForConnected(500);
        if (!up) {
            QVERIFY2(m_sink.state() == QProcess::Running, m_sink.readAll().constData());
            QTest::qWait(100);
        }
    }
    QVERIFY2(up, "the SMTP sink did not start listening");
}

void TestMailer::cleanupTestCase()
{
    if (m_sink.state() == QProcess::NotRunning)
        return;
    m_sink.terminate();
    if (!m_sink.waitForFinished(5000)) {
        m_sink.kill();
        m_sink.waitForFinished(5000);
    }
}

Mailer::Settings TestMailer::sinkSettings() const
{
    Mailer::Settings settings;
    settings.url = QStringLiteral("smtp://127.0.0.1:%1").arg(m_port);
    settings.from = QStringLiteral("DegreeDesk <noreply@degreedesk.test>");
    settings.timeoutSeconds = 10;
    return settings;
}

QStringList TestMailer::delivered() const
{
    return QDir(m_maildir + QStringLiteral("/new")).entryList(QDir::Files, QDir::Name);
}

// The first message that arrives in new/ after `before` was listed.
QByteArray TestMailer::waitForMessage(const QStringList &before)
{
    QElapsedTimer waited;
    waited.start();
    while (delivered().size() <= before.size() && waited.elapsed() < 10000)
        QTest::qWait(50);
    for (const QString &name : delivered()) {
        if (before.contains(name))
            continue;
        QFile file(m_maildir + QStringLiteral("/new/") + name);
        if (file.open(QIODevice::ReadOnly))
            return file.readAll();
    }
    return {};
}

void TestMailer::sendsUtf8Message()
{
    const QStringList before = delivered();
    Mailer::Message message;
    message.to = QStringLiteral("张三 <zhangsan@example.org>");
    // Long enough for two encoded-words: they must be split on whole UTF-8 characters.
    message.subject = QStringLiteral("请激活您的 DegreeDesk 账户：同等学力人员申请硕士学位报名");
    message.body = QStringLiteral("张三，您好：\n\n请在 24 小时内打开下面的链接激活账户。\n"
                                  "https://degreedesk.test/activate?token=abc\n");

    const QString error = Mailer(sinkSettings()).send(message);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const QByteArray raw = waitForMessage(before);
    QVERIFY2(!raw.isEmpty(), "no message arrived in the Maildir");
    const ParsedMail mail = parseMail(raw);
    const auto header = [&mail](const char *name) {
        const auto it = mail.headers.find(QByteArray(name));
        return it == mail.headers.end() ? QByteArray() : it->second;
    };

    // The envelope (the sink writes it as X- headers).
    QCOMPARE(header("x-mailfrom"), QByteArray("noreply@degreedesk.test"));
    QCOMPARE(header("x-rcptto"), QByteArray("zhangsan@example.org"));

    // The headers are ASCII; the UTF-8 text rides in encoded-words.
    for (const char c : mail.rawHeaders)
        QVERIFY2(static_cast<unsigned char>(c) < 0x80, mail.rawHeaders.constData());
    QVERIFY(header("subject").startsWith("=?UTF-8?B?"));
    QCOMPARE(decodeHeader(header("subject")), message.subject);
    QCOMPARE(decodeHeader(header("to")), message.to);
    QCOMPARE(header("from"), QByteArray("DegreeDesk <noreply@degreedesk.test>"));
    QCOMPARE(header("mime-version"), QByteArray("1.0"));
    QCOMPARE(header("content-type"), QByteArray("text/plain; charset=UTF-8"));
    QCOMPARE(header("content-transfer-encoding"), QByteArray("base64"));
    static const QRegularExpression messageId(QStringLiteral("^<[A-Za-z0-9_-]{43}@degreedesk>$"));
    QVERIFY2(messageId.match(QString::fromLatin1(header("message-id"))).hasMatch(),
             header("message-id").constData());

    static const QRegularExpression date(QStringLiteral(
        "^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d\\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
        "\\d{4} \\d\\d:\\d\\d:\\d\\d \\+0000$"));
    QVERIFY2(date.match(QString::fromLatin1(header("date"))).hasMatch(),
             header("date").constData());
    const QDateTime sent = QLocale::c().toDateTime(QString::fromLatin1(header("date")).left(25),
                                                   QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    QVERIFY(sent.isValid());
    QVERIFY(
        qAbs(QDateTime(sent.date(), sent.time(), Qt::UTC).secsTo(QDateTime::currentDateTimeUtc()))
        < 120);

    // The body: base64 in lines of at most 76, decoding to the text with CRLF line ends.
    const QList<QByteArray> lines = mail.body.trimmed().split('\n');
    QVERIFY(lines.size() > 1);
    for (const QByteArray &line : lines)
        QVERIFY2(line.size() <= 76, line.constData());
    QCOMPARE(lines.first().size(), 76);
    const auto decoded = QByteArray::fromBase64Encoding(
        mail.body.trimmed().replace('\n', QByteArray()), QByteArray::AbortOnBase64DecodingErrors);
    QVERIFY(decoded);
    QString expectedBody = message.body;
    expectedBody.replace(QLatin1Char('\n'), QLatin1String("\r\n"));
    QCOMPARE(QString::fromUtf8(decoded.decoded), expectedBody);
}

void TestMailer::nothingListening()
{
    const quint16 closed = freePort();
    QVERIFY(closed != 0);
    Mailer::Settings settings = sinkSettings();
    settings.url = QStringLiteral("smtp://127.0.0.1:%1").arg(closed);
    settings.user = QStringLiteral("mailer");
    settings.password = QStringLiteral("Secret-Pa55word");
    settings.timeoutSeconds = 5;

    // The failure is logged (a warning in dd.server.mail) without the password.
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("^sending mail failed: (?!.*Pa55)")));
    QElapsedTimer timer;
    timer.start();
    const QString error = Mailer(settings).send(
        {QStringLiteral("a@example.org"), QStringLiteral("subject"), QStringLiteral("body")});
    QVERIFY(!error.isEmpty());
    QVERIFY2(timer.elapsed() < (settings.timeoutSeconds + 2) * 1000,
             qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(!error.contains(settings.password), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("connect"), Qt::CaseInsensitive), qPrintable(error));
}

void TestMailer::refusesHeaderInjection_data()
{
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("subject");

    const QString to = QStringLiteral("a@example.org");
    const QString subject = QStringLiteral("Activate");
    QTest::newRow("CRLF in subject") << to << QStringLiteral("Activate\r\nBcc: victim@example.org");
    QTest::newRow("LF in subject") << to << QStringLiteral("Activate\nBcc: victim@example.org");
    QTest::newRow("CR in subject") << to << QStringLiteral("Activate\rBcc: victim@example.org");
    QTest::newRow("CRLF in to") << QStringLiteral("a@example.org\r\nBcc: victim@example.org")
                                << subject;
    QTest::newRow("LF in to") << QStringLiteral("a@example.org\nBcc: victim@example.org")
                              << subject;
}

void TestMailer::refusesHeaderInjection()
{
    QFETCH(QString, to);
    QFETCH(QString, subject);

    const QStringList before = delivered();
    const Mailer mailer(sinkSettings());
    const QString error = mailer.send({to, subject, QStringLiteral("body")});
    QVERIFY(!error.isEmpty());

    // A good message sent afterwards arrives alone: the refused one was never sent.
    QVERIFY(mailer
                .send({QStringLiteral("a@example.org"), QStringLiteral("after"),
                       QStringLiteral("body")})
                .isEmpty());
    const QByteArray raw = waitForMessage(before);
    QVERIFY(!raw.isEmpty());
    QCOMPARE(decodeHeader(parseMail(raw).headers["subject"]), QStringLiteral("after"));
    QCOMPARE(delivered().size(), before.size() + 1);
    QVERIFY(!raw.contains("victim"));
}

void TestMailer::requireTlsRefusesPlainServer()
{
    // The sink offers no STARTTLS: a mailer that requires TLS must not fall back to clear text.
    const QStringList before = delivered();
    Mailer::Settings settings = sinkSettings();
    settings.requireTls = true;
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("^sending mail failed: ")));
    const QString error = Mailer(settings).send(
        {QStringLiteral("a@example.org"), QStringLiteral("secret"), QStringLiteral("body")});
    QVERIFY(!error.isEmpty());

    QVERIFY(Mailer(sinkSettings())
                .send({QStringLiteral("a@example.org"), QStringLiteral("plain"),
                       QStringLiteral("body")})
                .isEmpty());
    const QByteArray raw = waitForMessage(before);
    QCOMPARE(decodeHeader(parseMail(raw).headers["subject"]), QStringLiteral("plain"));
    QCOMPARE(delivered().size(), before.size() + 1);
}

QTEST_GUILESS_MAIN(TestMailer)
#include "TestMailer.moc"
