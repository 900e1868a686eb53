//! Just enough DER to find an X.509 certificate's `notAfter` (RFC 5280 §4.1):
//!
//! ```text
//! Certificate ::= SEQUENCE { tbsCertificate SEQUENCE { [0] version OPTIONAL,
//!     serialNumber INTEGER, signature SEQUENCE, issuer SEQUENCE,
//!     validity SEQUENCE { notBefore Time, notAfter Time }, subject … }, … }
//! ```
//!
//! The walk stops at `validity`: the subject (the holder's name on a real card) and
//! everything after it are never parsed, and nothing of the certificate is kept.

use chrono::{NaiveDate, NaiveDateTime};

/// The certificate is not one this walk can read (cut short, not DER, not X.509).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unreadable;

const SEQUENCE: u8 = 0x30;
const INTEGER: u8 = 0x02;
const VERSION: u8 = 0xA0;
const UTC_TIME: u8 = 0x17;
const GENERALIZED_TIME: u8 = 0x18;

/// One TLV: its tag, its content and what follows it.
fn tlv(input: &[u8]) -> Result<(u8, &[u8], &[u8]), Unreadable> {
    let (&tag, rest) = input.split_first().ok_or(Unreadable)?;
    let (&first, rest) = rest.split_first().ok_or(Unreadable)?;
    let (length, rest) = if first < 0x80 {
        (usize::from(first), rest)
    } else {
        let count = usize::from(first & 0x7F);
        // DER never uses the indefinite form; a certificate is far below 4 GB.
        if count == 0 || count > 4 || rest.len() < count {
            return Err(Unreadable);
        }
        let (bytes, rest) = rest.split_at(count);
        let length = bytes
            .iter()
            .fold(0usize, |acc, &byte| (acc << 8) | usize::from(byte));
        (length, rest)
    };
    if rest.len() < length {
        return Err(Unreadable);
    }
    let (content, rest) = rest.split_at(length);
    Ok((tag, content, rest))
}

fn expect(input: &[u8], tag: u8) -> Result<(&[u8], &[u8]), Unreadable> {
    let (found, content, rest) = tlv(input)?;
    if found == tag {
        Ok((content, rest))
    } else {
        Err(Unreadable)
    }
}

/// The certificate's `notAfter`, in UTC.
pub fn not_after(certificate: &[u8]) -> Result<NaiveDateTime, Unreadable> {
    let (certificate, trailing) = expect(certificate, SEQUENCE)?;
    if !trailing.is_empty() {
        return Err(Unreadable);
    }
    let (tbs, _) = expect(certificate, SEQUENCE)?;
    let mut rest = tbs;
    if rest.first() == Some(&VERSION) {
        rest = tlv(rest)?.2;
    }
    let (_, rest) = expect(rest, INTEGER)?; // serialNumber: skipped, never read
    let (_, rest) = expect(rest, SEQUENCE)?; // signature algorithm
    let (_, rest) = expect(rest, SEQUENCE)?; // issuer
    let (validity, _) = expect(rest, SEQUENCE)?;
    let (_, _, after_not_before) = tlv(validity)?;
    let (tag, time, _) = tlv(after_not_before)?;
    parse_time(tag, time)
}

/// `YYMMDDHHMMSSZ` (UTCTime, years 1950–2049) or `YYYYMMDDHHMMSSZ` (GeneralizedTime).
fn parse_time(tag: u8, text: &[u8]) -> Result<NaiveDateTime, Unreadable> {
    let text = std::str::from_utf8(text).map_err(|_| Unreadable)?;
    let digits = text.strip_suffix('Z').ok_or(Unreadable)?;
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Unreadable);
    }
    let (year, rest) = match (tag, digits.len()) {
        (UTC_TIME, 12) => {
            let yy: i32 = digits[..2].parse().map_err(|_| Unreadable)?;
            (if yy >= 50 { 1900 + yy } else { 2000 + yy }, &digits[2..])
        }
        (GENERALIZED_TIME, 14) => (digits[..4].parse().map_err(|_| Unreadable)?, &digits[4..]),
        _ => return Err(Unreadable),
    };
    let number = |range: std::ops::Range<usize>| rest[range].parse::<u32>().map_err(|_| Unreadable);
    let (month, day) = (number(0..2)?, number(2..4)?);
    let (hour, minute, second) = (number(4..6)?, number(6..8)?, number(8..10)?);
    NaiveDate::from_ymd_opt(year, month, day)
        .and_then(|date| date.and_hms_opt(hour, minute, second))
        .ok_or(Unreadable)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A self-signed certificate made once with `openssl req -x509` (subject
    /// `CN=hoken-techo test certificate, O=not a person`); `openssl x509 -enddate`
    /// prints `notAfter=Mar 16 12:59:22 2036 GMT`. It checks the walk against an
    /// encoder that is not ours.
    const OPENSSL_CERTIFICATE: &[u8] = include_bytes!("../tests/fixtures/openssl.der");

    #[test]
    fn reads_not_after_from_a_certificate_made_by_openssl() {
        let expected = NaiveDate::from_ymd_opt(2036, 3, 16)
            .unwrap()
            .and_hms_opt(12, 59, 22)
            .unwrap();
        assert_eq!(not_after(OPENSSL_CERTIFICATE), Ok(expected));
    }

    #[test]
    fn a_certificate_cut_anywhere_is_unreadable() {
        for end in 0..OPENSSL_CERTIFICATE.len() {
            assert_eq!(
                not_after(&OPENSSL_CERTIFICATE[..end]),
                Err(Unreadable),
                "cut at {end}"
            );
        }
    }

    #[test]
    fn both_time_forms_are_read() {
        let utc = parse_time(UTC_TIME, b"310615145959Z").unwrap();
        assert_eq!(utc.to_string(), "2031-06-15 14:59:59");
        let old = parse_time(UTC_TIME, b"991231150000Z").unwrap();
        assert_eq!(old.to_string(), "1999-12-31 15:00:00");
        let generalized = parse_time(GENERALIZED_TIME, b"20510615145959Z").unwrap();
        assert_eq!(generalized.to_string(), "2051-06-15 14:59:59");
        assert_eq!(parse_time(UTC_TIME, b"311315145959Z"), Err(Unreadable));
        assert_eq!(parse_time(UTC_TIME, b"310615145959"), Err(Unreadable));
        assert_eq!(
            parse_time(GENERALIZED_TIME, b"310615145959Z"),
            Err(Unreadable)
        );
    }
}
