#include "src/sk/document_facts.hpp"

#include "src/recognize/sk_document.hpp"
#include "src/sk/lasar.hpp"
#include "src/text/fold.hpp"

namespace mk::sk {

document_facts facts_of(const document& doc, const std::string& name) {
    document_facts facts;
    facts.text = plain_text(doc.blocks);
    for (const auto& header : doc.page_headers) facts.text += header + '\n';
    auto recognised = recognize::recognise_sk_document(doc, name);
    if (!recognised.schools.empty()) facts.area = recognised.schools.front().area;
    facts.lasar = latest_lasar_in(facts.text);
    return facts;
}

const model::school* school_named_in(const std::vector<model::school>& schools, std::string_view text) {
    std::string folded = text::fold(text);
    const model::school* found = nullptr;
    for (const auto& school : schools) {
        std::string name = text::fold(school.name);
        if (!name.empty() && folded.find(name) != std::string::npos &&
            (!found || school.name.size() > found->name.size()))
            found = &school;
    }
    return found;
}

}  // namespace mk::sk
