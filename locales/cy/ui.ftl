# ui.ftl in cy. Translate the text after each `=`; the comment above each
# message shows the current en-GB text. Numbers, dates and names
# arrive as variables such as { $events }: keep them, never type a figure.

# en-GB: language-name = English

language-name = Cymraeg

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
        [en] Saesneg
        [cy] Cymraeg
        [ar] Arabeg
        [pl] Pwyleg
       *[other] { $own }
    }

# en-GB: skip-to-content = Skip to the main content

skip-to-content = Neidio i'r prif gynnwys

# en-GB: languages-heading = Read this in another language

languages-heading = Darllen hwn mewn iaith arall

# en-GB: index-title = Information to help you decide

index-title = Gwybodaeth i'ch helpu i benderfynu

# en-GB: index-intro = Each page explains a treatment, what might happen, and what is not known, so that you and your care team can decide together.

index-intro = Mae pob tudalen yn egluro triniaeth, beth allai ddigwydd, a beth nad ydym yn ei wybod, fel y gallwch chi a'ch tîm gofal benderfynu gyda'ch gilydd.

# en-GB: index-procedures-heading = Treatments

index-procedures-heading = Triniaethau

# en-GB: print-index-link = Leaflets to print, in every language and format (for staff)

print-index-link = Taflenni i'w hargraffu, ym mhob iaith a fformat (i staff)

# en-GB: print-index-title = Leaflets to print

print-index-title = Taflenni i'w hargraffu

# en-GB: print-index-intro = Every leaflet in every language and format. Print the one your patient needs, and note its version on the consent form.

print-index-intro = Pob taflen ym mhob iaith a fformat. Argraffwch yr un sydd ei hangen ar eich claf, a nodwch ei fersiwn ar y ffurflen gydsynio.

# en-GB: print-index-language = Language

print-index-language = Iaith

# en-GB: print-index-format = Format

print-index-format = Fformat

# en-GB: print-index-version = Version

print-index-version = Fersiwn

# en-GB: print-index-print = Print

print-index-print = Argraffu

# en-GB: print-index-pages =
#     { $pages ->
#         [one] { $pages } page
#        *[other] { $pages } pages
#     }

print-index-pages =
    { $pages ->
        [zero] { $pages } tudalen
        [one] { $pages } dudalen
        [two] { $pages } dudalen
        [few] { $pages } tudalen
        [many] { $pages } tudalen
       *[other] { $pages } tudalen
    }

# en-GB: print-index-sheets =
#     { $sheets ->
#         [one] { $sheets } sheet of A4, printed on both sides and folded
#        *[other] { $sheets } sheets of A4, printed on both sides, folded and stapled
#     }

print-index-sheets =
    { $sheets ->
        [zero] { $sheets } dalen A4, wedi'u hargraffu ar y ddwy ochr, eu plygu a'u styffylu
        [one] { $sheets } ddalen A4, wedi'i hargraffu ar y ddwy ochr a'i phlygu
        [two] { $sheets } ddalen A4, wedi'u hargraffu ar y ddwy ochr, eu plygu a'u styffylu
        [few] { $sheets } dalen A4, wedi'u hargraffu ar y ddwy ochr, eu plygu a'u styffylu
        [many] { $sheets } dalen A4, wedi'u hargraffu ar y ddwy ochr, eu plygu a'u styffylu
       *[other] { $sheets } dalen A4, wedi'u hargraffu ar y ddwy ochr, eu plygu a'u styffylu
    }

# en-GB: print-index-draft = Draft: not yet checked by a qualified translator

print-index-draft = Drafft: nid yw cyfieithydd cymwys wedi'i wirio eto

# en-GB: print-index-stale = Partly out of date: some of this translation was made from older text

print-index-stale = Rhannol hen: gwnaed peth o'r cyfieithiad hwn o destun hŷn

# en-GB: draft-notice = This translation has not yet been checked by a qualified translator. If anything is unclear, ask your care team.

draft-notice = Nid yw cyfieithydd cymwys wedi gwirio'r cyfieithiad hwn eto. Os oes unrhyw beth yn aneglur, gofynnwch i'ch tîm gofal.

# en-GB: stale-notice = The English version of this page has changed since it was translated. Some parts of this translation may be out of date. Ask your care team if you are not sure.

stale-notice = Mae'r fersiwn Saesneg o'r dudalen hon wedi newid ers iddi gael ei chyfieithu. Efallai fod rhai rhannau o'r cyfieithiad hwn wedi dyddio. Gofynnwch i'ch tîm gofal os nad ydych chi'n siŵr.

# en-GB: unapproved-notice = This is a draft for checking. The clinical team has not yet approved it. Do not use it to make a decision about your care.

unapproved-notice = Drafft i'w wirio yw hwn. Nid yw'r tîm clinigol wedi'i gymeradwyo eto. Peidiwch â'i ddefnyddio i wneud penderfyniad am eich gofal.

