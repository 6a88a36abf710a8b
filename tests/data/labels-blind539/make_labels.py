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

# ---------------------------------------------------------------- labels (blind set 539: hd01-hd08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('starved to death / deaths from hunger / hunger toll', r'\bstarved\b|\bhunger\b'),
    ('shot dead / martyred / executing / lost … soldiers / remains of',
     r'\bshot dead\b|\bmartyred\b|\bexecuting\b|\blost\b|\bremains\b|\bkillings\b'),
    ('captured / held / taken / kidnapped / abduction', r'\bcaptured\b|\bheld\b|\btaken\b|\bkidnapped\b|\babduction\b'),
    ('sheltering / staying with host families / registered as refugees',
     r'\bsheltering\b|\bhost families\b|\brefugees\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('citizens/neighbors/passengers', r'\b(?:citizens|neighbors|passengers)\b'),
    ('sons/daughters/boys/infants/teenagers', r'\b(?:sons|daughters|boys|infants|teenagers)\b'),
    ('volunteers/army personnel/families/refugees/detainees',
     r'\b(?:volunteers|personnel|families|refugees|detainees)\b'),
]

# hd01: starvation deaths, sniper fire and checkpoint arrests in Yarmouk camp, Damascus (AFP style,
# one sentence a paragraph)
A['hd01.txt'] = dict(
    casualty=[
        C('At least 15 people have starved to death', 'killed', 15, 'at-least', 'people', id='tot'),
        C('five children', 'killed', 5, 'exact', 'children', sub='tot'),
        C('deaths from hunger had reached 63', 'killed', 63, 'exact', 'people'),
        C('Another nine people were killed', 'killed', 9, 'exact', 'people'),
        C('two daughters', 'killed', 2, 'exact', 'children'),
        C('31 wounded', 'injured', 31, 'exact', 'people', id='w'),
        C('three of the wounded had died', 'killed', 3, 'exact', 'people', sub='w'),
        C('shot dead two residents', 'killed', 2, 'exact', 'civilians'),
        C('some two dozen men', 'detained', 24, 'approx', 'men', id='det'),
        C('19 of them', 'missing', 19, 'exact', 'men', sub='det'),
        C('the camp’s hunger toll higher, at 78', 'killed', 78, 'exact', 'people', tags='contradicted'),
        C('its toll for February to 17', 'killed', 17, 'exact', 'people', tags='update'),
        C('two more elderly residents had died', 'killed', 2, 'exact', 'civilians'),
        C('tens of thousands of its residents fled', 'displaced', None, 'vague', 'civilians'),
        C('some 270,000 Palestinian refugees have been displaced', 'displaced', 270000, 'approx', 'people'),
    ],
    sources=[
        S('a monitoring group', 'ngo'),
        S('The Palestinian Refugee Monitor', 'ngo'),
        S('the monitor', 'ngo'),
        S('Umm Khaled', 'witness', form='name'),
        S('The UN agency for Palestinian refugees, UNRWA', 'ngo'),
        S('UNRWA spokeswoman Hala Marzouk', 'ngo', form='title-name'),
        S('Dr Mahmoud Zaher', 'official', form='title-name'),
        S('A security source', 'anonymous'),
        S('Activists', 'other'),
        S('State television', 'media'),
        S('the ministry of national reconciliation', 'official'),
        S('The Syrian Violations Archive', 'ngo'),
        S('the Palestinian Refugee Monitor', 'ngo'),
        S('UNRWA', 'ngo', nth=2),
    ],
    numbers=[
        N('mother of four', 'count-people'),
        N('aged three and six', 'age'),
        N('1,026 food parcels', 'count-objects'),
        N('around 18,000', 'population'),
        N('A family of five', 'count-people'),
        N('ten days', 'duration'),
        N('1,400 parcels', 'count-objects'),
        N('some 160,000 Palestinians', 'population'),
        N('December 2012', 'date'),
        N('560,000 registered', 'population'),
    ])

