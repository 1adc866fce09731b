#include "photo/JpegStructure.h"

#include <cstring>

namespace dd::photo {

namespace {

// Marker codes (ITU T.81, table B.1).
constexpr quint8 Sof0 = 0xC0;  // baseline DCT
constexpr quint8 Sof2 = 0xC2;  // progressive DCT, Huffman
constexpr quint8 Dht = 0xC4;   // not a frame: Huffman tables
constexpr quint8 Jpg = 0xC8;   // not a frame: reserved
constexpr quint8 Dac = 0xCC;   // not a frame: arithmetic conditioning
constexpr quint8 Sof15 = 0xCF; // last SOFn
constexpr quint8 Rst0 = 0xD0;
constexpr quint8 Rst7 = 0xD7;
constexpr quint8 Soi = 0xD8;
constexpr quint8 Eoi = 0xD9;
constexpr quint8 Sos = 0xDA;
constexpr quint8 App0 = 0xE0;
constexpr quint8 App1 = 0xE1;
constexpr quint8 App2 = 0xE2;
constexpr quint8 App14 = 0xEE;
constexpr quint8 Com = 0xFE;
constexpr quint8 Tem = 0x01;

quint8 byteAt(QByteArrayView data, qsizetype index)
{
    return static_cast<quint8>(data[index]);
}

int be16(QByteArrayView data, qsizetype index)
{
    return (byteAt(data, index) << 8) | byteAt(data, index + 1);
}

bool startsWith(QByteArrayView payload, QByteArrayView prefix)
{
    return payload.size() >= prefix.size() && payload.first(prefix.size()) == prefix;
}

bool isFrameMarker(quint8 marker)
{
    return marker >= Sof0 && marker <= Sof15 && marker != Dht && marker != Jpg && marker != Dac;
}

// The position of the marker that ends the entropy-coded data starting at `pos`, skipping
// stuffed zero bytes (FF 00), restart markers (FF D0–D7) and fill bytes; -1 when the data ends
// first.
qsizetype skipEntropyCodedData(QByteArrayView data, qsizetype pos)
{
    const qsizetype size = data.size();
    while (pos < size) {
        // The next FF: memchr reads a camera's megabytes in a fraction of a millisecond.
        const void *found = std::memchr(data.data() + pos, 0xFF, size_t(size - pos));
        if (!found) {
            return -1;
        }
        pos = static_cast<const char *>(found) - data.data();
        if (pos + 1 >= size) {
            return -1;
        }
        const quint8 next = byteAt(data, pos + 1);
        if (next == 0x00 || (next >= Rst0 && next <= Rst7)) {
            pos += 2;
        } else if (next == 0xFF) {
            ++pos; // a fill byte: the marker starts at the last FF
        } else {
            return pos;
        }
    }
    return -1;
}

void readSegment(JpegStructure &structure, quint8 marker, QByteArrayView payload, bool &frame)
{
    if (isFrameMarker(marker)) {
        if (frame || payload.size() < 6) {
            return; // a second frame header (or a broken one) changes nothing
        }
        frame = true;
        structure.baseline = marker == Sof0;
        structure.progressive = marker == Sof2;
        structure.precision = byteAt(payload, 0);
        structure.size = QSize(be16(payload, 3), be16(payload, 1));
        structure.components = byteAt(payload, 5);
        return;
    }
    switch (marker) {
    case App0:
        if (startsWith(payload, QByteArrayView("JFIF\0", 5))) {
            structure.jfif = true;
            if (payload.size() >= 12) {
                structure.densityUnits = byteAt(payload, 7);
                structure.densityX = be16(payload, 8);
                structure.densityY = be16(payload, 10);
            }
        }
        break;
    case App1:
        if (startsWith(payload, QByteArrayView("Exif\0", 5))) {
            structure.exif = true;
        } else if (startsWith(payload, QByteArrayView("http://ns.adobe.com/xap/1.0/\0", 29))
                   || startsWith(payload,
                                 QByteArrayView("http://ns.adobe.com/xmp/extension/\0", 35))) {
            structure.xmp = true;
        }
        break;
    case App2:
        if (startsWith(payload, QByteArrayView("ICC_PROFILE\0", 12))) {
            structure.icc = true;
        }
        break;
    case App14:
        if (startsWith(payload, "Adobe")) {
            structure.adobeTransform = true;
        }
        break;
    case Com:
        structure.comment = true;
        break;
    default:
        break;
    }
}

} // namespace

JpegStructure JpegStructure::parse(QByteArrayView data)
{
    JpegStructure structure;
    const qsizetype size = data.size();
    if (size < 3 || byteAt(data, 0) != 0xFF || byteAt(data, 1) != Soi || byteAt(data, 2) != 0xFF) {
        return structure;
    }
    structure.isJpeg = true;

    bool frame = false;
    bool scan = false;
    qsizetype pos = 2;
    while (pos < size) {
        if (byteAt(data, pos) != 0xFF) {
            return structure; // garbage where a marker should be
        }
        while (pos < size && byteAt(data, pos) == 0xFF) {
            ++pos; // fill bytes before a marker
        }
        if (pos >= size) {
            return structure;
        }
        const quint8 marker = byteAt(data, pos);
        ++pos;
        if (marker == Eoi) {
            structure.complete = frame && scan;
            structure.trailingBytes = size - pos;
            return structure;
        }
        if (marker == Tem || (marker >= Rst0 && marker <= Rst7)) {
            continue; // no length, no payload
        }
        if (marker == 0x00 || marker == Soi) {
            return structure; // not a marker here
        }
        if (pos + 2 > size) {
            return structure;
        }
        const int length = be16(data, pos);
        if (length < 2 || pos + length > size) {
            return structure; // a segment that claims more than the file holds
        }
        const QByteArrayView payload = data.sliced(pos + 2, length - 2);
        pos += length;
        if (marker == Sos) {
            if (!frame) {
                return structure; // a scan before any frame header
            }
            scan = true;
            pos = skipEntropyCodedData(data, pos);
            if (pos < 0) {
                return structure; // the data ends inside the scan: truncated
            }
            continue;
        }
        readSegment(structure, marker, payload, frame);
    }
    return structure;
}

} // namespace dd::photo
