#include "photo/BackgroundCheck.h"

#include "domain/PhotoRules.h"

#include <QPainter>
#include <QtTest>

using namespace dd;
using namespace dd::photo;

namespace {

// A 390×567 photo with a plain background of `colour` (or a vertical gradient from `colour`
// to `bottom`), a dark head in the middle and shoulders below.
QImage photoOn(QColor colour, QColor bottom = QColor())
{
    QImage image(390, 567, QImage::Format_RGB888);
    image.fill(colour);
    QPainter painter(&image);
    if (bottom.isValid()) {
        QLinearGradient gradient(0, 0, 390, 0);
        gradient.setColorAt(0, colour);
        gradient.setColorAt(1, bottom);
        painter.fillRect(image.rect(), gradient);
    }
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(40, 30, 25));
    painter.drawEllipse(QRectF(62, 50, 266, 360));
    painter.setBrush(QColor(30, 30, 40));
    painter.drawRect(QRectF(0, 430, 390, 137));
    painter.end();
    return image;
}

HeadMeasure head()
{
    HeadMeasure h;
    h.top = 50;
    h.chin = 410;
    h.left = 62;
    h.right = 328;
    h.face = QRectF(100, 120, 190, 220);
    return h;
}

} // namespace

// The thresholds, on the measured examples: the blues ID photo services use pass, a blue wall
// photographed with a white-balance error (cyan, purple), grey, white and a dark blue fail.
class TestBackgroundCheck : public QObject
{
    Q_OBJECT

private slots:
    void colours_data()
    {
        QTest::addColumn<QColor>("colour");
        QTest::addColumn<bool>("blue");
        QTest::newRow("ID blue RGB(67,142,219), 210°") << QColor(67, 142, 219) << true;
        QTest::newRow("Hivision blue #628bce, 217°") << QColor(0x62, 0x8b, 0xce) << true;
        QTest::newRow("Hivision dark blue #4b6190, 221°") << QColor(0x4b, 0x61, 0x90) << true;
        QTest::newRow("sky blue RGB(100,170,235), 209°") << QColor(100, 170, 235) << true;
        QTest::newRow("cyan cast, 188°") << QColor(60, 190, 215) << false;
        QTest::newRow("purple cast, 262°") << QColor(120, 90, 220) << false;
        QTest::newRow("grey-blue, saturation 0.15") << QColor(170, 180, 200) << false;
        QTest::newRow("white") << QColor(245, 245, 245) << false;
        QTest::newRow("red") << QColor(200, 30, 40) << false;
        QTest::newRow("blue in the dark, value 0.25") << QColor(20, 35, 64) << false;
    }
    void colours()
    {
        QFETCH(QColor, colour);
        QFETCH(bool, blue);
        const PhotoFindings findings = BackgroundCheck::check(photoOn(colour), head());
        QVERIFY(!findings.isEmpty());
        const PhotoFinding &first = findings.first();
        QCOMPARE(first.rule, domain::PhotoRules::Background);
        QCOMPARE(first.severity == PhotoFinding::Severity::Pass, blue);
        QCOMPARE(*first.minimum, BackgroundCheck::HueMin);
        QCOMPARE(*first.maximum, BackgroundCheck::HueMax);
        if (colour.hsvHue() >= 0) {
            QVERIFY(qAbs(*first.value - colour.hsvHueF() * 360) < 1.5);
        }
        // A plain background is even.
        QCOMPARE(findings.size(), 1);
    }

    // A shadow falling across the background: still blue, but uneven.
    void gradientIsUneven()
    {
        const PhotoFindings findings =
            BackgroundCheck::check(photoOn(QColor(90, 160, 235), QColor(35, 80, 130)), head());
        QCOMPARE(findings.size(), 2);
        QCOMPARE(findings.at(0).severity, PhotoFinding::Severity::Pass);
        QCOMPARE(findings.at(1).severity, PhotoFinding::Severity::Warning);
        QVERIFY(findings.at(1).message.contains(QStringLiteral("uneven")));
    }

    // Camera noise on a blue wall is not unevenness.
    void noiseIsNotUnevenness()
    {
        QImage image = photoOn(QColor(67, 142, 219));
        QRandomGenerator random(3);
        for (int y = 0; y < image.height(); ++y) {
            uchar *row = image.scanLine(y);
            for (int x = 0; x < image.width() * 3; ++x) {
                row[x] = uchar(std::clamp(int(row[x]) + int(random.bounded(17)) - 8, 0, 255));
            }
        }
        const PhotoFindings findings = BackgroundCheck::check(image, head());
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().severity, PhotoFinding::Severity::Pass);
    }

    void tooLittleBackground()
    {
        HeadMeasure h = head();
        h.top = 0;
        h.left = 0;
        h.right = 390;
        const PhotoFindings findings = BackgroundCheck::check(photoOn(QColor(67, 142, 219)), h);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().severity, PhotoFinding::Severity::Warning);
    }
};

QTEST_GUILESS_MAIN(TestBackgroundCheck)
#include "TestBackgroundCheck.moc"
