"""Meeting detection: which people and organisations of a document met.

:func:`detect_meetings` reads one parsed document and the entities the NER
pass found in it, and returns one :class:`~graphkit.records.Meeting` per
event described: people and organisations that met, talked, visited, held
discussions, signed together or attended the same event.  Participants are the
entities tied to a meeting trigger, plus the people that references in the
sentence ("the delegation", "the Minister", "he", "the two sides") stand for.
"""
from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import date
from functools import lru_cache
from itertools import islice
from typing import TYPE_CHECKING

from .documents import find_date, find_day
from .textclean import WRITER_OFFICES, in_own_voice
from .gazetteer import load_gazetteer
from .names import HONORIFICS, LEGAL_SUFFIXES, TITLE_WORDS, is_demonym, looks_like_company
from .records import DocumentRecord, Entity, Meeting

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["detect_meetings"]


def _sentences(doc: "Doc") -> list["Span"]:
    """The document's sentences as the NER pass splits them (imported late: extract imports this module)."""
    from .extract import sentences

    return sentences(doc)


def _doc_text(doc: "Doc") -> str:
    """``doc.text`` read once per Doc (imported late, as :func:`_sentences`)."""
    from .extract import doc_text

    return doc_text(doc)


#: Verbs that make a sentence describe a meeting (some only with an object or partner, see _meeting_trigger).
MEETING_VERBS = frozenset(
    "meet met meets meeting visit visited visits visiting receive received receives receiving host hosted "
    "hosts hosting attend attended attends attending interact interacted interacts engage engaged "
    "discuss discussed discusses discussing sign signed signs signing welcome welcomed welcomes "
    "call called calls calling witness witnessed exchange exchanged brief briefed briefs greet greeted greets "
    "felicitate felicitated felicitates tour toured tours touring review reviewed reviews reviewing agree agreed agrees".split()
)


#: Nouns naming a meeting or event; a trigger with a partner ("talks with") or a light verb ("held talks").
MEETING_NOUNS = frozenset(
    "meeting meetings talks discussion discussions visit visits conference conferences roundtable "
    "roundtables summit dialogue dialogues interaction interactions engagement engagements "
    "consultations consultation session sessions call courtesy mou memorandum memoranda agreement "
    "conferencing videoconference video-conference webinar "
    "audience delegation-level forum forums seminar seminars symposium workshop workshops ceremony "
    "reception luncheon roadshow roadshows dinner lunch banquet breakfast meet conclave convention expo".split()
)
#: Every lower-case form :func:`_meeting_trigger` can return a token for.
#: "spent an hour with X", "sat down with X": time spent in someone's company is a meeting.
_COMPANY_VERBS = frozenset("spent spend spends spending sat sit sits sitting".split())
#: "The festival was opened by A and B": those who open or inaugurate an event together meet at it.
_OPENING_VERBS = frozenset("opened inaugurated".split())
_TRIGGER_WORDS = MEETING_VERBS | MEETING_NOUNS | _COMPANY_VERBS | _OPENING_VERBS | {"presence", "accompanied", "joined", "met", "meets"}


#: Verbs that turn a meeting noun into an event that took place ("held a meeting", "addressed a roundtable").
LIGHT_VERBS = frozenset(
    "hold held holds holding have had has conduct conducted attend attended organise organised "
    "organize organized host hosted engage engaged include included including sign signed lead led "
    "participate participated join joined address addressed pay paid pays paying chair chaired "
    "co-chair co-chaired attend attended part".split()
)


#: Words for the visiting group.
GROUP_WORDS = frozenset("delegation team delegates delegate mission delegation's team's visitors".split())


PLANNED_RE = re.compile(
    r"\b(?:will|shall|is\s+to|are\s+to|is\s+scheduled\s+to|are\s+scheduled\s+to|is\s+expected\s+to|are\s+expected\s+to|"
    r"plans?\s+to|planned\s+to|would)\s+(?:\w+\s+){0,2}?(?:meet|visit|hold|held|attend|sign|travel|call|tour|see|chair|co-chair|convene)"
    r"|\b(?:plans?|planned|intends?|proposes?)\s+to\s+(?:host|organi[sz]e|convene|hold)\b"
    r"|\b(?:is|are|was|were)\s+(?:also\s+)?(?:being\s+)?(?:planned|proposed|scheduled)\b(?!\s+(?:and|by)\b)"  # "a meeting ... was being planned"
    r"|\b(?:will|would|shall|plans?\s+to|is\s+scheduled\s+to|are\s+scheduled\s+to)\s+(?:bring|send|lead|take|host|return|come|travel|go)\b[^.;]{0,100}?"
    r"\bto\s+(?:meet|visit|hold|attend|sign)\b"  # "X would bring a delegation to Gurugram in February to meet Y"
    # a headline's future: "Business mission to visit <State> next week"
    r"|\b(?:mission|delegation|team|minister|governor|ceo|chairman|president)\s+to\s+(?:meet|visit|hold|attend|sign|tour)\b"
    r"|\b(?:next\s+(?:week|month|year)|later\s+this\s+(?:week|month|year)|in\s+the\s+coming\s+(?:days|weeks|months))\b"
    # "asked for a second technical meeting with Y; dates to be fixed"
    r"|\b(?:asked|requested|sought|proposed)\s+(?:for\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:meeting|visit|call|session)\b"
    r"|\b(?:dates?|time|timing|venue)\s+(?:is\s+|are\s+)?(?:still\s+)?to\s+be\s+(?:fixed|finali[sz]ed|decided|confirmed|worked\s+out)\b",
    re.I,
)
#: :data:`PLANNED_RE` without re.I, for a sentence in lower case where it is ASCII (see :func:`_may_hold`): the
#: pattern holds no capital letter, so the two match alike there, and a case-sensitive alternation is searched about
#: three times as fast (each word's first letter is compared before the word is tried).
_PLANNED_FOLDED_RE = re.compile(PLANNED_RE.pattern)


CONTINUATION_NOUNS = frozenset(
    "meeting meetings talks discussions discussion roundtable session conference dialogue interaction "
    "mou mous memorandum memoranda agreement agreements pact pacts event summit consultations call visit "
    "delegation-level meet".split()
)


#: Who came or spoke for a side, told after the names (searched, not anchored, only in sentences with one of
#: :data:`_ROLE_AT_EVENT_WORDS`): "Mr. A, President, and Mr. B, Director, represented the company.",
#: "Ms. X, Secretary General, proposed the vote of thanks".
_ROLE_AT_EVENT_RE = re.compile(
    r"\brepresented\s+(?:the|their|its|his|her)\s+(?:company|firm|side|ministry|government|agency|chamber|bank|group|"
    r"organi[sz]ation|federation|association|prefecture|city)\W*$"
    r"|\b(?:proposed|delivered|gave|moved|offered)\s+the\s+(?:formal\s+)?(?:vote\s+of\s+thanks|welcome\s+address|"
    r"keynote(?:\s+address)?|inaugural\s+address|valedictory\s+address|opening\s+remarks|closing\s+remarks)\b", re.I)
_ROLE_AT_EVENT_WORDS = ("represented", "thanks", "address", "keynote", "remarks")


_CONTINUATION_RE = re.compile(
    r"^\W*(?:(?:from\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?(?:\s+side)?,\s+)?(?:the\s+)?(?:(?:other|further)\s+)?"  # "From Korea, the participants included"
    r"(?:participants|attendees|those\s+present|also\s+present|present\s+at\s+the\s+\w+)\s+"
    r"(?:included|were|was|comprised)\b"
    r"|among\s+(?:the\s+)?(?:participants|attendees|those\s+present|them|the\s+(?:companies|firms|investors))\s+(?:were|was|are)\b"
    # "Among the foreign buyers were:", "Among the exhibitors were ...": who came to the event just told
    r"|among\s+the\s+(?:[\w-]+\s+){0,2}(?:buyers|exhibitors|delegates|speakers|visitors|exporters|importers|sellers|suppliers"
    r"|participants|companies|firms)\s+(?:were|was|are)\b"
    r"|from\s+the\s+(?:[\w-]+\s+){0,2}side\s*,"  # "From the state side, A, B and C attended."
    r"|among\s+(?:the\s+)?(?:participants|attendees|those\s+present)\b"
    r"|(?:also\s+)?present\s+(?:on\s+the\s+occasion|at\s+the\s+(?:meeting|signing|ceremony|event))\s*(?:were|was|:)"
    r"|(?:also\s+)?(?:present|in\s+attendance)\s*(?:were|was)\b"
    r"|(?:it|this)\s+was\s+(?:also\s+)?(?:co-)?(?:chaired|attended|hosted|addressed|joined|led)\s+by\b"
    r"|(?:it|this)\s+was\s+(?:formally\s+)?(?:inaugurated|opened)\s+(?:[\w,']+\s+){0,4}?by\b"  # "It was inaugurated on Monday by X"
    r"|(?:it|the\s+(?:roundtable|meeting|session|forum|event|seminar|workshop|conference))\s+(?:brought\s+together|drew)\b"  # "It brought together A, B and C"
    r"|there\s*,"  # "... with the Ministry. There, X and officials of Y discussed ...": at the meeting just told
    # "The programme was organised by X": the event just told, and who organised it
    r"|(?:the|this)\s+(?:programme|program|event|interaction|session)\s+was\s+(?:jointly\s+)?(?:co-)?"
    r"(?:organi[sz]ed|hosted|arranged|facilitated|coordinated)\s+by\b"
    r"|[^.;]{0,120}\b(?:was|were)\s+(?:also\s+)?among\s+(?:them|those\s+present|the\s+(?:participants|attendees|delegates))\W*$"
    r"|(?:sitting\s+|seated\s+)?(?:around|across|at)\s+the\s+table\s+(?:were|was|sat)\b"  # "Around the table were A, B and C"
    r"|(?:co-?organi[sz]ed|jointly\s+organi[sz]ed|organi[sz]ed\s+jointly)\s+with\b"  # "Co-organised with X and Y." under an event
    r"|on\s+the\s+(?:dais|stage|podium)\b"  # "On the dais (from left): A; B; and C."
    r"|from\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}\s*:\s*$"  # "From the German side:", "From Maharashtra:" over a list
    r"|during\s+the\s+(?:open\s+house|q\s*&\s*a|question(?:-and-|\s+and\s+)answer\s+session|interactive\s+session)\b"
    r"|(?:moderator|moderated\s+by|anchor|compere|master\s+of\s+ceremonies)\s*:"  # "Moderator: Ms. X"
    # "A special address was delivered by X", "Welcome remarks were delivered by Y": a speaker at the event just told
    r"|(?:(?:a|the)\s+)?(?:(?:special|keynote|welcome|inaugural|valedictory|opening|closing|presidential)\s+)?"
    r"(?:address|speech|keynote|remarks|presentation|vote\s+of\s+thanks)\s+(?:was|were)\s+(?:delivered|given|made|proposed)\s+by\b"
    r"|(?:signatories|signed\s+by|witnessed\s+by|witnesses)\b\s*:?"  # "Signatories: X and Y.", "Witnessed by Z."
    # "The JICA team was led by X, while JBIC was represented by Y": who came for each side of the meeting just told
    r"|(?-i:(?:[Tt]he\s+)?(?:[A-Z][\w-]*\s+){1,4})(?:(?:team|side|delegation)\s+)?(?:was|were)\s+represented\s+by\b"
    r"|(?-i:[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3}),\s+represented\s+by\b"  # "Acme, represented by its Director X, makes ..."
    r"|the\s+following\s+(?:participated|took\s+part|attended|were\s+present)\b"
    # "The guests were received by A and B": the hosts of the visit just told
    r"|the\s+(?:guests|visitors|dignitaries|visiting\s+(?:delegation|team|dignitaries))\s+(?:were|was)\s+(?:\w+\s+)?"
    r"(?:received|welcomed|greeted|hosted|briefed|accompanied|shown\s+around|taken\s+around)\s+by\b"
    r"|(?:[\w-]+\s+){0,2}side\s*:|(?:the\s+)?(?:[\w-]+\s+){0,2}side\s+(?:included|includes|comprised|comprises|was\s+represented\s+by)\b|(?:\d+\.\s*)?(?:attendees|participants|present|those\s+present)\s*:"
    r"|(?:they|these|those|the\s+(?:companies|firms|participants|attendees))\s+included\b"
    r"|(?:the\s+)?(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+)?"  # "The five companies are:"
    r"(?:participating\s+|(?-i:[A-Z][a-z]+)\s+)?(?:companies|firms|participants|organisations|organizations|investors|corporates|businesses|speakers|panellists|panelists|presenters"
    r"|exporters|importers|buyers|suppliers|manufacturers|start-?ups)\s+"
    r"(?:participating|present|attending|represented|that\s+(?:took\s+part|participated|attended)\s+)?\s*(?:included|were|was|are\s*:)"
    # "Punjab firms taking part included ...": the firms at the event, named by where they come from
    r"|(?-i:(?:[A-Z][\w-]+\s+){1,2})(?:companies|firms|exporters|exhibitors|manufacturers|businesses)\s+"
    r"(?:taking\s+part|participating|present|attending|that\s+(?:took\s+part|participated|attended))\s+(?:included|were)\b"
    r"|(?:[^,.;]{0,60},\s+)?(?:the|this)\s+(?:meeting|talks|discussions?|interaction|session|roundtable|conference|event)\s+"
    r"(?:was|were)\s+(?:also\s+)?(?:attended|joined|chaired|co-chaired|addressed)\b)",
    re.I,
)
#: "witnessed the ceremony", "Speaking at the event", "signed on behalf of", "joined from Mumbai"


_EVENT_REFERENCE_RE = re.compile(
    r"\b(?:the|this)\s+(?:signing\s+)?(?:ceremony|event|conference|roundtable|session|meeting|reception|forum|summit|"
    r"seminar|workshop|gathering|dinner|luncheon|lunch|banquet|talks|discussions?|interaction|dialogue)\b(?!\s+(?:with|between)\b)"
    r"|\b(?:the|this)\s+(?:exchange|signing)\b(?!\s+(?:with|between|rates?|of\s+(?:views|ideas|students))\b)"  # "The exchange was witnessed by"
    r"|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|last\s+week)'s\s+(?:meeting|talks|discussions?|session)\b"
    r"|\bsigned\s+(?:for|on\s+behalf\s+of)\b"
    r"|\bjoined\s+(?:from|virtually|online|remotely|via|the\s+(?:meeting|call|talks|discussions?|session))\b"
    r"|\b(?:were|was)\s+(?:also\s+)?present\b"
    r"|\btook\s+part\b(?!\s+in\s+(?:a|an)\b)|\bparticipated\b(?!\s+in\s+(?:a|an)\b)",
    re.I,
)
#: "X skipped the event", "Y stayed away from the meeting": the one sentence naming the event that tells who was not there.
_STAYED_AWAY_RE = re.compile(
    r"\b(?:skipped|missed|stayed\s+away\s+from|boycotted|pulled\s+out\s+of|withdrew\s+from|did\s+not\s+attend|was\s+absent\s+from)"
    r"\s+(?:the|this)\b", re.I)
#: :data:`_EVENT_REFERENCE_RE` without re.I, for a sentence in lower case (as :data:`_PLANNED_FOLDED_RE`).
_EVENT_REFERENCE_FOLDED_RE = re.compile(_EVENT_REFERENCE_RE.pattern)


_MEMBER_CUE_RE = re.compile(
    r"\b(?:led\s+by|headed\s+by|comprising|comprises|comprised|consisting\s+of|consists\s+of|including|includes|included|include|"
    r"members?\s+(?:were|are|included|of)|among\s+the\s+(?:delegates|visitors)|another\s+delegate|delegates?\s+(?:were|was|included)|"
    r"accompanied\s+by|(?:also\s+)?had(?=\s+(?:Shri|Smt|Dr|Er|Mr|Ms|Mrs|Prof)\b))\b",  # "the team also had Er. A and Ms. B"
    re.I,
)
#: "We were led by our Minister, X": the writer's own party and its leader.
_WE_WERE_LED_RE = re.compile(r"^\W*(?:(?:we|they)\s+were|it\s+was)\s+(?:led|headed)\s+by\b", re.I)  # "It was led by X": the team just told
#: "The companies - A, B and C - were represented by ...", "The three firms (A, B and C)": who the firms a meeting
#: just told were.
_FIRMS_NAMED_RE = re.compile(
    r"^\W*[Tt]he\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?(?:[A-Z][\w-]*\s+)?(?:companies|firms)\s*"
    r"(?:[\u2013\u2014(:]|-\s|,\s+(?:namely\s+)?[A-Z]|were\s+represented\s+by\b)")
#: "Among them are", "They include": the members of a group just described.
_AMONG_THEM_RE = re.compile(
    r"^\W*(?:among\s+(?:them|the\s+members|its\s+members)\s+(?:are|were|is|was)|they\s+(?:include|included)|these\s+(?:include|included)"
    r"|(?:besides|apart\s+from|other\s+than)\s+[^,;]{1,40},\s+it\s+(?:included|includes|comprised|comprises)"  # "Besides Chen, it included A and B"
    r"|it\s+(?:included|includes|comprised|comprises)"
    # "Among the firms represented were A, B and C": the companies the group brought
    r"|among\s+the\s+(?:firms|companies|businesses|members)(?:\s+represented)?(?:\s+in\s+(?:the|its)\s+\w+)?\s+(?:are|were))\b", re.I)
_PART_OF_GROUP_RE = re.compile(
    r"\b(?:were|was|are|is)\s+(?:also\s+)?(?:part|members?|among\s+the\s+members)\s+of\s+(?:the|a|an|its|their)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:delegation|team|mission)\b",  # "was part of a 20-member business mission"
    re.I,
)


_PARTY_NOUNS = frozenset(
    "delegation delegations team mission visitors guests delegates minister ministers ambassador envoy "
    "chairman president ceo officials representatives leaders investors executives counterpart secretary "
    "governor mayor consul delegation-level".split()
)


def _starts_with_meeting_noun(sent: "Span") -> bool:
    """ "The meeting was attended by ...", "The MoU was signed by ...": the sentence is about the last meeting."""
    toks = list(islice((t for t in sent if not t.is_space and not t.is_punct), 4))  # the first words only
    for j, tok in enumerate(toks[:3]):
        if tok.lower_ in CONTINUATION_NOUNS:
            return j > 0 and toks[j - 1].lower_ in ("the", "this", "that", "these", "both")
        if tok.lower_ not in ("the", "this", "that", "these", "both", "bilateral", "said", "above") and not tok.pos_ == "ADJ":
            return False
    return False


def _group_reference(sent: "Span", mentioned: list[tuple[int, Entity]] = ()) -> bool:
    """ "the delegation", "the UP team", "a delegation of ...": a reference to the visiting delegation.

    "the team at Mitsuda Electric" and "the KTPL team" are a company's own team.
    """
    org_ends = {pos + len(m.text) for pos, e in mentioned if e.type == "organisation" for m in e.mentions if m.start == pos}
    for tok in sent:
        if tok.lower_ in GROUP_WORDS:
            nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
            if nxt is not None and nxt.lower_ == "at" and tok.lower_ == "team":
                continue  # "the team at Mitsuda Electric"; "hosted the delegation at the Embassy" is the delegation
            if any(0 <= tok.idx - end <= 1 for end in org_ends):
                continue
            j = tok.i  # "an SBF business mission", "the Acme engineering team": a body's own group, its words in between
            while j - 1 > sent.start and j > tok.i - 3 and tok.doc[j - 1].is_lower and tok.doc[j - 1].dep_ in ("compound", "amod"):
                j -= 1
            if j < tok.i and any(0 <= tok.doc[j].idx - end <= 1 for end in org_ends):
                continue
            article = tok.i - 1 if tok.i - 1 >= sent.start and tok.doc[tok.i - 1].is_lower and tok.doc[tok.i - 1].dep_ in (
                "amod", "compound") else tok.i  # "a business delegation of X": the article before a word or two
            if article > sent.start and tok.doc[article - 1].lower_ in ("a", "an") and tok.i + 2 < len(tok.doc) and (
                tok.doc[tok.i + 1].lower_ in ("from", "of")
                and any(tok.doc[tok.i + 2].idx <= pos <= tok.doc[tok.i + 2].idx + 4 for pos, e in mentioned if e.type == "organisation")
            ):
                continue  # "a meeting with a delegation from the X Federation": another body's group, not the one told
            owner = tok.doc[tok.i - 2] if tok.i - 2 >= sent.start else None
            if owner is not None and owner.lower_ == "'s" and any(0 <= owner.idx - end <= 1 for end in org_ends):
                continue  # "Acme's engineering team": the company's own team
            prev = tok.doc[tok.i - 1] if tok.i > sent.start else None
            if prev is not None and prev.text[:1].isupper() and prev.pos_ == "PROPN" and not (
                is_demonym(prev.text) or load_gazetteer().lookup(prev.text) is not None
                or re.fullmatch(r"[A-Z]{2,3}", prev.text) and prev.text not in {e.name for _, e in mentioned}
            ):
                continue  # "the Marlin team": a company's team, unless the word is a place ("the Kerala team")
            return True
    return False


def _last_of(mentioned: list[tuple[int, Entity]], last_person: str, last_org: str) -> tuple[str, str]:
    """The last person and organisation named so far."""
    for _, ent in mentioned:
        if ent.type == "person":
            last_person = ent.key
        elif ent.type == "organisation":
            last_org = ent.key
    return last_person, last_org


def _token_lowers(doc: "Doc") -> list[str]:
    """Every token's ``lower_``, read from one ``Doc.to_array`` call (no Token object per token)."""
    from spacy.attrs import LOWER

    strings = doc.vocab.strings
    return [strings[h] for h in doc.to_array(LOWER).tolist()] if len(doc) else []


#: Words that can found a delegation: the group words, and "group" in "the 15-member group, led by ...".
_FOUNDING_WORDS = GROUP_WORDS | {"group"}
#: "The group visited ...": the travelling group, in a document that counted it ("the six-member group").
_THE_GROUP_RE = re.compile(r"\b(?:the|this)\s+group\b(?!\s+(?:of|company|companies|firm)\b|'s\s+(?:revenue|profit|sales|shares|subsidiar))", re.I)


def _member_group(tok: "Token") -> bool:
    """ "The 15-member group", "a 20-strong group": a travelling group counted by its members (not "Acme Group")."""
    return tok.lower_ == "group" and tok.i > 0 and re.search(r"\d+-(?:member|strong)$|^(?:member|strong)$", tok.doc[tok.i - 1].lower_) is not None


