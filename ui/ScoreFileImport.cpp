#include "ScoreFileImport.h"

#include "Session.h"
#include "domain/ExamScoreImport.h"
#include "store/Store.h"

#include <QFile>
#include <QFileInfo>

namespace dd::ui {

using domain::ExamScore;
using domain::ExamScoreImport;

ScoreFileImport::Outcome ScoreFileImport::run(Session *session, const QString &path,
                                              const QList<store::Stored<ExamScore>> &existing)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        //: %1 is a file name, %2 the system's reason
        return {false, tr("%1 could not be read: %2").arg(name, file.errorString())};
    }
    if (file.size() > MaxBytes) {
        //: %1 is a file name
        return {false, tr("%1 is too large to be a list of scores.").arg(name)};
    }
    const ExamScoreImport::Result read = ExamScoreImport::parse(file.readAll(), session->context());
    if (!read.ok()) {
        //: %1 is a file name; the problems follow, one a line
        QStringList lines{tr("Nothing was imported from %1:").arg(name)};
        for (qsizetype i = 0; i < read.problems.size() && i < ShownProblems; ++i) {
            lines.append(read.problems.at(i).message);
        }
        if (read.problems.size() > ShownProblems) {
            lines.append(tr("... and %n more problem(s).", nullptr,
                            int(read.problems.size() - ShownProblems)));
        }
        return {false, lines.join(u'\n')};
    }

    QList<ExamScore> scores;
    for (const auto &record : existing) {
        scores.append(record.value);
    }
    const ExamScoreImport::Merge merge = ExamScoreImport::merge(scores, read.scores);
    store::Store &store = session->store();
    const QUuid applicant = session->applicant();
    const auto done = store.transaction([&]() -> store::Result<void> {
        for (const auto &[index, value] : merge.updates) {
            if (const auto saved = store.save(applicant, value, existing.at(index).meta.uuid);
                !saved) {
                return saved.error();
            }
        }
        for (const ExamScore &value : merge.additions) {
            if (const auto saved = store.save(applicant, value); !saved) {
                return saved.error();
            }
        }
        return {};
    });
    if (!done) {
        return {false, done.error().message};
    }
    const qsizetype unchanged = read.scores.size() - merge.updates.size() - merge.additions.size();
    //: %1 is a file name; %2, %3, %4 numbers of scores
    return {true, tr("Imported from %1: %2 new, %3 updated, %4 unchanged.")
                      .arg(name)
                      .arg(merge.additions.size())
                      .arg(merge.updates.size())
                      .arg(unchanged)};
}

} // namespace dd::ui
