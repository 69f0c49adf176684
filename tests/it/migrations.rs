//! Migrations are history: a database that ran an earlier text of a released migration
//! is current only for the pairs released, and docs/schema.md, generated here from the
//! catalogue of a freshly migrated database, says per table what protects it.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use sqlx::PgPool;

use crate::harness::{TestDb, stderr};

/// The earlier texts src/db/migrations.rs accepts (SUPERSEDED), each the checksum of a
/// released migration's text that databases ran before it was revised.
const SUPERSEDED: [(i64, &str); 5] = [
    (
        20261124000001,
        "d0add1eee06090e0ab9a95798f4842370bc24ef6f5b50d0588f4e4fcaf205cb07cd8d885d6dd2206f0cb205092baf438",
    ),
    (
        20261124000007,
        "5756b509e21f66aa8647c61198160798866589b01fb7e9fbbd8ce3ee26cff0470c8d29579abb5d6a2670a58eb160055d",
    ),
    (
        20261124000008,
        "4c6ad1fe4e6d77c1cb237a6480b4e6a8fcb2d2fdc14fff0e7f708c1914cab69256377c8098ae23bec7686897c157d384",
    ),
    (
        20261130000001,
        "483ce9864ee54879b97a480b34ff6c85a62af723df2623c922349165f1fe9d573bf9f6e47ed66d3997bbbc9781c37832",
    ),
    (
        20261130000002,
        "7504d4bdfc9a2ff8907a576fca163ad425b167bca9ac893c4b1ec139e1f71916f7eee980123999279d724c635614dd33",
    ),
];

/// Each released (version, earlier checksum) pair is accepted through the binary; the
/// same earlier text recorded for any other migration is a conflict `migrate run` refuses.
#[tokio::test]
async fn only_the_released_earlier_texts_are_accepted() {
    let db = TestDb::new().await;
    let states = || {
        let output = db.omnictl().args(["migrate", "status", "-o", "json"]).output().expect("run omnictl");
        assert!(output.status.success(), "{}", stderr(&output));
        let status: serde_json::Value = serde_json::from_slice(&output.stdout).expect("json");
        status
            .as_array()
            .expect("an array")
            .iter()
            .map(|m| (m["version"].as_i64().unwrap_or_default(), m["state"].as_str().unwrap_or_default().to_string()))
            .collect::<BTreeMap<i64, String>>()
    };
    // Records `hex` as the checksum `version` was applied with; returns the one it had.
    let set = async |version: i64, hex: &str| -> String {
        let before: String =
            sqlx::query_scalar("SELECT encode(checksum, 'hex') FROM _sqlx_migrations WHERE version = $1")
                .bind(version)
                .fetch_one(&db.pool)
                .await
                .unwrap_or_else(|e| panic!("migration {version} is not applied: {e}"));
        sqlx::query("UPDATE _sqlx_migrations SET checksum = decode($2, 'hex') WHERE version = $1")
            .bind(version)
            .bind(hex)
            .execute(&db.pool)
            .await
            .expect("set the checksum");
        before
    };
    let versions: Vec<i64> = states().into_keys().collect();
    for (version, old) in SUPERSEDED {
        let current = set(version, old).await;
        assert!(states().values().all(|s| s == "applied"), "{version} with its released earlier text");
        set(version, &current).await;
        // The same text recorded for the next migration: not a pair that was released.
        let other = versions.iter().copied().find(|v| *v > version).expect("a later migration");
        let other_current = set(other, old).await;
        let state = states();
        assert_eq!(state[&other], "modified", "{old} as {other}");
        assert!(state.iter().filter(|(v, _)| **v != other).all(|(_, s)| s == "applied"), "{state:?}");
        let refused = db.omnictl().args(["migrate", "run"]).output().expect("run omnictl");
        assert!(!refused.status.success() && stderr(&refused).contains("different SQL"), "{}", stderr(&refused));
        set(other, &other_current).await;
    }
}

