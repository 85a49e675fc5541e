//! Shared helpers for the end-to-end tests: run the real binary on a fixture site.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The date the fixtures are checked against, so review-date checks are repeatable.
pub const TODAY: &str = "2026-06-01";

/// A fixture site under `tests/sites/`.
pub fn site(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/sites").join(name)
}

/// The outcome of running `informed`.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `informed` with `args` in `dir`.
pub fn informed(dir: &Path, args: &[&str]) -> Run {
    let output = Command::new(env!("CARGO_BIN_EXE_informed"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .expect("the informed binary runs");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// Copies a fixture site into a fresh temporary folder and returns it.
pub fn copy_site(name: &str) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(&site(name), tmp.path());
    tmp
}

/// Copies a folder tree.
pub fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let target = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// Builds the site in `dir` into `dir/public` without PDF leaflets (`--no-pdf`),
/// asserting success, and returns the run. Every page and print leaflet is still
/// written as HTML; only tests that read a PDF use [`build_with_pdfs`].
pub fn build_ok(dir: &Path) -> Run {
    let run = informed(dir, &["build", "--no-pdf", "--today", TODAY]);
    assert_eq!(run.code, 0, "build failed:\n{}", run.stderr);
    run
}

/// Builds the site in `dir` with its PDF leaflets, asserting success: typst
/// compiles every leaflet in every locale, which is most of a test's time, so
/// only tests that read a PDF call this.
#[cfg(feature = "pdf")]
pub fn build_with_pdfs(dir: &Path) -> Run {
    let run = informed(dir, &["build", "--today", TODAY]);
    assert_eq!(run.code, 0, "build failed:\n{}", run.stderr);
    run
}

/// Reads a file the build wrote.
pub fn read(dir: &Path, path: &str) -> String {
    std::fs::read_to_string(dir.join("public").join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Every file under `dir`, relative path and bytes, sorted.
pub fn every_file(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| (e.path().strip_prefix(dir).unwrap().display().to_string(), std::fs::read(e.path()).unwrap()))
        .collect();
    files.sort();
    files
}

/// Snapshot settings (insta) that write the temporary folder `dir` as `[SITE]`,
/// so that a snapshot does not depend on where the test ran. Review changed
/// snapshots with `INSTA_UPDATE=always cargo test` and `git diff`.
pub fn snapshot_settings(dir: &Path) -> insta::Settings {
    let mut settings = insta::Settings::clone_current();
    let mut places = vec![dir.to_path_buf()];
    places.extend(dir.canonicalize().ok().filter(|real| real != dir));
    for place in places {
        // The folder's name as a regular expression that matches only itself.
        let literal: String = place
            .display()
            .to_string()
            .chars()
            .flat_map(|c| {
                let meta = "\\.+*?()|[]{}^$#&-~".contains(c);
                meta.then_some('\\').into_iter().chain([c])
            })
            .collect();
        settings.add_filter(&literal, "[SITE]");
    }
    settings
}

/// The text of the `nth` outcome `id` on a page up to its closing `</article>`:
/// its first place is `id="outcome-<id>"`, a later option's `id="outcome-<option>-<id>"`.
pub fn outcome<'a>(html: &'a str, id: &str, nth: usize) -> &'a str {
    let marker = format!("-{id}\">");
    let at = html
        .match_indices(&marker)
        .map(|(at, _)| at)
        .filter(|&at| {
            // `id="outcome` then nothing, or `-<option>` (fixtures' option ids have no hyphen).
            let attr = html[..at].rsplit(' ').next().unwrap_or_default();
            attr.strip_prefix("id=\"outcome").is_some_and(|rest| rest.is_empty() || rest[1..].find('-').is_none())
        })
        .nth(nth)
        .unwrap_or_else(|| panic!("no outcome {id} #{nth}"));
    let start = html[..at].rfind("<article class=\"outcome").unwrap_or(at);
    let end = start + html[start..].find("</article>").unwrap();
    &html[start..end]
}

/// The blocks of figures the icon arrays in `html` draw, in page order: each
/// `<rect>` filled with a pattern of figures, as (x, y, columns, rows, state)
/// in cells of 12 units.
pub fn figure_blocks(html: &str) -> Vec<(u32, u32, u32, u32, String)> {
    let attr = |tag: &str, name: &str| -> String {
        tag.split(&format!(" {name}=\"")).nth(1).and_then(|v| v.split('"').next()).unwrap_or_default().to_string()
    };
    let number = |tag: &str, name: &str| attr(tag, name).parse::<u32>().unwrap_or_else(|_| panic!("{name} in {tag}"));
    html.split("<rect ")
        .skip(1)
        .filter_map(|rest| {
            let tag = format!(" {}", &rest[..rest.find('>').unwrap()]);
            let tag = tag.as_str();
            let state = attr(tag, "fill").strip_prefix("url(#figures-")?.trim_end_matches(')').to_string();
            Some((
                number(tag, "x") / 12,
                number(tag, "y") / 12,
                number(tag, "width") / 12,
                number(tag, "height") / 12,
                state,
            ))
        })
        .collect()
}

/// How many figures of `state` (filled, uncertain, empty) the icon arrays in `html` show.
pub fn figures(html: &str, state: &str) -> u32 {
    figure_blocks(html).iter().filter(|b| b.4 == state).map(|b| b.2 * b.3).sum()
}

/// The text of every outcome's figures, tags stripped, in page order: each
/// `<p class="statement">`, and each `<ul class="statement figures">` (an
/// outcome with several figures, one a line) as its lines joined by spaces.
pub fn statements(html: &str) -> Vec<String> {
    let strip = |part: &str| {
        let mut text = String::new();
        let mut in_tag = false;
        for c in part.chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                c if !in_tag => text.push(c),
                _ => {}
            }
        }
        text.replace("&#x27;", "'").replace("&quot;", "\"").replace("&amp;", "&")
    };
    let mut found = Vec::new();
    let mut rest = html;
    loop {
        let p = rest.find(r#"<p class="statement">"#);
        let ul = rest.find(r#"<ul class="statement figures">"#);
        let (at, close, list) = match (p, ul) {
            (Some(p), Some(u)) if u < p => (u, "</ul>", true),
            (Some(p), _) => (p, "</p>", false),
            (None, Some(u)) => (u, "</ul>", true),
            (None, None) => break,
        };
        let open = at + rest[at..].find('>').unwrap() + 1;
        let end = open + rest[open..].find(close).unwrap();
        let inner = &rest[open..end];
        found.push(if list {
            inner.split("</li>").map(strip).filter(|l| !l.is_empty()).collect::<Vec<_>>().join(" ")
        } else {
            strip(inner)
        });
        rest = &rest[end..];
    }
    found
}

/// Every run of digits in `text`, in order (for text read back from a PDF).
#[cfg(feature = "pdf")]
pub fn numbers(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_ascii_digit()).filter(|s| !s.is_empty()).map(str::to_string).collect()
}

/// `text` without white space, to compare text across layouts (a PDF, a table cell).
pub fn squash(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The text of a PDF the build wrote.
#[cfg(feature = "pdf")]
pub fn pdf_text(dir: &Path, path: &str) -> String {
    let bytes = std::fs::read(dir.join("public").join(path)).unwrap();
    pdf_extract::extract_text_from_mem(&bytes).unwrap_or_else(|e| panic!("{path}: {e}"))
}
