# The frame of every page: header, navigation, footer, language switcher.

site-tagline = the registry of user-led drug organisations
feed-title = New and changed organisations
skip-to-content = Skip to content
nav-label = Main
nav-organisations = Organisations
nav-statistics = Statistics
nav-submit = Add an organisation
nav-about = About
nav-api = API & data
search-label = Search the registry
search-placeholder = Search organisations
search-button = Search
footer-about = userled is a public register of organisations designed and delivered by people who use or used drugs.
footer-licence-before = Its data is open under
footer-licence-after = ; please cite it when you use it.
footer-sources = How entries are sourced
footer-api = API and downloads
footer-cite = How to cite
language-switcher-label = Language
# Shown, in the browser's preferred language, on a first visit to an English page.
language-suggestion-label = Language
language-suggestion = This page is also in your language:
