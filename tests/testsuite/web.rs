//! Ready for a hospital website: what crawlers and link previews read
//! (canonical addresses, descriptions, Open Graph, schema.org JSON-LD, the
//! sitemap, `robots.txt`), the "page not found" pages, and the switch that
//! keeps unreviewed translations out of search engines.

use crate::common::*;
use std::path::Path;

const SITE: &str = "content/site.yaml";
const YAML: &str = "content/procedures/test-procedure/procedure.yaml";
const BASE: &str = "https://example.org/pi/";
const PAGES: [&str; 4] = ["index.html", "test-procedure/index.html", "cy/index.html", "cy/test-procedure/index.html"];

fn edit(dir: &Path, file: &str, from: &str, to: &str) {
    let path = dir.join(file);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{file}: {e}"));
    assert!(text.contains(from), "{file} has no `{from}`");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
}

/// The translated fixture hosted at [`BASE`], its procedure last reviewed on 2026-03-15.
fn hosted_site() -> tempfile::TempDir {
    let dir = copy_site("translated");
    let site = dir.path().join(SITE);
    let text = std::fs::read_to_string(&site).unwrap();
    std::fs::write(&site, format!("{text}base_url: \"{BASE}\"\n")).unwrap();
    edit(dir.path(), YAML, r#"reviewed: "2026-01-01""#, r#"reviewed: "2026-03-15""#);
    dir
}

/// The value of the first `attr="…"` in the tag that starts with `start`.
fn attribute<'a>(html: &'a str, start: &str, attr: &str) -> Option<&'a str> {
    let tag = &html[html.find(start)?..];
    let tag = &tag[..tag.find('>')?];
    let value = &tag[tag.find(&format!("{attr}=\""))? + attr.len() + 2..];
    Some(&value[..value.find('"')?])
}

fn json_ld(html: &str) -> serde_json::Value {
    let open = r#"<script type="application/ld+json">"#;
    let body = &html[html.find(open).expect("a JSON-LD script") + open.len()..];
    let body = &body[..body.find("</script>").unwrap()];
    assert!(!body.contains('<'), "nothing in the JSON-LD can close its script: {body}");
    serde_json::from_str(body).expect("the JSON-LD parses")
}

