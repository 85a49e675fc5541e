//! Libraries, local layers and clinical sign-off: a site that publishes a
//! shared library's procedures under its own name, the few things it lays
//! over them (`local.yaml`), and the record of who approved which version
//! (`approvals/<slug>.yaml`).

use super::{Change, Contact, Date, Frequency, Texts};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The folder of a site that holds its libraries, one folder each
/// (`libraries/<name>/`: a git submodule, or a release unpacked there).
pub const LIBRARIES_DIR: &str = "libraries";

/// The folder of a site that holds its approval records (`approvals/<slug>.yaml`)
/// and what each approved version held (`approvals/<slug>/<version>.yaml`).
pub const APPROVALS_DIR: &str = "approvals";

/// The file in a procedure's folder of the site that lays local changes over a
/// library's procedure of the same name.
pub const LOCAL_FILE: &str = "local.yaml";

/// The most libraries deep a site may reach (a site on a regional library on a
/// national one is three).
pub const MAX_LIBRARY_DEPTH: usize = 8;

/// One library a site publishes from, as `site.yaml` names it.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LibraryRef {
    /// The library's folder inside the site's `libraries/` folder
    /// (`informed` for `libraries/informed/`): lowercase letters, digits and hyphens.
    pub name: String,
    /// The library's procedures to publish, by folder name; all of them if not given.
    #[serde(default)]
    pub procedures: Option<Vec<String>>,
    /// The library version this site was checked against (as `informed library
    /// diff` shows it): a build stops if the library folder holds another.
    #[serde(default)]
    pub pin: Option<String>,
}

/// What a site lays over a library's procedure: `content/procedures/<slug>/local.yaml`.
///
/// Lists of short texts are merged entry by entry (an id the library has is
/// replaced, a new id is added after the library's); `contact` and `audit`
/// replace the library's whole. A figure may be replaced only with one from a
/// source of the site's own (`sources` here): a local figure is its own
/// source, never a silent edit of the library's.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LocalLayer {
    /// The team patients contact about this procedure here.
    #[serde(default)]
    pub contact: Option<Contact>,
    /// The people who help the patient decide and care for them here, merged by id.
    #[serde(default)]
    pub team: Texts,
    /// Questions to ask here, merged by id.
    #[serde(default)]
    pub questions: Texts,
    /// How outcomes are recorded here (a local registry), merged by id.
    #[serde(default)]
    pub outcomes_recording: Texts,
    /// Local arrangements under the guidance's special arrangements: what they
    /// mean for the patient here, merged by id.
    #[serde(default)]
    pub special_arrangements: Option<LocalArrangements>,
    /// The outcomes recorded for every patient here: replaces the library's audit.
    #[serde(default)]
    pub audit: Option<super::Audit>,
    /// Figures of the site's own, each replacing the library's figure for one
    /// outcome of one option, from a source listed under `sources` here.
    #[serde(default)]
    pub options: Vec<LocalOption>,
    /// The site's own sources (a local audit): their ids may not be the library's.
    #[serde(default)]
    pub sources: Vec<super::Source>,
}

/// Local arrangements: only what they mean for the patient; whether they
/// apply, and why, is the guidance's.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LocalArrangements {
    /// What the arrangements mean for the patient here, merged by id.
    #[serde(default)]
    pub meaning: Texts,
}

/// The local figures of one of the library's options.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LocalOption {
    /// The option's id in the library.
    pub id: String,
    /// Benefits whose figure is the site's own.
    #[serde(default)]
    pub benefits: Vec<LocalFigure>,
    /// Risks whose figure is the site's own.
    #[serde(default)]
    pub risks: Vec<LocalFigure>,
}

/// A figure of the site's own for one outcome of the library's.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LocalFigure {
    /// The outcome's id in the library.
    pub id: String,
    /// How often it happens here.
    #[serde(default)]
    pub frequency: Option<Frequency>,
    /// How much a measure changes here.
    #[serde(default)]
    pub change: Option<Change>,
    /// The id of the site's own source this figure comes from (under `sources` in `local.yaml`).
    pub source: String,
    /// How sure we can be of the figure (GRADE).
    #[serde(default)]
    pub certainty: Option<super::Certainty>,
}

/// One clinical sign-off, as `approvals/<slug>.yaml` lists them (oldest first).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Approval {
    /// The content version approved: 8 hex digits, as the governance pack,
    /// `informed library diff` and `informed approve` show it.
    pub version: String,
    /// Who approved it.
    pub by: String,
    /// In what role (`Clinical lead, limb reconstruction`, `Patient information group`).
    pub role: String,
    /// When.
    pub on: Date,
    /// What was reviewed.
    pub reviewed: Vec<Reviewed>,
    /// The language whose translation was reviewed, for `reviewed: [translation]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
}

impl Approval {
    /// Whether this approval lets its version be published: its content was reviewed.
    pub fn approves_content(&self) -> bool {
        self.reviewed.contains(&Reviewed::Content)
    }
}

/// What an approver reviewed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Reviewed {
    /// The procedure's text, figures and sources, as a patient reads them.
    Content,
    /// The site's local layer over a library's procedure.
    Local,
    /// A translation (with `locale`).
    Translation,
}

impl Reviewed {
    /// The word for it in files, messages and on the command line.
    pub fn word(self) -> &'static str {
        match self {
            Reviewed::Content => "content",
            Reviewed::Local => "local",
            Reviewed::Translation => "translation",
        }
    }
}

/// What one approved version of a procedure held, kept beside its approval
/// (`approvals/<slug>/<version>.yaml`) so `informed library diff` can say
/// what changed since: the files as they were, layer by layer.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Snapshot {
    /// The content version.
    pub version: String,
    /// The library the procedure came from, if any.
    #[serde(default)]
    pub library: Option<String>,
    /// `procedure.yaml`, as its layer (the library's, or the site's own) held it.
    pub procedure: String,
    /// The Markdown sections of that layer, by id.
    #[serde(default)]
    pub sections: std::collections::BTreeMap<String, String>,
    /// The site's `local.yaml`, if any.
    #[serde(default)]
    pub local: Option<String>,
    /// The sections the site's local layer replaces, by id.
    #[serde(default)]
    pub local_sections: std::collections::BTreeMap<String, String>,
    /// The procedure's translation in each language, as published then (`<tag>`: Fluent text).
    #[serde(default)]
    pub translations: std::collections::BTreeMap<String, String>,
}

/// The short form of a content hash that names a content version.
pub fn content_version(content_hash: &str) -> String {
    content_hash.chars().take(8).collect()
}

/// Whether `text` has the form of a version id (8 lowercase hex digits).
pub fn is_version_id(text: &str) -> bool {
    text.len() == 8 && text.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// Who approved the content version a document was made from, as the
/// leaflets' list, the clinicians' documents and the archive record it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ApprovalStamp {
    /// The content version approved.
    pub version: String,
    /// Who approved it.
    pub by: String,
    /// In what role.
    pub role: String,
    /// When (`YYYY-MM-DD`).
    pub on: String,
}

impl From<&Approval> for ApprovalStamp {
    fn from(a: &Approval) -> ApprovalStamp {
        ApprovalStamp { version: a.version.clone(), by: a.by.clone(), role: a.role.clone(), on: a.on.to_string() }
    }
}
