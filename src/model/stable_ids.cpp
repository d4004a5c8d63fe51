#include "src/model/stable_ids.hpp"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "src/core/error.hpp"
#include "src/core/in_parts.hpp"
#include "src/model/names.hpp"
#include "src/text/fold.hpp"
#include "src/text/utf8.hpp"

namespace mk::model {
namespace {

// The 64-bit FNV-1a hash of the pieces of a key, fed one after another.
class key_hash {
public:
    key_hash& add(std::string_view piece) {
        for (char c : piece) {
            hash_ ^= static_cast<unsigned char>(c);
            hash_ *= 1099511628211ull;
        }
        return *this;
    }

    // The first 32 bits of the hash: what an id shows.
    std::uint32_t short_hash() const { return static_cast<std::uint32_t>(hash_ >> 32); }

private:
    std::uint64_t hash_ = 14695981039346656037ull;
};

// prefix and hash as 8 lower-case hex digits ("g-0123abcd"), then "-n" for an occurrence n > 1.
std::string format_id(std::string_view prefix, std::uint32_t hash, std::size_t occurrence = 1) {
    char digits[8] = {'0', '0', '0', '0', '0', '0', '0', '0'};
    char buffer[8];
    auto [end, ec] = std::to_chars(buffer, buffer + 8, hash, 16);
    std::copy(buffer, end, digits + 8 - (end - buffer));
    std::string out(prefix);
    out.append(digits, 8);
    if (occurrence > 1) out += "-" + std::to_string(occurrence);
    return out;
}

// For each hash, how many times it came up to there (1 for its first), counting in order.
std::vector<std::size_t> occurrences(const std::vector<std::uint32_t>& hashes) {
    std::vector<std::size_t> order(hashes.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return hashes[a] != hashes[b] ? hashes[a] < hashes[b] : a < b; });
    std::vector<std::size_t> out(hashes.size());
    for (std::size_t k = 0; k < order.size(); ++k)
        out[order[k]] = k > 0 && hashes[order[k - 1]] == hashes[order[k]] ? out[order[k - 1]] + 1 : 1;
    return out;
}

// Activities hashed on one core at least: fewer are not worth a thread.
constexpr std::size_t activities_per_part = 4096;

// Old ids and their indexes, for lookup; views of the elements' ids.
using id_index = std::unordered_map<std::string_view, std::size_t>;

// The index of elements by their old ids, refusing duplicates; elements without an id are not
// referable.
template <class T>
id_index index_ids(const std::vector<T>& elements, std::string_view what) {
    id_index index;
    index.reserve(elements.size());
    for (std::size_t i = 0; i < elements.size(); ++i) {
        if (elements[i].id.empty()) continue;
        if (!index.emplace(elements[i].id, i).second)
            throw error("model.duplicate_id",
                        tr("två {0} har samma id \"{1}\"", "two {0} have the same id \"{1}\"", {what, elements[i].id}));
    }
    return index;
}

// The index of the element with id, if any.
std::optional<std::size_t> find_id(const id_index& index, std::string_view id) {
    auto found = index.find(id);
    if (found == index.end()) return std::nullopt;
    return found->second;
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
        // Each activity's key depends on it alone: hashed on every core.
        std::vector<std::uint32_t> activity_hashes(doc_.activities.size());
        in_parts(doc_.activities.size(), activities_per_part, [&](std::size_t, std::size_t begin, std::size_t end) {
            for (std::size_t i = begin; i < end; ++i) {
                activity& a = doc_.activities[i];
                if (a.goal) a.goal->target = new_goal_id(a.goal->target);
                key_hash key;
                key.add(a.goal ? a.goal->target : "").add("\n").add(text::fold(a.text));
                activity_hashes[i] = key.short_hash();
            }
        });
        // Only activities take ids "a-", and an id with a suffix never equals one without: taking
        // the first free id in document order gives the n-th activity of a hash "-n".
        std::vector<std::size_t> occurrence = occurrences(activity_hashes);
        std::vector<std::string> activity_ids;
        activity_ids.reserve(doc_.activities.size());
        for (std::size_t i = 0; i < activity_hashes.size(); ++i)
            activity_ids.push_back(format_id("a-", activity_hashes[i], occurrence[i]));
        for (finding& f : doc_.findings) f.subject = new_subject_id(f.subject, activity_ids);
        for (std::size_t i = 0; i < doc_.activities.size(); ++i) doc_.activities[i].id = std::move(activity_ids[i]);
        for (sk_report& report : doc_.sk_reports) {
            for (analysed_goal& g : report.analysed_goals)
                if (g.goal) g.goal->target = new_goal_id(g.goal->target);
            for (planned_goal& g : report.planned_goals)
                if (g.goal) g.goal->target = new_goal_id(g.goal->target);
        }
        // Parents first: the index views the old ids.
        for (goal& g : doc_.goals)
            if (g.parent) g.parent->target = goal_ids_[*find_id(goal_index_, g.parent->target)];
        for (std::size_t i = 0; i < doc_.goals.size(); ++i) doc_.goals[i].id = goal_ids_[i];
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
            auto parent = find_id(goal_index_, g.parent->target);
            if (!parent) dangling(g.parent->target);
            parent_id = name_goal(*parent);
        }
        std::string text = g.text;
        if (text.empty()) text = g.description.empty() ? g.name : g.name + " - " + g.description;
        key_hash key;
        key.add(name_of(g.level)).add("\n").add(g.unit).add("\n").add(text::fold(text)).add("\n").add(parent_id);
        goal_ids_[i] = unique(format_id("g-", key.short_hash()));
        state_[i] = state::named;
        return goal_ids_[i];
    }

    std::string new_goal_id(const std::string& old_id) const {
        auto found = find_id(goal_index_, old_id);
        if (!found) dangling(old_id);
        return goal_ids_[*found];
    }

    std::string new_subject_id(const std::string& old_id, const std::vector<std::string>& activity_ids) const {
        if (old_id.empty()) return old_id;
        if (auto found = find_id(goal_index_, old_id)) return goal_ids_[*found];
        if (auto found = find_id(activity_index_, old_id)) return activity_ids[*found];
        dangling(old_id);
    }

    std::string unique(const std::string& base) {
        std::string id = base;
        for (int suffix = 2; !taken_.insert(id).second; ++suffix) id = base + "-" + std::to_string(suffix);
        return id;
    }

    document& doc_;
    // The old ids stay in place until the last use of these indexes.
    id_index goal_index_;
    id_index activity_index_;
    std::vector<std::string> goal_ids_;
    std::vector<state> state_;
    std::unordered_set<std::string> taken_;  // goal ids given so far
};

}  // namespace

void assign_stable_ids(document& doc) { id_assigner(doc).run(); }

}  // namespace mk::model