# en-GB: evidence-notice-heading = { $quality ->
#     [strong] What the evidence shows
#     [moderate] What the evidence shows
#     [limited] The evidence is limited
#    *[very-limited] There is very little evidence
# }

evidence-notice-heading =
    { $quality ->
        [strong] Beth mae'r dystiolaeth yn ei ddangos
        [moderate] Beth mae'r dystiolaeth yn ei ddangos
        [limited] Mae'r dystiolaeth yn gyfyngedig
       *[very-limited] Ychydig iawn o dystiolaeth sydd
    }

# en-GB: special-arrangements-heading = What do "special arrangements" mean for me?

special-arrangements-heading = Beth mae "trefniadau arbennig" yn ei olygu i mi?

# en-GB: special-arrangements-intro = NICE says this procedure should only be done with special arrangements. This is because { $reason ->
#     [efficacy] there is not enough evidence about how well it works.
#     [safety] there is not enough evidence about how safe it is.
#    *[both] there is not enough evidence about how safe it is and how well it works.
# }

special-arrangements-intro =
    Mae NICE yn dweud mai dim ond gyda threfniadau arbennig y dylid gwneud y driniaeth hon. Mae hyn oherwydd { $reason ->
        [efficacy] nad oes digon o dystiolaeth am ba mor dda mae'n gweithio.
        [safety] nad oes digon o dystiolaeth am ba mor ddiogel yw hi.
       *[both] nad oes digon o dystiolaeth am ba mor ddiogel yw hi a pha mor dda mae'n gweithio.
    }

# en-GB: on-this-page = On this page

on-this-page = Ar y dudalen hon

# en-GB: about-heading = What is this procedure?

about-heading = Beth yw'r driniaeth hon?

# en-GB: condition-heading = Why might I need it?

condition-heading = Pam y gallai fod ei hangen arna i?

# en-GB: audience-heading = Who is it for?

audience-heading = Ar gyfer pwy mae hi?

# en-GB: audience-for = It may be suitable for:

audience-for = Gallai fod yn addas ar gyfer:

# en-GB: audience-not-for = It is not meant for:

audience-not-for = Nid yw wedi'i bwriadu ar gyfer:

# en-GB: decision-heading = What do I need to decide?

decision-heading = Beth sydd angen i mi ei benderfynu?

# en-GB: options-heading = What are my options?

options-heading = Beth yw fy newisiadau?

# en-GB: options-intro = Here are your options side by side. Doing nothing is also a choice.

options-intro = Dyma'ch dewisiadau ochr yn ochr. Mae gwneud dim hefyd yn ddewis.

# en-GB: grid-option = Option

grid-option = Dewis

# en-GB: grid-what = What is it?

grid-what = Beth yw hyn?

# en-GB: grid-what-happens = What happens?

grid-what-happens = Beth sy'n digwydd?

# en-GB: grid-recovery = How long does recovery take?

grid-recovery = Faint o amser mae'n ei gymryd i wella?

# en-GB: grid-daily-life = How might it affect my daily life?

grid-daily-life = Sut gallai effeithio ar fy mywyd bob dydd?

# en-GB: grid-benefits = What might go well?

grid-benefits = Beth allai fynd yn dda?

# en-GB: grid-risks = What might go wrong?

grid-risks = Beth allai fynd o'i le?

# en-GB: grid-outcome = { $label }: { $statement }

grid-outcome = { $label }: { $statement }

# en-GB: details-heading = What are the benefits and risks of each option?

details-heading = Beth yw manteision a risgiau pob dewis?

# en-GB: details-intro = The numbers come from studies. Beside each number it says what kind of study it comes from and how many it included. Numbers from small studies are a rough guide: what happens to you may be different.

details-intro = Mae'r rhifau'n dod o astudiaethau. Wrth ymyl pob rhif, mae'n dweud pa fath o astudiaeth mae'n dod ohoni a faint oedd ynddi. Dim ond syniad bras mae rhifau o astudiaethau bach yn ei roi: gallai'r hyn sy'n digwydd i chi fod yn wahanol.

# en-GB: benefits-heading = Possible benefits

benefits-heading = Manteision posibl

# en-GB: risks-heading = Possible risks

risks-heading = Risgiau posibl

# en-GB: no-outcomes = Nothing is listed here.

no-outcomes = Nid oes dim wedi'i restru yma.

# en-GB: comparisons-heading = How do the options compare?

comparisons-heading = Sut mae'r dewisiadau'n cymharu?

# en-GB: comparisons-intro = Where the same thing was measured for more than one option, it is shown here side by side, out of the same number of people. Check where each number comes from: numbers from different studies, with different people, may not compare fairly.

comparisons-intro = Lle cafodd yr un peth ei fesur ar gyfer mwy nag un dewis, mae'n cael ei ddangos yma ochr yn ochr, allan o'r un nifer o bobl. Edrychwch o ble mae pob rhif yn dod: efallai na fydd yn deg cymharu rhifau o wahanol astudiaethau, gyda phobl wahanol.

