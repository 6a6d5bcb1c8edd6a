#include "postgis/postgis_workspace.h"

#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "postgis/pg_connection.h"
#include "postgis/postgis_schema.h"

namespace chronomap::postgis {
namespace {

std::string number_text(double v) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.6f", v);
    return buffer;
}

// What the rows' own JSON says of the choice, as `chronomap geocode` writes it, so that every
// reader of the row (another client's window, `render`, an export) places it the same way.
std::string geocoded_json(const ChosenPlace& chosen, const std::string& user) {
    nlohmann::ordered_json g = nlohmann::ordered_json::object();
    if (chosen.choice.geonameid) g["geonameid"] = *chosen.choice.geonameid;
    g["name"] = chosen.display_name.empty() ? chosen.choice.name : chosen.display_name;
    if (!chosen.choice.country.empty()) g["country"] = chosen.choice.country;
    g["lon"] = std::round(chosen.position.lon * 1e5) / 1e5;
    g["lat"] = std::round(chosen.position.lat * 1e5) / 1e5;
    g["precision"] = "town";
    g["method"] = "alias";
    g["evidence"] = "chosen in review by " + user;
    return g.dump();
}

class PostgisWorkspace : public SharedWorkspace {
  public:
    PostgisWorkspace(const std::string& connection, std::string table, std::string deck)
        : db_(connection), table_(std::move(table)), deck_(deck.empty() ? table_ : std::move(deck)) {
        check_events_table(db_, table_);
    }
    std::string where() const override { return "table " + table_ + " at " + db_.where(); }
    std::string deck_name() const override { return deck_; }
    std::vector<UnplacedName> unplaced_names(size_t limit) override;
    std::int64_t save_place_choices(const std::vector<ChosenPlace>& choices) override;
    std::vector<std::string> deck_names() override;
    std::optional<SharedDeck> load_deck(const std::string& name) override;
    DeckSaved save_deck(const SharedDeck& deck) override;

