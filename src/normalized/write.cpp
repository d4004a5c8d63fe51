#include "src/normalized/write.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <type_traits>
#include <unordered_set>

#include "src/core/error.hpp"
#include "src/core/let_go.hpp"
#include "src/core/parallel_in_order.hpp"
#include "src/core/xml_writer.hpp"
#include "src/model/names.hpp"
#include "src/model/stable_ids.hpp"
#include "src/normalized/format.hpp"
#include "src/normalized/sk_goal_columns.hpp"
#include "src/text/number_text.hpp"
#include "src/text/utf8.hpp"

namespace mk::normalized {
namespace {

using namespace mk::model;

// "1 3 2" for {1, 3, 2}; empty for none.
std::string joined_numbers(const std::vector<std::uint32_t>& numbers) {
    std::string out;
    for (std::uint32_t n : numbers) out += (out.empty() ? "" : " ") + std::to_string(n);
    return out;
}

std::string integer_text(long long value) { return std::to_string(value); }

bool digits(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The schema's date: "2019-03-31".
bool is_date(std::string_view text) {
    return text.size() == 10 && digits(text.substr(0, 4)) && text[4] == '-' && digits(text.substr(5, 2)) &&
           text[7] == '-' && digits(text.substr(8, 2));
}

// The schema's läsår: "2023/24".
bool is_lasar(std::string_view text) {
    return text.size() == 7 && digits(text.substr(0, 4)) && text[4] == '/' && digits(text.substr(5, 2));
}

[[noreturn]] void refuse(std::string_view attribute, std::string_view value) {
    throw error("normalized.invalid",
                tr("värdet \"{1}\" i attributet {0} följer inte schemat för normaliserade malkedja-dokument",
                   "the value \"{1}\" of the attribute {0} does not follow the schema of normalized malkedja "
                   "documents",
                   {attribute, text::first_characters(value, 60)}));
}

class document_writer {
public:
    document_writer(const write_options& options, const text_sink& sink) : options_(options), out_(sink) {}
    document_writer(const write_options& options, xml_writer out) : options_(options), out_(std::move(out)) {}

    void run(const document& doc) {
        out_.start("malkedja");
        out_.attribute("xmlns", namespace_uri);
        out_.attribute("version", version);
        write_metadata(doc.metadata);
        if (!doc.vision.empty()) {
            out_.start("vision");
            for (const statement& s : doc.vision) write_statement(s);
            out_.end();
        }
        if (!doc.notes.empty()) {
            out_.start("notes");
            for (const statement& s : doc.notes) write_statement(s, "note");
            out_.end();
        }
        write_list(doc.goals, "goals", &document_writer::write_goal);
        write_activities(doc.activities);
        write_list(doc.development_areas, "development-areas", &document_writer::write_development_area);
        write_list(doc.schools, "schools", &document_writer::write_school);
        write_list(doc.sk_reports, "sk-reports", &document_writer::write_sk_report);
        write_list(doc.findings, "findings", &document_writer::write_finding);
        out_.end();
        out_.finish();
    }

private:
    template <class T>
    void write_list(const std::vector<T>& items, std::string_view name, void (document_writer::*write)(const T&)) {
        if (items.empty()) return;
        out_.start(name);
        for (const T& item : items) (this->*write)(item);
        out_.end();
    }

    // The activities, the most numerous elements, each written apart from the others: in pieces on
    // every core, handed on in their order.
    void write_activities(const std::vector<activity>& activities) {
        if (activities.empty()) return;
        out_.start("activities");
        constexpr std::size_t per_piece = 256;
        std::size_t pieces = (activities.size() + per_piece - 1) / per_piece;
        std::size_t depth = out_.depth();
        unsigned threads = worker_threads();
        auto write_piece = [&](std::size_t n) {
            document_writer piece(options_, xml_writer::fragment(depth));
            std::size_t end = std::min(activities.size(), (n + 1) * per_piece);
            for (std::size_t i = n * per_piece; i < end; ++i) piece.write_activity(activities[i]);
            return piece.out_.finish();
        };
        parallel_in_order<std::string>(
            pieces, threads, 2 * std::size_t{threads}, write_piece, [](std::size_t) {},
            [&](std::size_t, const std::string& text) { out_.append_fragment(text); });
        out_.end();
    }

    template <class T>
    void attribute_if(std::string_view name, const std::optional<T>& value) {
        if (value) out_.attribute(name, integer_text(*value));
    }

    // The attribute when value is in [low, high]; refuses it otherwise.
    template <class T>
    void ranged(std::string_view name, T value, double low, double high) {
        std::string text;
        if constexpr (std::is_integral_v<T>)
            text = integer_text(value);
        else
            text = text::number_text(value);
        if (!(value >= low && value <= high)) refuse(name, text);
        out_.attribute(name, text);
    }

    template <class T>
    void ranged(std::string_view name, const std::optional<T>& value, double low, double high) {
        if (value) ranged(name, *value, low, high);
    }

    // The attribute when value is empty (left out) or passes is_valid; refuses it otherwise.
    void patterned(std::string_view name, std::string_view value, bool (*is_valid)(std::string_view)) {
        if (!value.empty() && !is_valid(value)) refuse(name, value);
        out_.attribute_if(name, value);
    }

    // A required key attribute: non-empty, and unique among keys when keys is given.
    void key(std::string_view name, const std::string& value, std::unordered_set<std::string>* keys = nullptr) {
        if (value.empty() || (keys && !keys->insert(value).second)) refuse(name, value);
        out_.attribute(name, value);
    }

    // A required attribute naming an element written before it (keys holds their keys).
    void reference(std::string_view name, const std::string& value, const std::unordered_set<std::string>& keys) {
        if (!keys.contains(value)) refuse(name, value);
        out_.attribute(name, value);
    }

    // An optional reference: left out when empty.
    void reference_if(std::string_view name, const std::string& value, const std::unordered_set<std::string>& keys) {
        if (!value.empty()) reference(name, value, keys);
    }

    void flag(std::string_view name, bool value) {
        if (value) out_.attribute(name, "true");
    }

    void link(std::string_view name, const std::optional<model::link>& value) {
        if (!value) return;
        out_.attribute(name, value->target);
        out_.attribute("link", name_of(value->kind));
        ranged("score", value->score, 0, 1);
    }

    void place(std::string_view name, const source_ref& ref, bool with_file) {
        out_.start(name);
        if (with_file) out_.attribute_if("file", ref.file.str());
        out_.attribute_if("sheet", ref.sheet.str());
        out_.attribute_if("cell", ref.cell);
        out_.attribute_if("section", ref.section);
        attribute_if("table", ref.table);
        attribute_if("row", ref.row);
        attribute_if("column", ref.column);
        attribute_if("paragraph", ref.paragraph);
        out_.end();
    }

    void source(const std::optional<source_ref>& ref) {
        if (options_.provenance && ref) place("source", *ref, true);
    }

    void write_metadata(const metadata& m) {
        out_.start("metadata");
        out_.attribute("kind", name_of(m.kind));
        out_.attribute_if("kommun", m.kommun);
        out_.attribute_if("kommunkod", m.kommunkod);
        out_.attribute_if("namnd", m.namnd);
        out_.attribute_if("org-number", m.org_number);
        out_.attribute_if("diarienummer", m.diarienummer);
        ranged("year", m.year, 1900, 2999);
        patterned("lasar", m.lasar, is_lasar);
        patterned("as-of", m.as_of, is_date);
        out_.text_element_if("title", m.title);
        if (options_.provenance) {
            for (const std::string& file : m.source_files) {
                out_.start("source");
                out_.attribute("file", file);
                out_.end();
            }
            // How the files were read, like the sources: not content, so left out without provenance.
            for (const assumption& a : m.assumptions) write_assumption(a);
        }
        out_.end();
    }

    void write_assumption(const assumption& a) {
        out_.start("assumption");
        out_.attribute("kind", name_of(a.kind));
        out_.attribute_if("file", a.file);
        out_.attribute_if("sheet", a.sheet);
        out_.attribute_if("about", a.about);
        out_.attribute_if("as", a.as);
        out_.end();
    }

    void write_statement(const statement& s) { write_statement(s, "statement"); }

    void write_statement(const statement& s, std::string_view name) {
        out_.start(name);
        out_.text_element("text", s.text);
        source(s.source);
        out_.end();
    }

    void write_goal(const goal& g) {
        out_.start("goal");
        out_.attribute("id", g.id);
        out_.attribute("level", name_of(g.level));
        link("parent", g.parent);
        out_.attribute_if("perspective", g.perspective);
        flag("ska", g.ska);
        out_.attribute_if("unit", g.unit);
        out_.text_element_if("name", g.name);
        out_.text_element_if("description", g.description);
        out_.text_element_if("text", g.text);
        for (const indicator& i : g.indicators) write_indicator(i);
        write_extras(g.extras);
        source(g.source);
        out_.end();
    }

    // The typed value's attributes (1.2): kind, compare and number, each left out at its default.
    void value_attributes(const indicator_value& v) {
        if (v.kind != value_kind::text) out_.attribute("kind", name_of(v.kind));
        if (v.compare != comparison::none) out_.attribute("compare", name_of(v.compare));
        if (v.number && std::isfinite(*v.number)) out_.attribute("number", text::number_text(*v.number));
    }

    void write_indicator(const indicator& i) {
        out_.start("indicator");
        out_.attribute_if("unit", i.unit);
        out_.attribute_if("kpi", i.kpi);
        out_.text_element_if("name", i.name);
        if (!i.target.text.empty() || i.target.kind != value_kind::text) {
            out_.start("target");
            value_attributes(i.target);
            out_.text_content(i.target.text);
        }
        if (options_.provenance && i.target_source) place("target-source", *i.target_source, true);
        for (const outcome& o : i.outcomes) {
            out_.start("outcome");
            out_.attribute_if("label", o.label);
            ranged("year", o.year, 1900, 2999);
            if (o.checkpoint) out_.attribute("checkpoint", name_of(*o.checkpoint));
            flag("previous-year", o.previous_year);
            out_.attribute("text", o.value.text);
            value_attributes(o.value);
            source(o.source);
            out_.end();
        }
        out_.text_element_if("trend", i.trend);
        source(i.source);
        out_.end();
    }

    void write_activity(const activity& a) {
        out_.start("activity");
        out_.attribute("id", a.id);
        link("goal", a.goal);
        out_.attribute_if("unit", a.unit);
        ranged("year", a.year, 1900, 2999);
        out_.text_element_if("text", a.text);
        if (a.planned) {
            out_.start("planned");
            out_.attribute_if("text", a.planned->text);
            ranged("quarter", a.planned->quarter, 1, 4);
            patterned("date", a.planned->date, is_date);
            out_.end();
        }
        out_.text_element_if("priority", a.priority);
        out_.text_element_if("responsible", a.responsible);
        for (const detail& d : a.details) {
            out_.start("detail");
            out_.attribute_if("label", d.label);
            out_.text_content(d.text);
        }
        for (const status_report& s : a.statuses) {
            out_.start("status");
            out_.attribute("checkpoint", name_of(s.checkpoint));
            patterned("date", s.date, is_date);
            out_.attribute_if("label", s.label);
            out_.attribute_if("word", s.word);
            out_.attribute("value", name_of(s.value));
            flag("assumed", s.assumed);
            out_.text_element_if("comment", s.comment);
            source(s.source);
            out_.end();
        }
        for (const indicator& i : a.indicators) write_indicator(i);
        write_extras(a.extras);
        source(a.source);
        out_.end();
    }

    void write_extras(const std::vector<extra_field>& extras) {
        for (const extra_field& f : extras) {
            out_.start("field");
            out_.attribute("name", f.name);
            out_.attribute("type", name_of(f.type));
            out_.text_content(f.value);
        }
    }

    void write_development_area(const development_area& d) {
        out_.start("development-area");
        key("key", d.key, &area_keys_);
        out_.attribute_if("focus-area", d.focus_area);
        flag("ska", d.ska);
        out_.attribute_if("area", d.area);
        patterned("lasar", d.lasar, is_lasar);
        out_.text_element_if("text", d.text);
        source(d.source);
        out_.end();
    }

    void write_school(const school& s) {
        out_.start("school");
        key("code", s.code, &school_codes_);
        out_.attribute_if("area", s.area);
        out_.attribute_if("stages", s.stages);
        out_.text_element_if("name", s.name);
        for (const std::string& area : s.development_areas) {
            out_.start("development-area");
            reference("key", area, area_keys_);
            out_.end();
        }
        source(s.source);
        out_.end();
    }

    void value_attributes(const measured_value& v) {
        out_.attribute("text", v.text);
        if (v.number && std::isfinite(*v.number)) out_.attribute("number", text::number_text(*v.number));
    }

    void write_value(std::string_view name, const std::optional<measured_value>& v) {
        if (!v) return;
        out_.start(name);
        value_attributes(*v);
        source(v->source);
        out_.end();
    }

    void write_sk_report(const sk_report& r) {
        out_.start("sk-report");
        reference("school", r.school, school_codes_);
        patterned("lasar", r.lasar, is_lasar);
        out_.text_element_if("title", r.title);
        for (const result_row& row : r.results) {
            out_.start("result");
            ranged("grade", row.grade, 1, 12);
            out_.attribute("subject", row.subject);
            write_value("total", row.total);
            write_value("girls", row.girls);
            write_value("boys", row.boys);
            source(row.source);
            out_.end();
        }
        for (const history_value& h : r.history) {
            out_.start("history");
            ranged("grade", h.grade, 1, 12);
            out_.attribute("measure", name_of(h.measure));
            out_.attribute("group", name_of(h.group));
            out_.attribute_if("label", h.label);
            ranged("year", h.year, 1900, 2999);
            out_.attribute("scope", name_of(h.scope));
            value_attributes(h.value);
            source(h.value.source);
            out_.end();
        }
        for (const national_test& t : r.national_tests) {
            out_.start("national-test");
            ranged("grade", t.grade, 1, 12);
            out_.attribute("test", t.test);
            out_.attribute("group", name_of(t.group));
            value_attributes(t.value);
            source(t.value.source);
            out_.end();
        }
        for (const survey_index& s : r.survey) {
            out_.start("survey-index");
            out_.attribute("stage", s.stage);
            out_.attribute("index", s.index);
            out_.attribute_if("area-name", s.area_name);
            write_value("school", s.school);
            write_value("area", s.area);
            write_value("kommun", s.kommun);
            source(s.source);
            out_.end();
        }
        for (const analysed_goal& g : r.analysed_goals) write_sk_goal("analysed-goal", g, analysed_goal_columns);
        for (const planned_goal& g : r.planned_goals) write_sk_goal("planned-goal", g, planned_goal_columns);
        for (const answer& a : r.answers) {
            out_.start("answer");
            out_.attribute_if("section", a.section);
            out_.attribute_if("label", a.label);
            out_.text_element_if("text", a.text);
            source(a.source);
            out_.end();
        }
        for (const std::string& area : r.highlighted_areas) {
            out_.start("highlighted-area");
            reference("key", area, area_keys_);
            out_.end();
        }
        source(r.source);
        out_.end();
    }

    template <class G, std::size_t N>
    void write_sk_goal(std::string_view name, const G& g, const text_column<G> (&columns)[N]) {
        out_.start(name);
        out_.attribute_if("focus-area", g.focus_area);
        link("goal", g.goal);
        reference_if("development-area", g.development_area, area_keys_);
        if (options_.provenance) out_.attribute_if("source-columns", joined_numbers(g.source_columns));
        for (const text_column<G>& column : columns) out_.text_element_if(column.element, g.*column.member);
        source(g.source);
        out_.end();
    }

    void write_finding(const finding& f) {
        out_.start("finding");
        key("rule", f.rule);
        out_.attribute("severity", name_of(f.severity));
        out_.attribute_if("subject", f.subject);
        place("location", f.location, options_.provenance);
        out_.text_element("message", f.message);
        out_.text_element_if("suggestion", f.suggestion);
        out_.end();
    }

    write_options options_;
    xml_writer out_;
    // Keys written so far, for the schema's key and keyref constraints.
    std::unordered_set<std::string> area_keys_;
    std::unordered_set<std::string> school_codes_;
};

}  // namespace

std::string write_normalized(model::document doc, const write_options& options) {
    std::string out;
    write_normalized(std::move(doc), options, [&](std::string_view piece) { out += piece; });
    return out;
}

void write_normalized(model::document doc, const write_options& options, const text_sink& sink) {
    if (!options.ids_stable) model::assign_stable_ids(doc);
    document_writer(options, sink).run(doc);
    let_go(doc);
}

}  // namespace mk::normalized