# hd02: shelling, barrel bombs, snipers and checkpoint arrests in Hajar al-Aswad, Damascus (Reuters style)
A['hd02.txt'] = dict(
    casualty=[
        C('killed at least 23 people', 'killed', 23, 'at-least', 'people', id='tot'),
        C('seven children', 'killed', 7, 'exact', 'children', sub='tot'),
        C('three women', 'killed', 3, 'exact', 'women', sub='tot'),
        C('more than 60 people were wounded', 'injured', 60, 'at-least', 'people', id='inj'),
        C('17 of them', 'injured', 17, 'exact', 'people', sub='inj'),
        C('killed "dozens of terrorists"', 'killed', None, 'vague', 'fighters'),
        C('14 militants', 'killed', 14, 'exact', 'fighters'),
        C('lost three soldiers', 'killed', 3, 'exact', 'soldiers'),
        C('11 of its fighters had been killed', 'killed', 11, 'exact', 'fighters'),
        C('captured five soldiers', 'detained', 5, 'exact', 'soldiers'),
        C('his four children', 'killed', 4, 'exact', 'children'),
        C('10 to 12 neighbors were still missing', 'missing', None, 'range', 'civilians', low=10, high=12),
        C('killed six people', 'killed', 6, 'exact', 'people', id='sn'),
        C('two of them', 'killed', 2, 'exact', 'people', sub='sn'),
        C('at least 150 people had been arrested', 'detained', 150, 'at-least', 'people', id='arr'),
        C('38 of them had died', 'killed', 38, 'exact', 'people', sub='arr'),
        C('fewer than 10 people" had been held', 'detained', 10, 'at-most', 'people', tags='contradicted'),
        C("the death toll from the day's bombardment had risen to 27", 'killed', 27, 'exact', 'people',
          tags='update'),
        C('four of the wounded died', 'killed', 4, 'exact', 'people', sub='inj'),
        C('around 4,000 people had fled', 'displaced', 4000, 'approx', 'people'),
    ],
    sources=[
        S('a monitoring group', 'ngo'),
        S('residents', 'witness'),
        S('The Damascus Countryside Documentation Center', 'ngo'),
        S('State news agency SANA', 'media'),
        S('A military source', 'anonymous'),
        S('SANA', 'media', nth=1),
        S('The Southern Damascus Brigades', 'military'),
        S('A resident', 'witness'),
        S('Residents', 'witness'),
        S('the local council', 'official'),
        S('The Syrian Detainees Committee', 'ngo'),
        S('A Syrian official', 'anonymous'),
        S('the center', 'ngo'),
        S('A U.N. official', 'anonymous'),
    ],
    numbers=[
        N('at least four barrel bombs', 'count-objects'),
        N('two tunnels', 'count-objects'),
        N('three-story building', 'other'),
        N('about 100,000 people', 'population'),
        N('mid-2013', 'date'),
        N('Fewer than 20,000', 'population'),
    ])

