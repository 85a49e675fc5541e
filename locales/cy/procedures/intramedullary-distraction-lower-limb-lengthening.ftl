# procedures/intramedullary-distraction-lower-limb-lengthening.ftl in cy. Translate the text after each `=`; the comment above each
# message shows the current en-GB text. Numbers, dates and names
# arrive as variables such as { $events }: keep them, never type a figure.

title = Gwneud coes fyrrach yn hirach gyda hoelen y tu mewn i'r asgwrn

summary = Mae'r wybodaeth hon ar gyfer pobl sydd ag un goes yn fyrrach na'r llall, ac ar gyfer eu teuluoedd. Mae'n egluro llawdriniaeth sy'n gwneud y goes fyrrach yn hirach gyda hoelen y tu mewn i'r asgwrn. Mae hefyd yn egluro'r dewisiadau eraill, gan gynnwys gwneud dim. Nid oes llawer o dystiolaeth dda am y llawdriniaeth hon eto, felly mae rhai pethau nad ydym yn eu gwybod.

condition = Mae un o'ch coesau'n fyrrach na'r llall. Mae meddygon yn galw hyn yn wahaniaeth yn hyd y coesau (leg length difference). Efallai eich bod wedi cael eich geni fel hyn. Gall hefyd ddigwydd ar ôl torri asgwrn, ar ôl haint neu diwmor, neu pan nad yw asgwrn yn tyfu fel y dylai. Efallai na fydd gwahaniaeth bach yn achosi unrhyw drafferth. Gall gwahaniaeth mwy wneud i chi gloffi a blino'n haws. Mae rhai pobl yn cael poenau yn y cefn, y cluniau neu'r pengliniau. Gall hefyd effeithio ar sut rydych chi'n teimlo amdanoch chi'ch hun a'r hyn y gallwch chi ei wneud. Mewn plentyn sy'n dal i dyfu, gall y gwahaniaeth fynd yn fwy dros amser.

decision = Rydych chi'n penderfynu a ydych am gael llawdriniaeth i wneud eich coes fyrrach yn hirach gyda hoelen y tu mewn i'r asgwrn. Y dewisiadau eraill yw ffrâm ar y tu allan i'r goes, codiad esgid, neu wneud dim am y tro.

evidence-summary = Dim ond ychydig o astudiaethau sydd o'r llawdriniaeth hon, ac mae'r rhan fwyaf ohonyn nhw'n fach. Roedd llawer yn edrych ar gleifion o un ysbyty yn unig. Ychydig a gymharodd yr hoelen â thriniaethau eraill, ac ychydig a ddilynodd bobl am amser hir. Mae NICE yn dweud bod y dystiolaeth yn gyfyngedig o ran faint sydd ohoni ac o ran ei hansawdd. Felly mae'r ffigurau yma'n ganllaw bras, nid addewid o'r hyn a fydd yn digwydd i chi.

special-arrangements-why = Mae NICE yn dweud mai dim ond gyda threfniadau arbennig y dylid gwneud y llawdriniaeth hon. Mae hyn oherwydd bod y dystiolaeth yn gyfyngedig. Nid yw'n golygu bod y llawdriniaeth yn anghywir i chi. Mae'n golygu bod pethau nad oes neb yn eu gwybod eto.

special-arrangements-closer-checks = Mae'r bobl yn yr ysbyty sy'n gofalu am ddiogelwch yn cael gwybod am y llawdriniaeth hon. Maen nhw'n ei gwirio'n fwy manwl nag arfer.

special-arrangements-records = Mae eich tîm yn cofnodi sut mae pob claf sy'n cael y llawdriniaeth hon yn dod ymlaen. Maen nhw'n edrych ar y canlyniadau hyn yn rheolaidd.

special-arrangements-understand-first = Cyn i chi gytuno, mae eich tîm yn gwneud yn siŵr eich bod yn deall beth rydym ni'n ei wybod a beth nad ydym ni'n ei wybod. Mae hyn yn cynnwys y risgiau, y manteision a'r bylchau yn y dystiolaeth.

special-arrangements-time-to-decide = Gallwch gymryd eich amser, gofyn cymaint o gwestiynau ag sydd eu hangen arnoch a dod â rhywun gyda chi. Gallwch ddweud na, neu newid eich meddwl.

special-arrangements-surgeons-learn = Mae llawfeddygon sy'n gwneud y llawdriniaeth hon yn trafod eu canlyniadau bob blwyddyn, er mwyn dysgu a gwella.

for-one-leg-shorter = Pobl sydd ag un goes yn fyrrach na'r llall, lle mae'r gwahaniaeth yn effeithio ar eu bywyd bob dydd.

for-children-and-adults = Oedolion a phlant. Bydd eich tîm yn gwirio bod eich asgwrn o'r maint a'r siâp iawn ar gyfer hoelen.

for-able-to-take-part = Pobl sy'n gallu dod i'r clinig ac i ffisiotherapi yn aml, am sawl mis, a gwneud ymarferion gartref.

not-for-short-stature = Gwneud y ddwy goes yn hirach er mwyn i rywun fod yn dalach (ar gyfer taldra byr). Nid yw cyngor NICE yn cynnwys hyn.

option-nail-name = Hoelen ymestyn y tu mewn i'r asgwrn

