//! The preview server: serves the built site on localhost and rebuilds when content changes.

use crate::common;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

/// Kills the server however the test ends.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn get(address: &str, path: &str) -> (String, String) {
    let mut stream = TcpStream::connect(address).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    write!(stream, "GET {path} HTTP/1.1\r\nHost: localhost\r\n\r\n").unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    let (head, body) = response.split_once("\r\n\r\n").unwrap_or((&response, ""));
    (head.lines().next().unwrap_or("").to_string(), body.to_string())
}

#[test]
fn serves_the_site_and_rebuilds_on_change() {
    let dir = common::copy_site("valid");
    let mut child = Command::new(env!("CARGO_BIN_EXE_informed"))
        .args(["serve", "--port", "0", "--no-pdf", "--today", common::TODAY])
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
                incoming.recv_timeout(Duration::from_secs(30)).unwrap_or_else(|_| panic!("no `{needle}` in time"));
            if line.contains(needle) {
                return line;
            }
        }
    };
    let line = wait_for("serving http://");
    let address = line.split("http://").nth(1).unwrap().split('/').next().unwrap().to_string();

    let (status, body) = get(&address, "/test-procedure/");
    assert_eq!(status, "HTTP/1.1 200 OK");
    assert!(body.contains("About 34 in 100 lengthened bones"));
    assert_eq!(get(&address, "/../Cargo.toml").0, "HTTP/1.1 404 Not Found");
    assert_eq!(get(&address, "/%2e%2e/content/site.yaml").0, "HTTP/1.1 404 Not Found");

    let yaml = dir.path().join("content/procedures/test-procedure/procedure.yaml");
    let text =
        std::fs::read_to_string(&yaml).unwrap().replace("recovery: \"Months.\"", "recovery: \"Several months.\"");
    std::fs::write(&yaml, text).unwrap();
    wait_for("rebuilt in");
    assert!(get(&address, "/test-procedure/index.html").1.contains("Several months."));
}
