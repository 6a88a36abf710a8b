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

# ---------------------------------------------------------------- labels (blind set 83: nx01-nx08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('martyred / embraced shahadat / succumbed / bled to death / neutralised / murdered / buried … bodies',
     r'\bmartyred\b|\bshahadat\b|\bsuccumbed\b|\bbled to death\b|\bneutralised\b|\bburied\b'),
    ('captured / taken … prisoner / arrested', r'\bcaptur|\bprisoner\b'),
    ('evacuated / left the area / sought protection / forced from their homes',
     r'\bevacuated\b|\bleft the area\b|\bsought protection\b'),
    ('shot dead / lightly injured', r'\bshot dead\b|\blightly injured\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('servicemen/personnel/members of the security forces/dissidents/militiamen',
     r'\b(?:servicemen|personnel|members|dissidents|militiamen)\b'),
    ('labourers/drivers/staff members/aid workers', r'\b(?:labourers?|drivers|staff members)\b'),
    ('monks/Palestinians/families/neighbours/young men',
     r'\b(?:monks|Palestinians|families|neighbours|young men)\b'),
]

# nx01: glide-bomb strike on Bilozerska, Donetsk oblast, Ukraine (Reuters style)
A['nx01.txt'] = dict(
    casualty=[
        C('killing at least eight people', 'killed', 8, 'at-least', 'people', id='tot'),
        C('wounding 21', 'injured', 21, 'exact', 'people', id='inj'),
        C('as many as four residents were still unaccounted for', 'missing', 4, 'at-most', 'civilians'),
        C('17 of the wounded', 'injured', 17, 'exact', 'people', id='hosp', sub='inj'),
        C('three of them', 'injured', 3, 'exact', 'people', sub='hosp'),
        C('the bodies of two more people', 'killed', 2, 'exact', 'people'),
        C('the death toll to 10', 'killed', 10, 'exact', 'people', tags='update'),
        C('the number of injured at 23', 'injured', 23, 'exact', 'people', id='inj2', tags='update'),
        C('four children', 'injured', 4, 'exact', 'children', sub='inj2'),
        C('two wounded women', 'injured', 2, 'exact', 'women'),
        C('killing up to 60 servicemen', 'killed', 60, 'at-most', 'soldiers', tags='contradicted'),
        C('three civilians had been killed', 'killed', 3, 'exact', 'civilians'),
        C('five wounded', 'injured', 5, 'exact', 'civilians'),
        C('evacuated 112 children', 'displaced', 112, 'exact', 'children'),
        C('upwards of 1,100 civilians had been killed', 'killed', 1100, 'at-least', 'civilians'),
    ],
    sources=[
        S('the regional governor', 'official', form='role'),
        S('Donetsk regional governor Serhiy Tkachuk', 'official', form='title-name'),
        S("Ukraine's State Emergency Service", 'official'),
        S('Tkachuk', 'official', nth=1, form='name'),
        S('Natalia Horbenko', 'witness', form='name'),
        S("Russia's Defense Ministry", 'military'),
        S('Kyiv', 'official'),
        S('Russian state news agency TASS', 'media'),
        S('a Russian-installed official in occupied Horlivka', 'anonymous'),
        S('Local authorities', 'official'),
        S("Ukraine's military", 'military'),
        S('The U.N. Human Rights Monitoring Mission in Ukraine', 'ngo'),
    ],
    numbers=[
        N('Aug 23', 'date'),
        N('Two 500-kg bombs', 'count-objects'),
        N('five-story', 'other'),
        N('11 a.m.', 'time'),
        N('14-year-old', 'age'),
        N('six people alive', 'count-people'),
        N('63', 'age'),
        N('about 35 km', 'distance'),
        N('22 miles', 'distance'),
        N('about 15 km', 'distance'),
        N('9 miles', 'distance'),
        N('around 15,000', 'population'),
        N('fewer than 2,000 people remain', 'population'),
        N('34 Russian assaults', 'count-objects'),
        N('24 hours', 'duration'),
    ])

