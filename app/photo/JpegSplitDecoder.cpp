#include "photo/JpegSplitDecoder.h"

#include "photo/JpegError.h"

#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <QtEndian>

#include <algorithm>
#include <array>
#include <atomic>
#include <csetjmp>
#include <cstdio> // jpeglib.h needs FILE
#include <cstring>
#include <functional>
#include <memory>
#include <vector>

#include <jpeglib.h>

#if defined(LIBJPEG_TURBO_VERSION_NUMBER) && JPEG_LIB_VERSION == 62
#define DD_JPEG_SPLIT 1
#if __has_include(<jpegint.h>)
#include <jpegint.h>
#else
// libjpeg-turbo's entropy decoder interface (its jpegint.h, which not every package installs).
struct jpeg_entropy_decoder
{
    void (*start_pass)(j_decompress_ptr cinfo);
    boolean (*decode_mcu)(j_decompress_ptr cinfo, JBLOCKROW *MCU_data);
    boolean insufficient_data;
};
#endif
#endif

namespace dd::photo {

#ifdef DD_JPEG_SPLIT

namespace {

// ---- Huffman tables --------------------------------------------------------------------------

constexpr int Look = 9; // bits looked up at once; longer codes are searched length by length

// The position in a block (natural order) of the k-th coefficient in the zigzag order.
constexpr std::array<quint8, 64> Natural = {
    0,  1,  8,  16, 9,  2,  3,  10, 17, 24, 32, 25, 18, 11, 4,  5,  12, 19, 26, 33, 40, 48,
    41, 34, 27, 20, 13, 6,  7,  14, 21, 28, 35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23,
    30, 37, 44, 51, 58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55, 62, 63};

// An additional-bits value of `size` bits as the signed number it stands for (F.12).
inline int extend(int bits, int size)
{
    return bits < (1 << (size - 1)) ? bits - (1 << size) + 1 : bits;
}

// An AC code and its value together, when both fit in Look bits.
struct AcShortcut
{
    qint16 value = 0;
    quint8 run = 0;    // zeros before it
    quint8 length = 0; // code and value bits; 0: not here
};

struct HuffTable
{
    std::array<quint16, 1 << Look> fast{}; // (length << 8) | symbol; 0: the code is longer
    std::array<AcShortcut, 1 << Look> ac{};
    std::array<qint32, 18> maxcode{}; // the largest code of each length, -1 when none
    std::array<qint32, 18> valoffset{};
    std::array<quint8, 256> values{};

    // As libjpeg derives its tables (F.15), refusing what it refuses.
    bool build(const JHUFF_TBL &table, bool dc)
    {
        std::array<int, 257> sizes{};
        std::array<quint32, 257> codes{};
        int count = 0;
        for (int length = 1; length <= 16; ++length) {
            const int n = table.bits[length];
            if (count + n > 256) {
                return false;
            }
            for (int i = 0; i < n; ++i) {
                sizes[count++] = length;
            }
        }
        quint32 code = 0;
        int p = 0;
        int size = count > 0 ? sizes[0] : 0;
        while (p < count) {
            while (p < count && sizes[p] == size) {
                codes[p++] = code++;
            }
            if (code >= (quint32(1) << size)) {
                return false; // not a code tree: a code of all ones, or too many
            }
            code <<= 1;
            ++size;
        }
        p = 0;
        for (int length = 1; length <= 16; ++length) {
            if (table.bits[length] != 0) {
                valoffset[length] = p - qint32(codes[p]);
                p += table.bits[length];
                maxcode[length] = qint32(codes[p - 1]);
            } else {
                maxcode[length] = -1;
            }
        }
        for (int i = 0; i < 256; ++i) {
            values[i] = table.huffval[i];
            if (dc && i < count && values[i] > 15) {
                return false;
            }
        }
        for (p = 0; p < count && sizes[p] <= Look; ++p) {
            const quint32 first = codes[p] << (Look - sizes[p]);
            for (quint32 i = 0; i < (quint32(1) << (Look - sizes[p])); ++i) {
                fast[first + i] = quint16((sizes[p] << 8) | values[p]);
            }
        }
        if (!dc) {
            for (int i = 0; i < (1 << Look); ++i) {
                const int length = fast[i] >> 8;
                const int run = (fast[i] >> 4) & 15;
                const int bits = fast[i] & 15;
                if (length != 0 && bits != 0 && length + bits <= Look) {
                    const int raw = (i >> (Look - length - bits)) & ((1 << bits) - 1);
                    ac[i] =
                        AcShortcut{qint16(extend(raw, bits)), quint8(run), quint8(length + bits)};
                }
            }
        }
        return true;
    }

