# Interface strings for every page. Numbers, dates and names arrive as
# variables ($events, $denominator ...): never type a figure into a message.

## Language
language-name = English
# A language's name in this language, by its code ($language: en, cy, ar, pl ...);
# $own is its name in itself, for a language not listed here.
language-called = { $language ->
    [en] English
    [cy] Welsh
    [ar] Arabic
    [pl] Polish
   *[other] { $own }
}
skip-to-content = Skip to the main content
languages-heading = Read this in another language

## Index page
index-title = Information to help you decide
index-intro = Each page explains a treatment, what might happen, and what is not known, so that you and your care team can decide together.
index-procedures-heading = Treatments
# The link from the index to the list of print leaflets, for clinic staff.
print-index-link = Leaflets to print, in every language and format (for staff)

## The list of print leaflets, for clinic staff
print-index-title = Leaflets to print
print-index-intro = Every leaflet in every language and format. Print the one your patient needs, and note its version on the consent form.
print-index-language = Language
print-index-format = Format
print-index-version = Version
print-index-print = Print
print-index-pages = { $pages ->
    [one] { $pages } page
   *[other] { $pages } pages
}
# An A5 booklet: A4 sheets printed on both sides, folded in half.
print-index-sheets = { $sheets ->
    [one] { $sheets } sheet of A4, printed on both sides and folded
   *[other] { $sheets } sheets of A4, printed on both sides, folded and stapled
}
print-index-draft = Draft: not yet checked by a qualified translator
print-index-stale = Partly out of date: some of this translation was made from older text

## Notices
# Shown near the top of a translated page that a qualified translator has not yet checked.
draft-notice = This translation has not yet been checked by a qualified translator. If anything is unclear, ask your care team.
# Shown near the top of a translated page whose English text has changed since it was translated.
stale-notice = The English version of this page has changed since it was translated. Some parts of this translation may be out of date. Ask your care team if you are not sure.
# Shown near the top of every page and leaflet of a draft build (`--drafts`) made from content the clinical team has not yet approved.
unapproved-notice = This is a draft for checking. The clinical team has not yet approved it. Do not use it to make a decision about your care.
# The heading of the box at the top of a procedure page; $quality is the evidence grade.
evidence-notice-heading = { $quality ->
    [strong] What the evidence shows
    [moderate] What the evidence shows
    [limited] The evidence is limited
   *[very-limited] There is very little evidence
}
special-arrangements-heading = What do "special arrangements" mean for me?
# $reason says what the guidance found uncertain: efficacy, safety or both.
special-arrangements-intro = NICE says this procedure should only be done with special arrangements. This is because { $reason ->
    [efficacy] there is not enough evidence about how well it works.
    [safety] there is not enough evidence about how safe it is.
   *[both] there is not enough evidence about how safe it is and how well it works.
}

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
details-intro = The numbers come from studies. Beside each number it says what kind of study it comes from and how many it included. Numbers from small studies are a rough guide: what happens to you may be different.
benefits-heading = Possible benefits
risks-heading = Possible risks
no-outcomes = Nothing is listed here.
comparisons-heading = How do the options compare?
comparisons-intro = Where the same thing was measured for more than one option, it is shown here side by side, out of the same number of people. Check where each number comes from: numbers from different studies, with different people, may not compare fairly.
comparison-figure = What was found
comparison-evidence = Where it comes from
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
# Labels: the phone number, email and web address follow, kept left to right in every language.
contact-phone = Phone:
contact-email = Email:
contact-web = Website:
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
# Nobody in the study had it. Never "0 in 100": a study of $population people cannot show that.
freq-none = None of the { $population } { $unit ->
    [bones] lengthened bones
   *[people] people
} in the study
# The most it could plausibly be, from the size of the study (the "rule of three").
freq-none-upper = This does not mean it never happens. The chance is probably lower than { $upper } in { $denominator }.
freq-none-too-few = This does not mean it never happens. The study was too small to say how rare it is.
freq-approximate = The study gives this number as a rough figure.
# The study's 95% confidence interval, scaled to the same denominator.
freq-interval = The true number is likely to be between { $low } and { $high } in { $denominator }.
# Beside a comparison group, each figure names its group: the treated one, or the comparison arm ($arm, from arm-name).
group-this = After this treatment
group-arm = After { $arm }
# A figure with its group, and with its time point ($frame, from time-frame).
freq-group = { $group }: { $statement }.
freq-group-when = { $group }, { $frame }: { $statement }.
# A note about one group's figure, where there are two ($note is a whole sentence).
note-group = { $group }: { $note }
# Nobody in one group of a study had it.
freq-none-group = None of the { $population } { $unit ->
    [bones] lengthened bones
   *[people] people
} in this group
# The source gives a figure without saying over what time it was counted.
time-frame-not-reported = The study does not say over what time this was counted.
# What the comparison group had. $arm is sham, placebo, usual-care, no-treatment or option ($option is its name).
arm-name = { $arm ->
    [sham] a pretend treatment
    [placebo] a dummy treatment (placebo)
    [usual-care] usual care
    [no-treatment] no treatment
   *[option] { $option }
}
arm-this-caption = This treatment
arm-caption = Compared with { $arm }
arm-size = { $size } { $size ->
    [one] person
   *[other] people
} had { $arm } instead.
# A fact that is always true of an option, not a chance.
fact-line = This is true for everyone who chooses this option.
# How sure we can be of a figure, from GRADE's four levels.
certainty = { $level ->
    [high] How sure we are: very sure. The true figure is probably close to this one.
    [moderate] How sure we are: fairly sure. The true figure is probably close to this one, but it could be quite different.
    [low] How sure we are: not very sure. The true figure may be quite different from this one.
   *[very-low] How sure we are: not sure at all. The true figure is likely to be quite different from this one.
}

