#include "converters/package/fill_memory.hpp"

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>

#include "converters/package/fill_text.hpp"

namespace mk {
namespace {

// %XX for the characters that separate the memory's parts, '%' itself and control characters.
std::string escaped(std::string_view text) {
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string out;
    for (char c : text) {
        auto byte = static_cast<unsigned char>(c);
        if (c == '%' || c == ';' || c == '=' || byte < 0x20 || byte == 0x7F) {
            out += '%';
            out += hex[byte >> 4];
            out += hex[byte & 0xF];
        } else {
            out += c;
        }
    }
    return out;
}

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

std::optional<std::string> unescaped(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '%') {
            out += text[i];
            continue;
        }
        if (i + 2 >= text.size()) return std::nullopt;
        int high = hex_digit(text[i + 1]);
        int low = hex_digit(text[i + 2]);
        if (high < 0 || low < 0) return std::nullopt;
        out += static_cast<char>(high * 16 + low);
        i += 2;
    }
    return out;
}

std::vector<std::string_view> split(std::string_view text, char separator) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (true) {
        std::size_t end = text.find(separator, start);
        parts.push_back(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (end == std::string_view::npos) return parts;
        start = end + 1;
    }
}

// FNV-1a, 64 bits: the same text always gives the same fingerprint, on every platform.
class fingerprint_hash {
public:
    void add(std::string_view text) {
        for (char c : text) {
            value_ ^= static_cast<unsigned char>(c);
            value_ *= 0x100000001B3ULL;
        }
    }
    std::uint64_t value() const { return value_; }
    std::string hex() const {
        static constexpr char digits[] = "0123456789abcdef";
        std::string out(16, '0');
        for (std::size_t i = 0; i < 16; ++i) out[15 - i] = digits[(value_ >> (4 * i)) & 0xF];
        return out;
    }

private:
    std::uint64_t value_ = 0xCBF29CE484222325ULL;
};

// Whether b is a table-of-contents entry, which an office program regenerates.
bool is_toc_entry(const block& b) { return b.style.starts_with("TOC "); }

// The key of a text in its folded form.
std::uint32_t key_of_folded(std::string_view folded) {
    fingerprint_hash hash;
    hash.add(folded);
    return static_cast<std::uint32_t>(hash.value() ^ hash.value() >> 32);
}

// The keys of a document's content, as fill_memory keeps them.
struct content_keys {
    // Of each paragraph's text and of its notes' (table cells included): fill_memory::texts.
    std::set<std::uint32_t> texts;
    // Of its pictures and embedded objects, as a memory of the version asked for keys them:
    // fill_memory::pictures.
    std::set<std::uint32_t> pictures;
    // Each of those keys with the keys of the same pictures as a memory written now keys them.
    std::multimap<std::uint32_t, std::uint32_t> pictures_now;
};

// Adds blocks to the fingerprint hash and, with keys, their keys to keys, the pictures' as a memory
// of version keys them.
void add_blocks(fingerprint_hash& hash, content_keys* keys, const std::vector<block>& blocks,
                char version = fill_memory_version) {
    for (const block& b : blocks) {
        if (b.kind == block_kind::table) {
            hash.add("\x01");
            for (const auto& row : b.rows) {
                hash.add("\x02");
                for (const auto& cell : row.cells) {
                    hash.add("\x03");
                    add_blocks(hash, keys, cell.blocks, version);
                }
            }
            hash.add("\x04");
            continue;
        }
        if (is_toc_entry(b)) continue;
        // A note's text is remembered, not fingerprinted: a template's footnote is the filler's.
        if (keys)
            for (const block_note& note : b.notes) {
                if (!is_picture(note.kind)) {
                    keys->texts.insert(key_of_folded(fold_key(note.text)));
                    continue;
                }
                std::uint32_t key = picture_key(note, version);
                keys->pictures.insert(key);
                keys->pictures_now.emplace(key, picture_key(note, fill_memory_version));
            }
        std::string folded = fold_key(b.text);
        if (folded.empty()) continue;
        hash.add(folded);
        hash.add("\n");
        if (keys) keys->texts.insert(key_of_folded(folded));
    }
}

// The keys, eight hexadecimal digits each, one after the other.
std::string encoded_keys(const std::vector<std::uint32_t>& keys) {
    static constexpr char digits[] = "0123456789abcdef";
    std::string out;
    for (std::uint32_t key : keys)
        for (int shift = 28; shift >= 0; shift -= 4) out += digits[(key >> shift) & 0xF];
    return out;
}

