"""Person mentions: find capitalised name runs, decide which are people, merge them.

A run of capitalised words is a person when a title precedes it (M., Mme, Ms…), its
first word is a known given name, spaCy tags it PER, or — for multi-word runs spaCy
does not call a place or organisation — nothing says otherwise (in English, with no
tagger, an unknown run needs a sign of a person: a title, a role, an age, "he"/"she"…).
A name after an organisation noun («la fondation Jean Monnet») or after "at/in" is a body,
and the canonical name is the fullest form as the text writes it.  Runs are merged into
one person when one's name words are a subset of another's ("M. Stoltenberg" ⊂
"Jens Stoltenberg"), which also covers surname-first order ("Yao Désiré" ⊂ "Yao
Kouassi Désiré").
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from . import nlp
from .lexicon import (
    ROLE_NOUNS_RAW,
    EN_VERBS,
    FIRST_NAMES,
    FR_VERBS,
    MONTHS_DAYS,
    NATIONALITY_GENDER,
    ORG_NOUNS,
    ORG_WORDS,
    PERSON_NOUNS,
    PERSON_NOUNS_RAW,
    PLACES,
    ROLE_NOUNS,
    TITLES_F,
    TITLES_M,
    TITLES_N,
    fold,
)
from .text import Token, is_function_word

_PARTICLES = frozenset({"de", "du", "van", "von", "der", "den", "da", "di", "dos", "bin", "ibn", "al", "el",
                        "ter", "ten", "le", "la", "mc", "ap", "ní", "ni", "nic", "ó"})
_DETS = frozenset({"le", "la", "l'", "les", "un", "une", "son", "sa", "ses", "ce", "cet", "cette", "the",
                   "a", "an", "his", "her", "its", "their", "this", "that", "notre", "leur"})
_FEM_DETS = frozenset({"la", "une", "cette", "sa"})
_MASC_DETS = frozenset({"le", "un", "ce", "cet", "son"})
NER_MAX_TOKENS = 6000
# "I'd", "I'm", "We'll", "That's": not names ("D'Amelio", "Guivarc'h" are)
_CONTRACTION = re.compile(r"^(?:i|you|we|they|he|she|it|that|there|here|who|what|where|let|y)'[a-z]{1,2}$")
_INVERTED_TAIL = re.compile(r"-(?:t-)?(?:il|elle|ils|elles|on|je|tu|nous|vous|ce)$")  # "Faut-il"
_LOCATIVE = frozenset({"à", "au", "aux", "en", "in", "at", "near", "from", "de", "d'", "du", "of"})
# auxiliaries end the words before a name: "Les buts sont signés X" (X is no subject)
_AUX_FR = frozenset({"a", "est", "sont", "ont", "etait", "etaient", "ete", "avait", "avaient", "sera", "seront"})
_AUX_EN = frozenset({"has", "is", "was", "are", "were", "been", "have", "had", "will"})
_AT = frozenset({"at", "in", "inside", "au", "aux", "en"})
# words after which a capitalised run is the person itself ("Pour Hamidou Boubacar Sidibé")
_PERSON_INTRO = frozenset(fold(w) for w in """pour selon par avec chez contre by with like according
said told""".split())
_NAMED_THINGS = frozenset(fold(w) for w in """prix trophée coupe médaille rue avenue boulevard place pont quai
lycée collège stade salle gare aéroport musée théâtre festival opération plan loi affaire procès
prize award trophy cup medal street avenue road bridge stadium museum theatre festival operation act
bill""".split())
_NAMED_PLACES = frozenset(fold(w) for w in """quartier village hameau secteur canton commune cité lotissement
faubourg marché port plage île lieu-dit township suburb neighbourhood neighborhood ward""".split())
_DEFENDANT_FR = frozenset(fold(w) for w in """comparaît comparaissait comparaissaient comparu comparaîtra
comparaissent jugé jugée poursuivi poursuivie condamné condamnée""".split())
_DEFENDANT_NOUNS = frozenset(fold(w) for w in "prévenu prévenue accusé accusée defendant accused".split())
_DEFENDANT_EN = frozenset("""appeared pleaded sentenced convicted jailed""".split())
_GROUP_NOUNS = frozenset("""side team squad club fans supporters players staff board officials spokesperson
spokesman spokeswoman boss chief executives shareholders members voters""".split())
_ROLE_STOP = frozenset({"qui", "que", "who", "which", "dont", "ou", "et", "and", "mais", "but"})


@dataclass
class Mention:
    """A capitalised name run at tokens ``[first, last)``."""

    first: int
    last: int
    text: str
    words: tuple[str, ...]
    title: str | None
    in_quote: bool
    person: int | None = None


@dataclass
class Person:
    pid: int
    forms: list[str] = field(default_factory=list)
    words: set[str] = field(default_factory=set)
    gender: str | None = None
    nationality: str | None = None
    roles: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    spoke: bool = False
    gender_from_title: bool = False

    @property
    def name(self) -> str:
        # fullest form among those whose last word is also used alone ("Mokoena-Sithole
        # said" backs "Thandiwe Mokoena-Sithole" over a caption misprint)
        # A form whose last word the text also uses alone (the surname) outranks a longer
        # one whose last word never stands alone ("Patrick Mbala" + "Mbala" over a single
        # "Patrick Mbala Kinshasa"-like run); then the fullest form wins.
        # A full name (two words or more) always beats a lone given name or surname
        # ("Didier" said inside a quote never replaces "Didier Lambotte"), and the name is
        # kept in the order the text gives it ("Bamba Mariam", surname first, stays so).
        singles = {fold(f) for f in self.forms if len(f.split()) == 1}
        multi = [f for f in self.forms if len(f.split()) > 1]
        if not multi:
            return max(self.forms, key=len)
        # "backed": its surname — the last word, or the first in surname-first order
        # ("Koné Awa" … "Mme Koné") — also stands alone in the text
        backed = [f for f in multi if fold(f.split()[-1]) in singles or fold(f.split()[0]) in singles]
        # a longer run whose last word never stands alone, holding a backed form, carries a
        # stray word ("Patrick Mbala Kinshasa" beside "Patrick Mbala" … "Mbala")
        pool = [f for f in multi if f in backed or not any(
            set(name_words(b)) < set(name_words(f)) for b in backed)]
        # then the fullest form, the first the text gives on a tie ("Koné Awa" before "Awa Koné")
        return max(pool, key=lambda f: (len(name_words(f)), f in backed, -self.forms.index(f)))

    def descriptors(self) -> set[str]:
        """Folded words of roles, aliases and nationality, to match role-only subjects."""
        out: set[str] = set()
        for text in self.roles + self.aliases + ([self.nationality] if self.nationality else []):
            out.update(fold(w) for w in text.replace("’", " ").replace("'", " ").split())
        # function words ("de", "the") would make every description match every role
        return {w for w in out if not is_function_word(w) and len(w) > 1}

    def role_initials(self) -> set[str]:
        """The initials of a role's words: «la PDS» for «présidente de la délégation spéciale»."""
        out: set[str] = set()
        for text in self.roles:
            initials = "".join(w[0] for w in fold(text).replace("'", " ").replace("-", " ").split()
                               if w[:1].isalpha() and not is_function_word(w))
            out.update(initials[:b] for b in range(2, min(len(initials), 6) + 1))
        return out

    def add_form(self, form: str) -> None:
        if form not in self.forms:
            self.forms.append(form)


def name_words(text: str) -> tuple[str, ...]:
    """Folded name words; hyphens split so "Thandiwe-Mokoena Sithole" ≈ "Thandiwe Mokoena-Sithole"."""
    return tuple(w for w in fold(text).replace("-", " ").replace("'", " ").replace("/", " ").split() if w not in _PARTICLES)


def _is_title(tokens: list[Token], i: int) -> str | None:
    low = tokens[i].low
    if low == "m" and i + 2 < len(tokens) and tokens[i + 1].text == "." and len(tokens[i + 2].text) == 1 \
            and tokens[i + 2].text.isupper() and tokens[i + 2].start == tokens[i + 1].end:
        return None  # "M.A. Joseph": initials, not «M.»
    if low in TITLES_M or low in TITLES_F:
        return low.rstrip(".")
    if low == "m" and i + 1 < len(tokens) and tokens[i + 1].text == ".":
        return "m"
    if low in TITLES_N and tokens[i].cap:
        return low
    return None


_CLAUSE_ADVERBS = frozenset(fold(w) for w in """hier aujourd'hui soir matin midi encore aussi également
enfin ensuite alors récemment vendredi samedi dimanche lundi mardi mercredi jeudi yesterday today""".split())
_STATEMENT_NOUNS = frozenset(fold(w) for w in """statement note notes filing release report research
communiqué communique rapport étude""".split())
_CORPORATE = frozenset({"inc", "ltd", "llc", "corp", "plc", "sa", "sas", "sarl", "gmbh", "ag", "group", "groupe",
                        "holdings", "partners", "associates", "lp", "llp", "pty", "co", "bv", "nv", "spa", "srl"})
_NAME_SUFFIXES = frozenset({"II", "III", "IV", "VI", "VII", "VIII", "IX", "Jr", "Sr"})
_NAME_NOUNS = frozenset({"surname", "name", "nom", "prenom", "patronyme", "pseudonyme", "pseudonym", "nickname",
                         "surnom"})
_NICKNAME_CUES = frozenset({"appelle", "appellent", "surnomme", "surnommee", "surnomment", "surnom", "nicknamed",
                            "alias", "dit", "dite"})
_ALIAS_WORDS = frozenset({"dit", "dite", "alias", "surnommé", "surnommée", "surnomme", "aka"})
_PREPOSITIONS_FR_EN = frozenset(fold(w) for w in """à au aux de du des d' par pour avec sans chez contre sur sous
dans en entre vers of to for with by from at in on""".split())
_NAME_PARTICLES_MID = frozenset({"ben", "bin", "ibn", "bint", "ould", "mint", "ag", "wa"})
_KIN_GENDER = {fold(w): g for g, ws in (("f", "mère maman femme épouse fille sœur soeur veuve tante grand-mère "
                                               "mother wife daughter sister widow aunt grandmother mum"),
                                        ("m", "père papa mari époux fils frère veuf oncle grand-père "
                                              "father husband son brother widower uncle grandfather dad"))
               for w in ws.split()}
_CIVIL = TITLES_M | TITLES_F | {"m"}  # "Mme Flamand": what follows is a surname, whatever it means


