# Generated from content/procedures/renal-denervation-resistant-hypertension/ by `informed l10n update`.
# Do not edit: change the content instead. Translation tools read this file
# as the reference for procedures/renal-denervation-resistant-hypertension.ftl.

# The title of the page and of every leaflet (procedure.yaml: title). Keep it short.
title = Treating high blood pressure that medicines have not controlled: renal denervation

# One or two sentences under the title, also on the list of treatments (summary).
summary = This information is for adults whose blood pressure stays high even though they take several blood pressure medicines. It explains a procedure called renal denervation, which treats nerves around the arteries to the kidneys. It also explains the other choices, including carrying on as you are. The procedure has been tested against a pretend procedure. The results are mixed and the effect is small on average, so NICE asks hospitals to take extra care.

# What the condition is, near the top of the page (condition).
condition = High blood pressure (hypertension) means the blood pushes too hard against the walls of your arteries. Most people feel well and have no symptoms. Over many years, it raises the chance of a stroke, a heart attack and kidney disease. Some people's blood pressure stays high even though they take several blood pressure medicines at the best doses they can manage. Doctors call this resistant hypertension. Before using this name, your team checks that the readings are right, for example with a machine you wear at home. They also check that the medicines suit you and that nothing else is causing the high blood pressure.

# The decision the reader is making, in a box at the top (decision).
decision = You are deciding whether to have a procedure called renal denervation, as well as your medicines. The other choices are a structured diet and exercise programme, adding another blood pressure medicine, or carrying on with your treatment as it is.

# How strong the evidence is, in the evidence box (evidence.summary).
evidence-summary = This procedure has been tested in several fair trials. In these trials, some people had the real procedure and some had a pretend one, and they did not know which. On average, blood pressure fell a little more after the real procedure. But blood pressure also fell after the pretend one, and in some trials the difference could have been down to chance. Most trials lasted only a few months. The devices have changed over time. So the figures here are a rough guide, not a promise of what will happen to you.

# One point of what NICE's special arrangements mean for the patient (special_arrangements.meaning, `closer-checks`).
special-arrangements-closer-checks = The people at the hospital who look after safety are told about this procedure. They check it more closely than usual.

# One point of what NICE's special arrangements mean for the patient (special_arrangements.meaning, `records`).
special-arrangements-records = Your team records how every patient who has this procedure does. They look at these results regularly.

# One point of what NICE's special arrangements mean for the patient (special_arrangements.meaning, `understand-first`).
special-arrangements-understand-first = Before you agree, your team makes sure you understand what is known and what is not known. This includes the risks, the benefits and the gaps in the evidence.

# One point of what NICE's special arrangements mean for the patient (special_arrangements.meaning, `time-to-decide`).
special-arrangements-time-to-decide = You can take your time, ask as many questions as you need and bring someone with you. You can say no, or change your mind.

# One point of what NICE's special arrangements mean for the patient (special_arrangements.meaning, `doctors-learn`).
special-arrangements-doctors-learn = Doctors who do this procedure talk about their results each year, to learn and get better.

# One point of the list of who the treatment is for (for, `resistant-high-blood-pressure`).
for-resistant-high-blood-pressure = Adults whose blood pressure stays high even though they take several blood pressure medicines, at the best doses they can manage.

# One point of the list of who the treatment is for (for, `checked-first`).
for-checked-first = People whose readings have been checked, and who have had tests for other causes of high blood pressure.

# One point of the list of who the treatment is for (for, `suitable-arteries`).
for-suitable-arteries = People whose kidney arteries are the right size and shape. Your team checks this with a scan.

# One point of the list of who it is not for (not_for, `other-kinds`).
not-for-other-kinds = People whose high blood pressure has not yet been treated with the usual medicines. Most of the evidence NICE looked at is about resistant hypertension.

# One point of the list of who it is not for (not_for, `treatable-cause`).
not-for-treatable-cause = People whose high blood pressure has a cause that can be treated directly. Your team will look for these causes first.

# The name of an option: a heading, a column of the table of options and a tab (options, `denervation`: name). Keep it short.
option-denervation-name = Renal denervation

# What the option is, in a sentence or two (options, `denervation`: summary).
option-denervation-summary = A doctor passes a thin tube, called a catheter, through an artery in your groin to the arteries of your kidneys. The catheter uses heat or sound waves to calm the nerves around these arteries. These nerves help to control blood pressure.

# What happens if the reader chooses this option (options, `denervation`: what_happens).
option-denervation-what-happens = You usually stay awake. You have medicine to make you relaxed and sleepy, and an injection to numb your groin. The doctor puts the catheter into the artery and guides it using X-rays. They treat the nerves on both sides. You usually go home the same day or the next day. Nothing is left inside your body. You keep taking your blood pressure medicines afterwards.

# How long recovery takes (options, `denervation`: recovery).
option-denervation-recovery = Most people are back to normal within a few days. Your groin may be sore and bruised. You should avoid heavy lifting for a short time. Your team will keep checking your blood pressure, at home and at clinic, over the following months.

# What the option is like to live with (options, `denervation`: daily_life).
option-denervation-daily-life = It is a single procedure. You do not have to remember to do anything each day because of it. You will still need your medicines, and you may still need the same number of them. Some people feel let down if their blood pressure does not fall. Talk to your team about what you hope for before you decide.