option-nail-summary = Mae llawfeddyg yn rhoi gwialen fetel, o'r enw hoelen, y tu mewn i'ch asgwrn. Mae'r hoelen yn cael ei gwneud ychydig yn hirach bob dydd, ac mae asgwrn newydd yn tyfu yn y bwlch. Mae meddygon yn galw hyn yn ymestyn mewnfadruddynnol (intramedullary distraction).

option-nail-what-happens = Byddwch chi'n cael llawdriniaeth tra byddwch chi'n cysgu. Mae'r llawfeddyg yn torri'r asgwrn ac yn llithro'r hoelen i mewn i ganol gwag yr asgwrn. Ar ôl ychydig ddyddiau, mae'r hoelen yn dechrau mynd ychydig bach yn hirach bob dydd. Yn aml, rydych chi'n gwneud hyn gartref gyda rheolydd bach sy'n defnyddio magnet. Pan fydd y goes yn ddigon hir, mae'r asgwrn newydd yn caledu'n araf. Efallai y bydd yr hoelen yn cael ei thynnu allan yn nes ymlaen mewn llawdriniaeth lai.

option-nail-recovery = Mae gwella'n cymryd llawer o fisoedd. Byddwch chi'n defnyddio baglau, a rhaid i chi beidio â rhoi eich holl bwysau ar y goes am gyfnod. Bydd angen ffisiotherapi arnoch, ac apwyntiadau dilynol rheolaidd gyda phelydrau-X. Wrth i'r goes gael ei hymestyn, gall y cyhyrau a'r cymalau deimlo'n dynn ac yn boenus. Mae'r asgwrn newydd yn cymryd mwy o amser i galedu nag a gymerodd i dyfu.

option-nail-daily-life = Nid oes ffrâm ar du allan eich coes, felly gallwch wisgo eich dillad arferol. Bydd gennych rai creithiau bach. Tra bo'r goes yn cael ei hymestyn, mae'n rhaid i chi ymestyn yr hoelen ar adegau penodol bob dydd, mynd i ffisiotherapi a gwneud ymarferion gartref. Efallai y bydd angen amser i ffwrdd o'r ysgol neu'r gwaith arnoch chi, a help gartref. Gall poen, blinder a methu gwneud eich pethau arferol fod yn anodd. Mae rhai pobl yn teimlo'n isel, yn poeni neu wedi cael llond bol yn ystod triniaeth hir. Mae hyn yn normal, a gall eich tîm helpu.

option-nail-benefit-reach-planned-length-label = Mae'r goes yn cyrraedd yr hyd a gynlluniwyd

option-nail-benefit-reach-planned-length-detail = Cyn y llawdriniaeth, mae eich tîm yn cynllunio faint yn hirach y dylai'r goes fod. Mae hyn yn dangos pa mor aml y cyrhaeddodd esgyrn a gafodd eu hymestyn yr hyd hwnnw mewn un astudiaeth.

option-nail-benefit-better-function-label = Mae cerdded a symud yn mynd yn haws

option-nail-benefit-better-function-detail = Mae NICE yn gweld hyn fel un o brif nodau'r llawdriniaeth. Nid oes ffigur dibynadwy ar gyfer pa mor aml mae hyn yn digwydd.

option-nail-benefit-better-quality-of-life-label = Mae bywyd bob dydd yn teimlo'n well at ei gilydd

option-nail-benefit-better-quality-of-life-detail = Ychydig o astudiaethau sydd wedi gofyn i bobl sut y newidiodd y llawdriniaeth eu bywyd.

option-nail-risk-any-complication-label = Problem yn ystod y driniaeth (cymhlethdod)

option-nail-risk-any-complication-detail = Mae hyn yn cyfrif problemau, nid pobl. Gall un asgwrn gael mwy nag un broblem. Mae rhai problemau'n fach ac yn hawdd eu cywiro. Mae angen llawdriniaeth arall ar gyfer eraill.

option-nail-risk-change-of-plan-label = Newid mawr i'r cynllun, fel llawdriniaeth arall

option-nail-risk-change-of-plan-detail = Er enghraifft, llawdriniaeth ychwanegol, neu newid i'r ffordd mae'r goes yn cael ei hymestyn.

option-nail-risk-goal-not-reached-label = Nid yw'r driniaeth yn cyrraedd ei nod

option-nail-risk-goal-not-reached-detail = Nid yw'r driniaeth yn gwneud yr hyn roedd i fod i'w wneud. Er enghraifft, mae'r goes yn fyrrach na'r hyn a gynlluniwyd yn y diwedd.

option-nail-risk-lasting-problem-label = Problem sy'n para, neu broblem iechyd newydd

option-nail-risk-lasting-problem-detail = Problem nad yw'n diflannu ar ôl i'r driniaeth ddod i ben, neu broblem iechyd newydd a achoswyd gan y driniaeth.

option-nail-risk-nail-fails-label = Mae'r hoelen yn methu

option-nail-risk-nail-fails-detail = Mae'r hoelen yn torri neu'n stopio gweithio fel y dylai. Mae meddygon yn galw hyn yn fethiant mewnblaniad (implant failure). Efallai y bydd angen llawdriniaeth arall arnoch.

option-nail-risk-infection-label = Haint

option-nail-risk-infection-detail = Mae germau'n mynd i mewn i'r clwyf neu'r asgwrn. Nid oes ffigur dibynadwy ar gyfer pa mor aml mae hyn yn digwydd gyda hoelen.

