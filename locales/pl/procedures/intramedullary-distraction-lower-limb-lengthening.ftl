# procedures/intramedullary-distraction-lower-limb-lengthening.ftl in pl. Translate the text after each `=`; the comment above each
# message shows the current en-GB text. Numbers, dates and names
# arrive as variables such as { $events }: keep them, never type a figure.

title = Wydłużanie krótszej nogi za pomocą gwoździa umieszczonego w kości

summary = Te informacje są przeznaczone dla osób, które mają jedną nogę krótszą od drugiej, oraz dla ich rodzin. Wyjaśniamy w nich, na czym polega operacja wydłużenia krótszej nogi za pomocą gwoździa umieszczonego w kości. Opisujemy też inne możliwości, w tym możliwość, by nic nie robić. Na razie nie ma wielu dobrych dowodów naukowych dotyczących tej operacji, dlatego niektórych rzeczy nie wiadomo.

condition = Jedna z Twoich nóg jest krótsza od drugiej. Lekarze nazywają to różnicą długości kończyn dolnych. Możesz mieć ją od urodzenia. Może też być skutkiem złamania kości, zakażenia lub guza albo tego, że kość nie rośnie tak, jak powinna. Niewielka różnica może nie sprawiać żadnych kłopotów. Większa różnica może sprawiać, że utykasz i szybciej się męczysz. U niektórych osób pojawiają się bóle pleców, bioder lub kolan. Różnica może też wpływać na to, jak postrzegasz siebie, i na to, co możesz robić. U dziecka, które wciąż rośnie, różnica może z czasem się zwiększać.

decision = Decydujesz, czy poddać się operacji wydłużenia krótszej nogi za pomocą gwoździa umieszczonego w kości. Inne możliwości to aparat zewnętrzny, podwyższenie buta albo rezygnacja na razie z leczenia.

evidence-summary = Istnieje tylko kilka badań tej operacji i większość z nich jest mała. W wielu z nich badano pacjentów tylko z jednego szpitala. W niewielu badaniach porównano gwóźdź z innymi metodami leczenia i w niewielu obserwowano pacjentów przez długi czas. Według NICE dowody naukowe są ograniczone zarówno pod względem ilości, jak i jakości. Dlatego podane tu liczby są tylko przybliżoną wskazówką, a nie obietnicą tego, co stanie się w Twoim przypadku.

special-arrangements-why = Według NICE tę operację należy wykonywać tylko na specjalnych warunkach. Powodem są ograniczone dowody naukowe. Nie oznacza to, że ta operacja jest dla Ciebie niewłaściwa. Oznacza to, że są rzeczy, których nikt jeszcze nie wie.

special-arrangements-closer-checks = Osoby, które w szpitalu odpowiadają za bezpieczeństwo, są informowane o tej operacji. Sprawdzają ją dokładniej niż zwykle.

special-arrangements-records = Twój zespół medyczny zapisuje, jak przebiega leczenie każdego pacjenta, który przechodzi tę operację. Zespół regularnie analizuje te wyniki.

special-arrangements-understand-first = Zanim wyrazisz zgodę, Twój zespół upewnia się, że rozumiesz, co wiadomo, a czego nie wiadomo. Dotyczy to zagrożeń, korzyści i luk w dowodach naukowych.

special-arrangements-time-to-decide = Możesz spokojnie zastanowić się nad decyzją, zadać tyle pytań, ile potrzebujesz, i zabrać kogoś ze sobą. Możesz odmówić albo zmienić zdanie.

special-arrangements-surgeons-learn = Chirurdzy, którzy wykonują tę operację, co roku omawiają swoje wyniki, aby się uczyć i stawać się coraz lepszymi.

for-one-leg-shorter = Osób, które mają jedną nogę krótszą od drugiej, jeśli ta różnica wpływa na ich codzienne życie.

for-children-and-adults = Dorosłych i dzieci. Twój zespół sprawdzi, czy Twoja kość ma odpowiedni rozmiar i kształt, aby można było umieścić w niej gwóźdź.

for-able-to-take-part = Osób, które przez kilka miesięcy mogą często przychodzić do przychodni i na fizjoterapię oraz wykonywać ćwiczenia w domu.

not-for-short-stature = Wydłużania obu nóg, aby ktoś był wyższy (przy niskim wzroście). Zalecenia NICE tego nie obejmują.

