//! A virtual My Number Card for tests, read through the real PC/SC stack.
//!
//! Debian's `vsmartcard-vpcd` is a pcscd reader driver ("Virtual PCD 00 00") that
//! waits on TCP 127.0.0.1:35963 for a card. Its wire format: each message is a
//! big-endian u16 length and a payload; a 1-byte payload is a control code (0 power
//! off, 1 power on, 2 reset, 4 send the ATR), anything longer is a command APDU to
//! answer. [`VirtualCard`] connects there and plays a JPKI card with a certificate
//! made by [`test_certificate`] (a chosen `notAfter`, a subject that is no person),
//! logging every APDU it receives. [`Pcscd`] starts `pcscd --foreground` with a
//! reader configuration of the test's own and stops it by its process ID.
//!
//! Only built with the `virtual-card` feature (tests, and the end-to-end test's
//! `hoken-techo-virtual-card`).

use std::io::{Read, Write};
use std::net::{Shutdown, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use chrono::NaiveDateTime;

use crate::jpki::{EF_AUTH_CERT, EF_AUTH_PIN, EF_SIGN_CERT, EF_TOKEN, SELECT_JPKI};

/// vpcd's port in Debian's `/etc/reader.conf.d/vpcd` (0x8C7B).
pub const VPCD_PORT: u16 = 35963;
pub const VPCD_DRIVER: &str = "/usr/lib/pcsc/drivers/serial/libifdvpcd.so";
/// The reader's name as pcscd lists it.
pub const VIRTUAL_READER: &str = "Virtual PCD 00 00";
/// A T=1 ATR with no historical bytes.
const ATR: [u8; 5] = [0x3B, 0x80, 0x80, 0x01, 0x01];

// --- a test certificate ---------------------------------------------------------

fn der(tag: u8, content: &[u8]) -> Vec<u8> {
    let mut out = vec![tag];
    let length = content.len();
    if length < 0x80 {
        out.push(length as u8);
    } else if length < 0x100 {
        out.extend_from_slice(&[0x81, length as u8]);
    } else {
        out.extend_from_slice(&[0x82, (length >> 8) as u8, length as u8]);
    }
    out.extend_from_slice(content);
    out
}

fn sequence(parts: &[Vec<u8>]) -> Vec<u8> {
    der(0x30, &parts.concat())
}

fn name(common_name: &str) -> Vec<u8> {
    // SET { SEQUENCE { OID 2.5.4.3 (commonName), UTF8String } }
    let attribute = sequence(&[
        der(0x06, &[0x55, 0x04, 0x03]),
        der(0x0C, common_name.as_bytes()),
    ]);
    sequence(&[der(0x31, &attribute)])
}

fn time(at: NaiveDateTime) -> Vec<u8> {
    use chrono::Datelike;
    if (1950..2050).contains(&at.year()) {
        der(0x17, at.format("%y%m%d%H%M%SZ").to_string().as_bytes())
    } else {
        der(0x18, at.format("%Y%m%d%H%M%SZ").to_string().as_bytes())
    }
}

/// A certificate shaped like the card's 利用者証明用 one (about 900 bytes, so it takes
/// several READ BINARY chunks), with a made-up key and signature: nothing checks them.
/// Its subject says it is a test card, never a person.
pub fn test_certificate(not_after: NaiveDateTime) -> Vec<u8> {
    let not_before = not_after - chrono::Duration::days(5 * 365);
    let rsa = sequence(&[
        sequence(&[
            der(
                0x06,
                &[0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x01, 0x01],
            ),
            der(0x05, &[]),
        ]),
        der(0x03, &[&[0u8][..], &[0x5A; 270][..]].concat()),
    ]);
    let algorithm = sequence(&[
        der(
            0x06,
            &[0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x01, 0x0B],
        ),
        der(0x05, &[]),
    ]);
    let tbs = sequence(&[
        der(0xA0, &der(0x02, &[0x02])),
        der(0x02, &[0x01, 0x23, 0x45, 0x67]),
        algorithm.clone(),
        name("hoken-techo test CA"),
        sequence(&[time(not_before), time(not_after)]),
        name("hoken-techo virtual card (not a person)"),
        rsa,
    ]);
    sequence(&[
        tbs,
        algorithm,
        der(0x03, &[&[0u8][..], &[0xA5; 256][..]].concat()),
    ])
}

// --- the card ---------------------------------------------------------------------

/// How the virtual card behaves.
#[derive(Debug, Clone)]
pub struct CardSpec {
    /// EF 000A: the 利用者証明用 certificate.
    pub certificate: Vec<u8>,
    /// Serve only this many bytes of it (a truncated certificate).
    pub truncate_to: Option<usize>,
    /// EF 0006's contents.
    pub token: Vec<u8>,
    /// Answer `6A 82` to the JPKI SELECT (not a My Number Card).
    pub refuse_jpki: bool,
    /// Leave the reader (close the connection) when this many READ BINARY commands of
    /// the certificate have been answered.
    pub remove_after_reads: Option<usize>,
    /// The 利用者証明用 PIN's tries left (0: locked).
    pub pin_tries: u8,
    /// Answer the first READ BINARY with `6C xx` and every other with `61 xx` (GET
    /// RESPONSE), as some cards and readers do.
    pub awkward_lengths: bool,
}

impl CardSpec {
    /// A My Number Card whose 利用者証明用 certificate ends at `not_after` (UTC).
    pub fn my_number_card(not_after: NaiveDateTime) -> Self {
        let mut token = b"JPKIAPICCTOKEN2".to_vec();
        token.resize(32, b' ');
        CardSpec {
            certificate: test_certificate(not_after),
            truncate_to: None,
            token,
            refuse_jpki: false,
            remove_after_reads: None,
            pin_tries: 3,
            awkward_lengths: false,
        }
    }
}

/// What the card saw and holds, shared with the test.
#[derive(Debug, Default)]
pub struct CardLog {
    /// Every command APDU received, in order.
    pub commands: Vec<Vec<u8>>,
    /// The PIN counter now (a VERIFY with data would change it).
    pub pin_tries: u8,
    /// Files selected by ID (to check EF 0001 is never touched).
    pub selected: Vec<u16>,
}

/// A virtual card on the vpcd reader, until it is dropped or [`VirtualCard::remove`]d.
pub struct VirtualCard {
    log: Arc<Mutex<CardLog>>,
    stop: Arc<AtomicBool>,
    stream: Arc<Mutex<Option<TcpStream>>>,
    thread: Option<JoinHandle<()>>,
}

impl VirtualCard {
    /// Puts the card on the reader: connects to vpcd (retrying while pcscd starts).
    pub fn insert(spec: CardSpec) -> std::io::Result<VirtualCard> {
        Self::insert_at(spec, VPCD_PORT)
    }

    pub fn insert_at(spec: CardSpec, port: u16) -> std::io::Result<VirtualCard> {
        let deadline = Instant::now() + Duration::from_secs(10);
        let stream = loop {
            match TcpStream::connect(("127.0.0.1", port)) {
                Ok(stream) => break stream,
                Err(error) if Instant::now() >= deadline => return Err(error),
                Err(_) => std::thread::sleep(Duration::from_millis(100)),
            }
        };
        stream.set_nodelay(true)?;
        let log = Arc::new(Mutex::new(CardLog {
            pin_tries: spec.pin_tries,
            ..CardLog::default()
        }));
        let stop = Arc::new(AtomicBool::new(false));
        let shared = Arc::new(Mutex::new(Some(stream.try_clone()?)));
        let thread = {
            let (log, stop, shared) = (log.clone(), stop.clone(), shared.clone());
            std::thread::spawn(move || {
                let mut card = Jpki::new(spec, log);
                let _ = serve(stream, &mut card, &stop);
                if let Some(stream) = lock(&shared).take() {
                    let _ = stream.shutdown(Shutdown::Both);
                }
            })
        };
        Ok(VirtualCard {
            log,
            stop,
            stream: shared,
            thread: Some(thread),
        })
    }

    pub fn log(&self) -> MutexGuard<'_, CardLog> {
        lock(&self.log)
    }

    /// Blocks until the reader lets the card go (pcscd stopped).
    pub fn wait(mut self) {
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }

    /// Lifts the card off the reader.
    pub fn remove(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(stream) = lock(&self.stream).take() {
            let _ = stream.shutdown(Shutdown::Both);
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
            // pcscd polls the reader: wait until it has seen the card go, so the next
            // card is not mistaken for this one.
            wait_until_empty(Duration::from_secs(5));
        }
    }
}

