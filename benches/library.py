#!/usr/bin/env python3
"""informed and Hugo side by side on a generated library, for the speed-and-scale issue.

For each case, writes a library of N procedures in L languages with the hidden
`informed corpus <dir> --procedures N --languages L --hugo <hugodir>` (the
same pages as a Hugo site beside it), then builds both, alternating informed
and Hugo run by run (informed first on even runs, Hugo first on odd ones), and
prints a Markdown table of medians.

    python3 benches/library.py [path/to/informed] [--cases 100x3,1000x3,...] [--runs 3]
                               [--saves 5] [--from SITE]

Cases:

    100x3      100 procedures x 3 languages, no PDFs
    1000x3     1000 x 3, no PDFs
    1000x10    1000 x 10, no PDFs. Not run by default: the slowest, going by
               100x3 (33 times its pages; on a shared 2-core machine 100x3 took
               4 s and 100 MB, and 100x3-pdf 125 s, so expect minutes a run,
               gigabytes on disk and in memory); ask for it with --cases
    100x3-pdf  100 x 3 with PDF leaflets. Hugo makes no PDFs: its column is
               the same site's HTML-only build, shown beside it for scale
    edit       1000 x 3: build, append a line to one procedure's about.md,
               and time the second `informed build --no-pdf` into the same
               output folder (Hugo: the same edit to the same page, second
               `hugo` into the same destination)
    serve      1000 x 3 under `informed serve --port 0`: time from writing a
               changed about.md to the `reload` server-sent event on
               /__informed/events (as benches/serve-latency.py does), --saves
               saves per run; Hugo: `hugo server` (its default fast render,
               output in memory) to its livereload `reload` message
    serve-one  the same, with `informed serve --procedure <the edited one>`:
               the preview of one procedure of the library (Hugo as above)

Every informed build runs in the generated site's folder into a new, empty
output folder outside it, with new, empty clinicians' and archive folders
(`informed build -o OUT --clinicians C --archive A`, and `--no-pdf` but for
the pdf case); every Hugo build is `hugo -s <hugodir> -d <new empty folder>`.
For each build: wall time, peak memory (the child's maxrss from wait4),
output size (`du` of the output folder, for informed with its clinicians'
folder) and number of files. Folders are deleted once measured; everything
lives in one temporary folder under /tmp, removed at the end. Any failed
build stops the script with its error output.

The corpus copies the content and translations of the site given by --from
(the repository by default), but not its templates: the binary's built-in
templates are the repository's templates/ as they were when it was built, so
the pages are the same and a working tree whose templates have moved on since
the binary was built does not break the benchmark (--site-templates copies
them too). The binary and that site are copied when the script starts, so a
rebuild or an edit while it runs does not change what is measured.

Not a test: the figures depend on the machine and what else runs on it;
docs/perf.md records them.
"""
import argparse
import base64
import json
import os
import shlex
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARGET = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
HUGO = shutil.which("hugo") or "/usr/bin/hugo"

# name: (procedures, languages, kind)
CASES = {
    "100x3": (100, 3, "build"),
    "1000x3": (1000, 3, "build"),
    "1000x10": (1000, 10, "build"),
    "100x3-pdf": (100, 3, "pdf"),
    "edit": (1000, 3, "edit"),
    "serve": (1000, 3, "serve"),
    "serve-one": (1000, 3, "serve-one"),
}
DEFAULT_CASES = ["100x3", "1000x3", "100x3-pdf", "edit", "serve", "serve-one"]  # all but 1000x10
WAIT = 600  # seconds: a server that says nothing for this long has failed


def fail(message, log=None):
    print(f"\nFAILED: {message}", file=sys.stderr)
    if log and os.path.exists(log):
        text = open(log, encoding="utf-8", errors="replace").read()
        print("---- its output (last 60 lines) ----", file=sys.stderr)
        print("\n".join(text.splitlines()[-60:]), file=sys.stderr)
    raise SystemExit(1)


