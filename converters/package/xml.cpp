#include "converters/package/xml.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <optional>
#include <unordered_map>
#include <vector>

#include "converters/package/remembered.hpp"
#include "converters/package/xml_errors.hpp"
#include "src/core/error.hpp"
#include "src/core/memory_budget.hpp"
#include "src/text/utf8.hpp"

namespace mk {
namespace {

struct canonical_ns {
    std::string_view uri;
    std::string_view prefix;  // empty: elements carry no prefix
};

// Every namespace a reader matches, transitional and strict spellings alike.
constexpr canonical_ns known_namespaces[] = {
    {ns::spreadsheetml, ""},
    {ns::spreadsheetml_strict, ""},
    {ns::wordprocessingml, "w"},
    {ns::wordprocessingml_strict, "w"},
    {ns::office_relationships, "r"},
    {ns::office_relationships_strict, "r"},
    {ns::package_relationships, "rel"},
    {ns::content_types, "ct"},
    {"http://schemas.openxmlformats.org/markup-compatibility/2006", "mc"},
    {"http://schemas.openxmlformats.org/drawingml/2006/main", "a"},
    {"http://purl.oclc.org/ooxml/drawingml/main", "a"},
    {"http://schemas.openxmlformats.org/drawingml/2006/chart", "c"},
    {"http://purl.oclc.org/ooxml/drawingml/chart", "c"},
    {"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing", "wp"},
    {"http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing", "wp"},
    {"http://schemas.openxmlformats.org/drawingml/2006/picture", "pic"},
    {"http://purl.oclc.org/ooxml/drawingml/picture", "pic"},
    {"http://schemas.openxmlformats.org/drawingml/2006/diagram", "dgm"},
    {"http://purl.oclc.org/ooxml/drawingml/diagram", "dgm"},
    {"urn:schemas-microsoft-com:vml", "v"},
    {"urn:schemas-microsoft-com:office:office", "o"},
    {"http://schemas.openxmlformats.org/package/2006/metadata/core-properties", "cp"},
    {"http://purl.org/dc/elements/1.1/", "dc"},
    {"http://purl.org/dc/terms/", "dcterms"},
    {"http://www.w3.org/XML/1998/namespace", "xml"},
    {ns::odf_office, "office"},
    {ns::odf_table, "table"},
    {ns::odf_text, "text"},
    {ns::odf_style, "style"},
    {ns::odf_fo, "fo"},
    {ns::odf_number, "number"},
    {"urn:oasis:names:tc:opendocument:xmlns:meta:1.0", "meta"},
    {ns::odf_draw, "draw"},
    {"urn:oasis:names:tc:opendocument:xmlns:chart:1.0", "chart"},
    {"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0", "svg"},
    {"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0", "manifest"},
    {"http://www.w3.org/1999/xlink", "xlink"},
};

// The part being parsed or canonicalized on this thread: what pugixml's allocations are counted for.
thread_local std::string_view part_in_hand;
// Whether an allocation of pugixml's was refused on this thread since it was last cleared: a copied
// tree (unlike a parse) does not say that it is incomplete.
thread_local bool allocation_refused = false;

// What precedes every block pugixml is given: its size and the budget that counted it (0: none),
// so that freeing it gives back to that budget. Its size keeps the block aligned as malloc's.
struct alignas(std::max_align_t) block_header {
    std::size_t size;
    std::uint64_t budget;
};

// pugixml allocates its nodes, attributes and rewritten names here: counted against the current
// memory budget, and refused (which pugixml reports as out of memory) when the budget is passed.
void* budgeted_allocate(std::size_t size) {
    memory_budget* budget = current_memory_budget();
    if (size > SIZE_MAX - sizeof(block_header) || (budget && !budget->try_spend(size, part_in_hand))) {
        allocation_refused = true;
        return nullptr;
    }
    auto* header = static_cast<block_header*>(std::malloc(sizeof(block_header) + size));
    if (!header) {
        if (budget) budget->give_back(size);
        allocation_refused = true;
        return nullptr;
    }
    *header = {size, budget ? budget->serial() : 0};
    return header + 1;
}

// Frees a block, giving its size back to the budget that counted it if that is still current.
void budgeted_deallocate(void* block) {
    if (!block) return;
    block_header* header = static_cast<block_header*>(block) - 1;
    if (memory_budget* budget = current_memory_budget(); budget && header->budget == budget->serial())
        budget->give_back(header->size);
    std::free(header);
}

// Routes pugixml's allocations through the budget before any is made: a block freed must have
// been allocated with the header above.
const bool memory_counted = [] {
    pugi::set_memory_management_functions(budgeted_allocate, budgeted_deallocate);
    return true;
}();

// Refuses part for what pugixml found wrong, and where (a byte offset in the part).
[[noreturn]] void fail_parse(std::string_view part, const pugi::xml_parse_result& parsed) {
    static constexpr std::pair<pugi::xml_parse_status, xml_problem> problems[] = {
        {pugi::status_unrecognized_tag, xml_problem::unrecognized_tag},
        {pugi::status_bad_pi, xml_problem::bad_processing_instruction},
        {pugi::status_bad_comment, xml_problem::bad_comment},
        {pugi::status_bad_cdata, xml_problem::bad_cdata},
        {pugi::status_bad_doctype, xml_problem::bad_doctype},
        {pugi::status_bad_pcdata, xml_problem::bad_text},
        {pugi::status_bad_start_element, xml_problem::bad_start_tag},
        {pugi::status_bad_attribute, xml_problem::bad_attribute},
        {pugi::status_bad_end_element, xml_problem::bad_end_tag},
        {pugi::status_end_element_mismatch, xml_problem::end_tag_mismatch},
        {pugi::status_no_document_element, xml_problem::no_root_element},
    };
    xml_problem problem = xml_problem::other;
    for (auto [status, mapped] : problems)
        if (status == parsed.status) problem = mapped;
    fail_invalid_xml(part, problem, parsed.offset);
}

// The canonical prefix for a namespace URI; nullopt-like "{uri}" marker for unknown ones.
std::string canonical_prefix(std::string_view uri, bool& known) {
    for (const auto& entry : known_namespaces) {
        if (entry.uri == uri) {
            known = true;
            return std::string(entry.prefix);
        }
    }
    known = false;
    return "{" + std::string(uri) + "}";
}

struct binding {
    std::string prefix;     // as written in the file; empty for the default namespace
    std::string canonical;  // canonical prefix, or "{uri}" for unknown namespaces
    bool known = false;
};

// The name of local in the namespace of b, as xml_part gives it.
std::string qualified(const binding& b, std::string_view local, bool attribute) {
    if (!b.known) return b.canonical + std::string(local);
    if (b.canonical.empty()) {
        // SpreadsheetML has no canonical prefix on elements; a prefixed attribute in it keeps one.
        return attribute ? "x:" + std::string(local) : std::string(local);
    }
    return b.canonical + ":" + std::string(local);
}

class canonicalizer {
public:
    explicit canonicalizer(std::string_view part) : part_(part) {
        push_binding({"xml", "xml", true});
        push_binding({"", "{}", false});  // no default namespace: unprefixed = no namespace
    }

