"""Validate the development gold files: every quote is a verbatim slice of its article.

Run: python3 check_gold.py   (exit status 1 on any problem)
"""
import glob
import json
import os
import sys

HERE = "/work/main/bench/quotes/fresh15"
KEYS = {"source_url", "language", "people", "quotes"}
ATTRIBUTIONS = {"named", "role", "pronoun", "continuation", "pull_quote", "context",
                "unnamed", "organization", "none"}
problems = 0
n_articles = n_quotes = 0
for gold_path in sorted(glob.glob(os.path.join(HERE, "*.gold.json"))):
    txt_path = gold_path[: -len(".gold.json")] + ".txt"
    name = os.path.basename(txt_path)
    text = open(txt_path, encoding="utf-8").read()
    gold = json.load(open(gold_path, encoding="utf-8"))
    missing = KEYS - gold.keys()
    if missing:
        print(f"{name}: missing keys {sorted(missing)}")
        problems += 1
    if not text.lstrip().startswith("date "):
        print(f"{name}: first line does not start with 'date '")
        problems += 1
    names = {p["name"] for p in gold["people"]}
    last_start = -1
    for i, q in enumerate(gold["quotes"]):
        where = f"{name} quote #{i}"
        if q["text"] not in text:
            print(f"{where}: text is not a substring of the article")
            problems += 1
        elif text[q["start"]:q["end"]] != q["text"]:
            print(f"{where}: start/end do not select the text")
            problems += 1
        if q["speaker"] is not None and q["speaker"] not in names:
            print(f"{where}: speaker {q['speaker']!r} missing from people")
            problems += 1
        if not isinstance(q["partial"], bool):
            print(f"{where}: partial must be true/false")
            problems += 1
        if q.get("attribution") not in ATTRIBUTIONS:
            print(f"{where}: unknown attribution {q.get('attribution')!r}")
            problems += 1
        if q["start"] <= last_start:
            print(f"{where}: quotes are not in document order")
            problems += 1
        last_start = q["start"]
    for key in ("non_quotes", "unmarked_quotes"):
        for i, item in enumerate(gold.get(key, [])):
            if "start" in item and text[item["start"]:item["end"]] != item["text"]:
                print(f"{name} {key} #{i}: start/end do not select the text")
                problems += 1
    n_articles += 1
    n_quotes += len(gold["quotes"])
print(f"{n_articles} articles, {n_quotes} quotes, {problems} problems")
sys.exit(1 if problems else 0)
