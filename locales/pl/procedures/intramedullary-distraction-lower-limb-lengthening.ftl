# procedures/intramedullary-distraction-lower-limb-lengthening.ftl in pl. Translate the text after each `=`; the comment above each
# message shows the current en-GB text. Numbers, dates and names
# arrive as variables such as { $events }: keep them, never type a figure.

# en-GB: Making a shorter leg longer with a nail inside the bone

title = Wydłużanie krótszej nogi za pomocą gwoździa umieszczonego w kości

# en-GB: This information is for people who have one leg shorter than the other, and for their families. It explains an operation that makes the shorter leg longer with a nail inside the bone. It also explains the other choices, including doing nothing. There is not much good evidence about this operation yet, so some things are not known.

summary = Te informacje są przeznaczone dla osób, które mają jedną nogę krótszą od drugiej, oraz dla ich rodzin. Wyjaśniamy w nich, na czym polega operacja wydłużenia krótszej nogi za pomocą gwoździa umieszczonego w kości. Opisujemy też inne możliwości, w tym możliwość, by nic nie robić. Na razie nie ma wielu dobrych dowodów naukowych dotyczących tej operacji, dlatego niektórych rzeczy nie wiadomo.

# en-GB: One of your legs is shorter than the other. Doctors call this a leg length difference. You may have been born with it. It can also happen after a broken bone, an infection or a tumour, or when a bone does not grow as it should. A small difference may cause no trouble. A bigger difference can make you limp and get tired more easily. Some people get aches in the back, hips or knees. It can also affect how you feel about yourself and what you can do. In a child who is still growing, the difference can get bigger over time.

condition = Jedna z Twoich nóg jest krótsza od drugiej. Lekarze nazywają to różnicą długości kończyn dolnych. Możesz mieć ją od urodzenia. Może też być skutkiem złamania kości, zakażenia lub guza albo tego, że kość nie rośnie tak, jak powinna. Niewielka różnica może nie sprawiać żadnych kłopotów. Większa różnica może sprawiać, że utykasz i szybciej się męczysz. U niektórych osób pojawiają się bóle pleców, bioder lub kolan. Różnica może też wpływać na to, jak postrzegasz siebie, i na to, co możesz robić. U dziecka, które wciąż rośnie, różnica może z czasem się zwiększać.

# en-GB: You are deciding whether to have an operation to make your shorter leg longer with a nail inside the bone. The other choices are an outside frame, a shoe raise, or doing nothing for now.

decision = Decydujesz, czy poddać się operacji wydłużenia krótszej nogi za pomocą gwoździa umieszczonego w kości. Inne możliwości to aparat zewnętrzny, podwyższenie buta albo rezygnacja na razie z leczenia.

# en-GB: There are only a few studies of this operation, and most of them are small. Many looked at patients from just one hospital. Few compared the nail with other treatments, and few followed people up for a long time. NICE says the evidence is limited in amount and in quality. So the figures here are a rough guide, not a promise of what will happen to you.

evidence-summary = Istnieje tylko kilka badań tej operacji i większość z nich jest mała. W wielu z nich badano pacjentów tylko z jednego szpitala. W niewielu badaniach porównano gwóźdź z innymi metodami leczenia i w niewielu obserwowano pacjentów przez długi czas. Według NICE dowody naukowe są ograniczone zarówno pod względem ilości, jak i jakości. Dlatego podane tu liczby są tylko przybliżoną wskazówką, a nie obietnicą tego, co stanie się w Twoim przypadku.

# en-GB: NICE says this operation should only be done with special arrangements. This is because the evidence is limited. It does not mean the operation is wrong for you. It means there are things nobody knows yet.

special-arrangements-why = Według NICE tę operację należy wykonywać tylko na specjalnych warunkach. Powodem są ograniczone dowody naukowe. Nie oznacza to, że ta operacja jest dla Ciebie niewłaściwa. Oznacza to, że są rzeczy, których nikt jeszcze nie wie.

# en-GB: The people at the hospital who look after safety are told about this operation. They check it more closely than usual.

special-arrangements-closer-checks = Osoby, które w szpitalu odpowiadają za bezpieczeństwo, są informowane o tej operacji. Sprawdzają ją dokładniej niż zwykle.

# en-GB: Your team records how every patient who has this operation does. They look at these results regularly.

special-arrangements-records = Twój zespół medyczny zapisuje, jak przebiega leczenie każdego pacjenta, który przechodzi tę operację. Zespół regularnie analizuje te wyniki.

# en-GB: Before you agree, your team makes sure you understand what is known and what is not known. This includes the risks, the benefits and the gaps in the evidence.

special-arrangements-understand-first = Zanim wyrazisz zgodę, Twój zespół upewnia się, że rozumiesz, co wiadomo, a czego nie wiadomo. Dotyczy to zagrożeń, korzyści i luk w dowodach naukowych.

# en-GB: You can take your time, ask as many questions as you need and bring someone with you. You can say no, or change your mind.

special-arrangements-time-to-decide = Możesz spokojnie zastanowić się nad decyzją, zadać tyle pytań, ile potrzebujesz, i zabrać kogoś ze sobą. Możesz odmówić albo zmienić zdanie.

# en-GB: Surgeons who do this operation talk about their results each year, to learn and get better.

special-arrangements-surgeons-learn = Chirurdzy, którzy wykonują tę operację, co roku omawiają swoje wyniki, aby się uczyć i stawać się coraz lepszymi.

# en-GB: People who have one leg shorter than the other, where the difference affects their daily life.

for-one-leg-shorter = Osób, które mają jedną nogę krótszą od drugiej, jeśli ta różnica wpływa na ich codzienne życie.

# en-GB: Adults and children. Your team will check that your bone is the right size and shape for a nail.

for-children-and-adults = Dorosłych i dzieci. Twój zespół sprawdzi, czy Twoja kość ma odpowiedni rozmiar i kształt, aby można było umieścić w niej gwóźdź.

# en-GB: People who can come to clinic and physiotherapy often, for several months, and do exercises at home.

for-able-to-take-part = Osób, które przez kilka miesięcy mogą często przychodzić do przychodni i na fizjoterapię oraz wykonywać ćwiczenia w domu.

# en-GB: Making both legs longer so that a person is taller (for short stature). NICE's advice does not cover this.

not-for-short-stature = Wydłużania obu nóg, aby ktoś był wyższy (przy niskim wzroście). Zalecenia NICE tego nie obejmują.

# en-GB: Lengthening nail inside the bone

option-nail-name = Gwóźdź wydłużający umieszczony w kości

# en-GB: A surgeon puts a metal rod, called a nail, inside your bone. The nail is made a little longer each day, and new bone grows in the gap. Doctors call this intramedullary distraction.

