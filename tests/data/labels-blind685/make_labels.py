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

# ---------------------------------------------------------------- labels (blind set 685: xh01-xh08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('neutralised / neutralized / fell on the field of honour / fallen heroes / executed / shot dead',
     r'\bneutrali[sz]ed\b|\bfield of honour\b|\bfallen\b|\bexecuted\b|\bshot dead\b'),
    ('bury / buried / pulled / washed up / lost (fighters)', r'\bbur(?:y|ied)\b|\bpulled\b|\bwashed up\b|\blost\b'),
    ('took away / taken / detainees / in captivity / still being held / detention',
     r'\btook away\b|\btaken\b|\bdetainees\b|\bcaptivity\b|\bbeing held\b|\bdetention\b'),
    ('crossed / new arrivals / registered / sheltering / refugees / sought refuge',
     r'\bcrossed\b|\barrivals\b|\bregistered\b|\bsheltering\b|\brefugees?\b|\bsought refuge\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('mercenaries/instructors/elements/members/combatants',
     r'\b(?:mercenaries|instructors|elements|members|combatants)\b'),
    ('households/families/persons/suspects/foreign nationals/detainees/refugees/arrivals/Central Africans',
     r'\b(?:households|families|persons|suspects|nationals|detainees|refugees|arrivals|Central Africans)\b'),
    ('young men/Fulani men/brothers/newborn', r'\b(?:young men|Fulani men|brothers|newborn)\b'),
    ('heroes/community health workers/patients', r'\b(?:heroes|community health workers|patients)\b'),
]

# xh01: militiamen storm a displacement camp at Mapoka (AFP style, one sentence a paragraph, British
# spelling, curly quotes, en-dash dateline)
A['xh01.txt'] = dict(
    casualty=[
        C('killing at least 19 civilians', 'killed', 19, 'at-least', 'civilians', id='tot'),
        C('seven children', 'killed', 7, 'exact', 'children', sub='tot'),
        C('bury 23 bodies', 'killed', 23, 'exact', 'people', tags='contradicted'),
        C('upwards of 40 people had been wounded', 'injured', 40, 'at-least', 'people'),
        C('at least 17 dead', 'killed', 17, 'at-least', 'people', tags='contradicted'),
        C('26 injured people', 'injured', 26, 'exact', 'people', id='ev'),
        C('the death toll at 21', 'killed', 21, 'exact', 'people', tags='contradicted'),
        C('38 people had been wounded', 'injured', 38, 'exact', 'people', tags='contradicted'),
        C('11 were still unaccounted for', 'missing', 11, 'exact', 'people'),
        C('the toll to 25', 'killed', 25, 'exact', 'people', tags='update'),
        C('four of the injured', 'killed', 4, 'exact', 'people', sub='ev'),
        C('several of the wounded', 'injured', None, 'vague', 'people', sub='ev'),
        C('killed “a dozen UPC mercenaries”', 'killed', 12, 'exact', 'fighters', tags='contradicted'),
        C('About 3,000 displaced people', 'displaced', 3000, 'approx', 'people', id='site'),
        C('some 1,200 of them had crossed', 'displaced', 1200, 'approx', 'people', sub='site'),
        C('abducted four to six young men', 'detained', None, 'range', 'men', low=4, high=6),
        C('killed hundreds of civilians', 'killed', None, 'vague', 'civilians'),
        C('forced more than 30,000 people from their homes', 'displaced', 30000, 'at-least', 'people'),
    ],
    sources=[
        S('local sources', 'anonymous'),
        S('a camp leader', 'anonymous'),
        S('The UN peacekeeping mission, MINUSCA', 'military'),
        S('The mission', 'military'),
        S('Haut-Mbomou’s prefect, Célestin Ngbaya', 'official', form='title-name'),
        S('state radio', 'media'),
        S('Ngbaya', 'official', nth=1, form='name'),
        S('A doctor in Zemio', 'anonymous'),
        S('A spokesman for the AAKG', 'military', form='role'),
        S('aid workers in the area', 'ngo', form='collective'),
        S('the UN refugee agency, UNHCR', 'ngo'),
        S('Residents', 'witness'),
        S('the UN humanitarian office, OCHA', 'ngo'),
    ],
    numbers=[
        N('2023', 'year'),
        N('half past six', 'time'),
        N('one by one', 'other'),
        N('some 60 kilometres', 'distance'),
        N('two armoured vehicles', 'count-objects'),
        N('2023', 'year', nth=1),
        N('2024', 'year'),
        N('5.5 million people', 'population'),
        N('2013', 'year'),
    ])

