# procedures/intramedullary-distraction-lower-limb-lengthening.ftl in cy. Translate the text after each `=`; the comment above each
# message shows the current en-GB text. Numbers, dates and names
# arrive as variables such as { $events }: keep them, never type a figure.

# en-GB: Making a shorter leg longer with a nail inside the bone

title = Gwneud coes fyrrach yn hirach gyda hoelen y tu mewn i'r asgwrn

# en-GB: This information is for people who have one leg shorter than the other, and for their families. It explains an operation that makes the shorter leg longer with a nail inside the bone. It also explains the other choices, including doing nothing. There is not much good evidence about this operation yet, so some things are not known.

summary = Mae'r wybodaeth hon ar gyfer pobl sydd ag un goes yn fyrrach na'r llall, ac ar gyfer eu teuluoedd. Mae'n egluro llawdriniaeth sy'n gwneud y goes fyrrach yn hirach gyda hoelen y tu mewn i'r asgwrn. Mae hefyd yn egluro'r dewisiadau eraill, gan gynnwys gwneud dim. Nid oes llawer o dystiolaeth dda am y llawdriniaeth hon eto, felly mae rhai pethau nad ydym yn eu gwybod.

# en-GB: One of your legs is shorter than the other. Doctors call this a leg length difference. You may have been born with it. It can also happen after a broken bone, an infection or a tumour, or when a bone does not grow as it should. A small difference may cause no trouble. A bigger difference can make you limp and get tired more easily. Some people get aches in the back, hips or knees. It can also affect how you feel about yourself and what you can do. In a child who is still growing, the difference can get bigger over time.

condition = Mae un o'ch coesau'n fyrrach na'r llall. Mae meddygon yn galw hyn yn wahaniaeth yn hyd y coesau (leg length difference). Efallai eich bod wedi cael eich geni fel hyn. Gall hefyd ddigwydd ar ôl torri asgwrn, ar ôl haint neu diwmor, neu pan nad yw asgwrn yn tyfu fel y dylai. Efallai na fydd gwahaniaeth bach yn achosi unrhyw drafferth. Gall gwahaniaeth mwy wneud i chi gloffi a blino'n haws. Mae rhai pobl yn cael poenau yn y cefn, y cluniau neu'r pengliniau. Gall hefyd effeithio ar sut rydych chi'n teimlo amdanoch chi'ch hun a'r hyn y gallwch chi ei wneud. Mewn plentyn sy'n dal i dyfu, gall y gwahaniaeth fynd yn fwy dros amser.

# en-GB: You are deciding whether to have an operation to make your shorter leg longer with a nail inside the bone. The other choices are an outside frame, a shoe raise, or doing nothing for now.

decision = Rydych chi'n penderfynu a ydych am gael llawdriniaeth i wneud eich coes fyrrach yn hirach gyda hoelen y tu mewn i'r asgwrn. Y dewisiadau eraill yw ffrâm ar y tu allan i'r goes, codiad esgid, neu wneud dim am y tro.

# en-GB: There are only a few studies of this operation, and most of them are small. Many looked at patients from just one hospital. Few compared the nail with other treatments, and few followed people up for a long time. NICE says the evidence is limited in amount and in quality. So the figures here are a rough guide, not a promise of what will happen to you.

evidence-summary = Dim ond ychydig o astudiaethau sydd o'r llawdriniaeth hon, ac mae'r rhan fwyaf ohonyn nhw'n fach. Roedd llawer yn edrych ar gleifion o un ysbyty yn unig. Ychydig a gymharodd yr hoelen â thriniaethau eraill, ac ychydig a ddilynodd bobl am amser hir. Mae NICE yn dweud bod y dystiolaeth yn gyfyngedig o ran faint sydd ohoni ac o ran ei hansawdd. Felly mae'r ffigurau yma'n ganllaw bras, nid addewid o'r hyn a fydd yn digwydd i chi.

# en-GB: NICE says this operation should only be done with special arrangements. This is because the evidence is limited. It does not mean the operation is wrong for you. It means there are things nobody knows yet.

special-arrangements-why = Mae NICE yn dweud mai dim ond gyda threfniadau arbennig y dylid gwneud y llawdriniaeth hon. Mae hyn oherwydd bod y dystiolaeth yn gyfyngedig. Nid yw'n golygu bod y llawdriniaeth yn anghywir i chi. Mae'n golygu bod pethau nad oes neb yn eu gwybod eto.

# en-GB: The people at the hospital who look after safety are told about this operation. They check it more closely than usual.

special-arrangements-closer-checks = Mae'r bobl yn yr ysbyty sy'n gofalu am ddiogelwch yn cael gwybod am y llawdriniaeth hon. Maen nhw'n ei gwirio'n fwy manwl nag arfer.

# en-GB: Your team records how every patient who has this operation does. They look at these results regularly.

special-arrangements-records = Mae eich tîm yn cofnodi sut mae pob claf sy'n cael y llawdriniaeth hon yn dod ymlaen. Maen nhw'n edrych ar y canlyniadau hyn yn rheolaidd.

# en-GB: Before you agree, your team makes sure you understand what is known and what is not known. This includes the risks, the benefits and the gaps in the evidence.

special-arrangements-understand-first = Cyn i chi gytuno, mae eich tîm yn gwneud yn siŵr eich bod yn deall beth rydym ni'n ei wybod a beth nad ydym ni'n ei wybod. Mae hyn yn cynnwys y risgiau, y manteision a'r bylchau yn y dystiolaeth.

# en-GB: You can take your time, ask as many questions as you need and bring someone with you. You can say no, or change your mind.

special-arrangements-time-to-decide = Gallwch gymryd eich amser, gofyn cymaint o gwestiynau ag sydd eu hangen arnoch a dod â rhywun gyda chi. Gallwch ddweud na, neu newid eich meddwl.

# en-GB: Surgeons who do this operation talk about their results each year, to learn and get better.

special-arrangements-surgeons-learn = Mae llawfeddygon sy'n gwneud y llawdriniaeth hon yn trafod eu canlyniadau bob blwyddyn, er mwyn dysgu a gwella.

# en-GB: People who have one leg shorter than the other, where the difference affects their daily life.

for-one-leg-shorter = Pobl sydd ag un goes yn fyrrach na'r llall, lle mae'r gwahaniaeth yn effeithio ar eu bywyd bob dydd.

# en-GB: Adults and children. Your team will check that your bone is the right size and shape for a nail.

for-children-and-adults = Oedolion a phlant. Bydd eich tîm yn gwirio bod eich asgwrn o'r maint a'r siâp iawn ar gyfer hoelen.

# en-GB: People who can come to clinic and physiotherapy often, for several months, and do exercises at home.

for-able-to-take-part = Pobl sy'n gallu dod i'r clinig ac i ffisiotherapi yn aml, am sawl mis, a gwneud ymarferion gartref.

# en-GB: Making both legs longer so that a person is taller (for short stature). NICE's advice does not cover this.

not-for-short-stature = Gwneud y ddwy goes yn hirach er mwyn i rywun fod yn dalach (ar gyfer taldra byr). Nid yw cyngor NICE yn cynnwys hyn.

# en-GB: Lengthening nail inside the bone

option-nail-name = Hoelen ymestyn y tu mewn i'r asgwrn

# en-GB: A surgeon puts a metal rod, called a nail, inside your bone. The nail is made a little longer each day, and new bone grows in the gap. Doctors call this intramedullary distraction.

option-nail-summary = Mae llawfeddyg yn rhoi gwialen fetel, o'r enw hoelen, y tu mewn i'ch asgwrn. Mae'r hoelen yn cael ei gwneud ychydig yn hirach bob dydd, ac mae asgwrn newydd yn tyfu yn y bwlch. Mae meddygon yn galw hyn yn ymestyn mewnfadruddynnol (intramedullary distraction).

