"""The NER pass: one document in, one :class:`~graphkit.records.DocumentRecord` out.

Extraction is a pure function of a document's text and the build settings, so
its records can be cached, computed in parallel and merged later.  It combines
spaCy's statistical NER with rules that fix what the small English model gets
wrong on news and press releases:

* honorific-led person names ("Shri ...", "Dr. SATO Kenji");
* places typed by a gazetteer, overriding ORG/PERSON guesses for bare place names;
* sectors from the taxonomy (never people or organisations);
* acronyms defined in the text ("... Association (NMMA)");
* surname-only and short mentions resolved to the full name in the document;
* person -> organisation roles ("Shri X, CEO, Y Ltd");
* rules that keep organisation spans honest on fresh text: a sentence adverb
  before a comma is not part of a name ("Later, X Ltd"), coordinated bodies are
  two bodies ("ABC and Y GmbH"), abbreviated titles are titles ("Odisha CM" is a
  place and a title, "ACS Textiles, ..." a portfolio), a portfolio before
  "Minister" is no body, technical abbreviations ("CNC", "EV", "MoU"; see
  ``data/abbreviations.json``) are never bodies, and lower-case titles
  ("secretary-general", "managing director") introduce people.

Meetings are detected afterwards by :mod:`graphkit.meetings`.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, KeysView
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from .config import Config
from .documents import Document, document_title, find_date
from .gazetteer import Gazetteer, load_gazetteer  # noqa: F401  (load_gazetteer used by helpers)
from .names import (
    _CASED_LEGAL_FORMS,
    HONORIFICS,
    LEGAL_PREFIXES,
    LEGAL_SUFFIXES,
    ORG_HEAD_WORDS,
    NON_ENTITY_WORDS,
    LOWER_TITLE_RE,
    TECHNICAL_ABBREVIATIONS,
    TITLE_ABBREVIATIONS,
    TITLE_WORDS,
    is_chemical_formula,
    is_demonym,
    is_generic_name,
    looks_like_company,
    match_key,
    name_tokens,
    normalise_space,
    is_sentence_opener,
    org_key,
    split_person_name,
)
from .records import Affiliation, DocumentRecord, Entity, Mention
from .taxonomy import Sector, Taxonomy, is_acronym, load_taxonomy
from .textclean import clean_text, find_dateline

# Pure string keys, recomputed for the same names many times per document: memoised (profiled in issue 5).
match_key = lru_cache(maxsize=1 << 16)(match_key)
org_key = lru_cache(maxsize=1 << 16)(org_key)
normalise_space = lru_cache(maxsize=1 << 16)(normalise_space)

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

#: spaCy labels and the graphkit type they become.
LABEL_TYPES = {"PERSON": "person", "ORG": "organisation", "GPE": "place", "LOC": "place", "FAC": "place"}

_HONORIFIC_RE = "|".join(re.escape(h) for h in sorted(HONORIFICS, key=len, reverse=True))
#: Any honorific, behind a lookahead for their first letters: a search fails at once where no honorific can begin,
#: instead of trying all seventy at every position.
_ANY_HONORIFIC_RE = "(?=[" + "".join(sorted({re.escape(h[0]) for h in HONORIFICS})) + "])(?:" + _HONORIFIC_RE + ")"
_LEADING_HONORIFIC_RE = re.compile(r"(?:" + _HONORIFIC_RE + r")\b")
#: An honorific right before a name: "Shri ", "Dr. ".
_HONORIFIC_END_RE = re.compile(_ANY_HONORIFIC_RE + r"\.?\s+$")
#: a name word, or initials written together ("T.R.", "A.P.J.", "T.R.Mohan")
#: Capital letters, Latin-1 and Latin Extended-A/B included ("Østergaard", "Šimůnek", "Émile").
_UPPER = "[A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper()) + "]"
_NAME_TOKEN = (r"(?:(?:[A-Z]\.){2,4}(?:[A-Z][\w\u00c0-\u024f'\u2019-]+)?|" + _UPPER
               + r"[\w\u00c0-\u024f'\u2019-]*\.?|[A-Z]\.)")
#: "Shri Ravi Shankar Prasad Rao", "Dr. SATO Kenji", "Mr. P. Venkatesan", "Shri T.R. Mohan"
_PARTICLE = r"(?:van|von|de|der|den|da|di|du|la|le|dos|das|del|bin|binti|ibn|al|el|ter|zu)"
PERSON_RE = re.compile(
    r"(?<![\w])(?P<hon>" + _ANY_HONORIFIC_RE + r")(?:\s+\((?:" + _HONORIFIC_RE + r")\))?\s+(?P<name>" + _NAME_TOKEN
    + r"(?:[ \t]+(?:" + _PARTICLE + r"[ \t]+){0,2}" + _NAME_TOKEN + r"){0,4})"
)
_ORG_HEADS = (
    r"Association|Agency|Authority|Corporation|Corp\.|Company|Co\.,?\s?Ltd\.?|Co\.|Ltd\.?|Limited|GmbH|AG|"
    r"Inc\.|LLC|PLC|JSC|S\.A\.|SE|Pvt\.\s?Ltd\.?|Institute|Ministry|Department|Council|Forum|Board|Committee|"
    r"Commission|Chamber(?:\s+of\s+Commerce(?:\s+and\s+Industry)?)?|Federation|Organisation|Organization|Bank|"
    r"University|College|Academy|Polytechnic|Hospital|Group|Holdings|Foundation|Consortium|Society|Centre|Center|Bureau|Office|Consulate(?:[\s-]+General)?|"
    r"Embassy|Mission|Network|Alliance|Cluster|Park|Systeme|Systems|Technologies|Industries|Trust|Works|Labs|"
    r"Laboratories|Motors|Solutions|Ventures|Enterprises|Partners|Airlines|Airways|Mills|High\s+Commission|Services|"
    r"Confederation|Secretariat|Directorate|Government|A/S|ApS|AS|ASA|AB|Oy|Oyj|BV|B\.V\.|NV|N\.V\.|KK|K\.K\.|SpA|S\.p\.A\.|SRL|SARL|SAS|LLP|"
    r"Pte\.?\s?Ltd\.?|Sdn\.?\s?Bhd\.?|Pty\.?\s?Ltd\.?|Bhd\.?|Tbk\.?"
)
_DAY_OR_MONTH = (
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b)"
)
_CAPW = _DAY_OR_MONTH + r"[A-Z][\w\u00c0-\u024f&'\u2019.-]*"
#: Lower-case words inside a body's name, English and foreign: "of", "für", "della", "no" ("Hikari no Mori Care").
_FOREIGN_NAME_CONNECTORS = r"des|der|de|du|di|della|del|von|van|f\u00fcr|y|e|et|no"
_NAME_CONNECTORS = r"of|and|for|&|de|du|la|the|in|der|den|des|van|von|di|da|del|della|dei|degli|delle|le|f\u00fcr|zu|zur|zum|et|y|e|no"
#: "... of Trade, Industry and Energy", "... for Promotion of Industry and Internal Trade"
_ORG_TAIL = (
    r"\s+(?:of|for|on)\s+(?:the\s+)?" + _CAPW
    + r"(?:(?:\s+|\s+(?:and|&)\s+|\s+(?:of|for)\s+(?:the\s+)?|,\s+(?=(?:[A-Z][\w&-]+,?\s+){0,3}[A-Z][\w&-]+\s+(?:and|&)\s))" + _CAPW + r")*"
)
#: Where a run of capitalised words and connectors reaches a head word: every ORG_RE match holds such a run from its
#: first letter to its head, and what the run may hold is the same (the words' characters, spaces, connectors and
#: commas, without the counts and look-arounds), so the test drops no match. Each word and separator is taken
#: whole (possessive quantifiers), so a start that reaches no head fails in one pass over the run: without it, the
#: pattern tried every split of a long capitalised run between its two repeats from each word of the run.
_REACHES_ORG_HEAD = (
    r"(?=(?:[A-Z][\w\u00c0-\u024f&'\u2019.-]*+(?:\s++(?:(?:" + _NAME_CONNECTORS + r")\s++)?+|,\s++))*?"
    r"[A-Z][\w\u00c0-\u024f&'\u2019.-]*+\s+(?:" + _ORG_HEADS + r")(?![\w]))"
)
#: Capitalised word runs ending in an organisation head word, with an optional "of ..." tail.
ORG_RE = re.compile(
    r"(?<![\w])" + _REACHES_ORG_HEAD + r"(?:" + _CAPW + r"(?:\s+(?:" + _NAME_CONNECTORS + r")\s+|\s+|-|(?<!Government),\s+(?=(?:[A-Z][\w-]*,?\s+){0,3}[A-Z][\w-]*\s+(?:and|&)\s))){0,12}?"
    r"(?:" + _CAPW + r"\s+){1,12}(?:" + _ORG_HEADS + r")(?![\w])(?:" + _ORG_TAIL + r")?"
)
#: "Government of Odisha", "Ministry of Economy, Trade and Industry", "Embassy of Japan in India"
ORG_OF_RE = re.compile(
    r"(?<![\w])(?:Government|Ministry|Department|Embassy|Consulate(?:[\s-]+General)?|High\s+Commission|Bank|University|College|Academy|"
    r"Institute|Federation|Confederation|Association|Council|Board|Office|Bureau|Directorate|Chamber|Commission|"
    r"Agency|Authority|Corporation|Secretariat)" + _ORG_TAIL
)
_COMPANY_NOUNS = (
    r"(?:company|firm|maker|manufacturer|supplier|distributor|network|start-?up|agency|association|group|provider|"
    r"developer|operator|specialist|importer|exporter|fund|bank|insurer|leader|producer|platform|conglomerate|"
    r"subsidiary|consultancy|contractor|integrator|exchange|body|promoter|trader|retailer|brand|utility|chain)"
)
#: "Medi-K, a regional life sciences network"; "Fujimura Seiki\u2014a global leader in ..."
APPOSITIVE_ORG_RE = re.compile(
    r"(?<![\w./])(?P<name>[A-Z][\w\u00c0-\u024f&-]*(?:[ \t]+[A-Z][\w\u00c0-\u024f&.-]*){0,4})\s*(?:,|\u2014|\u2013|--)\s*"
    # "X, a partner at the consulting firm": the apposition's noun comes before "at", and X is a person;
    # "X, the company's managing director": the company owns X's title, X is no company
    r"(?:a|an|the)\s+(?:(?!(?:at|of|with|from|for|in|to)\s)[\w-]+\s+){0,5}?" + _COMPANY_NOUNS + r"s?\b(?![\'\u2019])"
)
#: "German firms such as Acme Antriebe and Beta Kunststoffe"
SUCH_AS_RE = re.compile(
    r"\b(?:firms|companies|makers|manufacturers|suppliers|players|brands|groups|conglomerates|investors|lenders|banks)"
    r",?\s+(?:such\s+as|like|including)\s+(?P<list>[A-Z][^.;:()]{0,160}?)(?=,?\s+(?:have|has|had|are|is|were|was|already|which|who|to|in|at|for|from)\b|[.;:()])"
)
#: Job titles that stand between a person and the body they work for.
ROLE_WORDS = (
    "CEO", "CFO", "COO", "CTO", "MD", "Chairman", "Chairperson", "Chairwoman", "President", "Director", "Director General",
    "Managing Director", "Chief Executive Officer", "Chief Executive", "Secretary", "Minister", "Commissioner",
    "Head", "Founder", "Vice President", "Vice Chairman", "General Manager", "Executive Director", "Principal Secretary",
    "Consul General", "Ambassador", "High Commissioner", "Representative", "Chief Representative", "Country Head",
    "Country Manager", "Vice-President", "Vice-Chairman", "Partner",
)
#: :data:`ROLE_WORDS` as one regex alternation, longest first (built once, used by several rules).
_ROLE_ALTERNATION = "|".join(sorted(ROLE_WORDS, key=len, reverse=True))
#: "Acme's President, ", "its head of overseas planning, ": an owned role, then the holder's name.
_OWNED_ROLE_BEFORE_RE = re.compile(
    r"(?:['\u2019]s|\b(?:its|their|his|her))\s+(?:[a-z-]+\s+){0,2}(?:" + _ROLE_ALTERNATION
    + r")(?:\s+(?:of|for)\s+[\w'\u2019&-]+(?:\s+[\w'\u2019&-]+){0,3})?,\s*$", re.I)
#: ", the founder of X": a role after a name, so the name is a person's.
#: One role or two joined by "&" / "and": "CEO", "MD & CEO".
_ROLE_OR_TWO = r"(?:" + _ROLE_ALTERNATION + r")(?:\s*(?:&|and)\s*(?:" + _ROLE_ALTERNATION + r"))?"
_ROLE_OF_AFTER_RE = re.compile(  # "**Jo Roe**, Goa's Minister of ...": blanked emphasis may stand before the comma
    r"[ \t]*,\s+(?:(?:the|a|an|its|their)\s+(?:[a-z-]+\s+){0,2}|(?:[A-Za-z-]+(?:['\u2019]s)?\s+){0,2}?)" + _ROLE_OR_TWO + r"\s+(?:of|at)\b", re.I)
#: "X, MD & CEO of ": a role and "of" inside a pattern's span, after which the body's name begins.
_ROLE_OF_INSIDE_RE = re.compile(r",\s+(?:(?:the|its)\s+)?" + _ROLE_OR_TWO + r"\s+(?:of|at)\s+(?:the\s+)?")
_PLACE_WORD = r"[A-Z][a-z\u00c0-\u024f]{3,}(?:\s+[A-Z][a-z\u00c0-\u024f]{3,})?"
#: "near Devanahalli"; "at Sriperumbudur and Oragadam near Chennai"
NEAR_PLACE_RE = re.compile(
    r"\b(?:at|in)\s+(?P<a>" + _PLACE_WORD + r")(?:\s+(?:and|&)\s+(?P<b>" + _PLACE_WORD + r"))?\s+near\s+(?P<anchor>[A-Z]\w+)"
    r"|\bnear\s+(?:the\s+)?(?P<c>" + _PLACE_WORD + r")(?=[\s,.;:)]|$)(?!\s+(?:[A-Z]|Port|Airport|[a-z]+\s+(?:park|zone|plant)))"
)
_FACILITY_HEADS = r"(?:Port|Airport|Seaport|Harbour|Harbor|Pier|Wharf|Quay|Jetty)(?![\w])"
#: Named ports, airports and harbours.
PLACE_FACILITY_RE = re.compile(
    r"(?<![\w])(?:" + _CAPW + r"\s+){1,3}(?:International\s+)?" + _FACILITY_HEADS + r"(?!\s+(?:Trust|Authority|Corporation|Board|Ltd|Limited|Company)|\s+[A-Z][a-z])"
)
#: The head word alone: a text without one is not scanned by :data:`PLACE_FACILITY_RE` (whose every start tries
#: up to three capitalised words first).
_FACILITY_HEAD_RE = re.compile(_FACILITY_HEADS)
#: "the Odisha government": up to four capitalised words before "government".
_GOVERNMENT_OF_RE = re.compile(r"(?<![\w])((?:[A-Z][\w\u00c0-\u024f'-]*\s+){0,3}[A-Z][\w\u00c0-\u024f'-]*)\s+[Gg]overnment\b")
#: " in New Delhi" closing a body's name, and a mission's head word before it.
_IN_PLACE_END_RE = re.compile(r"\s+in\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)$")
_MISSION_HEAD_RE = re.compile(r"\b(?:Embassy|Consulate|High\s+Commission|Mission)\b")
#: A body's name ending in a mission's head word: "Australian Consulate-General", "British Deputy High Commission".
_MISSION_END_RE = re.compile(r"\b(?:Embassy|Consulate(?:[\s-]+General)?|High\s+Commission)$")
_DIPLOMATIC_RE = re.compile(r"\b(?:Embassy|Consulate|High\s+Commission|Mission|Consulate[\s-]+General)\s+of\s+"
                            r"(?:the\s+(?:[A-Z]\w+\s+of\s+the\s+)?)?[A-Z]\w+(?:\s+[A-Z]\w+)?$")  # "... of the Kingdom of the Netherlands", "... of Viet Nam"
#: Brand words investment and trade agencies put before their country or state ("Invest <Country>", "Business <Country>").
_AGENCY_BRAND_RE = re.compile(
    r"(?<![\w-])(?:Invest(?:\s+and\s+Trade)?|Trade\s+and\s+Investment|Enterprise|Business|Innovate|Select)\s+(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|[A-Z]{2})(?![\w-])"
    r"(?!\s+(?:Ltd|Limited|Inc|Corporation|Pvt|Summit|Conclave|Expo|Forum|Week|Awards?|Policy)\b)")
#: A short name of two or three capitalised words in brackets after a body's full name.
_BRACKET_NAME_RE = re.compile(r"\s*\((?P<name>[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){1,2})\)")
ACRONYM_DEF_RE = re.compile(r"\s*\((?P<acr>[A-Z][A-Za-z0-9&.-]{1,11})\)")
#: One or two capitalised words, then an acronym in brackets: " Keralam (SFPCK)".
_WORDS_THEN_ACRONYM_RE = re.compile(r"((?:[ \t]+[A-Z][\w\u00c0-\u024f-]*){1,2})\s*\((?P<acr>[A-Z][A-Za-z0-9&.-]{1,11})\)")


# Patterns the per-candidate rules use many times a document, compiled once.
#: "MoS <Surname>": a title's abbreviation before its holder.
_TITLE_ABBREVIATION_LEAD_RE = re.compile(r"(?:MoS|CM|PM|DM|MD|CEO|ACS|OSD|HM|FM|EAM)[ \t]+(?=[A-Z][a-z])")
#: "<name> district", "<name> valley": an administrative unit after a name.
_ADMIN_UNIT_AFTER_RE = re.compile(r"\s+(?:districts?|villages?|blocks?|talukas?|tehsils?|mandals?|prefectures?|provinces?|counties|county|valley)\b")
#: "<town> cluster", "<town> belt".
_CLUSTER_AFTER_RE = re.compile(r"\s+(?:clusters?|belt)\b")
#: Connectors (and "near") that never end a name.
_TRAILING_CONNECTORS_NEAR_RE = re.compile(r"(?:\s+(?:in|of|and|for|the|at|on|near|&))+$")
#: A legal form written before a company's name ("PT", "M/s").
_LEGAL_PREFIX_BEFORE_RE = re.compile(r"(?<![\w/.])(?:PT|CV|M/[sS]\.?|PJSC|JSC|OOO)[ \t]+$")
#: "and" / "&" between words.
_AND_RE = re.compile(r"\s(?:and|&)\s")
#: A title's first word at the end of a span.
_TITLE_WORD_AT_END_RE = re.compile(r"\s+(?:General|Deputy|Vice|Chief|Managing|Executive)$")
#: One more capitalised word right after a span.
_NEXT_CAPITALISED_WORD_RE = re.compile(r" ([A-Z\u00c0-\u00de\u0110\u0100-\u017e\u1e00-\u1ef9](?<![a-z\u00df-\u00ff])[a-z\u00c0-\u024f\u1e00-\u1eff]+)(?=['\u2019]s\b|[\s,.;:]|$)(?! [A-Z])")
#: "in ", "at ", "near " right before a name.
_PLACE_PREPOSITION_BEFORE_RE = re.compile(r"\b(?:in|at|near|from|to)\s+$")
#: One capitalised word of a name.
_ONE_NAME_WORD_RE = re.compile(r"[A-Z][a-z\u00c0-\u024f'\u2019-]+")
#: "in <Place> and ", "across <Place>, ": a list of places opened by a preposition of place, up to the next item.
_LIST_PLACE_PREPOSITIONS = r"\b(?:in|across|at|near|around)\s+"
_PLACE_THEN_LIST_BEFORE_RE = re.compile(
    _LIST_PLACE_PREPOSITIONS + r"(?P<place>[A-Z][\w-]+(?: [A-Z][\w-]+)?)(?:,\s*|\s+(?:and|&)\s+)$")
#: " and <Place>", ", <Place>": the next item of a list, a place.
_LIST_THEN_PLACE_AFTER_RE = re.compile(r"(?:,\s*|\s+(?:and|&)\s+)(?P<place>[A-Z][\w-]+(?: [A-Z][\w-]+)?)\b(?![\w-])")
_LIST_PLACE_PREPOSITION_BEFORE_RE = re.compile(_LIST_PLACE_PREPOSITIONS + "$")
#: ", the State's agency for", ", a Chiba-based maker of": an apposition that says a name is a body's.
_BODY_IN_APPOSITION_RE = re.compile(
    r",\s+(?:the|a|an|its)\s+(?:(?!(?:of|at|with|for|from|in|to|and)\s)[\w'\u2019-]+\s+){0,4}?"
    r"(?:agency|company|firm|board|corporation|authority|society|cooperative|co-operative|federation|association|"
    r"institute|university|bank|fund|maker|manufacturer|operator|developer|startup|start-up|subsidiary|arm|chain|"
    r"consultancy|brand|utility|exporter|producer|supplier)(?![\w'\u2019-])(?!\s+(?:'s|\u2019s))(?![\u2019']s)")
#: "by " right before a name: a byline's.
_BY_BEFORE_RE = re.compile(r"\b[Bb]y\s+$")
#: ", Programme Lead", ", Senior Correspondent": the role a byline gives its author.
_BYLINE_ROLE_AFTER_RE = re.compile(
    r",\s+(?:[A-Z][\w-]*\s+){0,3}(?:Lead|Manager|Editor|Correspondent|Reporter|Director|Head|Officer|Analyst|Writer|"
    r"Associate|Fellow|Consultant|Coordinator|Co-ordinator|Researcher|Economist)\b")
#: Between the items of a list: ", ", ", and ", " and ", " & ".
_LIST_SEPARATOR_RE = re.compile(r",\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+")
#: A list's separator right before an item.
_LIST_SEPARATOR_BEFORE_RE = re.compile("(?:" + _LIST_SEPARATOR_RE.pattern + ")$")
#: "<portfolio> Minister" (not "Minister of").
_MINISTER_AFTER_RE = re.compile(r"\s+Ministers?\b(?!\s+of\b)")
#: "Singapore dollars": a currency after a place name.
_CURRENCY_AFTER_RE = re.compile(r"\s*(?:dollars?|\$|cents?)\b")
#: A paragraph break.
_PARAGRAPH_BREAK_RE = re.compile(r"\n[ \t]*\n")
#: A capitalised word and a comma ("Later, ").
_OPENER_COMMA_RE = re.compile(r"([A-Z][a-z]+),\s+")
#: Connectors that never end a name.
_TRAILING_CONNECTORS_RE = re.compile(r"(?:\s+(?:in|of|and|for|the|at|on|&))+$")
#: The last word and a full stop.
_LAST_WORD_STOP_RE = re.compile(r"(\S+)\.$")
#: A word, a full stop and a capital: a sentence may end there.
_SENTENCE_END_INSIDE_RE = re.compile(r"(\w+)\.\s+(?=[A-Z])")
#: " in <city>" at the end of a span.
_IN_PLACE_AT_END_RE = re.compile(r"\s+(?:in|near)\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)$")
#: A word and a comma.
_WORD_COMMA_RE = re.compile(r"(\w+),\s+")
#: "Chief Technology Officer of ": a role, then the body.
_ROLE_OF_BODY_RE = re.compile(r"\b(?:Officer|Director|President|Chairman|Chairperson|Manager|Head|Founder|Partner|Adviser|Advisor)\s+(?:of|at)\s+(?:the\s+)?")
#: " and " / " & " between two names.
_AND_SPLIT_RE = re.compile(r"\s+(?:and|&)\s+")
#: "'s " after a name.
_POSSESSIVE_AFTER_RE = re.compile(r"['\u2019]s\s")
#: "Secretary (": a bracketed portfolio follows.
_PORTFOLIO_BRACKET_BEFORE_RE = re.compile(r"\b(?:Secretary|Minister|Commissioner|Director|Officer|Adviser|Advisor|ACS|OSD|Executive|President|Head|"
                                          r"Manager|Chairman|Chairperson|Counsellor|Counselor|General|Controller)\s*\(\s*$")
#: "Minister for Mines, Energy and ": a list of portfolios.
_PORTFOLIO_LIST_BEFORE_RE = re.compile(r"\b(?:Minister|Secretary)\s+(?:of|for)\s+(?:[A-Z][\w/-]*,?\s+)+(?:and|&)\s+$")
#: "Head of ", "Minister for ".
_PORTFOLIO_OF_BEFORE_RE = re.compile(r"\b(?:Head|Director|Minister|Secretary|Commissioner|Chief)\s+(?:of|for)\s+$")
#: "Vice President for ".
_PORTFOLIO_FOR_BEFORE_RE = re.compile(r"\b(?:President|Chairman|Officer|Manager|Counsellor|Adviser|Advisor)\s+for\s+$"
                                      r"|\bin[ \t]+charge[ \t]+of[ \t]+(?:the[ \t]+)?(?:[A-Z][\w&-]*[ \t]+){0,2}$")  # "Executive Officer in charge of Global Sales"


@dataclass
class _Cand:
    """A candidate entity span during extraction."""

    start: int
    end: int
    type: str
    source: str
    titles: list[str] = field(default_factory=list)
    text: str = ""
    sector: Sector | None = None
    place_code: str = ""
    place_name: str = ""


PARAGRAPH_COMPONENT = "graphkit_paragraphs"


def _register_paragraph_component() -> None:
    """Register the component that makes every line break left after clean-up a sentence boundary.

    :func:`~graphkit.textclean.clean_text` turns soft line breaks into spaces, so
    the breaks that remain end a paragraph, a title or a dateline: the first
    token after one always starts a sentence.
    """
    from spacy.language import Language

    if Language.has_factory(PARAGRAPH_COMPONENT):
        return

    @Language.component(PARAGRAPH_COMPONENT)
    def paragraphs(doc: "Doc") -> "Doc":
        from spacy.attrs import IS_SPACE

        # the space tokens read from one array, not a Token object per token (0.14 ms a document, in nlp.pipe)
        for i in doc.to_array(IS_SPACE)[:-1].nonzero()[0].tolist():
            if "\n" in doc[i].text:
                doc[i + 1].is_sent_start = True
        return doc


#: Abbreviations after which a sentence never ends ("Smt. Meena", "Dr. R. Venkatesan").
_ABBREVIATIONS = frozenset(
    {h.rstrip(".") for h in HONORIFICS if h.endswith(".")} | {"St", "No", "Nos", "Co", "Jr", "Sr", "Messrs", "Govt", "Dept", "Hon",
                                                   "Pte", "Pvt", "Pty", "Sdn"}  # "Pte. Ltd.": a legal form goes on
)
_TERMINAL = frozenset('. ! ? : ; \u2026 " \u201d \''.split())


_TEXT_KEY = "graphkit.text"
_SENTS_KEY = "graphkit.sentences"


def doc_text(doc: "Doc") -> str:
    """``doc.text``, built once per Doc.

    spaCy's ``Doc.text`` joins every token's text on each access; the rules
    read it several times per document, so it is kept in ``doc.user_data``.
    """
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def sentences(doc: "Doc") -> list["Span"]:
    """The parser's sentences, with its false breaks mended.

    The small model sometimes ends a sentence after an honorific ("Smt.") or
    in the middle of a long list of names.  A break is kept only where the
    text ends a sentence: terminal punctuation that is not an abbreviation or
    an initial, or a line break (paragraphs, titles, datelines).  Computed once
    per Doc (the extractor and the meeting rules both ask).
    """
    bounds = doc.user_data.get(_SENTS_KEY)
    if bounds is None:
        bounds = doc.user_data[_SENTS_KEY] = tuple(_sentence_bounds(doc))
    return [doc[s:e] for s, e in bounds]


def _sentence_bounds(doc: "Doc") -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    text = doc_text(doc)  # Doc.text joins every token: read it once, not once per sentence
    piped = "|" in text  # only a text with pipes has table rows
    for sent in doc.sents:
        if out:
            prev = doc[out[-1][0] : out[-1][1]]
            j = out[-1][1] - 1
            while j >= out[-1][0] and doc[j].is_space:  # the last word, read backwards (not every token of the sentence)
                j -= 1
            last = doc[j] if j >= out[-1][0] else None
            gap = text[prev.end_char if not prev[-1].is_space else prev[-1].idx : sent.start_char]
            broken = "\n" in gap or any(t.is_space and "\n" in t.text for t in prev[-1:])
            if last is not None and not broken and (not _ends_sentence(last) or piped and _in_table_row(text, sent.start_char)):
                out[-1] = (out[-1][0], sent.end)  # "9 Sep | Meeting with X Co., Ltd. | Held": a table row is one sentence
                continue
        out.append((sent.start, sent.end))
    return out


def _in_table_row(text: str, pos: int) -> bool:
    """Whether ``pos`` lies on a row of a table written with pipes ("9 Sep | Tokyo | Meeting with X | Held")."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return text.count("|", start, end if end >= 0 else len(text)) >= 2


def _ends_sentence(tok) -> bool:
    text = tok.text
    if text in ('"', "\u201d", "'", ")") and tok.i > 0:
        return _ends_sentence(tok.doc[tok.i - 1]) if text != ")" else False
    if text not in _TERMINAL and not (text.endswith(".") and len(text) > 1):
        return False
    if text == "." and tok.i > 0:
        before = tok.doc[tok.i - 1].text
        if before in _ABBREVIATIONS or _ONE_CAPITAL_RE.fullmatch(before):
            return False
    elif text.endswith(".") and len(text) > 1 and (text.rstrip(".") in _ABBREVIATIONS or re.fullmatch(r"[A-Z]\.", text)):
        return False
    elif re.fullmatch(r"(?:[A-Z]\.){2,4}", text) and tok.i > 0 and (
        tok.doc[tok.i - 1].text in HONORIFICS or tok.doc[tok.i - 1].text.rstrip(".") in _ABBREVIATIONS
    ):
        return False  # "Shri T.R. Mohan": initials after an honorific
    return True


