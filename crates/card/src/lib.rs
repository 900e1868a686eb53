//! Reading the My Number Card over PC/SC: the reader list, waiting for a card, and the
//! JPKI reading of [`jpki`] (the 利用者証明用電子証明書's expiry and the PIN's counter).
//!
//! Kept apart from the core so that the core stays free of PC/SC: the front ends call
//! [`read`] (on a blocking thread in the app) and hand the [`CardReading`] to the
//! core's use cases. Every failure is the core's [`Error::Card`], worded there.

pub mod der;
pub mod jpki;
#[cfg(feature = "virtual-card")]
pub mod virtual_card;

use std::ffi::CString;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use hoken_techo_core::card::CardReading;
use hoken_techo_core::error::CardProblem;
use hoken_techo_core::Error;
use pcsc::{Context, Protocols, ReaderState, Scope, ShareMode, State};

use jpki::{Failure, Transport};

/// How long one wait for a card lasts before the cancel flag is looked at again.
const POLL: Duration = Duration::from_millis(200);

/// What to read from.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    /// The reader's exact name; `None`: the first reader a card is placed on.
    pub reader: Option<String>,
    /// How long to wait for a card.
    pub wait: Duration,
}

fn card_error(problem: CardProblem) -> Error {
    Error::Card(problem)
}

/// The service's errors in the core's words.
fn service_error(error: pcsc::Error) -> Error {
    card_error(match error {
        pcsc::Error::NoService | pcsc::Error::ServiceStopped => CardProblem::NoService,
        pcsc::Error::RemovedCard
        | pcsc::Error::ResetCard
        | pcsc::Error::NoSmartcard
        | pcsc::Error::UnpoweredCard
        | pcsc::Error::UnresponsiveCard => CardProblem::CardRemoved,
        pcsc::Error::NoReadersAvailable
        | pcsc::Error::UnknownReader
        | pcsc::Error::ReaderUnavailable => CardProblem::NoReader,
        _ => CardProblem::ReaderFailed,
    })
}

fn context() -> Result<Context, Error> {
    Context::establish(Scope::User).map_err(service_error)
}

fn reader_names(context: &Context) -> Result<Vec<CString>, Error> {
    match context.list_readers_owned() {
        Ok(readers) => Ok(readers),
        Err(pcsc::Error::NoReadersAvailable) => Ok(Vec::new()),
        Err(error) => Err(service_error(error)),
    }
}

/// The names of the connected card readers (empty when none is connected).
pub fn readers() -> Result<Vec<String>, Error> {
    let context = context()?;
    Ok(reader_names(&context)?
        .into_iter()
        .map(|name| name.to_string_lossy().into_owned())
        .collect())
}

/// Waits for a card (until `options.wait` has passed or `cancel` is set), then reads it.
/// Blocks: the app calls it on a blocking thread and sets `cancel` to stop.
pub fn read(options: &ReadOptions, cancel: &AtomicBool) -> Result<CardReading, Error> {
    let context = context()?;
    let mut names = reader_names(&context)?;
    if names.is_empty() {
        return Err(card_error(CardProblem::NoReader));
    }
    if let Some(wanted) = &options.reader {
        names.retain(|name| name.to_string_lossy() == wanted.as_str());
        if names.is_empty() {
            return Err(card_error(CardProblem::ReaderNotFound));
        }
    }
    let reader = wait_for_card(&context, names, options.wait, cancel)?;
    let mut card = context
        .connect(&reader, ShareMode::Shared, Protocols::ANY)
        .map_err(service_error)?;
    let facts = {
        let transaction = card.transaction().map_err(service_error)?;
        let mut transport = PcscTransport(&transaction);
        jpki::read(&mut transport).map_err(|failure| {
            card_error(match failure {
                Failure::NotJpki => CardProblem::NotMyNumberCard,
                Failure::Juki => CardProblem::JukiCard,
                Failure::Removed => CardProblem::CardRemoved,
                Failure::Unreadable => CardProblem::UnreadableCertificate,
                Failure::Reader => CardProblem::ReaderFailed,
            })
        })?
    };
    // Reset on the way out: the card keeps no state from this session.
    let _ = card.disconnect(pcsc::Disposition::ResetCard);
    Ok(CardReading {
        reader: reader.to_string_lossy().into_owned(),
        kind: facts.kind,
        ecert_auth_expires: facts.expires,
        auth_pin: facts.auth_pin,
    })
}

/// The first of `names` with a card on it.
fn wait_for_card(
    context: &Context,
    names: Vec<CString>,
    wait: Duration,
    cancel: &AtomicBool,
) -> Result<CString, Error> {
    let deadline = Instant::now() + wait;
    let mut states: Vec<ReaderState> = names
        .iter()
        .map(|name| ReaderState::new(name.clone(), State::UNAWARE))
        .collect();
    loop {
        if cancel.load(Ordering::SeqCst) {
            return Err(card_error(CardProblem::Cancelled));
        }
        match context.get_status_change(Some(POLL), &mut states) {
            Ok(()) | Err(pcsc::Error::Timeout) => {}
            Err(error) => return Err(service_error(error)),
        }
        if let Some(found) = states.iter().find(|state| {
            let event = state.event_state();
            event.contains(State::PRESENT) && !event.contains(State::MUTE)
        }) {
            return Ok(found.name().to_owned());
        }
        for state in &mut states {
            state.sync_current_state();
        }
        if Instant::now() >= deadline {
            return Err(card_error(CardProblem::NoCard {
                seconds: wait.as_secs(),
            }));
        }
    }
}

struct PcscTransport<'t>(&'t pcsc::Transaction<'t>);

impl Transport for PcscTransport<'_> {
    fn transmit(&mut self, command: &[u8]) -> Result<Vec<u8>, Failure> {
        let mut buffer = [0u8; pcsc::MAX_BUFFER_SIZE];
        match self.0.transmit(command, &mut buffer) {
            Ok(response) if response.len() >= 2 => Ok(response.to_vec()),
            // No status word: the card stopped answering mid-command, which is what a
            // card leaving a contactless reader's field does (vpcd says it so too).
            Ok(_) => Err(Failure::Removed),
            Err(
                pcsc::Error::RemovedCard
                | pcsc::Error::ResetCard
                | pcsc::Error::NoSmartcard
                | pcsc::Error::UnpoweredCard
                | pcsc::Error::UnresponsiveCard
                | pcsc::Error::NotTransacted
                | pcsc::Error::CommError,
            ) => Err(Failure::Removed),
            Err(_) => Err(Failure::Reader),
        }
    }
}
