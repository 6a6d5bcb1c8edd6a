// Saves survive being killed at any moment: a child process saves events (the geocode
// writer), review choices (the places table) and a story-like deck over and over while the
// parent kills it with SIGKILL at random moments, 100 times; the file is always exactly the
// old or the new version, never torn or empty.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "core/io/atomic_file.h"
#include "core/events/event_writer.h"
#include "core/placement/place_choices.h"

using namespace chronomap;
namespace fs = std::filesystem;

namespace {
std::string read_all(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// A file large enough (about 1 MB) that a write takes a while to land.
std::string big_event_file() {
    std::string text = "{\n  \"chronomap\": 1,\n  \"events\": [\n";
    for (int i = 0; i < 6000; ++i)
        text += std::string(i ? ",\n" : "") + "    {\"id\": \"e" + std::to_string(i) +
                "\", \"time\": \"2017-10-04\", \"place\": \"Misrata\", \"title\": \"Une attaque à Misrata, "
                "événement numéro " +
                std::to_string(i) + "\"}";
    return text + "\n  ]\n}\n";
}
}  // namespace

TEST_CASE("A save killed at any moment leaves the old or the new file, never a torn one") {
    fs::path folder = fs::temp_directory_path() / ("chronomap-kill-test-" + std::to_string(::getpid()));
    fs::create_directories(folder);
    fs::path file = folder / "events.json";
    const std::string old_text = big_event_file();
    // The three saves chronomap makes, each as its writer produces it.
    auto add_geocoded = [](size_t, nlohmann::ordered_json& event) { event["geocoded"] = {{"name", "Misrata"}}; };
    const std::string events_text = edit_event_document(old_text, add_geocoded);
    const std::string review_text = add_place_choices(old_text, {{"Misrata", 2214846u, std::nullopt, "LY"}});
    const std::string deck_text = "{\"title\": \"Briefing\", \"slides\": [" + std::string(200000, ' ') + "]}\n";
    const std::string* new_texts[] = {&events_text, &review_text, &deck_text};

    std::mt19937 random(12345);
    int torn = 0, saw_new = 0;
    for (int round = 0; round < 100; ++round) {
        const std::string& new_text = *new_texts[round % 3];
        {
            std::ofstream out(file, std::ios::binary | std::ios::trunc);
            out << old_text;
        }
        pid_t child = ::fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            // Save the new version, then the old, then the new ... until killed.
            for (int k = 0;; ++k) {
                try {
                    if (round % 3 == 0)
                        write_edited_event_file(file, k % 2 ? events_text : old_text,
                                                [&](size_t, nlohmann::ordered_json&) {});
                    else if (round % 3 == 1)
                        write_file_atomically(file, k % 2 ? old_text : review_text);
                    else
                        write_file_atomically(file, k % 2 ? old_text : deck_text);
                } catch (...) {
                    ::_exit(3);
                }
            }
        }
        ::usleep(std::uniform_int_distribution<int>(0, 30000)(random));
        ::kill(child, SIGKILL);
        int status = 0;
        ::waitpid(child, &status, 0);
        CHECK(WIFSIGNALED(status));
        std::string now = read_all(file);
        bool whole = now == old_text || now == new_text || (round % 3 == 0 && now == edit_event_document(old_text, [](size_t, nlohmann::ordered_json&) {}));
        if (!whole) ++torn;
        if (now == new_text) ++saw_new;
    }
    CHECK(torn == 0);
    CHECK(saw_new > 0);  // the kills did land between saves too, not only before the first
    fs::remove_all(folder);
}
