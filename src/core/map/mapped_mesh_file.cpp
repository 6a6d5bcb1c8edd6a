#include "core/map/mapped_mesh_file.h"

namespace chronomap {

MappedMeshFile::MappedMeshFile(const std::filesystem::path& path, const char (&magic)[8], std::string kind,
                               std::string hint, bool populate)
    : name_(path.string()), hint_(std::move(hint)) {
    try {
        file_ = std::make_unique<MappedFile>(path, populate);
    } catch (const std::runtime_error& e) {
        throw std::runtime_error(e.what() + hint_);
    }
    if (file_->size() < sizeof magic || std::memcmp(file_->data(), magic, sizeof magic) != 0)
        throw std::runtime_error(name_ + " is not a chronomap " + kind + " of this version" + hint_);
    offset_ = sizeof magic;
}

void MappedMeshFile::fail(const std::string& what) const { throw std::runtime_error(name_ + ": " + what + hint_); }

}  // namespace chronomap
