# ui.ftl in ar. Translate the text after each `=`; the comment above each
# message shows the current en-GB text. Numbers, dates and names
# arrive as variables such as { $events }: keep them, never type a figure.

language-name = العربية

skip-to-content = انتقل إلى المحتوى الرئيسي

languages-heading = اقرأ هذه المعلومات بلغة أخرى

index-title = معلومات تساعدك على اتخاذ القرار

index-intro = تشرح كل صفحة علاجًا، وما قد يحدث، وما هو غير معروف، حتى تتخذ أنت وفريق الرعاية الخاص بك القرار معًا.

index-procedures-heading = العلاجات

draft-notice = لم يراجع مترجم مؤهَّل هذه الترجمة بعد. إذا كان أي شيء غير واضح، فاسأل فريق الرعاية الخاص بك.

stale-notice = تغيّرت النسخة الإنجليزية من هذه الصفحة منذ أن تُرجمت. قد تكون بعض أجزاء هذه الترجمة غير محدَّثة. اسأل فريق الرعاية الخاص بك إذا لم تكن متأكدًا.

evidence-notice-heading = الأدلة محدودة

special-arrangements-heading = ماذا تعني "الترتيبات الخاصة" بالنسبة لي؟

special-arrangements-intro = تقول هيئة NICE إن هذا الإجراء يجب ألّا يُجرى إلا بترتيبات خاصة. والسبب أن الأدلة على مدى أمانه ومدى نجاحه محدودة.

on-this-page = في هذه الصفحة

about-heading = ما هو هذا الإجراء؟

condition-heading = لماذا قد أحتاج إليه؟

audience-heading = لمن هذا الإجراء؟

audience-for = قد يكون مناسبًا للفئات التالية:

audience-not-for = ليس مخصصًا لما يلي:

decision-heading = ما الذي عليّ أن أقرّره؟

options-heading = ما هي خياراتي؟

options-intro = إليك خياراتك جنبًا إلى جنب. عدم فعل أي شيء هو أيضًا خيار.

grid-option = الخيار

grid-what = ما هو؟

grid-what-happens = ماذا يحدث؟

grid-recovery = كم يستغرق التعافي؟

grid-daily-life = كيف قد يؤثر على حياتي اليومية؟

grid-benefits = ما الذي قد يسير بشكل جيد؟

grid-risks = ما الذي قد يسوء؟

grid-outcome = { $label }: { $statement }

details-heading = ما هي فوائد كل خيار ومخاطره؟

details-intro = الأرقام مأخوذة من دراسات. يوضّح كل رقم ما الذي أحصته الدراسة، وكم شخصًا أو عظمةً شملت. دراسات هذا العلاج صغيرة، لذلك قد تكون الأرقام الحقيقية مختلفة في حالتك.

benefits-heading = الفوائد المحتملة

risks-heading = المخاطر المحتملة

no-outcomes = لا يوجد شيء مُدرَج هنا.

comparisons-heading = كيف تختلف الخيارات عن بعضها؟

comparisons-intro = عندما قِيس الشيء نفسه لأكثر من خيار، نعرضه هنا من أصل العدد نفسه من الأشخاص، حتى تتمكن من المقارنة.

unknowns-heading = ما الأمور غير المعروفة؟

evidence-heading = ما مدى جودة الأدلة؟

evidence-quality =
    { $quality ->
        [strong] الأدلة قوية.
        [moderate] الأدلة متوسطة.
        [limited] الأدلة محدودة.
       *[very-limited] الأدلة قليلة جدًا.
    }

before-heading = ماذا يحدث قبل الإجراء؟

during-heading = ماذا يحدث أثناء الإجراء؟

after-heading = ماذا يحدث بعد ذلك؟

team-heading = مَن سيشارك في رعايتي؟

questions-heading = ما الذي ينبغي أن أسأل عنه؟

bran-intro = يمكن أن تساعدك هذه الأسئلة الأربعة في أي حديث عن العلاج:

bran-benefits = ما هي الفوائد؟

bran-risks = ما هي المخاطر؟

bran-alternatives = ما هي البدائل؟

bran-nothing = ماذا لو لم أفعل شيئًا؟

questions-more = قد ترغب أيضًا في أن تسأل:

recording-heading = ماذا سيحدث للمعلومات الخاصة بي؟

device-heading = ماذا لو حدثت مشكلة في الجهاز؟

device-link = أبلِغ عن مشكلة على موقع البطاقة الصفراء (Yellow Card)

contact-heading = بمَن يمكنني الاتصال؟

contact-phone = الهاتف: { $phone }

contact-email = البريد الإلكتروني: { $email }

contact-web = الموقع الإلكتروني: { $web }

sources-heading = من أين تأتي هذه المعلومات؟

guidance-line = تتبع هذه المعلومات إرشادات { $body } رقم { $id } بعنوان «{ $title }»، الصادرة بتاريخ { $issued }.

about-info-heading = عن هذه المعلومات

published = تاريخ النشر: { $date }

reviewed = تاريخ آخر مراجعة: { $date }

next-review = موعد المراجعة القادمة: { $date }

version = الإصدار: { $version }

version-note = يُرجى تدوين رقم الإصدار هذا في استمارة الموافقة الخاصة بك.

written-by = من إعداد

funded-by = التمويل

update-policy = كيف نُبقي هذه المعلومات محدَّثة

back-to-index = جميع العلاجات

source-link = (المصدر { $number })

read-source = اقرأه على الإنترنت

time-frame-label = التوقيت: { $frame }

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

freq-with-word = { $sentence } ({ $word })

freq-line = { $statement }.

freq-line-when = { $statement }، { $frame }.

freq-others-exact = لم يحدث ذلك في { $events } من كل { $denominator }.

freq-others-about = لم يحدث ذلك في حوالي { $events } من كل { $denominator }.

freq-not-known = لا نعرف كم مرة يحدث هذا.

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

scale-range = من { $low } إلى { $high }

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

study =
    { $kind ->
        [guidance] من إرشادات وطنية
        [systematic-review] من مراجعة لعدة دراسات
        [comparative-study] من دراسة قارنت بين العلاجات
        [case-series] من دراسة لمجموعة من المرضى
        [team-experience] مما يلاحظه في العيادة الفريق الذي كتب هذه المعلومات
       *[other] من تقرير منشور
    }

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

date-day = { $day } { month-name } { $year }

date-month = { month-name } { $year }

leaflets-heading = اطبع هذه المعلومات

leaflets-intro = تحتوي النشرات على المعلومات نفسها الموجودة في هذه الصفحة. لكل نشرة رقم إصدار يمكنك تدوينه في استمارة الموافقة الخاصة بك.

leaflet-format =
    { $format ->
        [a4] نشرة بحجم A4
        [a5] كتيّب بحجم A5
       *[large] نسخة بخط كبير
    }

leaflet-pdf = PDF

leaflet-html = صفحة ويب للطباعة

leaflet-version = الإصدار { $version }. تاريخ آخر مراجعة: { $date }.

leaflet-online = اقرأ هذه المعلومات على الإنترنت: { $url }

leaflet-qr-alt = رمز QR. امسحه بكاميرا الهاتف لفتح هذه المعلومات على الإنترنت.

notes-heading = ملاحظاتي

notes-intro = يمكنك الكتابة على هذه الصفحة وإحضارها معك إلى موعدك القادم.

notes-matters = أكثر ما يهمّني

notes-questions = أسئلتي

notes-appointment = ملاحظات من موعدي
