"""Text clean-up before NER that keeps every character offset.

Markdown emphasis, heading markers and hard line breaks inside paragraphs are
replaced by spaces of the same length, so that offsets into the cleaned text
are offsets into the original document.
"""
from __future__ import annotations

import re
import unicodedata

_EMPHASIS = re.compile(r"(\*\*|__|\*|~~|`)(?=\S)(.+?)(?<=\S)\1", re.S)
_HEADING = re.compile(r"^[ \t]{0,3}(#{1,6}|>+)[ \t]", re.M)
#: Bullets of East Asian releases ("\u30fbVisit to X", "\u25a0 Short news", "\u25cb Gyeongbuk side: ..."), a space after them or not.
_CJK_BULLETS = "\u30fb\u25a0\u25a1\u25b6\u25ba\u25cb\u25c6\u25c7\u25b2\u25b3\u25ce"
#: A list item's marker at the start of a line: "• ", "- ", "* ", "1. ", "2) ".
_LIST_MARKER = r"[ \t]*(?:(?:[\u2022\u2023\u2043\u2219\u25aa\u25ab\u25cf\u25e6\u00b7\u2013\u2014*+-]|\d{1,2}[.)])[ \t]|[" + _CJK_BULLETS + "])"
#: A programme line that opens with a time: "10:00 Courtesy call on ...", "3.30 pm Visit to ...".
_TIMED_LINE = r"[ \t]*\d{1,2}[:.]\d{2}(?:[ \t]*(?:[AaPp]\.?[Mm]\.?|hrs?|h))?[ \t]"
#: A line that opens with a form's field label: "Attendance: 142 persons", "Panellists: A, B", "Support: X".
_FIELD_LINE = r"[ \t]*[A-Z][A-Za-z]+(?:[ \t][A-Za-z]+)?[ \t]*:[ \t]"
#: A line break inside a paragraph, unless the next line is a list item, a timed programme line or a field (each its
#: own sentence).
#: An indented line that opens with a capital: a line of an indented list ("  Vice-Governor X\n  Director-General Y").
_INDENTED_LINE = r"[ \t]{2,}[A-Z]"
_SOFT_BREAK = re.compile(r"(?<=[^\n:])\n(?=[^\n])(?!" + _LIST_MARKER + "|" + _TIMED_LINE + "|" + _FIELD_LINE + "|" + _INDENTED_LINE + ")")  # "Participants:" ends its line
def _not_ending_in(words: str) -> str:
    """Lookbehinds that fail where the text before ends in one of the space-separated ``words`` ("... of", "... the")."""
    return "".join(r"(?<!\b" + w + ")" for w in words.split())


#: A short first line of a paragraph with no closing punctuation ("Osaka, 7 October", "Delegation members"):
#: a heading, whose line break ends it rather than joining it to the next line.
_SHORT_HEADING_LINE = re.compile(
    r"(?:\A|(?<=\n\n))[ \t]*(?![^\n]*\b(?:the|a|an|by|was|were|is|are|has|have|had|said|led|met|will)\b)"
    r"(?P<line>[^\s][^\n]{0,38}[\w)\]\u3011])" + _not_ending_in("by of the and to in for with a an at on from was were is")
    + r"[ \t]*(?=\n[^\n])")  # blanked emphasis may trail it: "**Day 1 - Pune**"
#: A numbered heading line of a report, "(1) October 14 (Tue): Courtesy call on X", over a paragraph that opens
#: with a capital: its line break ends it (a wrapped line ends in a small word or a comma, not in a name).
_NUMBERED_HEADING_LINE = re.compile(
    r"(?m)^[ \t]*\(\d{1,2}\)[ \t]+[^\n]{3,90}?:[^\n]{2,90}[A-Za-z)]"
    + _not_ending_in("the of and to in for with a an at on by") + r"[ \t]*(?=\n[A-Z])")
