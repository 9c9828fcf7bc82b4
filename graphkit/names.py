"""Name normalisation: honorifics, titles, legal suffixes and matching keys."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

#: Honorifics dropped from a person's canonical name and kept as titles.
HONORIFICS: tuple[str, ...] = (
    "Shri", "Sri", "Shree", "Smt", "Smt.", "Shrimati", "Kumari", "Km.", "Dr", "Dr.", "Mr", "Mr.",
    "Mrs", "Mrs.", "Ms", "Ms.", "Mx.", "Miss", "Prof", "Prof.", "Professor", "Hon'ble", "Hon\u2019ble",
    "Honourable", "Hon.", "H.E.", "HE", "Sir", "Dame", "Lord", "Lady", "Sheikh", "Dato'", "Datuk",
    "Tan Sri", "Pak", "Ibu", "Mme", "Mme.", "Herr", "Frau", "Er.", "Adv.", "Capt.", "Col.", "Gen.",
    "Lt.", "Maj.", "Thiru", "Thiru.", "Tmt.", "Tmt", "Selvi", "Sushri", "Engr.", "Eng.", "Atty.",
    "Khun", "Sh.", "Ir.", "Dott.", "Dott.ssa", "Ing.", "Avv.", "Sig.", "Sig.ra", "Dipl.-Ing.", "Mag.", "Sr.", "Sra.", "Mlle", "Mlle.",
    # military ranks, written before the name like an honorific ("Vice Admiral X", "Air Marshal Y")
    "Admiral", "Vice Admiral", "Rear Admiral", "Commodore", "Captain", "Colonel", "Brigadier", "Brig.",
    "Major General", "Maj. Gen.", "Lieutenant General", "Lt. Gen.", "Lt Gen", "Air Marshal", "Air Vice Marshal",
    "Air Chief Marshal", "Group Captain", "Wing Commander", "Cdr.", "Cmde.",
)

#: Job-title words that may stand before a name ("Chairman Hiroshi Mitsuda").
TITLE_WORDS: frozenset[str] = frozenset(
    """chairman chairperson chairwoman chair vice deputy president ceo cfo cto coo md minister minister-in-charge
    ministers director directors general consul ambassador secretary principal additional joint chief
    executive officer managing governor lieutenant mayor commissioner advisor adviser head founder
    co-founder cofounder member members partner senior junior state union cabinet prime premier
    counsellor counselor attache attaché envoy representative spokesperson spokesman spokeswoman
    manager officers country regional global national vp svp evp gm administrator collector magistrate
    undersecretary under-secretary superintendent inspector registrar dean rector chancellor
    vice-chancellor vice-president vice-chairman president-elect trustee treasurer
    professor emeritus mp mla mlc speaker leader h.e. excellency his her
    researcher scientist lecturer engineer superintending
    """.split()
)

#: Legal-form suffixes folded away when matching organisation names.
LEGAL_SUFFIXES = re.compile(
    r"(?:[\s,]+(?:co\.?,?\s*ltd\.?|company\s+limited|co\.|co|ltd\.?|limited|pvt\.?|private|"
    r"inc\.?|incorporated|corp\.?|corporation|llc|l\.l\.c\.|llp|plc|gmbh|ag|s\.?a\.?|s\.a\.s\.?|sas|"
    r"srl|s\.r\.l|spa|s\.p\.a|s\.l\.u\.?|s\.l\.?|s\.a\.u\.?|b\.?v\.?|n\.?v\.?|k\.?k\.?|pte\.?|pty\.?|jsc|ojsc|oy|ab|as|a/s|"
    r"s\.r\.o|aps|se|kg|kgaa|bhd\.?|sdn\.?|tbk\.?|fze|fzco|fzc|fz-llc|holdings?|group)\b\.?)+$",
    re.I,
)


#: Legal forms written before a company's name ("PT Astra", "M/s Acme"); case-sensitive.
LEGAL_PREFIXES = re.compile(r"^(?:PT|P\.T\.|CV|M/[sS]\.?|PJSC|JSC|OOO|OAO)\s+(?=[A-Z0-9])")


_SPACES_RE = re.compile(r"\s+")
#: A possessive at the end of a name, and an initial ending one ("Acme's", "Ravi K.").
_POSSESSIVE_END_RE = re.compile(r"(?:'s|\u2019s|')$")
_INITIAL_END_RE = re.compile(r"\b[A-Z]\.$")


def normalise_space(text: str) -> str:
    """Collapse white space and strip it."""
    return _SPACES_RE.sub(" ", text).strip()


def match_key(text: str) -> str:
    """A case-, accent- and punctuation-insensitive key ("Medi-K" == "medi k")."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = text.replace("&", " and ").replace("\u2019", "'")
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"[^\w\s]", " ", text)
    text = re.sub(r"^the\s+", "", normalise_space(text))
    return text


