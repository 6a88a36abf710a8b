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

# ---------------------------------------------------------------- labels (blind set 182: ou01-ou08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('neutralising / losses / lost … soldiers / sacrificed their lives / buried',
     r'\bneutralising\b|\blosses\b|\blost\b|\bsacrificed\b|\bburied\b|\blosing\b'),
    ('cannot find / have not found / whereabouts / unaccounted',
     r'\bcannot find\b|\bnot found\b|\bwhereabouts\b'),
    ('captured / taken … prisoner / held / arrest of', r'\bcaptured\b|\bprisoner\b|\bheld\b|\barrest of\b'),
    ('sheltering / forced from their homes / driven … from / left homeless',
     r'\bsheltering\b|\bdriven\b|\bhomeless\b'),
    ('sustained injuries / blast injuries', r'\binjuries\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('passengers/miners/workers/fishermen/medics', r'\b(?:passengers|miners|workers|fishermen|medics)\b'),
    ('schoolchildren/grandchildren/boys', r'\b(?:schoolchildren|grandchildren|boys)\b'),
    ('households/families/members of … families', r'\b(?:households|families|family)\b'),
    ('insurgents/attackers/terrorists', r'\b(?:insurgents|attackers)\b'),
    ('members of the Myanmar Police Force', r'\bPolice Force\b'),
]

# ou01: junta air strikes on a village market in Ponnagyun township, Rakhine state, Myanmar
# (AFP style, one sentence a paragraph, British spelling, curly quotes, en dash)
A['ou01.txt'] = dict(
    casualty=[
        C('killing at least 23 people', 'killed', 23, 'at-least', 'people', id='tot'),
        C('seven children', 'killed', 7, 'exact', 'children', sub='tot'),
        C('More than 40 others were wounded', 'injured', 40, 'at-least', 'people', id='inj'),
        C('Eleven of the wounded', 'injured', 11, 'exact', 'people', sub='inj'),
        C('pulled 19 bodies', 'killed', 19, 'exact', 'people'),
        C('cannot find four or five people', 'missing', None, 'range', 'people', low=4, high=5),
        C('“neutralising” about 30 terrorists', 'killed', 30, 'approx', 'fighters', tags='contradicted'),
        C('the death toll had risen to 26', 'killed', 26, 'exact', 'people', tags='update'),
        C('three of the wounded died', 'killed', 3, 'exact', 'people', sub='inj'),
        C('Thousands of people have fled', 'displaced', None, 'vague', 'people'),
        C('killed three women', 'killed', 3, 'exact', 'women'),
        C('detained two men', 'detained', 2, 'exact', 'men'),
        C('more than 570,000 people have been displaced', 'displaced', 570000, 'at-least', 'people'),
        C('more than 3.5 million people have been forced from their homes', 'displaced', 3500000, 'at-least',
          'people'),
    ],
    sources=[
        S('a spokesman for the Arakan Army', 'military', form='role'),
        S('AA spokesman Khaing Zaw Oo', 'military', form='title-name'),
        S('A local volunteer group, the Ponnagyun Social Aid Team', 'ngo'),
        S('the group’s leader, Maung Thein Aung', 'ngo', form='title-name'),
        S('state broadcaster MRTV', 'media'),
        S('Residents', 'witness'),
        S('a 41-year-old farmer', 'witness', form='role'),
        S('Khaing Zaw Oo', 'military', nth=1, form='name'),
        S('The AA', 'military'),
        S('the armed group', 'military'),
        S('the volunteer group', 'ngo'),
        S('a relative', 'witness'),
        S('The UN’s refugee agency UNHCR', 'ngo'),
        S('the United Nations', 'ngo'),
    ],
    numbers=[
        N('two 500-pound bombs', 'count-objects'),
        N('9:00 am', 'time'),
        N('0230 GMT', 'time'),
        N('some 20 kilometres', 'distance'),
        N('some 3,000 people', 'population'),
        N('12-year-old', 'age'),
        N('41-year-old', 'age'),
        N('14 of Rakhine’s 17 townships', 'count-objects'),
        N('November 2023', 'date'),
        N('one of at least 60', 'count-objects'),
        N('late 2023', 'date'),
        N('February 2021', 'date'),
    ])

