#include "converters/html/write.hpp"

#include <algorithm>
#include <string_view>
#include <vector>

#include "src/core/xml_writer.hpp"

namespace mk {
namespace {

// Readable on a phone (tables and figures scroll sideways, text reflows) and printable (no
// scrolling, header rows repeated, colours kept).
constexpr std::string_view style_sheet = R"(:root{color-scheme:light}
*{box-sizing:border-box}
body{margin:0;background:#fff;color:#1f2328;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"DejaVu Sans",sans-serif;-webkit-text-size-adjust:100%}
main{max-width:72rem;margin:0 auto;padding:1.25rem 1rem 3rem}
h1,h2,h3,h4,h5,h6{line-height:1.25;margin:1.6em 0 .5em;color:#10263d}
h1{font-size:1.9rem;margin-top:.4em;padding-bottom:.3em;border-bottom:3px solid #2f6ea5}
h2{font-size:1.45rem;padding-bottom:.2em;border-bottom:1px solid #d0d7de}
h3{font-size:1.2rem}
h4{font-size:1.05rem}
h5,h6{font-size:1rem}
p{margin:.5em 0}
ul,ol{margin:.5em 0;padding-left:1.6em}
mark{background:#fff176;padding:0 .1em}
.table-wrap{overflow-x:auto;-webkit-overflow-scrolling:touch;margin:.75em 0 1.25em;border:1px solid #d0d7de;border-radius:6px}
table{border-collapse:collapse;width:100%;font-size:.92rem}
th,td{border:1px solid #d0d7de;padding:.45em .6em;text-align:left;vertical-align:top;min-width:5em}
tr>:first-child{border-left:0}
tr>:last-child{border-right:0}
thead tr:first-child>*{border-top:0}
tbody tr:last-child>*{border-bottom:0}
th{background:#dde4ec;font-weight:600}
td p,th p{margin:0}
td p+p,th p+p{margin-top:.4em}
figure{margin:1em 0 1.5em}
.figure-scroll{overflow-x:auto;-webkit-overflow-scrolling:touch}
figure svg{display:block;width:100%;min-width:36rem;height:auto}
figcaption{font-size:.88rem;color:#57606a;margin-top:.5em}
.page-header,.page-footer{color:#57606a;font-size:.88rem}
@media (max-width:40rem){body{font-size:15px}main{padding:.75rem .6rem 2rem}h1{font-size:1.5rem}h2{font-size:1.25rem}th,td{padding:.35em .45em}}
@media print{@page{margin:15mm}
body{font-size:10pt}
main{max-width:none;padding:0}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
.table-wrap,.figure-scroll{overflow:visible;border:0}
thead{display:table-header-group}
tr,figure{break-inside:avoid}
h1,h2,h3,h4,h5,h6{break-after:avoid}
figure svg{min-width:0}}
)";

// The text of a paragraph-like block as inline HTML: escaped, line breaks as <br>, bold and yellow kept.
std::string inline_text(const block& b) {
    std::string out;
    std::string_view text = b.text;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        if (start) out += "<br>";
        std::string line = escape_text(text.substr(start, end - start));
        std::replace(line.begin(), line.end(), '\t', ' ');
        out += line;
        start = end + 1;
    }
    if (b.yellow) out = "<mark>" + out + "</mark>";
    if (b.bold) out = "<strong>" + out + "</strong>";
    return out;
}

// A shading as a CSS declaration; empty unless it is six hexadecimal digits.
std::string background(const std::string& shading) {
    bool valid = shading.size() == 6 && std::all_of(shading.begin(), shading.end(), [](char c) {
                     return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
                 });
    return valid ? " style=\"background-color:#" + shading + "\"" : "";
}

class html_writer {
public:
    std::string run(const document& doc) {
        std::string title = doc.title;
        for (const block& b : doc.blocks)
            if (title.empty() && b.kind == block_kind::heading) title = b.text;
        out_ += "<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n"
                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
                escape_text(title.empty() ? "Rapport" : title) + "</title>\n<style>\n" + std::string(style_sheet) +
                "</style>\n</head>\n<body>\n<main>\n";
        for (const std::string& text : doc.page_headers) out_ += "<p class=\"page-header\">" + escape_text(text) + "</p>\n";
        write_blocks(doc.blocks);
        for (const std::string& text : doc.page_footers) out_ += "<p class=\"page-footer\">" + escape_text(text) + "</p>\n";
        out_ += "</main>\n</body>\n</html>\n";
        return std::move(out_);
    }

private:
    void write_blocks(const std::vector<block>& blocks) {
        for (const block& b : blocks) {
            if (b.kind != block_kind::list_item) close_lists();
            switch (b.kind) {
                case block_kind::heading: write_heading(b); break;
                case block_kind::paragraph: out_ += "<p>" + inline_text(b) + "</p>\n"; break;
                case block_kind::list_item: write_list_item(b); break;
                case block_kind::table: write_table(b); break;
                case block_kind::figure: write_figure(b); break;
            }
        }
        close_lists();
    }

    void write_heading(const block& b) {
        std::string tag = "h" + std::to_string(std::clamp<std::uint32_t>(b.level, 1, 6));
        block plain = b;
        plain.bold = false;
        if (!b.number.empty()) plain.text = b.number + " " + b.text;
        out_ += "<" + tag + ">" + inline_text(plain) + "</" + tag + ">\n";
    }

    // Opens and closes nested <ul>/<ol> so that the item sits at its level (at most one deeper).
    void write_list_item(const block& b) {
        std::size_t level = std::min<std::size_t>(b.level, lists_.size());
        while (lists_.size() > level + 1) close_list();
        if (lists_.size() == level + 1) {
            if (lists_.back() != b.numbered)
                close_list();
            else
                out_ += "</li>\n";
        }
        while (lists_.size() < level + 1) {
            out_ += b.numbered ? "<ol>\n" : "<ul>\n";
            lists_.push_back(b.numbered);
        }
        out_ += "<li>" + inline_text(b);
    }

    void close_list() {
        out_ += lists_.back() ? "</li>\n</ol>\n" : "</li>\n</ul>\n";
        lists_.pop_back();
    }

    void close_lists() {
        while (!lists_.empty()) close_list();
    }

    void write_table(const block& table) {
        out_ += "<div class=\"table-wrap\">\n<table>\n";
        std::size_t header_rows = std::min<std::size_t>(table.header_rows, table.rows.size());
        for (std::size_t r = 0; r < table.rows.size(); ++r) {
            if (r == 0 && header_rows) out_ += "<thead>\n";
            if (r == header_rows) out_ += "<tbody>\n";
            bool header = r < header_rows;
            out_ += "<tr>";
            for (const table_cell& c : table.rows[r].cells) {
                if (c.covered) continue;
                std::string tag = header ? "th" : "td";
                out_ += "<" + tag + (header ? " scope=\"col\"" : "");
                if (c.col_span > 1) out_ += " colspan=\"" + std::to_string(c.col_span) + "\"";
                if (c.row_span > 1) out_ += " rowspan=\"" + std::to_string(c.row_span) + "\"";
                out_ += background(c.shading) + ">";
                write_cell_content(c);
                out_ += "</" + tag + ">";
            }
            out_ += "</tr>\n";
            if (header && r + 1 == header_rows) out_ += "</thead>\n";
        }
        if (header_rows < table.rows.size()) out_ += "</tbody>\n";
        out_ += "</table>\n</div>\n";
    }

    void write_cell_content(const table_cell& c) {
        if (c.blocks.size() == 1 && c.blocks.front().kind == block_kind::paragraph) {
            out_ += inline_text(c.blocks.front());
            return;
        }
        std::vector<bool> outer_lists;
        std::swap(outer_lists, lists_);
        out_ += "\n";
        write_blocks(c.blocks);
        std::swap(outer_lists, lists_);
    }

    // The figure's SVG is markup the report made, written as it is; its caption is text.
    void write_figure(const block& b) {
        out_ += "<figure>\n<div class=\"figure-scroll\">\n" + b.svg + "</div>\n";
        if (!b.text.empty()) out_ += "<figcaption>" + inline_text(b) + "</figcaption>\n";
        out_ += "</figure>\n";
    }

    std::string out_;
    // The open lists, innermost last: whether each is numbered.
    std::vector<bool> lists_;
};

}  // namespace

std::string write_html(const document& doc) { return html_writer().run(doc); }

}  // namespace mk