# hd03: army operations, a safe corridor and kidnapped citizens in Yalda, Damascus Countryside
# (state media, SANA style: "The General Command … says")
A['hd03.txt'] = dict(
    casualty=[
        C('killed 42 terrorists', 'killed', 42, 'exact', 'fighters'),
        C('injured a number of others', 'injured', None, 'vague', 'fighters'),
        C('arrested 26 terrorists', 'detained', 26, 'exact', 'fighters', id='arr'),
        C('7 of them', 'detained', 7, 'exact', 'fighters', sub='arr'),
        C('4 army personnel were martyred', 'killed', 4, 'exact', 'soldiers'),
        C('1,312 people', 'displaced', 1312, 'exact', 'people'),
        C('the deaths of 9 people', 'killed', 9, 'exact', 'people', id='st'),
        C('4 children', 'killed', 4, 'exact', 'children', sub='st'),
        C('injuring 5 civilians', 'injured', 5, 'exact', 'civilians'),
        C('64 citizens kidnapped', 'detained', 64, 'exact', 'civilians', id='kid'),
        C('12 of whom', 'detained', 12, 'exact', 'civilians', sub='kid'),
        C('more than 200 persons missing', 'missing', 200, 'at-least', 'people'),
        C('killing 2 citizens', 'killed', 2, 'exact', 'civilians'),
        C('injuring 11 others', 'injured', 11, 'exact', 'civilians', id='inj'),
        C('3 of them children', 'injured', 3, 'exact', 'children', sub='inj'),
        C('30 civilians had been killed', 'killed', 30, 'exact', 'civilians', tags='contradicted'),
    ],
    sources=[
        S('The General Command of the Army and the Armed Forces', 'military'),
        S('the General Command', 'military'),
        S('The statement', 'military', form='document'),
        S("SANA's reporter", 'media'),
        S('Damascus Countryside Governor Marwan Shaaban', 'official', form='title-name'),
        S('the Governor', 'official', form='role'),
        S('Sheikh Anas al-Tawil', 'other', form='title-name'),
        S('The Ministry of State for National Reconciliation Affairs', 'official'),
        S('a police source', 'anonymous'),
        S('The General Command', 'military', nth=1),
        S('Gulf-funded channels', 'media'),
        S('The General Command', 'military', nth=2),
    ],
    numbers=[
        N('11 February', 'date'),
        N('3 vehicles', 'count-objects'),
        N('2,500 food baskets', 'count-objects'),
        N('400 mattresses', 'count-objects'),
        N('86 people', 'count-people'),
        N('two weeks', 'duration'),
        N('more than 2 years', 'duration'),
        N('around 600 gunmen', 'count-people'),
        N('2013', 'year'),
        N('6 mortar shells', 'count-objects'),
    ])

# hd04: arrests at the truce crossing, deaths in custody, hunger and abductions in Babbila, Damascus
# (NGO statement with demands and notes to editors)
A['hd04.txt'] = dict(
    casualty=[
        C('At least 57 people', 'detained', 57, 'at-least', 'people', id='arr'),
        C('nine boys', 'detained', 9, 'exact', 'children', sub='arr'),
        C('34 of them', 'missing', 34, 'exact', 'people', sub='arr'),
        C('at least five of those arrested', 'killed', 5, 'at-least', 'people', sub='arr'),
        C('two sons were taken', 'detained', 2, 'exact', 'men'),
        C('Twenty-one people', 'killed', 21, 'exact', 'people', id='st'),
        C('13 of them children', 'killed', 13, 'exact', 'children', sub='st'),
        C('killed seven more people', 'killed', 7, 'exact', 'people'),
        C('19 people', 'detained', 19, 'exact', 'people', tags='contradicted'),
        C('the abduction of at least 11 civilians', 'detained', 11, 'at-least', 'civilians', id='ab'),
        C('two aid volunteers', 'detained', 2, 'exact', 'other', sub='ab'),
        C('more than 200 people arrested', 'detained', 200, 'at-least', 'people'),
        C('the 11 civilians', 'detained', 11, 'exact', 'civilians', tags='repeat'),
        C('nearly 9,800 people', 'missing', 9800, 'at-most', 'people'),
    ],
    sources=[
        S('the Syrian Centre for Detainees’ Rights (SCDR)', 'ngo'),
        S('relatives and former detainees', 'witness'),
        S('Rima Haddad', 'ngo', form='name'),
        S('A 63-year-old woman', 'witness', form='role'),
        S('Babbila’s local council', 'official'),
        S('A member of the truce committee', 'anonymous'),
        S('local medics', 'anonymous'),
        S('The Ministry of Justice', 'official'),
        S('SCDR', 'ngo', nth=6),
        S('The UN Office of the High Commissioner for Human Rights', 'ngo'),
        S('SCDR’s database', 'ngo', form='document'),
    ],
    numbers=[
        N('3 March 2014', 'date'),
        N('six weeks', 'duration'),
        N('the age of 18', 'age'),
        N('63-year-old', 'age'),
        N('22 January', 'date'),
        N('40 days', 'duration'),
        N('212 names', 'count-objects'),
        N('under five', 'age'),
        N('2012', 'year'),
        N('41 relatives and former detainees', 'count-people'),
        N('20 January', 'date'),
        N('28 February', 'date'),
        N('2011', 'year'),
    ])

