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

# ---------------------------------------------------------------- labels (blind set 641: qh01-qh08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('neutralised / fell on the field of honour / beaten to death / lost … fighters / losing',
     r'\bneutralised\b|\bfell\b|\bbeaten to death\b|\blost\b|\blosing\b'),
    ('captured / surrendered / seized / taken / held / hostages / took',
     r'\bcaptured\b|\bsurrendered\b|\bseized\b|\btaken\b|\bheld\b|\bhostages\b|\btook\b'),
    ('left / refugees', r'\bleft\b|\brefugees\b'),
    ('released (breakdown of detained)', r'\breleased\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('fishermen/health workers/nurses', r'\b(?:fishermen|workers|nurses)\b'),
    ('jihadists/assailants/commanders/accomplices',
     r'\b(?:jihadists|assailants|commanders|accomplices)\b'),
    ('non-commissioned officers', r'\bofficers\b'),
    ('families/households/neighbours/cousins/daughters/brothers/boys/girls/hostages/patients/suspects',
     r'\b(?:families|households|neighbours|cousins|daughters|brothers|boys|girls|hostages|patients|suspects)\b'),
]

# qh01: Boko Haram attack on an army post outside Baga Sola, Lac province (AFP style, one sentence a
# paragraph, British spelling, curly quotes, en-dash dateline)
A['qh01.txt'] = dict(
    casualty=[
        C('killing at least 14 soldiers', 'killed', 14, 'at-least', 'soldiers', id='tot'),
        C('wounding 22 others', 'injured', 22, 'exact', 'soldiers', id='w'),
        C('the toll at 17 dead soldiers', 'killed', 17, 'exact', 'soldiers', id='upd', tags='update'),
        C('31 others had been wounded', 'injured', 31, 'exact', 'soldiers', id='w2', tags='update'),
        C('“neutralised” 56 terrorists', 'killed', 56, 'exact', 'fighters', tags='contradicted'),
        C('two non-commissioned officers', 'killed', 2, 'exact', 'soldiers', sub='upd'),
        C('five soldiers were still missing', 'missing', 5, 'exact', 'soldiers'),
        C('several civilians had been wounded', 'injured', None, 'vague', 'civilians'),
        C('Two of her neighbours', 'killed', 2, 'exact', 'civilians'),
        C('19 wounded', 'injured', 19, 'exact', 'people', id='hosp'),
        C('four children', 'injured', 4, 'exact', 'children', sub='hosp'),
        C('Seven of the most seriously injured soldiers', 'injured', 7, 'exact', 'soldiers', sub='w2'),
        C('More than 2,000 people have fled', 'displaced', 2000, 'at-least', 'people', id='disp'),
        C('some 1,400 of them', 'displaced', 1400, 'approx', 'people', sub='disp'),
        C('roughly 40 soldiers were killed', 'killed', 40, 'approx', 'soldiers'),
        C('killed tens of thousands of people', 'killed', None, 'vague', 'people'),
        C('more than 220,000 people are displaced', 'displaced', 220000, 'at-least', 'people'),
    ],
    sources=[
        S('a military source', 'anonymous'),
        S('the source', 'anonymous'),
        S('the source', 'anonymous', nth=1),
        S('The army’s chief of staff, General Abakar Mahamat Ousmane', 'military', form='title-name'),
        S('a local official in Baga Sola', 'anonymous'),
        S('a list of the victims', 'other', form='document'),
        S('Community radio station La Voix du Lac', 'media'),
        S('Residents', 'witness'),
        S('Fatimé Abakar', 'witness', form='name'),
        S('a nurse', 'anonymous'),
        S('the army', 'military', nth=1),
        S('the International Organization for Migration (IOM)', 'ngo'),
        S('The UN agency', 'ngo'),
        S('The presidency', 'official'),
        S('the United Nations', 'ngo'),
    ],
    numbers=[
        N('around 20 motorised canoes', 'count-objects'),
        N('2:00 am', 'time'),
        N('hundreds of them', 'count-people'),
        N('dozens of weapons', 'count-objects'),
        N('four machine guns', 'count-objects'),
        N('nearly three hours', 'duration'),
        N('38-year-old', 'age'),
        N('mother of five', 'count-people'),
        N('about 300 kilometres', 'distance'),
        N('three days', 'duration'),
        N('October 2024', 'date'),
        N('2009', 'year'),
    ])

