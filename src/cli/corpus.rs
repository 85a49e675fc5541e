//! `informed corpus` (hidden): a generated library for benchmarks.
//!
//! Takes a site (the shipped one by default) and writes a new site of N
//! procedures in L languages: each procedure is a copy of the site's most
//! translated procedure under its own slug and a numbered title; each language
//! past the site's own translations copies the translation of a shipped
//! language in the same script and direction (Welsh for Latin script, Arabic
//! for right-to-left, Polish for Cyrillic) under its own tag and name. The
//! command then runs `informed l10n update` and `informed l10n confirm --all`
//! on the new site, so every translation is complete and confirmed, and the
//! library builds with no warning but the drafts notice.
//!
//! With `--hugo`, it also writes the equivalent Hugo site (a page and a print
//! variant per procedure and language, the same Markdown, a table of the
//! risks), so `benches/library.py` can build both side by side.
//!
//! Output is deterministic: the same arguments give the same files.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Languages past the source, in the order a corpus takes them: each with the
/// shipped translation it copies, its name in itself, and whether it is written
/// right to left.
const LANGUAGES: &[(&str, &str, &str)] = &[
    ("cy", "cy", "Cymraeg"),
    ("ar", "ar", "العربية"),
    ("pl", "pl", "Polski"),
    ("fr", "cy", "Français"),
    ("he", "ar", "עברית"),
    ("uk", "pl", "Українська"),
    ("de", "cy", "Deutsch"),
    ("fa", "ar", "فارسی"),
    ("es", "cy", "Español"),
    ("it", "cy", "Italiano"),
    ("nl", "cy", "Nederlands"),
    ("pt", "cy", "Português"),
    ("ro", "cy", "Română"),
    ("ur", "ar", "اردو"),
    ("cs", "pl", "Čeština"),
];

/// What to generate.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// The new site's folder (must be new or empty).
    output: PathBuf,
    /// The site whose most translated procedure and languages are copied.
    #[arg(long, default_value = ".")]
    from: PathBuf,
    /// How many procedures.
    #[arg(long, default_value_t = 100)]
    procedures: usize,
    /// How many languages, the source among them.
    #[arg(long, default_value_t = 3)]
    languages: usize,
    /// Also write the equivalent Hugo site here.
    #[arg(long)]
    hugo: Option<PathBuf>,
}

/// Runs `informed corpus`.
pub fn run(args: &Args) -> ExitCode {
    match generate(args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::from(2)
        }
    }
}