def org_key(name: str) -> str:
    """Matching key of an organisation, legal suffixes folded.

    >>> org_key("Mitsuda Electric Co. Ltd.") == org_key("Mitsuda Electric")
    True
    >>> org_key("PT Mitsuda Indonesia") == org_key("Mitsuda Indonesia")
    True
    """
    stripped = LEGAL_PREFIXES.sub("", LEGAL_SUFFIXES.sub("", normalise_space(name)))
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

    >>> split_person_name("Director General Dr. SATO Kenji")
    ('Sato Kenji', ['Director General', 'Dr.'])
    """
    name, titles = _split_person_name(text)
    return name, list(titles)  # a list of the caller's own


@lru_cache(maxsize=1 << 16)  # pure, and asked about each surface of a person several times per document
def _split_person_name(text: str) -> tuple[str, tuple[str, ...]]:
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
    if len(tokens) >= 2 and re.fullmatch(r"[A-Z]{2}", tokens[0]) and re.search(r"[AEIOUY]", tokens[0]) and not all(
        t.isupper() for t in tokens[1:]
    ):
        tokens[0] = tokens[0].capitalize()  # "NA Min-jun": a two-letter family name in capitals
    name = " ".join(fix_case(t) for t in tokens)
    name = _POSSESSIVE_END_RE.sub("", name).strip(" ,;:.-\u2013\u2014") if not _INITIAL_END_RE.search(name) else name.strip(" ,;:-")
    return name, tuple(titles)


def name_tokens(name: str) -> list[str]:
    """Lower-cased tokens of a person name, hyphenated parts kept whole."""
    return list(_name_tokens(name))


@lru_cache(maxsize=1 << 16)
def _name_tokens(name: str) -> tuple[str, ...]:
    return tuple(t for t in re.split(r"[\s.]+", name.casefold()) if t)


#: Words that are never an entity on their own: role and unit acronyms, document
#: types, pronouns and compass points that the small model tags as names.
NON_ENTITY_WORDS: frozenset[str] = frozenset(
    """ceo cfo coo cto cmo cio md osd gm vp svp evp avp dgm agm ias ips ifs mou mous moa loi lois nda
    mw gw kw mwh gwh kwh tw twh ist gmt utc cet jst rs inr usd eur jpy krw aed sgd crore lakh bn mn
    she he it they we i you his her its their our this that these those
    north south east west central northern southern eastern western northeast northwest southeast southwest
    government cabinet group board union embassy consulate ministry department committee council commission
    authority agency office bureau mission delegation team company firm forum summit chamber state
    secretariat headquarters parliament assembly
    monday tuesday wednesday thursday friday saturday sunday
    january february march april june july august september october november december
    consul consul-general media press release end ends e-mail email tel fax tbc tba
    fdi gdp gst vat sez sezs pli ipo esg csr epc ppp r&d b2b ict q&a faq sc st obc ews cin gstin
    feature features explainer analysis opinion exclusive interview editorial spotlight focus
    completed upcoming cancelled canceled postponed confirmed tentative pending updated draft rescheduled
    photo photos credit credits caption courtesy last next
    """.split()
)

#: Head words of organisation names, used to tell an organisation from a person.
ORG_HEAD_WORDS: frozenset[str] = frozenset(
    """association agency authority corporation corp company co ltd limited gmbh ag inc llc plc jsc pvt
    institute ministry department council forum board committee commission chamber federation
    organisation organization bank university group holdings foundation consortium society centre center
    bureau office consulate embassy mission network alliance cluster systems technologies industries trust
    works labs laboratories motors solutions ventures enterprises partners airlines airways mills s.a. sa
    se kk bv nv pte bhd tbk motor shoji sangyo kogyo seisakusho denki denko zosen kaisha shokai tsusho kasei
    nigam parishad pradhikaran samiti sangh sansthan traders trading foodstuff foodstuffs technopark technopolis
    college academy polytechnic hospital tours travels holidays hotels resorts glass beauty cosmetics exports impex
    agro gakuin hydraulik seiki seiko kiko kikai kinzoku tekko kensetsu kosan unyu""".split()
)

#: Endings of coined company words ("Semitech", "Medisys", "Kunststofftechnik").
COMPANY_WORD_ENDINGS: tuple[str, ...] = (
    "tech", "technik", "tec", "systeme", "sys", "soft", "tronics", "tronic", "werk", "werke", "works",
    "labs", "motors", "logistics", "marine", "pharma", "medical", "solar", "foods", "steel", "cables",
    "infra", "energy", "power", "electric", "electronics", "chem", "chemicals", "textiles", "automotive",
    "pharm", "seafood", "seeds",
)

_CHEMICAL_ELEMENTS = frozenset(
    """H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr Rb
    Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf
    Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U Np Pu""".split()
)


@lru_cache(maxsize=1 << 16)  # pure, and asked about the same surfaces many times per document
def is_chemical_formula(text: str) -> bool:
    """``NdFeB``, ``SmCo``, ``LiFePO4``: element symbols run together (at least two, mixed case).

    >>> is_chemical_formula("NdFeB"), is_chemical_formula("Sony")
    (True, False)
    """
    parts = re.findall(r"[A-Z][a-z]?\d*", text)
    if len(parts) < 2 or "".join(parts) != text or text.isupper():
        return False
    return all(re.sub(r"\d", "", p) in _CHEMICAL_ELEMENTS for p in parts)


_DEMONYMS_OTHER = frozenset(
    """german american african mexican moroccan kenyan ugandan sri lankan dominican puerto rican
    chinese french dutch thai swiss greek czech danish finnish irish polish spanish turkish british
    scottish welsh emirati saudi israeli pakistani bangladeshi iraqi kuwaiti qatari omani nepali yemeni
    bahraini filipino vietnamese japanese lebanese sudanese maltese portuguese taiwanese burmese
    congolese senegalese""".split()
)


@lru_cache(maxsize=1 << 16)  # pure, and asked about the same surfaces many times per document
def is_demonym(word: str) -> bool:
    """A capitalised nationality adjective such as "Indian", "Japanese", "Indo-Korean"."""
    word = word.strip(".,")
    if not word[:1].isupper() or not word.replace("-", "").isalpha():
        return False
    last = word.split("-")[-1].casefold()
    return last in _DEMONYMS_OTHER or (last.endswith(("ian", "ean", "ese")) and len(last) > 5 and last[:4] in _place_stems())


@lru_cache(maxsize=1)
def _place_stems() -> frozenset[str]:
    """First four letters of every country's and first-level subdivision's name: "Korean" and "Keralan" have one
    ("kore", "kera"), the given name "Damian" has none."""
    from .gazetteer import load_gazetteer

    return frozenset(unicodedata.normalize("NFKD", name).casefold()[:4]
                     for name, p in load_gazetteer().exact.items() if p.kind in ("country", "subdivision", "region"))


#: Words a name made only of is generic (built once: the rules ask thousands of times per corpus).
_GENERIC_NAME_WORDS: frozenset[str] = TITLE_WORDS | ORG_HEAD_WORDS | NON_ENTITY_WORDS | {
    "of", "for", "and", "the", "&", "high", "general", "management", "executive", "advisory", "steering",
    "standing", "joint", "working", "special", "cell", "wing", "division", "unit", "desk",
}


_HIGH_COMMISSION_END_RE = re.compile(r"\bHigh\s+Commission$")


@lru_cache(maxsize=1 << 16)  # pure, and asked about the same surfaces many times per document
def is_generic_name(text: str) -> bool:
    """A name made only of titles, organisation heads, demonyms and connectors.

    "Consul General", "Indian Consul", "Management Board" and "High Commission"
    name a role or a kind of body, not one particular entity.
    """
    words = [w for w in re.split(r"[\s]+", normalise_space(text)) if w]
    if not words:
        return True
    generic = _GENERIC_NAME_WORDS
    if len(words) >= 2 and words[-1] == "Department" and all(w[:1].isupper() or w in ("and", "&") for w in words) and not any(
        w.casefold() in ("state", "government", "concerned", "the") for w in words
    ):
        return False  # "Industries Department", "Tourism and Culture Department": a state department's name
    if any(is_demonym(w) for w in words) and (any(
        w.casefold() in ("government", "embassy", "consulate", "consulate-general", "parliament", "army", "navy", "bank") for w in words
    ) or _HIGH_COMMISSION_END_RE.search(text)):
        return False  # "Welsh Government", "German Embassy", "British Deputy High Commission" name one body
    return all(w.casefold().strip(".,") in generic or is_demonym(w) or "-" in w and all(
        part in generic for part in w.casefold().strip(".,").split("-")
    ) for w in words)  # "Director-General", "Vice-Chairman": a hyphenated title is a title


#: Legal forms that are also ordinary words in lower case ("AS", "AB"), matched as written.
_CASED_LEGAL_FORMS = frozenset("AS ASA AB Oy Oyj SpA SRL SARL SAS LLP Pty KG GmbH AG NV BV A/S ApS s.r.o a.s S.p.A S.r.l K.K".split())


@lru_cache(maxsize=1 << 16)  # pure, and asked about the same surfaces many times per document
def looks_like_company(text: str) -> bool:
    """Whether a name has a company word in it ("Samyang Semitech", "Mitsuda Gear Works")."""
    for w in normalise_space(text).split():
        if w.strip(".,") in _CASED_LEGAL_FORMS:
            return True
        low = w.casefold().strip(".,")
        if low in ORG_HEAD_WORDS - {"group", "state", "mission", "office"} or (len(low) > 5 and low.endswith(COMPANY_WORD_ENDINGS)):
            return True
    return False


def _load_abbreviations() -> dict[str, frozenset[str]]:
    import json
    from importlib import resources

    raw = json.loads(resources.files("graphkit").joinpath("data/abbreviations.json").read_text(encoding="utf-8"))
    return {k: frozenset(v) for k, v in raw.items() if isinstance(v, list)}


_ABBREVIATION_LISTS = _load_abbreviations()
#: Technical and economic abbreviations that never name a body on their own ("CNC", "EV", "MoU", "FDI").
TECHNICAL_ABBREVIATIONS: frozenset[str] = _ABBREVIATION_LISTS.get("technical", frozenset())
#: Abbreviated job titles ("CM", "MD", "ACS"): "Karnataka CM" is a place and a title, not a body.
TITLE_ABBREVIATIONS: frozenset[str] = _ABBREVIATION_LISTS.get("titles", frozenset())

#: Sentence adverbs and connectives that open a sentence before a comma ("Later, X and Y signed ...").
SENTENCE_OPENERS: frozenset[str] = frozenset(
    """later earlier meanwhile however today yesterday tomorrow separately additionally also further furthermore
    moreover subsequently thereafter afterwards afterward accordingly besides likewise similarly instead
    nevertheless nonetheless still then now recently finally overall previously currently notably importantly
    together here there elsewhere thus hence therefore indeed initially first second third lastly again
    next soon tonight meantime consequently alternatively specifically ultimately eventually
    sources officials analysts observers""".split()
)

_LY_NAMES = frozenset("italy sicily kelly reilly connolly donnelly beverly manly ely lily emily".split())

#: Lower-case job titles written between a body and a person's name
#: ("the Board's secretary-general Jane Doe", "Acme Corp managing director John Roe").
LOWER_TITLE_RE = re.compile(
    r"(?:^|[\s,(])(?:(?:deputy|vice|acting|joint|additional|former|interim|executive|senior|group|regional|country|global)[\s-]+)*"
    r"(?:secretary[\s-]general|director[\s-]general|chief\s+executive(?:\s+officer)?|chief\s+operating\s+officer|"
    r"chief\s+financial\s+officer|chief\s+technology\s+officer|managing\s+director|executive\s+director|"
    r"president|chairman|chairwoman|chairperson|chair|director|secretary|minister|governor|mayor|"
    r"commissioner|ambassador|head|founder|co-founder|spokesperson|spokesman|spokeswoman|general\s+manager|"
    r"chief|ceo|cfo|coo|cto|md),?\s*$"
)


def is_sentence_opener(word: str) -> bool:
    """Whether ``word`` is an adverb or connective that opens a sentence ("Later", "Meanwhile", "Separately").

    >>> is_sentence_opener("Later"), is_sentence_opener("Additionally"), is_sentence_opener("Mitsuda")
    (True, True, False)
    """
    low = word.strip(",").casefold()
    return low in SENTENCE_OPENERS or (len(low) > 4 and low.endswith("ly") and low not in _LY_NAMES)
