#!/usr/bin/env python3
"""Writes a doubled collection for the cross-reference benchmark: every record of a JSONL(.gz)
file followed by a lightly perturbed copy (new id; in each paragraph about one word in 25
dropped and one in 40 repeated; the title loses one word). Deterministic (seeded).

usage: Benchmarks/doubled-corpus.py ../shared/corpus/bench/articles.jsonl.gz /tmp/doubled.jsonl.gz
"""
import gzip, json, random, sys

def perturb(text, rng):
    out = []
    for para in text.split("\n"):
        words = []
        for w in para.split(" "):
            r = rng.random()
            if r < 0.04:
                continue
            words.append(w)
            if r > 0.975:
                words.append(w)
        out.append(" ".join(words))
    return "\n".join(out)

def main(src, dst):
    rng = random.Random(20261121)
    opener = gzip.open if src.endswith(".gz") else open
    with opener(src, "rt", encoding="utf-8") as f, gzip.open(dst, "wt", encoding="utf-8") as g:
        for line in f:
            if not line.strip():
                continue
            rec = json.loads(line)
            g.write(json.dumps(rec, ensure_ascii=False) + "\n")
            copy = dict(rec)
            copy["id"] = str(rec.get("id", "")) + "-copy"
            for key in ("text", "body", "content"):
                if isinstance(copy.get(key), str):
                    copy[key] = perturb(copy[key], rng)
            if isinstance(copy.get("title"), str):
                words = copy["title"].split(" ")
                if len(words) > 3:
                    del words[rng.randrange(len(words))]
                copy["title"] = " ".join(words)
            g.write(json.dumps(copy, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
