#include "src/core/message.hpp"

#include <vector>

namespace mk {
namespace {
language g_language = language::sv;

std::string substitute(std::string_view tmpl, const std::vector<std::string_view>& args) {
    std::string out;
    out.reserve(tmpl.size());
    for (std::size_t i = 0; i < tmpl.size(); ++i) {
        if (tmpl[i] == '{' && i + 2 < tmpl.size() && tmpl[i + 2] == '}' && tmpl[i + 1] >= '0' &&
            tmpl[i + 1] <= '9') {
            std::size_t index = static_cast<std::size_t>(tmpl[i + 1] - '0');
            if (index < args.size()) {
                out += args[index];
                i += 2;
                continue;
            }
        }
        out += tmpl[i];
    }
    return out;
}
}  // namespace

void set_language(language lang) { g_language = lang; }
language current_language() { return g_language; }

const std::string& message::text() const { return g_language == language::en ? en : sv; }

std::string alternatives(const std::vector<std::string>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += i + 1 == items.size() ? (g_language == language::en ? " or " : " eller ") : ", ";
        out += items[i];
    }
    return out;
}

message tr(std::string_view sv, std::string_view en, std::initializer_list<std::string_view> args) {
    std::vector<std::string_view> list(args);
    return message{substitute(sv, list), substitute(en, list)};
}

std::string counted(std::size_t n, std::string_view sv_one, std::string_view sv_many, std::string_view en_one,
                    std::string_view en_many) {
    return std::to_string(n) + ' ' + tr(n == 1 ? sv_one : sv_many, n == 1 ? en_one : en_many).text();
}

}  // namespace mk
