//! The commands, one module each. A command reads its arguments (clap has
//! parsed them), calls the library, and says what happened: on standard
//! error for people, on standard output where a tool reads it.

pub mod approve;
pub mod audit;
pub mod build;
pub mod check;
pub mod corpus;
pub mod l10n;
pub mod library;
pub mod new;
pub mod pdf_worker;
pub mod report;
pub mod schema;
pub mod serve;

use clap::ValueEnum;
use informed::diagnostic::Diagnostic;
use informed::model::Date;
use std::path::PathBuf;
use std::process::ExitCode;

/// Where the site is, and the day checks are made against: every command
/// that reads a site takes these.
#[derive(clap::Args, Clone, Debug)]
pub struct SiteArgs {
    /// The content folder. Its `locales/` and `templates/` sit beside it.
    #[arg(long, short, default_value = "content")]
    pub content: PathBuf,
    /// The date to check review dates against (YYYY-MM-DD); today if not given.
    #[arg(long, value_parser = parse_date)]
    pub today: Option<Date>,
}

impl SiteArgs {
    /// The checks' options: the day review dates are checked against.
    pub fn check_options(&self) -> informed::check::CheckOptions {
        informed::check::CheckOptions { today: self.today.unwrap_or_else(Date::today) }
    }
}

/// How a command prints what it found.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum, Debug)]
pub enum Format {
    /// Readable, with the place of each problem.
    Human,
    /// One JSON document, for CI and editors (see docs/diagnostics.md).
    Json,
}

/// A date as written on the command line.
pub fn parse_date(text: &str) -> Result<Date, String> {
    Date::parse(text)
}

/// Loads the site, keeping the text of every file read for reports to show.
pub fn load(content: &std::path::Path) -> Result<informed::load::Project, Vec<Diagnostic>> {
    let (project, sources) = informed::load::load_with_sources(content, None);
    report::remember(sources);
    project
}

/// Prints diagnostics for a person.
pub fn print_human(diagnostics: &[Diagnostic]) {
    report::human(diagnostics);
}

/// Prints what stopped a build, and says nothing was written.
pub fn report_failure(diagnostics: &[Diagnostic]) -> ExitCode {
    print_human(diagnostics);
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    eprintln!("build failed with {errors} error{}; nothing was written", plural(errors));
    ExitCode::from(1)
}

/// Says a command could not run (a folder it may not write, say): exit 2.
pub fn cannot_run(err: &str) -> ExitCode {
    eprintln!("error: {err}");
    ExitCode::from(2)
}

/// The budget each PDF compiles within: in a worker process, this program
/// started as `informed pdf-worker` (see `informed::render::pdf::worker`).
pub fn pdf_budget(seconds: u64) -> Option<informed::render::PdfBudget> {
    let program = std::env::current_exe().ok()?;
    let mut budget = informed::render::PdfBudget::new(program);
    budget.time = std::time::Duration::from_secs(seconds.max(1));
    Some(budget)
}

/// "s" for any count but one.
pub fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
