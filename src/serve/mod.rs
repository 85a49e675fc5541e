//! `informed serve`: a live preview while editing.
//!
//! 1. [`watch`] waits for file events (`notify`: inotify, FSEvents,
//!    ReadDirectoryChangesW; or polling with `--poll`, for network and
//!    container file systems where native events do not arrive) and
//!    debounces them, so an editor's save (write a temporary file, rename it
//!    over the old one, touch a backup) gives one rebuild, told which paths
//!    changed.
//! 2. The caller rebuilds (only the procedures that changed, where it can:
//!    [`session`]) and tells [`Live`], which wakes every browser waiting on
//!    the Server-Sent Events endpoint [`EVENTS`].
//! 3. [`serve`] serves the output folder on a small synchronous HTTP/1.1
//!    server (a thread per connection; a preview has one user). HTML is sent
//!    with one `<script>` added before `</body>` ([`LIVE_JS`]): it reloads the
//!    page on `reload`, and on `failed` lays the errors (file:line:column,
//!    message, hint) over the last good page. The files on disk are exactly
//!    what `informed build` writes; only the response carries the script.
//!
//! Why not axum or another async stack: a preview serves one person a few
//! files at a time, and an async runtime would add minutes to every CI build
//! on two cores. SSE needs nothing but a kept-open response, which a thread
//! can hold.
//!
//! Never serves a file outside the output folder: a request path is
//! percent-decoded, must consist of plain names (no `..`, no root, no
//! prefix), and the file's real path must lie under the folder's.
//!
//! A preview holds drafts, so the server answers only the person editing:
//! the `Host` a browser sends must name the address it listens on
//! (`localhost` or the address itself), which a web page elsewhere cannot
//! make a browser send through DNS rebinding; a request's head is bounded
//! ([`MAX_HEAD`]) and must arrive within [`REQUEST_TIME`]; and at most
//! [`MAX_CONNECTIONS`] connections are served at once.

pub mod session;

use crate::diagnostic::Diagnostic;
use std::io::{BufRead, BufReader, Write};
use std::net::{IpAddr, TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex, mpsc};
use std::time::{Duration, Instant};

/// The Server-Sent Events endpoint the injected script listens on.
pub const EVENTS: &str = "/__informed/events";
/// Where the injected script is served.
pub const SCRIPT: &str = "/__informed/live.js";
/// The script pages get while served.
pub const LIVE_JS: &str = include_str!("live.js");

/// How long the watcher waits for quiet after an event before rebuilding:
/// the events of one save come within a few milliseconds of each other.
const QUIET: Duration = Duration::from_millis(25);
/// The longest a stream of events can put a rebuild off.
const MOST_DELAY: Duration = Duration::from_secs(2);
/// How often a waiting event stream gets a comment, so a dead browser is noticed.
const KEEP_ALIVE: Duration = Duration::from_secs(15);
/// The most bytes of a request's head (its line and headers) read.
pub const MAX_HEAD: u64 = 32 * 1024;
/// The longest a client may take to send a request's head.
pub const REQUEST_TIME: Duration = Duration::from_secs(10);
/// The most connections served at once (event streams among them); more are closed at once.
pub const MAX_CONNECTIONS: usize = 64;

/// The state browsers are told about: how many builds so far, and what
/// stopped the last one (empty when it succeeded).
#[derive(Debug, Clone, Default)]
pub struct Status {
    /// Counts builds, good and failed.
    pub generation: u64,
    /// The errors of the last build; empty when it succeeded.
    pub errors: Vec<Diagnostic>,
}

/// The last build's outcome, shared between the rebuilding thread and every
/// waiting event stream.
#[derive(Debug, Default)]
pub struct Live {
    status: Mutex<Status>,
    changed: Condvar,
}

impl Live {
    /// Records a build's outcome and wakes every browser.
    pub fn publish(&self, errors: Vec<Diagnostic>) {
        let mut status = self.status.lock().unwrap_or_else(|e| e.into_inner());
        status.generation += 1;
        status.errors = errors;
        self.changed.notify_all();
    }

    fn current(&self) -> Status {
        self.status.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }
}

