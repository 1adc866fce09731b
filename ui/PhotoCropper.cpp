#include "PhotoCropper.h"

#include "photo/CropPlanner.h"
#include "photo/PhotoDecoder.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace dd::ui {

using photo::PhotoPipeline;

PhotoCropper::PhotoCropper(QObject *parent)
    : QObject(parent)
{
    // While a drag goes on, the 390 × 567 result is made at most every 40 ms.
    m_renderTimer.setSingleShot(true);
    m_renderTimer.setInterval(40);
    connect(&m_renderTimer, &QTimer::timeout, this, &PhotoCropper::renderNow);
    connect(&m_watcher, &QFutureWatcher<PhotoPipeline::Analysis>::finished, this,
            &PhotoCropper::onAnalysed);
}

PhotoCropper::~PhotoCropper()
{
    m_watcher.waitForFinished();
}

void PhotoCropper::load(const QByteArray &original, const QString &name)
{
    m_startFrame.reset();
    m_original = original;
    m_name = name;
    m_watcher.waitForFinished();
    emit loadingStarted();
    m_watcher.setFuture(QtConcurrent::run([original] {
        const photo::PhotoDecoder::Probe probe = photo::PhotoDecoder::probe(original);
        if (probe.problem) {
            return PhotoPipeline::analyse(original, 1.0); // the report says why
        }
        const int longSide = std::max(probe.fullSize.width(), probe.fullSize.height());
        return PhotoPipeline::analyse(original, probe,
                                      std::min(1.0, double(WorkingLongSide) / longSide));
    }));
}

void PhotoCropper::load(const QByteArray &original, const QString &name, const QRectF &frame,
                        double rotation)
{
    load(original, name);
    m_startFrame = std::pair{frame, rotation};
}

void PhotoCropper::clear()
{
    m_watcher.waitForFinished();
    m_analysis.reset();
    m_original.clear();
    m_name.clear();
    m_frame = QRectF();
    m_rotation = 0;
    m_findings.clear();
    m_output = {};
    m_preview = QImage();
    emit frameChanged();
    emit rendered();
}

void PhotoCropper::onAnalysed()
{
    m_analysis = std::make_unique<PhotoPipeline::Analysis>(m_watcher.result());
    m_output = {};
    m_output.report = m_analysis->report;
    m_preview = QImage();
    const bool ok = m_analysis->report.usable() && !m_analysis->photo.image.isNull();
    if (!ok) {
        m_analysis.reset();
        m_findings = m_output.report.findings;
        emit analysed(false);
        return;
    }
    std::optional<QRectF> start = automaticFrame();
    double rotation = 0;
    if (m_startFrame) {
        start = m_startFrame->first;
        rotation = m_startFrame->second;
    }
    if (!start) {
        // No frame meets the rules: start from the largest frame of the photo's shape in the
        // middle, and let the user see why.
        const QSizeF source(m_analysis->photo.fullSize);
        const double width = std::min(source.width(), source.height() * 390.0 / 567.0);
        start = QRectF(0, 0, width, width * 567.0 / 390.0);
        start->moveCenter(QPointF(source.width() / 2, source.height() / 2));
    }
    emit analysed(true);
    setFrame(*start, rotation);
    renderNow();
}

std::optional<QRectF> PhotoCropper::automaticFrame() const
{
    return m_analysis ? m_analysis->report.crop : std::nullopt;
}

QRectF PhotoCropper::constrained(const QRectF &frame, double rotation) const
{
    return m_analysis ? photo::CropPlanner::keepInside(frame, rotation, m_analysis->photo.fullSize)
                      : frame;
}

void PhotoCropper::setFrame(const QRectF &frame, double rotation)
{
    if (!m_analysis) {
        return;
    }
    m_rotation = std::clamp(rotation, -MaxRotation, MaxRotation);
    m_frame = constrained(frame, m_rotation);
    judge();
    emit frameChanged();
    m_renderTimer.start();
}

void PhotoCropper::judge()
{
    m_findings.clear();
    if (!m_analysis || !m_analysis->head) {
        m_findings = m_analysis ? m_analysis->report.findings : photo::PhotoFindings();
        return;
    }
    m_findings = photo::CropPlanner::evaluate(*m_analysis->head, m_frame,
                                              m_analysis->photo.fullSize, m_rotation);
}

void PhotoCropper::renderNow()
{
    m_renderTimer.stop();
    if (!m_analysis) {
        return;
    }
    m_output = PhotoPipeline::render(*m_analysis, m_frame, m_rotation);
    m_findings = m_output.report.findings;
    m_preview = m_output.image;
    emit rendered();
}

} // namespace dd::ui