std::optional<std::vector<std::uint32_t>> decoded_keys(std::string_view text) {
    if (text.size() % 8 != 0) return std::nullopt;
    std::vector<std::uint32_t> keys;
    for (std::size_t at = 0; at < text.size(); at += 8) {
        std::uint32_t key = 0;
        for (char c : text.substr(at, 8)) {
            int digit = hex_digit(c);
            if (digit < 0) return std::nullopt;
            key = key << 4 | static_cast<std::uint32_t>(digit);
        }
        keys.push_back(key);
    }
    if (!std::is_sorted(keys.begin(), keys.end())) return std::nullopt;
    return keys;
}

// Whether memory has a fingerprint, and it is fingerprint.
bool fingerprint_matches(const std::optional<fill_memory>& memory, const std::string& fingerprint) {
    return memory && !memory->fingerprint.empty() && memory->fingerprint == fingerprint;
}

}  // namespace

const std::string* fill_memory::written(std::string_view key) const {
    for (const auto& [slot, text] : slots)
        if (slot == key) return &text;
    return nullptr;
}

bool fill_memory::wrote(const block& b) const {
    return texts && (is_toc_entry(b) || std::binary_search(texts->begin(), texts->end(), text_key(b.text)));
}

bool fill_memory::wrote_picture(const block_note& note) const {
    return pictures && std::binary_search(pictures->begin(), pictures->end(), picture_key(note, version));
}

bool fill_memory::wrote_page_text(std::string_view text) const {
    return page_texts && std::binary_search(page_texts->begin(), page_texts->end(), page_text_key(text));
}

std::string encode_fill_memory(const fill_memory& memory) {
    std::string out = std::string("v=") + fill_memory_version;
    if (!memory.fingerprint.empty()) out += ";fingerprint=" + escaped(memory.fingerprint);
    for (const auto& [key, text] : memory.slots) out += ";slot=" + escaped(key) + "=" + escaped(text);
    if (memory.texts) out += ";texts=" + encoded_keys(*memory.texts);
    if (memory.page_texts) out += ";pages=" + encoded_keys(*memory.page_texts);
    if (memory.pictures) out += ";pictures=" + encoded_keys(*memory.pictures);
    return out;
}

std::optional<fill_memory> decode_fill_memory(std::string_view text) {
    auto parts = split(text, ';');
    if (parts.front().size() != 3 || !parts.front().starts_with("v=") || parts.front()[2] < '1' ||
        parts.front()[2] > fill_memory_version)
        return std::nullopt;
    char version = parts.front()[2];
    fill_memory memory;
    memory.version = version;
    for (std::size_t i = 1; i < parts.size(); ++i) {
        auto fields = split(parts[i], '=');
        if (fields.size() == 2 && fields[0] == "fingerprint") {
            auto value = unescaped(fields[1]);
            if (!value) return std::nullopt;
            memory.fingerprint = std::move(*value);
        } else if (fields.size() == 3 && fields[0] == "slot") {
            auto key = unescaped(fields[1]);
            auto value = unescaped(fields[2]);
            if (!key || !value) return std::nullopt;
            memory.slots.emplace_back(std::move(*key), std::move(*value));
        } else if (fields.size() == 2 && fields[0] == "texts" && version >= '2') {
            memory.texts = decoded_keys(fields[1]);
            if (!memory.texts) return std::nullopt;
        } else if (fields.size() == 2 && fields[0] == "pages" && version >= '3') {
            memory.page_texts = decoded_keys(fields[1]);
            if (!memory.page_texts) return std::nullopt;
        } else if (fields.size() == 2 && fields[0] == "pictures" && version >= '4') {
            memory.pictures = decoded_keys(fields[1]);
            if (!memory.pictures) return std::nullopt;
        } else {
            return std::nullopt;
        }
    }
    return memory;
}

std::string content_fingerprint(const document& doc) {
    fingerprint_hash hash;
    add_blocks(hash, nullptr, doc.blocks);
    return hash.hex();
}

std::uint32_t text_key(std::string_view text) { return key_of_folded(fold_key(text)); }

std::uint32_t picture_key(const block_note& note, char version) {
    std::string_view text = note.text;
    if (version < '5' && note.kind == note_kind::embedded_object) text = text.substr(0, text.find('\n'));
    return text_key(text);
}