class Extractor:
    """Runs the NER pass with one loaded pipeline, taxonomy and gazetteer.

    Parameters
    ----------
    nlp : spacy.language.Language
        A loaded pipeline with ``ner`` and ``parser``.
    taxonomy : Taxonomy, optional
        Sectors to match; the packaged taxonomy by default.
    gazetteer : Gazetteer, optional
        Place lookups; the shared instance by default.
    """

    def __init__(self, nlp: "Language", taxonomy: Taxonomy | None = None, gazetteer: Gazetteer | None = None):
        from spacy.matcher import PhraseMatcher

        self.nlp = nlp
        _register_paragraph_component()
        if PARAGRAPH_COMPONENT not in nlp.pipe_names and "parser" in nlp.pipe_names:
            nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
        self.taxonomy = taxonomy or load_taxonomy()
        self.gazetteer = gazetteer or load_gazetteer()
        self._sector_of: dict[str, Sector] = {}
        self._lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._orth = PhraseMatcher(nlp.vocab, attr="ORTH")
        lower, orth = [], []
        for phrase, sector in self.taxonomy.phrases():
            key = phrase if is_acronym(phrase) else phrase.lower()
            self._sector_of[key] = sector
            (orth if is_acronym(phrase) else lower).append(phrase if is_acronym(phrase) else phrase.lower())
        # the forms the taxonomy lists itself (not a generated singular or plural)
        self._listed_forms = frozenset(p.lower() for sector in self.taxonomy.sectors for p in (sector.name, *sector.synonyms))
        self._lower.add("SECTOR", list(nlp.tokenizer.pipe(lower)))
        self._orth.add("SECTOR", list(nlp.tokenizer.pipe(orth)))

    # -- public -----------------------------------------------------------------
    def __call__(self, document: Document) -> DocumentRecord:
        """Extract one document."""
        return next(self.pipe([document]))

    def pipe(self, documents: Iterable[Document], batch_size: int = 16, n_process: int = 1) -> Iterator[DocumentRecord]:
        """Extract a stream of documents, batching them through ``nlp.pipe``."""
        prepared = ((self._prepare(d), d) for d in documents)

        def texts() -> Iterator[tuple[str, tuple[str, Document]]]:
            for (ner_text, header), doc in prepared:
                yield ner_text, (ner_text, (header, doc))

        for spacy_doc, (ner_text, (header, document)) in self.nlp.pipe(
            texts(), as_tuples=True, batch_size=batch_size, n_process=n_process
        ):
            # spaCy keeps the text verbatim: the string we parsed is ``Doc.text``, without
            # joining every token again (1.7 ms a document, a quarter of the rules' time)
            spacy_doc.user_data.setdefault(_TEXT_KEY, ner_text)
            yield self._record(document, spacy_doc, header)

    # -- stages -----------------------------------------------------------------
    def _prepare(self, document: Document) -> tuple[str, dict]:
        """Clean the text for NER and read the header (date, dateline places)."""
        text = _keep_header_breaks(document.text, clean_text(document.text))
        header: dict = {"title": document_title(document.text), "date": "", "dateline": [], "dateline_span": None,
                        # "**Jo Roe**": the emphasised runs, whose marks the clean-up blanks
                        "emphasis": [m.span(1) for m in _EMPHASIS_RE.finditer(document.text)] if "**" in document.text else []}
        title_end = text.find(header["title"][:40]) + len(header["title"]) if header["title"] else 0
        match = find_dateline(text[title_end:] if title_end > 0 else text)
        offset = title_end if title_end > 0 else 0
        if match is None:
            match = find_dateline(text)
            offset = 0
        if match:
            header["date"] = find_date(match.group("date"))
            places = match.group("places") or ""
            spans = []
            pos = offset + match.start("places") if places else 0
            for part in re.split(r"(/|,|&| and )", places):
                if part and part.strip() and part not in ("/", ",", "&", " and "):
                    lead = len(part) - len(part.lstrip())
                    spans.append((pos + lead, pos + lead + len(part.strip()), part.strip()))
                pos += len(part)
            header["dateline"] = spans
            s, e = offset + match.start(), offset + match.end()
            text = text[:s] + " " * (e - s - 1) + "\n" + text[e:]
        if not header["date"]:
            header["date"] = find_date("\n".join(document.text.strip().splitlines()[:6]))
        return text, header

    def _record(self, document: Document, doc: "Doc", header: dict) -> DocumentRecord:
        text = doc_text(doc)
        sents = sentences(doc)
        sent_starts = [s.start_char for s in sents]
        cands = self._candidates(doc, header)
        entities, spans = self._resolve(text, cands)
        record = DocumentRecord(
            doc_id=document.id,
            title=header["title"],
            date=header["date"],
            source=document.source,
            dateline_places=[],
            sentences=[normalise_space(document.text[s.start_char : s.end_char]) for s in sents],
        )
        for ent in entities.values():
            for start, end, _ in spans[ent.key]:
                idx = _sentence_index(sent_starts, start)
                ent.mentions.append(Mention(document.text[start:end], start, end, idx))
            ent.mentions.sort(key=lambda m: m.start)
        record.entities = sorted(entities.values(), key=lambda e: (e.mentions[0].start if e.mentions else 0, e.key))
        dateline_spans = [(s0, e0) for s0, e0, _ in header["dateline"]]
        record.dateline_places = [
            e.key for e in record.entities if e.type == "place" and any(s0 <= m.start < e0 for m in e.mentions for s0, e0 in dateline_spans)
        ]
        record.affiliations = self._affiliations(doc, record)
        from .meetings import detect_meetings  # meetings are detected in graphkit.meetings

        record.meetings = detect_meetings(doc, record, header)
        return record

    # -- candidates --------------------------------------------------------------
    def _candidates(self, doc: "Doc", header: dict) -> list[_Cand]:
        text = doc_text(doc)
        cands: list[_Cand] = []
        for start, end, name in header["dateline"]:
            if re.match(r"(?i)by\s", name) or not (self.gazetteer.lookup(name) is not None or name.isupper()):
                continue  # a byline ("By Staff Correspondent"), not a place
            cands.append(_Cand(start, end, "place", "dateline", text=name))
        for m in PERSON_RE.finditer(text):
            name = m.group("name")
            name, _ = _trim_name_run(name)
            if not name.strip() or name.strip() in TITLE_ABBREVIATIONS:
                continue  # "in the presence of Hon'ble CM": a title's short form, not a name
            lead = len(name) - len(name.lstrip())
            full = text[m.start() : m.start("name") + len(name)]
            venue = _VENUE_AFTER_RE.match(text, m.start("name") + len(name))
            if venue:  # "Dr. <Name> <State> Secretariat": a building named after someone, honorific and all
                cands.append(_Cand(m.start(), venue.end(), "place", "pattern", text=text[m.start() : venue.end()]))
                continue
            if is_demonym(name.split()[0]) and self.gazetteer.lookup(m.group("hon") + " " + name.split()[0][:-1]) is not None:
                continue  # "Sri Lankan pilgrims": the demonym of a country whose name opens with an honorific-like word
            if self.gazetteer.lookup(full) is not None or name.split()[-1] in _PLACE_HEAD_WORDS:
                # "Sri City", "Sri Lanka": an honorific-like word that begins a place name
                cands.append(_Cand(m.start(), m.start("name") + len(name), "place", "pattern", text=full))
                continue
            if _LEGAL_TAIL_RE.match(text, m.start("name") + len(name)) or LEGAL_SUFFIXES.search(name):
                continue  # "Sri Lakshmi Marine Feeds Pvt. Ltd.": a company whose name opens with an honorific-like word
            cands.append(
                _Cand(m.start("name") + lead, m.start("name") + len(name), "person", "honorific", titles=[m.group("hon")], text=name.strip())
            )
        for m in _NAME_AGE_RE.finditer(text):
            # "Mamata Behera, 34, watches the barge": a name and an age between commas, a newspaper's way with people
            if self._looks_like_personal_name(m.group(1)):
                cands.append(_Cand(m.start(1), m.end(1), "person", "pattern", text=m.group(1)))
        for m in _NAME_SAN_RE.finditer(text) if "-" in text else ():
            # "Kuroda-san", "Kuroda-sensei": a family name and the Japanese honorific after it; the name is the person's
            cands.append(_Cand(m.start(1), m.end(1), "person", "honorific", titles=[], text=m.group(1)))
        # "Governor ODA Mitsuru": a title, then a family name in capitals and a given name, which the model often misses
        for m in _TITLE_CAPS_NAME_RE.finditer(text):
            if self.gazetteer.lookup(m.group("name").split()[0]) is None and not _HEADLINE_GIVEN_RE.fullmatch(m.group("name").split()[1]):
                cands.append(_Cand(m.start("name"), m.end("name"), "person", "honorific", titles=[m.group("title")],
                                   text=m.group("name")))
        acronyms_defined: set[str] = set()
        title_acronyms: set[str] = set()  # "X, Industrial Development Commissioner (IIDC)": a title's short form, no body
        term_acronyms: set[str] = set()  # "direct reduced iron (DRI)": a term's short form, no body
        for m in ACRONYM_DEF_RE.finditer(text):
            acr = m.group("acr")
            acronyms_defined.add(acr)
            before = text[max(0, m.start() - 30) : m.start()].split()
            if before and before[-1].casefold() in TITLE_WORDS and before[-1][:1] == acr[-1:] and before[-1][:1].isupper():
                title_acronyms.add(acr)
            parts = [w for w in re.split(r"[\s-]+", text[max(0, m.start() - 60) : m.start()]) if w]
            if acr.isupper() and len(parts) >= len(acr) and all(
                w.islower() and w[:1] == a.lower() for w, a in zip(parts[-len(acr):], acr)
            ):  # "direct reduced iron (DRI)", "transit-oriented development (TOD)": a lower-case term's short form, no body
                term_acronyms.add(acr)
        for m in _NATIONAL_BODY_RE.finditer(text) if " of " in text else ():
            # "Marine Technology Parks of India (MTPI)": a name "... of <country or state>" its acronym spells is a body
            place = self.gazetteer.lookup(m.group("place"))
            if place is not None and place.kind in ("country", "subdivision") and _acronym_spells(m.group("acr"), m.group("name")):
                cands.append(_Cand(m.start("name"), m.end("name"), "organisation", "pattern", text=m.group("name")))
        for m in _CAPS_LETTERHEAD_RE.finditer(text, 0, 400):  # "COUNCIL FOR LEATHER AND FOOTWEAR EXPORTS": the issuer
            if _CAPS_ORG_HEAD_RE.search(m.group(1)) and 2 <= len(m.group(1).split()) <= 10:
                cands.append(_Cand(m.start(1), m.end(1), "organisation", "pattern", text=m.group(1)))
        # Span objects built once: Doc.ents makes a Span per entity on every access
        model_ents = [(ent.label_, ent.start_char, ent.end_char) for ent in doc.ents]
        model_places = {(a, b) for label, a, b in model_ents if label in ("GPE", "LOC")}
        cands += self._people_by_pattern(model_ents, text, acronyms_defined)
        cands += self._listed_local_companies(text)
        model_orgs = {_strip_span(text, a, b) for label, a, b in model_ents if label == "ORG"}
        model_org_texts = {text[a:b] for a, b in model_orgs}
        for m in _NAME_THEN_ACRONYM_RE.finditer(text) if model_org_texts else ():
            # "the Rebuild Malabar Initiative (RMI)": a capitalised name its acronym spells, the acronym one the model
            # reads as a body (here or elsewhere) -- the name is that body's, whatever its last word
            if m.group("acr") in model_org_texts and m.group("acr") not in title_acronyms and _acronym_spells(
                m.group("acr"), m.group("name")
            ) and self.gazetteer.lookup(m.group("name")) is None and not any(
                a < m.end("name") and m.start("name") < b for a, b in model_places
            ):  # ("United Arab Emirates (UAE)", "North Rhine-Westphalia (NRW)": a place, whatever the model makes of the acronym)
                cands.append(_Cand(m.start("name"), m.end("name"), "organisation", "pattern", text=m.group("name")))
        title_end = len(header["title"]) + (len(text) - len(text.lstrip())) if header["title"] else 0
        pattern_spans = []
        for m in [*ORG_RE.finditer(text), *ORG_OF_RE.finditer(text)]:
            if m.start() and text[m.start() - 1] == "/":
                continue  # "... A/S and Y Services": the legal form's "S", not a name's first word
            s, e = _org_span(text, m.start(), m.end())
            for s0, e0 in _split_at_sentence_end(text, s, e) if e > s else []:
                for s1, e1 in _split_listed(text, s0, e0):
                    pattern_spans += _split_coordinated(text, s1, e1, model_orgs)
        pattern_spans = _join_spelled_pairs(text, sorted(set(pattern_spans)))
        model_people = {_strip_span(text, a, b) for label, a, b in model_ents if label == "PERSON"}
        model_person_end = dict(model_people)
        model_person_start = {b: a for a, b in model_people}
        heading = _HeadingLines(text, title_end)
        model_org_end = {a: b for label, a, b in
                         ((label, *_strip_span(text, a, b)) for label, a, b in model_ents if label == "ORG")}
        for s, e in pattern_spans:
            if "\n" in text[s:e]:
                s, e = self._one_line_of(text, s, e)
                if e <= s:
                    continue
            s = _past_based_prefix(text, s, e)  # "Tumakuru-based Acme Automation Pvt Ltd": where it sits is not its name
            owner = _PLACE_POSSESSIVE_RE.match(text, s, e)
            if owner and self.gazetteer.lookup(owner.group(1)) is not None and LEGAL_SUFFIXES.search(text[s:e]):
                s = owner.end()  # "Japan's Hayate Power Co., Ltd.": the country owns no part of the company's name
            elif held := self._city_company(text, s, e):
                s = held.end()  # "Jo Roe of Agra's Taj Trails Pvt. Ltd.": a person of a city, then the city's company
            inside = [m for m in _ROLE_OF_INSIDE_RE.finditer(text, s, e) if m.end() < e]
            if inside:
                s = inside[-1].end()  # "Jo Roe, MD & CEO of Acme Co., Ltd.": the holder and the role are not the body's name
            longer = model_org_end.get(s, 0)
            longer = len(text[:longer].rstrip(" \t(")) if longer else 0  # the model's span may end in the acronym's bracket
            if longer > e and ACRONYM_DEF_RE.match(text, longer) and re.fullmatch(r"(?:,\s+[A-Z][\w-]*)*,?\s+(?:and|&)\s+[A-Z][\w-]*", text[e:longer]):
                e = longer  # "Ministry of Land, Infrastructure, Transport and Tourism (MLIT)": one body, however many commas
            if heading(s) and not (looks_like_company(text[s:e]) or any(
                w.casefold() in ORG_HEAD_WORDS for w in text[s:e].split()
            )) or (s < title_end or heading(s)) and _HEADLINE_VERB_RE.search(text[s:e]):
                continue  # "Press Release", "X Makers Explore Joint Ventures": a heading's capitals
            if (s, e) in model_people and self._looks_like_personal_name(text[s:e]):
                continue  # "Jo Roe and Acme Development Corporation (ADC)": the person, then the body
            held_by = model_person_start.get(e, -1)
            if s < held_by and text[s:held_by].split()[-1].casefold() in TITLE_WORDS and self._looks_like_personal_name(text[held_by:e]):
                continue  # "Industries Secretary Jo Roe and Acme Development Corporation (ADC)": a title and its holder
            person_end = model_person_end.get(s, 0)
            if s < person_end < e and (joint := _AND_BETWEEN_RE.match(text, person_end)) and _TITLE_WORD_AFTER_SPAN_RE.match(
                text, e
            ) and self._looks_like_personal_name(text[s:person_end]):
                s = joint.end()  # "president Jo Roe and Additional Industries Commissioner X": the person is no part of it
            if e > s and self._portfolio_before_minister(text, s, e, cands):
                continue
            if e > s and self._place_unit(text[s:e].split()):
                continue  # "(JBIC) New Delhi Office": the office of the body just named
            if e > s and (len(text[s:e].split()) >= 2 or _ACRONYM_RE.fullmatch(text[s:e])) and not is_generic_name(text[s:e]) and not _FOLLOWED_BY_DOCUMENT_RE.match(text, e) and not _portfolio(text, s, e):
                inner = _inner_title(text[s:e])
                if inner and inner.start() > 0 and self._holder_after_title(text, s + inner.end()):
                    continue  # "Seonam CEO Park Ji-hoon": a title and its holder run on from a short name
                e = self._extend_diplomatic(text, s, e)
                more = _WORDS_THEN_ACRONYM_RE.match(text, e)
                if more and not ACRONYM_DEF_RE.match(text, e) and _initials(text[s : e + len(more.group(1))]) == more.group("acr").upper():
                    e += len(more.group(1))  # "Spice and Fruit Promotion Council Keralam (SFPCK)": the acronym spells the last word too
                s = _past_unit(text, s, e)
                e = _with_legal_tail(text, e)
                if " of " in text[s:e] and (form := _LEGAL_FORM_OF_INSIDE_RE.search(text, s, e)):
                    e = form.end()  # "Acme Macchine SpA of Montecchio": the company, then the town it is in
                if text[s:e].split()[-1].casefold() in TITLE_WORDS and (portfolio := _PORTFOLIO_BRACKET_RE.match(text, e)):
                    e = portfolio.end()  # "Office of the Development Commissioner (Handlooms)": the office of one portfolio
                kind = "place" if _VENUE_NAME_END_RE.search(text[s:e]) or (  # a convention centre is a venue
                    text[s:e].split()[-1] in _VENUE_HEAD_WORDS and _AT_THE_BEFORE_RE.search(text, max(0, s - 8), s)
                ) else "organisation"  # "at the Haryana Civil Secretariat": where the meeting was
                cands.append(_Cand(s, e, kind, "pattern", text=text[s:e]))
                # "Dr Alun Rees of Cardiff University": the body after "of", should the person come first
                for sub in _OF_AT_RE.finditer(text[s:e]):
                    rest = text[s + sub.end() : e]
                    if looks_like_company(rest) and len(rest.split()) >= 2:
                        cands.append(_Cand(s + sub.end(), e, "organisation", "pattern", text=rest))
        # "Invest <Country>", "Enterprise <Country>": agencies named as a brand word and their country or state
        for m in _AGENCY_BRAND_RE.finditer(text):
            place = self.gazetteer.lookup(m.group("place"))
            if place is not None and place.kind in ("country", "subdivision") or (
                m.group("place").isupper() and m.group("place") in self.gazetteer.subdivision_codes
            ):  # "Invest <State>", "Invest <state code>"
                cands.append(_Cand(m.start(), m.end(), "organisation", "pattern", text=m.group(0)))
        # "the Odisha government": the government of a place the gazetteer knows
        for m in _GOVERNMENT_OF_RE.finditer(text) if "overnment" in text else ():  # no scan of a text without the word
            words = m.group(1).split()
            for k in range(len(words)):  # "The Kerala government": try "The Kerala", then "Kerala"
                name = " ".join(words[k:])
                place = self.gazetteer.lookup(name)
                if place is not None and place.kind in ("country", "subdivision", "city"):
                    start = m.end(1) - len(name)
                    cands.append(_Cand(start, m.end(), "organisation", "government", text=f"Government of {name}"))
                    break
        for ent in _joined_person_runs(model_ents, text):
            gtype = LABEL_TYPES.get(ent.label_)
            if gtype is None:
                continue
            s, e = _strip_span(text, ent.start_char, ent.end_char)
            if gtype in ("person", "organisation") and (dash := _SPACED_DASH_RE.search(text, s, e)) and (
                not looks_like_company(text[s:e]) or not re.search(r"[A-Z]", text[dash.end() : e])
            ):
                e = _strip_span(text, s, dash.start())[1]  # "Kakinada - Rs", "Acme s.r.o. - 5-axis": a spaced dash ends a name
                if e <= s:
                    continue
            if gtype in ("organisation", "person") and _LEGAL_FORM_END_RE.search(text, s, e) and (lead := _COMPANY_WORD_BEFORE_RE.search(text, max(0, s - 30), s)) and (
                self.gazetteer.lookup(lead.group(1)) is None and lead.group(1).casefold() not in _TITLE_NON_ENTITY_OR_HEAD
                and lead.group(1) not in HONORIFICS and not is_sentence_opener(lead.group(1)) and not is_demonym(lead.group(1))
            ):
                s, gtype = lead.start(1), "organisation"  # "and [Fratelli] Lodi Srl": the model began the company's name late
            if gtype in ("organisation", "person") and (legal_end := _with_legal_tail(text, e)) > e:
                gtype, e = "organisation", legal_end  # "Morava Boring Mills [a.s.]": the legal form the model left off
            if gtype in ("person", "organisation") and (parts := self._place_list(text[s:e])):
                for a, b in parts:  # "Hosur, Krishnagiri and Dharmapuri": a list of towns the model read as one body
                    cands.append(_Cand(s + a, s + b, "place", "model", text=text[s + a : s + b]))
                continue
            if gtype == "place" and (pair := _HYPHENED_PAIR_RE.fullmatch(text, s, e)) and self.gazetteer.lookup(text[s:e]) is None and all(
                self.gazetteer.lookup(pair.group(k)) is not None for k in (1, 2)
            ):  # "the Ludhiana-Jalandhar belt": two towns, each a place
                cands += [_Cand(pair.start(k), pair.end(k), "place", "model", text=pair.group(k)) for k in (1, 2)]
                continue
            if gtype == "organisation" and (more := _FOREIGN_CONNECTOR_TAIL_RE.match(text, e)) and _initials_hold(
                more.group("acr"), text[s : more.end("words")]
            ):
                e = more.end("words")  # "[Deutsche Gesellschaft] für Internationale Zusammenarbeit (GIZ)": the whole name
            if gtype == "organisation" and (text[s:e] in title_acronyms or text[s:e] in term_acronyms):
                continue  # "called on the IIDC": the holder of a title, not a body
            if gtype == "place" and text[s:e].split()[-1].casefold() in _PERSON_TITLE_ENDS:
                continue  # "District Magistrate, Jhansi": an office, not a place
            if gtype == "organisation" and (_INDUSTRIAL_SITE_END_RE.search(text, s, e) or _VENUE_NAME_END_RE.search(text[s:e])):
                gtype = "place"  # "the Jigani Industrial Area", "at Varsha Guest House": a site or a venue, not a body that meets
            if gtype == "person" and " " in text[s:e] and re.split(r"[\s-]", text[s:e])[-1] in _SITE_HEAD_WORDS:
                gtype = "place"  # "toured Wakato Eco-Town", "took a boat to Pulau Seraya Landfill": a site, no person
            if gtype == "place" and self.gazetteer.lookup(text[s:e]) is None and _acts_as_body(doc, s, e):
                gtype = "organisation"  # "X and Y jointly hosted a roundtable": a name no gazetteer knows, doing what bodies do
            if gtype == "organisation" and self._place_in_list(text, s, e, model_places):
                gtype = "place"  # "in Konkan and Khandesh": a region beside a place, after "in"
            if text.startswith("@", s):
                gtype = "person" if gtype == "person" else "organisation"  # "@AcmeUniv": a social-media handle names a body
            elif gtype == "person" and (handle := text.find(" @", s, e)) > s:
                e = handle  # "Jo Roe @JoRoeKA": the name, then the person's handle
            if gtype in ("person", "organisation") and (amp := text.find(" & ", s, e)) > s and (
                gtype == "person" or all(_short_title(text[a:b].split()[0]) for a, b in ((s, amp), (amp + 3, e)))
            ):  # "CM Vyas & CG Sethi": two people, each after a title's short form
                for a, b in ((s, amp), (amp + 3, e)):
                    words = text[a:b].split()
                    while len(words) > 1 and _short_title(words[0]):
                        a = text.index(words[1], a + len(words[0]))
                        words.pop(0)
                    if words and all(_ONE_NAME_WORD_RE.fullmatch(w) for w in words) and not looks_like_company(text[a:b]):
                        cands.append(_Cand(a, b, "person", "model", text=text[a:b]))
                continue
            if gtype in ("person", "organisation") and _PORTFOLIO_MIDDLE_BEFORE_RE.search(text, max(0, s - 80), s) and (
                _PORTFOLIO_MIDDLE_AFTER_RE.match(text, e)
            ):
                continue  # "Minister for Industries, [Mines and Geology] and Commerce": a subject of the portfolio
            if gtype == "person" and re.search(
                r"\b(?:Minister|Secretary|Commissioner|Director|Department)\s+(?:for|of)\s+(?:[A-Z][\w-]*,?\s+)+(?:and|&)\s+$",
                text[max(0, s - 80) : s],
            ) and len(text[s:e].split()) >= 3:
                s += len(text[s:e].split()[0])  # "Minister for Mines and [Energy S. Jo ...]": the portfolio's last word
                s, e = _strip_span(text, s, e)
            if gtype == "person" and all(
                w in HONORIFICS or w.casefold().strip(",.") in _TITLE_OR_NON_ENTITY or w in ("of", "for", "and", "&")
                for w in text[s:e].split()
            ):
                continue  # "Hon'ble Minister of": a title the model took for a name
            if gtype == "person" and " " not in text[s:e] and _PORTFOLIO_RUN_BEFORE_RE.search(text, max(0, s - 80), s) and (
                _PORTFOLIO_GOES_ON_RE.match(text, e)
            ):
                continue  # "Minister for Industries, Law and Coir Shri X": a portfolio's word, not a name
            if gtype == "organisation" and (trail := _TITLE_START_AT_END_RE.search(text, s, e)) and trail.start() > s and (
                _ROLE_AFTER_SPACE_RE.match(text, e)
            ):
                e = trail.start()  # "[KITA Executive] Vice Chairman": the title begins inside the model's span
            if gtype == "organisation" and (abbr := _TITLE_ABBREVIATION_LEAD_RE.match(text[s:e])):
                s, gtype = s + abbr.end(), "person"  # "MoS <Surname>": a title's abbreviation, then its holder
            if gtype == "person" and _INITIAL_AND_NAME_RE.fullmatch(text[s:e]) and (
                more := re.match(r"(?:[ \t]+[A-Z][a-z]+){1,2}(?![\w.-])", text[e : e + 40])
            ) and not any(w.casefold() in _TITLE_NON_ENTITY_OR_HEAD or self.gazetteer.lookup(w) is not None for w in more.group(0).split()):
                e += more.end()  # "E Venkat [Narsimha Reddy]": an initial without its stop, and the rest of the name
            if gtype == "person" and len(text[s:e].split()) >= 2 and s >= 2 and text[s - 1] == " " and text[s - 2].isalpha():
                s = self._given_name_left_out(doc, text, s)  # "[Anders] Holm Kragh, head of ...": the model began late
            if gtype == "person" and len(text[s:e].split()) >= 2 and (given := _GIVEN_AFTER_PORTFOLIO_RE.search(text, max(0, s - 90), s)) and (
                not _PORTFOLIO_WORD_RE.search(given.group("word")) and given.group("word").casefold() not in _TITLE_NON_ENTITY_OR_HEAD
                and self.gazetteer.lookup(given.group("word")) is None and match_key(given.group("word")) not in self._sector_keys()
            ):
                s = given.start("word")  # "Minister of Heavy Industries [Ramesh] Chandra Yadav": the model cut off the given name
            words = text[s:e].split()
            if gtype in ("organisation", "person") and len(words) >= 3 and _TITLE_TO_BEFORE_RE.search(text, max(0, s - 40), s):
                for n in (2, 1):  # "Ambassador to [India] Keiko Ishida": the country of the title, then its holder
                    place = self.gazetteer.lookup(" ".join(words[:n]))
                    rest = " ".join(words[n:])
                    if _is_big_place(place) and place.kind != "city" and 2 <= len(words) - n <= 3 and self._looks_like_personal_name(rest):
                        s, gtype = e - len(rest), "person"
                        words = words[n:]
                        break
            if gtype == "person" and len(words) >= 3 and _PORTFOLIO_WORD_RE.search(words[0]) and _PORTFOLIO_RUN_BEFORE_RE.search(
                text, max(0, s - 80), s
            ):
                s += len(words[0]) + 1  # "Minister for [Mines] Kiran Rao": the portfolio's last word is not the name
            if gtype == "person" and (lost := _BRACKET_THEN_NAME_BEFORE_RE.search(text[max(0, s - 40) : s])) and not (
                lost.group(1).casefold() in _TITLE_NON_ENTITY_OR_HEAD or self.gazetteer.lookup(lost.group(1)) is not None
            ):
                s -= len(text[max(0, s - 40) : s]) - lost.start(1)  # "Secretary (Industries) [Bikash] Chandra Rao": the first name
            if "\n\n" in text[s:e]:
                e = s + text[s:e].index("\n\n")
                s, e = _strip_span(text, s, e)
            if "(" in text[s:e]:
                s, e = _strip_span(text, s, s + text[s:e].index("("))
            lead_prep = _LEADING_PREPOSITION_RE.match(text, s, e)
            if lead_prep and gtype in ("organisation", "person"):
                s = lead_prep.end()  # "At Udyog Bhavan, members met ...": the preposition opening the line is no name
            based = _based_prefix(text[s:e])
            if based and gtype in ("organisation", "person"):
                s += based.end()  # "Osaka-based Acme Foods": where the company sits is not its name
            if gtype == "person" and _CAPS_WORD_AND_NAME_RE.fullmatch(text[s:e]) and self.gazetteer.lookup(text[s:e].split()[1]) is not None:
                gtype = "organisation"  # "ABCD Pune": an agency's office in a city
            if gtype == "place" and " near " in text[s:e]:
                left, right = text[s:e].rsplit(" near ", 1)
                if self.gazetteer.lookup(right) is not None:
                    e = s + len(left)  # "X Industrial Area near <city>"
            if gtype == "place" and " in " in text[s:e]:
                left, right = text[s:e].rsplit(" in ", 1)
                if self.gazetteer.lookup(right) is not None and self.gazetteer.lookup(left) is None:
                    e = s + len(left)  # "Technopark in Thiruvananthapuram": the site, then the city it is in
            if gtype == "person" and heading(s):
                if _HEADLINE_VERB_IN_NAME_RE.match(" " + text[s:e].title()):
                    continue  # "... MINISTER [MEETS BUSINESS DELEGATION]": the headline's verb and object, no name
                cut = _HEADLINE_VERB_IN_NAME_RE.search(text[s:e])
                if cut:
                    e = s + cut.start()  # "TANAKA Holds Meeting": the headline's verb is not the name
            if gtype in ("organisation", "place") and (s < title_end or heading(s)) and _HEADLINE_VERB_RE.search(text[s:e]):
                continue  # "Delegation Visits Ludhiana Cycle Cluster", "<State> courts UAE investors": a headline, not a name
            if gtype == "organisation" and heading(s) and not (
                looks_like_company(text[s:e]) or _ACRONYM_RE.fullmatch(text[s:e])
                or any(w.casefold() in ORG_HEAD_WORDS for w in text[s:e].split())
            ):
                continue  # "ABC and XYZ Exchange MoU": headline capitals, not a body's name
            if gtype == "organisation" and "-" in text[s:e] and " " not in text[s:e].strip() and all(
                part[:1].isupper() for part in text[s:e].split("-")
            ) and any((p := self.gazetteer.lookup(part)) is not None and p.kind in ("city", "subdivision") for part in text[s:e].split("-")):
                gtype = "place"  # "<city>-<city>": twin cities
            if gtype == "organisation" and not looks_like_company(text[s:e]) and not _ACRONYM_RE.fullmatch(text[s:e]) and not any(
                w.casefold() in ORG_HEAD_WORDS for w in text[s:e].split()
            ) and (
                _TITLE_WORD_AFTER_SPAN_RE.match(text[e : e + 14])
                or _TITLE_COMMA_BEFORE_RE.search(text[max(0, s - 30) : s])
                and text[e : e + 1] == ","
            ):
                continue  # "Trade and Investment Commissioner", "Director, International Affairs, X Agency": a portfolio
            if gtype == "organisation" and text[max(0, s - 2) : s] == ", " and _JOB_AFTER_RE.match(text, e) and not LEGAL_SUFFIXES.search(text[s:e]):
                continue  # "Mr. X, Plant Engineering Manager, toured ...": a job title between commas, not a body
            if _TICKER_BEFORE_RE.search(text, max(0, s - 12), s):
                continue  # "(ASX: MLX)", "(NSE: ACME)": a stock ticker, not a body of its own
            if not any(ch.isupper() for ch in text[s:e]) or text[s:e].casefold() in _ADMIN_UNIT_WORDS:
                continue  # "nacelle pre-assembly", "laydown yards", "west coast", a lone "Province": no name
            if text[e : e + 3] == "-do" and not text[e + 3 : e + 4].isalpha() and (
                    place := self.gazetteer.lookup(text[s : e + 3])) is not None:
                gtype, e = "place", e + 3  # "Chungcheongnam" + "-do": a Korean province, suffix and all
            if gtype in ("person", "organisation") and text[s - 1 : s] == "(" and _TITLE_BEFORE_BRACKET_RE.search(text, max(0, s - 30), s):
                continue  # "Director (Global Business)", "Principal Secretary (Industries)": the office's portfolio
            if gtype == "place" and text[s - 1 : s] == "(" and text[e : e + 1] == ")" and " " in text[s:e] and self.gazetteer.lookup(text[s:e]) is None:
                gtype = "organisation"  # "(ACME India)": a body's short name in brackets
            if gtype == "place" and text[s:e] in acronyms_defined and text[s:e].isupper() and len(text[s:e]) > 2:
                gtype = "organisation"  # "(ABCD)" defined after a body's name, then "ABCD" alone
            if gtype == "person" and (
                any(w.strip(",").rstrip(".").casefold() in _LEGAL_FORMS_FOLDED for w in text[s:e].split()[1:])
                or (acr := ACRONYM_DEF_RE.match(text, e)) is not None and _acronym_spells(acr.group("acr"), text[s:e])
                or any(w in acronyms_defined and len(w) > 2 for w in text[s:e].split())
            ):
                gtype = "organisation"  # "Acme Renovables S.L.", "ABCD Espana ... (ABCD)": people have no legal form or acronym
            if gtype == "organisation":
                s = _past_based_prefix(text, s, e)  # "Chiang Mai-based Doi Journeys Co., Ltd.": where it sits is no part of it
            if gtype == "organisation" and (held := self._city_company(text, s, e)):
                if self._looks_like_personal_name(text[s : held.start()]):  # "Jo Roe of Agra's Taj Trails Pvt. Ltd."
                    cands.append(_Cand(s, held.start(), "person", "model", text=text[s : held.start()]))
                s = held.end()
            elif gtype == "organisation" and (held := _OF_PLACES_RE.match(text, e)) and self.gazetteer.lookup(
                held.group(1)) is not None and looks_like_company(text[held.end() : held.end() + 60]) and (
                self._looks_like_personal_name(text[s:e])
            ):
                gtype = "person"  # "[Jo Roe] of Agra's Taj Trails Pvt. Ltd.": a person of the city's company
            if gtype in ("person", "organisation", "place") and (building := _BUILDING_WORD_AFTER_RE.match(text, e)):
                e, gtype = building.end(), "place"  # "[Udyog] Bhawan": the model left out the building's word
            if gtype in ("person", "organisation") and text[s:e].split()[-1] in _VENUE_HEAD_WORDS and len(text[s:e].split()) >= 2:
                gtype = "place"  # "at <State> Niwas", "<name> Soudha": a government building is a place
            if gtype == "person" and len(text[s:e].split()) >= 2 and text[s:e].split()[-1] in _AREA_HEAD_WORDS:
                gtype = "place"  # "Bandra Kurla Complex", "Hinjewadi Estate": an area, not a person
            if gtype in ("person", "organisation") and self._street_or_locality(text, s, e):
                gtype = "place"  # "along Ring Road", "the depot at Shanti Nagar", "Ganga Setu": a road, a locality, a bridge
            if gtype == "person" and len(text[s:e].split()) >= 3 and text[s:e].split()[-1].casefold() in _COMPANY_TAIL_WORDS:
                gtype = "organisation"  # "Acme-Beta Fluid Power": three words ending in a trade are a company ("Ann Power" is not)
            if gtype == "organisation":
                s = _past_unit(text, s, e)
            words_here = text[s:e].split()
            if gtype == "organisation" and self._place_unit(words_here):
                continue  # "Head of the India Desk, <Agency>", "JBIC New Delhi Office": a unit of a body, not a body of its own
            if gtype in ("person", "organisation") and _OFFICE_RE.match(text[s:e]):
                continue  # "Hon'ble Minister for Industries": an office and its portfolio, neither a person nor a body
            if gtype == "organisation" and words_here and words_here[-1].casefold() in _OFFICE_END_WORDS and not (
                looks_like_company(text[s:e])
            ):
                continue  # "Trade Attaché", "Deputy Consul": an office a person holds, not a body
            if gtype == "organisation" and _VENUE_NAME_END_RE.search(text[s:e]):
                gtype = "place"  # "<City> Exhibition and Convention Centre": a venue, where meetings happen
            venue = _VENUE_AFTER_RE.match(text, e) if gtype == "person" else None
            if venue:  # "Dr. <Name> <State> Secretariat", "<Name> Stadium": a building named after someone
                e, gtype = venue.end(), "place"
                hon = re.search(r"(?:Dr\.?|Shri|Sardar|Pandit|Netaji|Mahatma|Sir)\s+$", text[max(0, s - 10) : s])
                s -= len(hon.group(0)) if hon else 0
            if gtype == "place" and is_demonym(text[s:e]):
                continue  # "the Emirati market": a nationality, not a place
            if gtype in ("person", "organisation") and _ADMIN_UNIT_AFTER_RE.match(text[e : e + 14]) and (
                    self._looks_like_personal_name(text[s:e]) or self.gazetteer.lookup(text[s:e]) is not None
                    or len(text[s:e].split()) <= 2 and not looks_like_company(text[s:e]) and not _ACRONYM_RE.fullmatch(text[s:e])):
                gtype = "place"  # "Golaghat and Karbi Anglong districts": places named by what they are
            if gtype in ("person", "organisation") and _CLUSTER_AFTER_RE.match(text[e : e + 10]) and len(
                text[s:e].split()) <= 2 and not looks_like_company(text[s:e]) and not _ACRONYM_RE.fullmatch(text[s:e]):
                gtype = "place"  # "the Sri City and Naidupeta clusters": an industrial cluster is named by its town
            if gtype == "place" and self.gazetteer.lookup(_bare(text[s:e])) is None and (re.match(
                r",\s+(?:the\s+)?(?:[A-Z][a-z]+\s+){0,3}(?:Chairman|Chairwoman|Chairperson|President|Minister|Secretary|Director|"
                r"CEO|Governor|Mayor|Ambassador|Commissioner|Head|Chief|Deputy|Vice)\b", text[e : e + 50]
            ) or _ROLE_AFTER_RE.match(text, e)) and self._looks_like_personal_name(text[s:e]) and not (
                text[s:e].split()[-1] in _VENUE_HEAD_WORDS or text[s:e].split()[-1] in _AREA_HEAD_WORDS
            ):
                gtype = "person"  # "Jo Roe, Vice Chairman of ...": a place holds no office
            if gtype in ("place", "person"):
                tail = _TRAILING_CONNECTORS_NEAR_RE.search(text[s:e])
                if tail and tail.start() > 0:
                    e = s + tail.start()  # "Technopark in": a connector never ends a name
            trailing = _trailing_title_abbreviations(text[s:e])
            if trailing and trailing.start() > 0:
                e = s + trailing.start()  # "Andhra Pradesh CM", "Kerala MD": a place (or body) and a title
                place = self.gazetteer.lookup(text[s:e])
                if place is not None and place.kind in ("country", "subdivision", "city", "region", "continent"):
                    gtype = "place"
            if gtype == "organisation" and " " not in text[s:e].strip() and not looks_like_company(text[s:e]) and re.search(
                r"\b(?:campus|plant|park|facility|unit|site|factory|hub|warehouse|terminal|office|project|mill|cluster|estate|zone|"
                r"corridor|yard|shipyard|township)s?\s+(?:at|in|near)\s+$",
                text[max(0, s - 30) : s],
            ):
                gtype = "place"  # "a data centre campus at Siruseri": where a facility is, is a place
            if gtype == "place" and self.gazetteer.lookup(_bare(text[s:e])) is None and re.match(
                r"(?:'s|\u2019s)?\s+(?:founder|chairman|chairwoman|chairperson|chief\s+executive|ceo|cfo|cto|managing\s+director|"
                r"shareholders|subsidiary)\b", text[e : e + 30]
            ):
                gtype = "organisation"  # "met Foxhollow chairman X": a place has no chairman or shareholders
            if gtype == "person" and re.match(r"\s*,", text[e : e + 3]) and re.search(
                r"(?:^|[.!?:]\s+|\n\s*)(?:In|At|Near)\s+$", text[max(0, s - 8) : s]
            ) and not _LEADING_HONORIFIC_RE.match(text, s):
                gtype = "place"  # "At Moshav Acme, the team ...": where the sentence happens, not who
            if gtype == "person" and _VISIT_PREPOSITION_BEFORE_RE.search(text[max(0, s - 10) : s]) and (
                (last := self.gazetteer.lookup(text[s:e].split()[-1])) is not None and last.kind == "city" and last.population >= 50_000
            ) and not _LEADING_HONORIFIC_RE.match(text, s):
                gtype = "place"  # "will visit Mandi <City>": a town whose name ends in a city's, not a person
            if text[s:e].endswith("-based"):
                continue  # "Jebel Ali-based": where a company sits, cut from its name
            lead = _LEGAL_PREFIX_BEFORE_RE.search(text[max(0, s - 6) : s])
            if lead and gtype in ("person", "place", "organisation"):
                s -= len(lead.group(0))  # "PT" + "Bumi Sentosa Makmur": the model left the legal form out
            if gtype in ("person", "place") and LEGAL_PREFIXES.match(text[s:e]):
                gtype = "organisation"  # "PT Acme", "M/s Acme": a legal form before the name is a company's
                more = re.match(r"(?:[ \t]+(?:[A-Z][\w\u00c0-\u024f&'.-]*|&))*", text[e:])
                e += len(more.group(0).rstrip(" .")) if more else 0
            if gtype in ("organisation", "person") and self._portfolio_before_minister(text, s, e, cands):
                continue  # "Tamil Nadu Industries Minister X": a place and a portfolio, whatever the model called them
            if gtype in ("organisation", "person", "place") and _AND_RE.search(text[s:e]) and (
                    gtype != "place" or self.gazetteer.lookup(text[s:e]) is None):  # "Trinidad and Tobago" stays whole
                pair = re.split(r",\s+|\s+(?:and|&)\s+", text[s:e])
                known = [(p := self.gazetteer.lookup(w)) is not None and p.kind in ("city", "subdivision", "country")
                         or len(w.split()) >= 2 and w.split()[-1] in _STREET_HEAD_WORDS for w in pair]  # "X Road and Y Mod"
                if len(pair) >= 2 and (all(known) or gtype == "place" and any(known) and all(
                    len(w.split()) <= 2 and w[:1].isupper() and not looks_like_company(w)
                    and not any(x.casefold() in ORG_HEAD_WORDS for x in w.split()) for w in pair
                )):
                    at = s
                    for w in pair:  # "Pune and Ahmedabad": two places, not one body
                        at = text.index(w, at)
                        cands.append(_Cand(at, at + len(w), "place", "gazetteer", text=w))
                        at += len(w)
                    continue
            if gtype == "organisation":
                s, e = _org_span(text, s, e)
                parts = _split_coordinated(text, s, e, model_orgs) if e > s else []
                if len(parts) == 2:  # "ABC and Mitsuda Maschinen GmbH": two bodies
                    (ls, le), (s, e) = parts
                    if not _is_noise(text[ls:le]):
                        cands.append(_Cand(ls, le, "organisation", "model", text=text[ls:le]))
                inner = _inner_title(text[s:e])
                who = _CAPITALISED_RUN_RE.match(text, s + inner.end()) if inner and inner.start() > 0 else None
                if inner and inner.start() > 0 and (
                    looks_like_company(text[s : s + inner.start()]) or self._holder_after_title(text, s + inner.end())
                ):
                    # "Samyang Electronics CEO Park Min-ho", "Seonam CEO Park Ji-hoon": the body, its officer's title, the officer
                    if who:
                        cands.append(_Cand(who.start(), who.end(), "person", "model", text=who.group(0)))
                    e = s + inner.start()
                trail = _TITLE_WORD_AT_END_RE.search(text[s:e])
                if trail and re.match(r"\s+(?:Director|Manager|Secretary|Officer|President|Chairman)\b", text[e : e + 14]):
                    e = s + trail.start()  # "Becamex General Director X": the title starts inside the span
                portfolio = re.search(r"(?:Secretary|Minister|Commissioner|Director|Minister\s+of\s+State)\s+(?:for|of)\s+"
                                      r"(?:[A-Z][\w-]*,?\s+)*(?:(?:and|&)\s+(?:[A-Z][\w-]*,?\s+)+)?$", text[max(0, s - 80) : s])
                if portfolio and re.search(r",\s+$", portfolio.group(0)) and self._looks_like_personal_name(text[s:e]):
                    gtype = "person"  # "the state's Minister for Mines, Jane Doe": the holder after the portfolio
                elif portfolio and not _POSSESSIVE_AFTER_RE.match(text[e : e + 3]):
                    continue  # "Cabinet Secretary for Energy, Mining and Petroleum": a portfolio
            if gtype == "person":
                s = self._given_name_before(text, s)
            if gtype == "person" and (vn := _VIETNAMESE_FAMILY_BEFORE_RE.search(text, max(0, s - 8), s)) and all(
                len(w) <= 5 for w in text[s:e].split()
            ) and not text.startswith(" City", e):
                s = vn.start(1)  # "Vo [Thi Bich Ngoc]": the model left out a Vietnamese family name
            if gtype == "person" and (two := _TWO_LETTER_INITIAL_BEFORE_RE.search(text, max(0, s - 5), s)):
                s = two.start()  # "Industries, Ch. Ravi Teja Goud": the two-letter initial opens the name
            if gtype == "person" and _INITIAL_BEFORE_RE.search(text[max(0, s - 3) : s]) and " " not in text[s:e].strip() and not (
                re.search(r"(?<![\w.])An?\s$", text[max(0, s - 3) : s]) and self.gazetteer.lookup(text[s:e].strip()) is not None
            ):  # ("A <State> delegation": an article before a place the model took for a name)
                if text[s - 2 : s - 1] == "A" and _GROUP_NOUN_AFTER_RE.match(text, e):
                    continue  # "A Tanaka team was in Pune": an article and a company's name, not "A. Tanaka"
                s = s - len(re.search(r"[A-Z]\.?\s$", text[max(0, s - 3) : s]).group(0))  # "P Venkatesan"
            nxt = _NEXT_CAPITALISED_WORD_RE.match(text[e : e + 30])
            if gtype == "person" and nxt and not (
                nxt.group(1).casefold() in _TITLE_OR_NON_ENTITY or nxt.group(1) in HONORIFICS
                or self.gazetteer.lookup(nxt.group(1)) is not None or is_demonym(nxt.group(1))
            ) and len(text[s:e].split()) >= 2:
                e += nxt.end()  # "Pham Ngoc" + " Thuan": the model stopped one name short
            if gtype == "person" and (joined := _CONNECTED_NAME_AFTER_RE.match(text, e)) and not (
                joined.group(1).casefold() in _TITLE_OR_NON_ENTITY or self.gazetteer.lookup(joined.group(1)) is not None
            ):
                e = joined.end()  # "S. Harjinder" + " Singh Sekhon": the model stopped at the middle name
            if gtype == "person" and _HYPHEN_LOWER_AFTER_RE.match(text[e : e + 12]):
                e += re.match(r"-[a-z]+\b", text[e : e + 12]).end()  # "Park Ji" + "-hoon"
            if gtype == "place" and " in " in text[s:e] and (inside := _IN_PLACE_END_RE.search(text, s, e)) and (
                self.gazetteer.lookup(inside.group(1)) is not None
            ):
                e = inside.start()  # "Avadi in Chennai": the place, then the city it lies in (a place of its own)
            if e <= s or _is_noise(text[s:e]) or gtype == "person" and any(c.isdigit() for c in text[s:e]):
                continue  # ("Jun 18, 2025" in a byline: no name has a digit)
            if gtype == "person" and ((last := text[s:e].rsplit(None, 1)[-1]) in _UNIT_HEADS or last.casefold() in _JOB_LAST_WORDS):
                continue  # "General Manager, Chennai Branch", "Shwetha Rao, Communications Lead": an office, a job; no person
            if gtype in ("organisation", "person") and is_generic_name(text[s:e]):
                continue
            if gtype in ("organisation", "place") and (_NOT_A_BODY_RE.search(text[s:e]) or _FOLLOWED_BY_DOCUMENT_RE.match(text, e)):
                continue
            if gtype == "person" and len(text[s:e].split()) >= 2 and _NOT_A_BODY_RE.search(text[s:e]):
                continue  # "<State> Conclave", "<Acme> MoU": an event or a document the model took for a name
            if gtype == "organisation" and (_portfolio(text, s, e) or _plural_head(text[s:e])):
                continue
            words = text[s:e].split()
            if gtype == "organisation" and len(words) >= 3 and words[-1].rstrip(".") in _HONORIFIC_STEMS and words[-2].casefold() in TITLE_WORDS:
                continue  # "Ports and Harbours Development Commissioner Smt": a title run into the holder's honorific
            source = "model"
            if gtype == "organisation" and len(words) >= 3 and (acr := ACRONYM_DEF_RE.match(text, e)) is not None and (
                _acronym_fits(acr.group("acr"), text[s:e])
            ):
                source = "pattern"  # "Society of Acme Drone Manufacturers (SADM)": a body its acronym spells, sector word and all
            based_end = _BASED_SUFFIX_RE.search(text, s, e)
            if based_end:  # "Bhimavaram-based" alone: where a company sits, a place if the gazetteer knows it
                if self.gazetteer.lookup(text[s : based_end.start()]) is None:
                    continue
                gtype, e = "place", based_end.start()
            cands.append(_Cand(s, e, gtype, source, text=text[s:e]))
        for matcher in (self._lower, self._orth):
            for _, ms, me in matcher(doc):
                span = doc[ms:me]
                start, end = span.start_char, span.end_char
                surface = text[start:end]  # Span.text joins the span's tokens on every access: sliced once
                key = surface if matcher is self._orth else surface.lower()
                sector = self._sector_of.get(key) or self._sector_of.get(re.sub(r"\s+", " ", key))
                if sector is None or len(span) == 1 and span.root.pos_ in ("VERB", "AUX"):
                    continue  # "shipping raw leaf to Hamburg" is not the shipping sector
                if key in ("engineering", "infrastructure") and surface.islower() and _NOT_A_SECTOR_KIND_RE.search(text, max(0, start - 16), start):
                    continue  # "data engineering", "IT infrastructure": a trade or an asset, not the industry
                if _NOT_A_SECTOR_USE_RE.match(text, end) or _NOT_A_SECTOR_BEFORE_RE.search(text, max(0, start - 20), start) or key.endswith(("park", "estate")) and _ONE_SITE_BEFORE_RE.search(text, max(0, start - 40), start):
                    continue  # "under construction", "the construction of a plant", "the <Name> industrial park": one site, no sector
                if _EVENT_NAME_AFTER_RE.match(text, end) and surface[:1].isupper() or _A_DRINK_RE.search(
                    text, max(0, start - 6), end + 7
                ) or len(span) == 1 and span[0].tag_ == "NN" and span[0].dep_ != "compound" and key + "s" in self._sector_of and key not in self._listed_forms and _ONE_OF_BEFORE_RE.search(
                    text, max(0, start - 12), start
                ):
                    continue  # "UP International Trade Show", "said over coffee", "the delegation's hotel", "when the port is congested"
                if surface[:1].isupper() and _in_portfolio_title(text, start, end):
                    continue  # "Minister for Mines", "Ports and Harbours Development Commissioner": a title
                cands.append(_Cand(start, end, "sector", "taxonomy", text=surface, sector=sector))
        # "Corvane Logistics", "Samyang Electronics": a proper name before a capitalised sector word is a company
        title_end = len(header["title"]) + (len(text) - len(text.lstrip())) if header["title"] else 0
        sector_spans = [(c.start, c.end) for c in cands if c.source == "taxonomy" and text[c.start : c.start + 1].isupper()]
        for start, end in sector_spans:
            if start < title_end or text[start:end].casefold() in ("port", "ports", "airport", "harbour", "harbor", "seaport"):
                continue
            first = doc.char_span(start, end, alignment_mode="expand")
            if first is None:
                continue
            i = first.start
            while i > first.sent.start and doc[i - 1].pos_ == "PROPN" and doc[i - 1].text[:1].isupper() and not (
                _is_big_place(self.gazetteer.lookup(doc[i - 1].text)) or is_demonym(doc[i - 1].text) or _is_noise(doc[i - 1].text)
                or doc[i - 1].text in HONORIFICS or doc[i - 1].text in self.gazetteer.subdivision_codes
            ):
                i -= 1
            if i < first.start and not _portfolio(text, doc[i].idx, end) and match_key(text[doc[i].idx : end]) not in self._sector_keys():
                # ("Green Hydrogen, Offshore Wind and Battery Energy Storage projects": capitalised sector phrases, no company)
                tail = None if _LEGAL_TAIL_RE.match(text, end) else _COMPANY_TAIL_WORDS_RE.match(text, end)
                if tail and not any(w.casefold() in TITLE_WORDS or w in HONORIFICS or self.gazetteer.lookup(w) is not None
                                    for w in tail.group(0).split()):
                    end += len(tail.group(0))  # "Emirates Seafood Traders", "Ginza Tea Shokai": the name goes on
                legal = _LEGAL_TAIL_RE.match(text, end)
                if legal:
                    end += len(legal.group(0))  # "Dune Logistics FZE": the legal form ends the name
                if _FOLLOWED_BY_DOCUMENT_RE.match(text, end) or _JOB_AFTER_RE.match(text, end) or _NOT_A_BODY_RE.search(text, doc[i].idx, end) or (
                    match_key(text[doc[i].idx : end]) in self._sector_keys()
                ):
                    continue  # "a Clean Power Investors' Roundtable", "Plant Engineering Manager,", "the X Energy Policy": no body
                start = _past_based_prefix(text, doc[i].idx, end)  # "IT firms including Salt Lake-based X": not its name
                cands.append(_Cand(start, end, "organisation", "apposition", text=text[start:end]))
        # "near Devanahalli", "at Sriperumbudur and Oragadam near Chennai": places by their preposition
        for m in NEAR_PLACE_RE.finditer(text):
            for g in ("a", "b", "c"):
                if m.group(g) and not _is_noise(m.group(g)) and m.group(g) not in HONORIFICS and (
                    g == "c" or self.gazetteer.lookup(m.group("anchor")) is not None
                ):
                    cands.append(_Cand(m.start(g), m.end(g), "place", "gazetteer", text=m.group(g)))
        # "Suwa, 15 July:" opening a line of an itinerary: a place, however small, like a dateline's
        for m in _LINE_PLACE_DATE_RE.finditer(text):
            place = self.gazetteer.lookup(m.group("place"))
            if place is not None and not _is_noise(m.group("place")):
                cands.append(_Cand(m.start("place"), m.end("place"), "place", "gazetteer", text=m.group("place"),
                                   place_code=place.code, place_name=place.name))
        # "sub-Saharan Africa", "trans-Himalayan region": a region whose first word is a lower-case prefix
        for m in re.finditer(r"(?<![\w-])(?:sub|trans|pan|mid|north|south|east|west|central)-[A-Z][\w\u00c0-\u024f]+(?:\s+[A-Z][\w\u00c0-\u024f]+)?", text):
            for surface in (m.group(0), m.group(0).rsplit(" ", 1)[0]):
                place = self.gazetteer.lookup(surface)
                if place is not None:
                    cands.append(_Cand(m.start(), m.start() + len(surface), "place", "pattern", text=surface,
                                       place_code=place.code, place_name=place.name))
                    break
        # "Haldia Port", "Hosur International Airport": named transport facilities are places
        for m in PLACE_FACILITY_RE.finditer(text) if _FACILITY_HEAD_RE.search(text) else ():  # the head word found first
            if not _HEADLINE_VERB_RE.search(m.group(0)):  # "<State> Explores Port-Led Logistics": a headline
                cands.append(_Cand(m.start(), m.end(), "place", "pattern", text=m.group(0)))
        # "Dhamek Stupa", "Ajanta Caves", "Mahabodhi Temple": a named landmark is a place
        for m in _LANDMARK_RE.finditer(text) if _LANDMARK_HEAD_RE.search(text) else ():
            words = list(_WORD_RE.finditer(text, m.start(), m.end()))
            while len(words) > 1 and words[0].group(0) in _LANDMARK_LEAD_WORDS:
                words = words[1:]  # "The Mahabodhi Temple", "Visit Ellora Caves": the name starts after them
            start = words[0].start()
            if len(words) >= 2 and not _HEADLINE_VERB_RE.search(text, start, m.end()) and not looks_like_company(text[start : m.end()]):
                cands.append(_Cand(start, m.end(), "place", "pattern", text=text[start : m.end()]))
        # "Medi-K, a life sciences network"; "companies such as X and Y"
        for m in APPOSITIVE_ORG_RE.finditer(text):
            if not _is_noise(m.group("name")) and m.group("name").split()[0] not in ("The", "In", "On", "At", "It", "This") and not (
                is_generic_name(m.group("name"))  # "Last Tuesday, a group of suppliers": a date, not a company
            ) and not (
                _is_big_place(self.gazetteer.lookup(m.group("name"))) and not looks_like_company(m.group("name"))
            ):  # "... of Acme Fabrics in <City>, a local supplier": the apposition is the company's, not the city's
                based = _based_prefix(m.group("name"))  # "Hsinchu-based X Corp., a maker of ...": X Corp.
                start = m.start("name") + (based.end() if based else 0)
                cands.append(_Cand(start, m.end("name"), "organisation", "apposition", text=text[start : m.end("name")]))
        for m in SUCH_AS_RE.finditer(text):
            for part in re.finditer(r"[A-Z][\w\u00c0-\u024f&.-]*(?:\s+[A-Z][\w\u00c0-\u024f&.-]*){0,4}", m.group("list")):
                if not _is_noise(part.group(0)) and self.gazetteer.lookup(part.group(0)) is None and not is_generic_name(part.group(0)):
                    s0 = m.start("list") + part.start()  # ("..., and that the Japanese parks": a demonym is no company)
                    e0 = s0 + len(part.group(0).rstrip("."))
                    s0 = _past_based_prefix(text, s0, e0)  # "firms including Pune-based X Forge": not its name
                    cands.append(_Cand(s0, e0, "organisation", "apposition", text=text[s0:e0]))
        # places the model missed, by gazetteer (capitalised runs only)
        # token texts and offsets read once: spaCy Token/Span objects per n-gram cost more than the lookups
        from spacy.attrs import IDX, LENGTH

        offsets = doc.to_array([IDX, LENGTH]) if len(doc) else None  # two columns read whole: zip(*rows) cost 0.4 ms a document
        starts, lengths = (offsets[:, 0].tolist(), offsets[:, 1].tolist()) if offsets is not None else ((), ())
        words = [text[a : a + n] for a, n in zip(starts, lengths)]  # no Token object per token
        capital = [w[:1].isupper() or w in ("-", "of", "am") for w in words]
        if "-do" in text:  # "Gangwon-do": a Korean province's suffix is part of its name
            for k in range(1, len(words)):
                if words[k] == "do" and words[k - 1] == "-":
                    capital[k] = True
        # how many capitalised tokens run from each token on: the n-grams to look up, without a slice per n-gram
        run = [0] * (len(words) + 1)
        for k in range(len(words) - 1, -1, -1):
            run[k] = run[k + 1] + 1 if capital[k] else 0
        for sent in doc.sents:
            i, sent_end = sent.start, sent.end  # Span attributes read once, not per token
            while i < sent_end:
                if not capital[i] or not words[i][:1].isupper():
                    i += 1
                    continue
                hit = None
                for n in range(min(4, run[i], sent_end - i), 0, -1):  # 4, 3, 2, 1: the longest name first
                    s_char, e_char = starts[i], starts[i + n - 1] + len(words[i + n - 1])
                    surface = text[s_char:e_char]
                    if surface.endswith("-") and text[e_char : e_char + 1].islower():  # "Abu Dhabi-based": the hyphen joins the suffix
                        surface, e_char = surface[:-1], e_char - 1
                    if words[i + n - 1] == "-":
                        continue  # "at Kakinada - Rs 2,150 crore": a dash with spaces around it ends the name before it
                    place = self.gazetteer.lookup(surface)
                    if place is None or _is_noise(surface) or surface in acronyms_defined:
                        continue  # "Acme Trade Association (ACTA)": a body's acronym, whatever town it spells
                    after_prep = bool(_PLACE_PREPOSITION_BEFORE_RE.search(text[max(0, s_char - 6) : s_char]))
                    if n == 1 and place.kind == "city" and place.population < 1_000_000 and not after_prep and i > sent.start and (
                        capital[i - 1] and words[i - 1][:1].isupper() and words[i - 1] not in ("-", "The", "La", "Le", "Los", "Las", "El")
                    ):
                        continue  # "International Acme": a town's name inside a longer capitalised run
                    if n == 1 and surface in _WEEKDAY_ABBREVIATIONS and _DAY_NUMBER_AFTER_RE.match(text, e_char):
                        continue  # "Mon 3 March" in a programme: a weekday, not Myanmar's Mon State
                    if n == 1 and place.kind == "city" and not after_prep and _FIELD_LABEL_AFTER_RE.match(text, e_char):
                        continue  # "Date of signing:", "Date: 16 January": a form's field label, not the town of that name
                    if n == 1 and place.kind in ("city", "subdivision") and not after_prep and (
                        surface.casefold() in _COMMON_WORD_TOWNS
                        or doc[i].pos_ in _COMMON_WORD_TAGS and doc[i].ent_type_ not in ("GPE", "LOC", "FAC", "ORG", "PERSON")
                    ):
                        continue  # "Most of them ...", "Date: 12 Nov", "Mobile app": an English word that is also some town's name
                    if place.kind != "city" or place.population >= 50_000 or n > 1 or after_prep:
                        hit = (s_char, e_char, surface, place, i + n)
                        break
                if hit:
                    s_char, e_char, surface, place, i = hit
                    cands.append(
                        _Cand(s_char, e_char, "place", "gazetteer", text=surface, place_code=place.code, place_name=place.name)
                    )
                else:
                    i += 1
        cands += self._full_names_of_given_names(text, cands)
        profile = _PROFILE_NAME_RE.match(text)  # "Jo Roe @JoRoeKA \u00b7 Minister, ...": a post's author, by the handle
        if profile and self._looks_like_personal_name(profile.group("name")):
            cands.append(_Cand(profile.start("name"), profile.end("name"), "person", "pattern", text=profile.group("name")))
        cands += self._emphasised_names(text, cands, header.get("emphasis", ()))
        # "ESDM batteries", "BESS projects": capitals the document never defines, right before a sector phrase,
        # qualify the sector; they name no body
        bare_honorifics = {h.rstrip(".").casefold() for h in HONORIFICS}
        cands = [c for c in cands if not (c.type == "person" and all(
            w.rstrip(".").casefold() in bare_honorifics for w in text[c.start : c.end].split()))]  # "H.E. Smt"
        for c in cands:
            if c.type == "organisation" and c.source == "pattern" and "-" in c.text:
                start = _past_based_prefix(text, c.start, c.end)
                if c.start < start < c.end:  # "[Chiang Mai-based] Doi Journeys Co., Ltd.", however the span was cut
                    c.start, c.text = start, text[start : c.end]
            # (every match holds "of" inside the name: a str test first, as the lazy ".*?" tries each position of it)
            cut = _LEGAL_THEN_OF_RE.match(text, c.start, c.end) if c.type == "organisation" and text.find(
                "of", c.start, c.end) >= 0 else None
            if cut and cut.end(1) < c.end:  # "Acme Energy Co., Ltd. of the Republic of Korea": the legal form ends the name
                c.end = cut.end(1)
                c.text = text[c.start : c.end]
        for c in cands:
            if c.type == "organisation" and " " not in text[c.start : c.end] and _LEGAL_FORM_THEN_OF_RE.search(
                text, max(0, c.start - 16), c.start
            ):
                c.type = "place"  # "Acme Macchine SpA of Montecchio, a maker of ...": the town the company is in
        sector_starts = {c.start for c in cands if c.source == "taxonomy" and text[c.start : c.start + 1].islower()}
        return [
            c for c in cands
            if not (c.type == "organisation" and c.source == "model" and _ACRONYM_RE.fullmatch(text[c.start : c.end])
                    and text[c.start : c.end] not in acronyms_defined and re.match(r" ", text[c.end : c.end + 1])
                    and c.end + 1 in sector_starts)
        ]

    def _holder_after_title(self, text: str, at: int) -> bool:
        """Whether a personal name of two or more words starts at ``at``, right after a title ("CEO Park Ji-hoon")."""
        who = _CAPITALISED_RUN_RE.match(text, at)
        return who is not None and len(who.group(0).split()) >= 2 and who.group(0).split()[0].casefold() not in TITLE_WORDS \
            and self._looks_like_personal_name(who.group(0))

    def _given_name_before(self, text: str, start: int) -> int:
        """ "Chief Minister Jo [Kumar Roe]": the model left out the first name between a title and the rest.

        One capitalised word right before a person's span, itself right after a
        title word or an honorific, and no title, body, place or common word, is
        the person's first name; returns the span's new start.
        """
        m = _CAPITALISED_WORD_BEFORE_RE.search(text[max(0, start - 40) : start])
        if not m:
            return start
        word = m.group(1)
        if (word.casefold() in _TITLE_NON_ENTITY_OR_HEAD or word in HONORIFICS
                or self.gazetteer.lookup(word) is not None or is_demonym(word) or match_key(word) in self._sector_keys()):
            return start
        at = start - len(m.group(0))
        before = re.search(r"(\S+)[ \t]+$", text[max(0, at - 30) : at])
        if before and (before.group(1).casefold() in TITLE_WORDS or before.group(1) in HONORIFICS):
            return at
        return start

    def _full_names_of_given_names(self, text: str, cands: list[_Cand]) -> list[_Cand]:
        """ "Minister for Economic Affairs Budi Santoso ... Budi said": the full name the model missed.

        A person the model found only under one name ("Budi") whose word the
        document also writes followed by one more capitalised word that is no
        title, body, place, sector or common word ("Budi Santoso") is a given
        name; that place in the text is a mention of the full name.  Names the
        document already writes in full ("Taro Yamada ... Yamada") are left alone.
        """
        people = [text[c.start : c.end] for c in cands if c.type == "person"]
        known = {w for p in people if len(p.split()) > 1 for w in p.split()}
        single = sorted({p for p in people if _ONE_NAME_WORD_RE.fullmatch(p) and p not in known
                         and self.gazetteer.lookup(p) is None})
        out: list[_Cand] = []
        for word in single:
            for m in re.finditer(r"(?<![\w.])" + re.escape(word) + r"\s([A-Z][a-z\u00c0-\u024f'\u2019-]+)(?![\w\u00c0-\u024f])(?!\s+[A-Z])", text):
                nxt = m.group(1)
                if (nxt.casefold() in _TITLE_NON_ENTITY_OR_HEAD or nxt in HONORIFICS
                        or nxt in _VENUE_HEAD_WORDS or nxt in _PLACE_HEAD_WORDS
                        or nxt.rstrip(".") in _LEGAL_FORM_WORDS or self.gazetteer.lookup(nxt) is not None
                        or is_demonym(nxt) or match_key(nxt) in self._sector_keys()):
                    continue
                out.append(_Cand(m.start(), m.end(), "person", "pattern", text=m.group(0)))
        return out

    def _city_company(self, text: str, start: int, end: int) -> "re.Match[str] | None":
        """ " of Lucknow's " inside ``text[start:end]``, where what follows it is a company's name (a legal form ends it):
        the run names someone of that city, then the city's company."""
        held = _OF_PLACES_RE.search(text, start, end)
        if held and self.gazetteer.lookup(held.group(1)) is not None and LEGAL_SUFFIXES.search(text[held.end() : end]):
            return held
        return None

    def _emphasised_names(self, text: str, cands: list[_Cand], emphasis: Iterable[tuple[int, int]]) -> list[_Cand]:
        """ "includes **Jo Roe**, secretary of ...": an emphasised personal name the model cut short ("Roe") or missed.

        A run in bold that is two to four capitalised words (after any honorific) reading as a personal name, no
        body, place or title, is a person's whole name when it holds a person the model found, or when a role
        follows it in apposition (", secretary of", ", Goa's Minister of").
        """
        people = [c for c in cands if c.type == "person"]
        out: list[_Cand] = []
        for a, b in emphasis:
            inside = [c for c in people if a <= c.start and c.end <= b]
            if not inside and not _ROLE_OF_AFTER_RE.match(text[b : b + 80]):
                continue
            m = _EMPHASISED_NAME_RE.fullmatch(text, a, b)
            if m is None:
                continue
            s, e = m.span("name")
            name = m.group("name")
            if inside and all((c.start, c.end) == (s, e) for c in inside) or not self._looks_like_personal_name(name) or any(
                w in HONORIFICS or self.gazetteer.lookup(w) is not None for w in name.split()
            ):
                continue
            out.append(_Cand(s, e, "person", "pattern", text=name))
        return out

    def _portfolio_before_minister(self, text: str, s: int, e: int, cands: list[_Cand]) -> bool:
        """ "Commerce Minister X", "Odisha Energy Minister X": a portfolio, not a body.

        A capitalised run right before "Minister" names the minister's portfolio,
        after the place the minister serves; that place (if any) is added to
        ``cands``.  Acronyms and names with a legal form ("Mitsuda Ltd Minister"
        does not occur) are left alone.
        """
        if not _MINISTER_AFTER_RE.match(text[e : e + 14]) or _ACRONYM_RE.fullmatch(text[s:e]) or any(
            w.rstrip(".,") in _LEGAL_FORM_WORDS for w in text[s:e].split()
        ):
            return False
        words = text[s:e].split()
        for n in (3, 2, 1):
            place = self.gazetteer.lookup(" ".join(words[:n])) if len(words) > n else None
            if place is not None and place.kind in ("country", "subdivision", "city"):
                pe = s + len(" ".join(words[:n]))
                cands.append(_Cand(s, pe, "place", "model", text=text[s:pe]))
                break
        return True

    def _looks_like_personal_name(self, surface: str) -> bool:
        """Two to four capitalised words with no body, place, sector or title word ("Jane Doe")."""
        words = surface.split()
        return 2 <= len(words) <= 4 and all(_ONE_NAME_WORD_RE.fullmatch(w) for w in words) and not (
            looks_like_company(surface) or self.gazetteer.lookup(surface) is not None
            or any(w.casefold() in _TITLE_NON_ENTITY_OR_HEAD or _is_big_place(self.gazetteer.lookup(w)) for w in words)
            or match_key(surface) in self._sector_keys()
        )

    def _person_not_org(self, text: str, c: "_Cand", surface: str) -> bool:
        """Whether a model ORG span is really a person: "X, chief representative of ...", "Prime Minister X's"."""
        if looks_like_company(surface) or self.gazetteer.lookup(surface) is not None or len(surface.split()) < 2:
            return False
        if any(w.casefold() in ORG_HEAD_WORDS for w in surface.split()):
            return False
        if LOWER_TITLE_RE.search(text[max(0, c.start - 50) : c.start]) and not any(w.isupper() and len(w) > 1 for w in surface.split()):
            return True  # "the Board's secretary-general Jane Doe", "Acme Ltd managing director John Roe": a lower-case title
        after = text[c.end : c.end + 60]
        if _BY_BEFORE_RE.search(text, max(0, c.start - 4), c.start) and _BYLINE_ROLE_AFTER_RE.match(after) and (
            self._looks_like_personal_name(surface)
        ):
            return True  # "by Jo Roe, Programme Lead": a byline's author and her role
        if re.match(r",\s+(?:the\s+|a\s+|an\s+)?(?:[a-z'\u2019-]+\s+){0,3}(?:" + _ROLE_ALTERNATION
                    + r"|representative|officer|director|chairman|president|head|minister|ambassador)\s+(?:of|at|for)\b", after, re.I):
            return True
        if re.fullmatch(r"[A-Z]{2,}[ \t]+[A-Z][a-z]+(?:-[a-z]+)?", surface) and (
            re.search(r",\s*$", text[max(0, c.start - 3) : c.start]) and re.match(r"\s*(?:,|\.(?:\s|$))", after)
            or _title_before(text, c.start) or re.search(r"\b(?:Mr|Ms|Mrs|Dr)\.?\s*$", text[max(0, c.start - 5) : c.start])
        ) and not _is_big_place(self.gazetteer.lookup(surface.split()[1])):
            return True  # "Its president, KURUSHIMA Daigo, said": a family name in capitals, then the given name
        if any(w.isupper() for w in surface.split()):
            return False  # "Invest MP": capitals are not a personal name
        lead = _title_before(text, c.start)
        # "Prime Minister Pham Minh Chinh's government": a title right before, with no comma between
        return bool(lead) and not re.search(r",\s*$", text[max(0, c.start - 3) : c.start]) and not re.match(r"\s+[A-Z]", after)

    def _given_name_left_out(self, doc: "Doc", text: str, start: int) -> int:
        """Where a person's name begins when the model left out the given name before ``start``, else ``start``.

        The word before is a proper noun outside any entity that begins the sentence (or follows a word in lower
        case), and is no title, honorific, place or body's word: "Anders Holm Kragh, head of ...".
        """
        span = doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None or span.start == 0:
            return start
        tok = doc[span.start - 1]
        word = tok.text
        prev = doc[tok.i - 1] if tok.i > 0 else None  # (the parser may end a sentence at a title's bracket)
        before = prev if tok.i > tok.sent.start else None
        place = self.gazetteer.lookup(word)
        if prev is not None and (tok.ent_type_ in ("GPE", "LOC") and tok.ent_iob_ == "B" or place is not None and place.kind == "city") and (
            place is None or place.kind == "city"
        ) and tok.pos_ == "PROPN" and _ONE_NAME_WORD_RE.fullmatch(word) and (
            prev.text in (",", ")") or prev.lower_ in TITLE_WORDS
        ):
            return tok.idx  # "the minister, [Karnal] Singh Roy", "Secretary (Mines) [Karnal] Singh Rao": a given name that is also a town's
        if tok.pos_ != "PROPN" or tok.ent_type_ or not _ONE_NAME_WORD_RE.fullmatch(word) or (
            word in HONORIFICS or word.casefold() in _TITLE_NON_ENTITY_OR_HEAD or place is not None
            or looks_like_company(word)
        ):
            return start
        if before is not None and (before.text[:1].isupper() or before.is_punct and before.text not in ",;:(\"\u201c"):
            return start  # a run of capitalised words is the model's to split
        return tok.idx

    def _place_list(self, span: str) -> list[tuple[int, int]]:
        """The parts of ``span`` when it is a list of places ("Hosur, Krishnagiri", "Pune and Nashik"), else ``[]``.

        Each part is one or two capitalised words that head no body; at least one is a place the gazetteer
        knows, and a part it does not know is a single word.
        """
        if "," not in span and " and " not in span and " & " not in span:
            return []
        parts, pos = [], 0
        for sep in _LIST_SEPARATOR_RE.finditer(span):
            parts.append((pos, sep.start()))
            pos = sep.end()
        parts.append((pos, len(span)))
        known = 0
        for a, b in parts:
            words = span[a:b].split()
            if not 1 <= len(words) <= 2 or not all(_ONE_NAME_WORD_RE.fullmatch(w) and w.casefold() not in ORG_HEAD_WORDS for w in words):
                return []
            if self.gazetteer.lookup(span[a:b]) is not None:
                known += 1
            elif len(words) > 1:
                return []
        return parts if known and len(parts) >= 2 else []

    def _place_in_list(self, text: str, start: int, end: int, places: set[tuple[int, int]]) -> bool:
        """Whether the one word at ``text[start:end]`` is listed with a place after "in", "across", "at", "near" or "around".

        "roads in Konkan and Khandesh": the word beside a place, in a list that a preposition of place
        opens, is a place too (no head word, no capitals-only acronym).
        """
        word = text[start:end]
        if not _ONE_NAME_WORD_RE.fullmatch(word) or word.casefold() in ORG_HEAD_WORDS:
            return False
        before = _PLACE_THEN_LIST_BEFORE_RE.search(text, max(0, start - 60), start)
        if before is not None:
            return (before.start("place"), before.end("place")) in places or self.gazetteer.lookup(before.group("place")) is not None
        after = _LIST_THEN_PLACE_AFTER_RE.match(text, end)
        return bool(after) and _LIST_PLACE_PREPOSITION_BEFORE_RE.search(text, max(0, start - 12), start) is not None and (
            (after.start("place"), after.end("place")) in places or self.gazetteer.lookup(after.group("place")) is not None)

    def _street_or_locality(self, text: str, start: int, end: int) -> bool:
        """Whether a name the model took for a person or a body is a road, a locality or a landmark.

        Its last word says so: "Ring Road", "Station Marg", "Lake View Chowk", "Ganga Setu", "Central
        Junction", "Old Canal".  A locality word that is also a family name ("Nagar", "Vihar") counts only
        with no honorific or title before the name.  Company names ("Ring Road Builders Ltd") stay bodies.
        """
        words = text[start:end].split()
        if len(words) < 2 or looks_like_company(text[start:end]):
            return False
        if words[-1] in _STREET_HEAD_WORDS:
            return True
        return words[-1] in _LOCALITY_HEAD_WORDS and len(words) == 2 and not (
            _title_before(text, start) or _HONORIFIC_END_RE.search(text, max(0, start - 12), start)
        )

    def _place_unit(self, words: list[str]) -> bool:
        """ "India Desk", "New Delhi Office": a place and a unit word, a unit of some body named next to it."""
        return 2 <= len(words) <= 4 and words[-1].casefold() in _SUB_UNIT_WORDS and self.gazetteer.lookup(" ".join(words[:-1])) is not None

    def _place_by_context(self, text: str, start: int, end: int, surface: str) -> bool:
        """Whether a one-word name no gazetteer knows is a place by what stands around it.

        "near X", "X port", "X district", "X, <state>", "at X in <district> district", "in X and <place>",
        "<place> and X": places are named next to places.  Acronyms, company names and names a body's
        word is part of are left alone.
        """
        if " " in surface or not re.fullmatch(r"[A-Z][a-z]{3,}", surface) or looks_like_company(surface) or (
            surface.casefold() in _TITLE_NON_ENTITY_OR_HEAD or is_demonym(surface)
        ):
            return False
        before, after = text[max(0, start - 40) : start], text[end : end + 40]
        if re.search(r"\bnear\s+$", before) or re.match(r"\s+(?:port|district|taluka?|tehsil|village|block)\b", after):
            return True
        if _LEGAL_THEN_OF_BEFORE_RE.search(before):
            return True  # "Bhima Stampings Pvt. Ltd. of Bhosari": where the company is
        near = re.match(r",\s+([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)", after)
        if near and (place := self.gazetteer.lookup(near.group(1))) is not None and place.kind == "subdivision":
            return True  # "Dholera, Gujarat"
        if not re.search(r"\b(?:at|in|to|from|between)\s+$", before):
            return False
        if re.match(r"\s+in\s+[A-Z][\w-]+\s+district\b", after) or _TOPONYM_ENDING_RE.search(surface):
            return True  # "at Rampura", "from Sitapur": South Asian town names end so, companies' one-word names do not
        other = re.match(r"\s+(?:and|&)\s+([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)", after)
        return bool(other and (
            (place := self.gazetteer.lookup(other.group(1))) is not None and place.kind in ("city", "subdivision")
            or len(other.group(1).split()) == 2 and other.group(1).split()[-1] in _STREET_HEAD_WORDS  # "between X and Y Road"
        ))

    def _listed_local_companies(self, text: str) -> list[_Cand]:
        """ "1. <Town> Block Prints Exports": a list item that is one name opening with a town is a company, town and all.

        The model often cuts the town off ("<Town>" a place, "Hand Prints Exports" a body) or reads the rest as a
        person ("Linen House").  The whole line is one body unless it is itself a place ("Osaka Prefecture").
        """
        out: list[_Cand] = []
        if "\n" not in text:
            return out
        for m in _LISTED_NAME_LINE_RE.finditer(text):
            name = m.group("name")
            words = name.split()
            first = self.gazetteer.lookup(words[0]) or self.gazetteer.lookup(" ".join(words[:2]))
            if first is None or first.kind not in ("city", "subdivision") or self.gazetteer.lookup(name) is not None:
                continue
            if words[-1] in _PLACE_HEAD_WORDS or words[-1] in _AREA_HEAD_WORDS or words[-1] in _VENUE_HEAD_WORDS or is_demonym(words[-1]):
                continue
            if any(w.casefold() in TITLE_WORDS for w in words):
                continue  # "Osaka Vice Governor": a title, not a company
            out.append(_Cand(m.start("name"), m.end("name"), "organisation", "pattern", text=name))
        return out

    def _people_by_pattern(self, model_ents: list[tuple[str, int, int]], text: str, acronyms_defined: set[str]) -> list[_Cand]:
        """People the model misses, found by how names are written.

        A list line "Name, Title, Body"; initials and a surname ("H.K. Rao", "K. Rao" after a titled
        apposition); a title, an initial without its stop and a name ("Managing Director E Venkat Rao");
        a family name in capitals and a given name ("SATO Kenji", "KIM Min-ho").
        """
        found: list[_Cand] = []
        # "- Jo Roe, Project Manager (India), Acme": a list item that opens with a name and its title
        for m in _LISTED_NAME_TITLE_RE.finditer(text):
            words = m.group("name").split()
            title = [w.casefold().strip("(),") for w in m.group("title").split()]
            if m.group("title")[:1].isupper() and not _LEADING_PREPOSITION_RE.match(m.group("name")) and any(
                w in TITLE_WORDS or w in ("manager", "engineer", "consultant", "officer", "counsellor") for w in title
            ) and not (
                looks_like_company(m.group("name")) or self.gazetteer.lookup(m.group("name")) is not None
                or any(w.casefold() in _TITLE_NON_ENTITY_OR_HEAD or _is_big_place(self.gazetteer.lookup(w)) for w in words)
                or any(_is_big_place(self.gazetteer.lookup(" ".join(words[k : k + 2]))) for k in range(len(words) - 1))
            ):
                found.append(_Cand(m.start("name"), m.end("name"), "person", "honorific", text=m.group("name")))
        # "Minister for Mines and Geology M.R. Rao": initials and a surname are a person's name
        model_bodies = [(a, b) for label, a, b in model_ents if label in ("ORG", "GPE", "FAC")]
        for m in _INITIALS_NAME_RE.finditer(text):
            words = m.group("rest").split()
            if m.group("initials").replace(" ", "").rstrip(".") in _LEGAL_FORM_WORDS or words[0] in _NOT_A_SURNAME:
                continue  # "Acme Denki K.K. Both companies": a legal form, then the next sentence
            titled = _TITLED_BEFORE_RE.search(text, max(0, m.start() - 80), m.start())
            if not titled and any(a < m.end() and m.start() < b for a, b in model_bodies) or self.gazetteer.lookup(m.group("initials").replace(" ", "")) is not None or any(
                w.casefold() in _TITLE_NON_ENTITY_OR_HEAD or looks_like_company(w) or _is_big_place(self.gazetteer.lookup(w)) for w in words
            ):
                continue
            found.append(_Cand(m.start(), m.end(), "person", "honorific", text=m.group(0)))
        # "Managing Director E Venkat Rao": a title, then an initial without its stop and the rest of a name
        for m in _TITLE_INITIAL_NAME_RE.finditer(text):
            name, kept = _trim_name_run(m.group("name"))
            if kept >= 2 and not any(self.gazetteer.lookup(w) is not None or looks_like_company(w) for w in name.split()[1:]):
                found.append(_Cand(m.start("name"), m.start("name") + len(name), "person", "honorific", text=name))
        # "Ambassador to India SATO Kenji", "..., ONO Taro,": a family name in capitals and a given name that
        # both read as romanised Japanese, or a common East Asian family name, wherever they stand
        for m in _CAPS_FAMILY_NAME_RE.finditer(text):
            family, given = m.group("family"), m.group("given")
            if family in acronyms_defined or self.gazetteer.lookup(given) is not None or (
                family not in _EAST_ASIAN_FAMILY_NAMES and self.gazetteer.lookup(family) is not None
                and not (_ROMAJI_RE.fullmatch(family.casefold()) and _ROMAJI_RE.fullmatch(given.casefold()) and (
                    _TITLE_WORD_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
                    or _TITLE_AFTER_COMMA_RE.match(text, m.end())  # "- ONO Kenji, Director General, ...": a member list
                ))
            ):  # "Vice-Governor <PREFECTURE> Kenta": a titled romanised name whose family name is also a prefecture's
                continue
            if _HEADLINE_GIVEN_RE.fullmatch(given) or given.casefold() in _TITLE_NON_ENTITY_OR_HEAD:
                continue
            if (_ROMAJI_RE.fullmatch(family.casefold()) and _ROMAJI_RE.fullmatch(given.casefold())) or (
                family in _EAST_ASIAN_FAMILY_NAMES and re.fullmatch(r"[A-Z][a-z]+(?:-[a-z]+)?", given)
            ):
                found.append(_Cand(m.start(), m.end(), "person", "honorific", text=m.group(0)))
        # "Principal Secretary (Industries and Mines) Jo Roe": a title, its portfolio in brackets, and a name
        for m in _BRACKETED_PORTFOLIO_NAME_RE.finditer(text):
            if not _TITLE_BEFORE_BRACKET_RE.search(text, max(0, m.start() - 30), m.start() + 1):
                continue  # a bracket after no title: "(ACME) Jo Roe" is another case
            name, kept = _trim_name_run(m.group("name"))
            words = name.split()
            if kept >= 2 and not looks_like_company(name) and not any(
                w.casefold() in _TITLE_NON_ENTITY_OR_HEAD or _is_big_place(self.gazetteer.lookup(w)) for w in words
            ):
                found.append(_Cand(m.start("name"), m.start("name") + len(name), "person", "honorific", text=name))
        # "Kim Do-yun, general manager": a common Korean or Chinese family name and a hyphenated given name, even where
        # the family name is also a town's
        for h in _HYPHENATED_SUFFIX_RE.finditer(text):  # the hyphens first: far fewer than capitals to try a name at
            m = _FAMILY_AND_GIVEN_BEFORE_RE.search(text, max(0, h.start() - 40), h.start())
            if m is not None and m.group("family").upper() in _EAST_ASIAN_FAMILY_NAMES:
                found.append(_Cand(m.start(), h.end(), "person", "honorific", text=text[m.start() : h.end()]))
        return found

    def _japanese_personal_name(self, surface: str) -> bool:
        """Whether two capitalised words no gazetteer knows both read as romanised Japanese: "Sho Ikeda", "Keiko Matsuda"."""
        words = surface.split()
        if len(words) != 2 or not all(re.fullmatch(r"[A-Z][a-z]+", w) and _ROMAJI_RE.fullmatch(w.casefold()) for w in words):
            return False
        family = self.gazetteer.lookup(words[1])  # family names are often towns' names too ("Ikeda")
        return self.gazetteer.lookup(surface) is None and self.gazetteer.lookup(words[0]) is None and (
            family is None or family.kind == "city")

    def _person_in_apposition(self, text: str, c: "_Cand", surface: str) -> bool:
        """Whether a model ORG/FAC/GPE span that reads as a personal name is a person by its apposition.

        "Kazusa's President, Tadashi Umemura,", "its head of overseas planning,
        Naoko Sekiguchi", "introduced to Bibhuti Pattnaik, the founder of X": a
        role right before (ending in a comma) or right after names a person.
        """
        if not self._looks_like_personal_name(surface):
            return False
        words = surface.split()
        if any(_is_big_place(self.gazetteer.lookup(" ".join(words[k : k + n]))) for n in (2, 3) for k in range(len(words) - n + 1)):
            return False  # "Promote West Bengal": a state's name inside makes it a body
        # an owner before the role: "Name, Managing Director, Acme Forge" puts the body after the role
        return bool(_OWNED_ROLE_BEFORE_RE.search(text, max(0, c.start - 60), c.start)
                    or _ROLE_OF_AFTER_RE.match(text[c.end : c.end + 60]))

    def _org_not_person(self, text: str, c: _Cand, surface: str, defined: set[str], org_prefixes: set[tuple[str, ...]]) -> bool:
        """Whether a model PERSON span is really a company or body."""
        if surface.casefold() in defined:
            return True
        if (len(surface.split()) in (2, 3) and re.search(r"\b(?:" + _ROLE_ALTERNATION + r")\s+$", text[max(0, c.start - 30) : c.start])
                and not any(w.strip(",").rstrip(".").casefold() in _LEGAL_FORMS_FOLDED for w in surface.split())):
            return False  # "Invest <State> CEO <Given> Nigam": the holder of a title, whose surname may be a body's word
        if looks_like_company(surface):
            return True
        if re.search(r"\b(?:firm|company|startup|start-up|\w*maker|manufacturer|supplier|group|conglomerate|lender|bank|insurer|"
                     r"developer|operator|brand|retailer|exporter|importer|distributor|subsidiary|unit|carrier|airline|"
                     r"wholesaler|chain|trader|processor|producer|cooperative|co-operative|label|consultancy|miller|weaver)\s+$",
                     text[max(0, c.start - 30) : c.start]):
            return True  # "Indian EV startup Voltara Mobility", "casualwear chain Shibuya Basics": a company noun right before
        if re.match(r"\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:company|firm|maker|manufacturer|supplier|exporter|"
                    r"wholesaler|retailer|brand|chain|startup|start-up)\b", text[c.end : c.end + 80]):
            return True  # "Senboku Weaving is the first Japanese textile company to ..."
        if re.match(r"(?:'s|\u2019s)\s+(?:[a-z-]+\s+){0,3}(?:" + _ROLE_ALTERNATION + r"|officer|executive|director|chairman|president|head)\b", text[c.end : c.end + 60], re.I):
            return True  # "Mitsui Fudosan's managing executive officer": only a body has officers
        words = surface.split()
        after = text[c.end : c.end + 40]
        before = text[max(0, c.start - 60) : c.start]
        role_slot = bool(re.match(r"\s+(?:" + _ROLE_ALTERNATION + r")\b", after, re.I)) or bool(
            re.search(r",\s*(?:[A-Z][\w-]*\s+){0,3}(?:" + _ROLE_ALTERNATION + r")\s*,\s*$", before, re.I)
        )
        if role_slot and len(words) >= 2 and any(
            (p := self.gazetteer.lookup(w)) is not None and p.kind in ("country", "subdivision") for w in words[1:]
        ):
            return True  # "Invest Kerala CEO Shri ...", "..., CEO, Invest Kerala": the body in a role
        for n in (3, 2):  # "Invest Gujarat Bureau": a name with a state or country in it is a body
            for i in range(len(words) - n + 1):
                place = self.gazetteer.lookup(" ".join(words[i : i + n]))
                if place is not None and place.kind in ("country", "subdivision") and n < len(words):
                    return True
        if tuple(org_key(surface).split()) in org_prefixes:
            return True
        before = text[max(0, c.start - 80) : c.start]
        return bool(re.search(
            r"\b(?:firms?|compan(?:y|ies)|makers?|manufacturers?|suppliers?|importers?|exporters?|distributors?|"
            r"start-?ups?|brands?|subsidiar(?:y|ies)|groups?|players?)\s+(?:such\s+as|like|including)\s+"
            r"(?:[^.;]{0,60}?(?:,|\band)\s+)?$", before))

    def _one_line_of(self, text: str, start: int, end: int) -> tuple[int, int]:
        """A name found across a line break ("..., DHARWAD" / "Campus News"): the line that holds its head word.

        A paragraph break is left to later rules, and a letterhead's city line finishes a mission's name
        ("Embassy of India" / "Seoul").
        """
        last = start + text[start:end].rindex("\n")
        if _PARAGRAPH_BREAK_RE.search(text, start, end) or (
                _MISSION_HEAD_RE.search(text, start, end) and self.gazetteer.lookup(text[last + 1 : end]) is not None):
            return start, end
        tail = text[last:end].split()
        if len(tail) >= 2 and any(w.casefold().strip(".,") in ORG_HEAD_WORDS or LEGAL_SUFFIXES.search(w) for w in tail):
            return _strip_span(text, last + 1, end)
        return _strip_span(text, start, start + text[start:end].index("\n"))

    def _extend_diplomatic(self, text: str, start: int, end: int) -> int:
        """ "Embassy of Japan" + " in India", "Australian Consulate-General" + " in Bengaluru": a mission is named with
        the country or city it is in."""
        if not _DIPLOMATIC_RE.search(text[start:end]) and not _MISSION_END_RE.search(text, start, end):
            m = _IN_PLACE_BRACKET_RE.match(text[end:])
            if m and self.gazetteer.lookup(m.group(1)) is not None and (
                m.group(1).split()[-1] in m.group(2) or re.fullmatch(r"[A-Z][A-Z&-]{1,10}", m.group(2))
            ):
                return end + m.end(1)  # "Nordic Chamber of Trade in India (NCT India)": the place is in the name
            return end
        m = re.match(r"\s+in\s+((?:[A-Z][\w-]*)(?:\s+[A-Z][\w-]*)?)", text[end:])
        if m:
            for candidate in (m.group(1), m.group(1).split()[0]):
                if self.gazetteer.lookup(candidate) is not None:
                    return end + m.start(1) + len(candidate)
        return end

    # -- resolution within the document -------------------------------------------
    def _resolve(self, text: str, cands: list[_Cand]) -> tuple[dict[str, Entity], dict[str, list[tuple[int, int, str]]]]:
        for c in cands:
            if c.source == "dateline":  # the dateline is blanked for the parser; its place names count
                text = text[: c.start] + c.text + text[c.end :]
        # "340 million US dollars": a currency, not the country
        cands = [c for c in cands if not (c.type == "place" and _CURRENCY_AFTER_RE.match(text[c.end : c.end + 10]))]
        for c in cands:
            if c.type == "organisation" and (pair := _PAIR_PREFIX_RE.search(text, max(0, c.start - 40), c.start)) and (
                self.gazetteer.lookup(pair.group(1)) is not None or is_demonym(pair.group(1))
            ):
                c.start, c.text = pair.start(), text[pair.start() : c.end]  # "India–Ghana Joint Commission": both countries
        for c in cands:
            if c.type == "person" and c.source == "honorific" and text[c.start : c.end].rsplit(None, 1)[-1] in _INSTITUTION_HEADS and (
                honorific := _HONORIFIC_END_RE.search(text, max(0, c.start - 12), c.start)
            ):  # "Shri Vishwakarma Skill University": a body named after a person, honorific and all
                c.start, c.type = honorific.start(), "organisation"
                c.text = text[c.start : c.end]
                continue
            if c.type == "person" and (lead := _INITIAL_THEN_HONORIFIC_RE.match(text, c.start, c.end)):
                c.start, c.text = lead.end(), text[lead.end() : c.end]  # "Power-to-X. Shri Nayak": a sentence's end, no initial
            elif c.type in ("person", "organisation") and _IN_BEFORE_RE.search(text, max(0, c.start - 4), c.start) and (
                city := _FIRST_WORD_RE.match(text, c.start, c.end)
            ) and _is_big_place(self.gazetteer.lookup(city.group(1))) and self._looks_like_personal_name(text[city.end() : c.end]):
                # "Consul-General in Chennai Jo Roe": the city ends the title, the name is a person's
                c.start, c.text, c.type = city.end(), text[city.end() : c.end], "person"
            elif c.type == "organisation" and (lead := _LINE_LEAD_WORD_RE.match(text, c.start, c.end)) and (
                lead.group(0)[0] == "S" or text[:c.start].rstrip(" \t")[-1:] in ("", "\n", ",")
            ):
                c.start, c.text = lead.end(), text[lead.end() : c.end]  # "SOURCE Acme Inc." of a wire release, "For Acme Limited" over a signature
            if c.type == "organisation" and " at " in text[c.start : c.end] and (
                at := _AT_PLACE_END_RE.search(text, c.start, c.end)
            ) and self.gazetteer.lookup(at.group(1)) is not None:
                c.end, c.text = at.start(), text[c.start : at.start()]  # "Royal Acme at Aalsmeer": the body, then where it is
        chosen = _select(text, cands, lambda surface: self.gazetteer.lookup(surface) is not None)
        for c in list(chosen):
            # "Embassy of Japan in New Delhi": the city a mission is named with is a mention of the place too
            m = _IN_PLACE_END_RE.search(text, c.start, c.end) if c.type == "organisation" and " in " in c.text else None
            if m and _MISSION_HEAD_RE.search(text, c.start, m.start()) and (place := self.gazetteer.lookup(m.group(1))) is not None:
                chosen.append(_Cand(m.start(1), m.end(1), "place", "gazetteer", text=m.group(1),
                                    place_code=place.code, place_name=place.name))
        # person names first: full names define the people of the document
        people: dict[str, Entity] = {}
        entities: dict[str, Entity] = {}
        spans: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        person_tokens: set[str] = set()
        defined = {m.group("acr").casefold() for c in chosen for m in [ACRONYM_DEF_RE.match(text, c.end)] if m}
        org_prefixes = {tuple(org_key(text[c.start : c.end]).split()[:n]) for c in chosen if c.type == "organisation"
                        and (c.source == "pattern" or any(w.rstrip(".,") in _LEGAL_FORM_WORDS for w in text[c.start : c.end].split()))
                        for n in range(1, len(org_key(text[c.start : c.end]).split()) + 1)}
        for c in chosen:
            if c.type == "person":
                surface = _bare(text[c.start : c.end])
                name, titles = split_person_name(text[c.start : c.end])
                c.titles = c.titles + titles
                c.text = name
                if c.source == "model" and self._org_not_person(text, c, surface, defined, org_prefixes):
                    c.type, c.text = "organisation", surface
                    continue
                if len(name_tokens(name)) >= 2 and (c.source == "honorific" or self.gazetteer.lookup(surface) is None):
                    person_tokens.update(name_tokens(name))
        # a name a title marks as a person in one place is that person where the model read a body
        # ("President: KATO Ren" in a header, then "KATO Ren signed ...")
        titled_people = {match_key(c.text) for c in chosen if c.type == "person" and c.source == "honorific"
                         and len(name_tokens(c.text)) >= 2}
        for c in chosen:
            if c.type == "organisation" and c.source == "model" and titled_people:
                bare = _bare(text[c.start : c.end])
                if match_key(bare) in titled_people and not looks_like_company(bare):
                    c.type = "person"
                    c.text, titles = split_person_name(text[c.start : c.end])
                    c.titles = c.titles + titles
        # a name typed as a body in one place and a person in another is the body ("X's managing officer")
        org_surfaces = {match_key(_bare(text[c.start : c.end])) for c in chosen if c.type == "organisation"}
        for c in chosen:
            if c.type == "person" and c.source == "model" and (
                match_key(_bare(text[c.start : c.end])) in org_surfaces or _BODY_IN_APPOSITION_RE.match(text, c.end)
            ):  # "Kaveri Roots, the State's agency for ...": the apposition says what it is
                c.type, c.text = "organisation", _bare(text[c.start : c.end])
        # a bare place name the model called a person or organisation is a place
        early_places = {p.name for c in chosen for p in [self.gazetteer.lookup(_bare(text[c.start : c.end]))] if p}
        person_starts = {c.start for c in chosen if c.type == "person"}
        person_ends = {c.end for c in chosen if c.type == "person"}
        for c in chosen:
            bare = _bare(text[c.start : c.end])
            if c.type in ("organisation", "place") and c.source == "model" and (
                c.type == "organisation" and self._person_not_org(text, c, bare) or self._person_in_apposition(text, c, bare)
                or (listed := _people_listed_beside(text, c, person_starts, person_ends)) and (
                    self._japanese_personal_name(bare) or listed == 2 and self._looks_like_personal_name(bare))
                or c.type == "place" and self._japanese_personal_name(bare) and not (
                    re.search(r"\b(?:in|at|near|from|to|and|of|across|between)\s+$", text[max(0, c.start - 10) : c.start])
                    or re.match(r"\s+(?:districts?|regions?|prefectures?|city|town|villages?|states?|provinces?|valley)\b",
                                text[c.end : c.end + 14], re.I))
            ):
                name, titles = split_person_name(text[c.start : c.end])
                c.type, c.text, c.titles = "person", name, titles
                person_tokens.update(name_tokens(name))
                continue
            if c.type == "organisation" and c.source == "model" and " " not in bare and (
                name_tokens(bare)[:1] and set(name_tokens(bare)) <= person_tokens
                and bare.casefold() not in defined and not looks_like_company(bare)
            ):
                c.type, c.text = "person", bare  # "Otieno said" after "Grace Akinyi Otieno"
                continue
            if c.type == "organisation" and (site := _SITE_RE.fullmatch(bare)) and self.gazetteer.lookup(site.group(1)) is not None:
                c.type, c.text = "place", bare  # "its Hamamatsu Works", "the Hazira Plant": a company's site, named for its town
                continue
            if c.type == "organisation" and c.source in ("model", "pattern") and match_key(bare) in self._sector_keys():
                c.type, c.sector = "sector", self._sector_by_key(match_key(bare))  # "Data Centre (Policy)"
                continue
            if c.type in ("person", "organisation") and c.source == "model":
                surface = _bare(text[c.start : c.end])
                place = self.gazetteer.lookup(surface) if not (surface.isupper() and surface.casefold() in defined) else None
                if place is None and _TWO_THREE_CAPS_RE.fullmatch(surface) and surface.casefold() not in defined:
                    place = self.gazetteer.abbreviation(surface, early_places)  # "UP" beside "Uttar Pradesh"
                if place is not None and not (c.type == "person" and set(name_tokens(surface)) <= person_tokens):
                    c.type, c.place_code, c.place_name, c.text = "place", place.code, place.name, surface
                elif match_key(surface) in self._sector_keys():
                    c.type, c.sector = "sector", self._sector_by_key(match_key(surface))
                elif c.type == "organisation" and self._place_by_context(text, c.start, c.end, surface):
                    c.type, c.text = "place", surface  # "at Dahej in Bharuch district", "Kutch and Tamil Nadu": a town
            elif c.type == "place" and c.source in ("model", "pattern") and self.gazetteer.lookup(_bare(text[c.start : c.end])) is None and (
                tuple(org_key(_bare(text[c.start : c.end])).split()) in org_prefixes
                and not _ADMIN_UNIT_AFTER_RE.match(text, c.end) and not _CLUSTER_AFTER_RE.match(text, c.end)
            ):  # ("Kutch district", "Kutch wind belt" stay places beside "Kutch Solar Urja Ltd")
                c.type = "organisation"  # "Daewol" after "Daewol Heavy Machinery"
            elif c.type == "place" and c.source in ("model", "gazetteer") and " " not in _bare(text[c.start : c.end]):
                # "Otieno" after "Grace Akinyi Otieno": a short mention of a person, not a town
                place = self.gazetteer.lookup(_bare(text[c.start : c.end]))
                if name_tokens(_bare(text[c.start : c.end]))[:1] and set(name_tokens(_bare(text[c.start : c.end]))) <= person_tokens and (
                    place is None or place.kind == "city"
                ):
                    c.type, c.text = "person", _bare(text[c.start : c.end])
        mentioned_places = set()
        for c in chosen:
            if c.type == "place":
                place = self.gazetteer.lookup(_bare(text[c.start : c.end]))
                if place is not None:
                    c.place_code, c.place_name = place.code, place.name
                    mentioned_places.add(place.name)
        # acronyms of agreements and policies ("... Trade Agreement (FTA)") are not bodies either
        not_bodies = {m.group(1) for m in re.finditer(
            r"(?:Agreement|Treaty|Accord|Policy|Act|Scheme|Programme|Program|Summit|Initiative|Strategy|Plan)\s*\(([A-Z][A-Za-z0-9&-]{1,11})\)", text)}
        chosen = [c for c in chosen if not (c.type in ("organisation", "place") and _bare(text[c.start : c.end]) in not_bodies)]
        # acronyms defined in the text: "Long Name (ACR)"
        acronyms: dict[str, _Cand] = {}
        for c in chosen:
            if c.type in ("organisation", "place"):
                m = ACRONYM_DEF_RE.match(text, c.end)
                acr = m.group("acr") if m else ""
                # initials in order, or (for a body) any short capitals: "(BFW)" abbreviates a German name
                if m and (_acronym_fits(acr, text[c.start : c.end]) or c.type == "organisation" and re.fullmatch(r"[A-Z]{2,6}", acr)
                          and self.gazetteer.lookup(acr) is None):
                    acronyms[acr] = c
                elif m and c.type == "organisation" and re.fullmatch(r"[A-Z][a-z]{3,11}", acr) and self.gazetteer.lookup(acr) is None and not (
                    acr.casefold() in _TITLE_OR_NON_ENTITY or acr in HONORIFICS or is_demonym(acr)
                    or acr.rstrip(".").casefold() in _LEGAL_FORMS_FOLDED
                ) and (acr[0] == text[c.start] or re.search(r"\b" + acr + r"\b", text[m.end() :])):
                    acronyms[acr] = c  # "Kansai Economic Federation (Kankeiren)": a contraction in the body's own language
                named = _BRACKET_NAME_RE.match(text, c.end) if c.type == "organisation" else None
                if named and self.gazetteer.lookup(named.group("name")) is None and (
                    {w.casefold() for w in re.findall(r"\w{4,}", named.group("name"))}
                    & {w.casefold() for w in re.findall(r"\w{4,}", text[c.start : c.end])}
                ):
                    acronyms[named.group("name")] = c  # "Acme Bureau of Investment Promotion (Invest Acme)": its short name
                surface = text[c.start : c.end]
                if c.type == "organisation" and c.start < 400 and surface.isupper() and _CAPS_ORG_HEAD_RE.search(surface):
                    initials = "".join(w[0] for w in surface.split() if w.lower() not in _NAME_SMALL_WORDS and w[0].isalpha())
                    if len(initials) >= 3 and initials not in acronyms and re.search(r"\b" + initials + r"\b", text[c.end :]):
                        acronyms[initials] = c  # "COUNCIL FOR LEATHER AND FOOTWEAR EXPORTS" over a circular that says "CLFE"
        # build entities in text order
        full_people: list[tuple[int, Entity]] = []
        pending_short: list[_Cand] = []
        for c in chosen:
            surface = _bare(text[c.start : c.end])
            if c.type == "person":
                name = c.text or surface
                if not name:
                    continue
                if len(name_tokens(name)) >= 2:
                    key = "person:" + match_key(name)
                    ent = entities.get(key)
                    if ent is None:
                        ent = entities[key] = Entity(key=key, name=name, type="person")
                        full_people.append((c.start, ent))
                    _note(ent, surface, c.titles)
                    spans[key].append((c.start, c.end, surface))
                else:
                    pending_short.append(c)
                continue
            if c.type == "sector" and c.sector is not None:
                key = "sector:" + match_key(c.sector.name)
                ent = entities.setdefault(key, Entity(key=key, name=c.sector.name, type="sector", code=c.sector.isic))
            elif c.type == "place":
                abbrev = None
                if c.place_code == "" and surface.replace(".", "").isupper() and len(surface.replace(".", "")) <= 3:
                    abbrev = self.gazetteer.abbreviation(surface, mentioned_places)
                if abbrev is not None:
                    c.place_code, c.place_name = abbrev.code, abbrev.name
                if not c.place_code and (known := self.gazetteer.lookup(surface) or self.gazetteer.lookup("The " + surface)):
                    c.place_code, c.place_name = known.code, known.name  # "Hague" and "The Hague": one place, one key
                key = "place:" + (c.place_code.lower() if c.place_code else match_key(surface))
                ent = entities.setdefault(key, Entity(key=key, name=surface, type="place", code=c.place_code))
            else:
                acr = acronyms.get(surface) or acronyms.get(surface.upper()) or next(
                    (v for k, v in acronyms.items() if k.casefold() == surface.casefold()), None)
                target = acr if acr is not None and acr is not c else c
                base = _bare(text[target.start : target.end]) if target is not c else surface
                if target.source == "government" and target.text:
                    base = target.text
                key = "organisation:" + org_key(base)
                ent = entities.setdefault(key, Entity(key=key, name=base, type="organisation"))
                for a, ac in acronyms.items():
                    if ac is c:
                        _note(ent, a, [])
            _note(ent, surface, [])
            spans[ent.key].append((c.start, c.end, surface))
        # short person mentions ("Rao", "Shri Roe") join the nearest full name
        for c in pending_short:
            name = c.text or _bare(text[c.start : c.end])
            tok = name_tokens(name)
            target = None
            best = None
            for pos, ent in full_people:
                if set(tok) <= set(name_tokens(ent.name)):
                    distance = (0 if pos <= c.start else 1, abs(c.start - pos))
                    if best is None or distance < best:
                        best, target = distance, ent
            if target is None and c.source == "model" and not c.titles and not _title_before(text, c.start) and not re.match(
                r"\s+(?:said|says|told|added|noted|stressed|remarked|urged|announced)\b", text[c.end : c.end + 12]
            ):
                continue  # a lone capitalised word the model called a person, with no full name to join
            if target is None:
                key = "person:" + match_key(name)
                target = entities.setdefault(key, Entity(key=key, name=name, type="person"))
            _note(target, _bare(text[c.start : c.end]), c.titles)
            spans[target.key].append((c.start, c.end, name))
        # abbreviations the model never tagged: subdivision codes of places named in full
        covered = bytearray(len(text) + 1)
        for v in spans.values():
            for s0, e0, _ in v:
                covered[s0:e0] = b"\x01" * (e0 - s0)
        for m in re.finditer(r"(?<![\w.])([A-Z]\.?[A-Z]\.?)(?![\w])", text):
            place = self.gazetteer.abbreviation(m.group(1), mentioned_places)
            if place is None or covered[m.start()]:
                continue
            key = "place:" + place.code.lower()
            ent = entities.setdefault(key, Entity(key=key, name=place.name, type="place", code=place.code))
            _note(ent, m.group(1), [])
            spans[key].append((m.start(), m.end(), m.group(1)))
        # every later use of a defined acronym is a mention of its body ("NMDA Chief Executive Officer ...")
        taken = bytearray(len(text) + 1)
        for v in spans.values():
            for s0, e0, _ in v:
                taken[s0:e0] = b"\x01" * (e0 - s0)
        key_at = {s0: k for k, v in spans.items() for s0, _, _ in v}
        for acr, target in acronyms.items():
            key = key_at.get(target.start)
            if key is None or key not in entities:
                continue
            for ms, me in _word_occurrences(text, acr):
                if not any(taken[ms:me]):
                    spans[key].append((ms, me, acr))
                    taken[ms:me] = b"\x01" * (me - ms)
        # a company's name without its legal form, wherever the model missed it ("Malnad Microsystems asked ...")
        shorts: dict[str, set[str]] = defaultdict(set)
        for e in entities.values():
            if e.type == "organisation":
                short = LEGAL_SUFFIXES.sub("", e.name).strip(" ,")
                if short != e.name and len(short.split()) >= 2 and short[:1].isupper():
                    shorts[short].add(e.key)
        for short, keys in shorts.items():
            if len(keys) != 1:
                continue
            key = next(iter(keys))
            for ms, me in _word_occurrences(text, short):
                if not any(taken[ms:me]):
                    spans[key].append((ms, me, short))
                    taken[ms:me] = b"\x01" * (me - ms)
        # later mentions of a name part the model missed ("Lefebvre, who was accompanied by ...")
        people = [e for e in entities.values() if e.type == "person" and len(name_tokens(e.name)) >= 2]
        owners: dict[str, set[str]] = defaultdict(set)
        for e in people:
            for tok in _SPACES_RE.split(e.name):
                if len(tok) >= 3 and tok[:1].isupper() and tok.casefold() not in ("al", "bin", "van", "von", "der", "del", "de", "la"):
                    owners[tok].add(e.key)
        for tok, keys in owners.items():
            if len(keys) != 1 or self.gazetteer.lookup(tok) is not None or tok.casefold() in _TITLE_OR_NON_ENTITY:
                continue
            key = next(iter(keys))
            for ms, me in _word_occurrences(text, tok):
                if not any(taken[ms:me]) and not text[me : me + 1].isalpha():
                    spans[key].append((ms, me, tok))
                    taken[ms:me] = b"\x01" * (me - ms)
        # "Al Rashid" after "Omar Saeed Al Rashid": a shorter name inside exactly one longer one
        _merge_short_people(entities, spans)
        # short organisation mentions: a prefix of a longer organisation name
        _merge_people_named_as_companies(entities, spans, text)
        self._merge_short_orgs(entities, spans)
        _merge_head_acronyms(entities, spans)
        _merge_initialled_surnames(entities, spans)
        for ent in entities.values():
            ent.name = _canonical(ent, spans[ent.key])
            ent.aliases = sorted({a for a in ent.aliases if a and a != ent.name}, key=lambda a: (a.casefold(), a))  # ties: not set order
            ent.titles = list(dict.fromkeys(ent.titles))
        return {k: v for k, v in entities.items() if spans[k]}, spans

    def _merge_short_orgs(self, entities: dict[str, Entity], spans: dict[str, list]) -> None:
        orgs = [e for e in entities.values() if e.type == "organisation"]
        key_words = {id(o): org_key(o.name).split() for o in orgs}  # read once a body, not once a pair (no name changes below)
        for short in orgs:
            words = key_words[id(short)]
            if not words:
                continue
            longer = [
                o for o in orgs
                if o is not short and o.key in entities  # a shorter form merged already is no candidate of its own
                and len(key_words[id(o)]) > len(words) and key_words[id(o)][: len(words)] == words
                and not self._subsidiary_of(short.name, o.name, len(words))
            ]
            if len(longer) > 1:
                longer = self._without_subsidiaries(longer, len(words))
            if len(longer) == 1 and short.key in entities:
                _absorb(entities, spans, longer[0], short)

    def _without_subsidiaries(self, longer: list[Entity], n: int) -> list[Entity]:
        """The bodies a short name of ``n`` words may stand for, country subsidiaries left out.

        "Hanamura" beside "Hanamura Gear Co., Ltd." and "Hanamura Gear India Pvt. Ltd." is the parent; so is
        "Hayate" beside "Hayate Power Co., Ltd." and "Hayate Energy India Pvt. Ltd.", whose names part earlier.
        """
        keys = {o.key: org_key(o.name).split() for o in longer}
        parents = [o for o in longer if not any(
            p is not o and keys[o.key][: len(keys[p.key])] == keys[p.key] and self._subsidiary_of(p.name, o.name, len(keys[p.key]))
            for p in longer)]
        if len(parents) == 1:
            return parents
        return [o for o in parents if not any(
            (place := self.gazetteer.lookup(w.title())) is not None and place.kind == "country" or is_demonym(w.title())
            for w in keys[o.key][n:])]

    def _subsidiary_of(self, parent: str, name: str, n: int) -> bool:
        """ "Acme Kasei India Private Limited" beside "Acme Kasei Corporation": a country's subsidiary, another body.

        Both carry a legal form (or a company word), and the longer name goes on with a country, a state or a
        demonym.
        """
        rest = org_key(name).split()[n:]
        return bool(rest) and (LEGAL_SUFFIXES.search(parent) is not None or looks_like_company(parent)) and (
            (place := self.gazetteer.lookup(rest[0].title())) is not None and place.kind in ("country", "subdivision")
            or is_demonym(rest[0].title()))  # ("Acme Motor Gujarat Pvt. Ltd.": a state's subsidiary too)

    def _sector_keys(self) -> "KeysView[str]":
        if not hasattr(self, "_sk"):
            self._sk = {match_key(k): s for k, s in self._sector_of.items()}
        return self._sk.keys()  # a view for membership tests, not a copy per call

    def _sector_by_key(self, key: str) -> Sector:
        return self._sk[key]

    # -- affiliations ----------------------------------------------------------------
    def _affiliations(self, doc: "Doc", record: DocumentRecord) -> list[Affiliation]:
        """Person -> organisation roles: "Shri X, CEO, Invest MP", "Invest MP CEO X", "X ... at ORG"."""
        text = doc_text(doc)
        out: list[Affiliation] = []
        seen: set[tuple[str, str]] = set()
        mentions = sorted((m.start, m.end, e) for e in record.entities for m in e.mentions)
        for idx, (start, end, ent) in enumerate(mentions):
            if ent.type != "person":
                continue
            # a title right before the name: "Chairman Hiroshi Mitsuda", "Vice Governor Mr. X"
            lead = _title_before(text, start)
            if lead and lead not in ent.titles:
                ent.titles.append(lead)
            # after the name: ", Title, ORG" or ", Title of ORG" or ", Title at ORG"
            for j, (nstart, nend, other) in enumerate(mentions[idx + 1 : idx + 3], start=idx + 1):
                gap = text[end:nstart]
                if other.type != "organisation" or len(gap) > 80 or "\n" in gap:
                    continue
                m = re.fullmatch(r"\s*,\s*(?:the\s+|a\s+|an\s+)?([A-Za-z][\w &()'-]{1,60}?)\s*(?:,|\bof\b(?:\s+the)?|\bat\b(?:\s+the)?|\bfor\b)\s*", gap)
                if m and _is_title(m.group(1)) and not _title_belongs_to_next(text, mentions, j):
                    _add_aff(out, seen, ent, other, m.group(1).strip(), mentions, start, record)
                break
            # a title after the name with no body: "Shri X, Advisor to the Chief Minister, ..."
            m = _COMMA_TITLE_AFTER_RE.match(text[end : end + 90])
            if m and _is_title(m.group(1)) and normalise_space(m.group(1)) not in ent.titles and not any(
                s0 == end + m.start(1) for s0, _, _ in mentions
            ):
                ent.titles.append(normalise_space(m.group(1)))
            # "Chairman Hiroshi Mitsuda and the team at Mitsuda Electric"
            for nstart, nend, other in mentions[idx + 1 : idx + 3]:
                gap = text[end:nstart]
                if other.type == "organisation" and len(gap) < 40 and re.search(r"\b(?:at|of)\s+(?:the\s+)?$", gap) and lead and not re.search(r"[.;]", gap):
                    _add_aff(out, seen, ent, other, lead, mentions, start, record)
                if other.type in ("person", "organisation"):
                    break
            # before the name: "ORG Title NAME"
            for pstart, pend, other in reversed(mentions[max(0, idx - 2) : idx]):
                gap = text[pend:start]
                if other.type != "organisation" or len(gap) > 50 or "\n" in gap:
                    continue
                m = re.fullmatch(r"(?:'s|\u2019s)?\s+([A-Za-z][\w &'-]{1,40}?)\s*,?\s+(?:" + _HONORIFIC_RE + r")?\s*", gap)
                if m and _is_title(m.group(1)) and all(
                    w.casefold() in TITLE_WORDS or w in ("of", "for", "and", "&") or w[:1].isupper() for w in m.group(1).split()
                ):
                    _add_aff(out, seen, ent, other, m.group(1).strip(), mentions, start, record)
                break
        return out


