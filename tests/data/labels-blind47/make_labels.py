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

# ---------------------------------------------------------------- labels (47th blind set: zz01-zz08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('neutralized / eliminated / sent to hell / embraced shahadat / succumbed / claiming … lives / killings',
     r'\bneutrali[sz]ed\b|\beliminated\b|\bsent to hell\b|\bshahadat\b|\bsuccumbed\b|\bclaiming\b.*\blives\b'
     r'|\bkillings?\b'),
    ('captured / apprehended / the detention of', r'\bcaptured\b|\bapprehended\b|\bdetention\b'),
    ('evacuated / uprooted / forced … to flee / IDPs / refugees',
     r'\bevacuated\b|\buprooted\b|\bto flee\b|\bIDPs\b|\brefugees\b'),
    ('treated / gunshot wounds', r'\btreated\b|\bwounds\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('suspects', r'\bsuspects\b'), ('patients', r'\bpatients\b'), ('peacekeepers', r'\bpeacekeepers\b'),
    ('auxiliaries / Levies personnel / servicemen', r'\bauxiliaries\b|\bpersonnel\b|\bservicemen\b'),
    ('khawarij', r'\bkhawarij\b'), ('households / families', r'\bhouseholds\b|\bfamilies\b'),
    ('hospital / polio workers', r'\bworkers\b'),
]

# zz01: drone strikes on Tinzaouaten, Kidal region, Mali (Reuters style, American spelling, straight quotes)
A['zz01.txt'] = dict(
    casualty=[
        C('killed at least 21 civilians', 'killed', 21, 'at-least', 'civilians', id='tot'),
        C('11 children', 'killed', 11, 'exact', 'children', sub='tot'),
        C('17 people were wounded', 'injured', 17, 'exact', 'people', id='w17'),
        C('six of them seriously', 'injured', 6, 'exact', 'people', sub='w17'),
        C('neutralized about 15 terrorists', 'killed', 15, 'approx', 'fighters'),
        C('23 bodies', 'killed', 23, 'exact', 'people'),
        C('at least 30 wounded', 'injured', 30, 'at-least', 'people', id='w30', tags='contradicted'),
        C('several of whom', 'injured', None, 'vague', 'people', sub='w30'),
        C('three of his relatives were among the dead', 'killed', 3, 'exact', 'people', sub='tot'),
        C('its toll to 26', 'killed', 26, 'exact', 'civilians', tags='update'),
        C('five of the wounded had died', 'killed', 5, 'exact', 'people', sub='w17'),
        C('more than 40 civilian deaths', 'killed', 40, 'at-least', 'civilians'),
        C('between 200 and 300 families had fled', 'displaced', None, 'range', 'people', low=200, high=300),
        C('about 370,000 Malians', 'displaced', 370000, 'approx', 'people'),
        C('killed dozens of Malian soldiers', 'killed', None, 'vague', 'soldiers'),
    ],
    sources=[
        S('residents', 'witness'),
        S('a coalition of separatist groups', 'military'),
        S('The Strategic Framework for the Defense of the People of Azawad (CSP-DPA)', 'military'),
        S("Mali's armed forces", 'military'),
        S('An army spokesman, Colonel Bakary Sissoko', 'military', form='title-name'),
        S('A local elected official', 'anonymous'),
        S('Mohamed Ag Alhousseini', 'witness', form='name'),
        S('the CSP-DPA', 'military'),
        S('Its spokesman, Hamadou Ag Bilal', 'military', form='name'),
        S('Residents', 'witness'),
        S('The U.N. refugee agency, UNHCR', 'ngo'),
        S('separatist rebels', 'military'),
    ],
    numbers=[
        N('Oct 14', 'date'),
        N('three strikes', 'count-objects'),
        N('4 p.m.', 'time'),
        N('5 p.m.', 'time'),
        N('dozens of herders', 'count-people'),
        N('two pickup trucks', 'count-objects'),
        N('34-year-old', 'age'),
        N('some 1,600 km', 'distance'),
        N('990 miles', 'distance'),
        N('about 200 km', 'distance'),
        N('2020', 'year'),
        N('2021', 'year'),
        N('July 2024', 'date'),
        N('three days', 'duration'),
        N('one of the heaviest', 'other'),
    ])