#: A social-media post's header: a name and the author's handle on the first line ("Jo Roe @JoRoeKA \u00b7 Minister").
_HANDLE_RE = re.compile(r"(?<![\w.])@[A-Za-z_]\w{2,}")
#: "Posted by Jo Roe": a blog's author line.
_POSTED_BY_RE = re.compile(r"^[ \t]*(?:(?:posted|written)(?:\s+on\s+[^\n]{3,40}?)?\s+by|By)\s+", re.I | re.M)  # "Posted on 6 May by"


#: "told Business Daily", "said to The Courier": a publication an interviewee spoke to.
_TOLD_BEFORE_RE = re.compile(r"\b(?:told|telling|said\s+to|speaking\s+to)\s+(?:the\s+)?\Z", re.I)
#: "I", "we": a text told in the first person.
_FIRST_PERSON_RE = re.compile(r"\b(?:I|I've|I'm|we)\b")
#: "Privileged to host", "1/4 Delighted to meet": a post's sentence that opens with its author's feeling.
_OWN_FEELING_RE = re.compile(
    r"^\W*(?:\d+/\d+\W+)?(?:(?:truly|very|so|deeply|most)\s+)?(?:privileged|honou?red|delighted|glad|happy|pleased|thrilled|"
    r"proud|grateful|excited)\s+to\b", re.I)
#: "I", "we", "our", "my": a text told in the first person, its author's own words.
_OWN_WORDS_RE = re.compile(r"\b(?:I|I've|I'm|[Ww]e|[Oo]ur|[Mm]y)\b")


#: "I was joined by A and B", "3/6 We were accompanied by C": the writer's own companions at what was just told.
_WRITER_JOINED_RE = re.compile(r"^\W*(?:\d+/\d+\W+)?(?:I|we)\s+(?:was|were)\s+(?:also\s+)?(?:accompanied|joined)\s+by\b", re.I)
#: "— Jo Roe" alone on a line: a note's signature.
_SIGNED_RE = re.compile(r"^[ \t]*[\u2014\u2013-]{1,2}[ \t]*([A-Z][^\n,]{2,60}?)[ \t]*$", re.M)
#: "Dr. Jo Roe, Director of Fisheries, Government of X" on a line of its own near the top: the writer and her office.
_WRITER_LINE_RE = re.compile(
    r"^[ \t]*((?:(?:Dr|Mr|Ms|Mrs|Smt|Shri|Sri|Prof|Er)\.?[ \t]+)?[A-Z][\w.'-]*(?:[ \t]+[A-Z][\w.'-]*){1,3})"
    r"(?:,[ \t]+|(?:,[ \t]*[A-Z]{2,4})?[ \t]*\n[ \t]*)"  # "Dr. Jo Roe, IAS" over "Municipal Commissioner, X"
    r"[^\n]{0,30}\b(?:" + WRITER_OFFICES + r")\b[^\n]*$", re.M)


def _line_end(text: str, pos: int) -> int:
    """Where the line holding ``pos`` ends (the end of the text on its last line)."""
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _post_author(record: DocumentRecord, text: str) -> str:
    """The person who writes a first-person post or blog: named on its first line with a handle ("Jo Roe @JoRoe"), or
    after "Posted by" in a text that says "I"; "" for any other text (a news story's byline names no participant)."""
    line_start = len(text) - len(text.lstrip())
    line_end = _line_end(text, line_start)
    spans = []
    if _HANDLE_RE.search(text, line_start, line_end):
        spans.append((line_start, line_end))
    posted = list(_POSTED_BY_RE.finditer(text, 0, 800))
    if posted and _FIRST_PERSON_RE.search(text):  # (the text searched for "I" only when a line says "Posted by")
        spans += [(m.end(), _line_end(text, m.end())) for m in posted]
    for a, b in spans:
        people = [e for e in record.entities if e.type == "person" and any(a <= m.start < b for m in e.mentions)]
        if len(people) == 1:
            return people[0].key
    if _OWN_WORDS_RE.search(text, line_end):
        # "Jo Roe\nDirector, Acme | IAS\n15 May · Edited\n\nOur team met ...": a post under its author's name alone
        for e in record.entities:
            if e.type == "person" and any(m.start == line_start and m.end == line_end for m in e.mentions):
                return e.key
    # a note in its writer's voice, signed "— Jo Roe" at its foot, or headed "Dr. Jo Roe, Director of X" over its date
    # (the voice read only where such a line is found)
    lines = [(m.start(1), m.end(1)) for m in _SIGNED_RE.finditer(text)][-1:]
    lines += [(m.start(1), m.end(1)) for m in _WRITER_LINE_RE.finditer(text, 0, 500)]
    if lines and in_own_voice(text):
        for a, b in lines:
            people = {e.key for e in record.entities if e.type == "person" and any(a <= m.start and m.end <= b for m in e.mentions)}
            if len(people) == 1:
                return people.pop()
    return ""


def _told_by_author(sent: "Span", trigger) -> bool:
    """Whether a sentence of a post tells its author's own doing: "I met X", "We held talks", or no subject at all
    ("Held detailed discussions with X", "Paid a courtesy call on Y")."""
    if _opens_with_met(sent, trigger):
        return True  # "Met Mr. X, Chairman of Y, to discuss ...": the tagger made "Met" part of the name
    if _OWN_FEELING_RE.match(sent.text):
        return True  # "1/6 Privileged to host H.E. Mr. X": the author's feeling, then the author's doing
    head = trigger
    for _ in range(4):
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and not (c.like_num or "/" in c.text)]
        if subjects:  # ("2/4 Held talks ...": the post's number is no subject)
            return any(c.lower_ in ("i", "we") for c in subjects)
        if head.head.i == head.i:  # (Token objects are made afresh on each access: compare positions)
            break
        head = head.head
    return head.pos_ in ("VERB", "AUX") or trigger.pos_ in ("NOUN", "PROPN") and head.i == trigger.i


#: Head words by which a text refers back to a body it named ("the Chamber", "the Corporation").
_BODY_HEADS = frozenset("Chamber Corporation Agency Authority Council Federation Association Foundation Institute".split())
#: "the Chamber" with a capital, not the start of another body's name ("the Chamber of Commerce of X").
_THE_BODY_RE = re.compile(r"\b[Tt]he\s+(" + "|".join(sorted(_BODY_HEADS)) + r")\b(?!\s+(?:of|for)\b|\s+[A-Z]|['\u2019]s\s+[A-Z])")


def _the_group_word(tok: "Token") -> bool:
    """ "The group was led by ...": "group" after "the" or "this", told of the travelling party."""
    return tok.lower_ == "group" and tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("the", "this")


def _has_group_word(sents: list["Span"], lowers: list[str] | None = None) -> list[bool]:
    """Whether each sentence has a token whose lower-case form is in :data:`GROUP_WORDS`."""
    if not sents:
        return []
    lowers = _token_lowers(sents[0].doc) if lowers is None else lowers
    return [any(w in _FOUNDING_WORDS for w in lowers[sent.start : sent.end]) for sent in sents]


def _names_no_group(tok: "Token") -> bool:
    """A group word that names no travelling group: a capitalised "Mission" in a title or a body's name ("Deputy Chief
    of Mission", "the Permanent Mission of India"), or a word before a title ("mission chief executive Jo Roe")."""
    if tok.dep_ == "compound" and tok.head.lower_ in ("executive", "director", "chief", "officer", "ceo", "secretary", "coordinator"):
        return True
    return tok.text == "Mission" and tok.i > tok.sent.start and (
        tok.doc[tok.i - 1].lower_ == "of" or tok.doc[tok.i - 1].text[:1].isupper())


def _delegation_groups(
    sents: list["Span"], by_sentence: dict[int, list[tuple[int, Entity]]], triggers: list, lowers: list[str] | None = None,
    the_group: bool = False,
) -> list[tuple[int, list[str]]]:
    """The delegations or teams a document describes: ``(first sentence, members)`` in document order.

    Members are the people and bodies named after "delegation ... led by /
    comprising / including" (or "Among the delegates was", "X and Y were part
    of the delegation"), up to the meeting trigger of the sentence if it comes
    later; the subject of "X led a delegation / roadshow / mission"; the
    leader's companions ("He was accompanied by A and B", "X is on a visit to
    Y with A and B").  A second "delegation led by" whose people are not in
    the delegation told so far starts another group ("the minister met a
    delegation led by W ... later held talks with a delegation of Z, led by
    its chairman"): "the delegation" then means the latest group.
    """
    groups: list[tuple[int, list[str]]] = []

    def current(i: int) -> list[str]:
        if not groups:
            groups.append((i, []))
        return groups[-1][1]

    grouped = _has_group_word(sents, lowers)  # most sentences name no group: their tokens need not be visited
    whole = _doc_text(sents[0].doc) if sents else ""
    listing = False  # inside the list of members under a "Delegation members" heading
    with_companies = False  # the list's head named companies: "Member companies were represented by:"
    for i, sent in enumerate(sents):
        text = whole[sent.start_char : sent.end_char]  # Span.text joins tokens on every access
        ents = by_sentence.get(i, [])
        if grouped[i] and _GROUP_LEADER_LINE_RE.match(text) and any(e.type == "person" for _, e in ents):
            # "Mission leader: Mr. X, Director-General, ...": the group's leader founds it
            members = current(i)
            lead = next(e.key for _, e in ents if e.type == "person")
            if lead not in members:
                members.insert(0, lead)
            continue
        if groups and groups[-1][1] and not ents and _BARE_MEMBERS_HEAD_RE.match(text):
            listing = True  # "Members:" under the leader's line: the list that follows is the group
            continue
        if not ents and _COUNTED_MEMBERS_HEAD_RE.match(text) and any(grouped[:i]):
            current(i)  # "3. Members (22 persons)" in the report of a mission: the list that follows is the mission
            listing = True
            with_companies = False
            continue
        if grouped[i] and _GROUP_LIST_HEAD_RE.match(text):
            current(i)  # "Members of the mission include:": the members of the group told so far, or a first group
            listing = True
            continue
        if not ents and _SIDE_HEAD_RE.match(text):
            # "UK side" heading a list of names: that side is a group of its own ("the UK delegation" later)
            if groups and groups[-1][1]:
                groups.append((i, []))
            current(i)
            listing = True
            continue
        side = _SIDE_MEMBERS_RE.match(text) if groups and groups[-1][1] and "side" in text else None
        if side and ents:
            # "The Japanese side included A and B", after "a delegation from Japan's X Prefecture": the delegation's own side
            founded = sents[groups[-1][0]]
            if side.group(1)[:4].lower() in whole[founded.start_char : founded.end_char].lower():
                members = current(i)
                members += [k for k in dict.fromkeys(e.key for _, e in ents) if k not in members]
        if listing:
            if not ents and re.fullmatch(r"\W*(?:\d{1,2}[.)]?)?\W*", text):
                continue  # "1." cut off as a sentence of its own: the item's name comes next
            if _is_list_item(whole, sent.start_char) and ents:
                people = [e.key for _, e in ents if e.type == "person"]
                members = current(i)
                orgs = [e.key for _, e in ents if e.type == "organisation"]
                # "Member companies were represented by:": each item's company travels too
                members += [k for k in dict.fromkeys((people + orgs) if with_companies else (people or orgs[:1])) if k not in members]
                continue
            listing = False
        if i and any(grouped[max(0, i - 2) : i + 1]) and ents and (we_led := _WE_WERE_LED_RE.match(text)):
            # "I was part of a team from X. We were led by our Minister, A, and the team also had B": A leads the team
            members = current(i)
            stop = triggers[i].idx if triggers[i] is not None and triggers[i].idx > sent.start_char + we_led.end() else sent.end_char
            members += [k for k in dict.fromkeys(e.key for pos, e in ents if sent.start_char + we_led.end() <= pos < stop)
                        if k not in members]
        group = next((t for t in sent if (t.lower_ in GROUP_WORDS or _member_group(t) or the_group and _the_group_word(t)) and not (
            t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "at") and not _names_no_group(t)), None) if grouped[i] else None
        if group is not None and _PART_OF_GROUP_RE.search(text):
            # "X and Y were also part of the delegation": the people named before the group word
            members = current(i)
            for pos, ent in ents:
                if pos < group.idx and ent.key not in members:
                    members.append(ent.key)
        elif group is not None and (cue := _MEMBER_CUE_RE.search(text[max(0, group.idx - sent.start_char - 30) :])) is not None and not (
            (crowd := _ANOTHER_CROWD_RE.search(text, group.idx - sent.start_char, max(0, group.idx - sent.start_char - 30) + cue.start()))
            and not _GROUP_MADE_OF_RE.match(text, group.idx - sent.start_char + len(group.text), crowd.start())
        ):  # "attended by the delegation and over 120 representatives of industry, including X": X came with the crowd
            # (but "a delegation of food and packaging companies, led by X": the group's own make-up)
            trigger = triggers[i]
            if trigger is not None and trigger.lower_ in ("accompanied", "joined") and trigger.idx > group.idx and re.search(
                r"\b(?:led|headed)\s+by\b", whole[group.idx : trigger.idx], re.I
            ):
                # "a delegation led by A, and accompanied by B and C, concluded ...": the companions are members too;
                # the members end at a meeting verb after them ("..., accompanied by B, met Z")
                trigger = next((t for t in sent if t.i > trigger.i and t.pos_ == "VERB" and t.lower_ in MEETING_VERBS), None)
            stop = trigger.idx if trigger is not None and trigger.idx > group.idx else sent.end_char
            named = [ent.key for pos, ent in ents if group.idx < pos < stop]
            led = re.search(r"\b(?:led|headed)\s+by\b", text[max(0, group.idx - sent.start_char) :], re.I)
            if groups and groups[-1][1] and led and named and not any(k in groups[-1][1] for k in named) and not (
                    group.i > sent.start and group.doc[group.i - 1].lower_ in ("the", "this") and i - groups[-1][0] <= 2):
                groups.append((i, []))  # another delegation, led by someone not in the one told so far (not "The
                # mission was led by X" right after a member was told: the same mission)
            members = current(i)
            members += [k for k in dict.fromkeys(named) if k not in members]
        # "X led a trade roadshow to Y": X leads whoever travels with X
        low = text.lower()
        led_trip = _LED_TRIP_RE.search(text) if ("led " in low or "head" in low or "lead" in low) else None
        if led_trip:
            leaders = [ent.key for pos, ent in ents if ent.type == "person" and pos < sent.start_char + led_trip.start()]
            previous = groups[-1][1] if groups and groups[-1][1] and leaders and not any(k in groups[-1][1] for k in leaders) else None
            if previous is not None:
                groups.append((i, []))  # "Reddy will lead a team to Taipei" after another group's visit: a group of her own
            members = current(i)
            for key in leaders:
                if key not in members:
                    members.insert(0, key)
            if previous is not None and _WILL_LEAD_RE.search(text):
                # "X told the visitors the ministry would lead a delegation to Jaipur": a plan told in passing; after
                # this sentence "the delegation" is again the one on the road
                groups.append((i + 1, previous))
        # "JCCII organised a three-day study mission to Gujarat for its members": the body sends the mission
        organised = _ORGANISED_TRIP_RE.search(text) if "organi" in low else None
        if organised:
            members = current(i)
            for pos, ent in ents:
                if ent.type == "organisation" and pos < sent.start_char + organised.start() and ent.key not in members:
                    members.append(ent.key)
        if not grouped[i] and i and grouped[i - 1] and ents and _AMONG_THEM_RE.match(text):
            # "The 30-member delegation comprises leaders of ... Among them are Mr. A, of X; and Ms. B, of Y.": members
            members = current(i)
            members += [k for k in dict.fromkeys(e.key for _, e in ents) if k not in members]
            continue
        head = _PARTICIPANTS_HEAD_RE.match(text) if not grouped[i] else None
        if head is not None and any(grouped[max(0, i - 3) : i]) and groups:
            listing = True  # "Participants included:" under a mission just told: the list is its members
            with_companies = head.group("companies") is not None
            continue
        own_side = _SIDE_ATTENDEES_HEAD_RE.match(text) if groups and groups[-1][1] and not ents else None
        if own_side:
            founded = whole[sents[groups[-1][0]].start_char : sents[groups[-1][0]].end_char]
            word = _GROUP_WORD_RE.search(founded)  # "The Kerala government delegation": the side names the group, not its goal
            if word is not None and own_side.group("side")[:4].lower() in founded[: word.start()].lower():
                listing = True  # "Attendees from Rajasthan:" after "The Rajasthan delegation led by X": its members
                continue
        # "He was accompanied by A, B and C" (the leader's companions), "X is on a visit to Y with A and B"
        cues = (
            _ACCOMPANIED_RE.search(text) if "accompanied" in low else None,
            _ON_A_TRIP_WITH_RE.search(text) if " on " in low and "with" in low else None,
        )
        for cue in cues:
            if cue is None:
                continue
            at = sent.start_char + cue.start()
            subject = [e.key for pos, e in ents if e.type == "person" and pos < at]
            pronoun = _LEADER_REFERENCE_RE.match(text) is not None
            known = groups[-1][1] if groups else []
            if pronoun and not subject and not known and i > 0:
                # "X paid an official visit to France. He was accompanied by A and B.": X leads the party
                subject = [e.key for _, e in by_sentence.get(i - 1, []) if e.type == "person"][:1]
            if not (subject or pronoun and known):
                continue
            if cue.re is _ACCOMPANIED_RE and known and not (pronoun or any(k in known for k in subject)):
                continue  # "X was accompanied by Y" about anyone but the group's leader is not the group
            # "X, who was accompanied by Y, met Z": the party told in passing, and Z is met, not a companion
            met_at = next((t.idx for t in sent if t.lower_ in MEETING_VERBS and t.pos_ == "VERB" and t.idx > sent.start_char + cue.end()),
                          None)
            if cue.re is _ACCOMPANIED_RE and not known and re.search(r"\bwho\s+$", text[: cue.start()]) and met_at is None:
                continue  # "X, who was accompanied by Y, said ...": an aside about a speaker, not the travelling party
            members = current(i)
            members += [k for k in subject if k not in members]
            stop = sent.end_char if met_at is None else met_at
            if cue.re is _ON_A_TRIP_WITH_RE and cue.group("with") is None:
                stop = 0  # on a visit, with no companions named: the traveller alone
            for pos, ent in ents:
                if sent.start_char + cue.end() <= pos < stop and ent.key not in members:
                    members.append(ent.key)
        # "X, director-general of Y, who accompanied the delegation, said ...": X travelled with the group
        companion = _WHO_ACCOMPANIED_RE.search(text) if groups and groups[-1][1] and "accompanied" in low else None
        if companion:
            members = current(i)
            members += [k for k in dict.fromkeys(e.key for pos, e in ents if e.type == "person" and pos < sent.start_char + companion.start())
                        if k not in members]
        # "With him were A and B": the leader's companions, the leader told just before
        # ("Last week I led a team to Tokyo. With me were A and B": the writer's team, its members named first here)
        with_leader = _WITH_LEADER_RE.match(text) if ents and (groups and groups[-1][1] or any(grouped[max(0, i - 2) : i])) else None
        if with_leader:
            members = current(i)
            members += [k for k in dict.fromkeys(e.key for pos, e in ents if pos >= sent.start_char + with_leader.end()) if k not in members]
        # "X led / headed a 40-member trade mission to ...": X is the delegation's leader
        if grouped[i]:
            for tok in sent:
                if tok.lower_ in GROUP_WORDS and tok.dep_ == "dobj" and tok.head.lower_ in ("led", "leads", "leading", "headed", "heads", "heading"):
                    for c in (c for c in tok.head.children if c.dep_ == "nsubj"):
                        a, b = c.left_edge.idx, c.right_edge.idx + len(c.right_edge)
                        members = current(i)
                        for pos, ent in ents:
                            if ent.type == "person" and a <= pos < b and ent.key not in members:
                                members.insert(0, ent.key)
    return [(start, members) for start, members in groups if members]


#: What "meet" satisfies rather than meets: "meet it", "meet the demand".
_SATISFIED_NOUNS = frozenset(
    "it them this that demand demands need needs requirement requirements target targets standard standards deadline "
    "deadlines criteria expectations norms specifications goals goal obligations shortfall costs challenge challenges".split())
#: Speaking to, showing round or briefing the visiting group.
_ADDRESSED_VERBS = r"\b(?:told|briefed|showed|guided|walked|took|addressed|welcomed|received|hosted|greeted)\s+the\s+"
_ADDRESSED_GROUP_RE = re.compile(
    _ADDRESSED_VERBS + r"(?:visitors|visiting\s+(?:delegation|team|delegates|officials)|guests|delegation|delegates|team|officials)\b",
    re.I)
#: "... briefed the group": the travelling group, where the story calls it "the group".
_ADDRESSED_THE_GROUP_RE = re.compile(_ADDRESSED_VERBS + r"group\b", re.I)
#: "the group" as the subject or object of the party's doings: "The group toured X", "Y briefed the group".
_PARTY_GROUP_RE = re.compile(
    r"\b(?:the|this)\s+group\s+(?:(?:also|then|later)\s+)?(?:was|were|visited|toured|met|called|held|attended|interacted|"
    r"travelled|traveled|arrived|stayed|will|is|also)\b|" + _ADDRESSED_THE_GROUP_RE.pattern, re.I)
#: A heading line naming one side of a meeting: "Indian side", "The UK side:", "Japanese delegation".
_SIDE_HEAD_RE = re.compile(r"^\W*(?:the\s+)?(?:[\w-]+\s+){1,2}side\s*:?\s*$", re.I)
#: "The first meeting of X was held in Y", "... took place": an event told before who took part in it.
_HELD_RE = re.compile(r"\b(?:was|were)\s+(?:held|convened|organi[sz]ed)\b|\btook\s+place\b", re.I)
#: "The Japanese side included", "The Korean side was represented by": one side's people, named by its nationality.
_SIDE_MEMBERS_RE = re.compile(
    r"^\W*(?:[Tt]he\s+)?([A-Z][a-z]{3,})\s+side\s+(?:included|includes|comprised|comprises|was\s+represented\s+by|was\s+led\s+by|:)")
#: A heading line that introduces a list of a delegation's members: "Delegation members", "The delegation comprised:".
_GROUP_LIST_HEAD_RE = re.compile(
    r"^\W*(?:(?:members?\s+of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:delegation|team|mission)"
    r"(?:\s+also)?(?:\s+(?:members|composition|comprised|comprises|comprise|included|includes|include|consisted\s+of|consists\s+of|"
    r"are|were|is))?)\s*:?\s*$"
    # "The delegation included senior executives of three companies, who presented at the meet:"
    r"|^\W*(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:delegation|team|mission)\s+(?:also\s+)?(?:included|includes|comprised|comprises|"
    r"consisted\s+of|consists\s+of)\b[^.:;]{0,200}:\s*$",
    re.I)