#: Legal forms written after a company's name ("Ltd", "GmbH", "Inc").
_LEGAL_FORM_WORDS = _CASED_LEGAL_FORMS | frozenset("Ltd Limited Inc Corp Co LLC PLC Plc Pvt Pte Bhd Tbk S.A B.V N.V K.K JSC FZE FZCO FZC FZ-LLC S.L S.L.U S.A.U S.p.A S.r.l s.r.o a.s A/S ApS".split())
_LEGAL_TAIL_RE = re.compile(r"(?:,?[ \t]+(?:" + "|".join(re.escape(w) for w in sorted(_LEGAL_FORM_WORDS, key=len, reverse=True)) + r")(?![\w-]))+")
_LEGAL_FORMS_FOLDED = frozenset(w.rstrip(".").casefold() for w in _LEGAL_FORM_WORDS if len(w.rstrip(".")) > 2 or "." in w)
#: "Executives of X Ltd", "Officials from Y Agency": people of a body, before its name.
_GROUP_NOUNS = frozenset("Executives Officials Representatives Delegates Members Officers Leaders Heads Staff Teams Delegations".split())
_LEGAL_ABBREVIATIONS = frozenset("Pvt Ltd Co Inc Corp Bros Mfg Intl Govt Dept Assn Natl Bhd Sdn Pty Pte Plc".split())
# unions the rules test words against, built once rather than on every test
_LEGAL_OR_ABBREVIATION = _LEGAL_ABBREVIATIONS | _ABBREVIATIONS
_TITLE_OR_NON_ENTITY = TITLE_WORDS | NON_ENTITY_WORDS
_TITLE_NON_ENTITY_OR_HEAD = TITLE_WORDS | NON_ENTITY_WORDS | ORG_HEAD_WORDS
_HEAD_OR_TITLE = ORG_HEAD_WORDS | TITLE_WORDS
_JOB_TITLE_LAST_WORDS = TITLE_WORDS | {"director", "head", "chairman", "representative", "correspondent", "economist", "analyst"}


