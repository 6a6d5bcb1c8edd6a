// Country, city and first-level region names on the basemap, by zoom (core/place_names), so
// a reader knows where the events are ("south-east of Homs", "in the Deir ez-Zor
// governorate"). Region names come last: they take the room the others leave. Muted: country names in spaced capitals,
// city names smaller beside a dot. They give way to everything else: event markers and
// labels (shared.taken) and panels (shared.keep_clear). Names in the map's language
// (core/place_names/name_language.h), chosen at build time by the same rule as the event labels'
// (core/place_names/exonyms.h).
#pragma once

#include <filesystem>
#include <string>
#include <optional>
#include <vector>

#include "core/events/event_store.h"
#include "core/place_names/place_name_file.h"
#include "core/place_names/place_name_layout.h"
#include "core/place_names/region_name_file.h"
#include "render/layer.h"
#include "render/shape_batch.h"
#include "render/text_batch.h"

namespace chronomap {

class PlaceNameLayer final : public Layer {
  public:
    // Reads geodata/place-names.tsv and region-names.tsv; without them the layer draws
    // nothing (and says so once).
    PlaceNameLayer(const EventStore& store, const std::filesystem::path& geodata, FontAtlas& atlas);
    std::string_view name() const override { return "place_names"; }
    // Placed in draw(): it runs after the event labels' layer has published what it took.
    void draw(const FrameContext& frame, FrameShared& shared) override;

  private:
    struct Camera {
        double x = 0, y = 0, zoom = 0, scale = 0;
        int width = 0, height = 0;
        bool operator==(const Camera&) const = default;
    };
    void gather(const FrameContext& frame);  // once per camera change

    void gather_regions(const FrameContext& frame);
    bool is_region(size_t shown_index) const { return shown_index >= names_.size(); }

    std::vector<PlaceName> names_;
    std::optional<PlaceNameIndex> index_;  // over names_, built once
    std::vector<RegionName> regions_;  // shown_ holds names_.size() + i for regions_[i]
    bool french_ = false;
    TextBatch text_;
    ShapeBatch shapes_;
    Camera camera_;
    std::vector<size_t> shown_;              // indexes into names_, then regions_
    std::vector<NameCandidate> candidates_;  // one per shown_
    std::vector<std::string> texts_;         // as drawn ("S Y R I E" is spaced when drawn)
};

}  // namespace chronomap
