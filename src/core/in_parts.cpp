#include "src/core/in_parts.hpp"

#include <algorithm>
#include <exception>
#include <thread>
#include <vector>

#include "src/core/parallel_in_order.hpp"

namespace mk {

std::size_t part_count(std::size_t count, std::size_t least) {
    return std::clamp<std::size_t>(count / std::max<std::size_t>(least, 1), 1, worker_threads());
}

void in_parts(std::size_t count, std::size_t least,
              const std::function<void(std::size_t part, std::size_t begin, std::size_t end)>& work) {
    const std::size_t parts = part_count(count, least);
    auto begin_of = [&](std::size_t part) { return count * part / parts; };
    std::vector<std::exception_ptr> errors(parts);
    auto run = [&](std::size_t part) {
        try {
            work(part, begin_of(part), begin_of(part + 1));
        } catch (...) {
            errors[part] = std::current_exception();
        }
    };
    {
        std::vector<std::jthread> others;
        for (std::size_t part = 1; part < parts; ++part) others.emplace_back(run, part);
        run(0);
    }
    for (const std::exception_ptr& error : errors)
        if (error) std::rethrow_exception(error);
}

}  // namespace mk
