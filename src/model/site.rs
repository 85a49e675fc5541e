//! `content/site.yaml`: who publishes, how to contact them, and site-wide settings.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The site-wide settings from `content/site.yaml`.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Site {
    /// The organisation that publishes this information (for example an NHS trust).
    pub organisation: String,
    /// How patients reach the team.
    pub contact: Contact,
    /// Where `public/` is hosted, for absolute links in sitemaps and leaflets. Optional:
    /// pages link to each other relatively and work under any sub-path.
    #[serde(default)]
    pub base_url: Option<String>,
    /// The organisation's logo, a file in `static/` (`logo.svg`), shown in every
    /// page's header with the organisation's name as its text alternative.
    #[serde(default)]
    pub logo: Option<String>,
    /// The icon browsers show in a tab, a file in `static/` (`favicon.ico`).
    #[serde(default)]
    pub favicon: Option<String>,
    /// The language content is written in, as a BCP 47 tag (`en-GB`).
    pub source_locale: String,
    /// Which words describe a frequency beside its number.
    #[serde(default)]
    pub risk_scale: RiskScale,
    /// The translations to publish besides the source locale, as BCP 47 tags (`cy`, `ar`, `pl`).
    #[serde(default)]
    pub locales: Vec<String>,
    /// Which translations reach the site.
    #[serde(default)]
    pub publish_translations: PublishPolicy,
    /// Whether search engines may index translated pages no qualified
    /// translator has reviewed. `false` marks them `noindex` and leaves them out
    /// of the sitemap; readers still reach them through the language links.
    #[serde(default = "yes")]
    pub index_unreviewed_translations: bool,
    /// The reading age English pages should not exceed (Flesch–Kincaid grade + 5).
    #[serde(default = "default_reading_age")]
    pub reading_age: u8,
    /// Shared libraries whose procedures this site publishes under its own
    /// name and contacts, each a folder in `libraries/` (docs/libraries.md).
    #[serde(default)]
    pub libraries: Vec<super::LibraryRef>,
    /// Publish only versions a clinician has approved (`informed approve`): a
    /// procedure whose content changed since its last approval is left out
    /// (or, with `--drafts`, published marked as a draft).
    #[serde(default)]
    pub require_approval: bool,
}

fn yes() -> bool {
    true
}

fn default_reading_age() -> u8 {
    12
}

/// Which translations of a procedure are published.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum PublishPolicy {
    /// Only translations that are complete (every unit translated) and current
    /// (none translated from source text that has since changed). A current
    /// translation that no qualified translator has reviewed says so on the page.
    #[default]
    Current,
    /// Complete translations even when some units are stale, each page with a
    /// notice in its own language. Incomplete translations are still left out,
    /// so a page never mixes languages.
    Drafts,
}

/// Contact details printed on every page and leaflet.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// The team or department patients contact.
    #[serde(default)]
    pub team: Option<String>,
    /// A phone number, as it should be dialled and shown.
    pub phone: String,
    /// A postal address, one line per entry.
    #[serde(default)]
    pub address: Vec<String>,
    /// A web address for the team.
    #[serde(default)]
    pub web: Option<String>,
    /// An email address.
    #[serde(default)]
    pub email: Option<String>,
}

/// A scale of frequency words. Each word is only ever shown beside its number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum RiskScale {
    /// The EU SmPC terms: very common (1 in 10 or more) down to very rare.
    #[default]
    Eu,
    /// Calman's verbal scale: high, moderate, low, very low, minimal, negligible.
    Calman,
}
