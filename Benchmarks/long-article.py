#!/usr/bin/env python3
"""Near-linear time on one long article: doubles an article's length and times each command.

Two generated inputs (deterministic): prose of N words (15-word sentences, a paragraph every ten
sentences) and N short quotes ('"a," kata Budi.' repeated). Each is doubled four times and run
through claims, entities, search (no cache), xref and compare (the article against a copy).
Prints seconds per size and the ratio to the size before; with --check, exits 1 when a ratio is
above 2.2. Build first: swift build -c release.

usage: Benchmarks/long-article.py [--bin .build/release/kabar] [--check] [--small]
"""
import os, random, subprocess, sys, tempfile, time

WORDS = ("pemerintah daerah mengatakan bahwa banjir melanda kota dan warga mengungsi ke tempat aman "
         "sementara petugas membantu evakuasi korban di sekitar sungai yang meluap sejak pagi hari").split()

def prose(n, path):
    rng = random.Random(n)
    out, k = ["Banjir Melanda Kota Sepanjang Pekan\n\n"], 0
    while k < n:
        out.append(" ".join(rng.choice(WORDS) for _ in range(15)).capitalize() + ". ")
        k += 15
        if k % 150 == 0:
            out.append("\n\n")
    open(path, "w").write("".join(out) + "\n")

def quotes(n, path):
    open(path, "w").write("Kutipan Budi di Balai Kota\n\n" + '"a," kata Budi. ' * n + "\n")

def timed(cmd):
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start

def main():
    args = sys.argv[1:]
    binary = args[args.index("--bin") + 1] if "--bin" in args else ".build/release/kabar"
    sizes = {"prose words": [62_500, 125_000, 250_000, 500_000, 1_000_000], "quotes": [12_500, 25_000, 50_000, 100_000]}
    if "--small" in args:
        sizes = {"prose words": [50_000, 100_000, 200_000], "quotes": [5_000, 10_000, 20_000]}
    worst = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for kind, ns in sizes.items():
            make = prose if kind == "prose words" else quotes
            print(f"\n{kind:>12}  " + "  ".join(f"{c:>16}" for c in ["claims", "entities", "search", "xref", "compare"]))
            before = None
            for n in ns:
                a, b = os.path.join(tmp, f"a{n}.txt"), os.path.join(tmp, f"b{n}.txt")
                make(n, a)
                make(n, b)
                times = [timed([binary, "claims", a, "--format", "json"]),
                         timed([binary, "entities", a, "--no-cache"]),
                         timed([binary, "search", "Budi" if kind == "quotes" else "banjir", a, "--no-cache"]),
                         timed([binary, "xref", a, b]),
                         timed([binary, "compare", a, b, "--format", "json"])]
                cells = []
                for k, t in enumerate(times):
                    ratio = t / before[k] if before and before[k] > 0.05 else None
                    if ratio:
                        worst = max(worst, ratio)
                    cells.append(f"{t:7.2f}s" + (f" ({ratio:4.2f}x)" if ratio else "        "))
                print(f"{n:>12}  " + "  ".join(f"{c:>16}" for c in cells))
                before = times
    print(f"\nworst ratio per doubling: {worst:.2f} (target at most 2.2; times under 0.05 s not compared)")
    if "--check" in args and worst > 2.2:
        sys.exit(1)

if __name__ == "__main__":
    main()
