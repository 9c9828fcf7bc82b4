"""Specification of name normalisation (graphkit.names, graphkit.gazetteer, graphkit.textclean)."""
from __future__ import annotations

import pytest

from graphkit.gazetteer import load_gazetteer
from graphkit.names import (
    LOWER_TITLE_RE,
    TECHNICAL_ABBREVIATIONS,
    TITLE_ABBREVIATIONS,
    is_chemical_formula,
    is_demonym,
    is_sentence_opener,
    is_generic_name,
    looks_like_company,
    match_key,
    org_key,
    split_person_name,
)
from graphkit.textclean import clean_text


def test_honorific_is_stripped_and_kept_as_title():
    assert split_person_name("Smt. Anita Deshmukh") == ("Anita Deshmukh", ["Smt."])


def test_job_title_before_the_honorific_is_kept_as_title():
    name, titles = split_person_name("Director General Dr. MORIMOTO Kenji")
    assert name == "Morimoto Kenji"
    assert titles == ["Director General", "Dr."]


def test_all_caps_family_name_first_is_title_cased():
    assert split_person_name("SUZUKI Haruto")[0] == "Suzuki Haruto"
    assert split_person_name("OH Ji-woo")[0] == "Oh Ji-woo"


def test_initials_are_not_title_cased():
    assert split_person_name("KV Raman")[0] == "KV Raman"


def test_possessive_is_dropped_from_a_person_name():
    assert split_person_name("Ingrid Solberg's")[0] == "Ingrid Solberg"


def test_tamil_honorific_thiru_is_an_honorific():
    assert split_person_name("Thiru Senthil Kumar") == ("Senthil Kumar", ["Thiru"])


def test_legal_suffixes_are_folded_for_matching():
    assert org_key("Hoshino Precision Co., Ltd.") == org_key("Hoshino Precision")
    assert org_key("Bergmann Antriebe GmbH") == org_key("Bergmann Antriebe")
    assert org_key("Zentrix Software Pvt. Ltd.") == org_key("Zentrix Software")


def test_match_key_drops_leading_the_possessive_and_punctuation():
    assert match_key("The Ministry of Economy, Trade & Industry's") == "ministry of economy trade and industry"


def test_chemical_formulas_are_recognised():
    assert is_chemical_formula("NdFeB") and is_chemical_formula("LiFePO4")
    assert not is_chemical_formula("Sony") and not is_chemical_formula("IBM")


@pytest.mark.parametrize("name", ["Consul General", "Indian Consul", "Management Board", "High Commission", "Cabinet",
                                  "Director-General"])
def test_roles_and_kinds_of_body_are_generic(name):
    assert is_generic_name(name)


def test_a_named_body_is_not_generic():
    assert not is_generic_name("Japan External Trade Organization")


def test_company_words_mark_organisations():
    assert looks_like_company("Veltrix Semitech") and looks_like_company("Norden Gear Works")
    assert not looks_like_company("Ingrid Solberg")


def test_gazetteer_knows_countries_subdivisions_and_cities():
    gaz = load_gazetteer()
    assert gaz.lookup("Japan").code == "JP"
    assert gaz.lookup("Maharashtra").code == "IN-MH"
    assert gaz.lookup("Tokyo") is not None


def test_gazetteer_matches_spelling_variants_and_administrative_suffixes():
    gaz = load_gazetteer()
    assert gaz.lookup("Hai Phong") is not None
    assert gaz.lookup("Shizuoka Prefecture").code == gaz.lookup("Shizuoka").code


def test_gazetteer_knows_a_romanised_towns_other_spellings():
    gaz = load_gazetteer()
    assert gaz.lookup("Bhubaneshwar").code == gaz.lookup("Bhubaneswar").code
    assert gaz.lookup("Jurong") is not None  # GeoNames: "Jurong Town"


def test_an_article_before_an_acronym_spells_no_place():
    assert load_gazetteer().lookup("A KITA") is None


@pytest.mark.parametrize("name", ["Caroline", "Florian", "Frederik", "Panda"])
def test_gazetteer_takes_no_given_or_family_name_for_a_towns_exonym(name):
    assert load_gazetteer().lookup(name) is None


@pytest.mark.parametrize("word", ["She", "CEO", "IST", "South", "Tran"])
def test_gazetteer_ignores_short_codes_and_common_words(word):
    assert load_gazetteer().lookup(word) is None


def test_subdivision_code_resolves_only_to_a_state_the_text_names():
    gaz = load_gazetteer()
    maharashtra, kerala = gaz.lookup("Maharashtra").name, gaz.lookup("Kerala").name
    assert gaz.abbreviation("MH", {maharashtra}).code == "IN-MH"
    assert gaz.abbreviation("MH", {kerala}) is None


def test_clean_text_keeps_length_and_offsets():
    text = "Led by **Shri Rohan Mehta**, the team\nmet officials."
    cleaned = clean_text(text)
    assert len(cleaned) == len(text)
    assert cleaned.index("Rohan Mehta") == text.index("Rohan Mehta")
    assert "\n" not in cleaned  # a line break inside a sentence is a space


def test_a_short_heading_line_keeps_its_break_and_a_wrapped_line_does_not():
    cleaned = clean_text("Title\n\nNagoya, 7 October\nThe first stop was\na plant.\n\nThe team, led by\nMr. Ken Ito, met.")
    assert "Nagoya, 7 October\nThe first" in cleaned  # a section heading ends where its line ends
    assert "was a plant" in cleaned and "led by Mr. Ken Ito" in cleaned  # wrapped sentences are joined


