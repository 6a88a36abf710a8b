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

# ---------------------------------------------------------------- labels (blind set 428: fn01-fn08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('lost N soldiers / losing / paid the ultimate price / lost their lives',
     r'\blost\b|\blosing\b|\bultimate price\b'),
    ('neutralised / found dead / buried / died in custody',
     r'\bneutralised\b|\bfound dead\b|\bburied\b|\bin custody\b'),
    ('took / taken / seized / kidnapped / captured / held / still being held',
     r'\btook\b|\btaken\b|\bseized\b|\bkidnapped\b|\bcaptured\b|\bheld\b'),
    ('left / sheltering / sleeping / moved / abandon their villages / crossed into',
     r'\bleft\b|\bsheltering\b|\bsleeping\b|\bmoved\b|\babandon\b|\bcrossed into\b'),
    ('gunshot wounds / sustained injuries', r'\bgunshot wounds\b|\bsustained injuries\b'),
    ('not been seen since', r'\bnot been seen\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('farmers', r'\bfarmers\b'),
    ('attackers/collaborators/suspects', r'\b(?:attackers|collaborators|suspects)\b'),
    ('forest guards / members of the patrol', r'\b(?:forest guards|members of the patrol)\b'),
    ('health workers', r'\bhealth workers\b'),
    ('families/hostages/neighbours', r'\b(?:families|hostages|neighbours)\b'),
    ('sons/brothers/boys', r'\b(?:sons|brothers|boys)\b'),
]

# fn01: jihadist attack on an army post on the edge of W National Park near Banikoara, Alibori
# (AFP style, one sentence a paragraph, British spelling, curly quotes)
A['fn01.txt'] = dict(
    casualty=[
        C('killed at least 19 Beninese soldiers', 'killed', 19, 'at-least', 'soldiers', id='tot'),
        C('lost 19 soldiers', 'killed', 19, 'exact', 'soldiers', tags='repeat'),
        C('at least 12 others were wounded', 'injured', 12, 'at-least', 'soldiers', id='inj'),
        C('Four of the wounded', 'injured', 4, 'exact', 'soldiers', sub='inj'),
        C('11 soldiers killed', 'killed', 11, 'exact', 'soldiers', tags='contradicted'),
        C('“neutralised” about 30 attackers', 'killed', 30, 'approx', 'fighters'),
        C('killed “more than 40 soldiers”', 'killed', 40, 'at-least', 'soldiers', tags='contradicted'),
        C('captured four soldiers', 'detained', 4, 'exact', 'soldiers', tags='contradicted'),
        C('the bodies of 17 soldiers', 'killed', 17, 'exact', 'soldiers'),
        C('the death toll had risen to 22', 'killed', 22, 'exact', 'soldiers', tags='update'),
        C('three of the wounded died', 'killed', 3, 'exact', 'soldiers', sub='inj'),
        C('28 soldiers were killed', 'killed', 28, 'exact', 'soldiers'),
        C('hundreds of families flee', 'displaced', None, 'vague', 'people'),
        C('seven children', 'displaced', 7, 'exact', 'children'),
        C('more than 180 soldiers and police officers have been killed', 'killed', 180, 'at-least', 'soldiers'),
    ],
    sources=[
        S('two security sources', 'anonymous'),
        S('the first source', 'anonymous'),
        S('an officer at the regional command in Kandi', 'anonymous'),
        S('the army general staff', 'military'),
        S('JNIM', 'military'),
        S('its propaganda outlet Az-Zallaqa', 'media'),
        S('The army', 'military'),
        S('A resident of Banikoara', 'witness', form='role'),
        S('a security source', 'anonymous'),
        S('local officials', 'official'),
        S('Bio Sabi', 'witness', form='name'),
        S('the monitoring group Sahel Conflict Watch', 'ngo'),
    ],
    numbers=[
        N('two security sources', 'count-people'),
        N('5:00 am', 'time'),
        N('three armoured vehicles', 'count-objects'),
        N('some 300 kilometres', 'distance'),
        N('January 2025', 'date'),
        N('about 250,000 people', 'population'),
        N('more than five kilometres', 'distance'),
        N('nearly 3,000 troops', 'count-people'),
        N('2022', 'year'),
        N('2021', 'year'),
    ])

