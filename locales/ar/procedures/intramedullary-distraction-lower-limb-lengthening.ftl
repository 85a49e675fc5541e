# procedures/intramedullary-distraction-lower-limb-lengthening.ftl in ar. Translate the text after each `=`; the comment above each
# message shows the current en-GB text. Numbers, dates and names
# arrive as variables such as { $events }: keep them, never type a figure.

# en-GB: Making a shorter leg longer with a nail inside the bone

title = تطويل الساق الأقصر بمسمار داخل العظم

# en-GB: This information is for people who have one leg shorter than the other, and for their families. It explains an operation that makes the shorter leg longer with a nail inside the bone. It also explains the other choices, including doing nothing. There is not much good evidence about this operation yet, so some things are not known.

summary = هذه المعلومات موجّهة للأشخاص الذين تكون إحدى ساقيهم أقصر من الأخرى، ولعائلاتهم. وهي تشرح عملية جراحية تُطوِّل الساق الأقصر بمسمار داخل العظم. كما تشرح الخيارات الأخرى، ومنها عدم فعل أي شيء. لا توجد حتى الآن أدلة جيدة كثيرة عن هذه العملية، لذلك هناك أمور غير معروفة.

# en-GB: One of your legs is shorter than the other. Doctors call this a leg length difference. You may have been born with it. It can also happen after a broken bone, an infection or a tumour, or when a bone does not grow as it should. A small difference may cause no trouble. A bigger difference can make you limp and get tired more easily. Some people get aches in the back, hips or knees. It can also affect how you feel about yourself and what you can do. In a child who is still growing, the difference can get bigger over time.

condition = إحدى ساقيك أقصر من الأخرى. يسمّي الأطباء ذلك "اختلاف طول الساقين". ربما وُلدت بهذه الحالة. ويمكن أن تحدث أيضًا بعد كسر في العظم، أو عدوى، أو ورم، أو عندما لا ينمو العظم كما ينبغي. قد لا يسبّب الاختلاف البسيط أي مشكلة. أما الاختلاف الأكبر فقد يجعلك تعرج وتتعب بسهولة أكبر. يشعر بعض الأشخاص بآلام في الظهر أو الوركين أو الركبتين. وقد يؤثر الاختلاف أيضًا على شعورك تجاه نفسك وعلى ما تستطيع القيام به. وعند الطفل الذي لا يزال ينمو، قد يزداد الاختلاف مع مرور الوقت.

# en-GB: You are deciding whether to have an operation to make your shorter leg longer with a nail inside the bone. The other choices are an outside frame, a shoe raise, or doing nothing for now.

decision = أنت تقرّر ما إذا كنت ستخضع لعملية جراحية لتطويل ساقك الأقصر بمسمار داخل العظم. الخيارات الأخرى هي إطار خارجي، أو تعلية الحذاء، أو عدم فعل أي شيء في الوقت الحالي.

# en-GB: There are only a few studies of this operation, and most of them are small. Many looked at patients from just one hospital. Few compared the nail with other treatments, and few followed people up for a long time. NICE says the evidence is limited in amount and in quality. So the figures here are a rough guide, not a promise of what will happen to you.

evidence-summary = لا توجد سوى دراسات قليلة عن هذه العملية، ومعظمها صغير. وكثير منها درس مرضى من مستشفى واحد فقط. وقليل منها قارن المسمار بعلاجات أخرى، وقليل منها تابع الأشخاص لفترة طويلة. تقول هيئة NICE إن الأدلة محدودة من حيث الكمية والجودة. لذلك فإن الأرقام هنا دليل تقريبي، وليست وعدًا بما سيحدث لك.

# en-GB: NICE says this operation should only be done with special arrangements. This is because the evidence is limited. It does not mean the operation is wrong for you. It means there are things nobody knows yet.

special-arrangements-why = تقول هيئة NICE إن هذه العملية يجب ألّا تُجرى إلا بترتيبات خاصة. والسبب أن الأدلة محدودة. هذا لا يعني أن العملية غير مناسبة لك. بل يعني أن هناك أمورًا لا يعرفها أحد حتى الآن.

# en-GB: The people at the hospital who look after safety are told about this operation. They check it more closely than usual.

special-arrangements-closer-checks = يُبلَّغ المسؤولون عن السلامة في المستشفى بهذه العملية. ويراقبونها عن كثب أكثر من المعتاد.

# en-GB: Your team records how every patient who has this operation does. They look at these results regularly.

special-arrangements-records = يسجّل فريقك كيف تسير حالة كل مريض يخضع لهذه العملية. ويراجعون هذه النتائج بانتظام.

# en-GB: Before you agree, your team makes sure you understand what is known and what is not known. This includes the risks, the benefits and the gaps in the evidence.

special-arrangements-understand-first = قبل أن توافق، يتأكد فريقك من أنك تفهم ما هو معروف وما هو غير معروف. ويشمل ذلك المخاطر والفوائد والنقص في الأدلة.

# en-GB: You can take your time, ask as many questions as you need and bring someone with you. You can say no, or change your mind.

special-arrangements-time-to-decide = يمكنك أن تأخذ وقتك، وأن تطرح كل الأسئلة التي تحتاج إليها، وأن تُحضر شخصًا معك. يمكنك أن ترفض، أو أن تغيّر رأيك.

# en-GB: Surgeons who do this operation talk about their results each year, to learn and get better.

special-arrangements-surgeons-learn = يناقش الجرّاحون الذين يُجرون هذه العملية نتائجهم كل عام، لكي يتعلّموا ويتحسّنوا.

# en-GB: People who have one leg shorter than the other, where the difference affects their daily life.

for-one-leg-shorter = الأشخاص الذين تكون إحدى ساقيهم أقصر من الأخرى، عندما يؤثر هذا الاختلاف على حياتهم اليومية.

# en-GB: Adults and children. Your team will check that your bone is the right size and shape for a nail.

for-children-and-adults = البالغون والأطفال. سيتحقق فريقك من أن حجم عظمك وشكله مناسبان للمسمار.

# en-GB: People who can come to clinic and physiotherapy often, for several months, and do exercises at home.

for-able-to-take-part = الأشخاص القادرون على الحضور إلى العيادة وإلى جلسات العلاج الطبيعي كثيرًا، لعدة أشهر، والقيام بالتمارين في المنزل.

# en-GB: Making both legs longer so that a person is taller (for short stature). NICE's advice does not cover this.

not-for-short-stature = تطويل الساقين كلتيهما لكي يصبح الشخص أطول (بسبب قِصَر القامة). نصيحة هيئة NICE لا تشمل ذلك.

# en-GB: Lengthening nail inside the bone

option-nail-name = مسمار إطالة داخل العظم

# en-GB: A surgeon puts a metal rod, called a nail, inside your bone. The nail is made a little longer each day, and new bone grows in the gap. Doctors call this intramedullary distraction.

option-nail-summary = يضع الجرّاح قضيبًا معدنيًا، يُسمّى المسمار، داخل عظمك. يُطوَّل المسمار قليلًا كل يوم، وينمو عظم جديد في الفجوة. يسمّي الأطباء ذلك "الشدّ داخل النخاع" (intramedullary distraction).

