# Generated from content/procedures/focused-ultrasound-tremor/ by `informed l10n update`.
# Do not edit: change the content instead. Translation tools read this file
# as the reference for procedures/focused-ultrasound-tremor.ftl.

title = Focused ultrasound for a shaking hand

summary = A test page about a treatment for a shaking hand.

condition = One hand shakes.

decision = Whether to have focused ultrasound.

evidence-summary = Several fair tests agree.

for-shaking = People whose hand shakes.

not-for-both-sides = Treating both sides at once.

option-ultrasound-name = Focused ultrasound

option-ultrasound-summary = Sound waves treat a small spot in the brain.

option-ultrasound-what-happens = You lie in a scanner.

option-ultrasound-recovery = A day or two.

option-ultrasound-daily-life = Back to normal soon.

option-ultrasound-benefit-shaking-score-label = Less shaking

option-ultrasound-benefit-shaking-score-scale = a shaking score

option-ultrasound-benefit-one-side-label = Only one side is treated

option-ultrasound-risk-headache-label = A headache

option-ultrasound-risk-numbness-label = Numbness or tingling

option-ultrasound-risk-bleeding-label = Bleeding in the brain

option-medicine-name = Medicine

option-medicine-summary = Tablets.

option-medicine-what-happens = You take tablets.

option-medicine-recovery = None needed.

option-medicine-daily-life = Tablets every day.

option-medicine-benefit-medicine-helps-label = The shaking gets better

option-medicine-risk-tiredness-label = Feeling tired

option-stimulation-name = Deep brain stimulation

option-stimulation-summary = Wires in the brain.

option-stimulation-what-happens = An operation.

option-stimulation-recovery = Weeks.

option-stimulation-daily-life = A battery to charge.

option-stimulation-benefit-stimulation-helps-label = The shaking gets better

option-stimulation-risk-stimulation-infection-label = An infection

option-therapy-name = Occupational therapy

option-therapy-summary = Help with daily tasks.

option-therapy-what-happens = A therapist visits.

option-therapy-recovery = None needed.

option-therapy-daily-life = Aids at home.

option-therapy-benefit-therapy-tasks-label = Daily tasks get easier

option-therapy-risk-therapy-none-label = The shaking stays the same

option-wait-name = Waiting

option-wait-summary = No treatment for now.

option-wait-what-happens = Nothing changes.

option-wait-recovery = None needed.

option-wait-daily-life = As now.

option-wait-benefit-wait-no-risks-label = You avoid the risks of treatment

option-wait-risk-wait-worse-label = The shaking gets worse over time

option-weights-name = Wrist weights

option-weights-summary = Weights on the wrist.

option-weights-what-happens = You wear a weight.

option-weights-recovery = None needed.

option-weights-daily-life = Heavier arm.

option-weights-benefit-weights-steady-label = A steadier hand

option-weights-risk-weights-ache-label = An aching arm

uncertainty-long-term = Nobody knows how long it lasts.

team-neurologist = A neurologist.

question-how-long = How long does it last?

outcomes-recording-audit = Your results are recorded.

update-policy = We review it every year.

authors = The fixture team.

funding = No outside funding.