class Bench:
    def __init__(self, binary, tmp):
        self.binary = binary
        self.tmp = tmp
        self.corpora = {}
        self.generated = {}  # (n, l) -> seconds
        self.count = 0

    def fresh(self, name):
        """A new folder name under the temporary folder (not created: informed wants it new or empty)."""
        self.count += 1
        return os.path.join(self.tmp, f"{name}-{self.count}")

    def run(self, what, command, cwd):
        """Runs `command`; returns (wall seconds, peak RSS in KiB). Fails loudly on a non-zero exit."""
        log = os.path.join(self.tmp, "last.log")
        with open(log, "w") as out:
            start = time.perf_counter()
            child = subprocess.Popen(command, cwd=cwd, stdout=out, stderr=subprocess.STDOUT)
            _, status, usage = os.wait4(child.pid, 0)
            wall = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode != 0:
            fail(f"{what}: `{shlex.join(command)}` (in {cwd}) exited with {child.returncode}", log)
        return wall, usage.ru_maxrss

    def corpus(self, n, languages):
        """The generated site and Hugo site of n x languages, made once per run of the script."""
        key = (n, languages)
        if key not in self.corpora:
            site = os.path.join(self.tmp, f"corpus-{n}x{languages}", "site")
            hugo = os.path.join(self.tmp, f"corpus-{n}x{languages}", "hugo")
            command = [self.binary, "corpus", site, "--from", FROM, "--procedures", str(n),
                       "--languages", str(languages), "--hugo", hugo]
            print(f"generating {n} x {languages} ...", file=sys.stderr, flush=True)
            self.generated[key], _ = self.run(f"corpus {n}x{languages}", command, self.tmp)
            self.corpora[key] = (site, hugo)
        return self.corpora[key]

    def informed(self, site, pdf=False, out=None, clinicians=None, archive=None, cache=None):
        """One `informed build`; returns its figures (and leaves the folders for the caller to delete).
        Without `cache` it is a clean build (`--no-cache`): no PDF comes from an earlier run."""
        out = out or self.fresh("out")
        clinicians = clinicians or self.fresh("clinicians")
        archive = archive or self.fresh("archive")
        command = [self.binary, "build", "-o", out, "--clinicians", clinicians, "--archive", archive]
        command += ["--cache", cache] if cache else ["--no-cache"]
        if not pdf:
            command.append("--no-pdf")
        wall, rss = self.run("informed build", command, site)
        return {"wall": wall, "rss": rss, "folders": [out, clinicians, archive]}

    def hugo(self, hugo, dest=None):
        dest = dest or self.fresh("hugo-out")
        wall, rss = self.run("hugo", [HUGO, "-s", hugo, "-d", dest], self.tmp)
        return {"wall": wall, "rss": rss, "folders": [dest]}


def measure(result, counted, pdfs=False):
    """Adds size (du, bytes) and number of files of the `counted` folders; deletes all of the result's folders."""
    folders = result["folders"][:counted]
    result["bytes"] = sum(du(f) for f in folders)
    result["files"] = sum(files(f) for f in folders)
    if pdfs:
        result["pdfs"] = files(folders[0], ".pdf")
        result["clinician_pdfs"] = files(folders[1], ".pdf") if len(folders) > 1 else 0
    if len(result["folders"]) > 2:
        result["archive_bytes"] = du(result["folders"][2])
    for f in result.pop("folders"):
        shutil.rmtree(f, ignore_errors=True)
    return result


def du(folder):
    if not os.path.isdir(folder):
        return 0
    return int(subprocess.run(["du", "-s", "-B1", folder], capture_output=True, text=True, check=True).stdout.split()[0])


def files(folder, ending=""):
    return sum(1 for _, _, names in os.walk(folder) for name in names if name.endswith(ending))


def source_page(site, hugo):
    """The first procedure's about.md, and the same page in the Hugo site's source language."""
    procedures = os.path.join(site, "content", "procedures")
    slug = sorted(os.listdir(procedures))[0]
    source = next(l.split(":", 1)[1].strip().strip('"') for l in open(os.path.join(site, "content", "site.yaml"))
                  if l.startswith("source_locale:"))
    return slug, os.path.join(procedures, slug, "about.md"), os.path.join(hugo, "content", source.lower(), f"{slug}.md"), source.lower()


def append(path, line):
    original = open(path, encoding="utf-8").read()
    with open(path, "w", encoding="utf-8") as f:
        f.write(original + "\n" + line + "\n")
    return original


# ---- the cases ----


def build_case(bench, n, languages, runs, pdf=False):
    site, hugo = bench.corpus(n, languages)
    informed, other = [], []
    for run in range(runs):
        order = ["informed", "hugo"] if run % 2 == 0 else ["hugo", "informed"]
        for tool in order:
            print(f"  run {run + 1}/{runs}: {tool}", file=sys.stderr, flush=True)
            if tool == "informed":
                informed.append(measure(bench.informed(site, pdf=pdf), 2, pdfs=pdf))
            else:
                other.append(measure(bench.hugo(hugo), 1))
    return informed, other


