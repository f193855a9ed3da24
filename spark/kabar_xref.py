"""Cross-referencing a collection too large for one machine, with kabar as the per-article step.

    spark-submit spark/kabar_xref.py INPUT OUTDIR [--kabar PATH] [--partitions N]

INPUT is JSONL records (one article per line, as `kabar analyze -` reads them; gzip is read
transparently by Spark). The job:

1. map: every partition's records go through `kabar analyze - --format jsonl` (RDD.pipe), one
   line per article with its claims and the features cross-referencing needs;
2. candidates, counted with Spark (reduceByKey), never all pairs: title and opening words
   (storyTerms) that 2 to 40 articles share, kept at StoryGrouper's tf-idf cosine over the whole
   collection; sampled eight-word shingles; claim words held by at most 200 claims (two claims
   sharing two, 60% of the shorter's words in the other): a pair shares two at least;
3. blocks: the candidate pairs' connected components (union-find on the driver: the pairs,
   not the articles, are collected), packed into partitions of balanced size;
4. reduce: each partition's records go through `kabar xref --format json --collection-rarity`
   (RDD.pipe again), told the whole collection's counts of the words they hold, so it scores,
   groups and aligns as kabar does on the whole collection;
5. merge: the partitions' documents become one in the contract of `kabar xref --format json`
   (article indexes renumbered to the input's order), written to OUTDIR/xref.json, and as
   JSONL parts (OUTDIR/parts/part-*.jsonl: one section entry per line, `{"section", "entry"}`).

docs/spark.md gives the agreement with `kabar xref` measured on corpus/real and the bench.
"""

import argparse
import json
import math
import os
import shlex
import sys
from collections import defaultdict

from pyspark import SparkConf, SparkContext

MAX_POSTINGS = 40  # StoryGrouper.maxPostings and TextReuseFinder.maxPostings
STORY_THRESHOLD = 0.2  # StoryGrouper.threshold
CONTAINMENT = 0.6  # ClaimMatcher.containment


def features(line):
    """(id, storyTerms as (hash, weight), shingle hashes, claimWords as (claim index, word hashes))
    of one `kabar analyze` line."""
    a = json.loads(line)
    f = a.get("features") or {}
    return (a["id"], [(t, w) for t, w in f.get("storyTerms", [])], [h for h, _ in f.get("shingles", [])],
            [(c, words) for c, words in f.get("claimWords", [])])


def parsed(line):
    """The record a line holds, or None when it is no JSON object (kabar reports it, gives no article)."""
    try:
        r = json.loads(line)
    except ValueError:
        return None
    return r if isinstance(r, dict) else None


def id_of(record):
    """The id kabar gives a record: its first id field (id, _id, uuid), trimmed."""
    for key in ("id", "_id", "uuid"):
        v = record.get(key)
        if isinstance(v, (str, int, float)) and str(v).strip():
            return str(v).strip()
    return None


def record_id(line):
    r = parsed(line)
    return None if r is None else id_of(r)


def with_id(line, k):
    """A record without an id field gets one from its line, so it can be linked to its article."""
    r = parsed(line)
    if r is None or id_of(r) is not None:
        return line
    r["id"] = f"line-{k + 1}"
    return json.dumps(r, ensure_ascii=False)


def pairs_sharing(postings):
    """Every pair of a posting list of 2..MAX_POSTINGS articles."""
    term, articles = postings
    articles = sorted(set(articles))
    if not 2 <= len(articles) <= MAX_POSTINGS:
        return []
    return [((articles[x], articles[y]), 1) for x in range(len(articles)) for y in range(x + 1, len(articles))]


def components(n, pairs):
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j in pairs:
        a, b = find(i), find(j)
        if a != b:
            parent[max(a, b)] = min(a, b)
    groups = defaultdict(list)
    for k in range(n):
        groups[find(k)].append(k)
    return list(groups.values())


def pack(groups, partitions):
    """Blocks into partitions, largest first onto the emptiest: {article index: partition}."""
    load = [0] * partitions
    where = {}
    for g in sorted(groups, key=lambda g: (-len(g), g[0])):
        p = min(range(partitions), key=lambda k: (load[k], k))
        load[p] += len(g)
        for k in g:
            where[k] = p
    return where