option-nail-risk-pain-label = Poen

option-nail-risk-pain-detail = Gall y goes frifo, yn bennaf tra bo'n cael ei hymestyn. Nid oes ffigur dibynadwy ar gyfer pa mor aml mae poen yn broblem.

option-nail-risk-slow-bone-healing-label = Mae'r asgwrn newydd yn araf yn gwella, neu nid yw'n gwella

option-nail-risk-slow-bone-healing-detail = Mae meddygon yn galw hyn yn uno araf neu fethu uno (delayed union neu non-union). Efallai y bydd angen mwy o amser ar faglau arnoch, neu lawdriniaeth arall.

option-fixator-name = Ffrâm ar y tu allan

option-fixator-summary = Mae llawfeddyg yn gosod ffrâm fetel ar du allan eich coes. Mae pinnau neu wifrau'n mynd drwy'r croen i mewn i'r asgwrn. Mae'r ffrâm yn cael ei haddasu ychydig bob dydd i wneud yr asgwrn yn hirach. Mae meddygon yn galw hyn yn sefydlogydd allanol (external fixator).

option-fixator-what-happens = Byddwch chi'n cael llawdriniaeth tra byddwch chi'n cysgu. Mae'r llawfeddyg yn torri'r asgwrn ac yn gosod y ffrâm arno gyda phinnau neu wifrau. Ar ôl ychydig ddyddiau, mae'r ffrâm yn cael ei haddasu ychydig bob dydd. Mae'r asgwrn yn mynd yn hirach yn araf, ac mae asgwrn newydd yn tyfu yn y bwlch. Pan fydd y goes yn ddigon hir, mae'r ffrâm yn aros ymlaen tra bo'r asgwrn newydd yn caledu. Yna mae'n cael ei thynnu i ffwrdd mewn triniaeth arall, fyrrach.

option-fixator-recovery = Mae gwella'n cymryd llawer o fisoedd. Mae'r ffrâm yn aros ymlaen drwy'r holl amser mae'r asgwrn yn mynd yn hirach ac yn caledu. Bydd angen ffisiotherapi arnoch, ac apwyntiadau dilynol rheolaidd gyda phelydrau-X. Bydd angen i chi hefyd lanhau'r croen lle mae'r pinnau'n mynd i mewn bob dydd. Byddwch chi'n defnyddio baglau am gyfnod. Wrth i'r goes gael ei hymestyn, gall y cyhyrau a'r cymalau deimlo'n dynn ac yn boenus.

option-fixator-daily-life = Mae'r ffrâm ar du allan eich coes, felly gall pobl eraill ei gweld. Gall wneud gwisgo, cysgu a symud o gwmpas yn anoddach, ac ni fydd rhai dillad yn ffitio drosti. Efallai y bydd angen amser i ffwrdd o'r ysgol neu'r gwaith arnoch chi, a help gartref. Mae rhai pobl yn ei chael hi'n anodd byw gyda ffrâm, neu nid ydyn nhw eisiau un. Gall poen, blinder a methu gwneud eich pethau arferol fod yn anodd. Mae rhai pobl yn teimlo'n isel, yn poeni neu wedi cael llond bol yn ystod triniaeth hir. Mae hyn yn normal, a gall eich tîm helpu. Mae fframiau'n cael eu defnyddio'n llai aml nawr nag yn y gorffennol.

option-fixator-benefit-reach-planned-length-label = Mae'r goes yn cyrraedd yr hyd a gynlluniwyd

option-fixator-benefit-reach-planned-length-detail = Roedd un astudiaeth yn cymharu fframiau â hoelion yn asgwrn y forddwyd (asgwrn rhan uchaf y goes). Nid yw'r wybodaeth hon yn rhoi ffigur ar gyfer fframiau eto.

option-fixator-benefit-better-function-label = Mae cerdded a symud yn mynd yn haws

option-fixator-benefit-better-function-detail = Mae fframiau wedi cael eu defnyddio i wneud coesau'n hirach ers blynyddoedd lawer. Nid oes ffigur dibynadwy ar gyfer pa mor aml mae cerdded yn mynd yn haws.

option-fixator-benefit-better-quality-of-life-label = Mae bywyd bob dydd yn teimlo'n well at ei gilydd

option-fixator-benefit-better-quality-of-life-detail = Ychydig o astudiaethau sydd wedi gofyn i bobl sut y newidiodd ffrâm eu bywyd.

option-fixator-risk-any-complication-label = Problem yn ystod y driniaeth (cymhlethdod)

option-fixator-risk-any-complication-detail = Mae cyngor cynharach NICE yn rhestru sawl problem gyda fframiau, ond nid yw'n rhoi ffigurau.

option-fixator-risk-infection-label = Haint

option-fixator-risk-infection-detail = Mae germau'n mynd i mewn lle mae'r pinnau'n mynd drwy'r croen. Mae meddygon yn galw hyn yn haint safle'r pin (pin-site infection).

option-fixator-risk-pain-label = Poen

option-fixator-risk-pain-detail = Gall y goes frifo, oherwydd yr ymestyn a hefyd lle mae'r pinnau'n mynd i mewn.

option-fixator-risk-joint-slips-out-label = Mae cymal y glun neu'r pen-glin yn llithro o'i le

