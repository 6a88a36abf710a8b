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

# ---------------------------------------------------------------- labels (22nd blind set: s01-s08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('lost their lives / lost … fighters / murder / homicides / neutralised / feared dead',
     r'\blost\b|\bmurder\b|\bhomicides\b|\bneutralised\b|\bfeared dead\b|\bdeceased\b'),
    ('rounded up / held / being held / outlaws arrested', r'\brounded up\b|\bheld\b'),
    ('evacuated / taken shelter / crossed / left', r'\bevacuated\b|\btaken shelter\b|\bflee\b'),
    ('sought medical help / admitted', r'\bsought medical help\b|\badmitted\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('officers/police personnel/security personnel/members of the security forces',
     r'\b(?:officers|personnel|security forces)\b'),
    ('gang members/outlaws/terrorists', r'\b(?:gang members|outlaws)\b'),
    ('port workers/employees', r'\b(?:workers|employees)\b'),
    ('persons/Mexicans/families/suspects/sons/teenagers/older people',
     r'\b(?:persons|Mexicans|families|suspects|sons|teenagers|older people)\b'),
]

# s01: roadside bomb against a police truck near Garissa, Kenya (Reuters style)
A['s01.txt'] = dict(
    casualty=[
        C('killing at least seven officers', 'killed', 7, 'at-least', 'soldiers', id='tot'),
        C('wounding five others', 'injured', 5, 'exact', 'soldiers', id='inj'),
        C('Two of the wounded', 'injured', 2, 'exact', 'soldiers', sub='inj'),
        C('two more officers had died', 'killed', 2, 'exact', 'soldiers'),
        C('the death toll to nine', 'killed', 9, 'exact', 'soldiers', tags='update'),
        C('killed 15 Kenyan crusader soldiers', 'killed', 15, 'exact', 'soldiers', tags='contradicted'),
        C('nine officers had lost their lives', 'killed', 9, 'exact', 'soldiers', tags='repeat'),
        C('rounded up dozens of young men', 'detained', None, 'vague', 'men'),
        C('at least 31 people had been detained', 'detained', 31, 'at-least', 'people', id='det'),
        C('three of them were still unaccounted for', 'missing', 3, 'exact', 'people', sub='det'),
        C('two sons were detained', 'detained', 2, 'exact', 'men'),
        C('14 suspects were being held', 'detained', 14, 'exact', 'people', tags='contradicted'),
        C('killed 148 people', 'killed', 148, 'exact', 'people'),
        C('killed more than 100 Kenyan security personnel', 'killed', 100, 'at-least', 'soldiers'),
    ],
    sources=[
        S('police', 'official', nth=1),
        S('regional police commander Joseph Mutua', 'official', form='title-name'),
        S('Mutua', 'official', nth=1, form='name'),
        S('A senior police officer', 'anonymous'),
        S('Al Shabaab', 'military'),
        S('its Andalus radio station', 'media'),
        S('Interior Cabinet Secretary Peter Langat', 'official', form='title-name'),
        S('Residents of Garissa', 'witness'),
        S('The rights group Haki Kaskazini', 'ngo'),
        S('Halima Abdi', 'witness', form='name'),
        S('Police spokeswoman Mercy Wanjiru', 'official', form='title-name'),
        S('the Nairobi-based Horn Security Analysis', 'ngo'),
    ],
    numbers=[
        N('Oct 14', 'date'),
        N('12 officers', 'count-people'),
        N('8:30 a.m.', 'time'),
        N('some 90 km', 'distance'),
        N('56 miles', 'distance'),
        N('54', 'age'),
        N('about 370 km', 'distance'),
        N('230 miles', 'distance'),
        N('2015', 'year'),
        N('about 3,000 troops', 'count-people'),
        N('2023', 'year'),
    ])

