# procedures/focused-ultrasound-tremor.ftl in ar. Translate the text after each `=`; the comment above each
# message shows the current en-GB text. Numbers, dates and names
# arrive as variables such as { $events }: keep them, never type a figure.

title = نص عربي: Focused ultrasound for a shaking hand

summary = نص عربي: A test page about a treatment for a shaking hand.

condition = نص عربي: One hand shakes.

decision = نص عربي: Whether to have focused ultrasound.

evidence-summary = نص عربي: Several fair tests agree.

for-shaking = نص عربي: People whose hand shakes.

not-for-both-sides = نص عربي: Treating both sides at once.

option-ultrasound-name = نص عربي: Focused ultrasound

option-ultrasound-summary = نص عربي: Sound waves treat a small spot in the brain.

option-ultrasound-what-happens = نص عربي: You lie in a scanner.

option-ultrasound-recovery = نص عربي: A day or two.

option-ultrasound-daily-life = نص عربي: Back to normal soon.

option-ultrasound-benefit-shaking-score-label = نص عربي: Less shaking

option-ultrasound-benefit-shaking-score-scale = نص عربي: a shaking score

option-ultrasound-benefit-one-side-label = نص عربي: Only one side is treated

option-ultrasound-risk-headache-label = نص عربي: A headache

option-ultrasound-risk-numbness-label = نص عربي: Numbness or tingling

option-ultrasound-risk-bleeding-label = نص عربي: Bleeding in the brain

option-medicine-name = نص عربي: Medicine

option-medicine-summary = نص عربي: Tablets.

option-medicine-what-happens = نص عربي: You take tablets.

option-medicine-recovery = نص عربي: None needed.

option-medicine-daily-life = نص عربي: Tablets every day.

option-medicine-benefit-medicine-helps-label = نص عربي: The shaking gets better

option-medicine-risk-tiredness-label = نص عربي: Feeling tired

option-stimulation-name = نص عربي: Deep brain stimulation

option-stimulation-summary = نص عربي: Wires in the brain.

option-stimulation-what-happens = نص عربي: An operation.

option-stimulation-recovery = نص عربي: Weeks.

option-stimulation-daily-life = نص عربي: A battery to charge.

option-stimulation-benefit-stimulation-helps-label = نص عربي: The shaking gets better

option-stimulation-risk-stimulation-infection-label = نص عربي: An infection

option-therapy-name = نص عربي: Occupational therapy

option-therapy-summary = نص عربي: Help with daily tasks.

option-therapy-what-happens = نص عربي: A therapist visits.

option-therapy-recovery = نص عربي: None needed.

option-therapy-daily-life = نص عربي: Aids at home.

option-therapy-benefit-therapy-tasks-label = نص عربي: Daily tasks get easier

option-therapy-risk-therapy-none-label = نص عربي: The shaking stays the same

option-wait-name = نص عربي: Waiting

option-wait-summary = نص عربي: No treatment for now.

option-wait-what-happens = نص عربي: Nothing changes.

option-wait-recovery = نص عربي: None needed.

option-wait-daily-life = نص عربي: As now.

option-wait-benefit-wait-no-risks-label = نص عربي: You avoid the risks of treatment

option-wait-risk-wait-worse-label = نص عربي: The shaking gets worse over time

option-weights-name = نص عربي: Wrist weights

option-weights-summary = نص عربي: Weights on the wrist.

option-weights-what-happens = نص عربي: You wear a weight.

option-weights-recovery = نص عربي: None needed.

option-weights-daily-life = نص عربي: Heavier arm.

option-weights-benefit-weights-steady-label = نص عربي: A steadier hand

option-weights-risk-weights-ache-label = نص عربي: An aching arm

uncertainty-long-term = نص عربي: Nobody knows how long it lasts.

team-neurologist = نص عربي: A neurologist.

question-how-long = نص عربي: How long does it last?

outcomes-recording-audit = نص عربي: Your results are recorded.

update-policy = نص عربي: We review it every year.

authors = نص عربي: The fixture team.

funding = نص عربي: No outside funding.