/// How to notice changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WatchMode {
    /// The operating system's file events.
    Native,
    /// Look at the files twice a second (`--poll`).
    Poll,
}

/// Calls `rebuild` once per burst of changes under `dirs` (those that
/// exist): [`Watching::start`], then [`Watching::run`]. Returns only if the
/// watcher cannot start or stops.
pub fn watch(dirs: &[PathBuf], mode: WatchMode, rebuild: impl FnMut(Vec<PathBuf>)) -> Result<(), String> {
    Watching::start(dirs, mode)?.run(rebuild);
    Ok(())
}

/// A watcher looking at a site's folders: changes from the moment it
/// starts are kept until [`Watching::run`] takes them, so none made during
/// the first build is missed.
pub struct Watching {
    _watcher: Box<dyn notify::Watcher + Send>,
    events: mpsc::Receiver<Vec<PathBuf>>,
}

impl Watching {
    /// Starts watching `dirs` (those that exist).
    pub fn start(dirs: &[PathBuf], mode: WatchMode) -> Result<Watching, String> {
        use notify::Watcher;
        let (tx, events) = mpsc::channel::<Vec<PathBuf>>();
        let handler = move |event: notify::Result<notify::Event>| match event {
            Ok(e) if matters(&e) => {
                // An event the system could not tie to a path (a rescan) says anything may have changed.
                let paths =
                    if e.need_rescan() { Vec::new() } else { e.paths.into_iter().filter(|p| !scratch(p)).collect() };
                let _ = tx.send(paths);
            }
            Ok(_) => {}
            Err(_) => {
                let _ = tx.send(Vec::new());
            }
        };
        let mut watcher: Box<dyn Watcher + Send> = match mode {
            WatchMode::Native => Box::new(notify::recommended_watcher(handler).map_err(|e| e.to_string())?),
            WatchMode::Poll => {
                let config = notify::Config::default().with_poll_interval(Duration::from_millis(500));
                Box::new(notify::PollWatcher::new(handler, config).map_err(|e| e.to_string())?)
            }
        };
        for dir in dirs.iter().filter(|d| d.is_dir()) {
            watcher.watch(dir, notify::RecursiveMode::Recursive).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        Ok(Watching { _watcher: watcher, events })
    }

    /// Calls `rebuild` once per burst of changes, with the paths that
    /// changed in it, sorted (empty when the system could not say which:
    /// then anything may have changed). A burst ends after [`QUIET`] without
    /// an event, or at the latest after [`MOST_DELAY`]. Returns when the watcher stops.
    pub fn run(self, mut rebuild: impl FnMut(Vec<PathBuf>)) {
        let rx = self.events;
        while let Ok(first) = rx.recv() {
            let start = Instant::now();
            // Empty: some event named no path, so the burst names none.
            let mut unknown = first.is_empty();
            let mut paths = std::collections::BTreeSet::from_iter(first);
            while start.elapsed() < MOST_DELAY {
                match rx.recv_timeout(QUIET) {
                    Ok(more) => {
                        unknown |= more.is_empty();
                        paths.extend(more);
                    }
                    Err(mpsc::RecvTimeoutError::Timeout) => break,
                    Err(mpsc::RecvTimeoutError::Disconnected) => return,
                }
            }
            rebuild(if unknown { Vec::new() } else { paths.into_iter().collect() });
        }
    }
}

/// Whether an event can change the site: reads are not changes, and editors'
/// own scratch files (`x.md~`, `.x.md.swp`, vim's `4913`, emacs's `.#x.md`) are not sources.
fn matters(event: &notify::Event) -> bool {
    if matches!(event.kind, notify::EventKind::Access(_)) {
        return false;
    }
    event.need_rescan() || event.paths.iter().any(|path| !scratch(path))
}

/// Whether `path` is an editor's scratch file, never a source.
fn scratch(path: &Path) -> bool {
    let name = path.file_name().map(|n| n.to_string_lossy()).unwrap_or_default();
    name.ends_with('~') || name.ends_with(".swp") || name.ends_with(".swx") || name.starts_with(".#") || name == "4913"
}

/// Listens on `host:port`, or the next free port above it (up to 20 further)
/// when it is taken. Port 0 takes any free port.
pub fn bind(host: IpAddr, port: u16) -> std::io::Result<TcpListener> {
    let mut last = None;
    for candidate in port..=port.saturating_add(20) {
        match TcpListener::bind((host, candidate)) {
            Ok(listener) => return Ok(listener),
            Err(e) if e.kind() == std::io::ErrorKind::AddrInUse && port != 0 => last = Some(e),
            Err(e) => return Err(e),
        }
    }
    Err(last.unwrap_or_else(|| std::io::Error::other("no free port")))
}

/// Serves the files in `root` to requests on `listener`, one thread per
/// connection (at most [`MAX_CONNECTIONS`]), with the live-reload script in
/// HTML. Never returns.
pub fn serve(listener: TcpListener, root: PathBuf, live: Arc<Live>) {
    use std::sync::atomic::{AtomicUsize, Ordering};
    let hosts = Arc::new(listener.local_addr().map(|a| allowed_hosts(&a)).unwrap_or_default());
    let open = Arc::new(AtomicUsize::new(0));
    for stream in listener.incoming().flatten() {
        if open.fetch_add(1, Ordering::SeqCst) >= MAX_CONNECTIONS {
            open.fetch_sub(1, Ordering::SeqCst);
            drop(stream);
            continue;
        }
        let (root, live, hosts, held) = (root.clone(), live.clone(), hosts.clone(), open.clone());
        let spawned = std::thread::Builder::new().name("serve".to_string()).spawn(move || {
            let _ = stream.set_write_timeout(Some(Duration::from_secs(10)));
            let _ = respond(stream, &root, &live, &hosts);
            held.fetch_sub(1, Ordering::SeqCst);
        });
        if spawned.is_err() {
            // The thread could not start: its connection was dropped with it.
            open.fetch_sub(1, Ordering::SeqCst);
        }
    }
}

/// The `Host` values a browser sends to this server: the address it listens
/// on (and `localhost` on a loopback address), with and without the port. On
/// every address (`0.0.0.0`), `*`: any address written as numbers.
pub fn allowed_hosts(address: &std::net::SocketAddr) -> Vec<String> {
    let port = address.port();
    let ip = address.ip();
    let mut names = vec![match ip {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => format!("[{v6}]"),
    }];
    if ip.is_loopback() {
        names.extend(["localhost".to_string(), "127.0.0.1".to_string(), "[::1]".to_string()]);
    }
    let mut hosts: Vec<String> = names.iter().flat_map(|n| [n.clone(), format!("{n}:{port}")]).collect();
    if ip.is_unspecified() {
        hosts.push("*".to_string());
    }
    hosts
}

/// Whether the `Host` header `host` names this server (see [`allowed_hosts`]).
pub fn host_allowed(host: &str, allowed: &[String]) -> bool {
    let host = host.trim().to_ascii_lowercase();
    if allowed.contains(&host) {
        return true;
    }
    // Listening on every address: any numeric address (or localhost) will do,
    // never a name a web page could point at this machine.
    allowed.iter().any(|a| a == "*") && {
        let bare = match host.rsplit_once(':') {
            Some((h, p)) if p.bytes().all(|b| b.is_ascii_digit()) && (h.ends_with(']') || !h.contains(':')) => h,
            _ => host.as_str(),
        };
        bare == "localhost" || bare.trim_start_matches('[').trim_end_matches(']').parse::<IpAddr>().is_ok()
    }
}

/// A reader that gives up at a deadline, whatever pace the client sends at.
struct Deadline<'a> {
    stream: &'a TcpStream,
    until: Instant,
}

