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

# ---------------------------------------------------------------- labels (blind set 89: ux01-ux08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('neutralised / executed / slain / fell / associated deaths',
     r'\bneutrali[sz]ed\b|\bexecuted\b|\bslain\b|\bfell\b|\bdeaths\b'),
    ('rounded up / captured / still being held', r'\brounded up\b|\bcaptured\b|\bheld\b'),
    ('uprooted / evacuated / crossed into / sheltering / newly displaced',
     r'\buprooted\b|\bevacuated\b|\bcrossed into\b|\bsheltering\b'),
    ('believed trapped / whereabouts unknown', r'\btrapped\b'),
    ('gunshot wounds / war-related injuries', r'\bwounds\b|\binjuries\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('assailants/commanders', r'\b(?:assailants|commanders)\b'),
    ('VDP members / VDP', r'\bVDP\b'),
    ('passengers/patients/households/members/students', r'\b(?:passengers|patients|households|members|students)\b'),
    ('daughters', r'\bdaughters\b'),
]

# ux01: drone strike on an evacuation minibus from Russian-occupied Oleshky, Kherson oblast (Reuters style)
A['ux01.txt'] = dict(
    casualty=[
        C('killing six people', 'killed', 6, 'exact', 'people', id='tot'),
        C('wounding at least 11', 'injured', 11, 'at-least', 'people', id='inj'),
        C('the death toll at nine', 'killed', 9, 'exact', 'people', tags='contradicted'),
        C('14 injured passengers', 'injured', 14, 'exact', 'people', tags='contradicted'),
        C('one of the wounded', 'killed', 1, 'exact', 'people', sub='inj'),
        C('the Ukrainian toll to seven', 'killed', 7, 'exact', 'people', tags='update'),
        C('four of the injured', 'injured', 4, 'exact', 'people', sub='inj'),
        C('at least 40 residents had died', 'killed', 40, 'at-least', 'civilians'),
        C('Dozens more have been detained', 'detained', None, 'vague', 'civilians'),
        C('three or four old people died', 'killed', None, 'range', 'people', low=3, high=4),
        C('killed two men', 'killed', 2, 'exact', 'men'),
        C('killed 13 civilians', 'killed', 13, 'exact', 'civilians'),
        C('wounded more than 50', 'injured', 50, 'at-least', 'civilians'),
        C('killed 22 civilians', 'killed', 22, 'exact', 'civilians'),
        C('around 1,200 residents have been "evacuated"', 'displaced', 1200, 'approx', 'civilians'),
        C('a further three people had been wounded', 'injured', 3, 'exact', 'people'),
    ],
    sources=[
        S('Ukrainian officials', 'official', nth=0),
        S('Russian-installed authorities in the occupied part of the Kherson region', 'official'),
        S("Ukraine's Southern Defense Forces", 'military'),
        S('spokeswoman Olha Savchuk', 'military', form='title-name'),
        S("the Kherson regional prosecutor's office", 'official'),
        S('Ukrainian officials', 'official', nth=1),
        S("Ukraine's parliamentary human rights commissioner, Maksym Horbenko", 'official', form='title-name'),
        S('Halyna', 'witness', form='name'),
        S('Kherson Governor Oleksandr Tkachuk', 'official', form='title-name'),
        S('Moscow-installed officials', 'official'),
        S('Kyiv', 'official'),
        S('State news agency TASS', 'media'),
        S('local emergency services', 'official'),
    ],
    numbers=[
        N('8 a.m.', 'time'),
        N('about 60 km', 'distance'),
        N('37 miles', 'distance'),
        N('19 people', 'count-people'),
        N('71-year-old', 'age'),
        N('about 24,000', 'population'),
        N('February 2022', 'date'),
        N('fewer than 3,000 residents', 'population'),
        N('June 2023', 'date'),
        N('58-year-old', 'age'),
        N('64-year-old', 'age'),
    ])

