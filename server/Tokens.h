#pragma once

#include <QByteArray>
#include <QString>

namespace dd::server {

// Secrets the server hands out (session tokens, activation and password-reset links): 256
// random bits from libsodium, written base64url without padding (43 characters). The server
// keeps only their SHA-256 (hex), so that a copy of its database opens no session.
class Tokens
{
public:
    // The alphabet of code(): upper-case letters and digits without look-alikes.
    static constexpr char CodeAlphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    static QString generate();
    // The SHA-256 of the token's text, as 64 hex digits.
    static QByteArray digest(const QString &token);
    // Compares two digests in constant time.
    static bool equal(const QByteArray &a, const QByteArray &b);
    // A short random code of `length` characters from an alphabet without look-alikes
    // (no 0/O, 1/I/l): captchas and activation codes typed by hand.
    static QString code(int length);
};

} // namespace dd::server
