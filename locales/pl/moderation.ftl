# Decyzja na stronie przeglądu i legenda mapy na stronie statystyk.

## Strona przeglądu: najpierw decyzja, poniżej edycja.

moderation-decision-heading = Decyzja
moderation-approve-as-is = Zatwierdź bez zmian
moderation-approve-errors = Nie udało się zatwierdzić bez zmian: formularz poniżej pokazuje, co trzeba poprawić.
moderation-reject-reason = Powód odrzucenia
moderation-reject-reason-hint = Osoba, która przesłała zgłoszenie, zobaczy ten powód na stronie swojego numeru referencyjnego.
moderation-edit-link = Albo najpierw popraw zgłoszenie w formularzu poniżej.
moderation-edit-lead = Wpis zostanie opublikowany tak, jak podaje ten formularz. Zmień to, co trzeba, a potem zatwierdź.

## Legenda mapy Europy na stronie statystyk: co oznacza każdy odcień.

moderation-map-legend-heading = Co oznaczają odcienie
moderation-map-legend-none = Brak organizacji
moderation-map-legend-exactly =
    { $count ->
        [one] { $count } organizacja
        [few] { $count } organizacje
        [many] { $count } organizacji
       *[other] { $count } organizacji
    }
moderation-map-legend-range = Od { $from } do { $to } organizacji