impl std::io::Read for Deadline<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let left = self.until.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(std::io::ErrorKind::TimedOut.into());
        }
        self.stream.set_read_timeout(Some(left))?;
        std::io::Read::read(&mut self.stream, buf)
    }
}

/// What a request asked for, read from its bounded head.
struct Request {
    method: String,
    target: String,
    host: Option<String>,
}

/// Reads a request's head: at most [`MAX_HEAD`] bytes, within [`REQUEST_TIME`].
fn read_head(stream: &TcpStream) -> Option<Request> {
    use std::io::Read as _;
    let reader = Deadline { stream, until: Instant::now() + REQUEST_TIME };
    let mut reader = BufReader::new(reader.take(MAX_HEAD));
    let mut line = String::new();
    reader.read_line(&mut line).ok()?;
    if !line.ends_with('\n') {
        return None;
    }
    let mut parts = line.split_whitespace();
    let (method, target) = (parts.next()?.to_string(), parts.next()?.to_string());
    let mut host = None;
    loop {
        let mut header = String::new();
        reader.read_line(&mut header).ok()?;
        if !header.ends_with('\n') {
            return None;
        }
        let header = header.trim_end();
        if header.is_empty() {
            break;
        }
        if let Some((name, value)) = header.split_once(':')
            && name.trim().eq_ignore_ascii_case("host")
        {
            host = Some(value.trim().to_string());
        }
    }
    Some(Request { method, target, host })
}