# en-GB: You have an operation while you are asleep. The surgeon cuts the bone and slides the nail into the hollow middle of it. After a few days, the nail starts to get longer by a tiny amount each day. Often you do this at home with a small controller that uses a magnet. When the leg is long enough, the new bone slowly hardens. The nail may be taken out later in a smaller operation.

option-nail-what-happens = تُجرى لك العملية وأنت نائم. يقطع الجرّاح العظم ويُدخل المسمار في التجويف الموجود في وسطه. بعد بضعة أيام، يبدأ المسمار بالازدياد في الطول بمقدار صغير جدًا كل يوم. غالبًا ما تقوم بذلك في المنزل بجهاز تحكم صغير يعمل بمغناطيس. عندما تصبح الساق طويلة بما يكفي، يتصلّب العظم الجديد ببطء. قد يُزال المسمار لاحقًا في عملية أصغر.

# en-GB: Recovery takes many months. You will use crutches, and you must not put all your weight on the leg for a while. You will need physiotherapy and regular check-ups with X-rays. As the leg is stretched, muscles and joints can feel tight and sore. The new bone takes longer to harden than it took to grow.

option-nail-recovery = يستغرق التعافي أشهرًا كثيرة. ستستخدم العكازات، ويجب ألّا تضع كامل وزنك على الساق لفترة من الوقت. ستحتاج إلى علاج طبيعي وإلى فحوصات متابعة منتظمة مع صور بالأشعة السينية. مع تمدّد الساق، قد تشعر بأن عضلاتك ومفاصلك مشدودة ومؤلمة. يحتاج العظم الجديد إلى وقت ليتصلّب أطول من الوقت الذي احتاجه لينمو.

# en-GB: There is no frame on the outside of your leg, so you can wear your usual clothes. You will have some small scars. While the leg is lengthening, you have to work the nail at set times each day, go to physiotherapy and do exercises at home. You may need time off school or work, and help at home. Pain, tiredness and not doing your usual things can be hard. Some people feel low, worried or fed up during a long treatment. This is normal, and your team can help.

option-nail-daily-life = لا يوجد إطار على الجزء الخارجي من ساقك، لذلك يمكنك ارتداء ملابسك المعتادة. ستكون لديك بعض الندوب الصغيرة. أثناء إطالة الساق، عليك تشغيل المسمار في أوقات محددة كل يوم، والذهاب إلى جلسات العلاج الطبيعي، والقيام بالتمارين في المنزل. قد تحتاج إلى التغيّب عن المدرسة أو العمل لبعض الوقت، وإلى مساعدة في المنزل. قد يكون الألم والتعب وعدم القيام بأمورك المعتادة أمرًا صعبًا. يشعر بعض الأشخاص بالإحباط أو القلق أو الضجر خلال علاج طويل. هذا أمر طبيعي، ويمكن لفريقك أن يساعدك.

# en-GB: The leg reaches its planned length

option-nail-benefit-reach-planned-length-label = تصل الساق إلى الطول المخطَّط له

# en-GB: Before the operation, your team plans how much longer the leg should be. This shows how often lengthened bones reached that length in one study.

option-nail-benefit-reach-planned-length-detail = قبل العملية، يخطّط فريقك لمقدار الطول الذي يجب أن تزيده الساق. يبيّن هذا الرقم كم مرة وصلت العظام التي جرى تطويلها إلى هذا الطول في دراسة واحدة.

# en-GB: Walking and moving get easier

option-nail-benefit-better-function-label = يصبح المشي والحركة أسهل

# en-GB: NICE sees this as one of the main aims of the operation. There is no trustworthy figure for how often it happens.

option-nail-benefit-better-function-detail = ترى هيئة NICE أن هذا من الأهداف الرئيسية للعملية. لا يوجد رقم موثوق يبيّن كم مرة يحدث ذلك.

# en-GB: Daily life feels better overall

option-nail-benefit-better-quality-of-life-label = تتحسّن الحياة اليومية بشكل عام

# en-GB: Few studies have asked people how the operation changed their life.

option-nail-benefit-better-quality-of-life-detail = سألت دراسات قليلة فقط الأشخاص عن الطريقة التي غيّرت بها العملية حياتهم.

# en-GB: Problems during treatment (complications)

option-nail-risk-any-complication-label = مشكلات أثناء العلاج (مضاعفات)

# en-GB: This counts problems, not people. One bone can have more than one problem, so fewer bones than this had a problem. Some problems are small and easy to put right. Others need another operation.

option-nail-risk-any-complication-detail = يَعُدّ هذا الرقم المشكلات، وليس الأشخاص. قد تحدث أكثر من مشكلة في العظمة الواحدة، لذلك فإن عدد العظام التي حدثت فيها مشكلة أقل من هذا العدد. بعض المشكلات بسيطة ويسهل إصلاحها. وبعضها الآخر يحتاج إلى عملية أخرى.

# en-GB: A big change of plan, such as another operation

option-nail-risk-change-of-plan-label = تغيير كبير في الخطة، مثل عملية أخرى

# en-GB: For example, an extra operation, or a change to how the leg is lengthened.

option-nail-risk-change-of-plan-detail = على سبيل المثال، عملية إضافية، أو تغيير في طريقة إطالة الساق.

# en-GB: The treatment does not reach its goal

option-nail-risk-goal-not-reached-label = لا يحقق العلاج هدفه

# en-GB: The treatment does not do what it set out to do. For example, the leg ends up shorter than planned.

option-nail-risk-goal-not-reached-detail = لا يحقق العلاج ما كان يهدف إليه. على سبيل المثال، تصبح الساق في النهاية أقصر مما كان مخطَّطًا له.

# en-GB: A lasting problem, or a new health problem

option-nail-risk-lasting-problem-label = مشكلة مستمرة، أو مشكلة صحية جديدة

# en-GB: A problem that does not go away after the treatment has ended, or a new health problem caused by the treatment.

option-nail-risk-lasting-problem-detail = مشكلة لا تزول بعد انتهاء العلاج، أو مشكلة صحية جديدة يسبّبها العلاج.

# en-GB: The nail fails

option-nail-risk-nail-fails-label = يتعطّل المسمار

# en-GB: The nail breaks or stops working as it should. Doctors call this implant failure. You may need another operation.

option-nail-risk-nail-fails-detail = ينكسر المسمار أو يتوقف عن العمل كما ينبغي. يسمّي الأطباء ذلك "فشل الغرسة" (implant failure). قد تحتاج إلى عملية أخرى.

# en-GB: Infection

option-nail-risk-infection-label = العدوى

# en-GB: Germs get into the wound or the bone. There is no trustworthy figure for how often this happens with a nail.

option-nail-risk-infection-detail = تدخل الجراثيم إلى الجرح أو العظم. لا يوجد رقم موثوق يبيّن كم مرة يحدث ذلك مع المسمار.

# en-GB: Pain

option-nail-risk-pain-label = الألم

# en-GB: The leg can hurt, mostly while it is being stretched. There is no trustworthy figure for how often pain is a problem.

option-nail-risk-pain-detail = قد تؤلمك الساق، وغالبًا ما يكون ذلك أثناء تمديدها. لا يوجد رقم موثوق يبيّن كم مرة يكون الألم مشكلة.

# en-GB: The new bone is slow to heal, or does not heal

