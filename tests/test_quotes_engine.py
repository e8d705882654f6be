"""Behaviour of the quote-and-speaker engine (pure Python, no Django, no database)."""
from __future__ import annotations

import time
from pathlib import Path

import pytest

from articles.quotes import extract
from articles.quotes.marks import find_spans

ROOT = Path(__file__).resolve().parents[1]
SEED = "000_c6f0427d67716bc5.txt"


def _seed_text() -> str:
    """The seed article, from the project's fixtures or the shared folder."""
    for base in (ROOT / "fixtures" / "source", ROOT.parent / "shared" / "seeds"):
        path = base / SEED
        if path.exists():
            return path.read_text(encoding="utf-8")
    pytest.skip("seed article not available")


def _quotes(text: str, language: str | None = None):
    return extract(text, language).quotes


def _by_text(text: str, language: str | None = None) -> dict[str, object]:
    return {q.text: q for q in _quotes(text, language)}


# --- spans -------------------------------------------------------------------------------

def test_offsets_slice_the_input_without_marks_or_french_inner_spaces():
    text = "date 2024-01 Titre\n\nIl a dit : « Nous restons\u202fprudents »,\u00a0puis a ajouté « encore »."
    for q in _quotes(text):
        assert text[q.start:q.end] == q.text
        assert not q.text[0].isspace() and not q.text[-1].isspace()
    assert [q.text for q in _quotes(text)] == ["Nous restons\u202fprudents", "encore"]


def test_all_mark_styles_are_found():
    text = ("A dit «un» puis “deux” puis \"trois\" puis ‹quatre› puis ‘cinq’ puis 'six'.")
    assert [s for s in (text[sp.start:sp.end] for sp in find_spans(text))] == [
        "un", "deux", "trois", "quatre", "cinq", "six"]


def test_apostrophes_are_not_quote_marks():
    text = "Aujourd'hui l'OTAN n'a pas dit qu'il viendrait. It’s the boss’s call, isn’t it?"
    assert find_spans(text) == []


def test_single_quotes_with_inner_apostrophes():
    text = "He asked ‘why haven’t you acted now?’ and left. She said 'I don't know' twice."
    assert [text[s.start:s.end] for s in find_spans(text)] == ["why haven’t you acted now?", "I don't know"]


def test_nested_quotes_stay_inside_the_outer_span():
    text = "« Il m'a dit “pas question” puis « jamais » », a déclaré Paul Girard."
    (q,) = _quotes(text)
    assert q.text == "Il m'a dit “pas question” puis « jamais »"
    assert q.speaker == "Paul Girard"


def test_unclosed_quote_ends_at_paragraph_end():
    text = "Anna Weber a déclaré : « Nous partirons demain\n\nLe reste suit."
    (q,) = _quotes(text)
    assert q.text == "Nous partirons demain"
    assert q.speaker == "Anna Weber"


def test_multi_paragraph_quote_becomes_one_quote_per_paragraph_with_one_speaker():
    text = ('"We will win this," said Tom Baker.\n\n"First we rebuild the team.\n\n'
            '"Then we go for the title."\n\nThe club declined to comment.')
    qs = _quotes(text, "en")
    assert [q.text for q in qs] == ["We will win this,", "First we rebuild the team.", "Then we go for the title."]
    assert {q.speaker for q in qs} == {"Tom Baker"}
    assert [q.attribution for q in qs[1:]] == ["continuation", "continuation"]


def test_quotes_in_the_title_line_count_with_whole_text_offsets():
    text = " date 2023-05 Lucie Moreau : «Je reste» \n\nLucie Moreau ne démissionnera pas. «Je reste», a-t-elle dit."
    qs = _quotes(text)
    assert text[qs[0].start:qs[0].end] == "Je reste"
    assert qs[0].start < text.index("\n")
    assert qs[0].speaker == "Lucie Moreau"


# --- attribution ---------------------------------------------------------------------------

def test_inverted_pronoun_goes_to_the_last_person_of_that_gender():
    text = ("Marc Dupuis a ouvert la séance. La députée Sophie Lambert l'a interrompu. "
            "« Ce texte est dangereux », a-t-elle lancé.")
    (q,) = _quotes(text)
    assert q.speaker == "Sophie Lambert" and q.attribution == "pronoun"