# en-GB: You have an operation while you are asleep. The surgeon cuts the bone and slides the nail into the hollow middle of it. After a few days, the nail starts to get longer by a tiny amount each day. Often you do this at home with a small controller that uses a magnet. When the leg is long enough, the new bone slowly hardens. The nail may be taken out later in a smaller operation.

option-nail-what-happens = Byddwch chi'n cael llawdriniaeth tra byddwch chi'n cysgu. Mae'r llawfeddyg yn torri'r asgwrn ac yn llithro'r hoelen i mewn i ganol gwag yr asgwrn. Ar ôl ychydig ddyddiau, mae'r hoelen yn dechrau mynd ychydig bach yn hirach bob dydd. Yn aml, rydych chi'n gwneud hyn gartref gyda rheolydd bach sy'n defnyddio magnet. Pan fydd y goes yn ddigon hir, mae'r asgwrn newydd yn caledu'n araf. Efallai y bydd yr hoelen yn cael ei thynnu allan yn nes ymlaen mewn llawdriniaeth lai.

# en-GB: Recovery takes many months. You will use crutches, and you must not put all your weight on the leg for a while. You will need physiotherapy and regular check-ups with X-rays. As the leg is stretched, muscles and joints can feel tight and sore. The new bone takes longer to harden than it took to grow.

option-nail-recovery = Mae gwella'n cymryd llawer o fisoedd. Byddwch chi'n defnyddio baglau, a rhaid i chi beidio â rhoi eich holl bwysau ar y goes am gyfnod. Bydd angen ffisiotherapi arnoch, ac apwyntiadau dilynol rheolaidd gyda phelydrau-X. Wrth i'r goes gael ei hymestyn, gall y cyhyrau a'r cymalau deimlo'n dynn ac yn boenus. Mae'r asgwrn newydd yn cymryd mwy o amser i galedu nag a gymerodd i dyfu.

# en-GB: There is no frame on the outside of your leg, so you can wear your usual clothes. You will have some small scars. While the leg is lengthening, you have to work the nail at set times each day, go to physiotherapy and do exercises at home. You may need time off school or work, and help at home. Pain, tiredness and not doing your usual things can be hard. Some people feel low, worried or fed up during a long treatment. This is normal, and your team can help.

option-nail-daily-life = Nid oes ffrâm ar du allan eich coes, felly gallwch wisgo eich dillad arferol. Bydd gennych rai creithiau bach. Tra bo'r goes yn cael ei hymestyn, mae'n rhaid i chi ymestyn yr hoelen ar adegau penodol bob dydd, mynd i ffisiotherapi a gwneud ymarferion gartref. Efallai y bydd angen amser i ffwrdd o'r ysgol neu'r gwaith arnoch chi, a help gartref. Gall poen, blinder a methu gwneud eich pethau arferol fod yn anodd. Mae rhai pobl yn teimlo'n isel, yn poeni neu wedi cael llond bol yn ystod triniaeth hir. Mae hyn yn normal, a gall eich tîm helpu.

# en-GB: The leg reaches its planned length

option-nail-benefit-reach-planned-length-label = Mae'r goes yn cyrraedd yr hyd a gynlluniwyd

# en-GB: Before the operation, your team plans how much longer the leg should be. This shows how often lengthened bones reached that length in one study.

option-nail-benefit-reach-planned-length-detail = Cyn y llawdriniaeth, mae eich tîm yn cynllunio faint yn hirach y dylai'r goes fod. Mae hyn yn dangos pa mor aml y cyrhaeddodd esgyrn a gafodd eu hymestyn yr hyd hwnnw mewn un astudiaeth.

# en-GB: Walking and moving get easier

option-nail-benefit-better-function-label = Mae cerdded a symud yn mynd yn haws

# en-GB: NICE sees this as one of the main aims of the operation. There is no trustworthy figure for how often it happens.

option-nail-benefit-better-function-detail = Mae NICE yn gweld hyn fel un o brif nodau'r llawdriniaeth. Nid oes ffigur dibynadwy ar gyfer pa mor aml mae hyn yn digwydd.

# en-GB: Daily life feels better overall

option-nail-benefit-better-quality-of-life-label = Mae bywyd bob dydd yn teimlo'n well at ei gilydd

# en-GB: Few studies have asked people how the operation changed their life.

option-nail-benefit-better-quality-of-life-detail = Ychydig o astudiaethau sydd wedi gofyn i bobl sut y newidiodd y llawdriniaeth eu bywyd.

# en-GB: Problems during treatment (complications)

option-nail-risk-any-complication-label = Problemau yn ystod y driniaeth (cymhlethdodau)

# en-GB: This counts problems, not people. One bone can have more than one problem, so fewer bones than this had a problem. Some problems are small and easy to put right. Others need another operation.

option-nail-risk-any-complication-detail = Mae hyn yn cyfrif problemau, nid pobl. Gall un asgwrn gael mwy nag un broblem, felly roedd llai o esgyrn na hyn wedi cael problem. Mae rhai problemau'n fach ac yn hawdd eu cywiro. Mae angen llawdriniaeth arall ar gyfer eraill.

# en-GB: A big change of plan, such as another operation

option-nail-risk-change-of-plan-label = Newid mawr i'r cynllun, fel llawdriniaeth arall

# en-GB: For example, an extra operation, or a change to how the leg is lengthened.

option-nail-risk-change-of-plan-detail = Er enghraifft, llawdriniaeth ychwanegol, neu newid i'r ffordd mae'r goes yn cael ei hymestyn.

# en-GB: The treatment does not reach its goal

option-nail-risk-goal-not-reached-label = Nid yw'r driniaeth yn cyrraedd ei nod

# en-GB: The treatment does not do what it set out to do. For example, the leg ends up shorter than planned.

option-nail-risk-goal-not-reached-detail = Nid yw'r driniaeth yn gwneud yr hyn roedd i fod i'w wneud. Er enghraifft, mae'r goes yn fyrrach na'r hyn a gynlluniwyd yn y diwedd.

# en-GB: A lasting problem, or a new health problem

option-nail-risk-lasting-problem-label = Problem sy'n para, neu broblem iechyd newydd

# en-GB: A problem that does not go away after the treatment has ended, or a new health problem caused by the treatment.

option-nail-risk-lasting-problem-detail = Problem nad yw'n diflannu ar ôl i'r driniaeth ddod i ben, neu broblem iechyd newydd a achoswyd gan y driniaeth.

# en-GB: The nail fails

option-nail-risk-nail-fails-label = Mae'r hoelen yn methu

# en-GB: The nail breaks or stops working as it should. Doctors call this implant failure. You may need another operation.

option-nail-risk-nail-fails-detail = Mae'r hoelen yn torri neu'n stopio gweithio fel y dylai. Mae meddygon yn galw hyn yn fethiant mewnblaniad (implant failure). Efallai y bydd angen llawdriniaeth arall arnoch.

# en-GB: Infection

option-nail-risk-infection-label = Haint

# en-GB: Germs get into the wound or the bone. There is no trustworthy figure for how often this happens with a nail.

option-nail-risk-infection-detail = Mae germau'n mynd i mewn i'r clwyf neu'r asgwrn. Nid oes ffigur dibynadwy ar gyfer pa mor aml mae hyn yn digwydd gyda hoelen.

# en-GB: Pain

option-nail-risk-pain-label = Poen

# en-GB: The leg can hurt, mostly while it is being stretched. There is no trustworthy figure for how often pain is a problem.

option-nail-risk-pain-detail = Gall y goes frifo, yn bennaf tra bo'n cael ei hymestyn. Nid oes ffigur dibynadwy ar gyfer pa mor aml mae poen yn broblem.

# en-GB: The new bone is slow to heal, or does not heal

option-nail-risk-slow-bone-healing-label = Mae'r asgwrn newydd yn araf yn gwella, neu nid yw'n gwella