# A benefit, as a heading above its figure and in the table of options (options, `denervation`: benefits, `denervation-clinic-bp`: label). Its figure comes from the data: never type a number.
option-denervation-benefit-denervation-clinic-bp-label = Lower blood pressure when measured at the clinic

# More about the benefit, under its figure (options, `denervation`: benefits, `denervation-clinic-bp`: detail). Its figure comes from the data: never type a number.
option-denervation-benefit-denervation-clinic-bp-detail = This large trial compared the real procedure with a pretend one. It included people with resistant hypertension. Blood pressure fell in both groups by a similar amount, and the difference could have been down to chance. It used an older kind of catheter. The number of people is the number who joined each group.

# What is measured, in the sentence that gives the change (options, `denervation`: benefits, `denervation-clinic-bp`: change.scale.name).
option-denervation-benefit-denervation-clinic-bp-scale = the top number of blood pressure, measured at the clinic

# The unit after each number, such as mmHg (options, `denervation`: benefits, `denervation-clinic-bp`: change.scale.unit).
option-denervation-benefit-denervation-clinic-bp-scale-unit = mmHg

# A benefit, as a heading above its figure and in the table of options (options, `denervation`: benefits, `denervation-24h-bp`: label). Its figure comes from the data: never type a number.
option-denervation-benefit-denervation-24h-bp-label = Lower blood pressure over a whole day and night

# More about the benefit, under its figure (options, `denervation`: benefits, `denervation-24h-bp`: detail). Its figure comes from the data: never type a number.
option-denervation-benefit-denervation-24h-bp-detail = This trial compared the real procedure with a pretend one, using a newer catheter. People in it took fewer blood pressure medicines than people with resistant hypertension usually do. Blood pressure fell in both groups, and the difference could have been down to chance. People in the pretend group had their medicines increased more often.

# What is measured, in the sentence that gives the change (options, `denervation`: benefits, `denervation-24h-bp`: change.scale.name).
option-denervation-benefit-denervation-24h-bp-scale = the top number of blood pressure, measured by a small machine you wear for a day and a night

# The unit after each number, such as mmHg (options, `denervation`: benefits, `denervation-24h-bp`: change.scale.unit).
option-denervation-benefit-denervation-24h-bp-scale-unit = mmHg

# A benefit, as a heading above its figure and in the table of options (options, `denervation`: benefits, `denervation-fewer-medicines`: label). Its figure comes from the data: never type a number.
option-denervation-benefit-denervation-fewer-medicines-label = Needing fewer blood pressure medicines

# More about the benefit, under its figure (options, `denervation`: benefits, `denervation-fewer-medicines`: detail). Its figure comes from the data: never type a number.
option-denervation-benefit-denervation-fewer-medicines-detail = NICE sees this as one of the main aims. In one trial, fewer people who had the real procedure needed an extra medicine later. We do not have a trustworthy figure for how often this happens.

# A benefit, as a heading above its figure and in the table of options (options, `denervation`: benefits, `denervation-fewer-strokes`: label). Its figure comes from the data: never type a number.
option-denervation-benefit-denervation-fewer-strokes-label = Fewer strokes, heart attacks or kidney problems

# More about the benefit, under its figure (options, `denervation`: benefits, `denervation-fewer-strokes`: detail). Its figure comes from the data: never type a number.
option-denervation-benefit-denervation-fewer-strokes-detail = Lower blood pressure usually means fewer of these problems. But no trial has yet shown that this procedure prevents them.

# A benefit, as a heading above its figure and in the table of options (options, `denervation`: benefits, `denervation-nothing-left-inside`: label). Its figure comes from the data: never type a number.
option-denervation-benefit-denervation-nothing-left-inside-label = Nothing is left inside your body

# A risk, as a heading above its figure and in the table of options (options, `denervation`: risks, `denervation-serious-problem`: label). Its figure comes from the data: never type a number.
option-denervation-risk-denervation-serious-problem-label = A serious problem soon after the procedure

# More about the risk, under its figure (options, `denervation`: risks, `denervation-serious-problem`: detail). Its figure comes from the data: never type a number.
option-denervation-risk-denervation-serious-problem-detail = This counts serious problems such as death, kidney failure, a damaged blood vessel, a sudden dangerous rise in blood pressure, or a badly narrowed kidney artery. The pretend procedure used the same kind of X-ray test of the kidney arteries. Few people had any of these problems in either group.

# A risk, as a heading above its figure and in the table of options (options, `denervation`: risks, `denervation-narrowed-artery`: label). Its figure comes from the data: never type a number.
option-denervation-risk-denervation-narrowed-artery-label = The artery to a kidney becomes narrow

# More about the risk, under its figure (options, `denervation`: risks, `denervation-narrowed-artery`: detail). Its figure comes from the data: never type a number.
option-denervation-risk-denervation-narrowed-artery-detail = Doctors call this renal artery stenosis. It may need treatment, for example a small tube called a stent. This figure comes from a record of people treated in everyday practice, with no comparison group.

# A risk, as a heading above its figure and in the table of options (options, `denervation`: risks, `denervation-pain`: label). Its figure comes from the data: never type a number.
option-denervation-risk-denervation-pain-label = Pain during the procedure