/// Waits until the virtual reader reports no card (or pcscd is gone).
fn wait_until_empty(timeout: Duration) {
    use pcsc::{Context, ReaderState, Scope, State};
    let Ok(context) = Context::establish(Scope::User) else {
        return;
    };
    let Ok(name) = std::ffi::CString::new(VIRTUAL_READER) else {
        return;
    };
    let mut states = [ReaderState::new(name, State::UNAWARE)];
    let deadline = Instant::now() + timeout;
    while Instant::now() < deadline {
        if context
            .get_status_change(Some(Duration::from_millis(200)), &mut states)
            .is_err_and(|e| e != pcsc::Error::Timeout)
        {
            return;
        }
        let event = states[0].event_state();
        if event.contains(State::EMPTY) || event.contains(State::UNKNOWN) {
            return;
        }
        states[0].sync_current_state();
    }
}

impl Drop for VirtualCard {
    fn drop(&mut self) {
        self.remove();
    }
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn serve(mut stream: TcpStream, card: &mut Jpki, stop: &AtomicBool) -> std::io::Result<()> {
    loop {
        let mut length = [0u8; 2];
        stream.read_exact(&mut length)?;
        let mut payload = vec![0u8; usize::from(u16::from_be_bytes(length))];
        stream.read_exact(&mut payload)?;
        if stop.load(Ordering::SeqCst) {
            return Ok(());
        }
        let answer = match payload.as_slice() {
            [4] => Some(ATR.to_vec()),
            [0] | [1] | [2] => {
                card.reset();
                None
            }
            [_] => None,
            command => match card.answer(command) {
                Some(answer) => Some(answer),
                // Lifted mid-read: the connection goes, as the card leaves the field.
                None => return Ok(()),
            },
        };
        if let Some(answer) = answer {
            let mut message = (answer.len() as u16).to_be_bytes().to_vec();
            message.extend_from_slice(&answer);
            stream.write_all(&message)?;
        }
    }
}

struct Jpki {
    spec: CardSpec,
    log: Arc<Mutex<CardLog>>,
    selected_ap: bool,
    file: Option<u16>,
    certificate_reads: usize,
    pending: Vec<u8>,
    reads: usize,
}

const OK: [u8; 2] = [0x90, 0x00];

impl Jpki {
    fn new(spec: CardSpec, log: Arc<Mutex<CardLog>>) -> Self {
        Jpki {
            spec,
            log,
            selected_ap: false,
            file: None,
            certificate_reads: 0,
            pending: Vec::new(),
            reads: 0,
        }
    }

