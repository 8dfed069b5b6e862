//! What a command prints and how it ends, written out in one place so that a closed pipe
//! (`errcodes export ... | head -1`) ends the command quietly instead of in a panic.

use std::io::{ErrorKind, Write};

/// The text a command writes to stdout and stderr, and its exit status.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Output {
    /// What goes to stdout: the answer.
    pub stdout: String,
    /// What goes to stderr: diagnostics, reports, errors. May hold ANSI styles, which are
    /// removed unless stderr is a terminal that wants colour.
    pub stderr: String,
    /// The exit status.
    pub status: u8,
}

impl Output {
    /// An answer on stdout, status 0.
    pub fn answer(stdout: String) -> Output {
        Output {
            stdout,
            ..Output::default()
        }
    }

    /// A failure to do the job (status 2), explained on stderr.
    pub fn trouble(message: impl std::fmt::Display) -> Output {
        Output {
            stderr: format!("error: {message}\n"),
            status: 2,
            ..Output::default()
        }
    }

    /// Writes stderr, then stdout, and returns the status. A reader that went away is not an
    /// error worth reporting: the command stops writing and ends with the status it had.
    pub fn write(self) -> u8 {
        // anstream drops the styles when the stream is not a terminal or NO_COLOR is set.
        let _ = write_all(&mut anstream::stderr(), &self.stderr);
        match write_all(&mut anstream::stdout(), &self.stdout) {
            Err(error) if error.kind() != ErrorKind::BrokenPipe => {
                let _ = writeln!(std::io::stderr(), "error: cannot write the output: {error}");
                2
            }
            _ => self.status,
        }
    }
}

fn write_all(stream: &mut impl Write, text: &str) -> std::io::Result<()> {
    stream.write_all(text.as_bytes())?;
    stream.flush()
}