option-nail-summary = Chirurg umieszcza w Twojej kości metalowy pręt, nazywany gwoździem. Gwóźdź jest codziennie trochę wydłużany, a w powstającej szczelinie rośnie nowa kość. Lekarze nazywają to dystrakcją śródszpikową.

# en-GB: You have an operation while you are asleep. The surgeon cuts the bone and slides the nail into the hollow middle of it. After a few days, the nail starts to get longer by a tiny amount each day. Often you do this at home with a small controller that uses a magnet. When the leg is long enough, the new bone slowly hardens. The nail may be taken out later in a smaller operation.

option-nail-what-happens = Przechodzisz operację, podczas której śpisz. Chirurg przecina kość i wsuwa gwóźdź do jej pustego środka. Po kilku dniach gwóźdź zaczyna się codziennie wydłużać o bardzo małą odległość. Często robisz to w domu za pomocą małego sterownika, który działa dzięki magnesowi. Gdy noga jest już wystarczająco długa, nowa kość powoli twardnieje. Gwóźdź może zostać później usunięty podczas mniejszej operacji.

# en-GB: Recovery takes many months. You will use crutches, and you must not put all your weight on the leg for a while. You will need physiotherapy and regular check-ups with X-rays. As the leg is stretched, muscles and joints can feel tight and sore. The new bone takes longer to harden than it took to grow.

option-nail-recovery = Powrót do zdrowia trwa wiele miesięcy. Będziesz chodzić o kulach i przez pewien czas nie wolno Ci obciążać nogi całym ciężarem ciała. Potrzebna będzie fizjoterapia i regularne wizyty kontrolne ze zdjęciami rentgenowskimi. Podczas rozciągania nogi mięśnie i stawy mogą być napięte i bolesne. Nowa kość twardnieje dłużej, niż trwało jej narastanie.

# en-GB: There is no frame on the outside of your leg, so you can wear your usual clothes. You will have some small scars. While the leg is lengthening, you have to work the nail at set times each day, go to physiotherapy and do exercises at home. You may need time off school or work, and help at home. Pain, tiredness and not doing your usual things can be hard. Some people feel low, worried or fed up during a long treatment. This is normal, and your team can help.

option-nail-daily-life = Na zewnątrz nogi nie ma żadnego aparatu, więc możesz nosić swoje zwykłe ubrania. Będziesz mieć kilka małych blizn. W czasie wydłużania nogi musisz obsługiwać gwóźdź o ustalonych porach każdego dnia, chodzić na fizjoterapię i ćwiczyć w domu. Możesz potrzebować wolnego od szkoły lub pracy oraz pomocy w domu. Ból, zmęczenie i to, że nie możesz robić tego, co zwykle, mogą być trudne. Niektóre osoby podczas długiego leczenia mają obniżony nastrój, martwią się albo mają wszystkiego dość. To normalne, a Twój zespół może Ci pomóc.

# en-GB: The leg reaches its planned length

option-nail-benefit-reach-planned-length-label = Noga osiąga zaplanowaną długość

# en-GB: Before the operation, your team plans how much longer the leg should be. This shows how often lengthened bones reached that length in one study.

option-nail-benefit-reach-planned-length-detail = Przed operacją Twój zespół planuje, o ile noga powinna się wydłużyć. Tu widać, jak często wydłużane kości osiągnęły tę długość w jednym badaniu.

# en-GB: Walking and moving get easier

option-nail-benefit-better-function-label = Chodzenie i poruszanie się stają się łatwiejsze

# en-GB: NICE sees this as one of the main aims of the operation. There is no trustworthy figure for how often it happens.

option-nail-benefit-better-function-detail = NICE uważa to za jeden z głównych celów tej operacji. Nie ma wiarygodnych danych liczbowych o tym, jak często tak się dzieje.

# en-GB: Daily life feels better overall

option-nail-benefit-better-quality-of-life-label = Codzienne życie jest ogólnie lepsze

# en-GB: Few studies have asked people how the operation changed their life.

option-nail-benefit-better-quality-of-life-detail = W niewielu badaniach pytano ludzi, jak operacja zmieniła ich życie.

# en-GB: Problems during treatment (complications)

option-nail-risk-any-complication-label = Problemy w trakcie leczenia (powikłania)

# en-GB: This counts problems, not people. One bone can have more than one problem, so fewer bones than this had a problem. Some problems are small and easy to put right. Others need another operation.

option-nail-risk-any-complication-detail = Tu liczone są problemy, a nie osoby. W jednej kości może wystąpić więcej niż jeden problem, więc problem miało mniej kości, niż pokazuje ta liczba. Niektóre problemy są niewielkie i łatwo je naprawić. Inne wymagają kolejnej operacji.

# en-GB: A big change of plan, such as another operation

option-nail-risk-change-of-plan-label = Duża zmiana planu, na przykład kolejna operacja

# en-GB: For example, an extra operation, or a change to how the leg is lengthened.

option-nail-risk-change-of-plan-detail = Na przykład dodatkowa operacja albo zmiana sposobu wydłużania nogi.

# en-GB: The treatment does not reach its goal

option-nail-risk-goal-not-reached-label = Leczenie nie osiąga celu

# en-GB: The treatment does not do what it set out to do. For example, the leg ends up shorter than planned.

option-nail-risk-goal-not-reached-detail = Leczenie nie daje tego, co miało dać. Na przykład noga jest ostatecznie krótsza, niż planowano.

# en-GB: A lasting problem, or a new health problem

option-nail-risk-lasting-problem-label = Trwały problem albo nowy problem zdrowotny

# en-GB: A problem that does not go away after the treatment has ended, or a new health problem caused by the treatment.

option-nail-risk-lasting-problem-detail = Problem, który nie ustępuje po zakończeniu leczenia, albo nowy problem zdrowotny spowodowany leczeniem.

# en-GB: The nail fails

option-nail-risk-nail-fails-label = Awaria gwoździa

# en-GB: The nail breaks or stops working as it should. Doctors call this implant failure. You may need another operation.

option-nail-risk-nail-fails-detail = Gwóźdź pęka lub przestaje działać tak, jak powinien. Lekarze nazywają to uszkodzeniem implantu. Może być potrzebna kolejna operacja.

# en-GB: Infection

option-nail-risk-infection-label = Zakażenie

# en-GB: Germs get into the wound or the bone. There is no trustworthy figure for how often this happens with a nail.

option-nail-risk-infection-detail = Zarazki dostają się do rany lub do kości. Nie ma wiarygodnych danych liczbowych o tym, jak często zdarza się to przy gwoździu.

# en-GB: Pain

option-nail-risk-pain-label = Ból

# en-GB: The leg can hurt, mostly while it is being stretched. There is no trustworthy figure for how often pain is a problem.

option-nail-risk-pain-detail = Noga może boleć, głównie wtedy, gdy jest rozciągana. Nie ma wiarygodnych danych liczbowych o tym, jak często ból jest problemem.

