# ui.ftl in ar. Translate the text after each `=`; the comment above each
# message shows the current en-GB text. Numbers, dates and names
# arrive as variables such as { $events }: keep them, never type a figure.

# en-GB: language-name = English

language-name = العربية

# en-GB: language-called =
#     { $language ->
#         [en] English
#         [cy] Welsh
#         [ar] Arabic
#         [pl] Polish
#        *[other] { $own }
#     }

language-called =
    { $language ->
        [en] الإنجليزية
        [cy] الويلزية
        [ar] العربية
        [pl] البولندية
       *[other] { $own }
    }

# en-GB: skip-to-content = Skip to the main content

skip-to-content = انتقل إلى المحتوى الرئيسي

# en-GB: languages-heading = Read this in another language

languages-heading = اقرأ هذه المعلومات بلغة أخرى

# en-GB: index-title = Information to help you decide

index-title = معلومات تساعدك على اتخاذ القرار

# en-GB: index-intro = Each page explains a treatment, what might happen, and what is not known, so that you and your care team can decide together.

index-intro = تشرح كل صفحة علاجًا، وما قد يحدث، وما هو غير معروف، حتى تتخذ أنت وفريق الرعاية الخاص بك القرار معًا.

# en-GB: index-procedures-heading = Treatments

index-procedures-heading = العلاجات

# en-GB: print-index-link = Leaflets to print, in every language and format (for staff)

print-index-link = نشرات للطباعة بكل اللغات والأحجام (للموظفين)

# en-GB: print-index-title = Leaflets to print

print-index-title = نشرات للطباعة

# en-GB: print-index-intro = Every leaflet in every language and format. Print the one your patient needs, and note its version on the consent form.

print-index-intro = كل نشرة بكل لغة وحجم. اطبع النشرة التي يحتاجها مريضك، ودوّن رقم إصدارها على استمارة الموافقة.

# en-GB: print-index-language = Language

print-index-language = اللغة

# en-GB: print-index-format = Format

print-index-format = الحجم

# en-GB: print-index-version = Version

print-index-version = الإصدار

# en-GB: print-index-print = Print

print-index-print = اطبع

# en-GB: print-index-pages =
#     { $pages ->
#         [one] { $pages } page
#        *[other] { $pages } pages
#     }

print-index-pages =
    { $pages ->
        [zero] { $pages } صفحة
        [one] صفحة واحدة
        [two] صفحتان
        [few] { $pages } صفحات
        [many] { $pages } صفحة
       *[other] { $pages } صفحة
    }

# en-GB: print-index-sheets =
#     { $sheets ->
#         [one] { $sheets } sheet of A4, printed on both sides and folded
#        *[other] { $sheets } sheets of A4, printed on both sides, folded and stapled
#     }

print-index-sheets =
    { $sheets ->
        [zero] { $sheets } ورقة A4، تُطبع على الوجهين وتُطوى وتُدبّس
        [one] ورقة A4 واحدة، تُطبع على الوجهين وتُطوى
        [two] ورقتا A4، تُطبعان على الوجهين وتُطويان وتُدبّسان
        [few] { $sheets } أوراق A4، تُطبع على الوجهين وتُطوى وتُدبّس
        [many] { $sheets } ورقة A4، تُطبع على الوجهين وتُطوى وتُدبّس
       *[other] { $sheets } ورقة A4، تُطبع على الوجهين وتُطوى وتُدبّس
    }

# en-GB: print-index-draft = Draft: not yet checked by a qualified translator

print-index-draft = مسودة: لم يراجعها مترجم مؤهل بعد

# en-GB: print-index-stale = Partly out of date: some of this translation was made from older text

print-index-stale = قديمة جزئيًا: تُرجم بعضها عن نص أقدم

# en-GB: draft-notice = This translation has not yet been checked by a qualified translator. If anything is unclear, ask your care team.

draft-notice = لم يراجع مترجم مؤهَّل هذه الترجمة بعد. إذا كان أي شيء غير واضح، فاسأل فريق الرعاية الخاص بك.

# en-GB: stale-notice = The English version of this page has changed since it was translated. Some parts of this translation may be out of date. Ask your care team if you are not sure.

stale-notice = تغيّرت النسخة الإنجليزية من هذه الصفحة منذ أن تُرجمت. قد تكون بعض أجزاء هذه الترجمة غير محدَّثة. اسأل فريق الرعاية الخاص بك إذا لم تكن متأكدًا.

# en-GB: unapproved-notice = This is a draft for checking. The clinical team has not yet approved it. Do not use it to make a decision about your care.

unapproved-notice = هذه مسودة للمراجعة. لم يوافق عليها الفريق الطبي بعد. لا تستخدمها لاتخاذ قرار بشأن رعايتك.

# en-GB: evidence-notice-heading = { $quality ->
#     [strong] What the evidence shows
#     [moderate] What the evidence shows
#     [limited] The evidence is limited
#    *[very-limited] There is very little evidence
# }

evidence-notice-heading =
    { $quality ->
        [strong] ما الذي تُظهره الأدلة
        [moderate] ما الذي تُظهره الأدلة
        [limited] الأدلة محدودة
       *[very-limited] الأدلة قليلة جدًا
    }

# en-GB: special-arrangements-heading = What do "special arrangements" mean for me?

special-arrangements-heading = ماذا تعني "الترتيبات الخاصة" بالنسبة لي؟

# en-GB: special-arrangements-intro = NICE says this procedure should only be done with special arrangements. This is because { $reason ->
#     [efficacy] there is not enough evidence about how well it works.
#     [safety] there is not enough evidence about how safe it is.
#    *[both] there is not enough evidence about how safe it is and how well it works.
# }

special-arrangements-intro =
    تقول هيئة NICE إن هذا الإجراء يجب ألّا يُجرى إلا بترتيبات خاصة. والسبب أنه { $reason ->
        [efficacy] لا توجد أدلة كافية على مدى نجاحه.
        [safety] لا توجد أدلة كافية على مدى أمانه.
       *[both] لا توجد أدلة كافية على مدى أمانه ومدى نجاحه.
    }

# en-GB: on-this-page = On this page

on-this-page = في هذه الصفحة

# en-GB: about-heading = What is this procedure?

about-heading = ما هو هذا الإجراء؟

# en-GB: condition-heading = Why might I need it?

condition-heading = لماذا قد أحتاج إليه؟

# en-GB: audience-heading = Who is it for?

audience-heading = لمن هذا الإجراء؟

# en-GB: audience-for = It may be suitable for:

audience-for = قد يكون مناسبًا للفئات التالية:

# en-GB: audience-not-for = It is not meant for:

audience-not-for = ليس مخصصًا لما يلي:

# en-GB: decision-heading = What do I need to decide?

decision-heading = ما الذي عليّ أن أقرّره؟

# en-GB: options-heading = What are my options?

options-heading = ما هي خياراتي؟

# en-GB: options-intro = Here are your options side by side. Doing nothing is also a choice.

options-intro = إليك خياراتك جنبًا إلى جنب. عدم فعل أي شيء هو أيضًا خيار.

# en-GB: grid-option = Option

grid-option = الخيار

# en-GB: grid-what = What is it?

grid-what = ما هو؟

# en-GB: grid-what-happens = What happens?

grid-what-happens = ماذا يحدث؟

# en-GB: grid-recovery = How long does recovery take?

grid-recovery = كم يستغرق التعافي؟

# en-GB: grid-daily-life = How might it affect my daily life?

grid-daily-life = كيف قد يؤثر على حياتي اليومية؟

# en-GB: grid-benefits = What might go well?

grid-benefits = ما الذي قد يسير بشكل جيد؟

# en-GB: grid-risks = What might go wrong?

grid-risks = ما الذي قد يسوء؟

# en-GB: grid-outcome = { $label }: { $statement }

grid-outcome = { $label }: { $statement }

# en-GB: details-heading = What are the benefits and risks of each option?

details-heading = ما هي فوائد كل خيار ومخاطره؟

# en-GB: details-intro = The numbers come from studies. Beside each number it says what kind of study it comes from and how many it included. Numbers from small studies are a rough guide: what happens to you may be different.

details-intro = الأرقام مأخوذة من دراسات. بجانب كل رقم نذكر نوع الدراسة التي جاء منها، وكم شملت هذه الدراسة. الأرقام المأخوذة من دراسات صغيرة تعطي فكرة تقريبية فقط: قد يكون ما يحدث لك مختلفًا.

# en-GB: benefits-heading = Possible benefits

benefits-heading = الفوائد المحتملة

# en-GB: risks-heading = Possible risks

risks-heading = المخاطر المحتملة

# en-GB: no-outcomes = Nothing is listed here.

no-outcomes = لا يوجد شيء مُدرَج هنا.

# en-GB: comparisons-heading = How do the options compare?

comparisons-heading = كيف تختلف الخيارات عن بعضها؟

# en-GB: comparisons-intro = Where the same thing was measured for more than one option, it is shown here side by side, out of the same number of people. Check where each number comes from: numbers from different studies, with different people, may not compare fairly.

comparisons-intro = عندما قِيس الشيء نفسه لأكثر من خيار، نعرضه هنا جنبًا إلى جنب، من أصل العدد نفسه من الأشخاص. انتبه إلى مصدر كل رقم: الأرقام التي تأتي من دراسات مختلفة، شملت أشخاصًا مختلفين، قد لا تكون المقارنة بينها عادلة.

# en-GB: comparison-figure = What was found

comparison-figure = ما الذي وُجد

# en-GB: comparison-evidence = Where it comes from

comparison-evidence = من أين جاء

# en-GB: unknowns-heading = What is not known?

unknowns-heading = ما الأمور غير المعروفة؟

# en-GB: evidence-heading = How good is the evidence?

evidence-heading = ما مدى جودة الأدلة؟

# en-GB: evidence-quality =
#     { $quality ->
#         [strong] The evidence is strong.
#         [moderate] The evidence is moderate.
#         [limited] The evidence is limited.
#        *[very-limited] There is very little evidence.
#     }

evidence-quality =
    { $quality ->
        [strong] الأدلة قوية.
        [moderate] الأدلة متوسطة.
        [limited] الأدلة محدودة.
       *[very-limited] الأدلة قليلة جدًا.
    }

# en-GB: before-heading = What happens before?

before-heading = ماذا يحدث قبل الإجراء؟

# en-GB: during-heading = What happens during the procedure?

during-heading = ماذا يحدث أثناء الإجراء؟

# en-GB: after-heading = What happens afterwards?

after-heading = ماذا يحدث بعد ذلك؟

# en-GB: team-heading = Who will be involved?

team-heading = مَن سيشارك في رعايتي؟

# en-GB: questions-heading = What should I ask?

questions-heading = ما الذي ينبغي أن أسأل عنه؟

# en-GB: bran-intro = These four questions can help in any conversation about treatment:

bran-intro = يمكن أن تساعدك هذه الأسئلة الأربعة في أي حديث عن العلاج:

# en-GB: bran-benefits = What are the benefits?

bran-benefits = ما هي الفوائد؟

# en-GB: bran-risks = What are the risks?

bran-risks = ما هي المخاطر؟

# en-GB: bran-alternatives = What are the alternatives?

bran-alternatives = ما هي البدائل؟

# en-GB: bran-nothing = What if I do nothing?

bran-nothing = ماذا لو لم أفعل شيئًا؟

# en-GB: questions-more = You might also want to ask:

questions-more = قد ترغب أيضًا في أن تسأل:

# en-GB: recording-heading = What will happen to information about me?

recording-heading = ماذا سيحدث للمعلومات الخاصة بي؟

# en-GB: device-heading = What if there is a problem with the device?

device-heading = ماذا لو حدثت مشكلة في الجهاز؟

# en-GB: device-link = Report a problem on the Yellow Card website

device-link = أبلِغ عن مشكلة على موقع البطاقة الصفراء (Yellow Card)

# en-GB: contact-heading = Who can I contact?

contact-heading = بمَن يمكنني الاتصال؟

# en-GB (was): contact-phone = Phone: { $phone }

contact-phone = الهاتف:

# en-GB (was): contact-email = Email: { $email }

contact-email = البريد الإلكتروني:

# en-GB (was): contact-web = Website: { $web }

contact-web = الموقع الإلكتروني:

# en-GB: sources-heading = Where does this information come from?

sources-heading = من أين تأتي هذه المعلومات؟

# en-GB: guidance-line = This information follows { $body } guidance { $id }, "{ $title }", issued { $issued }.

guidance-line = تتبع هذه المعلومات إرشادات { $body } رقم { $id } بعنوان «{ $title }»، الصادرة بتاريخ { $issued }.

# en-GB: about-info-heading = About this information

about-info-heading = عن هذه المعلومات

# en-GB: published = Published: { $date }

published = تاريخ النشر: { $date }

# en-GB: reviewed = Last reviewed: { $date }

reviewed = تاريخ آخر مراجعة: { $date }

# en-GB: next-review = Next review due: { $date }

next-review = موعد المراجعة القادمة: { $date }

# en-GB: version = Version: { $version }

version = الإصدار: { $version }

# en-GB: version-note = Please note this version number on your consent form.

version-note = يُرجى تدوين رقم الإصدار هذا في استمارة الموافقة الخاصة بك.

