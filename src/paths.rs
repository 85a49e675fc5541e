//! Every path: where a site's sources sit, every place in the output (where
//! each file lives, how pages link to each other, and their absolute
//! addresses), and the folders builds keep beside it. No other module spells a path.
//!
//! The source locale sits at the top (`index.html`, `<slug>/index.html`); every
//! other locale has its own folder (`cy/index.html`, `cy/<slug>/index.html`).
//! Links between pages are relative, so the output works under any sub-path;
//! absolute addresses (sitemap, hreflang, QR codes) join `site.yaml`'s
//! `base_url` with a folder, in [`absolute`] only.

use std::collections::BTreeSet;

/// The folder of procedures in `content/`, and of their translations in a locale's folder.
pub const PROCEDURES: &str = "procedures";

/// A procedure's translation file, inside a locale folder: `procedures/<slug>.ftl`.
pub fn procedure_translation(slug: &str) -> String {
    format!("{PROCEDURES}/{slug}.ftl")
}

/// The procedure whose translation `name` (a file inside a locale folder) is,
/// if it is one: `procedures/<slug>.ftl`.
pub fn translated_procedure(name: &str) -> Option<&str> {
    name.strip_prefix(PROCEDURES)?.strip_prefix('/')?.strip_suffix(".ftl")
}

/// A page's file inside its folder.
pub const PAGE: &str = "index.html";
/// The sitemap, at the top of the output.
pub const SITEMAP: &str = "sitemap.xml";
/// The list of every leaflet, at the top of the output.
pub const MANIFEST: &str = "leaflets.json";
/// A language's list of every print leaflet, for clinic staff, beside its index page.
pub const PRINT_INDEX: &str = "leaflets.html";
/// What crawlers may read, naming the sitemap, at the top of the output (when there is a base URL).
pub const ROBOTS: &str = "robots.txt";
/// A language's "page not found" page, in its folder.
pub const NOT_FOUND: &str = "404.html";
/// The file that marks a folder as made by informed.
pub const MARKER: &str = ".informed-output";

/// The folder (relative to the output, `/`-separated, empty for the top) of a locale's pages.
pub fn locale_dir(locale: &str, source_locale: &str) -> String {
    if locale == source_locale { String::new() } else { format!("{locale}/") }
}

/// The folder of a procedure's page in a locale.
pub fn procedure_dir(locale: &str, source_locale: &str, slug: &str) -> String {
    format!("{}{slug}/", locale_dir(locale, source_locale))
}

/// The page file of a folder.
pub fn page(dir: &str) -> String {
    format!("{dir}{PAGE}")
}

/// The link from a locale's index to one of its procedure pages.
pub fn index_entry_href(slug: &str) -> String {
    format!("{slug}/{PAGE}")
}

/// The "page not found" page of a locale's folder.
pub fn not_found(dir: &str) -> String {
    format!("{dir}{NOT_FOUND}")
}

/// A print leaflet's HTML file name, inside its procedure's folder.
pub fn leaflet_html(format: &str) -> String {
    format!("leaflet-{format}.html")
}

/// A print leaflet's PDF file name, inside its procedure's folder.
pub fn leaflet_pdf(format: &str) -> String {
    format!("leaflet-{format}.pdf")
}

/// The clinicians' folder (beside the public site, for an intranet): its manifest.
pub const CLINICIANS_MANIFEST: &str = "clinicians.json";

/// A procedure's consent insert in a language, in the clinicians' folder.
pub fn consent_insert(slug: &str, locale: &str) -> String {
    format!("{slug}/{}", consent_insert_file(locale))
}

/// A procedure's consent insert as a PDF, in the clinicians' folder.
pub fn consent_insert_pdf(slug: &str, locale: &str) -> String {
    format!("{slug}/consent-{locale}.pdf")
}

/// The consent insert's file name inside its procedure's folder.
pub fn consent_insert_file(locale: &str) -> String {
    format!("consent-{locale}.html")
}

/// The clinicians' documents of a procedure that are made once (in the source
/// language), by name: `audit-form.html`, `audit.csv`, `audit.schema.json`, `governance.html`.
pub fn clinician_document(slug: &str, name: &str) -> String {
    format!("{slug}/{name}")
}

/// A document's place in the version archive: `<slug>/<locale>/<version>/<document>`.
pub fn archived(slug: &str, locale: &str, version: &str, document: &str) -> String {
    format!("{slug}/{locale}/{version}/{document}")
}

/// The archive's list of everything it holds.
pub const ARCHIVE_LIST: &str = "archive.json";

/// The file that marks a folder as informed's version archive.
pub const ARCHIVE_MARKER: &str = ".informed-archive";

/// The journal a build keeps beside its output while it swaps its folders
/// in, so that a build stopped part-way is finished by the next
/// (`.<output>.informed-commit`).
pub fn commit_journal(output: &std::path::Path) -> std::path::PathBuf {
    let name = output.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    output.parent().unwrap_or(std::path::Path::new(".")).join(format!(".{name}.informed-commit"))
}

/// The default archive folder: `archive` beside the output folder.
pub fn default_archive_folder(output: &std::path::Path) -> std::path::PathBuf {
    output.parent().unwrap_or(std::path::Path::new(".")).join("archive")
}

/// The default build cache: `.informed-cache` beside the output folder.
pub fn default_cache_folder(output: &std::path::Path) -> std::path::PathBuf {
    output.parent().unwrap_or(std::path::Path::new(".")).join(".informed-cache")
}

