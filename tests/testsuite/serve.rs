//! The live preview: serves the built site on loopback, rebuilds on a save,
//! tells the browser to reload (Server-Sent Events), and shows a failed
//! rebuild's errors over the last good page.

use crate::common;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

/// Kills the server however the test ends.
pub(crate) struct Server(pub(crate) Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Status line, headers and body of a GET.
pub(crate) fn get(address: &str, path: &str) -> (String, String, String) {
    let mut stream = TcpStream::connect(address).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    write!(stream, "GET {path} HTTP/1.1\r\nHost: localhost\r\n\r\n").unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    let (head, body) = response.split_once("\r\n\r\n").unwrap_or((&response, ""));
    let (status, headers) = head.split_once("\r\n").unwrap_or((head, ""));
    (status.to_string(), headers.to_string(), body.to_string())
}

/// Events from `/__informed/events`, as (event, data), read on a thread.
pub(crate) fn subscribe(address: &str) -> mpsc::Receiver<(String, String)> {
    let mut stream = TcpStream::connect(address).unwrap();
    write!(stream, "GET /__informed/events HTTP/1.1\r\nHost: localhost\r\n\r\n").unwrap();
    let (send, events) = mpsc::channel();
    std::thread::spawn(move || {
        let mut event = String::new();
        for line in BufReader::new(stream).lines().map_while(Result::ok) {
            if let Some(name) = line.strip_prefix("event: ") {
                event = name.to_string();
            } else if let Some(data) = line.strip_prefix("data: ")
                && send.send((std::mem::take(&mut event), data.to_string())).is_err()
            {
                break;
            }
        }
    });
    events
}

pub(crate) fn next_event(events: &mpsc::Receiver<(String, String)>) -> (String, String) {
    events.recv_timeout(Duration::from_secs(60)).expect("an event in time")
}

#[test]
fn a_save_reloads_the_page_and_a_failed_build_shows_its_errors() {
    let dir = common::copy_site("valid");
    // Hold a port, so the server must move to the next free one.
    let taken = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    let mut child = Command::new(env!("CARGO_BIN_EXE_informed"))
        .args(["serve", "--port", &port, "--today", common::TODAY])
        .current_dir(dir.path())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stderr = child.stderr.take().unwrap();
    let _server = Server(child);
    let (lines, incoming) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if lines.send(line).is_err() {
                break;
            }
        }
    });
    let wait_for = |needle: &str| -> String {
        loop {
            let line =
                incoming.recv_timeout(Duration::from_secs(60)).unwrap_or_else(|_| panic!("no `{needle}` in time"));
            if line.contains(needle) {
                return line;
            }
        }
    };
    let line = wait_for("serving http://");
    let address = line.split("http://").nth(1).unwrap().split('/').next().unwrap().to_string();
    assert!(address.starts_with("127.0.0.1:"), "loopback by default: {address}");
    assert_ne!(address, format!("127.0.0.1:{port}"), "the taken port is not used");

    // Pages carry the script as served; the files on disk are the build's.
    let (status, _, body) = get(&address, "/test-procedure/");
    assert_eq!(status, "HTTP/1.1 200 OK");
    assert!(body.contains("About 34 in 100 lengthened bones"));
    assert!(body.contains("<script src=\"/__informed/live.js\"></script></body>"));
    // The preview has a folder of its own, never the one a web team deploys.
    assert!(!dir.path().join("public").exists());
    let on_disk = std::fs::read_to_string(dir.path().join(".informed/preview/test-procedure/index.html")).unwrap();
    assert!(!on_disk.contains("__informed"));
    assert!(get(&address, "/__informed/live.js").2.contains("EventSource"));
    let (status, headers, _) = get(&address, "/test-procedure");
    assert_eq!(status, "HTTP/1.1 301 Moved Permanently");
    assert!(headers.contains("Location: /test-procedure/"), "{headers}");
    for outside in ["/../Cargo.toml", "/%2e%2e/content/site.yaml", "/%2E%2E%2fcontent/site.yaml", "//etc/passwd"] {
        assert_eq!(get(&address, outside).0, "HTTP/1.1 404 Not Found", "{outside}");
    }
    let absolute = format!("{}/content/site.yaml", dir.path().display());
    assert_eq!(get(&address, &absolute).0, "HTTP/1.1 404 Not Found");

    let events = subscribe(&address);
    assert_eq!(next_event(&events).0, "ready");

    // A Markdown edit saved as editors do (a backup, a temporary file renamed
    // over the old one): one reload, then the changed page.
    let about = dir.path().join("content/procedures/test-procedure/about.md");
    let text = std::fs::read_to_string(&about).unwrap();
    std::fs::write(about.with_extension("md~"), &text).unwrap();
    let temporary = about.with_extension("md.tmp");
    std::fs::write(&temporary, format!("{text}\nA sentence added while previewing.\n")).unwrap();
    std::fs::rename(&temporary, &about).unwrap();
    assert_eq!(next_event(&events).0, "reload");
    assert!(events.recv_timeout(Duration::from_millis(1500)).is_err(), "one save, one rebuild");
    assert!(get(&address, "/test-procedure/").2.contains("A sentence added while previewing."));

    // Broken YAML: the errors, naming file and line; the last good page stays.
    let yaml = dir.path().join("content/procedures/test-procedure/procedure.yaml");
    let good = std::fs::read_to_string(&yaml).unwrap();
    std::fs::write(&yaml, good.replace("update_policy:", "update_polcy:")).unwrap();
    let (event, data) = next_event(&events);
    assert_eq!(event, "failed", "{data}");
    let report: serde_json::Value = serde_json::from_str(&data).unwrap();
    let error = &report["errors"][0];
    assert!(error["file"].as_str().unwrap().ends_with("test-procedure/procedure.yaml"), "{report}");
    assert_eq!(error["line"], 5, "{report}");
    assert!(error["message"].as_str().unwrap().contains("update_polcy"), "{report}");
    assert!(error["hint"].as_str().unwrap().contains("update_policy"), "{report}");
    assert!(get(&address, "/test-procedure/").2.contains("A sentence added while previewing."));
    // A page opened now is told at once.
    let late = subscribe(&address);
    assert_eq!(next_event(&late).0, "ready");
    assert_eq!(next_event(&late).0, "failed");

    // Mended: the page again.
    std::fs::write(&yaml, good.replace("recovery: \"Months.\"", "recovery: \"Several months.\"")).unwrap();
    assert_eq!(next_event(&events).0, "reload");
    assert!(get(&address, "/test-procedure/").2.contains("Several months."));
    drop(taken);
}