# ou02: army shelling and air strikes on Toungup, Rakhine state, Myanmar, as the Arakan Army closes in
# (Reuters style, American spelling, straight quotes, hyphen dateline)
A['ou02.txt'] = dict(
    casualty=[
        C('killing at least 18 civilians', 'killed', 18, 'at-least', 'civilians', id='tot'),
        C('wounding 35', 'injured', 35, 'exact', 'civilians'),
        C('five members of a single family', 'killed', 5, 'exact', 'people', sub='tot'),
        C('killed "more than 50" of them', 'killed', 50, 'at-least', 'fighters'),
        C('losing four soldiers', 'killed', 4, 'exact', 'soldiers'),
        C('captured 23 soldiers', 'detained', 23, 'exact', 'soldiers'),
        C('the army\'s losses at "at least 70" dead', 'killed', 70, 'at-least', 'soldiers', tags='contradicted'),
        C('31 wounded people had been admitted', 'injured', 31, 'exact', 'people', id='hosp'),
        C('12 of them children', 'injured', 12, 'exact', 'children', sub='hosp'),
        C('two had died', 'killed', 2, 'exact', 'people', sub='hosp'),
        C('the toll had climbed to 24', 'killed', 24, 'exact', 'civilians', tags='update'),
        C('15-20 fishermen', 'missing', None, 'range', 'other', low=15, high=20),
        C('Thousands of residents have fled', 'displaced', None, 'vague', 'civilians'),
        C('nearly 6,500 people were sheltering', 'displaced', 6500, 'at-most', 'people'),
        C('detained about two dozen young men', 'detained', 24, 'approx', 'men'),
        C('killed more than 1,600 civilians', 'killed', 1600, 'at-least', 'civilians'),
    ],
    sources=[
        S('residents', 'witness'),
        S('a local aid worker', 'anonymous'),
        S('The aid worker', 'anonymous'),
        S('Than Htike', 'witness', form='name'),
        S("The military's information team", 'military'),
        S('The AA', 'military'),
        S("A doctor at Toungup's district hospital", 'anonymous'),
        S('the doctor', 'anonymous'),
        S('residents', 'witness', nth=1),
        S('the Arakan Relief Network', 'ngo'),
        S('the group', 'ngo', nth=1),
        S('the Rakhine Civilian Monitor', 'ngo'),
        S('The U.N. Office for the Coordination of Humanitarian Affairs', 'ngo'),
    ],
    numbers=[
        N("one of the junta's last strongholds", 'other'),
        N('120mm', 'other'),
        N('one of the most powerful', 'other'),
        N('every 10 minutes', 'duration'),
        N('52', 'age'),
        N('two outposts', 'count-objects'),
        N('dozens of rifles', 'count-objects'),
        N('three surgeons', 'count-people'),
        N('about 30,000 people', 'population'),
        N('some 400 km', 'distance'),
        N('250 miles', 'distance'),
        N('two weeks', 'duration'),
        N('November 2023', 'date'),
        N('2 million people', 'count-people'),
    ])

