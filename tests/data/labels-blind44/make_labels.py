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

# ---------------------------------------------------------------- labels (forty-fourth blind set: cc01-cc08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('buried / neutralised / lost their lives / losses / succumbed',
     r'\bburied\b|\bneutrali[sz]ed\b|\blost\b|\blosses\b|\bsuccumbed\b'),
    ('captured / detention(s) / in custody / abducted',
     r'\bcaptured\b|\bdetentions?\b|\bcustody\b|\babducted\b'),
    ('evacuated / left / forced from their homes / forced to flee / crossed',
     r'\bevacuated\b|\bleft\b|\bforced\b|\bcrossed\b'),
    ('received injuries / patients / critical', r'\binjuries\b|\bpatients\b|\bcritical\b|\bseriously\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('servicemen/personnel/border guards', r'\b(?:servicemen|personnel|border guards)\b'),
    ('miscreants/criminals/attackers', r'\b(?:miscreants|criminals|attackers)\b'),
    ('volunteers/tea sellers/workers', r'\b(?:volunteers|tea sellers|workers)\b'),
    ('persons/nationals/citizens/families/households/Armenians/Georgians/Azerbaijanis',
     r'\b(?:persons|nationals|citizens|families|households|Armenians|Georgians|Azerbaijanis)\b'),
]

# cc01: Russian guided bombs on Lyman, Donetsk oblast, Ukraine (Reuters style)
A['cc01.txt'] = dict(
    casualty=[
        C('killing at least seven people', 'killed', 7, 'at-least', 'people', id='tot'),
        C('wounding 19 others', 'injured', 19, 'exact', 'people', id='inj'),
        C('Two of the dead were volunteers', 'killed', 2, 'exact', 'other', sub='tot'),
        C('four of the wounded', 'injured', 4, 'exact', 'people', sub='inj'),
        C('Two people died', 'killed', 2, 'exact', 'people'),
        C('three to four were wounded', 'injured', None, 'range', 'people', low=3, high=4),
        C('the death toll in Lyman had risen to nine', 'killed', 9, 'exact', 'people', tags='update'),
        C('two more bodies', 'killed', 2, 'exact', 'people'),
        C('23 people had been injured', 'injured', 23, 'exact', 'people', tags='update'),
        C('Two or three people were still unaccounted for', 'missing', None, 'range', 'people', low=2, high=3),
        C('killed up to 40 servicemen', 'killed', 40, 'at-most', 'soldiers', tags='contradicted'),
        C('killed 38 Russian soldiers', 'killed', 38, 'exact', 'soldiers'),
        C('captured five', 'detained', 5, 'exact', 'soldiers'),
        C('evacuated 140 people', 'displaced', 140, 'exact', 'people', id='ev'),
        C('31 children', 'displaced', 31, 'exact', 'children', sub='ev'),
        C('at least 12,900 civilians had been killed', 'killed', 12900, 'at-least', 'civilians'),
    ],
    sources=[
        S('regional officials', 'official'),
        S('Donetsk regional governor Oleksandr Hnatyuk', 'official', form='title-name'),
        S('Hnatyuk', 'official', nth=1, form='name'),
        S('the governor', 'official', form='role'),
        S("Ukraine's National Police", 'official'),
        S('the police', 'official'),
        S("The regional prosecutor's office", 'official'),
        S("Russia's Defense Ministry", 'military'),
        S('Lieutenant Colonel Ihor Savchuk', 'military', form='title-name'),
        S("the town's military administration", 'official'),
        S('the head of the administration, Serhiy Kolomiets', 'official', form='title-name'),
        S('The United Nations human rights monitoring mission in Ukraine', 'ngo'),
    ],
    numbers=[
        N('three bombs', 'count-objects'),
        N('11:20 a.m.', 'time'),
        N('dozens of buildings', 'count-objects'),
        N('12-year-old', 'age'),
        N('FAB-500', 'other'),
        N('Su-34', 'other'),
        N('about 20,000', 'population'),
        N('five months', 'duration'),
        N('2022', 'year'),
        N('Fewer than 2,000 residents', 'population'),
        N('45 km', 'distance'),
        N('28 miles', 'distance'),
        N('February 2022', 'date'),
    ])

