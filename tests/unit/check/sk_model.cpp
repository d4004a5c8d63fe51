#include "sk_model.hpp"

namespace check_test {

scenario sk_report(const std::function<void(mk::model::sk_report& report, mk::model::document& doc)>& edit) {
    scenario s;
    s.doc.metadata.kind = mk::model::document_kind::sk_report;
    mk::model::school school;
    school.code = school.name = "Exempelskolan";
    s.doc.schools.push_back(school);
    mk::model::sk_report report;
    report.school = "Exempelskolan";
    report.title = "Exempelskolan";
    report.lasar = "2023/24";
    report.source = cell("A1");
    edit(report, s.doc);
    s.doc.sk_reports.push_back(std::move(report));
    return s;
}

mk::model::measured_value sk_value(const std::string& written, double number, const std::string& ref) {
    return {written, number, cell(ref)};
}

}  // namespace check_test
