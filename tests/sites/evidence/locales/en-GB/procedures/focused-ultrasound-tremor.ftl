# Generated from content/procedures/focused-ultrasound-tremor/ by `informed l10n update`.
# Do not edit: change the content instead. Translation tools read this file
# as the reference for procedures/focused-ultrasound-tremor.ftl.

# The title of the page and of every leaflet (procedure.yaml: title). Keep it short.
title = Focused ultrasound for a shaking hand

# One or two sentences under the title, also on the list of treatments (summary).
summary = A test page about a treatment for a shaking hand.

# What the condition is, near the top of the page (condition).
condition = One hand shakes.

# The decision the reader is making, in a box at the top (decision).
decision = Whether to have focused ultrasound.

# How strong the evidence is, in the evidence box (evidence.summary).
evidence-summary = Several fair tests agree.

# One point of the list of who the treatment is for (for, `shaking`).
for-shaking = People whose hand shakes.

# One point of the list of who it is not for (not_for, `both-sides`).
not-for-both-sides = Treating both sides at once.

# The name of an option: a heading, a column of the table of options and a tab (options, `ultrasound`: name). Keep it short.
option-ultrasound-name = Focused ultrasound

# What the option is, in a sentence or two (options, `ultrasound`: summary).
option-ultrasound-summary = Sound waves treat a small spot in the brain.

# What happens if the reader chooses this option (options, `ultrasound`: what_happens).
option-ultrasound-what-happens = You lie in a scanner.

# How long recovery takes (options, `ultrasound`: recovery).
option-ultrasound-recovery = A day or two.

# What the option is like to live with (options, `ultrasound`: daily_life).
option-ultrasound-daily-life = Back to normal soon.

# A benefit, as a heading above its figure and in the table of options (options, `ultrasound`: benefits, `shaking-score`: label). Its figure comes from the data: never type a number.
option-ultrasound-benefit-shaking-score-label = Less shaking

# What is measured, in the sentence that gives the change (options, `ultrasound`: benefits, `shaking-score`: change.scale.name).
option-ultrasound-benefit-shaking-score-scale = a shaking score

# A benefit, as a heading above its figure and in the table of options (options, `ultrasound`: benefits, `one-side`: label). Its figure comes from the data: never type a number.
option-ultrasound-benefit-one-side-label = Only one side is treated

# A risk, as a heading above its figure and in the table of options (options, `ultrasound`: risks, `headache`: label). Its figure comes from the data: never type a number.
option-ultrasound-risk-headache-label = A headache

# A risk, as a heading above its figure and in the table of options (options, `ultrasound`: risks, `unsteady`: label). Its figure comes from the data: never type a number.
option-ultrasound-risk-unsteady-label = Unsteady walking

# A risk, as a heading above its figure and in the table of options (options, `ultrasound`: risks, `numbness`: label). Its figure comes from the data: never type a number.
option-ultrasound-risk-numbness-label = Numbness or tingling

# A risk, as a heading above its figure and in the table of options (options, `ultrasound`: risks, `bleeding`: label). Its figure comes from the data: never type a number.
option-ultrasound-risk-bleeding-label = Bleeding in the brain

# The name of an option: a heading, a column of the table of options and a tab (options, `medicine`: name). Keep it short.
option-medicine-name = Medicine

# What the option is, in a sentence or two (options, `medicine`: summary).
option-medicine-summary = Tablets.

# What happens if the reader chooses this option (options, `medicine`: what_happens).
option-medicine-what-happens = You take tablets.

# How long recovery takes (options, `medicine`: recovery).
option-medicine-recovery = None needed.

# What the option is like to live with (options, `medicine`: daily_life).
option-medicine-daily-life = Tablets every day.

# A benefit, as a heading above its figure and in the table of options (options, `medicine`: benefits, `shaking-score`: label). Its figure comes from the data: never type a number.
option-medicine-benefit-shaking-score-label = Less shaking

# What is measured, in the sentence that gives the change (options, `medicine`: benefits, `shaking-score`: change.scale.name).
option-medicine-benefit-shaking-score-scale = a shaking score

# A benefit, as a heading above its figure and in the table of options (options, `medicine`: benefits, `medicine-helps`: label). Its figure comes from the data: never type a number.
option-medicine-benefit-medicine-helps-label = The shaking gets better

# A risk, as a heading above its figure and in the table of options (options, `medicine`: risks, `tiredness`: label). Its figure comes from the data: never type a number.
option-medicine-risk-tiredness-label = Feeling tired

# The name of an option: a heading, a column of the table of options and a tab (options, `stimulation`: name). Keep it short.
option-stimulation-name = Deep brain stimulation

# What the option is, in a sentence or two (options, `stimulation`: summary).
option-stimulation-summary = Wires in the brain.

