#pragma once

#include "domain/Dossier.h"
#include "domain/Finding.h"
#include "domain/ValidationContext.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace dd::ui {

// One applicant's records as the rows the portal asks for, in the portal's order: the printable
// summary (SummaryDocument) and the portal view (PortalViewDialog) both show these rows, so the
// order, the labels (Field::label) and the values (catalog labels, not codes) are decided here
// and nowhere else. Each row carries what app/domain says about it (RecordValidator's check of
// the whole applicant and Progress), so that staff see what is not ready.
//
// Sections, in order: registration (注册), the certificate photo, basic information with the
// personal history table, each degree application, the national exam registrations and scores
// (tables), the defence request, the thesis, and the residency and physician certificates where
// there are some or the discipline needs them. A record not started yet is shown as the empty
// form, its fields marked as its validator judges an empty record.
class SummarySheet
{
    Q_DECLARE_TR_FUNCTIONS(SummarySheet)

public:
    // From harmless to serious: a row or a section shows its worst mark.
    enum class Mark { None, Warning, Error, Missing };

    struct Row
    {
        QString key;         // the full key: "registration.idNumber", "basicInfo.resume[1].end"
        QString label;       // the portal's label (for a table row: its column's label)
        QString value;       // catalog labels, not codes; empty when nothing is filled in
        QString copyText;    // what to paste into the portal; empty: nothing to copy
        bool secret = false; // a password: shown masked, copied as it is
        QString table;       // for a row of a table, the table's key ("resume"); else empty
        int tableRow = -1;   // the 0-based row of that table
        Mark mark = Mark::None;
        QStringList messages; // what the checks say about this field, errors first

        // The value as shown and printed: masked when secret.
        QString shownValue() const;
        bool isCopyable() const { return !copyText.isEmpty(); }
    };

    struct Section
    {
        QString key;         // "registration", "applications[0]", "examScores"
        QString title;       // the portal's menu item, e.g. "Basic information"
        QString status;      // the step's or the application's state, translated
        bool started = true; // false: no record yet, the rows are the empty form
        QList<Row> rows;
        domain::Findings notes; // findings on the section itself or on no row of it
        Mark mark = Mark::None; // the worst mark of its rows and notes
    };

    // `context.today` is the date printed; `fallbackName` names the applicant when neither the
    // registration nor the basic information does (the applicant selector's label). Catalog
    // labels are in the language of `locale`.
    static SummarySheet build(const domain::Dossier &dossier,
                              const domain::ValidationContext &context,
                              const QString &fallbackName = {}, const QLocale &locale = QLocale());

    QString name() const { return m_name; }
    QString idNumber() const { return m_idNumber; }
    QDate date() const { return m_date; }
    QByteArray photoJpeg() const { return m_photoJpeg; }

    const QList<Section> &sections() const { return m_sections; }
    const Section *section(const QString &key) const;
    const Row *row(const QString &key) const;
    // Every row of every section, in order.
    QList<const Row *> rows() const;
    // Findings that belong to no section (none is expected; kept so nothing is lost).
    const domain::Findings &otherNotes() const { return m_otherNotes; }

    // How many rows carry `mark`; errors on sections themselves count as Error.
    int count(Mark mark) const;
    bool isReady() const { return count(Mark::Missing) == 0 && count(Mark::Error) == 0; }
    // One line for the header: ready, or how many fields are missing or to correct.
    QString readiness() const;

    // The word printed beside a marked value ("Missing", "To correct", "Check").
    static QString markLabel(Mark mark);
    static Mark markOf(const domain::Finding &finding, bool valueEmpty);

private:
    void attach(const domain::Findings &findings);

    QString m_name;
    QString m_idNumber;
    QDate m_date;
    QByteArray m_photoJpeg;
    QList<Section> m_sections;
    domain::Findings m_otherNotes;
};

} // namespace dd::ui