# zz02: attacks on IDP sites in Kaga-Bandoro, Central African Republic (UN OCHA flash update, headings,
# bulleted highlights, British spelling, en dash)
A['zz02.txt'] = dict(
    casualty=[
        C('At least 19 civilians killed', 'killed', 19, 'at-least', 'civilians'),
        C('42 wounded', 'injured', 42, 'exact', 'civilians'),
        C('An estimated 11,500 people have fled', 'displaced', 11500, 'approx', 'people'),
        C('19 civilians were killed', 'killed', 19, 'exact', 'civilians', id='k19', tags='repeat'),
        C('four women', 'killed', 4, 'exact', 'women', sub='k19'),
        C('seven children', 'killed', 7, 'exact', 'children', sub='k19'),
        C('42 people were wounded', 'injured', 42, 'exact', 'people', tags='repeat'),
        C('several bodies', 'killed', None, 'vague', 'people'),
        C('15 to 20 people were still unaccounted for', 'missing', None, 'range', 'people', low=15, high=20),
        C('37 wounded patients', 'injured', 37, 'exact', 'people', id='h37'),
        C('12 of them with gunshot wounds', 'injured', 12, 'exact', 'people', sub='h37'),
        C('Three of the patients died', 'killed', 3, 'exact', 'people', sub='h37'),
        C('nine of the most seriously injured', 'injured', 9, 'exact', 'people', sub='h37'),
        C('detained 14 suspects', 'detained', 14, 'exact', 'people'),
        C('two peacekeepers were lightly wounded', 'injured', 2, 'exact', 'soldiers'),
        C('an estimated 11,500 people have been displaced', 'displaced', 11500, 'approx', 'people', id='idp',
          tags='repeat'),
        C('Nearly 2,300 of them', 'displaced', 2300, 'at-most', 'people', sub='idp'),
        C('some 27,000 IDPs', 'displaced', 27000, 'approx', 'people'),
    ],
    sources=[
        S('local authorities', 'official'),
        S('Humanitarian partners', 'ngo'),
        S('Community leaders', 'other'),
        S('The prefectoral hospital in Kaga-Bandoro', 'official'),
        S('MINUSCA, the UN peacekeeping mission', 'military'),
        S('The mission', 'military'),
        S('The MPC', 'military'),
        S('the Commission Mouvement de Populations (CMP)', 'ngo'),
        S('The CMP', 'ngo'),
        S('Partners', 'ngo'),
    ],
    numbers=[
        N('No. 3', 'other'),
        N('9 March 2025', 'date'),
        N('two sites', 'count-objects'),
        N('6 and 7 March', 'date'),
        N('US$1.8 million', 'money'),
        N('90 days', 'duration'),
        N('6 March', 'date'),
        N('6 March', 'date', nth=1),
        N('eight sites', 'count-objects'),
        N('at least 600 shelters', 'count-objects'),
        N('two additional surgical teams', 'count-objects'),
        N('fewer than 10 days', 'duration'),
        N('1,500 household kits', 'count-objects'),
        N('3,000 households', 'count-people'),
        N('9,000 people', 'count-people'),
        N('30 days', 'duration'),
        N('four sites', 'count-objects'),
        N('2025', 'year', nth=1),
        N('US$326 million', 'money'),
        N('11 per cent', 'percentage'),
        N('US$1.8 million', 'money', nth=1),
        N('US$400,000', 'money'),
    ])