# en-GB: written-by = Written by

written-by = من إعداد

# en-GB: funded-by = Funding

funded-by = التمويل

# en-GB: update-policy = How we keep this up to date

update-policy = كيف نُبقي هذه المعلومات محدَّثة

# en-GB: back-to-index = All treatments

back-to-index = جميع العلاجات

# en-GB: source-link = (source { $number })

source-link = (المصدر { $number })

# en-GB: read-source = Read it online

read-source = اقرأه على الإنترنت

# en-GB: freq-exact =
#     { $events } in { $denominator } { $unit ->
#         [bones] lengthened bones
#        *[people] people
#     }

freq-exact =
    { $events } من كل { $unit ->
        [bones]
            { $denominator ->
                [zero] { $denominator } عظمة جرى تطويلها
                [one] عظمة واحدة جرى تطويلها
                [two] عظمتين جرى تطويلهما
                [few] { $denominator } عظام جرى تطويلها
                [many] { $denominator } عظمةً جرى تطويلها
               *[other] { $denominator } عظمة جرى تطويلها
            }
       *[people]
            { $denominator ->
                [zero] { $denominator } شخص
                [one] شخص واحد
                [two] شخصين
                [few] { $denominator } أشخاص
                [many] { $denominator } شخصًا
               *[other] { $denominator } شخص
            }
    }

# en-GB: freq-about =
#     About { $events } in { $denominator } { $unit ->
#         [bones] lengthened bones
#        *[people] people
#     }

freq-about =
    حوالي { $events } من كل { $unit ->
        [bones]
            { $denominator ->
                [zero] { $denominator } عظمة جرى تطويلها
                [one] عظمة واحدة جرى تطويلها
                [two] عظمتين جرى تطويلهما
                [few] { $denominator } عظام جرى تطويلها
                [many] { $denominator } عظمةً جرى تطويلها
               *[other] { $denominator } عظمة جرى تطويلها
            }
       *[people]
            { $denominator ->
                [zero] { $denominator } شخص
                [one] شخص واحد
                [two] شخصين
                [few] { $denominator } أشخاص
                [many] { $denominator } شخصًا
               *[other] { $denominator } شخص
            }
    }

# en-GB: freq-range =
#     Between { $low } and { $high } in { $denominator } { $unit ->
#         [bones] lengthened bones
#        *[people] people
#     }

freq-range =
    بين { $low } و{ $high } من كل { $unit ->
        [bones]
            { $denominator ->
                [zero] { $denominator } عظمة جرى تطويلها
                [one] عظمة واحدة جرى تطويلها
                [two] عظمتين جرى تطويلهما
                [few] { $denominator } عظام جرى تطويلها
                [many] { $denominator } عظمةً جرى تطويلها
               *[other] { $denominator } عظمة جرى تطويلها
            }
       *[people]
            { $denominator ->
                [zero] { $denominator } شخص
                [one] شخص واحد
                [two] شخصين
                [few] { $denominator } أشخاص
                [many] { $denominator } شخصًا
               *[other] { $denominator } شخص
            }
    }

# en-GB: freq-fewer-than-one =
#     Fewer than 1 in { $denominator } { $unit ->
#         [bones] lengthened bones
#        *[people] people
#     }

freq-fewer-than-one =
    أقل من 1 من كل { $unit ->
        [bones]
            { $denominator ->
                [zero] { $denominator } عظمة جرى تطويلها
                [one] عظمة واحدة جرى تطويلها
                [two] عظمتين جرى تطويلهما
                [few] { $denominator } عظام جرى تطويلها
                [many] { $denominator } عظمةً جرى تطويلها
               *[other] { $denominator } عظمة جرى تطويلها
            }
       *[people]
            { $denominator ->
                [zero] { $denominator } شخص
                [one] شخص واحد
                [two] شخصين
                [few] { $denominator } أشخاص
                [many] { $denominator } شخصًا
               *[other] { $denominator } شخص
            }
    }

# en-GB: freq-nearly-all =
#     More than { $events } in { $denominator } { $unit ->
#         [bones] lengthened bones
#        *[people] people
#     }

freq-nearly-all =
    أكثر من { $events } من كل { $unit ->
        [bones]
            { $denominator ->
                [zero] { $denominator } عظمة جرى تطويلها
                [one] عظمة واحدة جرى تطويلها
                [two] عظمتين جرى تطويلهما
                [few] { $denominator } عظام جرى تطويلها
                [many] { $denominator } عظمةً جرى تطويلها
               *[other] { $denominator } عظمة جرى تطويلها
            }
       *[people]
            { $denominator ->
                [zero] { $denominator } شخص
                [one] شخص واحد
                [two] شخصين
                [few] { $denominator } أشخاص
                [many] { $denominator } شخصًا
               *[other] { $denominator } شخص
            }
    }

# en-GB: freq-with-word = { $sentence } ({ $word })

freq-with-word = { $sentence } ({ $word })

# en-GB: freq-line = { $statement }.

freq-line = { $statement }.

# en-GB: freq-line-when = { $statement }, { $frame }.

freq-line-when = { $statement }، { $frame }.

# en-GB: freq-others-exact = { $events } in { $denominator } did not.

freq-others-exact = لم يحدث ذلك في { $events } من كل { $denominator }.

# en-GB: freq-others-about = About { $events } in { $denominator } did not.

freq-others-about = لم يحدث ذلك في حوالي { $events } من كل { $denominator }.

# en-GB: freq-not-known = We do not know how often this happens.

freq-not-known = لا نعرف كم مرة يحدث هذا.

# en-GB: freq-none = None of the { $population } { $unit ->
#     [bones] lengthened bones
#    *[people] people
# } in the study

freq-none =
    لم يحدث هذا لأيٍّ من { $unit ->
        [bones]
            { $population ->
                [zero] { $population } عظمة جرى تطويلها
                [one] عظمة واحدة جرى تطويلها
                [two] عظمتين جرى تطويلهما
                [few] { $population } عظام جرى تطويلها
                [many] { $population } عظمةً جرى تطويلها
               *[other] { $population } عظمة جرى تطويلها
            }
       *[people]
            { $population ->
                [zero] { $population } شخص
                [one] شخص واحد
                [two] شخصين
                [few] { $population } أشخاص
                [many] { $population } شخصًا
               *[other] { $population } شخص
            }
    } في الدراسة

# en-GB: freq-none-upper = This does not mean it never happens. The chance is probably lower than { $upper } in { $denominator }.

freq-none-upper = هذا لا يعني أنه لا يحدث أبدًا. من المرجّح أن تكون فرصة حدوثه أقل من { $upper } من كل { $denominator }.

