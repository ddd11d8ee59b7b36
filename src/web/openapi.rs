//! The OpenAPI document's contract, beyond what the Rust types say: the bounds the server
//! enforces on every parameter and field, the empty values HTML forms send, the errors every
//! operation can answer, and the exact branches of `OrganisationRecord`. utoipa builds the
//! document from the types; this completes it once, so the document states what the server
//! does and a strict client (or schemathesis) can rely on it both ways: what it allows is
//! accepted, what it forbids is refused.

use serde_json::{Map, Value, json};

use crate::domain::languages::LANGUAGES;
use crate::domain::organisation::limits;
use crate::domain::submission::{MAX_NOTE_CHARS, READ_ONLY_FIELDS};
use crate::domain::{CountryCode, Year};
use crate::i18n::Lang;
use crate::search::Sort;
use crate::search::params::{MAX_PER_PAGE, MAX_QUERY_CHARS};

/// The document utoipa built, completed. `current_year` is the latest year the server accepts.
pub fn complete(document: Value, current_year: i32) -> Value {
    let mut document = document;
    let schemas = &mut document["components"]["schemas"];
    schemas["Year"]["maximum"] = json!(current_year);
    schemas["CountryCode"] = json!({
        "type": "string",
        "description": "An assigned ISO 3166-1 alpha-2 country code.",
        "enum": CountryCode::all().map(CountryCode::code).collect::<Vec<_>>(),
    });
    record_branches(schemas);
    closed_parts(schemas);
    submission_schemas(schemas);
    link_results_to_records(&mut document);
    if let Some(paths) = document["paths"].as_object_mut() {
        for operations in paths.values_mut() {
            let Some(operations) = operations.as_object_mut() else {
                continue;
            };
            for (method, operation) in operations.iter_mut() {
                constrain_parameters(operation, current_year);
                add_error_answers(operation, method);
            }
        }
    }
    document
}

/// A result of a search leads to its full record: the link lets a client (and schemathesis's
/// stateful phase) follow a search with a read.
fn link_results_to_records(document: &mut Value) {
    let answer = &mut document["paths"]["/api/v1/organisations"]["get"]["responses"]["200"];
    if answer.is_object() {
        answer["links"] = json!({"GetFirstOrganisation": {
            "operationId": "get_organisation",
            "parameters": {"slug": "$response.body#/items/0/slug"},
            "description": "The full record of the first organisation of the page"
        }});
    }
}

/// A full record's `visibility` is `listed`, a discreet one's `discreet` (unlisted
/// organisations are not shown): each answer matches exactly one branch, and the discriminator
/// says which.
fn record_branches(schemas: &mut Value) {
    schemas["OrganisationRecord"]["discriminator"] = json!({
        "propertyName": "visibility",
        "mapping": {
            "listed": "#/components/schemas/FullRecord",
            "discreet": "#/components/schemas/DiscreetRecord",
        }
    });
    if let Some(parts) = schemas["FullRecord"]["allOf"].as_array_mut() {
        parts.push(json!({
            "type": "object",
            "required": ["visibility"],
            "properties": {"visibility": {"const": "listed", "description": "Always `listed`."}}
        }));
    }
    if let Some(parts) = schemas["DiscreetRecord"]["allOf"].as_array_mut() {
        for part in parts.iter_mut() {
            if part["properties"]["visibility"].is_object() {
                part["properties"]["visibility"] =
                    json!({"const": "discreet", "description": "Always `discreet`."});
            }
        }
    }
}

