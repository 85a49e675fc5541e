//! The render step: view models through tera templates into page text, and
//! (in [`pdf`]) leaflet data through plain typst templates into PDF.
//!
//! One tera environment per locale, each with its own `t()` function bound to
//! that locale's Fluent catalog, so a template can never pick words from
//! another language. Templates get a small view model per page, never the
//! whole project. The typst templates (`.typ`) are not tera templates: they
//! read the leaflet's data, words included, as JSON.

#[cfg(feature = "pdf")]
pub mod pdf;

use crate::l10n::{Arg, Catalog};
use crate::load::FileSet;
use crate::load::templates::{Compiled, REFUSED_FUNCTIONS};
use serde::Serialize;
use std::collections::HashMap;
use std::sync::Arc;

/// Where compiled PDFs may be kept between builds and taken from: the build
/// cache (the driver's `cache.rs`) joins load's door for reading and the writer's for
/// writing; render only asks and offers.
pub trait PdfStore: Send + Sync + std::fmt::Debug {
    /// The PDF kept under `key`, verified, if there is one.
    fn get(&self, key: &str) -> Option<Vec<u8>>;
    /// Keeps `bytes` under `key`.
    fn put(&self, key: &str, bytes: &[u8]);
}

/// How long and how much one PDF may take to compile: each is compiled in a
/// worker process that is stopped when it goes past either (`render::pdf::worker`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PdfBudget {
    /// The program to start as a worker (`informed`, which knows `pdf-worker`).
    pub program: std::path::PathBuf,
    /// The longest one document may take to compile.
    pub time: std::time::Duration,
    /// The most address space a worker may use, in bytes (on Linux).
    pub memory: u64,
}

impl PdfBudget {
    /// The default budget for `program`: a minute and 4 GB per document.
    pub fn new(program: std::path::PathBuf) -> PdfBudget {
        PdfBudget { program, time: std::time::Duration::from_secs(60), memory: 4 << 30 }
    }
}

/// A tera environment whose `t()` speaks one locale.
pub struct Renderer {
    tera: tera::Tera,
}

impl Renderer {
    /// The templates compiled at load (`compiled`, from `templates`), speaking
    /// `catalog`'s locale.
    pub fn new(templates: &FileSet, compiled: &Compiled, catalog: Arc<Catalog>) -> Renderer {
        let mut tera = compiled.0.clone();
        tera.set_escape_fn(escape_html);
        for name in REFUSED_FUNCTIONS {
            tera.register_function(name, Refused(name));
        }
        tera.register_function("t", Translate { catalog });
        tera.register_function("asset", Asset::new(templates));
        tera.register_filter("css_string", css_string);
        Renderer { tera }
    }

    /// Renders `template` with `view` as its context.
    pub fn render(&self, template: &str, view: &impl Serialize) -> Result<String, String> {
        self.render_context(template, &Self::context(view)?)
    }

    /// `view` as a template context, to render several templates (or one several
    /// times, with a value changed) from one conversion.
    pub fn context(view: &impl Serialize) -> Result<tera::Context, String> {
        tera::Context::from_serialize(view).map_err(|e| crate::diagnostic::error_chain(&e))
    }

    /// Renders `template` with a context from [`Renderer::context`].
    pub fn render_context(&self, template: &str, context: &tera::Context) -> Result<String, String> {
        self.tera
            .render(template, context)
            .map_err(|e| format!("template `{template}`: {}", crate::diagnostic::error_chain(&e)))
    }
}

/// Escapes text for HTML text and quoted attributes. Unlike tera's default it
/// leaves `/` alone, so web addresses stay readable in the page source
/// (Keats/tera#368); `/` is harmless inside quoted attributes and text.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#x27;"),
            _ => out.push(c),
        }
    }
    out
}

/// The tera filter `css_string`: text as the inside of a CSS string, with every
/// character but ASCII letters and digits written as a six-digit hex escape (a
/// space after an escape would be swallowed, so spaces are escaped too). It can
/// sit in a `<style>` block (`content: "…"`) whatever it contains.
fn css_string(value: &tera::Value, _: &HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
    let text = value.as_str().map_or_else(|| value.to_string(), str::to_string);
    let mut out = String::with_capacity(text.len() * 2);
    for c in crate::l10n::strip_bidi_isolates(&text).chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !c.is_control() {
            out.push_str(&format!("\\{:06x}", c as u32));
        }
    }
    Ok(tera::Value::String(out))
}

/// `t(key="…", name=value, …)`: a Fluent message in the renderer's locale.
/// Numbers reach Fluent as numbers (formatted for the locale there), text as text.
/// The tera function `asset(name="style.css")`: the stylesheet's address with
/// a fingerprint of its content (`style.css?v=1a2b3c4d`), so a browser fetches
/// it again when, and only when, it changes. Page and leaflet addresses stay
/// as they are.
struct Asset {
    fingerprinted: HashMap<String, String>,
}

impl Asset {
    fn new(templates: &FileSet) -> Asset {
        let fingerprinted = templates
            .iter()
            .filter(|(name, ..)| crate::load::is_copied_asset(name))
            .map(|(name, _, text)| {
                (name.to_string(), crate::paths::fingerprinted(name, &crate::hash::fingerprint(text)[..8]))
            })
            .collect();
        Asset { fingerprinted }
    }
}

impl tera::Function for Asset {
    fn call(&self, args: &HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
        let name = args.get("name").and_then(|v| v.as_str()).ok_or("asset() needs name=\"style.css\"")?;
        let href = self.fingerprinted.get(name).ok_or_else(|| format!("asset(): no file `{name}` in templates/"))?;
        Ok(tera::Value::String(href.clone()))
    }
}

/// A function templates may not call: it fails with a reason.
struct Refused(&'static str);

impl tera::Function for Refused {
    fn call(&self, _: &HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
        Err(tera::Error::msg(format!(
            "`{}()` is not available to templates: a page may show only what the content and translations say",
            self.0
        )))
    }
}

struct Translate {
    catalog: Arc<Catalog>,
}

impl tera::Function for Translate {
    fn call(&self, args: &HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
        let key = args.get("key").and_then(|v| v.as_str()).ok_or("t() needs key=\"message-id\"")?;
        let mut names: Vec<&String> = args.keys().filter(|k| k.as_str() != "key").collect();
        names.sort();
        let mut fluent_args = Vec::new();
        for name in names {
            let value = match &args[name] {
                tera::Value::Number(n) => Arg::Number(n.as_f64().unwrap_or(0.0)),
                tera::Value::String(s) => Arg::Text(s.clone()),
                other => Arg::Text(other.to_string()),
            };
            fluent_args.push((name.as_str(), value));
        }
        self.catalog.format(key, &fluent_args).map(tera::Value::String).map_err(tera::Error::msg)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn css_strings_cannot_close_the_string_or_the_style() {
        let value = tera::Value::String("V 1\"</style><script>".into());
        let out = css_string(&value, &HashMap::new()).unwrap();
        assert_eq!(out.as_str().unwrap(), "V\\0000201\\000022\\00003c\\00002fstyle\\00003e\\00003cscript\\00003e");
    }
}