# en-GB: comparison-figure = What was found

comparison-figure = Beth gafodd ei ganfod

# en-GB: comparison-evidence = Where it comes from

comparison-evidence = O ble mae'n dod

# en-GB: unknowns-heading = What is not known?

unknowns-heading = Beth nad ydym yn ei wybod?

# en-GB: evidence-heading = How good is the evidence?

evidence-heading = Pa mor dda yw'r dystiolaeth?

# en-GB: evidence-quality =
#     { $quality ->
#         [strong] The evidence is strong.
#         [moderate] The evidence is moderate.
#         [limited] The evidence is limited.
#        *[very-limited] There is very little evidence.
#     }

evidence-quality =
    { $quality ->
        [strong] Mae'r dystiolaeth yn gryf.
        [moderate] Mae'r dystiolaeth yn gymedrol.
        [limited] Mae'r dystiolaeth yn gyfyngedig.
       *[very-limited] Ychydig iawn o dystiolaeth sydd.
    }

# en-GB: before-heading = What happens before?

before-heading = Beth sy'n digwydd cyn hynny?

# en-GB: during-heading = What happens during the procedure?

during-heading = Beth sy'n digwydd yn ystod y driniaeth?

# en-GB: after-heading = What happens afterwards?

after-heading = Beth sy'n digwydd wedyn?

# en-GB: team-heading = Who will be involved?

team-heading = Pwy fydd yn rhan o hyn?

# en-GB: questions-heading = What should I ask?

questions-heading = Beth ddylwn i ei ofyn?

# en-GB: bran-intro = These four questions can help in any conversation about treatment:

bran-intro = Gall y pedwar cwestiwn hyn helpu mewn unrhyw sgwrs am driniaeth:

# en-GB: bran-benefits = What are the benefits?

bran-benefits = Beth yw'r manteision?

# en-GB: bran-risks = What are the risks?

bran-risks = Beth yw'r risgiau?

# en-GB: bran-alternatives = What are the alternatives?

bran-alternatives = Beth yw'r dewisiadau eraill?

# en-GB: bran-nothing = What if I do nothing?

bran-nothing = Beth os na fydda i'n gwneud dim?

# en-GB: questions-more = You might also want to ask:

questions-more = Efallai yr hoffech chi ofyn hefyd:

# en-GB: recording-heading = What will happen to information about me?

recording-heading = Beth fydd yn digwydd i'r wybodaeth amdana i?

# en-GB: device-heading = What if there is a problem with the device?

device-heading = Beth os oes problem gyda'r ddyfais?

# en-GB: device-link = Report a problem on the Yellow Card website

device-link = Rhoi gwybod am broblem ar wefan y Cerdyn Melyn (Yellow Card)

# en-GB: contact-heading = Who can I contact?

contact-heading = Gyda phwy y galla i gysylltu?

# en-GB (was): contact-phone = Phone: { $phone }

contact-phone = Ffôn:

# en-GB (was): contact-email = Email: { $email }

contact-email = E-bost:

# en-GB (was): contact-web = Website: { $web }

contact-web = Gwefan:

# en-GB: sources-heading = Where does this information come from?

sources-heading = O ble mae'r wybodaeth hon yn dod?

# en-GB: guidance-line = This information follows { $body } guidance { $id }, "{ $title }", issued { $issued }.

guidance-line = Mae'r wybodaeth hon yn dilyn canllawiau { $body } { $id }, "{ $title }" (dyddiad cyhoeddi: { $issued }).

# en-GB: about-info-heading = About this information

about-info-heading = Am yr wybodaeth hon

# en-GB: published = Published: { $date }

published = Cyhoeddwyd: { $date }

# en-GB: reviewed = Last reviewed: { $date }

reviewed = Adolygwyd ddiwethaf: { $date }

# en-GB: next-review = Next review due: { $date }

next-review = Dyddiad yr adolygiad nesaf: { $date }

# en-GB: version = Version: { $version }

version = Fersiwn: { $version }

# en-GB: version-note = Please note this version number on your consent form.

version-note = Ysgrifennwch rif y fersiwn hon ar eich ffurflen gydsynio.

# en-GB: written-by = Written by

written-by = Ysgrifennwyd gan

# en-GB: funded-by = Funding

funded-by = Cyllid

# en-GB: update-policy = How we keep this up to date

update-policy = Sut rydym yn cadw hyn yn gyfredol

# en-GB: back-to-index = All treatments

back-to-index = Pob triniaeth

# en-GB: source-link = (source { $number })

source-link = (ffynhonnell { $number })

# en-GB: read-source = Read it online

read-source = Darllen ar-lein

# en-GB: freq-exact =
#     { $events } in { $denominator } { $unit ->
#         [bones] lengthened bones
#        *[people] people
#     }

freq-exact =
    { $events } o bob { $denominator } { $unit ->
        [bones] o esgyrn a gafodd eu hymestyn
       *[people] o bobl
    }