/// The parts of a record take no fields of their own, in an answer or a submission, and their
/// texts have the lengths the server accepts (required ones at least one character).
fn closed_parts(schemas: &mut Value) {
    let parts = [
        "Alias",
        "Contact",
        "PostalAddress",
        "ContactLink",
        "Source",
        "Evaluation",
        "Fact",
        "Relation",
        "Event",
    ];
    for name in parts {
        schemas[name]["additionalProperties"] = json!(false);
    }
    schemas["Contact"]["properties"]["languages"]["items"] = working_language();
    let texts = [
        ("Alias", "name", true, limits::NAME),
        ("Contact", "how_to_get_in_touch", false, limits::NOTE),
        ("PostalAddress", "street", true, limits::SHORT_TEXT),
        ("PostalAddress", "postal_code", false, limits::POSTAL_CODE),
        ("PostalAddress", "locality", true, limits::SHORT_TEXT),
        ("Source", "title", true, limits::SHORT_TEXT),
        ("Source", "note", false, limits::NOTE),
        ("Evaluation", "citation", true, limits::SHORT_TEXT),
        ("Evaluation", "design", false, limits::NOTE),
        ("Evaluation", "finding", true, limits::NOTE),
        ("Fact", "label", true, limits::SHORT_TEXT),
        ("Fact", "note", false, limits::NOTE),
        ("Event", "note", true, limits::NOTE),
    ];
    for (schema, field, required, max) in texts {
        let property = &mut schemas[schema]["properties"][field];
        property["maxLength"] = json!(max);
        if required {
            property["minLength"] = json!(1);
        }
    }
}

/// The body of a submission, as the server reads it: required are only the fields a new entry
/// needs; optional fields may be left out, `null`, or (as a form sends them) empty; lengths are
/// the server's; read-only fields of the full record are allowed and ignored; any other field
/// is refused. Rules between fields (an end after the founding, an event in the year the record
/// gives) are checked by the server and answered 422.
fn submission_schemas(schemas: &mut Value) {
    let list = |item: &str, min: usize, max: usize| json!({"type": "array", "items": schema_ref(item), "minItems": min, "maxItems": max});
    let parts = [
        (
            "AliasInput",
            vec!["name"],
            json!({
                "name": text(limits::NAME, true),
                "language": optional(schema_ref("LanguageCode")),
                "kind": nullable(schema_ref("AliasKind")),
            }),
        ),
        (
            "ContactInput",
            vec![],
            json!({
                "email": optional(schema_ref("Email")),
                "telephone": optional(schema_ref("Telephone")),
                "address": nullable(schema_ref("PostalAddressInput")),
                "links": list("ContactLinkInput", 0, limits::CONTACT_LINKS),
                "meets": optional(schema_ref("MeetingMode")),
                "languages": {"type": "array", "items": working_language()},
                "how_to_get_in_touch": optional_text(limits::NOTE),
            }),
        ),
        (
            // All or nothing: a street, a town and a country together (answered 422 otherwise).
            "PostalAddressInput",
            vec![],
            json!({
                "street": optional_text(limits::SHORT_TEXT),
                "postal_code": optional_text(limits::POSTAL_CODE),
                "locality": optional_text(limits::SHORT_TEXT),
                "country": optional(schema_ref("CountryCode")),
            }),
        ),
        (
            "ContactLinkInput",
            vec!["kind", "url"],
            json!({
                "kind": schema_ref("ContactLinkKind"),
                "url": schema_ref("WebUrl"),
            }),
        ),
        (
            "SourceInput",
            vec!["url", "title"],
            json!({
                "url": schema_ref("WebUrl"),
                "title": text(limits::SHORT_TEXT, true),
                "year": nullable(schema_ref("Year")),
                "note": optional_text(limits::NOTE),
            }),
        ),
        (
            "EvaluationInput",
            vec!["citation", "finding"],
            json!({
                "citation": text(limits::SHORT_TEXT, true),
                "year": nullable(schema_ref("Year")),
                "design": optional_text(limits::NOTE),
                "sample_size": nullable(json!({"type": "integer", "minimum": 1, "maximum": u32::MAX})),
                "finding": text(limits::NOTE, true),
            }),
        ),
        (
            "FactInput",
            vec!["label", "value"],
            json!({
                "label": text(limits::SHORT_TEXT, true),
                "value": {"type": "integer", "format": "int64"},
                "year": nullable(schema_ref("Year")),
                "note": optional_text(limits::NOTE),
            }),
        ),
        (
            "RelationInput",
            vec!["kind", "target"],
            json!({
                "kind": schema_ref("RelationKind"),
                "target": schema_ref("Slug"),
            }),
        ),
        (
            "EventInput",
            vec!["year", "kind", "note"],
            json!({
                "year": schema_ref("Year"),
                "kind": schema_ref("EventKind"),
                "note": text(limits::NOTE, true),
                "source_url": optional(schema_ref("WebUrl")),
            }),
        ),
    ];
    for (name, required, properties) in parts {
        schemas[name] = json!({
            "type": "object",
            "required": required,
            "properties": properties,
            "additionalProperties": false,
        });
    }
    // Sets: a value given twice counts once, so repeats are allowed.
    let set = |item: &str, min: usize| json!({"type": "array", "items": schema_ref(item), "minItems": min});
    let mut properties = json!({
        "slug": optional(schema_ref("Slug")),
        "name": text(limits::NAME, true),
        "aliases": list("AliasInput", 0, limits::LIST),
        "description": text(limits::DESCRIPTION, true),
        "categories": set("Category", 1),
        "countries": {"type": "array", "items": schema_ref("CountryCode"), "maxItems": 250},
        "city": optional_text(limits::SHORT_TEXT),
        "scope": optional(schema_ref("Scope")),
        "founded_year": nullable(schema_ref("Year")),
        "status": optional(schema_ref("Status")),
        "ended_year": nullable(schema_ref("Year")),
        "user_led_degree": schema_ref("UserLedDegree"),
        "degree_note": text(limits::NOTE, true),
        "user_profiles": set("UserProfile", 0),
        "activities": set("Activity", 0),
        "website": optional(schema_ref("WebUrl")),
        "contact": nullable(schema_ref("ContactInput")),
        "visibility": optional(schema_ref("Visibility")),
        "last_verified": optional(schema_ref("Day")),
        "sources": list("SourceInput", 1, limits::LIST),
        "evaluations": list("EvaluationInput", 0, limits::LIST),
        "facts": list("FactInput", 0, limits::LIST),
        "relations": list("RelationInput", 0, limits::LIST),
        "events": list("EventInput", 0, limits::LIST),
        "note": {
            "type": ["string", "null"],
            "maxLength": MAX_NOTE_CHARS,
            "description": "Required for a correction: what changed and how the submitter knows."
        },
        "contact_email": {
            "type": ["string", "null"],
            "description": "Only for the moderators' questions; never shown, erased once the \
                submission is decided."
        },
    });
    properties["slug"]["description"] =
        json!("The organisation this corrects; leave out for a new organisation.");
    for field in READ_ONLY_FIELDS {
        properties[field] =
            json!({"description": "Read-only: accepted, as in the full record, and ignored."});
    }
    schemas["SubmissionBody"] = json!({
        "type": "object",
        "description": "The body of a submission: the fields of the full record that \
            `GET /api/v1/organisations/{slug}` returns (read-only fields such as `url` and the \
            timestamps are accepted and ignored), plus `contact_email`. A body with a `slug` is a \
            correction to that organisation and needs a `note`. Optional fields may be left out, \
            `null` or empty. Lengths are counted in characters as sent. Rules between fields \
            (an end after the founding, a founding event in the founding year, a relation to an \
            organisation in the registry) are checked by the server and answered 422 naming the \
            field.",
        "required": ["name", "description", "categories", "user_led_degree", "degree_note", "sources"],
        "properties": properties,
        "dependentRequired": {"slug": ["note"]},
        "additionalProperties": false,
    });
}

