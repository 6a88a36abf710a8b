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

# ---------------------------------------------------------------- labels (blind set 126: hs01-hs08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('eliminated / neutralized / liquidated / shot dead / sacrificed his life / lost … fighters',
     r'\beliminated\b|\bneutralized\b|\bliquidated\b|\bshot dead\b|\bsacrificed\b|\blost\b'),
    ('captured / abducted / detained / prisoners', r'\bcaptured\b|\babducted\b|\bprisoners\b'),
    ('evacuated / fled / forced … from their homes / taken refuge / forced to flee',
     r'\bevacuated\b|\bfled\b|\bfrom their homes\b|\brefuge\b|\bforced to flee\b'),
    ('lost a leg / minor injuries / critically', r'\blost a leg\b|\binjuries\b|\bcritically\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('servicemen/members of the security forces', r'\b(?:servicemen|member of the security forces)\b'),
    ('terrorists/members of the dissident faction', r'\b(?:terrorists|members)\b'),
    ('volunteers/employees/staff', r'\b(?:volunteers|employees|staff)\b'),
    ('teenagers', r'\bteenagers\b'),
    ('passengers/residents/families', r'\b(?:passengers|residents|families)\b'),
]

# hs01: a guided bomb on an aid distribution point in Shevchenkove, Kharkiv oblast (Reuters style)
A['hs01.txt'] = dict(
    casualty=[
        C('killing at least 12 people', 'killed', 12, 'at-least', 'people', id='tot'),
        C('wounding 31', 'injured', 31, 'exact', 'people', id='inj'),
        C('two teenagers', 'killed', 2, 'exact', 'children', sub='tot'),
        C('nine of the wounded', 'injured', 9, 'exact', 'people', sub='inj'),
        C('the death toll at eight', 'killed', 8, 'exact', 'people'),
        C('the number of dead had risen to 14', 'killed', 14, 'exact', 'people', tags='update'),
        C('two of the wounded died', 'killed', 2, 'exact', 'people', sub='inj'),
        C('as many as five people believed missing', 'missing', 5, 'at-most', 'people'),
        C('three of its volunteers were among the wounded', 'injured', 3, 'exact', 'other', id='vol', sub='inj'),
        C('one of them had lost a leg', 'injured', 1, 'exact', 'other', sub='vol'),
        C('ten or 12 bodies', 'killed', None, 'range', 'people', low=10, high=12),
        C('evacuated 46 residents', 'displaced', 46, 'exact', 'civilians', id='ev'),
        C('11 children', 'displaced', 11, 'exact', 'children', sub='ev'),
        C('eliminated up to 40 Ukrainian servicemen', 'killed', 40, 'at-most', 'soldiers'),
        C('the deaths of 186 civilians', 'killed', 186, 'exact', 'civilians'),
    ],
    sources=[
        S('regional officials', 'official'),
        S('Regional Governor Ihor Marchenko', 'official', form='title-name'),
        S('Local officials', 'official'),
        S("The Kharkiv regional prosecutor's office", 'official'),
        S('Ruky Dopomohy', 'ngo', form='name'),
        S('Valentyna Hordiienko', 'witness', form='name'),
        S('Hordiienko', 'witness', nth=1, form='name'),
        S('Police', 'official'),
        S('The Russian Defense Ministry', 'military'),
        S('Lt. Col. Andriy Kovalenko', 'military', form='title-name'),
        S('The United Nations Human Rights Monitoring Mission in Ukraine', 'ngo'),
        S("Ukraine's air force", 'military'),
    ],
    numbers=[
        N('79-year-old', 'age'),
        N('11 a.m.', 'time'),
        N('about 200 residents', 'count-people'),
        N('63', 'age'),
        N('24 hours', 'duration'),
        N('about 25 km', 'distance'),
        N('15 miles', 'distance'),
        N('58 drones', 'count-objects'),
        N('four missiles', 'count-objects'),
        N('51 of the drones', 'count-objects'),
        N('about 6,000 residents', 'population'),
        N('six months', 'duration'),
        N('2022', 'year'),
    ])