    // The symbol of the code at the top of `word`, and its length; -1 when there is none.
    Q_ALWAYS_INLINE int symbol(quint64 word, int &length) const
    {
        const quint16 code = fast[word >> (64 - Look)];
        if (code != 0) {
            length = code >> 8;
            return code & 0xFF;
        }
        return slowSymbol(word, length);
    }

    // The symbol of a code longer than Look bits at the top of `word`; -1 when there is none.
    int slowSymbol(quint64 word, int &length) const
    {
        for (int l = Look + 1; l <= 16; ++l) {
            const auto code = qint32(word >> (64 - l));
            if (code <= maxcode[l]) {
                const qint32 index = code + valoffset[l];
                if (index < 0 || index > 255) {
                    return -1;
                }
                length = l;
                return values[index];
            }
        }
        return -1;
    }
};

// ---- the entropy-coded data --------------------------------------------------------------------

// Zero bytes after the data, so that reading ahead never leaves the buffer: more than one MCU
// of the longest codes (10 blocks × 64 coefficients × 27 bits).
constexpr qsizetype Padding = 4096;

// The scan's bytes from `begin` to `end` into `out`, with the stuffed zero after each 0xFF
// taken out (fill bytes 0xFF before a 0x00 count once, as libjpeg reads them). Returns the
// bytes written; stops early at a marker (the end of the scan), and then says so in `marker`.
qsizetype unstuff(const uchar *begin, const uchar *end, uchar *out, bool *marker)
{
    constexpr quint64 Ones = 0x0101010101010101ULL;
    constexpr quint64 Highs = 0x8080808080808080ULL;
    uchar *o = out;
    const uchar *p = begin;
    *marker = false;
    while (p < end) {
        // Eight bytes at a time while none of them is 0xFF (none of their complements zero).
        while (end - p >= 8) {
            quint64 word;
            std::memcpy(&word, p, sizeof word);
            const quint64 complement = ~word;
            if (((complement - Ones) & ~complement & Highs) != 0) {
                break;
            }
            std::memcpy(o, &word, sizeof word);
            o += 8;
            p += 8;
        }
        if (p == end) {
            break;
        }
        const uchar byte = *p++;
        if (byte != 0xFF) {
            *o++ = byte;
            continue;
        }
        while (p < end && *p == 0xFF) {
            ++p;
        }
        if (p < end && *p == 0) {
            *o++ = 0xFF;
            ++p;
            continue;
        }
        *marker = true;
        break;
    }
    return o - out;
}

// The data's bits read from the top of a 64-bit word, refilled a byte at a time without a
// branch (at least 56 bits valid after a refill).
struct BitReader
{
    const uchar *base = nullptr;
    const uchar *next = nullptr; // the first byte not wholly in `buffer`
    quint64 buffer = 0;          // the next bits at the top; after `count` of them, zeros
    int count = 0;