#: "14 July", "July 14th": a day and a month, as itinerary lines write them.
_DAY_MONTH = r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?)"
#: A list item's marker, kept in the text: "- ", "* ", "1. ", "2) ".
_ITEM_MARKER = r"(?:[-*+\u2013\u2014]|\d{1,2}[.)])"
#: An itinerary line with no subject, "Osaka, 14 July: Factory visit to X", "Meeting with Y": the delegation's engagement.
_SUBJECTLESS_ENGAGEMENT_RE = re.compile(
    r"^\W*(?:\d{1,2}/\d{1,2}\s+)?"  # "4/7 B2B with X": a thread's post number
    r"(?:(?:[A-Z][\w .'\u2019-]{0,40},\s*)?" + _DAY_MONTH +
    r"(?:\s*\((?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\))?(?:,?\s*(?:morning|afternoon|evening))?"  # "19 February (Wed), afternoon:"
    r"\s*[:\u2013\u2014-]\s*)?"
    r"(?:\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.|hrs?|h))?\s*[:\u2013\u2014-]?\s*)?"  # "10:00 Courtesy call on X"
    r"(?:[a-z][\w-]*\s+){0,2}"
    r"(?:(?:meetings?|visits?|calls?|briefings?|discussions?|talks|roundtables?|interactions?|presentations?|b2b(?:\s+meetings?)?|tours?|"
    r"seminars?|workshops?|forums?|sessions?|conferences?|dinners?|lunch(?:eon)?s?|receptions?)"
    r"\s+(?:with|to|on|at|by|of|(?:hosted|organi[sz]ed|convened|given)\s+by)\b"
    r"|one[- ]to[- ]one(?:\s+meetings?)?\s*(?:with\b|:))",  # "One-to-one: X Inc. - Mr. Y, President"
    re.I)
#: A numbered heading of a report's programme: "(1) Courtesy call on the Chief Minister (17 Nov, Gandhinagar)",
#: "(2) <Prefecture>-<State> Business Seminar (17 Nov, <venue>)": an engagement of the mission.
_NUMBERED_ENGAGEMENT_RE = re.compile(
    r"^\W*\(?\d{1,2}[.)]\s+(?:(?:courtesy\s+)?calls?\s+on|visits?\s+to|meetings?\s+with|talks\s+with|"
    r"(?:[A-Z][\w\u2013-]*\s+){0,5}(?:Seminar|Forum|Roundtable|Round\s+Table|Meeting|Reception|Dinner|Luncheon|Conference|"
    r"Symposium|Workshop|Matching|Dialogue))\b")
#: "Mission leader: Mr. X", "Head of delegation: Y": a line naming the group's leader.
_GROUP_LEADER_LINE_RE = re.compile(
    r"^\W*(?:(?:the\s+)?(?:delegation|mission|team)\s+(?:leader|head)|head\s+of\s+(?:the\s+)?(?:delegation|mission|team))\s*:",
    re.I)
#: "Members:" alone on its line, after the group's leader was named.
_BARE_MEMBERS_HEAD_RE = re.compile(r"^\W*(?:other\s+)?(?:members|delegates)\s*:?\s*$", re.I)
#: An engagement that did not take place: "Meeting with X - CANCELLED owing to rain".
_CALLED_OFF_RE = re.compile(
    r"\b(?:cancell?ed|called\s+off|did\s+not\s+take\s+place|was\s+dropped"
    r"|had\s+(?:also\s+)?hoped\s+to\s+(?:meet|call\s+on|visit)\b[^.;]*\bbut)\b", re.I)  # "I had hoped to meet X, but ..."
#: Words one of which every match of :data:`_CALLED_OFF_RE` holds (see :func:`_may_hold`).
_CALLED_OFF_WORDS = ("cancel", "called", "did", "dropped", "hoped")
#: "Also present from the state side: A and B.", "Present on the occasion were ...": more people at the engagement just told.
_ALSO_PRESENT_START_RE = re.compile(
    r"^\W*(?:also\s+(?:present|in\s+attendance|attending)|present\s+(?:on\s+the\s+occasion|at\s+the\s+(?:meeting|call))"
    r"(?:\s+(?:were|was))?|present\s+(?:on\s+behalf\s+of|from|for)\s+(?:the\s+)?[^,;:]{2,60}?\s+(?:were|was)\b)\b", re.I)
#: "Smt. X, Managing Director, Y, also present.": one more person at the engagement just told.
_ALSO_PRESENT_END_RE = re.compile(
    r"\b(?:(?:was|were)\s+)?also\s+(?:present|in\s+attendance)\W*$|\b(?:is|are)\s+also\s+(?:seen|in\s+the\s+(?:picture|photo))\W*$", re.I)


#: A line that is nothing but "Place, 7 October:".
_PLACE_DATE_LINE_RE = re.compile(
    r"^\W*[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?,\s*" + _DAY_MONTH +
    r"(?:,?\s+\d{4})?\s*[:\u2013\u2014-]?\s*$")
#: ", 7 October" / ", July 7" after a place that opens a line.
_PLACE_DATE_LEAD_RE = re.compile(r",\s*" + _DAY_MONTH + r"\b")
#: The nouns :data:`_SUBJECTLESS_ENGAGEMENT_RE` names an engagement by.
_ENGAGEMENT_NOUNS = MEETING_NOUNS | frozenset("briefing briefings tour tours presentation presentations".split())
#: "The first engagement was ...", "Its next stop was ...": the travelling group's programme.
_ITINERARY_SUBJECT_RE = re.compile(
    r"^\W*(?:the|its|their)\s+(?:first|second|third|next|last|final|following|opening|closing)\s+"
    r"(?:engagement|stop|appointment|event|call)\b", re.I)


#: A programme line's time slot: "10:30 – ", "14:00 to 17:30 – ", "9.30 am: ".
_TIME_SLOT_RE = re.compile(
    r"\d{1,2}[:.]\d{2}(?:[ \t]*(?:am|pm|hrs|h)\b)?(?:[ \t]*(?:to|-|\u2013)[ \t]*\d{1,2}[:.]\d{2}(?:[ \t]*(?:am|pm|hrs|h)\b)?)?"
    r"[ \t]*[-\u2013\u2014:|]", re.I)


def _is_list_item(text: str, start: int) -> bool:
    """Whether the sentence at ``start`` begins a line of its own (a list item, its marker blanked or kept)."""
    line_start = text.rfind("\n", 0, start) + 1
    lead = text[line_start:start]
    if line_start > 0 and text.startswith("|", line_start) and not lead.strip(" |"):
        return True  # "| 1 | Acme Pte. Ltd. | Board | ... |": a table's row is an item of its own
    if line_start == 0 or re.fullmatch(r"[ \t]*" + _ITEM_MARKER + r"?[ \t]*", lead) is None:
        return False
    line_end = text.find("\n", start)
    if lead.startswith("  ") and not lead.strip() and text[start : line_end if line_end >= 0 else len(text)].endswith("  "):
        return False  # "**Day 1 - Gandhinagar**": a bold heading, its stars blanked at both ends, is no list item
    # a marker, a blanked bullet, or a line right under the last one; a paragraph's first line is no item
    return bool(lead) or text[max(0, line_start - 2) : line_start] != "\n\n" or re.match(
        _ITEM_MARKER + r"[ \t]", text[start : start + 4]) is not None or _TIME_SLOT_RE.match(text, start) is not None


def _line_break_between(text: str, prev: "Span", sent: "Span") -> bool:
    """Whether a line break separates ``sent`` from the words of the sentence before it (trailing blanks included)."""
    seg = text[prev.start_char : sent.start_char]
    return "\n" in seg[len(seg.rstrip()) :]


#: How many sentences after a mention of "the delegation" its members may still be told.
_GROUP_TOLD_SOON = 4


def _group_at(groups: list[tuple[int, list[str]]], i: int) -> list[str]:
    """The delegation "the delegation" in sentence ``i`` means: the latest told by then, else the first if the story
    tells it soon after (a headline's "the delegation" before its members are named), not one a later item brings."""
    told = [members for start, members in groups if start <= i]
    return told[-1] if told else (groups[0][1] if groups and groups[0][0] - i <= _GROUP_TOLD_SOON else [])


#: "On the 11th,", "On Tuesday,", "The next day,", "In the evening,": a sentence that opens another occasion.
_NEW_OCCASION_RE = re.compile(
    r"^\W*(?:on\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|[A-Z][a-z]+\s+\d{1,2}\b)"
    r"|the\s+(?:next|following)\s+(?:day|morning|evening)\b|later\s+(?:that|in\s+the)\b|in\s+the\s+(?:afternoon|evening|morning)\b)",
    re.I)
#: "... and over 120 representatives": a second crowd joined to the group word, whom a following "including" lists.
_ANOTHER_CROWD_RE = re.compile(
    r"\band\s+(?:over|about|around|some|nearly|more\s+than|\d+)\b"
    r"|\band\s+(?:[\w-]+\s+){0,3}(?:companies|firms|representatives|officials|participants|businesses|investors|exporters|buyers|"
    r"suppliers|manufacturers|guests|executives)\b", re.I)
#: "of <firms> and <firms>", "from <places>": what a group is made of, told right after its word.
_GROUP_MADE_OF_RE = re.compile(r"\s+(?:of|from)\s")
#: "will lead", "would lead": a trip still to come.
_WILL_LEAD_RE = re.compile(
    r"\b(?:will|would|shall|is\s+to|plans\s+to|is\s+expected\s+to|hopes?\s+to|hoped\s+to|intends?\s+to|wants?\s+to|aims?\s+to)"
    r"\s+(?:also\s+)?(?:lead|head)\b", re.I)  # "X said he hoped to lead a trade mission to India in 2026": a plan
_LED_TRIP_RE = re.compile(
    r"\b(?:led|lead|leads|leading|headed|head|heads|heading)\s+(?:an?|the|his|her)\s+(?:[\w'-]+\s+){0,4}?"
    r"(?:roadshow|delegation|mission|team|visit|tour)\b", re.I)
#: "X organised a study mission / a business delegation to Y": X sends the group.
_ORGANISED_TRIP_RE = re.compile(
    r"\b(?:organi[sz]ed|organi[sz]es|sent|sends|dispatched)\s+(?:an?|its|the)\s+(?:(?!(?:with|and|the|to|of)\b)[\w'-]+\s+){0,3}?"
    r"(?:delegation|mission|roadshow)\b", re.I)
#: "Participants included:", "Members of the group:": a list of who travelled, under a mission just told.
_PARTICIPANTS_HEAD_RE = re.compile(
    r"^\W*(?:the\s+)?(?:participants|members|delegates)\s+(?:included|includes|were|are|comprised)\s*:\s*$"
    # a head that names companies: their items' companies travel with the group too
    r"|^\W*(?P<companies>(?:the\s+)?(?:participating\s+|member\s+)?(?:companies|firms))\s+"
    r"(?:were\s+represented\s+by|represented\s+were|included)\s*:\s*$", re.I)
#: "3. Members (22 persons)", "Mission members (15)": a numbered heading over the list of a mission's members.
_COUNTED_MEMBERS_HEAD_RE = re.compile(
    r"^\W*(?:\d{1,2}[.)]\s*)?(?:(?:mission|delegation)\s+)?(?:members|participants|composition)"
    r"\s*\(\s*\d+\s*(?:persons|people|members|participants)?\s*\)\s*:?\s*$", re.I)
#: "Attendees from Rajasthan:", "Delegates from the state of Kerala:": a list of one side's people, named by where it is from.
_SIDE_ATTENDEES_HEAD_RE = re.compile(
    r"^\W*(?i:(?:the\s+)?(?:participants|members|delegates|attendees|delegation\s+members)\s+from\s+(?:the\s+)?(?:state\s+of\s+)?)"
    r"(?P<side>[A-Z][\w-]+)(?:\s+[A-Z][\w-]+){0,2}\s*:\s*$")
#: "He", "The Minister", "The Chief Minister": how a sentence refers back to the group's leader.
_LEADER_REFERENCE_RE = re.compile(
    r"^\W*(?:he|she|the\s+(?:chief\s+|deputy\s+|union\s+|state\s+|prime\s+)?(?:minister|secretary|governor|chairman|"
    r"chairperson|ceo|president|ambassador|mayor|commissioner|leader))\b", re.I)
_WITH_LEADER_RE = re.compile(
    r"^\W*(?:also\s+)?(?:with|accompanying|travelling\s+with|traveling\s+with|joining)\s+"
    r"(?:him|her|them|me|us|(?:(?:Mr|Ms|Mrs|Dr|Shri|Smt)\.?\s+)?[A-Z][\w'-]+)\s+"  # "With Mr. X were A and B"
    r"(?:were|was|are|is)\b", re.I)
_WHO_ACCOMPANIED_RE = re.compile(
    r"\b(?:who\s+)?(?:also\s+|had\s+)?accompanied\s+the\s+(?:delegation|team|mission|visitors|group)\b", re.I)
_ACCOMPANIED_RE = re.compile(r"\b(?:was|were|is|are)\s+(?:also\s+)?accompanied\s+by\b", re.I)
_ON_A_TRIP_WITH_RE = re.compile(
    r"\b(?:is|are|was|were)\s+on\s+(?:an?|the|his|her)\s+(?:[\w'-]+\s+){0,3}?(?:visit|tour|trip|mission|roadshow)\b"
    r"(?P<with>(?:(?!\b(?:held|holds|hold|met|meets|signed|called|chaired|addressed|interacted|discussed)\b)[^.;])*?\bwith\b)?",
    # "X, who is on a visit to Y, held talks with Z": X travels (Z is met, not a companion)
    re.I)


#: Title nouns that "the <title>" can refer back to.
_TITLE_NOUNS = frozenset(
    "minister secretary ceo chairman chairperson chairwoman president governor ambassador commissioner "
    "director mayor consul envoy premier chancellor chief".split()
)
_APPOSITIVE_TITLE_RE = re.compile(
    r"[*_]*\s*,\s*(?:the\s+|a\s+)?((?:[A-Z][\w'-]*|of|for|and|the|&)(?:\s+(?:[A-Z][\w'-]*|of|for|and|the|to|in|&))*)\s*[,.;]")


def _titles_in_text(record: DocumentRecord, text: str) -> dict[str, list[str]]:
    """Titles written next to each person: "Union Minister of Mines Shri X", "X, Minister of Mines, ..."."""
    out: dict[str, list[str]] = defaultdict(list)
    honorifics = {h.casefold() for h in HONORIFICS}

    def bare(chunk: str) -> bool:
        """Nothing but honorifics (or nothing at all) between a comma and the name."""
        return all(w.casefold() in honorifics for w in chunk.strip(" *_").split())

    for ent in record.entities:
        if ent.type != "person":
            continue
        for m in ent.mentions:
            window = text[max(0, m.start - 120) : m.start]
            listed = _PORTFOLIO_LIST_TITLE_RE.search(window)
            if listed:  # "Minister for Industries, Mines and Geology and Commerce Thiru X": the commas are the portfolio's
                window = window[: listed.start()] + listed.group(0).replace(",", "")
            chunks = _TITLE_CHUNK_SPLIT_RE.split(window)
            # "Minister of Mines, <State>, Shri X": a place between the title and the name
            while len(chunks) > 1 and bare(chunks[-1]) and load_gazetteer().lookup(chunks[-2].strip(" *_")) is not None:
                chunks = chunks[:-2] + [chunks[-1]]
            before = (chunks[-2] + " " + chunks[-1] if len(chunks) > 1 and bare(chunks[-1]) else chunks[-1]).replace("*", " ").split()
            run: list[str] = []  # the capitalised run right before the name: "... called on Chief Minister Shri"
            for w in reversed(before):
                if w.casefold() in honorifics:
                    run.insert(0, w)
                elif w.endswith((".", "!", "?")) and not re.fullmatch(r"[A-Z]\.", w):
                    break  # the end of the sentence before
                elif w[:1].isupper() or (run and w in ("of", "for", "and", "&", "the", "to")):  # "Ambassador of X to Y"
                    run.insert(0, w)
                else:
                    break
            after = _APPOSITIVE_TITLE_RE.match(text[m.end : m.end + 90])
            for chunk in (run, after.group(1).split() if after else []):
                words = [w.strip("()").casefold() for w in chunk if w.casefold() not in honorifics]
                while words and words[0] in ("of", "for", "and", "&", "the"):
                    words.pop(0)
                if any(w in _TITLE_NOUNS for w in words):
                    out[ent.key].append(" ".join(words))
    return out


#: Short forms news writes for titles: "the CM", "the MD".
_TITLE_SHORT_FORMS = {
    "chief minister": "cm", "deputy chief minister": "deputy cm", "prime minister": "pm", "managing director": "md",
    "chief executive officer": "ceo", "chief secretary": "cs", "additional chief secretary": "acs",
    "minister of state": "mos", "deputy chief of mission": "dcm", "deputy high commissioner": "dhc",
    "consul general": "cg", "deputy managing director": "dmd", "joint managing director": "jmd",
}


#: A title's short form in brackets at its end: "industrial development commissioner (iidc)".
_TITLE_ACRONYM_RE = re.compile(r"\s*\(([a-z][a-z&.]{1,9})\)$")


def _title_index(record: DocumentRecord, text: str = "", prefer: list[str] = ()) -> dict[str, str]:
    """Lower-cased title ("ceo", "minister") -> the one person holding it in the document.

    A title two people hold goes to the one of them in ``prefer`` (the
    visiting delegation: "the Minister" of a delegation's story is its
    leader, not the embassy's "Minister (Trade)"), if exactly one is; when
    none is, to the one the story names first, in its opening sentences.
    """
    holders: dict[str, set[str]] = defaultdict(set)
    written = _titles_in_text(record, text) if text else {}
    for ent in record.entities:
        if ent.type != "person":
            continue
        for title in list(ent.titles) + written.get(ent.key, []):
            if title in HONORIFICS:
                continue
            t = _HYPHEN_SPACES_RE.sub(" ", title.casefold())  # "Vice-Minister" is read as "vice minister" (the parser splits the hyphen)
            holders[t].add(ent.key)
            if (acr := _TITLE_ACRONYM_RE.search(t)) is not None:
                holders[acr.group(1)].add(ent.key)  # "Industrial Development Commissioner (IIDC)": "called on the IIDC"
                t = t[: acr.start()].rstrip()
            last = t.split()[-1] if t.split() else t
            if not _TITLE_PREPOSITION_RE.search(t):  # "ambassador of israel to india" is no "india"
                holders[last].add(ent.key)
            head = _TITLE_HEAD_SPLIT_RE.split(t)[0].split()
            if head:  # "Minister for Industries" is "the Minister"; "Union Minister of X" is "the Union Minister"
                holders[" ".join(head)].add(ent.key)
                holders[head[-1]].add(ent.key)
                short = _TITLE_SHORT_FORMS.get(" ".join(head[-3:])) or _TITLE_SHORT_FORMS.get(" ".join(head[-2:])) or (
                    _TITLE_SHORT_FORMS.get(" ".join(t.split()[-4:])))  # "Deputy Chief of Mission": "the DCM"
                if short:  # "Chief Minister X ... The CM was accompanied by ...": the title's short form
                    holders[short].add(ent.key)
    first_seen = {e.key: min(((m.sentence, m.start) for m in e.mentions), default=(1 << 30, 0))
                  for e in record.entities if e.type == "person"}
    out = {}
    for t, keys in holders.items():
        if t in ("general", "officer", "member"):
            continue
        chosen = keys if len(keys) == 1 else {k for k in keys if k in prefer}
        if not chosen and len(keys) > 1:
            # no traveller among them: the holder the story opens with ("Union Minister X ... held talks with Minister Y")
            lead = min(keys, key=lambda k: (first_seen.get(k, (1 << 30, 0)), k))
            if first_seen.get(lead, (1 << 30, 0))[0] <= 4:
                chosen = {lead}
        if len(chosen) == 1:
            out[t] = next(iter(chosen))
    return out


#: Plural nouns and pronouns that, as a subject, stand for the visiting delegation.
_PLURAL_REFERENCES = frozenset("they ministers officials delegates representatives visitors".split())
_PLURAL_OR_TWO = _PLURAL_REFERENCES | {"two", "both", "members", "participants"}


_HE_SHE = frozenset(("he", "she"))


def _plural_reference(sent: "Span", lowers: list[str] | None = None) -> bool:
    """ "The ministers also called on ...", "where they held talks": the delegation as a whole.

    "Executives of X are to visit, when they will meet Y": "they" after a subject of its own sentence is that subject.
    ``lowers`` (every token's ``lower_`` in the document) lets a sentence without such a word be passed over.
    """
    if lowers is not None and _PLURAL_OR_TWO.isdisjoint(lowers[sent.start : sent.end]):
        return False
    return any(
        t.lower_ in _PLURAL_REFERENCES and t.dep_ in ("nsubj", "nsubjpass")
        and (t.lower_ == "they" and not any(s.dep_ in ("nsubj", "nsubjpass") and s.i < t.i for s in sent)
             or any(c.lower_ in ("the", "both") for c in t.children))
        and not any(c.dep_ == "prep" for c in t.children)
        or t.lower_ in ("two", "both") and t.dep_ in ("nsubj", "nsubjpass") and not any(c.dep_ == "prep" for c in t.children)
        or t.lower_ in ("members", "participants") and t.dep_ in ("nsubj", "nsubjpass")  # "Members also toured the plant"
        and not any(c.dep_ in ("prep", "det", "poss", "amod", "compound", "nummod") for c in t.children)
        for t in sent
    )  # "the two visited X", "Both held talks with Y": the two just told travelling together


#: "according to a statement issued by X", "according to X": the source of what the sentence reports.
_ACCORDING_TO_RE = re.compile(r",?\s+according\s+to\b", re.I)


#: "thanked / congratulated X for visiting Y": X's visit took place.
_THANKING_VERBS = frozenset("thank thanks thanked thanking congratulated congratulates commended praised".split())