# en-GB: The new bone is slow to heal, or does not heal

option-nail-risk-slow-bone-healing-label = Nowa kość zrasta się powoli albo się nie zrasta

# en-GB: Doctors call this delayed union or non-union. You may need more time on crutches, or another operation.

option-nail-risk-slow-bone-healing-detail = Lekarze nazywają to opóźnionym zrostem lub brakiem zrostu. Może być potrzebne dłuższe chodzenie o kulach albo kolejna operacja.

# en-GB: Outside frame

option-fixator-name = Aparat zewnętrzny

# en-GB: A surgeon fixes a metal frame to the outside of your leg. Pins or wires go through the skin into the bone. The frame is adjusted a little each day to make the bone longer. Doctors call this an external fixator.

option-fixator-summary = Chirurg mocuje metalowy aparat (ramę) na zewnątrz Twojej nogi. Śruby lub druty przechodzą przez skórę do kości. Aparat jest codziennie trochę regulowany, aby wydłużyć kość. Lekarze nazywają to stabilizatorem zewnętrznym.

# en-GB: You have an operation while you are asleep. The surgeon cuts the bone and fixes the frame to it with pins or wires. After a few days, the frame is adjusted a little each day. The bone slowly gets longer, and new bone grows in the gap. When the leg is long enough, the frame stays on while the new bone hardens. It is then taken off in another, shorter procedure.

option-fixator-what-happens = Przechodzisz operację, podczas której śpisz. Chirurg przecina kość i mocuje do niej aparat za pomocą śrub lub drutów. Po kilku dniach aparat zaczyna być codziennie trochę regulowany. Kość powoli się wydłuża, a w szczelinie rośnie nowa kość. Gdy noga jest już wystarczająco długa, aparat pozostaje na miejscu, dopóki nowa kość twardnieje. Potem zdejmuje się go podczas kolejnego, krótszego zabiegu.

# en-GB: Recovery takes many months. The frame stays on the whole time the bone is getting longer and hardening. You will need physiotherapy and regular check-ups with X-rays. You will also need to clean the skin where the pins go in every day. You will use crutches for a while. As the leg is stretched, muscles and joints can feel tight and sore.

option-fixator-recovery = Powrót do zdrowia trwa wiele miesięcy. Aparat pozostaje na nodze przez cały czas, gdy kość się wydłuża i twardnieje. Potrzebna będzie fizjoterapia i regularne wizyty kontrolne ze zdjęciami rentgenowskimi. Trzeba też codziennie oczyszczać skórę w miejscach, w których wchodzą śruby. Przez pewien czas będziesz chodzić o kulach. Podczas rozciągania nogi mięśnie i stawy mogą być napięte i bolesne.

# en-GB: The frame is on the outside of your leg, so other people can see it. It can make dressing, sleeping and getting about harder, and some clothes will not fit over it. You may need time off school or work, and help at home. Some people find a frame hard to live with, or do not want one. Pain, tiredness and not doing your usual things can be hard. Some people feel low, worried or fed up during a long treatment. This is normal, and your team can help. Frames are used less often now than in the past.

option-fixator-daily-life = Aparat znajduje się na zewnątrz nogi, więc inni ludzie mogą go zobaczyć. Może utrudniać ubieranie się, spanie i poruszanie się, a niektórych ubrań nie da się na niego założyć. Możesz potrzebować wolnego od szkoły lub pracy oraz pomocy w domu. Niektórym osobom trudno żyć z aparatem albo nie chcą go mieć. Ból, zmęczenie i to, że nie możesz robić tego, co zwykle, mogą być trudne. Niektóre osoby podczas długiego leczenia mają obniżony nastrój, martwią się albo mają wszystkiego dość. To normalne, a Twój zespół może Ci pomóc. Obecnie aparaty są stosowane rzadziej niż dawniej.

# en-GB: The leg reaches its planned length

option-fixator-benefit-reach-planned-length-label = Noga osiąga zaplanowaną długość

# en-GB: A study compared frames with nails in the thigh bone. This information does not give a figure for frames yet.

option-fixator-benefit-reach-planned-length-detail = W jednym badaniu porównano aparaty z gwoździami w kości udowej. Te informacje nie podają jeszcze danych liczbowych dla aparatów.

# en-GB: Walking and moving get easier

option-fixator-benefit-better-function-label = Chodzenie i poruszanie się stają się łatwiejsze

# en-GB: Frames have been used to make legs longer for many years. There is no trustworthy figure for how often walking gets easier.

option-fixator-benefit-better-function-detail = Aparaty są stosowane do wydłużania nóg od wielu lat. Nie ma wiarygodnych danych liczbowych o tym, jak często chodzenie staje się łatwiejsze.

# en-GB: Daily life feels better overall

option-fixator-benefit-better-quality-of-life-label = Codzienne życie jest ogólnie lepsze

# en-GB: Few studies have asked people how a frame changed their life.

option-fixator-benefit-better-quality-of-life-detail = W niewielu badaniach pytano ludzi, jak aparat zmienił ich życie.

# en-GB: Problems during treatment (complications)

option-fixator-risk-any-complication-label = Problemy w trakcie leczenia (powikłania)

# en-GB: NICE's earlier advice lists several problems with frames, but gives no figures.

option-fixator-risk-any-complication-detail = We wcześniejszych zaleceniach NICE wymieniono kilka problemów związanych z aparatami, ale bez danych liczbowych.

# en-GB: Infection

option-fixator-risk-infection-label = Zakażenie

# en-GB: Germs get in where the pins go through the skin. Doctors call this a pin-site infection.

option-fixator-risk-infection-detail = Zarazki dostają się w miejscach, w których śruby przechodzą przez skórę. Lekarze nazywają to zakażeniem w miejscu wkłucia śrub.

# en-GB: Pain

option-fixator-risk-pain-label = Ból

# en-GB: The leg can hurt, both from the stretching and where the pins go in.

option-fixator-risk-pain-detail = Noga może boleć, zarówno z powodu rozciągania, jak i w miejscach, w których wchodzą śruby.

# en-GB: A hip or knee joint slips out of place

option-fixator-risk-joint-slips-out-label = Staw biodrowy lub kolanowy wysuwa się ze swojego miejsca

# en-GB: The stretching can pull a joint partly or fully out of place. Doctors call this subluxation or dislocation.

option-fixator-risk-joint-slips-out-detail = Rozciąganie może częściowo lub całkowicie wyciągnąć staw z jego miejsca. Lekarze nazywają to podwichnięciem lub zwichnięciem.

# en-GB: The bone heals bent

option-fixator-risk-bone-heals-bent-label = Kość zrasta się krzywo

# en-GB: The new bone heals at an angle instead of straight. Doctors call this an angulation deformity.

option-fixator-risk-bone-heals-bent-detail = Nowa kość zrasta się pod kątem zamiast prosto. Lekarze nazywają to deformacją kątową.

