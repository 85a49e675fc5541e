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
    // Two languages, three leaflets, the A5 pages as a booklet and the sheet at
    // a glance (standard and large print) each.
    assert_eq!(leaflets.len(), 12);
    assert_eq!(leaflets.iter().filter(|l| l["format"] == "glance").count(), 2);
    assert_eq!(leaflets.iter().filter(|l| l["format"] == "glance-large").count(), 2);
    assert_eq!(leaflets.iter().filter(|l| l["format"] == "booklet").count(), 2);
    for l in leaflets {
        assert_eq!(l["procedure"], "test-procedure");
        assert_eq!(l["reviewed"], "2026-01-01");
        assert_eq!(l["next_review"], "2027-01-01");
        assert_eq!(l["version"].as_str().unwrap().len(), 8);
        assert_eq!(l["content_hash"].as_str().unwrap().len(), 64);
        for key in ["html", "pdf"] {
            assert!(dir.path().join("public").join(l[key].as_str().unwrap()).exists(), "{l}");
        }
        // The pages it lists are the PDF's.
        let pdf = std::fs::read(dir.path().join("public").join(l["pdf"].as_str().unwrap())).unwrap();
        let pages = pdf_extract::extract_text_from_mem_by_pages(&pdf).unwrap().len();
        assert_eq!(l["pages"].as_u64(), Some(pages as u64), "{l}");
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
    // The booklet is made only with PDFs; its version is the A5 pages'.
    let versions = |dir: &Path| -> BTreeMap<String, String> {
        manifest(dir)["leaflets"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|l| l["format"] != "booklet")
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
    assert_eq!(paths(&again).iter().filter(|path| path.ends_with(".pdf")).count(), 12);
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
    // In a question to ask, which every print leaflet shows.
    let text = std::fs::read_to_string(&yaml)
        .unwrap()
        .replace("how-long: \"How long will it take?\"", &format!("how-long: \"{long}\""));
    std::fs::write(&yaml, text).unwrap();
    build_with_pdfs(dir.path());
    // It breaks across lines rather than run off the page, which the build
    // would refuse, and reads as written.
    for format in FORMATS {
        let text = squash(&pdf_text(dir.path(), &format!("test-procedure/leaflet-{format}.pdf")));
        assert!(text.contains(&long), "{format}");
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

/// Each page's size in points (width, height), from its `MediaBox`.
fn page_sizes(pdf: &[u8]) -> Vec<(f32, f32)> {
    let doc = pdf_extract::Document::load_mem(pdf).unwrap();
    doc.get_pages()
        .values()
        .map(|id| {
            let page = doc.get_object(*id).unwrap().as_dict().unwrap();
            let b: Vec<f32> =
                page.get(b"MediaBox").unwrap().as_array().unwrap().iter().map(|n| n.as_float().unwrap()).collect();
            (b[2] - b[0], b[3] - b[1])
        })
        .collect()
}

/// The text of each page of a PDF the build wrote.
fn pdf_pages(dir: &Path, path: &str) -> Vec<String> {
    let bytes = std::fs::read(dir.join("public").join(path)).unwrap();
    pdf_extract::extract_text_from_mem_by_pages(&bytes).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The shipped content (both procedures, every language) built once with its
/// PDFs, for the tests that hold the shipped leaflets to their size and pages.
fn shipped_with_pdfs() -> &'static (std::path::PathBuf, String) {
    static BUILT: std::sync::OnceLock<(std::path::PathBuf, String)> = std::sync::OnceLock::new();
    BUILT.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("leaflets-shipped");
        let _ = std::fs::remove_dir_all(&dir);
        for part in ["content", "locales"] {
            std::fs::create_dir_all(dir.join(part)).unwrap();
            copy_dir(&root.join(part), &dir.join(part));
        }
        let run = build_with_pdfs(&dir);
        (dir, run.stderr)
    })
}

/// The shipped leaflets, as a clinic prints them: A4 in eight sides or fewer
/// in every language, the booklet on A4 sheets in booklet order, and every PDF
/// (leaflets, sheets, consent inserts, audit forms; right to left among them)
/// held inside its pages, which the build checks of every PDF it makes and
/// refuses to publish otherwise.
#[test]
fn the_shipped_leaflets_fit_on_the_paper_a_clinic_prints() {
    let (dir, stderr) = shipped_with_pdfs();
    assert!(stderr.contains("ar DejaVu Sans"), "{stderr}");
    let m = manifest(dir);
    let leaflets = m["leaflets"].as_array().unwrap();
    let a4: Vec<&serde_json::Value> = leaflets.iter().filter(|l| l["format"] == "a4").collect();
    // Two procedures: the first in four languages, the second in English.
    assert_eq!(a4.len(), 5);
    for l in &a4 {
        let pages = l["pages"].as_u64().unwrap();
        assert!(pages <= 8, "{} {} is {pages} sides of A4: {l}", l["procedure"], l["locale"]);
        let pdf = std::fs::read(dir.join("public").join(l["pdf"].as_str().unwrap())).unwrap();
        let sizes = page_sizes(&pdf);
        assert_eq!(sizes.len() as u64, pages);
        assert!(
            sizes.iter().all(|(w, h)| (w - 595.3).abs() < 1.0 && (h - 841.9).abs() < 1.0),
            "A4 portrait: {sizes:?}"
        );
    }
    for booklet in leaflets.iter().filter(|l| l["format"] == "booklet") {
        let a5 = leaflets
            .iter()
            .find(|l| l["format"] == "a5" && l["locale"] == booklet["locale"] && l["procedure"] == booklet["procedure"])
            .unwrap();
        let a5_pages = a5["pages"].as_u64().unwrap();
        // Two A5 pages to a side, four to a sheet: blank pages make up the rest.
        assert_eq!(booklet["pages"].as_u64().unwrap(), a5_pages.div_ceil(4) * 2, "{booklet}");
        let pdf = std::fs::read(dir.join("public").join(booklet["pdf"].as_str().unwrap())).unwrap();
        let sizes = page_sizes(&pdf);
        assert!(
            sizes.iter().all(|(w, h)| (w - 841.9).abs() < 1.0 && (h - 595.3).abs() < 1.0),
            "A4 landscape: {sizes:?}"
        );
        let a5_pdf = std::fs::read(dir.join("public").join(a5["pdf"].as_str().unwrap())).unwrap();
        assert!(page_sizes(&a5_pdf).iter().all(|(w, h)| (w - 419.5).abs() < 1.0 && (h - 595.3).abs() < 1.0));
    }
    // Every page of every format in every language, counted for the record.
    let mut counts: Vec<String> = leaflets
        .iter()
        .map(|l| format!("{} {} {}: {}", l["procedure"], l["locale"], l["format"], l["pages"]).replace('"', ""))
        .collect();
    counts.sort();
    println!("{}", counts.join("\n"));
}

/// Folded, the booklet's sheets read as the A5 pages do: each side of each
/// sheet carries the two pages booklet order puts there, the last page on the
/// back cover and blank pages before it.
#[test]
fn the_booklet_reads_in_order_when_its_sheets_are_folded() {
    let dir = Dir(&translated_with_pdfs().0);
    for prefix in ["", "cy/"] {
        let pages = pdf_pages(dir.path(), &format!("{prefix}test-procedure/leaflet-a5.pdf"));
        let sides = pdf_pages(dir.path(), &format!("{prefix}test-procedure/leaflet-booklet.pdf"));
        let total = pages.len().div_ceil(4) * 4;
        assert_eq!(sides.len() * 2, total, "{prefix}");
        // Where each page of the booklet's reading order sits: the last page on the back cover.
        let page_at = |i: usize| {
            if i + 1 == total { Some(pages.len() - 1) } else { (i + 1 < pages.len()).then_some(i) }
        };
        for (n, side) in sides.iter().enumerate() {
            let (sheet, back) = (n / 2, n % 2 == 1);
            let (left, right) =
                if back { (2 * sheet + 1, total - 2 - 2 * sheet) } else { (total - 1 - 2 * sheet, 2 * sheet) };
            let side = squash(side);
            let mut expected = String::new();
            for i in [left, right] {
                if let Some(p) = page_at(i) {
                    let text = squash(&pages[p]);
                    assert!(side.contains(&text), "{prefix} side {n}: no page {} ({text}) in {side}", p + 1);
                    expected.push_str(&text);
                }
            }
            assert_eq!(side.len(), expected.len(), "{prefix} side {n} has only its two pages");
        }
    }
}

/// A PDF with anything drawn past the edge of a page (a QR code placed from
/// the start of a right-to-left line, a table wider than its paper) would be
/// cut off in print: the build names the page and the edge and writes nothing.
#[test]
fn something_drawn_past_the_edge_of_a_page_stops_the_build() {
    let dir = copy_site("valid");
    std::fs::create_dir_all(dir.path().join("templates")).unwrap();
    // As the QR code was drawn before: placed from the start of a right-to-left line.
    let template = "#let data = json(sys.inputs.data)\n#set document(title: data.procedure.title)\n\
                    #set text(dir: rtl)\n= #data.procedure.title\n#pagebreak()\n\
                    #box(width: 22mm, height: 22mm, place(dx: 40mm, rect(width: 5mm, height: 5mm, fill: black)))\n";
    std::fs::write(dir.path().join("templates/leaflet.typ"), template).unwrap();
    let run = informed(dir.path(), &["build", "--today", TODAY]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("templates/leaflet.typ: page 2: a shape (a line, box or figure) runs")
            && run.stderr.contains("mm past the right edge of the page, so it would be cut off in print"),
        "{}",
        run.stderr
    );
    assert!(!dir.path().join("public").exists());
    // Text too.
    let template = "#let data = json(sys.inputs.data)\n#set document(title: data.procedure.title)\n\
                    #place(dx: -30mm)[#data.procedure.title]\n";
    std::fs::write(dir.path().join("templates/leaflet.typ"), template).unwrap();
    let run = informed(dir.path(), &["build", "--today", TODAY]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("page 1: the text “A test procedure"), "{}", run.stderr);
    assert!(run.stderr.contains("past the left edge of the page"), "{}", run.stderr);
}

/// A nurse finds any leaflet in any language and format in two clicks: the
/// index links to the list of print leaflets, which links to each one, with
/// its version, its length and whether its translation is a draft; other
/// languages' names in the list's language, their words marked as theirs.
#[test]
fn every_leaflet_is_two_clicks_from_the_index() {
    let dir = Dir(&translated_with_pdfs().0);
    let m = manifest(dir.path());
    let leaflets = m["leaflets"].as_array().unwrap();
    for (prefix, link_text) in [("", "Leaflets to print"), ("cy/", "Taflenni i&#x27;w hargraffu")] {
        let index = read(dir.path(), &format!("{prefix}index.html"));
        assert!(index.contains(&format!(r#"<a href="leaflets.html">{link_text}"#)), "{index}");
        let list = read(dir.path(), &format!("{prefix}leaflets.html"));
        let up = if prefix.is_empty() { "" } else { "../" };
        for l in leaflets {
            let pdf = l["pdf"].as_str().unwrap();
            assert!(list.contains(&format!(r#"href="{up}{pdf}""#)), "{prefix}leaflets.html lacks {pdf}");
            assert!(dir.path().join("public").join(pdf).is_file());
            if l["format"] != "booklet" {
                let html = l["html"].as_str().unwrap();
                assert!(list.contains(&format!(r#"href="{up}{html}""#)), "{prefix}leaflets.html lacks {html}");
            }
            assert!(list.contains(l["version"].as_str().unwrap()));
        }
    }
    let list = read(dir.path(), "leaflets.html");
    let a4 = leaflets.iter().find(|l| l["format"] == "a4" && l["locale"] == "en-GB").unwrap();
    assert!(list.contains(&format!("{} pages", a4["pages"])), "{list}");
    let booklet = leaflets.iter().find(|l| l["format"] == "booklet" && l["locale"] == "en-GB").unwrap();
    let sheets = booklet["pages"].as_u64().unwrap().div_ceil(2);
    let sheets = if sheets == 1 {
        "1 sheet of A4, printed on both sides and folded".to_string()
    } else {
        format!("{sheets} sheets of A4, printed on both sides, folded and stapled")
    };
    assert!(list.contains(&sheets), "{list}");
    assert!(list.contains(r#"<h3 id="print-test-procedure-cy">Welsh (<span lang="cy" dir="ltr">Cymraeg</span>)</h3>"#));
    assert!(list.contains("Draft: not yet checked by a qualified translator"));
    // In Welsh, English is "Saesneg", and the English title is marked as English.
    let cy = read(dir.path(), "cy/leaflets.html");
    assert!(
        cy.contains(
            r#"<h3 id="print-test-procedure-en-GB">Saesneg (<span lang="en-GB" dir="ltr">English</span>)</h3>"#
        ),
        "{cy}"
    );
    assert!(cy.contains(r#"<span lang="en-GB" dir="ltr">A test procedure &lt;script&gt;"#), "{cy}");
    assert!(cy.contains("Drafft: nid yw cyfieithydd cymwys wedi&#x27;i wirio eto"));
}

/// A translated consent insert no qualified translator has checked says so,
/// on paper and in `clinicians.json`; the source language's documents do not.
#[test]
fn an_unreviewed_consent_insert_says_it_is_a_draft() {
    let dir = Dir(&translated_with_pdfs().0);
    let clinicians = dir.path().join("clinicians");
    let notice = "Nid yw cyfieithydd cymwys wedi gwirio'r cyfieithiad hwn eto.";
    let cy = std::fs::read_to_string(clinicians.join("test-procedure/consent-cy.html")).unwrap();
    assert!(cy.contains(&format!(r#"<p class="draft" role="note">{}"#, notice.replace('\'', "&#x27;"))), "{cy}");
    let bytes = std::fs::read(clinicians.join("test-procedure/consent-cy.pdf")).unwrap();
    assert!(squash(&pdf_extract::extract_text_from_mem(&bytes).unwrap()).contains(&squash(notice)));
    let en = std::fs::read_to_string(clinicians.join("test-procedure/consent-en-GB.html")).unwrap();
    assert!(!en.contains(r#"class="draft""#));
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(clinicians.join("clinicians.json")).unwrap()).unwrap();
    for d in json["documents"].as_array().unwrap() {
        assert_eq!(d["draft"], d["locale"] == "cy", "{d}");
    }
}

/// A link in a section the print leaflets show goes to the same part of the
/// leaflet (in the PDF too); a link to a part they leave out is an error,
/// like a link to a part the page does not have.
#[test]
fn links_in_a_printed_section_go_to_parts_of_the_leaflet() {
    let dir = copy_site("valid");
    let about = dir.path().join("content/procedures/test-procedure/about.md");
    let text = std::fs::read_to_string(&about).unwrap();
    // A link to every place a leaflet has (this procedure has special arrangements and device reporting).
    let mut places: Vec<String> = informed::model::print::LEAFLET_ANCHORS.iter().map(|a| a.to_string()).collect();
    places.extend(["option-operation".to_string(), "option-nothing".to_string()]);
    let links: String = places.iter().map(|a| format!("[{a}](#{a}) ")).collect();
    std::fs::write(&about, format!("{text}\nSee {links}\n")).unwrap();
    build_with_pdfs(dir.path());
    for format in FORMATS {
        let html = read(dir.path(), &format!("test-procedure/leaflet-{format}.html"));
        for a in &places {
            assert!(
                html.contains(&format!(r##"href="#{a}""##)) && html.contains(&format!(r#"id="{a}""#)),
                "{format}: #{a}"
            );
        }
        // In the PDF each goes to its place in the leaflet (a link whose place is missing stays plain words).
        let pdf = std::fs::read(dir.path().join(format!("public/test-procedure/leaflet-{format}.pdf"))).unwrap();
        let raw = String::from_utf8_lossy(&pdf);
        let within = raw
            .split("/Subtype/Link")
            .skip(1)
            .filter(|annotation| annotation.split("/F ").next().is_some_and(|dictionary| dictionary.contains("/Dest")))
            .count();
        assert_eq!(within, places.len(), "{format}: links within the PDF");
    }
    // Who is involved is only on the web page.
    std::fs::write(&about, format!("{text}\nSee [who is involved](#team).\n")).unwrap();
    let run = informed(dir.path(), &["check", "--today", TODAY]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    let out = format!("{}{}", run.stdout, run.stderr);
    assert!(
        out.contains("about.md:8:5: error[print-anchor]: the print leaflets show this section but have no `#team`"),
        "{out}"
    );
}

/// Every `#anchor` a built document links to is in that document: pages,
/// print leaflets, sheets, lists and the clinicians' documents.
#[test]
fn every_link_within_a_document_has_somewhere_to_go() {
    let dir = copy_site("translated");
    build_ok(dir.path());
    let mut checked = 0;
    for entry in walkdir::WalkDir::new(dir.path()).into_iter().filter_map(Result::ok) {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "html") {
            continue;
        }
        let html = std::fs::read_to_string(path).unwrap();
        for target in html.split("href=\"#").skip(1).map(|rest| &rest[..rest.find('"').unwrap()]) {
            assert!(html.contains(&format!(r#"id="{target}""#)), "{}: no id=\"{target}\"", path.display());
            checked += 1;
        }
    }
    assert!(checked > 10, "{checked}");
}

/// The figures of an icon array stand out at 3:1 or more (WCAG 1.4.11)
/// against the paper and against each other, on screen and in the PDF, as the
/// stylesheet and the typst template give their colours.
#[test]
fn icon_array_figures_stand_out_from_the_paper_and_each_other() {
    fn luminance(hex: &str) -> f64 {
        let channel = |i: usize| {
            let c = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap()) / 255.0;
            if c <= 0.04045 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
        };
        0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
    }
    fn ratio(a: &str, b: &str) -> f64 {
        let (a, b) = (luminance(a), luminance(b));
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }
    let value = |text: &str, before: &str| -> String {
        let at = text.find(before).unwrap_or_else(|| panic!("no {before}")) + before.len();
        text[at..].chars().skip_while(|c| *c != '#').take(7).collect()
    };
    let dir = copy_site("valid");
    build_ok(dir.path());
    let css = read(dir.path(), "style.css");
    assert!(
        css.contains(".defs .filled { fill: var(--filled); }") && css.contains(".defs .empty { fill: var(--empty); }")
    );
    assert!(css.contains(".defs .uncertain { fill: #fff; stroke: var(--filled);"), "uncertain figures are rings");
    let typ = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("templates/leaflet.typ")).unwrap();
    assert!(typ.contains("fill: figure-filled") && typ.contains("fill: figure-empty"));
    for (what, filled, empty) in [
        ("web", value(&css, "--filled:"), value(&css, "--empty:")),
        ("PDF", value(&typ, "#let figure-filled = rgb("), value(&typ, "#let figure-empty = rgb(")),
    ] {
        for (pair, r) in [
            ("filled on white", ratio(&filled, "#ffffff")),
            ("empty on white", ratio(&empty, "#ffffff")),
            ("filled against empty", ratio(&filled, &empty)),
        ] {
            assert!(r >= 3.0, "{what}: {pair} is {r:.2}:1 ({filled}, {empty})");
        }
    }
    // The old colours fail, so the test can.
    assert!(ratio("#d5dbe2", "#ffffff") < 3.0 && ratio("#1d4f91", "#7f8a97") < 3.0);
}
