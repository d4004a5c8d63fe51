// settings.xml: LibreOffice's view settings, the only place ODF keeps frozen rows.
#include "converters/ods/write_parts.hpp"
#include "converters/package/odf_writer.hpp"
#include "converters/package/part_writer.hpp"
#include "src/container/workbook_check.hpp"

namespace mk::ods {
namespace {

void write_item(xml_writer& out, std::string_view name, std::string_view type, std::string_view value) {
    out.start("config:config-item");
    out.attribute("config:name", name);
    out.attribute("config:type", type);
    out.text_content(value);
}

// A sheet's view: its top frozen_rows rows stay in place while the rest scrolls.
void write_frozen_sheet(xml_writer& out, const sheet& s) {
    std::string rows = std::to_string(s.frozen_rows);
    out.start("config:config-item-map-entry");
    out.attribute("config:name", s.name);
    write_item(out, "HorizontalSplitMode", "short", "0");
    write_item(out, "VerticalSplitMode", "short", "2");
    write_item(out, "HorizontalSplitPosition", "int", "0");
    write_item(out, "VerticalSplitPosition", "int", rows);
    write_item(out, "ActiveSplitRange", "short", "2");
    write_item(out, "PositionLeft", "int", "0");
    write_item(out, "PositionRight", "int", "0");
    write_item(out, "PositionTop", "int", "0");
    write_item(out, "PositionBottom", "int", rows);
    out.end();
}

void write_view(xml_writer& out, const workbook& book) {
    out.start("config:config-item-map-entry");
    write_item(out, "ViewId", "string", "view1");
    bool any = false;
    for (const sheet& s : book.sheets) {
        if (s.frozen_rows == 0) continue;
        if (!any) {
            out.start("config:config-item-map-named");
            out.attribute("config:name", "Tables");
        }
        any = true;
        write_frozen_sheet(out, s);
    }
    if (any) out.end();
    write_item(out, "ActiveTable", "string", book.sheets[first_visible_sheet(book)].name);
    out.end();
}

}  // namespace

std::string settings_part(const workbook& book) {
    xml_writer out = part_writer();
    out.start("office:document-settings");
    out.attribute("xmlns:office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0");
    out.attribute("xmlns:config", "urn:oasis:names:tc:opendocument:xmlns:config:1.0");
    // LibreOffice resolves the set's name "ooo:view-settings" as a qualified name.
    out.attribute("xmlns:ooo", "http://openoffice.org/2004/office");
    out.attribute("office:version", odf_version);
    out.start("office:settings");
    out.start("config:config-item-set");
    out.attribute("config:name", "ooo:view-settings");
    out.start("config:config-item-map-indexed");
    out.attribute("config:name", "Views");
    write_view(out, book);
    out.end();
    out.end();
    out.end();
    out.end();
    return out.finish();
}

}  // namespace mk::ods