# s02: sectarian killings in Alawite villages near Latakia, Syria (rights group's statement)
A['s02.txt'] = dict(
    casualty=[
        C('killed at least 64 civilians', 'killed', 64, 'at-least', 'civilians', id='tot'),
        C('11 children', 'killed', 11, 'exact', 'children', sub='tot'),
        C('nine women', 'killed', 9, 'exact', 'women', sub='tot'),
        C('19 bodies', 'killed', 19, 'exact', 'people'),
        C('received 27 bodies', 'killed', 27, 'exact', 'people'),
        C('about 40 wounded people', 'injured', 40, 'approx', 'people', id='w40'),
        C('several of them', 'injured', None, 'vague', 'people', sub='w40'),
        C('between 30 and 40 men', 'missing', None, 'range', 'men', low=30, high=40),
        C('a further eight bodies had been found', 'killed', 8, 'exact', 'people'),
        C('22 people had died', 'killed', 22, 'exact', 'people', id='moi', tags='contradicted'),
        C('eight members of the security forces', 'killed', 8, 'exact', 'soldiers', sub='moi'),
        C('35 suspects had been arrested', 'detained', 35, 'exact', 'people'),
        C('the death toll at 71', 'killed', 71, 'exact', 'civilians', tags='contradicted'),
        C('more than 2,000 residents had fled', 'displaced', 2000, 'at-least', 'civilians'),
        C('hundreds of people were killed', 'killed', None, 'vague', 'people'),
        C('the murder of 64 people', 'killed', 64, 'exact', 'people', tags='repeat'),
        C('roughly 1,100 families displaced', 'displaced', 1100, 'approx', 'people'),
    ],
    sources=[
        S('Levant Justice Watch', 'ngo'),
        S('Witnesses in al-Mazraa, Bustan al-Basha and Ain Shqaq', 'witness'),
        S('a woman from al-Mazraa', 'anonymous'),
        S('A doctor at the national hospital in Jableh', 'anonymous'),
        S('Relatives', 'witness'),
        S('a local volunteer', 'anonymous'),
        S('The Syrian Interior Ministry', 'official'),
        S('Ministry spokesman Hassan Qaddour', 'official', form='title-name'),
        S('State news agency SANA', 'media'),
        S('a security source in Latakia', 'anonymous'),
        S('The Syrian Observatory for Human Rights', 'ngo'),
        S('Rana Haddad', 'ngo', form='name'),
    ],
    numbers=[
        N('19 November 2025', 'date'),
        N('three Alawite villages', 'count-objects'),
        N('14 and 16 November', 'date'),
        N('23 people', 'count-people'),
        N('17 relatives', 'count-people'),
        N('four medical workers', 'count-people'),
        N('41 photographs', 'count-objects'),
        N('38', 'age'),
        N('15 November', 'date'),
        N('17 November', 'date'),
        N('several days', 'duration'),
        N('48 hours', 'duration'),
        N('two of the three villages', 'count-objects'),
        N('the three villages', 'count-objects', nth=1),
    ])

# s03: militia clashes in Benghazi, Libya (dpa style, one sentence a paragraph)
A['s03.txt'] = dict(
    casualty=[
        C('At least 14 people were killed', 'killed', 14, 'at-least', 'people', id='tot'),
        C('dozens wounded', 'injured', None, 'vague', 'people'),
        C('Among the dead were three civilians', 'killed', 3, 'exact', 'civilians', sub='tot'),
        C('41 wounded people', 'injured', 41, 'exact', 'people', id='w41'),
        C('nine of them', 'injured', 9, 'exact', 'people', sub='w41'),
        C('five of its soldiers had been killed', 'killed', 5, 'exact', 'soldiers'),
        C('23 "outlaws" had been arrested', 'detained', 23, 'exact', 'fighters'),
        C('a number of gunmen had been killed', 'killed', None, 'vague', 'fighters'),
        C('lost only two or three fighters', 'killed', None, 'range', 'fighters', low=2, high=3),
        C('killed "more than 20" soldiers', 'killed', 20, 'at-least', 'soldiers', tags='contradicted'),
        C('evacuated around 60 families', 'displaced', 60, 'approx', 'people'),
        C('recovered four bodies', 'killed', 4, 'exact', 'people'),
        C('the death toll to 17', 'killed', 17, 'exact', 'people', tags='update'),
        C('two of the wounded had died', 'killed', 2, 'exact', 'people', sub='w41'),
        C('killed at least eight people', 'killed', 8, 'at-least', 'people'),
    ],
    sources=[
        S("the city's health authorities", 'official'),
        S('residents', 'witness'),
        S('Benghazi Medical Centre', 'official'),
        S('Hospital spokesman Faraj al-Mismari', 'official', form='title-name'),
        S('LNA spokesman Brigadier Salem al-Obeidi', 'military', form='title-name'),
        S("The commander's supporters", 'military', form='collective'),
        S('The Libyan Red Crescent', 'ngo'),
        S('Witnesses', 'witness'),
        S('A resident, Salma al-Fitouri', 'witness', form='name'),
        S('The UN Support Mission in Libya (UNSMIL)', 'ngo'),
        S('the health ministry of the eastern-based government', 'official'),
        S('the UN mission', 'ngo'),
    ],
    numbers=[
        N('around five hours', 'duration'),
        N('10-year-old', 'age'),
        N('77th Battalion', 'other'),
        N('52', 'age'),
        N('3 am', 'time'),
        N('about 1 million', 'population'),
        N('2017', 'year'),
        N('three years', 'duration'),
        N('2014', 'year'),
    ])

