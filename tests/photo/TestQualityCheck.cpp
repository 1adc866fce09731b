#include "photo/FaceDetector.h"
#include "photo/QualityCheck.h"

#include "support/PhotoFixtures.h"

#include <QtTest>

#include <opencv2/imgproc.hpp>

using namespace dd;
using namespace dd::photo;

namespace {

// The face of the Hopper portrait on blue, at the size it has in a certificate photo.
QImage certificateFace(QRectF *face)
{
    const auto c = test::composite(test::graceHopper(), QSize(390, 567), 0.9, QPointF(195, 50));
    if (!c) {
        return {};
    }
    const QList<QRectF> faces = FaceDetector::faces(c->image);
    if (faces.size() != 1) {
        return {};
    }
    *face = faces.first();
    return c->image;
}

QImage blurred(const QImage &image, double sigma)
{
    QImage out = image.copy();
    cv::Mat view(out.height(), out.width(), CV_8UC3, out.bits(), size_t(out.bytesPerLine()));
    cv::GaussianBlur(view, view, cv::Size(0, 0), sigma);
    return out;
}

// Every pixel's channels times `gain` (clipped): a photo taken with less or more light.
QImage exposed(const QImage &image, double gain)
{
    QImage out = image.copy();
    for (int y = 0; y < out.height(); ++y) {
        uchar *row = out.scanLine(y);
        for (int x = 0; x < out.width() * 3; ++x) {
            row[x] = uchar(std::clamp(int(row[x] * gain), 0, 255));
        }
    }
    return out;
}

} // namespace

class TestQualityCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(test::testPhoto(test::graceHopper().file)),
                 "the Debian test photos are missing: run scripts/fetch-test-photos");
        m_image = certificateFace(&m_face);
        QVERIFY(!m_image.isNull());
    }

    // The measured examples the thresholds come from: the sharp face, and the same face
    // blurred as a shaking hand or a missed focus blurs it.
    void sharpnessSeparatesSharpFromBlurred_data()
    {
        QTest::addColumn<double>("sigma");
        QTest::addColumn<PhotoFinding::Severity>("severity");
        QTest::newRow("sharp") << 0.0 << PhotoFinding::Severity::Pass;
        QTest::newRow("σ 0.6 px") << 0.6 << PhotoFinding::Severity::Pass;
        QTest::newRow("σ 0.8 px") << 0.8 << PhotoFinding::Severity::Warning;
        QTest::newRow("σ 1 px") << 1.0 << PhotoFinding::Severity::Warning;
        QTest::newRow("σ 1.5 px") << 1.5 << PhotoFinding::Severity::Error;
        QTest::newRow("σ 3 px") << 3.0 << PhotoFinding::Severity::Error;
    }
    void sharpnessSeparatesSharpFromBlurred()
    {
        QFETCH(double, sigma);
        QFETCH(PhotoFinding::Severity, severity);
        const QImage image = sigma > 0 ? blurred(m_image, sigma) : m_image;
        const PhotoFindings findings = QualityCheck::sharpness(image, m_face);
        QCOMPARE(findings.size(), 1);
        qInfo("sharpness at σ %.1f: %.1f", sigma, *findings.first().value);
        QCOMPARE(findings.first().severity, severity);
        QCOMPARE(findings.first().rule, Check::Sharpness);
    }

    void sharpnessDoesNotDependOnSize()
    {
        const double here = QualityCheck::laplacianVariance(m_image, m_face);
        const QImage twice =
            m_image.scaled(m_image.size() * 2, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        const double there =
            QualityCheck::laplacianVariance(twice, QRectF(m_face.topLeft() * 2, m_face.size() * 2));
        // Measured on the face scaled to the same width: within a factor of 1.6.
        QVERIFY2(there > here / 1.6 && there < here * 1.6,
                 qPrintable(QStringLiteral("%1 vs %2").arg(here).arg(there)));
    }

    void exposureOfTheFace_data()
    {
        QTest::addColumn<double>("gain");
        QTest::addColumn<PhotoFinding::Severity>("severity");
        QTest::newRow("as taken") << 1.0 << PhotoFinding::Severity::Pass;
        QTest::newRow("under-exposed (×0.35)") << 0.35 << PhotoFinding::Severity::Error;
        QTest::newRow("over-exposed (×2.2)") << 2.2 << PhotoFinding::Severity::Error;
    }
    void exposureOfTheFace()
    {
        QFETCH(double, gain);
        QFETCH(PhotoFinding::Severity, severity);
        const PhotoFindings findings = QualityCheck::exposure(exposed(m_image, gain), m_face);
        QVERIFY(!findings.isEmpty());
        qInfo("face brightness at ×%.2f: %.1f", gain, *findings.first().value);
        QCOMPARE(findings.first().severity, severity);
        QCOMPARE(*findings.first().minimum, QualityCheck::MeanMin);
    }

    // A face lit from one side only.
    void unevenLightIsAWarning()
    {
        QImage image = m_image.copy();
        const int middle = int(m_face.center().x());
        for (int y = 0; y < image.height(); ++y) {
            uchar *row = image.scanLine(y);
            for (int x = middle; x < image.width(); ++x) {
                for (int c = 0; c < 3; ++c) {
                    row[3 * x + c] = uchar(row[3 * x + c] * 0.45);
                }
            }
        }
        const PhotoFindings findings = QualityCheck::exposure(image, m_face);
        const auto it = std::find_if(findings.cbegin(), findings.cend(), [](const PhotoFinding &f) {
            return f.severity == PhotoFinding::Severity::Warning;
        });
        QVERIFY(it != findings.cend());
        QVERIFY(*it->value > QualityCheck::HalvesMax);
    }

private:
    QImage m_image;
    QRectF m_face;
};

QTEST_GUILESS_MAIN(TestQualityCheck)
#include "TestQualityCheck.moc"