#: "Japan's ", "Abu Dhabi's ": a place owning what follows.
_PLACE_POSSESSIVE_RE = re.compile(r"([A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)?)['\u2019]s[ \t]+")
#: " of Lucknow's ": a place's possessive after "of", inside a run that goes on to a company's name.
_OF_PLACES_RE = re.compile(r"[ \t]of[ \t]+([A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)?)['\u2019]s[ \t]+")
#: "Tokyo-based", "New Delhi-based": where a company sits, written before its name.
_BASED_SUFFIX_RE = re.compile(r"-(?:based|listed|headquartered)$")
#: "Osaka-based ", "Salt Lake-based ", "ASX-listed ", "Tokyo-headquartered ": where a company sits or trades, before its name
_BASED_PREFIX_RE = re.compile(r"(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*-(?:based|listed|headquartered)\s+")  # "Ho Chi Minh City-based"


#: What a body does and a place does not: host, organise, sign, announce ("X and Y jointly hosted a roundtable").
_BODY_VERBS = frozenset(
    "host hosts hosted co-hosted organise organises organised organize organizes organized co-organised convened "
    "sign signs signed announce announces announced invite invites invited launch launches launched sponsored "
    "partnered awarded funded appointed employs manufactures supplies exports".split()
)


def _acts_as_body(doc: "Doc", start: int, end: int) -> bool:
    """Whether the span ``start:end`` of ``doc`` is the subject (or one of joined subjects) of a verb only a body does.

    "Valdoria and the Chamber hosted a roundtable": the model's GPE that no gazetteer knows is an organisation.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span.root
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" and tok.head.lower_ in _BODY_VERBS


def _based_prefix(span: str) -> "re.Match[str] | None":
    """``_BASED_PREFIX_RE.match(span)``, tried only where the span holds a hyphen, as every match does (most names
    hold none, and the pattern backtracks through their first two words before it fails)."""
    return _BASED_PREFIX_RE.match(span) if "-" in span else None


def _past_based_prefix(text: str, start: int, end: int) -> int:
    """Where a name begins once an "Osaka-based " or "ASX-listed " prefix at ``start`` is left out."""
    based = _BASED_PREFIX_RE.match(text, start, end) if text.find("-", start, end) >= 0 else None
    return based.end() if based and based.end() < end else start


def _org_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim an organisation span: possessive place prefixes, "Paris-based", leading titles, an open bracket,
    a sentence adverb before a comma ("Later, X Ltd") and abbreviated titles at either end ("X Ltd CEO")."""
    start, end = _strip_span(text, start, end)
    brk = _PARAGRAPH_BREAK_RE.search(text[start:end])
    if brk:  # a name never runs over a paragraph break: keep the paragraph that holds the body's head word
        tail = text[start + brk.end() : end]
        if looks_like_company(tail) or any(w.casefold() in ORG_HEAD_WORDS for w in tail.split()):
            start = start + brk.end()
        else:
            end = start + brk.start()
        start, end = _strip_span(text, start, end)
    m = _OPENER_COMMA_RE.match(text[start:end])
    if m and is_sentence_opener(m.group(1)):
        start += m.end()  # "Later, Mitsuda Electric ...": the adverb opens the sentence, not the name
    tail = _TRAILING_CONNECTORS_RE.search(text[start:end])
    if tail:
        end = start + tail.start()  # "... Investors Meet in": a connector is never the last word of a name
    # here and below, a pattern that needs a final stop, a stop or a comma is searched only where the span holds one
    # (a str test; a search, with "$" or not, scans every position of the span)
    last = _LAST_WORD_STOP_RE.search(text[start:end]) if text[start:end].endswith((".", ".\n")) else None
    if last and len(last.group(1)) > 1 and "." not in last.group(1) and last.group(1) not in _LEGAL_OR_ABBREVIATION:
        end -= 1  # "... Chamber of Mines and Energy.": the sentence's full stop, not the name's
    m = _GOVERNMENT_THEN_TITLE_RE.match(text, start, end)
    if m:
        end = start + len(m.group(1))  # "Government of <State> Vice-Governor X": a heading's body, then the next line's title
    m = _inner_title(text[start:end])
    if m and m.start() > 0 and looks_like_company(text[start : start + m.start()]):
        end = start + m.start()  # "Samyang Electronics CEO Park ...": "Park" heads no body here
    m = _trailing_title_abbreviations(text[start:end])
    if m and m.start() > 0:
        end = start + m.start()  # "Mitsuda Electric CMD": a title after the body
    ends = "." in text[start:end] and [m for m in _SENTENCE_END_INSIDE_RE.finditer(text[start:end])
            if len(m.group(1)) > 1 and m.group(1) not in _LEGAL_ABBREVIATIONS and m.group(1) not in _ABBREVIATIONS]
    if ends:  # a sentence ends inside the run: keep the side that holds the body's head word
        tail = text[start + ends[-1].end() : end]
        if looks_like_company(tail):  # "... Ms. Lena Holm. Nordvik Shipping AS"
            start += ends[-1].end()
        else:  # "Department of Planning and Investment. Prime Minister X's"
            end = start + ends[0].end(1)
            if not looks_like_company(text[start:end]) and not re.match(r"(?:" + _ORG_HEADS + r")\b", text[start:end]):
                return start, start  # "<Town> Port. Mr. Lee": the head word was in the next sentence
    span = text[start:end]
    cut = max(span.rfind("'s "), span.rfind("\u2019s "))
    if cut >= 0:
        possessor = re.sub(r"^(?:the|The)\s+", "", span[:cut])
        # "Osaka's National Institute", "UAE's Al Waha ...": a place or acronym owns the body;
        # "<City> People's Committee" keeps its possessive
        if possessor.isupper() or load_gazetteer().lookup(possessor) is not None:
            start += cut + 3
    m = _based_prefix(text[start:end])
    if m:
        start += m.end()
    m = _NAME_THEN_ON_RE.match(text[start:end])
    if m and not any(w.casefold() in ORG_HEAD_WORDS or w.casefold() in _ON_TOPIC_HEADS for w in m.group(1).split()):
        start += m.end()  # "briefed Minister Lee on the Coastal Shipping Fund": the holder, then the topic
    m = _IN_PLACE_AT_END_RE.search(text[start:end])
    if m and not _DIPLOMATIC_RE.search(text[start : start + m.start()]) and load_gazetteer().lookup(m.group(1)) is not None:
        end = start + m.start()  # "Acme Development in <city>": the body, then where it is
    if "(" in text[start:end]:
        end = start + text[start:end].index("(")
        start, end = _strip_span(text, start, end)
    for m in reversed(list(_WORD_COMMA_RE.finditer(text[start:end])) if "," in text[start:end] else []):
        if m.group(1).casefold() in TITLE_WORDS:  # "Group Chief Executive Officer, Qamar Marine ..."
            start += m.end()
            break
    m = _ROLE_OF_BODY_RE.search(text[start:end])
    if m and looks_like_company(text[start + m.end() : end]):
        start += m.end()  # "Chief Technology Officer of Southern Cross Battery Materials Pty Ltd."
    words = text[start:end].split()
    stripped_title = False
    while words and not _possessive_title_ahead(words) and (
        words[0].casefold().rstrip(",") in TITLE_WORDS and (
            words[0].casefold().rstrip(",") not in ("state", "national", "union")
            or len(words) > 1 and words[1].casefold() in ("minister", "ministers", "secretary", "cabinet", "commissioner")
        )
        or words[0].rstrip(",") in HONORIFICS and not (
            words[0] in ("Sri", "Shri", "Sree", "Shree") and LEGAL_SUFFIXES.search(text[start:end]))  # "Sri Lakshmi Feeds Pvt. Ltd."
        or words[0].casefold().rstrip(",") in NON_ENTITY_WORDS and words[0].isupper()
        or words[0].rstrip(",") in TITLE_ABBREVIATIONS
        or words[0] in ("The", "A", "An", "In", "At", "On", "During", "With", "By", "From", "Both", "And", "About")
        or words[0] in _GROUP_NOUNS and len(words) > 1 and words[1] in ("of", "from", "at")
    ):
        stripped_title = stripped_title or words[0].casefold().rstrip(",") in TITLE_WORDS or words[0] in _GROUP_NOUNS or words[0].rstrip(",") in TITLE_ABBREVIATIONS
        rest = text[start + len(words[0]) : end]
        start += len(words[0]) + len(rest) - len(rest.lstrip())
        words.pop(0)
    if words and stripped_title and words[0] in ("of", "at") and len(words) > 1 and not _PORTFOLIO_TITLE_RE.search(text[max(0, start - 40) : start]):
        rest = text[start + len(words[0]) : end]
        start += len(words[0]) + len(rest) - len(rest.lstrip())  # "Executive Vice President of Daewon Steel Corporation"
        words.pop(0)
        if words and words[0] == "the":
            start += 4
            words.pop(0)
    if words and (not words[0][:1].isupper() or stripped_title and words[0].endswith(",")):
        return start, start  # "Minister for Heavy Engineering": a portfolio, not a body
    if words and stripped_title and words[0] in ("for", "of"):
        return start, start
    m = _OPENER_COMMA_RE.match(text[start:end])
    if m and is_sentence_opener(m.group(1)):
        start += m.end()  # "<town>. Later, ABCD ...": the adverb that opens the next sentence
    m = _based_prefix(text[start:end])
    if m:
        start += m.end()  # "Officials of Tokyo-based X": the prefix is bare only once the group noun is gone
    return start, end


