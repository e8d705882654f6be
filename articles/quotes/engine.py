"""Quote and speaker extraction: spans → cues → speakers → people.

For each quote the engine looks for an attribution cue in a fixed order, strongest
first: pull-quote name line, reporting clause after the quote («…», a déclaré X /
"…" she said), attribution written inside the marks («…, dit X, …»), reporting clause
before it (X a affirmé que «…» / Selon lui, «…» / He added: "…"), a following "Par ces
mots, X…" sentence, a matching body quote for headline quotes, and finally the
previous quote's speaker (continuation).  A subject that is an organisation, a group
or nobody yields ``speaker=None``: the engine never guesses a person.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .lexicon import (
    FIRST_NAMES,
    agent_noun,
    EN_SPEECH_NOUNS,
    EN_VERBS,
    FR_LIGHT_COMPLEMENT,
    FR_LIGHT_VERB,
    FR_SPEECH_NOUNS,
    FR_VERBS,
    MONTHS_DAYS,
    NATIONALITY_GENDER,
    NP_STOP,
    ORG_NOUNS,
    ORG_WORDS,
    PERSON_NOUNS,
    PLACES,
    PRONOUN_GENDER,
    ROLE_NOUNS,
    SKIP_ADVERBS,
    UNNAMED_SUBJECTS,
    fold,
    is_role_word,
)
from .marks import Span, find_spans
from .model import ATTRIBUTIONS, ExtractionResult, FoundPerson, FoundQuote
from .people import _DETS, _FEM_DETS, Mention, People, Person, _join, name_words
from .text import Token, detect_language, is_function_word, tokenize

_INVERTED = re.compile(r"^[^\W\d_]+(?:['’][^\W\d_]+)?-(?:t-)?(il|elle|ils|elles|on)$")
_PREPOSITIONS = frozenset(fold(w) for w in ("de", "d'", "du", "des", "à", "au", "aux", "par", "pour", "avec", "contre", "chez",
                           "of", "by", "to", "with", "for", "from", "against", "beat", "than", "after",
                           "après", "sur", "on", "about", "succédant", "avant"))
_SUBJECT_SKIP = SKIP_ADVERBS | {"ne", "n'", "s'", "se", "y", "en", "lui", "leur", "l'", "not", "then"}
_FEMININE_BODIES = frozenset(fold(w) for w in """entreprise association société direction mairie préfecture
fédération union coalition organisation commission compagnie banque municipalité enseigne agence
fondation mutuelle caisse intersyndicale chambre coopérative""".split())
_MASCULINE_BODIES = frozenset(fold(w) for w in """ministère gouvernement parquet syndicat conseil comité collectif
groupe club département tribunal cabinet bureau consortium office établissement hôpital rectorat""".split())
# heads that name whoever runs what the complement names («le premier responsable de la région»)
_GENERIC_HEADS = frozenset(fold(w) for w in """responsable patron patronne chef cheffe dirigeant dirigeante
head chief boss leader numéro""".split())
_NEGATION_ADVERBS = frozenset(fold(w) for w in """pas du tout plus guère jamais point vraiment forcément
non nullement absolument""".split())
_DISCOURSE_ADVERBS = frozenset(fold(w) for w in """however meanwhile but yet still elsewhere nearby instead also
cependant pourtant toutefois néanmoins ailleurs mais aussi enfin""".split())
_COORDINATORS = frozenset({"et", "mais", "puis", "and", "but", "then", "ensuite", "aussi", "also"})
_CLAUSE_OPENERS = frozenset({",", ";", "et", "mais", "puis", "car", "que", "qu'", "lorsqu'", "quand", "si",
                             "and", "but", "then", "that", "because", "when", "as", "since", "if", "while",
                             "where", "whereas", "although", "though",
                             "où", "tandis", "alors", "puisque", "puisqu'", "comme",
                             "(", ":"})
_IMPERSONAL = frozenset(fold(w) for w in ("faut", "y", "s'agit", "semble", "paraît", "suffit", "importe",
                                          "convient", "vaut", "existe", "pleut", "s'", "was", "is"))
_BACK_ADVERBS = SKIP_ADVERBS - {"a", "ont", "avait", "avaient", "aura", "aurait", "auraient", "est", "sont",
                                "etait", "s'est", "se", "lui", "leur", "has", "had", "have", "was", "were",
                                "is"} | {"ailleurs", "meanwhile", "however", "now"}
_EN_OBJECT_VERBS = frozenset({"told", "tell", "tells", "telling", "asked", "ask", "asks", "urged", "urge",
                              "urges", "thanked", "thank", "thanks", "called", "call", "calls", "accused",
                              "accuse", "accuses", "praised", "praise", "praises", "blasted", "slammed",
                              "criticised", "criticized", "warned", "warn", "warns", "welcomed", "hailed",
                              "dismissed", "rebuffed", "rejected", "quoted", "described"})
_DOCUMENTS = frozenset(fold(w) for w in ("statement", "letter", "post", "tweet", "message", "communiqué",
                                         "lettre", "déclaration", "publication", "texte"))
_DEFINITE = frozenset({"the", "this", "that", "le", "la", "l'", "ce", "cette", "sa", "son", "his", "her"})
_CIVIL = frozenset({"m", "mr", "mrs", "ms", "mme", "madame", "monsieur", "mlle", "miss"})
_POSSESSIVE = frozenset({"son", "sa", "ses", "leur", "leurs", "his", "her", "its", "their"})
_RELATIVES = frozenset({"qui", "que", "qu'", "dont", "who", "which", "whose"})
_INDEFINITE = frozenset({"un", "une", "des", "a", "an", "some", "plusieurs", "certains", "certaines"})
_SUBJECT_PRONOUNS = frozenset({"il", "elle", "ils", "elles", "he", "she", "they"})
_OFFICES = frozenset(fold(w) for w in """ministre président présidente secrétaire directeur directrice chef
cheffe maire bourgmestre gouverneur juge procureur procureure député députée sénateur sénatrice
commissaire porte-parole ambassadeur ambassadrice chancelier chancelière roi reine premier première
minister president secretary director chief governor mayor judge prosecutor senator spokesperson
spokesman spokeswoman ambassador chancellor king queen premier préfet préfète sous-préfet syndic
échevin recteur rectrice trésorier trésorière magistrat treasurer mec councillor sheriff adjoint adjointe
deputy""".split())


def _is_office(word: str) -> bool:
    """An office, also with a prefix: «haut-commissaire», «vice-présidente», «ex-maire»."""
    head, _, rest = word.partition("-")
    return word in _OFFICES or bool(rest) and head in ("haut", "haute", "vice", "sous", "co", "ex") and rest in _OFFICES


_ANAPHORIC_LEAD = re.compile(r"^(?:(?:par|avec|c' est avec|with|in) (?:ces|these|those|such) (?:mots|propos|paroles|words)"
                             r"|c' est ce (?:que|qu')|voila ce (?:que|qu')|ainsi s' est|tels sont|telles sont"
                             r"|ce sont les (?:mots|propos))")
_SENT_END = frozenset(".!?;")
_AGE = re.compile(r"\d+-year-old$|^(?:quadra|quinqua|sexa|septua|octo|nona)g[ée]naire$|^(?:trente|quarante|cinquante|soixante)naire$")
# Salience weights for pronoun antecedents, in person-naming sentences of recency: a mention
# outside subject position counts as 0.75 sentence further back (the subject of the same
# sentence wins; a person just introduced in a complement still beats an older subject, the
# usual way news copy brings in its next speaker), an unknown gender as 0.5 (a gender known
# to match is some evidence, less than being the latest subject).
_OBJECT_PENALTY = 0.75
_UNKNOWN_GENDER_PENALTY = 0.5
_SPEAKER_BONUS = 0.5  # someone already quoted is a protagonist of the story
_GOING_ON_BONUS = 1.5  # "a-t-il ajouté", "she added": the latest speaker goes on
_DISTANCE_CAP = 6
# "a-t-il ajouté", "poursuit-elle", "he added": the same speaker goes on
_CONTINUING = frozenset(fold(w) for w in """ajoute ajouté ajoutait ajoutera poursuit poursuivi poursuivait
continue continué continuait renchérit renchéri renchérissait enchaîne enchaîné enchaînait
added adds continued continues""".split())
# words that make a short fragment in marks somebody's words: «selon le maire, les citoyens
# «attendent…»», «on juge que le gouvernement «fait du théâtre»»
_OPINION_CUES = frozenset("""selon according juge jugent jugeait jugeaient trouve trouvent
trouvait""".split())  # unaccented on purpose: "jugé coupable de «…»" is no opinion
_OPINION_VERBS = _OPINION_CUES - {"selon", "according"}
_INTERVIEW_VERBS = frozenset(fold(w) for w in """interrogé interrogée interroge interrogeait questionné
questionnée interviewé interviewée sollicité sollicitée joint jointe contacté contactée asked asks
questioned interviewed contacted reached""".split())
# Bounds that keep every step linear on hostile input (a seed article has ~600 tokens).
_LOOKBACK = 80  # timeline entries examined when resolving a pronoun or role (a few paragraphs)
_WINDOW = 120  # tokens examined around a quote for its reporting clause
_TITLE_ABBREV = frozenset({"m", "mr", "mrs", "ms", "dr", "mme", "st", "pr", "sen", "rep", "gov", "gen", "col",
                           "lt", "sgt", "capt", "supt", "insp", "prof", "rev", "cllr", "cpl", "pte", "maj",
                           "cmdr", "cdr", "det", "hon", "coun", "cr", "ald", "atty", "cde"})


@dataclass
class _Quote:
    """Working state of one quote."""

    span: Span
    a: int  # first token (the opening mark)
    b: int  # last token (closing mark, or last token of the line)
    line: int
    speaker: int | None = None
    attribution: str = "none"
    role: str | None = None
    partial: bool = False
    pull: bool = False
    resolved: bool = False
    guessed: bool = False  # a description matched nobody: the latest salient person was taken


@dataclass
class _Cue:
    pid: int | None
    attribution: str
    role: str | None = None
    gender: str | None = None  # of an unnamed person ("un porte-parole"), for later pronouns
    guessed: bool = False  # see _Quote.guessed


class _Article:
    """One text under analysis; methods are the attribution steps."""

    def __init__(self, text: str, language: str):
        self.text = text
        self.lang = language
        self.verbs = FR_VERBS if language == "fr" else EN_VERBS
        # French "a" is an auxiliary to skip ("a déclaré"); English "a" starts a subject
        self.skip = SKIP_ADVERBS if language == "fr" else SKIP_ADVERBS - {"a"}
        self.speech_nouns = FR_SPEECH_NOUNS if language == "fr" else EN_SPEECH_NOUNS
        self.tokens = tokenize(text)
        self._hide_date_prefix()
        spans = find_spans(text)
        self._assign(spans)
        self.people = People(self.tokens, language)
        self.scare: set[int] = set()
        kept = []
        dropped_title = []
        for s in spans:
            if self._is_non_quote(s):
                if self.has_title and self.tokens[self._index_at(s.open)].line == 0:
                    dropped_title.append(s)
                else:
                    self.scare.update(self._token_range(s))
            else:
                kept.append(s)
        said = {_norm_words(text[s.start:s.end]) for s in kept}
        for s in dropped_title:
            # a headline fragment («…une saison « hors norme »») the body quotes as words
            # somebody said is a quote too; one the body never quotes stays a term
            mine = _norm_words(text[s.start:s.end])
            if mine and any(mine in other for other in said):
                kept.append(s)
            else:
                self.scare.update(self._token_range(s))
        kept.sort(key=lambda s: s.open)
        self._assign(kept)
        self.quotes = [self._make_quote(k, s) for k, s in enumerate(kept)]
        self._quote_starts = [q.a for q in self.quotes]
        self.timeline: list[tuple[int, int, bool]] = []  # (token, person, is_subject)
        for m in self.people.mentions:
            if m.person is not None and not m.in_quote:
                self.timeline.append((m.first, m.person, self._is_subject(m) or self._is_interviewee(m)))
        self.timeline.sort()
        self._title_case_cache: dict[int, bool] = {}
        self._adding = False  # the quote being attributed has a continuing verb
        self._last_speaker: tuple[int, int, int] | None = None  # (person, line, token) of the latest quote
        # latest unnamed person a role subject introduced ("Le préfet … a appelé…"): token, gender
        self._ghost: tuple[int, str | None] | None = None
        self._titles_held: set[str] | None = None
        # resolving the subject of a reporting clause after the quote («…», assure le X):
        # there, a singular description is the writer's other name for someone in view
        self._postposed = False
        self._partial_now = False  # the quote being attributed is a fragment of a sentence
        self._short_ghosts: set[int] = set()  # bodies a pronoun takes up only in the next sentence
        self._body_ghosts: set[int] = set()  # ghosts that are bodies, not unnamed people
        self._lead_person: int | None = None  # the one person the sentence before the quote names
        # line → (words, last token, token before it), built once: whether a line is a subheading
        self._line_shapes: dict[int, tuple[int, str, str]] | None = None
        self._lower_words: set[str] | None = None

    # -- setup ------------------------------------------------------------------------
    def _hide_date_prefix(self) -> None:
        """Line 1 ``date 2022-02 Title``: the date is not part of the title's sentence."""
        toks = self.tokens
        self.has_title = bool(toks) and toks[0].low == "date" and toks[0].line == 0
        if self.has_title:
            k = 1
            while k < len(toks) and toks[k].line == 0 and (toks[k].low[:1].isdigit() or toks[k].low in
                                                             ("unknown", "-")):
                k += 1
            for t in toks[:k]:
                t.sent = -1

    def _token_range(self, s: Span) -> range:
        stop = (s.close + 1) if s.close is not None else s.end
        lo = self._index_at(s.open)
        hi = lo
        while hi < len(self.tokens) and self.tokens[hi].start < stop:
            hi += 1
        return range(lo, hi)

    def _index_at(self, pos: int) -> int:
        lo, hi = 0, len(self.tokens)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.tokens[mid].start < pos:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def _assign(self, spans: list[Span]) -> None:
        for t in self.tokens:
            t.quote = -1
        for k, s in enumerate(spans):
            for i in self._token_range(s):
                self.tokens[i].quote = k

    def _make_quote(self, k: int, s: Span) -> _Quote:
        r = self._token_range(s)
        a, b = r.start, max(r.start, r.stop - 1)
        return _Quote(s, a, b, self.tokens[a].line if a < len(self.tokens) else 0)

    def _is_subject(self, m: Mention) -> bool:
        """Whether a name stands where a subject stands, for pronoun and role antecedents.

        The name and the description before it ("la ministre de la Culture X", "his rival
        X") form a block; what precedes the block decides: a preposition makes it a
        complement ("de la Française X"), a verb makes it an object ("a critiqué X") unless
        the clause is an inverted attribution right after a quote ("», a déclaré X").
        """
        toks = self.tokens
        if m.last < len(toks) and toks[m.last].low == "'s":
            return False  # "De Vries's coach said": the possessor is not the subject
        if self._inside_body_subject(m):
            return False  # "Le cabinet de la ministre …, Geneviève X, indique": her office speaks
        if self._in_apposition_complement(m):
            return False  # "Sunita X, principal of a Kanya Vidyalaya in Delhi, said": her school
        pre = self.people._pre_name(m)
        title_len = (2 if m.first >= 2 and toks[m.first - 1].text == "." else 1) if m.title else 0
        role_i = next((i for i, t in enumerate(pre) if t.is_role or t.low in NATIONALITY_GENDER or (
            "-" in t.text and fold(t.text.split("-")[0]) in ROLE_NOUNS | PERSON_NOUNS)), None)  # "Mother-of-two X"
        if role_i is not None and self.lang == "en" and pre[role_i].cap:
            # "Reserve Bank of New Zealand Governor Fiona X": a title-case title and its body
            b = role_i
            while b > 0 and (pre[b - 1].cap or pre[b - 1].low in ("of", "and", "for") and b > 1 and pre[b - 2].cap):
                b -= 1
            if b > 0 and pre[b - 1].low in ("the", "a", "an"):
                b -= 1  # "Leading the group, the MP for Wyre Valley, Tom X, said"
        elif role_i is not None:
            b = role_i
            while b > 0 and pre[b - 1].low not in _PREPOSITIONS and pre[b - 1].low not in _CLAUSE_OPENERS \
                    and (pre[b - 1].low not in self.verbs or pre[b - 1].cap):
                b -= 1
                if pre[b].low in _DETS and pre[b].low not in _POSSESSIVE:
                    break  # the phrase starts at its determiner ("consulte | le docteur X")
            if self.lang == "en" and b > 1 and pre[b - 1].low in ("of", "for") and pre[b - 2].cap and pre[b].cap:
                # "University of Hawaii economist Miriam X": a title-case body before the role
                while b > 0 and (pre[b - 1].cap or pre[b - 1].low in ("of", "for", "and") and b > 1 and pre[b - 2].cap):
                    b -= 1
        else:
            dets = [i for i, t in enumerate(pre) if t.low in _DETS]
            b = dets[-1] if dets else len(pre)
        j = (self._index_at(pre[b].start) if b < len(pre) else m.first - title_len) - 1
        sent = toks[m.first].sent
        if j >= 1 and toks[j].acronym and toks[j - 1].text == "," and b >= len(pre) - 1:
            j -= 1  # "…in the state, DSP Yusuf X, said": an abbreviated rank before the name
        if m.title and b >= len(pre):
            while j >= 0 and toks[j].sent == sent and toks[j].cap and toks[j].low not in _DETS:
                j -= 1  # "State Sen. Paul Whitaker", "U.S. Rep. X": the title's own modifiers
        while j >= 0 and toks[j].sent == sent and toks[j].low in _BACK_ADVERBS:
            j -= 1
        if j >= 0 and toks[j].sent == sent and toks[j].text == ",":
            # "Dimanche, X a dit": a subject after an opening phrase; "…de son adversaire,
            # X." (closed by a comma or the sentence end): an apposition to what precedes
            nxt = m.last
            if self._apposition_role(nxt) or (  # "X, chef de l'OTAN, a déclaré"
                    nxt + 1 < len(toks) and toks[nxt].text == ","
                    and toks[nxt + 1].low in ("du", "de", "des", "d'", "of", "from")):
                # "X, du Syndicat des services publics, a salué": an affiliation too
                nxt += 1
                while nxt < len(toks) and toks[nxt].sent == sent and toks[nxt].text != ",":
                    nxt += 1
                nxt += 1
            if nxt + 1 < len(toks) and toks[nxt].text == "." and len(toks[nxt - 1].text) == 1 \
                    and toks[nxt - 1].text.isupper():
                nxt += 1  # "Samir T. a maintenu": the initial's full stop
            after = toks[nxt] if nxt < len(toks) else None
            if after is not None and after.sent == sent and after.is_word:
                return True
            if after is not None and after.text == "," and nxt + 2 < len(toks) and toks[nxt + 1].text[:1].isdigit():
                # "Monique, 78 ans, s'avance": past the age
                c = next((x for x in range(nxt + 2, min(len(toks), nxt + 6))
                          if toks[x].text == "," or toks[x].sent != sent), None)
                if c is not None and toks[c].text == "," and c + 1 < len(toks) and toks[c + 1].sent == sent \
                        and toks[c + 1].is_word and toks[c + 1].low not in _PREPOSITIONS \
                        and toks[c + 1].low not in _DETS and not toks[c + 1].cap:
                    return True
            if after is not None and after.text == "," and nxt + 1 < len(toks) and toks[nxt + 1].low in (
                    "qui", "who"):
                # "Le président d'UBS, Declan Mulvey, qui présidera l'entité, a parlé": past the relative
                c = next((x for x in range(nxt + 2, min(len(toks), nxt + 30))
                          if toks[x].text == "," or toks[x].sent != sent), None)
                if c is not None and toks[c].text == ",":
                    nxt = c
                    after = toks[c]
            if after is not None and after.text == "," and nxt + 1 < len(toks) and toks[nxt + 1].sent == sent and (
                    toks[nxt + 1].low in _AUXILIARIES or self._is_verb(nxt + 1)):
                return True  # "À Québec, le ministre de la Santé, Marc-André Bélisle, a qualifié…"
            return self._apposed_to_subject(j)
        if j < 0 or toks[j].sent != sent or not toks[j].is_word:
            return True
        low = toks[j].low
        if self._cleft_focus(m, j):
            return True  # "C'est donc au porte-parole, Yanis Belkacem, qu'est revenue la tâche"
        if (low == "pour" and self.lang == "fr" or low == "for" and self.lang == "en") \
                and (j == 0 or toks[j - 1].sent != sent) and self._apposition_end(m) is not None:
            return True  # "Pour Oumar Diakité, président du RRD, il s'agit d'une «mascarade»": his view
        if low in ("à", "au") and j >= 1 and toks[j - 1].low == "quant" or (
                low == "for" and j >= 1 and toks[j - 1].low == "as"):
            return True  # "Quant à Martin Lévesque, …, il a préféré…": the topic of the sentence
        if low in _PREPOSITIONS or low in _ADVERBIAL_HEADS and self.lang == "fr":
            # «…», a expliqué sur place le commandant X: an inverted subject after a
            # short circumstance is still the subject
            for v in range(j - 1, max(-1, j - 8) if self.lang == "fr" else j - 1, -1):
                if toks[v].sent != sent or toks[v].quote >= 0 or toks[v].text in ",;:":
                    break
                if self._is_verb(v):
                    return any(toks[x].quote >= 0 for x in range(max(0, v - 4), v))
            return False
        before = j - 1
        if low in ("et", "and", "ou", "or") and before > 0 and toks[before].text == ")":
            # "le Français Maxime X (Ardéa Cycling) et le Néerlandais Y": past the team in brackets
            before = next((x for x in range(before - 1, max(-1, before - 8), -1) if toks[x].text == "("), before) - 1
        if low in ("et", "and", "ou", "or") and before in self.people.by_token:
            # "des buts de Kevin Dufrasne et Ilias Benali": a coordinated name shares its case
            other = self.people.by_token[before]
            return other.first < m.first and self._is_subject(other)
        if low in _CLAUSE_OPENERS or low in ("selon", "according"):
            return True
        if self.lang == "fr" and m.last < len(toks) and toks[m.last].text in ".;!" and self._inverted_relative(j):
            return True  # "Une lecture que ne partage pas du tout Geneviève X.": the relative's subject
        if low == "est" and j >= 1 and toks[j - 1].low in ("c'", "ce") and m.last < len(toks) \
                and toks[m.last].low in ("qui", "who"):
            return True  # "c'est Anicet-Désiré Yakété qui les porte": a cleft subject
        # "a déclaré X", "comme l'a rappelé X", "said X": a reporting verb puts its subject
        # after it — except English verbs whose next name is their object ("told X")
        if self._is_verb(j) and not (self.lang == "en" and toks[j].low in _EN_OBJECT_VERBS) \
                and not (toks[j].cap and j > 0 and toks[j - 1].sent == toks[j].sent):
            window = range(max(0, j - 4), j)
            return any(toks[x].quote >= 0 or toks[x].low in ("comme", "l'", "qu'", "as") for x in window)
        return self._premodified_subject(m, j)

    def _in_apposition_complement(self, m: Mention) -> bool:
        """The run sits in the complement of a role apposed to an earlier name ("X, principal
        of a Y school in Z, said"): it names the role's body, not the subject."""
        toks = self.tokens
        sent = toks[m.first].sent
        k = m.first - 1
        prep = lower = False
        while k >= 0 and toks[k].sent == sent and m.first - k < 15:
            t = toks[k]
            if t.text == ",":
                o = self.people.by_token.get(k - 1)
                return prep and lower and o is not None and o.last == k and o.person is not None \
                    and o.person is not m.person
            if not t.is_word or t.quote >= 0 or self._is_verb(k):
                return False
            if t.low in ("of", "at", "in", "from", "de", "du", "des", "d'", "à", "au", "aux", "chez"):
                prep = True
            elif t.text[:1].islower() and t.is_role:
                lower = True
            k -= 1
        return False

    def _inverted_relative(self, j: int) -> bool:
        """Token ``j`` ends «que [ne] VERBE [pas du tout]»: a name after it is the verb's
        inverted subject."""
        toks = self.tokens
        x, steps = j, 0
        while x >= 0 and toks[x].low in _NEGATION_ADVERBS and steps < 5:
            x, steps = x - 1, steps + 1
        if x < 1 or not toks[x].is_word or not toks[x].text[:1].islower() or toks[x].low in _DETS:
            return False
        x -= 1
        while x >= 0 and toks[x].low in ("ne", "n'"):
            x -= 1
        return x >= 0 and toks[x].low in ("que", "qu'") and toks[x].sent == toks[j].sent

    def _premodified_subject(self, m: Mention, j: int) -> bool:
        """"Former corporator Mangesh X said", "Retired bank employee X said": words no list
        knows, opening the sentence before a name its verb follows, only qualify it."""
        toks = self.tokens
        sent = toks[m.first].sent
        if j >= 1 and toks[j].low == "'s" and toks[j - 1].cap and toks[j - 1].low in PLACES and (
                j - 2 < 0 or toks[j - 2].sent != sent or toks[j - 2].text == ","):
            return True  # "Kenya's Collins X won…", "Cardiff's Rhys X reached…"
        after = m.last
        if after + 2 < len(toks) and toks[after].text == "(" and toks[after + 1].text.isdigit() \
                and toks[after + 2].text == ")":
            after += 3  # "Retired bank employee Ramesh X (67) said"
        if after >= len(toks) or not (self._is_verb(after) or toks[after].low in _AUXILIARIES):
            return False
        k = j
        while k >= 0 and toks[k].sent == sent and (toks[k].is_word or toks[k].low in ("'s", "’s")) \
                and toks[k].quote < 0 and j - k < 5:
            t = toks[k]  # ("Kenya's Collins X won": a place's possessive qualifies the name)
            if t.low in _PREPOSITIONS or self._is_verb(k) or (is_function_word(t.low) and t.low not in _DETS):
                return False
            k -= 1
        return k < 0 or toks[k].sent != sent or toks[k].text == ","

    def _apposition_end(self, m: Mention) -> int | None:
        """The comma closing "X," or "X, président du RRD,": where the clause after the name
        starts, or None when no comma follows the name."""
        toks = self.tokens
        k = m.last
        if k >= len(toks) or toks[k].text != ",":
            return None
        if self._apposition_role(k):
            c = next((x for x in range(k + 1, min(len(toks), k + 20)) if toks[x].text == ","), None)
            return c
        return k

    def _inside_body_subject(self, m: Mention) -> bool:
        """The sentence opens with "the office/cabinet/team of …" and the name sits in that
        complement, before any verb."""
        toks = self.tokens
        sent = toks[m.first].sent
        for s0 in range(m.first - 3, max(-1, m.first - 25), -1):
            if toks[s0].sent != sent or self._is_verb(s0) or toks[s0].low in _AUXILIARIES:
                return False
            opens = s0 == 0 or toks[s0 - 1].sent != sent or toks[s0 - 1].text == ","
            if opens and toks[s0].low in _DETS and toks[s0 + 1].low in ORG_NOUNS and not toks[s0 + 1].is_role \
                    and toks[s0 + 2].low in ("de", "du", "des", "d'", "of"):
                return True
        return False

    def _cleft_focus(self, m: Mention, j: int) -> bool:
        """The name is the focus of «c'est (donc) à/au X que…»: the clause is about them."""
        toks = self.tokens
        sent = toks[m.first].sent
        k = j
        steps = 0
        while k >= 0 and toks[k].sent == sent and steps < 6:
            if toks[k].low == "est" and k >= 1 and toks[k - 1].low in ("c'", "ce"):
                after = m.last
                if after < len(toks) and toks[after].text == ",":
                    after += 1
                return after < len(toks) and toks[after].low in ("que", "qu'", "qui")
            if toks[k].quote >= 0 or self._is_verb(k):
                return False
            k -= 1
            steps += 1
        return False

    def _is_interviewee(self, m: Mention) -> bool:
        """"Les journalistes ont interrogé X", "Asked by…"/"reporters asked X": the object of
        a verb of questioning is who answers next, as salient as a subject."""
        toks = self.tokens
        j = m.first - 1 - (2 if m.title and m.first >= 2 and toks[m.first - 1].text == "." else 1 if m.title else 0)
        steps = 0
        while j >= 0 and toks[j].sent == toks[m.first].sent and steps < 5:
            low = toks[j].low
            if low in _INTERVIEW_VERBS:
                return True
            if not toks[j].is_word or self._is_verb(j) and low not in _INTERVIEW_VERBS:
                return False
            j -= 1
            steps += 1
        return False

    def _apposed_to_subject(self, comma: int) -> bool:
        """"…de son adversaire, Claire Duc": an apposed name shares the case of the noun
        phrase before the comma; a preposition governs it unless it only introduces the
        complement of a role ("Le président du groupe LR, Bruno Retailleau")."""
        toks = self.tokens
        sent = toks[comma].sent
        k = comma - 1
        steps = 0
        while k >= 0 and toks[k].sent == sent and toks[k].is_word and steps < 12:
            low = toks[k].low
            if low in self.verbs or low in _CLAUSE_OPENERS:
                return True
            if low in _PREPOSITIONS:
                if not any(t.is_role for t in toks[max(0, k - 4):k]):
                    return False
            k -= 1
            steps += 1
        return True

    # -- scare quotes and names in marks ------------------------------------------------
    def _is_non_quote(self, s: Span) -> bool:
        words = [w for w in re.findall(r"[^\W_]+(?:['’-][^\W_]+)*", self.text[s.start:s.end])]
        if not words:
            return True
        inner = self.text[s.start:s.end].rstrip()
        punct_end = inner[-1] in ".!?,…;:" if inner else False
        if len(words) <= 5 and not punct_end and len(words) >= 2 and all(
                w[0].isupper() or fold(w) in {"de", "du", "des", "van", "von", "of", "the", "et", "and", "la"}
                for w in words):
            # «Yewwi Askan Wi», «Frankfurter Allgemeine Zeitung»: a proper name in marks
            return not self._reported_right_before(s)
        r = self._token_range(s)
        prev = self.tokens[r.start - 1] if r.start else None
        if (prev is not None and prev.low in ORG_NOUNS and words[0][0].isupper() and len(words) <= 4
                and not punct_end):
            return True  # "le journal «Le Temps»", "the newspaper 'Sun'"
        if len(words) <= 4 and self._is_fragment(r.start) and not self._sentence_reports(r):
            return True  # a term in marks nobody is said to say: «triple épidémie»
        return False

    def _reported_right_before(self, s: Span) -> bool:
        k = self._index_at(s.open) - 1
        while k >= 0 and not self.tokens[k].is_word and self.tokens[k].text in ":,":
            k -= 1
        return k >= 0 and (self.tokens[k].low in self.verbs or bool(_INVERTED.match(self.tokens[k].low)))

    def _is_fragment(self, a: int) -> bool:
        """The quote continues the reporter's sentence (a word stands right before the mark)."""
        if a == 0:
            return False
        prev = self.tokens[a - 1]
        return prev.is_word and prev.sent == self.tokens[a].sent and prev.sent >= 0

    def _sentence_reports(self, r: range) -> bool:
        sent = self.tokens[r.start].sent
        k = r.start - 1
        while k >= 0 and self.tokens[k].sent == sent and k >= r.start - _WINDOW:
            k -= 1
        k += 1
        lo_sent = k
        while k < len(self.tokens) and self.tokens[k].sent == sent and k <= r.stop + _WINDOW:
            t = self.tokens[k]
            if k > r.stop and t.text == ":":
                break
            if k == lo_sent and t.low == "pour" and any(toks_k.text == "," for toks_k in self.tokens[k:r.start]):
                return True  # "Pour le gouverneur, il n'est «pas question» que…": an opinion
            if k not in r and t.quote < 0 and (self._is_verb(k) or t.low in self.speech_nouns
                                               or (k < r.start and t.text.lower() in _OPINION_CUES)
                                               or (k < r.start and k in self.people.by_token)):
                return True
            k += 1
        return False

    # -- lexical tests -------------------------------------------------------------------
    def _is_verb(self, k: int) -> bool:
        t = self.tokens[k]
        if not t.is_word:
            return False
        if _INVERTED.match(t.low):
            return True
        if t.low in self.verbs:
            if self.lang == "fr" and k and self._noun_use(k):
                return False  # "le critique gastronomique X", "une déclaration", "son annonce"
            if self.lang == "en" and k and self.tokens[k - 1].low in ("the", "a", "an", "its", "their", "his", "her",
                                                                    "this", "that", "our", "my", "your"):
                return False  # "the state government", "a report": a noun
            return True
        if self.lang == "fr" and t.text.lower() in _OPINION_VERBS and k and (
                self.tokens[k - 1].low in ("on", "il", "elle", "ils", "elles")
                or k >= 2 and self.tokens[k - 2].low in ("les", "des", "ces", "leurs", "nos")
                and self.tokens[k - 1].low.endswith(("s", "x")) and self.tokens[k - 1].text[:1].islower()
                or k + 1 < len(self.tokens) and self.tokens[k + 1].low in ("que", "qu'")):
            return True  # "on juge que le gouvernement «fait du théâtre»", "X, juge que «…»"
        if self.lang == "fr" and t.low == "tomber" and k and self.tokens[k - 1].low in ("laisse", "laissait", "laisser"):
            return True  # «a laissé tomber Maxime»: a reporting idiom
        if self.lang == "fr" and t.low in ("appelle", "appellent") and k + 1 < len(self.tokens):
            # «appelle à la prudence», «ce qu'elles appellent une «…»», not «s'appelle X»
            return self.tokens[k + 1].low in ("à", "au", "aux") or k >= 2 and self.tokens[k - 1].low in (
                "il", "elle", "ils", "elles", "on") and self.tokens[k - 2].low in ("qu'", "que")
        if self.lang == "fr" and t.low in FR_LIGHT_VERB and k + 1 < len(self.tokens):
            return self.tokens[k + 1].low in FR_LIGHT_COMPLEMENT
        return False

    def _noun_use(self, k: int) -> bool:
        """A French verb form used as a noun, known by its determiner ("le critique", "une
        annonce"); "le"/"la" are clitic pronouns after a subject ("il le dit", "elle la critique")."""
        prev = self.tokens[k - 1]
        if prev.low in ("un", "une", "du", "ce", "cette", "son", "sa", "ses", "notre", "votre", "mon", "ma"):
            return True
        if prev.low in ("le", "la", "les", "l'") and k >= 2:
            before = self.tokens[k - 2]
            if before.sent != prev.sent:
                return True  # "Le critique salue…": a determiner opening the sentence
            return before.low not in (
                "il", "elle", "on", "ils", "elles", "qui", "je", "nous", "vous", "ne", "n'", "tu", "ce", "c'")
        return False

    def _inverted_gender(self, k: int) -> str | None:
        m = _INVERTED.match(self.tokens[k].low)
        if not m:
            return None
        return {"il": "m", "elle": "f", "ils": "p", "elles": "p", "on": "u"}[m.group(1)]

    # -- resolving subjects ---------------------------------------------------------------
    def _pronoun(self, gender: str, pos: int, chain: bool = False, described: bool = False) -> _Cue:
        """The person a pronoun designates, by salience (in the spirit of Lappin & Leass).

        Every compatible person (same gender, or gender unknown) is scored on their latest
        mention before the pronoun: how many person-naming sentences back it is (recency),
        plus a penalty when that
        mention is not a subject (an object, a complement, "de X", "by X") and a smaller
        one when their gender is unknown; the lowest score wins, the most recent on a
        tie.  A person of the other gender is never chosen, a name said only inside a
        quote is not in the timeline, and a plural pronoun designates a group, not a
        person.  A continuing verb ("a-t-il ajouté", "poursuit-elle", "he added") gives the
        latest speaker a strong bonus.  With ``chain`` (the reporter's own narrative pronouns, which must not
        spread errors) only a subject in an earlier sentence is accepted.
        """
        if gender in ("p", "u"):
            return _Cue(None, "unnamed")
        if self._ghost_here(gender, pos) and not (described and self._ghost[0] in self._body_ghosts):
            # (a body is taken up by a pronoun, never by a person's description: «le prévenu»)
            # "Le préfet a appelé à «…». «…», a-t-il insisté": the pronoun takes up the
            # unnamed official the last sentences are about, not a person named earlier
            return _Cue(None, "pronoun")
        if not chain and self._org_said_here(pos):
            # «…» dit l'Association, qui risque, selon elle, de «…»: the pronoun takes up the
            # organisation that is the subject of its own sentence, not a person named before
            return _Cue(None, "organization")
        persons, toks = self.people.persons, self.tokens
        lead = self._lead_person
        if not chain and lead is not None and not self._adding and persons[lead].gender in (None, gender):
            # "Une réponse qui fait bondir X, dont la mère… «…», dit-elle": the one person
            # the lead-in sentence is about
            return _Cue(lead, "pronoun")
        last = self._last_speaker
        going_on = None  # "…, a-t-il ajouté": the latest speaker goes on (a strong bonus)
        if not chain and self._adding and last is not None and pos < len(toks) and toks[pos].line - last[1] <= 6 \
                and not any(subj and pid != last[0] and tok > last[2]
                            for tok, pid, subj in self._timeline_before(pos)):
            # (not when the narration has since brought in someone else as a subject)
            going_on = last[0]
        here = toks[pos].sent if pos < len(toks) else (toks[-1].sent + 1 if toks else 0)
        latest: dict[int, tuple[int, bool]] = {}  # person → (token, subject) of latest entry
        for tok, pid, subj in self._timeline_before(pos):
            if persons[pid].gender not in (None, gender):
                continue
            prev = latest.get(pid)
            if prev is None or tok > prev[0] or (tok == prev[0] and subj):
                latest[pid] = (tok, subj)
            elif toks[tok].sent == toks[prev[0]].sent and subj:
                latest[pid] = (prev[0], True)  # subject of that sentence anyway
        if not latest:
            return _Cue(None, "pronoun")
        headline = self.has_title and pos < len(toks) and toks[pos].line == 0
        # recency counts the sentences that name somebody, newest first (a long quote's
        # inner sentences or a paragraph of scene-setting do not push a speaker away)
        named_sents = sorted({toks[t].sent for t, _, _ in self._timeline_before(pos)}, reverse=True)
        rank = {sn: r for r, sn in enumerate(named_sents)}
        subject_sents = {toks[tok].sent for tok, subj in latest.values() if subj}
        scored = []
        for pid, (tok, subj) in latest.items():
            distance = rank.get(toks[tok].sent, 0) if not headline else 0
            # within one sentence its subject outranks a name in a complement, whatever
            # is known of their genders ("X a rendu hommage à son adversaire, Y")
            penalty = 0 if subj else _OBJECT_PENALTY + (
                _UNKNOWN_GENDER_PENALTY if toks[tok].sent in subject_sents else 0) + (
                1 if tok and toks[tok - 1].low in ("de", "d'", "of") else 0)  # ("un film de X": a complement's complement)
            score = min(distance, _DISTANCE_CAP) + penalty \
                + (0 if persons[pid].gender == gender else _UNKNOWN_GENDER_PENALTY) \
                - (_SPEAKER_BONUS if persons[pid].spoke else 0) - (_GOING_ON_BONUS if pid == going_on else 0)
            order = tok if not headline else -tok
            scored.append((score, -order, pid, subj, tok))
        scored.sort()
        score, _, pid, subj, tok = scored[0]
        if chain and (not subj or toks[tok].sent == here):
            return _Cue(None, "pronoun")
        person = persons[pid]
        if person.gender is None:
            # "Mathebula … he said": once a pronoun is read as someone, a later pronoun of
            # the other gender will not go to them
            person.gender = gender
        return _Cue(pid, "pronoun")

    def _unmatched_office(self, np: list[Token]) -> bool:
        """A narrative subject naming an office ("Le préfet", "The race director") that no
        person of the text holds, under that name or a synonym: a new, unnamed official."""
        content = [t for t in np[1:] if t.is_word]
        heads = [t.low for t in content if t.is_role]
        if not heads or not _is_office(heads[0]) or len(content) < 2:
            # a bare "la ministre" takes up someone known (journalists vary titles); only a
            # restricted description ("le préfet du département", "the race director")
            # introduces somebody new
            return False
        heads_set = {heads[0]} | _role_synonyms({heads[0]})
        groups = [g for g in _SYNONYM_GROUPS if heads[0] in g]
        for p in self.people.persons[:300]:  # bounded: hostile input stays linear
            desc = p.descriptors()
            if heads_set & desc:
                return False
            for g in groups:  # "la ministre de la Santé" for "la conseillère d'État X"
                for entry in g:
                    parts = [x for x in re.split(r"[-']", entry) if len(x) > 2 and not is_function_word(x)]
                    if len(parts) > 1 and all(x in desc for x in parts):
                        return False
        if self._titles_held is None:
            self._titles_held = {fold(m.title) for m in self.people.mentions if m.person is not None and m.title}
        # "President X" (a title, not an apposition) holds the office too
        return not heads_set & self._titles_held

    def _ghost_here(self, gender: str, pos: int) -> bool:
        """An unnamed official introduced as a sentence subject in this or the previous
        paragraph, with nobody named as a subject since, and of the pronoun's gender."""
        if self._ghost is None or pos >= len(self.tokens):
            return False
        g_tok, g_gender = self._ghost
        toks = self.tokens
        if g_tok >= pos or toks[pos].line - toks[g_tok].line > 2 or g_gender not in (None, gender):
            return False
        if g_tok in self._short_ghosts and toks[g_tok].sent == toks[pos].sent:
            return False  # «Le gouvernement «n'a pas vocation…», a-t-il glissé»: the body is quoted about
        if (g_gender is None or g_tok in self._short_ghosts) and {toks[k].sent for k in range(g_tok + 1, pos)
                                 if toks[k].quote < 0 and toks[k].is_word} - {toks[g_tok].sent, toks[pos].sent}:
            # of unknown gender: only the very next sentence may take them up (the quote's
            # own sentences do not count: «…. …», he said)
            return False
        # anyone named since, as a subject or in a later sentence ("Insuffisant pour Loïc
        # Tanguy. «…», a-t-il réagi"), is a likelier antecedent than the unnamed official
        persons = self.people.persons
        return not any(tok > g_tok and (subj or toks[tok].sent > toks[g_tok].sent)
                       and persons[pid].gender in (None, gender)  # ("si elle dure" is someone else)
                       for tok, pid, subj in self._timeline_before(pos))

    def _org_said_here(self, pos: int) -> bool:
        """An earlier quote of the sentence holding ``pos`` went to an organisation, and no
        person is named between it and ``pos``."""
        toks = self.tokens
        if pos >= len(toks):
            return False
        sent = toks[pos].sent
        for q in reversed(self.quotes[:bisect.bisect_left(self._quote_starts, pos)][-6:]):
            if q.a >= len(toks) or toks[q.a].sent != sent:
                return False
            if not q.resolved:
                continue
            if q.attribution != "organization" or pos - q.b > 200:
                return False
            return not any(k in self.people.by_token for k in range(q.b, pos))
        return False

    def _timeline_before(self, pos: int) -> list[tuple[int, int, bool]]:
        """Person mentions and speakers before token ``pos`` (the latest ``_LOOKBACK``)."""
        if self.has_title and pos < len(self.tokens) and self.tokens[pos].line == 0:
            # a headline summarises the article: its people may be named further down
            firsts: dict[int, tuple[int, int, bool]] = {}
            for e in self.timeline[:_LOOKBACK * 4]:
                firsts.setdefault(e[1], e)
            return sorted(firsts.values(), key=lambda e: -e[0])
        hi = bisect.bisect_left(self.timeline, (pos, -1, False))
        return self.timeline[max(0, hi - _LOOKBACK):hi]

    def _add_timeline(self, tok: int, pid: int) -> None:
        bisect.insort(self.timeline, (tok, pid, True))

    def _resolve_np(self, np: list[Token], pos: int, idx: list[int]) -> _Cue | None:
        """Who a subject noun phrase designates (``idx`` are the tokens' indices)."""
        if not np:
            return None
        if any(k in self.scare for k in idx):
            return _Cue(None, "organization")
        first = np[0].low
        if first in _SUBJECT_PRONOUNS or (first in PRONOUN_GENDER and len(np) == 1):
            # («Selon lui, Jordan X est «…»»: the pronoun is read where it stands, before the
            # name that follows it in its own sentence)
            return self._pronoun(PRONOUN_GENDER[first], min(pos, idx[0]) if idx else pos)
        if idx and first in _DETS and not any(k in self.people.by_token for k in idx):
            after = [t.low for t in self.tokens[idx[-1] + 1:idx[-1] + 16] if t.sent == self.tokens[idx[-1]].sent]
            if after[:2] and after[0] == "," and after[1] in ("qui", "who") and self._anonymous(after):
                # "«…», regrette la fleuriste, qui préfère rester anonyme": someone the story won't name
                return _Cue(None, "unnamed", gender=_np_gender(np) if self.lang == "fr" else None)
        if idx and first in _DETS and any(t.is_role or t.low in PERSON_NOUNS for t in np[1:4]) \
                and not any(k in self.people.by_token for k in idx):
            after = [t.low for t in self.tokens[idx[-1] + 1:idx[-1] + 14] if t.sent == self.tokens[idx[-1]].sent]
            if self._anonymous(after) or "anonyme" in after or "anonymous" in after:
                # "soupire le gérant d'un restaurant, qui préfère rester anonyme": nobody named
                return _Cue(None, "unnamed", gender=_np_gender(np) if self.lang == "fr" else None)
        if first in UNNAMED_SUBJECTS or (first in _DETS and len(np) > 1 and np[1].low in UNNAMED_SUBJECTS):
            return _Cue(None, "unnamed")
        if len(np) == 1 and first.endswith("s") and first[:-1] in ROLE_NOUNS | PERSON_NOUNS and len(first) > 4:
            return _Cue(None, "unnamed")  # "Supporters call it «…»", "Residents say"
        if not any(k in self.people.by_token for k in idx) and not any(t.cap for t in np if t.low not in _DETS) and (
                (first in ("les", "ces", "the", "these", "those") and len(np) > 1
                 and (np[-1].low.endswith(("s", "x")) and not np[-1].low.endswith("ss")
                      or np[1].low.endswith(("s", "x")) and not np[1].low.endswith("ss")
                      and np[1].low[:-1] in ROLE_NOUNS | PERSON_NOUNS))):  # ("les auteurs du rapport")
            return _Cue(None, "unnamed")  # "ont indiqué les enquêteurs", "prosecutors said"
        if first in _INDEFINITE and not any(k in self.people.by_token for k in idx):
            # "a confié un habitant", "said a spokesman": someone, never a named person
            # (whatever the noun: «souffle une autre maman», «constate une marchande»)
            named = self._name_given_as(idx[-1] + 1) if idx else None
            if named is not None:
                return _Cue(named, "named")  # "said a woman who gave her name only as Mama Tunde"
            sex = {"un": "m", "une": "f"}.get(first)
            role = _join(np[1:]) if any(t.is_role for t in np[1:]) else None
            return _Cue(None, "unnamed", role, gender=sex) if len(np) > 1 else None
        lead0 = 1 if first in _DETS and len(np) > 1 else 0
        if (len(np) > lead0 + 1 and np[lead0].low in ORG_NOUNS and np[lead0].text[:1].islower()
                and np[lead0 + 1].cap):
            # «la fondation Jean Monnet», «le groupe Dupuis», "the firm Hale Partners": a
            # name after an organisation noun names the organisation
            return _Cue(None, "organization")
        words_cap = [t for t in np if t.low not in _DETS]
        if len(words_cap) >= 2 and all(t.cap for t in words_cap) and fold(words_cap[-1].text) in ORG_WORDS \
                and not any(self.people.by_token.get(k) is not None and not self.people.by_token[k].title for k in idx
                            if self.people.by_token.get(k) is not None and self.people.by_token[k].last - 1 == idx[-1]):
            return _Cue(None, "organization")  # "King County Metro said": a body's name, whatever its words
        mentions = [self.people.by_token[k] for k in idx if k in self.people.by_token]
        if mentions:
            m = mentions[-1]
            at = idx.index(m.first) if m.first in idx else -1
            if at >= 2 and np[at - 1].low in ("de", "d'", "du", "des", "of") and np[0].low in _DETS:
                head = np[1:at - 1]
                if any(t.low in ORG_NOUNS for t in head[:2]) and not any(t.is_role for t in head[:2]):
                    return _Cue(None, "organization")  # "le cabinet de la ministre X": her office
                if any(t.is_role or t.low in PERSON_NOUNS for t in head):
                    # "la mère de Yanis", "l'avocat de M. Dupont": someone else, by their tie to X
                    return self._resolve_role(np[:at - 1], list(head), pos, person_like=True)
            role_words = [t for t in np[: np.index(self.tokens[m.first])] if t.low not in _DETS] \
                if self.tokens[m.first] in np else []
            role = _join(role_words) if any(t.is_role for t in role_words) else None
            # the apposition ("X, porte-parole de la CGT") is the more specific description
            role = self._apposition_role(m.last) or role
            return _Cue(m.person, "named", role)
        caps = [(k, t) for k, t in zip(idx, np) if t.cap and t.low not in _DETS]
        if self._postposed and len(np) >= 5 and np[2].low == "de" and np[3].text.isdigit() and np[4].low == "ans":
            np, idx = np[:2], idx[:2]  # «la Montluçonnaise de 29 ans»: the age adds nothing
        opening = idx and (idx[0] == 0 or self.tokens[idx[0] - 1].sent != self.tokens[idx[0]].sent)
        if ((self._postposed or opening or np[0].text[:1].islower()) and len(np) == 2 and first in _SINGULAR_DETS
                and np[1].cap and not np[1].acronym
                and _DEMONYM.search(np[1].low) and np[1].low not in ORG_WORDS and np[1].low not in PLACES):
            # «…», a promis le Flandrien / said the Kenyan: a demonym for someone in view
            return self._resolve_role(np, np[1:], pos, person_like=True)
        lead, tail = 0, len(np)
        while lead < tail and np[lead].low in _DETS:
            lead += 1
        while tail > lead and (np[tail - 1].low.endswith("'") or np[tail - 1].low in _OF):
            tail -= 1  # "le ministre d’Etat d’[inviter]": the elided preposition belongs to the verb
        content = np[lead:tail]  # only leading determiners go: "chef de l'Union" keeps its "l'"
        head = _head(content)
        if head is not None and head.low in _DOCUMENTS and first in _DEFINITE:
            owner = self._document_owner(head.low, idx[0] if idx else pos)
            if owner is not None:
                return _Cue(owner, "context")  # "the statement said": whose statement it is
        if head is not None and head.low == "conseil" and self.lang == "fr" and len(content) > 2 and \
                content[1].low in ("de", "du", "d'") and (any(k in self.people.by_token for k in idx) or any(
                    t.low in PERSON_NOUNS or t.is_role for t in content[2:])):
            # «le conseil du jeune homme», «le conseil de M. X»: their lawyer, not a council
            return self._resolve_role(np[:1] + [head], [head], pos, person_like=True)
        if head is not None and (head.low in ORG_NOUNS or head.low.rstrip("sx") in ORG_NOUNS
                                 or (head.cap and head.low in ORG_WORDS)):
            return _Cue(None, "organization")  # "the U.S. Attorney's Office", "les partis de gauche"
        inside_complement = head is not None and head.text[:1].islower() and head.low not in ORG_NOUNS and bool(
            caps) and any(t.low in _OF for t in content[:content.index(caps[0][1])] if caps[0][1] in content)
        # ("ce navetteur de Nivelles": the capital belongs to a complement of a common noun)
        if caps and not inside_complement and not any(
                t.is_role or t.low in NATIONALITY_GENDER or t.low in PERSON_NOUNS for t in content):
            if len(caps) == 1 and caps[0][1].acronym and first in _DEFINITE:
                holder = self._acronym_title_holder(caps[0][1].text, pos)
                if holder is None and len(content) == 1:
                    # «La PDS a indiqué»: a role the text spelled out, as initials
                    holder = next((pid for _, pid, _ in reversed(self._timeline_before(pos))
                                   if caps[0][1].low in self.people.persons[pid].role_initials()), None)
                if holder is not None:
                    return _Cue(holder, "role", caps[0][1].text)  # "ward MCA Joseph X … the MCA said"
            if any(t.acronym or t.low in ORG_WORDS or t.low in PLACES for _, t in caps):
                return _Cue(None, "organization")
            ner = self.people.labels.get(caps[0][0]) if self.people.labels else None
            if ner in ("ORG", "LOC", "GPE", "MISC") and not self._apposition_role(idx[-1] + 1):
                return _Cue(None, "organization")  # a role apposition outweighs the tagger
            run = [k for k, t in caps]
            if not any(self.people.by_token.get(k) for k in run):
                words = tuple(fold(self.tokens[k].text) for k in run)
                probe = Mention(run[0], run[-1] + 1, "", words, None, False)
                if words in self.people.at_runs() or words in self.people.org_runs() \
                        or self.people.premodifier(probe) or (
                        len(run) == 1 and self._common_noun(run[0])) or (
                        first in _DETS and first not in _POSSESSIVE and words[0] not in FIRST_NAMES) or (
                        self.lang == "en" and len(run) > 1 and words[0] not in FIRST_NAMES
                        and not self.people.person_signal(probe)):
                    return _Cue(None, "organization")  # "Goldman Sachs said": no sign of a person
            if all(fold(self.tokens[k].text) in MONTHS_DAYS for k in run) or (
                    first in _DETS and content and content[-1].is_word and content[-1].text[:1].islower()):
                return None  # "called the June deadline «optimistic»": a thing, not a speaker
            # a capitalised subject of a reporting verb that nothing calls a place: a person
            # (the text as written, particles included: "Gwenaëlle Le Bihan")
            span = self.text[self.tokens[run[0]].start:self.tokens[run[-1]].end]
            m = Mention(run[0], run[-1] + 1, span, name_words(span), None, False)
            p, promoted = self.people.create_from(m)
            self._add_timeline(m.first, p.pid)
            for o in promoted:
                bisect.insort(self.timeline, (o.first, p.pid, self._is_subject(o)))
            return _Cue(p.pid, "named", self._apposition_role(m.last))
        if not content:
            return None
        if any(t.low in ORG_NOUNS for t in content[:2]) and not any(t.is_role for t in content[:2]):
            return _Cue(None, "organization")
        person_like = (self._postposed and first in _SINGULAR_DETS and head is not None and head.text[:1].islower()
                       and head.low not in _COLLECTIVE and head.low not in _DOCUMENTS)
        return self._resolve_role(np, content, pos, person_like=person_like)

    def _name_given_as(self, k: int) -> int | None:
        """The person of "…who gave her name only as X", "…identified only as X" starting
        near token ``k`` (in its sentence)."""
        toks = self.tokens
        if k >= len(toks):
            return None
        sent = toks[k].sent
        for j in range(k, min(len(toks) - 1, k + 12)):
            if toks[j].sent != sent or toks[j].quote >= 0:
                return None
            if toks[j].low in ("as", "comme") and any(
                    toks[x].low in ("name", "identified", "known", "called", "nom", "identifiee", "identifie",
                                    "prenom", "surnommee", "surnomme") for x in range(max(k, j - 4), j)):
                n = j + 1
                m = self.people.by_token.get(n)
                if m is not None and m.person is not None:
                    return m.person
                run = []
                while n < len(toks) and toks[n].cap and toks[n].sent == sent and len(run) < 4:
                    run.append(n)
                    n += 1
                if not run:
                    return None
                span = self.text[toks[run[0]].start:toks[run[-1]].end]
                p, _ = self.people.create_from(Mention(run[0], run[-1] + 1, span, name_words(span), None, False))
                self._add_timeline(run[0], p.pid)
                return p.pid
        return None

    def _acronym_title_holder(self, text: str, pos: int) -> int | None:
        """The person latest named right after this capitalised title ("MCA Joseph X",
        "CEO Jane Y"), before ``pos``."""
        toks = self.tokens
        for m in reversed(self.people.mentions[:2000]):
            if m.first >= pos or m.person is None or m.first == 0:
                continue
            if toks[m.first - 1].text == text:
                return m.person
        return None

    def _common_noun(self, k: int) -> bool:
        """A capitalised word that is a common noun ("Opposition accuses Government"): the
        text also writes it in lower case, or the lexicon knows it as a body or a side."""
        low = self.tokens[k].low
        if low in ORG_NOUNS or low in _COLLECTIVE:
            return True
        if self._lower_words is None:
            self._lower_words = {t.low for t in self.tokens if t.is_word and t.text[:1].islower()}
        return low in self._lower_words

    def _document_owner(self, noun: str, before: int) -> int | None:
        """Who issued "the statement" a later sentence quotes: the subject of the sentence
        that introduced it ("X said in a statement…", "Dans un communiqué, X a…")."""
        toks = self.tokens
        for k in range(before - 1, max(-1, before - 400), -1):
            if toks[k].low != noun or toks[k].quote >= 0:
                continue
            sent = toks[k].sent
            lo = k
            while lo > 0 and toks[lo - 1].sent == sent:
                lo -= 1
            hi = k
            while hi + 1 < len(toks) and toks[hi + 1].sent == sent:
                hi += 1
            for j in range(lo, hi + 1):
                m = self.people.by_token.get(j)
                if m is not None and not m.in_quote and self._is_subject(m):
                    return m.person
            return None
        return None

    def _resolve_role(self, np: list[Token], content: list[Token], pos: int, match_only: bool = False,
                      probe: bool = False, person_like: bool = False) -> _Cue | None:
        det = np[0].low if np[0].low in _DETS else ""
        gender = "f" if det in _FEM_DETS else None
        if gender is None and det in ("le", "un", "ce", "cet") and self.lang == "fr":
            # "le préfet" when the language has "la préfète": a man (but "le juge", whose
            # feminine is the same word, says nothing)
            head0 = next((t.low for t in content if t.is_role), None) or next(
                (t.low for t in content if t.low in PERSON_NOUNS or agent_noun(t.text, "fr")), None)
            if head0 and (_has_feminine(head0) or head0.endswith(_MASCULINE_ENDINGS)):
                gender = "m"  # («le technicien tarnais»: the feminine «technicienne» exists, lexicon or not)
        if gender is None and content[0].low in NATIONALITY_GENDER:
            gender = NATIONALITY_GENDER[content[0].low]
        if gender is None and self.lang == "fr" and det in ("l'", "les", "") or det in _POSSESSIVE:
            # «l'adjointe», «l'élue», «son avocate»: the noun itself says the sex
            head0 = next((t.low for t in content if t.is_role or t.low in PERSON_NOUNS), None)
            gender = _noun_gender(head0) if head0 and self.lang == "fr" else gender
        words = {t.low for t in content if not is_function_word(t.low)}
        for t in content:
            if t.low.startswith("ex-") and fold(t.text[3:]) in ROLE_NOUNS:
                words |= {"ancien", "former", fold(t.text[3:])}  # «l'ex-directeur»: a former director
        heads = [t.low for t in content if t.is_role or t.low in NATIONALITY_GENDER]
        heads += [fold(t.text[3:]) for t in content if t.low.startswith("ex-") and fold(t.text[3:]) in ROLE_NOUNS]
        former = any(t.low in ("ancien", "ancienne", "former", "ex") or t.low.startswith("ex-") for t in content)
        demonyms = {t.low[:4] for t in content if t.cap and not t.is_role and len(t.low) > 5
                    and _DEMONYM.search(t.low)}
        best, best_score = None, 0
        seen: list[int] = []
        for _, pid, _ in reversed(self._timeline_before(pos)):
            if pid not in seen:
                seen.append(pid)
        possessive = det in _POSSESSIVE or match_only
        acronym_parts = _compound_synonyms({t.low for t in content if t.acronym and t.is_role})
        cut = next((i for i, t in enumerate(content) if i and t.low in _OF), len(content))
        head_words = {t.low for t in content[:cut] if not is_function_word(t.low)}
        head_role = any(t.is_role for t in content[:cut])
        for pid in seen:  # most recent first
            p = self.people.persons[pid]
            if gender and p.gender and p.gender != gender:
                continue
            desc = p.descriptors()
            score = len(words & desc)
            if score and head_role and cut < len(content) and not (head_words & desc) \
                    and not (_role_synonyms(head_words) & desc) and not (head_words & _GENERIC_HEADS):
                continue  # «le premier adjoint au maire» is not the mayor, «l'avocat du prévenu» not him
            if score and acronym_parts and any(parts <= desc for parts in acronym_parts):
                score += 1  # «le PCA de la coopérative» for «le président du conseil d'administration de la coopérative»
            if score and _other_body(content, p.roles):
                continue  # «le président de l'URC» is not «le président de l'Autorité …»
            if score and former and heads and not any(
                    heads[0] in fold(r) and re.search(r"\b(ancien|ancienne|former|ex)\b", fold(r)) for r in p.roles):
                continue  # «l'ancien ministre» is not the minister in office
            if p.nationality and fold(p.nationality)[:5] in {w[:5] for w in heads}:
                score += 2
            if demonyms and any(fold(w)[:4] in demonyms for r in p.roles for w in re.findall(r"[^\W\d_]+", r)
                                if w[:1].isupper() and len(w) > 3):
                score += 2  # «la Lausannoise» for «la syndique de Lausanne», «la Morgienne» (Morges)
            if score > best_score:
                best, best_score = p, score
        if best is None and (not possessive or match_only and det not in _POSSESSIVE):
            # a synonym of a role someone was introduced with ("le chef de l'État" for "le
            # président X", "l'élu" for "le maire X", "the manager" for "coach X", "la
            # ministre" for "la conseillère d'État X"); a role that matches nobody stays
            # unattributed — never the latest subject by default
            # (a narrative subject takes only many-word names of an office: «le chef du
            # département» for «le ministre X»)
            # (the head of «le premier adjoint au maire» is «adjoint»: the complement's office is another's)
            own = head_words if head_role and cut < len(content) and not (head_words & _GENERIC_HEADS) else words
            syn = _role_synonyms(own) if not possessive else \
                _role_synonyms(own, many_words=True) if det not in _POSSESSIVE else set()
            compounds = _compound_synonyms(own)
            if syn or compounds:
                for n, pid in enumerate(seen):
                    p = self.people.persons[pid]
                    if gender and p.gender and p.gender != gender or _other_body(content, p.roles):
                        continue
                    desc = p.descriptors()
                    if former and not any(re.search(r"\b(ancien|ancienne|former|ex)\b", fold(r)) for r in p.roles):
                        continue  # «l'ancien ministre» is not someone in office
                    if syn & desc or any(parts <= desc for parts in compounds):
                        # a loose synonym ("l'élu" for "le député X") takes up someone in
                        # view, not a person four others have been named after, nor someone
                        # behind the latest speaker when nothing describes that speaker yet
                        latest = self.people.persons[seen[0]]
                        if n < 3 and not (n > 0 and not latest.roles and latest.spoke
                                          and (not gender or latest.gender in (None, gender))):
                            best = p
                        break
        describes_person = bool(heads) or person_like or any(
            t.low in PERSON_NOUNS or _AGE.search(t.low) or fold(t.text.split("-")[0]) in PERSON_NOUNS and "-" in t.text
            for t in content) or bool(content) and agent_noun(content[0].text, self.lang) \
            and content[0].low not in ORG_NOUNS  # (also "the mum-of-three"; "le planteur" no list holds)
        in_headline = self.has_title and pos < len(self.tokens) and self.tokens[pos].line == 0
        if best is None and not possessive and det in ("le", "la", "l'", "the") and not former \
                and not (self.has_title and pos < len(self.tokens) and self.tokens[pos].line == 0) \
                and any(t.is_role or t.low in PERSON_NOUNS or _AGE.search(t.low) for t in content) \
                and not any(t.low in NATIONALITY_GENDER or t.cap for t in content):
            # "Kenya's Collins X won… «…», the Kenyan said": a description right after the
            # sentence that introduced someone with no role tells who that is
            pid = self._bare_subject_before(pos, gender, content)
            if pid is not None:
                if not match_only and not probe and not self.people.persons[pid].roles \
                        and any(t.is_role for t in content):
                    self.people.persons[pid].roles.append(_join(content))  # (an age or «le jeune homme» is no role)
                return _Cue(pid, "role", _join(content))
        if best is None and not possessive and len(content) == 1 and content[0].low in ("interesse", "interessee"):
            # «a ironisé l'intéressé»: the person the last sentences were about, subject or not
            sex = "f" if content[0].low.endswith("ee") else None
            for _, pid, _ in reversed(self._timeline_before(pos)):
                if sex is None or self.people.persons[pid].gender in (None, sex):
                    return _Cue(pid, "role")
        if best is None and not possessive and det in _DEFINITE and self._introduced_unnamed(content, pos):
            return _Cue(None, "unnamed")  # "A spokesperson for X said… «…», the spokesperson said"
        if det in ("notre", "our") and describes_person and self._ghost is not None and pos < len(self.tokens) \
                and self.tokens[pos].line - self.tokens[self._ghost[0]].line <= 2:
            # «a expliqué notre interlocuteur» after «un responsable, qui a requis l'anonymat»: the
            # paper's unnamed source
            return _Cue(None, "unnamed", gender=self._ghost[1])
        if best is None and not possessive and det in ("ce", "cette", "cet", "this", "that") and describes_person \
                and self._ghost is not None and pos < len(self.tokens) \
                and self.tokens[self._ghost[0]].line == self.tokens[pos].line \
                and self.tokens[self._ghost[0]].low in _UNNAMED_OPENERS:
            # "Une habitante, qui n'a pas donné son nom, … «…», lâche cette mère de trois enfants"
            return _Cue(None, "unnamed", gender=self._ghost[1])
        if best is None and not possessive and heads and not in_headline and not match_only and not probe \
                and pos < len(self.tokens):
            # "The Crown prosecutor said «…». / Prosecutor Hayley X sought…": an office the
            # next paragraphs name someone with is theirs, not the latest speaker's
            here = self.tokens[pos].sent
            officials = any(any(_is_office(w) for w in desc) and not desc & _FORMER
                            for desc in (self.people.persons[pid].descriptors()
                                         for tok, pid, _ in self._timeline_before(pos)
                                         if here - self.tokens[tok].sent <= 3))
            # (not «l'élu» right after «l'adjoint au commerce, Jean-Marc X»: an official in view)
            later = None if officials else self._introduced_later_as(
                _join(content), pos, within=self.tokens[pos].line + 6)
            if later is not None:
                return _Cue(later, "role", _join(content))
        guessed = best is None
        if best is None and not possessive and describes_person and not in_headline:
            # (a headline's description is left to the body quote it repeats)
            # A description nobody was introduced with ("a lancé le député de Gouin", "said
            # the 23-year-old") designates, as readers take it, the latest salient subject
            # or speaker — skipping anyone known by another office ("le ministre" after "le
            # président de la CJR, X" is not X); never a person in a complement.
            asked = words | _role_synonyms(words)
            # (a former office, «l'ancien ministre», sits beside the one a person holds now)
            office = bool(heads) and _is_office(heads[0]) and not any(
                t.low in ("ancien", "ancienne", "former", "ex") or t.low.startswith("ex-") for t in content)
            lenient: Person | None = None
            sex = gender
            if sex is None and self.lang == "fr" and det in ("le", "la") and not office and \
                    not any(t.low in _EPICENE for t in content):
                sex = "m" if det == "le" else "f"  # «la mère de famille», «le jeune homme»
            if not office and sex in ("m", "f"):
                # a person description of known sex: the most salient person of that sex,
                # weighed as a pronoun would be (subject, recency, already quoted)
                cue = self._pronoun(sex, pos, described=True)
                if cue.pid is not None:
                    best = self.people.persons[cue.pid]

            for _, pid, subj in reversed(self._timeline_before(pos) if best is None else ()):
                p = self.people.persons[pid]
                if not subj or (gender and p.gender and p.gender != gender):
                    continue
                desc = p.descriptors()
                if cut < len(content) and head_role and not (head_words & desc) and (words - head_words) & desc \
                        and not (head_words & _GENERIC_HEADS):
                    continue  # «le premier adjoint au maire»: named after the mayor, so not the mayor
                if office and not (asked & desc) and (any(_is_office(w) for w in desc) or p.roles
                                                      and not self._headline_person(pid)):
                    # (an office nobody holds is not someone introduced with another role: «le
                    # procureur» after «l'expert-comptable X»; the headline's protagonist aside)
                    if lenient is None:
                        lenient = p
                    continue
                best = p
                break
            if lenient is not None and self.lang == "fr" and {"le": "f", "la": "m"}.get(det) == lenient.gender:
                lenient = None  # another office and the other sex: someone else
            if best is not None and not heads and any(_is_office(w) for w in best.descriptors()) \
                    and pos < len(self.tokens) and any(t.low in PERSON_NOUNS for t in content):
                # «Le jeune homme» is not «l'élu» just quoted: someone the last sentences named
                # with no office (and of the description's sex)
                here = self.tokens[pos].sent
                other = next((pid for tok, pid, _ in reversed(self._timeline_before(pos))
                              if pid != best.pid and here - self.tokens[tok].sent <= 2
                              and self.people.persons[pid].gender in (None, sex or gender, "m" if det == "le" else None)
                              and not any(_is_office(w) for w in self.people.persons[pid].descriptors())), None)
                if other is not None:
                    best = self.people.persons[other]
            if best is None and lenient is not None and pos < len(self.tokens) and \
                    self._recent_subject(lenient.pid, pos):
                # "Le porte-parole du gouvernement, X, …  «…», a déclaré le ministre de la
                # Communication": with nobody else in view, another title for the same
                # person (journalists vary titles); only for the latest subject, nearby
                best = lenient
        if best is None:
            if heads:
                return _Cue(None, "role", _join(content))
            if not match_only and not describes_person and det in _DEFINITE and len(content) <= 3 \
                    and any(t.is_word and not is_function_word(t.low) for t in content):
                return _Cue(None, "unnamed")  # "La gauche a dénoncé «…»": a group, not the last speaker
            return None
        if match_only or probe:
            return _Cue(best.pid, "role")  # a narrative subject: no new alias or role from it
        # aliases are name-like forms: a nationality description, written as it stands
        # mid-sentence ("le Norvégien", not "Le Norvégien"); a role description ("son
        # secrétaire général") is no alias, and becomes a role only when it is one
        if content[0].low in NATIONALITY_GENDER and content[0].cap:
            alias = (np[0].text.lower() + (" " if not np[0].text.endswith(("'", "’")) else "")
                     if np[0].low in _DETS else "") + content[0].text
            if alias not in best.aliases:
                best.aliases.append(alias)
        while len(content) > 1 and content[-1].low in _AUXILIARIES | {"did", "does", "do", "will", "would", "could"}:
            content = content[:-1]  # "The Wales head coach did, however, question…"
        if heads and heads[0] in ROLE_NOUNS and (len(content) > 1 or not best.roles) and det not in _POSSESSIVE:
            role = _join(content)  # (a lone noun only for someone no role described yet)
            if not any(fold(role) in fold(r) for r in best.roles):
                best.roles.append(role)
        if content[0].low in NATIONALITY_GENDER and content[0].cap and not best.nationality:
            best.nationality = content[0].text
        return _Cue(best.pid, "role", _join(content) if heads and heads[0] in ROLE_NOUNS else None,
                    guessed=guessed)

    def _introduced_unnamed(self, content: list[Token], pos: int) -> bool:
        """The description's head noun was brought in a few sentences back with an indefinite
        article and no name ("A senior official, who did not wish to be named, said…"):
        the definite description takes up that unnamed person."""
        toks = self.tokens
        head = next((t.low for t in content if t.is_role or t.low in PERSON_NOUNS), None)
        if head is None or pos >= len(toks):
            return False
        here = toks[pos].sent
        for k in range(pos - 1, max(-1, pos - 200), -1):
            t = toks[k]
            if here - t.sent > 3:
                return False
            if t.quote >= 0 or t.low != head:
                continue
            for b in range(k - 1, max(-1, k - 4), -1):
                w = toks[b]
                if not w.is_word or w.sent != t.sent:
                    break
                if w.low in _INDEFINITE and w.low not in ("des", "some", "plusieurs", "certains", "certaines"):
                    nxt = k + 1
                    # "un avocat, Me X," / "a spokesperson, Jane Doe," introduces a named person
                    named = any(j in self.people.by_token for j in range(nxt, min(len(toks), nxt + 3)))
                    # "Dr Anneke X, a civil engineer who…": an apposition to a name before it
                    apposed = b >= 2 and toks[b - 1].text == "," and (b - 2) in self.people.by_token
                    return not named and not apposed
        return False

    def _recent_subject(self, pid: int, pos: int) -> bool:
        """``pid`` is the latest subject or speaker before ``pos``, within three paragraphs."""
        line = self.tokens[pos].line
        for tok, other, subj in reversed(self._timeline_before(pos)):
            if not subj:
                continue
            return other == pid and line - self.tokens[tok].line <= 6
        return False

    def _apposition_role(self, k: int) -> str | None:
        toks = self.tokens
        if k < len(toks) and toks[k].text == ",":
            seg = []
            j = k + 1
            while j < len(toks) and toks[j].sent == toks[k].sent and (toks[j].is_word or toks[j].text in "’'-"):
                if j in self.scare or toks[j].low in self.verbs or toks[j].low in ("qui", "who", "que"):
                    break
                seg.append(toks[j])
                j += 1
            content = [t for t in seg if t.low not in _DETS]
            if content and content[0].is_role and len(seg) <= 12:
                return _join(seg)
        return None

    # -- noun phrase readers --------------------------------------------------------------
    def _np_after(self, k: int, limit: int | None = None) -> tuple[list[Token], list[int]]:
        toks = self.tokens
        n = len(toks) if limit is None else limit
        sent = toks[k - 1].sent if k else 0
        while k < n and toks[k].sent == sent and toks[k].low in self.skip and toks[k].quote < 0:
            if toks[k].low == "ce" and k + 1 < n and toks[k + 1].low not in MONTHS_DAYS | _TIME_NOUNS:
                break  # "ce matin" is a time, "ce navetteur de Nivelles" the subject
            k += 1
        if k + 2 < n and toks[k].low in ("pour", "for", "de") and toks[k + 1].low in (
                "sa", "son", "leur", "his", "her", "their") and toks[k + 2].low in ("part", "cote"):
            k += 3  # "lance pour sa part un manifestant", "said, for her part, the mayor"
            while k < n and toks[k].sent == sent and toks[k].low in self.skip and toks[k].quote < 0:
                k += 1
        for _ in range(2):
            # "a affirmé lundi matin, lors d'une conférence de presse, le porte-parole X": past
            # a circumstance between commas
            if not (k + 1 < n and toks[k].text == "," and (toks[k + 1].low in _ADVERBIAL_HEADS
                                                          or toks[k + 1].low in _PREPOSITIONS)):
                break
            c = next((x for x in range(k + 2, min(n, k + 12)) if toks[x].text == "," or toks[x].sent != sent), None)
            if c is None or toks[c].text != ",":
                break
            k = c + 1
            while k < n and toks[k].sent == sent and toks[k].low in self.skip and toks[k].quote < 0:
                k += 1
        if self.lang == "fr" and k < n and toks[k].low in _ADVERBIAL_HEADS:
            # "a reconnu lors d'une conférence de presse le commissaire X", "a expliqué sur
            # place le commandant X": the subject comes after the circumstance
            j = k + 1
            while j < min(n, k + 9) and toks[j].sent == sent and (toks[j].is_word or toks[j].text in "’'"):
                if j in self.people.by_token or (toks[j].low in ("le", "la", "son", "sa", "leur")
                                                  and toks[j - 1].low not in _OF
                                                  and j + 1 < n and (toks[j + 1].is_role or toks[j + 1].cap)):
                    k = j
                    break
                j += 1
        if k < n and toks[k].low in ("à", "au", "aux"):
            # "a déclaré à l'AFP Jean Dupont", "a indiqué au Monde le ministre"
            j = k + 1
            while j < min(n, k + 8) and toks[j].sent == sent and (toks[j].is_word or toks[j].text in "’'"):
                if j in self.people.by_token or (toks[j].low in _DETS and toks[j].low != "l'" and j > k + 1):
                    k = j
                    break
                j += 1
        np, idx = [], []
        while k < n and len(np) < 12 and toks[k].sent == sent:
            t = toks[k]
            if t.quote >= 0 and k not in self.scare:
                break
            if t.text == "(" and k + 2 < n and toks[k + 1].is_word and toks[k + 2].text == ")":
                k += 3  # "la présidente de la Fédération (FSQ), Nathalie Bergeron"
                continue
            title_dot = t.text == "." and np and np[-1].low in _TITLE_ABBREV
            if k not in self.scare and not title_dot and (not t.is_word and t.text not in "-’'" or t.low in NP_STOP):
                break
            np.append(t)
            idx.append(k)
            k += 1
        return self._extend_to_name(np, idx)

    def _extend_to_name(self, np: list[Token], idx: list[int]) -> tuple[list[Token], list[int]]:
        """"le président de la CJR, Gérard Fontanel": a role then its name after a comma."""
        toks = self.tokens
        if not idx or any(k in self.people.by_token for k in idx):
            return np, idx
        k = idx[-1] + 1
        if k + 3 < len(toks) and toks[k].text == "(" and toks[k + 2].text == ")":
            k += 3  # an acronym in brackets: "(FSQ)"
        if any(t.is_role for t in np):
            # "le commissaire européen à la Défense, Andris X": the role's complement first
            c = k
            while c < len(toks) and c < k + 10 and toks[c].sent == toks[idx[-1]].sent and toks[c].quote < 0 \
                    and (toks[c].is_word or toks[c].text in "’'-") and not self._is_verb(c):
                m = self.people.by_token.get(c)
                if m is not None and c > k and m.first == c and toks[c - 1].text[:1].islower() \
                        and toks[c - 1].low not in _OF:
                    # "le chef aux opérations Stéphane X": the name closes the role's complement
                    ext = list(range(k, m.last))
                    return np + [toks[i] for i in ext], idx + ext
                c += 1
            if c < len(toks) and toks[c].text == "," and c + 1 in self.people.by_token:
                k = c
        if k >= len(toks) or toks[k].text != ",":
            return np, idx
        j = k + 1
        while j < len(toks) and j <= k + 6 and toks[j].sent == toks[k].sent and toks[j].quote < 0:
            m = self.people.by_token.get(j)
            if m is not None:
                ext = list(range(k + 1, m.last))
                return np + [toks[i] for i in ext], idx + ext
            if not toks[j].is_word or self._is_verb(j) or toks[j].low in NP_STOP:
                break
            j += 1
        return np, idx

    # -- cues ---------------------------------------------------------------------------
    def _post_cue(self, q: _Quote) -> _Cue | None:
        self._postposed = True
        try:
            return self._post_cue_inner(q)
        finally:
            self._postposed = False

    def _post_cue_inner(self, q: _Quote) -> _Cue | None:
        toks = self.tokens
        k = q.b + 1
        if q.span.close is None or k >= len(toks):
            return None
        inner = self.text[q.span.start:q.span.end].rstrip()
        if inner.endswith((".", "…")) and toks[k].cap:
            return None
        seen: list[int] = []
        first_chunk: list[int] | None = None  # words right after the quote, up to a comma
        # a fragment's reporting clause may close the sentence: «…» pour …, a annoncé X.
        far = q.partial
        overflow = False
        apposed = False  # "“…,” X, who sells phone cases, said" / "X, chairman of the union, said"
        last_chunk: list[int] = []  # words between the last two commas
        j = k
        while j < len(toks) and j < k + (80 if far or apposed else 24):
            t = toks[j]
            if t.text == "." and j > k and (toks[j - 1].low in _TITLE_ABBREV or (
                    len(toks[j - 1].text) == 1 and toks[j - 1].text.isupper())):
                j += 1
                continue  # "Mr. Smith told", "U.S. District Judge X said"
            if t.line != q.line or t.quote >= 0 or t.text in _SENT_END or t.text == ":":
                break
            if t.low in _RELATIVES:
                if first_chunk and any(i in self.people.by_token for i in first_chunk) and len(first_chunk) <= 4:
                    # "“…,” Chinedu X, who sells phone accessories, said": past the relative
                    c = next((x for x in range(j + 1, min(len(toks), j + 25)) if toks[x].text == ","
                              or toks[x].sent != t.sent or toks[x].quote >= 0), None)
                    if c is not None and toks[c].text == ",":
                        j, seen, apposed = c + 1, [], True
                        continue
                break  # "«…» une charge qui exige": a relative clause, not an attribution
            if not seen and (t.low == "selon" or (t.low == "according" and j + 1 < len(toks)
                                                      and toks[j + 1].low == "to")):
                np, idx = self._np_after(j + 1 + (t.low == "according"))
                cue = self._resolve_np(np, q.a, idx)
                if (cue is None or cue.pid is None) and idx:
                    # "according to Bureau of Meteorology forecaster Dean X": the name the
                    # description ends in
                    m = next((self.people.by_token[x] for x in reversed(idx) if x in self.people.by_token), None)
                    if m is not None and m.person is not None:
                        return _Cue(m.person, "named")
                return cue
            if self._is_verb(j) or (not q.partial and self._incise_verb(j, k)):
                if not seen and j > k and toks[j - 1].text == "," and (
                        self.lang == "fr" and t.low.endswith("ant") or self.lang == "en" and t.low.endswith("ing")):
                    return None  # «…», regrettant les exclusions: the sentence's subject goes on
                if q.partial and any(toks[x].quote >= 0 for x in range(j + 1, min(len(toks), j + 4))):
                    return None  # «…», la gauche dénonce «…»: this clause reports the next quote
                g = self._inverted_gender(j)
                skip = _SUBJECT_SKIP if self.lang == "fr" else _SUBJECT_SKIP - {"a"}  # "a spokesperson"
                pre = [i for i in seen if toks[i].is_word and toks[i].low not in skip
                       and not (toks[i].low in ("laisse", "laissait") and t.low == "tomber")]  # («a laissé tomber X»)
                if overflow and (pre or g is None and j > k and toks[j - 1].text != "," and
                                 toks[j - 1].low not in _SUBJECT_SKIP):
                    seen.append(j)
                    j += 1
                    continue
                if g:
                    return self._pronoun(g, q.a)
                if pre:
                    return self._resolve_np([toks[i] for i in pre], q.a, pre)
                if first_chunk and toks[j - 1].text == "," and any(i in self.people.by_token for i in first_chunk) \
                        and len(first_chunk) <= 4:
                    # "“…,” Crowell, 68, told The Associated Press": the subject, then its apposition
                    return self._resolve_np([toks[i] for i in first_chunk], q.a, first_chunk)
                if last_chunk and toks[j - 1].text == "," and len(last_chunk) <= 4:
                    # "“…,” the authority's director general, Saima X, said": the name in apposition
                    m = next((self.people.by_token[i] for i in last_chunk if i in self.people.by_token), None)
                    if m is not None and m.person is not None:
                        return _Cue(m.person, "named")
                np, idx = self._np_after(j + 1 + (toks[j].low in FR_LIGHT_VERB))
                cue = self._resolve_np(np, q.a, idx)
                if (cue is None or cue.pid is None and cue.attribution in ("role", "unnamed", "organization")) and idx:
                    # "a réagi le commandant du peloton de gendarmerie (PGHM) de X, le capitaine
                    # Loïc Y": the long description ends in the name it describes
                    named = self._apposed_name_after(idx[-1] + 1)
                    if named is not None:
                        return _Cue(named, "named", cue.role if cue is not None else None)
                return cue
            if t.text == ",":
                if first_chunk is None and j > k:
                    first_chunk = [i for i in seen if toks[i].is_word]
                last_chunk = [i for i in seen if toks[i].is_word]
                seen = []
            else:
                seen.append(j)
            if len([i for i in seen if toks[i].is_word]) > 7:
                if first_chunk and any(i in self.people.by_token for i in first_chunk) and len(first_chunk) <= 4 \
                        and len(seen) < 20 and not apposed:
                    apposed = True  # "“…,” Adebayo X, chairman of the Lagos branch of the union, said"
                elif not far and not apposed:
                    break
                else:
                    overflow = True
            j += 1
        return None

    def _apposed_name_after(self, k: int) -> int | None:
        """The person named in an apposition (", le capitaine X") that closes the clause
        starting at ``k``."""
        toks = self.tokens
        if k >= len(toks) or not k:
            return None
        sent, line = toks[k - 1].sent, toks[k - 1].line
        for x in range(k, min(len(toks), k + 30)):
            if toks[x].sent != sent or toks[x].line != line or toks[x].quote >= 0:
                return None
            if toks[x].text != ",":
                continue
            y = x + 1
            while y < len(toks) and y < x + 5 and toks[y].sent == sent and (
                    toks[y].low in _DETS or toks[y].is_role or toks[y].text[:1].islower() and toks[y].is_word):
                y += 1
            m = self.people.by_token.get(y)
            if m is not None and m.first == y and m.person is not None:
                return m.person
        return None

    def _incise_verb(self, j: int, k: int) -> bool:
        """A verb no list holds, known by where it stands in the reporting clause right
        after a quote: «…», s’enthousiasme un spectateur / "…," she beamed / "…," fumed X."""
        toks = self.tokens
        t = toks[j]
        if not t.is_word or t.cap or len(t.low) < 4 or is_function_word(t.low) or t.low in _DETS \
                or t.low in _PREPOSITIONS or j + 1 >= len(toks):
            return False
        nxt = toks[j + 1]
        names_next = nxt.sent == t.sent and (nxt.low in _DETS or (nxt.cap and nxt.is_word))
        if self.lang == "fr":
            between = toks[k:j]
            return bool(between) and between[0].text == "," and all(
                x.low in ("s'", "se", "l'", "lui", "leur", "a", "ont", "avait", "avaient") for x in between[1:]) \
                and names_next  # «…», a justifié le préfet X
        if not t.low.endswith("ed"):
            return False
        if j == k:
            return names_next  # "…," fumed the mayor
        before = [x for x in range(k, j) if toks[x].text != ","]
        if not before:
            return False
        m = self.people.by_token.get(before[0])
        subject = (len(before) == 1 and toks[before[0]].low in _SUBJECT_PRONOUNS) or (
            m is not None and m.first == before[0] and m.last == j)
        ends = nxt.sent != t.sent or not nxt.is_word or nxt.low in _PREPOSITIONS
        return subject and ends

    def _inside_cue(self, q: _Quote) -> _Cue | None:
        """«Nous, dit l’imam X, chargé de…, restons…»: the attribution sits inside the marks."""
        toks = self.tokens
        for j in range(q.a + 1, q.b):
            if toks[j].text not in (",", "?", "!"):
                continue
            v = j + 1
            # «…, a fini par répondre M. X. …», «…, a expliqué le ministre, …»: past the auxiliary
            while v < q.b and v < j + 5 and toks[v].low in ("a", "ont", "avait", "fini", "par", "s'", "se", "lui", "est"):
                v += 1
            if v + 1 < q.b and toks[v].low in ("veut", "voulait", "tient", "tenait", "prefere", "semble", "souhaite") \
                    and toks[v + 1].low in ("a", "à"):
                v += 1
            if v + 1 < q.b and toks[v].low in ("veut", "voulait", "tient", "tenait", "prefere", "semble", "souhaite", "a", "à") \
                    and toks[v + 1].is_word and toks[v + 1].low.endswith(("er", "ir", "re")) and self._is_verb(v + 1):
                v += 1  # «…, veut croire le directeur, X.»: a modal before the reporting verb
            incise = (v + 1 < q.b and toks[v].is_word and toks[v].text[:1].islower() and (v + 1) in self.people.by_token
                      and toks[v].low not in _CIVIL and not is_function_word(toks[v].low) and not toks[v].is_role
                      and toks[v].low not in ("monsieur", "madame", "mademoiselle", "maitre", "docteur")
                      and self.people.by_token[v + 1].last < q.b
                      and toks[self.people.by_token[v + 1].last].text in ",.;")
            # («On verra, sourit Marc X. Chaque chose…»: a verb no list holds, between a comma
            # and a named person closed by punctuation)
            if (self._is_verb(v) or incise) and v + 1 <= q.b:
                g = self._inverted_gender(v)
                if g:
                    if v + 1 < q.b and toks[v + 1].text in ".,;" and v == j + 1:
                        # «Les cueilleurs demandent plus, souligne-t-elle. Si les prix…»
                        return self._pronoun(g, q.a)
                    continue
                nxt = toks[v + 1]
                if not (nxt.cap or nxt.low in _DETS or nxt.low in _CIVIL):
                    continue
                np, idx = [], []
                k = v + 1
                while k < q.b and (toks[k].is_word or toks[k].text == "." and np and np[-1].low in _TITLE_ABBREV) \
                        and toks[k].low not in NP_STOP and len(np) < 8:
                    np.append(toks[k])
                    idx.append(k)
                    k += 1
                saved = [(i, toks[i].quote) for i in idx]
                cue = self._resolve_np(np, q.a, idx)
                if (cue is None or cue.pid is None) and k + 1 < q.b and toks[k].text == "," and toks[k + 1].cap:
                    # «…, a défendu le maire, Jean-Luc X. Sans voitures…»: the name in apposition
                    k2 = k + 1
                    np2, idx2 = [], []
                    while k2 < q.b and (toks[k2].cap or toks[k2].low in ("de", "du", "van", "le", "la", "ould", "mint")) \
                            and toks[k2].is_word and len(np2) < 5:
                        np2.append(toks[k2])
                        idx2.append(k2)
                        k2 += 1
                    if np2 and np2[-1].cap and k2 <= q.b and toks[k2].text in ".,;":
                        saved += [(i, toks[i].quote) for i in idx2]
                        for i in idx2:
                            toks[i].quote = -1
                        named = self._resolve_np(np2, q.a, idx2)
                        if named is not None and named.pid is not None:
                            cue = _Cue(named.pid, "named", cue.role if cue is not None else None)
                for i, v in saved:
                    toks[i].quote = v
                if cue and cue.pid is not None:
                    m = self.people.by_token.get(idx[-1]) if idx else None
                    if m is not None and not cue.role:
                        cue.role = self._inner_apposition(m.last, q.b)
                    return cue
        return None

    def _inner_apposition(self, k: int, stop: int) -> str | None:
        toks = self.tokens
        if k < stop and toks[k].text == ",":
            seg = []
            j = k + 1
            while j < stop and (toks[j].is_word or toks[j].text in "’'-"):
                seg.append(toks[j])
                j += 1
            content = [t for t in seg if t.low not in _DETS]
            if content and content[0].is_role:
                return _join(seg)
        return None

    def _pre_window(self, q: _Quote) -> list[int]:
        toks = self.tokens
        if q.a >= len(toks):
            return []
        sent = toks[q.a].sent
        out = []
        k = q.a - 1
        while k >= 0 and toks[k].sent == sent and toks[k].line == q.line and k >= q.a - _WINDOW:
            if toks[k].quote < 0:
                out.append(k)
            k -= 1
        out.reverse()
        return out

    def _pre_cue(self, q: _Quote) -> _Cue | str | None:
        toks = self.tokens
        win = self._pre_window(q)
        if not win:
            return None
        pos = q.a
        lows = [toks[k].low for k in win]
        # «Pour lui, la tour était «…»»: the view of the person a pronoun takes up
        if self.lang == "fr" and len(lows) > 2 and lows[0] in ("pour", "selon") and lows[1] in ("lui", "elle") \
                and lows[2] == ",":
            # (read where the pronoun stands: «Selon lui, Jordan X est «…»» is not Jordan X's view)
            return self._pronoun("m" if lows[1] == "lui" else "f", win[1])
        if toks[win[-1]].text == ":":
            clause = []
            for k in reversed(win[:-1]):
                if toks[k].text in (";", "–", "—") or toks[k].quote >= 0:
                    break
                clause.insert(0, k)
            if clause and len(clause) < len(win) - 1 and len(clause) <= 5 and all(
                    toks[k].is_word for k in clause):
                # "…; captain Tom X: «We let the fans down»": a standfirst's clause names who speaks
                m = self.people.by_token.get(clause[-1])
                if m is not None and m.person is not None and m.last == clause[-1] + 1:
                    return _Cue(m.person, "named")
        if toks[win[-1]].text == ":" and len(win) > 2 and toks[win[0]].low in ("her", "his", "sa", "son") \
                and toks[win[1]].low in _ANSWER_NOUNS:
            # "Her explanation was simple: «…»": the words of whoever the possessive takes up
            if toks[win[0]].low in ("her", "his"):
                return self._pronoun("f" if toks[win[0]].low == "her" else "m", pos)
            for tok, pid, subj in reversed(self._timeline_before(pos)):
                if subj and toks[pos].sent - toks[tok].sent <= 2:
                    return _Cue(pid, "pronoun")
                break
        # "…balayé par Catherine X, pour qui «…»": the view of the person the relative takes up
        for i in range(len(lows) - 1, 1, -1):
            if lows[i] in ("qui", "whom") and lows[i - 1] in ("pour", "selon", "for") and lows[i - 2] == ",":
                m = self.people.by_token.get(win[i - 2] - 1)
                if m is not None and m.person is not None:
                    return _Cue(m.person, "named")
                break
        # Selon X, «…» / According to X, "…" / D'après X
        for i, low in enumerate(lows):
            comma = lows.index(",", i + 1) if "," in lows[i + 1:] else -1
            opinion = ((low == "pour" and self.lang == "fr" and (i == 0 or lows[i - 1] in (",", "et", "mais"))
                        or low == "for" and self.lang == "en" and i == 0 and i + 1 < len(win) and toks[win[i + 1]].cap)
                       and comma > i + 1 and (toks[win[i + 1]].cap or lows[i + 1] in _DETS)
                       and not any(self._is_verb(k) for k in win[i + 1:comma])
                       and not (i + 2 < len(lows) and lows[i + 2] == "part"))  # (not «Pour sa part,»)
            # «Pour Fabienne Colson, …, l'annonce est «…»»: her view (not «pour sauver…»)
            if low in ("selon", "according") or opinion or (
                    low == "d'" and i + 1 < len(lows) and lows[i + 1] == "apres"):
                start = i + 1 + (low not in ("selon", "pour", "for"))
                sub = [k for k in win[start:]]
                np, idx = [], []
                for k in sub:
                    if toks[k].text == "." and np and np[-1].low in _TITLE_ABBREV:
                        continue  # "Pour M. Dambrine, …"
                    if not toks[k].is_word and toks[k].text not in "’'-":
                        break
                    np.append(toks[k])
                    idx.append(k)
                np, idx = self._extend_to_name(np, idx)
                self._postposed = True  # «Selon le Basque, …»: a description of someone in view
                try:
                    cue = self._resolve_np(np, pos, idx)
                finally:
                    self._postposed = False
                if cue:
                    return cue
        for i in range(len(win) - 1, -1, -1):
            k = win[i]
            noun = toks[k].low in self.speech_nouns and self.lang == "en" or toks[k].low in _CROWD_NOUNS
            is_noun = noun and not any(
                toks[x].low in ("in", "on", "via", "through", "by", "from") for x in win[max(0, i - 3):i]) \
                and not (k + 1 < len(toks) and (toks[k + 1].low in _AUXILIARIES or self._is_verb(k + 1)))
            # ("said in a text message that…": the message is how, not who; "said Ms Nolan's
            # statement had been «…»": a subject, not the source of the words)
            if not (self._is_verb(k) or is_noun):
                continue
            participle = (self.lang == "fr" and toks[k].low.endswith("ant") or self.lang == "en"
                          and toks[k].low.endswith("ing")) and i > 0 and toks[win[i - 1]].text == ","
            if participle:
                # "«…», a-t-il indiqué, évoquant une possible «…»": the participle's subject is
                # the main clause's, whose words came first in the sentence
                n = bisect.bisect_left(self._quote_starts, q.a)
                prev = self.quotes[n - 1] if n > 0 else None
                if prev is not None and prev.resolved and prev.speaker is not None \
                        and toks[prev.a].sent == toks[q.a].sent:
                    return _Cue(prev.speaker, "continuation", prev.role)
                main = next((x for x in range(i - 2, 0, -1) if self._is_verb(win[x])), None)
                if main is not None and toks[win[main]].sent == toks[q.a].sent:
                    # "Renters United welcomed the report, saying it showed «…»": the main clause's subject
                    cue = self._subject_before(win[:main], pos)
                    if cue is not None:
                        return cue
                np = []
                for x in win[:i - 1]:
                    t = toks[x]
                    if not t.is_word or self._is_verb(x) or t.low in _AUXILIARIES and not (
                            self.lang == "en" and t.low == "a" and not np) or (
                            self.lang == "en" and len(t.low) > 4 and t.low.endswith("ed") and np):
                        break
                    np.append(x)
                cut = next((y for y, x in enumerate(np) if y and toks[x].low in ("on", "in", "at", "this", "last")), len(np))
                np = np[:cut]  # ("A Cook County judge on Wednesday sentenced…")
                if len(np) > 1 and toks[np[0]].low in _DETS | {"the"} and toks[np[-1]].low in ORG_NOUNS \
                        and not toks[np[-1]].is_role and not any(x in self.people.by_token for x in np):
                    # "The state's largest teachers union backed the measure, saying…": a body
                    return _Cue(None, "organization")
                if len(np) > 1 and toks[np[0]].low in _DETS | {"the", "a", "an"} and toks[np[-1]].is_role \
                        and not any(x in self.people.by_token for x in np):
                    cue = self._resolve_np([toks[x] for x in np], pos, np)
                    if cue is not None:
                        return cue  # "A Cook County judge … sentenced X, calling his decision «…»"
            g = self._inverted_gender(k)
            if g:
                return self._pronoun(g, pos)
            if is_noun:
                return _Cue(None, "unnamed")  # "rejected claims the Bank 'chickened out'"
            cue = self._subject_before(win[:i], pos)
            if cue:
                return cue
            if self._body_subject(win[:i]):
                return _Cue(None, "organization")
            np, idx = self._np_after(k + 1, limit=q.a)
            incise = i > 0 and toks[win[i - 1]].text == "," and not participle
            # "C'est ce qu'a affirmé X :", "comme l'a rappelé X :": the subject follows
            b = i - 1
            while b >= 0 and toks[win[b]].low in ("a", "ont", "avait", "avaient", "l'", "lui", "leur"):
                b -= 1
            inverted = b >= 0 and b < i - 1 and toks[win[b]].low in ("qu'", "que", "comme") \
                or (b >= 0 and toks[win[b]].low in ("qu'", "comme") and b == i - 1)
            if (incise or inverted) and np and (np[0].low in _DETS or np[0].cap):
                cue = self._resolve_np(np, pos, idx)
                if cue:
                    return cue
            break
        cue = self._sentence_subject(win, pos)
        if cue:
            return cue
        if toks[win[-1]].text == ":":
            head = [k for k in win[:-1] if toks[k].is_word or toks[k].text in "’'-"]
            if head and len(head) <= 5 and len(head) == len(win) - 1 and toks[head[0]].low not in (
                    "et", "and", "mais", "but", "puis", "then", "ou", "or") and (
                    win[0] == 0 or toks[win[0] - 1].line != toks[win[0]].line):
                # a heading "L'académie : «…»", "Pierre Dupont : «…»": who says it, then the words
                cue = self._resolve_np([toks[k] for k in head], pos, head)
                if cue is not None:
                    return cue
            return "lead"
        return None

    def _subject_before(self, win: list[int], pos: int) -> _Cue | None:
        toks = self.tokens
        if win and toks[win[-1]].text == ")" or len(win) > 1 and toks[win[-2]].text == ")":
            # "Cllr Helen X (Conservative, Bramhall North) said": the brackets are no clause
            close = max(x for x, k in enumerate(win) if toks[k].text == ")")
            open_ = next((x for x in range(close - 1, max(-1, close - 12), -1) if toks[win[x]].text == "("), None)
            if open_ is not None:
                win = win[:open_] + win[close + 1:]
                m = self.people.by_token.get(win[-1]) if win else None
                if m is not None and m.person is not None and m.last - 1 == win[-1] and not m.in_quote:
                    return _Cue(m.person, "named", self._role_before(m))  # the name right before the brackets
        # the clause right before the verb: after the last comma that closes no apposition
        tail = [k for k in win if toks[k].is_word and toks[k].low not in _SUBJECT_SKIP]
        if tail and toks[tail[-1]].low in _SUBJECT_PRONOUNS:  # "… after he said he was 'x'"
            return self._pronoun(PRONOUN_GENDER[toks[tail[-1]].low], pos)
        cue = self._relative_subject(win, pos) or self._last_clause_subject(win, pos) \
            or self._bare_role_subject(tail, pos)
        if cue is not None:
            return cue
        cue = self._subject_before_apposition(win, pos)
        if cue is not None:
            return cue
        comma = max((x for x, k in enumerate(win) if toks[k].text == ","), default=-1)
        if comma > 0 and win[comma + 1:] and all(toks[k].low in _COORDINATORS for k in win[comma + 1:]):
            # "Le collectif dit ne pas s'opposer au projet, mais réclame «…»": the verbs share
            # the subject of the first one
            verb = next((x for x in range(comma - 1, -1, -1) if self._is_verb(win[x])), None)
            if verb is not None and verb > 0:
                return self._subject_before(win[:verb], pos)
        rel = max((x for x, k in enumerate(win) if toks[k].low in ("que", "qu'")), default=-1)
        if 0 <= rel < len(win) - 1 and toks[win[rel + 1]].low in _DETS and len(win) - rel <= 6 \
                and not any(k in self.people.by_token for k in win[rel + 1:]) and rel > 0 \
                and toks[win[rel - 1]].low in ("et", "and", "mais") :
            # "une hausse que le maire X juge «…» et que l'opposition qualifie de «…»": the second
            # relative has its own subject
            cue = self._resolve_np([toks[k] for k in win[rel + 1:] if toks[k].low not in _SUBJECT_SKIP],
                                   pos, [k for k in win[rel + 1:] if toks[k].low not in _SUBJECT_SKIP])
            if cue is not None:
                return cue
        mentions = [self.people.by_token[k] for k in win if k in self.people.by_token]
        comma = max((x for x, k in enumerate(win) if toks[k].text == ","), default=-1)
        last = [k for k in win[comma + 1:] if toks[k].is_word]
        if comma >= 0 and len(last) > 1 and toks[last[0]].low in _UNNAMED_OPENERS and self._unnamed_head(last[1]) \
                and not any(k in self.people.by_token for k in last):
            # "When Whitfield described the buffer, a man near the back shouted": the main
            # clause's subject, not the name in the subordinate one
            return _Cue(None, "unnamed", gender={"un": "m", "une": "f"}.get(toks[last[0]].low))
        for k in win[:-2]:
            m = self.people.by_token.get(k + 1)
            if toks[k].low in _UNNAMED_OPENERS and m is not None and m.first == k + 1 and m.last < len(toks) \
                    and (toks[m.last].is_role or toks[m.last].low in PERSON_NOUNS) and toks[m.last].text[:1].islower():
                # "A Hallerbeck spokesperson said": someone from the firm, not the man it is named after
                return _Cue(None, "unnamed")
        subj = [m for m in mentions if self._is_subject(m)]
        if subj:
            m = subj[-1]
            cue = _Cue(m.person, "named", self._role_before(m) or self._apposition_role(m.last))
            return cue
        for k in reversed(tail[-3:]):
            if toks[k].low in _SUBJECT_PRONOUNS:
                return self._pronoun(PRONOUN_GENDER[toks[k].low], pos)
            if toks[k].low in UNNAMED_SUBJECTS:
                return _Cue(None, "unnamed")
        plural_tail = [k for k in tail if toks[k].low not in ("now", "also", "still", "often", "already", "sometimes",
                                                              "aussi", "encore", "souvent", "deja", "parfois")]
        if plural_tail and all(toks[x].low in _SUBJECT_SKIP or x not in plural_tail and x in tail
                               for x in range(plural_tail[-1] + 1, win[-1] + 1)):
            last = toks[plural_tail[-1]]
            if len(last.low) > 4 and last.low.endswith("s") and last.text[:1].islower() and (
                    last.low[:-1] in PERSON_NOUNS or last.low[:-1] in ROLE_NOUNS) and not any(
                    k in self.people.by_token for k in plural_tail):
                return _Cue(None, "unnamed")  # "Union officials have accused…": people in the plural
        for x, k in enumerate(win[:-1]):
            # "However, an official from the ward office, who did not wish to be named, called…"
            if toks[k].low in _UNNAMED_OPENERS and self._unnamed_head(k + 1) and (
                    x == 0 or toks[win[x - 1]].text == "," or toks[win[x - 1]].low in ("what", "que", "qu'", "as", "comme")) \
                    and not mentions:
                desc = [toks[y] for y in win[x + 1:x + 5] if toks[y].is_word and not self._is_verb(y)]
                role = _join(desc) if any(t.is_role for t in desc) else None
                return _Cue(None, "unnamed", role, gender={"un": "m", "une": "f"}.get(toks[k].low))
        # "In a statement, Mokoena said she…": a capitalised word opening the clause right
        # before the verb is its subject (a place or body is told apart by _resolve_np)
        if tail and win and tail[-1] == win[-1] and toks[tail[-1]].cap and not toks[tail[-1]].acronym:
            run = [tail[-1]]
            while len(run) < 4 and run[0] - 1 >= 0 and run[0] - 1 in win and toks[run[0] - 1].cap:
                run.insert(0, run[0] - 1)
            before = run[0] - 1
            opens = before < 0 or toks[before].sent != toks[run[0]].sent or toks[before].text == "," \
                or toks[before].low in _CLAUSE_OPENERS
            if opens and not is_function_word(toks[run[0]].low) and toks[run[0]].low not in _DETS \
                    and not self.people.tail_of_body(run[0]):
                cue = self._resolve_np([toks[k] for k in run], pos, run)
                if cue is not None:
                    return cue
        # role noun phrase: from the last determiner-led chunk after a comma
        clause: list[int] = []
        for k in win:
            if toks[k].text == ",":
                clause = []
            elif toks[k].is_word or toks[k].text in "’'-":
                clause.append(k)
        first: list[int] = []
        for k in win:
            if toks[k].text == "," and first:
                break
            if toks[k].is_word or toks[k].text in "’'-":
                first.append(k)
        for chunk in (clause, first):
            cut = next((i for i, k in enumerate(chunk) if self._is_verb(k)), len(chunk))
            chunk = chunk[:cut]
            while chunk and toks[chunk[-1]].low in _SUBJECT_SKIP:
                chunk.pop()
            while chunk and toks[chunk[0]].low in ("et", "and", "mais", "but", "puis", "then"):
                chunk.pop(0)
            if len(chunk) > 2 and toks[chunk[1]].low in _DETS and toks[chunk[0]].low not in _DETS and (
                    not toks[chunk[0]].cap or toks[chunk[0]].low in ("seul", "seule", "only", "meme", "even")):
                chunk = chunk[1:]  # "Seul un témoin … affirme", "Only a witness said"
            if chunk and toks[chunk[0]].low in UNNAMED_SUBJECTS:
                return _Cue(None, "unnamed")
            cue = self._possessive_role(chunk, pos)
            if cue is not None:
                return cue
            if chunk and len(chunk) <= 6 and toks[chunk[-1]].low in ORG_NOUNS and toks[chunk[-1]].text[:1].islower() \
                    and not any(toks[k].is_role or toks[k].low in PERSON_NOUNS or k in self.people.by_token
                                for k in chunk) and toks[chunk[-1]].low not in _DOCUMENTS:
                return _Cue(None, "organization")  # "Germany's economy ministry said"
            org_at = next((x for x, k in enumerate(chunk) if toks[k].low in ORG_NOUNS and toks[k].text[:1].islower()), None)
            if chunk and len(chunk) <= 8 and org_at is not None and org_at < len(chunk) - 1 \
                    and all(toks[k].cap for k in chunk[org_at + 1:]) and toks[chunk[org_at]].low not in _DOCUMENTS \
                    and not any(k in self.people.by_token or toks[k].is_role for k in chunk):
                return _Cue(None, "organization")  # "Tenants' advocacy group Renters United welcomed"
            # a long subject is fine when its head is an organisation ("Le Centre intégré de
            # santé et de services sociaux (CISSS) du Haut-Val a confirmé…")
            if chunk and toks[chunk[0]].low in _DETS and (len(chunk) <= 10 or (
                    len(chunk) > 1 and (toks[chunk[1]].low in ORG_NOUNS or toks[chunk[1]].low in ORG_WORDS))):
                cue = self._resolve_np([toks[k] for k in chunk], pos, chunk)
                if cue:
                    return cue
        return None

    def _subject_before_apposition(self, win: list[int], pos: int) -> _Cue | None:
        """The verb follows an apposition: "Le propriétaire, Gestion Boisvert inc., a indiqué"
        (a body's name apposed to a description: the body), "l'ONG Mer et Partage, partenaire
        du projet, indique" (a description apposed to a body: the body before it)."""
        toks = self.tokens
        chunks: list[list[int]] = [[]]
        for k in win:
            if toks[k].text == ",":
                chunks.append([])
            elif toks[k].is_word or toks[k].text in "’'-.":
                chunks[-1].append(k)
        if len(chunks) < 3 or [k for k in chunks[-1] if toks[k].low not in _SUBJECT_SKIP]:
            return None
        appo, subj = [k for k in chunks[-2] if toks[k].is_word], [k for k in chunks[-3] if toks[k].is_word]
        if appo and len(subj) > 1 and toks[subj[0]].low in _DETS and not any(k in self.people.by_token for k in subj) \
                and not (toks[subj[1]].low in ORG_NOUNS and toks[subj[1]].text[:1].islower()):
            # (not «le cabinet de la ministre…, Geneviève X, indique»: her office speaks)
            m = self.people.by_token.get(appo[-1])
            if m is not None and m.person is not None and m.last - 1 == appo[-1] and (
                    m.first == appo[0] or m.title and m.first - 1 <= appo[0] + 1):
                # "The Ministry of Health spokesperson, Mr Emmanuel X, attributed…": the name apposed
                return _Cue(m.person, "named", _join([toks[k] for k in subj[1:]]) if any(
                    toks[k].is_role for k in subj) else None)
        if not appo or not subj or any(k in self.people.by_token for k in appo + subj):
            return None
        if toks[subj[0]].low in _DETS and len(subj) > 2 and toks[subj[1]].low in ORG_NOUNS \
                and toks[subj[2]].cap and toks[appo[0]].text[:1].islower():
            return _Cue(None, "organization")  # "Le constructeur Hualong Motors, premier exportateur…, a dit"
        if toks[subj[0]].low in _DETS and all(toks[k].cap or toks[k].low in ("et", "and", "de", "du", "des", "&")
                                               or toks[k].low in ("inc", "ltd", "ltee", "llc", "sa", "sarl")
                                               for k in appo) and toks[appo[0]].cap:
            return _Cue(None, "organization")
        if toks[appo[0]].text[:1].islower() and (toks[appo[0]].is_role or toks[appo[0]].low in PERSON_NOUNS
                                                 or toks[appo[0]].low in ("partenaire", "partner", "membre", "member")) \
                and toks[subj[0]].low in _DETS and len(subj) <= 8 and any(toks[k].cap for k in subj[1:]):
            return self._resolve_np([toks[k] for k in subj], pos, subj)
        return None

    def _body_subject(self, win: list[int]) -> bool:
        """The words right before the verb are a capitalised name no rule made a person
        ("Brennan & Sons said in a statement that it…"): a body speaks, not the last speaker."""
        toks = self.tokens
        clause: list[int] = []
        for k in win:
            clause = [] if toks[k].text == "," else clause + [k]
        if not [k for k in clause if toks[k].is_word and toks[k].low not in _SUBJECT_SKIP]:
            # "X Ltd, founded by …, said": the subject stands before its apposition
            clause = []
            for k in win:
                if toks[k].text == ",":
                    break
                clause.append(k)
        words = [k for k in clause if toks[k].is_word and toks[k].low not in _SUBJECT_SKIP]
        if not words or len(words) > 6 or any(k in self.people.by_token for k in clause):
            return False
        caps = [k for k in words if toks[k].cap and not is_function_word(toks[k].low) and toks[k].low not in _DETS
                and not toks[k].is_role and toks[k].low not in PERSON_NOUNS]  # ("Victim tells court")
        return bool(caps) and caps[-1] == words[-1]

    def _bare_role_subject(self, tail: list[int], pos: int) -> _Cue | None:
        """"… hit record as minister says fix is «…»": a lower-case role right before the
        verb, after a clause opener, is the verb's subject (headline English drops articles)."""
        toks = self.tokens
        if not tail or not toks[tail[-1]].is_role or toks[tail[-1]].cap:
            return None
        k = tail[-1]
        start = k
        while start - 1 >= 0 and start - 1 in tail and start > k - 3 and toks[start - 1].text[:1].islower() \
                and toks[start - 1].low not in _CLAUSE_OPENERS and not self._is_verb(start - 1):
            start -= 1
        before = toks[start - 1] if start else None
        if before is None or before.sent != toks[k].sent or before.low in _CLAUSE_OPENERS:
            np_idx = list(range(start, k + 1))
            if any(i in self.people.by_token for i in np_idx):
                return None
            cue = self._resolve_np([toks[i] for i in np_idx], pos, np_idx)
            return cue if cue is not None and cue.pid is not None else None
        return None

    def _relative_fragment(self, win: list[int], pos: int) -> _Cue | None:
        """"…par le sénateur Hervé Molinié, qui a jugé le calendrier «brutal», le ministre a
        promis…": a fragment inside a relative clause belongs to the clause's antecedent
        (not "a dépeint un élu qui «confondait…»", where the quote is the clause itself)."""
        toks = self.tokens
        rel = [i for i, k in enumerate(win) if toks[k].low in ("qui", "who")]
        if rel and len(win) - rel[-1] > 2 and not any(toks[k].text == "," or toks[k].low in (
                "selon", "according", "apres") for k in win[rel[-1]:]):
            # (a «selon elle» inside the clause says whose words they are)
            return self._relative_subject(win[:rel[-1] + 1], pos)
        return None

    def _relative_subject(self, win: list[int], pos: int) -> _Cue | None:
        """"…le sénateur Hervé Molinié, qui a jugé le calendrier «brutal»", "une opposition
        qui accuse le gouvernement d'«asphyxier»": a relative clause's subject is its
        antecedent, not whoever the sentence began with."""
        toks = self.tokens
        j = len(win) - 1
        while j >= 0 and toks[win[j]].low in _SUBJECT_SKIP:
            j -= 1
        if j < 1 or toks[win[j]].low not in ("qui", "who"):
            return None
        k = j - 1
        if toks[win[k]].text == ",":
            k -= 1
        if k < 0:
            return None
        m = self.people.by_token.get(win[k])
        if m is None and j >= 2 and toks[win[j - 1]].text == ",":
            # "Annabel Cross, commentating for the BBC, who described it as «…»"
            c = next((x for x in range(k - 1, max(-1, k - 9), -1) if toks[win[x]].text == ","), None)
            if c is not None and c >= 1:
                m = self.people.by_token.get(win[c - 1])
        if m is not None and not m.in_quote:
            return _Cue(m.person, "named", self._role_before(m) or self._apposition_role(m.last))
        chunk: list[int] = []
        while k >= 0 and len(chunk) < 10 and (toks[win[k]].is_word or toks[win[k]].text in "’'-") \
                and not self._is_verb(win[k]) and win[k] not in self.people.by_token:
            chunk.insert(0, win[k])
            if toks[win[k]].low in _DETS:
                break
            k -= 1
        if not chunk or toks[chunk[0]].low not in _DETS:
            return None
        if pos < len(toks):
            n = bisect.bisect_left(self._quote_starts, pos)
            prev = self.quotes[n - 1] if n > 0 else None
            if prev is not None and prev.resolved and prev.speaker is not None and prev.b < chunk[0] \
                    and toks[prev.a].sent == toks[pos].sent and chunk[0] - prev.b <= 6:
                # "«…», a poursuivi la militante, qui dénonce un «abandon»": the reporting
                # clause's subject, already resolved for the quote before
                return _Cue(prev.speaker, "continuation", prev.role)
        cue = self._resolve_np([toks[i] for i in chunk], pos, chunk)
        return cue if cue is not None else _Cue(None, "unnamed")

    def _last_clause_subject(self, win: list[int], pos: int) -> _Cue | None:
        """"Olivier Lavergne défend un effort «juste», la gauche dénonce «un coup de rabot»":
        a determiner-led clause right before the verb is its subject, whoever an earlier
        clause named."""
        toks = self.tokens
        commas = [i for i, k in enumerate(win) if toks[k].text == ","]
        if not commas:
            return None
        chunk = [k for k in win[commas[-1] + 1:] if toks[k].low not in _SUBJECT_SKIP]
        if len(chunk) < 2 or toks[chunk[0]].low not in _DETS or toks[chunk[0]].low in _POSSESSIVE \
                or any(k in self.people.by_token or not toks[k].is_word and toks[k].text not in "’'-"
                       or toks[k].low in _RELATIVES or self._is_verb(k) for k in chunk):
            return None
        if not any(k in self.people.by_token for k in win[:commas[-1]]):
            return None  # nobody named before: the usual reading is the same
        cue = self._resolve_np([toks[k] for k in chunk], pos, chunk)
        return cue if cue is not None and cue.attribution != "named" else None

    def _group_subject(self, chunk: list[int], pos: int) -> _Cue | None:
        """"Les Verts parlent d'«…»", "Le PS vaudois juge le plan «…»": a sentence opening
        with a determiner and a capitalised body (no person named) is that body's, whatever
        its verb — never the previous speaker's continuation."""
        toks = self.tokens
        if len(chunk) < 2 or toks[chunk[0]].low not in _DETS or toks[chunk[0]].low in _POSSESSIVE:
            return None
        if chunk[0] > 0 and toks[chunk[0] - 1].sent == toks[chunk[0]].sent:
            return None  # only a sentence opening
        np, idx = [], []
        for k in chunk[:8]:
            t = toks[k]
            if np and t.text[:1].islower() and t.low not in _OF and t.low not in _DETS:
                break  # ("Le PS vaudois": the adjective is not part of the name)
            np.append(t)
            idx.append(k)
        if len(np) < 2 or not (toks[idx[1]].cap or toks[idx[1]].acronym) or any(k in self.people.by_token for k in idx):
            return None
        cue = self._resolve_np(np, pos, idx)
        if cue is not None and cue.pid is None and cue.attribution in ("organization", "unnamed"):
            return _Cue(None, "organization")
        return None

    def _thing_subject(self, lead: list[int], win: list[int]) -> _Cue | None:
        """A fragment in a sentence whose subject is no person — "La start-up revendique un
        chiffre «proche de 9 millions»", "It said it was offering a «gesture»", "Union
        officials have accused ministers of «…»" — belongs to that body or group, not to
        the last speaker."""
        toks = self.tokens
        if not lead or any(k in self.people.by_token for k in win):
            return None
        for x, k in enumerate(win[:-2]):
            # "Absents, une quinzaine de cadres ont dénoncé «…»": a number of people, unnamed
            if (x == 0 or toks[win[x - 1]].text == ",") and toks[k].low in ("une", "des", "a", "dozens", "hundreds") \
                    and toks[win[x + 1]].low in _QUANTITY_NOUNS and toks[win[x + 2]].low in ("de", "d'", "of"):
                return _Cue(None, "unnamed")
        if any(
                toks[k].low in _RELATIVES or toks[k].low in ("qu'", "that") for k in win):
            return None  # ("Un point que l'avocate, Me X, juge «…»": the relative's subject says it)
        first = toks[lead[0]]
        if first.low in ("ce", "cet", "cette", "ces", "this", "these", "that", "those"):
            return None  # "Ce choix est «…»": what the speaker just spoke of
        if first.low in ("it", "they", "ils", "elles") and len(lead) > 1 and (
                self._is_verb(lead[1]) or toks[lead[1]].low in _AUXILIARIES):
            return _Cue(None, "organization" if first.low == "it" else "unnamed")
        i = 0
        while i < len(lead) and toks[lead[i]].low in _DETS and toks[lead[i]].low not in _POSSESSIVE:
            i += 1
        if i == 0 or i >= len(lead):
            return None
        head = toks[lead[i]]
        if not head.is_word or head.cap or head.is_role or head.low in PERSON_NOUNS or head.low.rstrip("sx") in PERSON_NOUNS \
                or (head.low.rstrip("sx") in ROLE_NOUNS) or self._is_verb(lead[i]):
            return None
        if i + 1 < len(lead) and (toks[lead[i + 1]].is_role or toks[lead[i + 1]].low in PERSON_NOUNS):
            return None  # "the former minister", "un ancien marin": an adjective before a person
        if head.low in ORG_NOUNS or head.low.rstrip("sx") in ORG_NOUNS:
            return _Cue(None, "organization")
        return _Cue(None, "unnamed")

    def _possessive_role(self, chunk: list[int], pos: int) -> _Cue | None:
        """"Hensley's attorney said…": a name followed by 's and a role designates someone
        else — the person introduced with that role if any, else an unnamed one."""
        toks = self.tokens
        if self.lang != "en" or len(chunk) < 3:
            return None
        m = self.people.by_token.get(chunk[0])
        if m is None or m.first != chunk[0]:
            return None
        rest = [k for k in chunk if k >= m.last]
        if len(rest) < 2 or toks[rest[0]].low != "'s":
            return None
        content = [toks[k] for k in rest[1:4]]
        if not any(t.is_role or t.low in PERSON_NOUNS for t in content):
            return None
        cue = self._resolve_role([toks[rest[0]]] + content, content, pos, match_only=True)
        if cue.pid is not None and cue.pid != m.person:
            return cue
        return _Cue(None, "role", _join(content))

    def _role_before(self, m: Mention) -> str | None:
        words = self.people._pre_name(m)
        content = list(words)
        while content and (content[0].low in _DETS or content[0].low in _PREPOSITIONS):
            content = content[1:]
        while content and (content[-1].low in _DETS or content[-1].low in NATIONALITY_GENDER):
            content = content[:-1]
        if content and any(t.is_role for t in content):
            start = next(i for i, t in enumerate(content) if t.is_role)
            return _join(content if self.lang == "en" else content[start:])
        return None

    def _sentence_subject(self, win: list[int], pos: int) -> _Cue | None:
        """Fragments without a verb: "Leïla Saadoun «sidérée»", "DA MP X thanked Y for "…"."""
        toks = self.tokens
        cue = self._relative_fragment(win, pos)
        if cue is not None:
            return cue
        chunks: list[list[int]] = [[]]
        for k in win:
            if toks[k].text == ",":
                chunks.append([])
            else:
                chunks[-1].append(k)
        cue = self._possessive_role(chunks[0], pos)
        if cue is not None:
            return cue
        lead = [k for k in chunks[0] if toks[k].is_word]
        opening = bool(lead) and (lead[0] == 0 or toks[lead[0] - 1].sent != toks[lead[0]].sent)
        if opening and toks[lead[0]].low in _SUBJECT_PRONOUNS and toks[lead[0]].low in PRONOUN_GENDER:
            # "Elle est venue «pour une semaine de vacances utiles»": the sentence's subject
            return self._pronoun(PRONOUN_GENDER[toks[lead[0]].low], pos)
        if opening and toks[lead[0]].low in ("leurs", "leur", "their") and len(lead) > 1 \
                and not any(k in self.people.by_token for k in lead):
            return _Cue(None, "unnamed")  # "Leurs revendications : … «…»": a group's words
        cue = self._group_subject(chunks[0], pos)
        if cue is not None:
            return cue
        if opening and self._partial_now and self._body_np_subject(chunks):
            return _Cue(None, "organization")
        if opening and self._partial_now:
            cue = self._thing_subject(lead, win)
            if cue is not None:
                return cue
        if opening and len(chunks) == 2 and toks[win[-1]].text == ":" and len(lead) < 10 and (
                toks[lead[0]].low in _PREPOSITIONS or toks[lead[0]].low in _ADVERBIAL_HEADS
                or re.search(r"(?:é|ée|és|ées|ant)$", toks[lead[0]].text.lower())) \
                and not any(self._is_verb(k) for k in lead[1:]) and not any(k in self.people.by_token for k in lead):
            # "Interrogée sur l'avenir, la directrice se montre prudente : «…»": the subject
            # follows an opening circumstance
            lead = [k for k in chunks[1] if toks[k].is_word]
        if opening and len(lead) > 1 and toks[lead[0]].low in _DETS and toks[lead[0]].low not in _INDEFINITE \
                and toks[lead[1]].text[:1].islower() \
                and not any(k in self.people.by_token for k in lead[:4]):
            # "Cette ancienne institutrice … a perdu 186 000 euros, «l'argent de toute une vie»"
            np_idx = []
            for k in lead:
                if self._is_verb(k) or toks[k].low in _AUXILIARIES or len(np_idx) >= 6:
                    break
                if np_idx and (toks[np_idx[-1]].is_role or toks[np_idx[-1]].low in PERSON_NOUNS) \
                        and toks[k].low not in _OF and toks[k].text[:1].islower() and not toks[k].is_role:
                    break  # "La capitaine quittera le club": the noun phrase ends with its head
                np_idx.append(k)
            if any(toks[k].is_role or toks[k].low in PERSON_NOUNS for k in np_idx[1:4]):
                cue = self._resolve_np([toks[k] for k in np_idx], pos, np_idx)
                if cue is not None and cue.pid is not None:
                    return cue
        for chunk in (chunks[0], chunks[-1]):
            for off, k in enumerate(chunk[:5]):
                m = self.people.by_token.get(k)
                if m is not None and self._is_subject(m):
                    return _Cue(m.person, "named", self._role_before(m))
        if win:
            # "Le capitaine, X, a été plus direct : «…»", "Présent dans la salle, X, du
            # syndicat, a salué «un recul»": the subject of the sentence holding the quote
            # speaks, whatever its verb
            subj = [m for m in (self.people.by_token.get(k) for k in win) if m is not None
                    and not m.in_quote and self._is_subject(m)]
            if subj:
                return _Cue(subj[-1].person, "named", self._role_before(subj[-1]))
        return None

    def _body_np_subject(self, chunks: list[list[int]]) -> bool:
        """The sentence holding a fragment has a body for subject, past an opening
        circumstance: «Contacté, le Service public de Wallonie, qui pilote…, n'exclut pas
        «…»», «Dans un communiqué, le ministère des Sports a adressé ses «…»»."""
        toks = self.tokens
        for chunk in chunks[:3]:
            words = [k for k in chunk if toks[k].is_word]
            if not words:
                continue
            first = toks[words[0]]
            if first.low in _PREPOSITIONS or first.low in _ADVERBIAL_HEADS or (
                    re.search(r"(?:é|ée|és|ées)$", first.text.lower()) and len(words) <= 6):
                continue  # an opening circumstance ("Contacté", "Dans un communiqué publié dimanche")
            if first.low not in ("le", "la", "l'", "les", "the") or len(words) < 2:
                return False
            head = toks[words[1]]
            np = []
            for k in words[1:]:
                if self._is_verb(k) or toks[k].low in _AUXILIARIES:
                    break
                np.append(k)
            return (head.low in ORG_NOUNS or head.cap and fold(head.text) in ORG_WORDS) \
                and head.low not in _DOCUMENTS and not head.is_role and len(np) <= 10 \
                and not any(k in self.people.by_token or toks[k].is_role or toks[k].low in PERSON_NOUNS for k in np)
        return False

    def _next_sentence_cue(self, q: _Quote) -> _Cue | None:
        """«…» Par ces mots, X a déclaré… — the next sentence points back at the quote."""
        toks = self.tokens
        k = q.b + 1
        if k >= len(toks) or toks[k].line != q.line:
            return None
        sent = toks[k].sent
        words = []
        j = k
        while j < len(toks) and toks[j].sent == sent and len(words) < 5:
            if toks[j].is_word:
                words.append(toks[j].low)
            j += 1
        if words and words[0] == "c'est":
            words = ["c'", "est"] + words[1:]
        if not _ANAPHORIC_LEAD.match(" ".join(words)):
            return None
        win = []
        j = k
        while j < len(toks) and toks[j].sent == sent and toks[j].quote < 0 and j < k + _WINDOW:
            if self._is_verb(j):
                g = self._inverted_gender(j)
                if g:
                    return self._pronoun(g, q.a)
                cue = self._subject_before(win, q.a)
                if cue is None or cue.pid is None:
                    np, idx = self._np_after(j + 1)  # "C'est ce qu'a déclaré X"
                    cue = self._resolve_np(np, q.a, idx) or cue
                return cue
            win.append(j)
            j += 1
        return None

    def _pull_quote(self, q: _Quote) -> _Cue | None:
        """A paragraph that is only a quote, then a bare "Name[, role]" with no verb."""
        toks = self.tokens
        if q.a > 0 and toks[q.a - 1].line == q.line:
            return None
        k = q.b + 1
        if k < len(toks) and toks[k].line == q.line:
            rest = []
            while k < len(toks) and toks[k].line == q.line and len(rest) <= 40:
                rest.append(k)
                k += 1
            if len(rest) > 40:
                return None  # a long paragraph after the quote: no name line
        elif k < len(toks) and q.span.close is not None:
            line = toks[k].line
            rest = [j for j in range(k, min(len(toks), k + 40)) if toks[j].line == line]
            if k + 40 < len(toks) and toks[k + 40].line == line:
                return None
        else:
            return None
        while rest and toks[rest[0]].text in ("–", "—", "-", "―"):
            rest = rest[1:]  # "– Caitríona X": a dash before the name line
        if not rest or len([j for j in rest if toks[j].is_word]) > 14:
            return None
        m = self.people.by_token.get(rest[0])
        if m is None:
            # "Dr Yves X, chef du service", "Judge Rebecca X": a title before the name
            m = next((self.people.by_token[j] for j in rest[1:3] if j in self.people.by_token), None)
            if m is None or not m.title or m.first - rest[0] > 2:
                return None
        elif m.first != rest[0]:
            return None
        after = [j for j in rest if j >= m.last]
        if after and toks[after[0]].text != ",":
            return None
        if any(self._is_verb(j) or toks[j].quote >= 0 or toks[j].text in "!?" for j in after):
            return None
        return _Cue(m.person, "pull_quote", self._apposition_role(m.last))

    # -- driver ---------------------------------------------------------------------------
    def _narrative_pronouns(self) -> list[int]:
        """Subject pronouns of the reporter's own sentences ("Il a critiqué X.")."""
        toks = self.tokens
        out = []
        for k, t in enumerate(toks):
            if t.quote >= 0 or t.low not in ("il", "elle", "he", "she"):
                continue
            prev = toks[k - 1] if k else None
            if prev is not None and prev.sent == t.sent and prev.low not in _CLAUSE_OPENERS:
                continue
            if k + 1 < len(toks) and toks[k + 1].low in _IMPERSONAL:
                continue  # "il faut", "il y a": nobody
            out.append(k)
        return out

    def _narrative_roles(self) -> list[int]:
        """Sentence subjects that are role descriptions ("Le ministre a défendu…")."""
        toks = self.tokens
        out = []
        for k, t in enumerate(toks[:-1]):
            if t.quote >= 0 or t.low not in _DETS and t.low not in _UNNAMED_OPENERS:
                continue
            if k and toks[k - 1].sent == t.sent and toks[k - 1].text != "," and not (
                    toks[k - 1].text in "»”\"" and t.text[:1].isupper()):  # («…?» Le prévenu baisse la tête)
                continue
            nxt = toks[k + 1]
            if t.low in _UNNAMED_OPENERS:
                # "Une mère de famille, qui a préféré taire son nom, raconte…": someone unnamed
                # a later pronoun may take up (a sentence opening, or after an opening
                # circumstance "Dans le hall, une grand-mère…"; not ", an economist at X")
                opening = k == 0 or toks[k - 1].sent != t.sent or self._after_opening_circumstance(k) or (
                    k >= 2 and toks[k - 1].text == "," and toks[k - 2].low in _DISCOURSE_ADVERBS
                    and (k == 2 or toks[k - 3].sent != t.sent))  # ("However, a tanker operator …")
                if opening and (self._unnamed_head(k + 1) or self._anonymous(
                        [x.low for x in toks[k:k + 24] if x.sent == t.sent])) and (k + 2) not in self.people.by_token \
                        and not any(x in self.people.by_token and (toks[x - 1].text == "," or toks[x - 1].is_role
                                                                  or toks[x - 1].low in PERSON_NOUNS)
                                    for x in range(k + 1, min(len(toks), k + 10)) if toks[x].sent == t.sent):
                    # ("One of the victims, mobile money agent Sarah X, said": named after all)
                    out.append(k)
                continue
            if self._org_subject(k):
                out.append(k)
            elif nxt.is_role or (nxt.low in NATIONALITY_GENDER and nxt.cap) or _AGE.search(nxt.low):
                out.append(k)
            elif (k + 2 < len(toks) and toks[k + 2].is_role and nxt.is_word and nxt.text[:1].islower()
                  and nxt.low not in self.verbs and toks[k + 2].sent == t.sent):
                out.append(k)  # "The race director announced…": one modifier before the role
            elif (nxt.low in PERSON_NOUNS or agent_noun(nxt.text, self.lang)) and self._anonymous(
                    [x.low for x in toks[k:k + 24] if x.sent == t.sent]):
                out.append(k)  # «Le chauffeur, qui préfère ne pas donner son nom, compte…»: someone unnamed
        return out

    @staticmethod
    def _anonymous(window: list[str]) -> bool:
        """The words say the person asked not to be named ("who asked not to be named", «qui a
        demandé à ne pas être nommé», «sous couvert d'anonymat», «qui préfère taire son nom»)."""
        return (any(w in _ANONYMITY for w in window) and ("named" in window or "identified" in window
                                                          or "name" in window and "give" in window)
                or any(w in ("anonymat", "anonymity", "anonymously") for w in window)
                or "anonyme" in window and any(w in ("rester", "garder", "demeurer") for w in window)
                or "pas" in window and any(w in ("nomme", "nommee", "identifie", "identifiee", "cite", "citee")
                                           for w in window)
                or "nom" in window and any(w in ("taire", "donner", "devoiler", "reveler", "communiquer")
                                           for w in window) and any(w in ("pas", "taire", "prefere", "refuse")
                                                                    for w in window))

    def _org_subject(self, k: int) -> bool:
        """A French sentence opens on a feminine body ("La direction", "L'entreprise"), which
        a later «elle» takes up rather than a woman named before."""
        toks = self.tokens
        opening = k == 0 or toks[k - 1].sent != toks[k].sent
        if not opening and k >= 2 and toks[k - 1].text == "," and toks[k - 2].cap and (k - 2) not in self.people.by_token:
            s0 = k - 2
            while s0 > 0 and toks[s0 - 1].sent == toks[k].sent and toks[s0 - 1].cap and k - s0 < 6:
                s0 -= 1
            # "Solid'Épi, la fédération qui…, tire la sonnette d'alarme": a body's name opens
            opening = (s0 == 0 or toks[s0 - 1].sent != toks[k].sent) and not any(
                x in self.people.by_token for x in range(s0, k))
        if not opening and k >= 2 and toks[k - 1].text == ",":
            s0 = k - 2
            while s0 > 0 and toks[s0 - 1].sent == toks[k].sent and k - s0 < 9:
                s0 -= 1
            # "Contacté (par notre journal), le ministère…": after an opening participle
            # ("Gestionnaire du port, la chambre de commerce…": after an apposition too)
            opening = (s0 == 0 or toks[s0 - 1].sent != toks[k].sent) and "," not in [t.text for t in toks[s0:k - 1]] \
                and not any(self._is_verb(x) or x in self.people.by_token for x in range(s0 + 1, k - 1)) and (
                    bool(re.search(r"(?:é|ée|és|ées)$", toks[s0].text.lower())) or toks[s0].is_role
                    or toks[s0].low in ORG_NOUNS)
        return (self.lang == "fr" and k + 2 < len(toks) and toks[k].low in ("la", "l'", "le") and opening
                and (toks[k + 1].low in _FEMININE_BODIES and toks[k].low != "le"
                     or toks[k + 1].low in _MASCULINE_BODIES and toks[k].low != "la")
                and not toks[k + 1].is_role and (k + 1) not in self.people.by_token
                and (toks[k + 1].low != "chambre" or toks[k + 2].low in ("de", "d'", "des"))  # (not «la chambre froide»)
                and (k + 2) not in self.people.by_token)

    def _bare_subject_before(self, k: int, gender: str | None, desc: list[Token] | None = None) -> int | None:
        """"Rachel X insisted… / The health secretary said…": a description that matches
        nobody, opening the sentence after one whose subject was named with no role at all,
        tells who that person is rather than bringing in someone new.  A description that
        names no office («le libéral-radical», «le spécialiste», «le benjamin du législatif»)
        takes up the person just introduced even with a role."""
        toks = self.tokens
        plain = desc is not None and bool(desc) and not any(_is_office(t.low) for t in desc)
        for tok, pid, subj in reversed(self._timeline_before(k)):
            p = self.people.persons[pid]
            narrative = {toks[x].sent for x in range(tok, k + 1) if toks[x].quote < 0}
            first = self.people.first_seen(pid, 0 if self.has_title else None)
            m = self.people.by_token.get(tok)
            # (or named last, closing the sentence: "…, incarnée par Camille X. La comédienne…")
            closing = m is not None and m.last < len(toks) and (
                toks[m.last].text in ".!?" and m.first > 0 and toks[m.first - 1].low in ("par", "by")
                or m.last + 1 < len(toks) and toks[m.last].text == "," and toks[m.last + 1].low in ("qui", "who"))
            # ("…la rencontre avec Bernard X, qui tenait une table réputée": introduced with a relative)
            sole = toks[tok].sent == toks[k].sent - 1 and all(
                q == pid for t2, q, _ in self._timeline_before(k) if toks[t2].sent == toks[tok].sent)
            # ("La cour a condamné X à 25 ans. L'accusé…": the only person of the sentence before)
            if len(narrative) <= 2 and (subj or closing or sole) and (not p.roles or plain) \
                    and gender in (None, p.gender or gender) \
                    and toks[k].line - toks[tok].line <= 2 and toks[first].sent == toks[tok].sent:
                return pid  # (just introduced: "the 31-year-old" two sentences on is someone new)
            return None
        return None

    def _after_opening_circumstance(self, k: int) -> bool:
        """Token ``k`` follows a sentence-opening prepositional phrase and its comma."""
        toks = self.tokens
        if k < 2 or toks[k - 1].text != ",":
            return False
        j = k - 2
        while j > 0 and toks[j - 1].sent == toks[k].sent and k - j < 14:
            if not toks[j].is_word or self._is_verb(j):
                return False
            j -= 1
        return (j == 0 or toks[j - 1].sent != toks[k].sent) and (
            toks[j].low in _PREPOSITIONS or toks[j].low in _ADVERBIAL_HEADS or toks[j].low in ("in", "at", "outside")
            or self.lang == "fr" and bool(re.search(r"(?:é|ée|és|ées)$", toks[j].text.lower()))) \
            and not any(x in self.people.by_token for x in range(j, k))

    def _unnamed_head(self, k: int) -> bool:
        """The noun after an indefinite article names a person: "un habitant", "a Wairoa
        resident" (one place or body before the noun)."""
        toks = self.tokens
        t = toks[k]
        if t.is_role or t.low in PERSON_NOUNS:
            return True
        if k + 3 < len(toks) and toks[k + 1].low == "de" and toks[k + 2].text.isdigit() and toks[k + 3].low == "ans" \
                and t.text[:1].islower():
            return True  # "une décoratrice de 58 ans": whoever has an age is a person
        if t.low in ("de", "d'", "des", "of") and k + 2 < len(toks) and any(
                toks[x].is_role or toks[x].low in PERSON_NOUNS or toks[x].low[:-1] in PERSON_NOUNS | ROLE_NOUNS
                for x in range(k + 1, min(len(toks), k + 4)) if toks[x].sent == t.sent):
            return True  # "un de ses collègues", "one of the organisers"
        if t.low in ("ancien", "ancienne", "jeune", "habitue", "habituee", "vieux", "vieille") and k + 1 < len(toks) \
                and (toks[k + 1].text == "," or self._is_verb(k + 1)):
            return True  # "un ancien, casquette vissée sur la tête, écoute…": an adjective as a person
        for j in range(k + 1, min(len(toks), k + 3)):
            # "un ancien marin du port", "a local resident", "an emergency services spokeswoman"
            if not all(toks[x].is_word and toks[x].text[:1].islower() and not self._is_verb(x)
                       for x in range(k, j)) or toks[j].sent != t.sent:
                break
            if toks[j].is_role or toks[j].low in PERSON_NOUNS:
                return True
        return (t.cap and k not in self.people.by_token and k + 1 < len(toks) and toks[k + 1].sent == t.sent
                and (toks[k + 1].is_role or toks[k + 1].low in PERSON_NOUNS) and toks[k + 1].text[:1].islower())

    def _chain_role(self, k: int) -> None:
        """Resolve a narrative role subject by its description only, and record it."""
        toks = self.tokens
        window = [t.low for t in toks[k:k + 24] if t.sent == toks[k].sent]
        if self._anonymous(window):
            # "The father, who asked not to be named, said…": someone the story will not name
            self._ghost = (k, _np_gender([t for t in toks[k:k + 3]]) if self.lang == "fr" else None)
            return
        if toks[k].low in _UNNAMED_OPENERS:
            self._ghost = (k, {"un": "m", "une": "f"}.get(toks[k].low))  # (English: sex unknown)
            return
        if self._org_subject(k):
            # "L'entreprise assure… Dans un communiqué, elle évoque «…»": «elle» is the firm;
            # «il» after "Le ministère n'a pas donné suite." only in the next sentence (a man
            # named before is as likely later on)
            feminine = toks[k + 1].low in _FEMININE_BODIES
            self._ghost = (k, "f" if feminine else "m")
            self._body_ghosts.add(k)
            if not feminine:
                self._short_ghosts.add(k)
            return
        np, idx = [], []
        j = k
        while j < len(toks) and len(np) < 8 and toks[j].sent == toks[k].sent and toks[j].quote < 0:
            if not toks[j].is_word and toks[j].text not in "’'-" or self._is_verb(j) or toks[j].low in NP_STOP:
                break
            if toks[j].low in ("a", "est", "has", "is", "was") and j > k + 1:
                break
            np.append(toks[j])
            idx.append(j)
            j += 1
        if any(i in self.people.by_token for i in idx) or len(np) < 2:
            return
        cue = self._resolve_role(np, np[1:], k, match_only=True)
        if (cue is None or cue.pid is None) and any(_AGE.search(t.low) for t in np[1:3]):
            # "For renters like Jess O'Brien, … The 29-year-old … says": an age describes
            # the person the previous sentence just named
            sent = toks[k].sent
            for tok, pid, _ in reversed(self._timeline_before(k)):
                if toks[tok].sent < sent - 1 or toks[tok].line != toks[k].line:
                    break
                cue = _Cue(pid, "role")
                break
        named_after = j + 1 < len(toks) and toks[j].text == "," and (
            (j + 1) in self.people.by_token or (j + 2) in self.people.by_token and toks[j + 1].cap)
        # (", Comrade Emeka X,": a title before the apposed name)
        if (cue is None or cue.pid is None) and toks[k].low in ("le", "la", "l'", "the") and not named_after:
            pid = self._bare_subject_before(k, _np_gender(np), np[1:])
            if pid is not None:
                cue = _Cue(pid, "role")
                role = self.text[np[1].start:np[-1].end]
                if any(t.is_role for t in np[1:]) and len(np) < 6 and role not in self.people.persons[pid].roles \
                        and not any(t.low in _FORMER for t in np):
                    self.people.persons[pid].roles.append(role)  # later descriptions match it
        if cue is not None and cue.pid is not None:
            self._add_timeline(k, cue.pid)
        elif not named_after and self._unmatched_office(np):
            # (not "La présidente, Mme X, a dit": the apposition names her)
            self._ghost = (k, _np_gender(np))

    def attribute(self) -> None:
        """Attribute quotes in document order, following the pronoun chain of the narrative.

        A narrative subject pronoun is resolved when reached and becomes the latest
        mention of its person, so "«…», a dit X. Il a critiqué Y. «…», a-t-il ajouté"
        goes to X, not to Y.
        """
        narrative = sorted([(k, "pronoun") for k in self._narrative_pronouns()]
                           + [(k, "role") for k in self._narrative_roles()])
        n_ptr = 0
        for i, q in enumerate(self.quotes):
            while n_ptr < len(narrative) and narrative[n_ptr][0] < q.a:
                k, kind = narrative[n_ptr]
                if kind == "role":
                    self._chain_role(k)
                else:
                    cue = self._pronoun(PRONOUN_GENDER[self.tokens[k].low], k, chain=True)
                    if cue.pid is not None:
                        self._add_timeline(k, cue.pid)
                n_ptr += 1
            q.partial = self._partial(q)
            self._partial_now = q.partial
            self._lead_person = self._only_person_just_before(q)
            self._adding = self._continuing_verb(q)
            cue: _Cue | str | None = self._pull_quote(q)
            if isinstance(cue, _Cue):
                q.pull = True
            else:
                cue = (q.partial and self._relative_fragment(self._pre_window(q), q.a)) or self._post_cue(q) \
                    or self._inside_cue(q) or self._pre_cue(q) or self._next_sentence_cue(q)
            if isinstance(cue, _Cue):
                self._set(q, cue)
            else:
                q.attribution = "lead" if cue == "lead" else "none"
        self._share_forward()
        headings = []
        for i, q in enumerate(self.quotes):
            if not q.resolved:
                if self._is_heading(q):
                    headings.append(i)  # after the body: its continuations settle whom it repeats
                else:
                    self._fallback(q, i)
        for i in headings:
            self._fallback(self.quotes[i], i)
        for q in self.quotes:
            if q.speaker is None and q.role and q.line <= 3 and (q.attribution == "role" or q.attribution == "unnamed"
                                                                  and _is_office(fold(q.role.split()[-1]))):
                # (also "A Cook County judge … calling it «…»" in a lede: the judge named further down)
                # "«Un moment attendu», résume le président de l'association" in a lede: the
                # article names that official further down
                pid = self._introduced_later_as(q.role, q.b)
                if pid is not None:
                    q.speaker = pid
        for i, q in enumerate(self.quotes):
            if q.attribution == "role" and (q.speaker is None or q.guessed and not self._named_lately(q)) \
                    and not q.pull and not self._is_heading(q):
                # «…», affirme ce responsable. / Hocine X, qui dirige le service…: a description
                # nobody matched, then the next sentence opens on someone named for the first time
                pid = self._named_next(q)
                if pid is not None:
                    old = q.speaker
                    q.speaker, q.guessed = pid, False
                    for r in self.quotes[i + 1:i + 6]:
                        if r.a > self.people.first_seen(pid) or r.attribution not in ("pronoun", "continuation") \
                                or r.speaker not in (None, old):
                            break
                        r.speaker = pid
        for i, q in enumerate(self.quotes):
            if q.speaker is None and q.role and q.line > 3 and q.attribution == "role":
                # "The Crown prosecutor said … «…», she said. / Prosecutor Hayley X sought…": an
                # office the next paragraphs name, with the pronouns that took it up
                pid = self._introduced_later_as(q.role, q.b, within=q.line + 6)
                if pid is None:
                    continue
                q.speaker = pid
                for r in self.quotes[i + 1:i + 6]:
                    if r.speaker is not None or r.attribution not in ("pronoun", "continuation") \
                            or r.line > q.line + 6:
                        break
                    r.speaker = pid
        for i, q in enumerate(self.quotes):
            if self.has_title and q.line == 2 and q.speaker is None and q.attribution in ("unnamed", "none", "role"):
                # a standfirst's «…», lâche un patron: the body gives the same words to someone named
                # (a short one too when the body quote holds it word for word: «historique»)
                src = self._matching_quote(q, i)
                mine = self.text[q.span.start:q.span.end].strip(" .,").lower()
                if src is not None and src.speaker is not None and src.line > q.line and src.attribution in (
                        "named", "pronoun", "role", "continuation") \
                        and (len(_content_words(mine)) >= 3
                             or len(mine) >= 8 and mine in self.text[src.span.start:src.span.end].lower()):
                    q.speaker, q.attribution = src.speaker, "context"
        for i, q in enumerate(self.quotes):
            if q.line > (2 if self.has_title else 0) and q.attribution in ("none", "context", "continuation") \
                    and (self._is_heading(q) or self._short_line(q)) \
                    and not self.text[q.span.start:q.span.end].rstrip().endswith((".", "!", "?", "…", ",")):
                # a subheading introduces its section: the section quote that holds its words,
                # else the section's first quote, tells who said them
                src = self._section_source(q, i)
                if src is not None:
                    q.speaker, q.attribution, q.resolved = src.speaker, "context", True
        for i, q in enumerate(self.quotes):
            if q.line > 0 and q.speaker is None and q.attribution in ("unnamed", "organization") and (
                    self._is_heading(q) or self._short_line(q)):
                # a subheading «L'opposition dénonce un «fiasco»»: the body says which opponent
                src = self._matching_quote(q, i)
                if src is not None and src.speaker is not None and src.a > q.a and src.attribution in (
                        "named", "pronoun", "role", "continuation"):
                    q.speaker = src.speaker
        for i, q in enumerate(self.quotes):
            if q.line == 0 and self.has_title and q.attribution in (
                    "role", "unnamed", "pronoun", "organization", "none", "named", "context"):
                # (a headline's own subject is often the place, team or work the story is
                # about: "Pont-Audemer sous les eaux, «…»"; the body says who said the words)
                # «…», regrette le coach: a headline's description is vaguer than the body,
                # where the same words are attributed where they were said
                src = self._matching_quote(q, i)
                if src is not None and src.speaker is not None and src.attribution in (
                        "named", "pronoun", "role", "continuation"):
                    q.speaker = src.speaker

    def _headline_person(self, pid: int) -> bool:
        """The headline names this person: the article's protagonist, whatever the body calls them."""
        return self.has_title and self.tokens[self.people.first_seen(pid)].line == 0

    def _named_lately(self, q: _Quote) -> bool:
        """The person a description was guessed to be stands in the quote's paragraph or the
        one before: the guess holds («La syndicaliste reste sur ses gardes» after her name)."""
        toks = self.tokens
        for tok, pid, _ in reversed(self._timeline_before(q.a)):
            if toks[tok].line < q.line - 2:
                return False
            if pid == q.speaker and tok < q.a:
                # (not across a subheading: a new section may bring in someone new)
                return not any(self._is_short_line(x) for x in range(toks[tok].line + 1, q.line))
        return False

    def _is_short_line(self, line: int) -> bool:
        """A line of a dozen words with no closing full stop: a subheading (computed once for
        all lines, so a long line holding many quotes stays linear)."""
        if self._line_shapes is None:
            self._line_shapes = {}
            for t in self.tokens:
                words, last, _ = self._line_shapes.get(t.line, (0, "", ""))
                self._line_shapes[t.line] = (words + t.is_word, t.text, last)
        words, last, before = self._line_shapes.get(line, (0, "", ""))
        return 0 < words <= 12 and last not in (".", "!", "?", ":", ";") and not (
            last in "»”\"" and before in (".", "!", "?"))

    def _named_next(self, q: _Quote) -> int | None:
        """The person the sentence after the quote's (in the next two lines, past quotes that
        go on) opens on, when that is where they are first named and they have not spoken."""
        toks = self.tokens
        k = q.b + 1
        while k < len(toks) and toks[k].line <= q.line + 3:
            if toks[k].sent != toks[k - 1].sent and toks[k].quote < 0:
                break
            k += 1
        if k >= len(toks) or toks[k].line > q.line + 3 or toks[k].quote >= 0:
            return None
        m = next((self.people.by_token[x] for x in range(k, min(len(toks), k + 3)) if x in self.people.by_token), None)
        if m is None or m.person is None or m.in_quote or m.first - k > (2 if m.title else 0):
            return None
        p = self.people.persons[m.person]
        gender = _role_gender(q.role) if q.role else None
        if self.people.first_seen(m.person, 0 if self.has_title else None) != m.first or (
                gender and p.gender and gender != p.gender):
            return None
        if any(o.speaker == m.person and o.a < q.a for o in self.quotes):
            return None
        if any(w in _KIN_WORDS or w in ("victime", "victim", "habitant", "habitante", "resident")
               for w in p.descriptors()):
            return None  # «Sylviane R., la fille d'une victime»: someone else than «la présidente»
        return m.person

    def _introduced_later_as(self, role: str, pos: int, within: int | None = None) -> int | None:
        """The first person named after ``pos`` whose roles hold the description's office
        (or a strong synonym of it), when exactly one person does (with ``within``: one
        first named after ``pos`` and by that line)."""
        words = {fold(w) for w in re.findall(r"[^\W\d_]+", role)} - {""}
        heads = {w for w in words if w in ROLE_NOUNS}
        if not heads:
            return None
        asked = heads | _role_synonyms(words)
        found: list[int] = []
        start = bisect.bisect_right(self.timeline, (pos, len(self.people.persons), True))
        for tok, pid, _ in self.timeline[start:start + 400]:  # bounded: hostile input stays linear
            if pid in found:
                continue
            if within is not None and (self.tokens[tok].line > within
                                       or self.people.first_seen(pid, 0 if self.has_title else None) <= pos):
                continue
            p = self.people.persons[pid]
            if asked & p.descriptors() and not _other_body(
                    [t for t in tokenize(role)], p.roles):
                found.append(pid)
        return found[0] if len(found) == 1 else None

    def _continuing_verb(self, q: _Quote) -> bool:
        """The quote's own reporting clause says the speaker goes on ("a-t-elle ajouté",
        "poursuit-il", "he added", "Il a ajouté :")."""
        toks = self.tokens
        near = list(range(q.b + 1, min(len(toks), q.b + 6)))
        near += list(range(max(0, q.a - 6), q.a))
        for k in near:
            t = toks[k]
            if t.quote >= 0 or t.line != q.line:
                continue
            low = t.low
            m = _INVERTED.match(low)
            stem = low.split("-")[0] if m else low
            if stem in _CONTINUING:
                return True
        return False

    def _set(self, q: _Quote, cue: _Cue) -> None:
        q.speaker, q.attribution, q.role, q.resolved = cue.pid, cue.attribution, cue.role, True
        q.guessed = cue.guessed
        if cue.pid is None and cue.attribution == "role":
            # an unnamed official speaks: a later pronoun may take them up
            g = self._ghost
            keep = g is not None and g[0] < q.a and self.tokens[q.a].line - self.tokens[g[0]].line <= 1
            self._ghost = (q.a, g[1] if keep and g is not None else _role_gender(cue.role))
        elif cue.pid is None and cue.gender is not None:
            # «…», assure un porte-parole … Il ajoute que «…»: the same unnamed person
            self._ghost = (q.a, cue.gender)
        if cue.pid is not None:
            self._last_speaker = (cue.pid, q.line, q.b)
            self.people.persons[cue.pid].spoke = True
            self._add_timeline(q.a, cue.pid)

    def _share_forward(self) -> None:
        """«A» ainsi que «B», a dit X: A takes B's cue when both sit in one sentence."""
        for i in range(len(self.quotes) - 2, -1, -1):
            q, nxt = self.quotes[i], self.quotes[i + 1]
            if not q.resolved and nxt.resolved and q.line == nxt.line and self._same_sentence(q, nxt) \
                    and nxt.attribution not in ("continuation", "context"):
                q.speaker, q.attribution, q.role, q.resolved = nxt.speaker, nxt.attribution, nxt.role, True

    def _same_sentence(self, q: _Quote, nxt: _Quote) -> bool:
        toks = self.tokens
        for k in range(q.b + 1, nxt.a):
            if toks[k].quote < 0 and toks[k].text in _SENT_END:
                return False
        inner = self.text[q.span.start:q.span.end].rstrip()
        return not inner.endswith((".", "!", "?"))

    def _is_heading(self, q: _Quote) -> bool:
        if q.line == 0 and self.has_title:
            return True
        toks = self.tokens
        line_toks = [t for t in toks[q.a:q.b + 1]]
        before = q.a > 0 and toks[q.a - 1].line == q.line
        after = q.b + 1 < len(toks) and toks[q.b + 1].line == q.line
        return not before and not after and len([t for t in line_toks if t.is_word]) <= 12 \
            and not self.text[q.span.start:q.span.end].rstrip().endswith(".")

    def _short_line(self, q: _Quote) -> bool:
        """The quote sits in a line of a dozen words with no closing full stop: a subheading."""
        return self._is_short_line(q.line)

    def _fallback(self, q: _Quote, index: int) -> None:
        if self._is_heading(q):
            src = self._matching_quote(q, index)
            if src is not None:
                q.speaker, q.attribution, q.resolved = src.speaker, "context", True
                return
            cue = self._headline_subject(q) or self._section_subject(q)
            if cue is not None:
                self._set(q, cue)
                return
            q.attribution = "none"
            return
        lead = self._lead_in_cue(q)
        if lead is not None:
            self._set(q, lead)
            return
        nxt = self.quotes[index + 1] if index + 1 < len(self.quotes) else None
        if (q.span.close is None and nxt is not None and nxt.resolved and nxt.a >= q.b
                and not self.text[q.span.end:nxt.span.open].strip()
                and nxt.attribution in ("named", "pronoun", "role")):
            # a quote left open at the end of its paragraph goes on in the next one, which
            # reopens the marks: both paragraphs are one statement, by the next one's speaker
            self._set(q, _Cue(nxt.speaker, "continuation", nxt.role))
            return
        if self._unnamed_sentence_before(q):
            # "…un voisin, qui préfère taire son nom, se montre plus amer. «…»"
            self._set(q, _Cue(None, "unnamed"))
            return
        opener = self._subject_right_after(q)
        if opener is not None:
            # «Regardez, là, il y avait un banc.» Yannick X pointe un grillage…: a quote opening
            # its paragraph, then a sentence about one person, is that person's
            self._set(q, _Cue(opener, "named"))
            return
        prev = self._previous_quote(index)
        named = self._only_person_just_before(q)
        if named is not None and (prev is None or named != prev.speaker):
            # "Une réponse qui ne satisfait pas X. «…»": a lead-in about one person, as its
            # object, introduces their words
            self._set(q, _Cue(named, "named"))
            return
        if prev is not None:
            newcomer = self._intervening_subject(prev, q)
            if newcomer is not None:
                # «…», a dit X. / Y a ensuite pris la parole. / «…»: the narration moved on to Y
                self._set(q, _Cue(newcomer, "continuation"))
                return
            q.speaker, q.resolved = prev.speaker, True
            q.attribution = "continuation"
            if prev.speaker is not None:
                self._add_timeline(q.a, prev.speaker)
            return
        subject = self._subject_just_before(q)
        if subject is not None:
            # "X, 71 ans, avait les yeux qui brillaient. «…»": the first quote after a sentence
            # about someone is theirs
            self._set(q, _Cue(subject, "named"))
            return
        q.attribution = "none"

    def _headline_subject(self, q: _Quote) -> _Cue | None:
        """"«…» : le procureur requiert trois ans" — a heading quote followed by a colon and
        a clause: the clause's subject (up to its verb) said it."""
        toks = self.tokens
        k = q.b + 1
        if k >= len(toks) or toks[k].text != ":" or toks[k].line != q.line:
            return None
        np, idx = [], []
        j = k + 1
        while j < len(toks) and toks[j].line == q.line and len(np) < 8 and toks[j].quote < 0:
            t = toks[j]
            if not t.is_word and t.text not in "-’'" or (np and self._is_verb(j)) or (
                    np and t.low in self.verbs) or (len(np) > 1 and t.text[:1].islower() and not t.is_role
                                                    and t.low not in _OF and t.low not in _DETS
                                                    and not is_function_word(t.low)):
                break
            np.append(t)
            idx.append(j)
            j += 1
        if len(np) < 2 or np[0].low not in _DETS and j not in self.people.by_token and idx[0] not in self.people.by_token:
            return None
        cue = self._resolve_np(np, q.a, idx)
        return cue if cue is not None and cue.pid is not None else None

    def _unnamed_sentence_before(self, q: _Quote) -> bool:
        """The narrative sentence right before the quote, in its paragraph, has an indefinite
        person as its subject ("À X, un voisin … se montre plus amer.")."""
        toks = self.tokens
        k = q.a - 1
        if k < 0 or toks[k].line != q.line or toks[k].quote >= 0 or toks[k].text not in ".!?:":
            return False
        colon = toks[k].text == ":"
        sent = toks[k].sent
        lo = k
        while lo > 0 and toks[lo - 1].sent == sent and toks[lo - 1].line == q.line:
            lo -= 1
        if any(toks[x].quote >= 0 for x in range(lo, k)):
            return False
        if toks[lo].low in ("selon", "according") or (toks[lo].low == "d'" and lo + 1 < k and toks[lo + 1].low == "apres"):
            return False  # "Selon lui, un exploitant consacre… «…»": the sentence is his account
        # the subject: the first noun phrase after an opening circumstance ("À X, …")
        start = lo
        commas = [x for x in range(lo, min(k, lo + 12)) if toks[x].text == ","]
        if commas and (toks[lo].low not in _UNNAMED_OPENERS or toks[lo + 1].low in _TIME_NOUNS
                       or toks[lo + 1].low == "peu") and not any(
                x in self.people.by_token for x in range(lo, commas[0])):
            start = commas[0] + 1  # (also "Un peu plus loin, une dame âgée…")
        first = toks[start] if start < k else None
        if first is None or first.low not in _UNNAMED_OPENERS:
            return False
        if self._anonymous([toks[x].low for x in range(start, k)]) and not any(
                x in self.people.by_token for x in range(start, k)):
            return True  # "un saisonnier, qui préfère ne pas donner son nom, se montre moins enthousiaste :"
        nxt = toks[start + 1] if start + 1 < k else None
        if nxt is not None and nxt.low in _TIME_NOUNS:
            return False  # "Un an après…", "One day…": time, not a person
        if colon and (nxt is None or not self._unnamed_head(start + 1) or any(
                toks[x].low in PRONOUN_GENDER for x in range(start + 2, k))):
            return False  # "Une réouverture n'est pas exclue, mais il n'y croit guère : «…»"
        # ("Une réponse qui ne satisfait pas X." is about X, not an unnamed person)
        return nxt is not None and (self._unnamed_head(start + 1) or nxt.text[:1].islower() and not any(
            x in self.people.by_token for x in range(start, k))) \
            and not any(x in self.people.by_token and self._is_subject(self.people.by_token[x])
                        for x in range(start, k))

    def _section_source(self, q: _Quote, index: int) -> _Quote | None:
        """The quote of the section under a subheading that the subheading repeats (most of
        its words), else the section's first quote; None when the section quotes nobody."""
        section = []
        for o in self.quotes[index + 1:index + 12]:
            if o.line > q.line + 6 or self._is_heading(o) or self._short_line(o):
                break
            if o.resolved and o.a > q.b:
                section.append(o)
        if not section:
            return None
        mine = _content_words(self.text[q.span.start:q.span.end])
        if mine:
            cover = [(len(mine & _content_words(self.text[o.span.start:o.span.end])) / len(mine), -n)
                     for n, o in enumerate(section)]
            best, n = max(cover)
            if best >= 0.5:
                return section[-n]
        first = section[0]
        return first if first.attribution in ("named", "pronoun", "role", "unnamed", "organization") else None

    def _section_subject(self, q: _Quote) -> _Cue | None:
        """A subheading quote ("‘I said this would happen’") over a paragraph whose first
        sentence has a person as its subject: the section is about what they said."""
        toks = self.tokens
        if q.line == 0 or q.b + 1 >= len(toks):
            return None
        k = q.b + 1
        if toks[k].line == q.line:
            return None
        sent = toks[k].sent
        j = k
        while j < len(toks) and toks[j].sent == sent and j < k + _WINDOW and toks[j].quote < 0:
            m = self.people.by_token.get(j)
            if m is not None and not m.in_quote:
                if not self._is_subject(m):
                    return None
                # only when the section goes on to quote them
                said = any(o.resolved and o.speaker == m.person and q.line < o.line <= q.line + 4
                           for o in self.quotes)
                return _Cue(m.person, "context") if said else None
            j += 1
        return None

    def _subject_just_before(self, q: _Quote) -> int | None:
        """The person standing as the subject of the sentence that ends right before the
        quote, in its paragraph."""
        toks = self.tokens
        k = q.a - 1
        if k < 0 or toks[k].line != q.line or toks[k].text not in ".:" or toks[k].quote >= 0:
            return None
        sent = toks[k].sent
        hi = bisect.bisect_left(self.timeline, (q.a, -1, False))
        for tok, pid, subj in reversed(self.timeline[max(0, hi - 20):hi]):
            if toks[tok].sent != sent:
                break
            if subj and toks[tok].quote < 0:
                return pid
        return None

    def _subject_right_after(self, q: _Quote) -> int | None:
        """The person who opens, as its subject, the sentence right after a quote that opens
        its paragraph and is a sentence of its own."""
        toks = self.tokens
        if q.a >= len(toks) or (q.a > 0 and toks[q.a - 1].line == q.line) or q.b + 1 >= len(toks):
            return None
        k = q.b + 1
        if toks[k].line != q.line or toks[q.b - 1].text not in (".", "!", "?", "…") or toks[k].quote >= 0:
            return None  # (the quote ends its sentence: «…, a dit X» is another matter)
        m = self.people.by_token.get(k)
        if m is None:
            # «…» Lundi matin, devant sa stabulation, Jean-Marc X, 54 ans, peine…: past an opening
            # circumstance (no verb before the name, a comma right before it)
            x = k
            while x < len(toks) and x < k + 20 and toks[x].sent == toks[k].sent and x not in self.people.by_token:
                if self._is_verb(x) or toks[x].quote >= 0:
                    return None
                x += 1
            m = self.people.by_token.get(x)
            if m is None or m.first != x or toks[x - 1].text != ",":
                return None
            k = x
        if m.first != k or m.person is None:
            return None
        j = m.last
        if j < len(toks) and toks[j].text == ",":
            end = self._apposition_end(m)  # "Patrice X, délégué syndical depuis douze ans, a encore…"
            if end is not None and end > j and end + 1 < len(toks) and toks[end].text == "," \
                    and toks[end + 1].sent == toks[k].sent:
                j = end + 1
            elif j + 2 < len(toks) and toks[j + 1].text[:1].isdigit():
                c = next((x for x in range(j + 2, min(len(toks), j + 6)) if toks[x].text == ","), None)
                if c is not None:
                    j = c + 1  # "Jean-Marc X, 54 ans, peine…"
        if j + 2 < len(toks) and toks[j].text == "(":
            close = next((x for x in range(j + 1, min(len(toks), j + 6)) if toks[x].text == ")"), None)
            if close is not None:
                j = close + 1  # "Sandra (38 ans) a encore la voix qui tremble"
            elif not self._is_subject(m):
                return None
        elif not self._is_subject(m):
            return None
        return m.person if j < len(toks) and toks[j].is_word and toks[j].text[:1].islower() else None

    def _only_person_just_before(self, q: _Quote) -> int | None:
        """The one person named in the sentence that ends right before the quote, in its
        paragraph, when nobody stands as that sentence's subject."""
        toks = self.tokens
        k = q.a - 1
        if k < 0 or toks[k].text not in ".:" or toks[k].quote >= 0:
            return None
        if toks[k].line != q.line:
            # the quote opens its paragraph: the previous one may be that lead-in, when it is
            # a single narrative sentence ("For shearing contractor X, who…, the slump hits.")
            first = k
            while first > 0 and toks[first - 1].line == toks[k].line:
                first -= 1
            if toks[first].sent != toks[k].sent or toks[k].line < q.line - 2:
                return None
        sent = toks[k].sent
        hi = bisect.bisect_left(self.timeline, (q.a, -1, False))
        found = set()
        for tok, pid, subj in reversed(self.timeline[max(0, hi - 20):hi]):
            if toks[tok].sent != sent:
                break
            if subj or toks[tok].quote >= 0:
                return None
            found.add(pid)
        lo = k
        while lo > 0 and toks[lo - 1].sent == sent:
            lo -= 1
        if lo + 1 < k and toks[lo].low in _DETS and (toks[lo + 1].is_role or toks[lo + 1].low in PERSON_NOUNS):
            return None  # "Le résident de Clarence Creek affirme…": a described subject
        opener = toks[lo].low in ("selon", "according", "pour", "for", "d'")
        if opener and found and lo + 1 < k:
            # «Pour X, …» / "For contractor X, who…": the opener's own person is the view's holder
            m = next((self.people.by_token[x] for x in range(lo + 1, min(k, lo + 6)) if x in self.people.by_token), None)
            opener = m is None or m.person not in found or any(
                toks[x].text == "," for x in range(lo, m.first))
        if len(found) != 1 or opener or any(
                toks[x].quote >= 0 or toks[x].low in _SUBJECT_PRONOUNS and not (
                    toks[x].low in ("il", "it") and toks[x + 1].low in _IMPERSONAL)  # ("Il y avait…")
                for x in range(lo, k)):
            # ("Selon l'entraîneur, l'influence de X…": the view of someone else)
            return None
        return found.pop()

    def _intervening_subject(self, prev: _Quote, q: _Quote) -> int | None:
        """The latest person other than ``prev``'s speaker standing as the subject of a
        narrative sentence between the two quotes (after ``prev``'s own sentence)."""
        toks = self.tokens
        if prev.b + 1 >= len(toks):
            return None
        prev_sent = toks[prev.b].sent if prev.b < len(toks) else toks[-1].sent
        lo = bisect.bisect_right(self.timeline, (prev.b, len(self.people.persons), True))
        hi = bisect.bisect_left(self.timeline, (q.a, -1, False))
        for tok, pid, subj in reversed(self.timeline[lo:hi]):
            t = toks[tok]
            if not subj or t.quote >= 0 or t.sent <= prev_sent or t.sent == toks[q.a].sent:
                continue
            if pid == prev.speaker:
                return None  # the narration is still about the speaker
            words = [x for x in toks[max(0, tok - 10):tok + 40] if x.sent == t.sent and x.is_word]
            if len(words) < 5 or not any(x.text[0].islower() for x in words):
                continue  # a caption or a name line, not a narrative clause
            return pid
        return None

    def _lead_in_cue(self, q: _Quote) -> _Cue | None:
        """A paragraph-opening quote after "She said that she wished to urge…" (no quote there)."""
        toks = self.tokens
        if q.a == 0 or toks[q.a - 1].line == q.line:
            return None
        k = q.a - 1
        sent = toks[k].sent
        win = []
        while k >= 0 and toks[k].sent == sent and k >= q.a - _WINDOW:
            if toks[k].quote >= 0:
                return None  # the previous paragraph ends with a quote: a continuation
            win.append(k)
            k -= 1
        win.reverse()
        for i, k in enumerate(win):
            if self._is_verb(k) and toks[k].low not in self.speech_nouns:
                g = self._inverted_gender(k)
                if g:
                    return self._pronoun(g, q.a)
                cue = self._subject_before(win[:i], q.a)
                if cue is not None and cue.pid is not None:
                    return cue
                return None
        return None

    def _previous_quote(self, idx: int) -> _Quote | None:
        q = self.quotes[idx]
        for p in reversed(self.quotes[max(0, idx - 50):idx]):
            if not p.resolved or self._is_heading(p):
                continue
            lines_between = q.line - p.line
            if lines_between <= 6:
                return p
            return None
        return None

    def _matching_quote(self, q: _Quote, index: int) -> _Quote | None:
        """The body quote a headline/subheading repeats (most of its words, any order)."""
        mine = _content_words(self.text[q.span.start:q.span.end])
        if not mine:
            return None
        best, best_cov = None, 0.0
        for other in self.quotes[max(0, index - 50):index + 50]:
            if other is q or not other.resolved or self._is_heading(other):
                continue
            theirs = _content_words(self.text[other.span.start:other.span.end])
            cov = len(mine & theirs) / len(mine)
            if cov > best_cov:
                best, best_cov = other, cov
        return best if best_cov >= 0.6 else None

    def _partial(self, q: _Quote) -> bool:
        toks = self.tokens
        if self._is_fragment(q.a):
            return True
        k = q.b + 1
        inner = self.text[q.span.start:q.span.end].rstrip()
        if q.span.close is None or k >= len(toks) or toks[k].line != q.line:
            return False
        nxt = toks[k]
        words = inner.split()
        if (nxt.is_word and nxt.text[0].islower() and not self._is_verb(k) and len(words) <= 12
                and not re.search(r"[.!?,;:…]", inner) and nxt.low not in PRONOUN_GENDER
                and self.text[q.span.close + 1:nxt.start].strip() == ""):
            return True
        return False

    # -- output ---------------------------------------------------------------------------
    def result(self) -> ExtractionResult:
        quotes: list[FoundQuote] = []
        for q in self.quotes:
            name = self.people.persons[q.speaker].name if q.speaker is not None else None
            attribution = q.attribution if q.attribution in ATTRIBUTIONS else "none"
            quotes.append(FoundQuote(self.text[q.span.start:q.span.end], q.span.start, q.span.end, name,
                                     q.partial, attribution, q.role, q.pull))
        speakers = {q.speaker for q in self.quotes if q.speaker is not None}
        by_person: dict[int, list[Mention]] = {}
        for m in self.people.mentions:
            if m.person is not None and not m.in_quote:
                by_person.setdefault(m.person, []).append(m)
        quoted_only = {m.person for m in self.people.mentions
                       if m.person is not None and m.in_quote and self._credible_in_quote(m)}
        people, mentioned = [], []
        for p in self.people.persons:
            if p.pid in speakers:
                people.append(self._found_person(p, by_person.get(p.pid, [])))
            elif p.pid in by_person or p.pid in quoted_only:
                # names said only inside someone's quote are mentioned people too
                mentioned.append(self._found_person(p, by_person.get(p.pid, [])))
        return ExtractionResult(self.lang, quotes, people, mentioned)

    def _title_case(self, q: int) -> bool:
        """Most words of quote ``q`` capitalised (computed once per quote)."""
        if q not in self._title_case_cache:
            words = self.text[self.quotes[q].span.start:self.quotes[q].span.end].split()
            self._title_case_cache[q] = bool(words) and sum(w[0].isupper() for w in words) / len(words) > 0.6
        return self._title_case_cache[q]

    def _credible_in_quote(self, m: Mention) -> bool:
        """A name inside a quote counts as a mentioned person only on firm evidence."""
        if m.first in self.scare:
            return False  # «Yewwi Askan Wi»: a name in scare quotes, not a person
        q = self.tokens[m.first].quote
        if q >= 0 and self._title_case(q):
            return False  # a title-case headline quote: capitals say nothing
        return len(m.words) >= 2 or m.title in ("m", "mr", "mrs", "ms", "mme", "madame", "monsieur")

    def _found_person(self, p: Person, mentions: list[Mention]) -> FoundPerson:
        name = p.name
        if len(name.split()) == 1:
            # only a surname: keep the civil title the text uses ("Madame Rivoire")
            titled = next((m for m in self.people.mentions if m.person == p.pid and m.title in _CIVIL), None)
            if titled is not None:
                k = titled.first - 1 - (self.tokens[titled.first - 1].text == ".")
                name = self.text[self.tokens[k].start:self.tokens[titled.last - 1].end]
        aliases: list[str] = []
        for m in mentions:
            form = m.text
            if m.title:
                t = self.tokens[m.first - 1]
                k = m.first - 1 if t.text != "." else m.first - 2
                form = self.text[self.tokens[k].start:self.tokens[m.last - 1].end]
            if form != name and form not in aliases:
                aliases.append(form)
        for a in p.aliases:
            if a not in aliases and a != name:
                aliases.append(a)
        return FoundPerson(name, aliases, list(p.roles), p.nationality, p.gender, _organisation(p.roles))



