#pragma once

#include "domain/Photo.h"
#include "photo/BatchReport.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>
#include <QThreadPool>
#include <QUuid>

#include <functional>

class QWidget;

namespace dd::ui {

class PhotoBatchModel;
class Session;

// A folder of photos processed together, for staff: lists the folder's files (regular,
// readable, by name), finds each one's applicant by its file name (an ID number, or a name
// only one applicant has) on the GUI thread, which alone uses the database, then runs
// PhotoPipeline on every core (QtConcurrent), one row of the model per file as it comes back.
// The photos run on a thread pool of their own: Qt paints with the global pool's threads, and
// a window waiting behind a whole batch for one of them would freeze until the end.
// Nothing is written until the whole batch has finished without a cancel: then every
// compliant photo of a matched applicant is attached to that applicant, all in one
// transaction (all or none). A cancelled batch writes nothing; already-running photos finish,
// no more start, and the rest show as Cancelled.
class PhotoBatch : public QObject
{
    Q_OBJECT

public:
    enum class Outcome {
        Saved,      // finished; the compliant photos of matched applicants attached
        Cancelled,  // nothing written
        SaveFailed, // finished, but the photos could not be saved: none was (error())
    };
    Q_ENUM(Outcome)
    // Asks for the file to write the CSV report to (`suggested` a default path); empty:
    // cancelled. A test answers without a dialog.
    using ChooseFile = std::function<QString(const QString &suggested)>;

    // What one file came to, on a worker thread.
    struct Processed
    {
        photo::BatchReport::Verdict verdict = photo::BatchReport::Verdict::Unusable;
        domain::Photo photo; // the record to save, when compliant
        QByteArray originalSha256;
        QStringList problems;
        int quality = 0;
        qint64 bytes = 0;
    };

    explicit PhotoBatch(Session *session, QObject *parent = nullptr);
    // Cancels a running batch and waits for the photos being processed.
    ~PhotoBatch() override;

    PhotoBatchModel *model() const { return m_model; }
    QString folder() const { return m_folder; }

    // Lists the photos of `folder` and, when `match`, finds their applicants. False (with
    // error()) when the folder cannot be read.
    bool load(const QString &folder, bool match);
    // Processes every file; false when running already or there is nothing to process.
    bool start();
    // No more photos start; those running finish. Nothing is written, even when the last
    // photo was done before the cancel could stop anything.
    void cancel();
    bool isRunning() const { return m_running; }
    // How many photos are processed at once (the number of cores by default).
    void setThreadCount(int count) { m_pool.setMaxThreadCount(count); }
    int doneCount() const { return m_done; }
    int total() const;
    Outcome outcome() const { return m_outcome; }
    int savedCount() const { return m_saved; }
    QString error() const { return m_error; }

    void setChooseCsvFile(ChooseFile choose) { m_chooseCsv = std::move(choose); }
    // A file dialog parented to `parent` (the default of setChooseCsvFile).
    void useDialogs(QWidget *parent);
    // Writes the table through BatchReport to the file chosen: its path, or empty when none
    // was chosen or it could not be written (error()).
    QString saveCsv();

    // The work on one file: an already compliant 390×567 file is kept as it is, any other
    // goes through PhotoPipeline::fix. Thread-safe.
    static Processed process(const QString &path);

signals:
    void progressChanged(int done, int total);
    void finished(dd::ui::PhotoBatch::Outcome outcome);

private:
    struct Match
    {
        QUuid applicant;
        QString name;
        QString problem;
    };
    Match match(const QString &baseName);
    void onResultReady(int index);
    void onFinished();
    bool saveAll();

    Session *m_session;
    PhotoBatchModel *m_model;
    QString m_folder;
    QStringList m_paths;
    QList<Processed> m_results;
    QThreadPool m_pool;
    QFutureWatcher<Processed> m_watcher;
    bool m_running = false; // from start() until the end has been handled
    bool m_cancelled = false;
    int m_done = 0;
    int m_saved = 0;
    Outcome m_outcome = Outcome::Saved;
    QString m_error;
    ChooseFile m_chooseCsv;
};

} // namespace dd::ui