# ou03: UN OCHA flash update on hostilities in Pauktaw township, Rakhine state, Myanmar
# (title, headings, highlights, displacement by site, access, response, funding)
A['ou03.txt'] = dict(
    casualty=[
        C('At least 12 civilians', 'killed', 12, 'at-least', 'civilians', id='hl'),
        C('four children', 'killed', 4, 'exact', 'children', sub='hl'),
        C('27 injured', 'injured', 27, 'exact', 'civilians', id='inj'),
        C('An estimated 9,800 people have fled', 'displaced', 9800, 'approx', 'people'),
        C('killed seven people', 'killed', 7, 'exact', 'people', id='mon'),
        C('three children', 'killed', 3, 'exact', 'children', sub='mon'),
        C('injured 11 others', 'injured', 11, 'exact', 'people'),
        C('the toll from the strike at three', 'killed', 3, 'exact', 'people', tags='contradicted'),
        C('16 of the injured', 'injured', 16, 'exact', 'civilians', sub='inj', id='sgh'),
        C('several', 'injured', None, 'vague', 'civilians', sub='sgh'),
        C('between 40 and 50 people are unaccounted for', 'missing', None, 'range', 'people', low=40, high=50),
        C('22 men were detained', 'detained', 22, 'exact', 'men'),
        C('taken 46 soldiers prisoner', 'detained', 46, 'exact', 'soldiers'),
        C('the 9,800 people displaced', 'displaced', 9800, 'exact', 'people', id='disp', tags='repeat'),
        C('about 4,100 are sheltering', 'displaced', 4100, 'approx', 'people', sub='disp'),
        C('3,600', 'displaced', 3600, 'exact', 'people', sub='disp'),
        C('some 2,100', 'displaced', 2100, 'approx', 'people', sub='disp'),
        C('another 1,300 people have fled', 'displaced', 1300, 'exact', 'people'),
        C('nine people with blast injuries', 'injured', 9, 'exact', 'people'),
    ],
    sources=[
        S('local partners', 'ngo'),
        S('Partners', 'ngo'),
        S("the monastery's abbot", 'witness', form='role'),
        S('The MAF-appointed township administration', 'official'),
        S('Sittwe General Hospital', 'official'),
        S('Local partners', 'ngo'),
        S('The AA', 'military'),
        S('the Camp Coordination and Camp Management (CCCM) Cluster', 'ngo'),
        S('Community leaders', 'other'),
        S('partners', 'ngo', nth=2),
    ],
    numbers=[
        N('No. 2', 'other'),
        N('18 February 2025', 'date'),
        N('between 12 and 16 February', 'date'),
        N('about 25 km', 'distance'),
        N('11 February', 'date'),
        N('some 22,000 people', 'population'),
        N('12 February', 'date'),
        N('at least 15 air strikes', 'count-objects'),
        N('two monasteries', 'count-objects'),
        N('14 February', 'date'),
        N('15 February', 'date'),
        N('17 February', 'date'),
        N('14 trucks', 'count-objects'),
        N('10 February', 'date'),
        N('40 tonnes', 'quantity'),
        N('16 February', 'date', nth=1),
        N('January 2024', 'date'),
        N('5,200 people', 'count-people'),
        N('340 patients', 'count-people'),
        N('2025', 'year', nth=1),
        N('US$1.1 billion', 'money'),
        N('5.5 million people', 'count-people'),
        N('17 February', 'date', nth=1),
        N('$98 million', 'money'),
        N('9 per cent', 'percentage'),
    ])

# ou04: Arakan Army shelling of Kyaukphyu and an attack on a port outpost, Rakhine state, Myanmar
# (state media, "the Western Command says", "terrorists", British spelling, curly quotes, em dash)
A['ou04.txt'] = dict(
    casualty=[
        C('killing six civilians', 'killed', 6, 'exact', 'civilians', id='civ'),
        C('wounding 14 others', 'injured', 14, 'exact', 'civilians', id='inj'),
        C('two schoolchildren', 'killed', 2, 'exact', 'children', sub='civ'),
        C('Nine of the injured', 'injured', 9, 'exact', 'civilians', sub='inj'),
        C('Two members of the Myanmar Police Force sacrificed their lives', 'killed', 2, 'exact', 'soldiers'),
        C('four others sustained injuries', 'injured', 4, 'exact', 'soldiers'),
        C('the bodies of 11 terrorists', 'killed', 11, 'exact', 'fighters'),
        C('arrested 17 suspects', 'detained', 17, 'exact', 'people', id='arr'),
        C('five women', 'detained', 5, 'exact', 'women', sub='arr'),
        C('A number of villagers', 'detained', None, 'vague', 'civilians'),
        C('More than 2,300 residents who had fled', 'displaced', 2300, 'at-least', 'civilians'),
        C('approximately 300 households', 'displaced', 300, 'approx', 'people'),
        C('23 villagers were killed', 'killed', 23, 'exact', 'civilians', tags='contradicted'),
        C('hundreds had fled', 'displaced', None, 'vague', 'civilians', tags='contradicted'),
        C('killed 412 civilians', 'killed', 412, 'exact', 'civilians'),
        C('injured more than 900 others', 'injured', 900, 'at-least', 'civilians'),
        C('abducted 236 people', 'detained', 236, 'exact', 'people'),
    ],
    sources=[
        S('the Western Command', 'military'),
        S('the Command', 'military'),
        S('Medical Superintendent Dr Aung Naing Soe', 'official', form='title-name'),
        S('the Command', 'military', nth=1),
        S('the statement', 'military', form='document'),
        S('the Command', 'military', nth=2),
        S('Kyaukphyu District Administrator U Thein Zaw', 'official', form='title-name'),
        S('U Thein Zaw', 'official', nth=1, form='name'),
        S('The Command', 'military'),
        S('some foreign media', 'media'),
        S('the Command', 'military', nth=3),
        S('the Command', 'military', nth=4),
    ],
    numbers=[
        N('9 March', 'date'),
        N('107mm', 'other'),
        N('7 and 8 March', 'date'),
        N('70-year-old', 'age'),
        N('aged nine and 11', 'age'),
        N('Ward 3', 'other'),
        N('about 2 am', 'time'),
        N('8 March', 'date', nth=1),
        N('four drones', 'count-objects'),
        N('AK-47', 'other'),
        N('120 rounds of ammunition', 'count-objects'),
        N('K 50,000', 'money'),
        N('Ward 3', 'other', nth=1),
        N('Ward 5', 'other'),
        N('K 38 million', 'money'),
        N('November 2023', 'date'),
        N('US$7.3 billion', 'money'),
    ])