_OF = frozenset({"de", "du", "des", "d'", "of", "for", "at", "à", "au", "aux", "in"})
_EPICENE = frozenset(fold(w) for w in """victime personne star vedette recrue témoin médecin juge ministre
secrétaire responsable porte-parole membre élève enfant jeune artiste chef""".split())
_TIME_NOUNS = frozenset(fold(w) for w in """an ans année jour jours mois semaine heure heures fois peu moment
instant soir matin midi week-end weekend year years day days week weeks month months hour hours time moment while""".split())
_RANK_MODIFIERS = frozenset(fold(w) for w in """former senior new acting deputy chief assistant interim then
ex vice first second head associate principal ancien ancienne nouveau nouvelle""".split())
_QUANTITY_NOUNS = frozenset(fold(w) for w in """dizaine douzaine quinzaine vingtaine trentaine quarantaine
cinquantaine centaine centaines milliers poignée majorité minorité partie groupe foule dozen handful
group number majority minority crowd""".split())
_ANSWER_NOUNS = frozenset(fold(w) for w in """explanation answer reply response message verdict advice words
motto reasoning réponse explication message conseil verdict mot devise credo leitmotiv""".split())
_ANONYMITY = frozenset({"not", "declined", "refused", "asked", "wished", "wish"})
_MASCULINE_ENDINGS = ("ien", "eur", "ier", "ais", "ois", "ain", "ant", "if", "el")
_KIN_WORDS = frozenset(fold(w) for w in """fille fils mère père épouse mari femme sœur soeur frère veuve veuf
daughter son mother father wife husband sister brother widow""".split())
_FORMER = frozenset({"ancien", "ancienne", "former", "ex", "nouveau", "nouvelle", "new", "futur", "future"})
_UNNAMED_OPENERS = frozenset({"un", "une", "a", "an", "another", "one"})
_AUXILIARIES = frozenset({"a", "ont", "est", "sont", "avait", "avaient", "has", "had", "have", "is", "was", "were"})
_CROWD_NOUNS = frozenset(fold(w) for w in """pancarte pancartes banderole banderoles slogan slogans cris chants
scandant scandaient graffiti tags""".split())
_ADVERBIAL_HEADS = frozenset(fold(w) for w in """lors sur dans devant en après avant depuis pendant face
mardi lundi mercredi jeudi vendredi samedi dimanche hier ce cette""".split())
_SINGULAR_DETS = frozenset({"le", "la", "l'", "the", "ce", "cette", "cet"})
_DEMONYM = re.compile(r"(?:ien|ienne|ais|aise|ois|oise|ain|aine|an|ane|in|ine|ard|arde|een|eenne|ote|ese|que|i|yer|yère"
                      r"|shman|shwoman|chman|chwoman|tsman|tswoman)$")