# s04: ethnic clashes in Dhalai district, Tripura, India (an Indian newspaper's own correspondent)
A['s04.txt'] = dict(
    casualty=[
        C('Six killed', 'killed', 6, 'exact', 'people', id='hd'),
        C('At least six persons were killed', 'killed', 6, 'at-least', 'people', id='tot', tags='repeat'),
        C('27 injured', 'injured', 27, 'exact', 'people', id='inj'),
        C('two of the deceased', 'killed', 2, 'exact', 'people', sub='tot'),
        C('four', 'killed', 4, 'exact', 'people', sub='tot'),
        C('Three of the injured were police personnel', 'injured', 3, 'exact', 'soldiers', id='pol', sub='inj'),
        C('one of them', 'injured', 1, 'exact', 'soldiers', sub='pol'),
        C('nearly 1,800 persons had taken shelter', 'displaced', 1800, 'at-most', 'people'),
        C('up to 2,500', 'displaced', 2500, 'at-most', 'people'),
        C('arrested 19 persons', 'detained', 19, 'exact', 'people'),
        C('detained another 40', 'detained', 40, 'exact', 'people'),
        C('nine tribal persons had been killed', 'killed', 9, 'exact', 'people', tags='contradicted'),
        C('15–20 were missing', 'missing', None, 'range', 'people', low=15, high=20),
        C('three persons were killed', 'killed', 3, 'exact', 'people'),
    ],
    sources=[
        S('police', 'official'),
        S('Inspector General of Police (Law and Order) Subrata Jamatia', 'official', form='title-name'),
        S('officials', 'official'),
        S('the district administration', 'official'),
        S('District Magistrate Priyanka Sinha', 'official', form='title-name'),
        S('Ms. Sinha', 'official', form='name'),
        S('the IGP', 'official', form='role'),
        S('Leaders of the Tipra Motha Party', 'other', form='collective'),
        S('Party spokesperson Bikash Reang', 'other', form='title-name'),
        S('The Chief Minister’s Office', 'official'),
        S('Ratan Das', 'witness', form='name'),
    ],
    numbers=[
        N('over 200 houses', 'count-objects'),
        N('Section 163', 'other'),
        N('19-year-old', 'age'),
        N('at least 11 villages', 'count-objects'),
        N('214 houses', 'count-objects'),
        N('38 shops', 'count-objects'),
        N('12 relief camps', 'count-objects'),
        N('72 hours', 'duration'),
        N('about 600 additional security personnel', 'count-people'),
        N('two companies', 'count-people'),
        N('₹5 lakh', 'money'),
        N('₹50,000', 'money'),
        N('45', 'age'),
        N('2023', 'year'),
    ])

# s05: drone strike on the port of Odesa, Ukraine (Ukrainian state media, Ukrinform style)
A['s05.txt'] = dict(
    casualty=[
        C('two dead', 'killed', 2, 'exact', 'people', id='hd'),
        C('11 injured', 'injured', 11, 'exact', 'people'),
        C('killing two port workers', 'killed', 2, 'exact', 'other', tags='repeat'),
        C('injuring 11 other people', 'injured', 11, 'exact', 'people', tags='repeat'),
        C('Two employees', 'killed', 2, 'exact', 'other', tags='repeat'),
        C('Another 11 people were injured', 'injured', 11, 'exact', 'people', id='inj', tags='repeat'),
        C('four', 'injured', 4, 'exact', 'people', sub='inj'),
        C('the number of injured had risen to 13', 'injured', 13, 'exact', 'people', tags='update'),
        C('two more people', 'injured', 2, 'exact', 'people'),
        C('injured three people', 'injured', 3, 'exact', 'people'),
    ],
    sources=[
        S('the Head of the Odesa Regional Military Administration, Vitalii Hnatiuk', 'official', form='title-name'),
        S('Hnatiuk', 'official', nth=1, form='name'),
        S('Hnatiuk', 'official', nth=2, form='name'),
        S('The State Emergency Service of Ukraine', 'official'),
        S('The Air Force of the Armed Forces of Ukraine', 'military'),
        S('The head of the Odesa City Military Administration, Oleksandr Melnyk', 'official', form='title-name'),
        S('the Ministry for Development of Communities and Territories', 'official'),
        S('the ministry', 'official'),
        S('Ukrinform', 'media'),
    ],
    numbers=[
        N('September 21', 'date'),
        N('about 1,500 square meters', 'quantity'),
        N('Three civilian vessels', 'count-objects'),
        N('68 rescuers', 'count-people'),
        N('17 units of equipment', 'count-objects'),
        N('6:40 a.m.', 'time'),
        N('one person', 'count-people'),
        N('67 Shahed-type strike UAVs', 'count-objects'),
        N('52 of them', 'count-objects'),
        N('14 high-rise buildings', 'count-objects'),
        N('67-year-old', 'age'),
        N('Part 1', 'other'),
        N('Article 438', 'other'),
        N('several hours', 'duration'),
        N('more than 300 port infrastructure facilities', 'count-objects'),
        N('22 civilian vessels', 'count-objects'),
        N('September 18', 'date'),
    ])

