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

# ---------------------------------------------------------------- labels (blind set 71: ax01-ax08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('eliminated / neutralised / fallen / murders / corpses',
     r'\beliminated\b|\bneutrali[sz]\w*\b|\bfallen\b|\bmurders\b|\bcorpses\b'),
    ('trapped / critical condition / sustained injuries / deplore … dead',
     r'\btrapped\b|\bcritical\b|\bsustained injuries\b|\bdeplore\b'),
    ('took … sons / rounded up / moved to temporary accommodation / left their homes / forced out',
     r'\btook\b|\bmoved to\b|\bleft their homes\b|\bforced out\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('servicemen/assailants/suspects', r'\b(?:servicemen|assailants|suspects)\b'),
    ('farmers/persons/families/sons/Palestinians/Israelis',
     r'\b(?:farmers|persons|families|sons|Palestinians|Israelis)\b'),
]

# ax01: Ukrainian strike on Russian-occupied Kreminna, Luhansk oblast (Reuters style)
A['ax01.txt'] = dict(
    casualty=[
        C('killed 16 people', 'killed', 16, 'exact', 'people', id='tot'),
        C('wounded at least 30 others', 'injured', 30, 'at-least', 'people', id='inj'),
        C('the dead included three children', 'killed', 3, 'exact', 'children', sub='tot'),
        C('five or six people', 'missing', None, 'range', 'people', low=5, high=6),
        C('as many as 60 Russian servicemen had been killed', 'killed', 60, 'at-most', 'soldiers',
          tags='contradicted'),
        C('the death toll to 19', 'killed', 19, 'exact', 'people', tags='update'),
        C('three of the wounded had died', 'killed', 3, 'exact', 'people', sub='inj'),
        C('Twelve of the injured', 'injured', 12, 'exact', 'people', sub='inj'),
        C('140 residents', 'displaced', 140, 'exact', 'civilians'),
        C('two civilians had been wounded', 'injured', 2, 'exact', 'civilians'),
        C('killed up to 150 Ukrainian servicemen', 'killed', 150, 'at-most', 'soldiers'),
        C('more than 12,300 civilians have been killed', 'killed', 12300, 'at-least', 'civilians'),
    ],
    sources=[
        S("Moscow-installed officials in eastern Ukraine's Luhansk region", 'official'),
        S('Leonid Danchenko', 'official', form='name'),
        S("Russia's Defense Ministry", 'military'),
        S("Ukraine's General Staff", 'military'),
        S('A Ukrainian military source', 'anonymous'),
        S('Tetiana', 'witness', form='name'),
        S('Danchenko', 'official', nth=1, form='name'),
        S('The district administration', 'official'),
        S("Ukraine's Luhansk regional military administration", 'official'),
        S('The Russian ministry', 'military'),
        S('The U.N. Human Rights Monitoring Mission in Ukraine', 'ngo'),
    ],
    numbers=[
        N('March 11', 'date'),
        N('four U.S.-supplied HIMARS rockets', 'count-objects'),
        N('two more', 'count-objects'),
        N('45-year-old', 'age'),
        N('Channel One', 'other'),
        N('at least 10 ambulances', 'count-objects'),
        N('about 90 km', 'distance'),
        N('56 miles', 'distance'),
        N('2022', 'year'),
        N('23 assaults', 'count-objects'),
        N('24 hours', 'duration'),
        N('about 18,000', 'population'),
        N('February 2022', 'date'),
        N('two months', 'duration'),
    ])

