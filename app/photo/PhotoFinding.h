#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace dd::photo {

// The photo check's rule codes. The portal's rules use the codes of domain::PhotoRules
// (photo.format, photo.size, photo.fileSize, photo.colorMode, photo.background,
// photo.headWidth, photo.headHeight, photo.pose, photo.retouching); the measures the portal
// implies but does not name have their own:
namespace Check {
inline const QString Input = QStringLiteral("photo.input");           // unusable input
inline const QString Face = QStringLiteral("photo.face");             // none or more than one
inline const QString Tilt = QStringLiteral("photo.tilt");             // head roll (eye line)
inline const QString Centre = QStringLiteral("photo.centre");         // head centred across
inline const QString Headroom = QStringLiteral("photo.headroom");     // space above the head
inline const QString Framing = QStringLiteral("photo.framing");       // frame inside the source
inline const QString Exposure = QStringLiteral("photo.exposure");     // face histogram
inline const QString Sharpness = QStringLiteral("photo.sharpness");   // Laplacian variance
inline const QString Resolution = QStringLiteral("photo.resolution"); // enlargement needed
inline const QString Metadata = QStringLiteral("photo.metadata");     // EXIF/GPS left in a file
inline const QString Progressive = QStringLiteral("photo.progressive");
} // namespace Check

// One finding of the photo check: the rule, how it came out, a translated message that says
// what was measured and what to do, and the measured value with the allowed range where the
// rule is a measure (unit "px", "bytes", "°", ...).
struct PhotoFinding
{
    enum class Severity {
        Pass,    // measured and within the rule (the cropper shows these green)
        Warning, // allowed, but a risk worth fixing (the portal's staff may refuse it)
        Error,   // the photo breaks the rule: not compliant
    };

    QString rule;
    Severity severity = Severity::Error;
    QString message;
    std::optional<double> value;
    std::optional<double> minimum;
    std::optional<double> maximum;
    QString unit;

    bool isError() const { return severity == Severity::Error; }
    // {"rule", "severity": "pass"|"warning"|"error", "message", "value", "allowed":
    // {"min", "max"}, "unit"}; absent parts left out.
    QJsonObject toJson() const;
    static QString severityName(Severity severity);
};

using PhotoFindings = QList<PhotoFinding>;

} // namespace dd::photo