option-fixator-risk-joint-slips-out-detail = Gall yr ymestyn dynnu cymal yn rhannol neu'n llwyr o'i le. Mae meddygon yn galw hyn yn islithriad neu'n ddatgymaliad (subluxation neu dislocation).

option-fixator-risk-bone-heals-bent-label = Mae'r asgwrn yn gwella'n gam

option-fixator-risk-bone-heals-bent-detail = Mae'r asgwrn newydd yn gwella ar ongl yn lle yn syth. Mae meddygon yn galw hyn yn anffurfiad onglog (angulation deformity).

option-shoe-raise-name = Codiad esgid a help arall heb lawdriniaeth

option-shoe-raise-summary = Mae codiad yn cael ei ychwanegu at eich esgid, neu mae mewnwadn yn cael ei roi y tu mewn iddi, i wneud iawn am y goes fyrrach. Gall ffisiotherapi a chymorth arall helpu gyda'r ffordd rydych chi'n cerdded a gydag unrhyw boenau.

option-shoe-raise-what-happens = Mae arbenigwr mewn dyfeisiau sy'n cynnal y corff, o'r enw orthotydd, yn mesur eich coesau. Maen nhw'n gwneud neu'n gosod y codiad. Gall codiad bach fynd y tu mewn i'r esgid. Mae un mwy yn cael ei adeiladu ar wadn yr esgid. Gall ffisiotherapydd roi ymarferion i chi ar gyfer cydbwysedd, cryfder ac unrhyw boenau. Efallai y bydd angen newid y codiad wrth i chi dyfu neu wrth i'ch esgidiau dreulio.

option-shoe-raise-recovery = Nid oes llawdriniaeth, felly nid oes angen amser i wella. Gall gymryd ychydig o amser i ddod i arfer â cherdded gyda chodiad.

option-shoe-raise-daily-life = Rydych chi'n gwisgo'r codiad pryd bynnag rydych chi eisiau i'ch coesau deimlo'n wastad. Nid yw pob esgid yn gallu cymryd codiad, felly efallai y bydd eich dewis o esgidiau'n gyfyngedig. Mae pobl yn gallu gweld esgid sydd wedi'i chodi, ac mae rhai pobl yn teimlo'n hunanymwybodol amdani. Mae eich coes yn aros yr un hyd, felly mae'r gwahaniaeth yno o hyd pan fyddwch chi'n tynnu eich esgidiau. Gallwch stopio unrhyw bryd, a gallwch chi ddal i ddewis llawdriniaeth yn nes ymlaen.

option-shoe-raise-benefit-better-function-label = Mae cerdded a symud yn mynd yn haws

option-shoe-raise-benefit-better-function-detail = Gall codiad wneud i chi gerdded yn fwy gwastad. Nid ydym yn gwybod pa mor aml mae hyn yn helpu.

option-shoe-raise-benefit-fewer-aches-label = Llai o boenau yn y cefn, y cluniau neu'r pengliniau

option-shoe-raise-benefit-fewer-aches-detail = Mae rhai pobl yn gweld bod poenau'n lleddfu pan fydd eu coesau'n wastad. Nid ydym yn gwybod pa mor aml mae hyn yn digwydd.

option-shoe-raise-risk-raise-uncomfortable-label = Mae'r codiad yn teimlo'n lletchwith neu'n anghyfforddus

option-shoe-raise-risk-raise-uncomfortable-detail = Gall codiad mawr deimlo'n drwm, neu wneud i chi deimlo'n simsan ar y dechrau.

option-shoe-raise-risk-difference-grows-label = Mae'r gwahaniaeth yn mynd yn fwy wrth i blentyn dyfu

option-shoe-raise-risk-difference-grows-detail = Mae hyn ond yn berthnasol i blant sy'n dal i dyfu. Nid yw codiad yn newid sut mae'r esgyrn yn tyfu. Gall eich tîm ddweud wrthych a yw hyn yn debygol i'ch plentyn.

option-nothing-name = Gwneud dim am y tro

option-nothing-summary = Rydych chi'n dewis peidio â chael triniaeth nawr. Gallwch newid eich meddwl a siarad â'ch tîm eto unrhyw bryd.

option-nothing-what-happens = Nid oes dim yn newid yn eich triniaeth. Efallai y bydd eich tîm yn cynnig apwyntiadau dilynol i weld a yw'r gwahaniaeth yn newid, yn bennaf mewn plentyn sy'n dal i dyfu. Gallwch ofyn am gael siarad am y dewisiadau eraill eto pryd bynnag rydych chi eisiau.

option-nothing-recovery = Nid oes llawdriniaeth, felly nid oes angen amser i wella.

option-nothing-daily-life = Rydych chi'n osgoi'r risgiau, yr amser i ffwrdd a gwaith caled llawdriniaeth. Mae eich coes yn aros fel y mae. Os yw'r gwahaniaeth yn fach, efallai mai ychydig iawn y byddwch chi'n sylwi arno. Os yw'n fwy, efallai y byddwch chi'n dal i gloffi, yn blino'n haws, neu'n teimlo'n hunanymwybodol am y ffordd rydych chi'n cerdded.

option-nothing-benefit-manage-without-treatment-label = Rydych chi'n ymdopi'n dda heb driniaeth

