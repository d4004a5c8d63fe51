#include "converters/package/xml_stream.hpp"

#include <expat.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cstring>
#include <exception>
#include <functional>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "converters/package/xml_errors.hpp"
#include "converters/package/zip.hpp"
#include "src/core/memory_budget.hpp"
#include "src/text/utf8.hpp"

namespace mk {
namespace {

constexpr std::string_view xml_namespace = "http://www.w3.org/XML/1998/namespace";

// What one declared prefix costs the memory budget besides its text: its binding and its entry in
// the table of prefixes.
constexpr std::uint64_t binding_memory = 128;

// The text handed on is counted against the memory budget when this much has not been.
constexpr std::uint64_t text_spend_step = 64 << 10;

struct text_hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};

// The namespace prefixes in scope, each found in constant time however many are declared (a file
// can declare 100,000 on one element). The default namespace is the prefix "".
class prefix_scope {
public:
    prefix_scope() { declare("xml", xml_namespace); }

    // How many bindings there are now, for unwind().
    std::size_t mark() const { return bindings_.size(); }

    void declare(std::string_view prefix, std::string_view uri) {
        auto found = in_scope_.find(prefix);
        if (found == in_scope_.end()) found = in_scope_.emplace(std::string(prefix), std::vector<std::size_t>()).first;
        found->second.push_back(bindings_.size());
        auto known = uris_.find(uri);
        if (known == uris_.end()) known = uris_.emplace(uri).first;
        bindings_.push_back({found->first, *known});
        forget_recent();
        default_uri_ = find("");
    }

    // Drops the bindings declared since mark, and the prefixes no binding is left of.
    void unwind(std::size_t mark) {
        if (bindings_.size() <= mark) return;
        while (bindings_.size() > mark) {
            auto found = in_scope_.find(bindings_.back().prefix);
            found->second.pop_back();
            bindings_.pop_back();
            if (found->second.empty()) in_scope_.erase(found);
        }
        forget_recent();
        default_uri_ = find("");
    }

    // The URI bound to prefix, or nullptr when none is.
    const std::string_view* find(std::string_view prefix) {
        for (const recent& r : recent_)
            if (r.uri && r.prefix == prefix) return r.uri;
        auto found = in_scope_.find(prefix);
        if (found == in_scope_.end() || found->second.empty()) return nullptr;
        const std::string_view* uri = &bindings_[found->second.back()].uri;
        recent_[next_recent_] = {found->first, uri};
        next_recent_ = (next_recent_ + 1) % recent_.size();
        return uri;
    }

    // find(""), kept at hand: every unprefixed element asks for it.
    const std::string_view* default_uri() const { return default_uri_; }

private:
    struct binding {
        std::string_view prefix;  // the key in in_scope_, which outlives the binding
        std::string_view uri;     // in uris_
    };
    std::vector<binding> bindings_;
    std::unordered_map<std::string, std::vector<std::size_t>, text_hash, std::equal_to<>> in_scope_;
    // Every URI declared in the part, each once and kept to its end: one URI is always given as the
    // same view, which a handler may compare by address.
    std::unordered_set<std::string, text_hash, std::equal_to<>> uris_;
    const std::string_view* default_uri_ = nullptr;
    // The prefixes found last, with their URIs, looked at before the table: a part uses a few
    // prefixes for most of its names. Forgotten whenever a binding comes or goes.
    struct recent {
        std::string_view prefix;
        const std::string_view* uri = nullptr;
    };
    std::array<recent, 4> recent_{};
    std::size_t next_recent_ = 0;