# en-GB: Doctors call this delayed union or non-union. You may need more time on crutches, or another operation.

option-nail-risk-slow-bone-healing-detail = Mae meddygon yn galw hyn yn uno araf neu fethu uno (delayed union neu non-union). Efallai y bydd angen mwy o amser ar faglau arnoch, neu lawdriniaeth arall.

# en-GB: Outside frame

option-fixator-name = Ffrâm ar y tu allan

# en-GB: A surgeon fixes a metal frame to the outside of your leg. Pins or wires go through the skin into the bone. The frame is adjusted a little each day to make the bone longer. Doctors call this an external fixator.

option-fixator-summary = Mae llawfeddyg yn gosod ffrâm fetel ar du allan eich coes. Mae pinnau neu wifrau'n mynd drwy'r croen i mewn i'r asgwrn. Mae'r ffrâm yn cael ei haddasu ychydig bob dydd i wneud yr asgwrn yn hirach. Mae meddygon yn galw hyn yn sefydlogydd allanol (external fixator).

# en-GB: You have an operation while you are asleep. The surgeon cuts the bone and fixes the frame to it with pins or wires. After a few days, the frame is adjusted a little each day. The bone slowly gets longer, and new bone grows in the gap. When the leg is long enough, the frame stays on while the new bone hardens. It is then taken off in another, shorter procedure.

option-fixator-what-happens = Byddwch chi'n cael llawdriniaeth tra byddwch chi'n cysgu. Mae'r llawfeddyg yn torri'r asgwrn ac yn gosod y ffrâm arno gyda phinnau neu wifrau. Ar ôl ychydig ddyddiau, mae'r ffrâm yn cael ei haddasu ychydig bob dydd. Mae'r asgwrn yn mynd yn hirach yn araf, ac mae asgwrn newydd yn tyfu yn y bwlch. Pan fydd y goes yn ddigon hir, mae'r ffrâm yn aros ymlaen tra bo'r asgwrn newydd yn caledu. Yna mae'n cael ei thynnu i ffwrdd mewn triniaeth arall, fyrrach.

# en-GB: Recovery takes many months. The frame stays on the whole time the bone is getting longer and hardening. You will need physiotherapy and regular check-ups with X-rays. You will also need to clean the skin where the pins go in every day. You will use crutches for a while. As the leg is stretched, muscles and joints can feel tight and sore.

option-fixator-recovery = Mae gwella'n cymryd llawer o fisoedd. Mae'r ffrâm yn aros ymlaen drwy'r holl amser mae'r asgwrn yn mynd yn hirach ac yn caledu. Bydd angen ffisiotherapi arnoch, ac apwyntiadau dilynol rheolaidd gyda phelydrau-X. Bydd angen i chi hefyd lanhau'r croen lle mae'r pinnau'n mynd i mewn bob dydd. Byddwch chi'n defnyddio baglau am gyfnod. Wrth i'r goes gael ei hymestyn, gall y cyhyrau a'r cymalau deimlo'n dynn ac yn boenus.

# en-GB: The frame is on the outside of your leg, so other people can see it. It can make dressing, sleeping and getting about harder, and some clothes will not fit over it. You may need time off school or work, and help at home. Some people find a frame hard to live with, or do not want one. Pain, tiredness and not doing your usual things can be hard. Some people feel low, worried or fed up during a long treatment. This is normal, and your team can help. Frames are used less often now than in the past.

option-fixator-daily-life = Mae'r ffrâm ar du allan eich coes, felly gall pobl eraill ei gweld. Gall wneud gwisgo, cysgu a symud o gwmpas yn anoddach, ac ni fydd rhai dillad yn ffitio drosti. Efallai y bydd angen amser i ffwrdd o'r ysgol neu'r gwaith arnoch chi, a help gartref. Mae rhai pobl yn ei chael hi'n anodd byw gyda ffrâm, neu nid ydyn nhw eisiau un. Gall poen, blinder a methu gwneud eich pethau arferol fod yn anodd. Mae rhai pobl yn teimlo'n isel, yn poeni neu wedi cael llond bol yn ystod triniaeth hir. Mae hyn yn normal, a gall eich tîm helpu. Mae fframiau'n cael eu defnyddio'n llai aml nawr nag yn y gorffennol.

# en-GB: The leg reaches its planned length

option-fixator-benefit-reach-planned-length-label = Mae'r goes yn cyrraedd yr hyd a gynlluniwyd

# en-GB: A study compared frames with nails in the thigh bone. This information does not give a figure for frames yet.

option-fixator-benefit-reach-planned-length-detail = Roedd un astudiaeth yn cymharu fframiau â hoelion yn asgwrn y forddwyd (asgwrn rhan uchaf y goes). Nid yw'r wybodaeth hon yn rhoi ffigur ar gyfer fframiau eto.

# en-GB: Walking and moving get easier

option-fixator-benefit-better-function-label = Mae cerdded a symud yn mynd yn haws

# en-GB: Frames have been used to make legs longer for many years. There is no trustworthy figure for how often walking gets easier.

option-fixator-benefit-better-function-detail = Mae fframiau wedi cael eu defnyddio i wneud coesau'n hirach ers blynyddoedd lawer. Nid oes ffigur dibynadwy ar gyfer pa mor aml mae cerdded yn mynd yn haws.

# en-GB: Daily life feels better overall

option-fixator-benefit-better-quality-of-life-label = Mae bywyd bob dydd yn teimlo'n well at ei gilydd

# en-GB: Few studies have asked people how a frame changed their life.

option-fixator-benefit-better-quality-of-life-detail = Ychydig o astudiaethau sydd wedi gofyn i bobl sut y newidiodd ffrâm eu bywyd.

# en-GB: Problems during treatment (complications)

option-fixator-risk-any-complication-label = Problemau yn ystod y driniaeth (cymhlethdodau)

# en-GB: NICE's earlier advice lists several problems with frames, but gives no figures.

option-fixator-risk-any-complication-detail = Mae cyngor cynharach NICE yn rhestru sawl problem gyda fframiau, ond nid yw'n rhoi ffigurau.

# en-GB: Infection

option-fixator-risk-infection-label = Haint

# en-GB: Germs get in where the pins go through the skin. Doctors call this a pin-site infection.

option-fixator-risk-infection-detail = Mae germau'n mynd i mewn lle mae'r pinnau'n mynd drwy'r croen. Mae meddygon yn galw hyn yn haint safle'r pin (pin-site infection).

# en-GB: Pain

option-fixator-risk-pain-label = Poen

# en-GB: The leg can hurt, both from the stretching and where the pins go in.

option-fixator-risk-pain-detail = Gall y goes frifo, oherwydd yr ymestyn a hefyd lle mae'r pinnau'n mynd i mewn.

# en-GB: A hip or knee joint slips out of place

option-fixator-risk-joint-slips-out-label = Mae cymal y glun neu'r pen-glin yn llithro o'i le

# en-GB: The stretching can pull a joint partly or fully out of place. Doctors call this subluxation or dislocation.

option-fixator-risk-joint-slips-out-detail = Gall yr ymestyn dynnu cymal yn rhannol neu'n llwyr o'i le. Mae meddygon yn galw hyn yn islithriad neu'n ddatgymaliad (subluxation neu dislocation).

# en-GB: The bone heals bent

option-fixator-risk-bone-heals-bent-label = Mae'r asgwrn yn gwella'n gam

# en-GB: The new bone heals at an angle instead of straight. Doctors call this an angulation deformity.

option-fixator-risk-bone-heals-bent-detail = Mae'r asgwrn newydd yn gwella ar ongl yn lle yn syth. Mae meddygon yn galw hyn yn anffurfiad onglog (angulation deformity).

# en-GB: Shoe raise and other help without an operation