# cc02: gunmen's attack on Moreh, Tengnoupal district, Manipur, India (an Indian daily's own correspondent)
A['cc02.txt'] = dict(
    casualty=[
        C('Three killed', 'killed', 3, 'exact', 'people', id='hk'),
        C('11 hurt', 'injured', 11, 'exact', 'people', id='hh'),
        C('Three persons', 'killed', 3, 'exact', 'people', id='tot', tags='repeat'),
        C('11 others injured', 'injured', 11, 'exact', 'people', id='inj', tags='repeat'),
        C('the 11 injured', 'injured', 11, 'exact', 'people', id='inj2', tags='repeat'),
        C('two are Assam Rifles personnel', 'injured', 2, 'exact', 'soldiers', sub='inj2'),
        C('four are women', 'injured', 4, 'exact', 'women', sub='inj2'),
        C('Five of the injured', 'injured', 5, 'exact', 'people', id='air', sub='inj2'),
        C('two of them', 'injured', 2, 'exact', 'people', sub='air'),
        C('the bodies of two suspected miscreants', 'killed', 2, 'exact', 'fighters'),
        C('A dozen persons', 'detained', 12, 'exact', 'people', id='det'),
        C('three Myanmar nationals', 'detained', 3, 'exact', 'people', sub='det'),
        C('the number of injured at 14', 'injured', 14, 'exact', 'people', tags='contradicted'),
        C('roughly 200 families had fled', 'displaced', 200, 'approx', 'people'),
        C('upwards of 250 persons have been killed', 'killed', 250, 'at-least', 'people'),
        C('about 60,000 displaced', 'displaced', 60000, 'approx', 'people'),
    ],
    sources=[
        S('officials', 'official', nth=0),
        S('Tengnoupal Superintendent of Police Th. Ranjit Singh', 'official', form='title-name'),
        S('the police officer', 'official', form='role'),
        S('a spokesperson for the Assam Rifles', 'military', form='role'),
        S('The Moreh Hill Tribes Council', 'other'),
        S('council convener Paolen Haokip', 'other', form='title-name'),
        S("the Chief Minister's Office", 'official'),
        S('officials', 'official', nth=1),
        S('Residents', 'witness'),
        S('Thoibi Devi', 'witness', form='name'),
        S('official figures', 'official', form='document'),
    ],
    numbers=[
        N('May 9', 'date'),
        N('2.30 am', 'time'),
        N('nearly three hours', 'duration'),
        N('numbering 25 to 30', 'count-people'),
        N('at least 40 houses and shops', 'count-objects'),
        N('Ward No. 7', 'other'),
        N('34-year-old', 'age'),
        N('Rs 10 lakh', 'money'),
        N('Rs 1 lakh', 'money'),
        N('500 additional personnel', 'count-people'),
        N('60 other people', 'count-people'),
        N('about 16,000 people', 'population'),
        N('May 2023', 'date'),
    ])