    BitReader() = default;
    BitReader(const uchar *data, quint64 pos)
        : base(data)
        , next(data + (pos >> 3))
    {
        refill();
        skip(int(pos & 7));
    }
    void refill()
    {
        quint64 word;
        std::memcpy(&word, next, sizeof word);
        buffer |= qFromBigEndian(word) >> count;
        next += (63 - count) >> 3;
        count |= 56;
    }
    void skip(int n)
    {
        buffer <<= n;
        count -= n;
    }
    quint64 position() const { return quint64(next - base) * 8 - quint64(count); }
};

// An MCU's blocks: which component of the scan each belongs to and its tables.
struct Layout
{
    int blocks = 0;
    int components = 0;
    std::array<int, D_MAX_BLOCKS_IN_MCU> component{};
    std::array<const HuffTable *, D_MAX_BLOCKS_IN_MCU> dc{};
    std::array<const HuffTable *, D_MAX_BLOCKS_IN_MCU> ac{};
    std::array<bool, D_MAX_BLOCKS_IN_MCU> acNeeded{}; // libjpeg keeps AC only for IDCTs > 1×1
};

// Where the decoded coefficients go: straight into libjpeg's blocks (zeroed), or kept as
// 16-bit entries for later. Per block the entries are its DC value, then each nonzero AC as
// (zigzag position << 10 | value) when the value fits in 10 bits, otherwise Wide followed by
// the position and the value, then EndOfBlock.
constexpr quint16 EndOfBlock = 0;
constexpr quint16 Wide = 1;
// Entries one MCU can take at most.
inline qsizetype mcuEntries(const Layout &layout)
{
    return qsizetype(layout.blocks) * (2 + 63 * 3);
}

struct EntrySink
{
    quint16 *out;
    void begin(int) {}
    void dc(int value) { *out++ = quint16(qint16(value)); }
    void ac(int k, int value)
    {
        if (value >= -512 && value < 512) {
            *out++ = quint16((k << 10) | (value & 0x3FF));
        } else {
            out[0] = Wide;
            out[1] = quint16(k);
            out[2] = quint16(qint16(value));
            out += 3;
        }
    }
    void end() { *out++ = EndOfBlock; }
};

struct BlockSink
{
    JBLOCKROW *blocks;
    const Layout *layout;
    JCOEF *block = nullptr;
    bool keepAc = false;
    void begin(int b)
    {
        block = blocks[b][0];
        keepAc = layout->acNeeded[b];
    }
    void dc(int value) { block[0] = JCOEF(value); }
    void ac(int k, int value)
    {
        if (keepAc) {
            block[Natural[k]] = JCOEF(value);
        }
    }
    void end() {}
};

// Decodes the next MCU as libjpeg does (F.2.2), `dc` holding the last DC value of each
// component. False where libjpeg would warn or go on otherwise (a code no table has, a value
// wider than baseline allows, a coefficient past the 64th): the caller then leaves the decode
// to libjpeg.
template<typename Sink>
Q_ALWAYS_INLINE bool decodeMcu(const Layout &layout, BitReader &in, int *dc, Sink &sink)
{
    for (int b = 0; b < layout.blocks; ++b) {
        sink.begin(b);
        in.refill();
        quint64 word = in.buffer;
        int length = 0;
        int size = layout.dc[b]->symbol(word, length);
        if (size < 0 || size > 11) {
            return false;
        }
        int value = 0;
        if (size != 0) {
            value = extend(int((word << length) >> (64 - size)), size);
        }
        in.skip(length + size);
        int &last = dc[layout.component[b]];
        last += value;
        sink.dc(last);

        const HuffTable &act = *layout.ac[b];
        int k = 1;
        while (k < 64) {
            in.refill();
            word = in.buffer;
            const AcShortcut shortcut = act.ac[word >> (64 - Look)];
            if (shortcut.length != 0) {
                in.skip(shortcut.length);
                k += shortcut.run;
                if (k > 63) {
                    return false;
                }
                sink.ac(k, shortcut.value);
                ++k;
                continue;
            }
            const int symbol = act.symbol(word, length);
            if (symbol < 0) {
                return false;
            }
            const int run = symbol >> 4;
            size = symbol & 15;
            if (size != 0) {
                if (size > 10) {
                    return false;
                }
                k += run;
                if (k > 63) {
                    return false;
                }
                sink.ac(k, extend(int((word << length) >> (64 - size)), size));
                in.skip(length + size);
                ++k;
            } else {
                in.skip(length);
                if (run != 15) {
                    break; // end of block
                }
                k += 16;
            }
        }
        sink.end();
    }
    return true;
}

// ---- the second core's half ------------------------------------------------------------------

// Where an MCU starts: its first bit, its first entry, the DC values before it.
struct Start
{
    quint64 pos;
    qint64 offset;
    std::array<int, MAX_COMPS_IN_SCAN> dc;
};

// Units the second core decodes with no error before it shows its starts: a start found in
// noise that soon fails is not worth a comparison.
constexpr int Probation = 8;
// Bits the second core moves its first start on before it gives up.
constexpr quint64 MaxSearchBits = 1 << 16;
// The second core's starts the main thread passes before it stops looking for a meeting.
constexpr qint64 MaxCompared = 1 << 14;

// The second core's half: from the first bit of its part of the data (or the first bit after
// it where Probation units decode) to the end, or as many units as `limit` says once the main
// thread has found where they meet.
struct SecondHalf
{
    std::unique_ptr<Start[]> starts;
    std::unique_ptr<quint16[]> entries;
    qint64 capacity = 0; // units
    std::atomic<qint64> published{0};
    std::atomic<qint64> limit{-1};     // -1: not known yet; 0: stop
    qint64 decoded = 0;                // units decoded (when done)
    qint64 bytes = 0;                  // its data's bytes, stuffing taken out
    std::atomic_bool running{false};   // its task has begun
    std::atomic_bool unstuffed{false}; // its bytes are there
};

void decodeSecondHalf(const Layout &layout, const uchar *bits, quint64 endBits, SecondHalf &half)
{
    quint64 begin = 0;
    quint16 *const base = half.entries.get();
    for (;;) {
        if (begin > MaxSearchBits || begin >= endBits
            || half.limit.load(std::memory_order_relaxed) == 0) {
            return; // nothing published: the main thread decodes on alone
        }
        std::array<int, MAX_COMPS_IN_SCAN> dc{};
        BitReader in(bits, begin);
        EntrySink sink{base};
        qint64 n = 0;
        for (; n < Probation; ++n) {
            half.starts[n] = Start{in.position(), sink.out - base, dc};
            if (!decodeMcu(layout, in, dc.data(), sink) || in.position() > endBits) {
                break;
            }
        }
        if (n < Probation) {
            ++begin;
            continue;
        }
        half.published.store(n, std::memory_order_release);
        for (;;) {
            const qint64 limit = half.limit.load(std::memory_order_relaxed);
            if ((limit >= 0 && n >= limit) || n >= half.capacity) {
                break;
            }
            half.starts[n] = Start{in.position(), sink.out - base, dc};
            if (!decodeMcu(layout, in, dc.data(), sink) || in.position() > endBits) {
                break;
            }
            ++n;
            half.published.store(n, std::memory_order_release);
        }
        half.decoded = n;
        return;
    }
}

// ---- libjpeg ---------------------------------------------------------------------------------

void createDecompress(jpeg_decompress_struct *info, JpegError *error)
{
    error->install(info);
    jpeg_create_decompress(info);
}

boolean feedMcu(j_decompress_ptr info, JBLOCKROW *blocks);

// The header and the scale, then the decoder set up with feedMcu for its Huffman decoder
// (each libjpeg call in a frame holding nothing with a destructor: an error jumps back here).
// `entropyStart` receives the offset of the scan's data. False when libjpeg fails or the file
// is not one this decoder takes.
bool startDecompress(jpeg_decompress_struct *info, JpegError *error, const QByteArray &data,
                     int denominator, qsizetype *entropyStart)
{
    if (setjmp(error->jump) != 0) {
        return false;
    }
    const auto *begin = reinterpret_cast<const unsigned char *>(data.constData());
    jpeg_mem_src(info, begin, static_cast<unsigned long>(data.size()));
    if (jpeg_read_header(info, TRUE) != JPEG_HEADER_OK) {
        return false;
    }
    if (info->progressive_mode || info->arith_code || info->num_components != 3
        || info->comps_in_scan != 3 || info->data_precision != 8 || info->restart_interval != 0) {
        return false;
    }
    *entropyStart = qsizetype(info->src->next_input_byte - begin);
    info->scale_num = 1;
    info->scale_denom = static_cast<unsigned int>(denominator);
    jpeg_start_decompress(info);
    if (info->output_components != 3 || info->blocks_in_MCU > D_MAX_BLOCKS_IN_MCU) {
        return false;
    }
    info->entropy->decode_mcu = feedMcu;
    return true;
}

// ---- the rows ----------------------------------------------------------------------------------

struct Feed;

// Rows [from, feed->stopRow) of the output into `pixels`, libjpeg reading its units from
// `feed` (which may bring stopRow forward as it goes).
bool readRows(jpeg_decompress_struct *info, JpegError *error, Feed *feed, uchar *pixels,
              qsizetype stride, JDIMENSION from);

// The units after the meeting, as the second core left them: its unit `index` is the
// image's unit `meet`, its DC values off by `dcShift`.
struct SecondUnits
{
    const quint16 *entries = nullptr;
    const Start *starts = nullptr;
    qint64 meet = -1; // -1: not met
    qint64 index = 0;
    std::array<int, MAX_COMPS_IN_SCAN> dcShift{};
};

// What one libjpeg instance's decode_mcu reads from. The main thread's decodes the units
// from the data itself, looking for the meeting with the second core's as it goes; once met,
// it reads the rest from the second core's entries, and the rows after its stop row are left
// to another instance on the second core, which reads entries only.
struct Feed
{
    const Layout *layout = nullptr;
    qint64 total = 0;
    qint64 next = 0; // the unit libjpeg asks for next
    JDIMENSION stopRow = 0;
    SecondUnits second;

