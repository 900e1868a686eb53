//! The JPKI application of the マイナンバーカード, as OpenSC's card-jpki.c reads it:
//! select the application, check its token, read the 利用者証明用 certificate (no PIN
//! needed) and ask the 利用者証明用 PIN how many tries are left without spending one.
//!
//! What this module never sends, and a test checks on every reading's APDU log:
//! a VERIFY with data (it would spend a try, or unlock the card), and a SELECT of EF
//! `00 01` (the 署名用 certificate, which holds name, address and date of birth).

use chrono::{Duration, NaiveDate};
use hoken_techo_core::card::{CardKind, PinTries};

use crate::der;

/// SELECT the JPKI AP by name, no FCI (`D3 92 F0 00 26 01 00 00 00 01`).
pub const SELECT_JPKI: [u8; 15] = [
    0x00, 0xA4, 0x04, 0x0C, 0x0A, 0xD3, 0x92, 0xF0, 0x00, 0x26, 0x01, 0x00, 0x00, 0x00, 0x01,
];
/// The token file: `JPKIAPICCTOKEN2` on a My Number Card.
pub const EF_TOKEN: u16 = 0x0006;
/// The 利用者証明用電子証明書 (user authentication certificate): readable without a PIN.
pub const EF_AUTH_CERT: u16 = 0x000A;
/// The 利用者証明用 PIN (4 digits, 3 tries).
pub const EF_AUTH_PIN: u16 = 0x0018;
/// The 署名用電子証明書: never selected by this crate.
pub const EF_SIGN_CERT: u16 = 0x0001;
/// Some macOS readers cut longer answers.
pub const MAX_CHUNK: usize = 0xEC;

/// Why a step failed, before it becomes the core's `CardProblem`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Failure {
    NotJpki,
    Juki,
    Removed,
    Unreadable,
    Reader,
}

/// Sends one command APDU and returns the response with its status word.
pub trait Transport {
    fn transmit(&mut self, command: &[u8]) -> Result<Vec<u8>, Failure>;
}

/// What the card said, before the reader's name is added.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CardFacts {
    pub kind: CardKind,
    pub not_after: chrono::NaiveDateTime,
    /// The last valid day: `notAfter` in JST (+09:00), e.g. 14:59:59Z is 23:59:59 JST.
    pub expires: NaiveDate,
    pub auth_pin: PinTries,
}

fn status(response: &[u8]) -> (u8, u8) {
    match response {
        [.., sw1, sw2] => (*sw1, *sw2),
        _ => (0, 0),
    }
}

fn select_file(card: &mut dyn Transport, file: u16) -> Result<bool, Failure> {
    let [high, low] = file.to_be_bytes();
    let response = card.transmit(&[0x00, 0xA4, 0x02, 0x0C, 0x02, high, low])?;
    Ok(status(&response) == (0x90, 0x00))
}

/// READ BINARY at `offset`, `length` bytes, following `61xx` (GET RESPONSE) and `6Cxx`
/// (send again with the length the card asks for). `None` when the card refuses.
fn read_binary(
    card: &mut dyn Transport,
    offset: usize,
    length: usize,
) -> Result<Option<Vec<u8>>, Failure> {
    let offset = u16::try_from(offset).map_err(|_| Failure::Unreadable)?;
    let [p1, p2] = offset.to_be_bytes();
    let mut le = u8::try_from(length).map_err(|_| Failure::Unreadable)?;
    let mut data = Vec::new();
    // A card that keeps asking is broken: a few rounds are plenty.
    for _ in 0..8 {
        let mut response = card.transmit(&[0x00, 0xB0, p1, p2, le])?;
        while let (0x61, more) = status(&response) {
            response.truncate(response.len().saturating_sub(2));
            data.extend_from_slice(&response);
            response = card.transmit(&[0x00, 0xC0, 0x00, 0x00, more])?;
        }
        match status(&response) {
            (0x90, 0x00) => {
                response.truncate(response.len() - 2);
                data.extend_from_slice(&response);
                return Ok(Some(data));
            }
            (0x6C, exact) => le = exact,
            _ => return Ok(None),
        }
    }
    Ok(None)
}