def edit_case(bench, n, languages, runs):
    site, hugo = bench.corpus(n, languages)
    _, about, page, _ = source_page(site, hugo)
    informed, other = [], []
    for run in range(runs):
        order = ["informed", "hugo"] if run % 2 == 0 else ["hugo", "informed"]
        for tool in order:
            print(f"  run {run + 1}/{runs}: {tool} (first build, edit, timed second build)", file=sys.stderr, flush=True)
            if tool == "informed":
                first = bench.informed(site)
                original = append(about, f"Edit marker {run}.")
                try:
                    second = bench.informed(site, out=first["folders"][0], clinicians=first["folders"][1],
                                            archive=first["folders"][2])
                finally:
                    open(about, "w", encoding="utf-8").write(original)
                second["first_wall"] = first["wall"]
                informed.append(measure(second, 2))
            else:
                first = bench.hugo(hugo)
                original = append(page, f"Edit marker {run}.")
                try:
                    second = bench.hugo(hugo, dest=first["folders"][0])
                finally:
                    open(page, "w", encoding="utf-8").write(original)
                second["first_wall"] = first["wall"]
                other.append(measure(second, 1))
    return informed, other


def get(port, path):
    with socket.create_connection(("127.0.0.1", port), timeout=WAIT) as s:
        s.sendall(f"GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".encode())
        data = b""
        while chunk := s.recv(65536):
            data += chunk
    return data.decode("utf-8", "replace")


def peak_rss(pid):
    """The process's RSS high-water mark so far, in KiB (it is still running)."""
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def start_server(command, cwd, ready, log):
    """Starts a server, waits for the line containing `ready`; returns (process, that line). Keeps its output flowing."""
    server = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines = []
    found = threading.Event()
    first = []

    def drain():
        with open(log, "w") as f:
            for line in server.stdout:
                f.write(line)
                f.flush()
                lines.append(line)
                if ready in line and not found.is_set():
                    first.append(line)
                    found.set()
        found.set()

    threading.Thread(target=drain, daemon=True).start()
    found.wait(WAIT)
    if not first:
        server.kill()
        server.wait()
        fail(f"`{shlex.join(command)}` (in {cwd}) did not get to `{ready}` (exit {server.returncode})", log)
    return server, first[0], lines


def stop(server):
    server.kill()
    server.wait()


def saves(bench, what, server, path, port, page, next_message, count, log):
    """Saves `path` `count` times; returns (save-to-reload, save-to-page) seconds, waiting for the reload
    after which `page` shows the save (a late reload of an earlier save is passed over)."""
    to_event, to_page = [], []
    original = open(path, encoding="utf-8").read()
    try:
        for n in range(count):
            time.sleep(0.5)
            marker = f"Latency marker {what} {n} {time.time()}."
            start = time.perf_counter()
            with open(path, "w", encoding="utf-8") as f:
                f.write(original + "\n" + marker + "\n")
            while True:
                if next_message() != "reload":
                    continue
                event = time.perf_counter() - start
                if marker in get(port, page):
                    to_event.append(event)
                    to_page.append(time.perf_counter() - start)
                    break
                if server.poll() is not None:
                    fail(f"{what} stopped", log)
    except (OSError, socket.timeout) as err:
        fail(f"{what}: no reload after a save ({err})", log)
    finally:
        with open(path, "w", encoding="utf-8") as f:
            f.write(original)
    return to_event, to_page


