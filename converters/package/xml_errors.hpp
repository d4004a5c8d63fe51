#pragma once
// The errors of a part that is not acceptable XML, whichever parser found it: one wording for
// each kind of problem, in the user's language, never the parser's own words.
#include <cstdint>
#include <string_view>

namespace mk {

// What is wrong with a part's XML.
enum class xml_problem {
    unrecognized_tag,
    bad_processing_instruction,
    bad_comment,
    bad_cdata,
    bad_doctype,
    bad_text,
    bad_start_tag,
    bad_attribute,
    bad_end_tag,
    end_tag_mismatch,
    no_root_element,
    duplicate_attribute,
    undeclared_prefix,
    undeclared_entity,
    cut_short,
    invalid_utf8,
    invalid_utf16,
    nul_character,
    other,
};

// Throws mk::error "xml.invalid" naming part and the problem, with where it is when at is given
// (a byte offset in the part).
[[noreturn]] void fail_invalid_xml(std::string_view part, xml_problem problem, std::int64_t at = -1);

// Throws mk::error "xml.invalid" naming part and a problem the caller words (sv, en).
[[noreturn]] void fail_invalid_xml(std::string_view part, std::string_view sv, std::string_view en);

// Throws mk::error "xml.doctype": part has a DOCTYPE declaration, which no office document has.
[[noreturn]] void fail_doctype(std::string_view part);

// Throws the error for part when a parser ran out of memory: the current budget's when it is
// exhausted, else "xml.too_large".
[[noreturn]] void fail_xml_out_of_memory(std::string_view part);

}  // namespace mk
