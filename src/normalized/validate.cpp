#include "src/normalized/validate.hpp"

#include <libxml/parser.h>
#include <libxml/xmlschemas.h>

#include <limits>
#include <stdexcept>
#include <string>

#include "src/core/error.hpp"
#include "src/normalized/format.hpp"
#include "src/normalized/parsed_document.hpp"
#include "src/normalized/xml_problem.hpp"

namespace mk::normalized {
namespace {

// The first error libxml2 reports, in the user's language.
struct first_error {
    bool seen = false;
    int line = 0;
    message problem;
};

void keep_first_error(void* user, xmlErrorPtr err) {
    auto* first = static_cast<first_error*>(user);
    if (first->seen || err == nullptr) return;
    first->seen = true;
    first->line = err->line;
    first->problem = validity_problem(*err);
}

// The compiled schema, built once from the embedded text.
xmlSchemaPtr compiled_schema() {
    static const xmlSchemaPtr schema = [] {
        first_error err;
        xmlSchemaParserCtxtPtr ctxt = xmlSchemaNewMemParserCtxt(schema_xsd.data(), static_cast<int>(schema_xsd.size()));
        xmlSchemaSetParserStructuredErrors(ctxt, keep_first_error, &err);
        xmlSchemaPtr parsed = xmlSchemaParse(ctxt);
        xmlSchemaFreeParserCtxt(ctxt);
        if (parsed == nullptr) throw std::logic_error("the embedded schema does not compile: " + err.problem.en);
        return parsed;
    }();
    return schema;
}

struct parser_ctxt_deleter {
    void operator()(xmlParserCtxt* ctxt) const { xmlFreeParserCtxt(ctxt); }
};

// Stops the parser at a DOCTYPE before anything of it is processed.
void refuse_internal_subset(void* user, const xmlChar*, const xmlChar*, const xmlChar*) {
    auto* ctxt = static_cast<xmlParserCtxtPtr>(user);
    ctxt->_private = ctxt;
    xmlStopParser(ctxt);
}

[[noreturn]] void doctype() {
    throw error("normalized.doctype",
                tr("dokumentet innehåller en DOCTYPE-deklaration, vilket ett normaliserat malkedja-dokument "
                   "aldrig har: filen kan vara manipulerad",
                   "the document contains a DOCTYPE declaration, which a normalized malkedja document never "
                   "has: the file may have been tampered with"));
}

xml_doc_ptr parse(std::string_view bytes) {
    if (bytes.size() > static_cast<std::size_t>(std::numeric_limits<int>::max()))
        throw error("normalized.too_large",
                    tr("dokumentet är för stort (över 2 GiB)", "the document is too large (over 2 GiB)"));
    std::unique_ptr<xmlParserCtxt, parser_ctxt_deleter> ctxt(xmlNewParserCtxt());
    if (!ctxt) throw std::bad_alloc();
    ctxt->sax->internalSubset = refuse_internal_subset;
    int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;
    xml_doc_ptr doc(
        xmlCtxtReadMemory(ctxt.get(), bytes.data(), static_cast<int>(bytes.size()), nullptr, nullptr, options));
    if (ctxt->_private != nullptr) doctype();
    if (!doc || !ctxt->wellFormed) {
        xmlErrorPtr err = xmlCtxtGetLastError(ctxt.get());
        message problem = err != nullptr ? parse_problem(*err) : tr("okänt fel", "unknown error");
        throw error("normalized.not_xml", tr("dokumentet är ingen giltig XML ({0})",
                                             "the document is not valid XML ({0})", {problem.text()}));
    }
    if (doc->intSubset != nullptr) doctype();
    return doc;
}

std::string attribute(xmlNode* node, const char* name) {
    xmlChar* value = xmlGetNoNsProp(node, reinterpret_cast<const xmlChar*>(name));
    std::string out = value != nullptr ? reinterpret_cast<const char*>(value) : "";
    xmlFree(value);
    return out;
}

// Refuses a root that is not a malkedja document of our major version.
void check_root(xmlNode* root) {
    std::string uri = root->ns != nullptr ? reinterpret_cast<const char*>(root->ns->href) : "";
    std::string name = reinterpret_cast<const char*>(root->name);
    if (name != "malkedja" || !uri.starts_with(namespace_prefix))
        throw error("normalized.not_malkedja",
                    tr("filen är inget normaliserat malkedja-dokument (rotelementet är \"{0}\" i namnrymden \"{1}\")",
                       "the file is not a normalized malkedja document (the root element is \"{0}\" in the "
                       "namespace \"{1}\")",
                       {name, uri}));
    std::string major = uri.substr(namespace_prefix.size());
    std::string version = attribute(root, "version");
    std::string version_major = version.substr(0, version.find('.'));
    if (major != major_version || (!version.empty() && version_major != major_version))
        throw error("normalized.version",
                    tr("dokumentet har formatversion {0}, men den här versionen av malkedja läser bara version {1}.x: "
                       "använd en nyare malkedja eller skriv om dokumentet i version {1}",
                       "the document has format version {0}, but this version of malkedja reads only version {1}.x: "
                       "use a newer malkedja or write the document in version {1}",
                       {version.empty() || major != major_version ? major : version, major_version}));
}

void validate(xmlDoc* doc) {
    first_error err;
    xmlSchemaValidCtxtPtr ctxt = xmlSchemaNewValidCtxt(compiled_schema());
    if (ctxt == nullptr) throw std::bad_alloc();
    xmlSchemaSetValidStructuredErrors(ctxt, keep_first_error, &err);
    int result = xmlSchemaValidateDoc(ctxt, doc);
    xmlSchemaFreeValidCtxt(ctxt);
    if (result == 0) return;
    throw error("normalized.invalid",
                tr("dokumentet följer inte schemat för normaliserade malkedja-dokument (rad {0}: {1})",
                   "the document does not follow the schema of normalized malkedja documents (line {0}: {1})",
                   {std::to_string(err.line), err.problem.text()}));
}

}  // namespace

xml_doc_ptr parse_valid_document(std::string_view bytes) {
    xml_doc_ptr doc = parse(bytes);
    check_root(xmlDocGetRootElement(doc.get()));
    validate(doc.get());
    return doc;
}

void validate_normalized(std::string_view bytes) { parse_valid_document(bytes); }

}  // namespace mk::normalized
