//! A server that cannot be reached, said as what happened and what to check: the real
//! binary against addresses where nothing listens, a socket that is not there and a
//! host name nobody knows. Each exits 5 with a `hint:` line, and at once.

use std::process::Output;
use std::time::{Duration, Instant};

use crate::harness::{omnictl, stderr};

/// `omnictl patient list` against `url`, and how long it took.
fn against(url: &str) -> (Output, Duration) {
    let started = Instant::now();
    let out = omnictl().args(["--database-url", url, "patient", "list"]).output().expect("run omnictl");
    (out, started.elapsed())
}

fn hints(out: &Output) -> Vec<String> {
    stderr(out).lines().filter_map(|line| line.strip_prefix("hint: ")).map(str::to_string).collect()
}

/// A port of this machine nothing listens on: one just bound and let go.
fn closed_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").expect("bind").local_addr().expect("addr").port()
}

#[test]
fn a_port_nothing_listens_on_is_said_at_once_with_a_hint() {
    let port = closed_port();
    let (out, took) = against(&format!("postgres://nobody@127.0.0.1:{port}/omnictl"));
    assert_eq!(out.status.code(), Some(5), "{}", stderr(&out));
    let text = stderr(&out);
    assert!(
        text.contains(&format!("the server at 127.0.0.1:{port} refuses connections: nothing listens there")),
        "{text}"
    );
    let hints = hints(&out);
    assert!(hints.iter().any(|h| h.contains("host and the port") && h.contains("omnictl db start")), "{text}");
    // A wrong address is not retried as if a server were starting there.
    assert!(took < Duration::from_millis(1500), "took {took:?}: {text}");
}

#[test]
fn a_socket_that_is_not_there_is_named_as_a_socket() {
    let dir = tempfile::tempdir().expect("dir");
    let encoded = dir.path().display().to_string().replace('/', "%2F");
    let (out, took) = against(&format!("postgresql:///omnictl?host={encoded}&port=5432&user=omnictl"));
    assert_eq!(out.status.code(), Some(5), "{}", stderr(&out));
    let text = stderr(&out);
    let socket = dir.path().join(".s.PGSQL.5432").display().to_string();
    assert!(text.contains(&format!("could not connect to omnictl on the socket {socket}")), "{text}");
    assert!(text.contains(&format!("no server listens on the socket {socket}")), "{text}");
    assert!(!text.contains("localhost"), "a socket is no TCP address: {text}");
    assert!(hints(&out).iter().any(|h| h.contains("omnictl db start")), "{text}");
    assert!(took < Duration::from_millis(1500), "took {took:?}: {text}");
}

#[test]
fn a_host_nobody_knows_is_named_in_the_hint() {
    // `.invalid` is reserved: no resolver knows a name in it.
    let (out, _) = against("postgres://nobody@no-such-host.omnictl.invalid/omnictl");
    assert_eq!(out.status.code(), Some(5), "{}", stderr(&out));
    let text = stderr(&out);
    assert!(text.contains("the host no-such-host.omnictl.invalid is not known"), "{text}");
    assert!(hints(&out).iter().any(|h| h.contains("no-such-host.omnictl.invalid")), "{text}");
}