# ou05: air strikes on Mogaung, Kachin state, Myanmar, during a Kachin Independence Army offensive
# (broadcaster's website: headline and byline instead of a dateline, British spelling, curly quotes)
A['ou05.txt'] = dict(
    casualty=[
        C('kill dozens', 'killed', None, 'vague', 'people'),
        C('killed at least 31 people', 'killed', 31, 'at-least', 'people', id='tot', tags='repeat'),
        C('19 of the dead', 'killed', 19, 'exact', 'people', sub='tot', id='church'),
        C('about 400 displaced people were sheltering', 'displaced', 400, 'approx', 'people'),
        C('Eight of the dead were children', 'killed', 8, 'exact', 'children', sub='church'),
        C('six or seven people', 'missing', None, 'range', 'people', low=6, high=7),
        C('more than 60 people had been wounded', 'injured', 60, 'at-least', 'people', id='wnd'),
        C('23 of the wounded', 'injured', 23, 'exact', 'people', sub='wnd', id='myi'),
        C('three of whom later died', 'killed', 3, 'exact', 'people', sub='myi'),
        C('at least two of those patients were children', 'injured', 2, 'at-least', 'children', sub='myi'),
        C('killed around 80 “insurgents”', 'killed', 80, 'approx', 'fighters'),
        C('12 of its soldiers had died', 'killed', 12, 'exact', 'soldiers'),
        C('captured 54 soldiers', 'detained', 54, 'exact', 'soldiers'),
        C('“more than 100” had been killed', 'killed', 100, 'at-least', 'soldiers', tags='contradicted'),
        C('up to nine KIA fighters had been killed', 'killed', 9, 'at-most', 'fighters'),
        C('almost 15,000 people have fled', 'displaced', 15000, 'at-most', 'people'),
        C('more than 200,000 people are now displaced', 'displaced', 200000, 'at-least', 'people'),
    ],
    sources=[
        S('local rescuers', 'ngo'),
        S('The Kachin Independence Army (KIA)', 'military'),
        S('A volunteer with the Mogaung Rescue Team', 'anonymous'),
        S('The rescue team', 'ngo'),
        S('A doctor at Myitkyina General Hospital', 'anonymous'),
        S('The local news site Mali Hka Post', 'media'),
        S('hospital staff', 'anonymous'),
        S('state television', 'media'),
        S('the military', 'military'),
        S('KIA spokesman Col Zau Tawng', 'military', form='title-name'),
        S('Residents', 'witness'),
        S('The UN’s humanitarian office (OCHA)', 'ngo'),
        S('Lu Ja', 'witness', form='name'),
        S('the UN', 'ngo'),
    ],
    numbers=[
        N('three days', 'duration'),
        N('2 June', 'date'),
        N('2021', 'year'),
        N('about 55km', 'distance'),
        N('34 miles', 'distance'),
        N('38-year-old', 'age'),
        N('mother of three', 'count-people'),
        N('two days', 'duration'),
        N('more than six decades', 'duration'),
    ])

