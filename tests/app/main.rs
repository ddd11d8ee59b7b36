//! The integration tests: one binary, one module per feature, all through the real code and a
//! real SQLite database (in memory or in a temporary file).

mod helpers;

mod health;
mod import_export;
mod schema;
mod seed;
mod startup;