# Capitalised words heading a body or place that is often named after a person
_INSTITUTIONS = frozenset(fold(w) for w in """Association Fondation Foundation Société Hôpital Hospital École
School Collège College Lycée Université University Institut Institute Clinique Stade Stadium Rue Street
Avenue Boulevard Centre Center Banque Bank Maison Fédération Federation Club Église Church Hôtel Hotel
Prix Prize Award Fonds Fund Place Square Quai Allée Impasse Chemin Pont Bridge Parc Park Musée Museum
Bibliothèque Library Salle Hall Théâtre Theatre Theater Cinéma Gymnase Piscine Résidence Cité""".split())


def _common_words(tokens: list[Token]) -> set[str]:
    """Words seen in lower case but never capitalised mid-sentence: not names."""
    lower: set[str] = set()
    capital_mid: set[str] = set()
    for i, t in enumerate(tokens):
        if not t.is_word:
            continue
        if t.text[0].islower():
            lower.add(t.low)
        elif i and tokens[i - 1].sent == t.sent and tokens[i - 1].is_word:
            capital_mid.add(t.low)
    return lower - capital_mid


def _lower_part(text: str) -> bool:
    """"Ex-treasurer", "Labour-run": a hyphenated word with a lower-case part is no name
    (names capitalise every part: "Jean-Pierre", "Dlamini-Khoza"; particles excepted)."""
    if re.match(r"^[A-Z]['’][a-z]", text) and not re.match(r"^[DLO]['’]", text):
        return True  # "P'tits Loups": an elided common word, not a name (not "D'Amelio", "O'Brien")
    parts = text.replace("’", "'").split("-")
    if len(parts) == 2 and parts[0][:1].isupper() and parts[0][1:].islower() and parts[1].islower() \
            and 2 <= len(parts[0]) <= 5 and 1 <= len(parts[1]) <= 5 and parts[0].isalpha() and parts[1].isalpha() \
            and parts[0].lower() not in _HYPHEN_PREFIXES and parts[1] not in _HYPHEN_SUFFIXES:
        return False  # "Kwok-wai", "Mei-ling", "Ji-hoon": romanised given names
    return len(parts) > 1 and any(pt[:1].islower() and pt not in _PARTICLES for pt in parts[1:] if pt)


_MAN_WORDS = frozenset("""businessman businesswoman chairman chairwoman spokesman spokeswoman fisherman
congressman congresswoman councilman councilwoman policeman policewoman craftsman tradesman sportsman
sportswoman salesman saleswoman cameraman frontman""".split())
_HYPHEN_PREFIXES = frozenset("""ex anti pro post pre self co non mid semi multi vice well so all cross
half inter intra micro macro mega mini neo over under out sub super ultra re de un top hi low far
near long short high big old new full part free day one two three four five six ten first last
week hip bien mal mi demi auto extra para quasi très plus moins après avant arrière contre entre sur
sans belle beau petit petite dix vingt trente soixante sud nord elle lui eux nous vous moi toi celle
celui ceux peut rendez laissez garde porte sous""".split())
_HYPHEN_SUFFIXES = frozenset("""run led based owned backed born made style free like wide term old
year up in out off on time level scale class type long day week month yet fold odd ish même ci là
un deux trois six sept huit neuf dix end être midi ville""".split())


def _is_nonname_word(low: str, verbs: frozenset[str], raw: str | None = None) -> bool:
    if raw is not None and (low in PERSON_NOUNS or low in ROLE_NOUNS) \
            and raw.lower().replace("’", "'") not in PERSON_NOUNS_RAW | ROLE_NOUNS_RAW:
        return False  # "Chief executive Mere Tipene": "mère" only with its accent
    return (is_function_word(low) or low in MONTHS_DAYS or low in ROLE_NOUNS or low in PERSON_NOUNS
            or low in NATIONALITY_GENDER
            or low in PLACES or low in ORG_WORDS or low in verbs
            or len(low) > 4 and low.endswith("s") and (low[:-1] in PERSON_NOUNS or low[:-1] in ROLE_NOUNS))
    # ("Supporters call it…", "Residents say…": people in the plural, not a name)


def find_mentions(tokens: list[Token], language: str) -> list[Mention]:
    """Capitalised runs (titles stripped, leading common words trimmed)."""
    verbs = FR_VERBS if language == "fr" else EN_VERBS
    common = _common_words(tokens)
    # surnames the text gives after a given name ("Rosalind Keeper"): "Keeper said" is her,
    # even though "keeper" is also a word
    surnames = {tokens[i + 1].low for i in range(len(tokens) - 1)
                if tokens[i].low in FIRST_NAMES and tokens[i].cap and tokens[i + 1].cap and not tokens[i + 1].acronym
                and tokens[i + 1].line == tokens[i].line and (i + 2 >= len(tokens) or not tokens[i + 2].cap)}
    out: list[Mention] = []
    i, n = 0, len(tokens)
    while i < n:
        t = tokens[i]
        title = _is_title(tokens, i)
        if title:
            j = i + 1 + (tokens[i + 1].text == "." if i + 1 < n else 0)
            if j < n and tokens[j].cap and not tokens[j].acronym and tokens[j].line == t.line:
                i = j
            else:
                i += 1
                continue
        elif not t.cap or t.acronym or _CONTRACTION.search(t.low) or _INVERTED_TAIL.search(t.low) or _lower_part(t.text):
            i += 1
            continue
        start = i
        j = i
        while j < n and tokens[j].line == t.line and tokens[j].quote == tokens[start].quote:
            tj = tokens[j]
            if sum(1 for x in range(start, j) if tokens[x].is_word and len(tokens[x].text) > 1
                   and not _is_nonname_word(tokens[x].low, verbs)) >= 6:
                break  # names are short; a longer capitalised run is a heading or noise
            if j > start and (_is_title(tokens, j) in TITLES_M | TITLES_F | {"m"} or (
                    _is_title(tokens, j) and len(tj.text) <= 4 and j + 2 < n and tokens[j + 1].text == "."
                    and tokens[j + 2].cap)):
                # ("Mississippi Gov. Tate Reeves": the abbreviated title starts the name)
                nx = j + 1 + (j + 1 < n and tokens[j + 1].text == ".")
                if nx < n and tokens[nx].cap and tokens[nx].line == t.line:
                    break  # "Selon M. Bolduc": the title starts a new run ("Selon M" is no name)
                # "Kevin M., 22 ans": an initial
            if len(tj.text) == 1 and tj.text.isupper():
                x = j
                while x + 1 < n and len(tokens[x].text) == 1 and tokens[x].text.isupper() \
                        and tokens[x + 1].text == "." and tokens[x + 1].start == tokens[x].end:
                    x += 2
                if x > j and x < n and tokens[x].cap and len(tokens[x].text) > 1 and tokens[x].line == t.line \
                        and not _is_nonname_word(tokens[x].low, verbs):
                    j = x  # "H.S. Manjunath Gowda": initials before a name (not "U.S. Attorney")
                    continue
            if tj.text == "/" and j > start and tokens[j - 1].cap and j + 1 < n and tokens[j + 1].cap \
                    and tokens[j].start == tokens[j - 1].end and tokens[j + 1].start == tj.end \
                    and not is_function_word(tokens[j + 1].low) and not _is_nonname_word(tokens[j + 1].low, verbs):
                j += 1  # "Aminata Sawadogo/Yaméogo": a birth name and a married name
                continue
            if (tj.acronym and j > start and len(tj.text) >= 3 and tj.text.isalpha() and tokens[j - 1].cap
                    and not tokens[j - 1].acronym and tokens[j - 1].is_word and tj.line == t.line):
                j += 1  # "Issoufou HAMANI", "Aïchatou Garba SOULEY": a surname in capitals
                continue
            if tj.cap and not tj.acronym and not _CONTRACTION.search(tj.low) and not _INVERTED_TAIL.search(tj.low) and not _lower_part(tj.text) or (tj.low in _PARTICLES and j + 2 < n and tokens[j + 1].low in _PARTICLES
                  and tokens[j + 2].cap and j > start and tokens[j + 2].line == t.line
                  and not tokens[j + 1].cap) or (tj.low in _PARTICLES and j + 1 < n and tokens[j + 1].cap and j > start
                  and tokens[j + 1].line == t.line
                  # ("Cheikh Tidiane Mbengue de Tidiane Events": a full name, then a body)
                  and not (j - start >= 2 and j + 2 < n and tokens[j + 2].cap and tokens[j + 2].is_word)):
                j += 1
            else:
                break
        # trim leading words that are not names ("Le", "Says", "Dimanche", "England")
        a = start
        if a + 2 < j and tokens[a].low not in FIRST_NAMES and language == "en" and not title \
                and (tokens[a + 1].low in FIRST_NAMES or a == 0 or tokens[a - 1].sent != tokens[a].sent) \
                and (tokens[a].low.endswith(("ist", "ian", "ner", "ter", "ger", "ker", "tor"))
                     or tokens[a].low in _MAN_WORDS):  # ("Businesswoman Sherine X")
            a += 1  # "Trombonist Everton McLeish", "Historian Jane X": an occupation before the name
        while a < j and not (a == start and title in _CIVIL and tokens[a].low not in ROLE_NOUNS | verbs) \
                and not (a + 1 == j and tokens[a].low in surnames and tokens[a].low not in verbs
                         and not is_function_word(tokens[a].low)) \
                and not (a + 1 < j and tokens[a].low in FIRST_NAMES and language == "en") \
                and not (a + 1 < j and language == "fr" and a > 0 and tokens[a - 1].sent == tokens[a].sent
                         and (tokens[a - 1].is_word or tokens[a - 1].text == ",") and tokens[a].text[:1].isupper()
                         and (tokens[a].low in FIRST_NAMES or tokens[a].low in MONTHS_DAYS)) and (
                _is_nonname_word(tokens[a].low, verbs, tokens[a].text if a + 1 < j else None) or tokens[a].low in _PARTICLES
                         or (tokens[a].low in common and (a == 0 or tokens[a - 1].sent != tokens[a].sent
                                                          or not tokens[a - 1].is_word))):
            a += 1
        late_title = None
        if a > start and a + 1 < j and _is_title(tokens, a):
            # "Pour Dr Célestine X": a title after a capitalised opener still is one
            late_title = _is_title(tokens, a)
            a += 1 + (tokens[a + 1].text == ".")
        if a > start and tokens[a - 1].cap and fold(tokens[a - 1].text) in _INSTITUTIONS:
            i = max(j, i + 1)
            continue  # «l'Association Nour», «l'hôpital Jean-Verdier», "Rue Jean Jaurès": a body or place
        b = j
        while b > a and (tokens[b - 1].low in _PARTICLES or tokens[b - 1].low in MONTHS_DAYS
                         or is_function_word(tokens[b - 1].low)) and not (
                b - 1 > a and len(tokens[b - 1].text) == 1 and tokens[b - 1].text.isupper() and b < n
                and tokens[b].text == "." and tokens[b].start == tokens[b - 1].end):
            b -= 1  # (not "Yannick L.": an initial)
        if a < b:
            words = name_words(" ".join(tk.text for tk in tokens[a:b]))
            if words and b == j and b < n and tokens[b].text in _NAME_SUFFIXES and tokens[b].line == tokens[a].line \
                    and tokens[b].start == tokens[b - 1].end + 1:
                b += 1  # "Daasebre Kwaku Amoako II", "Martin Luther King Jr": part of the name
                j = max(j, b)
            if words:
                text = _span_text(tokens, a, b)
                if b - a > 1 and b < n and tokens[b].text == "." and tokens[b].start == tokens[b - 1].end \
                        and len(tokens[b - 1].text) == 1 and tokens[b - 1].text.isupper():
                    text += "."  # "Samir T.": the initial keeps its full stop
                out.append(Mention(a, b, text, words, title if a == start else late_title,
                                   tokens[a].quote >= 0))
        i = max(j, i + 1)
    return out


