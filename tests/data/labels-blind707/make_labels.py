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

# ---------------------------------------------------------------- labels (blind set 707: zzc01-zzc08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('uprooted / have left / crossed back / forcing … to flee / fleeing',
     r'\buprooted\b|\bleft\b|\bcrossed\b|\bto flee\b'),
    ('ascended to martyrdom / buried / succumbed / did not make it out / found dead',
     r'\bmartyrdom\b|\bburied\b|\bsuccumbed\b|\bmake it out\b|\bfound dead\b'),
    ('captured / taken prisoner / taken away', r'\bcaptured\b|\bprisoner\b|\btaken away\b'),
    ('sustained injuries / injuries / wounds', r'\binjuries\b|\bwounds\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('mercenaries/members', r'\b(?:mercenaries|members)\b'),
    ('heroes of the Armed Forces', r'\bheroes\b'),
    ('citizens/refugees', r'\b(?:citizens|refugees)\b'),
    ('nurses/teachers/employees/workers/health workers',
     r'\b(?:nurses|teachers|employees|workers)\b'),
    ('persons/foreign nationals/suspects/families/households/patients',
     r'\b(?:persons|nationals|suspects|families|households|patients)\b'),
    ('brothers/daughters/girls/cousins', r'\b(?:brothers|daughters|girls|cousins)\b'),
]

# zzc01: RSF assault on villages around Jebrat al-Sheikh, North Kordofan (AFP style, one sentence a
# paragraph, British spelling, curly quotes, en-dash dateline)
A['zzc01.txt'] = dict(
    casualty=[
        C('killed at least 46 villagers', 'killed', 46, 'at-least', 'civilians', id='tot'),
        C('13 children', 'killed', 13, 'exact', 'children', sub='tot'),
        C('nine women', 'killed', 9, 'exact', 'women', sub='tot'),
        C('another 27 people were hurt', 'injured', 27, 'exact', 'people'),
        C('two of his brothers were among those killed', 'killed', 2, 'exact', 'men', sub='tot'),
        C('buried 31 people', 'killed', 31, 'exact', 'people'),
        C('19 wounded', 'injured', 19, 'exact', 'people', id='h19'),
        C('four of whom later died', 'killed', 4, 'exact', 'people', sub='h19'),
        C('the number of dead at 48', 'killed', 48, 'exact', 'civilians', tags='contradicted'),
        C('killed 63 of their fighters', 'killed', 63, 'exact', 'fighters', tags='contradicted'),
        C('30 to 40 people', 'detained', None, 'range', 'people', low=30, high=40),
        C('the death toll higher, at 52', 'killed', 52, 'exact', 'civilians', tags='contradicted'),
        C('around 7,500 people had fled', 'displaced', 7500, 'approx', 'people'),
        C('4,200 displaced', 'displaced', 4200, 'exact', 'people', tags='contradicted'),
        C('killed tens of thousands of people', 'killed', None, 'vague', 'people'),
        C('uprooted about 12 million', 'displaced', 12000000, 'approx', 'people'),
    ],
    sources=[
        S('a local rights group', 'ngo'),
        S('The Kordofan Rights Monitor', 'ngo'),
        S('the monitor', 'ngo'),
        S('Hawa Abdelkarim', 'witness', form='name'),
        S('a village sheikh', 'anonymous'),
        S('A medical source at the teaching hospital in El Obeid', 'anonymous'),
        S('The official Sudan News Agency (SUNA)', 'media'),
        S('the state governor', 'official', form='role'),
        S('The RSF', 'military'),
        S('An army spokesman, Brigadier Mutasim Abdelbagi', 'military', form='title-name'),
        S('The Sudan Doctors Network', 'ngo'),
        S('Local officials in Jebrat al-Sheikh', 'official'),
        S('The International Organization for Migration’s Displacement Tracking Matrix', 'ngo'),
        S('the United Nations', 'ngo'),
    ],
    numbers=[
        N('two-day', 'duration'),
        N('11 villages', 'count-objects'),
        N('more than a hundred', 'count-people'),
        N('38', 'age'),
        N('mother of four', 'count-people'),
        N('one grave', 'count-objects'),
        N('16 villages', 'count-objects'),
        N('some 250 kilometres', 'distance'),
    ])

