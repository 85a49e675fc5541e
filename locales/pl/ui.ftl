# ui.ftl in pl. Translate the text after each `=`; the comment above each
# message shows the current en-GB text. Numbers, dates and names
# arrive as variables such as { $events }: keep them, never type a figure.

# en-GB: language-name = English

language-name = Polski

# en-GB: language-called =
#     { $language ->
#         [en] English
#         [cy] Welsh
#         [ar] Arabic
#         [pl] Polish
#        *[other] { $own }
#     }

language-called =
    { $language ->
        [en] angielski
        [cy] walijski
        [ar] arabski
        [pl] polski
       *[other] { $own }
    }

# en-GB: skip-to-content = Skip to the main content

skip-to-content = Przejdź do głównej treści

# en-GB: languages-heading = Read this in another language

languages-heading = Przeczytaj w innym języku

# en-GB: index-title = Information to help you decide

index-title = Informacje, które pomogą Ci podjąć decyzję

# en-GB: index-intro = Each page explains a treatment, what might happen, and what is not known, so that you and your care team can decide together.

index-intro = Każda strona opisuje jedną metodę leczenia, to, co może się wydarzyć, i to, czego nie wiadomo. Dzięki temu Ty i Twój zespół medyczny możecie podjąć decyzję wspólnie.

# en-GB: index-procedures-heading = Treatments

index-procedures-heading = Metody leczenia

# en-GB: print-index-link = Leaflets to print, in every language and format (for staff)

print-index-link = Ulotki do wydruku we wszystkich językach i formatach (dla personelu)

# en-GB: print-index-title = Leaflets to print

print-index-title = Ulotki do wydruku

# en-GB: print-index-intro = Every leaflet in every language and format. Print the one your patient needs, and note its version on the consent form.

print-index-intro = Każda ulotka w każdym języku i formacie. Wydrukuj tę, której potrzebuje pacjent, i zapisz jej wersję na formularzu zgody.

# en-GB: print-index-language = Language

print-index-language = Język

# en-GB: print-index-format = Format

print-index-format = Format

# en-GB: print-index-version = Version

print-index-version = Wersja

# en-GB: print-index-print = Print

print-index-print = Drukuj

# en-GB: print-index-pages =
#     { $pages ->
#         [one] { $pages } page
#        *[other] { $pages } pages
#     }

print-index-pages =
    { $pages ->
        [one] { $pages } strona
        [few] { $pages } strony
        [many] { $pages } stron
       *[other] { $pages } strony
    }

# en-GB: print-index-sheets =
#     { $sheets ->
#         [one] { $sheets } sheet of A4, printed on both sides and folded
#        *[other] { $sheets } sheets of A4, printed on both sides, folded and stapled
#     }

print-index-sheets =
    { $sheets ->
        [one] { $sheets } arkusz A4, wydrukowany dwustronnie i złożony
        [few] { $sheets } arkusze A4, wydrukowane dwustronnie, złożone i zszyte
        [many] { $sheets } arkuszy A4, wydrukowanych dwustronnie, złożonych i zszytych
       *[other] { $sheets } arkusza A4, wydrukowanego dwustronnie, złożonego i zszytego
    }

# en-GB: print-index-draft = Draft: not yet checked by a qualified translator

print-index-draft = Wersja robocza: jeszcze niesprawdzona przez wykwalifikowanego tłumacza

# en-GB: print-index-stale = Partly out of date: some of this translation was made from older text

print-index-stale = Częściowo nieaktualne: część tłumaczenia powstała ze starszego tekstu

# en-GB: draft-notice = This translation has not yet been checked by a qualified translator. If anything is unclear, ask your care team.

draft-notice = To tłumaczenie nie zostało jeszcze sprawdzone przez wykwalifikowanego tłumacza. Jeśli coś jest niejasne, zapytaj swój zespół medyczny.

# en-GB: stale-notice = The English version of this page has changed since it was translated. Some parts of this translation may be out of date. Ask your care team if you are not sure.

stale-notice = Angielska wersja tej strony zmieniła się od czasu przetłumaczenia. Niektóre części tego tłumaczenia mogą być nieaktualne. Jeśli nie masz pewności, zapytaj swój zespół medyczny.

# en-GB: unapproved-notice = This is a draft for checking. The clinical team has not yet approved it. Do not use it to make a decision about your care.

unapproved-notice = To jest wersja robocza do sprawdzenia. Zespół kliniczny jeszcze jej nie zatwierdził. Nie używaj jej do podejmowania decyzji o swoim leczeniu.

# en-GB: evidence-notice-heading = { $quality ->
#     [strong] What the evidence shows
#     [moderate] What the evidence shows
#     [limited] The evidence is limited
#    *[very-limited] There is very little evidence
# }

evidence-notice-heading =
    { $quality ->
        [strong] Co pokazują dowody naukowe
        [moderate] Co pokazują dowody naukowe
        [limited] Dowody naukowe są ograniczone
       *[very-limited] Dowodów naukowych jest bardzo mało
    }