option-nothing-benefit-manage-without-treatment-detail = Os yw'r gwahaniaeth yn fach, efallai na fydd angen unrhyw driniaeth arnoch. Nid ydym yn gwybod pa mor aml mae hyn yn wir.

option-nothing-risk-aches-from-uneven-legs-label = Poenau yn y cefn, y cluniau neu'r pengliniau

option-nothing-risk-aches-from-uneven-legs-detail = Gall cerdded yn anwastad arwain at boenau. Nid ydym yn gwybod pa mor aml mae hyn yn digwydd.

option-nothing-risk-difference-grows-label = Mae'r gwahaniaeth yn mynd yn fwy wrth i blentyn dyfu

option-nothing-risk-difference-grows-detail = Mae hyn ond yn berthnasol i blant sy'n dal i dyfu. Gall eich tîm ddweud wrthych a yw hyn yn debygol i'ch plentyn.

uncertainty-long-term = Nid ydym yn gwybod sut mae pobl yn dod ymlaen flynyddoedd lawer ar ôl y llawdriniaeth. Ychydig o astudiaethau a ddilynodd bobl am amser hir.

uncertainty-quality-of-life = Ychydig o astudiaethau a ofynnodd i bobl sut y newidiodd y llawdriniaeth eu bywyd bob dydd, eu teimladau neu'r hyn y gallan nhw ei wneud. Mae NICE wedi gofyn am fwy o ymchwil ar hyn.

uncertainty-devices-differ = Mae sawl math o hoelen ymestyn. Maen nhw'n gweithio mewn ffyrdd gwahanol, ac maen nhw'n newid o hyd. Efallai na fydd y canlyniadau gydag un hoelen yr un fath gydag un arall.

uncertainty-small-studies = Ychydig o astudiaethau sydd, ac mae'r rhan fwyaf yn fach. Mae llawer yn dod o un ysbyty yn unig. Efallai na fydd y canlyniadau mewn un ysbyty yr un fath mewn ysbyty arall.

uncertainty-children-and-adults = Mae plant yn dal i dyfu, ac mae eu hesgyrn yn gwella mewn ffordd wahanol i esgyrn oedolion. Nid oes digon o dystiolaeth i ddweud sut mae'r canlyniadau'n wahanol rhwng plant ac oedolion.

uncertainty-frames-less-studied = Mae fframiau'n cael eu defnyddio'n llai aml nawr. Felly ychydig o ffigurau diweddar sydd ar gyfer fframiau, ac mae'n anodd eu cymharu'n deg â hoelion.

uncertainty-short-stature-in-studies = Roedd rhai o'r bobl yn yr adolygiad mwyaf o astudiaethau wedi cael ymestyn y ddwy goes er mwyn bod yn dalach. Nid yw'r daflen hon yn sôn am hynny, a gallai eu canlyniadau fod yn wahanol i rai pobl sydd ag un goes fyrrach.

uncertainty-no-patient-views = Gofynnodd NICE i gleifion roi sylwadau ar y llawdriniaeth hon, ond ni wnaeth neb. Felly nid yw cyngor NICE yn cynnwys barn cleifion amdani.

team-team-decides = Mae tîm o arbenigwyr o wahanol feysydd yn cyfarfod i drafod a yw'r llawdriniaeth hon yn addas i chi. Mae NICE yn dweud y dylai'r tîm hwn, os yw'n bosibl, gynnwys ffisiotherapydd a rhywun sy'n helpu gyda theimladau (cymorth seicolegol).

team-surgeon = Mae eich llawfeddyg wedi cael hyfforddiant mewn ymestyn esgyrn y breichiau a'r coesau (limb lengthening), ac wedi gwneud hyn o'r blaen. Dim ond mewn canolfannau arbenigol mae'r llawdriniaeth hon yn cael ei gwneud.

team-physiotherapist = Mae ffisiotherapydd yn eich helpu i baratoi ar gyfer y llawdriniaeth. Wedyn, mae'n eich helpu i gadw eich cymalau i symud a'ch cyhyrau'n gryf.

team-psychological-support = Gall seicolegydd neu gwnselydd eich helpu i feddwl am yr hyn rydych chi'n gobeithio amdano. Gallan nhw hefyd eich cefnogi os ydych chi'n poeni neu'n teimlo'n isel yn ystod triniaeth hir.

team-nurses = Mae nyrsys arbenigol yn dangos i chi sut i ofalu am eich clwyf a sut i ddefnyddio'r rheolydd. Gallan nhw ateb cwestiynau rhwng apwyntiadau dilynol.

team-you-and-family = Rydych chi a'ch teulu yn rhan o'r tîm. Mae'r hyn sy'n bwysig i chi yn helpu i benderfynu beth sy'n iawn i chi.

question-team-results = Faint o'r llawdriniaethau hyn mae eich tîm wedi'u gwneud, a sut aethon nhw?

question-which-nail = Pa hoelen fyddech chi'n ei defnyddio i mi, a pham honno?

question-other-options = A allai ffrâm neu godiad esgid weithio cystal i mi?

question-crutches = Am faint o amser y bydd angen baglau arna i, a phryd y galla i roi fy holl bwysau ar y goes?

question-time-off = Faint o amser i ffwrdd o'r ysgol neu'r gwaith ddylwn i gynllunio ar ei gyfer?

question-visits = Pa mor aml y bydd angen i mi ddod i'r clinig ac i ffisiotherapi?