# zzc02: drone strike on the market of Um Berembeita, South Kordofan (Reuters style, American spelling,
# straight quotes)
A['zzc02.txt'] = dict(
    casualty=[
        C('killed 23 people', 'killed', 23, 'exact', 'people', id='tot'),
        C('wounded dozens', 'injured', None, 'vague', 'people'),
        C('11 of the dead were children', 'killed', 11, 'exact', 'children', sub='tot'),
        C('four were women', 'killed', 4, 'exact', 'women', sub='tot'),
        C('58 wounded', 'injured', 58, 'exact', 'people', id='h58'),
        C('nine of the wounded', 'injured', 9, 'exact', 'people', sub='h58'),
        C('killed 12 civilians', 'killed', 12, 'exact', 'civilians'),
        C('the bodies of 19 people', 'killed', 19, 'exact', 'people', id='b19'),
        C('two small daughters', 'killed', 2, 'exact', 'children', sub='b19'),
        C('the toll from the market strike to 31', 'killed', 31, 'exact', 'people', tags='update'),
        C('74 people had been injured', 'injured', 74, 'exact', 'people', id='i74'),
        C('20 of them children', 'injured', 20, 'exact', 'children', sub='i74'),
        C('abducted at least 14 men', 'detained', 14, 'at-least', 'men'),
        C('three women were missing', 'missing', 3, 'exact', 'women'),
        C('Roughly 45,000 people have fled', 'displaced', 45000, 'approx', 'people'),
        C('killed at least 28,700 people', 'killed', 28700, 'at-least', 'people'),
    ],
    sources=[
        S('a local health official', 'anonymous'),
        S("The director of the town's rural hospital, Dr. Ismail Kafi", 'official', form='title-name'),
        S('Kafi', 'official', nth=1, form='name'),
        S("The army's 14th Infantry Division", 'military'),
        S('The RSF-led Tasis alliance', 'military'),
        S('Residents', 'witness'),
        S('Bushra Kalo', 'witness', form='name'),
        S('the state health ministry', 'official'),
        S('Emergency Lawyers', 'ngo'),
        S("The U.N. children's agency UNICEF", 'ngo'),
        S('the International Organization for Migration', 'ngo'),
        S('the Armed Conflict Location & Event Data Project (ACLED)', 'ngo'),
        S('aid agencies', 'ngo'),
    ],
    numbers=[
        N('Nov 4', 'date'),
        N('about 10:30 a.m.', 'time'),
        N('two hours', 'duration'),
        N('one surgeon', 'count-people'),
        N('14th Infantry Division', 'other'),
        N('two others', 'count-objects'),
        N('some 40,000 people', 'population'),
        N('April 2023', 'date'),
    ])

# zzc03: an army communiqué on repelling an RSF attack on Al Jabalain, White Nile (state news agency,
# officialese, digits, British spelling, curly quotes)
A['zzc03.txt'] = dict(
    casualty=[
        C('killed 112 of the militia’s mercenaries', 'killed', 112, 'exact', 'fighters'),
        C('4 mercenaries were captured', 'detained', 4, 'exact', 'fighters'),
        C('a number of others drowned', 'killed', None, 'vague', 'fighters'),
        C('7 heroes of the Armed Forces ascended to martyrdom', 'killed', 7, 'exact', 'soldiers'),
        C('16 others sustained injuries', 'injured', 16, 'exact', 'soldiers'),
        C('killing 11 citizens', 'killed', 11, 'exact', 'civilians', id='civ'),
        C('3 children', 'killed', 3, 'exact', 'children', sub='civ'),
        C('wounding 27 others', 'injured', 27, 'exact', 'civilians', id='w27'),
        C('640 families who left', 'displaced', 640, 'exact', 'people'),
        C('the number of civilian deaths had risen to 14', 'killed', 14, 'exact', 'civilians', tags='update'),
        C('3 of the injured succumbed', 'killed', 3, 'exact', 'civilians', sub='w27'),
        C('arrested 19 persons', 'detained', 19, 'exact', 'people', id='arr'),
        C('2 foreign nationals', 'detained', 2, 'exact', 'people', sub='arr'),
        C('more than 30 of them had been taken prisoner', 'detained', 30, 'at-least', 'fighters'),
        C('killed “more than 200” soldiers', 'killed', 200, 'at-least', 'soldiers', tags='contradicted'),
        C('more than 60 of its members dead', 'killed', 60, 'at-least', 'fighters'),
    ],
    sources=[
        S('the Official Spokesman of the Armed Forces', 'military', form='role'),
        S('The statement', 'military', form='document'),
        S('the statement', 'military', form='document'),
        S('The Governor of White Nile State, Dr Abdelrahman Karrar', 'official', form='title-name'),
        S('The Governor', 'official', nth=1, form='role'),
        S('The State Ministry of Health', 'official'),
        S('Police in White Nile State', 'official'),
        S('The Commander of the 18th Infantry Division, Major General Hassan Ali Idris', 'military',
          form='title-name'),
        S('The militia', 'military'),
        S('the Official Spokesman', 'military', nth=1, form='role'),
        S('SUNA’s correspondent in Al Jabalain', 'media'),
    ],
    numbers=[
        N('9 October', 'date'),
        N('18th Infantry Division', 'other'),
        N('23 combat vehicles', 'count-objects'),
        N('9 others', 'count-objects'),
        N('18th Infantry Division', 'other', nth=1),
        N('40 kilometres', 'distance'),
        N('some 3,000 citizens', 'count-people'),
        N('22 September', 'date'),
    ])

# zzc04: a medical charity's statement on the wounded of Tendalti, White Nile (NGO statement, British
# spelling, curly quotes, em-dash dateline, notes to editors)
A['zzc04.txt'] = dict(
    casualty=[
        C('96 people wounded', 'injured', 96, 'exact', 'people', id='tot'),
        C('34 were children', 'injured', 34, 'exact', 'children', sub='tot'),
        C('22 were women', 'injured', 22, 'exact', 'women', sub='tot'),
        C('Eleven patients lost their lives', 'killed', 11, 'exact', 'people', id='d11'),
        C('four of them children', 'killed', 4, 'exact', 'children', sub='d11'),
        C('five of the wounded', 'injured', 5, 'exact', 'people', sub='tot'),
        C('41 wounded', 'injured', 41, 'exact', 'people', sub='tot'),
        C('Two HAB-supported nurses were injured', 'injured', 2, 'exact', 'other'),
        C('killed 58 people', 'killed', 58, 'exact', 'people'),
        C('at least 140 had been injured', 'injured', 140, 'at-least', 'people'),
        C('toll of 39 dead', 'killed', 39, 'exact', 'people', tags='contradicted'),
        C('an estimated 18,000 people have fled', 'displaced', 18000, 'approx', 'people'),
        C('27 more people with gunshot and shrapnel wounds', 'injured', 27, 'exact', 'people'),
        C('20–30 wounded', 'injured', None, 'range', 'people', low=20, high=30),
        C('killing “dozens of civilians”', 'killed', None, 'vague', 'civilians'),
        C('killed “scores” of RSF fighters', 'killed', None, 'vague', 'fighters'),
    ],
    sources=[
        S('the organisation', 'ngo'),
        S('Dr Salma Idriss', 'ngo', form='title-name'),
        S('The World Health Organization', 'ngo'),
        S('Local authorities in Tendalti', 'official'),
        S('The Sudan Doctors Network', 'ngo'),
        S('Residents', 'witness'),
        S('the International Organization for Migration (IOM)', 'ngo'),
        S('The Rapid Support Forces (RSF)', 'military'),
        S('A spokesman for the Sudanese Armed Forces', 'military', form='role'),
        S('Idriss', 'ngo', nth=1, form='name'),
    ],
    numbers=[
        N('18 February 2026', 'date'),
        N('between 12 and 15 February', 'date'),
        N('age of 15', 'age'),
        N('three hours', 'duration'),
        N('14 February', 'date'),
        N('13 February', 'date'),
        N('11 attacks on health care', 'count-objects'),
        N('12 February', 'date'),
        N('about 70 km', 'distance'),
        N('several villages', 'count-objects'),
        N('two villages', 'count-objects'),
        N('2011', 'year'),
        N('9 health facilities', 'count-objects'),
        N('+254 712 480 316', 'other'),
    ])

