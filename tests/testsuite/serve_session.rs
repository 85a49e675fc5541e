//! The preview's incremental rebuild: after a save that changes one
//! procedure, `informed serve` rebuilds only that procedure (and the
//! site-wide pages), and every file of the preview is then byte for byte what
//! a whole build of the edited site writes. A site-wide change rebuilds
//! everything; a broken save keeps the last good preview.

use crate::common;
use crate::serve::{Server, get, next_event, subscribe};
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

/// A running preview: the server, its standard error line by line, its address.
struct Preview {
    _server: Server,
    lines: mpsc::Receiver<String>,
    address: String,
}

impl Preview {
    fn start(site: &Path, output: &Path) -> Preview {
        let mut child = Command::new(env!("CARGO_BIN_EXE_informed"))
            .args(["serve", "--port", "0", "--today", common::TODAY, "--output"])
            .arg(output)
            .current_dir(site)
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stderr = child.stderr.take().unwrap();
        let server = Server(child);
        let (send, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if send.send(line).is_err() {
                    break;
                }
            }
        });
        let mut preview = Preview { _server: server, lines, address: String::new() };
        let line = preview.wait_for("serving http://").pop().unwrap();
        preview.address = line.split("http://").nth(1).unwrap().split('/').next().unwrap().to_string();
        preview
    }

    /// Every line up to and including the first that contains `needle`.
    fn wait_for(&self, needle: &str) -> Vec<String> {
        let mut seen = Vec::new();
        loop {
            let line = self.lines.recv_timeout(Duration::from_secs(120)).unwrap_or_else(|_| {
                panic!("no `{needle}` in time; said:\n{}", seen.join("\n"));
            });
            let found = line.contains(needle);
            seen.push(line);
            if found {
                return seen;
            }
        }
    }

    /// The line that says what the last rebuild did.
    fn rebuilt(&self) -> String {
        let said = self.wait_for("rebuil");
        said.iter().find(|l| l.starts_with("rebuil")).cloned().unwrap_or_default() + "\n" + &said.join("\n")
    }
}

/// Every file of `output` is what a whole preview build of `site` writes.
fn same_as_a_whole_build(site: &Path, output: &Path, fresh: &Path) {
    drop(Preview::start(site, fresh));
    let (ours, whole) = (common::every_file(output), common::every_file(fresh));
    let names = |files: &[(String, Vec<u8>)]| files.iter().map(|(p, _)| p.clone()).collect::<Vec<_>>();
    assert_eq!(names(&ours), names(&whole), "the same files");
    for ((path, a), (_, b)) in ours.iter().zip(&whole) {
        assert!(a == b, "{path} differs from a whole build's");
    }
}

fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{} has `{from}`", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

