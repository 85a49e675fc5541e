//! Every command keeps the build's guarantees: one door in, one door out.
//!
//! One fixture per door, each tried the ways a careless editor, a CI job and
//! a hostile pull request would: what comes in must be a regular file inside
//! the folder it belongs to, never hidden, never a link out, bounded, and
//! checked before use; what goes out never lands on a source, an input, a
//! built folder or a file informed did not make, and a translation is never
//! thrown away. Every refusal is a clear error and leaves every file as it was.

use crate::common::*;
use std::path::Path;

const PROCEDURE: &str = "content/procedures/test-procedure";
const CY_UI: &str = "locales/cy/ui.ftl";
const CY_FTL: &str = "locales/cy/procedures/test-procedure.ftl";

fn write(dir: &Path, path: &str, bytes: impl AsRef<[u8]>) {
    let path = dir.join(path);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, bytes).unwrap();
}

/// Runs `informed` with `args`, expecting it to refuse with `code` (1 or 2)
/// and say `words`, and every file under `dir` to be as it was.
fn refuses(dir: &Path, args: &[&str], code: i32, words: &str) -> String {
    let before = every_file(dir);
    let run = informed(dir, args);
    assert_eq!(run.code, code, "informed {args:?} should refuse:\n{}", run.stderr);
    assert!(run.stderr.contains(words), "informed {args:?} should say `{words}`:\n{}", run.stderr);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    assert!(every_file(dir) == before, "informed {args:?} changed files while refusing");
    run.stderr
}