# en-GB: Shoe raise and other help without an operation

option-shoe-raise-name = Podwyższenie buta i inna pomoc bez operacji

# en-GB: A raise is added to your shoe, or an insole is put inside it, to make up for the shorter leg. Physiotherapy and other support can help with how you walk and with any aches.

option-shoe-raise-summary = Do buta dodaje się podwyższenie albo wkłada się do niego wkładkę, aby wyrównać różnicę długości nóg. Fizjoterapia i inne formy wsparcia mogą pomóc w chodzeniu i złagodzić bóle.

# en-GB: A specialist in supports for the body, called an orthotist, measures your legs. They make or fit the raise. A small raise can go inside the shoe. A bigger one is built onto the sole. A physiotherapist can give you exercises for balance, strength and any aches. The raise may need changing as you grow or as your shoes wear out.

option-shoe-raise-what-happens = Specjalista od zaopatrzenia ortopedycznego, nazywany technikiem ortopedą, mierzy Twoje nogi. Wykonuje lub dopasowuje podwyższenie. Małe podwyższenie można włożyć do buta. Większe dobudowuje się do podeszwy. Fizjoterapeuta może zalecić Ci ćwiczenia poprawiające równowagę i siłę oraz łagodzące bóle. Podwyższenie może wymagać wymiany, gdy rośniesz albo gdy buty się zużywają.

# en-GB: There is no operation, so there is no time to recover. It can take a little while to get used to walking with a raise.

option-shoe-raise-recovery = Nie ma operacji, więc nie trzeba dochodzić do siebie. Przyzwyczajenie się do chodzenia z podwyższeniem może zająć trochę czasu.

# en-GB: You wear the raise whenever you want your legs to feel level. Not all shoes can take a raise, so your choice of shoes may be limited. A built-up shoe can be seen, and some people feel self-conscious about it. Your leg stays the same length, so the difference is still there when you take your shoes off. You can stop at any time, and you can still choose an operation later.

option-shoe-raise-daily-life = Nosisz podwyższenie zawsze wtedy, gdy chcesz czuć, że Twoje nogi są równe. Nie każdy but da się podwyższyć, więc wybór butów może być ograniczony. Podwyższony but może być widoczny i niektóre osoby czują się z tego powodu skrępowane. Twoja noga ma nadal taką samą długość, więc różnica pozostaje, gdy zdejmiesz buty. Możesz przestać w każdej chwili i nadal możesz później wybrać operację.

# en-GB: Walking and moving get easier

option-shoe-raise-benefit-better-function-label = Chodzenie i poruszanie się stają się łatwiejsze

# en-GB: A raise can make your walk more even. We do not know how often this helps.

option-shoe-raise-benefit-better-function-detail = Podwyższenie może sprawić, że Twój chód będzie bardziej równy. Nie wiemy, jak często to pomaga.

# en-GB: Fewer aches in the back, hips or knees

option-shoe-raise-benefit-fewer-aches-label = Mniej bólów pleców, bioder lub kolan

# en-GB: Some people find aches ease when their legs are level. We do not know how often this happens.

option-shoe-raise-benefit-fewer-aches-detail = Niektóre osoby zauważają, że bóle słabną, gdy ich nogi są wyrównane. Nie wiemy, jak często tak się dzieje.

# en-GB: The raise feels awkward or uncomfortable

option-shoe-raise-risk-raise-uncomfortable-label = Podwyższenie przeszkadza lub jest niewygodne

# en-GB: A big raise can feel heavy, or make you feel unsteady at first.

option-shoe-raise-risk-raise-uncomfortable-detail = Duże podwyższenie może wydawać się ciężkie albo na początku sprawiać, że czujesz się niepewnie na nogach.

# en-GB: The difference gets bigger as a child grows

option-shoe-raise-risk-difference-grows-label = Różnica zwiększa się, gdy dziecko rośnie

# en-GB: This only applies to children who are still growing. A raise does not change how the bones grow. Your team can tell you whether this is likely for your child.

option-shoe-raise-risk-difference-grows-detail = Dotyczy to tylko dzieci, które wciąż rosną. Podwyższenie nie zmienia tego, jak rosną kości. Twój zespół może powiedzieć, czy w przypadku Twojego dziecka jest to prawdopodobne.

# en-GB: Doing nothing for now

option-nothing-name = Na razie bez leczenia

# en-GB: You choose not to have treatment now. You can change your mind and talk to your team again at any time.

option-nothing-summary = Decydujesz, że na razie nie chcesz leczenia. W każdej chwili możesz zmienić zdanie i znowu porozmawiać ze swoim zespołem.

# en-GB: Nothing changes in your treatment. Your team may offer check-ups to see whether the difference changes, mostly in a child who is still growing. You can ask to talk about the other choices again whenever you want.

option-nothing-what-happens = W Twoim leczeniu nic się nie zmienia. Twój zespół może proponować wizyty kontrolne, aby sprawdzać, czy różnica się zmienia – głównie u dziecka, które wciąż rośnie. Możesz poprosić o ponowną rozmowę o innych możliwościach, kiedy tylko zechcesz.

# en-GB: There is no operation, so there is no time to recover.

option-nothing-recovery = Nie ma operacji, więc nie trzeba dochodzić do siebie.

# en-GB: You avoid the risks, the time off and the hard work of an operation. Your leg stays as it is. If the difference is small, you may notice very little. If it is bigger, you may keep limping, get tired more easily, or feel self-conscious about how you walk.

option-nothing-daily-life = Unikasz zagrożeń, wolnego od szkoły lub pracy i ciężkiej pracy, które wiążą się z operacją. Twoja noga pozostaje taka, jaka jest. Jeśli różnica jest mała, możesz prawie jej nie zauważać. Jeśli jest większa, możesz nadal utykać, szybciej się męczyć albo czuć skrępowanie z powodu swojego chodu.

# en-GB: You manage well without treatment

option-nothing-benefit-manage-without-treatment-label = Dobrze radzisz sobie bez leczenia

# en-GB: If the difference is small, you may not need any treatment. We do not know how often this is the case.

option-nothing-benefit-manage-without-treatment-detail = Jeśli różnica jest mała, leczenie może nie być potrzebne. Nie wiemy, jak często tak jest.

# en-GB: Aches in the back, hips or knees

option-nothing-risk-aches-from-uneven-legs-label = Bóle pleców, bioder lub kolan

# en-GB: An uneven walk can lead to aches. We do not know how often this happens.

option-nothing-risk-aches-from-uneven-legs-detail = Nierówny chód może prowadzić do bólów. Nie wiemy, jak często tak się dzieje.

# en-GB: The difference gets bigger as a child grows

option-nothing-risk-difference-grows-label = Różnica zwiększa się, gdy dziecko rośnie

# en-GB: This only applies to children who are still growing. Your team can tell you whether this is likely for your child.

