//! PDFs compiled in worker processes, each document held to a time and a
//! memory budget.
//!
//! typst is a programming language: a site's own `leaflet.typ` can loop for
//! an hour or fill the memory, and typst has no way to stop itself. So a
//! build hands each document to a worker: the `informed` program itself,
//! started as `informed pdf-worker`, which loads the fonts once and then
//! compiles one document at a time, as the build sends them on its standard
//! input. A worker that takes longer than the time budget is killed (the
//! build fails, naming the template); one that exceeds the memory budget
//! (its address space is limited, where the system allows) dies, and the
//! build fails the same way. Nothing a worker does can stop the build
//! itself, or leave it waiting.
//!
//! The messages are length-prefixed byte strings: first the fonts and images
//! (once), then per document its template's name and text, its data, its
//! document id and its imposition ([`Imposition::name`]: none, or a booklet);
//! the answer is a status byte and the PDF or the error's words, and for a
//! booklet the imposed PDF after the first.

use super::{Imposition, PdfEngine};
use std::io::{BufReader, BufWriter, Read, Write};
use std::path::PathBuf;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::Mutex;
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};

pub use crate::render::PdfBudget as Budget;

/// The largest message read from either side: far more than any PDF.
const MAX_MESSAGE: u64 = 1 << 30;

/// Workers, started as documents need them and reused.
pub(super) struct Pool {
    budget: Budget,
    /// What every worker is given first: the fonts and images.
    setup: Vec<Vec<u8>>,
    idle: Mutex<Vec<Worker>>,
}

impl std::fmt::Debug for Pool {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pool").field("budget", &self.budget).finish_non_exhaustive()
    }
}

struct Worker {
    child: Child,
    input: BufWriter<ChildStdin>,
    answers: Receiver<std::io::Result<(u8, Vec<u8>)>>,
}

impl Drop for Worker {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Pool {
    pub(super) fn new(budget: Budget, fonts: &[(PathBuf, Vec<u8>)], images: &[(String, Vec<u8>)]) -> Pool {
        let mut setup = vec![(fonts.len() as u64).to_le_bytes().to_vec()];
        setup.extend(fonts.iter().map(|(_, bytes)| bytes.clone()));
        setup.push((images.len() as u64).to_le_bytes().to_vec());
        for (path, bytes) in images {
            setup.push(path.as_bytes().to_vec());
            setup.push(bytes.clone());
        }
        Pool { budget, setup, idle: Mutex::new(Vec::new()) }
    }

    /// Compiles one document in a worker, within the budget: its PDF, and the
    /// booklet too where `imposition` asks for one.
    pub(super) fn compile(
        &self,
        name: &str,
        source: &str,
        data: &[u8],
        ident: &str,
        imposition: Imposition,
    ) -> Result<(Vec<u8>, Option<Vec<u8>>), String> {
        let taken = self.idle.lock().ok().and_then(|mut idle| idle.pop());
        let mut worker = match taken {
            Some(worker) => worker,
            None => self.start()?,
        };
        let sent = [name.as_bytes(), source.as_bytes(), data, ident.as_bytes(), imposition.name()]
            .iter()
            .try_for_each(|part| send(&mut worker.input, part))
            .and_then(|()| worker.input.flush());
        let template = format!("templates/{name}");
        let stopped = |worker: &mut Worker| {
            let status = worker.child.wait().ok();
            let signal = status.and_then(|s| {
                #[cfg(unix)]
                {
                    std::os::unix::process::ExitStatusExt::signal(&s)
                }
                #[cfg(not(unix))]
                {
                    let _ = s;
                    None
                }
            });
            format!(
                "{template}: the PDF compiler stopped while laying out this document{}; it may have needed more \
                 than its memory budget of {} GB",
                signal.map(|s| format!(" (signal {s})")).unwrap_or_default(),
                self.budget.memory >> 30
            )
        };
        if sent.is_err() {
            return Err(stopped(&mut worker));
        }
        match worker.answers.recv_timeout(self.budget.time) {
            Ok(Ok((0, pdf))) => {
                if let Ok(mut idle) = self.idle.lock() {
                    idle.push(worker);
                }
                if imposition == Imposition::None {
                    return Ok((pdf, None));
                }
                let mut pdfs = pdf.as_slice();
                let pages = receive(&mut pdfs).map_err(|e| format!("{template}: {e}"))?;
                let booklet = receive(&mut pdfs).map_err(|e| format!("{template}: {e}"))?;
                Ok((pages, Some(booklet)))
            }
            Ok(Ok((_, words))) => {
                if let Ok(mut idle) = self.idle.lock() {
                    idle.push(worker);
                }
                Err(String::from_utf8_lossy(&words).into_owned())
            }
            Ok(Err(_)) | Err(RecvTimeoutError::Disconnected) => Err(stopped(&mut worker)),
            Err(RecvTimeoutError::Timeout) => {
                let _ = worker.child.kill();
                Err(format!(
                    "{template}: laying out this document took longer than {} seconds, so it was stopped; \
                     look for a loop that never ends in the template",
                    self.budget.time.as_secs()
                ))
            }
        }
    }

