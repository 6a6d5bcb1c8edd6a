#include "video/gif_palette.h"

#include <algorithm>
#include <cmath>

namespace chronomap {
namespace {

constexpr int kBins = 1 << 15;  // 5 bits per channel

int bin_of(const std::uint8_t* p) {
    return (p[0] >> 3) << 10 | (p[1] >> 3) << 5 | (p[2] >> 3);
}
int channel(int bin, int c) {
    return (bin >> (10 - 5 * c)) & 31;
}

struct Box {
    std::vector<int> bins;  // populated bins in this box
    long long weight = 0;
};

}  // namespace

PalettedFrame quantize_frame(const Image& frame, int max_colors) {
    std::vector<std::uint32_t> histogram(kBins, 0);
    size_t pixels = static_cast<size_t>(frame.width) * frame.height;
    for (size_t i = 0; i < pixels; ++i) histogram[bin_of(&frame.rgba[i * 4])]++;

    std::vector<Box> boxes(1);
    for (int b = 0; b < kBins; ++b)
        if (histogram[b]) boxes[0].bins.push_back(b), boxes[0].weight += histogram[b];
    // Split the box with the widest channel range (weighted by pixels) at its weighted median.
    while (static_cast<int>(boxes.size()) < max_colors) {
        int best = -1, best_channel = 0;
        long long best_score = 0;
        for (size_t k = 0; k < boxes.size(); ++k) {
            if (boxes[k].bins.size() < 2) continue;
            for (int c = 0; c < 3; ++c) {
                int lo = 31, hi = 0;
                for (int b : boxes[k].bins)
                    lo = std::min(lo, channel(b, c)), hi = std::max(hi, channel(b, c));
                // Range times a damped weight: big flat areas get exact colours, edges still split.
                long long score =
                    static_cast<long long>(hi - lo) *
                    (1 + static_cast<long long>(std::sqrt(static_cast<double>(boxes[k].weight))));
                if (score > best_score)
                    best_score = score, best = static_cast<int>(k), best_channel = c;
            }
        }
        if (best < 0) break;
        Box& box = boxes[static_cast<size_t>(best)];
        std::sort(box.bins.begin(), box.bins.end(), [&](int a, int b) {
            return channel(a, best_channel) != channel(b, best_channel)
                       ? channel(a, best_channel) < channel(b, best_channel)
                       : a < b;
        });
        long long half = box.weight / 2, running = 0;
        size_t cut = 1;
        for (; cut < box.bins.size(); ++cut) {
            running += histogram[box.bins[cut - 1]];
            if (running >= half) break;
        }
        cut = std::clamp<size_t>(cut, 1, box.bins.size() - 1);
        Box upper;
        upper.bins.assign(box.bins.begin() + static_cast<long>(cut), box.bins.end());
        box.bins.resize(cut);
        box.weight = 0;
        for (int b : box.bins) box.weight += histogram[b];
        for (int b : upper.bins) upper.weight += histogram[b];
        boxes.push_back(std::move(upper));
    }

    PalettedFrame out;
    std::vector<std::uint8_t> index_of_bin(kBins, 0);
    for (size_t k = 0; k < boxes.size(); ++k) {
        double sum[3] = {0, 0, 0};
        for (int b : boxes[k].bins)
            for (int c = 0; c < 3; ++c)
                sum[c] += (channel(b, c) * 8 + 4) * static_cast<double>(histogram[b]);
        std::uint32_t rgb[3];
        for (int c = 0; c < 3; ++c)
            rgb[c] = static_cast<std::uint32_t>(std::clamp(
                sum[c] / static_cast<double>(std::max<long long>(boxes[k].weight, 1)) + 0.5, 0.0,
                255.0));
        out.palette[k] = 0xFF000000u | rgb[0] << 16 | rgb[1] << 8 | rgb[2];
        for (int b : boxes[k].bins) index_of_bin[b] = static_cast<std::uint8_t>(k);
    }
    out.indices.resize(pixels);
    for (size_t i = 0; i < pixels; ++i) out.indices[i] = index_of_bin[bin_of(&frame.rgba[i * 4])];
    return out;
}

}  // namespace chronomap