question-what-if-wrong = Beth ddylwn i ei wneud os yw'r goes yn stopio mynd yn hirach, neu os yw rhywbeth yn teimlo'n anghywir?

question-feelings = Gyda phwy y galla i siarad am sut rydw i'n teimlo yn ystod y driniaeth?

question-nail-removal = A fydd angen llawdriniaeth arall arna i i dynnu'r hoelen allan?

question-my-records = Sut bydd fy nghanlyniadau'n cael eu cofnodi, a phwy fydd yn eu gweld?

outcomes-recording-every-patient = Mae eich tîm yn cofnodi sut rydych chi'n dod ymlaen, fel mae'n ei wneud ar gyfer pob claf sy'n cael y llawdriniaeth hon. Archwiliad clinigol (audit) yw'r enw ar hyn. Mae'n rhan o'ch gofal arferol.

outcomes-recording-why = Nid ydym yn gwybod llawer am y llawdriniaeth hon eto. Mae cofnodi sut mae pawb yn dod ymlaen yn helpu eich ysbyty i wirio bod y llawdriniaeth yn ddiogel ac yn gweithio'n dda.

outcomes-recording-nice-tool = Efallai y bydd eich tîm yn rhoi eich canlyniadau mewn teclyn gan NICE ar gyfer cofnodi canlyniadau triniaethau fel hon. Mae'n cofnodi pethau fel a gyrhaeddodd y goes yr hyd a gynlluniwyd, ac unrhyw broblemau.

outcomes-recording-registry = Hoffai NICE gael cofnod cenedlaethol o bawb sy'n cael y llawdriniaeth hon, o'r enw cofrestr. Os bydd cofrestr yn cael ei sefydlu, efallai y bydd eich tîm yn gofyn am gael ychwanegu eich canlyniadau ati.

outcomes-recording-research = Efallai y bydd ymchwilwyr yn gofyn am gael defnyddio eich gwybodaeth i ddysgu mwy am y llawdriniaeth hon. Byddan nhw'n egluro beth mae hyn yn ei olygu ac yn gofyn i chi yn gyntaf.

outcomes-recording-you-can-say-no = Gallwch ddweud na i ymchwil, neu newid eich meddwl yn nes ymlaen. Ni fydd hyn yn effeithio ar eich gofal mewn unrhyw ffordd. Gallwch ofyn i'ch tîm sut mae eich gwybodaeth yn cael ei chadw'n ddiogel.

device-reporting = Os ydych chi'n meddwl bod rhywbeth o'i le ar eich hoelen, eich rheolydd neu eich ffrâm, dywedwch wrth eich tîm ar unwaith. Gallwch chi, eich teulu neu eich tîm hefyd roi gwybod amdano i'r Asiantaeth Rheoleiddio Meddyginiaethau a Chynhyrchion Gofal Iechyd (MHRA) drwy ei chynllun Cerdyn Melyn (Yellow Card). Mae hyn yn helpu i wneud dyfeisiau'n fwy diogel i bawb.

update-policy = Rydym yn gwirio'r wybodaeth hon yn erbyn astudiaethau newydd a chyngor NICE o leiaf unwaith y flwyddyn, a bob amser erbyn y dyddiad adolygu nesaf. Os bydd NICE yn newid ei gyngor, neu os bydd astudiaeth newydd bwysig yn cael ei chyhoeddi, rydym yn ei diweddaru'n gynt. Mae dyddiad ar bob fersiwn. Mae hyn yn gadael i chi a'ch tîm weld pa fersiwn rydych chi wedi'i darllen.

authors = Cynnwys enghreifftiol yw hwn, sydd wedi'i wneud i ddangos sut mae'r offeryn hwn yn gweithio. Nid yw'n gyngor go iawn gan ysbyty go iawn. Cafodd ei ysgrifennu gan y tîm ail-greu breichiau a choesau yn Example NHS Foundation Trust. Yna fe wnaeth panel o gleifion a theuluoedd wirio ei fod yn glir ac yn deg.

funding = Cynnwys enghreifftiol yw hwn. Cafodd ei ysgrifennu gan staff yr ymddiriedolaeth ei hun fel rhan o'u gwaith arferol. Ni ddaeth unrhyw arian gan gwmnïau sy'n gwneud hoelion ymestyn, fframiau neu ddyfeisiau eraill. Nid oes gan y bobl a'i hysgrifennodd unrhyw gysylltiadau â'r cwmnïau hyn a allai effeithio ar yr hyn mae'n ei ddweud (dim gwrthdaro buddiannau).