def serve_informed(bench, site, about, slug, count, one=False):
    out = bench.fresh("serve-out")
    log = os.path.join(bench.tmp, "serve.log")
    command = [bench.binary, "serve", "--port", "0", "-o", out] + (["--procedure", slug] if one else [])
    start = time.perf_counter()
    server, line, lines = start_server(command, site, "serving http://", log)
    first_build = time.perf_counter() - start
    try:
        port = int(line.split("http://")[1].split("/")[0].rsplit(":", 1)[1])
        events = socket.create_connection(("127.0.0.1", port), timeout=WAIT)
        events.sendall(b"GET /__informed/events HTTP/1.1\r\nHost: localhost\r\n\r\n")
        reader = events.makefile("r", encoding="utf-8")

        def next_event():
            name = None
            for line in reader:
                line = line.rstrip("\n").rstrip("\r")
                if line.startswith("event: "):
                    name = line[7:]
                elif line.startswith("data: ") and name:
                    return name
            fail("informed serve closed its events", log)

        if next_event() != "ready":
            fail("informed serve's events did not begin with `ready`", log)
        to_event, to_page = saves(bench, "informed serve", server, about, port, f"/{slug}/", next_event, count, log)
        time.sleep(0.2)
        # "rebuilt 3003 pages in 15.2 s" (whole) or "rebuilt 1 procedure in 3 languages in 0.041 s (...)":
        # the seconds are the word before the first " s".
        rebuilds = [float(l.split(" s", 1)[0].rsplit(" ", 1)[1]) for l in lines if l.startswith("rebuilt ")][1:]
        result = {"to_event": to_event, "to_page": to_page, "rss": peak_rss(server.pid), "first": first_build,
                  "rebuilds": rebuilds, "bytes": du(out), "files": files(out)}
        events.close()
    finally:
        stop(server)
        shutil.rmtree(out, ignore_errors=True)
    return result


