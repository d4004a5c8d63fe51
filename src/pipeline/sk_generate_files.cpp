// `sk generate` into a folder: every path checked first, then each school's documents written.
#include <filesystem>
#include <map>

#include "src/core/error.hpp"
#include "src/core/file_io.hpp"
#include "src/pipeline/sk_generate.hpp"

namespace mk::pipeline {
namespace {

// The checked targets of every document generation makes in folder, per school, no two alike: a
// set is refused before its first document is written.
std::vector<std::vector<output_target>> checked_targets(const sk_generation& generation, const std::string& folder,
                                                        const std::vector<std::string>& inputs) {
    std::vector<std::vector<output_target>> targets;
    std::map<std::string, std::string> school_of_path;
    for (std::size_t i = 0; i < generation.schools.size(); ++i) {
        const std::string& school = school_of(generation, i).name;
        targets.emplace_back();
        for (const auto& name : output_file_names(generation, i)) {
            std::string path = (std::filesystem::path(folder) / name).string();
            auto [at, added] = school_of_path.emplace(path, school);
            if (!added)
                throw error("sk.same_file_name",
                            tr("två skolor ({0} och {1}) ger samma filnamn; ändra det ena namnet i skolfilen",
                               "two schools ({0} and {1}) give the same file name; change one name in the schools "
                               "file",
                               {at->second, school}),
                            path);
            targets.back().push_back(check_output_file(path, inputs));
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
    for (std::size_t n = 0; n < targets.size(); ++n) {
        if (before_school) before_school(n);
        try {
            auto documents = fill_school_documents(generation, n);
            for (std::size_t i = 0; i < documents.size(); ++i) {
                write_output_file(targets[n][i], documents[i].bytes);
                result.files.push_back(targets[n][i].path);
            }
        } catch (const error& e) {
            throw with_written(e, result.files);
        }
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
