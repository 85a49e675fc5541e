//! `informed l10n export <locale> --format csv|tbx`: the site's terms as a
//! glossary for a translation memory's term base.
//!
//! Terms are Fluent terms (`-nail = nail`), defined in any `.ftl` file of the
//! source language (a site keeps them in `locales/<source>/terms.ftl`, with a
//! comment above each saying what it means) and translated in the same file
//! of each language; a translation uses one as `{ -nail }`, so the word is the
//! same wherever it appears. The glossary lists each source term with its
//! translation (empty where there is none yet) and its comment, as CSV (one
//! column per language, as term bases import it) or TBX (ISO 30042, TBX-Basic).

use crate::load::LocaleTranslations;
use fluent_syntax::ast;

/// One term of the glossary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// The Fluent id, with its `-`.
    pub id: String,
    /// The source language's text.
    pub source: String,
    /// The translation, if there is one.
    pub target: Option<String>,
    /// The comment above the source term: what it means, where it is used.
    pub note: String,
}

/// Every term the source language defines, in order of id, with the locale's translation.
pub fn terms(source: &LocaleTranslations, target: &LocaleTranslations) -> Vec<Term> {
    let targets = defined(target);
    let mut terms: Vec<Term> = defined(source)
        .into_iter()
        .map(|(id, source, note)| {
            let target = targets.iter().find(|(t, ..)| *t == id).map(|(_, text, _)| text.clone());
            Term { id, source, target, note }
        })
        .collect();
    terms.sort_by(|a, b| a.id.cmp(&b.id));
    terms.dedup_by(|a, b| a.id == b.id);
    terms
}

/// The terms of every file of a locale: id, text as a translator writes it, comment.
fn defined(locale: &LocaleTranslations) -> Vec<(String, String, String)> {
    let mut found = Vec::new();
    // A file nested past Fluent's limit is never given to its parser (`check` reports it).
    for file in locale.files.values().filter(|f| f.ftl.too_deep.is_empty()) {
        // The full parser: the catalogs' runtime one drops the comments that say what a term means.
        let resource = fluent_syntax::parser::parse(file.text.as_str()).unwrap_or_else(|(partial, _)| partial);
        for entry in resource.body {
            if let ast::Entry::Term(term) = entry {
                let id = format!("-{}", term.id.name);
                let note = term.comment.as_ref().map(|c| c.content.join(" ")).unwrap_or_default();
                let bare = ast::Resource { body: vec![ast::Entry::Term(ast::Term { comment: None, ..term })] };
                let text = crate::load::ftl::value_text(&id, &fluent_syntax::serializer::serialize(&bare));
                found.push((id, text, note));
            }
        }
    }
    found
}

/// The glossary as CSV: `id`, the source language, the locale, `note`.
pub fn csv(source_locale: &str, locale: &str, terms: &[Term]) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let mut rows = vec![["id", source_locale, locale, "note"].map(str::to_string)];
    rows.extend(
        terms.iter().map(|t| [t.id.clone(), t.source.clone(), t.target.clone().unwrap_or_default(), t.note.clone()]),
    );
    for row in rows {
        // Writing to memory cannot fail.
        let _ = writer.write_record(&row);
    }
    String::from_utf8(writer.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// The glossary as TBX (ISO 30042:2019, the TBX-Basic dialect): a concept
/// entry per term, its note as the definition, a language section per language.
pub fn tbx(source_locale: &str, locale: &str, terms: &[Term]) -> String {
    let mut out = String::new();
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(&format!("<!-- {}: `informed l10n export` writes this file -->\n", crate::write::made::SIGNATURE));
    out.push_str(&format!(
        "<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"{}\" xmlns=\"urn:iso:std:iso:30042:ed-2\">\n",
        escape(source_locale)
    ));
    out.push_str(&format!(
        "  <tbxHeader>\n    <fileDesc>\n      <sourceDesc><p>Terms of locales/{} and locales/{}, from informed</p></sourceDesc>\n    </fileDesc>\n  </tbxHeader>\n",
        escape(source_locale),
        escape(locale)
    ));
    out.push_str("  <text>\n    <body>\n");
    for term in terms {
        out.push_str(&format!("      <conceptEntry id=\"{}\">\n", escape(&term.id)));
        if !term.note.is_empty() {
            out.push_str(&format!("        <descrip type=\"definition\">{}</descrip>\n", escape(&term.note)));
        }
        for (lang, text) in [(source_locale, Some(&term.source)), (locale, term.target.as_ref())] {
            if let Some(text) = text {
                out.push_str(&format!(
                    "        <langSec xml:lang=\"{}\">\n          <termSec><term>{}</term></termSec>\n        </langSec>\n",
                    escape(lang),
                    escape(text)
                ));
            }
        }
        out.push_str("      </conceptEntry>\n");
    }
    out.push_str("    </body>\n  </text>\n</tbx>\n");
    out
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}
