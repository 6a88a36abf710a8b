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

# ---------------------------------------------------------------- labels (blind set 572: ie01-ie08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('shot dead / slain / murdered / executed / gave their lives / have fallen / pulled out / homicides',
     r'\bshot dead\b|\bslain\b|\bmurdered\b|\bexecuted\b|\bgave their lives\b|\bfallen\b|\bpulled out\b|'
     r'\bhomicides\b|\bkillings\b|\bfound dead\b|\blost\b|\btotal\b'),
    ('captured / taken / took / kidnapped / kidnapping / captive / prisoners',
     r'\bcaptured\b|\bcapturing\b|\btaken\b|\btook\b|\bkidnapp|\bcaptive\b|\bprisoners\b'),
    ('disappeared / disappearances', r'\bdisappear'),
    ('left homeless / fleeing', r'\bhomeless\b|\bfleeing\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('paramilitaries/guerrillas/militiamen/subversives/combatants',
     r'\b(?:paramilitaries|guerrillas|militiamen|subversives|combatants)\b'),
    ('officers/members of the Public Force', r'\b(?:officers|Public Force)\b'),
    ('peasants/farmers/traders', r'\b(?:peasants|farmers|traders)\b'),
    ('oil workers/union members/fishermen/teachers/engineers',
     r'\b(?:oil workers|union members|members|fishermen|teachers|engineers)\b'),
    ('teenagers/boys/sons/families/passengers',
     r'\b(?:teenagers|boys|sons|families|passengers)\b'),
]

# ie01: a paramilitary massacre in Puerto Wilches, Santander (AFP style, one sentence a paragraph,
# British spelling, curly quotes)
A['ie01.txt'] = dict(
    casualty=[
        C('shot dead at least 14 people', 'killed', 14, 'at-least', 'people', id='tot'),
        C('two teenagers', 'killed', 2, 'exact', 'children', sub='tot'),
        C('Eleven bodies', 'killed', 11, 'exact', 'people', sub='tot'),
        C('three more', 'killed', 3, 'exact', 'people', sub='tot'),
        C('up to six other people had been wounded', 'injured', 6, 'at-most', 'people', id='inj'),
        C('the death toll at 16', 'killed', 16, 'exact', 'people', id='brig', tags='contradicted'),
        C('two of the victims', 'killed', 2, 'exact', 'people', sub='brig'),
        C('captured two suspected paramilitaries', 'detained', 2, 'exact', 'fighters', id='cap'),
        C('one of them wounded', 'injured', 1, 'exact', 'fighters', sub='cap'),
        C('about 300 families had fled', 'displaced', 300, 'approx', 'people'),
        C('22 people abducted', 'detained', 22, 'exact', 'people', id='ab'),
        C('nine of whom were still missing', 'missing', 9, 'exact', 'people', sub='ab'),
        C('one of its contract workers had been kidnapped', 'detained', 1, 'exact', 'other'),
        C('killed more than 35,000 people', 'killed', 35000, 'at-least', 'people'),
        C('some 2 million have been forced from their homes', 'displaced', 2000000, 'approx', 'people'),
        C('several of the wounded', 'injured', None, 'vague', 'people', sub='inj'),
    ],
    sources=[
        S('regional officials', 'official'),
        S('Santander provincial government secretary Hernando Quiroga', 'official', form='title-name'),
        S('Quiroga', 'official', nth=1, form='name'),
        S('The army’s Fifth Brigade', 'military'),
        S('The brigade', 'military'),
        S('Residents', 'witness'),
        S('a woman', 'witness', form='role'),
        S('The Regional Peasant Committee', 'other'),
        S('The committee', 'other'),
        S('The regional ombudsman’s office', 'official'),
        S('state oil company Ecopetrol', 'official'),
        S('Ecopetrol', 'official', nth=1),
        S('government figures', 'official', form='document'),
        S('Local radio station La Voz del Río', 'media'),
        S('the Bucaramanga daily La Crónica del Oriente', 'media'),
        S('the Bogotá-based Council for Displacement Monitoring', 'ngo'),
    ],
    numbers=[
        N('Feb 18, 2001', 'date'),
        N('as many as 40 men', 'count-people'),
        N('11pm', 'time'),
        N('one by one', 'other'),
        N('40 kilometres', 'distance'),
        N('1970s', 'year'),
        N('20 years', 'duration'),
        N('38', 'age'),
        N('February 2', 'date'),
        N('an estimated 2,000 barrels', 'quantity'),
        N('37-year-old', 'duration'),
    ])

