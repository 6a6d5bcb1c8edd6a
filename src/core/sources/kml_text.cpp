#include "core/sources/kml_text.h"

namespace chronomap {
namespace {

std::string decoded(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\n' || text.front() == '\t' || text.front() == '\r'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\n' || text.back() == '\t' || text.back() == '\r'))
        text.remove_suffix(1);
    if (text.starts_with("<![CDATA[") && text.ends_with("]]>")) return std::string(text.substr(9, text.size() - 12));
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '&') {
            out += text[i];
            continue;
        }
        static constexpr std::pair<std::string_view, char> kEntities[] = {
            {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
        bool found = false;
        for (auto [entity, c] : kEntities)
            if (text.substr(i, entity.size()) == entity) {
                out += c, i += entity.size() - 1, found = true;
                break;
            }
        if (!found) out += '&';
    }
    return out;
}

// The text of the first <tag>...</tag> (with or without a namespace prefix) in `block`.
std::string element(std::string_view block, std::string_view tag) {
    for (size_t at = block.find(tag); at != std::string_view::npos; at = block.find(tag, at + 1)) {
        if (at == 0 || (block[at - 1] != '<' && block[at - 1] != ':')) continue;
        size_t open_end = at + tag.size();
        if (open_end >= block.size() || (block[open_end] != '>' && block[open_end] != ' ')) continue;
        size_t content = block.find('>', open_end);
        if (content == std::string_view::npos) return {};
        size_t close = block.find('<', content + 1);
        // CDATA holds '<': look for the closing tag itself.
        size_t closing = block.find("/" + std::string(tag) + ">", content + 1);
        if (closing == std::string_view::npos) return {};
        size_t stop = block.rfind('<', closing);
        if (close == std::string_view::npos || stop == std::string_view::npos) return {};
        return decoded(block.substr(content + 1, stop - content - 1));
    }
    return {};
}

}  // namespace

KmlText scan_kml_text(std::string_view text) {
    KmlText out;
    size_t first_placemark = text.find("Placemark");
    size_t document = text.find("Document");
    if (document != std::string_view::npos && document < first_placemark) {
        // The document's own <name> comes before its folders and placemarks.
        size_t limit = std::min(first_placemark, text.find("Folder", document));
        out.document_name = element(text.substr(document, limit - document), "name");
    }
    for (size_t at = text.find("<Placemark"); at != std::string_view::npos; at = text.find("<Placemark", at + 1)) {
        size_t end = text.find("</Placemark>", at);
        if (end == std::string_view::npos) break;
        std::string_view block = text.substr(at, end - at);
        out.placemarks.push_back({element(block, "name"), element(block, "when"), element(block, "begin"),
                                  element(block, "end")});
        at = end;
    }
    return out;
}

}  // namespace chronomap
