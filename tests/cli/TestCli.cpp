#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QStringList rules() const
    {
        QStringList codes;
        for (const QJsonValue &f : json().value(QStringLiteral("findings")).toArray()) {
            codes.append(f.toObject().value(QStringLiteral("rule")).toString());
        }
        return codes;
    }
};

Run runCli(QStringList arguments, const QByteArray &input = {})
{
    arguments << QStringLiteral("--today") << QStringLiteral("2026-11-29");
    QProcess process;
    process.start(QStringLiteral(DD_CLI_PATH), arguments);
    if (!input.isEmpty()) {
        process.write(input);
    }
    process.closeWriteChannel();
    process.waitForFinished(30000);
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
               process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void validateField_data();
    void validateField();
    void normalizedValueIsReported();
    void usageErrors_data();
    void usageErrors();
    void validateRecordFile();
    void validateRecordFromStandardInput();
    void malformedRecordFile();
    void chineseMessages();
    void listsAndPinyin();
};

void TestCli::validateField_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("rule"); // first finding's rule, empty for none

    QTest::newRow("valid ID") << QStringList{QStringLiteral("validate"),
                                             QStringLiteral("id-number"),
                                             QStringLiteral("11010519491231002X")}
                              << 0 << QString();
    QTest::newRow("ID check digit")
        << QStringList{QStringLiteral("validate"), QStringLiteral("id-number"),
                       QStringLiteral("110105194912310021")}
        << 1 << QStringLiteral("id.checkDigit");
    QTest::newRow("permit with --id-type C")
        << QStringList{QStringLiteral("validate"), QStringLiteral("id-number"),
                       QStringLiteral("810000199408230021"), QStringLiteral("--id-type"),
                       QStringLiteral("C")}
        << 0 << QString();
    QTest::newRow("mobile") << QStringList{QStringLiteral("validate"), QStringLiteral("mobile"),
                                           QStringLiteral("12800000000")}
                            << 1 << QStringLiteral("mobile.prefix");
    QTest::newRow("landline") << QStringList{QStringLiteral("validate"), QStringLiteral("landline"),
                                             QStringLiteral("01062961234")}
                              << 0 << QString();
    QTest::newRow("postal code") << QStringList{QStringLiteral("validate"),
                                                QStringLiteral("postal-code"),
                                                QStringLiteral("10087")}
                                 << 1 << QStringLiteral("postalCode.format");
    QTest::newRow("outlook warns, still valid")
        << QStringList{QStringLiteral("validate"), QStringLiteral("email"),
                       QStringLiteral("a@outlook.com")}
        << 0 << QStringLiteral("email.doubtfulProvider");
    QTest::newRow("password") << QStringList{QStringLiteral("validate"), QStringLiteral("password"),
                                             QStringLiteral("abcdefgh")}
                              << 1 << QStringLiteral("password.needsDigit");
    QTest::newRow("date leap day")
        << QStringList{QStringLiteral("validate"), QStringLiteral("date"),
                       QStringLiteral("20230229")}
        << 1 << QStringLiteral("date.invalid");
    QTest::newRow("month in the future (today given)")
        << QStringList{QStringLiteral("validate"), QStringLiteral("month"),
                       QStringLiteral("202612")}
        << 1 << QStringLiteral("month.future");
    QTest::newRow("name") << QStringList{QStringLiteral("validate"), QStringLiteral("name"),
                                         QStringLiteral("张3")}
                          << 1 << QStringLiteral("name.characters");
    QTest::newRow("pinyin against name")
        << QStringList{QStringLiteral("validate"), QStringLiteral("pinyin"),
                       QStringLiteral("Dan Tianfang"), QStringLiteral("--name"),
                       QStringLiteral("单田芳")}
        << 0 << QStringLiteral("pinyin.mismatch");
    QTest::newRow("ethnicity code")
        << QStringList{QStringLiteral("validate"), QStringLiteral("ethnicity"),
                       QStringLiteral("57")}
        << 1 << QStringLiteral("catalog.unknownCode");
}

void TestCli::validateField()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, rule);
    const Run run = runCli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QCOMPARE(run.json().value(QStringLiteral("valid")).toBool(), exitCode == 0);
    QCOMPARE(run.json().value(QStringLiteral("field")).toString(), arguments.at(1));
    const QStringList rules = run.rules();
    QCOMPARE(rules.isEmpty() ? QString() : rules.first(), rule);
}

