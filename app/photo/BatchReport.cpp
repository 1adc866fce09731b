#include "photo/BatchReport.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace dd::photo {

BatchReport::Verdict BatchReport::verdictOf(const PhotoReport &report)
{
    switch (report.exitCode()) {
    case 0:
        return Verdict::Compliant;
    case 1:
        return Verdict::NotCompliant;
    default:
        return Verdict::Unusable;
    }
}

QString BatchReport::word(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Compliant:
        return tr("compliant");
    case Verdict::Fixed:
        return tr("fixed");
    case Verdict::NotCompliant:
        return tr("not compliant");
    case Verdict::Unusable:
        return tr("unusable");
    case Verdict::Cancelled:
        return tr("cancelled");
    }
    return {};
}

QString BatchReport::header()
{
    return QStringLiteral("file,result,output,quality,bytes,problems");
}

QString BatchReport::csvField(const QString &text)
{
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
        QString quoted = text;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + quoted + QLatin1Char('"');
    }
    return text;
}

QString BatchReport::csvRow(const Row &row)
{
    return csvField(row.file) + QLatin1Char(',') + csvField(word(row.verdict)) + QLatin1Char(',')
           + csvField(row.output) + QLatin1Char(',')
           + (row.quality > 0 ? QString::number(row.quality) : QString()) + QLatin1Char(',')
           + (row.bytes > 0 ? QString::number(row.bytes) : QString()) + QLatin1Char(',')
           + csvField(row.problems.join(QLatin1Char(' ')));
}

QString BatchReport::csv(const QList<Row> &rows)
{
    QString text = header() + QLatin1Char('\n');
    for (const Row &row : rows) {
        text += csvRow(row) + QLatin1Char('\n');
    }
    return text;
}

QByteArray BatchReport::csvFile(const QList<Row> &rows)
{
    return QByteArray("\xEF\xBB\xBF") + csv(rows).toUtf8();
}

PhotoReport BatchReport::unreadable(const QString &message)
{
    PhotoReport report;
    report.findings.append(PhotoFinding{Check::Input, PhotoFinding::Severity::Error, message,
                                        std::nullopt, std::nullopt, std::nullopt, QString()});
    return report;
}

std::optional<QByteArray> BatchReport::readFile(const QString &path, PhotoReport *problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        //: %1 a file, %2 the system's reason
        *problem = unreadable(
            tr("%1: cannot be read (%2).").arg(QDir::toNativeSeparators(path), file.errorString()));
        return std::nullopt;
    }
    return file.readAll();
}

bool BatchReport::writeFile(const QString &path, const QByteArray &data, QString *problem)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        //: %1 a file, %2 the system's reason
        *problem = tr("%1: cannot be written (%2).")
                       .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace dd::photo