# More about the risk, under its figure (options, `denervation`: risks, `denervation-pain`: detail). Its figure comes from the data: never type a number.
option-denervation-risk-denervation-pain-detail = Treating the nerves can hurt. You will have medicine for pain. NICE sees pain as one of the main safety outcomes, but there is no trustworthy figure for how often it is a problem.

# A risk, as a heading above its figure and in the table of options (options, `denervation`: risks, `denervation-groin-problem`: label). Its figure comes from the data: never type a number.
option-denervation-risk-denervation-groin-problem-label = Bleeding or bruising in the groin

# More about the risk, under its figure (options, `denervation`: risks, `denervation-groin-problem`: detail). Its figure comes from the data: never type a number.
option-denervation-risk-denervation-groin-problem-detail = This can happen where the catheter goes in. Most bruising fades on its own. We do not have a trustworthy figure for how often it happens.

# A risk, as a heading above its figure and in the table of options (options, `denervation`: risks, `denervation-no-change`: label). Its figure comes from the data: never type a number.
option-denervation-risk-denervation-no-change-label = Your blood pressure does not come down

# More about the risk, under its figure (options, `denervation`: risks, `denervation-no-change`: detail). Its figure comes from the data: never type a number.
option-denervation-risk-denervation-no-change-detail = The procedure does not work for everyone, and nobody can yet tell in advance who it will help. We do not have a trustworthy figure for how often this happens.

# The name of an option: a heading, a column of the table of options and a tab (options, `lifestyle`: name). Keep it short.
option-lifestyle-name = A structured diet and exercise programme

# What the option is, in a sentence or two (options, `lifestyle`: summary).
option-lifestyle-summary = A programme run by a team, with help to eat more healthily and with less salt, to lose weight if you need to, and to exercise regularly. It is more than being given advice once.

# What happens if the reader chooses this option (options, `lifestyle`: what_happens).
option-lifestyle-what-happens = You meet a dietitian and join group sessions about eating and habits. You exercise with support, for example in a cardiac rehabilitation gym, on several days each week for a few months. You keep taking your medicines. What is on offer differs between areas, so ask your team.

# How long recovery takes (options, `lifestyle`: recovery).
option-lifestyle-recovery = There is no procedure, so there is no time to recover. Your muscles may ache when you start exercising.

# What the option is like to live with (options, `lifestyle`: daily_life).
option-lifestyle-daily-life = It takes time and effort each week, and you may need to change what you eat and how you shop and cook. Some people enjoy it and feel fitter and better in themselves. Others find it hard to keep going, mostly once the programme ends.

# A benefit, as a heading above its figure and in the table of options (options, `lifestyle`: benefits, `lifestyle-clinic-bp`: label). Its figure comes from the data: never type a number.
option-lifestyle-benefit-lifestyle-clinic-bp-label = Lower blood pressure when measured at the clinic

# More about the benefit, under its figure (options, `lifestyle`: benefits, `lifestyle-clinic-bp`: detail). Its figure comes from the data: never type a number.
option-lifestyle-benefit-lifestyle-clinic-bp-detail = This trial included people with resistant hypertension. It compared the programme with a single session of advice. Blood pressure fell more with the programme. People knew which group they were in.

# What is measured, in the sentence that gives the change (options, `lifestyle`: benefits, `lifestyle-clinic-bp`: change.scale.name).
option-lifestyle-benefit-lifestyle-clinic-bp-scale = the top number of blood pressure, measured at the clinic

# The unit after each number, such as mmHg (options, `lifestyle`: benefits, `lifestyle-clinic-bp`: change.scale.unit).
option-lifestyle-benefit-lifestyle-clinic-bp-scale-unit = mmHg

# A benefit, as a heading above its figure and in the table of options (options, `lifestyle`: benefits, `lifestyle-24h-bp`: label). Its figure comes from the data: never type a number.
option-lifestyle-benefit-lifestyle-24h-bp-label = Lower blood pressure over a whole day and night

# More about the benefit, under its figure (options, `lifestyle`: benefits, `lifestyle-24h-bp`: detail). Its figure comes from the data: never type a number.
option-lifestyle-benefit-lifestyle-24h-bp-detail = In the same trial, blood pressure measured over a whole day and night fell with the programme, but hardly changed with advice alone.

# What is measured, in the sentence that gives the change (options, `lifestyle`: benefits, `lifestyle-24h-bp`: change.scale.name).
option-lifestyle-benefit-lifestyle-24h-bp-scale = the top number of blood pressure, measured by a small machine you wear for a day and a night

# The unit after each number, such as mmHg (options, `lifestyle`: benefits, `lifestyle-24h-bp`: change.scale.unit).
option-lifestyle-benefit-lifestyle-24h-bp-scale-unit = mmHg

# A benefit, as a heading above its figure and in the table of options (options, `lifestyle`: benefits, `lifestyle-feel-fitter`: label). Its figure comes from the data: never type a number.
option-lifestyle-benefit-lifestyle-feel-fitter-label = Feeling fitter and losing weight