# en-GB: freq-about =
#     About { $events } in { $denominator } { $unit ->
#         [bones] lengthened bones
#        *[people] people
#     }

freq-about =
    Tua { $events } o bob { $denominator } { $unit ->
        [bones] o esgyrn a gafodd eu hymestyn
       *[people] o bobl
    }

# en-GB: freq-range =
#     Between { $low } and { $high } in { $denominator } { $unit ->
#         [bones] lengthened bones
#        *[people] people
#     }

freq-range =
    Rhwng { $low } a { $high } o bob { $denominator } { $unit ->
        [bones] o esgyrn a gafodd eu hymestyn
       *[people] o bobl
    }

# en-GB: freq-fewer-than-one =
#     Fewer than 1 in { $denominator } { $unit ->
#         [bones] lengthened bones
#        *[people] people
#     }

freq-fewer-than-one =
    Llai nag 1 o bob { $denominator } { $unit ->
        [bones] o esgyrn a gafodd eu hymestyn
       *[people] o bobl
    }

# en-GB: freq-nearly-all =
#     More than { $events } in { $denominator } { $unit ->
#         [bones] lengthened bones
#        *[people] people
#     }

freq-nearly-all =
    Dros { $events } o bob { $denominator } { $unit ->
        [bones] o esgyrn a gafodd eu hymestyn
       *[people] o bobl
    }

# en-GB: freq-with-word = { $sentence } ({ $word })

freq-with-word = { $sentence } ({ $word })

# en-GB: freq-line = { $statement }.

freq-line = { $statement }.

# en-GB: freq-line-when = { $statement }, { $frame }.

freq-line-when = { $statement }, { $frame }.

# en-GB: freq-others-exact = { $events } in { $denominator } did not.

freq-others-exact = Ni ddigwyddodd hyn mewn { $events } o bob { $denominator }.

# en-GB: freq-others-about = About { $events } in { $denominator } did not.

freq-others-about = Ni ddigwyddodd hyn mewn tua { $events } o bob { $denominator }.

# en-GB: freq-not-known = We do not know how often this happens.

freq-not-known = Nid ydym yn gwybod pa mor aml mae hyn yn digwydd.

# en-GB: freq-none = None of the { $population } { $unit ->
#     [bones] lengthened bones
#    *[people] people
# } in the study

freq-none =
    Dim un o'r { $population } { $unit ->
        [bones] o esgyrn a gafodd eu hymestyn
       *[people] o bobl
    } yn yr astudiaeth

# en-GB: freq-none-upper = This does not mean it never happens. The chance is probably lower than { $upper } in { $denominator }.

freq-none-upper = Nid yw hyn yn golygu nad yw byth yn digwydd. Mae'r siawns yn debygol o fod yn llai na { $upper } o bob { $denominator }.

# en-GB: freq-none-too-few = This does not mean it never happens. The study was too small to say how rare it is.

freq-none-too-few = Nid yw hyn yn golygu nad yw byth yn digwydd. Roedd yr astudiaeth yn rhy fach i ddweud pa mor brin ydyw.

# en-GB: freq-approximate = The study gives this number as a rough figure.

freq-approximate = Mae'r astudiaeth yn rhoi'r rhif hwn fel ffigur bras.

# en-GB: freq-interval = The true number is likely to be between { $low } and { $high } in { $denominator }.

freq-interval = Mae'r gwir nifer yn debygol o fod rhwng { $low } a { $high } o bob { $denominator }.

# en-GB: group-this = After this treatment

group-this = Ar ôl y driniaeth hon

# en-GB: group-arm = After { $arm }

group-arm = Ar ôl { $arm }

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
    Dim un o'r { $population } { $unit ->
        [bones] o esgyrn a gafodd eu hymestyn
       *[people] o bobl
    } yn y grŵp hwn

# en-GB: time-frame-not-reported = The study does not say over what time this was counted.

time-frame-not-reported = Nid yw'r astudiaeth yn dweud dros ba gyfnod y cafodd hyn ei gyfrif.

# en-GB: arm-name = { $arm ->
#     [sham] a pretend treatment
#     [placebo] a dummy treatment (placebo)
#     [usual-care] usual care
#     [no-treatment] no treatment
#    *[option] { $option }
# }

arm-name =
    { $arm ->
        [sham] triniaeth esgus
        [placebo] triniaeth ffug (plasebo)
        [usual-care] gofal arferol
        [no-treatment] dim triniaeth
       *[option] { $option }
    }

# en-GB: arm-this-caption = This treatment

arm-this-caption = Y driniaeth hon

# en-GB: arm-caption = Compared with { $arm }

arm-caption = Grŵp cymharu: { $arm }

# en-GB: arm-size = The comparison group ({ $arm }) had { $size } people.