#: A block of three or more short lines, each opening with a capital, a digit or a sign and none ending a
#: clause: a contact, address or signature block ("Katrin Roe\nHead of Communications\nAcme GmbH\nTel. ..."),
#: whose lines are separate items, not one sentence wrapped.
_LINE_BLOCK = re.compile(r"(?:\A|(?<=\n\n))(?:[ \t]*[A-Z0-9+(@][^\n]{0,58}(?<![,;])\n){2,}[ \t]*[A-Z0-9+(@][^\n]{0,58}(?=\n|\Z)")
#: A row of a table written with pipes: "9 Sep (Tue) | Tokyo | Meeting with X | Held".
_TABLE_ROW = re.compile(r"(?m)^[^\n|]*\|[^\n|]*\|[^\n]*$")
#: Bullet glyphs, blanked so that no name runs into them ("Pune\n\u2022 Ms. X").
_BULLET = re.compile(r"(?m)^[ \t]*(?:[\u2022\u2023\u2043\u2219\u25aa\u25ab\u25cf\u25e6\u00b7](?=[ \t])|[" + _CJK_BULLETS + "])")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_DATE = (
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+\d{4}|[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d\d-\d\d)"
)
#: "Kyoto/Pune, 12 May 2024:", "DA NANG, April 3, 2024 (AFP)", "Published: 5 October 2023"
DATELINE = re.compile(
    r"^[ \t]*(?:(?P<places>[A-Z][\w\u00c0-\u024f .'\u2019/&-]{1,80}?)\s*[,\u2013\u2014-]\s*|(?:published|updated|posted|dated?|released)\s*:?\s*)"
    r"(?P<date>" + _DATE + r")\s*(?:\((?P<agency>[A-Z][\w .&-]{0,30})\))?\s*[:\u2013\u2014-]?",
    re.I | re.M,
)


#: Bylines and agency tags near the top: "By Staff Correspondent —", "| ANS |",
#: "6:45PM by Press Desk Mumbai", "| Staff Reporter |".
_BYLINES = (
    re.compile(r"^[ \t]*By[ \t]+[A-Z][\w.'-]*(?:[ \t]+[A-Z][\w.'-]*){0,4}(?=[ \t]*(?:[|,\u2014\u2013-]|$))", re.M),
    re.compile(r"(?<=\d)(?:[ \t]*[AaPp]\.?[Mm]\.?)?[ \t]+by[ \t]+[A-Z][\w.&-]*(?:[ \t]+[A-Z][\w.&-]*){0,3}[ \t]*$", re.M),
    re.compile(r"(?<=\|)[ \t]*(?:[A-Z]{2,6}|(?:Staff|Special|Our)[ \t]+(?:Reporter|Correspondent|Writer)|[A-Z][a-z]+[ \t]+Bureau|News[ \t]+Desk)[ \t]*(?=\|)"),
)
#: Offices of officials who write notes of their own ("Secretary (Horticulture)", "Municipal Commissioner"), not reporters.
WRITER_OFFICES = r"Director|Secretary|Commissioner|Officer|Minister|Collector|Mayor|Chairman|Chairperson|President|Ambassador|Consul"
#: ", Secretary (Horticulture), Government of X": the office a byline gives an official who writes, not a reporter.
_AUTHOR_OFFICE_AFTER = re.compile(r"[ \t]*,[ \t]*(?:[A-Z][\w()&.'-]*[ \t]+){0,4}(?:" + WRITER_OFFICES + r"|Magistrate|Governor)\b")
#: "I", "my": a text in its author's own voice.
_OWN_VOICE = re.compile(r"\b(?:I|I'm|I've|my|My)\b")
#: A quotation, whose "I" is the speaker's, not the writer's.
_QUOTED = re.compile(r'"[^"\n]*"|\u201c[^\u201d\n]*\u201d')


def in_own_voice(text: str) -> bool:
    """Whether ``text`` speaks in its writer's voice: "I" or "my" twice or more outside quotations.

    Examples
    --------
    >>> in_own_voice('Last week I met growers. My team and I learnt a lot.')
    True
    >>> in_own_voice('"I was pleased," said one grower. "My orchard needs buyers."')
    False
    """
    return len(_OWN_VOICE.findall(_QUOTED.sub(" ", text))) >= 2