section-about =
    Mae'r llawdriniaeth hon yn gwneud coes fyrrach yn hirach. Mae'r llawfeddyg yn rhoi gwialen fetel, o'r enw hoelen, y tu mewn i asgwrn y goes fyrrach. Mae meddygon yn galw hyn yn ymestyn mewnfadruddynnol (intramedullary distraction). Gellir ei wneud ar asgwrn y forddwyd (asgwrn rhan uchaf y goes) neu ar asgwrn y grimog (asgwrn rhan isaf y goes).

    ### Sut mae'n gweithio?

    Mae'r llawfeddyg yn torri'r asgwrn yn lân yn ystod y llawdriniaeth. Mae'r hoelen yn dal dwy ran yr asgwrn mewn llinell. Ar ôl ychydig ddyddiau, mae'r hoelen yn dechrau mynd ychydig bach yn hirach bob dydd. Mae hyn yn tynnu dwy ran yr asgwrn oddi wrth ei gilydd yn araf.

    Mae eich corff yn llenwi'r bwlch bach ag asgwrn newydd, meddal. Gan fod y bwlch yn agor mor araf, mae asgwrn newydd yn dal i dyfu i mewn iddo. Mae'r cyhyrau, y nerfau a'r croen yn ymestyn yn araf hefyd. Pan fydd y goes wedi cyrraedd yr hyd a gynlluniwyd, mae'r hoelen yn stopio mynd yn hirach. Yna mae'r asgwrn newydd yn caledu dros y misoedd nesaf.

    Mae llawer o hoelion ymestyn yn cael eu gweithio gyda rheolydd bach sy'n defnyddio magnet. Rydych chi, neu rywun gartref, yn ei ddal yn erbyn eich coes ar adegau penodol bob dydd. Bydd eich tîm yn dangos i chi sut i wneud hyn. Mae hoelion eraill yn gweithio mewn ffyrdd eraill.

    ### Pwy sy'n gwneud y llawdriniaeth hon?

    Mae hon yn llawdriniaeth anodd. Dim ond mewn canolfannau arbenigol mae'n cael ei gwneud, gan lawfeddygon sydd wedi cael hyfforddiant mewn ymestyn esgyrn y breichiau a'r coesau ac sydd wedi ei gwneud o'r blaen. Mae tîm o wahanol arbenigwyr yn helpu i benderfynu a yw'n iawn i chi. Yn ddelfrydol, dylai'r tîm hwn gynnwys ffisiotherapydd a rhywun sy'n rhoi cymorth seicolegol.

    ### Pa mor siŵr ydym ni amdani?

    Nid oes llawer o dystiolaeth dda am y llawdriniaeth hon eto. Ychydig o astudiaethau sydd, ac mae'r rhan fwyaf yn fach. Felly mae NICE yn dweud bod rhaid i ysbytai gymryd gofal ychwanegol, o'r enw trefniadau arbennig. Bydd eich tîm yn gwneud yn siŵr eich bod yn deall beth rydym ni'n ei wybod a beth nad ydym ni'n ei wybod cyn i chi benderfynu.

    Nid yw'r wybodaeth hon yn sôn am wneud y ddwy goes yn hirach er mwyn i rywun fod yn dalach.

section-before =
    Byddwch chi'n cwrdd â'r tîm sawl gwaith cyn i chi benderfynu. Nid oes brys. Gallwch fynd â rhywun gyda chi i bob apwyntiad.

    ### Pa wiriadau fydda i'n eu cael?

    - Pelydrau-X neu sganiau eraill, i fesur eich coesau a gweld siâp eich esgyrn.
    - Gwiriad o'ch cymalau a'ch cyhyrau gan ffisiotherapydd.
    - Sgwrs gyda rhywun sy'n rhoi cymorth seicolegol, am yr hyn rydych chi'n gobeithio amdano a sut rydych chi'n ymdopi ag amseroedd anodd.
    - Profion gwaed a gwiriadau eraill i wneud yn siŵr eich bod yn barod am lawdriniaeth.

    ### Sut galla i baratoi?

    Mae ymestyn yn cymryd llawer o fisoedd a llawer o waith gennych chi. Mae'n help cynllunio ymlaen llaw.

    - Meddyliwch am amser i ffwrdd o'r ysgol neu'r gwaith. Gofynnwch i'ch tîm am faint o amser y dylech chi gynllunio.
    - Gwnewch eich cartref yn haws symud o'i gwmpas ar faglau. Er enghraifft, symudwch bethau rydych chi'n eu defnyddio bob dydd i rywle lle gallwch eu cyrraedd.
    - Cynlluniwch sut byddwch chi'n cyrraedd y clinig a ffisiotherapi. Bydd angen i chi fynd yn aml.
    - Trefnwch bobl a all eich helpu gartref, yn bennaf yn yr wythnosau cyntaf.
    - Os ydych chi'n ysmygu, ceisiwch stopio. Gall ysmygu arafu'r broses o wella'r asgwrn. Gall eich tîm eich helpu i ddod o hyd i gymorth.

    ### Rhoi eich caniatâd

    Cyn y llawdriniaeth, bydd eich llawfeddyg yn mynd drwy'r manteision, y risgiau a'r dewisiadau eraill gyda chi. Bydd hefyd yn egluro beth nad ydym yn ei wybod. Byddwch chi'n llofnodi ffurflen i ddweud eich bod yn cytuno. Rhoi caniatâd (cydsynio) yw'r enw ar hyn.

    Gallwch newid eich meddwl unrhyw bryd cyn y llawdriniaeth. Ni fydd dweud na yn effeithio ar weddill eich gofal.

