// The library steps the commands and the web page share: inputs as files or as bytes in memory give
// the same results, every step returns its summary instead of printing it, and an output's format
// is checked from its name alone.
#include <doctest/doctest.h>

#include "converters/docx/write.hpp"
#include "src/core/file_io.hpp"
#include "src/pipeline/check.hpp"
#include "src/pipeline/export.hpp"
#include "src/pipeline/import.hpp"
#include "src/pipeline/report_file.hpp"
#include "src/pipeline/sk_collect.hpp"
#include "tests/unit/package/error_code.hpp"

using namespace mk;

namespace {

std::string fixture(const std::string& path) { return std::string(MK_FIXTURES) + "/" + path; }

// A fixture as an upload: its bytes in memory under its file name alone.
pipeline::source upload(const std::string& path) {
    return pipeline::memory_source(path.substr(path.rfind('/') + 1), read_input_file(fixture(path)));
}

}  // namespace

TEST_CASE("import step: an upload gives the XML its file gives, and the summary counts what was read") {
    pipeline::import_request request;
    request.provenance = false;
    request.inputs = {upload("uppfoljning/atagande-2018.xlsx")};
    auto from_memory = pipeline::import_inputs(request);
    request.inputs = {pipeline::file_source(fixture("uppfoljning/atagande-2018.xlsx"))};
    auto from_file = pipeline::import_inputs(request);
    CHECK(from_memory.xml == from_file.xml);
    const auto& summary = from_memory.summary;
    CHECK(summary.files == 1);
    CHECK(summary.activities == 30);
    CHECK(summary.goals.at(model::level::kf) == 8);
    CHECK(summary.goals.at(model::level::namnd) == 18);
    CHECK(summary.latest_statuses.at(model::status::done) == 28);
    CHECK(summary.skipped.size() == 15);
    // The footnotes "Klart / Genomfört", "Enligt plan" and "Avviker från plan" are the status legend.
    CHECK(summary.skipped_by_reason.at("fotnot") == 2);
    CHECK(summary.skipped_by_reason.at("teckenförklaring") == 3);
    CHECK(summary.status_notes.size() >= 1);
}

TEST_CASE("import step: a work plan's traffic lights read by their assumed meaning are said, counted in Swedish") {
    // The summary's line on the lights of a work plan whose table has these status cells.
    auto assumed_line = [](const std::vector<std::string>& statuses) {
        document plan;
        plan.blocks.push_back(text_block(block_kind::heading, "Nämndens mål", 1));
        block& table = plan.blocks.emplace_back();
        table.kind = block_kind::table;
        std::vector<std::vector<std::string>> rows{{"Mål", "Aktivitet", "Status"}};
        for (const std::string& status : statuses) rows.push_back({"Trygg skola", "Rastvärdar " + status, status});
        for (const auto& texts : rows) {
            table_row& row = table.rows.emplace_back();
            for (const std::string& text : texts)
                row.cells.emplace_back().blocks.push_back(text_block(block_kind::paragraph, text));
        }
        pipeline::import_request request;
        request.inputs = {pipeline::memory_source("arbetsplan.docx", write_docx(plan))};
        auto summary = pipeline::import_inputs(request).summary;
        REQUIRE(summary.status_notes.size() == 1);
        return summary.status_notes[0];
    };
    CHECK(assumed_line({"Grön", "Röd"}).starts_with("antog trafikljusens betydelse för 2 statusar i arbetsplan.docx"));
    CHECK(assumed_line({"Gul"}).starts_with("antog trafikljusens betydelse för 1 status i arbetsplan.docx"));
}

TEST_CASE("load step: an input whose content is another format than its name says gives one warning naming it") {
    std::string xlsx = read_input_file(fixture("uppfoljning/verksamhetsplan-2019.xlsx"));
    std::vector<warning> warnings;
    pipeline::import_request request;
    request.load.warnings = &warnings;
    request.inputs = {pipeline::memory_source("plan.ods", xlsx), pipeline::memory_source("plan.xlsx", xlsx),
                      pipeline::memory_source("plan.XLSM", xlsx), pipeline::memory_source("plan.bin", xlsx),
                      pipeline::memory_source("plan", xlsx)};
    pipeline::import_inputs(request);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].code == "input.misnamed");
    CHECK(warnings[0].context == "plan.ods");
    CHECK(warnings[0].text() == "plan.ods: filen är XLSX, inte ODS som namnet säger; den läses som XLSX");
}

