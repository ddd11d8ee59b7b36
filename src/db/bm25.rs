//! `userled_bm25`: FTS5's own bm25 rank, told how many rows hold each phrase of the query.
//!
//! FTS5's `bm25()` ranked `"peer" AND "users"*` (4 957 matches at 100 000 organisations) in 10
//! to 13 ms, where matching alone takes 1.4 to 3. It spends them on two things the search already
//! knows or can keep:
//! - each phrase's weight (its IDF): at the first row of every statement, `bm25()` counts the rows
//!   that hold each phrase, a walk over the phrase's whole list in the index (a prefix's over
//!   every word it begins). The search reads and keeps each word of a query on its own
//!   (`search::hits`), its count with it;
//! - each row's length in tokens, looked up row by row in the index's `docsize` table: a
//!   statement and a seek per match, about 1.2 µs each (6 of those ms). The search reads every
//!   row's length once per catalogue, in one pass ([`row_lengths`](super::catalogue::row_lengths)).
//!
//! `userled_bm25` takes both as arguments, and otherwise ranks exactly as `bm25()` does, step for
//! step (`fts5Bm25Function` in SQLite's `fts5_aux.c`): a test holds the two equal, bit for bit.
//!
//! `userled_bm25(organisation_search, counts, lengths)`:
//! - `counts` holds one entry per phrase of the query, in the order the query writes them,
//!   separated by spaces: a phrase's row count, or `-` to have the function count it as `bm25()`
//!   would (a city's many names, each rare);
//! - `lengths` is a blob of rows' lengths ([`lengths_blob`]), in any number: a row it leaves out
//!   is looked up as `bm25()` does.
//!
//! The rank comes back as the bits of the `f64` `bm25()` gives ([`rank_from_bits`]): an integer
//! is written as text far faster than a float, and exactly.
//!
//! The function is registered on every connection the program opens ([`register`]), through
//! SQLite's C interface, the one way FTS5 takes functions of its own.

use std::ffi::{CStr, c_int, c_void};
use std::ptr;

use libsqlite3_sys as ffi;
use sqlx::SqliteConnection;

/// The weight of a match in each column of `organisation_search`, in the table's order: name,
/// other names, description, city, activities, sources.
pub const COLUMN_WEIGHTS: [f64; 6] = [10.0, 6.0, 1.0, 3.0, 1.0, 0.5];

/// bm25's constants, as FTS5 sets them.
const K1: f64 = 1.2;
const B: f64 = 0.75;

/// The bytes of a row-lengths blob: each row's id and length, in order of ids.
pub fn lengths_blob(mut lengths: Vec<(i64, u32)>) -> Vec<u8> {
    lengths.sort_unstable_by_key(|&(id, _)| id);
    let mut blob = Vec::with_capacity(lengths.len() * LENGTH_BYTES);
    for (id, length) in lengths {
        blob.extend_from_slice(&id.to_le_bytes());
        blob.extend_from_slice(&length.to_le_bytes());
    }
    blob
}

/// One row of a row-lengths blob: an `i64` id and a `u32` length, little-endian.
const LENGTH_BYTES: usize = 12;

/// The rows' lengths of a blob made by [`lengths_blob`], or `None` if it is not one.
fn lengths_from_blob(blob: &[u8]) -> Option<Vec<(i64, u32)>> {
    if !blob.len().is_multiple_of(LENGTH_BYTES) {
        return None;
    }
    let lengths: Vec<(i64, u32)> = blob
        .chunks_exact(LENGTH_BYTES)
        .map(|row| {
            let (id, length) = row.split_at(8);
            Some((
                i64::from_le_bytes(id.try_into().ok()?),
                u32::from_le_bytes(length.try_into().ok()?),
            ))
        })
        .collect::<Option<_>>()?;
    lengths.is_sorted_by_key(|&(id, _)| id).then_some(lengths)
}

/// A row's length in tokens, from its `sz` in the full-text index's `docsize` table: one SQLite
/// varint per column (the format FTS5 stores, part of the database file's format), summed as
/// FTS5's `xColumnSize(-1)` sums them. `None` if the bytes are not varints.
pub fn row_length(sz: &[u8]) -> Option<u32> {
    let mut total: u64 = 0;
    let mut rest = sz;
    while !rest.is_empty() {
        let (value, used) = varint(rest)?;
        total = total.checked_add(value)?;
        rest = &rest[used..];
    }
    u32::try_from(total).ok()
}

/// The SQLite varint at the start of `bytes` and its length: seven bits a byte, high bit set
/// while more follow, the ninth byte whole.
fn varint(bytes: &[u8]) -> Option<(u64, usize)> {
    let mut value: u64 = 0;
    for (i, &byte) in bytes.iter().enumerate().take(9) {
        if i == 8 {
            return Some(((value << 8) | u64::from(byte), 9));
        }
        value = (value << 7) | u64::from(byte & 0x7f);
        if byte < 0x80 {
            return Some((value, i + 1));
        }
    }
    None
}

