"""Agency wires: NewsML-G2 and NITF, picked by content; XML attacks refused; versions updated."""
import json

import pytest
from django.core.management import CommandError, call_command

from articles.models import Article, Person, Quote

G2 = """<?xml version="1.0" encoding="UTF-8"?>
<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/">
  <header><sent>2024-03-05T10:00:00Z</sent></header>
  <itemSet>
    <newsItem guid="urn:newsml:afp.com:20240305:ABC123" version="{version}" xml:lang="fr">
      <itemMeta><provider literal="AFP"/><versionCreated>2024-03-05T10:00:00Z</versionCreated></itemMeta>
      <contentMeta>
        <contentCreated>2024-03-05T09:12:00+01:00</contentCreated>
        <creditline>AFP</creditline>
        <by>Marie Dupont</by>
        <slugline>Climat</slugline>
        <headline>{headline}</headline>
        <description role="drol:summary">La ministre a présenté son plan mardi.</description>
        <keyword>Climat</keyword>
      </contentMeta>
      <contentSet>
        <inlineXML contentType="application/xhtml+xml">
          <html xmlns="http://www.w3.org/1999/xhtml"><body>
            <p>«Nous devons agir maintenant», a déclaré Sophie Martin, ministre de l’Environnement.</p>
            <p>«Le temps presse», a-t-elle ajouté.</p>
          </body></html>
        </inlineXML>
      </contentSet>
    </newsItem>
  </itemSet>
</newsMessage>
"""

NITF = """<?xml version="1.0" encoding="UTF-8"?>
<nitf>
  <head>
    <title>Budget voté à Berne</title>
    <docdata><doc-id id-string="ats-2023-12-19-001"/><date.issue norm="20231219T080000+0100"/></docdata>
  </head>
  <body>
    <body.head>
      <hedline><hl1>Budget voté à Berne</hl1></hedline>
      <byline><person>Luc Favre</person></byline>
      <distributor>ATS</distributor>
      <abstract><p>Le Parlement a adopté le budget.</p></abstract>
    </body.head>
    <body.content>
      <p>«C’est un compromis solide», a affirmé Karin Keller, conseillère fédérale.</p>
      <p>Le vote a eu lieu mardi.</p>
    </body.content>
  </body>
</nitf>
"""


def write(tmp_path, name, content):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


def test_newsml_g2_item(tmp_path, db):
    path = write(tmp_path, "depeche.xml", G2.format(version="1", headline="Le plan climat présenté"))
    call_command("import_articles", str(path), verbosity=0)
    article = Article.objects.get()
    assert (article.headline, article.kicker, article.credit, article.bylines) == ("Le plan climat présenté", "Climat", "AFP", "Marie Dupont")
    assert article.date_iso == "2024-03-05" and article.standfirst == "La ministre a présenté son plan mardi."
    assert article.source_key == "wire:urn:newsml:afp.com:20240305:ABC123" and article.source_version == "1"
    assert [(q.text, q.person.name) for q in article.quotes.order_by("position")] == [
        ("Nous devons agir maintenant", "Sophie Martin"),
        ("Le temps presse", "Sophie Martin"),
    ]
    assert "Climat" in article.tags.names()


def test_nitf_detected_by_content_not_extension(tmp_path, db):
    path = write(tmp_path, "budget.txt", NITF)
    call_command("import_articles", str(path), verbosity=0)
    article = Article.objects.get()
    assert (article.headline, article.credit, article.bylines, article.date_iso) == ("Budget voté à Berne", "ATS", "Luc Favre", "2023-12-19")
    assert article.quotes.get().person.name == "Karin Keller"


def test_new_wire_version_updates_only_with_update_flag(tmp_path, db, capsys):
    path = write(tmp_path, "depeche.xml", G2.format(version="1", headline="Le plan climat présenté"))
    call_command("import_articles", str(path), verbosity=0)
    path.write_text(G2.format(version="2", headline="Le plan climat présenté et chiffré"), encoding="utf-8")
    call_command("import_articles", str(path))
    assert Article.objects.get().headline == "Le plan climat présenté"
    assert "--update" in capsys.readouterr().out
    call_command("import_articles", str(path), "--update")
    article = Article.objects.get()
    assert article.headline == "Le plan climat présenté et chiffré" and article.source_version == "2"
    assert "mis à jour" in capsys.readouterr().out
    assert Quote.objects.count() == 2 and Person.objects.count() == 1


def test_edited_article_is_never_overwritten_silently(tmp_path, db, capsys):
    path = write(tmp_path, "depeche.xml", G2.format(version="1", headline="Le plan climat présenté"))
    call_command("import_articles", str(path), verbosity=0)
    article = Article.objects.get()
    article.headline = "Titre revu par la rédaction"
    article.save()
    path.write_text(G2.format(version="2", headline="Autre titre"), encoding="utf-8")
    with pytest.raises(CommandError):
        call_command("import_articles", str(path), "--update")
    assert "modifié par la rédaction" in capsys.readouterr().err
    assert Article.objects.get().headline == "Titre revu par la rédaction"


@pytest.mark.parametrize(
    "xml, message",
    [
        ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><nitf>&lol2;</nitf>', "DTD"),
        ('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><nitf>&xxe;</nitf>', "DTD"),
        ("<nitf>" + "<p>" * 200 + "</p>" * 200 + "</nitf>", "profond"),
        ("<nitf><head>", "XML invalide"),
        ("<rss><channel/></rss>", "format XML inconnu"),
    ],
)
def test_hostile_xml_refused_with_file_and_line(tmp_path, db, capsys, xml, message):
    path = write(tmp_path, "attaque.xml", xml)
    with pytest.raises(CommandError):
        call_command("import_articles", str(path), verbosity=0)
    err = capsys.readouterr().err
    assert str(path) in err and message in err
    assert not Article.objects.exists()


def test_dry_run_json_for_wire(tmp_path, db, capsys):
    path = write(tmp_path, "budget.xml", NITF)
    call_command("import_articles", str(path), "--dry-run", "--json")
    (article,) = json.loads(capsys.readouterr().out)["articles"]
    assert article["source"] == str(path) and article["date"] == "2023-12-19"
    assert article["quotes"] == [
        {**article["quotes"][0], "text": "C’est un compromis solide", "speaker": "Karin Keller", "partial": False}
    ]
    assert not Article.objects.exists()