# fn02: gunmen abducting farmers from their fields around Kérou, Atacora
# (Reuters style, American spelling, straight quotes, reporting credit line)
A['fn02.txt'] = dict(
    casualty=[
        C('abducted at least 27 farmers', 'detained', 27, 'at-least', 'other', id='tot'),
        C('killed four others', 'killed', 4, 'exact', 'other'),
        C('took 27 people', 'detained', 27, 'exact', 'people', tags='repeat'),
        C('The bodies of the four', 'killed', 4, 'exact', 'other', tags='repeat'),
        C('the number abducted at 31', 'detained', 31, 'exact', 'other', id='alt', tags='contradicted'),
        C('six women', 'detained', 6, 'exact', 'women', sub='alt'),
        C('at least 12 villagers had been seized', 'detained', 12, 'at-least', 'civilians'),
        C('the bodies of three men', 'killed', 3, 'exact', 'men'),
        C('freed nine of the abducted farmers', 'detained', 9, 'exact', 'other', sub='tot'),
        C('killed "several terrorists"', 'killed', None, 'vague', 'fighters'),
        C('losing two soldiers', 'killed', 2, 'exact', 'soldiers'),
        C('"between 20 and 25" farmers were still being held', 'detained', None, 'range', 'other', low=20,
          high=25),
        C('Almost 4,500 people have fled', 'displaced', 4500, 'at-most', 'people'),
        C('more than 60 families who fled', 'displaced', 60, 'at-least', 'people'),
        C('his two brothers were taken', 'detained', 2, 'exact', 'men'),
    ],
    sources=[
        S('local officials', 'official'),
        S('residents', 'witness'),
        S('Soumaila Orou Gani', 'official', form='name'),
        S('Orou Gani', 'official', nth=1, form='name'),
        S('A second local official', 'anonymous'),
        S('Residents', 'witness'),
        S('Security analysts', 'other'),
        S("Benin's army", 'military'),
        S('A spokesman for the Atacora prefecture, Mathieu Kpadonou', 'official', form='title-name'),
        S('the International Organization for Migration', 'ngo'),
        S('Safiatou Bio', 'witness', form='name'),
        S('the Cotonou-based West Africa Security Observatory', 'ngo'),
        S('The report', 'ngo', form='document'),
    ],
    numbers=[
        N('March 4', 'date'),
        N('as many as 40 of them', 'count-people'),
        N('14-year-old', 'age'),
        N('2 million CFA francs', 'money'),
        N('about $3,300', 'money'),
        N('two weeks', 'duration'),
        N('38', 'age'),
        N('two northern departments', 'count-objects'),
        N('70%', 'percentage'),
        N('214 recorded cases', 'count-objects'),
    ])

# fn03: army raids on three villages outside Matéri, Atacora, after an ambush near Pendjari park
# (AP style, em-dash dateline, American spelling, straight quotes)
A['fn03.txt'] = dict(
    casualty=[
        C('killing at least 14 civilians', 'killed', 14, 'at-least', 'civilians'),
        C('detaining dozens of men', 'detained', None, 'vague', 'men'),
        C('five soldiers were killed', 'killed', 5, 'exact', 'soldiers'),
        C('seven others wounded', 'injured', 7, 'exact', 'soldiers'),
        C('30-40 men', 'detained', None, 'range', 'men', low=30, high=40),
        C('eight bodies', 'killed', 8, 'exact', 'people', id='bod'),
        C('two of his sons were among the dead', 'killed', 2, 'exact', 'men', sub='bod'),
        C('the killings of 14 civilians', 'killed', 14, 'exact', 'civilians', tags='repeat'),
        C('63 men detained', 'detained', 63, 'exact', 'men', id='det'),
        C('11 of whom', 'detained', 11, 'exact', 'men', sub='det'),
        C('killed six "terrorists"', 'killed', 6, 'exact', 'fighters'),
        C('arrested 22 suspects', 'detained', 22, 'exact', 'people', id='arr', tags='contradicted'),
        C('15 of the suspects', 'detained', 15, 'exact', 'people', sub='arr'),
        C('over 2,300 people had fled', 'displaced', 2300, 'at-least', 'people'),
        C('at least two dozen men remained unaccounted for', 'missing', 24, 'at-least', 'men'),
        C('47 killings of civilians', 'killed', 47, 'exact', 'civilians'),
    ],
    sources=[
        S('residents', 'witness'),
        S('a local rights group', 'ngo'),
        S('the army', 'military'),
        S('witnesses', 'witness'),
        S("Yacoubou N'Tcha", 'witness', form='name'),
        S('The Association for Peace and Human Rights in Atacora, or APDH', 'ngo'),
        S("the group's president, Rachidatou Bagri", 'ngo', form='title-name'),
        S("Benin's army", 'military'),
        S('army spokesman Lt. Col. Firmin Adjovi', 'military', form='title-name'),
        S('The mayor of Matéri, Jérôme Tchoumbou', 'official', form='title-name'),
        S('The U.N. human rights office', 'ngo'),
        S("Benin's government", 'official'),
    ],
    numbers=[
        N('three villages', 'count-objects'),
        N('Feb. 9', 'date'),
        N('Two days later', 'duration'),
        N('56-year-old', 'age'),
        N('about 90 kilometers', 'distance'),
        N('56 miles', 'distance'),
        N('three villages', 'count-objects', nth=1),
        N("The town's two schools", 'count-objects'),
        N('2025', 'year'),
        N('about 4,800 square miles', 'quantity'),
        N('12,400 square kilometers', 'quantity'),
        N('2019', 'year'),
    ])

