#include "src/model/stable_ids.hpp"

#include <charconv>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "src/core/error.hpp"
#include "src/model/names.hpp"
#include "src/text/fold.hpp"
#include "src/text/utf8.hpp"

namespace mk::model {
namespace {

// The first 32 bits of the 64-bit FNV-1a hash of key, as 8 lower-case hex digits.
std::string short_hash(std::string_view key) {
    std::uint64_t hash = 14695981039346656037ull;
    for (char c : key) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ull;
    }
    char digits[8] = {'0', '0', '0', '0', '0', '0', '0', '0'};
    char buffer[8];
    auto [end, ec] = std::to_chars(buffer, buffer + 8, static_cast<std::uint32_t>(hash >> 32), 16);
    std::copy(buffer, end, digits + 8 - (end - buffer));
    return std::string(digits, 8);
}

// Old id → index, refusing duplicates; elements without an id are not referable.
template <class T>
std::unordered_map<std::string, std::size_t> index_ids(const std::vector<T>& elements, std::string_view what) {
    std::unordered_map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < elements.size(); ++i) {
        if (elements[i].id.empty()) continue;
        if (!index.emplace(elements[i].id, i).second)
            throw error("model.duplicate_id",
                        tr("två {0} har samma id \"{1}\"", "two {0} have the same id \"{1}\"", {what, elements[i].id}));
    }
    return index;
}

[[noreturn]] void dangling(std::string_view target) {
    throw error("model.dangling_reference",
                tr("en hänvisning pekar på \"{0}\", som inte finns i dokumentet",
                   "a reference points to \"{0}\", which is not in the document", {target}));
}

class id_assigner {
public:
    explicit id_assigner(document& doc)
        : doc_(doc),
          goal_index_(index_ids(doc.goals, "mål")),
          activity_index_(index_ids(doc.activities, "aktiviteter")),
          goal_ids_(doc.goals.size()),
          state_(doc.goals.size(), state::unnamed) {}

    void run() {
        for (std::size_t i = 0; i < doc_.goals.size(); ++i) name_goal(i);
        std::vector<std::string> activity_ids;
        for (activity& a : doc_.activities) {
            if (a.goal) a.goal->target = new_goal_id(a.goal->target);
            activity_ids.push_back(
                unique("a-" + short_hash((a.goal ? a.goal->target : "") + "\n" + text::fold(a.text))));
        }
        for (finding& f : doc_.findings) f.subject = new_subject_id(f.subject, activity_ids);
        for (std::size_t i = 0; i < doc_.activities.size(); ++i) doc_.activities[i].id = activity_ids[i];
        for (sk_report& report : doc_.sk_reports) {
            for (analysed_goal& g : report.analysed_goals)
                if (g.goal) g.goal->target = new_goal_id(g.goal->target);
            for (planned_goal& g : report.planned_goals)
                if (g.goal) g.goal->target = new_goal_id(g.goal->target);
        }
        for (std::size_t i = 0; i < doc_.goals.size(); ++i) {
            goal& g = doc_.goals[i];
            if (g.parent) g.parent->target = goal_ids_[goal_index_.at(g.parent->target)];
            g.id = goal_ids_[i];
        }
    }

private:
    enum class state { unnamed, naming, named };

    const std::string& name_goal(std::size_t i) {
        if (state_[i] == state::named) return goal_ids_[i];
        const goal& g = doc_.goals[i];
        if (state_[i] == state::naming)
            throw error("model.cycle", tr("målet \"{0}\" ligger (via sina överordnade mål) under sig självt",
                                          "the goal \"{0}\" lies (through its parents) below itself",
                                          {text::first_characters(g.name.empty() ? g.text : g.name, 60)}));
        state_[i] = state::naming;
        std::string parent_id;
        if (g.parent) {
            auto parent = goal_index_.find(g.parent->target);
            if (parent == goal_index_.end()) dangling(g.parent->target);
            parent_id = name_goal(parent->second);
        }
        std::string text = g.text;
        if (text.empty()) text = g.description.empty() ? g.name : g.name + " - " + g.description;
        std::string key = std::string(name_of(g.level)) + "\n" + g.unit + "\n" + text::fold(text) + "\n" + parent_id;
        goal_ids_[i] = unique("g-" + short_hash(key));
        state_[i] = state::named;
        return goal_ids_[i];
    }

    std::string new_goal_id(const std::string& old_id) const {
        auto found = goal_index_.find(old_id);
        if (found == goal_index_.end()) dangling(old_id);
        return goal_ids_[found->second];
    }

    std::string new_subject_id(const std::string& old_id, const std::vector<std::string>& activity_ids) const {
        if (old_id.empty()) return old_id;
        if (auto found = goal_index_.find(old_id); found != goal_index_.end()) return goal_ids_[found->second];
        if (auto found = activity_index_.find(old_id); found != activity_index_.end())
            return activity_ids[found->second];
        dangling(old_id);
    }

    std::string unique(const std::string& base) {
        std::string id = base;
        for (int suffix = 2; !taken_.insert(id).second; ++suffix) id = base + "-" + std::to_string(suffix);
        return id;
    }

    document& doc_;
    std::unordered_map<std::string, std::size_t> goal_index_;
    std::unordered_map<std::string, std::size_t> activity_index_;
    std::vector<std::string> goal_ids_;
    std::vector<state> state_;
    std::unordered_set<std::string> taken_;
};

}  // namespace

void assign_stable_ids(document& doc) { id_assigner(doc).run(); }

}  // namespace mk::model
