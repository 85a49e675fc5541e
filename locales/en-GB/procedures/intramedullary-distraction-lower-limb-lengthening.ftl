# Generated from content/procedures/intramedullary-distraction-lower-limb-lengthening/ by `informed l10n update`.
# Do not edit: change the content instead. Translation tools read this file
# as the reference for procedures/intramedullary-distraction-lower-limb-lengthening.ftl.

# The title of the page and of every leaflet (procedure.yaml: title). Keep it short.
title = Making a shorter leg longer with a nail inside the bone

# One or two sentences under the title, also on the list of treatments (summary).
summary = This information is for people who have one leg shorter than the other, and for their families. It explains an operation that makes the shorter leg longer with a nail inside the bone. It also explains the other choices, including doing nothing. There is not much good evidence about this operation yet, so some things are not known.

# What the condition is, near the top of the page (condition).
condition = One of your legs is shorter than the other. Doctors call this a leg length difference. You may have been born with it. It can also happen after a broken bone, an infection or a tumour, or when a bone does not grow as it should. A small difference may cause no trouble. A bigger difference can make you limp and get tired more easily. Some people get aches in the back, hips or knees. It can also affect how you feel about yourself and what you can do. In a child who is still growing, the difference can get bigger over time.

# The decision the reader is making, in a box at the top (decision).
decision = You are deciding whether to have an operation to make your shorter leg longer with a nail inside the bone. The other choices are an outside frame, a shoe raise, or doing nothing for now.

# How strong the evidence is, in the evidence box (evidence.summary).
evidence-summary = There are only a few studies of this operation, and most of them are small. Many looked at patients from just one hospital. Few compared the nail with other treatments, and few followed people up for a long time. NICE says the evidence is limited in amount and in quality. So the figures here are a rough guide, not a promise of what will happen to you.

# One point of what NICE's special arrangements mean for the patient (special_arrangements.meaning, `why`).
special-arrangements-why = NICE says this operation should only be done with special arrangements. This is because the evidence is limited. It does not mean the operation is wrong for you. It means there are things nobody knows yet.

# One point of what NICE's special arrangements mean for the patient (special_arrangements.meaning, `closer-checks`).
special-arrangements-closer-checks = The people at the hospital who look after safety are told about this operation. They check it more closely than usual.

# One point of what NICE's special arrangements mean for the patient (special_arrangements.meaning, `records`).
special-arrangements-records = Your team records how every patient who has this operation does. They look at these results regularly.

# One point of what NICE's special arrangements mean for the patient (special_arrangements.meaning, `understand-first`).
special-arrangements-understand-first = Before you agree, your team makes sure you understand what is known and what is not known. This includes the risks, the benefits and the gaps in the evidence.

# One point of what NICE's special arrangements mean for the patient (special_arrangements.meaning, `time-to-decide`).
special-arrangements-time-to-decide = You can take your time, ask as many questions as you need and bring someone with you. You can say no, or change your mind.

# One point of what NICE's special arrangements mean for the patient (special_arrangements.meaning, `surgeons-learn`).
special-arrangements-surgeons-learn = Surgeons who do this operation talk about their results each year, to learn and get better.

# One point of the list of who the treatment is for (for, `one-leg-shorter`).
for-one-leg-shorter = People who have one leg shorter than the other, where the difference affects their daily life.

# One point of the list of who the treatment is for (for, `children-and-adults`).
for-children-and-adults = Adults and children. Your team will check that your bone is the right size and shape for a nail.

# One point of the list of who the treatment is for (for, `able-to-take-part`).
for-able-to-take-part = People who can come to clinic and physiotherapy often, for several months, and do exercises at home.

# One point of the list of who it is not for (not_for, `short-stature`).
not-for-short-stature = Making both legs longer so that a person is taller (for short stature). NICE's advice does not cover this.

# The name of an option: a heading, a column of the table of options and a tab (options, `nail`: name). Keep it short.
option-nail-name = Lengthening nail inside the bone

# What the option is, in a sentence or two (options, `nail`: summary).
option-nail-summary = A surgeon puts a metal rod, called a nail, inside your bone. The nail is made a little longer each day, and new bone grows in the gap. Doctors call this intramedullary distraction.

# What happens if the reader chooses this option (options, `nail`: what_happens).
option-nail-what-happens = You have an operation while you are asleep. The surgeon cuts the bone and slides the nail into the hollow middle of it. After a few days, the nail starts to get longer by a tiny amount each day. Often you do this at home with a small controller that uses a magnet. When the leg is long enough, the new bone slowly hardens. The nail may be taken out later in a smaller operation.

# How long recovery takes (options, `nail`: recovery).
option-nail-recovery = Recovery takes many months. You will use crutches, and you must not put all your weight on the leg for a while. You will need physiotherapy and regular check-ups with X-rays. As the leg is stretched, muscles and joints can feel tight and sore. The new bone takes longer to harden than it took to grow.