option-shoe-raise-name = Codiad esgid a help arall heb lawdriniaeth

# en-GB: A raise is added to your shoe, or an insole is put inside it, to make up for the shorter leg. Physiotherapy and other support can help with how you walk and with any aches.

option-shoe-raise-summary = Mae codiad yn cael ei ychwanegu at eich esgid, neu mae mewnwadn yn cael ei roi y tu mewn iddi, i wneud iawn am y goes fyrrach. Gall ffisiotherapi a chymorth arall helpu gyda'r ffordd rydych chi'n cerdded a gydag unrhyw boenau.

# en-GB: A specialist in supports for the body, called an orthotist, measures your legs. They make or fit the raise. A small raise can go inside the shoe. A bigger one is built onto the sole. A physiotherapist can give you exercises for balance, strength and any aches. The raise may need changing as you grow or as your shoes wear out.

option-shoe-raise-what-happens = Mae arbenigwr mewn dyfeisiau sy'n cynnal y corff, o'r enw orthotydd, yn mesur eich coesau. Maen nhw'n gwneud neu'n gosod y codiad. Gall codiad bach fynd y tu mewn i'r esgid. Mae un mwy yn cael ei adeiladu ar wadn yr esgid. Gall ffisiotherapydd roi ymarferion i chi ar gyfer cydbwysedd, cryfder ac unrhyw boenau. Efallai y bydd angen newid y codiad wrth i chi dyfu neu wrth i'ch esgidiau dreulio.

# en-GB: There is no operation, so there is no time to recover. It can take a little while to get used to walking with a raise.

option-shoe-raise-recovery = Nid oes llawdriniaeth, felly nid oes angen amser i wella. Gall gymryd ychydig o amser i ddod i arfer â cherdded gyda chodiad.

# en-GB: You wear the raise whenever you want your legs to feel level. Not all shoes can take a raise, so your choice of shoes may be limited. A built-up shoe can be seen, and some people feel self-conscious about it. Your leg stays the same length, so the difference is still there when you take your shoes off. You can stop at any time, and you can still choose an operation later.

option-shoe-raise-daily-life = Rydych chi'n gwisgo'r codiad pryd bynnag rydych chi eisiau i'ch coesau deimlo'n wastad. Nid yw pob esgid yn gallu cymryd codiad, felly efallai y bydd eich dewis o esgidiau'n gyfyngedig. Mae pobl yn gallu gweld esgid sydd wedi'i chodi, ac mae rhai pobl yn teimlo'n hunanymwybodol amdani. Mae eich coes yn aros yr un hyd, felly mae'r gwahaniaeth yno o hyd pan fyddwch chi'n tynnu eich esgidiau. Gallwch stopio unrhyw bryd, a gallwch chi ddal i ddewis llawdriniaeth yn nes ymlaen.

# en-GB: Walking and moving get easier

option-shoe-raise-benefit-better-function-label = Mae cerdded a symud yn mynd yn haws

# en-GB: A raise can make your walk more even. We do not know how often this helps.

option-shoe-raise-benefit-better-function-detail = Gall codiad wneud i chi gerdded yn fwy gwastad. Nid ydym yn gwybod pa mor aml mae hyn yn helpu.

# en-GB: Fewer aches in the back, hips or knees

option-shoe-raise-benefit-fewer-aches-label = Llai o boenau yn y cefn, y cluniau neu'r pengliniau

# en-GB: Some people find aches ease when their legs are level. We do not know how often this happens.

option-shoe-raise-benefit-fewer-aches-detail = Mae rhai pobl yn gweld bod poenau'n lleddfu pan fydd eu coesau'n wastad. Nid ydym yn gwybod pa mor aml mae hyn yn digwydd.

# en-GB: The raise feels awkward or uncomfortable

option-shoe-raise-risk-raise-uncomfortable-label = Mae'r codiad yn teimlo'n lletchwith neu'n anghyfforddus

# en-GB: A big raise can feel heavy, or make you feel unsteady at first.

option-shoe-raise-risk-raise-uncomfortable-detail = Gall codiad mawr deimlo'n drwm, neu wneud i chi deimlo'n simsan ar y dechrau.

# en-GB: The difference gets bigger as a child grows

option-shoe-raise-risk-difference-grows-label = Mae'r gwahaniaeth yn mynd yn fwy wrth i blentyn dyfu

# en-GB: This only applies to children who are still growing. A raise does not change how the bones grow. Your team can tell you whether this is likely for your child.

option-shoe-raise-risk-difference-grows-detail = Mae hyn ond yn berthnasol i blant sy'n dal i dyfu. Nid yw codiad yn newid sut mae'r esgyrn yn tyfu. Gall eich tîm ddweud wrthych a yw hyn yn debygol i'ch plentyn.

# en-GB: Doing nothing for now

option-nothing-name = Gwneud dim am y tro

# en-GB: You choose not to have treatment now. You can change your mind and talk to your team again at any time.

option-nothing-summary = Rydych chi'n dewis peidio â chael triniaeth nawr. Gallwch newid eich meddwl a siarad â'ch tîm eto unrhyw bryd.

# en-GB: Nothing changes in your treatment. Your team may offer check-ups to see whether the difference changes, mostly in a child who is still growing. You can ask to talk about the other choices again whenever you want.

option-nothing-what-happens = Nid oes dim yn newid yn eich triniaeth. Efallai y bydd eich tîm yn cynnig apwyntiadau dilynol i weld a yw'r gwahaniaeth yn newid, yn bennaf mewn plentyn sy'n dal i dyfu. Gallwch ofyn am gael siarad am y dewisiadau eraill eto pryd bynnag rydych chi eisiau.

# en-GB: There is no operation, so there is no time to recover.

option-nothing-recovery = Nid oes llawdriniaeth, felly nid oes angen amser i wella.

# en-GB: You avoid the risks, the time off and the hard work of an operation. Your leg stays as it is. If the difference is small, you may notice very little. If it is bigger, you may keep limping, get tired more easily, or feel self-conscious about how you walk.

option-nothing-daily-life = Rydych chi'n osgoi'r risgiau, yr amser i ffwrdd a gwaith caled llawdriniaeth. Mae eich coes yn aros fel y mae. Os yw'r gwahaniaeth yn fach, efallai mai ychydig iawn y byddwch chi'n sylwi arno. Os yw'n fwy, efallai y byddwch chi'n dal i gloffi, yn blino'n haws, neu'n teimlo'n hunanymwybodol am y ffordd rydych chi'n cerdded.

# en-GB: You manage well without treatment

option-nothing-benefit-manage-without-treatment-label = Rydych chi'n ymdopi'n dda heb driniaeth

# en-GB: If the difference is small, you may not need any treatment. We do not know how often this is the case.

option-nothing-benefit-manage-without-treatment-detail = Os yw'r gwahaniaeth yn fach, efallai na fydd angen unrhyw driniaeth arnoch. Nid ydym yn gwybod pa mor aml mae hyn yn wir.

# en-GB: Aches in the back, hips or knees

option-nothing-risk-aches-from-uneven-legs-label = Poenau yn y cefn, y cluniau neu'r pengliniau

# en-GB: An uneven walk can lead to aches. We do not know how often this happens.

option-nothing-risk-aches-from-uneven-legs-detail = Gall cerdded yn anwastad arwain at boenau. Nid ydym yn gwybod pa mor aml mae hyn yn digwydd.

# en-GB: The difference gets bigger as a child grows

option-nothing-risk-difference-grows-label = Mae'r gwahaniaeth yn mynd yn fwy wrth i blentyn dyfu

# en-GB: This only applies to children who are still growing. Your team can tell you whether this is likely for your child.

option-nothing-risk-difference-grows-detail = Mae hyn ond yn berthnasol i blant sy'n dal i dyfu. Gall eich tîm ddweud wrthych a yw hyn yn debygol i'ch plentyn.