# ux02: RSF and militia assault on Misterei, West Darfur (AFP style)
A['ux02.txt'] = dict(
    casualty=[
        C('killed at least 85 people', 'killed', 85, 'at-least', 'people', id='tot'),
        C('17 women', 'killed', 17, 'exact', 'women', sub='tot'),
        C('at least nine children', 'killed', 9, 'at-least', 'children', sub='tot'),
        C('23 bodies', 'killed', 23, 'exact', 'people'),
        C('31 of them had been killed', 'killed', 31, 'exact', 'fighters', tags='contradicted'),
        C('four of its fighters had died', 'killed', 4, 'exact', 'fighters'),
        C('abducted dozens of young men', 'detained', None, 'vague', 'men'),
        C('112 people were still missing', 'missing', 112, 'exact', 'people'),
        C('almost 14,000 people had crossed into Chad', 'displaced', 14000, 'at-most', 'people'),
        C('146 wounded patients', 'injured', 146, 'exact', 'people', id='pat'),
        C('38 of them with gunshot wounds', 'injured', 38, 'exact', 'people', sub='pat'),
        C('11 had died', 'killed', 11, 'exact', 'people', sub='pat'),
        C('the death toll at more than 200', 'killed', 200, 'at-least', 'people', tags='contradicted'),
        C('killing between 10,000 and 15,000 people', 'killed', None, 'range', 'people', low=10000, high=15000),
        C('uprooted more than 12 million people', 'displaced', 12000000, 'at-least', 'people'),
    ],
    sources=[
        S('a lawyers’ group', 'ngo'),
        S('The Darfur Bar Association', 'ngo'),
        S('Adam Ishaq', 'witness', form='name'),
        S('The RSF', 'military', nth=0),
        S('the paramilitary force', 'military'),
        S('Witnesses', 'witness'),
        S('activists', 'other'),
        S('A Masalit community leader, Ibrahim Abdelkarim', 'other', form='title-name'),
        S('The United Nations’ International Organization for Migration', 'ngo'),
        S('Médecins Sans Frontières', 'ngo'),
        S('Sudan’s army-backed government', 'official'),
        S('a UN panel of experts', 'ngo'),
        S('UN figures', 'ngo', form='document'),
    ],
    numbers=[
        N('nearly 12 hours', 'duration'),
        N('34-year-old', 'age'),
        N('about 30 kilometres', 'distance'),
        N('around 300 homes', 'count-objects'),
        N('2023', 'year'),
        N('April 2023', 'date'),
    ])

# ux03: overnight airstrikes on Shujaiya, Gaza City (AP style)
A['ux03.txt'] = dict(
    casualty=[
        C('killing at least 32 Palestinians', 'killed', 32, 'at-least', 'people', id='tot'),
        C('11 children', 'killed', 11, 'exact', 'children', sub='tot'),
        C('killed "approximately 20 terrorists"', 'killed', 20, 'approx', 'fighters'),
        C('27 bodies', 'killed', 27, 'exact', 'people'),
        C('more than 70 wounded', 'injured', 70, 'at-least', 'people'),
        C('up to 15 people believed trapped', 'missing', 15, 'at-most', 'people'),
        C('two daughters', 'killed', 2, 'exact', 'children'),
        C('three others were seriously wounded', 'injured', 3, 'exact', 'soldiers'),
        C('58 bodies', 'killed', 58, 'exact', 'people'),
        C('the overall Palestinian death toll in the war to 51,266', 'killed', 51266, 'exact', 'people',
          tags='update'),
        C('killed more than 20,000 militants', 'killed', 20000, 'at-least', 'fighters'),
        C('an estimated 40,000 had already fled', 'displaced', 40000, 'approx', 'people'),
        C('killed about 1,200 people', 'killed', 1200, 'approx', 'people'),
        C('abducted 251', 'detained', 251, 'exact', 'people'),
    ],
    sources=[
        S('hospital officials', 'official'),
        S("Gaza's civil defense", 'official'),
        S('The Israeli military', 'military'),
        S('Dr. Khaled al-Sousi', 'official', form='title-name'),
        S('Civil defense spokesman Nidal Abu Rayyan', 'official', form='title-name'),
        S('Umm Mohammed Jundiya', 'witness', form='name'),
        S('The military', 'military'),
        S("Gaza's Health Ministry", 'official'),
        S('The ministry', 'official'),
        S('Israel', 'official', nth=1),
        S('The U.N. humanitarian office, OCHA', 'ngo'),
    ],
    numbers=[
        N('two rockets', 'count-objects'),
        N('1 a.m.', 'time'),
        N('four-story building', 'other'),
        N('41', 'age'),
        N('aged 6 and 9', 'age'),
        N('24 hours', 'duration'),
        N('about 70,000 people', 'count-people'),
        N('Oct. 7, 2023', 'date'),
    ])