arm-size =
    Roedd { $size } { $size ->
        [zero] o bobl
        [one] person
        [two] berson
        [few] pherson
        [many] pherson
       *[other] o bobl
    } yn y grŵp cymharu ({ $arm }).

# en-GB: fact-line = This is true for everyone who chooses this option.

fact-line = Mae hyn yn wir i bawb sy'n mynd am y dewis hwn.

# en-GB: certainty = { $level ->
#     [high] How sure we are: very sure. The true figure is probably close to this one.
#     [moderate] How sure we are: fairly sure. The true figure is probably close to this one, but it could be quite different.
#     [low] How sure we are: not very sure. The true figure may be quite different from this one.
#    *[very-low] How sure we are: not sure at all. The true figure is likely to be quite different from this one.
# }

certainty =
    { $level ->
        [high] Pa mor siŵr ydym ni: siŵr iawn. Mae'r gwir ffigur yn debygol o fod yn agos at hwn.
        [moderate] Pa mor siŵr ydym ni: eithaf siŵr. Mae'r gwir ffigur yn debygol o fod yn agos at hwn, ond gallai fod yn eithaf gwahanol.
        [low] Pa mor siŵr ydym ni: ddim yn siŵr iawn. Gallai'r gwir ffigur fod yn eithaf gwahanol i hwn.
       *[very-low] Pa mor siŵr ydym ni: ddim yn siŵr o gwbl. Mae'r gwir ffigur yn debygol o fod yn eithaf gwahanol i hwn.
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
        [yes] O astudiaeth fach o { $size } { $unit ->
            [bones] o esgyrn a gafodd eu hymestyn
           *[people] o bobl
        }, felly canllaw bras yw hwn.
       *[no] { $kind ->
            [review] O adolygiad o astudiaethau o { $size } { $unit ->
                [bones] o esgyrn a gafodd eu hymestyn
               *[people] o bobl
            }.
            [trial] O brawf teg o { $size } { $unit ->
                [bones] o esgyrn a gafodd eu hymestyn
               *[people] o bobl
            }.
           *[study] O astudiaeth o { $size } { $unit ->
                [bones] o esgyrn a gafodd eu hymestyn
               *[people] o bobl
            }.
        }
    }

# en-GB: brief-source-unsized = { $kind ->
#     [guidance] From national guidance.
#     [review] From a review of studies.
#     [trial] From a fair test.
#    *[study] From a study.

brief-source-unsized =
    { $kind ->
        [guidance] O ganllawiau cenedlaethol.
        [review] O adolygiad o astudiaethau.
        [trial] O brawf teg.
       *[study] O astudiaeth.
    }

# en-GB: brief-studies = { $small ->
#     [yes] From { $count } small studies of { $smallest } to { $largest } people each, so a rough guide.
#    *[no] From { $count } studies of { $smallest } to { $largest } people each.

brief-studies =
    { $small ->
        [yes] O { $count } o astudiaethau bach o { $smallest } i { $largest } o bobl yr un, felly canllaw bras yw hwn.
       *[no] O { $count } o astudiaethau o { $smallest } i { $largest } o bobl yr un.
    }

# en-GB: brief-certainty = { $level ->
#     [high] We are very sure of this.
#     [moderate] We are fairly sure of this.
#     [low] We are not very sure of this.
#    *[very-low] We are very unsure of this.

brief-certainty =
    { $level ->
        [high] Rydym yn sicr iawn o hyn.
        [moderate] Rydym yn weddol sicr o hyn.
        [low] Nid ydym yn sicr iawn o hyn.
       *[very-low] Rydym yn ansicr iawn o hyn.
    }

# en-GB: brief-chance = The difference from { $arm } could be down to chance.

brief-chance = Gallai'r gwahaniaeth o'i gymharu â { $arm } fod o ganlyniad i siawns.

# en-GB: unknown-outcomes = Nobody knows yet how often these happen:

unknown-outcomes = Nid oes neb yn gwybod eto pa mor aml mae'r rhain yn digwydd:

# en-GB: unknown-comparisons = For these, nobody knows yet how often they happen with any of the options:

unknown-comparisons = Ar gyfer y rhain, nid oes neb yn gwybod eto pa mor aml maen nhw'n digwydd gydag unrhyw un o'r dewisiadau:

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
    { $scale } (po { $better ->
        [lower] isaf
       *[higher] uchaf
    } y sgôr, gorau)

# en-GB: change-scale-bounded = { $scale } (from { $min } to { $max }, where { $better ->
#     [lower] lower
#    *[higher] higher
# } is better)

change-scale-bounded =
    { $scale } (o { $min } i { $max }; po { $better ->
        [lower] isaf
       *[higher] uchaf
    } y sgôr, gorau)

# en-GB: change-measured = The measure: { $scale }.

change-measured = Y mesur: { $scale }.

# en-GB: change-went = The average went from { $before } to { $after }

change-went = Aeth y cyfartaledd o { $before } i { $after }

# en-GB: change-by = The average { $direction ->
#     [fell] fell by { $amount }
#     [rose] rose by { $amount }
#    *[same] did not change