# ax02: military air strikes on villages in Paletwa township, southern Chin State, Myanmar (NGO statement)
A['ax02.txt'] = dict(
    casualty=[
        C('kill 11 civilians', 'killed', 11, 'exact', 'civilians', id='head'),
        C('four children', 'killed', 4, 'exact', 'children', sub='head'),
        C('killing at least 11 civilians', 'killed', 11, 'at-least', 'civilians', id='tot', tags='repeat'),
        C('four children', 'killed', 4, 'exact', 'children', nth=1, sub='tot', tags='repeat'),
        C('injuring 17 others', 'injured', 17, 'exact', 'civilians', id='inj'),
        C('Seven people were killed there', 'killed', 7, 'exact', 'people', id='htw', sub='tot'),
        C('three children', 'killed', 3, 'exact', 'children', sub='htw'),
        C('killing four more civilians', 'killed', 4, 'exact', 'civilians', sub='tot'),
        C('wounding at least six', 'injured', 6, 'at-least', 'civilians', sub='inj'),
        C('14 of the injured', 'injured', 14, 'exact', 'civilians', id='hosp', sub='inj'),
        C('Two of them remain in a critical condition', 'injured', 2, 'exact', 'civilians', sub='hosp'),
        C('killed 13 civilians', 'killed', 13, 'exact', 'civilians', tags='contradicted'),
        C('detained two men', 'detained', 2, 'exact', 'men'),
        C('around 30 AA terrorists” were killed', 'killed', 30, 'approx', 'fighters'),
        C('more than 2,000 residents', 'displaced', 2000, 'at-least', 'civilians'),
        C('An estimated 40,000 people', 'displaced', 40000, 'approx', 'people'),
        C('killed more than 6,000 civilians', 'killed', 6000, 'at-least', 'civilians'),
    ],
    sources=[
        S('the Chinland Human Rights Monitor (CHRM)', 'ngo'),
        S('a 38-year-old farmer from Htan Ta Wa', 'anonymous', form='role'),
        S('CHRM', 'ngo', nth=1),
        S('a medic at the hospital', 'anonymous'),
        S('The Arakan Army (AA)', 'military'),
        S('The group', 'military'),
        S('Military-controlled broadcaster MRTV', 'media'),
        S('CHRM', 'ngo', nth=2),
        S('Women and children', 'witness'),
        S('Salai Van Lian', 'ngo', form='name'),
        S('the Myanmar Conflict Monitor', 'ngo'),
    ],
    numbers=[
        N('14 February 2025', 'date'),
        N('two villages', 'count-objects'),
        N('9 and 10 February', 'date'),
        N('23 survivors, relatives and witnesses', 'count-people'),
        N('at least two 500-pound bombs', 'count-objects'),
        N('2 pm', 'time'),
        N('9 February', 'date'),
        N('one family', 'count-people'),
        N('38-year-old', 'age'),
        N('fewer than 10 beds', 'count-objects'),
        N('January 2024', 'date'),
        N('40 homes', 'count-objects'),
        N('11 February', 'date'),
        N('two villages', 'count-objects', nth=1),
        N('up to three nights', 'duration'),
        N('February 2021', 'date'),
        N('2008', 'year'),
        N('35 volunteer researchers', 'count-people'),
    ])

# ax03: Israeli drone strike and raid on Tammun near Tubas, occupied West Bank (AFP style, one sentence a paragraph)
A['ax03.txt'] = dict(
    casualty=[
        C('killed five Palestinians', 'killed', 5, 'exact', 'people', id='tot'),
        C('“eliminated” three “terrorists”', 'killed', 3, 'exact', 'fighters'),
        C('arrested 11 wanted suspects', 'detained', 11, 'exact', 'people'),
        C('14 wounded', 'injured', 14, 'exact', 'people', id='inj'),
        C('six of them', 'injured', 6, 'exact', 'people', sub='inj'),
        C('the toll to six', 'killed', 6, 'exact', 'people', id='upd', tags='update'),
        C('four of the dead were its fighters', 'killed', 4, 'exact', 'fighters', sub='upd'),
        C('one soldier was lightly wounded', 'injured', 1, 'exact', 'soldiers'),
        C('detained at least 20 people', 'detained', 20, 'at-least', 'people', id='det'),
        C('two journalists', 'detained', 2, 'exact', 'other', sub='det'),
        C('took my two sons', 'detained', 2, 'exact', 'men'),
        C('some 30 families had been forced out of their homes', 'displaced', 30, 'approx', 'people'),
        C('At least 900 Palestinians have been killed', 'killed', 900, 'at-least', 'people'),
        C('at least 32 Israelis', 'killed', 32, 'at-least', 'people'),
    ],
    sources=[
        S('the Palestinian health ministry', 'official'),
        S('The Israeli military', 'military'),
        S('The Palestinian Red Crescent', 'ngo'),
        S('Red Crescent paramedic Ahmad Daraghmeh', 'ngo', form='title-name'),
        S('Residents', 'witness'),
        S('Tubas governor Ahmad al-Asaad', 'official', form='title-name'),
        S('The health ministry', 'official'),
        S('Islamic Jihad’s armed wing, the Al-Quds Brigades', 'military'),
        S('The military', 'military'),
        S('Official Palestinian news agency Wafa', 'media'),
        S('Umm Khaled', 'witness', form='name'),
        S('The UN humanitarian office OCHA', 'ngo'),
        S('health ministry figures', 'official', form='document'),
        S('official Israeli figures', 'official', form='document'),
    ],
    numbers=[
        N('16-year-old', 'age'),
        N('almost 40 minutes', 'duration'),
        N('about two kilometres', 'distance'),
        N('some 15,000 people', 'population'),
        N('several homes', 'count-objects'),
        N('23-year-old', 'age'),
        N('52', 'age'),
        N('two days', 'duration'),
        N('October 2023', 'date'),
    ])