option-nail-name = Gwóźdź wydłużający umieszczony w kości

option-nail-summary = Chirurg umieszcza w Twojej kości metalowy pręt, nazywany gwoździem. Gwóźdź jest codziennie trochę wydłużany, a w powstającej szczelinie rośnie nowa kość. Lekarze nazywają to dystrakcją śródszpikową.

option-nail-what-happens = Przechodzisz operację, podczas której śpisz. Chirurg przecina kość i wsuwa gwóźdź do jej pustego środka. Po kilku dniach gwóźdź zaczyna się codziennie wydłużać o bardzo małą odległość. Często robisz to w domu za pomocą małego sterownika, który działa dzięki magnesowi. Gdy noga jest już wystarczająco długa, nowa kość powoli twardnieje. Gwóźdź może zostać później usunięty podczas mniejszej operacji.

option-nail-recovery = Powrót do zdrowia trwa wiele miesięcy. Będziesz chodzić o kulach i przez pewien czas nie wolno Ci obciążać nogi całym ciężarem ciała. Potrzebna będzie fizjoterapia i regularne wizyty kontrolne ze zdjęciami rentgenowskimi. Podczas rozciągania nogi mięśnie i stawy mogą być napięte i bolesne. Nowa kość twardnieje dłużej, niż trwało jej narastanie.

option-nail-daily-life = Na zewnątrz nogi nie ma żadnego aparatu, więc możesz nosić swoje zwykłe ubrania. Będziesz mieć kilka małych blizn. W czasie wydłużania nogi musisz obsługiwać gwóźdź o ustalonych porach każdego dnia, chodzić na fizjoterapię i ćwiczyć w domu. Możesz potrzebować wolnego od szkoły lub pracy oraz pomocy w domu. Ból, zmęczenie i to, że nie możesz robić tego, co zwykle, mogą być trudne. Niektóre osoby podczas długiego leczenia mają obniżony nastrój, martwią się albo mają wszystkiego dość. To normalne, a Twój zespół może Ci pomóc.

option-nail-benefit-reach-planned-length-label = Noga osiąga zaplanowaną długość

option-nail-benefit-reach-planned-length-detail = Przed operacją Twój zespół planuje, o ile noga powinna się wydłużyć. Tu widać, jak często wydłużane kości osiągnęły tę długość w jednym badaniu.

option-nail-benefit-better-function-label = Chodzenie i poruszanie się stają się łatwiejsze

option-nail-benefit-better-function-detail = NICE uważa to za jeden z głównych celów tej operacji. Nie ma wiarygodnych danych liczbowych o tym, jak często tak się dzieje.

option-nail-benefit-better-quality-of-life-label = Codzienne życie jest ogólnie lepsze

option-nail-benefit-better-quality-of-life-detail = W niewielu badaniach pytano ludzi, jak operacja zmieniła ich życie.

option-nail-risk-any-complication-label = Problem w trakcie leczenia (powikłanie)

option-nail-risk-any-complication-detail = Tu liczone są problemy, a nie osoby. W jednej kości może wystąpić więcej niż jeden problem. Niektóre problemy są niewielkie i łatwo je naprawić. Inne wymagają kolejnej operacji.

option-nail-risk-change-of-plan-label = Duża zmiana planu, na przykład kolejna operacja

option-nail-risk-change-of-plan-detail = Na przykład dodatkowa operacja albo zmiana sposobu wydłużania nogi.

option-nail-risk-goal-not-reached-label = Leczenie nie osiąga celu

option-nail-risk-goal-not-reached-detail = Leczenie nie daje tego, co miało dać. Na przykład noga jest ostatecznie krótsza, niż planowano.

option-nail-risk-lasting-problem-label = Trwały problem albo nowy problem zdrowotny

option-nail-risk-lasting-problem-detail = Problem, który nie ustępuje po zakończeniu leczenia, albo nowy problem zdrowotny spowodowany leczeniem.

option-nail-risk-nail-fails-label = Awaria gwoździa

option-nail-risk-nail-fails-detail = Gwóźdź pęka lub przestaje działać tak, jak powinien. Lekarze nazywają to uszkodzeniem implantu. Może być potrzebna kolejna operacja.

option-nail-risk-infection-label = Zakażenie

