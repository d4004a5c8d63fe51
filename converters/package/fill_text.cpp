#include "converters/package/fill_text.hpp"

#include <array>

#include <utf8proc.h>

#include <cstdlib>
#include <map>
#include <set>
#include <unordered_map>

namespace mk {

namespace {

std::string fold_key_uncached(std::string_view text) {
    utf8proc_uint8_t* mapped = nullptr;
    auto length = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                               static_cast<utf8proc_ssize_t>(text.size()), &mapped,
                               static_cast<utf8proc_option_t>(UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD));
    std::string folded = length < 0 ? std::string(text) : std::string(reinterpret_cast<char*>(mapped), length);
    std::free(mapped);
    std::string result;
    for (char c : folded)
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') result += c;
    // No-break spaces (U+00A0) count as white space too.
    for (auto at = result.find("\xC2\xA0"); at != std::string::npos; at = result.find("\xC2\xA0")) result.erase(at, 2);
    return result;
}

}  // namespace

std::string fold_key(std::string_view text) {
    // Filling many documents from one template folds the same template texts again and again (one
    // cache per thread: documents are filled on several threads).
    thread_local std::unordered_map<std::string, std::string> folded;
    constexpr std::size_t max_entries = 100000;
    if (folded.size() >= max_entries) folded.clear();
    auto [it, added] = folded.try_emplace(std::string(text));
    if (added) it->second = fold_key_uncached(text);
    return it->second;
}

bool contains_all(std::string_view folded_haystack, const std::vector<std::string>& parts) {
    if (parts.empty()) return false;
    for (const auto& part : parts)
        if (folded_haystack.find(fold_key(part)) == std::string_view::npos) return false;
    return true;
}

bool under_headings(const std::vector<std::string>& folded_headings, const std::vector<std::string>& wanted) {
    for (const auto& part : wanted) {
        std::string key = fold_key(part);
        bool found = false;
        for (const auto& heading : folded_headings) found = found || heading.find(key) != std::string::npos;
        if (!found) return false;
    }
    return true;
}

cell_place place_of(const cell_fill& fill, const std::vector<std::string>& header,
                    const std::vector<std::string>& first_cells) {
    cell_place place{{}, header.size()};
    std::string column = fold_key(fill.column);
    for (std::size_t c = 0; c < header.size() && place.column == header.size(); ++c)
        if (fold_key(header[c]) == column) place.column = c;
    for (std::size_t c = 0; c < header.size() && place.column == header.size(); ++c)
        if (fold_key(header[c]).find(column) != std::string::npos) place.column = c;
    std::string row = fold_key(fill.row);
    std::string under = fold_key(fill.under);
    std::size_t r = 1;
    if (!under.empty()) {
        while (r < first_cells.size() && !fold_key(first_cells[r]).starts_with(under)) ++r;
        if (row.empty() && r < first_cells.size()) place.rows.push_back(r);
    }
    for (; r < first_cells.size() && (under.empty() || place.rows.empty()); ++r)
        if (fold_key(first_cells[r]) == row) place.rows.push_back(r);
    return place;
}

namespace {

struct match {
    std::size_t at = 0;
    std::size_t length = 0;
    const std::string* replacement = nullptr;
};

std::vector<match> find_matches(const std::string& text,
                                const std::vector<std::pair<std::string, std::string>>& replacements) {
    std::vector<match> found;
    // The first bytes of the texts to replace: most places start none of them.
    std::array<bool, 256> first_bytes{};
    for (const auto& entry : replacements)
        if (!entry.first.empty()) first_bytes[static_cast<unsigned char>(entry.first.front())] = true;
    std::size_t at = 0;
    while (at < text.size()) {
        if (!first_bytes[static_cast<unsigned char>(text[at])]) {
            ++at;
            continue;
        }
        const std::pair<std::string, std::string>* best = nullptr;
        for (const auto& entry : replacements)
            if (!entry.first.empty() && text.compare(at, entry.first.size(), entry.first) == 0 &&
                (!best || entry.first.size() > best->first.size()))
                best = &entry;
        if (!best) {
            ++at;
            continue;
        }
        found.push_back({at, best->first.size(), &best->second});
        at += best->first.size();
    }
    return found;
}

}  // namespace

