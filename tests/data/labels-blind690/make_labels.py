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

# ---------------------------------------------------------------- labels (blind set 690: cf01-cf08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('neutralised / neutralized / fell on the field of honour / martyrs / executed / buried / lost / killings',
     r'\bneutrali[sz]|\bfell\b|\bmartyrs\b|\bexecuted\b|\bburied\b|\blost\b|\bkillings\b'),
    ('captured / taken away / took away / apprehended', r'\bcaptured\b|\btaken away\b|\btook away\b|'
     r'\bapprehended\b'),
    ('crossed / new arrivals / left', r'\bcrossed\b|\barrivals\b|\bleft\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('VDP/volunteers/members/militiamen/martyrs', r'\b(?:VDP|volunteers|members|militiamen|martyrs)\b'),
    ('terrorists/assailants/leaders', r'\b(?:assailants|leaders)\b'),
    ('traders/community health workers/colleagues', r'\b(?:traders|health workers|colleagues)\b'),
    ('households/individuals/persons/suspects/nationals/Burkinabe', r'\b(?:households|individuals|persons|'
     r'suspects|nationals|Burkinabe)\b'),
    ('young men/brothers/grandchildren/officers', r'\b(?:young men|brothers|grandchildren|officers)\b'),
]

# cf01: jihadists storm the army detachment at Diabo, Gourma (AFP style, one sentence a paragraph, British
# spelling, curly quotes, en-dash dateline)
A['cf01.txt'] = dict(
    casualty=[
        C('killing at least 34 soldiers', 'killed', 34, 'at-least', 'soldiers', id='tot'),
        C('Around 20 other soldiers were wounded', 'injured', 20, 'approx', 'soldiers', id='w'),
        C('two officers', 'injured', 2, 'exact', 'soldiers', sub='w'),
        C('the toll at 41 dead', 'killed', 41, 'exact', 'soldiers', id='t41', tags='contradicted'),
        C('eight members', 'killed', 8, 'exact', 'soldiers', sub='t41'),
        C('killed “more than 60 soldiers', 'killed', 60, 'at-least', 'soldiers', tags='contradicted'),
        C('neutralised dozens of terrorists', 'killed', None, 'vague', 'fighters'),
        C('12 soldiers had been killed', 'killed', 12, 'exact', 'soldiers', tags='contradicted'),
        C('17 wounded', 'injured', 17, 'exact', 'soldiers', tags='contradicted'),
        C('the bodies of 19 civilians', 'killed', 19, 'exact', 'civilians', id='civ'),
        C('two children', 'killed', 2, 'exact', 'children', sub='civ'),
        C('abducted seven young men', 'detained', 7, 'exact', 'men'),
        C('two or three others had been shot dead', 'killed', None, 'range', 'men', low=2, high=3),
        C('Scores of wounded', 'injured', None, 'vague', 'people', id='dz'),
        C('Four of the wounded died', 'killed', 4, 'exact', 'people', sub='dz'),
        C('upwards of 3,000 residents have fled', 'displaced', 3000, 'at-least', 'civilians'),
        C('16 soldiers were killed', 'killed', 16, 'exact', 'soldiers'),
        C('killed more than 26,000 people', 'killed', 26000, 'at-least', 'people'),
        C('some 2 million Burkinabe have been displaced', 'displaced', 2000000, 'approx', 'people'),
    ],
    sources=[
        S('security sources', 'anonymous'),
        S('a security source in the region', 'anonymous'),
        S('the source', 'anonymous'),
        S('A second security source', 'anonymous'),
        S('The al-Qaeda-linked Group for the Support of Islam and Muslims (JNIM)', 'military'),
        S('Burkina Faso’s army', 'military'),
        S('state television RTB', 'media'),
        S('The army', 'military'),
        S('a military source in Fada N’Gourma', 'anonymous'),
        S('A resident of Diabo', 'witness', form='role'),
        S('the resident', 'witness', form='role'),
        S('Another resident', 'witness', form='role'),
        S('a health worker there', 'anonymous'),
        S('the health worker', 'anonymous'),
        S('a local humanitarian official', 'anonymous'),
        S('ACLED', 'ngo'),
    ],
    numbers=[
        N('hundreds', 'count-people'),
        N('5:00 am', 'time'),
        N('nearly four hours', 'duration'),
        N('11 vehicles', 'count-objects'),
        N('43-year-old', 'age'),
        N('about 70 kilometres', 'distance'),
        N('some 20,000 people', 'population'),
        N('almost eight months', 'duration'),
        N('August 2023', 'date'),
        N('September 2022', 'date'),
        N('2015', 'year'),
        N('2023', 'year', nth=1),
    ])