option-nail-risk-infection-detail = Zarazki dostają się do rany lub do kości. Nie ma wiarygodnych danych liczbowych o tym, jak często zdarza się to przy gwoździu.

option-nail-risk-pain-label = Ból

option-nail-risk-pain-detail = Noga może boleć, głównie wtedy, gdy jest rozciągana. Nie ma wiarygodnych danych liczbowych o tym, jak często ból jest problemem.

option-nail-risk-slow-bone-healing-label = Nowa kość zrasta się powoli albo się nie zrasta

option-nail-risk-slow-bone-healing-detail = Lekarze nazywają to opóźnionym zrostem lub brakiem zrostu. Może być potrzebne dłuższe chodzenie o kulach albo kolejna operacja.

option-fixator-name = Aparat zewnętrzny

option-fixator-summary = Chirurg mocuje metalowy aparat (ramę) na zewnątrz Twojej nogi. Śruby lub druty przechodzą przez skórę do kości. Aparat jest codziennie trochę regulowany, aby wydłużyć kość. Lekarze nazywają to stabilizatorem zewnętrznym.

option-fixator-what-happens = Przechodzisz operację, podczas której śpisz. Chirurg przecina kość i mocuje do niej aparat za pomocą śrub lub drutów. Po kilku dniach aparat zaczyna być codziennie trochę regulowany. Kość powoli się wydłuża, a w szczelinie rośnie nowa kość. Gdy noga jest już wystarczająco długa, aparat pozostaje na miejscu, dopóki nowa kość twardnieje. Potem zdejmuje się go podczas kolejnego, krótszego zabiegu.

option-fixator-recovery = Powrót do zdrowia trwa wiele miesięcy. Aparat pozostaje na nodze przez cały czas, gdy kość się wydłuża i twardnieje. Potrzebna będzie fizjoterapia i regularne wizyty kontrolne ze zdjęciami rentgenowskimi. Trzeba też codziennie oczyszczać skórę w miejscach, w których wchodzą śruby. Przez pewien czas będziesz chodzić o kulach. Podczas rozciągania nogi mięśnie i stawy mogą być napięte i bolesne.

option-fixator-daily-life = Aparat znajduje się na zewnątrz nogi, więc inni ludzie mogą go zobaczyć. Może utrudniać ubieranie się, spanie i poruszanie się, a niektórych ubrań nie da się na niego założyć. Możesz potrzebować wolnego od szkoły lub pracy oraz pomocy w domu. Niektórym osobom trudno żyć z aparatem albo nie chcą go mieć. Ból, zmęczenie i to, że nie możesz robić tego, co zwykle, mogą być trudne. Niektóre osoby podczas długiego leczenia mają obniżony nastrój, martwią się albo mają wszystkiego dość. To normalne, a Twój zespół może Ci pomóc. Obecnie aparaty są stosowane rzadziej niż dawniej.

option-fixator-benefit-reach-planned-length-label = Noga osiąga zaplanowaną długość

option-fixator-benefit-reach-planned-length-detail = W jednym badaniu porównano aparaty z gwoździami w kości udowej. Te informacje nie podają jeszcze danych liczbowych dla aparatów.

option-fixator-benefit-better-function-label = Chodzenie i poruszanie się stają się łatwiejsze

option-fixator-benefit-better-function-detail = Aparaty są stosowane do wydłużania nóg od wielu lat. Nie ma wiarygodnych danych liczbowych o tym, jak często chodzenie staje się łatwiejsze.

option-fixator-benefit-better-quality-of-life-label = Codzienne życie jest ogólnie lepsze

option-fixator-benefit-better-quality-of-life-detail = W niewielu badaniach pytano ludzi, jak aparat zmienił ich życie.

option-fixator-risk-any-complication-label = Problem w trakcie leczenia (powikłanie)

option-fixator-risk-any-complication-detail = We wcześniejszych zaleceniach NICE wymieniono kilka problemów związanych z aparatami, ale bez danych liczbowych.

option-fixator-risk-infection-label = Zakażenie

option-fixator-risk-infection-detail = Zarazki dostają się w miejscach, w których śruby przechodzą przez skórę. Lekarze nazywają to zakażeniem w miejscu wkłucia śrub.

option-fixator-risk-pain-label = Ból

option-fixator-risk-pain-detail = Noga może boleć, zarówno z powodu rozciągania, jak i w miejscach, w których wchodzą śruby.