# singular heads that stand for a group or a side, not one person ("a dénoncé la gauche")
_COLLECTIVE = frozenset(fold(w) for w in """gauche droite opposition majorité minorité défense accusation
foule public assistance salle camp entourage famille clan base rue presse exécutif pouvoir régime
tribune peuple population jury délégation direction partie side crowd family camp public opposition
majority minority prosecution defence defense audience jury delegation management government
administration""".split())


def _bodies(words: list[str]) -> set[str]:
    """Capitalised words after "de/of" in a role: the body it belongs to."""
    out: set[str] = set()
    after = False
    # "England head coach", "Wales head coach": capitalised words qualifying the role before it
    role_at = next((i for i, w in enumerate(words) if fold(w) in ROLE_NOUNS), None)
    for w in words[:role_at or 0]:
        low = fold(w)
        if w[:1].isupper() and low not in _RANK_MODIFIERS and low not in _DETS:
            out.add(low)
    for w in words:
        low = fold(w)
        if low in ("de", "du", "des", "d'", "d", "of", "l'", "l", "la", "le", "the"):
            after = after or low in ("de", "du", "des", "d'", "d", "of")
            continue
        if after and w[:1].isupper():
            out.add(low)
        elif after and not w[:1].isupper():
            after = False
    return out


def _other_body(content: list[Token], roles: list[str]) -> bool:
    """The description names a body, and each of the person's roles names another one."""
    mine = _bodies([w for t in content for w in re.findall(r"[^\W\d_]+", t.text)])
    if not mine:
        return False
    theirs = [_bodies(re.findall(r"[^\W\d_]+", r)) for r in roles]
    theirs = [b for b in theirs if b]
    return bool(theirs) and all(not (mine & b) for b in theirs)


