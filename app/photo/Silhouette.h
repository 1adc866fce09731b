#pragma once

#include <QImage>

#include <memory>

namespace cv {
class Mat;
}

namespace dd::photo {

// The person against a plain background: the background's colour is the median (CIELAB) of
// the photo's top corners, every pixel farther than Distance (ΔE76) from it is the person,
// cleaned of specks (opening 3 px) and small gaps (closing 5 px), in connected regions.
// Made without the face, so that it can be made while the face is being detected.
class Silhouette
{
public:
    // ΔE76 from the background colour beyond which a pixel is not background. Measured: a
    // camera's blue background varies by ΔE 3–9 over the frame (noise, light fall-off); hair,
    // skin and clothes lie 25 and more from it.
    static constexpr double Distance = 16.0;

    // `image`: RGB888.
    static Silhouette of(const QImage &image);

    bool isValid() const { return m_labels != nullptr; }
    int width() const { return m_width; }
    int height() const { return m_height; }
    // The connected region of a pixel: 0 for background, the same number for connected
    // person pixels.
    int regionAt(int x, int y) const { return m_data[qsizetype(y) * m_stride + x]; }

private:
    std::shared_ptr<const cv::Mat> m_labels; // CV_32S, owns m_data
    const int *m_data = nullptr;
    qsizetype m_stride = 0; // ints per row
    int m_width = 0;
    int m_height = 0;
};

} // namespace dd::photo