#[test]
fn a_preview_of_one_procedure_reads_and_builds_only_that_one() {
    let tmp = tempfile::tempdir().unwrap();
    let library = tmp.path().join("library");
    let (to, from) = (library.display().to_string(), common::site("translated").display().to_string());
    let made = common::informed(tmp.path(), &["corpus", &to, "--from", &from, "--procedures", "3", "--languages", "2"]);
    assert_eq!(made.code, 0, "{}", made.stderr);

    let typo = common::informed(&library, &["serve", "--port", "0", "--procedure", "test-procedure-002"]);
    assert_eq!(typo.code, 2);
    assert!(typo.stderr.contains("did you mean `test-procedure-0002`?"), "{}", typo.stderr);

    let mut child = Command::new(env!("CARGO_BIN_EXE_informed"))
        .args(["serve", "--port", "0", "--today", common::TODAY, "--procedure", "test-procedure-0002"])
        .current_dir(&library)
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stderr = child.stderr.take().unwrap();
    let _server = Server(child);
    let mut said = String::new();
    for line in BufReader::new(stderr).lines().map_while(Result::ok) {
        said.push_str(&line);
        said.push('\n');
        if line.contains("serving http://") {
            break;
        }
    }
    assert!(said.contains("rebuilt 4 pages"), "{said}");
    let public = library.join(".informed/preview");
    assert!(public.join("test-procedure-0002/index.html").is_file());
    assert!(public.join("cy/test-procedure-0002/index.html").is_file());
    assert!(!public.join("test-procedure-0001").exists() && !public.join("test-procedure-0003").exists());
    let index = std::fs::read_to_string(public.join("index.html")).unwrap();
    assert!(index.contains("test-procedure-0002/") && !index.contains("test-procedure-0001/"));
}

