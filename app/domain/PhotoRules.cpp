#include "domain/PhotoRules.h"

namespace dd::domain {

namespace {

struct Text
{
    const QString *code;
    const char *summary;
    const char *failure;
};

// clang-format off
const Text s_rules[] = {
    {&PhotoRules::Format,
     QT_TRANSLATE_NOOP("PhotoRules", "A JPEG file, judged by its content: renaming another file to .jpg does not make it one."),
     QT_TRANSLATE_NOOP("PhotoRules", "The file is not a real JPEG (judged by its content, not its name). Open the original photo again so that it is encoded as JPEG.")},
    {&PhotoRules::Size,
     QT_TRANSLATE_NOOP("PhotoRules", "Exactly 390 pixels wide and 567 pixels high (33 × 48 mm at 300 dpi)."),
     QT_TRANSLATE_NOOP("PhotoRules", "The photo is not exactly 390 × 567 pixels. Crop it again.")},
    {&PhotoRules::FileSize,
     QT_TRANSLATE_NOOP("PhotoRules", "File size under 200 KB."),
     QT_TRANSLATE_NOOP("PhotoRules", "The file is 200 KB or larger. Crop it again so that it is encoded smaller.")},
    {&PhotoRules::ColorMode,
     QT_TRANSLATE_NOOP("PhotoRules", "24-bit RGB true colour."),
     QT_TRANSLATE_NOOP("PhotoRules", "The photo is not in 24-bit RGB colour (it may be greyscale or CMYK). Use a colour photo from a digital camera.")},
    {&PhotoRules::Background,
     QT_TRANSLATE_NOOP("PhotoRules", "Blue background."),
     QT_TRANSLATE_NOOP("PhotoRules", "The background is not blue. Take the photo again in front of a blue background: DegreeDesk never replaces a background.")},
    {&PhotoRules::HeadWidth,
     QT_TRANSLATE_NOOP("PhotoRules", "Head width 21–24 mm (249–283 pixels)."),
     QT_TRANSLATE_NOOP("PhotoRules", "The head is not 21–24 mm (249–283 pixels) wide. Crop it again, closer or wider.")},
    {&PhotoRules::HeadHeight,
     QT_TRANSLATE_NOOP("PhotoRules", "Head length 28–33 mm (331–389 pixels), from the top of the hair to the chin."),
     QT_TRANSLATE_NOOP("PhotoRules", "The head is not 28–33 mm (331–389 pixels) long from the top of the hair to the chin. Crop it again, closer or wider.")},
    {&PhotoRules::Pose,
     QT_TRANSLATE_NOOP("PhotoRules", "Recent (within three months), frontal, bare-headed, in colour, half-length; public servants not in uniform."),
     QT_TRANSLATE_NOOP("PhotoRules", "The face is not frontal and bare-headed. Take a recent photo looking straight at the camera, without a hat.")},
    {&PhotoRules::Retouching,
     QT_TRANSLATE_NOOP("PhotoRules", "Taken with a digital camera, without any retouching. The photo is printed on the degree certificate."),
     QT_TRANSLATE_NOOP("PhotoRules", "The photo looks retouched or is a photo of a print. Use an untouched photo from a digital camera.")},
};
// clang-format on

const Text *find(const QString &code)
{
    for (const Text &text : s_rules) {
        if (*text.code == code) {
            return &text;
        }
    }
    return nullptr;
}

} // namespace

QList<PhotoRules::Rule> PhotoRules::rules()
{
    QList<Rule> rules;
    for (const Text &text : s_rules) {
        rules.append(Rule{*text.code, tr(text.summary)});
    }
    return rules;
}

QString PhotoRules::summary(const QString &code)
{
    const Text *text = find(code);
    return text ? tr(text->summary) : QString();
}

QString PhotoRules::failure(const QString &code)
{
    if (const Text *text = find(code)) {
        return tr(text->failure);
    }
    //: %1 is the code of a photo check, e.g. "photo.exposure"
    return tr("The photo does not pass the check %1. Crop it again or choose another photo.")
        .arg(code);
}

} // namespace dd::domain