option-fixator-risk-joint-slips-out-label = Staw biodrowy lub kolanowy wysuwa się ze swojego miejsca

option-fixator-risk-joint-slips-out-detail = Rozciąganie może częściowo lub całkowicie wyciągnąć staw z jego miejsca. Lekarze nazywają to podwichnięciem lub zwichnięciem.

option-fixator-risk-bone-heals-bent-label = Kość zrasta się krzywo

option-fixator-risk-bone-heals-bent-detail = Nowa kość zrasta się pod kątem zamiast prosto. Lekarze nazywają to deformacją kątową.

option-shoe-raise-name = Podwyższenie buta i inna pomoc bez operacji

option-shoe-raise-summary = Do buta dodaje się podwyższenie albo wkłada się do niego wkładkę, aby wyrównać różnicę długości nóg. Fizjoterapia i inne formy wsparcia mogą pomóc w chodzeniu i złagodzić bóle.

option-shoe-raise-what-happens = Specjalista od zaopatrzenia ortopedycznego, nazywany technikiem ortopedą, mierzy Twoje nogi. Wykonuje lub dopasowuje podwyższenie. Małe podwyższenie można włożyć do buta. Większe dobudowuje się do podeszwy. Fizjoterapeuta może zalecić Ci ćwiczenia poprawiające równowagę i siłę oraz łagodzące bóle. Podwyższenie może wymagać wymiany, gdy rośniesz albo gdy buty się zużywają.

option-shoe-raise-recovery = Nie ma operacji, więc nie trzeba dochodzić do siebie. Przyzwyczajenie się do chodzenia z podwyższeniem może zająć trochę czasu.

option-shoe-raise-daily-life = Nosisz podwyższenie zawsze wtedy, gdy chcesz czuć, że Twoje nogi są równe. Nie każdy but da się podwyższyć, więc wybór butów może być ograniczony. Podwyższony but może być widoczny i niektóre osoby czują się z tego powodu skrępowane. Twoja noga ma nadal taką samą długość, więc różnica pozostaje, gdy zdejmiesz buty. Możesz przestać w każdej chwili i nadal możesz później wybrać operację.

option-shoe-raise-benefit-better-function-label = Chodzenie i poruszanie się stają się łatwiejsze

option-shoe-raise-benefit-better-function-detail = Podwyższenie może sprawić, że Twój chód będzie bardziej równy. Nie wiemy, jak często to pomaga.

option-shoe-raise-benefit-fewer-aches-label = Mniej bólów pleców, bioder lub kolan

option-shoe-raise-benefit-fewer-aches-detail = Niektóre osoby zauważają, że bóle słabną, gdy ich nogi są wyrównane. Nie wiemy, jak często tak się dzieje.

option-shoe-raise-risk-raise-uncomfortable-label = Podwyższenie przeszkadza lub jest niewygodne

option-shoe-raise-risk-raise-uncomfortable-detail = Duże podwyższenie może wydawać się ciężkie albo na początku sprawiać, że czujesz się niepewnie na nogach.

option-shoe-raise-risk-difference-grows-label = Różnica zwiększa się, gdy dziecko rośnie

option-shoe-raise-risk-difference-grows-detail = Dotyczy to tylko dzieci, które wciąż rosną. Podwyższenie nie zmienia tego, jak rosną kości. Twój zespół może powiedzieć, czy w przypadku Twojego dziecka jest to prawdopodobne.

option-nothing-name = Na razie bez leczenia

option-nothing-summary = Decydujesz, że na razie nie chcesz leczenia. W każdej chwili możesz zmienić zdanie i znowu porozmawiać ze swoim zespołem.

option-nothing-what-happens = W Twoim leczeniu nic się nie zmienia. Twój zespół może proponować wizyty kontrolne, aby sprawdzać, czy różnica się zmienia – głównie u dziecka, które wciąż rośnie. Możesz poprosić o ponowną rozmowę o innych możliwościach, kiedy tylko zechcesz.

option-nothing-recovery = Nie ma operacji, więc nie trzeba dochodzić do siebie.

option-nothing-daily-life = Unikasz zagrożeń, wolnego od szkoły lub pracy i ciężkiej pracy, które wiążą się z operacją. Twoja noga pozostaje taka, jaka jest. Jeśli różnica jest mała, możesz prawie jej nie zauważać. Jeśli jest większa, możesz nadal utykać, szybciej się męczyć albo czuć skrępowanie z powodu swojego chodu.

