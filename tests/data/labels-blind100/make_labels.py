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

# ---------------------------------------------------------------- labels (blind set 100: fq01-fq08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('executed / martyred / neutralised / eliminated / lost / kills',
     r'\bexecuted\b|\bmartyred\b|\bneutralised\b|\beliminated\b|\blost\b|\bkills\b'),
    ('captured / took … hostages / taken away / abducted',
     r'\bcaptured\b|\bhostages\b|\btaken away\b|\babducted\b'),
    ('unaccounted for / still missing', r'\bunaccounted\b|\bmissing\b'),
    ('forced … from their homes / moved to shelters', r'\bforced\b|\bmoved\b'),
    ('treated for … wounds / critical condition', r'\btreated\b|\bcritical condition\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('servicemen/police officers', r'\b(?:servicemen|police officers)\b'),
    ('militiamen/attackers/dissidents/members/collaborators',
     r'\b(?:militiamen|attackers|dissidents|members|collaborators)\b'),
    ('volunteers/community leaders', r'\b(?:volunteers|community leaders)\b'),
    ('families/passengers/hostages/young people', r'\b(?:families|passengers|hostages|young people)\b'),
    ('grandchildren/sons', r'\b(?:grandchildren|sons)\b'),
]

# fq01: Russian missile strike on Vilniansk, Zaporizhzhia oblast, Ukraine (AFP style, one-sentence paragraphs)
A['fq01.txt'] = dict(
    casualty=[
        C('killed at least 11 people', 'killed', 11, 'at-least', 'people', id='tot'),
        C('wounded 34 others', 'injured', 34, 'exact', 'people', id='inj'),
        C('two children', 'killed', 2, 'exact', 'children', sub='tot'),
        C('nine of the wounded', 'injured', 9, 'exact', 'people', sub='inj'),
        C('three or four residents were still unaccounted for', 'missing', None, 'range', 'civilians', low=3, high=4),
        C('the bodies of two more people', 'killed', 2, 'exact', 'people'),
        C('the death toll to 13', 'killed', 13, 'exact', 'people', tags='update'),
        C('“dozens” of wounded', 'injured', None, 'vague', 'people'),
        C('killing up to 70 servicemen', 'killed', 70, 'at-most', 'soldiers', tags='contradicted'),
        C('roughly 150 residents', 'displaced', 150, 'approx', 'civilians'),
        C('two people were killed', 'killed', 2, 'exact', 'people'),
        C('three injured', 'injured', 3, 'exact', 'people'),
        C('more than 12,000 civilians have been killed', 'killed', 12000, 'at-least', 'civilians'),
    ],
    sources=[
        S('the regional governor', 'official', form='role'),
        S('Governor Yuriy Sokolenko', 'official', form='title-name'),
        S('Sokolenko', 'official', nth=1, form='name'),
        S('Ukraine’s State Emergency Service', 'official'),
        S('The service', 'official'),
        S('Olena Hrytsenko', 'witness', form='name'),
        S('Hrytsenko', 'witness', nth=1, form='name'),
        S('Russia’s defence ministry', 'military'),
        S('Kyiv', 'official'),
        S('The regional administration', 'official'),
        S('Ukraine’s SBU security service', 'official'),
        S('the regional police', 'official'),
        S('Ukrainian officials', 'official'),
        S('The UN human rights monitoring mission in Ukraine', 'ngo'),
    ],
    numbers=[
        N('14-year-old', 'age'),
        N('Two missiles', 'count-objects'),
        N('five-storey', 'other'),
        N('8:40 am', 'time'),
        N('0540 GMT', 'time'),
        N('six people alive', 'count-people'),
        N('one of the blocks', 'count-objects'),
        N('61', 'age'),
        N('three days', 'duration'),
        N('27-year-old', 'age'),
        N('about 30 kilometres', 'distance'),
        N('around 14,000', 'population'),
        N('around 70 per cent', 'percentage'),
        N('February 2022', 'date'),
    ])