# More about the benefit, under its figure (options, `lifestyle`: benefits, `lifestyle-feel-fitter`: detail). Its figure comes from the data: never type a number.
option-lifestyle-benefit-lifestyle-feel-fitter-detail = In the trial, people on the programme became fitter and lost more weight than people given advice. We do not know how often people feel the difference in daily life.

# A risk, as a heading above its figure and in the table of options (options, `lifestyle`: risks, `lifestyle-hard-to-keep-up`: label). Its figure comes from the data: never type a number.
option-lifestyle-risk-lifestyle-hard-to-keep-up-label = It is hard to keep going

# More about the risk, under its figure (options, `lifestyle`: risks, `lifestyle-hard-to-keep-up`: detail). Its figure comes from the data: never type a number.
option-lifestyle-risk-lifestyle-hard-to-keep-up-detail = The trial lasted a few months. We do not know how many people keep up the changes, or whether the lower blood pressure lasts.

# A risk, as a heading above its figure and in the table of options (options, `lifestyle`: risks, `lifestyle-aches-injury`: label). Its figure comes from the data: never type a number.
option-lifestyle-risk-lifestyle-aches-injury-label = Aches or an injury from exercise

# More about the risk, under its figure (options, `lifestyle`: risks, `lifestyle-aches-injury`: detail). Its figure comes from the data: never type a number.
option-lifestyle-risk-lifestyle-aches-injury-detail = Starting to exercise can cause sore muscles, and sometimes a strain. Your team will start you gently. We do not have a trustworthy figure for how often this happens.

# A risk, as a heading above its figure and in the table of options (options, `lifestyle`: risks, `lifestyle-takes-time`: label). Its figure comes from the data: never type a number.
option-lifestyle-risk-lifestyle-takes-time-label = It takes time every week for several months

# The name of an option: a heading, a column of the table of options and a tab (options, `another-medicine`: name). Keep it short.
option-another-medicine-name = Adding another blood pressure medicine

# What the option is, in a sentence or two (options, `another-medicine`: summary).
option-another-medicine-summary = Your doctor adds another kind of blood pressure medicine to the ones you already take. A common choice is spironolactone, which helps your body get rid of extra salt and water.

# What happens if the reader chooses this option (options, `another-medicine`: what_happens).
option-another-medicine-what-happens = You take a tablet every day, as well as your other medicines. You have blood tests to check your kidneys and the salts in your blood, before you start and after. Your doctor may change the dose, or try a different medicine if this one does not suit you.

# How long recovery takes (options, `another-medicine`: recovery).
option-another-medicine-recovery = There is no procedure, so there is no time to recover. It can take a few weeks to see the full effect.

# What the option is like to live with (options, `another-medicine`: daily_life).
option-another-medicine-daily-life = You take one more tablet every day, for as long as it helps. Some people find taking many medicines a burden, or worry about side effects. You can stop or change the medicine with your doctor's help.

# A benefit, as a heading above its figure and in the table of options (options, `another-medicine`: benefits, `medicine-home-bp`: label). Its figure comes from the data: never type a number.
option-another-medicine-benefit-medicine-home-bp-label = Lower blood pressure measured at home

# More about the benefit, under its figure (options, `another-medicine`: benefits, `medicine-home-bp`: detail). Its figure comes from the data: never type a number.
option-another-medicine-benefit-medicine-home-bp-detail = In this trial, people with resistant hypertension took spironolactone and a dummy tablet (placebo), each for a few months, in turn. They did not know which they were taking. Blood pressure measured at home fell more with spironolactone. The same people took both, so the two groups overlap.

# What is measured, in the sentence that gives the change (options, `another-medicine`: benefits, `medicine-home-bp`: change.scale.name).
option-another-medicine-benefit-medicine-home-bp-scale = the top number of blood pressure, measured at home

# The unit after each number, such as mmHg (options, `another-medicine`: benefits, `medicine-home-bp`: change.scale.unit).
option-another-medicine-benefit-medicine-home-bp-scale-unit = mmHg

# A benefit, as a heading above its figure and in the table of options (options, `another-medicine`: benefits, `medicine-fewer-strokes`: label). Its figure comes from the data: never type a number.
option-another-medicine-benefit-medicine-fewer-strokes-label = Fewer strokes, heart attacks or kidney problems

# More about the benefit, under its figure (options, `another-medicine`: benefits, `medicine-fewer-strokes`: detail). Its figure comes from the data: never type a number.
option-another-medicine-benefit-medicine-fewer-strokes-detail = Lower blood pressure usually means fewer of these problems. This trial was too short to show it for this medicine.

# A risk, as a heading above its figure and in the table of options (options, `another-medicine`: risks, `medicine-side-effects`: label). Its figure comes from the data: never type a number.
option-another-medicine-risk-medicine-side-effects-label = Side effects

# More about the risk, under its figure (options, `another-medicine`: risks, `medicine-side-effects`: detail). Its figure comes from the data: never type a number.
option-another-medicine-risk-medicine-side-effects-detail = The trial found no clear difference in side effects between spironolactone and the dummy tablet. Any medicine can have side effects, and your doctor will tell you what to look out for. We do not show a figure here.

# A risk, as a heading above its figure and in the table of options (options, `another-medicine`: risks, `medicine-blood-salts`: label). Its figure comes from the data: never type a number.
option-another-medicine-risk-medicine-blood-salts-label = Changes in the salts in your blood