# zzc05: a UN OCHA flash update on attacks on Shirkeila, North Kordofan (UN flash update, British
# spelling, headed sections)
A['zzc05.txt'] = dict(
    casualty=[
        C('At least 73 civilians were reportedly killed', 'killed', 73, 'at-least', 'civilians'),
        C('more than 90 injured', 'injured', 90, 'at-least', 'civilians'),
        C('An estimated 9,600 people have been displaced', 'displaced', 9600, 'approx', 'people'),
        C('73 civilians were killed', 'killed', 73, 'exact', 'civilians', id='o73', tags='repeat'),
        C('18 children', 'killed', 18, 'exact', 'children', sub='o73'),
        C('12 women', 'killed', 12, 'exact', 'women', sub='o73'),
        C('94 people were injured', 'injured', 94, 'exact', 'people', id='o94'),
        C('at least 25 people', 'detained', 25, 'at-least', 'people'),
        C('between 30 and 40 others are unaccounted for', 'missing', None, 'range', 'people', low=30, high=40),
        C('toll of 97 dead', 'killed', 97, 'exact', 'civilians', tags='contradicted'),
        C('killed 85 fighters', 'killed', 85, 'exact', 'fighters', tags='contradicted'),
        C('Two health workers were killed', 'killed', 2, 'exact', 'other'),
        C('one is missing', 'missing', 1, 'exact', 'other'),
        C('61 of the injured', 'injured', 61, 'exact', 'people', id='i61', sub='o94'),
        C('8 of whom have since died', 'killed', 8, 'exact', 'people', sub='i61'),
        C('the overall death toll to 81', 'killed', 81, 'exact', 'civilians', tags='update'),
        C('an estimated 9,600 people', 'displaced', 9600, 'approx', 'people', id='d96', tags='repeat'),
        C('approximately 1,900 households', 'displaced', 1900, 'approx', 'people'),
        C('Some 5,200', 'displaced', 5200, 'approx', 'people', sub='d96'),
        C('2,700', 'displaced', 2700, 'exact', 'people', sub='d96'),
        C('at least 6 children died', 'killed', 6, 'at-least', 'children'),
    ],
    sources=[
        S('local authorities', 'official'),
        S('Community leaders', 'other'),
        S('The Sudan Doctors Network', 'ngo'),
        S('The RSF', 'military'),
        S('The UN Human Rights Office', 'ngo'),
        S('WHO', 'ngo'),
        S('the State Ministry of Health', 'official'),
        S('IOM’s Displacement Tracking Matrix (DTM)', 'ngo'),
        S('partners', 'ngo', nth=1, form='collective'),
    ],
    numbers=[
        N('Flash Update No. 2', 'other'),
        N('14 November 2025', 'date'),
        N('10 and 11 November', 'date'),
        N('US$4.5 million', 'money'),
        N('three months', 'duration'),
        N('10 November', 'date'),
        N('about 32,000 people', 'population'),
        N('some 45 km', 'distance'),
        N('several surrounding villages', 'count-objects'),
        N('11 November', 'date', nth=1),
        N('2 of the 5 health facilities', 'count-objects'),
        N('14 surrounding villages', 'count-objects'),
        N('between 10 and 13 November', 'date'),
        N('up to three days', 'duration'),
        N('4,300 people', 'count-people'),
        N('6 water points', 'count-objects'),
        N('40 latrines', 'count-objects'),
        N('two gathering sites', 'count-objects'),
        N('2025', 'year', nth=1),
        N('27 per cent', 'percentage'),
    ])

