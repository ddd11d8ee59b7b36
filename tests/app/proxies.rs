//! The client's address behind a reverse proxy: believed only from trusted proxies, seen through
//! the per-address submission limit.

use axum::body::Body;
use axum::extract::ConnectInfo;
use http_body_util::BodyExt;
use serde_json::json;
use tower::ServiceExt;
use userled::web::security::TrustedProxies;

use crate::helpers::{empty_pool, submission_count};

/// The real router, one submission per address per hour, trusting `proxies`.
async fn app(proxies: &[&str]) -> (axum::Router, userled::db::Pool) {
    let pool = empty_pool().await;
    let state = userled::AppState::new(pool.clone(), "https://userled.example")
        .with_limits(userled::web::Limits {
            submissions_per_hour: 1,
            ..Default::default()
        })
        .with_trusted_proxies(TrustedProxies::new(
            proxies.iter().map(|range| range.parse().unwrap()),
        ));
    (userled::app(state), pool)
}

/// Submits a valid organisation over a connection from `peer` with `headers`; returns the status.
async fn submit(router: &axum::Router, peer: &str, headers: &[(&str, &str)]) -> u16 {
    let body = json!({
        "name": format!("Group via {peer} {headers:?}"),
        "description": "Checks whose address is counted.",
        "categories": ["advocacy"],
        "user_led_degree": "unclear",
        "degree_note": "Not known.",
        "sources": [{"url": "https://example.org/", "title": "Example"}]
    });
    let mut request =
        axum::http::Request::post("/api/v1/submissions").header("content-type", "application/json");
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let mut request = request.body(Body::from(body.to_string())).unwrap();
    let peer: std::net::SocketAddr = format!("{peer}:40000").parse().unwrap();
    request.extensions_mut().insert(ConnectInfo(peer));
    let response = router.clone().oneshot(request).await.unwrap();
    let status = response.status().as_u16();
    let body = response.into_body().collect().await.unwrap().to_bytes();
    assert!(
        matches!(status, 202 | 429),
        "{status}: {}",
        String::from_utf8_lossy(&body)
    );
    status
}

#[tokio::test]
async fn without_trusted_proxies_forwarding_headers_change_nothing() {
    let (router, pool) = app(&[]).await;
    let proxy = "10.0.0.2";
    assert_eq!(
        submit(&router, proxy, &[("x-forwarded-for", "198.51.100.1")]).await,
        202
    );
    // Another claimed client, the same peer: the same address, over its limit.
    for forged in [
        ("x-forwarded-for", "198.51.100.2"),
        ("forwarded", "for=198.51.100.3"),
    ] {
        assert_eq!(submit(&router, proxy, &[forged]).await, 429, "{forged:?}");
    }
    assert_eq!(submission_count(&pool).await, 1);
}

#[tokio::test]
async fn behind_a_trusted_proxy_each_client_has_its_own_limit() {
    let (router, pool) = app(&["10.0.0.0/8"]).await;
    let proxy = "10.0.0.2";
    assert_eq!(
        submit(&router, proxy, &[("x-forwarded-for", "198.51.100.1")]).await,
        202
    );
    assert_eq!(
        submit(&router, proxy, &[("x-forwarded-for", "198.51.100.2")]).await,
        202,
        "another client behind the same proxy"
    );
    assert_eq!(
        submit(
            &router,
            proxy,
            &[("forwarded", "for=198.51.100.3;proto=https")]
        )
        .await,
        202,
        "Forwarded is read too"
    );
    // The first client again, through two proxies, having forged an address of its own.
    assert_eq!(
        submit(
            &router,
            proxy,
            &[("x-forwarded-for", "203.0.113.50, 198.51.100.1, 10.1.1.1")]
        )
        .await,
        429
    );
    assert_eq!(
        submit(
            &router,
            proxy,
            &[("forwarded", "for=\"198.51.100.2:5000\"")]
        )
        .await,
        429
    );
    // A peer outside the list is believed about nothing: it is its own client.
    assert_eq!(
        submit(&router, "203.0.113.9", &[("x-forwarded-for", "192.0.2.1")]).await,
        202
    );
    assert_eq!(
        submit(&router, "203.0.113.9", &[("x-forwarded-for", "192.0.2.2")]).await,
        429
    );
    // Headers naming different clients are both ignored: the proxy's own address counts.
    let both = [
        ("forwarded", "for=192.0.2.77"),
        ("x-forwarded-for", "192.0.2.78"),
    ];
    assert_eq!(submit(&router, proxy, &both).await, 202);
    assert_eq!(
        submit(&router, proxy, &[]).await,
        429,
        "the proxy's own slot"
    );
    assert_eq!(submission_count(&pool).await, 5);
}
