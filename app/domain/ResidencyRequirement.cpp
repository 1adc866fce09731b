#include "domain/ResidencyRequirement.h"

#include "domain/ApplicationStateMachine.h"
#include "domain/Catalogs.h"
#include "domain/DegreeApplicationValidator.h"

#include <QStringList>

#include <algorithm>

namespace dd::domain {

namespace {

bool isCancelled(const DegreeApplication &application)
{
    return ApplicationStateMachine::stateFromCode(application.state) == ApplicationState::Cancelled;
}

// "临床医学 (专业学位)": the discipline and the degree type as the user chose them.
QString describe(const DegreeApplication &application)
{
    const Catalogs &catalogs = Catalogs::instance();
    const QString discipline =
        catalogs.get(Catalogs::Disciplines).labelOf(application.discipline.trimmed());
    if (application.degreeType.trimmed().isEmpty()) {
        return discipline;
    }
    //: %1 a discipline (学科名称), %2 its degree type (申请学位类型)
    return ResidencyRequirement::tr("%1 (%2)").arg(
        discipline, catalogs.get(Catalogs::DegreeTypes).labelOf(application.degreeType.trimmed()));
}

} // namespace

bool ResidencyRequirement::isRequired(const QList<DegreeApplication> &applications)
{
    return std::any_of(applications.cbegin(), applications.cend(), [](const DegreeApplication &a) {
        return !isCancelled(a) && DegreeApplicationValidator::needsResidencyCertificate(a);
    });
}

QString ResidencyRequirement::explain(const QList<DegreeApplication> &applications)
{
    QStringList needing;
    QStringList chosen;
    for (const DegreeApplication &application : applications) {
        if (isCancelled(application) || application.discipline.trimmed().isEmpty()) {
            continue;
        }
        const QString text = describe(application);
        QStringList &list =
            DegreeApplicationValidator::needsResidencyCertificate(application) ? needing : chosen;
        if (!list.contains(text)) {
            list.append(text);
        }
    }
    //: joins the disciplines of several applications
    const QString separator = tr(", ");
    if (!needing.isEmpty()) {
        //: %1 the discipline(s) applied for, e.g. "临床医学 (专业学位)"
        return tr("This step is needed: the professional degree in %1 asks for the physician "
                  "certificates and the standardised residency training (规培).")
            .arg(needing.join(separator));
    }
    if (chosen.isEmpty()) {
        return tr("This step is not needed for now: no degree application names a discipline "
                  "yet. It is asked only of applicants for the professional degrees in clinical "
                  "medicine, stomatology and traditional Chinese medicine (临床医学、口腔医学、"
                  "中医).");
    }
    //: %1 the discipline(s) applied for, e.g. "计算机科学与技术 (学术型学位)"
    return tr("This step is not needed for your application: %1 is not a professional degree "
              "in clinical medicine, stomatology or traditional Chinese medicine (临床医学、"
              "口腔医学、中医), the only degrees that ask for these certificates.")
        .arg(chosen.join(separator));
}

} // namespace dd::domain