# qh02: night raid on the settlement of Djiguilé near Ngouri, Lac province (Reuters style, American
# spelling, straight quotes)
A['qh02.txt'] = dict(
    casualty=[
        C('killed 23 villagers', 'killed', 23, 'exact', 'civilians', id='tot'),
        C('abducted at least 40 others', 'detained', 40, 'at-least', 'civilians'),
        C('14 men', 'killed', 14, 'exact', 'men', sub='tot'),
        C('six women', 'killed', 6, 'exact', 'women', sub='tot'),
        C('three children were among the dead', 'killed', 3, 'exact', 'children', sub='tot'),
        C('a further 17 people', 'injured', 17, 'exact', 'people', id='inj'),
        C('two of the wounded had died', 'killed', 2, 'exact', 'people', sub='inj'),
        C('the toll to 25', 'killed', 25, 'exact', 'civilians', tags='update'),
        C('killed 31 of them', 'killed', 31, 'exact', 'fighters'),
        C('losing two soldiers', 'killed', 2, 'exact', 'soldiers'),
        C('my two daughters', 'detained', 2, 'exact', 'children'),
        C('the number of people abducted at 28', 'detained', 28, 'exact', 'people', id='gov', tags='contradicted'),
        C('nine of them', 'detained', 9, 'exact', 'people', sub='gov'),
        C('hundreds of families fleeing', 'displaced', None, 'vague', 'people'),
        C('around 3,500 people had fled', 'displaced', 3500, 'approx', 'people', id='disp'),
        C('some 1,900 children', 'displaced', 1900, 'approx', 'children', sub='disp'),
        C('killed 12 soldiers', 'killed', 12, 'exact', 'soldiers', tags='contradicted'),
        C('more than 1,000 civilians', 'killed', 1000, 'at-least', 'civilians'),
    ],
    sources=[
        S('local authorities', 'official'),
        S('Ngouri sub-prefect Ali Hassan Brahim', 'official', form='title-name'),
        S('Brahim', 'official', nth=1, form='name'),
        S('A health worker at the hospital', 'anonymous'),
        S("Chad's army", 'military'),
        S('Residents', 'witness'),
        S('the army', 'military'),
        S('Hawa Mahamat', 'witness', form='name'),
        S('The governor of Lac province, Mahamat Saleh Ahmat', 'official', form='title-name'),
        S('Aid groups', 'ngo'),
        S('Idriss Abdelkerim', 'witness', form='name'),
        S('The U.N. refugee agency, UNHCR', 'ngo'),
        S('ISWAP', 'military', nth=1),
        S('the army', 'military', nth=1),
        S('the Lake Chad Security Observatory', 'ngo'),
    ],
    numbers=[
        N('May 12', 'date'),
        N('about 15 km', 'distance'),
        N('9 miles', 'distance'),
        N('more than 60 homes', 'count-objects'),
        N('about 200 head of cattle', 'count-objects'),
        N('aged 13 and 15', 'age'),
        N('2016', 'year'),
        N('the two groups', 'other'),
        N('2015', 'year'),
    ])

