#!/usr/bin/env python3
"""Scores kabar's story grouping against the judged fixtures.

bench: Tests/KabarCoreTests/Fixtures/xref/bench-stories.tsv and bench-stories-2.tsv (event labels
read by hand for the articles of 50 sampled bench stories each; STORIES.md, STORIES-2.md): pair precision = pairs of labelled articles in
one story that share a label, over all pairs of labelled articles in one story.
real: ../shared/corpus/real/clusters.tsv: pairwise precision and recall.

KABAR= picks the binary (default .build/release/kabar); OUT= keeps the stories JSON there.
"""
import json, os, subprocess, sys, collections, itertools
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
shared = os.path.join(os.path.dirname(root), "shared")
kabar = os.environ.get("KABAR", os.path.join(root, ".build/release/kabar"))

def stories(path):
    out = subprocess.run([kabar, "stories", path, "--format", "json"], capture_output=True, text=True).stdout
    doc = json.loads(out)
    if os.environ.get("OUT"):
        with open(os.path.join(os.environ["OUT"], os.path.basename(path) + ".stories.json"), "w") as f: f.write(out)
    ids = [a["id"] for a in doc["articles"]] if "articles" in doc else None
    of = {}
    for k, s in enumerate(doc["stories"]):
        for a in s["articles"]:
            of[a if isinstance(a, str) else (a.get("id") if isinstance(a, dict) else ids[a])] = k
    return of, len(doc["stories"])

def pairs(members):
    return itertools.combinations(sorted(members), 2)

of, n = stories(os.path.join(shared, "corpus/bench/articles.jsonl.gz"))
for fixture in ["bench-stories.tsv", "bench-stories-2.tsv", "bench-stories-3.tsv"]:
    label = {}
    for line in open(os.path.join(root, "Tests/KabarCoreTests/Fixtures/xref", fixture), encoding="utf-8"):
        if line.startswith("#") or not line.strip(): continue
        f = line.rstrip("\n").split("\t")
        label[f[1]] = f[4]
    by = collections.defaultdict(list)
    for a in label:
        if a in of: by[of[a]].append(a)
    right = sum(label[a] == label[b] for m in by.values() for a, b in pairs(m))
    total = sum(1 for m in by.values() for _ in pairs(m))
    print(f"bench ({fixture}): {n} stories of 2+ articles; judged pairs still in one story {total}, one event {right}: pair precision {right / max(1, total):.3f}")

gold = {}
for line in open(os.path.join(shared, "corpus/real/clusters.tsv"), encoding="utf-8").read().split("\n")[1:]:
    f = line.split("\t")
    if len(f) >= 6:
        for a in f[5].split(" "): gold[a] = f[0]
of, n = stories(os.path.join(shared, "corpus/real"))
tp = fp = fn = 0
for a, b in pairs(gold):
    same, together = gold[a] == gold[b], a in of and b in of and of[a] == of[b]
    tp += same and together; fp += together and not same; fn += same and not together
print(f"corpus/real: pairwise P {tp / max(1, tp + fp):.3f} ({tp}/{tp + fp}) R {tp / max(1, tp + fn):.3f} ({tp}/{tp + fn})")