    void forget_recent() { recent_.fill({}); }
};

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
    prefix_scope prefixes;
    std::vector<std::size_t> marks;                                    // prefixes.mark() as each open element started
    std::vector<std::pair<std::string_view, std::string_view>> names;  // prefixed attributes, reused
    std::exception_ptr thrown;                    // by a handler, rethrown after the parser returns
    bool doctype = false;
    bool started = false;   // the first piece has been seen
    bool utf16 = false;     // the part starts with a UTF-16 byte order mark: held whole, then decoded
    std::string held;       // a UTF-16 part so far
    piece_encoding_check encoding;   // of the pieces given to feed()
    std::uint64_t text_unspent = 0;  // what text given to the handler has not yet counted

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
        s.guarded([&] { s.start(name, fields); });
    }

    static void on_end(void* context, const XML_Char*) {
        state& s = of(context);
        s.guarded([&] {
            s.events.end();
            s.prefixes.unwind(s.marks.back());
            s.marks.pop_back();
        });
    }

    [[noreturn]] void fail_here(xml_problem problem) {
        fail_invalid_xml(part, problem, XML_GetCurrentByteIndex(parser));
    }

    // The namespace URI and local name of a qualified name; unprefixed, an element takes the default
    // namespace and an attribute none. The name is measured as its colon is looked for, in a loop of
    // its own: most names are a letter or two ("c", "r"), shorter than a call to strchrnul.
    std::pair<std::string_view, std::string_view> resolve(const XML_Char* name, bool element) {
        const XML_Char* colon = name;
        while (*colon != '\0' && *colon != ':') ++colon;
        if (*colon == '\0') {
            const std::string_view* uri = element ? prefixes.default_uri() : nullptr;
            return {uri ? *uri : std::string_view(), std::string_view(name, static_cast<std::size_t>(colon - name))};
        }
        std::string_view prefix(name, static_cast<std::size_t>(colon - name));
        std::string_view local(colon + 1);
        if (prefix.empty() || local.empty() || local.find(':') != std::string_view::npos) fail_here(xml_problem::other);
        const std::string_view* uri = prefixes.find(prefix);
        if (!uri || uri->empty()) fail_here(xml_problem::undeclared_prefix);
        return {*uri, local};
    }

    static bool is_declaration(std::string_view attribute) {
        return attribute == "xmlns" || attribute.starts_with("xmlns:");
    }

    // An element starts: its declarations come into scope, then its names are resolved.
    void start(const XML_Char* name, const XML_Char** fields) {
        marks.push_back(prefixes.mark());
        for (const XML_Char** field = fields; *field; field += 2) {
            if (field[0][0] != 'x') continue;  // no declaration: measured once, below
            std::string_view attribute(field[0]);
            if (attribute == "xmlns") {
                spend_memory(binding_memory + std::strlen(field[1]), part);
                prefixes.declare("", field[1]);
            } else if (attribute.starts_with("xmlns:")) {
                std::string_view prefix = attribute.substr(6);
                std::string_view uri(field[1]);
                // XML 1.0 names may not undeclare a prefix; xml and xmlns are bound once and for all.
                if (uri.empty() || prefix == "xmlns" || uri == "http://www.w3.org/2000/xmlns/" ||
                    (prefix == "xml") != (uri == xml_namespace))
                    fail_here(xml_problem::undeclared_prefix);
                spend_memory(binding_memory + prefix.size() + uri.size(), part);
                prefixes.declare(prefix, uri);
            }
        }
        attributes.clear();
        std::size_t prefixed = 0;
        for (const XML_Char** field = fields; *field; field += 2) {
            if (field[0][0] == 'x' && is_declaration(field[0])) continue;
            auto [uri, local] = resolve(field[0], false);
            if (!uri.empty()) ++prefixed;
            attributes.push_back({uri, local, std::string_view(field[1])});
        }
        // expat refuses a name written twice; two prefixes of one namespace are found here.
        if (prefixed >= 2) refuse_duplicate_attributes();
        auto [uri, local] = resolve(name, true);
        events.start(uri, local, attributes);
    }

    void refuse_duplicate_attributes() {
        names.clear();
        for (const xml_attribute_event& a : attributes)
            if (!a.uri.empty()) names.emplace_back(a.uri, a.local);
        std::sort(names.begin(), names.end());
        if (std::adjacent_find(names.begin(), names.end()) != names.end()) fail_here(xml_problem::duplicate_attribute);
    }

    static void on_text(void* context, const XML_Char* text, int length) {
        state& s = of(context);
        s.guarded([&] {
            // A handler may keep every byte of it, in a string that grows by doubling: counted in
            // steps, as the budget is shared with other threads.
            s.text_unspent += 2 * static_cast<std::uint64_t>(length);
            if (s.text_unspent >= text_spend_step) s.spend_text();
            s.events.text(std::string_view(text, static_cast<std::size_t>(length)));
        });
    }

    void spend_text() {
        spend_memory(text_unspent, part);
        text_unspent = 0;
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
};