def _np_gender(np: list[Token]) -> str | None:
    """Gender of a French role description from its determiner ("le préfet", "la juge")."""
    if not np:
        return None
    d = np[0].low
    if d in ("le", "un", "ce", "cet"):
        return "m"
    if d in ("la", "une", "cette"):
        return "f"
    return None


def _has_feminine(noun: str) -> bool:
    """Whether a (folded) French role noun has a distinct feminine form in the lexicon."""
    if noun.endswith("e"):
        return False
    forms = {noun + "e", noun + "te", noun + "ne", noun[:-3] + "rice" if noun.endswith("eur") else "",
             noun[:-2] + "ere" if noun.endswith("er") else "", noun[:-3] + "euse" if noun.endswith("eur") else ""}
    return any(f and f in ROLE_NOUNS for f in forms)


def _noun_gender(noun: str) -> str | None:
    """Sex of a (folded) French person noun that has both forms: «adjointe», «élue», «directrice»
    are women, «adjoint», «directeur» men; «juge», «ministre» say nothing."""
    known = ROLE_NOUNS | PERSON_NOUNS
    # (only endings where the «-e» marks a woman: not «analyste», «architecte», «ministre»)
    stems = [noun[:-1]] if noun.endswith(("ee", "ue", "nte", "ate", "ine", "ande", "arde", "aise", "oise")) else []
    for fem, masc in (("trice", "teur"), ("euse", "eur"), ("iere", "ier"), ("ere", "er"), ("ienne", "ien"),
                      ("enne", "en"), ("esse", "e")):
        if noun.endswith(fem):
            stems.append(noun[:-len(fem)] + masc)
    if any(st in known and st != noun for st in stems):
        return "f"
    if _has_feminine(noun):
        return "m"
    return None