# ou06: a rights network's statement on a junta air strike on a church in Mansi township, Kachin state,
# Myanmar, and on detentions at checkpoints (NGO statement, demands, notes to editors, British spelling)
A['ou06.txt'] = dict(
    casualty=[
        C('killed at least 17 civilians', 'killed', 17, 'at-least', 'civilians', id='tot'),
        C('six children', 'killed', 6, 'exact', 'children', sub='tot'),
        C('Another 29 people were injured', 'injured', 29, 'exact', 'people', id='inj'),
        C('11 of them', 'injured', 11, 'exact', 'people', sub='inj'),
        C('Three women', 'missing', 3, 'exact', 'women'),
        C('my two grandchildren died', 'killed', 2, 'exact', 'children'),
        C('killing more than 20 “terrorists”', 'killed', 20, 'at-least', 'fighters', tags='contradicted'),
        C('two of its medics were killed', 'killed', 2, 'exact', 'other'),
        C('an estimated 4,500 people', 'displaced', 4500, 'approx', 'people'),
        C('over 12,000 displaced people', 'displaced', 12000, 'at-least', 'people'),
        C('the arrest of at least 14 men', 'detained', 14, 'at-least', 'men', id='det'),
        C('nine of them', 'missing', 9, 'exact', 'men', sub='det'),
        C('two of them died', 'killed', 2, 'exact', 'men', sub='det'),
        C('killed at least 212 civilians', 'killed', 212, 'at-least', 'civilians', id='mon'),
        C('twenty-one', 'killed', 21, 'exact', 'civilians', sub='mon'),
        C('the 14 men', 'detained', 14, 'exact', 'men', tags='repeat'),
    ],
    sources=[
        S('the Kachin Civilian Protection Network (KCPN)', 'ngo'),
        S('KCPN', 'ngo', nth=1),
        S('a 63-year-old woman', 'witness', form='role'),
        S('Maran Ja Seng', 'ngo', form='name'),
        S('The military’s information team', 'military'),
        S('The state newspaper Myanma Alinn', 'media'),
        S('The Kachin Independence Army (KIA)', 'military'),
        S('local relief groups', 'ngo'),
        S('KCPN', 'ngo', nth=4),
        S('their relatives', 'witness'),
        S('KCPN’s monitoring', 'ngo', form='document'),
    ],
    numbers=[
        N('14 April 2025', 'date'),
        N('6 April', 'date'),
        N('23 survivors', 'count-people'),
        N('two bombs', 'count-objects'),
        N('10am', 'time'),
        N('63-year-old', 'age'),
        N('7 April', 'date'),
        N('eight neighbouring villages', 'count-objects'),
        N('February 2021', 'date'),
        N('31 community-based organisations', 'count-objects'),
        N('2012', 'year'),
        N('30 April', 'date'),
    ])

# ou07: an army gunboat firing on a ferry of people fleeing Shwegu, Kachin state, Myanmar
# (AP style, em-dash dateline, American spelling, straight quotes)
A['ou07.txt'] = dict(
    casualty=[
        C('killing 14 passengers', 'killed', 14, 'exact', 'people', id='tot'),
        C('at least 20 others missing', 'missing', 20, 'at-least', 'people'),
        C('recovered 14 bodies', 'killed', 14, 'exact', 'people', id='bod', tags='repeat'),
        C('four children', 'killed', 4, 'exact', 'children', sub='bod'),
        C('at least 35 passengers were wounded', 'injured', 35, 'at-least', 'people', id='wnd'),
        C('11 of them', 'injured', 11, 'exact', 'people', sub='wnd'),
        C('two more had died', 'killed', 2, 'exact', 'people'),
        C('the death toll to 16', 'killed', 16, 'exact', 'people', tags='update'),
        C('killed "dozens" of attackers', 'killed', None, 'vague', 'fighters'),
        C('fewer than five soldiers had been wounded', 'injured', 5, 'at-most', 'soldiers'),
        C('captured 38 soldiers and police officers', 'detained', 38, 'exact', 'soldiers'),
        C('as many as 27 soldiers had been killed', 'killed', 27, 'at-most', 'soldiers'),
        C('driven more than 20,000 people', 'displaced', 20000, 'at-least', 'people'),
        C('detained 60 to 70 men', 'detained', None, 'range', 'men', low=60, high=70),
        C('killed more than 6,800 civilians', 'killed', 6800, 'at-least', 'civilians'),
        C('more than 29,000 people have been arrested', 'detained', 29000, 'at-least', 'people'),
    ],
    sources=[
        S('rescue workers', 'ngo'),
        S('a local resistance group', 'military'),
        S('Ko Zaw', 'ngo', form='name'),
        S('Ko Zaw', 'ngo', nth=1, form='name'),
        S("The Shwegu People's Defense Force", 'military'),
        S('A military spokesman, Maj. Gen. Kyaw Thet Naing', 'military', form='title-name'),
        S('The KIA', 'military'),
        S('a local aid group, the Shwegu Relief Committee', 'ngo'),
        S('The committee', 'ngo'),
        S('Daw Khin Myo', 'witness', form='name'),
        S('the Assistance Association for Political Prisoners', 'ngo'),
        S('Analysts', 'other'),
    ],
    numbers=[
        N('120 passengers', 'count-people'),
        N('at least three shells', 'count-objects'),
        N('several army outposts', 'count-objects'),
        N('47', 'age'),
        N('9-year-old', 'age'),
        N('four days', 'duration'),
        N('about 60 kilometers', 'distance'),
        N('37 miles', 'distance'),
        N('February 2021', 'date'),
    ])

