//! `hoken-techo-virtual-card --not-after 2031-06-15T14:59:59 [--pin-tries 3]`: puts a
//! virtual My Number Card on pcscd's vpcd reader and answers until pcscd stops. For
//! the end-to-end test (ui/e2e), which starts pcscd itself.

use hoken_techo_card::virtual_card::{CardSpec, VirtualCard};

fn main() {
    let mut not_after = None;
    let mut pin_tries = 3u8;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--not-after" => {
                not_after = args.next().and_then(|text| {
                    chrono::NaiveDateTime::parse_from_str(&text, "%Y-%m-%dT%H:%M:%S").ok()
                })
            }
            "--pin-tries" => pin_tries = args.next().and_then(|t| t.parse().ok()).unwrap_or(3),
            _ => {}
        }
    }
    let Some(not_after) = not_after else {
        eprintln!(
            "usage: hoken-techo-virtual-card --not-after YYYY-MM-DDTHH:MM:SS (UTC) [--pin-tries N]"
        );
        std::process::exit(2);
    };
    let spec = CardSpec {
        pin_tries,
        ..CardSpec::my_number_card(not_after)
    };
    match VirtualCard::insert(spec) {
        Ok(card) => {
            println!("virtual card on the reader");
            card.wait();
        }
        Err(error) => {
            eprintln!("cannot reach vpcd: {error}");
            std::process::exit(1);
        }
    }
}
