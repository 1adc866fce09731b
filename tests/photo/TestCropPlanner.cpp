#include "photo/CropPlanner.h"

#include "domain/PhotoRules.h"

#include <QTransform>
#include <QtTest>

#include <algorithm>

using namespace dd;
using namespace dd::photo;

namespace {

HeadMeasure headAt(double cx, double top, double width, double length)
{
    HeadMeasure head;
    head.left = cx - width / 2;
    head.right = cx + width / 2;
    head.top = top;
    head.chin = top + length;
    head.face = QRectF(cx - width * 0.4, top + length * 0.25, width * 0.8, length * 0.7);
    return head;
}

const PhotoFinding *find(const PhotoFindings &findings, const QString &rule)
{
    const auto it = std::find_if(findings.cbegin(), findings.cend(),
                                 [&](const PhotoFinding &f) { return f.rule == rule; });
    return it == findings.cend() ? nullptr : &*it;
}

} // namespace

Q_DECLARE_METATYPE(dd::photo::HeadMeasure)

class TestCropPlanner : public QObject
{
    Q_OBJECT

private slots:
    // The bands follow from the millimetres at 390/33 and 567/48 pixels per millimetre.
    void bandsComeFromTheMillimetres()
    {
        QCOMPARE(qRound(CropPlanner::WidthMin * 10), 2482);
        QCOMPARE(qRound(CropPlanner::WidthMax * 10), 2836);
        QCOMPARE(qRound(CropPlanner::LengthMin * 10), 3308);
        QCOMPARE(qRound(CropPlanner::LengthMax * 10), 3898);
        QVERIFY(CropPlanner::AimWidthMin > CropPlanner::WidthMin);
        QVERIFY(CropPlanner::AimWidthMax < CropPlanner::WidthMax);
        QVERIFY(CropPlanner::AimLengthMin > CropPlanner::LengthMin);
        QVERIFY(CropPlanner::AimLengthMax < CropPlanner::LengthMax);
    }

    void planMeetsEveryBand_data()
    {
        QTest::addColumn<QSize>("source");
        QTest::addColumn<double>("width");
        QTest::addColumn<double>("length");
        QTest::newRow("camera portrait, head a third across")
            << QSize(3000, 4000) << 1000.0 << 1350.0;
        QTest::newRow("phone landscape") << QSize(4032, 3024) << 700.0 << 950.0;
        QTest::newRow("narrow head") << QSize(2000, 2600) << 560.0 << 860.0;
        QTest::newRow("wide head") << QSize(2000, 2600) << 640.0 << 760.0;
        QTest::newRow("already the size") << QSize(390, 567) << 266.0 << 360.0;
    }
    void planMeetsEveryBand()
    {
        QFETCH(QSize, source);
        QFETCH(double, width);
        QFETCH(double, length);
        const HeadMeasure head =
            headAt(source.width() / 2.0, source.height() * 0.12, width, length);
        const CropPlanner::Plan plan = CropPlanner::plan(head, source);
        QVERIFY2(plan.frame, qPrintable(plan.problems.value(0).message));
        QVERIFY(plan.problems.isEmpty());
        const QRectF frame = *plan.frame;
        // The frame has the photo's proportions and lies in the source.
        QVERIFY(qAbs(frame.width() / frame.height() - 390.0 / 567.0) < 1e-9);
        QVERIFY(QRectF(QPointF(0, 0), QSizeF(source))
                    .adjusted(-1e-6, -1e-6, 1e-6, 1e-6)
                    .contains(frame));
        // Every geometric rule passes for that frame.
        const PhotoFindings findings = CropPlanner::evaluate(head, frame, source);
        for (const PhotoFinding &f : findings) {
            if (f.rule == Check::Resolution) {
                continue; // "already the size" is neither enlarged nor reduced
            }
            QVERIFY2(f.severity == PhotoFinding::Severity::Pass,
                     qPrintable(f.rule + u": " + f.message));
        }
        const double scale = 390.0 / frame.width();
        QVERIFY(width * scale >= CropPlanner::WidthMin && width * scale <= CropPlanner::WidthMax);
        QVERIFY(length * scale >= CropPlanner::LengthMin
                && length * scale <= CropPlanner::LengthMax);
        // Aimed at the middle of what both bands allow, with the aimed headroom.
        // (unless the photo's top edge holds the frame lower: then the frame is at the edge)
        QVERIFY(qAbs((head.top - frame.top()) * scale - CropPlanner::AimHeadroom) < 1.0
                || qAbs(frame.top()) < 1e-9);
        QVERIFY(qAbs(head.centreX() - frame.center().x()) * scale < 0.5);
    }