# hs02: al-Shabaab overruns a base near Jamaame, Lower Juba, Somalia (broadcaster style, British spelling)
A['hs02.txt'] = dict(
    casualty=[
        C('killing at least 17 soldiers', 'killed', 17, 'at-least', 'soldiers'),
        C('17 soldiers had died', 'killed', 17, 'exact', 'soldiers', tags='repeat'),
        C('23 others were wounded', 'injured', 23, 'exact', 'soldiers', id='w'),
        C('six of them', 'injured', 6, 'exact', 'soldiers', sub='w'),
        C('killed “more than 40 terrorists”', 'killed', 40, 'at-least', 'fighters', id='k40'),
        C('the bodies of 19 of them', 'killed', 19, 'exact', 'fighters', sub='k40'),
        C('killed 61 soldiers', 'killed', 61, 'exact', 'soldiers', tags='contradicted'),
        C('captured “a number of” others', 'detained', None, 'vague', 'soldiers'),
        C('lost three of its fighters', 'killed', 3, 'exact', 'fighters', tags='contradicted'),
        C('31 wounded people', 'injured', 31, 'exact', 'people', id='h'),
        C('nine civilians', 'injured', 9, 'exact', 'civilians', sub='h'),
        C('Two of the soldiers', 'killed', 2, 'exact', 'soldiers', sub='h'),
        C('forced thousands of families from their homes', 'displaced', None, 'vague', 'people'),
        C('about 14,000 people have been displaced', 'displaced', 14000, 'approx', 'people'),
    ],
    sources=[
        S('officials', 'official'),
        S('a Jubaland security official', 'anonymous'),
        S('the official', 'anonymous'),
        S('Jubaland’s security minister, Abdirashid Hirsi Farah', 'official', form='title-name'),
        S('its Radio Andalus station', 'media'),
        S('al-Shabaab', 'military'),
        S('Residents of Jamaame', 'witness'),
        S('one resident', 'witness'),
        S('The director of Kismayo General Hospital, Dr Fadumo Ali Yusuf', 'official', form='title-name'),
        S('Our Somalia correspondent', 'media', form='role'),
        S('the UN’s humanitarian agency, OCHA', 'ngo'),
        S('The African Union mission in Somalia, AUSSOM', 'military'),
    ],
    numbers=[
        N('60km', 'distance'),
        N('37 miles', 'distance'),
        N('Dozens of fighters', 'count-people'),
        N('nearly three hours', 'duration'),
        N('four armoured vehicles', 'count-objects'),
        N('one resident', 'count-people'),
        N('two helicopters', 'count-objects'),
        N('more than 15 years', 'duration'),
        N('2022', 'year'),
    ])

# hs03: a UN OCHA flash update on fighting and displacement in Sablale, Lower Shabelle, Somalia
A['hs03.txt'] = dict(
    casualty=[
        C('An estimated 38,000 people have been displaced', 'displaced', 38000, 'approx', 'people'),
        C('at least 23 civilian deaths', 'killed', 23, 'at-least', 'civilians'),
        C('57 people have been injured', 'injured', 57, 'exact', 'people'),
        C('killing 11 civilians', 'killed', 11, 'exact', 'civilians', id='mk'),
        C('four children', 'killed', 4, 'exact', 'children', sub='mk'),
        C('injuring 26 others', 'injured', 26, 'exact', 'civilians'),
        C('killing seven passengers', 'killed', 7, 'exact', 'people'),
        C('Two women', 'missing', 2, 'exact', 'women'),
        C('the civilian death toll has risen to at least 23', 'killed', 23, 'at-least', 'civilians',
          tags='repeat update'),
        C('14', 'killed', 14, 'exact', 'civilians', nth=1),
        C('the 57 people injured', 'injured', 57, 'exact', 'people', id='inj', tags='repeat'),
        C('19 are children', 'injured', 19, 'exact', 'children', sub='inj'),
        C('detained 34 men', 'detained', 34, 'exact', 'men'),
        C('abducted at least five villagers', 'detained', 5, 'at-least', 'civilians'),
        C('some 38,000 people have fled', 'displaced', 38000, 'approx', 'people', id='d2', tags='repeat'),
        C('21,400 people', 'displaced', 21400, 'exact', 'people', sub='d2'),
        C('about 6,500', 'displaced', 6500, 'approx', 'people', sub='d2'),
    ],
    sources=[
        S('Partners', 'ngo', form='collective'),
        S('local authorities', 'official'),
        S('local authorities', 'official', nth=1),
        S('partners', 'ngo', form='collective'),
        S('Partners', 'ngo', nth=1, form='collective'),
        S('the IOM Displacement Tracking Matrix (DTM)', 'ngo', form='document'),
    ],
    numbers=[
        N('No. 3', 'other'),
        N('14 August 2025', 'date'),
        N('2 August', 'date'),
        N('Two aid convoys', 'count-objects'),
        N('US$18.5 million', 'money'),
        N('12 per cent', 'percentage'),
        N('8 and 12 August', 'date'),
        N('10 August', 'date'),
        N('12 August', 'date', nth=1),
        N('2 August', 'date', nth=1),
        N('No. 2', 'other'),
        N('10 August', 'date', nth=1),
        N('40 km', 'distance'),
        N('11 August', 'date'),
        N('20 were released', 'count-people'),
        N('an estimated pre-conflict population of 95,000', 'population'),
        N('an estimated 80 per cent', 'percentage'),
        N('1,200 households', 'count-people'),
        N('3,000 households', 'count-people'),
        N('140 patients', 'count-people'),
        N('35 children', 'count-people'),
        N('45 tonnes', 'quantity'),
        N('15 km', 'distance'),
        N('7 and 9 August', 'date'),
        N('US$18.5 million', 'money', nth=1),
        N('120,000 people', 'count-people'),
        N('three months', 'duration'),
        N('13 August', 'date'),
        N('12 per cent', 'percentage', nth=1),
    ])