# What the option is like to live with (options, `nail`: daily_life).
option-nail-daily-life = There is no frame on the outside of your leg, so you can wear your usual clothes. You will have some small scars. While the leg is lengthening, you have to work the nail at set times each day, go to physiotherapy and do exercises at home. You may need time off school or work, and help at home. Pain, tiredness and not doing your usual things can be hard. Some people feel low, worried or fed up during a long treatment. This is normal, and your team can help.

# A benefit, as a heading above its figure and in the table of options (options, `nail`: benefits, `reach-planned-length`: label). Its figure comes from the data: never type a number.
option-nail-benefit-reach-planned-length-label = The leg reaches its planned length

# More about the benefit, under its figure (options, `nail`: benefits, `reach-planned-length`: detail). Its figure comes from the data: never type a number.
option-nail-benefit-reach-planned-length-detail = Before the operation, your team plans how much longer the leg should be. This shows how often lengthened bones reached that length in one study.

# A benefit, as a heading above its figure and in the table of options (options, `nail`: benefits, `better-function`: label). Its figure comes from the data: never type a number.
option-nail-benefit-better-function-label = Walking and moving get easier

# More about the benefit, under its figure (options, `nail`: benefits, `better-function`: detail). Its figure comes from the data: never type a number.
option-nail-benefit-better-function-detail = NICE sees this as one of the main aims of the operation. There is no trustworthy figure for how often it happens.

# A benefit, as a heading above its figure and in the table of options (options, `nail`: benefits, `better-quality-of-life`: label). Its figure comes from the data: never type a number.
option-nail-benefit-better-quality-of-life-label = Daily life feels better overall

# More about the benefit, under its figure (options, `nail`: benefits, `better-quality-of-life`: detail). Its figure comes from the data: never type a number.
option-nail-benefit-better-quality-of-life-detail = Few studies have asked people how the operation changed their life.

# A risk, as a heading above its figure and in the table of options (options, `nail`: risks, `any-complication`: label). Its figure comes from the data: never type a number.
option-nail-risk-any-complication-label = Problems during treatment (complications)

# More about the risk, under its figure (options, `nail`: risks, `any-complication`: detail). Its figure comes from the data: never type a number.
option-nail-risk-any-complication-detail = This counts problems, not people. One bone can have more than one problem, so fewer bones than this had a problem. Some problems are small and easy to put right. Others need another operation.

# A risk, as a heading above its figure and in the table of options (options, `nail`: risks, `change-of-plan`: label). Its figure comes from the data: never type a number.
option-nail-risk-change-of-plan-label = A big change of plan, such as another operation

# More about the risk, under its figure (options, `nail`: risks, `change-of-plan`: detail). Its figure comes from the data: never type a number.
option-nail-risk-change-of-plan-detail = For example, an extra operation, or a change to how the leg is lengthened.

# A risk, as a heading above its figure and in the table of options (options, `nail`: risks, `goal-not-reached`: label). Its figure comes from the data: never type a number.
option-nail-risk-goal-not-reached-label = The treatment does not reach its goal

# More about the risk, under its figure (options, `nail`: risks, `goal-not-reached`: detail). Its figure comes from the data: never type a number.
option-nail-risk-goal-not-reached-detail = The treatment does not do what it set out to do. For example, the leg ends up shorter than planned.

# A risk, as a heading above its figure and in the table of options (options, `nail`: risks, `lasting-problem`: label). Its figure comes from the data: never type a number.
option-nail-risk-lasting-problem-label = A lasting problem, or a new health problem

# More about the risk, under its figure (options, `nail`: risks, `lasting-problem`: detail). Its figure comes from the data: never type a number.
option-nail-risk-lasting-problem-detail = A problem that does not go away after the treatment has ended, or a new health problem caused by the treatment.

# A risk, as a heading above its figure and in the table of options (options, `nail`: risks, `nail-fails`: label). Its figure comes from the data: never type a number.
option-nail-risk-nail-fails-label = The nail fails

# More about the risk, under its figure (options, `nail`: risks, `nail-fails`: detail). Its figure comes from the data: never type a number.
option-nail-risk-nail-fails-detail = The nail breaks or stops working as it should. Doctors call this implant failure. You may need another operation.

# A risk, as a heading above its figure and in the table of options (options, `nail`: risks, `infection`: label). Its figure comes from the data: never type a number.
option-nail-risk-infection-label = Infection

# More about the risk, under its figure (options, `nail`: risks, `infection`: detail). Its figure comes from the data: never type a number.
option-nail-risk-infection-detail = Germs get into the wound or the bone. There is no trustworthy figure for how often this happens with a nail.

# A risk, as a heading above its figure and in the table of options (options, `nail`: risks, `pain`: label). Its figure comes from the data: never type a number.
option-nail-risk-pain-label = Pain