# More about the risk, under its figure (options, `another-medicine`: risks, `medicine-blood-salts`: detail). Its figure comes from the data: never type a number.
option-another-medicine-risk-medicine-blood-salts-detail = Some blood pressure medicines can change the salts in your blood, or how your kidneys work. This is why you need blood tests.

# A risk, as a heading above its figure and in the table of options (options, `another-medicine`: risks, `medicine-another-tablet`: label). Its figure comes from the data: never type a number.
option-another-medicine-risk-medicine-another-tablet-label = You take another tablet every day

# The name of an option: a heading, a column of the table of options and a tab (options, `carry-on`: name). Keep it short.
option-carry-on-name = Carrying on with your treatment as it is

# What the option is, in a sentence or two (options, `carry-on`: summary).
option-carry-on-summary = You keep taking your current medicines and do not add anything new for now. You can change your mind and talk to your team again at any time.

# What happens if the reader chooses this option (options, `carry-on`: what_happens).
option-carry-on-what-happens = Nothing changes in your treatment. Your team keeps checking your blood pressure, your kidneys and your medicines. You can ask to talk about the other choices again whenever you want.

# How long recovery takes (options, `carry-on`: recovery).
option-carry-on-recovery = There is no procedure, so there is no time to recover.

# What the option is like to live with (options, `carry-on`: daily_life).
option-carry-on-daily-life = You avoid the risks and the hospital visits of a procedure, and you do not take any extra medicine. Your blood pressure is likely to stay about as high as it is now. Some people worry about this. Others prefer to wait for more evidence before deciding.

# A benefit, as a heading above its figure and in the table of options (options, `carry-on`: benefits, `carry-on-no-new-risks`: label). Its figure comes from the data: never type a number.
option-carry-on-benefit-carry-on-no-new-risks-label = You avoid the risks of a new treatment

# More about the benefit, under its figure (options, `carry-on`: benefits, `carry-on-no-new-risks`: detail). Its figure comes from the data: never type a number.
option-carry-on-benefit-carry-on-no-new-risks-detail = You have no procedure and no extra medicine, so you avoid their side effects and the time they take.

# A benefit, as a heading above its figure and in the table of options (options, `carry-on`: benefits, `carry-on-wait-for-evidence`: label). Its figure comes from the data: never type a number.
option-carry-on-benefit-carry-on-wait-for-evidence-label = You can decide later, when more is known

# More about the benefit, under its figure (options, `carry-on`: benefits, `carry-on-wait-for-evidence`: detail). Its figure comes from the data: never type a number.
option-carry-on-benefit-carry-on-wait-for-evidence-detail = New trials of this procedure are coming out. Waiting lets you see what they find. We cannot say how long that will take.

# A risk, as a heading above its figure and in the table of options (options, `carry-on`: risks, `carry-on-bp-stays-high`: label). Its figure comes from the data: never type a number.
option-carry-on-risk-carry-on-bp-stays-high-label = Your blood pressure stays too high

# More about the risk, under its figure (options, `carry-on`: risks, `carry-on-bp-stays-high`: detail). Its figure comes from the data: never type a number.
option-carry-on-risk-carry-on-bp-stays-high-detail = Your blood pressure may go up or down a little over time, but is likely to stay above the level your team is aiming for.

# A risk, as a heading above its figure and in the table of options (options, `carry-on`: risks, `carry-on-strokes`: label). Its figure comes from the data: never type a number.
option-carry-on-risk-carry-on-strokes-label = A higher chance of a stroke, heart attack or kidney disease

# More about the risk, under its figure (options, `carry-on`: risks, `carry-on-strokes`: detail). Its figure comes from the data: never type a number.
option-carry-on-risk-carry-on-strokes-detail = High blood pressure raises the chance of these problems over many years. How much depends on your blood pressure and your other health. Your team can help you work out your own chance.

# One point of what nobody knows yet (uncertainties, `lasting`).
uncertainty-lasting = We do not know how long any fall in blood pressure lasts. Most fair trials compared the groups for only a few months.

# One point of what nobody knows yet (uncertainties, `hard-outcomes`).
uncertainty-hard-outcomes = No trial has yet shown that this procedure prevents strokes, heart attacks or kidney disease. It is hoped that it does, because blood pressure is lower.

# One point of what nobody knows yet (uncertainties, `pretend-procedure`).
uncertainty-pretend-procedure = In trials, blood pressure also fell in people who had the pretend procedure. This may be because people took their medicines more carefully, or because of the extra care. So some of the fall after the real procedure may not be caused by it.

# One point of what nobody knows yet (uncertainties, `who-benefits`).
uncertainty-who-benefits = Nobody can yet tell in advance whose blood pressure will fall after the procedure.

# One point of what nobody knows yet (uncertainties, `devices-differ`).
uncertainty-devices-differ = There are several kinds of catheter. Some use heat and some use sound waves, and they keep changing. Results with one may not be the same with another.

# One point of what nobody knows yet (uncertainties, `mixed-groups`).
uncertainty-mixed-groups = Some trials included people who took fewer medicines, or none. Their results may not be the same as for people with resistant hypertension.

