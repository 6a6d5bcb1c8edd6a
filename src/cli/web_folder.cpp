#include "cli/web_folder.h"

#include <unistd.h>

#include <fstream>

#include "core/io/atomic_file.h"

namespace chronomap::cli {
namespace {

// Left in every folder export: what marks a folder as ours, safe to replace.
constexpr const char* kMarker = ".chronomap-export";

std::filesystem::path sibling(const std::filesystem::path& target, const char* what) {
    return target.parent_path() / ("." + target.filename().string() + "." + what + "-" + std::to_string(getpid()));
}

std::filesystem::path without_trailing_slash(std::filesystem::path folder) {
    while (!folder.empty() && !folder.has_filename() && folder.has_parent_path() && folder != folder.root_path())
        folder = folder.parent_path();
    return folder;
}

}  // namespace

bool names_a_folder(const std::string& argument) {
    std::error_code ec;
    return !argument.empty() && (argument.back() == '/' || std::filesystem::is_directory(argument, ec));
}

std::string WebFolder::check(const std::filesystem::path& given) {
    std::filesystem::path folder = without_trailing_slash(given);
    std::filesystem::path parent = folder.parent_path();
    if (parent.empty()) parent = ".";
    std::error_code ec;
    if (!std::filesystem::is_directory(parent, ec))
        return "the folder " + parent.string() + " does not exist (create it, or write elsewhere)";
    if (access(parent.c_str(), W_OK) != 0)
        return "cannot write in " + parent.string() + " (permission denied); choose another folder";
    if (std::filesystem::exists(folder, ec) && !std::filesystem::is_directory(folder, ec))
        return folder.string() + " is a file, not a folder; remove it or name another folder";
    if (std::filesystem::is_directory(folder, ec) && !std::filesystem::is_empty(folder, ec) &&
        !std::filesystem::exists(folder / kMarker, ec))
        return folder.string() + " is not empty and is not an earlier chronomap export; name a new or empty folder "
               "(nothing in it was changed)";
    return "";
}

WebFolder::WebFolder(std::filesystem::path folder)
    : target_(without_trailing_slash(std::move(folder))), temporary_(sibling(target_, "partial")) {
    std::error_code ec;
    std::filesystem::remove_all(temporary_, ec);
    if (!std::filesystem::create_directory(temporary_, ec))
        throw WriteError("cannot create " + temporary_.string() + ": " + ec.message());
    write(kMarker, "A web export by chronomap: the next export to this folder replaces it whole.\n");
}

WebFolder::~WebFolder() {
    if (committed_) return;
    std::error_code ec;
    std::filesystem::remove_all(temporary_, ec);
}

void WebFolder::write(const std::filesystem::path& relative, std::string_view bytes) {
    std::filesystem::path path = temporary_ / relative;
    std::error_code ec;
    std::filesystem::create_directories(path.parent_path(), ec);
    std::ofstream out(path, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) throw WriteError("cannot write " + path.string() + " (disk full?)");
}

void WebFolder::commit() {
    // Flush the files before the rename makes them visible under the target's name.
    ::sync();
    std::error_code ec;
    std::filesystem::path old;
    if (std::filesystem::exists(target_, ec)) {  // an earlier export (or an empty folder): set aside
        old = sibling(target_, "old");
        std::filesystem::remove_all(old, ec);
        std::filesystem::rename(target_, old, ec);
        if (ec) throw WriteError("cannot replace " + target_.string() + ": " + ec.message());
    }
    std::filesystem::rename(temporary_, target_, ec);
    if (ec) {
        std::error_code ignored;
        if (!old.empty()) std::filesystem::rename(old, target_, ignored);  // put the earlier one back
        throw WriteError("cannot rename " + temporary_.string() + " to " + target_.string() + ": " + ec.message());
    }
    committed_ = true;
    if (!old.empty()) std::filesystem::remove_all(old, ec);
}

}  // namespace chronomap::cli