def merge(documents, total, source):
    """The partitions' xref documents as one, indexes in the input's order.

    documents: [(global indexes of the partition's records in the order given, document)]."""
    out = {"articles": [None] * total, "stories": [], "claimClusters": [], "numberDiscrepancies": [],
           "headlineConflicts": [], "dateDiscrepancies": [], "reuse": []}
    chains, edges = {}, defaultdict(int)
    for order, doc in documents:
        def g(k):
            return order[k]
        cluster_base = len(out["claimClusters"])
        for a in doc["articles"]:
            a = dict(a)
            a["index"] = g(a["index"])
            a["path"] = source
            out["articles"][a["index"]] = a
        for s in doc["stories"]:
            out["stories"].append(dict(s, articles=[g(k) for k in s["articles"]]))
        for c in doc["claimClusters"]:
            out["claimClusters"].append(dict(c, earliest=None if c["earliest"] is None else g(c["earliest"]),
                                             members=[dict(m, article=g(m["article"])) for m in c["members"]]))
        for d in doc["numberDiscrepancies"]:
            out["numberDiscrepancies"].append(dict(d, reports=[dict(r, article=g(r["article"])) for r in d["reports"]]))
        for h in doc["headlineConflicts"]:
            out["headlineConflicts"].append(dict(h, article=g(h["article"])))
        for d in doc["dateDiscrepancies"]:
            out["dateDiscrepancies"].append(dict(d, claimClusters=[cluster_base + k for k in d["claimClusters"]],
                                                 reports=[dict(r, article=g(r["article"])) for r in d["reports"]]))
        for r in doc["reuse"]:
            out["reuse"].append(dict(r, first=g(r["first"]), second=g(r["second"])))
        for c in doc["sourceChains"]["chains"]:
            key = tuple(c["path"])
            merged = chains.setdefault(key, {"path": c["path"], "articles": [], "claims": 0})
            merged["articles"] += [g(k) for k in c["articles"]]
            merged["claims"] += c["claims"]
        for e in doc["sourceChains"]["edges"]:
            edges[(e["from"], e["to"])] += e["claims"]
    # One order whatever the partitioning: by the first article each entry points at.
    out["stories"].sort(key=lambda s: (s["earliest"] or "~", min(s["articles"])))
    out["numberDiscrepancies"].sort(key=lambda d: (min(r["article"] for r in d["reports"]), d["family"]))
    out["headlineConflicts"].sort(key=lambda h: h["article"])
    out["reuse"].sort(key=lambda r: (min(r["first"], r["second"]), max(r["first"], r["second"])))
    for c in chains.values():
        c["articles"] = sorted(set(c["articles"]))
    out["sourceChains"] = {
        "chains": sorted(chains.values(), key=lambda c: (-c["claims"], c["path"])),
        "edges": [{"from": f, "to": t, "claims": n} for (f, t), n in sorted(edges.items(), key=lambda e: (-e[1], e[0]))],
    }
    missing = [k for k, a in enumerate(out["articles"]) if a is None]
    if missing:
        raise SystemExit(f"kabar_xref: {len(missing)} records gave no article (first at input line {missing[0] + 1})")
    return out


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input")
    parser.add_argument("outdir")
    parser.add_argument("--kabar", default=os.environ.get("KABAR", "kabar"), help="the kabar executable on every worker")
    parser.add_argument("--partitions", type=int, default=0, help="partitions of the reduce (default: the default parallelism)")
    args = parser.parse_args(argv)

    sc = SparkContext(conf=SparkConf().setAppName("kabar-xref"))
    sc.setLogLevel("WARN")
    partitions = args.partitions or sc.defaultParallelism
    kabar = shlex.quote(args.kabar)

    numbered = (sc.textFile(args.input).filter(lambda l: l.strip()).zipWithIndex()
                .map(lambda x: (x[1], with_id(x[0], x[1]))))
    lines = numbered.count()
    # Input order kept in contiguous ranges over the partitions (a .gz file is read as one).
    parts = max(partitions, numbered.getNumPartitions())
    records = (numbered.partitionBy(parts, lambda k: k * parts // max(lines, 1))
               .mapPartitions(lambda it: sorted(it), preservesPartitioning=True).cache())
    # Records are linked to kabar's lines by their id, which must be unique.
    ids = records.mapValues(record_id).collectAsMap()
    line_of = {}
    for k in sorted(ids):
        if ids[k] is None:
            continue
        if ids[k] in line_of:
            raise SystemExit(f"kabar_xref: {args.input}: lines {line_of[ids[k]] + 1} and {k + 1} have one id ({ids[k]}); "
                             "ids must be unique")
        line_of[ids[k]] = k
    bline = sc.broadcast(line_of)

    # 1. map: kabar analyze on every partition; a record that is no article (no text) gives no line.
    # kabar exits 1 when some records were no articles (it names them on standard error) and
    # gives the lines of the others; any other failure stops the job.
    analyse = f"{kabar} analyze - --format jsonl --quiet; s=$?; [ $s -le 1 ] || exit $s"
    analysed = (records.values().pipe(f"sh -c {shlex.quote(analyse)}", checkCode=True).map(features)
                .map(lambda r: (bline.value.get(r[0], -1), r)).cache())
    unlinked = analysed.filter(lambda r: r[0] < 0).map(lambda r: r[1][0]).take(1)
    if unlinked:
        raise SystemExit(f"kabar_xref: kabar analyze named an article {unlinked[0]!r} that no record has as its id")
    kept = sorted(analysed.keys().collect())
    total = len(kept)
    rank = {k: r for r, k in enumerate(kept)}  # a kept record's index among the articles, as kabar xref counts them

    # 2. candidates, from three inverted indexes counted with Spark: title and opening words
    # (a pair sharing two that 2..40 articles hold, kept when its tf-idf cosine with the rarity of
    # the whole collection reaches StoryGrouper's threshold), sampled shingles (a pair sharing
    # two, as TextReuseFinder), and claim words (a pair whose claims share two words that 200
    # claims at most hold, as ClaimMatcher).
    def shared_twice(postings):
        return (postings.groupByKey().flatMap(pairs_sharing)
                .reduceByKey(lambda a, b: a + b).filter(lambda p: p[1] >= 2).keys())

    term_tf = analysed.flatMap(lambda r: [(t, (r[0], w)) for t, w in r[1][1]])            # term -> (article, tf)
    df = term_tf.map(lambda x: (x[0], 1)).reduceByKey(lambda a, b: a + b).cache()          # term -> articles
    claims = analysed.flatMap(lambda r: [((r[0], c), words) for c, words in r[1][3]]).cache()     # (article, claim) -> words
    claim_words = claims.flatMap(lambda x: [(w, x[0]) for w in x[1]])                                # word -> (article, claim)
    claim_counts = claim_words.map(lambda x: (x[0], 1)).reduceByKey(lambda a, b: a + b).cache()       # word -> claims
    n = float(total + 20)  # as StoryGrouper: twenty imagined articles sharing none of the words

    def normalised(weights):
        weights = list(weights)
        norm = math.sqrt(sum(w * w for _, w in weights))
        return {t: (w / norm if norm > 0 else 0.0) for t, w in weights}

    vectors = (term_tf.join(df)
               .map(lambda x: (x[1][0][0], (x[0], (1 + math.log(x[1][0][1])) * math.log(n / x[1][1]))))
               .groupByKey().mapValues(normalised).cache())
    rare_terms = term_tf.join(df).filter(lambda x: 2 <= x[1][1] <= MAX_POSTINGS).map(lambda x: (("t", x[0]), x[1][0][0]))
    story_pairs = (shared_twice(rare_terms)
                   .join(vectors).map(lambda x: (x[1][0], (x[0], x[1][1])))
                   .join(vectors)
                   .filter(lambda x: sum(w * x[1][1].get(t, 0.0) for t, w in x[1][0][1].items()) >= STORY_THRESHOLD)
                   .map(lambda x: (x[1][0][0], x[0])))
    shingle_pairs = shared_twice(analysed.flatMap(lambda r: [(("s", h), r[0]) for h in set(r[1][2])]))
    def claim_pairs_sharing(postings):
        word, members = postings
        members = sorted(set(members))
        return [((members[x], members[y]), 1) for x in range(len(members)) for y in range(x + 1, len(members))
                if members[x][0] != members[y][0]]

    def contained(x):
        (a, b), (wa, wb) = x
        small, large = (wa, set(wb)) if len(wa) <= len(wb) else (wb, set(wa))
        return sum(1 for w in small if w in large) >= CONTAINMENT * len(small)

    claim_pairs = (claim_words.join(claim_counts).filter(lambda x: x[1][1] <= 200).map(lambda x: (x[0], x[1][0]))
                   .groupByKey().flatMap(claim_pairs_sharing).reduceByKey(lambda a, b: a + b).filter(lambda p: p[1] >= 2)
                   .map(lambda p: (p[0][0], p[0][1])).join(claims).map(lambda x: (x[1][0], (x[0], x[1][1])))
                   .join(claims).map(lambda x: ((x[1][0][0], x[0]), (x[1][0][1], x[1][1])))
                   .filter(contained).map(lambda x: (x[0][0][0], x[0][1][0])).distinct())
    pairs = story_pairs.union(shingle_pairs).union(claim_pairs).distinct().collect()

    # 3. blocks packed into partitions.
    groups = components(total, [(rank[i], rank[j]) for i, j in pairs])
    where = pack(groups, partitions)
    bwhere = sc.broadcast({kept[r]: p for r, p in where.items()})
    # 4. reduce: kabar xref on each partition's articles, in input order, told the whole
    # collection's counts of the words they hold (the partition's first line, --collection-rarity).
    def rarity_line(entries):
        story, claims = {}, {}
        for kind, word, count in entries:
            if kind != "x":
                (story if kind == "t" else claims)[word] = count
        return json.dumps({"articles": total, "storyTerms": story, "claimWords": claims}, separators=(",", ":"))

    rarity = (term_tf.map(lambda x: (x[0], bwhere.value[x[1][0]])).distinct().join(df)
              .map(lambda x: (x[1][0], ("t", x[0], x[1][1])))
              .union(claim_words.map(lambda x: (x[0], bwhere.value[x[1][0]])).distinct().join(claim_counts)
                     .map(lambda x: (x[1][0], ("c", x[0], x[1][1]))))
              .union(sc.parallelize([(p, ("x", None, 0)) for p in range(partitions)]))  # a line for every partition
              .groupByKey().map(lambda x: (x[0], (-1, rarity_line(x[1])))))
    script = (f"d=$(mktemp -d) || exit 1; cat > \"$d/all\"; s=0; "
              f"head -n 1 \"$d/all\" > \"$d/rarity.json\"; tail -n +2 \"$d/all\" > \"$d/part.jsonl\"; "
              f"if [ -s \"$d/part.jsonl\" ]; then {kabar} xref \"$d/part.jsonl\" --format json --quiet --collection-rarity \"$d/rarity.json\"; s=$?; fi; "
              "rm -rf \"$d\"; exit $s")
    blocks = (records.filter(lambda x: x[0] in bwhere.value).map(lambda x: (bwhere.value[x[0]], x))
              .union(rarity)
              .partitionBy(partitions, lambda p: p)
              .mapPartitions(lambda it: [r for _, r in sorted(it)]).cache())
    orders = blocks.keys().filter(lambda k: k >= 0).glom().collect()
    outputs = blocks.values().pipe(f"sh -c {shlex.quote(script)}", checkCode=True).glom().collect()
    documents = []
    for order, out in zip(orders, outputs):
        if not order:
            continue
        doc = json.loads("\n".join(out))
        if [a["id"] for a in doc["articles"]] != [ids[k] for k in order]:
            raise SystemExit("kabar_xref: kabar xref did not give one article per record analysed, in their order")
        documents.append(([rank[k] for k in order], doc))

    # 5. merge and write.
    result = merge(documents, total, args.input)
    os.makedirs(os.path.join(args.outdir, "parts"), exist_ok=True)
    with open(os.path.join(args.outdir, "xref.json"), "w", encoding="utf-8") as f:
        json.dump(result, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")
    for section in ["articles", "stories", "claimClusters", "numberDiscrepancies", "headlineConflicts",
                    "dateDiscrepancies", "reuse"]:
        with open(os.path.join(args.outdir, "parts", f"part-{section}.jsonl"), "w", encoding="utf-8") as f:
            for e in result[section]:
                f.write(json.dumps({"section": section, "entry": e}, ensure_ascii=False) + "\n")
    with open(os.path.join(args.outdir, "parts", "part-sourceChains.jsonl"), "w", encoding="utf-8") as f:
        f.write(json.dumps({"section": "sourceChains", "entry": result["sourceChains"]}, ensure_ascii=False) + "\n")
    print(f"kabar_xref: {total} articles, {len(pairs)} candidate pairs, {sum(len(g) > 1 for g in groups)} blocks "
          f"of two or more (largest {max(map(len, groups), default=0)}), {len(result['stories'])} stories, "
          f"{len(result['reuse'])} reuse pairs -> {os.path.join(args.outdir, 'xref.json')}", file=sys.stderr)
    sc.stop()


if __name__ == "__main__":
    main(sys.argv[1:])