option-nothing-benefit-manage-without-treatment-label = Dobrze radzisz sobie bez leczenia

option-nothing-benefit-manage-without-treatment-detail = Jeśli różnica jest mała, leczenie może nie być potrzebne. Nie wiemy, jak często tak jest.

option-nothing-risk-aches-from-uneven-legs-label = Bóle pleców, bioder lub kolan

option-nothing-risk-aches-from-uneven-legs-detail = Nierówny chód może prowadzić do bólów. Nie wiemy, jak często tak się dzieje.

option-nothing-risk-difference-grows-label = Różnica zwiększa się, gdy dziecko rośnie

option-nothing-risk-difference-grows-detail = Dotyczy to tylko dzieci, które wciąż rosną. Twój zespół może powiedzieć, czy w przypadku Twojego dziecka jest to prawdopodobne.

uncertainty-long-term = Nie wiemy, jak ludzie radzą sobie wiele lat po operacji. W niewielu badaniach obserwowano pacjentów przez długi czas.

uncertainty-quality-of-life = W niewielu badaniach pytano ludzi, jak operacja zmieniła ich codzienne życie, samopoczucie lub to, co mogą robić. NICE wezwało do prowadzenia dalszych badań na ten temat.

uncertainty-devices-differ = Istnieje kilka rodzajów gwoździ wydłużających. Działają w różny sposób i ciągle się zmieniają. Wyniki uzyskane z jednym gwoździem mogą być inne niż z innym.

uncertainty-small-studies = Badań jest niewiele i większość z nich jest mała. Wiele z nich pochodzi z jednego szpitala. Wyniki w jednym szpitalu mogą być inne niż w innym.

uncertainty-children-and-adults = Dzieci wciąż rosną, a ich kości goją się inaczej niż u dorosłych. Nie ma wystarczających dowodów naukowych, aby powiedzieć, czym różnią się wyniki u dzieci i u dorosłych.

uncertainty-frames-less-studied = Aparaty zewnętrzne są obecnie stosowane rzadziej. Dlatego jest mało nowych danych liczbowych na ich temat i trudno uczciwie porównać je z gwoździami.

uncertainty-short-stature-in-studies = Niektóre osoby w największym przeglądzie badań miały wydłużane obie nogi, aby być wyższymi. Ta ulotka tego nie dotyczy, a ich wyniki mogą się różnić od wyników osób, które mają jedną nogę krótszą.

uncertainty-no-patient-views = NICE poprosiło pacjentów o opinie na temat tej operacji, ale nikt ich nie przekazał. Dlatego zalecenia NICE nie uwzględniają tego, co pacjenci o niej myślą.

team-team-decides = Zespół ekspertów z różnych dziedzin spotyka się, aby omówić, czy ta operacja jest dla Ciebie odpowiednia. Według NICE w skład tego zespołu powinni w miarę możliwości wchodzić fizjoterapeuta i osoba, która pomaga radzić sobie z emocjami (wsparcie psychologiczne).

team-surgeon = Twój chirurg jest przeszkolony w wydłużaniu kończyn i ma już doświadczenie w takich operacjach. Ta operacja jest wykonywana tylko w ośrodkach specjalistycznych.

team-physiotherapist = Fizjoterapeuta pomaga Ci przygotować się do operacji. Po operacji pomaga Ci utrzymać ruchomość stawów i siłę mięśni.

team-psychological-support = Psycholog lub terapeuta może pomóc Ci zastanowić się, czego oczekujesz. Może też wspierać Cię, gdy w czasie długiego leczenia martwisz się lub masz obniżony nastrój.

team-nurses = Pielęgniarki specjalistyczne pokazują, jak dbać o ranę i jak używać sterownika. Mogą odpowiadać na pytania między wizytami kontrolnymi.

team-you-and-family = Ty i Twoja rodzina jesteście częścią zespołu. To, co jest dla Ciebie ważne, pomaga zdecydować, co jest dla Ciebie właściwe.

question-team-results = Ile takich operacji wykonał Państwa zespół i jakie były ich wyniki?

question-which-nail = Który gwóźdź zostanie u mnie zastosowany i dlaczego właśnie ten?