fn generate(args: &Args) -> Result<(), String> {
    if args.procedures == 0 || args.languages == 0 || args.languages > LANGUAGES.len() + 1 {
        return Err(format!(
            "give at least one procedure, and from 1 to {} languages (the source and up to {} more)",
            LANGUAGES.len() + 1,
            LANGUAGES.len()
        ));
    }
    for dir in std::iter::once(&args.output).chain(args.hugo.as_ref()) {
        if std::fs::read_dir(dir).is_ok_and(|mut d| d.next().is_some()) {
            return Err(format!("`{}` is not empty: give a new folder (nothing is replaced)", dir.display()));
        }
    }
    let from = &args.from;
    // The site to copy comes in through load's door first: a link out of it,
    // a hidden file or anything past a limit stops the copy before a byte of
    // it is read here.
    if let Err(found) = informed::load::load(&from.join("content")) {
        super::print_human(&found);
        return Err(format!("`{}` cannot be copied until `informed check` passes in it", from.display()));
    }
    let site_yaml = read(&from.join("content/site.yaml"))?;
    let source = site_yaml
        .lines()
        .find_map(|l| l.strip_prefix("source_locale:"))
        .map(|s| s.trim().trim_matches('"').to_string())
        .ok_or("the site has no `source_locale`")?;
    let base = most_translated(from)?;
    let base_dir = from.join("content/procedures").join(&base);
    let languages: Vec<(&str, &str, &str)> = LANGUAGES[..args.languages - 1].to_vec();
    let out = &args.output;

    // The site: its settings with the corpus's languages, and its templates, images and fonts.
    let tags: Vec<&str> = languages.iter().map(|(tag, _, _)| *tag).collect();
    let locales_line = format!("locales: [{}]", tags.join(", "));
    let mut site: Vec<String> = site_yaml
        .lines()
        .map(|l| if l.starts_with("locales:") { locales_line.clone() } else { l.to_string() })
        .collect();
    if !site.iter().any(|l| l.starts_with("locales:")) {
        site.push(locales_line);
    }
    write(&out.join("content/site.yaml"), &(site.join("\n") + "\n"))?;
    // Templates the same as the built-in ones are left out: the library builds with informed's own.
    copy_tree(&from.join("templates"), &out.join("templates"), |name, bytes| {
        !informed::load::EMBEDDED_TEMPLATES.iter().any(|(n, text)| *n == name && text.as_bytes() == bytes)
    })?;
    for dir in ["static", "fonts"] {
        copy_tree(&from.join(dir), &out.join(dir), |_, _| true)?;
    }

    // The procedures.
    let files: Vec<(String, String)> = list(&base_dir)?
        .into_iter()
        .map(|name| Ok((name.clone(), read(&base_dir.join(&name))?)))
        .collect::<Result<_, String>>()?;
    for i in 1..=args.procedures {
        let slug = slug(&base, i);
        for (name, text) in &files {
            let text = if name == "procedure.yaml" { numbered_yaml_title(text, i) } else { text.clone() };
            write(&out.join("content/procedures").join(&slug).join(name), &text)?;
        }
    }

    // The translations: each language's interface words and a translation per procedure.
    for (tag, copies, name) in &languages {
        let dir = from.join("locales").join(copies);
        // The site's own interface words, or informed's built-in ones (which a
        // language of the same tag needs no copy of).
        let own = std::fs::read_to_string(dir.join("ui.ftl")).ok();
        let built_in = informed::load::EMBEDDED_LOCALES.iter().find(|(n, _)| *n == format!("{copies}/ui.ftl"));
        let ui = match (own, built_in) {
            (Some(text), _) => Some(text),
            (None, Some(_)) if tag == copies => None,
            (None, Some((_, text))) => Some(text.to_string()),
            (None, None) => return Err(format!("there are no interface words for `{copies}` to copy")),
        };
        if let Some(ui) = ui {
            let ui: String =
                ui.lines()
                    .map(|l| {
                        if l.starts_with("language-name =") { format!("language-name = {name}") } else { l.to_string() }
                    })
                    .map(|l| l + "\n")
                    .collect();
            write(&out.join("locales").join(tag).join("ui.ftl"), &ui)?;
        }
        let translation = read(&dir.join(informed::paths::procedure_translation(&base)))?;
        for i in 1..=args.procedures {
            let path = out.join("locales").join(tag).join(informed::paths::procedure_translation(&slug(&base, i)));
            write(&path, &numbered_ftl_title(&translation, i))?;
        }
    }

    // The reference files and confirmations, by informed's own commands.
    let content = out.join("content");
    let content = content.to_string_lossy();
    informed(&["l10n", "update", "--content", &content, &source])?;
    for (tag, _, _) in &languages {
        informed(&["l10n", "confirm", "--content", &content, tag, "--all"])?;
    }
    // Every translation complete and confirmed: the library checks clean (but
    // for review dates, which depend on the day it is checked).
    let dates = ["--allow", "review-due-soon", "--allow", "review-overdue"];
    informed(&[&["check", "--content", &content, "--deny", "warnings"][..], &dates[..]].concat())?;
    eprintln!("wrote a library of {} procedures in {} languages to {}", args.procedures, args.languages, out.display());
    if let Some(hugo) = &args.hugo {
        hugo_site(hugo, &site_yaml, &source, &languages, &files, &base, args.procedures)?;
        eprintln!("wrote the equivalent Hugo site to {}", hugo.display());
    }
    Ok(())
}