# en-GB: special-arrangements-heading = What do "special arrangements" mean for me?

special-arrangements-heading = Co oznaczają dla mnie „specjalne warunki”?

# en-GB: special-arrangements-intro = NICE says this procedure should only be done with special arrangements. This is because { $reason ->
#     [efficacy] there is not enough evidence about how well it works.
#     [safety] there is not enough evidence about how safe it is.
#    *[both] there is not enough evidence about how safe it is and how well it works.
# }

special-arrangements-intro =
    Według NICE ten zabieg powinien być wykonywany tylko na specjalnych warunkach. Wynika to z tego, że { $reason ->
        [efficacy] jest za mało dowodów naukowych na to, jak dobrze ten zabieg działa.
        [safety] jest za mało dowodów naukowych na to, jak bezpieczny jest ten zabieg.
       *[both] jest za mało dowodów naukowych na to, jak bezpieczny jest ten zabieg i jak dobrze działa.
    }

# en-GB: on-this-page = On this page

on-this-page = Na tej stronie

# en-GB: about-heading = What is this procedure?

about-heading = Na czym polega ten zabieg?

# en-GB: condition-heading = Why might I need it?

condition-heading = Dlaczego mogę go potrzebować?

# en-GB: audience-heading = Who is it for?

audience-heading = Dla kogo jest przeznaczony?

# en-GB: audience-for = It may be suitable for:

audience-for = Może być odpowiedni dla:

# en-GB: audience-not-for = It is not meant for:

audience-not-for = Nie jest przeznaczony do:

# en-GB: decision-heading = What do I need to decide?

decision-heading = O czym muszę zdecydować?

# en-GB: options-heading = What are my options?

options-heading = Jakie mam możliwości?

# en-GB: options-intro = Here are your options side by side. Doing nothing is also a choice.

options-intro = Oto Twoje możliwości, jedna obok drugiej. Możesz też nic nie robić – to także jest wybór.

# en-GB: grid-option = Option

grid-option = Możliwość

# en-GB: grid-what = What is it?

grid-what = Co to jest?

# en-GB: grid-what-happens = What happens?

grid-what-happens = Jak to przebiega?

# en-GB: grid-recovery = How long does recovery take?

grid-recovery = Ile trwa powrót do zdrowia?

# en-GB: grid-daily-life = How might it affect my daily life?

grid-daily-life = Jak może to wpłynąć na moje codzienne życie?

# en-GB: grid-benefits = What might go well?

grid-benefits = Co może się udać?

# en-GB: grid-risks = What might go wrong?

grid-risks = Co może pójść nie tak?

# en-GB: grid-outcome = { $label }: { $statement }

grid-outcome = { $label }: { $statement }

# en-GB: details-heading = What are the benefits and risks of each option?

details-heading = Jakie są korzyści i zagrożenia każdej z możliwości?

# en-GB: details-intro = The numbers come from studies. Beside each number it says what kind of study it comes from and how many it included. Numbers from small studies are a rough guide: what happens to you may be different.

details-intro = Liczby pochodzą z badań. Przy każdej liczbie podajemy, z jakiego rodzaju badania pochodzi i ile osób lub kości to badanie objęło. Liczby z małych badań są tylko przybliżone: u Ciebie może być inaczej.

# en-GB: benefits-heading = Possible benefits

benefits-heading = Możliwe korzyści

# en-GB: risks-heading = Possible risks

risks-heading = Możliwe zagrożenia

# en-GB: no-outcomes = Nothing is listed here.

no-outcomes = Nic tu nie wymieniono.

# en-GB: comparisons-heading = How do the options compare?

comparisons-heading = Jak wypadają te możliwości w porównaniu ze sobą?

# en-GB: comparisons-intro = Where the same thing was measured for more than one option, it is shown here side by side, out of the same number of people. Check where each number comes from: numbers from different studies, with different people, may not compare fairly.

comparisons-intro = Jeśli to samo zmierzono dla więcej niż jednej możliwości, pokazujemy to tutaj obok siebie, w odniesieniu do tej samej liczby osób. Sprawdź, skąd pochodzi każda liczba: liczb z różnych badań, w których brały udział różne osoby, nie zawsze można uczciwie porównać.

# en-GB: comparison-figure = What was found

comparison-figure = Co stwierdzono

# en-GB: comparison-evidence = Where it comes from

comparison-evidence = Skąd to pochodzi

# en-GB: unknowns-heading = What is not known?

unknowns-heading = Czego nie wiadomo?

# en-GB: evidence-heading = How good is the evidence?

evidence-heading = Jak dobre są dowody naukowe?

# en-GB: evidence-quality =
#     { $quality ->
#         [strong] The evidence is strong.
#         [moderate] The evidence is moderate.
#         [limited] The evidence is limited.
#        *[very-limited] There is very little evidence.
#     }

