#include "converters/ods/cell_text.hpp"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <utility>

#include "converters/package/xml.hpp"

namespace mk::ods {
namespace {

// Elements whose character data is not part of the paragraph (ODF 1.3 part 3, 6.1.1).
bool is_excluded(std::string_view uri, std::string_view local) {
    return (uri == ns::odf_office && local == "annotation") ||
           (uri == ns::odf_text && (local == "note-body" || local == "ruby-text")) || uri == ns::odf_draw;
}

// The spaces a text:s stands for: text:c, 1 when absent or malformed.
std::uint64_t space_count(std::span<const xml_attribute_event> attributes) {
    std::string_view value = find_attribute(attributes, ns::odf_text, "c").value_or("");
    std::uint64_t count = 1;
    auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), count);
    if (ec == std::errc::result_out_of_range) return UINT64_MAX;
    return value.empty() || ec != std::errc() || end != value.data() + value.size() ? 1 : count;
}

void append_spaces(std::string& out, std::uint64_t count) {
    std::size_t room = max_spaced_length - std::min(out.size(), max_spaced_length);
    out.append(static_cast<std::size_t>(std::min<std::uint64_t>(count, room)), ' ');
}

}  // namespace

void cell_text_reader::start(std::string_view uri, std::string_view local,
                             std::span<const xml_attribute_event> attributes) {
    ++depth_;
    if (skipped_from_ != 0) return;
    if (depth_ == 1) {
        if (!text_uri_(uri) || (local != "p" && local != "h")) {
            skipped_from_ = depth_;
            return;
        }
        if (!first_) out_ += '\n';
        first_ = false;
        return;
    }
    // Inside a paragraph: text:s, text:tab and text:line-break stand for what they are, their
    // content left out; an excluded element is left out whole; any other is read through.
    bool text_name = text_uri_(uri);
    if (text_name && local == "s")
        append_spaces(out_, space_count(attributes));
    else if (text_name && local == "tab")
        out_ += '\t';
    else if (text_name && local == "line-break")
        out_ += '\n';
    else if (!is_excluded(uri, local))
        return;
    skipped_from_ = depth_;
}

void cell_text_reader::end() {
    if (skipped_from_ == depth_) skipped_from_ = 0;
    --depth_;
}

void cell_text_reader::text(std::string_view piece) {
    if (depth_ > 0 && skipped_from_ == 0) out_.append(piece);
}

std::string cell_text_reader::take() {
    std::string text = std::move(out_);
    out_.clear();
    depth_ = skipped_from_ = 0;
    first_ = true;
    return text;
}

}  // namespace mk::ods