#[cfg(unix)]
#[test]
fn the_door_in_refuses_hidden_files_links_between_folders_and_links_out() {
    use std::os::unix::fs::symlink;
    let dir = copy_site("valid");
    let root = dir.path();
    // A pull request's links to secrets that stay inside the site folder.
    write(root, ".git/config", "[remote]\n  token = SECRET-GIT-TOKEN\n");
    write(root, ".env", "CI_TOKEN=SECRET-ENV-TOKEN\n");
    symlink("../../../.git/config", root.join(PROCEDURE).join("before.md")).unwrap();
    std::fs::create_dir_all(root.join("static")).unwrap();
    symlink("../.env", root.join("static/env.txt")).unwrap();
    write(root, "static/.npmrc", "//registry/:_authToken=SECRET-NPM-TOKEN\n");
    // A template carried into `static/`, and a Welsh file that is really content.
    write(root, "templates/base.html", "x");
    std::fs::remove_file(root.join("templates/base.html")).unwrap();
    symlink("../content/site.yaml", root.join("templates/base.html")).unwrap();
    let run = informed(root, &["check", "--today", TODAY]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    for (code, file) in [
        ("outside-site", "before.md"),
        ("outside-site", "static/env.txt"),
        ("hidden-file", "static/.npmrc"),
        ("outside-site", "templates/base.html"),
    ] {
        assert!(
            run.stderr.lines().any(|l| l.contains(&format!("error[{code}]")) && l.contains(file)),
            "expected error[{code}] at {file}:\n{}",
            run.stderr
        );
    }
    let build = informed(root, &["build", "--no-pdf", "--today", TODAY]);
    assert_eq!(build.code, 1);
    assert!(!root.join("public").exists(), "nothing is written");
    for secret in ["SECRET-GIT-TOKEN", "SECRET-ENV-TOKEN", "SECRET-NPM-TOKEN"] {
        assert!(!run.stderr.contains(secret) && !build.stderr.contains(secret), "{secret} was read");
    }
    // The hidden files a web server reads are still published from `static/`.
    let dir = copy_site("valid");
    write(dir.path(), "static/.htaccess", "Options -Indexes\n");
    write(dir.path(), "static/.well-known/security.txt", "Contact: mailto:security@example.org\n");
    write(dir.path(), "static/.DS_Store", "junk");
    build_ok(dir.path());
    assert_eq!(read(dir.path(), ".htaccess"), "Options -Indexes\n");
    assert!(read(dir.path(), ".well-known/security.txt").contains("security@"));
    assert!(!dir.path().join("public/.DS_Store").exists());
}

#[test]
fn no_command_writes_over_a_file_it_did_not_make() {
    let dir = copy_site("translated");
    let root = dir.path();
    write(root, "l10n.toml", "# the team's own settings\n");
    write(root, "notes.txt", "the team's notes\n");
    write(root, "audit.csv", "patient,outcome\n");
    build_ok(root);
    // Exports never replace a source, the l10n settings or anyone's file, nor go into a built folder.
    for target in ["content/site.yaml", CY_FTL, "l10n.toml", "notes.txt", "public/cy.xliff", "public"] {
        refuses(root, &["l10n", "export", "cy", "--output", target], 2, "refusing to write");
    }
    for format in ["csv", "tbx"] {
        refuses(
            root,
            &["l10n", "export", "cy", "--format", format, "--output", "notes.txt"],
            2,
            "informed did not make",
        );
    }
    // A new file, and later the same file again, are fine: informed made it.
    for _ in 0..2 {
        let run = informed(root, &["l10n", "export", "cy", "--output", "cy.xliff"]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        let run = informed(root, &["l10n", "export", "cy", "--format", "csv", "--output", "terms.csv"]);
        assert_eq!(run.code, 0, "{}", run.stderr);
    }
    // The audit report never replaces the data it reads, nor any other file.
    let audit = ["audit", "report", "--procedure", "test-procedure", "--today", TODAY, "--output"];
    refuses(root, &[&audit[..], &["audit.csv", "audit.csv"]].concat(), 2, "this command reads that file");
    refuses(root, &[&audit[..], &["notes.txt", "audit.csv"]].concat(), 2, "informed did not make");
    refuses(root, &[&audit[..], &["l10n.toml", "audit.csv"]].concat(), 2, "informed did not make");
    // The schemas go only where informed wrote schemas before.
    refuses(root, &["schema", "--output", "content"], 2, "source folder");
    write(root, "schema/site.schema.json", "{\"theirs\": true}\n");
    refuses(root, &["schema", "--output", "schema"], 2, "informed did not make");
}

#[test]
fn folders_a_build_keeps_are_checked_with_the_others_before_anything_is_written() {
    let dir = copy_site("valid");
    let root = dir.path();
    build_ok(root);
    // The archive inside a folder a build replaces would be deleted by the next build.
    refuses(
        root,
        &["build", "--no-pdf", "--today", TODAY, "--archive", "clinicians/archive"],
        2,
        "cannot share a folder",
    );
    // A cache folder holding someone else's PDFs is never pruned.
    write(root, "reports/pdf/ab/board-minutes.pdf", "%PDF- minutes");
    refuses(root, &["build", "--today", TODAY, "--cache", "reports"], 2, "refusing to use");
    // An archive whose list is broken stops the build before anything is swapped in.
    write(root, "archive/archive.json", "{\n  \"version\": 1,\n  \"documents\": [ oops ]\n}\n");
    let public = every_file(&root.join("public"));
    let run = informed(root, &["build", "--no-pdf", "--today", TODAY]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("archive/archive.json:3:") && run.stderr.contains("error[archive-list]"),
        "{}",
        run.stderr
    );
    assert!(every_file(&root.join("public")) == public, "the old site stays");
}

#[test]
fn a_translation_that_cannot_be_read_survives_every_tool_byte_for_byte() {
    for (bytes, code) in
        [(&b"title = Teitl caf\xe9\n"[..], "not-utf8"), (&b"title = Teitl\rsummary = Crynodeb\r"[..], "line-endings")]
    {
        let dir = copy_site("translated");
        let root = dir.path();
        let mut ftl = std::fs::read(root.join(CY_FTL)).unwrap();
        ftl.extend_from_slice(bytes);
        std::fs::write(root.join(CY_FTL), &ftl).unwrap();
        // `check` says what is wrong, where; not that there is nothing to read.
        let run = informed(root, &["check", "--today", TODAY]);
        assert!(
            run.stderr.lines().any(|l| l.contains(&format!("error[{code}]")) && l.contains("test-procedure.ftl:")),
            "{}",
            run.stderr
        );
        // Every translator's tool refuses rather than rewrite the file.
        let xliff = root.join("cy.xliff");
        write(root, "cy.xliff", "<?xml version=\"1.0\"?>\n<xliff/>\n");
        for args in [
            vec!["l10n", "update", "cy"],
            vec!["l10n", "confirm", "cy", "--all"],
            vec!["l10n", "review", "cy", "--by", "A Reviewer"],
            vec!["l10n", "export", "cy"],
            vec!["l10n", "import", "cy", xliff.to_str().unwrap()],
        ] {
            refuses(root, &args, 1, code);
        }
        assert_eq!(std::fs::read(root.join(CY_FTL)).unwrap(), ftl, "the translation is untouched");
    }
    // The same for the interface strings of a site that keeps its own.
    let dir = copy_site("translated");
    let run = informed(dir.path(), &["l10n", "update", "cy", "--own-built-in"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let mut ui = std::fs::read(dir.path().join(CY_UI)).unwrap();
    ui.extend_from_slice(b"extra = \xff\n");
    std::fs::write(dir.path().join(CY_UI), &ui).unwrap();
    let run = informed(dir.path(), &["check", "--today", TODAY]);
    assert!(run.stderr.contains("error[not-utf8]") && !run.stderr.contains("no interface strings"), "{}", run.stderr);
    refuses(dir.path(), &["l10n", "update", "cy"], 1, "not-utf8");
    assert_eq!(std::fs::read(dir.path().join(CY_UI)).unwrap(), ui);
}

#[test]
fn fluent_nested_too_deep_or_hiding_characters_is_an_error_at_its_line() {
    let deep = format!("deep = {}x{}\n", "{ ".repeat(3000), " }".repeat(3000));
    for (text, code) in [
        (deep.as_str(), "ftl-too-deep"),
        ("reversed = { \"\\u202E\" }1 in 100\n", "hidden-character"),
        ("nul = a{ \"\\u0000\" }b\n", "hidden-character"),
    ] {
        let dir = copy_site("translated");
        let mut ftl = std::fs::read_to_string(dir.path().join(CY_FTL)).unwrap();
        let line = ftl.lines().count() + 1;
        ftl.push_str(text);
        std::fs::write(dir.path().join(CY_FTL), &ftl).unwrap();
        let run = informed(dir.path(), &["check", "--today", TODAY]);
        assert_eq!(run.code, 1, "{}", run.stderr);
        assert!(!run.stderr.contains("panicked") && !run.stderr.contains("overflow"), "{}", run.stderr);
        assert!(run.stderr.contains(&format!("test-procedure.ftl:{line}:")), "{code} at line {line}:\n{}", run.stderr);
        assert!(run.stderr.contains(&format!("error[{code}]")), "{}", run.stderr);
        // The English site is built; the Welsh page is left out.
        let build = build_ok(dir.path());
        assert!(build.stderr.contains("locale-left-out") || build.stderr.contains(code), "{}", build.stderr);
        assert!(!dir.path().join("public/cy/test-procedure/index.html").exists());
    }
}

#[test]
fn a_site_template_cannot_read_the_environment() {
    let dir = copy_site("valid");
    let base = std::fs::read_to_string(site("valid").join("../../../templates/base.html")).unwrap();
    let leaky = base.replacen("</body>", "<p>{{ get_env(name=\"CI_TOKEN\", default=\"none\") }}</p></body>", 1);
    write(dir.path(), "templates/base.html", &leaky);
    let line = leaky[..leaky.find("get_env").unwrap()].matches('\n').count() + 1;
    let run = informed(dir.path(), &["check", "--today", TODAY]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains(&format!("templates/base.html:{line}:")) && run.stderr.contains("error[template-function]"),
        "{}",
        run.stderr
    );
    let build = std::process::Command::new(env!("CARGO_BIN_EXE_informed"))
        .args(["build", "--no-pdf", "--today", TODAY])
        .current_dir(dir.path())
        .env("CI_TOKEN", "SECRET-FROM-CI")
        .output()
        .unwrap();
    assert_eq!(build.status.code(), Some(1));
    assert!(!dir.path().join("public").exists());
    // A broken template is found by `check` at its line, too.
    write(dir.path(), "templates/base.html", base.replacen("</body>", "{{ oops }</body>", 1));
    let run = informed(dir.path(), &["check", "--today", TODAY]);
    assert!(run.stderr.contains("error[template]") && run.stderr.contains("templates/base.html:"), "{}", run.stderr);
}

#[cfg(target_os = "linux")]
#[test]
fn pipes_in_place_of_a_commands_input_are_refused_at_once() {
    let dir = copy_site("translated");
    let root = dir.path();
    for fifo in ["audit.csv", "cy.xliff"] {
        let path = std::ffi::CString::new(root.join(fifo).to_str().unwrap()).unwrap();
        // SAFETY: a valid NUL-terminated path.
        assert_eq!(unsafe { libc::mkfifo(path.as_ptr(), 0o600) }, 0);
    }
    let start = std::time::Instant::now();
    refuses(
        root,
        &["audit", "report", "--procedure", "test-procedure", "--output", "r.html", "audit.csv"],
        1,
        "not-a-file",
    );
    refuses(root, &["l10n", "import", "cy", "cy.xliff"], 1, "not-a-file");
    assert!(start.elapsed() < std::time::Duration::from_secs(20), "a pipe made a command wait");
}

/// Every PDF the build wrote into `dir/public`, by path.
#[cfg(feature = "pdf")]
fn pdfs(dir: &Path) -> Vec<(String, Vec<u8>)> {
    every_file(&dir.join("public")).into_iter().filter(|(p, _)| p.ends_with(".pdf")).collect()
}

#[cfg(all(feature = "pdf", unix))]
#[test]
fn a_cache_entry_is_used_only_when_it_is_what_was_kept() {
    let dir = copy_site("valid");
    let root = dir.path();
    build_with_pdfs(root);
    let clean = pdfs(root);
    let entries: Vec<std::path::PathBuf> = walkdir::WalkDir::new(root.join(".informed-cache/pdf"))
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| e.path().to_path_buf())
        .collect();
    assert!(entries.len() >= 3, "{entries:?}");
    // A restored CI cache gone wrong, or planted: one entry swapped for
    // another's, one truncated, one a link to a secret.
    std::fs::copy(&entries[1], &entries[0]).unwrap();
    let bytes = std::fs::read(&entries[1]).unwrap();
    std::fs::write(&entries[1], &bytes[..bytes.len() / 2]).unwrap();
    let secret = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(secret.path(), "SECRET-IN-A-FILE").unwrap();
    std::fs::remove_file(&entries[2]).unwrap();
    std::os::unix::fs::symlink(secret.path(), &entries[2]).unwrap();
    let run = build_with_pdfs(root);
    assert!(run.stderr.contains("threw away 3 cache entries"), "{}", run.stderr);
    assert!(pdfs(root) == clean, "the rebuilt PDFs are a clean build's");
    assert!(!every_file(&root.join("public")).iter().any(|(_, b)| b.windows(16).any(|w| w == b"SECRET-IN-A-FILE")));
    assert!(secret.path().exists(), "a link is removed, never what it points at");
}

#[cfg(feature = "pdf")]
#[test]
fn a_typst_template_that_never_ends_is_stopped_at_its_budget() {
    let dir = copy_site("valid");
    write(dir.path(), "templates/leaflet.typ", "#let n = 0\n#for i in range(2000000000) { n = n + 1 }\n#n\n");
    let start = std::time::Instant::now();
    let run = informed(dir.path(), &["build", "--today", TODAY, "--pdf-time-limit", "2"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("templates/leaflet.typ") && run.stderr.contains("longer than 2 seconds"),
        "{}",
        run.stderr
    );
    assert!(start.elapsed() < std::time::Duration::from_secs(60), "{:?}", start.elapsed());
    assert!(!dir.path().join("public").exists(), "nothing was written");
}

#[test]
fn an_xliff_target_past_fluents_limits_is_refused_and_nothing_is_imported() {
    let dir = copy_site("translated");
    let run = informed(dir.path(), &["l10n", "export", "cy", "--output", "cy.xliff"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let xliff = std::fs::read_to_string(dir.path().join("cy.xliff")).unwrap();
    let at = xliff.find("\n        <target>").expect("a translated unit") + 9;
    let end = at + xliff[at..].find("</target>").unwrap();
    let deep = format!("{}x{}", "{ ".repeat(3000), " }".repeat(3000));
    for target in [deep.as_str(), "{ \"\\u202E\" }"] {
        let edited = format!("{}<target>{target}{}", &xliff[..at], &xliff[end..]);
        write(dir.path(), "edited.xliff", edited);
        let stderr = refuses(dir.path(), &["l10n", "import", "cy", "edited.xliff"], 1, "nothing was imported");
        assert!(stderr.contains("ftl-too-deep") || stderr.contains("hidden-character"), "{stderr}");
        assert!(!stderr.contains("overflow"), "{stderr}");
    }
}