# qh03: army operation on the islands around Kinasserom, Lac province (state media: the national
# agency's voice, en-dash dateline, digits for small numbers, straight quotes, British spelling)
A['qh03.txt'] = dict(
    casualty=[
        C('neutralised 43 Boko Haram terrorists', 'killed', 43, 'exact', 'fighters'),
        C('11 terrorists were captured', 'detained', 11, 'exact', 'fighters', id='cap'),
        C('2 commanders', 'detained', 2, 'exact', 'fighters', sub='cap'),
        C('7 others surrendered', 'detained', 7, 'exact', 'fighters'),
        C('6 soldiers fell on the field of honour', 'killed', 6, 'exact', 'soldiers'),
        C('19 others were wounded', 'injured', 19, 'exact', 'soldiers', id='w'),
        C('4 of them seriously', 'injured', 4, 'exact', 'soldiers', sub='w'),
        C('26 hostages', 'detained', 26, 'exact', 'people'),
        C('9 soldiers lost their lives', 'killed', 9, 'exact', 'soldiers'),
        C('2 others were reported missing', 'missing', 2, 'exact', 'soldiers'),
        C('1,250 displaced persons', 'displaced', 1250, 'exact', 'people'),
        C('35 suspected accomplices', 'detained', 35, 'exact', 'people'),
        C('8 civilians wounded', 'injured', 8, 'exact', 'civilians', id='civ'),
        C('3 children', 'injured', 3, 'exact', 'children', sub='civ'),
        C('as many as 50 soldiers were killed', 'killed', 50, 'at-most', 'soldiers', tags='contradicted'),
        C('the 19 wounded', 'injured', 19, 'exact', 'soldiers', tags='repeat'),
        C('neutralised more than 400 terrorists', 'killed', 400, 'at-least', 'fighters'),
    ],
    sources=[
        S('the General Staff of the Armies', 'military'),
        S('the spokesman of the armies, General Issa Moussa Abdoulaye', 'military', form='title-name'),
        S('the spokesman', 'military', nth=1),
        S('General Abdoulaye', 'military', form='name'),
        S('The Governor of the Lac province, Mr Ousmane Hassane Tidjani', 'official', form='title-name'),
        S('the Minister of Public Security and Immigration, Mr Abdelaziz Hamid Bichara', 'official',
          form='title-name'),
        S('Sources in the provincial health delegation', 'anonymous'),
        S('The General Staff', 'military'),
        S('certain foreign media', 'media'),
        S('some activists', 'other'),
        S('the communiqué', 'military', nth=1, form='document'),
        S('the General Staff', 'military', nth=1),
    ],
    numbers=[
        N('18 May 2025', 'date'),
        N('several of their bases', 'count-objects'),
        N('14 May', 'date'),
        N('37 assault rifles', 'count-objects'),
        N('3 machine guns', 'count-objects'),
        N('14 motorised canoes', 'count-objects'),
        N('more than 2,000 rounds of ammunition', 'count-objects'),
        N('several months', 'duration'),
        N('some 1,500 men', 'count-people'),
        N('11 May', 'date'),
    ])

# qh04: attack on the Tchoukoutalia displacement site, Lac province (NGO statement with a headline and
# notes to editors, British spelling, curly quotes)
A['qh04.txt'] = dict(
    casualty=[
        C('Eleven people were killed', 'killed', 11, 'exact', 'people', id='tot'),
        C('at least 34 wounded', 'injured', 34, 'at-least', 'people'),
        C('Two of the dead were SHA community health workers', 'killed', 2, 'exact', 'other', sub='tot'),
        C('29 wounded patients', 'injured', 29, 'exact', 'people', id='hp'),
        C('Nine were children', 'injured', 9, 'exact', 'children', sub='hp'),
        C('seven were women', 'injured', 7, 'exact', 'women', sub='hp'),
        C('Four of them died', 'killed', 4, 'exact', 'people', sub='hp'),
        C('17 of the most severely wounded', 'injured', 17, 'exact', 'people', sub='hp'),
        C('One of our nurses', 'missing', 1, 'exact', 'other'),
        C('two of my children', 'missing', 2, 'exact', 'children'),
        C('around 8,000 people fled', 'displaced', 8000, 'approx', 'people'),
        C('several hundred are still unaccounted for', 'missing', None, 'vague', 'people'),
        C('13 dead', 'killed', 13, 'exact', 'people', id='la', tags='contradicted'),
        C('three soldiers', 'killed', 3, 'exact', 'soldiers', sub='la'),
        C('killed between 15 and 20 of them', 'killed', None, 'range', 'fighters', low=15, high=20),
        C('over 230,000 internally displaced people', 'displaced', 230000, 'at-least', 'people'),
        C('21 people had been killed', 'killed', 21, 'exact', 'people'),
    ],
    sources=[
        S('the medical humanitarian organisation Sahel Health Alliance (SHA)', 'ngo'),
        S('Dr Hissein Adoum Barka', 'ngo', form='title-name'),
        S('Patients', 'witness'),
        S('Achta', 'witness', form='name'),
        S('the site’s management committee', 'other'),
        S('Community leaders at the site', 'other'),
        S('Local authorities', 'official'),
        S('The Chadian army', 'military'),
        S('Claire Vautrin', 'ngo', form='name'),
        S('OCHA, the UN’s humanitarian coordination office', 'ngo'),
        S('Chad’s Ministry of Public Health', 'official'),
    ],
    numbers=[
        N('3 June 2025', 'date'),
        N('31 May', 'date'),
        N('under the age of 15', 'age'),
        N('some 25 kilometres', 'distance'),
        N('1 June', 'date'),
        N('42', 'age'),
        N('the 11,500 registered there', 'population'),
        N('thousands of people', 'count-people'),
        N('at least 14 health facilities', 'count-objects'),
        N('2014', 'year'),
        N('12 sites', 'count-objects'),
        N('2024', 'year'),
        N('more than 95,000 consultations', 'count-objects'),
    ])

