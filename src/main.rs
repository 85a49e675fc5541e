//! The `informed` command line: parses the arguments and calls one function
//! per command. Each command lives in its own module of [`cli`].

#![warn(missing_docs)]

mod cli;

/// mimalloc instead of the system's allocator: a build makes and frees
/// millions of small strings on every core, where glibc's allocator spent a
/// quarter of the time and kept memory it had freed (docs/perf.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "informed",
    version,
    about = "Patient information for shared decision making: content in, web pages and leaflets out"
)]
struct Informed {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check the content and write the site to the output folder.
    Build(cli::build::Args),
    /// Build a preview, serve it on localhost, and rebuild and refresh the browser on every save.
    Serve(cli::serve::Args),
    /// Check the content and translations; write nothing.
    Check(cli::check::Args),
    /// Audit: set a trust's audit data beside the leaflet's figures.
    Audit {
        #[command(subcommand)]
        command: cli::audit::Command,
    },
    /// Start a new procedure or a new site from templates, with `TODO` where an editor fills in.
    New {
        #[command(subcommand)]
        what: cli::new::What,
    },
    /// Write the JSON Schemas of `procedure.yaml` and `site.yaml`, for editors' tools.
    Schema(cli::schema::Args),
    /// Translations: status, update, confirm, review, export, import.
    L10n {
        #[command(subcommand)]
        command: cli::l10n::Command,
    },
    /// Record a clinician's approval of a procedure's current content version.
    Approve(cli::approve::Args),
    /// Libraries: what changed in each procedure since the version last approved.
    Library {
        #[command(subcommand)]
        command: cli::library::Command,
    },
    /// Write a generated library of N procedures in L languages, for benchmarks
    /// (and with `--hugo`, the equivalent Hugo site).
    #[command(hide = true)]
    Corpus(cli::corpus::Args),
    /// Compile PDFs for a build, one request at a time on standard input: the
    /// build starts these itself, so each document runs with a time and memory budget.
    #[command(hide = true, name = "pdf-worker")]
    PdfWorker,
}

fn main() -> ExitCode {
    match Informed::parse().command {
        Command::Build(args) => cli::build::run(&args),
        Command::Serve(args) => cli::serve::run(&args),
        Command::Check(args) => cli::check::run(&args),
        Command::Audit { command } => cli::audit::run(&command),
        Command::New { what } => cli::new::run(&what),
        Command::Schema(args) => cli::schema::run(&args),
        Command::L10n { command } => cli::l10n::run(command),
        Command::Approve(args) => cli::approve::run(&args),
        Command::Library { command } => cli::library::run(&command),
        Command::Corpus(args) => cli::corpus::run(&args),
        Command::PdfWorker => cli::pdf_worker::run(),
    }
}