# More about the risk, under its figure (options, `nail`: risks, `pain`: detail). Its figure comes from the data: never type a number.
option-nail-risk-pain-detail = The leg can hurt, mostly while it is being stretched. There is no trustworthy figure for how often pain is a problem.

# A risk, as a heading above its figure and in the table of options (options, `nail`: risks, `slow-bone-healing`: label). Its figure comes from the data: never type a number.
option-nail-risk-slow-bone-healing-label = The new bone is slow to heal, or does not heal

# More about the risk, under its figure (options, `nail`: risks, `slow-bone-healing`: detail). Its figure comes from the data: never type a number.
option-nail-risk-slow-bone-healing-detail = Doctors call this delayed union or non-union. You may need more time on crutches, or another operation.

# The name of an option: a heading, a column of the table of options and a tab (options, `fixator`: name). Keep it short.
option-fixator-name = Outside frame

# What the option is, in a sentence or two (options, `fixator`: summary).
option-fixator-summary = A surgeon fixes a metal frame to the outside of your leg. Pins or wires go through the skin into the bone. The frame is adjusted a little each day to make the bone longer. Doctors call this an external fixator.

# What happens if the reader chooses this option (options, `fixator`: what_happens).
option-fixator-what-happens = You have an operation while you are asleep. The surgeon cuts the bone and fixes the frame to it with pins or wires. After a few days, the frame is adjusted a little each day. The bone slowly gets longer, and new bone grows in the gap. When the leg is long enough, the frame stays on while the new bone hardens. It is then taken off in another, shorter procedure.

# How long recovery takes (options, `fixator`: recovery).
option-fixator-recovery = Recovery takes many months. The frame stays on the whole time the bone is getting longer and hardening. You will need physiotherapy and regular check-ups with X-rays. You will also need to clean the skin where the pins go in every day. You will use crutches for a while. As the leg is stretched, muscles and joints can feel tight and sore.

# What the option is like to live with (options, `fixator`: daily_life).
option-fixator-daily-life = The frame is on the outside of your leg, so other people can see it. It can make dressing, sleeping and getting about harder, and some clothes will not fit over it. You may need time off school or work, and help at home. Some people find a frame hard to live with, or do not want one. Pain, tiredness and not doing your usual things can be hard. Some people feel low, worried or fed up during a long treatment. This is normal, and your team can help. Frames are used less often now than in the past.

# A benefit, as a heading above its figure and in the table of options (options, `fixator`: benefits, `reach-planned-length`: label). Its figure comes from the data: never type a number.
option-fixator-benefit-reach-planned-length-label = The leg reaches its planned length

# More about the benefit, under its figure (options, `fixator`: benefits, `reach-planned-length`: detail). Its figure comes from the data: never type a number.
option-fixator-benefit-reach-planned-length-detail = A study compared frames with nails in the thigh bone. This information does not give a figure for frames yet.

# A benefit, as a heading above its figure and in the table of options (options, `fixator`: benefits, `better-function`: label). Its figure comes from the data: never type a number.
option-fixator-benefit-better-function-label = Walking and moving get easier

# More about the benefit, under its figure (options, `fixator`: benefits, `better-function`: detail). Its figure comes from the data: never type a number.
option-fixator-benefit-better-function-detail = Frames have been used to make legs longer for many years. There is no trustworthy figure for how often walking gets easier.

# A benefit, as a heading above its figure and in the table of options (options, `fixator`: benefits, `better-quality-of-life`: label). Its figure comes from the data: never type a number.
option-fixator-benefit-better-quality-of-life-label = Daily life feels better overall

# More about the benefit, under its figure (options, `fixator`: benefits, `better-quality-of-life`: detail). Its figure comes from the data: never type a number.
option-fixator-benefit-better-quality-of-life-detail = Few studies have asked people how a frame changed their life.

# A risk, as a heading above its figure and in the table of options (options, `fixator`: risks, `any-complication`: label). Its figure comes from the data: never type a number.
option-fixator-risk-any-complication-label = Problems during treatment (complications)

# More about the risk, under its figure (options, `fixator`: risks, `any-complication`: detail). Its figure comes from the data: never type a number.
option-fixator-risk-any-complication-detail = NICE's earlier advice lists several problems with frames, but gives no figures.

# A risk, as a heading above its figure and in the table of options (options, `fixator`: risks, `infection`: label). Its figure comes from the data: never type a number.
option-fixator-risk-infection-label = Infection

# More about the risk, under its figure (options, `fixator`: risks, `infection`: detail). Its figure comes from the data: never type a number.
option-fixator-risk-infection-detail = Germs get in where the pins go through the skin. Doctors call this a pin-site infection.

# A risk, as a heading above its figure and in the table of options (options, `fixator`: risks, `pain`: label). Its figure comes from the data: never type a number.
option-fixator-risk-pain-label = Pain

