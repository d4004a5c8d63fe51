#include "sample_document.hpp"

using namespace mk::model;

namespace {

source_ref cell(std::string file, std::string sheet, std::string ref) {
    source_ref out;
    out.file = std::move(file);
    out.sheet = std::move(sheet);
    out.cell = std::move(ref);
    return out;
}

source_ref atagande(std::string ref) {
    return cell("atagande-2018.xlsx", "Åtagande 2018", std::move(ref));
}

source_ref verksamhetsplan(std::string ref) {
    return cell("verksamhetsplan-2019.xlsx", "Uppföljning 2019", std::move(ref));
}

source_ref table_cell(std::string section, std::uint32_t table, std::uint32_t row, std::uint32_t column) {
    source_ref out;
    out.file = "exempelskolan-ifylld-2023.docx";
    out.section = std::move(section);
    out.table = table;
    out.row = row;
    out.column = column;
    return out;
}

status_report report(checkpoint when, std::string label, std::string word, status value, std::string comment,
                     source_ref where) {
    status_report out;
    out.checkpoint = when;
    out.label = std::move(label);
    out.word = std::move(word);
    out.value = value;
    out.comment = std::move(comment);
    out.source = std::move(where);
    return out;
}

measured_value value(std::string text, double number, source_ref where) {
    measured_value out;
    out.text = std::move(text);
    out.number = number;
    out.source = std::move(where);
    return out;
}

void add_chain(document& doc) {
    goal kf;
    kf.id = "kf-utbildning";
    kf.level = level::kf;
    kf.name = "Utbildning med hög kvalitet";
    kf.text = "Utbildning med hög kvalitet";
    kf.source = atagande("A13");
    doc.goals.push_back(kf);

    goal delmal;
    delmal.id = "delmal-sprak";
    delmal.level = level::namnd;
    delmal.parent = mk::model::link{"kf-utbildning", link_kind::structure, std::nullopt};
    delmal.name = "Förbättrade kunskapsresultat";
    delmal.description = "Språkutveckling";
    delmal.text = "Förbättrade kunskapsresultat : Språkutveckling";
    indicator share;
    share.name = "Andel elever i åk 9 som är behöriga till ett yrkesprogram";
    share.target.text = "minst 85";
    share.unit = "%";
    share.kpi = "N15419";
    delmal.indicators.push_back(share);
    delmal.source = atagande("B14");
    doc.goals.push_back(delmal);

    goal likvardiga;
    likvardiga.id = "likvardiga";
    likvardiga.level = level::namnd;
    likvardiga.parent = mk::model::link{"kf-utbildning", link_kind::guess, 0.57};
    likvardiga.name = "Likvärdiga möjligheter";
    likvardiga.description = "Skolan är en mötesplats som bidrar till likvärdighet och jämlikhet för elever.";
    likvardiga.text = "Likvärdiga möjligheter - Skolan är en mötesplats som bidrar till likvärdighet och jämlikhet för elever.";
    likvardiga.perspective = "Samhälle";
    likvardiga.ska = true;
    likvardiga.source = verksamhetsplan("A6");
    doc.goals.push_back(likvardiga);

    goal avtalstrohet;
    avtalstrohet.id = "avtalstrohet";
    avtalstrohet.level = level::namnd;
    avtalstrohet.name = "Avtalstrohet";
    avtalstrohet.text = "Avtalstrohet\nInköp ska följa kommunens inköpspolicy och regler";
    avtalstrohet.perspective = "Ekonomi";
    avtalstrohet.source = verksamhetsplan("A25");
    doc.goals.push_back(avtalstrohet);
}

void add_activities(document& doc) {
    activity sprak;
    sprak.id = "act-1";
    sprak.goal = mk::model::link{"delmal-sprak", link_kind::structure, std::nullopt};
    sprak.text = "Implementera den förvaltningsövergripande språkplanen.";
    sprak.priority = "Fler elever ska ta gymnasieexamen inom 3 år.";
    sprak.statuses.push_back(report(checkpoint::delar_1, "Status delår1*", "Enligt plan", status::on_track, "", atagande("E14")));
    sprak.statuses.push_back(report(checkpoint::delar_2, "Status delår2*", "Enligt plan", status::on_track, "", atagande("F14")));
    sprak.statuses.push_back(report(
        checkpoint::bokslut, "Status bokslut*", "Genomfört", status::done,
        "En arbetsgrupp med representanter från alla skolformer har utarbetat en språkplan. Implementeringen är påbörjad.",
        atagande("G14")));
    sprak.statuses.back().date = "2018-12-31";
    sprak.source = atagande("D14");
    doc.activities.push_back(sprak);

    activity samarbete;
    samarbete.id = "act-2";
    samarbete.goal = mk::model::link{"likvardiga", link_kind::exact, std::nullopt};
    samarbete.text = "Utveckla samarbete med andra nämnder.";
    samarbete.planned = plan_time{"Q4", 4, ""};
    samarbete.responsible = "Förvaltningsledningen";
    samarbete.statuses.push_back(report(checkpoint::report, "Status", "Pågående", status::on_track,
                                        "Ändrat till Q4.\nStändigt pågående arbete.", verksamhetsplan("D6")));
    samarbete.source = verksamhetsplan("B6");
    doc.activities.push_back(samarbete);

    activity ehandel;
    ehandel.id = "act-3";
    ehandel.goal = mk::model::link{"avtalstrohet", link_kind::guess, 0.875};
    ehandel.text = "Genomföra projektet E-handel";
    ehandel.planned = plan_time{"2019-06-30", std::nullopt, "2019-06-30"};
    ehandel.details.push_back(detail{"Syfte", "Inköp ska följa kommunens inköpspolicy och regler."});
    ehandel.details.push_back(detail{"Åtgärder", "Uppföljning av projektet\nResultat i delårsrapport 2"});
    ehandel.statuses.push_back(report(checkpoint::report, "Status", "Kvarstå", status::unknown,
                                        "Uppföljning av projektet pågår. Resultat redovisas i\ndelårsrapport 2 samt "
                                        "verksamhetsberättelse.",
                                        verksamhetsplan("D26")));
    ehandel.source = verksamhetsplan("B26");
    doc.activities.push_back(ehandel);

    // Version 1.1: a goal evaluated as partly met, a status said by a fill colour alone (its meaning
    // assumed), and a status cell left empty.
    activity rekrytering;
    rekrytering.id = "act-4";
    rekrytering.goal = mk::model::link{"delmal-sprak", link_kind::structure, std::nullopt};
    rekrytering.text = "Rekrytera fler behöriga lärare.";
    rekrytering.statuses.push_back(
        report(checkpoint::delar_1, "Status delår1*", "#FF0000", status::deviates, "", atagande("E15")));
    rekrytering.statuses.back().assumed = true;
    rekrytering.statuses.push_back(report(checkpoint::delar_2, "Status delår2*", "", status::unknown, "", atagande("F15")));
    rekrytering.statuses.push_back(
        report(checkpoint::bokslut, "Status bokslut*", "Delvis uppfyllt", status::partly, "", atagande("G15")));
    rekrytering.source = atagande("D15");
    doc.activities.push_back(rekrytering);

    // Version 1.2: a unit and a year on an activity, the values of columns with no field of their
    // own, and a note.
    activity elevhalsa;
    elevhalsa.id = "act-5";
    elevhalsa.goal = mk::model::link{"delmal-sprak", link_kind::structure, std::nullopt};
    elevhalsa.text = "Utveckling av elevhälsan från åtgärdande till förebyggande";
    elevhalsa.unit = "Skolområde Öst";
    elevhalsa.year = 2019;
    elevhalsa.extras = {{"Resurs", "Elevhälsan", value_type::text},   {"Budget (tkr)", "120.5", value_type::number},
                        {"Beslutad", "2019-03-31", value_type::date}, {"Klar", "true", value_type::boolean},
                        {"Kostnad", "#N/A", value_type::error},       {"Andel klar", "0.85", value_type::percent}};
    elevhalsa.source = atagande("D16");
    doc.activities.push_back(elevhalsa);
    doc.goals.front().extras = {{"Ansvarig förvaltning", "Utbildningsförvaltningen", value_type::text}};
    doc.notes.push_back(
        {"* Status delår: Genomfört, Pågår enligt plan, Ej påbörjad, Avviker från plan", atagande("A44")});
}

void add_school(document& doc) {
    development_area kunskapskrav;
    kunskapskrav.key = "kunskapskrav";
    kunskapskrav.focus_area = "Lärande";
    kunskapskrav.text = "Eleverna når kunskapskraven och utvecklas så långt som möjligt. (SKA)";
    kunskapskrav.ska = true;
    kunskapskrav.area = "Sydvästra/Östra";
    kunskapskrav.lasar = "2023/24";
    kunskapskrav.source = cell("skolor.xlsx", "Utvecklingsområden", "A2");
    doc.development_areas.push_back(kunskapskrav);

    school exempel;
    exempel.code = "84213307";
    exempel.name = "Exempelskolan";
    exempel.area = "Sydvästra/Östra";
    exempel.stages = "F-9";
    exempel.development_areas.push_back("kunskapskrav");
    exempel.source = cell("skolor.xlsx", "Skolor", "A2");
    doc.schools.push_back(exempel);

    sk_report sk;
    sk.school = "84213307";
    sk.lasar = "2022/23";
    sk.title = "Exempelskolan";
    result_row svenska;
    svenska.grade = 3;
    svenska.subject = "Svenska";
    svenska.total = value("96 %", 96, table_cell("2. RESULTATREDOVISNING ÅK 3", 1, 18, 2));
    svenska.girls = value("104 %", 104, table_cell("2. RESULTATREDOVISNING ÅK 3", 1, 18, 3));
    svenska.boys = value("88 %", 88, table_cell("2. RESULTATREDOVISNING ÅK 3", 1, 18, 4));
    sk.results.push_back(svenska);
    history_value merit;
    merit.grade = 9;
    merit.measure = history_measure::meritvarde;
    merit.group = pupil_group::girls;
    merit.label = "VT-23";
    merit.year = 2023;
    merit.value = value("350,0", 350, table_cell("ÅK 9 - Meritvärde & Minst E i lästa ämnen", 6, 3, 4));
    sk.history.push_back(merit);
    history_value kommun = merit;
    kommun.label = "Huddinge kommun VT-23";
    kommun.scope = value_scope::kommun;
    kommun.value = value("224,6", 224.6, table_cell("ÅK 9 - Meritvärde & Minst E i lästa ämnen", 6, 3, 5));
    sk.history.push_back(kommun);
    national_test np;
    np.grade = 6;
    np.test = "MA";
    np.value = value("81 %", 81, table_cell("ÅK 6 - Nationella prov", 4, 2, 4));
    sk.national_tests.push_back(np);
    survey_index trygghet;
    trygghet.stage = "4-6";
    trygghet.index = "Trygghet, studiero";
    trygghet.school = value("120", 120, table_cell("ÅK 4-6", 9, 5, 2));
    trygghet.area_name = "SYDVÄSTRA/ÖSTRA";
    trygghet.area = value("74", 74, table_cell("ÅK 4-6", 9, 5, 4));
    sk.survey.push_back(trygghet);
    analysed_goal budget;
    budget.focus_area = "Ledarskap";
    budget.goal_text = "Arbeta för en budget i balans. (SKA)";
    budget.why = "Skolan gick med underskott förra året.";
    budget.source = table_cell("6. MÅLANALYS LÄSÅRET 2022-2023", 13, 2, 1);
    budget.source_columns = {1, 2, 3, 4, 5, 6};
    sk.analysed_goals.push_back(budget);
    planned_goal kunskap;
    kunskap.focus_area = "Lärande";
    kunskap.goal = mk::model::link{"delmal-sprak", link_kind::guess, 0.71};
    kunskap.development_area = "kunskapskrav";
    kunskap.goal_text = "Eleverna når kunskapskraven och utvecklas så långt som möjligt: minst 85 % av eleverna i åk 9 "
                        "har minst E i lästa ämnen. (SKA)";
    kunskap.measurement = "Betygsstatistik vid läsårets slut.";
    kunskap.source = table_cell("9. PLANERINGSRAPPORT LÄSÅRET 2023-2024", 15, 2, 1);
    kunskap.source_columns = {1, 3, 2, 4, 5, 6};
    sk.planned_goals.push_back(kunskap);
    answer presentation;
    presentation.section = "1";
    presentation.label = "Skolans svar:";
    presentation.text = "Exempelskolan är en F-9-skola med cirka 600 elever.";
    presentation.source.emplace();
    presentation.source->file = "exempelskolan-ifylld-2023.docx";
    presentation.source->section = "1. PRESENTATION AV SKOLAN";
    presentation.source->paragraph = 2;
    sk.answers.push_back(presentation);
    sk.highlighted_areas.push_back("kunskapskrav");
    sk.source = source_ref{};
    sk.source->file = "exempelskolan-ifylld-2023.docx";
    doc.sk_reports.push_back(sk);
}

void add_finding(document& doc) {
    finding regression;
    regression.rule = "MK004";
    regression.severity = severity::fel;
    regression.location = verksamhetsplan("D26");
    regression.subject = "act-3";
    regression.message = "Statusordet \"Kvarstå\" är okänt";
    regression.suggestion = "menade du \"Kvarstår\"?";
    doc.findings.push_back(regression);
}

}  // namespace