# One point of what nobody knows yet (uncertainties, `definition-changing`).
uncertainty-definition-changing = Doctors are still agreeing on exactly who counts as having resistant hypertension. NICE says the procedure may have a role for a wider group of people, but this is not yet clear.

# One point of what nobody knows yet (uncertainties, `no-patient-views`).
uncertainty-no-patient-views = NICE asked patients to comment on this procedure, but nobody did. So NICE's advice does not include what patients think of it.

# Who helps the reader decide: one member of the team (team, `team-decides`).
team-team-decides = A team of experts meets to talk about whether this procedure suits you. NICE says it should include experts in high blood pressure and its complications, and doctors trained to do the procedure.

# Who helps the reader decide: one member of the team (team, `hypertension-doctor`).
team-hypertension-doctor = A doctor who specialises in high blood pressure checks your readings, your medicines and other possible causes before you decide.

# Who helps the reader decide: one member of the team (team, `interventional-doctor`).
team-interventional-doctor = The procedure is done by a doctor trained in catheter procedures, such as an interventional radiologist or cardiologist, who has specific training in renal denervation.

# Who helps the reader decide: one member of the team (team, `nurses`).
team-nurses = Specialist nurses show you how to check your blood pressure at home and answer questions between appointments.

# Who helps the reader decide: one member of the team (team, `pharmacist`).
team-pharmacist = A pharmacist can go through your medicines with you, including any side effects and how to fit them into your day.

# Who helps the reader decide: one member of the team (team, `you-and-family`).
team-you-and-family = You and your family are part of the team. What matters to you helps decide what is right for you.

# A question the reader may want to ask (questions, `team-results`).
question-team-results = How many of these procedures has your team done, and how did they go?

# A question the reader may want to ask (questions, `which-device`).
question-which-device = Which kind of catheter would you use, and why that one?

# A question the reader may want to ask (questions, `my-chance`).
question-my-chance = How likely is it that my blood pressure will come down?

# A question the reader may want to ask (questions, `medicines-after`).
question-medicines-after = Will I still need all my medicines afterwards?

# A question the reader may want to ask (questions, `checks-first`).
question-checks-first = Have my readings, my medicines and other causes all been checked?

# A question the reader may want to ask (questions, `other-options`).
question-other-options = Could a programme or another medicine work as well for me?

# A question the reader may want to ask (questions, `what-if-no-change`).
question-what-if-no-change = What happens if my blood pressure does not come down?

# A question the reader may want to ask (questions, `my-records`).
question-my-records = How will my results be recorded, and who will see them?

# How the reader's results are recorded (outcomes_recording, `every-patient`).
outcomes-recording-every-patient = Your team records how you do, as it does for every patient who has this procedure. This is called an audit. It is part of your normal care.

# How the reader's results are recorded (outcomes_recording, `why`).
outcomes-recording-why = There are still doubts about how well this procedure works. Recording how everyone does helps your hospital check that it is safe and working well.

# How the reader's results are recorded (outcomes_recording, `nice-tool`).
outcomes-recording-nice-tool = Your team may put your results into a tool from NICE for recording outcomes of procedures like this one. It records things like your blood pressure, your medicines and any problems.

# How the reader's results are recorded (outcomes_recording, `research`).
outcomes-recording-research = NICE would like more research, including trials and records of everyone who has the procedure. Researchers may ask to use your information. They will explain what it means and ask you first.

# How the reader's results are recorded (outcomes_recording, `you-can-say-no`).
outcomes-recording-you-can-say-no = You can say no to research, or change your mind later. This will not affect your care in any way. You can ask your team how your information is kept safe.

# How and when this information is updated, in "About this information" (update_policy).
update-policy = We check this information against new studies and NICE advice at least once a year, and always by the next review date. New trials of this procedure are coming out often. If NICE changes its advice, or an important new study comes out, we update it sooner. Every version has a date. This lets you and your team see which version you read.

# Who wrote and checked this information (authors).
authors = This is sample content, made to show how this tool works. It is not real advice from a real hospital. It was written by the hypertension service at Example NHS Foundation Trust, with the doctors who do the procedure. A panel of patients then checked that it is clear and fair.

# Who paid for it (funding).
funding = This is sample content. It was written by the trust's own staff as part of their usual work. No money came from companies that make the catheters or machines used for this procedure, or from companies that make blood pressure medicines. The people who wrote it have no links with these companies that could affect what it says (no conflicts of interest).

# A paragraph of the section `about` (about.md). Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-about-a7e0e3 = This procedure aims to lower blood pressure that has stayed high even though you take several blood pressure medicines. A doctor treats the nerves that run along the walls of the arteries to your kidneys. Doctors call it renal denervation. Its full name is percutaneous transluminal renal sympathetic denervation.

# A heading of the section `about` (about.md). Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-about-cea8b0 = How does it work?

# A paragraph of the section `about` (about.md), under the heading "How does it work?". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-about-99ff10 = Your kidneys and your brain send signals to each other along nerves. These nerves help to control how much salt and water your body keeps, and how tight your blood vessels are. In some people they seem to be too active, and this may keep blood pressure high.

