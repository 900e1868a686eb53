//! The messages for reading the card (`crates/card`) and saving what it read. Nothing
//! is saved on any of these; each says what went wrong and what to do.

use chrono::NaiveDate;

use crate::i18n::{Lang, Locale};
use crate::wareki::format_both;

/// Why the card could not be read, or its reading not saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CardProblem {
    /// No PC/SC service: pcscd not installed or not running (Linux), the Smart Card
    /// service not started (Windows starts it once a reader is attached).
    NoService,
    /// The service answers, but no card reader is connected.
    NoReader,
    /// `--reader NAME`: no connected reader has that name.
    ReaderNotFound,
    /// No card was placed on the reader within the wait.
    NoCard { seconds: u64 },
    /// The card refused the JPKI application: not a My Number Card.
    NotMyNumberCard,
    /// The old 住基カード (its JPKI token has no `2`): not usable for this.
    JukiCard,
    /// The card was lifted (or the reader reset) in the middle of the reading.
    CardRemoved,
    /// The certificate's bytes are not a certificate the app can read (truncated …).
    UnreadableCertificate,
    /// The reader or the service failed in another way.
    ReaderFailed,
    /// The user stopped the wait.
    Cancelled,
    /// The read expiry fits none of the member's dates: saved only when confirmed.
    NotThisMember { expiry: NaiveDate },
}

pub(super) fn card_message(problem: &CardProblem, locale: Locale) -> String {
    let lang = locale.lang;
    match problem {
        CardProblem::NoService => no_service_message(lang).to_string(),
        CardProblem::NoReader => lang
            .pick(
                "カードリーダーが見つかりません。カードリーダーをパソコンにつないでから、もう一度お試しください。つないでいる場合は、いったん抜いて差し直してください。",
                "No card reader was found. Connect the card reader to the computer and try again; if it is connected, unplug it and plug it in again.",
            )
            .to_string(),
        CardProblem::ReaderNotFound => lang
            .pick(
                "指定された名前のカードリーダーがつながっていません。`hoken-techo card readers` で名前を確かめてください。",
                "No connected card reader has that name. List the names with `hoken-techo card readers`.",
            )
            .to_string(),
        CardProblem::NoCard { seconds } => match lang {
            Lang::Ja => format!(
                "{seconds}秒待ちましたが、カードが置かれませんでした。マイナンバーカードをカードリーダーの上（非接触型は読み取り面の中央）に置いてから、もう一度お試しください。"
            ),
            Lang::En => format!(
                "No card was placed within {seconds} seconds. Put the My Number Card on the reader (on a contactless reader, flat on the middle of its surface) and try again."
            ),
        },
        CardProblem::NotMyNumberCard => lang
            .pick(
                "置かれたカードはマイナンバーカードではないようです（公的個人認証の機能がありません）。マイナンバーカードを置いて、もう一度お試しください。",
                "The card on the reader does not seem to be a My Number Card (it has no public key application, JPKI). Put the My Number Card on the reader and try again.",
            )
            .to_string(),
        CardProblem::JukiCard => lang
            .pick(
                "置かれたカードは住民基本台帳カード（住基カード）です。住基カードの電子証明書は使えません。マイナンバーカードを置いて、もう一度お試しください。",
                "The card on the reader is an old resident registry card (住基カード), whose certificates can no longer be used. Put the My Number Card on the reader and try again.",
            )
            .to_string(),
        CardProblem::CardRemoved => lang
            .pick(
                "読み取りの途中でカードが離れました。何も保存していません。カードを置いたまま動かさずに、もう一度お試しください。",
                "The card was moved away during the reading. Nothing was saved. Keep the card still on the reader and try again.",
            )
            .to_string(),
        CardProblem::UnreadableCertificate => lang
            .pick(
                "カードの電子証明書を読み取れませんでした（データが途中で切れているか、形式が違います）。何も保存していません。カードを置き直して、もう一度お試しください。続くときは、有効期限を手で入力してください。",
                "The card's certificate could not be read (its data is cut short or not in the expected form). Nothing was saved. Put the card on the reader again and retry; if it keeps failing, enter the expiry by hand.",
            )
            .to_string(),
        CardProblem::ReaderFailed => lang
            .pick(
                "カードリーダーとの通信に失敗しました。何も保存していません。カードリーダーを差し直してから、もう一度お試しください。",
                "Talking to the card reader failed. Nothing was saved. Unplug the reader, plug it in again and retry.",
            )
            .to_string(),
        CardProblem::Cancelled => lang
            .pick(
                "読み取りを中止しました。何も保存していません。",
                "Reading was cancelled. Nothing was saved.",
            )
            .to_string(),
        CardProblem::NotThisMember { expiry } => match lang {
            Lang::Ja => format!(
                "読み取った有効期限（{}）が、この方の誕生日にも、カードや在留期間の有効期限にも当たらないため、保存していません。別のご家族のカードではないか確かめてください。この方のカードで間違いなければ、確認したうえで保存してください（コマンドでは --yes）。",
                format_both(*expiry, locale)
            ),
            Lang::En => format!(
                "The expiry read from the card ({}) is on neither this person's birthday nor the card's or residence period's end, so it was not saved. Check that it is not another family member's card; if it is this person's, confirm to save it (on the command line: --yes).",
                format_both(*expiry, locale)
            ),
        },
    }
}

/// Each platform has its own way to start the service.
fn no_service_message(lang: Lang) -> &'static str {
    if cfg!(windows) {
        lang.pick(
            "スマートカードのサービスに接続できません。Windowsでは、カードリーダーをつなぐと「Smart Card」サービスが始まります。カードリーダーをつないでから、もう一度お試しください。",
            "Cannot reach the smart-card service. On Windows the Smart Card service starts once a card reader is attached: connect the reader, then try again.",
        )
    } else if cfg!(target_os = "macos") {
        lang.pick(
            "スマートカードのサービスに接続できません。カードリーダーをつなぎ直してから、もう一度お試しください。",
            "Cannot reach the smart-card service. Reconnect the card reader and try again.",
        )
    } else {
        lang.pick(
            "スマートカードのサービス（pcscd）に接続できません。pcscd が入っていないか、動いていません。`sudo apt install pcscd` で入れてから、`sudo systemctl start pcscd.socket` で起動して、もう一度お試しください。",
            "Cannot reach the smart-card service (pcscd): it is not installed or not running. Install it with `sudo apt install pcscd`, start it with `sudo systemctl start pcscd.socket`, then try again.",
        )
    }
}