def test_a_contact_block_keeps_one_item_per_line():
    cleaned = clean_text("About us.\n\nPress contact:\nGreta Lindqvist\nHead of Corporate Communications\nNordhavn Pumper A/S\nTel. +45 1234\n")
    assert "Greta Lindqvist\nHead of Corporate Communications\nNordhavn Pumper A/S" in cleaned


def test_a_wrapped_sentence_whose_lines_open_with_capitals_is_not_a_block_when_a_line_ends_a_clause():
    cleaned = clean_text("The Minister met\nMr. Ken Ito, President,\nAcme Corporation, in Osaka.")
    assert "\n" not in cleaned


def test_a_line_ending_in_a_colon_keeps_its_break():
    assert clean_text("Participants:\nIndian side\n- Mr. A") == "Participants:\nIndian side\n- Mr. A"


def test_list_items_keep_their_line_breaks_and_lose_their_bullets():
    text = "Delegation members\n\u2022 Ms. Asha Rao, Director, Pune\n- Mr. Ken Ito\nwho joined\nlate."
    cleaned = clean_text(text)
    assert len(cleaned) == len(text)
    assert "\u2022" not in cleaned  # "Pune\n\u2022" never ends up inside a name
    assert cleaned.count("\n") == 2  # each item starts a line; the item's own soft break is a space


@pytest.mark.parametrize(
    "line, tag",
    [
        ("Monday, 3 March 2025 | IANS | Pune", "IANS"),
        ("Posted On: 3 MAR 2025 5:10PM by PIB Mumbai", "PIB Mumbai"),
        ("By Staff Reporter \u2014 3 March 2025", "Staff Reporter"),
    ],
)
def test_bylines_and_agency_tags_are_blanked(line, tag):
    cleaned = clean_text(f"Headline\n{line}\n\nBody text.")
    assert tag not in cleaned
    assert len(cleaned) == len(f"Headline\n{line}\n\nBody text.")


@pytest.mark.parametrize("word, expected", [("Later", True), ("Meanwhile", True), ("Separately,", True),
                                            ("Italy", False), ("Mitsuda", False), ("Kestrel", False)])
def test_sentence_openers_are_adverbs_not_names(word, expected):
    assert is_sentence_opener(word) is expected


def test_abbreviation_lists_hold_general_terms_and_titles_only():
    assert {"CNC", "EV", "MoU", "FDI", "GDP"} <= TECHNICAL_ABBREVIATIONS
    assert {"CM", "PM", "MD", "DG", "JS", "ACS", "CMD"} <= TITLE_ABBREVIATIONS
    # legal forms and place codes that are also bodies' names must not be dropped as titles
    assert not {"AS", "AG", "SE", "DC"} & TITLE_ABBREVIATIONS


@pytest.mark.parametrize("before, expected", [("Acme Ltd managing director ", True), ("the agency's secretary-general ", True),
                                              ("met the ", False), ("Managing Director ", False)])
def test_lower_case_titles_are_recognised_before_a_name(before, expected):
    assert bool(LOWER_TITLE_RE.search(before)) is expected


def test_a_programme_line_opening_with_a_time_keeps_its_break():
    cleaned = clean_text("DAY 1 - Tuesday, 10 June - Bengaluru [DONE]\n10:00 Call on the Minister.\n3.30 pm Visit to a plant\nin Hosur.")
    assert "[DONE]\n10:00" in cleaned and "Minister.\n3.30 pm" in cleaned
    assert "plant in Hosur" in cleaned  # a wrapped line that opens with no time is still joined


def test_wire_sign_off_line_is_blanked():
    text = "The pact was signed on Tuesday.\n\nPTI KA NSK\n"
    assert clean_text(text) == "The pact was signed on Tuesday.\n\n          \n"
    assert "IANS" not in clean_text("He said so.\n--IANS\nab/cd")
    assert "inputs" not in clean_text("He said so.\n(With inputs from agencies)\n")


def test_agency_name_inside_a_sentence_is_kept():
    assert clean_text("PTI Chief Editor said so.\n") == "PTI Chief Editor said so.\n"


def test_a_bold_heading_keeps_its_line_break():
    text = "Members met.\n\n**Day 1 - Pune**\nAt Udyog Bhavan, members met the minister."
    assert "Pune  \nAt" in clean_text(text)


def test_each_row_of_a_pipe_table_keeps_its_line_break():
    text = ("Programme\n\nDate | City | Engagement\n9 Sep | Tokyo | Meeting with Acme Corp.\n"
            "10 Sep | Kyoto | Call on the Governor\nThe visit ends on Friday.")
    cleaned = clean_text(text)
    assert len(cleaned) == len(text)
    assert cleaned.count("\n") == text.count("\n")


def test_a_line_with_one_pipe_is_no_table_row():
    assert clean_text("He said the talks in Tokyo | Kyoto were\nheld on Monday.") == "He said the talks in Tokyo | Kyoto were held on Monday."


def test_a_family_name_ending_in_ian_is_no_nationality():
    assert is_demonym("Korean") and is_demonym("Peruvian") and is_demonym("Japanese")
    assert not is_demonym("Kurian") and not is_demonym("Sebastian")


def test_clean_text_keeps_the_lines_of_an_indented_list_apart():
    cleaned = clean_text("4 Shiga Prefecture side\n  Vice-Governor Tanabe Kenji\n  Director General of Commerce and Labour "
                         "Department Hirata Yumi\n")
    assert "Kenji\n  Director" in cleaned


def test_clean_text_still_joins_a_wrapped_line_that_is_not_indented():
    assert "was a plant" in clean_text("The first stop was\na plant in Pune.")
