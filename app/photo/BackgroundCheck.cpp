#include "photo/BackgroundCheck.h"

#include "domain/PhotoRules.h"

#include <QColor>

#include <algorithm>
#include <cmath>

namespace dd::photo {

namespace {

using Severity = PhotoFinding::Severity;

struct Lab
{
    double l = 0, a = 0, b = 0;
};

double linear(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

Lab toLab(QRgb rgb)
{
    const double r = linear(qRed(rgb) / 255.0);
    const double g = linear(qGreen(rgb) / 255.0);
    const double b = linear(qBlue(rgb) / 255.0);
    const double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    const double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    const double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116.0; };
    return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

double distance(const Lab &p, const Lab &q)
{
    return std::sqrt((p.l - q.l) * (p.l - q.l) + (p.a - q.a) * (p.a - q.a)
                     + (p.b - q.b) * (p.b - q.b));
}

struct Side
{
    Lab sum;
    int count = 0;
    Lab mean() const { return count ? Lab{sum.l / count, sum.a / count, sum.b / count} : Lab{}; }
    void add(const Lab &lab)
    {
        sum.l += lab.l;
        sum.a += lab.a;
        sum.b += lab.b;
        ++count;
    }
};

} // namespace

PhotoFindings BackgroundCheck::check(const QImage &image, const HeadMeasure &head)
{
    PhotoFindings out;
    const int w = image.width();
    const int h = image.height();
    const int margin = std::max(2, w / 25);
    const int eyeLine = std::clamp(int(head.top + 0.45 * head.length()), 0, h);
    const int above = std::clamp(int(head.top) - margin, 0, h);
    const int leftEdge = std::clamp(int(head.left) - margin, 0, w);
    const int rightEdge = std::clamp(int(head.right) + margin, 0, w);

    QList<double> hues;
    int blue = 0;
    int total = 0;
    Side left;
    Side right;
    double lSum = 0;
    double lSquares = 0;
    auto sample = [&](int x, int y, Side *side) {
        const QRgb rgb = image.pixel(x, y);
        const QColor colour = QColor::fromRgb(rgb);
        const double hue = colour.hsvHueF() * 360.0; // -360 for grays
        const double saturation = colour.hsvSaturationF();
        const double value = colour.valueF();
        ++total;
        if (hue >= HueMin && hue <= HueMax && saturation >= SaturationMin && value >= ValueMin
            && value <= ValueMax) {
            ++blue;
        }
        if (hue >= 0) {
            hues.append(hue);
        }
        const Lab lab = toLab(rgb);
        lSum += lab.l;
        lSquares += lab.l * lab.l;
        if (side) {
            side->add(lab);
        }
    };
    // Every second pixel is plenty.
    for (int y = 0; y < eyeLine; y += 2) {
        const bool band = y < above;
        for (int x = 0; x < w; x += 2) {
            if (band || x < leftEdge) {
                sample(x, y, x < w / 2 ? &left : &right);
            } else if (x >= rightEdge) {
                sample(x, y, &right);
            }
        }
    }
    if (total < 50) {
        out.append({domain::PhotoRules::Background, Severity::Warning,
                    tr("Too little background shows around the head to judge its colour. Leave "
                       "more background beside and above the head."),
                    std::nullopt, std::nullopt, std::nullopt, QString()});
        return out;
    }
    std::sort(hues.begin(), hues.end());
    const double medianHue = hues.isEmpty() ? 0.0 : hues.at(hues.size() / 2);
    const double share = double(blue) / total;
    if (share >= BlueShare) {
        out.append({domain::PhotoRules::Background, Severity::Pass,
                    tr("Blue background (hue %1°).").arg(medianHue, 0, 'f', 0), medianHue, HueMin,
                    HueMax, QStringLiteral("°")});
    } else {
        out.append({domain::PhotoRules::Background, Severity::Error,
                    //: %1 percentage of the background, %2 hue in degrees
                    tr("The background is not blue: only %1% of it is (its hue is %2°; blue is "
                       "195–250°, not grey, not too dark or too bright). DegreeDesk never "
                       "replaces a background: take the photo again in front of a blue one.")
                        .arg(share * 100, 0, 'f', 0)
                        .arg(medianHue, 0, 'f', 0),
                    medianHue, HueMin, HueMax, QStringLiteral("°")});
    }
    const double mean = lSum / total;
    const double spread = std::sqrt(std::max(0.0, lSquares / total - mean * mean));
    const double sides = left.count && right.count ? distance(left.mean(), right.mean()) : 0.0;
    if (spread > MaxLightnessSpread || sides > MaxSideDistance) {
        out.append({domain::PhotoRules::Background, Severity::Warning,
                    //: %1 standard deviation of lightness, %2 colour difference ΔE
                    tr("The background is uneven (lightness varies by %1, the sides differ by "
                       "ΔE %2): a shadow or a gradient shows. Light the background evenly.")
                        .arg(spread, 0, 'f', 1)
                        .arg(sides, 0, 'f', 1),
                    spread, std::nullopt, MaxLightnessSpread, QStringLiteral("L*")});
    }
    return out;
}

} // namespace dd::photo