# cc03: gunmen's raids on three villages in Mangu, Plateau state, Nigeria (AFP style)
A['cc03.txt'] = dict(
    casualty=[
        C('killed at least 27 people', 'killed', 27, 'at-least', 'people', id='tot'),
        C('buried 19', 'killed', 19, 'exact', 'people', sub='tot'),
        C('eight', 'killed', 8, 'exact', 'people', sub='tot'),
        C('at least 30 people had been wounded', 'injured', 30, 'at-least', 'people'),
        C('toll of 18 dead', 'killed', 18, 'exact', 'people', tags='contradicted'),
        C('11 suspects had been arrested', 'detained', 11, 'exact', 'people'),
        C('the police count had risen to 23', 'killed', 23, 'exact', 'people', tags='update contradicted'),
        C('the toll at between 35 and 40', 'killed', None, 'range', 'people', low=35, high=40, id='res',
          tags='contradicted'),
        C('three children', 'killed', 3, 'exact', 'children', sub='res'),
        C('several people were still missing', 'missing', None, 'vague', 'people'),
        C('2,340 people who had fled', 'displaced', 2340, 'exact', 'people'),
        C('“neutralised” four of the attackers', 'killed', 4, 'exact', 'fighters'),
        C('arrested seven others', 'detained', 7, 'exact', 'fighters'),
        C('more than 200 people had been killed', 'killed', 200, 'at-least', 'people'),
        C('tens of thousands have been displaced', 'displaced', None, 'vague', 'people'),
    ],
    sources=[
        S('local officials', 'official'),
        S('residents', 'witness', nth=0),
        S('Mangu local government chairman Simon Dakwak', 'official', form='title-name'),
        S('State police spokesman Gabriel Ubah', 'official', form='title-name'),
        S('Ubah', 'official', nth=1, form='name'),
        S('Residents', 'witness'),
        S('Rifkatu Danladi', 'witness', form='name'),
        S('The Plateau state government', 'official'),
        S('Operation Safe Haven', 'military'),
        S('Its spokesman, Captain Yusuf Bello', 'military', form='title-name'),
        S('A youth leader in Mbar', 'anonymous'),
        S('The Middle Belt Rights Forum', 'ngo'),
        S('residents', 'witness', nth=1),
    ],
    numbers=[
        N('three villages', 'count-objects'),
        N('two villages', 'count-objects'),
        N('about 70 kilometres', 'distance'),
        N('two AK-47 rifles', 'count-objects'),
        N('two daughters', 'count-people'),
        N('41', 'age'),
        N('24-hour', 'duration'),
        N('two primary schools', 'count-objects'),
        N('May 2023', 'date'),
    ])

# cc04: suicide car bomb and gunfight at Guriceel, Galmudug, Somalia (dpa style, one sentence a paragraph)
A['cc04.txt'] = dict(
    casualty=[
        C('At least 16 people were killed', 'killed', 16, 'at-least', 'people', id='tot'),
        C('Nine soldiers', 'killed', 9, 'exact', 'soldiers', sub='tot'),
        C('seven civilians died', 'killed', 7, 'exact', 'civilians', id='civ', sub='tot'),
        C('two tea sellers', 'killed', 2, 'exact', 'other', sub='civ'),
        C('more than 30 people had been wounded', 'injured', 30, 'at-least', 'people', id='inj'),
        C('several of them', 'injured', None, 'vague', 'people', sub='inj'),
        C('received 11 patients', 'injured', 11, 'exact', 'people', sub='inj'),
        C('killed 47 “apostate soldiers”', 'killed', 47, 'exact', 'soldiers', tags='contradicted'),
        C('killed nearly two dozen militants', 'killed', 24, 'at-most', 'fighters'),
        C('the death toll to 19', 'killed', 19, 'exact', 'people', tags='update'),
        C('three of the wounded had died', 'killed', 3, 'exact', 'people', sub='inj'),
        C('detained 14 suspects', 'detained', 14, 'exact', 'people'),
        C('hundreds of families had left', 'displaced', None, 'vague', 'people'),
        C('some 4,500 people had been displaced', 'displaced', 4500, 'approx', 'people'),
        C('About 96,000 people have been forced from their homes', 'displaced', 96000, 'approx', 'people'),
    ],
    sources=[
        S('police', 'official', nth=0, form='organisation'),
        S('local police commander Abdirahman Warsame', 'official', form='title-name'),
        S('Warsame', 'official', nth=1, form='name'),
        S('doctors at Madina Hospital in Mogadishu', 'anonymous'),
        S('The al-Qaeda-linked al-Shabaab group', 'military'),
        S("Galmudug state's security minister, Ahmed Ali Farah", 'official', form='title-name'),
        S('Farah', 'official', nth=1, form='name'),
        S('the minister', 'official', form='role'),
        S('Residents', 'witness'),
        S('Hawa Abdi Nur', 'witness', form='name'),
        S('The UN refugee agency UNHCR', 'ngo'),
        S('the agency', 'ngo'),
        S("The African Union's mission in Somalia, AUSSOM", 'military'),
    ],
    numbers=[
        N('about two hours', 'duration'),
        N('27th Division', 'other'),
        N('two military vehicles', 'count-objects'),
        N('38-year-old', 'age'),
        N('mother of five', 'count-people'),
        N('some 400 kilometres', 'distance'),
        N('2021', 'year'),
        N('more than 17 years', 'duration'),
    ])

