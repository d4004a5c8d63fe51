#include "converters/odt/fill.hpp"

#include <vector>

#include "converters/odt/fill_body.hpp"
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
    std::vector<zip_entry> entries;
    for (const auto& name : package.names()) {
        zip_entry entry{name, name.ends_with("/") ? std::string() : package.read(name), name == "mimetype"};
        if (name == "content.xml") {
            auto part = xml_part::parse(std::move(entry.bytes), name);
            auto root = part.root();
            auto text = root.child("office:body").child("office:text");
            auto styles = root.child("office:automatic-styles");
            if (!styles) styles = root.insert_child_before("office:automatic-styles", root.child("office:body"));
            odt_fill::remove_sections(text, plan);
            odt_fill::fill_tables(text, plan);
            odt_fill::highlight(text, styles, plan);
            odt_fill::replace_texts(text, plan);
            entry.bytes = save_part(root);
        } else if (name == "styles.xml") {
            auto part = xml_part::parse(entry.bytes, name);
            if (odt_fill::replace_texts(part.root(), plan)) entry.bytes = save_part(part.root());
        }
        entries.push_back(std::move(entry));
    }
    return write_zip(entries);
}

}  // namespace mk
