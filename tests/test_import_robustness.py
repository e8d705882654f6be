"""Anything a file system can hold: the importer refuses or imports, never crashes, stays linear."""
import io
import os
import sys
import time
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articles.importing import MAX_FILE_BYTES, TextImportError, decode_bytes, parse_article, parse_source
from articles.models import Article

ROOT = Path(__file__).resolve().parent.parent
GOOD = "date 2024-05 Vote au Conseil\n\nLe chapeau.\n\n«Nous voterons», a déclaré Anne Roux.\n"


def test_directories_globs_and_stdin(tmp_path, db, monkeypatch):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "un.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "a" / "b" / "deux.txt").write_text(GOOD.replace("Vote", "Débat"), encoding="utf-8")
    call_command("import_articles", str(tmp_path / "a"), verbosity=0)
    assert Article.objects.count() == 2
    (tmp_path / "trois.txt").write_text(GOOD.replace("Vote", "Scrutin"), encoding="utf-8")
    call_command("import_articles", str(tmp_path / "*.txt"), verbosity=0)
    assert Article.objects.count() == 3
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(GOOD.replace("Vote", "Référendum").encode())))
    call_command("import_articles", "-", verbosity=0)
    assert Article.objects.filter(headline="Référendum au Conseil").exists()


def test_symlink_out_of_the_tree_is_refused(tmp_path, db, capsys):
    outside = tmp_path / "secret.txt"
    outside.write_text(GOOD, encoding="utf-8")
    tree = tmp_path / "depeches"
    tree.mkdir()
    (tree / "lien.txt").symlink_to(outside)
    with pytest.raises(CommandError):
        call_command("import_articles", str(tree), verbosity=0)
    assert "lien symbolique" in capsys.readouterr().err and not Article.objects.exists()


def test_size_cap_and_unreadable_file(tmp_path, db, capsys):
    big = tmp_path / "gros.txt"
    big.write_bytes(b"date 2024-05 Titre\n\n" + b"a" * (MAX_FILE_BYTES + 1))
    with pytest.raises(CommandError):
        call_command("import_articles", str(big), str(tmp_path / "absent.txt"), verbosity=0)
    err = capsys.readouterr().err
    assert f"{big}: fichier trop grand" in err
    assert f"{tmp_path / 'absent.txt'}: lecture impossible" in err
    assert not Article.objects.exists()


def test_bom_and_crlf_are_accepted():
    parsed = parse_article(decode_bytes(("\ufeff" + GOOD).replace("\n", "\r\n").encode("utf-8"), "x.txt"), "x.txt")
    assert parsed.headline == "Vote au Conseil" and parsed.quotes[0].quote.text == "Nous voterons"


def test_date_unknown_and_no_date_line():
    parsed = parse_article("date unknown Un titre\n\nChapeau.\n\nTexte.", "x.txt")
    assert parsed.dateline is None and parsed.headline == "Un titre"
    parsed = parse_article("Un titre sans date\n\nChapeau.\n\nTexte.", "x.txt")
    assert parsed.dateline is None and parsed.headline == "Un titre sans date"


def test_hundred_thousand_unclosed_guillemets_are_parsed():
    parsed = parse_article("date 2024-05 Titre\n\nChapeau.\n\n" + "« " * 100_000, "x.txt")
    assert parsed.headline == "Titre"


def _parse_time(text: str) -> float:
    """CPU time of this process only, so that other work on the machine does not count."""
    start = time.process_time()
    try:
        parse_source(text, "x.txt")
    except TextImportError:
        pass
    return time.process_time() - start


@pytest.mark.parametrize("unit", ["« ", "«a» ", "“", "\"a ", "a-t-il dit. ", "M. X a dit «", "\n\n«x»\n\n"])
def test_parse_time_grows_linearly(unit):
    """Eight times the input may not cost much more than eight times the time (quadratic would be 64×)."""
    head = "date 2024-05 Titre\n\nChapeau.\n\n"
    _parse_time(head + unit * 100)  # warm up (lazy loads)
    small = min(_parse_time(head + unit * 500) for _ in range(3))
    large = min(_parse_time(head + unit * 4_000) for _ in range(3))
    assert large < max(small, 0.01) * 24, (unit, small, large)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
def test_parser_never_crashes_on_any_text(text):
    try:
        articles = parse_source(text, "gen.txt")
    except TextImportError:
        return
    for article in articles:
        for placed in article.quotes:
            assert placed.quote.text


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=300))
def test_decoder_never_crashes_on_any_bytes(data):
    try:
        decode_bytes(data, "gen.bin")
    except TextImportError as exc:
        assert str(exc).startswith("gen.bin")


QUOTEY = st.text(alphabet=st.sampled_from(list("«»“”\"‹›‘’' \n.,:-atilM")) | st.characters(codec="utf-8"), max_size=300)


@settings(max_examples=150, deadline=None)
@given(QUOTEY)
def test_quote_slices_are_verbatim(body):
    text = "date 2024-05 Titre\n\nChapeau.\n\n" + body
    try:
        (article,) = parse_source(text, "gen.txt")
    except TextImportError:
        return
    for placed in article.quotes:
        assert text[placed.quote.start:placed.quote.end] == placed.quote.text


def test_an_article_that_is_only_a_pull_quote_imports(tmp_path, db):
    (tmp_path / "a.txt").write_text(
        "date 2024-01 Le syndicaliste répond\n\n«Nous examinons le texte, rien de plus.»\n\nJeanne Durand\n", encoding="utf-8"
    )
    call_command("import_articles", str(tmp_path / "a.txt"), verbosity=0)
    quote = Article.objects.get().quotes.get()
    assert quote.is_pull_quote and quote.person.name == "Jeanne Durand"


def test_web_workers_never_load_the_nlp_model():
    """spaCy is for the import path only: serving pages must not pay for it in memory or start-up."""
    import subprocess

    code = (
        "import sys, django; django.setup();"
        "from django.test import Client; from django.test.utils import setup_test_environment;"
        "setup_test_environment(); Client().get('/admin/login/');"
        "import articles.admin, articles.views;"
        "assert 'spacy' not in sys.modules, 'spacy loaded'; print('ok')"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "newsroom.settings", "DJANGO_DEBUG": "1"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT)
    assert result.stdout.strip() == "ok", result.stderr[-2000:]
