#include "converters/package/xml_stream.hpp"

#include <expat.h>

#include <cstring>
#include <exception>
#include <optional>
#include <utility>
#include <vector>

#include "converters/package/xml_errors.hpp"
#include "converters/package/zip.hpp"
#include "src/text/utf8.hpp"

namespace mk {
namespace {

// Between a namespace URI and a local name in the names expat reports: a character no XML 1.0
// document can hold, so never part of a URI or a name.
constexpr char separator = '\x01';

// A name as expat reports it ("URI\x01local", or "local" without a namespace), split.
std::pair<std::string_view, std::string_view> split_name(const XML_Char* name) {
    std::string_view whole(name);
    auto at = whole.rfind(separator);
    if (at == std::string_view::npos) return {{}, whole};
    return {whole.substr(0, at), whole.substr(at + 1)};
}

// The kind of problem an expat error code names.
xml_problem problem_of(XML_Error code) {
    static constexpr std::pair<XML_Error, xml_problem> problems[] = {
        {XML_ERROR_NO_ELEMENTS, xml_problem::cut_short},
        {XML_ERROR_INVALID_TOKEN, xml_problem::bad_text},
        {XML_ERROR_UNCLOSED_TOKEN, xml_problem::bad_start_tag},
        {XML_ERROR_PARTIAL_CHAR, xml_problem::invalid_utf8},
        {XML_ERROR_TAG_MISMATCH, xml_problem::end_tag_mismatch},
        {XML_ERROR_DUPLICATE_ATTRIBUTE, xml_problem::duplicate_attribute},
        {XML_ERROR_UNDEFINED_ENTITY, xml_problem::undeclared_entity},
        {XML_ERROR_BAD_CHAR_REF, xml_problem::bad_text},
        {XML_ERROR_MISPLACED_XML_PI, xml_problem::bad_processing_instruction},
        {XML_ERROR_UNCLOSED_CDATA_SECTION, xml_problem::bad_cdata},
        {XML_ERROR_UNBOUND_PREFIX, xml_problem::undeclared_prefix},
        {XML_ERROR_UNDECLARING_PREFIX, xml_problem::undeclared_prefix},
        {XML_ERROR_RESERVED_PREFIX_XML, xml_problem::undeclared_prefix},
        {XML_ERROR_RESERVED_PREFIX_XMLNS, xml_problem::undeclared_prefix},
        {XML_ERROR_RESERVED_NAMESPACE_URI, xml_problem::undeclared_prefix},
        {XML_ERROR_INVALID_ARGUMENT, xml_problem::undeclared_prefix},
        {XML_ERROR_NO_MEMORY, xml_problem::other},
    };
    for (auto [known, problem] : problems)
        if (known == code) return problem;
    return xml_problem::other;
}

// How many bytes at the end of text begin a UTF-8 sequence that is not finished there.
std::size_t unfinished_tail(std::string_view text) {
    for (std::size_t back = 1; back <= 3 && back <= text.size(); ++back) {
        auto lead = static_cast<unsigned char>(text[text.size() - back]);
        if ((lead & 0xC0) == 0x80) continue;
        std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        return length > back ? back : 0;
    }
    return 0;
}

bool starts_utf16(std::string_view bytes) {
    return bytes.size() >= 2 &&
           ((bytes[0] == '\xFF' && bytes[1] == '\xFE') || (bytes[0] == '\xFE' && bytes[1] == '\xFF'));
}

}  // namespace

struct xml_stream::state {
    std::string_view part;
    xml_events& events;
    XML_Parser parser = nullptr;
    std::vector<xml_attribute_event> attributes;  // of one start tag, reused
    std::exception_ptr thrown;                    // by a handler, rethrown after the parser returns
    bool doctype = false;
    bool started = false;   // the first piece has been seen
    bool utf16 = false;     // the part starts with a UTF-16 byte order mark: held whole, then decoded
    std::string held;       // a UTF-16 part so far
    std::string unchecked;  // UTF-8 bytes of a sequence the next piece finishes

    state(std::string_view part_name, xml_events& handler) : part(part_name), events(handler) {}
    ~state() {
        if (parser) XML_ParserFree(parser);
    }

    // Runs a handler; what it throws stops the parser and is kept for the caller.
    template <class Action>
    void guarded(Action&& action) {
        if (thrown || doctype) return;
        try {
            action();
        } catch (...) {
            thrown = std::current_exception();
            XML_StopParser(parser, XML_FALSE);
        }
    }

    static state& of(void* context) { return *static_cast<state*>(context); }

    static void on_start(void* context, const XML_Char* name, const XML_Char** fields) {
        state& s = of(context);
        s.attributes.clear();
        for (const XML_Char** field = fields; *field; field += 2) {
            auto [uri, local] = split_name(field[0]);
            s.attributes.push_back({uri, local, std::string_view(field[1])});
        }
        auto [uri, local] = split_name(name);
        s.guarded([&] { s.events.start(uri, local, s.attributes); });
    }

