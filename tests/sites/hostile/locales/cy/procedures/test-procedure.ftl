# The test procedure in Welsh, for the translation tests.

title = <img src=x onerror=alert(8)> {"{{"} 7*7 {"}}"} #panic() Triniaeth brawf <script>alert('teitl')</script> a mwy
summary = Crynodeb gyda <b>marcio</b> sy'n gorfod ymddangos fel testun.
condition = Mae un goes yn fyrrach na'r llall.
decision = A ddylech chi gael y driniaeth brawf.
evidence-summary = Does dim llawer o dystiolaeth.
special-arrangements-checks = Mae'r ysbyty yn gwirio'r driniaeth hon yn ofalus.
for-one-leg = Pobl ag un goes fyrrach.
not-for-both-legs = Gwneud y ddwy goes yn hirach i fod yn dalach.
option-operation-name = Llawdriniaeth
option-operation-summary = Llawdriniaeth.
option-operation-what-happens = Rydych chi'n cael llawdriniaeth.
option-operation-recovery = Misoedd.
option-operation-daily-life = Anodd am gyfnod.
option-operation-benefit-reach-length-label = Mae'r goes yn cyrraedd yr hyd a gynlluniwyd
option-operation-benefit-reach-length-detail = Mae'r rhan fwyaf o esgyrn wedi'u hymestyn yn cyrraedd yr hyd a gynlluniwyd cyn y llawdriniaeth.
option-operation-risk-any-problem-label = Problem yn ystod y driniaeth
option-operation-risk-rare-problem-label = Problem brin
option-operation-risk-rate-problem-label = Problemau wedi'u cyfrif bob tro maen nhw'n digwydd
option-operation-risk-ranged-problem-label = Problem a roddir fel ystod
option-nothing-name = Gwneud dim
option-nothing-summary = Dim triniaeth.
option-nothing-what-happens = Does dim byd yn newid.
option-nothing-recovery = Dim angen.
option-nothing-daily-life = Fel nawr.
option-nothing-benefit-no-operation-label = Dim llawdriniaeth
option-nothing-risk-any-problem-label = Problem yn ystod y driniaeth
uncertainty-long-term = Does neb yn gwybod y canlyniadau tymor hir.
team-surgeon = Llawfeddyg.
question-how-long = Faint o amser fydd hyn yn ei gymryd?
outcomes-recording-audit = Mae eich canlyniadau'n cael eu cofnodi.
device-reporting = Rhowch wybod am broblemau gyda dyfeisiau.
update-policy = Rydyn ni'n ei adolygu bob blwyddyn.
authors = Y tîm prawf.
funding = Dim cyllid allanol.
section-about =
    Mae hyn **am** y driniaeth brawf.

    - un
    - dau

    Gweler [y canllawiau](https://example.org/guidance).
