#include "tests/unit/docx_write/written_documents.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "converters/docx/read.hpp"
#include "converters/odt/read.hpp"
#include "src/container/document_dump.hpp"
#include "src/container/document_layout.hpp"
#include "src/core/file_io.hpp"

namespace mk::test {
namespace {

block styled_block(block_kind kind, std::string text, std::string style = {}) {
    block b;
    b.kind = kind;
    b.text = std::move(text);
    b.style = std::move(style);
    return b;
}

block heading(std::uint32_t level, std::string text, std::string number = {}) {
    block b = styled_block(block_kind::heading, std::move(text));
    b.level = level;
    b.number = std::move(number);
    return b;
}

block list_item(std::uint32_t level, bool numbered, std::string text) {
    block b = styled_block(block_kind::list_item, std::move(text));
    b.level = level;
    b.numbered = numbered;
    return b;
}

table_cell cell_of(std::vector<block> blocks, std::uint32_t col_span = 1, std::uint32_t row_span = 1) {
    table_cell cell;
    cell.blocks = std::move(blocks);
    cell.col_span = col_span;
    cell.row_span = row_span;
    return cell;
}

table_cell text_cell(std::string text) { return cell_of({styled_block(block_kind::paragraph, std::move(text))}); }

table_cell covered() {
    table_cell cell;
    cell.covered = true;
    return cell;
}

block table_of(std::vector<std::vector<table_cell>> rows, std::uint32_t header_rows = 0) {
    block b;
    b.kind = block_kind::table;
    for (auto& cells : rows) b.rows.push_back({std::move(cells)});
    b.header_rows = header_rows;
    return b;
}

// A 5x4 table: a header row, a cell spanning two columns, one spanning two rows, one spanning
// two of each, shading, a nested table, lists and an empty cell.
block spanning_table() {
    block nested = table_of({{text_cell("inre A1"), text_cell("inre B1")}, {cell_of({}, 2), covered()}}, 1);
    nested.rows[1].cells[0].blocks.push_back(styled_block(block_kind::paragraph, "inre rad 2 över två kolumner"));
    table_cell shaded = text_cell("Klart");
    shaded.shading = "C6EFCE";
    table_cell red = text_cell("Avviker");
    red.shading = "ffc7ce";
    table_cell lists = cell_of({list_item(0, false, "punkt i cell"), list_item(0, true, "nummer i cell")});
    return table_of(
        {
            {text_cell("Mål"), cell_of({styled_block(block_kind::paragraph, "Aktivitet & status")}, 2), covered(),
             text_cell("Kommentar")},
            {cell_of({styled_block(block_kind::paragraph, "Mål över två rader")}, 1, 2), shaded, red, lists},
            {covered(), cell_of({styled_block(block_kind::paragraph, "två gånger två")}, 2, 2), covered(),
             cell_of({nested})},
            {text_cell("sista målet"), covered(), covered(), cell_of({})},
            {text_cell("a\tb\nc"), text_cell(""), cell_of({styled_block(block_kind::paragraph, "före"), nested}),
             text_cell("  mellanslag  ")},
        },
        1);
}

std::string normalized_text(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        auto c = static_cast<unsigned char>(text[i]);
        if (c == '\r') {
            if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
            out += '\n';
        } else if (c < 0x20 && c != '\t' && c != '\n') {
            out += "\xEF\xBF\xBD";
        } else {
            out += static_cast<char>(c);
        }
    }
    return out;
}

bool has_words(std::string_view text) {
    return std::any_of(text.begin(), text.end(), [](char c) { return c != ' ' && c != '\t' && c != '\n'; });
}

block empty_paragraph() { return styled_block(block_kind::paragraph, "", "Normal"); }

std::vector<block> read_back_blocks(const std::vector<block>& blocks, written_format format);

block read_back_table(const block& table, written_format format) {
    block out;
    out.kind = block_kind::table;
    std::vector<std::vector<grid_place>> layout = table_layout(table);
    out.header_rows = std::min<std::uint32_t>(table.header_rows, static_cast<std::uint32_t>(table.rows.size()));
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        table_row& row = out.rows.emplace_back();
        for (std::size_t c = 0; c < layout[r].size(); ++c) {
            const grid_place& place = layout[r][c];
            table_cell& cell = row.cells.emplace_back();
            if (place.covered && (place.owned || format == written_format::odt)) {
                cell.covered = true;
                continue;
            }
            cell.col_span = place.col_span;
            cell.row_span = place.row_span;
            if (!place.covered && c < table.rows[r].cells.size())
                cell.blocks = read_back_blocks(table.rows[r].cells[c].blocks, format);
            if (format == written_format::docx && (cell.blocks.empty() || cell.blocks.back().kind == block_kind::table))
                cell.blocks.push_back(empty_paragraph());
        }
    }
    return out;
}

