#!/usr/bin/env python3
"""Answers as external sites do, on 127.0.0.1 and a free port (written to the file given): for bench/external-bench.sh.

/ok 200; /moved 301 -> /new-home; /temporary 302 -> /ok; /missing 404; /gone 410; /rate-limited 429 with
Retry-After: 1 once, then 200; /flaky 503 once, then 200; /down 503 always; /slow answers after 12 s. /__reset forgets every earlier request, so that each tool meets the same answers;
/__hits tells how many requests came since.
"""
import sys
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

hits = Counter()


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        path = self.path.split("?")[0]
        if path == "/__hits":
            body = str(sum(hits.values())).encode()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        hits[path] += 1
        if path == "/__reset":
            hits.clear()
            self.answer(204)
        elif path in ("/ok", "/new-home"):
            self.answer(200)
        elif path == "/moved":
            self.answer(301, {"Location": "/new-home"})
        elif path == "/temporary":
            self.answer(302, {"Location": "/ok"})
        elif path == "/gone":
            self.answer(410)
        elif path == "/rate-limited":
            self.answer(429, {"Retry-After": "1"}) if hits[path] == 1 else self.answer(200)
        elif path == "/flaky":
            self.answer(503 if hits[path] == 1 else 200)
        elif path == "/down":
            self.answer(503)
        elif path == "/slow":
            time.sleep(12)
            self.answer(200)
        else:
            self.answer(404)

    do_HEAD = do_GET

    def answer(self, status, headers=None):
        body = b"<html><body>%d</body></html>" % status
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command == "GET":
            try:
                self.wfile.write(body)
            except BrokenPipeError:
                pass

    def log_message(self, *args):
        pass


server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
server.daemon_threads = True
with open(sys.argv[1], "w") as port_file:
    port_file.write(str(server.server_address[1]))
server.serve_forever()