xml_stream::xml_stream(std::string_view part, xml_events& events) : state_(std::make_unique<state>(part, events)) {
    // UTF-8 whatever the declaration says, as in xml_part: a UTF-16 part is decoded before parsing.
    // Without expat's namespace processing, which copies a URI into every name: prefixes are
    // resolved here (prefix_scope).
    state_->parser = XML_ParserCreate("UTF-8");
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

std::optional<xml_problem> piece_encoding_check::check(std::string_view piece) {
    if (piece.empty()) return std::nullopt;
    if (!started_) {
        started_ = true;
        utf16_ = starts_utf16(piece);
    }
    if (utf16_) return std::nullopt;
    if (std::memchr(piece.data(), '\0', piece.size()) != nullptr) return xml_problem::nul_character;
    std::string_view whole = piece;
    if (!unchecked_.empty()) {
        // Finish the sequence the last piece began with the first bytes of this one.
        auto lead = static_cast<unsigned char>(unchecked_[0]);
        std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
        std::size_t taken = std::min(length - unchecked_.size(), piece.size());
        unchecked_.append(piece.substr(0, taken));
        if (unchecked_.size() < length) return std::nullopt;
        if (!text::is_utf8(unchecked_)) return xml_problem::invalid_utf8;
        unchecked_.clear();
        whole = piece.substr(taken);
    }
    std::size_t tail = unfinished_tail(whole);
    if (!text::is_utf8(whole.substr(0, whole.size() - tail))) return xml_problem::invalid_utf8;
    unchecked_.append(whole.substr(whole.size() - tail));
    return std::nullopt;
}

std::optional<xml_problem> piece_encoding_check::finish() const {
    if (!unchecked_.empty()) return xml_problem::invalid_utf8;
    return std::nullopt;
}

void xml_stream::feed(std::string_view piece) {
    if (auto problem = state_->encoding.check(piece)) fail_invalid_xml(state_->part, *problem);
    feed_checked(piece);
}

void xml_stream::feed_checked(std::string_view piece) {
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
    s.parse(piece, false);
}

void xml_stream::finish() {
    state& s = *state_;
    if (s.utf16) {
        std::optional<std::string> decoded = text::utf16_to_utf8(s.held);
        if (!decoded) fail_invalid_xml(s.part, xml_problem::invalid_utf16);
        s.held.clear();
        s.utf16 = false;
        // Checked afresh: the pieces before held UTF-16, which no check reads.
        if (auto problem = piece_encoding_check().check(*decoded)) fail_invalid_xml(s.part, *problem);
        s.parse(*decoded, false);
    }
    if (auto problem = s.encoding.finish()) fail_invalid_xml(s.part, *problem);
    if (!s.started) fail_invalid_xml(s.part, xml_problem::no_root_element);
    s.parse({}, true);
    s.spend_text();
}

std::optional<std::string_view> find_attribute(std::span<const xml_attribute_event> attributes, std::string_view uri,
                                               std::string_view local) {
    for (const xml_attribute_event& a : attributes)
        if (a.local == local && a.uri == uri) return a.value;
    return std::nullopt;
}

void read_xml_events(zip_package& package, std::string_view part, xml_events& events) {
    xml_stream stream(part, events);
    // Each piece's encoding is checked where it is inflated (on a thread of its own for a large
    // entry), ahead of the parse; its problem is raised when the parse comes to that piece, as
    // feed() would raise it.
    piece_encoding_check encoding;
    std::size_t inspected = 0, taken = 0;
    xml_problem problem = xml_problem::other;
    std::atomic<std::size_t> first_bad{0};  // the number (from 1) of the first piece with a problem
    auto inspect = [&](std::string_view piece) {
        ++inspected;
        if (first_bad.load(std::memory_order_relaxed) != 0) return;
        if (auto found = encoding.check(piece)) {
            problem = *found;
            first_bad.store(inspected, std::memory_order_release);
        }
    };
    // After a fault in the XML (or a handler's error) the rest of the entry is still inflated and
    // judged: a zip bomb or a damaged entry is named as such, as when the part is read whole.
    std::exception_ptr fault;
    package.read_pieces(
        part,
        [&](std::string_view piece) {
            ++taken;
            if (fault) return;
            try {
                if (first_bad.load(std::memory_order_acquire) == taken) fail_invalid_xml(part, problem);
                stream.feed_checked(piece);
            } catch (...) {
                fault = std::current_exception();
            }
        },
        inspect);
    if (fault) std::rethrow_exception(fault);
    if (auto unfinished = encoding.finish()) fail_invalid_xml(part, *unfinished);
    stream.finish();
}

}  // namespace mk