# fn04: UN OCHA flash update on attacks and displacement into Kouandé town, Atacora
# (title and update number, highlights restated in the overview, sites, access, response, funding)
A['fn04.txt'] = dict(
    casualty=[
        C('At least 9,800 people have been displaced', 'displaced', 9800, 'at-least', 'people'),
        C('At least 23 civilians were killed', 'killed', 23, 'at-least', 'civilians'),
        C('16 injured', 'injured', 16, 'exact', 'civilians'),
        C('at least 23 civilians', 'killed', 23, 'at-least', 'civilians', id='k', tags='repeat'),
        C('five children', 'killed', 5, 'exact', 'children', sub='k'),
        C('16 others injured', 'injured', 16, 'exact', 'civilians', tags='repeat'),
        C('killed 11 people', 'killed', 11, 'exact', 'people', id='g', sub='k'),
        C('three women', 'killed', 3, 'exact', 'women', sub='g'),
        C('abducted at least 17 people', 'detained', 17, 'at-least', 'people', id='ab'),
        C('Six of them were released', 'detained', 6, 'exact', 'people', sub='ab'),
        C('15 to 20 people are still missing', 'missing', None, 'range', 'people', low=15, high=20),
        C('9,800 displaced people', 'displaced', 9800, 'exact', 'people', id='d', tags='repeat'),
        C('some 4,100 are sheltering', 'displaced', 4100, 'approx', 'people', sub='d'),
        C('approximately 3,900', 'displaced', 3900, 'approx', 'people', sub='d'),
        C('Nearly 5,600 of the displaced are children', 'displaced', 5600, 'at-most', 'children', sub='d'),
        C('An estimated 1,200 people have also been forced from their homes', 'displaced', 1200, 'approx',
          'people'),
        C('Two health workers', 'missing', 2, 'exact', 'other'),
        C('14 people with gunshot wounds', 'injured', 14, 'exact', 'people', id='gs'),
        C('three of them', 'injured', 3, 'exact', 'people', sub='gs'),
    ],
    sources=[
        S('local authorities', 'official'),
        S('the Kouandé municipal authorities', 'official'),
        S('local sources', 'anonymous'),
        S('Community leaders in Birni', 'other'),
        S('The Benin Armed Forces', 'military'),
        S('The Atacora Departmental Directorate of Social Affairs (DDAS)', 'official'),
        S("IOM's Displacement Tracking Matrix (DTM)", 'ngo'),
        S('The Kouandé health zone', 'official'),
        S('The Red Cross', 'ngo'),
        S('Protection partners', 'ngo'),
        S('Partners', 'ngo'),
    ],
    numbers=[
        N('No. 2', 'other'),
        N('14 March 2026', 'date'),
        N('1 March', 'date'),
        N('four attacks', 'count-objects'),
        N('1 and 9 March', 'date'),
        N('US$2.4 million', 'money'),
        N('three months', 'duration'),
        N('some 25 km', 'distance'),
        N('6 March', 'date'),
        N('10 March', 'date'),
        N('10 March', 'date', nth=1),
        N('300 additional troops', 'count-people'),
        N('two aid convoys', 'count-objects'),
        N('11 March', 'date'),
        N('8 March', 'date'),
        N('850 emergency shelter kits', 'count-objects'),
        N('1,300 households', 'count-people'),
        N('3,500 people', 'count-people'),
        N('15 days', 'duration'),
        N('two child-friendly spaces', 'count-objects'),
        N('US$2.4 million', 'money', nth=1),
        N('US$1.1 million', 'money'),
        N('54 per cent', 'percentage'),
    ])

