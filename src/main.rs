//! The `informed` command line: build, check.

use clap::{Parser, Subcommand, ValueEnum};
use informed::check::CheckOptions;
use informed::diagnostic::{Diagnostic, Severity};
use informed::model::Date;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "informed",
    version,
    about = "Patient information for shared decision making: content in, web pages and leaflets out"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check the content and write the site to the output folder.
    Build {
        #[command(flatten)]
        site: SiteArgs,
        /// Where to write the site. It is replaced whole, and only when the build succeeds.
        #[arg(long, short, default_value = "public")]
        output: PathBuf,
    },
    /// Check the content and translations; write nothing.
    Check {
        #[command(flatten)]
        site: SiteArgs,
        /// How to print what is found.
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
        /// Treat warnings as errors (`--deny warnings`).
        #[arg(long, value_parser = ["warnings"])]
        deny: Option<String>,
    },
}

#[derive(clap::Args)]
struct SiteArgs {
    /// The content folder. Its `locales/` and `templates/` sit beside it.
    #[arg(long, short, default_value = "content")]
    content: PathBuf,
    /// The date to check review dates against (YYYY-MM-DD); today if not given.
    #[arg(long, value_parser = parse_date)]
    today: Option<Date>,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// Readable, with the place of each problem.
    Human,
    /// One JSON document, for CI and editors (see docs/diagnostics.md).
    Json,
}

fn parse_date(text: &str) -> Result<Date, String> {
    Date::parse(text)
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Build { site, output } => build(&site, &output),
        Command::Check { site, format, deny } => check(&site, format, deny.is_some()),
    }
}

fn options(site: &SiteArgs) -> CheckOptions {
    CheckOptions {
        today: site.today.unwrap_or_else(Date::today),
    }
}

fn build(site: &SiteArgs, output: &std::path::Path) -> ExitCode {
    let project = match informed::load::load(&site.content) {
        Ok(p) => p,
        Err(diagnostics) => return report_failure(&diagnostics),
    };
    match informed::build::build(&project, &options(site)) {
        Ok(built) => {
            print_human(&built.warnings);
            if let Err(err) = informed::site::write(output, &built.files) {
                eprintln!("error: {err}");
                return ExitCode::from(2);
            }
            eprintln!("wrote {} pages to {}", built.pages.len(), output.display());
            ExitCode::SUCCESS
        }
        Err(diagnostics) => report_failure(&diagnostics),
    }
}

fn check(site: &SiteArgs, format: Format, deny_warnings: bool) -> ExitCode {
    let diagnostics = match informed::load::load(&site.content) {
        Ok(project) => informed::check::check(&project, &options(site)),
        Err(diagnostics) => diagnostics,
    };
    match format {
        Format::Human => {
            print_human(&diagnostics);
            if diagnostics.is_empty() {
                eprintln!("no problems found");
            }
        }
        Format::Json => println!(
            "{}",
            serde_json::to_string_pretty(&serde_json::json!({ "diagnostics": diagnostics })).unwrap_or_default()
        ),
    }
    let failed = diagnostics
        .iter()
        .any(|d| d.is_error() || (deny_warnings && d.severity == Severity::Warning));
    if failed { ExitCode::from(1) } else { ExitCode::SUCCESS }
}

fn report_failure(diagnostics: &[Diagnostic]) -> ExitCode {
    print_human(diagnostics);
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    eprintln!(
        "build failed with {errors} error{}; nothing was written",
        if errors == 1 { "" } else { "s" }
    );
    ExitCode::from(1)
}

fn print_human(diagnostics: &[Diagnostic]) {
    for d in diagnostics {
        let severity = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        eprintln!(
            "{}:{}:{}: {severity}[{}]: {}",
            d.file.display(),
            d.line,
            d.column,
            d.code,
            d.message
        );
        if let Some(hint) = &d.hint {
            eprintln!("  hint: {hint}");
        }
    }
}
