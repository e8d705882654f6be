"""Bad input is refused with a message naming the file and the line, and leaves nothing behind."""
import pytest
from django.core.management import CommandError, call_command

from articles.models import Article, Person, Quote


def run_import(path):
    with pytest.raises(CommandError):
        call_command("import_articles", str(path), verbosity=0)


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "vide"),
        (b"   \n\n  \t\n", "vide"),
        (b"date 2022-13 Titre\n\nTexte.", ":1: date impossible"),
        (b"date 2022-02-30 Titre\n\nTexte.", ":1: date impossible"),
        (b"date 2022-02\n\nTexte.", ":1: titre manquant"),
        ("date 2022-02 ".encode() + b"T" * 10_000 + b"\n\nTexte.", ":1: titre trop long"),
        (b"date 2022-02 Titre\n\nTexte \x00 binaire.", "binaires"),
        (b"date 2022-02 Titre\n\nTexte\x07.", ":3: caractère de contrôle"),
    ],
)
def test_bad_files_name_file_and_line(tmp_path, db, capsys, content, message):
    path = tmp_path / "depeche.txt"
    path.write_bytes(content)
    run_import(path)
    err = capsys.readouterr().err
    assert f"{path}" in err and message in err
    assert not Article.objects.exists() and not Person.objects.exists() and not Quote.objects.exists()


def test_one_bad_file_does_not_stop_the_others(tmp_path, db, capsys):
    (tmp_path / "a.txt").write_text("date 2023-01 Bonne nouvelle\n\nChapeau.\n\n«Tout va bien», a dit Marie Curie.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("date 2023-99 Mauvaise date\n\nTexte.", encoding="utf-8")
    run_import(tmp_path)
    captured = capsys.readouterr()
    assert "1 créé(s), 0 mis à jour, 0 inchangé(s), 1 en échec." in captured.out
    assert f"{tmp_path / 'b.txt'}:1:" in captured.err
    assert Article.objects.get().headline == "Bonne nouvelle"


def test_utf16_and_cp1252_are_decoded(tmp_path, db):
    text = "date 2023-01 Élections à Genève\n\nChapeau.\n\nLe scrutin a eu lieu dimanche."
    (tmp_path / "utf16.txt").write_bytes(text.encode("utf-16"))
    (tmp_path / "cp1252.txt").write_bytes(text.replace("Genève", "Lausanne").encode("cp1252"))
    call_command("import_articles", str(tmp_path), verbosity=0)
    assert set(Article.objects.values_list("headline", flat=True)) == {"Élections à Genève", "Élections à Lausanne"}


def test_html_is_stored_as_text(tmp_path, db):
    (tmp_path / "a.txt").write_text("date 2023-01 <b>Gras</b> {% now %}\n\nChapeau.\n\n<script>x()</script>", encoding="utf-8")
    call_command("import_articles", str(tmp_path / "a.txt"), verbosity=0)
    article = Article.objects.get()
    assert article.headline == "<b>Gras</b> {% now %}" and article.body == "<script>x()</script>"