change-by =
    { $direction ->
        [fell] Gostyngodd y cyfartaledd { $amount }
        [rose] Cododd y cyfartaledd { $amount }
       *[same] Ni newidiodd y cyfartaledd
    }

# en-GB: change-studies-group = In { $count } studies of { $smallest } to { $largest } people each

change-studies-group = Mewn { $count } o astudiaethau o { $smallest } i { $largest } o bobl yr un

# en-GB: change-range = The average { $direction ->
#     [fell] fell by between { $low } and { $high }
#     [rose] rose by between { $low } and { $high }
#    *[mixed] changed by anything from a fall of { $low } to a rise of { $high }

change-range =
    { $direction ->
        [fell] Gostyngodd y cyfartaledd rhwng { $low } a { $high }
        [rose] Cododd y cyfartaledd rhwng { $low } a { $high }
       *[mixed] Newidiodd y cyfartaledd unrhyw beth o ostyngiad o { $low } i godiad o { $high }
    }

# en-GB: study-bar = A study of { $size } { $size ->
#     [one] person
#    *[other] people

study-bar = Astudiaeth o { $size } o bobl

# en-GB: change-difference = { $direction ->
#     [lower] On average, it ended { $amount } lower after this treatment than after { $arm }.
#     [higher] On average, it ended { $amount } higher after this treatment than after { $arm }.
#    *[same] On average, it ended about the same after this treatment as after { $arm }.

change-difference =
    { $direction ->
        [lower] Ar gyfartaledd, roedd { $amount } yn is ar ôl y driniaeth hon nag ar ôl { $arm }.
        [higher] Ar gyfartaledd, roedd { $amount } yn uwch ar ôl y driniaeth hon nag ar ôl { $arm }.
       *[same] Ar gyfartaledd, roedd tua'r un fath ar ôl y driniaeth hon ag ar ôl { $arm }.
    }

# en-GB: change-difference-end = { $direction ->
#     [lower] { $amount } lower
#     [higher] { $amount } higher
#    *[same] no different

change-difference-end =
    { $direction ->
        [lower] { $amount } yn is
        [higher] { $amount } yn uwch
       *[same] dim gwahaniaeth
    }

# en-GB: change-difference-interval = The true difference is likely to be somewhere between { $low } and { $high }.

change-difference-interval = Mae'r gwir wahaniaeth yn debygol o fod rhywle rhwng { $low } a { $high }.

# en-GB: change-chance = So the difference could be down to chance.

change-chance = Felly gallai'r gwahaniaeth fod o ganlyniad i siawns.

# en-GB: change-interval = The true average change is likely to be between { $low } and { $high }{ $unit ->
#     [none] {""}
#    *[other] {" "}{ $unit }
# }.

change-interval = { $direction ->
    [fell] Mae'r gwir ostyngiad cyfartalog yn debygol o fod rhwng { $low } a { $high }
    [rose] Mae'r gwir gynnydd cyfartalog yn debygol o fod rhwng { $low } a { $high }
   *[mixed] Mae'r gwir newid cyfartalog yn debygol o fod rhwng gostyngiad o { $low } a chynnydd o { $high }
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
        [fell] i lawr { $amount }
        [rose] i fyny { $amount }
       *[same] dim newid
    }

# en-GB: icon-array-alt =
#     A picture of { $denominator } figures. { $filled } are coloured in{ $uncertain ->
#         [0] { "" }
#        *[other] { " " }and { $uncertain } more are shaded, because the true number is somewhere in that range
#     }. { $statement }.

icon-array-alt =
    Llun o { $denominator } o ffigurau bach. Mae { $filled } wedi'u lliwio{ $uncertain ->
        [0] { "" }
       *[other] { " " }ac mae { $uncertain } arall wedi'u cysgodi, oherwydd bod y gwir nifer rywle yn yr ystod honno
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
        [very-common] cyffredin iawn
        [common] cyffredin
        [uncommon] anghyffredin
        [rare] prin
        [very-rare] prin iawn
        [high] uchel
        [moderate] cymedrol
        [low] isel
        [very-low] isel iawn
        [minimal] bach iawn
       *[negligible] bron dim
    }

# en-GB: scale-range = { $low } to { $high }