question-other-options = Czy aparat zewnętrzny albo podwyższenie buta mogłyby zadziałać u mnie równie dobrze?

question-crutches = Jak długo będę potrzebować kul i kiedy będzie można w pełni obciążać nogę?

question-time-off = Ile wolnego od szkoły lub pracy trzeba zaplanować?

question-visits = Jak często trzeba będzie przychodzić do przychodni i na fizjoterapię?

question-what-if-wrong = Co robić, jeśli noga przestanie się wydłużać albo poczuję, że coś jest nie tak?

question-feelings = Z kim mogę porozmawiać o tym, jak się czuję w trakcie leczenia?

question-nail-removal = Czy potrzebna będzie kolejna operacja, aby usunąć gwóźdź?

question-my-records = Jak będą zapisywane moje wyniki i kto będzie je widział?

outcomes-recording-every-patient = Twój zespół zapisuje, jak przebiega Twoje leczenie – tak samo jak u każdego pacjenta, który przechodzi tę operację. Nazywa się to audytem. Jest to część Twojej zwykłej opieki.

outcomes-recording-why = Na razie niewiele wiadomo o tej operacji. Zapisywanie wyników wszystkich pacjentów pomaga szpitalowi sprawdzać, czy operacja jest bezpieczna i dobrze działa.

outcomes-recording-nice-tool = Twój zespół może wprowadzić Twoje wyniki do narzędzia NICE, które służy do zapisywania wyników takich zabiegów jak ten. Zapisuje się w nim na przykład, czy noga osiągnęła zaplanowaną długość i czy wystąpiły jakieś problemy.

outcomes-recording-registry = NICE chce, aby powstał krajowy wykaz wszystkich osób, które przechodzą tę operację, nazywany rejestrem. Jeśli taki rejestr powstanie, Twój zespół może poprosić o zgodę na dodanie do niego Twoich wyników.

outcomes-recording-research = Badacze mogą poprosić o zgodę na wykorzystanie Twoich informacji, aby dowiedzieć się więcej o tej operacji. Najpierw wyjaśnią, co to oznacza, i zapytają Cię o zgodę.

outcomes-recording-you-can-say-no = Możesz nie zgodzić się na udział w badaniach albo później zmienić zdanie. Nie wpłynie to w żaden sposób na Twoją opiekę. Możesz zapytać swój zespół, jak chronione są Twoje informacje.

device-reporting = Jeśli uważasz, że coś jest nie tak z Twoim gwoździem, sterownikiem lub aparatem, od razu powiedz o tym swojemu zespołowi. Ty, Twoja rodzina lub Twój zespół możecie też zgłosić to do Agencji ds. Regulacji Leków i Produktów Ochrony Zdrowia (Medicines and Healthcare products Regulatory Agency, MHRA) za pośrednictwem programu Yellow Card (Żółta Karta). Pomaga to zwiększyć bezpieczeństwo urządzeń dla wszystkich.

update-policy = Co najmniej raz w roku, a zawsze przed terminem następnego przeglądu, porównujemy te informacje z nowymi badaniami i zaleceniami NICE. Jeśli NICE zmieni swoje zalecenia albo ukaże się ważne nowe badanie, aktualizujemy je wcześniej. Każda wersja ma datę. Dzięki temu Ty i Twój zespół możecie sprawdzić, którą wersję czytaliście.

authors = To są przykładowe treści, przygotowane, aby pokazać, jak działa to narzędzie. Nie są to prawdziwe porady prawdziwego szpitala. Napisał je zespół rekonstrukcji kończyn w Example NHS Foundation Trust. Następnie grupa pacjentów i rodzin sprawdziła, czy są jasne i rzetelne.

funding = To są przykładowe treści. Napisali je pracownicy trustu w ramach swojej zwykłej pracy. Żadne pieniądze nie pochodziły od firm, które produkują gwoździe wydłużające, aparaty lub inne urządzenia. Autorzy nie mają z tymi firmami żadnych powiązań, które mogłyby wpłynąć na treść tych informacji (nie mają konfliktu interesów).

