#include "converters/odt/fill.hpp"

#include <optional>
#include <vector>

#include "converters/odt/fill_body.hpp"
#include "converters/package/fill_steps.hpp"
#include "converters/package/fill_text.hpp"
#include "converters/package/xml.hpp"
#include "converters/package/zip.hpp"
#include "converters/package/zip_writer.hpp"
#include "src/core/error.hpp"

namespace mk {

std::string fill_odt(std::string_view template_bytes, const fill_plan& plan) {
    auto package = zip_package::open(template_bytes);
    if (!package.contains("content.xml"))
        throw error("odt.no_content", tr("mallen har ingen content.xml: den är inget OpenDocument-dokument (.odt)",
                                         "the template has no content.xml: it is no OpenDocument text (.odt)"));
    std::optional<xml_part> styles_part;
    if (package.contains("styles.xml")) styles_part = xml_part::parse(package.read("styles.xml"), "styles.xml");
    pugi::xml_node styles_root = styles_part ? styles_part->root() : pugi::xml_node();
    auto content = xml_part::parse(package.read("content.xml"), "content.xml");
    auto root = content.root();
    auto automatic = root.child("office:automatic-styles");
    if (!automatic) automatic = root.insert_child_before("office:automatic-styles", root.child("office:body"));
    odt::style_sheet content_styles(styles_root, root);
    odt_fill::body_format format(content_styles, automatic);
    fill_body(root.child("office:body").child("office:text"), plan, format);
    odt::style_sheet page_styles(styles_root, styles_root);
    odt_fill::body_format page_format(page_styles, styles_root.child("office:automatic-styles"));
    std::vector<zip_entry> entries;
    for (const auto& name : package.names()) {
        zip_entry entry{name, name.ends_with("/") ? std::string() : package.read(name), name == "mimetype"};
        if (name == "content.xml")
            entry.bytes = save_part(root);
        else if (name == "styles.xml" && replace_texts(styles_root, plan, page_format))
            entry.bytes = save_part(styles_root);
        entries.push_back(std::move(entry));
    }
    return write_zip(entries);
}

}  // namespace mk