    fn reset(&mut self) {
        self.selected_ap = false;
        self.file = None;
        self.pending.clear();
    }

    fn contents(&self, file: u16) -> Option<Vec<u8>> {
        match file {
            EF_TOKEN => Some(self.spec.token.clone()),
            EF_AUTH_CERT => {
                let mut certificate = self.spec.certificate.clone();
                if let Some(length) = self.spec.truncate_to {
                    certificate.truncate(length);
                }
                Some(certificate)
            }
            // The signing certificate exists on a real card; its contents do not matter.
            EF_SIGN_CERT => Some(vec![0x30, 0x82, 0x00, 0x00]),
            _ => None,
        }
    }

    /// The response, or `None` to leave the reader now.
    fn answer(&mut self, command: &[u8]) -> Option<Vec<u8>> {
        lock(&self.log).commands.push(command.to_vec());
        let with = |data: &[u8], sw: [u8; 2]| [data, &sw[..]].concat();
        Some(match command {
            c if c == SELECT_JPKI => {
                if self.spec.refuse_jpki {
                    vec![0x6A, 0x82]
                } else {
                    self.selected_ap = true;
                    self.file = None;
                    OK.to_vec()
                }
            }
            [0x00, 0xA4, 0x04, ..] => vec![0x6A, 0x82],
            [0x00, 0xA4, 0x02, 0x0C, 0x02, high, low] => {
                let file = u16::from_be_bytes([*high, *low]);
                lock(&self.log).selected.push(file);
                if self.selected_ap && (file == EF_AUTH_PIN || self.contents(file).is_some()) {
                    self.file = Some(file);
                    OK.to_vec()
                } else {
                    vec![0x6A, 0x82]
                }
            }
            [0x00, 0xB0, p1, p2, le] => {
                let Some(file) = self.file.filter(|f| *f != EF_AUTH_PIN) else {
                    return Some(vec![0x69, 0x86]);
                };
                if file == EF_AUTH_CERT {
                    if self.spec.remove_after_reads == Some(self.certificate_reads) {
                        return None;
                    }
                    self.certificate_reads += 1;
                }
                let contents = self.contents(file).unwrap_or_default();
                let offset = usize::from(u16::from_be_bytes([*p1, *p2]));
                let le = if *le == 0 { 256 } else { usize::from(*le) };
                if offset >= contents.len() {
                    return Some(vec![0x6B, 0x00]);
                }
                let end = (offset + le).min(contents.len());
                let data = &contents[offset..end];
                self.reads += 1;
                if self.spec.awkward_lengths && file == EF_AUTH_CERT {
                    if self.reads % 2 == 1 && data.len() > 1 {
                        // "Wrong length: use this Le" for a shorter request.
                        return Some(vec![0x6C, (data.len() - 1) as u8]);
                    }
                    self.pending = data.to_vec();
                    return Some(vec![0x61, data.len() as u8]);
                }
                if end - offset < le {
                    with(data, [0x62, 0x82])
                } else {
                    with(data, OK)
                }
            }
            [0x00, 0xC0, 0x00, 0x00, le] => {
                let take = usize::from(*le).min(self.pending.len());
                let data: Vec<u8> = self.pending.drain(..take).collect();
                with(&data, OK)
            }
            [0x00, 0x20, 0x00, 0x80] if self.file == Some(EF_AUTH_PIN) => {
                match lock(&self.log).pin_tries {
                    0 => vec![0x69, 0x83],
                    left => vec![0x63, 0xC0 | left],
                }
            }
            [0x00, 0x20, 0x00, 0x80, _, ..] if self.file == Some(EF_AUTH_PIN) => {
                // A VERIFY with data: a wrong PIN spends a try (the tests check that the
                // code under test never sends one).
                let mut log = lock(&self.log);
                log.pin_tries = log.pin_tries.saturating_sub(1);
                match log.pin_tries {
                    0 => vec![0x69, 0x83],
                    left => vec![0x63, 0xC0 | left],
                }
            }
            _ => vec![0x6D, 0x00],
        })
    }
}

/// Whether a logged command is a VERIFY that carries data (a PIN).
pub fn is_verify_with_data(command: &[u8]) -> bool {
    command.len() > 4 && command[..2] == [0x00, 0x20]
}

// --- pcscd ------------------------------------------------------------------------

/// A `pcscd --foreground` of the test's own, stopped (by its process ID) when dropped.
pub struct Pcscd {
    child: Child,
    _config: tempdir::Dir,
}

mod tempdir {
    use std::path::{Path, PathBuf};