# en-GB: freq-none-too-few = This does not mean it never happens. The study was too small to say how rare it is.

freq-none-too-few = هذا لا يعني أنه لا يحدث أبدًا. كانت الدراسة أصغر من أن تبيّن مدى ندرته.

# en-GB: freq-approximate = The study gives this number as a rough figure.

freq-approximate = تذكر الدراسة هذا الرقم بشكل تقريبي.

# en-GB: freq-interval = The true number is likely to be between { $low } and { $high } in { $denominator }.

freq-interval = من المرجّح أن يكون العدد الحقيقي بين { $low } و{ $high } من كل { $denominator }.

# en-GB: group-this = After this treatment

group-this = بعد هذا العلاج

# en-GB: group-arm = After { $arm }

group-arm = بعد { $arm }

# en-GB: freq-group = { $group }: { $statement }.

freq-group = { $group }: { $statement }.

# en-GB: freq-group-when = { $group }, { $frame }: { $statement }.

freq-group-when = { $group }، { $frame }: { $statement }.

# en-GB: note-group = { $group }: { $note }

note-group = { $group }: { $note }

# en-GB: freq-none-group = None of the { $population } { $unit ->
#     [bones] lengthened bones
#    *[people] people

freq-none-group =
    لم يحدث هذا لأيٍّ من { $unit ->
        [bones]
            { $population ->
                [zero] { $population } عظمة جرى تطويلها
                [one] عظمة واحدة جرى تطويلها
                [two] عظمتين جرى تطويلهما
                [few] { $population } عظام جرى تطويلها
                [many] { $population } عظمةً جرى تطويلها
               *[other] { $population } عظمة جرى تطويلها
            }
       *[people]
            { $population ->
                [zero] { $population } شخص
                [one] شخص واحد
                [two] شخصين
                [few] { $population } أشخاص
                [many] { $population } شخصًا
               *[other] { $population } شخص
            }
    } في هذه المجموعة

# en-GB: time-frame-not-reported = The study does not say over what time this was counted.

time-frame-not-reported = لا تذكر الدراسة المدة التي احتُسب خلالها هذا الرقم.

# en-GB: arm-name = { $arm ->
#     [sham] a pretend treatment
#     [placebo] a dummy treatment (placebo)
#     [usual-care] usual care
#     [no-treatment] no treatment
#    *[option] { $option }
# }

arm-name =
    { $arm ->
        [sham] علاج صوري (غير حقيقي)
        [placebo] علاج وهمي (بلاسيبو)
        [usual-care] الرعاية المعتادة
        [no-treatment] عدم تلقّي أي علاج
       *[option] { $option }
    }

# en-GB: arm-this-caption = This treatment

arm-this-caption = هذا العلاج

# en-GB: arm-caption = Compared with { $arm }

arm-caption = مقارنةً مع { $arm }

# en-GB: arm-size = The comparison group ({ $arm }) had { $size } people.

arm-size =
    شملت مجموعة المقارنة ({ $arm }) { $size ->
        [zero] { $size } شخص
        [one] شخصًا واحدًا
        [two] شخصين
        [few] { $size } أشخاص
        [many] { $size } شخصًا
       *[other] { $size } شخص
    }.

# en-GB: fact-line = This is true for everyone who chooses this option.

fact-line = هذا صحيح لكل من يختار هذا الخيار.

# en-GB: certainty = { $level ->
#     [high] How sure we are: very sure. The true figure is probably close to this one.
#     [moderate] How sure we are: fairly sure. The true figure is probably close to this one, but it could be quite different.
#     [low] How sure we are: not very sure. The true figure may be quite different from this one.
#    *[very-low] How sure we are: not sure at all. The true figure is likely to be quite different from this one.
# }

certainty =
    { $level ->
        [high] مدى تأكّدنا: متأكّدون جدًا. من المرجّح أن يكون الرقم الحقيقي قريبًا من هذا الرقم.
        [moderate] مدى تأكّدنا: متأكّدون إلى حدٍّ ما. من المرجّح أن يكون الرقم الحقيقي قريبًا من هذا الرقم، لكنه قد يكون مختلفًا كثيرًا.
        [low] مدى تأكّدنا: لسنا متأكّدين كثيرًا. قد يكون الرقم الحقيقي مختلفًا كثيرًا عن هذا الرقم.
       *[very-low] مدى تأكّدنا: لسنا متأكّدين أبدًا. من المرجّح أن يكون الرقم الحقيقي مختلفًا كثيرًا عن هذا الرقم.
    }

# en-GB: brief-source = { $small ->
#     [yes] From a small study of { $size } { $unit ->
#         [bones] lengthened bones
#        *[people] people
#     }, so a rough guide.
#    *[no] { $kind ->
#         [review] From a review of studies of { $size } { $unit ->
#             [bones] lengthened bones
#            *[people] people
#         }.
#         [trial] From a fair test of { $size } { $unit ->
#             [bones] lengthened bones
#            *[people] people
#         }.
#        *[study] From a study of { $size } { $unit ->
#             [bones] lengthened bones
#            *[people] people
#         }.
#     }

brief-source =
    { $small ->
        [yes] من دراسة صغيرة شملت { $size } { $unit ->
            [bones] من العظام المُطالة
           *[people] من الأشخاص
        }، لذا فهو رقم تقريبي.
       *[no] { $kind ->
            [review] من مراجعة لدراسات شملت { $size } { $unit ->
                [bones] من العظام المُطالة
               *[people] من الأشخاص
            }.
            [trial] من اختبار عادل شمل { $size } { $unit ->
                [bones] من العظام المُطالة
               *[people] من الأشخاص
            }.
           *[study] من دراسة شملت { $size } { $unit ->
                [bones] من العظام المُطالة
               *[people] من الأشخاص
            }.
        }
    }

# en-GB: brief-source-unsized = { $kind ->
#     [guidance] From national guidance.
#     [review] From a review of studies.
#     [trial] From a fair test.
#    *[study] From a study.

brief-source-unsized =
    { $kind ->
        [guidance] من إرشادات وطنية.
        [review] من مراجعة لدراسات.
        [trial] من اختبار عادل.
       *[study] من دراسة.
    }

# en-GB: brief-studies = { $small ->
#     [yes] From { $count } small studies of { $smallest } to { $largest } people each, so a rough guide.
#    *[no] From { $count } studies of { $smallest } to { $largest } people each.

brief-studies =
    { $small ->
        [yes] من دراسات صغيرة عددها { $count }، يتراوح عدد المشاركين في كلٍّ منها بين { $smallest } و{ $largest }، لذا فهو رقم تقريبي.
       *[no] من دراسات عددها { $count }، يتراوح عدد المشاركين في كلٍّ منها بين { $smallest } و{ $largest }.
    }