# More about the risk, under its figure (options, `fixator`: risks, `pain`: detail). Its figure comes from the data: never type a number.
option-fixator-risk-pain-detail = The leg can hurt, both from the stretching and where the pins go in.

# A risk, as a heading above its figure and in the table of options (options, `fixator`: risks, `joint-slips-out`: label). Its figure comes from the data: never type a number.
option-fixator-risk-joint-slips-out-label = A hip or knee joint slips out of place

# More about the risk, under its figure (options, `fixator`: risks, `joint-slips-out`: detail). Its figure comes from the data: never type a number.
option-fixator-risk-joint-slips-out-detail = The stretching can pull a joint partly or fully out of place. Doctors call this subluxation or dislocation.

# A risk, as a heading above its figure and in the table of options (options, `fixator`: risks, `bone-heals-bent`: label). Its figure comes from the data: never type a number.
option-fixator-risk-bone-heals-bent-label = The bone heals bent

# More about the risk, under its figure (options, `fixator`: risks, `bone-heals-bent`: detail). Its figure comes from the data: never type a number.
option-fixator-risk-bone-heals-bent-detail = The new bone heals at an angle instead of straight. Doctors call this an angulation deformity.

# The name of an option: a heading, a column of the table of options and a tab (options, `shoe-raise`: name). Keep it short.
option-shoe-raise-name = Shoe raise and other help without an operation

# What the option is, in a sentence or two (options, `shoe-raise`: summary).
option-shoe-raise-summary = A raise is added to your shoe, or an insole is put inside it, to make up for the shorter leg. Physiotherapy and other support can help with how you walk and with any aches.

# What happens if the reader chooses this option (options, `shoe-raise`: what_happens).
option-shoe-raise-what-happens = A specialist in supports for the body, called an orthotist, measures your legs. They make or fit the raise. A small raise can go inside the shoe. A bigger one is built onto the sole. A physiotherapist can give you exercises for balance, strength and any aches. The raise may need changing as you grow or as your shoes wear out.

# How long recovery takes (options, `shoe-raise`: recovery).
option-shoe-raise-recovery = There is no operation, so there is no time to recover. It can take a little while to get used to walking with a raise.

# What the option is like to live with (options, `shoe-raise`: daily_life).
option-shoe-raise-daily-life = You wear the raise whenever you want your legs to feel level. Not all shoes can take a raise, so your choice of shoes may be limited. A built-up shoe can be seen, and some people feel self-conscious about it. Your leg stays the same length, so the difference is still there when you take your shoes off. You can stop at any time, and you can still choose an operation later.

# A benefit, as a heading above its figure and in the table of options (options, `shoe-raise`: benefits, `better-function`: label). Its figure comes from the data: never type a number.
option-shoe-raise-benefit-better-function-label = Walking and moving get easier

# More about the benefit, under its figure (options, `shoe-raise`: benefits, `better-function`: detail). Its figure comes from the data: never type a number.
option-shoe-raise-benefit-better-function-detail = A raise can make your walk more even. We do not know how often this helps.

# A benefit, as a heading above its figure and in the table of options (options, `shoe-raise`: benefits, `fewer-aches`: label). Its figure comes from the data: never type a number.
option-shoe-raise-benefit-fewer-aches-label = Fewer aches in the back, hips or knees

# More about the benefit, under its figure (options, `shoe-raise`: benefits, `fewer-aches`: detail). Its figure comes from the data: never type a number.
option-shoe-raise-benefit-fewer-aches-detail = Some people find aches ease when their legs are level. We do not know how often this happens.

# A risk, as a heading above its figure and in the table of options (options, `shoe-raise`: risks, `raise-uncomfortable`: label). Its figure comes from the data: never type a number.
option-shoe-raise-risk-raise-uncomfortable-label = The raise feels awkward or uncomfortable

# More about the risk, under its figure (options, `shoe-raise`: risks, `raise-uncomfortable`: detail). Its figure comes from the data: never type a number.
option-shoe-raise-risk-raise-uncomfortable-detail = A big raise can feel heavy, or make you feel unsteady at first.

# A risk, as a heading above its figure and in the table of options (options, `shoe-raise`: risks, `difference-grows`: label). Its figure comes from the data: never type a number.
option-shoe-raise-risk-difference-grows-label = The difference gets bigger as a child grows

# More about the risk, under its figure (options, `shoe-raise`: risks, `difference-grows`: detail). Its figure comes from the data: never type a number.
option-shoe-raise-risk-difference-grows-detail = This only applies to children who are still growing. A raise does not change how the bones grow. Your team can tell you whether this is likely for your child.

# The name of an option: a heading, a column of the table of options and a tab (options, `nothing`: name). Keep it short.
option-nothing-name = Doing nothing for now

