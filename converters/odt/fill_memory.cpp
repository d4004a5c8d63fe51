#include "converters/odt/fill_memory.hpp"

#include <algorithm>

#include "converters/package/fill_memory.hpp"
#include "converters/package/fill_text.hpp"
#include "converters/package/xml.hpp"

namespace mk::odt_fill {
namespace {

constexpr std::string_view meta_part = "meta.xml";
constexpr std::string_view manifest_part = "META-INF/manifest.xml";

zip_entry* entry_named(std::vector<zip_entry>& entries, std::string_view name) {
    auto found = std::find_if(entries.begin(), entries.end(), [&](const zip_entry& e) { return e.name == name; });
    return found == entries.end() ? nullptr : &*found;
}

bool is_memory(pugi::xml_node property) {
    return std::string_view(property.name()) == "meta:user-defined" &&
           fill_memory_property == property.attribute("meta:name").value();
}

constexpr std::string_view empty_meta =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-meta "
    "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
    "xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" office:version=\"1.3\"><office:meta/>"
    "</office:document-meta>";

}  // namespace

std::optional<std::string> read_memory(zip_package& package) {
    if (!package.contains(meta_part)) return std::nullopt;
    auto part = xml_part::parse(package.read(meta_part), meta_part);
    for (auto property : part.root().child("office:meta").children())
        if (is_memory(property)) return inner_text(property);
    return std::nullopt;
}

void write_memory(std::vector<zip_entry>& entries, const std::string& text) {
    zip_entry* meta = entry_named(entries, meta_part);
    if (!meta) {
        zip_entry* manifest = entry_named(entries, manifest_part);
        if (!manifest) return;
        auto part = xml_part::parse(std::move(manifest->bytes), manifest_part);
        auto entry = part.root().append_child("manifest:file-entry");
        entry.append_attribute("manifest:full-path") = std::string(meta_part).c_str();
        entry.append_attribute("manifest:media-type") = "text/xml";
        manifest->bytes = save_part(part.root());
        entries.push_back({std::string(meta_part), std::string(empty_meta), false});
        meta = &entries.back();
    }
    auto part = xml_part::parse(std::move(meta->bytes), meta_part);
    auto root = part.root();
    auto properties = root.child("office:meta");
    if (!properties) properties = root.prepend_child("office:meta");
    for (auto property = properties.first_child(); property;) {
        auto next = property.next_sibling();
        if (is_memory(property)) properties.remove_child(property);
        property = next;
    }
    auto property = properties.append_child("meta:user-defined");
    property.append_attribute("meta:name") = std::string(fill_memory_property).c_str();
    property.append_attribute("meta:value-type") = "string";
    property.text().set(text.c_str());
    meta->bytes = save_part(root);
}

}  // namespace mk::odt_fill