# en-GB: brief-certainty = { $level ->
#     [high] We are very sure of this.
#     [moderate] We are fairly sure of this.
#     [low] We are not very sure of this.
#    *[very-low] We are very unsure of this.

brief-certainty =
    { $level ->
        [high] نحن متأكّدون جدًا من ذلك.
        [moderate] نحن متأكّدون إلى حدٍّ ما من ذلك.
        [low] لسنا متأكّدين كثيرًا من ذلك.
       *[very-low] نحن غير متأكّدين إطلاقًا من ذلك.
    }

# en-GB: brief-chance = The difference from { $arm } could be down to chance.

brief-chance = قد يكون الفرق مقارنةً مع { $arm } ناتجًا عن الصدفة.

# en-GB: unknown-outcomes = Nobody knows yet how often these happen:

unknown-outcomes = لا أحد يعرف بعدُ كم مرة يحدث ما يلي:

# en-GB: unknown-comparisons = For these, nobody knows yet how often they happen with any of the options:

unknown-comparisons = بالنسبة لما يلي، لا أحد يعرف بعدُ كم مرة يحدث مع أيٍّ من الخيارات:

# en-GB: change-amount = { $unit ->
#     [none] { $amount }
#    *[other] { $amount } { $unit }
# }

change-amount =
    { $unit ->
        [none] { $amount }
       *[other] { $amount } { $unit }
    }

# en-GB: change-scale = { $scale } (where { $better ->
#     [lower] lower
#    *[higher] higher
# } is better)

change-scale =
    { $scale } ({ $better ->
        [lower] الرقم الأقل أفضل
       *[higher] الرقم الأعلى أفضل
    })

# en-GB: change-scale-bounded = { $scale } (from { $min } to { $max }, where { $better ->
#     [lower] lower
#    *[higher] higher
# } is better)

change-scale-bounded =
    { $scale } (من { $min } إلى { $max }، { $better ->
        [lower] والرقم الأقل أفضل
       *[higher] والرقم الأعلى أفضل
    })

# en-GB: change-measured = The measure: { $scale }.

change-measured = المقياس: { $scale }.

# en-GB: change-went = The average went from { $before } to { $after }

change-went = تغيّر المتوسط من { $before } إلى { $after }

# en-GB: change-by = The average { $direction ->
#     [fell] fell by { $amount }
#     [rose] rose by { $amount }
#    *[same] did not change

change-by =
    { $direction ->
        [fell] انخفض المتوسط بمقدار { $amount }
        [rose] ارتفع المتوسط بمقدار { $amount }
       *[same] لم يتغيّر المتوسط
    }

# en-GB: change-studies-group = In { $count } studies of { $smallest } to { $largest } people each

change-studies-group = في دراسات عددها { $count }، يتراوح عدد المشاركين في كلٍّ منها بين { $smallest } و{ $largest }

# en-GB: change-range = The average { $direction ->
#     [fell] fell by between { $low } and { $high }
#     [rose] rose by between { $low } and { $high }
#    *[mixed] changed by anything from a fall of { $low } to a rise of { $high }

change-range =
    { $direction ->
        [fell] انخفض المتوسط بمقدار يتراوح بين { $low } و{ $high }
        [rose] ارتفع المتوسط بمقدار يتراوح بين { $low } و{ $high }
       *[mixed] تراوح تغيّر المتوسط بين انخفاض بمقدار { $low } وارتفاع بمقدار { $high }
    }

# en-GB: study-bar = A study of { $size } { $size ->
#     [one] person
#    *[other] people

study-bar = دراسة عدد المشاركين فيها { $size }

# en-GB: change-difference = { $direction ->
#     [lower] On average, it ended { $amount } lower after this treatment than after { $arm }.
#     [higher] On average, it ended { $amount } higher after this treatment than after { $arm }.
#    *[same] On average, it ended about the same after this treatment as after { $arm }.

change-difference =
    { $direction ->
        [lower] في المتوسط، كانت النتيجة بعد هذا العلاج أقل بمقدار { $amount } منها بعد { $arm }.
        [higher] في المتوسط، كانت النتيجة بعد هذا العلاج أعلى بمقدار { $amount } منها بعد { $arm }.
       *[same] في المتوسط، كانت النتيجة بعد هذا العلاج مماثلة تقريبًا لما كانت عليه بعد { $arm }.
    }

# en-GB: change-difference-end = { $direction ->
#     [lower] { $amount } lower
#     [higher] { $amount } higher
#    *[same] no different

change-difference-end =
    { $direction ->
        [lower] أقل بمقدار { $amount }
        [higher] أعلى بمقدار { $amount }
       *[same] بلا فرق
    }

# en-GB: change-difference-interval = The true difference is likely to be somewhere between { $low } and { $high }.

change-difference-interval = من المرجّح أن يقع الفرق الحقيقي في مكان ما بين { $low } و{ $high }.

# en-GB: change-chance = So the difference could be down to chance.

change-chance = لذلك قد يكون الفرق ناتجًا عن الصدفة.

# en-GB: change-interval = The true average change is likely to be between { $low } and { $high }{ $unit ->
#     [none] {""}
#    *[other] {" "}{ $unit }
# }.

change-interval = { $direction ->
    [fell] من المرجّح أن يكون متوسط الانخفاض الحقيقي بين { $low } و{ $high }
    [rose] من المرجّح أن يكون متوسط الارتفاع الحقيقي بين { $low } و{ $high }
   *[mixed] من المرجّح أن يكون متوسط التغيّر الحقيقي بين انخفاض بمقدار { $low } وارتفاع بمقدار { $high }
}{ $unit ->
    [none] {""}
   *[other] {" "}{ $unit }
}.

# en-GB: change-bar = { $direction ->
#     [fell] fell by { $amount }
#     [rose] rose by { $amount }
#    *[same] no change
# }

change-bar =
    { $direction ->
        [fell] انخفاض بمقدار { $amount }
        [rose] ارتفاع بمقدار { $amount }
       *[same] لا تغيير
    }

# en-GB: icon-array-alt =
#     A picture of { $denominator } figures. { $filled } are coloured in{ $uncertain ->
#         [0] { "" }
#        *[other] { " " }and { $uncertain } more are shaded, because the true number is somewhere in that range
#     }. { $statement }.

icon-array-alt =
    صورة تضم { $denominator ->
        [zero] { $denominator } رمز
        [one] رمزًا واحدًا
        [two] رمزين
        [few] { $denominator } رموز
        [many] { $denominator } رمزًا
       *[other] { $denominator } رمز
    }. { $filled } منها ملوّنة{ $uncertain ->
        [0] { "" }
       *[other] { " " }و{ $uncertain } أخرى مظلّلة، لأن العدد الحقيقي يقع في مكان ما ضمن هذا النطاق
    }. { $statement }.