# ax04: motorcycle bomb at a market in Khanaqin, Diyala, Iraq, and an attack near Jalawla (AP style)
A['ax04.txt'] = dict(
    casualty=[
        C('killing at least eight people', 'killed', 8, 'at-least', 'people', id='tot'),
        C('wounding more than two dozen', 'injured', 24, 'at-least', 'people', id='inj'),
        C('the dead included two children', 'killed', 2, 'exact', 'children', sub='tot'),
        C('27 wounded people', 'injured', 27, 'exact', 'people', id='h27'),
        C('five women', 'injured', 5, 'exact', 'women', sub='h27'),
        C('four were in critical condition', 'injured', 4, 'exact', 'people', id='crit', sub='h27'),
        C('the toll at six dead', 'killed', 6, 'exact', 'people', tags='contradicted'),
        C('19 wounded', 'injured', 19, 'exact', 'people', tags='contradicted'),
        C('arrested three suspects', 'detained', 3, 'exact', 'people'),
        C('the death toll to 11', 'killed', 11, 'exact', 'people', tags='update'),
        C('three of the critically injured had died', 'killed', 3, 'exact', 'people', sub='crit'),
        C('10 of the 27 wounded', 'injured', 10, 'exact', 'people', sub='h27'),
        C('two soldiers were killed', 'killed', 2, 'exact', 'soldiers'),
        C('three others were wounded', 'injured', 3, 'exact', 'soldiers'),
        C('Hundreds of families displaced', 'displaced', None, 'vague', 'people'),
    ],
    sources=[
        S('officials', 'official'),
        S('Col. Hassan Karim Rashid', 'official', form='title-name'),
        S('Dr. Sherzad Ahmed', 'official', form='title-name'),
        S('Iraq’s Security Media Cell', 'military'),
        S('Karwan Jabbar', 'witness', form='name'),
        S('the Diyala health directorate', 'official'),
        S('The Kurdistan region’s health ministry', 'official'),
        S('A Kurdish lawmaker from Khanaqin, Rebwar Taha', 'official', form='title-name'),
        S('two security officials', 'anonymous'),
        S('U.N. experts', 'ngo'),
        S('the International Organization for Migration', 'ngo'),
    ],
    numbers=[
        N('7:30 p.m.', 'time'),
        N('No one', 'other'),
        N('20 meters', 'distance'),
        N('34-year-old', 'age'),
        N('about 160 kilometers', 'distance'),
        N('100 miles', 'distance'),
        N('about 150 kilometers', 'distance'),
        N('95 miles', 'distance'),
        N('the two sides', 'other'),
        N('two security officials', 'count-people'),
        N('2017', 'year'),
        N('between 1,500 and 3,000 IS fighters', 'count-people'),
    ])

# ax05: insurgents kill farmers near Magumeri, Borno state, Nigeria (a Nigerian newspaper's correspondent)
A['ax05.txt'] = dict(
    casualty=[
        C('kills 23 farmers', 'killed', 23, 'exact', 'other', id='head'),
        C('At least 23 farmers were killed', 'killed', 23, 'at-least', 'other', id='tot', tags='repeat'),
        C('the corpses of 19 farmers', 'killed', 19, 'exact', 'other', sub='tot'),
        C('four more', 'killed', 4, 'exact', 'other', sub='tot'),
        C('the total to 23', 'killed', 23, 'exact', 'other', tags='repeat'),
        C('abducted about a dozen women', 'detained', 12, 'approx', 'women', id='abd'),
        C('eight farmers', 'injured', 8, 'exact', 'other'),
        C('six farmers were still unaccounted for', 'missing', 6, 'exact', 'other'),
        C('Fifteen persons were confirmed dead', 'killed', 15, 'exact', 'people', tags='contradicted'),
        C('three others sustained injuries', 'injured', 3, 'exact', 'people', tags='contradicted'),
        C('“neutralised” 11 terrorists', 'killed', 11, 'exact', 'fighters'),
        C('seven of the abducted women', 'detained', 7, 'exact', 'women', sub='abd'),
        C('the 23 victims', 'killed', 23, 'exact', 'other', tags='repeat'),
        C('hundreds of people had fled', 'displaced', None, 'vague', 'people'),
        C('killed more than 40,000 people', 'killed', 40000, 'at-least', 'people'),
        C('displaced about 2 million', 'displaced', 2000000, 'approx', 'people'),
    ],
    sources=[
        S('residents', 'witness'),
        S('security sources', 'anonymous'),
        S('A resident of Magumeri town, Malam Bukar Modu', 'witness', form='name'),
        S('Modu', 'witness', nth=1, form='name'),
        S('A security source in Maiduguri', 'anonymous'),
        S('the Police Public Relations Officer of the Borno State Command, ASP Kenneth Ibrahim', 'official',
          form='title-name'),
        S('Army spokesman Brigadier General Haruna Dauda', 'military', form='title-name'),
        S('Residents', 'witness'),
        S('The village head of Zannari, Abba Kolo', 'other', form='title-name'),
        S('the United Nations', 'ngo'),
    ],
    numbers=[
        N('numbering about 40', 'count-people'),
        N('10am', 'time'),
        N('one after the other', 'other'),
        N('about 45 kilometres', 'distance'),
        N('N10 million', 'money'),
        N('about 300 farmers', 'count-people'),
        N('2009', 'year'),
    ])