# What the option is, in a sentence or two (options, `nothing`: summary).
option-nothing-summary = You choose not to have treatment now. You can change your mind and talk to your team again at any time.

# What happens if the reader chooses this option (options, `nothing`: what_happens).
option-nothing-what-happens = Nothing changes in your treatment. Your team may offer check-ups to see whether the difference changes, mostly in a child who is still growing. You can ask to talk about the other choices again whenever you want.

# How long recovery takes (options, `nothing`: recovery).
option-nothing-recovery = There is no operation, so there is no time to recover.

# What the option is like to live with (options, `nothing`: daily_life).
option-nothing-daily-life = You avoid the risks, the time off and the hard work of an operation. Your leg stays as it is. If the difference is small, you may notice very little. If it is bigger, you may keep limping, get tired more easily, or feel self-conscious about how you walk.

# A benefit, as a heading above its figure and in the table of options (options, `nothing`: benefits, `manage-without-treatment`: label). Its figure comes from the data: never type a number.
option-nothing-benefit-manage-without-treatment-label = You manage well without treatment

# More about the benefit, under its figure (options, `nothing`: benefits, `manage-without-treatment`: detail). Its figure comes from the data: never type a number.
option-nothing-benefit-manage-without-treatment-detail = If the difference is small, you may not need any treatment. We do not know how often this is the case.

# A risk, as a heading above its figure and in the table of options (options, `nothing`: risks, `aches-from-uneven-legs`: label). Its figure comes from the data: never type a number.
option-nothing-risk-aches-from-uneven-legs-label = Aches in the back, hips or knees

# More about the risk, under its figure (options, `nothing`: risks, `aches-from-uneven-legs`: detail). Its figure comes from the data: never type a number.
option-nothing-risk-aches-from-uneven-legs-detail = An uneven walk can lead to aches. We do not know how often this happens.

# A risk, as a heading above its figure and in the table of options (options, `nothing`: risks, `difference-grows`: label). Its figure comes from the data: never type a number.
option-nothing-risk-difference-grows-label = The difference gets bigger as a child grows

# More about the risk, under its figure (options, `nothing`: risks, `difference-grows`: detail). Its figure comes from the data: never type a number.
option-nothing-risk-difference-grows-detail = This only applies to children who are still growing. Your team can tell you whether this is likely for your child.

# One point of what nobody knows yet (uncertainties, `long-term`).
uncertainty-long-term = We do not know how people do many years after the operation. Few studies followed people up for a long time.

# One point of what nobody knows yet (uncertainties, `quality-of-life`).
uncertainty-quality-of-life = Few studies asked people how the operation changed their daily life, their feelings or what they can do. NICE has asked for more research on this.

# One point of what nobody knows yet (uncertainties, `devices-differ`).
uncertainty-devices-differ = There are several types of lengthening nail. They work in different ways, and they keep changing. Results with one nail may not be the same with another.

# One point of what nobody knows yet (uncertainties, `small-studies`).
uncertainty-small-studies = There are few studies, and most are small. Many come from a single hospital. Results in one hospital may not be the same in another.

# One point of what nobody knows yet (uncertainties, `children-and-adults`).
uncertainty-children-and-adults = Children are still growing, and their bones heal in a different way from adults. There is not enough evidence to say how results differ between children and adults.

# One point of what nobody knows yet (uncertainties, `frames-less-studied`).
uncertainty-frames-less-studied = Frames are used less often now. So there are few recent figures for frames, and it is hard to compare them fairly with nails.

# One point of what nobody knows yet (uncertainties, `short-stature-in-studies`).
uncertainty-short-stature-in-studies = Some of the people in the largest review of studies had both legs lengthened to make them taller. This leaflet is not about that, and their results may differ from people who have one shorter leg.

# One point of what nobody knows yet (uncertainties, `no-patient-views`).
uncertainty-no-patient-views = NICE asked patients to comment on this operation, but nobody did. So NICE's advice does not include what patients think of it.

# Who helps the reader decide: one member of the team (team, `team-decides`).
team-team-decides = A team of experts from different fields meets to talk about whether this operation suits you. NICE says this team should, if possible, include a physiotherapist and someone who helps with feelings (psychological support).

# Who helps the reader decide: one member of the team (team, `surgeon`).
team-surgeon = Your surgeon is trained in limb lengthening and has done it before. This operation is only done in specialist centres.

# Who helps the reader decide: one member of the team (team, `physiotherapist`).
team-physiotherapist = A physiotherapist helps you get ready for the operation. Afterwards, they help you keep your joints moving and your muscles strong.

# Who helps the reader decide: one member of the team (team, `psychological-support`).
team-psychological-support = A psychologist or counsellor can help you think about what you hope for. They can also support you with worry or low mood during a long treatment.