# s06: missile and glide-bomb attack on Zaporizhzhia city, Ukraine (UN OCHA flash update)
A['s06.txt'] = dict(
    casualty=[
        C('At least 19 civilians were killed', 'killed', 19, 'at-least', 'civilians', id='tot'),
        C('two children', 'killed', 2, 'exact', 'children', sub='tot'),
        C('86 injured', 'injured', 86, 'exact', 'civilians', id='inj'),
        C('the death toll rose overnight to 21', 'killed', 21, 'exact', 'civilians', tags='update'),
        C('two people died', 'killed', 2, 'exact', 'people'),
        C('Fourteen of the injured', 'injured', 14, 'exact', 'civilians', sub='inj'),
        C('27 of those injured were older people', 'injured', 27, 'exact', 'people', sub='inj'),
        C('at least 350 people have been displaced', 'displaced', 350, 'at-least', 'people'),
        C('A further 60 people', 'displaced', 60, 'exact', 'people'),
        C('97 civilian deaths', 'killed', 97, 'exact', 'civilians'),
        C('513 injuries', 'injured', 513, 'exact', 'civilians'),
    ],
    sources=[
        S('local authorities', 'official'),
        S('the Zaporizka Regional Military Administration', 'official'),
        S('The regional prosecutor’s office', 'official'),
        S('Partners on the ground', 'ngo', form='collective'),
        S('The city’s Department of Health', 'official'),
        S('the UN Human Rights Monitoring Mission in Ukraine (HRMMU)', 'ngo'),
        S('The Mission', 'ngo'),
        S('the head of the city military administration', 'official', form='role'),
        S('the Ukrainian Red Cross Society', 'ngo'),
    ],
    numbers=[
        N('No. 4', 'other'),
        N('3 October 2025', 'date'),
        N('18:00', 'time'),
        N('2 October', 'date'),
        N('More than 40 residential buildings', 'count-objects'),
        N('two health facilities', 'count-objects'),
        N('around 1,300 people', 'count-people'),
        N('24 hours', 'duration'),
        N('2 October', 'date', nth=1),
        N('at least four missiles', 'count-objects'),
        N('several guided aerial bombs', 'count-objects'),
        N('about 720,000 people', 'population'),
        N('some 35 kilometres', 'distance'),
        N('9-year-old', 'age'),
        N('112 people', 'count-people'),
        N('1 January', 'date'),
        N('30 September', 'date'),
        N('11 humanitarian organizations', 'count-objects'),
        N('2,400 hygiene kits', 'count-objects'),
        N('900 food parcels', 'count-objects'),
        N('150 apartments', 'count-objects'),
        N('3 October', 'date', nth=1),
        N('more than 300 calls', 'count-objects'),
        N('48 hours', 'duration'),
        N('2025', 'year', nth=1),
        N('US$2.6 billion', 'money'),
        N('6 million people', 'count-people'),
        N('58 per cent', 'percentage'),
        N('30 September', 'date', nth=1),
    ])

