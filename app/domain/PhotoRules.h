#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace dd::domain {

// The portal's rules for the certificate photo (上传电子照片, portal-screens.md; DESIGN.md
// "Photo rules"), each with the code that Photo::failedRules records when the photo check finds
// it broken, a line for the list of rules and a message for a failed check. The photo check
// itself (app/photo) measures; this table only names and explains.
class PhotoRules
{
    Q_DECLARE_TR_FUNCTIONS(PhotoRules)

public:
    // 照片尺寸要求，宽：390像素；高：567像素 (33 × 48 mm at 300 dpi).
    static constexpr int Width = 390;
    static constexpr int Height = 567;

    static inline const QString Format = QStringLiteral("photo.format");
    static inline const QString Size = QStringLiteral("photo.size");
    static inline const QString FileSize = QStringLiteral("photo.fileSize");
    static inline const QString ColorMode = QStringLiteral("photo.colorMode");
    static inline const QString Background = QStringLiteral("photo.background");
    static inline const QString HeadWidth = QStringLiteral("photo.headWidth");
    static inline const QString HeadHeight = QStringLiteral("photo.headHeight");
    static inline const QString Pose = QStringLiteral("photo.pose");
    static inline const QString Retouching = QStringLiteral("photo.retouching");

    struct Rule
    {
        QString code;
        QString summary; // the rule in brief, translated
    };

    // Every rule, in the portal's order.
    static QList<Rule> rules();
    // The rule in brief; empty for an unknown code.
    static QString summary(const QString &code);
    // What a failed check means and what to do, translated; for a code this table does not
    // know, a message naming the code.
    static QString failure(const QString &code);
};

} // namespace dd::domain
