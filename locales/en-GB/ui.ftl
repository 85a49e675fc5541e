# Interface strings for every page. Numbers, dates and names arrive as
# variables ($events, $denominator ...): never type a figure into a message.

## Language
language-name = English
skip-to-content = Skip to the main content
languages-heading = Read this in another language

## Index page
index-title = Information to help you decide
index-intro = Each page explains a treatment, what might happen, and what is not known, so that you and your care team can decide together.
index-procedures-heading = Treatments

## Notices
# Shown near the top of a translated page that a qualified translator has not yet checked.
draft-notice = This translation has not yet been checked by a qualified translator. If anything is unclear, ask your care team.
# Shown near the top of a translated page whose English text has changed since it was translated.
stale-notice = The English version of this page has changed since it was translated. Some parts of this translation may be out of date. Ask your care team if you are not sure.
evidence-notice-heading = The evidence is limited
special-arrangements-heading = What do "special arrangements" mean for me?
special-arrangements-intro = NICE says this procedure should only be done with special arrangements. This is because the evidence about how safe it is and how well it works is limited.

## Headings (questions a patient would ask)
on-this-page = On this page
about-heading = What is this procedure?
condition-heading = Why might I need it?
audience-heading = Who is it for?
audience-for = It may be suitable for:
audience-not-for = It is not meant for:
decision-heading = What do I need to decide?
options-heading = What are my options?
options-intro = Here are your options side by side. Doing nothing is also a choice.
grid-option = Option
grid-what = What is it?
grid-what-happens = What happens?
grid-recovery = How long does recovery take?
grid-daily-life = How might it affect my daily life?
grid-benefits = What might go well?
grid-risks = What might go wrong?
# One benefit or risk in the options table: its name, then how often it happens.
grid-outcome = { $label }: { $statement }
details-heading = What are the benefits and risks of each option?
details-intro = The numbers come from studies. Each number says what the study counted and how many people or bones it included. Studies of this treatment are small, so the true numbers may be different for you.
benefits-heading = Possible benefits
risks-heading = Possible risks
no-outcomes = Nothing is listed here.
comparisons-heading = How do the options compare?
comparisons-intro = Where the same thing was measured for more than one option, it is shown here out of the same number of people, so you can compare.
unknowns-heading = What is not known?
evidence-heading = How good is the evidence?
evidence-quality = { $quality ->
    [strong] The evidence is strong.
    [moderate] The evidence is moderate.
    [limited] The evidence is limited.
   *[very-limited] There is very little evidence.
}
before-heading = What happens before?
during-heading = What happens during the procedure?
after-heading = What happens afterwards?
team-heading = Who will be involved?
questions-heading = What should I ask?
bran-intro = These four questions can help in any conversation about treatment:
bran-benefits = What are the benefits?
bran-risks = What are the risks?
bran-alternatives = What are the alternatives?
bran-nothing = What if I do nothing?
questions-more = You might also want to ask:
recording-heading = What will happen to information about me?
device-heading = What if there is a problem with the device?
device-link = Report a problem on the Yellow Card website
contact-heading = Who can I contact?
contact-phone = Phone: { $phone }
contact-email = Email: { $email }
contact-web = Website: { $web }
sources-heading = Where does this information come from?
guidance-line = This information follows { $body } guidance { $id }, "{ $title }", issued { $issued }.
about-info-heading = About this information
published = Published: { $date }
reviewed = Last reviewed: { $date }
next-review = Next review due: { $date }
version = Version: { $version }
version-note = Please note this version number on your consent form.
written-by = Written by
funded-by = Funding
update-policy = How we keep this up to date
back-to-index = All treatments
source-link = (source { $number })
read-source = Read it online

## Frequencies. $unit is "people" or "bones"; $denominator is 100 or 1000.
freq-exact = { $events } in { $denominator } { $unit ->
    [bones] lengthened bones
   *[people] people
}
freq-about = About { $events } in { $denominator } { $unit ->
    [bones] lengthened bones
   *[people] people
}
freq-range = Between { $low } and { $high } in { $denominator } { $unit ->
    [bones] lengthened bones
   *[people] people
}
freq-fewer-than-one = Fewer than 1 in { $denominator } { $unit ->
    [bones] lengthened bones
   *[people] people
}
freq-nearly-all = More than { $events } in { $denominator } { $unit ->
    [bones] lengthened bones
   *[people] people
}
freq-with-word = { $sentence } ({ $word })
freq-line = { $statement }.
freq-line-when = { $statement }, { $frame }.
freq-others-exact = { $events } in { $denominator } did not.
freq-others-about = About { $events } in { $denominator } did not.
freq-not-known = We do not know how often this happens.
icon-array-alt = A picture of { $denominator } figures. { $filled } are coloured in{ $uncertain ->
    [0] {""}
   *[other] {" "}and { $uncertain } more are shaded, because the true number is somewhere in that range
}. { $statement }.

## Frequency words, always shown beside a number
scale-word = { $band ->
    [very-common] very common
    [common] common
    [uncommon] uncommon
    [rare] rare
    [very-rare] very rare
    [high] high
    [moderate] moderate
    [low] low
    [very-low] very low
    [minimal] minimal
   *[negligible] negligible
}
scale-range = { $low } to { $high }

## Time frames
time-frame = { $kind ->
    [during-treatment] during treatment
    [by-end-of-treatment] by the end of treatment
    [months] within { $count } { $count ->
        [one] month
       *[other] months
    }
   *[years] within { $count } { $count ->
        [one] year
       *[other] years
    }
}

## Where a figure comes from
study = { $kind ->
    [guidance] From national guidance
    [systematic-review] From a review of several studies
    [comparative-study] From a study that compared treatments
    [case-series] From a study of a group of patients
    [team-experience] From what the team who wrote this sees in clinic
   *[other] From a published report
}
study-sized = { $kind ->
    [systematic-review] From a review of studies of { $size } { $unit ->
        [bones] lengthened bones
       *[people] people
    }
    [comparative-study] From a study that compared treatments in { $size } { $unit ->
        [bones] lengthened bones
       *[people] people
    }
    [case-series] From a study of { $size } { $unit ->
        [bones] lengthened bones
       *[people] people
    }
   *[other] From a report on { $size } { $unit ->
        [bones] lengthened bones
       *[people] people
    }
}

## Dates. $month is 1 to 12.
month-name = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}
date-day = { $day } { month-name } { $year }
date-month = { month-name } { $year }

## Print leaflets
leaflets-heading = Print this information
leaflets-intro = Leaflets say the same as this page. Each has a version number to note on your consent form.
leaflet-format = { $format ->
    [a4] A4 leaflet
    [a5] A5 booklet
   *[large] Large print
}
leaflet-pdf = PDF
leaflet-html = web page for printing
leaflet-version = Version { $version }. Last reviewed { $date }.
leaflet-online = Read this online: { $url }
leaflet-qr-alt = A QR code. Scan it with a phone camera to open this information online.
notes-heading = My notes
notes-intro = You can write on this page and bring it to your next appointment.
notes-matters = What matters most to me
notes-questions = My questions
notes-appointment = Notes from my appointment

## Counts of occurrences: one person (or bone) can have the outcome more than once.
freq-rate-exact = { $events } for every { $denominator } { $unit ->
    [bones] lengthened bones
   *[people] people
}
freq-rate-about = About { $events } for every { $denominator } { $unit ->
    [bones] lengthened bones
   *[people] people
}
freq-rate-fewer-than-one = Fewer than { $events } for every { $denominator } { $unit ->
    [bones] lengthened bones
   *[people] people
}