    void run(pugi::xml_node root) {
        struct frame {
            pugi::xml_node node;
            std::size_t bindings;
        };
        std::vector<frame> stack;
        enter(root, stack);
        while (!stack.empty()) {
            frame& top = stack.back();
            pugi::xml_node next = top.node ? top.node : pugi::xml_node();
            // top.node walks the children of the element that opened this frame.
            if (!next) {
                unwind(top.bindings);
                stack.pop_back();
                continue;
            }
            top.node = next.next_sibling();
            if (next.type() == pugi::node_element) enter(next, stack);
        }
    }

private:
    template <class Stack>
    void enter(pugi::xml_node element, Stack& stack) {
        std::size_t mark = bindings_.size();
        std::size_t attributes = 0;
        bool prefixed = false;  // an attribute other than a declaration has a prefix
        for (pugi::xml_attribute attr : element.attributes()) {
            ++attributes;
            std::string_view name = attr.name();
            if (name == "xmlns") {
                bool known = false;
                std::string_view uri = attr.value();
                std::string canonical = uri.empty() ? std::string("{}") : canonical_prefix(uri, known);
                push_binding({"", std::move(canonical), known});
            } else if (name.starts_with("xmlns:")) {
                bool known = false;
                std::string canonical = canonical_prefix(attr.value(), known);
                push_binding({std::string(name.substr(6)), std::move(canonical), known});
            } else if (!name.starts_with("xmlns") && name.find(':') != std::string_view::npos) {
                prefixed = true;
            }
        }
        rename_element(element);
        if (prefixed) {
            for (pugi::xml_attribute attr : element.attributes()) {
                std::string_view name = attr.name();
                auto colon = name.find(':');
                if (colon == std::string_view::npos || name.starts_with("xmlns")) continue;
                std::string_view prefix = name.substr(0, colon);
                const binding& b = lookup(prefix);
                if (is_canonical(b, prefix, true)) continue;
                if (!attr.set_name(qualified(b, name.substr(colon + 1), true).c_str())) fail_xml_out_of_memory(part_);
            }
        }
        if (attributes >= 2) refuse_duplicate_attributes(element);
        stack.push_back({element.first_child(), mark});
    }