    void impossibleHeadsSayWhyAndByHowMuch_data()
    {
        QTest::addColumn<double>("width");
        QTest::addColumn<double>("length");
        QTest::addColumn<QString>("rule");
        QTest::newRow("hair too wide (0.97)") << 970.0 << 1000.0 << domain::PhotoRules::HeadWidth;
        QTest::newRow("too narrow (0.55)") << 550.0 << 1000.0 << domain::PhotoRules::HeadHeight;
    }
    void impossibleHeadsSayWhyAndByHowMuch()
    {
        QFETCH(double, width);
        QFETCH(double, length);
        QFETCH(QString, rule);
        const CropPlanner::Plan plan =
            CropPlanner::plan(headAt(1500, 500, width, length), QSize(3000, 4000));
        QVERIFY(!plan.frame);
        QCOMPARE(plan.problems.size(), 1);
        const PhotoFinding &f = plan.problems.first();
        QCOMPARE(f.rule, rule);
        QVERIFY(f.isError());
        QCOMPARE(*f.value, width / length);
        QVERIFY(qAbs(*f.minimum - 248.1818 / 389.8125) < 1e-3);
        QVERIFY(qAbs(*f.maximum - 283.6364 / 330.75) < 1e-3);
        QVERIFY(f.message.contains(QString::number(width / length, 'f', 2)));
    }

    void photoEdgesStopTheFrame_data()
    {
        QTest::addColumn<HeadMeasure>("head");
        QTest::addColumn<QSize>("source");
        QTest::addColumn<QString>("rule");
        HeadMeasure cut = headAt(1500, 0, 1000, 1350);
        cut.topAtEdge = true;
        QTest::newRow("head cut off at the top") << cut << QSize(3000, 4000) << Check::Headroom;
        QTest::newRow("head at the left edge")
            << headAt(520, 500, 1000, 1350) << QSize(3000, 4000) << Check::Framing;
        QTest::newRow("head at the right edge")
            << headAt(2480, 500, 1000, 1350) << QSize(3000, 4000) << Check::Framing;
        QTest::newRow("photo ends at the chin")
            << headAt(1500, 300, 1000, 1350) << QSize(3000, 1700) << Check::Framing;
        QTest::newRow("photo too small")
            << headAt(600, 100, 1000, 1350) << QSize(1200, 1500) << Check::Framing;
    }
    void photoEdgesStopTheFrame()
    {
        QFETCH(HeadMeasure, head);
        QFETCH(QSize, source);
        QFETCH(QString, rule);
        const CropPlanner::Plan plan = CropPlanner::plan(head, source);
        QVERIFY(!plan.frame);
        QCOMPARE(plan.problems.size(), 1);
        QCOMPARE(plan.problems.first().rule, rule);
        QVERIFY(!plan.problems.first().message.isEmpty());
    }