# xh02: UPC ambush near Atongo-Bakari and reprisals (Reuters style, American spelling, straight quotes,
# Reuters dateline and sign-off)
A['xh02.txt'] = dict(
    casualty=[
        C('killing eight soldiers', 'killed', 8, 'exact', 'soldiers'),
        C('two Russian instructors', 'killed', 2, 'exact', 'soldiers'),
        C('13 soldiers had been wounded', 'injured', 13, 'exact', 'soldiers', id='w'),
        C('five of them', 'injured', 5, 'exact', 'soldiers', sub='w'),
        C('three others were missing', 'missing', 3, 'exact', 'soldiers'),
        C('"neutralized" 31 rebels', 'killed', 31, 'exact', 'fighters', tags='contradicted'),
        C('six dead', 'killed', 6, 'exact', 'soldiers', tags='contradicted'),
        C('lost four fighters', 'killed', 4, 'exact', 'fighters', tags='contradicted'),
        C('killed more than 20 government soldiers', 'killed', 20, 'at-least', 'soldiers', tags='contradicted'),
        C('buried his two brothers', 'killed', 2, 'exact', 'men'),
        C('the killing of at least 14 civilians', 'killed', 14, 'at-least', 'civilians', tags='contradicted'),
        C('the arrest of around 30 men', 'detained', 30, 'approx', 'men', id='arr'),
        C('nine of whom were still being held', 'detained', 9, 'exact', 'men', sub='arr'),
        C('fewer than 20 suspects had been detained', 'detained', 20, 'at-most', 'people', tags='contradicted'),
        C('22 wounded people', 'injured', 22, 'exact', 'people', id='hosp'),
        C('nine soldiers', 'injured', 9, 'exact', 'soldiers', sub='hosp'),
        C('a handful of civilians', 'injured', None, 'vague', 'civilians', sub='hosp'),
        C('Two of them died', 'killed', 2, 'exact', 'people', sub='hosp'),
        C('More than 4,500 people have fled', 'displaced', 4500, 'at-least', 'people'),
        C('some 450,000 Central Africans are internally displaced', 'displaced', 450000, 'approx', 'people'),
        C('nearly 750,000 live as refugees', 'displaced', 750000, 'at-most', 'people'),
    ],
    sources=[
        S('two military sources', 'anonymous'),
        S('A Central African army officer in Bambari', 'anonymous'),
        S('Government spokesman Parfait Kossi-Yamba', 'official', form='title-name'),
        S('national radio', 'media'),
        S('The UPC', 'military'),
        S('A Western diplomat in Bangui', 'anonymous'),
        S('Residents of Atongo-Bakari', 'witness'),
        S('Jean-Pierre Wanzé', 'witness', form='name'),
        S('A local rights group, the Ouaka Human Rights Observatory', 'ngo'),
        S('Army spokesman Lieutenant-Colonel Ghislain Doko-Mbari', 'military', form='title-name'),
        S("the hospital's director, Dr. Aristide Gbazou", 'official', form='title-name'),
        S('the U.N. peacekeeping mission MINUSCA', 'military'),
        S('Moscow', 'official'),
        S('The United Nations', 'ngo'),
    ],
    numbers=[
        N('Oct 14', 'date'),
        N('two military sources', 'count-people'),
        N('about 45 km', 'distance'),
        N('28 miles', 'distance'),
        N('2021', 'year'),
        N('six vehicles', 'count-objects'),
        N('2019', 'year'),
        N('47-year-old', 'age'),
        N('12-year-old', 'age'),
        N('48 hours', 'duration'),
        N('about 1,500 military personnel', 'count-people'),
    ])