# nx02: air strikes on a monastery near Homalin, Sagaing Region, Myanmar (AFP style)
A['nx02.txt'] = dict(
    casualty=[
        C('killed at least 19 people', 'killed', 19, 'at-least', 'people', id='tot'),
        C('seven children', 'killed', 7, 'exact', 'children', sub='tot'),
        C('around 150 people displaced', 'displaced', 150, 'approx', 'people'),
        C('buried 19 bodies', 'killed', 19, 'exact', 'people', id='pdf', tags='repeat'),
        C('more than 30 people are wounded', 'injured', 30, 'at-least', 'people'),
        C('four novice monks', 'killed', 4, 'exact', 'people', sub='pdf'),
        C('“eight or nine” bodies', 'killed', None, 'range', 'people', low=8, high=9),
        C('27 wounded people', 'injured', 27, 'exact', 'people', id='clinic'),
        C('11 of them children', 'injured', 11, 'exact', 'children', sub='clinic'),
        C('the death toll at 22', 'killed', 22, 'exact', 'people', tags='contradicted'),
        C('detained five young men', 'detained', 5, 'exact', 'men'),
        C('killed “more than 40 PDF terrorists”', 'killed', 40, 'at-least', 'fighters', tags='contradicted'),
        C('capturing around 70 soldiers', 'detained', 70, 'approx', 'soldiers'),
        C('more than 3.5 million people have been displaced', 'displaced', 3500000, 'at-least', 'people'),
        C('killed more than 6,400 civilians', 'killed', 6400, 'at-least', 'civilians'),
        C('arrested over 29,000 people', 'detained', 29000, 'at-least', 'people'),
    ],
    sources=[
        S('a local resistance group', 'military'),
        S('residents', 'witness'),
        S('the Homalin People’s Defence Force (PDF)', 'military'),
        S('a spokesman for the group', 'military', form='role'),
        S('Kyaw Zin', 'witness', form='name'),
        S('A doctor at a nearby clinic', 'anonymous'),
        S('Independent outlet Myanmar Now', 'media'),
        S('relatives of the victims', 'witness'),
        S('Residents', 'witness'),
        S('A junta spokesman, Major General Zaw Htet Naing', 'military', form='title-name'),
        S('The United Nations', 'ngo'),
        S('The Assistance Association for Political Prisoners', 'ngo'),
    ],
    numbers=[
        N('Two fighter jets', 'count-objects'),
        N('72-year-old', 'age'),
        N('2021', 'year'),
        N('some 300 kilometres', 'distance'),
        N('February 2021', 'date'),
    ])

# nx03: settler attack on al-Mughayyir near Ramallah, occupied West Bank (NGO press release)
A['nx03.txt'] = dict(
    casualty=[
        C('One Palestinian killed', 'killed', 1, 'exact', 'people'),
        C('27 injured', 'injured', 27, 'exact', 'people'),
        C('injuring 27 other Palestinians', 'injured', 27, 'exact', 'people', id='inj', tags='repeat'),
        C('Eleven of the injured', 'injured', 11, 'exact', 'people', id='live', sub='inj'),
        C('four of them', 'injured', 4, 'exact', 'people', sub='live'),
        C('at least 40 families', 'displaced', 40, 'at-least', 'people'),
        C('nearly 200 people', 'displaced', 200, 'at-most', 'people'),
        C('arrested three Palestinians', 'detained', 3, 'exact', 'people'),
        C('two Israeli civilians had been lightly injured', 'injured', 2, 'exact', 'civilians'),
        C('six Israeli suspects had been detained', 'detained', 6, 'exact', 'people'),
        C('killed nine Palestinians', 'killed', 9, 'exact', 'people'),
        C('injured more than 350', 'injured', 350, 'at-least', 'people'),
        C('at least 1,200 people', 'displaced', 1200, 'at-least', 'people'),
    ],
    sources=[
        S('Haqq Watch field researchers', 'ngo'),
        S('the Palestinian Ministry of Health', 'official'),
        S('the Palestine Red Crescent Society (PRCS)', 'ngo'),
        S('Abdallah Abu Aliya', 'witness', form='name'),
        S('Residents', 'witness'),
        S('The Israeli military', 'military'),
        S('Israel Police', 'official'),
        S('Rania Odeh', 'ngo', form='name'),
        S('Haqq Watch', 'ngo', nth=3),
        S('The UN Office for the Coordination of Humanitarian Affairs (OCHA)', 'ngo'),
    ],
    numbers=[
        N('9 October 2025', 'date'),
        N('Dozens of Israeli settlers', 'count-people'),
        N('8 October', 'date'),
        N('19-year-old', 'age'),
        N('about two and a half hours', 'duration'),
        N('14 homes', 'count-objects'),
        N('23 vehicles', 'count-objects'),
        N('some 300 olive trees', 'count-objects'),
        N('three directions', 'other'),
        N('more than a hundred of them', 'count-people'),
        N('52', 'age'),
        N('family of seven', 'count-people'),
        N('five of whom were released', 'count-people'),
        N('212 settler attacks', 'count-objects'),
        N('January 2025', 'date'),
        N('18 herding communities', 'count-objects'),
        N('more than 1,400 settler attacks', 'count-objects'),
    ])

