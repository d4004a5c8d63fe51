#pragma once
// What a document malkedja filled remembers of its filling, kept in its own metadata (a custom
// property of a .docx, a meta:user-defined of an .odt): a fingerprint of its content, so that an
// unchanged document is known as such, and the text it pre-filled in each slot, so that a refill
// (`sk generate --update`) tells a value it wrote from one a person wrote over it, and the key of each
// paragraph's text it wrote, of its pictures and of its page headers and footers, so that `sk
// collect` tells what a school added outside the answers from the template's own.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "src/container/document.hpp"
#include "src/container/fill_plan.hpp"

namespace mk {

// The version of the memories written now. Version 2 added the texts, version 3 the page texts,
// version 4 the pictures, version 5 SmartArt's texts to its key; an older memory reads as one with
// those unknown, or, for SmartArt, keyed by its name alone.
inline constexpr char fill_memory_version = '5';

// The name of the metadata property that holds the memory.
inline constexpr std::string_view fill_memory_property = "malkedja-ifyllnad";

struct fill_memory {
    // The content's fingerprint when malkedja wrote all of it (content_fingerprint); empty when the
    // content holds text a person wrote (a document refilled with words kept).
    std::string fingerprint;
    // Each slot's key (slot_key) with the text malkedja pre-filled in it.
    std::vector<std::pair<std::string, std::string>> slots;
    // The keys (text_key) of the texts of every paragraph malkedja wrote, table cells included,
    // and of their notes (a template's footnotes, comments, text boxes and charts), sorted, each
    // once; nullopt when unknown (a memory written before version 2 kept none).
    std::optional<std::vector<std::uint32_t>> texts;
    // The keys (page_text_key) of the texts of the page headers and footers it wrote, sorted, each
    // once; nullopt when unknown (a memory written before version 3 kept none).
    std::optional<std::vector<std::uint32_t>> page_texts;
    // The keys (picture_key) of the pictures and embedded objects among those notes (a template's
    // logo), sorted, each once; nullopt when unknown (a memory written before version 4, whose
    // documents were read without their pictures, kept none).
    std::optional<std::vector<std::uint32_t>> pictures;
    // The version it was written in ('1' to fill_memory_version): the pictures' keys are of the
    // texts that version read.
    char version = fill_memory_version;

    // The text pre-filled in the slot with this key; nullptr when none was.
    const std::string* written(std::string_view key) const;
    // Whether b (a paragraph) stands as malkedja wrote it: its text's key is among texts, or it is a
    // table-of-contents entry (an office program rewrites those). False when texts is unknown.
    bool wrote(const block& b) const;
    // Whether a picture or embedded object (a note of kind picture or embedded_object) stands as
    // malkedja wrote it. False when pictures is unknown.
    bool wrote_picture(const block_note& note) const;
    // Whether a page header's or footer's text (document::page_headers, page_footers) stands as
    // malkedja wrote it, page numbers aside. False when page_texts is unknown.
    bool wrote_page_text(std::string_view text) const;
};

// The memory as one line of text for a metadata property.
std::string encode_fill_memory(const fill_memory& memory);
// The memory a property's text holds; nullopt when it holds none (an unknown or damaged text).
std::optional<fill_memory> decode_fill_memory(std::string_view text);

// A fingerprint of the body's text, paragraph by paragraph and cell by cell, in a canonical form
// that re-saving the file in an office program keeps: white space collapsed, heading numbers and
// table-of-contents entries (which an office program regenerates) left out.
std::string content_fingerprint(const document& doc);

// The key of a paragraph's text in fill_memory::texts: a hash of its folded form (fold_key), which
// re-saving in an office program keeps.
std::uint32_t text_key(std::string_view text);

// The key of a picture or embedded object (a note of either kind) in the fill_memory::pictures of a
// memory of version: text_key of its text, which for SmartArt before version 5 was its name alone
// (the first line of its text now).
std::uint32_t picture_key(const block_note& note, char version);

// The key of a page header's or footer's text in fill_memory::page_texts: text_key of the text
// without its digits, as the page numbers and counts of its fields change when an office program
// re-saves the document.
std::uint32_t page_text_key(std::string_view text);

// Records in memory what filled holds. A first filling (before_content nullptr), or a refill of a
// document malkedja wrote all of (unchanged(before, *before_content)): its fingerprint and the keys
// of all its texts. A refill of a document a person wrote in: no fingerprint, and the keys of its
// texts but the person's (those before_content holds and before does not); unknown when before
// knows no texts. The pictures and page texts likewise, by those before knows, whatever the
// fingerprint says (it covers the body's texts only).
void remember_filling(fill_memory& memory, const document& filled, const document* before_content,
                      const std::optional<fill_memory>& before);

// Whether memory has a fingerprint that doc's content still matches and knows each of its notes
// (footnotes, comments, text boxes, charts, pictures) and page headers and footers, as far as it
// knows them: malkedja wrote all of it and nobody has changed it since.
bool unchanged(const std::optional<fill_memory>& memory, const document& doc);

// The key of the slot a cell fill writes: its table, row and column.
std::string slot_key(const cell_fill& fill);

}  // namespace mk