# cf02: militants attack the VDP post and market of Yargatenga, Koulpélogo (Reuters style, American
# spelling, straight quotes, Reuters dateline and sign-off)
A['cf02.txt'] = dict(
    casualty=[
        C('killed at least 22 members', 'killed', 22, 'at-least', 'soldiers', id='v22'),
        C('nine civilians', 'killed', 9, 'exact', 'civilians'),
        C('14 people had been wounded', 'injured', 14, 'exact', 'people', id='w14'),
        C('three children', 'injured', 3, 'exact', 'children', sub='w14'),
        C('between 10 and 15 traders were missing', 'missing', None, 'range', 'other', low=10, high=15),
        C('the death toll had risen to 37', 'killed', 37, 'exact', 'people', tags='update'),
        C('six more bodies', 'killed', 6, 'exact', 'people'),
        C('abducted "around a dozen" young men', 'detained', 12, 'approx', 'men'),
        C('killed 50 "militiamen"', 'killed', 50, 'exact', 'soldiers', tags='contradicted'),
        C('lost four of its own fighters', 'killed', 4, 'exact', 'fighters'),
        C('killing "several dozen terrorists"', 'killed', None, 'vague', 'fighters'),
        C('29 VDP members had been killed', 'killed', 29, 'exact', 'soldiers', tags='contradicted'),
        C('11 soldiers were wounded', 'injured', 11, 'exact', 'soldiers'),
        C('19 wounded', 'injured', 19, 'exact', 'people', id='h'),
        C('seven of them', 'injured', 7, 'exact', 'people', sub='h'),
        C('two died on arrival', 'killed', 2, 'exact', 'people', sub='h'),
        C('More than 4,500 people had fled', 'displaced', 4500, 'at-least', 'people'),
        C('nearly 8,000 displaced people', 'displaced', 8000, 'at-most', 'people'),
        C('killed tens of thousands of people', 'killed', None, 'vague', 'people'),
        C('forced more than 2 million from their homes', 'displaced', 2000000, 'at-least', 'people'),
    ],
    sources=[
        S('two local sources', 'anonymous'),
        S('a security source', 'anonymous'),
        S('a municipal councilor', 'anonymous'),
        S('The councilor', 'anonymous'),
        S('Issaka Ouedraogo', 'other', form='name'),
        S('Ouedraogo', 'other', nth=1, form='name'),
        S("Al Qaeda's Sahel affiliate JNIM", 'military'),
        S('the SITE Intelligence Group', 'ngo'),
        S("Burkina Faso's army", 'military'),
        S('A security source in Tenkodogo', 'anonymous'),
        S('hospital director Aminata Sawadogo', 'official', form='title-name'),
        S('Sawadogo', 'official', nth=1, form='name'),
        S('the provincial office of CONASUR', 'official'),
        S('the office', 'official'),
        S('aid agencies', 'ngo', form='collective'),
    ],
    numbers=[
        N('June 16', 'date'),
        N('two local sources', 'count-people'),
        N('about 50 motorcycles', 'count-objects'),
        N('6 a.m.', 'time'),
        N('hundreds of head of cattle', 'count-objects'),
        N('18 assault rifles', 'count-objects'),
        N('about 75 km', 'distance'),
        N('47 miles', 'distance'),
        N('about 30,000', 'population'),
        N('one of the deadliest', 'other'),
        N('September 2022', 'date'),
        N('2015', 'year'),
    ])