    fn start(&self) -> Result<Worker, String> {
        let mut command = Command::new(&self.budget.program);
        command.arg("pdf-worker").stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::null());
        limit_memory(&mut command, self.budget.memory);
        let mut child = command.spawn().map_err(|e| format!("cannot start the PDF compiler: {e}"))?;
        let (Some(stdin), Some(stdout)) = (child.stdin.take(), child.stdout.take()) else {
            return Err("cannot talk to the PDF compiler".to_string());
        };
        let (tx, answers) = channel();
        std::thread::Builder::new()
            .name("pdf-worker-answers".to_string())
            .spawn(move || {
                let mut reader = BufReader::new(stdout);
                loop {
                    let answer = receive(&mut reader).and_then(|status| {
                        let status = status.first().copied().unwrap_or(1);
                        receive(&mut reader).map(|body| (status, body))
                    });
                    let failed = answer.is_err();
                    if tx.send(answer).is_err() || failed {
                        break;
                    }
                }
            })
            .map_err(|e| format!("cannot start the PDF compiler: {e}"))?;
        let mut worker = Worker { child, input: BufWriter::new(stdin), answers };
        for part in &self.setup {
            send(&mut worker.input, part).map_err(|e| format!("cannot start the PDF compiler: {e}"))?;
        }
        Ok(worker)
    }
}

/// Limits the address space of the process `command` starts, where the
/// system can: an allocation past it fails, and the worker stops.
#[cfg(target_os = "linux")]
fn limit_memory(command: &mut Command, bytes: u64) {
    use std::os::unix::process::CommandExt;
    // SAFETY: setrlimit is async-signal-safe and touches only the new process.
    unsafe {
        command.pre_exec(move || {
            let limit = libc::rlimit { rlim_cur: bytes, rlim_max: bytes };
            libc::setrlimit(libc::RLIMIT_AS, &limit);
            Ok(())
        });
    }
}

#[cfg(not(target_os = "linux"))]
fn limit_memory(_: &mut Command, _: u64) {}

fn send(to: &mut impl Write, bytes: &[u8]) -> std::io::Result<()> {
    to.write_all(&(bytes.len() as u64).to_le_bytes())?;
    to.write_all(bytes)
}

fn receive(from: &mut impl Read) -> std::io::Result<Vec<u8>> {
    let mut length = [0u8; 8];
    from.read_exact(&mut length)?;
    let length = u64::from_le_bytes(length);
    if length > MAX_MESSAGE {
        return Err(std::io::Error::other("a message larger than the limit"));
    }
    let mut bytes = Vec::with_capacity(length.min(64 << 20) as usize);
    from.take(length).read_to_end(&mut bytes)?;
    if bytes.len() as u64 != length {
        return Err(std::io::ErrorKind::UnexpectedEof.into());
    }
    Ok(bytes)
}

fn count(from: &mut impl Read) -> std::io::Result<usize> {
    let bytes = receive(from)?;
    let bytes: [u8; 8] = bytes.try_into().map_err(|_| std::io::Error::other("a count that is not a count"))?;
    Ok(u64::from_le_bytes(bytes) as usize)
}

/// The worker's side (`informed pdf-worker`): reads the fonts and images,
/// then compiles each document it is sent, until its input ends.
pub fn serve(input: impl Read, output: impl Write) -> Result<(), String> {
    let mut input = BufReader::new(input);
    let mut output = BufWriter::new(output);
    let io = |e: std::io::Error| e.to_string();
    let fonts = (0..count(&mut input).map_err(io)?)
        .map(|_| receive(&mut input).map(|bytes| (PathBuf::new(), bytes)))
        .collect::<std::io::Result<Vec<_>>>()
        .map_err(io)?;
    let images = (0..count(&mut input).map_err(io)?)
        .map(|_| {
            let path = String::from_utf8_lossy(&receive(&mut input)?).into_owned();
            Ok((path, receive(&mut input)?))
        })
        .collect::<std::io::Result<Vec<_>>>()
        .map_err(io)?;
    let engine = PdfEngine::new(&fonts).with_images(&images);
    loop {
        let name = match receive(&mut input) {
            Ok(name) => String::from_utf8_lossy(&name).into_owned(),
            Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => return Ok(()),
            Err(e) => return Err(e.to_string()),
        };
        let source = String::from_utf8_lossy(&receive(&mut input).map_err(io)?).into_owned();
        let data = receive(&mut input).map_err(io)?;
        let ident = String::from_utf8_lossy(&receive(&mut input).map_err(io)?).into_owned();
        let imposition = Imposition::named(&receive(&mut input).map_err(io)?);
        let (status, body) = match engine.compile_in_process(&name, &source, data, &ident, imposition) {
            Ok((pdf, None)) => (0u8, pdf),
            Ok((pdf, Some(booklet))) => {
                let mut both = Vec::with_capacity(pdf.len() + booklet.len() + 16);
                send(&mut both, &pdf).and_then(|()| send(&mut both, &booklet)).map_err(io)?;
                (0u8, both)
            }
            Err(words) => (1u8, words.into_bytes()),
        };
        send(&mut output, &[status])
            .and_then(|()| send(&mut output, &body))
            .and_then(|()| output.flush())
            .map_err(io)?;
    }
}