def _join_nicknames(mentions: list[Mention], tokens: list[Token]) -> list[Mention]:
    """"Gordon “Gordie” McAllister", "Jean-Philippe « J-P » Lavoie": a nickname in marks
    between a given name and a surname leaves one name (the nickname is dropped)."""
    out: list[Mention] = []
    i = 0
    while i < len(mentions):
        m = mentions[i]
        if i + 2 < len(mentions) and not m.in_quote and m.last < len(tokens) and tokens[m.last].quote >= 0 \
                and not tokens[m.last].is_word and mentions[i + 1].in_quote and not mentions[i + 2].in_quote:
            nick, o = mentions[i + 1], mentions[i + 2]
            close = o.first - 1
            if nick.first == m.last + 1 and close == nick.last and tokens[close].quote >= 0 \
                    and not tokens[close].is_word and tokens[o.first].line == tokens[m.first].line \
                    and len(m.words) <= 2 and len(o.words) <= 2:
                text = m.text + " " + o.text
                # (the nickname's words join the person's, so "prévient Doumé" finds them)
                out.append(Mention(m.first, o.last, text, m.words + o.words + nick.words, m.title, False))
                i += 3
                continue
        if i + 1 < len(mentions) and not m.in_quote and not mentions[i + 1].in_quote and len(m.words) <= 2 \
                and len(mentions[i + 1].words) <= 2 and 3 <= mentions[i + 1].first - m.last <= 5 \
                and not tokens[m.last].is_word and tokens[m.last].quote >= 0 \
                and not tokens[mentions[i + 1].first - 1].is_word and tokens[mentions[i + 1].first - 1].quote >= 0 \
                and all(tokens[x].is_word and tokens[x].text[:1].isupper()
                        for x in range(m.last + 1, mentions[i + 1].first - 1)) \
                and tokens[mentions[i + 1].first].line == tokens[m.first].line:
            # "Jean-Philippe « J-P » Lavoie": a nickname no rule took for a name
            o = mentions[i + 1]
            nick = tuple(fold(tokens[x].text) for x in range(m.last + 1, o.first - 1))
            out.append(Mention(m.first, o.last, m.text + " " + o.text, m.words + o.words + nick, m.title, False))
            i += 2
            continue
        if i + 1 < len(mentions) and len(m.words) == 1 and m.words[0] in FIRST_NAMES and not m.title \
                and m.last + 1 < len(tokens) and tokens[m.last].low in ("and", "et", "&") \
                and mentions[i + 1].first == m.last + 1 and len(mentions[i + 1].words) == 2 \
                and mentions[i + 1].words[0] in FIRST_NAMES and not mentions[i + 1].title:
            # "Jenny and Phil Cartwright": two people sharing the surname
            o = mentions[i + 1]
            surname = o.text.split(None, 1)[1] if " " in o.text else ""
            if surname:
                out.append(Mention(m.first, m.last, f"{m.text} {surname}", m.words + o.words[1:], None, m.in_quote))
                out.append(o)
                i += 2
                continue
        if i + 1 < len(mentions) and m.last + 1 < len(tokens) and tokens[m.last].low in ("nee", "epouse", "ep.") \
                and mentions[i + 1].first == m.last + 1 and mentions[i + 1].in_quote == m.in_quote \
                and not mentions[i + 1].title:
            # "Mme Kouassi née Bamba Aminata": married and birth names are one person's name
            # (the name is the married one when it is whole, "Salimata Kaboré née Zoungrana";
            # with a surname alone, "Mme Kouassi née Bamba Aminata", it needs the rest)
            o = mentions[i + 1]
            text = m.text if len(m.words) >= 2 else f"{m.text} {tokens[m.last].text} {o.text}"
            out.append(Mention(m.first, o.last, text, m.words + o.words, m.title, m.in_quote))
            i += 2
            continue
        out.append(m)
        i += 1
    return out


def _span_text(tokens: list[Token], a: int, b: int) -> str:
    parts = []
    for k in range(a, b):
        if k > a and tokens[k].start > tokens[k - 1].end:
            parts.append(" ")
        parts.append(tokens[k].text)
    return "".join(parts)


_DEMONYM_END = re.compile(r"(?:ien|ienne|ais|aise|ois|oise|ain|aine|an|ane|ite|in|ine|ote|éen|éenne|i)$")


def _people_word(t: Token, before: Token | None) -> bool:
    """A people's name: known ("Norvégien"), or a capitalised demonym after an article
    ("le Malawite", "la Burkinabè" aside) that no list holds."""
    return t.low in NATIONALITY_GENDER or (
        t.cap and not t.acronym and not t.text.isupper() and before is not None
        and before.low in ("le", "la", "l'") and bool(_DEMONYM_END.search(t.low)))


def _orgish(m: Mention, surname_last: bool = False) -> bool:
    """A word of the run names a body, a place or a nationality; the parts of a hyphenated
    surname do not count ("Halloran-Côté" is no Côte d'Ivoire)."""
    given = m.words[0] in FIRST_NAMES or surname_last
    words = m.words if not given else [fold(w) for w in m.text.replace(".", " ").split() if "-" not in w]
    # ("Hydro-Québec" is still a body: only after a given name are the parts a surname's)
    if any(w in ORG_WORDS for w in words):
        return True
    # after a given name that is no place itself, a last word that is a place or a people
    # is a surname ("Marie-Jeanne Flamand", "Jacinthe Ottawa"), not "Florence Paris"
    if given and len(m.words) >= 2 and m.words[0] not in PLACES and words and words[-1] == m.words[-1]:
        words = words[:-1]
    return any(w in PLACES or w in NATIONALITY_GENDER for w in words)


def _ner_labels(tokens: list[Token], language: str, mentions: list[Mention]) -> dict[int, str] | None:
    """Entity label per token index, from spaCy run only where the rules are unsure.

    Names with a title or a known given name, and runs holding a place or organisation
    word, are decided by rules; spaCy reads just the sentences (outside quotes) holding
    the other capitalised runs, which keeps its cost to a fraction of a full pass.
    """
    sents = {tokens[m.first].sent for m in mentions
             if not m.in_quote and not m.title and m.words[0] not in FIRST_NAMES and not _orgish(m)}
    if not sents:
        return {}
    idx = [k for k, t in enumerate(tokens) if t.sent in sents
           and (t.quote < 0 or (k and tokens[k - 1].quote != t.quote))]
    if len(idx) > NER_MAX_TOKENS:
        return None  # far beyond any article: rules only, to stay fast on hostile input
    words = [tokens[k].text if tokens[k].quote < 0 else "«…»" for k in idx]
    spaces = [k + 1 < len(tokens) and tokens[k + 1].start > tokens[k].end for k in idx]
    ents = nlp.entities(words, spaces, language)
    if ents is None:
        return None
    labels: dict[int, str] = {}
    for a, b, label in ents:
        for w in range(a, b):
            labels[idx[w]] = label
    return labels