# ie02: paramilitary killings in the northeastern districts of Barrancabermeja (Reuters style)
A['ie02.txt'] = dict(
    casualty=[
        C('killed 11 people', 'killed', 11, 'exact', 'people', id='tot'),
        C('two oil workers', 'killed', 2, 'exact', 'other', sub='tot'),
        C('four other people were wounded', 'injured', 4, 'exact', 'people', id='inj'),
        C('one of them', 'injured', 1, 'exact', 'people', sub='inj'),
        C('58 people had been slain', 'killed', 58, 'exact', 'people'),
        C('412 killings', 'killed', 412, 'exact', 'people'),
        C('took three boys', 'detained', 3, 'exact', 'children'),
        C('killed 19 "subversives"', 'killed', 19, 'exact', 'fighters', tags='contradicted'),
        C('at least 140 killings', 'killed', 140, 'at-least', 'people'),
        C('almost 40 disappearances', 'missing', 40, 'at-most', 'people'),
        C('27 suspected paramilitaries', 'detained', 27, 'exact', 'fighters'),
        C('12 alleged rebel militiamen had been arrested', 'detained', 12, 'exact', 'fighters'),
        C('Thousands of residents have fled', 'displaced', None, 'vague', 'civilians'),
        C('3,870 displaced people', 'displaced', 3870, 'exact', 'people'),
        C('one of the wounded', 'killed', 1, 'exact', 'people', sub='inj'),
        C("the weekend's toll to 12", 'killed', 12, 'exact', 'people', tags='update'),
    ],
    sources=[
        S('police', 'official', form='organisation'),
        S('city police commander Col. Jaime Ordóñez', 'official', form='title-name'),
        S("The city's human rights office", 'official'),
        S('a community leader in the northeast', 'anonymous'),
        S('the AUC', 'military'),
        S("The head of the city's human rights office, Ana Lucía Pérez", 'official', form='title-name'),
        S('Defense Ministry spokesman Gen. Rafael Hoyos', 'military', form='title-name'),
        S('Hoyos', 'military', nth=1, form='name'),
        S('The social office of the Diocese of Barrancabermeja', 'ngo'),
        S('the Rev. Francisco Mejía', 'ngo', form='title-name'),
        S("officials at the city's San Rafael hospital", 'official'),
    ],
    numbers=[
        N('15-year-old', 'age'),
        N('Jan. 1', 'date'),
        N('2000', 'year'),
        N('300,000', 'population'),
        N('1998', 'year'),
        N('about 2,400 soldiers and police officers', 'count-people'),
        N('five months', 'duration'),
        N('2000', 'year', nth=1),
        N('22-year-old', 'age'),
        N('about 160 miles', 'distance'),
        N('260 km', 'distance'),
    ])