# ou08: a junta air strike on a rare-earth mining camp outside Chipwi, Kachin state, Myanmar
# (a newspaper's own correspondent: headline, byline, "told me", British spelling, curly quotes, em dash)
A['ou08.txt'] = dict(
    casualty=[
        C('Nineteen miners', 'killed', 19, 'exact', 'other'),
        C('at least four members of their families were killed', 'killed', 4, 'at-least', 'people'),
        C('buried 26 people', 'killed', 26, 'exact', 'people', tags='contradicted'),
        C('31 people had been wounded', 'injured', 31, 'exact', 'people', id='wnd'),
        C('17 of them', 'injured', 17, 'exact', 'people', sub='wnd'),
        C('“more than ten” injured Myanmar nationals', 'injured', 10, 'at-least', 'people'),
        C('killed “roughly 40 KIA terrorists”', 'killed', 40, 'approx', 'fighters', tags='contradicted'),
        C('2,000–2,500 people fled', 'displaced', None, 'range', 'people', low=2000, high=2500),
        C('killed six workers', 'killed', 6, 'exact', 'other'),
        C('lost more than 50 soldiers', 'killed', 50, 'at-least', 'soldiers'),
        C('scores more wounded', 'injured', None, 'vague', 'soldiers'),
        C('its toll from Tuesday’s strike to 27', 'killed', 27, 'exact', 'people', tags='update'),
        C('four of the wounded had died', 'killed', 4, 'exact', 'people', sub='wnd'),
        C('detained 12 miners', 'detained', 12, 'exact', 'other', id='det'),
        C('three boys', 'detained', 3, 'exact', 'children', sub='det'),
        C('Nine of them are still being held', 'detained', 9, 'exact', 'other', sub='det'),
    ],
    sources=[
        S('the Kachin Independence Army (KIA)', 'military'),
        S('Lahtaw Zau Ring', 'witness', form='name'),
        S('A KIA spokesman, Col Sumlut Gam', 'military', form='title-name'),
        S('Chinese officials in Pianma', 'official'),
        S('the state broadcaster MRTV', 'media'),
        S('the military', 'military', nth=1),
        S('Local relief volunteers', 'ngo'),
        S('Nhkum Lu', 'witness', form='name'),
        S('the KIA', 'military'),
        S('the KIA', 'military', nth=1),
        S('The Lisu Human Rights Group', 'ngo'),
        S('the group', 'ngo'),
        S('China’s foreign ministry', 'official'),
        S('Lahtaw Zau Ring', 'witness', nth=1, form='name'),
    ],
    numbers=[
        N('October 2024', 'date'),
        N('two days later', 'duration'),
        N('52', 'age'),
        N('30 of them', 'count-objects'),
        N('up to 1,200 workers', 'count-people'),
        N('29-year-old', 'age'),
        N('her two sisters', 'count-people'),
        N('3 November', 'date'),
        N('aged 15 and 16', 'age'),
        N('US$1.4bn', 'money'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