def _without_attribution(sent: "Span", trigger, mentioned: list[tuple[int, Entity]]) -> list[tuple[int, Entity]]:
    """Drop the source of a trailing attribution: "X held talks with Y, Z said." (Z reports, Z did not attend).

    "..., according to a statement issued by Z": Z, after the meeting it reports, is no participant either.
    """
    text = _doc_text(sent.doc)[sent.start_char : sent.end_char]  # Span.text joins its tokens on every access
    according = _ACCORDING_TO_RE.search(text) if "ccording" in text else None
    if according is not None and sent.start_char + according.start() > trigger.idx:
        cut = sent.start_char + according.start()
        mentioned = [(pos, e) for pos, e in mentioned if pos < cut or any(p < cut for p, f in mentioned if f.key == e.key)]
    thanking = trigger.head.head if trigger.dep_ == "pcomp" and trigger.head.lower_ == "for" else None
    if thanking is not None and thanking.lower_ in _THANKING_VERBS:
        # "X thanked the Minister for visiting Y": the Minister visited Y; X only thanked
        spans = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in thanking.children if c.dep_ == "nsubj"]
        mentioned = [(pos, e) for pos, e in mentioned if not any(a <= pos < b for a, b in spans)]
    root = sent.root
    if root.lower_ not in _SPEECH_VERBS or root.i < trigger.i:
        return mentioned
    said = [c for c in root.children if c.dep_ == "ccomp" and c.left_edge.i <= trigger.i <= c.right_edge.i]
    if not said or any(c.dep_ in ("ccomp", "xcomp", "dobj") and c.i > root.i for c in root.children):
        return mentioned  # "..., whose chief executive, Mr. X, said the company would ...": X's words follow
    # only a source named after the reported clause, a comma apart: "..., Menon said."
    end = said[0].right_edge.i
    subjects = [
        c for c in root.children if c.dep_ == "nsubj" and c.left_edge.i > end
        and all(t.is_punct for t in sent.doc[end + 1 : c.left_edge.i])
    ]
    spans = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in subjects]
    source = {e.key for pos, e in mentioned if any(a <= pos < b for a, b in spans)}
    reported = {e.key for pos, e in mentioned if not any(a <= pos < b for a, b in spans)}
    return [(pos, e) for pos, e in mentioned if e.key not in source or e.key in reported]


def _subject_organisation(sent: "Span", mentioned: list[tuple[int, Entity]]) -> str:
    """The organisation the sentence's main clause is about ("X Ltd, backed by Y, said ..." is about X)."""
    for tok in (c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")):
        a, b = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)
        inside = [(pos, e) for pos, e in mentioned if a <= pos < b]
        if inside and inside[0][1].type == "organisation":
            return inside[0][1].key
    return ""


def _subject_person(sent: "Span", mentioned: list[tuple[int, Entity]], by_title: dict[str, str], previous: str) -> str:
    """The person the sentence's main clause is about: its named subject, "the <title>" holder, or "he"/"she"."""
    root = sent.root
    subj = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj:
        return ""
    for tok in subj:
        a, b = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)
        for pos, ent in mentioned:
            if a <= pos < b and ent.type == "person":
                return ent.key
    tok = subj[0]
    if tok.lower_ in ("he", "she"):
        return previous
    words = [t.lower_ for t in tok.subtree if not t.is_punct]
    if words and words[0] in ("the", "this"):
        title = " ".join(words[1:])
        return by_title.get(title, "") or (by_title.get(words[-1], "") if len(words) > 2 else "")
    return ""


#: Abbreviated titles written before a name ("ACS Industries, Shri X").
_TITLE_ABBREVIATIONS = frozenset("acs cs ps md ceo cmd jmd dg ed".split())


def _title_run_before(text: str, start: int) -> bool:
    """Whether the capitalised run right before ``start`` opens with a title: "ACS Micro, [Small ... Industries]"."""
    words = [w for w in _SPACES_COMMAS_RE.split(text[max(0, start - 40) : start]) if w]
    run = []
    for w in reversed(words):
        if not (w[:1].isupper() or w in ("of", "and", "&")) or w.endswith("."):
            break
        run.insert(0, w)
    return bool(run) and (run[0].casefold() in _TITLE_ABBREVIATIONS or run[0].casefold() in TITLE_WORDS)


#: What may stand between a title and its holder's name: spaces, a comma, an honorific.
_TITLE_GAP_RE = re.compile(
    r"[\s,]*(?:(?:" + "|".join(re.escape(h) for h in sorted(HONORIFICS, key=len, reverse=True)) + r")\s*)?"
)


def _title_organisations(record: DocumentRecord, text: str) -> set[str]:
    """Organisations that are a person's title run into a name ("Union Minister of Mines Shri X").

    An organisation whose every mention is directly followed by a person's name
    (nothing but spaces, a comma or an honorific between) and whose first word,
    or the first word of the capitalised run it ends, is a title word or
    abbreviation is the title of that person, not a participant.
    """
    persons = sorted(m.start for e in record.entities if e.type == "person" for m in e.mentions)
    gap_re = _TITLE_GAP_RE
    out: set[str] = set()
    for ent in record.entities:
        if ent.type != "organisation" or not ent.mentions:
            continue
        first = ent.name.split()[0].casefold() if ent.name.split() else ""
        if first not in TITLE_WORDS and first not in _TITLE_ABBREVIATIONS and not all(
            _title_run_before(text, m.start) for m in ent.mentions
        ):
            continue
        if all(
            any(gap_re.fullmatch(text[m.end : p]) for p in persons[bisect.bisect_left(persons, m.end) :][:3] if p - m.end <= 40)
            for m in ent.mentions
        ):
            out.add(ent.key)
    return out


#: A group word in a sentence: "a six-member UK business delegation".
_GROUP_WORD_RE = re.compile(r"\b(?:delegation|team|mission)\b", re.I)
#: "The delegation from X was led by A", "The Indian delegation included B": who the travelling party were.
_DELEGATION_TOLD_RE = re.compile(
    r"^\W*the\s+(?:[\w-]+\s+){0,2}(?:delegation|team|mission|side)\b[^.;]{0,80}?\b(?:was|were)\s+(?:led|headed)\s+by\b"
    r"|^\W*the\s+(?:[\w-]+\s+){0,2}(?:delegation|team|mission|side)\s+(?:also\s+)?(?:included|includes|comprised|comprises)\b", re.I)
#: "the German firms", "the Italian companies": the firms of a delegation from that country, told before.
_DEMONYM_FIRMS_RE = re.compile(r"\b[Tt]he\s+([A-Z][a-z]+)\s+(?:firms|companies|manufacturers|delegates)\b")
#: "The Indian side included A", "The Peruvian delegation included B": one side of the meeting just told, right after it.
_SIDE_TOLD_RE = re.compile(
    r"^\W*[Tt]he\s+(?:[A-Z][\w-]*\s+){1,2}(?:side|delegation|team)\s+(?:was\s+led\s+by|(?:also\s+)?(?:included|comprised))\b")
#: "A panel on X, moderated by A, featured B", "The session was chaired by C": a session and who spoke at it.
_PANEL_RE = re.compile(r"\b(?:panel|plenary|session)\b[^.;]{0,160}?\b(?:moderated|chaired|featured|included)\b", re.I)
_EVENT_NOUN_RE = re.compile(
    r"\b(?:roundtables?|conferences?|summits?|forums?|seminars?|sessions?|symposium|webinars?|ceremony|expo|"
    r"(?:investors'?|sourcing|business|buyer-seller|buyers?-sellers?|industry|partners'?|exporters'?|b2b)\s+meets?|"
    r"conclaves?|conventions?|workshops?|interacted\s+with|interactions?\s+with|interactive\s+sessions?|"
    r"(?<!\bin\s)consultations?(?!\s+with))\b", re.I  # "a stakeholder consultation", not "in consultation with"
)
#: :data:`_EVENT_NOUN_RE` without re.I, for a sentence in lower case (as :data:`_PLANNED_FOLDED_RE`).
_EVENT_NOUN_FOLDED_RE = re.compile(_EVENT_NOUN_RE.pattern)


def _names_event(text: str) -> bool:
    """Whether ``text`` names an event (:data:`_EVENT_NOUN_RE`), searched case-sensitively in its lower-case form where
    it is ASCII."""
    return (_EVENT_NOUN_RE.search(text) if not text.isascii() else _EVENT_NOUN_FOLDED_RE.search(text.lower())) is not None
_SPEECH_VERBS = frozenset("said says told tells added adds noted notes stated states remarked observed highlighted "
                          "urged urges asked stressed emphasised emphasized suggested proposed assured pitched "
                          "explained explains described outlined".split())  # "X, Director at Y, explained how ..."


def _two_party_subject(verb) -> bool:
    """ "The two ministers signed ...", "Both sides agreed ...": a subject that is two parties at once."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and any(g.lower_ in ("two", "both") for g in c.subtree if g.i <= c.i)
        for c in verb.children
    )


def _event_speaker(sent: "Span", mentioned: list[tuple[int, Entity]], current: Meeting | None, i: int,
                   sents: list["Span"], record: DocumentRecord, since: int | None = None) -> str:
    """ "... an investors' roundtable hosted by X. Ambassador Y said ...": Y spoke at the event just described.

    Only right after a held multi-party event (roundtable, conference, session,
    ...), or after any held meeting when the speaker heads one of its
    organisations ("The company's CEO, Mr. Y, said ..."), and only for a person
    the document names here for the first time as the subject of a speech verb;
    a person named before is a bystander being quoted, not a new attendee.
    """
    if current is None or current.planned or i <= current.sentence:
        return ""
    root = sent.root
    if root.lower_ not in _SPEECH_VERBS:
        # "Smt. X, CEO of Y, said ...": the parser may end a sentence at the honorific's stop, and the sentence joined
        # again has two roots, the first the honorific's
        root = next((t for t in sent if t.dep_ == "ROOT" and t.lower_ in _SPEECH_VERBS), None)
        if root is None:
            return ""  # no speech: no sentence before it need be read (Span.text joins its tokens, then a regex scans it)
    quoted = sum(1 for j in range(current.sentence + 1, i) if _QUOTE_OPENING_RE.match(sents[j].text))
    since = i - current.sentence if since is None else since
    # three sentences after the event (a speaker's quotation before the speaker not counted), or right after a
    # sentence that told more of it and names it ("The session was inaugurated by X. Welcoming the delegates, Y said")
    near = 0 < i - current.sentence - quoted <= 3
    if not near and not (since == 1 and _names_event(sents[i - 1].text)):
        return ""
    # right after the event's sentence, or after a sentence that told more of it ("The session was inaugurated by X")
    event = since == 1 and (_names_event(sents[i - 1].text) or near and _names_event(sents[current.sentence].text))
    own_company = re.match(r"^\W*(?:the\s+(?:company|firm)(?:'s|\u2019s)|its)\s", sent.text, re.I)
    for subj in (c for c in root.children if c.dep_ == "nsubj"):
        a, b = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge)
        for pos, ent in mentioned:
            if ent.type == "person" and a <= pos < b and ent.key not in current.participants:
                if min(m.sentence for m in ent.mentions) != i:
                    return ""
                works_for_participant = own_company is not None or any(
                    aff.person == ent.key and aff.organisation in current.participants for aff in record.affiliations
                ) or any(  # "Mr. X, Director of International Affairs at Y, explained ...": Y was just met
                    other.type == "organisation" and other.key in current.participants and a <= at < b for at, other in mentioned
                )
                # "The company's CEO, Mr. X, said ...": the company just met, speaking through its head
                return ent.key if event or works_for_participant else ""
    return ""


#: A sentence that opens a quotation: '"Builders need ...', "“We want ...".
_QUOTE_OPENING_RE = re.compile(r'^\s*["\u201c]')
#: What a speaker does at an event: "delivered the opening address", "addressed the participants", "presented findings".
_SPEAKER_ROLE_RE = re.compile(
    r"\b(?:delivered\s+(?:the\s+|a\s+)?(?:\w+\s+){0,2}(?:address|speech|remarks|keynote|lecture|presentation)|"
    r"(?:also\s+)?addressed\s+(?:the\s+)?(?:participants|gathering|audience|delegates|attendees|session|roundtable|seminar|forum|meeting)|"
    r"made\s+(?:a\s+)?presentations?|gave\s+(?:a\s+)?(?:presentation|talk|keynote)|presented\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,2}"
    r"(?:findings|results|plans?|overview|case|policy|projects?|opportunities)|introduced\s+the\s+(?:[\w'\u2019-]+\s+){0,4}(?:policy|policies|cluster|programme|scheme|incentives)|"
    r"explained\s+the\s+(?:[\w'\u2019-]+\s+){0,3}(?:incentives|policy|policies|scheme|programme|plans?|opportunities)|moderated|chaired)\b", re.I)


#: Substrings one of which every match of :data:`_SPEAKER_ROLE_RE` holds: a cheap test before the regex.
_SPEAKER_ROLE_STEMS = ("eliver", "ddressed", "resent", "ave ", "ntroduced", "xplained", "oderated", "haired")


def _speech_subjects(sent: "Span", sent_text: str, mentioned: list[tuple[int, Entity]], verb_at: int) -> list[str]:
    """The people named as the subject of ``sent``'s root ("KIM Dong-hyun, Vice President, Korea Trade Agency, delivered ..."),
    or, where the parse gives the root no subject, the person whose name opens the sentence before the verb at ``verb_at``."""
    root = sent.root
    spans = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in root.children if c.dep_ == "nsubj"]
    if spans:
        return list(dict.fromkeys(e.key for pos, e in mentioned if e.type == "person" and any(a <= pos < b for a, b in spans)))
    first = next(((pos, e) for pos, e in mentioned if pos < verb_at), None)
    opening = sent_text[: first[0] - sent.start_char].strip() if first else "x"
    return [first[1].key] if first and first[1].type == "person" and (not opening or opening in HONORIFICS) else []


#: Head words of public bodies and associations, which "the company" never means.
_PUBLIC_BODY_WORD_RE = re.compile(
    r"\b(?:Board|Authority|Ministry|Department|Agency|Council|Commission|Government|Bureau|Organi[sz]ation|Association|"
    r"Federation|Chamber|Institute|University|Embassy|Consulate|Directorate|Mission|Society)\b")
#: Event nouns a later sentence refers back to with "the": "During the forum, ...", "also attended the summit".
_REFERABLE_EVENTS = (
    "forum", "summit", "conference", "roundtable", "seminar", "symposium", "workshop", "session", "conclave",
    "convention", "expo", "exhibition", "fair", "reception", "dinner", "luncheon", "lunch", "banquet", "ceremony",
    "roadshow", "webinar", "gathering",
)
_DEFINITE_EVENT_RE = re.compile(
    r"\b(?:the|this|that)\s+(?:(?:same|business|investment|investors'?|signing|bilateral|high-level|two-day|three-day|"
    r"one-day|closing|opening|inaugural|plenary|official)\s+){0,2}(" + "|".join(_REFERABLE_EVENTS) + r")s?\b"
    r"(?!\s+(?:with|between|of|on)\b)",
    re.I,
)
#: :data:`_DEFINITE_EVENT_RE` without re.I, for a sentence in lower case (as :data:`_PLANNED_FOLDED_RE`).
_DEFINITE_EVENT_FOLDED_RE = re.compile(_DEFINITE_EVENT_RE.pattern)


@lru_cache(maxsize=64)
def _noun_re(noun: str) -> "re.Pattern[str]":
    """The pattern for an event noun and its plural ("forum", "forums")."""
    return re.compile(r"\b" + re.escape(noun) + r"s?\b", re.I)


#: "represented at the meeting by", "present at the talks": someone who was at the meeting just told.
_AT_THE_MEETING_RE = re.compile(r"\b(?:represented|present)\b|\b(?:at|in|during)\s+the\s+(?:meeting|talks|discussions?|event)\b", re.I)
#: "held separate discussions with", "in separate meetings with": one meeting with each party named after it.
_SEPARATE_MEETINGS_RE = re.compile(
    r"\bseparate\s+(?:(?:one-on-one|one-to-one|bilateral|b2b)\s+)?(?:discussions|meetings|talks|calls|interactions|sessions)\s+with\b"
    r"|\b(?:b2b|one-on-one|one-to-one)\s+(?:meetings|discussions|sessions)\s+with\b"
    # "18 B2B meetings between the delegation and WA companies, including A, B and C": one with each company
    r"|\b(?:b2b|one-on-one|one-to-one)\s+(?:meetings|discussions|sessions)\s+between\s+[^,;]{3,80}?,?\s+(?:including|among\s+them|such\s+as)\b",
    re.I)
#: The words a signing ceremony's sentence is told by ("signed", "exchanged", "in the presence of", "MoUs").
_SIGNING_STEMS = ("sign", "exchang", "presence", "witness", "mou", "memorand", "agreement")
#: Each "with" of "separate meetings with A and with B".
_AND_WITH_RE = re.compile(r"\bwith\b")
#: "After the roundtable", "on the sidelines", "separate discussions": a meeting apart from the event just told.
_APART_FROM_EVENT_RE = re.compile(
    r"^\W*(?:after|following)\s+the\s+\w+|\bon\s+the\s+sidelines\b|\bseparate(?:ly)?\b|\bside\s+meetings?\b", re.I)
#: A line naming who put on the event the document reports: "Organised by: X", "Hosted jointly by X and Y".
_ORGANISED_BY_RE = re.compile(r"^\W*(?:jointly\s+)?(?:organi[sz]ed|hosted|convened|co-organi[sz]ed)\s+(?:jointly\s+)?by\b", re.I)
#: A line heading the list of an event's speakers: "PROGRAMME", "Agenda:", "Speakers included:", "The panellists were:".
_PROGRAMME_HEAD_RE = re.compile(
    r"^\W*(?:the\s+)?(?:programme|program|agenda|order\s+of\s+proceedings|proceedings|speakers|panell?ists|"
    r"speakers\s+and\s+panell?ists|speakers\s+at\s+the\s+\w+)(?:\s+(?:included|include|were|was|comprised))?\s*:?\s*$", re.I)
#: "During the programme, the students:", "In Osaka, the delegation:": the group, then a list of what it did.
_GROUP_COLON_HEAD_RE = re.compile(
    r"^\W*(?:(?:during|in|at|on)\s+[^,:]{1,40},\s+)?the\s+(?:[\w-]+\s+)?(?:students|delegates|members|visitors|delegation|"
    r"team|participants|mission)\s*:\s*$", re.I)
#: "Present:", "In attendance:": the heading of a meeting's attendance in minutes.
_PRESENT_HEAD_RE = re.compile(r"^\W*(?:present|in\s+attendance|attendees|those\s+present|members\s+present)\s*:\s*$", re.I)
#: "Minutes of the review meeting", "Record of discussions": a document that records one meeting.
_MINUTES_RE = re.compile(
    r"\b(?:minutes|record\s+(?:of\s+)?(?:discussions?|notes?))\s+of\s+the\b|\brecord\s+(?:notes?\s+)?of\s+discussions?\b", re.I)
#: "During the meeting, the following MoUs were exchanged:": the signings listed next took place at the meeting just told.
_DURING_THE_MEETING_RE = re.compile(r"^\W*(?:during|at)\s+the\s+(?:meeting|talks|interaction|call|discussions?)\s*,", re.I)
#: "The MoUs signed on Thursday were:", "Agreements exchanged:": a list of signings, one per item.
_SIGNINGS_HEAD_RE = re.compile(
    r"\b(?:MoUs|MOUs|memoranda|agreements|LoIs|letters\s+of\s+intent|pacts|contracts)\b[^:]{0,160}:\s*$", re.I)
#: "held one-on-one meetings with the heads of three companies:", "Among the meetings held on 1 April were:":
#: a list of meetings, one per item, each between the head's side and the item's people and companies.
_ITEMISED_MEETINGS_HEAD_RE = re.compile(
    r"\b(?:meetings|calls|interactions|B2Bs)\b[^:.]{0,140}:\s*$"
    r"|\b(?:met|meetings?\s+with|talks\s+with|discussions\s+with|called\s+on)\s+(?:the\s+following|these|with\s+the\s+following)\b[^:.]{0,60}:\s*$",
    re.I)
#: What a speaker does at an event: "spoke on", "presented", "made a presentation".
_SPOKE_RE = re.compile(r"\b(?:spoke|presented|made\s+(?:a\s+)?presentations?|gave\s+(?:a\s+)?presentations?|briefed\s+the)\b", re.I)
#: A list head that announces what a meeting decided or discussed, not who was there.
_TOPICS_HEAD_RE = re.compile(
    r"^\W*(?:(?:the\s+)?(?:important|main|key|major|salient)\s+)?(?:points?|decisions?|outcomes?|takeaways?|"
    r"agenda|issues|areas|action\s+(?:points|items)|conclusions?|directions?|resolutions?|topics?)\b", re.I)
#: "Inaugurating the meet", "addressed the buyers": a speaker at the event, named as such.
_ADDRESSED_EVENT_RE = re.compile(
    r"\b(?:inaugurat(?:ing|ed)|address(?:ing|ed)|open(?:ing|ed))\s+the\s+(?:[\w'-]+\s+){0,2}?(?:meet|forum|summit|conference|"
    r"seminar|roundtable|session|buyers|participants|gathering|delegates|audience|investors|event|conclave|workshop)\b"
    r"|\b(?:inaugurated|opened)\s+it\b", re.I)  # "Minister X opened it on Monday along with Y": the event just named
#: "Acme Inc. was represented by X", "The agency sent its director, Y", "brought a sourcing team headed by Z": who
#: came to the event just told, for a body.
_CAME_FOR_RE = re.compile(
    r"\b(?:was|were)\s+represented\s+by\b|\bsent\s+(?:its|their|a|an)\s+(?:[\w-]+\s+){0,3}?(?:director|head|chief|president|"
    r"chairman|chairperson|representative|team|delegation|officials?|executives?|manager)\b"
    r"|\bbrought\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){0,3}?(?:team|delegation)\b", re.I)
#: A sentence that tells an event or an interaction: the speakers of the next sentences were there.
_EVENT_OR_INTERACTION_RE = re.compile(
    r"\b(?:interaction|interactive\s+session|roundtable|round\s+table|seminar|conference|forum|reception|dinner|luncheon|"
    r"webinar|workshop|business\s+meet|investors'?\s+meet|session)\b", re.I)
#: "2/6 Along with A and B, we walked the site": who went along, at the start of a sentence.
_ALONG_WITH_START_RE = re.compile(r"^\W*(?:\d+/\d+\W+)?along\s+with\b", re.I)
#: "Consul General X accompanied the Minister.": someone who went along to the meeting just told.
_ACCOMPANIED_THE_RE = re.compile(
    r"^[^;]{3,200}?\b(?:also\s+)?accompanied\s+(?:the|him|her|them)\b(?:\s+(?:minister|chief\s+minister|delegation|team|"
    r"mission|ambassador|governor|vice-governor|visitors?|guests?|secretary|cm))?\s*(?:[.;,]|$|\s+(?:on|during|to|at)\b)", re.I)
#: "The MoUs were exchanged in the presence of ...", "These agreements were signed, witnessed by ...": the witnesses of
#: the signings just listed.
def _signings_witnessed_re(documents: str, reach: int) -> "re.Pattern[str]":
    """ "The <documents> were signed / exchanged ... in the presence of / witnessed by", within ``reach`` characters."""
    return re.compile(
        r"^\W*(?:the|these|all(?:\s+the)?|both(?:\s+the)?)\s+(?:\w+\s+)?(?:" + documents + r")\s+"
        r"(?:were|have\s+been)\s+(?:formally\s+)?(?:signed|exchanged)\b[^.;]{0," + str(reach) + r"}?\b"
        r"(?:in\s+the\s+presence\s+of|witnessed\s+by)\b", re.I)


_THE_SIGNINGS_RE = _signings_witnessed_re(r"MoUs|MOUs|memoranda|agreements|pacts|LoIs", 80)
#: A place in capitals alone on its line, right over a brief's item (its headline on the next line): "CHENNAI"; not a
#: section's place over a blank line ("TOKYO", then the paragraphs of the trip's days there).
_ITEM_DATELINE_RE = re.compile(r"^\s*[A-Z][A-Z .'-]{2,30}[ \t]*\n[ \t]*\Z")
#: "Among the firms it met were", "Among the companies the delegation called on were": the bodies a group met one by one.
_AMONG_THOSE_MET_RE = re.compile(
    r"^\W*among\s+the\s+(?:[\w-]+\s+){0,2}?(?:firms|companies|organisations|organizations|institutions|investors|bodies)\s+"
    r"(?:it|they|the\s+(?:[\w-]+\s+)?(?:team|delegation|mission|visitors))\s+(?:met|visited|called\s+on|held\s+talks\s+with)\s+"
    r"(?:were|was|are)\b", re.I)
#: "Among them:", "These included:": a list's head that refers to the meetings the sentence before told.
_AMONG_THEM_HEAD_RE = re.compile(r"^\W*(?:among\s+(?:them|these|those)|these\s+included|they\s+included)\s*:\s*$", re.I)
#: "About 65 B2B meetings were held in the afternoon", "held 40 one-on-one meetings": meetings told by their count.
_MEETINGS_HELD_RE = re.compile(
    r"\b(?:B2B|one-on-one|one-to-one|bilateral|business|buyer-seller|pre-scheduled|\d+)\s+(?:[\w-]+\s+){0,2}meetings\b"
    r"[^.]{0,80}\b(?:were|was)\s+(?:held|organi[sz]ed|arranged|conducted)\b"
    r"|\bheld\s+(?:more\s+than\s+|over\s+|about\s+|around\s+)?\d+\s+(?:[\w-]+\s+){0,2}meetings\b", re.I)
#: "After the ", "Following the ", "ahead of the ": an event named only to say when something else happened.
_TIME_RELATION_BEFORE_RE = re.compile(r"\b(?:after|before|following|ahead\s+of|prior\s+to)\s+(?:the|this|that)\s+$", re.I)


#: "the 2022 edition of", "the previous edition of": an earlier occasion of the event named next.
_EARLIER_EDITION_BEFORE_RE = re.compile(
    r"\b(?:(?:19|20)\d\d\s+(?:edition|session|round)|(?:last|previous|earlier)\s+(?:edition|session|round))\s+of\s+$", re.I)


def _referred_meeting(
    sent_text: str, meetings: list[Meeting], sent_texts: list[str], folded: str | None = None
) -> tuple[Meeting | None, int]:
    """The held meeting an event reference in ``sent_text`` points back to, and where the reference starts.

    "During the forum, ...", "X also attended the summit": the last meeting
    held (not announced) whose own sentence named that kind of event
    ("... at the Acme Business Forum in <city>").  ``(None, -1)``
    when the sentence refers to no event, or to one no meeting so far names. ``folded`` is ``sent_text`` in lower
    case where it is ASCII (see :func:`_may_hold`): the references are then found by the case-sensitive pattern,
    at the same offsets, and their nouns read in lower case as they are below.
    """
    for ref in _DEFINITE_EVENT_RE.finditer(sent_text) if folded is None else _DEFINITE_EVENT_FOLDED_RE.finditer(folded):
        if _TIME_RELATION_BEFORE_RE.search(sent_text, 0, ref.start()):
            continue  # "After the ceremony, X held a meeting with Y": another meeting, told by its time
        if _EARLIER_EDITION_BEFORE_RE.search(sent_text, max(0, ref.start() - 40), ref.start()):
            continue  # "MoUs signed at the 2022 edition of the conclave": an earlier occasion of that kind
        noun_re = _noun_re(ref.group(1).lower())
        for m in reversed(meetings):
            if not m.planned and noun_re.search(sent_texts[m.sentence]):
                return m, ref.start()
    return None, -1


def _coordinated_subject(verb) -> bool:
    """ "Doe and Acme president Jo Roe discussed ...", parsed with "Doe" inside the subject's phrase.

    True when the verb's subject phrase, before the verb, joins two proper
    nouns with "and"; whether they are two parties or one name ("Ministry of
    Trade and Energy") is left to the entities (see :func:`_only_one_side`).
    """
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
    if len(subjects) >= 2 and any(t.lower_ in ("and", "&") for s in subjects for t in s.subtree):
        return True  # "Santos and Acme president Jo Roe discussed": parsed as two subjects
    return any(
        t.dep_ == "conj" and t.pos_ == "PROPN" and t.head.pos_ == "PROPN"
        and any(g.dep_ == "cc" and g.lower_ in ("and", "&") for g in t.head.children)
        for c in subjects for t in c.subtree
    )


_PRESENTING_VERBS = frozenset("present presented presents spoke speaks speak address addressed addresses showcase showcased "
                              "showcases outline outlined outlines pitch pitched pitches brief briefed briefs highlighted "
                              "inaugurated moderated chaired".split())


def _agency_tags(record: DocumentRecord, text: str) -> set[str]:
    """News agencies credited in a dateline, "Patna, Aug 12 (PTI)": they report the story, they meet nobody."""
    return {
        e.key for e in record.entities
        if e.type == "organisation" and e.mentions and all(
            _NUMBER_BRACKET_BEFORE_RE.search(text[max(0, m.start - 8) : m.start]) and text[m.end : m.end + 1] == ")" for m in e.mentions
        )
    }


_COUNTS = {"three": 3, "four": 4, "five": 5}
_ATTENDED_SEVERAL_RE = re.compile(
    r"\b(?:attended|joined|took\s+part\s+in|participated\s+in|was\s+present\s+at|were\s+present\s+at)\s+"
    r"(?P<which>both|all\s+(?:three|four|five)|all(?:\s+the)?|each\s+of\s+the|the\s+two)\s+(?:\w+\s+)?"
    r"(?:meetings|sessions|rounds|discussions|events)\b", re.I)
#: Words one of which every match of :data:`_ATTENDED_SEVERAL_RE` holds (see :func:`_may_hold`).
_SEVERAL_WORDS = ("meetings", "sessions", "rounds", "discussions", "events")


#: "made presentations", "gave a presentation": speakers at the meeting just told, event or not.
_MADE_PRESENTATIONS_RE = re.compile(r"\b(?:made|gave)\s+(?:a\s+)?presentations?\b", re.I)
_PRESENTING_RE = re.compile(r"\b(?:" + "|".join(sorted(_PRESENTING_VERBS)) + r"|made|gave|delivered)\b", re.I)


def _event_presenters(sent: "Span", mentioned: list[tuple[int, Entity]], current: Meeting | None, i: int,
                      sents: list["Span"], since: int | None = None) -> list[str]:
    """ "An investors' roundtable ... drew 60 firms. Shri X presented the state's policy.": X spoke at the event.

    The people who are the subject of a presenting verb (presented, spoke,
    addressed, briefed, showcased ...) within two sentences after a held
    multi-party event (roundtable, conference, seminar, forum ...).
    """
    since = i - current.sentence if since is None and current is not None else since
    if current is None or current.planned or not 0 < since <= 3:
        return []
    sent_text = _doc_text(sent.doc)[sent.start_char : sent.end_char]
    # "A and B made presentations on ..." a few sentences after a meeting (its members told in between): at the meeting
    presentations = _MADE_PRESENTATIONS_RE.search(sent_text) is not None
    first = sents[current.sentence]
    if since == 3 and not presentations or not presentations and not _names_event(
            _doc_text(sent.doc)[first.start_char : first.end_char]):
        return []
    if not _PRESENTING_RE.search(sent_text) or PLANNED_RE.search(sent_text):
        return []  # most sentences name no presenting verb: their tokens need not be visited
    found: list[str] = []
    for verb in sent:
        presenting = verb.pos_ == "VERB" and (
            verb.lower_ in _PRESENTING_VERBS or verb.lower_ in ("made", "gave", "delivered") and any(
                c.dep_ == "dobj" and c.lower_ in ("presentation", "presentations", "address", "speech", "remarks")
                for c in verb.children))
        if not presenting or any(t.dep_ == "neg" for t in verb.children):
            continue
        if verb.dep_ == "ROOT" and not found:
            if verb.lower_ in ("moderated", "chaired") and re.search(r"\b(?:in|at|during)\s+which\b|\bwhere\b", sent_text):
                # "X moderated a panel on ..., in which A and B spoke": the moderator and the panellists
                return list(dict.fromkeys(e.key for pos, e in mentioned if e.type == "person"))
            # the people named before the verb: its subject, or the whole run when the parser split the sentence ("Smt.")
            found += [e.key for pos, e in mentioned if e.type == "person" and pos < verb.idx]
            if presentations and verb.lower_ in ("made", "gave"):
                # "A, CEO, X a.s., and B, Y s.r.o., made presentations to officers of Z": their companies and the audience
                found += [e.key for pos, e in mentioned if e.type == "organisation"]
        elif verb.dep_ == "conj" and verb.head.dep_ == "ROOT":
            # "A presented the policy, and Ms. B made a presentation on land": the second clause's subject spoke too
            for subj in (c for c in verb.children if c.dep_ == "nsubj"):
                a, b = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge)
                found += [e.key for pos, e in mentioned if e.type == "person" and a <= pos < b]
    return list(dict.fromkeys(found))


def _lost_joint_subject(verb) -> bool:
    """ "At the first meeting, X and Y discussed ...", parsed with no subject: two names joined by "and" before the verb."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    return any(
        t.dep_ == "conj" and t.pos_ == "PROPN" and t.head.pos_ == "PROPN" and t.i < verb.i and t.head.i < verb.i
        and any(c.dep_ == "cc" for c in t.head.children)
        for t in verb.sent
    )