# cc05: attack on a checkpoint and security operation in Khorugh, Gorno-Badakhshan, Tajikistan
# (state media, Khovar style)
A['cc05.txt'] = dict(
    casualty=[
        C('two police officers were killed', 'killed', 2, 'exact', 'soldiers'),
        C('three servicemen were wounded', 'injured', 3, 'exact', 'soldiers'),
        C('11 criminals were neutralized', 'killed', 11, 'exact', 'fighters'),
        C('23 were detained', 'detained', 23, 'exact', 'fighters', id='det'),
        C('four citizens', 'detained', 4, 'exact', 'people', sub='det'),
        C('three civilians were killed', 'killed', 3, 'exact', 'civilians'),
        C('seven others received injuries', 'injured', 7, 'exact', 'civilians'),
        C('approximately 120 residents who had left their homes', 'displaced', 120, 'approx', 'civilians'),
        C('20-30 civilians had been killed', 'killed', None, 'range', 'civilians', low=20, high=30, tags='contradicted'),
        C('as many as 150 local residents had been arrested', 'detained', 150, 'at-most', 'civilians',
          tags='contradicted'),
    ],
    sources=[
        S('the Ministry of Internal Affairs of the Republic of Tajikistan', 'official'),
        S('the ministry', 'official', nth=0),
        S('the ministry', 'official', nth=1),
        S('the head of the GBAO health department, Shodmon Nazarov', 'official', form='title-name'),
        S('The chairman of the GBAO, Farhod Shohzoda', 'official', form='title-name'),
        S('the regional administration', 'official'),
        S("The Prosecutor General's Office", 'official'),
        S('certain foreign media', 'media'),
        S('so-called opposition websites', 'media'),
        S('the ministry', 'official', nth=2),
    ],
    numbers=[
        N('18 May', 'date'),
        N('16 May', 'date'),
        N('numbering about 40 people', 'count-people'),
        N('22:40', 'time'),
        N('14 Kalashnikov assault rifles', 'count-objects'),
        N('two grenade launchers', 'count-objects'),
        N('more than 3,000 rounds of ammunition', 'count-objects'),
        N('Five vehicles', 'count-objects'),
        N('Article 179', 'other'),
        N('Article 186', 'other'),
        N('45 percent', 'percentage'),
        N('about 230,000 people', 'population'),
        N('more than 60 investment projects', 'count-objects'),
        N('ten years', 'duration'),
    ])

