#pragma once

#include <QImage>
#include <QWidget>

namespace dd::ui {

// The certificate photo as it will be printed: at most its own 390 × 567 size (PhotoRules),
// scaled down with its shape kept to fit the space it gets, drawn from the photo's own pixels
// at the screen's device pixel ratio (so it stays crisp at 200 %). Without a photo it shows a
// dashed frame of the same shape with a placeholder text.
class PhotoView : public QWidget
{
    Q_OBJECT

public:
    explicit PhotoView(QWidget *parent = nullptr);

    void setImage(const QImage &image);
    QImage image() const { return m_image; }
    void setPlaceholderText(const QString &text);
    QString placeholderText() const { return m_placeholder; }

    // Where the photo (or the empty frame) is drawn, in widget coordinates.
    QRect photoRect() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QImage m_image;
    QString m_placeholder;
};

} // namespace dd::ui
