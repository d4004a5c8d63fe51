#include "converters/odt/read.hpp"

#include <optional>

#include "converters/odt/body.hpp"
#include "converters/odt/chart.hpp"
#include "converters/package/xml.hpp"
#include "converters/package/zip.hpp"
#include "src/container/embedded_object.hpp"
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

// The kind of an embedded object other than a chart by the root of its content.xml; nullopt when
// unknown.
std::optional<embedded_kind> object_kind(pugi::xml_node root) {
    if (std::string_view(root.name()) == "{http://www.w3.org/1998/Math/MathML}math") return embedded_kind::formula;
    static constexpr std::pair<const char*, embedded_kind> bodies[] = {
        {"office:spreadsheet", embedded_kind::spreadsheet},
        {"office:text", embedded_kind::text},
        {"office:presentation", embedded_kind::presentation},
        {"office:drawing", embedded_kind::drawing}};
    pugi::xml_node body = root.child("office:body");
    for (const auto& [name, kind] : bodies)
        if (body.child(name)) return kind;
    return std::nullopt;
}

}  // namespace

odt::object_notes read_embedded_objects(zip_package& package) {
    odt::object_notes out;
    constexpr std::string_view content_name = "/content.xml";
    for (const std::string& name : package.names()) {
        std::size_t slash = name.find('/');
        if (!name.ends_with(content_name) || slash != name.size() - content_name.size()) continue;
        xml_part object = xml_part::parse(package.read(name), name);
        std::string text = chart_text(odt::read_chart_object(object.root()));
        if (!text.empty()) {
            out.emplace(name.substr(0, slash), block_note{note_kind::chart, std::move(text)});
        } else if (std::optional<embedded_kind> kind = object_kind(object.root())) {
            out.emplace(name.substr(0, slash),
                        block_note{note_kind::embedded_object, std::string(embedded_kind_text(*kind))});
        }
    }
    return out;
}

document read_odt(std::string_view bytes) {
    zip_package package = zip_package::open(bytes);
    return read_odt_package(package);
}

document read_odt_package(zip_package& package) {
    if (!package.contains(content_part))
        throw error("odt.no_content",
                    tr("filen saknar content.xml: den är skadad", "the file has no content.xml: it is damaged"));
    std::optional<xml_part> styles_xml;
    if (package.contains(styles_part)) styles_xml = xml_part::parse(package.read(styles_part), styles_part);
    pugi::xml_node styles_root = styles_xml ? styles_xml->root() : pugi::xml_node();
    odt::object_notes objects = read_embedded_objects(package);
    xml_part content = xml_part::parse(package.read(content_part), content_part);
    return read_odt_roots(styles_root, content.root(), &objects);
}

document read_odt_roots(pugi::xml_node styles_root, pugi::xml_node content_root, const odt::object_notes* objects) {
    pugi::xml_node text = content_root.child("office:body").child("office:text");
    if (!text)
        throw error("odt.no_text", tr("content.xml har inget office:text: filen är inget textdokument",
                                      "content.xml has no office:text: the file is no text document"));
    document out;
    odt::style_sheet content_styles(styles_root, content_root);
    odt::text_reader reader(content_styles, content_part, objects);
    reader.read_blocks(text, out.blocks);
    odt::style_sheet page_styles(styles_root, styles_root);
    read_page_texts(styles_root, page_styles, true, out.page_headers);
    read_page_texts(styles_root, page_styles, false, out.page_footers);
    return out;
}

}  // namespace mk
