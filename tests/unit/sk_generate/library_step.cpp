// `sk generate` as the library step the command and the web page share: inputs given as bytes in
// memory, every input read before any document is filled, and one school's documents at a time.
#include <doctest/doctest.h>

#include "converters/registry.hpp"
#include "src/container/document_dump.hpp"
#include "src/core/file_io.hpp"
#include "src/pipeline/sk_generate.hpp"
#include "tests/unit/package/error_code.hpp"

using namespace mk;

namespace {

// A fixture as an upload: its bytes in memory under its file name alone.
pipeline::source upload(const std::string& path) {
    return pipeline::memory_source(path.substr(path.rfind('/') + 1),
                                   read_input_file(std::string(MK_FIXTURES) + "/" + path));
}

pipeline::sk_generate_request request() {
    pipeline::sk_generate_request r;
    r.templates = {upload("sk/sk-mall-2023-2024.docx"), upload("sk/sk-mall-2023-2024.odt")};
    r.chain = {upload("malkedja/grundskolenamnden-arbetsplan.docx")};
    r.schools = upload("skolor/skolor.xlsx");
    r.results = upload("resultat/normer-varden-2023.xlsx");
    r.lasar = 2024;
    return r;
}

}  // namespace

TEST_CASE("sk generate step: uploads in memory give every school a document per template") {
    auto generation = pipeline::prepare_sk_generation(request());
    REQUIRE(generation.schools.size() == 12);
    CHECK(generation.templates.size() == 2);
    CHECK(generation.without_last_years_goals.size() == 12);
    auto documents = pipeline::fill_school_documents(generation, 0);
    REQUIRE(documents.size() == 2);
    const std::string& name = pipeline::school_of(generation, 0).name;
    CHECK(documents[0].file_name == name + ".docx");
    CHECK(documents[1].file_name == name + ".odt");
    for (const auto& d : documents) CHECK(dump_document(read_document(d.bytes)).find(name) != std::string::npos);
}

TEST_CASE("sk generate step: a school's documents are the same whichever school was filled before it") {
    // The template's parts are parsed once per thread and copied for each document: a fill must
    // never change what the next one starts from.
    auto generation = pipeline::prepare_sk_generation(request());
    auto first = pipeline::fill_school_documents(generation, 0);
    auto other = pipeline::fill_school_documents(generation, 1);
    auto again = pipeline::fill_school_documents(generation, 0);
    REQUIRE(first.size() == 2);
    for (std::size_t i = 0; i < first.size(); ++i) {
        CHECK(first[i].bytes == again[i].bytes);
        CHECK(first[i].bytes != other[i].bytes);
    }
}

TEST_CASE("sk generate step: --format picks the templates, and a missing format is named before any fill") {
    auto r = request();
    r.format = "odt";
    auto generation = pipeline::prepare_sk_generation(r);
    REQUIRE(generation.templates.size() == 1);
    CHECK(generation.templates.front().name == "sk-mall-2023-2024.odt");
    r.templates.pop_back();
    r.format = "both";
    CHECK(test::error_code([&] { pipeline::prepare_sk_generation(r); }) == "sk.no_template_for_format");
}

TEST_CASE("sk generate step: update refreshes the one school the filled document names, in its own läsår") {
    auto r = request();
    r.templates.clear();
    r.update = upload("sk/exempelskolan-ifylld-2023.docx");
    r.lasar = 2023;
    auto generation = pipeline::prepare_sk_generation(r);
    REQUIRE(generation.schools.size() == 1);
    CHECK(pipeline::school_of(generation, 0).name == "Exempelskolan");
    CHECK(generation.without_last_years_goals.empty());
    // Moved on to the next läsår, the school's figures and answers would stand under the wrong years.
    r.lasar = 2024;
    CHECK(test::error_code([&] { pipeline::prepare_sk_generation(r); }) == "sk.update_other_lasar");
    r.update = upload("sk/sk-mall-2023-2024.docx");
    CHECK(test::error_code([&] { pipeline::prepare_sk_generation(r); }) == "sk.unknown_school");
}

TEST_CASE("sk generate step: last year's documents give their school's goals") {
    auto r = request();
    r.previous_documents = {upload("sk/exempelskolan-ifylld-2023.docx"), upload("skolor/skolor.xlsx")};
    CHECK(test::error_code([&] { pipeline::prepare_sk_generation(r); }) == "file.not_text_document");
    r.previous_documents.pop_back();
    auto generation = pipeline::prepare_sk_generation(r);
    CHECK(generation.previous.by_school.size() == 1);
    CHECK(generation.without_last_years_goals.size() == 11);
}