def _role_gender(role: str | None) -> str | None:
    if not role:
        return None
    w = fold(role.split()[0])
    if w.endswith(("trice", "iere", "euse", "ienne", "esse")):
        return "f"
    return None


def _head(content: list[Token]) -> Token | None:
    """Head noun of a noun phrase: its last word before a complement ("X of Y", "X de Y")."""
    words = [t for t in content if t.is_word and t.low != "'s"]
    for i, t in enumerate(words):
        if t.low in _OF:
            return words[i - 1] if i else None
    return words[-1] if words else None


_ORG_OF = re.compile(r"\b(?:de la|de l['’]|du|des|de|d['’]|of the|of|at|for)\s*([A-ZÀ-Ý][^,;()]*)$")


def _organisation(roles: list[str]) -> str | None:
    """The body a role belongs to: "secrétaire général de l’OTAN" → "OTAN"."""
    for role in roles:
        m = _ORG_OF.search(role)
        if m:
            body = m.group(1).strip()
            words = body.split()
            if len(words) <= 4 and not any(is_role_word(w) for w in words):
                return body
    return None


_SYNONYM_GROUPS = [frozenset(fold(w) for w in g.split()) for g in (
    "président présidente president chef-de-l'état head-of-state roi reine king queen monarque",
    "premier-ministre première-ministre prime-minister premier chef-du-gouvernement head-of-government "
    "chancelier chancelière chancellor",
    # («l'élu» takes up any elected official; «le maire» only a mayor under another name)
    "élu élue maire mairesse bourgmestre mayeur édile premier-magistrat première-magistrate syndic syndique mayor",
    "élu élue député députée sénateur sénatrice lawmaker legislator mp senator congressman congresswoman",
    "élu élue conseiller conseillère councillor",
    "magistrat magistrate juge judge procureur procureure prosecutor justice",
    "entraîneur entraîneuse coach sélectionneur sélectionneuse manager technicien",
    "patron patronne directeur directrice pdg dg ceo boss chief chef cheffe dirigeant dirigeante",
    "avocat avocate lawyer attorney counsel conseil",
    "porte-parole spokesman spokeswoman spokesperson",
    "syndicaliste délégué-syndical déléguée-syndicale représentant-syndical représentante-syndicale "
    "secrétaire-syndical unionist union-official shop-steward",
    "pca président-du-conseil-d'administration présidente-du-conseil-d'administration chairman chairwoman "
    "chairperson",
    "créateur créatrice showrunner showrunneuse scénariste auteur autrice creator writer",
    "garde-des-sceaux ministre-de-la-justice justice-minister",
    "ministre minister conseiller-d'état conseillère-d'état secrétaire-d'état cabinet-secretary "
    "mec commissaire-du-gouvernement chef-du-département cheffe-du-département chef-de-département",
)]