option-nothing-risk-difference-grows-detail = Dotyczy to tylko dzieci, które wciąż rosną. Twój zespół może powiedzieć, czy w przypadku Twojego dziecka jest to prawdopodobne.

# en-GB: We do not know how people do many years after the operation. Few studies followed people up for a long time.

uncertainty-long-term = Nie wiemy, jak ludzie radzą sobie wiele lat po operacji. W niewielu badaniach obserwowano pacjentów przez długi czas.

# en-GB: Few studies asked people how the operation changed their daily life, their feelings or what they can do. NICE has asked for more research on this.

uncertainty-quality-of-life = W niewielu badaniach pytano ludzi, jak operacja zmieniła ich codzienne życie, samopoczucie lub to, co mogą robić. NICE wezwało do prowadzenia dalszych badań na ten temat.

# en-GB: There are several types of lengthening nail. They work in different ways, and they keep changing. Results with one nail may not be the same with another.

uncertainty-devices-differ = Istnieje kilka rodzajów gwoździ wydłużających. Działają w różny sposób i ciągle się zmieniają. Wyniki uzyskane z jednym gwoździem mogą być inne niż z innym.

# en-GB: There are few studies, and most are small. Many come from a single hospital. Results in one hospital may not be the same in another.

uncertainty-small-studies = Badań jest niewiele i większość z nich jest mała. Wiele z nich pochodzi z jednego szpitala. Wyniki w jednym szpitalu mogą być inne niż w innym.

# en-GB: Children are still growing, and their bones heal in a different way from adults. There is not enough evidence to say how results differ between children and adults.

uncertainty-children-and-adults = Dzieci wciąż rosną, a ich kości goją się inaczej niż u dorosłych. Nie ma wystarczających dowodów naukowych, aby powiedzieć, czym różnią się wyniki u dzieci i u dorosłych.

# en-GB: Frames are used less often now. So there are few recent figures for frames, and it is hard to compare them fairly with nails.

uncertainty-frames-less-studied = Aparaty zewnętrzne są obecnie stosowane rzadziej. Dlatego jest mało nowych danych liczbowych na ich temat i trudno uczciwie porównać je z gwoździami.

# en-GB: Some of the people in the largest review of studies had both legs lengthened to make them taller. This leaflet is not about that, and their results may differ from people who have one shorter leg.

uncertainty-short-stature-in-studies = Niektóre osoby w największym przeglądzie badań miały wydłużane obie nogi, aby być wyższymi. Ta ulotka tego nie dotyczy, a ich wyniki mogą się różnić od wyników osób, które mają jedną nogę krótszą.

# en-GB: NICE asked patients to comment on this operation, but nobody did. So NICE's advice does not include what patients think of it.

uncertainty-no-patient-views = NICE poprosiło pacjentów o opinie na temat tej operacji, ale nikt ich nie przekazał. Dlatego zalecenia NICE nie uwzględniają tego, co pacjenci o niej myślą.

# en-GB: A team of experts from different fields meets to talk about whether this operation suits you. NICE says this team should, if possible, include a physiotherapist and someone who helps with feelings (psychological support).

team-team-decides = Zespół ekspertów z różnych dziedzin spotyka się, aby omówić, czy ta operacja jest dla Ciebie odpowiednia. Według NICE w skład tego zespołu powinni w miarę możliwości wchodzić fizjoterapeuta i osoba, która pomaga radzić sobie z emocjami (wsparcie psychologiczne).

# en-GB: Your surgeon is trained in limb lengthening and has done it before. This operation is only done in specialist centres.

team-surgeon = Twój chirurg jest przeszkolony w wydłużaniu kończyn i ma już doświadczenie w takich operacjach. Ta operacja jest wykonywana tylko w ośrodkach specjalistycznych.

# en-GB: A physiotherapist helps you get ready for the operation. Afterwards, they help you keep your joints moving and your muscles strong.

team-physiotherapist = Fizjoterapeuta pomaga Ci przygotować się do operacji. Po operacji pomaga Ci utrzymać ruchomość stawów i siłę mięśni.

# en-GB: A psychologist or counsellor can help you think about what you hope for. They can also support you with worry or low mood during a long treatment.

team-psychological-support = Psycholog lub terapeuta może pomóc Ci zastanowić się, czego oczekujesz. Może też wspierać Cię, gdy w czasie długiego leczenia martwisz się lub masz obniżony nastrój.

# en-GB: Specialist nurses show you how to care for your wound and how to use the controller. They can answer questions between check-ups.

team-nurses = Pielęgniarki specjalistyczne pokazują, jak dbać o ranę i jak używać sterownika. Mogą odpowiadać na pytania między wizytami kontrolnymi.

# en-GB: You and your family are part of the team. What matters to you helps decide what is right for you.

team-you-and-family = Ty i Twoja rodzina jesteście częścią zespołu. To, co jest dla Ciebie ważne, pomaga zdecydować, co jest dla Ciebie właściwe.

# en-GB: How many of these operations has your team done, and how did they go?

question-team-results = Ile takich operacji wykonał Państwa zespół i jakie były ich wyniki?

# en-GB: Which nail would you use for me, and why that one?

question-which-nail = Który gwóźdź zostanie u mnie zastosowany i dlaczego właśnie ten?

# en-GB: Could a frame or a shoe raise work as well for me?

question-other-options = Czy aparat zewnętrzny albo podwyższenie buta mogłyby zadziałać u mnie równie dobrze?

# en-GB: How long will I need crutches, and when can I put my full weight on the leg?

question-crutches = Jak długo będę potrzebować kul i kiedy będzie można w pełni obciążać nogę?

# en-GB: How much time off school or work should I plan for?

question-time-off = Ile wolnego od szkoły lub pracy trzeba zaplanować?

# en-GB: How often will I need to come to clinic and to physiotherapy?

question-visits = Jak często trzeba będzie przychodzić do przychodni i na fizjoterapię?

# en-GB: What should I do if the leg stops getting longer, or something feels wrong?

question-what-if-wrong = Co robić, jeśli noga przestanie się wydłużać albo poczuję, że coś jest nie tak?

# en-GB: Who can I talk to about how I am feeling during treatment?

question-feelings = Z kim mogę porozmawiać o tym, jak się czuję w trakcie leczenia?

# en-GB: Will I need another operation to take the nail out?

question-nail-removal = Czy potrzebna będzie kolejna operacja, aby usunąć gwóźdź?

# en-GB: How will my results be recorded, and who will see them?

question-my-records = Jak będą zapisywane moje wyniki i kto będzie je widział?

# en-GB: Your team records how you do, as it does for every patient who has this operation. This is called an audit. It is part of your normal care.

outcomes-recording-every-patient = Twój zespół zapisuje, jak przebiega Twoje leczenie – tak samo jak u każdego pacjenta, który przechodzi tę operację. Nazywa się to audytem. Jest to część Twojej zwykłej opieki.