# ie03: an army offensive against the ELN near San Pablo, southern Bolívar (state media: "terrorists",
# soldiers who "gave their lives for the homeland", a rights group's claim rejected, en-dash dateline)
A['ie03.txt'] = dict(
    casualty=[
        C('killing 23 terrorists', 'killed', 23, 'exact', 'fighters'),
        C('wounding scores more', 'injured', None, 'vague', 'fighters'),
        C('capturing 7 others', 'detained', 7, 'exact', 'fighters'),
        C('Three heroic soldiers', 'killed', 3, 'exact', 'soldiers'),
        C('11 were wounded', 'injured', 11, 'exact', 'soldiers', id='w'),
        C('two of them', 'injured', 2, 'exact', 'soldiers', sub='w'),
        C('murdered 5 peasants', 'killed', 5, 'exact', 'civilians'),
        C('her 2 children died', 'killed', 2, 'exact', 'children'),
        C('a number of peasants were wounded', 'injured', None, 'vague', 'civilians'),
        C('roughly 1,600 peasants who had fled', 'displaced', 1600, 'approx', 'civilians'),
        C('30 villagers had been killed', 'killed', 30, 'exact', 'civilians', tags='contradicted'),
        C('12 people kidnapped', 'detained', 12, 'exact', 'people', id='kid'),
        C('2 engineers', 'detained', 2, 'exact', 'other', sub='kid'),
        C('97 terrorists have been killed', 'killed', 97, 'exact', 'fighters'),
        C('61 captured', 'detained', 61, 'exact', 'fighters'),
        C('14 members of the Public Force have fallen', 'killed', 14, 'exact', 'soldiers'),
    ],
    sources=[
        S('the Ministry of National Defense', 'military'),
        S('the Ministry', 'military', nth=1),
        S('the commander of the Second Division, General Álvaro Rincón', 'military', form='title-name'),
        S('the General', 'military', form='role'),
        S('General Rincón', 'military', form='title-name'),
        S('The General', 'military', form='role'),
        S('the Governor of Bolívar, Luis Daniel Vargas', 'official', form='title-name'),
        S('The Ministry', 'military'),
        S('a so-called human rights organization', 'ngo'),
        S('foreign media', 'media'),
        S('the statement', 'military', form='document'),
        S('The Army', 'military'),
        S("the Ministry's figures", 'military', form='document'),
        S('The Minister of National Defense', 'military', form='role'),
    ],
    numbers=[
        N('9 August 2000', 'date'),
        N('1 August', 'date'),
        N('42 rifles', 'count-objects'),
        N('3 machine guns', 'count-objects'),
        N('9,000 rounds of ammunition', 'count-objects'),
        N('4 laboratories', 'count-objects'),
        N('4 August', 'date'),
        N('6 August', 'date'),
        N('850 families', 'count-people'),
        N('28 others', 'count-people'),
    ])

# ie04: the paramilitary siege of Micoahumado, Morales, southern Bolívar (an NGO statement with demands
# and notes to editors, British spelling, curly quotes)
A['ie04.txt'] = dict(
    casualty=[
        C('killed at least nine civilians', 'killed', 9, 'at-least', 'civilians', id='tot'),
        C('four were members', 'killed', 4, 'exact', 'civilians', sub='tot'),
        C('his two sons were shot dead', 'killed', 2, 'exact', 'men', sub='tot'),
        C('Between 12 and 15 people have been wounded', 'injured', None, 'range', 'people', low=12, high=15),
        C('at least 23 detained', 'detained', 23, 'at-least', 'people', id='det'),
        C('six of whom remain unaccounted for', 'missing', 6, 'exact', 'people', sub='det'),
        C('nearly 2,000', 'displaced', 2000, 'at-most', 'civilians'),
        C('at least 40 families fleeing', 'displaced', 40, 'at-least', 'people'),
        C('312 displaced families', 'displaced', 312, 'exact', 'people'),
        C('killed six ELN guerrillas', 'killed', 6, 'exact', 'fighters'),
        C('the kidnapping of at least three local traders', 'detained', 3, 'at-least', 'civilians', id='tr'),
        C('one of whom was found dead', 'killed', 1, 'exact', 'civilians', sub='tr'),
        C('the killings of the nine civilians', 'killed', 9, 'exact', 'civilians', tags='repeat'),
        C('the six people who disappeared', 'missing', 6, 'exact', 'people', tags='repeat'),
        C('31,500 people were displaced', 'displaced', 31500, 'exact', 'people'),
    ],
    sources=[
        S('the Andean Human Rights Network (AHRN)', 'ngo'),
        S('AHRN researchers', 'ngo'),
        S('Clara Inés Rueda', 'ngo', form='name'),
        S('Community leaders', 'other'),
        S('A parish priest in Morales', 'anonymous'),
        S('The regional ombudsman’s office', 'official'),
        S('The army’s Fifth Brigade', 'military'),
        S('AHRN', 'ngo', nth=4),
        S('Rueda', 'ngo', nth=1, form='name'),
        S('the government’s Social Solidarity Network', 'official'),
    ],
    numbers=[
        N('14 March 2002', 'date'),
        N('47 days', 'duration'),
        N('22 February', 'date'),
        N('16-year-old', 'age'),
        N('one meal a day', 'quantity'),
        N('30 kilometres', 'distance'),
        N('five days', 'duration'),
        N('roughly 3,500 inhabitants', 'population'),
        N('50,000 pesos', 'money'),
        N('10 March', 'date'),
        N('1,400 people', 'count-people'),
        N('1994', 'year'),
        N('some 45 kilometres', 'distance'),
        N('2001', 'year'),
    ])