def _role_synonyms(words: set[str], many_words: bool = False) -> set[str]:
    """Words of the offices that ``words`` (a role's folded words) may designate, in general
    news usage; a hyphenated entry ("chef-de-l'état") needs all its content words."""
    out: set[str] = set()
    for group in _SYNONYM_GROUPS:
        for entry in group:
            parts = [x for x in re.split(r"[-']", entry) if len(x) > 2 and not is_function_word(x)]
            if many_words and len(parts) < 2:
                continue
            if parts and all(x in words for x in parts) and (len(parts) > 1 or parts[0] not in _WEAK_HEADS):
                # single-word names of the office only: "ministre" alone would match any minister
                out.update(e for e in group if "-" not in e and e not in _WEAK_HEADS)
                break
    return out


_WEAK_HEADS = frozenset({"chef", "chief", "conseil", "etat", "state", "gouvernement", "government", "head"})


def _compound_synonyms(words: set[str]) -> list[set[str]]:
    """The many-word names of the offices ``words`` may designate, as sets of content words
    ("la ministre" → {"conseillere", "etat"} for a Swiss «conseillère d'État»)."""
    out: list[set[str]] = []
    for group in _SYNONYM_GROUPS:
        if not any(w in group for w in words if w not in _WEAK_HEADS):
            continue
        for entry in group:
            parts = {x for x in re.split(r"[-']", entry) if len(x) > 2 and not is_function_word(x)}
            if len(parts) > 1:
                out.append(parts)
    return out


def _norm_words(text: str) -> str:
    """Folded words joined by single spaces, padded, for "these words occur in that quote"."""
    words = re.findall(r"[^\W_]+", fold(text))
    return " " + " ".join(words) + " " if words else ""


def _content_words(text: str) -> set[str]:
    return {fold(w) for w in re.findall(r"[^\W\d_]{3,}", text)}


def extract(text: str, language: str | None = None) -> ExtractionResult:
    """Quotes, speakers and people of ``text`` (an article file, or any plain text).

    ``language`` is ``"fr"``/``"en"``; anything else (or None) detects it.
    """
    if not isinstance(text, str):
        raise TypeError("extract() needs a str")
    lang = language if language in ("fr", "en") else detect_language(text)
    article = _Article(text, lang)
    article.attribute()
    return article.result()
