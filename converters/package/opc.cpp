#include "converters/package/opc.hpp"

#include <vector>

#include "converters/package/xml.hpp"
#include "src/core/error.hpp"
#include "src/text/ascii.hpp"

namespace mk {
namespace {

[[noreturn]] void fail_escape(std::string_view target) {
    throw error("opc.escaping_target",
                tr("filen hänvisar till \"{0}\" utanför paketet: filen kan vara manipulerad",
                   "the file refers to \"{0}\" outside the package: the file may have been tampered with",
                   {target.substr(0, 200)}));
}

std::string rels_part_of(std::string_view part) {
    auto slash = part.rfind('/');
    if (slash == std::string_view::npos) return "_rels/" + std::string(part) + ".rels";
    return std::string(part.substr(0, slash + 1)) + "_rels/" + std::string(part.substr(slash + 1)) + ".rels";
}

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

// A relationship target or part name with its percent-encoded octets ("%31") decoded, as OPC maps
// URIs to part names. A '%' not followed by two hex digits stays as written; an encoded '/', '\\'
// or NUL, which would change what the name means, is refused.
std::string percent_decoded(std::string_view target) {
    std::string out;
    out.reserve(target.size());
    for (std::size_t at = 0; at < target.size(); ++at) {
        int high = at + 2 < target.size() && target[at] == '%' ? hex_digit(target[at + 1]) : -1;
        int low = high >= 0 ? hex_digit(target[at + 2]) : -1;
        if (low < 0) {
            out += target[at];
            continue;
        }
        char decoded = static_cast<char>(high * 16 + low);
        if (decoded == '/' || decoded == '\\' || decoded == '\0')
            throw error("opc.encoded_separator",
                        tr("filen hänvisar till \"{0}\", ett namn med ett kodat snedstreck eller NUL-tecken, som inget "
                           "kontorsprogram skriver: filen kan vara manipulerad",
                           "the file refers to \"{0}\", a name with an encoded slash or NUL character, which no office "
                           "program writes: the file may have been tampered with",
                           {target.substr(0, 200)}));
        out += decoded;
        at += 2;
    }
    return out;
}

}  // namespace

std::string resolve_part_name(std::string_view source_part, std::string_view written_target) {
    if (written_target.find('\\') != std::string_view::npos || written_target.find("://") != std::string_view::npos)
        fail_escape(written_target);
    const std::string decoded = percent_decoded(written_target);
    std::string_view target = decoded;
    std::vector<std::string> segments;
    if (!target.starts_with('/')) {
        auto slash = source_part.rfind('/');
        std::string_view folder = slash == std::string_view::npos ? std::string_view() : source_part.substr(0, slash);
        std::size_t start = 0;
        while (!folder.empty() && start <= folder.size()) {
            auto end = folder.find('/', start);
            if (end == std::string_view::npos) end = folder.size();
            if (end > start) segments.emplace_back(folder.substr(start, end - start));
            start = end + 1;
        }
    }
    std::size_t start = 0;
    while (start <= target.size()) {
        auto end = target.find('/', start);
        if (end == std::string_view::npos) end = target.size();
        std::string_view segment = target.substr(start, end - start);
        if (segment == "..") {
            if (segments.empty()) fail_escape(target);
            segments.pop_back();
        } else if (!segment.empty() && segment != ".") {
            segments.emplace_back(segment);
        }
        start = end + 1;
    }
    std::string out;
    for (const auto& s : segments) {
        if (!out.empty()) out += '/';
        out += s;
    }
    if (out.empty()) fail_escape(target);
    return out;
}

std::vector<relationship> read_relationships(zip_package& package, std::string_view part) {
    std::string rels_name = part.empty() ? "_rels/.rels" : rels_part_of(part);
    std::vector<relationship> rels;
    if (!package.contains(rels_name)) return rels;
    xml_part xml = xml_part::parse(package.read(rels_name), rels_name);
    for (pugi::xml_node node : xml.root().children("rel:Relationship")) {
        relationship rel;
        rel.id = node.attribute("Id").value();
        rel.type = node.attribute("Type").value();
        rel.external = std::string_view(node.attribute("TargetMode").value()) == "External";
        std::string_view target = node.attribute("Target").value();
        rel.target = rel.external ? std::string(target) : resolve_part_name(part, target);
        rels.push_back(std::move(rel));
    }
    return rels;
}

bool relationship_is(const relationship& rel, std::string_view kind) {
    std::string_view type = rel.type;
    for (std::string_view base : {ns::office_relationships, ns::office_relationships_strict}) {
        if (type.size() == base.size() + 1 + kind.size() && type.starts_with(base) && type[base.size()] == '/' &&
            type.ends_with(kind))
            return true;
    }
    return false;
}

const relationship* find_relationship(const std::vector<relationship>& rels, std::string_view kind) {
    for (const auto& rel : rels)
        if (!rel.external && relationship_is(rel, kind)) return &rel;
    return nullptr;
}

std::string content_type_of(zip_package& package, std::string_view part) {
    const std::string name = "[Content_Types].xml";
    if (!package.contains(name))
        throw error("opc.no_content_types",
                    tr("filen saknar [Content_Types].xml och är därför inget giltigt Office-dokument: spara om "
                       "den i Excel eller Word",
                       "the file has no [Content_Types].xml and so is not a valid Office document: save it "
                       "again in Excel or Word"));
    xml_part xml = xml_part::parse(package.read(name), name);
    std::string wanted = "/" + std::string(part);
    for (pugi::xml_node node : xml.root().children("ct:Override"))
        if (wanted == percent_decoded(node.attribute("PartName").value())) return node.attribute("ContentType").value();
    auto dot = part.rfind('.');
    std::string_view extension = dot == std::string_view::npos ? std::string_view() : part.substr(dot + 1);
    for (pugi::xml_node node : xml.root().children("ct:Default")) {
        std::string_view declared = node.attribute("Extension").value();
        if (text::equals_ignoring_ascii_case(declared, extension)) return node.attribute("ContentType").value();
    }
    return {};
}

std::string main_document_part(zip_package& package) {
    auto rels = read_relationships(package, "");
    const relationship* main = find_relationship(rels, "officeDocument");
    if (!main)
        throw error("opc.no_main_part", tr("filen saknar sitt huvuddokument: den är skadad",
                                           "the file has no main document: it is damaged"));
    return main->target;
}

}  // namespace mk
