#pragma once

#include "domain/ExamScore.h"
#include "store/RecordMeta.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace dd::ui {

class Session;

// 成绩查询's import of a CSV file into the current applicant's scores: the file read (at most
// MaxBytes), parsed strictly by app/domain's ExamScoreImport (a file with any bad line imports
// nothing), merged with the scores there are (ExamScoreImport::merge) and saved in one
// transaction. What happened is told in a message for the page.
class ScoreFileImport
{
    Q_DECLARE_TR_FUNCTIONS(ScoreFileImport)

public:
    // A CSV file of scores larger than this is not one.
    static constexpr qint64 MaxBytes = 1024 * 1024;
    // How many of a file's problems the message lists.
    static constexpr int ShownProblems = 8;

    struct Outcome
    {
        bool imported = false;
        QString message; // what was imported, or why nothing was (each bad line named)
    };

    static Outcome run(Session *session, const QString &path,
                       const QList<store::Stored<domain::ExamScore>> &existing);
};

} // namespace dd::ui