def test_feminine_pronoun_does_not_go_to_a_man_named_after_her():
    text = ("La ministre Claire Fournier est arrivée tôt. Elle a croisé M. Pierre Blanc dans le couloir. "
            "« Nous tiendrons nos engagements », a-t-elle assuré.")
    (q,) = _quotes(text)
    assert q.speaker == "Claire Fournier"


def test_selon_lui_and_selon_name():
    text = ("Le directeur Jacques Morel a pris la parole. Selon lui, « rien n'est joué ». "
            "Selon Hélène Roux, « tout reste possible ».")
    qs = _by_text(text)
    assert qs["rien n'est joué"].speaker == "Jacques Morel"
    assert qs["rien n'est joué"].attribution == "pronoun"
    assert qs["tout reste possible"].speaker == "Hélène Roux"


def test_role_description_resolves_to_the_person_introduced_with_that_role():
    text = ("Le secrétaire général de l'ONU, le Portugais Rui Costa, s'est exprimé lundi. "
            "« La paix est possible », a affirmé le secrétaire général. "
            "« Il faut agir vite », a ajouté le Portugais.")
    qs = _quotes(text)
    assert [q.speaker for q in qs] == ["Rui Costa", "Rui Costa"]
    assert [q.attribution for q in qs] == ["role", "role"]
    (person,) = extract(text).people
    assert person.nationality == "Portugais"
    assert any("secrétaire général de l'ONU" in r for r in person.roles)


def test_role_reply_goes_to_the_other_person_not_the_last_speaker():
    text = ("Le président du tribunal, Henri Vidal, a ouvert l'audience face au ministre Luc Perrin. "
            "« Vous avez la parole », lui a dit le président Henri Vidal. "
            "« Je n'ai rien à cacher », lui a répondu le ministre.")
    qs = _by_text(text)
    assert qs["Vous avez la parole"].speaker == "Henri Vidal"
    assert qs["Je n'ai rien à cacher"].speaker == "Luc Perrin"


def test_english_said_patterns_and_continuation():
    text = ('Prime Minister Sarah Collins spoke on Monday. "We are ready," she said. '
            '"Nobody should doubt it."\n\n"This is a great day," said Collins.')
    qs = _quotes(text, "en")
    assert [q.speaker for q in qs] == ["Sarah Collins"] * 3
    assert [q.attribution for q in qs] == ["pronoun", "continuation", "named"]


def test_he_said_after_a_woman_goes_to_the_man():
    text = ('Ms Alice Grant met Mr Robert Hale on Tuesday. Later Hale spoke to reporters. '
            '"It went well," he said.')
    (q,) = _quotes(text, "en")
    assert q.speaker == "Robert Hale"


def test_unnamed_and_organisation_speakers_are_not_guessed():
    text = ("Paul Marchand a quitté la réunion. Dans l'entourage du club, on assure qu'« aucune décision n'est prise ». "
            "« Le dossier est clos », a indiqué le ministère dans un communiqué.")
    qs = _by_text(text)
    assert qs["aucune décision n'est prise"].speaker is None
    assert qs["aucune décision n'est prise"].attribution == "unnamed"
    assert qs["Le dossier est clos"].speaker is None
    assert qs["Le dossier est clos"].attribution == "organization"


def test_newspaper_name_in_marks_is_not_a_quote_and_is_an_organisation_speaker():
    text = ("Le projet est « une erreur historique », a relevé la « Süddeutsche Zeitung » mardi. "
            "La coalition « Nouvel Élan » manifestera.")
    qs = _quotes(text)
    assert [q.text for q in qs] == ["une erreur historique"]
    assert qs[0].speaker is None and qs[0].attribution == "organization"


def test_scare_quote_term_nobody_says_is_not_a_quote():
    text = "Le pays traverse une « crise sans fin » depuis deux ans, et les prix montent."
    assert _quotes(text) == []


def test_fragment_is_partial_and_split_statement_is_not():
    text = ("Le maire Louis Caron a dénoncé une « faute grave ». "
            "« Je n'ai rien signé », a répondu le maire, « et je ne signerai rien ».")
    qs = _by_text(text)
    assert qs["faute grave"].partial is True
    assert qs["Je n'ai rien signé"].partial is False
    assert qs["et je ne signerai rien"].partial is False
    assert {q.speaker for q in qs.values()} == {"Louis Caron"}


def test_attribution_inside_the_marks():
    text = "« Nous, dit le syndicaliste Marc Olivier, porte-parole de la CGT, refusons ce texte. »"
    (q,) = _quotes(text)
    assert q.speaker == "Marc Olivier"
    assert q.speaker_role == "porte-parole de la CGT"