## A figure's caveats in few words, for the options grid, the sheet at a glance and the consent insert.
# Where the figure comes from. $kind is review, trial or study; $small is yes under 30 people.
brief-source = { $small ->
    [yes] From a small study of { $size } { $unit ->
        [bones] lengthened bones
       *[people] people
    }, so a rough guide.
   *[no] { $kind ->
        [review] From a review of studies of { $size } { $unit ->
            [bones] lengthened bones
           *[people] people
        }.
        [trial] From a fair test of { $size } { $unit ->
            [bones] lengthened bones
           *[people] people
        }.
       *[study] From a study of { $size } { $unit ->
            [bones] lengthened bones
           *[people] people
        }.
    }
}
brief-source-unsized = { $kind ->
    [guidance] From national guidance.
    [review] From a review of studies.
    [trial] From a fair test.
   *[study] From a study.
}
brief-studies = { $small ->
    [yes] From { $count } small studies of { $smallest } to { $largest } people each, so a rough guide.
   *[no] From { $count } studies of { $smallest } to { $largest } people each.
}
brief-certainty = { $level ->
    [high] We are very sure of this.
    [moderate] We are fairly sure of this.
    [low] We are not very sure of this.
   *[very-low] We are very unsure of this.
}
brief-chance = The difference from { $arm } could be down to chance.
# Outcomes nobody has a figure for, named together under one sentence.
unknown-outcomes = Nobody knows yet how often these happen:
unknown-comparisons = For these, nobody knows yet how often they happen with any of the options:

## Changes in a measure, such as a symptom score or blood pressure. Numbers are averages.
# An amount with its unit; $unit is "none" for a score that has no unit.
change-amount = { $unit ->
    [none] { $amount }
   *[other] { $amount } { $unit }
}
# The measure, named. $better is "lower" or "higher".
change-scale = { $scale } (where { $better ->
    [lower] lower
   *[higher] higher
} is better)
change-scale-bounded = { $scale } (from { $min } to { $max }, where { $better ->
    [lower] lower
   *[higher] higher
} is better)
# The measure, before each group's result ($scale is change-scale or change-scale-bounded).
change-measured = The measure: { $scale }.
change-went = The average went from { $before } to { $after }
change-by = The average { $direction ->
    [fell] fell by { $amount }
    [rose] rose by { $amount }
   *[same] did not change
}
# Several small studies, each with its own average: the group, and the range of their averages.
change-studies-group = In { $count } studies of { $smallest } to { $largest } people each
change-range = The average { $direction ->
    [fell] fell by between { $low } and { $high }
    [rose] rose by between { $low } and { $high }
   *[mixed] changed by anything from a fall of { $low } to a rise of { $high }
}
# One study's bar in a chart of several studies.
study-bar = A study of { $size } { $size ->
    [one] person
   *[other] people
}
# The study's own difference between the groups. $direction is lower, higher or same.
change-difference = { $direction ->
    [lower] On average, it ended { $amount } lower after this treatment than after { $arm }.
    [higher] On average, it ended { $amount } higher after this treatment than after { $arm }.
   *[same] On average, it ended about the same after this treatment as after { $arm }.
}
change-difference-end = { $direction ->
    [lower] { $amount } lower
    [higher] { $amount } higher
   *[same] no different
}
change-difference-interval = The true difference is likely to be somewhere between { $low } and { $high }.
# The difference's interval runs from one side of no difference to the other.
change-chance = So the difference could be down to chance.
# The study's 95% confidence interval of the average change.
change-interval = { $direction ->
    [fell] The true average fall is likely to be between { $low } and { $high }
    [rose] The true average rise is likely to be between { $low } and { $high }
   *[mixed] The true average change is likely to lie between a fall of { $low } and a rise of { $high }
}{ $unit ->
    [none] {""}
   *[other] {" "}{ $unit }
}.
change-bar = { $direction ->
    [fell] fell by { $amount }
    [rose] rose by { $amount }
   *[same] no change
}
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
    [at-months] at { $count } { $count ->
        [one] month
       *[other] months
    }
    [at-years] at { $count } { $count ->
        [one] year
       *[other] years
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
    [randomised-trial] From a fair test (randomised trial) that compared treatments
    [sham-controlled-trial] From a fair test (randomised trial) against a pretend treatment
    [cohort] From a study that followed a group of people over time
    [registry] From a record of people who had the treatment
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
    [randomised-trial] From a fair test (randomised trial) of { $size } { $unit ->
        [bones] lengthened bones
       *[people] people
    }
    [sham-controlled-trial] From a fair test (randomised trial) of { $size } { $unit ->
        [bones] lengthened bones
       *[people] people
    }, some of whom had a pretend treatment
    [cohort] From a study that followed { $size } { $unit ->
        [bones] lengthened bones
       *[people] people
    } over time
    [registry] From a record of { $size } { $unit ->
        [bones] lengthened bones
       *[people] people
    } who had the treatment
    [case-series] From a study of { $size } { $unit ->
        [bones] lengthened bones
       *[people] people
    }
   *[other] From a report on { $size } { $unit ->
        [bones] lengthened bones
       *[people] people
    }
}

# A figure read in a review rather than in the study's own report.
study-reported-in = { $study }, as reported in source { $number }

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
    [a5] A5 pages, in reading order
    [booklet] A5 booklet, to print on A4 and fold
    [glance] Options at a glance
    [glance-large] Options at a glance, large print
   *[large] Large print
}
leaflet-pdf = PDF
leaflet-html = web page for printing
leaflet-version = Version { $version }. Last reviewed { $date }.
leaflet-online = Read this online: { $url }
leaflet-qr-alt = A QR code. Scan it with a phone camera to open this information online.
# On the front of a print leaflet, before the questions only the web page answers (their headings).
leaflet-online-also = The web page also answers these questions:
# The same, for a leaflet whose site has no web address.
leaflet-ask-also = Ask your care team for the full information. It also answers these questions:
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

## Options at a glance: one page for the consultation
glance-heading = Your options at a glance
glance-not-known = not known
# At the foot of each page of the sheet at a glance but the last.
glance-continued = Continued on the next page.
glance-leaning = The option I am leaning towards
# The SURE test, a short check of how sure a person feels about a decision.
sure-heading = Are you sure?
sure-question = { $question ->
    [sure] Do you feel sure about the best choice for you?
    [understand] Do you know the benefits and risks of each option?
    [risk-benefit] Are you clear about which benefits and risks matter most to you?
   *[encouragement] Do you have enough support and advice to make a choice?
}
sure-yes = Yes
sure-no = No
sure-note = If you answered no to any question, talk to your care team before you decide.

## The consent insert: given with the consent form, it carries the leaflet's own figures.

consent-heading = Before you agree: { $title }
consent-intro = This sheet goes with your consent form. It sums up what the information leaflet says. Ask us about anything that is not clear.
consent-option = The treatment you are agreeing to: { $option }
consent-benefits = What it may do for you
consent-risks = What could go wrong
consent-alternatives = The other choices, including doing nothing
consent-uncertain = What nobody knows yet
consent-arrangements = Extra checks for this procedure
consent-given = Leaflet version { $version } given on ____________________
# On the consent insert: who approved the content the leaflet was made from. $name and $role as the approval record gives them; $date in the page's language; $version the content version.
consent-approved = Approved for patients by { $name } ({ $role }) on { $date }: content version { $version }.
consent-signed = Patient's initials ________   Clinician's initials ________
guidance-for-the-public = Read NICE's information for the public about this procedure

not-found-title = Page not found
not-found-text = We cannot find this page. It may have moved, or the address may be wrong.
leaflet-pdf-size = PDF, { $kb } KB
index-left-out-heading = Not yet in this language
index-left-out = These pages have not been translated yet. You can read them in { $language }.