# en-GB: Not much is known about this operation yet. Recording how everyone does helps your hospital check that the operation is safe and working well.

outcomes-recording-why = Na razie niewiele wiadomo o tej operacji. Zapisywanie wyników wszystkich pacjentów pomaga szpitalowi sprawdzać, czy operacja jest bezpieczna i dobrze działa.

# en-GB: Your team may put your results into a tool from NICE for recording outcomes of procedures like this one. It records things like whether the leg reached its planned length and any problems.

outcomes-recording-nice-tool = Twój zespół może wprowadzić Twoje wyniki do narzędzia NICE, które służy do zapisywania wyników takich zabiegów jak ten. Zapisuje się w nim na przykład, czy noga osiągnęła zaplanowaną długość i czy wystąpiły jakieś problemy.

# en-GB: NICE would like a national record of everyone who has this operation, called a registry. If one is set up, your team may ask to add your results to it.

outcomes-recording-registry = NICE chce, aby powstał krajowy wykaz wszystkich osób, które przechodzą tę operację, nazywany rejestrem. Jeśli taki rejestr powstanie, Twój zespół może poprosić o zgodę na dodanie do niego Twoich wyników.

# en-GB: Researchers may ask to use your information to learn more about this operation. They will explain what it means and ask you first.

outcomes-recording-research = Badacze mogą poprosić o zgodę na wykorzystanie Twoich informacji, aby dowiedzieć się więcej o tej operacji. Najpierw wyjaśnią, co to oznacza, i zapytają Cię o zgodę.

# en-GB: You can say no to research, or change your mind later. This will not affect your care in any way. You can ask your team how your information is kept safe.

outcomes-recording-you-can-say-no = Możesz nie zgodzić się na udział w badaniach albo później zmienić zdanie. Nie wpłynie to w żaden sposób na Twoją opiekę. Możesz zapytać swój zespół, jak chronione są Twoje informacje.

# en-GB: If you think something is wrong with your nail, controller or frame, tell your team straight away. You, your family or your team can also report it to the Medicines and Healthcare products Regulatory Agency (MHRA) through its Yellow Card scheme. This helps make devices safer for everyone.

device-reporting = Jeśli uważasz, że coś jest nie tak z Twoim gwoździem, sterownikiem lub aparatem, od razu powiedz o tym swojemu zespołowi. Ty, Twoja rodzina lub Twój zespół możecie też zgłosić to do Agencji ds. Regulacji Leków i Produktów Ochrony Zdrowia (Medicines and Healthcare products Regulatory Agency, MHRA) za pośrednictwem programu Yellow Card (Żółta Karta). Pomaga to zwiększyć bezpieczeństwo urządzeń dla wszystkich.

# en-GB: We check this information against new studies and NICE advice at least once a year, and always by the next review date. If NICE changes its advice, or an important new study comes out, we update it sooner. Every version has a date. This lets you and your team see which version you read.

update-policy = Co najmniej raz w roku, a zawsze przed terminem następnego przeglądu, porównujemy te informacje z nowymi badaniami i zaleceniami NICE. Jeśli NICE zmieni swoje zalecenia albo ukaże się ważne nowe badanie, aktualizujemy je wcześniej. Każda wersja ma datę. Dzięki temu Ty i Twój zespół możecie sprawdzić, którą wersję czytaliście.

# en-GB: This is sample content, made to show how this tool works. It is not real advice from a real hospital. It was written by the limb reconstruction team at Example NHS Foundation Trust. A panel of patients and families then checked that it is clear and fair.

authors = To są przykładowe treści, przygotowane, aby pokazać, jak działa to narzędzie. Nie są to prawdziwe porady prawdziwego szpitala. Napisał je zespół rekonstrukcji kończyn w Example NHS Foundation Trust. Następnie grupa pacjentów i rodzin sprawdziła, czy są jasne i rzetelne.

# en-GB: This is sample content. It was written by the trust's own staff as part of their usual work. No money came from companies that make lengthening nails, frames or other devices. The people who wrote it have no links with these companies that could affect what it says (no conflicts of interest).

funding = To są przykładowe treści. Napisali je pracownicy trustu w ramach swojej zwykłej pracy. Żadne pieniądze nie pochodziły od firm, które produkują gwoździe wydłużające, aparaty lub inne urządzenia. Autorzy nie mają z tymi firmami żadnych powiązań, które mogłyby wpłynąć na treść tych informacji (nie mają konfliktu interesów).

# en-GB: This operation makes a shorter leg longer. The surgeon puts a metal rod, called a nail, inside the bone of the shorter leg. Doctors call this intramedullary distraction. It can be done on the thigh bone or the shin bone.

section-about-638b4e = Ta operacja wydłuża krótszą nogę. Chirurg umieszcza metalowy pręt, nazywany gwoździem, wewnątrz kości krótszej nogi. Lekarze nazywają to dystrakcją śródszpikową. Operację można wykonać na kości uda (kości udowej) lub na kości goleni (kości piszczelowej).

# en-GB: How does it work?

section-about-cea8b0 = Jak to działa?

# en-GB: The surgeon makes a clean break in the bone during the operation. The nail holds the two parts of the bone in line. After a few days, the nail starts to get longer by a tiny amount each day. This slowly pulls the two parts of the bone apart.

section-about-9d51f8 = Podczas operacji chirurg starannie przecina kość. Gwóźdź utrzymuje obie części kości w jednej linii. Po kilku dniach gwóźdź zaczyna się codziennie wydłużać o bardzo małą odległość. Powoli rozsuwa to obie części kości.

# en-GB: Your body fills the small gap with new, soft bone. Because the gap opens so slowly, new bone keeps growing into it. The muscles, nerves and skin stretch slowly too. When the leg has reached the planned length, the nail stops getting longer. The new bone then hardens over the following months.

section-about-9fd9c8 = Twój organizm wypełnia małą szczelinę nową, miękką kością. Ponieważ szczelina otwiera się bardzo powoli, nowa kość stale w nią wrasta. Mięśnie, nerwy i skóra również powoli się rozciągają. Gdy noga osiągnie zaplanowaną długość, gwóźdź przestaje się wydłużać. Przez kolejne miesiące nowa kość twardnieje.

# en-GB: Many lengthening nails are worked with a small controller that uses a magnet. You or someone at home holds it against your leg at set times each day. Your team will show you how. Other nails work in other ways.

section-about-421e7d = Wiele gwoździ wydłużających obsługuje się małym sterownikiem, który działa dzięki magnesowi. Ty lub ktoś z domowników przykłada go do nogi o ustalonych porach każdego dnia. Twój zespół pokaże Ci, jak to robić. Inne gwoździe działają w inny sposób.

# en-GB: Who does this operation?

section-about-78bc10 = Kto wykonuje tę operację?