# qh05: attacks on three islands of Koulfoua sub-prefecture, Lac province (UN OCHA-style flash update:
# highlights, situation overview, displacement by site, protection, health, response, funding)
A['qh05.txt'] = dict(
    casualty=[
        C('At least 27 civilians killed', 'killed', 27, 'at-least', 'civilians'),
        C('41 injured', 'injured', 41, 'exact', 'civilians'),
        C('An estimated 6,200 people displaced', 'displaced', 6200, 'approx', 'people'),
        C('19 people', 'detained', 19, 'exact', 'people'),
        C('at least 27 civilians were killed', 'killed', 27, 'at-least', 'civilians', id='ov1', tags='repeat'),
        C('8 children', 'killed', 8, 'exact', 'children', sub='ov1'),
        C('5 women', 'killed', 5, 'exact', 'women', sub='ov1'),
        C('41 others injured', 'injured', 41, 'exact', 'civilians', id='ov2', tags='repeat'),
        C('12 of them seriously', 'injured', 12, 'exact', 'civilians', sub='ov2'),
        C('the number of dead at between 30 and 35', 'killed', None, 'range', 'civilians', low=30, high=35,
          tags='contradicted'),
        C('4 soldiers were killed', 'killed', 4, 'exact', 'soldiers'),
        C('6 injured', 'injured', 6, 'exact', 'soldiers'),
        C('22 assailants were killed', 'killed', 22, 'exact', 'fighters'),
        C('an estimated 6,200 people have fled', 'displaced', 6200, 'approx', 'people', id='d', tags='repeat'),
        C('2,600 people', 'displaced', 2600, 'exact', 'people', sub='d'),
        C('1,700', 'displaced', 1700, 'exact', 'people', sub='d'),
        C('1,100', 'displaced', 1100, 'exact', 'people', sub='d'),
        C('800', 'displaced', 800, 'exact', 'people', sub='d'),
        C('Some 3,400 of the displaced are children', 'displaced', 3400, 'approx', 'children', sub='d'),
        C('19 people were abducted', 'detained', 19, 'exact', 'people', id='p', tags='repeat'),
        C('11 women', 'detained', 11, 'exact', 'women', sub='p'),
        C('5 girls', 'detained', 5, 'exact', 'children', sub='p'),
        C('The 3 abducted men', 'detained', 3, 'exact', 'men', sub='p'),
        C('23 of the injured', 'injured', 23, 'exact', 'civilians', id='hosp', sub='ov2'),
        C('2 of whom have since died', 'killed', 2, 'exact', 'civilians', sub='hosp'),
    ],
    sources=[
        S('the sub-prefect of Koulfoua', 'official', form='role'),
        S('Local authorities', 'official'),
        S('Community leaders', 'other'),
        S('The Chadian Armed Forces (FAT)', 'military'),
        S('IOM’s Displacement Tracking Matrix (DTM)', 'ngo'),
        S('Site committees', 'other'),
        S('Protection partners', 'ngo'),
        S('Women at the sites', 'witness'),
        S('the health district', 'official'),
        S('Partners', 'ngo', nth=1),
    ],
    numbers=[
        N('No. 1', 'other'),
        N('9 July 2025', 'date'),
        N('three islands', 'count-objects'),
        N('5 and 6 July', 'date'),
        N('four sites', 'count-objects'),
        N('US$2.4 million', 'money'),
        N('10,000 people', 'count-people'),
        N('the next three months', 'duration'),
        N('5 to 6 July', 'date'),
        N('all three islands', 'count-objects'),
        N('four sites', 'count-objects', nth=1),
        N('under 18', 'age'),
        N('7 July', 'date'),
        N('9 unaccompanied children', 'count-people'),
        N('Only 14 latrines', 'count-objects'),
        N('four sites', 'count-objects', nth=2),
        N('900 emergency shelter kits', 'count-objects'),
        N('8 July', 'date'),
        N('two-week', 'duration'),
        N('4,500 people', 'count-people'),
        N('640 households', 'count-people'),
        N('2025', 'year', nth=1),
        N('$1.45 billion', 'money'),
        N('12 per cent', 'percentage'),
        N('30 June', 'date'),
        N('two weeks', 'duration'),
    ])