# hd05: clashes, sniper fire, displacement by shelter and detentions at the crossing in Beit Sahem,
# Rural Damascus (UN OCHA flash update)
A['hd05.txt'] = dict(
    casualty=[
        C('At least 19 civilians killed', 'killed', 19, 'at-least', 'civilians'),
        C('70 injured', 'injured', 70, 'exact', 'civilians'),
        C('An estimated 6,200 people displaced', 'displaced', 6200, 'approx', 'people'),
        C('45 men reported detained', 'detained', 45, 'exact', 'men'),
        C('the death toll stands at 19 civilians', 'killed', 19, 'exact', 'civilians', id='t2', tags='repeat'),
        C('six children', 'killed', 6, 'exact', 'children', sub='t2'),
        C('three women', 'killed', 3, 'exact', 'women', sub='t2'),
        C('about 70 injured', 'injured', 70, 'approx', 'civilians', id='i2', tags='repeat'),
        C('12 of them', 'injured', 12, 'exact', 'civilians', sub='i2'),
        C('Two volunteers', 'injured', 2, 'exact', 'other', sub='i2'),
        C('killed at least eight people', 'killed', 8, 'at-least', 'people', id='sn'),
        C('five of them', 'killed', 5, 'exact', 'people', sub='sn'),
        C('4 elderly people died', 'killed', 4, 'exact', 'people'),
        C('an estimated 6,200 people have fled', 'displaced', 6200, 'approx', 'people', id='d', tags='repeat'),
        C('roughly 2,400 are sheltering', 'displaced', 2400, 'approx', 'people', id='cs', sub='d'),
        C('900', 'displaced', 900, 'exact', 'people', sub='cs'),
        C('750', 'displaced', 750, 'exact', 'people', sub='cs'),
        C('500', 'displaced', 500, 'exact', 'people', sub='cs'),
        C('250', 'displaced', 250, 'exact', 'people', sub='cs'),
        C('Some 3,800 people are staying with host families', 'displaced', 3800, 'approx', 'people', sub='d'),
        C('45 men', 'detained', 45, 'exact', 'men', nth=1, id='det', tags='repeat'),
        C('at least 17 of them', 'missing', 17, 'at-least', 'men', sub='det'),
        C('A further 8–10 people', 'missing', None, 'range', 'people', low=8, high=10),
    ],
    sources=[
        S('local health workers', 'anonymous'),
        S('Partners', 'ngo'),
        S('local health workers', 'anonymous', nth=1),
        S('SARC', 'ngo', nth=1),
        S('Local sources', 'anonymous'),
        S('the Rural Damascus Governorate', 'official'),
        S('partners', 'ngo'),
        S('the Governorate', 'official'),
        S('Protection partners', 'ngo'),
        S('UNRWA', 'ngo'),
    ],
    numbers=[
        N('Flash Update No. 2', 'other'),
        N('18 April 2014', 'date'),
        N('14 April', 'date'),
        N('15 April', 'date'),
        N('US$3.1 million', 'money'),
        N('14 April', 'date', nth=1),
        N('about 25,000 people', 'population'),
        N('at least four mortar rounds', 'count-objects'),
        N('16 April', 'date'),
        N('some 3,000 people', 'count-people'),
        N('14 April', 'date', nth=2),
        N('14 April', 'date', nth=3),
        N('four collective shelters', 'count-objects'),
        N('aged between 18 and 40', 'age'),
        N('between 14 and 17 April', 'date'),
        N('15 April', 'date', nth=1),
        N('food for 5,000 people', 'count-people'),
        N('17 April', 'date', nth=1),
        N('2,000 food parcels', 'count-objects'),
        N('some 1,100 Palestine refugee families', 'count-people'),
        N('3,500 ready-to-eat rations', 'count-objects'),
        N('60,000 litres', 'quantity'),
        N('1,240 children under five', 'count-people'),
        N('trauma kits for 200 patients', 'count-objects'),
        N('2014', 'year', nth=1),
        N('14 per cent', 'percentage'),
        N('US$1.2 million', 'money'),
        N('US$3.1 million', 'money', nth=1),
        N('30 days', 'duration'),
    ])