# zzc06: shelling and a drone attack on a displacement camp in Al-Kweik, South Kordofan (AP style,
# American spelling, straight quotes, em-dash dateline)
A['zzc06.txt'] = dict(
    casualty=[
        C('killed at least 18 people', 'killed', 18, 'at-least', 'people', id='tot'),
        C('wounded 40 others', 'injured', 40, 'exact', 'people', id='inj'),
        C('some 6,000 people displaced', 'displaced', 6000, 'approx', 'people'),
        C('11 of the dead were children', 'killed', 11, 'exact', 'children', sub='tot'),
        C('several of the wounded', 'injured', None, 'vague', 'people', sub='inj'),
        C('the toll had risen to 23', 'killed', 23, 'exact', 'people', tags='update'),
        C('five of the wounded died', 'killed', 5, 'exact', 'people', sub='inj'),
        C('killed 14 civilians', 'killed', 14, 'exact', 'civilians'),
        C('wounded "dozens"', 'injured', None, 'vague', 'civilians'),
        C('detained more than 30 men', 'detained', 30, 'at-least', 'men', id='det'),
        C('two teachers', 'detained', 2, 'exact', 'other', sub='det'),
        C('Two of the men were later found dead', 'killed', 2, 'exact', 'men', sub='det'),
        C('killed more than 40,000 people', 'killed', 40000, 'at-least', 'people'),
        C('forced nearly 12 million from their homes', 'displaced', 12000000, 'at-most', 'people', id='disp'),
        C('Some 4 million of them', 'displaced', 4000000, 'approx', 'people', sub='disp'),
    ],
    sources=[
        S('a local official', 'anonymous'),
        S("a doctors' group", 'ngo'),
        S('Ibrahim Tia', 'official', form='name'),
        S('The Sudan Doctors Network', 'ngo'),
        S('Local authorities', 'official'),
        S('A spokesman for the SPLM-N, Jaafar Ali', 'military', form='title-name'),
        S('Zeinab Kodi', 'witness', form='name'),
        S('the Sudan Human Rights Hub', 'ngo'),
        S('the group', 'ngo'),
        S('relatives', 'witness'),
        S('the U.N. World Food Program', 'ngo'),
        S('residents', 'witness'),
        S('the World Health Organization', 'ngo'),
    ],
    numbers=[
        N('2024', 'year'),
        N('8 months old', 'age'),
        N('about 5:15 a.m.', 'time'),
        N('29', 'age'),
        N('50-kilogram', 'quantity'),
        N('about 300,000 Sudanese pounds', 'money'),
        N('April 2023', 'date'),
    ])

