#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace dd::server {

// The picture a person reads at login: a code of Length characters drawn as strokes (no font
// needed: the server runs headless) with jitter, slant and noise lines, as PNG.
class Captcha
{
public:
    static constexpr int Length = 5;
    static constexpr int Width = 160;
    static constexpr int Height = 60;

    struct Challenge
    {
        QString answer; // upper case, from Tokens::code's alphabet
        QByteArray png; // Width × Height
    };
    // A random challenge; with `seed` (tests only) the same seed gives the same challenge.
    static Challenge make(std::optional<quint32> seed = std::nullopt);
    // Case and surrounding spaces do not matter.
    static bool matches(const QString &answer, const QString &typed);
};

} // namespace dd::server