# en-GB: This is a difficult operation. It is only done in specialist centres, by surgeons who are trained in limb lengthening and have done it before. A team of different specialists helps decide whether it is right for you. This team should ideally include a physiotherapist and someone who gives psychological support.

section-about-f1d293 = To trudna operacja. Wykonuje się ją tylko w ośrodkach specjalistycznych. Przeprowadzają ją chirurdzy, którzy są przeszkoleni w wydłużaniu kończyn i mają w tym doświadczenie. Zespół różnych specjalistów pomaga zdecydować, czy ta operacja jest dla Ciebie odpowiednia. W skład tego zespołu powinni najlepiej wchodzić fizjoterapeuta i osoba, która udziela wsparcia psychologicznego.

# en-GB: How sure are we about it?

section-about-057381 = Jak pewna jest nasza wiedza o tej operacji?

# en-GB: There is not much good evidence about this operation yet. The studies are few and mostly small. So NICE says hospitals must take extra care, called special arrangements. Your team will make sure you understand what is known and what is not known before you decide.

section-about-6e1608 = Na razie nie ma wielu dobrych dowodów naukowych dotyczących tej operacji. Badań jest niewiele i są w większości małe. Dlatego według NICE szpitale muszą zachować szczególną ostrożność, nazywaną specjalnymi warunkami. Zanim podejmiesz decyzję, Twój zespół upewni się, że rozumiesz, co wiadomo, a czego nie wiadomo.

# en-GB: This information does not cover making both legs longer so that a person is taller.

section-about-84329b = Te informacje nie dotyczą wydłużania obu nóg, aby ktoś był wyższy.

# en-GB: You will meet the team several times before you decide. There is no rush. You can take someone with you to every visit.

section-before-c3bdc6 = Zanim podejmiesz decyzję, kilka razy spotkasz się z zespołem. Nie ma pośpiechu. Na każdą wizytę możesz zabrać kogoś ze sobą.

# en-GB: What checks will I have?

section-before-082c01 = Jakie badania mnie czekają?

# en-GB: X-rays or other scans, to measure your legs and see the shape of your bones.

section-before-1d12aa = Zdjęcia rentgenowskie lub inne badania obrazowe, aby zmierzyć nogi i zobaczyć kształt kości.

# en-GB: A check of your joints and muscles by a physiotherapist.

section-before-fb44f1 = Sprawdzenie stawów i mięśni przez fizjoterapeutę.

# en-GB: A talk with someone who gives psychological support, about what you hope for and how you cope with hard times.

section-before-2a2dea = Rozmowa z osobą, która udziela wsparcia psychologicznego, o tym, czego oczekujesz i jak radzisz sobie w trudnych chwilach.

# en-GB: Blood tests and other checks to make sure you are ready for an operation.

section-before-8fc261 = Badania krwi i inne badania, aby upewnić się, że Twój organizm jest gotowy na operację.

# en-GB: How can I get ready?

section-before-7e7ffd = Jak mogę się przygotować?

# en-GB: Lengthening takes many months and a lot of work from you. It helps to plan ahead.

section-before-b9dad1 = Wydłużanie trwa wiele miesięcy i wymaga od Ciebie dużo pracy. Warto zaplanować wszystko z wyprzedzeniem.

# en-GB: Think about time off school or work. Ask your team how long to plan for.

section-before-9eadc6 = Pomyśl o wolnym od szkoły lub pracy. Zapytaj swój zespół, na jak długi czas warto je zaplanować.

# en-GB: Make your home easier to get around on crutches. For example, move things you use every day to where you can reach them.

section-before-2fadb9 = Przygotuj dom tak, aby łatwiej było poruszać się po nim o kulach. Na przykład przenieś rzeczy, których używasz codziennie, w miejsca, do których łatwo sięgniesz.

# en-GB: Plan how you will get to clinic and physiotherapy. You will need to go often.

section-before-a05187 = Zaplanuj, jak będziesz dojeżdżać do przychodni i na fizjoterapię. Trzeba będzie jeździć tam często.

# en-GB: Line up people who can help you at home, mostly in the first weeks.

section-before-ebe3fc = Znajdź osoby, które mogą pomóc Ci w domu, głównie w pierwszych tygodniach.

# en-GB: If you smoke, try to stop. Smoking can slow down bone healing. Your team can help you find support.

section-before-8e1d86 = Jeśli palisz, spróbuj rzucić palenie. Palenie może spowalniać gojenie się kości. Twój zespół może pomóc Ci znaleźć wsparcie.

# en-GB: Giving your consent

section-before-ae7ff1 = Wyrażenie zgody

# en-GB: Before the operation, your surgeon will go through the benefits, the risks and the other choices with you. They will also explain what is not known. You will sign a form to say you agree. This is called giving consent.

section-before-674155 = Przed operacją chirurg omówi z Tobą korzyści, zagrożenia i inne możliwości. Wyjaśni też, czego nie wiadomo. Podpiszesz formularz, aby potwierdzić, że się zgadzasz. Nazywa się to wyrażeniem zgody.

# en-GB: You can change your mind at any time before the operation. Saying no will not affect the rest of your care.

section-before-41c463 = Możesz zmienić zdanie w dowolnym momencie przed operacją. Odmowa nie wpłynie na resztę Twojej opieki.

# en-GB: You will be asleep for the operation. This is called a general anaesthetic. Some people also have an injection in the back to numb the legs, to help with pain afterwards. Your anaesthetist will talk to you about this.

section-during-499b44 = Podczas operacji będziesz spać. Nazywa się to znieczuleniem ogólnym. Niektóre osoby dostają też zastrzyk w plecy, który znieczula nogi, aby po operacji mniej bolało. Lekarz anestezjolog porozmawia z Tobą o tym.

# en-GB: What does the surgeon do?

section-during-bccb62 = Co robi chirurg?

# en-GB: The surgeon makes a few small cuts in the skin.

section-during-d1b23f = Chirurg wykonuje kilka małych nacięć skóry.

# en-GB: They make a clean break in the bone that is being made longer.

section-during-f1a61d = Starannie przecina kość, która ma zostać wydłużona.

# en-GB: They slide the nail into the hollow middle of the bone.

section-during-f73a64 = Wsuwa gwóźdź do pustego środka kości.

# en-GB: They fix the nail in place with screws at each end.

section-during-164f05 = Mocuje gwóźdź śrubami na obu końcach.

# en-GB: They take X-rays to check that the nail is in the right place.

section-during-f9d760 = Wykonuje zdjęcia rentgenowskie, aby sprawdzić, czy gwóźdź jest we właściwym miejscu.

# en-GB: The cuts are closed with stitches or clips and covered with dressings.

section-during-974b04 = Nacięcia zamyka się szwami lub zszywkami i przykrywa opatrunkami.

# en-GB: Waking up