# fn05: an army clearance operation in hamlets of Péhunco commune, Atacora, as told by state media
# (ABP written in NAN style: headline, "The … says", "disclosed this in a statement", a quote continued
# across paragraphs, "ABP reports that", "It will be recalled that")
A['fn05.txt'] = dict(
    casualty=[
        C('neutralise 17 terrorists', 'killed', 17, 'exact', 'fighters'),
        C('12 kidnapped farmers', 'detained', 12, 'exact', 'other'),
        C('neutralised 17 terrorists', 'killed', 17, 'exact', 'fighters', id='t17', tags='repeat'),
        C('12 kidnapped farmers', 'detained', 12, 'exact', 'other', nth=1, tags='repeat'),
        C('11 of the terrorists were neutralised', 'killed', 11, 'exact', 'fighters', sub='t17'),
        C('the remaining six', 'killed', 6, 'exact', 'fighters', sub='t17'),
        C('23 suspected collaborators were arrested', 'detained', 23, 'exact', 'people'),
        C('two of our gallant soldiers paid the ultimate price', 'killed', 2, 'exact', 'soldiers'),
        C('five others sustained injuries', 'injured', 5, 'exact', 'soldiers'),
        C('the 12 rescued farmers', 'detained', 12, 'exact', 'other', id='resc', tags='repeat'),
        C('three women', 'detained', 3, 'exact', 'women', sub='resc'),
        C('eight of the farmers', 'detained', 8, 'exact', 'other', sub='resc'),
        C('seized upwards of 40 farmers', 'detained', 40, 'at-least', 'other'),
        C('killed 14 of our people', 'killed', 14, 'exact', 'people'),
        C('forced up to 3,000 others to abandon their villages', 'displaced', 3000, 'at-most', 'people'),
        C('killed 26 villagers', 'killed', 26, 'exact', 'civilians', tags='contradicted'),
        C('eight soldiers lost their lives', 'killed', 8, 'exact', 'soldiers'),
    ],
    sources=[
        S('The Benin Armed Forces (FAB)', 'military'),
        S('The Director of Army Public Information, Lt.-Col. Bertin Ahouansou', 'military', form='title-name'),
        S('The statement', 'military', form='document'),
        S('The Head of Tobré Arrondissement, Mr Gounou Sabi Yarou', 'official', form='title-name'),
        S('A rescued farmer, Mr Sanni Gado', 'witness', form='name'),
        S('local authorities', 'official'),
        S('The Mayor of Péhunco, Mr Boni Gounou Zakari', 'official', form='title-name'),
        S('the FAB', 'military'),
        S('an online outlet based abroad', 'media'),
        S('the army', 'military'),
    ],
    numbers=[
        N('March 16, 2026', 'date'),
        N('five-day', 'duration'),
        N('four AK-47 rifles', 'count-objects'),
        N('640 rounds of 7.62mm ammunition', 'count-objects'),
        N('11 motorcycles', 'count-objects'),
        N('1.8 million CFA francs', 'money'),
        N('15-year-old', 'age'),
        N('between 19 and 34 days', 'duration'),
        N('52', 'age'),
        N('up to 500,000 CFA francs', 'money'),
        N('three months', 'duration'),
        N('1,200 troops', 'count-people'),
        N('two helicopters', 'count-objects'),
        N('about 90 km', 'distance'),
        N('2023', 'year'),
    ])