/// The procedure with the most translations: the one a corpus copies.
fn most_translated(from: &Path) -> Result<String, String> {
    let mut best: Option<(usize, String)> = None;
    for slug in list(&from.join("content/procedures"))? {
        let translated = list(&from.join("locales"))
            .unwrap_or_default()
            .iter()
            .filter(|l| from.join("locales").join(l).join(informed::paths::procedure_translation(&slug)).is_file())
            .count();
        if best.as_ref().is_none_or(|(n, _)| translated > *n) {
            best = Some((translated, slug));
        }
    }
    best.map(|(_, slug)| slug).ok_or_else(|| format!("`{}` has no procedures", from.display()))
}

fn slug(base: &str, i: usize) -> String {
    format!("{base}-{i:04}")
}

/// `title: "…"` with the procedure's number after it.
fn numbered_yaml_title(text: &str, i: usize) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for line in text.lines() {
        match line.strip_prefix("title: ") {
            Some(title) => {
                let title = title.trim().trim_matches('"');
                let _ = writeln!(out, "title: \"{title} ({i})\"");
            }
            None => {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    out
}

/// The Fluent `title` message with the procedure's number after it.
fn numbered_ftl_title(text: &str, i: usize) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for line in text.lines() {
        out.push_str(line);
        if line.starts_with("title = ") {
            let _ = write!(out, " ({i})");
        }
        out.push('\n');
    }
    out
}

/// Runs this same `informed` with `args`.
fn informed(args: &[&str]) -> Result<(), String> {
    let exe = std::env::current_exe().map_err(|e| format!("cannot find informed itself: {e}"))?;
    let output = std::process::Command::new(exe)
        .args(args)
        .output()
        .map_err(|e| format!("cannot run informed {}: {e}", args.join(" ")))?;
    if output.status.success() {
        Ok(())
    } else {
        let said = String::from_utf8_lossy(&output.stderr);
        let first: Vec<&str> = said.lines().take(40).collect();
        Err(format!("informed {} failed:\n{}", args.join(" "), first.join("\n")))
    }
}

/// The Hugo site that makes the same pages: per procedure and language a page
/// and a print variant from the same Markdown, with the risks as a table.
fn hugo_site(
    dir: &Path,
    site_yaml: &str,
    source: &str,
    languages: &[(&str, &str, &str)],
    files: &[(String, String)],
    base: &str,
    procedures: usize,
) -> Result<(), String> {
    let base_url = site_yaml
        .lines()
        .find_map(|l| l.strip_prefix("base_url:"))
        .map(|s| s.trim().trim_matches('"').to_string())
        .unwrap_or_else(|| "https://www.example.org/".to_string());
    let all: Vec<(String, &str, bool)> = std::iter::once((source.to_lowercase(), "English", false))
        .chain(languages.iter().map(|(tag, copies, name)| (tag.to_string(), *name, *copies == "ar")))
        .collect();
    let mut config = format!(
        "baseURL = \"{base_url}\"\ndefaultContentLanguage = \"{}\"\ndefaultContentLanguageInSubdir = true\n\
         disableKinds = [\"taxonomy\", \"term\", \"RSS\"]\n\n[outputFormats.print]\nmediaType = \"text/html\"\n\
         baseName = \"print\"\nisHTML = true\n\n[outputs]\npage = [\"HTML\", \"print\"]\nhome = [\"HTML\"]\n\
         section = [\"HTML\"]\n\n",
        all[0].0
    );
    for (weight, (tag, name, rtl)) in all.iter().enumerate() {
        let _ = write!(
            config,
            "[languages.{tag}]\ncontentDir = \"content/{tag}\"\nlanguageName = \"{name}\"\nweight = {}\n",
            weight + 1
        );
        if *rtl {
            config.push_str("languageDirection = \"rtl\"\n");
        }
        config.push('\n');
    }
    write(&dir.join("config.toml"), &config)?;
    write(&dir.join("layouts/_default/baseof.html"), HUGO_BASEOF)?;
    write(&dir.join("layouts/_default/single.html"), HUGO_SINGLE)?;
    write(&dir.join("layouts/_default/single.print.html"), HUGO_SINGLE)?;
    write(&dir.join("layouts/_default/list.html"), HUGO_LIST)?;
    write(&dir.join("layouts/index.html"), HUGO_LIST)?;

    let yaml = files.iter().find(|(n, _)| n == "procedure.yaml").map(|(_, t)| t.as_str()).unwrap_or("");
    let summary = yaml_block(yaml, "summary");
    let risks = yaml_risks(yaml);
    // Every sentence informed's page shows: the procedure's own text, then the sections.
    let mut body = yaml_text(yaml);
    for section in ["about.md", "before.md", "during.md", "after.md"] {
        if let Some((_, text)) = files.iter().find(|(n, _)| n == section) {
            body.push_str(text);
            body.push_str("\n\n");
        }
    }
    let title = yaml.lines().find_map(|l| l.strip_prefix("title: ")).unwrap_or("").trim().trim_matches('"');
    for (tag, _, _) in &all {
        for i in 1..=procedures {
            let mut page = String::from("---\n");
            let _ = writeln!(page, "title: \"{title} ({i})\"");
            let _ = writeln!(page, "summary: {}", json(&summary));
            let _ = writeln!(page, "translationKey: \"{}\"", slug(base, i));
            page.push_str("risks:\n");
            for (label, count) in &risks {
                let _ = writeln!(page, "  - label: {}\n    count: {count}", json(label));
            }
            page.push_str("---\n\n");
            page.push_str(&body);
            write(&dir.join("content").join(tag).join(format!("{}.md", slug(base, i))), &page)?;
        }
    }
    Ok(())
}

/// A folded block or a one-line value of the top-level `key` in `yaml`.
fn yaml_block(yaml: &str, key: &str) -> String {
    let mut lines = yaml.lines().skip_while(|l| !l.starts_with(&format!("{key}:")));
    let Some(first) = lines.next() else { return String::new() };
    let inline = first[key.len() + 1..].trim();
    if !inline.starts_with('>') && !inline.starts_with('|') {
        return inline.trim_matches('"').to_string();
    }
    lines.take_while(|l| l.starts_with(' ') || l.is_empty()).map(str::trim).collect::<Vec<_>>().join(" ")
}

/// Every text value of `procedure.yaml` (quoted or folded), as Markdown
/// paragraphs under the key that holds it: the words of informed's page about
/// the procedure, for Hugo to render too.
fn yaml_text(yaml: &str) -> String {
    let mut out = String::new();
    let mut lines = yaml.lines().peekable();
    while let Some(line) = lines.next() {
        let trimmed = line.trim_start().trim_start_matches("- ");
        let Some((key, value)) = trimmed.split_once(": ") else { continue };
        let value = value.trim();
        let indent = line.len() - line.trim_start().len();
        let text = if value == ">-" || value == ">" || value == "|" {
            let mut text = Vec::new();
            while let Some(next) = lines.peek() {
                if next.trim().is_empty() || next.len() - next.trim_start().len() > indent {
                    text.push(next.trim().to_string());
                    lines.next();
                } else {
                    break;
                }
            }
            text.join(" ")
        } else if value.starts_with('"') && value.len() > 2 {
            value.trim_matches('"').to_string()
        } else {
            continue;
        };
        if !text.trim().is_empty() && !key.starts_with('#') {
            let _ = write!(out, "**{}**\n\n{}\n\n", key.trim(), text.trim());
        }
    }
    out
}

/// Every benefit's and risk's label and its number in 100, as far as a line scan finds them.
fn yaml_risks(yaml: &str) -> Vec<(String, u64)> {
    let mut risks = Vec::new();
    let (mut label, mut events) = (None, None);
    for line in yaml.lines().map(str::trim) {
        if let Some(l) = line.strip_prefix("label:") {
            label = Some(l.trim().trim_matches('"').to_string());
        } else if let Some(n) = line.strip_prefix("events:") {
            events = n.trim().parse::<u64>().ok();
        } else if let (Some(n), Some(l), Some(e)) = (line.strip_prefix("population:"), &label, events) {
            let population = n.trim().parse::<u64>().unwrap_or(100).max(1);
            risks.push((l.clone(), (e * 100 + population / 2) / population));
            (label, events) = (None, None);
        }
    }
    risks
}

fn json(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_default()
}

const HUGO_BASEOF: &str = r##"<!doctype html>
<html lang="{{ .Site.Language.Lang }}" dir="{{ or .Site.Language.LanguageDirection "ltr" }}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} | {{ .Site.Title }}</title>
{{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .Permalink }}">{{ end }}
</head>
<body><main>{{ block "main" . }}{{ end }}</main>
<nav><ul>{{ range .Translations }}<li><a href="{{ .RelPermalink }}" lang="{{ .Language.Lang }}">{{ .Language.LanguageName }}</a></li>{{ end }}</ul></nav>
</body></html>
"##;

const HUGO_SINGLE: &str = r##"{{ define "main" }}
<h1>{{ .Title }}</h1>
<p>{{ .Params.summary }}</p>
<table><thead><tr><th>Risk</th><th>How many in 100</th><th></th></tr></thead><tbody>
{{ range .Params.risks }}<tr><td>{{ .label }}</td><td>{{ .count }}</td><td><svg viewBox="0 0 100 10" width="200" height="20" role="img" aria-label="{{ .count }} in 100"><rect width="100" height="10" fill="#ddd"/><rect width="{{ .count }}" height="10" fill="#a00"/></svg></td></tr>
{{ end }}</tbody></table>
{{ .Content }}
{{ end }}
"##;

const HUGO_LIST: &str = r##"{{ define "main" }}
<h1>{{ .Site.Title }}</h1>
<ul>{{ range .Site.RegularPages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <a href="{{ (.OutputFormats.Get "print").RelPermalink }}">print</a></li>{{ end }}</ul>
{{ end }}
"##;

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read `{}`: {e}", path.display()))
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("cannot create `{}`: {e}", dir.display()))?;
    }
    std::fs::write(path, text).map_err(|e| format!("cannot write `{}`: {e}", path.display()))
}

/// The names in `dir`, sorted.
fn list(dir: &Path) -> Result<Vec<String>, String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map_err(|e| format!("cannot read `{}`: {e}", dir.display()))?
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    Ok(names)
}

/// Copies the files under `from` that `keep` (given the path and bytes) keeps.
fn copy_tree(from: &Path, to: &Path, keep: impl Fn(&str, &[u8]) -> bool) -> Result<(), String> {
    if !from.is_dir() {
        return Ok(());
    }
    for entry in walkdir::WalkDir::new(from).sort_by_file_name().into_iter().filter_map(Result::ok) {
        let Ok(relative) = entry.path().strip_prefix(from) else { continue };
        if entry.file_type().is_file() {
            let bytes =
                std::fs::read(entry.path()).map_err(|e| format!("cannot read `{}`: {e}", entry.path().display()))?;
            if !keep(&relative.to_string_lossy(), &bytes) {
                continue;
            }
            let target = to.join(relative);
            if let Some(dir) = target.parent() {
                std::fs::create_dir_all(dir).map_err(|e| format!("cannot create `{}`: {e}", dir.display()))?;
            }
            std::fs::write(&target, bytes).map_err(|e| format!("cannot write `{}`: {e}", target.display()))?;
        }
    }
    Ok(())
}