option-nail-risk-slow-bone-healing-label = يلتئم العظم الجديد ببطء، أو لا يلتئم

# en-GB: Doctors call this delayed union or non-union. You may need more time on crutches, or another operation.

option-nail-risk-slow-bone-healing-detail = يسمّي الأطباء ذلك "تأخّر الالتئام" أو "عدم الالتئام" (delayed union or non-union). قد تحتاج إلى استخدام العكازات لوقت أطول، أو إلى عملية أخرى.

# en-GB: Outside frame

option-fixator-name = إطار خارجي

# en-GB: A surgeon fixes a metal frame to the outside of your leg. Pins or wires go through the skin into the bone. The frame is adjusted a little each day to make the bone longer. Doctors call this an external fixator.

option-fixator-summary = يثبّت الجرّاح إطارًا معدنيًا على الجزء الخارجي من ساقك. تمرّ دبابيس أو أسلاك عبر الجلد إلى العظم. يُعدَّل الإطار قليلًا كل يوم لتطويل العظم. يسمّي الأطباء ذلك "المثبّت الخارجي" (external fixator).

# en-GB: You have an operation while you are asleep. The surgeon cuts the bone and fixes the frame to it with pins or wires. After a few days, the frame is adjusted a little each day. The bone slowly gets longer, and new bone grows in the gap. When the leg is long enough, the frame stays on while the new bone hardens. It is then taken off in another, shorter procedure.

option-fixator-what-happens = تُجرى لك العملية وأنت نائم. يقطع الجرّاح العظم ويثبّت الإطار عليه بالدبابيس أو الأسلاك. بعد بضعة أيام، يُعدَّل الإطار قليلًا كل يوم. يطول العظم ببطء، وينمو عظم جديد في الفجوة. عندما تصبح الساق طويلة بما يكفي، يبقى الإطار في مكانه بينما يتصلّب العظم الجديد. ثم يُزال الإطار في إجراء آخر أقصر.

# en-GB: Recovery takes many months. The frame stays on the whole time the bone is getting longer and hardening. You will need physiotherapy and regular check-ups with X-rays. You will also need to clean the skin where the pins go in every day. You will use crutches for a while. As the leg is stretched, muscles and joints can feel tight and sore.

option-fixator-recovery = يستغرق التعافي أشهرًا كثيرة. يبقى الإطار في مكانه طوال الوقت الذي يطول فيه العظم ثم يتصلّب. ستحتاج إلى علاج طبيعي وإلى فحوصات متابعة منتظمة مع صور بالأشعة السينية. ستحتاج أيضًا إلى تنظيف الجلد حول أماكن دخول الدبابيس كل يوم. ستستخدم العكازات لفترة من الوقت. مع تمدّد الساق، قد تشعر بأن عضلاتك ومفاصلك مشدودة ومؤلمة.

# en-GB: The frame is on the outside of your leg, so other people can see it. It can make dressing, sleeping and getting about harder, and some clothes will not fit over it. You may need time off school or work, and help at home. Some people find a frame hard to live with, or do not want one. Pain, tiredness and not doing your usual things can be hard. Some people feel low, worried or fed up during a long treatment. This is normal, and your team can help. Frames are used less often now than in the past.

option-fixator-daily-life = يكون الإطار على الجزء الخارجي من ساقك، لذلك يستطيع الآخرون رؤيته. قد يجعل ارتداء الملابس والنوم والتنقّل أصعب، ولا يمكن ارتداء بعض الملابس فوقه. قد تحتاج إلى التغيّب عن المدرسة أو العمل لبعض الوقت، وإلى مساعدة في المنزل. يجد بعض الأشخاص صعوبة في العيش مع الإطار، أو لا يريدونه. قد يكون الألم والتعب وعدم القيام بأمورك المعتادة أمرًا صعبًا. يشعر بعض الأشخاص بالإحباط أو القلق أو الضجر خلال علاج طويل. هذا أمر طبيعي، ويمكن لفريقك أن يساعدك. تُستخدم الأطر الآن بشكل أقل مما كانت تُستخدم في الماضي.

# en-GB: The leg reaches its planned length

option-fixator-benefit-reach-planned-length-label = تصل الساق إلى الطول المخطَّط له

# en-GB: A study compared frames with nails in the thigh bone. This information does not give a figure for frames yet.

option-fixator-benefit-reach-planned-length-detail = قارنت دراسة بين الأطر والمسامير في عظم الفخذ. لا تعطي هذه المعلومات رقمًا خاصًا بالأطر حتى الآن.

# en-GB: Walking and moving get easier

option-fixator-benefit-better-function-label = يصبح المشي والحركة أسهل

# en-GB: Frames have been used to make legs longer for many years. There is no trustworthy figure for how often walking gets easier.

option-fixator-benefit-better-function-detail = تُستخدم الأطر لتطويل الساقين منذ سنوات كثيرة. لا يوجد رقم موثوق يبيّن كم مرة يصبح المشي أسهل.

# en-GB: Daily life feels better overall

option-fixator-benefit-better-quality-of-life-label = تتحسّن الحياة اليومية بشكل عام

# en-GB: Few studies have asked people how a frame changed their life.

option-fixator-benefit-better-quality-of-life-detail = سألت دراسات قليلة فقط الأشخاص عن الطريقة التي غيّر بها الإطار حياتهم.

# en-GB: Problems during treatment (complications)

option-fixator-risk-any-complication-label = مشكلات أثناء العلاج (مضاعفات)

# en-GB: NICE's earlier advice lists several problems with frames, but gives no figures.

option-fixator-risk-any-complication-detail = تذكر نصيحة هيئة NICE السابقة عدة مشكلات تحدث مع الأطر، لكنها لا تعطي أي أرقام.

# en-GB: Infection

option-fixator-risk-infection-label = العدوى

# en-GB: Germs get in where the pins go through the skin. Doctors call this a pin-site infection.

option-fixator-risk-infection-detail = تدخل الجراثيم من الأماكن التي تمرّ فيها الدبابيس عبر الجلد. يسمّي الأطباء ذلك "عدوى موضع الدبوس" (pin-site infection).

# en-GB: Pain

option-fixator-risk-pain-label = الألم

# en-GB: The leg can hurt, both from the stretching and where the pins go in.

option-fixator-risk-pain-detail = قد تؤلمك الساق بسبب التمديد، وأيضًا في الأماكن التي تدخل منها الدبابيس.

# en-GB: A hip or knee joint slips out of place

option-fixator-risk-joint-slips-out-label = ينزاح مفصل الورك أو الركبة من مكانه

# en-GB: The stretching can pull a joint partly or fully out of place. Doctors call this subluxation or dislocation.

option-fixator-risk-joint-slips-out-detail = قد يؤدي التمديد إلى سحب المفصل من مكانه جزئيًا أو كليًا. يسمّي الأطباء ذلك "الخلع الجزئي" أو "الخلع" (subluxation or dislocation).

# en-GB: The bone heals bent

option-fixator-risk-bone-heals-bent-label = يلتئم العظم منحنيًا

# en-GB: The new bone heals at an angle instead of straight. Doctors call this an angulation deformity.