# Who helps the reader decide: one member of the team (team, `nurses`).
team-nurses = Specialist nurses show you how to care for your wound and how to use the controller. They can answer questions between check-ups.

# Who helps the reader decide: one member of the team (team, `you-and-family`).
team-you-and-family = You and your family are part of the team. What matters to you helps decide what is right for you.

# A question the reader may want to ask (questions, `team-results`).
question-team-results = How many of these operations has your team done, and how did they go?

# A question the reader may want to ask (questions, `which-nail`).
question-which-nail = Which nail would you use for me, and why that one?

# A question the reader may want to ask (questions, `other-options`).
question-other-options = Could a frame or a shoe raise work as well for me?

# A question the reader may want to ask (questions, `crutches`).
question-crutches = How long will I need crutches, and when can I put my full weight on the leg?

# A question the reader may want to ask (questions, `time-off`).
question-time-off = How much time off school or work should I plan for?

# A question the reader may want to ask (questions, `visits`).
question-visits = How often will I need to come to clinic and to physiotherapy?

# A question the reader may want to ask (questions, `what-if-wrong`).
question-what-if-wrong = What should I do if the leg stops getting longer, or something feels wrong?

# A question the reader may want to ask (questions, `feelings`).
question-feelings = Who can I talk to about how I am feeling during treatment?

# A question the reader may want to ask (questions, `nail-removal`).
question-nail-removal = Will I need another operation to take the nail out?

# A question the reader may want to ask (questions, `my-records`).
question-my-records = How will my results be recorded, and who will see them?

# How the reader's results are recorded (outcomes_recording, `every-patient`).
outcomes-recording-every-patient = Your team records how you do, as it does for every patient who has this operation. This is called an audit. It is part of your normal care.

# How the reader's results are recorded (outcomes_recording, `why`).
outcomes-recording-why = Not much is known about this operation yet. Recording how everyone does helps your hospital check that the operation is safe and working well.

# How the reader's results are recorded (outcomes_recording, `nice-tool`).
outcomes-recording-nice-tool = Your team may put your results into a tool from NICE for recording outcomes of procedures like this one. It records things like whether the leg reached its planned length and any problems.

# How the reader's results are recorded (outcomes_recording, `registry`).
outcomes-recording-registry = NICE would like a national record of everyone who has this operation, called a registry. If one is set up, your team may ask to add your results to it.

# How the reader's results are recorded (outcomes_recording, `research`).
outcomes-recording-research = Researchers may ask to use your information to learn more about this operation. They will explain what it means and ask you first.

# How the reader's results are recorded (outcomes_recording, `you-can-say-no`).
outcomes-recording-you-can-say-no = You can say no to research, or change your mind later. This will not affect your care in any way. You can ask your team how your information is kept safe.

# How to report a problem with a device, above the Yellow Card link (device_reporting.text).
device-reporting = If you think something is wrong with your nail, controller or frame, tell your team straight away. You, your family or your team can also report it to the Medicines and Healthcare products Regulatory Agency (MHRA) through its Yellow Card scheme. This helps make devices safer for everyone.

# How and when this information is updated, in "About this information" (update_policy).
update-policy = We check this information against new studies and NICE advice at least once a year, and always by the next review date. If NICE changes its advice, or an important new study comes out, we update it sooner. Every version has a date. This lets you and your team see which version you read.

# Who wrote and checked this information (authors).
authors = This is sample content, made to show how this tool works. It is not real advice from a real hospital. It was written by the limb reconstruction team at Example NHS Foundation Trust. A panel of patients and families then checked that it is clear and fair.

# Who paid for it (funding).
funding = This is sample content. It was written by the trust's own staff as part of their usual work. No money came from companies that make lengthening nails, frames or other devices. The people who wrote it have no links with these companies that could affect what it says (no conflicts of interest).

# A paragraph of the section `about` (about.md). Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-about-638b4e = This operation makes a shorter leg longer. The surgeon puts a metal rod, called a nail, inside the bone of the shorter leg. Doctors call this intramedullary distraction. It can be done on the thigh bone or the shin bone.

# A heading of the section `about` (about.md). Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-about-cea8b0 = How does it work?

# A paragraph of the section `about` (about.md), under the heading "How does it work?". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-about-9d51f8 = The surgeon makes a clean break in the bone during the operation. The nail holds the two parts of the bone in line. After a few days, the nail starts to get longer by a tiny amount each day. This slowly pulls the two parts of the bone apart.

# A paragraph of the section `about` (about.md), under the heading "How does it work?". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-about-9fd9c8 = Your body fills the small gap with new, soft bone. Because the gap opens so slowly, new bone keeps growing into it. The muscles, nerves and skin stretch slowly too. When the leg has reached the planned length, the nail stops getting longer. The new bone then hardens over the following months.

