//! `hoken-techo encryption set|change|remove|status`. Passphrases come from environment
//! variables only, never from arguments (which other users can see in `ps`).

use clap::Subcommand;
use hoken_techo_core::household;
use hoken_techo_core::store::{EncryptionChanged, EncryptionStatus};
use hoken_techo_core::{Error, Lang, Passphrase, Store};

use crate::args::{passphrase_from, Cli, NEW_PASSPHRASE_ENV};
use crate::output::Output;

#[derive(Debug, Subcommand)]
pub enum EncryptionCommand {
    /// Say whether the database and its backups are encrypted (no passphrase needed).
    Status,
    /// Encrypt the database and its backups with the passphrase in the environment
    /// variable (default: the one of --passphrase-env, HOKEN_TECHO_PASSPHRASE).
    Set {
        #[arg(long, value_name = "VAR")]
        new_passphrase_env: Option<String>,
    },
    /// Re-encrypt with a new passphrase (from HOKEN_TECHO_NEW_PASSPHRASE); the current
    /// one unlocks the database as usual.
    Change {
        #[arg(long, value_name = "VAR", default_value = NEW_PASSPHRASE_ENV)]
        new_passphrase_env: String,
    },
    /// Decrypt the database and its backups.
    Remove,
}

/// `encryption status`: answered from the file alone, without the passphrase, so that it
/// also tells the truth about a database whose passphrase change was interrupted.
pub fn status(cli: &Cli, out: &Output) -> Result<(), Error> {
    let status = household::encryption_status(&cli.database_path())?;
    out.print(&status, render_status);
    Ok(())
}

fn render_status(status: &EncryptionStatus, lang: Lang) -> String {
    let (plain, encrypted) = (status.plain_backups, status.encrypted_backups);
    match (status.encrypted, plain, lang) {
        (true, 0, Lang::Ja) => format!(
            "このデータベースは暗号化されています（バックアップ {encrypted}件もすべて暗号化されています）。"
        ),
        (true, 0, Lang::En) => format!(
            "This database is encrypted (and all {encrypted} backup(s) are)."
        ),
        (true, _, Lang::Ja) => format!(
            "このデータベースは暗号化されていますが、暗号化されていないバックアップが {plain}件あります。次にパスフレーズを入れて開いたとき（どのコマンドでも）に暗号化されます。"
        ),
        (true, _, Lang::En) => format!(
            "This database is encrypted, but {plain} backup(s) are not. They are encrypted the next time the database is opened with its passphrase (by any command)."
        ),
        (false, _, Lang::Ja) => format!(
            "このデータベースは暗号化されていません（バックアップ: 暗号化なし {plain}件、暗号化あり {encrypted}件）。"
        ),
        (false, _, Lang::En) => format!(
            "This database is not encrypted (backups: {plain} plain, {encrypted} encrypted)."
        ),
    }
}

pub fn run(
    command: &EncryptionCommand,
    cli: &Cli,
    store: &mut Store,
    out: &Output,
) -> Result<(), Error> {
    let changed = match command {
        EncryptionCommand::Status => return status(cli, out),
        EncryptionCommand::Set { new_passphrase_env } => {
            let variable = new_passphrase_env.as_deref().unwrap_or(&cli.passphrase_env);
            household::set_passphrase(store, &new_passphrase(variable))?
        }
        EncryptionCommand::Change { new_passphrase_env } => {
            household::change_passphrase(store, &new_passphrase(new_passphrase_env))?
        }
        EncryptionCommand::Remove => household::remove_passphrase(store)?,
    };
    out.print(&changed, render_changed);
    Ok(())
}

/// The passphrase in `variable`, empty when it is not set: the core then says what
/// applies first (not encrypted, already encrypted, or that a passphrase is required).
fn new_passphrase(variable: &str) -> Passphrase {
    passphrase_from(variable).unwrap_or_else(|| Passphrase::new(""))
}

fn render_changed(changed: &EncryptionChanged, lang: Lang) -> String {
    let mut text = match (changed.encrypted, lang) {
        (true, Lang::Ja) => format!("データベースを暗号化しました（バックアップ {}件も同じパスフレーズにしました）。パスフレーズを忘れると、データは誰にも戻せません。", changed.backups_converted),
        (true, Lang::En) => format!("The database is encrypted (and {} backup(s) with the same passphrase). If the passphrase is lost, nobody can recover the data.", changed.backups_converted),
        (false, Lang::Ja) => format!("暗号化を解除しました（バックアップ {}件も）。", changed.backups_converted),
        (false, Lang::En) => format!("Encryption removed (also from {} backup(s)).", changed.backups_converted),
    };
    if !changed.backups_not_converted.is_empty() {
        text.push_str(&match lang {
            Lang::Ja => format!(
                "\n次のバックアップは変換できず、元のまま残してあります: {}",
                changed.backups_not_converted.join(", ")
            ),
            Lang::En => format!(
                "\nThese backups could not be converted and were left as they were: {}",
                changed.backups_not_converted.join(", ")
            ),
        });
    }
    text
}