# ax06: armed attacks on Mutarule in the Ruzizi plain, South Kivu, DR Congo (UN OCHA flash update)
A['ax06.txt'] = dict(
    casualty=[
        C('At least 19 civilians killed', 'killed', 19, 'at-least', 'civilians'),
        C('26 injured', 'injured', 26, 'exact', 'civilians'),
        C('An estimated 12,400 people displaced', 'displaced', 12400, 'approx', 'people'),
        C('killing at least 19 civilians', 'killed', 19, 'at-least', 'civilians', id='tot', tags='repeat'),
        C('seven children', 'killed', 7, 'exact', 'children', sub='tot'),
        C('five women', 'killed', 5, 'exact', 'women', sub='tot'),
        C('injuring 26 others', 'injured', 26, 'exact', 'civilians', id='inj', tags='repeat'),
        C('a higher toll of 27 dead', 'killed', 27, 'exact', 'people', id='cs', tags='contradicted'),
        C('four people who died', 'killed', 4, 'exact', 'people', sub='cs'),
        C('A further 11 people are reported missing', 'missing', 11, 'exact', 'people'),
        C('killed six assailants', 'killed', 6, 'exact', 'fighters'),
        C('arrested four others', 'detained', 4, 'exact', 'fighters'),
        C('at least 64 civilians killed', 'killed', 64, 'at-least', 'civilians'),
        C('an estimated 12,400 people have fled', 'displaced', 12400, 'approx', 'people', id='disp',
          tags='repeat'),
        C('Some 7,100 of them', 'displaced', 7100, 'approx', 'people', sub='disp'),
        C('22 of the injured', 'injured', 22, 'exact', 'civilians', id='sange', sub='inj'),
        C('three of them', 'injured', 3, 'exact', 'civilians', sub='sange'),
    ],
    sources=[
        S('local authorities', 'official'),
        S('Civil society organisations in Uvira', 'other'),
        S('The Armed Forces of the Democratic Republic of the Congo (FARDC)', 'military'),
        S('protection partners', 'ngo'),
        S('IOM’s Displacement Tracking Matrix (DTM)', 'ngo'),
        S('Partners', 'ngo'),
        S('Partners', 'ngo', nth=3),
    ],
    numbers=[
        N('No. 2', 'other'),
        N('18 June 2025', 'date'),
        N('two neighbouring villages', 'count-objects'),
        N('14–15 June', 'date'),
        N('National Road 5', 'other'),
        N('48 hours', 'duration'),
        N('US$3.1 million', 'money'),
        N('30-day', 'duration'),
        N('14 to 15 June', 'date'),
        N('Some 340 houses', 'count-objects'),
        N('2024', 'year'),
        N('15 June', 'date', nth=2),
        N('two schools', 'count-objects'),
        N('Around 60 per cent', 'percentage'),
        N('1,200 non-food item kits', 'count-objects'),
        N('two-week', 'duration'),
        N('8,000 people', 'count-people'),
        N('20 June', 'date'),
        N('National Road 5', 'other', nth=1),
        N('48 hours', 'duration', nth=1),
        N('2025', 'year', nth=1),
        N('US$2.54 billion', 'money'),
        N('11 per cent', 'percentage'),
        N('US$3.1 million', 'money', nth=1),
        N('30-day', 'duration', nth=1),
    ])