# hd06: snipers, hunger, detentions and the missing in Qadam, Damascus (a broadcaster's website:
# headline and byline)
A['hd06.txt'] = dict(
    casualty=[
        C('At least 12 people have been shot dead', 'killed', 12, 'at-least', 'people', id='tot'),
        C('three women', 'killed', 3, 'exact', 'women', sub='tot'),
        C('31 others had been wounded', 'injured', 31, 'exact', 'people', id='w'),
        C('nine of them children', 'injured', 9, 'exact', 'children', sub='w'),
        C('two soldiers had been killed', 'killed', 2, 'exact', 'soldiers'),
        C('four wounded', 'injured', 4, 'exact', 'soldiers'),
        C('between 300 and 350 men', 'detained', None, 'range', 'men', low=300, high=350, id='det'),
        C('41 of them', 'detained', 41, 'exact', 'men', sub='det'),
        C('two sons', 'missing', 2, 'exact', 'men'),
        C('fewer than 100 men', 'detained', 100, 'at-most', 'men', tags='contradicted'),
        C('at least seven elderly people', 'killed', 7, 'at-least', 'people'),
        C('four infants had died', 'killed', 4, 'exact', 'children'),
        C('Several others were wounded', 'injured', None, 'vague', 'people'),
        C('as many as 18,000 people have fled', 'displaced', 18000, 'at-most', 'people'),
        C('the week’s death toll had risen to 14', 'killed', 14, 'exact', 'people', tags='update'),
        C('two of the wounded died', 'killed', 2, 'exact', 'people', sub='w'),
    ],
    sources=[
        S('activists', 'other'),
        S('Residents', 'witness'),
        S('Samir', 'witness', form='name'),
        S('The local co-ordination committee', 'other'),
        S('Syria’s state news agency, Sana', 'media'),
        S('Khalil Mardini', 'other', form='name'),
        S('Umm Rami', 'witness', form='name'),
        S('An army officer', 'anonymous'),
        S('A doctor', 'anonymous'),
        S('The UN humanitarian office, OCHA', 'ngo'),
        S('the co-ordination committee', 'other'),
    ],
    numbers=[
        N('40,000 inhabitants', 'population'),
        N('29-year-old', 'age'),
        N('10-year-old', 'age'),
        N('52', 'age'),
        N('3 February', 'date'),
        N('one hour', 'duration'),
        N('2,000 Syrian pounds', 'money'),
        N('ten times', 'other'),
        N('20-minute drive', 'duration'),
        N('two months', 'duration'),
    ])

