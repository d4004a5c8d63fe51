#include "converters/docx/read.hpp"

#include "converters/docx/body.hpp"
#include "converters/package/opc.hpp"
#include "converters/package/xml.hpp"
#include "converters/package/zip.hpp"
#include "src/core/error.hpp"

namespace mk {
namespace {

const relationship* find_by_id(const std::vector<relationship>& rels, std::string_view id) {
    for (const relationship& rel : rels)
        if (!rel.external && rel.id == id) return &rel;
    return nullptr;
}

// The parsed part a relationship of the main part points to, if the package has it.
std::optional<xml_part> related_part(zip_package& package, const relationship* rel) {
    if (!rel || !package.contains(rel->target)) return std::nullopt;
    return xml_part::parse(package.read(rel->target), rel->target);
}

// The texts of the header or footer parts named by ids, each part's paragraphs one a line.
void read_page_texts(zip_package& package, const std::vector<relationship>& rels, const std::vector<std::string>& ids,
                     const docx::style_sheet& styles, const docx::numbering& lists, std::vector<std::string>& out) {
    for (const std::string& id : ids) {
        std::optional<xml_part> part = related_part(package, find_by_id(rels, id));
        if (!part) continue;
        docx::numbering own_counters = lists;
        docx::story_reader reader(styles, own_counters, find_by_id(rels, id)->target);
        std::vector<block> blocks;
        reader.read_blocks(part->root(), blocks);
        add_distinct(out, plain_text(blocks));
    }
}

// Refuses a body that takes content from another file (w:altChunk: HTML, RTF, text or a whole
// .docx pasted in by a program), which would otherwise be left out without a word.
void refuse_alt_chunks(const std::vector<relationship>& rels, const std::vector<std::string>& ids) {
    if (ids.empty()) return;
    const relationship* rel = find_by_id(rels, ids.front());
    std::string_view part = rel ? std::string_view(rel->target) : std::string_view(ids.front()).substr(0, 60);
    throw error("docx.alt_chunk",
                tr("dokumentet har innehåll från en annan fil inbäddat som altChunk (delen \"{0}\"), som malkedja "
                   "inte läser: öppna dokumentet i Word och spara det igen, så blir innehållet vanlig text i "
                   "dokumentet",
                   "the document has content from another file embedded as altChunk (the part \"{0}\"), which "
                   "malkedja does not read: open the document in Word and save it again, so that the content "
                   "becomes ordinary text in the document",
                   {part}));
}

}  // namespace

document read_docx(std::string_view bytes) {
    zip_package package = zip_package::open(bytes);
    return read_docx_package(package);
}

namespace {

// The document of package whose main part (main) parse() gives, parsed after its styles and
// numbering.
template <class Parse>
document read_main(zip_package& package, const std::string& main, Parse&& parse) {
    std::vector<relationship> rels = read_relationships(package, main);
    auto sheet = std::make_shared<const docx::style_sheet>();
    if (const relationship* rel = find_relationship(rels, "styles"); rel && package.contains(rel->target))
        sheet = docx::style_sheet_of(package.read(rel->target), rel->target);
    const docx::style_sheet& styles = *sheet;
    docx::numbering lists;
    if (std::optional<xml_part> part = related_part(package, find_relationship(rels, "numbering")))
        lists = docx::numbering(part->root(), styles);
    std::optional<xml_part> parsed;
    pugi::xml_node root = parse(parsed);
    pugi::xml_node body = root.child("w:body");
    if (std::string_view(root.name()) != "w:document" || !body)
        throw error("docx.no_body", tr("delen \"{0}\" är inget Word-dokument (w:document/w:body saknas): filen är "
                                       "skadad",
                                       "the part \"{0}\" is no Word document (w:document/w:body is missing): the "
                                       "file is damaged",
                                       {main}));
    document out;
    docx::numbering body_counters = lists;
    docx::story_reader reader(styles, body_counters, main);
    reader.read_blocks(body, out.blocks);
    refuse_alt_chunks(rels, reader.alt_chunk_ids());
    read_page_texts(package, rels, reader.header_ids(), styles, lists, out.page_headers);
    read_page_texts(package, rels, reader.footer_ids(), styles, lists, out.page_footers);
    return out;
}

}  // namespace

document read_docx_package(zip_package& package) {
    std::string main = main_document_part(package);
    return read_main(package, main, [&](std::optional<xml_part>& parsed) {
        parsed = xml_part::parse(package.read(main), main);
        return parsed->root();
    });
}

document read_docx_package(zip_package& package, pugi::xml_node main_root) {
    return read_main(package, main_document_part(package), [&](std::optional<xml_part>&) { return main_root; });
}

}  // namespace mk