# qh06: twin blasts at the cattle market of Mao, Kanem province (a broadcaster's website: headline and
# byline instead of a dateline, British spelling, curly quotes)
A['qh06.txt'] = dict(
    casualty=[
        C('kill 12', 'killed', 12, 'exact', 'people'),
        C('At least 12 people have been killed', 'killed', 12, 'at-least', 'people', id='tot', tags='repeat'),
        C('dozens wounded', 'injured', None, 'vague', 'people'),
        C('four children', 'killed', 4, 'exact', 'children', sub='tot'),
        C('47 wounded people', 'injured', 47, 'exact', 'people', id='hos'),
        C('11 of them in a critical condition', 'injured', 11, 'exact', 'people', sub='hos'),
        C('the death toll had risen to 16', 'killed', 16, 'exact', 'people', tags='update'),
        C('four of the wounded died', 'killed', 4, 'exact', 'people', sub='hos'),
        C('arrested 23 suspects', 'detained', 23, 'exact', 'people', id='arr'),
        C('two women', 'detained', 2, 'exact', 'women', sub='arr'),
        C('several families had already left', 'displaced', None, 'vague', 'people'),
        C('killed 20-25 soldiers', 'killed', None, 'range', 'soldiers', low=20, high=25),
        C('nine deaths', 'killed', 9, 'exact', 'soldiers', tags='contradicted'),
        C('lost hundreds of fighters', 'killed', None, 'vague', 'fighters'),
        C('upwards of 50,000 people have fled', 'displaced', 50000, 'at-least', 'people'),
    ],
    sources=[
        S('officials', 'official'),
        S('the Kanem governor’s office', 'official'),
        S('Witnesses', 'witness'),
        S('the director of Mao’s provincial hospital, Dr Abdelkerim Ali Fadoul', 'official', form='title-name'),
        S('Dr Fadoul', 'official', form='name'),
        S('government spokesman Abdelkarim Hassan Mahamat', 'official', form='title-name'),
        S('A cattle trader, Moussa Abdallah', 'witness', form='name'),
        S('Residents', 'witness'),
        S('local media', 'media'),
        S('the army', 'military', nth=1),
        S('Security researcher Nadjiré Doumtangar', 'other', form='title-name'),
        S('The UN', 'ngo'),
    ],
    numbers=[
        N('two explosions', 'count-objects'),
        N('09:00', 'time'),
        N('08:00 GMT', 'time'),
        N('hundreds of traders and herders', 'count-people'),
        N('only two surgeons', 'count-people'),
        N('54', 'age'),
        N('one', 'other'),
        N('some 2,000 head of cattle', 'count-objects'),
        N('about 300km', 'distance'),
        N('185 miles', 'distance'),
        N('some 150km', 'distance'),
        N('the past two years', 'duration'),
        N('three days', 'duration'),
    ])

