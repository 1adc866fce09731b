#pragma once

#include "photo/PhotoPipeline.h"

#include <QByteArray>
#include <QFutureWatcher>
#include <QObject>
#include <QRectF>
#include <QTimer>

#include <memory>
#include <optional>

namespace dd::ui {

// The cropper's state, without widgets: the original photo, its analysis (decoded at a size
// that serves both the picture on screen and the written photo), the frame and its rotation,
// and the photo that frame makes with its report. The decode and the analysis run on the
// thread pool; every change of the frame is judged at once (geometry) and the 390 × 567 result
// is rendered and encoded soon after (coalesced while a drag goes on).
class PhotoCropper : public QObject
{
    Q_OBJECT

public:
    // The frame's rotation is limited to this (degrees either way).
    static constexpr double MaxRotation = 10.0;
    // The picture decoded for the cropper is at least this many pixels on its long side (where
    // the photo has them), so that the frame is drawn finely and the written photo is cut from
    // enough pixels.
    static constexpr int WorkingLongSide = 2000;

    explicit PhotoCropper(QObject *parent = nullptr);
    ~PhotoCropper() override;

    // Starts decoding and analysing a photo (off the GUI thread); analysed() follows.
    void load(const QByteArray &original, const QString &name);
    // The same, with the frame to start from (a saved photo's crop) instead of the automatic.
    void load(const QByteArray &original, const QString &name, const QRectF &frame,
              double rotation);
    void clear();

    bool busy() const { return m_watcher.isRunning(); }
    bool hasPhoto() const { return m_analysis != nullptr; }
    const photo::PhotoPipeline::Analysis *analysis() const { return m_analysis.get(); }
    QByteArray original() const { return m_original; }
    QString originalName() const { return m_name; }
    // Where the automatic crop puts the frame; none when no frame meets the rules.
    std::optional<QRectF> automaticFrame() const;

    QRectF frame() const { return m_frame; }
    double rotation() const { return m_rotation; }
    // Moves the frame (and turns it), kept inside the photo; frameChanged() follows.
    void setFrame(const QRectF &frame, double rotation);
    // The frame of `frame`'s size and rotation placed as near `frame` as the photo allows.
    QRectF constrained(const QRectF &frame, double rotation) const;

    // The findings of the frame as it is now (geometry at once, the rest after rendering).
    const photo::PhotoFindings &findings() const { return m_findings; }
    // The photo the frame makes and its report; the JPEG is empty while not compliant.
    const photo::PhotoPipeline::Output &output() const { return m_output; }
    QImage preview() const { return m_preview; }
    // Renders now instead of soon (tests, and before saving).
    void renderNow();

signals:
    void loadingStarted();
    // The analysis is done: `ok` when the photo could be read (the report says why not).
    void analysed(bool ok);
    void frameChanged();
    void rendered();

private:
    void onAnalysed();
    void judge();

    QByteArray m_original;
    QString m_name;
    std::optional<std::pair<QRectF, double>> m_startFrame;
    QFutureWatcher<photo::PhotoPipeline::Analysis> m_watcher;
    std::unique_ptr<photo::PhotoPipeline::Analysis> m_analysis;
    QRectF m_frame;
    double m_rotation = 0.0;
    photo::PhotoFindings m_findings;
    photo::PhotoPipeline::Output m_output;
    QImage m_preview;
    QTimer m_renderTimer;
};

} // namespace dd::ui