# fq02: attacks on Kornoi, North Darfur, Sudan (UN OCHA flash update)
A['fq02.txt'] = dict(
    casualty=[
        C('At least 46 civilians', 'killed', 46, 'at-least', 'civilians', id='tot'),
        C('17 children', 'killed', 17, 'exact', 'children', sub='tot'),
        C('An estimated 31,000 people have been displaced', 'displaced', 31000, 'approx', 'people'),
        C('46 deaths', 'killed', 46, 'exact', 'civilians', id='moh', tags='repeat'),
        C('112 injuries', 'injured', 112, 'exact', 'civilians', id='inj'),
        C('Of the injured, 38', 'injured', 38, 'exact', 'civilians', id='ref', sub='inj'),
        C('5 of them have since died', 'killed', 5, 'exact', 'civilians', sub='ref'),
        C("the death toll higher, at '60 to 70'", 'killed', None, 'range', 'civilians', low=60, high=70,
          tags='contradicted'),
        C('Two volunteers', 'killed', 2, 'exact', 'other', sub='moh'),
        C("killed 'dozens' of them", 'killed', None, 'vague', 'fighters'),
        C('lost two dozen fighters', 'killed', 24, 'exact', 'fighters'),
        C('some 31,000 people fled', 'displaced', 31000, 'approx', 'people', id='dtm', tags='repeat'),
        C('Nearly 18,500', 'displaced', 18500, 'at-most', 'people', sub='dtm'),
        C('an estimated 9,000 have crossed into Chad', 'displaced', 9000, 'approx', 'people', sub='dtm'),
        C('64 wounded people', 'injured', 64, 'exact', 'people', id='clin'),
        C('21 of them', 'injured', 21, 'exact', 'people', sub='clin'),
    ],
    sources=[
        S('local authorities', 'official'),
        S('community leaders', 'other'),
        S('partners', 'ngo', nth=1, form='collective'),
        S('The North Darfur State Ministry of Health', 'official'),
        S('Community leaders', 'other'),
        S('the society', 'ngo'),
        S('The Rapid Support Forces (RSF)', 'military'),
        S('The Joint Forces', 'military'),
        S("the International Organization for Migration's Displacement Tracking Matrix (DTM)", 'ngo'),
        S('Partners', 'ngo', form='collective'),
        S('An NGO-run clinic in Tine', 'ngo'),
    ],
    numbers=[
        N('No. 2', 'other'),
        N('14 May 2025', 'date'),
        N('10 and 12 May', 'date'),
        N('US$6.4 million', 'money'),
        N('three months', 'duration'),
        N('10 May', 'date'),
        N('three days', 'duration'),
        N('at least 9 of the 23 villages', 'count-objects'),
        N('13 May', 'date'),
        N('20 beds', 'count-objects'),
        N('12 May', 'date', nth=1),
        N('10 and 13 May', 'date'),
        N('at least 4,000 households', 'count-people'),
        N('3 trauma kits', 'count-objects'),
        N('some 300 patients', 'count-people'),
        N('11 and 13 May', 'date'),
        N('one-month', 'duration'),
        N('25,000 people', 'count-people'),
        N('2025', 'year', nth=1),
        N('$4.2 billion', 'money'),
        N('13 per cent', 'percentage'),
    ])

# fq03: shooting at a bus stop in Netivot, southern Israel, and a raid near Hebron (AP style)
A['fq03.txt'] = dict(
    casualty=[
        C('killing three people', 'killed', 3, 'exact', 'people', id='tot'),
        C('wounding at least nine', 'injured', 9, 'at-least', 'people', id='inj'),
        C('nine wounded people', 'injured', 9, 'exact', 'people', id='inj2', tags='repeat'),
        C('six of the wounded', 'injured', 6, 'exact', 'people', id='sor', sub='inj2'),
        C('two of them', 'injured', 2, 'exact', 'people', sub='sor'),
        C('the death toll to four', 'killed', 4, 'exact', 'people', tags='update'),
        C('arrested two men', 'detained', 2, 'exact', 'men'),
        C('killing one', 'killed', 1, 'exact', 'fighters'),
        C('wounding two others', 'injured', 2, 'exact', 'fighters'),
        C('three people were wounded', 'injured', 3, 'exact', 'people', tags='contradicted'),
        C('killed about 1,200 people', 'killed', 1200, 'approx', 'people'),
        C('took 251 hostages', 'detained', 251, 'exact', 'people'),
    ],
    sources=[
        S("Israel's national rescue service", 'official'),
        S('police', 'official', nth=1, form='organisation'),
        S('Magen David Adom', 'official'),
        S('Police spokeswoman Merav Lapid', 'official', form='title-name'),
        S('Yossi Amsalem', 'witness', form='name'),
        S('Soroka Medical Center in Beersheba', 'official'),
        S('hospital director Dr. Ronen Halevi', 'official', form='title-name'),
        S("Israel's Shin Bet security agency", 'official'),
        S('the agency', 'official'),
        S('the military', 'military'),
        S('The Palestinian Health Ministry in Ramallah', 'official'),
        S('Police', 'official', nth=2, form='organisation'),
    ],
    numbers=[
        N('16-year-old', 'age'),
        N('four others', 'count-people'),
        N('24-year-old', 'age'),
        N('7:15 a.m.', 'time'),
        N('dozens of rounds', 'count-objects'),
        N('one after the other', 'other'),
        N('maybe 40 people', 'count-people'),
        N('58-year-old', 'age'),
        N('19-year-old', 'age'),
        N('13-year-old', 'age'),
        N('about 50,000 people', 'population'),
        N('some 10 kilometers', 'distance'),
        N('6 miles', 'distance'),
        N('Oct. 7, 2023', 'date'),
        N('dozens of planned attacks', 'count-objects'),
    ])

