#include "converters/docx/fill_memory.hpp"

#include <algorithm>
#include <charconv>
#include <sstream>

#include "converters/package/fill_memory.hpp"
#include "converters/package/fill_text.hpp"
#include "converters/package/opc.hpp"
#include "converters/package/xml.hpp"

namespace mk::docx_fill {
namespace {

constexpr std::string_view custom_properties_uri =
    "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties";
constexpr std::string_view variant_types_uri = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";
constexpr std::string_view custom_properties_type =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties";
constexpr std::string_view custom_properties_content_type =
    "application/vnd.openxmlformats-officedocument.custom-properties+xml";
// The format id every user-defined property has.
constexpr std::string_view user_defined_format = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";

// A name in a namespace as mk::xml_part gives names of namespaces it has no prefix for.
std::string in(std::string_view uri, std::string_view local) {
    return "{" + std::string(uri) + "}" + std::string(local);
}

zip_entry* entry_named(std::vector<zip_entry>& entries, std::string_view name) {
    auto found = std::find_if(entries.begin(), entries.end(), [&](const zip_entry& e) { return e.name == name; });
    return found == entries.end() ? nullptr : &*found;
}

// The part the package's custom-properties relationship names; empty when none does.
std::string custom_part(zip_package& package) {
    for (const auto& rel : read_relationships(package, ""))
        if (!rel.external && relationship_is(rel, "custom-properties")) return rel.target;
    return {};
}

// The prefix (with its colon) of the name of node, which new siblings of its children share.
std::string prefix_of(pugi::xml_node node) {
    std::string_view name = node.name();
    auto colon = name.find(':');
    return colon == std::string_view::npos ? std::string() : std::string(name.substr(0, colon + 1));
}

// Appends a child to the root of an XML part given as text, whose namespace the root's name
// gives; the part is first checked as every part is (no DTD, well-formed).
std::string with_child(const std::string& text, std::string_view name, std::string_view local,
                       const std::vector<std::pair<std::string, std::string>>& attributes) {
    xml_part::parse(text, name);
    pugi::xml_document doc;
    doc.load_buffer(text.data(), text.size(), pugi::parse_default | pugi::parse_declaration);
    auto root = doc.document_element();
    auto child = root.append_child((prefix_of(root) + std::string(local)).c_str());
    for (const auto& [attribute, value] : attributes) child.append_attribute(attribute.c_str()) = value.c_str();
    std::ostringstream out;
    doc.save(out, "", pugi::format_raw, pugi::encoding_utf8);
    return out.str();
}

std::string new_custom_part(const std::string& text) {
    pugi::xml_document doc;
    auto decl = doc.append_child(pugi::node_declaration);
    decl.append_attribute("version") = "1.0";
    decl.append_attribute("encoding") = "UTF-8";
    decl.append_attribute("standalone") = "yes";
    auto root = doc.append_child("Properties");
    root.append_attribute("xmlns") = std::string(custom_properties_uri).c_str();
    root.append_attribute("xmlns:vt") = std::string(variant_types_uri).c_str();
    auto property = root.append_child("property");
    property.append_attribute("fmtid") = std::string(user_defined_format).c_str();
    property.append_attribute("pid") = "2";
    property.append_attribute("name") = std::string(fill_memory_property).c_str();
    property.append_child("vt:lpwstr").text().set(text.c_str());
    std::ostringstream out;
    doc.save(out, "", pugi::format_raw, pugi::encoding_utf8);
    return out.str();
}

// The custom properties part with the memory property set to text.
std::string with_property(std::string part_text, std::string_view name, const std::string& text) {
    auto part = xml_part::parse(std::move(part_text), name);
    auto root = part.root();
    std::string property_name = in(custom_properties_uri, "property");
    int last_id = 1;
    for (auto property = root.child(property_name.c_str()); property;) {
        auto next = property.next_sibling(property_name.c_str());
        if (fill_memory_property == property.attribute("name").value()) {
            root.remove_child(property);
        } else {
            std::string_view pid = property.attribute("pid").value();
            int id = 0;
            std::from_chars(pid.data(), pid.data() + pid.size(), id);
            last_id = std::max(last_id, id);
        }
        property = next;
    }
    auto property = root.append_child(property_name.c_str());
    property.append_attribute("fmtid") = std::string(user_defined_format).c_str();
    property.append_attribute("pid") = last_id + 1;
    property.append_attribute("name") = std::string(fill_memory_property).c_str();
    property.append_child(in(variant_types_uri, "lpwstr").c_str()).text().set(text.c_str());
    return save_part(root);
}

}  // namespace

std::optional<std::string> read_memory(zip_package& package) {
    std::string name = custom_part(package);
    if (name.empty() || !package.contains(name)) return std::nullopt;
    auto part = xml_part::parse(package.read(name), name);
    for (auto property : part.root().children(in(custom_properties_uri, "property").c_str()))
        if (fill_memory_property == property.attribute("name").value()) return inner_text(property);
    return std::nullopt;
}

void write_memory(std::vector<zip_entry>& entries, zip_package& package, const std::string& text) {
    std::string name = custom_part(package);
    if (!name.empty() && package.contains(name)) {
        zip_entry* part = entry_named(entries, name);
        part->bytes = with_property(std::move(part->bytes), name, text);
        return;
    }
    name = "docProps/custom.xml";
    for (int n = 1; entry_named(entries, name); ++n) name = "docProps/custom" + std::to_string(n) + ".xml";
    std::string id = "rIdMalkedja";
    std::vector<relationship> rels = read_relationships(package, "");
    while (std::any_of(rels.begin(), rels.end(), [&](const relationship& r) { return r.id == id; })) id += "1";
    zip_entry* root_rels = entry_named(entries, "_rels/.rels");
    zip_entry* types = entry_named(entries, "[Content_Types].xml");
    if (!root_rels || !types) return;
    root_rels->bytes = with_child(root_rels->bytes, root_rels->name, "Relationship",
                                  {{"Id", id}, {"Type", std::string(custom_properties_type)}, {"Target", name}});
    types->bytes = with_child(types->bytes, types->name, "Override",
                              {{"PartName", "/" + name}, {"ContentType", std::string(custom_properties_content_type)}});
    entries.push_back({name, new_custom_part(text), false});
}

}  // namespace mk::docx_fill