# en-GB: scale-word =
#     { $band ->
#         [very-common] very common
#         [common] common
#         [uncommon] uncommon
#         [rare] rare
#         [very-rare] very rare
#         [high] high
#         [moderate] moderate
#         [low] low
#         [very-low] very low
#         [minimal] minimal
#        *[negligible] negligible
#     }

scale-word =
    { $band ->
        [very-common] شائع جدًا
        [common] شائع
        [uncommon] غير شائع
        [rare] نادر
        [very-rare] نادر جدًا
        [high] مرتفع
        [moderate] متوسط
        [low] منخفض
        [very-low] منخفض جدًا
        [minimal] ضئيل
       *[negligible] لا يكاد يُذكر
    }

# en-GB: scale-range = { $low } to { $high }

scale-range = من { $low } إلى { $high }

# en-GB: time-frame = { $kind ->
#     [during-treatment] during treatment
#     [by-end-of-treatment] by the end of treatment
#     [months] within { $count } { $count ->
#         [one] month
#        *[other] months
#     }
#     [at-months] at { $count } { $count ->
#         [one] month
#        *[other] months
#     }
#     [at-years] at { $count } { $count ->
#         [one] year
#        *[other] years
#     }
#    *[years] within { $count } { $count ->
#         [one] year
#        *[other] years
#     }
# }

time-frame =
    { $kind ->
        [during-treatment] أثناء العلاج
        [by-end-of-treatment] بحلول نهاية العلاج
        [months]
            { $count ->
                [zero] خلال { $count } شهر
                [one] خلال شهر واحد
                [two] خلال شهرين
                [few] خلال { $count } أشهر
                [many] خلال { $count } شهرًا
               *[other] خلال { $count } شهر
            }
        [at-months]
            { $count ->
                [zero] بعد { $count } شهر
                [one] بعد شهر واحد
                [two] بعد شهرين
                [few] بعد { $count } أشهر
                [many] بعد { $count } شهرًا
               *[other] بعد { $count } شهر
            }
        [at-years]
            { $count ->
                [zero] بعد { $count } سنة
                [one] بعد سنة واحدة
                [two] بعد سنتين
                [few] بعد { $count } سنوات
                [many] بعد { $count } سنةً
               *[other] بعد { $count } سنة
            }
       *[years]
            { $count ->
                [zero] خلال { $count } سنة
                [one] خلال سنة واحدة
                [two] خلال سنتين
                [few] خلال { $count } سنوات
                [many] خلال { $count } سنةً
               *[other] خلال { $count } سنة
            }
    }

# en-GB: study = { $kind ->
#     [guidance] From national guidance
#     [systematic-review] From a review of several studies
#     [randomised-trial] From a fair test (randomised trial) that compared treatments
#     [sham-controlled-trial] From a fair test (randomised trial) against a pretend treatment
#     [cohort] From a study that followed a group of people over time
#     [registry] From a record of people who had the treatment
#     [comparative-study] From a study that compared treatments
#     [case-series] From a study of a group of patients
#     [team-experience] From what the team who wrote this sees in clinic
#    *[other] From a published report
# }

study =
    { $kind ->
        [guidance] من إرشادات وطنية
        [systematic-review] من مراجعة لعدة دراسات
        [randomised-trial] من اختبار عادل (تجربة عشوائية) قارن بين العلاجات
        [sham-controlled-trial] من اختبار عادل (تجربة عشوائية) قارن العلاج بعلاج صوري غير حقيقي
        [cohort] من دراسة تابعت مجموعة من الأشخاص على مدى فترة من الزمن
        [registry] من سجلّ للأشخاص الذين تلقّوا هذا العلاج
        [comparative-study] من دراسة قارنت بين العلاجات
        [case-series] من دراسة لمجموعة من المرضى
        [team-experience] مما يلاحظه في العيادة الفريق الذي كتب هذه المعلومات
       *[other] من تقرير منشور
    }

# en-GB: study-sized = { $kind ->
#     [systematic-review] From a review of studies of { $size } { $unit ->
#         [bones] lengthened bones
#        *[people] people
#     }
#     [comparative-study] From a study that compared treatments in { $size } { $unit ->
#         [bones] lengthened bones
#        *[people] people
#     }
#     [randomised-trial] From a fair test (randomised trial) of { $size } { $unit ->
#         [bones] lengthened bones
#        *[people] people
#     }
#     [sham-controlled-trial] From a fair test (randomised trial) of { $size } { $unit ->
#         [bones] lengthened bones
#        *[people] people
#     }, some of whom had a pretend treatment
#     [cohort] From a study that followed { $size } { $unit ->
#         [bones] lengthened bones
#        *[people] people
#     } over time
#     [registry] From a record of { $size } { $unit ->
#         [bones] lengthened bones
#        *[people] people
#     } who had the treatment
#     [case-series] From a study of { $size } { $unit ->
#         [bones] lengthened bones
#        *[people] people
#     }
#    *[other] From a report on { $size } { $unit ->
#         [bones] lengthened bones
#        *[people] people
#     }
# }

