//! How the registry is stored: a full-text index without a second copy of its text.

use crate::helpers::TestApp;

#[tokio::test]
async fn the_search_index_keeps_no_copy_of_its_text_and_still_finds_and_ranks() {
    let app = TestApp::fixture().await;
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_schema WHERE name LIKE 'organisation_search%' ORDER BY name",
    )
    .fetch_all(&app.pool)
    .await
    .unwrap();
    assert!(
        tables.contains(&"organisation_search".to_owned())
            && !tables.contains(&"organisation_search_content".to_owned()),
        "{tables:?}"
    );
    // Every indexed organisation has its row, yet none of its text can be read back.
    let (rows, texts): (i64, i64) = sqlx::query_as(
        "SELECT count(*), count(name) + count(aliases) + count(description) + count(city)
                          + count(activities) + count(sources)
         FROM organisation_search",
    )
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert_eq!((rows, texts), (7, 0), "the unlisted one has no row");

    // Words, prefixes, diacritics, a discreet entry's name only, the ranking and the column
    // filter of city names all work from the index alone.
    assert_eq!(app.names("q=osnabruck").await, ["JES Osnabrück"]);
    assert_eq!(app.names("q=montan").await, ["Colectivo Montañés"]);
    assert_eq!(app.names("q=Epsilon").await, ["Epsilon Discreet Group"]);
    assert_eq!(app.total("q=Quietname").await, 0);
    assert_eq!(app.total("q=Secretville").await, 0);
    assert_eq!(app.total("q=Aarhus").await, 0);
    assert_eq!(
        app.names("q=berlin").await.first().map(String::as_str),
        Some("Alpha Harm Reduction Berlin")
    );
    let terms: i64 =
        sqlx::query_scalar("SELECT doc FROM organisation_search_terms WHERE term = 'osnabruck'")
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert_eq!(terms, 1);
}