    static void on_end(void* context, const XML_Char*) {
        state& s = of(context);
        s.guarded([&] { s.events.end(); });
    }

    static void on_text(void* context, const XML_Char* text, int length) {
        state& s = of(context);
        s.guarded([&] { s.events.text(std::string_view(text, static_cast<std::size_t>(length))); });
    }

    // A DOCTYPE, or a declaration only a DTD can hold: refused before anything in it is used.
    static void on_doctype(void* context, const XML_Char*, const XML_Char*, const XML_Char*, int) {
        state& s = of(context);
        s.doctype = true;
        XML_StopParser(s.parser, XML_FALSE);
    }

    // Throws what stopped the parser: a handler's error, a DOCTYPE, or the XML's own fault.
    void check(XML_Status status) {
        if (thrown) std::rethrow_exception(thrown);
        if (doctype) fail_doctype(part);
        if (status == XML_STATUS_ERROR)
            fail_invalid_xml(part, problem_of(XML_GetErrorCode(parser)), XML_GetCurrentByteIndex(parser));
    }

    void parse(std::string_view piece, bool last) {
        check(XML_Parse(parser, piece.data(), static_cast<int>(piece.size()), last ? XML_TRUE : XML_FALSE));
    }

    // Checks that piece continues valid UTF-8 without NUL, as xml_part does for a whole part.
    void check_encoding(std::string_view piece) {
        if (std::memchr(piece.data(), '\0', piece.size()) != nullptr)
            fail_invalid_xml(part, xml_problem::nul_character);
        std::string_view whole = piece;
        if (!unchecked.empty()) {
            // Finish the sequence the last piece began with the first bytes of this one.
            auto lead = static_cast<unsigned char>(unchecked[0]);
            std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
            std::size_t taken = std::min(length - unchecked.size(), piece.size());
            unchecked.append(piece.substr(0, taken));
            if (unchecked.size() < length) return;
            if (!text::is_utf8(unchecked)) fail_invalid_xml(part, xml_problem::invalid_utf8);
            unchecked.clear();
            whole = piece.substr(taken);
        }
        std::size_t tail = unfinished_tail(whole);
        if (!text::is_utf8(whole.substr(0, whole.size() - tail))) fail_invalid_xml(part, xml_problem::invalid_utf8);
        unchecked.append(whole.substr(whole.size() - tail));
    }
};

xml_stream::xml_stream(std::string_view part, xml_events& events) : state_(std::make_unique<state>(part, events)) {
    // UTF-8 whatever the declaration says, as in xml_part: a UTF-16 part is decoded before parsing.
    state_->parser = XML_ParserCreateNS("UTF-8", separator);
    if (!state_->parser) throw std::bad_alloc();
    XML_Parser parser = state_->parser;
    XML_SetUserData(parser, state_.get());
    XML_SetElementHandler(parser, state::on_start, state::on_end);
    XML_SetCharacterDataHandler(parser, state::on_text);
    XML_SetStartDoctypeDeclHandler(parser, state::on_doctype);
    // No external entity or parameter entity is ever read.
    XML_SetParamEntityParsing(parser, XML_PARAM_ENTITY_PARSING_NEVER);
}

xml_stream::~xml_stream() = default;

void xml_stream::feed(std::string_view piece) {
    state& s = *state_;
    if (piece.empty()) return;
    if (!s.started) {
        s.started = true;
        s.utf16 = starts_utf16(piece);
    }
    if (s.utf16) {
        s.held.append(piece);
        return;
    }
    s.check_encoding(piece);
    s.parse(piece, false);
}

void xml_stream::finish() {
    state& s = *state_;
    if (s.utf16) {
        std::optional<std::string> decoded = text::utf16_to_utf8(s.held);
        if (!decoded) fail_invalid_xml(s.part, xml_problem::invalid_utf16);
        s.held.clear();
        s.utf16 = false;
        feed(*decoded);
    }
    if (!s.unchecked.empty()) fail_invalid_xml(s.part, xml_problem::invalid_utf8);
    if (!s.started) fail_invalid_xml(s.part, xml_problem::no_root_element);
    s.parse({}, true);
}

std::optional<std::string_view> find_attribute(std::span<const xml_attribute_event> attributes, std::string_view uri,
                                               std::string_view local) {
    for (const xml_attribute_event& a : attributes)
        if (a.local == local && a.uri == uri) return a.value;
    return std::nullopt;
}

void read_xml_events(zip_package& package, std::string_view part, xml_events& events) {
    xml_stream stream(part, events);
    // After a fault in the XML (or a handler's error) the rest of the entry is still inflated and
    // judged: a zip bomb or a damaged entry is named as such, as when the part is read whole.
    std::exception_ptr fault;
    package.read_pieces(part, [&](std::string_view piece) {
        if (fault) return;
        try {
            stream.feed(piece);
        } catch (...) {
            fault = std::current_exception();
        }
    });
    if (fault) std::rethrow_exception(fault);
    stream.finish();
}

}  // namespace mk