evidence-quality =
    { $quality ->
        [strong] Dowody naukowe są mocne.
        [moderate] Dowody naukowe są umiarkowane.
        [limited] Dowody naukowe są ograniczone.
       *[very-limited] Dowodów naukowych jest bardzo mało.
    }

# en-GB: before-heading = What happens before?

before-heading = Co dzieje się przed zabiegiem?

# en-GB: during-heading = What happens during the procedure?

during-heading = Co dzieje się w trakcie zabiegu?

# en-GB: after-heading = What happens afterwards?

after-heading = Co dzieje się potem?

# en-GB: team-heading = Who will be involved?

team-heading = Kto będzie brał udział w moim leczeniu?

# en-GB: questions-heading = What should I ask?

questions-heading = O co warto zapytać?

# en-GB: bran-intro = These four questions can help in any conversation about treatment:

bran-intro = Te cztery pytania mogą pomóc w każdej rozmowie o leczeniu:

# en-GB: bran-benefits = What are the benefits?

bran-benefits = Jakie są korzyści?

# en-GB: bran-risks = What are the risks?

bran-risks = Jakie są zagrożenia?

# en-GB: bran-alternatives = What are the alternatives?

bran-alternatives = Jakie są inne możliwości?

# en-GB: bran-nothing = What if I do nothing?

bran-nothing = Co się stanie, jeśli nic nie zrobię?

# en-GB: questions-more = You might also want to ask:

questions-more = Możesz też zapytać:

# en-GB: recording-heading = What will happen to information about me?

recording-heading = Co stanie się z informacjami o mnie?

# en-GB: device-heading = What if there is a problem with the device?

device-heading = Co zrobić, jeśli z urządzeniem jest problem?

# en-GB: device-link = Report a problem on the Yellow Card website

device-link = Zgłoś problem na stronie internetowej Yellow Card (Żółta Karta)

# en-GB: contact-heading = Who can I contact?

contact-heading = Z kim mogę się skontaktować?

# en-GB (was): contact-phone = Phone: { $phone }

contact-phone = Telefon:

# en-GB (was): contact-email = Email: { $email }

contact-email = E-mail:

# en-GB (was): contact-web = Website: { $web }

contact-web = Strona internetowa:

# en-GB: sources-heading = Where does this information come from?

sources-heading = Skąd pochodzą te informacje?

# en-GB: guidance-line = This information follows { $body } guidance { $id }, "{ $title }", issued { $issued }.

guidance-line = Te informacje są zgodne z wytycznymi { $body } { $id } „{ $title }” z { $issued }.

# en-GB: about-info-heading = About this information

about-info-heading = O tych informacjach

# en-GB: published = Published: { $date }

published = Data publikacji: { $date }

# en-GB: reviewed = Last reviewed: { $date }

reviewed = Ostatni przegląd: { $date }

# en-GB: next-review = Next review due: { $date }

next-review = Termin następnego przeglądu: { $date }

# en-GB: version = Version: { $version }

version = Wersja: { $version }

# en-GB: version-note = Please note this version number on your consent form.

version-note = Zapisz ten numer wersji na formularzu zgody.

# en-GB: written-by = Written by

written-by = Autorzy

# en-GB: funded-by = Funding

funded-by = Finansowanie

# en-GB: update-policy = How we keep this up to date

update-policy = Jak dbamy o aktualność tych informacji

# en-GB: back-to-index = All treatments

back-to-index = Wszystkie metody leczenia

# en-GB: source-link = (source { $number })

source-link = (źródło { $number })

# en-GB: read-source = Read it online

read-source = Przeczytaj w internecie

# en-GB: freq-exact =
#     { $events } in { $denominator } { $unit ->
#         [bones] lengthened bones
#        *[people] people
#     }

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

# en-GB: freq-about =
#     About { $events } in { $denominator } { $unit ->
#         [bones] lengthened bones
#        *[people] people
#     }

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

# en-GB: freq-range =
#     Between { $low } and { $high } in { $denominator } { $unit ->
#         [bones] lengthened bones
#        *[people] people
#     }

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

# en-GB: freq-fewer-than-one =
#     Fewer than 1 in { $denominator } { $unit ->
#         [bones] lengthened bones
#        *[people] people
#     }

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

# en-GB: freq-nearly-all =
#     More than { $events } in { $denominator } { $unit ->
#         [bones] lengthened bones
#        *[people] people
#     }

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

# en-GB: freq-with-word = { $sentence } ({ $word })

freq-with-word = { $sentence } ({ $word })

# en-GB: freq-line = { $statement }.

freq-line = { $statement }.

# en-GB: freq-line-when = { $statement }, { $frame }.

freq-line-when = { $statement }, { $frame }.

# en-GB: freq-others-exact = { $events } in { $denominator } did not.

freq-others-exact = U { $events } na { $denominator } tak się nie stało.

# en-GB: freq-others-about = About { $events } in { $denominator } did not.

freq-others-about = U około { $events } na { $denominator } tak się nie stało.

# en-GB: freq-not-known = We do not know how often this happens.

freq-not-known = Nie wiemy, jak często to się zdarza.