# hs04: PDF attack, clashes and arrests in Myaung Township, Sagaing Region, Myanmar (state media style)
A['hs04.txt'] = dict(
    casualty=[
        C('shot dead three villagers', 'killed', 3, 'exact', 'civilians'),
        C('12 terrorists were killed', 'killed', 12, 'exact', 'fighters', id='t'),
        C('the bodies of eight terrorists', 'killed', 8, 'exact', 'fighters', sub='t'),
        C('One member of the security forces sacrificed his life', 'killed', 1, 'exact', 'soldiers'),
        C('two others sustained minor injuries', 'injured', 2, 'exact', 'soldiers'),
        C('detained 21 people', 'detained', 21, 'exact', 'people', id='d'),
        C('seven women', 'detained', 7, 'exact', 'women', sub='d'),
        C('1,340 villagers who had been forced to flee', 'displaced', 1340, 'exact', 'civilians'),
        C('killed 19 civilians', 'killed', 19, 'exact', 'civilians', tags='contradicted'),
        C('killed 5,312 civilians', 'killed', 5312, 'exact', 'civilians', id='mh'),
        C('611 women', 'killed', 611, 'exact', 'women', sub='mh'),
        C('340 children', 'killed', 340, 'exact', 'children', sub='mh'),
        C('injured over 2,100 people', 'injured', 2100, 'at-least', 'people'),
    ],
    sources=[
        S('the Myaung Township General Administration Department', 'official'),
        S('the department', 'official'),
        S('Daw Khin Myo', 'witness', form='name'),
        S('the Tatmadaw True News Information Team', 'military'),
        S('the team', 'military'),
        S('the department', 'official', nth=1),
        S('Some foreign media and exile outlets', 'media'),
        S('The True News Information Team', 'military'),
        S('the Ministry of Home Affairs', 'official'),
        S('the statement', 'military', form='document'),
    ],
    numbers=[
        N('9 November', 'date'),
        N('46 houses', 'count-objects'),
        N('7 November', 'date'),
        N('68-year-old', 'age'),
        N('K 500,000', 'money'),
        N('52', 'age'),
        N('about 50 armed terrorists', 'count-people'),
        N('8 November', 'date'),
        N('about two hours', 'duration'),
        N('six home-made guns', 'count-objects'),
        N('18 landmines', 'count-objects'),
        N('three relief camps', 'count-objects'),
        N('5 November', 'date'),
        N('1 February 2021', 'date'),
        N('31 October 2025', 'date'),
    ])

# hs05: a rights group's statement on an air strike on a displacement camp near Bawlakhe, Karenni State
A['hs05.txt'] = dict(
    casualty=[
        C('killing at least nine civilians', 'killed', 9, 'at-least', 'civilians', id='k'),
        C('five of them children', 'killed', 5, 'exact', 'children', sub='k'),
        C('wounding 14 others', 'injured', 14, 'exact', 'civilians', id='w'),
        C('about 1,200 displaced people', 'displaced', 1200, 'approx', 'people'),
        C('Two of the wounded', 'killed', 2, 'exact', 'civilians', sub='w'),
        C('the death toll to 11', 'killed', 11, 'exact', 'civilians', tags='update'),
        C('Four people remain missing', 'missing', 4, 'exact', 'people'),
        C('nearly 900 residents had fled', 'displaced', 900, 'at-most', 'civilians'),
        C('lost two of its members', 'killed', 2, 'exact', 'fighters'),
        C('killed “about 30 terrorists”', 'killed', 30, 'approx', 'fighters', tags='contradicted'),
        C('killing 387 civilians', 'killed', 387, 'exact', 'civilians', id='ks'),
        C('96 children', 'killed', 96, 'exact', 'children', sub='ks'),
        C('injuring more than 900', 'injured', 900, 'at-least', 'civilians'),
        C('Nearly 200,000 people', 'displaced', 200000, 'at-most', 'people'),
    ],
    sources=[
        S('the Karenni Rights and Peace Initiative (KRPI)', 'ngo'),
        S('KRPI field researchers', 'ngo'),
        S('Khu Reh Meh', 'ngo', form='name'),
        S('A camp committee member', 'anonymous'),
        S('The Karenni Nationalities Defence Force (KNDF)', 'military'),
        S('The military junta’s information team', 'military'),
        S('KRPI', 'ngo', nth=4),
        S('UN estimates', 'ngo', form='document'),
    ],
    numbers=[
        N('3 March 2025', 'date'),
        N('28 February', 'date'),
        N('4:15 pm', 'time'),
        N('Two 500-pound bombs', 'count-objects'),
        N('nine-year-old', 'age'),
        N('two or three times', 'other'),
        N('412 air strikes', 'count-objects'),
        N('February 2021', 'date'),
        N('roughly two-thirds', 'percentage'),
        N('2008', 'year'),
        N('23 survivors and witnesses', 'count-people'),
        N('28 February', 'date', nth=1),
    ])