# en-GB: We do not know how people do many years after the operation. Few studies followed people up for a long time.

uncertainty-long-term = Nid ydym yn gwybod sut mae pobl yn dod ymlaen flynyddoedd lawer ar ôl y llawdriniaeth. Ychydig o astudiaethau a ddilynodd bobl am amser hir.

# en-GB: Few studies asked people how the operation changed their daily life, their feelings or what they can do. NICE has asked for more research on this.

uncertainty-quality-of-life = Ychydig o astudiaethau a ofynnodd i bobl sut y newidiodd y llawdriniaeth eu bywyd bob dydd, eu teimladau neu'r hyn y gallan nhw ei wneud. Mae NICE wedi gofyn am fwy o ymchwil ar hyn.

# en-GB: There are several types of lengthening nail. They work in different ways, and they keep changing. Results with one nail may not be the same with another.

uncertainty-devices-differ = Mae sawl math o hoelen ymestyn. Maen nhw'n gweithio mewn ffyrdd gwahanol, ac maen nhw'n newid o hyd. Efallai na fydd y canlyniadau gydag un hoelen yr un fath gydag un arall.

# en-GB: There are few studies, and most are small. Many come from a single hospital. Results in one hospital may not be the same in another.

uncertainty-small-studies = Ychydig o astudiaethau sydd, ac mae'r rhan fwyaf yn fach. Mae llawer yn dod o un ysbyty yn unig. Efallai na fydd y canlyniadau mewn un ysbyty yr un fath mewn ysbyty arall.

# en-GB: Children are still growing, and their bones heal in a different way from adults. There is not enough evidence to say how results differ between children and adults.

uncertainty-children-and-adults = Mae plant yn dal i dyfu, ac mae eu hesgyrn yn gwella mewn ffordd wahanol i esgyrn oedolion. Nid oes digon o dystiolaeth i ddweud sut mae'r canlyniadau'n wahanol rhwng plant ac oedolion.

# en-GB: Frames are used less often now. So there are few recent figures for frames, and it is hard to compare them fairly with nails.

uncertainty-frames-less-studied = Mae fframiau'n cael eu defnyddio'n llai aml nawr. Felly ychydig o ffigurau diweddar sydd ar gyfer fframiau, ac mae'n anodd eu cymharu'n deg â hoelion.

# en-GB: Some of the people in the largest review of studies had both legs lengthened to make them taller. This leaflet is not about that, and their results may differ from people who have one shorter leg.

uncertainty-short-stature-in-studies = Roedd rhai o'r bobl yn yr adolygiad mwyaf o astudiaethau wedi cael ymestyn y ddwy goes er mwyn bod yn dalach. Nid yw'r daflen hon yn sôn am hynny, a gallai eu canlyniadau fod yn wahanol i rai pobl sydd ag un goes fyrrach.

# en-GB: NICE asked patients to comment on this operation, but nobody did. So NICE's advice does not include what patients think of it.

uncertainty-no-patient-views = Gofynnodd NICE i gleifion roi sylwadau ar y llawdriniaeth hon, ond ni wnaeth neb. Felly nid yw cyngor NICE yn cynnwys barn cleifion amdani.

# en-GB: A team of experts from different fields meets to talk about whether this operation suits you. NICE says this team should, if possible, include a physiotherapist and someone who helps with feelings (psychological support).

team-team-decides = Mae tîm o arbenigwyr o wahanol feysydd yn cyfarfod i drafod a yw'r llawdriniaeth hon yn addas i chi. Mae NICE yn dweud y dylai'r tîm hwn, os yw'n bosibl, gynnwys ffisiotherapydd a rhywun sy'n helpu gyda theimladau (cymorth seicolegol).

# en-GB: Your surgeon is trained in limb lengthening and has done it before. This operation is only done in specialist centres.

team-surgeon = Mae eich llawfeddyg wedi cael hyfforddiant mewn ymestyn esgyrn y breichiau a'r coesau (limb lengthening), ac wedi gwneud hyn o'r blaen. Dim ond mewn canolfannau arbenigol mae'r llawdriniaeth hon yn cael ei gwneud.

# en-GB: A physiotherapist helps you get ready for the operation. Afterwards, they help you keep your joints moving and your muscles strong.

team-physiotherapist = Mae ffisiotherapydd yn eich helpu i baratoi ar gyfer y llawdriniaeth. Wedyn, mae'n eich helpu i gadw eich cymalau i symud a'ch cyhyrau'n gryf.

# en-GB: A psychologist or counsellor can help you think about what you hope for. They can also support you with worry or low mood during a long treatment.

team-psychological-support = Gall seicolegydd neu gwnselydd eich helpu i feddwl am yr hyn rydych chi'n gobeithio amdano. Gallan nhw hefyd eich cefnogi os ydych chi'n poeni neu'n teimlo'n isel yn ystod triniaeth hir.

# en-GB: Specialist nurses show you how to care for your wound and how to use the controller. They can answer questions between check-ups.

team-nurses = Mae nyrsys arbenigol yn dangos i chi sut i ofalu am eich clwyf a sut i ddefnyddio'r rheolydd. Gallan nhw ateb cwestiynau rhwng apwyntiadau dilynol.

# en-GB: You and your family are part of the team. What matters to you helps decide what is right for you.

team-you-and-family = Rydych chi a'ch teulu yn rhan o'r tîm. Mae'r hyn sy'n bwysig i chi yn helpu i benderfynu beth sy'n iawn i chi.

# en-GB: How many of these operations has your team done, and how did they go?

question-team-results = Faint o'r llawdriniaethau hyn mae eich tîm wedi'u gwneud, a sut aethon nhw?

# en-GB: Which nail would you use for me, and why that one?

question-which-nail = Pa hoelen fyddech chi'n ei defnyddio i mi, a pham honno?

# en-GB: Could a frame or a shoe raise work as well for me?

question-other-options = A allai ffrâm neu godiad esgid weithio cystal i mi?

# en-GB: How long will I need crutches, and when can I put my full weight on the leg?

question-crutches = Am faint o amser y bydd angen baglau arna i, a phryd y galla i roi fy holl bwysau ar y goes?

# en-GB: How much time off school or work should I plan for?

question-time-off = Faint o amser i ffwrdd o'r ysgol neu'r gwaith ddylwn i gynllunio ar ei gyfer?

# en-GB: How often will I need to come to clinic and to physiotherapy?

question-visits = Pa mor aml y bydd angen i mi ddod i'r clinig ac i ffisiotherapi?

# en-GB: What should I do if the leg stops getting longer, or something feels wrong?

question-what-if-wrong = Beth ddylwn i ei wneud os yw'r goes yn stopio mynd yn hirach, neu os yw rhywbeth yn teimlo'n anghywir?

# en-GB: Who can I talk to about how I am feeling during treatment?

question-feelings = Gyda phwy y galla i siarad am sut rydw i'n teimlo yn ystod y driniaeth?

# en-GB: Will I need another operation to take the nail out?

question-nail-removal = A fydd angen llawdriniaeth arall arna i i dynnu'r hoelen allan?

# en-GB: How will my results be recorded, and who will see them?

question-my-records = Sut bydd fy nghanlyniadau'n cael eu cofnodi, a phwy fydd yn eu gweld?

# en-GB: Your team records how you do, as it does for every patient who has this operation. This is called an audit. It is part of your normal care.

outcomes-recording-every-patient = Mae eich tîm yn cofnodi sut rydych chi'n dod ymlaen, fel mae'n ei wneud ar gyfer pob claf sy'n cael y llawdriniaeth hon. Archwiliad clinigol (audit) yw'r enw ar hyn. Mae'n rhan o'ch gofal arferol.

# en-GB: Not much is known about this operation yet. Recording how everyone does helps your hospital check that the operation is safe and working well.

