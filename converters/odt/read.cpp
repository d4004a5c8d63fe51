#include "converters/odt/read.hpp"

#include <optional>

#include "converters/odt/body.hpp"
#include "converters/odt/chart.hpp"
#include "converters/package/xml.hpp"
#include "converters/package/zip.hpp"
#include "src/core/error.hpp"

namespace mk {
namespace {

constexpr std::string_view content_part = "content.xml";
constexpr std::string_view styles_part = "styles.xml";

// The texts of the page headers or footers of every master page, each one's paragraphs one a line.
void read_page_texts(pugi::xml_node styles_root, const odt::style_sheet& styles, bool headers,
                     std::vector<std::string>& out) {
    const std::string_view kinds[] = {headers ? "style:header" : "style:footer",
                                      headers ? "style:header-first" : "style:footer-first",
                                      headers ? "style:header-left" : "style:footer-left"};
    for (pugi::xml_node master : styles_root.child("office:master-styles").children("style:master-page")) {
        for (std::string_view kind : kinds) {
            pugi::xml_node region = master.child(std::string(kind).c_str());
            if (!region || std::string_view(region.attribute("style:display").value()) == "false") continue;
            odt::text_reader reader(styles, styles_part);
            std::vector<block> blocks;
            reader.read_blocks(region, blocks);
            add_distinct(out, text_with_notes(blocks));
        }
    }
}

}  // namespace

odt::chart_texts read_chart_objects(zip_package& package) {
    odt::chart_texts out;
    constexpr std::string_view content_name = "/content.xml";
    for (const std::string& name : package.names()) {
        std::size_t slash = name.find('/');
        if (!name.ends_with(content_name) || slash != name.size() - content_name.size()) continue;
        xml_part object = xml_part::parse(package.read(name), name);
        std::string text = chart_text(odt::read_chart_object(object.root()));
        if (!text.empty()) out.emplace(name.substr(0, slash), std::move(text));
    }
    return out;
}

document read_odt(std::string_view bytes) {
    zip_package package = zip_package::open(bytes);
    return read_odt_package(package);
}

document read_odt_package(zip_package& package) {
    if (!package.contains(content_part))
        throw error("odt.no_content", tr("filen saknar content.xml: den är skadad",
                                         "the file has no content.xml: it is damaged"));
    std::optional<xml_part> styles_xml;
    if (package.contains(styles_part)) styles_xml = xml_part::parse(package.read(styles_part), styles_part);
    pugi::xml_node styles_root = styles_xml ? styles_xml->root() : pugi::xml_node();
    odt::chart_texts charts = read_chart_objects(package);
    xml_part content = xml_part::parse(package.read(content_part), content_part);
    return read_odt_roots(styles_root, content.root(), &charts);
}

document read_odt_roots(pugi::xml_node styles_root, pugi::xml_node content_root, const odt::chart_texts* charts) {
    pugi::xml_node text = content_root.child("office:body").child("office:text");
    if (!text)
        throw error("odt.no_text", tr("content.xml har inget office:text: filen är inget textdokument",
                                      "content.xml has no office:text: the file is no text document"));
    document out;
    odt::style_sheet content_styles(styles_root, content_root);
    odt::text_reader reader(content_styles, content_part, charts);
    reader.read_blocks(text, out.blocks);
    odt::style_sheet page_styles(styles_root, styles_root);
    read_page_texts(styles_root, page_styles, true, out.page_headers);
    read_page_texts(styles_root, page_styles, false, out.page_footers);
    return out;
}

}  // namespace mk