# cc06: a mine blast on the Lachin road and a border shooting, Azerbaijan/Armenia (a broadcaster, BBC style)
A['cc06.txt'] = dict(
    casualty=[
        C('kills three Azerbaijani workers', 'killed', 3, 'exact', 'other', id='hl'),
        C('killing three people', 'killed', 3, 'exact', 'people', tags='repeat'),
        C('injuring four others', 'injured', 4, 'exact', 'people', id='inj'),
        C('Two of the injured', 'injured', 2, 'exact', 'people', sub='inj'),
        C('killed 71 people', 'killed', 71, 'exact', 'people'),
        C('wounded almost 290', 'injured', 290, 'at-most', 'people'),
        C('two of its soldiers had been wounded', 'injured', 2, 'exact', 'soldiers', tags='contradicted'),
        C('wounding two Armenian border guards', 'injured', 2, 'exact', 'soldiers', id='ag'),
        C('one of them seriously', 'injured', 1, 'exact', 'soldiers', sub='ag'),
        C('lost 192 soldiers', 'killed', 192, 'exact', 'soldiers'),
        C('their own losses at roughly 220', 'killed', 220, 'approx', 'soldiers'),
        C('More than 100,000 ethnic Armenians', 'displaced', 100000, 'at-least', 'people'),
        C('some 140,000 Azerbaijanis displaced', 'displaced', 140000, 'approx', 'people'),
    ],
    sources=[
        S('Azerbaijani officials', 'official'),
        S('the Mine Action Agency (ANAMA)', 'official'),
        S('the agency', 'official'),
        S('Elnur Mammadov', 'witness', form='name'),
        S('ANAMA', 'official', nth=1),
        S('Azerbaijan', 'official', nth=2),
        S('Yerevan', 'official'),
        S('Baku', 'official'),
        S('Azerbaijan’s defence ministry', 'military'),
        S('Armenia’s defence ministry', 'military'),
        S('The EU Monitoring Mission in Armenia (EUMA)', 'ngo'),
        S('Azerbaijan', 'official', nth=5),
        S('the Karabakh authorities', 'official'),
        S('the Armenian government', 'official'),
    ],
    numbers=[
        N('about 15km', 'distance'),
        N('nine miles', 'distance'),
        N('aged between 24 and 51', 'age'),
        N('2020', 'year'),
        N('more than a million mines', 'count-objects'),
        N('three decades', 'duration'),
        N('several bursts', 'count-objects'),
        N('nine months', 'duration'),
        N('September 2023', 'date'),
        N('24-hour', 'duration'),
        N('1990s', 'year'),
        N('2026', 'year'),
    ])

# cc07: an armed group's attack on Kukawa on Lake Chad, Borno state, Nigeria (UN OCHA flash update)
A['cc07.txt'] = dict(
    casualty=[
        C('killed at least 31 civilians', 'killed', 31, 'at-least', 'civilians', id='hl'),
        C('injured 46 others', 'injured', 46, 'exact', 'civilians', id='hli'),
        C('An estimated 18,500 people have fled', 'displaced', 18500, 'approx', 'people', id='hld'),
        C('at least 31 civilians were killed', 'killed', 31, 'at-least', 'civilians', id='tot', tags='repeat'),
        C('12 children', 'killed', 12, 'exact', 'children', sub='tot'),
        C('nine women', 'killed', 9, 'exact', 'women', sub='tot'),
        C('46 people were injured', 'injured', 46, 'exact', 'people', id='inj', tags='repeat'),
        C('the death toll to 38', 'killed', 38, 'exact', 'civilians', tags='update'),
        C('seven more bodies', 'killed', 7, 'exact', 'civilians'),
        C('the number of dead at over 50', 'killed', 50, 'at-least', 'people', tags='contradicted'),
        C('At least 23 people remain unaccounted for', 'missing', 23, 'at-least', 'people'),
        C('Two aid workers', 'detained', 2, 'exact', 'other'),
        C('a number of women and girls were also abducted', 'detained', None, 'vague', 'women'),
        C('14 of the injured', 'injured', 14, 'exact', 'people', id='ref', sub='inj'),
        C('three of them', 'injured', 3, 'exact', 'people', sub='ref'),
        C('"dozens of terrorists" were neutralized', 'killed', None, 'vague', 'fighters'),
        C('five soldiers lost their lives', 'killed', 5, 'exact', 'soldiers'),
        C('an estimated 18,500 people have fled', 'displaced', 18500, 'approx', 'people', id='dis', tags='repeat'),
        C('about 11,000', 'displaced', 11000, 'approx', 'people', sub='dis'),
        C('some 6,200', 'displaced', 6200, 'approx', 'people', sub='dis'),
        C('1,000–1,300', 'displaced', None, 'range', 'people', low=1000, high=1300, sub='dis'),
        C('Some 900 newly arrived households', 'displaced', 900, 'approx', 'people'),
    ],
    sources=[
        S('state authorities', 'official'),
        S('the Borno State Emergency Management Agency (SEMA)', 'official'),
        S('SEMA', 'official', nth=1),
        S('Community leaders in Kukawa', 'other'),
        S('Community leaders', 'other', nth=1),
        S('Partners', 'ngo', nth=0),
        S('The Nigerian Army', 'military'),
        S("IOM's Displacement Tracking Matrix (DTM)", 'ngo'),
    ],
    numbers=[
        N('No. 1', 'other'),
        N('14 September 2025', 'date'),
        N('12 September', 'date', nth=0),
        N('US$3.2 million', 'money'),
        N('three months', 'duration'),
        N('12 September', 'date', nth=1),
        N('about 180 km', 'distance'),
        N('an estimated 600 shelters', 'count-objects'),
        N('14 September', 'date', nth=1),
        N('around 45,000 people', 'population'),
        N('2023', 'year'),
        N('12 September', 'date', nth=2),
        N('More than 60 per cent', 'percentage'),
        N('Two mobile clinics', 'count-objects'),
        N('1,150 consultations', 'count-objects'),
        N('13 September', 'date'),
        N('2,400 emergency shelter kits', 'count-objects'),
        N('4,000 kits', 'count-objects'),
        N('two-week', 'duration'),
        N('12,000 people', 'count-people'),
        N('2025', 'year', nth=1),
        N('$910 million', 'money'),
        N('28 per cent', 'percentage'),
    ])