  private:
    bool has_stories_table();
    // Runs `work` in a transaction: committed when it returns, rolled back when it throws.
    template <class Work>
    auto in_transaction(Work work) {
        db_.exec("BEGIN");
        try {
            auto result = work();
            db_.exec("COMMIT");
            return result;
        } catch (...) {
            if (db_.is_ok()) {
                try {
                    db_.exec("ROLLBACK");
                } catch (const PgError&) {
                }
            }
            throw;
        }
    }
    PgConnection db_;
    std::string table_, deck_;
};

std::vector<UnplacedName> PostgisWorkspace::unplaced_names(size_t limit) {
    PgResult r = db_.exec_params(
        "SELECT place_name, coalesce(country, ''), coalesce(region, ''), coalesce(district, ''), count(*), "
        "to_json((array_agg(coalesce(nullif(title, ''), id) ORDER BY time_start, import_order))[1:3])::text "
        "FROM " + db_.quote_identifier(table_) +
            " WHERE geom IS NULL AND coalesce(place_name, '') <> '' GROUP BY 1, 2, 3, 4 ORDER BY 5 DESC, 1 LIMIT $1",
        std::vector<std::string>{std::to_string(limit)});
    std::vector<UnplacedName> names;
    for (int i = 0; i < r.rows(); ++i) {
        UnplacedName n;
        n.query = {r.text(i, 0), r.text(i, 1), r.text(i, 2), r.text(i, 3)};
        n.events = r.number(i, 4);
        for (const auto& title : nlohmann::json::parse(r.text(i, 5)))
            if (title.is_string()) n.titles.push_back(title.get<std::string>());
        names.push_back(std::move(n));
    }
    return names;
}

std::int64_t PostgisWorkspace::save_place_choices(const std::vector<ChosenPlace>& choices) {
    if (choices.empty()) return 0;
    return in_transaction([&] {
        std::string user = db_.exec("SELECT current_user").text(0, 0);
        // The table's "places", as a file's: `import` and every reader place these names so.
        nlohmann::ordered_json entries = nlohmann::ordered_json::object();
        for (const ChosenPlace& c : choices) {
            PlaceChoice with_position = c.choice;
            with_position.coordinates = c.position;  // the rows' position, whatever the gazetteer
            entries[c.choice.name] = nlohmann::ordered_json::parse(place_choice_entry(with_position));
        }
        // `||` merges on the server, under the row's lock: two people saving at once both
        // keep their choices.
        db_.exec_params(std::string("INSERT INTO ") + kMetadataTable + " AS m (table_name, places) VALUES ($1, $2::jsonb) "
                            "ON CONFLICT (table_name) DO UPDATE SET places = coalesce(m.places, '{}'::jsonb) || "
                            "EXCLUDED.places, updated_at = now()",
                        std::vector<std::string>{table_, entries.dump()});
        // Every event naming the place, except those placed by their own coordinates.
        std::int64_t placed = 0;
        for (const ChosenPlace& c : choices) {
            PgResult rows = db_.exec_params(
                "UPDATE " + db_.quote_identifier(table_) +
                    " SET geom = ST_SetSRID(ST_MakePoint($2::float8, $3::float8), 4326), location_precision = 'town', "
                    "place_source = 'geocoded', imported_at = now(), event = event || jsonb_build_object('geocoded', $4::jsonb) "
                    "WHERE place_name = $1 AND place_source IS DISTINCT FROM 'coordinates' RETURNING 1",
                std::vector<std::string>{c.choice.name, number_text(c.position.lon), number_text(c.position.lat),
                                         geocoded_json(c, user)});
            placed += rows.rows();
        }
        return placed;
    });
}

bool PostgisWorkspace::has_stories_table() {
    return !db_.exec_params("SELECT to_regclass($1)", std::vector<std::string>{kStoriesTable}).is_null(0, 0);
}

std::vector<std::string> PostgisWorkspace::deck_names() {
    std::vector<std::string> names;
    if (!has_stories_table()) return names;
    PgResult r = db_.exec_params(std::string("SELECT name FROM ") + kStoriesTable + " WHERE table_name = $1 ORDER BY name",
                                 std::vector<std::string>{table_});
    for (int i = 0; i < r.rows(); ++i) names.push_back(r.text(i, 0));
    return names;
}

std::optional<SharedDeck> PostgisWorkspace::load_deck(const std::string& name) {
    if (!has_stories_table()) return std::nullopt;
    PgResult r = db_.exec_params(std::string("SELECT deck, revision FROM ") + kStoriesTable +
                                     " WHERE table_name = $1 AND name = $2",
                                 std::vector<std::string>{table_, name});
    if (r.rows() == 0) return std::nullopt;
    return SharedDeck{name, r.text(0, 0), r.number(0, 1)};
}

DeckSaved PostgisWorkspace::save_deck(const SharedDeck& deck) {
    return in_transaction([&] {
        db_.exec(std::string("CREATE TABLE IF NOT EXISTS ") + kStoriesTable + R"( (
            table_name text NOT NULL,
            name text NOT NULL,
            deck text NOT NULL,
            revision bigint NOT NULL DEFAULT 1,
            updated_at timestamptz NOT NULL DEFAULT now(),
            updated_by text NOT NULL DEFAULT current_user,
            PRIMARY KEY (table_name, name)
        ))");
        // Only over the revision this client read: a colleague's save in between is never lost.
        PgResult saved =
            deck.revision > 0
                ? db_.exec_params(std::string("UPDATE ") + kStoriesTable +
                                      " SET deck = $3, revision = revision + 1, updated_at = now(), updated_by = current_user "
                                      "WHERE table_name = $1 AND name = $2 AND revision = $4 RETURNING revision",
                                  std::vector<std::string>{table_, deck.name, deck.text, std::to_string(deck.revision)})
                : db_.exec_params(std::string("INSERT INTO ") + kStoriesTable +
                                      " (table_name, name, deck) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING revision",
                                  std::vector<std::string>{table_, deck.name, deck.text});
        if (saved.rows()) return DeckSaved{deck.name, saved.number(0, 0), false};
        // Someone saved it first: theirs stays, this one is kept beside it under a new name.
        std::string stamp = db_.exec("SELECT current_user || ', ' || to_char(now(), 'YYYY-MM-DD HH24:MI')").text(0, 0);
        for (int n = 1;; ++n) {
            std::string name = deck.name + " (" + stamp + (n > 1 ? ", " + std::to_string(n) : "") + ")";
            PgResult copy = db_.exec_params(std::string("INSERT INTO ") + kStoriesTable +
                                                " (table_name, name, deck) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING revision",
                                            std::vector<std::string>{table_, name, deck.text});
            if (copy.rows()) return DeckSaved{name, copy.number(0, 0), true};
        }
    });
}

}  // namespace

std::unique_ptr<SharedWorkspace> open_postgis_workspace(const std::string& connection, const std::string& table,
                                                        const std::string& deck) {
    return std::make_unique<PostgisWorkspace>(connection, table, deck);
}

}  // namespace chronomap::postgis
