"""Person normalisation across articles: import the whole dev set, count Person records per gold person.

Run by hand: `.venv/bin/python bench/people_normalisation.py [DIR]` (default ../shared/quotes-dev/articles).
Ideal: one record per gold person (Claire Vautrin in 04–05, Jean-Daniel Rochat in 07–09, Amadou Diallo
Ndiaye in 15–16), no record for a person who only appears as `mentioned`, none for organisations.
"""
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["DATABASE_URL"] = f"sqlite:///{Path(tempfile.mkdtemp()) / 'people.sqlite3'}"
os.environ.setdefault("DJANGO_DEBUG", "1")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402

from articles.models import Person, fold  # noqa: E402


def main() -> None:
    directory = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "quotes-dev" / "articles"
    call_command("migrate", verbosity=0)
    call_command("import_articles", str(directory / "*.txt"), verbosity=0, stdout=open(os.devnull, "w"))
    gold_people, mentioned = {}, set()
    for gold_file in sorted(directory.glob("*.gold.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        for person in gold["people"]:
            gold_people.setdefault(person["name"], set()).add(gold_file.name[:2])
        mentioned.update(gold.get("mentioned", []))
    records = list(Person.objects.all())
    by_gold = {}
    unmatched = []
    for person in records:
        forms = person.name_forms()
        match = next((g for g in gold_people if fold(g) in forms or fold(g).split()[-1] in {f.split()[-1] for f in forms}), None)
        if match:
            by_gold.setdefault(match, []).append(person.name)
        else:
            unmatched.append(person.name)
    split = {g: names for g, names in by_gold.items() if len(names) > 1}
    missing = sorted(set(gold_people) - set(by_gold))
    spurious_mentioned = [n for n in unmatched if any(fold(n) == fold(m) for m in mentioned)]
    print(f"gold people: {len(gold_people)}; Person records: {len(records)}")
    print(f"gold people with exactly one record: {sum(len(v) == 1 for v in by_gold.values())}")
    print(f"split over several records: {len(split)} {split if split else ''}")
    print(f"gold people with no record: {len(missing)} {missing if missing else ''}")
    print(f"records matching no gold speaker: {len(unmatched)} (of which people only mentioned: {len(spurious_mentioned)})")
    for name in sorted(unmatched):
        print(f"  - {name}")
    recurring = {g: sorted(files) for g, files in gold_people.items() if len(files) > 1}
    for name, files in sorted(recurring.items()):
        print(f"recurring {name} (files {', '.join(files)}): {len(by_gold.get(name, []))} record(s)")


if __name__ == "__main__":
    main()