# ie05: clashes and mass displacement in Santa Rosa del Sur, southern Bolívar (a UN OCHA-style flash
# update: highlights, situation overview, displacement by site, protection, health, shelter, funding)
A['ie05.txt'] = dict(
    casualty=[
        C('displaced an estimated 4,200 people', 'displaced', 4200, 'approx', 'people'),
        C('At least 17 civilians killed', 'killed', 17, 'at-least', 'civilians'),
        C('25 injured', 'injured', 25, 'exact', 'civilians'),
        C('8 people reported missing', 'missing', 8, 'exact', 'people'),
        C('the death toll stands at 17 civilians', 'killed', 17, 'exact', 'civilians', id='d', tags='repeat'),
        C('3 children', 'killed', 3, 'exact', 'children', sub='d'),
        C('2 women', 'killed', 2, 'exact', 'women', sub='d'),
        C('25 people were injured', 'injured', 25, 'exact', 'people', id='i', tags='repeat'),
        C('9 of them', 'injured', 9, 'exact', 'people', sub='i'),
        C('8 people are missing', 'missing', 8, 'exact', 'people', id='m', tags='repeat'),
        C('2 teachers', 'missing', 2, 'exact', 'other', sub='m'),
        C('40 ELN fighters were killed', 'killed', 40, 'exact', 'fighters'),
        C('4,212 displaced people', 'displaced', 4212, 'exact', 'people', id='reg', tags='update'),
        C('1,150 people', 'displaced', 1150, 'exact', 'people', sub='reg'),
        C('620 people', 'displaced', 620, 'exact', 'people', sub='reg'),
        C('480 people', 'displaced', 480, 'exact', 'people', sub='reg'),
        C('410 people', 'displaced', 410, 'exact', 'people', sub='reg'),
        C('approximately 1,552 people', 'displaced', 1552, 'approx', 'people', sub='reg'),
        C('around 600 people', 'displaced', 600, 'approx', 'people'),
        C('hundreds more have fled', 'displaced', None, 'vague', 'people'),
        C('at least 35 men were detained', 'detained', 35, 'at-least', 'men', id='det'),
        C('4 remain unaccounted for', 'missing', 4, 'exact', 'men', sub='det'),
        C('31 wounded', 'injured', 31, 'exact', 'people', id='hw'),
        C('6 combatants', 'injured', 6, 'exact', 'fighters', sub='hw'),
        C('11 of the injured', 'injured', 11, 'exact', 'people', sub='hw'),
    ],
    sources=[
        S('the municipal authorities', 'official'),
        S('The Personería (municipal ombudsman)', 'official'),
        S('Media reports', 'media'),
        S('the paramilitary group', 'military'),
        S('the Diocese of Magangué', 'ngo'),
        S('the municipal authorities', 'official', nth=1),
        S('the Social Solidarity Network (RSS) office in Barrancabermeja', 'official'),
        S('Local sources', 'anonymous'),
        S('Partners', 'ngo', form='collective'),
        S('The hospital director', 'official', form='role'),
    ],
    numbers=[
        N('No. 1', 'other'),
        N('12 May 2001', 'date'),
        N('5 May', 'date'),
        N('5 May', 'date', nth=1),
        N('an estimated 300 members', 'count-people'),
        N('four days', 'duration'),
        N('around 200 families', 'count-people'),
        N('11 May', 'date'),
        N('Four smaller shelters', 'count-objects'),
        N('7 May', 'date'),
        N('US$1.3 million', 'money'),
        N('90 days', 'duration'),
        N('12 May', 'date', nth=1),
        N('22 per cent', 'percentage'),
    ])

