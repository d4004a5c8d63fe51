#include "src/normalized/read.hpp"

#include <algorithm>
#include <charconv>
#include <initializer_list>
#include <unordered_map>
#include <vector>

#include "src/core/error.hpp"
#include "src/model/names.hpp"
#include "src/normalized/parsed_document.hpp"
#include "src/normalized/sk_goal_columns.hpp"
#include "src/text/utf8.hpp"

namespace mk::normalized {
namespace {

using namespace mk::model;

// The element children of node, in document order.
std::vector<xmlNode*> elements(xmlNode* node) {
    std::vector<xmlNode*> out;
    for (xmlNode* child = node->children; child != nullptr; child = child->next)
        if (child->type == XML_ELEMENT_NODE) out.push_back(child);
    return out;
}

bool is(xmlNode* node, std::string_view name) { return name == reinterpret_cast<const char*>(node->name); }

std::string attribute(xmlNode* node, const char* name) {
    xmlChar* value = xmlGetNoNsProp(node, reinterpret_cast<const xmlChar*>(name));
    std::string out = value != nullptr ? reinterpret_cast<const char*>(value) : "";
    xmlFree(value);
    return out;
}

bool has_attribute(xmlNode* node, const char* name) {
    return xmlHasNsProp(node, reinterpret_cast<const xmlChar*>(name), nullptr) != nullptr;
}

std::string content(xmlNode* node) {
    xmlChar* value = xmlNodeGetContent(node);
    std::string out = value != nullptr ? reinterpret_cast<const char*>(value) : "";
    xmlFree(value);
    return out;
}

[[noreturn]] void unreadable(xmlNode* node, const char* name, std::string_view value) {
    throw error("normalized.bad_value", tr("rad {0}: värdet \"{1}\" i attributet {2} kan inte läsas",
                                           "line {0}: the value \"{1}\" of the attribute {2} cannot be read",
                                           {std::to_string(xmlGetLineNo(node)), value, name}));
}

// The attribute's value without the white space the schema's types allow around it.
std::string trimmed_attribute(xmlNode* node, const char* name) {
    std::string value = attribute(node, name);
    std::size_t first = value.find_first_not_of(" \t\n\r");
    if (first == std::string::npos) return {};
    return value.substr(first, value.find_last_not_of(" \t\n\r") - first + 1);
}

template <class T>
std::optional<T> number_attribute(xmlNode* node, const char* name) {
    if (!has_attribute(node, name)) return std::nullopt;
    std::string text = trimmed_attribute(node, name);
    std::string_view digits = text;
    if (digits.starts_with('+')) digits.remove_prefix(1);
    T value{};
    auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (ec != std::errc() || end != digits.data() + digits.size()) unreadable(node, name, text);
    return value;
}

// The numbers of a space-separated list attribute ("1 3 2"); empty when absent.
std::vector<std::uint32_t> number_list_attribute(xmlNode* node, const char* name) {
    std::vector<std::uint32_t> out;
    std::string text = attribute(node, name);
    std::size_t pos = 0;
    while ((pos = text.find_first_not_of(" \t\n\r", pos)) != std::string::npos) {
        std::size_t end = std::min(text.find_first_of(" \t\n\r", pos), text.size());
        std::uint32_t value = 0;
        auto [stop, ec] = std::from_chars(text.data() + pos, text.data() + end, value);
        if (ec != std::errc() || stop != text.data() + end) unreadable(node, name, text);
        out.push_back(value);
        pos = end;
    }
    return out;
}

bool flag(xmlNode* node, const char* name) {
    std::string value = trimmed_attribute(node, name);
    return value == "true" || value == "1";
}

template <class E>
E enum_attribute(xmlNode* node, const char* name) {
    std::string value = attribute(node, name);
    std::optional<E> parsed = parse_name<E>(value);
    if (!parsed) unreadable(node, name, value);
    return *parsed;
}

std::optional<model::link> link_attributes(xmlNode* node, const char* name) {
    if (!has_attribute(node, name)) return std::nullopt;
    model::link out;
    out.target = trimmed_attribute(node, name);
    if (has_attribute(node, "link")) out.kind = enum_attribute<link_kind>(node, "link");
    out.score = number_attribute<double>(node, "score");
    return out;
}

// One string member of T and the attribute or child element that holds it, as written.
template <class T>
struct text_field {
    const char* name;
    std::string T::*member;
};

template <class T>
using text_fields = std::initializer_list<text_field<T>>;

template <class T>
concept has_source = requires(T t) {
    t.source = std::optional<source_ref>();
};

source_ref place(xmlNode* node);

// Reads out's attributes and child elements named in its tables, its "source" element where it
// has one, and hands any other child element to other.
template <class T, class Other>
void read_fields(xmlNode* node, T& out, text_fields<T> attributes, text_fields<T> children, Other other) {
    for (const text_field<T>& field : attributes) out.*field.member = attribute(node, field.name);
    for (xmlNode* child : elements(node)) {
        auto field = std::find_if(children.begin(), children.end(), [&](auto& f) { return is(child, f.name); });
        if (field != children.end()) {
            out.*field->member = content(child);
        } else if constexpr (has_source<T>) {
            if (is(child, "source"))
                out.source = place(child);
            else
                other(child);
        } else {
            other(child);
        }
    }
}

template <class T>
void read_fields(xmlNode* node, T& out, text_fields<T> attributes, text_fields<T> children) {
    read_fields(node, out, attributes, children, [](xmlNode*) {});
}

// The name text, sharing the copy of last when it names the same: a document's places name a few
// files and sheets many times over, one after the other. last becomes the name returned.
model::shared_name shared(std::string text, model::shared_name& last) {
    if (text != last.str()) last = std::move(text);
    return last;
}

source_ref place(xmlNode* node) {
    // The names of the place read before on this thread.
    thread_local model::shared_name last_file, last_sheet;
    source_ref out;
    out.file = shared(attribute(node, "file"), last_file);
    out.sheet = shared(attribute(node, "sheet"), last_sheet);
    read_fields<source_ref>(node, out, {{"cell", &source_ref::cell}, {"section", &source_ref::section}}, {});
    out.table = number_attribute<std::uint32_t>(node, "table");
    out.row = number_attribute<std::uint32_t>(node, "row");
    out.column = number_attribute<std::uint32_t>(node, "column");
    out.paragraph = number_attribute<std::uint32_t>(node, "paragraph");
    return out;
}

measured_value value_of(xmlNode* node) {
    measured_value out;
    read_fields<measured_value>(node, out, {{"text", &measured_value::text}}, {});
    out.number = number_attribute<double>(node, "number");
    return out;
}

metadata read_metadata(xmlNode* node) {
    metadata out;
    out.kind = enum_attribute<document_kind>(node, "kind");
    out.year = number_attribute<int>(node, "year");
    out.as_of = trimmed_attribute(node, "as-of");
    read_fields<metadata>(node, out,
                          {{"kommun", &metadata::kommun},
                           {"kommunkod", &metadata::kommunkod},
                           {"namnd", &metadata::namnd},
                           {"org-number", &metadata::org_number},
                           {"diarienummer", &metadata::diarienummer},
                           {"lasar", &metadata::lasar}},
                          {{"title", &metadata::title}}, [&](xmlNode* child) {
                              if (is(child, "source"))
                                  out.source_files.push_back(attribute(child, "file"));
                              else if (is(child, "assumption"))
                                  out.assumptions.push_back({enum_attribute<assumption_kind>(child, "kind"),
                                                             attribute(child, "file"), attribute(child, "sheet"),
                                                             attribute(child, "about"), attribute(child, "as")});
                          });
    return out;
}

statement read_statement(xmlNode* node) {
    statement out;
    read_fields<statement>(node, out, {}, {{"text", &statement::text}});
    return out;
}

// A typed value (1.2): its text, and its kind, compare and number attributes (text without them).
indicator_value typed_value(xmlNode* node, std::string text) {
    indicator_value out;
    out.text = std::move(text);
    if (has_attribute(node, "kind")) out.kind = enum_attribute<value_kind>(node, "kind");
    if (has_attribute(node, "compare")) out.compare = enum_attribute<comparison>(node, "compare");
    out.number = number_attribute<double>(node, "number");
    return out;
}

outcome read_outcome(xmlNode* node) {
    outcome out;
    out.label = attribute(node, "label");
    out.year = number_attribute<int>(node, "year");
    if (has_attribute(node, "checkpoint")) out.checkpoint = enum_attribute<model::checkpoint>(node, "checkpoint");
    out.previous_year = flag(node, "previous-year");
    out.value = typed_value(node, attribute(node, "text"));
    for (xmlNode* child : elements(node))
        if (is(child, "source")) out.source = place(child);
    return out;
}

indicator read_indicator(xmlNode* node) {
    indicator out;
    read_fields<indicator>(node, out, {{"unit", &indicator::unit}, {"kpi", &indicator::kpi}},
                           {{"name", &indicator::name}, {"trend", &indicator::trend}}, [&](xmlNode* child) {
                               if (is(child, "target"))
                                   out.target = typed_value(child, content(child));
                               else if (is(child, "target-source"))
                                   out.target_source = place(child);
                               else if (is(child, "outcome"))
                                   out.outcomes.push_back(read_outcome(child));
                           });
    return out;
}

extra_field read_extra(xmlNode* node) {
    return {attribute(node, "name"), content(node), enum_attribute<value_type>(node, "type")};
}

goal read_goal(xmlNode* node) {
    goal out;
    out.id = trimmed_attribute(node, "id");
    out.level = enum_attribute<model::level>(node, "level");
    out.parent = link_attributes(node, "parent");
    out.ska = flag(node, "ska");
    read_fields<goal>(node, out, {{"perspective", &goal::perspective}, {"unit", &goal::unit}},
                      {{"name", &goal::name}, {"description", &goal::description}, {"text", &goal::text}},
                      [&](xmlNode* child) {
                          if (is(child, "indicator"))
                              out.indicators.push_back(read_indicator(child));
                          else if (is(child, "field"))
                              out.extras.push_back(read_extra(child));
                      });
    return out;
}

status_report read_status(xmlNode* node) {
    status_report out;
    out.checkpoint = enum_attribute<model::checkpoint>(node, "checkpoint");
    out.date = trimmed_attribute(node, "date");
    out.value = enum_attribute<status>(node, "value");
    out.assumed = flag(node, "assumed");
    read_fields<status_report>(node, out, {{"label", &status_report::label}, {"word", &status_report::word}},
                               {{"comment", &status_report::comment}});
    return out;
}

plan_time read_plan_time(xmlNode* node) {
    plan_time out;
    out.text = attribute(node, "text");
    out.quarter = number_attribute<std::uint8_t>(node, "quarter");
    out.date = trimmed_attribute(node, "date");
    return out;
}

detail read_detail(xmlNode* node) { return {attribute(node, "label"), content(node)}; }

activity read_activity(xmlNode* node) {
    activity out;
    out.id = trimmed_attribute(node, "id");
    out.goal = link_attributes(node, "goal");
    out.year = number_attribute<int>(node, "year");
    read_fields<activity>(
        node, out, {{"unit", &activity::unit}},
        {{"text", &activity::text}, {"priority", &activity::priority}, {"responsible", &activity::responsible}},
        [&](xmlNode* child) {
            if (is(child, "planned"))
                out.planned = read_plan_time(child);
            else if (is(child, "detail"))
                out.details.push_back(read_detail(child));
            else if (is(child, "status"))
                out.statuses.push_back(read_status(child));
            else if (is(child, "indicator"))
                out.indicators.push_back(read_indicator(child));
            else if (is(child, "field"))
                out.extras.push_back(read_extra(child));
        });
    return out;
}

development_area read_development_area(xmlNode* node) {
    development_area out;
    out.ska = flag(node, "ska");
    read_fields<development_area>(node, out,
                                  {{"key", &development_area::key},
                                   {"focus-area", &development_area::focus_area},
                                   {"area", &development_area::area},
                                   {"lasar", &development_area::lasar}},
                                  {{"text", &development_area::text}});
    return out;
}

school read_school(xmlNode* node) {
    school out;
    read_fields<school>(node, out, {{"code", &school::code}, {"area", &school::area}, {"stages", &school::stages}},
                        {{"name", &school::name}}, [&](xmlNode* child) {
                            if (is(child, "development-area")) out.development_areas.push_back(attribute(child, "key"));
                        });
    return out;
}

// The optional measured values of T, each the element that holds it.
template <class T>
using value_fields = std::initializer_list<std::pair<const char*, std::optional<measured_value> T::*>>;

template <class T>
void read_values(xmlNode* child, T& out, value_fields<T> values) {
    for (auto [name, member] : values)
        if (is(child, name)) out.*member = value_of(child);
}

result_row read_result(xmlNode* node) {
    result_row out;
    out.grade = *number_attribute<std::uint8_t>(node, "grade");
    read_fields<result_row>(node, out, {{"subject", &result_row::subject}}, {}, [&](xmlNode* child) {
        read_values<result_row>(
            child, out, {{"total", &result_row::total}, {"girls", &result_row::girls}, {"boys", &result_row::boys}});
    });
    return out;
}

survey_index read_survey_index(xmlNode* node) {
    survey_index out;
    read_fields<survey_index>(
        node, out,
        {{"stage", &survey_index::stage}, {"index", &survey_index::index}, {"area-name", &survey_index::area_name}}, {},
        [&](xmlNode* child) {
            read_values<survey_index>(
                child, out,
                {{"school", &survey_index::school}, {"area", &survey_index::area}, {"kommun", &survey_index::kommun}});
        });
    return out;
}

template <class G, std::size_t N>
G read_sk_goal(xmlNode* node, const text_column<G> (&columns)[N]) {
    G out;
    out.goal = link_attributes(node, "goal");
    out.source_columns = number_list_attribute(node, "source-columns");
    read_fields<G>(node, out, {{"focus-area", &G::focus_area}, {"development-area", &G::development_area}}, {},
                   [&](xmlNode* child) {
                       for (const text_column<G>& column : columns)
                           if (is(child, column.element)) out.*column.member = content(child);
                   });
    return out;
}

history_value read_history(xmlNode* node) {
    history_value out;
    out.grade = *number_attribute<std::uint8_t>(node, "grade");
    out.measure = enum_attribute<history_measure>(node, "measure");
    out.group = enum_attribute<pupil_group>(node, "group");
    out.label = attribute(node, "label");
    out.year = number_attribute<int>(node, "year");
    out.scope = enum_attribute<value_scope>(node, "scope");
    out.value = value_of(node);
    return out;
}

national_test read_national_test(xmlNode* node) {
    national_test out;
    out.grade = *number_attribute<std::uint8_t>(node, "grade");
    out.test = attribute(node, "test");
    out.group = enum_attribute<pupil_group>(node, "group");
    out.value = value_of(node);
    return out;
}

answer read_answer(xmlNode* node) {
    answer out;
    read_fields<answer>(node, out, {{"section", &answer::section}, {"label", &answer::label}},
                        {{"text", &answer::text}});
    return out;
}

sk_report read_sk_report(xmlNode* node) {
    sk_report out;
    read_fields<sk_report>(node, out, {{"school", &sk_report::school}, {"lasar", &sk_report::lasar}},
                           {{"title", &sk_report::title}}, [&](xmlNode* child) {
                               if (is(child, "result"))
                                   out.results.push_back(read_result(child));
                               else if (is(child, "history"))
                                   out.history.push_back(read_history(child));
                               else if (is(child, "national-test"))
                                   out.national_tests.push_back(read_national_test(child));
                               else if (is(child, "survey-index"))
                                   out.survey.push_back(read_survey_index(child));
                               else if (is(child, "analysed-goal"))
                                   out.analysed_goals.push_back(read_sk_goal(child, analysed_goal_columns));
                               else if (is(child, "planned-goal"))
                                   out.planned_goals.push_back(read_sk_goal(child, planned_goal_columns));
                               else if (is(child, "answer"))
                                   out.answers.push_back(read_answer(child));
                               else if (is(child, "highlighted-area"))
                                   out.highlighted_areas.push_back(attribute(child, "key"));
                           });
    return out;
}

finding read_finding(xmlNode* node) {
    finding out;
    out.severity = enum_attribute<model::severity>(node, "severity");
    out.subject = trimmed_attribute(node, "subject");
    read_fields<finding>(node, out, {{"rule", &finding::rule}},
                         {{"message", &finding::message}, {"suggestion", &finding::suggestion}}, [&](xmlNode* child) {
                             if (is(child, "location")) out.location = place(child);
                         });
    return out;
}

template <class T>
void read_list(xmlNode* node, std::vector<T>& out, T (*read)(xmlNode*)) {
    for (xmlNode* child : elements(node)) out.push_back(read(child));
}

// A goal's words for a message: its name (or text), shortened.
std::string goal_words(const model::goal& g) { return text::first_characters(g.name.empty() ? g.text : g.name, 60); }

// Refuses a goal that lies (through its parents) below itself, and a goal chain deeper than
// max_chain_depth, in one pass: each goal's depth is worked out once, from the goals above it.
void check_chain_shape(const std::vector<model::goal>& goals) {
    constexpr std::size_t none = static_cast<std::size_t>(-1);
    std::unordered_map<std::string_view, std::size_t> index;
    for (std::size_t i = 0; i < goals.size(); ++i) index.emplace(goals[i].id, i);
    auto parent_of = [&](std::size_t i) {
        if (!goals[i].parent) return none;
        auto found = index.find(goals[i].parent->target);
        return found == index.end() ? none : found->second;
    };
    std::vector<std::size_t> depth(goals.size(), 0);  // 0: not yet known
    std::vector<bool> on_path(goals.size(), false);
    std::vector<std::size_t> path;
    for (std::size_t i = 0; i < goals.size(); ++i) {
        path.clear();
        std::size_t at = i;
        for (; at != none && depth[at] == 0 && !on_path[at]; at = parent_of(at)) {
            on_path[at] = true;
            path.push_back(at);
        }
        if (at != none && on_path[at])
            throw error("normalized.goal_cycle",
                        tr("målet \"{0}\" ligger (via sina överordnade mål) under sig självt: rätta dess "
                           "överordnade mål (attributet parent)",
                           "the goal \"{0}\" lies (through its parents) below itself: correct its parent goal "
                           "(the attribute parent)",
                           {goal_words(goals[at])}));
        std::size_t above = at != none ? depth[at] : 0;
        for (auto below = path.rbegin(); below != path.rend(); ++below) {
            depth[*below] = ++above;
            on_path[*below] = false;
            if (above > max_chain_depth)
                throw error(
                    "normalized.chain_too_deep",
                    tr("målkedjan är djupare än {0} nivåer (målet \"{1}\" har {2} mål ovanför sig): så djupa "
                       "kedjor finns inte i verkligheten, så filen är skadad eller manipulerad",
                       "the goal chain is deeper than {0} levels (the goal \"{1}\" has {2} goals above it): "
                       "no real chain is that deep, so the file is damaged or tampered with",
                       {std::to_string(max_chain_depth), goal_words(goals[*below]), std::to_string(above - 1)}));
        }
    }
}

}  // namespace

model::document read_normalized(std::string_view bytes) {
    xml_doc_ptr doc = parse_valid_document(bytes);
    model::document out;
    for (xmlNode* part : elements(xmlDocGetRootElement(doc.get()))) {
        if (is(part, "metadata"))
            out.metadata = read_metadata(part);
        else if (is(part, "vision"))
            read_list(part, out.vision, read_statement);
        else if (is(part, "notes"))
            read_list(part, out.notes, read_statement);
        else if (is(part, "goals"))
            read_list(part, out.goals, read_goal);
        else if (is(part, "activities"))
            read_list(part, out.activities, read_activity);
        else if (is(part, "development-areas"))
            read_list(part, out.development_areas, read_development_area);
        else if (is(part, "schools"))
            read_list(part, out.schools, read_school);
        else if (is(part, "sk-reports"))
            read_list(part, out.sk_reports, read_sk_report);
        else if (is(part, "findings"))
            read_list(part, out.findings, read_finding);
    }
    check_chain_shape(out.goals);
    return out;
}

}  // namespace mk::normalized
