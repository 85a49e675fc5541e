# ui.ftl in cy. Translate the text after each `=`; the comment above each
# message shows the current en-GB text. Numbers, dates and names
# arrive as variables such as { $events }: keep them, never type a figure.

## Language
language-name = Cymraeg
skip-to-content = Neidio i'r prif gynnwys
languages-heading = Darllen hwn mewn iaith arall

## Index page
index-title = Gwybodaeth i'ch helpu i benderfynu
index-intro = Mae pob tudalen yn egluro triniaeth, beth allai ddigwydd, a beth nad ydym yn ei wybod, fel y gallwch chi a'ch tîm gofal benderfynu gyda'ch gilydd.
index-procedures-heading = Triniaethau

## Notices
draft-notice = Nid yw cyfieithydd cymwys wedi gwirio'r cyfieithiad hwn eto. Os oes unrhyw beth yn aneglur, gofynnwch i'ch tîm gofal.
stale-notice = Mae'r fersiwn Saesneg o'r dudalen hon wedi newid ers iddi gael ei chyfieithu. Efallai fod rhai rhannau o'r cyfieithiad hwn wedi dyddio. Gofynnwch i'ch tîm gofal os nad ydych chi'n siŵr.
evidence-notice-heading = Mae'r dystiolaeth yn gyfyngedig
special-arrangements-heading = Beth mae "trefniadau arbennig" yn ei olygu i mi?
special-arrangements-intro = Mae NICE yn dweud mai dim ond gyda threfniadau arbennig y dylid gwneud y driniaeth hon. Mae hyn oherwydd bod y dystiolaeth am ba mor ddiogel yw hi a pha mor dda mae'n gweithio yn gyfyngedig.

## Headings (questions a patient would ask)
on-this-page = Ar y dudalen hon
about-heading = Beth yw'r driniaeth hon?
condition-heading = Pam y gallai fod ei hangen arna i?
audience-heading = Ar gyfer pwy mae hi?
audience-for = Gallai fod yn addas ar gyfer:
audience-not-for = Nid yw wedi'i bwriadu ar gyfer:
decision-heading = Beth sydd angen i mi ei benderfynu?
options-heading = Beth yw fy newisiadau?
options-intro = Dyma'ch dewisiadau ochr yn ochr. Mae gwneud dim hefyd yn ddewis.
grid-option = Dewis
grid-what = Beth yw hyn?
grid-what-happens = Beth sy'n digwydd?
grid-recovery = Faint o amser mae'n ei gymryd i wella?
grid-daily-life = Sut gallai effeithio ar fy mywyd bob dydd?
grid-benefits = Beth allai fynd yn dda?
grid-risks = Beth allai fynd o'i le?
grid-outcome = { $label }: { $statement }
details-heading = Beth yw manteision a risgiau pob dewis?
details-intro = Mae'r rhifau'n dod o astudiaethau. Mae pob rhif yn dweud beth roedd yr astudiaeth yn ei gyfrif, a faint o bobl neu esgyrn oedd ynddi. Mae'r astudiaethau o'r driniaeth hon yn fach, felly gallai'r gwir rifau fod yn wahanol i chi.
benefits-heading = Manteision posibl
risks-heading = Risgiau posibl
no-outcomes = Nid oes dim wedi'i restru yma.
comparisons-heading = Sut mae'r dewisiadau'n cymharu?
comparisons-intro = Lle cafodd yr un peth ei fesur ar gyfer mwy nag un dewis, mae'n cael ei ddangos yma allan o'r un nifer o bobl, fel y gallwch chi gymharu.
unknowns-heading = Beth nad ydym yn ei wybod?
evidence-heading = Pa mor dda yw'r dystiolaeth?
evidence-quality = { $quality ->
    [strong] Mae'r dystiolaeth yn gryf.
    [moderate] Mae'r dystiolaeth yn gymedrol.
    [limited] Mae'r dystiolaeth yn gyfyngedig.
   *[very-limited] Ychydig iawn o dystiolaeth sydd.
}
before-heading = Beth sy'n digwydd cyn hynny?
during-heading = Beth sy'n digwydd yn ystod y driniaeth?
after-heading = Beth sy'n digwydd wedyn?
team-heading = Pwy fydd yn rhan o hyn?
questions-heading = Beth ddylwn i ei ofyn?
bran-intro = Gall y pedwar cwestiwn hyn helpu mewn unrhyw sgwrs am driniaeth:
bran-benefits = Beth yw'r manteision?
bran-risks = Beth yw'r risgiau?
bran-alternatives = Beth yw'r dewisiadau eraill?
bran-nothing = Beth os na fydda i'n gwneud dim?
questions-more = Efallai yr hoffech chi ofyn hefyd:
recording-heading = Beth fydd yn digwydd i'r wybodaeth amdana i?
device-heading = Beth os oes problem gyda'r ddyfais?
device-link = Rhoi gwybod am broblem ar wefan y Cerdyn Melyn (Yellow Card)
contact-heading = Gyda phwy y galla i gysylltu?
contact-phone = Ffôn: { $phone }
contact-email = E-bost: { $email }
contact-web = Gwefan: { $web }
sources-heading = O ble mae'r wybodaeth hon yn dod?
guidance-line = Mae'r wybodaeth hon yn dilyn canllawiau { $body } { $id }, "{ $title }" (dyddiad cyhoeddi: { $issued }).
about-info-heading = Am yr wybodaeth hon
published = Cyhoeddwyd: { $date }
reviewed = Adolygwyd ddiwethaf: { $date }
next-review = Dyddiad yr adolygiad nesaf: { $date }
version = Fersiwn: { $version }
version-note = Ysgrifennwch rif y fersiwn hon ar eich ffurflen gydsynio.
written-by = Ysgrifennwyd gan
funded-by = Cyllid
update-policy = Sut rydym yn cadw hyn yn gyfredol
back-to-index = Pob triniaeth
source-link = (ffynhonnell { $number })
read-source = Darllen ar-lein
time-frame-label = Pryd: { $frame }

