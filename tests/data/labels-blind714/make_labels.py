#!/usr/bin/env python3
"""Hand labels of the articles in this folder: casualty figures, cited sources, and the numbers in the
text that are NOT casualty figures. Writes labels.json next to this file; the checks are those of
../label_checks.py.

    python3 make_labels.py            # check every label, then write labels.json
    python3 make_labels.py --show     # also print every label with its context, for review
    python3 make_labels.py --stats    # also print phrasing-category counts (add --json for JSON)
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from label_checks import C, S, N, main  # noqa: E402

A = {}
# Wording variants specific to this folder, counted by --stats in addition to the common ones.
STATS_EXTRA_OUTCOME_WORDS = []
STATS_EXTRA_GROUP_NOUNS = []

# ---------------------------------------------------------------- labels (blind set 714: zzj01-zzj08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('neutralised / neutralized / fell on the field of honour / executed / buried / lost a handful',
     r'\bneutrali[sz]|\bfield of honour\b|\bexecuted\b|\bbur(?:y|ied)\b|\blost\b'),
    ('apprehended / captured / taken away', r'\bapprehended\b|\bcaptured\b|\btaken away\b'),
    ('sought refuge / sheltering / new arrivals / had left / have arrived',
     r'\brefuge\b|\bsheltering\b|\barrivals\b|\bleft\b|\barrived\b'),
    ('not been seen / gunshot wounds', r'\bnot been seen\b|\bwounds\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('VDP volunteers/militia members/gendarmes/members',
     r'\b(?:volunteers|militia members|gendarmes|members)\b'),
    ('assailants/leaders', r'\b(?:assailants|leaders)\b'),
    ('traders/health workers/colleague', r'\b(?:traders|health workers|colleague)\b'),
    ('patients/persons/families/households/suspects/nationals/arrivals/brothers/young men/Fulani men',
     r'\b(?:patients|persons|families|households|suspects|nationals|arrivals|brothers|young men|Fulani men)\b'),
]

# zzj01: jihadists storm the army detachment at Ougarou, Gourma province, Est region (AFP style, one
# sentence a paragraph, British spelling, curly quotes, en-dash dateline)
A['zzj01.txt'] = dict(
    casualty=[
        C('killing at least 19 soldiers', 'killed', 19, 'at-least', 'soldiers', id='tot'),
        C('Seven of the dead were VDP volunteers', 'killed', 7, 'exact', 'soldiers', sub='tot'),
        C('14 others were wounded', 'injured', 14, 'exact', 'soldiers', id='w14'),
        C('killed 43 soldiers', 'killed', 43, 'exact', 'soldiers', tags='contradicted'),
        C('lost “a handful” of fighters', 'killed', None, 'vague', 'fighters'),
        C('11 dead', 'killed', 11, 'exact', 'soldiers', tags='contradicted'),
        C('“neutralised” around 30 assailants', 'killed', 30, 'approx', 'fighters'),
        C('four civilians were killed', 'killed', 4, 'exact', 'civilians'),
        C('the bodies of two traders', 'killed', 2, 'exact', 'other'),
        C('buried the four', 'killed', 4, 'exact', 'civilians', tags='repeat'),
        C('nine of them', 'injured', 9, 'exact', 'soldiers', sub='w14'),
        C('several hundred families had fled', 'displaced', None, 'vague', 'people'),
        C('at least a dozen young men', 'detained', 12, 'at-least', 'men'),
        C('killed more than 26,000 people', 'killed', 26000, 'at-least', 'people'),
        C('forced some 2 million people from their homes', 'displaced', 2000000, 'approx', 'people'),
    ],
    sources=[
        S('security sources', 'anonymous'),
        S('one of the sources', 'anonymous'),
        S('a VDP member in Fada N’Gourma', 'anonymous'),
        S('The al-Qaeda-linked Group for the Support of Islam and Muslims (JNIM)', 'military'),
        S('The group', 'military'),
        S('A military source in Ouagadougou', 'anonymous'),
        S('Burkina Faso’s state broadcaster RTB', 'media'),
        S('A local official in Matiacoali', 'anonymous'),
        S('the official', 'anonymous'),
        S('a hospital source', 'anonymous'),
        S('The same source', 'anonymous'),
        S('Residents', 'witness'),
        S('Hamidou Lompo', 'witness', form='name'),
        S('the conflict monitor ACLED', 'ngo'),
    ],
    numbers=[
        N('one of the sources', 'other'),
        N('dozens of motorbikes', 'count-objects'),
        N('three sides', 'count-objects'),
        N('more than three hours', 'duration'),
        N('17-year-old', 'age'),
        N('roughly 80 km', 'distance'),
        N('45-year-old', 'age'),
        N('2022', 'year'),
        N('several foreign media outlets', 'count-objects'),
        N('2015', 'year'),
        N('one of the main strongholds', 'other'),
    ])

# zzj02: gunmen fire on the weekly market of Dargo, Namentenga province, Centre-Nord region (Reuters style,
# American spelling, straight quotes, Reuters dateline and sign-off)
A['zzj02.txt'] = dict(
    casualty=[
        C('killing at least 28 people', 'killed', 28, 'at-least', 'people', id='tot'),
        C('40 others were wounded', 'injured', 40, 'exact', 'people', id='w40'),
        C('12 of them', 'injured', 12, 'exact', 'people', sub='w40'),
        C('17 bodies', 'killed', 17, 'exact', 'people', sub='tot'),
        C('22 dead', 'killed', 22, 'exact', 'people', tags='contradicted'),
        C('31 injured', 'injured', 31, 'exact', 'people', tags='contradicted'),
        C('26 wounded patients', 'injured', 26, 'exact', 'people', id='h26'),
        C('three of them had died', 'killed', 3, 'exact', 'people', sub='h26'),
        C('the death toll to 31', 'killed', 31, 'exact', 'people', tags='update'),
        C('At least five young men', 'detained', 5, 'at-least', 'men'),
        C('neutralized dozens of terrorists', 'killed', None, 'vague', 'fighters'),
        C('two soldiers were wounded', 'injured', 2, 'exact', 'soldiers'),
        C('killed 14 people', 'killed', 14, 'exact', 'people'),
        C('Between 300 and 400 families', 'displaced', None, 'range', 'people', low=300, high=400),
        C('More than 2 million people are internally displaced', 'displaced', 2000000, 'at-least', 'people'),
    ],
    sources=[
        S('a local official', 'anonymous'),
        S('two residents', 'witness'),
        S('the official', 'anonymous'),
        S('Boukare Sawadogo', 'witness', form='name'),
        S("The governor's office for the Centre-Nord region", 'official'),
        S('state television', 'media'),
        S('A health worker at the medical center in Boulsa', 'anonymous'),
        S('Residents', 'witness'),
        S('Issa Ouedraogo', 'other', form='name'),
        S("Burkina Faso's army", 'military'),
        S('Adama Zongo', 'official', form='name'),
        S('the last official figures', 'official', form='document'),
    ],
    numbers=[
        N('March 9', 'date'),
        N('two residents', 'count-people'),
        N('around 11 in the morning', 'time'),
        N('several towns', 'count-objects'),
        N('hundreds of head of cattle', 'count-objects'),
        N('some 60 km', 'distance'),
        N('37 miles', 'distance'),
        N('2022', 'year'),
        N('March 2023', 'date'),
    ])

# zzj03: an army operation around Mahadaga, Tapoa province, Est region, in the officialese of the state
# news agency (digits, "neutralised", "fell on the field of honour", a raised enemy toll, a denial of
# "certain foreign media"; en-dash dateline, British spelling, straight quotes)
A['zzj03.txt'] = dict(
    casualty=[
        C('neutralised 37 terrorists', 'killed', 37, 'exact', 'fighters', id='n37'),
        C('killing 4 gendarmes', 'killed', 4, 'exact', 'soldiers'),
        C('wounding 6 others', 'injured', 6, 'exact', 'soldiers'),
        C('3 soldiers fell on the field of honour', 'killed', 3, 'exact', 'soldiers'),
        C('9 others were wounded', 'injured', 9, 'exact', 'soldiers'),
        C('The 9 wounded', 'injured', 9, 'exact', 'soldiers', tags='repeat'),
        C('15 suspects were apprehended', 'detained', 15, 'exact', 'people', id='sus'),
        C('2 foreign nationals', 'detained', 2, 'exact', 'people', sub='sus'),
        C('3 leaders', 'killed', 3, 'exact', 'fighters', sub='n37'),
        C('a number of others fled with injuries', 'injured', None, 'vague', 'fighters'),
        C('the number of terrorists neutralised to 52', 'killed', 52, 'exact', 'fighters', id='u52',
          tags='update'),
        C('15 additional bodies', 'killed', 15, 'exact', 'fighters', sub='u52'),
        C('about twenty civilians were executed', 'killed', 20, 'approx', 'civilians', tags='contradicted'),
        C('1,240 persons who had left', 'displaced', 1240, 'exact', 'people'),
        C('3,112 internally displaced persons', 'displaced', 3112, 'exact', 'people', id='dp'),
        C('1,870 children', 'displaced', 1870, 'exact', 'children', sub='dp'),
    ],
    sources=[
        S('the General Staff of the Armies', 'military'),
        S('the communiqué', 'military', nth=0, form='document'),
        S('The General Staff', 'military', nth=0),
        S('the same source', 'military'),
        S('the communiqué', 'military', nth=1, form='document'),
        S('the General Staff', 'military', nth=1),
        S('The General Staff', 'military', nth=1),
        S('certain foreign media', 'media'),
        S('The High Commissioner of the province of Tapoa, Mr Souleymane Ouoba', 'official', form='title-name'),
        S('the mayor of Logobou, Mr Dieudonné Yonli', 'official', form='title-name'),
        S('the Regional Directorate of Humanitarian Action of the East', 'official'),
    ],
    numbers=[
        N('14 May 2025', 'date'),
        N('9 to 12 May', 'date'),
        N('8 May', 'date', nth=0),
        N('14th Rapid Intervention Battalion', 'other'),
        N('BIR 14', 'other'),
        N('2 terrorist bases', 'count-objects'),
        N('23 motorcycles', 'count-objects'),
        N('11 AK-47 rifles', 'count-objects'),
        N('1 machine gun', 'count-objects'),
        N('3 tonnes', 'quantity'),
        N('13 May', 'date', nth=0),
        N('13 May', 'date', nth=1),
        N('8 May', 'date', nth=1),
        N('1010', 'other'),
        N('80 00 11 45', 'other'),
        N('2018', 'year'),
    ])

# zzj04: an NGO statement on the attack on the health centre of Sampieri, Tapoa province, Est region
# (headline, en-dash dateline, first person plural, notes to editors, British spelling, curly quotes)
A['zzj04.txt'] = dict(
    casualty=[
        C('Two health workers killed', 'killed', 2, 'exact', 'other'),
        C('two of our health workers', 'killed', 2, 'exact', 'other', tags='repeat'),
        C('Three patients were wounded', 'injured', 3, 'exact', 'people', id='p3'),
        C('one of them a pregnant woman', 'injured', 1, 'exact', 'women', sub='p3'),
        C('One other colleague', 'missing', 1, 'exact', 'other'),
        C('7 people were killed', 'killed', 7, 'exact', 'people', id='t7'),
        C('the two health workers', 'killed', 2, 'exact', 'other', sub='t7', tags='repeat'),
        C('3 members of a VDP unit', 'killed', 3, 'exact', 'soldiers', sub='t7'),
        C('11 people were wounded', 'injured', 11, 'exact', 'people', id='w11'),
        C('Two of the wounded', 'injured', 2, 'exact', 'people', sub='w11'),
        C('the number of volunteers killed at 5', 'killed', 5, 'exact', 'soldiers', tags='contradicted'),
        C('at least 14 health workers were killed', 'killed', 14, 'at-least', 'other'),
        C('several others were abducted', 'detained', None, 'vague', 'other'),
        C('up to 400 families', 'displaced', 400, 'at-most', 'people'),
        C('2,350 new arrivals', 'displaced', 2350, 'exact', 'people'),
    ],
    sources=[
        S('our staff on site', 'ngo'),
        S('a community health worker', 'anonymous'),
        S('The Tapoa provincial health directorate', 'official'),
        S('A VDP source in Diapaga', 'anonymous'),
        S('the World Health Organization', 'ngo'),
        S('local authorities', 'official'),
        S('The Kantchari town hall', 'official'),
        S('Dr Mariam Compaoré', 'ngo', form='title-name'),
    ],
    numbers=[
        N('3 June 2025', 'date'),
        N('1 June', 'date', nth=0),
        N('around 4:30 pm', 'time'),
        N('about 60 patients', 'count-people'),
        N('10-year-old', 'age'),
        N('41', 'age'),
        N('six years', 'duration'),
        N('29', 'age'),
        N('January 2025', 'date'),
        N('23 attacks on health care', 'count-objects'),
        N('the region’s 121 health facilities', 'count-objects'),
        N('38 are now closed', 'count-objects'),
        N('an estimated 410,000 people', 'count-people'),
        N('2024', 'year'),
        N('1 June', 'date', nth=1),
        N('146 patients', 'count-people'),
        N('2 June', 'date'),
        N('two days', 'duration'),
        N('thousands of people', 'count-people'),
        N('2009', 'year'),
        N('32 health facilities', 'count-objects'),
        N('+226 70 12 48 93', 'other'),
    ])

# zzj05: a UN OCHA-style flash update on the attack on Zéguédéguin, Namentenga province, Centre-Nord region,
# and the displacement it caused (title, highlights, overview, displacement by site, needs, funding; digits,
# "per cent", bullets)
A['zzj05.txt'] = dict(
    casualty=[
        C('killing at least 34 civilians', 'killed', 34, 'at-least', 'civilians'),
        C('An estimated 9,800 people have fled', 'displaced', 9800, 'approx', 'people'),
        C('2 health workers are reported missing', 'missing', 2, 'exact', 'other'),
        C('34 civilians were killed', 'killed', 34, 'exact', 'civilians', id='o34', tags='repeat'),
        C('9 women', 'killed', 9, 'exact', 'women', sub='o34'),
        C('12 children', 'killed', 12, 'exact', 'children', sub='o34'),
        C('57 people were injured', 'injured', 57, 'exact', 'people', id='inj'),
        C('6 VDP members were killed', 'killed', 6, 'exact', 'soldiers'),
        C('19 of the injured', 'injured', 19, 'exact', 'people', id='e19', sub='inj'),
        C('4 of them died', 'killed', 4, 'exact', 'people', sub='e19'),
        C('the civilian death toll to 38', 'killed', 38, 'exact', 'civilians', tags='update'),
        C('the number of dead at over 60', 'killed', 60, 'at-least', 'people', tags='contradicted'),
        C('abducted at least 15 people', 'detained', 15, 'at-least', 'people'),
        C('an estimated 9,800 people', 'displaced', 9800, 'approx', 'people', id='d98', tags='repeat'),
        C('approximately 1,640 households', 'displaced', 1640, 'approx', 'people'),
        C('5,200 people', 'displaced', 5200, 'exact', 'people', sub='d98'),
        C('3,100 people', 'displaced', 3100, 'exact', 'people', sub='d98'),
        C('1,500 people', 'displaced', 1500, 'exact', 'people', sub='d98'),
        C('500–700 people are sheltering', 'displaced', None, 'range', 'people', low=500, high=700),
        C('2 of its 5 health workers', 'missing', 2, 'exact', 'other', tags='repeat'),
    ],
    sources=[
        S('local authorities', 'official', nth=0),
        S('local authorities', 'official', nth=1),
        S('Humanitarian partners in Boulsa', 'ngo'),
        S('the Burkinabè rights group Collectif Citoyen pour la Paix (CCP)', 'ngo'),
        S('a protection partner', 'ngo'),
        S('the Regional Directorate of Humanitarian Action', 'official'),
        S('IOM’s Displacement Tracking Matrix (DTM)', 'ngo'),
        S('the Boulsa health district', 'official'),
        S('partners', 'ngo', nth=2, form='collective'),
    ],
    numbers=[
        N('Flash Update No. 2', 'other'),
        N('24 October 2025', 'date'),
        N('19 October', 'date', nth=0),
        N('62 per cent', 'percentage'),
        N('US$4.3 million', 'money', nth=0),
        N('3 months', 'duration'),
        N('19 October', 'date', nth=1),
        N('hundreds of armed men', 'count-people'),
        N('about 14,000 inhabitants', 'population'),
        N('some 45 km', 'distance'),
        N('20 October', 'date', nth=0),
        N('20 October', 'date', nth=1),
        N('2 mobile clinics', 'count-objects'),
        N('1,240 consultations', 'count-objects'),
        N('4 days', 'duration'),
        N('1,100 emergency shelters', 'count-objects'),
        N('2,000 NFI kits', 'count-objects'),
        N('8,000 people', 'count-people'),
        N('27 October', 'date'),
        N('40 per cent', 'percentage'),
        N('2025', 'year', nth=1),
        N('US$785 million', 'money'),
        N('21 per cent', 'percentage'),
        N('US$4.3 million', 'money', nth=1),
    ])

# zzj06: an ambush on a supply convoy near Boungou, Gourma province, Est region (a broadcaster's website:
# headline and byline instead of a dateline, British spelling, curly quotes)
A['zzj06.txt'] = dict(
    casualty=[
        C('Dozens killed', 'killed', None, 'vague', 'people'),
        C('Dozens of people', 'killed', None, 'vague', 'people', tags='repeat'),
        C('between 20 and 25 bodies', 'killed', None, 'range', 'people', low=20, high=25),
        C('31 people had been killed', 'killed', 31, 'exact', 'people', id='a31'),
        C('12 soldiers', 'killed', 12, 'exact', 'soldiers', sub='a31'),
        C('18 others had been wounded', 'injured', 18, 'exact', 'people'),
        C('more than 50 neutralised', 'killed', 50, 'at-least', 'fighters'),
        C('seven soldiers had lost their lives', 'killed', 7, 'exact', 'soldiers', tags='contradicted'),
        C('killed “dozens of soldiers”', 'killed', None, 'vague', 'soldiers', tags='contradicted'),
        C('captured four others', 'detained', 4, 'exact', 'soldiers'),
        C('23 wounded people', 'injured', 23, 'exact', 'people', id='h23'),
        C('five children', 'injured', 5, 'exact', 'children', sub='h23'),
        C('Two of the wounded later died', 'killed', 2, 'exact', 'people', sub='h23'),
        C('14 of its members were unaccounted for', 'missing', 14, 'exact', 'other'),
        C('nearly 500,000 people have fled their homes', 'displaced', 500000, 'at-most', 'people'),
    ],
    sources=[
        S('Ousmane Ouoba', 'witness', form='name'),
        S('Security sources', 'anonymous'),
        S('the AFP news agency', 'media'),
        S('the army’s general staff', 'military'),
        S('the state broadcaster RTB', 'media'),
        S('JNIM', 'military'),
        S('a doctor', 'anonymous'),
        S('the doctor', 'anonymous'),
        S('The national union of lorry drivers', 'other'),
        S('Residents of Diapaga', 'witness'),
        S('the UN', 'ngo'),
    ],
    numbers=[
        N('about 80 vehicles', 'count-objects'),
        N('several tankers', 'count-objects'),
        N('about 300,000 litres', 'quantity'),
        N('the past two years', 'duration'),
        N('50kg', 'quantity'),
        N('45,000 CFA francs', 'money'),
        N('$80', 'money'),
        N('September 2022', 'date'),
    ])

# zzj07: jihadists attack Guibaré, Bam province, Centre-Nord region; militia and army reprisals against
# Fulani men (AP style, em-dash dateline, American spelling, straight quotes, AP contributor line)
A['zzj07.txt'] = dict(
    casualty=[
        C('killed at least 42 people', 'killed', 42, 'at-least', 'people', id='t42'),
        C('bury 35 bodies', 'killed', 35, 'exact', 'people', id='b35'),
        C('11 women', 'killed', 11, 'exact', 'women', sub='b35'),
        C('several children', 'killed', None, 'vague', 'children', sub='b35'),
        C('at least 15 of the dead were militia members', 'killed', 15, 'at-least', 'soldiers', sub='t42'),
        C('scores of people were wounded', 'injured', None, 'vague', 'people'),
        C('fewer than 30 dead', 'killed', 30, 'at-most', 'people', id='r27', tags='contradicted'),
        C('9 militia members', 'killed', 9, 'exact', 'soldiers', sub='r27', tags='contradicted'),
        C('detained about 40 Fulani men', 'detained', 40, 'approx', 'men', id='d40'),
        C('The bodies of six or seven of them', 'killed', None, 'range', 'men', low=6, high=7, sub='d40'),
        C('executed at least 223 villagers', 'killed', 223, 'at-least', 'civilians', id='hrw'),
        C('56 children', 'killed', 56, 'exact', 'children', sub='hrw'),
        C('thousands of people displaced', 'displaced', None, 'vague', 'people'),
        C('roughly 3,000 people had fled', 'displaced', 3000, 'approx', 'people'),
        C('killed thousands of people', 'killed', None, 'vague', 'people'),
    ],
    sources=[
        S('residents', 'witness'),
        S('a local aid worker', 'anonymous'),
        S('one resident', 'witness'),
        S('The aid worker', 'anonymous'),
        S('A regional official', 'anonymous'),
        S('state television', 'media'),
        S('the government', 'official', nth=0),
        S('A local rights group, the Observatory for Peace and Justice in Bam', 'ngo'),
        S('the group', 'ngo', nth=0),
        S('Hamidou Dicko', 'ngo', form='name'),
        S("Burkina Faso's army", 'military', nth=1),
        S('Human Rights Watch', 'ngo'),
        S('the government', 'official', nth=1),
        S('Local officials', 'official'),
        S('Analysts', 'other'),
    ],
    numbers=[
        N('numbering more than 200', 'count-people'),
        N('one resident', 'count-people'),
        N('70-year-old', 'age'),
        N('two villages', 'count-objects'),
        N('February 2024', 'date'),
        N('about 20,000 people', 'population'),
        N('2015', 'year'),
        N('as much as 60%', 'percentage'),
    ])

# zzj08: the displaced of Korsimoro, Sanmatenga province, Centre-Nord region (a newspaper's own
# correspondent: headline, "From our correspondent" line, first person, present-tense "says", em dashes,
# curly quotes, British spelling)
A['zzj08.txt'] = dict(
    casualty=[
        C('hundreds of families have fled', 'displaced', None, 'vague', 'people'),
        C('almost 31,000 displaced people', 'displaced', 31000, 'at-most', 'people'),
        C('two brothers were killed', 'killed', 2, 'exact', 'men'),
        C('killing nine people', 'killed', 9, 'exact', 'people'),
        C('the bodies of three young men', 'killed', 3, 'exact', 'men'),
        C('buried 23 people', 'killed', 23, 'exact', 'people'),
        C('killed “more than 40 terrorists”', 'killed', 40, 'at-least', 'fighters'),
        C('17 people with gunshot wounds', 'injured', 17, 'exact', 'people', id='g17'),
        C('six of them children', 'injured', 6, 'exact', 'children', sub='g17'),
        C('Two died', 'killed', 2, 'exact', 'people', sub='g17'),
        C('six women were abducted', 'detained', 6, 'exact', 'women', id='a6'),
        C('four of them', 'detained', 4, 'exact', 'women', sub='a6'),
        C('The other two are still missing', 'missing', 2, 'exact', 'women', sub='a6'),
        C('more than 2 million internally displaced people', 'displaced', 2000000, 'at-least', 'people'),
    ],
    sources=[
        S('Adama Ouédraogo', 'official', form='name'),
        S('The mayor’s office', 'official'),
        S('Salamata Sawadogo', 'witness', form='name'),
        S('the mayor', 'official', nth=1, form='role'),
        S('Ouédraogo', 'official', nth=1, form='name'),
        S('A security official in Kaya', 'anonymous'),
        S('the head nurse, Rasmata Kaboré', 'official', form='title-name'),
        S('a women’s association in the displaced camp', 'other'),
        S('traders', 'witness', form='collective'),
        S('aid agencies', 'ngo', form='collective'),
        S('The Norwegian Refugee Council', 'ngo'),
    ],
    numbers=[
        N('two years ago', 'duration'),
        N('roughly 75 kilometres', 'distance'),
        N('about 9,000 inhabitants', 'population'),
        N('38', 'age'),
        N('May 2024', 'date'),
        N('three days', 'duration'),
        N('2 February', 'date'),
        N('Four days later', 'duration'),
        N('12 beds', 'count-objects'),
        N('one ambulance', 'count-objects'),
        N('100kg', 'quantity'),
        N('32,500 CFA francs', 'money'),
        N('2023', 'year'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