# en-GB: freq-none = None of the { $population } { $unit ->
#     [bones] lengthened bones
#    *[people] people
# } in the study

freq-none =
    { $unit ->
        [bones] Żadna z { $population } wydłużonych kości w badaniu
       *[people] Żadna z { $population } osób w badaniu
    }

# en-GB: freq-none-upper = This does not mean it never happens. The chance is probably lower than { $upper } in { $denominator }.

freq-none-upper = Nie znaczy to, że nigdy się to nie zdarza. Szansa na to jest prawdopodobnie mniejsza niż { $upper } na { $denominator }.

# en-GB: freq-none-too-few = This does not mean it never happens. The study was too small to say how rare it is.

freq-none-too-few = Nie znaczy to, że nigdy się to nie zdarza. Badanie było za małe, aby powiedzieć, jak rzadko to się zdarza.

# en-GB: freq-approximate = The study gives this number as a rough figure.

freq-approximate = W badaniu podano tę liczbę w przybliżeniu.

# en-GB: freq-interval = The true number is likely to be between { $low } and { $high } in { $denominator }.

freq-interval = Prawdziwa liczba wynosi prawdopodobnie od { $low } do { $high } na { $denominator }.

# en-GB: group-this = After this treatment

group-this = Po tym leczeniu

# en-GB: group-arm = After { $arm }

group-arm = W grupie porównawczej ({ $arm })

# en-GB: freq-group = { $group }: { $statement }.

freq-group = { $group }: { $statement }.

# en-GB: freq-group-when = { $group }, { $frame }: { $statement }.

freq-group-when = { $group }, { $frame }: { $statement }.

# en-GB: note-group = { $group }: { $note }

note-group = { $group }: { $note }

# en-GB: freq-none-group = None of the { $population } { $unit ->
#     [bones] lengthened bones
#    *[people] people

freq-none-group =
    { $unit ->
        [bones] Żadna z { $population } wydłużonych kości w tej grupie
       *[people] Żadna z { $population } osób w tej grupie
    }

# en-GB: time-frame-not-reported = The study does not say over what time this was counted.

time-frame-not-reported = W badaniu nie podano, w jakim okresie to liczono.

# en-GB: arm-name = { $arm ->
#     [sham] a pretend treatment
#     [placebo] a dummy treatment (placebo)
#     [usual-care] usual care
#     [no-treatment] no treatment
#    *[option] { $option }
# }

arm-name =
    { $arm ->
        [sham] leczenie pozorowane (udawane)
        [placebo] nieaktywne leczenie (placebo)
        [usual-care] zwykła opieka
        [no-treatment] brak leczenia
       *[option] { $option }
    }

# en-GB: arm-this-caption = This treatment

arm-this-caption = To leczenie

# en-GB: arm-caption = Compared with { $arm }

arm-caption = Dla porównania: { $arm }

# en-GB: arm-size = The comparison group ({ $arm }) had { $size } people.

arm-size =
    W grupie porównawczej ({ $arm }) { $size ->
        [one] była { $size } osoba
        [few] były { $size } osoby
        [other] było { $size } osoby
       *[many] było { $size } osób
    }.

# en-GB: fact-line = This is true for everyone who chooses this option.

fact-line = Dotyczy to każdego, kto wybierze tę możliwość.

# en-GB: certainty = { $level ->
#     [high] How sure we are: very sure. The true figure is probably close to this one.
#     [moderate] How sure we are: fairly sure. The true figure is probably close to this one, but it could be quite different.
#     [low] How sure we are: not very sure. The true figure may be quite different from this one.
#    *[very-low] How sure we are: not sure at all. The true figure is likely to be quite different from this one.
# }

certainty =
    { $level ->
        [high] Jak bardzo jesteśmy pewni: bardzo. Prawdziwa liczba jest prawdopodobnie zbliżona do tej.
        [moderate] Jak bardzo jesteśmy pewni: dość. Prawdziwa liczba jest prawdopodobnie zbliżona do tej, ale może być zupełnie inna.
        [low] Jak bardzo jesteśmy pewni: niezbyt. Prawdziwa liczba może być zupełnie inna niż ta.
       *[very-low] Jak bardzo jesteśmy pewni: wcale. Prawdziwa liczba jest prawdopodobnie zupełnie inna niż ta.
    }

# en-GB: brief-source = { $small ->
#     [yes] From a small study of { $size } { $unit ->
#         [bones] lengthened bones
#        *[people] people
#     }, so a rough guide.
#    *[no] { $kind ->
#         [review] From a review of studies of { $size } { $unit ->
#             [bones] lengthened bones
#            *[people] people
#         }.
#         [trial] From a fair test of { $size } { $unit ->
#             [bones] lengthened bones
#            *[people] people
#         }.
#        *[study] From a study of { $size } { $unit ->
#             [bones] lengthened bones
#            *[people] people
#         }.
#     }