fn respond(mut stream: TcpStream, root: &Path, live: &Live, hosts: &[String]) -> std::io::Result<()> {
    let Some(request) = read_head(&stream) else {
        return reply(&mut stream, "400 Bad Request", "text/plain; charset=utf-8", b"bad request\n", false);
    };
    if !request.host.as_deref().is_some_and(|h| host_allowed(h, hosts)) {
        return reply(
            &mut stream,
            "421 Misdirected Request",
            "text/plain; charset=utf-8",
            b"this preview answers only requests to the address it listens on\n",
            false,
        );
    }
    let (method, target) = (request.method.as_str(), request.target.as_str());
    let head = method == "HEAD";
    if method != "GET" && !head {
        return reply(
            &mut stream,
            "405 Method Not Allowed",
            "text/plain; charset=utf-8",
            b"only GET and HEAD\n",
            false,
        );
    }
    let path = target.split(['?', '#']).next().unwrap_or("/");
    if path == EVENTS {
        return events(stream, live);
    }
    if path == SCRIPT {
        return reply(&mut stream, "200 OK", "text/javascript; charset=utf-8", LIVE_JS.as_bytes(), head);
    }
    match resolve(root, target) {
        Resolved::File(path) => match std::fs::read(&path) {
            Ok(body) if content_type(&path).starts_with("text/html") => {
                reply(&mut stream, "200 OK", content_type(&path), &inject(&body), head)
            }
            Ok(body) => reply(&mut stream, "200 OK", content_type(&path), &body, head),
            Err(_) => not_found(&mut stream),
        },
        Resolved::Folder(location) => write!(
            stream,
            "HTTP/1.1 301 Moved Permanently\r\nLocation: {location}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
        ),
        Resolved::NotFound => not_found(&mut stream),
    }
}

/// The page with the live-reload script before its last `</body>` (or at the end).
pub fn inject(html: &[u8]) -> Vec<u8> {
    let tag = format!("<script src=\"{SCRIPT}\"></script>");
    let at = html.windows(7).rposition(|w| w.eq_ignore_ascii_case(b"</body>")).unwrap_or(html.len());
    let mut out = Vec::with_capacity(html.len() + tag.len());
    out.extend_from_slice(&html[..at]);
    out.extend_from_slice(tag.as_bytes());
    out.extend_from_slice(&html[at..]);
    out
}

/// Holds an event stream open: `ready` at once (and `failed` if the last
/// build failed), then `reload` after each good build and `failed` with the
/// errors after each failed one.
fn events(mut stream: TcpStream, live: &Live) -> std::io::Result<()> {
    write!(
        stream,
        "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: keep-alive\r\n\r\nretry: 1000\n\n"
    )?;
    let status = live.current();
    write!(stream, "event: ready\ndata: {}\n\n", status.generation)?;
    if !status.errors.is_empty() {
        send(&mut stream, &status)?;
    }
    stream.flush()?;
    let mut seen = status.generation;
    loop {
        let guard = live.status.lock().unwrap_or_else(|e| e.into_inner());
        let (guard, wait) = live
            .changed
            .wait_timeout_while(guard, KEEP_ALIVE, |s| s.generation == seen)
            .unwrap_or_else(|e| e.into_inner());
        let status = guard.clone();
        drop(guard);
        if wait.timed_out() {
            stream.write_all(b": still here\n\n")?;
        } else {
            seen = status.generation;
            send(&mut stream, &status)?;
        }
        stream.flush()?;
    }
}

