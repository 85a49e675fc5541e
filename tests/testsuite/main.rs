//! The end-to-end tests, in one binary: each module builds or checks fixture
//! sites from `tests/sites/` with the real `informed` binary (or, for the
//! property tests, the library) and asserts on what a reader, an editor or a
//! translator would see.
//!
//! One binary links the program (typst included) once instead of once per
//! file. Run a part with `cargo test --test testsuite MODULE::`, for example
//! `cargo test --test testsuite diagnostics::`.

mod common;

mod build;
mod clinicians;
mod diagnostics;
mod doors;
mod editor;
mod evidence;
mod hostile;
#[cfg(feature = "pdf")]
mod leaflets;
mod library;
mod never_panics;
mod outline;
#[cfg(feature = "pdf")]
mod scale;
mod serve;
mod serve_session;
mod shape;
mod translations;
mod web;
mod xliff;