option-fixator-risk-bone-heals-bent-detail = يلتئم العظم الجديد بزاوية بدلًا من أن يكون مستقيمًا. يسمّي الأطباء ذلك "التشوّه الزاوي" (angulation deformity).

# en-GB: Shoe raise and other help without an operation

option-shoe-raise-name = تعلية الحذاء ومساعدات أخرى دون عملية جراحية

# en-GB: A raise is added to your shoe, or an insole is put inside it, to make up for the shorter leg. Physiotherapy and other support can help with how you walk and with any aches.

option-shoe-raise-summary = تُضاف تعلية إلى حذائك، أو يوضع نعل داخلي فيه، لتعويض قِصَر الساق. يمكن أن يساعد العلاج الطبيعي وأنواع الدعم الأخرى في طريقة مشيك وفي أي آلام تشعر بها.

# en-GB: A specialist in supports for the body, called an orthotist, measures your legs. They make or fit the raise. A small raise can go inside the shoe. A bigger one is built onto the sole. A physiotherapist can give you exercises for balance, strength and any aches. The raise may need changing as you grow or as your shoes wear out.

option-shoe-raise-what-happens = يأخذ أخصائي في الأجهزة الداعمة للجسم قياسات ساقيك، ويُسمّى "أخصائي الأجهزة التقويمية" (orthotist). ثم يصنع التعلية أو يركّبها لك. يمكن وضع التعلية الصغيرة داخل الحذاء. أما التعلية الأكبر فتُبنى على نعل الحذاء من الخارج. يمكن لأخصائي العلاج الطبيعي أن يعطيك تمارين للتوازن والقوة ولأي آلام. قد تحتاج التعلية إلى تغيير مع نموّك أو عندما يبلى حذاؤك.

# en-GB: There is no operation, so there is no time to recover. It can take a little while to get used to walking with a raise.

option-shoe-raise-recovery = لا توجد عملية جراحية، لذلك لا تحتاج إلى وقت للتعافي. قد تحتاج إلى بعض الوقت لتعتاد على المشي بالتعلية.

# en-GB: You wear the raise whenever you want your legs to feel level. Not all shoes can take a raise, so your choice of shoes may be limited. A built-up shoe can be seen, and some people feel self-conscious about it. Your leg stays the same length, so the difference is still there when you take your shoes off. You can stop at any time, and you can still choose an operation later.

option-shoe-raise-daily-life = ترتدي التعلية متى أردت أن تشعر بأن ساقيك متساويتان. لا يمكن إضافة تعلية إلى كل الأحذية، لذلك قد يكون اختيارك للأحذية محدودًا. يمكن للآخرين رؤية الحذاء ذي النعل المرتفع، ويشعر بعض الأشخاص بالحرج بسببه. يبقى طول ساقك كما هو، لذلك يبقى الاختلاف موجودًا عندما تخلع حذاءك. يمكنك التوقف في أي وقت، ولا يزال بإمكانك اختيار العملية لاحقًا.

# en-GB: Walking and moving get easier

option-shoe-raise-benefit-better-function-label = يصبح المشي والحركة أسهل

# en-GB: A raise can make your walk more even. We do not know how often this helps.

option-shoe-raise-benefit-better-function-detail = يمكن أن تجعل التعلية مشيتك أكثر توازنًا. لا نعرف كم مرة يساعد ذلك.

# en-GB: Fewer aches in the back, hips or knees

option-shoe-raise-benefit-fewer-aches-label = آلام أقل في الظهر أو الوركين أو الركبتين

# en-GB: Some people find aches ease when their legs are level. We do not know how often this happens.

option-shoe-raise-benefit-fewer-aches-detail = يجد بعض الأشخاص أن الآلام تخفّ عندما تتساوى ساقاهم. لا نعرف كم مرة يحدث ذلك.

# en-GB: The raise feels awkward or uncomfortable

option-shoe-raise-risk-raise-uncomfortable-label = تكون التعلية مزعجة أو غير مريحة

# en-GB: A big raise can feel heavy, or make you feel unsteady at first.

option-shoe-raise-risk-raise-uncomfortable-detail = قد تبدو التعلية الكبيرة ثقيلة، أو تجعلك تشعر بعدم الثبات في البداية.

# en-GB: The difference gets bigger as a child grows

option-shoe-raise-risk-difference-grows-label = يزداد الاختلاف مع نموّ الطفل

# en-GB: This only applies to children who are still growing. A raise does not change how the bones grow. Your team can tell you whether this is likely for your child.

option-shoe-raise-risk-difference-grows-detail = ينطبق هذا فقط على الأطفال الذين لا يزالون ينمون. التعلية لا تغيّر طريقة نموّ العظام. يمكن لفريقك أن يخبرك ما إذا كان هذا مرجّحًا لطفلك.

# en-GB: Doing nothing for now

option-nothing-name = عدم فعل أي شيء في الوقت الحالي

# en-GB: You choose not to have treatment now. You can change your mind and talk to your team again at any time.

option-nothing-summary = تختار ألّا تتلقى علاجًا الآن. يمكنك أن تغيّر رأيك وتتحدث إلى فريقك مرة أخرى في أي وقت.

# en-GB: Nothing changes in your treatment. Your team may offer check-ups to see whether the difference changes, mostly in a child who is still growing. You can ask to talk about the other choices again whenever you want.

option-nothing-what-happens = لا يتغيّر شيء في علاجك. قد يعرض عليك فريقك فحوصات متابعة لمعرفة ما إذا كان الاختلاف يتغيّر، وخاصةً عند الطفل الذي لا يزال ينمو. يمكنك أن تطلب التحدث عن الخيارات الأخرى مرة أخرى متى شئت.

# en-GB: There is no operation, so there is no time to recover.

option-nothing-recovery = لا توجد عملية جراحية، لذلك لا تحتاج إلى وقت للتعافي.

# en-GB: You avoid the risks, the time off and the hard work of an operation. Your leg stays as it is. If the difference is small, you may notice very little. If it is bigger, you may keep limping, get tired more easily, or feel self-conscious about how you walk.

option-nothing-daily-life = تتجنّب المخاطر، والتغيّب عن المدرسة أو العمل، والجهد الكبير الذي تتطلبه العملية. تبقى ساقك كما هي. إذا كان الاختلاف صغيرًا، فقد لا تلاحظ إلا القليل جدًا. وإذا كان أكبر، فقد تستمر في العرج، أو تتعب بسهولة أكبر، أو تشعر بالحرج من طريقة مشيك.

# en-GB: You manage well without treatment

option-nothing-benefit-manage-without-treatment-label = تتدبّر أمورك جيدًا دون علاج

# en-GB: If the difference is small, you may not need any treatment. We do not know how often this is the case.

option-nothing-benefit-manage-without-treatment-detail = إذا كان الاختلاف صغيرًا، فقد لا تحتاج إلى أي علاج. لا نعرف كم مرة يكون الأمر كذلك.

# en-GB: Aches in the back, hips or knees

option-nothing-risk-aches-from-uneven-legs-label = آلام في الظهر أو الوركين أو الركبتين

# en-GB: An uneven walk can lead to aches. We do not know how often this happens.

option-nothing-risk-aches-from-uneven-legs-detail = قد تؤدي المشية غير المتوازنة إلى آلام. لا نعرف كم مرة يحدث ذلك.