class WebSocket:
    """Just enough of a WebSocket client to hear Hugo's livereload."""

    def __init__(self, port, path):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=WAIT)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall(
            (f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
             f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = self.sock.recv(1)
            if not chunk:
                raise OSError("the livereload connection closed")
            head += chunk
        if b" 101 " not in head.split(b"\r\n")[0]:
            raise OSError(f"no WebSocket upgrade: {head.splitlines()[0]!r}")
        self.send(json.dumps({"command": "hello", "protocols": ["http://livereload.com/protocols/official-7"]}))

    def exact(self, n):
        data = b""
        while len(data) < n:
            chunk = self.sock.recv(n - len(data))
            if not chunk:
                raise OSError("the livereload connection closed")
            data += chunk
        return data

    def send(self, text):
        payload = text.encode()
        mask = os.urandom(4)
        assert len(payload) < 126
        frame = bytes([0x81, 0x80 | len(payload)]) + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        self.sock.sendall(frame)

    def message(self):
        while True:
            first, second = self.exact(2)
            length = second & 0x7F
            if length == 126:
                length = int.from_bytes(self.exact(2), "big")
            elif length == 127:
                length = int.from_bytes(self.exact(8), "big")
            mask = self.exact(4) if second & 0x80 else None
            payload = self.exact(length)
            if mask:
                payload = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
            if first & 0x0F == 0x1:
                return payload.decode("utf-8", "replace")
            if first & 0x0F == 0x8:
                raise OSError("the livereload connection closed")

    def close(self):
        self.sock.close()


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve_hugo(bench, hugo, page_file, slug, source, count):
    port = free_port()
    log = os.path.join(bench.tmp, "hugo-server.log")
    command = [HUGO, "server", "-s", hugo, "--bind", "127.0.0.1", "--port", str(port)]
    start = time.perf_counter()
    server, line, _ = start_server(command, bench.tmp, "Web Server is available", log)
    first_build = time.perf_counter() - start
    try:
        # "Web Server is available at http://localhost:PORT/BASE/": the site's base URL's path.
        base = "/" + line.split("http://")[1].split()[0].split("/", 1)[1]
        page = f"{base}{source}/{slug}/"
        if f"{slug}" not in get(port, page):  # visited, so fast render renders it again
            fail(f"hugo server does not serve {page}", log)
        ws = WebSocket(port, f"{base}livereload")

        def next_message():
            text = ws.message()
            try:
                return json.loads(text).get("command")
            except ValueError:
                return None

        to_event, to_page = saves(bench, "hugo server", server, page_file, port, page, next_message, count, log)
        result = {"to_event": to_event, "to_page": to_page, "rss": peak_rss(server.pid), "first": first_build}
        ws.close()
    finally:
        stop(server)
    return result


def serve_case(bench, n, languages, runs, count, one=False):
    site, hugo = bench.corpus(n, languages)
    slug, about, page_file, source = source_page(site, hugo)
    informed, other = [], []
    for run in range(runs):
        order = ["informed", "hugo"] if run % 2 == 0 else ["hugo", "informed"]
        for tool in order:
            print(f"  run {run + 1}/{runs}: {tool} serve, {count} saves", file=sys.stderr, flush=True)
            if tool == "informed":
                informed.append(serve_informed(bench, site, about, slug, count, one))
            else:
                other.append(serve_hugo(bench, hugo, page_file, slug, source, count))
    return informed, other


# ---- the report ----


def seconds(xs):
    m = statistics.median(xs)
    unit = (lambda s: f"{s * 1000:.0f} ms") if m < 1 else (lambda s: f"{s:.2f} s")
    return f"{unit(m)} ({unit(min(xs))}–{unit(max(xs))})" if len(xs) > 1 else unit(m)


def size(b):
    return f"{b / 1e6:.1f} MB" if b < 1e9 else f"{b / 1e9:.2f} GB"


def memory(kib):
    return f"{kib / 1024:.0f} MiB"


def version(command):
    try:
        return subprocess.run(command, capture_output=True, text=True, check=True).stdout.strip().splitlines()[0]
    except (OSError, subprocess.CalledProcessError, IndexError) as err:
        fail(f"`{shlex.join(command)}`: {err}")


def main():
    global FROM
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("binary", nargs="?", default=os.path.join(TARGET, "release", "informed"))
    parser.add_argument("--cases", default=",".join(DEFAULT_CASES),
                        help=f"comma-separated, from {', '.join(CASES)} (default: all but 1000x10, the slowest)")
    parser.add_argument("--runs", type=int, default=3, help="builds of each tool per case (default 3)")
    parser.add_argument("--saves", type=int, default=5, help="saves per run in the serve case (default 5)")
    parser.add_argument("--from", dest="source", default=ROOT,
                        help="the site the corpus copies (default: the repository)")
    parser.add_argument("--site-templates", action="store_true",
                        help="copy that site's templates/ too (default: use the binary's built-in ones)")
    args = parser.parse_args()
    cases = [c.strip() for c in args.cases.split(",") if c.strip()]
    unknown = [c for c in cases if c not in CASES]
    if unknown or not cases:
        parser.error(f"unknown case {', '.join(unknown)}; choose from {', '.join(CASES)}")
    if args.runs < 1 or args.saves < 1:
        parser.error("--runs and --saves are at least 1")
    binary = os.path.abspath(args.binary)
    FROM = os.path.abspath(args.source)
    if not os.access(binary, os.X_OK):
        fail(f"no informed binary at {binary} (give its path, or build it: cargo build --release)")
    if not os.access(HUGO, os.X_OK):
        fail("no hugo on PATH")

    command_line = shlex.join(["python3", *sys.argv])
    load_start = open("/proc/loadavg").read().split()[:3]
    tmp = tempfile.mkdtemp(prefix="informed-library-", dir="/tmp")
    # Copies of the binary and the site as they are now: a rebuild or an edit
    # in the meantime does not change the benchmark half way.
    shutil.copy2(binary, os.path.join(tmp, "informed"))
    source = FROM
    FROM = os.path.join(tmp, "from")
    for folder in ["content", "locales", "templates", "static", "fonts"]:
        if folder == "templates" and not args.site_templates:
            continue
        if os.path.isdir(os.path.join(source, folder)):
            shutil.copytree(os.path.join(source, folder), os.path.join(FROM, folder))
    bench = Bench(os.path.join(tmp, "informed"), tmp)
    versions = (version([bench.binary, "--version"]), version([HUGO, "version"]))
    rows, notes = [], []
    started = time.perf_counter()
    try:
        for case in cases:
            n, languages, kind = CASES[case]
            print(f"case {case}", file=sys.stderr, flush=True)
            case_start = time.perf_counter()
            if kind in ("build", "pdf"):
                informed, hugo = build_case(bench, n, languages, args.runs, pdf=kind == "pdf")
            elif kind == "edit":
                informed, hugo = edit_case(bench, n, languages, args.runs)
            else:
                informed, hugo = serve_case(bench, n, languages, args.runs, args.saves, one=kind == "serve-one")
                kind = "serve"
            took = time.perf_counter() - case_start
            print(f"case {case} took {took:.0f} s", file=sys.stderr, flush=True)

            if kind == "serve":
                i_times = [t for r in informed for t in r["to_event"]]
                h_times = [t for r in hugo for t in r["to_event"]]
            else:
                i_times = [r["wall"] for r in informed]
                h_times = [r["wall"] for r in hugo]
            ratio = statistics.median(i_times) / statistics.median(h_times)
            label = case if kind in ("build", "pdf") else f"{case} ({n}x{languages})"
            i_col, h_col = seconds(i_times), seconds(h_times)
            if kind == "pdf":
                i_col += " with PDFs"
                h_col += " HTML only"
            if kind == "serve":
                i_out = f"{size(informed[0]['bytes'])}, {informed[0]['files']:,} files (site only)"
                h_out = "in memory"
            else:
                i_out = f"{size(informed[0]['bytes'])}, {informed[0]['files']:,} files"
                h_out = f"{size(hugo[0]['bytes'])}, {hugo[0]['files']:,} files"
            rows.append([label, i_col, h_col, f"{ratio:.2f}", memory(max(r["rss"] for r in informed)),
                         memory(max(r["rss"] for r in hugo)), i_out, h_out])

            if kind == "pdf":
                rates = [r["pdfs"] / r["wall"] for r in informed]
                notes.append(
                    f"- `{case}`: {informed[0]['pdfs']:,} PDF leaflets under the output (and "
                    f"{informed[0]['clinician_pdfs']:,} PDFs for clinicians): "
                    f"{statistics.median(rates):.1f} leaflets per second (median; the whole build's wall time). "
                    "Hugo makes no PDFs: its time is the same library's HTML-only build, for scale, and the "
                    "ratio compares unlike work.")
            if kind == "edit":
                notes.append(
                    f"- `edit`: the time of the second build after appending a line to `{os.path.relpath(source_page(*bench.corpus(n, languages))[1], bench.corpus(n, languages)[0])}` "
                    f"(the same folders as the first build; first builds took informed {seconds([r['first_wall'] for r in informed])}, "
                    f"Hugo {seconds([r['first_wall'] for r in hugo])}).")
            if kind == "serve":
                rebuilds = [t for r in informed for t in r["rebuilds"]]
                notes.append(
                    f"- `serve`: {args.saves} saves per run x {args.runs} run(s); save to page fetched: informed "
                    f"{seconds([t for r in informed for t in r['to_page']])}, Hugo "
                    f"{seconds([t for r in hugo for t in r['to_page']])}; informed's own \"rebuilt in\": "
                    f"{seconds(rebuilds) if rebuilds else 'none read'} ({len(rebuilds)} rebuilds); start-up to "
                    f"serving: informed {seconds([r['first'] for r in informed])}, Hugo "
                    f"{seconds([r['first'] for r in hugo])}. Peak memory is the server's VmHWM after the saves. "
                    "Hugo runs `hugo server` as it comes (fast render, output in memory).")
            if kind != "serve":
                archive = informed[0].get("archive_bytes", 0)
                if archive:
                    notes.append(f"- `{case}`: besides, informed's version archive took {size(archive)} (not counted above).")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    load_end = open("/proc/loadavg").read().split()[:3]
    print()
    print("| case | informed median (min–max) | Hugo median (min–max) | informed/Hugo time | "
          "informed peak memory | Hugo peak memory | informed output | Hugo output |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    print()
    print("informed/Hugo time: the ratio of the medians (above 1, informed is slower). Times are wall time of a "
          "whole build (for `serve`, save to the reload message); peak memory is the largest RSS high-water mark "
          "of the runs; output is `du` and files of the first run (informed: the site and the clinicians' folder).")
    for note in notes:
        print(note)
    print()
    corpora = ", ".join(f"{n}x{l} {s:.1f} s" for (n, l), s in bench.generated.items())
    templates = "its templates" if args.site_templates else "informed's built-in templates"
    commit = subprocess.run(["git", "-C", source, "describe", "--always", "--dirty"], capture_output=True, text=True)
    if commit.returncode == 0:
        templates += f", git {commit.stdout.strip()}"
    print(f"- corpora generated from {source} ({templates}): {corpora}")
    print(f"- runs per case: {args.runs}, alternating informed and Hugo; whole benchmark {time.perf_counter() - started:.0f} s")
    print(f"- load average (1, 5, 15 min): start {' '.join(load_start)}, end {' '.join(load_end)}; nproc {len(os.sched_getaffinity(0))}")
    built = time.strftime("%Y-%m-%d %H:%M", time.localtime(os.path.getmtime(binary)))
    print(f"- {versions[0]} ({binary}, built {built}, copied at the start); {versions[1]}")
    print(f"- command: `{command_line}`")


FROM = ROOT
main()
