#include "PhotoBatch.h"

#include "Session.h"
#include "domain/IdNumberRule.h"
#include "domain/PhotoRules.h"
#include "models/PhotoBatchModel.h"
#include "photo/PhotoDecoder.h"
#include "photo/PhotoPipeline.h"
#include "store/Store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHash>
#include <QtConcurrent/QtConcurrentMap>

namespace dd::ui {

using photo::BatchReport;
using photo::PhotoPipeline;
using Verdict = photo::BatchReport::Verdict;

namespace {

// At most this many applicants whose name or numbers start or end like a file name are read.
constexpr int MaxCandidates = 1000;

QString nameOf(const store::RosterEntry &entry)
{
    return entry.name.trimmed().isEmpty() ? entry.label.trimmed() : entry.name.trimmed();
}

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

} // namespace

PhotoBatch::PhotoBatch(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_model(new PhotoBatchModel(this))
{
    connect(&m_watcher, &QFutureWatcher<Processed>::resultReadyAt, this,
            &PhotoBatch::onResultReady);
    connect(&m_watcher, &QFutureWatcher<Processed>::finished, this, &PhotoBatch::onFinished);
}

PhotoBatch::~PhotoBatch()
{
    m_watcher.disconnect(this);
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

int PhotoBatch::total() const
{
    return int(m_paths.size());
}

PhotoBatch::Match PhotoBatch::match(const QString &baseName)
{
    const QString text = baseName.trimmed();
    store::RosterQuery query;
    query.search = text;
    query.limit = 200;
    QList<store::RosterEntry> entries;
    while (!text.isEmpty() && entries.size() < MaxCandidates) {
        const auto page = m_session->store().roster(query);
        if (!page) {
            return {{}, {}, page.error().message};
        }
        entries += page->entries;
        if (!page->hasMore) {
            break;
        }
        query.offset += query.limit;
    }
    const QString number = domain::IdNumberRule::normalize(text);
    QList<store::RosterEntry> byNumber;
    QList<store::RosterEntry> byName;
    for (const store::RosterEntry &entry : std::as_const(entries)) {
        if (!entry.idNumber.isEmpty()
            && domain::IdNumberRule::normalize(entry.idNumber) == number) {
            byNumber.append(entry);
        } else if (nameOf(entry) == text) {
            byName.append(entry);
        }
    }
    if (byNumber.size() == 1) {
        return {byNumber.first().uuid, nameOf(byNumber.first()), {}};
    }
    if (byNumber.size() > 1) {
        return {{}, {}, tr("Several applicants have the ID number %1.").arg(number)};
    }
    if (byName.size() == 1) {
        return {byName.first().uuid, nameOf(byName.first()), {}};
    }
    if (byName.size() > 1) {
        return {{},
                {},
                tr("Several applicants are called %1: name the file by the ID number instead.")
                    .arg(text)};
    }
    if (domain::IdNumberRule::parse(number, m_session->context())) {
        return {{}, {}, tr("No applicant has the ID number %1.").arg(number)};
    }
    return {{}, {}, tr("No applicant has this file name as ID number or name.")};
}

bool PhotoBatch::load(const QString &folder, bool match)
{
    if (isRunning()) {
        return false;
    }
    const QFileInfo info(folder);
    if (folder.trimmed().isEmpty() || !info.isDir() || !info.isReadable()) {
        m_error = tr("%1 is not a folder that can be read.").arg(QDir::toNativeSeparators(folder));
        m_paths.clear();
        m_results.clear();
        m_model->setItems({});
        return false;
    }
    const QFileInfoList files =
        QDir(folder).entryInfoList(QDir::Files | QDir::Readable, QDir::Name | QDir::IgnoreCase);
    QList<PhotoBatchModel::Item> items;
    QHash<QUuid, QStringList> filesOf;
    m_paths.clear();
    for (const QFileInfo &file : files) {
        PhotoBatchModel::Item item;
        item.file = file.fileName();
        if (match) {
            const Match found = this->match(file.completeBaseName());
            item.applicant = found.applicant;
            item.applicantName = found.name;
            item.matchProblem = found.problem;
            if (!found.applicant.isNull()) {
                filesOf[found.applicant].append(item.file);
            }
        } else {
            item.matchProblem = tr("Not matched: matching by file name is off.");
        }
        items.append(item);
        m_paths.append(file.absoluteFilePath());
    }
    // Two files for one applicant: which is the photo is for staff to say.
    for (PhotoBatchModel::Item &item : items) {
        const QStringList same = filesOf.value(item.applicant);
        if (same.size() > 1) {
            //: %1 the applicant, %2 the files
            item.matchProblem = tr("Several files are for %1 (%2): keep one of them.")
                                    .arg(item.applicantName, same.join(QStringLiteral(", ")));
            item.applicant = QUuid();
            item.applicantName.clear();
        }
    }
    m_model->setItems(items);
    m_folder = folder;
    m_results.clear();
    m_done = 0;
    m_saved = 0;
    m_error.clear();
    return true;
}

PhotoBatch::Processed PhotoBatch::process(const QString &path)
{
    Processed result;
    photo::PhotoReport unread;
    const auto data = BatchReport::readFile(path, &unread);
    if (!data) {
        result.verdict = Verdict::Unusable;
        result.problems = unread.errorMessages();
        return result;
    }
    result.originalSha256 = sha256(*data);
    const QString name = QFileInfo(path).fileName();
    // Only a file of the output's size can already be compliant (check decodes at full size:
    // not worth it for a camera's photo).
    const photo::PhotoDecoder::Probe probe = photo::PhotoDecoder::probe(*data);
    if (!probe.problem
        && probe.fullSize == QSize(domain::PhotoRules::Width, domain::PhotoRules::Height)) {
        PhotoPipeline::Output kept{PhotoPipeline::check(*data), *data, {}};
        if (kept.report.compliant()) {
            kept.report.crop = QRectF(QPointF(0, 0), QSizeF(kept.report.sourceSize));
            result.verdict = Verdict::Compliant;
            result.photo = PhotoPipeline::record(kept, name);
            result.bytes = data->size();
            return result;
        }
    }
    const PhotoPipeline::Output output = PhotoPipeline::fix(*data);
    result.verdict = BatchReport::verdictOf(output.report);
    result.problems = output.report.errorMessages();
    if (result.verdict == Verdict::Compliant && !output.jpeg.isEmpty()) {
        result.verdict = Verdict::Fixed;
        result.photo = PhotoPipeline::record(output, name);
        result.quality = output.report.quality;
        result.bytes = output.report.bytes;
    }
    return result;
}

bool PhotoBatch::start()
{
    if (isRunning() || m_paths.isEmpty()) {
        return false;
    }
    m_model->clearResults();
    m_results = QList<Processed>(m_paths.size());
    m_done = 0;
    m_saved = 0;
    m_error.clear();
    m_outcome = Outcome::Saved;
    m_cancelled = false;
    m_running = true;
    m_watcher.setFuture(QtConcurrent::mapped(&m_pool, m_paths, &PhotoBatch::process));
    return true;
}

void PhotoBatch::cancel()
{
    if (m_running) {
        m_cancelled = true;
        m_watcher.cancel();
    }
}

void PhotoBatch::onResultReady(int index)
{
    if (index < 0 || index >= m_results.size() || m_model->item(index).verdict
        || !m_watcher.future().isResultReadyAt(index)) {
        return;
    }
    const Processed result = m_watcher.resultAt(index);
    m_results[index] = result;
    m_model->setResult(index, result.verdict, result.problems, result.quality, result.bytes);
    ++m_done;
    emit progressChanged(m_done, total());
}

void PhotoBatch::onFinished()
{
    // Results not announced yet (none should be) are taken before judging the batch.
    const QFuture<Processed> future = m_watcher.future();
    for (int index = 0; index < m_results.size(); ++index) {
        if (!m_model->item(index).verdict && future.isResultReadyAt(index)) {
            onResultReady(index);
        }
    }
    m_running = false;
    if (m_cancelled || future.isCanceled()) {
        m_model->cancelRemaining();
        m_outcome = Outcome::Cancelled;
    } else {
        m_outcome = saveAll() ? Outcome::Saved : Outcome::SaveFailed;
    }
    emit finished(m_outcome);
}

bool PhotoBatch::saveAll()
{
    QList<int> rows;
    for (int row = 0; row < m_results.size(); ++row) {
        if (!m_model->item(row).applicant.isNull() && m_results.at(row).photo.isCompliant()) {
            rows.append(row);
        }
    }
    if (rows.isEmpty()) {
        return true;
    }
    store::Store &store = m_session->store();
    // One transaction: every photo attached, or none. The originals are read again one at a
    // time (a batch of camera photos does not fit in memory), and must be what was processed.
    const auto saved = store.transaction([&]() -> store::Result<void> {
        for (int row : std::as_const(rows)) {
            photo::PhotoReport unread;
            const auto original = BatchReport::readFile(m_paths.at(row), &unread);
            if (!original) {
                return store::StoreError::make(store::StoreError::Code::Io,
                                               unread.errorMessages().join(QLatin1Char(' ')));
            }
            const PhotoBatchModel::Item &item = m_model->item(row);
            if (sha256(*original) != m_results.at(row).originalSha256) {
                return store::StoreError::make(
                    store::StoreError::Code::InvalidData,
                    tr("%1 changed while the batch ran: run the batch again.").arg(item.file));
            }
            const auto done = store.savePhoto(item.applicant, m_results.at(row).photo, *original);
            if (!done) {
                return done.error();
            }
        }
        return {};
    });
    if (!saved) {
        m_error = saved.error().message;
        m_session->reportError(saved.error());
        return false;
    }
    for (int row : std::as_const(rows)) {
        m_model->setSaved(row);
    }
    m_saved = int(rows.size());
    m_session->notifyChanged(domain::Photo::kind());
    return true;
}

void PhotoBatch::useDialogs(QWidget *parent)
{
    m_chooseCsv = [parent](const QString &suggested) {
        return QFileDialog::getSaveFileName(parent, tr("Save the results as CSV"), suggested,
                                            tr("CSV files (*.csv)"));
    };
}

QString PhotoBatch::saveCsv()
{
    m_error.clear();
    if (!m_chooseCsv) {
        return {};
    }
    // Beside the folder, not in it: a second run would take the report for a photo.
    const QFileInfo folder(QDir(m_folder).absolutePath());
    const QString suggested =
        folder.dir().filePath(folder.fileName() + QStringLiteral("-photos.csv"));
    const QString path = m_chooseCsv(suggested);
    if (path.isEmpty()
        || !BatchReport::writeFile(path, BatchReport::csvFile(m_model->reportRows()), &m_error)) {
        return {};
    }
    return path;
}

} // namespace dd::ui
