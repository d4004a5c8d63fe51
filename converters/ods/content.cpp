#include "converters/ods/content.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "converters/ods/cell_text.hpp"
#include "converters/ods/table.hpp"
#include "converters/package/xml.hpp"
#include "converters/package/xml_stream.hpp"
#include "src/core/error.hpp"

namespace mk::ods {
namespace {

constexpr std::string_view part = "content.xml";

// The elements of content.xml the reader takes notice of, by where they stand.
enum class element : std::uint8_t {
    other,
    root,          // office:document-content
    styles,        // under the root before office:body: handed to the style reader
    body,          // the first office:body
    spreadsheet,   // its first office:spreadsheet
    table,         // table:table
    column_group,  // table:table-columns, table:table-column-group, table:table-header-columns
    row_group,     // table:table-rows, table:table-row-group, table:table-header-rows
    row,
    cell,          // a cell whose value its start tag gave
    text_cell,     // a cell whose value is its text
    cell_content,  // anything inside a text_cell
};

bool is_column_group(std::string_view local) {
    return local == "table-columns" || local == "table-column-group" || local == "table-header-columns";
}

bool is_row_group(std::string_view local) {
    return local == "table-rows" || local == "table-row-group" || local == "table-header-rows";
}

class content_reader : public xml_events {
public:
    // A reader into a workbook, or, with a visitor, one that hands the sheets to it and keeps none.
    explicit content_reader(style_facts_reader& styles, sheet_visitor* visitor = nullptr)
        : styles_(styles), visitor_(visitor) {}

    void start(std::string_view uri, std::string_view local, std::span<const xml_attribute_event> attributes) override {
        element kind = open_.empty() ? root_kind(uri, local) : child_kind(open_.back(), uri, local, attributes);
        if (kind == element::root || kind == element::styles) styles_.start(uri, local, attributes);
        open_.push_back(kind);
    }

    void end() override {
        element kind = open_.back();
        open_.pop_back();
        switch (kind) {
            case element::styles: styles_.end(); break;
            case element::cell: table_->end_cell({}); break;
            case element::text_cell: table_->end_cell(text_.take()); break;
            case element::cell_content: text_.end(); break;
            case element::row: table_->end_row(); break;
            case element::table:
                if (visitor_) {
                    table_->finish();
                } else {
                    book_.sheets.push_back(table_->finish());
                }
                table_.reset();
                break;
            default: break;
        }
    }

    void text(std::string_view piece) override {
        element kind = open_.back();
        if (kind == element::text_cell || kind == element::cell_content) text_.text(piece);
    }

    // After the part has ended: the workbook.
    workbook finish() {
        if (!seen_spreadsheet_)
            throw error("ods.not_spreadsheet",
                        tr("content.xml innehåller inget kalkylblad (office:spreadsheet saknas): filen är inget .ods",
                           "content.xml holds no spreadsheet (office:spreadsheet is missing): the file is no .ods"));
        return std::move(book_);
    }

private:
    // The document element: any other than office:document-content holds no spreadsheet.
    static element root_kind(std::string_view uri, std::string_view local) {
        return uri == ns::odf_office && local == "document-content" ? element::root : element::other;
    }

    element child_kind(element parent, std::string_view uri, std::string_view local,
                       std::span<const xml_attribute_event> attributes) {
        bool table_name = table_uri_(uri);
        switch (parent) {
            case element::root:
                if (!seen_body_ && uri == ns::odf_office && local == "body") {
                    seen_body_ = true;
                    facts_ = styles_.facts();
                    return element::body;
                }
                return seen_body_ ? element::other : element::styles;
            case element::styles: return element::styles;
            case element::body:
                if (seen_spreadsheet_ || uri != ns::odf_office || local != "spreadsheet") return element::other;
                seen_spreadsheet_ = true;
                return element::spreadsheet;
            case element::spreadsheet:
                if (!table_name || local != "table") return element::other;
                start_table(attributes);
                return element::table;
            case element::table:
                if (table_name && is_row_group(local)) return element::row_group;
                if (table_name && local == "table-row") return start_row(attributes);
                [[fallthrough]];
            case element::column_group:
                if (table_name && is_column_group(local)) return element::column_group;
                if (table_name && local == "table-column") table_->read_column(attributes);
                return element::other;
            case element::row_group:
                if (table_name && is_row_group(local)) return element::row_group;
                if (table_name && local == "table-row") return start_row(attributes);
                return element::other;
            case element::row: {
                bool covered = table_name && local == "covered-table-cell";
                if (!covered && !(table_name && local == "table-cell")) return element::other;
                return table_->start_cell(attributes, covered) ? element::text_cell : element::cell;
            }
            case element::text_cell:
            case element::cell_content: text_.start(uri, local, attributes); return element::cell_content;
            default: return element::other;
        }
    }

    void start_table(std::span<const xml_attribute_event> attributes) {
        std::optional<std::string_view> name = find_attribute(attributes, ns::odf_table, "name");
        ++tables_;
        if (!name) {
            std::string number = std::to_string(tables_);
            throw error("ods.no_sheet_name",
                        tr("blad nummer {0} i content.xml saknar namn (table:name): filen är skadad, spara om den i "
                           "LibreOffice",
                           "sheet number {0} in content.xml has no name (table:name): the file is damaged, save it "
                           "again in LibreOffice",
                           {number}));
        }
        table_.emplace(std::string(*name), find_attribute(attributes, ns::odf_table, "style-name").value_or(""), facts_,
                       budget_, visitor_);
    }

    element start_row(std::span<const xml_attribute_event> attributes) {
        table_->start_row(attributes);
        return element::row;
    }

    style_facts_reader& styles_;
    sheet_visitor* visitor_;
    uri_match table_uri_{ns::odf_table};
    style_facts facts_;
    expansion_budget budget_;
    workbook book_;
    std::size_t tables_ = 0;     // the tables begun
    std::vector<element> open_;  // the elements open, the root first
    bool seen_body_ = false;
    bool seen_spreadsheet_ = false;
    std::optional<table_reader> table_;  // the table being read
    cell_text_reader text_;              // the text of the text_cell being read
};

}  // namespace

workbook read_content(zip_package& package, style_facts_reader& styles) {
    styles.begin_part(0);
    content_reader reader(styles);
    read_xml_events(package, part, reader);
    return reader.finish();
}

void visit_content(zip_package& package, style_facts_reader& styles, sheet_visitor& visitor) {
    styles.begin_part(0);
    content_reader reader(styles, &visitor);
    read_xml_events(package, part, reader);
    reader.finish();
}

}  // namespace mk::ods