# A paragraph of the section `about` (about.md), under the heading "How does it work?". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-about-421e7d = Many lengthening nails are worked with a small controller that uses a magnet. You or someone at home holds it against your leg at set times each day. Your team will show you how. Other nails work in other ways.

# A heading of the section `about` (about.md). Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-about-78bc10 = Who does this operation?

# A paragraph of the section `about` (about.md), under the heading "Who does this operation?". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-about-f1d293 = This is a difficult operation. It is only done in specialist centres, by surgeons who are trained in limb lengthening and have done it before. A team of different specialists helps decide whether it is right for you. This team should ideally include a physiotherapist and someone who gives psychological support.

# A heading of the section `about` (about.md). Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-about-057381 = How sure are we about it?

# A paragraph of the section `about` (about.md), under the heading "How sure are we about it?". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-about-6e1608 = There is not much good evidence about this operation yet. The studies are few and mostly small. So NICE says hospitals must take extra care, called special arrangements. Your team will make sure you understand what is known and what is not known before you decide.

# A paragraph of the section `about` (about.md), under the heading "How sure are we about it?". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-about-84329b = This information does not cover making both legs longer so that a person is taller.

# A paragraph of the section `before` (before.md). Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-before-c3bdc6 = You will meet the team several times before you decide. There is no rush. You can take someone with you to every visit.

# A heading of the section `before` (before.md). Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-before-082c01 = What checks will I have?

# A point of a list of the section `before` (before.md), under the heading "What checks will I have?". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-before-1d12aa = X-rays or other scans, to measure your legs and see the shape of your bones.

# A point of a list of the section `before` (before.md), under the heading "What checks will I have?". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-before-fb44f1 = A check of your joints and muscles by a physiotherapist.

# A point of a list of the section `before` (before.md), under the heading "What checks will I have?". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-before-2a2dea = A talk with someone who gives psychological support, about what you hope for and how you cope with hard times.

# A point of a list of the section `before` (before.md), under the heading "What checks will I have?". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-before-8fc261 = Blood tests and other checks to make sure you are ready for an operation.

# A heading of the section `before` (before.md). Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-before-7e7ffd = How can I get ready?

# A paragraph of the section `before` (before.md), under the heading "How can I get ready?". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-before-b9dad1 = Lengthening takes many months and a lot of work from you. It helps to plan ahead.

# A point of a list of the section `before` (before.md), under the heading "How can I get ready?". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-before-9eadc6 = Think about time off school or work. Ask your team how long to plan for.

# A point of a list of the section `before` (before.md), under the heading "How can I get ready?". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-before-2fadb9 = Make your home easier to get around on crutches. For example, move things you use every day to where you can reach them.

# A point of a list of the section `before` (before.md), under the heading "How can I get ready?". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-before-a05187 = Plan how you will get to clinic and physiotherapy. You will need to go often.

# A point of a list of the section `before` (before.md), under the heading "How can I get ready?". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-before-ebe3fc = Line up people who can help you at home, mostly in the first weeks.

# A point of a list of the section `before` (before.md), under the heading "How can I get ready?". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-before-8e1d86 = If you smoke, try to stop. Smoking can slow down bone healing. Your team can help you find support.

# A heading of the section `before` (before.md). Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-before-ae7ff1 = Giving your consent

# A paragraph of the section `before` (before.md), under the heading "Giving your consent". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-before-674155 = Before the operation, your surgeon will go through the benefits, the risks and the other choices with you. They will also explain what is not known. You will sign a form to say you agree. This is called giving consent.

# A paragraph of the section `before` (before.md), under the heading "Giving your consent". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-before-41c463 = You can change your mind at any time before the operation. Saying no will not affect the rest of your care.

# A paragraph of the section `during` (during.md). Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-during-499b44 = You will be asleep for the operation. This is called a general anaesthetic. Some people also have an injection in the back to numb the legs, to help with pain afterwards. Your anaesthetist will talk to you about this.

# A heading of the section `during` (during.md). Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-during-bccb62 = What does the surgeon do?

# A point of a list of the section `during` (during.md), under the heading "What does the surgeon do?". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-during-d1b23f = The surgeon makes a few small cuts in the skin.

# A point of a list of the section `during` (during.md), under the heading "What does the surgeon do?". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-during-f1a61d = They make a clean break in the bone that is being made longer.

# A point of a list of the section `during` (during.md), under the heading "What does the surgeon do?". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-during-f73a64 = They slide the nail into the hollow middle of the bone.

# A point of a list of the section `during` (during.md), under the heading "What does the surgeon do?". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-during-164f05 = They fix the nail in place with screws at each end.

# A point of a list of the section `during` (during.md), under the heading "What does the surgeon do?". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-during-f9d760 = They take X-rays to check that the nail is in the right place.

# A paragraph of the section `during` (during.md), under the heading "What does the surgeon do?". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-during-974b04 = The cuts are closed with stitches or clips and covered with dressings.

