#include "converters/package/xml_errors.hpp"

#include <string>

#include "src/core/error.hpp"
#include "src/core/memory_budget.hpp"

namespace mk {
namespace {

struct wording {
    xml_problem problem;
    std::string_view sv;
    std::string_view en;
};

constexpr wording wordings[] = {
    {xml_problem::unrecognized_tag, "okänd tagg", "unrecognized tag"},
    {xml_problem::bad_processing_instruction, "felaktig bearbetningsinstruktion", "bad processing instruction"},
    {xml_problem::bad_comment, "felaktig kommentar", "bad comment"},
    {xml_problem::bad_cdata, "felaktigt CDATA-avsnitt", "bad CDATA section"},
    {xml_problem::bad_doctype, "felaktig DOCTYPE-deklaration", "bad DOCTYPE declaration"},
    {xml_problem::bad_text, "felaktig text", "bad text"},
    {xml_problem::bad_start_tag, "felaktig starttagg", "bad start tag"},
    {xml_problem::bad_attribute, "felaktigt attribut", "bad attribute"},
    {xml_problem::bad_end_tag, "felaktig sluttagg", "bad end tag"},
    {xml_problem::end_tag_mismatch, "sluttaggen hör inte till starttaggen", "end tag does not match start tag"},
    {xml_problem::no_root_element, "inget rotelement", "no root element"},
    {xml_problem::duplicate_attribute, "ett attribut står två gånger i samma element",
     "an attribute appears twice in one element"},
    {xml_problem::undeclared_prefix, "odeklarerat namnrymdsprefix", "undeclared namespace prefix"},
    {xml_problem::undeclared_entity, "okänd entitet", "unknown entity"},
    {xml_problem::cut_short, "delen slutar mitt i ett element", "the part ends inside an element"},
    {xml_problem::invalid_utf8, "ogiltig UTF-8", "invalid UTF-8"},
    {xml_problem::invalid_utf16, "ogiltig UTF-16", "invalid UTF-16"},
    {xml_problem::nul_character, "NUL-tecken", "NUL character"},
    {xml_problem::other, "felaktig XML", "malformed XML"},
};

}  // namespace

void fail_invalid_xml(std::string_view part, std::string_view sv, std::string_view en) {
    throw error("xml.invalid", tr("delen \"{0}\" är ingen giltig XML ({1}): filen är skadad",
                                  "the part \"{0}\" is not valid XML ({1}): the file is damaged",
                                  {part, current_language() == language::en ? en : sv}));
}

void fail_invalid_xml(std::string_view part, xml_problem problem, std::int64_t at) {
    const wording* found = &wordings[std::size(wordings) - 1];
    for (const wording& w : wordings)
        if (w.problem == problem) found = &w;
    if (at < 0) fail_invalid_xml(part, found->sv, found->en);
    std::string offset = std::to_string(at);
    message where = tr("{0} vid byte {1}", "{0} at byte {1}", {found->sv, offset});
    message where_en = tr("{0} vid byte {1}", "{0} at byte {1}", {found->en, offset});
    fail_invalid_xml(part, where.sv, where_en.en);
}

void fail_doctype(std::string_view part) {
    throw error("xml.doctype", tr("delen \"{0}\" innehåller en DOCTYPE-deklaration, vilket inte är tillåtet i "
                                  "kontorsdokument: filen kan vara manipulerad",
                                  "the part \"{0}\" contains a DOCTYPE declaration, which office documents may not "
                                  "have: the file may have been tampered with",
                                  {part}));
}

void fail_xml_out_of_memory(std::string_view part) {
    if (memory_budget* budget = current_memory_budget()) budget->throw_if_exhausted();
    throw error("xml.too_large",
                tr("delen \"{0}\" är för stor för att läsas med det minne som finns: dela upp filen eller "
                   "kör på en dator med mer minne",
                   "the part \"{0}\" is too large to read with the memory available: split the file or run "
                   "on a computer with more memory",
                   {part}));
}

}  // namespace mk
