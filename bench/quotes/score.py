"""Score ``articles.quotes.extract`` against the hand-annotated dev set.

Conventions follow the dev set's README ("How to score"): a predicted quote matches a
gold quote when their overlap covers ≥ 0.8 (main) or ≥ 0.3 of the gold length, after
stripping surrounding spaces and trailing ``, . ; :`` from both; speakers are compared
after folding case and accents, and a gold ``null`` is matched by no prediction.

    python bench/quotes/score.py [DIR] [--files 06,13] [--exclude 06,13] [--no-spacy] [-v]

DIR defaults to the shared dev set; any folder of ``NN-slug.txt`` + ``NN-slug.gold.json``
(or ``NN-slug.json``) in the same format works, e.g. ``bench/quotes/fresh``.  The speaker
errors are also summarised by kind (gold class, predicted attribution, wrong person / null /
a variant of the gold name, whether the gold name was found at all) — counts only, so a
held-out split can be diagnosed without printing its text.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from articles.quotes import extract, nlp

DEFAULT_DIR = ROOT.parent / "shared" / "quotes-dev" / "articles"


def norm_name(name: str | None) -> str | None:
    if name is None:
        return None
    s = unicodedata.normalize("NFD", name.replace("’", "'").lower())
    return " ".join("".join(c for c in s if unicodedata.category(c) != "Mn").split())


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets after stripping spaces and trailing , . ; : (README convention)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",.;:"):
        end -= 1
    return start, end


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match(text: str, gold: list[dict], pred: list, threshold: float) -> list[tuple[int, int]]:
    """Greedy one-to-one matching by overlap / gold length."""
    pairs = []
    for gi, g in enumerate(gold):
        gs = trimmed(text, g["start"], g["end"])
        glen = max(1, gs[1] - gs[0])
        for pi, p in enumerate(pred):
            ov = overlap(gs, trimmed(text, p.start, p.end))
            if ov / glen >= threshold:
                pairs.append((ov / glen, gi, pi))
    pairs.sort(reverse=True)
    used_g, used_p, out = set(), set(), []
    for _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return out


class Tally:
    """Counts for precision/recall and speaker accuracy within one breakdown cell."""

    def __init__(self) -> None:
        self.gold = self.pred = self.matched = self.speaker_ok = 0

    def line(self, label: str) -> str:
        p = self.matched / self.pred if self.pred else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        acc = self.speaker_ok / self.matched if self.matched else 0.0
        e2e_p = self.speaker_ok / self.pred if self.pred else 0.0
        e2e_r = self.speaker_ok / self.gold if self.gold else 0.0
        e2e = 2 * e2e_p * e2e_r / (e2e_p + e2e_r) if e2e_p + e2e_r else 0.0
        return (f"{label:<22} gold {self.gold:>4} pred {self.pred:>4}  P {p:.3f} R {r:.3f} F1 {f:.3f}"
                f"  spk-acc {acc:.3f} ({self.speaker_ok}/{self.matched})  e2e-F1 {e2e:.3f}")


def score(directory: Path, files: set[str] | None, exclude: set[str], verbose: bool) -> dict:
    cells: dict[tuple[float, bool], dict[str, Tally]] = defaultdict(lambda: defaultdict(Tally))
    person_rows = []
    named_rows = []
    global_people: dict[str, set[str]] = defaultdict(set)
    errors = []
    error_kinds: dict[tuple[str, str, str, str], int] = defaultdict(int)
    lenient: dict[str, int] = defaultdict(int)
    lenient_n: dict[str, int] = defaultdict(int)
    n_files = 0
    t0 = time.perf_counter()
    for txt in sorted(directory.glob("*.txt")):
        num = txt.name[:2]
        if (files and num not in files) or num in exclude:
            continue
        gold_path = txt.with_name(txt.name[:-4] + ".gold.json")
        if not gold_path.exists():
            gold_path = txt.with_name(txt.name[:-4] + ".json")  # other sets may name gold so
        if not gold_path.exists():
            continue
        n_files += 1
        text = txt.read_text(encoding="utf-8")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        result = extract(text)
        lang = gold.get("language") or result.language
        for g in gold["quotes"]:
            g.setdefault("attribution", "unknown")
            g.setdefault("speaker", None)
        for threshold in (0.8, 0.3):
            for with_border in (True, False):
                gq = [g for g in gold["quotes"] if with_border or not g.get("borderline")]
                pairs = match(text, gq, result.quotes, threshold)
                # predictions matched to excluded borderline quotes are not false positives
                skip_pred = set()
                if not with_border:
                    border = [g for g in gold["quotes"] if g.get("borderline")]
                    skip_pred = {pi for _, pi in match(text, border, result.quotes, threshold)}
                keys = ("all", lang)
                for key in keys:
                    cells[(threshold, with_border)][key].gold += len(gq)
                    cells[(threshold, with_border)][key].pred += len(result.quotes) - len(
                        skip_pred - {pi for _, pi in pairs})
                for g in gq:
                    cells[(threshold, with_border)]["class:" + g["attribution"]].gold += 1
                matched_g = {gi: pi for gi, pi in pairs}
                for gi, g in enumerate(gq):
                    cell_keys = list(keys) + ["class:" + g["attribution"]]
                    if gi not in matched_g:
                        if threshold == 0.8 and with_border:
                            errors.append(f"{txt.name[:2]} MISS   {g['attribution']:<12} {g['text'][:60]!r}")
                        continue
                    p = result.quotes[matched_g[gi]]
                    ok = norm_name(p.speaker) == norm_name(g["speaker"])
                    if threshold == 0.8 and with_border:
                        # lenient: the right person under another form of the name (surname
                        # only, a middle name more) — what an editor merging people would fix
                        lenient[lang] += ok or bool(p.speaker and g["speaker"] and (
                            set(norm_name(p.speaker).split()) <= set(norm_name(g["speaker"]).split())
                            or set(norm_name(p.speaker).split()) >= set(norm_name(g["speaker"]).split())))
                        lenient_n[lang] += 1
                    for key in cell_keys:
                        cells[(threshold, with_border)][key].matched += 1
                        cells[(threshold, with_border)][key].speaker_ok += ok
                    cells[(threshold, with_border)]["class:" + g["attribution"]].pred += 1
                    if not ok and threshold == 0.8 and with_border:
                        names = {norm_name(x.name) for x in result.people + result.mentioned}
                        kind = ("gold-null" if g["speaker"] is None else "pred-null" if p.speaker is None
                                else "other-person")
                        found = "n/a" if g["speaker"] is None else (
                            "gold-person-found" if norm_name(g["speaker"]) in names else "gold-person-missing")
                        if kind == "other-person" and set(norm_name(p.speaker).split()) & set(
                                norm_name(g["speaker"]).split()):
                            pw, gw = norm_name(p.speaker).split(), norm_name(g["speaker"]).split()
                            kind = ("variant: shorter form" if set(pw) < set(gw) else
                                    "variant: longer form" if set(pw) > set(gw) else
                                    "variant: reordered" if set(pw) == set(gw) else "variant: overlapping")
                        error_kinds[(g["attribution"], p.attribution, kind, found)] += 1
                        errors.append(f"{txt.name[:2]} SPEAKER {g['attribution']:<12} gold={g['speaker']!r} "
                                      f"pred={p.speaker!r} ({p.attribution}) {g['text'][:40]!r}")
                if threshold == 0.8 and with_border:
                    for pi, p in enumerate(result.quotes):
                        if pi not in set(matched_g.values()):
                            errors.append(f"{txt.name[:2]} EXTRA  {p.text[:60]!r}")
        gold_people = {norm_name(p["name"]) for p in gold.get("people", [])}
        pred_people = {norm_name(p.name) for p in result.people}
        for p in result.people:
            global_people[norm_name(p.name)].add(txt.name[:2])
        person_rows.append((txt.name[:2], len(gold_people), len(pred_people), len(gold_people & pred_people),
                            sorted(pred_people - gold_people), sorted(gold_people - pred_people)))
        # every person named (speakers + mentioned), to see what name detection gets right
        gold_all = gold_people | {norm_name(n) for n in gold.get("mentioned", [])}
        pred_all = pred_people | {norm_name(p.name) for p in result.mentioned}
        named_rows.append((txt.name[:2], len(gold_all), len(pred_all), len(gold_all & pred_all),
                           sorted(pred_all - gold_all), sorted(gold_all - pred_all)))
    elapsed = time.perf_counter() - t0
    return {"lenient": lenient, "lenient_n": lenient_n, "error_kinds": error_kinds, "cells": cells, "persons": person_rows, "named": named_rows, "errors": errors, "files": n_files, "elapsed": elapsed,
            "global_people": global_people}


def report(res: dict, verbose: bool) -> None:
    cells = res["cells"]
    print(f"{res['files']} articles scored in {res['elapsed']:.2f} s (spaCy {'on' if nlp.enabled else 'off'})")
    for (threshold, with_border) in ((0.8, True), (0.8, False), (0.3, True), (0.3, False)):
        print(f"\n== overlap >= {threshold}, {'with' if with_border else 'without'} borderline quotes")
        cell = cells[(threshold, with_border)]
        for key in ("all", "fr", "en"):
            if key in cell:
                print(cell[key].line(key))
        if threshold == 0.8 and with_border:
            print("-- recall and speaker accuracy per gold attribution class")
            for key in sorted(k for k in cell if k.startswith("class:")):
                t = cell[key]
                acc = t.speaker_ok / t.matched if t.matched else 0.0
                print(f"   {key[6:]:<14} gold {t.gold:>3} matched {t.matched:>3} "
                      f"R {t.matched / t.gold if t.gold else 0:.3f}  spk-acc {acc:.3f}")
    ln, lt = dict(res["lenient"]), dict(res["lenient_n"])
    ln["all"], lt["all"] = sum(ln.values()), sum(lt.values())
    print("-- speaker accuracy allowing name variants (surname only / an extra name): "
          + ", ".join(f"{k} {ln[k] / lt[k]:.3f} ({ln[k]}/{lt[k]})" for k in ("all", "fr", "en") if lt.get(k)))
    print("-- speaker errors by kind (gold class, predicted attribution, error, gold person detected?)")
    for key, n in sorted(res["error_kinds"].items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"   {n:>3}  {' / '.join(key)}")
    rows = res["persons"]
    g = sum(r[1] for r in rows)
    p = sum(r[2] for r in rows)
    ok = sum(r[3] for r in rows)
    print(f"\n== persons (speakers per article, by canonical name): gold {g} predicted {p} same name {ok}"
          f"  P {ok / p if p else 0:.3f} R {ok / g if g else 0:.3f}")
    rows2 = res["named"]
    g2, p2, ok2 = (sum(r[i] for r in rows2) for i in (1, 2, 3))
    print(f"== all named people (speakers + mentioned): gold {g2} predicted {p2} same name {ok2}"
          f"  P {ok2 / p2 if p2 else 0:.3f} R {ok2 / g2 if g2 else 0:.3f}")
    multi = {n: f for n, f in res["global_people"].items() if len(f) > 1}
    print("   names found in several articles (one Person each across the import):",
          ", ".join(f"{n} [{'/'.join(sorted(f))}]" for n, f in sorted(multi.items())) or "-")
    if verbose:
        for num, _, _, _, extra, missing in rows:
            if extra or missing:
                print(f"   {num}: extra {extra} missing {missing}")
        print("   all named people:")
        for num, _, _, _, extra, missing in rows2:
            if extra or missing:
                print(f"   {num}: extra {extra} missing {missing}")
        print("\n== errors (overlap >= 0.8, with borderline)")
        for e in res["errors"]:
            print("  ", e)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("directory", nargs="?", default=str(DEFAULT_DIR))
    ap.add_argument("--files", default="", help="comma-separated article numbers to score")
    ap.add_argument("--exclude", default="", help="comma-separated article numbers to skip")
    ap.add_argument("--no-spacy", action="store_true", help="rules only (measures what spaCy buys)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every error")
    args = ap.parse_args()
    directory = Path(args.directory)
    if not directory.is_absolute():
        directory = (ROOT / directory).resolve()
    if args.no_spacy:
        nlp.enabled = False
    files = {f.strip().zfill(2) for f in args.files.split(",") if f.strip()} or None
    exclude = {f.strip().zfill(2) for f in args.exclude.split(",") if f.strip()}
    report(score(directory, files, exclude, args.verbose), args.verbose)


if __name__ == "__main__":
    main()