# en-GB: The difference gets bigger as a child grows

option-nothing-risk-difference-grows-label = يزداد الاختلاف مع نموّ الطفل

# en-GB: This only applies to children who are still growing. Your team can tell you whether this is likely for your child.

option-nothing-risk-difference-grows-detail = ينطبق هذا فقط على الأطفال الذين لا يزالون ينمون. يمكن لفريقك أن يخبرك ما إذا كان هذا مرجّحًا لطفلك.

# en-GB: We do not know how people do many years after the operation. Few studies followed people up for a long time.

uncertainty-long-term = لا نعرف كيف تكون حالة الأشخاص بعد سنوات كثيرة من العملية. تابعت دراسات قليلة فقط الأشخاص لفترة طويلة.

# en-GB: Few studies asked people how the operation changed their daily life, their feelings or what they can do. NICE has asked for more research on this.

uncertainty-quality-of-life = سألت دراسات قليلة فقط الأشخاص عن الطريقة التي غيّرت بها العملية حياتهم اليومية أو مشاعرهم أو ما يستطيعون القيام به. وقد طلبت هيئة NICE إجراء المزيد من الأبحاث حول ذلك.

# en-GB: There are several types of lengthening nail. They work in different ways, and they keep changing. Results with one nail may not be the same with another.

uncertainty-devices-differ = هناك عدة أنواع من مسامير الإطالة. وهي تعمل بطرق مختلفة، وتتغيّر باستمرار. النتائج مع أحد المسامير قد لا تكون هي نفسها مع مسمار آخر.

# en-GB: There are few studies, and most are small. Many come from a single hospital. Results in one hospital may not be the same in another.

uncertainty-small-studies = الدراسات قليلة، ومعظمها صغير. وكثير منها جاء من مستشفى واحد. النتائج في أحد المستشفيات قد لا تكون هي نفسها في مستشفى آخر.

# en-GB: Children are still growing, and their bones heal in a different way from adults. There is not enough evidence to say how results differ between children and adults.

uncertainty-children-and-adults = لا يزال الأطفال ينمون، وعظامهم تلتئم بطريقة مختلفة عن عظام البالغين. لا توجد أدلة كافية لمعرفة كيف تختلف النتائج بين الأطفال والبالغين.

# en-GB: Frames are used less often now. So there are few recent figures for frames, and it is hard to compare them fairly with nails.

uncertainty-frames-less-studied = تُستخدم الأطر الآن بشكل أقل. لذلك هناك أرقام حديثة قليلة عن الأطر، ومن الصعب مقارنتها بالمسامير مقارنةً عادلة.

# en-GB: Some of the people in the largest review of studies had both legs lengthened to make them taller. This leaflet is not about that, and their results may differ from people who have one shorter leg.

uncertainty-short-stature-in-studies = بعض الأشخاص في أكبر مراجعة للدراسات خضعوا لتطويل ساقيهم كلتيهما لكي يصبحوا أطول. هذه النشرة لا تتناول ذلك، وقد تختلف نتائجهم عن نتائج الأشخاص الذين لديهم ساق واحدة أقصر.

# en-GB: NICE asked patients to comment on this operation, but nobody did. So NICE's advice does not include what patients think of it.

uncertainty-no-patient-views = طلبت هيئة NICE من المرضى إبداء آرائهم في هذه العملية، لكن لم يفعل ذلك أحد. لذلك لا تتضمن نصيحة هيئة NICE رأي المرضى فيها.

# en-GB: A team of experts from different fields meets to talk about whether this operation suits you. NICE says this team should, if possible, include a physiotherapist and someone who helps with feelings (psychological support).

team-team-decides = يجتمع فريق من الخبراء من مجالات مختلفة لمناقشة ما إذا كانت هذه العملية مناسبة لك. تقول هيئة NICE إن هذا الفريق يجب أن يضم، إن أمكن، أخصائي علاج طبيعي وشخصًا يساعد في التعامل مع المشاعر (الدعم النفسي).

# en-GB: Your surgeon is trained in limb lengthening and has done it before. This operation is only done in specialist centres.

team-surgeon = جرّاحك مدرَّب على إطالة الأطراف وسبق له أن أجراها. لا تُجرى هذه العملية إلا في مراكز متخصصة.

# en-GB: A physiotherapist helps you get ready for the operation. Afterwards, they help you keep your joints moving and your muscles strong.

team-physiotherapist = يساعدك أخصائي العلاج الطبيعي على الاستعداد للعملية. وبعدها، يساعدك على إبقاء مفاصلك متحرّكة وعضلاتك قوية.

# en-GB: A psychologist or counsellor can help you think about what you hope for. They can also support you with worry or low mood during a long treatment.

team-psychological-support = يمكن لأخصائي نفسي أو مرشد نفسي أن يساعدك على التفكير فيما تأمل فيه. ويمكنه أيضًا أن يدعمك إذا شعرت بالقلق أو بالإحباط خلال علاج طويل.

# en-GB: Specialist nurses show you how to care for your wound and how to use the controller. They can answer questions between check-ups.

team-nurses = يعلّمك ممرضون متخصصون كيف تعتني بجرحك وكيف تستخدم جهاز التحكم. ويمكنهم الإجابة عن أسئلتك بين مواعيد المتابعة.

# en-GB: You and your family are part of the team. What matters to you helps decide what is right for you.

team-you-and-family = أنت وعائلتك جزء من الفريق. ما يهمّك يساعد في تحديد ما هو مناسب لك.

# en-GB: How many of these operations has your team done, and how did they go?

question-team-results = كم عملية من هذا النوع أجرى فريقكم، وكيف كانت نتائجها؟

# en-GB: Which nail would you use for me, and why that one?

question-which-nail = أي مسمار ستستخدمون لي، ولماذا هذا المسمار بالذات؟

# en-GB: Could a frame or a shoe raise work as well for me?

question-other-options = هل يمكن أن يفيدني الإطار أو تعلية الحذاء بالقدر نفسه؟

# en-GB: How long will I need crutches, and when can I put my full weight on the leg?

question-crutches = كم من الوقت سأحتاج إلى العكازات، ومتى يمكنني أن أضع كامل وزني على الساق؟

# en-GB: How much time off school or work should I plan for?

question-time-off = كم من الوقت يجب أن أخطّط للتغيّب عن المدرسة أو العمل؟

# en-GB: How often will I need to come to clinic and to physiotherapy?

question-visits = كم مرة سأحتاج إلى الحضور إلى العيادة وإلى جلسات العلاج الطبيعي؟

# en-GB: What should I do if the leg stops getting longer, or something feels wrong?

question-what-if-wrong = ماذا يجب أن أفعل إذا توقفت الساق عن الازدياد في الطول، أو إذا شعرت بأن هناك شيئًا غير طبيعي؟

# en-GB: Who can I talk to about how I am feeling during treatment?

question-feelings = مع مَن يمكنني التحدث عن مشاعري أثناء العلاج؟

# en-GB: Will I need another operation to take the nail out?

question-nail-removal = هل سأحتاج إلى عملية أخرى لإزالة المسمار؟

# en-GB: How will my results be recorded, and who will see them?

question-my-records = كيف ستُسجَّل نتائجي، ومَن سيطّلع عليها؟