# ax07: jihadist attack on the army camp in Ténenkou, Mopti region, central Mali (state media, AMAP style)
A['ax07.txt'] = dict(
    casualty=[
        C('neutralise some 30 assailants', 'killed', 30, 'approx', 'fighters'),
        C('neutralising some thirty assailants', 'killed', 30, 'approx', 'fighters', tags='repeat'),
        C('four dead', 'killed', 4, 'exact', 'soldiers'),
        C('seven wounded', 'injured', 7, 'exact', 'soldiers'),
        C('neutralised a dozen others', 'killed', 12, 'exact', 'fighters'),
        C('arrested nine suspects', 'detained', 9, 'exact', 'people'),
        C('three civilians had been killed', 'killed', 3, 'exact', 'civilians'),
        C('five others wounded', 'injured', 5, 'exact', 'civilians'),
        C('about 1,300 displaced people', 'displaced', 1300, 'approx', 'people'),
        C('more than 20 soldiers had been killed', 'killed', 20, 'at-least', 'soldiers', tags='contradicted'),
        C('the 4 fallen soldiers', 'killed', 4, 'exact', 'soldiers', tags='repeat'),
    ],
    sources=[
        S('the General Staff of the Armed Forces', 'military'),
        S('The communiqué', 'military', form='document'),
        S('the General Staff', 'military', nth=1),
        S('The same source', 'military'),
        S('the General Staff', 'military', nth=2),
        S('The governor of the Mopti region, Colonel-Major Boubacar Traoré', 'official', form='title-name'),
        S('the regional directorate for social development', 'official'),
        S('The General Staff', 'military'),
        S('some foreign media', 'media'),
    ],
    numbers=[
        N('5 March', 'date'),
        N('5:45 a.m.', 'time'),
        N('several dozen terrorists', 'count-people'),
        N('12 motorbikes', 'count-objects'),
        N('nine weapons of war', 'count-objects'),
        N('about 60 km', 'distance'),
        N('about 100 km', 'distance'),
        N('several attacks', 'count-objects'),
        N('2015', 'year'),
    ])

# ax08: gunmen attack a birthday party in Zamora, Michoacán, Mexico (a broadcaster's website, BBC style)
A['ax08.txt'] = dict(
    casualty=[
        C('kill 12', 'killed', 12, 'exact', 'people'),
        C('killing at least 12 people', 'killed', 12, 'at-least', 'people', id='tot', tags='repeat'),
        C('nine men', 'killed', 9, 'exact', 'men', sub='tot'),
        C('two women', 'killed', 2, 'exact', 'women', sub='tot'),
        C('Another nine people were wounded', 'injured', 9, 'exact', 'people', id='inj'),
        C('three of them', 'injured', 3, 'exact', 'people', sub='inj'),
        C('the death toll had risen to 14', 'killed', 14, 'exact', 'people', id='upd', tags='update'),
        C('two of the injured died', 'killed', 2, 'exact', 'people', sub='inj'),
        C('several of the dead', 'killed', None, 'vague', 'people', sub='upd'),
        C('detained five suspects', 'detained', 5, 'exact', 'people'),
        C('dozens of families had left their homes', 'displaced', None, 'vague', 'people'),
        C('more than 1,300 murders', 'killed', 1300, 'at-least', 'people'),
        C('more than 100,000 people remain missing', 'missing', 100000, 'at-least', 'people'),
    ],
    sources=[
        S('local officials', 'official'),
        S('Witnesses', 'witness'),
        S('one guest', 'witness', form='role'),
        S("The Michoacán state prosecutor's office", 'official'),
        S("the prosecutor's office", 'official'),
        S('Local newspaper La Voz de Zamora', 'media'),
        S("The state's security secretary, José Antonio Medina", 'official', form='title-name'),
        S("Mexico's security cabinet", 'official'),
        S('Residents of the neighbourhood', 'witness'),
        S('Official figures', 'official', form='document'),
        S('the National Search Commission', 'official'),
    ],
    numbers=[
        N('23:00', 'time'),
        N('05:00 GMT', 'time'),
        N('15th birthday', 'age'),
        N('about 15 armed men', 'count-people'),
        N('several pickup trucks', 'count-objects'),
        N('one guest', 'count-people'),
        N('at least 60 people', 'count-people'),
        N('two criminal groups', 'count-objects'),
        N('two .50-calibre sniper rifles', 'count-objects'),
        N('more than 3,000 rounds of ammunition', 'count-objects'),
        N('about 200,000 people', 'population'),
        N('one of the highest', 'other'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