# fq04: militant attack on army bases in Tiyeglow, Bakool, Somalia (state media, SONNA style)
A['fq04.txt'] = dict(
    casualty=[
        C('killing more than 40 of the attackers', 'killed', 40, 'at-least', 'fighters'),
        C('43 Khawarij bodies', 'killed', 43, 'exact', 'fighters'),
        C('a number of wounded militants had been captured', 'detained', None, 'vague', 'fighters'),
        C('five soldiers had been martyred', 'killed', 5, 'exact', 'soldiers'),
        C('a dozen others wounded', 'injured', 12, 'exact', 'soldiers', id='w12'),
        C('Two of the wounded soldiers later died', 'killed', 2, 'exact', 'soldiers', sub='w12'),
        C('at least three civilians', 'killed', 3, 'at-least', 'civilians'),
        C('Four other people', 'injured', 4, 'exact', 'people', id='w4'),
        C('two women', 'injured', 2, 'exact', 'women', sub='w4'),
        C('as many as 200 families had fled', 'displaced', 200, 'at-most', 'people'),
        C('killed 27 soldiers', 'killed', 27, 'exact', 'soldiers', tags='contradicted'),
        C('arrested 14 suspected Khawarij collaborators', 'detained', 14, 'exact', 'people'),
    ],
    sources=[
        S('the Ministry of Defence', 'military'),
        S('the ministry', 'military'),
        S('Deputy Defence Minister Abdifatah Hassan Nur', 'military', form='title-name'),
        S('the minister', 'military', form='role'),
        S('Residents', 'witness'),
        S('Halima Aden Mursal', 'witness', form='name'),
        S('A local elder, Ugaas Mohamed Ibrahim', 'other', form='name'),
        S('The Khawarij group', 'military'),
        S('the government', 'official'),
        S('Bakool regional governor Mohamed Abdi Ali', 'official', form='title-name'),
        S('the regional police commissioner', 'official', form='role'),
        S('the government', 'official', nth=1),
    ],
    numbers=[
        N('two military bases', 'count-objects'),
        N('three directions', 'other'),
        N('4:30 a.m.', 'time'),
        N('two vehicle-borne explosive devices', 'count-objects'),
        N('nearly three hours', 'duration'),
        N('a mother of six', 'count-people'),
        N('a boy of 12', 'age'),
        N('one of the bases', 'count-objects'),
        N('1,500 bags', 'count-objects'),
        N('about 90 kilometres', 'distance'),
        N('2023', 'year'),
        N('more than 200 towns and villages', 'count-objects'),
        N('2022', 'year'),
    ])

