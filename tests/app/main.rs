//! The integration tests: one binary, one module per feature, all through the real code and a
//! real SQLite database (in memory or in a temporary file).

mod helpers;

mod api;
mod api_contract;
mod backup;
mod concurrency;
mod connections;
mod contact;
mod contribute;
mod currency;
mod error_languages;
mod forms;
mod health;
mod import_export;
mod languages;
mod lists;
mod moderation;
mod moderation_views;
mod pages;
mod presentation;
mod proxies;
mod schema;
mod search;
mod search_answers;
mod seed;
mod startup;
mod storage;
mod trust;
mod visibility;
