//! `informed pdf-worker` (hidden): compiles PDFs for a build, one request at a
//! time, so the build can hold each document to a time and memory budget.

use std::process::ExitCode;

/// Runs the worker until its input ends.
pub fn run() -> ExitCode {
    #[cfg(feature = "pdf")]
    {
        match informed::render::pdf::worker::serve(std::io::stdin().lock(), std::io::stdout().lock()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(err) => {
                eprintln!("error: {err}");
                ExitCode::from(2)
            }
        }
    }
    #[cfg(not(feature = "pdf"))]
    {
        eprintln!("error: this informed was built without PDF support");
        ExitCode::from(2)
    }
}
