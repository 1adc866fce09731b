#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace dd::cli {

// degreedesk-cli: runs one command line and writes JSON to `out`, messages to `err`.
//
//   degreedesk-cli validate FIELD VALUE [--id-type CODE] [--name NAME]
//   degreedesk-cli validate --record KIND FILE.json      (FILE "-" reads standard input)
//   degreedesk-cli fields | kinds | pinyin NAME | catalog [NAME [PARENT]]
//   common options: --today YYYY-MM-DD, --lang zh_CN|en, --compact
//
// Exit codes: 0 valid (warnings allowed), 1 invalid, 2 bad usage.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    enum ExitCode { Valid = 0, Invalid = 1, Usage = 2 };

    Cli(QTextStream &out, QTextStream &err);

    // `arguments` includes the program name, as QCoreApplication::arguments() does.
    int run(const QStringList &arguments);

    // The language --lang asks for, or empty; read before the translators are installed.
    static QString requestedLanguage(const QStringList &arguments);

private:
    int usageError(const QString &message);
    void writeJson(const QJsonObject &object);

    QTextStream &m_out;
    QTextStream &m_err;
    bool m_compact = false;
};

} // namespace dd::cli