# What happens if the reader chooses this option (options, `stimulation`: what_happens).
option-stimulation-what-happens = An operation.

# How long recovery takes (options, `stimulation`: recovery).
option-stimulation-recovery = Weeks.

# What the option is like to live with (options, `stimulation`: daily_life).
option-stimulation-daily-life = A battery to charge.

# A benefit, as a heading above its figure and in the table of options (options, `stimulation`: benefits, `shaking-score`: label). Its figure comes from the data: never type a number.
option-stimulation-benefit-shaking-score-label = Less shaking

# What is measured, in the sentence that gives the change (options, `stimulation`: benefits, `shaking-score`: change.scale.name).
option-stimulation-benefit-shaking-score-scale = a shaking score

# A benefit, as a heading above its figure and in the table of options (options, `stimulation`: benefits, `stimulation-helps`: label). Its figure comes from the data: never type a number.
option-stimulation-benefit-stimulation-helps-label = The shaking gets better

# A risk, as a heading above its figure and in the table of options (options, `stimulation`: risks, `stimulation-infection`: label). Its figure comes from the data: never type a number.
option-stimulation-risk-stimulation-infection-label = An infection

# The name of an option: a heading, a column of the table of options and a tab (options, `therapy`: name). Keep it short.
option-therapy-name = Occupational therapy

# What the option is, in a sentence or two (options, `therapy`: summary).
option-therapy-summary = Help with daily tasks.

# What happens if the reader chooses this option (options, `therapy`: what_happens).
option-therapy-what-happens = A therapist visits.

# How long recovery takes (options, `therapy`: recovery).
option-therapy-recovery = None needed.

# What the option is like to live with (options, `therapy`: daily_life).
option-therapy-daily-life = Aids at home.

# A benefit, as a heading above its figure and in the table of options (options, `therapy`: benefits, `therapy-tasks`: label). Its figure comes from the data: never type a number.
option-therapy-benefit-therapy-tasks-label = Daily tasks get easier

# A risk, as a heading above its figure and in the table of options (options, `therapy`: risks, `therapy-none`: label). Its figure comes from the data: never type a number.
option-therapy-risk-therapy-none-label = The shaking stays the same

# The name of an option: a heading, a column of the table of options and a tab (options, `wait`: name). Keep it short.
option-wait-name = Waiting

# What the option is, in a sentence or two (options, `wait`: summary).
option-wait-summary = No treatment for now.

# What happens if the reader chooses this option (options, `wait`: what_happens).
option-wait-what-happens = Nothing changes.

# How long recovery takes (options, `wait`: recovery).
option-wait-recovery = None needed.

# What the option is like to live with (options, `wait`: daily_life).
option-wait-daily-life = As now.

# A benefit, as a heading above its figure and in the table of options (options, `wait`: benefits, `wait-no-risks`: label). Its figure comes from the data: never type a number.
option-wait-benefit-wait-no-risks-label = You avoid the risks of treatment

# A risk, as a heading above its figure and in the table of options (options, `wait`: risks, `wait-worse`: label). Its figure comes from the data: never type a number.
option-wait-risk-wait-worse-label = The shaking gets worse over time

# The name of an option: a heading, a column of the table of options and a tab (options, `weights`: name). Keep it short.
option-weights-name = Wrist weights

# What the option is, in a sentence or two (options, `weights`: summary).
option-weights-summary = Weights on the wrist.

# What happens if the reader chooses this option (options, `weights`: what_happens).
option-weights-what-happens = You wear a weight.

# How long recovery takes (options, `weights`: recovery).
option-weights-recovery = None needed.

# What the option is like to live with (options, `weights`: daily_life).
option-weights-daily-life = Heavier arm.

# A benefit, as a heading above its figure and in the table of options (options, `weights`: benefits, `weights-steady`: label). Its figure comes from the data: never type a number.
option-weights-benefit-weights-steady-label = A steadier hand

# A risk, as a heading above its figure and in the table of options (options, `weights`: risks, `weights-ache`: label). Its figure comes from the data: never type a number.
option-weights-risk-weights-ache-label = An aching arm

# One point of what nobody knows yet (uncertainties, `long-term`).
uncertainty-long-term = Nobody knows how long it lasts.

# Who helps the reader decide: one member of the team (team, `neurologist`).
team-neurologist = A neurologist.

# A question the reader may want to ask (questions, `how-long`).
question-how-long = How long does it last?

# How the reader's results are recorded (outcomes_recording, `audit`).
outcomes-recording-audit = Your results are recorded.

# How and when this information is updated, in "About this information" (update_policy).
update-policy = We review it every year.

# Who wrote and checked this information (authors).
authors = The fixture team.

# Who paid for it (funding).
funding = No outside funding.