/// The rank `userled_bm25` returned as an integer.
pub fn rank_from_bits(bits: i64) -> f64 {
    f64::from_bits(bits as u64)
}

/// Makes `userled_bm25` available on `conn`.
pub async fn register(conn: &mut SqliteConnection) -> Result<(), sqlx::Error> {
    let mut handle = conn.lock_handle().await?;
    let db = handle.as_raw_handle().as_ptr();
    // SAFETY: the locked handle guarantees that no other thread uses the connection meanwhile,
    // and `db` is a valid open connection for as long as the lock is held.
    let rc = unsafe { create_function(db) };
    match rc {
        ffi::SQLITE_OK => Ok(()),
        rc => Err(sqlx::Error::Configuration(
            format!("cannot register userled_bm25 (SQLite error {rc})").into(),
        )),
    }
}

/// Registers the function with the FTS5 module of `db`.
///
/// # Safety
/// `db` must be an open connection that no other thread uses during the call.
unsafe fn create_function(db: *mut ffi::sqlite3) -> c_int {
    // FTS5 hands out its interface only through a pointer bound to `SELECT fts5(?)`.
    let mut api: *mut ffi::fts5_api = ptr::null_mut();
    let mut stmt: *mut ffi::sqlite3_stmt = ptr::null_mut();
    // SAFETY (the block): `db` is valid (the caller's promise); `stmt` is finalised on every path
    // after a successful prepare; `api` outlives the statement that writes it.
    unsafe {
        let rc = ffi::sqlite3_prepare_v2(
            db,
            c"SELECT fts5(?1)".as_ptr(),
            -1,
            &mut stmt,
            ptr::null_mut(),
        );
        if rc != ffi::SQLITE_OK {
            return rc;
        }
        let rc = ffi::sqlite3_bind_pointer(
            stmt,
            1,
            (&raw mut api).cast::<c_void>(),
            c"fts5_api_ptr".as_ptr(),
            None,
        );
        let stepped = match rc {
            ffi::SQLITE_OK => ffi::sqlite3_step(stmt),
            rc => rc,
        };
        let finalised = ffi::sqlite3_finalize(stmt);
        if stepped != ffi::SQLITE_ROW && stepped != ffi::SQLITE_DONE {
            return stepped;
        }
        if finalised != ffi::SQLITE_OK {
            return finalised;
        }
        let Some(create) = api.as_ref().and_then(|api| api.xCreateFunction) else {
            return ffi::SQLITE_ERROR;
        };
        create(
            api,
            c"userled_bm25".as_ptr(),
            ptr::null_mut(),
            Some(userled_bm25),
            None,
        )
    }
}

/// What one statement's ranks share, worked out at its first row: each phrase's weight (IDF),
/// the average row length in tokens, and room for a row's phrase frequencies.
struct Statement {
    idf: Vec<f64>,
    average_length: f64,
    /// Rows' lengths given, by id.
    lengths: Vec<(i64, u32)>,
    frequencies: Vec<f64>,
}

unsafe extern "C" fn drop_statement(data: *mut c_void) {
    // SAFETY: FTS5 calls this once, with the pointer `userled_bm25` made from a `Box`.
    drop(unsafe { Box::from_raw(data.cast::<Statement>()) });
}

/// Called by FTS5 for each matching row.
unsafe extern "C" fn userled_bm25(
    api: *const ffi::Fts5ExtensionApi,
    fts: *mut ffi::Fts5Context,
    ctx: *mut ffi::sqlite3_context,
    argument_count: c_int,
    arguments: *mut *mut ffi::sqlite3_value,
) {
    // SAFETY: FTS5 passes a valid interface, context and `argument_count` arguments.
    let result = unsafe { rank_row(&*api, fts, argument_count, arguments) };
    // SAFETY: `ctx` is the function's valid result context.
    unsafe {
        match result {
            Ok(rank) => ffi::sqlite3_result_int64(ctx, rank.to_bits() as i64),
            Err(Failure::Code(rc)) => ffi::sqlite3_result_error_code(ctx, rc),
            Err(Failure::Message(message)) => ffi::sqlite3_result_error(ctx, message.as_ptr(), -1),
        }
    }
}