# xh03: FACA operation around Ngakobo in the officialese of the state news agency (digits, British
# spelling, straight quotes, en-dash dateline)
A['xh03.txt'] = dict(
    casualty=[
        C('neutralised 27 terrorists', 'killed', 27, 'exact', 'fighters'),
        C('wounded up to 10 others', 'injured', 10, 'at-most', 'fighters'),
        C('the arrest of 12 suspects', 'detained', 12, 'exact', 'people'),
        C('3 FACA elements fell on the field of honour', 'killed', 3, 'exact', 'soldiers'),
        C('7 others were wounded', 'injured', 7, 'exact', 'soldiers', id='w'),
        C('2 of them', 'injured', 2, 'exact', 'soldiers', sub='w'),
        C('the 12 suspects arrested', 'detained', 12, 'exact', 'people', id='r12', tags='repeat'),
        C('2 foreign nationals', 'detained', 2, 'exact', 'people', sub='r12'),
        C('the number of terrorists neutralised to 34', 'killed', 34, 'exact', 'fighters', tags='update'),
        C('the bodies of 7 other terrorists', 'killed', 7, 'exact', 'fighters'),
        C('the 3 fallen heroes', 'killed', 3, 'exact', 'soldiers', tags='repeat'),
        C('approximately fifteen civilians were executed', 'killed', 15, 'approx', 'civilians', tags='contradicted'),
        C('killed 5 civilians', 'killed', 5, 'exact', 'civilians'),
        C('abducted 9 others', 'detained', 9, 'exact', 'civilians', id='ab'),
        C('4 women', 'detained', 4, 'exact', 'women', sub='ab'),
        C('214 households', 'displaced', 214, 'exact', 'people'),
        C('1,127 persons', 'displaced', 1127, 'exact', 'people'),
    ],
    sources=[
        S('the Ministry of Defence and Army Reconstruction', 'military'),
        S('the Chief of Staff of the Armed Forces, General Anicet Wabangou', 'military', form='title-name'),
        S('national radio', 'media'),
        S('The communiqué', 'military', form='document'),
        S('the General Staff', 'military'),
        S('the Minister of Defence, Jean-Sylvestre Yakité', 'military', form='title-name'),
        S('the Minister', 'military', nth=1, form='role'),
        S('The Ministry', 'military'),
        S('certain national and international NGOs', 'ngo'),
        S('the Ministry', 'military', nth=1),
        S('the prefect of Ouaka, Mr Hervé Ngombé', 'official', form='title-name'),
        S('the sub-prefect of the locality, Mrs Eugénie Nzapa-Yéké', 'official', form='title-name'),
    ],
    numbers=[
        N('16 October 2025', 'date'),
        N('11 October', 'date'),
        N('9 weapons of war', 'count-objects'),
        N('2 motorcycles', 'count-objects'),
        N('140 rounds of ammunition', 'count-objects'),
        N('some 5 kilometres', 'distance'),
        N('72 hours', 'duration'),
        N('more than 600 workers', 'count-people'),
        N('2 weeks', 'duration'),
        N('1212', 'other'),
        N('6 February 2019', 'date'),
        N('2020', 'year'),
        N('January 2021', 'date'),
    ])

# xh04: armed men attack the Niakari health centre (NGO statement: headline, en-dash dateline, first
# person plural, demands and notes to editors, British spelling, curly quotes, en-dash asides)
A['xh04.txt'] = dict(
    casualty=[
        C('two health workers killed', 'killed', 2, 'exact', 'other'),
        C('Two of our health workers were killed', 'killed', 2, 'exact', 'other', tags='repeat'),
        C('at least nine patients were injured', 'injured', 9, 'at-least', 'people', id='inj'),
        C('Three of the injured are women', 'injured', 3, 'exact', 'women', sub='inj'),
        C('one newborn is still missing', 'missing', 1, 'exact', 'children'),
        C('Four of the injured patients are children', 'injured', 4, 'exact', 'children', sub='inj'),
        C('A number of patients', 'missing', None, 'vague', 'people'),
        C('14 wounded people', 'injured', 14, 'exact', 'people', id='t14'),
        C('two of them have died', 'killed', 2, 'exact', 'people', sub='t14'),
        C('abducted two SSM-supported community health workers', 'detained', 2, 'exact', 'other'),
        C('several young men', 'detained', None, 'vague', 'men'),
        C('as many as 2,500 people have fled', 'displaced', 2500, 'at-most', 'people'),
        C('1,400 people were already sheltering', 'displaced', 1400, 'exact', 'people'),
        C('11 health workers were killed', 'killed', 11, 'exact', 'other'),
        C('the two abducted health workers', 'detained', 2, 'exact', 'other', tags='repeat'),
    ],
    sources=[
        S('Solidarité Santé Mbomou (SSM)', 'ngo'),
        S('Dr Rodrigue Yakité', 'ngo', form='title-name'),
        S('Yakité', 'ngo', nth=1, form='name'),
        S('Residents', 'witness'),
        S('Florent Ndimba', 'witness', form='name'),
        S('The local authorities', 'official'),
        S('The UN peacekeeping mission, MINUSCA', 'military'),
        S('the World Health Organization', 'ngo'),
    ],
    numbers=[
        N('4 November 2025', 'date'),
        N('2 November', 'date'),
        N('around 30 men', 'count-people'),
        N('11 pm', 'time'),
        N('under five', 'age'),
        N('more than seven hours', 'duration'),
        N('two hours', 'duration'),
        N('2017', 'year'),
        N('3 November', 'date'),
        N('some 22,000 people', 'population'),
        N('70-kilometre', 'distance'),
        N('about 1,800 consultations', 'count-objects'),
        N('48 attacks on health care', 'count-objects'),
        N('2024', 'year'),
        N('30 days', 'duration'),
        N('2016', 'year'),
        N('9 health facilities', 'count-objects'),
        N('+236 72 45 18 09', 'other'),
    ])