    // The main thread's own decode. Its data is its own part (`boundary` bits) followed by
    // the second core's, which that core unstuffs meanwhile: the main thread waits for it
    // before it reads that far.
    struct Own
    {
        BitReader in;
        std::array<int, MAX_COMPS_IN_SCAN> dc{};
        quint64 boundary = 0;
        quint64 endBits = 0; // `boundary` until the second core's part is there
        quint64 margin = 0;  // bits one unit can read at most, and a refill more
        SecondHalf *half = nullptr;
        QFuture<void> halfDone;
        qint64 compared = 0;
        bool looking = true;
        // Called once met: starts the lower rows on the second core, returns the stop row.
        std::function<JDIMENSION(const SecondUnits &)> met;
    };
    Own *own = nullptr;
    bool failed = false;

    // Whether the second core's units start at this unit's first bit: then they are this
    // unit and the rest.
    void lookForMeeting(qint64 unit)
    {
        Own &o = *own;
        const quint64 at = o.in.position();
        if (at < o.boundary) {
            return;
        }
        const quint64 pos = at - o.boundary; // in the second core's part
        SecondHalf &half = *o.half;
        const qint64 published = half.published.load(std::memory_order_acquire);
        while (o.compared < published && half.starts[o.compared].pos < pos) {
            ++o.compared;
        }
        const bool found = o.compared < published && half.starts[o.compared].pos == pos;
        if (!found) {
            if (o.compared >= MaxCompared) {
                stopLooking();
            }
            return;
        }
        // Met: the second core needs the rest, no more.
        const qint64 needed = o.compared + (total - unit);
        half.limit.store(needed, std::memory_order_relaxed);
        o.halfDone.waitForFinished();
        o.looking = false;
        if (half.decoded < needed) {
            return; // it stopped short (a bad code further on): decode on here
        }
        second.entries = half.entries.get();
        second.starts = half.starts.get();
        second.meet = unit;
        second.index = o.compared;
        for (int c = 0; c < layout->components; ++c) {
            second.dcShift[c] = o.dc[c] - half.starts[o.compared].dc[c];
        }
        stopRow = o.met(second);
    }
    void stopLooking()
    {
        own->looking = false;
        own->half->limit.store(0, std::memory_order_relaxed);
    }