section-about =
    Ta operacja wydłuża krótszą nogę. Chirurg umieszcza metalowy pręt, nazywany gwoździem, wewnątrz kości krótszej nogi. Lekarze nazywają to dystrakcją śródszpikową. Operację można wykonać na kości uda (kości udowej) lub na kości goleni (kości piszczelowej).

    ### Jak to działa?

    Podczas operacji chirurg starannie przecina kość. Gwóźdź utrzymuje obie części kości w jednej linii. Po kilku dniach gwóźdź zaczyna się codziennie wydłużać o bardzo małą odległość. Powoli rozsuwa to obie części kości.

    Twój organizm wypełnia małą szczelinę nową, miękką kością. Ponieważ szczelina otwiera się bardzo powoli, nowa kość stale w nią wrasta. Mięśnie, nerwy i skóra również powoli się rozciągają. Gdy noga osiągnie zaplanowaną długość, gwóźdź przestaje się wydłużać. Przez kolejne miesiące nowa kość twardnieje.

    Wiele gwoździ wydłużających obsługuje się małym sterownikiem, który działa dzięki magnesowi. Ty lub ktoś z domowników przykłada go do nogi o ustalonych porach każdego dnia. Twój zespół pokaże Ci, jak to robić. Inne gwoździe działają w inny sposób.

    ### Kto wykonuje tę operację?

    To trudna operacja. Wykonuje się ją tylko w ośrodkach specjalistycznych. Przeprowadzają ją chirurdzy, którzy są przeszkoleni w wydłużaniu kończyn i mają w tym doświadczenie. Zespół różnych specjalistów pomaga zdecydować, czy ta operacja jest dla Ciebie odpowiednia. W skład tego zespołu powinni najlepiej wchodzić fizjoterapeuta i osoba, która udziela wsparcia psychologicznego.

    ### Jak pewna jest nasza wiedza o tej operacji?

    Na razie nie ma wielu dobrych dowodów naukowych dotyczących tej operacji. Badań jest niewiele i są w większości małe. Dlatego według NICE szpitale muszą zachować szczególną ostrożność, nazywaną specjalnymi warunkami. Zanim podejmiesz decyzję, Twój zespół upewni się, że rozumiesz, co wiadomo, a czego nie wiadomo.

    Te informacje nie dotyczą wydłużania obu nóg, aby ktoś był wyższy.

section-before =
    Zanim podejmiesz decyzję, kilka razy spotkasz się z zespołem. Nie ma pośpiechu. Na każdą wizytę możesz zabrać kogoś ze sobą.

    ### Jakie badania mnie czekają?

    - Zdjęcia rentgenowskie lub inne badania obrazowe, aby zmierzyć nogi i zobaczyć kształt kości.
    - Sprawdzenie stawów i mięśni przez fizjoterapeutę.
    - Rozmowa z osobą, która udziela wsparcia psychologicznego, o tym, czego oczekujesz i jak radzisz sobie w trudnych chwilach.
    - Badania krwi i inne badania, aby upewnić się, że Twój organizm jest gotowy na operację.

    ### Jak mogę się przygotować?

    Wydłużanie trwa wiele miesięcy i wymaga od Ciebie dużo pracy. Warto zaplanować wszystko z wyprzedzeniem.

    - Pomyśl o wolnym od szkoły lub pracy. Zapytaj swój zespół, na jak długi czas warto je zaplanować.
    - Przygotuj dom tak, aby łatwiej było poruszać się po nim o kulach. Na przykład przenieś rzeczy, których używasz codziennie, w miejsca, do których łatwo sięgniesz.
    - Zaplanuj, jak będziesz dojeżdżać do przychodni i na fizjoterapię. Trzeba będzie jeździć tam często.
    - Znajdź osoby, które mogą pomóc Ci w domu, głównie w pierwszych tygodniach.
    - Jeśli palisz, spróbuj rzucić palenie. Palenie może spowalniać gojenie się kości. Twój zespół może pomóc Ci znaleźć wsparcie.

    ### Wyrażenie zgody

    Przed operacją chirurg omówi z Tobą korzyści, zagrożenia i inne możliwości. Wyjaśni też, czego nie wiadomo. Podpiszesz formularz, aby potwierdzić, że się zgadzasz. Nazywa się to wyrażeniem zgody.

    Możesz zmienić zdanie w dowolnym momencie przed operacją. Odmowa nie wpłynie na resztę Twojej opieki.