void TestCli::normalizedValueIsReported()
{
    const Run run = runCli({QStringLiteral("validate"), QStringLiteral("mobile"),
                            QStringLiteral("+86 138-0000-0000")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().value(QStringLiteral("normalized")).toString(),
             QStringLiteral("13800000000"));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList();
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("unknown field") << QStringList{
        QStringLiteral("validate"), QStringLiteral("shoe-size"), QStringLiteral("42")};
    QTest::newRow("value missing")
        << QStringList{QStringLiteral("validate"), QStringLiteral("mobile")};
    QTest::newRow("unknown record kind")
        << QStringList{QStringLiteral("validate"), QStringLiteral("--record"),
                       QStringLiteral("passport"), QStringLiteral("x.json")};
    QTest::newRow("record file missing")
        << QStringList{QStringLiteral("validate"), QStringLiteral("--record"),
                       QStringLiteral("thesis"), QStringLiteral("/nonexistent/thesis.json")};
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("validate"), QStringLiteral("--colour")};
    QTest::newRow("unknown catalog")
        << QStringList{QStringLiteral("catalog"), QStringLiteral("shoes")};
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run run = runCli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY(!run.err.isEmpty());
}

void TestCli::validateRecordFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("thesis.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        R"({"thesisTitle": "城市基层治理中的数字化实践研究", "keywords": "基层治理,数字化,公共服务",
                  "thesisType": "2", "thesisSource": "90", "wordCount": "3.5",
                  "thesisStart": "202509", "thesisEnd": "202605", "secrecy": "1",
                  "supervisorName": "王建国", "colour": "blue"})");
    file.close();
    const Run run = runCli(
        {QStringLiteral("validate"), QStringLiteral("--record"), QStringLiteral("thesis"), path});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.json().value(QStringLiteral("kind")).toString(), QStringLiteral("thesis"));
    QCOMPARE(run.rules(), QStringList{QStringLiteral("json.unknownField")});
}

void TestCli::validateRecordFromStandardInput()
{
    const Run run = runCli({QStringLiteral("validate"), QStringLiteral("--record"),
                            QStringLiteral("notificationPrefs"), QStringLiteral("-")},
                           R"({"remindDaysBefore": 7})");
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.json().value(QStringLiteral("valid")).toBool());
}

void TestCli::malformedRecordFile()
{
    const Run run = runCli({QStringLiteral("validate"), QStringLiteral("--record"),
                            QStringLiteral("basicInfo"), QStringLiteral("-")},
                           "{\"namePinyin\": ");
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.rules(), QStringList{QStringLiteral("json.syntax")});
}

void TestCli::chineseMessages()
{
    const Run run =
        runCli({QStringLiteral("validate"), QStringLiteral("postal-code"), QStringLiteral("1008"),
                QStringLiteral("--lang"), QStringLiteral("zh_CN")});
    QCOMPARE(run.exitCode, 1);
    const QString message = run.json()
                                .value(QStringLiteral("findings"))
                                .toArray()
                                .first()
                                .toObject()
                                .value(QStringLiteral("message"))
                                .toString();
    QVERIFY2(message.contains(QStringLiteral("邮政编码")), qPrintable(message));
}

void TestCli::listsAndPinyin()
{
    Run run = runCli({QStringLiteral("fields")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.json().value(QStringLiteral("fields")).toArray().size() >= 20);

    run = runCli({QStringLiteral("kinds")});
    QVERIFY(
        run.json().value(QStringLiteral("kinds")).toArray().contains(QStringLiteral("applicant")));

    run = runCli({QStringLiteral("pinyin"), QStringLiteral("欧阳娜娜")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().value(QStringLiteral("pinyin")).toString(), QStringLiteral("Ouyang Nana"));

    run = runCli({QStringLiteral("catalog"), QStringLiteral("disciplines"), QStringLiteral("10")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray medicine = run.json().value(QStringLiteral("options")).toArray();
    QVERIFY(!medicine.isEmpty());
    for (const QJsonValue &option : medicine) {
        QCOMPARE(option.toObject().value(QStringLiteral("parent")).toString(),
                 QStringLiteral("10"));
    }
}

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