std::uint32_t page_text_key(std::string_view text) {
    std::string without_digits;
    for (char c : text)
        if (c < '0' || c > '9') without_digits += c;
    return text_key(without_digits);
}

namespace {

// The keys (page_text_key) of doc's page headers and footers.
std::set<std::uint32_t> page_text_keys(const document& doc) {
    std::set<std::uint32_t> keys;
    for (const std::string& text : doc.page_headers) keys.insert(page_text_key(text));
    for (const std::string& text : doc.page_footers) keys.insert(page_text_key(text));
    return keys;
}

// Whether known, when known, holds every one of keys.
bool all_known(const std::optional<std::vector<std::uint32_t>>& known, const std::set<std::uint32_t>& keys) {
    return !known || std::all_of(keys.begin(), keys.end(), [&](std::uint32_t key) {
        return std::binary_search(known->begin(), known->end(), key);
    });
}

// unchanged() of a document with this fingerprint and these keys.
bool unchanged_with(const std::optional<fill_memory>& memory, const fingerprint_hash& hash, const content_keys& keys,
                    const std::set<std::uint32_t>& page_keys) {
    return fingerprint_matches(memory, hash.hex()) && all_known(memory->texts, keys.texts) &&
           all_known(memory->pictures, keys.pictures) && all_known(memory->page_texts, page_keys);
}

// The keys of what the filler wrote among keys (a filled document's): all of them on a first
// filling (before_keys nullptr); on a refill, all but the person's, those of before_keys (the content
// refilled) that before_known (its memory's) lacks, or the keys now_of gives them; unknown when
// before_known is.
std::optional<std::vector<std::uint32_t>> filler_keys(
    std::set<std::uint32_t> keys, const std::set<std::uint32_t>* before_keys,
    const std::optional<std::vector<std::uint32_t>>& before_known,
    const std::multimap<std::uint32_t, std::uint32_t>* now_of = nullptr) {
    if (before_keys) {
        if (!before_known) return std::nullopt;
        for (std::uint32_t key : *before_keys) {
            if (std::binary_search(before_known->begin(), before_known->end(), key)) continue;
            if (!now_of) {
                keys.erase(key);
                continue;
            }
            auto [from, to] = now_of->equal_range(key);
            for (; from != to; ++from) keys.erase(from->second);
        }
    }
    return std::vector<std::uint32_t>(keys.begin(), keys.end());
}

}  // namespace

void remember_filling(fill_memory& memory, const document& filled, const document* before_content,
                      const std::optional<fill_memory>& before) {
    fingerprint_hash hash;
    content_keys keys;
    add_blocks(hash, &keys, filled.blocks);
    // The content before, fingerprinted and keyed in one walk.
    fingerprint_hash before_hash;
    content_keys before_keys;
    std::set<std::uint32_t> before_page_keys;
    if (before_content) {
        add_blocks(before_hash, &before_keys, before_content->blocks, before ? before->version : fill_memory_version);
        before_page_keys = page_text_keys(*before_content);
    }
    bool all_ours = !before_content || unchanged_with(before, before_hash, before_keys, before_page_keys);
    memory.version = fill_memory_version;
    if (all_ours) memory.fingerprint = hash.hex();
    static const fill_memory knows_nothing;
    const fill_memory& known = before ? *before : knows_nothing;
    memory.texts = filler_keys(std::move(keys.texts), all_ours ? nullptr : &before_keys.texts, known.texts);
    memory.pictures = filler_keys(std::move(keys.pictures), before_content ? &before_keys.pictures : nullptr,
                                  known.pictures, &before_keys.pictures_now);
    memory.page_texts =
        filler_keys(page_text_keys(filled), before_content ? &before_page_keys : nullptr, known.page_texts);
}

bool unchanged(const std::optional<fill_memory>& memory, const document& doc) {
    // The fingerprint and the keys of the texts and notes in one walk, as remember_filling makes them.
    fingerprint_hash hash;
    content_keys keys;
    add_blocks(hash, &keys, doc.blocks, memory ? memory->version : fill_memory_version);
    return unchanged_with(memory, hash, keys, page_text_keys(doc));
}

std::string slot_key(const cell_fill& fill) {
    std::string key;
    for (const auto& heading : fill.table.headings) key += heading + "\x1F";
    return key + "\x1E" + fill.table.header + "\x1E" + fill.under + "\x1E" + fill.row + "\x1E" + fill.column;
}

}  // namespace mk