# fn06: NGO statement on kidnappings and killings of farmers in Ségbana commune, Alibori, and the arrests
# of Fulani men (headline, en-dash dateline, first person plural, demands, notes to editors, curly quotes)
A['fn06.txt'] = dict(
    casualty=[
        C('abducted at least 64 farmers', 'detained', 64, 'at-least', 'other', id='ab'),
        C('at least nine of them have been killed', 'killed', 9, 'at-least', 'other', sub='ab'),
        C('six other men', 'detained', 6, 'exact', 'men'),
        C('Seven or eight more were taken', 'detained', None, 'range', 'men', low=7, high=8),
        C('killed 11 farmers', 'killed', 11, 'exact', 'other', id='k11'),
        C('two boys', 'killed', 2, 'exact', 'children', sub='k11'),
        C('seized 18 others', 'detained', 18, 'exact', 'other'),
        C('17 people with machete and gunshot wounds', 'injured', 17, 'exact', 'people'),
        C('the bodies of four farmers', 'killed', 4, 'exact', 'other'),
        C('as many as 2,300 people had fled', 'displaced', 2300, 'at-most', 'people'),
        C('a number of families had crossed into Nigeria', 'displaced', None, 'vague', 'people'),
        C('freed 22 hostages', 'detained', 22, 'exact', 'people'),
        C('the arrest of at least 30 Fulani men', 'detained', 30, 'at-least', 'men', id='fu'),
        C('12 of them were still held', 'detained', 12, 'exact', 'men', sub='fu'),
        C('three had died in custody', 'killed', 3, 'exact', 'men', sub='fu'),
        C('41 people had been abducted', 'detained', 41, 'exact', 'people', tags='contradicted'),
        C('the three men who died in custody', 'killed', 3, 'exact', 'men', tags='repeat'),
        C('the 2,300 displaced people', 'displaced', 2300, 'exact', 'people', tags='repeat'),
        C('the 64 abducted farmers', 'detained', 64, 'exact', 'other', tags='repeat'),
    ],
    sources=[
        S('Rural Defenders International (RDI)', 'ngo'),
        S('a 41-year-old woman from the village of Tounkassa', 'witness', form='role'),
        S('A local health worker', 'anonymous'),
        S('a community leader in Sokotindji', 'other', form='role'),
        S('Local authorities', 'official'),
        S('The Beninese army', 'military'),
        S('Relatives', 'witness'),
        S('Dr Aïcha Bio Nigan', 'ngo', form='title-name'),
        S('Government spokesperson Séverin Akpakoun', 'official', form='title-name'),
    ],
    numbers=[
        N('12 May 2026', 'date'),
        N('37 survivors', 'count-people'),
        N('20 April', 'date'),
        N('5 May', 'date'),
        N('41-year-old', 'age'),
        N('1.5 million francs', 'money'),
        N('27 April', 'date'),
        N('15 and 16', 'age'),
        N('3 May', 'date'),
        N('14 operations', 'count-objects'),
        N('2 May', 'date'),
        N('6 May', 'date'),
        N('2026', 'year', nth=1),
        N('2 May', 'date', nth=1),
        N('2011', 'year'),
        N('about 90,000', 'population'),
    ])

# fn07: families fleeing attacks and kidnappings into Kandi, Alibori (a broadcaster's website, BBC style:
# headline and byline instead of a dateline, present-tense "says", British spelling, curly quotes)
A['fn07.txt'] = dict(
    casualty=[
        C('thousands flee', 'displaced', None, 'vague', 'people'),
        C('More than 12,000 people have fled', 'displaced', 12000, 'at-least', 'people'),
        C('two of my neighbours', 'killed', 2, 'exact', 'civilians'),
        C('killed at least nine people', 'killed', 9, 'at-least', 'people'),
        C('wounded six', 'injured', 6, 'exact', 'people', id='b6'),
        C('two of the wounded later died', 'killed', 2, 'exact', 'people', sub='b6'),
        C('the death toll rose to 11', 'killed', 11, 'exact', 'people', tags='update'),
        C('13 bodies were buried', 'killed', 13, 'exact', 'people', tags='contradicted'),
        C('seven people are still missing', 'missing', 7, 'exact', 'people'),
        C('lost dozens of soldiers', 'killed', None, 'vague', 'soldiers'),
        C('17 soldiers were killed', 'killed', 17, 'exact', 'soldiers'),
        C('40–50 militants had been killed', 'killed', None, 'range', 'fighters', low=40, high=50),
        C('26 people with gunshot wounds', 'injured', 26, 'exact', 'people', id='gw'),
        C('eight of them children', 'injured', 8, 'exact', 'children', sub='gw'),
        C('7,400 displaced people', 'displaced', 7400, 'exact', 'people'),
        C('the number of displaced in Kandi at 9,000', 'displaced', 9000, 'exact', 'people',
          tags='contradicted'),
        C('roughly 38,000 people are now displaced', 'displaced', 38000, 'approx', 'people'),
        C('fewer than 10,000', 'displaced', 10000, 'at-most', 'people'),
        C('took 11 men', 'detained', 11, 'exact', 'men', id='tk'),
        C('four of them', 'detained', 4, 'exact', 'men', sub='tk'),
    ],
    sources=[
        S('the mayor’s office', 'official'),
        S('Aminatou Gado', 'witness', form='name'),
        S('the local police commissioner', 'official', form='role'),
        S('Residents', 'witness'),
        S('Idrissou Bani', 'other', form='name'),
        S('a senior officer in Kandi', 'anonymous'),
        S('Dr Rachidi Yérima', 'official', form='title-name'),
        S('The Benin Red Cross', 'ngo'),
        S('state broadcaster ORTB', 'media'),
        S('the prefect of Alibori', 'official', form='role'),
        S('The UN’s refugee agency (UNHCR)', 'ngo'),
        S('Sabi Gounou', 'witness', form='name'),
        S('a government spokesperson', 'official', form='role'),
        S('residents', 'witness'),
    ],
    numbers=[
        N('about 30 motorbikes', 'count-objects'),
        N('45km', 'distance'),
        N('2 June', 'date'),
        N('40km', 'distance'),
        N('two temporary sites', 'count-objects'),
        N('two years ago', 'duration'),
        N('20km', 'distance'),
        N('more than 3,000 additional troops', 'count-people'),
        N('some 180,000 people', 'population'),
    ])

