// The rule table: every rule's id, severity, description and function, in one place.
#include "src/check/families.hpp"
#include "src/check/rule.hpp"

namespace mk::check {
namespace {

using model::severity;

const rule rules[] = {
    {"MK001", severity::fel,
     tr("aktivitet eller skolmål vars mål inte finns i målkedjan",
        "activity or school goal whose goal is not in the chain"),
     &check_goals_in_chain},
    {"MK002", severity::varning, tr("nämndmål utan KF-mål ovanför", "nämndmål without a KF goal above it"),
     &check_namndmal_without_kf},
    {"MK003", severity::varning, tr("nämndmål utan aktivitet", "nämndmål without any activity"),
     &check_goal_without_activity},
    {"MK004", severity::fel, tr("okänt statusord", "unknown status word"), &check_unknown_status},
    {"MK005", severity::fel, tr("\"Avviker från plan\" utan kommentar", "\"Avviker från plan\" without a comment"),
     &check_deviation_without_comment},
    {"MK006", severity::varning,
     tr("status som går tillbaka från klar till inte klar", "status going back from done to not done"),
     &check_status_regression},
    {"MK007", severity::varning,
     tr("planerad tidpunkt passerad utan att aktiviteten är klar",
        "planned time passed while the activity is not done"),
     &check_planned_time_passed},
    {"MK008", severity::info, tr("samma aktivitet under flera mål", "the same activity under several goals"),
     &check_activity_under_several_goals},
    {"MK009", severity::info, tr("aktivitet utan planerad tidpunkt", "activity without a planned time"),
     &check_activity_without_plan},
    {"MK010", severity::fel, tr("andel utanför 0–100 %", "share outside 0–100 %"), &check_sk_share_range},
    {"MK011", severity::fel, tr("meritvärde över 340", "meritvärde above 340"), &check_sk_meritvarde},
    {"MK012", severity::fel, tr("enkätindex utanför 0–100", "survey index outside 0–100"), &check_sk_survey_range},
    {"MK013", severity::varning,
     tr("totalandel som inte ligger mellan flickornas och pojkarnas",
        "total share not between the girls' and the boys'"),
     &check_sk_total_between},
    {"MK014", severity::varning, tr("planerat mål utan sätt att mäta det", "planned goal without a way to measure it"),
     &check_sk_goal_without_measurement},
    {"MK015", severity::varning, tr("förra årets mål inte uppföljt", "last year's goal not followed up"),
     &check_sk_goal_not_followed_up},
    {"MK016", severity::varning,
     tr("SKA-mål markerat som skolans utvecklingsområde utan mål i Planeringsrapporten",
        "SKA-mål marked as the school's development area without a goal in the Planeringsrapport"),
     &check_sk_highlighted_ska_without_goal},
    {"MK017", severity::fel,
     tr("platshållare som inte är ifylld (\"SKOLANS NAMN\")", "placeholder left unfilled (\"SKOLANS NAMN\")"),
     &check_sk_placeholder},
    {"MK018", severity::varning,
     tr("status saknas i en statuskolumn som andra rader fyller (utom för aktiviteter som ännu inte ska vara klara)",
        "no status in a status column other rows fill (except for activities not yet due)"),
     &check_missing_status},
    {"MK019", severity::fel, tr("fil som inte kunde läsas", "file that could not be read"), &check_unreadable_file},
    {"MK020", severity::fel, tr("fil som inte är ett SK-dokument", "file that is no SK document"),
     &check_not_sk_document},
    {"MK021", severity::varning, tr("tabellcell som inte är som i mallen", "table cell that is not as in the template"),
     &check_unexpected_cell},
    {"MK022", severity::varning, tr("samma skola i flera dokument", "the same school in several documents"),
     &check_same_school_twice},
    {"MK023", severity::info,
     tr("värde skrivet som text där ett tal väntas", "value written as text where a number is expected"),
     &check_sk_number_as_text},
    {"MK024", severity::varning,
     tr("skola i skolfilen utan Skolenhetskod, Område eller Stadier",
        "school in the schools file without Skolenhetskod, Område or Stadier"),
     &check_school_missing_value},
    {"MK025", severity::varning,
     tr("utvecklingsområde i skolfilen som inte är en känd nyckel",
        "development area in the schools file that is no known key"),
     &check_unknown_development_area},
    {"MK026", severity::fel, tr("samma skola två gånger i skolfilen", "the same school twice in the schools file"),
     &check_school_twice},
    {"MK027", severity::varning, tr("utfall som inte når sitt målvärde", "outcome that does not meet its target"),
     &check_outcome_below_target},
    {"MK028", severity::varning,
     tr("målvärde utan utfall vid årets slut (rapportdatum 31 december eller bokslut)",
        "target without an outcome at year end (report date 31 December or bokslut)"),
     &check_target_without_outcome},
    {"MK029", severity::fel,
     tr("målvärde eller utfall som inte kan läsas som ett värde (\"85 %%\", eller ord bland tal)",
        "target or outcome that cannot be read as a value (\"85 %%\", or words among numbers)"),
     &check_value_not_a_value},
    {"MK030", severity::varning,
     tr("aktivitet som var klar förra året men inte är klar i år", "activity done last year but not done this year"),
     &check_done_last_year},
    {"MK031", severity::varning,
     tr("mål med aktiviteter förra året men inga i år", "goal with activities last year but none this year"),
     &check_goal_dropped},
    {"MK032", severity::varning,
     tr("text i ett SK-dokument utanför svarsplatserna", "text in an SK document outside the answer places"),
     &check_unread_text},
};

}  // namespace

std::span<const rule> all_rules() { return rules; }

findings run_all(const context& ctx) {
    findings out;
    for (const rule& r : rules) r.run(ctx, out);
    return out;
}

model::finding make_finding(std::string_view rule_id, const std::optional<model::source_ref>& place,
                            std::string subject, const message& text, const message* suggestion) {
    model::finding f;
    f.rule = std::string(rule_id);
    for (const rule& r : rules)
        if (r.id == rule_id) f.severity = r.severity;
    if (place) f.location = *place;
    f.subject = std::move(subject);
    f.message = text.text();
    if (suggestion) f.suggestion = suggestion->text();
    return f;
}

}  // namespace mk::check