section-during =
    Podczas operacji będziesz spać. Nazywa się to znieczuleniem ogólnym. Niektóre osoby dostają też zastrzyk w plecy, który znieczula nogi, aby po operacji mniej bolało. Lekarz anestezjolog porozmawia z Tobą o tym.

    ### Co robi chirurg?

    - Chirurg wykonuje kilka małych nacięć skóry.
    - Starannie przecina kość, która ma zostać wydłużona.
    - Wsuwa gwóźdź do pustego środka kości.
    - Mocuje gwóźdź śrubami na obu końcach.
    - Wykonuje zdjęcia rentgenowskie, aby sprawdzić, czy gwóźdź jest we właściwym miejscu.

    Nacięcia zamyka się szwami lub zszywkami i przykrywa opatrunkami.

    ### Wybudzenie

    Obudzisz się w sali wybudzeń, a potem wrócisz na oddział. Noga może boleć i dostaniesz leki przeciwbólowe. Fizjoterapeuta pomoże Ci wstać z łóżka i zacząć chodzić o kulach.

    Po operacji zostaniesz w szpitalu przez krótki czas. Twój zespół powie Ci, ile to może potrwać.

section-after =
    Leczenie ma trzy etapy: krótki odpoczynek po operacji, etap wydłużania, a potem dłuższy etap, w którym nowa kość twardnieje.

    ### Etap wydłużania

    Gwóźdź zaczyna się wydłużać kilka dni po operacji. Zwykle wydłuża się o około 1 mm na dobę, małymi krokami rozłożonymi na cały dzień. We wcześniejszych wytycznych NICE opisano badania, w których nogi wydłużano od 0.82 do 1.11 mm na dobę. Twój zespół ustali odpowiednie tempo dla Ciebie.

    Jeśli Twój gwóźdź obsługuje się sterownikiem z magnesem, trzeba go używać o ustalonych porach każdego dnia. Robisz to Ty lub ktoś z domowników. Twój zespół pokaże Ci, jak to robić. Zapisuj każde użycie sterownika.

    Podczas wydłużania nogi możesz odczuwać:

    - napięcie lub bolesność mięśni i stawów
    - pewien ból, głównie po każdym małym kroku wydłużania
    - zmęczenie i frustrację, że codzienne czynności zajmują więcej czasu.

    ### Fizjoterapia i ćwiczenia

    Fizjoterapia jest bardzo ważną częścią leczenia. Gdy kość się wydłuża, mięśnie wokół niej są rozciągane. Bez ćwiczeń kolano, biodro lub staw skokowy (kostka) mogą zesztywnieć.

    - Codziennie wykonuj ćwiczenia zalecone przez fizjoterapeutę.
    - Chodź na wszystkie sesje fizjoterapii.
    - Używaj kul i obciążaj nogę tylko tak bardzo, jak pozwala Ci zespół.

    ### Wizyty kontrolne

    Podczas wydłużania nogi będziesz mieć regularne wizyty kontrolne ze zdjęciami rentgenowskimi, aby sprawdzić, jak rośnie nowa kość. Twój zespół może zmienić tempo wydłużania gwoździa. Gdy wydłużanie się zakończy, wizyty kontrolne będą rzadsze, a kość będzie twardnieć. Ten etap twardnienia trwa dłużej niż etap wydłużania. Stopniowo możesz coraz bardziej obciążać nogę.

    ### Kiedy szukać pomocy

    Natychmiast skontaktuj się z zespołem, jeśli:

    - rana robi się czerwona, gorąca lub obrzęknięta albo sączy się z niej płyn
    - masz wysoką temperaturę (gorączkę) lub źle się czujesz
    - ból znacznie się nasila albo czujesz drętwienie lub mrowienie w nodze lub stopie
    - nie możesz ruszać palcami stóp, kostką lub kolanem tak dobrze jak wcześniej
    - sterownik wydaje się nie działać albo wydaje się, że noga przestała się wydłużać.

    ### Usunięcie gwoździa

    Gdy kość całkowicie się zrośnie, chirurg może zaproponować usunięcie gwoździa. Zwykle jest to mniejsza operacja niż pierwsza. Zapytaj swój zespół, czy będzie Ci potrzebna i kiedy.

    ### Dbanie o samopoczucie

    Wydłużanie nogi trwa długo. To normalne, że czasami masz obniżony nastrój, martwisz się albo masz wszystkiego dość. Powiedz swojemu zespołowi, jak się czujesz. Zespół może skontaktować Cię z osobami, które udzielają wsparcia psychologicznego.