scale-range = { $low } i { $high }

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
        [during-treatment] yn ystod y driniaeth
        [by-end-of-treatment] erbyn diwedd y driniaeth
        [months]
            o fewn { $count } { $count ->
                [zero] mis
                [one] mis
                [two] fis
                [few] mis
                [many] mis
               *[other] mis
            }
        [at-months]
            ar ôl { $count } { $count ->
                [zero] mis
                [one] mis
                [two] fis
                [few] mis
                [many] mis
               *[other] mis
            }
        [at-years]
            ar ôl { $count } { $count ->
                [zero] mlynedd
                [one] flwyddyn
                [two] flynedd
                [few] blynedd
                [many] blynedd
               *[other] o flynyddoedd
            }
       *[years]
            o fewn { $count } { $count ->
                [zero] mlynedd
                [one] flwyddyn
                [two] flynedd
                [few] blynedd
                [many] blynedd
               *[other] o flynyddoedd
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
        [guidance] O ganllawiau cenedlaethol
        [systematic-review] O adolygiad o sawl astudiaeth
        [randomised-trial] O brawf teg (treial ar hap) a gymharodd driniaethau
        [sham-controlled-trial] O brawf teg (treial ar hap) yn erbyn triniaeth esgus
        [cohort] O astudiaeth a ddilynodd grŵp o bobl dros amser
        [registry] O gofrestr o bobl a gafodd y driniaeth
        [comparative-study] O astudiaeth a gymharodd driniaethau
        [case-series] O astudiaeth o grŵp o gleifion
        [team-experience] O'r hyn mae'r tîm a ysgrifennodd hyn yn ei weld yn y clinig
       *[other] O adroddiad a gyhoeddwyd
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
            O adolygiad o astudiaethau a oedd yn cynnwys { $size } { $unit ->
                [bones] o esgyrn a gafodd eu hymestyn
               *[people] o bobl
            }
        [comparative-study]
            O astudiaeth a gymharodd driniaethau mewn { $size } { $unit ->
                [bones] o esgyrn a gafodd eu hymestyn
               *[people] o bobl
            }
        [randomised-trial]
            O brawf teg (treial ar hap) a oedd yn cynnwys { $size } { $unit ->
                [bones] o esgyrn a gafodd eu hymestyn
               *[people] o bobl
            }
        [sham-controlled-trial]
            O brawf teg (treial ar hap) a oedd yn cynnwys { $size } { $unit ->
                [bones] o esgyrn a gafodd eu hymestyn
               *[people] o bobl
            }, a chafodd rhai ohonyn nhw driniaeth esgus
        [cohort]
            O astudiaeth a ddilynodd { $size } { $unit ->
                [bones] o esgyrn a gafodd eu hymestyn
               *[people] o bobl
            } dros amser
        [registry]
            O gofrestr o { $size } { $unit ->
                [bones] o esgyrn a gafodd eu hymestyn gyda'r driniaeth
               *[people] o bobl a gafodd y driniaeth
            }
        [case-series]
            O astudiaeth o { $size } { $unit ->
                [bones] o esgyrn a gafodd eu hymestyn
               *[people] o bobl
            }
       *[other]
            O adroddiad ar { $size } { $unit ->
                [bones] o esgyrn a gafodd eu hymestyn
               *[people] o bobl
            }
    }

# en-GB: study-reported-in = { $study }, as reported in source { $number }

study-reported-in = { $study }, fel y nodir yn ffynhonnell { $number }

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
        [1] Ionawr
        [2] Chwefror
        [3] Mawrth
        [4] Ebrill
        [5] Mai
        [6] Mehefin
        [7] Gorffennaf
        [8] Awst
        [9] Medi
        [10] Hydref
        [11] Tachwedd
       *[12] Rhagfyr
    }

# en-GB: date-day = { $day } { month-name } { $year }

date-day = { $day } { month-name } { $year }

# en-GB: date-month = { month-name } { $year }

date-month = { month-name } { $year }

# en-GB: leaflets-heading = Print this information

leaflets-heading = Argraffu'r wybodaeth hon

# en-GB: leaflets-intro = Leaflets say the same as this page. Each has a version number to note on your consent form.

leaflets-intro = Mae'r taflenni'n dweud yr un peth â'r dudalen hon. Mae gan bob un rif fersiwn i'w ysgrifennu ar eich ffurflen gydsynio.

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
        [a4] Taflen A4
        [a5] Tudalennau A5, yn eu trefn
        [booklet] Llyfryn A5, i'w argraffu ar A4 a'i blygu
        [glance] Eich dewisiadau ar un olwg
        [glance-large] Eich dewisiadau ar un olwg, print bras
       *[large] Print bras
    }

# en-GB: leaflet-pdf = PDF

leaflet-pdf = PDF

# en-GB: leaflet-html = web page for printing

leaflet-html = tudalen we i'w hargraffu

# en-GB: leaflet-version = Version { $version }. Last reviewed { $date }.

leaflet-version = Fersiwn { $version }. Adolygwyd ddiwethaf: { $date }.

# en-GB: leaflet-online = Read this online: { $url }

leaflet-online = Darllenwch hwn ar-lein: { $url }

# en-GB: leaflet-qr-alt = A QR code. Scan it with a phone camera to open this information online.

leaflet-qr-alt = Cod QR. Sganiwch ef gyda chamera ffôn i agor yr wybodaeth hon ar-lein.

# en-GB: leaflet-online-also = The web page also answers these questions:

leaflet-online-also = Mae'r dudalen we hefyd yn ateb y cwestiynau hyn:

# en-GB: leaflet-ask-also = Ask your care team for the full information. It also answers these questions:

leaflet-ask-also = Gofynnwch i'ch tîm gofal am yr wybodaeth lawn. Mae hefyd yn ateb y cwestiynau hyn:

# en-GB: notes-heading = My notes

notes-heading = Fy nodiadau

# en-GB: notes-intro = You can write on this page and bring it to your next appointment.

notes-intro = Gallwch ysgrifennu ar y dudalen hon a dod â hi i'ch apwyntiad nesaf.

# en-GB: notes-matters = What matters most to me

notes-matters = Beth sydd bwysicaf i mi

# en-GB: notes-questions = My questions

notes-questions = Fy nghwestiynau

# en-GB: notes-appointment = Notes from my appointment

notes-appointment = Nodiadau o fy apwyntiad

# en-GB: freq-rate-exact =
#     { $events } for every { $denominator } { $unit ->
#         [bones] lengthened bones
#        *[people] people
#     }

freq-rate-exact =
    { $events } am bob { $denominator } { $unit ->
        [bones] o esgyrn a gafodd eu hymestyn
       *[people] o bobl
    }

# en-GB: freq-rate-about =
#     About { $events } for every { $denominator } { $unit ->
#         [bones] lengthened bones
#        *[people] people
#     }

freq-rate-about =
    Tua { $events } am bob { $denominator } { $unit ->
        [bones] o esgyrn a gafodd eu hymestyn
       *[people] o bobl
    }

# en-GB: freq-rate-fewer-than-one =
#     Fewer than { $events } for every { $denominator } { $unit ->
#         [bones] lengthened bones
#        *[people] people
#     }

freq-rate-fewer-than-one =
    Llai nag { $events } am bob { $denominator } { $unit ->
        [bones] o esgyrn a gafodd eu hymestyn
       *[people] o bobl
    }

## Options at a glance
glance-heading = Eich dewisiadau ar un olwg
glance-not-known = ddim yn hysbys
glance-leaning = Y dewis rwy'n pwyso tuag ato
sure-heading = Ydych chi'n siŵr?
sure-question = { $question ->
    [sure] Ydych chi'n teimlo'n siŵr am y dewis gorau i chi?
    [understand] Ydych chi'n gwybod manteision a risgiau pob dewis?
    [risk-benefit] Ydych chi'n glir pa fanteision a risgiau sydd bwysicaf i chi?
   *[encouragement] Oes gennych chi ddigon o gefnogaeth a chyngor i wneud dewis?
}
sure-yes = Ydw
sure-no = Nac ydw
sure-note = Os ateboch chi "nac ydw" i unrhyw gwestiwn, siaradwch â'ch tîm gofal cyn penderfynu.

# en-GB: glance-continued = Continued on the next page.

glance-continued = Yn parhau ar y dudalen nesaf.

## The consent insert: given with the consent form, it carries the leaflet's own figures.

consent-heading = Cyn i chi gytuno: { $title }
consent-intro = Mae'r daflen hon yn mynd gyda'ch ffurflen gydsynio. Mae'n crynhoi'r hyn y mae'r daflen wybodaeth yn ei ddweud. Gofynnwch i ni am unrhyw beth nad yw'n glir.
consent-option = Y driniaeth rydych chi'n cytuno iddi: { $option }
consent-benefits = Beth allai ei wneud i chi
consent-risks = Beth allai fynd o'i le
consent-alternatives = Y dewisiadau eraill, gan gynnwys gwneud dim
consent-uncertain = Beth nad oes neb yn ei wybod eto
consent-arrangements = Gwiriadau ychwanegol ar gyfer y driniaeth hon
consent-given = Rhoddwyd fersiwn { $version } o'r daflen ar ____________________
consent-approved = Cymeradwywyd ar gyfer cleifion gan { $name } ({ $role }) ar { $date }: fersiwn cynnwys { $version }.
consent-signed = Llythrennau blaen y claf ________   Llythrennau blaen y clinigwr ________
guidance-for-the-public = Darllenwch wybodaeth NICE i'r cyhoedd am y driniaeth hon

# en-GB: not-found-title = Page not found

not-found-title = Heb ddod o hyd i'r dudalen

# en-GB: not-found-text = We cannot find this page. It may have moved, or the address may be wrong.

not-found-text = Ni allwn ddod o hyd i'r dudalen hon. Efallai ei bod wedi symud, neu fod y cyfeiriad yn anghywir.

# en-GB: leaflet-pdf-size = PDF, { $kb } KB

leaflet-pdf-size = PDF, { $kb } KB

# en-GB: index-left-out-heading = Not yet in this language

index-left-out-heading = Ddim ar gael yn yr iaith hon eto

# en-GB: index-left-out = These pages have not been translated yet. You can read them in { $language }.

index-left-out = Nid yw'r tudalennau hyn wedi'u cyfieithu eto. Gallwch eu darllen yn { $language }.
