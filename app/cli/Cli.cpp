#include "cli/Cli.h"

#include "domain/Catalogs.h"
#include "domain/FieldCheck.h"
#include "domain/Finding.h"
#include "domain/Pinyin.h"
#include "domain/RecordValidator.h"
#include "domain/ValidationContext.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dd::cli {

using namespace dd::domain;

namespace {

QJsonObject result(const Findings &findings)
{
    return QJsonObject{
        {QStringLiteral("valid"), !hasErrors(findings)},
        {QStringLiteral("findings"), toJson(findings)},
    };
}

QString normalizedValue(const Findings &findings)
{
    for (const Finding &f : findings) {
        if (f.severity == Severity::Info && f.rule.endsWith(u".normalized")) {
            return f.detail;
        }
    }
    return {};
}

} // namespace

Cli::Cli(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{}

QString Cli::requestedLanguage(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == u"--lang" && i + 1 < arguments.size()) {
            return arguments.at(i + 1);
        }
        if (a.startsWith(u"--lang=")) {
            return a.mid(7);
        }
    }
    return {};
}

int Cli::usageError(const QString &message)
{
    m_err << message << Qt::endl;
    m_err << tr("Run degreedesk-cli --help for the commands.") << Qt::endl;
    return Usage;
}

void Cli::writeJson(const QJsonObject &object)
{
    m_out << QString::fromUtf8(
        QJsonDocument(object).toJson(m_compact ? QJsonDocument::Compact : QJsonDocument::Indented));
    if (m_compact) {
        m_out << Qt::endl;
    }
    m_out.flush();
}