document sample_document() {
    document doc;
    doc.metadata.kind = document_kind::chain;
    doc.metadata.title = "Uppföljning åtagande delårsrapport per den 31 december år 2018";
    doc.metadata.kommun = "Huddinge";
    doc.metadata.kommunkod = "0126";
    doc.metadata.namnd = "Gymnasie- och arbetsmarknadsnämnden";
    doc.metadata.org_number = "212000-0142";
    doc.metadata.diarienummer = "GAN-2019/10.603";
    doc.metadata.year = 2018;
    doc.metadata.as_of = "2018-12-31";
    doc.metadata.source_files = {"atagande-2018.xlsx", "verksamhetsplan-2019.xlsx", "skolor.xlsx",
                                 "exempelskolan-ifylld-2023.docx"};
    doc.metadata.assumptions = {
        {assumption_kind::column_synonym, "atagande-2018.xlsx", "Åtagande 2018", "Åtagande 2018", "activity"},
        {assumption_kind::year_from_file_name, "skolor.xlsx", "", "2018", ""}};
    statement vision;
    vision.text = "Vi utvecklar en skola i toppklass.";
    doc.vision.push_back(vision);
    add_chain(doc);
    add_activities(doc);
    add_school(doc);
    add_finding(doc);
    return doc;
}
