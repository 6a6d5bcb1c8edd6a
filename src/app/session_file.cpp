#include "app/session_file.h"

#include <fstream>
#include <nlohmann/json.hpp>

#include "core/io/atomic_file.h"

namespace chronomap {

bool read_session(const std::string& path, ViewState& view, std::string& file, std::string& error) {
    std::ifstream in(path);
    if (!in) return true;  // not there yet: it is created on quit
    try {
        nlohmann::json json = nlohmann::json::parse(in);
        view = view_state_from_json(json);
        if (json.contains("file") && json["file"].is_string() && file.empty()) file = json["file"].get<std::string>();
    } catch (const std::exception& e) {
        error = "session " + path + ": " + e.what() + " (delete the file to start afresh)";
        return false;
    }
    return true;
}

std::string write_session(const std::string& path, const Session& session) {
    nlohmann::ordered_json json = to_json(session.view);
    json["file"] = session.file;
    json["timeline"] = {{"start", format_time(session.timeline.start, TimePrecision::second)},
                        {"end", format_time(session.timeline.end, TimePrecision::second)}};
    try {
        write_file_atomically(path, json.dump(2) + "\n");
    } catch (const std::exception& e) {
        return e.what();
    }
    return "";
}

}  // namespace chronomap