brief-source =
    { $small ->
        [yes] Z małego badania ({ $unit ->
            [bones] liczba wydłużonych kości
           *[people] liczba osób
        }: { $size }), więc to tylko przybliżenie.
       *[no] { $kind ->
            [review] Z przeglądu badań ({ $unit ->
                [bones] liczba wydłużonych kości
               *[people] liczba osób
            }: { $size }).
            [trial] Z rzetelnego badania porównawczego ({ $unit ->
                [bones] liczba wydłużonych kości
               *[people] liczba osób
            }: { $size }).
           *[study] Z badania ({ $unit ->
                [bones] liczba wydłużonych kości
               *[people] liczba osób
            }: { $size }).
        }
    }

# en-GB: brief-source-unsized = { $kind ->
#     [guidance] From national guidance.
#     [review] From a review of studies.
#     [trial] From a fair test.
#    *[study] From a study.

brief-source-unsized =
    { $kind ->
        [guidance] Z wytycznych krajowych.
        [review] Z przeglądu badań.
        [trial] Z rzetelnego badania porównawczego.
       *[study] Z badania.
    }

# en-GB: brief-studies = { $small ->
#     [yes] From { $count } small studies of { $smallest } to { $largest } people each, so a rough guide.
#    *[no] From { $count } studies of { $smallest } to { $largest } people each.

brief-studies =
    { $small ->
        [yes] Z małych badań (liczba badań: { $count }, w każdym od { $smallest } do { $largest } osób), więc to tylko przybliżenie.
       *[no] Z badań (liczba badań: { $count }, w każdym od { $smallest } do { $largest } osób).
    }

# en-GB: brief-certainty = { $level ->
#     [high] We are very sure of this.
#     [moderate] We are fairly sure of this.
#     [low] We are not very sure of this.
#    *[very-low] We are very unsure of this.

brief-certainty =
    { $level ->
        [high] Jesteśmy tego bardzo pewni.
        [moderate] Jesteśmy tego dość pewni.
        [low] Nie jesteśmy tego zbyt pewni.
       *[very-low] Jesteśmy tego bardzo niepewni.
    }

# en-GB: brief-chance = The difference from { $arm } could be down to chance.

brief-chance = Różnica w porównaniu z grupą porównawczą ({ $arm }) mogła wynikać z przypadku.

# en-GB: unknown-outcomes = Nobody knows yet how often these happen:

unknown-outcomes = Nikt jeszcze nie wie, jak często zdarzają się te rzeczy:

# en-GB: unknown-comparisons = For these, nobody knows yet how often they happen with any of the options:

unknown-comparisons = W tych przypadkach nikt jeszcze nie wie, jak często zdarzają się przy którejkolwiek z możliwości:

# en-GB: change-amount = { $unit ->
#     [none] { $amount }
#    *[other] { $amount } { $unit }
# }

change-amount =
    { $unit ->
        [none] { $amount }
       *[other] { $amount } { $unit }
    }

# en-GB: change-scale = { $scale } (where { $better ->
#     [lower] lower
#    *[higher] higher
# } is better)

change-scale =
    { $scale } ({ $better ->
        [lower] im niższy wynik, tym lepiej
       *[higher] im wyższy wynik, tym lepiej
    })

# en-GB: change-scale-bounded = { $scale } (from { $min } to { $max }, where { $better ->
#     [lower] lower
#    *[higher] higher
# } is better)

change-scale-bounded =
    { $scale } (od { $min } do { $max }; { $better ->
        [lower] im niższy wynik, tym lepiej
       *[higher] im wyższy wynik, tym lepiej
    })

# en-GB: change-measured = The measure: { $scale }.

change-measured = Miara: { $scale }.

# en-GB: change-went = The average went from { $before } to { $after }

change-went = Średnia zmieniła się z { $before } na { $after }

# en-GB: change-by = The average { $direction ->
#     [fell] fell by { $amount }
#     [rose] rose by { $amount }
#    *[same] did not change

change-by =
    Średnia { $direction ->
        [fell] spadła o { $amount }
        [rose] wzrosła o { $amount }
       *[same] nie zmieniła się
    }

# en-GB: change-studies-group = In { $count } studies of { $smallest } to { $largest } people each

change-studies-group = W { $count } badaniach, w każdym od { $smallest } do { $largest } osób

# en-GB: change-range = The average { $direction ->
#     [fell] fell by between { $low } and { $high }
#     [rose] rose by between { $low } and { $high }
#    *[mixed] changed by anything from a fall of { $low } to a rise of { $high }

change-range =
    Średnia { $direction ->
        [fell] spadła o od { $low } do { $high }
        [rose] wzrosła o od { $low } do { $high }
       *[mixed] zmieniła się w zakresie od spadku o { $low } do wzrostu o { $high }
    }

# en-GB: study-bar = A study of { $size } { $size ->
#     [one] person
#    *[other] people

study-bar = Badanie (liczba osób: { $size })