# en-GB: Your team records how you do, as it does for every patient who has this operation. This is called an audit. It is part of your normal care.

outcomes-recording-every-patient = يسجّل فريقك كيف تسير حالتك، كما يفعل مع كل مريض يخضع لهذه العملية. يُسمّى هذا "التدقيق السريري" (audit). وهو جزء من رعايتك المعتادة.

# en-GB: Not much is known about this operation yet. Recording how everyone does helps your hospital check that the operation is safe and working well.

outcomes-recording-why = لا يُعرف الكثير عن هذه العملية حتى الآن. تسجيل حالة الجميع يساعد مستشفاك على التأكد من أن العملية آمنة وتنجح بشكل جيد.

# en-GB: Your team may put your results into a tool from NICE for recording outcomes of procedures like this one. It records things like whether the leg reached its planned length and any problems.

outcomes-recording-nice-tool = قد يُدخل فريقك نتائجك في أداة من هيئة NICE لتسجيل نتائج الإجراءات المشابهة لهذا الإجراء. وهي تسجّل أمورًا مثل ما إذا كانت الساق قد وصلت إلى الطول المخطَّط له، وأي مشكلات حدثت.

# en-GB: NICE would like a national record of everyone who has this operation, called a registry. If one is set up, your team may ask to add your results to it.

outcomes-recording-registry = تودّ هيئة NICE أن يكون هناك سجلّ وطني لكل من يخضع لهذه العملية، ويُسمّى "السجلّ" (registry). إذا أُنشئ هذا السجلّ، فقد يطلب منك فريقك الإذن بإضافة نتائجك إليه.

# en-GB: Researchers may ask to use your information to learn more about this operation. They will explain what it means and ask you first.

outcomes-recording-research = قد يطلب الباحثون استخدام معلوماتك لمعرفة المزيد عن هذه العملية. وسيشرحون لك ما يعنيه ذلك ويسألونك أولًا.

# en-GB: You can say no to research, or change your mind later. This will not affect your care in any way. You can ask your team how your information is kept safe.

outcomes-recording-you-can-say-no = يمكنك أن ترفض المشاركة في الأبحاث، أو أن تغيّر رأيك لاحقًا. لن يؤثر هذا على رعايتك بأي شكل. يمكنك أن تسأل فريقك كيف يحافظون على أمان معلوماتك.

# en-GB: If you think something is wrong with your nail, controller or frame, tell your team straight away. You, your family or your team can also report it to the Medicines and Healthcare products Regulatory Agency (MHRA) through its Yellow Card scheme. This helps make devices safer for everyone.

device-reporting = إذا كنت تعتقد أن هناك خللًا في المسمار أو جهاز التحكم أو الإطار، فأخبر فريقك فورًا. يمكنك أنت أو عائلتك أو فريقك أيضًا الإبلاغ عن ذلك إلى الوكالة التنظيمية للأدوية ومنتجات الرعاية الصحية (MHRA) من خلال نظام البطاقة الصفراء (Yellow Card). يساعد هذا على جعل الأجهزة أكثر أمانًا للجميع.

# en-GB: We check this information against new studies and NICE advice at least once a year, and always by the next review date. If NICE changes its advice, or an important new study comes out, we update it sooner. Every version has a date. This lets you and your team see which version you read.

update-policy = نراجع هذه المعلومات في ضوء الدراسات الجديدة ونصائح هيئة NICE مرة واحدة في السنة على الأقل، ودائمًا في موعد أقصاه تاريخ المراجعة القادمة. إذا غيّرت هيئة NICE نصيحتها، أو صدرت دراسة جديدة مهمة، فإننا نحدّث المعلومات في وقت أقرب. لكل إصدار تاريخ. وهذا يتيح لك ولفريقك معرفة الإصدار الذي قرأته.

# en-GB: This is sample content, made to show how this tool works. It is not real advice from a real hospital. It was written by the limb reconstruction team at Example NHS Foundation Trust. A panel of patients and families then checked that it is clear and fair.

authors = هذا محتوى تجريبي أُعدّ لإظهار طريقة عمل هذه الأداة. وهو ليس نصيحة حقيقية من مستشفى حقيقي. كتبه فريق إعادة بناء الأطراف في Example NHS Foundation Trust. ثم راجعت مجموعة من المرضى والعائلات المحتوى للتأكد من أنه واضح ومنصف.

# en-GB: This is sample content. It was written by the trust's own staff as part of their usual work. No money came from companies that make lengthening nails, frames or other devices. The people who wrote it have no links with these companies that could affect what it says (no conflicts of interest).

funding = هذا محتوى تجريبي. كتبه موظفو المؤسسة (trust) ضمن عملهم المعتاد. لم تأتِ أي أموال من الشركات التي تصنع مسامير الإطالة أو الأطر أو الأجهزة الأخرى. ليس لدى الأشخاص الذين كتبوه أي صلات بهذه الشركات يمكن أن تؤثر على ما يقوله (لا يوجد تضارب في المصالح).

# en-GB: This operation makes a shorter leg longer. The surgeon puts a metal rod, called a nail, inside the bone of the shorter leg. Doctors call this intramedullary distraction. It can be done on the thigh bone or the shin bone.

section-about-638b4e = تُطوِّل هذه العملية الساق الأقصر. يضع الجرّاح قضيبًا معدنيًا، يُسمّى المسمار، داخل عظم الساق الأقصر. يسمّي الأطباء ذلك "الشدّ داخل النخاع" (intramedullary distraction). يمكن إجراؤها على عظم الفخذ أو على عظم قصبة الساق.

# en-GB: How does it work?

section-about-cea8b0 = كيف تعمل؟

# en-GB: The surgeon makes a clean break in the bone during the operation. The nail holds the two parts of the bone in line. After a few days, the nail starts to get longer by a tiny amount each day. This slowly pulls the two parts of the bone apart.

section-about-9d51f8 = أثناء العملية، يكسر الجرّاح العظم كسرًا نظيفًا. يُبقي المسمار جزأي العظم على خط واحد. بعد بضعة أيام، يبدأ المسمار بالازدياد في الطول بمقدار صغير جدًا كل يوم. وهذا يُبعد جزأي العظم عن بعضهما ببطء.

# en-GB: Your body fills the small gap with new, soft bone. Because the gap opens so slowly, new bone keeps growing into it. The muscles, nerves and skin stretch slowly too. When the leg has reached the planned length, the nail stops getting longer. The new bone then hardens over the following months.

section-about-9fd9c8 = يملأ جسمك الفجوة الصغيرة بعظم جديد طري. ولأن الفجوة تتّسع ببطء شديد، يستمر العظم الجديد في النمو داخلها. وتتمدّد العضلات والأعصاب والجلد ببطء أيضًا. عندما تصل الساق إلى الطول المخطَّط له، يتوقف المسمار عن الازدياد في الطول. ثم يتصلّب العظم الجديد خلال الأشهر التالية.

# en-GB: Many lengthening nails are worked with a small controller that uses a magnet. You or someone at home holds it against your leg at set times each day. Your team will show you how. Other nails work in other ways.

