// A story slide's caption on the map: the title and caption large enough to read from the
// back of a room, on a panel in the corner farthest from the events the slide talks about
// (its box goes to FrameShared::keep_clear so labels avoid it), with the slide number and
// the sources of the events shown in small type. The window and the exported slides and
// videos draw through this same layer, so they are the same pixels.
// With only a title it is a date stamp (`render --animate`).
#pragma once

#include <string>
#include <vector>

#include "core/events/event_store.h"
#include "core/map/label_placement.h"
#include "core/story/story.h"
#include "render/layer.h"
#include "render/shape_batch.h"
#include "render/text_batch.h"

namespace chronomap {

struct CaptionContent {
    std::string title;          // empty with an empty caption: nothing is drawn
    std::string caption;        // **bold** and *italic*
    int number = 0, count = 0;  // "3 / 7"; 0: not shown
    bool sources = true;        // cite the sources of the events the slide talks about
};

// What slide `index` of `story` shows: its title, caption and "index+1 / count".
CaptionContent caption_for_slide(const Story& story, size_t index);

class CaptionLayer final : public Layer {
  public:
    CaptionLayer(const EventStore& store, FontAtlas& atlas) : store_(&store), text_(atlas) {}
    // The events whose sources it cites, when the map draws another store (a server's window).
    void set_store(const EventStore& store) { store_ = &store; }
    std::string_view name() const override { return "caption"; }
    void set_content(CaptionContent content) { content_ = std::move(content); }
    const CaptionContent& content() const { return content_; }
    // Also hides the panel (blank screen, transitions) without losing the content.
    void set_visible(bool visible) { visible_ = visible; }
    void prepare(const FrameContext& frame, FrameShared& shared) override;
    void draw(const FrameContext& frame, FrameShared& shared) override;
    // The device-pixel box of the last panel laid out (tests check where it went).
    const ScreenBox& last_box() const { return box_; }

  private:
    const EventStore* store_;
    CaptionContent content_;
    bool visible_ = true;
    ShapeBatch shapes_;
    TextBatch text_;
    ScreenBox box_;
};

}  // namespace chronomap