    /// A folder removed when dropped (no tempfile dependency in the library).
    pub struct Dir(pub PathBuf);

    impl Dir {
        pub fn new(tag: &str) -> std::io::Result<Dir> {
            let path = std::env::temp_dir()
                .join(format!("hoken-techo-pcscd-{tag}-{}", std::process::id()));
            let _ = std::fs::remove_dir_all(&path);
            std::fs::create_dir_all(&path)?;
            Ok(Dir(path))
        }

        pub fn path(&self) -> &Path {
            &self.0
        }
    }

    impl Drop for Dir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }
}

/// pcscd's socket: a pcscd is already running when it answers.
const PCSCD_SOCKET: &str = "/run/pcscd/pcscd.comm";

fn pcscd_program() -> Option<PathBuf> {
    ["/usr/sbin/pcscd", "/usr/bin/pcscd", "/sbin/pcscd"]
        .into_iter()
        .map(PathBuf::from)
        .find(|path| path.exists())
}

fn socket_answers() -> bool {
    #[cfg(unix)]
    {
        std::os::unix::net::UnixStream::connect(PCSCD_SOCKET).is_ok()
    }
    #[cfg(not(unix))]
    {
        false
    }
}

impl Pcscd {
    /// Starts pcscd with the virtual reader (`with_reader`) or with no reader at all,
    /// and waits until it lists what it should. `Err` says why it cannot run here.
    pub fn start(with_reader: bool) -> Result<Pcscd, String> {
        let program = pcscd_program()
            .ok_or("pcscd is not installed (Debian: apt-get install pcscd vsmartcard-vpcd)")?;
        if with_reader && !Path::new(VPCD_DRIVER).exists() {
            return Err(
                "the vpcd driver is not installed (Debian: apt-get install vsmartcard-vpcd)".into(),
            );
        }
        if socket_answers() {
            return Err(format!(
                "another pcscd is running ({PCSCD_SOCKET} answers); stop it to run the card tests"
            ));
        }
        let config = tempdir::Dir::new(if with_reader { "vpcd" } else { "none" })
            .map_err(|e| format!("cannot make pcscd's configuration folder: {e}"))?;
        if with_reader {
            std::fs::write(
                config.path().join("vpcd"),
                format!(
                    "FRIENDLYNAME \"Virtual PCD\"\nDEVICENAME   /dev/null:0x{VPCD_PORT:04X}\nLIBPATH      {VPCD_DRIVER}\nCHANNELID    0x{VPCD_PORT:04X}\n"
                ),
            )
            .map_err(|e| format!("cannot write pcscd's configuration: {e}"))?;
        }
        let child = Command::new(program)
            .args(["--foreground", "--config"])
            .arg(config.path())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("cannot start pcscd: {e}"))?;
        let pcscd = Pcscd {
            child,
            _config: config,
        };
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let readers = crate::readers().ok();
            let ready = match &readers {
                Some(names) if with_reader => names.iter().any(|n| n == VIRTUAL_READER),
                Some(_) => socket_answers(),
                None => false,
            };
            if ready {
                return Ok(pcscd);
            }
            if Instant::now() >= deadline {
                return Err(format!(
                    "pcscd started but did not list the expected readers: {readers:?}"
                ));
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }
}