HEADER_CHARS = 600
#: A wire story's sign-off line: "PTI KA NSK", "--IANS", "IANS ab/cd", "(With inputs from agencies)".
#: The agency and its editors' initials report the story; they are no body in it.
_SIGN_OFF = re.compile(
    r"^[ \t]*(?:(?:-{1,2}|\u2014)[ \t]*)?(?:PTI|IANS|ANI|UNI|PNS|TNN|Reuters|AFP|AP|Xinhua|Kyodo|Bernama|Yonhap)"
    r"(?:[ \t]+[A-Z]{2,4}){0,4}(?:[ \t]+[a-z]{2,4}(?:/[a-z]{2,4})+)?[ \t]*$"
    r"(?:\n[ \t]*[a-z]{2,4}(?:/[a-z]{2,4})+[ \t]*$)?"
    r"|^[ \t]*\(With[ \t]+inputs?[ \t]+from[ \t][^()\n]{1,40}\)[ \t]*$",
    re.M,
)


#: Emoji and pictographs (and the variation selector that may follow one).
_PICTOGRAPHS = re.compile("[\U0001f1e6-\U0001f1ff\U0001f300-\U0001faff\u2600-\u27bf\ufe0f]")  # (and flags' letters: "Japan 🇯🇵")
#: Letters and digits of Unicode's mathematical alphanumeric block (bold, italic, sans-serif "Seoul").
_STYLED = re.compile("[\U0001d400-\U0001d7ff]")


def _plain_letter(match: re.Match[str]) -> str:
    """The plain letter a styled one stands for, when it is one character (so offsets keep)."""
    plain = unicodedata.normalize("NFKC", match.group(0))
    return plain if len(plain) == 1 else " "


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group(0))


def clean_text(text: str) -> str:
    """Return ``text`` with markup and hard line breaks blanked, same length.

    Examples
    --------
    >>> clean_text("led by **Shri A Kumar**, CEO")
    'led by   Shri A Kumar  , CEO'
    """
    text = _CONTROL.sub(" ", text)
    text = _PICTOGRAPHS.sub(" ", text)  # "🤝 Seoul": an emoji opens a line, not a name
    if _STYLED.search(text):  # "𝗦𝗲𝗼𝘂𝗹": social-media posts spell names in styled letters
        text = _STYLED.sub(_plain_letter, text)
    text = _EMPHASIS.sub(lambda m: " " * len(m.group(1)) + m.group(2) + " " * len(m.group(1)), text)
    text = _HEADING.sub(_blank, text)
    text = text.replace("\r", " ")
    head, rest = text[:HEADER_CHARS], text[HEADER_CHARS:]
    authors: set[int] = set()  # the line breaks before the bylines kept

    def byline(m: re.Match[str]) -> str:
        # "By Dr. A B, Secretary (Horticulture)" over "Last week I was part of a team ...": the official who writes in
        # the first person, a party to what the text tells; any other byline names the reporter, and goes
        if _AUTHOR_OFFICE_AFTER.match(head, m.end()) and in_own_voice(text[m.end() :]):
            authors.add(m.start() - 1)  # the byline keeps a line of its own
            return m.group(0)
        return _blank(m)

    for pattern in _BYLINES:
        head = pattern.sub(byline, head)
    text = head + rest
    text = _SIGN_OFF.sub(_blank, text)
    kept = {m.end() for m in _SHORT_HEADING_LINE.finditer(text)} | {m.end() for m in _NUMBERED_HEADING_LINE.finditer(text)} | authors
    for m in _LINE_BLOCK.finditer(text):
        kept |= {m.start() + i for i, ch in enumerate(m.group(0)) if ch == "\n"}
    if "|" in text:  # "9 Sep | Tokyo | Meeting with X | Held": each row of a table is a line of its own
        kept |= {m.end() for m in _TABLE_ROW.finditer(text)} | {m.start() - 1 for m in _TABLE_ROW.finditer(text) if m.start()}
    text = _SOFT_BREAK.sub(lambda m: m.group(0) if m.start() in kept else " ", text)
    text = _BULLET.sub(_blank, text)
    return text


def find_dateline(text: str, max_chars: int = 600) -> re.Match[str] | None:
    """The dateline near the top of ``text``, if any ("Osaka/Lucknow, 30 July 2025:")."""
    match = DATELINE.search(text[:max_chars])
    return match