int Cli::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "DegreeDesk command-line tools: check the fields and records of the equivalent-"
        "education degree portal (同等学力申硕) with the rules of the DegreeDesk application.\n\n"
        "Commands:\n"
        "  validate FIELD VALUE           check one value (see \"fields\")\n"
        "  validate --record KIND FILE    check a whole record in a JSON file (\"-\" for "
        "standard input; see \"kinds\")\n"
        "  fields                         list the kinds of field\n"
        "  kinds                          list the kinds of record\n"
        "  pinyin NAME                    suggest the 姓名拼音 of a name\n"
        "  catalog [NAME [PARENT]]        list the option catalogs, or the options of one\n\n"
        "Output is JSON. Exit status: 0 valid, 1 invalid, 2 bad usage."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("record"), tr("Check a whole record of this kind."), tr("kind")});
    parser.addOption({QStringLiteral("id-type"),
                      tr("证件类型 code for id-number (default 1, resident ID card)."), tr("code"),
                      QStringLiteral("1")});
    parser.addOption(
        {QStringLiteral("name"), tr("姓名 to compare a pinyin value with."), tr("name")});
    parser.addOption({QStringLiteral("today"),
                      tr("Judge dates as if today were this day (YYYY-MM-DD)."), tr("date")});
    parser.addOption(
        {QStringLiteral("lang"), tr("Language of the messages: zh_CN or en."), tr("language")});
    parser.addOption({QStringLiteral("compact"), tr("Print JSON on one line.")});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 tr("validate, fields, kinds, pinyin or catalog"));

    if (!parser.parse(arguments)) {
        return usageError(parser.errorText());
    }
    if (parser.isSet(helpOption)) {
        m_out << parser.helpText();
        m_out.flush();
        return Valid;
    }
    m_compact = parser.isSet(QStringLiteral("compact"));

    ValidationContext context = ValidationContext::at(QDate::currentDate());
    if (parser.isSet(QStringLiteral("today"))) {
        const QDate today = QDate::fromString(parser.value(QStringLiteral("today")), Qt::ISODate);
        if (!today.isValid()) {
            return usageError(tr("--today needs a date in the form YYYY-MM-DD, e.g. 2026-03-01."));
        }
        context.today = today;
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        return usageError(tr("No command given."));
    }
    const QString command = positional.first();

    if (command == u"fields") {
        QJsonArray fields;
        for (const FieldCheck::Kind &kind : FieldCheck::kinds()) {
            fields.append(
                QJsonObject{{QStringLiteral("name"), kind.name},
                            {QStringLiteral("field"), kind.field},
                            {QStringLiteral("description"), FieldCheck::summary(kind.name)}});
        }
        writeJson(QJsonObject{{QStringLiteral("fields"), fields}});
        return Valid;
    }
    if (command == u"kinds") {
        writeJson(QJsonObject{
            {QStringLiteral("kinds"), QJsonArray::fromStringList(RecordValidator::kinds())}});
        return Valid;
    }
    if (command == u"pinyin") {
        if (positional.size() != 2) {
            return usageError(
                tr("pinyin needs exactly one name, e.g. degreedesk-cli pinyin 张三丰"));
        }
        const QString name = positional.at(1);
        QJsonArray unknown;
        for (const char32_t c : Pinyin::unknownCharacters(name)) {
            unknown.append(QString::fromUcs4(&c, 1));
        }
        writeJson(QJsonObject{{QStringLiteral("name"), name},
                              {QStringLiteral("pinyin"), Pinyin::forName(name)},
                              {QStringLiteral("unknownCharacters"), unknown}});
        return unknown.isEmpty() ? Valid : Invalid;
    }
    if (command == u"catalog") {
        const Catalogs &catalogs = Catalogs::instance();
        if (positional.size() == 1) {
            QJsonArray list;
            for (const QString &name : Catalogs::names()) {
                const Catalog &catalog = catalogs.get(name);
                list.append(QJsonObject{
                    {QStringLiteral("name"), name},
                    {QStringLiteral("title"), catalog.title()},
                    {QStringLiteral("confidence"), confidenceName(catalog.confidence())},
                    {QStringLiteral("options"), catalog.size()},
                    {QStringLiteral("source"), catalog.source()}});
            }
            writeJson(QJsonObject{{QStringLiteral("catalogs"), list}});
            return Valid;
        }
        const QString name = positional.at(1);
        if (!Catalogs::names().contains(name)) {
            return usageError(
                tr("\"%1\" is not a catalog. Run degreedesk-cli catalog for the list.").arg(name));
        }
        const Catalog &catalog = catalogs.get(name);
        const QList<CatalogOption> options =
            positional.size() > 2 ? catalog.children(positional.at(2)) : catalog.options();
        QJsonArray list;
        for (const CatalogOption &option : options) {
            QJsonObject entry = option.extra;
            entry.insert(QStringLiteral("code"), option.code);
            entry.insert(QStringLiteral("zh"), option.zh);
            entry.insert(QStringLiteral("en"), option.en);
            if (!option.parent.isEmpty()) {
                entry.insert(QStringLiteral("parent"), option.parent);
            }
            list.append(entry);
        }
        writeJson(QJsonObject{{QStringLiteral("catalog"), name},
                              {QStringLiteral("source"), catalog.source()},
                              {QStringLiteral("options"), list}});
        return Valid;
    }
    if (command != u"validate") {
        return usageError(tr("\"%1\" is not a command.").arg(command));
    }

    if (parser.isSet(QStringLiteral("record"))) {
        const QString kind = parser.value(QStringLiteral("record"));
        if (!RecordValidator::isKind(kind)) {
            return usageError(tr("\"%1\" is not a kind of record. Use one of: %2.")
                                  .arg(kind, RecordValidator::kinds().join(QStringLiteral(", "))));
        }
        if (positional.size() != 2) {
            return usageError(tr("validate --record needs one file, e.g. "
                                 "degreedesk-cli validate --record basicInfo basic.json"));
        }
        const QString path = positional.at(1);
        QFile file;
        const bool opened = path == u"-" ? file.open(stdin, QIODevice::ReadOnly)
                                         : (file.setFileName(path), file.open(QIODevice::ReadOnly));
        if (!opened) {
            return usageError(tr("Cannot read %1: %2").arg(path, file.errorString()));
        }
        const QByteArray data = file.readAll();
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(data, &error);
        Findings findings;
        if (error.error != QJsonParseError::NoError) {
            findings.append(Finding::error(QStringLiteral("file"), QStringLiteral("json.syntax"),
                                           tr("%1 is not valid JSON: %2 at byte %3.")
                                               .arg(path, error.errorString())
                                               .arg(error.offset),
                                           QString::number(error.offset)));
        } else if (!document.isObject()) {
            findings.append(
                Finding::error(QStringLiteral("file"), QStringLiteral("json.notObject"),
                               tr("%1 must hold one JSON object: the record.").arg(path)));
        } else {
            findings = RecordValidator::validate(kind, document.object(), context);
        }
        QJsonObject out = result(findings);
        out.insert(QStringLiteral("kind"), kind);
        writeJson(out);
        return hasErrors(findings) ? Invalid : Valid;
    }

    if (positional.size() != 3) {
        return usageError(tr("validate needs a field and a value, e.g. "
                             "degreedesk-cli validate id-number 11010519491231002X"));
    }
    const QString field = positional.at(1);
    if (!FieldCheck::isKnown(field)) {
        return usageError(tr("\"%1\" is not a kind of field. Use one of: %2.")
                              .arg(field, FieldCheck::names().join(QStringLiteral(", "))));
    }
    FieldCheck::Options options;
    options.idType = parser.value(QStringLiteral("id-type"));
    options.name = parser.value(QStringLiteral("name"));
    const QString value = positional.at(2);
    const Findings findings = FieldCheck::check(field, value, context, options);
    QJsonObject out = result(findings);
    out.insert(QStringLiteral("field"), field);
    out.insert(QStringLiteral("value"), value);
    const QString normalized = normalizedValue(findings);
    if (!normalized.isEmpty()) {
        out.insert(QStringLiteral("normalized"), normalized);
    }
    writeJson(out);
    return hasErrors(findings) ? Invalid : Valid;
}

} // namespace dd::cli