#[test]
fn every_page_names_its_canonical_address_and_the_sitemap_lists_it() {
    let dir = hosted_site();
    build_ok(dir.path());
    let sitemap = read(dir.path(), "sitemap.xml");
    for page in PAGES {
        let html = read(dir.path(), page);
        let canonical = attribute(&html, r#"<link rel="canonical""#, "href").unwrap_or_else(|| panic!("{page}"));
        let expected = format!("{BASE}{}", page.trim_end_matches("index.html"));
        assert_eq!(canonical, expected);
        assert!(sitemap.contains(&format!("<loc>{canonical}</loc>")), "{canonical} in the sitemap");
        assert_eq!(attribute(&html, r#"<meta property="og:url""#, "content"), Some(canonical));
        let description = attribute(&html, r#"<meta name="description""#, "content").unwrap();
        assert!(!description.is_empty(), "{page}");
        assert_eq!(attribute(&html, r#"<meta property="og:description""#, "content"), Some(description));
        assert!(html.contains(r#"<meta property="og:title""#), "{page}");
    }
    let page = read(dir.path(), "cy/test-procedure/index.html");
    assert_eq!(attribute(&page, r#"<meta property="og:locale""#, "content"), Some("cy"));
    assert_eq!(attribute(&page, r#"<meta property="og:type""#, "content"), Some("article"));
    assert_eq!(attribute(&read(dir.path(), "index.html"), r#"<meta property="og:locale""#, "content"), Some("en_GB"));
}

#[test]
fn the_json_ld_says_what_the_page_is_and_cannot_end_its_script() {
    let dir = hosted_site();
    // The fixture's title holds `</script>`: it must stay inside the JSON string.
    build_ok(dir.path());
    let html = read(dir.path(), "test-procedure/index.html");
    let ld = json_ld(&html);
    assert_eq!(ld["@type"], "MedicalWebPage");
    assert_eq!(ld["lastReviewed"], "2026-03-15");
    assert_eq!(ld["datePublished"], "2026-01-01");
    assert_eq!(ld["inLanguage"], "en-GB");
    assert_eq!(ld["url"], format!("{BASE}test-procedure/"));
    assert_eq!(ld["audience"]["audienceType"], "Patient");
    assert_eq!(ld["publisher"]["name"], "Test Trust & Partners");
    assert!(ld["citation"]["name"].as_str().unwrap().starts_with("NICE "), "{}", ld["citation"]);
    assert!(ld["citation"]["url"].as_str().unwrap().starts_with("https://"));
    let name = ld["name"].as_str().unwrap();
    assert!(name.contains("</script>"), "the title as written: {name}");
    assert_eq!(ld["about"]["name"], name);
    // The page in Welsh says the same in Welsh.
    let cy = json_ld(&read(dir.path(), "cy/test-procedure/index.html"));
    assert_eq!(cy["inLanguage"], "cy");
    assert_eq!(cy["lastReviewed"], "2026-03-15");
    assert_ne!(cy["name"], ld["name"]);
    // Indexes are not medical pages.
    assert!(!read(dir.path(), "index.html").contains("application/ld+json"));
}

#[test]
fn the_sitemap_dates_each_page_and_names_the_source_language_as_default() {
    let dir = hosted_site();
    build_ok(dir.path());
    let sitemap = read(dir.path(), "sitemap.xml");
    let entry = |loc: &str| {
        let at = sitemap.find(&format!("<loc>{loc}</loc>")).unwrap_or_else(|| panic!("{loc}: {sitemap}"));
        sitemap[at..at + sitemap[at..].find("</url>").unwrap()].to_string()
    };
    let cy = entry(&format!("{BASE}cy/test-procedure/"));
    assert!(cy.contains("<lastmod>2026-03-15</lastmod>"), "{cy}");
    assert!(cy.contains(&format!(r#"hreflang="x-default" href="{BASE}test-procedure/""#)), "{cy}");
    assert!(entry(BASE).contains("<lastmod>2026-03-15</lastmod>"));
    let robots = read(dir.path(), "robots.txt");
    assert!(robots.contains(&format!("Sitemap: {BASE}sitemap.xml\n")), "{robots}");
}

#[test]
fn each_language_has_a_page_not_found_that_leads_back_to_its_index() {
    let dir = hosted_site();
    build_ok(dir.path());
    let en = read(dir.path(), "404.html");
    assert!(en.contains("<h1>Page not found</h1>"), "{en}");
    assert!(en.contains(r#"<meta name="robots" content="noindex">"#));
    assert!(en.contains(r#"<a href="/pi/index.html">All treatments</a>"#), "{en}");
    assert!(en.contains(r#"href="/pi/style.css"#), "from the host's root, as it is served at any address");
    let cy = read(dir.path(), "cy/404.html");
    assert!(cy.contains(r#"<html lang="cy""#));
    assert!(cy.contains(r#"<a href="/pi/cy/index.html">Pob triniaeth</a>"#), "{cy}");
    assert!(!read(dir.path(), "sitemap.xml").contains("404"));
}

#[test]
fn without_a_base_url_there_is_no_canonical_address_sitemap_or_robots_file() {
    let dir = copy_site("valid");
    build_ok(dir.path());
    let page = read(dir.path(), "test-procedure/index.html");
    assert!(!page.contains(r#"rel="canonical""#) && !page.contains("og:url"));
    assert_eq!(json_ld(&page)["lastReviewed"], "2026-01-01");
    assert!(!dir.path().join("public/robots.txt").exists() && !dir.path().join("public/sitemap.xml").exists());
    assert!(read(dir.path(), "404.html").contains(r#"<a href="index.html">All treatments</a>"#));
}

#[test]
fn unreviewed_translations_can_be_kept_out_of_search_engines() {
    let dir = hosted_site();
    build_ok(dir.path());
    // By default an unreviewed translation is indexed, with its draft notice.
    let cy = read(dir.path(), "cy/test-procedure/index.html");
    assert!(!cy.contains("noindex") && cy.contains(r#"class="draft""#));
    assert!(read(dir.path(), "cy/index.html").contains(r#"class="draft""#), "the index's words are unreviewed too");
    assert!(!read(dir.path(), "index.html").contains(r#"class="draft""#));

    let site = dir.path().join(SITE);
    let text = std::fs::read_to_string(&site).unwrap();
    std::fs::write(&site, format!("{text}index_unreviewed_translations: false\n")).unwrap();
    build_ok(dir.path());
    let sitemap = read(dir.path(), "sitemap.xml");
    for page in ["cy/index.html", "cy/test-procedure/index.html"] {
        assert!(read(dir.path(), page).contains(r#"<meta name="robots" content="noindex">"#), "{page}");
        let url = format!("{BASE}{}", page.trim_end_matches("index.html"));
        assert!(!sitemap.contains(&url), "{url} left out of the sitemap:\n{sitemap}");
    }
    assert!(!read(dir.path(), "test-procedure/index.html").contains("noindex"));
    assert!(sitemap.contains(&format!("<loc>{BASE}test-procedure/</loc>")));
    assert!(!sitemap.contains("x-default"), "no alternates left to choose between");
}

#[test]
fn a_page_left_out_of_a_language_is_linked_from_its_index_in_the_source_language() {
    let dir = copy_site("translated");
    edit(dir.path(), "locales/cy/procedures/test-procedure.ftl", "team-surgeon = Llawfeddyg.\n", "");
    build_ok(dir.path());
    assert!(!dir.path().join("public/cy/test-procedure/index.html").exists());
    let index = read(dir.path(), "cy/index.html");
    let notice = &index[index.find("Ddim ar gael yn yr iaith hon eto").expect("the left-out heading")..];
    // The source language is named in Welsh, and what is written in it says so, with its direction.
    assert!(notice.contains(r#"Gallwch eu darllen yn <span lang="en-GB">Saesneg</span>."#), "{notice}");
    assert!(notice.contains(r#"<ul class="procedures left-out" lang="en-GB" dir="ltr">"#), "{notice}");
    assert!(
        notice.contains(r#"<a href="../test-procedure/index.html" hreflang="en-GB">A test procedure &lt;script&gt;"#),
        "{notice}"
    );
    // Nothing is left out of the source language's index.
    assert!(!read(dir.path(), "index.html").contains("left-out"));
}

#[test]
fn the_contents_list_names_every_section_of_the_page() {
    let dir = copy_site("valid");
    build_ok(dir.path());
    let page = read(dir.path(), "test-procedure/index.html");
    let toc = &page[page.find(r#"<nav class="toc""#).unwrap()..];
    let toc = &toc[..toc.find("</nav>").unwrap()];
    let main = &page[page.find("<main").unwrap()..];
    let ids: Vec<&str> = main
        .match_indices(r#"<section id=""#)
        .map(|(at, m)| {
            let id = &main[at + m.len()..];
            &id[..id.find('"').unwrap()]
        })
        .collect();
    assert!(ids.len() > 10, "{ids:?}");
    for id in ids {
        assert!(toc.contains(&format!(r##"href="#{id}""##)), "`{id}` is missing from the contents:\n{toc}");
    }
}

#[test]
fn the_email_address_is_a_link() {
    let dir = copy_site("valid");
    edit(dir.path(), SITE, "  web: ", "  email: \"team@example.org\"\n  web: ");
    build_ok(dir.path());
    for page in ["index.html", "test-procedure/index.html", "404.html"] {
        let html = read(dir.path(), page);
        assert!(
            html.contains(r#"<a href="mailto:team@example.org"><bdi dir="ltr">team@example.org</bdi></a>"#),
            "{page}"
        );
    }
}

#[test]
fn stylesheets_are_linked_with_a_fingerprint_of_their_content() {
    let dir = copy_site("valid");
    build_ok(dir.path());
    let href = |dir: &Path, page: &str, name: &str| {
        let html = read(dir, page);
        let at = html.find(&format!("{name}?v=")).unwrap_or_else(|| panic!("{page} links {name} with a fingerprint"));
        let v = &html[at + name.len() + 3..];
        let v = v[..v.find('"').unwrap()].to_string();
        assert!(v.len() == 8 && v.bytes().all(|b| b.is_ascii_hexdigit()), "{v}");
        v
    };
    let before = href(dir.path(), "test-procedure/index.html", "style.css");
    assert_eq!(href(dir.path(), "index.html", "style.css"), before);
    assert_eq!(href(dir.path(), "test-procedure/leaflet-a4.html", "style.css"), before);
    let leaflet_css = href(dir.path(), "test-procedure/leaflet-a4.html", "leaflet.css");
    assert!(dir.path().join("public/style.css").exists(), "the file itself keeps its name");
    // A site's own stylesheet gets its own fingerprint; the other stays.
    let own = std::fs::read_to_string(dir.path().join("public/style.css")).unwrap() + "\n.extra { color: red; }\n";
    std::fs::create_dir_all(dir.path().join("templates")).unwrap();
    std::fs::write(dir.path().join("templates/style.css"), own).unwrap();
    build_ok(dir.path());
    assert_ne!(href(dir.path(), "test-procedure/index.html", "style.css"), before);
    assert_eq!(href(dir.path(), "test-procedure/leaflet-a4.html", "leaflet.css"), leaflet_css);
    assert!(dir.path().join("public/test-procedure/index.html").exists(), "page addresses stay");
}

#[test]
fn a_logo_and_favicon_from_static_are_shown_and_a_missing_one_is_named() {
    let dir = copy_site("valid");
    let site = dir.path().join(SITE);
    let text = std::fs::read_to_string(&site).unwrap();
    std::fs::write(&site, format!("{text}logo: \"brand/logo.svg\"\nfavicon: \"favicon.ico\"\n")).unwrap();
    std::fs::create_dir_all(dir.path().join("static/brand")).unwrap();
    std::fs::write(dir.path().join("static/brand/logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>").unwrap();
    std::fs::write(dir.path().join("static/favicon.ico"), [0u8, 0, 1, 0]).unwrap();
    build_ok(dir.path());
    let page = read(dir.path(), "test-procedure/index.html");
    assert!(page.contains(r#"<img class="logo" src="../brand/logo.svg" alt="Test Trust &amp; Partners">"#), "{page}");
    assert!(page.contains(r#"<link rel="icon" href="../favicon.ico">"#));
    assert!(read(dir.path(), "index.html").contains(r#"src="brand/logo.svg""#));
    assert!(dir.path().join("public/brand/logo.svg").exists());

    std::fs::remove_file(dir.path().join("static/brand/logo.svg")).unwrap();
    let run = informed(dir.path(), &["check", "--today", TODAY]);
    assert_ne!(run.code, 0);
    let line = text.lines().count() + 1;
    let expected = format!(
        "content/site.yaml:{line}:7: error[static-missing]: `logo` names `static/brand/logo.svg`, which does not exist"
    );
    assert!(run.stderr.contains(&expected), "{}", run.stderr);
}