# xh05: AAKG-UPC clashes around Kitessa (UN OCHA-style flash update: title, highlights, sections,
# bullet lists, digits, "per cent")
A['xh05.txt'] = dict(
    casualty=[
        C('At least 14 civilians killed', 'killed', 14, 'at-least', 'civilians'),
        C('27 injured', 'injured', 27, 'exact', 'civilians'),
        C('An estimated 7,800 people displaced', 'displaced', 7800, 'approx', 'people'),
        C('Some 900 people crossed', 'displaced', 900, 'approx', 'people'),
        C('killed at least 14 civilians', 'killed', 14, 'at-least', 'civilians', id='k', tags='repeat'),
        C('injured 27 others', 'injured', 27, 'exact', 'civilians', tags='repeat'),
        C('5 children', 'killed', 5, 'exact', 'children', sub='k'),
        C('3 women', 'killed', 3, 'exact', 'women', sub='k'),
        C('6 people remain missing', 'missing', 6, 'exact', 'people'),
        C('8 combatants were killed', 'killed', 8, 'exact', 'fighters'),
        C('an estimated 7,800 people', 'displaced', 7800, 'approx', 'people', id='d', tags='repeat'),
        C('1,560 households', 'displaced', 1560, 'exact', 'people'),
        C('3,100 people are sheltering', 'displaced', 3100, 'exact', 'people', sub='d'),
        C('2,400', 'displaced', 2400, 'exact', 'people', sub='d'),
        C('approximately 1,400', 'displaced', 1400, 'approx', 'people', sub='d'),
        C('some 900 crossed', 'displaced', 900, 'approx', 'people', sub='d', tags='repeat'),
        C('at least 19 people', 'detained', 19, 'at-least', 'people', id='ab'),
        C('7 young men', 'detained', 7, 'exact', 'men', sub='ab'),
        C('12 remain in captivity', 'detained', 12, 'exact', 'people', sub='ab'),
        C('150–200 people', 'displaced', None, 'range', 'people', low=150, high=200),
        C('23 wounded', 'injured', 23, 'exact', 'people', id='h'),
        C('9 of them', 'injured', 9, 'exact', 'people', sub='h'),
        C('2 died', 'killed', 2, 'exact', 'people', sub='h'),
    ],
    sources=[
        S('local authorities', 'official'),
        S('Partners', 'ngo'),
        S('MINUSCA', 'military'),
        S('the Population Movement Commission', 'ngo'),
        S('IOM', 'ngo'),
        S('UNHCR', 'ngo'),
        S('Protection partners', 'ngo'),
        S('Partners', 'ngo', nth=1),
        S('Partners', 'ngo', nth=2),
        S('the district health authorities', 'official'),
    ],
    numbers=[
        N('Flash Update No. 2', 'other'),
        N('21 October 2025', 'date'),
        N('between 15 and 18 October', 'date'),
        N('62 per cent', 'percentage'),
        N('Between 15 and 18 October', 'date'),
        N('about 35 km', 'distance'),
        N('19 October', 'date'),
        N('between 16 and 19 October', 'date'),
        N('11 incidents of gender-based violence', 'count-objects'),
        N('one week', 'duration'),
        N('2 mobile clinics', 'count-objects'),
        N('45 tonnes', 'quantity'),
        N('3,500 people', 'count-people'),
        N('3 of the 8 water points', 'count-objects'),
        N('about 15 litres', 'quantity'),
        N('2025', 'year', nth=1),
        N('US$326 million', 'money'),
        N('41 per cent', 'percentage'),
        N('US$1.2 million', 'money'),
        N('3 days', 'duration'),
    ])

