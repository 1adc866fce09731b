#pragma once

#include "domain/Finding.h"
#include "domain/NotificationPrefs.h"
#include "domain/ResidencyCertificate.h"
#include "domain/ValidationContext.h"

#include <QCoreApplication>

namespace dd::domain {

// 填写规培、医师证书信息 (for clinical medicine, stomatology and TCM professional degrees):
// the physician qualification and practising certificates and the standardised residency
// training. And the notification preferences of 短信定制.
class ResidencyCertificateValidator
{
    Q_DECLARE_TR_FUNCTIONS(ResidencyCertificateValidator)

public:
    static constexpr int CertificateNumberMaxLength = 30;
    static constexpr int MaxRemindDaysBefore = 60;

    static Findings validate(const ResidencyCertificate &certificate,
                             const ValidationContext &context);
    static Findings validate(const NotificationPrefs &prefs);
};

} // namespace dd::domain
