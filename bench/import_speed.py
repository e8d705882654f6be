"""Import throughput: 1,000 seed-like French articles, end to end into a fresh SQLite database.

Run by hand: `.venv/bin/python bench/import_speed.py [N]`. Prints articles per second with one
parsing worker and with one per core, side by side in one run, the NLP model's load time, and
the wall time of a dry run of the seed in a fresh process (what an operator waits for).
"""
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
WORK = Path(tempfile.mkdtemp(prefix="newsroom-bench-"))
os.environ["DATABASE_URL"] = f"sqlite:///{WORK / 'bench.sqlite3'}"
os.environ.setdefault("DJANGO_DEBUG", "1")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402

SEED = next((ROOT / "fixtures" / "source").glob("*.txt"))
# Half of these given names are not in the engine's lists, so its spaCy fallback has work to do.
SPEAKERS = [("Jens Stoltenberg", "Norvégien"), ("Anne Roux", "Française"), ("Karin Keller", "Suissesse"),
            ("Paul Martin", "Belge"), ("Sofia Rossi", "Italienne"), ("Marc Dubois", "Canadien"),
            ("Tadeusz Wrzesniak", "Polonais"), ("Ngozi Okafor-Eze", "Nigériane"), ("Aurèle Tschopp", "Suisse"),
            ("Ilkka Vähämäki", "Finlandais"), ("Oumou Sangaré-Diarra", "Malienne"), ("Bjarni Thórsson", "Islandais")]


def make_corpus(directory: Path, count: int) -> None:
    """Seed-sized French copy: the seed's structure with other speakers, dates and paragraph orders."""
    rng = random.Random(42)
    text = SEED.read_text(encoding="utf-8").strip()
    title, *paragraphs = text.split("\n\n")
    head, body = paragraphs[:2], paragraphs[2:]
    for i in range(count):
        name, nationality = rng.choice(SPEAKERS)
        shuffled = body[:]
        rng.shuffle(shuffled)
        article = "\n\n".join([title.replace("2022-02", f"20{10 + i % 15}-{1 + i % 12:02d}") + f" ({i})", *head, *shuffled])
        article = article.replace("Jens Stoltenberg", name).replace("Norvégien", nationality)
        (directory / f"{i:04d}.txt").write_text(article + "\n", encoding="utf-8")


def timed_import(directory: Path, workers: int) -> float:
    call_command("flush", interactive=False, verbosity=0)
    start = time.perf_counter()
    call_command("import_articles", str(directory), "--workers", str(workers), verbosity=0, stdout=open(os.devnull, "w"))
    return time.perf_counter() - start


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    corpus = WORK / "corpus"
    corpus.mkdir()
    make_corpus(corpus, count)
    call_command("migrate", verbosity=0)

    from articles.quotes import extract, nlp

    start = time.perf_counter()
    nlp._load("fr")  # what the first article needing the NER fallback pays, once per process
    first = time.perf_counter() - start
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))[:200]]
    start = time.perf_counter()
    for text in texts:
        extract(text)
    warm = (time.perf_counter() - start) / len(texts)

    one = timed_import(corpus, 1)
    both = timed_import(corpus, os.cpu_count() or 2)
    connection.close()

    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "manage.py", "import_articles", str(SEED), "--dry-run", "--json"],
        cwd=ROOT, check=True, stdout=subprocess.DEVNULL, env={**os.environ},
    )
    dry = time.perf_counter() - start

    print(f"articles: {count}, cores: {os.cpu_count()}")
    print(f"spaCy model load: {first:.2f} s; extraction alone, warm: {warm * 1000:.1f} ms per article")
    print(f"import, 1 worker : {count / one:6.1f} articles/s ({one:.1f} s)")
    print(f"import, {os.cpu_count()} workers: {count / both:6.1f} articles/s ({both:.1f} s)  ratio {one / both:.2f}x")
    print(f"dry run of the seed in a fresh process: {dry:.2f} s")


if __name__ == "__main__":
    main()