# qh07: attack on an army outpost near Nokou, Kanem province, and the detentions that followed (AP style,
# em-dash dateline, American spelling, straight quotes)
A['qh07.txt'] = dict(
    casualty=[
        C('killing at least nine soldiers', 'killed', 9, 'at-least', 'soldiers'),
        C('13 soldiers were wounded', 'injured', 13, 'exact', 'soldiers'),
        C('three were missing', 'missing', 3, 'exact', 'soldiers'),
        C('killed "more than 60 terrorists"', 'killed', 60, 'at-least', 'fighters'),
        C('the death toll among soldiers was at least 15', 'killed', 15, 'at-least', 'soldiers',
          tags='contradicted'),
        C('two civilians', 'killed', 2, 'exact', 'civilians'),
        C('its toll to 12 dead', 'killed', 12, 'exact', 'soldiers', id='upd', tags='update'),
        C('the bodies of the three missing soldiers', 'killed', 3, 'exact', 'soldiers', sub='upd'),
        C('detained dozens of men', 'detained', None, 'vague', 'men'),
        C('38 men had been taken', 'detained', 38, 'exact', 'men', id='d38'),
        C('four teenage boys', 'detained', 4, 'exact', 'children', sub='d38'),
        C('11 had since been released', 'detained', 11, 'exact', 'men', sub='d38'),
        C('fewer than 20 suspects were being held', 'detained', 20, 'at-most', 'people', tags='contradicted'),
        C('hundreds of families had left', 'displaced', None, 'vague', 'people'),
        C('almost 1.4 million refugees', 'displaced', 1400000, 'at-most', 'people'),
        C('some 220,000 people are internally displaced', 'displaced', 220000, 'approx', 'people'),
    ],
    sources=[
        S('the army', 'military'),
        S('Army spokesman Col. Hassan Abdoulaye Djibrine', 'military', form='title-name'),
        S('Djibrine', 'military', nth=1, form='name'),
        S('a security official', 'anonymous'),
        S('The official', 'anonymous'),
        S('the army', 'military', nth=1),
        S('the Kanem Human Rights Collective', 'ngo'),
        S("The group's coordinator, Khadidja Brahim Ahmat", 'ngo', form='title-name'),
        S('Communication Minister Fatimé Haroun Abakar', 'official', form='title-name'),
        S('Residents', 'witness'),
        S('Adoum Ibrahim', 'witness', form='name'),
        S('The U.N. refugee agency', 'ngo'),
        S('the government', 'official'),
    ],
    numbers=[
        N('several hours', 'duration'),
        N('around 30 pickup trucks', 'count-objects'),
        N('about 25 kilometers', 'distance'),
        N('15 miles', 'distance'),
        N('about 120 soldiers', 'count-people'),
        N('70-year-old', 'age'),
        N('2023', 'year'),
        N('some 200 kilometers', 'distance'),
        N('125 miles', 'distance'),
        N('November 2024', 'date'),
    ])

# qh08: fishermen killed, abducted and missing around the island of Isseirom, Lac province (a newspaper's
# own correspondent: headline and byline, present-tense "says", em-dash aside, curly quotes, British
# spelling)
A['qh08.txt'] = dict(
    casualty=[
        C('killed 31 of them', 'killed', 31, 'exact', 'other', id='f31'),
        C('31', 'killed', 31, 'exact', 'other', nth=1, tags='repeat'),
        C('58', 'killed', 58, 'exact', 'other'),
        C('Six or seven more men are missing', 'missing', None, 'range', 'men', low=6, high=7),
        C('12 fishermen had been killed', 'killed', 12, 'exact', 'other', tags='contradicted'),
        C('seized 14 fishermen', 'detained', 14, 'exact', 'other', id='h14'),
        C('Two of us were beaten to death', 'killed', 2, 'exact', 'other', sub='h14'),
        C('about 4,300 displaced people', 'displaced', 4300, 'approx', 'people'),
        C('26 people', 'injured', 26, 'exact', 'people', id='n26'),
        C('Three of them died', 'killed', 3, 'exact', 'people', sub='n26'),
        C('killed 72 jihadists', 'killed', 72, 'exact', 'fighters'),
        C('40 hostages', 'detained', 40, 'exact', 'people'),
        C('11 bodies', 'killed', 11, 'exact', 'people'),
        C('nearly 15,000 people were newly displaced', 'displaced', 15000, 'at-most', 'people'),
        C('two brothers were abducted', 'detained', 2, 'exact', 'men'),
    ],
    sources=[
        S('the island’s fishermen’s association', 'other'),
        S('Bakary Mahamat Kellou', 'other', form='name'),
        S('The army', 'military'),
        S('A senior officer at the Isseirom post', 'anonymous'),
        S('Abakar Issa', 'witness', form='name'),
        S('the sub-prefecture', 'official'),
        S('A nurse at the island’s only health centre', 'anonymous'),
        S('the army', 'military', nth=1),
        S('Fishermen', 'witness'),
        S('a fisherman', 'anonymous'),
        S('The governor of Lac province', 'official', form='role'),
        S('Humanitarian agencies', 'ngo'),
        S('the Norwegian Refugee Council', 'ngo'),
        S('Hadjé Falmata', 'witness', form='name'),
    ],
    numbers=[
        N('5,000 CFA francs', 'money'),
        N('2 million CFA francs', 'money'),
        N('29', 'age'),
        N('nine days', 'duration'),
        N('its 9,000 residents', 'population'),
        N('1,800 families', 'count-people'),
        N('about 600,000 CFA francs', 'money'),
        N('some 90 per cent', 'percentage'),
        N('the 1960s', 'year'),
        N('millions of people', 'population'),
        N('four countries', 'count-objects'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
