#pragma once

#include <QByteArray>
#include <QImage>

namespace dd::photo {

// A baseline JPEG decoded on two cores, the very pixels libjpeg gives on one.
//
// Most of a decode is the Huffman decoding, which is sequential by nature: a code's start is
// known only once the code before it has been read. Here the main thread decodes from the
// first bit while another core starts near the middle of the data at an arbitrary bit;
// Huffman codes resynchronise within a few blocks, so that core soon reads the same codes the
// sequential decode reads there, and keeps its coefficients. The main thread decodes on past
// that point until it stands at the start of a unit (an MCU) where the other core stood at the
// start of one too: from that bit on both read alike, so the other core's units are the right
// ones, their DC coefficients off by a constant per component (each DC is coded as a
// difference to the last), which the main thread now knows. When no such place turns up, the
// main thread decodes on to the end itself: the result never depends on the guess.
//
// The pixels are libjpeg's own: its IDCT (scaled), upsampling and colour conversion, with its
// Huffman decoder replaced (the entropy decoder's decode_mcu, which libjpeg-turbo calls once
// per unit in order). The main thread's instance takes its units as it decodes them, then the
// other core's; once they have met, a second instance on the other core makes the lower rows.
// Each thread takes the stuffing (the zero after each 0xFF) out of its own part of the data.
class JpegSplitDecoder
{
public:
    // The image at 1/denominator (1, 2, 4 or 8) in RGB888, as libjpeg with its defaults decodes
    // it (accurate integer IDCT, smooth upsampling). Null when this decoder does not take the
    // file (not one baseline Huffman scan of three 8-bit components, restart markers, too
    // small to gain from two cores, no core free, a libjpeg other than libjpeg-turbo's 6.2
    // interface) or finds its data other than it expects (a bad code, too few bits): the
    // caller then decodes it with libjpeg alone, which also says what is wrong.
    static QImage read(const QByteArray &data, int denominator);

    // Entropy-coded data smaller than this is decoded on one core: the gain there is a fraction
    // of a millisecond (measured: a 93 KB scan 1.3 ms alone, 1.0 ms split; 38 KB 0.56 and 0.45),
    // not worth taking a core from whatever else runs.
    static constexpr qsizetype MinEntropyBytes = 128 * 1024;

    // What read() did, for the tests: whether the second core's units were used, and where.
    struct Trace
    {
        // In: the main thread starts decoding only once the second core has decoded its part,
        // so that they meet however the threads are scheduled (a test's check of the meeting;
        // left alone, a second core that starts late, its core taken by other processes, is
        // rightly not waited for and the main thread decodes it all).
        bool secondCoreFirst = false;
        bool split = false;     // the two halves met (false: one core decoded it all)
        qint64 meetMcu = -1;    // the unit where they met
        qint64 totalMcus = 0;   // units in the image
        qint64 skippedBits = 0; // bits of the second core's part before the meeting
    };
    static QImage read(const QByteArray &data, int denominator, Trace *trace,
                       qsizetype minEntropyBytes = MinEntropyBytes);
};

} // namespace dd::photo