outcomes-recording-why = Nid ydym yn gwybod llawer am y llawdriniaeth hon eto. Mae cofnodi sut mae pawb yn dod ymlaen yn helpu eich ysbyty i wirio bod y llawdriniaeth yn ddiogel ac yn gweithio'n dda.

# en-GB: Your team may put your results into a tool from NICE for recording outcomes of procedures like this one. It records things like whether the leg reached its planned length and any problems.

outcomes-recording-nice-tool = Efallai y bydd eich tîm yn rhoi eich canlyniadau mewn teclyn gan NICE ar gyfer cofnodi canlyniadau triniaethau fel hon. Mae'n cofnodi pethau fel a gyrhaeddodd y goes yr hyd a gynlluniwyd, ac unrhyw broblemau.

# en-GB: NICE would like a national record of everyone who has this operation, called a registry. If one is set up, your team may ask to add your results to it.

outcomes-recording-registry = Hoffai NICE gael cofnod cenedlaethol o bawb sy'n cael y llawdriniaeth hon, o'r enw cofrestr. Os bydd cofrestr yn cael ei sefydlu, efallai y bydd eich tîm yn gofyn am gael ychwanegu eich canlyniadau ati.

# en-GB: Researchers may ask to use your information to learn more about this operation. They will explain what it means and ask you first.

outcomes-recording-research = Efallai y bydd ymchwilwyr yn gofyn am gael defnyddio eich gwybodaeth i ddysgu mwy am y llawdriniaeth hon. Byddan nhw'n egluro beth mae hyn yn ei olygu ac yn gofyn i chi yn gyntaf.

# en-GB: You can say no to research, or change your mind later. This will not affect your care in any way. You can ask your team how your information is kept safe.

outcomes-recording-you-can-say-no = Gallwch ddweud na i ymchwil, neu newid eich meddwl yn nes ymlaen. Ni fydd hyn yn effeithio ar eich gofal mewn unrhyw ffordd. Gallwch ofyn i'ch tîm sut mae eich gwybodaeth yn cael ei chadw'n ddiogel.

# en-GB: If you think something is wrong with your nail, controller or frame, tell your team straight away. You, your family or your team can also report it to the Medicines and Healthcare products Regulatory Agency (MHRA) through its Yellow Card scheme. This helps make devices safer for everyone.

device-reporting = Os ydych chi'n meddwl bod rhywbeth o'i le ar eich hoelen, eich rheolydd neu eich ffrâm, dywedwch wrth eich tîm ar unwaith. Gallwch chi, eich teulu neu eich tîm hefyd roi gwybod amdano i'r Asiantaeth Rheoleiddio Meddyginiaethau a Chynhyrchion Gofal Iechyd (MHRA) drwy ei chynllun Cerdyn Melyn (Yellow Card). Mae hyn yn helpu i wneud dyfeisiau'n fwy diogel i bawb.

# en-GB: We check this information against new studies and NICE advice at least once a year, and always by the next review date. If NICE changes its advice, or an important new study comes out, we update it sooner. Every version has a date. This lets you and your team see which version you read.

update-policy = Rydym yn gwirio'r wybodaeth hon yn erbyn astudiaethau newydd a chyngor NICE o leiaf unwaith y flwyddyn, a bob amser erbyn y dyddiad adolygu nesaf. Os bydd NICE yn newid ei gyngor, neu os bydd astudiaeth newydd bwysig yn cael ei chyhoeddi, rydym yn ei diweddaru'n gynt. Mae dyddiad ar bob fersiwn. Mae hyn yn gadael i chi a'ch tîm weld pa fersiwn rydych chi wedi'i darllen.

# en-GB: This is sample content, made to show how this tool works. It is not real advice from a real hospital. It was written by the limb reconstruction team at Example NHS Foundation Trust. A panel of patients and families then checked that it is clear and fair.

authors = Cynnwys enghreifftiol yw hwn, sydd wedi'i wneud i ddangos sut mae'r offeryn hwn yn gweithio. Nid yw'n gyngor go iawn gan ysbyty go iawn. Cafodd ei ysgrifennu gan y tîm ail-greu breichiau a choesau yn Example NHS Foundation Trust. Yna fe wnaeth panel o gleifion a theuluoedd wirio ei fod yn glir ac yn deg.

# en-GB: This is sample content. It was written by the trust's own staff as part of their usual work. No money came from companies that make lengthening nails, frames or other devices. The people who wrote it have no links with these companies that could affect what it says (no conflicts of interest).

funding = Cynnwys enghreifftiol yw hwn. Cafodd ei ysgrifennu gan staff yr ymddiriedolaeth ei hun fel rhan o'u gwaith arferol. Ni ddaeth unrhyw arian gan gwmnïau sy'n gwneud hoelion ymestyn, fframiau neu ddyfeisiau eraill. Nid oes gan y bobl a'i hysgrifennodd unrhyw gysylltiadau â'r cwmnïau hyn a allai effeithio ar yr hyn mae'n ei ddweud (dim gwrthdaro buddiannau).

# en-GB: This operation makes a shorter leg longer. The surgeon puts a metal rod, called a nail, inside the bone of the shorter leg. Doctors call this intramedullary distraction. It can be done on the thigh bone or the shin bone.

section-about-638b4e = Mae'r llawdriniaeth hon yn gwneud coes fyrrach yn hirach. Mae'r llawfeddyg yn rhoi gwialen fetel, o'r enw hoelen, y tu mewn i asgwrn y goes fyrrach. Mae meddygon yn galw hyn yn ymestyn mewnfadruddynnol (intramedullary distraction). Gellir ei wneud ar asgwrn y forddwyd (asgwrn rhan uchaf y goes) neu ar asgwrn y grimog (asgwrn rhan isaf y goes).

# en-GB: How does it work?

section-about-cea8b0 = Sut mae'n gweithio?

# en-GB: The surgeon makes a clean break in the bone during the operation. The nail holds the two parts of the bone in line. After a few days, the nail starts to get longer by a tiny amount each day. This slowly pulls the two parts of the bone apart.

section-about-9d51f8 = Mae'r llawfeddyg yn torri'r asgwrn yn lân yn ystod y llawdriniaeth. Mae'r hoelen yn dal dwy ran yr asgwrn mewn llinell. Ar ôl ychydig ddyddiau, mae'r hoelen yn dechrau mynd ychydig bach yn hirach bob dydd. Mae hyn yn tynnu dwy ran yr asgwrn oddi wrth ei gilydd yn araf.

# en-GB: Your body fills the small gap with new, soft bone. Because the gap opens so slowly, new bone keeps growing into it. The muscles, nerves and skin stretch slowly too. When the leg has reached the planned length, the nail stops getting longer. The new bone then hardens over the following months.

section-about-9fd9c8 = Mae eich corff yn llenwi'r bwlch bach ag asgwrn newydd, meddal. Gan fod y bwlch yn agor mor araf, mae asgwrn newydd yn dal i dyfu i mewn iddo. Mae'r cyhyrau, y nerfau a'r croen yn ymestyn yn araf hefyd. Pan fydd y goes wedi cyrraedd yr hyd a gynlluniwyd, mae'r hoelen yn stopio mynd yn hirach. Yna mae'r asgwrn newydd yn caledu dros y misoedd nesaf.

# en-GB: Many lengthening nails are worked with a small controller that uses a magnet. You or someone at home holds it against your leg at set times each day. Your team will show you how. Other nails work in other ways.

section-about-421e7d = Mae llawer o hoelion ymestyn yn cael eu gweithio gyda rheolydd bach sy'n defnyddio magnet. Rydych chi, neu rywun gartref, yn ei ddal yn erbyn eich coes ar adegau penodol bob dydd. Bydd eich tîm yn dangos i chi sut i wneud hyn. Mae hoelion eraill yn gweithio mewn ffyrdd eraill.

