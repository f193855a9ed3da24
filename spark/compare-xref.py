"""How far two `kabar xref --format json` documents agree (the Spark job's against one machine's).

    python3 spark/compare-xref.py ONE.json OTHER.json [--require-stories F] [--require-reuse F] [--require-all F]

Entries are compared by article id, not index: stories as sets of articles, reused text as
article pairs, numbers as the reports of each differing quantity, claim clusters as their
members, source chains as paths with their claim counts. Prints the shares of each the two
have in common (Jaccard); exits 1 when a required share is not met.
"""
import argparse
import json
import sys


def keyed(doc):
    ids = [a["id"] for a in doc["articles"]]

    def claim(m):
        c = m["claim"]
        return (ids[m["article"]], c.get("speaker"), c.get("content"))

    return {
        "articles": {(a["id"], a.get("outlet"), a.get("title"), a.get("published")) for a in doc["articles"]},
        "stories": {frozenset(ids[k] for k in s["articles"]) for s in doc["stories"]},
        "reuse": {frozenset((ids[r["first"]], ids[r["second"]])) for r in doc["reuse"]},
        "numberDiscrepancies": {(d["family"], d["agreement"], frozenset((ids[r["article"]], r["text"], r["inHeadline"])
                                                                     for r in d["reports"])) for d in doc["numberDiscrepancies"]},
        "headlineConflicts": {(ids[h["article"]], h["headline"]["text"], h["body"]["text"]) for h in doc["headlineConflicts"]},
        "claimClusters": {frozenset(claim(m) for m in c["members"]) for c in doc["claimClusters"]},
        "dateDiscrepancies": {(d["speaker"], frozenset((ids[r["article"]], r["date"]) for r in d["reports"]))
                              for d in doc["dateDiscrepancies"]},
        "sourceChains": {(tuple(c["path"]), c["claims"]) for c in doc["sourceChains"]["chains"]},
    }


def main():
    p = argparse.ArgumentParser()
    p.add_argument("one")
    p.add_argument("other")
    p.add_argument("--require-stories", type=float, default=0)
    p.add_argument("--require-reuse", type=float, default=0)
    p.add_argument("--require-all", type=float, default=0, help="the share every section must reach")
    a = p.parse_args()
    x, y = keyed(json.load(open(a.one))), keyed(json.load(open(a.other)))
    shares = {}
    for section in x:
        both, either = len(x[section] & y[section]), len(x[section] | y[section])
        shares[section] = both / either if either else 1.0
        print(f"{section}: {len(x[section])} and {len(y[section])}, {both} in both ({shares[section]:.3f})")
    if (shares["stories"] < a.require_stories or shares["reuse"] < a.require_reuse
            or min(shares.values()) < a.require_all):
        print("compare-xref: agreement under the required share", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
