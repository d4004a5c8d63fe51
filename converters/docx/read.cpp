#include "converters/docx/read.hpp"

#include <map>

#include "converters/docx/body.hpp"
#include "converters/docx/chart.hpp"
#include "converters/docx/diagram.hpp"
#include "converters/package/opc.hpp"
#include "converters/package/xml.hpp"
#include "converters/package/xml_fragments.hpp"
#include "converters/package/xml_stream.hpp"
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
        add_distinct(out, text_with_notes(blocks));
    }
}

// What text_of makes of each part of kind (a relationship type) that rels name, by relationship id;
// an empty text is left out. Charts (chart_text) and SmartArt (diagram_text).
std::map<std::string, std::string, std::less<>> read_related_texts(zip_package& package,
                                                                   const std::vector<relationship>& rels,
                                                                   std::string_view kind,
                                                                   std::string (*text_of)(pugi::xml_node root)) {
    std::map<std::string, std::string, std::less<>> out;
    for (const relationship& rel : rels) {
        if (rel.external || !relationship_is(rel, kind)) continue;
        std::optional<xml_part> part = related_part(package, &rel);
        if (!part) continue;
        std::string text = text_of(part->root());
        if (!text.empty()) out.emplace(rel.id, std::move(text));
    }
    return out;
}

// The charts' and SmartArt's texts a story of the part with these relationships refers to.
docx::note_texts related_notes(zip_package& package, const std::vector<relationship>& rels) {
    docx::note_texts out;
    out.charts = read_related_texts(package, rels, "chart",
                                    [](pugi::xml_node root) { return chart_text(docx::read_chart(root)); });
    out.diagrams = read_related_texts(package, rels, "diagramData", docx::diagram_text);
    return out;
}

// The texts of the notes (element: w:footnote, w:endnote or w:comment) of the part the main part's
// relationship of kind names, by id; separators and empty notes have none. Their pictures, embedded
// objects, charts and SmartArt are named as the body's are, the last two from the part's own
// relationships.
std::map<std::string, std::string, std::less<>> read_note_part(zip_package& package,
                                                               const std::vector<relationship>& rels,
                                                               std::string_view kind, const char* element,
                                                               const docx::style_sheet& styles,
                                                               const docx::numbering& lists) {
    std::map<std::string, std::string, std::less<>> out;
    const relationship* rel = find_relationship(rels, kind);
    std::optional<xml_part> part = related_part(package, rel);
    if (!part) return out;
    docx::numbering own_counters = lists;
    const docx::note_texts related = related_notes(package, read_relationships(package, rel->target));
    for (pugi::xml_node note : part->root().children(element)) {
        docx::story_reader reader(styles, own_counters, rel->target, &related);
        std::vector<block> blocks;
        reader.read_blocks(note, blocks);
        std::string text = note_text(blocks);
        if (!text.empty()) out.emplace(note.attribute("w:id").value(), std::move(text));
    }
    return out;
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

// What reading the stories of the main part needs: its relationships, styles and lists.
struct main_context {
    std::string main;
    std::vector<relationship> rels;
    std::shared_ptr<const docx::style_sheet> styles = std::make_shared<const docx::style_sheet>();
    docx::numbering lists;
    docx::note_texts notes;
};

main_context read_context(zip_package& package) {
    main_context context;
    context.main = main_document_part(package);
    context.rels = read_relationships(package, context.main);
    if (const relationship* rel = find_relationship(context.rels, "styles"); rel && package.contains(rel->target))
        context.styles = docx::style_sheet_of(package.read(rel->target), rel->target);
    if (std::optional<xml_part> part = related_part(package, find_relationship(context.rels, "numbering")))
        context.lists = docx::numbering(part->root(), *context.styles);
    context.notes = related_notes(package, context.rels);
    context.notes.footnotes =
        read_note_part(package, context.rels, "footnotes", "w:footnote", *context.styles, context.lists);
    context.notes.endnotes =
        read_note_part(package, context.rels, "endnotes", "w:endnote", *context.styles, context.lists);
    context.notes.comments =
        read_note_part(package, context.rels, "comments", "w:comment", *context.styles, context.lists);
    return context;
}

[[noreturn]] void fail_no_body(std::string_view main) {
    throw error("docx.no_body", tr("delen \"{0}\" är inget Word-dokument (w:document/w:body saknas): filen är "
                                   "skadad",
                                   "the part \"{0}\" is no Word document (w:document/w:body is missing): the "
                                   "file is damaged",
                                   {main}));
}

// What follows the body: the check for content of other files, then the header and footer texts.
void read_after_body(zip_package& package, const main_context& context, const docx::story_reader& reader,
                     document& out) {
    refuse_alt_chunks(context.rels, reader.alt_chunk_ids());
    read_page_texts(package, context.rels, reader.header_ids(), *context.styles, context.lists, out.page_headers);
    read_page_texts(package, context.rels, reader.footer_ids(), *context.styles, context.lists, out.page_footers);
}

}  // namespace

document read_docx(std::string_view bytes) {
    document out;
    document rest = read_docx(bytes, [&](block&& b) { out.blocks.push_back(std::move(b)); });
    out.page_headers = std::move(rest.page_headers);
    out.page_footers = std::move(rest.page_footers);
    return out;
}

document read_docx(std::string_view bytes, const block_sink& body) {
    zip_package package = zip_package::open(bytes);
    main_context context = read_context(package);
    docx::numbering body_counters = context.lists;
    docx::story_reader reader(*context.styles, body_counters, context.main, &context.notes);
    std::vector<block> blocks;
    auto hand_over = [&] {
        for (block& b : blocks) body(std::move(b));
        blocks.clear();
    };
    xml_fragments fragments(context.main, {"w:document", "w:body"}, [&](pugi::xml_node child) {
        reader.read_block(child, blocks);
        hand_over();
    });
    read_xml_events(package, context.main, fragments);
    if (!fragments.found()) fail_no_body(context.main);
    reader.finish(blocks);
    hand_over();
    document out;
    read_after_body(package, context, reader, out);
    return out;
}

document read_docx_package(zip_package& package, pugi::xml_node main_root) {
    main_context context = read_context(package);
    pugi::xml_node body = main_root.child("w:body");
    if (std::string_view(main_root.name()) != "w:document" || !body) fail_no_body(context.main);
    document out;
    docx::numbering body_counters = context.lists;
    docx::story_reader reader(*context.styles, body_counters, context.main, &context.notes);
    reader.read_blocks(body, out.blocks);
    read_after_body(package, context, reader, out);
    return out;
}

}  // namespace mk