# en-GB: Who does this operation?

section-about-78bc10 = Pwy sy'n gwneud y llawdriniaeth hon?

# en-GB: This is a difficult operation. It is only done in specialist centres, by surgeons who are trained in limb lengthening and have done it before. A team of different specialists helps decide whether it is right for you. This team should ideally include a physiotherapist and someone who gives psychological support.

section-about-f1d293 = Mae hon yn llawdriniaeth anodd. Dim ond mewn canolfannau arbenigol mae'n cael ei gwneud, gan lawfeddygon sydd wedi cael hyfforddiant mewn ymestyn esgyrn y breichiau a'r coesau ac sydd wedi ei gwneud o'r blaen. Mae tîm o wahanol arbenigwyr yn helpu i benderfynu a yw'n iawn i chi. Yn ddelfrydol, dylai'r tîm hwn gynnwys ffisiotherapydd a rhywun sy'n rhoi cymorth seicolegol.

# en-GB: How sure are we about it?

section-about-057381 = Pa mor siŵr ydym ni amdani?

# en-GB: There is not much good evidence about this operation yet. The studies are few and mostly small. So NICE says hospitals must take extra care, called special arrangements. Your team will make sure you understand what is known and what is not known before you decide.

section-about-6e1608 = Nid oes llawer o dystiolaeth dda am y llawdriniaeth hon eto. Ychydig o astudiaethau sydd, ac mae'r rhan fwyaf yn fach. Felly mae NICE yn dweud bod rhaid i ysbytai gymryd gofal ychwanegol, o'r enw trefniadau arbennig. Bydd eich tîm yn gwneud yn siŵr eich bod yn deall beth rydym ni'n ei wybod a beth nad ydym ni'n ei wybod cyn i chi benderfynu.

# en-GB: This information does not cover making both legs longer so that a person is taller.

section-about-84329b = Nid yw'r wybodaeth hon yn sôn am wneud y ddwy goes yn hirach er mwyn i rywun fod yn dalach.

# en-GB: You will meet the team several times before you decide. There is no rush. You can take someone with you to every visit.

section-before-c3bdc6 = Byddwch chi'n cwrdd â'r tîm sawl gwaith cyn i chi benderfynu. Nid oes brys. Gallwch fynd â rhywun gyda chi i bob apwyntiad.

# en-GB: What checks will I have?

section-before-082c01 = Pa wiriadau fydda i'n eu cael?

# en-GB: X-rays or other scans, to measure your legs and see the shape of your bones.

section-before-1d12aa = Pelydrau-X neu sganiau eraill, i fesur eich coesau a gweld siâp eich esgyrn.

# en-GB: A check of your joints and muscles by a physiotherapist.

section-before-fb44f1 = Gwiriad o'ch cymalau a'ch cyhyrau gan ffisiotherapydd.

# en-GB: A talk with someone who gives psychological support, about what you hope for and how you cope with hard times.

section-before-2a2dea = Sgwrs gyda rhywun sy'n rhoi cymorth seicolegol, am yr hyn rydych chi'n gobeithio amdano a sut rydych chi'n ymdopi ag amseroedd anodd.

# en-GB: Blood tests and other checks to make sure you are ready for an operation.

section-before-8fc261 = Profion gwaed a gwiriadau eraill i wneud yn siŵr eich bod yn barod am lawdriniaeth.

# en-GB: How can I get ready?

section-before-7e7ffd = Sut galla i baratoi?

# en-GB: Lengthening takes many months and a lot of work from you. It helps to plan ahead.

section-before-b9dad1 = Mae ymestyn yn cymryd llawer o fisoedd a llawer o waith gennych chi. Mae'n help cynllunio ymlaen llaw.

# en-GB: Think about time off school or work. Ask your team how long to plan for.

section-before-9eadc6 = Meddyliwch am amser i ffwrdd o'r ysgol neu'r gwaith. Gofynnwch i'ch tîm am faint o amser y dylech chi gynllunio.

# en-GB: Make your home easier to get around on crutches. For example, move things you use every day to where you can reach them.

section-before-2fadb9 = Gwnewch eich cartref yn haws symud o'i gwmpas ar faglau. Er enghraifft, symudwch bethau rydych chi'n eu defnyddio bob dydd i rywle lle gallwch eu cyrraedd.

# en-GB: Plan how you will get to clinic and physiotherapy. You will need to go often.

section-before-a05187 = Cynlluniwch sut byddwch chi'n cyrraedd y clinig a ffisiotherapi. Bydd angen i chi fynd yn aml.

# en-GB: Line up people who can help you at home, mostly in the first weeks.

section-before-ebe3fc = Trefnwch bobl a all eich helpu gartref, yn bennaf yn yr wythnosau cyntaf.

# en-GB: If you smoke, try to stop. Smoking can slow down bone healing. Your team can help you find support.

section-before-8e1d86 = Os ydych chi'n ysmygu, ceisiwch stopio. Gall ysmygu arafu'r broses o wella'r asgwrn. Gall eich tîm eich helpu i ddod o hyd i gymorth.

# en-GB: Giving your consent

section-before-ae7ff1 = Rhoi eich caniatâd

# en-GB: Before the operation, your surgeon will go through the benefits, the risks and the other choices with you. They will also explain what is not known. You will sign a form to say you agree. This is called giving consent.

section-before-674155 = Cyn y llawdriniaeth, bydd eich llawfeddyg yn mynd drwy'r manteision, y risgiau a'r dewisiadau eraill gyda chi. Bydd hefyd yn egluro beth nad ydym yn ei wybod. Byddwch chi'n llofnodi ffurflen i ddweud eich bod yn cytuno. Rhoi caniatâd (cydsynio) yw'r enw ar hyn.

# en-GB: You can change your mind at any time before the operation. Saying no will not affect the rest of your care.

section-before-41c463 = Gallwch newid eich meddwl unrhyw bryd cyn y llawdriniaeth. Ni fydd dweud na yn effeithio ar weddill eich gofal.

# en-GB: You will be asleep for the operation. This is called a general anaesthetic. Some people also have an injection in the back to numb the legs, to help with pain afterwards. Your anaesthetist will talk to you about this.

section-during-499b44 = Byddwch chi'n cysgu yn ystod y llawdriniaeth. Anesthetig cyffredinol yw'r enw ar hyn. Mae rhai pobl hefyd yn cael pigiad yn y cefn i fferru'r coesau, i helpu gyda'r boen wedyn. Bydd eich anesthetydd yn siarad â chi am hyn.

# en-GB: What does the surgeon do?

section-during-bccb62 = Beth mae'r llawfeddyg yn ei wneud?

# en-GB: The surgeon makes a few small cuts in the skin.

section-during-d1b23f = Mae'r llawfeddyg yn gwneud ychydig o doriadau bach yn y croen.

# en-GB: They make a clean break in the bone that is being made longer.

section-during-f1a61d = Mae'n torri'n lân drwy'r asgwrn sy'n cael ei wneud yn hirach.

# en-GB: They slide the nail into the hollow middle of the bone.

section-during-f73a64 = Mae'n llithro'r hoelen i mewn i ganol gwag yr asgwrn.

# en-GB: They fix the nail in place with screws at each end.

section-during-164f05 = Mae'n gosod yr hoelen yn ei lle gyda sgriwiau ym mhob pen.

# en-GB: They take X-rays to check that the nail is in the right place.

section-during-f9d760 = Mae'n tynnu lluniau pelydr-X i wirio bod yr hoelen yn y lle iawn.

# en-GB: The cuts are closed with stitches or clips and covered with dressings.

section-during-974b04 = Mae'r toriadau'n cael eu cau gyda phwythau neu glipiau, a'u gorchuddio â dresin.

# en-GB: Waking up

section-during-3b7518 = Deffro

