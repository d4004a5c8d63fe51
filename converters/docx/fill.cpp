#include "converters/docx/fill.hpp"

#include <vector>

#include "converters/docx/fill_body.hpp"
#include "converters/docx/fill_memory.hpp"
#include "converters/docx/read.hpp"
#include "converters/package/fill_steps.hpp"
#include "converters/package/fill_text.hpp"
#include "converters/package/opc.hpp"
#include "converters/package/template_entries.hpp"
#include "converters/package/xml.hpp"
#include "converters/package/zip.hpp"
#include "converters/package/zip_writer.hpp"
#include "src/core/error.hpp"

namespace mk {
namespace {

bool is_header_or_footer(std::string_view name) {
    return name.starts_with("word/") && name.ends_with(".xml") &&
           (name.substr(5).starts_with("header") || name.substr(5).starts_with("footer"));
}

// settings.xml asking Word to update the fields (the table of contents) when it opens the file.
std::string with_field_update(std::string text, std::string_view name) {
    auto part = xml_part::parse(std::move(text), name);
    auto settings = part.root();
    if (settings.child("w:updateFields")) return save_part(settings);
    // CT_Settings's order: w:updateFields comes before these.
    static constexpr std::string_view later[] = {"w:hdrShapeDefaults",
                                                 "w:footnotePr",
                                                 "w:endnotePr",
                                                 "w:compat",
                                                 "w:docVars",
                                                 "w:rsids",
                                                 "m:mathPr",
                                                 "w:attachedSchema",
                                                 "w:themeFontLang",
                                                 "w:clrSchemeMapping",
                                                 "w:doNotIncludeSubdocsInStats",
                                                 "w:doNotAutoCompressPictures",
                                                 "w:forceUpgrade",
                                                 "w:captions",
                                                 "w:readModeInkLockDown",
                                                 "w:smartTagType",
                                                 "w:schemaLibrary",
                                                 "w:shapeDefaults",
                                                 "w:doNotEmbedSmartTags",
                                                 "w:decimalSymbol",
                                                 "w:listSeparator"};
    pugi::xml_node before;
    for (auto child : settings.children()) {
        std::string_view child_name = child.name();
        bool is_later = child_name.starts_with("{");
        for (auto entry : later) is_later = is_later || entry == child_name;
        if (is_later) {
            before = child;
            break;
        }
    }
    auto update =
        before ? settings.insert_child_before("w:updateFields", before) : settings.append_child("w:updateFields");
    update.append_attribute("w:val") = "true";
    return save_part(settings);
}

// The document's styles (the styles relationship of its main part), empty when it has none.
std::shared_ptr<const docx::style_sheet> styles_of(zip_package& package) {
    auto rels = read_relationships(package, "word/document.xml");
    const relationship* rel = find_relationship(rels, "styles");
    if (!rel || !package.contains(rel->target)) return std::make_shared<const docx::style_sheet>();
    return docx::style_sheet_of(package.read(rel->target), rel->target);
}

}  // namespace

filled_document fill_docx(std::string_view template_bytes, const fill_plan& plan) {
    auto template_parts = template_entries(template_bytes);
    auto package = zip_package::of_entries(*template_parts);
    if (!package.contains("word/document.xml"))
        throw error("docx.no_document", tr("mallen har ingen word/document.xml: den är inget Word-dokument (.docx)",
                                           "the template has no word/document.xml: it is no Word document (.docx)"));
    fill_log log;
    if (plan.update)
        if (auto text = docx_fill::read_memory(package)) log.before = decode_fill_memory(*text);
    auto styles = styles_of(package);
    auto document = xml_part::copy_of_parse(package.read("word/document.xml"), "word/document.xml");
    auto body = document.root().child("w:body");
    // Word's update on open only helps a table of contents that is a field.
    bool toc_field = docx_fill::has_toc_field(body);
    docx_fill::body_format format(*styles, toc_field);
    fill_body(body, plan, format, log);
    std::vector<zip_entry> entries;
    std::size_t document_entry = 0;
    for (const auto& name : package.names()) {
        zip_entry entry{name, name.ends_with("/") || name == "word/document.xml" ? std::string() : package.read(name),
                        false};
        if (name == "word/document.xml") {
            document_entry = entries.size();  // saved once it has been read back below
        } else if (is_header_or_footer(name)) {
            auto part = xml_part::copy_of_parse(entry.bytes, name);
            if (replace_texts(part.root(), plan, format)) entry.bytes = save_part(part.root());
        } else if (name == "word/settings.xml" && plan.update_fields && toc_field) {
            entry.bytes = with_field_update(std::move(entry.bytes), name);
        }
        entries.push_back(std::move(entry));
    }
    fill_memory memory{{}, std::move(log.written), {}, {}, {}};
    mk::document before = plan.update ? read_docx(template_bytes) : mk::document();
    // Read from the filled tree itself: saving gives it back the template's prefixes.
    zip_package filled = zip_package::of_entries(entries);
    remember_filling(memory, read_docx_package(filled, document.root()), plan.update ? &before : nullptr, log.before);
    entries[document_entry].bytes = save_part(document.root());
    docx_fill::write_memory(entries, package, encode_fill_memory(memory));
    return {write_zip(entries), std::move(log.kept)};
}

std::optional<std::string> docx_fill_memory(std::string_view bytes) {
    auto package = zip_package::open(bytes);
    return docx_fill::read_memory(package);
}

}  // namespace mk
