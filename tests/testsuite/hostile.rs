//! Hostile and unlucky input: huge, deep, strange on disk or hostile in text.
//! Each case ends quickly with a clear error naming the file (a hang or a
//! crash fails the test through its time limit), nothing outside the site is
//! ever read, and the sources are never touched.

use crate::common::*;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const PROCEDURE: &str = "content/procedures/test-procedure";

/// Runs `informed` with `args` in `dir`, killing it after `limit`: a hang fails the test.
fn informed_within(dir: &Path, args: &[&str], limit: Duration) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_informed"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the informed binary runs");
    let start = Instant::now();
    loop {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            panic!("informed {args:?} was still running after {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    let output = child.wait_with_output().unwrap();
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// `check` and `build` both refuse the site with `code` at `file`, quickly,
/// and the build writes nothing.
fn refused(dir: &Path, code: &str, file: &str) -> String {
    let limit = Duration::from_secs(20);
    let check = informed_within(dir, &["check", "--today", TODAY], limit);
    assert_eq!(check.code, 1, "check should fail:\n{}", check.stderr);
    assert!(!check.stderr.contains("panicked"), "{}", check.stderr);
    let located = check.stderr.lines().any(|l| l.contains(&format!("error[{code}]")) && l.contains(file));
    assert!(located, "expected error[{code}] naming {file} from check:\n{}", check.stderr);
    let build = informed_within(dir, &["build", "--no-pdf", "--today", TODAY], limit);
    assert_eq!(build.code, 1, "build should fail:\n{}", build.stderr);
    assert!(build.stderr.contains(&format!("error[{code}]")), "{}", build.stderr);
    assert!(build.stderr.contains("nothing was written"), "{}", build.stderr);
    assert!(!dir.join("public").exists(), "nothing may be written");
    build.stderr
}

fn write(dir: &Path, path: &str, text: impl AsRef<[u8]>) {
    std::fs::write(dir.join(path), text).unwrap();
}

#[test]
fn deeply_nested_markdown_lists_and_quotes_are_refused() {
    let dir = copy_site("valid");
    // Each `- ` opens a list inside the item before it. Fifty thousand deep is
    // one very long line; five thousand deep fits the line limit and meets the depth limit.
    write(dir.path(), &format!("{PROCEDURE}/before.md"), "- ".repeat(50_000) + "x\n");
    refused(dir.path(), "line-too-long", "before.md:1:");
    let dir = copy_site("valid");
    write(dir.path(), &format!("{PROCEDURE}/before.md"), "- ".repeat(5_000) + "x\n");
    refused(dir.path(), "markdown-too-deep", "before.md:1:");
    let dir = copy_site("valid");
    let quotes: String = (0..10).map(|_| ">".repeat(5_000) + " deep\n").collect();
    write(dir.path(), &format!("{PROCEDURE}/during.md"), quotes);
    refused(dir.path(), "markdown-too-deep", "during.md:1:");
}

#[test]
fn deeply_nested_yaml_is_refused_without_a_crash() {
    let dir = copy_site("valid");
    let file = format!("{PROCEDURE}/procedure.yaml");
    let text = std::fs::read_to_string(dir.path().join(&file)).unwrap();
    // Block style: each `- ` opens a list inside the one before.
    write(dir.path(), &file, format!("{text}deep:\n  {}x\n", "- ".repeat(9_000)));
    refused(dir.path(), "yaml-too-deep", "procedure.yaml");
    write(dir.path(), &file, format!("{text}deep:\n  {}x\n", "- ".repeat(10_000)));
    refused(dir.path(), "line-too-long", "procedure.yaml");
    let dir = copy_site("valid");
    write(dir.path(), "content/site.yaml", "x: ".to_string() + &"[".repeat(10_000));
    refused(dir.path(), "yaml-too-deep", "site.yaml");
}

#[test]
fn huge_files_and_lines_are_refused_before_they_are_read() {
    let dir = copy_site("valid");
    let big = "word ".repeat(10_000_000);
    write(dir.path(), &format!("{PROCEDURE}/after.md"), &big);
    let stderr = refused(dir.path(), "file-too-large", "after.md");
    assert!(stderr.contains("256 KB"), "{stderr}");

    let dir = copy_site("valid");
    let file = format!("{PROCEDURE}/procedure.yaml");
    let text = std::fs::read_to_string(dir.path().join(&file)).unwrap();
    let long = text.replacen("title: ", &format!("title: {}", "a".repeat(1_000_000)), 1);
    write(dir.path(), &file, long);
    refused(dir.path(), "line-too-long", "procedure.yaml");
}

#[cfg(unix)]
#[test]
fn links_out_of_the_site_pipes_and_devices_are_never_read() {
    use std::os::unix::fs::symlink;
    for target in ["/etc/passwd", "/proc/self/environ", "/dev/zero"] {
        let dir = copy_site("valid");
        symlink(target, dir.path().join(PROCEDURE).join("during.md")).unwrap();
        let stderr = refused(dir.path(), "outside-site", "during.md");
        assert!(!stderr.contains("root:x:0"), "the outside file must not be read");
    }
    // A folder of procedures linked in from outside.
    let outside = copy_site("valid");
    let dir = copy_site("valid");
    symlink(outside.path().join(PROCEDURE), dir.path().join("content/procedures/linked-in")).unwrap();
    refused(dir.path(), "outside-site", "linked-in");
    // A named pipe would hang a reader for ever.
    let dir = copy_site("valid");
    let fifo = dir.path().join(PROCEDURE).join("after.md");
    let made = Command::new("mkfifo").arg(&fifo).status().map(|s| s.success()).unwrap_or(false);
    if made {
        let stderr = refused(dir.path(), "not-a-file", "after.md");
        assert!(stderr.contains("named pipe"), "{stderr}");
    }
    // A link inside the folder its file belongs to is followed once; a link
    // to a link is not, nor a link into another folder of the site.
    let dir = copy_site("valid");
    let proc_dir = dir.path().join(PROCEDURE);
    std::fs::copy(proc_dir.join("about.md"), dir.path().join("about-elsewhere.md")).unwrap();
    std::fs::rename(proc_dir.join("about.md"), dir.path().join("content/about-shared.md")).unwrap();
    symlink(dir.path().join("about-elsewhere.md"), proc_dir.join("about.md")).unwrap();
    refused(dir.path(), "outside-site", "about.md");
    std::fs::remove_file(proc_dir.join("about.md")).unwrap();
    symlink(dir.path().join("content/about-shared.md"), proc_dir.join("about.md")).unwrap();
    let check = informed_within(dir.path(), &["check", "--today", TODAY], Duration::from_secs(20));
    assert_eq!(check.code, 0, "a link inside the site is read: {}", check.stderr);
    let run = informed_within(dir.path(), &["build", "--no-pdf", "--today", TODAY], Duration::from_secs(20));
    assert_eq!(run.code, 0, "{}", run.stderr);
    symlink(proc_dir.join("about.md"), proc_dir.join("before.md")).unwrap();
    std::fs::remove_dir_all(dir.path().join("public")).unwrap();
    refused(dir.path(), "link-chain", "before.md");
}

#[test]
fn the_sources_are_never_an_output() {
    let dir = copy_site("translated");
    let before = every_file(dir.path());
    for output in [
        "content",
        "content/procedures",
        "content/site.yaml",
        "locales",
        "locales/cy",
        "templates",
        "static",
        "fonts",
        ".",
        "..",
    ] {
        let run = informed(dir.path(), &["build", "--no-pdf", "--today", TODAY, "--output", output]);
        assert_eq!(run.code, 2, "--output {output} must be refused:\n{}", run.stderr);
        assert!(run.stderr.contains("refusing"), "{}", run.stderr);
        assert!(!run.stderr.contains("wrote"), "{}", run.stderr);
        assert_eq!(every_file(dir.path()), before, "--output {output} changed the sources");
    }
    // A folder informed did not make is kept unless --force.
    std::fs::create_dir_all(dir.path().join("theirs")).unwrap();
    write(dir.path(), "theirs/notes.txt", "keep me");
    let run = informed(dir.path(), &["build", "--no-pdf", "--today", TODAY, "--output", "theirs"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("--force"), "{}", run.stderr);
    assert!(dir.path().join("theirs/notes.txt").exists());
    let run = informed(dir.path(), &["build", "--no-pdf", "--today", TODAY, "--output", "theirs", "--force"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("notes.txt"), "the file about to be replaced is named:\n{}", run.stderr);
    assert!(!dir.path().join("theirs/notes.txt").exists());
    // From then on informed knows the folder as its own.
    let run = informed(dir.path(), &["build", "--no-pdf", "--today", TODAY, "--output", "theirs"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
}

#[cfg(unix)]
#[test]
fn an_output_that_is_a_link_stays_one() {
    let dir = copy_site("valid");
    std::fs::create_dir_all(dir.path().join("real-public")).unwrap();
    std::os::unix::fs::symlink(dir.path().join("real-public"), dir.path().join("public")).unwrap();
    let run = informed(dir.path(), &["build", "--no-pdf", "--today", TODAY]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(std::fs::symlink_metadata(dir.path().join("public")).unwrap().file_type().is_symlink());
    assert!(dir.path().join("real-public/index.html").is_file());
}

#[test]
fn hidden_characters_and_nul_are_reported_where_they_are() {
    let dir = copy_site("valid");
    let file = format!("{PROCEDURE}/procedure.yaml");
    let text = std::fs::read_to_string(dir.path().join(&file)).unwrap();
    // A right-to-left override would show a fake figure beside the real one.
    let (label_line, _) = text.lines().enumerate().find(|(_, l)| l.contains("label: \"")).unwrap();
    let fake = text.replacen("label: \"", "label: \"\u{202e}001 ni 3 ", 1);
    write(dir.path(), &file, fake);
    let stderr = refused(dir.path(), "hidden-character", &format!("procedure.yaml:{}:", label_line + 1));
    assert!(stderr.contains("direction"), "{stderr}");
    // A NUL written as a YAML escape.
    let dir = copy_site("valid");
    let nul = text.replacen("summary: \"A summary", "summary: \"\\0A summary", 1);
    write(dir.path(), &file, nul);
    refused(dir.path(), "hidden-character", "procedure.yaml:2:");
    // An entity in Markdown is the same character.
    let dir = copy_site("valid");
    write(dir.path(), &format!("{PROCEDURE}/after.md"), "Fine.\n\nRisk &#x202E;3 in 100.\n");
    refused(dir.path(), "hidden-character", "after.md:3:");
}

#[test]
fn byte_order_marks_are_accepted() {
    let dir = copy_site("translated");
    for file in
        ["content/site.yaml", "content/procedures/test-procedure/about.md", "locales/cy/procedures/test-procedure.ftl"]
    {
        let path = dir.path().join(file);
        let mut bytes = vec![0xef, 0xbb, 0xbf];
        bytes.extend(std::fs::read(&path).unwrap());
        std::fs::write(&path, bytes).unwrap();
    }
    let run = informed(dir.path(), &["build", "--no-pdf", "--today", TODAY]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!run.stderr.contains("left-out"), "Welsh must still be published:\n{}", run.stderr);
    assert!(dir.path().join("public/cy/test-procedure/index.html").is_file());
}

/// Appends `text` to the Welsh procedure translation, and checks that `check`
/// reports `code` at its line and that `build` leaves Welsh out but builds English.
fn welsh_fault(text: &str, code: &str) {
    welsh_fault_at(text.as_bytes(), code, 0);
}

/// Appends `bytes` to the Welsh procedure translation, and checks that `check`
/// reports `code` at the appended text's first line plus `lines_on`, and that
/// `build` leaves Welsh out but builds English.
fn welsh_fault_at(bytes: &[u8], code: &str, lines_on: usize) {
    let dir = copy_site("translated");
    let file = dir.path().join("locales/cy/procedures/test-procedure.ftl");
    let mut ftl = std::fs::read(&file).unwrap();
    let line = ftl.iter().filter(|b| **b == b'\n').count() + 1 + lines_on;
    ftl.extend_from_slice(bytes);
    std::fs::write(&file, &ftl).unwrap();
    finish_welsh_fault(dir.path(), code, line);
}

fn finish_welsh_fault(dir: &Path, code: &str, line: usize) {
    let limit = Duration::from_secs(20);
    let check = informed_within(dir, &["check", "--today", TODAY], limit);
    assert_eq!(check.code, 1, "{}", check.stderr);
    let at = format!("test-procedure.ftl:{line}:");
    assert!(
        check.stderr.lines().any(|l| l.contains(&at) && l.contains(&format!("error[{code}]"))),
        "expected error[{code}] at {at}:\n{}",
        check.stderr
    );
    let build = informed_within(dir, &["build", "--no-pdf", "--today", TODAY], limit);
    assert_eq!(build.code, 0, "the other languages build:\n{}", build.stderr);
    assert!(build.stderr.contains("not published in cy"), "{}", build.stderr);
    assert!(dir.join("public/test-procedure/index.html").is_file());
    assert!(!dir.join("public/cy/test-procedure/index.html").exists());
}

#[test]
fn a_translation_fault_stays_in_its_language() {
    welsh_fault("extra-one = Gweler { -dim-term }\n", "ftl-undefined");
    welsh_fault("extra-two = Gweler { dim-neges }\n", "ftl-undefined");
    welsh_fault("extra-a = { extra-b }\nextra-b = { extra-a }\n", "ftl-cycle");
    welsh_fault("extra-f = { DATETIME($x) }\n", "ftl-unknown-function");
    welsh_fault("title = Eto\n", "ftl-duplicate");
    let mut bomb = String::from("lol0 = lololololololololololololololololololololololololol\n");
    for i in 1..8 {
        let p = i - 1;
        bomb.push_str(&format!("lol{i} = {}\n", format!("{{ lol{p} }}").repeat(10)));
    }
    // Eight lines: the last ones grow past the limit once their references are filled in.
    welsh_fault_at(bomb.as_bytes(), "ftl-expansion", 7);
    // Bytes that are not UTF-8, and a NUL.
    welsh_fault_at(b"extra = caf\xe9\n", "not-utf8", 0);
    welsh_fault("extra = a\u{0}b\n", "hidden-character");
    welsh_fault(&format!("extra = {}\n", "a".repeat(1_000_000)), "line-too-long");
}

#[test]
fn remote_images_and_protocol_relative_links_are_refused() {
    let dir = copy_site("valid");
    write(dir.path(), &format!("{PROCEDURE}/after.md"), "Text.\n\n![a tracker](https://tracker.example.com/p.gif)\n");
    refused(dir.path(), "third-party", "after.md:3:");
    let dir = copy_site("valid");
    write(dir.path(), &format!("{PROCEDURE}/after.md"), "See [this](//evil.example.com/x).\n");
    refused(dir.path(), "third-party", "after.md:1:");
}

#[test]
fn static_files_are_copied_byte_for_byte() {
    let dir = copy_site("valid");
    std::fs::create_dir_all(dir.path().join("static/img")).unwrap();
    let png: Vec<u8> = (0..=255u8).collect();
    write(dir.path(), "static/img/logo.png", &png);
    write(dir.path(), "static/.htaccess", "Options -Indexes\n");
    let run = informed(dir.path(), &["build", "--no-pdf", "--today", TODAY]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(std::fs::read(dir.path().join("public/img/logo.png")).unwrap(), png);
    assert!(dir.path().join("public/.htaccess").is_file());
}

#[test]
fn two_builds_at_once_cannot_interleave() {
    let dir = copy_site("valid");
    let lock = informed::write::lock(&dir.path().join("public")).unwrap();
    let run = informed(dir.path(), &["build", "--no-pdf", "--today", TODAY]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("another informed build is writing"), "{}", run.stderr);
    drop(lock);
    let run = informed(dir.path(), &["build", "--no-pdf", "--today", TODAY]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    // Many at once: every one either builds or is refused, and the site is whole.
    let children: Vec<_> = (0..6)
        .map(|_| {
            Command::new(env!("CARGO_BIN_EXE_informed"))
                .args(["build", "--no-pdf", "--today", TODAY])
                .current_dir(dir.path())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(matches!(out.status.code(), Some(0) | Some(2)), "{}", String::from_utf8_lossy(&out.stderr));
    }
    let whole = every_file(&dir.path().join("public"));
    let run = informed(dir.path(), &["build", "--no-pdf", "--today", TODAY]);
    assert_eq!(run.code, 0);
    assert_eq!(every_file(&dir.path().join("public")), whole, "every build leaves the same whole site");
}

#[cfg(unix)]
#[test]
fn a_build_killed_at_any_moment_leaves_the_last_site_whole() {
    let dir = copy_site("translated");
    let run = informed(dir.path(), &["build", "--no-pdf", "--today", TODAY]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let whole = every_file(&dir.path().join("public"));
    for delay_ms in [0, 2, 5, 10, 20, 30, 50, 80] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_informed"))
            .args(["build", "--no-pdf", "--today", TODAY])
            .current_dir(dir.path())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(delay_ms));
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        assert_eq!(every_file(&dir.path().join("public")), whole, "killed after {delay_ms} ms");
    }
    let run = informed(dir.path(), &["build", "--no-pdf", "--today", TODAY]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("informed-new") || n.contains("informed-old"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    assert_eq!(every_file(&dir.path().join("public")), whole);
}

#[test]
fn an_empty_template_is_refused() {
    let dir = copy_site("valid");
    std::fs::create_dir_all(dir.path().join("templates")).unwrap();
    write(dir.path(), "templates/procedure.html", "");
    refused(dir.path(), "empty-template", "procedure.html");
}