# xh06: villagers flee Ngouyo for South Sudan (a broadcaster's website: headline and byline, British
# spelling, curly quotes, en-dash aside)
A['xh06.txt'] = dict(
    casualty=[
        C('thousands flee', 'displaced', None, 'vague', 'people'),
        C('Over 2,000 people', 'displaced', 2000, 'at-least', 'people'),
        C('killing at least 12 people', 'killed', 12, 'at-least', 'people'),
        C('17 people had been killed', 'killed', 17, 'exact', 'people', id='k', tags='contradicted'),
        C('13 civilians', 'killed', 13, 'exact', 'civilians', sub='k'),
        C('four members', 'killed', 4, 'exact', 'fighters', sub='k'),
        C('lost three fighters', 'killed', 3, 'exact', 'fighters'),
        C('2,340 new arrivals', 'displaced', 2340, 'exact', 'people'),
        C('500 people had crossed', 'displaced', 500, 'exact', 'people'),
        C('31 wounded people', 'injured', 31, 'exact', 'people', id='w'),
        C('nine children', 'injured', 9, 'exact', 'children', sub='w'),
        C('two had died', 'killed', 2, 'exact', 'people', sub='w'),
        C('around 600 displaced people', 'displaced', 600, 'approx', 'people'),
        C('14 people were missing', 'missing', 14, 'exact', 'people'),
        C('roughly 20,000 refugees', 'displaced', 20000, 'approx', 'people'),
        C('more than 200,000 Central Africans have sought refuge', 'displaced', 200000, 'at-least', 'people'),
        C('tens of thousands more have fled', 'displaced', None, 'vague', 'people'),
    ],
    sources=[
        S('aid agencies', 'ngo', form='collective'),
        S('Survivors', 'witness'),
        S('Marthe Ngbakpa', 'witness', form='name'),
        S('Survivors', 'witness', nth=1),
        S('A local official in the prefecture', 'anonymous'),
        S('A UPC spokesman', 'military', form='role'),
        S('The UN refugee agency, UNHCR', 'ngo'),
        S('The state’s refugee affairs commissioner, Emmanuel Ruati', 'official', form='title-name'),
        S('Medical staff at the clinic in Nabiapai', 'anonymous'),
        S('Peter Lado', 'ngo', form='name'),
        S('the UN peacekeeping mission, MINUSCA', 'military'),
        S('residents', 'witness'),
        S('aid workers', 'ngo', form='collective'),
        S('UNHCR', 'ngo', nth=1),
        S('The UN’s World Food Programme', 'ngo'),
    ],
    numbers=[
        N('8 October', 'date'),
        N('34', 'age'),
        N('four days', 'duration'),
        N('9 October', 'date'),
        N('2023', 'year'),
        N('about three days', 'duration'),
        N('50%', 'percentage'),
    ])

