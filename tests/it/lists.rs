//! Lists as people and scripts read them: --limit, --all, --sort, --no-headers, -o ids;
//! CSV that imports again; piped tables without trailing spaces; on a terminal a page
//! at a time, with ids, dates and times never broken across lines.

use crate::harness::{TestDb, on_a_terminal, stderr, stdout};
use crate::imports::{act, clinic, json, ok, seed};

#[tokio::test]
async fn lists_cut_sort_and_print_ids_and_their_csv_imports_again() {
    let db = TestDb::new().await;
    let admin = clinic(&db, "lists").await;
    ok(act(&db, &admin, &["patient", "import", &seed("patients.csv")]));

    let csv = stdout(&ok(act(&db, &admin, &["patient", "list", "-o", "csv"])));
    let header = csv.lines().next().unwrap_or_default();
    assert!(header.starts_with("medical_record_number,first_name,last_name,date_of_birth"), "{header}");
    // The list is a file the import takes: into another clinic, every row created.
    let other = clinic(&db, "again").await;
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("patients.csv");
    std::fs::write(&file, &csv).expect("write");
    let imported = stdout(&ok(act(&db, &other, &["patient", "import", &file.display().to_string()])));
    assert!(imported.contains("3 row(s) read, 3 created"), "{imported}");

    let names = |args: &[&str]| -> Vec<String> {
        let list = json(&ok(act(&db, &admin, &[&["patient", "list", "-o", "json"][..], args].concat())));
        list.as_array().expect("list").iter().filter_map(|p| p["last_name"].as_str().map(String::from)).collect()
    };
    assert_eq!(names(&["--sort", "last_name"]), ["Kim", "Martinez", "Okafor"]);
    assert_eq!(names(&["--sort", "last name:desc"]), ["Okafor", "Martinez", "Kim"]);
    assert_eq!(names(&["--sort", "last_name", "--limit", "2"]), ["Kim", "Martinez"]);
    let bad = act(&db, &admin, &["patient", "list", "--sort", "shoe_size"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("no column \"shoe_size\"; sort by one of mrn, first_name"), "{}", stderr(&bad));

    let ids = stdout(&ok(act(&db, &admin, &["patient", "list", "-o", "ids"])));
    let ids: Vec<&str> = ids.lines().collect();
    assert_eq!(ids.len(), 3);
    assert!(ids.iter().all(|id| uuid::Uuid::parse_str(id).is_ok()), "{ids:?}");
    let bare = stdout(&ok(act(&db, &admin, &["patient", "list", "-o", "csv", "--no-headers"])));
    assert!(bare.starts_with("MRN-100"), "{bare}");
    // Piped, a table is plain columns with nothing at the ends of its lines.
    let table = stdout(&ok(act(&db, &admin, &["patient", "list"])));
    assert!(table.lines().count() == 4 && table.lines().all(|l| l == l.trim_end()), "{table:?}");
}

#[tokio::test]
async fn on_a_terminal_a_list_is_a_page_and_ids_stay_whole() {
    let db = TestDb::new().await;
    let admin = clinic(&db, "paged").await;
    ok(act(&db, &admin, &["patient", "import", &seed("patients.csv")]));
    let (done, screen) = on_a_terminal(&db, &admin, "patient list --limit 2", "");
    assert!(done, "{screen}");
    assert!(screen.contains("… 1 more not shown: --limit 3 or --all to see them"), "{screen}");
    let ids: Vec<String> = sqlx::query_scalar("SELECT id::text FROM patients ORDER BY medical_record_number LIMIT 2")
        .fetch_all(&db.pool)
        .await
        .expect("ids");
    for id in ids {
        assert!(screen.contains(&id), "the id {id} is on one line: {screen}");
    }
    assert!(screen.lines().filter(|l| l.contains("MRN-100")).count() == 2, "one line a row: {screen}");
}