# s07: a gang attack on Amatenango de la Frontera, Chiapas, Mexico (AP style)
A['s07.txt'] = dict(
    casualty=[
        C('killing at least 11 people', 'killed', 11, 'at-least', 'people', id='tot'),
        C('forcing hundreds of residents to flee', 'displaced', None, 'vague', 'civilians'),
        C('two teenagers', 'killed', 2, 'exact', 'children', sub='tot'),
        C('eight people were wounded', 'injured', 8, 'exact', 'people'),
        C('Ten to 12 bodies', 'killed', None, 'range', 'people', low=10, high=12),
        C('as many as 17 people were missing', 'missing', 17, 'at-most', 'people'),
        C('about 1,200 residents had fled', 'displaced', 1200, 'approx', 'civilians'),
        C('340 Mexicans', 'displaced', 340, 'exact', 'people', id='gt'),
        C('95 children', 'displaced', 95, 'exact', 'children', sub='gt'),
        C('14 alleged gang members had been arrested', 'detained', 14, 'exact', 'fighters'),
        C('five people had been reported missing', 'missing', 5, 'exact', 'people', tags='contradicted'),
        C('displaced more than 15,000 people', 'displaced', 15000, 'at-least', 'people'),
        C('more than 30,000 homicides', 'killed', 30000, 'at-least', 'people'),
    ],
    sources=[
        S('state authorities', 'official'),
        S("the Chiapas state prosecutor's office", 'official'),
        S('the office', 'official'),
        S('a resident', 'anonymous'),
        S('The Human Rights Center for the Southern Border', 'ngo'),
        S("Guatemala's migration institute", 'official'),
        S('Chiapas Gov. Alfredo Cruz Montes', 'official', form='title-name'),
        S('Cruz', 'official', nth=1, form='name'),
        S('Residents', 'witness'),
        S('the Center', 'ngo'),
        S('the National Public Security System', 'official'),
    ],
    numbers=[
        N('Dozens of armed men', 'count-people'),
        N('nearly four hours', 'duration'),
        N('600 soldiers', 'count-people'),
        N('roughly 5,000 inhabitants', 'population'),
        N('roughly 960-kilometer', 'distance'),
        N('600-mile', 'distance'),
        N('2021', 'year'),
        N('2018', 'year'),
    ])

# s08: a jihadist attack on an army camp near Ménaka, Mali (a broadcaster, BBC style)
A['s08.txt'] = dict(
    casualty=[
        C('Dozens of soldiers feared dead', 'killed', None, 'vague', 'soldiers'),
        C('killing at least 23 soldiers', 'killed', 23, 'at-least', 'soldiers'),
        C('Nine soldiers had been killed', 'killed', 9, 'exact', 'soldiers', tags='contradicted'),
        C('14 wounded', 'injured', 14, 'exact', 'soldiers'),
        C('more than 40 terrorists were neutralised', 'killed', 40, 'at-least', 'fighters'),
        C('killed "dozens of apostate soldiers"', 'killed', None, 'vague', 'soldiers', tags='contradicted'),
        C('31 wounded soldiers', 'injured', 31, 'exact', 'soldiers', id='w31'),
        C('several of whom died', 'killed', None, 'vague', 'soldiers', sub='w31'),
        C('the number of dead at "more than 30"', 'killed', 30, 'at-least', 'people', tags='contradicted'),
        C('several soldiers were unaccounted for', 'missing', None, 'vague', 'soldiers'),
        C('Dozens of families', 'displaced', None, 'vague', 'people'),
        C('an estimated 90,000 people are currently displaced', 'displaced', 90000, 'approx', 'people'),
        C('killed hundreds of civilians', 'killed', None, 'vague', 'civilians'),
        C('at least 12 soldiers were killed', 'killed', 12, 'at-least', 'soldiers'),
    ],
    sources=[
        S('security sources', 'anonymous'),
        S('a local official', 'anonymous'),
        S("Mali's armed forces (Fama)", 'military'),
        S('state television', 'media'),
        S('the statement', 'military', form='document'),
        S('The Islamic State Sahel Province (IS Sahel)', 'military'),
        S('its Amaq news agency', 'media'),
        S('Sources at the hospital in Ménaka', 'anonymous'),
        S('A security source in Bamako', 'anonymous'),
        S('Moussa Ag Ahmed', 'witness', form='name'),
        S("The army's statement", 'military', form='document'),
        S("The UN's humanitarian agency, OCHA", 'ngo'),
        S('the army', 'military'),
    ],
    numbers=[
        N('about 15km', 'distance'),
        N('nine miles', 'distance'),
        N('two car bombs', 'count-objects'),
        N('more than two hours', 'duration'),
        N('some 60km', 'distance'),
        N('2022', 'year'),
        N('2020', 'year'),
        N('2021', 'year'),
        N('13,000-strong', 'count-people'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
