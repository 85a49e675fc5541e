//! Translators' tooling: what there is to translate, each locale's status, and the files `informed l10n` writes.

pub mod inventory;
pub mod state;
pub mod update;
