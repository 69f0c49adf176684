//! A managed-style PostgreSQL server, as a platform team gets one: a second throwaway
//! cluster that listens on TCP and asks every login for its password (scram-sha-256),
//! where each database is owned by a LOGIN CREATEROLE role that is not a superuser.
//! omnictl reaches it only as such a role or as an operator's own login, with passwords,
//! over TCP. The tests inspect it as the cluster's superuser over its private socket (the
//! platform's own view, never omnictl's).

use std::os::unix::fs::PermissionsExt;
use std::process::Command;
use std::sync::OnceLock;

use omnictl::db::cluster::{ClusterSettings, LocalCluster};
use sqlx::postgres::{PgPool, PgPoolOptions};
use uuid::Uuid;

use crate::harness::{omnictl, spawn_reaper, stderr};

/// A port no one listens on now.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").expect("bind").local_addr().expect("addr").port()
}

/// The managed server of this test run, started once.
pub fn server() -> &'static LocalCluster {
    static SERVER: OnceLock<LocalCluster> = OnceLock::new();
    SERVER.get_or_init(|| {
        std::thread::spawn(start_server).join().unwrap_or_else(|_| panic!("the managed server could not be started"))
    })
}

fn start_server() -> LocalCluster {
    let home = std::env::temp_dir().join(format!("omnictl-managed-{}", std::process::id()));
    if home.exists() {
        std::fs::remove_dir_all(&home).expect("remove a stale managed home");
    }
    std::fs::create_dir_all(&home).expect("create the managed home");
    std::fs::set_permissions(&home, std::fs::Permissions::from_mode(0o755)).expect("chmod managed home");
    let settings = ClusterSettings {
        no_sync: true,
        extra: [
            ("listen_addresses", "'127.0.0.1'"),
            ("password_encryption", "'scram-sha-256'"),
            ("fsync", "off"),
            ("synchronous_commit", "off"),
            ("full_page_writes", "off"),
            ("max_connections", "200"),
        ]
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .to_vec(),
        port: Some(free_port()),
        // Every TCP login proves its password; the superuser's private socket stays
        // trusted for the tests' own inspection.
        hba_first: vec!["host all all 127.0.0.1/32 scram-sha-256".to_string()],
    };
    let cluster = LocalCluster::locate(home.clone(), settings).expect("locate the managed server");
    cluster.ensure_running().expect("start the managed server");
    spawn_reaper(&cluster.data_dir(), &home);
    cluster
}

/// A database of the managed server owned by its own CREATEROLE login (no superuser),
/// which logs in with a password over TCP.
pub struct ManagedDb {
    pub name: String,
    pub owner: String,
    pub owner_password: String,
    /// The platform's view: the server's superuser on this database, over the socket.
    pub admin: PgPool,
}

impl ManagedDb {
    /// A fresh database migrated by its owner with `omnictl migrate run`.
    pub async fn new() -> Self {
        let db = Self::empty().await;
        let out = db.omnictl().args(["migrate", "run"]).output().expect("run omnictl migrate run");
        assert!(out.status.success(), "the owner's migrate run failed: {}", stderr(&out));
        db
    }

    /// A fresh, empty database and its owner.
    pub async fn empty() -> Self {
        let cluster = server();
        let tag = Uuid::new_v4().simple().to_string();
        let (owner, name) = (format!("owner_{}", &tag[..10]), format!("m_{}", &tag[10..22]));
        let owner_password = format!("owner password {}", &tag[22..]);
        let platform = PgPoolOptions::new()
            .max_connections(1)
            .connect_with(cluster.connect_options("postgres"))
            .await
            .expect("connect to the managed server");
        let statements = [
            format!("CREATE ROLE {owner} LOGIN CREATEROLE PASSWORD '{owner_password}'"),
            format!("CREATE DATABASE {name} OWNER {owner}"),
            format!("REVOKE ALL ON DATABASE {name} FROM PUBLIC"),
            format!("GRANT CONNECT ON DATABASE {name} TO {owner}"),
        ];
        for statement in statements {
            sqlx::query(&statement).execute(&platform).await.expect("provision the owner and database");
        }
        platform.close().await;
        let admin = PgPoolOptions::new()
            .max_connections(4)
            .connect_with(cluster.connect_options(&name))
            .await
            .expect("connect to the managed database");
        Self { name, owner, owner_password, admin }
    }

    /// A URL logging in as `login` with `password` over TCP (scram-sha-256).
    pub fn url_as(&self, login: &str, password: &str) -> String {
        self.url_of(&self.name, login, password)
    }

    /// The same URL for another database of the server.
    pub fn url_of(&self, database: &str, login: &str, password: &str) -> String {
        format!(
            "postgresql://{}:{}@127.0.0.1:{}/{database}?sslmode=disable",
            encode(login),
            encode(password),
            server().port()
        )
    }

    /// The owner's URL.
    pub fn owner_url(&self) -> String {
        self.url_as(&self.owner, &self.owner_password)
    }

    /// The real binary logged in as the database's owner.
    pub fn omnictl(&self) -> Command {
        let mut command = omnictl();
        command.env("DATABASE_URL", self.owner_url());
        command
    }

    /// The login role of the operator with `email`, as this database named it.
    pub async fn login(&self, email: &str) -> String {
        sqlx::query_scalar("SELECT login_role FROM users WHERE email = $1")
            .bind(email)
            .fetch_one(&self.admin)
            .await
            .expect("the operator's login")
    }

    /// The real binary logged in as the operator `email` with `password`.
    pub async fn omnictl_as(&self, email: &str, password: &str) -> Command {
        let login = self.login(email).await;
        let mut command = omnictl();
        command.env("DATABASE_URL", self.url_as(&login, password)).env("OMNICTL_OPERATOR", email);
        command
    }

    /// Bootstraps the first super admin `email` with `password`, as the owner.
    pub fn bootstrap(&self, email: &str, password: &str) {
        use std::io::Write;
        let mut child = self
            .omnictl()
            .args(["user", "bootstrap", "--email", email, "--name", "Root", "--password-stdin"])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("spawn omnictl user bootstrap");
        child.stdin.take().expect("stdin").write_all(format!("{password}\n").as_bytes()).expect("write password");
        let out = child.wait_with_output().expect("wait");
        assert!(out.status.success(), "bootstrap failed: {}", stderr(&out));
    }
}

fn encode(value: &str) -> String {
    value
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// The fixture itself: the owner is no superuser, TCP asks for the password (a wrong one
/// is refused), and the owner migrates and bootstraps a super admin who then logs in
/// with their own password.
#[tokio::test]
async fn a_managed_server_asks_passwords_and_its_owner_is_no_superuser() {
    let db = ManagedDb::new().await;
    let is_super: bool = sqlx::query_scalar("SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = $1")
        .bind(&db.owner)
        .fetch_one(&db.admin)
        .await
        .expect("owner");
    assert!(!is_super, "the owner must be neither superuser nor BYPASSRLS");
    let wrong = omnictl()
        .env("DATABASE_URL", db.url_as(&db.owner, "not the password"))
        .args(["migrate", "status"])
        .output()
        .expect("run");
    assert!(!wrong.status.success(), "a wrong password was accepted");
    db.bootstrap("root@managed.test", "managed root password");
    let out = db
        .omnictl_as("root@managed.test", "managed root password")
        .await
        .args(["org", "create", "--name", "Managed", "--slug", "managed"])
        .output()
        .expect("run");
    assert!(out.status.success(), "{}", stderr(&out));
}