    bool take(JBLOCKROW *blocks)
    {
        const qint64 unit = next++;
        if (unit >= total) {
            return false;
        }
        if (own && second.meet < 0) {
            if (own->endBits == own->boundary && own->in.position() + own->margin > own->boundary) {
                // About to read into the second core's part: wait for its bytes (a fraction of
                // a millisecond). When the pool has not started that core's task (its threads
                // taken since), waiting for it runs it here.
                while (!own->half->unstuffed.load(std::memory_order_acquire)) {
                    if (!own->half->running.load(std::memory_order_acquire)) {
                        own->halfDone.waitForFinished();
                        break;
                    }
                    QThread::yieldCurrentThread();
                }
                own->endBits = own->boundary + quint64(own->half->bytes) * 8;
            }
            if (own->looking) {
                lookForMeeting(unit);
            }
            if (second.meet < 0) {
                BlockSink sink{blocks, layout};
                return decodeMcu(*layout, own->in, own->dc.data(), sink)
                       && own->in.position() <= own->endBits;
            }
        }
        if (blocks == nullptr) {
            return true; // skipped
        }
        if (second.meet < 0 || unit < second.meet) {
            return false; // not a unit this instance can have
        }
        const quint16 *e = second.entries + second.starts[second.index + unit - second.meet].offset;
        for (int b = 0; b < layout->blocks; ++b) {
            JCOEF *block = blocks[b][0];
            block[0] = JCOEF(int(qint16(*e++)) + second.dcShift[layout->component[b]]);
            const bool ac = layout->acNeeded[b];
            for (quint16 x = *e++; x != EndOfBlock; x = *e++) {
                int k = x >> 10;
                int value = 0;
                if (k != 0) {
                    value = int(qint16(quint16(x << 6))) >> 6;
                } else {
                    k = e[0];
                    value = qint16(e[1]);
                    e += 2;
                }
                if (ac) {
                    block[Natural[k]] = JCOEF(value);
                }
            }
        }
        return true;
    }
};

boolean feedMcu(j_decompress_ptr info, JBLOCKROW *blocks)
{
    Feed &feed = *static_cast<Feed *>(info->client_data);
    if (feed.take(blocks)) {
        return TRUE;
    }
    // Suspending makes jpeg_read_scanlines return no row: readRows fails.
    feed.failed = true;
    return FALSE;
}

bool readRows(jpeg_decompress_struct *info, JpegError *error, Feed *feed, uchar *pixels,
              qsizetype stride, JDIMENSION from)
{
    if (setjmp(error->jump) != 0) {
        return false;
    }
    info->client_data = feed;
    if (from > 0 && jpeg_skip_scanlines(info, from) != from) {
        return false;
    }
    while (info->output_scanline < feed->stopRow) {
        JSAMPROW row = pixels + qsizetype(info->output_scanline) * stride;
        if (jpeg_read_scanlines(info, &row, 1) != 1 || feed->failed) {
            return false;
        }
    }
    return !feed->failed;
}

// A libjpeg decoder of `data` ready for rows, for the second core.
struct Decompress
{
    jpeg_decompress_struct info{};
    JpegError error{};
    bool ready = false;