section-about-421e7d = تعمل كثير من مسامير الإطالة بجهاز تحكم صغير يعمل بمغناطيس. تضعه أنت أو شخص معك في المنزل على ساقك في أوقات محددة كل يوم. سيُريك فريقك كيف تفعل ذلك. وتعمل مسامير أخرى بطرق أخرى.

# en-GB: Who does this operation?

section-about-78bc10 = مَن يُجري هذه العملية؟

# en-GB: This is a difficult operation. It is only done in specialist centres, by surgeons who are trained in limb lengthening and have done it before. A team of different specialists helps decide whether it is right for you. This team should ideally include a physiotherapist and someone who gives psychological support.

section-about-f1d293 = هذه عملية صعبة. لا تُجرى إلا في مراكز متخصصة، على يد جرّاحين مدرَّبين على إطالة الأطراف وسبق لهم إجراؤها. يساعد فريق من أخصائيين مختلفين في تحديد ما إذا كانت العملية مناسبة لك. ومن الأفضل أن يضم هذا الفريق أخصائي علاج طبيعي وشخصًا يقدّم الدعم النفسي.

# en-GB: How sure are we about it?

section-about-057381 = ما مدى تأكّدنا منها؟

# en-GB: There is not much good evidence about this operation yet. The studies are few and mostly small. So NICE says hospitals must take extra care, called special arrangements. Your team will make sure you understand what is known and what is not known before you decide.

section-about-6e1608 = لا توجد حتى الآن أدلة جيدة كثيرة عن هذه العملية. الدراسات قليلة ومعظمها صغير. لذلك تقول هيئة NICE إن على المستشفيات أن تحرص حرصًا إضافيًا، وهذا ما يُسمّى "الترتيبات الخاصة". سيتأكد فريقك من أنك تفهم ما هو معروف وما هو غير معروف قبل أن تقرّر.

# en-GB: This information does not cover making both legs longer so that a person is taller.

section-about-84329b = لا تتناول هذه المعلومات تطويل الساقين كلتيهما لكي يصبح الشخص أطول.

# en-GB: You will meet the team several times before you decide. There is no rush. You can take someone with you to every visit.

section-before-c3bdc6 = ستقابل الفريق عدة مرات قبل أن تقرّر. لا داعي للعجلة. يمكنك أن تُحضر شخصًا معك في كل زيارة.

# en-GB: What checks will I have?

section-before-082c01 = ما الفحوصات التي سأخضع لها؟

# en-GB: X-rays or other scans, to measure your legs and see the shape of your bones.

section-before-1d12aa = صور بالأشعة السينية أو صور أشعة أخرى، لقياس ساقيك ومعرفة شكل عظامك.

# en-GB: A check of your joints and muscles by a physiotherapist.

section-before-fb44f1 = فحص لمفاصلك وعضلاتك يجريه أخصائي العلاج الطبيعي.

# en-GB: A talk with someone who gives psychological support, about what you hope for and how you cope with hard times.

section-before-2a2dea = حديث مع شخص يقدّم الدعم النفسي، عمّا تأمل فيه وكيف تتعامل مع الأوقات الصعبة.

# en-GB: Blood tests and other checks to make sure you are ready for an operation.

section-before-8fc261 = تحاليل دم وفحوصات أخرى للتأكد من أنك مستعد للعملية.

# en-GB: How can I get ready?

section-before-7e7ffd = كيف يمكنني الاستعداد؟

# en-GB: Lengthening takes many months and a lot of work from you. It helps to plan ahead.

section-before-b9dad1 = تستغرق الإطالة أشهرًا كثيرة وتتطلب منك جهدًا كبيرًا. من المفيد أن تخطّط مسبقًا.

# en-GB: Think about time off school or work. Ask your team how long to plan for.

section-before-9eadc6 = فكّر في التغيّب عن المدرسة أو العمل. اسأل فريقك عن المدة التي يجب أن تخطّط لها.

# en-GB: Make your home easier to get around on crutches. For example, move things you use every day to where you can reach them.

section-before-2fadb9 = اجعل التنقّل في منزلك بالعكازات أسهل. على سبيل المثال، ضع الأشياء التي تستخدمها كل يوم في أماكن يمكنك الوصول إليها.

# en-GB: Plan how you will get to clinic and physiotherapy. You will need to go often.

section-before-a05187 = خطّط لكيفية الذهاب إلى العيادة وإلى جلسات العلاج الطبيعي. ستحتاج إلى الذهاب كثيرًا.

# en-GB: Line up people who can help you at home, mostly in the first weeks.

section-before-ebe3fc = رتّب مع أشخاص يمكنهم مساعدتك في المنزل، وخاصةً في الأسابيع الأولى.

# en-GB: If you smoke, try to stop. Smoking can slow down bone healing. Your team can help you find support.

section-before-8e1d86 = إذا كنت تدخّن، فحاول الإقلاع عن التدخين. قد يبطئ التدخين التئام العظام. يمكن لفريقك أن يساعدك في إيجاد الدعم.

# en-GB: Giving your consent

section-before-ae7ff1 = إعطاء موافقتك

# en-GB: Before the operation, your surgeon will go through the benefits, the risks and the other choices with you. They will also explain what is not known. You will sign a form to say you agree. This is called giving consent.

section-before-674155 = قبل العملية، سيناقش معك جرّاحك الفوائد والمخاطر والخيارات الأخرى. وسيشرح لك أيضًا ما هو غير معروف. ستوقّع على استمارة تقول فيها إنك موافق. يُسمّى هذا "إعطاء الموافقة".

# en-GB: You can change your mind at any time before the operation. Saying no will not affect the rest of your care.

section-before-41c463 = يمكنك أن تغيّر رأيك في أي وقت قبل العملية. لن يؤثر رفضك على بقية رعايتك.

# en-GB: You will be asleep for the operation. This is called a general anaesthetic. Some people also have an injection in the back to numb the legs, to help with pain afterwards. Your anaesthetist will talk to you about this.

section-during-499b44 = ستكون نائمًا أثناء العملية. يُسمّى هذا "التخدير العام". يُعطى بعض الأشخاص أيضًا حقنة في الظهر لتخدير الساقين، للمساعدة في تخفيف الألم بعد العملية. سيتحدث معك طبيب التخدير عن ذلك.

# en-GB: What does the surgeon do?

section-during-bccb62 = ماذا يفعل الجرّاح؟

# en-GB: The surgeon makes a few small cuts in the skin.

section-during-d1b23f = يُحدث الجرّاح بضعة جروح صغيرة في الجلد.

# en-GB: They make a clean break in the bone that is being made longer.

section-during-f1a61d = يكسر العظم الذي سيُطوَّل كسرًا نظيفًا.

# en-GB: They slide the nail into the hollow middle of the bone.

section-during-f73a64 = يُدخل المسمار في التجويف الموجود في وسط العظم.

# en-GB: They fix the nail in place with screws at each end.

section-during-164f05 = يثبّت المسمار في مكانه ببراغٍ عند كل طرف.

# en-GB: They take X-rays to check that the nail is in the right place.

section-during-f9d760 = يأخذ صورًا بالأشعة السينية للتأكد من أن المسمار في المكان الصحيح.

# en-GB: The cuts are closed with stitches or clips and covered with dressings.

section-during-974b04 = تُغلق الجروح بالغُرز أو المشابك وتُغطّى بالضمادات.

