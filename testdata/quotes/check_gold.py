#!/usr/bin/env python3
"""Validate testdata/quotes/gold.jsonl against the article files and print statistics.

Usage: python3 testdata/quotes/check_gold.py [--table]
Exit status is non-zero if any check fails.
"""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(HERE, "articles")
KINDS = ("direct", "partial", "scare", "title")
EVIDENCE = ("name", "pronoun", "role", "previous-sentence", "organisation", "anonymous", "none")
OPEN = ("\"", "“", "„", "‘", "'", "«", ",,", "— ", "– ")
CLOSE = ("\"", "”", "’", "'", "»", "''")
# quote-like characters; ' and ’ are only counted when they cannot be an apostrophe
QUOTE_CHARS = re.compile(r"[\"“”„«»‘]|,,|(?:(?<=\s)|^)'(?![st]\b|s-|n\b|\d)", re.M)

errors = []
def err(msg):
    errors.append(msg)

articles = sorted(f for f in os.listdir(ART) if f.endswith(".txt"))
texts = {a: open(os.path.join(ART, a), encoding="utf-8").read() for a in articles}
gold = [json.loads(l) for l in open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8") if l.strip()]
notes_lines = open(os.path.join(HERE, "gold-notes.tsv"), encoding="utf-8").read().splitlines()
assert notes_lines[0] == "article\tquote_start\tspeaker_evidence"
notes = [l.split("\t") for l in notes_lines[1:]]

if len(notes) != len(gold):
    err(f"gold has {len(gold)} lines, gold-notes.tsv has {len(notes)} rows")

pos = {}          # article -> search position (text order)
spans = []        # (article, start, end) per gold record
order = [a for a in articles]
last_article_idx = -1
for i, g in enumerate(gold, 1):
    if set(g) != {"article", "quote", "speaker", "kind"}:
        err(f"line {i}: keys {sorted(g)}")
    a, q, s, k = g["article"], g["quote"], g["speaker"], g["kind"]
    if a not in texts:
        err(f"line {i}: unknown article {a}"); spans.append(None); continue
    ai = order.index(a)
    if ai < last_article_idx:
        err(f"line {i}: articles out of order")
    last_article_idx = ai
    if k not in KINDS:
        err(f"line {i}: bad kind {k}")
    if (k in ("scare", "title")) != (s == ""):
        err(f"line {i}: speaker must be empty exactly for scare/title")
    t = texts[a]
    # first occurrence (in text order) that is directly preceded by an opening mark
    start = t.find(q, pos.get(a, 0))
    while start >= 0 and not any(t[:start].endswith(o) for o in OPEN):
        start = t.find(q, start + 1)
    if start < 0:
        start = t.find(q, pos.get(a, 0))
    if start < 0:
        err(f"line {i}: quote not found verbatim (in order) in {a}: {q[:50]!r}")
        spans.append(None); continue
    end = start + len(q)
    pos[a] = end
    spans.append((a, start, end))
    if not any(t[:start].endswith(o) for o in OPEN):
        err(f"line {i}: no opening mark before quote {q[:40]!r}")
    dash = t[:start].endswith(("— ", "– "))
    if not dash and not any(t[end:].startswith(c) for c in CLOSE):
        err(f"line {i}: no closing mark after quote {q[:40]!r}")
    if i - 1 < len(notes):
        na, nq, ne = notes[i - 1]
        if na != a or nq != q[:30].replace("\n", " ").replace("\t", " ") or ne not in EVIDENCE:
            err(f"gold-notes row {i} does not match gold line {i}")
        if (ne == "none") != (k in ("scare", "title")):
            err(f"gold-notes row {i}: evidence 'none' must go with scare/title")

# every article with quote marks has gold lines, and vice versa
with_gold = {g["article"] for g in gold}
for a, t in texts.items():
    marks = QUOTE_CHARS.findall(t)
    if marks and a not in with_gold:
        err(f"{a}: contains quote marks but has no gold lines")
    if not marks and a in with_gold:
        err(f"{a}: has gold lines but no quote marks")
    paras = [p for p in t.split("\n\n") if p.strip()]
    if not 4 <= len(paras) <= 14:
        err(f"{a}: {len(paras)} paragraphs (expected 4..14)")

# statistics
kinds = Counter(g["kind"] for g in gold)
ev = Counter(n[2] for n in notes)
multi = sum(1 for g in gold if "\n\n" in g["quote"])
splits = 0
for i in range(1, len(gold)):
    p, c = spans[i - 1], spans[i]
    if not p or not c or p[0] != c[0] or gold[i - 1]["speaker"] != gold[i]["speaker"] or gold[i]["kind"] != "direct" or gold[i - 1]["kind"] != "direct":
        continue
    gap = texts[c[0]][p[2]:c[1]]
    core = gap.strip("\"“”„‘’'«» ")
    if "\n" not in gap and gap.lstrip("\"”’'»").startswith(",") and len(gap) < 90 and core and core[-1] in ".,":
        splits += 1
no_quotes = [a for a in articles if a not in with_gold]
INNER = re.compile(r"(?:^|[\s:])[“‘'\"]\w[^“”‘’'\"\n]*?[\w.!?,][”’'\"](?=[\s.,;:!?]|$)")
nested = sum(1 for g in gold if INNER.search(re.sub(r"\n\n\S", "\n\n", g["quote"])))

rows = [
    ("articles", len(articles)),
    ("articles without any quote", len(no_quotes)),
    ("gold quotes (records)", len(gold)),
    ("kind = direct", kinds["direct"]),
    ("kind = partial", kinds["partial"]),
    ("kind = scare", kinds["scare"]),
    ("kind = title", kinds["title"]),
    ("scare + title", kinds["scare"] + kinds["title"]),
    ("speaker via pronoun in reporting clause", ev["pronoun"]),
    ("speaker via role noun / description", ev["role"]),
    ("pronoun + role noun", ev["pronoun"] + ev["role"]),
    ("speaker only in previous sentence / context", ev["previous-sentence"]),
    ("speaker named in reporting clause", ev["name"]),
    ("organisation as speaker", ev["organisation"]),
    ("anonymous / unnamed speaker", ev["anonymous"]),
    ("split quotes (pairs = 2 records each)", splits),
    ("multi-paragraph quotes", multi),
    ("records containing a nested quote", nested),
]
if "--table" in sys.argv:
    print("| count | n |\n|---|---:|")
    for r in rows:
        print(f"| {r[0]} | {r[1]} |")
    print("\nArticles without quotes: " + ", ".join(no_quotes))
else:
    for r in rows:
        print(f"{r[0]:45} {r[1]}")
if errors:
    print("\nERRORS:", *errors, sep="\n  ")
    sys.exit(1)
print("\nOK" if "--table" not in sys.argv else "")