/// The raw answer to `request`, sent as it is.
fn raw(address: &str, request: &[u8]) -> String {
    let mut stream = TcpStream::connect(address).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    let _ = stream.write_all(request);
    let mut response = String::new();
    let _ = stream.read_to_string(&mut response);
    response
}

#[test]
fn the_preview_answers_only_its_own_address_and_never_replaces_a_deployed_site() {
    let dir = common::copy_site("valid");
    // A site built for deployment is never a preview's folder.
    common::build_ok(dir.path());
    let run = common::informed(dir.path(), &["serve", "--port", "0", "--output", "public", "--today", common::TODAY]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("a preview holds drafts"), "{}", run.stderr);

    let mut child = Command::new(env!("CARGO_BIN_EXE_informed"))
        .args(["serve", "--port", "0", "--today", common::TODAY])
        .current_dir(dir.path())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stderr = child.stderr.take().unwrap();
    let _server = Server(child);
    let mut address = String::new();
    for line in BufReader::new(stderr).lines().map_while(Result::ok) {
        if let Some(rest) = line.split("http://").nth(1) {
            address = rest.split('/').next().unwrap().to_string();
            break;
        }
    }
    let port = address.rsplit(':').next().unwrap();
    let ok = raw(&address, format!("GET / HTTP/1.1\r\nHost: localhost:{port}\r\n\r\n").as_bytes());
    assert!(ok.starts_with("HTTP/1.1 200 OK"), "{ok}");
    // DNS rebinding: a web page elsewhere makes the browser ask with its own name.
    for host in ["evil.example", &format!("evil.example:{port}"), "127.0.0.1.evil.example"] {
        let answer = raw(&address, format!("GET / HTTP/1.1\r\nHost: {host}\r\n\r\n").as_bytes());
        assert!(answer.starts_with("HTTP/1.1 421"), "{host}: {answer}");
        assert!(!answer.contains("<html"), "no page for {host}");
    }
    assert!(raw(&address, b"GET / HTTP/1.1\r\n\r\n").starts_with("HTTP/1.1 421"), "no Host at all");
    // A head past its bound is cut short at once, however much is sent.
    let start = std::time::Instant::now();
    let mut huge = b"GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: ".to_vec();
    huge.extend(std::iter::repeat_n(b'a', 4 << 20));
    let answer = raw(&address, &huge);
    // The server answers 400 and closes while the client still sends: the
    // client may read the answer whole, in part ("HTTP/1.1 ") or not at all
    // (a reset), never a page.
    let refused = answer.starts_with("HTTP/1.1 400") || "HTTP/1.1 400".starts_with(answer.as_str());
    assert!(refused, "{}", &answer[..answer.len().min(200)]);
    assert!(start.elapsed() < Duration::from_secs(20));
    // A client that says nothing is let go, and others are answered meanwhile.
    let silent: Vec<TcpStream> = (0..8).map(|_| TcpStream::connect(&address).unwrap()).collect();
    let ok = raw(&address, format!("GET / HTTP/1.1\r\nHost: localhost:{port}\r\n\r\n").as_bytes());
    assert!(ok.starts_with("HTTP/1.1 200 OK"), "{ok}");
    let mut first = &silent[0];
    first.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    let mut answer = String::new();
    let _ = first.read_to_string(&mut answer);
    assert!(answer.starts_with("HTTP/1.1 400") || answer.is_empty(), "a silent client is closed: {answer}");
}