def _only_one_side(trigger, mentioned: list[tuple[int, Entity]], keys: list[str]) -> bool:
    """ "X, Chairman of Y, visited Kochi": everyone named is the subject and its apposition, no other side.

    True when every participant is named inside the subject of the trigger's
    clause and that subject is one party (no "and" joining two parties).
    """
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else next(
        (h for h in [trigger.head, trigger.head.head] if h.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subj) != 1 or any(c.dep_ == "conj" for c in subj[0].children):
        return False
    a, b = subj[0].left_edge.idx, subj[0].right_edge.idx + len(subj[0].right_edge)
    if a <= trigger.idx < b:
        return False  # "a meeting between X and Y was held": the subject is the meeting itself
    inside = {e.key for pos, e in mentioned if a <= pos < b}
    spans = [(m.start, m.end) for pos, e in mentioned if a <= pos < b for m in e.mentions if m.start == pos]
    joined = any(
        t.lower_ in ("and", "&") and not any(s0 <= t.idx < e0 for s0, e0 in spans)
        and any(e0 <= t.idx for s0, e0 in spans) and any(s0 > t.idx for s0, e0 in spans)
        for t in subj[0].subtree
    )
    if joined:
        return False  # "X and state miner Y signed ...": two parties in the subject
    return bool(inside) and all(k in inside for k in keys)


#: After an event noun: "(on Ports and Logistics) was co-hosted with": the event's hosts follow.
_HOSTED_WITH_RE = re.compile(
    r"[^.;]{0,100}?\b(?:was|were)\s+(?:jointly\s+)?(?:co-?)?(?:hosted|organi[sz]ed|held|convened)\s+(?:jointly\s+)?with\b", re.I)
#: Events that are opened or inaugurated: "The festival / summit / expo was opened by A and B".
_OPENED_EVENTS = frozenset(
    "festival summit conference conclave expo exhibition fair show seminar forum roadshow session symposium convention "
    "meet week".split())
#: Multi-party events whose attendees a later sentence may list.
_EVENT_NOUNS = frozenset(
    "conference conferences roundtable roundtables summit forum seminar symposium workshop roadshow webinar "
    "session reception meet conclave convention expo consultation".split()
)
#: An event noun right after a name: "the Acme Rising conclave" names an event, not a participant.
_EVENT_AFTER_RE = re.compile(r"\s+(?:conclave|summit|conference|expo|forum|meet|roundtable|seminar|convention|festival)\b", re.I)
#: Meeting nouns that, "organised / hosted by" someone, name a meeting that took place ("an interaction organised by X").
_HELD_MEETING_NOUNS = frozenset("interaction interactions meeting meetings session sessions dialogue discussion discussions talks".split())
_BARE_DOCUMENT_NOUNS = frozenset("mou mous memorandum memoranda agreement agreements".split())


#: "X received a courtesy call / a visit from Y": the host's side of a call.
_RECEIVED_VISIT_NOUNS = frozenset("call calls visit visits".split())


def _trigger_candidates(sent: "Span", lowers: list[str] | None) -> Iterator["Token"]:
    """The tokens of ``sent`` whose lower-case form could trigger a meeting (all others never do)."""
    if lowers is None:
        yield from (tok for tok in sent if tok.lower_ in _TRIGGER_WORDS)
        return
    doc = sent.doc
    for i in range(sent.start, sent.end):
        if lowers[i] in _TRIGGER_WORDS:
            yield doc[i]


def _opens_with_met(sent: "Span", tok: "Token") -> bool:
    """Whether ``tok`` is a note's opening "Met" before a titled name ("Met Mr. Jo Roe, Chairman of X"), which the
    tagger reads as part of the name."""
    doc = sent.doc
    return (
        tok.text in ("Met", "Meets") and tok.i + 1 < sent.end and doc[tok.i + 1].text in HONORIFICS
        and all(not t.is_alpha for t in doc[sent.start : tok.i])
    )


def _not_part_of(tok: "Token") -> bool:
    """Whether ``tok`` is negated, itself or through the words that govern it ("was not part of the talks")."""
    node = tok
    for _ in range(4):
        if any(c.dep_ == "neg" for c in node.children):
            return True
        if node.head is node or node.dep_ not in ("pobj", "prep", "dobj", "attr", "acomp", "xcomp"):
            return False
        node = node.head
    return False


def _meeting_trigger(sent: "Span", lowers: list[str] | None = None):
    """The token that makes ``sent`` describe a meeting, or ``None``.

    ``lowers`` (every token's ``lower_`` in the document, optional) lets the
    tokens that cannot be a trigger be skipped without building them.  An
    event named only to tell when ("After the ceremony, X held a meeting with
    Y") is the trigger only when nothing else in the sentence is.
    """
    deferred = []
    found = _first_trigger(sent, lowers, deferred)
    return found if found is not None or not deferred else _first_trigger(sent, lowers, None)


def _first_trigger(sent: "Span", lowers: list[str] | None, deferred: list | None):
    """:func:`_meeting_trigger`'s search; with ``deferred`` a list, events after "after the" are set aside in it."""
    for tok in _trigger_candidates(sent, lowers):
        low = tok.lower_
        if _not_part_of(tok):
            continue  # "X, who was not part of the talks, said ...", "Y did not attend the meeting"
        if low == "presence" and tok.head.lower_ == "in" and any(c.lower_ == "of" for c in tok.children):
            return tok  # "X inaugurated the office in the presence of Y": both were at the event
        if low in ("accompanied", "joined") and any(c.dep_ == "agent" for c in tok.children):
            return tok  # "The Minister was accompanied / joined by X and Y": they travelled and met together
        if low in _OPENING_VERBS:
            if any(c.dep_ == "agent" for c in tok.children) and any(
                    c.dep_ == "nsubjpass" and c.lower_ in _OPENED_EVENTS for c in tok.children):
                return tok  # "The festival, organised by X, was opened by A and B": A and B opened it together
            continue
        if low in _EVENT_NOUNS and tok.dep_ in ("nsubjpass", "nsubj") and _HOSTED_WITH_RE.match(
            _doc_text(tok.doc), tok.idx + len(tok.text), min(sent.end_char, tok.idx + 160)
        ):
            return tok  # "a CEO roundtable (on X) was co-hosted with Y and Z": the event, its hosts and the visitors
        if low in _COMPANY_VERBS:
            if tok.pos_ == "VERB" and (low.startswith("spen") or any(c.lower_ == "down" for c in tok.children)) and any(
                c.lower_ == "with" and c.dep_ == "prep" and any(g.pos_ == "PROPN" or g.lower_ in _PARTY_NOUNS for g in c.subtree)
                for c in tok.children
            ):
                return tok  # "the visitors spent an hour with Chief Minister X", "sat down with Y"
            continue
        if low in MEETING_VERBS and tok.pos_ in ("VERB", "AUX") or (low == "met" or low == "meets" and tok.dep_ not in ("dobj", "pobj", "compound")) and tok.pos_ != "PROPN" or (
            _opens_with_met(sent, tok)
        ):
            if low in ("call", "called", "calls", "calling") and not any(c.lower_ == "on" for c in tok.children):
                continue
            if tok.dep_ == "pcomp" and tok.lower_.endswith("ing") and tok.head.lower_ in ("in", "of", "for", "about") and not (
                tok.head.lower_ == "for" and tok.head.head.lower_ in _THANKING_VERBS
            ):  # "thanked the Minister for visiting X" tells a visit that took place
                continue  # "sought the Ambassador's help in meeting Polish firms", "keen on visiting X": a wish, not a meeting
            if low in ("meet", "meets", "met", "meeting") and any(
                c.dep_ == "dobj" and c.lower_ in _SATISFIED_NOUNS for c in tok.children
            ):
                continue  # "rebuilt its cold chain to meet it", "to meet the demand": to satisfy, not to meet someone
            if low.startswith(("welcom", "receiv", "host", "brief", "greet", "felicit")) and not any(
                c.dep_ in ("dobj", "nsubjpass") and (c.pos_ == "PROPN" or c.lower_ in _PARTY_NOUNS) for c in tok.children
            ) and not (low.startswith("receiv") and any(c.dep_ == "dobj" and c.lower_ in _RECEIVED_VISIT_NOUNS for c in tok.children)):
                continue  # "welcomed the agreement" is not a meeting; "welcomed the delegation" is
            if low.startswith(("brief", "greet", "felicit")) and not any(
                c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "PROPN" for c in tok.children
            ):
                continue  # "briefed the visitors on ..." during a meeting already described adds no new one
            if low in ("sign", "signed", "signs", "signing", "discuss", "discussed", "discussing", "discusses", "engage", "engaged",
                       "exchange", "exchanged", "review", "reviewed", "reviews", "reviewing", "agree", "agreed", "agrees") and not any(
                c.lower_ in ("with", "by", "between") for c in tok.children
            ) and not (low.startswith(("sign", "discuss", "exchang", "agree")) and any(c.dep_ == "nsubj" and any(g.dep_ == "conj" for g in c.children) for c in tok.children)
            ) and not (low.startswith("discuss") and _lost_joint_subject(tok)) and not (
                low.startswith("review") and any(  # "reviewed the progress of X with Minister Y": however "with" attaches
                    t.lower_ == "with" and t.i > tok.i and any(g.pos_ == "PROPN" for g in t.subtree) for t in tok.sent)
            ) and not (
                low.startswith(("sign", "discuss", "exchang", "agree")) and (_coordinated_subject(tok) or _two_party_subject(tok))
            ) and not (  # "was signed in X on 3 May between A and B": the parser hangs "between" on the date
                low.startswith(("sign", "exchang")) and any(
                    t.lower_ == "between" and t.i > tok.i and any(c.dep_ == "pobj" and any(g.dep_ == "conj" for g in c.children)
                                                                  for c in t.children) for t in tok.subtree)
            ):
                continue  # "X signed an MoU" alone is no meeting; "X and Y signed / discussed", "signed with Y" are
            return tok
        if low in MEETING_NOUNS and tok.pos_ in ("NOUN", "PROPN", "ADJ"):
            if deferred is not None and tok.dep_ == "pobj" and (tok.head.lower_ in ("after", "before", "following", "since", "until") or (
                    tok.head.lower_, tok.head.head.lower_) in (("to", "prior"), ("of", "ahead"))):  # "Prior to the roundtable, ..."
                deferred.append(tok)
                continue  # "After the ceremony, X held a meeting with Y": the event tells when, the meeting comes next
            if low in ("visit", "visits", "trip", "tour") and any(
                c.lower_ == "to" and any(g.ent_type_ in ("GPE", "LOC", "FAC") for g in c.children) for c in tok.children
            ):
                continue  # "X's visit to Kerala" is a trip, not a meeting with whoever else the sentence names
            if any(c.lower_ in ("with", "between", "among", "to") and c.dep_ == "prep" for c in tok.children):
                return tok
            if any(v.lower_ in ("followed", "ensued") and any(c.lower_ in ("with", "between") and c.dep_ == "prep" for c in v.children)
                   for v in ([tok.head] if tok.dep_ == "nsubj" else []) + [c for c in tok.children if c.dep_ == "acl"]):
                return tok  # "A bilateral meeting followed with X": the parser hangs "with X" on the verb
            if low in ("call", "visit", "visits") and any(c.lower_ == "on" and c.dep_ == "prep" for c in tok.children):
                return tok  # "a courtesy call on X"
            if (low in _EVENT_NOUNS or low in _HELD_MEETING_NOUNS) and any(
                c.dep_ == "acl" and c.lower_ in ("organised", "organized", "hosted", "held", "convened", "arranged", "co-hosted")
                for c in tok.children
            ):
                return tok  # "An investors' roundtable organised by X drew 60 firms": an event took place
            if tok.head.lower_ in ("at", "during") and any(c.lower_ in ("a", "an") for c in tok.subtree if c.i < tok.i):
                return tok  # "X and Y discussed ... at a meeting in Kochi": the sentence describes the event
            head = tok.head
            for _ in range(3):
                if head.lower_ in LIGHT_VERBS or head.lemma_.lower() in LIGHT_VERBS or (
                    head.lower_ in ("took", "take", "takes", "taking") and any(c.lower_ == "part" for c in head.children)
                ):  # "took part in an investors' meet"
                    if head.dep_ == "acl" and head.head.pos_ == "NOUN" and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
                        break  # "its efforts to organise buyer-seller meets": an aim, not an event
                    if low in _BARE_DOCUMENT_NOUNS and head.lemma_.lower() == "have":
                        break  # "X and Y have had a cooperation agreement since 2019": a standing agreement, no meeting
                    if low in _BARE_DOCUMENT_NOUNS and head.lower_.startswith("sign") and not any(
                        c.lower_ in ("with", "by", "between") for c in head.children
                    ) and not any(t.lower_ in ("with", "between") and t.dep_ == "prep" for t in tok.subtree) and not any(c.dep_ == "nsubj" and any(g.dep_ == "conj" for g in c.children) for c in head.children):
                        break  # "X signed an agreement to acquire Y": one party signing is no meeting
                    return tok
                if head.head is head:
                    break
                head = head.head
    return None




#: A photo caption's label: "PHOTO:", "Photo caption:", "PIC 2:", "(Photo: ...", "Caption -".
_CAPTION_RE = re.compile(r"^\W*(?:photo(?:\s*caption)?|caption|pic(?:ture)?|image)\s*(?:\d{1,2}|\(\d{1,2}\))?\s*[:|\u2013\u2014-]", re.I)
#: "Captions:" alone on its line, over one caption per line.
_CAPTIONS_HEAD_RE = re.compile(r"^\W*(?:photo\s+)?captions?\s*:?\s*$", re.I)


def _caption_sentences(text: str, sents: list["Span"], sent_texts: list[str]) -> list[int]:
    """The sentences that caption a photo: a labelled line ("PHOTO: ...", "PIC 3: ..."), or each line under "Captions:"."""
    out: list[int] = []
    block = False
    label_end = 0  # where the last sentence's caption label ended
    for i, t in enumerate(sent_texts):
        if _CAPTIONS_HEAD_RE.match(t):
            block = True
            continue
        start = sents[i].start_char
        at_line = not text[text.rfind("\n", 0, start) + 1 : start].strip()  # only blanks before it on its line
        if block and not at_line:
            block = False
        label = _CAPTION_RE.match(t)
        if label is not None or block or out and out[-1] == i - 1 and not sent_texts[i - 1][label_end:].strip():
            out.append(i)  # "PHOTO:" cut off as a sentence of its own: the caption is the next one
        label_end = label.end() if label is not None else 0
    return out


@lru_cache(maxsize=256)
def _title_pattern(title: str) -> "re.Pattern[str]":
    """Where a sentence names the holder of ``title`` by the title alone.

    "the Minister", "the Vice-Minister" (for "vice minister"), and a list item that opens with the bare title
    ("- Ambassador called on X"), but not "Ambassador SATO ...", which names someone of its own.
    """
    words = re.escape(title).replace(r"\ ", r"[\s-]+")
    return re.compile(
        r"(?:\bthe\s+(?:hon['\u2019]?ble\s+|honou?rable\s+)?(?:" + words + r")"  # "the Hon'ble Minister"
        r"|^[^\w\n]*(?:" + words + r")(?!\s+(?-i:[A-Z]|Mr\.?|Ms\.?|Dr\.?|Shri|Smt)))"
        r"\b(?!\s+(?:of|to|at|for)\b)", re.I)


def _title_first_word(title: str) -> str:
    """The first word of ``title`` in lower case, which every match of :func:`_title_pattern` holds (see :func:`_may_hold`);
    "" (found in any text) for a title that is not ASCII."""
    return title.split(" ", 1)[0].lower() if title.isascii() else ""


def _may_hold(folded: str | None, words: tuple[str, ...]) -> bool:
    """Whether a sentence may match a case-insensitive pattern every match of which holds one of ``words`` (lower case).

    A test of substrings before the pattern's search, which scans every position of the sentence. ``folded`` is the
    sentence in lower case where it is ASCII (there ``str.lower`` folds case exactly as ``re.I`` does), else None:
    elsewhere ``re.I`` folds more ("\u017f" is an "s") and only the pattern can tell.
    """
    return folded is None or any(w in folded for w in words)


def detect_meetings(doc: "Doc", record: DocumentRecord, header: dict) -> list[Meeting]:
    """Meetings, one per trigger sentence, with participants resolved through the document.

    A sentence with a meeting trigger (see :func:`_meeting_trigger`) starts a
    meeting of the people and organisations it names, plus

    * the delegation's members and organisations when it says "the delegation",
      "the team", "the ministers" or "they" (members are the people and bodies
      named after "delegation ... led by / comprising / included", and the
      subject of "X led a delegation");
    * the person "he"/"she" refers to (the last subject), the one holder of a
      title in "the Minister" / "the CEO" (titles written next to a name count),
      the last company for "the company", the organisations of the last
      meeting for "both companies", and the main people of the previous
      meeting for "the two Ministers" / "both sides";
    * the host side of the previous meeting when the sentence names only the
      other side ("the meeting with X explored ...").

    A sentence that continues the previous meeting ("The meeting was
    attended by ...", "Participants included ...", "The MoU was signed by
    ...", "X was accompanied by Y", "... took part") adds its people and
    organisations to it, unless it is negated.  A sentence whose participants
    are all one party (a subject and its apposition), an organisation that is
    a title run into a name, and the event named by the trigger itself are
    not meetings or participants.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed document (the text the NER pass read).
    record : DocumentRecord
        The document's record with entities, mentions, sentences and dateline
        places already set.
    header : dict
        The header read from the document (title, date, dateline); unused by
        the rules today, accepted so the detector can replace
        ``Extractor._meetings`` one for one.

    Returns
    -------
    list of Meeting
        Meetings with two or more participants, in document order.
    """
    by_sentence: dict[int, list[tuple[int, Entity]]] = defaultdict(list)
    doc_text = _doc_text(doc)  # Doc.text joins every token: read it once per Doc
    # bodies that are a title run into a name, and news agencies credited in the dateline, take part in nothing
    not_parties = _title_organisations(record, doc_text) | _agency_tags(record, doc_text)
    for ent in record.entities:
        if ent.type in ("person", "organisation") and ent.key not in not_parties:
            for m in ent.mentions:
                if ent.type == "organisation" and _TOLD_BEFORE_RE.search(doc_text, max(0, m.start - 12), m.start):
                    continue  # "X told Business Daily that ...": the paper that reports, not a party
                by_sentence[m.sentence].append((m.start, ent))
    for items in by_sentence.values():
        items.sort(key=lambda x: x[0])
    sents = _sentences(doc)
    lowers = _token_lowers(doc)
    triggers = [_meeting_trigger(sent, lowers) for sent in sents]
    sent_texts = [doc_text[sent.start_char : sent.end_char] for sent in sents]
    folded = [t.lower() if t.isascii() else None for t in sent_texts]  # see _may_hold
    called_off = [_may_hold(folded[j], _CALLED_OFF_WORDS) and bool(_CALLED_OFF_RE.search(t)) for j, t in enumerate(sent_texts)]
    planned_cache: list[bool | None] = [None] * len(sents)

    def planned_at(j: int) -> bool:
        """Whether sentence ``j`` tells of something still to come (PLANNED_RE, searched once per sentence)."""
        hit = planned_cache[j]
        if hit is None:
            hit = planned_cache[j] = (
                PLANNED_RE.search(sent_texts[j]) if folded[j] is None else _PLANNED_FOLDED_RE.search(folded[j])
            ) is not None
        return hit

    event_cache: list[bool | None] = [None] * len(sents)

    def titled_in(j: int) -> Iterator[tuple[str, "re.Match[str]"]]:
        """The people sentence ``j`` names by a title they alone hold ("the Chief Minister"), with where it is written."""
        for title, person in by_title.items():
            # the title's first word not in the sentence: its pattern cannot match
            if _may_hold(folded[j], (title_first[title],)) and (m := title_res[title].search(sent_texts[j])):
                yield person, m

    def names_event_at(j: int) -> bool:
        """Whether sentence ``j`` names an event (_EVENT_NOUN_RE, searched once per sentence: the rules below ask
        again of the sentence that opened the meeting for each sentence that follows it)."""
        hit = event_cache[j]
        if hit is None:
            hit = event_cache[j] = (
                _EVENT_NOUN_RE.search(sent_texts[j]) if folded[j] is None else _EVENT_NOUN_FOLDED_RE.search(folded[j])
            ) is not None
        return hit

    numbered = [_NUMBERED_ENGAGEMENT_RE.match(t) is not None for t in sent_texts]
    itinerary = [_SUBJECTLESS_ENGAGEMENT_RE.match(t) is not None or numbered[j]
                 or t.count("|") >= 2 and any(
        _SUBJECTLESS_ENGAGEMENT_RE.match(cell) for cell in t.split("|")) for j, t in enumerate(sent_texts)]  # a table row's engagement cell
    for i, sent in enumerate(sents):
        if called_off[i]:
            triggers[i] = None  # "Meeting with X - CANCELLED owing to heavy rain": no meeting
            continue
        if triggers[i] is None and itinerary[i]:
            # "Tokyo, 17 July: Briefing at the Ministry by Ms. X": an itinerary line is an engagement, whatever its noun
            triggers[i] = next((t for t in sent if t.lower_ in _ENGAGEMENT_NOUNS), None) or next(
                (t for t in sent if t.is_alpha), None)  # "One-to-one: X Inc.": the line itself names the engagement
    for i in _caption_sentences(doc_text, sents, sent_texts):
        people = [e for _, e in by_sentence.get(i, [])]
        if triggers[i] is None and people:
            # "PHOTO: The Chief Minister with Mr. X, President, Y Co.": who the picture shows together met
            with_ = next((t for t in sents[i] if t.lower_ == "with"), None)
            if with_ is not None or len({e.key for e in people}) >= 2 and any(e.type == "person" for e in people):
                triggers[i] = with_ or next((t for t in sents[i] if t.is_alpha), None)
    # "the group" is the travelling party in a story of a counted group ("the six-member group"), or of a delegation
    # where no body's name ends in "Group" ("A delegation from X stayed ... The group was led by Y")
    member_group = "group" in lowers and any(_member_group(doc[j]) for j, w in enumerate(lowers) if w == "group")
    party_group = "group" in lowers and not member_group and any(w in GROUP_WORDS for w in lowers) and not any(
        e.type == "organisation" and e.name.rsplit(" ", 1)[-1].lower() == "group" for e in record.entities)
    groups = _delegation_groups(sents, by_sentence, triggers, lowers, the_group=member_group or party_group)
    host_items: set[int] = set()
    bodies_by_head: dict[str, list[str]] = defaultdict(list)  # "Chamber" -> the bodies whose names have the word
    for e in record.entities:
        if e.type == "organisation":
            for w in set(e.name.split()) & _BODY_HEADS:
                bodies_by_head[w].append(e.key)
    author = _post_author(record, doc_text)
    # "- Acme Co., Ltd.: Managing Director X guided the delegation through the line": a list item telling how a host
    # showed the travelling group round, briefed or received it, is the group's engagement with that host
    for i, sent in enumerate(sents):
        if triggers[i] is None and i in by_sentence and _is_list_item(doc_text, sent.start_char):
            hit = _ADDRESSED_GROUP_RE.search(sent_texts[i]) or (
                _ADDRESSED_THE_GROUP_RE.search(sent_texts[i]) if member_group or party_group else None)
            if hit is not None:
                triggers[i] = next((t for t in sent if t.idx >= sent.start_char + hit.start()), None)
                host_items.add(i)
    everyone = [k for _, members in groups for k in members]
    by_title = _title_index(record, doc_text, prefer=everyone)
    # "the Minister": one pattern per title, compiled once per document rather than once per sentence
    # "the Vice-Minister" for the title "vice minister"; "- Ambassador called on X": a list item that opens with the bare
    # title (not "Ambassador SATO ...", a name of its own)
    title_res = {title: _title_pattern(title) for title in by_title}
    title_first = {title: _title_first_word(title) for title in by_title}
    default_place = record.dateline_places[0] if record.dateline_places else ""
    meetings: list[Meeting] = []
    current: Meeting | None = None
    home: list[str] = []
    held_home: list[str] = []  # the side of the last meeting that took place
    principals: list[str] = []
    last_person = ""
    last_org = ""
    subjects = [""] * len(sents)
    subject_orgs = [""] * len(sents)
    for i, sent in enumerate(sents):
        subjects[i] = _subject_person(sent, by_sentence.get(i, []), by_title, subjects[i - 1] if i else "")
        subject_orgs[i] = _subject_organisation(sent, by_sentence.get(i, []))
    # "the company": the last body named so far whose name is a company's (a legal form or a company word)
    company_keys = {e.key for e in record.entities if e.type == "organisation" and (
        LEGAL_SUFFIXES.search(e.name) is not None or looks_like_company(e.name) and _PUBLIC_BODY_WORD_RE.search(e.name) is None)}
    # "Acme Co., Ltd. (the "Company")", or the first company a notice names: what "the Company" means throughout
    issuer = next((e.key for e in sorted(record.entities, key=lambda e: min((m.start for m in e.mentions), default=0))
                   if e.key in company_keys), "") if "the Company" in doc_text or "The Company" in doc_text else ""
    last_company = [""] * len(sents)
    for i in range(1, len(sents)):
        named = [e.key for _, e in by_sentence.get(i - 1, []) if e.key in company_keys]
        last_company[i] = named[-1] if named else last_company[i - 1]
    group_meetings: set[int] = set()
    touched: dict[int, int] = {}  # id(meeting) -> the last sentence that told of it
    listing_for: Meeting | None = None  # the meeting whose attendees the list items being read name
    listed_at = -1  # the last sentence read as (part of) such a list item
    list_head: Meeting | None = None  # "The MoUs signed today were:", "held meetings with:": each item after it is one
    item_at = -1  # the last sentence read as (part of) such a list item
    list_meetings: list[Meeting] = []  # the signings (or meetings) the last such list told, one per item
    items_grouped = False  # whether the list's head said the group met
    items_into: Meeting | None = None  # the meeting the listed signings were part of ("During the meeting, ...:")
    # a brief's items, each under a place in capitals on a line of its own ("CHENNAI"): a group told in one item is
    # not "the team" of the next
    story_at: list[int] = []
    for j, t in enumerate(sent_texts):
        story_at.append(j if _ITEM_DATELINE_RE.match(t) and load_gazetteer().lookup(t.strip().title()) is not None
                        else (story_at[-1] if story_at else 0))
    for i, sent in enumerate(sents):
        sent_text = sent_texts[i]  # Span.text joins its tokens on every access
        trigger = triggers[i]
        delegation = _group_at([g for g in groups if g[0] >= story_at[i]] if story_at[i] else groups, i)
        last_subject = next((subjects[j] for j in range(i - 1, max(-1, i - 4), -1) if subjects[j]), "")
        last_subject_org = next((subject_orgs[j] for j in range(i - 1, max(-1, i - 3), -1) if subject_orgs[j]), "")
        mentioned = by_sentence.get(i, [])
        if called_off[i]:
            last_person, last_org = _last_of(mentioned, last_person, last_org)
            continue
        if list_head is not None and (_is_list_item(doc_text, sent.start_char) or not mentioned and len(sent_text.strip()) <= 4):
            own = [k for k in dict.fromkeys(e.key for _, e in mentioned) if k not in list_head.participants]
            if own and items_into is not None:  # "During the meeting, the following MoUs were exchanged:": at that meeting
                _add_participants(items_into, own)
                touched[id(items_into)] = i
            elif own:  # one item, one signing (or meeting): the head's people, and the item's parties and signatories
                current = Meeting(participants=list_head.participants + own, sentence=i, date=list_head.date,
                                  place=list_head.place, trigger=list_head.trigger, planned=list_head.planned)
                meetings.append(current)
                list_meetings.append(current)
                touched[id(current)] = i
                if items_grouped:
                    group_meetings.add(id(current))
            item_at = i
            last_person, last_org = _last_of(mentioned, last_person, last_org)
            continue
        if list_head is not None and item_at == i - 1 and not _line_break_between(doc_text, sents[i - 1], sent):
            # "1. X GmbH - with Mr. A, CEO. Mr. A said ...": the item's next sentence tells of the same meeting
            if items_into is not None:
                _add_participants(items_into, (e.key for _, e in mentioned))
            elif current is not None and current.sentence == item_at:
                _add_participants(current, (e.key for _, e in mentioned))
            item_at = i
            last_person, last_org = _last_of(mentioned, last_person, last_org)
            continue
        list_head, items_into = None, None
        since_current = i - touched.get(id(current), current.sentence) if current is not None and not current.planned else None
        if since_current is not None and mentioned and (
            # "X called on Y. Consul General Z accompanied the Minister.": Z was at that call too
            since_current <= 1 and _may_hold(folded[i], ("accompanied",)) and _ACCOMPANIED_THE_RE.match(sent_text)
            # "X hosted Y at the site. Along with A and B, we walked the site": A and B were there too
            or since_current <= 2 and trigger is None and _ALONG_WITH_START_RE.match(sent_text) is not None
            # "... hosted an interaction with X. A, Chairman of B, and C spoke on ...": the speakers were at the event
            or trigger is None and since_current <= 2 and any(e.type == "person" for _, e in mentioned)
            and _SPOKE_RE.search(sent_text) is not None and _EVENT_OR_INTERACTION_RE.search(sent_texts[current.sentence]) is not None
            and not _line_break_between(doc_text, sents[touched.get(id(current), current.sentence)], sent)
            # "Inaugurating the meet, Minister X said ...", "Y also addressed the buyers": speakers at the event just told
            or trigger is None and since_current <= 3 and any(e.type == "person" for _, e in mentioned)
            and _ADDRESSED_EVENT_RE.search(sent_text) is not None and _EVENT_REFERENCE_RE.search(sent_text) is None  # ("the roundtable": found by name)
            and any(names_event_at(j) for j in range(max(0, current.sentence - 1), i))
            # "The conclave was organised by X. ... Acme Inc. was represented by Y": who came to the event just told
            or trigger is None and since_current <= 4 and _CAME_FOR_RE.search(sent_text) is not None
            and names_event_at(current.sentence) and not planned_at(i)
        ):
            _add_participants(current, (e.key for _, e in mentioned))
            touched[id(current)] = i
            last_person, last_org = _last_of(mentioned, last_person, last_org)
            continue
        if list_meetings and i - item_at <= 2 and mentioned and _THE_SIGNINGS_RE.match(sent_text):
            # "| 1 | A | B |" ... then "The MoUs were exchanged in the presence of X and Y": X and Y witnessed each signing
            for m in list_meetings:
                _add_participants(m, (e.key for _, e in mentioned))
            last_person, last_org = _last_of(mentioned, last_person, last_org)
            continue
        if sent_text.rstrip().endswith(":") and _SIGNINGS_HEAD_RE.search(sent_text):
            list_meetings = []
            items_into = current if since_current is not None and since_current <= 4 and _DURING_THE_MEETING_RE.match(sent_text) else None
            # "The following MoUs were exchanged in the presence of A and B:": A and B witnessed every signing
            items_grouped = False
            witnesses = [person for person, _ in titled_in(i)]  # "in the presence of the Chief Minister": by title
            if not mentioned and not witnesses:
                # "14 MoUs were exchanged in the presence of the CM ... signed by A and B. MoUs with investors:": the
                # ceremony just told, its witnesses and signatories, is where each listed MoU was signed
                witnesses = [k for m in meetings if i - m.sentence <= 3 and not m.planned and m.trigger.lower().startswith(_SIGNING_STEMS)
                             for k in m.participants]
                witnesses += [e.key for j in range(max(0, i - 3), i) if triggers[j] is not None and not planned_at(j)
                              and triggers[j].lower_.startswith(_SIGNING_STEMS) for _, e in by_sentence.get(j, [])]
            list_head = Meeting(list(dict.fromkeys([*(e.key for _, e in mentioned), *witnesses])), i,
                                date=find_date(sent_text) or record.date,
                               place=current.place if current is not None else "",
                               trigger="signed", planned=planned_at(i))
            item_at = i
            last_person, last_org = _last_of(mentioned, last_person, last_org)
            continue
        if delegation and not mentioned and _GROUP_COLON_HEAD_RE.match(sent_text) and (
                i + 1 < len(sents) and _is_list_item(doc_text, sents[i + 1].start_char)):
            # "During the programme, the students:" then "1. visited X; 2. toured Y": each item is the group's engagement
            items_grouped = True
            list_head = Meeting(list(delegation), i, date=record.date, place=current.place if current is not None else "",
                                trigger="", planned=planned_at(i))
            item_at = i
            continue
        if i > 0 and _AMONG_THEM_HEAD_RE.match(sent_text) and _MEETINGS_HELD_RE.search(sent_texts[i - 1]) and (
                i + 1 < len(sents) and _is_list_item(doc_text, sents[i + 1].start_char)):
            # "About 60 B2B meetings were held. Among them:" then "1. A with B on ...": each item is one meeting
            items_grouped = False
            list_head = Meeting([], i, date=find_date(sent_texts[i - 1]) or record.date,
                                place=current.place if current is not None else "", trigger="meetings", planned=planned_at(i - 1))
            item_at = i
            last_person, last_org = _last_of(mentioned, last_person, last_org)
            continue
        if delegation and mentioned and _AMONG_THOSE_MET_RE.match(sent_text):
            # "Among the firms it met were A, represented by X; B; and C.": the group met each, one by one
            at = sent.start_char
            for part in sent_text.split(";"):
                keys = [e.key for pos, e in mentioned if at <= pos < at + len(part) and e.type in ("person", "organisation")]
                if keys:
                    meetings.append(Meeting(list(dict.fromkeys([*delegation, *keys])), i, date=find_date(sent_text) or record.date,
                                            place=current.place if current is not None else "", trigger="met",
                                            planned=planned_at(i)))
                at += len(part) + 1
            last_person, last_org = _last_of(mentioned, last_person, last_org)
            continue
        weak_ok = trigger is None or trigger.lower_ in ("witnessed", "witness", "attended", "signed", "joined", "addressed", "accompanied")
        # "X and Y signed a letter of intent" right after a visit: signed during that meeting
        joint_signing = (
            trigger is not None and trigger.lower_.startswith(("sign", "exchang")) and current is not None and not current.planned
            and i - max(current.sentence, touched.get(id(current), current.sentence)) <= 1
            and not any(c.lower_ in ("with", "by") for c in trigger.children)
            and not _NEW_OCCASION_RE.match(sent_text)  # "On the 11th, A and B signed ...": another day, another event
        )
        # "X and Y discussed ..." in a meeting already described, naming one of its participants: the same meeting
        joint_discussion = (
            trigger is not None and trigger.lower_.startswith("discuss") and current is not None
            and not any(c.lower_ in ("with", "by") for c in trigger.children)
            and any(e.key in current.participants for _, e in mentioned)
            and not _APART_FROM_EVENT_RE.search(sent_text)  # "After the roundtable, X and Y held separate discussions"
            and not _NEW_OCCASION_RE.match(sent_text)
        )
        # "The visit comes a month after X met Y in Riyadh": a meeting verb with its own new subject is another meeting
        own_meeting = trigger is not None and trigger.pos_ == "VERB" and trigger.lower_ in ("met", "meet", "meets", "visited", "hosted", "received") and any(
            c.dep_ == "nsubj" and any(
                c.left_edge.idx <= pos <= c.right_edge.idx and e.key not in current.participants for pos, e in mentioned
            )
            for c in trigger.children
        ) if current is not None else False
        # "During the forum, X and Y signed ...", "Z also attended the forum": the event told before, not a new one
        referred, ref_at = _referred_meeting(sent_text, meetings, sent_texts, folded[i]) if meetings and not own_meeting else (None, -1)
        if referred is None and trigger is not None and trigger.pos_ == "NOUN" and since_current is not None and (
            0 < i - current.sentence and since_current <= 2
            and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in trigger.children)
            and not any(c.lower_ in ("with", "between", "among") for c in trigger.children)  # "the meeting with X": its own
            and trigger.lower_ in _REFERABLE_EVENTS + ("meeting", "talks", "discussions", "event", "interaction")
        ):
            referred, ref_at = current, trigger.idx - sent.start_char  # "X, Y and Z took part in the session": the event just told
        if referred is not None and planned_at(i) and not referred.planned:
            referred = None  # "X will chair a review of the MoUs signed at the conclave": a plan, not the conclave
        if referred is not None and (
            weak_ok or joint_signing or joint_discussion
            or trigger is not None and sent.start_char + ref_at <= trigger.idx < sent.start_char + ref_at + 40
            and trigger.pos_ in ("NOUN", "PROPN")
            and not (_APART_FROM_EVENT_RE.search(sent_text) and sent.start_char + ref_at < trigger.idx)
        ):  # "Following the roundtable, X facilitated B2B meetings ...": the event tells when; the meetings are others
            current = referred
        else:
            referred = None
        # "X held a meeting with Y. Ms. Z, of Y, welcomed the delegation.": the host greeting the same meeting
        welcome_same = (
            trigger is not None and trigger.lower_ in ("welcomed", "received", "greeted", "hosted") and current is not None
            and not current.planned and i - current.sentence == 1 and _group_reference(sent, by_sentence.get(i, []))
            and not any(e.type == "place" and any(m.sentence == i for m in e.mentions) for e in record.entities)
        )
        # "Vice-Minister X welcomed Chief Minister Y ..." right after "X held a meeting with Y": the same people, the same meeting
        same_people = (
            trigger is not None and current is not None and not current.planned and 0 < i - current.sentence <= 10
            and not planned_at(i)
            and len({e.key for _, e in mentioned if e.type == "person"}) >= 2
            and all(e.key in current.participants for _, e in mentioned if e.type == "person")
            and not any(e.type == "organisation" and e.key not in current.participants and pos > trigger.idx for pos, e in mentioned)
        )
        # "... visited the plant of X. Its MD, Y, told the visitors ...": the host of the group's visit speaking to it
        addressed_group = (
            i not in host_items and current is not None and not current.planned and 0 < i - current.sentence <= 2 and id(current) in group_meetings
            and (addressed := _ADDRESSED_GROUP_RE.search(sent_text)) is not None
            and (trigger is None or sent.start_char + addressed.start() <= trigger.idx < sent.start_char + addressed.end())
        )  # "..., where Ambassador X welcomed the delegation" at an event of its own is that event's
        # "Present on the occasion:" then one attendee per list item: every item continues the meeting
        listed = listing_for is not None and listing_for is current and (
            _is_list_item(doc_text, sent.start_char) or _SIDE_HEAD_RE.match(sent_text) is not None
            # the next sentence of the same item: "* X and Y agreed to ... Mr. A signed with Mr. B."
            or listed_at == i - 1 and not _line_break_between(doc_text, sents[i - 1], sent)
        ) and (current.planned or not planned_at(i) or _AT_THE_MEETING_RE.search(sent_text) is not None)
        # "4. The state will send a delegation ...": a plan of its own, unless the item was at the meeting too
        if listed:
            listed_at = i
        if not listed:
            listing_for = None
        if (not mentioned and (current is None or current.planned or i - max(current.sentence, touched.get(id(current), current.sentence)) > 4)
                and (_PROGRAMME_HEAD_RE.match(sent_text) is not None
                     and (_names_event(header.get("title") or "") or any(names_event_at(j) for j in range(min(i, 8))))
                     # "Minutes of the review meeting ... Present:": the minutes' own meeting and who attended it
                     or _PRESENT_HEAD_RE.match(sent_text) is not None and any(_MINUTES_RE.search(sent_texts[j]) for j in range(min(i, 8))))):
            # "WEBINAR REPORT ... Organised by: X ... SPEAKERS": the report's own event, with its organisers and the
            # speakers the list under the heading names
            hosts = [e.key for j in range(i) if _ORGANISED_BY_RE.match(sent_texts[j]) for _, e in by_sentence.get(j, [])]
            current = Meeting(participants=list(dict.fromkeys(hosts)), sentence=i, date=record.date,
                              place=record.entity(default_place).name if default_place else "", trigger="", planned=False)
            meetings.append(current)
            touched[id(current)] = i
            listing_for, listed_at = current, i
            continue
        # "PROGRAMME" / "Speakers:" over a list, right after an event was told: who spoke at it
        programme = (
            not mentioned and current is not None and not current.planned and _PROGRAMME_HEAD_RE.match(sent_text) is not None
            and i - max(current.sentence, touched.get(id(current), current.sentence)) <= 4
            and names_event_at(current.sentence)
        )
        continuation = current is not None and not own_meeting and (
            listed or welcome_same or same_people or referred is not None or addressed_group or
            joint_signing
            or joint_discussion
            or _starts_with_meeting_noun(sent)
            or bool(_CONTINUATION_RE.search(sent_text))
            or i == current.sentence + 1 and _FIRMS_NAMED_RE.match(sent_text) is not None
            or any(w in sent_text for w in _ROLE_AT_EVENT_WORDS) and ";" not in sent_text and bool(_ROLE_AT_EVENT_RE.search(sent_text))
            or trigger is None and _may_hold(folded[i], ("also",)) and bool(_ALSO_PRESENT_END_RE.search(sent_text))
            or bool(_ALSO_PRESENT_START_RE.match(sent_text)) and not current.planned
            and i - max(current.sentence, touched.get(id(current), current.sentence)) <= 3
            # "KCCI delegation:" / "The delegation also included:" right after the group's meeting: its members follow
            or sent_text.rstrip().endswith(":") and _GROUP_LIST_HEAD_RE.match(sent_text) is not None
            and not current.planned and i - current.sentence <= 2
            or programme
            or weak_ok and bool(
                _EVENT_REFERENCE_RE.search(sent_text) if folded[i] is None else _EVENT_REFERENCE_FOLDED_RE.search(folded[i]))
            and not _STAYED_AWAY_RE.search(sent_text)
            or trigger is not None and trigger.lower_ in ("attended", "attend") and i - current.sentence <= 2
            and not current.planned and not any(
                c.dep_ == "dobj" and c.pos_ != "PROPN" or c.dep_ == "prep" and c.lower_ not in ("including", "among", "from") and not (
                    c.lower_ in ("on", "for") and any(g.lower_ == "side" for g in c.children))  # "On the City side, X and Y attended."
                for c in trigger.children)  # a proper-noun object is a company list the parser misread
            or weak_ok and bool(re.search(r"\b(?:accompanied|joined)\s+by\b", sent_text, re.I))
            and (any(e.key in current.participants for _, e in mentioned) or subjects[i] in current.participants
                 or author in current.participants and _WRITER_JOINED_RE.match(sent_text) is not None)  # "I was joined by A"
        )
        if continuation and not listed and (sent_text.rstrip().endswith(":") or programme) and not _TOPICS_HEAD_RE.match(sent_text):
            listing_for = current  # ("Important points of the meeting:": what was agreed follows, not who attended)
        several = _ATTENDED_SEVERAL_RE.search(sent_text) if meetings and _may_hold(folded[i], _SEVERAL_WORDS) else None
        if several:
            # "X, who attended both meetings, said ...": X was at the last two meetings told (all of them for "all")
            held = [m for m in meetings if not m.planned]
            which = several.group("which").lower()
            count = 2 if which in ("both", "the two") else _COUNTS.get(which.split()[-1], len(held))  # "all three": the last three
            who = list(dict.fromkeys(e.key for pos, e in mentioned if pos < sent.start_char + several.start()))
            for m in held[-count:]:
                m.participants += [k for k in who if k not in m.participants]
            last_person, last_org = _last_of(mentioned, last_person, last_org)
            continue
        if trigger is None and not continuation:
            since = i - touched.get(id(current), i) if current is not None else 0
            # '"Builders need to know ... cost." "Nobody knows it yet," said X': the quotation's first sentences
            # are X's words, not sentences between the event and its speaker
            while since > 1 and _QUOTE_OPENING_RE.match(sent_texts[i - since + 1]) and not by_sentence.get(i - since + 1):
                since -= 1
            speaker = _event_speaker(sent, mentioned, current, i, sents, record, since)
            if speaker and current is not None:
                current.participants.append(speaker)
                touched[id(current)] = i  # "Welcoming the delegates, X said ... Ms. Y, Regional Director, said ...": speakers in turn
            elif current is not None and not current.planned and since <= 3 and any(
                    w in sent_text for w in _SPEAKER_ROLE_STEMS) and (role := _SPEAKER_ROLE_RE.search(sent_text)) and (
                    names_event_at(current.sentence)):
                # "1. Opening session / X delivered the opening address. Y also addressed the participants.": the
                # speakers of the event just told, section headings between them
                speakers = _speech_subjects(sent, sent_text, mentioned, sent.start_char + role.start())
                if speakers:
                    current.participants += [k for k in speakers if k not in current.participants]
                    touched[id(current)] = i
            for presenter in _event_presenters(sent, mentioned, current, i, sents, since):
                if presenter not in current.participants:
                    current.participants.append(presenter)
            if current is not None and not current.planned and 0 < i - current.sentence and i - touched.get(id(current), current.sentence) <= 2 and (
                _DELEGATION_TOLD_RE.match(sent_text)) and (
                names_event_at(current.sentence) or _GROUP_WORD_RE.search(sent_texts[current.sentence])
                or _SIDE_TOLD_RE.match(sent_text) is not None
            ):  # "X held a seminar with the state's government ... The delegation from the state was led by A and included B",
                # "X held talks with Y and a UK business delegation ... The UK team included A, B and C", "X held a
                # bilateral meeting with Y. The Indian side included A; the Peruvian delegation included B"
                _add_participants(current, (e.key for _, e in mentioned))
                touched[id(current)] = i
            if _PANEL_RE.search(sent_text) and not planned_at(i):
                # "A panel on X, moderated by A, featured B and C": a session of the event the document is about
                event = next((m for m in reversed(meetings) if not m.planned and names_event_at(m.sentence)), None)
                if event is not None:
                    event.participants += [k for k in dict.fromkeys(e.key for _, e in mentioned if e.type == "person")
                                           if k not in event.participants]
            last_person, last_org = _last_of(mentioned, last_person, last_org)
            continue
        between = trigger is not None and any(c.lower_ == "between" for c in trigger.children)
        if between:
            # "the meeting between X and Y, ..., the state offered ... at Z": X and Y, and the clause's subject
            scope = [(t.left_edge.idx, t.right_edge.idx + len(t.right_edge)) for t in [trigger]]
            root = sent.root
            scope += [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
            mentioned = [(pos, e) for pos, e in mentioned if any(a <= pos < b for a, b in scope)]
        if trigger is not None:
            mentioned = _without_attribution(sent, trigger, mentioned)
            # "took part in the India-Japan Business Forum": the event named by the trigger is not a participant
            mentioned = [
                (pos, e) for pos, e in mentioned
                if not any(
                    e.type == "organisation" and m.start <= trigger.idx < m.end
                    or m.start == pos and _EVENT_AFTER_RE.match(doc_text, m.end)
                    for m in e.mentions
                )
            ]
        keys = list(dict.fromkeys(e.key for _, e in mentioned))
        cut = trigger.idx if trigger is not None else sent.start_char
        before = [e.key for pos, e in mentioned if pos < cut]
        writer_us = bool(author) and trigger is not None and "us" in lowers[sent.start : sent.end]  # "hosted a lunch for us"
        group_ref = (
            _group_reference(sent, by_sentence.get(i, [])) or _plural_reference(sent, lowers)
            or member_group and _THE_GROUP_RE.search(sent_text) is not None  # "The six-member group ... The group visited"
            or party_group and _PARTY_GROUP_RE.search(sent_text) is not None  # "A delegation ... The group toured X"
            or trigger is not None and itinerary[i] and (not numbered[i] or any(start <= i for start, _ in groups))
            or trigger is not None and _ITINERARY_SUBJECT_RE.match(sent_text) is not None
            # "We called on X", "hosted a lunch for us" in an official's own account of the team's trip: the writer's team
            or writer_us or bool(author) and trigger is not None and any(t.lower_ == "we" and t.dep_ in ("nsubj", "nsubjpass") for t in sent)
        ) and bool(delegation)
        firms = _DEMONYM_FIRMS_RE.search(sent_text) if trigger is not None and delegation and not group_ref else None
        if firms is not None and is_demonym(firms.group(1)):
            # "where the German firms held one-on-one sessions with local makers": the companies the delegation brought
            keys += [k for k in delegation if k.startswith("organisation:") and k not in keys]
        if group_ref:
            keys += [k for k in delegation if k not in keys]
            if any(t.lower_ in GROUP_WORDS and (trigger is None or t.i < trigger.i) for t in sent):
                before += delegation
        first = sent[0].lower_ if len(sent) else ""
        first_person = min((pos for pos, e in mentioned if e.type == "person"), default=sent.end_char)
        pronoun = first in ("he", "she") or not _HE_SHE.isdisjoint(lowers[sent.start : sent.end]) and any(
            t.lower_ in _HE_SHE and t.dep_ in ("nsubj", "nsubjpass") and t.idx < first_person for t in sent
        )  # "X visited Y, where he was briefed by Z": "he" is X, named in the same sentence
        referent = last_subject or last_person
        if pronoun and referent and referent not in keys:
            keys.insert(0, referent)
            before.append(referent)
        if author and trigger is not None and author not in keys and (
            _told_by_author(sent, trigger) or writer_us and '"' not in sent_text and "\u201c" not in sent_text
        ):
            keys.insert(0, author)  # "2/7 Held talks with Mr. X": the post's author, in the first person or none
            before.append(author)
        for body in _THE_BODY_RE.finditer(sent_text) if "the " in sent_text or "The " in sent_text else ():
            # "a meeting between the Chamber and GIDC": the one body of the document whose name has that head word
            named = bodies_by_head.get(body.group(1), [])
            if len(named) == 1 and named[0] not in keys and not any(
                    e.type == "organisation" and pos == sent.start_char + body.start(1) for pos, e in mentioned):
                keys.append(named[0])
                if sent.start_char + body.start() < cut:
                    before.append(named[0])
        company = re.search(r"\b(?:the|this)\s+(?:firm|company)\b", sent_text, re.I)
        # "X Ltd, backed by Y, said ... The company signed ...": X; a company before a board or ministry named since
        company_ref = (last_subject_org if last_subject_org in company_keys else "") or last_company[i] or last_subject_org or last_org
        if company and company.group(0)[-7:] == "Company" and issuer:
            company_ref = issuer  # "the Company" of a disclosure: the issuer, whatever company was named last
        if company and company_ref and company_ref not in keys and not any(
            e.type == "organisation" and pos < sent.start_char + company.start() for pos, e in mentioned
        ):  # "X of Formosa Wafer, who presented the company's plans": the company is the one just named
            keys.append(company_ref)
            if sent.start_char + company.start() < cut:
                before.append(company_ref)
        if meetings and re.search(r"\b(?:the\s+(?:two|three|four)|both|all\s+(?:three|four))\s+(?:companies|firms)\b", sent_text, re.I):
            # "RIICO signed MoUs with both companies": the organisations the last meeting was held with
            keys += [k for k in meetings[-1].participants if k.startswith("organisation:") and k not in home and k not in keys]
        if re.search(r"\b(?:the\s+two|both)\s+(?:(?:trade|foreign|industry|commerce)\s+)?(?:ministers|sides|leaders|delegations|parties|"
                     r"countries'?\s+ministers|heads)\b", sent_text, re.I):
            keys += [k for k in principals if k not in keys]  # "The two ministers signed ...": the two just named
            before += principals
        for person, m in titled_in(i):
            if person not in keys:
                keys.append(person)
                if sent.start_char + m.start() < cut:
                    before.append(person)
        people = [k for k in keys if k.startswith("person:")]
        if continuation and delegation and re.match(r"^\W*(?:the|this)\s+(?:visit|tour|mission|trip)\b", sent_text, re.I):
            # "The visit was coordinated by ...": the delegation's visit, not a meeting mentioned in passing
            visits = [m for m in meetings if not m.planned and id(m) in group_meetings]
            if visits:
                current = visits[-1]
        if continuation and re.match(r"^\W*(?:during|in|at)\s+(?:the|this)\s+(?:meeting|talks|discussions?|interaction)\b", sent_text, re.I):
            # "During the meeting, X recalled the success of Y": what was discussed names topics, not who attended
            keys = [k for k in keys if k.startswith("person:")]
        if continuation:
            later = re.search(r",\s+(?:who|which)\s+(?:later|then|subsequently|also\s+later)\b", sent_text)
            if later:  # "..., who later addressed a session organised by X": X is another event
                cut_at = sent.start_char + later.start()
                first_part = [(pos, e) for pos, e in mentioned if pos < cut_at]
                after = list(dict.fromkeys(e.key for pos, e in mentioned if pos >= cut_at))
                if first_part and after:
                    meetings.append(Meeting(
                        participants=list(dict.fromkeys([first_part[-1][1].key] + after)), sentence=i,
                        date=find_date(sent_text) or record.date, place=current.place, trigger="",
                        planned=bool(PLANNED_RE.search(sent_text[later.start():])),
                    ))
                keys = [k for k in keys if any(pos < cut_at for pos, e in mentioned if e.key == k) or k in delegation]
            if not any(t.dep_ == "neg" for t in sent):  # "X was not part of the meeting"
                current.participants += [k for k in keys if k not in current.participants]
                touched[id(current)] = i
            last_person, last_org = _last_of(mentioned, last_person, last_org)
            continue
        if keys and not before and not people and home and not between and not (
            not delegation and _group_reference(sent, by_sentence.get(i, []))
        ):  # "the delegation is to visit X" names its own side, even when the text never said who was in it
            keys = list(dict.fromkeys(home + keys))  # "the meeting with X explored ..."
        elif keys and not before and held_home and not delegation and trigger is not None and itinerary[i] and not numbered[i]:
            # "- 19 February: Visit to X; exchange of views with Dr. Y": the itinerary of the side that called on the host
            keys = list(dict.fromkeys(held_home + keys))
        # "X organised a roadshow in Tokyo. More than 50 companies, including Y and Z, took part.": an event with
        # its host only is kept open (with no pair yet) so the sentences that follow can add who attended
        open_event = (
            len(set(keys)) == 1 and trigger is not None
            and (trigger.lower_ in _EVENT_NOUNS or names_event_at(i)  # "... meetings at a meet organised by X"
                 or trigger.lower_.startswith("sign"))  # "the province and X signed an MoU": who signed comes next
            and not planned_at(i)
        ) or (  # "The mission was received by Minister X. The visiting side was led by A": who the group were comes next
            len(set(keys)) == 1 and trigger is not None and trigger.lower_ in ("received", "welcomed", "hosted")
            and not delegation and _GROUP_WORD_RE.search(sent_text) is not None and not planned_at(i)
        ) or (  # "X held talks with three companies. The companies - A, B and C - ...": who the firms were comes next
            len(set(keys)) == 1 and trigger is not None and i + 1 < len(sents) and _FIRMS_NAMED_RE.match(sent_texts[i + 1]) is not None
            and not planned_at(i)
        ) or (  # "The first meeting of the Joint Working Group was held in Delhi": who took part comes next
            not keys and trigger is not None and trigger.pos_ in ("NOUN", "PROPN") and _HELD_RE.search(sent_text) is not None
            and not planned_at(i)
        )
        itemised_head = (
            trigger is not None and sent_text.rstrip().endswith(":") and _ITEMISED_MEETINGS_HEAD_RE.search(sent_text) is not None
            and i + 1 < len(sents) and _is_list_item(doc_text, sents[i + 1].start_char) and bool(keys or home)
        )
        if not open_event and not itemised_head and (len(set(keys)) < 2 or (
            trigger is not None and not group_ref and not pronoun and _only_one_side(trigger, mentioned, keys)
        )):
            last_person, last_org = _last_of(mentioned, last_person, last_org)
            continue
        if before:
            home = list(dict.fromkeys(before))
            if not planned_at(i) and set(keys) - set(before):  # a subject that met someone else, not "both sides"
                held_home = home
        own_people = [e.key for _, e in mentioned if e.type == "person"]
        if len(own_people) >= 2:
            principals = list(dict.fromkeys(own_people))
        # the meeting's place: a place the sentence puts it "in" or "at", else its first place, else the dateline
        located = sorted(
            (m.start, not (re.search(r"\b(?:in|at|near)\s+(?:the\s+)?$", doc_text[max(0, m.start - 12) : m.start], re.I)
                           or _PLACE_DATE_LEAD_RE.match(doc_text, m.end) and not doc_text[sent.start_char : m.start].strip(" -*")),
             e.name)  # "in Osaka", or an itinerary line's "Osaka, 7 October: ..."
            for e in record.entities if e.type == "place" for m in e.mentions if m.sentence == i
        )
        if not located and i and _PLACE_DATE_LINE_RE.match(sent_texts[i - 1]):
            # "Tokyo, 17 July:" alone on the line before: where the engagement it heads took place
            located = [(sents[i - 1].start_char, False, e.name) for e in record.entities if e.type == "place"
                       for m in e.mentions if m.sentence == i - 1][:1]
        located.sort(key=lambda x: (x[1], x[0]))
        if (not located or located[0][1]) and current is not None and not current.planned and 0 < i - current.sentence <= 2 and current.place:
            place = current.place  # "In Tel Aviv, they met X. The Minister also met Y, ...": still in Tel Aviv
        else:
            place = located[0][2] if located else (record.entity(default_place).name if default_place else "")
        date = find_date(sent_text) or record.date

        def meeting_here(participants: list[str], planned: bool | None = None) -> Meeting:
            """A meeting told in this sentence: its date, place and trigger; planned as the sentence is, unless told."""
            return Meeting(participants=participants, sentence=i, date=date, place=place,
                           trigger=trigger.text if trigger is not None else "", planned=planned_at(i) if planned is None else planned)

        if itemised_head:
            # "the Chief Minister held one-on-one meetings with the heads of three companies:": one meeting per item
            list_head = meeting_here(list(dict.fromkeys(keys or home)))
            items_grouped = group_ref  # "the delegation held meetings with:": each item is the group's meeting
            item_at = i
            last_person, last_org = _last_of(mentioned, last_person, last_org)
            continue
        separate = _SEPARATE_MEETINGS_RE.search(sent_text) if trigger is not None and (
            "separate" in sent_text or "B2B" in sent_text or "b2b" in sent_text or "one-" in sent_text) else None
        if separate is not None:
            # "X held separate discussions with A and B": one meeting with each, and A never met B
            after = sent.start_char + separate.end()
            later = [k for k in dict.fromkeys(e.key for pos, e in mentioned if pos >= after)]
            hosts = [k for k in keys if k not in later]
            segments: list[list[str]] = []  # each body named after "with", and the people named after it ("represented by its CEO X")
            for pos, e in sorted((x for x in mentioned if x[0] >= after), key=lambda x: x[0]):
                if e.type == "organisation" and not any(e.key in seg for seg in segments):
                    segments.append([e.key])
                elif segments and not any(e.key in seg for seg in segments):
                    segments[-1].append(e.key)
            withs = [sent.start_char + w.start() for w in _AND_WITH_RE.finditer(sent_text, separate.end() - 4)]
            if len(withs) >= 2:
                # "one-to-one meetings with Mr. A and with Mr. B of Acme": each "with" opens a meeting of its own
                bounds = withs[1:] + [sent.end_char]
                by_with = [list(dict.fromkeys(e.key for pos, e in mentioned if a <= pos < b)) for a, b in zip(withs, bounds)]
                if all(by_with):
                    segments = by_with
            if len(segments) >= 2 and hosts:
                for seg in segments[:-1]:
                    meetings.append(meeting_here(hosts + seg))
                keys = hosts + segments[-1]
        split = _second_meeting_clause(sent, trigger) if trigger is not None else None
        if split is not None:
            # "A held talks with B on ..., and C met D to ...": two meetings told in one sentence
            first_keys = list(dict.fromkeys(e.key for pos, e in mentioned if pos < split))
            second_keys = list(dict.fromkeys(e.key for pos, e in mentioned if pos >= split))
            if len(first_keys) >= 2 and len(second_keys) >= 2 and not set(first_keys) & set(second_keys):
                meetings.append(meeting_here(first_keys, planned=bool(PLANNED_RE.search(sent_text[: split - sent.start_char]))))
                keys = second_keys
        elif trigger is not None and separate is None:
            second = _second_meeting_verb(sent, trigger)
            if second is not None:
                # "it will meet the X Federation and visit the plant of Y": the same side, two engagements
                hosts = list(dict.fromkeys(before))
                first_objs = [k for k in dict.fromkeys(e.key for pos, e in mentioned if trigger.idx < pos < second) if k not in hosts]
                second_objs = [k for k in dict.fromkeys(e.key for pos, e in mentioned if pos >= second) if k not in hosts]
                if hosts and first_objs and second_objs and not set(first_objs) & set(second_objs):
                    meetings.append(meeting_here(list(dict.fromkeys(hosts + first_objs))))
                    keys = list(dict.fromkeys(hosts + second_objs))
        current = meeting_here(list(dict.fromkeys(keys)))
        touched[id(current)] = i
        meetings.append(current)
        if group_ref:
            group_meetings.add(id(current))
        if current.planned and len(meetings) > 1:
            # "The meeting was attended by ..." describes a meeting that took place, not one announced
            held = [m for m in meetings if not m.planned]
            current = held[-1] if held else current
        last_person, last_org = _last_of(mentioned, last_person, last_org)
    _join_attendance_sections(meetings, doc_text, sents, by_sentence, triggers, planned_at, record, default_place, names_event_at)
    _join_annexed_attendance(meetings, doc_text, sents, by_sentence, triggers, record, default_place)
    _add_enumerated_signings(meetings, sent_texts, by_sentence)
    _join_umbrella_events(meetings, sent_texts)
    _join_side_sessions(meetings, sent_texts)
    _plan_dated_after(meetings, sent_texts, record.date)
    return [m for m in meetings if len(set(m.participants)) >= 2]


def _plan_dated_after(meetings: list[Meeting], sent_texts: list[str], doc_date: str) -> None:
    """Mark as planned the meetings whose sentence is dated after the document ("Saturday, 25 January - Visit of
    the delegation to X" in a circular of 8 January).  A date without its year is read in the document's year, and
    only up to four months ahead (a story of 3 January telling of "28 December" tells of the year before).
    Changes ``meetings`` in place."""
    if not doc_date:
        return
    published = date.fromisoformat(doc_date)
    for m in meetings:
        if m.planned:
            continue
        day, with_year = find_day(sent_texts[m.sentence], published.year)
        if day and 0 < (date.fromisoformat(day) - published).days <= (366 * 5 if with_year else 120):
            m.planned = True


#: A heading over who attended, as official releases list them: "3. Visitors", "1. Attendees", "(METI side)",
#: "4 Hyogo Prefecture side", "Gyeongbuk side: A, B and C" (the names on the heading's own line).
_ATTENDANCE_HEAD_RE = re.compile(
    r"^[^\w\n]*(?:\(?\d{1,2}[.)]?[ \t]+)?\(?(?P<head>visitors?|visiting[ \t]+(?:party|delegation|members)|guests|attendees|participants"
    r"|present|in[ \t]+attendance"
    r"|(?:[A-Z][\w'\u2019-]*[ \t]+){1,3}side(?:[ \t]+(?:attendees|participants|members))?)[)\]\u3011]?[ \t]*(?::[^\n]*)?$", re.I | re.M)
#: The heads that name only the visiting side: the host's side may follow as a heading of its own ("4. Aichi Prefecture").
_VISITORS_HEADS = ("visitor", "visiting", "guests")
#: A numbered heading that is a name alone: "4. Aichi Prefecture", "(2) Hyogo Prefectural Government".
_NAME_HEADING_RE = re.compile(r"[^\w\n]*\(?\d{1,2}[.)]?[ \t]+(?:[A-Z][\w'\u2019.-]*(?:[ \t]+(?:of|and|for|the|de|&))?[ \t]*){1,6}[ \t]*:?[ \t]*\n")
_BLANK_LINE_RE = re.compile(r"\n[ \t]*\n")
#: A paragraph of list items, perhaps under a line naming whose they are: "JICA India Office\n  - Mr. X\n  - Ms. Y".
_ITEMS_PARAGRAPH_RE = re.compile(r"(?:[ \t]*[^\s*\u2022-][^\n]*\n)?[ \t]*[-*\u2022][ \t][^\n]*(?:\n[ \t]*[-*\u2022][ \t][^\n]*)*")
#: A numbered section's first line ("5. Main points", "(2) Visit to X"): another section, not more attendees.
_SECTION_START_RE = re.compile(r"[^\w\n]*\(?\d{1,2}[.)]")
#: "Chair: Jo Roe, Managing Director", a line of the minutes' header just above who was present.
_CHAIR_LINE_RE = re.compile(r"^[ \t]*(?:chair(?:ed\s+by)?|chairperson|presided\s+by)[ \t]*:[^\n]*", re.I | re.M)
#: How many sentences before an attendance heading the meeting it lists may be told.
_ATTENDANCE_REACH = 12


def _attendance_blocks(text: str) -> list[tuple[int, int, int]]:
    """``(heading start, list start, list end)`` of each list of attendees under an attendance heading.

    The list runs to the first blank line; a visitors' list ("3. Visitors") takes in the numbered heading that
    follows it when that heading is a name alone ("4. Aichi Prefecture"): the host's side of the same call.
    """
    out = []
    for m in _ATTENDANCE_HEAD_RE.finditer(text):
        if out and m.start() < out[-1][2]:
            continue  # a side's sub-heading inside the list already taken: "(METI side)" under "1. Attendees"
        blank = _BLANK_LINE_RE.search(text, m.end())
        end = blank.start() if blank else len(text)
        # "Present:" over lists of each side, a blank line between them ("CMRL\n - A\n - B\n\nJICA\n - C"): all of them
        while blank and (items := _ITEMS_PARAGRAPH_RE.match(text, blank.end())) and not _SECTION_START_RE.match(text, blank.end()):
            end = items.end()
            blank = _BLANK_LINE_RE.search(text, end)
            if blank is None or blank.start() != end:
                break
        if m.group("head").lower().startswith(_VISITORS_HEADS) and blank:
            after = _NAME_HEADING_RE.match(text, blank.end())
            if after:
                more = _BLANK_LINE_RE.search(text, after.end())
                end = more.start() if more else len(text)
        out.append((m.start(), m.start() if ":" in m.group(0) else m.end(), end))
    return out


def _join_attendance_sections(
    meetings: list[Meeting], text: str, sents: list["Span"], by_sentence: dict[int, list[tuple[int, Entity]]],
    triggers: list, planned_at, record: DocumentRecord, default_place: str, names_event_at=lambda j: False,
) -> None:
    """Add the people an attendance list names to the meeting told just before it, in place.

    "Governor X received a courtesy call from ... 3. Visitors: A, B, C  4. <Prefecture>: X, D": every person listed
    took part in the call.  When no meeting was told yet but a sentence before the heading has a meeting trigger
    ("they will make a courtesy call to Vice-Governor Y as follows"), the lists are that meeting's people.
    """
    if "side" not in text and not re.search(r"(?i)visit|guests|attendees|participants|present|attendance", text):
        return
    starts = [s.start_char for s in sents]
    place = record.entity(default_place).name if default_place else ""
    for head, first, end in _attendance_blocks(text):
        at = max(0, bisect.bisect_right(starts, head) - 1)
        people = _parties_between(by_sentence, starts, at, first, end)
        if len(people) < 1:
            continue
        chair = [m for m in _CHAIR_LINE_RE.finditer(text, max(0, head - 300), head)]
        if chair:  # "Chair: Jo Roe, MD" over "Present:": the chair was there too
            a, b = chair[-1].span()
            people = list(dict.fromkeys([e.key for j in range(max(0, at - 4), at + 1) for pos, e in by_sentence.get(j, [])
                                         if e.type == "person" and a <= pos < b] + people))
        target = next((m for m in reversed(meetings) if m.sentence <= at and at - m.sentence <= _ATTENDANCE_REACH), None)
        if target is None:
            told = next((j for j in range(at - 1, max(-1, at - _ATTENDANCE_REACH), -1) if triggers[j] is not None), None)
            if told is None and len(people) >= 2 and any(names_event_at(j) for j in range(max(0, at - _ATTENDANCE_REACH), at)):
                # "RECORD NOTE OF DISCUSSIONS / 9th Review Meeting ... Present:": the minutes' own meeting
                target = Meeting(participants=[], sentence=at, date=record.date, place=place, trigger="", planned=False)
            elif told is not None:
                target = _meeting_told_in(told, by_sentence, triggers, record, place, planned_at(told))
            else:
                continue
            _insert_in_order(meetings, target)
        target.participants += [k for k in people if k not in target.participants]


def _parties_between(by_sentence: dict[int, list[tuple[int, Entity]]], starts: list[int], at: int, first: int, end: int) -> list[str]:
    """The people and bodies named from character ``first`` to ``end``, sentence ``at`` on: an attendance list's."""
    return list(dict.fromkeys(
        e.key for j in range(at, len(starts)) if starts[j] < end for pos, e in by_sentence.get(j, [])
        if e.type in ("person", "organisation") and first <= pos < end))


def _meeting_told_in(told: int, by_sentence: dict[int, list[tuple[int, Entity]]], triggers: list, record: DocumentRecord,
                     place: str, planned: bool) -> Meeting:
    """A meeting of the people sentence ``told`` names, told by its trigger: the meeting an attendance list belongs
    to when no meeting was made of that sentence yet."""
    named = [e.key for _, e in by_sentence.get(told, []) if e.type == "person"]
    return Meeting(participants=list(dict.fromkeys(named)), sentence=told, date=record.date, place=place,
                   trigger=triggers[told].text, planned=planned)


def _insert_in_order(meetings: list[Meeting], meeting: Meeting) -> None:
    """Put ``meeting`` in document order, after the meetings told by its sentence or before it."""
    meetings.insert(next((n for n, m in enumerate(meetings) if m.sentence > meeting.sentence), len(meetings)), meeting)


#: "Annexure-1: List of participants", "Annex: Attendees": a list of who attended, appended to minutes.
_ANNEX_LIST_HEAD_RE = re.compile(
    r"^[^\w\n]*(?:annexure|annex|appendix|enclosure)\b[^\n:]{0,12}:?[ \t]*(?:list\s+of\s+)?"
    r"(?:participants|attendees|officers\s+present|those\s+present)\b[^\n]*$", re.I | re.M)
#: "The list of participants is at Annexure-1": a sentence that sends the reader to such a list.
_ANNEX_REFERENCE_RE = re.compile(r"\b(?:annexure|annex|appendix)\b", re.I)


def _join_annexed_attendance(
    meetings: list[Meeting], text: str, sents: list["Span"], by_sentence: dict[int, list[tuple[int, Entity]]],
    triggers: list, record: DocumentRecord, default_place: str,
) -> None:
    """Add the people and bodies of an appended attendance list ("Annexure-1: List of participants") to the
    meeting whose sentence, or the one after it, refers to the annex ("A review meeting was held ... under the
    chairmanship of X. The list of participants is at Annexure-1."), in place."""
    if "nnex" not in text and "ppendix" not in text:
        return
    starts = [s.start_char for s in sents]
    for head in _ANNEX_LIST_HEAD_RE.finditer(text):
        blank = _BLANK_LINE_RE.search(text, head.end())
        end = blank.start() if blank else len(text)
        at = max(0, bisect.bisect_right(starts, head.start()) - 1)
        refs = [j for j in range(at) if _ANNEX_REFERENCE_RE.search(text, starts[j], sents[j].end_char)]
        if not refs:
            continue
        people = _parties_between(by_sentence, starts, at, head.end(), end)
        ref = refs[0]
        target = next((m for m in meetings if ref - 1 <= m.sentence <= ref), None)
        if target is None:
            told = next((j for j in (ref, ref - 1) if j >= 0 and triggers[j] is not None), None)
            if told is None:
                continue
            place = record.entity(default_place).name if default_place else ""
            target = _meeting_told_in(told, by_sentence, triggers, record, place, planned=False)
            _insert_in_order(meetings, target)
        target.participants += [k for k in people if k not in target.participants]


#: Verbs that tell an engagement of its own when conjoined to another: "meet X and visit Y".
_SEPARATE_ENGAGEMENT_VERBS = frozenset("meet meets met visit visits visited tour tours toured call calls called".split())


def _second_meeting_verb(sent: "Span", trigger) -> int | None:
    """Where a second meeting verb sharing the trigger's subject starts, or ``None``.

    "The delegation will meet the Kansai Federation and visit the plant of Y":
    "visit" is conjoined to "meet", has no subject of its own and an object of
    its own, so the two are two engagements of the same side.
    """
    if trigger.pos_ != "VERB":
        return None
    if not any(c.dep_ in ("dobj", "prep") for c in trigger.children):
        return None
    for conj in trigger.children:
        if conj.dep_ != "conj" or conj.pos_ != "VERB" or conj.lower_ not in _SEPARATE_ENGAGEMENT_VERBS:
            continue  # "visited the plant of X and interacted with its CEO": one engagement, told in two verbs
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
            continue  # a subject of its own: _second_meeting_clause's case
        if any(t.lower_ in ("its", "their") for t in conj.subtree):
            continue  # "... and call on its president": the same body
        if any(c.dep_ in ("dobj", "prep") for c in conj.children):
            return conj.idx
    return None


def _second_meeting_clause(sent: "Span", trigger) -> int | None:
    """Where a second meeting clause with a subject of its own starts in ``sent``, or ``None``.

    "Kure Steel held talks with Ganga Forgings, and Saijo Brewing met Darjeeling
    Teas": the verb conjoined to the trigger's verb ("met") has its own subject
    ("Saijo Brewing"); the character offset of that subject is returned.
    """
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.pos_ != "VERB":
            continue
        meets = conj.lower_ in MEETING_VERBS or conj.lower_ in LIGHT_VERBS and any(
            c.dep_ == "dobj" and c.lower_ in MEETING_NOUNS for c in conj.children)
        subject = next((c for c in conj.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
        if meets and subject is not None:
            return subject.left_edge.idx
    return None


#: "exchanged two MoUs", "signed three agreements": one event holding several signings.
_SEVERAL_SIGNINGS_RE = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|\d+)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:MoUs|memoranda|memorandums|agreements|pacts|letters\s+of\s+intent)\b",
    re.I,
)
#: "The agreements were signed at the forum and witnessed by X": the ceremony of the signings told next.
_THE_SIGNINGS_WITNESSED_RE = _signings_witnessed_re(r"MoUs|memoranda|memorandums|agreements|pacts|LoIs", 160)
#: "Under the first MoU,", "In the second,", "By the third agreement,": one signing of those a ceremony told.
_NTH_SIGNING_OPENER_RE = re.compile(
    r"^\W*(?:under|in|by|through|with)\s+the\s+(?:first|second|third|fourth|fifth|sixth|last|final)"
    r"(?:\s+(?:MoU|memorandum|agreement|pact|one))?\s*,", re.I)