#: A foreign name's connector and its last capitalised words before the acronym: " für Internationale Zusammenarbeit (GIZ)".
_FOREIGN_CONNECTOR_TAIL_RE = re.compile(
    r"[ \t]+(?:" + _FOREIGN_NAME_CONNECTORS + r")[ \t]+(?P<words>[A-Z][\w\u00c0-\u024f-]*(?:[ \t]+[A-Z][\w\u00c0-\u024f-]*){0,3})"
    r"[ \t]*\((?P<acr>[A-Z]{2,8})\)")


#: A legal form ending a span: "Lodi Srl".
_LEGAL_FORM_END_RE = re.compile(r"[ \t](?:SpA|Srl|S\.r\.l\.?|S\.p\.A\.?|GmbH|SARL|SAS|s\.r\.o\.?|a\.s\.?|BV|NV|Oy|AB)\Z")
#: One capitalised word right before a span, after a lower-case word or a comma: "and [Fratelli] Lodi Srl".
_COMPANY_WORD_BEFORE_RE = re.compile(r"(?:\b[a-z]+|,)[ \t]+([A-Z][a-z\u00c0-\u024f]{2,})[ \t]+\Z")


def _with_legal_tail(text: str, end: int) -> int:
    """Where a company's name ending at ``end`` ends with the legal forms written right after it ("Acme Mills a.s.",
    "Acme Tools s.r.o."), the stop of a dotted form included."""
    legal = _LEGAL_TAIL_RE.match(text, end)
    if legal is None:
        return end
    stop = text.startswith(".", legal.end()) and "." in legal.group(0).split()[-1]
    return legal.end() + stop