/// docs/schema.md is what the migrations add up to. `OMNICTL_BLESS=1 cargo test --test it
/// -- docs_schema` rewrites it.
#[tokio::test]
async fn docs_schema_matches_a_freshly_migrated_database() {
    let db = TestDb::empty().await;
    let migrated = db.omnictl().args(["migrate", "run"]).output().expect("run omnictl");
    assert!(migrated.status.success(), "{}", stderr(&migrated));
    let generated = schema_markdown(&db.pool).await;
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs").join("schema.md");
    if std::env::var_os("OMNICTL_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().expect("docs/")).expect("create docs/");
        std::fs::write(&path, &generated).expect("write docs/schema.md");
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    if committed != generated {
        let line = committed.lines().zip(generated.lines()).position(|(a, b)| a != b);
        let line = line.unwrap_or_else(|| committed.lines().count().min(generated.lines().count()));
        panic!(
            "docs/schema.md is stale from line {}: regenerate it with `OMNICTL_BLESS=1 cargo test --test it -- \
             docs_schema`\ncommitted: {:?}\ngenerated: {:?}",
            line + 1,
            committed.lines().nth(line).unwrap_or("(end)"),
            generated.lines().nth(line).unwrap_or("(end)")
        );
    }
}

/// A role by name, as the same text in every database: PUBLIC for grantee 0 and
/// `migrator` for the role that ran the migrations (here the connection's own).
fn role(oid: &str) -> String {
    format!(
        "(CASE WHEN {oid} = 0 THEN 'PUBLIC' WHEN pg_get_userbyid({oid}) = current_user THEN 'migrator' \
         ELSE pg_get_userbyid({oid})::text END)"
    )
}

/// Not an extension's object (btree_gist puts its functions in public).
fn own(class: &str, oid: &str) -> String {
    format!(
        "NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = '{class}'::regclass AND d.objid = {oid} \
         AND d.deptype = 'e')"
    )
}

/// One line, whatever the server's formatting: definitions go into code spans.
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn cell(text: &str) -> String {
    flat(text).replace('|', "\\|")
}

#[derive(Default)]
struct Table {
    kind: String,
    rls: bool,
    forced: bool,
    owner: String,
    comment: Option<String>,
    columns: Vec<String>,
    constraints: Vec<String>,
    indexes: Vec<String>,
    policies: Vec<String>,
    triggers: Vec<String>,
    grants: BTreeMap<String, Vec<String>>,
}

async fn rows<T>(pool: &PgPool, sql: &str) -> Vec<T>
where
    T: for<'r> sqlx::FromRow<'r, sqlx::postgres::PgRow> + Send + Unpin,
{
    sqlx::query_as(sql).fetch_all(pool).await.unwrap_or_else(|e| panic!("{e}: {sql}"))
}

/// The schema of the database behind `pool`, per table, from the catalogue: sorted, and
/// free of anything that differs between two databases migrated alike (no OIDs, no
/// database or login names, no times).
async fn schema_markdown(pool: &PgPool) -> String {
    let mut tables: BTreeMap<String, Table> = BTreeMap::new();
    let relations = format!(
        "SELECT c.relname::text, c.relkind::text, c.relrowsecurity, c.relforcerowsecurity, {owner},
                obj_description(c.oid, 'pg_class')
           FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND {own}",
        owner = role("c.relowner"),
        own = own("pg_class", "c.oid"),
    );
    for (name, kind, rls, forced, owner, comment) in
        rows::<(String, String, bool, bool, String, Option<String>)>(pool, &relations).await
    {
        let kind = match kind.as_str() {
            "r" => "table",
            "p" => "partitioned table",
            "v" => "view",
            "m" => "materialized view",
            "S" => "sequence",
            _ => "foreign table",
        }
        .to_string();
        tables.insert(name, Table { kind, rls, forced, owner, comment, ..Table::default() });
    }
    let public = "JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'";

    let columns = format!(
        "SELECT c.relname::text, a.attname::text, format_type(a.atttypid, a.atttypmod), a.attnotnull,
                pg_get_expr(d.adbin, d.adrelid), a.attidentity::text, a.attgenerated::text,
                col_description(c.oid, a.attnum)
           FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid {public}
           LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
          WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind <> 'S'
          ORDER BY c.relname, a.attnum"
    );
    for (table, name, kind, not_null, default, identity, generated, comment) in
        rows::<(String, String, String, bool, Option<String>, String, String, Option<String>)>(pool, &columns).await
    {
        let default = match (identity.as_str(), generated.as_str(), default) {
            ("a", _, _) => "identity (always)".to_string(),
            ("d", _, _) => "identity (by default)".to_string(),
            (_, "s", Some(expr)) => format!("generated: `{}`", cell(&expr)),
            (_, _, Some(expr)) => format!("`{}`", cell(&expr)),
            _ => String::new(),
        };
        let comment = comment.map(|c| cell(&c)).unwrap_or_default();
        let not_null = if not_null { "yes" } else { "" };
        if let Some(t) = tables.get_mut(&table) {
            t.columns.push(format!("| `{name}` | {} | {not_null} | {default} | {comment} |", cell(&kind)));
        }
    }

    let constraints = format!(
        "SELECT c.relname::text, k.conname::text, pg_get_constraintdef(k.oid), obj_description(k.oid, 'pg_constraint')
           FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid {public}
          WHERE k.contype <> 't'
          ORDER BY c.relname, k.conname"
    );
    for (table, name, definition, comment) in rows::<(String, String, String, Option<String>)>(pool, &constraints).await
    {
        let comment = comment.map(|c| format!(" — {}", flat(&c))).unwrap_or_default();
        if let Some(t) = tables.get_mut(&table) {
            t.constraints.push(format!("- `{name}`: `{}`{comment}", flat(&definition)));
        }
    }

    let indexes = format!(
        "SELECT c.relname::text, i.relname::text, pg_get_indexdef(i.oid)
           FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class c ON c.oid = x.indrelid {public}
          WHERE NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid AND k.conrelid = x.indrelid)
          ORDER BY c.relname, i.relname"
    );
    for (table, name, definition) in rows::<(String, String, String)>(pool, &indexes).await {
        if let Some(t) = tables.get_mut(&table) {
            t.indexes.push(format!("- `{name}`: `{}`", flat(&definition)));
        }
    }

    let policies = format!(
        "SELECT c.relname::text, p.polname::text, p.polpermissive,
                CASE p.polcmd WHEN 'r' THEN 'SELECT' WHEN 'a' THEN 'INSERT' WHEN 'w' THEN 'UPDATE'
                              WHEN 'd' THEN 'DELETE' ELSE 'ALL' END,
                (SELECT string_agg(name, ', ' ORDER BY name)
                   FROM (SELECT {role} AS name FROM unnest(p.polroles) AS r(oid)) roles),
                pg_get_expr(p.polqual, p.polrelid), pg_get_expr(p.polwithcheck, p.polrelid),
                obj_description(p.oid, 'pg_policy')
           FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid {public}
          ORDER BY c.relname, p.polname",
        role = role("r.oid"),
    );
    for (table, name, permissive, command, roles, using, check, comment) in
        rows::<(String, String, bool, String, Option<String>, Option<String>, Option<String>, Option<String>)>(
            pool, &policies,
        )
        .await
    {
        let mut line = format!(
            "- POLICY `{name}` ON `{table}` AS {} FOR {command} TO {}",
            if permissive { "PERMISSIVE" } else { "RESTRICTIVE" },
            roles.unwrap_or_else(|| "PUBLIC".to_string())
        );
        if let Some(comment) = comment {
            let _ = write!(line, " — {}", flat(&comment));
        }
        if let Some(using) = using {
            let _ = write!(line, "\n  - USING `{}`", flat(&using));
        }
        if let Some(check) = check {
            let _ = write!(line, "\n  - WITH CHECK `{}`", flat(&check));
        }
        if let Some(t) = tables.get_mut(&table) {
            t.policies.push(line);
        }
    }

    let triggers = format!(
        "SELECT c.relname::text, t.tgname::text, pg_get_triggerdef(t.oid), t.tgenabled::text,
                obj_description(t.oid, 'pg_trigger')
           FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid {public}
          WHERE NOT t.tgisinternal
          ORDER BY c.relname, t.tgname"
    );
    for (table, name, definition, enabled, comment) in
        rows::<(String, String, String, String, Option<String>)>(pool, &triggers).await
    {
        let state = match enabled.as_str() {
            "O" => "",
            "D" => " (disabled)",
            "R" => " (fires on replica only)",
            _ => " (fires always)",
        };
        let comment = comment.map(|c| format!(" — {}", flat(&c))).unwrap_or_default();
        if let Some(t) = tables.get_mut(&table) {
            t.triggers.push(format!("- `{name}`{state}: `{}`{comment}", flat(&definition)));
        }
    }

    let grants = format!(
        "SELECT c.relname::text, {grantee},
                string_agg(g.privilege_type || CASE WHEN g.is_grantable THEN ' (grantable)' ELSE '' END, ', '
                           ORDER BY g.privilege_type)
           FROM pg_class c {public},
                aclexplode(coalesce(c.relacl, acldefault(CASE WHEN c.relkind = 'S' THEN 's' ELSE 'r' END::\"char\", c.relowner))) g
          GROUP BY 1, 2 ORDER BY 1, 2",
        grantee = role("g.grantee"),
    );
    for (table, grantee, privileges) in rows::<(String, String, String)>(pool, &grants).await {
        if let Some(t) = tables.get_mut(&table) {
            t.grants.entry(grantee).or_default().push(privileges);
        }
    }
    let column_grants = format!(
        "SELECT c.relname::text, {grantee}, g.privilege_type || ' (' || string_agg(a.attname::text, ', '
                ORDER BY a.attname) || ')'
           FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid {public}, aclexplode(a.attacl) g
          WHERE a.attacl IS NOT NULL AND a.attnum > 0 AND NOT a.attisdropped
          GROUP BY 1, 2, g.privilege_type ORDER BY 1, 2, g.privilege_type",
        grantee = role("g.grantee"),
    );
    for (table, grantee, privileges) in rows::<(String, String, String)>(pool, &column_grants).await {
        if let Some(t) = tables.get_mut(&table) {
            t.grants.entry(grantee).or_default().push(privileges);
        }
    }

    let functions = format!(
        "SELECT p.proname::text, pg_get_function_identity_arguments(p.oid), coalesce(pg_get_function_result(p.oid), ''),
                l.lanname::text, p.prosecdef, p.provolatile::text, p.prokind::text, {owner},
                coalesce(array_to_string(p.proconfig, ', '), ''),
                (SELECT string_agg(name, ', ' ORDER BY name)
                   FROM (SELECT {grantee} AS name
                           FROM aclexplode(coalesce(p.proacl, acldefault('f'::\"char\", p.proowner))) g
                          WHERE g.privilege_type = 'EXECUTE') grantees),
                obj_description(p.oid, 'pg_proc')
           FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace AND n.nspname = 'public'
           JOIN pg_language l ON l.oid = p.prolang
          WHERE {own}
          ORDER BY 1, 2",
        owner = role("p.proowner"),
        grantee = role("g.grantee"),
        own = own("pg_proc", "p.oid"),
    );
    let functions =
        rows::<(String, String, String, String, bool, String, String, String, String, Option<String>, Option<String>)>(
            pool, &functions,
        )
        .await;

    let enums = format!(
        "SELECT t.typname::text, string_agg(e.enumlabel::text, ', ' ORDER BY e.enumsortorder)
           FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace AND n.nspname = 'public'
           JOIN pg_enum e ON e.enumtypid = t.oid
          WHERE {own}
          GROUP BY 1 ORDER BY 1",
        own = own("pg_type", "t.oid"),
    );
    let enums = rows::<(String, String)>(pool, &enums).await;
    let extensions =
        rows::<(String,)>(pool, "SELECT extname::text FROM pg_extension WHERE extname <> 'plpgsql' ORDER BY 1").await;

    let mut out = String::new();
    out.push_str(
        "# The schema\n\n\
         Generated, do not edit: the test `migrations::docs_schema_matches_a_freshly_migrated_database`\n\
         (tests/it/migrations.rs) migrates an empty database with `omnictl migrate run` and writes\n\
         what its catalogue says, schema `public`, sorted by name. Regenerate it after adding a\n\
         migration with `OMNICTL_BLESS=1 cargo test --test it -- docs_schema`; the test fails\n\
         while this file and the migrations disagree. Where each piece was written: `git log -S`\n\
         or `grep -rn` in `migrations/`.\n\n\
         `migrator` stands for the role that ran the migrations (the database's owner), `PUBLIC`\n\
         for every role. Grants list each role's privileges, the owner's included; a column list\n\
         in parentheses is a grant on those columns only.\n\n",
    );
    let _ = writeln!(
        out,
        "Extensions: {}.\n",
        extensions.iter().map(|(e,)| format!("`{e}`")).collect::<Vec<_>>().join(", ")
    );
    out.push_str("## Tables\n\n");
    for (name, t) in &tables {
        let kind = if t.kind == "table" { String::new() } else { format!(" ({})", t.kind) };
        let _ = writeln!(out, "- [`{name}`](#{name}){kind}");
    }
    out.push('\n');
    for (name, t) in &tables {
        let _ = writeln!(out, "### `{name}`\n");
        let rls = match (t.rls, t.forced) {
            _ if t.kind != "table" => String::new(),
            (true, true) => " Row-level security: enabled, forced.".to_string(),
            (true, false) => " Row-level security: enabled, not forced (the owner bypasses it).".to_string(),
            (false, _) => " Row-level security: off.".to_string(),
        };
        let _ = writeln!(out, "A {}, owned by `{}`.{rls}\n", t.kind, t.owner);
        if let Some(comment) = &t.comment {
            let _ = writeln!(out, "{}\n", flat(comment));
        }
        if !t.columns.is_empty() {
            out.push_str("| column | type | not null | default | comment |\n|---|---|---|---|---|\n");
            for line in &t.columns {
                let _ = writeln!(out, "{line}");
            }
            out.push('\n');
        }
        for (heading, lines) in [
            ("Constraints", &t.constraints),
            ("Indexes (other than the constraints')", &t.indexes),
            ("Policies", &t.policies),
            ("Triggers", &t.triggers),
        ] {
            if t.kind == "table" && lines.is_empty() && heading == "Policies" && t.rls {
                out.push_str("Policies: none, so row-level security shows no row to a role it applies to.\n\n");
                continue;
            }
            if lines.is_empty() {
                continue;
            }
            let _ = writeln!(out, "{heading}:\n");
            for line in lines {
                let _ = writeln!(out, "{line}");
            }
            out.push('\n');
        }
        out.push_str("Grants:\n\n");
        for (grantee, privileges) in &t.grants {
            let _ = writeln!(out, "- `{grantee}`: {}", privileges.join("; "));
        }
        out.push('\n');
    }

    out.push_str(
        "## Functions\n\n\
         Every function of schema `public` but the extensions'. A `SECURITY DEFINER` function runs\n\
         with its owner's rights; EXECUTE lists who may call it.\n\n\
         | function | returns | language | security | volatility | owner | settings | EXECUTE |\n\
         |---|---|---|---|---|---|---|---|\n",
    );
    for (name, arguments, result, language, definer, volatility, kind, owner, settings, execute, _comment) in &functions
    {
        let returns = if kind == "p" { "(procedure)".to_string() } else { cell(result) };
        let volatility = match volatility.as_str() {
            "i" => "immutable",
            "s" => "stable",
            _ => "volatile",
        };
        let _ = writeln!(
            out,
            "| `{name}({})` | {returns} | {language} | {} | {volatility} | `{owner}` | {} | {} |",
            cell(arguments),
            if *definer { "SECURITY DEFINER" } else { "invoker" },
            if settings.is_empty() { String::new() } else { format!("`{}`", cell(settings)) },
            execute.as_deref().map(cell).unwrap_or_default(),
        );
    }
    out.push_str("\n## Types\n\n");
    for (name, labels) in &enums {
        let _ = writeln!(out, "- `{name}`: {labels}");
    }
    out
}