# nx04: clashes in Inkhil, Daraa province, Syria (broadcaster's website)
A['nx04.txt'] = dict(
    casualty=[
        C('At least 16 people have been killed', 'killed', 16, 'at-least', 'people', id='tot'),
        C('nine members of the security forces', 'killed', 9, 'exact', 'soldiers', sub='tot'),
        C('five local fighters', 'killed', 5, 'exact', 'fighters', sub='tot'),
        C('two civilians', 'killed', 2, 'exact', 'civilians', sub='tot'),
        C('six of its personnel had been killed', 'killed', 6, 'exact', 'soldiers', tags='contradicted'),
        C('11 wounded', 'injured', 11, 'exact', 'soldiers'),
        C('at least three of our neighbours bled to death', 'killed', 3, 'at-least', 'civilians'),
        C('23 wounded people', 'injured', 23, 'exact', 'people'),
        C('arrested 30 to 40 young men', 'detained', None, 'range', 'men', low=30, high=40),
        C('roughly 2,500 residents had fled', 'displaced', 2500, 'approx', 'civilians'),
        C('more than 100 people have been killed', 'killed', 100, 'at-least', 'people', id='un'),
        C('at least 30 civilians', 'killed', 30, 'at-least', 'civilians', sub='un'),
    ],
    sources=[
        S('a war monitor', 'ngo'),
        S('The UK-based Syrian Observatory for Human Rights (SOHR)', 'ngo'),
        S('The interior ministry in Damascus', 'official'),
        S('Local activists', 'other'),
        S('Abu Qasim', 'witness', form='name'),
        S('The Syrian Arab Red Crescent', 'ngo'),
        S('Horan Now', 'media'),
        S('a member of the negotiating committee', 'anonymous'),
        S('The UN', 'ngo'),
    ],
    numbers=[
        N('two days', 'duration'),
        N('several houses', 'count-objects'),
        N('30 hours', 'duration'),
        N('12km', 'distance'),
        N('7.5 miles', 'distance'),
        N('18:00', 'time'),
        N('15:00 GMT', 'time'),
        N('20 wanted men', 'count-people'),
        N('2011', 'year'),
        N('December 2024', 'date'),
        N('Hundreds of former rebels', 'count-people'),
    ])

# nx05: jihadist attack on an army post at Kelbo, Soum province, Burkina Faso (dpa style, one sentence a
# paragraph)
A['nx05.txt'] = dict(
    casualty=[
        C('killed dozens of members of the security forces', 'killed', None, 'vague', 'soldiers', id='dz'),
        C('At least 32 soldiers', 'killed', 32, 'at-least', 'soldiers', sub='dz'),
        C('18 members', 'killed', 18, 'exact', 'soldiers', sub='dz'),
        C('the number of dead at more than 60', 'killed', 60, 'at-least', 'people', tags='contradicted'),
        C('20–25 soldiers were missing', 'missing', None, 'range', 'soldiers', low=20, high=25),
        C('killed “more than 100 soldiers and militiamen”', 'killed', 100, 'at-least', 'soldiers',
          tags='contradicted'),
        C('taken several soldiers prisoner', 'detained', None, 'vague', 'soldiers'),
        C('“neutralised” dozens of terrorists', 'killed', None, 'vague', 'fighters'),
        C('around 300 people', 'displaced', 300, 'approx', 'people'),
        C('killed two drivers', 'killed', 2, 'exact', 'other'),
        C('more than 2 million people are internally displaced', 'displaced', 2000000, 'at-least', 'people'),
        C('almost 8,000 people were killed', 'killed', 8000, 'at-most', 'people'),
    ],
    sources=[
        S('security sources', 'anonymous'),
        S('one of the sources', 'anonymous'),
        S('the source', 'anonymous'),
        S('Another security source', 'anonymous'),
        S('The al-Qaeda-linked Jama’at Nusrat al-Islam wal-Muslimin (JNIM)', 'military'),
        S('The group', 'military'),
        S('State broadcaster RTB', 'media'),
        S('A resident of Djibo', 'witness'),
        S('Another resident', 'witness'),
        S('The Norwegian Refugee Council (NRC)', 'ngo'),
        S('The Sahel Conflict Observatory', 'ngo'),
    ],
    numbers=[
        N('several hours', 'duration'),
        N('one of the sources', 'count-people'),
        N('14 vehicles', 'count-objects'),
        N('September 2022', 'date'),
        N('several foreign media outlets', 'count-objects'),
        N('about 40 kilometres', 'distance'),
        N('three days', 'duration'),
        N('six lorries', 'count-objects'),
        N('more than 300,000', 'population'),
        N('over two years', 'duration'),
        N('March 2023', 'date'),
    ])