# hs06: ELN and FARC dissidents clash in San Calixto, Norte de Santander, Colombia (AP style,
# one sentence a paragraph)
A['hs06.txt'] = dict(
    casualty=[
        C('killed at least 14 people', 'killed', 14, 'at-least', 'people', id='tot'),
        C('forced more than 3,000 others from their homes', 'displaced', 3000, 'at-least', 'people', id='disp'),
        C('eight of the dead were civilians', 'killed', 8, 'exact', 'civilians', sub='tot'),
        C('The other six were believed to be fighters', 'killed', 6, 'exact', 'fighters', sub='tot'),
        C('abducted at least 11 people', 'detained', 11, 'at-least', 'people', id='ab'),
        C('three women', 'detained', 3, 'exact', 'women', sub='ab'),
        C('“neutralized” 23 members of the dissident faction', 'killed', 23, 'exact', 'fighters',
          tags='contradicted'),
        C('some 900 people had taken refuge', 'displaced', 900, 'approx', 'people', sub='disp'),
        C('Hundreds more', 'displaced', None, 'vague', 'people', sub='disp'),
        C('found four bodies', 'killed', 4, 'exact', 'people'),
        C('Two soldiers were wounded', 'injured', 2, 'exact', 'soldiers'),
        C('the death toll to 17', 'killed', 17, 'exact', 'people', tags='update'),
        C('three more bodies were recovered', 'killed', 3, 'exact', 'people'),
        C('3,240 displaced people', 'displaced', 3240, 'exact', 'people', tags='update'),
        C('1,100', 'displaced', 1100, 'exact', 'people'),
        C('forced more than 50,000 people from their homes', 'displaced', 50000, 'at-least', 'people'),
    ],
    sources=[
        S('authorities', 'official'),
        S('Norte de Santander Gov. Luis Eduardo Contreras', 'official', form='title-name'),
        S('Colombia’s human rights ombudsman’s office', 'official'),
        S('Ombudsman Carmen Rojas', 'official', form='title-name'),
        S('the ELN', 'military', nth=2),
        S('San Calixto Mayor Jairo Pérez', 'official', form='title-name'),
        S('Pérez', 'official', nth=1, form='name'),
        S('Army Gen. Hernán Ospina', 'military', form='title-name'),
        S('Ospina', 'military', nth=1, form='name'),
        S('The Defense Ministry', 'military'),
        S('the provincial government', 'official'),
        S('The U.N. refugee agency', 'ngo'),
        S('government figures', 'official', form='document'),
    ],
    numbers=[
        N('two armed groups', 'count-objects'),
        N('16-year-old', 'age'),
        N('33rd Front', 'other'),
        N('5-year-olds', 'age'),
        N('1,500 additional troops', 'count-people'),
        N('an estimated 43,000 hectares', 'quantity'),
        N('one of the most contested', 'other'),
    ])

