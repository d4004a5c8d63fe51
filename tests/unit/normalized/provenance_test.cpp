#include <doctest/doctest.h>

#include "sample_document.hpp"
#include "src/normalized/read.hpp"
#include "src/normalized/write.hpp"

using namespace mk;

TEST_CASE("without provenance no source reference or file name is written") {
    std::string xml = normalized::write_normalized(sample_document(), {.provenance = false});
    CHECK(xml.find("<source") == std::string::npos);
    CHECK(xml.find("file=") == std::string::npos);
    CHECK(xml.find(".xlsx") == std::string::npos);
    CHECK(xml.find(".docx") == std::string::npos);

    model::document read = normalized::read_normalized(xml);
    CHECK(read.metadata.source_files.empty());
    CHECK(xml.find("<assumption") == std::string::npos);  // how files were read is provenance too
    CHECK_FALSE(read.goals.at(0).source.has_value());
    CHECK_FALSE(read.activities.at(0).statuses.at(0).source.has_value());
    CHECK_FALSE(read.sk_reports.at(0).results.at(0).total->source.has_value());
    CHECK(read.sk_reports.at(0).planned_goals.at(0).source_columns.empty());
    // A finding keeps its place in the file, but not the file's name.
    CHECK(read.findings.at(0).location.file.empty());
    CHECK(read.findings.at(0).location.cell == "D26");
}

TEST_CASE("the same content from different files gives the same bytes without provenance") {
    model::document from_xlsx = sample_document();
    model::document from_ods = sample_document();
    from_ods.metadata.source_files = {"atagande-2018.ods"};
    for (model::activity& a : from_ods.activities) a.source->file = "atagande-2018.ods";
    from_ods.findings.at(0).location.file = "verksamhetsplan-2019.ods";
    CHECK(normalized::write_normalized(from_xlsx) != normalized::write_normalized(from_ods));
    CHECK(normalized::write_normalized(from_xlsx, {.provenance = false}) ==
          normalized::write_normalized(from_ods, {.provenance = false}));
}

TEST_CASE("the import's guesses are written with provenance and read back as they were") {
    model::document doc = sample_document();
    REQUIRE(doc.metadata.assumptions.size() == 2);
    std::string xml = normalized::write_normalized(doc);
    CHECK(xml.find("<assumption kind=\"column-synonym\" file=\"atagande-2018.xlsx\" sheet=\"Åtagande 2018\" "
                   "about=\"Åtagande 2018\" as=\"activity\"/>") != std::string::npos);
    CHECK(xml.find("<assumption kind=\"year-from-file-name\" file=\"skolor.xlsx\" about=\"2018\"/>") !=
          std::string::npos);
    CHECK(normalized::read_normalized(xml).metadata.assumptions == doc.metadata.assumptions);
}

TEST_CASE("places read one after another share the names of their file and sheet") {
    model::document doc = sample_document();
    model::document read = normalized::read_normalized(normalized::write_normalized(doc));
    const std::vector<model::status_report>& statuses = read.activities.at(0).statuses;
    REQUIRE(statuses.size() == 3);
    CHECK(statuses == doc.activities.at(0).statuses);
    const model::source_ref& first = *statuses.at(0).source;
    const model::source_ref& second = *statuses.at(1).source;
    CHECK(second.file == "atagande-2018.xlsx");
    CHECK(&second.file.str() == &first.file.str());
    CHECK(&second.sheet.str() == &first.sheet.str());
    // A place of another file names its own.
    const model::source_ref& other = *read.schools.at(0).source;
    CHECK(other.file == "skolor.xlsx");
    CHECK(&other.file.str() != &first.file.str());
}