# ux04: suicide car bomb on a military base at Wanlaweyn, Lower Shabelle, Somalia (dpa style, one sentence a
# paragraph)
A['ux04.txt'] = dict(
    casualty=[
        C('At least 19 people were killed', 'killed', 19, 'at-least', 'people', id='tot'),
        C('12 soldiers', 'killed', 12, 'exact', 'soldiers', sub='tot'),
        C('seven civilians were among the dead', 'killed', 7, 'exact', 'civilians', sub='tot'),
        C('Another 26 people were wounded', 'injured', 26, 'exact', 'people', id='w'),
        C('several of them', 'injured', None, 'vague', 'people', sub='w'),
        C('killed 15 al-Shabaab fighters', 'killed', 15, 'exact', 'fighters', id='sna'),
        C('two commanders', 'killed', 2, 'exact', 'fighters', sub='sna'),
        C('killed 47 soldiers', 'killed', 47, 'exact', 'soldiers', tags='contradicted'),
        C('14 of the wounded', 'injured', 14, 'exact', 'people', id='w14', sub='w'),
        C('two of them had died', 'killed', 2, 'exact', 'people', sub='w14'),
        C('the death toll at 23', 'killed', 23, 'exact', 'people', tags='update'),
        C('four more bodies', 'killed', 4, 'exact', 'people'),
        C('five or six dead people', 'killed', None, 'range', 'people', low=5, high=6),
        C('arrested three suspects', 'detained', 3, 'exact', 'people'),
        C('forced about 65,000 people from their homes', 'displaced', 65000, 'approx', 'people'),
    ],
    sources=[
        S('officials', 'official'),
        S('a district official', 'anonymous'),
        S('Hussein Ali Nur', 'official', form='name'),
        S('The Somali National Army', 'military'),
        S('Al-Shabaab', 'military', nth=0),
        S('its Andalus radio station', 'media'),
        S('The government', 'official'),
        S('A doctor at Madina Hospital in Mogadishu', 'anonymous'),
        S('the regional administration of Lower Shabelle', 'official'),
        S('Residents', 'witness'),
        S('Fadumo Abdi', 'witness', form='name'),
        S('police spokesman Abdifatah Aden Hassan', 'official', form='title-name'),
        S('The African Union mission in Somalia, AUSSOM', 'military'),
        S('The United Nations', 'ngo'),
    ],
    numbers=[
        N('about a dozen militants', 'count-people'),
        N('three armoured vehicles', 'count-objects'),
        N('some 90 kilometres', 'distance'),
        N('more than 10 kilometres', 'distance'),
        N('45-year-old', 'age'),
        N('mother of six', 'count-people'),
        N('more than 15 years', 'duration'),
    ])

# ux05: a rights network's statement on a jihadist attack and VDP reprisals at Falagountou, Séno province,
# Burkina Faso (NGO statement style, with a headline)
A['ux05.txt'] = dict(
    casualty=[
        C('At least 48 civilians killed', 'killed', 48, 'at-least', 'civilians'),
        C('killed at least 48 civilians', 'killed', 48, 'at-least', 'civilians', id='tot', tags='repeat'),
        C('executed at least 11 men', 'killed', 11, 'at-least', 'men'),
        C('9 children', 'killed', 9, 'exact', 'children', sub='tot'),
        C('six women', 'killed', 6, 'exact', 'women', sub='tot'),
        C('21 bodies', 'killed', 21, 'exact', 'people'),
        C('more than 60 terrorists” had been neutralised', 'killed', 60, 'at-least', 'fighters'),
        C('five VDP members had lost their lives', 'killed', 5, 'exact', 'soldiers'),
        C('rounded up at least 11 Fulani men', 'detained', 11, 'at-least', 'men'),
        C('Four other men', 'missing', 4, 'exact', 'men'),
        C('more than 9,500 newly displaced people', 'displaced', 9500, 'at-least', 'people'),
        C('the 11 men executed', 'killed', 11, 'exact', 'men', tags='repeat'),
        C('the 48 civilians slain', 'killed', 48, 'exact', 'civilians', tags='repeat'),
        C('killed more than 20,000 people', 'killed', 20000, 'at-least', 'people'),
        C('about 2.1 million people are internally displaced', 'displaced', 2100000, 'approx', 'people'),
    ],
    sources=[
        S('the Sahel Civilian Protection Network (SCPN)', 'ngo'),
        S('Witnesses', 'witness'),
        S('a list of names compiled by community leaders', 'other', form='document'),
        S('a 52-year-old herder', 'witness', form='role'),
        S('The Burkinabè army', 'military'),
        S('state television RTB', 'media'),
        S('residents', 'witness'),
        S('their families', 'witness'),
        S('Local authorities in Dori', 'official'),
        S('Aminata Sawadogo', 'ngo', form='name'),
        S('the Armed Conflict Location & Event Data Project (ACLED)', 'ngo'),
    ],
    numbers=[
        N('14 May 2025', 'date'),
        N('3 May', 'date'),
        N('37 people', 'count-people'),
        N('numbering over 100', 'count-people'),
        N('about 10 a.m.', 'time'),
        N('aged 4', 'age'),
        N('52-year-old', 'age'),
        N('Two days', 'duration'),
        N('7 May', 'date'),
        N('about 40 km', 'distance'),
        N('estimated 18,000 residents', 'population'),
        N('10 May', 'date'),
        N('about 60 per cent', 'percentage'),
        N('2015', 'year'),
    ])