# fq05: executions of civilians near Niankorodougou, Léraba, Burkina Faso (rights group statement)
A['fq05.txt'] = dict(
    casualty=[
        C('executed at least 23 civilians', 'killed', 23, 'at-least', 'civilians', id='tot'),
        C('four women', 'killed', 4, 'exact', 'women', sub='tot'),
        C('11 soldiers', 'killed', 11, 'exact', 'soldiers'),
        C('lost two sons', 'killed', 2, 'exact', 'men'),
        C('14 bodies', 'killed', 14, 'exact', 'civilians', sub='tot'),
        C('killed nine men', 'killed', 9, 'exact', 'men', sub='tot'),
        C('taken away five others', 'detained', 5, 'exact', 'men'),
        C('21 of the victims', 'killed', 21, 'exact', 'civilians', sub='tot'),
        C('arrested some 35 Fulani men', 'detained', 35, 'approx', 'men'),
        C('thousands of residents had fled', 'displaced', None, 'vague', 'civilians'),
        C('“neutralised” 47 terrorists', 'killed', 47, 'exact', 'fighters', tags='contradicted'),
        C('killed more than 20,000 people', 'killed', 20000, 'at-least', 'people'),
        C('almost 2 million have been forced from their homes', 'displaced', 2000000, 'at-most', 'people'),
    ],
    sources=[
        S('the West Africa Rights Monitor', 'ngo'),
        S('the government', 'official'),
        S('Witnesses', 'witness'),
        S('a 45-year-old farmer', 'witness', form='role'),
        S('A woman from the second hamlet', 'witness', form='role'),
        S('relatives', 'witness', form='collective'),
        S('Local officials', 'official'),
        S('Burkina Faso’s government', 'official'),
        S('the national broadcaster RTB', 'media'),
        S('Aminata Diallo', 'ngo', form='name'),
        S('the conflict monitor ACLED', 'ngo'),
    ],
    numbers=[
        N('18 March 2025', 'date'),
        N('70-year-old', 'age'),
        N('two hamlets', 'count-objects'),
        N('2 and 3 March', 'date'),
        N('1 March', 'date'),
        N('19 people', 'count-people'),
        N('eight witnesses', 'count-people'),
        N('at least 60 structures', 'count-objects'),
        N('two hamlets', 'count-objects', nth=1),
        N('about 30 vehicles', 'count-objects'),
        N('2 March', 'date'),
        N('45-year-old', 'age'),
        N('At least 12', 'count-people'),
        N('2015', 'year'),
        N('roughly 25,000 inhabitants', 'population'),
    ])

# fq06: fighting between the ELN and FARC dissidents in Hacarí, Norte de Santander, Colombia (Reuters style)
A['fq06.txt'] = dict(
    casualty=[
        C('killed at least 19 people', 'killed', 19, 'at-least', 'people', id='tot'),
        C('forced more than 4,000 from their homes', 'displaced', 4000, 'at-least', 'people', id='dis'),
        C('five civilians', 'killed', 5, 'exact', 'civilians', id='civ', sub='tot'),
        C('two of them community leaders', 'killed', 2, 'exact', 'civilians', sub='civ'),
        C('killed "more than 30" dissidents', 'killed', 30, 'at-least', 'fighters', tags='contradicted'),
        C('three soldiers were killed', 'killed', 3, 'exact', 'soldiers'),
        C('six were wounded', 'injured', 6, 'exact', 'soldiers'),
        C('her three grandchildren', 'displaced', 3, 'exact', 'children'),
        C('two or three bodies', 'killed', None, 'range', 'people', low=2, high=3),
        C('1,850 displaced people', 'displaced', 1850, 'exact', 'people', sub='dis'),
        C('the total number of displaced at 5,300', 'displaced', 5300, 'exact', 'people', tags='contradicted'),
        C('captured four ELN members', 'detained', 4, 'exact', 'fighters'),
        C('killed almost 80 people', 'killed', 80, 'at-most', 'people'),
        C('displaced upwards of 50,000', 'displaced', 50000, 'at-least', 'people'),
    ],
    sources=[
        S("the country's human rights ombudsman", 'official', form='role'),
        S("The ombudsman's office", 'official'),
        S('the office', 'official'),
        S('The ELN', 'military'),
        S("Colombia's Defense Ministry", 'military'),
        S('Luz Dary Pacheco', 'witness', form='name'),
        S('Residents', 'witness'),
        S("Abrego's mayor's office", 'official'),
        S('the Norte de Santander government', 'official'),
        S('The army', 'military'),
        S('government figures', 'official', form='document'),
    ],
    numbers=[
        N('July 9', 'date'),
        N('about 1,200 people', 'count-people'),
        N('at least 14 villages', 'count-objects'),
        N('33rd Front', 'other'),
        N('33rd Front', 'other', nth=1),
        N('6 in the morning', 'time'),
        N('52', 'age'),
        N('about 40 km', 'distance'),
        N('25 miles', 'distance'),
        N('no one', 'other'),
        N('about 40%', 'percentage'),
        N('some 10,000 troops', 'count-people'),
    ])

