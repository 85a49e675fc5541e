//! The structure of every kind of output, as snapshots: for each file a
//! build writes (the page, each print leaflet and the sheet, the indexes,
//! the page not found, the staff list of leaflets, the sitemap and robots
//! file, the clinicians' documents and lists), its outline: the language and
//! direction, the landmarks and sections with their ids, and every heading
//! with its words. A change of structure or wording shows in review
//! (`INSTA_UPDATE=always cargo test`, then `git diff`).

use crate::common::*;
use std::path::Path;

/// The outline of an HTML document: `html` with its `lang` and `dir`, each
/// landmark or section (`main#main`), and each heading with its text, indented
/// by heading level.
fn outline(html: &str) -> String {
    const KEPT: [&str; 11] =
        ["header", "nav", "main", "footer", "aside", "section", "article", "table", "form", "figure", "details"];
    let mut out = String::new();
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        rest = &rest[at + 1..];
        let end = rest.find('>').unwrap_or(rest.len());
        let tag = &rest[..end];
        let name: String = tag.chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
        let attr = |key: &str| {
            let needle = format!(" {key}=\"");
            tag.find(&needle).map(|i| {
                let value = &tag[i + needle.len()..];
                value[..value.find('"').unwrap_or(value.len())].to_string()
            })
        };
        if name == "html" {
            out.push_str(&format!(
                "html lang={} dir={}\n",
                attr("lang").unwrap_or_default(),
                attr("dir").unwrap_or_default()
            ));
        } else if KEPT.contains(&name.as_str()) {
            let id = attr("id").map(|i| format!("#{i}")).unwrap_or_default();
            out.push_str(&format!("{name}{id}\n"));
        } else if name.len() == 2 && name.starts_with('h') && name[1..].parse::<usize>().is_ok() {
            let level: usize = name[1..].parse().unwrap();
            let close = format!("</{name}>");
            let inner = &rest[end.min(rest.len())..];
            let inner = &inner[1.min(inner.len())..inner.find(&close).unwrap_or(inner.len())];
            out.push_str(&format!("{}{name}: {}\n", "  ".repeat(level), text_of(inner)));
        }
    }
    out
}

/// The words of an HTML fragment, tags taken out and spaces squashed.
fn text_of(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A snapshot of `text`, with the version ids, content hashes and the
/// stylesheet's fingerprint written as placeholders (they follow every byte of
/// the content and code, and the version tests check them).
fn snapshot(name: &str, dir: &Path, text: &str) {
    let mut settings = snapshot_settings(dir);
    settings.add_filter(r"\b[0-9a-f]{8}\b", "[id]");
    settings.add_filter(r"\b[0-9a-f]{64}\b", "[hash]");
    settings.add_filter(r"\d{4}-\d{2}-\d{2}T[0-9:]+Z?", "[time]");
    settings.bind(|| insta::assert_snapshot!(name, text));
}

#[test]
fn every_kind_of_output_has_its_reviewed_structure() {
    let dir = copy_site("translated");
    let run = informed(dir.path(), &["build", "--no-pdf", "--drafts", "--today", TODAY]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let public = dir.path().join("public");
    // The translated fixture has no audit: the clinicians' documents are the valid one's.
    let audited = copy_site("valid");
    build_ok(audited.path());
    let clinicians = audited.path().join("clinicians");
    let html = |folder: &Path, path: &str| {
        std::fs::read_to_string(folder.join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
    };
    let pages = [
        ("page", "test-procedure/index.html"),
        ("page_cy", "cy/test-procedure/index.html"),
        ("leaflet_a4", "test-procedure/leaflet-a4.html"),
        ("leaflet_large", "test-procedure/leaflet-large.html"),
        ("sheet", "test-procedure/leaflet-glance.html"),
        ("index", "index.html"),
        ("index_cy", "cy/index.html"),
        ("not_found", "404.html"),
        ("leaflets_for_staff", "leaflets.html"),
    ];
    for (name, path) in pages {
        let text = html(&public, path);
        assert!(!outline(&text).is_empty(), "{path} has an outline");
        snapshot(&format!("outline_{name}"), dir.path(), &format!("{path}\n\n{}", outline(&text)));
    }
    let documents = [
        ("clinicians_index", "index.html"),
        ("consent_insert", "test-procedure/consent-en-GB.html"),
        ("audit_form", "test-procedure/audit-form.html"),
        ("governance", "test-procedure/governance.html"),
    ];
    for (name, path) in documents {
        let text = html(&clinicians, path);
        snapshot(&format!("outline_{name}"), dir.path(), &format!("{path}\n\n{}", outline(&text)));
    }
    // The files that are data: whole, as written.
    let data = format!(
        "audit.csv\n\n{}\naudit.schema.json\n\n{}\nclinicians.json\n\n{}",
        html(&clinicians, "test-procedure/audit.csv"),
        html(&clinicians, "test-procedure/audit.schema.json"),
        html(&clinicians, "clinicians.json"),
    );
    snapshot("clinicians_data", dir.path(), &data);
    let mut files: Vec<String> = every_file(&public).into_iter().map(|(path, _)| path).collect();
    files.extend(every_file(&dir.path().join("clinicians")).into_iter().map(|(path, _)| format!("clinicians/{path}")));
    snapshot("every_file", dir.path(), &files.join("\n"));
}