/// Where `informed serve` keeps what it makes, in the site folder: a hidden
/// folder, so it is never read as a source nor deployed by mistake.
pub const PREVIEW_HOME: &str = ".informed";

/// Where `informed serve` builds its preview: `.informed/preview` in the site folder.
pub fn preview_folder(site: &std::path::Path) -> std::path::PathBuf {
    site.join(PREVIEW_HOME).join("preview")
}

/// The PDF cache of `informed serve --pdf`: `.informed/pdf-cache` in the site folder.
pub fn preview_cache_folder(site: &std::path::Path) -> std::path::PathBuf {
    site.join(PREVIEW_HOME).join("pdf-cache")
}

/// Where the PDF cache keeps its files, inside its folder.
pub const CACHED_PDFS: &str = "pdf";

/// A compiled PDF's place in the cache, by its key: `pdf/ab/abcdef….pdf`.
pub fn cached_pdf(key: &str) -> String {
    format!("{CACHED_PDFS}/{}/{key}.pdf", &key[..2.min(key.len())])
}

/// The default clinicians' folder: `clinicians` beside the output folder.
pub fn default_clinicians_folder(output: &std::path::Path) -> std::path::PathBuf {
    output.parent().unwrap_or(std::path::Path::new(".")).join("clinicians")
}

/// A stylesheet's address with a fingerprint of its content: `style.css?v=1a2b3c4d`.
pub fn fingerprinted(name: &str, fingerprint: &str) -> String {
    format!("{name}?v={fingerprint}")
}

/// A file of `static/` as a relative address from the top of the output:
/// each path segment percent-encoded (`my logo.svg` is `my%20logo.svg`).
pub fn static_href(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for b in name.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The relative prefix that leads from a page in `dir` back to the top of the output.
pub fn root_from(dir: &str) -> String {
    "../".repeat(dir.matches('/').count())
}

/// The relative link from a page in `from` to the page of folder `to`.
pub fn link(from: &str, to: &str) -> String {
    format!("{}{}", root_from(from), page(to))
}

/// The relative link from a page in `from` to the file at `path` (from the top of the output).
pub fn file_from(from: &str, path: &str) -> String {
    format!("{}{path}", root_from(from))
}

/// The absolute address of folder `dir` under `base_url`, whether or not the
/// base ends in `/`.
pub fn absolute(base_url: &str, dir: &str) -> String {
    format!("{}/{dir}", base_url.trim_end_matches('/'))
}

/// The address of folder `dir` from the root of `base_url`'s host, without
/// the host (`https://e.org/pi/` and `cy/` give `/pi/cy/`): for a page a
/// server may show at any address, such as `404.html`, on whichever host
/// (staging or live) serves the site.
pub fn from_host_root(base_url: &str, dir: &str) -> String {
    let after_scheme = base_url.split_once("://").map_or(base_url, |(_, rest)| rest);
    let path = after_scheme.find('/').map_or("", |at| &after_scheme[at..]);
    format!("{}/{dir}", path.trim_end_matches('/'))
}

/// Every file a build can make for these locales, procedures and leaflet
/// formats, beside the files it copies: a file of the site's `static/` folder
/// may not take one of these places.
pub fn reserved(locales: &[String], source_locale: &str, slugs: &[&str], formats: &[&str]) -> BTreeSet<String> {
    let mut reserved: BTreeSet<String> = [SITEMAP, MANIFEST, MARKER, ROBOTS].iter().map(|s| s.to_string()).collect();
    for locale in locales {
        reserved.insert(page(&locale_dir(locale, source_locale)));
        reserved.insert(not_found(&locale_dir(locale, source_locale)));
        reserved.insert(format!("{}{PRINT_INDEX}", locale_dir(locale, source_locale)));
        for slug in slugs {
            let dir = procedure_dir(locale, source_locale, slug);
            reserved.insert(page(&dir));
            for format in formats {
                reserved.insert(format!("{dir}{}", leaflet_html(format)));
                reserved.insert(format!("{dir}{}", leaflet_pdf(format)));
            }
        }
    }
    reserved
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layout() {
        assert_eq!(procedure_dir("en-GB", "en-GB", "x"), "x/");
        assert_eq!(procedure_dir("cy", "en-GB", "x"), "cy/x/");
        assert_eq!(root_from("cy/x/"), "../../");
        assert_eq!(root_from(""), "");
        assert_eq!(link("cy/x/", "x/"), "../../x/index.html");
        assert_eq!(absolute("https://e.org/pi/", "cy/x/"), "https://e.org/pi/cy/x/");
        assert_eq!(absolute("https://e.org/pi", ""), "https://e.org/pi/");
        assert_eq!(from_host_root("https://e.org/pi/", "cy/"), "/pi/cy/");
        assert_eq!(from_host_root("https://e.org", ""), "/");
        assert_eq!(static_href("brand/my logo&.svg"), "brand/my%20logo%26.svg");
    }

    #[test]
    fn reserved_places() {
        let locales = ["en-GB".to_string(), "cy".to_string()];
        let reserved = reserved(&locales, "en-GB", &["x"], &["a4"]);
        for name in [
            "index.html",
            "cy/index.html",
            "x/leaflet-a4.pdf",
            "cy/x/leaflet-a4.html",
            "leaflets.json",
            "robots.txt",
            "404.html",
            "cy/404.html",
            "leaflets.html",
            "cy/leaflets.html",
        ] {
            assert!(reserved.contains(name), "{name}");
        }
        assert!(!reserved.contains("logo.png") && !reserved.contains("cy/extra.html"));
    }
}