# cf03: the army's sweep around Tibga, Gourma, in the officialese of state media (AIB style, digits,
# British spelling, straight quotes, en-dash dateline)
A['cf03.txt'] = dict(
    casualty=[
        C('neutralised 47 terrorists', 'killed', 47, 'exact', 'fighters', id='n47'),
        C('3 leaders', 'killed', 3, 'exact', 'fighters', sub='n47'),
        C('apprehended 11 suspects', 'detained', 11, 'exact', 'people', id='s11'),
        C('2 foreign nationals', 'detained', 2, 'exact', 'people', sub='s11'),
        C('4 soldiers', 'killed', 4, 'exact', 'soldiers'),
        C('2 VDP fell on the field of honour', 'killed', 2, 'exact', 'soldiers'),
        C('9 others were wounded', 'injured', 9, 'exact', 'soldiers'),
        C('A number of terrorists were also wounded', 'injured', None, 'vague', 'fighters'),
        C('the 6 martyrs', 'killed', 6, 'exact', 'soldiers', tags='repeat'),
        C('the number of terrorists neutralised to 58', 'killed', 58, 'exact', 'fighters', tags='update'),
        C('the bodies of 11 others', 'killed', 11, 'exact', 'fighters'),
        C('up to 30 civilians were executed', 'killed', 30, 'at-most', 'civilians', tags='contradicted'),
        C('2 civilians wounded', 'injured', 2, 'exact', 'civilians'),
        C('approximately 1,240 persons', 'displaced', 1240, 'approx', 'people'),
    ],
    sources=[
        S('the General Staff of the Armies', 'military'),
        S('the communiqué', 'military'),
        S('the communiqué', 'military', nth=1),
        S('the General Staff', 'military', nth=1),
        S('The General Staff', 'military'),
        S('certain foreign media', 'media'),
        S('human rights organisations', 'ngo', form='collective'),
        S('the communiqué', 'military', nth=2),
        S('The Regional Directorate of Health of the Est', 'official'),
        S('the Governor of the Est region, Colonel Adama Zongo', 'official', form='title-name'),
        S('The Minister of State, Minister of Defence and Veterans Affairs', 'military', form='role'),
    ],
    numbers=[
        N('10 June 2025', 'date'),
        N('3 to 7 June', 'date'),
        N('Operation Tanli 2', 'other'),
        N('several terrorist bases', 'count-objects'),
        N('18 months', 'duration'),
        N('6 motorcycles', 'count-objects'),
        N('2 pick-up vehicles', 'count-objects'),
        N('8 June', 'date'),
        N('9 June', 'date'),
        N('45 tonnes', 'quantity'),
        N('600 bags', 'count-objects'),
        N('380 vulnerable households', 'count-people'),
        N('1010', 'other'),
        N('16', 'other'),
        N('71%', 'percentage'),
    ])

# cf04: an NGO statement on the blockade of Comin-Yanga, Koulpélogo (first person plural, demands, notes to
# editors, British spelling, curly quotes, en-dash asides)
A['cf04.txt'] = dict(
    casualty=[
        C('At least 16 people', 'killed', 16, 'at-least', 'people', id='t16'),
        C('five children', 'killed', 5, 'exact', 'children', sub='t16'),
        C('two of our community health workers', 'detained', 2, 'exact', 'other'),
        C('nine of them died', 'killed', 9, 'exact', 'children'),
        C('two dozen wounded people', 'injured', 24, 'exact', 'people', id='w23'),
        C('8 women', 'injured', 8, 'exact', 'women', sub='w23'),
        C('6 children', 'injured', 6, 'exact', 'children', sub='w23'),
        C('Three of them died', 'killed', 3, 'exact', 'people', sub='w23'),
        C('killed at least 11 civilians', 'killed', 11, 'at-least', 'civilians'),
        C('neutralised about 40 terrorists', 'killed', 40, 'approx', 'fighters'),
        C('fewer than 10 civilians had been hurt', 'injured', 10, 'at-most', 'civilians', tags='contradicted'),
        C('7 health workers were killed', 'killed', 7, 'exact', 'other'),
        C('our two colleagues', 'detained', 2, 'exact', 'other', tags='repeat'),
    ],
    sources=[
        S('the medical organisation Alliance Médicale pour le Sahel (AMS)', 'ngo'),
        S('Dr Clarisse Yaméogo', 'ngo', form='title-name'),
        S('Local authorities in Comin-Yanga', 'official', form='collective'),
        S('The army', 'military'),
        S('Residents', 'witness'),
        S('Mariam Kaboré', 'witness', form='name'),
        S('UN estimates', 'ngo', form='document'),
        S('The World Health Organization', 'ngo'),
    ],
    numbers=[
        N('24 June 2025', 'date'),
        N('around 45,000', 'population'),
        N('October 2024', 'date'),
        N('11 weeks', 'duration'),
        N('17 June', 'date'),
        N('312 children', 'count-people'),
        N('20 June', 'date'),
        N('20 June', 'date', nth=1),
        N('50kg', 'quantity'),
        N('45,000 CFA francs', 'money'),
        N('nearly three times', 'other'),
        N('14 water points', 'count-objects'),
        N('only 5', 'count-objects'),
        N('29', 'age'),
        N('more than 40 towns', 'count-objects'),
        N('some 1 million people', 'count-people'),
        N('29 attacks', 'count-objects'),
        N('14 critically ill children', 'count-people'),
        N('2009', 'year'),
        N('22 health facilities', 'count-objects'),
        N('+226 70 12 48 36', 'other'),
    ])

