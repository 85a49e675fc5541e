//! `locales/<locale>/l10n-state.yaml`: which source text each translation was made from, and who reviewed what.
//!
//! Translators never edit this file by hand: `informed l10n confirm` and
//! `informed l10n review` write it. It sits beside the `.ftl` files, which
//! translation tools such as Pontoon ignore because it is not Fluent.

use crate::model::Date;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The file name, inside each locale's folder.
pub const STATE_FILE: &str = "l10n-state.yaml";

/// A locale's translation state.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct State {
    /// Per translation file (`ui.ftl`, `procedures/<slug>.ftl`): message id to the
    /// fingerprint of the source text it was translated from.
    #[serde(default)]
    pub translated: BTreeMap<String, BTreeMap<String, String>>,
    /// Per translation file: the last review.
    #[serde(default)]
    pub reviews: BTreeMap<String, Review>,
}

/// A review by a qualified translator.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Review {
    /// Who reviewed.
    pub by: String,
    /// When.
    pub on: Date,
    /// Message id to the fingerprint of the source text reviewed. A unit whose
    /// source has changed since is no longer reviewed.
    pub units: BTreeMap<String, String>,
}
