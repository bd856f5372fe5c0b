//! `packfuse devices`: one line per device kind, `name  yes|no  detail`, best kind first; the
//! device a command would pick is marked `[selected]`.

use std::io::Write;

use packfuse::codegen::backend;

use super::{say, CliError};

pub fn run(device: Option<&str>, out: &mut dyn Write) -> Result<(), CliError> {
    // Selection may fail (PACKFUSE_DEVICE=cuda here): the listing is still the answer, and
    // the reason shows on the line of the device that is missing.
    let selected = backend::select(device).ok().map(|b| b.name());
    for r in packfuse::devices() {
        let mark = if selected == Some(r.kind.name()) { " [selected]" } else { "" };
        let avail = if r.available { "yes" } else { "no" };
        say(out, format_args!("{:<7}{avail:<5}{}{mark}", r.kind.name(), r.detail))?;
    }
    Ok(())
}