# ux06: overnight raids on villages near Gimbi, West Wollega, Oromia, Ethiopia (broadcaster's website style)
A['ux06.txt'] = dict(
    casualty=[
        C('Dozens killed', 'killed', None, 'vague', 'people'),
        C('killed at least 34 villagers', 'killed', 34, 'at-least', 'civilians', id='tot'),
        C('eight children', 'killed', 8, 'exact', 'children', sub='tot'),
        C('at least 17 people had been wounded', 'injured', 17, 'at-least', 'people'),
        C('the toll had risen to 39', 'killed', 39, 'exact', 'civilians', tags='update'),
        C('41 bodies', 'killed', 41, 'exact', 'people', tags='contradicted'),
        C('killed 11 civilians', 'killed', 11, 'exact', 'civilians'),
        C('injured around 20 others', 'injured', 20, 'approx', 'civilians'),
        C('at least 60 people', 'detained', 60, 'at-least', 'people', id='abd'),
        C('a dozen university students', 'detained', 12, 'exact', 'people', sub='abd'),
        C('23 of them were still being held', 'detained', 23, 'exact', 'people', sub='abd'),
        C('killed 85 OLA fighters', 'killed', 85, 'exact', 'fighters'),
        C('captured 140', 'detained', 140, 'exact', 'fighters'),
        C('thousands of civilians have been killed', 'killed', None, 'vague', 'civilians'),
        C('nearly 700,000 people have been displaced', 'displaced', 700000, 'at-most', 'people'),
    ],
    sources=[
        S('local officials', 'official'),
        S('residents', 'witness'),
        S('Gemechu Tolera', 'official', form='name'),
        S('the zone administration', 'official'),
        S('The regional government', 'official'),
        S('The OLA', 'military'),
        S('Its spokesman, Lemi Gudeta', 'military', form='title-name'),
        S('A resident of one of the villages', 'anonymous'),
        S('the state-appointed Ethiopian Human Rights Commission (EHRC)', 'official'),
        S('The commission', 'official'),
        S('traders', 'witness'),
        S('Ethiopia’s army', 'military'),
        S('Rights groups', 'ngo'),
        S('the UN', 'ngo'),
    ],
    numbers=[
        N('around 11 p.m.', 'time'),
        N('three rural kebeles', 'count-objects'),
        N('about 20 kilometers', 'distance'),
        N('one of the villages', 'other'),
        N('maybe 50 or 60 of them', 'count-people'),
        N('two mass graves', 'count-objects'),
        N('April 28', 'date'),
        N('roughly 110 kilometers', 'distance'),
        N('250 birr', 'money'),
        N('$1.90', 'money'),
        N('2018', 'year'),
        N('four Wollega zones', 'count-objects'),
    ])

