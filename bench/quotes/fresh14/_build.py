import json, os, importlib, sys, glob
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
def build(mod):
    m = importlib.import_module(mod)
    text = m.TEXT.lstrip("\n")
    if not text.endswith("\n"): text += "\n"
    first = text.split("\n",1)[0]
    parts = first.split(" ", 2)
    date = None if parts[1] == "unknown" else parts[1]
    title = parts[2]
    cur = 0; quotes = []
    for q in m.QUOTES:
        t, spk, attr = q[0], q[1], q[2]
        partial = q[3] if len(q) > 3 else False
        extra = q[4] if len(q) > 4 else {}
        i = text.find(t, cur)
        if i < 0: raise SystemExit(f"{mod}: not found after {cur}: {t!r}")
        d = {"text": t, "speaker": spk, "partial": partial, "attribution": attr, "start": i, "end": i+len(t)}
        d.update(extra); quotes.append(d); cur = i + 1
    def locate(items):
        out = []
        for t, reason in items:
            i = text.find(t)
            if i < 0: raise SystemExit(f"{mod}: not found {t!r}")
            out.append({"text": t, "reason": reason, "start": i, "end": i+len(t)})
        return out
    names = {p["name"] for p in m.PEOPLE}
    for q in quotes:
        assert q["speaker"] is None or q["speaker"] in names, q
    gold = {"source_url": "", "language": m.LANG, "outlet": "Fictional", "date": date, "title": title,
            "title_source": "page", "date_source": "content", "rewritten": False,
            "notes": m.NOTES, "people": m.PEOPLE, "mentioned": m.MENTIONED, "quotes": quotes,
            "non_quotes": locate(getattr(m, "NON", [])), "unmarked_quotes": locate(getattr(m, "UNMARKED", []))}
    slug = m.SLUG
    open(os.path.join(HERE, slug + ".txt"), "w", encoding="utf-8").write(text)
    json.dump(gold, open(os.path.join(HERE, slug + ".gold.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
    words = len(text.split())
    print(f"{slug}: {words} words, {len(quotes)} quotes")
for f in sorted(glob.glob(os.path.join(HERE, "a[0-9][0-9].py"))):
    build(os.path.basename(f)[:-3])