# A paragraph of the section `about` (about.md), under the heading "How does it work?". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-about-25381e = In the procedure, a thin flexible tube called a catheter goes into an artery in your groin. The doctor guides it, using X-rays, into the artery to each kidney. The tip of the catheter then gives out heat (radiofrequency energy) or sound waves (ultrasound) through the artery wall. This calms the nerves. The catheter is then taken out. Nothing is left inside your body.

# A paragraph of the section `about` (about.md), under the heading "How does it work?". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-about-487280 = You keep taking your blood pressure medicines afterwards. The procedure is meant to work alongside them, not instead of them.

# A heading of the section `about` (about.md). Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-about-edb9ef = Who does this procedure?

# A paragraph of the section `about` (about.md), under the heading "Who does this procedure?". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-about-36956d = A team of experts in high blood pressure decides with you whether it might suit you. The procedure is done by a doctor trained in catheter procedures, such as an interventional radiologist or cardiologist, who has had specific training in renal denervation.

# A heading of the section `about` (about.md). Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-about-057381 = How sure are we about it?

# A paragraph of the section `about` (about.md), under the heading "How sure are we about it?". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-about-1a151b = The procedure has been tested in fair trials. In these trials, some people had the real procedure and some had a pretend one (a sham), and they did not know which. On average, blood pressure fell a little more after the real procedure. But it also fell after the pretend one, and some trials could not rule out chance. We do not yet know how long the effect lasts, or whether it prevents strokes and heart attacks.

# A paragraph of the section `about` (about.md), under the heading "How sure are we about it?". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-about-6d6e73 = So NICE says hospitals must take extra care, called special arrangements. Your team will make sure you understand what is known and what is not known before you decide. See [what nobody knows yet](#unknowns).

# A paragraph of the section `before` (before.md). Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-before-eb1912 = You will meet the team more than once before you decide. There is no rush. You can take someone with you to every visit.

# A heading of the section `before` (before.md). Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-before-82acd8 = Making sure the readings are right

# A paragraph of the section `before` (before.md), under the heading "Making sure the readings are right". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-before-3abf93 = Blood pressure can read higher in clinic than at home. So before anything else, your team checks your readings in other ways:

# A point of a list of the section `before` (before.md), under the heading "Making sure the readings are right". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-before-a0e0b3 = a small machine you wear for a day and a night, which measures your blood pressure regularly (ambulatory monitoring)

# A point of a list of the section `before` (before.md), under the heading "Making sure the readings are right". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-before-6157e0 = readings you take yourself at home, with a machine your team has checked.

# A heading of the section `before` (before.md). Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-before-ec11ee = Checking your medicines

# A paragraph of the section `before` (before.md), under the heading "Checking your medicines". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-before-488eca = Your team will go through all your medicines with you. Many people find it hard to take lots of tablets every day, and that is common. Please be open about it. It helps your team find the right treatment. They may change doses or make your tablets simpler before they think about a procedure.

# A heading of the section `before` (before.md). Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-before-22cf84 = Looking for other causes

# A paragraph of the section `before` (before.md), under the heading "Looking for other causes". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-before-b61649 = Some high blood pressure has a cause that can be treated directly, such as a hormone problem or a narrowed kidney artery. You may have:

# A point of a list of the section `before` (before.md), under the heading "Looking for other causes". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-before-e876d7 = blood and urine tests, including tests of your kidneys

# A point of a list of the section `before` (before.md), under the heading "Looking for other causes". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-before-9a9b4d = a scan of your kidney arteries (a CT or MRI scan). This also shows whether your arteries are the right size and shape for the procedure.

# A heading of the section `before` (before.md). Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-before-b76c7d = Getting ready

# A point of a list of the section `before` (before.md), under the heading "Getting ready". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-before-1f20bc = Your team will tell you which medicines to take on the day, and which to stop for a short time. Tell them if you take medicines that thin your blood.

# A point of a list of the section `before` (before.md), under the heading "Getting ready". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-before-0b9786 = You may be asked not to eat for a few hours before the procedure.

# A point of a list of the section `before` (before.md), under the heading "Getting ready". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-before-c6fa46 = Plan for someone to take you home, and to stay with you the first night if you go home the same day.

# A point of a list of the section `before` (before.md), under the heading "Getting ready". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-before-81e373 = Tell your team if you have ever had a reaction to the dye used in X-ray tests.

# A heading of the section `before` (before.md). Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-before-ae7ff1 = Giving your consent

# A paragraph of the section `before` (before.md), under the heading "Giving your consent". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-before-f7cb94 = Before the procedure, your doctor will go through the benefits, the risks and the other choices with you. They will also explain what is not known. You will sign a form to say you agree. This is called giving consent.

# A paragraph of the section `before` (before.md), under the heading "Giving your consent". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-before-c58946 = You can change your mind at any time before the procedure. Saying no will not affect the rest of your care.

# A paragraph of the section `during` (during.md). Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-during-a30c73 = The procedure is done in an X-ray room, sometimes called a catheter lab. It usually takes about an hour, but ask your team how long to expect.

# A heading of the section `during` (during.md). Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-during-135413 = Will I be awake?

# A paragraph of the section `during` (during.md), under the heading "Will I be awake?". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-during-9aa0f8 = Usually, yes. You have medicine through a drip to make you relaxed and sleepy (sedation), and medicine for pain. Some hospitals use a general anaesthetic, so you are asleep. Your team will tell you what to expect.