# cf05: a UN OCHA-style flash update on the attack on Thion, Gnagna, and the displacement that followed
# (title, highlights, sections, bullet lists, digits, "per cent")
A['cf05.txt'] = dict(
    casualty=[
        C('killing at least 27 civilians', 'killed', 27, 'at-least', 'civilians'),
        C('An estimated 9,800 people have been displaced', 'displaced', 9800, 'approx', 'people'),
        C('31 people were injured', 'injured', 31, 'exact', 'people'),
        C('6 remain missing', 'missing', 6, 'exact', 'people'),
        C('27 civilians were killed', 'killed', 27, 'exact', 'civilians', id='o27', tags='repeat'),
        C('9 children', 'killed', 9, 'exact', 'children', sub='o27'),
        C('4 women', 'killed', 4, 'exact', 'women', sub='o27'),
        C('31 others were injured', 'injured', 31, 'exact', 'civilians', id='o31', tags='repeat'),
        C('4 VDP were killed', 'killed', 4, 'exact', 'soldiers'),
        C('6 people', 'missing', 6, 'exact', 'people', tags='repeat'),
        C('neutralised more than 50 assailants', 'killed', 50, 'at-least', 'fighters'),
        C('1,412 households', 'displaced', 1412, 'exact', 'people'),
        C('9,812 individuals', 'displaced', 9812, 'exact', 'people', id='r'),
        C('150–200 people have fled', 'displaced', None, 'range', 'people', low=150, high=200),
        C('About 3,100 displaced people', 'displaced', 3100, 'approx', 'people', sub='r'),
        C('2,062,534 internally displaced persons', 'displaced', 2062534, 'exact', 'people'),
        C('18 of the injured', 'injured', 18, 'exact', 'civilians', id='ev', sub='o31'),
        C('2 of them have since died', 'killed', 2, 'exact', 'civilians', sub='ev'),
        C('at least 14 men were abducted', 'detained', 14, 'at-least', 'men'),
        C('8 young men were arrested', 'detained', 8, 'exact', 'men'),
    ],
    sources=[
        S('local authorities', 'official', form='collective'),
        S('local authorities', 'official', nth=1, form='collective'),
        S('Partners', 'ngo', form='collective'),
        S('The Government', 'official'),
        S('the regional directorate of CONASUR', 'official'),
        S('the last official figures', 'official', form='document'),
        S('the regional health directorate', 'official'),
        S('Partners', 'ngo', nth=1, form='collective'),
    ],
    numbers=[
        N('No. 2', 'other'),
        N('27 June 2025', 'date'),
        N('22 June', 'date'),
        N('6 surrounding villages', 'count-objects'),
        N('5 weeks', 'duration'),
        N('22 June', 'date', nth=1),
        N('16:00', 'time'),
        N('several hundred armed men', 'count-people'),
        N('24 June', 'date'),
        N('26 June', 'date'),
        N('two schools', 'count-objects'),
        N('about 62 per cent', 'percentage'),
        N('24 per cent', 'percentage'),
        N('March 2023', 'date'),
        N('an estimated 120 tonnes', 'quantity'),
        N('12,000 people', 'count-people'),
        N('30 days', 'duration'),
        N('43 unaccompanied children', 'count-people'),
        N('about 15,000 people', 'population'),
        N('at least 3 weeks', 'duration'),
        N('2025', 'year', nth=1),
        N('US$ 760 million', 'money'),
        N('14 per cent', 'percentage'),
        N('+226 25 49 60 11', 'other'),
    ])