#[test]
fn a_save_rebuilds_one_procedure_to_the_bytes_of_a_whole_build() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("library");
    let (to, from) = (site.display().to_string(), common::site("translated").display().to_string());
    let made = common::informed(tmp.path(), &["corpus", &to, "--from", &from, "--procedures", "6", "--languages", "2"]);
    assert_eq!(made.code, 0, "{}", made.stderr);
    let output = tmp.path().join("preview");
    let preview = Preview::start(&site, &output);
    let events = subscribe(&preview.address);
    assert_eq!(next_event(&events).0, "ready");
    let procedure = |slug: &str, file: &str| site.join("content/procedures").join(slug).join(file);
    let mut wholes = 0;
    let mut whole = || {
        wholes += 1;
        tmp.path().join(format!("whole-{wholes}"))
    };

    // A Markdown section.
    let about = procedure("test-procedure-0002", "about.md");
    std::fs::write(&about, std::fs::read_to_string(&about).unwrap() + "\nA sentence only this save adds.\n").unwrap();
    assert_eq!(next_event(&events).0, "reload");
    let said = preview.rebuilt();
    assert!(said.starts_with("rebuilt 1 procedure in 2 languages in "), "{said}");
    assert!(get(&preview.address, "/test-procedure-0002/").2.contains("A sentence only this save adds."));
    same_as_a_whole_build(&site, &output, &whole());

    // procedure.yaml: its title is on every language's index too.
    edit(&procedure("test-procedure-0003", "procedure.yaml"), "title: \"", "title: \"Retitled: ");
    assert_eq!(next_event(&events).0, "reload");
    let said = preview.rebuilt();
    assert!(said.starts_with("rebuilt 1 procedure"), "{said}");
    assert!(get(&preview.address, "/").2.contains("Retitled: "));
    same_as_a_whole_build(&site, &output, &whole());

    // A procedure's translation.
    edit(&site.join("locales/cy/procedures/test-procedure-0004.ftl"), "summary = ", "summary = Newydd: ");
    assert_eq!(next_event(&events).0, "reload");
    let said = preview.rebuilt();
    assert!(said.starts_with("rebuilt 1 procedure"), "{said}");
    same_as_a_whole_build(&site, &output, &whole());

    // A broken save: its errors, and the last good preview stays as it was.
    let before = common::every_file(&output);
    let yaml = procedure("test-procedure-0005", "procedure.yaml");
    edit(&yaml, "update_policy:", "update_polcy:");
    let (event, data) = next_event(&events);
    assert_eq!(event, "failed", "{data}");
    assert!(data.contains("test-procedure-0005/procedure.yaml") && data.contains("update_polcy"), "{data}");
    assert!(preview.rebuilt().starts_with("rebuild failed"));
    assert!(common::every_file(&output) == before, "a failed rebuild writes nothing");
    // While it is broken, a save elsewhere fails as a whole build would.
    let other = procedure("test-procedure-0006", "about.md");
    std::fs::write(&other, std::fs::read_to_string(&other).unwrap() + "\nSaved while another was broken.\n").unwrap();
    assert_eq!(next_event(&events).0, "failed");
    assert!(preview.rebuilt().starts_with("rebuild failed"));
    assert!(common::every_file(&output) == before, "a failed rebuild writes nothing");
    // Mended: both saves are in the preview.
    edit(&yaml, "update_polcy:", "update_policy:");
    assert_eq!(next_event(&events).0, "reload");
    let said = preview.rebuilt();
    assert!(said.starts_with("rebuilt 2 procedures"), "{said}");
    assert!(get(&preview.address, "/test-procedure-0006/").2.contains("Saved while another was broken."));
    same_as_a_whole_build(&site, &output, &whole());

    // A site-wide file rebuilds everything; then one procedure again.
    edit(&site.join("content/site.yaml"), "0100 000 0000", "0100 000 0001");
    assert_eq!(next_event(&events).0, "reload");
    let said = preview.rebuilt();
    assert!(said.starts_with("rebuilding everything"), "{said}");
    preview.wait_for("rebuilt ");
    assert!(get(&preview.address, "/test-procedure-0001/").2.contains("0100 000 0001"));
    same_as_a_whole_build(&site, &output, &whole());
    let about = procedure("test-procedure-0001", "about.md");
    std::fs::write(&about, std::fs::read_to_string(&about).unwrap() + "\nAfter the whole rebuild.\n").unwrap();
    assert_eq!(next_event(&events).0, "reload");
    assert!(preview.rebuilt().starts_with("rebuilt 1 procedure"));
    same_as_a_whole_build(&site, &output, &whole());

    // A procedure deleted is a site-wide change: its pages go.
    std::fs::remove_dir_all(site.join("content/procedures/test-procedure-0006")).unwrap();
    assert_eq!(next_event(&events).0, "reload");
    assert!(preview.rebuilt().starts_with("rebuilding everything"));
    preview.wait_for("rebuilt ");
    assert!(!output.join("test-procedure-0006").exists());
    same_as_a_whole_build(&site, &output, &whole());
}
