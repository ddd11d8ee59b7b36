//! The database schema and the Rust vocabularies must agree.

use serde_json::json;
use userled::domain::Vocabulary;
use userled::domain::languages::LANGUAGES;
use userled::domain::vocabulary::{
    Activity, AliasKind, ContactLinkKind, EventKind, MeetingMode, RelationKind, Scope, Status,
    UserLedDegree, Visibility,
};
use userled::interchange;

use crate::helpers::empty_pool;

#[tokio::test]
async fn the_activities_table_matches_the_vocabulary() {
    let pool = empty_pool().await;
    let rows: Vec<(String, String, String)> =
        sqlx::query_as("SELECT slug, label, definition FROM activities ORDER BY rowid")
            .fetch_all(&pool)
            .await
            .unwrap();
    let expected: Vec<(String, String, String)> = Activity::ALL
        .iter()
        .map(|a| (a.slug().into(), a.label().into(), a.definition().into()))
        .collect();
    assert_eq!(rows, expected);
}

fn slugs<V: Vocabulary>() -> Vec<&'static str> {
    V::ALL.iter().map(|v| v.slug()).collect()
}

/// Every value of every vocabulary passes the database's CHECK constraints.
#[tokio::test]
async fn every_vocabulary_value_can_be_stored() {
    let pool = empty_pool().await;
    let aliases: Vec<_> = slugs::<AliasKind>()
        .into_iter()
        .map(|kind| json!({"name": kind, "language": "en", "kind": kind}))
        .collect();
    let relations: Vec<_> = slugs::<RelationKind>()
        .into_iter()
        .map(|kind| json!({"kind": kind, "target": "target"}))
        .collect();
    // `founded` and `ended` events must agree with the record's years, which it leaves empty.
    let events: Vec<_> = slugs::<EventKind>()
        .into_iter()
        .filter(|kind| !matches!(*kind, "founded" | "ended"))
        .map(|kind| json!({"year": 2000, "kind": kind, "note": kind}))
        .collect();
    let mut records = vec![json!({
        "name": "Everything",
        "aliases": aliases,
        "description": "Uses every value.",
        "categories": ["mutual_aid", "recovery_enterprise", "harm_reduction", "advocacy", "research"],
        "user_led_degree": "unclear",
        "degree_note": "A test.",
        "user_profiles": ["street_drugs", "party_drugs", "psychedelics", "cannabis", "all_drugs"],
        "activities": slugs::<Activity>(),
        "sources": [{"url": "https://example.org/", "title": "Example"}],
        "relations": relations,
        "events": events
    })];
    let minimal = |name: String| {
        json!({
            "name": name,
            "description": "A test.",
            "categories": ["advocacy"],
            "user_led_degree": "unclear",
            "degree_note": "A test.",
            "sources": [{"url": "https://example.org/", "title": "Example"}]
        })
    };
    records.push(minimal("Target".into()));
    for (field, values) in [
        ("scope", slugs::<Scope>()),
        ("status", slugs::<Status>()),
        ("user_led_degree", slugs::<UserLedDegree>()),
        ("visibility", slugs::<Visibility>()),
    ] {
        for value in values {
            let mut record = minimal(format!("{field} {value}"));
            record[field] = json!(value);
            records.push(record);
        }
    }
    // The contact's vocabularies and every working language.
    for meets in slugs::<MeetingMode>() {
        let mut record = minimal(format!("meets {meets}"));
        record["contact"] = json!({
            "meets": meets,
            "links": slugs::<ContactLinkKind>()
                .iter()
                .map(|kind| json!({"kind": kind, "url": format!("https://{kind}.example/")}))
                .collect::<Vec<_>>(),
            "languages": LANGUAGES.iter().map(|(code, _)| *code).collect::<Vec<_>>(),
        });
        records.push(record);
    }
    let count = records.len();
    let text = json!({"format": interchange::FORMAT, "organisations": records}).to_string();
    let report = interchange::import(&pool, &text, userled::now())
        .await
        .unwrap();
    assert_eq!(report.created, count);

    // And it all comes back out.
    let exported = interchange::export(&pool, userled::now().year())
        .await
        .unwrap();
    assert!(exported.contains("\"succeeded_by\""));
    assert!(exported.contains("\"degree_changed\""));
    assert!(exported.contains("\"messaging\""));
    assert!(exported.contains("\"rom\""));
}

#[tokio::test]
async fn the_database_enforces_its_constraints() {
    let pool = empty_pool().await;
    let insert = |category: &'static str, organisation_id: i64| {
        let pool = pool.clone();
        async move {
            sqlx::query(
                "INSERT INTO organisation_categories (organisation_id, category) VALUES (?, ?)",
            )
            .bind(organisation_id)
            .bind(category)
            .execute(&pool)
            .await
        }
    };
    // No organisation 42: the foreign key refuses the row.
    assert!(insert("advocacy", 42).await.is_err());

    sqlx::query(
        "INSERT INTO organisations (id, slug, name, description, status, user_led_degree,
             degree_note, visibility, created_at, updated_at)
         VALUES (1, 'x', 'X', 'x', 'unknown', 'unclear', 'x', 'listed', 'now', 'now')",
    )
    .execute(&pool)
    .await
    .unwrap();
    assert!(insert("advocacy", 1).await.is_ok());
    assert!(
        insert("self_help", 1).await.is_err(),
        "CHECK accepts an unknown category"
    );

    let bad_slug = sqlx::query(
        "INSERT INTO organisations (slug, name, description, status, user_led_degree,
             degree_note, visibility, created_at, updated_at)
         VALUES ('Not A Slug', 'Y', 'y', 'unknown', 'unclear', 'y', 'listed', 'now', 'now')",
    )
    .execute(&pool)
    .await;
    assert!(bad_slug.is_err());
}
