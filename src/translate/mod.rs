//! Translators' tooling: the files `informed l10n update|confirm|review|export|import` write.

pub mod carry;
pub mod glossary;
pub mod update;
pub mod xliff;
