#pragma once
// Minimal SK models for the rule tests: one report of "Exempelskolan" whose parts sit at cells of
// "Blad1" of the test file, built in C++.
#include <functional>

#include "follow_up_model.hpp"

namespace check_test {

// A scenario holding one SK report, changed by edit (its document may get development areas).
scenario sk_report(const std::function<void(mk::model::sk_report& report, mk::model::document& doc)>& edit);

// A value as written with its number, at ref.
mk::model::measured_value sk_value(const std::string& written, double number, const std::string& ref);

}  // namespace check_test