# ie06: bodies in the Magdalena river at Puerto Berrío, Antioquia (a broadcaster's website: headline,
# byline and time stamp instead of a dateline)
A['ie06.txt'] = dict(
    casualty=[
        C('pulled out four', 'killed', 4, 'exact', 'people'),
        C('seven fishermen shot dead', 'killed', 7, 'exact', 'other'),
        C('recovered 27 bodies', 'killed', 27, 'exact', 'people', id='fb'),
        C('19 of which', 'killed', 19, 'exact', 'people', sub='fb'),
        C('Five were women', 'killed', 5, 'exact', 'women', sub='fb'),
        C('two more bodies were found', 'killed', 2, 'exact', 'people'),
        C("this year's total to 29", 'killed', 29, 'exact', 'people', tags='update'),
        C('as many as 460 people have been reported missing', 'missing', 460, 'at-most', 'people'),
        C('Five other passengers were taken', 'detained', 5, 'exact', 'people'),
        C('killed 32 guerrillas', 'killed', 32, 'exact', 'fighters'),
        C('captured 18 paramilitaries', 'detained', 18, 'exact', 'fighters'),
        C('three young men were shot dead', 'killed', 3, 'exact', 'men'),
        C('an estimated 14,000 people have fled', 'displaced', 14000, 'approx', 'people', id='ch'),
        C('dozens of fishing families', 'displaced', None, 'vague', 'people', sub='ch'),
    ],
    sources=[
        S('Jairo', 'witness', form='name'),
        S("The town's fire brigade", 'official'),
        S('the gravedigger, Octavio Ruiz', 'witness', form='name'),
        S('Local human rights workers', 'other', form='collective'),
        S("The Attorney General's office", 'official'),
        S('Ms Villa', 'witness', form='name'),
        S('The paramilitary Middle Magdalena Self-Defence Forces', 'military'),
        S('A spokesman for the group', 'military', form='role'),
        S('The army', 'military'),
        S('the UN human rights office in Bogotá', 'ngo'),
        S('the Catholic Church', 'ngo'),
    ],
    numbers=[
        N('14:05 GMT', 'time'),
        N('3 September 2002', 'date'),
        N('54', 'age'),
        N('2000', 'year'),
        N('more than 200 of them', 'count-objects'),
        N('1998', 'year'),
        N('1998', 'year', nth=1),
        N('19', 'age', nth=1),
        N('at least 12 municipalities', 'count-objects'),
        N('about 40,000 people', 'population'),
        N('some 190km', 'distance'),
        N('9 to 2', 'vote'),
    ])

# ie07: a FARC raid on the police station of Cimitarra, Santander (AP style, em-dash dateline,
# American spelling, straight quotes)
A['ie07.txt'] = dict(
    casualty=[
        C('killing nine police officers', 'killed', 9, 'exact', 'soldiers'),
        C('four civilians', 'killed', 4, 'exact', 'civilians'),
        C('took 16 officers captive', 'detained', 16, 'exact', 'soldiers'),
        C('At least 22 people', 'injured', 22, 'at-least', 'people', id='w'),
        C('seven officers', 'injured', 7, 'exact', 'soldiers', sub='w'),
        C('12 of the wounded', 'injured', 12, 'exact', 'people', sub='w'),
        C('about 500 residents had been left homeless', 'displaced', 500, 'approx', 'civilians'),
        C('killed 15 rebels', 'killed', 15, 'exact', 'fighters'),
        C('lost "two or three" fighters', 'killed', None, 'range', 'fighters', low=2, high=3,
          tags='contradicted'),
        C('16 police prisoners of war', 'detained', 16, 'exact', 'soldiers', tags='repeat'),
        C('the 16 captured officers', 'detained', 16, 'exact', 'soldiers', id='cap', tags='repeat'),
        C('two women', 'detained', 2, 'exact', 'women', sub='cap'),
        C('two to four officers were still unaccounted for', 'missing', None, 'range', 'soldiers', low=2, high=4),
        C('killed 11 soldiers', 'killed', 11, 'exact', 'soldiers'),
        C('kills about 3,500 people', 'killed', 3500, 'approx', 'people'),
    ],
    sources=[
        S('officials', 'official'),
        S('Santander state police chief Col. Luis Eduardo Rojas', 'official', form='title-name'),
        S('a wounded officer', 'anonymous'),
        S('Mayor Gloria Amparo Duarte', 'official', form='title-name'),
        S('Duarte', 'official', nth=1, form='name'),
        S('The army', 'military'),
        S('A FARC commander', 'military', form='role'),
        S('Rojas', 'official', nth=1, form='name'),
        S('the Defense Ministry', 'military'),
        S('the Colombian Institute for Peace Studies', 'ngo'),
    ],
    numbers=[
        N('Hundreds of leftist rebels', 'count-people'),
        N('10-hour', 'duration'),
        N('9-year-old', 'age'),
        N('34 homes', 'count-objects'),
        N('about 180 million pesos', 'money'),
        N('some $85,000', 'money'),
        N('14th Brigade', 'other'),
        N('17-year-old', 'age'),
        N('40 miles', 'distance'),
        N('65 kilometers', 'distance'),
        N('an estimated 17,000 fighters', 'count-people'),
        N('January 1999', 'date'),
    ])