# en-GB: Waking up

section-during-3b7518 = الاستيقاظ

# en-GB: You will wake up in the recovery room, and then go back to the ward. Your leg may feel sore, and you will have medicine for pain. A physiotherapist will help you get out of bed and start walking with crutches.

section-during-7bd9e5 = ستستيقظ في غرفة الإفاقة، ثم تعود إلى جناح المرضى. قد تشعر بألم في ساقك، وستُعطى دواءً للألم. سيساعدك أخصائي العلاج الطبيعي على النهوض من السرير والبدء بالمشي بالعكازات.

# en-GB: You will stay in hospital for a short time after the operation. Your team will tell you how long to expect.

section-during-b27c67 = ستبقى في المستشفى لفترة قصيرة بعد العملية. سيخبرك فريقك بالمدة المتوقعة.

# en-GB: Treatment has three stages: a short rest after the operation, the lengthening stage, and then a longer stage while the new bone hardens.

section-after-4b743f = للعلاج ثلاث مراحل: راحة قصيرة بعد العملية، ثم مرحلة الإطالة، ثم مرحلة أطول يتصلّب خلالها العظم الجديد.

# en-GB: The lengthening stage

section-after-3b5383 = مرحلة الإطالة

# en-GB: The nail starts to get longer a few days after the operation. It usually gets longer by about 1 mm a day, in small steps spread through the day. NICE's earlier guidance describes studies where legs were lengthened by between 0.82 and 1.11 mm a day. Your team will set the right amount for you.

section-after-1fdba8 = يبدأ المسمار بالازدياد في الطول بعد بضعة أيام من العملية. وعادةً ما يزداد طوله بنحو 1 ملم في اليوم، على خطوات صغيرة موزّعة على مدار اليوم. تصف إرشادات هيئة NICE السابقة دراسات جرت فيها إطالة الساقين بمقدار يتراوح بين 0.82 و1.11 ملم في اليوم. سيحدّد فريقك المقدار المناسب لك.

# en-GB: If your nail uses a magnet controller, you or someone at home will use it at set times each day. Your team will show you how. Keep a note of each time you use it.

section-after-690401 = إذا كان مسمارك يعمل بجهاز تحكم مغناطيسي، فستستخدمه أنت أو شخص معك في المنزل في أوقات محددة كل يوم. سيُريك فريقك كيف تفعل ذلك. دوّن ملاحظة في كل مرة تستخدمه فيها.

# en-GB: While the leg is getting longer, you may feel:

section-after-21b87a = أثناء ازدياد طول الساق، قد تشعر بما يلي:

# en-GB: tightness or soreness in your muscles and joints

section-after-226ef6 = شدّ أو ألم في عضلاتك ومفاصلك

# en-GB: some pain, mostly after each small lengthening step

section-after-f0163f = بعض الألم، وخاصةً بعد كل خطوة إطالة صغيرة

# en-GB: tiredness, and frustration that everyday things take longer.

section-after-701ddf = التعب، والإحباط لأن الأمور اليومية تستغرق وقتًا أطول.

# en-GB: Physiotherapy and exercises

section-after-099b2b = العلاج الطبيعي والتمارين

# en-GB: Physiotherapy is a very important part of treatment. As the bone gets longer, the muscles around it are stretched. Without exercise, your knee, hip or ankle can become stiff.

section-after-811973 = العلاج الطبيعي جزء مهم جدًا من العلاج. عندما يطول العظم، تتمدّد العضلات المحيطة به. ومن دون تمارين، قد تتيبّس ركبتك أو وركك أو كاحلك.

# en-GB: Do the exercises your physiotherapist gives you every day.

section-after-e6dfa9 = قم كل يوم بالتمارين التي يعطيك إياها أخصائي العلاج الطبيعي.

# en-GB: Go to all your physiotherapy sessions.

section-after-0f350d = احضر جميع جلسات العلاج الطبيعي.

# en-GB: Use your crutches, and only put as much weight on the leg as your team says.

section-after-23925a = استخدم عكازاتك، ولا تضع على الساق من وزنك إلا القدر الذي يحدّده فريقك.

# en-GB: Check-ups

section-after-ad1f13 = فحوصات المتابعة

# en-GB: You will have regular check-ups while the leg is getting longer, with X-rays to see how the new bone is growing. Your team may change how fast the nail gets longer. Once the lengthening stops, check-ups become less frequent while the bone hardens. This hardening stage takes longer than the lengthening stage. Slowly you can put more weight on the leg.

section-after-f0d640 = ستخضع لفحوصات متابعة منتظمة أثناء ازدياد طول الساق، مع صور بالأشعة السينية لمعرفة كيف ينمو العظم الجديد. قد يغيّر فريقك سرعة ازدياد طول المسمار. بعد توقف الإطالة، تقلّ فحوصات المتابعة بينما يتصلّب العظم. تستغرق مرحلة التصلّب هذه وقتًا أطول من مرحلة الإطالة. وشيئًا فشيئًا يمكنك أن تضع وزنًا أكبر على الساق.

# en-GB: When to get help

section-after-7edbcf = متى تطلب المساعدة

# en-GB: Contact the team straight away if:

section-after-2ec4b8 = اتصل بالفريق فورًا إذا:

# en-GB: your wound becomes red, hot, swollen or leaks fluid

section-after-d7098b = أصبح جرحك أحمر أو ساخنًا أو متورّمًا أو خرج منه سائل

# en-GB: you have a high temperature or feel unwell

section-after-7ca88e = أصبت بارتفاع في درجة الحرارة أو شعرت بالتوعّك

# en-GB: the pain gets much worse, or your leg or foot feels numb or tingly

section-after-376db1 = ازداد الألم كثيرًا، أو شعرت بخدر أو تنميل في ساقك أو قدمك

# en-GB: you cannot move your toes, ankle or knee as well as before

section-after-8749d9 = لم تعد قادرًا على تحريك أصابع قدمك أو كاحلك أو ركبتك كما كنت من قبل

# en-GB: the controller does not seem to work, or the leg seems to stop getting longer.

section-after-25ab5b = بدا أن جهاز التحكم لا يعمل، أو بدا أن الساق توقفت عن الازدياد في الطول.

# en-GB: Taking the nail out

section-after-033cc5 = إزالة المسمار

# en-GB: Once the bone has fully healed, your surgeon may suggest taking the nail out. This is usually a smaller operation than the first one. Ask your team whether you will need it, and when.

section-after-16cd8e = بعد أن يلتئم العظم تمامًا، قد يقترح جرّاحك إزالة المسمار. وعادةً ما تكون هذه عملية أصغر من العملية الأولى. اسأل فريقك عمّا إذا كنت ستحتاج إليها، ومتى.

# en-GB: Looking after your feelings

section-after-910126 = الاهتمام بمشاعرك

# en-GB: Leg lengthening takes a long time. It is normal to feel low, worried or fed up at times. Tell your team how you feel. They can put you in touch with psychological support.

section-after-276d4c = تستغرق إطالة الساق وقتًا طويلًا. من الطبيعي أن تشعر أحيانًا بالإحباط أو القلق أو الضجر. أخبر فريقك بما تشعر به. يمكنهم أن يضعوك على تواصل مع خدمات الدعم النفسي.

