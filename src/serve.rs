//! `informed serve`: a preview while editing. Rebuilds when a file changes and serves `public/` on localhost.
//!
//! Deliberately small: a polling watcher (file times and sizes, twice a
//! second), which works the same on every file system and editor, and a
//! plain HTTP/1.1 file server bound to 127.0.0.1 only. Pages are the very
//! files `informed build` writes; there is no script injected into them, so
//! reload the page in the browser after a change.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::time::{Duration, SystemTime};

/// A snapshot of the files under some folders: path to (modified time, size).
pub type Snapshot = BTreeMap<PathBuf, (SystemTime, u64)>;

/// Every file under `dirs` (those that exist), with its time and size.
pub fn snapshot(dirs: &[PathBuf]) -> Snapshot {
    let mut files = Snapshot::new();
    for dir in dirs.iter().filter(|d| d.exists()) {
        for entry in walkdir::WalkDir::new(dir).into_iter().filter_map(Result::ok) {
            if let Some(meta) = entry.metadata().ok().filter(|m| m.is_file()) {
                files.insert(entry.into_path(), (meta.modified().unwrap_or(SystemTime::UNIX_EPOCH), meta.len()));
            }
        }
    }
    files
}

/// Calls `rebuild` whenever a file under `dirs` changes, checking twice a second. Never returns.
pub fn watch(dirs: Vec<PathBuf>, mut rebuild: impl FnMut()) {
    let mut last = snapshot(&dirs);
    loop {
        std::thread::sleep(Duration::from_millis(500));
        let now = snapshot(&dirs);
        if now != last {
            last = now;
            rebuild();
        }
    }
}

/// Serves the files in `root` to requests on `listener`, one thread per connection. Never returns.
pub fn serve(listener: TcpListener, root: PathBuf) {
    for stream in listener.incoming().flatten() {
        let root = root.clone();
        std::thread::spawn(move || {
            // A slow or silent client never holds a thread for long.
            let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
            let _ = stream.set_write_timeout(Some(Duration::from_secs(10)));
            let _ = respond(stream, &root);
        });
    }
}

fn respond(mut stream: TcpStream, root: &Path) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request = String::new();
    reader.read_line(&mut request)?;
    // Read the headers to the blank line; nothing in them matters here.
    let mut line = String::new();
    while reader.read_line(&mut line)? > 2 {
        line.clear();
    }
    let mut parts = request.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or("/"));
    if method != "GET" && method != "HEAD" {
        return reply(
            &mut stream,
            "405 Method Not Allowed",
            "text/plain; charset=utf-8",
            b"only GET and HEAD\n",
            method == "HEAD",
        );
    }
    match resolve(root, target) {
        Some(path) => match std::fs::read(&path) {
            Ok(body) => reply(&mut stream, "200 OK", content_type(&path), &body, method == "HEAD"),
            Err(_) => not_found(&mut stream),
        },
        None => not_found(&mut stream),
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

/// The file a request path names inside `root`: percent-decoded, no `..`, folders
/// answered by their `index.html`. `None` for anything outside `root`.
pub fn resolve(root: &Path, target: &str) -> Option<PathBuf> {
    let path = target.split(['?', '#']).next().unwrap_or("/");
    let decoded = percent_decode(path)?;
    let relative = Path::new(decoded.trim_start_matches('/'));
    if !relative.components().all(|c| matches!(c, Component::Normal(_))) {
        return None;
    }
    let mut full = root.join(relative);
    if full.is_dir() {
        full = full.join("index.html");
    }
    full.is_file().then_some(full)
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
        assert_eq!(resolve(dir.path(), "/cy/"), Some(dir.path().join("cy/index.html")));
        assert_eq!(resolve(dir.path(), "/a%20b.css?v=1"), Some(dir.path().join("a b.css")));
        for bad in ["/../etc/passwd", "/cy/../../x", "/%2e%2e/x", "/nothing.html", "/%zz"] {
            assert_eq!(resolve(dir.path(), bad), None, "{bad}");
        }
    }
}
