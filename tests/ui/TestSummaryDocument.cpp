#include "SummaryDocument.h"

#include "domain/Catalogs.h"
#include "domain/Field.h"
#include "domain/Progress.h"
#include "support/SampleRecords.h"

#include <QBuffer>
#include <QFile>
#include <QFontDatabase>
#include <QImage>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include <algorithm>

using namespace dd;
using namespace Qt::StringLiterals;
using domain::Field;
using Mark = ui::SummarySheet::Mark;

class TestSummaryDocument : public QObject
{
    Q_OBJECT

private:
    static QStringList keysOf(const ui::SummarySheet &sheet)
    {
        QStringList keys;
        for (const ui::SummarySheet::Row *row : sheet.rows()) {
            keys.append(row->key);
        }
        return keys;
    }

    static QStringList sectionKeysOf(const ui::SummarySheet &sheet)
    {
        QStringList keys;
        for (const ui::SummarySheet::Section &section : sheet.sections()) {
            keys.append(section.key);
        }
        return keys;
    }

    // A real certificate photo: 390 × 567, blue.
    static QByteArray realJpeg()
    {
        QImage image(390, 567, QImage::Format_RGB32);
        image.fill(QColor(0x43, 0x8e, 0xdb));
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "JPEG", 90);
        return bytes;
    }

    // The text of a PDF as pdftotext reads it; a null string when pdftotext is not installed.
    static QString pdfText(const QString &path)
    {
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (tool.isEmpty()) {
            return {};
        }
        QProcess process;
        process.start(tool,
                      {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
        if (!process.waitForFinished(30000) || process.exitCode() != 0) {
            return QStringLiteral("<pdftotext failed: %1>")
                .arg(QString::fromLocal8Bit(process.readAllStandardError()));
        }
        return QString::fromUtf8(process.readAllStandardOutput());
    }

private slots:
    void theRowsFollowThePortalsOrder()
    {
        const auto sheet = ui::SummarySheet::build(test::completeDossier(), test::sampleContext());

        // Registration, photo, basic information, the application, the exam tables, the
        // defence request, the thesis, and the certificates (present, though not needed).
        QCOMPARE(sectionKeysOf(sheet),
                 (QStringList{QStringLiteral("registration"), QStringLiteral("photo"),
                              QStringLiteral("basicInfo"), QStringLiteral("applications[0]"),
                              QStringLiteral("examRegistrations"), QStringLiteral("examScores"),
                              QStringLiteral("defenseRequest"), QStringLiteral("thesis"),
                              QStringLiteral("residencyCertificate")}));

        const QStringList keys = keysOf(sheet);
        // The registration form, field by field as the portal asks.
        const QStringList registration{u"registration.userName"_s,
                                       u"registration.password"_s,
                                       u"registration.passwordConfirm"_s,
                                       u"registration.email"_s,
                                       u"registration.emailConfirm"_s,
                                       u"registration.mobile"_s,
                                       u"registration.name"_s,
                                       u"registration.country"_s,
                                       u"registration.idType"_s,
                                       u"registration.idNumber"_s,
                                       u"registration.idNumberConfirm"_s,
                                       u"registration.address"_s,
                                       u"registration.postalCode"_s,
                                       u"registration.dayPhone"_s,
                                       u"registration.eveningPhone"_s,
                                       u"registration.remarks"_s};
        QCOMPARE(keys.mid(0, registration.size()), registration);
        QCOMPARE(keys.at(registration.size()), QStringLiteral("photo.jpeg"));
        // 填写基本信息 in the portal's order, then the personal history row by row.
        const QStringList basic{u"basicInfo.namePinyin"_s,
                                u"basicInfo.gender"_s,
                                u"basicInfo.country"_s,
                                u"basicInfo.ethnicity"_s,
                                u"basicInfo.birthDate"_s,
                                u"basicInfo.idType"_s,
                                u"basicInfo.idNumber"_s,
                                u"basicInfo.idNumberConfirm"_s,
                                u"basicInfo.politicalStatus"_s,
                                u"basicInfo.workStartMonth"_s,
                                u"basicInfo.priorDegreeMonth"_s,
                                u"basicInfo.priorDegreeCategory"_s,
                                u"basicInfo.resume[0].start"_s,
                                u"basicInfo.resume[0].end"_s,
                                u"basicInfo.resume[0].organization"_s,
                                u"basicInfo.resume[0].role"_s,
                                u"basicInfo.resume[1].start"_s};
        const qsizetype basicAt = keys.indexOf(QStringLiteral("basicInfo.namePinyin"));
        QCOMPARE(basicAt, registration.size() + 1);
        QCOMPARE(keys.mid(basicAt, basic.size()), basic);
        // 提交学位申请: 年度, the institution's province, the institution, the degree type ...
        const qsizetype applicationAt = keys.indexOf(QStringLiteral("applications[0].year"));
        QCOMPARE(keys.mid(applicationAt, 6),
                 (QStringList{u"applications[0].year"_s, u"applications[0].institutionProvince"_s,
                              u"applications[0].institution"_s, u"applications[0].degreeType"_s,
                              u"applications[0].disciplineCategory"_s,
                              u"applications[0].discipline"_s}));
        QVERIFY(applicationAt > keys.indexOf(QStringLiteral("basicInfo.resume[1].role")));
        QVERIFY(keys.indexOf(QStringLiteral("examRegistrations[0].ticketNumber"))
                > keys.indexOf(QStringLiteral("applications[0].techRank")));
        QVERIFY(keys.indexOf(QStringLiteral("examScores[1].score"))
                > keys.indexOf(QStringLiteral("examRegistrations[1].ticketNumber")));
        QVERIFY(keys.indexOf(QStringLiteral("defenseRequest.coursesPassedMonth"))
                > keys.indexOf(QStringLiteral("examScores[1].score")));
        QVERIFY(keys.indexOf(QStringLiteral("thesis.thesisTitle"))
                > keys.indexOf(QStringLiteral("defenseRequest.defenseDate")));
        QVERIFY(keys.indexOf(QStringLiteral("residencyCertificate.qualificationNumber"))
                > keys.indexOf(QStringLiteral("thesis.defenseDate")));

        // The portal's labels.
        QCOMPARE(sheet.row(QStringLiteral("registration.idNumber"))->label,
                 Field::label(Field::IdNumber));
        QCOMPARE(sheet.row(QStringLiteral("basicInfo.resume[1].organization"))->label,
                 Field::label(Field::ResumeOrganization));
        QCOMPARE(sheet.row(QStringLiteral("basicInfo.resume[1].organization"))->table,
                 Field::Resume);
        QCOMPARE(sheet.name(), QStringLiteral("王磊"));
        QCOMPARE(sheet.date(), QDate(2026, 11, 29));
    }

    void catalogLabelsAreShownNotCodes()
    {
        const QLocale chinese(QLocale::Chinese, QLocale::China);
        const auto sheet =
            ui::SummarySheet::build(test::completeDossier(), test::sampleContext(), {}, chinese);
        const auto &catalogs = domain::Catalogs::instance();
        const auto *ethnicity = sheet.row(QStringLiteral("basicInfo.ethnicity"));
        QCOMPARE(ethnicity->value, QStringLiteral("汉族"));
        QCOMPARE(ethnicity->copyText, QStringLiteral("汉族"));
        QCOMPARE(sheet.row(QStringLiteral("applications[0].institution"))->value,
                 QStringLiteral("北京大学"));
        QCOMPARE(
            sheet.row(QStringLiteral("applications[0].discipline"))->value,
            catalogs.get(domain::Catalogs::Disciplines).labelOf(QStringLiteral("0812"), chinese));
        QVERIFY(sheet.row(QStringLiteral("applications[0].discipline"))->value
                != QStringLiteral("0812"));
        QCOMPARE(sheet.row(QStringLiteral("basicInfo.gender"))->value, QStringLiteral("男"));
        QCOMPARE(
            sheet.row(QStringLiteral("examRegistrations[0].examSubject"))->value,
            catalogs.get(domain::Catalogs::ExamSubjects).labelOf(QStringLiteral("en"), chinese));
        // In English, the English labels.
        const auto english = ui::SummarySheet::build(test::completeDossier(), test::sampleContext(),
                                                     {}, QLocale(QLocale::English));
        QCOMPARE(english.row(QStringLiteral("basicInfo.ethnicity"))->value, QStringLiteral("Han"));
        // Texts and dates stay as typed: the portal wants "YYYYMMDD".
        QCOMPARE(sheet.row(QStringLiteral("basicInfo.birthDate"))->value,
                 QStringLiteral("19900307"));
        // The state is shown, not copied; the password is masked but copied as it is.
        const auto *state = sheet.row(QStringLiteral("applications[0].state"));
        QVERIFY(!state->value.isEmpty());
        QVERIFY(!state->isCopyable());
        const auto *password = sheet.row(QStringLiteral("registration.password"));
        QVERIFY(password->secret);
        QVERIFY(!password->shownValue().contains(QStringLiteral("Wl19900307")));
        QCOMPARE(password->copyText, QStringLiteral("Wl19900307"));
        // The exam results as app/domain computes them.
        QCOMPARE(sheet.row(QStringLiteral("examScores[0].score"))->value, QStringLiteral("72"));
        QVERIFY(sheet.row(QStringLiteral("examScores[0].result"))
                    ->value.contains(QStringLiteral("203005")));
        // Results are looked up on the portal, never typed in: nothing to copy.
        QVERIFY(!sheet.row(QStringLiteral("examScores[0].examYear"))->isCopyable());
        QVERIFY(sheet.row(QStringLiteral("examRegistrations[0].ticketNumber"))->isCopyable());
    }

    void aCompleteDossierIsReady()
    {
        const auto sheet = ui::SummarySheet::build(test::completeDossier(), test::sampleContext());
        QCOMPARE(sheet.count(Mark::Missing), 0);
        QCOMPARE(sheet.count(Mark::Error), 0);
        QVERIFY(sheet.isReady());
        for (const auto *row : sheet.rows()) {
            QVERIFY2(row->messages.isEmpty() || row->mark == Mark::Warning,
                     qPrintable(row->key + QStringLiteral(": ") + row->messages.join(u'|')));
        }
    }

    void missingAndWrongValuesAreMarked()
    {
        domain::Dossier dossier = test::completeDossier();
        dossier.registration->mobile.clear();                      // missing
        dossier.basicInfo->birthDate = QStringLiteral("19901307"); // month 13
        dossier.basicInfo->resume.removeLast();                    // history stops in 2012
        dossier.thesis.reset();                                    // not started
        const auto sheet = ui::SummarySheet::build(dossier, test::sampleContext());

        const auto *mobile = sheet.row(QStringLiteral("registration.mobile"));
        QCOMPARE(mobile->mark, Mark::Missing);
        QVERIFY(!mobile->messages.isEmpty());
        QVERIFY(mobile->messages.first().contains(Field::label(Field::Mobile)));

        const auto *birth = sheet.row(QStringLiteral("basicInfo.birthDate"));
        QCOMPARE(birth->mark, Mark::Error);
        QCOMPARE(birth->value, QStringLiteral("19901307"));
        QVERIFY(!birth->messages.isEmpty());

        // The history's gap is said on the section, which it belongs to as a whole.
        const auto *basic = sheet.section(QStringLiteral("basicInfo"));
        QVERIFY(basic->mark >= Mark::Error);
        QVERIFY(!basic->notes.isEmpty()
                || sheet.row(QStringLiteral("basicInfo.resume[0].end"))->mark != Mark::None);

        // A record not started: its empty form, every required field missing.
        const auto *thesis = sheet.section(QStringLiteral("thesis"));
        QVERIFY(!thesis->started);
        QCOMPARE(thesis->status, domain::Progress::stateLabel(domain::Progress::State::NotStarted));
        QCOMPARE(sheet.row(QStringLiteral("thesis.thesisTitle"))->mark, Mark::Missing);
        QVERIFY(std::any_of(thesis->notes.cbegin(), thesis->notes.cend(),
                            [](const auto &f) { return f.rule == domain::Progress::MissingRule; }));

        QVERIFY(!sheet.isReady());
        QVERIFY(sheet.count(Mark::Missing) > 1);
        QVERIFY(sheet.readiness().contains(QString::number(sheet.count(Mark::Missing))));

        // No photo at all: the photo row is missing.
        domain::Dossier noPhoto = test::completeDossier();
        noPhoto.photo.reset();
        const auto withoutPhoto = ui::SummarySheet::build(noPhoto, test::sampleContext());
        QCOMPARE(withoutPhoto.row(QStringLiteral("photo.jpeg"))->mark, Mark::Missing);
    }

    void anEmptyDossierIsTheEmptyForm()
    {
        const auto sheet = ui::SummarySheet::build(domain::Dossier{}, test::sampleContext(),
                                                   QStringLiteral("Applicant 7"));
        QCOMPARE(sheet.name(), QStringLiteral("Applicant 7"));
        QCOMPARE(sheet.row(QStringLiteral("registration.userName"))->mark, Mark::Missing);
        QCOMPARE(sheet.row(QStringLiteral("applications[0].institution"))->mark, Mark::Missing);
        QVERIFY(!sheet.section(QStringLiteral("applications[0]"))->started);
        // The certificates are asked only where the discipline needs them.
        QVERIFY(!sheet.section(QStringLiteral("residencyCertificate")));
        domain::Dossier clinical;
        clinical.applications = {test::validClinicalApplication()};
        const auto needs = ui::SummarySheet::build(clinical, test::sampleContext());
        QVERIFY(needs.section(QStringLiteral("residencyCertificate")));
        QVERIFY(needs.section(QStringLiteral("residencyCertificate"))->mark != Mark::None);
    }

    void thePdfIsWrittenWithTheNameAndTheLabels()
    {
        domain::Dossier dossier = test::completeDossier();
        dossier.photo->jpeg = realJpeg();
        dossier.registration->mobile.clear();
        const ui::SummaryDocument document(ui::SummarySheet::build(dossier, test::sampleContext()));
        QCOMPARE(document.suggestedFileName(),
                 QStringLiteral("王磊 - Application summary - 2026-11-29.pdf"));

        QTemporaryDir dir;
        const QString path = dir.filePath(document.suggestedFileName());
        QString error;
        QVERIFY2(document.writePdf(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.size() > 10000); // the photo is in it
        QVERIFY(bytes.startsWith("%PDF"));
        QVERIFY(bytes.contains("/MediaBox [0 0 595"));
        QVERIFY(bytes.contains("/Subtype /Image"));

        const QString text = pdfText(path);
        if (text.isNull()) {
            QSKIP("pdftotext (poppler-utils) is not installed: the PDF's text is not checked");
        }
        QVERIFY2(!QFontDatabase::families(QFontDatabase::SimplifiedChinese).isEmpty(),
                 "no font with Chinese characters: install fonts-droid-fallback");
        const QString flat = QString(text).remove(QRegularExpression(QStringLiteral("\\s")));
        QVERIFY2(flat.contains(QStringLiteral("王磊")), qPrintable(text.left(400)));
        QVERIFY(flat.contains(QStringLiteral("11010519900307451X")));
        QVERIFY(text.contains(Field::label(Field::IdNumber)));
        QVERIFY(text.contains(Field::label(Field::PostalCode)));
        QVERIFY(flat.contains(QStringLiteral("北京工业大学"))); // the personal history table
        QVERIFY(text.contains(ui::SummarySheet::markLabel(Mark::Missing)));
        QVERIFY(text.contains(QStringLiteral("2026-11-29")));
        QVERIFY(!text.contains(QStringLiteral("Wl19900307"))); // never the password
    }

    void aFolderThatCannotBeWrittenIsReported()
    {
        const ui::SummaryDocument document(
            ui::SummarySheet::build(test::completeDossier(), test::sampleContext()));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("no/such/folder/summary.pdf"));
        QString error;
        QVERIFY(!document.writePdf(path, &error));
        QVERIFY(error.contains(QStringLiteral("summary.pdf")));
        QVERIFY(!QFile::exists(path));
    }

    void theDocumentHasAPagePerScreenful()
    {
        // Laid out at 300 dpi on A4, the whole dossier takes a few pages, not one or twenty.
        domain::Dossier dossier = test::completeDossier();
        dossier.photo->jpeg = realJpeg();
        const ui::SummaryDocument document(ui::SummarySheet::build(dossier, test::sampleContext()));
        QTemporaryDir dir;
        QPdfWriter writer(dir.filePath(QStringLiteral("pages.pdf")));
        writer.setResolution(300);
        writer.setPageSize(QPageSize(QPageSize::A4));
        const auto doc = document.build(&writer, QSizeF(writer.width(), writer.height() * 0.95));
        QVERIFY(doc->pageCount() >= 2);
        QVERIFY(doc->pageCount() <= 8);
        QVERIFY(doc->toPlainText().contains(QStringLiteral("北京城建设计发展集团")));
    }
};

QTEST_MAIN(TestSummaryDocument)
#include "TestSummaryDocument.moc"