impl Drop for Pcscd {
    fn drop(&mut self) {
        // SIGTERM (pcscd then removes its socket and PID file), by this process's ID only.
        let stopped = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .is_ok_and(|status| status.success());
        if !stopped {
            let _ = self.child.kill();
        }
        let _ = self.child.wait();
        // The socket goes with it; the next test waits for that.
        let deadline = Instant::now() + Duration::from_secs(5);
        while socket_answers() && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

/// One card test at a time in a process: there is one pcscd and one vpcd port.
pub fn serial() -> MutexGuard<'static, ()> {
    static LOCK: Mutex<()> = Mutex::new(());
    lock(&LOCK)
}

/// pcscd for a test, or `None` with the reason printed when it cannot run here. With
/// `CI=true` a test that cannot run fails instead: CI installs pcscd and vpcd.
pub fn pcscd_or_skip(test: &str, with_reader: bool) -> Option<Pcscd> {
    match Pcscd::start(with_reader) {
        Ok(pcscd) => Some(pcscd),
        Err(reason) if std::env::var("CI").is_ok_and(|ci| ci == "true") => {
            panic!("{test}: the card test cannot run: {reason}")
        }
        Err(reason) => {
            eprintln!("{test}: skipped (needs pcscd and the virtual reader): {reason}");
            None
        }
    }
}
