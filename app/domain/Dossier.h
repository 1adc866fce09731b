#pragma once

#include "domain/BasicInfo.h"
#include "domain/DefenseRequest.h"
#include "domain/DegreeApplication.h"
#include "domain/ExamRegistration.h"
#include "domain/ExamScore.h"
#include "domain/NotificationPrefs.h"
#include "domain/Photo.h"
#include "domain/Registration.h"
#include "domain/ResidencyCertificate.h"
#include "domain/Thesis.h"

#include <QList>

#include <optional>

namespace dd::domain {

// Everything one applicant has prepared, record by record: what the store loads for one
// applicant and what Progress judges. A record not yet started is absent (nullopt / empty).
struct Dossier
{
    std::optional<Registration> registration;
    std::optional<BasicInfo> basicInfo;
    std::optional<Photo> photo;
    QList<DegreeApplication> applications;
    QList<ExamRegistration> examRegistrations;
    QList<ExamScore> examScores;
    std::optional<DefenseRequest> defenseRequest;
    std::optional<Thesis> thesis;
    std::optional<ResidencyCertificate> residencyCertificate;
    std::optional<NotificationPrefs> notificationPrefs;

    friend bool operator==(const Dossier &, const Dossier &) = default;
};

} // namespace dd::domain