    Decompress(const QByteArray &data, int denominator)
    {
        createDecompress(&info, &error);
        qsizetype start = 0;
        ready = startDecompress(&info, &error, data, denominator, &start);
    }
    ~Decompress() { jpeg_destroy_decompress(&info); }
    Decompress(const Decompress &) = delete;
    Decompress &operator=(const Decompress &) = delete;
};

struct Tables
{
    std::array<HuffTable, NUM_HUFF_TBLS> dc;
    std::array<HuffTable, NUM_HUFF_TBLS> ac;
};

// The tables and the MCU's layout from a started decoder; false for a table libjpeg would not
// take either.
bool readLayout(const jpeg_decompress_struct &info, Tables &tables, Layout &layout)
{
    std::array<bool, NUM_HUFF_TBLS> dcBuilt{};
    std::array<bool, NUM_HUFF_TBLS> acBuilt{};
    layout.blocks = info.blocks_in_MCU;
    layout.components = info.comps_in_scan;
    for (int b = 0; b < info.blocks_in_MCU; ++b) {
        const int c = info.MCU_membership[b];
        const jpeg_component_info *component = info.cur_comp_info[c];
        const int dcNo = component->dc_tbl_no;
        const int acNo = component->ac_tbl_no;
        if (dcNo < 0 || dcNo >= NUM_HUFF_TBLS || acNo < 0 || acNo >= NUM_HUFF_TBLS
            || !info.dc_huff_tbl_ptrs[dcNo] || !info.ac_huff_tbl_ptrs[acNo]) {
            return false;
        }
        if (!dcBuilt[dcNo]) {
            if (!tables.dc[dcNo].build(*info.dc_huff_tbl_ptrs[dcNo], true)) {
                return false;
            }
            dcBuilt[dcNo] = true;
        }
        if (!acBuilt[acNo]) {
            if (!tables.ac[acNo].build(*info.ac_huff_tbl_ptrs[acNo], false)) {
                return false;
            }
            acBuilt[acNo] = true;
        }
        layout.component[b] = c;
        layout.dc[b] = &tables.dc[dcNo];
        layout.ac[b] = &tables.ac[acNo];
        layout.acNeeded[b] = component->DCT_scaled_size > 1;
    }
    return true;
}

bool poolHasRoom()
{
    QThreadPool *pool = QThreadPool::globalInstance();
    return pool->activeThreadCount() < pool->maxThreadCount();
}

// The part of the data the main thread decodes (with the rows of it): the second core only
// decodes, so it starts a little past the middle.
// (Measured on a 12-megapixel photo at 1/4 scale: 0.44 to 0.56 within 1 ms, 0.48 the best.)
constexpr double MainShare = 0.48;

// Everything after the main thread's decoder has started.
QImage decodeStarted(jpeg_decompress_struct *info, JpegError *error, const QByteArray &data,
                     int denominator, qsizetype entropyStart, qsizetype minEntropyBytes,
                     JpegSplitDecoder::Trace *trace)
{
    const auto *begin = reinterpret_cast<const uchar *>(data.constData());
    if (data.size() - entropyStart < minEntropyBytes || !poolHasRoom()) {
        return {};
    }
    const auto tables = std::make_unique<Tables>();
    Layout layout;
    if (!readLayout(*info, *tables, layout)) {
        return {};
    }
    const qint64 total = qint64(info->MCUs_per_row) * qint64(info->MCU_rows_in_scan);
    const uchar *scan = begin + entropyStart;
    const qsizetype length = data.size() - entropyStart;
    // Every block takes two bits at least (its DC and its end): a header claiming more units
    // than the data can hold is not decoded here (nor given room for them).
    if (length < 64 || total * layout.blocks * 2 > qint64(length) * 8) {
        return {};
    }
    QImage image(int(info->output_width), int(info->output_height), QImage::Format_RGB888);
    if (image.isNull()) {
        return {};
    }

    // The data split into the main thread's part and the second core's, each unstuffed by its
    // own thread into one buffer, the second part at its offset in the file, the first then
    // moved to end where it starts: one run of bits. The split is never just after a 0xFF.
    qsizetype split = qsizetype(double(length) * MainShare);
    while (split < length && scan[split - 1] == 0xFF) {
        ++split;
    }
    const auto buffer = std::unique_ptr<uchar[]>(new uchar[std::size_t(length + Padding)]);
    uchar *const secondPart = buffer.get() + split;

    // Room for all the second core's units without a check per entry: a nonzero AC takes
    // two bits at least (its code and its value; three entries only for values of 10 bits
    // and more), a block two entries more (its DC and its end); one MCU more for the one that
    // runs past the end.
    // (At least Probation units: a tiny image's data is searched like any other.)
    SecondHalf half;
    half.capacity = std::max<qint64>(total, Probation);
    half.starts = std::unique_ptr<Start[]>(new Start[std::size_t(half.capacity)]);
    const qint64 maxEntries =
        qint64(length - split) * 4 + half.capacity * 2 * layout.blocks + mcuEntries(layout);
    half.entries = std::unique_ptr<quint16[]>(new quint16[std::size_t(maxEntries)]);

    Feed::Own own;
    own.half = &half;
    own.halfDone = QtConcurrent::run([&layout, &half, scan, split, length, secondPart] {
        half.running.store(true, std::memory_order_release);
        bool marker = false;
        half.bytes = unstuff(scan + split, scan + length, secondPart, &marker);
        std::memset(secondPart + half.bytes, 0, Padding);
        half.unstuffed.store(true, std::memory_order_release);
        decodeSecondHalf(layout, secondPart, quint64(half.bytes) * 8, half);
    });
    bool marker = false;
    const qsizetype firstBytes = unstuff(scan, scan + split, buffer.get(), &marker);
    if (marker) {
        // The scan ends before the split: not a file to decode this way.
        half.limit.store(0, std::memory_order_relaxed);
        own.halfDone.waitForFinished();
        return {};
    }
    uchar *const bits = secondPart - firstBytes;
    std::memmove(bits, buffer.get(), std::size_t(firstBytes));
    own.in = BitReader(bits, 0);
    own.boundary = quint64(firstBytes) * 8;
    own.endBits = own.boundary;
    own.margin = quint64(layout.blocks) * 64 * 27 + 64; // 64 codes of 16 bits and values of 11

    uchar *pixels = image.bits();
    const qsizetype stride = image.bytesPerLine();
    const JDIMENSION height = info->output_height;
    const auto rowsPerUnitRow = JDIMENSION(info->min_DCT_scaled_size * info->max_v_samp_factor);
    const qint64 unitsPerRow = info->MCUs_per_row;

    // Once met, the rows after the meeting's unit row are shared: the lower part on the
    // second core by an instance of its own. It starts a unit row later than it could: where
    // the upsampling reads the row above (full and half scale), skipping to a row reads the
    // unit row before it.
    QFuture<bool> lower;
    Feed lowerFeed{&layout, total, 0, height, {}, nullptr, false};
    own.met = [&](const SecondUnits &second) {
        const JDIMENSION meetRow = JDIMENSION(second.meet / unitsPerRow + 2) * rowsPerUnitRow;
        const JDIMENSION lowerFrom =
            meetRow >= height ? height
                              : meetRow + (height - meetRow) / 2 / rowsPerUnitRow * rowsPerUnitRow;
        if (lowerFrom >= height) {
            return height;
        }
        lowerFeed.second = second;
        lower = QtConcurrent::run([&data, denominator, &lowerFeed, pixels, stride, lowerFrom] {
            Decompress other(data, denominator);
            return other.ready
                   && readRows(&other.info, &other.error, &lowerFeed, pixels, stride, lowerFrom);
        });
        return lowerFrom;
    };
    if (trace != nullptr && trace->secondCoreFirst) {
        own.halfDone.waitForFinished();
    }
    Feed feed{&layout, total, 0, height, {}, &own, false};
    const bool upper = readRows(info, error, &feed, pixels, stride, 0);
    if (own.looking) {
        feed.stopLooking();
    }
    own.halfDone.waitForFinished();
    const bool lowerRead = !lower.isValid() || lower.result();
    if (trace) {
        trace->split = feed.second.meet >= 0;
        trace->meetMcu = feed.second.meet;
        trace->totalMcus = total;
        trace->skippedBits = feed.second.meet >= 0 ? qint64(half.starts[feed.second.index].pos) : 0;
    }
    if (!upper || !lowerRead) {
        return {};
    }
    return image;
}

QImage decodeSplit(const QByteArray &data, int denominator, JpegSplitDecoder::Trace *trace,
                   qsizetype minEntropyBytes)
{
    jpeg_decompress_struct info;
    JpegError error;
    createDecompress(&info, &error);
    QImage image;
    qsizetype entropyStart = 0;
    if (startDecompress(&info, &error, data, denominator, &entropyStart)) {
        image =
            decodeStarted(&info, &error, data, denominator, entropyStart, minEntropyBytes, trace);
    }
    jpeg_destroy_decompress(&info);
    return image;
}

} // namespace

QImage JpegSplitDecoder::read(const QByteArray &data, int denominator, Trace *trace,
                              qsizetype minEntropyBytes)
{
    if (denominator != 1 && denominator != 2 && denominator != 4 && denominator != 8) {
        return {};
    }
    return decodeSplit(data, denominator, trace, minEntropyBytes);
}

#else

QImage JpegSplitDecoder::read(const QByteArray &, int, Trace *, qsizetype)
{
    return {};
}

#endif

QImage JpegSplitDecoder::read(const QByteArray &data, int denominator)
{
    return read(data, denominator, nullptr, MinEntropyBytes);
}

} // namespace dd::photo