#: "The second MoU ... was signed by": one signing of such an event.
_NTH_SIGNING_RE = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|another|other|last|final|next)\s+(?:[\w-]+\s+)?"
    r"(?:MoU|memorandum|agreement|pact|letter\s+of\s+intent)\b",
    re.I,
)


def _add_participants(meeting: Meeting, keys: Iterable[str]) -> None:
    """Add ``keys`` to ``meeting``'s participants, in order, each once and after those it has."""
    meeting.participants += [k for k in dict.fromkeys(keys) if k not in meeting.participants]


def _tells_several_signings(text: str) -> bool:
    """Whether a sentence tells a ceremony of several signings: "signed three MoUs", "The agreements were signed ...
    witnessed by X"."""
    return _SEVERAL_SIGNINGS_RE.search(text) is not None or _THE_SIGNINGS_WITNESSED_RE.match(text) is not None


def _add_enumerated_signings(
    meetings: list[Meeting], sent_texts: list[str], by_sentence: dict[int, list[tuple[int, Entity]]]
) -> None:
    """Add the signings a text enumerates after a ceremony of several ("Under the first MoU, A will ... with B").

    After "X signed three MoUs ..." or "The agreements were signed ... in the presence of Y", a sentence that
    opens with "Under the first MoU," or "In the second," tells one signing between the people and bodies it
    names (a sentence with a meeting of its own already has it).  Changes ``meetings`` in place, in sentence order.
    """
    told = {m.sentence for m in meetings}
    ceremony = -1
    added: list[Meeting] = []
    for i, text in enumerate(sent_texts):
        if _tells_several_signings(text):
            ceremony = i
            continue
        if ceremony < 0 or i - ceremony > 6 or i in told or not _NTH_SIGNING_OPENER_RE.match(text):
            continue
        keys = list(dict.fromkeys(e.key for _, e in by_sentence.get(i, []) if e.type in ("person", "organisation")))
        if len(keys) >= 2:
            held = next((m for m in reversed(meetings) if m.sentence <= ceremony), None)
            added.append(Meeting(keys, i, date=held.date if held else "", place=held.place if held else "", trigger="signed"))
    if added:
        meetings += added
        meetings.sort(key=lambda m: m.sentence)


