// The folder form of the web exports (`present --export DIR/ --web`): DIR/index.html and its
// images as files beside it. Written whole or not at all: everything goes into a hidden
// sibling folder that replaces DIR by rename at the end; a failure removes it. A folder that is
// not empty and holds no earlier chronomap export is refused, so no unrelated file is lost.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace chronomap::cli {

class WebFolder {
public:
    // Returns an error text (what, where, what to do), or "" when `folder` may be written.
    static std::string check(const std::filesystem::path& folder);

    // Creates the temporary sibling folder; throws WriteError.
    explicit WebFolder(std::filesystem::path folder);
    ~WebFolder();  // removes the temporary folder unless commit() succeeded
    WebFolder(const WebFolder&) = delete;
    WebFolder& operator=(const WebFolder&) = delete;

    // `relative` is a path inside the folder, e.g. "slides/01.webp"; throws WriteError.
    void write(const std::filesystem::path& relative, std::string_view bytes);
    // Puts the folder in place of the target (an earlier export there is replaced); throws WriteError.
    void commit();

    const std::filesystem::path& target() const { return target_; }

private:
    std::filesystem::path target_, temporary_;
    bool committed_ = false;
};

// A trailing '/' or an existing folder: the folder form.
bool names_a_folder(const std::string& argument);

}  // namespace chronomap::cli