section-during-3b7518 = Wybudzenie

# en-GB: You will wake up in the recovery room, and then go back to the ward. Your leg may feel sore, and you will have medicine for pain. A physiotherapist will help you get out of bed and start walking with crutches.

section-during-7bd9e5 = Obudzisz się w sali wybudzeń, a potem wrócisz na oddział. Noga może boleć i dostaniesz leki przeciwbólowe. Fizjoterapeuta pomoże Ci wstać z łóżka i zacząć chodzić o kulach.

# en-GB: You will stay in hospital for a short time after the operation. Your team will tell you how long to expect.

section-during-b27c67 = Po operacji zostaniesz w szpitalu przez krótki czas. Twój zespół powie Ci, ile to może potrwać.

# en-GB: Treatment has three stages: a short rest after the operation, the lengthening stage, and then a longer stage while the new bone hardens.

section-after-4b743f = Leczenie ma trzy etapy: krótki odpoczynek po operacji, etap wydłużania, a potem dłuższy etap, w którym nowa kość twardnieje.

# en-GB: The lengthening stage

section-after-3b5383 = Etap wydłużania

# en-GB: The nail starts to get longer a few days after the operation. It usually gets longer by about 1 mm a day, in small steps spread through the day. NICE's earlier guidance describes studies where legs were lengthened by between 0.82 and 1.11 mm a day. Your team will set the right amount for you.

section-after-1fdba8 = Gwóźdź zaczyna się wydłużać kilka dni po operacji. Zwykle wydłuża się o około 1 mm na dobę, małymi krokami rozłożonymi na cały dzień. We wcześniejszych wytycznych NICE opisano badania, w których nogi wydłużano od 0.82 do 1.11 mm na dobę. Twój zespół ustali odpowiednie tempo dla Ciebie.

# en-GB: If your nail uses a magnet controller, you or someone at home will use it at set times each day. Your team will show you how. Keep a note of each time you use it.

section-after-690401 = Jeśli Twój gwóźdź obsługuje się sterownikiem z magnesem, trzeba go używać o ustalonych porach każdego dnia. Robisz to Ty lub ktoś z domowników. Twój zespół pokaże Ci, jak to robić. Zapisuj każde użycie sterownika.

# en-GB: While the leg is getting longer, you may feel:

section-after-21b87a = Podczas wydłużania nogi możesz odczuwać:

# en-GB: tightness or soreness in your muscles and joints

section-after-226ef6 = napięcie lub bolesność mięśni i stawów

# en-GB: some pain, mostly after each small lengthening step

section-after-f0163f = pewien ból, głównie po każdym małym kroku wydłużania

# en-GB: tiredness, and frustration that everyday things take longer.

section-after-701ddf = zmęczenie i frustrację, że codzienne czynności zajmują więcej czasu.

# en-GB: Physiotherapy and exercises

section-after-099b2b = Fizjoterapia i ćwiczenia

# en-GB: Physiotherapy is a very important part of treatment. As the bone gets longer, the muscles around it are stretched. Without exercise, your knee, hip or ankle can become stiff.

section-after-811973 = Fizjoterapia jest bardzo ważną częścią leczenia. Gdy kość się wydłuża, mięśnie wokół niej są rozciągane. Bez ćwiczeń kolano, biodro lub staw skokowy (kostka) mogą zesztywnieć.

# en-GB: Do the exercises your physiotherapist gives you every day.

section-after-e6dfa9 = Codziennie wykonuj ćwiczenia zalecone przez fizjoterapeutę.

# en-GB: Go to all your physiotherapy sessions.

section-after-0f350d = Chodź na wszystkie sesje fizjoterapii.

# en-GB: Use your crutches, and only put as much weight on the leg as your team says.

section-after-23925a = Używaj kul i obciążaj nogę tylko tak bardzo, jak pozwala Ci zespół.

# en-GB: Check-ups

section-after-ad1f13 = Wizyty kontrolne

# en-GB: You will have regular check-ups while the leg is getting longer, with X-rays to see how the new bone is growing. Your team may change how fast the nail gets longer. Once the lengthening stops, check-ups become less frequent while the bone hardens. This hardening stage takes longer than the lengthening stage. Slowly you can put more weight on the leg.

section-after-f0d640 = Podczas wydłużania nogi będziesz mieć regularne wizyty kontrolne ze zdjęciami rentgenowskimi, aby sprawdzić, jak rośnie nowa kość. Twój zespół może zmienić tempo wydłużania gwoździa. Gdy wydłużanie się zakończy, wizyty kontrolne będą rzadsze, a kość będzie twardnieć. Ten etap twardnienia trwa dłużej niż etap wydłużania. Stopniowo możesz coraz bardziej obciążać nogę.

# en-GB: When to get help

section-after-7edbcf = Kiedy szukać pomocy

# en-GB: Contact the team straight away if:

section-after-2ec4b8 = Natychmiast skontaktuj się z zespołem, jeśli:

# en-GB: your wound becomes red, hot, swollen or leaks fluid

section-after-d7098b = rana robi się czerwona, gorąca lub obrzęknięta albo sączy się z niej płyn

# en-GB: you have a high temperature or feel unwell

section-after-7ca88e = masz wysoką temperaturę (gorączkę) lub źle się czujesz

# en-GB: the pain gets much worse, or your leg or foot feels numb or tingly

section-after-376db1 = ból znacznie się nasila albo czujesz drętwienie lub mrowienie w nodze lub stopie

# en-GB: you cannot move your toes, ankle or knee as well as before

section-after-8749d9 = nie możesz ruszać palcami stóp, kostką lub kolanem tak dobrze jak wcześniej

# en-GB: the controller does not seem to work, or the leg seems to stop getting longer.

section-after-25ab5b = sterownik wydaje się nie działać albo wydaje się, że noga przestała się wydłużać.

# en-GB: Taking the nail out

section-after-033cc5 = Usunięcie gwoździa

# en-GB: Once the bone has fully healed, your surgeon may suggest taking the nail out. This is usually a smaller operation than the first one. Ask your team whether you will need it, and when.

section-after-16cd8e = Gdy kość całkowicie się zrośnie, chirurg może zaproponować usunięcie gwoździa. Zwykle jest to mniejsza operacja niż pierwsza. Zapytaj swój zespół, czy będzie Ci potrzebna i kiedy.

# en-GB: Looking after your feelings

section-after-910126 = Dbanie o samopoczucie

# en-GB: Leg lengthening takes a long time. It is normal to feel low, worried or fed up at times. Tell your team how you feel. They can put you in touch with psychological support.

section-after-276d4c = Wydłużanie nogi trwa długo. To normalne, że czasami masz obniżony nastrój, martwisz się albo masz wszystkiego dość. Powiedz swojemu zespołowi, jak się czujesz. Zespół może skontaktować Cię z osobami, które udzielają wsparcia psychologicznego.

