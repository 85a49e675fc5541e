# procedures/focused-ultrasound-tremor.ftl in ar. Translate the text after each `=`; the comment above each
# message shows the current en-GB text. Numbers, dates and names
# arrive as variables such as { $events }: keep them, never type a figure.

# en-GB: Focused ultrasound for a shaking hand

title = نص عربي: Focused ultrasound for a shaking hand

# en-GB: A test page about a treatment for a shaking hand.

summary = نص عربي: A test page about a treatment for a shaking hand.

# en-GB: One hand shakes.

condition = نص عربي: One hand shakes.

# en-GB: Whether to have focused ultrasound.

decision = نص عربي: Whether to have focused ultrasound.

# en-GB: Several fair tests agree.

evidence-summary = نص عربي: Several fair tests agree.

# en-GB: People whose hand shakes.

for-shaking = نص عربي: People whose hand shakes.

# en-GB: Treating both sides at once.

not-for-both-sides = نص عربي: Treating both sides at once.

# en-GB: Focused ultrasound

option-ultrasound-name = نص عربي: Focused ultrasound

# en-GB: Sound waves treat a small spot in the brain.

option-ultrasound-summary = نص عربي: Sound waves treat a small spot in the brain.

# en-GB: You lie in a scanner.

option-ultrasound-what-happens = نص عربي: You lie in a scanner.

# en-GB: A day or two.

option-ultrasound-recovery = نص عربي: A day or two.

# en-GB: Back to normal soon.

option-ultrasound-daily-life = نص عربي: Back to normal soon.

# en-GB: Less shaking

option-ultrasound-benefit-shaking-score-label = نص عربي: Less shaking

# en-GB: a shaking score

option-ultrasound-benefit-shaking-score-scale = نص عربي: a shaking score

# en-GB: Only one side is treated

option-ultrasound-benefit-one-side-label = نص عربي: Only one side is treated

# en-GB: A headache

option-ultrasound-risk-headache-label = نص عربي: A headache

# en-GB: Unsteady walking

option-ultrasound-risk-unsteady-label = نص عربي: Unsteady walking

# en-GB: Numbness or tingling

option-ultrasound-risk-numbness-label = نص عربي: Numbness or tingling

# en-GB: Bleeding in the brain

option-ultrasound-risk-bleeding-label = نص عربي: Bleeding in the brain

# en-GB: Medicine

option-medicine-name = نص عربي: Medicine

# en-GB: Tablets.

option-medicine-summary = نص عربي: Tablets.

# en-GB: You take tablets.

option-medicine-what-happens = نص عربي: You take tablets.

# en-GB: None needed.

option-medicine-recovery = نص عربي: None needed.

# en-GB: Tablets every day.

option-medicine-daily-life = نص عربي: Tablets every day.

# en-GB: Less shaking

option-medicine-benefit-shaking-score-label = نص عربي: Less shaking

# en-GB: a shaking score

option-medicine-benefit-shaking-score-scale = نص عربي: a shaking score

# en-GB: The shaking gets better

option-medicine-benefit-medicine-helps-label = نص عربي: The shaking gets better

# en-GB: Feeling tired

option-medicine-risk-tiredness-label = نص عربي: Feeling tired

# en-GB: Deep brain stimulation

option-stimulation-name = نص عربي: Deep brain stimulation

# en-GB: Wires in the brain.

option-stimulation-summary = نص عربي: Wires in the brain.

# en-GB: An operation.

option-stimulation-what-happens = نص عربي: An operation.

# en-GB: Weeks.

option-stimulation-recovery = نص عربي: Weeks.

# en-GB: A battery to charge.

option-stimulation-daily-life = نص عربي: A battery to charge.

# en-GB: Less shaking

option-stimulation-benefit-shaking-score-label = نص عربي: Less shaking

# en-GB: a shaking score

option-stimulation-benefit-shaking-score-scale = نص عربي: a shaking score

# en-GB: The shaking gets better

option-stimulation-benefit-stimulation-helps-label = نص عربي: The shaking gets better

# en-GB: An infection

option-stimulation-risk-stimulation-infection-label = نص عربي: An infection

# en-GB: Occupational therapy

option-therapy-name = نص عربي: Occupational therapy

# en-GB: Help with daily tasks.

option-therapy-summary = نص عربي: Help with daily tasks.

# en-GB: A therapist visits.

option-therapy-what-happens = نص عربي: A therapist visits.

# en-GB: None needed.

option-therapy-recovery = نص عربي: None needed.

# en-GB: Aids at home.

option-therapy-daily-life = نص عربي: Aids at home.

# en-GB: Daily tasks get easier

option-therapy-benefit-therapy-tasks-label = نص عربي: Daily tasks get easier

# en-GB: The shaking stays the same

option-therapy-risk-therapy-none-label = نص عربي: The shaking stays the same

# en-GB: Waiting

option-wait-name = نص عربي: Waiting

# en-GB: No treatment for now.

option-wait-summary = نص عربي: No treatment for now.

# en-GB: Nothing changes.

option-wait-what-happens = نص عربي: Nothing changes.

# en-GB: None needed.

option-wait-recovery = نص عربي: None needed.

# en-GB: As now.

option-wait-daily-life = نص عربي: As now.

# en-GB: You avoid the risks of treatment

option-wait-benefit-wait-no-risks-label = نص عربي: You avoid the risks of treatment

# en-GB: The shaking gets worse over time

option-wait-risk-wait-worse-label = نص عربي: The shaking gets worse over time

# en-GB: Wrist weights

option-weights-name = نص عربي: Wrist weights

# en-GB: Weights on the wrist.

option-weights-summary = نص عربي: Weights on the wrist.

# en-GB: You wear a weight.

option-weights-what-happens = نص عربي: You wear a weight.

# en-GB: None needed.

option-weights-recovery = نص عربي: None needed.

# en-GB: Heavier arm.

option-weights-daily-life = نص عربي: Heavier arm.

# en-GB: A steadier hand

option-weights-benefit-weights-steady-label = نص عربي: A steadier hand

# en-GB: An aching arm

option-weights-risk-weights-ache-label = نص عربي: An aching arm

# en-GB: Nobody knows how long it lasts.

uncertainty-long-term = نص عربي: Nobody knows how long it lasts.

# en-GB: A neurologist.

team-neurologist = نص عربي: A neurologist.

# en-GB: How long does it last?

question-how-long = نص عربي: How long does it last?

# en-GB: Your results are recorded.

outcomes-recording-audit = نص عربي: Your results are recorded.

# en-GB: We review it every year.

update-policy = نص عربي: We review it every year.

# en-GB: The fixture team.

authors = نص عربي: The fixture team.

# en-GB: No outside funding.

funding = نص عربي: No outside funding.