# en-GB: change-difference = { $direction ->
#     [lower] On average, it ended { $amount } lower after this treatment than after { $arm }.
#     [higher] On average, it ended { $amount } higher after this treatment than after { $arm }.
#    *[same] On average, it ended about the same after this treatment as after { $arm }.

change-difference =
    { $direction ->
        [lower] Średnio wynik po tym leczeniu był o { $amount } niższy niż w grupie porównawczej ({ $arm }).
        [higher] Średnio wynik po tym leczeniu był o { $amount } wyższy niż w grupie porównawczej ({ $arm }).
       *[same] Średnio wynik po tym leczeniu był mniej więcej taki sam jak w grupie porównawczej ({ $arm }).
    }

# en-GB: change-difference-end = { $direction ->
#     [lower] { $amount } lower
#     [higher] { $amount } higher
#    *[same] no different

change-difference-end =
    { $direction ->
        [lower] o { $amount } niżej
        [higher] o { $amount } wyżej
       *[same] bez różnicy
    }

# en-GB: change-difference-interval = The true difference is likely to be somewhere between { $low } and { $high }.

change-difference-interval = Prawdziwa różnica mieści się prawdopodobnie gdzieś między { $low } a { $high }.

# en-GB: change-chance = So the difference could be down to chance.

change-chance = Różnica mogła więc wynikać z przypadku.

# en-GB: change-interval = The true average change is likely to be between { $low } and { $high }{ $unit ->
#     [none] {""}
#    *[other] {" "}{ $unit }
# }.

change-interval = { $direction ->
    [fell] Prawdziwy średni spadek wynosi prawdopodobnie od { $low } do { $high }
    [rose] Prawdziwy średni wzrost wynosi prawdopodobnie od { $low } do { $high }
   *[mixed] Prawdziwa średnia zmiana mieści się prawdopodobnie między spadkiem o { $low } a wzrostem o { $high }
}{ $unit ->
    [none] {""}
   *[other] {" "}{ $unit }
}.

# en-GB: change-bar = { $direction ->
#     [fell] fell by { $amount }
#     [rose] rose by { $amount }
#    *[same] no change
# }

change-bar =
    { $direction ->
        [fell] spadek o { $amount }
        [rose] wzrost o { $amount }
       *[same] bez zmian
    }

# en-GB: icon-array-alt =
#     A picture of { $denominator } figures. { $filled } are coloured in{ $uncertain ->
#         [0] { "" }
#        *[other] { " " }and { $uncertain } more are shaded, because the true number is somewhere in that range
#     }. { $statement }.

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

# en-GB: scale-word =
#     { $band ->
#         [very-common] very common
#         [common] common
#         [uncommon] uncommon
#         [rare] rare
#         [very-rare] very rare
#         [high] high
#         [moderate] moderate
#         [low] low
#         [very-low] very low
#         [minimal] minimal
#        *[negligible] negligible
#     }

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

# en-GB: scale-range = { $low } to { $high }

scale-range = { $low } – { $high }

# en-GB: time-frame = { $kind ->
#     [during-treatment] during treatment
#     [by-end-of-treatment] by the end of treatment
#     [months] within { $count } { $count ->
#         [one] month
#        *[other] months
#     }
#     [at-months] at { $count } { $count ->
#         [one] month
#        *[other] months
#     }
#     [at-years] at { $count } { $count ->
#         [one] year
#        *[other] years
#     }
#    *[years] within { $count } { $count ->
#         [one] year
#        *[other] years
#     }
# }

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
        [at-months]
            po { $count } { $count ->
                [one] miesiącu
                [few] miesiącach
                [other] miesiąca
               *[many] miesiącach
            }
        [at-years]
            po { $count } { $count ->
                [one] roku
                [few] latach
                [other] roku
               *[many] latach
            }
       *[years]
            w ciągu { $count } { $count ->
                [one] roku
                [few] lat
                [other] roku
               *[many] lat
            }
    }

# en-GB: study = { $kind ->
#     [guidance] From national guidance
#     [systematic-review] From a review of several studies
#     [randomised-trial] From a fair test (randomised trial) that compared treatments
#     [sham-controlled-trial] From a fair test (randomised trial) against a pretend treatment
#     [cohort] From a study that followed a group of people over time
#     [registry] From a record of people who had the treatment
#     [comparative-study] From a study that compared treatments
#     [case-series] From a study of a group of patients
#     [team-experience] From what the team who wrote this sees in clinic
#    *[other] From a published report
# }

study =
    { $kind ->
        [guidance] Na podstawie wytycznych krajowych
        [systematic-review] Na podstawie przeglądu kilku badań
        [randomised-trial] Na podstawie uczciwego testu (badania z losowym przydziałem), który porównywał metody leczenia
        [sham-controlled-trial] Na podstawie uczciwego testu (badania z losowym przydziałem), w którym porównano to leczenie z leczeniem pozorowanym
        [cohort] Na podstawie badania, w którym przez pewien czas obserwowano grupę osób
        [registry] Na podstawie rejestru osób, które przeszły to leczenie
        [comparative-study] Na podstawie badania, w którym porównano metody leczenia
        [case-series] Na podstawie badania grupy pacjentów
        [team-experience] Na podstawie tego, co zespół, który napisał te informacje, widzi w przychodni
       *[other] Na podstawie opublikowanego raportu
    }

