// Place names next to the markers, placed without collisions (core/map/label_placement.h):
// the places with the most casualties and events get their label first. A place the geocoder
// found is named as the basemap names it, in the map's language ("Tadmor" -> "Palmyre").
#pragma once

#include <string>
#include <unordered_map>
#include <filesystem>
#include <memory>
#include <vector>

#include "core/events/event_store.h"
#include "core/map/label_placement.h"
#include "core/place_names/exonyms.h"
#include "render/frame_context.h"
#include "render/layer.h"
#include "render/text_batch.h"

namespace chronomap {

class LabelLayer final : public Layer {
public:
    // Reads GEODATA/exonyms.tsv: a place the geocoder found is labelled by its name in the
    // map's language (core/place_names/event_place_name.h), as the basemap names it.
    LabelLayer(const EventStore& store, const std::filesystem::path& geodata, FontAtlas& atlas);
    std::string_view name() const override { return "labels"; }
    // Placed here, not in prepare(): the boxes of every panel (shared.keep_clear, published
    // by the layers above in their prepare()) are never covered.
    void draw(const FrameContext& frame, FrameShared& shared) override;

private:
    // Adds the boxes of the markers and labels it draws to `taken`.
    size_t place(const FrameContext& frame, const std::vector<ScreenBox>& obstacles, std::vector<ScreenBox>& taken);
    // The label for a place name as written: the place, not the press phrase around it.
    const std::string& label_of(StringId place_name);
    const EventStore& store_;
    std::shared_ptr<const ExonymTable> exonyms_;
    NameLanguage language_;
    TextBatch text_;
    std::unordered_map<StringId, std::string> labels_;  // worked out once per name
    std::vector<std::string> placed_texts_;  // this frame's
};

// Past this many shown events the map is a density picture and labels are left out.
inline constexpr size_t kMaxLabelledEvents = 20000;

}  // namespace chronomap
