//! Print leaflets: every format in every locale, as HTML and tagged PDF, listed in the
//! manifest, saying exactly what the web page says.

use crate::common::*;
use std::collections::BTreeMap;
use std::path::Path;

const FORMATS: [&str; 3] = ["a4", "a5", "large"];

/// The document title in a PDF's XMP metadata (`dc:title`), with XML's entities read.
fn xmp_title(raw: &str) -> Option<String> {
    let start = raw.find("<dc:title>")?;
    let end = start + raw[start..].find("</dc:title>")?;
    let title = &raw[start..end];
    let open = title.find("<rdf:li")?;
    let open = open + title[open..].find('>')? + 1;
    let close = open + title[open..].find("</rdf:li>")?;
    let text = &title[open..close];
    Some(
        text.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&apos;", "'")
            .replace("&quot;", "\"")
            .replace("&amp;", "&"),
    )
}

fn manifest(dir: &Path) -> serde_json::Value {
    serde_json::from_str(&read(dir, "leaflets.json")).unwrap()
}

/// A built folder, read the way the tests read a temporary one (`dir.path()`).
struct Dir<'a>(&'a Path);

impl Dir<'_> {
    fn path(&self) -> &Path {
        self.0
    }
}

/// The translated fixture built once with its PDFs, shared by the tests that
/// only read it (in cargo's folder for integration tests' files, made afresh
/// by each run): PDFs are most of a test's time.
fn translated_with_pdfs() -> &'static (std::path::PathBuf, String) {
    static BUILT: std::sync::OnceLock<(std::path::PathBuf, String)> = std::sync::OnceLock::new();
    BUILT.get_or_init(|| {
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("leaflets-translated");
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        copy_dir(&site("translated"), &dir);
        let run = build_with_pdfs(&dir);
        (dir, run.stderr)
    })
}

