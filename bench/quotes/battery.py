"""Score ``articles.quotes.extract`` on the attribution batteries in ``bench/quotes/battery/``.

A battery is a JSON-lines file of short invented passages, each listing its direct quotes
(text as written between the marks) and who said them (the fullest name the passage gives,
or null for an unnamed person or a body).  The batteries were written by annotators who
never saw the engine, one construction per passage ("«…», a-t-elle ajouté", "according to
X", "X, who…, said"), so a failure points at one shape of attribution.  They are development
data: the figures in ``README.md`` say when each was first scored.

    python bench/quotes/battery.py [FILE ...] [-v]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from score import norm_name  # noqa: E402  (same name folding as the article scorer)

from articles.quotes import extract  # noqa: E402


def score_file(path: Path, verbose: bool) -> tuple[int, int, int]:
    """(right speakers, gold quotes, quotes not found) for one battery; prints the misses."""
    right = total = missed = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        text = case["text"]
        found = extract(text, case["lang"]).quotes
        for gold in case["quotes"]:
            total += 1
            start = text.find(gold["text"])
            end = start + len(gold["text"])
            best = max(found, key=lambda q: min(end, q.end) - max(start, q.start), default=None)
            overlap = 0 if best is None else min(end, best.end) - max(start, best.start)
            if best is None or overlap < 0.8 * len(gold["text"].strip(" ,.")):
                missed += 1
                if verbose:
                    print(f"  {case['id']} MISS {gold['text'][:60]!r}")
                continue
            if norm_name(best.speaker) == norm_name(gold["speaker"]):
                right += 1
            elif verbose:
                print(f"  {case['id']} [{case['pattern']}] gold={gold['speaker']!r} "
                      f"pred={best.speaker!r} ({best.attribution}) {gold['text'][:50]!r}")
    return right, total, missed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = parser.parse_args()
    files = args.files or sorted((Path(__file__).resolve().parent / "battery").glob("*.jsonl"))
    all_right = all_total = 0
    for path in files:
        right, total, missed = score_file(path, args.verbose)
        all_right, all_total = all_right + right, all_total + total
        print(f"{path.name:12} speakers {right}/{total} = {right / total:.3f}   quotes not found: {missed}")
    if len(files) > 1:
        print(f"{'all':12} speakers {all_right}/{all_total} = {all_right / all_total:.3f}")


if __name__ == "__main__":
    main()
