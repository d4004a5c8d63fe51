#include "src/core/xml_writer.hpp"

#include <array>

#include "src/text/utf8.hpp"

namespace mk {
namespace {

constexpr std::string_view replacement_character = "\xEF\xBF\xBD";

bool allowed_in_xml(char32_t code_point) {
    return code_point == 0x9 || code_point == 0xA || code_point == 0xD || (code_point >= 0x20 && code_point <= 0xD7FF) ||
           (code_point >= 0xE000 && code_point <= 0xFFFD) || (code_point >= 0x10000 && code_point <= 0x10FFFF);
}

// Whether an ASCII character is written as it is, in text and in attributes alike.
constexpr bool plain_ascii(char c) { return c >= 0x20 && c < 0x7F && c != '&' && c != '<' && c != '>' && c != '"'; }

// plain_ascii of each byte, looked up: one load per byte of the text written.
constexpr std::array<bool, 256> plain_bytes = [] {
    std::array<bool, 256> out{};
    for (int b = 0; b < 256; ++b) out[static_cast<std::size_t>(b)] = plain_ascii(static_cast<char>(b));
    return out;
}();

// Appends text to out, escaped for character data or, with attribute, for an attribute value.
void append_escaped(std::string& out, std::string_view text, bool attribute) {
    for (std::size_t i = 0; i < text.size();) {
        // A run of characters written as they are, appended at once: plain ASCII and two-byte
        // sequences (U+0080 to U+07FF, å, ä, ö and é among them, all allowed in XML).
        std::size_t run = i;
        for (;;) {
            if (run < text.size() && plain_bytes[static_cast<unsigned char>(text[run])]) {
                ++run;
            } else if (run + 1 < text.size() && text::is_two_byte_sequence(text[run], text[run + 1])) {
                run += 2;
            } else {
                break;
            }
        }
        if (run > i) {
            out.append(text.data() + i, run - i);
            i = run;
            continue;
        }
        char c = text[i];
        if (static_cast<unsigned char>(c) >= 0x80) {
            std::size_t start = i;
            bool valid = true;
            char32_t code_point = text::next_code_point(text, i, &valid);
            if (valid && allowed_in_xml(code_point)) out.append(text.substr(start, i - start));
            else out += replacement_character;
            continue;
        }
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '\r': out += "&#13;"; break;
            case '"': out += attribute ? "&quot;" : "\""; break;
            case '\t': out += attribute ? "&#9;" : "\t"; break;
            case '\n': out += attribute ? "&#10;" : "\n"; break;
            default:
                if (allowed_in_xml(static_cast<unsigned char>(c))) out += c;
                else out += replacement_character;
        }
        ++i;
    }
}

std::string escape(std::string_view text, bool attribute) {
    std::string out;
    out.reserve(text.size());
    append_escaped(out, text, attribute);
    return out;
}

}  // namespace

std::string escape_text(std::string_view text) {
    return escape(text, false);
}

std::string escape_attribute(std::string_view text) {
    return escape(text, true);
}

xml_writer::xml_writer(xml_layout layout) : out_("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"), layout_(layout) {}

xml_writer::xml_writer(text_sink sink, xml_layout layout) : xml_writer(layout) { sink_ = std::move(sink); }

xml_writer xml_writer::fragment(std::size_t depth, xml_layout layout) {
    xml_writer out(layout);
    out.out_.clear();
    out.outer_depth_ = depth;
    return out;
}

void xml_writer::start(std::string_view name) {
    close_start_tag();
    if (laid_out()) indent();
    out_ += '<';
    out_ += name;
    open_.emplace_back(name);
    start_tag_open_ = true;
}

void xml_writer::attribute(std::string_view name, std::string_view value) {
    out_ += ' ';
    out_ += name;
    out_ += "=\"";
    append_escaped(out_, value, true);
    out_ += '"';
}

void xml_writer::attribute_if(std::string_view name, std::string_view value) {
    if (!value.empty()) attribute(name, value);
}

void xml_writer::end() {
    std::string name = std::move(open_.back());
    bool closes_mixed = mixed_depth_ == open_.size();
    open_.pop_back();
    if (start_tag_open_) {
        out_ += "/>";
        start_tag_open_ = false;
    } else {
        if (laid_out()) indent();
        out_ += "</";
        out_ += name;
        out_ += '>';
    }
    if (closes_mixed) mixed_depth_ = 0;
    if (laid_out()) out_ += '\n';
    constexpr std::size_t piece = 1 << 16;
    if (sink_ && out_.size() >= piece) {
        sink_(out_);
        out_.clear();
    }
}

void xml_writer::append_fragment(std::string_view fragment) {
    close_start_tag();
    if (!sink_) {
        out_ += fragment;
        return;
    }
    if (!out_.empty()) sink_(out_);
    out_.clear();
    sink_(fragment);
}

void xml_writer::text_content(std::string_view text) {
    this->text(text);
    end();
}

void xml_writer::text(std::string_view text) {
    if (mixed_depth_ == 0) mixed_depth_ = open_.size();
    close_start_tag();
    append_escaped(out_, text, false);
}

void xml_writer::text_element(std::string_view name, std::string_view text) {
    start(name);
    text_content(text);
}

void xml_writer::text_element_if(std::string_view name, std::string_view text) {
    if (!text.empty()) text_element(name, text);
}

std::string xml_writer::finish() {
    if (!sink_) return std::move(out_);
    sink_(out_);
    out_.clear();
    return {};
}

void xml_writer::close_start_tag() {
    if (!start_tag_open_) return;
    out_ += '>';
    if (laid_out()) out_ += '\n';
    start_tag_open_ = false;
}

bool xml_writer::laid_out() const { return mixed_depth_ == 0 && layout_ == xml_layout::indented; }

void xml_writer::indent() { out_.append(2 * depth(), ' '); }

}  // namespace mk