    // An attribute named twice (also through two prefixes of one namespace) is not well-formed XML.
    void refuse_duplicate_attributes(pugi::xml_node element) {
        names_.clear();
        for (pugi::xml_attribute attr : element.attributes()) names_.emplace_back(attr.name());
        if (names_.size() < 2) return;
        std::sort(names_.begin(), names_.end());
        auto twice = std::adjacent_find(names_.begin(), names_.end());
        if (twice == names_.end()) return;
        std::string name(twice->substr(0, 60));
        fail_invalid_xml(part_, "attributet \"" + name + "\" står två gånger i samma element",
                         "the attribute \"" + name + "\" appears twice in one element");
    }

    void rename_element(pugi::xml_node element) {
        std::string_view name = element.name();
        auto colon = name.find(':');
        std::string_view prefix = colon == std::string_view::npos ? std::string_view() : name.substr(0, colon);
        std::string_view local = colon == std::string_view::npos ? name : name.substr(colon + 1);
        const binding& b = lookup(prefix);
        if (b.canonical == "{}") return;  // no namespace at all: keep the plain name
        if (is_canonical(b, colon == std::string_view::npos ? std::optional<std::string_view>() : prefix, false))
            return;
        if (!element.set_name(qualified(b, local, false).c_str())) fail_xml_out_of_memory(part_);
    }

    // Whether a name written with prefix (nullopt: none) in the namespace of b already is what
    // qualified() makes of it.
    static bool is_canonical(const binding& b, std::optional<std::string_view> prefix, bool attribute) {
        if (!b.known) return false;
        if (b.canonical.empty()) return attribute ? prefix == "x" : !prefix;
        return prefix == b.canonical;
    }

    // The binding of prefix in scope: the innermost declaration, found in constant time however
    // many prefixes are declared.
    // The prefix looked up last is remembered until a binding is declared or dropped: most elements
    // of a part share one prefix.
    const binding& lookup(std::string_view prefix) {
        if (last_lookup_ && last_prefix_ == prefix) return bindings_[*last_lookup_];
        auto found = in_scope_.find(prefix);
        if (found == in_scope_.end() || found->second.empty()) fail_invalid_xml(part_, xml_problem::undeclared_prefix);
        last_prefix_ = prefix;
        last_lookup_ = found->second.back();
        return bindings_[*last_lookup_];
    }

    void push_binding(binding b) {
        in_scope_[b.prefix].push_back(bindings_.size());
        bindings_.push_back(std::move(b));
        last_lookup_.reset();
    }

