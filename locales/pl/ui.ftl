# ui.ftl in pl. Translate the text after each `=`; the comment above each
# message shows the current en-GB text. Numbers, dates and names
# arrive as variables such as { $events }: keep them, never type a figure.

## Language
language-name = Polski
skip-to-content = Przejdź do głównej treści
languages-heading = Przeczytaj w innym języku

## Index page
index-title = Informacje, które pomogą Ci podjąć decyzję
index-intro = Każda strona opisuje jedną metodę leczenia, to, co może się wydarzyć, i to, czego nie wiadomo. Dzięki temu Ty i Twój zespół medyczny możecie podjąć decyzję wspólnie.
index-procedures-heading = Metody leczenia

## Notices
draft-notice = To tłumaczenie nie zostało jeszcze sprawdzone przez wykwalifikowanego tłumacza. Jeśli coś jest niejasne, zapytaj swój zespół medyczny.
stale-notice = Angielska wersja tej strony zmieniła się od czasu przetłumaczenia. Niektóre części tego tłumaczenia mogą być nieaktualne. Jeśli nie masz pewności, zapytaj swój zespół medyczny.
evidence-notice-heading = Dowody naukowe są ograniczone
special-arrangements-heading = Co oznaczają dla mnie „specjalne warunki”?
special-arrangements-intro = Według NICE ten zabieg powinien być wykonywany tylko na specjalnych warunkach. Wynika to z tego, że dowody naukowe na to, jak bezpieczny i skuteczny jest ten zabieg, są ograniczone.

## Headings (questions a patient would ask)
on-this-page = Na tej stronie
about-heading = Na czym polega ten zabieg?
condition-heading = Dlaczego mogę go potrzebować?
audience-heading = Dla kogo jest przeznaczony?
audience-for = Może być odpowiedni dla:
audience-not-for = Nie jest przeznaczony do:
decision-heading = O czym muszę zdecydować?
options-heading = Jakie mam możliwości?
options-intro = Oto Twoje możliwości, jedna obok drugiej. Możesz też nic nie robić – to także jest wybór.
grid-option = Możliwość
grid-what = Co to jest?
grid-what-happens = Jak to przebiega?
grid-recovery = Ile trwa powrót do zdrowia?
grid-daily-life = Jak może to wpłynąć na moje codzienne życie?
grid-benefits = Co może się udać?
grid-risks = Co może pójść nie tak?
grid-outcome = { $label }: { $statement }
details-heading = Jakie są korzyści i zagrożenia każdej z możliwości?
details-intro = Liczby pochodzą z badań. Przy każdej liczbie podajemy, co liczono w badaniu i ile osób lub kości w nim uwzględniono. Badania tego leczenia są małe, więc w Twoim przypadku prawdziwe liczby mogą być inne.
benefits-heading = Możliwe korzyści
risks-heading = Możliwe zagrożenia
no-outcomes = Nic tu nie wymieniono.
comparisons-heading = Jak wypadają te możliwości w porównaniu ze sobą?
comparisons-intro = Jeśli to samo zmierzono dla więcej niż jednej możliwości, pokazujemy to tutaj w odniesieniu do tej samej liczby osób, aby łatwiej było je porównać.
unknowns-heading = Czego nie wiadomo?
evidence-heading = Jak dobre są dowody naukowe?
evidence-quality =
    { $quality ->
        [strong] Dowody naukowe są mocne.
        [moderate] Dowody naukowe są umiarkowane.
        [limited] Dowody naukowe są ograniczone.
       *[very-limited] Dowodów naukowych jest bardzo mało.
    }