std::vector<block> read_back_blocks(const std::vector<block>& blocks, written_format format) {
    std::vector<block> out;
    for (const block& b : blocks) {
        if (b.kind == block_kind::table) {
            if (!b.rows.empty() && b.column_count() > 0) out.push_back(read_back_table(b, format));
            continue;
        }
        block r;
        r.kind = b.kind == block_kind::figure ? block_kind::paragraph : b.kind;
        r.style = paragraph_style_of(b);
        r.text = normalized_text(shown_text_of(b));
        if (b.kind == block_kind::heading) {
            r.level = heading_level_of(b);
        } else {
            r.level = b.kind == block_kind::list_item ? list_level_of(b) : 0;
            r.numbered = b.kind == block_kind::list_item && b.numbered;
            bool heading_style = r.style.size() == 9 && r.style.starts_with("Heading ");
            r.bold = (b.bold || heading_style) && has_words(r.text);
            r.yellow = b.yellow && has_words(r.text);
        }
        out.push_back(std::move(r));
    }
    return out;
}

// The lines of texts as one text, with last added; empty when there is nothing.
std::vector<std::string> joined(const std::vector<std::string>& texts, std::string_view last) {
    std::string out;
    for (const std::string& text : texts) {
        if (text.empty()) continue;
        out += (out.empty() ? "" : "\n") + normalized_text(text);
    }
    if (!last.empty()) out += (out.empty() ? "" : "\n") + std::string(last);
    if (out.empty()) return {};
    return {out};
}

std::string escaped_line(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == '\\') out += "\\\\";
        else if (c == '\n') out += "\\n";
        else if (c == '\t') out += "\\t";
        else out += c;
    }
    return out;
}

std::string cell_paragraphs(const table_cell& cell) {
    std::string out;
    bool first = true;
    for (const block& b : cell.blocks) {
        if (b.kind == block_kind::table) continue;
        if (!first) out += '\n';
        out += b.text;
        first = false;
    }
    return out;
}

}  // namespace

document synthetic_document() {
    document doc;
    doc.title = "Rapport & <test> för nämnden";
    block bold = styled_block(block_kind::paragraph, "Helt fetstilt stycke", "Normal");
    bold.bold = true;
    block yellow = styled_block(block_kind::paragraph, "Gulmarkerat utvecklingsområde (SKA)");
    yellow.yellow = true;
    block both = list_item(1, false, "fet och gul punkt");
    both.bold = true;
    both.yellow = true;
    block blank_bold = styled_block(block_kind::paragraph, " \t ");
    blank_bold.bold = true;
    blank_bold.yellow = true;
    block figure;
    figure.kind = block_kind::figure;
    figure.text = "Figur 1: målkedjan";
    figure.svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>";
    block deep = heading(12, "För djup rubrik");
    block deep_item = list_item(11, true, "för djup punkt");
    doc.blocks = {
        styled_block(block_kind::paragraph, "Uppföljning 2024", "Title"),
        styled_block(block_kind::paragraph, "Grundskolenämnden", "Subtitle"),
        heading(1, "Sammanfattning", "1."),
        styled_block(block_kind::paragraph, "Tecken: & < > \" ' åäö ÅÄÖ é 😀 \x01 slut\x1F."),
        styled_block(block_kind::paragraph, "rad ett\nrad två\r\nrad tre\rrad fyra\tflik"),
        styled_block(block_kind::paragraph, "  två inledande,  två inuti och två efter  "),
        styled_block(block_kind::paragraph, " "),
        styled_block(block_kind::paragraph, ""),
        bold,
        yellow,
        blank_bold,
        heading(2, "Mål och aktiviteter", "1.1"),
        list_item(0, false, "första punkten"),
        both,
        list_item(3, false, "hopp till nivå tre"),
        list_item(0, true, "numrerad efter punkter"),
        list_item(1, true, "numrerad nivå två"),
        list_item(0, true, "numrerad igen"),
        styled_block(block_kind::paragraph, "Mellan listorna", "Body Text"),
        list_item(0, true, "ny numrerad lista"),
        deep_item,
        styled_block(block_kind::list_item, "punkt med egen stil", "List Paragraph"),
        heading(3, "Tabell"),
        spanning_table(),
        figure,
        styled_block(block_kind::paragraph, "Innehåll", "TOC 1"),
        styled_block(block_kind::paragraph, "Udda stil", "123 _konstig/stil_"),
        styled_block(block_kind::paragraph, "Brödtext i rubrikstil", "Heading 2"),
        deep,
        heading(0, "Nivå noll"),
        table_of({}),
    };
    doc.page_headers = {"Barn- och utbildningsnämnden", "andra huvudet\tmed flik"};
    doc.page_footers = {"Malkedja – uppföljning"};
    return doc;
}