#[test]
fn every_locale_gets_every_format_as_html_and_accessible_pdf() {
    let (dir, stderr) = translated_with_pdfs();
    let dir = Dir(dir);
    assert!(stderr.contains("leaflet fonts: cy DejaVu Sans, en-GB DejaVu Sans"), "{stderr}");
    for (locale, dir_prefix, title) in [
        ("en-GB", "", "A test procedure <script>alert('title')</script> & more"),
        ("cy", "cy/", "Triniaeth brawf <script>alert('teitl')</script> a mwy"),
    ] {
        for format in FORMATS {
            let html = read(dir.path(), &format!("{dir_prefix}test-procedure/leaflet-{format}.html"));
            assert!(html.contains(&format!("<html lang=\"{locale}\"")), "{locale} {format}");
            assert!(html.contains(&format!("leaflet-{format}")));
            let pdf = std::fs::read(dir.path().join(format!("public/{dir_prefix}test-procedure/leaflet-{format}.pdf")))
                .unwrap();
            assert!(pdf.starts_with(b"%PDF-"), "{locale} {format}");
            let raw = String::from_utf8_lossy(&pdf);
            assert!(raw.contains("/StructTreeRoot") && raw.contains("/MarkInfo"), "tagged: {locale} {format}");
            assert!(raw.contains("pdfuaid:part>1"), "PDF/UA-1: {locale} {format}");
            assert!(raw.contains("/Lang"), "language set: {locale} {format}");
            assert!(raw.contains("/FontFile2") && !raw.contains("/CreationDate"), "fonts embedded, no timestamp");
            assert_eq!(xmp_title(&raw).as_deref(), Some(title), "the document title: {locale} {format}");
            let text = pdf_text(dir.path(), &format!("{dir_prefix}test-procedure/leaflet-{format}.pdf"));
            assert!(squash(&text).contains(&squash(title)), "{locale} {format}: the title is extractable text");
            // The page links each PDF with its type and size, from the compiled bytes, in its language.
            let page = read(dir.path(), &format!("{dir_prefix}test-procedure/index.html"));
            let kb = pdf.len().div_ceil(1000);
            let link = format!(r#"<a href="leaflet-{format}.pdf" type="application/pdf">PDF, {kb} KB</a>"#);
            assert!(page.contains(&link), "{locale} {format}: {link}");
        }
    }
}

#[test]
fn the_manifest_lists_every_leaflet_with_its_version() {
    let dir = Dir(&translated_with_pdfs().0);
    let m = manifest(dir.path());
    let leaflets = m["leaflets"].as_array().unwrap();
    // Two languages, three leaflets and the sheet at a glance (standard and large print) each.
    assert_eq!(leaflets.len(), 10);
    assert_eq!(leaflets.iter().filter(|l| l["format"] == "glance").count(), 2);
    for l in leaflets {
        assert_eq!(l["procedure"], "test-procedure");
        assert_eq!(l["reviewed"], "2026-01-01");
        assert_eq!(l["next_review"], "2027-01-01");
        assert_eq!(l["version"].as_str().unwrap().len(), 8);
        assert_eq!(l["content_hash"].as_str().unwrap().len(), 64);
        for key in ["html", "pdf"] {
            assert!(dir.path().join("public").join(l[key].as_str().unwrap()).exists(), "{l}");
        }
        // The version is printed on every page (in the footer) and on the web page.
        let text = pdf_text(dir.path(), l["pdf"].as_str().unwrap());
        let pages = text.matches(l["version"].as_str().unwrap()).count();
        // The leaflets run to several pages; the sheet at a glance is one.
        let least = if l["format"].as_str().unwrap().starts_with("glance") { 1 } else { 2 };
        assert!(pages >= least, "the version appears on every page: {l}");
    }
    // The whole manifest, as a trust's records would read it. Version ids and
    // content hashes follow every byte of the content (the tests above and below
    // check them), so they are redacted rather than churn with each fixture edit.
    insta::assert_json_snapshot!("leaflets_json", m, {
        ".leaflets[].version" => "[version]",
        ".leaflets[].content_hash" => "[content_hash]",
    });
    let page = read(dir.path(), "test-procedure/index.html");
    let version = leaflets.iter().find(|l| l["locale"] == "en-GB").unwrap()["version"].as_str().unwrap().to_string();
    assert!(page.contains(&format!("Version: {version}")));
    for format in FORMATS {
        assert!(
            page.contains(&format!(r#"href="leaflet-{format}.pdf""#))
                && page.contains(&format!(r#"href="leaflet-{format}.html""#))
        );
    }
}

#[test]
fn a_version_changes_when_and_only_when_its_content_does() {
    let dir = copy_site("translated");
    let versions = |dir: &Path| -> BTreeMap<String, String> {
        manifest(dir)["leaflets"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| (format!("{}/{}", l["locale"], l["format"]), l["version"].as_str().unwrap().to_string()))
            .collect()
    };
    build_with_pdfs(dir.path());
    let first = versions(dir.path());
    let whole = every_file(&dir.path().join("public"));
    build_with_pdfs(dir.path());
    assert_eq!(versions(dir.path()), first, "same content, same versions");
    // Every file, every PDF among them, byte for byte (the other byte-identity
    // test builds without PDFs).
    let again = every_file(&dir.path().join("public"));
    let paths = |files: &[(String, Vec<u8>)]| files.iter().map(|(path, _)| path.clone()).collect::<Vec<_>>();
    assert_eq!(paths(&again), paths(&whole));
    assert_eq!(paths(&again).iter().filter(|path| path.ends_with(".pdf")).count(), 10);
    let differ: Vec<&String> = again.iter().zip(&whole).filter(|(a, b)| a != b).map(|((path, _), _)| path).collect();
    assert!(differ.is_empty(), "PDFs and every other file are repeatable; these differ: {differ:?}");

    // From here on only versions are read: no PDFs are made.
    // Layout is not content: a site's own print stylesheet changes no version.
    std::fs::create_dir_all(dir.path().join("templates")).unwrap();
    std::fs::write(dir.path().join("templates/leaflet.css"), "body { color: black; }\n").unwrap();
    build_ok(dir.path());
    assert_eq!(versions(dir.path()), first);

    // A change to the Welsh translation changes the Welsh versions only.
    let ftl = dir.path().join("locales/cy/procedures/test-procedure.ftl");
    let text = std::fs::read_to_string(&ftl)
        .unwrap()
        .replace("funding = Dim cyllid allanol.", "funding = Dim arian o'r tu allan.");
    std::fs::write(&ftl, text).unwrap();
    informed(dir.path(), &["l10n", "confirm", "cy", "funding"]);
    build_ok(dir.path());
    let after = versions(dir.path());
    for (key, version) in &after {
        assert_eq!(key.starts_with("\"cy\""), version != &first[key], "{key}");
    }

    // A change to the procedure changes every version.
    let yaml = dir.path().join("content/procedures/test-procedure/procedure.yaml");
    let text = std::fs::read_to_string(&yaml).unwrap().replace("recovery: \"Months.\"", "recovery: \"Many months.\"");
    std::fs::write(&yaml, text).unwrap();
    build_ok(dir.path());
    let changed = versions(dir.path());
    assert!(changed.iter().filter(|(k, _)| k.starts_with("\"en-GB\"")).all(|(k, v)| v != &after[k]));

    // The contact details are printed on every leaflet: changing them changes every version.
    let site = dir.path().join("content/site.yaml");
    let text = std::fs::read_to_string(&site).unwrap().replace("0100 000 0000", "0100 000 0001");
    std::fs::write(&site, text).unwrap();
    build_ok(dir.path());
    assert!(versions(dir.path()).iter().all(|(k, v)| v != &changed[k]));
}

#[test]
fn the_numbers_on_paper_are_the_numbers_on_screen() {
    let dir = Dir(&translated_with_pdfs().0);
    for prefix in ["", "cy/"] {
        let web = statements(&read(dir.path(), &format!("{prefix}test-procedure/index.html")));
        assert!(web.len() >= 6, "{web:?}");
        for format in FORMATS {
            let print = statements(&read(dir.path(), &format!("{prefix}test-procedure/leaflet-{format}.html")));
            assert_eq!(print, web, "{prefix} {format}: print HTML says what the page says");
            let pdf = squash(&pdf_text(dir.path(), &format!("{prefix}test-procedure/leaflet-{format}.pdf")));
            for statement in &web {
                assert!(pdf.contains(&squash(statement)), "{prefix} {format}: the PDF lacks {statement:?}");
            }
        }
    }
}

#[test]
fn arabic_leaflets_have_the_same_numbers_and_a_font_that_covers_them() {
    let dir = copy_site("translated");
    let site = dir.path().join("content/site.yaml");
    let text = std::fs::read_to_string(&site).unwrap().replace("locales: [cy]", "locales: [ar]");
    std::fs::write(&site, text).unwrap();
    std::fs::create_dir_all(dir.path().join("locales/ar/procedures")).unwrap();
    std::fs::rename(
        dir.path().join("locales/cy/procedures/test-procedure.ftl"),
        dir.path().join("locales/ar/procedures/test-procedure.ftl"),
    )
    .unwrap();
    // Emphasis in Arabic: DejaVu Sans has no Arabic in its oblique face, so the
    // leaflet sets it upright instead of failing.
    let ftl = dir.path().join("locales/ar/procedures/test-procedure.ftl");
    let arabic =
        std::fs::read_to_string(&ftl).unwrap().replace("Mae hyn **am** y driniaeth brawf.", "نص *مائل* و**عريض** هنا.");
    std::fs::write(&ftl, arabic).unwrap();
    informed(dir.path(), &["l10n", "confirm", "ar", "--all"]);
    let run = build_with_pdfs(dir.path());
    assert!(run.stderr.contains("ar DejaVu Sans"), "{}", run.stderr);
    let web = statements(&read(dir.path(), "ar/test-procedure/index.html"));
    let mut expected: Vec<String> = web.iter().flat_map(|s| numbers(s)).collect();
    expected.sort();
    for format in FORMATS {
        let html = read(dir.path(), &format!("ar/test-procedure/leaflet-{format}.html"));
        assert!(html.contains(r#"dir="rtl""#));
        let mut pdf_numbers = numbers(&pdf_text(dir.path(), &format!("ar/test-procedure/leaflet-{format}.pdf")));
        for n in &expected {
            let at =
                pdf_numbers.iter().position(|p| p == n).unwrap_or_else(|| panic!("{format}: {n} missing from the PDF"));
            pdf_numbers.remove(at);
        }
    }
}

#[test]
fn hostile_text_cannot_break_out_of_the_leaflet_markup() {
    // The English site alone: the text is English, and Welsh PDFs would not be read.
    let dir = copy_site("valid");
    let yaml = dir.path().join("content/procedures/test-procedure/procedure.yaml");
    let hostile = r##"Evil ] #set page(width: 1cm) \" $x^2$ *bold* @ref <label> #exit() // comment"##;
    let original = std::fs::read_to_string(&yaml).unwrap();
    let text = original.replace(
        "long-term: \"Nobody knows the long-term results.\"",
        &format!("long-term: '{}'", hostile.replace('\'', "''")),
    );
    assert_ne!(text, original);
    std::fs::write(&yaml, text).unwrap();
    let run = informed(dir.path(), &["build", "--today", TODAY]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let pdf = squash(&pdf_text(dir.path(), "test-procedure/leaflet-a4.pdf"));
    assert!(pdf.contains(&squash(hostile)), "the text appears literally in the PDF");
}

#[test]
fn typst_syntax_in_a_title_and_a_section_shows_as_written() {
    let dir = copy_site("valid");
    let procedure = dir.path().join("content/procedures/test-procedure");
    let title = r#"Evil #panic("x") $x$ ] #import "lib.typ": * title"#;
    let section = r#"Text with #panic("y") and $ and ] and #import "z.typ" and a "quote" inside."#;
    let yaml = std::fs::read_to_string(procedure.join("procedure.yaml")).unwrap();
    let first = yaml.lines().next().unwrap();
    let yaml = yaml.replacen(first, &format!("title: '{title}'"), 1);
    std::fs::write(procedure.join("procedure.yaml"), yaml).unwrap();
    let about = std::fs::read_to_string(procedure.join("about.md")).unwrap();
    std::fs::write(procedure.join("about.md"), format!("{section}\n\n{about}")).unwrap();
    build_with_pdfs(dir.path());
    for format in ["a4", "a5", "large", "glance"] {
        let pdf = squash(&pdf_text(dir.path(), &format!("test-procedure/leaflet-{format}.pdf")));
        assert!(pdf.contains(&squash(title)), "{format}: the title appears literally in the PDF");
        if format != "glance" {
            assert!(pdf.contains(&squash(section)), "{format}: the section appears literally in the PDF");
        }
    }
}

#[test]
fn a_sites_own_leaflet_template_is_plain_typst_fed_with_the_data() {
    let dir = copy_site("valid");
    std::fs::create_dir_all(dir.path().join("templates")).unwrap();
    let template = "#let data = json(sys.inputs.data)\n#set document(title: data.procedure.title)\n\
                    = #data.procedure.title\n#data.words.at(\"version\")\n";
    std::fs::write(dir.path().join("templates/leaflet.typ"), template).unwrap();
    build_with_pdfs(dir.path());
    let pdf = squash(&pdf_text(dir.path(), "test-procedure/leaflet-a4.pdf"));
    assert!(pdf.contains(&squash("A test procedure <script>alert('title')</script> & more")), "{pdf}");
    assert!(pdf.contains("Version:"), "{pdf}");
    assert!(!dir.path().join("public/leaflet.typ").exists(), "a typst template is not copied to the site");
}

#[test]
fn a_sites_broken_leaflet_template_is_named_with_typsts_message() {
    let dir = copy_site("valid");
    std::fs::create_dir_all(dir.path().join("templates")).unwrap();
    std::fs::write(dir.path().join("templates/leaflet.typ"), "#set document(title: \"T\")\n\n= #procedure.title\n")
        .unwrap();
    let run = informed(dir.path(), &["build", "--today", TODAY]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("templates/leaflet.typ, line 3: unknown variable: procedure"), "{}", run.stderr);
    assert!(!dir.path().join("public").exists());
    // A template written for tera, as PDF templates were before they read data.
    let tera = "#set document(title: \"{{ p.title | typst_str }}\")\n= #{{ p.title | typst }}\n";
    std::fs::write(dir.path().join("templates/leaflet.typ"), tera).unwrap();
    let run = informed(dir.path(), &["build", "--today", TODAY]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("looks like a tera template"), "{}", run.stderr);
}

#[test]
fn the_pdf_templates_compile_against_the_committed_sample() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let data = std::fs::read(root.join("docs/samples/leaflet.json")).unwrap();
    let sample: serde_json::Value = serde_json::from_slice(&data).unwrap();
    let title = sample["procedure"]["title"].as_str().unwrap();
    let engine = informed::render::pdf::PdfEngine::new(&informed::load::system_fonts());
    for name in ["leaflet.typ", "glance.typ"] {
        let template = std::fs::read_to_string(root.join("templates").join(name)).unwrap();
        let pdf = engine.pdf(name, &template, data.clone(), "sample").unwrap_or_else(|e| panic!("{name}: {e}"));
        let text = pdf_extract::extract_text_from_mem(&pdf).unwrap();
        assert!(squash(&text).contains(&squash(title)), "{name}: {text}");
    }
    let data = std::fs::read(root.join("docs/samples/consent.json")).unwrap();
    let sample: serde_json::Value = serde_json::from_slice(&data).unwrap();
    let heading = sample["words"]["consent-heading"].as_str().unwrap();
    let line = sample["option"]["risks"][0]["line"].as_str().unwrap();
    let template = std::fs::read_to_string(root.join("templates/consent.typ")).unwrap();
    let pdf = engine.pdf("consent.typ", &template, data, "sample").unwrap_or_else(|e| panic!("consent.typ: {e}"));
    let text = squash(&pdf_extract::extract_text_from_mem(&pdf).unwrap());
    assert!(text.contains(&squash(heading)) && text.contains(&squash(line)), "consent.typ: {text}");
    let data = std::fs::read(root.join("docs/samples/audit-form.json")).unwrap();
    let sample: serde_json::Value = serde_json::from_slice(&data).unwrap();
    let line = sample["outcomes"][0]["leaflet"]["line"].as_str().unwrap();
    let template = std::fs::read_to_string(root.join("templates/audit-form.typ")).unwrap();
    let pdf = engine.pdf("audit-form.typ", &template, data, "sample").unwrap_or_else(|e| panic!("audit-form.typ: {e}"));
    let text = squash(&pdf_extract::extract_text_from_mem(&pdf).unwrap());
    assert!(text.contains(&squash(line)) && text.contains("Auditform:"), "audit-form.typ: {text}");
}

#[test]
fn a_script_no_font_covers_is_a_clear_error() {
    let dir = copy_site("valid");
    let yaml = dir.path().join("content/procedures/test-procedure/procedure.yaml");
    let text =
        std::fs::read_to_string(&yaml).unwrap().replace("surgeon: \"A surgeon.\"", "surgeon: \"A surgeon. 외과 의사\"");
    assert!(text.contains("외과"));
    std::fs::write(&yaml, text).unwrap();
    let run = informed(dir.path(), &["build", "--today", TODAY]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("error[font-coverage]: no font covers"), "{}", run.stderr);
    assert!(!dir.path().join("public").exists());
}

#[test]
fn a_very_long_word_still_gives_a_valid_leaflet() {
    let dir = copy_site("valid");
    let yaml = dir.path().join("content/procedures/test-procedure/procedure.yaml");
    let long = "Pneumonoultramicroscopicsilicovolcanoconiosis".repeat(8);
    let text =
        std::fs::read_to_string(&yaml).unwrap().replace("surgeon: \"A surgeon.\"", &format!("surgeon: \"{long}\""));
    std::fs::write(&yaml, text).unwrap();
    build_with_pdfs(dir.path());
    for format in FORMATS {
        let text = squash(&pdf_text(dir.path(), &format!("test-procedure/leaflet-{format}.pdf")));
        assert!(text.contains("Pneumonoultramicroscopic"), "{format}");
    }
}

#[test]
fn a_logo_from_static_heads_the_pdf_leaflet_and_any_file_there_is_copied() {
    let dir = copy_site("valid");
    let brand = dir.path().join("static/brand");
    std::fs::create_dir_all(&brand).unwrap();
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" fill="#005eb8"/></svg>"##;
    std::fs::write(brand.join("logo.svg"), svg).unwrap();
    // A web font is bytes like any other: copied as it is, never read as text.
    let woff2: Vec<u8> = (0..=255u8).rev().collect();
    std::fs::write(brand.join("font.woff2"), &woff2).unwrap();
    let site = dir.path().join("content/site.yaml");
    let text = std::fs::read_to_string(&site).unwrap();
    std::fs::write(&site, format!("{text}logo: \"brand/logo.svg\"\n")).unwrap();
    build_with_pdfs(dir.path());
    assert_eq!(std::fs::read(dir.path().join("public/brand/font.woff2")).unwrap(), woff2);
    let pdf = std::fs::read(dir.path().join("public/test-procedure/leaflet-a4.pdf")).unwrap();
    let raw = String::from_utf8_lossy(&pdf);
    // Tagged as a figure whose alternative text is the organisation's name.
    assert!(raw.contains("/S/Figure") && raw.contains("/Alt(Test Trust & Partners)"), "the logo is in the PDF");
    let without = copy_site("valid");
    build_with_pdfs(without.path());
    let plain = std::fs::read(without.path().join("public/test-procedure/leaflet-a4.pdf")).unwrap();
    assert!(!String::from_utf8_lossy(&plain).contains("/Alt(Test Trust & Partners)"), "no logo, no figure");
}

/// The PDF data of a translated leaflet is made from the translated blocks
/// of each section, in the source's structure: every block in order, no English.
#[test]
fn a_translated_pdf_shows_every_block_of_a_section_in_order() {
    let dir = Dir(&translated_with_pdfs().0);
    let text = squash(&pdf_text(dir.path(), "cy/test-procedure/leaflet-a4.pdf"));
    let at = |words: &str| text.find(&squash(words)).unwrap_or_else(|| panic!("no `{words}` in {text}"));
    let (first, last) = (at("Mae hyn am y driniaeth brawf."), at("Gweler y canllawiau"));
    assert!(first < last, "{text}");
    // Between them, the two points of the list, in order.
    let between = &text[first + squash("Mae hyn am y driniaeth brawf.").len()..last];
    let (one, two) = (between.find("un"), between.find("dau"));
    assert!(one.is_some() && two.is_some() && one < two, "{between}");
    assert!(!text.contains(&squash("This is about the test procedure")), "{text}");
}