enum Failure {
    /// An error FTS5 reported.
    Code(c_int),
    /// A misuse of the function.
    Message(&'static CStr),
}

/// Turns FTS5's status code into a result.
fn checked(rc: c_int) -> Result<(), Failure> {
    match rc {
        ffi::SQLITE_OK => Ok(()),
        rc => Err(Failure::Code(rc)),
    }
}

/// A missing entry of FTS5's interface: none is, in the SQLite this program is built with.
const MISSING: Failure = Failure::Message(c"userled_bm25: FTS5 lacks a function it needs");

/// The current row's rank, as `fts5Bm25Function` works it out.
///
/// # Safety
/// The arguments must be those FTS5 passed to the function.
unsafe fn rank_row(
    api: &ffi::Fts5ExtensionApi,
    fts: *mut ffi::Fts5Context,
    argument_count: c_int,
    arguments: *mut *mut ffi::sqlite3_value,
) -> Result<f64, Failure> {
    let get_auxdata = api.xGetAuxdata.ok_or(MISSING)?;
    // SAFETY (the block): calls into FTS5's interface with the context it gave, and reads
    // arguments within `argument_count`.
    unsafe {
        let mut statement = get_auxdata(fts, 0).cast::<Statement>();
        if statement.is_null() {
            if argument_count != 2 {
                return Err(Failure::Message(
                    c"userled_bm25: give the phrases' row counts and the rows' lengths",
                ));
            }
            let counts = text_argument(*arguments).ok_or(Failure::Message(
                c"userled_bm25: the phrases' row counts must be text",
            ))?;
            let lengths = blob_argument(*arguments.add(1))
                .and_then(lengths_from_blob)
                .ok_or(Failure::Message(
                    c"userled_bm25: the rows' lengths must be a blob of lengths_blob",
                ))?;
            let made = Box::into_raw(Box::new(prepare(api, fts, counts, lengths)?));
            let set_auxdata = api.xSetAuxdata.ok_or(MISSING)?;
            // On failure FTS5 calls the destructor itself.
            checked(set_auxdata(fts, made.cast(), Some(drop_statement)))?;
            statement = made;
        }
        let statement = &mut *statement;
        statement.frequencies.fill(0.0);
        let mut instances = 0;
        checked(api.xInstCount.ok_or(MISSING)?(fts, &mut instances))?;
        let inst = api.xInst.ok_or(MISSING)?;
        for i in 0..instances {
            let (mut phrase, mut column, mut offset) = (0, 0, 0);
            checked(inst(fts, i, &mut phrase, &mut column, &mut offset))?;
            let weight = usize::try_from(column)
                .ok()
                .and_then(|column| COLUMN_WEIGHTS.get(column))
                .copied()
                .unwrap_or(1.0);
            if let Some(frequency) = usize::try_from(phrase)
                .ok()
                .and_then(|phrase| statement.frequencies.get_mut(phrase))
            {
                *frequency += weight;
            }
        }
        let row = api.xRowid.ok_or(MISSING)?(fts);
        let given = statement
            .lengths
            .binary_search_by_key(&row, |&(id, _)| id)
            .ok()
            .map(|i| f64::from(statement.lengths[i].1));
        let length = match given {
            Some(length) => length,
            None => {
                let mut tokens = 0;
                checked(api.xColumnSize.ok_or(MISSING)?(fts, -1, &mut tokens))?;
                f64::from(tokens)
            }
        };
        Ok(score(
            &statement.idf,
            &statement.frequencies,
            length,
            statement.average_length,
        ))
    }
}

/// The text of an argument, if it is text.
///
/// # Safety
/// `value` must be a valid argument of the current call.
unsafe fn text_argument<'a>(value: *mut ffi::sqlite3_value) -> Option<&'a str> {
    // SAFETY: SQLite keeps the text valid until the function returns; it is only read within.
    unsafe {
        if ffi::sqlite3_value_type(value) != ffi::SQLITE_TEXT {
            return None;
        }
        let text = ffi::sqlite3_value_text(value);
        if text.is_null() {
            return None;
        }
        CStr::from_ptr(text.cast()).to_str().ok()
    }
}

/// The bytes of an argument, if it is a blob (SQLite gives an empty one no pointer).
///
/// # Safety
/// `value` must be a valid argument of the current call.
unsafe fn blob_argument<'a>(value: *mut ffi::sqlite3_value) -> Option<&'a [u8]> {
    // SAFETY: SQLite keeps the bytes valid until the function returns; they are copied within.
    unsafe {
        if ffi::sqlite3_value_type(value) != ffi::SQLITE_BLOB {
            return None;
        }
        let bytes = ffi::sqlite3_value_blob(value);
        let len = usize::try_from(ffi::sqlite3_value_bytes(value)).ok()?;
        if bytes.is_null() || len == 0 {
            return Some(&[]);
        }
        Some(std::slice::from_raw_parts(bytes.cast::<u8>(), len))
    }
}

/// Works out what a statement's ranks share, from the phrases' row counts given in `counts` (see
/// the module's documentation).
///
/// # Safety
/// `fts` must be the context FTS5 passed to the function.
unsafe fn prepare(
    api: &ffi::Fts5ExtensionApi,
    fts: *mut ffi::Fts5Context,
    counts: &str,
    lengths: Vec<(i64, u32)>,
) -> Result<Statement, Failure> {
    // SAFETY (the block): calls into FTS5's interface with the context it gave.
    unsafe {
        let phrases = api.xPhraseCount.ok_or(MISSING)?(fts);
        let counts = phrase_counts(counts).ok_or(Failure::Message(
            c"userled_bm25: a row count is neither a number nor -",
        ))?;
        if usize::try_from(phrases).ok() != Some(counts.len()) {
            return Err(Failure::Message(
                c"userled_bm25: the row counts are not one per phrase",
            ));
        }
        let (mut rows, mut tokens) = (0, 0);
        checked(api.xRowCount.ok_or(MISSING)?(fts, &mut rows))?;
        checked(api.xColumnTotalSize.ok_or(MISSING)?(fts, -1, &mut tokens))?;
        let query_phrase = api.xQueryPhrase.ok_or(MISSING)?;
        let mut idf = Vec::with_capacity(counts.len());
        for (phrase, count) in (0..phrases).zip(counts) {
            let hits = match count {
                Some(count) => count,
                None => {
                    let mut hits: i64 = 0;
                    checked(query_phrase(
                        fts,
                        phrase,
                        (&raw mut hits).cast(),
                        Some(count_row),
                    ))?;
                    hits
                }
            };
            idf.push(inverse_document_frequency(rows, hits));
        }
        Ok(Statement {
            frequencies: vec![0.0; idf.len()],
            idf,
            average_length: tokens as f64 / rows as f64,
            lengths,
        })
    }
}

/// Counts a row holding the phrase (FTS5's `fts5CountCb`).
unsafe extern "C" fn count_row(
    _api: *const ffi::Fts5ExtensionApi,
    _fts: *mut ffi::Fts5Context,
    hits: *mut c_void,
) -> c_int {
    // SAFETY: `prepare` passes a pointer to its `i64` counter.
    unsafe { *hits.cast::<i64>() += 1 };
    ffi::SQLITE_OK
}

/// The row counts of `userled_bm25`'s second argument: `None` for each `-`.
fn phrase_counts(counts: &str) -> Option<Vec<Option<i64>>> {
    counts
        .split_ascii_whitespace()
        .map(|count| match count {
            "-" => Some(None),
            count => count.parse().ok().filter(|count| *count >= 0).map(Some),
        })
        .collect()
}

/// A phrase's weight: rarer phrases weigh more, and one in over half the rows almost nothing.
/// Written as FTS5 writes it, so that the result is the same to the last bit.
fn inverse_document_frequency(rows: i64, hits: i64) -> f64 {
    let idf = (((rows - hits) as f64 + 0.5) / (hits as f64 + 0.5)).ln();
    if idf <= 0.0 { 1e-6 } else { idf }
}

/// A row's bm25 score, negated (lower ranks first), from its phrase frequencies (each match
/// weighed by its column) and its length in tokens. Written as FTS5 writes it.
fn score(idf: &[f64], frequencies: &[f64], length: f64, average_length: f64) -> f64 {
    let mut score = 0.0;
    for (idf, frequency) in idf.iter().zip(frequencies) {
        score += idf
            * ((frequency * (K1 + 1.0))
                / (frequency + K1 * (1.0 - B + B * length / average_length)));
    }
    -score
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn row_counts_are_numbers_or_a_dash() {
        assert_eq!(phrase_counts("12 - 0"), Some(vec![Some(12), None, Some(0)]));
        assert_eq!(phrase_counts(""), Some(vec![]));
        assert_eq!(phrase_counts("12 x"), None);
        assert_eq!(phrase_counts("-3"), None);
    }

    #[test]
    fn row_lengths_are_summed_varints() {
        assert_eq!(row_length(&[3, 1, 0x1b, 1, 2, 12]), Some(46));
        // 0x81 0x00 is 128; 0x82 0x01 is 257.
        assert_eq!(row_length(&[0x81, 0x00, 0x82, 0x01]), Some(385));
        assert_eq!(row_length(&[]), Some(0));
        assert_eq!(row_length(&[0x81]), None, "cut short");
    }

    #[test]
    fn a_lengths_blob_reads_back_in_order_of_ids() {
        let blob = lengths_blob(vec![(7, 40), (-2, 3), (300_000, 1)]);
        assert_eq!(
            lengths_from_blob(&blob),
            Some(vec![(-2, 3), (7, 40), (300_000, 1)])
        );
        assert_eq!(lengths_from_blob(&blob[1..]), None);
        assert_eq!(lengths_from_blob(&[]), Some(vec![]));
    }

    #[test]
    fn a_phrase_in_most_rows_weighs_almost_nothing() {
        assert!(inverse_document_frequency(100, 1) > inverse_document_frequency(100, 10));
        assert_eq!(inverse_document_frequency(100, 60), 1e-6);
    }
}
