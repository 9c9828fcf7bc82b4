"""Name normalisation: honorifics, titles, legal suffixes and matching keys."""
from __future__ import annotations

import re
import unicodedata

#: Honorifics dropped from a person's canonical name and kept as titles.
HONORIFICS: tuple[str, ...] = (
    "Shri", "Sri", "Shree", "Smt", "Smt.", "Shrimati", "Kumari", "Km.", "Dr", "Dr.", "Mr", "Mr.",
    "Mrs", "Mrs.", "Ms", "Ms.", "Mx.", "Miss", "Prof", "Prof.", "Professor", "Hon'ble", "Hon\u2019ble",
    "Honourable", "Hon.", "H.E.", "HE", "Sir", "Dame", "Lord", "Lady", "Sheikh", "Dato'", "Datuk",
    "Tan Sri", "Pak", "Ibu", "Mme", "Mme.", "Herr", "Frau", "Er.", "Adv.", "Capt.", "Col.", "Gen.",
    "Lt.", "Maj.",
)

#: Job-title words that may stand before a name ("Chairman Takeo Tanaka").
TITLE_WORDS: frozenset[str] = frozenset(
    """chairman chairperson chairwoman chair vice deputy president ceo cfo cto coo md minister
    ministers director directors general consul ambassador secretary principal additional joint chief
    executive officer managing governor lieutenant mayor commissioner advisor adviser head founder
    co-founder cofounder member members partner senior junior state union cabinet prime premier
    counsellor counselor attache attaché envoy representative spokesperson spokesman spokeswoman
    manager officers country regional global national vp svp evp gm administrator collector
    undersecretary under-secretary superintendent inspector registrar dean rector chancellor
    vice-chancellor vice-president vice-chairman president-elect trustee treasurer
    professor emeritus mp mla mlc speaker leader h.e. excellency his her
    """.split()
)

#: Legal-form suffixes folded away when matching organisation names.
LEGAL_SUFFIXES = re.compile(
    r"(?:[\s,]+(?:co\.?,?\s*ltd\.?|company\s+limited|co\.|co|ltd\.?|limited|pvt\.?|private|"
    r"inc\.?|incorporated|corp\.?|corporation|llc|l\.l\.c\.|llp|plc|gmbh|ag|s\.?a\.?|s\.a\.s\.?|sas|"
    r"srl|s\.r\.l\.|spa|s\.p\.a\.|b\.?v\.?|n\.?v\.?|k\.?k\.?|pte\.?|pty\.?|jsc|ojsc|oy|ab|as|a/s|"
    r"se|kg|kgaa|bhd\.?|sdn\.?|tbk\.?|holdings?|group)\b\.?)+$",
    re.I,
)


def normalise_space(text: str) -> str:
    """Collapse white space and strip it."""
    return re.sub(r"\s+", " ", text).strip()


def match_key(text: str) -> str:
    """A case-, accent- and punctuation-insensitive key ("Link-J" == "link j")."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = text.replace("&", " and ").replace("\u2019", "'")
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"[^\w\s]", " ", text)
    text = re.sub(r"^the\s+", "", normalise_space(text))
    return text


def org_key(name: str) -> str:
    """Matching key of an organisation, legal suffixes folded.

    >>> org_key("Tanaka Electric Co. Ltd.") == org_key("Tanaka Electric")
    True
    """
    stripped = LEGAL_SUFFIXES.sub("", normalise_space(name))
    return match_key(stripped or name)


def fix_case(token: str) -> str:
    """``HAYASHI`` -> ``Hayashi``; acronyms of two letters or initials stay."""
    if len(token) > 2 and token.isupper() and token.isalpha():
        return token.capitalize()
    if len(token) > 3 and token.isupper() and "-" in token:
        return "-".join(part.capitalize() for part in token.split("-"))
    return token


def split_person_name(text: str) -> tuple[str, list[str]]:
    """Split honorifics and job titles off a person's name.

    Returns the bare name (ALL-CAPS family names title-cased) and the titles.

    >>> split_person_name("Director General Dr. HAYASHI Yoshikazu")
    ('Hayashi Yoshikazu', ['Director General', 'Dr.'])
    """
    tokens = normalise_space(text).split(" ")
    titles: list[str] = []
    current: list[str] = []
    while len(tokens) > 1:
        tok = tokens[0]
        bare = tok.rstrip(",")
        if bare in HONORIFICS or bare.rstrip(".") + "." in HONORIFICS and bare.endswith("."):
            if current:
                titles.append(" ".join(current))
                current = []
            titles.append(bare)
            tokens.pop(0)
        elif bare.casefold() in TITLE_WORDS or bare.casefold() in ("of", "for", "and", "the", "&"):
            current.append(bare)
            tokens.pop(0)
        else:
            break
    if current:
        while current and current[-1].casefold() in ("of", "for", "and", "the", "&"):
            current.pop()
        if current:
            titles.append(" ".join(current))
    name = " ".join(fix_case(t) for t in tokens)
    name = re.sub(r"(?:'s|\u2019s|')$", "", name).strip(" ,;:.-\u2013\u2014") if not re.search(r"\b[A-Z]\.$", name) else name.strip(" ,;:-")
    return name, titles


def name_tokens(name: str) -> list[str]:
    """Lower-cased tokens of a person name, hyphenated parts kept whole."""
    return [t for t in re.split(r"[\s.]+", name.casefold()) if t]
