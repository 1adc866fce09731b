#include "domain/PhotoRules.h"

#include <QSet>
#include <QTest>

using namespace dd::domain;
using namespace Qt::StringLiterals;

class TestPhotoRules : public QObject
{
    Q_OBJECT

private slots:
    void everyRuleHasACodeASummaryAndAFailure()
    {
        const QList<PhotoRules::Rule> rules = PhotoRules::rules();
        QVERIFY(rules.size() >= 7);
        QSet<QString> codes;
        for (const PhotoRules::Rule &rule : rules) {
            QVERIFY2(rule.code.startsWith(u"photo."_s), qPrintable(rule.code));
            QVERIFY2(!codes.contains(rule.code), qPrintable(rule.code));
            codes.insert(rule.code);
            QVERIFY(!rule.summary.isEmpty());
            QCOMPARE(PhotoRules::summary(rule.code), rule.summary);
            const QString failure = PhotoRules::failure(rule.code);
            QVERIFY(!failure.isEmpty());
            QVERIFY2(!failure.contains(rule.code), "a known rule is explained, not coded");
        }
    }

    // The portal's numbers (portal-screens.md: 390 × 567 pixels, under 200 KB, blue background).
    void thePortalsNumbersAreInTheRules()
    {
        QCOMPARE(PhotoRules::Width, 390);
        QCOMPARE(PhotoRules::Height, 567);
        QVERIFY(PhotoRules::summary(PhotoRules::Size).contains(u"390"_s));
        QVERIFY(PhotoRules::summary(PhotoRules::Size).contains(u"567"_s));
        QVERIFY(PhotoRules::summary(PhotoRules::FileSize).contains(u"200 KB"_s));
        QVERIFY(PhotoRules::failure(PhotoRules::FileSize).contains(u"200 KB"_s));
        QVERIFY(PhotoRules::summary(PhotoRules::Background).contains(u"lue"_s));
    }

    // The codes the photo records and Progress's tests already use.
    void theCodesInUseAreKnown()
    {
        for (const QString &code : {u"photo.size"_s, u"photo.fileSize"_s, u"photo.background"_s,
                                    u"photo.headWidth"_s, u"photo.headHeight"_s}) {
            QVERIFY2(!PhotoRules::summary(code).isEmpty(), qPrintable(code));
        }
    }

    void anUnknownCodeIsNamed()
    {
        QVERIFY(PhotoRules::summary(u"photo.exposure"_s).isEmpty());
        QVERIFY(PhotoRules::failure(u"photo.exposure"_s).contains(u"photo.exposure"_s));
    }
};

QTEST_GUILESS_MAIN(TestPhotoRules)
#include "TestPhotoRules.moc"