study-sized =
    { $kind ->
        [systematic-review]
            من مراجعة لدراسات شملت { $unit ->
                [bones]
                    { $size ->
                        [zero] { $size } عظمة جرى تطويلها
                        [one] عظمة واحدة جرى تطويلها
                        [two] عظمتين جرى تطويلهما
                        [few] { $size } عظام جرى تطويلها
                        [many] { $size } عظمةً جرى تطويلها
                       *[other] { $size } عظمة جرى تطويلها
                    }
               *[people]
                    { $size ->
                        [zero] { $size } شخص
                        [one] شخصًا واحدًا
                        [two] شخصين
                        [few] { $size } أشخاص
                        [many] { $size } شخصًا
                       *[other] { $size } شخص
                    }
            }
        [comparative-study]
            من دراسة قارنت بين العلاجات وشملت { $unit ->
                [bones]
                    { $size ->
                        [zero] { $size } عظمة جرى تطويلها
                        [one] عظمة واحدة جرى تطويلها
                        [two] عظمتين جرى تطويلهما
                        [few] { $size } عظام جرى تطويلها
                        [many] { $size } عظمةً جرى تطويلها
                       *[other] { $size } عظمة جرى تطويلها
                    }
               *[people]
                    { $size ->
                        [zero] { $size } شخص
                        [one] شخصًا واحدًا
                        [two] شخصين
                        [few] { $size } أشخاص
                        [many] { $size } شخصًا
                       *[other] { $size } شخص
                    }
            }
        [randomised-trial]
            من اختبار عادل (تجربة عشوائية) شمل { $unit ->
                [bones]
                    { $size ->
                        [zero] { $size } عظمة جرى تطويلها
                        [one] عظمة واحدة جرى تطويلها
                        [two] عظمتين جرى تطويلهما
                        [few] { $size } عظام جرى تطويلها
                        [many] { $size } عظمةً جرى تطويلها
                       *[other] { $size } عظمة جرى تطويلها
                    }
               *[people]
                    { $size ->
                        [zero] { $size } شخص
                        [one] شخصًا واحدًا
                        [two] شخصين
                        [few] { $size } أشخاص
                        [many] { $size } شخصًا
                       *[other] { $size } شخص
                    }
            }
        [sham-controlled-trial]
            من اختبار عادل (تجربة عشوائية) شمل { $unit ->
                [bones]
                    { $size ->
                        [zero] { $size } عظمة جرى تطويلها
                        [one] عظمة واحدة جرى تطويلها
                        [two] عظمتين جرى تطويلهما
                        [few] { $size } عظام جرى تطويلها
                        [many] { $size } عظمةً جرى تطويلها
                       *[other] { $size } عظمة جرى تطويلها
                    }
               *[people]
                    { $size ->
                        [zero] { $size } شخص
                        [one] شخصًا واحدًا
                        [two] شخصين
                        [few] { $size } أشخاص
                        [many] { $size } شخصًا
                       *[other] { $size } شخص
                    }
            }، وتلقّى بعض المشاركين فيه علاجًا صوريًا غير حقيقي
        [cohort]
            من دراسة تابعت { $unit ->
                [bones]
                    { $size ->
                        [zero] { $size } عظمة جرى تطويلها
                        [one] عظمة واحدة جرى تطويلها
                        [two] عظمتين جرى تطويلهما
                        [few] { $size } عظام جرى تطويلها
                        [many] { $size } عظمةً جرى تطويلها
                       *[other] { $size } عظمة جرى تطويلها
                    }
               *[people]
                    { $size ->
                        [zero] { $size } شخص
                        [one] شخصًا واحدًا
                        [two] شخصين
                        [few] { $size } أشخاص
                        [many] { $size } شخصًا
                       *[other] { $size } شخص
                    }
            } على مدى فترة من الزمن
        [registry]
            من سجلّ لهذا العلاج شمل { $unit ->
                [bones]
                    { $size ->
                        [zero] { $size } عظمة جرى تطويلها
                        [one] عظمة واحدة جرى تطويلها
                        [two] عظمتين جرى تطويلهما
                        [few] { $size } عظام جرى تطويلها
                        [many] { $size } عظمةً جرى تطويلها
                       *[other] { $size } عظمة جرى تطويلها
                    }
               *[people]
                    { $size ->
                        [zero] { $size } شخص
                        [one] شخصًا واحدًا
                        [two] شخصين
                        [few] { $size } أشخاص
                        [many] { $size } شخصًا
                       *[other] { $size } شخص
                    }
            }
        [case-series]
            من دراسة شملت { $unit ->
                [bones]
                    { $size ->
                        [zero] { $size } عظمة جرى تطويلها
                        [one] عظمة واحدة جرى تطويلها
                        [two] عظمتين جرى تطويلهما
                        [few] { $size } عظام جرى تطويلها
                        [many] { $size } عظمةً جرى تطويلها
                       *[other] { $size } عظمة جرى تطويلها
                    }
               *[people]
                    { $size ->
                        [zero] { $size } شخص
                        [one] شخصًا واحدًا
                        [two] شخصين
                        [few] { $size } أشخاص
                        [many] { $size } شخصًا
                       *[other] { $size } شخص
                    }
            }
       *[other]
            من تقرير شمل { $unit ->
                [bones]
                    { $size ->
                        [zero] { $size } عظمة جرى تطويلها
                        [one] عظمة واحدة جرى تطويلها
                        [two] عظمتين جرى تطويلهما
                        [few] { $size } عظام جرى تطويلها
                        [many] { $size } عظمةً جرى تطويلها
                       *[other] { $size } عظمة جرى تطويلها
                    }
               *[people]
                    { $size ->
                        [zero] { $size } شخص
                        [one] شخصًا واحدًا
                        [two] شخصين
                        [few] { $size } أشخاص
                        [many] { $size } شخصًا
                       *[other] { $size } شخص
                    }
            }
    }

# en-GB: study-reported-in = { $study }, as reported in source { $number }

study-reported-in = { $study }، كما ورد في المصدر { $number }

# en-GB: month-name =
#     { $month ->
#         [1] January
#         [2] February
#         [3] March
#         [4] April
#         [5] May
#         [6] June
#         [7] July
#         [8] August
#         [9] September
#         [10] October
#         [11] November
#        *[12] December
#     }

month-name =
    { $month ->
        [1] يناير
        [2] فبراير
        [3] مارس
        [4] أبريل
        [5] مايو
        [6] يونيو
        [7] يوليو
        [8] أغسطس
        [9] سبتمبر
        [10] أكتوبر
        [11] نوفمبر
       *[12] ديسمبر
    }

# en-GB: date-day = { $day } { month-name } { $year }

date-day = { $day } { month-name } { $year }

# en-GB: date-month = { month-name } { $year }

date-month = { month-name } { $year }

# en-GB: leaflets-heading = Print this information

leaflets-heading = اطبع هذه المعلومات

# en-GB: leaflets-intro = Leaflets say the same as this page. Each has a version number to note on your consent form.

leaflets-intro = تحتوي النشرات على المعلومات نفسها الموجودة في هذه الصفحة. لكل نشرة رقم إصدار يمكنك تدوينه في استمارة الموافقة الخاصة بك.

# en-GB: leaflet-format =
#     { $format ->
#         [a4] A4 leaflet
#         [a5] A5 pages, in reading order
#         [booklet] A5 booklet, to print on A4 and fold
#         [glance] Options at a glance
#         [glance-large] Options at a glance, large print
#        *[large] Large print
#     }

leaflet-format =
    { $format ->
        [a4] نشرة بحجم A4
        [a5] صفحات بحجم A5 بترتيب القراءة
        [booklet] كتيّب بحجم A5 للطباعة على ورق A4 وطيّه
        [glance] خياراتك في لمحة
        [glance-large] خياراتك في لمحة، بخط كبير
       *[large] نسخة بخط كبير
    }

# en-GB: leaflet-pdf = PDF

leaflet-pdf = PDF

# en-GB: leaflet-html = web page for printing

leaflet-html = صفحة ويب للطباعة

# en-GB: leaflet-version = Version { $version }. Last reviewed { $date }.

leaflet-version = الإصدار { $version }. تاريخ آخر مراجعة: { $date }.

