#!/usr/bin/env python3
"""Writes N times the bench as distinct articles, for the scale benchmarks (issue: scale).

Copy 0 is the bench as it is. Every later copy c gets
  - new ids ("<id>-c<c>") and addresses ("...?copy=<c>"),
  - its dates shifted by c * 400 days, so no two copies ever fall in one story window,
  - its own permutation of content words: every word that is neither a function word nor a
    word of kabar's cue, role and claim lexicons or boilerplate rules (read from
    Sources/KabarCore/Claims/Lexicon/ and Sources/KabarCore/Clean/) is replaced through a bijection of the vocabulary drawn for that copy, among words of the
    same shape (capitalised, lower case, all capitals, with digits), so names stay names,
    numbers stay numbers (digits permuted) and the cue and role words stay where they were.
Claims, entities and stories therefore keep their shape, while copies share no content words.
Deterministic (seeded by the copy number).

usage: Benchmarks/scale-corpus.py N ../shared/corpus/bench/articles.jsonl.gz OUT.jsonl.gz
       (an OUT holding "{copy}" writes one file per copy, e.g. /tmp/scale/bench-{copy}.jsonl.gz:
       kabar reads at most 256 MB from one file)
"""
import datetime, glob, gzip, json, os, random, re, sys

FUNCTION_WORDS = set("""
yang dan di ke dari untuk dengan pada dalam ini itu tersebut adalah akan telah sudah juga atau
tidak tak bukan belum oleh bahwa karena agar supaya sebagai para sang si pun lah kah nya se
saat ketika setelah sebelum hingga sampai sejak serta namun tetapi tapi sedangkan sementara
jika kalau apabila maka bila meski walaupun demikian begitu lebih paling sangat masih hanya
bisa dapat harus perlu ingin mau ada tidak sebuah seorang sejumlah beberapa semua setiap
kami kita saya aku dia ia mereka beliau anda kamu engkau
the a an of to in on at for with by from and or but not is are was were be been has have had
he she they it we i you this that these those as said says
senin selasa rabu kamis jumat sabtu minggu januari februari maret april mei juni juli agustus
september oktober november desember pukul wib wita wit
""".split())

def lexicon_words(root):
    """Every quoted lower-case word of the claim lexicons (cues, roles, hedges, places) and of the
    boilerplate rules ("baca juga"), which must stay for the copies to clean as the bench does."""
    words = set()
    for path in glob.glob(os.path.join(root, "Sources/KabarCore/Claims/Lexicon/*.swift")) + glob.glob(os.path.join(root, "Sources/KabarCore/Clean/*.swift")):
        with open(path, encoding="utf-8") as f:
            for w in re.findall(r'"([a-z][a-z\- ]*)"', f.read()):
                words.update(w.split())
    return words

TOKEN = re.compile(r"[0-9]+|[^\W\d_]+", re.UNICODE)

def shape(word):
    if word.isdigit():
        return "digits%d" % len(word)
    if word.isupper() and len(word) > 1:
        return "upper"
    if word[:1].isupper():
        return "title"
    return "lower"

def vocabulary(records, keep):
    """Content words by shape, in first-seen order (for a deterministic bijection)."""
    seen = {}
    for r in records:
        for field in ("title", "text"):
            for w in TOKEN.findall(r.get(field) or ""):
                if w.isdigit() or w.lower() in keep:
                    continue
                seen.setdefault(shape(w), {}).setdefault(w, None)
    return {s: list(words) for s, words in seen.items()}

def permutation(vocab, copy):
    rng = random.Random(1000003 * copy + 19)
    mapping = {}
    for s, words in vocab.items():
        shuffled = words[:]
        rng.shuffle(shuffled)
        mapping.update(zip(words, shuffled))
    digits = list("0123456789")
    rng.shuffle(digits)
    # Keep a leading digit non-zero so numbers stay numbers of the same size.
    if digits[1] == "0":
        digits[1], digits[2] = digits[2], digits[1]
    return mapping, str.maketrans("0123456789", "".join(digits))

def rewrite(text, mapping, digit_table):
    def replace(m):
        w = m.group(0)
        if w.isdigit():
            return w.translate(digit_table) if len(w) > 1 or w != "0" else w
        return mapping.get(w, w)
    return TOKEN.sub(replace, text)

def shifted(date, days):
    if not date:
        return date
    try:
        d = datetime.datetime.fromisoformat(date[:16])
    except ValueError:
        return date
    return (d + datetime.timedelta(days=days)).strftime("%Y-%m-%dT%H:%M")

def main(n, src, dst):
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    keep = FUNCTION_WORDS | lexicon_words(root)
    opener = gzip.open if src.endswith(".gz") else open
    with opener(src, "rt", encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    vocab = vocabulary(records, keep)
    written = 0
    out = None
    try:
        for copy in range(n):
            if out is None or "{copy}" in dst:
                if out is not None:
                    out.close()
                out = gzip.open(dst.replace("{copy}", "%03d" % copy), "wt", encoding="utf-8", compresslevel=4)
            if copy == 0:
                mapping, digits = {}, str.maketrans("", "")
            else:
                mapping, digits = permutation(vocab, copy)
            for r in records:
                c = dict(r)
                if copy:
                    c["id"] = "%s-c%d" % (r["id"], copy)
                    c["title"] = rewrite(r.get("title") or "", mapping, digits)
                    c["text"] = rewrite(r.get("text") or "", mapping, digits)
                    c["date"] = shifted(r.get("date"), 400 * copy)
                    if r.get("url"):
                        c["url"] = r["url"] + ("&" if "?" in r["url"] else "?") + "copy=%d" % copy
                out.write(json.dumps(c, ensure_ascii=False) + "\n")
                written += 1
    finally:
        if out is not None:
            out.close()
    print("%d articles (%d copies of %d) in %s" % (written, n, len(records), dst))

if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(int(sys.argv[1]), sys.argv[2], sys.argv[3])
