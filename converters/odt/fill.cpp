#include "converters/odt/fill.hpp"

#include <optional>
#include <vector>

#include "converters/odt/fill_body.hpp"
#include "converters/odt/fill_memory.hpp"
#include "converters/odt/read.hpp"
#include "converters/package/fill_steps.hpp"
#include "converters/package/fill_text.hpp"
#include "converters/package/template_entries.hpp"
#include "converters/package/xml.hpp"
#include "converters/package/zip.hpp"
#include "converters/package/zip_writer.hpp"
#include "src/core/error.hpp"

namespace mk {

filled_document fill_odt(std::string_view template_bytes, const fill_plan& plan) {
    auto template_parts = template_entries(template_bytes);
    auto package = zip_package::of_entries(*template_parts);
    if (!package.contains("content.xml"))
        throw error("odt.no_content", tr("mallen har ingen content.xml: den är inget OpenDocument-dokument (.odt)",
                                         "the template has no content.xml: it is no OpenDocument text (.odt)"));
    fill_log log;
    if (plan.update)
        if (auto text = odt_fill::read_memory(package)) log.before = decode_fill_memory(*text);
    std::optional<xml_part> styles_part;
    if (package.contains("styles.xml")) styles_part = xml_part::copy_of_parse(package.read("styles.xml"), "styles.xml");
    pugi::xml_node styles_root = styles_part ? styles_part->root() : pugi::xml_node();
    auto content = xml_part::copy_of_parse(package.read("content.xml"), "content.xml");
    auto root = content.root();
    auto automatic = root.child("office:automatic-styles");
    if (!automatic) automatic = root.insert_child_before("office:automatic-styles", root.child("office:body"));
    odt::style_sheet content_styles(styles_root, root);
    odt_fill::body_format format(content_styles, automatic);
    fill_body(root.child("office:body").child("office:text"), plan, format, log);
    odt::style_sheet page_styles(styles_root, styles_root);
    odt_fill::body_format page_format(page_styles, styles_root.child("office:automatic-styles"));
    bool page_texts_filled = styles_root && replace_texts(styles_root, plan, page_format);
    fill_memory memory{{}, std::move(log.written), {}, {}, {}};
    document before = plan.update ? read_odt(template_bytes) : document();
    // Read from the filled trees themselves, before saving gives them back the template's prefixes.
    odt::object_notes objects = read_embedded_objects(package);
    remember_filling(memory, read_odt_roots(styles_root, root, &objects), plan.update ? &before : nullptr, log.before);
    std::vector<zip_entry> entries;
    for (const auto& name : package.names()) {
        zip_entry entry{name, name.ends_with("/") ? std::string() : package.read(name), name == "mimetype"};
        if (name == "content.xml")
            entry.bytes = save_part(root);
        else if (name == "styles.xml" && page_texts_filled)
            entry.bytes = save_part(styles_root);
        entries.push_back(std::move(entry));
    }
    odt_fill::write_memory(entries, encode_fill_memory(memory));
    return {write_zip(entries), std::move(log.kept)};
}

std::optional<std::string> odt_fill_memory(std::string_view bytes) {
    auto package = zip_package::open(bytes);
    return odt_fill::read_memory(package);
}

}  // namespace mk