# ux07: OCHA flash update on the RSF takeover of Dinder, Sennar state, Sudan (UN situation report style)
A['ux07.txt'] = dict(
    casualty=[
        C('displaced an estimated 53,000 people', 'displaced', 53000, 'approx', 'people'),
        C('At least 27 civilians have been killed', 'killed', 27, 'at-least', 'civilians'),
        C('64 injured', 'injured', 64, 'exact', 'civilians', nth=0),
        C('27 civilians', 'killed', 27, 'exact', 'civilians', nth=1, id='k27', tags='repeat'),
        C('six children', 'killed', 6, 'exact', 'children', sub='k27'),
        C('four women', 'killed', 4, 'exact', 'women', sub='k27'),
        C('64 injured', 'injured', 64, 'exact', 'civilians', nth=1, tags='repeat'),
        C('41 people had been killed', 'killed', 41, 'exact', 'people', id='sdn', tags='contradicted'),
        C('11 members of the same family', 'killed', 11, 'exact', 'people', sub='sdn'),
        C('detained as many as 150 men', 'detained', 150, 'at-most', 'men', id='det'),
        C('at least 40', 'missing', 40, 'at-least', 'men', sub='det'),
        C('an estimated 53,000 people', 'displaced', 53000, 'approx', 'people', nth=1, id='d53', tags='repeat'),
        C('about 10,600 households', 'displaced', 10600, 'approx', 'people'),
        C('Some 8,000 people are sheltering', 'displaced', 8000, 'approx', 'people', sub='d53'),
        C('A further 2,000–3,000 people', 'displaced', None, 'range', 'people', low=2000, high=3000),
        C('killed two health workers', 'killed', 2, 'exact', 'other'),
        C('injured five', 'injured', 5, 'exact', 'other'),
        C('186 patients with war-related injuries', 'injured', 186, 'exact', 'people'),
        C('9 associated deaths', 'killed', 9, 'exact', 'people'),
    ],
    sources=[
        S('IOM’s Displacement Tracking Matrix (DTM)', 'ngo'),
        S('local health authorities', 'official'),
        S('Local health authorities', 'official'),
        S('The Sudan Doctors Network', 'ngo'),
        S('Community leaders', 'other'),
        S('Partners on the ground', 'ngo'),
        S('IOM DTM', 'ngo'),
        S('WHO', 'ngo'),
        S('MSF', 'ngo'),
    ],
    numbers=[
        N('No. 2', 'other'),
        N('14 August 2024', 'date'),
        N('28 July', 'date', nth=0),
        N('US$12.4 million', 'money'),
        N('120,000 people', 'count-people'),
        N('three months', 'duration'),
        N('28 July', 'date', nth=1),
        N('about 90,000 people', 'population'),
        N('two days', 'duration'),
        N('29 and 30 July', 'date'),
        N('12 August', 'date', nth=0),
        N('some 130 km', 'distance'),
        N('up to five days', 'duration'),
        N('14 gathering sites', 'count-objects'),
        N('three attacks on health care', 'count-objects'),
        N('28 July', 'date', nth=2),
        N('30 July', 'date', nth=1),
        N('60 beds', 'count-objects'),
        N('312 suspected cases', 'count-people'),
        N('12 August', 'date', nth=1),
        N('2024', 'year', nth=1),
        N('$2.7 billion', 'money'),
        N('32 per cent', 'percentage'),
        N('9 August', 'date'),
        N('$3 million', 'money'),
    ])

# ux08: an attack on Gaoua, Poni province, Burkina Faso, repelled by the army (state news agency style)
A['ux08.txt'] = dict(
    casualty=[
        C('some 40 assailants neutralised', 'killed', 40, 'approx', 'fighters'),
        C('some 40 terrorists were neutralised', 'killed', 40, 'approx', 'fighters', tags='repeat'),
        C('four soldiers', 'killed', 4, 'exact', 'soldiers'),
        C('three VDP fell', 'killed', 3, 'exact', 'soldiers'),
        C('12 others were wounded', 'injured', 12, 'exact', 'soldiers'),
        C('Two civilians', 'killed', 2, 'exact', 'civilians'),
        C('Fewer than 10 civilians were wounded', 'injured', 10, 'at-most', 'civilians'),
        C('19 wounded', 'injured', 19, 'exact', 'people', id='w'),
        C('seven civilians', 'injured', 7, 'exact', 'civilians', sub='w'),
        C('23 suspects were arrested', 'detained', 23, 'exact', 'people'),
        C('dozens of civilian deaths', 'killed', None, 'vague', 'civilians', tags='contradicted'),
        C('about 600 displaced people', 'displaced', 600, 'approx', 'people'),
        C('neutralised more than 1,200 terrorists', 'killed', 1200, 'at-least', 'fighters'),
    ],
    sources=[
        S('the Army General Staff', 'military'),
        S('the communiqué', 'military', nth=0, form='document'),
        S('the communiqué', 'military', nth=1, form='document'),
        S('The Governor of the South-West region, Lieutenant-Colonel Boukaré Zongo', 'official',
          form='title-name'),
        S('The director of the CHR, Dr Sié Kambou', 'official', form='title-name'),
        S('Several residents', 'witness'),
        S('Mrs Hien Béatrice', 'witness', form='name'),
        S('a security source', 'anonymous'),
        S('Local sources', 'anonymous'),
        S('foreign media', 'media'),
        S('the army', 'military'),
        S('The High Commissioner of Poni province, Lassina Ouattara', 'official', form='title-name'),
        S('the regional security committee', 'official'),
    ],
    numbers=[
        N('25 Feb. 2025', 'date'),
        N('about three hours', 'duration'),
        N('27 motorcycles', 'count-objects'),
        N('13-year-old', 'age'),
        N('Several residents', 'count-people'),
        N('4 a.m.', 'time'),
        N('aged 38', 'age'),
        N('January 2025', 'date'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