# cc08: a killing and detentions along the dividing line in Gali district, Abkhazia, Georgia
# (a rights group's statement with a headline)
A['cc08.txt'] = dict(
    casualty=[
        C('detention of at least 19 ethnic Georgians', 'detained', 19, 'at-least', 'people', id='det'),
        C('one of them had later died', 'killed', 1, 'exact', 'people'),
        C('“illegally detained” 47 Georgian citizens', 'detained', 47, 'exact', 'people', id='ssg'),
        C('11 of whom remain in custody', 'detained', 11, 'exact', 'people', sub='ssg'),
        C('19 detentions', 'detained', 19, 'exact', 'people', id='det2', tags='repeat'),
        C('four women', 'detained', 4, 'exact', 'women', sub='det2'),
        C('fewer than 15 people had been detained', 'detained', 15, 'at-most', 'people', tags='contradicted'),
        C('around 140 residents', 'displaced', 140, 'approx', 'civilians'),
        C('at least nine Georgian citizens have died', 'killed', 9, 'at-least', 'people'),
        C('thousands of people were killed', 'killed', None, 'vague', 'people'),
        C('more than 200,000 ethnic Georgians were forced to flee', 'displaced', 200000, 'at-least', 'people'),
    ],
    sources=[
        S('his relatives', 'witness'),
        S('The de facto State Security Service of Abkhazia', 'official'),
        S('Jikia’s widow, Lali', 'witness', form='name'),
        S('Georgia’s State Security Service', 'official'),
        S('HRCCR field monitors', 'ngo'),
        S('The de facto authorities in Sukhumi', 'official'),
        S('Nana Kvaratskhelia', 'witness', form='name'),
        S('The European Union Monitoring Mission (EUMM)', 'ngo'),
        S('the Zugdidi municipal administration', 'official'),
        S('HRCCR records', 'ngo', form='document'),
    ],
    numbers=[
        N('62-year-old', 'age', nth=0),
        N('3 October 2024', 'date'),
        N('62-year-old', 'age', nth=1),
        N('three weeks', 'duration'),
        N('27 September', 'date'),
        N('a group of three violators', 'count-people'),
        N('between 10 and 30 September', 'date'),
        N('16-year-old', 'age'),
        N('between 5,000 and 20,000 roubles', 'money'),
        N('four days', 'duration'),
        N('2008', 'year'),
        N('30,000 to 45,000 ethnic Georgians', 'population'),
        N('1992–1993', 'year'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