/// The whole certificate: the first 7 bytes give its DER length (`30 82 LL LL`, the
/// total being `LLLL + 4`), the rest comes in chunks of at most [`MAX_CHUNK`].
pub fn read_certificate(card: &mut dyn Transport) -> Result<Vec<u8>, Failure> {
    let head = read_binary(card, 0, 7)?.ok_or(Failure::Unreadable)?;
    let total = match head.as_slice() {
        [0x30, 0x82, high, low, ..] if head.len() == 7 => {
            usize::from(u16::from_be_bytes([*high, *low])) + 4
        }
        _ => return Err(Failure::Unreadable),
    };
    let mut certificate = head;
    while certificate.len() < total {
        let length = (total - certificate.len()).min(MAX_CHUNK);
        let chunk = read_binary(card, certificate.len(), length)?.ok_or(Failure::Unreadable)?;
        if chunk.is_empty() || chunk.len() > length {
            return Err(Failure::Unreadable);
        }
        certificate.extend_from_slice(&chunk);
    }
    Ok(certificate)
}

/// VERIFY with no data (`00 20 00 80`, no Lc): the card answers with its counter and
/// spends nothing.
fn pin_tries(card: &mut dyn Transport) -> Result<PinTries, Failure> {
    if !select_file(card, EF_AUTH_PIN)? {
        return Ok(PinTries::Unknown);
    }
    let response = card.transmit(&[0x00, 0x20, 0x00, 0x80])?;
    Ok(match status(&response) {
        (0x63, sw2) if sw2 & 0xF0 == 0xC0 => match sw2 & 0x0F {
            0 => PinTries::Locked,
            left => PinTries::Left { left },
        },
        (0x69, 0x83) => PinTries::Locked,
        _ => PinTries::Unknown,
    })
}

/// Reads what the household needs from a JPKI card, nothing more.
pub fn read(card: &mut dyn Transport) -> Result<CardFacts, Failure> {
    let response = card.transmit(&SELECT_JPKI)?;
    if status(&response) != (0x90, 0x00) {
        return Err(Failure::NotJpki);
    }
    let kind = if select_file(card, EF_TOKEN)? {
        match read_binary(card, 0, 32)? {
            Some(token) if token.starts_with(b"JPKIAPICCTOKEN2") => CardKind::MyNumberCard,
            Some(token) if token.starts_with(b"JPKIAPICCTOKEN") => return Err(Failure::Juki),
            _ => CardKind::JpkiCard,
        }
    } else {
        CardKind::JpkiCard
    };
    if !select_file(card, EF_AUTH_CERT)? {
        return Err(Failure::Unreadable);
    }
    let certificate = read_certificate(card)?;
    let not_after = der::not_after(&certificate).map_err(|_| Failure::Unreadable)?;
    drop(certificate);
    let auth_pin = pin_tries(card)?;
    Ok(CardFacts {
        kind,
        not_after,
        expires: jst_date(not_after),
        auth_pin,
    })
}

/// The day in Japan (JST, +09:00, no summer time) of a UTC time.
pub fn jst_date(utc: chrono::NaiveDateTime) -> NaiveDate {
    (utc + Duration::hours(9)).date()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn not_after_at_the_end_of_the_day_in_japan_is_that_day() {
        let at =
            |text: &str| chrono::NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S").unwrap();
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(jst_date(at("2031-06-15 14:59:59")), day(2031, 6, 15));
        assert_eq!(jst_date(at("2031-06-15 15:00:00")), day(2031, 6, 16));
        assert_eq!(jst_date(at("2031-06-14 15:00:00")), day(2031, 6, 15));
        assert_eq!(jst_date(at("2031-12-31 14:59:59")), day(2031, 12, 31));
        assert_eq!(jst_date(at("2031-12-31 15:00:00")), day(2032, 1, 1));
    }
}
