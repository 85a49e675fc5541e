//! informed: patient information for shared decision making, from content to static pages.
//!
//! The pipeline, one step a module, data flowing one way ([`pipeline`] puts them in order):
//!
//! 1. [`load`] reads and parses every file once (`content/`, `locales/`, `templates/`,
//!    `static/`, `fonts/`) into the typed [`model`], parsed Fluent and translation state, keeping spans.
//! 2. [`check`] reports every problem with file, line and column: content and the source
//!    language stop the build; a translation's problems leave only that translation out.
//! 3. [`plan`] applies the publishing policy: which pages go out in which language, with which notices.
//! 4. [`view`] localises: one small view model per page and locale, words from [`l10n`], numbers from [`risk`].
//! 5. [`output`] renders: one file per kind of output, through [`render`]'s tera and typst, at places from [`paths`].
//! 6. [`write`](mod@write) writes each file to a fresh folder as soon as it is made, and swaps the
//!    folder in whole when the build has succeeded.
//!
//! [`cache`] keeps compiled PDFs between builds, by a hash of everything that makes them.

#![warn(missing_docs)]

pub mod audit;
pub mod cache;
pub mod check;
pub mod diagnostic;
pub mod hash;
pub mod l10n;
pub mod links;
pub mod load;
pub mod markdown;
pub mod model;
pub mod new;
pub mod output;
pub mod paths;
pub mod pipeline;
pub mod plan;
pub mod render;
pub mod risk;
pub mod schema;
pub mod serve;
pub mod translate;
pub mod view;
pub mod write;
