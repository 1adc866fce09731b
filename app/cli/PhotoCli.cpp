#include "cli/PhotoCli.h"

#include "photo/BatchReport.h"
#include "photo/PhotoPipeline.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <atomic>

namespace dd::cli {

using photo::BatchReport;
using photo::PhotoFinding;
using photo::PhotoPipeline;
using photo::PhotoReport;

namespace {

// The worst of two exit codes: unusable (2) over not compliant (1) over compliant (0).
int worst(int a, int b)
{
    return std::max(a, b);
}

QString verdict(const PhotoReport &report)
{
    return BatchReport::word(BatchReport::verdictOf(report));
}

} // namespace

PhotoCli::PhotoCli(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{}

int PhotoCli::usageError(const QString &message)
{
    m_err << message << Qt::endl;
    m_err << tr("Run degreedesk-photo --help for the commands.") << Qt::endl;
    return Unusable;
}

void PhotoCli::writeJson(const QJsonObject &object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    m_out.flush();
}

int PhotoCli::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("DegreeDesk photo tool: checks certificate photos against the portal's rules "
           "(a JPEG of 390 × 567 pixels under 200 KB, 24-bit colour, blue background, head "
           "21–24 mm wide and 28–33 mm long) and makes the compliant photo from any camera or "
           "phone photo. It only crops, scales, turns by the camera's orientation and "
           "re-encodes: it never replaces a background or retouches.\n\n"
           "Commands:\n"
           "  check FILE...                 judge the files as they are\n"
           "  fix IN OUT                    write the compliant photo of IN to OUT\n"
           "  fix --dir IN_DIR OUT_DIR      every photo of a folder; a progress line and a "
           "CSV report (OUT_DIR/report.csv)\n\n"
           "Exit status: 0 compliant, 1 not compliant, 2 unusable input or bad usage."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    parser.addOption({QStringLiteral("json"), tr("Print one JSON object.")});
    parser.addOption({QStringLiteral("dir"), tr("fix: process every photo of a folder.")});
    parser.addOption(
        {QStringLiteral("lang"), tr("Language of the messages: zh_CN or en."), tr("language")});
    parser.addPositionalArgument(QStringLiteral("command"), tr("check or fix"));
    if (!parser.parse(arguments)) {
        return usageError(parser.errorText());
    }
    if (parser.isSet(helpOption)) {
        m_out << parser.helpText();
        m_out.flush();
        return Compliant;
    }
    m_json = parser.isSet(QStringLiteral("json"));
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        return usageError(tr("No command given."));
    }
    const QString command = positional.takeFirst();
    if (command == u"check") {
        if (positional.isEmpty()) {
            return usageError(tr("check needs at least one file."));
        }
        return check(positional);
    }
    if (command == u"fix") {
        if (positional.size() != 2) {
            return usageError(parser.isSet(QStringLiteral("dir"))
                                  ? tr("fix --dir needs a folder of photos and an output folder.")
                                  : tr("fix needs an input photo and an output file."));
        }
        return parser.isSet(QStringLiteral("dir")) ? fixFolder(positional.at(0), positional.at(1))
                                                   : fixOne(positional.at(0), positional.at(1));
    }
    return usageError(tr("Unknown command \"%1\".").arg(command));
}

int PhotoCli::check(const QStringList &files)
{
    int code = Compliant;
    QJsonArray reports;
    for (const QString &path : files) {
        PhotoReport unread;
        const auto data = BatchReport::readFile(path, &unread);
        const PhotoReport report = data ? PhotoPipeline::check(*data) : unread;
        code = worst(code, report.exitCode());
        if (m_json) {
            QJsonObject json = report.toJson();
            json.insert(QStringLiteral("file"), path);
            reports.append(json);
            continue;
        }
        m_out << path << QStringLiteral(": ") << verdict(report) << Qt::endl;
        for (const PhotoFinding &f : report.findings) {
            if (f.severity != PhotoFinding::Severity::Pass) {
                m_out << QStringLiteral("  ") << PhotoFinding::severityName(f.severity)
                      << QStringLiteral(" ") << f.rule << QStringLiteral(": ") << f.message
                      << Qt::endl;
            }
        }
    }
    if (m_json) {
        writeJson(reports.size() == 1
                      ? reports.first().toObject()
                      : QJsonObject{{QStringLiteral("compliant"), code == Compliant},
                                    {QStringLiteral("files"), reports}});
    }
    return code;
}

int PhotoCli::fixOne(const QString &in, const QString &out)
{
    PhotoPipeline::Output output;
    const auto data = BatchReport::readFile(in, &output.report);
    if (data) {
        output = PhotoPipeline::fix(*data);
    }
    QString problem;
    if (!output.jpeg.isEmpty() && !BatchReport::writeFile(out, output.jpeg, &problem)) {
        m_err << problem << Qt::endl;
        return Unusable;
    }
    if (m_json) {
        QJsonObject json = output.report.toJson();
        json.insert(QStringLiteral("file"), in);
        if (!output.jpeg.isEmpty()) {
            json.insert(QStringLiteral("output"), out);
        }
        writeJson(json);
    } else {
        m_out << in << QStringLiteral(": ") << verdict(output.report);
        if (!output.jpeg.isEmpty()) {
            m_out << QStringLiteral(" → ") << out << QStringLiteral(" (")
                  << tr("%1 bytes, quality %2").arg(output.report.bytes).arg(output.report.quality)
                  << QStringLiteral(")");
        }
        m_out << Qt::endl;
        for (const QString &message : output.report.errorMessages()) {
            m_out << QStringLiteral("  ") << message << Qt::endl;
        }
    }
    return output.report.exitCode();
}

int PhotoCli::fixFolder(const QString &inDir, const QString &outDir)
{
    const QDir source(inDir);
    if (!source.exists()) {
        return usageError(tr("%1 is not a folder.").arg(inDir));
    }
    if (!QDir().mkpath(outDir)) {
        return usageError(tr("%1 cannot be created.").arg(outDir));
    }
    const QDir target(outDir);
    const QFileInfoList files =
        source.entryInfoList(QDir::Files | QDir::Readable, QDir::Name | QDir::IgnoreCase);
    struct Row
    {
        QString file;
        QString output;
        PhotoReport report;
    };
    std::atomic<int> done = 0;
    const qsizetype total = files.size();
    QTextStream &err = m_err;
    QMutex progressLock;
    const QList<Row> rows = QtConcurrent::blockingMapped(files, [&](const QFileInfo &info) {
        Row row;
        row.file = info.fileName();
        PhotoPipeline::Output output;
        const auto data = BatchReport::readFile(info.filePath(), &output.report);
        if (data) {
            output = PhotoPipeline::fix(*data);
        }
        if (!output.jpeg.isEmpty()) {
            const QString name = info.completeBaseName() + QStringLiteral(".jpg");
            QString problem;
            if (BatchReport::writeFile(target.filePath(name), output.jpeg, &problem)) {
                row.output = name;
            } else {
                output.report = BatchReport::unreadable(problem);
            }
        }
        row.report = output.report;
        const int count = ++done;
        QMutexLocker locker(&progressLock);
        err << QStringLiteral("[%1/%2] ").arg(count).arg(total) << row.file << QStringLiteral(": ")
            << verdict(row.report) << Qt::endl;
        return row;
    });

    int code = Compliant;
    QList<BatchReport::Row> csvRows;
    QJsonArray reports;
    for (const Row &row : rows) {
        code = worst(code, row.report.exitCode());
        const bool written = !row.output.isEmpty();
        csvRows.append(BatchReport::Row{row.file, BatchReport::verdictOf(row.report), row.output,
                                        written ? row.report.quality : 0,
                                        written ? row.report.bytes : 0,
                                        row.report.errorMessages()});
        QJsonObject json = row.report.toJson();
        json.insert(QStringLiteral("file"), row.file);
        if (written) {
            json.insert(QStringLiteral("output"), row.output);
        }
        reports.append(json);
    }
    QString problem;
    if (!BatchReport::writeFile(target.filePath(QStringLiteral("report.csv")),
                                BatchReport::csvFile(csvRows), &problem)) {
        m_err << problem << Qt::endl;
        return Unusable;
    }
    if (m_json) {
        writeJson(QJsonObject{{QStringLiteral("compliant"), code == Compliant},
                              {QStringLiteral("files"), reports}});
    } else {
        m_out << tr("%1 photos: %2 compliant. Report: %3")
                     .arg(rows.size())
                     .arg(std::count_if(rows.cbegin(), rows.cend(),
                                        [](const Row &r) { return !r.output.isEmpty(); }))
                     .arg(target.filePath(QStringLiteral("report.csv")))
              << Qt::endl;
    }
    return code;
}

} // namespace dd::cli
