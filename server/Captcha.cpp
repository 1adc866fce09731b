#include "Captcha.h"

#include "Tokens.h"

#include <QBuffer>
#include <QColor>
#include <QImage>
#include <QImageWriter>
#include <QLoggingCategory>
#include <QPainter>
#include <QPainterPath>
#include <QPen>
#include <QPointF>
#include <QPolygonF>
#include <QRandomGenerator>
#include <QTransform>

#include <array>
#include <string_view>

namespace dd::server {

Q_LOGGING_CATEGORY(lcCaptcha, "dd.server.captcha")

namespace {

// A small stroke font on a 5×7 grid (x 0..4 from the left, y 0..6 from the top): each glyph is
// a few polylines, written as "xy" digit pairs separated by spaces, polylines separated by '|'.
// Drawing strokes instead of text keeps the server free of fonts and of QGuiApplication.
struct Glyph
{
    char character;
    std::string_view strokes;
};

constexpr std::array<Glyph, 32> Glyphs{{
    {'A', "06 01 10 30 41 46|03 43"},
    {'B', "06 00 30 41 42 33 03|33 44 45 36 06"},
    {'C', "41 30 10 01 05 16 36 45"},
    {'D', "00 30 41 45 36 06 00"},
    {'E', "40 00 06 46|03 33"},
    {'F', "40 00 06|03 33"},
    {'G', "41 30 10 01 05 16 36 45 43 23"},
    {'H', "00 06|40 46|03 43"},
    {'J', "10 40|30 35 26 16 05"},
    {'K', "00 06|40 03 46"},
    {'L', "00 06 46"},
    {'M', "06 00 23 40 46"},
    {'N', "06 00 46 40"},
    {'P', "06 00 30 41 42 33 03"},
    {'Q', "10 30 41 45 36 16 05 01 10|24 46"},
    {'R', "06 00 30 41 42 33 03|23 46"},
    {'S', "41 30 10 01 02 13 33 44 45 36 16 05"},
    {'T', "00 40|20 26"},
    {'U', "00 05 16 36 45 40"},
    {'V', "00 26 40"},
    {'W', "00 06 23 46 40"},
    {'X', "00 46|40 06"},
    {'Y', "00 23 40|23 26"},
    {'Z', "00 40 41 05 06 46"},
    {'2', "01 10 30 41 42 06 46"},
    {'3', "01 10 30 41 42 33 23|33 44 45 36 16 05"},
    {'4', "44 04 30 36"},
    {'5', "40 00 02 32 43 45 36 16 05"},
    {'6', "30 10 01 05 16 36 45 44 33 03"},
    {'7', "00 40 41 16"},
    {'8', "10 30 41 42 33 13 04 05 16 36 45 44 33|13 02 01 10"},
    {'9', "43 13 02 01 10 30 41 45 36 16"},
}};

QList<QPolygonF> strokesOf(QChar c)
{
    QList<QPolygonF> out;
    for (const Glyph &glyph : Glyphs) {
        if (QLatin1Char(glyph.character) != c)
            continue;
        QPolygonF line;
        for (size_t i = 0; i < glyph.strokes.size(); ++i) {
            const char ch = glyph.strokes[i];
            if (ch == '|') {
                out.append(line);
                line.clear();
            } else if (ch != ' ' && i + 1 < glyph.strokes.size()) {
                line.append(QPointF(ch - '0', glyph.strokes[i + 1] - '0'));
                ++i;
            }
        }
        if (!line.isEmpty())
            out.append(line);
        break;
    }
    return out;
}

// A uniform double in [low, high).
double between(QRandomGenerator &rng, double low, double high)
{
    return low + rng.generateDouble() * (high - low);
}

QColor darkColour(QRandomGenerator &rng)
{
    return QColor(rng.bounded(0, 110), rng.bounded(0, 110), rng.bounded(0, 130));
}

void drawGlyph(QPainter &painter, QRandomGenerator &rng, QChar c, QPointF centre)
{
    QTransform transform;
    transform.translate(centre.x(), centre.y());
    transform.rotate(between(rng, -10.0, 10.0));
    transform.shear(between(rng, -0.25, 0.2), 0.0);
    const double scale = between(rng, 5.0, 6.0);
    transform.scale(scale * between(rng, 0.8, 1.0), scale);
    transform.translate(-2.0, -3.0); // the grid's centre

    QPen pen(darkColour(rng), between(rng, 2.0, 3.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    const QList<QPolygonF> strokes = strokesOf(c);
    for (const QPolygonF &stroke : strokes) {
        QPolygonF jittered;
        jittered.reserve(stroke.size());
        for (const QPointF &point : stroke)
            jittered.append(point + QPointF(between(rng, -0.15, 0.15), between(rng, -0.15, 0.15)));
        painter.drawPolyline(transform.map(jittered));
    }
}

void drawNoise(QPainter &painter, QRandomGenerator &rng)
{
    const int curves = rng.bounded(2, 4);
    for (int i = 0; i < curves; ++i) {
        QPainterPath path(
            QPointF(between(rng, -5.0, 20.0), between(rng, 5.0, Captcha::Height - 5)));
        path.cubicTo(QPointF(between(rng, 30.0, 70.0), between(rng, -20.0, Captcha::Height + 20)),
                     QPointF(between(rng, 90.0, 130.0), between(rng, -20.0, Captcha::Height + 20)),
                     QPointF(between(rng, Captcha::Width - 20, Captcha::Width + 5.0),
                             between(rng, 5.0, Captcha::Height - 5)));
        // Mid-tone and thinner than the strokes: it hampers a segmenter more than a reader.
        const QColor colour(rng.bounded(90, 180), rng.bounded(90, 180), rng.bounded(90, 180));
        painter.setPen(QPen(colour, between(rng, 1.0, 1.4)));
        painter.drawPath(path);
    }
    const int dots = rng.bounded(80, 130);
    painter.setPen(Qt::NoPen);
    for (int i = 0; i < dots; ++i) {
        painter.setBrush(QColor(rng.bounded(0, 200), rng.bounded(0, 200), rng.bounded(0, 200)));
        const double radius = between(rng, 0.6, 1.4);
        painter.drawEllipse(
            QPointF(between(rng, 0.0, Captcha::Width), between(rng, 0.0, Captcha::Height)), radius,
            radius);
    }
}

QImage draw(const QString &answer, QRandomGenerator &rng)
{
    QImage image(Captcha::Width, Captcha::Height, QImage::Format_RGB32);
    // A fixed resolution, so that one seed gives the same PNG bytes in any process.
    image.setDotsPerMeterX(3780);
    image.setDotsPerMeterY(3780);
    image.fill(QColor(rng.bounded(232, 256), rng.bounded(232, 256), rng.bounded(225, 250)));

    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const double margin = 14.0;
    const double cell = (Captcha::Width - 2 * margin) / Captcha::Length;
    for (qsizetype i = 0; i < answer.size(); ++i) {
        const QPointF centre(margin + cell * (static_cast<double>(i) + 0.5)
                                 + between(rng, -2.0, 2.0),
                             Captcha::Height / 2.0 + between(rng, -5.0, 5.0));
        drawGlyph(painter, rng, answer.at(i), centre);
    }
    drawNoise(painter, rng);
    painter.end();
    return image;
}

QByteArray encodePng(const QImage &image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    if (!writer.write(image)) {
        qCWarning(lcCaptcha) << "PNG encoding failed:" << writer.errorString();
        return {};
    }
    return png;
}

} // namespace

Captcha::Challenge Captcha::make(std::optional<quint32> seed)
{
    Challenge challenge;
    QRandomGenerator rng = seed ? QRandomGenerator(*seed) : QRandomGenerator::securelySeeded();
    if (seed) {
        constexpr auto alphabetSize = static_cast<int>(sizeof(Tokens::CodeAlphabet) - 1);
        for (int i = 0; i < Length; ++i)
            challenge.answer.append(QLatin1Char(Tokens::CodeAlphabet[rng.bounded(alphabetSize)]));
    } else {
        challenge.answer = Tokens::code(Length);
    }
    challenge.png = encodePng(draw(challenge.answer, rng));
    return challenge;
}

bool Captcha::matches(const QString &answer, const QString &typed)
{
    const QString expected = answer.trimmed();
    if (expected.isEmpty())
        return false;
    return expected.compare(typed.trimmed(), Qt::CaseInsensitive) == 0;
}

} // namespace dd::server