def test_pull_quote_followed_by_a_bare_name_line():
    text = ("« Nous ne céderons pas sur les salaires. »\n\nNadia Keller, présidente du syndicat\n\n"
            "Le syndicat a publié un communiqué.")
    (q,) = _quotes(text)
    assert q.pull_quote is True and q.attribution == "pull_quote"
    assert q.speaker == "Nadia Keller"
    assert q.speaker_role == "présidente du syndicat"


def test_subheading_quote_takes_the_speaker_of_the_body_quote_it_repeats():
    text = ("« Le calme avant tout »\n\n« Nous voulons le calme avant tout, dit Pierre Aubry. "
            "Personne ne gagnera à la violence. »")
    qs = _quotes(text)
    assert qs[0].attribution == "context" and qs[0].speaker == "Pierre Aubry"


def test_surname_first_name_is_merged_and_reordered():
    text = ("Selon le porte-parole, le ministre Touré Konan Bruno, le budget est « une étape ». "
            "« Nous investirons », a expliqué le ministre Touré Bruno.")
    result = extract(text)
    assert {q.speaker for q in result.quotes} == {"Bruno Konan Touré"}
    assert len(result.people) == 1


def test_name_forms_merge_into_one_person_with_aliases():
    text = ("Jens Berg, chef de l'agence, a parlé. « Nous agirons », a déclaré M. Berg. "
            "« Vite », a ajouté Berg. Le Norvégien a conclu : « Merci ».")
    result = extract(text)
    (person,) = result.people
    assert person.name == "Jens Berg"
    assert {"M. Berg", "Berg"} <= set(person.aliases)
    assert person.gender == "m"
    assert person.nationality == "Norvégien"
    assert {q.speaker for q in result.quotes} == {"Jens Berg"}


def test_places_and_organisations_never_become_people():
    text = ("« Nous sommes prêts », a déclaré la Commission européenne à Bruxelles. "
            "La Banque de France a ajouté : « Rien ne presse ».")
    result = extract(text)
    assert result.people == []
    assert all(q.speaker is None for q in result.quotes)


def test_language_detection():
    assert extract("Le ministre a dit que la situation est grave et que les prix montent.").language == "fr"
    assert extract("The minister said that the situation is serious and that prices are rising.").language == "en"


# --- the seed article ----------------------------------------------------------------------

def test_seed_article_quotes_and_speaker():
    text = _seed_text()
    result = extract(text)
    assert result.language == "fr"
    assert len(result.quotes) == 12
    assert all(text[q.start:q.end] == q.text for q in result.quotes)
    assert {q.speaker for q in result.quotes} == {"Jens Stoltenberg"}
    partial = {q.text for q in result.quotes if q.partial}
    assert partial == {"ses plans de défense", "l’envoi d’éléments",
                       next(q.text for q in result.quotes if q.text.startswith("n’a pas de troupes"))}
    by_start = {q.text[:20]: q for q in result.quotes}
    assert by_start["ses plans de défense"].attribution == "role"
    assert any(q.attribution == "pronoun" for q in result.quotes)
    assert sum(q.attribution == "continuation" for q in result.quotes) >= 3
    (pull,) = [q for q in result.quotes if q.pull_quote]
    assert pull.text.startswith("La Russie mène") and pull.speaker_role == "secrétaire général de l’OTAN"
    (person,) = result.people
    assert person.name == "Jens Stoltenberg"
    assert {"chef de l’OTAN", "secrétaire général de l’OTAN"} <= set(person.roles)
    assert person.nationality == "Norvégien"


# --- robustness ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "", " ", "\n\n", "date", "date unknown", "«", "»", "\"", "'", "« »", "“”", "M.", "Mme", "-t-il",
    "«a», " * 50, "\x00\ufeff«\u202f»", "a-t-elle a-t-il s'est-elle", "Selon", "according to",
])
def test_never_crashes_and_offsets_hold(text):
    for q in extract(text).quotes:
        assert text[q.start:q.end] == q.text


@pytest.mark.parametrize("text", [
    "«" * 100_000,
    "« mot " * 20_000,
    "x" * 10_000 + " «" + "y " * 5_000,
    "l'a 'b " * 20_000,
    "«a», " * 10_000,
    "Jean " * 20_000,
    'a "b ' * 20_000,
])
def test_hostile_input_stays_fast(text):
    started = time.perf_counter()
    extract(text)
    assert time.perf_counter() - started < 5