def _initials_hold(acr: str, name: str) -> bool:
    """Whether the letters of ``acr`` are, in order, initials of capitalised words of ``name`` ("GIZ" in "Deutsche
    Gesellschaft für Internationale Zusammenarbeit")."""
    initials = iter(w[0] for w in name.split() if w[:1].isupper())
    return all(any(i == a for i in initials) for a in acr)


#: A portfolio in brackets after an office's title: " (Handlooms)", " (Industries and Commerce)".
_PORTFOLIO_BRACKET_RE = re.compile(r"[ \t]*\((?:[A-Z][a-z]+(?:[ \t]+(?:and|&)[ \t]+|[ \t]+|,[ \t]+)?){1,4}\)")
#: A line in capitals near a document's top: a letterhead ("FEDERATION OF X CHAMBERS OF COMMERCE").
_CAPS_LETTERHEAD_RE = re.compile(r"^[ \t]*([A-Z][A-Z&'.,-]*(?:[ \t]+[A-Z&][A-Z&'.,-]*)+)[ \t]*$", re.M)
#: A body's head word in capitals.
_CAPS_ORG_HEAD_RE = re.compile(
    r"\b(?:COUNCIL|CORPORATION|ASSOCIATION|FEDERATION|CHAMBERS?|AUTHORITY|AGENCY|BOARD|DEPARTMENT|MINISTRY|DIRECTORATE|"
    r"INSTITUTE|ORGANI[SZ]ATION|SOCIETY|COMMISSION|BUREAU|LIMITED|LTD)\b")
#: Small words a body's initials skip ("COUNCIL FOR X EXPORTS": "CXE").
_NAME_SMALL_WORDS = frozenset("of for and the in on at to".split())


#: Titles that end an office's name and never a place's: "District Magistrate", "Deputy Commissioner".
_PERSON_TITLE_ENDS = frozenset("magistrate collector commissioner secretary minister director officer".split())
#: "... Industrial Area", "... Industrial Estate": the name of a site, ending where the span ends.
_INDUSTRIAL_SITE_END_RE = re.compile(r"\bIndustrial[ \t]+(?:Area|Estate|Park|Township)\Z|\bSpecial[ \t]+Economic[ \t]+Zone\Z")
#: "Ludhiana-Jalandhar": two one-word names joined by a hyphen.
_HYPHENED_PAIR_RE = re.compile(r"([A-Z][a-z\u00c0-\u024f]+)-([A-Z][a-z\u00c0-\u024f]+)")
#: A company's site named for its town: "Hamamatsu Works", "Sanand Plant", "Jamnagar Refinery".
_SITE_RE = re.compile(r"([A-Z][\w\u00c0-\u024f-]+(?:\s+[A-Z][\w\u00c0-\u024f-]+)?)\s+(?:Works|Plant|Factory|Refinery|Mill|Campus)")
#: A job's last word closing an apposition: " Manager,", " Engineer,".
_JOB_AFTER_RE = re.compile(r"[ \t]+(?:Manager|Director|Head|Officer|Engineer|Lead|Specialist|Executive|Consultant)\b[ \t]*[,;)]")
_ADMIN_UNIT_WORDS = frozenset("province prefecture state district city region county municipality".split())
#: English words that are also the names of towns somewhere (GeoNames): read as places only after "in", "at", ...
_COMMON_WORD_TOWNS = frozenset(
    "most date greenfield independence mobile reading nice split bath police union enterprise liberty opportunity hub "
    "metro summit alliance concord paradise eureka spring unity progress".split())
#: Part-of-speech tags of common words: a capitalised "Most" or "Still" the parser reads so is no town.
_COMMON_WORD_TAGS = frozenset("ADJ ADV DET ADP PRON AUX VERB CCONJ SCONJ PART NUM".split())
_WEEKDAY_ABBREVIATIONS = frozenset("Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun".split())
_DAY_NUMBER_AFTER_RE = re.compile(r"[ \t.,]*\d")
#: After a one-word town name: " of signing:" or ": 16 January", the rest of a form's field label.
_FIELD_LABEL_AFTER_RE = re.compile(r"[ \t]+of[ \t]+[a-z][\w-]*(?:[ \t]+[a-z][\w-]*)?[ \t]*:|[ \t]*:[ \t]*(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)")


#: A dash with blanks on both sides, which separates phrases ("unit at Kakinada - Rs 2,150 crore"), never joins a name.
_SPACED_DASH_RE = re.compile(r"[ \t][-\u2013\u2014][ \t]")
#: Last words of a named landmark: a temple, a stupa, a monastery, caves, a fort, a palace, a museum.
_LANDMARK_HEADS = r"(?:Temple|Stupa|Caves|Vihara|Viharaya|Monastery|Pagoda|Shrine|Fort|Palace|Museum|Mandir|Gurudwara|Gompa)"
_LANDMARK_HEAD_RE = re.compile(r"\b" + _LANDMARK_HEADS + r"\b")
_WORD_RE = re.compile(r"\S+")
_LANDMARK_RE = re.compile(r"(?<![\w-])(?:[A-Z][\w'\u2019-]+[ \t]+){1,4}" + _LANDMARK_HEADS + r"\b")
#: Capitalised words that open a sentence or a headline before a landmark's name, and are no part of it.
_LANDMARK_LEAD_WORDS = frozenset("The This That A An At In On To From And Visit Visits Visited Near Of For With By".split())
#: A government building's word right after a name: "Udyog Bhawan", "Vidhana Soudha", "Keidanren Kaikan".
_BUILDING_WORD_AFTER_RE = re.compile(r"[ \t]+(?:Bhawan|Bhavan|Sadan|Niwas|Nivas|Soudha|Kaikan|Nilayam|Mandapam)\b")
#: A portfolio's list before a name the model took for a person, and its "and <Subject>" after it.
_PORTFOLIO_MIDDLE_BEFORE_RE = re.compile(r"\b(?:Minister|Secretary|Commissioner|Department)\s+(?:for|of)\s+(?:[A-Z][\w-]*\s+)*[A-Z][\w-]*,\s+$")
_PORTFOLIO_MIDDLE_AFTER_RE = re.compile(r",?\s+(?:and|&)\s+[A-Z][a-z]")
#: A post's first line: the author's name, then (past an emoji or a dot) the handle.
_PROFILE_NAME_RE = re.compile(r"\s*(?P<name>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){1,3})[^\w\n@]{0,8}@[A-Za-z_]\w{2,}")
#: Emphasis marks around a short run: "**Jo Roe**" (the run between the marks).
_EMPHASIS_RE = re.compile(r"\*\*([^*\n]{3,60}?)\*\*")
#: An emphasised run that is a personal name: an optional honorific, then two to four capitalised words.
_EMPHASISED_NAME_RE = re.compile(
    r"[ \t]*(?:(?:Shri|Smt\.?|Dr\.?|Mr\.?|Ms\.?|Mrs\.?|Prof\.?)[ \t]+)?"
    r"(?P<name>[A-Z][a-z\u00e0-\u024f'\u2019-]+(?:[ \t]+[A-Z][a-z\u00e0-\u024f'\u2019-]+){1,3})[ \t]*")


def _short_title(word: str) -> bool:
    """A title's short form before a name: "CM", "MD", "CG" (two or three capitals)."""
    return word in TITLE_ABBREVIATIONS or re.fullmatch(r"[A-Z]{2,3}", word) is not None


def _possessive_title_ahead(words: list[str]) -> bool:
    """ "Chief Minister's Office", "Prime Minister's Office": a title owns the office, so its words are the name."""
    return (len(words) > 1 and words[0].casefold() in TITLE_WORDS and words[1][-2:] in ("'s", "\u2019s")
            and words[1][:-2].casefold() in TITLE_WORDS)


#: Names of agreements, policies and events: not organisations or places.
_NOT_A_BODY_RE = re.compile(
    r"(?:\b(?:Agreement|Treaty|Accord|Policy|Act|Scheme|Programme|Program|Summit|Conclave|Expo|Conference|"
    r"Roadshow|Road\s+Show|Fair|Festival|Awards?|Week|Rules|Guidelines|Strategy|Plan|Initiative|Index|Ceremony|"
    r"Delegation|Team|Meet|Meetup|Exhibition|Exposition|Show|Hackathon|Webinar|Workshop|MoUs?|MOUs?|Pact|Deal|"
    r"Pujan|Puja|Pooja|Shilanyas)\s*(?:[\d.]+)?$"
    # "Notice Regarding Signing of ...", "Announcement Concerning ...": the title of a disclosure
    r"|^(?:Notice|Announcement|Notification|Disclosure)\s+(?:Regarding|Concerning|of|on|about|Related)\b"
    r"|^(?:Memorandum|Memoranda|Letters?)\s+of\s+(?:Understanding|Intent|Co-?operation|Agreement)\b)"  # a document, not a body
)
_FOLLOWED_BY_DOCUMENT_RE = re.compile(
    r"['\u2019]?[ \t]*(?:\([^()]{1,20}\)[ \t]*)?(?:Policy|Scheme|Act|Programme|Program|Rules|Guidelines|Summit|Conclave|Expo|Roadshow|Strategy|Initiative|"
    r"Roundtable|Round\s+Table|Seminar|Webinar|Workshop|Dialogue)\b"
)


#: "Government of X" run into a title and its holder: "Government of <State> Vice-Governor Y".
_GOVERNMENT_THEN_TITLE_RE = re.compile(
    r"((?:Government|Ministry|Embassy|Consulate(?:[\s-]+General)?)\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+"
    r"(?:(?:Vice|Deputy|Chief|Principal|Additional|Joint)[\s-]+)?(?:Governor|Minister|Secretary|Ambassador|Consul|Mayor|"
    r"Chairman|President|Director|Commissioner)\b")
#: "X Ltd CEO Jane Doe" inside one model span: a title between a body and a name.
_INNER_TITLE_RE = re.compile(
    r"\s+(?:" + "|".join(sorted(map(re.escape, TITLE_ABBREVIATIONS), key=len, reverse=True))
    + r"|Chairman|Chairperson|Chairwoman|President|Founder|Director|Chief\s+Executive(?:\s+Officer)?|Managing\s+Director)\s+(?=[A-Z])"
)
#: The words an :data:`_INNER_TITLE_RE` title opens with: the title is whole words between spaces, so a span none of
#: whose words is one of these holds no match.
_INNER_TITLE_FIRST_WORDS = TITLE_ABBREVIATIONS | {"Chairman", "Chairperson", "Chairwoman", "President", "Founder", "Director", "Chief", "Managing"}


def _inner_title(span: str) -> "re.Match[str] | None":
    """``_INNER_TITLE_RE.search(span)``, searched only where a word of the span may open the title (a set test of the
    span's words costs a third of the search, which tries its long alternation after every space)."""
    return _INNER_TITLE_RE.search(span) if not _INNER_TITLE_FIRST_WORDS.isdisjoint(span.split()) else None
#: "ACS Textiles, Handlooms and Khadi": an abbreviated title right before a portfolio
_TITLE_ABBREVIATION_BEFORE_RE = re.compile(
    r"(?<![\w.])(?:" + "|".join(sorted(map(re.escape, TITLE_ABBREVIATIONS), key=len, reverse=True)) + r")"
    r"\s+(?P<list>(?:[A-Z][\w-]*,?\s+(?:and\s+|&\s+)?){0,4})$"
)
_PORTFOLIO_TITLE_RE = re.compile(r"\b(?:Minister|Ministers|Secretary|Commissioner|Secretaries)\s+$")


#: Last words of a place name ("Sri City", "Gandhi Nagar"): after an honorific-like word they make a place, not a person.
#: Last words of the names of government buildings and venues in India ("<State> Niwas", "<State> Bhawan").
_VENUE_HEAD_WORDS = frozenset(
    "Niwas Nivas Bhawan Bhavan Sadan Soudha Mahal Nilayam Mandapam Secretariat Temple Gurudwara Gurdwara Mosque "
    "Cathedral Monument Kaikan Mandir Sankul Stupa Caves Vihara Viharaya Monastery Pagoda Shrine Fort Palace Museum Gompa".split())  # "Keidanren Kaikan": a Japanese hall; "Mandir", "Sankul": a hall, a complex
#: A headline's verb inside a capitalised run: "X Explores Y", "Delegation Visits Z", "<State> courts investors".
_HEADLINE_VERB_RE = re.compile(
    r"\s(?:[Hh]olds?|[Mm]eets|[Vv]isits|[Ss]igns|[Ii]nvites|[Ss]eeks|[Ww]oos|[Ee]xplores?|[Cc]ourts|[Ee]yes|"
    r"[Dd]iscusses|[Pp]itches|[Bb]oosts|[Pp]ushes|[Ll]aunches|[Ss]ays|[Ww]elcomes|[Hh]osts|[Rr]eceives|[Ss]trengthens|"
    r"[Dd]eepens|[Ss]eals|[Ii]nks|[Ee]xpands|[Pp]lans|[Tt]argets|[Ww]ants|[Tt]aps|[Ee]xtends|[Ss]ets)\s")
#: One or two capitalised words right after a company's sector word ("Seafood Traders", "Tea Shokai").
_COMPANY_TAIL_WORDS_RE = re.compile(r"(?:[ \t]+[A-Z][a-z]+){1,2}(?![\w.-])")
#: What follows a sector word used for an activity: "construction of the plant", "construction at the site".
_NOT_A_SECTOR_USE_RE = re.compile(
    r"(?<=construction)\s+(?:of|at|on|work|works|began|begins|started|starts|will\s+begin)\b"
    r"|(?<=lithium)[\s-]+(?:ion|iron|polymer)\b"  # "lithium-ion cells" are a battery, not the mineral
    r"|(?<=construction)\s+(?:is|was|will\s+be)\s+(?:expected|due|scheduled|set|likely)\b"  # "Construction is expected to begin"
    # "engineering graduates", "engineering polymers": a degree, a material or a team's trade, not the engineering industry
    r"|(?<=engineering)\s+(?:graduates?|colleges?|students?|degrees?|courses?|electives?|depth|talent|polymers?|plastics|"
    r"consultanc(?:y|ies)|teams?|centres?|centers?)\b",
    re.I,
)
#: A kind of engineering or infrastructure that is no industry of its own: "data engineering", "IT infrastructure".
_NOT_A_SECTOR_KIND_RE = re.compile(
    r"\b(?:data|product|software|environmental|civil|mechanical|chemical|electrical|genetic|fintech|cloud|platform|site|"
    r"process|reverse|financial|digital|IT|computing|network|ready|existing|effluent|treatment|sewage)[ \t]+\Z", re.I
)
#: What comes right before a sector word used for an activity: "under construction", "begin construction in June".
_NOT_A_SECTOR_BEFORE_RE = re.compile(
    r"\b(?:under|begin|begins|began|start|starts|started|commence|commences|commenced|complete|completes|completed)\s+$", re.I
)
#: A title word that a capitalised portfolio runs into: "Ports and Harbours Development Commissioner".
_PORTFOLIO_AFTER_RE = re.compile(
    r"(?:,?\s+(?:and|&)\s+|,\s+|\s+)?(?:[A-Z][\w-]*\s+(?:(?:and|&)\s+)?){0,4}?"
    r"(?:Minister|Ministers|Commissioner|Secretary|Department)\b(?!\s+(?:of|for)\b)"
)
#: "Minister for Mines, Energy and ", "Minister of Trade and ": a portfolio runs on to the sector word.
_PORTFOLIO_BEFORE_RE = re.compile(
    r"\b(?:Minister|Ministers|Commissioner|Secretary|Department)\s+(?:of|for)\s+(?:[A-Z][\w-]*,?\s+(?:(?:and|&)\s+)?){0,4}$"
)


