#pragma once

#include "domain/Finding.h"
#include "domain/ValidationContext.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace dd::domain {

// Checks one value of one kind of field on its own, by a command-line name
// ("id-number", "mobile", "email" ...): what `degreedesk-cli validate FIELD VALUE` and a form's
// live check of a single field use.
struct FieldCheckOptions
{
    QString idType = QStringLiteral("1"); // for id-number: the 证件类型 code
    QString name;                         // for pinyin: the 姓名 it should match
};

class FieldCheck
{
    Q_DECLARE_TR_FUNCTIONS(FieldCheck)

public:
    using Options = FieldCheckOptions;

    struct Kind
    {
        QString name;        // "id-number"
        QString field;       // the Field key findings name, e.g. Field::IdNumber
        QString catalog;     // for option fields: the catalog the code must be in
        const char *summary; // one line of help, English source text
    };

    static const QList<Kind> &kinds();
    static QStringList names();
    static bool isKnown(const QString &name);
    // A one-line description of a kind, translated.
    static QString summary(const QString &name);

    static Findings check(const QString &name, const QString &value,
                          const ValidationContext &context, const Options &options = Options());
};

} // namespace dd::domain
