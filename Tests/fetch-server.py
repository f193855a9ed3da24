#!/usr/bin/env python3
"""A local HTTP server for kabar's fetch tests: 127.0.0.1 only, on a port the system picks
(printed first), serving saved pages from a folder and the awkward answers real sites give.

    /page/NAME          the file NAME from the folder (text/html)
    /redirect/N/NAME    N redirects (302), then /page/NAME
    /status/CODE        an empty answer with that status
    /flaky/NAME         503 for the first two requests of each NAME, then the page
    /slow               a page sent slowly (one byte a second)
    /big                a 50 MB HTML answer
    /pdf                a page-sized answer with Content-Type application/pdf
    /latin1             a Windows-1252 page whose charset is only in its <meta>
    /gzip/NAME          the page gzip-compressed (Content-Encoding: gzip)
"""
import gzip, http.server, os, sys, threading, time

FOLDER = sys.argv[1]
COUNTS = {}
LOCK = threading.Lock()

class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        with open(os.path.join(FOLDER, ".requests.log"), "a") as log:
            log.write("%s %s\n" % (self.path, self.headers.get("User-Agent", "")))

    def send(self, code, body=b"", ctype="text/html; charset=utf-8", extra=()):
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in extra:
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def page(self, name):
        path = os.path.join(FOLDER, os.path.basename(name))
        with open(path, "rb") as f:
            return f.read()

    def do_GET(self):
        parts = self.path.strip("/").split("/")
        try:
            if parts[0] == "page":
                self.send(200, self.page(parts[1]))
            elif parts[0] == "redirect":
                n = int(parts[1])
                target = "/redirect/%d/%s" % (n - 1, parts[2]) if n > 1 else "/page/" + parts[2]
                self.send(302, b"", extra=[("Location", target)])
            elif parts[0] == "status":
                self.send(int(parts[1]), b"")
            elif parts[0] == "flaky":
                with LOCK:
                    COUNTS[parts[1]] = COUNTS.get(parts[1], 0) + 1
                    n = COUNTS[parts[1]]
                if n <= 2:
                    self.send(503, b"", extra=[("Retry-After", "0")])
                else:
                    self.send(200, self.page(parts[1]))
            elif parts[0] == "slow":
                body = b"<html><body>" + b"x" * 200 + b"</body></html>"
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                for b in body:
                    self.wfile.write(bytes([b]))
                    self.wfile.flush()
                    time.sleep(1)
            elif parts[0] == "big":
                chunk = b"<p>" + b"kata " * 2000 + b"</p>\n"
                total = 50 << 20
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                sent = 0
                while sent < total:
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                    sent += len(chunk)
                self.wfile.write(b"0\r\n\r\n")
            elif parts[0] == "pdf":
                self.send(200, b"%PDF-1.4 " + b"0" * 1000, ctype="application/pdf")
            elif parts[0] == "latin1":
                body = ("<html><head><meta charset=\"windows-1252\"><title>Harga Caf\u00e9 Naik</title></head><body><article>"
                        + "<h1>Harga Caf\u00e9 Naik</h1>"
                        + "".join("<p>Harga kopi di caf\u00e9 nomor %d di Tanjung Lombar naik menjadi Rp %d.000 per cangkir sejak Senin pagi, kata pemiliknya.</p>" % (k, 20 + k) for k in range(6))
                        + "</article></body></html>").encode("cp1252")
                self.send(200, body, ctype="text/html")
            elif parts[0] == "gzip":
                self.send(200, gzip.compress(self.page(parts[1])), extra=[("Content-Encoding", "gzip")])
            else:
                self.send(404, b"")
        except (BrokenPipeError, ConnectionResetError):
            pass
        except FileNotFoundError:
            self.send(404, b"")

server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
server.daemon_threads = True
print(server.server_address[1], flush=True)
server.serve_forever()