fn send(stream: &mut TcpStream, status: &Status) -> std::io::Result<()> {
    if status.errors.is_empty() {
        write!(stream, "event: reload\ndata: {}\n\n", status.generation)
    } else {
        let report = serde_json::json!({ "generation": status.generation, "errors": status.errors });
        // serde_json writes no raw newline, so the report is one `data:` line.
        write!(stream, "event: failed\ndata: {report}\n\n")
    }
}

fn not_found(stream: &mut TcpStream) -> std::io::Result<()> {
    reply(stream, "404 Not Found", "text/plain; charset=utf-8", b"not found\n", false)
}

fn reply(stream: &mut TcpStream, status: &str, kind: &str, body: &[u8], head: bool) -> std::io::Result<()> {
    write!(
        stream,
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
        body.len()
    )?;
    if !head {
        stream.write_all(body)?;
    }
    stream.flush()
}

/// What a request path names.
#[derive(Debug, PartialEq, Eq)]
pub enum Resolved {
    /// A file inside the output folder (a folder's `index.html` for a folder with `/`).
    File(PathBuf),
    /// A folder asked for without its closing `/`: where to redirect, so relative links work.
    Folder(String),
    /// Nothing, or something outside the output folder.
    NotFound,
}

/// The file a request path names inside `root`: percent-decoded, plain names
/// only, and really inside `root` (links followed).
pub fn resolve(root: &Path, target: &str) -> Resolved {
    let (path, query) = match target.find(['?', '#']) {
        Some(i) => (&target[..i], &target[i..]),
        None => (target, ""),
    };
    let Some(decoded) = percent_decode(path) else { return Resolved::NotFound };
    if !decoded.starts_with('/') || decoded.starts_with("//") || decoded.contains('\\') {
        return Resolved::NotFound;
    }
    let relative = Path::new(&decoded[1..]);
    if !relative.components().all(|c| matches!(c, Component::Normal(_))) {
        return Resolved::NotFound;
    }
    let mut full = root.join(relative);
    if full.is_dir() {
        if !decoded.ends_with('/') {
            return Resolved::Folder(format!("{path}/{query}"));
        }
        full = full.join("index.html");
    }
    let inside = match (full.canonicalize(), root.canonicalize()) {
        (Ok(file), Ok(root)) => file.starts_with(root) && file.is_file(),
        _ => false,
    };
    if inside { Resolved::File(full) } else { Resolved::NotFound }
}

fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("pdf") => "application/pdf",
        Some("json") => "application/json",
        Some("xml") => "application/xml",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("ico") => "image/x-icon",
        Some("js") => "text/javascript; charset=utf-8",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_stay_inside_the_site() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("cy")).unwrap();
        std::fs::write(dir.path().join("cy/index.html"), "x").unwrap();
        std::fs::write(dir.path().join("a b.css"), "x").unwrap();
        assert_eq!(resolve(dir.path(), "/cy/"), Resolved::File(dir.path().join("cy/index.html")));
        assert_eq!(resolve(dir.path(), "/cy"), Resolved::Folder("/cy/".into()));
        assert_eq!(resolve(dir.path(), "/cy?x=1"), Resolved::Folder("/cy/?x=1".into()));
        assert_eq!(resolve(dir.path(), "/a%20b.css?v=1"), Resolved::File(dir.path().join("a b.css")));
        let outside = dir.path().join("../outside.html");
        for bad in [
            "/../etc/passwd",
            "/cy/../../x",
            "/%2e%2e/x",
            "/%2E%2E/%2e%2e/etc/passwd",
            "/..%2fetc/passwd",
            "//etc/passwd",
            "/%2fetc/passwd",
            "etc/passwd",
            &outside.display().to_string(),
            "/cy\\..\\x",
            "/nothing.html",
            "/%zz",
        ] {
            assert_eq!(resolve(dir.path(), bad), Resolved::NotFound, "{bad}");
        }
    }

    #[cfg(unix)]
    #[test]
    fn links_out_of_the_site_are_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        let secret = tempfile::NamedTempFile::new().unwrap();
        std::os::unix::fs::symlink(secret.path(), dir.path().join("link.html")).unwrap();
        assert_eq!(resolve(dir.path(), "/link.html"), Resolved::NotFound);
    }

    #[test]
    fn only_requests_to_this_address_are_answered() {
        let loopback: std::net::SocketAddr = "127.0.0.1:8000".parse().unwrap();
        let hosts = allowed_hosts(&loopback);
        for good in ["localhost:8000", "127.0.0.1:8000", "LOCALHOST:8000", "[::1]:8000", "localhost"] {
            assert!(host_allowed(good, &hosts), "{good}");
        }
        for bad in ["evil.example:8000", "evil.example", "127.0.0.1.nip.io:8000", "", "localhost.evil:8000"] {
            assert!(!host_allowed(bad, &hosts), "{bad}");
        }
        let every: std::net::SocketAddr = "0.0.0.0:8000".parse().unwrap();
        let hosts = allowed_hosts(&every);
        assert!(host_allowed("192.168.1.20:8000", &hosts));
        assert!(host_allowed("[fe80::1]:8000", &hosts));
        assert!(!host_allowed("my-laptop.local:8000", &hosts));
    }

    #[test]
    fn the_script_goes_before_the_last_body_end() {
        let page = b"<html><body><p>&lt;/body&gt;</p></BODY></html>";
        let served = String::from_utf8(inject(page)).unwrap();
        assert!(served.ends_with("<script src=\"/__informed/live.js\"></script></BODY></html>"), "{served}");
        assert!(String::from_utf8(inject(b"<p>x")).unwrap().ends_with("</script>"));
    }

    /// Both ways of watching see a save, and a burst of writes is one rebuild.
    #[test]
    fn a_save_is_seen_natively_and_by_polling() {
        for mode in [WatchMode::Native, WatchMode::Poll] {
            let dir = tempfile::tempdir().unwrap();
            let file = dir.path().join("about.md");
            std::fs::write(&file, "one").unwrap();
            let (tx, rebuilt) = mpsc::channel();
            let dirs = vec![dir.path().to_path_buf()];
            // The watcher thread lives as long as the test binary; it only waits
            // (once this test is over, nobody listens, and that is fine).
            std::thread::spawn(move || {
                watch(&dirs, mode, |paths| {
                    let _ = tx.send(paths);
                })
            });
            // Until the watcher has started and looked once, a save can go unseen
            // (a busy machine starts threads late): save until one is seen.
            let seen = (0..20).any(|i| {
                std::fs::write(&file, format!("save {i}")).unwrap();
                rebuilt.recv_timeout(Duration::from_secs(1)).is_ok()
            });
            assert!(seen, "{mode:?} saw no save");
            // Once those saves have settled, a burst of writes is one rebuild.
            while rebuilt.recv_timeout(Duration::from_millis(1500)).is_ok() {}
            for text in ["two", "three", "four"] {
                std::fs::write(&file, text).unwrap();
            }
            let paths: Vec<PathBuf> =
                rebuilt.recv_timeout(Duration::from_secs(5)).unwrap_or_else(|_| panic!("{mode:?} saw no burst"));
            // The burst names the file saved.
            assert!(!paths.is_empty() && paths.iter().all(|p| p.ends_with("about.md")), "{mode:?}: {paths:?}");
            // A machine busy enough to hand over a burst's events more than the
            // quiet period apart splits it in two, never more.
            let mut more = 0;
            while let Ok(paths) = rebuilt.recv_timeout(Duration::from_millis(1200)) {
                assert!(paths.iter().all(|p| p.ends_with("about.md")), "{mode:?}: {paths:?}");
                more += 1;
            }
            assert!(more <= 1, "{mode:?}: one burst, {} rebuilds", more + 1);
        }
    }

    #[test]
    fn scratch_files_do_not_rebuild() {
        let event = |name: &str| notify::Event::new(notify::EventKind::Any).add_path(PathBuf::from(name));
        assert!(matters(&event("content/a.md")));
        for scratch in ["content/a.md~", "content/.a.md.swp", "content/4913", "content/.#a.md"] {
            assert!(!matters(&event(scratch)), "{scratch}");
        }
    }
}