# hs07: a drone strike on a passenger train at Sakhnovshchyna, Kharkiv oblast (a British newspaper's
# own correspondent, byline instead of a dateline)
A['hs07.txt'] = dict(
    casualty=[
        C('killing five people', 'killed', 5, 'exact', 'people', id='k1'),
        C('injuring more than 20', 'injured', 20, 'at-least', 'people'),
        C('Two of its employees', 'killed', 2, 'exact', 'other', sub='k1'),
        C('the number of dead had risen to seven', 'killed', 7, 'exact', 'people', tags='update'),
        C('26 people had been wounded', 'injured', 26, 'exact', 'people', id='w'),
        C('three children', 'injured', 3, 'exact', 'children', sub='w'),
        C('Eleven of the injured', 'injured', 11, 'exact', 'people', sub='w'),
        C('at least a dozen injured passengers', 'injured', 12, 'at-least', 'people'),
        C('pulled two bodies', 'killed', 2, 'exact', 'people'),
        C('one woman was still missing', 'missing', 1, 'exact', 'women'),
        C('“up to 50 servicemen” had been “liquidated”', 'killed', 50, 'at-most', 'soldiers',
          tags='contradicted'),
        C('more than 700 of its staff have been killed', 'killed', 700, 'at-least', 'other'),
        C('214 civilians had been killed', 'killed', 214, 'exact', 'civilians'),
        C('1,017 injured', 'injured', 1017, 'exact', 'civilians'),
    ],
    sources=[
        S('Ukrainian officials', 'official'),
        S('Ukrzaliznytsia', 'official', form='organisation'),
        S('the company', 'official'),
        S('the regional military administration', 'official'),
        S('the administration', 'official'),
        S('Oksana Melnyk', 'witness', form='name'),
        S('The head of the Berestyn district military administration, Serhii Kravets', 'official',
          form='title-name'),
        S('Russia’s defence ministry', 'military'),
        S('A pro-Kremlin Telegram channel', 'media'),
        S('Ukraine’s prosecutor general’s office', 'official'),
        S('Ukrzaliznytsia', 'official', nth=1, form='organisation'),
        S('local officials', 'official'),
        S('The UN human rights monitoring mission', 'ngo'),
    ],
    numbers=[
        N('about 180 passengers', 'count-people'),
        N('at least two Shahed-type drones', 'count-objects'),
        N('41', 'age'),
        N('more than a million subscribers', 'count-people'),
        N('February 2022', 'date'),
        N('about 7,000 people', 'population'),
        N('some 110km', 'distance'),
        N('14 times', 'count-objects'),
    ])

# hs08: government forces and clan militias retake Ceel Buur, Galgaduud, Somalia (AFP style)
A['hs08.txt'] = dict(
    casualty=[
        C('left dozens dead', 'killed', None, 'vague', 'people'),
        C('52 militants had been killed', 'killed', 52, 'exact', 'fighters'),
        C('14 captured', 'detained', 14, 'exact', 'fighters'),
        C('Seven soldiers died', 'killed', 7, 'exact', 'soldiers'),
        C('around 30 were wounded', 'injured', 30, 'approx', 'soldiers'),
        C('lost four fighters', 'killed', 4, 'exact', 'fighters'),
        C('the 14 prisoners', 'detained', 14, 'exact', 'fighters', tags='repeat'),
        C('at least 35 militants had been killed', 'killed', 35, 'at-least', 'fighters'),
        C('killed "more than 70 apostate soldiers"', 'killed', 70, 'at-least', 'soldiers', tags='contradicted'),
        C('counted 19 bodies', 'killed', 19, 'exact', 'people'),
        C('18 wounded civilians', 'injured', 18, 'exact', 'civilians', id='h'),
        C('two of whom had died', 'killed', 2, 'exact', 'civilians', sub='h'),
        C('forced hundreds of families to flee', 'displaced', None, 'vague', 'people'),
        C('between 8,000 and 10,000 people had been displaced', 'displaced', None, 'range', 'people',
          low=8000, high=10000),
    ],
    sources=[
        S('officials', 'official'),
        S('residents', 'witness'),
        S('Galmudug state security minister Mohamed Abdi Hashi', 'official', form='title-name'),
        S('Hashi', 'official', nth=1, form='name'),
        S('The minister', 'official'),
        S('A military official', 'anonymous'),
        S('Al-Shabaab', 'military', nth=1),
        S('its affiliated Somali Memo website', 'media'),
        S('Residents', 'witness'),
        S('A resident, Abdullahi Hassan', 'witness', form='name'),
        S('director Dr Halima Warsame', 'official', form='title-name'),
        S("Galmudug's disaster management agency", 'official'),
        S('The UN humanitarian office OCHA', 'ngo'),
    ],
    numbers=[
        N('two days', 'duration'),
        N('15', 'age'),
        N('about 100 kilometres', 'distance'),
        N('60 miles', 'distance'),
        N('June 3', 'date'),
        N('April 2025', 'date'),
        N('an estimated 40,000 residents', 'population'),
        N('nearly two decades', 'duration'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