class People:
    """All persons of one text, with their mentions in document order."""

    def __init__(self, tokens: list[Token], language: str):
        self.tokens = tokens
        self.language = language
        self.persons: list[Person] = []
        self.mentions = _join_nicknames(find_mentions(tokens, language), tokens)
        self.labels = _ner_labels(tokens, language, self.mentions)
        self._tighten()
        self.by_token: dict[int, Mention] = {}
        self._index: dict[str, list[Person]] = {}  # name word → persons, for merging
        self._seen_at: dict[int, list[int]] = {}  # person → tokens where a form of them stands
        self._by_last: dict[str, list[Mention]] | None = None  # for create_from, built lazily
        self._by_first: dict[str, list[Mention]] | None = None
        self._loc_words: set[str] | None = None
        self._multi_words: set[str] | None = None
        self._alone_words: set[str] | None = None
        self._lower_words: set[str] | None = None
        self._after_at: set[tuple[str, ...]] | None = None
        self._org_runs: set[tuple[str, ...]] | None = None
        self._ends: set[int] | None = None
        self._premodifiers: set[str] | None = None
        self._build()

    def _tighten(self) -> None:
        """Cut "Santé Pierre Aubertin" (from "ministre de la Santé Pierre Aubertin") to the name."""
        # words the text uses alone after a civil title ("M. Ouattara") are surnames, never a
        # prefix to cut ("Ouattara Siaka Ibrahim" is surname first, not "Santé Pierre X")
        titled = {m.words[0] for m in self.mentions if len(m.words) == 1 and m.title}
        for m in self.mentions:
            if m.title in _CIVIL and len(m.words) >= 2 and m.words[0] in TITLES_N \
                    and self.tokens[m.first].text[:1].isupper():
                # "Mr Justice Colm X", "Mrs Justice Y": the office between the civil title and the name
                k = m.first + 1
                text = _span_text(self.tokens, k, m.last)
                m.first, m.text, m.words = k, text, name_words(text)
                continue
            if len(m.words) < 2 or m.title in _CIVIL:
                continue
            cut = None
            # "District Judge Alison Nathan": a title or role word inside the run ends the prefix
            # ("Pape Malick Diop": a given name that is also a title word opens the name)
            # ("Pape Malick Diop", "forecaster Dean Narayan": a given name that is also a title
            # word opens the name when a surname, not another given name, follows)
            raw_role = {fold(t.text) for t in self.tokens[m.first:m.last] if t.is_role}  # ("Mere" is no "mère")
            inner_title = [i for i, w in enumerate(m.words[:-1]) if (w in raw_role or w in TITLES_N)
                           and not (i == 0 and m.title and w not in TITLES_N)  # ("Me Pape Samba X")
                           and not (i == 0 and w in FIRST_NAMES and self.tokens[m.first].text[:1].isupper()
                                    and m.first and (self.tokens[m.first - 1].text == ","
                                                     or m.words[1] not in FIRST_NAMES))]
            if inner_title:
                cut = inner_title[-1] + 1
            start = cut or 0
            before = self.tokens[m.first - 1].low if m.first else ""
            verbs = FR_VERBS if self.language == "fr" else EN_VERBS
            # (after a comma, a full stop or a role word, an unknown first word is an unknown
            # given name: ", Nadège Étienne,", "Dans un lycée, Samia Ben X")
            opens_name = bool(m.title) or self.language == "fr" and (before in (",", ".", "") or (
                m.first > 0 and self.tokens[m.first - 1].low in TITLES_N
                and self.tokens[m.first - 1].text[:1].islower())) or (  # «le colonel Salissou Abdou X»
                self.language == "en" and m.first > 0 and self.tokens[m.first - 1].is_role
                and self.tokens[m.first - 1].text[:1].islower()) or (  # "district officer Imran Ali Shah"
                self.language == "en" and before == "," and m.first > 1 and self.tokens[m.first - 2].is_role
                and self.tokens[m.first - 2].text[:1].islower())  # "The chief executive, Syed Kamran Ali Shah,"
            if m.words[start] not in FIRST_NAMES and "." not in m.words[start] and (
                    start or (before not in _PERSON_INTRO and before not in verbs and not opens_name)):
                # "Communication Patrick X" (from "Ministre de la Communication Patrick X"); not
                # "Pour Hamidou Boubacar Sidibé", where nothing makes the first word a domain
                # ("Ben"/"Bin" inside a name is "son of", not a given name)
                given = next((i for i, w in enumerate(m.words[:-1]) if i > start and w in FIRST_NAMES
                              and w not in _NAME_PARTICLES_MID), None)
                if given is not None and any(w in titled for w in m.words[start:given]):
                    given = None
                cut = given or cut
            if not cut and self.language == "fr" and before in ("le", "la") and len(m.words) >= 3 \
                    and len(name_words(self.tokens[m.first].text)) == 1:
                cut = 1  # "le Malawite Gideon Chisala Phiri": a people before the name
            if not cut and self.labels is not None and not opens_name:
                tags = [self.labels.get(k) for k in range(m.first, m.last)]
                if tags[0] != "PER" and "PER" in tags:
                    cut = tags.index("PER")
            if cut:
                # map the word cut to a token cut (words skip particles, tokens do not)
                k, seen = m.first, 0
                while k < m.last and seen < cut:
                    seen += len(name_words(self.tokens[k].text))  # "Loire-Atlantique" is two words
                    k += 1
                if seen > cut:
                    continue  # the cut falls inside "Anicet-Désiré": one compound given name
                text = _span_text(self.tokens, k, m.last) if k < m.last else ""
                words = name_words(text)
                if words:
                    m.first, m.text, m.words = k, text, words

    # -- decisions ------------------------------------------------------------------
    def _ner_says(self, m: Mention) -> str | None:
        if self.labels is None:
            return None
        found = {self.labels.get(k) for k in range(m.first, m.last)} - {None}
        before = self.labels.get(m.first - 1) if m.first else None
        if (before is not None and before in found and before not in ("PER", "PERSON")
                and (m.title or m.words[0] in FIRST_NAMES)):
            # "ministre des Finances Karin X" tagged ORG as one run: the tag belongs to the
            # words cut off before the name, not to the name
            found.discard(before)
        if "PER" in found or "PERSON" in found:
            return "PER"
        return next(iter(found)) if found else None

    def institution_like(self, words: tuple[str, ...]) -> bool:
        """Whether a capitalised run the rules cannot place is better read as a body than a
        person: a lone word nobody is introduced with in full ("Unia a dit", "Selon Unia" —
        news copy names a person in full before using one word), or a run the text also
        puts after "at"/"in"/"au"/"en" ("analysts at Hale Brothers": people are not *at* X)."""
        if self._multi_words is None:
            self._multi_words = set()
            for o in self.mentions:
                if len(o.words) > 1 and not _orgish(o):
                    self._multi_words.update(o.words)
        if words in self.at_runs():
            return True
        return len(words) == 1 and words[0] not in self._multi_words and words[0] not in FIRST_NAMES

    def org_runs(self) -> set[tuple[str, ...]]:
        """Runs the text names as a body somewhere («l'association Rhône Vivant»)."""
        if self._org_runs is None:
            self._org_runs = {o.words for o in self.mentions[:2000] if self._named_org(o)}
            # "Halloway Restructuring Inc. … Halloway said": a firm's short name
            self._org_runs |= {o.words[:1] for o in self.mentions[:2000] if len(o.words) > 1 and not o.title
                               and o.words[-1] in _CORPORATE and o.words[0] not in FIRST_NAMES}
        return self._org_runs

    def at_runs(self) -> set[tuple[str, ...]]:
        if self._after_at is None:
            self._after_at = {o.words for o in self.mentions
                              if o.first and self.tokens[o.first - 1].low in _AT and not o.title}
        return self._after_at

    def _named_org(self, m: Mention) -> bool:
        """«la fondation Jean Monnet», «le groupe Dupuis», "the firm Hale Partners": a name
        right after a lower-case organisation noun names that organisation, not a person."""
        if m.title or m.first == 0:
            return False
        t = self.tokens[m.first - 1]
        toks = self.tokens
        if t.is_word and t.text[:1].islower() and m.words[0] not in FIRST_NAMES and not t.is_role:
            # "l'association de commerçants Ixelles Coeur de Ville": an organisation noun
            # heading the phrase a few words back (not "le président du groupe X")
            for back in range(m.first - 2, max(-1, m.first - 5), -1):
                w = toks[back]
                if not w.is_word or w.sent != toks[m.first].sent or w.is_role:
                    break
                if (w.low in ORG_NOUNS or w.low.rstrip("sx") in ORG_NOUNS) and w.text[:1].islower():
                    return back >= 1 and (toks[back - 1].low in _DETS or toks[back - 1].low in ("des", "du", "aux"))  # (also "des groupements féminins X")
        if t.is_word and t.text[:1].islower() and "-" in t.low and t.low.rsplit("-", 1)[1] in ORG_NOUNS \
                and t.sent == toks[m.first].sent and m.words[0] not in FIRST_NAMES:
            return True  # «l'auto-école Conduite Horizon»: a hyphenated body noun names it
        if t.is_word and t.text[:1].islower() and t.low in _NAMED_THINGS and t.sent == toks[m.first].sent:
            return True  # "le prix Henri-Lomami", "rue Jean-Jaurès", "the Nobel prize"
        if t.is_word and t.text[:1].islower() and t.low in _NAMED_PLACES and m.first >= 2 \
                and toks[m.first - 2].low in ("du", "le", "la", "au", "l'", "the") and t.sent == toks[m.first].sent:
            return True  # "le chef du quartier Koira Tegui": a place (not «chef de village Kouamé Yao»)
        if t.low in ("de", "d'", "of") and m.first >= 2 and toks[m.first - 2].low in _NAMED_PLACES \
                and toks[m.first - 2].text[:1].islower() and t.sent == toks[m.first].sent:
            return True  # «un citoyen du secteur de Rock Forest», "the suburb of Glen Eden": a place
        if not (t.is_word and t.low in ORG_NOUNS and t.sent == self.tokens[m.first].sent):
            return False
        if t.low in _STATEMENT_NOUNS:
            return False  # "a indiqué dans un communiqué Sophie X": a document names nobody
        if m.words[0] in FIRST_NAMES and any(x.is_role for x in toks[max(0, m.first - 4):m.first - 1]) \
                and not (m.first >= 2 and toks[m.first - 2].low in ("l'", "le", "la", "the")):
            # "la conseillère de ville Anne-Catherine X": the body completes a role (not "une
            # infirmière de l'hôpital Victoria": the body's own name)
            return False
        if t.text[:1].islower():
            return True
        # capitalised after a determiner: «la Fondation Marguerite Bovet», «le Groupe Dupuis»
        # (not "la conseillère d'État Anne Morel", "chef de l'État X")
        det = toks[m.first - 2] if m.first >= 2 else None
        return t.text[1:].islower() and det is not None and det.low in _DETS and det.low not in ("l'",) \
            and not (m.first >= 3 and toks[m.first - 3].low in ("de", "d'", "of", "du"))

    def _place_word(self, m: Mention) -> bool:
        """A lone capitalised word after a locative preposition ("à Moudon", "de Rimouski",
        "in Kisumu") or tagged a place/organisation elsewhere in the text is no person."""
        if len(m.words) != 1:
            return False
        if m.first and self.tokens[m.first - 1].low in _LOCATIVE:
            return True
        if self._loc_words is None:
            self._loc_words = set()
            if self.labels:
                for o in self.mentions:
                    if len(o.words) == 1 and self._ner_says(o) in ("LOC", "GPE", "ORG", "FAC"):
                        self._loc_words.add(o.words[0])
        return m.words[0] in self._loc_words

    def _is_person(self, m: Mention) -> bool:
        if m.title and m.title in TITLES_M | TITLES_F | {"m"}:
            return True
        if m.title and len(m.words) >= 2 and m.words[-1] in ROLE_NOUNS and m.words[0] not in FIRST_NAMES:
            return False  # "the hospital's Chief Medical Director": a title, no name
        j = m.last
        if len(m.words) == 1 and not m.in_quote and j + 3 < len(self.tokens) and self.tokens[j].text == "," \
                and self.tokens[j + 1].text.isdigit() and (
                    self.tokens[j + 2].low == "ans" and self.tokens[j + 3].text in ",.;)"
                    or self.language == "en" and self.tokens[j + 2].text in ",)") and m.words[0] not in PLACES \
                and not (m.first and self.tokens[m.first - 1].low in _LOCATIVE):
            return True  # "Dumè, 62 ans, ramende un filet", "Tavita, 19, said": an age (not «de Vénissieux, 78 ans»)
        if not m.title and m.last + 3 < len(self.tokens) and self.tokens[m.last].text == "," \
                and self.tokens[m.last + 1].low in ("la", "le", "l'", "une", "un", "the", "a", "an") \
                and any(self.tokens[x].low in ORG_NOUNS and not self.tokens[x].is_role
                        and self.tokens[x].low not in _STATEMENT_NOUNS
                        and (x == m.last + 2 or self.tokens[m.last + 2].text[:1].islower()
                             and self.tokens[m.last + 2].is_word and not self.tokens[m.last + 2].is_role
                             and m.words[0] not in FIRST_NAMES)
                        and not (x + 1 < len(self.tokens) and (self.tokens[x + 1].is_role
                                                               or self.tokens[x + 1].low in PERSON_NOUNS))
                        for x in (m.last + 2, m.last + 3)):
            return False  # "Solid'Épi, la fédération qui…", "Blue Pacific Watch, an environmental group": a body
        if not m.title and m.first >= 2 and self.tokens[m.first - 1].text == "(" \
                and (m.first - 2) in self._mention_ends():
            return False  # "Maxime X (Ardéa Cycling)": a team or party in brackets after a name
        if not m.title and len(m.words) >= 2 and m.words[0] not in FIRST_NAMES and m.first + 1 < m.last \
                and self.tokens[m.first].text.endswith("s") and self.tokens[m.first + 1].low in ("de", "du", "des", "d'"):
            return False  # «les Amazones de la Bénoué», «les Mouettes de Rimouski»: a team
        if not m.title and re.match(r"(?:Saint|Sainte|St|Ste|Haut|Haute|Bas|Basse)-", m.text):
            return False  # "l'éleveur de Saint-Luc": a place
        if not m.title and m.last < len(self.tokens) and self.tokens[m.last].low in _CORPORATE \
                and m.words[0] not in FIRST_NAMES:
            return False  # "Gestion Boisvert inc.": a company
        if not m.title and (self._joined_to_body(m) or m.words[0] not in FIRST_NAMES and self.tail_of_body(m.first)):
            return False  # "Cornwall Fire and Rescue Service", "Nurses and Midwives Organisation"
        if self._acronymish(m) or self._named_org(m) or (not m.title and m.words in self.org_runs()):
            return False  # (also "Rhône Vivant annonce…" after «l'association Rhône Vivant»)
        if not m.title and m.words[0] not in FIRST_NAMES and m.words in self.at_runs():
            return False  # "analysts at Hale Brothers … Hale Brothers said"
        if not m.title and len(m.words) > 1 and m.words[-1] in ROLE_NOUNS and m.words[0] not in FIRST_NAMES:
            return False  # "Kogi State Commissioner": a title, the name comes after it
        if self.tokens[m.first].low in ("du", "des") and self.tokens[m.first].text[:1].islower():
            return False  # "des Amis du Marie-Jeanne": a contracted article starts no name
        if self.language == "fr" and not m.title and m.first and all(w in FIRST_NAMES for w in m.words) \
                and self.tokens[m.first - 1].low in ("le", "la", "du", "au") \
                and self.tokens[m.first - 1].text[:1].islower():
            return False  # "le Marie-Jeanne a quitté son ber": a boat, a café, not a person
        if _orgish(m):
            # "La directrice de l'école, Jacinthe Ottawa,": after a role, a place ending the
            # run is a surname
            return bool(m.title) or (len(m.words) >= 2 and not _orgish(m, surname_last=True)
                                     and self._described(m))
        ner = self._ner_says(m)
        k = m.last
        if not m.title and k + 2 < len(self.tokens) and self.tokens[k].text == "(" and self.tokens[k + 1].acronym \
                and self.tokens[k + 2].text == ")" and (m.first == 0 or self.tokens[m.first - 1].line != self.tokens[k].line):
            return False  # "Addis Abeba (AFP) -": a dateline's place
        if self.language == "fr" and not m.title and m.first and self.tokens[m.first - 1].text in ("À", "A") \
                and (m.first == 1 or self.tokens[m.first - 2].sent != self.tokens[m.first].sent) \
                and m.last < len(self.tokens) and self.tokens[m.last].text == ",":
            return False  # "À Léo, les productrices…": a place opening the sentence
        if len(m.words) == 1 and not m.title and m.first and self.tokens[m.first - 1].low == "the":
            return False  # "the Keith road", "the Victoria line": a given name as a place
        if self.language == "en" and not m.title and m.first and (self.tokens[m.first - 1].low in (
                "near", "outside", "towards", "around", "across") or self.tokens[m.first - 1].low == "from"
                and m.first >= 2 and (self.tokens[m.first - 2].is_role or self.tokens[m.first - 2].low in PERSON_NOUNS)):
            return False  # "4,000 head near Julia Creek", "a bus driver from Merthyr Tydfil": a place
        if self.language == "en" and len(m.words) == 1 and not m.title and m.last < len(self.tokens) \
                and self.tokens[m.last].is_role and self.tokens[m.last].text[:1].islower() \
                and self.tokens[m.last].sent == self.tokens[m.first].sent:
            return False  # "Marine biologist Anna X", "Tory councillor Y": a word qualifying a role
        if m.title or m.words[0] in FIRST_NAMES:
            # a known given name before a surname is stronger evidence than the small
            # tagger, which often calls "Karin Keller-Sutter" or "Ueli Maurer" a place
            return ner in (None, "PER", "MISC") or m.title is not None or len(m.words) >= 2
        if len(m.words) >= 2:
            if self.language == "en" and self.premodifier(m):
                return False
            if self.language == "en" and ner is None:
                # no tagger (English): an unknown name needs some sign of a person
                return self.person_signal(m) or self._speech_subject(m)
            if ner in (None, "PER"):
                return True
            if self._speech_subject(m):
                return True
            k = m.last
            if k + 2 < len(self.tokens) and self.tokens[k].text == "," and self.tokens[k + 1].text.isdigit():
                k = next((x for x in range(k + 2, min(len(self.tokens), k + 5)) if self.tokens[x].text == ","), k)
            if self.language == "fr" and self._apposition_after(k) and not self._org_apposition(k):
                return True  # "Mai Nguyen-Lefèvre, ingénieure responsable de l'ouvrage,": a role in apposition
            j = m.last
            if self.language == "fr" and j + 3 < len(self.tokens) and self.tokens[j].text == "," \
                    and self.tokens[j + 1].text.isdigit() and self.tokens[j + 2].low == "ans" \
                    and self.tokens[j + 3].text in ",.;)":
                return True  # "Dries Vermeulen, 34 ans,": an age
            # "la directrice de l'école, Jacinthe Ottawa,", "le Malawite Gideon Phiri": a role
            # or a people just before outweighs the small tagger's place or organisation
            return self._described(m)
        if self.language == "en" and len(m.words) == 1 and not m.in_quote and m.last + 1 < len(self.tokens) \
                and self.tokens[m.last].text == "," and self.tokens[m.last + 1].low == "who" \
                and not self._place_word(m) and not _orgish(m) and m.first \
                and self.tokens[m.first - 1].is_word and self.tokens[m.first - 1].text[:1].islower() \
                and self.tokens[m.first - 1].low not in _PREPOSITIONS_FR_EN | {"co"}:
            return True  # "Home favourite Takahashi, who was cheered on every lap, said…"
        if m.first >= 2 and not m.in_quote and self.tokens[m.first - 1].text in (",", ":") \
                and self.tokens[m.first - 2].low in _NAME_NOUNS:
            return True  # "who gave only her surname, Wong,", «qui n'a donné que son prénom, Leïla,»
        if len(m.words) == 1 and m.first and not m.in_quote and not self._place_word(m):
            before = self.tokens[m.first - 1]
            if before.is_word and before.text[:1].islower() and (before.is_role or before.low in PERSON_NOUNS) \
                    and m.last < len(self.tokens) and (self.tokens[m.last].text == ","
                                                       or self.tokens[m.last].low in (FR_VERBS if self.language == "fr" else EN_VERBS)):
                return True  # "Garment worker Ramadevi, who…": a role before a single name
        return False

    def _mention_ends(self) -> set[int]:
        """Token indices where a name ends (built once)."""
        if self._ends is None:
            self._ends = {o.last - 1 for o in self.mentions}
        return self._ends

    def _joined_to_body(self, m: Mention) -> bool:
        """The run is the first half of a body's name joined by "and"/"&"/"et": a
        capitalised run ending in an organisation word follows."""
        toks = self.tokens
        k = m.last
        if k + 1 >= len(toks) or toks[k].low not in ("and", "&", "et") or not toks[k + 1].cap:
            return False
        j = k + 1
        while j < len(toks) and j < k + 6 and toks[j].cap and toks[j].sent == toks[k].sent:
            j += 1
        return fold(toks[j - 1].text) in ORG_WORDS

    def tail_of_body(self, first: int) -> bool:
        """The run completes a body's name: "Department of Water and Sanitation", «Ministère
        de l'Eau et de l'Assainissement»: walking back over "of"/"and"/"de"/"et" and
        capitalised words reaches an organisation word."""
        toks = self.tokens
        k, hops = first - 1, 0
        if k < 1 or toks[k].low not in ("of", "and", "&", "for", "de", "et", "des", "du", "d'", "la", "l'", "pour"):
            return False
        while k >= 1 and hops < 8 and toks[k].sent == toks[first].sent:
            if toks[k].low in ("of", "and", "&", "for", "de", "et", "des", "du", "d'", "la", "l'", "pour"):
                k -= 1
            elif toks[k].cap and toks[k].is_word and not toks[k].acronym and not toks[k].is_role:
                if fold(toks[k].text) in ORG_WORDS and k != first - 1:
                    return True
                k -= 1
            else:
                return False
            hops += 1
        return False

    def _speech_subject(self, m: Mention) -> bool:
        """The run says something: "X said", "X a déclaré", "«…», a raconté X", "'…,' said
        X" — a person, unless the words after make it a body's note or statement."""
        toks = self.tokens
        tokens_in = [t for t in toks[m.first:m.last] if t.low not in _PARTICLES]
        if len(m.words) != 2 or len(tokens_in) != 2 or m.words[-1].endswith("s") or m.words[-1] in ROLE_NOUNS:
            return False  # a given name and a surname, not "Hebridean Link Ferries", "Arve-Léman"
        if self._lower_words is None:  # built once: words the text also writes in lower case
            self._lower_words = {t.low for t in toks if t.is_word and t.text[:1].islower()}
        if any(w in self._lower_words for w in m.words) or any(
                set(m.words) < set(o.words) and (_orgish(o) or self._named_org(o)) for o in self.mentions[:400]):
            return False  # "Marché Central" (un marché), "Ironbark Ridge" of "Ironbark Ridge Resources"
        verbs = FR_VERBS if self.language == "fr" else EN_VERBS
        aux = _AUX_FR if self.language == "fr" else _AUX_EN
        k = m.last
        if k + 1 < len(toks) and toks[k].sent == toks[m.first].sent and (
                toks[k].low in verbs or (toks[k].low in aux and toks[k + 1].low in verbs)):
            return not any(t.low in _STATEMENT_NOUNS and t.sent == toks[k].sent for t in toks[k + 1:k + 8])
        j = m.first - 1
        if j >= 2 and toks[j].is_word and toks[j].text[:1].islower() and toks[j].low not in verbs \
                and toks[j - 1].low in verbs and not is_function_word(toks[j].low):
            j -= 1  # "“…,” said ranger Aroha X": a lower-case title between the verb and the name
        if j >= 1 and toks[j].low in verbs:
            j -= 1 + (j >= 2 and toks[j - 1].low in aux)
            return j >= 0 and toks[j].text in ",»”\"'’" and not any(
                t.low in _STATEMENT_NOUNS and t.sent == toks[m.first].sent for t in toks[m.last:m.last + 6])
        return False

    def _described(self, m: Mention) -> bool:
        """A role or a people stands right before the name, or a role phrase in apposition
        ("le ministre des Infrastructures, Dev X,", "le Malawite Gideon X"); not a place
        or body completing the role ("la députée de la Capitale-Nationale")."""
        if not m.first:
            return False
        before = self.tokens[m.first - 1]
        pre = self._pre_name(m)
        if before.text == ",":
            return any(t.is_role for t in pre)
        return bool(pre) and pre[-1] is before and (
            before.is_role or _people_word(before, pre[-2] if len(pre) > 1 else None))

    def premodifier(self, m: Mention) -> bool:
        """"Ashford Rovers manager Marco Bellandi", "his Ashford Rovers side": a run that
        qualifies a lower-case role or group noun is a team or body, not a person."""
        k = m.last
        if k >= len(self.tokens) or m.title:
            return False
        t = self.tokens[k]
        return t.is_word and t.text[:1].islower() and t.sent == self.tokens[m.first].sent and (
            t.is_role or t.low in _GROUP_NOUNS)

    def _team_words(self) -> set[str]:
        """Last words of runs that qualify a role or group somewhere (built once)."""
        if self._premodifiers is None:
            self._premodifiers = {o.words[-1] for o in self.mentions if self.premodifier(o)}
        return self._premodifiers

    def person_signal(self, m: Mention) -> bool:
        """Some sign that a capitalised run no rule can place is a person, not a company
        ("Goldman Sachs said"): a role or title before it, a role or an age in apposition,
        or its last word used alone elsewhere (a surname)."""
        if self.language == "en" and (self.premodifier(m) or m.words[-1] in self._team_words()):
            return False  # "Titans head coach X" elsewhere: "Northmoor Titans" is the team
        if m.title or any(t.is_role or t.low in NATIONALITY_GENDER or t.low in PERSON_NOUNS
                          for t in self._pre_name(m)):
            return True
        if m.first >= 2 and self.tokens[m.first - 1].low == "'s" and self.tokens[m.first - 2].low in PLACES:
            return True  # "Ethiopia's X"
        if m.first >= 2 and self.tokens[m.first - 1].text == "," and self.tokens[m.first - 2].is_role:
            return True  # "Mary Stone's lawyer, X, said"
        k = m.last
        if k + 1 < len(self.tokens) and self.tokens[k].text == "," and (
                self.tokens[k + 1].text.isdigit() or self._apposition_after(k)
                or self.tokens[k + 1].low in ("a", "an")  # ", a mother of three,"
                or self.tokens[k + 1].low in PERSON_NOUNS):
            # (not ", an independent charity,": an organisation in apposition)
            return not self._org_apposition(k)
        if k + 1 < len(self.tokens) and self.tokens[k].text == "," and self.tokens[k + 1].low in ("who", "whose"):
            return True  # "X, whose house has flooded": a company is "which"
        before = self.tokens[m.first - 1] if m.first else None
        if before is not None and "-" in before.text and fold(before.text.split("-")[0]) in ROLE_NOUNS | PERSON_NOUNS:
            return True  # "Mother-of-two Kerry Fenwick"
        for t in self.tokens[m.last:m.last + 40]:
            if t.quote < 0 and t.low in ("he", "she"):
                return True  # "X said… She added": a company is "it"
        if self._alone_words is None:  # built once: words used alone as a name
            self._alone_words = {o.words[0] for o in self.mentions if len(o.words) == 1 and not o.in_quote}
        return m.words[-1] in self._alone_words

    def _org_apposition(self, k: int) -> bool:
        """", an independent charity,", ", une association de défense…": a body in apposition."""
        for t in self.tokens[k + 1:k + 6]:
            if not t.is_word or t.sent != self.tokens[k].sent:
                return False
            if t.low in ORG_NOUNS:
                return True
            if t.is_role or t.low in PERSON_NOUNS:
                return False
        return False

    @staticmethod
    def _acronymish(m: Mention) -> bool:
        """"RTL-TVi", "ODlive": a run of capitals inside a word marks a brand, not a name."""
        # (a word wholly in capitals after a given name is a surname: "Issoufou HAMANI")
        words = m.text.split()
        return any(a.isupper() and b.isupper() for i, w in enumerate(words) if not (i and w.isupper())
                   for a, b in zip(w, w[1:]))

    def _build(self) -> None:
        strong = [m for m in self.mentions if self._is_person(m)]
        # fullest forms first, so shorter forms join the right cluster
        for m in sorted(strong, key=lambda m: (-len(m.words), m.first)):
            self._attach(m, create=True)
        self._aliases()
        for m in self.mentions:
            if m.person is None and not _orgish(m) and not self._named_org(m) \
                    and not self.tokens[m.first].text[:1].islower():
                if self._attach(m, create=False) is None and len(m.words) > 1 and not m.in_quote:
                    self._complete(m)
        for m in self.mentions:
            if (m.person is None and len(m.words) == 1 and not m.in_quote and self._ner_says(m) == "PER"
                    and not self._acronymish(m) and not self._place_word(m) and not self._named_org(m)
                    and not self.institution_like(m.words)):
                self._attach(m, create=True)
        for m in self.mentions:
            if m.person is not None:
                for k in range(m.first, m.last):
                    self.by_token[k] = m
                self._learn(m)
        self._kin_surnames()
        self._court_roles()

    def _court_roles(self) -> None:
        """"X comparaissait devant le tribunal", «le tribunal a condamné X», "X appeared in
        court", "sentenced X": a court report's defendant is the «prévenu» / "defendant" the
        text later calls them."""
        toks = self.tokens
        fr = self.language == "fr"
        # only the description the text itself uses later: «le prévenu», «l'accusé», "the defendant"
        used = {toks[k + 1].text.lower() for k in range(len(toks) - 1)
                if toks[k].low in ("le", "la", "l'", "the") and toks[k + 1].low in _DEFENDANT_NOUNS
                and toks[k + 1].quote < 0}
        if not used:
            return
        for m in self.mentions:
            if m.person is None or m.in_quote:
                continue
            after = [t for t in toks[m.last:m.last + 8] if t.sent == toks[m.first].sent]
            lows = [t.low for t in after]
            if any(w in ("pas", "jamais", "not", "never") for w in lows[:6]):
                continue  # «Son associé, X, n'a pas été poursuivi»
            before = [t.low for t in toks[max(0, m.first - 3):m.first] if t.sent == toks[m.first].sent]
            if fr:
                hit = any(w in _DEFENDANT_FR for w in lows[:6]) or any(w in ("condamne", "condamnee") for w in before)
            else:
                hit = any(w in _DEFENDANT_EN for w in lows[:5]) or any(w in ("sentenced", "jailed", "convicted")
                                                                      for w in before[-1:])
            if not hit:
                continue
            p = self.persons[m.person]
            role = sorted(used)[0]
            if role not in p.roles and not any(fold(r) in ("avocat", "avocate", "procureur", "procureure",
                                                           "president", "presidente", "juge") for r in p.roles):
                p.roles.append(role)

    def _kin_surnames(self) -> None:
        """"Delaney's wife, Carol", «Son épouse, Françoise»: a relative introduced by a given
        name alone carries the family name of the person they are introduced through."""
        toks = self.tokens
        for at, m in enumerate(self.mentions[:400]):
            if m.person is None or m.title or len(m.words) != 1 or m.words[0] not in FIRST_NAMES or m.in_quote:
                continue
            k = m.first - 1
            if k < 2 or toks[k].text != "," or toks[k - 1].low not in _KIN_GENDER or toks[k - 1].low in (
                    "femme", "mere", "pere", "mother", "father", "mum", "dad"):
                continue  # (not «une femme, Awa,»; parents are often named otherwise)
            before = toks[k - 2]
            owner = None
            if before.low == "'s" and (k - 3) in self.by_token:
                owner = self.by_token[k - 3]  # "Delaney's wife, Carol"
            elif before.low in ("son", "sa", "his", "her") and before.sent == toks[m.first].sent:
                for o in reversed(self.mentions[max(0, at - 20):at]):
                    if o.person is not None and o.person != m.person and not o.in_quote:
                        owner = o
                        break
                    if toks[o.first].sent < toks[m.first].sent - 2:
                        break
            if owner is None or owner.person is None:
                continue
            full = self.persons[owner.person].name
            if len(full.split()) < 2:
                continue
            surname = full.split()[-1]
            p = self.persons[m.person]
            if len([x for x in self.mentions if x.person == m.person and len(x.words) > 1]) == 0:
                p.add_form(f"{m.text} {surname}")
                p.words.add(fold(surname))

    def _aliases(self) -> None:
        """"Ousmane Faye dit Sable Noir", "Mamadou Sène alias Kocc Barma 2": the name after
        «dit»/«alias» is the same person's, wherever the text uses it."""
        by_first = {m.first: m for m in self.mentions}
        for m in self.mentions[:400]:
            if m.person is None or m.in_quote or m.last + 1 >= len(self.tokens):
                continue
            k = m.last
            if self.tokens[k].text in ",(":
                # "Annie X, que tout le monde appelle Nanou", "Jim X, known as Big Jim"
                for j in range(k + 1, min(k + 8, len(self.tokens) - 1)):
                    t = self.tokens[j]
                    if t.sent != self.tokens[k].sent or j in by_first or t.quote >= 0:
                        break
                    if t.low in _NICKNAME_CUES and (j == k + 1 or t.low not in _ALIAS_WORDS) \
                            or t.low == "as" and self.tokens[j - 1].low in ("known", "nicknamed"):
                        k = j
                        break
            if self.tokens[k].low not in _ALIAS_WORDS and self.tokens[k].low not in _NICKNAME_CUES \
                    and not (self.tokens[k].low == "as" and self.tokens[k - 1].low in ("known", "nicknamed")):
                continue
            k += 1
            if self.tokens[k].quote >= 0 and self.tokens[k].text in "«“\"'‘" and k + 1 < len(self.tokens):
                k += 1  # dit « Sable Noir »
            o = by_first.get(k)
            if o is None or o.in_quote and self.tokens[k - 1].text not in "«“\"'‘":
                continue
            p = self.persons[m.person]
            old = o.person
            for w in set(o.words) - p.words:
                self._index.setdefault(w, []).append(p)
            p.words.update(o.words)
            if old is None:
                self._attach(o, create=False)
            # the nickname was taken for someone else (here or further on): one person now
            others = {x.person for x in self.mentions if x.person not in (None, m.person)
                      and (x.person == old or set(x.words) == set(o.words))}
            for x in self.mentions:
                if x.person in others:
                    x.person = m.person
                    p.add_form(x.text)
                    bisect.insort(self._seen_at.setdefault(m.person, []), x.first)
            for gone in (self.persons[pid] for pid in others):
                for w in gone.words:
                    self._index[w] = [q for q in self._index.get(w, []) if q is not gone]

    def _attach(self, m: Mention, create: bool) -> Person | None:
        words = set(m.words)
        title_gender = "m" if (m.title in TITLES_M or m.title == "m") else "f" if m.title in TITLES_F else None
        best = None
        candidates = []
        for p in self._index.get(m.words[0], ())[:200]:
            if words <= p.words:
                if title_gender and p.gender and p.gender != title_gender:
                    continue  # "Monsieur Castagnol" is not "Mireille Castagnol"
                candidates.append(p)
        if len(candidates) > 1 and len(words) == 1 and not m.title:
            # a bare surname is the story's own person, not the relative introduced through
            # them ("la mère du capitaine, Chantal Lavoie … a raconté Lavoie")
            kinless = [p for p in candidates if not any(fold(r).split()[0] in _KIN_GENDER for r in p.roles if r)]
            if kinless:
                candidates = kinless
        if candidates:
            # the first (fullest) person holding every word of this form; of two namesakes
            # ("Albert Reymond" founded it, "Thomas Reymond" runs it), the one named last
            # before this mention: "M. Reymond" takes up whoever the text just spoke of
            best = max(candidates, key=lambda p: self._latest_before(p.pid, m.first)) \
                if len(candidates) > 1 else candidates[0]
        if best is None and create:
            best = Person(len(self.persons), words=set(words))
            self.persons.append(best)
            for w in words:
                self._index.setdefault(w, []).append(best)
        if best is not None:
            m.person = best.pid
            bisect.insort(self._seen_at.setdefault(best.pid, []), m.first)
            best.add_form(m.text)
            if title_gender and not m.in_quote:
                best.gender, best.gender_from_title = title_gender, True
            elif title_gender and best.gender is None:
                best.gender = title_gender
            given = self._given_name(m)
            if best.gender is None and given and (len(m.words) >= 2 or best.words == set(m.words)):
                # (a lone given name only for someone known by it alone: "Yanis, 19 ans")
                best.gender = FIRST_NAMES[given]
        return best

    def first_seen(self, pid: int, skip_line: int | None = None) -> int:
        """The first token where a form of person ``pid`` stands (off line ``skip_line``:
        a headline names people before the body introduces them)."""
        for k in self._seen_at.get(pid, ()):
            if self.tokens[k].line != skip_line:
                return k
        return 0

    def _latest_before(self, pid: int, pos: int) -> int:
        """The latest token before ``pos`` where a form of person ``pid`` stands, or -1."""
        seen = self._seen_at.get(pid, [])
        i = bisect.bisect_left(seen, pos)
        return seen[i - 1] if i else -1

    def _given_name(self, m: Mention) -> str | None:
        """The known given name opening a mention; in a compound ("Anicet-Désiré") any part."""
        if m.words[0] in FIRST_NAMES:
            return m.words[0]
        parts = len(name_words(self.tokens[m.first].text))
        return next((w for w in m.words[1:parts] if w in FIRST_NAMES), None) if parts > 1 else None

    def _complete(self, m: Mention) -> None:
        """"Josée Tremblay-Lavoie" (tagged a place) ending with the words of a person known
        only as "Mme Tremblay-Lavoie": the fuller run is that person's full name."""
        if self._acronymish(m):
            return
        for p in self._index.get(m.words[-1], ())[:50]:
            # the person's words end the run ("Josée | Tremblay-Lavoie"), or open and close it
            # around a middle name ("Ouattara | Siaka | Ibrahim" for "Ouattara Ibrahim")
            inside = p.words < set(m.words) and len(p.words) >= 2 and m.words[0] in p.words
            if len(p.words) < len(m.words) and (set(m.words[-len(p.words):]) == p.words or inside) \
                    and all(len(f.split()) == 1 or f.split()[-1:] == m.text.split()[-1:] for f in p.forms):
                p.words.update(m.words)
                for w in m.words:
                    self._index.setdefault(w, []).append(p)
                m.person = p.pid
                p.add_form(m.text)
                if p.gender is None and m.words[0] in FIRST_NAMES:
                    p.gender = FIRST_NAMES[m.words[0]]
                return

    def create_from(self, m: Mention) -> tuple[Person, list[Mention]]:
        """Make a person of a run that is the subject of a reporting verb.

        A surname used alone as a speaker makes the fuller runs ending with it ("Hakan
        Yilmazer … Yilmazer said") the same person, even where the tagger called the full
        run a place or organisation: those mentions are returned for the timeline.
        """
        words = set(m.words)
        if self._by_last is None:  # built once: multi-word runs nobody claimed, by last word
            self._by_last = {}
            for o in self.mentions:
                if o.person is None and len(o.words) > 1:
                    self._by_last.setdefault(o.words[-1], []).append(o)
        fuller = [o for o in self._by_last.get(m.words[-1], ())[:20] if o.person is None and o is not m
                  and len(o.words) > len(m.words) and words <= set(o.words) and not _orgish(o)
                  and not self._acronymish(o)]
        if not fuller and len(m.words) == 1:
            # "Orla Keane scored… ‘…,’ Orla said": a given name alone takes up the one full
            # name it opens
            if self._by_first is None:
                self._by_first = {}
                for o in self.mentions:
                    if o.person is None and len(o.words) > 1 and not o.in_quote:
                        self._by_first.setdefault(o.words[0], []).append(o)
            opening = [o for o in self._by_first.get(m.words[0], ()) if o.person is None and o.first < m.first
                       and not _orgish(o) and not self._acronymish(o) and not self._named_org(o)]
            if len({o.words for o in opening}) == 1:
                fuller = opening
        fuller.sort(key=lambda o: (-len(o.words), o.first))
        promoted: list[Mention] = []
        for o in fuller:
            if self._attach(o, create=True) is not None:
                for k in range(o.first, o.last):
                    self.by_token[k] = o
                self._learn(o)
                promoted.append(o)
        p = self._attach(m, create=True)
        assert p is not None
        for k in range(m.first, m.last):
            self.by_token[k] = m
        self._learn(m)
        return p, [o for o in promoted if o.person == p.pid and not o.in_quote]

    # -- roles, nationality, gender from the words around a mention -----------------
    def _learn(self, m: Mention) -> None:
        if m.in_quote:
            return
        p = self.persons[m.person]  # type: ignore[index]
        if not p.gender_from_title:
            # agreement in the text outweighs a guess from the given name ("Dominique")
            p.gender = self._agreement_gender(m) or p.gender
        pre = self._pre_name(m)
        if m.title and m.title in TITLES_N and m.title not in ("dr", "dr.", "me", "pr", "prof") and not p.roles \
                and m.first >= 1 and self.tokens[m.first - 1].cap:
            p.roles.append(self.tokens[m.first - 1].text)  # "Justice S. Kavitha": the title is their office
        if pre:
            self._absorb_description(p, pre, before_name=True)
            k = self._index_of(pre[0]) - 1 if pre[0].low in _DETS else -1
            if k > 0 and self.tokens[k].text == ",":
                # "selon la cheffe de corps de la zone, la commissaire Anne X": both describe her
                seg = self._segment_before(k, m)
                if len(seg) > 1 and seg[0].low in _DETS and seg[1].is_role:
                    self._absorb_description(p, seg, before_name=True)
        post = self._apposition_after(m.last)
        k = m.last
        toks = self.tokens
        if not post and k + 2 < len(toks) and toks[k].text == "," and toks[k + 1].text.isdigit():
            # "Yannick X, 71 ans, ancien patron pêcheur et président des Amis…": past the age
            c = next((x for x in range(k + 2, min(len(toks), k + 5)) if toks[x].text == ","), None)
            if c is not None:
                post = self._apposition_after(c)
        while post:
            cut = next((i for i, t in enumerate(post) if t.low in ("et", "and")), len(post))
            if post[:cut]:
                self._absorb_description(p, post[:cut], before_name=False)
            post = post[cut + 1:]

    def _agreement_gender(self, m: Mention) -> str | None:
        """French participle agreement: "X s'est dite…", "X a été interrogée", "Interrogée, X…"."""
        if self.language != "fr":
            return None
        toks = self.tokens
        k = m.last
        seen = 0
        etre = False  # only "être" makes the participle agree ("a commenté" says nothing)
        head = m.first - 1 - (1 if m.title and m.first >= 2 and toks[m.first - 1].text == "." else 0) \
            - (1 if m.title else 0)
        if head >= 0 and toks[head].low in ("de", "d'", "du", "des") and toks[head].sent == toks[m.first].sent:
            k = len(toks)  # "La question de X était attendue": the participle agrees with the head
        while k < len(toks) and seen < 4 and toks[k].sent == toks[m.first].sent:
            low = toks[k].low
            if low in ("n'", "ne", "guere", "pas", "plus", "jamais", "toujours", "tres", "aussi", "bien") and seen < 3:
                k += 1  # "X n'est guère surpris": negation and adverbs are no break
                continue
            if low in ("s'", "est", "etait", "a", "avait", "ete", ","):
                if low in ("a", "avait"):
                    etre = False  # "X, …, a parlé": avoir again, unless "a été" follows
                etre = etre or low in ("est", "etait", "ete") or (low == "," and seen == 0)
                k += 1
                seen += 1
                continue
            word = toks[k].text.lower().replace("’", "'")
            if not etre or not toks[k].is_word or not seen:
                break
            if low == toks[m.last + 1].low and toks[m.last].text == "," and (
                    toks[k].is_role or low in PERSON_NOUNS or not word.endswith(("é", "ée", "élu", "élue"))):
                # "X, élue en 2019, …" agrees; "X, urgentologue à …" is a noun in apposition
                break
            g = _participle_gender(word)
            if g:
                return g
            break
        # sentence-initial participle: "Interrogée sur ce point, Nathalie Roy a répondu"
        j = m.first - 1
        while j >= 0 and toks[j].sent == toks[m.first].sent and j >= m.first - 8:
            j -= 1
        first = toks[j + 1]
        at_start = j < 0 or toks[j].sent != toks[m.first].sent
        before = toks[m.first - 1 - (1 if m.title else 0)] if m.first else None
        if at_start and first is not toks[m.first] and first.cap and first.low.endswith("ee") \
                and first.low not in ("annee",) and before is not None and before.text == ",":
            # (not "Fondée en 1962 par Albert X", where the name is a complement)
            between = [t for t in toks[j + 1:m.first] if t.cap and toks.index(t) in self.by_token]
            if not between:
                return "f"
        return None

    def _pre_name(self, m: Mention) -> list[Token]:
        """Words just before the name in the same clause: "la ministre de la Culture"."""
        toks = self.tokens
        k = m.first - 1
        if m.title:
            k -= 1 + (toks[k].text == "." if k >= 0 else 0)
        verbs = FR_VERBS if self.language == "fr" else EN_VERBS
        out: list[Token] = []
        if k >= 0 and toks[k].low in ("de", "d'", "du", "des", "of"):
            return out  # "la mère de Yanis": the description is someone else's
        while k >= 0 and len(out) < 9:
            t = toks[k]
            if t.sent != toks[m.first].sent or t.quote >= 0 or not t.is_word or t.low in _ROLE_STOP:
                break
            noun_use = t.is_role and k > 0 and toks[k - 1].low in _DETS and not (
                self.language == "fr" and toks[k - 1].low == "a")  # "le conseiller fédéral X", not «a prévenu X»
            # (a capitalised word inside the sentence is a name's, not a verb: "JUM State president")
            noun_use = noun_use or (t.cap and k > 0 and toks[k - 1].sent == t.sent)
            if (t.low in verbs and not noun_use) or t.low in (_AUX_FR if self.language == "fr" else _AUX_EN):
                break
            if t.low == "for" and self.language == "en" and k > 0 and toks[k - 1].is_role and toks[k - 1].cap \
                    and out and out[-1].cap:
                out.append(t)  # "Minister for Housing Declan X": one title-case title
                k -= 1
                continue
            if t.low in ("par", "by", "avec", "with", "pour", "for", "against", "contre"):
                out.append(t)
                break
            if t.cap and k in self.by_token:
                break
            out.append(t)
            k -= 1
        out.reverse()
        # "Le secrétaire général de l’OTAN, le Norvégien Jens Stoltenberg": role before a comma
        if k >= 0 and toks[k].text == "," and all(t.low in _DETS or _people_word(t, out[i - 1] if i else None)
                                                  for i, t in enumerate(out)):
            seg = self._segment_before(k, m)
            # "C'est au porte-parole, Yanis Belkacem, que…": the role after its determiner
            cleft = False
            while seg and seg[0].low in ("c'", "ce", "est", "donc", "bien", "alors"):
                seg, cleft = seg[1:], True
            if cleft and len(seg) > 1 and seg[0].low in ("au", "aux") and seg[1].is_role:
                return seg[1:] + out  # "C'est donc au porte-parole, Yanis Belkacem, que…"
            if seg and seg[0].low in _DETS and len(seg) > 1 and seg[1].is_role:
                return seg + out
        return out

    def _index_of(self, t: Token) -> int:
        """Position of token ``t`` (tokens are in text order: a bisection on offsets)."""
        lo, hi = 0, len(self.tokens)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.tokens[mid].start < t.start:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def _segment_before(self, k: int, m: Mention) -> list[Token]:
        """The words of the clause before the comma at ``k``, without a leading "selon" or
        time adverb: the description a name in apposition completes."""
        toks = self.tokens
        verbs = FR_VERBS if self.language == "fr" else EN_VERBS
        seg = []
        j = k - 1
        acronym = None
        if j > 2 and toks[j].text == ")" and toks[j - 2].text == "(" and toks[j - 1].acronym:
            acronym = toks[j - 1]
            j -= 3  # «le président de l'Association … (ACMD), Salifou X»: past the acronym, kept
        if j > 0 and not toks[j].is_word and toks[j].text in "”»\"":
            # «le président de la coopérative “Espoir de la Nawa”, M. X»: past the body's name
            o = next((x for x in range(j - 1, max(-1, j - 10), -1) if not toks[x].is_word and toks[x].text in "“«\""),
                     None)
            if o is not None and all(toks[x].is_word for x in range(o + 1, j)):
                j = o - 1
        while j >= 0 and toks[j].sent == toks[m.first].sent and toks[j].is_word and toks[j].quote < 0:
            if toks[j].low in verbs or (toks[j].cap and j in self.by_token) or (
                    toks[j].low in ("et", "and") and (j - 1) in self.by_token):
                break  # ("Le dirigeant X et la directrice de la circulation, Carline Y,")
            seg.append(toks[j])
            j -= 1
        seg.reverse()
        if acronym is not None and seg:
            seg.append(acronym)
        while len(seg) > 2 and (seg[0].low in MONTHS_DAYS or seg[0].low in _CLAUSE_ADVERBS) and seg[0].low not in _DETS:
            seg = seg[1:]  # "a affirmé dimanche le président de la Commission, X,"
        if seg and seg[0].low in ("selon", "according", "pour"):
            seg = seg[2:] if seg[0].low == "according" else seg[1:]
        if len(seg) > 2 and seg[0].low in ("à", "a", "au", "de", "chez", "to") and seg[1].low in _DETS and seg[2].is_role:
            seg = seg[1:]  # "oppose X à une veuve, Alizèta Y"
        if not any(t.is_role for t in seg[:3]):
            # "Le message n'a pas échappé à la ministre de la Culture, Sophie X,", "un litige
            # qui oppose un promoteur, Rasmané X,": the role phrase right before the comma
            dets = [i for i, t in enumerate(seg[:-1]) if i and t.low in _DETS and seg[i + 1].is_role
                    and (seg[i - 1].low in ("à", "a", "au", "de", "chez", "to") or len(seg) - i <= 3)]
            if dets:
                seg = seg[dets[-1]:]
        return seg

    def _apposition_after(self, k: int) -> list[Token]:
        """", chef de l’OTAN," after a name: the words up to the next comma or stop."""
        toks = self.tokens
        if k >= len(toks) or toks[k].text != ",":
            return []
        verbs = FR_VERBS if self.language == "fr" else EN_VERBS
        out: list[Token] = []
        j = k + 1
        while j < len(toks) and len(out) < 12:
            t = toks[j]
            if t.sent != toks[k].sent or t.quote >= 0 or (not t.is_word and t.text not in "-’'"):
                break
            if t.low in ("et", "and") and out and j + 1 < len(toks) and (
                    toks[j + 1].is_role or toks[j + 1].low in _DETS and j + 2 < len(toks) and toks[j + 2].is_role):
                out.append(t)  # ", ancien patron pêcheur et président des Amis…,": two roles
                j += 1
                continue
            if t.low in verbs or t.low in _ROLE_STOP:
                return []
            out.append(t)
            j += 1
        head = [t for t in out[:4] if t.low not in _DETS]
        if head and (head[0].is_role or len(head) > 1 and head[1].is_role and head[0].text[:1].islower()
                     and head[0].low not in _PREPOSITIONS_FR_EN
                     or self.language == "en" and len(head) > 2 and head[2].is_role
                     and all(t.text[:1].islower() and t.low not in _PREPOSITIONS_FR_EN and t.is_word for t in head[:2])):
            return out  # (", superintending engineer of…", ", an emergency medicine consultant": modifiers)
        return []

    def _absorb_description(self, p: Person, words: list[Token], before_name: bool) -> None:
        dets = [t for t in words if t.low in _DETS]
        content = [t for t in words if t.low not in _DETS or t is not words[0]]
        if words and words[0].low in _DETS:
            content = words[1:]
        while content and content[0].low == "'s":
            content = content[1:]
        near = words
        if before_name:
            # only the noun phrase holding the name: "le Lyonnais affrontera l'Argentin X"
            dets_at = [i for i, t in enumerate(words) if t.low in _DETS]
            near = words[dets_at[-1]:] if dets_at else words
        for t in near:
            if t.low in NATIONALITY_GENDER and (t.cap or before_name):
                p.nationality = p.nationality or t.text
                g = NATIONALITY_GENDER[t.low]
                if g and p.gender is None and t.cap:
                    p.gender = g
        kin = next((_KIN_GENDER[t.low] for t in content[:2] if t.low in _KIN_GENDER), None)
        if kin and not p.gender_from_title:
            p.gender = kin  # ", mère d'un élève", ", veuve de…", ", father of three": what they are says the sex
        role_at = next((i for i, t in enumerate(content) if t.is_role), None)
        if role_at is None:
            return
        if role_at and content[role_at - 1].low in ("ancien", "ancienne", "former", "ex", "nouveau", "nouvelle"):
            role_at -= 1  # «l'ancien ministre»: the former office is another description than the office
        if self.language == "en":
            role_tokens = content if before_name else content[role_at:]
        else:
            role_tokens = [t for t in content[role_at:] if t.low not in NATIONALITY_GENDER or not t.cap]
        while role_tokens and (role_tokens[-1].low in _DETS or role_tokens[-1].text in ",’'" or _people_word(
                role_tokens[-1], role_tokens[-2] if len(role_tokens) > 1 else None)):
            role_tokens = role_tokens[:-1]
        if not role_tokens:
            return
        role = _join(role_tokens)
        if role and role not in p.roles:
            p.roles.append(role)
        if dets and p.gender is None and (words[0].low in _DETS or before_name):
            # (only a determiner of the role itself: not «la» in «vainqueur du Circuit de la Sambre»)
            d = dets[0].low
            if d in _FEM_DETS or content[role_at].low.endswith(("trice", "ière", "euse", "ienne")):
                p.gender = "f"
            elif d in _MASC_DETS and self.language == "fr":
                p.gender = "m"