# zz03: RSF drone strikes on Wad Madani, Gezira state, Sudan (AFP style, British spelling, curly quotes)
A['zz03.txt'] = dict(
    casualty=[
        C('killed at least 14 people', 'killed', 14, 'at-least', 'people'),
        C('wounded more than 30', 'injured', 30, 'at-least', 'people'),
        C('14 dead', 'killed', 14, 'exact', 'people', tags='repeat'),
        C('36 wounded', 'injured', 36, 'exact', 'people', id='w36'),
        C('eight of them children', 'injured', 8, 'exact', 'children', sub='w36'),
        C('a higher toll of 18 dead', 'killed', 18, 'exact', 'people', tags='contradicted'),
        C('as many as 50 wounded', 'injured', 50, 'at-most', 'people', tags='contradicted'),
        C('five bodies', 'killed', 5, 'exact', 'people'),
        C('the death toll had risen to 21', 'killed', 21, 'exact', 'people', id='t21', tags='update'),
        C('three hospital workers', 'killed', 3, 'exact', 'other', sub='t21'),
        C('44 people had been wounded', 'injured', 44, 'exact', 'people', id='w44'),
        C('29 of whom', 'injured', 29, 'exact', 'people', sub='w44'),
        C('the killings of at least 63 civilians', 'killed', 63, 'at-least', 'civilians'),
        C('the detention of “hundreds” of men', 'detained', None, 'vague', 'men'),
        C('several soldiers have been arrested', 'detained', None, 'vague', 'soldiers'),
        C('forced hundreds of thousands to flee', 'displaced', None, 'vague', 'people'),
        C('killed tens of thousands of people', 'killed', None, 'vague', 'people'),
        C('uprooted some 12 million', 'displaced', 12000000, 'approx', 'people'),
    ],
    sources=[
        S('a medical source', 'anonymous'),
        S('the army-backed government', 'official'),
        S('a doctor at Wad Madani Teaching Hospital', 'anonymous'),
        S('The Sudan Doctors Network', 'ngo'),
        S('The army', 'military'),
        S('Mohamed al-Amin', 'witness', form='name'),
        S('the Gezira state health ministry', 'official'),
        S('the state electricity company', 'official'),
        S('Rights groups', 'ngo'),
        S('Emergency Lawyers', 'ngo'),
        S('The army', 'military', nth=1),
        S('The UN’s International Organization for Migration', 'ngo'),
        S('the United Nations', 'ngo'),
    ],
    numbers=[
        N('seven of the 11 drones', 'count-objects'),
        N('around 7 in the morning', 'time'),
        N('41', 'age'),
        N('roughly 1.5 million people', 'population'),
        N('40-degree', 'quantity'),
        N('about 400,000 people', 'count-people'),
        N('April 2023', 'date'),
    ])

# zz04: an ADF attack near Oicha, North Kivu, DR Congo (a medical NGO's press release, British spelling,
# curly quotes, notes to editors)
A['zz04.txt'] = dict(
    casualty=[
        C('At least 34 people were killed', 'killed', 34, 'at-least', 'people'),
        C('dozens more injured', 'injured', None, 'vague', 'people'),
        C('47 wounded people', 'injured', 47, 'exact', 'people', id='w47'),
        C('Twenty-two are children', 'injured', 22, 'exact', 'children', sub='w47'),
        C('nine', 'injured', 9, 'exact', 'people', sub='w47'),
        C('Two patients died', 'killed', 2, 'exact', 'people', sub='w47'),
        C('abducted at least 18 people', 'detained', 18, 'at-least', 'people', id='abd'),
        C('six women', 'detained', 6, 'exact', 'women', sub='abd'),
        C('about a dozen villagers were still missing', 'missing', 12, 'approx', 'civilians'),
        C('eight bodies', 'killed', 8, 'exact', 'people'),
        C('the death toll had reached 41', 'killed', 41, 'exact', 'people', tags='update'),
        C('seven more bodies were found', 'killed', 7, 'exact', 'people'),
        C('killed five ADF terrorists', 'killed', 5, 'exact', 'fighters'),
        C('Thousands of people have fled', 'displaced', None, 'vague', 'people'),
        C('almost 1,500 displaced households', 'displaced', 1500, 'at-most', 'people'),
        C('treated over 900 people', 'injured', 900, 'at-least', 'people'),
        C('killed more than 6,000 civilians', 'killed', 6000, 'at-least', 'civilians'),
    ],
    sources=[
        S('local authorities', 'official'),
        S('our medical teams in the area', 'ngo'),
        S('Dr Esther Kahindo', 'ngo', form='title-name'),
        S('Local civil society representatives in Oicha', 'other'),
        S('A nurse', 'witness', form='role'),
        S('The Beni territory administrator', 'official', form='role'),
        S('The Congolese army’s spokesman in the area, Lieutenant Joël Masika', 'military', form='title-name'),
        S('the UN Office for the Coordination of Humanitarian Affairs (OCHA)', 'ngo'),
        S('Dr Kahindo', 'ngo', form='title-name'),
        S('the United Nations', 'ngo'),
    ],
    numbers=[
        N('22 May 2025', 'date'),
        N('19 May', 'date'),
        N('15 years of age', 'age'),
        N('30 beds', 'count-objects'),
        N('more than 60 patients', 'count-people'),
        N('about 40 houses', 'count-objects'),
        N('two health posts', 'count-objects'),
        N('seven hostages', 'count-people'),
        N('some 30 km', 'distance'),
        N('12 months', 'duration'),
        N('2008', 'year'),
        N('11 health facilities', 'count-objects'),
        N('2014', 'year'),
    ])