# zzc07: drone strikes on the Kenana sugar complex, White Nile (broadcaster, British spelling, curly
# quotes, no dateline)
A['zzc07.txt'] = dict(
    casualty=[
        C('killed at least 16 people', 'killed', 16, 'at-least', 'people', id='tot'),
        C('injured 33 others', 'injured', 33, 'exact', 'people', id='inj'),
        C('Nine of those killed were employees', 'killed', 9, 'exact', 'other', sub='tot'),
        C('four were children', 'killed', 4, 'exact', 'children', sub='tot'),
        C('two little girls did not make it out', 'killed', 2, 'exact', 'children'),
        C('about 200 other families', 'displaced', 200, 'approx', 'people'),
        C('seven bodies', 'killed', 7, 'exact', 'people'),
        C('the number of dead had risen to 21', 'killed', 21, 'exact', 'people', tags='update'),
        C('five of the injured died', 'killed', 5, 'exact', 'people', sub='inj'),
        C('12 of the injured', 'injured', 12, 'exact', 'people', sub='inj'),
        C('almost 40 workers were unaccounted for', 'missing', 40, 'at-most', 'other'),
        C('detained three men', 'detained', 3, 'exact', 'men'),
        C('killed four workers', 'killed', 4, 'exact', 'other'),
        C('more than 1,000 civilians had been killed', 'killed', 1000, 'at-least', 'civilians'),
    ],
    sources=[
        S('local officials', 'official'),
        S('The Kenana Sugar Company', 'other'),
        S('The army', 'military'),
        S('Mubarak Eisa', 'witness', form='name'),
        S('Eisa', 'witness', nth=1, form='name'),
        S('Local health authorities in Rabak', 'official'),
        S('The Kenana workers’ union', 'other'),
        S('state media', 'media'),
        S('the company', 'other', nth=1),
        S('The UN’s humanitarian coordinator for Sudan', 'ngo', form='role'),
        S('BBC Arabic’s correspondent in Port Sudan', 'media'),
    ],
    numbers=[
        N('three drones', 'count-objects'),
        N('02:00', 'time'),
        N('more than six hours', 'duration'),
        N('five others', 'count-objects'),
        N('about 250km', 'distance'),
        N('one of the largest', 'other'),
        N('around 400,000 tonnes', 'quantity'),
        N('about 12,000 people', 'count-people'),
        N('one of the few industries', 'other'),
    ])

# zzc08: a correspondent's report from Alagaya refugee camp, White Nile (newspaper's own correspondent,
# first person, British spelling, curly quotes, em-dash dateline)
A['zzc08.txt'] = dict(
    casualty=[
        C('buried 27 people', 'killed', 27, 'exact', 'people'),
        C('forcing hundreds to flee', 'displaced', None, 'vague', 'people'),
        C('two cousins were taken away', 'detained', 2, 'exact', 'people'),
        C('Two or three other men', 'killed', None, 'range', 'men', low=2, high=3),
        C('31 refugees were killed', 'killed', 31, 'exact', 'people', id='c31'),
        C('12 of them women', 'killed', 12, 'exact', 'women', sub='c31'),
        C('56 were wounded', 'injured', 56, 'exact', 'people'),
        C('Another 19 are missing', 'missing', 19, 'exact', 'people', id='m19'),
        C('seven children', 'missing', 7, 'exact', 'children', sub='m19'),
        C('22 deaths', 'killed', 22, 'exact', 'people', tags='contradicted'),
        C('40 injuries', 'injured', 40, 'exact', 'people', tags='contradicted'),
        C('thousands fleeing', 'displaced', None, 'vague', 'people'),
        C('some 6,500 refugees have left', 'displaced', 6500, 'approx', 'people', id='l65'),
        C('up to 2,000 of them have crossed back', 'displaced', 2000, 'at-most', 'people', sub='l65'),
        C('arrested 11 suspects', 'detained', 11, 'exact', 'people'),
    ],
    sources=[
        S('Camp leaders', 'other'),
        S('UNHCR, the UN refugee agency', 'ngo'),
        S('Nyakuoth Deng', 'witness', form='name'),
        S('The camp’s elected chairman, James Gatluak', 'other', form='title-name'),
        S('residents', 'witness'),
        S('The RSF', 'military'),
        S('an RSF spokesman', 'military', form='role'),
        S('Aid workers', 'ngo'),
        S('A senior official with an international agency in the camp', 'anonymous'),
        S('UNHCR', 'ngo', nth=1),
        S('the commissioner for refugees, Hassan Abdelgadir', 'official', form='title-name'),
        S('a young mother', 'witness', form='role'),
    ],
    numbers=[
        N('one of ten camps', 'count-objects'),
        N('about 48,000 people', 'population'),
        N('three days', 'duration'),
        N('34-year-old', 'age'),
        N('four raids', 'count-objects'),
        N('between 2 and 9 January', 'date'),
        N('April 2023', 'date'),
        N('about 90 kilometres', 'distance'),
        N('four nights', 'duration'),
        N('300 police officers', 'count-people'),
        N('45', 'count-people'),
        N('groups of 20 or 30', 'count-people'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