# en-GB: You will wake up in the recovery room, and then go back to the ward. Your leg may feel sore, and you will have medicine for pain. A physiotherapist will help you get out of bed and start walking with crutches.

section-during-7bd9e5 = Byddwch chi'n deffro yn yr ystafell adfer, ac yna'n mynd yn ôl i'r ward. Efallai y bydd eich coes yn boenus, a byddwch chi'n cael meddyginiaeth at y boen. Bydd ffisiotherapydd yn eich helpu i godi o'r gwely a dechrau cerdded gyda baglau.

# en-GB: You will stay in hospital for a short time after the operation. Your team will tell you how long to expect.

section-during-b27c67 = Byddwch chi'n aros yn yr ysbyty am gyfnod byr ar ôl y llawdriniaeth. Bydd eich tîm yn dweud wrthych chi am faint i'w ddisgwyl.

# en-GB: Treatment has three stages: a short rest after the operation, the lengthening stage, and then a longer stage while the new bone hardens.

section-after-4b743f = Mae tri cham i'r driniaeth: cyfnod byr o orffwys ar ôl y llawdriniaeth, y cam ymestyn, ac yna cam hirach tra bo'r asgwrn newydd yn caledu.

# en-GB: The lengthening stage

section-after-3b5383 = Y cam ymestyn

# en-GB: The nail starts to get longer a few days after the operation. It usually gets longer by about 1 mm a day, in small steps spread through the day. NICE's earlier guidance describes studies where legs were lengthened by between 0.82 and 1.11 mm a day. Your team will set the right amount for you.

section-after-1fdba8 = Mae'r hoelen yn dechrau mynd yn hirach ychydig ddyddiau ar ôl y llawdriniaeth. Fel arfer mae'n mynd tua 1 mm yn hirach bob dydd, mewn camau bach drwy gydol y dydd. Mae canllawiau cynharach NICE yn disgrifio astudiaethau lle cafodd coesau eu hymestyn rhwng 0.82 a 1.11 mm y dydd. Bydd eich tîm yn penderfynu ar y swm iawn i chi.

# en-GB: If your nail uses a magnet controller, you or someone at home will use it at set times each day. Your team will show you how. Keep a note of each time you use it.

section-after-690401 = Os yw eich hoelen yn defnyddio rheolydd magnet, byddwch chi neu rywun gartref yn ei ddefnyddio ar adegau penodol bob dydd. Bydd eich tîm yn dangos i chi sut. Cadwch nodyn o bob tro rydych chi'n ei ddefnyddio.

# en-GB: While the leg is getting longer, you may feel:

section-after-21b87a = Tra bo'r goes yn mynd yn hirach, efallai y byddwch chi'n teimlo:

# en-GB: tightness or soreness in your muscles and joints

section-after-226ef6 = bod eich cyhyrau a'ch cymalau yn dynn neu'n boenus

# en-GB: some pain, mostly after each small lengthening step

section-after-f0163f = rhywfaint o boen, yn bennaf ar ôl pob cam ymestyn bach

# en-GB: tiredness, and frustration that everyday things take longer.

section-after-701ddf = wedi blino, ac yn rhwystredig bod pethau bob dydd yn cymryd mwy o amser.

# en-GB: Physiotherapy and exercises

section-after-099b2b = Ffisiotherapi ac ymarferion

# en-GB: Physiotherapy is a very important part of treatment. As the bone gets longer, the muscles around it are stretched. Without exercise, your knee, hip or ankle can become stiff.

section-after-811973 = Mae ffisiotherapi yn rhan bwysig iawn o'r driniaeth. Wrth i'r asgwrn fynd yn hirach, mae'r cyhyrau o'i gwmpas yn cael eu hymestyn. Heb ymarfer, gall eich pen-glin, eich clun neu eich ffêr fynd yn stiff.

# en-GB: Do the exercises your physiotherapist gives you every day.

section-after-e6dfa9 = Gwnewch yr ymarferion mae eich ffisiotherapydd yn eu rhoi i chi bob dydd.

# en-GB: Go to all your physiotherapy sessions.

section-after-0f350d = Ewch i'ch holl sesiynau ffisiotherapi.

# en-GB: Use your crutches, and only put as much weight on the leg as your team says.

section-after-23925a = Defnyddiwch eich baglau, a rhowch ddim ond cymaint o bwysau ar y goes ag mae eich tîm yn ei ddweud.

# en-GB: Check-ups

section-after-ad1f13 = Apwyntiadau dilynol

# en-GB: You will have regular check-ups while the leg is getting longer, with X-rays to see how the new bone is growing. Your team may change how fast the nail gets longer. Once the lengthening stops, check-ups become less frequent while the bone hardens. This hardening stage takes longer than the lengthening stage. Slowly you can put more weight on the leg.

section-after-f0d640 = Byddwch chi'n cael apwyntiadau dilynol rheolaidd tra bo'r goes yn mynd yn hirach, gyda phelydrau-X i weld sut mae'r asgwrn newydd yn tyfu. Efallai y bydd eich tîm yn newid pa mor gyflym mae'r hoelen yn mynd yn hirach. Unwaith y bydd yr ymestyn yn stopio, bydd yr apwyntiadau'n llai aml tra bo'r asgwrn yn caledu. Mae'r cam caledu hwn yn cymryd mwy o amser na'r cam ymestyn. Yn raddol, gallwch roi mwy o bwysau ar y goes.

# en-GB: When to get help

section-after-7edbcf = Pryd i gael help

# en-GB: Contact the team straight away if:

section-after-2ec4b8 = Cysylltwch â'r tîm ar unwaith os bydd unrhyw un o'r pethau hyn yn digwydd:

# en-GB: your wound becomes red, hot, swollen or leaks fluid

section-after-d7098b = mae eich clwyf yn mynd yn goch, yn boeth, wedi chwyddo neu'n gollwng hylif

# en-GB: you have a high temperature or feel unwell

section-after-7ca88e = mae gennych chi dymheredd uchel neu rydych chi'n teimlo'n anhwylus

# en-GB: the pain gets much worse, or your leg or foot feels numb or tingly

section-after-376db1 = mae'r boen yn gwaethygu'n fawr, neu mae eich coes neu eich troed yn teimlo'n ddiffrwyth neu fel pinnau bach

# en-GB: you cannot move your toes, ankle or knee as well as before

section-after-8749d9 = nid ydych chi'n gallu symud bysedd eich traed, eich ffêr neu eich pen-glin cystal ag o'r blaen

# en-GB: the controller does not seem to work, or the leg seems to stop getting longer.

section-after-25ab5b = nid yw'n ymddangos bod y rheolydd yn gweithio, neu mae'n ymddangos bod y goes wedi stopio mynd yn hirach.

# en-GB: Taking the nail out

section-after-033cc5 = Tynnu'r hoelen allan

# en-GB: Once the bone has fully healed, your surgeon may suggest taking the nail out. This is usually a smaller operation than the first one. Ask your team whether you will need it, and when.

section-after-16cd8e = Unwaith y bydd yr asgwrn wedi gwella'n llwyr, efallai y bydd eich llawfeddyg yn awgrymu tynnu'r hoelen allan. Fel arfer mae hon yn llawdriniaeth lai na'r un gyntaf. Gofynnwch i'ch tîm a fydd angen hyn arnoch, a phryd.

# en-GB: Looking after your feelings

section-after-910126 = Gofalu am eich teimladau

# en-GB: Leg lengthening takes a long time. It is normal to feel low, worried or fed up at times. Tell your team how you feel. They can put you in touch with psychological support.

section-after-276d4c = Mae ymestyn coes yn cymryd amser hir. Mae'n normal teimlo'n isel, yn poeni neu wedi cael llond bol weithiau. Dywedwch wrth eich tîm sut rydych chi'n teimlo. Gallan nhw eich rhoi mewn cysylltiad â chymorth seicolegol.

