#include "photo/FaceDetector.h"
#include "photo/HeadMeasurer.h"

#include "support/PhotoFixtures.h"

#include <QtTest>

using namespace dd;
using namespace dd::photo;

// The head measured on the labelled portraits set on a plain background (the true outline,
// chin and width are known), at several scales and places. These rows are also the
// calibration of HeadMeasurer::ChinRatio: the chin is placed from the face box, and the error
// it leaves is asserted here.
class TestHeadMeasurer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(test::testPhoto(test::graceHopper().file)),
                 "the Debian test photos are missing: run scripts/fetch-test-photos");
    }

    void measuresTheLabelledHead_data()
    {
        QTest::addColumn<bool>("hopper");
        QTest::addColumn<double>("scale");
        QTest::addColumn<QPointF>("headTop");
        QTest::addColumn<QColor>("background");
        const QColor blue = test::idBlue();
        QTest::newRow("hopper ×1") << true << 1.0 << QPointF(300, 120) << blue;
        QTest::newRow("hopper ×1.6, left") << true << 1.6 << QPointF(380, 200) << blue;
        QTest::newRow("hopper ×0.8, dark blue")
            << true << 0.8 << QPointF(300, 90) << QColor(75, 97, 144);
        QTest::newRow("hopper ×1.2, light grey")
            << true << 1.2 << QPointF(360, 150) << QColor(230, 230, 230);
        QTest::newRow("astronaut ×1") << false << 1.0 << QPointF(300, 120) << blue;
        QTest::newRow("astronaut ×2.2") << false << 2.2 << QPointF(640, 260) << blue;
        QTest::newRow("astronaut ×1.5, Hivision blue")
            << false << 1.5 << QPointF(450, 140) << QColor(0x62, 0x8b, 0xce);
    }
    void measuresTheLabelledHead()
    {
        QFETCH(bool, hopper);
        QFETCH(double, scale);
        QFETCH(QPointF, headTop);
        QFETCH(QColor, background);
        const auto c = test::composite(hopper ? test::graceHopper() : test::astronaut(),
                                       QSize(int(headTop.x() * 2), int(headTop.y() + 700 * scale)),
                                       scale, headTop, background);
        QVERIFY(c);
        const QList<QRectF> faces = FaceDetector::faces(c->image);
        QCOMPARE(faces.size(), 1);
        const HeadMeasure head = HeadMeasurer::measure(c->image, faces.first());
        const double length = c->chin - c->top;
        // The outline: within 2 pixels (and the scale's rounding).
        QVERIFY2(qAbs(head.top - c->top) <= 2 + scale, qPrintable(QString::number(head.top)));
        QVERIFY2(qAbs(head.left - c->left) <= 2 + scale, qPrintable(QString::number(head.left)));
        QVERIFY2(qAbs(head.right - c->right) <= 2 + scale, qPrintable(QString::number(head.right)));
        // The chin, from the face box: within 6% of the head's length (the bands are ±8%
        // around their middle, so a crop aimed at the middle still meets them).
        QVERIFY2(qAbs(head.chin - c->chin) <= 0.06 * length,
                 qPrintable(QStringLiteral("chin %1, true %2").arg(head.chin).arg(c->chin)));
        QVERIFY(!head.topAtEdge);
        QVERIFY(!head.sideAtEdge);
        QVERIFY(!head.uncertain);
        QVERIFY(head.face.intersects(QRectF(c->left, c->top, c->right - c->left, length)));
    }

    // The eye line gives the roll; a head tilted by 8° measures close to 8°.
    void rollFromTheEyes_data()
    {
        QTest::addColumn<double>("angle");
        QTest::newRow("level") << 0.0;
        QTest::newRow("8° clockwise") << 8.0;
        QTest::newRow("8° anticlockwise") << -8.0;
    }
    void rollFromTheEyes()
    {
        QFETCH(double, angle);
        const auto c = test::composite(test::astronaut(), QSize(900, 1100), 2.0, QPointF(450, 150));
        QVERIFY(c);
        QImage turned(c->image.size(), QImage::Format_RGB888);
        turned.fill(test::idBlue());
        QPainter painter(&turned);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.translate(450, 450);
        painter.rotate(angle);
        painter.translate(-450, -450);
        painter.drawImage(0, 0, c->image);
        painter.end();
        const QList<QRectF> faces = FaceDetector::faces(turned);
        QCOMPARE(faces.size(), 1);
        const HeadMeasure head = HeadMeasurer::measure(turned, faces.first());
        QVERIFY(head.roll);
        QVERIFY(head.leftEye && head.rightEye);
        QVERIFY(head.leftEye->x() < head.rightEye->x());
        // The astronaut's own head leans about 3° in the original.
        QVERIFY2(qAbs(*head.roll - angle - 3.3) <= 2.5, qPrintable(QString::number(*head.roll)));
    }

    void headCutByTheTopEdge()
    {
        const auto c =
            test::composite(test::graceHopper(), QSize(700, 800), 1.2, QPointF(350, -30));
        QVERIFY(c);
        const QList<QRectF> faces = FaceDetector::faces(c->image);
        QCOMPARE(faces.size(), 1);
        const HeadMeasure head = HeadMeasurer::measure(c->image, faces.first());
        QVERIFY(head.topAtEdge);
        QCOMPARE(head.top, 0.0);
    }

    void scaledMovesEverything()
    {
        HeadMeasure head;
        head.face = QRectF(10, 20, 30, 40);
        head.top = 5;
        head.chin = 70;
        head.left = 2;
        head.right = 48;
        head.leftEye = QPointF(15, 30);
        const HeadMeasure twice = head.scaled(2);
        QCOMPARE(twice.face, QRectF(20, 40, 60, 80));
        QCOMPARE(twice.length(), 130.0);
        QCOMPARE(twice.width(), 92.0);
        QCOMPARE(*twice.leftEye, QPointF(30, 60));
        QVERIFY(!twice.rightEye);
    }

    // No face in a picture of ice; one face in each portrait as Debian ships it.
    void detectorOnTheDebianPhotos()
    {
        QImage ice(test::testPhoto(QStringLiteral("640px-IceBlockNearJoekullsarlon.jpg")));
        QVERIFY(!ice.isNull());
        QCOMPARE(FaceDetector::faces(ice.convertToFormat(QImage::Format_RGB888)).size(), 0);
        for (const auto &portrait : {test::graceHopper(), test::astronaut()}) {
            QImage image(test::testPhoto(portrait.file));
            QVERIFY(!image.isNull());
            const QList<QRectF> faces =
                FaceDetector::faces(image.convertToFormat(QImage::Format_RGB888));
            QCOMPARE(faces.size(), 1);
            QVERIFY(faces.first().intersects(portrait.head));
        }
    }
};

QTEST_GUILESS_MAIN(TestHeadMeasurer)
#include "TestHeadMeasurer.moc"