# nx06: dissident attack on the police station of Caldono, Cauca, Colombia (a newspaper's own correspondent)
A['nx06.txt'] = dict(
    casualty=[
        C('killing two police officers', 'killed', 2, 'exact', 'soldiers'),
        C('wounding at least 14 people', 'injured', 14, 'at-least', 'people', id='inj'),
        C('Among the wounded were five members of the Indigenous Guard', 'injured', 5, 'exact', 'civilians',
          sub='inj'),
        C('detained four of the attackers', 'detained', 4, 'exact', 'fighters'),
        C('11 of the wounded', 'injured', 11, 'exact', 'people', id='hosp', sub='inj'),
        C('three of whom', 'injured', 3, 'exact', 'people', id='crit', sub='hosp'),
        C('One of them', 'killed', 1, 'exact', 'soldiers', sub='crit'),
        C('the number of police officers killed to three', 'killed', 3, 'exact', 'soldiers', tags='update'),
        C('killed at least six dissidents', 'killed', 6, 'at-least', 'fighters'),
        C('approximately 1,800 people', 'displaced', 1800, 'approx', 'people'),
        C('around 90 families had left the area', 'displaced', 90, 'approx', 'people'),
        C('at least 19 police officers and soldiers have been killed', 'killed', 19, 'at-least', 'soldiers'),
        C('scores of civilians have died', 'killed', None, 'vague', 'civilians'),
    ],
    sources=[
        S('the Yesid Cuéllar front of the so-called Central General Staff (EMC)', 'military'),
        S('the front', 'military'),
        S('Hernán Pito', 'other', form='name'),
        S('Pito', 'other', nth=1, form='name'),
        S('The hospital in Santander de Quilichao', 'official'),
        S('the hospital’s director, Dr Martha Lucía Ocampo', 'official', form='title-name'),
        S('Defence Minister Iván Restrepo', 'military', form='title-name'),
        S('the Ombudsman’s Office', 'official'),
        S('Rosa Elvira Yule', 'witness', form='name'),
        S('Indepaz', 'ngo'),
    ],
    numbers=[
        N('nine-year-old', 'age'),
        N('almost four hours', 'duration'),
        N('2016', 'year'),
        N('15-year-old', 'age'),
        N('up to 200 million pesos', 'money'),
        N('about £38,000', 'money'),
        N('six indigenous reserves', 'count-objects'),
        N('two hours’ drive', 'duration'),
        N('47', 'age'),
        N('one of the guards', 'count-people'),
        N('more than a dozen times', 'other'),
        N('2023', 'year'),
    ])

# nx07: coal-mine attack and security operation in Harnai, Balochistan, Pakistan (state news agency, APP
# style)
A['nx07.txt'] = dict(
    casualty=[
        C('killed 9 terrorists', 'killed', 9, 'exact', 'fighters'),
        C('11 labourers were martyred', 'killed', 11, 'exact', 'other'),
        C('6 others injured', 'injured', 6, 'exact', 'other', id='inj'),
        C('2 soldiers', 'killed', 2, 'exact', 'soldiers'),
        C('the bodies of the 11 labourers', 'killed', 11, 'exact', 'other', tags='repeat'),
        C('4 of the injured', 'injured', 4, 'exact', 'other', sub='inj'),
        C('arrested 3 suspected facilitators', 'detained', 3, 'exact', 'people'),
        C('one more injured labourer had succumbed', 'killed', 1, 'exact', 'other'),
        C('the death toll of the attack to 12', 'killed', 12, 'exact', 'other', tags='update'),
        C('between 40 and 50 families had left the mining camp', 'displaced', None, 'range', 'people', low=40, high=50),
        C('killing 341 terrorists', 'killed', 341, 'exact', 'fighters'),
        C('arresting hundreds of suspects', 'detained', None, 'vague', 'people'),
    ],
    sources=[
        S('the Inter Services Public Relations (ISPR)', 'military'),
        S('the ISPR', 'military'),
        S("the military's media wing", 'military'),
        S('the ISPR', 'military', nth=1),
        S('Deputy Commissioner Harnai Aamir Khan Tareen', 'official', form='title-name'),
        S('The Balochistan Coal Mines Workers Union', 'other'),
        S("The union's president, Sher Muhammad Kakar", 'other', form='title-name'),
        S('Chief Minister Balochistan', 'official', form='role'),
        S('the Provincial Home Department', 'official'),
    ],
    numbers=[
        N('Aug 12', 'date'),
        N('28', 'age'),
        N('around 250 miners', 'count-people'),
        N('Rs 1.5 million', 'money'),
        N('over 900 intelligence-based operations', 'count-objects'),
        N('some 160 kilometres', 'distance'),
        N('several coal mines', 'count-objects'),
        N('thousands of workers', 'count-people'),
    ])

