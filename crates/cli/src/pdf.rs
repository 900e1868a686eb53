//! `hoken-techo pdf [--member ID | --household] [--cutouts] -o FILE`: the printable
//! personal copy of the 資格情報のお知らせ (issue 8).

use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use clap::Args;
use hoken_techo_core::household::{self, Context};
use hoken_techo_core::pdf::{self, ExpiryLine, PdfMember, PdfRequest};
use hoken_techo_core::{Error, Lang, Member, Store};
use serde::Serialize;

use crate::output::Output;

#[derive(Debug, Args)]
pub struct PdfArgs {
    /// One member's sheet, with its card-sized cut-out (see `member list` for the ID).
    #[arg(long, value_name = "ID", conflicts_with = "household")]
    pub member: Option<i64>,
    /// The household overview and every member's sheet (the default).
    #[arg(long)]
    pub household: bool,
    /// Add a sheet of card-sized cut-outs (up to 10 per A4 page) at the end.
    #[arg(long)]
    pub cutouts: bool,
    /// The PDF file to write. It is replaced if it exists and readable by you only.
    /// Nothing personal goes into the name unless you type it.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: PathBuf,
}

/// What `--json` prints.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Written {
    path: String,
    bytes: usize,
}

pub fn run(args: &PdfArgs, store: &Store, ctx: Context, out: &Output) -> Result<(), Error> {
    let members = match args.member {
        Some(id) => vec![gather(store, store.member(id)?, ctx)?],
        None => store
            .members()?
            .into_iter()
            .map(|member| gather(store, member, ctx))
            .collect::<Result<Vec<_>, Error>>()?,
    };
    let request = PdfRequest {
        members: &members,
        // "Today" is the printing date: the same injected clock as every other command.
        printed_on: ctx.today,
        overview: args.member.is_none(),
        sheets: true,
        cutout_sheet: args.cutouts,
    };
    let bytes = pdf::render(&request)?;
    write_atomically(&args.output, &bytes)
        .map_err(|_| Error::Pdf(hoken_techo_core::error::PdfProblem::CannotWrite))?;
    let written = Written {
        path: args.output.display().to_string(),
        bytes: bytes.len(),
    };
    out.print(&written, render);
    Ok(())
}

/// The member, their current qualification and each document's next expiry.
fn gather(store: &Store, member: Member, ctx: Context) -> Result<PdfMember, Error> {
    let qualification = store
        .qualifications_of(member.id)?
        .into_iter()
        .find(|q| q.lost_on.is_none());
    // The documents as the status shows them today; those with an expiry date are listed.
    let expiries = household::list_documents(
        store,
        member.id,
        Context {
            lang: Lang::Ja,
            ..ctx
        },
    )?
    .into_iter()
    .filter_map(|document| {
        document.expiry.map(|expiry| ExpiryLine {
            document: document.kind_label,
            expires: expiry.label,
        })
    })
    .collect();
    Ok(PdfMember {
        member,
        qualification,
        expiries,
    })
}

fn render(written: &Written, lang: Lang) -> String {
    let kb = written.bytes.div_ceil(1024);
    match lang {
        Lang::Ja => format!("PDFを保存しました: {}（{kb} KB）", written.path),
        Lang::En => format!("Saved the PDF: {} ({kb} KB)", written.path),
    }
}

/// Writes `bytes` to `path` so that a reader never sees half a file and a failure leaves
/// any previous file as it was: a temporary file next to it, flushed to disk, then renamed
/// over it. On Unix the file is created 0600 (it holds 記号・番号, DOMAIN §8).
fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "not a file path"))?;
    let temporary = dir.join(format!(
        ".{}.{}.tmp",
        name.to_string_lossy(),
        std::process::id()
    ));
    let result = (|| {
        let mut options = OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let mut file = options.open(&temporary)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        fs::rename(&temporary, path)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temporary);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_is_replaced_whole_and_readable_by_the_owner_only() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("copy.pdf");
        fs::write(&path, b"old").expect("old file");
        write_atomically(&path, b"%PDF-new").expect("written");
        assert_eq!(fs::read(&path).expect("read"), b"%PDF-new");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&path).expect("metadata").permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let leftovers: Vec<_> = fs::read_dir(dir.path()).expect("list").collect();
        assert_eq!(leftovers.len(), 1, "no temporary file is left");
    }

    #[test]
    fn a_failed_write_leaves_nothing_behind() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("missing-folder").join("copy.pdf");
        assert!(write_atomically(&path, b"%PDF").is_err());
        assert_eq!(fs::read_dir(dir.path()).expect("list").count(), 0);
    }
}
