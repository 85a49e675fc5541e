//! `informed check`: every problem in the content and translations, written
//! for the person who can fix it; nothing is written.

use super::{Format, SiteArgs, load, print_human, report};
use informed::diagnostic::Severity;
use std::process::ExitCode;

/// `informed check`'s arguments.
#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    site: SiteArgs,
    /// How to print what is found.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// Treat warnings as errors (`--deny warnings`).
    #[arg(long, value_parser = ["warnings"])]
    deny: Option<String>,
    /// Leave out warnings with this code (repeatable), for example
    /// `--allow l10n-missing` while translations of a new procedure are under way.
    #[arg(long, value_name = "CODE")]
    allow: Vec<String>,
    /// Also print the IPDAS minimum-standards checklist for each procedure.
    #[arg(long)]
    ipdas: bool,
    /// Also print readability scores for each page and locale.
    #[arg(long)]
    readability: bool,
}

/// Runs `informed check`.
pub fn run(args: &Args) -> ExitCode {
    let mut diagnostics = match load(&args.site.content) {
        Ok(project) => {
            if args.ipdas {
                report::ipdas(&project, args.format);
            }
            if args.readability {
                report::readability(&project, args.format);
            }
            let found = informed::pipeline::check(&project, &args.site.check_options());
            informed::pipeline::drop_aside(project);
            found
        }
        Err(diagnostics) => diagnostics,
    };
    // Only warnings can be allowed: an error always stops the build.
    diagnostics.retain(|d| d.is_error() || !args.allow.iter().any(|code| code == d.code));
    match args.format {
        Format::Human => {
            print_human(&diagnostics);
            if diagnostics.is_empty() {
                eprintln!("no problems found");
            }
        }
        Format::Json => report::json(&diagnostics),
    }
    let deny = args.deny.is_some();
    let failed = diagnostics.iter().any(|d| d.is_error() || (deny && d.severity == Severity::Warning));
    if failed { ExitCode::from(1) } else { ExitCode::SUCCESS }
}