# A heading of the section `during` (during.md). Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-during-aaad30 = What does the doctor do?

# A point of a list of the section `during` (during.md), under the heading "What does the doctor do?". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-during-aa7d67 = They numb the skin at the top of your leg, in the groin, with an injection.

# A point of a list of the section `during` (during.md), under the heading "What does the doctor do?". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-during-6af8db = They put a thin tube into the artery there.

# A point of a list of the section `during` (during.md), under the heading "What does the doctor do?". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-during-e54d6d = They inject a dye and take X-ray pictures of the arteries to your kidneys.

# A point of a list of the section `during` (during.md), under the heading "What does the doctor do?". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-during-9276f9 = They guide the catheter into each kidney artery in turn.

# A point of a list of the section `during` (during.md), under the heading "What does the doctor do?". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-during-dd7a0c = They switch on the energy at several places along each artery, for a short time each.

# A point of a list of the section `during` (during.md), under the heading "What does the doctor do?". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-during-9fcff5 = They take out the catheter and press on your groin, or use a small plug or stitch, to stop bleeding.

# A paragraph of the section `during` (during.md), under the heading "What does the doctor do?". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-during-1a23f5 = When the energy is switched on you may feel a deep ache or pain in your tummy or back. Tell the team. They can give you more pain relief.

# A heading of the section `during` (during.md). Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-during-cf33cf = Afterwards on the day

# A paragraph of the section `during` (during.md), under the heading "Afterwards on the day". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-during-7b58c3 = You lie flat, or with your head only a little raised, for a few hours. This lets the artery in your groin seal. Nurses check your groin, your blood pressure and your pulse often. You can usually eat and drink once you feel ready.

# A paragraph of the section `during` (during.md), under the heading "Afterwards on the day". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-during-debfff = Many people go home the same day or the next day. Your team will tell you what to expect.

# A paragraph of the section `after` (after.md). Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-after-de41d1 = Most people feel back to normal within a few days. Your groin may be sore and bruised for a while.

# A heading of the section `after` (after.md). Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-after-fdc389 = Looking after your groin

# A point of a list of the section `after` (after.md), under the heading "Looking after your groin". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-after-7dfd82 = Keep the area clean and dry, as your nurse shows you.

# A point of a list of the section `after` (after.md), under the heading "Looking after your groin". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-after-90f28c = Avoid heavy lifting, hard exercise and driving for a short time. Your team will tell you for how long.

# A point of a list of the section `after` (after.md), under the heading "Looking after your groin". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-after-a3c503 = A small bruise or a pea-sized lump is common and usually fades.

# A heading of the section `after` (after.md). Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-after-faf2e5 = Your medicines

# A paragraph of the section `after` (after.md), under the heading "Your medicines". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-after-59535a = Keep taking all your blood pressure medicines as before, unless your team tells you otherwise. Do not stop or change them yourself, even if your readings come down. Your team may change your medicines over the following months, depending on your blood pressure.

# A heading of the section `after` (after.md). Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-after-ffe2d1 = Checking your blood pressure

# A paragraph of the section `after` (after.md), under the heading "Checking your blood pressure". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-after-2718ba = You will check your blood pressure at home and come to clinic for check-ups over the following months. You may wear the small monitor for a day and a night again. You will also have blood tests to check your kidneys. Your team may offer a scan of your kidney arteries later on.

# A paragraph of the section `after` (after.md), under the heading "Checking your blood pressure". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-after-ece179 = It can take time to see whether the procedure has worked. Some people's blood pressure does not come down. If this happens, your team will talk with you about other treatments.

# A heading of the section `after` (after.md). Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-after-7edbcf = When to get help

# A paragraph of the section `after` (after.md), under the heading "When to get help". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-after-2ec4b8 = Contact the team straight away if:

# A point of a list of the section `after` (after.md), under the heading "When to get help". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-after-1d5bb9 = your groin bleeds, or a lump there grows quickly or becomes very painful

# A point of a list of the section `after` (after.md), under the heading "When to get help". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-after-da53b9 = your leg becomes cold, pale, numb or painful

# A point of a list of the section `after` (after.md), under the heading "When to get help". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-after-d403fd = you have bad pain in your back or tummy

# A point of a list of the section `after` (after.md), under the heading "When to get help". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-after-7ca88e = you have a high temperature or feel unwell

# A point of a list of the section `after` (after.md), under the heading "When to get help". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-after-5118b7 = you pass much less urine than usual, or blood in your urine

# A point of a list of the section `after` (after.md), under the heading "When to get help". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-after-5d0774 = you feel faint or dizzy, or your home readings are much lower or much higher than usual.

# A paragraph of the section `after` (after.md), under the heading "When to get help". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-after-edc176 = If you have sudden chest pain, weakness of your face, arm or leg, or trouble speaking, [call 999](tel:999).

# A heading of the section `after` (after.md). Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-after-910126 = Looking after your feelings

# A paragraph of the section `after` (after.md), under the heading "Looking after your feelings". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-after-96c339 = It is normal to feel worried about your blood pressure, or let down if a treatment does not help as much as you hoped. Tell your team how you feel. They can help you think about what to do next.