# A heading of the section `during` (during.md). Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-during-3b7518 = Waking up

# A paragraph of the section `during` (during.md), under the heading "Waking up". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-during-7bd9e5 = You will wake up in the recovery room, and then go back to the ward. Your leg may feel sore, and you will have medicine for pain. A physiotherapist will help you get out of bed and start walking with crutches.

# A paragraph of the section `during` (during.md), under the heading "Waking up". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-during-b27c67 = You will stay in hospital for a short time after the operation. Your team will tell you how long to expect.

# A paragraph of the section `after` (after.md). Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-after-4b743f = Treatment has three stages: a short rest after the operation, the lengthening stage, and then a longer stage while the new bone hardens.

# A heading of the section `after` (after.md). Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-after-3b5383 = The lengthening stage

# A paragraph of the section `after` (after.md), under the heading "The lengthening stage". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-after-1fdba8 = The nail starts to get longer a few days after the operation. It usually gets longer by about 1 mm a day, in small steps spread through the day. NICE's earlier guidance describes studies where legs were lengthened by between 0.82 and 1.11 mm a day. Your team will set the right amount for you.

# A paragraph of the section `after` (after.md), under the heading "The lengthening stage". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-after-690401 = If your nail uses a magnet controller, you or someone at home will use it at set times each day. Your team will show you how. Keep a note of each time you use it.

# A paragraph of the section `after` (after.md), under the heading "The lengthening stage". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-after-21b87a = While the leg is getting longer, you may feel:

# A point of a list of the section `after` (after.md), under the heading "The lengthening stage". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-after-226ef6 = tightness or soreness in your muscles and joints

# A point of a list of the section `after` (after.md), under the heading "The lengthening stage". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-after-f0163f = some pain, mostly after each small lengthening step

# A point of a list of the section `after` (after.md), under the heading "The lengthening stage". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-after-701ddf = tiredness, and frustration that everyday things take longer.

# A heading of the section `after` (after.md). Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-after-099b2b = Physiotherapy and exercises

# A paragraph of the section `after` (after.md), under the heading "Physiotherapy and exercises". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-after-811973 = Physiotherapy is a very important part of treatment. As the bone gets longer, the muscles around it are stretched. Without exercise, your knee, hip or ankle can become stiff.

# A point of a list of the section `after` (after.md), under the heading "Physiotherapy and exercises". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-after-e6dfa9 = Do the exercises your physiotherapist gives you every day.

# A point of a list of the section `after` (after.md), under the heading "Physiotherapy and exercises". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-after-0f350d = Go to all your physiotherapy sessions.

# A point of a list of the section `after` (after.md), under the heading "Physiotherapy and exercises". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-after-23925a = Use your crutches, and only put as much weight on the leg as your team says.

# A heading of the section `after` (after.md). Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-after-ad1f13 = Check-ups

# A paragraph of the section `after` (after.md), under the heading "Check-ups". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-after-f0d640 = You will have regular check-ups while the leg is getting longer, with X-rays to see how the new bone is growing. Your team may change how fast the nail gets longer. Once the lengthening stops, check-ups become less frequent while the bone hardens. This hardening stage takes longer than the lengthening stage. Slowly you can put more weight on the leg.

# A heading of the section `after` (after.md). Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-after-7edbcf = When to get help

# A paragraph of the section `after` (after.md), under the heading "When to get help". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-after-2ec4b8 = Contact the team straight away if:

# A point of a list of the section `after` (after.md), under the heading "When to get help". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-after-d7098b = your wound becomes red, hot, swollen or leaks fluid

# A point of a list of the section `after` (after.md), under the heading "When to get help". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-after-7ca88e = you have a high temperature or feel unwell

# A point of a list of the section `after` (after.md), under the heading "When to get help". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-after-376db1 = the pain gets much worse, or your leg or foot feels numb or tingly

# A point of a list of the section `after` (after.md), under the heading "When to get help". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-after-8749d9 = you cannot move your toes, ankle or knee as well as before

# A point of a list of the section `after` (after.md), under the heading "When to get help". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-after-25ab5b = the controller does not seem to work, or the leg seems to stop getting longer.

# A heading of the section `after` (after.md). Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-after-033cc5 = Taking the nail out

# A paragraph of the section `after` (after.md), under the heading "Taking the nail out". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-after-16cd8e = Once the bone has fully healed, your surgeon may suggest taking the nail out. This is usually a smaller operation than the first one. Ask your team whether you will need it, and when.

# A heading of the section `after` (after.md). Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-after-910126 = Looking after your feelings

# A paragraph of the section `after` (after.md), under the heading "Looking after your feelings". Keep **bold**, *emphasis* and [words](address) links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: write no `#`, `-` or blank line.
section-after-276d4c = Leg lengthening takes a long time. It is normal to feel low, worried or fed up at times. Tell your team how you feel. They can put you in touch with psychological support.