# zz05: an Israeli raid on Qalqilya, occupied West Bank (AP style, American spelling, straight quotes,
# em dashes)
A['zz05.txt'] = dict(
    casualty=[
        C('killed four Palestinians', 'killed', 4, 'exact', 'people', id='tot'),
        C('11 other people were wounded', 'injured', 11, 'exact', 'people', id='w11'),
        C('three of them critically', 'injured', 3, 'exact', 'people', sub='w11'),
        C('eliminated three armed terrorists', 'killed', 3, 'exact', 'fighters'),
        C('one soldier was lightly wounded', 'injured', 1, 'exact', 'soldiers'),
        C('two of the dead were its fighters', 'killed', 2, 'exact', 'fighters', sub='tot'),
        C('treated 19 people', 'injured', 19, 'exact', 'people', id='rc'),
        C('8', 'injured', 8, 'exact', 'people', sub='rc'),
        C('arrested at least 25 people', 'detained', 25, 'at-least', 'people', id='arr'),
        C('two journalists', 'detained', 2, 'exact', 'other', sub='arr'),
        C('detained 17 wanted suspects', 'detained', 17, 'exact', 'people', tags='contradicted'),
        C('At least 900 Palestinians have been killed', 'killed', 900, 'at-least', 'people'),
        C('Dozens of Israelis', 'killed', None, 'vague', 'people'),
        C('more than 40,000 Palestinians have been forced from their homes', 'displaced', 40000, 'at-least',
          'people'),
    ],
    sources=[
        S('the Palestinian Health Ministry', 'official'),
        S('The ministry', 'official'),
        S('The Israeli military', 'military'),
        S('The military', 'military', nth=1),
        S("The Al-Aqsa Martyrs' Brigades", 'military'),
        S("Israel's Channel 12", 'media'),
        S('The Palestinian Red Crescent', 'ngo'),
        S('Amjad Shreim', 'witness', form='name'),
        S('Qalqilya Mayor Khaled Abu Zeid', 'official', form='title-name'),
        S("The Palestinian Prisoners' Society", 'ngo'),
        S('the Health Ministry', 'official'),
        S('Israeli figures', 'official', form='document'),
        S('The U.N. humanitarian office', 'ngo'),
    ],
    numbers=[
        N('16-year-old', 'age'),
        N('Route 55', 'other'),
        N('Channel 12', 'other'),
        N('nearly 200 soldiers and border police officers', 'count-people'),
        N('nearly two hours', 'duration'),
        N('4 a.m.', 'time'),
        N('more than 20 jeeps', 'count-objects'),
        N('38-year-old', 'age'),
        N('about 2 kilometers', 'distance'),
        N('1.2 miles', 'distance'),
        N('6,000 residents', 'count-people'),
        N('about 55,000 people', 'population'),
        N('October 2023', 'date'),
    ])