document as_read_back(const document& doc, written_format format) {
    document out;
    out.blocks = read_back_blocks(doc.blocks, format);
    out.page_headers = joined(doc.page_headers, "");
    out.page_footers = joined(doc.page_footers, "Sida 1");
    return out;
}

std::vector<std::string> source_documents() {
    std::vector<std::string> out;
    std::filesystem::path folders[] = {MK_FIXTURES, std::filesystem::path(MK_SOURCE_DIR) / "tests/data/docx",
                                       std::filesystem::path(MK_SOURCE_DIR) / "tests/data/word"};
    for (const std::filesystem::path& folder : folders)
        for (const auto& entry : std::filesystem::recursive_directory_iterator(folder)) {
            std::string extension = entry.path().extension().string();
            if (extension == ".docx" || extension == ".odt") out.push_back(entry.path().string());
        }
    std::sort(out.begin(), out.end());
    return out;
}

document read_source_document(const std::string& path) {
    std::string bytes = read_input_file(path);
    return path.ends_with(".odt") ? read_odt(bytes) : read_docx(bytes);
}

void check_round_trips(document_writer write, document_reader read, written_format format) {
    std::vector<std::string> paths = source_documents();
    REQUIRE(paths.size() >= 10);
    for (const std::string& path : paths) {
        CAPTURE(path);
        document source = read_source_document(path);
        CHECK(dump_document(read(write(source))) == dump_document(as_read_back(source, format)));
    }
    document doc = synthetic_document();
    CHECK(dump_document(read(write(doc))) == dump_document(as_read_back(doc, format)));
}

std::size_t write_client_files(document_writer write, written_format format) {
    const char* folder = std::getenv("MK_INTEROP_OUT");
    if (!folder || !*folder) return 0;
    std::string extension = format == written_format::docx ? ".docx" : ".odt";
    std::vector<std::pair<std::string, document>> documents;
    documents.emplace_back("synthetic", synthetic_document());
    for (const std::string& path : source_documents()) {
        std::filesystem::path source(path);
        documents.emplace_back(source.stem().string() + "-" + source.extension().string().substr(1),
                               read_source_document(path));
    }
    auto save = [](const std::filesystem::path& path, std::string_view bytes) {
        std::ofstream(path, std::ios::binary) << bytes;
        REQUIRE(std::filesystem::file_size(path) == bytes.size());
    };
    for (const auto& [name, doc] : documents) {
        std::filesystem::path file = std::filesystem::path(folder) / (name + extension);
        document read_back = as_read_back(doc, format);
        save(file, write(doc));
        save(file.string() + ".headings", heading_lines(read_back));
        if (format == written_format::docx) save(file.string() + ".cells", python_docx_cells(read_back));
    }
    return documents.size();
}

std::string python_docx_cells(const document& read_back) {
    std::string out;
    std::size_t number = 0;
    for (const block& table : read_back.blocks) {
        if (table.kind != block_kind::table) continue;
        ++number;
        std::vector<std::vector<grid_place>> layout = table_layout(table);
        for (std::size_t r = 0; r < table.rows.size(); ++r)
            for (std::size_t c = 0; c < table.rows[r].cells.size(); ++c) {
                const grid_place& place = layout[r][c];
                const table_cell& cell = place.owned ? table.rows[place.owner_row].cells[place.owner_col]
                                                     : table.rows[r].cells[c];
                out += "table " + std::to_string(number) + " row " + std::to_string(r + 1) + " cell " +
                       std::to_string(c + 1) + ": " + escaped_line(cell_paragraphs(cell)) + "\n";
            }
    }
    return out;
}

std::string heading_lines(const document& doc) {
    std::string out;
    for (const block& b : doc.blocks) {
        if (b.kind != block_kind::heading) continue;
        std::string text = b.text.substr(0, b.text.find('\n'));
        if (has_words(text)) out += text + "\n";
    }
    return out;
}

}  // namespace mk::test