before-heading = Co dzieje się przed zabiegiem?
during-heading = Co dzieje się w trakcie zabiegu?
after-heading = Co dzieje się potem?
team-heading = Kto będzie brał udział w moim leczeniu?
questions-heading = O co warto zapytać?
bran-intro = Te cztery pytania mogą pomóc w każdej rozmowie o leczeniu:
bran-benefits = Jakie są korzyści?
bran-risks = Jakie są zagrożenia?
bran-alternatives = Jakie są inne możliwości?
bran-nothing = Co się stanie, jeśli nic nie zrobię?
questions-more = Możesz też zapytać:
recording-heading = Co stanie się z informacjami o mnie?
device-heading = Co zrobić, jeśli z urządzeniem jest problem?
device-link = Zgłoś problem na stronie internetowej Yellow Card (Żółta Karta)
contact-heading = Z kim mogę się skontaktować?
contact-phone = Telefon: { $phone }
contact-email = E-mail: { $email }
contact-web = Strona internetowa: { $web }
sources-heading = Skąd pochodzą te informacje?
guidance-line = Te informacje są zgodne z wytycznymi { $body } { $id } „{ $title }” z { $issued }.
about-info-heading = O tych informacjach
published = Data publikacji: { $date }
reviewed = Ostatni przegląd: { $date }
next-review = Termin następnego przeglądu: { $date }
version = Wersja: { $version }
version-note = Zapisz ten numer wersji na formularzu zgody.
written-by = Autorzy
funded-by = Finansowanie
update-policy = Jak dbamy o aktualność tych informacji
back-to-index = Wszystkie metody leczenia
source-link = (źródło { $number })
read-source = Przeczytaj w internecie
time-frame-label = Kiedy: { $frame }

## Frequencies. $unit is "people" or "bones"; $denominator is 100 or 1000.
## The noun agrees with $denominator (Polish plural categories; "na" takes the accusative).
freq-exact =
    { $events } na { $denominator } { $unit ->
        [bones]
            { $denominator ->
                [one] wydłużoną kość
                [few] wydłużone kości
                [other] wydłużonej kości
               *[many] wydłużonych kości
            }
       *[people]
            { $denominator ->
                [one] osobę
                [few] osoby
                [other] osoby
               *[many] osób
            }
    }
freq-about =
    Około { $events } na { $denominator } { $unit ->
        [bones]
            { $denominator ->
                [one] wydłużoną kość
                [few] wydłużone kości
                [other] wydłużonej kości
               *[many] wydłużonych kości
            }
       *[people]
            { $denominator ->
                [one] osobę
                [few] osoby
                [other] osoby
               *[many] osób
            }
    }
freq-range =
    Od { $low } do { $high } na { $denominator } { $unit ->
        [bones]
            { $denominator ->
                [one] wydłużoną kość
                [few] wydłużone kości
                [other] wydłużonej kości
               *[many] wydłużonych kości
            }
       *[people]
            { $denominator ->
                [one] osobę
                [few] osoby
                [other] osoby
               *[many] osób
            }
    }
freq-fewer-than-one =
    Mniej niż 1 na { $denominator } { $unit ->
        [bones]
            { $denominator ->
                [one] wydłużoną kość
                [few] wydłużone kości
                [other] wydłużonej kości
               *[many] wydłużonych kości
            }
       *[people]
            { $denominator ->
                [one] osobę
                [few] osoby
                [other] osoby
               *[many] osób
            }
    }
freq-nearly-all =
    Ponad { $events } na { $denominator } { $unit ->
        [bones]
            { $denominator ->
                [one] wydłużoną kość
                [few] wydłużone kości
                [other] wydłużonej kości
               *[many] wydłużonych kości
            }
       *[people]
            { $denominator ->
                [one] osobę
                [few] osoby
                [other] osoby
               *[many] osób
            }
    }
freq-with-word = { $sentence } ({ $word })
freq-line = { $statement }.
freq-line-when = { $statement }, { $frame }.
freq-others-exact = U { $events } na { $denominator } tak się nie stało.
freq-others-about = U około { $events } na { $denominator } tak się nie stało.
freq-not-known = Nie wiemy, jak często to się zdarza.
icon-array-alt =
    Rysunek przedstawiający { $denominator } { $denominator ->
        [one] postać
        [few] postacie
        [other] postaci
       *[many] postaci
    }. { $filled } { $filled ->
        [one] jest pokolorowana
        [few] są pokolorowane
        [other] jest pokolorowanej
       *[many] jest pokolorowanych
    }{ $uncertain ->
        [0] { "" }
       *[other]
            { " " }i { $uncertain } { $uncertain ->
                [one] kolejna jest zacieniowana
                [few] kolejne są zacieniowane
                [other] kolejnej jest zacieniowanej
               *[many] kolejnych jest zacieniowanych
            }, ponieważ prawdziwa liczba mieści się gdzieś w tym przedziale
    }. { $statement }.

## Frequency words, always shown beside a number
scale-word =
    { $band ->
        [very-common] bardzo często
        [common] często
        [uncommon] niezbyt często
        [rare] rzadko
        [very-rare] bardzo rzadko
        [high] wysokie
        [moderate] umiarkowane
        [low] niskie
        [very-low] bardzo niskie
        [minimal] minimalne
       *[negligible] znikome
    }