# zz06: glide bombs on Toretsk, Donetsk oblast, Ukraine (a broadcaster's website, headline, no dateline,
# British spelling, curly quotes)
A['zz06.txt'] = dict(
    casualty=[
        C('Six killed', 'killed', 6, 'exact', 'people'),
        C('At least six people have been killed', 'killed', 6, 'at-least', 'people', tags='repeat'),
        C('15 injured', 'injured', 15, 'exact', 'people', id='inj'),
        C('the death toll had risen to eight', 'killed', 8, 'exact', 'people', tags='update'),
        C('two bodies were pulled from the rubble', 'killed', 2, 'exact', 'people'),
        C('Three children were among the injured', 'injured', 3, 'exact', 'children', id='c3', sub='inj'),
        C('one of them in a serious condition', 'injured', 1, 'exact', 'children', sub='c3'),
        C('Roughly 120 people', 'displaced', 120, 'approx', 'people', id='ev'),
        C('14 children', 'displaced', 14, 'exact', 'children', sub='ev'),
        C('killed up to 185 Ukrainian servicemen', 'killed', 185, 'at-most', 'soldiers'),
        C('killed 30-40 Russian soldiers', 'killed', None, 'range', 'soldiers', low=30, high=40),
        C('three of its soldiers were captured', 'detained', 3, 'exact', 'soldiers'),
        C('more than 12,000 civilians have been killed', 'killed', 12000, 'at-least', 'civilians'),
        C('tens of thousands more injured', 'injured', None, 'vague', 'civilians'),
        C('More than 3.6 million Ukrainians remain displaced', 'displaced', 3600000, 'at-least', 'people'),
    ],
    sources=[
        S('local officials', 'official'),
        S('The regional governor, Oleh Marchenko', 'official', form='title-name'),
        S('Ukraine’s National Police', 'official'),
        S('police', 'official'),
        S('the town’s military administration', 'official'),
        S('Valentyna', 'witness', form='name'),
        S('the regional administration', 'official'),
        S('Russia’s defence ministry', 'military'),
        S('A spokesman for the Ukrainian brigade defending Toretsk, Maj Andriy Kovalchuk', 'military',
          form='title-name'),
        S('Ukraine', 'official', nth=2, form='organisation'),
        S('The UN Human Rights Monitoring Mission in Ukraine', 'ngo'),
        S('the UN’s migration agency', 'ngo'),
    ],
    numbers=[
        N('four guided aerial bombs', 'count-objects'),
        N('five-storey', 'other'),
        N('their 70s', 'age'),
        N('about 30,000', 'population'),
        N('fewer than 900 residents', 'population'),
        N('68', 'age'),
        N('24 hours', 'duration'),
        N('23 Russian assaults', 'count-objects'),
        N('2024', 'year'),
        N('one such assault', 'other'),
        N('February 2022', 'date'),
    ])