_FEM_PARTICIPLE = re.compile(r"(?:ée|[^q]ue|[^aeou]ie|ise|ite|inte|erte|aite)$")
_MASC_PARTICIPLE = re.compile(r"(?:é|[^aeo]u|[^aeou]i|is|[^a]it|int|ert|ait)$")
_NOT_PARTICIPLE = frozenset("""annee journee idee ete ici aussi ainsi lui celui parmi oui midi samedi lundi
mardi mercredi jeudi vendredi suite vite crise partie-prenante tout toute sortie reprise entreprise
surprise-partie mise-en-scene prise-de-parole deja voici voila quasi encore plus bien mieux pris-en
tres fait""".split())


def _participle_gender(word: str) -> str | None:
    """Gender of a participle agreeing with the subject after "être": "élue" → f, "élu" → m."""
    w = fold(word)
    if w in _NOT_PARTICIPLE or len(word) < 3 or word.endswith("s") and not word.endswith(("is",)):
        return None
    if _FEM_PARTICIPLE.search(word):
        return "f"
    if _MASC_PARTICIPLE.search(word):
        return "m"
    return None


def _join(toks: list[Token]) -> str:
    parts = []
    for i, t in enumerate(toks):
        if i and t.start > toks[i - 1].end:
            parts.append(" ")
        parts.append(t.text)
    return "".join(parts).strip(" ,")