# en-GB: study-sized = { $kind ->
#     [systematic-review] From a review of studies of { $size } { $unit ->
#         [bones] lengthened bones
#        *[people] people
#     }
#     [comparative-study] From a study that compared treatments in { $size } { $unit ->
#         [bones] lengthened bones
#        *[people] people
#     }
#     [randomised-trial] From a fair test (randomised trial) of { $size } { $unit ->
#         [bones] lengthened bones
#        *[people] people
#     }
#     [sham-controlled-trial] From a fair test (randomised trial) of { $size } { $unit ->
#         [bones] lengthened bones
#        *[people] people
#     }, some of whom had a pretend treatment
#     [cohort] From a study that followed { $size } { $unit ->
#         [bones] lengthened bones
#        *[people] people
#     } over time
#     [registry] From a record of { $size } { $unit ->
#         [bones] lengthened bones
#        *[people] people
#     } who had the treatment
#     [case-series] From a study of { $size } { $unit ->
#         [bones] lengthened bones
#        *[people] people
#     }
#    *[other] From a report on { $size } { $unit ->
#         [bones] lengthened bones
#        *[people] people
#     }
# }

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
        [randomised-trial]
            Na podstawie uczciwego testu (badania z losowym przydziałem), który objął { $size } { $unit ->
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
        [sham-controlled-trial]
            Na podstawie uczciwego testu (badania z losowym przydziałem), który objął { $size } { $unit ->
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
            }; część uczestników otrzymała leczenie pozorowane
        [cohort]
            Na podstawie badania, w którym przez pewien czas obserwowano { $size } { $unit ->
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
        [registry]
            Na podstawie rejestru tego leczenia, który objął { $size } { $unit ->
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

# en-GB: study-reported-in = { $study }, as reported in source { $number }

study-reported-in = { $study }, jak podano w źródle { $number }

# en-GB: month-name =
#     { $month ->
#         [1] January
#         [2] February
#         [3] March
#         [4] April
#         [5] May
#         [6] June
#         [7] July
#         [8] August
#         [9] September
#         [10] October
#         [11] November
#        *[12] December
#     }

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

# en-GB: date-day = { $day } { month-name } { $year }

date-day = { $day } { month-name } { $year }

# en-GB: date-month = { month-name } { $year }

date-month = { month-name } { $year }

# en-GB: leaflets-heading = Print this information

leaflets-heading = Wydrukuj te informacje

# en-GB: leaflets-intro = Leaflets say the same as this page. Each has a version number to note on your consent form.

leaflets-intro = Ulotki zawierają to samo, co ta strona. Każda ma numer wersji, który należy zapisać na formularzu zgody.

# en-GB: leaflet-format =
#     { $format ->
#         [a4] A4 leaflet
#         [a5] A5 pages, in reading order
#         [booklet] A5 booklet, to print on A4 and fold
#         [glance] Options at a glance
#         [glance-large] Options at a glance, large print
#        *[large] Large print
#     }

leaflet-format =
    { $format ->
        [a4] Ulotka A4
        [a5] Strony A5 w kolejności czytania
        [booklet] Broszura A5 do wydruku na A4 i złożenia
        [glance] Możliwości w skrócie
        [glance-large] Możliwości w skrócie, duży druk
       *[large] Duży druk
    }

# en-GB: leaflet-pdf = PDF

leaflet-pdf = PDF

# en-GB: leaflet-html = web page for printing

leaflet-html = strona internetowa do wydruku

# en-GB: leaflet-version = Version { $version }. Last reviewed { $date }.

leaflet-version = Wersja { $version }. Ostatni przegląd: { $date }.

# en-GB: leaflet-online = Read this online: { $url }

leaflet-online = Przeczytaj w internecie: { $url }

# en-GB: leaflet-qr-alt = A QR code. Scan it with a phone camera to open this information online.

leaflet-qr-alt = Kod QR. Zeskanuj go aparatem w telefonie, aby otworzyć te informacje w internecie.

# en-GB: leaflet-online-also = The web page also answers these questions:

leaflet-online-also = Strona internetowa odpowiada też na te pytania:

# en-GB: leaflet-ask-also = Ask your care team for the full information. It also answers these questions:

leaflet-ask-also = Poproś zespół opieki o pełne informacje. Odpowiadają one też na te pytania:

# en-GB: notes-heading = My notes

notes-heading = Moje notatki

# en-GB: notes-intro = You can write on this page and bring it to your next appointment.

notes-intro = Możesz pisać na tej stronie i zabrać ją na następną wizytę.

# en-GB: notes-matters = What matters most to me

notes-matters = Co jest dla mnie najważniejsze

# en-GB: notes-questions = My questions

notes-questions = Moje pytania

# en-GB: notes-appointment = Notes from my appointment

notes-appointment = Notatki z wizyty

# en-GB: freq-rate-exact =
#     { $events } for every { $denominator } { $unit ->
#         [bones] lengthened bones
#        *[people] people
#     }

freq-rate-exact =
    { $events } na { $unit ->
        [bones]
            { $denominator ->
                [one] każdą { $denominator } wydłużoną kość
                [few] każde { $denominator } wydłużone kości
                [other] każde { $denominator } wydłużonej kości
               *[many] każde { $denominator } wydłużonych kości
            }
       *[people]
            { $denominator ->
                [one] każdą { $denominator } osobę
                [few] każde { $denominator } osoby
                [other] każde { $denominator } osoby
               *[many] każde { $denominator } osób
            }
    }

# en-GB: freq-rate-about =
#     About { $events } for every { $denominator } { $unit ->
#         [bones] lengthened bones
#        *[people] people
#     }

freq-rate-about =
    Około { $events } na { $unit ->
        [bones]
            { $denominator ->
                [one] każdą { $denominator } wydłużoną kość
                [few] każde { $denominator } wydłużone kości
                [other] każde { $denominator } wydłużonej kości
               *[many] każde { $denominator } wydłużonych kości
            }
       *[people]
            { $denominator ->
                [one] każdą { $denominator } osobę
                [few] każde { $denominator } osoby
                [other] każde { $denominator } osoby
               *[many] każde { $denominator } osób
            }
    }

# en-GB: freq-rate-fewer-than-one =
#     Fewer than { $events } for every { $denominator } { $unit ->
#         [bones] lengthened bones
#        *[people] people
#     }

freq-rate-fewer-than-one =
    Mniej niż { $events } na { $unit ->
        [bones]
            { $denominator ->
                [one] każdą { $denominator } wydłużoną kość
                [few] każde { $denominator } wydłużone kości
                [other] każde { $denominator } wydłużonej kości
               *[many] każde { $denominator } wydłużonych kości
            }
       *[people]
            { $denominator ->
                [one] każdą { $denominator } osobę
                [few] każde { $denominator } osoby
                [other] każde { $denominator } osoby
               *[many] każde { $denominator } osób
            }
    }

## Options at a glance
glance-heading = Twoje możliwości w skrócie
glance-not-known = nie wiadomo
glance-leaning = Możliwość, ku której się skłaniam
sure-heading = Czy masz pewność?
sure-question = { $question ->
    [sure] Czy masz pewność, który wybór jest dla Ciebie najlepszy?
    [understand] Czy znasz korzyści i ryzyko każdej możliwości?
    [risk-benefit] Czy wiesz, które korzyści i ryzyka są dla Ciebie najważniejsze?
   *[encouragement] Czy masz wystarczające wsparcie i porady, by dokonać wyboru?
}
sure-yes = Tak
sure-no = Nie
sure-note = Jeśli na któreś pytanie odpowiedziałeś „nie”, porozmawiaj z zespołem opieki, zanim podejmiesz decyzję.

# en-GB: glance-continued = Continued on the next page.

glance-continued = Ciąg dalszy na następnej stronie.

## The consent insert: given with the consent form, it carries the leaflet's own figures.

consent-heading = Zanim wyrazisz zgodę: { $title }
consent-intro = Ta kartka dołączona jest do formularza zgody. Podsumowuje to, co mówi ulotka informacyjna. Zapytaj nas o wszystko, co nie jest jasne.
consent-option = Leczenie, na które wyrażasz zgodę: { $option }
consent-benefits = Co może ci dać
consent-risks = Co może pójść nie tak
consent-alternatives = Inne możliwości, w tym niepodejmowanie leczenia
consent-uncertain = Czego jeszcze nikt nie wie
consent-arrangements = Dodatkowe zabezpieczenia przy tym zabiegu
consent-given = Ulotkę w wersji { $version } wydano dnia ____________________
consent-approved = Zatwierdzone dla pacjentów przez: { $name } ({ $role }), dnia { $date }. Wersja treści: { $version }.
consent-signed = Inicjały pacjenta ________   Inicjały lekarza ________
guidance-for-the-public = Przeczytaj informacje NICE dla pacjentów o tym zabiegu

# en-GB: not-found-title = Page not found

not-found-title = Nie znaleziono strony

# en-GB: not-found-text = We cannot find this page. It may have moved, or the address may be wrong.

not-found-text = Nie możemy znaleźć tej strony. Mogła zostać przeniesiona albo adres jest błędny.

# en-GB: leaflet-pdf-size = PDF, { $kb } KB

leaflet-pdf-size = PDF, { $kb } KB

# en-GB: index-left-out-heading = Not yet in this language

index-left-out-heading = Jeszcze niedostępne w tym języku

# en-GB: index-left-out = These pages have not been translated yet. You can read them in { $language }.

index-left-out = Te strony nie zostały jeszcze przetłumaczone. Możesz je przeczytać w języku: { $language }.
