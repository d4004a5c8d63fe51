// `sk generate` into a folder: every path checked first, then each school's documents written.
#include <filesystem>

#include "src/core/error.hpp"
#include "src/core/file_io.hpp"
#include "src/core/parallel_in_order.hpp"
#include "src/pipeline/sk_generate.hpp"

namespace mk::pipeline {
namespace {

// A document's place in the folder, checked.
struct planned_file {
    output_target target;
    // An existing file that is left alone: changed since malkedja wrote it, or not written by it.
    bool keep = false;
};

// Whether the existing file at target is left alone: unless generation updates (the one way to
// refresh a changed document), every file but one malkedja filled and nobody changed since.
bool left_alone(const sk_generation& generation, const output_target& target) {
    if (!target.exists || generation.update) return false;
    try {
        return !filled_and_unchanged(read_input_file(target.path));
    } catch (const error&) {
        return true;
    }
}

// The checked places of every document generation makes in folder, per school (no two alike, by
// output_file_names): a set is refused before its first document is written.
std::vector<std::vector<planned_file>> checked_targets(const sk_generation& generation, const std::string& folder,
                                                       const std::vector<std::string>& inputs) {
    std::vector<std::vector<planned_file>> targets;
    for (std::size_t i = 0; i < generation.schools.size(); ++i) {
        targets.emplace_back();
        for (const auto& name : output_file_names(generation, i)) {
            std::string path = (std::filesystem::path(folder) / name).string();
            output_target target = check_output_file(path, inputs);
            bool keep = left_alone(generation, target);
            targets.back().push_back({std::move(target), keep});
        }
    }
    return targets;
}

// e, saying which documents were written before it.
error with_written(const error& e, const std::vector<std::string>& written) {
    if (written.empty()) return e;
    message before = tr(" ({0} dokument skrevs innan: {1})", " ({0} documents were written before: {1})",
                        {std::to_string(written.size()), listed(written)});
    return error(e.code(), message{e.msg().sv + before.sv, e.msg().en + before.en}, e.context());
}

}  // namespace

sk_written write_sk_documents(const sk_generation& generation, const std::string& folder,
                              const std::vector<std::string>& inputs,
                              const std::function<void(std::size_t)>& before_school) {
    auto targets = checked_targets(generation, folder, inputs);
    sk_written result;
    // Each school's documents are filled on every core, ahead of the one being written.
    auto fill = [&](std::size_t n) {
        bool all_kept = true;
        for (const auto& file : targets[n]) all_kept = all_kept && file.keep;
        return all_kept ? std::vector<sk_output>{} : fill_school_documents(generation, n);
    };
    auto before = [&](std::size_t n) {
        if (before_school) before_school(n);
    };
    auto write = [&](std::size_t n, std::vector<sk_output>& documents) {
        for (std::size_t i = 0; i < targets[n].size(); ++i) {
            const planned_file& file = targets[n][i];
            if (file.keep) {
                result.kept.push_back(file.target.path);
                continue;
            }
            write_output_file(file.target, documents[i].bytes);
            result.files.push_back(file.target.path);
            result.kept_cells.insert(result.kept_cells.end(), documents[i].kept.begin(), documents[i].kept.end());
        }
    };
    try {
        unsigned threads = worker_threads();
        parallel_in_order<std::vector<sk_output>>(targets.size(), threads, 2 * std::size_t{threads}, fill, before,
                                                  write);
    } catch (const error& e) {
        throw with_written(e, result.files);
    }
    return result;
}

std::string listed(const std::vector<std::string>& names) {
    constexpr std::size_t shown = 5;
    std::string text;
    for (std::size_t i = 0; i < names.size() && i < shown; ++i) text += (text.empty() ? "" : ", ") + names[i];
    if (names.size() > shown)
        text += tr(" … och {0} till", " … and {0} more", {std::to_string(names.size() - shown)}).text();
    return text;
}

}  // namespace mk::pipeline
