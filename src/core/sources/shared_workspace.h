// What several people working on one server-backed event base share besides the events:
// the review's place choices and the story decks. A file keeps these in itself (its
// "places" table) and beside itself (EVENTS.story.json); a database keeps them in tables of
// its own, so that a colleague's choice or deck is there on their next window or reload.
// A source gives one (EventSource::workspace) with a connection of its own, used from the
// UI thread only.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/gazetteer/batch_geocoding.h"
#include "core/map/web_mercator.h"
#include "core/placement/place_choices.h"

namespace chronomap {

// A name the base's unplaced events write, with how many events write it.
struct UnplacedName {
    PlaceQuery query;
    std::int64_t events = 0;
    std::vector<std::string> titles;  // up to three of those events' titles (or ids)
};

// A review choice with the position it stands for (a GeoNames place's or a clicked one):
// the server filters windows by position, so the rows need it, not only the name.
struct ChosenPlace {
    PlaceChoice choice;
    LonLat position;
    std::string display_name;  // the gazetteer's name of the place, for the rows' "geocoded"
};

// A deck as the workspace keeps it: its JSON text (docs/story-format.md) and the revision a
// later save must still find, so that two people never overwrite each other unknowingly.
struct SharedDeck {
    std::string name;
    std::string text;
    std::int64_t revision = 0;
};

struct DeckSaved {
    std::string name;  // the name it was saved under: another when someone saved first
    std::int64_t revision = 0;
    bool conflict = false;  // someone saved the deck since it was read: kept as a copy
};

class SharedWorkspace {
  public:
    virtual ~SharedWorkspace() = default;
    // "table events at 127.0.0.1:5433/news", for the panels' messages.
    virtual std::string where() const = 0;

    // The names of unplaced events, most events first. Throws std::runtime_error (a server
    // error, with what to do) when it cannot answer.
    virtual std::vector<UnplacedName> unplaced_names(size_t limit) = 0;
    // Keeps the choices and places every event naming them (not those with coordinates of
    // their own), all or nothing. Returns how many events were placed. Throws as above.
    virtual std::int64_t save_place_choices(const std::vector<ChosenPlace>& choices) = 0;

    // The deck this workspace was opened on (`?story=NAME`), or the table's own.
    virtual std::string deck_name() const = 0;
    virtual std::vector<std::string> deck_names() = 0;
    virtual std::optional<SharedDeck> load_deck(const std::string& name) = 0;
    // Saves `deck.text` under `deck.name` if nobody saved it since `deck.revision` was read
    // (revision 0: a new deck); else under a new name, said in the answer. Throws as above.
    virtual DeckSaved save_deck(const SharedDeck& deck) = 0;
};

}  // namespace chronomap