    // Moving a good frame shows each guide turn: a frame too large makes the head too small,
    // a frame too small too large, a frame shifted sideways off centre, a frame lowered cuts
    // the head.
    void evaluateFollowsTheFrame()
    {
        const QSize source(3000, 4000);
        const HeadMeasure head = headAt(1500, 500, 1000, 1350);
        const QRectF good = *CropPlanner::plan(head, source).frame;
        auto severityOf = [&](const QRectF &frame, const QString &rule) {
            return find(CropPlanner::evaluate(head, frame, source), rule)->severity;
        };
        using S = PhotoFinding::Severity;
        QCOMPARE(severityOf(good, domain::PhotoRules::HeadWidth), S::Pass);
        const QRectF larger(good.center() - QPointF(good.width() * 0.6, good.height() * 0.6),
                            good.size() * 1.2);
        QCOMPARE(severityOf(larger, domain::PhotoRules::HeadWidth), S::Error);
        QCOMPARE(severityOf(larger, domain::PhotoRules::HeadHeight), S::Error);
        QVERIFY(find(CropPlanner::evaluate(head, larger, source), domain::PhotoRules::HeadWidth)
                    ->message.contains(QStringLiteral("closer")));
        const QRectF smaller(good.center() - QPointF(good.width() * 0.42, good.height() * 0.42),
                             good.size() * 0.84);
        QCOMPARE(severityOf(smaller, domain::PhotoRules::HeadHeight), S::Error);
        QCOMPARE(severityOf(good.translated(good.width() * 0.05, 0), Check::Centre), S::Error);
        QCOMPARE(severityOf(good.translated(0, good.height() * 0.15), Check::Headroom), S::Error);
        QCOMPARE(severityOf(good.translated(-good.left() - 10, 0), Check::Framing), S::Error);
        // Value and range are in output pixels.
        const PhotoFinding *width =
            find(CropPlanner::evaluate(head, good, source), domain::PhotoRules::HeadWidth);
        QCOMPARE(width->unit, QStringLiteral("px"));
        QVERIFY(qAbs(*width->value - 1000 * 390.0 / good.width()) < 1e-9);
        QCOMPARE(*width->minimum, CropPlanner::WidthMin);
        QCOMPARE(*width->maximum, CropPlanner::WidthMax);
    }

    // Turned, a frame needs more room: inside the photo upright is not inside it turned.
    void turnedFramesStayInsideThePhoto_data()
    {
        QTest::addColumn<double>("rotation");
        QTest::newRow("upright") << 0.0;
        QTest::newRow("10° clockwise") << 10.0;
        QTest::newRow("10° anticlockwise") << -10.0;
    }
    void turnedFramesStayInsideThePhoto()
    {
        QFETCH(double, rotation);
        const QSize source(1000, 1300);
        const HeadMeasure head = headAt(500, 200, 500, 680);
        // A frame touching the left edge, and one larger than the photo.
        for (const QRectF &asked : {QRectF(0, 100, 700, 1017.7), QRectF(-300, -300, 1600, 2326)}) {
            const QRectF kept = CropPlanner::keepInside(asked, rotation, source);
            QVERIFY(qAbs(kept.width() / kept.height() - asked.width() / asked.height()) < 1e-9);
            QTransform turn;
            turn.translate(kept.center().x(), kept.center().y());
            turn.rotate(rotation);
            turn.translate(-kept.center().x(), -kept.center().y());
            for (const QPointF &corner :
                 {kept.topLeft(), kept.topRight(), kept.bottomLeft(), kept.bottomRight()}) {
                const QPointF p = turn.map(corner);
                QVERIFY2(p.x() > -1e-6 && p.y() > -1e-6 && p.x() < 1000 + 1e-6
                             && p.y() < 1300 + 1e-6,
                         qPrintable(QStringLiteral("%1, %2").arg(p.x()).arg(p.y())));
            }
            const PhotoFindings findings = CropPlanner::evaluate(head, kept, source, rotation);
            QCOMPARE(find(findings, Check::Framing)->severity, PhotoFinding::Severity::Pass);
        }
        // The upright frame at the left edge, turned without moving it, reaches out.
        const QRectF atEdge(0, 100, 700, 1017.7);
        QCOMPARE(
            find(CropPlanner::evaluate(head, atEdge, source, rotation), Check::Framing)->severity,
            rotation == 0.0 ? PhotoFinding::Severity::Pass : PhotoFinding::Severity::Error);
    }

    void enlargementIsReported()
    {
        // A head 200 pixels wide must be enlarged about 1.33 times: a warning; 150 wide, 1.77
        // times: an error.
        using S = PhotoFinding::Severity;
        for (const auto &[width, severity] :
             {std::pair{200.0, S::Warning}, std::pair{150.0, S::Error}}) {
            const HeadMeasure head = headAt(400, 60, width, width * 1.35);
            const QSize source(800, 1200);
            const auto plan = CropPlanner::plan(head, source);
            QVERIFY(plan.frame);
            const PhotoFinding *f =
                find(CropPlanner::evaluate(head, *plan.frame, source), Check::Resolution);
            QCOMPARE(f->severity, severity);
            QVERIFY(*f->value > 1.0);
        }
    }
};

QTEST_GUILESS_MAIN(TestCropPlanner)
#include "TestCropPlanner.moc"
