#include "converters/xlsx/read.hpp"

#include <functional>
#include <unordered_map>

#include "converters/package/opc.hpp"
#include "converters/package/xml.hpp"
#include "converters/package/zip.hpp"
#include "converters/xlsx/numbers.hpp"
#include "converters/xlsx/shared_strings.hpp"
#include "converters/xlsx/styles.hpp"
#include "converters/xlsx/worksheet.hpp"
#include "src/core/error.hpp"
#include "src/text/ascii.hpp"

namespace mk {
namespace {

sheet_visibility visibility_of(std::string_view state) {
    if (state == "hidden") return sheet_visibility::hidden;
    if (state == "veryHidden") return sheet_visibility::very_hidden;
    return sheet_visibility::visible;
}

// The part of the workbook's shared strings; empty when it has none.
std::string shared_strings_part(const std::vector<relationship>& rels) {
    const relationship* rel = find_relationship(rels, "sharedStrings");
    return rel ? rel->target : std::string();
}

// The colour scheme of the workbook's theme; empty when it has none.
std::vector<std::string> read_theme_of(zip_package& package, const std::vector<relationship>& rels) {
    const relationship* rel = find_relationship(rels, "theme");
    if (!rel || rel->external || !package.contains(rel->target)) return {};
    return xlsx::read_theme_colours(xml_part::parse(package.read(rel->target), rel->target).root());
}

xlsx::cell_styles read_styles_of(zip_package& package, const std::vector<relationship>& rels) {
    const relationship* rel = find_relationship(rels, "styles");
    if (!rel) return {};
    return xlsx::cell_styles::read(xml_part::parse(package.read(rel->target), rel->target).root(), rel->target,
                                   read_theme_of(package, rels));
}

// Hands one worksheet of the package to the caller: its part, what the workbook gives every
// worksheet, and a sheet holding its name and visibility.
using worksheet_reading = std::function<void(zip_package& package, const std::string& part,
                                             const xlsx::workbook_context& context, sheet&& header)>;

// The worksheet that entry of the workbook part names, or nullptr when the relationship is missing
// or external (the file is damaged).
const relationship* relationship_of(pugi::xml_node entry,
                                    const std::unordered_map<std::string_view, const relationship*>& rels_by_id) {
    auto found = rels_by_id.find(entry.attribute("r:id").value());
    if (found == rels_by_id.end() || found->second->external) return nullptr;
    return found->second;
}

// Reads the worksheets of root, the workbook part named workbook_part, as read_worksheets does, with
// the shared strings being read meanwhile.
void read_worksheets_of(zip_package& package, const std::string& workbook_part, pugi::xml_node root,
                        const std::vector<relationship>& rels, xlsx::shared_strings_ahead& shared_strings,
                        const worksheet_reading& read_one) {
    std::unordered_map<std::string_view, const relationship*> rels_by_id;
    for (const auto& rel : rels) rels_by_id.emplace(rel.id, &rel);
    const auto styles = read_styles_of(package, rels);
    bool from_1904 = xlsx::parse_boolean(root.child("workbookPr").attribute("date1904").value()).value_or(false);
    const xlsx::workbook_context context{shared_strings, styles,
                                         from_1904 ? xlsx::date_system::from_1904 : xlsx::date_system::from_1900};

    auto header_of = [](pugi::xml_node entry) {
        sheet header;
        header.name = entry.attribute("name").value();
        header.visibility = visibility_of(entry.attribute("state").value());
        return header;
    };
    // Each worksheet part by the sheet that read it (part names compare without ASCII case, as in OPC).
    std::unordered_map<std::string, std::string> sheet_of_part;
    for (pugi::xml_node entry : root.child("sheets").children("sheet")) {
        std::string_view name = entry.attribute("name").value();
        const relationship* rel = relationship_of(entry, rels_by_id);
        if (!rel)
            throw error("xlsx.missing_sheet",
                        tr("bladet \"{0}\" saknar sin del i filen (ingen relation \"{1}\" i {2}): filen är skadad; "
                           "spara om den i Excel eller LibreOffice",
                           "the sheet \"{0}\" has no part in the file (no relationship \"{1}\" in {2}): the file "
                           "is damaged; save it again in Excel or LibreOffice",
                           {name, std::string_view(entry.attribute("r:id").value()).substr(0, 60), workbook_part}));
        // Chart, dialog and macro sheets hold no cells.
        if (!relationship_is(*rel, "worksheet")) continue;
        const std::string& part = rel->target;
        auto [first, inserted] = sheet_of_part.emplace(text::ascii_lower(part), name);
        if (!inserted)
            throw error("xlsx.shared_sheet_part",
                        tr("bladen \"{0}\" och \"{1}\" pekar på samma del \"{2}\": filen är skadad; spara om den "
                           "i Excel eller LibreOffice",
                           "the sheets \"{0}\" and \"{1}\" point at the same part \"{2}\": the file is damaged; "
                           "save it again in Excel or LibreOffice",
                           {first->second, name, part}));
        read_one(package, part, context, header_of(entry));
    }
}

// Reads the workbook part of an .xlsx package: read_one is given each worksheet in order, once the
// checks of its entry pass.
void read_worksheets(const byte_source& bytes, const worksheet_reading& read_one) {
    zip_package package = zip_package::open(bytes);
    std::string workbook_part = main_document_part(package);
    xml_part workbook_xml = xml_part::parse(package.read(workbook_part), workbook_part);
    pugi::xml_node root = workbook_xml.root();
    if (std::string_view(root.name()) != "workbook")
        throw error("xlsx.not_workbook",
                    tr("huvuddelen \"{0}\" är ingen Excel-arbetsbok: spara filen som .xlsx i Excel eller LibreOffice",
                       "the main part \"{0}\" is not an Excel workbook: save the file as .xlsx in Excel or "
                       "LibreOffice",
                       {workbook_part}));

    auto rels = read_relationships(package, workbook_part);
    xlsx::shared_strings_ahead shared_strings(bytes, shared_strings_part(rels));
    try {
        read_worksheets_of(package, workbook_part, root, rels, shared_strings, read_one);
    } catch (...) {
        shared_strings.size();  // an error of the shared strings first, as they come before the sheets
        throw;
    }
    shared_strings.size();  // damaged shared strings are refused even where no cell uses them
}

}  // namespace

workbook read_xlsx(const byte_source& bytes) {
    workbook book;
    read_worksheets(bytes, [&book](zip_package& package, const std::string& part, const xlsx::workbook_context& context,
                                   sheet&& header) {
        sheet& out = book.sheets.emplace_back(std::move(header));
        xlsx::read_worksheet(package, part, context, out);
    });
    return book;
}

void visit_xlsx(const byte_source& bytes, sheet_visitor& visitor) {
    read_worksheets(bytes, [&visitor](zip_package& package, const std::string& part,
                                      const xlsx::workbook_context& context, sheet&& header) {
        visitor.begin_sheet(header);
        try {
            xlsx::visit_worksheet(package, part, context, header, visitor);
        } catch (const xlsx::cells_out_of_order&) {
            // Read again whole: sorted, and a place named twice refused, as read_xlsx does.
            xlsx::read_worksheet(package, part, context, header);
            visitor.whole_sheet(header);
        }
    });
}

}  // namespace mk
