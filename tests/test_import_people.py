"""One Person per real person across articles; never a wrong merge."""
from django.core.management import call_command

from articles.models import Person


def imp(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    call_command("import_articles", str(path), verbosity=0)


def test_same_person_across_articles_by_full_name_and_surname(tmp_path, db):
    imp(tmp_path, "a.txt", "date 2024-02 Sommet\n\nChapeau.\n\n«Nous restons unis», a déclaré Jens Stoltenberg, secrétaire général de l’OTAN.\n")
    imp(tmp_path, "b.txt", "date 2024-03 Réunion\n\nChapeau.\n\n«Rien n’est décidé», a affirmé M. Stoltenberg devant la presse.\n")
    (person,) = Person.objects.all()
    assert person.name == "Jens Stoltenberg"
    assert person.quotes.count() == 2


def test_a_bare_surname_shared_by_two_people_is_not_merged(tmp_path, db):
    imp(tmp_path, "a.txt", "date 2024-02 Vote\n\nChapeau.\n\n«Je voterai oui», a déclaré Anna Müller, députée.\n")
    imp(tmp_path, "b.txt", "date 2024-03 Vote\n\nChapeau.\n\n«Je voterai non», a déclaré Peter Müller, conseiller.\n")
    imp(tmp_path, "c.txt", "date 2024-04 Vote\n\nChapeau.\n\n«J’hésite encore», a déclaré M. Müller.\n")
    # «M. Müller» could be either: his quote joins neither Anna nor Peter.
    assert Person.objects.get(name="Anna Müller").quotes.count() == 1
    assert Person.objects.get(name="Peter Müller").quotes.count() == 1


def test_a_known_person_is_not_rewritten_when_nothing_new_is_learnt(tmp_path, db):
    text = "date 2024-02 {0}\n\nChapeau.\n\n«Nous restons unis», a déclaré Jens Stoltenberg.\n"
    imp(tmp_path, "a.txt", text.format("Sommet"))
    stamp = Person.objects.get().updated_at
    imp(tmp_path, "b.txt", text.format("Réunion"))
    assert Person.objects.get().updated_at == stamp