# fq07: drone strike on a market in Mendi, western Oromia, Ethiopia (broadcaster, BBC style)
A['fq07.txt'] = dict(
    casualty=[
        C("kills dozens", 'killed', None, 'vague', 'people'),
        C('Dozens of people have been killed', 'killed', None, 'vague', 'people', tags='repeat'),
        C('58 bodies', 'killed', 58, 'exact', 'people'),
        C('more than 70 injured people', 'injured', 70, 'at-least', 'people', id='inj'),
        C('between 60 and 70 bodies', 'killed', None, 'range', 'people', low=60, high=70, tags='contradicted'),
        C('the death toll had risen to 64', 'killed', 64, 'exact', 'people', tags='update'),
        C('six of the injured died', 'killed', 6, 'exact', 'people', sub='inj'),
        C('"eliminated" 120 members', 'killed', 120, 'exact', 'fighters'),
        C('a number of civilians', 'injured', None, 'vague', 'civilians'),
        C('detained several young men', 'detained', None, 'vague', 'men'),
        C('at least 248 civilians killed', 'killed', 248, 'at-least', 'civilians'),
        C('tens of thousands of people have fled', 'displaced', None, 'vague', 'people'),
    ],
    sources=[
        S('residents', 'witness'),
        S('a health worker', 'anonymous'),
        S('A doctor at Mendi General Hospital', 'anonymous'),
        S('the doctor', 'anonymous'),
        S('A farmer', 'witness', form='role'),
        S('a local administrator', 'anonymous'),
        S('The state-affiliated broadcaster Fana', 'media'),
        S('The Oromo Liberation Army (OLA)', 'military'),
        S('A regional official in Nekemte', 'anonymous'),
        S('Residents', 'witness'),
        S('The UN human rights office', 'ngo'),
        S('Local officials', 'official'),
    ],
    numbers=[
        N('up to 3,000 traders', 'count-people'),
        N('85 beds', 'count-objects'),
        N('two years', 'duration'),
        N('2024', 'year'),
        N('about 600km', 'distance'),
        N('370 miles', 'distance'),
        N('2022', 'year'),
        N('Two rounds', 'count-objects'),
        N('2023', 'year'),
    ])

# fq08: militia raid on Basoko, Tshopo, DR Congo, and a capsized pirogue (newspaper's own correspondent)
A['fq08.txt'] = dict(
    casualty=[
        C('27 bodies', 'killed', 27, 'exact', 'people'),
        C('40–50 passengers are still missing', 'missing', None, 'range', 'people', low=40, high=50),
        C('hundreds of families fled', 'displaced', None, 'vague', 'people'),
        C('11 people had been killed', 'killed', 11, 'exact', 'people', id='town'),
        C('three police officers', 'killed', 3, 'exact', 'soldiers', sub='town'),
        C('19 were being treated for gunshot and machete wounds', 'injured', 19, 'exact', 'people'),
        C('abducted “about 15” young people', 'detained', 15, 'approx', 'people'),
        C('“neutralised” eight militiamen', 'killed', 8, 'exact', 'fighters'),
        C('a handful of soldiers were lightly wounded', 'injured', None, 'vague', 'soldiers'),
        C('the civilian toll in the town at fewer than 10', 'killed', 10, 'at-most', 'civilians', tags='contradicted'),
        C('at least 20 residents were killed', 'killed', 20, 'at-least', 'civilians', tags='contradicted'),
        C('four were in a critical condition', 'injured', 4, 'exact', 'people'),
        C('approximately 12,000 people have been displaced', 'displaced', 12000, 'approx', 'people'),
    ],
    sources=[
        S('Likwela', 'witness', nth=1, form='name'),
        S('Provincial authorities', 'official'),
        S('The territorial administrator of Basoko, Jean-Pierre Bolamba', 'official', form='title-name'),
        S('Bolamba', 'official', nth=1, form='name'),
        S('The army’s spokesman in Tshopo, Lt Jules Ngongo', 'military', form='title-name'),
        S('Civil society groups in Basoko', 'other'),
        S('the army', 'military'),
        S('the medical director, Dr Odette Bosenge', 'official', form='title-name'),
        S('The UN’s humanitarian coordination office, OCHA', 'ngo'),
    ],
    numbers=[
        N('scores of people', 'count-people'),
        N('perhaps 40', 'count-people'),
        N('34', 'age'),
        N('230km', 'distance'),
        N('one of several', 'count-objects'),
        N('23 survivors', 'count-people'),
        N('six-year-old', 'age'),
        N('1964', 'year'),
        N('four days', 'duration'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