bool replace_in_slots(const std::vector<pugi::xml_node>& slots,
                      const std::vector<std::pair<std::string, std::string>>& replacements) {
    std::vector<std::string> values;
    std::vector<std::size_t> starts;
    std::string text;
    for (auto slot : slots) {
        starts.push_back(text.size());
        values.emplace_back(slot.value());
        text += values.back();
    }
    auto matches = find_matches(text, replacements);
    if (matches.empty()) return false;
    // Back to front, so that the offsets of earlier matches stay valid.
    for (auto it = matches.rbegin(); it != matches.rend(); ++it) {
        std::size_t end = it->at + it->length;
        for (std::size_t i = 0; i < values.size(); ++i) {
            std::size_t from = starts[i];
            std::size_t to = from + values[i].size();
            if (to <= it->at || from >= end) continue;
            std::size_t cut_from = it->at > from ? it->at - from : 0;
            std::size_t cut_to = std::min(end, to) - from;
            std::string inserted = it->at >= from && it->at < to ? *it->replacement : std::string();
            values[i] = values[i].substr(0, cut_from) + inserted + values[i].substr(cut_to);
        }
    }
    for (std::size_t i = 0; i < slots.size(); ++i) {
        pugi::xml_node slot = slots[i];
        slot.set_value(values[i].c_str());
    }
    return true;
}

namespace {

// Canonical prefixes xml_part gives, with their URIs (the transitional spellings).
const std::map<std::string, std::string>& canonical_uris() {
    static const std::map<std::string, std::string> uris{
        {"w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main"},
        {"r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"},
        {"mc", "http://schemas.openxmlformats.org/markup-compatibility/2006"},
        {"a", "http://schemas.openxmlformats.org/drawingml/2006/main"},
        {"office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0"},
        {"table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0"},
        {"text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0"},
        {"style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0"},
        {"fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"},
        {"number", "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"},
        {"meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"},
        {"draw", "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"},
        {"xlink", "http://www.w3.org/1999/xlink"},
        {"dc", "http://purl.org/dc/elements/1.1/"},
    };
    return uris;
}

class name_restorer {
public:
    explicit name_restorer(pugi::xml_node root) : root_(root) {
        collect_prefixes(root);
        struct collector : pugi::xml_tree_walker {
            name_restorer& owner;
            explicit collector(name_restorer& restorer) : owner(restorer) {}
            bool for_each(pugi::xml_node& node) override {
                if (node.type() == pugi::node_element) owner.collect_prefixes(node);
                return true;
            }
        } walker(*this);
        root.traverse(walker);
    }

    void run() {
        visit(root_);
        for (const auto& prefix : used_) {
            auto known = canonical_uris().find(prefix);
            if (known == canonical_uris().end()) continue;
            std::string declaration = "xmlns:" + prefix;
            auto attr = root_.attribute(declaration.c_str());
            if (!attr) root_.append_attribute(declaration.c_str()) = known->second.c_str();
        }
        for (const auto& [uri, prefix] : added_)
            root_.append_attribute(("xmlns:" + prefix).c_str()) = uri.c_str();
    }

private:
    // Remembers the prefixes node declares, the first one for each URI.
    void collect_prefixes(pugi::xml_node node) {
        for (auto attr : node.attributes()) {
            std::string_view name = attr.name();
            if (name.starts_with("xmlns:")) prefixes_.try_emplace(attr.value(), std::string(name.substr(6)));
        }
    }

    void visit(pugi::xml_node node) {
        if (node.type() != pugi::node_element) return;
        restore(node);
        for (auto attr : node.attributes())
            if (!std::string_view(attr.name()).starts_with("xmlns")) restore(attr);
        for (auto child : node.children()) visit(child);
    }

    // Gives an element or attribute in an unknown namespace ("{uri}local") a prefix again, and
    // notes the prefix of every other.
    template <class Named>
    void restore(Named named) {
        std::string_view name = named.name();
        if (name.starts_with("{")) {
            named.set_name(restored(name).c_str());
            return;
        }
        auto colon = name.find(':');
        if (colon == std::string_view::npos) return;
        std::string_view prefix = name.substr(0, colon);
        if (prefix == last_used_) return;
        if (!used_.contains(prefix)) used_.emplace(prefix);
        last_used_ = prefix;  // a name not renamed, so it lives as long as the tree
    }

    std::string restored(std::string_view name) {
        auto close = name.find('}');
        std::string uri(name.substr(1, close - 1));
        std::string local(name.substr(close + 1));
        auto known = prefixes_.find(uri);
        if (known != prefixes_.end()) return known->second + ":" + local;
        auto& prefix = added_[uri];
        if (prefix.empty()) prefix = "mk" + std::to_string(added_.size());
        return prefix + ":" + local;
    }

    pugi::xml_node root_;
    std::map<std::string, std::string> prefixes_;
    std::map<std::string, std::string> added_;
    std::set<std::string, std::less<>> used_;
    std::string_view last_used_;
};

}  // namespace

std::string save_part(pugi::xml_node root) {
    name_restorer(root).run();
    struct string_writer : pugi::xml_writer {
        std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
        void write(const void* data, std::size_t size) override { out.append(static_cast<const char*>(data), size); }
    } writer;
    root.print(writer, "", pugi::format_raw, pugi::encoding_utf8);
    return std::move(writer.out);
}

}  // namespace mk
