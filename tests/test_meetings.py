"""graphkit.meetings: who met whom, on small sentences written for these tests."""
from __future__ import annotations

import pytest

from graphkit.documents import Document
from graphkit.meetings import detect_meetings


@pytest.fixture()
def meet(extractor):
    """Run the NER pass on ``text`` and the meeting detector on its result: (record, meetings)."""

    def _meet(text: str):
        document = Document(id="t", text="Ministers and companies meet\n\n" + text)
        ner_text, header = extractor._prepare(document)
        doc = extractor.nlp(ner_text)
        record = extractor._record(document, doc, header)
        return record, detect_meetings(doc, record, header)

    return _meet


def pairs(record, meetings) -> set[frozenset[str]]:
    names = {e.key: e.name for e in record.entities}
    out = set()
    for m in meetings:
        people = [names[k] for k in m.participants]
        out |= {frozenset((a, b)) for a in people for b in people if a != b}
    return out


def has(record, meetings, a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` (names of entities the record has) met; a name the record lacks fails the test,
    so that ``not has(...)`` cannot pass on a misspelt name."""
    known = {e.name for e in record.entities}
    missing = [n for n in (a, b) if n not in known]
    assert not missing, f"no entity named {missing} (entities: {sorted(known)})"
    return frozenset((a, b)) in pairs(record, meetings)


def test_the_leader_of_a_mission_meets_whom_the_mission_met(meet):
    rec, ms = meet(
        "Ms. Ingrid Solberg, Norway's Minister of Trade, on Monday led a business mission to Tokyo. "
        "In Tokyo, the mission met the Japan External Trade Organization."
    )
    assert has(rec, ms, "Ingrid Solberg", "Japan External Trade Organization")


def test_organisations_named_in_the_delegation_join_its_meetings(meet):
    rec, ms = meet(
        "Chief Minister Shri Rohan Mehta met a business delegation from Norway in Mumbai on Thursday. "
        "The delegation was led by Mr. Erik Dahl, Chairman of the Norwegian Shipowners Association, "
        "and included senior executives of Fjordline Shipping AS."
    )
    assert has(rec, ms, "Rohan Mehta", "Erik Dahl")
    assert has(rec, ms, "Rohan Mehta", "Fjordline Shipping AS")


def test_the_minister_is_the_holder_of_a_longer_ministerial_title(meet):
    rec, ms = meet(
        "Shri Rohan Mehta, Minister of Mines, arrived in Tokyo on Monday. "
        "The Minister held a meeting with Mr. Kenji Tanabe, President of Tanabe Metals Co., Ltd."
    )
    assert has(rec, ms, "Rohan Mehta", "Kenji Tanabe")


def test_he_is_the_last_subject_not_the_last_person_named(meet):
    rec, ms = meet(
        "Minister Shri Rohan Mehta held a meeting with Mr. Kenji Tanabe in Tokyo. "
        "He also interacted with members of the Kansai Economic Federation."
    )
    assert has(rec, ms, "Rohan Mehta", "Kansai Economic Federation")
    assert not has(rec, ms, "Kenji Tanabe", "Kansai Economic Federation")


def test_people_who_accompany_someone_meet_them(meet):
    rec, ms = meet(
        "Shri Rohan Mehta, Minister of Mines, arrived in Tokyo on Monday. "
        "The Minister was accompanied by Shri Arun Rao, Secretary, and Ms. Priya Nair, Joint Secretary."
    )
    assert has(rec, ms, "Rohan Mehta", "Arun Rao")
    assert has(rec, ms, "Arun Rao", "Priya Nair")


def test_two_parties_that_discussed_something_together_met(meet):
    rec, ms = meet(
        "At the first meeting in Oslo, Ms. Ingrid Solberg and Mr. Kenji Tanabe, President of Tanabe Metals, "
        "discussed green steel."
    )
    assert has(rec, ms, "Ingrid Solberg", "Kenji Tanabe")


def test_the_ministers_as_subject_are_the_delegation(meet):
    rec, ms = meet(
        "A delegation from Kerala led by Shri Rohan Mehta, Minister for Industries, arrived in Seoul on Monday. "
        "The ministers also called on the Korea Shipbuilders Association, where they held talks with "
        "its chairman, Mr. Lee Min-ho."
    )
    assert has(rec, ms, "Rohan Mehta", "Lee Min-ho")


def test_a_speaker_first_named_right_after_a_roundtable_attended_it(meet):
    rec, ms = meet(
        "On Tuesday, Ms. Ingrid Solberg addressed an investors' roundtable hosted by Business Norway in Tokyo. "
        "Ambassador Erik Dahl said Norwegian firms already employed 2,000 people in Japan."
    )
    assert has(rec, ms, "Ingrid Solberg", "Erik Dahl")


def test_a_person_quoted_after_a_one_to_one_meeting_is_not_added(meet):
    rec, ms = meet(
        "Ms. Ingrid Solberg met Mr. Kenji Tanabe, President of Tanabe Metals, in Tokyo on Monday. "
        "Analyst Erik Dahl said the plan looked sound."
    )
    assert has(rec, ms, "Ingrid Solberg", "Kenji Tanabe")
    assert not any("Erik Dahl" in p for p in map(set, pairs(rec, ms)))


def test_a_title_run_into_a_name_is_not_a_participant(meet):
    rec, ms = meet(
        "Union Minister of Heavy Industries Shri Rohan Mehta met Mr. Kenji Tanabe, President of Tanabe Metals, "
        "in Nagoya on Tuesday."
    )
    assert has(rec, ms, "Rohan Mehta", "Kenji Tanabe")
    assert all(rec.entity(k).name.split()[0] != "Union" for m in ms for k in m.participants)


def test_welcoming_an_agreement_or_praising_a_vision_is_no_meeting(meet):
    rec, ms = meet(
        "Ms. Ingrid Solberg welcomed the agreement on Monday. "
        "Mr. Kenji Tanabe said Ms. Solberg's vision for the port was bold."
    )
    assert ms == []


def test_a_plural_mou_sentence_continues_the_signing_meeting(meet):
    rec, ms = meet(
        "Chief Minister Shri Rohan Mehta met Mr. Erik Dahl, Chairman of Fjordline Shipping AS, in Mumbai. "
        "The MoUs were signed in the presence of Shri Mehta by Ms. Priya Nair, Principal Secretary (Industries)."
    )
    assert has(rec, ms, "Erik Dahl", "Priya Nair")


def test_a_courtesy_call_on_someone_is_a_meeting(meet):
    rec, ms = meet("Chief Minister Shri Rohan Mehta paid a courtesy call on Prime Minister Mr. Kenji Tanabe in Tokyo on Monday.")
    assert has(rec, ms, "Rohan Mehta", "Kenji Tanabe")


def test_an_mou_exchanged_between_two_people_in_someones_presence(meet):
    rec, ms = meet(
        "The MoU was exchanged between Mr. Erik Dahl, Chairman of Fjordline Shipping AS, and Ms. Priya Nair, "
        "Principal Secretary, in the presence of Chief Minister Shri Rohan Mehta."
    )
    assert has(rec, ms, "Erik Dahl", "Priya Nair")
    assert has(rec, ms, "Priya Nair", "Rohan Mehta")


def test_the_forum_that_is_the_event_is_not_a_participant(meet):
    rec, ms = meet(
        "Shri Rohan Mehta participated in the Japan-India Business Forum organised by the "
        "Japan External Trade Organization in Osaka, along with Ms. Priya Nair."
    )
    assert has(rec, ms, "Rohan Mehta", "Priya Nair")
    assert has(rec, ms, "Rohan Mehta", "Japan External Trade Organization")
    assert not any("Forum" in name for pair in pairs(rec, ms) for name in pair)


def test_a_person_and_their_own_company_visiting_a_city_is_no_meeting(meet):
    rec, ms = meet(
        "Mr. Erik Dahl, Chairman of Fjordline Shipping AS, visited Kochi on Monday. "
        "He met Shri Rohan Mehta and Ms. Priya Nair."
    )
    assert not has(rec, ms, "Erik Dahl", "Fjordline Shipping AS")
    assert has(rec, ms, "Erik Dahl", "Rohan Mehta")
    assert has(rec, ms, "Rohan Mehta", "Priya Nair")


def test_one_party_signing_an_agreement_to_buy_another_is_no_meeting(meet):
    rec, ms = meet(
        "Fjordline Shipping AS has signed an agreement to acquire Nordic Steel AB for 2 billion dollars. "
        "Mr. Erik Dahl, Chairman of Fjordline Shipping AS, said the deal would close next year."
    )
    assert ms == []


def test_a_meeting_between_two_parties_as_the_subject_is_kept(meet):
    rec, ms = meet(
        "Separately, a virtual meeting between Fjordline Shipping AS and the Norwegian Shipowners Association "
        "was held on Tuesday evening."
    )
    assert has(rec, ms, "Fjordline Shipping AS", "Norwegian Shipowners Association")


def test_companies_that_took_part_in_an_event_meet_its_host(meet):
    rec, ms = meet(
        "The Norwegian Shipowners Association organised a roadshow in Tokyo on Monday. "
        "More than 50 companies, including Tanabe Metals and Sakura Robotics, took part."
    )
    assert has(rec, ms, "Norwegian Shipowners Association", "Tanabe Metals")
    assert has(rec, ms, "Tanabe Metals", "Sakura Robotics")


def test_an_event_with_its_host_alone_makes_no_pair(meet):
    rec, ms = meet("The Norwegian Shipowners Association organised a roadshow in Tokyo on Monday.")
    assert ms == []


def test_both_companies_are_the_companies_of_the_last_meeting(meet):
    rec, ms = meet(
        "Shri Rohan Mehta, Minister for Industries, held talks with Tanabe Metals Co., Ltd. and Nordic Steel AB in Oslo. "
        "In the presence of the Minister, the Kerala State Industrial Development Corporation signed "
        "memoranda of understanding with both companies."
    )
    assert has(rec, ms, "Kerala State Industrial Development Corporation", "Nordic Steel AB")


def test_two_people_who_exchanged_the_documents_met(meet):
    rec, ms = meet(
        "Dr. Arun Rao and Mr. Erik Dahl, Managing Director of Fjordline Shipping AS, exchanged the documents in Oslo."
    )
    assert has(rec, ms, "Arun Rao", "Erik Dahl")


def test_an_organisation_that_was_not_part_of_the_meeting_is_left_out(meet):
    rec, ms = meet(
        "Ms. Ingrid Solberg met Mr. Kenji Tanabe, President of Tanabe Metals, in Tokyo on Monday. "
        "Nordic Steel AB, the largest investor, was not part of the meeting."
    )
    assert has(rec, ms, "Ingrid Solberg", "Kenji Tanabe")
    assert not any("Nordic Steel AB" in pair for pair in pairs(rec, ms))


def test_he_after_a_named_subject_in_the_same_sentence_is_that_subject(meet):
    rec, ms = meet(
        "Ms. Ingrid Solberg met Mr. Kenji Tanabe in Tokyo on Monday. "
        "Mr. Erik Dahl later visited Sakura Robotics in Osaka, where he was briefed by its president, Ms. Aiko Sato."
    )
    assert has(rec, ms, "Erik Dahl", "Aiko Sato")
    assert not has(rec, ms, "Ingrid Solberg", "Aiko Sato")


def test_two_parties_in_one_subject_signing_after_the_meeting_met(meet):
    rec, ms = meet(
        "Fjordline Shipping AS and state shipbuilder Nordic Steel AB signed a heads of agreement for a "
        "shipyard in Bergen after the meeting, the statement said."
    )
    assert has(rec, ms, "Fjordline Shipping AS", "Nordic Steel AB")


def test_the_company_after_a_company_named_in_the_sentence_is_that_company(meet):
    rec, ms = meet(
        "Officials of the Kerala State Industrial Development Corporation made a presentation in Kochi. "
        "Later, Shri Rohan Mehta held a meeting with Ms. Aiko Sato, President of Sakura Robotics Co., Ltd., "
        "who presented the company's plans for a plant."
    )
    assert has(rec, ms, "Rohan Mehta", "Aiko Sato")
    assert not any("Kerala State Industrial Development Corporation" in pair for pair in pairs(rec, ms))


def test_a_meeting_recalled_in_a_sentence_about_the_visit_is_its_own_meeting(meet):
    rec, ms = meet(
        "Ms. Ingrid Solberg held talks with Mr. Kenji Tanabe, President of Tanabe Metals Co., Ltd., in Tokyo on Monday. "
        "The visit comes a month after Prime Minister Erik Dahl met Shri Rohan Mehta in New Delhi."
    )
    assert has(rec, ms, "Erik Dahl", "Rohan Mehta")
    assert not has(rec, ms, "Ingrid Solberg", "Erik Dahl")
    assert not has(rec, ms, "Kenji Tanabe", "Rohan Mehta")


def test_someones_visit_to_a_place_mentioned_in_a_speech_is_no_meeting(meet):
    rec, ms = meet(
        "Shri Rohan Mehta said Prime Minister Erik Dahl's visit to Kerala last year had opened new doors "
        "for Fjordline Shipping AS."
    )
    assert ms == []


def test_a_dinner_hosted_for_guests_is_a_meeting(meet):
    rec, ms = meet("Shri Rohan Mehta hosted a dinner for Mr. Erik Dahl and Ms. Ingrid Solberg at the state guest house.")
    assert has(rec, ms, "Rohan Mehta", "Erik Dahl")
    assert has(rec, ms, "Erik Dahl", "Ingrid Solberg")


def test_other_members_of_the_delegation_join_its_meetings(meet):
    rec, ms = meet(
        "A delegation led by Shri Rohan Mehta, Minister for Industries, arrived in Oslo on Monday. "
        "Other members of the delegation were Dr. Arun Rao and Ms. Priya Nair. "
        "The delegation held a meeting with Mr. Erik Dahl, Chairman of Fjordline Shipping AS."
    )
    assert has(rec, ms, "Priya Nair", "Erik Dahl")
    assert has(rec, ms, "Arun Rao", "Erik Dahl")


def test_people_who_were_part_of_the_delegation_join_its_meetings(meet):
    rec, ms = meet(
        "Dr. Arun Rao and Ms. Priya Nair were also part of the Kerala delegation. "
        "The delegation met Mr. Erik Dahl, Chairman of Fjordline Shipping AS, in Oslo."
    )
    assert has(rec, ms, "Priya Nair", "Erik Dahl")


def test_the_company_head_speaking_right_after_its_meeting_took_part(meet):
    rec, ms = meet(
        "Shri Rohan Mehta held a meeting with the management of Fjordline Shipping AS in Oslo. "
        "The company's chief executive, Mr. Erik Dahl, said the firm was looking for a yard in India."
    )
    assert has(rec, ms, "Rohan Mehta", "Erik Dahl")


def test_the_company_is_the_last_company_that_was_a_subject(meet):
    rec, ms = meet(
        "Fjordline Shipping AS, a ferry operator backed by Nordic Steel AB, said on Friday it would build a yard in Kochi. "
        "The company signed an agreement with the Kerala State Industrial Development Corporation for 50 acres of land."
    )
    assert has(rec, ms, "Fjordline Shipping AS", "Kerala State Industrial Development Corporation")
    assert not has(rec, ms, "Nordic Steel AB", "Kerala State Industrial Development Corporation")


def test_the_source_of_a_trailing_attribution_did_not_attend(meet):
    rec, ms = meet(
        "Fjordline Shipping AS has held discussions with the Kerala State Industrial Development Corporation "
        "about a new yard, Mr. Erik Dahl said."
    )
    assert has(rec, ms, "Fjordline Shipping AS", "Kerala State Industrial Development Corporation")
    assert not any("Erik Dahl" in pair for pair in pairs(rec, ms))


def test_a_speaker_whose_words_follow_in_a_meeting_sentence_stays(meet):
    rec, ms = meet(
        "In Oslo, the minister Shri Rohan Mehta met the Norwegian Shipowners Association and Fjordline Shipping AS, "
        "whose chief executive, Mr. Erik Dahl, said the company would open an office in Kochi."
    )
    assert has(rec, ms, "Norwegian Shipowners Association", "Fjordline Shipping AS")


def test_the_mission_is_not_resolved_through_words_before_a_title(meet):
    rec, ms = meet(
        "Mr. Erik Dahl led a business mission to Kerala on Monday and called on Chief Minister Shri Rohan Mehta. "
        "Later, the mission held a roundtable with the Confederation of Indian Industry in Kochi."
    )
    assert has(rec, ms, "Erik Dahl", "Rohan Mehta")
    assert has(rec, ms, "Erik Dahl", "Confederation of Indian Industry")
    assert not has(rec, ms, "Rohan Mehta", "Confederation of Indian Industry")


def test_people_accompanying_the_titled_visitor_join_the_meeting_just_described(meet):
    rec, ms = meet(
        "Governor of Oslo Province Mr. Erik Dahl called on Chief Minister Shri Rohan Mehta in Thiruvananthapuram. "
        "The Governor was accompanied by Ms. Ingrid Solberg, President of the Norwegian Shipowners Association."
    )
    assert has(rec, ms, "Rohan Mehta", "Ingrid Solberg")


def test_people_who_joined_the_speaker_at_an_investors_meet_attended_it(meet):
    rec, ms = meet(
        "At an investors' meet organised by the Norwegian Shipowners Association in Oslo, Shri Rohan Mehta "
        "invited companies to the Kerala Maritime conclave. He was joined by Shri Arun Rao and Ms. Priya Nair."
    )
    assert has(rec, ms, "Rohan Mehta", "Norwegian Shipowners Association")
    assert has(rec, ms, "Rohan Mehta", "Priya Nair")
    assert not any("Kerala Maritime" in name for pair in pairs(rec, ms) for name in pair)


def test_efforts_to_organise_meets_are_no_event(meet):
    rec, ms = meet(
        "Mr. Erik Dahl welcomed the initiative of the Kerala State Industrial Development Corporation and assured "
        "support in its efforts to organise buyer-seller meets."
    )
    assert ms == []


def test_an_organisation_ending_a_title_run_before_a_name_is_no_participant(meet):
    rec, ms = meet(
        "The meeting was held in Lucknow on Tuesday. ACS Micro, Small and Medium Industries, Shri Arun Rao "
        "and Mr. Erik Dahl discussed exports."
    )
    assert not any("Medium Industries" in name for pair in pairs(rec, ms) for name in pair)


def test_an_inauguration_in_someones_presence_is_a_meeting(meet):
    rec, ms = meet(
        "Shri Rohan Mehta inaugurated the new office of Fjordline Shipping AS in Kochi in the presence of "
        "Mr. Erik Dahl, its Chairman."
    )
    assert has(rec, ms, "Rohan Mehta", "Erik Dahl")


def test_briefing_a_named_person_is_a_meeting_but_briefing_the_visitors_adds_none(meet):
    rec, ms = meet("Mr. Erik Dahl briefed Shri Rohan Mehta on the expansion plans of Fjordline Shipping AS.")
    assert has(rec, ms, "Erik Dahl", "Rohan Mehta")
    rec, ms = meet(
        "Smt. Priya Nair briefed the visitors on the park being developed by the Kerala State Industrial "
        "Development Corporation near Kochi."
    )
    assert ms == []


def test_during_the_forum_continues_the_meeting_at_that_forum(meet):
    rec, ms = meet(
        "Trade Minister Ms. Jane Roe on Monday met a business delegation led by Mr. Taro Sato, Chairman of "
        "Sato Holdings Co., Ltd., at the Asia Trade Forum in Singapore. "
        "During the forum, Orchid Minerals Pte Ltd and Kiso Trading Corporation signed an agreement on a smelter. "
        "Ambassador Mr. Kenji Ueda also attended the forum."
    )
    assert has(rec, ms, "Jane Roe", "Kenji Ueda")
    assert has(rec, ms, "Taro Sato", "Orchid Minerals Pte Ltd")
    assert len(ms) == 1


def test_a_later_bilateral_meeting_at_the_same_summit_is_its_own_meeting(meet):
    rec, ms = meet(
        "Chief Minister Shri Rohan Mehta addressed the Global Investors Summit in Mumbai on Monday, attended by "
        "Mr. Taro Sato of Sato Holdings. "
        "On the sidelines of the summit, Ms. Ines Duarte met Mr. Pablo Ruiz of Iberia Wind."
    )
    assert has(rec, ms, "Ines Duarte", "Pablo Ruiz")
    assert not has(rec, ms, "Rohan Mehta", "Pablo Ruiz")


def test_two_people_discussing_join_the_meeting_though_the_parse_hides_the_and(meet):
    rec, ms = meet(
        "Trade Secretary Ms. Maria Santos met officials of Setonaikai Kisen Co. in Kobe on Monday. "
        "Santos and Setonaikai Kisen president Hiroshi Kondo discussed the company's plan to expand its shipyard."
    )
    assert has(rec, ms, "Maria Santos", "Hiroshi Kondo")


def test_a_meeting_with_no_place_of_its_own_stays_where_the_last_one_was(meet):
    rec, ms = meet(
        "In Tel Aviv, the Minister Shri Rohan Mehta held discussions with Mr. Ari Cohen of Negev Solar Ltd. "
        "The Minister also met Ms. Dana Levi, Director General of the Israel Export Institute, and invited "
        "Israeli firms to the Rising Gujarat investors' summit."
    )
    place_of = {frozenset(rec.entity(k).name for k in m.participants): m.place for m in ms}
    later = next(p for people, p in place_of.items() if "Dana Levi" in people)
    assert later == "Tel Aviv"


def test_a_delegation_taking_part_in_an_investors_meet_meets_its_organiser(meet):
    rec, ms = meet(
        "A delegation led by Minister Shri Harpal Brar visited Dubai. "
        "Later, the delegation took part in an investors' meet organised by the Sharjah Chamber of Commerce."
    )
    assert has(rec, ms, "Harpal Brar", "Sharjah Chamber of Commerce")


def test_companies_that_attended_with_no_object_joined_the_event_just_told(meet):
    rec, ms = meet(
        "Minister Shri Harpal Brar addressed an investors' roundtable organised by the Dubai Chamber of Commerce. "
        "Representatives of 40 companies attended, including Falcon Foods LLC and Dune Logistics FZE."
    )
    assert has(rec, ms, "Harpal Brar", "Falcon Foods LLC")
    assert has(rec, ms, "Dubai Chamber of Commerce", "Dune Logistics FZE")


def test_among_them_lists_the_attendees_of_the_event(meet):
    rec, ms = meet(
        "The Kerala Startup Mission and the Finnish embassy co-hosted a business forum attended by 50 firms. "
        "Among them were Nordic Grid Oy and Lakeland Robotics Ltd."
    )
    assert has(rec, ms, "Kerala Startup Mission", "Nordic Grid Oy")


def test_a_presenter_right_after_an_event_spoke_at_it(meet):
    rec, ms = meet(
        "Chief Minister Shri Rohan Mehta, Shri Anil Desai and Smt. Kavita Rao led an investment roadshow to Seoul. "
        "An investors' roundtable organised by the Korea Trade-Investment Promotion Agency drew 60 firms. "
        "Shri Desai presented the state's industrial policy."
    )
    assert has(rec, ms, "Anil Desai", "Korea Trade-Investment Promotion Agency")


def test_the_leaders_companions_are_the_team_that_meets(meet):
    rec, ms = meet(
        "Chief Minister Shri Rohan Mehta led an investment roadshow to Singapore on Monday. "
        "He was accompanied by Shri Anil Desai, Principal Secretary, Industries. "
        "Later, the team held talks with Lion City Holdings Pte. Ltd. on a logistics park."
    )
    assert has(rec, ms, "Anil Desai", "Lion City Holdings Pte. Ltd.")


def test_people_on_a_visit_with_the_leader_are_the_team(meet):
    rec, ms = meet(
        "Shri Rohan Mehta is on a week-long visit to the United States with Minister Shri Anil Desai and Smt. Kavita Rao. "
        "In Austin, the delegation held talks with Lone Star Chips Inc. on a packaging plant."
    )
    assert has(rec, ms, "Kavita Rao", "Lone Star Chips Inc.")


def test_the_minister_of_the_delegation_wins_over_an_embassy_minister(meet):
    rec, ms = meet(
        "A delegation led by Minister for Industries Shri Harpal Brar visited Abu Dhabi. "
        "The meeting with the ministry was attended by Dr. Meera Nair, Minister (Trade), Embassy of India. "
        "In Dubai, Invest Punjab signed an agreement with Oasis Foods LLC in the presence of the Minister."
    )
    assert has(rec, ms, "Harpal Brar", "Oasis Foods LLC")


def test_the_host_welcoming_the_delegation_right_after_is_the_same_meeting(meet):
    rec, ms = meet(
        "A delegation led by Chief Minister Shri Rohan Mehta visited Singapore. "
        "On the first day, the Chief Minister held a meeting with Enterprise Singapore. "
        "Ms. Grace Lim, Assistant Chief Executive, welcomed the delegation."
    )
    assert has(rec, ms, "Grace Lim", "Enterprise Singapore")


def test_a_second_delegation_led_by_someone_else_is_another_group(meet):
    rec, ms = meet(
        "Industries Minister Shri Arun Mandal met a delegation led by Ms. Kate Walsh of Austrade. "
        "The delegation included representatives of Murray Grains Pty Ltd. "
        "Later in the day, the minister held talks with a delegation of Al Noor Textiles Company, led by its chairman "
        "Mr. Fahad Al Otaibi."
    )
    assert has(rec, ms, "Arun Mandal", "Fahad Al Otaibi")
    assert not has(rec, ms, "Kate Walsh", "Fahad Al Otaibi")
    assert not has(rec, ms, "Murray Grains Pty Ltd.", "Al Noor Textiles Company")


def test_someone_who_attended_both_meetings_joins_the_last_two(meet):
    rec, ms = meet(
        "Minister Shri Arun Mandal met Ms. Kate Walsh of Austrade on Monday. "
        "Later, the minister held talks with Mr. Fahad Al Otaibi of Al Noor Textiles Company. "
        "Mr. Rakesh Sinha, managing director of the Bihar Industrial Area Development Authority, who attended both meetings, "
        "said land would be allotted."
    )
    assert has(rec, ms, "Rakesh Sinha", "Kate Walsh")
    assert has(rec, ms, "Rakesh Sinha", "Fahad Al Otaibi")


def test_a_news_agency_in_the_dateline_meets_nobody(meet):
    rec, ms = meet("Patna, Aug 12 (PTI) Minister Shri Arun Mandal met Ms. Kate Walsh of Austrade on Tuesday.")
    assert has(rec, ms, "Arun Mandal", "Kate Walsh")
    assert not any(has(rec, ms, "PTI", other) for other in ("Arun Mandal", "Kate Walsh"))


def test_the_meeting_attended_after_an_opening_phrase_continues_it(meet):
    rec, ms = meet(
        "A business delegation led by Mr. Lee Dong-hyun, Vice Minister, paid a courtesy visit to Minister Shri Basavaraj Patil. "
        "From the State Government, the meeting was attended by Smt. Lakshmi Rao, Managing Director, Karnataka Udyog Mitra."
    )
    assert has(rec, ms, "Lee Dong-hyun", "Lakshmi Rao")


def test_companies_participating_included_lists_the_events_attendees(meet):
    rec, ms = meet(
        "Later, an investors' roundtable was organised by Karnataka Udyog Mitra and the Korean Chamber of Commerce. "
        "Companies participating included Hanul Battery Systems Co., Ltd. and Seorim Chemical Inc."
    )
    assert has(rec, ms, "Karnataka Udyog Mitra", "Seorim Chemical Inc.")


def test_the_minister_is_found_through_a_title_a_place_apart_from_the_name(meet):
    rec, ms = meet(
        "A delegation led by H.E. Mr. Avi Golan, Ambassador of Israel to India, called on the Minister of Industries, "
        "Haryana, Shri Ravi Dahiya, at Haryana Niwas, Chandigarh. "
        "In the presence of the Minister and the Ambassador, an MoU was exchanged between HSIIDC and Negev Water Ltd."
    )
    assert has(rec, ms, "Ravi Dahiya", "Negev Water Ltd.")
    assert has(rec, ms, "Avi Golan", "Negev Water Ltd.")
    assert "Haryana Niwas" not in {e.name for e in rec.entities if e.type == "person"}


def test_companies_that_took_part_in_the_session_joined_the_interaction_just_told(meet):
    rec, ms = meet(
        "The delegation led by Mr. Avi Golan later interacted with members of the PHD Chamber of Commerce and Industry. "
        "Representatives of Sharon Cyber Ltd. and Galil Drip Systems took part in the session, which covered exports."
    )
    assert has(rec, ms, "PHD Chamber of Commerce and Industry", "Galil Drip Systems")
    assert has(rec, ms, "Avi Golan", "Sharon Cyber Ltd.")


def test_bringing_a_delegation_later_to_meet_someone_is_planned(meet):
    rec, ms = meet(
        "Ms. Noa Levin of the Israel Export Institute said the institute would bring a delegation of companies to "
        "Gurugram in February to meet HSIIDC and local industry."
    )
    assert all(m.planned for m in ms)


def test_what_was_discussed_during_the_meeting_names_no_attendee(meet):
    rec, ms = meet(
        "Minister Shri Ravi Dahiya met Mr. Avi Golan in Chandigarh on Tuesday. "
        "During the meeting, Shri Dahiya recalled the success of the Indo-Israel Centre of Excellence for Vegetables."
    )
    assert has(rec, ms, "Ravi Dahiya", "Avi Golan")
    assert not has(rec, ms, "Avi Golan", "Indo-Israel Centre of Excellence for Vegetables")


def test_the_minister_and_those_accompanying_him_are_the_visiting_party(meet):
    rec, ms = meet(
        "Vice Trade Minister Kim Tae-woo held talks with Kerala Industries Minister Shri K. Suresh Nair in Sejong. "
        "Nair was accompanied by Ms. Anjali Pillai, managing director of KSIDC. "
        "Later in the day, the Kerala delegation visited the Geoje shipyard of Hanil Heavy Industries Co."
    )
    assert has(rec, ms, "Anjali Pillai", "Hanil Heavy Industries Co.")


def test_someone_accompanying_a_speaker_is_no_travelling_party(meet):
    rec, ms = meet(
        "Mr. Olivier Caste, who was accompanied by Ms. Helene Marche, France's Consul General, said suppliers were interested. "
        "Later, the delegation met Hoysala Avionics Pvt. Ltd. in Bengaluru."
    )
    assert not has(rec, ms, "Helene Marche", "Hoysala Avionics Pvt. Ltd.")


def test_returning_later_to_sign_is_planned(meet):
    rec, ms = meet(
        "Mr. Kenta Hoshi plans to return to Uttarakhand in November to sign a formal agreement with SIIDCUL "
        "in the presence of the state's chief minister."
    )
    assert all(m.planned for m in ms)


def test_attendee_lists_by_side_join_the_meeting(meet):
    rec, ms = meet(
        "Mr. SATO Kenji, Vice-Minister, held a meeting with Dr. Arun Bora, Chief Minister of Assam. "
        "Japanese side: Mr. SATO Kenji; Ms. MORI Aya, Director, Southwest Asia Office. "
        "Indian side: Dr. Arun Bora; Mr. Ravi Kalita, Principal Secretary, Industries."
    )
    assert has(rec, ms, "Mori Aya", "Ravi Kalita")


def test_the_same_two_people_a_few_sentences_later_are_the_same_meeting(meet):
    rec, ms = meet(
        "Mr. SATO Kenji, Vice-Minister, held a meeting with Dr. Arun Bora, Chief Minister of Assam, in Tokyo. "
        "The overview of the meeting is as follows. "
        "Vice-Minister Sato welcomed Chief Minister Bora and spoke about semiconductors."
    )
    assert len(ms) == 1


def test_a_meeting_that_will_be_held_is_planned(meet):
    rec, ms = meet(
        "Both sides confirmed that a working-level meeting between the Ministry of Economy, Trade and Industry and the "
        "Government of Assam will be held in Guwahati."
    )
    assert ms and all(m.planned for m in ms)


def test_presenters_of_a_seminar_attended_by_companies_joined_it(meet):
    rec, ms = meet(
        "The Embassy of India in Madrid organised an India-Spain Business Seminar on Monday. "
        "The seminar was attended by over 60 participants, including representatives of Solvento Renovables S.L. "
        "A delegation comprising Shri Kuldeep Rathore and Smt. Manisha Jain made detailed presentations on the State's policies."
    )
    assert has(rec, ms, "Kuldeep Rathore", "Solvento Renovables S.L.")


def test_companies_listed_after_attended_join_the_seminar_however_parsed(meet):
    rec, ms = meet(
        "The centrepiece was the Business Seminar, co-organised with the Indo-Italian Chamber of Commerce and Industry "
        "and the Consulate General of India in Milan. "
        "More than 60 companies attended, among them Lombarda Tessili S.p.A., Brianza Pompe Srl and Emilia Packaging Solutions."
    )
    assert has(rec, ms, "Indo-Italian Chamber of Commerce and Industry", "Emilia Packaging Solutions")


def test_a_members_heading_lists_the_delegation(meet):
    rec, ms = meet(
        "A business delegation of the Federation of Indian Export Organisations visited Japan last week.\n\n"
        "Delegation members\n\u2022 Shri Arjun Mehra, Managing Director, Mehra Valves Pvt Ltd\n"
        "\u2022 Ms. Kavita Joshi, Director, Joshi Foods Ltd\n\n"
        "In Osaka, the delegation called on the Osaka Chamber of Commerce and Industry."
    )
    assert has(rec, ms, "Kavita Joshi", "Osaka Chamber of Commerce and Industry")
    assert has(rec, ms, "Arjun Mehra", "Osaka Chamber of Commerce and Industry")


def test_an_itinerary_line_without_a_subject_is_the_delegation_s_engagement(meet):
    rec, ms = meet(
        "A delegation led by Shri Arjun Mehra, Chairman of Mehra Valves Pvt Ltd, toured Japan in July.\n\n"
        "Programme\n- Nagoya, 15 July: Factory visit to Chubu Gears Co., Ltd., hosted by its President, Mr. Kenji Mori.\n"
        "- 16 July: Meeting with the Japan External Trade Organization in Tokyo."
    )
    assert has(rec, ms, "Arjun Mehra", "Kenji Mori")
    assert has(rec, ms, "Arjun Mehra", "Japan External Trade Organization")


def test_a_headline_mission_to_visit_is_a_planned_meeting(meet):
    rec, ms = meet("Aomori Apple Co., Ltd. chairman Mr. Taro Kudo's trade mission to visit the Tamil Nadu Industrial "
                   "Development Corporation in Chennai")
    assert ms and all(m.planned for m in ms)


def test_the_delegation_s_own_side_joins_the_delegation(meet):
    rec, ms = meet(
        "A delegation from Japan's Shiga Prefecture, led by Vice Governor Mr. Kenta Ueda, held talks with the "
        "Minister of Industries of Karnataka, Shri Ravi Gowda, in Bengaluru on Monday. "
        "The Japanese side included Ms. Aiko Mori, President of Biwa Precision Co., Ltd. "
        "On Tuesday, the delegation visited the plant of Kaveri Castings Pvt Ltd in Mysuru."
    )
    assert has(rec, ms, "Aiko Mori", "Ravi Gowda")
    assert has(rec, ms, "Aiko Mori", "Kaveri Castings Pvt Ltd")


def test_the_other_side_listed_does_not_join_the_delegation(meet):
    rec, ms = meet(
        "A delegation from Japan's Shiga Prefecture, led by Vice Governor Mr. Kenta Ueda, held talks with the "
        "Minister of Industries of Karnataka, Shri Ravi Gowda, in Bengaluru on Monday. "
        "The Indian side included Ms. Latha Rao, Managing Director of Karnataka Udyog Mitra. "
        "On Tuesday, the delegation visited the plant of Kaveri Castings Pvt Ltd in Mysuru."
    )
    assert has(rec, ms, "Latha Rao", "Kenta Ueda")
    assert not has(rec, ms, "Latha Rao", "Kaveri Castings Pvt Ltd")


def test_the_visitors_are_the_delegation(meet):
    rec, ms = meet(
        "A delegation led by Mr. Kenta Ueda of Biwa Precision Co., Ltd. visited the plant of Kaveri Castings Pvt Ltd "
        "in Mysuru on Tuesday. Its Managing Director, Smt. Latha Rao, told the visitors about the plant's exports."
    )
    assert has(rec, ms, "Latha Rao", "Kenta Ueda")


def test_meeting_a_demand_is_no_meeting(meet):
    rec, ms = meet("Smt. Latha Rao of Kaveri Castings Pvt Ltd said Ms. Aiko Mori's firm had doubled output to meet the demand.")
    assert not has(rec, ms, "Latha Rao", "Aiko Mori")


def test_a_host_welcoming_the_delegation_at_a_later_event_is_that_event_s(meet):
    rec, ms = meet(
        "A delegation led by Mr. Kenta Ueda visited Kaveri Castings Pvt Ltd in Mysuru on Tuesday. "
        "He later addressed a startup meet organised by the Embassy of Japan, where Ambassador Hiro Sato welcomed the delegation."
    )
    assert not has(rec, ms, "Hiro Sato", "Kaveri Castings Pvt Ltd")


def test_companions_with_him_join_the_team(meet):
    rec, ms = meet(
        "The Karnataka team, led by Shri Ravi Gowda, reached Tokyo on Monday. With him were Smt. Latha Rao and "
        "Dr. Arun Shetty. In Tokyo the delegation met officials of the Japan External Trade Organization."
    )
    assert has(rec, ms, "Latha Rao", "Japan External Trade Organization")
    assert has(rec, ms, "Arun Shetty", "Japan External Trade Organization")


def test_the_first_engagement_and_a_factory_tour_are_the_team_s(meet):
    rec, ms = meet(
        "The Karnataka team, led by Shri Ravi Gowda, reached Osaka on Monday.\n\n"
        "Osaka, 7 October\nThe first engagement was a seminar organised with the Kansai Economic Federation.\n\n"
        "Nagoya, 8 October\nThe next morning the team went to Nagoya to tour the factory of Chubu Gears Co., Ltd."
    )
    assert has(rec, ms, "Ravi Gowda", "Kansai Economic Federation")
    assert has(rec, ms, "Ravi Gowda", "Chubu Gears Co., Ltd.")


def test_someone_not_part_of_the_talks_met_no_one(meet):
    rec, ms = meet(
        "In Tokyo, Shri Ravi Gowda held talks with the Japan External Trade Organization. "
        "Mr. Jun Takeda, an analyst at Tsubasa Research in Tokyo who was not part of the talks, said firms were cautious."
    )
    assert not has(rec, ms, "Jun Takeda", "Ravi Gowda")


def test_a_present_on_the_occasion_list_attended_the_signing(meet):
    rec, ms = meet(
        "The Government of Karnataka today signed an MoU with Biwa Precision Co., Ltd. in Bengaluru.\n\n"
        "Present on the occasion:\n\u2022 Shri Ravi Gowda, Minister for Industries\n\u2022 Mr. Kenta Ueda, President, Biwa Precision"
    )
    assert has(rec, ms, "Ravi Gowda", "Kenta Ueda")


def test_an_itinerary_line_s_place_is_the_meeting_s_place(meet):
    rec, ms = meet(
        "A delegation led by Shri Arjun Mehra visited Japan in July.\n\n"
        "Engagements\n\u2022 Nagano, 14 July: The delegation called on the Nagano Prefectural Government.\n"
        "\u2022 Tokyo, 17 July: Briefing at the Ministry of Foreign Affairs by Ms. Mio Hayakawa."
    )
    briefing = [m for m in ms if "person:mio hayakawa" in m.participants]
    assert briefing and briefing[0].place == "Tokyo"
    assert has(rec, ms, "Arjun Mehra", "Mio Hayakawa")


def test_the_speakers_of_a_forum_attended_it(meet):
    rec, ms = meet(
        "Later, both Ministers addressed a business forum organised by the Federation of Indian Chambers of Commerce "
        "and Industry with the Abu Dhabi Chamber of Commerce and Industry. Speakers included Mr. Omar Saif, Chief "
        "Executive Officer, Zahrat Foods LLC, and Shri Kunal Mehta, Managing Director, Pashupati Agro Ltd."
    )
    assert has(rec, ms, "Omar Saif", "Kunal Mehta")
    assert has(rec, ms, "Kunal Mehta", "Abu Dhabi Chamber of Commerce and Industry")


def test_a_meeting_held_then_its_chairs_and_its_two_listed_sides(meet):
    rec, ms = meet(
        "The first meeting of the India-UK Joint Working Group on Chemicals was held in New Delhi today. "
        "It was co-chaired by Shri Alok Mishra, Secretary, and Ms. Harriet Cole, Director.\n\n"
        "The following participated in the meeting:\n\nIndian side\n- Smt. Deepa Venu, Joint Secretary\n\n"
        "UK side\n- Mr. Owen Pritch, Deputy Trade Commissioner\n\n"
        "On the sidelines, the UK delegation called on Smt. Kamla Ahir, Minister of State."
    )
    assert has(rec, ms, "Alok Mishra", "Harriet Cole")
    assert has(rec, ms, "Deepa Venu", "Owen Pritch")
    assert has(rec, ms, "Owen Pritch", "Kamla Ahir")
    assert not has(rec, ms, "Deepa Venu", "Kamla Ahir")


def test_a_call_scheduled_or_a_meeting_being_planned_is_planned(meet):
    rec, ms = meet(
        "In Shimla, the visitors led by Mr. Hideaki Komatsu are scheduled to call on Chief Minister Shri Jagat Dhiman. "
        "Officials said a meeting of Mr. Komatsu with the Himachal Pradesh Power Corporation Limited was also being planned."
    )
    assert ms and all(m.planned for m in ms)


def test_other_participants_listed_after_a_session_attended_it(meet):
    rec, ms = meet(
        "The Japan country session was held in Jaipur on Tuesday. The session was chaired by Shri Om Meghwal.\n\n"
        "Other participants included:\n- Smt. Shruti Bansal, Managing Director\n- Mr. Satoshi Kameda, Director General"
    )
    assert has(rec, ms, "Om Meghwal", "Satoshi Kameda")
    assert has(rec, ms, "Shruti Bansal", "Satoshi Kameda")


def test_there_after_a_meeting_is_that_meeting(meet):
    rec, ms = meet(
        "The delegation, led by Shri Alok Bhatt, held talks in Tokyo with the Japan Maritime Center. "
        "There, Mr. Yasu Kanzaki and officials of the Ports and Harbours Bureau discussed ship recycling."
    )
    assert has(rec, ms, "Alok Bhatt", "Yasu Kanzaki")
    assert has(rec, ms, "Japan Maritime Center", "Yasu Kanzaki")


def test_a_ministry_planning_to_host_an_investors_meet_is_planned(meet):
    rec, ms = meet("Shri Alok Bhatt said the Ministry of Shipping plans to host an investors' meet with Kobe Steel in Mumbai.")
    assert all(m.planned for m in ms)


def test_the_ambassador_named_after_his_title_is_accompanied_at_his_call(meet):
    rec, ms = meet(
        "The Ambassador of the Republic of Indonesia to India, H.E. Mr. Hendra Kusuma, paid a courtesy call on the "
        "Chief Minister of Goa, Shri Anant Kamat, today. The Ambassador was accompanied by Ms. Wulan Pratiwi, Consul General."
    )
    assert has(rec, ms, "Wulan Pratiwi", "Anant Kamat")


def test_a_counted_group_led_by_someone_is_the_delegation(meet):
    rec, ms = meet(
        "The 15-member group, led by James Huang, executive vice president of the Taiwan External Trade Development "
        "Council, had come to Gujarat. With Huang were Grace Tsai and Wu Kuan-ting. Later that afternoon the "
        "delegation called on Gujarat's Minister for Industries, Jagdish Solanki, in Gandhinagar."
    )
    assert has(rec, ms, "Grace Tsai", "Jagdish Solanki")
    assert has(rec, ms, "James Huang", "Jagdish Solanki")


def test_companions_after_led_by_are_members_of_the_delegation(meet):
    rec, ms = meet(
        "A delegation of the Government of Kerala, led by Shri Varun Menon, Minister for Industries, and accompanied "
        "by Smt. Lakshmi Pillai, Principal Secretary; and Shri Arjun Nair, Managing Director, KSIDC, concluded a visit "
        "to Japan on Friday. In Osaka, the delegation met Mr. Hiroshi Tabata, President of Tabata Valves Co., Ltd."
    )
    assert has(rec, ms, "Lakshmi Pillai", "Hiroshi Tabata")
    assert has(rec, ms, "Arjun Nair", "Hiroshi Tabata")


def test_someone_accompanying_the_delegation_to_one_meeting_is_not_a_member(meet):
    rec, ms = meet(
        "A delegation led by Shri Varun Menon arrived in Tokyo on Monday. The delegation, accompanied by the Ambassador, "
        "Shri Dev Rao, met Mr. Hiroshi Tabata of Tabata Valves Co., Ltd. In Osaka, the delegation met Ms. Emi Kono of "
        "Kono Foods Co., Ltd."
    )
    assert has(rec, ms, "Dev Rao", "Hiroshi Tabata")
    assert not has(rec, ms, "Dev Rao", "Emi Kono")


def test_an_interaction_organised_by_a_chamber_is_a_meeting_of_its_own(meet):
    rec, ms = meet(
        "In Yokohama, the delegation led by Shri Varun Menon visited the plant of Tabata Valves Co., Ltd., where "
        "Mr. Hiroshi Tabata made a presentation. On the last day, the delegation travelled to Kobe for an interaction "
        "organised by the Kobe Chamber of Commerce and Industry, which was attended by Mr. Saburo Ueda."
    )
    assert has(rec, ms, "Varun Menon", "Saburo Ueda")
    assert not has(rec, ms, "Hiroshi Tabata", "Saburo Ueda")


def test_the_exchange_witnessed_by_someone_is_the_signing_just_told(meet):
    rec, ms = meet(
        "The MoU was signed between the Kerala State Industrial Development Corporation and Tabata Valves Co., Ltd. "
        "Shri Arjun Nair and Mr. Hiroshi Tabata signed the document. The exchange was witnessed by Shri Varun Menon."
    )
    assert has(rec, ms, "Varun Menon", "Hiroshi Tabata")


def test_each_signing_of_a_two_mou_event_has_the_people_present_at_the_event(meet):
    rec, ms = meet(
        "The Government of Kerala on Monday exchanged two MoUs with foreign companies in the presence of Chief Minister "
        "Shri Varun Menon in Thiruvananthapuram. The first MoU was signed between KSIDC and Tabata Valves Co., Ltd. "
        "The second MoU was signed by Smt. Lakshmi Pillai and Ms. Emi Kono, Director of Kono Foods Co., Ltd."
    )
    assert has(rec, ms, "Varun Menon", "Emi Kono")
    assert has(rec, ms, "Varun Menon", "Tabata Valves Co., Ltd.")
    assert not has(rec, ms, "Emi Kono", "Tabata Valves Co., Ltd.")


def test_two_meetings_told_in_one_sentence_are_two(meet):
    rec, ms = meet(
        "Among them, Chubu Gears Co., Ltd. held talks with Pune Forgings Ltd on steel supply, and "
        "Aoyama Foods Co., Ltd. met Nilgiri Teas Pvt Ltd to explore a joint brand."
    )
    assert has(rec, ms, "Chubu Gears Co., Ltd.", "Pune Forgings Ltd")
    assert has(rec, ms, "Aoyama Foods Co., Ltd.", "Nilgiri Teas Pvt Ltd")
    assert not has(rec, ms, "Chubu Gears Co., Ltd.", "Nilgiri Teas Pvt Ltd")


def test_a_panel_moderated_at_a_conclave_joins_the_conclave(meet):
    rec, ms = meet(
        "The Kerala-Aichi Business Conclave was organised by KSIDC in Kochi. The inaugural session was addressed by "
        "Shri Varun Menon and Mr. Hiroshi Tabata. Shri Arjun Nair moderated a panel on textiles, in which "
        "Ms. Emi Kono and Mr. Saburo Ueda spoke."
    )
    assert has(rec, ms, "Varun Menon", "Emi Kono")
    assert has(rec, ms, "Arjun Nair", "Hiroshi Tabata")


def test_the_second_sentence_of_a_list_item_stays_in_the_listed_event(meet):
    rec, ms = meet(
        "The Kerala-Aichi Business Conclave was organised by KSIDC in Kochi. Two MoUs were exchanged at the conclave "
        "in the presence of Shri Varun Menon:\n\n"
        "* Tabata Valves Co., Ltd. and Malabar Pumps Pvt Ltd agreed to build a plant. Mr. Hiroshi Tabata signed "
        "with Smt. Lakshmi Pillai.\n"
        "* Kono Foods Co., Ltd. and Kochi Spices Pvt Ltd agreed to export pepper.\n"
    )
    assert has(rec, ms, "Varun Menon", "Lakshmi Pillai")
    assert has(rec, ms, "Hiroshi Tabata", "Malabar Pumps Pvt Ltd")


def test_a_group_never_named_does_not_take_the_last_host(meet):
    rec, ms = meet(
        "Chubu Gears Co., Ltd. held talks with Pune Forgings Ltd in Pune. On Thursday the delegation is scheduled "
        "to visit the Mumbai Port Authority."
    )
    assert not has(rec, ms, "Chubu Gears Co., Ltd.", "Mumbai Port Authority")


ITINERARY = (
    "Mission leader: Mr. KOGA Tetsuya, Director-General, Fukuoka Prefectural Government\n\n"
    "Members:\n"
    "- Ms. ARIMA Yui, Senior Coordinator, Fukuoka Asian Business Centre\n"
    "- Mr. OGATA Shun, CEO, Kitakyushu Servo Robotics Co., Ltd.\n\n"
    "DAY 1 - Tuesday, 10 June - Bengaluru [COMPLETED]\n"
    "10:00 Courtesy call on Shri Anil Hegde, Minister for Industries, at Vidhana Soudha. Smt. Kavya Rao, "
    "Managing Director, Karnataka Udyog Mitra, also present.\n"
    "15:30 Meeting with the Mysuru Industries Forum - CANCELLED owing to heavy rain.\n"
    "19:30 Dinner hosted by the Consulate-General of Japan in Bengaluru.\n\n"
    "Notes:\n"
    "- Malnad Microsystems Pvt Ltd asked for a technical meeting with Chikugo Materials Inc.; dates to be fixed.\n"
)


def test_an_itinerary_line_with_a_time_is_the_missions_engagement(meet):
    rec, ms = meet(ITINERARY)
    assert has(rec, ms, "Koga Tetsuya", "Anil Hegde")
    assert has(rec, ms, "Arima Yui", "Anil Hegde")  # a member listed under "Members:" after the leader's line
    assert has(rec, ms, "Ogata Shun", "Consulate-General of Japan in Bengaluru")


def test_someone_also_present_joins_the_engagement_just_told(meet):
    rec, ms = meet(ITINERARY)
    assert has(rec, ms, "Kavya Rao", "Anil Hegde")


def test_a_cancelled_engagement_is_no_meeting(meet):
    rec, ms = meet(ITINERARY)
    assert not any(has(rec, ms, who, "Mysuru Industries Forum") for who in ("Koga Tetsuya", "Arima Yui"))
    assert "COMPLETED" not in {e.name for e in rec.entities}


def test_a_meeting_asked_for_with_dates_to_be_fixed_is_planned(meet):
    rec, ms = meet(ITINERARY)
    asked = [m for m in ms if {"organisation:malnad microsystems", "organisation:chikugo materials"} <= set(m.participants)]
    assert asked and all(m.planned for m in asked)


def test_signatories_and_witnesses_lines_join_the_signing(meet):
    rec, ms = meet(
        "14:00 Signing: Kitakyushu Servo Robotics Co., Ltd. and Pune-based Kalpataru Automation Pvt Ltd signed a "
        "letter of intent. Signatories: Mr. Ogata Shun and Smt. Deepa Kulkarni. Witnessed by Mr. Koga Tetsuya."
    )
    assert has(rec, ms, "Koga Tetsuya", "Deepa Kulkarni")
    assert has(rec, ms, "Ogata Shun", "Kalpataru Automation Pvt Ltd")


def test_a_numbered_delegation_list_and_one_to_one_lines(meet):
    rec, ms = meet(
        "DELEGATION\n"
        "1. Shri Kaushik Desai, Minister of State for Science & Technology – Leader\n"
        "2. Smt. Rupal Shah, Principal Secretary, Department of Science and Technology\n\n"
        "DAY 1 – MONDAY, 10 MARCH – TOKYO\n"
        "14:00  One-to-one: Akabane Wafer Works Inc. – Mr. NISHIDA Jun, President. Reclaim of silicon wafers.\n"
    )
    assert has(rec, ms, "Rupal Shah", "Nishida Jun")
    assert has(rec, ms, "Kaushik Desai", "Akabane Wafer Works Inc.")


def test_reviewing_progress_with_a_minister_is_a_meeting_and_each_side_represented_joins_it(meet):
    rec, ms = meet(
        "Senior officials of the Japan International Cooperation Agency (JICA) on Wednesday reviewed the progress of the "
        "metro project with Minister S. Manickam at the Secretariat. The State was represented by Dr. Kavitha Raman, "
        "Managing Director of the Chennai Water Board."
    )
    assert has(rec, ms, "Japan International Cooperation Agency", "S. Manickam")
    assert has(rec, ms, "Kavitha Raman", "Japan International Cooperation Agency")


def test_buyers_represented_by_someone_at_a_fair_join_no_earlier_meeting(meet):
    rec, ms = meet(
        "Mr. Nguyen Van Thanh of Saigon Sole JSC met Shri Rafeeq Sait on the second day. Buyers from Japan were "
        "represented by Mr. SASAKI Ryo of Naniwa Leather Trading Co., Ltd., who spoke about traceable leather."
    )
    assert not has(rec, ms, "Sasaki Ryo", "Nguyen Van Thanh")


def test_a_delegation_list_after_its_meeting_names_who_was_there(meet):
    rec, ms = meet(
        "We are pleased to report that a KCCI delegation met Shri Arvind Rana, Chief Secretary to the Government of "
        "Punjab, in Chandigarh on 25 April 2025.\n\n"
        "KCCI delegation:\n"
        "  * Mr. NOMURA Koji, President, KCCI\n"
        "  * Ms. ARAI Yuka, Secretary General, KCCI\n\n"
        "The Chamber thanked the state.")
    assert has(rec, ms, "Nomura Koji", "Arvind Rana")
    assert has(rec, ms, "Arai Yuka", "Arvind Rana")


def test_the_delegation_also_included_list_joins_its_call(meet):
    rec, ms = meet(
        "A delegation from the State of Kerala, led by Shri Pothan Varghese, Minister for Industries, paid a courtesy "
        "call on Governor HIRATA Kazuo in Nagoya.\n\n"
        "The delegation also included:\n\n"
        "- Dr. Kavya Menon, Secretary, Industries Department\n"
        "- Shri Anil Nair, Chief Executive Officer, KSIDC\n\n"
        "The Governor welcomed the delegation.")
    assert has(rec, ms, "Kavya Menon", "Hirata Kazuo")
    assert has(rec, ms, "Anil Nair", "Pothan Varghese")


def test_also_present_from_one_side_joins_the_meeting_just_told(meet):
    rec, ms = meet(
        "The Chamber's President, Mr. NOMURA Koji, met Shri Arvind Rana, Chief Secretary, in Chandigarh on Friday.\n\n"
        "Also present from the state side: Shri Rakesh Verma, Principal Secretary, and Smt. Gita Sandhu, "
        "Managing Director, PSIEC.")
    assert has(rec, ms, "Nomura Koji", "Gita Sandhu")
    assert has(rec, ms, "Arvind Rana", "Rakesh Verma")


def test_a_deputy_chief_of_mission_is_no_member_of_the_delegation(meet):
    rec, ms = meet(
        "The delegation, led by Ms. Kavya Raman, Vice President, Tech Council, held a meeting on Tuesday with the "
        "Korea Software Agency. "
        "On Wednesday, the delegation took part in a roundtable. The roundtable was attended by the Embassy's Deputy "
        "Chief of Mission, Ms. Sunita Bhat; and executives from 40 Korean firms, including Hanbit Soft Co., Ltd.\n\n"
        "Ms. Raman and members of the delegation also visited the campus of Dalbit Robotics Inc.")
    assert has(rec, ms, "Kavya Raman", "Dalbit Robotics Inc.")
    assert not has(rec, ms, "Sunita Bhat", "Dalbit Robotics Inc.")


def test_he_was_accompanied_by_makes_the_party_of_the_person_just_named(meet):
    rec, ms = meet(
        "Secretary (Trade) Shri Vinay Khanna paid an official visit to Italy from 4 to 6 May. He was accompanied by "
        "Shri Amit Rawal, Joint Secretary.\n\n"
        "On 5 May, the Indian team visited the plant of Arno Meccanica S.p.A. near Florence, where they were briefed "
        "by its CEO, Ms. Giulia Neri.\n\n"
        "A roundtable was held on 6 May. The Chamber's delegation was led by its President, Shri Kiran Joshi.")
    assert has(rec, ms, "Vinay Khanna", "Giulia Neri")
    assert not has(rec, ms, "Kiran Joshi", "Giulia Neri")


def test_a_meeting_after_an_event_is_a_meeting_of_its_own(meet):
    rec, ms = meet(
        "Ahmedabad, 6 February 2025 \u2013 Fjord Blades A/S, the Danish maker of blades, today held the "
        "groundbreaking ceremony for its factory at Sanand.\n\n"
        "The ceremony was attended by Gujarat's Minister for Industries, Shri Ramesh Patel, as chief guest; and Shri "
        "Nilesh Vora, Managing Director, Sanand Industrial City Limited (SICL).\n\n"
        "Shri Patel said Gujarat has the largest wind capacity.\n\n"
        "After the ceremony, Mr. Lars Berg and Ms. Tove Lie held a meeting with officials of the Gujarat Power "
        "Agency (GPA) in Gandhinagar on the supply of power.")
    assert has(rec, ms, "Lars Berg", "Gujarat Power Agency")
    assert not has(rec, ms, "Ramesh Patel", "Gujarat Power Agency")


def test_signatories_after_the_signing_was_told_join_it(meet):
    rec, ms = meet(
        "Mumbai, March 4 (IANS) South Korea's Hanul Cells Co., Ltd. on Tuesday signed a memorandum of understanding "
        "(MoU) with the Maharashtra government to set up a battery plant near Nagpur.\n\n"
        "The MoU was signed at the Sahyadri Guest House in the presence of Chief Minister Vasant Pawar and Industries "
        "Minister Nitin Rane. Maharashtra Industrial Development Corporation (MIDC) CEO Dr Asha Joshi and Hanul's "
        "President & CEO KIM Do-yoon signed the agreement on behalf of the two sides.")
    assert has(rec, ms, "Vasant Pawar", "Asha Joshi")
    assert has(rec, ms, "Nitin Rane", "Kim Do-yoon")


def test_the_vice_minister_with_a_hyphen_is_the_person_holding_the_title(meet):
    rec, ms = meet(
        "Parliamentary Vice-Minister of Agriculture Mr. SAKATA Ryo visited Mumbai from December 1 to 4.\n\n"
        "The Parliamentary Vice-Minister attended the business matching event organized by the Japan External Trade "
        "Organization (JETRO) at a hotel in Mumbai.")
    assert has(rec, ms, "Sakata Ryo", "Japan External Trade Organization")


def test_participating_exporters_listed_after_an_event_took_part_in_it(meet):
    rec, ms = meet(
        "Mr. SAKATA Ryo attended the business matching event organized by the Japan External Trade Organization "
        "(JETRO) at a hotel in Mumbai. Participating exporters included:\n\n"
        "  - Fujimi Shuzo Co., Ltd. (sake, Niigata)\n"
        "  - Kawachi Citrus K.K. (yuzu juice, Ehime)\n\n"
        "Demand for sake is growing.")
    assert has(rec, ms, "Fujimi Shuzo Co., Ltd.", "Japan External Trade Organization")
    assert has(rec, ms, "Kawachi Citrus K.K.", "Sakata Ryo")


def test_a_companion_told_in_a_relative_clause_joins_the_party(meet):
    rec, ms = meet(
        "Electronics Secretary Arun Mehra held meetings with chip companies in California this week.\n\n"
        "Mehra, who was accompanied by mission chief executive Rina Kapoor, met executives of Zentra Chips Inc. at its "
        "headquarters in San Jose on Tuesday.\n\n"
        "On Wednesday, the two visited the research centre of Novawafer Corp. in Santa Clara and held discussions with "
        "its vice-president, Mei Lin.")
    assert has(rec, ms, "Rina Kapoor", "Zentra Chips Inc.")
    assert has(rec, ms, "Rina Kapoor", "Novawafer Corp.")
    assert not has(rec, ms, "Zentra Chips Inc.", "Novawafer Corp.")


def test_they_after_a_subject_of_its_own_sentence_is_that_subject(meet):
    rec, ms = meet(
        "A delegation led by Shri Arun Mehra met the Korea Chip Association on Monday.\n\n"
        "Executives from Hanbit Semicon Co., Ltd. are expected to visit India in September, when they will meet "
        "officials of the Gujarat government.")
    assert not has(rec, ms, "Arun Mehra", "Government of Gujarat")


def test_each_item_of_a_list_of_mous_is_a_signing_of_its_own(meet):
    rec, ms = meet(
        "Minister of State Anil Sarin inaugurated the expo along with Victor Chen, vice-president of the Taiwan Trade "
        "Council (TTC). Sarin later toured the Taiwan pavilion and interacted with exhibitors, among them Keelung "
        "Robotics Corp. and Hsinchu Medical Devices Co.\n\n"
        "The MoUs signed on Thursday were:\n\n"
        "1. The Taipei Valve Association (TVA) and the Indian Pump Makers' Association (IPMA), for training - signed "
        "by TVA chairman Simon Kao and IPMA president Ravi Shetty.\n"
        "2. Keelung Robotics and Pune-based Sahyadri Automation Pvt. Ltd., to assemble robots - signed by Keelung's "
        "chief executive Peggy Lin and Sahyadri's managing director Omkar Patil.\n\n"
        "Demand is growing.")
    assert has(rec, ms, "Simon Kao", "Ravi Shetty")
    assert has(rec, ms, "Peggy Lin", "Omkar Patil")
    assert not has(rec, ms, "Simon Kao", "Omkar Patil")


def test_one_initial_and_a_surname_after_a_titled_apposition_is_a_person_met(meet):
    rec, ms = meet(
        "In March, a delegation of eight Japanese companies organised by the Japan External Trade Organization (Jetro) "
        "met the state's minister for industries and commerce, K. Sivaraman, in Amaravati, according to two people "
        "who attended. Minase Resins' India managing director, Rahul Verma, was among them.")
    assert has(rec, ms, "K. Sivaraman", "Japan External Trade Organization")
    assert has(rec, ms, "Rahul Verma", "K. Sivaraman")


def test_two_named_ministers_agreeing_met(meet):
    rec, ms = meet(
        "NEW DELHI -- Japanese Trade Minister Hiroki Sanada and Indian Commerce Minister Vikas Mehra agreed on Tuesday "
        "to draw up a joint framework for chip supply chains.")
    assert has(rec, ms, "Hiroki Sanada", "Vikas Mehra")


def test_the_two_ministers_signing_are_the_two_just_told(meet):
    rec, ms = meet(
        "NEW DELHI -- Japanese Trade Minister Hiroki Sanada and Indian Commerce Minister Vikas Mehra agreed on Tuesday "
        "to draw up a joint framework for chip supply chains.\n\n"
        "The two ministers signed a memorandum of cooperation after two hours of talks at Udyog Bhawan. Japan's "
        "ambassador to India, Reiko Ishida, also attended.")
    assert has(rec, ms, "Reiko Ishida", "Vikas Mehra")


def test_a_speaker_urging_right_after_a_roundtable_attended_it(meet):
    rec, ms = meet(
        "On Wednesday, the minister addressed a business roundtable co-hosted by Keidanren and the Confederation of "
        "Indian Industry (CII). Yasuo Tomita, vice chair of Keidanren, urged India to speed up customs clearance.")
    assert has(rec, ms, "Yasuo Tomita", "Confederation of Indian Industry")


def test_panellists_at_a_forum_attended_the_forum(meet):
    rec, ms = meet(
        "The Confederation of Indian Industry (CII), with JETRO Mumbai, hosted the India-Japan Manufacturing Forum in "
        "Pune yesterday. Chief Guest Shri Vikas Deshpande, Minister of Industries, addressed it.\n\n"
        "Earlier in the day, Mr. SUGITA Ken called on Shri Deshpande at the Council Hall.\n\n"
        "A panel on exports, moderated by Mr. Nikhil Bhave, Chairman, CII State Council, featured Ms. Tanvi Joshi, "
        "CEO, Indrayani Motors Pvt. Ltd.")
    assert has(rec, ms, "Tanvi Joshi", "Confederation of Indian Industry")
    assert has(rec, ms, "Nikhil Bhave", "Vikas Deshpande")


def test_a_planned_item_under_a_meetings_outcomes_is_no_attendee(meet):
    rec, ms = meet(
        "A business delegation from Taiwan, led by Huang Mei-ling, called on IT Minister K Raghu Rao here on Friday.\n\n"
        "Key outcomes of the meeting:\n\n"
        "1. Lintai Packaging Corp., represented at the meeting by its president Chen Yu-hsin, will evaluate a site.\n"
        "2. The Telangana government will send an official delegation to Taiwan next year for meetings with the Hsinchu "
        "Science Park Bureau.\n")
    assert has(rec, ms, "Chen Yu-hsin", "K Raghu Rao")
    assert not has(rec, ms, "K Raghu Rao", "Hsinchu Science Park Bureau")


def test_the_minister_two_ministers_could_be_is_the_one_the_story_opens_with(meet):
    rec, ms = meet(
        "Union Minister of Ports, Shri Anand Rao Deshpande, on Monday held a bilateral meeting with H.E. Mr. KANG "
        "Seong-ho, Minister of Oceans of the Republic of Korea, in Sejong. The Indian delegation includes Shri Vikas "
        "Menon, Secretary, Ministry of Ports.\n\n"
        "Earlier in the day, the Minister and the delegation were received at the Geoje yard of Daehan Ocean Co., Ltd. "
        "by its President, Mr. LEE Dong-won.")
    assert has(rec, ms, "Anand Rao Deshpande", "Lee Dong-won")
    assert not has(rec, ms, "Kang Seong-ho", "Lee Dong-won")


def test_the_delegation_told_right_after_an_event_attended_it(meet):
    rec, ms = meet(
        "The Japan External Trade Organization (JETRO) held the Kerala Investment Seminar in Osaka on October 16, "
        "jointly with the Government of Kerala. "
        "About 150 participants attended.\n\n"
        "The delegation from the State of Kerala was led by Shri Biju Mathew, Hon'ble Minister of Industries, and "
        "included Smt. Anjali Nair, Principal Secretary, Industries Department.")
    assert has(rec, ms, "Biju Mathew", "Japan External Trade Organization")
    assert has(rec, ms, "Anjali Nair", "Government of Kerala")


def test_participants_listed_under_a_mission_a_body_organised_are_the_mission(meet):
    rec, ms = meet(
        "The Korea Chamber of Commerce in India (KCCI) organised a three-day study mission to Gujarat for its members. "
        "Nineteen participants took part.\n\n"
        "Participants included:\n"
        "- Mr. Min-ho Park, Secretary General, KCCI (mission leader)\n"
        "- Ms. Ji-woo Han, Director, Daesan Steel India Pvt. Ltd.\n\n"
        "**Day 2 - Dholera**\n"
        "The mission visited the Dholera Special Investment Region, where Shri N. V. Pathak, CEO, Dholera Industrial City "
        "Development Ltd. (DICDL), briefed members.\n\n"
        "**Day 3 - Sanand**\n"
        "In the afternoon, members held an interaction with the Sanand Industries Association, led by its President, "
        "Shri J. R. Makwana.")
    assert has(rec, ms, "Ji-woo Han", "N. V. Pathak")
    assert has(rec, ms, "Korea Chamber of Commerce in India", "J. R. Makwana")
    assert not has(rec, ms, "N. V. Pathak", "J. R. Makwana")


def test_the_cm_is_the_chief_minister(meet):
    rec, ms = meet(
        "Hon'ble Chief Minister Shri Gopal Chandra Nayak returned to Bhubaneswar on Friday after a visit to Japan.\n\n"
        "In Tokyo, the CM called on Mr. SATO Kenji, President of the Japan-India Association.")
    assert has(rec, ms, "Gopal Chandra Nayak", "Sato Kenji")


def test_the_team_told_right_after_talks_with_it_names_who_was_there(meet):
    rec, ms = meet(
        "Kolkata, March 5, 2025: Industries Minister Dr. Subir Mitra on Wednesday held talks with the British Deputy "
        "High Commissioner, Mr. Andrew Fenwick, and a six-member UK business delegation at Nabanna.\n\n"
        "The UK team included Mr. Simon Hartley, Managing Director of Hartley Engineering Ltd, and Ms. Rachel Odum, "
        "Chief Executive of Calder Leathercraft Ltd.")
    assert has(rec, ms, "Subir Mitra", "Simon Hartley")
    assert has(rec, ms, "Andrew Fenwick", "Rachel Odum")


def test_each_item_under_a_list_of_meetings_is_a_meeting_with_the_head_side(meet):
    rec, ms = meet(
        "Sapporo, 9 June 2025\n\n"
        "The Chief Minister of Assam, Shri Bhaskar Jyoti Baruah, arrived in Sapporo on Sunday.\n\n"
        "On Monday, the Chief Minister held one-on-one meetings with the heads of two Japanese companies:\n\n"
        "- Tokachi Dairy Machines K.K. - Mr. OKADA Ren, President. Mr. Okada said the firm would study a plant.\n"
        "- Hakodate Marine Foods Co., Ltd. - Ms. Yui Hoshino, Director.\n\n"
        "The state's tea exports were also discussed.")
    assert has(rec, ms, "Bhaskar Jyoti Baruah", "Okada Ren")
    assert has(rec, ms, "Bhaskar Jyoti Baruah", "Yui Hoshino")
    assert not has(rec, ms, "Okada Ren", "Yui Hoshino")


def test_the_meetings_a_delegation_held_listed_under_a_head_are_the_delegations(meet):
    rec, ms = meet(
        "The Punjab delegation led by Industries Minister Shri Harjit Singh Brar comprises Smt. Navneet Kaur Gill, "
        "Principal Secretary, and Shri Karan Sodhi, CEO, Invest Punjab.\n\n"
        "Among the meetings held by the delegation on 3 May were:\n\n"
        "1. Allgau Textilmaschinen GmbH - with Mr. Tobias Reiter, Chief Executive Officer, on a spinning unit.\n"
        "2. Rhon Kunststoff AG - with Dr. Miriam Haas, Chief Technology Officer, on a polymer lab.\n\n"
        "The state offers land at concessional rates.")
    assert has(rec, ms, "Navneet Kaur Gill", "Tobias Reiter")
    assert has(rec, ms, "Karan Sodhi", "Miriam Haas")
    assert not has(rec, ms, "Tobias Reiter", "Miriam Haas")


def test_the_witnesses_named_in_the_head_of_a_list_of_mous_witnessed_each(meet):
    rec, ms = meet(
        "The following MoUs were exchanged in the presence of Industries Minister Shri Rajesh Pillai and Managing "
        "Director Shri Thomas Chacko:\n\n"
        "1. Malabar Boats Pvt. Ltd. and Brest Marine SAS - a ferry building unit at Kochi.\n"
        "2. Kerala Coir Corporation and Lyon Textiles SARL - coir composites.\n\n"
        "Demand is growing.")
    assert has(rec, ms, "Rajesh Pillai", "Brest Marine SAS")
    assert has(rec, ms, "Thomas Chacko", "Lyon Textiles SARL")
    assert not has(rec, ms, "Brest Marine SAS", "Lyon Textiles SARL")


def test_present_at_all_three_meetings_joins_the_last_three_only(meet):
    rec, ms = meet(
        "Dr. Ritika Mehrotra met Mr. Kenta Aramaki of Nagoya Gears on Tuesday.\n\n"
        "Dr. Mehrotra then met Ms. Aiko Fujita of Sendai Optics. She also met Mr. Daiki Mori of Kobe Valves. "
        "She later met Mr. Sota Ueda of Osaka Cables.\n\n"
        "Shri Vinod Rawat was present at all three meetings.")
    assert has(rec, ms, "Vinod Rawat", "Sota Ueda")
    assert has(rec, ms, "Vinod Rawat", "Aiko Fujita")
    assert not has(rec, ms, "Vinod Rawat", "Kenta Aramaki")


def test_each_row_of_an_itinerary_table_is_an_engagement_of_its_own(meet):
    rec, ms = meet(
        "The Bihar delegation led by Shri Alok Ranjan Sinha, Minister for Industries, includes Smt. Kavita Jha, "
        "Director, Bihar Investment Board.\n\n"
        "Date | City | Engagement | Status\n"
        "9 Sep | Tokyo | Meeting with Tsuruga Bearings Co., Ltd. | Held\n"
        "10 Sep | Nagoya | Call on the Chubu Bureau of Economy, Trade and Industry | Held\n\n"
        "The state offers land at concessional rates.")
    assert has(rec, ms, "Alok Ranjan Sinha", "Tsuruga Bearings Co., Ltd.")
    assert not has(rec, ms, "Tsuruga Bearings Co., Ltd.", "Chubu Bureau of Economy, Trade and Industry")


def test_the_group_counted_by_its_members_is_the_delegation_later(meet):
    rec, ms = meet(
        "The eight-member group, headed by Ramesh Chandra Behera, commissioner of Jharkhand's Industries Department, "
        "called on Governor Haruto Sugiyama on Monday.\n\n"
        "The group later held talks with Oita Carbon Fibre Co. about a pilot plant.")
    assert has(rec, ms, "Ramesh Chandra Behera", "Oita Carbon Fibre Co.")


def test_a_company_group_is_no_delegation(meet):
    rec, ms = meet(
        "The eight-member group, headed by Ramesh Chandra Behera, commissioner of Jharkhand's Industries Department, "
        "called on Governor Haruto Sugiyama on Monday.\n\n"
        "Separately, the group of companies led by Mr. Kenta Aoki met Nagasaki Shipbuilding Co. on Tuesday.")
    assert not has(rec, ms, "Ramesh Chandra Behera", "Nagasaki Shipbuilding Co.")


def test_the_guests_received_by_the_hosts_met_them(meet):
    rec, ms = meet(
        "The plant was inaugurated by Shri Sanjay Kale, Minister of Industries, in the presence of Mr. LEE Dong-hyun, "
        "Consul General of Korea. The guests were received by Mr. Nikhil Gokhale, Managing Director of Sahyadri "
        "Castings Ltd.")
    assert has(rec, ms, "Sanjay Kale", "Nikhil Gokhale")
    assert has(rec, ms, "Lee Dong-hyun", "Sahyadri Castings Ltd.")


def test_the_speakers_listed_under_a_programme_heading_attended_the_event(meet):
    rec, ms = meet(
        "The Madras Chamber and the Korea Trade Centre jointly organised a seminar on auto components in Chennai "
        "on 4 March.\n\n"
        "PROGRAMME\n\n"
        "1. Welcome address - Mr. Arvind Subramanian, President, Madras Chamber\n"
        "2. Keynote - Mr. YOON Tae-ho, Executive Vice President, Hanra Motors Co., Ltd.\n\n"
        "Demand for components is growing.")
    assert has(rec, ms, "Arvind Subramanian", "Yoon Tae-ho")
    assert has(rec, ms, "Madras Chamber", "Hanra Motors Co., Ltd.")


def test_a_programme_heading_after_a_talk_with_no_event_adds_no_one(meet):
    rec, ms = meet(
        "Mr. Arvind Subramanian met Mr. YOON Tae-ho of Hanra Motors Co., Ltd. in Chennai on 4 March.\n\n"
        "PROGRAMME\n\n"
        "1. Plant tour - Ms. Kavitha Rao, Director, Sriperumbudur Auto Parks\n\n"
        "Demand for components is growing.")
    assert not has(rec, ms, "Kavitha Rao", "Yoon Tae-ho")


def test_the_buyers_and_firms_listed_as_taking_part_attended_the_meet(meet):
    rec, ms = meet(
        "Buyers from nine countries signed orders worth Rs 80 crore at a Buyer-Seller Meet organised by the "
        "Engineering Export Promotion Council (EEPC) in Coimbatore, which ended on Friday.\n\n"
        "It was inaugurated on Thursday by Tamil Nadu's Industries Minister, R. Selvakumar.\n\n"
        "Among the foreign buyers were:\n\n"
        "* Nairobi Pump Traders Ltd (Kenya)\n"
        "* Accra Motor Spares Ltd (Ghana)\n\n"
        "Tamil Nadu firms taking part included Kovai Pumps Pvt Ltd and Nilgiri Valves.")
    assert has(rec, ms, "R. Selvakumar", "Engineering Export Promotion Council")
    assert has(rec, ms, "Nairobi Pump Traders Ltd", "Kovai Pumps Pvt Ltd")
    assert has(rec, ms, "Accra Motor Spares Ltd", "Engineering Export Promotion Council")


def test_meetings_held_at_a_sourcing_meet_open_the_meet_for_who_came(meet):
    rec, ms = meet(
        "Twelve Korean suppliers held one-on-one meetings with Indian buyers at a sourcing meet organised by the "
        "Korea Trade-Investment Promotion Agency (KOTRA) in Pune on Tuesday.\n\n"
        "The meet was opened by Mr. Ravi Kulkarni, president of the Mahratta Chamber.\n\n"
        "The Korean participants included:\n\n"
        "- Kim Do-yun, general manager, Ulsan Gear Co., Ltd.\n"
        "- Lee Seo-yeon, sales director, Incheon Valve Corp.\n\n"
        "Demand is growing.")
    assert has(rec, ms, "Ravi Kulkarni", "Korea Trade-Investment Promotion Agency")
    assert has(rec, ms, "Kim Do-yun", "Korea Trade-Investment Promotion Agency")
    assert has(rec, ms, "Lee Seo-yeon", "Ravi Kulkarni")


def test_attendees_from_the_delegations_state_listed_under_a_heading_are_its_members(meet):
    rec, ms = meet(
        "The Kerala government delegation led by Industries Minister Shri P. K. Varghese began its visit to Korea.\n\n"
        "Attendees from Kerala:\n"
        "1. Shri P. K. Varghese, Minister for Industries\n"
        "2. Smt. Latha Menon, Managing Director, KSIDC\n\n"
        "In Busan, the delegation called on Mr. CHOI Woo-jin, Vice Mayor of Busan.")
    assert has(rec, ms, "Latha Menon", "Choi Woo-jin")


def test_attendees_from_the_other_side_are_no_members_of_the_delegation(meet):
    rec, ms = meet(
        "The Kerala government delegation led by Industries Minister Shri P. K. Varghese began its visit to Korea.\n\n"
        "Attendees from Korea:\n"
        "1. Mr. CHOI Woo-jin, Vice Mayor of Busan\n\n"
        "In Ulsan, the delegation called on Mr. KANG Min-ho, President of Ulsan Shipbuilding Co.")
    assert not has(rec, ms, "Choi Woo-jin", "Kang Min-ho")


def test_a_meeting_that_followed_with_a_company_is_the_delegations(meet):
    rec, ms = meet(
        "In Busan, the delegation led by Smt. Anita Sharma called on Mr. CHOI Woo-jin, Vice Mayor of Busan.\n\n"
        "A bilateral meeting followed with Geoje Marine Engines Co., Ltd., a maker of ship engines. "
        "Mr. PARK Ji-sung, President, and Mr. HAN Tae-woo, Director (Global Business), represented the company.")
    assert has(rec, ms, "Anita Sharma", "Geoje Marine Engines Co., Ltd.")
    assert has(rec, ms, "Anita Sharma", "Han Tae-woo")
    assert "Business" not in {e.name for e in rec.entities}


def test_separate_discussions_with_two_companies_are_two_meetings(meet):
    rec, ms = meet(
        "In the afternoon, Mr. Rohan Joshi held separate discussions with Okazaki Cable K.K. and Toyota Valve Inc. "
        "Toyota Valve, represented by its Director MORI Kazuki, makes valves for refineries.")
    assert has(rec, ms, "Rohan Joshi", "Okazaki Cable K.K.")
    assert has(rec, ms, "Rohan Joshi", "Toyota Valve Inc.")
    assert has(rec, ms, "Rohan Joshi", "Mori Kazuki")
    assert not has(rec, ms, "Okazaki Cable K.K.", "Toyota Valve Inc.")


def test_the_source_a_meeting_is_reported_according_to_is_no_participant(meet):
    rec, ms = meet(
        "The delegation led by Minister Ravi Solanki met Mr. ITO Kenji of Nagoya Gears on Monday, according to a "
        "statement issued by the Information Department.")
    assert has(rec, ms, "Ravi Solanki", "Ito Kenji")
    assert not has(rec, ms, "Ravi Solanki", "Information Department")


def test_meeting_one_body_and_visiting_another_are_two_engagements(meet):
    rec, ms = meet(
        "The delegation led by Shri Manoj Sahu will travel to Osaka on Day 3, where it is scheduled to meet the "
        "Osaka Chamber of Commerce and visit the Sakai plant of Izumi Glass Works.")
    assert has(rec, ms, "Manoj Sahu", "Osaka Chamber of Commerce")
    assert has(rec, ms, "Manoj Sahu", "Izumi Glass Works")
    assert not has(rec, ms, "Osaka Chamber of Commerce", "Izumi Glass Works")


def test_visiting_a_body_and_interacting_with_its_head_is_one_engagement(meet):
    rec, ms = meet(
        "The delegation led by Shri Manoj Sahu visited the campus of Kobe Institute of Technology and interacted "
        "with Prof. Hiroshi Endo, head of its robotics department.")
    assert has(rec, ms, "Hiroshi Endo", "Kobe Institute of Technology")


def test_the_people_around_the_table_were_at_the_session(meet):
    rec, ms = meet(
        "In the afternoon, the delegation led by Shri Manoj Sahu held a closed-door session at the Embassy of India. "
        "The session went on for over an hour. Around the table were Mr. ABE Kenta, Executive Officer, Yodogawa "
        "Metals K.K., and Ms. UENO Mai, Director, Kinki Chemicals Ltd.")
    assert has(rec, ms, "Manoj Sahu", "Abe Kenta")
    assert has(rec, ms, "Ueno Mai", "Embassy of India")


def test_a_photo_caption_showing_two_people_together_is_a_meeting(meet):
    rec, ms = meet(
        "The Minister spoke about the state's new textile policy at length.\n\n"
        "PHOTO: Minister Shri Arvind Kale with Mr. OGAWA Shun, President, Tottori Fibres Co., Ltd., in Tokyo. "
        "Shri Prakash Rane is also seen.")
    assert has(rec, ms, "Arvind Kale", "Ogawa Shun")
    assert has(rec, ms, "Prakash Rane", "Tottori Fibres Co., Ltd.")


def test_each_line_under_captions_is_a_caption(meet):
    rec, ms = meet(
        "The delegation returned on Friday.\n\n"
        "Captions:\n"
        "(1) Smt. Geeta Rawal, MD, RIICO, and Mr. Choi Jae-won of Ulsan Glass Co.\n"
        "(2) The delegation at the Ulsan plant.")
    assert has(rec, ms, "Geeta Rawal", "Choi Jae-won")


def test_a_caption_naming_one_person_is_no_meeting(meet):
    rec, ms = meet("The delegation returned on Friday.\n\nPHOTO: Shri Arvind Kale addressing the gathering in Tokyo.")
    assert len(ms) == 0


def test_the_people_on_the_dais_were_at_the_event(meet):
    rec, ms = meet(
        "The Chief Minister, Shri Vivek Thakur, addressed an investors' meet organised by the Japan Chamber of Commerce. "
        "On the dais (from left): Mr. HARA Shinji, Vice Chairman of the chamber; and Ambassador Shri Deepak Menon.")
    assert has(rec, ms, "Vivek Thakur", "Hara Shinji")
    assert has(rec, ms, "Deepak Menon", "Japan Chamber of Commerce")


def test_b2b_meetings_with_two_companies_are_one_with_each_and_keep_their_people(meet):
    rec, ms = meet(
        "The delegation led by Shri Vivek Thakur held one-on-one meetings with Mokpo Shipyard Co., Ltd., represented "
        "by its Vice President Mr. KANG Min-soo, and with Gwangju Bio Inc., whose CEO Dr. SEO Ji-yeon spoke of a lab.")
    assert has(rec, ms, "Vivek Thakur", "Kang Min-soo")
    assert has(rec, ms, "Vivek Thakur", "Seo Ji-yeon")
    assert not has(rec, ms, "Kang Min-soo", "Gwangju Bio Inc.")


def test_separate_discussions_after_an_event_are_a_meeting_of_their_own(meet):
    rec, ms = meet(
        "The Indo-German Chamber of Commerce hosted a roundtable on hydrogen in Pune on Monday, attended by "
        "Mr. Jonas Brandt of Elbe Kompressoren GmbH and Ms. Asha Kulkarni of Deccan Fuels Pvt. Ltd.\n\n"
        "After the roundtable, Elbe Kompressoren GmbH and Deccan Fuels Pvt. Ltd. held separate discussions on a pilot.")
    names = {e.key: e.name for e in rec.entities}
    assert {"Elbe Kompressoren GmbH", "Deccan Fuels Pvt. Ltd."} in [{names[k] for k in m.participants} for m in ms]


def test_the_moderator_and_the_giver_of_an_address_were_at_the_event(meet):
    rec, ms = meet(
        "The Indo-German Chamber of Commerce hosted a roundtable on hydrogen in Pune on Monday. "
        "A special address was delivered by Dr. Lukas Baer, Consul General of Germany in Mumbai.\n\n"
        "Moderator: Ms. Nandini Gokhale, Regional Director, IGCC")
    assert has(rec, ms, "Lukas Baer", "Indo-German Chamber of Commerce")
    assert has(rec, ms, "Nandini Gokhale", "Lukas Baer")


def test_who_put_questions_during_the_open_house_and_gave_the_vote_of_thanks_attended(meet):
    rec, ms = meet(
        "The Bengal Chamber on Monday organised an interactive session with H.E. Mr. Pavel Novak, Ambassador of the "
        "Czech Republic, in Kolkata.\n\n"
        "During the open house, the Ambassador took questions from member companies, including Mr. Arjun Bose, "
        "Director, Hooghly Jute Mills Ltd. Mr. Bose sought the Ambassador's help in meeting Czech machinery makers.\n\n"
        "Ms. Ruma Sen, Secretary General of the chamber, proposed the vote of thanks.")
    assert has(rec, ms, "Arjun Bose", "Bengal Chamber")
    assert has(rec, ms, "Ruma Sen", "Pavel Novak")


def test_a_standing_agreement_between_two_bodies_is_no_meeting(meet):
    rec, ms = meet("She said the Bengal Chamber and the Czech Chamber of Commerce have had a cooperation agreement since 2019.")
    assert not has(rec, ms, "Bengal Chamber", "Czech Chamber of Commerce")


def test_among_them_after_a_delegation_names_its_members(meet):
    rec, ms = meet(
        "The 30-member delegation from the Shikoku Economic Federation is led by its Vice Chairman Mr. ONO Taro. "
        "Among them are Mr. KUDO Ren, President of Kochi Port Logistics Co., Ltd.; and Ms. SAITO Mei, Director of "
        "Matsuyama Rubber K.K.\n\n"
        "On November 8, the delegation will visit the Hue Industrial Park Authority.")
    assert has(rec, ms, "Kudo Ren", "Hue Industrial Park Authority")


def test_member_companies_listed_under_a_head_travel_with_the_delegation(meet):
    rec, ms = meet(
        "The delegation was led by Chairman Shri Mohan Lal Jain and included Ms. Rupa Sen, Executive Director. "
        "Member companies were represented by:\n\n"
        "- Shri Ajay Goel, Managing Director, Asansol Castings Pvt. Ltd.\n"
        "- Ms. Tara Iyer, Director, Hosur Gears Ltd.\n\n"
        "On 13 March the team visited the plant of Kameoka Gear Co., Ltd., where its President, Mr. UEDA Ken, spoke.")
    assert has(rec, ms, "Ajay Goel", "Kameoka Gear Co., Ltd.")
    assert has(rec, ms, "Hosur Gears Ltd.", "Ueda Ken")


def test_the_delegation_hosted_at_an_embassy_is_the_travelling_delegation(meet):
    rec, ms = meet(
        "A 12-member Indian delegation led by Shri Rakesh Arora, Joint Secretary, is visiting Germany this week.\n\n"
        "On 8 October, Ambassador Shri Nitin Desai hosted the delegation at the Embassy for a business meet with "
        "Mr. Jens Vogel, Managing Director, Saxon Looms GmbH.")
    assert has(rec, ms, "Rakesh Arora", "Jens Vogel")


def test_the_team_at_a_company_is_the_companys_team(meet):
    rec, ms = meet(
        "A 12-member Indian delegation led by Shri Rakesh Arora, Joint Secretary, is visiting Germany this week.\n\n"
        "Mr. Jens Vogel and the team at Saxon Looms GmbH met Mr. Klaus Brandt of Hesse Spinning AG on Friday.")
    assert not has(rec, ms, "Rakesh Arora", "Klaus Brandt")


def test_spending_an_hour_with_someone_or_sitting_down_with_them_is_a_meeting(meet):
    rec, ms = meet(
        "In Amaravati, Mr. Lin Wei-ting spent an hour with Chief Minister Rama Krishna Naidu. "
        "At Sri City, Ms. Chang Mei-ling sat down with Karthik Rao, managing director of Krishna Circuits Pvt. Ltd.")
    assert has(rec, ms, "Lin Wei-ting", "Rama Krishna Naidu")
    assert has(rec, ms, "Chang Mei-ling", "Karthik Rao")


def test_it_included_after_a_delegation_sentence_names_its_members(meet):
    rec, ms = meet(
        "A 12-member delegation organised by the Taiwan Machinery Association spent five days in the state. "
        "Besides Mr. Wu Chia-hao, it included Ms. Lin Pei-yu, vice-president of Keelung Molding Co., Ltd.\n\n"
        "In Amaravati, the visitors spent an hour with Chief Minister Rama Krishna Naidu.")
    assert has(rec, ms, "Lin Pei-yu", "Rama Krishna Naidu")
    assert has(rec, ms, "Wu Chia-hao", "Rama Krishna Naidu")


def test_a_companys_own_team_is_not_the_delegation(meet):
    rec, ms = meet(
        "A 12-member delegation led by Mr. Wu Chia-hao visited Amaravati.\n\n"
        "Since the visit, officials of the Andhra Pradesh Economic Development Board have held weekly video calls with "
        "Keelung Molding Corporation's engineering team.")
    assert not has(rec, ms, "Wu Chia-hao", "Andhra Pradesh Economic Development Board")


def test_a_trip_someone_else_will_lead_is_a_group_of_its_own_for_that_sentence_only(meet):
    rec, ms = meet(
        "The Rajasthan delegation led by Shri Mahesh Bhati called on Mr. Faisal Al Harbi, Deputy Minister, on Monday. "
        "Mr. Al Harbi said he would lead a business delegation to Jaipur in October, where he is scheduled to meet "
        "officials of the Rajasthan Investment Board. Shri Rohit Meena was also part of the delegation.\n\n"
        "Later, the delegation held talks with the Federation of Saudi Chambers.")
    assert has(rec, ms, "Faisal Al Harbi", "Rajasthan Investment Board")
    assert not has(rec, ms, "Mahesh Bhati", "Rajasthan Investment Board")
    assert has(rec, ms, "Mahesh Bhati", "Federation of Saudi Chambers")
    assert not has(rec, ms, "Faisal Al Harbi", "Federation of Saudi Chambers")


def test_a_crowd_joined_to_the_delegation_by_and_is_not_its_members(meet):
    rec, ms = meet(
        "A business delegation from Ehime Prefecture led by Vice-Governor Mr. OKA Masato called on Chief Minister "
        "Shri Ravi Parmar on Monday.\n\n"
        "In the afternoon, the state organised a seminar attended by the delegation and over 100 representatives of "
        "local industry, including Chamber President Shri Alok Mehta.\n\n"
        "On Wednesday the delegation will call on Governor Shri Vinod Rao.")
    assert not has(rec, ms, "Alok Mehta", "Vinod Rao")
    assert has(rec, ms, "Oka Masato", "Vinod Rao")


def test_a_signing_by_one_named_body_is_completed_by_who_signed_it(meet):
    rec, ms = meet(
        "On the 10th, the delegation led by Vice Governor Mr. KANG Ho-jin paid a courtesy call on Mr. Suresh Varma, "
        "Minister for Industries.\n\n"
        "On the 11th, the province and the Kerala Maritime Board signed an MOU in Kochi. The MOU was signed by "
        "Vice Governor Kang and Ms. Anita Nair, Chief Executive Officer of the board.")
    assert has(rec, ms, "Kang Ho-jin", "Anita Nair")
    assert not has(rec, ms, "Suresh Varma", "Anita Nair")


def test_a_signing_told_on_another_day_is_not_part_of_the_meeting_before_it(meet):
    rec, ms = meet(
        "Dr. Ravi Menon met Mr. SUZUKI Kenta of Omi Steel Co., Ltd. in Osaka.\n\n"
        "On Tuesday, Mr. Arun Das and Ms. TANAKA Yui signed an agreement in Kobe.")
    assert has(rec, ms, "Arun Das", "Tanaka Yui")
    assert not has(rec, ms, "Ravi Menon", "Tanaka Yui")


def test_companies_on_the_mission_include_names_its_member_companies(meet):
    rec, ms = meet(
        "A trade mission led by Minister Sarah Doyle arrived in Raipur this week.\n\n"
        "On Tuesday, the delegation toured the coal washery of Mahanadi Minerals Pvt Ltd.\n\n"
        "Companies on the mission include Kalgoorlie Drill Data Pty Ltd and Esperance Pumps Pty Ltd.")
    assert has(rec, ms, "Kalgoorlie Drill Data Pty Ltd", "Mahanadi Minerals Pvt Ltd.")


def test_b2b_meetings_between_the_delegation_and_companies_including_some_are_one_with_each(meet):
    rec, ms = meet(
        "The visiting Rajasthan delegation led by Shri Mohan Lal Meena held a roundtable with the Perth chapter of "
        "the business council.\n\n"
        "**Speakers**\n"
        "1. Dr Nathan Cole, Deputy Director General, Department of Mines\n\n"
        "**Key takeaways**\n"
        "- Dr Cole highlighted the state strengths in lithium.\n\n"
        "**B2B meetings**\n"
        "Following the roundtable, the council facilitated 18 B2B meetings between the delegation and WA companies, "
        "including Kalgoorlie Rare Earths Pty Ltd and Esperance Lithium Ltd.")
    assert has(rec, ms, "Mohan Lal Meena", "Kalgoorlie Rare Earths Pty Ltd")
    assert not has(rec, ms, "Kalgoorlie Rare Earths Pty Ltd", "Esperance Lithium Ltd.")
    assert not has(rec, ms, "Nathan Cole", "Esperance Lithium Ltd.")


def test_a_counted_members_heading_lists_the_mission_and_numbered_headings_are_its_engagements(meet):
    rec, ms = meet(
        "Results of the Shiga Prefecture Economic Mission to Tamil Nadu\n\n"
        "3. Members (18 persons)\n"
        "- MIURA Aiko, Vice-Governor of Shiga Prefecture (Leader)\n"
        "- ONO Kenji, Director General, Commerce Department\n\n"
        "4. Main schedule and results\n\n"
        "(1) Courtesy call on the Chief Minister of Tamil Nadu (17 Nov, Chennai)\n"
        "Vice-Governor MIURA paid a courtesy call on Thiru K. Senthil Kumar, Chief Minister of Tamil Nadu.\n\n"
        "(2) Shiga-Tamil Nadu Business Seminar (18 Nov, Chennai)\n"
        "Co-organised with the Guidance Tamil Nadu agency and JETRO Chennai. Thiru R. Bala, Managing Director of the "
        "agency, presented the state's industrial policy.")
    assert has(rec, ms, "Ono Kenji", "JETRO Chennai")
    assert has(rec, ms, "Miura Aiko", "R. Bala")
    assert not has(rec, ms, "K. Senthil Kumar", "R. Bala")


def test_welcome_remarks_and_a_second_presenter_were_at_the_roundtable(meet):
    rec, ms = meet(
        "On 19 November, the Korea International Trade Association organised a business roundtable in Seoul, attended "
        "by about 25 Korean companies. Welcome remarks were delivered by Mr. HAN Ji-ho, Executive Vice President of "
        "the association. Dr. Pranav Das presented the state's investment policy, and Ms. Rupa Kakoti made a "
        "presentation on land parcels.")
    assert has(rec, ms, "Han Ji-ho", "Pranav Das")
    assert has(rec, ms, "Rupa Kakoti", "Korea International Trade Association")


def test_who_attended_mondays_meeting_was_at_the_meeting_told(meet):
    rec, ms = meet(
        "Fengyu chairman Lin Wei-jie met the state's minister, D. Ravi Kumar, at the Secretariat on Monday.\n\n"
        "Fengyu plans a joint venture with Kakatiya Boards Ltd, whose managing director Srinivas Goud also attended "
        "Monday's meeting.")
    assert has(rec, ms, "Srinivas Goud", "D. Ravi Kumar")


def test_someone_who_accompanied_the_delegation_is_one_of_it(meet):
    rec, ms = meet(
        "On Tuesday a 22-member delegation of the Taiwan Trade Council, led by its vice-president Chiang Mei-ling, held "
        "business meetings with the Federation of Telangana Chambers at HITEX.\n\n"
        "Tsai Wen-hao, director-general of the Taipei Economic and Cultural Center in Chennai, who accompanied the "
        "delegation, said firms were looking beyond assembly.")
    assert has(rec, ms, "Tsai Wen-hao", "Federation of Telangana Chambers")


def test_someone_who_accompanied_the_visitors_and_the_officials_who_made_presentations_were_at_the_meeting(meet):
    rec, ms = meet(
        "A delegation from Singapore met Telangana's Minister for Industries, K. Ramesh Rao, at the Secretariat on "
        "Tuesday.\n\n"
        "The delegation was led by Mr Daniel Koh Wei Liang, Regional Director, Enterprise Singapore. "
        "Singapore's Consul-General in Chennai, Mr Victor Tan Boon Hock, accompanied the visitors.\n\n"
        "Principal Secretary Meena Iyengar and S. Prakash, Managing Director of the state's infrastructure "
        "corporation, made presentations on the State's industrial parks.")
    assert has(rec, ms, "Victor Tan Boon Hock", "K. Ramesh Rao")
    assert has(rec, ms, "Meena Iyengar", "Daniel Koh Wei Liang")


def test_a_list_item_opening_with_the_bare_title_is_its_holder(meet):
    rec, ms = meet(
        "Ambassador Rohan Mehra visited Incheon on 8 September. Highlights of the visit are as follows:\n\n"
        "- Ambassador called on Mr. CHO Min-seok, Mayor of Incheon. They discussed port cooperation.\n"
        "- Ambassador visited the plant of Songdo Marine Co., Ltd., where its President, Mr. RYU Ha-jun, briefed him.")
    assert has(rec, ms, "Rohan Mehra", "Cho Min-seok")
    assert has(rec, ms, "Rohan Mehra", "Ryu Ha-jun")


def test_a_bare_title_before_another_name_is_that_persons_title(meet):
    rec, ms = meet(
        "Ambassador Rohan Mehra visited Incheon on 8 September.\n\n"
        "- Ambassador KANG Ji-hoon of Korea met Mr. CHO Min-seok, Mayor of Incheon.")
    assert not has(rec, ms, "Rohan Mehra", "Cho Min-seok")


def test_each_sides_list_under_from_headings_is_at_the_meeting(meet):
    rec, ms = meet(
        "At the House of German Business, the Federation of German Industries hosted a business roundtable on mobility.\n\n"
        "From the German side:\n"
        "- Mr. Jonas Richter, Member of the Executive Board, Federation of German Industries\n"
        "- Ms. Greta Albers, CEO, Havelland Robotik AG\n\n"
        "From Gujarat:\n"
        "- Shri Mahesh Patel, Minister for Industries\n\n"
        "Ms. Albers said her firm was looking for a site.")
    assert has(rec, ms, "Greta Albers", "Mahesh Patel")
    assert has(rec, ms, "Havelland Robotik AG", "Mahesh Patel")


def test_presenters_companies_and_their_audience_were_at_the_session(meet):
    rec, ms = meet(
        "On the margins of the talks, a B2B session organised by the Embassy of India in Vienna brought together Austrian "
        "suppliers and Indian railway bodies. Mr. Lukas Gruber, CEO, Donau Rail Systems GmbH, and Ms. Anna Berger, Sales "
        "Director, Alpen Signal AG, made presentations to officers of the Research Designs and Standards Organisation.")
    assert has(rec, ms, "Lukas Gruber", "Research Designs and Standards Organisation")
    assert has(rec, ms, "Alpen Signal AG", "Embassy of India in Vienna")


def test_a_webinar_reports_speaker_list_names_who_met_with_the_organisers(meet):
    rec, ms = meet("WEBINAR REPORT\n\nOrganised by: Directorate of Fisheries, Government of Odisha, in association with "
              "the Embassy of Norway in New Delhi\n\nBACKGROUND\n\nThe webinar was the second in a series on cold chains. "
              "More than 200 farmers joined online.\n\nSPEAKERS\n\n1. Dr. Meera Panda, Director of Fisheries, Odisha\n"
              "2. Mr. Lars Eide, Counsellor, Embassy of Norway\n3. Mr. Tor Vik, Vice President, Fjordkald AS\n\n"
              "The session was moderated by Dr. Ajit Sahu.")
    assert has(rec, ms, "Meera Panda", "Lars Eide")
    assert has(rec, ms, "Tor Vik", "Directorate of Fisheries")


def test_speakers_of_an_event_report_join_it_across_section_headings(meet):
    rec, ms = meet(
        "The Korea Trade Agency held the Busan Maritime Investment Roundtable in Seoul on 3 June. The roundtable was attended "
        "by a delegation from Gujarat headed by Mr. Rakesh Patel, Minister for Ports.\n\n1. Opening session\n"
        "KIM Dong-hyun, Vice President, Korea Trade Agency, delivered the opening address. Mr. Anil Bhatt, Deputy Chief of "
        "Mission, Embassy of India in Korea, also addressed the participants.\n\n2. Presentations\n"
        "Dr. Meena Desai, Principal Secretary, Ports and Transport Department, explained the state's incentives for shipyards.")
    assert has(rec, ms, "Rakesh Patel", "Kim Dong-hyun")
    assert has(rec, ms, "Anil Bhatt", "Meena Desai")


def test_an_event_before_which_a_meeting_was_held_is_not_that_meeting(meet):
    rec, ms = meet(
        "The Chiba Trade Office held an investment seminar in Chiba on 3 June, attended by Hanazono Foods Co., Ltd. "
        "and Mr. Suresh Nair, Minister for Industries, Kerala.\n\n"
        "Prior to the seminar, Governor Ito Jiro held a bilateral meeting with Mr. Suresh Nair.")
    assert has(rec, ms, "Ito Jiro", "Suresh Nair")
    assert not has(rec, ms, "Ito Jiro", "Hanazono Foods Co., Ltd.")


def test_the_company_is_the_last_company_not_a_board_named_since(meet):
    rec, ms = meet(
        "A team from Daehan Heavy Marine Co. met the state's Ports Minister, Mr. Sunil Rane, on Tuesday. "
        "The chief executive of the Konkan Maritime Board, Ms. Asha Kale, was present at the meeting. "
        "The company, which builds container ships at its yard in Geoje, was accompanied by Mr. Kim Yeon-woo, "
        "the Consul General of the Republic of Korea in Mumbai.")
    assert has(rec, ms, "Kim Yeon-woo", "Daehan Heavy Marine Co.")
    assert not has(rec, ms, "Kim Yeon-woo", "Konkan Maritime Board")


def test_the_company_of_a_disclosure_is_its_issuer_not_its_subsidiary(meet):
    rec, ms = meet(
        "Kisaragi Gear Co., Ltd. hereby announces that it signed an MoU with the Odisha Industrial Promotion Board. "
        "The Company has so far served Indian customers through its sales subsidiary, Kisaragi Gear India Pvt. Ltd. "
        "The MoU was signed by Ono Jiro, President of the Company, and Mr. R. K. Das, Chief Executive Officer of the board. "
        "The ceremony was also attended by Sato Ken, Senior Managing Executive Officer of the Company.")
    assert has(rec, ms, "R. K. Das", "Kisaragi Gear Co., Ltd.")
    assert not has(rec, ms, "R. K. Das", "Kisaragi Gear India Pvt. Ltd.")
    assert not has(rec, ms, "Sato Ken", "Kisaragi Gear India Pvt. Ltd.")


def test_the_state_side_named_after_a_meeting_attended_it(meet):
    rec, ms = meet(
        "JAIPUR, Dec 11: A delegation of Canadian mining companies led by Canada's Consul General, Ms. Claire Holt, met "
        "Rajasthan's Minister of Mines, Shri Mohan Lal Verma, at the Secretariat here on Tuesday.\n\n"
        "The visit was organised by the Canadian Trade Commissioner Service. The delegation included Mr. Liam Grant, "
        "Managing Director of Northern Rock Minerals Ltd, and representatives of Yukon Drilling Ltd.\n\n"
        "From the state side, Principal Secretary (Mines) Smt. Kavita Joshi and Director of Geology Shri Ramesh "
        "Purohit attended.")
    assert has(rec, ms, "Claire Holt", "Ramesh Purohit")


def test_the_participants_named_after_b2b_meetings_took_part_in_them(meet):
    rec, ms = meet(
        "In the afternoon, a delegation of 12 Italian small and medium enterprises, led by Mr. Paolo Ferri, Country "
        "Director, Italian Trade Agency, held more than 30 B2B meetings at the Technopark with members of the Kerala "
        "Small Industries Association (KSIA). Among the Italian participants were Brenta Valvole, a maker of industrial "
        "valves, and Lario Compositi SRL, which is looking for an Indian partner.")
    assert has(rec, ms, "Kerala Small Industries Association", "Lario Compositi SRL")


def test_a_counted_list_of_companies_after_a_signing_signed(meet):
    rec, ms = meet(
        "Three Japanese suppliers signed MoUs with the Government of Gujarat on Wednesday. "
        "The MoUs were signed in Gandhinagar in the presence of Chief Minister Jayesh Parmar. Ms. Nita Shah, "
        "Principal Secretary, signed on behalf of the state. The three companies are:\n\n"
        "1. Tomoe Kasei Co., Ltd. – battery trays\n2. Kurama Seimitsu K.K. – gears\n3. Hotaka Seat Corporation – seat frames")
    assert has(rec, ms, "Jayesh Parmar", "Kurama Seimitsu K.K.")


def test_a_states_subsidiary_is_not_its_parent(meet):
    rec, ms = meet(
        "Mr. Sato Ken, Managing Director of Hayabusa Motor Gujarat Pvt. Ltd., attended the ceremony. Earlier in the day, "
        "Hayabusa Motor Corporation President Mr. Ueda Jun called on Chief Minister Jayesh Parmar.")
    assert has(rec, ms, "Jayesh Parmar", "Hayabusa Motor Corporation")
    assert "Hayabusa Motor Gujarat Pvt. Ltd." in {e.name for e in rec.entities}


def test_speakers_in_a_timed_programme_of_an_event_report_met(meet):
    rec, ms = meet(
        "EVENT REPORT\n\nIndia–Korea Business Meet with the Busan SME Delegation\n\nPROGRAMME\n\n"
        "10:00 – Registration\n10:30 – Welcome address: Shri Ketan Modi, President, Surat Chamber of Commerce\n"
        "10:45 – Address by Mr. Lee Jae-sung, Leader of the Delegation\n12:00 – Lunch\n\nHIGHLIGHTS\n\n"
        "The programme drew over 100 participants from industry.")
    assert has(rec, ms, "Ketan Modi", "Lee Jae-sung")


def test_each_item_under_among_them_after_b2b_meetings_is_one_meeting(meet):
    rec, ms = meet(
        "About 40 pre-scheduled B2B meetings were held in the afternoon. Among them:\n\n"
        "1. Kaede Gear Co., Ltd., a maker of gears, with Rajkot-based Meghdoot Castings Pvt. Ltd. on machining.\n"
        "2. Hoshizora Optics Inc. with Surat-based Tapti Glassworks Pvt. Ltd. on coated lenses.\n")
    assert has(rec, ms, "Kaede Gear Co., Ltd.", "Meghdoot Castings Pvt. Ltd.")
    assert not has(rec, ms, "Kaede Gear Co., Ltd.", "Tapti Glassworks Pvt. Ltd.")


def test_each_row_of_a_table_of_mous_is_a_signing_and_the_witnesses_saw_each(meet):
    rec, ms = meet(
        "MoUs exchanged on 11 March 2025:\n\n"
        "| No. | Foreign partner | State partner | Project |\n|---|---|---|---|\n"
        "| 1 | Raffles Cold Chain Pte. Ltd. | Coastal Investment Board | Cold storage |\n"
        "| 2 | Orchid Data Parks Pte Ltd | State Electronics Corporation | Data centre |\n\n"
        "The MoUs were exchanged in the presence of Industries Minister Shri Ravi Shankar Rao.")
    assert has(rec, ms, "Raffles Cold Chain Pte. Ltd.", "Coastal Investment Board")
    assert has(rec, ms, "Ravi Shankar Rao", "Raffles Cold Chain Pte. Ltd.")
    assert not has(rec, ms, "Raffles Cold Chain Pte. Ltd.", "State Electronics Corporation")


def test_a_roundtable_co_hosted_with_bodies_is_an_event_of_its_own(meet):
    rec, ms = meet(
        "On Monday, the delegation led by Minister Shri Ravi Shankar Rao held a meeting with Ms. Grace Tan, Director, "
        "Enterprise Singapore. In the evening, a CEO Roundtable on Ports and Logistics was co-hosted with the Singapore "
        "Logistics Association and the Marina Business Chamber.")
    assert has(rec, ms, "Ravi Shankar Rao", "Marina Business Chamber")
    assert not has(rec, ms, "Grace Tan", "Marina Business Chamber")


@pytest.mark.parametrize("name", ["PLANNED_RE", "_EVENT_REFERENCE_RE", "_EVENT_NOUN_RE", "_DEFINITE_EVENT_RE"])
def test_a_pattern_searched_in_lower_case_text_holds_no_capital_letter(name):
    """Its case-sensitive copy is searched in the lower-cased sentence (ASCII only): no capital, no inline flag."""
    import re

    from graphkit import meetings

    pattern = getattr(meetings, name)
    bare = re.sub(r"\\.", "", pattern.pattern)  # escapes (\b, \s, \w) aside
    assert pattern.flags & re.I and not re.search(r"[A-Z]|\(\?[a-zA-Z-]+[:)]", bare)
    folded = re.compile(pattern.pattern)
    for text in ("The Minister WILL VISIT Pune next week.", "Dates to be Finalised", "The Ceremony was attended by X."):
        assert (pattern.search(text) is None) == (folded.search(text.lower()) is None)


def test_a_team_from_another_body_is_not_the_delegation_already_told(meet):
    rec, ms = meet(
        "TOKYO: A delegation led by Bihar's Tourism Minister Shri Nitin Prasad met officials of Kiri Airways Co., Ltd. "
        "on Tuesday.\n\nA team from Sakura Air Co., Ltd. is expected to visit Gaya airport in November to assess "
        "ground-handling facilities with officials of the Airports Authority of India (AAI).")
    assert not has(rec, ms, "Nitin Prasad", "Airports Authority of India")


def test_the_dcm_is_the_deputy_chief_of_mission_the_story_named(meet):
    rec, ms = meet(
        "Deputy Chief of Mission Smt. Rekha Menon called on Mr. Ueno Taro, Vice-Governor of Shizuoka Prefecture, in "
        "Shizuoka on 10 October.\n\nDuring the visit, the DCM also toured the plant of machine-tool maker Tenryu Seiki "
        "Co., Ltd. and held discussions with its President, Mr. Arai Ken.")
    assert has(rec, ms, "Rekha Menon", "Tenryu Seiki Co., Ltd.")


def test_a_delegation_a_later_item_brings_is_not_at_an_earlier_meeting(meet):
    rec, ms = meet(
        "DCM CALLS ON VICE-GOVERNOR\n\nDeputy Chief of Mission Smt. Rekha Menon called on Mr. Ueno Taro, Vice-Governor "
        "of Shizuoka Prefecture, in Shizuoka on 10 October. They discussed the plans of Shizuoka-based companies in "
        "Gujarat.\n\nDuring the visit, the DCM also toured the plant of Tenryu Seiki Co., Ltd. and held discussions "
        "with its President, Mr. Arai Ken, who is considering a service centre in Ahmedabad. The company already "
        "employs 40 people in India.\n\nThe state will hold a roadshow in Tokyo next month. Its exporters' council "
        "expects a record turnout. A delegation led by Shri Mohan Patel, Minister "
        "of Industries, Gujarat, will meet the Japan Bank for International Cooperation (JBIC) during the visit.")
    assert not has(rec, ms, "Mohan Patel", "Ueno Taro")


def test_a_numbered_heading_of_a_japanese_report_ends_at_its_line_break(meet):
    rec, ms = meet(
        "PRESS RELEASE\nShizuoka Prefectural Government\n\nVice-Governor SATO Ken leads Shizuoka mission to Goa\n\n"
        "1. Mission members (5 persons)\n\u30fbSATO Ken, Vice-Governor of Shizuoka Prefecture (Head of Mission)\n"
        "\u30fbONO Jiro, President, Fuji Valve Co., Ltd.\n\n2. Main activities\n\n"
        "(1) October 14 (Tue): Courtesy call on the Government of Goa\nVice-Governor SATO called on Mr. R. K. Naik, "
        "Minister for Industries, Government of Goa, at the Secretariat.\n\n"
        "(2) October 15 (Wed): Visit to the Goa Institute of Technology\nThe mission visited the campus and exchanged "
        "views with Prof. Anil Kamat.")
    assert "Goa Institute of Technology" in {e.name for e in rec.entities}
    assert has(rec, ms, "Sato Ken", "Goa Institute of Technology")


def test_someone_who_accompanied_the_minister_was_at_the_call_just_told(meet):
    rec, ms = meet(
        "Shri K. Mohan, Minister for Industries, Government of Kerala, visited Dubai from 11 to 13 November.\n\n"
        "On 11 November, the Minister paid a courtesy call on H.E. Saeed Al Nuaimi, Assistant Undersecretary, UAE "
        "Ministry of Economy. Consul General Shri Vivek Rao accompanied the Minister.")
    assert has(rec, ms, "Vivek Rao", "Saeed Al Nuaimi")


def test_speakers_right_after_an_interaction_were_at_it(meet):
    rec, ms = meet(
        "The same evening, the Consulate hosted an interaction between the Goa delegation led by Minister Shri Ramesh "
        "Naik and members of the Indian Business Council (IBC) at the Consulate premises. About 70 business leaders "
        "attended. IBC Chairman Mr. Joseph Dsouza and Dr. Faisal Rahman, Chairman of Al Noor Hospitals Group, spoke on "
        "Gulf investors' interest in hospitals and warehousing in Goa.")
    assert has(rec, ms, "Ramesh Naik", "Faisal Rahman")


def test_parties_of_b2b_sessions_during_a_forum_were_at_the_forum(meet):
    rec, ms = meet(
        "OSAKA, 3 March 2025 -- The Japan-India Food Forum, held today at the Osaka Chamber of Commerce and Industry, "
        "was attended by Mr. Kenji Ueno, Director, Kansai Bureau of Economy, and Dr. Meera Pillai, Director, Spices Board.\n\n"
        "During the B2B sessions, Malabar Spice Exports Pvt. Ltd. signed a supply agreement with Naniwa Foods K.K. "
        "The agreement was signed by Malabar Spice Managing Director Jacob Varghese and Naniwa President Taro Hoshino.")
    assert has(rec, ms, "Kenji Ueno", "Jacob Varghese")
    assert has(rec, ms, "Jacob Varghese", "Taro Hoshino")


def test_people_among_the_members_of_a_mission_meet_whom_it_met(meet):
    rec, ms = meet(
        "A 20-member trade delegation from Tamil Nadu returned from Thailand this week.\n\n"
        "The mission was led by chamber president Arun Natarajan. Among the members were Kavitha Raman, managing "
        "director of Kovai Yarns Ltd, and Suresh Babu, a director of Tiruppur Knits Pvt Ltd.\n\n"
        "On May 2, the delegation met the leadership of the Thai Garment Manufacturers Association in Bangkok.")
    assert has(rec, ms, "Kavitha Raman", "Thai Garment Manufacturers Association")



def test_the_body_a_visiting_leader_held_talks_with_is_no_companion(meet):
    rec, ms = meet(
        "Punjab Chief Minister Shri Harpal Singh Gill, who is on a three-day visit to Seoul, held a roundtable on Monday "
        "with the Korea International Trade Association (KITA), chaired by KITA Chairman Mr. Lee Dong-won. The Chief "
        "Minister was accompanied by Industries Minister Shri Tarun Bedi.\n\n"
        "On Tuesday, the delegation visited the Pangyo Techno Valley, where Mr. Choi Min-ho of Gyeonggi Province briefed "
        "the Chief Minister.")
    assert has(rec, ms, "Tarun Bedi", "Choi Min-ho")
    assert not has(rec, ms, "Lee Dong-won", "Choi Min-ho")


def test_a_title_witnessing_a_table_of_signings_is_at_each_signing(meet):
    rec, ms = meet(
        "Punjab Chief Minister Shri Harpal Singh Gill visited Seoul on Monday.\n\n"
        "In the presence of the Chief Minister, two MoUs were then exchanged between Korean companies and Punjab "
        "Government agencies:\n\n"
        "| No. | Company | Punjab signatory |\n|---|---|---|\n"
        "| 1 | Hanbit Foods Co., Ltd. | Invest Punjab |\n"
        "| 2 | Daeil Motors Co., Ltd. | Punjab Small Industries and Export Corporation |\n")
    assert has(rec, ms, "Harpal Singh Gill", "Hanbit Foods Co., Ltd.")
    assert has(rec, ms, "Harpal Singh Gill", "Daeil Motors Co., Ltd.")


def test_another_bodys_mission_is_not_the_delegation_told(meet):
    rec, ms = meet(
        "Punjab Chief Minister Shri Harpal Singh Gill led a delegation to Seoul. The delegation met the Korea "
        "Chamber of Commerce and Industry (KCCI) on Monday.\n\n"
        "A KCCI business mission will visit Punjab in March to meet Invest Punjab.")
    assert not has(rec, ms, "Harpal Singh Gill", "Invest Punjab")


def test_a_leader_on_a_visit_is_the_team_that_met_later(meet):
    rec, ms = meet(
        "Industries Minister K. Suresh, who is on a five-day visit to the UAE, held talks with the UAE Minister of State "
        "for Foreign Trade, H.E. Omar Al Suwaidi, in Abu Dhabi on Tuesday.\n\n"
        "Later on Tuesday, the Kerala team met officials of the Abu Dhabi Investment Office (ADIO).")
    assert has(rec, ms, "K. Suresh", "Abu Dhabi Investment Office")
    assert not has(rec, ms, "Omar Al Suwaidi", "Abu Dhabi Investment Office")


def test_speakers_who_opened_or_addressed_an_event_were_at_it(meet):
    rec, ms = meet(
        "PATNA, 3 March 2025: The state Agriculture Department and the Spices Board held an International Buyer-Seller "
        "Meet at Bapu Sabhagar here.\n\n"
        "Eleven importers from Qatar and Oman met around 70 producer organisations, among them Mr. Saif Al Marri, "
        "Director, Doha Fresh Foods LLC.\n\n"
        "Inaugurating the meet, Agriculture Minister Shri Mohan Prasad Singh said the state grows most of the country's "
        "makhana. Agriculture Secretary Shri Vinod Jha also addressed the buyers.")
    assert has(rec, ms, "Mohan Prasad Singh", "Saif Al Marri")
    assert has(rec, ms, "Vinod Jha", "Doha Fresh Foods LLC")


def test_the_points_a_meeting_agreed_are_not_its_attendees(meet):
    rec, ms = meet(
        "Mumbai, 4 March 2025: A delegation of Japanese aerospace companies, led by Mr. SATO Ken, called on Industries "
        "Minister Shri Anil Patwardhan at Mantralaya on Monday.\n\n"
        "Important points of the meeting:\n"
        "1. The Maharashtra Industrial Development Corporation (MIDC) to identify 100 acres at Chakan for a supplier park.\n"
        "2. A joint task force of the Industries Department and the Consulate-General of Japan to follow up on proposals.\n")
    assert has(rec, ms, "Sato Ken", "Anil Patwardhan")
    assert not has(rec, ms, "Sato Ken", "Maharashtra Industrial Development Corporation")


def test_those_present_at_minuted_meeting_met(meet):
    rec, ms = meet(
        "GOVERNMENT OF KERALA\nINDUSTRIES DEPARTMENT\n\n"
        "Minutes of the review meeting on industrial corridors, chaired by the Chief Secretary to Government, held on "
        "11.02.2025 in the Chief Secretary's Conference Hall.\n\n"
        "Present:\n\n"
        "1. Shri V. Raghavan, I.A.S., Chief Secretary to Government - in the Chair\n"
        "2. Smt. K. Meera Nair, I.A.S., Principal Secretary, Industries Department\n"
        "3. Shri T. Joseph, Managing Director, Kerala State Industrial Development Corporation (KSIDC)\n\n"
        "The Chief Secretary welcomed the officers and reviewed the progress of the items listed below.")
    assert has(rec, ms, "V. Raghavan", "K. Meera Nair")
    assert has(rec, ms, "K. Meera Nair", "T. Joseph")


def test_the_bodies_an_event_brought_together_were_at_it(meet):
    rec, ms = meet(
        "On 11 July, the Ambassador took part in a roundtable on ports and logistics at the Kamarajar Port Authority (KPA), "
        "chaired by the KPA Chairperson, Dr. R. Kavitha. It brought together the Tamil Nadu Maritime Board (TNMB) and "
        "Cochin Shipyard Limited (CSL).")
    assert has(rec, ms, "R. Kavitha", "Cochin Shipyard Limited")


def test_a_business_delegation_of_another_body_is_not_the_delegation_told(meet):
    rec, ms = meet(
        "A delegation of the Government of Punjab led by Industries Minister Shri Harpal Singh Gill visited Seoul. "
        "The delegation comprised Smt. Neha Bedi, Principal Secretary, and Shri Karan Sodhi, CEO, Invest Punjab.\n\n"
        "On 12 November, the delegation called on the Korea Trade-Investment Promotion Agency (KOTRA).\n\n"
        "As a follow-up, a business delegation of the Gyeonggi Economic Federation will visit Chandigarh in January 2026 "
        "to meet Invest Punjab officials.")
    assert not has(rec, ms, "Neha Bedi", "Gyeonggi Economic Federation")


def test_participants_from_one_side_after_an_event_were_at_it(meet):
    rec, ms = meet(
        "The round table, chaired by Higher Education Minister Rakesh Dhull, was attended by Prof. Sunil Kaushik, "
        "Chairman of the council, and Prof. Anita Bhatia, Vice-Chancellor, Chaudhary Devi Lal University.\n\n"
        "From Korea, the participants included Dr. KANG Min-seok, President of Busan Haneul University, and Ms. LEE "
        "Ha-eun, Vice-President of Jeonju Sol University.")
    assert has(rec, ms, "Rakesh Dhull", "Kang Min-seok")


def test_a_list_under_the_group_tells_the_groups_engagements(meet):
    rec, ms = meet(
        "A delegation of 15 students and two faculty members from Chandigarh University, led by Prof. Harpreet Sandhu, "
        "visited Kanazawa from May 2 to May 9.\n\n"
        "During the programme, the students:\n\n"
        "1. toured the factory of Hokuriku Seiki Co., Ltd., where Executive Officer Mr. NODA Ken explained its robots; and\n"
        "2. paid a courtesy visit to the Ishikawa Prefectural Government, where Ms. OKADA Yumi briefed them.\n")
    assert has(rec, ms, "Harpreet Sandhu", "Noda Ken")
    assert has(rec, ms, "Harpreet Sandhu", "Okada Yumi")


def test_the_host_of_a_courtesy_call_received_met_the_callers(meet):
    rec, ms = meet("Governor OKAMURA Tetsuo received a courtesy call today from a delegation of the Government of Kerala, "
                   "led by Hon. Shri P. Rajendran, Minister for Industries.")
    assert has(rec, ms, "Okamura Tetsuo", "P. Rajendran")


def test_the_people_of_an_attendance_list_were_at_the_call_told_before_it(meet):
    rec, ms = meet(
        "Governor OKAMURA Tetsuo received a courtesy call today from a delegation of the Government of Kerala.\n\n"
        "1. Date and time\n   Monday, 3 March 2025, 10:00-10:30\n\n"
        "2. Visitors\n"
        "   - Shri P. Rajendran, Minister for Industries, Government of Kerala\n"
        "   - Dr. Meera Pillai, Principal Secretary, Industries Department\n\n"
        "3. Shiga Prefecture\n"
        "   - Governor OKAMURA Tetsuo\n"
        "   - NISHIDA Aya, Director-General, Commerce Bureau\n\n"
        "4. Main points\n   The Governor introduced the prefecture's industries.\n")
    assert has(rec, ms, "Okamura Tetsuo", "Meera Pillai")
    assert has(rec, ms, "P. Rajendran", "Nishida Aya")


def test_a_side_heading_names_who_attended_a_call_announced_as_follows(meet):
    rec, ms = meet(
        "The Minister for Industries of Kerala and his party will make a courtesy call to the Vice-Governor as follows.\n\n"
        "1 Visitors\n"
        "  (1) Shri P. Rajendran, Minister for Industries, Government of Kerala\n"
        "  (2) Dr. Meera Pillai, Principal Secretary, Industries Department\n\n"
        "2 Shiga Prefecture side\n"
        "  Vice-Governor NISHIDA Aya\n"
        "  Director General of Commerce Bureau MORI Ken\n")
    assert has(rec, ms, "Meera Pillai", "Nishida Aya")


def test_one_sides_officials_who_attended_were_at_the_call_just_told(meet):
    rec, ms = meet(
        "Mayor OKADA Shun received a courtesy call from Shri Ravi Menon, Minister for Ports, Government of Goa.\n\n"
        "On the City side, Mr. SATO Ken, Director General of the Economic Bureau, and Ms. ITO Mai, Director General of "
        "the Port Bureau, attended.")
    assert has(rec, ms, "Ravi Menon", "Sato Ken")
    assert has(rec, ms, "Okada Shun", "Ito Mai")


def test_a_list_item_where_a_host_showed_the_delegation_round_is_its_engagement(meet):
    rec, ms = meet(
        "A six-member delegation from the State of Assam stayed in our city on 4 and 5 June. The group was led by "
        "Shri Dilip Baruah, Principal Secretary, Industries Department, and included Smt. Rina Gogoi, Managing "
        "Director of the Assam Industrial Development Corporation.\n\n"
        "\u25b6 Programme highlights\n"
        "\u30fbMinato Kiko Co., Ltd.: Managing Director Mr. Kenta Aramaki guided the delegation through the assembly line.\n"
        "\u30fbEvening exchange: members of the city's chamber welcomed the group at a dinner.\n")
    assert has(rec, ms, "Dilip Baruah", "Kenta Aramaki")
    assert has(rec, ms, "Rina Gogoi", "Minato Kiko Co., Ltd.")


def test_a_bracketed_participants_heading_lists_who_attended_the_call(meet):
    rec, ms = meet(
        "On Thursday, Mr. P. Rajendran, Minister for Industries of Kerala, paid a courtesy call on Vice-Governor "
        "NISHIDA Aya at the prefectural office.\n\n"
        "\u3010Participants\u3011\n"
        "(Kerala) Minister P. Rajendran; Dr. Meera Pillai, Principal Secretary (Industries)\n"
        "(Shiga) Vice-Governor NISHIDA Aya; MORI Ken, Director-General, Commerce Bureau\n")
    assert has(rec, ms, "Meera Pillai", "Mori Ken")


def test_thanking_a_visitor_for_visiting_a_company_tells_that_visit(meet):
    rec, ms = meet(
        "Minister P. Rajendran of Kerala paid a courtesy call on Vice-Governor NISHIDA Aya on Monday.\n\n"
        "Vice-Governor Nishida thanked the Minister for visiting Biwako Optics Co., Ltd., a maker of lenses, on Saturday.")
    assert has(rec, ms, "P. Rajendran", "Biwako Optics Co., Ltd.")
    assert not has(rec, ms, "Nishida Aya", "Biwako Optics Co., Ltd.")


def test_an_itinerary_line_with_a_weekday_is_the_visiting_sides_engagement(meet):
    rec, ms = meet(
        "Mr. P. Rajendran, Minister for Industries of Kerala, paid a courtesy call on Vice-Governor NISHIDA Aya on 20 "
        "February.\n\n"
        "Other schedule of the Minister:\n"
        "\u30fbFebruary 19 (Wed): Visit to the Otsu Institute of Photonics; exchange of views with Dr. HARA Jun, Director.\n")
    assert has(rec, ms, "P. Rajendran", "Hara Jun")


def test_the_group_a_company_belongs_to_is_not_the_delegation(meet):
    rec, ms = meet(
        "A delegation led by Industries Minister Anil Desai met Hyosung Heavy's chief executive Lee Jae-won in Seoul.\n\n"
        "In May last year, Kim Tae-ho, chairman of Daesan Motors, had met then minister Ravi Kale in Mumbai, but the "
        "talks stalled after the group put its expansion on hold.")
    assert not has(rec, ms, "Kim Tae-ho", "Anil Desai")


def test_a_list_of_mous_after_their_ceremony_was_signed_before_its_witnesses(meet):
    rec, ms = meet(
        "Nine MoUs were exchanged at the Exhibition Ground today in the presence of Chief Minister Shri Arvind Lal.\n\n"
        "On behalf of the State Government, the MoUs were signed by Shri Mohan Das, Principal Secretary, Industries.\n\n"
        "MoUs with overseas investors:\n\n"
        "1. Nagara Resins Co., Ltd. (Japan) - resin plant at Haldia. Signed by Mr. ONO Taku, Managing Director.\n"
        "2. Busan Marine Co., Ltd. (Korea) - ship repair yard. Signed by Mr. KIM Jae-sung, Vice President.\n")
    assert has(rec, ms, "Arvind Lal", "Ono Taku")
    assert has(rec, ms, "Mohan Das", "Busan Marine Co., Ltd.")


def test_mous_signed_at_an_earlier_edition_are_not_at_this_event(meet):
    rec, ms = meet(
        "Twelve MoUs were exchanged at the Global Investors Conclave today in the presence of Chief Minister Shri Arvind "
        "Lal and Industries Minister Smt. Neha Rao.\n\n"
        "Companies that had signed MoUs at the 2021 edition of the conclave, such as Ganga Alloys Ltd and Tapti Foods "
        "Ltd, have begun production, the Chief Minister noted.")
    assert not has(rec, ms, "Arvind Lal", "Ganga Alloys Ltd")


def test_a_review_someone_will_chair_is_no_part_of_the_event_it_reviews(meet):
    rec, ms = meet(
        "Industries Minister Smt. Neha Rao held talks with the Federation of Busan Industries delegation at the "
        "conclave on Tuesday.\n\n"
        "Chief Secretary Shri Vinod Sen will chair the first review of all MoUs signed at the conclave on 20 February.")
    assert not has(rec, ms, "Neha Rao", "Vinod Sen")


def test_one_to_one_meetings_with_one_person_and_with_another_are_two_meetings(meet):
    rec, ms = meet(
        "After the ceremony, the Chief Minister Shri Arvind Lal held one-to-one meetings with Mr. Omar Al Falasi and "
        "with Mr. PARK Ji-hoon of Hanbit Shipbuilding Co., Ltd.")
    assert has(rec, ms, "Arvind Lal", "Omar Al Falasi")
    assert has(rec, ms, "Arvind Lal", "Park Ji-hoon")
    assert not has(rec, ms, "Omar Al Falasi", "Park Ji-hoon")


def test_those_present_under_each_sides_heading_in_minutes_met(meet):
    rec, ms = meet(
        "RECORD NOTE OF DISCUSSIONS\n"
        "5th Quarterly Project Review Meeting - Pune Metro Line 2\n\n"
        "Date  : 4 March 2025\n"
        "Chair : Shri Anil Kadam, Managing Director, Pune Metro Rail Corporation\n\n"
        "Present:\n\n"
        "Pune Metro Rail Corporation\n"
        "  - Smt. Rekha Joshi, Director (Projects)\n"
        "  - Shri Vivek Patil, Director (Finance)\n\n"
        "Asian Development Bank\n"
        "  - Mr. Daniel Reyes, Principal Transport Specialist\n\n"
        "1. Opening remarks\nThe Chair welcomed the participants.\n")
    assert has(rec, ms, "Rekha Joshi", "Daniel Reyes")
    assert has(rec, ms, "Anil Kadam", "Daniel Reyes")
    assert has(rec, ms, "Vivek Patil", "Asian Development Bank")


def test_the_honble_minister_is_the_minister_of_a_listed_portfolio(meet):
    rec, ms = meet(
        "The Hon'ble Minister for Industries, Investment Promotion and Commerce, Thiru K. Velmurugan, is leading a "
        "delegation to the Republic of Korea.\n\n"
        "The Hon'ble Minister also called on Mr. BAE Jin-ho, Vice Chairman, Korea Machinery Association, on Tuesday.")
    assert has(rec, ms, "K. Velmurugan", "Bae Jin-ho")



def test_the_body_a_text_named_is_meant_by_its_head_word(meet):
    rec, ms = meet(
        "The Indo-Finnish Chamber of Commerce is organising a business delegation to Kerala in March.\n\n"
        "A preparatory meeting between the Chamber and Shri Arun Menon, Executive Director of the Kerala Industrial "
        "Corridor Development Corporation, was held in Kochi on 28 November.")
    assert has(rec, ms, "Arun Menon", "Indo-Finnish Chamber of Commerce")


def test_those_who_opened_a_festival_together_met_at_it(meet):
    rec, ms = meet(
        "The festival, organised by the Tourism Department of Sikkim, was opened by the Tourism Minister, Shri Karma "
        "Dorjee Bhutia, and Thailand's Consul General in Kolkata, Mr. Somchai Wongsa.")
    assert has(rec, ms, "Karma Dorjee Bhutia", "Somchai Wongsa")


def test_a_plant_opened_by_one_minister_is_no_meeting(meet):
    rec, ms = meet("The plant of Teesta Foods Pvt. Ltd. was inaugurated by Chief Minister Shri Karma Dorjee Bhutia on Monday.")
    assert not has(rec, ms, "Karma Dorjee Bhutia", "Teesta Foods Pvt. Ltd.")


def test_the_visitors_named_after_among_the_visitors_were_are_the_group(meet):
    rec, ms = meet(
        "A group of nine Japanese suppliers, brought to India by JETRO, toured the Ghiloth park on Tuesday. RIICO's Unit "
        "Head, Rohit Sharma, walked the group through the plots. Among the visitors were Takeda Rubber Works and Hoshi "
        "Plating Co., Ltd.\n\n"
        "The group then visited the plant of Sakura Motor India Pvt. Ltd., where Mr. ONO Taku briefed them.")
    assert has(rec, ms, "Ono Taku", "Hoshi Plating Co., Ltd.")


def test_a_delegation_of_firms_of_several_trades_is_led_by_whom_it_names(meet):
    rec, ms = meet(
        "A delegation of Norwegian shipping, fisheries and logistics companies, led by Mr. Erik Dahl, arrived in Kochi "
        "on Monday.\n\nOn Tuesday, the delegation met Kerala Industries Minister Smt. Leela Menon."
    )
    assert has(rec, ms, "Erik Dahl", "Leela Menon")


def test_members_listed_after_the_delegation_included_with_a_colon_are_the_delegation(meet):
    rec, ms = meet(
        "A delegation led by Mr. Tomas Berg arrived in Pune on Friday.\n\n"
        "The delegation included senior executives of two Swedish companies, who will set up plants in the state:\n\n"
        "- Ms. Anna Lind, President, Nordvik Pumps AB; and\n"
        "- Mr. Olof Strand, Director, Berglund Valves AB.\n\n"
        "On Saturday, the delegation called on Industries Minister Shri Ravi Kant."
    )
    assert has(rec, ms, "Anna Lind", "Ravi Kant")
    assert has(rec, ms, "Olof Strand", "Tomas Berg")


def test_firms_named_right_after_talks_with_them_met_the_host(meet):
    rec, ms = meet(
        "Three Japanese firms agreed on Tuesday to hire 300 nurses from Kerala, after their representatives held talks "
        "with state labour minister Rekha Pillai.\n\n"
        "The firms – Hinode Kaigo K.K., Sakuragawa Medical Corporation and Tsukushi Care Inc. – were represented by "
        "Naoki Ikeda, Mao Sugita and Riku Arai respectively."
    )
    assert has(rec, ms, "Rekha Pillai", "Hinode Kaigo K.K.")
    assert has(rec, ms, "Rekha Pillai", "Mao Sugita")


def test_signings_enumerated_after_a_ceremony_are_signings_before_its_witnesses(meet):
    rec, ms = meet(
        "Norwegian suppliers signed three memorandums of understanding (MOUs) with agencies from Kerala on Thursday.\n\n"
        "The agreements were signed at a maritime forum in Oslo and witnessed by Vice Minister Ola Berg and "
        "Kerala's Minister for Ports Joseph Varghese.\n\n"
        "Under the first MOU, Fjord Marine AS will open a service centre in Kochi with the Kerala Maritime Board (KMB).\n\n"
        "In the second, Bergen Coatings ASA agreed with the Kerala State Industrial Development Corporation (KSIDC) to "
        "study a paint plant."
    )
    assert has(rec, ms, "Fjord Marine AS", "Kerala Maritime Board")
    assert has(rec, ms, "Ola Berg", "Fjord Marine AS")
    assert has(rec, ms, "Joseph Varghese", "Bergen Coatings ASA")
    assert not has(rec, ms, "Fjord Marine AS", "Bergen Coatings ASA")


def test_an_official_with_a_long_title_who_accompanied_the_visitor_was_at_the_call(meet):
    rec, ms = meet(
        "The Ambassador of Chile, Mr. Pablo Rojas, called on Industries Minister Shri Vinod Rana in Jaipur today. "
        "Mr. Diego Silva, Director, Chile-India Copper Cooperation Programme (CICCP), Chilean Agency for International "
        "Development, accompanied the Ambassador."
    )
    assert has(rec, ms, "Diego Silva", "Vinod Rana")


def test_the_organiser_and_first_speaker_after_an_interaction_were_at_it(meet):
    rec, ms = meet(
        "Earlier in the day, representatives of two Dutch companies, Polder Greenhouse B.V. and Maas Sensor B.V., "
        "interacted with farmers at the Krishi Bhawan, Pune. The programme was organised by the Maharashtra Farm "
        "Support Mission (MFSM). Smt. Kavita Jadhav, CEO of Indrayani Farmer Producer Company Ltd., said that her "
        "members wanted cheaper poly-houses."
    )
    assert has(rec, ms, "Polder Greenhouse B.V.", "Maharashtra Farm Support Mission")
    assert has(rec, ms, "Kavita Jadhav", "Maas Sensor B.V.")


def test_a_stakeholder_consultation_is_an_event_its_co_organisers_attend(meet):
    rec, ms = meet(
        "Swedish developers urged India to settle lease terms at a stakeholder consultation held in Kochi by the "
        "Ministry of Ports (MoP).\n\n"
        "The consultation, organised with the Kerala Maritime Board (KMB) and the Swedish Energy Agency (SEA), drew "
        "about 60 delegates.\n\n"
        "MoP Joint Secretary Rekha Warrier chaired the session."
    )
    assert has(rec, ms, "Swedish Energy Agency", "Rekha Warrier")
    assert has(rec, ms, "Kerala Maritime Board", "Ministry of Ports")


def test_a_speaker_quoted_over_two_sentences_after_an_event_was_at_it(meet):
    rec, ms = meet(
        "The Ministry of Ports (MoP) held a roundtable with shipbuilders in Kochi on Monday.\n\n"
        "MoP Joint Secretary Rekha Warrier chaired the session.\n\n"
        "\"Builders need to know what the berth will cost. Nobody knows it yet,\" said Ingrid Holm, "
        "chief executive of Vasa Marine AB."
    )
    assert has(rec, ms, "Ingrid Holm", "Rekha Warrier")


def test_firms_listed_after_they_were_represented_by_met_the_chair(meet):
    rec, ms = meet(
        "Chief Minister Shri Arvind Kale today chaired a meeting with senior executives of two battery companies "
        "at the Secretariat.\n\n"
        "The companies were represented by:\n\n"
        "1. Dr. Ines Moreau, President, Lumen Cells SAS, Lyon, France;\n"
        "2. Mr. Tomas Berg, Director, Nordvik Batteries AB, Sweden."
    )
    assert has(rec, ms, "Arvind Kale", "Ines Moreau")
    assert has(rec, ms, "Arvind Kale", "Nordvik Batteries AB")


def test_the_firms_a_team_met_listed_after_among_the_firms_it_met_were_each_met_it(meet):
    rec, ms = meet(
        "The state team was led by Shri Vinod Rana, Minister of Industries, and included Smt. Leela Menon, "
        "Principal Secretary.\n\n"
        "The team held around 15 B2B meetings in Oslo. Among the firms it met were Fjord Circuit AS, represented by "
        "Chairman Ola Berg; Nordkapp Cables ASA, a cable maker; and Vestby Optics AS, which makes lenses."
    )
    assert has(rec, ms, "Leela Menon", "Ola Berg")
    assert has(rec, ms, "Vinod Rana", "Vestby Optics AS")
    assert not has(rec, ms, "Fjord Circuit AS", "Nordkapp Cables ASA")


BRIEF = (
    "TRADE BRIEFS\nMonday, May 5, 2025\n\n"
    "PUNE\nSwedish envoy calls on Maharashtra CM\n"
    "Sweden's Ambassador to India, Ms. Karin Lund, called on Chief Minister Shri Arvind Kale at Mantralaya on Friday. "
    "Ms. Lund was accompanied by Mr. Erik Dahl, Consul-General of Sweden in Mumbai.\n\n"
    "KOCHI\nEmirati developer in port talks\n"
    "Officials of Kerala Maritime Board met a team from Dubai-based Sahil Ports LLC on Tuesday to discuss a new berth. "
    "Sahil's Chief Executive, Mr. Omar Al Hashimi, led the company's team."
)


def test_a_briefs_headline_is_not_read_into_its_first_sentence(extractor):
    rec = extractor(Document(id="t", text=BRIEF))
    assert not any("CM Sweden" in e.name for e in rec.entities)


def test_the_team_of_a_briefs_item_is_not_the_group_of_the_item_before(extractor):
    rec = extractor(Document(id="t", text=BRIEF))
    names = {e.key: e.name for e in rec.entities}
    together = {frozenset((names[a], names[b])) for m in rec.meetings for a in m.participants for b in m.participants if a != b}
    assert frozenset(("Kerala Maritime Board", "Sahil Ports LLC")) in together
    assert frozenset(("Karin Lund", "Sahil Ports LLC")) not in together


def test_a_member_of_a_mission_told_before_its_leader_met_whom_the_mission_met(meet):
    rec, ms = meet(
        "Mr. Ole Brandt, president of Fjord Gears AS, was part of a 20-member business mission from Norway that spent "
        "four days in Kerala. The mission was led by Ms. Kari Nilsen and included executives of eleven firms.\n\n"
        "On Tuesday the mission held talks with Kerala Industries Minister Shri Vinod Pillai in Thiruvananthapuram."
    )
    assert has(rec, ms, "Ole Brandt", "Vinod Pillai")
    assert has(rec, ms, "Kari Nilsen", "Vinod Pillai")


def test_a_speaker_right_after_the_sentence_that_names_the_session_was_at_it(meet):
    rec, ms = meet(
        "The Kerala Chamber of Commerce (KCC) hosted a 19-member business mission from the Oslo Chamber of Commerce "
        "at its Kochi premises on Friday. The mission, supported by Innovation Norway, was led by Mr. Erik Dahl, "
        "Vice-Chairman.\n\n"
        "INAUGURAL SESSION\n\n"
        "The session was inaugurated by Shri Vinod Pillai, Minister for Industries. Welcoming the delegates, KCC "
        "President Mr. Anil Menon said Kerala's ports could serve Norwegian shipowners."
    )
    assert has(rec, ms, "Anil Menon", "Erik Dahl")


def test_speakers_in_turn_after_an_event_were_at_it(meet):
    rec, ms = meet(
        "Earlier in the day, representatives of two Dutch companies, Polder Greenhouse B.V. and Maas Sensor B.V., "
        "interacted with farmers at the Krishi Bhawan, Pune. Smt. Kavita Jadhav, CEO of Indrayani Farmer Producer "
        "Company Ltd., said that her members wanted cheaper poly-houses. Dr. Joost de Vries, an adviser at the "
        "Embassy of the Netherlands, said drip kits would follow."
    )
    assert has(rec, ms, "Joost de Vries", "Maas Sensor B.V.")


def test_signings_listed_during_a_meeting_were_part_of_it(meet):
    rec, ms = meet(
        "Chief Minister Shri Harpal Dhillon held a meeting with a delegation of Japanese companies led by "
        "Mr. Kenta Aramaki, President of the Osaka Business Club, in Chandigarh.\n\n"
        "During the meeting, the following two MoUs were exchanged in the presence of the Chief Minister:\n\n"
        "1. Tobu Castings Ltd. with Invest Punjab for a foundry at Ludhiana. The MoU was signed by Mr. Ryo Sugita, "
        "Director, Tobu Castings.\n\n"
        "2. Minato Coatings Ltd. with Invest Punjab for a paint plant at Rajpura.\n"
    )
    assert has(rec, ms, "Kenta Aramaki", "Ryo Sugita")
    assert has(rec, ms, "Kenta Aramaki", "Minato Coatings Ltd.")


def test_the_paper_an_official_spoke_to_is_no_party_of_the_meeting(meet):
    rec, ms = meet(
        "Secretary Dr. Rekha Pillai told Coastal Trade Weekly that the meet had been organised with the Thai Travel "
        "Agents Association and the Embassy of India in Bangkok."
    )
    assert not has(rec, ms, "Rekha Pillai", "Coastal Trade Weekly")


def test_a_visit_dated_after_the_document_is_planned(meet):
    rec, ms = meet(
        "Bengaluru, 8 January 2025: A delegation of Czech toolmakers led by Mr. Pavel Hruby will attend the show.\n\n"
        "PROGRAMME\n\n"
        "* Saturday, 25 January - Visit of Mr. Pavel Hruby to the plant of Hosur Gears Pvt. Ltd.\n"
    )
    assert has(rec, ms, "Pavel Hruby", "Hosur Gears Pvt. Ltd.")
    assert all(m.planned for m in ms)


def test_a_meeting_dated_days_before_the_document_was_held(meet):
    rec, ms = meet(
        "Bengaluru, 8 January 2025: On Saturday, 4 January, Mr. Pavel Hruby visited the plant of Hosur Gears Pvt. Ltd."
    )
    assert has(rec, ms, "Pavel Hruby", "Hosur Gears Pvt. Ltd.")
    assert not any(m.planned for m in ms)


def test_an_industrial_area_visited_is_a_place_not_a_party(meet):
    rec, ms = meet(
        "The minister toured the Jigani Industrial Area and met Mr. Pavel Hruby of Hosur Gears Pvt. Ltd."
    )
    assert "Jigani Industrial Area" in {e.name for e in rec.entities if e.type == "place"}
    assert not any("Jigani Industrial Area" in {e.name for e in rec.entities if e.key in m.participants} for m in ms)


def test_who_opened_an_event_named_just_before_and_who_came_for_a_body_were_at_it(meet):
    rec, ms = meet(
        "The expo was organised by the Karnataka Udyog Mitra with the Tumakuru Manufacturers Association (TMA). "
        "Industries Minister Dr. Ravi Gowda opened it on Monday along with TMA president K. Srinath. "
        "Ohio Fasteners Inc. was represented by Ms. Jane Kowalski, its vice-president for sourcing. "
        "The Bengaluru office of the Korea Trade-Investment Promotion Agency sent its director, Ms. Han Ji-won."
    )
    assert has(rec, ms, "Ravi Gowda", "Jane Kowalski")
    assert has(rec, ms, "K. Srinath", "Han Ji-won")


def test_a_company_that_skipped_the_event_was_not_at_it(meet):
    rec, ms = meet(
        "On the sidelines, Mysuru Alloys Pvt. Ltd. signed a supply agreement with Kestrel Tools Inc. of Ohio. "
        "Hassan Forgings Ltd., which exports crankshafts to Europe, skipped the event."
    )
    assert has(rec, ms, "Mysuru Alloys Pvt. Ltd.", "Kestrel Tools Inc.")
    assert not has(rec, ms, "Hassan Forgings Ltd.", "Kestrel Tools Inc.")


MINUTES_WITH_ANNEX = (
    "MINUTES\n\n"
    "A review meeting was held on 20.02.2025 in Patna under the chairmanship of Shri Ravi Ranjan Sinha, Industrial "
    "Development Commissioner (IDC). The list of participants is at Annexure-1.\n\n"
    "1. Representatives of Hokuto Valves K.K., led by Mr. Ken Sugimoto, called on the IDC on 17.02.2025.\n\n"
    "Annexure-1: List of participants\n"
    "1. Shri Ravi Ranjan Sinha, IDC - in the Chair\n"
    "2. Smt. Kavya Menon, Managing Director, Bihar Industrial Area Development Authority\n"
    "3. Shri Arjun Prasad, District Magistrate, Gaya (through VC)\n"
)


def test_the_participants_appended_to_minutes_were_at_the_meeting_that_refers_to_them(meet):
    rec, ms = meet(MINUTES_WITH_ANNEX)
    assert has(rec, ms, "Ravi Ranjan Sinha", "Kavya Menon")
    assert has(rec, ms, "Kavya Menon", "Arjun Prasad")


def test_a_titles_short_form_in_brackets_names_its_holder_not_a_body(meet):
    rec, ms = meet(MINUTES_WITH_ANNEX)
    assert "IDC" not in {e.name for e in rec.entities}
    assert has(rec, ms, "Ravi Ranjan Sinha", "Ken Sugimoto")


def test_who_was_present_on_behalf_of_the_state_was_at_the_call_told_before_the_delegations_members(meet):
    rec, ms = meet(
        "A delegation led by Mr. Goro Nakano, Vice-Minister of Transport of Japan, paid a courtesy call on Chief "
        "Minister Shri Vikas Jadhav at Varsha Guest House on Monday.\n\n"
        "The delegation comprised Ms. Emi Ota, Director, Kanto Harbour Bank; and Mr. Jun Sato, President, Ise "
        "Cranes K.K. The Consul General of Japan, Mr. Taro Ueno, accompanied the delegation.\n\n"
        "Present on behalf of the State Government were Minister for Ports Shri Ajay Shinde; and Smt. Rekha Deshmukh, "
        "Additional Chief Secretary (Ports).\n"
    )
    assert has(rec, ms, "Goro Nakano", "Rekha Deshmukh")
    assert has(rec, ms, "Vikas Jadhav", "Ajay Shinde")
    assert not any("Varsha Guest House" in {e.name for e in rec.entities if e.key in m.participants} for m in ms)


def test_the_visiting_side_led_by_someone_joins_the_reception_of_the_mission_just_told(meet):
    rec, ms = meet(
        "On 4 March the mission was received in Bhopal by the Minister for Industries, Shri Mohan Lal Dwivedi, at the "
        "Vallabh Bhawan. The Belgian side was led by Mr. Pieter Claessens, Trade Commissioner, together with Ms. Ann "
        "Peeters, Deputy Head of Mission.\n"
    )
    assert has(rec, ms, "Mohan Lal Dwivedi", "Pieter Claessens")
    assert has(rec, ms, "Mohan Lal Dwivedi", "Ann Peeters")


def test_the_state_side_led_by_someone_joins_the_roundtable_its_hosts_held(meet):
    rec, ms = meet(
        "On 9 May, the Hellenic Exporters Board and the Athens Traders Union jointly hosted a roundtable in Athens. "
        "The Assam side was led by Dr. Bikash Saikia, Secretary (Industries), and included Ms. Rupa Gogoi, "
        "Managing Director, Assam Industrial Development Corporation.\n"
    )
    assert has(rec, ms, "Bikash Saikia", "Hellenic Exporters Board")
    assert has(rec, ms, "Rupa Gogoi", "Athens Traders Union")


def test_we_of_an_officials_own_account_is_the_team_its_leader_and_its_members(meet):
    rec, ms = meet(
        "By Dr. Kavita Negi, Secretary (Agriculture), Government of Uttarakhand\n"
        "Dehradun, 2 June 2025\n\n"
        "Last month I was part of a small team from Uttarakhand that spent a week in Japan. I want to share what I "
        "saw with my colleagues. We were led by our Agriculture Minister, Shri Mohan Singh Bisht, and the team also "
        "had Er. Anil Rawat, Chief Engineer, and Ms. Pooja Joshi, Deputy Director in my department.\n\n"
        "In Nagano we called on the Nagano Prefectural Government, where Vice-Governor Mr. SUZUKI Kenta spoke about "
        "orchards.\n"
    )
    assert has(rec, ms, "Kavita Negi", "Suzuki Kenta")
    assert has(rec, ms, "Mohan Singh Bisht", "Suzuki Kenta")
    assert has(rec, ms, "Pooja Joshi", "Nagano Prefectural Government")


NOTE_SIGNED_AT_ITS_FOOT = (
    "Notes from Busan\n\n"
    "Last week I led a five-member team from Goa to a seafood fair in Busan. With me were Shri Rohit Gaonkar, Managing "
    "Director of the Goa Fish Traders Federation, and Smt. Leela Kamat, Deputy Director in my office.\n\n"
    "On the first morning I called on Mr. Yoon Tae-sik, President of Gwangan Seafoods Co., Ltd., at his stand.\n\n"
    "On the second day the Consul General of India in Busan, Shri Vivek Bhat, hosted a lunch for us with importers.\n\n"
    "I had also hoped to meet officials of the Korea Fisheries Agency, but our schedules did not match.\n\n"
    "- Meera Dessai\n"
)


def test_the_writer_of_a_note_signed_at_its_foot_met_whom_she_called_on(meet):
    rec, ms = meet(NOTE_SIGNED_AT_ITS_FOOT)
    assert has(rec, ms, "Meera Dessai", "Yoon Tae-sik")


def test_a_lunch_hosted_for_us_is_the_writer_and_her_team(meet):
    rec, ms = meet(NOTE_SIGNED_AT_ITS_FOOT)
    assert has(rec, ms, "Meera Dessai", "Vivek Bhat")
    assert has(rec, ms, "Leela Kamat", "Vivek Bhat")


def test_a_meeting_the_writer_had_hoped_for_but_missed_is_no_meeting(meet):
    rec, ms = meet(NOTE_SIGNED_AT_ITS_FOOT)
    assert not any("Korea Fisheries Agency" in {e.name for e in rec.entities if e.key in m.participants} for m in ms)


def test_an_mou_signed_on_a_date_between_two_parties_is_their_meeting(meet):
    rec, ms = meet(
        "A Memorandum of Understanding (MoU) for the project was signed in Kochi on February 3 between Sorafune "
        "Corporation and the Department of Electronics, IT, Space and Telecom, Government of Kerala.\n"
    )
    assert has(rec, ms, "Sorafune Corporation", "Department of Electronics, IT, Space and Telecom")


def test_the_writer_of_a_note_headed_by_her_name_and_office_met_whom_her_team_called_on(meet):
    rec, ms = meet(
        "Dr. Vaishali Patil, IAS\n"
        "Municipal Commissioner, Solapur Municipal Corporation\n"
        "2 May 2025\n\n"
        "Last week I led a three-member team to Japan. With me were Smt. Asha Pawar, Additional Commissioner; and "
        "Shri Nitin Jadhav, City Engineer. I want to share a few notes.\n\n"
        "We called on Mr. TANAKA Jun, Deputy Mayor of Kobe, on 21 April.\n"
    )
    assert has(rec, ms, "Vaishali Patil", "Tanaka Jun")
    assert has(rec, ms, "Asha Pawar", "Tanaka Jun")



def test_both_sides_told_after_a_bilateral_meeting_and_who_joined_it_virtually_were_at_it(meet):
    rec, ms = meet(
        "Union Minister of Mines Shri Ravi Kumar Jain held a bilateral meeting with H.E. Ms. Ana Torres Vidal, Minister of "
        "Mining of the Republic of Peru, at his office in New Delhi today.\n\n"
        "The Indian side included Shri Vinod Rao, Secretary, Ministry of Mines; and Dr. Meena Iyer, Additional Secretary. "
        "The Peruvian delegation included H.E. Mr. Luis Paredes Soto, Ambassador of Peru to India; and Mr. Jorge Salas, "
        "President, Peru Mining Agency. Senior officers of the Mines Department, Government of Odisha, joined the meeting "
        "virtually.\n"
    )
    assert has(rec, ms, "Ravi Kumar Jain", "Jorge Salas")
    assert has(rec, ms, "Meena Iyer", "Luis Paredes Soto")
    assert has(rec, ms, "Ana Torres Vidal", "Mines Department")


def test_the_firms_represented_in_a_delegation_were_at_its_call(meet):
    rec, ms = meet(
        "A 10-member business delegation from the German state of Saxony, led by Dr. Anja Richter, managing director of "
        "Saxony Trade Promotion, called on Chief Minister Ramesh Bhagat in Raipur on Wednesday.\n\n"
        "Industries Minister Sunil Verma was present at the meeting. Germany's Consul General in Kolkata, Eva Roth, "
        "accompanied the delegation.\n\n"
        "Among the firms represented were Rabental Anlagen GmbH, which builds furnaces; and Mulde Keramik AG, which "
        "supplies refractories.\n"
    )
    assert has(rec, ms, "Ramesh Bhagat", "Rabental Anlagen GmbH")
    assert has(rec, ms, "Anja Richter", "Mulde Keramik AG")


def test_an_officer_of_the_body_just_met_who_explains_something_was_at_the_meeting(meet):
    rec, ms = meet(
        "On Monday, the delegation led by Minister Harleen Kaur Gill held discussions in Oslo with the Norwegian Seafood "
        "Council (NSC). Mr. Lars Haugen, Director of International Affairs at NSC, explained how cooperatives sell "
        "their catch.\n"
    )
    assert has(rec, ms, "Harleen Kaur Gill", "Lars Haugen")


def test_it_was_led_by_names_the_leader_of_the_team_just_told(meet):
    rec, ms = meet(
        "The visitors were part of a five-member team from the Dutch Delta Alliance (DDA) that spent the week in "
        "Alappuzha. It was led by Ir. Bram Verhoef, a river engineer. With him were Ms. Sanne Bakker of Deltavorm "
        "B.V. and Mr. Pieter Smit.\n\n"
        "On Wednesday, the team held a workshop in Kochi with the Minor Irrigation Department.\n"
    )
    assert has(rec, ms, "Bram Verhoef", "Minor Irrigation Department")
    assert has(rec, ms, "Sanne Bakker", "Minor Irrigation Department")


def test_a_mission_someone_hoped_to_lead_is_no_new_delegation(meet):
    rec, ms = meet(
        "A delegation from the Government of Kerala led by Shri Arun Menon, Minister for Industries, visited Norway. "
        "The delegation included Ms. Devika Varma, Managing Director, Kerala Seafood Corporation.\n\n"
        "On 4 May, Shri Menon called on Mr. Erik Lunde, Minister of Fisheries. Minister Lunde said he hoped to lead a "
        "seafood trade mission to India next year.\n\n"
        "The same afternoon, the delegation visited the Norwegian Aquaculture Institute in Bergen.\n"
    )
    assert has(rec, ms, "Devika Varma", "Norwegian Aquaculture Institute")
    assert not has(rec, ms, "Erik Lunde", "Norwegian Aquaculture Institute")


def test_the_firms_of_a_delegation_named_by_their_country_were_at_the_b2b_sessions(meet):
    rec, ms = meet(
        "A business delegation from the German state of Saxony, led by Dr. Anja Richter, called on Chief Minister Ramesh "
        "Bhagat in Raipur on Wednesday. Among the firms represented were Rabental Anlagen GmbH and Mulde Keramik AG.\n\n"
        "Later on Wednesday, the state's industrial corporation and the Chamber of Commerce of Raipur organised B2B "
        "meetings at a city hotel, where the German firms held about 40 sessions with local manufacturers.\n"
    )
    assert has(rec, ms, "Rabental Anlagen GmbH", "Chamber of Commerce of Raipur")
    assert not has(rec, ms, "Anja Richter", "Chamber of Commerce of Raipur")