## Frequencies. $unit is "people" or "bones"; $denominator is 100 or 1000.
freq-exact = { $events } o bob { $denominator } { $unit ->
    [bones] o esgyrn a gafodd eu hymestyn
   *[people] o bobl
}
freq-about = Tua { $events } o bob { $denominator } { $unit ->
    [bones] o esgyrn a gafodd eu hymestyn
   *[people] o bobl
}
freq-range = Rhwng { $low } a { $high } o bob { $denominator } { $unit ->
    [bones] o esgyrn a gafodd eu hymestyn
   *[people] o bobl
}
freq-fewer-than-one = Llai nag 1 o bob { $denominator } { $unit ->
    [bones] o esgyrn a gafodd eu hymestyn
   *[people] o bobl
}
freq-nearly-all = Dros { $events } o bob { $denominator } { $unit ->
    [bones] o esgyrn a gafodd eu hymestyn
   *[people] o bobl
}
freq-with-word = { $sentence } ({ $word })
freq-line = { $statement }.
freq-line-when = { $statement }, { $frame }.
freq-others-exact = Ni ddigwyddodd hyn mewn { $events } o bob { $denominator }.
freq-others-about = Ni ddigwyddodd hyn mewn tua { $events } o bob { $denominator }.
freq-not-known = Nid ydym yn gwybod pa mor aml mae hyn yn digwydd.
icon-array-alt = Llun o { $denominator } o ffigurau bach. Mae { $filled } wedi'u lliwio{ $uncertain ->
    [0] {""}
   *[other] {" "}ac mae { $uncertain } arall wedi'u cysgodi, oherwydd bod y gwir nifer rywle yn yr ystod honno
}. { $statement }.

## Frequency words, always shown beside a number
scale-word = { $band ->
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
scale-range = { $low } i { $high }

## Time frames
time-frame = { $kind ->
    [during-treatment] yn ystod y driniaeth
    [by-end-of-treatment] erbyn diwedd y driniaeth
    [months] o fewn { $count } { $count ->
        [one] mis
        [two] fis
       *[other] mis
    }
   *[years] o fewn { $count } { $count ->
        [one] flwyddyn
        [two] flynedd
        [few] blynedd
        [many] blynedd
       *[other] o flynyddoedd
    }
}

## Where a figure comes from
study = { $kind ->
    [guidance] O ganllawiau cenedlaethol
    [systematic-review] O adolygiad o sawl astudiaeth
    [comparative-study] O astudiaeth a gymharodd driniaethau
    [case-series] O astudiaeth o grŵp o gleifion
    [team-experience] O'r hyn mae'r tîm a ysgrifennodd hyn yn ei weld yn y clinig
   *[other] O adroddiad a gyhoeddwyd
}
study-sized = { $kind ->
    [systematic-review] O adolygiad o astudiaethau a oedd yn cynnwys { $size } { $unit ->
        [bones] o esgyrn a gafodd eu hymestyn
       *[people] o bobl
    }
    [comparative-study] O astudiaeth a gymharodd driniaethau mewn { $size } { $unit ->
        [bones] o esgyrn a gafodd eu hymestyn
       *[people] o bobl
    }
    [case-series] O astudiaeth o { $size } { $unit ->
        [bones] o esgyrn a gafodd eu hymestyn
       *[people] o bobl
    }
   *[other] O adroddiad ar { $size } { $unit ->
        [bones] o esgyrn a gafodd eu hymestyn
       *[people] o bobl
    }
}

## Dates. $month is 1 to 12.
month-name = { $month ->
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
date-day = { $day } { month-name } { $year }
date-month = { month-name } { $year }

## Print leaflets
leaflets-heading = Argraffu'r wybodaeth hon
leaflets-intro = Mae'r taflenni'n dweud yr un peth â'r dudalen hon. Mae gan bob un rif fersiwn i'w ysgrifennu ar eich ffurflen gydsynio.
leaflet-format = { $format ->
    [a4] Taflen A4
    [a5] Llyfryn A5
   *[large] Print bras
}
leaflet-pdf = PDF
leaflet-html = tudalen we i'w hargraffu
leaflet-version = Fersiwn { $version }. Adolygwyd ddiwethaf: { $date }.
leaflet-online = Darllenwch hwn ar-lein: { $url }
leaflet-qr-alt = Cod QR. Sganiwch ef gyda chamera ffôn i agor yr wybodaeth hon ar-lein.
notes-heading = Fy nodiadau
notes-intro = Gallwch ysgrifennu ar y dudalen hon a dod â hi i'ch apwyntiad nesaf.
notes-matters = Beth sydd bwysicaf i mi
notes-questions = Fy nghwestiynau
notes-appointment = Nodiadau o fy apwyntiad
