#pragma once

#include "photo/PhotoReport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dd::photo {

// What a batch of photos shares, on the command line (degreedesk-photo fix --dir) and in the
// batch dialog: reading a file (an unreadable one is an unusable input), the verdict of each
// file in words, writing a file atomically, and the CSV report, one row per file:
//
//   file,result,output,quality,bytes,problems
//
// result is the verdict's word; output where the compliant photo went (the file written, or
// the applicant it was attached to), quality and bytes those of the compliant photo (empty
// when there is none or they are not known), problems the errors' messages on one line.
class BatchReport
{
    Q_DECLARE_TR_FUNCTIONS(BatchReport)

public:
    enum class Verdict {
        Compliant,    // compliant: as it was, or as fix() made it where the two are not told apart
        Fixed,        // fix() made it compliant
        NotCompliant, // cannot be made compliant: a new photo is needed
        Unusable,     // not a photo that can be read
        Cancelled,    // not processed: the batch was cancelled first
    };

    struct Row
    {
        QString file;
        Verdict verdict = Verdict::Unusable;
        QString output;
        int quality = 0;  // 0: none, or not known (a file kept as it was)
        qint64 bytes = 0; // 0: none
        QStringList problems;
    };

    // By the report's exit code: compliant, not compliant or unusable.
    static Verdict verdictOf(const PhotoReport &report);
    // The CSV's word for a verdict: compliant, fixed, not compliant, unusable, cancelled.
    static QString word(Verdict verdict);

    static QString header();
    static QString csvRow(const Row &row);
    // The header and one line per row, each ending with a line feed.
    static QString csv(const QList<Row> &rows);
    // csv() as the file's bytes: UTF-8 after a byte-order mark, which Excel needs to read
    // Chinese file names and messages right (other programs skip it).
    static QByteArray csvFile(const QList<Row> &rows);
    // Quoted (doubling its quotes) when it holds a comma, a quote or a line break.
    static QString csvField(const QString &text);

    // The report of an input that cannot be used, saying why.
    static PhotoReport unreadable(const QString &message);
    // The bytes of a file; nullopt when it cannot be read, with the unusable input's report
    // in `problem`.
    static std::optional<QByteArray> readFile(const QString &path, PhotoReport *problem);
    // Writes the whole file or nothing (QSaveFile); false with the reason in `problem`.
    static bool writeFile(const QString &path, const QByteArray &data, QString *problem);
};

} // namespace dd::photo