scale-range = { $low } – { $high }

## Time frames
time-frame =
    { $kind ->
        [during-treatment] w trakcie leczenia
        [by-end-of-treatment] do końca leczenia
        [months]
            w ciągu { $count } { $count ->
                [one] miesiąca
                [few] miesięcy
                [other] miesiąca
               *[many] miesięcy
            }
       *[years]
            w ciągu { $count } { $count ->
                [one] roku
                [few] lat
                [other] roku
               *[many] lat
            }
    }

## Where a figure comes from
study =
    { $kind ->
        [guidance] Na podstawie wytycznych krajowych
        [systematic-review] Na podstawie przeglądu kilku badań
        [comparative-study] Na podstawie badania, w którym porównano metody leczenia
        [case-series] Na podstawie badania grupy pacjentów
        [team-experience] Na podstawie tego, co zespół, który napisał te informacje, widzi w przychodni
       *[other] Na podstawie opublikowanego raportu
    }
study-sized =
    { $kind ->
        [systematic-review]
            Na podstawie przeglądu badań obejmujących { $size } { $unit ->
                [bones]
                    { $size ->
                        [one] wydłużoną kość
                        [few] wydłużone kości
                        [other] wydłużonej kości
                       *[many] wydłużonych kości
                    }
               *[people]
                    { $size ->
                        [one] osobę
                        [few] osoby
                        [other] osoby
                       *[many] osób
                    }
            }
        [comparative-study]
            Na podstawie badania porównującego metody leczenia, które objęło { $size } { $unit ->
                [bones]
                    { $size ->
                        [one] wydłużoną kość
                        [few] wydłużone kości
                        [other] wydłużonej kości
                       *[many] wydłużonych kości
                    }
               *[people]
                    { $size ->
                        [one] osobę
                        [few] osoby
                        [other] osoby
                       *[many] osób
                    }
            }
        [case-series]
            Na podstawie badania, które objęło { $size } { $unit ->
                [bones]
                    { $size ->
                        [one] wydłużoną kość
                        [few] wydłużone kości
                        [other] wydłużonej kości
                       *[many] wydłużonych kości
                    }
               *[people]
                    { $size ->
                        [one] osobę
                        [few] osoby
                        [other] osoby
                       *[many] osób
                    }
            }
       *[other]
            Na podstawie raportu obejmującego { $size } { $unit ->
                [bones]
                    { $size ->
                        [one] wydłużoną kość
                        [few] wydłużone kości
                        [other] wydłużonej kości
                       *[many] wydłużonych kości
                    }
               *[people]
                    { $size ->
                        [one] osobę
                        [few] osoby
                        [other] osoby
                       *[many] osób
                    }
            }
    }

## Dates. $month is 1 to 12.
## Month names are in the genitive ("1 listopada 2026"), as Polish dates need.
## date-month is only used after "z" in guidance-line ("z marca 2022").
month-name =
    { $month ->
        [1] stycznia
        [2] lutego
        [3] marca
        [4] kwietnia
        [5] maja
        [6] czerwca
        [7] lipca
        [8] sierpnia
        [9] września
        [10] października
        [11] listopada
       *[12] grudnia
    }
date-day = { $day } { month-name } { $year }
date-month = { month-name } { $year }

## Print leaflets
leaflets-heading = Wydrukuj te informacje
leaflets-intro = Ulotki zawierają to samo, co ta strona. Każda ma numer wersji, który należy zapisać na formularzu zgody.
leaflet-format =
    { $format ->
        [a4] Ulotka A4
        [a5] Broszura A5
       *[large] Duży druk
    }
leaflet-pdf = PDF
leaflet-html = strona internetowa do wydruku
leaflet-version = Wersja { $version }. Ostatni przegląd: { $date }.
leaflet-online = Przeczytaj w internecie: { $url }
leaflet-qr-alt = Kod QR. Zeskanuj go aparatem w telefonie, aby otworzyć te informacje w internecie.
notes-heading = Moje notatki
notes-intro = Możesz pisać na tej stronie i zabrać ją na następną wizytę.
notes-matters = Co jest dla mnie najważniejsze
notes-questions = Moje pytania
notes-appointment = Notatki z wizyty