# hd07: bodies of men detained at a checkpoint, snipers, raids and hunger in Tadamon, Damascus
# (AP style)
A['hd07.txt'] = dict(
    casualty=[
        C('The bodies of 17 men', 'killed', 17, 'exact', 'men', id='b'),
        C('at least nine people killed', 'killed', 9, 'at-least', 'people'),
        C('20 wounded', 'injured', 20, 'exact', 'people'),
        C('up to six other passengers were still missing', 'missing', 6, 'at-most', 'people'),
        C('seven or eight of the bodies', 'killed', None, 'range', 'men', low=7, high=8, sub='b'),
        C('killed 23 "terrorists"', 'killed', 23, 'exact', 'fighters'),
        C('the killings of the 17 men', 'killed', 17, 'exact', 'men', tags='repeat'),
        C('lost four fighters', 'killed', 4, 'exact', 'fighters'),
        C('detained about 30 people', 'detained', 30, 'approx', 'people', id='dt'),
        C('two women', 'detained', 2, 'exact', 'women', sub='dt'),
        C('46 people', 'killed', 46, 'exact', 'people', id='hg'),
        C('19 children', 'killed', 19, 'exact', 'children', sub='hg'),
        C('hundreds of men', 'detained', None, 'vague', 'men'),
        C('two more bodies had been found', 'killed', 2, 'exact', 'people'),
        C('the number found there to 19', 'killed', 19, 'exact', 'men', tags='update'),
        C('Thousands of families have fled', 'displaced', None, 'vague', 'people'),
        C('6.5 million Syrians are displaced', 'displaced', 6500000, 'exact', 'people'),
        C('more than 2.5 million have registered as refugees', 'displaced', 2500000, 'at-least', 'people'),
    ],
    sources=[
        S('activists', 'other'),
        S("a victim's relative", 'witness'),
        S('the Britain-based Syrian Casualty Documentation Network', 'ngo'),
        S('Abu Hassan', 'witness', form='name'),
        S('Abu Hassan', 'witness', nth=1, form='name'),
        S('State-run Syrian TV', 'media'),
        S('Abu Omar', 'military', form='name'),
        S('a local activist, Maher al-Dimashqi', 'other', form='name'),
        S('Residents', 'witness'),
        S('The Syrian Casualty Documentation Network', 'ngo'),
        S('Activists', 'other'),
        S('the network', 'ngo'),
        S('the U.N.', 'ngo'),
    ],
    numbers=[
        N('two days', 'duration'),
        N('16-year-old', 'age'),
        N('14-year-old', 'age'),
        N('mid-2013', 'date'),
        N('roughly 200,000 people', 'population'),
    ])

# hd08: men detained at the checkpoint, the missing and the dead after the siege of Sbeineh, Damascus
# (a newspaper's own correspondent, byline)
A['hd08.txt'] = dict(
    casualty=[
        C('86 men were detained', 'detained', 86, 'exact', 'men', id='det'),
        C('at least a dozen teenagers', 'detained', 12, 'at-least', 'children', sub='det'),
        C('three sons were among those taken', 'detained', 3, 'exact', 'men', sub='det'),
        C('at least 30 people died', 'killed', 30, 'at-least', 'people'),
        C('killed more than a dozen others', 'killed', 12, 'at-least', 'people'),
        C('scores of wounded', 'injured', None, 'vague', 'people'),
        C('almost 4,500 families who fled', 'displaced', 4500, 'at-most', 'people'),
        C('recovered the remains of 14 people', 'killed', 14, 'exact', 'people', id='rm'),
        C('two children', 'killed', 2, 'exact', 'children', sub='rm'),
        C('A further 20-25 residents', 'missing', None, 'range', 'civilians', low=20, high=25),
        C('killed “more than 200 terrorists”', 'killed', 200, 'at-least', 'fighters'),
        C('lost 19 of their own', 'killed', 19, 'exact', 'soldiers'),
        C('executing at least 40 men', 'killed', 40, 'at-least', 'men'),
        C('312 deaths in custody of men', 'killed', 312, 'exact', 'men'),
    ],
    sources=[
        S('the committee', 'other'),
        S('Fatima', 'witness', form='name'),
        S('residents', 'witness'),
        S('Dr Sami Khoury', 'official', form='title-name'),
        S('the Rural Damascus governorate', 'official'),
        S('the governorate', 'official'),
        S('the committee', 'other', nth=1),
        S('A Syrian army officer', 'military'),
        S('A spokesman for the Ajnad al-Sham rebel group', 'military'),
        S('Syria Justice Network', 'ngo'),
        S('The UN’s latest report', 'ngo', form='document'),
    ],
    numbers=[
        N('Three weeks', 'duration'),
        N('9 March', 'date'),
        N('58', 'age'),
        N('two hours', 'duration'),
        N('some 30,000 people', 'population'),
        N('fewer than 300', 'count-people'),
        N('some 240,000 people', 'population'),
        N('One day', 'other'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