TEST_CASE("load step: no warning is given when the load fails") {
    std::vector<warning> warnings;
    pipeline::check_request request;
    request.load.warnings = &warnings;
    request.inputs = {
        pipeline::memory_source("plan.ods", read_input_file(fixture("uppfoljning/verksamhetsplan-2019.xlsx"))),
        pipeline::memory_source("broken.xlsx", "PK\x03\x04 not a package")};
    CHECK_THROWS_AS(pipeline::check_inputs(request), error);
    CHECK(warnings.empty());
}

TEST_CASE("export step: every report format is written from uploads") {
    for (const file_format* f : pipeline::report_formats()) {
        CAPTURE(f->name);
        pipeline::export_request request;
        request.inputs = {upload("uppfoljning/verksamhetsplan-2019.xlsx")};
        request.format = f;
        request.as_of = "2019-10-31";
        auto result = pipeline::export_report(request);
        CHECK_FALSE(result.bytes.empty());
        CHECK(result.activities > 0);
    }
}

TEST_CASE(
    "export step: with the checks run beside the report's sheets, every format's report and count are the "
    "ones of the checks run first") {
    model::document doc = pipeline::load_input(upload("uppfoljning/verksamhetsplan-2019.xlsx"));
    model::document checked = doc;
    checked.findings = check::run_all({checked, nullptr, "2019-10-31"});
    REQUIRE(checked.findings.size() > 3);
    for (const file_format* f : pipeline::report_formats()) {
        CAPTURE(f->name);
        pipeline::checked_report report = pipeline::checked_report_bytes(*f, doc, "2019-10-31", {});
        CHECK(report.findings == checked.findings.size());
        CHECK(report.bytes == pipeline::report_bytes(*f, checked, {}));
    }
}

TEST_CASE("check step: the findings of uploads, for a machine as JSON or CSV") {
    pipeline::check_request request;
    request.inputs = {upload("uppfoljning/verksamhetsplan-2019.xlsx")};
    request.as_of = "2019-10-31";
    auto found = pipeline::check_inputs(request);
    REQUIRE_FALSE(found.empty());
    std::string csv = pipeline::findings_as(found, "csv");
    CHECK(csv.starts_with("\xEF\xBB\xBFrule;severity;file;location;message;suggestion\r\n"));
    CHECK(pipeline::findings_as(found, "json").starts_with("{\n  \"findings\": ["));
    CHECK(test::error_code([&] { pipeline::findings_as(found, "docx"); }) == "check.format");
}

TEST_CASE("sk collect step: an upload is collected into every format the step writes") {
    for (const file_format* f : pipeline::sk_collect_formats()) {
        CAPTURE(f->name);
        pipeline::sk_collect_request request;
        request.documents = {upload("sk/exempelskolan-ifylld-2023.docx")};
        request.format = f;
        auto result = pipeline::collect_sk_documents(request);
        CHECK_FALSE(result.bytes.empty());
        CHECK(result.summary.documents == 1);
        CHECK(result.summary.goals > 0);
    }
}

TEST_CASE("outputs: each step names the formats it writes, and any other output name is refused") {
    CHECK(pipeline::output_format("ut.XML", pipeline::import_formats()).name == "xml");
    CHECK(test::error_code([] { pipeline::output_format("ut.xlsx", pipeline::import_formats()); }) == "output.format");
    CHECK(test::error_code([] { pipeline::output_format("ut", pipeline::report_formats()); }) == "output.format");
    CHECK(test::error_code([] { pipeline::output_format("ut.csv", pipeline::sk_collect_formats()); }) ==
          "output.format");
    CHECK(pipeline::output_format("rapport.htm", pipeline::report_formats()).name == "html");
}