/// A language an organisation works in: an ISO 639 code of the registry's list.
fn working_language() -> Value {
    json!({
        "type": "string",
        "description": "An ISO 639 language code from the registry's list.",
        "enum": LANGUAGES.iter().map(|(code, _)| *code).collect::<Vec<_>>(),
    })
}

/// A text of at most `max` characters; a required one has at least one.
fn text(max: usize, required: bool) -> Value {
    let mut schema = json!({"type": "string", "maxLength": max});
    if required {
        schema["minLength"] = json!(1);
    }
    schema
}

/// An optional text: left out, `null`, empty, or at most `max` characters.
fn optional_text(max: usize) -> Value {
    json!({"type": ["string", "null"], "maxLength": max})
}

/// An optional value: left out or `null`.
fn nullable(schema: Value) -> Value {
    json!({"anyOf": [schema, {"type": "null"}]})
}

/// An optional value: left out, `null`, or empty as a form sends it.
fn optional(schema: Value) -> Value {
    json!({"anyOf": [schema, {"type": "null"}, {"type": "string", "const": ""}]})
}

fn schema_ref(name: &str) -> Value {
    json!({"$ref": format!("#/components/schemas/{name}")})
}

/// The schema of a query parameter as the server reads it.
fn parameter_schema(name: &str, current_year: i32) -> Option<Value> {
    let list = |item: Value| json!({"type": "array", "items": item});
    let year = json!({"type": "integer", "minimum": Year::EARLIEST, "maximum": current_year});
    Some(match name {
        "q" => json!({"type": "string", "maxLength": MAX_QUERY_CHARS}),
        "category" => list(schema_ref("Category")),
        "degree" => list(schema_ref("UserLedDegree")),
        "status" => list(schema_ref("Status")),
        "activity" => list(schema_ref("Activity")),
        "profile" => list(schema_ref("UserProfile")),
        "scope" => list(schema_ref("Scope")),
        "meets" => list(schema_ref("MeetingMode")),
        "country" => list(json!({"anyOf": [
            schema_ref("CountryCode"),
            {"type": "string", "enum": CountryCode::all()
                .map(|c| c.code().to_ascii_lowercase())
                .collect::<Vec<_>>()},
        ]})),
        "founded_from" | "founded_to" => year,
        "has_evaluation" => json!({"anyOf": [
            {"type": "boolean"},
            {"type": "string", "enum": ["1", "0", "yes", "no", "on"]},
        ]}),
        "sort" => json!({"type": "string", "enum": Sort::ALL.map(Sort::as_str)}),
        "page" => json!({"type": "integer", "minimum": 1, "maximum": u32::MAX}),
        "per_page" => json!({"type": "integer", "minimum": 1, "maximum": MAX_PER_PAGE}),
        "lang" => json!({"type": "string", "enum": Lang::ALL.map(Lang::code)}),
        _ => return None,
    })
}