# cf06: survivors describe killings of Fulani herders around Sangha, Koulpélogo (a broadcaster's website:
# headline and byline, British spelling, curly quotes)
A['cf06.txt'] = dict(
    casualty=[
        C('dozens of civilians', 'killed', None, 'vague', 'civilians'),
        C('58 people killed', 'killed', 58, 'exact', 'people', id='l58'),
        C('21 children', 'killed', 21, 'exact', 'children', sub='l58'),
        C('13 women', 'killed', 13, 'exact', 'women', sub='l58'),
        C('two brothers', 'killed', 2, 'exact', 'men'),
        C('11 members of her extended family had been killed', 'killed', 11, 'exact', 'people', id='f11'),
        C('four of her grandchildren', 'killed', 4, 'exact', 'children', sub='f11'),
        C('at least 47 killings', 'killed', 47, 'at-least', 'people', tags='contradicted'),
        C('15 to 20 men', 'missing', None, 'range', 'men', low=15, high=20),
        C('killing a dozen volunteers', 'killed', 12, 'exact', 'soldiers'),
        C('neutralised 63 terrorists', 'killed', 63, 'exact', 'fighters', tags='contradicted'),
        C('two soldiers', 'injured', 2, 'exact', 'soldiers'),
        C('five VDP had been wounded', 'injured', 5, 'exact', 'soldiers'),
        C('more than 1,600 people had crossed', 'displaced', 1600, 'at-least', 'people', id='x'),
        C('As many as 900 of them', 'displaced', 900, 'at-most', 'people', sub='x'),
    ],
    sources=[
        S('Survivors and relatives', 'witness', form='collective'),
        S('a Fulani community association, Jam Pulaaku', 'other'),
        S('Amadou Diallo', 'witness', form='name'),
        S('Another survivor', 'witness', form='role'),
        S('The Citizens’ Human Rights Observatory (OCDH)', 'ngo'),
        S('a local official', 'anonymous'),
        S('government spokesman Jean-Baptiste Tapsoba', 'official', form='title-name'),
        S('The UN refugee agency, UNHCR', 'ngo'),
        S('the agency', 'ngo'),
        S('Rights groups', 'ngo', form='collective'),
        S('The authorities', 'official', form='collective'),
        S('Mr Diallo', 'witness', form='name'),
    ],
    numbers=[
        N('11 and 12 June', 'date'),
        N('seven months old', 'age'),
        N('34-year-old', 'age'),
        N('six hamlets', 'count-objects'),
        N('three days', 'duration'),
        N('12 June', 'date', nth=1),
        N('about 25,000 people', 'population'),
        N('some 30km', 'distance'),
        N('several such mass killings', 'count-objects'),
        N('2023', 'year'),
        N('16 relatives', 'count-people'),
    ])