# en-GB: leaflet-online = Read this online: { $url }

leaflet-online = اقرأ هذه المعلومات على الإنترنت: { $url }

# en-GB: leaflet-qr-alt = A QR code. Scan it with a phone camera to open this information online.

leaflet-qr-alt = رمز QR. امسحه بكاميرا الهاتف لفتح هذه المعلومات على الإنترنت.

# en-GB: leaflet-online-also = The web page also answers these questions:

leaflet-online-also = تجيب صفحة الويب أيضًا عن هذه الأسئلة:

# en-GB: leaflet-ask-also = Ask your care team for the full information. It also answers these questions:

leaflet-ask-also = اطلب من فريق الرعاية المعلومات الكاملة، فهي تجيب أيضًا عن هذه الأسئلة:

# en-GB: notes-heading = My notes

notes-heading = ملاحظاتي

# en-GB: notes-intro = You can write on this page and bring it to your next appointment.

notes-intro = يمكنك الكتابة على هذه الصفحة وإحضارها معك إلى موعدك القادم.

# en-GB: notes-matters = What matters most to me

notes-matters = أكثر ما يهمّني

# en-GB: notes-questions = My questions

notes-questions = أسئلتي

# en-GB: notes-appointment = Notes from my appointment

notes-appointment = ملاحظات من موعدي

# en-GB: freq-rate-exact =
#     { $events } for every { $denominator } { $unit ->
#         [bones] lengthened bones
#        *[people] people
#     }

freq-rate-exact =
    { $events } لكل { $unit ->
        [bones]
            { $denominator ->
                [zero] { $denominator } عظمة جرى تطويلها
                [one] عظمة واحدة جرى تطويلها
                [two] عظمتين جرى تطويلهما
                [few] { $denominator } عظام جرى تطويلها
                [many] { $denominator } عظمةً جرى تطويلها
               *[other] { $denominator } عظمة جرى تطويلها
            }
       *[people]
            { $denominator ->
                [zero] { $denominator } شخص
                [one] شخص واحد
                [two] شخصين
                [few] { $denominator } أشخاص
                [many] { $denominator } شخصًا
               *[other] { $denominator } شخص
            }
    }

# en-GB: freq-rate-about =
#     About { $events } for every { $denominator } { $unit ->
#         [bones] lengthened bones
#        *[people] people
#     }

freq-rate-about =
    حوالي { $events } لكل { $unit ->
        [bones]
            { $denominator ->
                [zero] { $denominator } عظمة جرى تطويلها
                [one] عظمة واحدة جرى تطويلها
                [two] عظمتين جرى تطويلهما
                [few] { $denominator } عظام جرى تطويلها
                [many] { $denominator } عظمةً جرى تطويلها
               *[other] { $denominator } عظمة جرى تطويلها
            }
       *[people]
            { $denominator ->
                [zero] { $denominator } شخص
                [one] شخص واحد
                [two] شخصين
                [few] { $denominator } أشخاص
                [many] { $denominator } شخصًا
               *[other] { $denominator } شخص
            }
    }

# en-GB: freq-rate-fewer-than-one =
#     Fewer than { $events } for every { $denominator } { $unit ->
#         [bones] lengthened bones
#        *[people] people
#     }

freq-rate-fewer-than-one =
    أقل من { $events } لكل { $unit ->
        [bones]
            { $denominator ->
                [zero] { $denominator } عظمة جرى تطويلها
                [one] عظمة واحدة جرى تطويلها
                [two] عظمتين جرى تطويلهما
                [few] { $denominator } عظام جرى تطويلها
                [many] { $denominator } عظمةً جرى تطويلها
               *[other] { $denominator } عظمة جرى تطويلها
            }
       *[people]
            { $denominator ->
                [zero] { $denominator } شخص
                [one] شخص واحد
                [two] شخصين
                [few] { $denominator } أشخاص
                [many] { $denominator } شخصًا
               *[other] { $denominator } شخص
            }
    }

## Options at a glance
glance-heading = خياراتك في لمحة
glance-not-known = غير معروف
glance-leaning = الخيار الذي أميل إليه
sure-heading = هل أنت متأكد؟
sure-question = { $question ->
    [sure] هل تشعر بأنك متأكد من الخيار الأفضل لك؟
    [understand] هل تعرف فوائد كل خيار ومخاطره؟
    [risk-benefit] هل تعرف بوضوح أي الفوائد والمخاطر هي الأهم بالنسبة لك؟
   *[encouragement] هل لديك ما يكفي من الدعم والمشورة لتتخذ قرارك؟
}
sure-yes = نعم
sure-no = لا
sure-note = إذا أجبت بـ"لا" عن أي سؤال، فتحدّث مع فريق الرعاية قبل أن تقرر.

# en-GB: glance-continued = Continued on the next page.

glance-continued = يتبع في الصفحة التالية.

## The consent insert: given with the consent form, it carries the leaflet's own figures.

consent-heading = قبل أن توافق: { $title }
consent-intro = ترافق هذه الورقة استمارة الموافقة. وهي تلخّص ما تقوله نشرة المعلومات. اسألنا عن أي شيء غير واضح.
consent-option = العلاج الذي توافق عليه: { $option }
consent-benefits = ما قد يفيدك به
consent-risks = ما قد يحدث من خطأ
consent-alternatives = الخيارات الأخرى، ومنها عدم فعل شيء
consent-uncertain = ما لا يعرفه أحد بعد
consent-arrangements = فحوص إضافية لهذا الإجراء
consent-given = أُعطيت النشرة بالإصدار { $version } بتاريخ ____________________
consent-approved = وافق عليها للمرضى { $name } ({ $role }) بتاريخ { $date }: نسخة المحتوى { $version }.
consent-signed = الأحرف الأولى من اسم المريض ________   الأحرف الأولى من اسم الطبيب ________
guidance-for-the-public = اقرأ معلومات NICE للجمهور عن هذا الإجراء

# en-GB: not-found-title = Page not found

not-found-title = الصفحة غير موجودة

# en-GB: not-found-text = We cannot find this page. It may have moved, or the address may be wrong.

not-found-text = لا يمكننا العثور على هذه الصفحة. ربما نُقلت، أو ربما يكون العنوان خطأ.

# en-GB: leaflet-pdf-size = PDF, { $kb } KB

leaflet-pdf-size = PDF، { $kb } كيلوبايت

# en-GB: index-left-out-heading = Not yet in this language

index-left-out-heading = غير متوفرة بهذه اللغة بعد

# en-GB: index-left-out = These pages have not been translated yet. You can read them in { $language }.

index-left-out = لم تُترجم هذه الصفحات بعد. يمكنك قراءتها باللغة { $language }.