#: What follows a sector word that is part of an event's name: "International Trade Show", "Textiles Expo".
_EVENT_NAME_AFTER_RE = re.compile(
    r"(?:[ \t]+(?:and|&)?[ \t]*[A-Z][\w-]*){0,3}[ \t]+(?:Show|Expo|Fair|Summit|Conclave|Week|Festival|Awards|Exhibition|Mela)\b"
)
#: A drink, not the crop: "said over coffee", "a tea break".
_A_DRINK_RE = re.compile(r"\bover\s+(?:coffee|tea)\b|\b(?:coffee|tea)\s+(?:break|breaks)\b", re.I)
#: One thing, not an industry: "the delegation's hotel", "when the port is congested", "a robot".
_ONE_OF_BEFORE_RE = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|our|this|that)|['\u2019]s)\s+$", re.I)
_HONORIFIC_STEMS = frozenset(h.rstrip(".") for h in HONORIFICS)


def _in_portfolio_title(text: str, start: int, end: int) -> bool:
    """Whether the capitalised sector word at ``text[start:end]`` is part of a title's portfolio.

    "Minister for Information Technology and Electronics", "Minister of
    Trade and Export Development", "IT and Industries Minister": the words
    name what an office is responsible for, not a sector the text is about.
    """
    return bool(_PORTFOLIO_BEFORE_RE.search(text, max(0, start - 80), start) or _PORTFOLIO_AFTER_RE.match(text, end))
#: What comes right before "industrial park" naming one site: "a ... industrial park", "the <Name> industrial park".
_ONE_SITE_BEFORE_RE = re.compile(r"(?:\b(?:a|an|the|its|this|that)\s+(?:[\w-]+\s+){0,2}|[A-Z][\w-]*\s+)$")
#: "Suwa, 15 July:" / "- Pune, March 3 -" at the start of a line.
_LINE_PLACE_DATE_RE = re.compile(
    r"(?m)^[ \t]*(?:[-*+][ \t]+)?(?P<place>[A-Z][\w\u00c0-\u024f'-]+(?:[ \t]+[A-Z][\w\u00c0-\u024f'-]+)?),[ \t]*"
    r"(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]+|[A-Z][a-z]+[ \t]+\d{1,2}(?:st|nd|rd|th)?)\b(?:,?[ \t]+\d{4})?[ \t]*[:\u2013\u2014-]")
#: A company's legal form, then "of <place>": where the company is from, not part of its name.
_FORMS_ENDING_AT_OF = r"Co\.,?\s+Ltd|Ltd|Limited|Inc|LLC|LLP|GmbH|AG|K\.K|Pvt\.?\s+Ltd|Pte\.?\s+Ltd|S\.A|B\.V|PLC|plc"
_LEGAL_THEN_OF_RE = re.compile(r"(.*?\b(?:" + _FORMS_ENDING_AT_OF + r")\.?)\s+of\s+(?:the\s+)?[A-Z]")
#: The legal forms after which "of" tells where a company is (the post-pass above keeps its shorter list: "X S.p.A.
#: of Vicenza and Jaipur-based Y Pvt. Ltd." is cut by the pattern pass, which sees the coordinated names).
_FORMS_BEFORE_OF = _FORMS_ENDING_AT_OF + r"|SpA|S\.p\.A|Srl|S\.r\.l|SAS|SARL|BV|NV|AB|Oy"
#: A legal form followed by "of", inside a span: "Acme Tabi Co., Ltd. of Kyoto and ...".
_LEGAL_FORM_OF_INSIDE_RE = re.compile(r"\b(?:" + _FORMS_BEFORE_OF + r")\.?(?=[ \t]+of[ \t]+[A-Z])")
#: A legal form, then "of", right before a name: "SpA of [Montecchio]" (the town the company is in).
_LEGAL_FORM_THEN_OF_RE = re.compile(r"\b(?:" + _FORMS_BEFORE_OF + r")\.?[ \t]+of[ \t]+\Z")
#: "Governor ODA Mitsuru", "Vice Minister SATO Ken-ichi": a title before a capitalised family name and a given name.
#: (Like :data:`_TITLE_INITIAL_NAME_RE`, it opens with "(?=[A-Z])": every title it names is capitalised.)
_TITLE_CAPS_NAME_RE = re.compile(
    r"(?=[A-Z])\b(?P<title>(?:Vice[ \t]+|Deputy[ \t]+)?(?:Governor|Mayor|Minister|President|Chairman|Chairperson|Ambassador|Director|"
    r"Consul[ \t]+General|Secretary|CEO))[ \t]+(?P<name>[A-Z\u014c\u016a]{2,}[ \t]+[A-Z][a-z\u00e0-\u024f]+(?:-[a-z]+)?)\b")
#: A list item's line that opens with two to four capitalised words, a comma and up to three words of a title.
_LISTED_NAME_TITLE_RE = re.compile(
    r"^[ \t]*(?:[-*+\u2013\u2014]|\d{1,2}[.)])?[ \t]*(?P<name>" + _UPPER + r"[a-z\u00e0-\u024f'\u2019-]+(?:[ \t]+" + _UPPER
    + r"[a-z\u00e0-\u024f'\u2019-]+){1,3}),[ \t]+(?P<title>(?:[\w()&-]+[ \t]+){0,2}[\w()&-]+)", re.M)
#: Initials with their stops, then a surname (and perhaps one more name): "M.R. Rao", "K. V. Subramanian".
_INITIALS_NAME_RE = re.compile(
    r"(?<![\w.])(?P<initials>(?:[A-Z]\.[ \t]?){1,3})(?P<rest>[A-Z][a-z]{2,}(?:[ \t]+[A-Z][a-z]{2,})?)(?![\w.-]|[ \t]+[A-Z][a-z])")
#: "India–" / "Indo-" right before a body's name that begins with the other country: "India–Ghana Business Forum".
_PAIR_PREFIX_RE = re.compile(r"(?<![\w-])([A-Z][a-z]+)[\u2013\u2014-]$")
#: A title, then an initial without its stop and capitalised words: "Managing Director E Venkat Rao".
#: It opens with "(?=[A-Z])", which every match meets (the role words are capitalised): the whole-text scan then
#: leaves a position that holds no capital at one test, where "\b" first tried the thirty-odd titles at every
#: word boundary.
_TITLE_INITIAL_NAME_RE = re.compile(
    r"(?=[A-Z])\b(?:" + _ROLE_ALTERNATION + r"|Minister)[ \t]+(?P<name>[B-HJ-Z][ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,3})(?!\w)")
#: One or two capitalised words, then "on (the) " and a capitalised name: a person briefed on a body's work.
_NAME_THEN_ON_RE = re.compile(r"([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)\s+on\s+(?:the\s+)?(?=[A-Z])")
#: Heads of names that go on with "on" ("Conference on Trade", "Task Force on Skills").
_ON_TOPIC_HEADS = frozenset("conference commission committee council forum summit group dialogue force convention symposium "
                            "workshop session panel board mission agency centre center institute programme program "
                            "initiative partnership alliance network".split())
#: "Ambassador to ", "High Commissioner of ": a title whose country comes next.
_TITLE_TO_BEFORE_RE = re.compile(
    r"\b(?:Ambassador|Consul[ \t]+General|High[ \t]+Commissioner|Envoy|Representative|Minister|Secretary|Governor)[ \t]+(?:to|of|for|in)[ \t]+$")
#: "Minister of " and the capitalised words of a portfolio ("Heavy Industries", "Ports, Shipping and Waterways"),
#: each word repeated as the patterns built on it say.
_PORTFOLIO_LEAD = r"\b(?:Minister|Secretary|Commissioner)\s+(?:of|for)\s+(?:[A-Z][\w-]*,?\s+(?:(?:and|&)\s+)?)"
#: A title before a name in apposition ("the minister for industries, ") or a title's abbreviation ("VC & MD ").
_TITLED_BEFORE_RE = re.compile(
    r"\b(?:minister|secretary|chairman|chairperson|president|director|ceo|commissioner|governor|ambassador)"
    r"\b[^.;:]{0,50},[ \t]*$|\b(?:MD|CEO|CMD|VC|ED|DG|GM|Chairman|Director|Secretary)[ \t]+$", re.I)
#: A role right after a span: "KITA Executive[ Vice Chairman]".
_ROLE_AFTER_SPACE_RE = re.compile(r"[ \t]+(?:" + _ROLE_ALTERNATION + r")\b")
#: "Minister for Mines " (a portfolio) right before a name.
_PORTFOLIO_RUN_BEFORE_RE = re.compile(_PORTFOLIO_LEAD + r"{0,4}$")
#: A capitalised preposition opening a span of two or more words: "At Udyog Bhavan".
_LEADING_PREPOSITION_RE = re.compile(r"(?:At|In|On|From|With|By|For|To|During)[ \t]+(?=[A-Z])")
#: ", " or " and " after a word of a portfolio list: the list goes on.
_PORTFOLIO_GOES_ON_RE = re.compile(r"\s*(?:,|and\b|&)")
#: "at the " right before a name.
_AT_THE_BEFORE_RE = re.compile(r"\bat\s+(?:the\s+)?$")
#: A company's legal form, then "of ": the town the company is in follows.
_LEGAL_THEN_OF_BEFORE_RE = re.compile(r"\b(?:Ltd|Limited|Inc|Corp|Co|LLC|GmbH|AG|K\.K|LLP)\.?,?\s+of\s+$")
#: "Minister of Heavy Industries <Word> ": a portfolio, then a word that may be the holder's given name.
_GIVEN_AFTER_PORTFOLIO_RE = re.compile(_PORTFOLIO_LEAD + r"{1,5}?(?P<word>[A-Z][a-z]+)[ \t]+$")
#: English word endings of portfolios ("Industries", "Commerce", "Tourism", "Agriculture"), which given names lack.
_PORTFOLIO_WORD_RE = re.compile(r"(?:s|ce|ion|ism|ment|ture|our|ry|cy|ty|gy|th|ics|ance|ence|ing|ure)$")
#: Words that open a sentence, never a surname after initials.
_NOT_A_SURNAME = frozenset("Both The This These That Those All Its Their Our His Her It He She They We Each Other Some".split())
#: The first word of a title at the end of a body's name: "KITA Executive" (Vice Chairman), "Acme Senior" (Vice President).
_TITLE_START_AT_END_RE = re.compile(r"[ \t]+(?:Executive|Vice|Deputy|Senior|Chief|Managing|Joint|Additional|Principal|Group)$")
#: A family name in capitals, then a given name: "MORITA Kenji", "KIM Min-jun".
_CAPS_FAMILY_NAME_RE = re.compile(r"(?<![\w&.-])(?P<family>[A-Z\u014c\u016a]{2,12})[ \t]+(?P<given>[A-Z][a-z\u00e0-\u024f]+(?:-[a-z]+)?)(?![\w&-])(?![ \t]+[A-Z][a-z])")
#: A title or honorific right before a name: "Vice-Governor ", "Mr. ".
_TITLE_WORD_BEFORE_RE = re.compile(
    r"\b(?:Governor|Mayor|Minister|President|Chairman|Chairperson|Director|Secretary|Ambassador|Consul|Representative|"
    r"Officer|Manager|Head|Chief|CEO|MD|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|H\.E\.)[ \t]+$")
#: A title after a name and a comma: ", Vice-Governor of ...", ", Director General, ...".
_TITLE_AFTER_COMMA_RE = re.compile(
    r",[ \t]*(?:[A-Z][\w-]*[ \t]+){0,3}(?:Governor|Vice-Governor|Director|President|Minister|Chairman|Secretary|Manager|Officer|"
    r"Head|General|Mayor|CEO|Ambassador|Consul)\b")
#: A title, its portfolio in brackets, then a name: "Principal Secretary (Industries) Jo Roe".
_BRACKETED_PORTFOLIO_NAME_RE = re.compile(  # found from its bracket (a fast literal scan), the title before it checked after
    r"\([^()\n]{2,60}\)[ \t]+"
    r"(?:(?:Shri|Smt\.?|Dr\.?|Mr\.?|Ms\.?|Mrs\.?)[ \t]+)?(?P<name>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){1,3})")
#: A company's unit before its name: "International Division of ", "the Japan Desk of ".
_UNIT_OF_RE = re.compile(r"(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}(?:Division|Desk|Unit|Wing|Section|Branch|Cell)\s+of\s+(?:the\s+)?")
#: A list item that is one capitalised name and nothing else: "1. <Town> Hand Prints Exports", "- <Town> Jute Fashions LLP".
_LISTED_NAME_LINE_RE = re.compile(
    r"(?m)^[ \t]*(?:(?:[-*+\u2013\u2014]|\d{1,2}[.)])[ \t]+|[ \t]+)"
    r"(?P<name>[A-Z][\w&'.-]*(?:[ \t]+(?:[A-Z][\w&'.-]*|&|and|of)){1,6})[ \t]*$")
#: A family name in title case and a hyphenated given name: "Kim Do-yun", "Lin Wei-ting".
_HYPHENATED_SUFFIX_RE = re.compile(r"(?<=[a-z])-[a-z]+(?![\w&-])")
_FAMILY_AND_GIVEN_BEFORE_RE = re.compile(r"(?<![\w&.-])(?P<family>[A-Z][a-z]{1,5})[ \t]+(?P<given>[A-Z][a-z]+)$")
#: A word made only of romanised (Hepburn) Japanese syllables: "matsuda", "hattori", "tsuchiya", "kenji".
_ROMAJI_RE = re.compile(r"(?:(?:sh|ch|ts|[kgsztdnhbpmrwjf])y?[aeiou]|y[aeiou]|[aeiou]|n(?![aeiouy])|([kstpc])(?=\1)|t(?=ch))+")
#: Common Korean and Chinese family names, as written in capitals before a given name.
_EAST_ASIAN_FAMILY_NAMES = frozenset(
    "KIM LEE PARK CHOI JUNG JEONG KANG CHO YOON JANG LIM HAN SHIN SEO KWON HWANG AHN SONG YOO HONG JEON KO MOON YANG SON BAE "
    "BAEK HEO NAM NOH KWAK SUNG CHA JOO WOO KOO RYU CHAE WON WANG ZHANG LIU CHEN HUANG ZHAO ZHOU XU SUN ZHU GUO LIN GAO LUO "
    "TAN LIM NG ONG GOH CHUA TEO KOH".split())
#: The commonest Vietnamese family names, with and without their diacritics; written first, before short given names.
_VIETNAMESE_FAMILY_BEFORE_RE = re.compile(
    r"(?<![\w.'\u2019-])(Nguyen|Nguy\u1ec5n|Tran|Tr\u1ea7n|Le|L\u00ea|Pham|Ph\u1ea1m|Hoang|Ho\u00e0ng|Huynh|Hu\u1ef3nh|Phan|Vu|V\u0169|"
    r"Vo|V\u00f5|Dang|\u0110\u1eb7ng|Bui|B\u00f9i|Do|\u0110\u1ed7|Ho|H\u1ed3|Ngo|Ng\u00f4|Duong|D\u01b0\u01a1ng|Ly|L\u00fd|Dinh|"
    r"\u0110inh|Truong|Tr\u01b0\u01a1ng|Trinh|Tr\u1ecbnh|Dao|\u0110\u00e0o|Luong|L\u01b0\u01a1ng|Doan|\u0110o\u00e0n)[ \t]+$"
)
#: What a place name before it makes a unit of some body: "the India Desk", "the Japan Cell".
_SUB_UNIT_WORDS = frozenset("desk cell wing division unit section team office".split())
#: A headline's verb where a given name would be: "Director HIRANO Holds Talks".
_HEADLINE_VERBS = (r"Holds?|Held|Meets?|Met|Visits?|Calls?|Signs?|Invites?|Seeks?|Woos|Explores?|Says|Receives?|Hosts?|"
                   r"Discuss(?:es)?|Meeting|Talks")
_HEADLINE_GIVEN_RE = re.compile(
    _HEADLINE_VERBS + r"|Leads?|Urges?|Inaugurates?|Launches?|Tours?|Welcomes?|Opens?|Pitches|Eyes|Courts|Backs|Plans")
#: "TANAKA Holds Meeting": a headline's verb after a name.
_HEADLINE_VERB_IN_NAME_RE = re.compile(r"\s(?:" + _HEADLINE_VERBS + r")\b")
#: Up to four capitalised words on one line: a name after a title.
_CAPITALISED_RUN_RE = re.compile(r"[A-Z][\w\u00c0-\u024f'\u2019-]+(?:[ \t]+[A-Z][\w\u00c0-\u024f'\u2019-]+){0,3}")
#: An office named by its title and portfolio: "Hon'ble Minister for Industries", "Union Minister of State for Mines".
_OFFICE_RE = re.compile(
    r"(?:Hon['\u2019]?ble\s+|H\.\s?E\.\s+)?(?:(?:Union|State|Chief|Deputy|Cabinet|Prime|Junior|Senior|Additional|Principal|Joint|Vice)\s+)*"
    r"(?:Minister|Secretary|Commissioner|Governor|Ambassador)(?:\s+of\s+State)?(?:\s+(?:of|for)\s+[^\n]*)?$")
#: Title words that end the name of an office, never of a body ("general", "state", "national" end bodies' names too).
_OFFICE_END_WORDS = frozenset(TITLE_WORDS - {"general", "state", "union", "cabinet", "national", "global", "regional", "country",
                                             "member", "members", "partner", "executive", "officers", "directors"})
#: ", the Acme Organization's (ACO) director-general in <City>": a lower-case role after a comma, in the same clause.
_ROLE_AFTER_RE = re.compile(
    r",\s+(?:the\s+|a\s+|an\s+)?[^,.;]{0,60}?\b(?:" + _ROLE_ALTERNATION
    + r"|director-general|director\s+general|president|chairman|director|officer|minister|secretary|ambassador|consul)\b")
#: How a venue's name ends: "... Convention Centre", "... Exhibition Center", "... Expo Centre", "... Stadium".
_VENUE_NAME_END_RE = re.compile(
    r"\b(?:Convention|Exhibition|Expo|Exposition|Trade|Conference)\s+(?:and\s+(?:Convention|Exhibition)\s+)?"
    r"(?:Centre|Center|Hall|Halls|Ground|Grounds)$|\b(?:Stadium|Auditorium)$|\b(?:Guest|Circuit)\s+House$")
#: Capitalised words after a name that end a building's name: "... State Secretariat", "... Stadium".
_VENUE_AFTER_RE = re.compile(
    r"(?:[ \t]+[A-Z][\w'\u2019-]*){0,3}?[ \t]+(?:" + "|".join(sorted(_VENUE_HEAD_WORDS)) +
    r"|Stadium|Auditorium|Airport|Convention[ \t]+Cent(?:re|er)|Memorial[ \t]+Hall)\b")
_PLACE_HEAD_WORDS = frozenset("City Nagar Town Township Puram Island Islands Valley Hills".split())
#: Last words of a site's name that no personal name ends in ("Pulau Seraya Landfill", "Tokyo Bay"; not "Park", a surname).
_SITE_HEAD_WORDS = _PLACE_HEAD_WORDS | frozenset("Landfill Bay Lake Dam Harbour Harbor Airport Market Dumpsite Reservoir".split())
#: A stock exchange's code before a ticker: "(ASX: ", "(NSE: ".
_TICKER_BEFORE_RE = re.compile(r"\((?:NSE|BSE|ASX|TSE|TYO|NYSE|NASDAQ|Nasdaq|KRX|KOSDAQ|SGX|LSE|HKEX|TWSE|TPEx|SZSE|SSE)\s*:\s*$")
#: A job title right before an opening bracket: "Director (", "Secretary (".
_TITLE_BEFORE_BRACKET_RE = re.compile(
    r"\b(?:Director|Secretary|Manager|Officer|Head|Adviser|Advisor|Commissioner|Counsellor|President|Chairman|Minister)\s*\($")
#: Endings of South Asian town names: "Rampura", "Sitapur", "Vizianagaram", "Hosapete", "Begusarai" is not one.
_TOPONYM_ENDING_RE = re.compile(r"[a-z](?:pur|pura|puram|patnam|nagar|nagaram|abad|ganj|garh|gaon|halli|palli|palle|pet|pete|peta|wadi|wada|kheda|khera)$")
#: Last words of a road's, a bridge's or a landmark's name: "Ring Road", "Station Marg", "Ganga Setu".
_STREET_HEAD_WORDS = frozenset(
    "Road Marg Path Mod Chowk Maidan Setu Junction Beel Canal Reservoir Ghat Flyover Expressway Highway Street Avenue "
    "Lane Bazaar Bazar".split())
#: Last words of a locality's name that are also family names ("Nagar"): a place only without a title before.
_LOCALITY_HEAD_WORDS = frozenset("Nagar Vihar Colony Enclave Puram Pura Ward".split())  # "Naka Ward": a city's ward
#: Last words of the name of an area or estate ("Bandra Kurla Complex"); "Park" is also a family name, so not here.
_AREA_HEAD_WORDS = frozenset("Complex Estate Zone Corridor Area Township Cluster Region Province Prefecture County Governorate".split())
_ACRONYM_RE = re.compile(r"[A-Z][A-Z0-9&]{1,7}")
_TRAILING_TITLE_ABBREVIATIONS_RE = re.compile(
    r"(?:\s+(?:" + "|".join(sorted(map(re.escape, TITLE_ABBREVIATIONS), key=len, reverse=True)) + r"))+$"
)


def _trailing_title_abbreviations(span: str) -> "re.Match[str] | None":
    """``_TRAILING_TITLE_ABBREVIATIONS_RE.search(span)``, searched only where the span's last word is such an abbreviation
    (each is one word, and the last one ends the span or stands before its final line break)."""
    last = span.rsplit(None, 1)
    return _TRAILING_TITLE_ABBREVIATIONS_RE.search(span) if last and last[-1] in TITLE_ABBREVIATIONS else None


#: A legal form's stop, then a capitalised word: where one company's name may end and the next sentence begin.
_LEGAL_STOP_THEN_CAPITAL_RE = re.compile(r"\b(?:Inc|Ltd|Corp|Co|LLC|Plc|PLC|AG|SA|NV|BV|KK|K\.K)\.[ \t]+(?=[A-Z])")


def _split_at_sentence_end(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """ "... with Kestrel Tools Inc. Hassan Forgings Ltd., which ...": a company that ends a sentence and one that opens
    the next, not one name.

    Split after a legal form's stop when what follows is two or more capitalised words and a legal form of its own
    ("Acme Corp. India Pvt. Ltd." keeps its one word of country before the second form).
    """
    span = text[start:end]
    if "." not in span:
        return [(start, end)]
    for m in _LEGAL_STOP_THEN_CAPITAL_RE.finditer(span):
        rest = span[m.end() :].split()
        names = [w for w in rest if w.rstrip(".,") not in _LEGAL_FORM_WORDS]
        if len(names) >= 2 and len(names) < len(rest) and all(w[:1].isupper() or w == "&" for w in rest):
            return [(start, start + m.end() - len(m.group(0)) + m.group(0).index(".") + 1), (start + m.end(), end)]
    return [(start, end)]


def _split_listed(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """ "Acme Capital Partners, Beta Hospitality Group": two bodies listed with a comma, not one.

    Split when every comma-separated part is two or more capitalised words
    (connectors such as "of" and "and" aside), none a legal form or a place
    ("Tokyo, Japan") and none opening with a lower-case word.
    """
    span = text[start:end]
    if ", " not in span:
        return [(start, end)]
    parts, pos = [], start
    for piece in span.split(", "):
        parts.append((pos, pos + len(piece)))
        pos += len(piece) + 2
    last = text[parts[-1][0] : parts[-1][1]]
    if " and " in last and " of " not in last and len(parts) >= 2:
        # "A Srl, B Spa and C Solutions": the list's last two members are joined by "and"
        cut = parts[-1][0] + last.index(" and ")
        left, right = (parts[-1][0], cut), (cut + 5, parts[-1][1])
        if all(len([w for w in text[a:b].split() if w[:1].isupper()]) >= 2 for a, b in (left, right)):
            parts[-1:] = [left, right]
    gaz = load_gazetteer()
    for a, b in parts:
        words = text[a:b].split()
        caps = [w for w in words if w[:1].isupper()]
        if (len(caps) < 2 or not words[0][:1].isupper() or any(not w[:1].isupper() and w not in ("of", "and", "for", "the", "&") for w in words)
                or any(w.rstrip(".,") in _LEGAL_FORM_WORDS for w in words[:1]) or gaz.lookup(text[a:b]) is not None
                or " of " in text[a:b] or " and " in text[a:b]):
            return [(start, end)]
    return parts


def _split_coordinated(text: str, start: int, end: int, model_orgs: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "ABC and Mitsuda Maschinen GmbH": two coordinated bodies, not one.

    A capitalised run "X and Y <head>" names two bodies when X is an acronym
    ("ABC"), a company name of its own ("Orvana Steel", "Kestrel Motors"), or a
    span the model tagged as an organisation on its own.  An
    "and" after "of" ("Ministry of Trade and Industry") or inside a list of
    words that share the head ("Micro, Small and Medium Enterprises") is kept.

    Returns the spans of the bodies, left to right (the input span alone when
    it is one body).
    """
    span = text[start:end]
    m = _AND_SPLIT_RE.search(span)
    if not m or "," in span[: m.start()] or re.search(r"\b(?:of|for|on)\b", span[: m.start()]):
        return [(start, end)]
    left, right = span[: m.start()], span[m.end() :]
    defined = ACRONYM_DEF_RE.match(text, end)
    if defined and _acronym_spells(defined.group("acr"), span):
        return [(start, end)]  # "Acme Small Industries and Export Corporation (ASIEC)": the acronym spells one body
    if defined and _acronym_spells(defined.group("acr"), right) and right[:1].isupper():
        return [(start, start + m.start()), (start + m.end(), end)]  # "X and Acme Industrial Development Corporation (AIDC)"
    if not right[:1].isupper() or len(right.split()) < 2 or not looks_like_company(right):
        return [(start, end)]
    words = left.split()
    if right.split()[-1] in ("Department", "Ministry") and left in _PORTFOLIO_ACRONYMS:
        return [(start, end)]  # "MSME and Handloom Department": one department with a two-part portfolio
    if right.split()[-1] == "Department" and not LEGAL_SUFFIXES.search(left) and not _ACRONYM_RE.fullmatch(left) and not any(
        w.casefold() in _BODY_HEAD_WORDS for w in left.split()
    ):
        return [(start, end)]  # "Tourism and Culture Department": one department with a two-part portfolio
    acronym = len(words) == 1 and _ACRONYM_RE.fullmatch(left) is not None and not _is_noise(left)
    company = len(words) >= 2 and all(w[:1].isupper() for w in words) and not is_sentence_opener(words[0]) and (
        looks_like_company(left) or words[-1].casefold() in _COMPANY_TAIL_WORDS
        or m.group(0).strip() == "and" and any(w.rstrip(".,") in _LEGAL_FORM_WORDS for w in right.split())  # "... Motor and Y India Ltd", not "Cable & Wire Co."
    )
    tagged = (start, start + m.start()) in model_orgs and not all(w.casefold() in _HEAD_OR_TITLE for w in words)
    right_name_words = len([w for w in right.split() if w.rstrip(".,") not in _LEGAL_FORM_WORDS])
    # "X Cable and Wire Co., Ltd." and "X Promotion and Investment Corporation of Y" are one body
    if acronym or (company or tagged) and right_name_words >= 2 and not re.search(r"\s(?:of|for)\s", right):
        return [(start, start + m.start()), (start + m.end(), end)]
    return [(start, end)]


#: Portfolios written as acronyms, which head no body of their own: "MSME and Textiles Department".
_PORTFOLIO_ACRONYMS = frozenset("MSME MSMEs IT ICT ITES HRD IT&C S&T R&D NRI".split())
#: Words that end a body's name of its own ("Acme Corporation and X Department" are two bodies).
_BODY_HEAD_WORDS = frozenset(
    "corporation company board authority council association agency ministry department university institute bank "
    "chamber federation commission mission society trust".split())
#: Last words of a company name that also name a trade ("Orvana Steel", "Kestrel Pharma").
_COMPANY_TAIL_WORDS = frozenset(
    "steel motors pharma logistics shipping electric electronics chemicals textiles foods energy power cement "
    "auto automotive marine mining metals oil gas airlines airways telecom semiconductor semiconductors".split()
)


def _is_big_place(place) -> bool:
    """A country, state or city of 100,000 people or more ("Tata" the town does not stop "Tata Steel")."""
    return place is not None and (place.kind != "city" or place.population >= 100_000)


#: The rest of a portfolio and its title after a span: " and Commerce Minister", " & IT Secretary".
_PORTFOLIO_TAIL_AFTER_RE = re.compile(r"[ \t]+(?:and|&)[ \t]+(?:[A-Z][\w-]*[ \t]+){1,2}(?:Minister|Secretary|Commissioner)\b")


def _past_unit(text: str, start: int, end: int) -> int:
    """Where a company's name starts after its unit: "International Division of [X Corporation]"; ``start`` otherwise."""
    unit = _UNIT_OF_RE.match(text, start, end)
    return unit.end() if unit is not None and looks_like_company(text[unit.end() : end]) else start


def _portfolio(text: str, start: int, end: int | None = None) -> bool:
    """ "Additional Chief Secretary (Textiles and Handlooms)", "Head of Private Equity": a title's
    portfolio, not a body ("Director of X Resources Ltd" names a body)."""
    before = text[max(0, start - 40) : start]
    name = text[start:end] if end is not None else ""
    if end is not None and _POSSESSIVE_AFTER_RE.match(text[end : end + 3]):
        return False  # "Director of Acme Finland's India programme": a portfolio owns nothing, a body does
    if end is not None and _PORTFOLIO_TAIL_AFTER_RE.match(text, end) and not LEGAL_SUFFIXES.search(name):
        return True  # "Telangana Industries [and Commerce Minister X]": the first words of a minister's portfolio
    # the bracket, "and" / "&", "of" / "for" that end three of the patterns: a str test before each "...$" search,
    # which scans every position of the window
    tail = text[max(0, start - 80) : start].rstrip()
    return bool(
        tail.endswith("(") and _PORTFOLIO_BRACKET_BEFORE_RE.search(before)
        or (m := _TITLE_ABBREVIATION_BEFORE_RE.search(before)) is not None and ("," in m.group("list") or not looks_like_company(name))
        or tail.endswith(("and", "&")) and _PORTFOLIO_LIST_BEFORE_RE.search(text[max(0, start - 80) : start])
        and not looks_like_company(name)  # "Minister for Mines, Energy and Water"
        or tail.endswith(("of", "for")) and _PORTFOLIO_OF_BEFORE_RE.search(before)
        and not looks_like_company(name)
        or _PORTFOLIO_FOR_BEFORE_RE.search(before)
        and not looks_like_company(name)  # "Vice President for International Affairs, <Body>"
    )


def _plural_head(name: str) -> bool:
    """ "Centres of Excellence", "Industrial Parks": a kind of body in the plural, not one body."""
    first = name.split()[0].casefold() if name.split() else ""
    return first.endswith("s") and (first[:-1] in ORG_HEAD_WORDS or first[:-2] in ORG_HEAD_WORDS) and " of " in name


@lru_cache(maxsize=1 << 16)
def _is_noise(surface: str) -> bool:
    """Surfaces that are never entities: role and unit acronyms, pronouns, formulas, bare numbers."""
    bare = surface.strip(" .,;:'\u2019\"()")
    if not bare or not any(c.isalpha() for c in bare):
        return True
    if bare in HONORIFICS or bare + "." in HONORIFICS:
        return True
    if bare in TECHNICAL_ABBREVIATIONS or bare in TITLE_ABBREVIATIONS:
        return True  # "CNC", "EV", "MoU", "CM": a technical term or a title, never a body on its own
    if "." in bare and (dotless := bare.replace(".", "").replace(" ", "")) in TITLE_ABBREVIATIONS:
        return True  # "Shri X, I.A.S.": a civil service after a name, written with full stops
    return bare.casefold() in NON_ENTITY_WORDS or is_chemical_formula(bare) or bare in ("US$", "S$", "Rs")


def _keep_header_breaks(original: str, cleaned: str) -> str:
    """Put back the line breaks of the header block (title, subtitle, dateline lines).

    The first paragraph of a press release is often a title line and a
    dateline line with no final period; their line breaks end sentences.
    """
    lead = len(original) - len(original.lstrip())
    block_end = original.find("\n\n", lead)
    block_end = len(original) if block_end < 0 else block_end
    lines = original[lead:block_end].split("\n")
    chars: list[str] | None = None
    if not (len(lines) < 2 or re.search(r"[.!?:;,]\s*$", lines[0]) or len(lines[0]) > 300):
        chars = list(cleaned)
        pos = lead
        for line in lines[:-1]:
            pos += len(line)
            if not re.search(r"[,;]\s*$", line):
                chars[pos] = "\n"
            pos += 1
    # a brief's items: "CHENNAI" on a line of its own, then the item's headline, then its text
    for m in _ITEM_DATELINE_HEAD_RE.finditer(original):
        if m.start() < block_end:
            continue  # the header block's own lines, told above
        chars = chars if chars is not None else list(cleaned)
        chars[m.end(1)] = "\n"
        chars[m.end(2)] = "\n"
    return cleaned if chars is None else "".join(chars)


#: A brief's item: a place in capitals alone on the paragraph's first line, then a headline with no final stop.
_ITEM_DATELINE_HEAD_RE = re.compile(r"(?:^|\n\n)[ \t]*([A-Z][A-Z .'/&-]{2,40}?)[ \t]*\n[ \t]*([A-Z][^\n]{3,120}?(?<![.,;:!?]))[ \t]*\n(?=[ \t]*\S)")


def _absorb(entities: dict[str, Entity], spans: dict[str, list], target: Entity, other: Entity, *, titles: bool = False) -> None:
    """Make ``other`` one more name of ``target``: its names become aliases and its mentions ``target``'s (its titles
    too, with ``titles``: a person merged into a person).  Changes ``entities`` and ``spans`` in place."""
    target.aliases.extend(a for a in [other.name, *other.aliases] if a not in target.aliases)
    if titles:
        target.titles.extend(t for t in other.titles if t not in target.titles)
    spans[target.key].extend(spans.pop(other.key, []))
    del entities[other.key]


def _merge_people_named_as_companies(entities: dict[str, Entity], spans: dict[str, list], text: str = "") -> None:
    """ "Acme Elektrolyse" read as a person beside "Acme Elektrolyse GmbH": the company's name without its legal form.

    A "person" of two or more words whose matching key is that of one company named with a legal form, or the
    first words of it ("Acme Precision" beside "Acme Precision Industry Co., Ltd."), joins the company (one word,
    "Hollmann", may be the founder's family name and is left alone).
    """
    companies: dict[str, list[Entity]] = {}
    for e in entities.values():
        if e.type == "organisation" and LEGAL_SUFFIXES.search(e.name):
            words = org_key(e.name).split()
            for n in range(2, len(words) + 1):  # "Acme Precision" beside "Acme Precision Industry Co., Ltd.": its first words
                companies.setdefault(" ".join(words[:n]), []).append(e)
    if not companies:
        return
    for person in [e for e in entities.values() if e.type == "person"]:
        if len(person.name.split()) >= 2 and not person.titles:
            same = companies.get(org_key(person.name), [])
        elif len(person.name.split()) == 1 and text:
            # "Sri Ranga's managing director" beside "Sri Ranga Defence Components Pvt. Ltd.": the "honorific" is the
            # company's first word, written before every mention of the one-word "person"
            before = {m.group(1) if (m := _WORD_BEFORE_RE.search(text, max(0, s - 16), s)) else "" for s, _, _ in spans.get(person.key, ())}
            word = before.pop() if len(before) == 1 else ""
            same = companies.get(org_key(f"{word} {person.name}"), []) if word and word in person.titles else []
        else:
            continue
        if len(same) == 1 and person.key in entities:
            _absorb(entities, spans, same[0], person)


def _merge_head_acronyms(entities: dict[str, Entity], spans: dict[str, list]) -> None:
    """ "the FPC" beside "Acme Valley Farmer Producer Company Ltd.": the initials of the body's last words.

    An organisation named only by two to five capitals that are the initials of the last words of exactly one
    longer organisation of the document (its legal form left out) is that organisation's short name.
    """
    shorts = [e for e in entities.values() if e.type == "organisation" and _HEAD_ACRONYM_RE.fullmatch(e.name)]
    if not shorts:
        return
    key_words = {e.key: org_key(e.name).split() for e in entities.values() if e.type == "organisation"}
    for short in shorts:
        n = len(short.name)
        found = [
            o for o in entities.values()
            if o is not short and o.type == "organisation" and len(words := key_words[o.key]) > n
            and "".join(w[0] for w in words[-n:]).upper() == short.name
        ]
        if len(found) == 1 and short.key in entities:
            _absorb(entities, spans, found[0], short)


_HEAD_ACRONYM_RE = re.compile(r"[A-Z]{2,5}")
#: Head words of institutions named after a person ("Shri X University"); none is also a family name (as "Nigam" is).
_INSTITUTION_HEADS = frozenset("University Institute College School Academy Hospital Foundation Trust Society Mission Vidyalaya "
                               "Mahavidyalaya Vishwavidyalaya Polytechnic Centre Center".split())
#: Last words of a job title after a name, never of the name: "Shwetha Rao, Communications Lead".
_JOB_LAST_WORDS = frozenset("head lead manager officer director secretary executive specialist consultant coordinator".split())
#: Words that end the name of a company's branch or site, never a person's: "Chennai Branch", "Pune Office".
_UNIT_HEADS = frozenset("Branch Office Division Unit Desk Plant Factory Works Campus Centre Center Headquarters".split())
_IN_BEFORE_RE = re.compile(r"\bin[ \t]+$")
_FIRST_WORD_RE = re.compile(r"([A-Z][a-z]+)[ \t]+")
#: "SOURCE Acme Inc." closing a wire release; "For Acme Limited" over a signatory: a word before the body's name.
_LINE_LEAD_WORD_RE = re.compile(r"(?:SOURCE|For)[ \t]+(?=[A-Z])")
_AT_PLACE_END_RE = re.compile(r"[ \t]+at[ \t]+([A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)?)$")
#: "Singh", "Kaur": middle names that never end a Sikh name; the family name follows.
_CONNECTED_NAME_AFTER_RE = re.compile(r"[ \t]+(?:Singh|Kaur)[ \t]+([A-Z][a-z]{2,})\b(?![ \t]+[A-Z][a-z])")
#: "S. Sekhon" (the model: a body): an initial and a family name.
_INITIAL_SURNAME_RE = re.compile(r"(?:[A-Z]\.[ \t]?){1,2}([A-Z][a-z]{2,})")
#: An initial before an honorific: no name is written so ("X. Shri Y" is the end of "Power-to-X." and a new sentence).
_INITIAL_THEN_HONORIFIC_RE = re.compile(r"[A-Z]\.[ \t]+(?=" + _ANY_HONORIFIC_RE + r"\.?[ \t])")
_WORD_BEFORE_RE = re.compile(r"(\S+)[ \t]+$")


def _merge_initialled_surnames(entities: dict[str, Entity], spans: dict[str, list]) -> None:
    """ "S. Sekhon" typed a body beside "Harjinder Singh Sekhon": an initial and the family name of one person named."""
    people = [e for e in entities.values() if e.type == "person"]
    for org in [e for e in entities.values() if e.type == "organisation"]:
        m = _INITIAL_SURNAME_RE.fullmatch(org.name)
        if m is None:
            continue
        found = [p for p in people if p.key in entities and p.name.split()[-1] == m.group(1)]
        if len(found) == 1 and org.key in entities:
            _absorb(entities, spans, found[0], org)


def _merge_short_people(entities: dict[str, Entity], spans: dict[str, list]) -> None:
    """Merge a person whose name tokens all belong to exactly one longer name of the document, and a name written
    in both orders ("Haruto Kishimoto", "KISHIMOTO Haruto") into its first form."""
    people = [e for e in entities.values() if e.type == "person"]
    by_tokens: dict[tuple[str, ...], Entity] = {}
    for e in sorted(people, key=lambda e: min((s for s, _, _ in spans.get(e.key, [])), default=0)):
        toks = tuple(sorted(t.casefold() for t in name_tokens(e.name)))
        if len(toks) < 2:
            continue
        first = by_tokens.setdefault(toks, e)
        if first is not e and e.key in entities:
            _absorb(entities, spans, first, e, titles=True)
    people = [e for e in people if e.key in entities]
    for short in sorted(people, key=lambda e: len(name_tokens(e.name))):
        toks = set(name_tokens(short.name))
        longer = [o for o in people if o is not short and o.key in entities
                  and len(name_tokens(o.name)) > len(toks) and toks <= set(name_tokens(o.name))]
        if len(longer) == 1 and short.key in entities:
            _absorb(entities, spans, longer[0], short, titles=True)


_TITLE_HEADS = (
    r"Ambassador|Consul|Consul\s+General|High\s+Commissioner|Minister|Secretary|Director|Chairman|Chairperson|Chairwoman|"
    r"President|CEO|CFO|COO|CTO|Governor|Commissioner|Mayor|Head|Envoy|Counsellor|Counselor|Adviser|Advisor|"
    r"Founder|Officer|Manager|Executive|Spokesperson|Premier|Chancellor|Deputy|Undersecretary"
)
#: A job title closing the text before a name; every modifier and head word begins with a capital, which the
#: lookahead tests first (most positions fail there, before the alternations are tried).
_TITLE_BEFORE_RE = re.compile(
    r"(?:^|(?<=[\s,(]))(?=[A-Z])((?:(?:Vice|Deputy|Additional|Joint|Chief|Principal|Senior|Executive|Managing|Cabinet|Union|State|"
    r"Regional|Country|General|Prime|Foreign|Trade|Industries|Industry|Commerce|Parliamentary|Assistant|Special|Permanent|"
    r"Acting)(?:\s+|-))*(?:" + _TITLE_HEADS + r")(?:\s+General)?"
    r"(?:\s+(?:of|to|for|in)\s+(?:the\s+)?[A-Z][\w-]*(?:(?:,\s+|\s+and\s+|\s+&\s+|\s+)[A-Z][\w-]*){0,5}){0,2})"
    r"\s*,?\s*$"
)


_TRAILING_HONORIFICS_RE = re.compile(r"(?:\s*" + _ANY_HONORIFIC_RE + r")+\s*$")


def _title_before(text: str, start: int) -> str:
    """The job title written right before a name, honorifics skipped.

    "Chairman Hiroshi Mitsuda", "Ambassador of Japan to India Kenji Ota",
    "Cabinet Secretary for Energy, Mining and Petroleum, Grace Otieno".
    """
    before = text[max(0, start - 120) : start]
    if before.rstrip().endswith(HONORIFICS):  # else the pattern cannot match: skip its slow scan
        before = _TRAILING_HONORIFICS_RE.sub(" ", before)
    m = _TITLE_BEFORE_RE.search(before.rstrip() + " ")
    if not m or re.search(r"\b(?:the|to|of|his|her|its|their)\s+(?:Hon'ble\s+|Hon\u2019ble\s+|Honourable\s+)?$", before[: m.start(1)], re.I):
        return ""  # "Advisor to the Hon'ble Chief Minister, Shri X": someone else's title
    title = normalise_space(m.group(1)).rstrip(",")
    return title if title.casefold() not in ("general", "state", "union") else ""


def _title_belongs_to_next(text: str, mentions: list, org_index: int) -> bool:
    """In "A, Title, ORG, Place, B" the title and body describe B, who follows them."""
    _, org_end, _ = mentions[org_index]
    for nstart, nend, other in mentions[org_index + 1 : org_index + 3]:
        gap = text[org_end:nstart]
        if not re.fullmatch(r"\s*,\s*(?:[A-Z]\.?\s+)?", gap):
            return False
        if other.type == "person":
            return True
        if other.type != "place":
            return False
        org_end = nend
    return False


def _add_aff(out, seen, person: Entity, org: Entity, title: str, mentions, start: int, record: DocumentRecord) -> None:
    if (person.key, org.key) in seen:
        return
    seen.add((person.key, org.key))
    sentence = next((m.sentence for m in person.mentions if m.start == start), 0)
    out.append(Affiliation(person.key, org.key, normalise_space(title), sentence))
    if title not in person.titles:
        person.titles.append(normalise_space(title))


def _is_title(text: str) -> bool:
    """Whether ``text`` is a job title: its last word (outside brackets) is a title word."""
    bare = _BRACKETED_RE.sub(" ", text.casefold())
    words = [w for w in _SPACES_COMMAS_RE.split(bare) if w]
    heads = _JOB_TITLE_LAST_WORDS
    return bool(words) and words[-1] in heads and words[-1] not in ("of", "and", "the", "general", "state", "union") or (
        len(words) >= 2 and words[-1] == "general" and words[-2] in TITLE_WORDS
    )


def _is_word_char(ch: str) -> bool:
    """Whether ``ch`` is matched by ``[\\w-]`` (``\\w`` as Python's ``re`` reads it in str patterns)."""
    return ch.isalnum() or ch in "_-"


def _word_occurrences(text: str, word: str) -> Iterator[tuple[int, int]]:
    """Where ``word`` stands on its own in ``text``: as ``re.finditer(r"(?<![\\w-])word(?![\\w-])")``.

    A literal search instead of one regular expression compiled per word and document.
    """
    n = len(word)
    pos = text.find(word)
    while pos >= 0:
        end = pos + n
        if (pos == 0 or not _is_word_char(text[pos - 1])) and (end >= len(text) or not _is_word_char(text[end])):
            yield pos, end
            pos = text.find(word, end)
        else:
            pos = text.find(word, pos + 1)


def _sentence_index(starts: list[int], pos: int) -> int:
    import bisect

    return max(0, bisect.bisect_right(starts, pos) - 1)


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim white space, quotes, brackets, possessives and a leading "the"."""
    while start < end and (text[start].isspace() or text[start] in "\"'\u201c\u2018([*,"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in "\"'\u201d\u2019)]*,;:-"):
        end -= 1
    if text[start:end].lower().startswith("the "):
        start += 4
    if text[end - 2 : end] in ("'s", "\u2019s") and end - start > 2:
        end -= 2
    return start, end


@lru_cache(maxsize=1 << 16)
def _bare(surface: str) -> str:
    surface = normalise_space(surface)
    surface = re.sub(r"^(?:the|The)\s+", "", surface)
    return re.sub(r"(?:'s|\u2019s)$", "", surface).strip(" ,;:")


def _trim_name_run(name: str) -> tuple[str, int]:
    """Cut a captured capitalised run at the first word that is not part of a name."""
    words = name.split()
    kept: list[str] = []
    skipped = 0
    while len(words) > 1 and (words[0] in HONORIFICS or words[0].rstrip(".") + "." in HONORIFICS or (
            words[0] in TITLE_ABBREVIATIONS and (words[1] in HONORIFICS or words[1].rstrip(".") + "." in HONORIFICS))):
        skipped += len(words[0]) + 1  # "H.E. Mr. PARK Min-ho": a second honorific; "Hon'ble CM Shri X": a title's short form
        words.pop(0)
    for w in words:
        low = w.casefold().rstrip(".,")
        if low in TITLE_WORDS or low in NON_ENTITY_WORDS:
            if len(kept) == 1 and low in ("minister", "secretary", "commissioner") and not kept[-1].endswith(","):
                return "", 0  # "Hon'ble Industries Minister": a portfolio before its office, not a name
            if kept:
                break
            return "", 0  # "Hon'ble Chief Minister": a title, not a name
        if w in ("The", "In", "On", "At", "And", "Of", "To", "For", "With", "From", "By") and kept:
            break
        if kept and (w in HONORIFICS or w.rstrip(".") + "." in HONORIFICS):
            break
        kept.append(w)
        # a word that ends a sentence ("Lindqvist.") ends the name; initials ("C.", "T.R.") do not
        if w.endswith(".") and len(w.rstrip(".")) > 1 and not _INITIALS_RE.fullmatch(w) and not (
                len(kept) == 1 and _TWO_LETTER_INITIAL_RE.fullmatch(w)):  # "Ch. Ravi Teja": a two-letter initial opens the name
            kept[-1] = w.rstrip(".")
            break
    return " " * skipped + " ".join(kept) if kept else "", len(kept)


_INITIALS_RE = re.compile(r"(?:[A-Z]\.){1,4}")
_TWO_LETTER_INITIAL_RE = re.compile(r"(?:Ch|Sh|Th|Ph|Kh|Gh|Bh|Dh|Jh)\.")
_TWO_LETTER_INITIAL_BEFORE_RE = re.compile(r"(?<![\w.])(?:Ch|Sh|Th|Ph|Kh|Gh|Bh|Dh|Jh)\.[ \t]$")


class _HeadingLines:
    """``heading(pos)``: :func:`_in_heading` answered once per line of one document."""

    def __init__(self, text: str, title_end: int):
        self.text, self.title_end, self.memo = text, title_end, {}

    def __call__(self, start: int) -> bool:
        line_start = self.text.rfind("\n", 0, start) + 1
        if line_start not in self.memo:
            self.memo[line_start] = _in_heading(self.text, start, self.title_end)
        return self.memo[line_start]


def _in_heading(text: str, start: int, title_end: int) -> bool:
    """Whether ``start`` lies in a title-case headline or heading line ("**MoU for Water Technology Unit**").

    A heading line is a line of at most twelve words (thirty for the
    document's title), without a final full stop, most of whose words are
    capitalised.
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    if (line_end if line_end >= 0 else len(text)) - line_start > 300:
        return False  # a paragraph, not a heading: no need to count its words
    line = text[line_start : line_end if line_end >= 0 else len(text)].strip().strip("*#_ ")
    if line.endswith((".", ",", ";", ":")):
        return False
    words = [w for w in re.findall(r"[A-Za-z][\w'-]*", line)]
    if not words or len(words) > (30 if start < title_end else 12) or line.endswith((".", ",", ";", ":")):
        return False  # a sentence, not a headline in title case
    small = {"of", "and", "for", "the", "in", "on", "to", "with", "at", "a", "an", "by", "from"}
    caps = [w for w in words if w[:1].isupper()]
    return len(caps) >= 0.6 * len([w for w in words if w.lower() not in small])


def _join_spelled_pairs(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join "X Industries" + " and " + "Export Corporation" when the acronym defined after them spells both."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and _AND_BETWEEN_RE.fullmatch(text[out[-1][1] : s]):
            defined = ACRONYM_DEF_RE.match(text, e)
            if defined and _acronym_spells(defined.group("acr"), text[out[-1][0] : e]) and not _acronym_spells(
                defined.group("acr"), text[s:e]
            ):
                out[-1] = (out[-1][0], e)
                continue
        out.append((s, e))
    return out


#: "Rebuild Malabar Initiative (RMI)": two to six capitalised words (with "of", "and", "for", "the" between), then an acronym.
_NAME_THEN_ACRONYM_RE = re.compile(
    r"(?<![\w.'-])(?P<name>[A-Z][\w&'-]*(?:[ \t]+(?:(?:of|and|for|the|&)[ \t]+)?[A-Z][\w&'-]*){1,5})[ \t]*\((?P<acr>[A-Z]{2,8})\)")
#: "Jo Roe, 34, ": a name, then an age between commas.
_NAME_AGE_RE = re.compile(r"(?<![\w.'-])([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){1,2}),[ \t]+\d{2},[ \t]+(?=[a-z])")
#: "Kuroda-san": a family name and a Japanese honorific written after it.
_NAME_SAN_RE = re.compile(r"(?<![\w-])([A-Z][a-z]{2,})-(?:san|sama|sensei|shi)(?![\w-])")
#: "Marine Technology Parks of India (MTPI)": capitalised words, "of", a country or state, and an acronym.
_NATIONAL_BODY_RE = re.compile(
    r"(?<![\w-])(?P<name>(?:[A-Z][\w&-]*\s+){1,6}of\s+(?:the\s+)?(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))\s*"
    r"\((?P<acr>[A-Z][A-Za-z&]{2,9})\)")


def _acronym_spells(acr: str, name: str) -> bool:
    """Whether ``acr`` fits ``name`` from its first word on ("AIDC" spells "Acme Industrial Development
    Corporation", not "Jo Roe and Acme Industrial Development Corporation")."""
    first = next((w for w in re.split(r"[\s-]+", name) if w and w[0].isalpha()), "")
    return bool(first) and first[0].upper() == acr[:1].upper() and _acronym_fits(acr, name)


def _prefix_run(word: str, words: list[str], used: int = 0) -> bool:
    """Whether ``word`` is the beginnings (two letters or more) of two or more of ``words``, in order."""
    if not word:
        return used >= 2
    for i, w in enumerate(words):
        for n in range(min(len(w), len(word)), 1, -1):
            if word.startswith(w[:n]) and _prefix_run(word[n:], words[i + 1 :], used + 1):
                return True
    return False


def _initials(name: str) -> str:
    """The initials of a name's words, connectors left out: "Spice and Fruit Promotion Council Keralam" -> "SFPCK"."""
    return "".join(w[0].upper() for w in re.split(r"[\s-]+", name) if w and w.casefold() not in ("and", "of", "for", "the", "&", "in"))


def _acronym_fits(acr: str, name: str) -> bool:
    """Whether ``acr`` plausibly abbreviates ``name``: initials in order, or word beginnings run together.

    >>> _acronym_fits("NMMA", "Nordic Medical Manufacturers Association")
    True
    >>> _acronym_fits("GhanaTrade", "Ghana Trade Promotion Council")
    True
    """
    if re.fullmatch(r"[A-Z][a-z]{3,11}", acr) and _prefix_run(acr.casefold(), [w.casefold() for w in re.split(r"[\s-]+", name) if w]):
        return True  # "Ruritrade": "Ruri(tanian)" + "Trade"
    chunks = re.findall(r"[A-Z][a-z]+", acr)
    if len(chunks) >= 2 and "".join(chunks) == acr:
        words = [w.casefold() for w in re.split(r"[\s-]+", name) if w]
        i = 0
        for chunk in chunks:
            while i < len(words) and not words[i].startswith(chunk.casefold()):
                i += 1
            if i == len(words):
                return False
            i += 1
        return True
    letters = [c for c in acr if c.isalpha()]
    initials = [w[0].upper() for w in re.split(r"[\s-]+", name) if w and w[0].isalpha()]
    if not letters:
        return False
    i = 0
    for ch in letters:
        while i < len(initials) and initials[i] != ch.upper():
            i += 1
        if i == len(initials):
            return letters[0].upper() == (initials[0] if initials else "") and len(letters) <= len(initials) + 2
        i += 1
    return True


def _note(ent: Entity, surface: str, titles: list[str]) -> None:
    if surface and surface not in ent.aliases:
        ent.aliases.append(surface)
    for t in titles:
        if t and t not in ent.titles:
            ent.titles.append(t)


def _canonical(ent: Entity, spans: list[tuple[int, int, str]]) -> str:
    """The canonical name: taxonomy name, longest person/organisation name, most common place form."""
    if ent.type == "sector":
        return ent.name
    forms = [normalise_space(s) for _, _, s in spans] or [ent.name]
    if ent.type == "person":
        names = [split_person_name(f)[0] for f in forms] + [ent.name]
        return max(names, key=lambda n: (len(name_tokens(n)), len(n), n))
    if ent.type == "organisation":
        if ent.name.startswith("Government of "):
            return ent.name  # "the Kerala government" and "Government of Kerala" are named one way
        full = [f for f in forms if not (f.isupper() and " " not in f)]
        pool = full or forms
        return max(pool, key=lambda f: (len(f.split()), len(f), f))
    counts = Counter(f for f in forms if not (f.replace(".", "").isupper() and len(f) <= 4))
    if not counts:
        return ent.name
    if ent.code and all(f.isupper() for f in counts):
        counts = Counter(f.title() for f in counts.elements())
    return max(counts, key=lambda f: (counts[f], len(f), f))


class _EntSpan(NamedTuple):
    """A model entity span, after adjacent person spans are joined (see :func:`_joined_person_runs`).

    A named tuple: a frozen dataclass costs about a microsecond an instance, and a document has some fifty.
    """

    label_: str
    start_char: int
    end_char: int


def _joined_person_runs(ents, text: str) -> list[_EntSpan]:
    """The model's entities, with two PERSON spans one space apart joined ("S. Jo" + "Singh Roe").

    ``ents`` holds ``(label, start_char, end_char)`` triples or objects with
    those attributes (spaCy spans).
    """
    out: list[_EntSpan] = []
    for ent in ents:
        span = _EntSpan(*ent) if isinstance(ent, tuple) else _EntSpan(ent.label_, ent.start_char, ent.end_char)
        if out and span.label_ == "PERSON" and out[-1].label_ == "PERSON" and text[out[-1].end_char : span.start_char] == " ":
            out[-1] = _EntSpan("PERSON", out[-1].start_char, span.end_char)
            continue
        out.append(span)
    return out


def _people_listed_beside(text: str, c: _Cand, person_starts: set[int], person_ends: set[int]) -> int:
    """How many of the items right before and after ``c`` in a list are people (0, 1 or 2).

    "represented by Jo Roe, Ann Lee and Kim Park": a name the model typed otherwise, listed among people.
    """
    if text.startswith(("'s", "\u2019s"), c.end):
        return 0  # "Mr. Jo Roe, Acme Fudosan's officer": a possessive, not a list's item
    before = _LIST_SEPARATOR_BEFORE_RE.search(text, max(0, c.start - 8), c.start)
    after = _LIST_SEPARATOR_RE.match(text, c.end)
    return int(before is not None and before.start() in person_ends) + int(after is not None and after.end() in person_starts)


def _select(text: str, cands: list[_Cand], is_place=lambda surface: False) -> list[_Cand]:
    """Choose non-overlapping candidates by source priority, then length.

    ``is_place`` tells whether a surface is a place (the gazetteer's lookup); a body's name may run onto the next
    line only when that line is a place.
    """
    priority = {"dateline": 0, "honorific": 1, "government": 2, "taxonomy": 3, "model": 4, "pattern": 2, "apposition": 2, "gazetteer": 5}

    sector_at: dict[int, list[int]] = defaultdict(list)
    for o in cands:
        if o.source == "taxonomy":
            sector_at[o.start].append(o.end)
    sector_starts = sorted(sector_at)  # a place's sector words found by bisection, not a dict probe per character
    # "Gulf Harvest Foods" (the model) where the text also writes "Gulf Harvest Foods LLC": the company, not a region
    # and a sector word
    companies = {org_key(text[o.start : o.end]) for o in cands
                 if o.type == "organisation" and o.source == "pattern" and LEGAL_SUFFIXES.search(text[o.start : o.end])}

    def rank(c: _Cand) -> tuple:
        p = priority[c.source]
        # a sector phrase overrides a model entity it covers exactly ("Pharma" as PERSON)
        if c.source == "taxonomy":
            p = 3
        if c.source == "pattern":
            p = 2
        if c.source == "model" and c.type == "organisation" and companies and org_key(text[c.start : c.end]) in companies:
            p = 2
        if c.type == "place" and c.source in ("gazetteer", "model") and any(
            end <= c.end and (pos, end) != (c.start, c.end)
            for pos in sector_starts[bisect_left(sector_starts, c.start) : bisect_left(sector_starts, c.end)]
            for end in sector_at[pos]
        ):
            p = 2.5  # "Port Talbot" is a town, not the ports sector
        return (p, -(c.end - c.start), c.start)

    # "Vesterby Vindkraft and Limfjord Offshore Services": two bodies the model found one by one, each named elsewhere
    # in the text too, not one body's name ("Small Industries and Export Promotion Council")
    model_orgs = {(o.start, o.end) for o in cands if o.type == "organisation" and o.source == "model"}
    cands = [c for c in cands if not (
        c.type == "organisation" and c.source == "pattern" and (c.start, c.end) not in model_orgs and any(
            (c.start, m.start()) in model_orgs and (m.end(), c.end) in model_orgs
            and text.count(text[c.start : m.start()]) > (whole := text.count(text[c.start : c.end]))
            and text.count(text[m.end() : c.end]) > whole
            for m in _AND_RE.finditer(text, c.start, c.end)))]
    # "Andhra" (a person, says the model) inside "Andhra Pradesh" (a state, says the gazetteer): the place
    places = [(g.start, g.end) for g in cands if g.type == "place" and g.source == "gazetteer"]
    if places:
        # where a place lies, its end included: a candidate that starts anywhere else is inside no place, and is
        # not compared with every place
        in_place = bytearray(len(text) + 2)
        for a, b in places:
            in_place[a : b + 1] = b"\x01" * (b + 1 - a)
        cands = [c for c in cands if not (
            c.source == "model" and c.type in ("person", "organisation") and (in_place[c.start] or c.end < c.start)
            and any(a <= c.start and c.end <= b and b - a > c.end - c.start for a, b in places)
        )]
    chosen: list[_Cand] = []
    taken = bytearray(len(text) + 1)
    for c in sorted(cands, key=rank):
        if c.end <= c.start or any(taken[c.start : c.end]):
            continue  # a longer model/pattern organisation that covers a sector word keeps it
        if "\n" in text[c.start : c.end] and not (
            c.type == "organisation" and is_place(text[c.start : c.end].rsplit("\n", 1)[1].strip())
        ):  # a line break the clean-up kept ends a heading or a paragraph: no name runs across it, but a letterhead's
            continue  # city line ("Embassy of India\nSeoul") finishes the body's name
        if c.type == "organisation" and c.source == "pattern" and _OFFICE_RE.match(text[c.start : c.end]):
            continue  # "Hon'ble Minister of Industries": an office, not a body
        chosen.append(c)
        taken[c.start : c.end] = b"\x01" * (c.end - c.start)
    return sorted(chosen, key=lambda c: c.start)


_EXTRACTORS: dict[tuple, Extractor] = {}


def get_extractor(config: Config | None = None) -> Extractor:
    """A cached :class:`Extractor` for ``config`` (model and taxonomy loaded once per process)."""
    from .nlp import load_model

    config = config or Config()
    key = (config.model, str(config.sectors) if config.sectors else None)
    if key not in _EXTRACTORS:
        _EXTRACTORS[key] = Extractor(load_model(config.model), load_taxonomy(config.sectors))
    return _EXTRACTORS[key]


def extract(text: str, doc_id: str = "document", *, config: Config | None = None) -> DocumentRecord:
    """Extract entities, mentions, meetings and roles from one text.

    Parameters
    ----------
    text : str
        The document text.
    doc_id : str, optional
        Id to give the document.
    config : Config, optional
        Model and taxonomy settings.

    Returns
    -------
    DocumentRecord

    Examples
    --------
    >>> rec = graphkit.extract("Shri Ravi Shankar Prasad Rao, CEO, Invest MP, met officials in Tokyo.")  # doctest: +SKIP
    >>> [(e.name, e.type) for e in rec.entities]  # doctest: +SKIP
    [('Ravi Shankar Prasad Rao', 'person'), ('Invest MP', 'organisation'), ('Tokyo', 'place')]
    """
    config = config or Config()
    document = Document(id=doc_id, text=text)
    if len(text) > config.chunk_chars:
        # a long text goes through in parts, as in a build, instead of hitting spaCy's max_length
        from .pipeline import extract_documents

        return next(extract_documents([document], config))
    return get_extractor(config)(document)


# Patterns used inline by the rules, compiled once (re's own cache costs a lookup per call).
_GROUP_NOUN_AFTER_RE = re.compile(r"[ \t]+(?:team|delegation|official|officials|spokesperson|executive|executives|representative|"
                                  r"representatives|source|sources|unit|plant|subsidiary|mission|group)\b")
_INITIAL_AND_NAME_RE = re.compile(r"[A-Z][ \t]+[A-Z][a-z]+")
_BRACKET_THEN_NAME_BEFORE_RE = re.compile(r"\)[ \t]+([A-Z][a-z]+)[ \t]+$")
_CAPS_WORD_AND_NAME_RE = re.compile(r"[A-Z]{3,}\s+[A-Z][a-z]+")
_VISIT_PREPOSITION_BEFORE_RE = re.compile(r"\b(?:visit|visits|visited|visiting|toured|tour|in|at|near|from)\s+$")
_CAPITALISED_WORD_BEFORE_RE = re.compile(r"(?<![\w.'-])([A-Z][a-z\u00c0-\u024f'\u2019-]+)[ \t]+$")
_INITIAL_BEFORE_RE = re.compile(r"(?<![\w.])[A-Z]\.?\s$")
_HYPHEN_LOWER_AFTER_RE = re.compile(r"-[a-z]+\b")
_COMMA_TITLE_AFTER_RE = re.compile(r"\s*,\s*(?:the\s+|a\s+|an\s+)?([A-Z][\w '\u2019()-]{1,60}?)\s*(?=[,;.]|$)")
_OF_AT_RE = re.compile(r"\s(?:of|at)\s+(?:the\s+)?")
_IN_PLACE_BRACKET_RE = re.compile(r"\s+in\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)(?=\s*\(([^()]{2,24})\))")
_AND_BETWEEN_RE = re.compile(r"\s+(?:and|&)\s+")
_TWO_THREE_CAPS_RE = re.compile(r"[A-Z]{2,3}|(?:[A-Z]\.){2,3}")
_TITLE_WORD_AFTER_SPAN_RE = re.compile(r"\s+(?:Commissioner|Secretary|Director|Officer|Adviser|Advisor|Manager|Head|Chief|Counsellor)\b")
_TITLE_COMMA_BEFORE_RE = re.compile(r"\b(?:Director|Secretary|Officer|Manager|Head|President|Chairman|Commissioner|Adviser|Advisor),\s+$")
_SPACES_RE = re.compile(r"\s+")
_BRACKETED_RE = re.compile(r"\([^)]*\)?")
_SPACES_COMMAS_RE = re.compile(r"[\s,]+")
_ONE_CAPITAL_RE = re.compile(r"[A-Z]")
