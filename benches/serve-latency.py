#!/usr/bin/env python3
"""Save-to-refreshed time of `informed serve` on the shipped site.

Copies the repository's site (content/, locales/, templates/) to a temporary
folder, starts `informed serve` there, listens on the events endpoint as the
page's script does, then saves a Markdown section several times. For each
save it measures the time from the write to the `reload` event, and to the
changed page having been fetched again (what a browser does on `reload`).

    cargo build && python3 benches/serve-latency.py [path/to/informed] [--pdf]

Not a test: the figures depend on the machine. docs/perf.md records them.
"""
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
target = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
args = [a for a in sys.argv[1:] if not a.startswith("--")]
binary = args[0] if args else os.path.join(target, "debug", "informed")
extra = ["--pdf"] if "--pdf" in sys.argv else []
SAVES = 10
PAGE = "/intramedullary-distraction-lower-limb-lengthening/"
SECTION = "content/procedures/intramedullary-distraction-lower-limb-lengthening/about.md"


def get(address, path):
    host, port = address.split(":")
    with socket.create_connection((host, int(port))) as s:
        s.sendall(f"GET {path} HTTP/1.1\r\nHost: localhost\r\n\r\n".encode())
        data = b""
        while chunk := s.recv(65536):
            data += chunk
    return data.decode("utf-8", "replace")


def main():
    site = tempfile.mkdtemp(prefix="informed-latency-")
    for folder in ["content", "locales", "templates", "static", "fonts"]:
        if os.path.isdir(os.path.join(ROOT, folder)):
            shutil.copytree(os.path.join(ROOT, folder), os.path.join(site, folder))
    server = subprocess.Popen(
        [binary, "serve", "--port", "0", *extra], cwd=site, stderr=subprocess.PIPE, text=True
    )
    try:
        for line in server.stderr:
            if "serving http://" in line:
                address = line.split("http://")[1].split("/")[0]
                break
        rebuilds = []

        def drain():  # keeps the server's stderr flowing, and keeps its own timings
            for line in server.stderr:
                if line.startswith("rebuilt in "):
                    rebuilds.append(float(line.split()[2]))

        threading.Thread(target=drain, daemon=True).start()
        events = socket.create_connection(tuple([address.split(":")[0], int(address.split(":")[1])]))
        events.sendall(b"GET /__informed/events HTTP/1.1\r\nHost: localhost\r\n\r\n")
        reader = events.makefile("r", encoding="utf-8")

        def next_event():
            name = None
            for line in reader:
                line = line.rstrip("\n")
                if line.startswith("event: "):
                    name = line[7:]
                elif line.startswith("data: ") and name:
                    return name

        assert next_event() == "ready"
        path = os.path.join(site, SECTION)
        original = open(path, encoding="utf-8").read()
        to_event, to_page = [], []
        for n in range(SAVES):
            time.sleep(0.5)
            marker = f"Latency marker {n}."
            start = time.perf_counter()
            with open(path, "w", encoding="utf-8") as f:
                f.write(original + "\n" + marker + "\n")
            assert next_event() == "reload"
            to_event.append(time.perf_counter() - start)
            assert marker in get(address, PAGE)
            to_page.append(time.perf_counter() - start)
        ms = lambda xs: f"median {statistics.median(xs) * 1000:.0f} ms (min {min(xs) * 1000:.0f}, max {max(xs) * 1000:.0f})"
        print(f"{SAVES} saves of {SECTION}{' with PDFs' if extra else ''}, {binary}")
        print(f"save to reload event:  {ms(to_event)}")
        print(f"save to page fetched:  {ms(to_page)}")
        time.sleep(0.2)
        if rebuilds:
            print(f"of which the rebuild:  {ms(rebuilds)} ({len(rebuilds)} rebuilds for {SAVES} saves)")
    finally:
        server.kill()
        server.wait()
        shutil.rmtree(site, ignore_errors=True)


main()
