#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace dd::cli {

// degreedesk-photo: the photo check and the automatic crop from the command line, for staff
// processing a folder of photos and for checking the pipeline from outside.
//
//   degreedesk-photo check FILE…                 judge files as the portal would
//   degreedesk-photo fix IN OUT                  write the compliant photo
//   degreedesk-photo fix --dir IN_DIR OUT_DIR    a folder: progress on stderr, report.csv
//   options: --json (one JSON object on stdout), --lang zh_CN|en
//
// Exit codes: 0 compliant, 1 not compliant, 2 unusable input or bad usage (the worst file
// decides).
class PhotoCli
{
    Q_DECLARE_TR_FUNCTIONS(PhotoCli)

public:
    enum ExitCode { Compliant = 0, NotCompliant = 1, Unusable = 2 };

    PhotoCli(QTextStream &out, QTextStream &err);
    int run(const QStringList &arguments);

private:
    int check(const QStringList &files);
    int fixOne(const QString &in, const QString &out);
    int fixFolder(const QString &inDir, const QString &outDir);
    int usageError(const QString &message);
    void writeJson(const QJsonObject &object);

    QTextStream &m_out;
    QTextStream &m_err;
    bool m_json = false;
};

} // namespace dd::cli
