//! informed: patient information for shared decision making, from content to static pages.
//!
//! The pipeline, one module a step, data flowing one way:
//!
//! 1. [`load`] reads `content/`, `locales/` and `templates/` into the typed [`model`], keeping spans.
//! 2. [`check`] reports every problem with file, line and column; any error stops the build.
//! 3. [`view`] localises: one small view model per page and locale, words from [`l10n`], numbers from [`risk`].
//! 4. [`render`] puts view models through tera templates.
//! 5. [`site`] writes everything to a fresh folder and swaps it in whole.

#![warn(missing_docs)]

pub mod check;
pub mod diagnostic;
pub mod hash;
pub mod l10n;
pub mod links;
pub mod load;
pub mod markdown;
pub mod model;
pub mod paths;
pub mod pipeline;
pub mod plan;
pub mod render;
pub mod risk;
pub mod serve;
pub mod translate;
pub mod view;
pub mod write;