/// Every operation takes `lang` (the language of labels and of error messages); each known
/// parameter gets its exact schema.
fn constrain_parameters(operation: &mut Value, current_year: i32) {
    let Some(operation) = operation.as_object_mut() else {
        return;
    };
    let parameters = operation.entry("parameters").or_insert_with(|| json!([]));
    let Some(parameters) = parameters.as_array_mut() else {
        return;
    };
    if !parameters.iter().any(|p| p["name"] == "lang") {
        parameters.push(json!({
            "name": "lang",
            "in": "query",
            "required": false,
            "description": "The language of labels and of error messages: `en` (the default), \
                `de`, `fr`, `es`, `it`, `pt`, `nl` or `pl`. Without it, the `Accept-Language` \
                header chooses among these. Values (slugs and codes) are the same in every \
                language. Another value is answered 400.",
        }));
    }
    for parameter in parameters.iter_mut() {
        let name = parameter["name"].as_str().unwrap_or_default().to_owned();
        if parameter["in"] == "query"
            && let Some(schema) = parameter_schema(&name, current_year)
        {
            parameter["schema"] = schema;
            if parameter["schema"]["type"] == "array" {
                parameter["style"] = json!("form");
                parameter["explode"] = json!(true);
            }
        }
    }
}

fn problem(description: &str) -> Value {
    json!({
        "description": description,
        "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}
    })
}

/// The errors any operation can answer, each a problem document: a bad parameter (every
/// operation takes `lang`; a path segment may not decode), a method the path does not answer,
/// and for a body, one over the size limit.
fn add_error_answers(operation: &mut Value, method: &str) {
    let Some(responses) = operation["responses"].as_object_mut() else {
        return;
    };
    let mut add = |status: &str, answer: Value| {
        responses.entry(status).or_insert(answer);
    };
    add(
        "400",
        problem("A parameter is invalid; the problem names it"),
    );
    let mut not_allowed = problem("The path does not answer this method");
    not_allowed["headers"] = json!({"Allow": {
        "description": "The methods the path answers",
        "schema": {"type": "string"}
    }});
    add("405", not_allowed);
    if method == "post" {
        add(
            "413",
            problem(&format!(
                "The body is larger than {} KB; nothing was read or stored",
                super::BODY_LIMIT / 1024
            )),
        );
    }
    sort_statuses(responses);
}

/// Responses in the order of their status codes, as a reader looks for them.
fn sort_statuses(responses: &mut Map<String, Value>) {
    let mut sorted: Vec<(String, Value)> = std::mem::take(responses).into_iter().collect();
    sorted.sort_by(|(a, _), (b, _)| a.cmp(b));
    responses.extend(sorted);
}