# fn08: an ambush on a patrol in the Trois Rivières forest reserve, kidnapped farmers and army arrests
# around Gogounou, Alibori (a newspaper's own correspondent: headline and byline, "told me", an em-dash
# aside, British spelling, curly quotes)
A['fn08.txt'] = dict(
    casualty=[
        C('The bodies of six soldiers', 'killed', 6, 'exact', 'soldiers'),
        C('Nine other members of the patrol were wounded', 'injured', 9, 'exact', 'soldiers', id='w'),
        C('two forest guards are still missing', 'missing', 2, 'exact', 'soldiers'),
        C('five soldiers killed', 'killed', 5, 'exact', 'soldiers', tags='contradicted'),
        C('a dozen terrorists neutralised', 'killed', 12, 'exact', 'fighters'),
        C('three of the wounded', 'injured', 3, 'exact', 'soldiers', sub='w'),
        C('one had died', 'killed', 1, 'exact', 'soldiers', sub='w'),
        C('the number of dead to seven', 'killed', 7, 'exact', 'soldiers', tags='update'),
        C('at least 35 farmers have been kidnapped', 'detained', 35, 'at-least', 'other', id='k'),
        C('Twenty-one of them', 'detained', 21, 'exact', 'other', sub='k'),
        C('four were found dead', 'killed', 4, 'exact', 'other', sub='k'),
        C('Scores of families have fled', 'displaced', None, 'vague', 'people'),
        C('430 displaced people', 'displaced', 430, 'exact', 'people', id='m'),
        C('about 250 children', 'displaced', 250, 'approx', 'children', sub='m'),
        C('killed seven people', 'killed', 7, 'exact', 'people'),
        C('arrested 17 Fulani men', 'detained', 17, 'exact', 'men', id='fm'),
        C('at least five of them', 'missing', 5, 'at-least', 'men', sub='fm'),
        C('12 of the men', 'detained', 12, 'exact', 'men', sub='fm'),
    ],
    sources=[
        S('an officer at the camp', 'anonymous'),
        S('The army’s general staff', 'military'),
        S('a nurse at Gogounou’s health centre', 'anonymous'),
        S('the officer', 'anonymous'),
        S('the mayor, Chabi Worou', 'official', form='title-name'),
        S('Sister Bernadette Chabi', 'other', form='title-name'),
        S('Moussa Bio Tamou', 'witness', form='name'),
        S('Residents of Ouèrou', 'witness'),
        S('a local rights group, the Alibori Citizens’ Observatory', 'ngo'),
        S('An army spokesman in Cotonou, Major Arnaud Dégbé', 'military', form='title-name'),
    ],
    numbers=[
        N('24 soldiers and forest guards', 'count-people'),
        N('some 35 kilometres', 'distance'),
        N('two years', 'duration'),
        N('some 259,000 hectares', 'quantity'),
        N('between 500,000 and 2 million CFA francs', 'money'),
        N('63', 'age'),
        N('every 10 kilometres', 'distance'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