# cf07: an ambush on a supply convoy bound for blockaded Yamba, Gourma (AP style, em-dash dateline,
# American spelling, straight quotes, AP contributor line)
A['cf07.txt'] = dict(
    casualty=[
        C('killing at least 19 soldiers', 'killed', 19, 'at-least', 'soldiers'),
        C('dozens of civilians', 'killed', None, 'vague', 'civilians'),
        C('27 soldiers were wounded', 'injured', 27, 'exact', 'soldiers'),
        C('10-12 soldiers were still unaccounted for', 'missing', None, 'range', 'soldiers', low=10, high=12),
        C('a handful had been taken prisoner', 'detained', None, 'vague', 'soldiers', tags='contradicted'),
        C('the bodies of 34 civilians', 'killed', 34, 'exact', 'civilians'),
        C('killed "more than 50 soldiers', 'killed', 50, 'at-least', 'soldiers', tags='contradicted'),
        C('captured five', 'detained', 5, 'exact', 'soldiers', tags='contradicted'),
        C('dozens of terrorists were neutralized', 'killed', None, 'vague', 'fighters'),
        C('41 wounded', 'injured', 41, 'exact', 'people', id='h'),
        C('29 of them soldiers', 'injured', 29, 'exact', 'soldiers', sub='h'),
        C('three had died', 'killed', 3, 'exact', 'people', sub='h'),
        C('Hundreds of families have been leaving', 'displaced', None, 'vague', 'people'),
        C('Roughly 2,700 people have fled', 'displaced', 2700, 'approx', 'people'),
        C('killed over 50 people', 'killed', 50, 'at-least', 'people'),
        C('forced more than 2 million people from their homes', 'displaced', 2000000, 'at-least', 'people'),
    ],
    sources=[
        S('two security officials', 'anonymous'),
        S('a resident', 'witness', form='role'),
        S('the officials', 'anonymous'),
        S('One of the officials', 'anonymous'),
        S('The second official', 'anonymous'),
        S('A Yamba resident', 'witness', form='role'),
        S('the resident', 'witness', form='role'),
        S('JNIM', 'military'),
        S("Burkina Faso's army", 'military'),
        S('state broadcaster RTB', 'media'),
        S('a doctor', 'anonymous'),
        S('residents', 'witness'),
        S('Bernard Ouoba', 'ngo', form='name'),
        S('Ouoba', 'ngo', nth=1, form='name'),
        S('a government statement', 'official', form='document'),
        S('the U.N.', 'ngo'),
    ],
    numbers=[
        N('two security officials', 'count-people'),
        N('about 150 trucks', 'count-objects'),
        N('about 25 kilometers', 'distance'),
        N('15 miles', 'distance'),
        N('One of the officials', 'count-people'),
        N('at least 40 trucks', 'count-objects'),
        N('one of the trucks', 'count-objects'),
        N('one by one', 'other'),
        N('some 12,000 people', 'population'),
        N('early 2023', 'date'),
        N('two months', 'duration'),
        N('60,000 CFA francs', 'money'),
        N('about $105', 'money'),
        N('September 2022', 'date'),
    ])

# cf08: life in blockaded Tanwalbougou, Gourma (a newspaper's own correspondent: headline, "From our
# correspondent" line, first person, present-tense "says", em-dash asides, curly quotes, British spelling)
A['cf08.txt'] = dict(
    casualty=[
        C('buried at least 63 people', 'killed', 63, 'at-least', 'people'),
        C('48 people killed', 'killed', 48, 'exact', 'people'),
        C('17 dead', 'killed', 17, 'exact', 'people', id='m17'),
        C('nine of them children', 'killed', 9, 'exact', 'children', sub='m17'),
        C('twenty-three VDP', 'killed', 23, 'exact', 'soldiers'),
        C('six soldiers have died', 'killed', 6, 'exact', 'soldiers'),
        C('almost 30 residents have been abducted', 'detained', 30, 'at-most', 'civilians'),
        C('thousands of them have now left', 'displaced', None, 'vague', 'civilians'),
        C('112 fighters neutralised', 'killed', 112, 'exact', 'fighters'),
        C('4 soldiers were wounded', 'injured', 4, 'exact', 'soldiers'),
        C('Two died this week', 'killed', 2, 'exact', 'children'),
        C('took away three men', 'detained', 3, 'exact', 'men'),
        C('3,460 new arrivals', 'displaced', 3460, 'exact', 'people'),
        C('the 180,000 displaced people', 'displaced', 180000, 'exact', 'people'),
    ],
    sources=[
        S('Hamidou Lompo', 'witness', form='name'),
        S('The town’s mayor', 'official', form='role'),
        S('The mayor', 'official', form='role'),
        S('The army', 'military'),
        S('the regional military command', 'military'),
        S('The officer', 'anonymous'),
        S('a nurse', 'anonymous'),
        S('the UN', 'ngo'),
        S('Lompo', 'witness', nth=1, form='name'),
        S('the provincial directorate of social action', 'official'),
        S('Lompo', 'witness', nth=2, form='name'),
    ],
    numbers=[
        N('45 kilometres', 'distance'),
        N('RN4', 'other'),
        N('52', 'age'),
        N('five children', 'count-people'),
        N('about 9,000 inhabitants', 'population'),
        N('14 of their bases', 'count-objects'),
        N('11 children', 'count-people'),
        N('18 tonnes', 'quantity'),
        N('some 38,000 people', 'count-people'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