# xh07: gunmen fire on canoes crossing the Mbomou River from Bema (AP style, em-dash dateline, American
# spelling, straight quotes, AP contributor line)
A['xh07.txt'] = dict(
    casualty=[
        C('killing at least 16 people', 'killed', 16, 'at-least', 'people'),
        C('thousands fled', 'displaced', None, 'vague', 'people'),
        C('11 bodies had been pulled', 'killed', 11, 'exact', 'people'),
        C('between 20 and 25 people were still missing', 'missing', None, 'range', 'people', low=20, high=25),
        C('three of them died', 'killed', 3, 'exact', 'people'),
        C('nine of its fighters had been killed', 'killed', 9, 'exact', 'fighters'),
        C('detained dozens of Fulani men', 'detained', None, 'vague', 'men', id='dz'),
        C('the bodies of at least four of them', 'killed', 4, 'at-least', 'men', sub='dz'),
        C('the toll to 19', 'killed', 19, 'exact', 'people', tags='update'),
        C('eight more bodies', 'killed', 8, 'exact', 'people'),
        C('about 3,500 refugees had been registered', 'displaced', 3500, 'approx', 'people'),
        C('27 wounded', 'injured', 27, 'exact', 'people', id='w'),
        C('14 of the wounded', 'injured', 14, 'exact', 'people', sub='w'),
        C('arrested six suspected UPC fighters', 'detained', 6, 'exact', 'fighters'),
        C('almost 8,000 people had been displaced', 'displaced', 8000, 'at-most', 'people'),
        C('killed more than 300 people', 'killed', 300, 'at-least', 'people'),
    ],
    sources=[
        S('officials on both sides of the river', 'official'),
        S("Bema's sub-prefect, Honoré Zanifé", 'official', form='title-name'),
        S('Witnesses', 'witness'),
        S('Gilbert Sangadé', 'witness', form='name'),
        S('The UPC', 'military'),
        S('a UPC spokesman', 'military', form='role'),
        S('Residents', 'witness'),
        S('Zanifé', 'official', nth=1, form='name'),
        S('Jean-Claude Mbiya', 'official', form='name'),
        S('A nurse at the health center', 'anonymous'),
        S('Congolese army spokesman Lt. Jules Ebondo', 'military', form='title-name'),
        S('The U.N. peacekeeping mission, MINUSCA', 'military'),
        S('the Center for Human Rights Monitoring', 'ngo'),
    ],
    numbers=[
        N('two days earlier', 'duration'),
        N('29', 'age'),
        N('seven or eight people', 'count-people'),
        N('about 25 miles', 'distance'),
        N('40 kilometers', 'distance'),
        N('6-year-old', 'age'),
        N('120-kilometer', 'distance'),
        N('nearly two days', 'duration'),
        N('2023', 'year'),
        N("one of the U.N.'s largest", 'other'),
        N('about 14,000 uniformed personnel', 'count-people'),
    ])

# xh08: Tagbara after a raid by soldiers and Russian fighters (a newspaper's own correspondent:
# headline, "From our correspondent" line, first person, present-tense "says", an em-dash aside,
# curly quotes, British spelling)
A['xh08.txt'] = dict(
    casualty=[
        C('killed 11 men', 'killed', 11, 'exact', 'men'),
        C('took away 23 more', 'detained', 23, 'exact', 'men', id='d'),
        C('14 are still missing', 'missing', 14, 'exact', 'men', sub='d'),
        C('“neutralised” seven UPC elements', 'killed', 7, 'exact', 'fighters', tags='contradicted'),
        C('17 wounded', 'injured', 17, 'exact', 'people', id='w'),
        C('four women', 'injured', 4, 'exact', 'women', sub='w'),
        C('Two died', 'killed', 2, 'exact', 'people', sub='w'),
        C('the killing of at least 10 civilians', 'killed', 10, 'at-least', 'civilians', tags='contradicted'),
        C('the arbitrary detention of 20 others', 'detained', 20, 'exact', 'civilians', tags='contradicted'),
        C('two dozen other detainees', 'detained', 24, 'exact', 'people'),
        C('two or three', 'missing', None, 'range', 'people', low=2, high=3),
        C('Scores of families', 'displaced', None, 'vague', 'people'),
        C('about 240 families', 'displaced', 240, 'approx', 'people'),
        C('more than 90,000 people are now displaced', 'displaced', 90000, 'at-least', 'people'),
    ],
    sources=[
        S('villagers', 'witness'),
        S('Sylvain Yakossé', 'witness', form='name'),
        S('the village chief, Gaston Ndolo-Bi', 'official', form='title-name'),
        S('an army spokesman, Captain Rodrigue Gbazé', 'military', form='title-name'),
        S('Clarisse Mbalanga', 'official', form='name'),
        S('MINUSCA’s human rights division', 'military'),
        S('the chief', 'official', form='role'),
        S('Aid workers at the Pladama Ouaka site', 'ngo', form='collective'),
        S('OCHA, the UN’s humanitarian coordination office', 'ngo'),
    ],
    numbers=[
        N('eleven wooden crosses', 'count-objects'),
        N('3 September', 'date'),
        N('four pick-up trucks', 'count-objects'),
        N('58', 'age'),
        N('between 3 and 5 September', 'date'),
        N('12', 'age'),
        N('19 September', 'date'),
        N('31', 'age'),
        N('six days', 'duration'),
        N('roughly 1,800 people', 'population'),
        N('fewer than 600', 'population'),
        N('2021', 'year'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
