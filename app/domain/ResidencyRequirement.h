#pragma once

#include "domain/DegreeApplication.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace dd::domain {

// Whether 填写规培、医师证书信息 is asked of this applicant, and why, in words for the page. It
// follows the rule Progress uses for the step's `required`: an application not cancelled
// whose 学科 needs the certificates (DegreeApplicationValidator::needsResidencyCertificate: the
// clinical medicine, stomatology and TCM professional degrees). A cancelled application does
// not count: cancelling is how a wrong degree type is corrected.
class ResidencyRequirement
{
    Q_DECLARE_TR_FUNCTIONS(ResidencyRequirement)

public:
    static bool isRequired(const QList<DegreeApplication> &applications);

    // Why the step is needed (naming the discipline that needs it), or why not: no application
    // names a discipline yet, or the disciplines chosen (with their degree type) are not
    // among those that need it.
    static QString explain(const QList<DegreeApplication> &applications);
};

} // namespace dd::domain
