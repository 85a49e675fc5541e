//! `informed audit report`: a trust's audit data beside the leaflet's figures.

use super::{SiteArgs, cannot_run, load, print_human, report_failure};
use std::path::PathBuf;
use std::process::ExitCode;

/// The largest audit data file read: a million patients' rows is far less.
pub const MAX_AUDIT_DATA: u64 = 64 * 1024 * 1024;

/// `informed audit`'s commands.
#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// Read a procedure's audit data (CSV, one row per patient, columns as in the
    /// clinicians' `audit.csv`) and write a report: each outcome's local rate
    /// with a 95% interval, beside the figure the leaflet gives patients.
    Report {
        #[command(flatten)]
        site: SiteArgs,
        /// The procedure (its folder name).
        #[arg(long)]
        procedure: String,
        /// Where to write the report (an HTML file). Never inside a folder a
        /// build makes, since the report comes from patients' data, and never
        /// over a file informed did not make.
        #[arg(long, short)]
        output: PathBuf,
        /// The audit data.
        data: PathBuf,
    },
}

/// Runs `informed audit`.
pub fn run(command: &Command) -> ExitCode {
    let Command::Report { site, procedure, output, data } = command;
    // The report may go nowhere it should not, before anything is read.
    if let Err(err) = informed::write::made::check(output, &site.content, &[data]) {
        return cannot_run(&err);
    }
    let text = match informed::load::guard::read_given(data, MAX_AUDIT_DATA) {
        Ok(text) => text,
        Err(d) => {
            print_human(&[d]);
            eprintln!("the report was not written");
            return ExitCode::from(1);
        }
    };
    let project = match load(&site.content) {
        Ok(p) => p,
        Err(diagnostics) => return report_failure(&diagnostics),
    };
    match informed::pipeline::audit_report(&project, &site.check_options(), procedure, data, &text) {
        Ok(html) => match informed::write::made::write(output, &site.content, &[data], html.as_bytes()) {
            Ok(()) => {
                eprintln!("wrote the audit report of {procedure} to {}", output.display());
                ExitCode::SUCCESS
            }
            Err(err) => cannot_run(&err),
        },
        Err(diagnostics) => {
            print_human(&diagnostics);
            let errors = diagnostics.len();
            eprintln!("the report was not written ({errors} error{})", super::plural(errors));
            ExitCode::from(1)
        }
    }
}
