#!/usr/bin/env python3
"""Writes a web archive of bench articles for the WARC benchmarks: each record of a JSONL(.gz)
file as an HTML page (title, <h1>, one <p> per paragraph, the date in a meta tag) in a WARC/1.1
`response` record with its `request` record, gzip per record as Common Crawl writes them, the
records repeated with `?copy=N` addresses until the archive holds SIZE_MB of uncompressed records.
Deterministic: the same input gives the same bytes.

usage: Benchmarks/bench-warc.py ../shared/corpus/bench/articles.jsonl.gz SIZE_MB /tmp/big.warc.gz
"""
import gzip, html, json, sys, uuid

def record(kind, uri, date, payload, n):
    head = (f"WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: {date}\r\n"
            f"WARC-Record-ID: <urn:uuid:{uuid.UUID(int=n)}>\r\n"
            f"Content-Type: application/http; msgtype={kind}\r\nContent-Length: {len(payload)}\r\n\r\n")
    return head.encode() + payload + b"\r\n\r\n"

def page(r):
    title = html.escape(r.get("title") or "")
    paras = "".join(f"<p>{html.escape(p)}</p>\n" for p in (r.get("text") or "").split("\n") if p.strip())
    date = html.escape(r.get("date") or "")
    return (f"<!doctype html><html><head><meta charset=\"utf-8\"><title>{title}</title>"
            f"<meta property=\"og:type\" content=\"article\"><meta property=\"article:published_time\" content=\"{date}\"></head>"
            f"<body><article><h1>{title}</h1>\n{paras}</article></body></html>").encode()

def main(src, size_mb, dst):
    opener = gzip.open if src.endswith(".gz") else open
    with opener(src, "rt", encoding="utf-8") as f:
        records = [json.loads(l) for l in f if l.strip()]
    limit, written, n, copy = int(float(size_mb) * 1_000_000), 0, 0, 0
    with open(dst, "wb") as out:
        while written < limit:
            for r in records:
                if written >= limit:
                    break
                uri = (r.get("url") or f"https://example.org/{r['id']}") + (f"?copy={copy}" if copy else "")
                date = (r.get("date") or "2025-06-01T00:00")[:16] + ":00Z"
                body = page(r)
                response = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                            + f"Content-Length: {len(body)}\r\n\r\n".encode() + body)
                request = f"GET {uri} HTTP/1.1\r\nHost: example.org\r\n\r\n".encode()
                for kind, payload in (("request", request), ("response", response)):
                    n += 1
                    data = record(kind, uri, date, payload, n)
                    written += len(data)
                    out.write(gzip.compress(data, compresslevel=6, mtime=0))
            copy += 1

if __name__ == "__main__":
    main(*sys.argv[1:4])