def _join_umbrella_events(meetings: list[Meeting], sent_texts: list[str]) -> None:
    """Give each signing of a several-signing event the people at the whole event.

    "X exchanged two MoUs in the presence of the Chief Minister. The first MoU
    was signed by A and B ... The second MoU was signed by C and D": the Chief
    Minister was at both signings.  Changes ``meetings`` in place.
    """
    umbrella: Meeting | None = None
    for m in meetings:
        text = sent_texts[m.sentence]
        if m.planned:
            continue
        if _NTH_SIGNING_RE.search(text) or _NTH_SIGNING_OPENER_RE.match(text):
            if umbrella is not None:
                m.participants += [k for k in umbrella.participants if k not in m.participants]
        elif _tells_several_signings(text):
            umbrella = m
        else:
            umbrella = None


#: "During the B2B sessions, X signed with Y": a meeting held inside the event just told.
_SIDE_SESSION_RE = re.compile(
    r"\bduring\s+(?:the\s+)?(?:B2B|business-to-business|buyer-seller)\s+(?:sessions?|meetings?|meets?)\b", re.I)


def _join_side_sessions(meetings: list[Meeting], sent_texts: list[str]) -> None:
    """Count the parties of an event's B2B sessions among the people at the event.

    "The forum was attended by A and B. ... During the B2B sessions, C signed an
    agreement with D": C and D were at the forum too.  The B2B meeting keeps its
    own parties; the event gains them.  Changes ``meetings`` in place.
    """
    event: Meeting | None = None
    for m in meetings:
        if m.planned:
            continue
        text = sent_texts[m.sentence]
        if event is not None and _SIDE_SESSION_RE.search(text):
            event.participants += [k for k in m.participants if k not in event.participants]
        elif _EVENT_NOUN_RE.fullmatch(m.trigger or ""):
            event = m


# Patterns used inline by the rules, compiled once (re's own cache costs a lookup per call).
_TITLE_CHUNK_SPLIT_RE = re.compile(r"[;:,\n]")
#: A title whose portfolio lists several subjects, right before a name: "Minister for Industries, Mines
#: and Commerce Thiru ".
_PORTFOLIO_LIST_TITLE_RE = re.compile(
    r"\b(?:Minister|Secretary|Commissioner)\s+(?:for|of)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?:,\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)+"
    r",?\s+(?:and|&)\s+[A-Z][\w-]*(?:\s+[A-Z][\w.'-]*)*(?:,\s*[A-Z][\w.'-]*)?\s*$")  # "... and Commerce, Thiru "
_HYPHEN_SPACES_RE = re.compile(r"\s*-\s*")
_TITLE_PREPOSITION_RE = re.compile(r"\s(?:of|to|for|at|in)\s")
_TITLE_HEAD_SPLIT_RE = re.compile(r"\s+(?:of|for|to|at)\s+|[,(]")
_SPACES_COMMAS_RE = re.compile(r"[\s,]+")
_NUMBER_BRACKET_BEFORE_RE = re.compile(r"\d\s*\($")