# ie08: killings of trade unionists, disappearances and displacement in Sabana de Torres, Santander
# (a newspaper's own correspondent: byline, an em-dash aside, curly quotes)
A['ie08.txt'] = dict(
    casualty=[
        C('two more union members have been shot dead', 'killed', 2, 'exact', 'other', id='two'),
        C('one of them', 'killed', 1, 'exact', 'other', sub='two'),
        C('lost nine members', 'killed', 9, 'exact', 'other'),
        C('63 killings', 'killed', 63, 'exact', 'people', id='k'),
        C('11 women', 'killed', 11, 'exact', 'women', sub='k'),
        C('21 people who have disappeared', 'missing', 21, 'exact', 'people'),
        C('killed seven people', 'killed', 7, 'exact', 'people'),
        C('wounded a dozen more', 'injured', 12, 'exact', 'people'),
        C('fewer than 30 homicides', 'killed', 30, 'at-most', 'people', tags='contradicted'),
        C('captured over 20 members', 'detained', 20, 'at-least', 'fighters'),
        C('killed four', 'killed', 4, 'exact', 'fighters'),
        C('35-40 of them', 'displaced', None, 'range', 'people', low=35, high=40),
        C('executed three farmers', 'killed', 3, 'exact', 'civilians'),
        C('9,500 people were forced from their homes', 'displaced', 9500, 'exact', 'people'),
        C('Two engineers', 'detained', 2, 'exact', 'other'),
    ],
    sources=[
        S('his colleagues', 'other', form='collective'),
        S('the union’s regional branch', 'other'),
        S('The town’s Personería, the municipal human rights office', 'official'),
        S('the personero, Luis Alberto Gamboa', 'official', form='title-name'),
        S('The army', 'military'),
        S('A spokesman for the Fifth Brigade in Bucaramanga', 'military', form='role'),
        S('The brigade', 'military'),
        S('the parish priest', 'anonymous'),
        S('Luz Dary Peña', 'witness', form='name'),
        S('The regional ombudsman’s office', 'official'),
        S('the company', 'other'),
        S('residents', 'witness'),
        S('an international trade union federation', 'other'),
        S('Gamboa', 'official', nth=1, form='name'),
    ],
    numbers=[
        N('16 March 2002', 'date'),
        N('his two daughters', 'count-people'),
        N('three years', 'duration'),
        N('2001', 'year'),
        N('about 18,000 people', 'population'),
        N('60 kilometres', 'distance'),
        N('one', 'other', nth=1),
        N('1999', 'year'),
        N('May 2001', 'date'),
        N('two bodyguards', 'count-people'),
        N('41', 'age'),
        N('mother of four', 'count-people'),
        N('6,412 of the 9,030 votes', 'vote'),
        N('more than 60%', 'percentage'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