    // Drops the bindings declared after mark (those of the elements just left).
    void unwind(std::size_t mark) {
        while (bindings_.size() > mark) {
            in_scope_.find(bindings_.back().prefix)->second.pop_back();
            bindings_.pop_back();
            last_lookup_.reset();
        }
    }

    struct prefix_hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
    };

    std::string_view part_;
    std::vector<binding> bindings_;
    // Each prefix's bindings in bindings_, innermost last.
    std::unordered_map<std::string, std::vector<std::size_t>, prefix_hash, std::equal_to<>> in_scope_;
    std::vector<std::string_view> names_;  // the attribute names of one element, reused
    std::string last_prefix_;
    std::optional<std::size_t> last_lookup_;  // the binding of last_prefix_, while still in scope
};

}  // namespace

xml_part xml_part::parse(std::string text, std::string_view part) {
    // The encoding first (a byte order mark), then NULs: UTF-16 text is full of zero bytes.
    bool utf16 =
        text.size() >= 2 && ((text[0] == '\xFF' && text[1] == '\xFE') || (text[0] == '\xFE' && text[1] == '\xFF'));
    if (utf16) {
        std::optional<std::string> decoded = text::utf16_to_utf8(text);
        if (!decoded) fail_invalid_xml(part, xml_problem::invalid_utf16);
        text = std::move(*decoded);
    }
    if (std::memchr(text.data(), '\0', text.size()) != nullptr) fail_invalid_xml(part, xml_problem::nul_character);
    if (!text::is_utf8(text)) fail_invalid_xml(part, xml_problem::invalid_utf8);
    xml_memory_scope scope(part);
    xml_part result;
    result.text_ = std::make_unique<std::string>(std::move(text));
    result.doc_ = std::make_unique<pugi::xml_document>();
    auto flags = pugi::parse_default | pugi::parse_doctype | pugi::parse_ws_pcdata;
    // Always UTF-8 here: a UTF-16 part was decoded above, whatever its declaration says.
    pugi::xml_parse_result parsed =
        result.doc_->load_buffer_inplace(result.text_->data(), result.text_->size(), flags, pugi::encoding_utf8);
    if (parsed.status == pugi::status_out_of_memory) fail_xml_out_of_memory(part);
    if (!parsed) fail_parse(part, parsed);
    for (pugi::xml_node child : result.doc_->children())
        if (child.type() == pugi::node_doctype) fail_doctype(part);
    if (!result.root()) fail_invalid_xml(part, xml_problem::no_root_element);
    canonicalizer(part).run(result.root());
    return result;
}

xml_part xml_part::copy_of_parse(std::string_view text, std::string_view part) {
    struct parsed_tag {};
    auto parsed = remembered<parsed_tag, xml_part>(
        text, [&] { return parse(std::string(text), part); }, [](const xml_part&) { return true; });
    xml_memory_scope scope(part);
    xml_part result;
    result.doc_ = std::make_unique<pugi::xml_document>();
    allocation_refused = false;
    result.doc_->reset(*parsed->doc_);
    if (allocation_refused) fail_xml_out_of_memory(part);
    return result;
}

xml_memory_scope::xml_memory_scope(std::string_view part) : previous_(part_in_hand) {
    (void)memory_counted;
    part_in_hand = part;
}

xml_memory_scope::~xml_memory_scope() { part_in_hand = previous_; }

std::string canonical_name(std::string_view uri, std::string_view local, bool attribute) {
    if (uri.empty()) return std::string(local);
    binding b;
    b.canonical = canonical_prefix(uri, b.known);
    return qualified(b, local, attribute);
}

std::string inner_text(pugi::xml_node node) {
    std::string out;
    for (pugi::xml_node n = node.first_child(); n;) {
        if (n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata) out += n.value();
        if (n.first_child()) {
            n = n.first_child();
            continue;
        }
        while (n && n != node && !n.next_sibling()) n = n.parent();
        if (!n || n == node) break;
        n = n.next_sibling();
    }
    return out;
}

}  // namespace mk
