#include "src/pipeline/load.hpp"

#include <algorithm>
#include <iterator>
#include <map>
#include <memory>
#include <new>
#include <unordered_map>

#include "converters/registry.hpp"
#include "src/core/error.hpp"
#include "src/core/file_io.hpp"
#include "src/core/memory_budget.hpp"
#include "src/model/stable_ids.hpp"
#include "src/normalized/read.hpp"
#include "src/pipeline/dimensions.hpp"
#include "src/recognize/goal_match.hpp"
#include "src/recognize/sk_document.hpp"
#include "src/recognize/status_mapping.hpp"
#include "src/recognize/work_plan.hpp"

namespace mk::pipeline {
namespace {

// The statuses of a normalized document or a work plan whose words the user's mapping defines get its
// values; how many.
int apply_mapping(model::document& doc, const recognize::status_definitions& mapping) {
    const recognize::status_definitions* definitions[] = {&mapping};
    int decided = 0;
    for (model::activity& a : doc.activities)
        for (model::status_report& s : a.statuses) {
            if (s.word.empty()) continue;
            recognize::status_reading reading = recognize::read_status(s.word, "", definitions);
            if (reading.decided_by != &mapping) continue;
            s.value = reading.value;
            s.assumed = false;
            ++decided;
        }
    return decided;
}

// A model holding only the note that file is no SK document.
model::document not_sk_document(const std::string& file) {
    model::document doc;
    doc.metadata.kind = model::document_kind::sk_report;
    doc.read_notes.push_back({model::read_problem::not_sk_document, model::whole_file(file), ""});
    return doc;
}

// What the filler of a document wrote, by the memory it keeps; each test empty when the memory keeps
// none or does not know.
recognize::written_by_filler filler_of(const std::string& bytes) {
    std::optional<fill_memory> found = fill_memory_of(bytes);
    if (!found) return {};
    auto memory = std::make_shared<const fill_memory>(std::move(*found));
    recognize::written_by_filler out;
    if (memory->texts) out.paragraph = [memory](const block& b) { return memory->wrote(b); };
    if (memory->page_texts) out.page_text = [memory](std::string_view text) { return memory->wrote_page_text(text); };
    if (memory->pictures) out.picture = [memory](const block_note& note) { return memory->wrote_picture(note); };
    return out;
}

// The model of bytes, the content of file in format f.
model::document load_as(const file_format& f, const std::string& bytes, const std::string& file,
                        const recognize::status_definitions* mapping, const load_options& options, loaded& out) {
    bool sk_only = options.sk_documents_only;
    if (sk_only && f.kind == format_kind::workbook) return not_sk_document(file);
    switch (f.kind) {
        case format_kind::goal_chain: {  // the one goal-chain format read
            model::document doc = normalized::read_normalized(bytes);
            if (mapping) apply_mapping(doc, *mapping);
            return doc;
        }
        case format_kind::workbook: {
            auto result =
                recognize::recognise_follow_up(f.read_workbook(bytes, file_stem(file)), file, mapping, options.units);
            out.skipped.insert(out.skipped.end(), result.skipped.begin(), result.skipped.end());
            out.cells.push_back(std::move(result.cells));
            out.statuses.push_back({file, std::move(result.legends), result.statuses});
            return std::move(result.doc);
        }
        case format_kind::document: {
            document doc = f.read_document(bytes);
            if (recognize::is_sk_document(doc))
                return recognize::recognise_sk_document(doc, file, {}, filler_of(bytes));
            if (sk_only) return not_sk_document(file);
            model::document plan = recognize::recognise_work_plan(doc, file);
            recognize::status_tally tally;
            if (mapping) tally.by_mapping = apply_mapping(plan, *mapping);
            for (const model::activity& a : plan.activities)
                for (const model::status_report& s : a.statuses) tally.assumed += s.assumed ? 1 : 0;
            out.statuses.push_back({file, {}, tally});
            return plan;
        }
    }
    return {};
}

model::document load_one(const source& input, const recognize::status_definitions* mapping, const load_options& options,
                         loaded& out, std::vector<warning>& warnings) {
    std::string holder;
    const std::string& bytes = bytes_of(input, holder);
    load_budget budget(bytes);
    const file_format& f = detect_format(bytes);
    std::optional<warning> misnamed = misnamed_input(input.name, f);
    if (misnamed) warnings.push_back(*misnamed);
    try {
        return load_as(f, bytes, input.name, mapping, options, out);
    } catch (const error& e) {
        if (!misnamed) throw;
        // What is wrong with a misnamed file may be its name alone: its error says what it is.
        throw error(e.code(), {misnamed->msg.sv + "; " + e.msg().sv, misnamed->msg.en + "; " + e.msg().en},
                    e.context());
    }
}

void merge_metadata(model::metadata& into, const model::metadata& from) {
    for (auto [target, source] : {std::pair{&into.title, &from.title},
                                  {&into.kommun, &from.kommun},
                                  {&into.kommunkod, &from.kommunkod},
                                  {&into.namnd, &from.namnd},
                                  {&into.org_number, &from.org_number},
                                  {&into.diarienummer, &from.diarienummer},
                                  {&into.lasar, &from.lasar},
                                  {&into.as_of, &from.as_of}})
        if (target->empty()) *target = *source;
    if (!into.year) into.year = from.year;
    into.source_files.insert(into.source_files.end(), from.source_files.begin(), from.source_files.end());
    into.assumptions.insert(into.assumptions.end(), from.assumptions.begin(), from.assumptions.end());
}

// How the goals of one input map onto the merged ones: merged id and how the match was made.
struct goal_mapping {
    std::string id;
    model::link_kind kind = model::link_kind::structure;
    std::optional<double> score;
};

// Appends areas to merged, each area once: one with a key already merged is dropped when its text,
// area and läsår are the same, else it gets the next free key "key-2", "key-3"... Returns the keys
// that changed.
std::map<std::string, std::string> merge_development_areas(model::document& merged,
                                                           std::vector<model::development_area> areas) {
    std::map<std::string, std::string> renamed;
    auto find = [&](const std::string& key) -> const model::development_area* {
        for (const auto& d : merged.development_areas)
            if (d.key == key) return &d;
        return nullptr;
    };
    for (auto& d : areas) {
        const model::development_area* same = find(d.key);
        if (same && same->text == d.text && same->area == d.area && same->lasar == d.lasar) continue;
        std::string key = d.key;
        for (int n = 2; find(key); ++n) key = d.key + "-" + std::to_string(n);
        if (key != d.key) renamed[d.key] = key;
        d.key = key;
        merged.development_areas.push_back(std::move(d));
    }
    return renamed;
}

// Adds to the goal with id in goals the extra fields it does not have yet: a goal met again in a
// later input keeps the values that input gives it.
void keep_extras(std::vector<model::goal>& goals, const std::string& id, std::vector<model::extra_field> extras) {
    for (model::goal& g : goals) {
        if (g.id != id) continue;
        for (model::extra_field& f : extras)
            if (std::find(g.extras.begin(), g.extras.end(), f) == g.extras.end()) g.extras.push_back(std::move(f));
        return;
    }
}

// Appends doc to merged. Ids are made unique per input. A goal equal to one already merged (same
// stable id, recorded in merged_goals) is dropped in favour of the first; so is a goal whose text
// names an earlier input's goal of the same level (exact after folding, or a guess, which is
// recorded in guesses and on the links that pass through it).
void merge(model::document& merged, model::document doc, std::size_t input,
           std::map<std::string, std::string>& merged_goals, std::vector<link_guess>& guesses) {
    std::string prefix = "i" + std::to_string(input) + ":";
    const std::vector<model::goal> earlier = merged.goals;
    std::map<std::string, goal_mapping> goal_ids;
    std::vector<bool> duplicate;
    for (auto& g : doc.goals) {
        auto [it, added] = merged_goals.emplace(g.id, prefix + g.id);
        goal_mapping mapping{it->second, model::link_kind::structure, std::nullopt};
        if (added) {
            std::vector<model::goal> same_level;
            for (const auto& e : earlier)
                if (e.level == g.level) same_level.push_back(e);
            if (auto m = recognize::match_goal(g.text.empty() ? g.name : g.text, same_level)) {
                mapping = {m->goal->id, m->kind, std::nullopt};
                if (m->kind == model::link_kind::guess) {
                    mapping.score = m->score;
                    guesses.push_back({g.text.empty() ? g.name : g.text,
                                       m->goal->text.empty() ? m->goal->name : m->goal->text, m->score});
                }
                it->second = m->goal->id;
                added = false;
            }
        }
        goal_ids[g.id] = mapping;
        duplicate.push_back(!added);
    }
    auto map_goal = [&](std::optional<model::link>& link) {
        if (!link) return;
        const goal_mapping& mapping = goal_ids.at(link->target);
        link->target = mapping.id;
        if (mapping.kind != model::link_kind::structure) {
            link->kind = mapping.kind;
            link->score = mapping.score;
        }
    };
    for (std::size_t i = 0; i < doc.goals.size(); ++i) {
        model::goal& g = doc.goals[i];
        if (duplicate[i]) {
            keep_extras(merged.goals, goal_ids[g.id].id, std::move(g.extras));
            continue;
        }
        map_goal(g.parent);
        g.id = goal_ids[g.id].id;
        merged.goals.push_back(std::move(g));
    }
    // Old activity id → new, for the findings that name an activity.
    std::unordered_map<std::string, std::string> activity_ids;
    for (auto& a : doc.activities) {
        map_goal(a.goal);
        if (!doc.findings.empty()) activity_ids[a.id] = prefix + a.id;
        a.id = prefix + a.id;
    }
    // The first input's list is taken whole: a second list as long would be held while it is moved.
    if (merged.activities.empty()) {
        merged.activities = std::move(doc.activities);
    } else {
        merged.activities.reserve(merged.activities.size() + doc.activities.size());
        std::move(doc.activities.begin(), doc.activities.end(), std::back_inserter(merged.activities));
    }
    for (auto& f : doc.findings) {
        if (auto g = goal_ids.find(f.subject); g != goal_ids.end()) f.subject = g->second.id;
        if (auto a = activity_ids.find(f.subject); a != activity_ids.end()) f.subject = a->second;
        merged.findings.push_back(std::move(f));
    }
    std::map<std::string, std::string> area_keys = merge_development_areas(merged, std::move(doc.development_areas));
    auto map_area = [&](std::string& key) {
        if (auto it = area_keys.find(key); it != area_keys.end()) key = it->second;
    };
    for (auto& school : doc.schools) {
        for (auto& key : school.development_areas) map_area(key);
        bool known = false;
        for (const auto& s : merged.schools) known = known || s.code == school.code;
        if (!known) merged.schools.push_back(std::move(school));
    }
    for (auto& r : doc.sk_reports) {
        for (auto& g : r.analysed_goals) map_goal(g.goal), map_area(g.development_area);
        for (auto& g : r.planned_goals) map_goal(g.goal), map_area(g.development_area);
        for (auto& key : r.highlighted_areas) map_area(key);
        merged.sk_reports.push_back(std::move(r));
    }
    merged.vision.insert(merged.vision.end(), doc.vision.begin(), doc.vision.end());
    merged.notes.insert(merged.notes.end(), doc.notes.begin(), doc.notes.end());
    merged.read_notes.insert(merged.read_notes.end(), doc.read_notes.begin(), doc.read_notes.end());
}

// The user's status words from a spreadsheet; throws mk::error naming the file when it is unusable.
recognize::status_definitions load_status_words(const std::string& file, std::vector<warning>& warnings) {
    try {
        std::string bytes = read_input_file(file);
        load_budget budget(bytes);
        const file_format& format = detect_format(bytes);
        if (auto misnamed = misnamed_input(file, format)) warnings.push_back(std::move(*misnamed));
        if (format.kind != format_kind::workbook)
            throw error("statusord.format", tr("--statusord läser en .csv-, .xlsx- eller .ods-fil med ett ord och "
                                               "dess status per rad",
                                               "--statusord reads a .csv, .xlsx or .ods file with one word and its "
                                               "status per row"));
        return recognize::read_status_mapping(format.read_workbook(bytes, file_stem(file)));
    } catch (const error& e) {
        throw e.with_context(file);
    }
}

}  // namespace

loaded load_inputs(const std::vector<source>& inputs, const load_options& options) {
    std::vector<const source*> all;
    for (const auto& input : inputs) all.push_back(&input);
    if (!options.unreadable) check_sources(all);
    loaded out;
    std::vector<warning> warnings;
    std::optional<recognize::status_definitions> mapping;
    if (!options.status_words.empty()) {
        mapping = load_status_words(options.status_words, warnings);
        out.status_words = mapping->entries();
    }
    std::map<std::string, std::string> merged_goals;
    std::size_t merged_inputs = 0;
    std::vector<input_activities> sheets;
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        model::document doc;
        if (options.before_input) options.before_input(i);
        try {
            doc = load_one(inputs[i], mapping ? &*mapping : nullptr, options, out, warnings);
        } catch (const error& e) {
            if (!options.unreadable) throw e.with_context(inputs[i].name);
            options.unreadable->push_back(e.with_context(inputs[i].name));
            continue;
        } catch (const std::bad_alloc&) {
            error e("memory.exhausted", out_of_memory_text(), inputs[i].name);
            if (!options.unreadable) throw e;
            options.unreadable->push_back(e);
            continue;
        }
        if (merged_inputs++ == 0) out.doc.metadata.kind = doc.metadata.kind;
        if (out.cells.size() > sheets.size()) {
            std::size_t first = out.doc.activities.size();
            sheets.push_back({inputs[i].name, first, first + doc.activities.size(), doc.metadata.year});
        }
        merge_metadata(out.doc.metadata, doc.metadata);
        merge(out.doc, std::move(doc), i, merged_goals, out.guesses);
    }
    settle_file_dimensions(out.doc, sheets, options.units.from);
    if (options.year) out.doc.metadata.year = options.year;
    if (!options.kommun.empty()) out.doc.metadata.kommun = options.kommun;
    if (!options.namnd.empty()) out.doc.metadata.namnd = options.namnd;
    model::assign_stable_ids(out.doc);
    if (options.warnings) options.warnings->insert(options.warnings->end(), warnings.begin(), warnings.end());
    return out;
}

loaded load_inputs(const std::vector<std::string>& files, const load_options& options) {
    return load_inputs(file_sources(files), options);
}

model::document load_input(const source& input) { return load_inputs({input}, {}).doc; }

}  // namespace mk::pipeline