# zz07: a suicide bombing against a Levies vehicle in Mastung, Balochistan, Pakistan (state media, APP
# style, "embraced shahadat", ISPR wording, straight quotes)
A['zz07.txt'] = dict(
    casualty=[
        C('At least nine persons', 'killed', 9, 'at-least', 'people', id='tot'),
        C('six personnel of the Balochistan Levies Force', 'killed', 6, 'exact', 'soldiers', sub='tot'),
        C('17 others were injured', 'injured', 17, 'exact', 'people', id='inj'),
        C('four Levies personnel', 'injured', 4, 'exact', 'soldiers', sub='inj'),
        C('eight critically injured', 'injured', 8, 'exact', 'people', sub='inj'),
        C('nine bodies', 'killed', 9, 'exact', 'people', tags='repeat'),
        C('17 injured persons', 'injured', 17, 'exact', 'people', tags='repeat'),
        C('the death toll had risen to 11', 'killed', 11, 'exact', 'people', tags='update'),
        C('two injured succumbed to their wounds', 'killed', 2, 'exact', 'people'),
        C('five khawarij were sent to hell', 'killed', 5, 'exact', 'fighters'),
        C('three others were apprehended', 'detained', 3, 'exact', 'fighters'),
        C('the killing of two polio workers', 'killed', 2, 'exact', 'other'),
        C('claiming upwards of 300 lives', 'killed', 300, 'at-least', 'people'),
    ],
    sources=[
        S('officials', 'official'),
        S('Deputy Commissioner Mastung Abdul Razzaq Sasoli', 'official', form='title-name'),
        S('Medical Superintendent DHQ Hospital Dr Naseer Ahmed Langove', 'official', form='title-name'),
        S('Balochistan Government Spokesman Babar Khan Yousafzai', 'official', form='title-name'),
        S('the Inter Services Public Relations (ISPR)', 'military'),
        S('the ISPR', 'military'),
        S('The ISPR', 'military'),
        S('The Chief Minister of Balochistan', 'official', form='role'),
        S('the Islamabad Conflict Monitor', 'ngo'),
    ],
    numbers=[
        N('Jan 12', 'date'),
        N('12-year-old', 'age'),
        N('10 Levies personnel', 'count-people'),
        N('some 35 kilometres', 'distance'),
        N('Rs 1.5 million', 'money'),
        N('Rs 500,000', 'money'),
        N('about 50 kilometres', 'distance'),
        N('several terrorist attacks', 'count-objects'),
        N('more than 780 terrorist attacks', 'count-objects'),
        N('2024', 'year'),
    ])

# zz08: a jihadist attack on Gorgadji, Sahel region, Burkina Faso (dpa style, one sentence a paragraph,
# British spelling, straight quotes)
A['zz08.txt'] = dict(
    casualty=[
        C('killed at least 40 people', 'killed', 40, 'at-least', 'people', id='tot'),
        C('buried 43 bodies', 'killed', 43, 'exact', 'people'),
        C('At least 12 army auxiliaries were among the dead', 'killed', 12, 'at-least', 'soldiers', sub='tot'),
        C('seven soldiers were killed', 'killed', 7, 'exact', 'soldiers'),
        C('More than 30 wounded people', 'injured', 30, 'at-least', 'people'),
        C('two or three died on the way', 'killed', None, 'range', 'people', low=2, high=3),
        C('the toll at 52', 'killed', 52, 'exact', 'people', id='t52', tags='update'),
        C('nine of the dead were children', 'killed', 9, 'exact', 'children', sub='t52'),
        C('abducted several women', 'detained', None, 'vague', 'women'),
        C('Hundreds of residents fled', 'displaced', None, 'vague', 'civilians'),
        C('killed "more than 100 soldiers and militiamen"', 'killed', 100, 'at-least', 'soldiers',
          tags='contradicted'),
        C('neutralised dozens of terrorists', 'killed', None, 'vague', 'fighters'),
        C('killed thousands of people', 'killed', None, 'vague', 'people'),
        C('forced more than 2 million from their homes', 'displaced', 2000000, 'at-least', 'people'),
    ],
    sources=[
        S('security sources', 'anonymous'),
        S('residents', 'witness'),
        S('a local official', 'anonymous'),
        S('the official', 'anonymous'),
        S('a security source', 'anonymous'),
        S('A second security source', 'anonymous'),
        S('a health worker', 'anonymous'),
        S('the health worker', 'anonymous'),
        S('a regional official', 'anonymous'),
        S('a resident', 'witness'),
        S('the resident', 'witness'),
        S('The al-Qaeda-linked Group for the Support of Islam and Muslims (JNIM)', 'military'),
        S('State broadcaster RTB', 'media'),
        S('the United Nations', 'ngo'),
        S('analysts', 'other'),
    ],
    numbers=[
        N('dozens of motorcycles', 'count-objects'),
        N('2020', 'year'),
        N('about 15 kilometres', 'distance'),
        N('some 60 kilometres', 'distance'),
        N('two days', 'duration'),
        N('hundreds of head of cattle', 'count-objects'),
        N('about 40 kilometres', 'distance'),
        N('more than two years', 'duration'),
        N('2015', 'year'),
        N('two coups', 'count-objects'),
        N('2022', 'year'),
        N('40 per cent', 'percentage'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