section-during =
    Byddwch chi'n cysgu yn ystod y llawdriniaeth. Anesthetig cyffredinol yw'r enw ar hyn. Mae rhai pobl hefyd yn cael pigiad yn y cefn i fferru'r coesau, i helpu gyda'r boen wedyn. Bydd eich anesthetydd yn siarad â chi am hyn.

    ### Beth mae'r llawfeddyg yn ei wneud?

    - Mae'r llawfeddyg yn gwneud ychydig o doriadau bach yn y croen.
    - Mae'n torri'n lân drwy'r asgwrn sy'n cael ei wneud yn hirach.
    - Mae'n llithro'r hoelen i mewn i ganol gwag yr asgwrn.
    - Mae'n gosod yr hoelen yn ei lle gyda sgriwiau ym mhob pen.
    - Mae'n tynnu lluniau pelydr-X i wirio bod yr hoelen yn y lle iawn.

    Mae'r toriadau'n cael eu cau gyda phwythau neu glipiau, a'u gorchuddio â dresin.

    ### Deffro

    Byddwch chi'n deffro yn yr ystafell adfer, ac yna'n mynd yn ôl i'r ward. Efallai y bydd eich coes yn boenus, a byddwch chi'n cael meddyginiaeth at y boen. Bydd ffisiotherapydd yn eich helpu i godi o'r gwely a dechrau cerdded gyda baglau.

    Byddwch chi'n aros yn yr ysbyty am gyfnod byr ar ôl y llawdriniaeth. Bydd eich tîm yn dweud wrthych chi am faint i'w ddisgwyl.

section-after =
    Mae tri cham i'r driniaeth: cyfnod byr o orffwys ar ôl y llawdriniaeth, y cam ymestyn, ac yna cam hirach tra bo'r asgwrn newydd yn caledu.

    ### Y cam ymestyn

    Mae'r hoelen yn dechrau mynd yn hirach ychydig ddyddiau ar ôl y llawdriniaeth. Fel arfer mae'n mynd tua 1 mm yn hirach bob dydd, mewn camau bach drwy gydol y dydd. Mae canllawiau cynharach NICE yn disgrifio astudiaethau lle cafodd coesau eu hymestyn rhwng 0.82 a 1.11 mm y dydd. Bydd eich tîm yn penderfynu ar y swm iawn i chi.

    Os yw eich hoelen yn defnyddio rheolydd magnet, byddwch chi neu rywun gartref yn ei ddefnyddio ar adegau penodol bob dydd. Bydd eich tîm yn dangos i chi sut. Cadwch nodyn o bob tro rydych chi'n ei ddefnyddio.

    Tra bo'r goes yn mynd yn hirach, efallai y byddwch chi'n teimlo:

    - bod eich cyhyrau a'ch cymalau yn dynn neu'n boenus
    - rhywfaint o boen, yn bennaf ar ôl pob cam ymestyn bach
    - wedi blino, ac yn rhwystredig bod pethau bob dydd yn cymryd mwy o amser.

    ### Ffisiotherapi ac ymarferion

    Mae ffisiotherapi yn rhan bwysig iawn o'r driniaeth. Wrth i'r asgwrn fynd yn hirach, mae'r cyhyrau o'i gwmpas yn cael eu hymestyn. Heb ymarfer, gall eich pen-glin, eich clun neu eich ffêr fynd yn stiff.

    - Gwnewch yr ymarferion mae eich ffisiotherapydd yn eu rhoi i chi bob dydd.
    - Ewch i'ch holl sesiynau ffisiotherapi.
    - Defnyddiwch eich baglau, a rhowch ddim ond cymaint o bwysau ar y goes ag mae eich tîm yn ei ddweud.

    ### Apwyntiadau dilynol

    Byddwch chi'n cael apwyntiadau dilynol rheolaidd tra bo'r goes yn mynd yn hirach, gyda phelydrau-X i weld sut mae'r asgwrn newydd yn tyfu. Efallai y bydd eich tîm yn newid pa mor gyflym mae'r hoelen yn mynd yn hirach. Unwaith y bydd yr ymestyn yn stopio, bydd yr apwyntiadau'n llai aml tra bo'r asgwrn yn caledu. Mae'r cam caledu hwn yn cymryd mwy o amser na'r cam ymestyn. Yn raddol, gallwch roi mwy o bwysau ar y goes.

    ### Pryd i gael help

    Cysylltwch â'r tîm ar unwaith os bydd unrhyw un o'r pethau hyn yn digwydd:

    - mae eich clwyf yn mynd yn goch, yn boeth, wedi chwyddo neu'n gollwng hylif
    - mae gennych chi dymheredd uchel neu rydych chi'n teimlo'n anhwylus
    - mae'r boen yn gwaethygu'n fawr, neu mae eich coes neu eich troed yn teimlo'n ddiffrwyth neu fel pinnau bach
    - nid ydych chi'n gallu symud bysedd eich traed, eich ffêr neu eich pen-glin cystal ag o'r blaen
    - nid yw'n ymddangos bod y rheolydd yn gweithio, neu mae'n ymddangos bod y goes wedi stopio mynd yn hirach.

    ### Tynnu'r hoelen allan

    Unwaith y bydd yr asgwrn wedi gwella'n llwyr, efallai y bydd eich llawfeddyg yn awgrymu tynnu'r hoelen allan. Fel arfer mae hon yn llawdriniaeth lai na'r un gyntaf. Gofynnwch i'ch tîm a fydd angen hyn arnoch, a phryd.

    ### Gofalu am eich teimladau

    Mae ymestyn coes yn cymryd amser hir. Mae'n normal teimlo'n isel, yn poeni neu wedi cael llond bol weithiau. Dywedwch wrth eich tîm sut rydych chi'n teimlo. Gallan nhw eich rhoi mewn cysylltiad â chymorth seicolegol.
