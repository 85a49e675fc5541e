//! Translators' tooling: the files `informed l10n update|confirm|review` write.

pub mod update;