# nx08: shelling of Kanyabayonga, Lubero territory, North Kivu, DR Congo (UN OCHA flash update)
A['nx08.txt'] = dict(
    casualty=[
        C('killed at least 23 civilians', 'killed', 23, 'at-least', 'civilians'),
        C('injured 61 others', 'injured', 61, 'exact', 'civilians'),
        C('An estimated 45,000 people have fled', 'displaced', 45000, 'approx', 'people'),
        C('At least four aid workers are missing', 'missing', 4, 'at-least', 'other'),
        C('killing 23 civilians', 'killed', 23, 'exact', 'civilians', id='tot', tags='repeat'),
        C('nine of them children', 'killed', 9, 'exact', 'children', sub='tot'),
        C('injuring 61', 'injured', 61, 'exact', 'civilians', tags='repeat'),
        C('48 wounded patients', 'injured', 48, 'exact', 'people', id='hosp'),
        C('19 of them children', 'injured', 19, 'exact', 'children', sub='hosp'),
        C('Eight patients have died', 'killed', 8, 'exact', 'people'),
        C('a higher toll of 31 dead', 'killed', 31, 'exact', 'people', id='cs', tags='contradicted'),
        C('12 displaced people killed', 'killed', 12, 'exact', 'people', sub='cs'),
        C('fewer than ten of its soldiers had been killed', 'killed', 10, 'at-most', 'soldiers'),
        C('"neutralised" dozens of rebels', 'killed', None, 'vague', 'fighters'),
        C('around 3,000 civilians had sought protection', 'displaced', 3000, 'approx', 'civilians'),
        C('about 28,000', 'displaced', 28000, 'approx', 'people', sub='disp'),
        C('the 45,000 displaced', 'displaced', 45000, 'exact', 'people', id='disp', tags='repeat'),
        C('some 11,000', 'displaced', 11000, 'approx', 'people', sub='disp'),
        C('about 670,000 internally displaced people', 'displaced', 670000, 'approx', 'people'),
        C('detained 15-20 people', 'detained', None, 'range', 'people', low=15, high=20),
        C('Four staff members', 'missing', 4, 'exact', 'other', tags='repeat'),
        C('35 wounded people', 'injured', 35, 'exact', 'people'),
    ],
    sources=[
        S('local authorities', 'official'),
        S('the Lubero territorial administrator', 'official', form='role'),
        S('The Kanyabayonga General Referral Hospital', 'official'),
        S('Civil society in Lubero', 'other'),
        S('M23/AFC', 'military', nth=1),
        S('The FARDC', 'military'),
        S('MONUSCO', 'military'),
        S('the Commission for Population Movements (CMP)', 'ngo'),
        S('The Kayna health zone', 'official'),
    ],
    numbers=[
        N('No. 2', 'other'),
        N('18 July 2025', 'date'),
        N('15 and 16 July', 'date'),
        N('M23', 'other'),
        N('14 July', 'date'),
        N('four days', 'duration'),
        N('M23', 'other', nth=1),
        N('M23', 'other', nth=2),
        N('14 suspected cholera cases', 'count-people'),
        N('17 July', 'date'),
        N('16 July', 'date', nth=1),
        N('85 staff', 'count-people'),
        N('some 110 km', 'distance'),
        N('2,400 household kits', 'count-objects'),
        N('60,000 people', 'count-people'),
        N('2025', 'year', nth=1),
        N('US$2.54 billion', 'money'),
        N('16 per cent', 'percentage'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
