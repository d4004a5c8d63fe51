#include "src/normalized/xml_problem.hpp"

#include <libxml/tree.h>

#include <string>
#include <string_view>

#include "src/text/utf8.hpp"

namespace mk::normalized {
namespace {

std::string_view text_of(const char* s) { return s != nullptr ? std::string_view(s) : std::string_view(); }

// A name without its "{namespace}" ("{urn:…}goal" is "goal").
std::string_view local_name(std::string_view name) {
    std::size_t brace = name.rfind('}');
    return brace == std::string_view::npos ? name : name.substr(brace + 1);
}

// What the message of err quotes after marker ("attribute '" gives the attribute's name). libxml2
// gives the attribute of a validity error only in its English message, in this fixed form.
std::string_view quoted_after(const xmlError& err, std::string_view marker) {
    std::string_view text = text_of(err.message);
    std::size_t at = text.find(marker);
    if (at == std::string_view::npos) return {};
    text.remove_prefix(at + marker.size());
    return text.substr(0, text.find('\''));
}

// A value as a message shows it: quotes and brackets of libxml2's key sequences dropped, shortened.
std::string shown_value(std::string_view value) {
    std::string out;
    for (char c : value)
        if (c != '\'' && c != '[' && c != ']') out += c;
    return text::first_characters(out, 60);
}

// The element an error is about: its node, or the name libxml2 gives.
std::string element_of(const xmlError& err) {
    const auto* node = static_cast<const xmlNode*>(err.node);
    if (node != nullptr && node->name != nullptr) return std::string(reinterpret_cast<const char*>(node->name));
    return std::string(local_name(text_of(err.str1)));
}

// "elementet <goal>", or "attributet level i elementet <goal>" when the error is about an attribute.
message subject_of(const xmlError& err) {
    std::string element = "<" + element_of(err) + ">";
    std::string_view attribute = quoted_after(err, "', attribute '");
    if (attribute.empty()) return tr("elementet {0}", "the element {0}", {element});
    return tr("attributet {0} i elementet {1}", "the attribute {0} of the element {1}", {attribute, element});
}

// {0} filled with part in each language, {1} and {2} with a and b.
message around(std::string_view sv, std::string_view en, const message& part, std::string_view a = {},
               std::string_view b = {}) {
    return {tr(sv, en, {part.sv, a, b}).sv, tr(sv, en, {part.en, a, b}).en};
}

bool says(const xmlError& err, std::string_view words) {
    return text_of(err.message).find(words) != std::string_view::npos;
}

}  // namespace

message parse_problem(const xmlError& err) {
    std::string line = std::to_string(err.line);
    std::string column = std::to_string(err.int2);
    auto at = [&](const message& what) {
        return around("rad {1}, kolumn {2}: {0}", "line {1}, column {2}: {0}", what, line, column);
    };
    switch (err.code) {
        case XML_ERR_DOCUMENT_EMPTY: return tr("dokumentet är tomt", "the document is empty");
        case XML_ERR_DOCUMENT_END:
            return at(tr("text efter dokumentets slut", "content after the end of the document"));
        case XML_ERR_TAG_NAME_MISMATCH:
            return at(tr("starttaggen <{0}> avslutas med </{1}>", "the start tag <{0}> is closed by </{1}>",
                         {text_of(err.str1), text_of(err.str2)}));
        case XML_ERR_TAG_NOT_FINISHED:
            return at(tr("elementet <{0}> avslutas aldrig", "the element <{0}> is never closed", {text_of(err.str1)}));
        case XML_ERR_ATTRIBUTE_REDEFINED:
            return at(tr("ett attribut står två gånger i samma element", "an attribute is given twice in one element"));
        case XML_ERR_UNDECLARED_ENTITY:
        case XML_WAR_UNDECLARED_ENTITY: return at(tr("okänd entitet", "unknown entity"));
        case XML_ERR_INVALID_CHAR:
        case XML_ERR_INVALID_ENCODING: return at(tr("ogiltigt tecken", "invalid character"));
        case XML_NS_ERR_UNDEFINED_NAMESPACE:
            return at(tr("odeklarerat namnrymdsprefix", "undeclared namespace prefix"));
        default:
            return at(tr("felaktig XML (felkod {0})", "malformed XML (error code {0})", {std::to_string(err.code)}));
    }
}

message validity_problem(const xmlError& err) {
    message subject = subject_of(err);
    std::string value = shown_value(text_of(err.str1));
    auto about = [&](std::string_view sv, std::string_view en, std::string_view extra = {}) {
        return around(sv, en, subject, value, extra);
    };
    switch (err.code) {
        case XML_SCHEMAV_ELEMENT_CONTENT:
        case XML_SCHEMAV_CVC_COMPLEX_TYPE_2_4:
            if (says(err, "Missing child"))
                return about("{0} saknar ett element som måste finnas", "{0} lacks an element it must have");
            return about("{0} hör inte hemma här", "{0} does not belong here");
        case XML_SCHEMAV_CVC_COMPLEX_TYPE_2_1:
        case XML_SCHEMAV_CVC_COMPLEX_TYPE_2_3: return about("{0} får inte innehålla text", "{0} may not contain text");
        case XML_SCHEMAV_CVC_COMPLEX_TYPE_4: return about("{0} saknar attributet {1}", "{0} lacks the attribute {1}");
        case XML_SCHEMAV_CVC_COMPLEX_TYPE_3_2_1:
        case XML_SCHEMAV_CVC_COMPLEX_TYPE_3_2_2: return about("{0} är inte tillåtet", "{0} is not allowed");
        case XML_SCHEMAV_CVC_ENUMERATION_VALID:
            return about("{0} har värdet \"{1}\", som inte är tillåtet (tillåtna värden: {2})",
                         "{0} has the value \"{1}\", which is not allowed (allowed values: {2})",
                         shown_value(text_of(err.str2)));
        case XML_SCHEMAV_CVC_DATATYPE_VALID_1_2_1:
            if (says(err, "'xs:ID'"))
                return about("{0} har id:t \"{1}\", som står två gånger i dokumentet eller inte är ett giltigt id",
                             "{0} has the id \"{1}\", which is given twice in the document or is not a valid id");
            return about("{0} har värdet \"{1}\", som har fel form",
                         "{0} has the value \"{1}\", which has the wrong form");
        case XML_SCHEMAV_CVC_IDC:
            if (says(err, "No match found")) {
                value = shown_value(text_of(err.str2));
                return about("{0} hänvisar till \"{1}\", som inte finns i dokumentet",
                             "{0} refers to \"{1}\", which is not in the document");
            }
            if (says(err, "Duplicate"))
                return about("{0} har ett id som står två gånger i dokumentet",
                             "{0} has an id given twice in the document");
            return about("{0} har ett id eller en hänvisning som inte stämmer",
                         "{0} has an id or a reference that does not hold");
        default:
            if ((err.code >= XML_SCHEMAV_CVC_DATATYPE_VALID_1_2_2 && err.code <= XML_SCHEMAV_CVC_PATTERN_VALID))
                return about("{0} har värdet \"{1}\", som har fel form",
                             "{0} has the value \"{1}\", which has the wrong form");
            return about("{0} följer inte schemat (felkod {2})", "{0} does not follow the schema (error code {2})",
                         std::to_string(err.code));
    }
}

}  // namespace mk::normalized
