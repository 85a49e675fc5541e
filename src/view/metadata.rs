//! What a page says about itself to search engines and link previews: the
//! canonical address, description, Open Graph facts and schema.org JSON-LD.
//!
//! The JSON-LD is the one value here a template marks `| safe`: it is
//! serialised by serde_json (so every string is a JSON string) and then every
//! `<`, `>` and `&` is written as a `\u` escape, so nothing in content
//! (`</script>`, `<!--`) can end or change the `<script>` it sits in.

use crate::model::Procedure;
use serde::Serialize;

/// schema.org's `MedicalWebPage`, as much of it as a patient page can say.
#[derive(Debug, Serialize)]
struct MedicalWebPage<'a> {
    #[serde(rename = "@context")]
    context: &'static str,
    #[serde(rename = "@type")]
    kind: &'static str,
    name: &'a str,
    description: &'a str,
    #[serde(rename = "inLanguage")]
    in_language: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    #[serde(rename = "datePublished")]
    date_published: String,
    #[serde(rename = "lastReviewed")]
    last_reviewed: String,
    audience: Typed<'a>,
    about: Typed<'a>,
    citation: Typed<'a>,
    publisher: Typed<'a>,
}

/// A schema.org thing with a type, and a name and address where it has them.
#[derive(Debug, Serialize)]
struct Typed<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(rename = "audienceType", skip_serializing_if = "Option::is_none")]
    audience_type: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
}

/// What the JSON-LD of one procedure page says, in the page's language.
pub struct PageFacts<'a> {
    /// The procedure, for its dates, guidance and title as written.
    pub procedure: &'a Procedure,
    /// The title, in the page's language.
    pub title: &'a str,
    /// The summary, in the page's language.
    pub description: &'a str,
    /// The page's BCP 47 tag.
    pub lang: &'a str,
    /// The page's absolute address, when there is a base URL.
    pub url: Option<&'a str>,
    /// The publishing organisation.
    pub organisation: &'a str,
    /// The site's address, when there is a base URL.
    pub site_url: Option<&'a str>,
}

/// The schema.org JSON-LD of a procedure page, ready to sit inside `<script type="application/ld+json">`.
pub fn json_ld(facts: &PageFacts) -> Result<String, String> {
    let p = facts.procedure;
    let guidance = &p.guidance;
    let page = MedicalWebPage {
        context: "https://schema.org",
        kind: "MedicalWebPage",
        name: facts.title,
        description: facts.description,
        in_language: facts.lang,
        url: facts.url,
        date_published: p.dates.published.to_string(),
        last_reviewed: p.dates.reviewed.to_string(),
        audience: Typed { kind: "MedicalAudience", audience_type: Some("Patient"), name: None, url: None },
        about: Typed { kind: "MedicalProcedure", audience_type: None, name: Some(facts.title.to_string()), url: None },
        citation: Typed {
            kind: "CreativeWork",
            audience_type: None,
            name: Some(format!("{} {}: {}", guidance.body, guidance.id, guidance.title)),
            url: Some(&guidance.url),
        },
        publisher: Typed {
            kind: "Organization",
            audience_type: None,
            name: Some(facts.organisation.to_string()),
            url: facts.site_url,
        },
    };
    let json = serde_json::to_string(&page).map_err(|e| format!("the page's JSON-LD: {e}"))?;
    Ok(script_safe(&json))
}

/// JSON with `<`, `>` and `&` as `\u` escapes: the same JSON to a parser, and
/// nothing an HTML parser reads as the end of a script or a comment.
pub fn script_safe(json: &str) -> String {
    json.replace('<', "\\u003c").replace('>', "\\u003e").replace('&', "\\u0026")
}

/// The Open Graph form of a language tag: `en-GB` is `en_GB`.
pub fn og_locale(tag: &str) -> String {
    tag.replace('-', "_")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_in_json_ld_ends_its_script() {
        let safe = script_safe(r#"{"name":"</script><!-- & -->"}"#);
        assert!(!safe.contains('<') && !safe.contains('>') && !safe.contains('&'));
        let back: serde_json::Value = serde_json::from_str(&safe).unwrap();
        assert_eq!(back["name"], "</script><!-- & -->");
    }

    #[test]
    fn open_graph_locales() {
        assert_eq!(og_locale("en-GB"), "en_GB");
        assert_eq!(og_locale("cy"), "cy");
    }
}
