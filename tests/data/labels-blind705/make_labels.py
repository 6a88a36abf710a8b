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

# ---------------------------------------------------------------- labels (blind set 705: zza01-zza08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('neutralized / paid the ultimate price / claimed … lives / lost / buried',
     r'\bneutrali[sz]|\bultimate price\b|\bclaimed\b.*\blives\b|\blost\b|\blosing\b|\bburied\b'),
    ('captured / capturing / abducted', r'\bcaptur|\babducted\b'),
    ('crossed / sheltering / have fled', r'\bcrossed\b|\bsheltering\b'),
    ('sustained injuries / wounds', r'\binjuries\b|\bwounds\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('attackers/armed criminals/officers', r'\b(?:attackers|armed criminals|officers)\b'),
    ('fishermen/staff/crew/colleagues', r'\b(?:fishermen|staff|crew|colleagues)\b'),
    ('peacekeepers', r'\bpeacekeepers\b'),
    ('youths/young men/relatives/families/suspects/patients/South Sudanese/refugees',
     r'\b(?:youths|young men|relatives|families|suspects|patients|South Sudanese|refugees)\b'),
]

# zza01: air strikes on the market town of Jikmir, Nasir County (AFP style, one sentence a paragraph,
# British spelling, curly quotes, en-dash dateline)
A['zza01.txt'] = dict(
    casualty=[
        C('killed at least 19 people', 'killed', 19, 'at-least', 'people', id='tot'),
        C('seven of them children', 'killed', 7, 'exact', 'children', sub='tot'),
        C('Another 31 people were wounded', 'injured', 31, 'exact', 'people', id='w'),
        C('12 of the wounded', 'injured', 12, 'exact', 'people', sub='w', id='w12'),
        C('Four of them died', 'killed', 4, 'exact', 'people', sub='w12'),
        C('the death toll to 23', 'killed', 23, 'exact', 'people', tags='update'),
        C('a handful of the wounded', 'injured', None, 'vague', 'people', sub='w'),
        C('At least five fishermen were still missing', 'missing', 5, 'at-least', 'other'),
        C('killed “more than 40 armed criminals”', 'killed', 40, 'at-least', 'fighters', tags='contradicted'),
        C('between 20 and 25 deaths', 'killed', None, 'range', 'people', low=20, high=25),
        C('three health workers had been detained', 'detained', 3, 'exact', 'other'),
        C('forced more than 63,000 people from their homes', 'displaced', 63000, 'at-least', 'people', id='d'),
        C('Around 12,000 of them', 'displaced', 12000, 'approx', 'people', sub='d'),
        C('38 deaths', 'killed', 38, 'exact', 'people'),
        C('killed nearly 400,000 people', 'killed', 400000, 'at-most', 'people'),
    ],
    sources=[
        S('a county official', 'anonymous'),
        S('a local aid worker', 'anonymous'),
        S('the commissioner of Nasir County, Gatluak Both Deng', 'official', form='title-name'),
        S('Both', 'official', nth=1, form='name'),
        S('the commissioner', 'official', nth=1, form='role'),
        S('a pilot for a humanitarian air service', 'anonymous'),
        S('Army spokesman Major General Peter Kuol Manyang', 'military', form='title-name'),
        S('Nyakuoth Gatdet', 'witness', form='name'),
        S('Two other residents', 'witness', form='collective'),
        S('The UN Mission in South Sudan (UNMISS)', 'military'),
        S('A humanitarian worker in Nasir', 'anonymous'),
        S('the UN refugee agency UNHCR', 'ngo'),
        S('the agency', 'ngo'),
        S('The World Health Organization', 'ngo'),
        S('Aid groups', 'ngo', form='collective'),
        S('The United Nations', 'ngo'),
    ],
    numbers=[
        N('9 am', 'time'),
        N('about 40 kilometres', 'distance'),
        N('fewer than 10 beds', 'count-objects'),
        N('34', 'age'),
        N('Two other residents', 'count-people'),
        N('1,700 suspected cholera cases', 'count-people'),
        N('2011', 'year'),
        N('two years later', 'duration'),
        N('2018', 'year'),
        N('9.3 million people', 'count-people'),
        N('three quarters', 'percentage'),
    ])

# zza02: White Army and SSPDF fight for the army base at Pathai, Ayod County (Reuters style, American
# spelling, straight quotes, Reuters dateline and sign-off)
A['zza02.txt'] = dict(
    casualty=[
        C('killed at least 56 people', 'killed', 56, 'at-least', 'people', id='tot'),
        C('38 of the dead were soldiers', 'killed', 38, 'exact', 'soldiers', sub='tot'),
        C('Dozens more were wounded', 'injured', None, 'vague', 'people'),
        C('"neutralized" 72 fighters', 'killed', 72, 'exact', 'fighters'),
        C('losing 11 soldiers', 'killed', 11, 'exact', 'soldiers', tags='contradicted'),
        C('lost "fewer than 15" fighters', 'killed', 15, 'at-most', 'fighters', tags='contradicted'),
        C('captured nine soldiers', 'detained', 9, 'exact', 'soldiers'),
        C('64 wounded people', 'injured', 64, 'exact', 'people', id='h'),
        C('17 children', 'injured', 17, 'exact', 'children', sub='h'),
        C('nine of them had since died', 'killed', 9, 'exact', 'people', sub='h'),
        C('more than 8,000 people had fled', 'displaced', 8000, 'at-least', 'people'),
        C('as many as 300 people were unaccounted for', 'missing', 300, 'at-most', 'people'),
        C('40 to 50 bodies had been buried', 'killed', None, 'range', 'people', low=40, high=50),
        C('upwards of 130,000 people had been displaced', 'displaced', 130000, 'at-least', 'people'),
        C("arrested at least 22 of the movement's officers", 'detained', 22, 'at-least', 'fighters',
          tags='contradicted'),
        C('only four people had been detained', 'detained', 4, 'exact', 'people', tags='contradicted'),
    ],
    sources=[
        S('a local official', 'anonymous'),
        S('Koang Riek Chuol, commissioner of Ayod County', 'official', form='title-name'),
        S("The South Sudan People's Defense Forces (SSPDF)", 'military'),
        S('army spokesman Brigadier General Santino Malual Dhieu', 'military', form='title-name'),
        S('Residents', 'witness'),
        S('A White Army commander', 'military', form='role'),
        S('The health ministry', 'official'),
        S('Aid workers', 'ngo', form='collective'),
        S('A local aid group, the Zeraf Community Development Agency', 'ngo'),
        S('a church leader in Ayod', 'other', form='role'),
        S('Nyachuol Kuon', 'witness', form='name'),
        S('The International Organization for Migration', 'ngo'),
        S('SPLA-IO spokesman Colonel Lam Gatkuoth Dak', 'military', form='title-name'),
        S('A government spokesman', 'official', form='role'),
        S('Diplomats in Juba', 'anonymous'),
    ],
    numbers=[
        N('April 9', 'date'),
        N('several hours', 'duration'),
        N('about 220 km', 'distance'),
        N('137 miles', 'distance'),
        N('29', 'age'),
        N('mother of three', 'count-people'),
        N('two days', 'duration'),
        N('around 40%', 'percentage'),
        N('2013-2018', 'year'),
        N('more than $30 million', 'money'),
    ])

# zza03: the army repulses a White Army attack on Chotbora, Longechuk County (state broadcaster's
# website, official voice: "gallant forces", "paid the ultimate price"; digits, em-dash dateline)
A['zza03.txt'] = dict(
    casualty=[
        C('killing forty-three (43) of the attackers', 'killed', 43, 'exact', 'fighters'),
        C('capturing 6 others', 'detained', 6, 'exact', 'fighters'),
        C('Four SSPDF soldiers paid the ultimate price', 'killed', 4, 'exact', 'soldiers'),
        C('9 others sustained injuries', 'injured', 9, 'exact', 'soldiers'),
        C('the bodies of 43 attackers', 'killed', 43, 'exact', 'fighters', tags='repeat'),
        C('3 soldiers remain missing', 'missing', 3, 'exact', 'soldiers'),
        C('the number of attackers killed to 51', 'killed', 51, 'exact', 'fighters', id='u', tags='update'),
        C('8 more bodies', 'killed', 8, 'exact', 'fighters', sub='u'),
        C('5 civilians were killed', 'killed', 5, 'exact', 'civilians'),
        C('14 others were abducted', 'detained', 14, 'exact', 'civilians', id='ab'),
        C('8 women', 'detained', 8, 'exact', 'women', sub='ab'),
        C('about 2,600 residents had fled', 'displaced', 2600, 'approx', 'civilians'),
        C('200 civilians had been killed', 'killed', 200, 'exact', 'civilians', tags='contradicted'),
        C('claimed 112 lives', 'killed', 112, 'exact', 'people'),
    ],
    sources=[
        S('the army', 'military'),
        S('SSBC Television', 'media'),
        S('SSPDF Spokesperson Major General Daniel Garang Akot', 'military', form='title-name'),
        S('the Spokesperson', 'military', form='role'),
        S('Maj Gen Garang', 'military', nth=0, form='name'),
        S('the statement', 'military', form='document'),
        S('the SSPDF', 'military'),
        S('The Commissioner of Longechuk County, Hon. Chuol Gach Both', 'official', form='title-name'),
        S('The Governor of Upper Nile State, Hon. Nyandeng Akol Ayuel', 'official', form='title-name'),
        S('the Governor', 'official', form='role'),
        S('The army', 'military'),
        S('some social media pages', 'media'),
        S('Maj Gen Garang', 'military', nth=1, form='name'),
        S('the National Ministry of Health', 'official'),
        S('Director General for Preventive Health Dr. Abraham Lual Deng', 'official', form='title-name'),
        S('The SSPDF', 'military', nth=1),
    ],
    numbers=[
        N('22 April 2025', 'date'),
        N('numbering more than 500', 'count-people'),
        N('three directions', 'count-objects'),
        N('around 5:30 am', 'time'),
        N('20 April', 'date'),
        N('2 hours', 'duration'),
        N('27 rifles', 'count-objects'),
        N('2 PKM machine guns', 'count-objects'),
        N('30 days', 'duration'),
        N('6,480 cases', 'count-people'),
        N('40,000 doses', 'count-objects'),
        N('an estimated 80,000 people', 'population'),
        N('2018', 'year'),
    ])

# zza04: bombs hit near an aid group's cholera treatment unit in Toch, Fangak County (NGO statement:
# headline, en-dash dateline, first person plural, demands, notes to editors; British spelling, curly quotes)
A['zza04.txt'] = dict(
    casualty=[
        C('Two aid workers killed', 'killed', 2, 'exact', 'other'),
        C('Two staff members', 'killed', 2, 'exact', 'other', tags='repeat'),
        C('four were injured', 'injured', 4, 'exact', 'other'),
        C('Eleven patients were wounded', 'injured', 11, 'exact', 'people', id='p'),
        C('three of them have since died', 'killed', 3, 'exact', 'people', sub='p'),
        C('two dozen people injured', 'injured', 24, 'exact', 'people'),
        C('lost two colleagues', 'killed', 2, 'exact', 'other', tags='repeat'),
        C('Six NRHA staff remain unaccounted for', 'missing', 6, 'exact', 'other'),
        C('41 of whom died', 'killed', 41, 'exact', 'people'),
        C('at least 96 people have died', 'killed', 96, 'at-least', 'people'),
        C('forced thousands of families from their homes', 'displaced', None, 'vague', 'people'),
        C('tens of thousands of people have fled', 'displaced', None, 'vague', 'people'),
        C('17,500 people have fled', 'displaced', 17500, 'exact', 'people'),
        C('up to 30 people had been killed', 'killed', 30, 'at-most', 'people'),
    ],
    sources=[
        S('the organisation', 'ngo'),
        S('Dr Achol Mabior Kuol, NRHA’s medical coordinator for Jonglei', 'ngo', form='title-name'),
        S('the county health department', 'official'),
        S('Local authorities', 'official'),
        S('A local chief', 'anonymous'),
        S('The SSPDF', 'military'),
        S('the army', 'military'),
    ],
    numbers=[
        N('3 May 2025', 'date'),
        N('57 patients', 'count-people'),
        N('more than six hours', 'duration'),
        N('1 March', 'date'),
        N('2,318 patients', 'count-people'),
        N('Almost 60%', 'percentage'),
        N('under 15', 'age'),
        N('one latrine', 'count-objects'),
        N('roughly 400 people', 'count-people'),
        N('two weeks', 'duration'),
        N('28 April', 'date'),
        N('14 April', 'date'),
        N('29 April', 'date'),
        N('2012', 'year'),
        N('9 health facilities', 'count-objects'),
        N('+254 722 418 930', 'other'),
    ])

# zza05: clashes and displacement in Riang, Ulang County (UN OCHA-style flash update: highlights and
# sections, bullet lists, digits, "per cent")
A['zza05.txt'] = dict(
    casualty=[
        C('At least 27 people were killed', 'killed', 27, 'at-least', 'people'),
        C('44 injured', 'injured', 44, 'exact', 'people'),
        C('An estimated 21,000 people have been displaced', 'displaced', 21000, 'approx', 'people', id='d0'),
        C('some 6,300 have crossed', 'displaced', 6300, 'approx', 'people', sub='d0'),
        C('2 aid workers were detained', 'detained', 2, 'exact', 'other'),
        C('at least 27 people killed', 'killed', 27, 'at-least', 'people', id='k', tags='repeat'),
        C('9 children', 'killed', 9, 'exact', 'children', sub='k'),
        C('4 women', 'killed', 4, 'exact', 'women', sub='k'),
        C('44 people injured', 'injured', 44, 'exact', 'people', id='i', tags='repeat'),
        C('13 of the injured', 'injured', 13, 'exact', 'people', sub='i'),
        C('16 “armed criminals” had been killed', 'killed', 16, 'exact', 'fighters', tags='contradicted'),
        C('5 soldiers lost', 'killed', 5, 'exact', 'soldiers'),
        C('an estimated 21,000 people have fled', 'displaced', 21000, 'approx', 'people', id='d', tags='repeat'),
        C('about 9,800', 'displaced', 9800, 'approx', 'people', sub='d'),
        C('4,900', 'displaced', 4900, 'exact', 'people', sub='d'),
        C('approximately 6,300 have crossed', 'displaced', 6300, 'approx', 'people', sub='d', tags='repeat'),
        C('800–1,000 people', 'displaced', None, 'range', 'people', low=800, high=1000),
        C('at least 12 civilians', 'detained', 12, 'at-least', 'civilians'),
        C('3 women were reportedly abducted', 'detained', 3, 'exact', 'women'),
        C('Several children were injured', 'injured', None, 'vague', 'children'),
        C('Seven people remain missing', 'missing', 7, 'exact', 'people', id='m'),
        C('2 children', 'missing', 2, 'exact', 'children', sub='m'),
        C('19 deaths', 'killed', 19, 'exact', 'people'),
        C('2 national aid workers were detained', 'detained', 2, 'exact', 'other', tags='repeat'),
    ],
    sources=[
        S('Local authorities', 'official'),
        S('the SSPDF', 'military'),
        S('Community leaders in Riang', 'other'),
        S('the International Organization for Migration’s Displacement Tracking Matrix (DTM)', 'ngo'),
        S('UNHCR', 'ngo'),
        S('Partners', 'ngo', nth=1, form='collective'),
        S('Protection partners', 'ngo', form='collective'),
        S('the State Ministry of Health', 'official'),
        S('partners', 'ngo', nth=1, form='collective'),
        S('county officials', 'official'),
    ],
    numbers=[
        N('Flash Update No. 2', 'other'),
        N('16 May 2025', 'date'),
        N('10 and 13 May', 'date'),
        N('38 per cent', 'percentage'),
        N('2 weeks', 'duration'),
        N('3 locations', 'count-objects'),
        N('10 May', 'date'),
        N('about 25 km', 'distance'),
        N('3 days', 'duration'),
        N('11 and 12 May', 'date'),
        N('14 May', 'date', nth=0),
        N('12 May', 'date', nth=1),
        N('1 April', 'date'),
        N('14 May', 'date', nth=1),
        N('1,145 suspected cholera cases', 'count-people'),
        N('An estimated 4,500 head of cattle', 'count-objects'),
        N('15 May', 'date'),
        N('IPC Phase 4', 'other'),
        N('11 May', 'date'),
        N('13 May', 'date', nth=1),
        N('2 days', 'duration'),
        N('2025', 'year', nth=1),
        N('US$1.7 billion', 'money'),
        N('5.4 million people', 'count-people'),
        N('14 per cent', 'percentage'),
        N('+211 920 001 114', 'other'),
    ])

# zza06: raiders kill herders and drive off cattle at a camp near Kuachdeng, Ayod County (a broadcaster's
# website: headline and byline instead of a dateline, British spelling, curly quotes)
A['zza06.txt'] = dict(
    casualty=[
        C('Dozens killed', 'killed', None, 'vague', 'people'),
        C('killed at least 34 people', 'killed', 34, 'at-least', 'people', id='tot'),
        C('Among the dead were 11 children', 'killed', 11, 'exact', 'children', sub='tot'),
        C('Another 26 people were wounded', 'injured', 26, 'exact', 'people', id='w'),
        C('abducted nine children', 'detained', 9, 'exact', 'children'),
        C('at least five women', 'detained', 5, 'at-least', 'women'),
        C('two or three of his friends were killed', 'killed', None, 'range', 'people', low=2, high=3),
        C('A number of the youths are still missing', 'missing', None, 'vague', 'people'),
        C('the death toll had risen to 37', 'killed', 37, 'exact', 'people', tags='update'),
        C('three of the wounded died', 'killed', 3, 'exact', 'people', sub='w'),
        C('the number of dead higher, at 41', 'killed', 41, 'exact', 'people', tags='contradicted'),
        C('scores more had been injured', 'injured', None, 'vague', 'people', tags='contradicted'),
        C('arrested a dozen suspects', 'detained', 12, 'exact', 'people'),
        C('12 of the wounded', 'injured', 12, 'exact', 'people', sub='w'),
        C('killed hundreds of people', 'killed', None, 'vague', 'people'),
        C('Hundreds of families', 'displaced', None, 'vague', 'people'),
        C('thousands of people displaced', 'displaced', None, 'vague', 'people'),
    ],
    sources=[
        S('local officials', 'official'),
        S('survivors', 'witness'),
        S('Ayod County’s information commissioner, Gai Tut Kuach', 'official', form='title-name'),
        S('19-year-old Both Chuol', 'witness', form='name'),
        S('Mr Kuach', 'official', form='name'),
        S('Kuachdeng’s paramount chief, Thok Ruei Lual', 'official', form='title-name'),
        S('local leaders', 'other'),
        S('The army', 'military'),
        S('Army spokesman Brig Gen Santino Malual Dhieu', 'military', form='title-name'),
        S('The UN peacekeeping mission in South Sudan, Unmiss', 'military'),
        S('the UN', 'ngo'),
        S('aid agencies', 'ngo', form='collective'),
        S('the Food and Agriculture Organization (FAO)', 'ngo'),
    ],
    numbers=[
        N('thousands of cows', 'count-objects'),
        N('an estimated 7,000 cattle', 'count-objects'),
        N('70-year-old', 'age'),
        N('19-year-old', 'age'),
        N('two days', 'duration'),
        N('numbered at around 300', 'count-people'),
        N('up to $500', 'money'),
        N('30 to 100 cows', 'count-objects'),
        N('one of the largest', 'other'),
        N('an estimated 14 million head', 'count-objects'),
    ])

# zza07: gunmen fire on a U.N. barge convoy on the Sobat near Mandeng, Ulang County, and aircraft bomb
# the village (AP style, em-dash dateline, American spelling, straight quotes, AP contributor line)
A['zza07.txt'] = dict(
    casualty=[
        C('two civilian boat crew', 'killed', 2, 'exact', 'other'),
        C('wounding five other people', 'injured', 5, 'exact', 'people', id='w'),
        C('Three of the wounded were peacekeepers', 'injured', 3, 'exact', 'soldiers', sub='w', id='w3'),
        C('one of them', 'injured', 1, 'exact', 'soldiers', sub='w3'),
        C('Two other crew members were missing', 'missing', 2, 'exact', 'other'),
        C("six of the group's fighters had been killed", 'killed', 6, 'exact', 'fighters'),
        C('killing at least 14 civilians', 'killed', 14, 'at-least', 'civilians', id='c'),
        C('five children', 'killed', 5, 'exact', 'children', sub='c'),
        C('killed 30 of them', 'killed', 30, 'exact', 'fighters', tags='contradicted'),
        C('23 people', 'injured', 23, 'exact', 'people', id='n'),
        C('15 of them women', 'injured', 15, 'exact', 'women', sub='n'),
        C('8-10 people were still missing', 'missing', None, 'range', 'people', low=8, high=10),
        C('Over 2,000 residents', 'displaced', 2000, 'at-least', 'civilians'),
        C('detained 17 young men', 'detained', 17, 'exact', 'men'),
        C('nearly 40,000 people displaced', 'displaced', 40000, 'at-most', 'people', id='b'),
        C('roughly 37,000', 'displaced', 37000, 'approx', 'people', sub='b'),
    ],
    sources=[
        S('the U.N. mission', 'military'),
        S('the U.N. Mission in South Sudan, known as UNMISS', 'military'),
        S('the statement', 'military', form='document'),
        S('UNMISS spokesperson Ingrid Solheim', 'military', form='title-name'),
        S("The U.N. secretary-general's spokesperson", 'ngo', form='role'),
        S('A county official', 'anonymous'),
        S('Yien Lam Thok', 'military', form='name'),
        S('residents', 'witness'),
        S('The army', 'military'),
        S('Nyaluak Deng, a nurse at a clinic in Mandeng', 'official', form='title-name'),
        S('A village chief, Gabriel Kuol Nyang', 'official', form='title-name'),
        S('a local youth leader, Peter Chol Ruach', 'other', form='title-name'),
        S('the brother of a detained man', 'witness', form='role'),
    ],
    numbers=[
        N('four barges', 'count-objects'),
        N('120 metric tons', 'quantity'),
        N('2011', 'year'),
        N('about 17,000 uniformed personnel', 'count-people'),
    ])

# zza08: refugees from Ulang and Nasir arriving at Burbiey, Ethiopia (a newspaper's own correspondent:
# headline, "From our correspondent" line, first person, present tense, en-dash aside, curly quotes)
A['zza08.txt'] = dict(
    casualty=[
        C('14,236 South Sudanese have crossed', 'displaced', 14236, 'exact', 'people'),
        C('nearly 400,000 South Sudanese refugees', 'displaced', 400000, 'at-most', 'people'),
        C('almost 2.3 million South Sudanese', 'displaced', 2300000, 'at-most', 'people'),
        C('23 deaths', 'killed', 23, 'exact', 'people'),
        C('four of them dead', 'killed', 4, 'exact', 'people'),
        C('nine people', 'injured', 9, 'exact', 'people'),
        C('11 of his relatives died', 'killed', 11, 'exact', 'people', id='r'),
        C('three more are missing', 'missing', 3, 'exact', 'people'),
        C('buried eight', 'killed', 8, 'exact', 'people', sub='r'),
        C('killed “hundreds” of soldiers', 'killed', None, 'vague', 'soldiers'),
        C('detained 27 men', 'detained', 27, 'exact', 'men'),
    ],
    sources=[
        S('Nyabol Gatwech', 'witness', form='name'),
        S('Ethiopia’s Refugees and Returnees Service (RRS)', 'official'),
        S('UNHCR', 'ngo'),
        S('A UNHCR protection officer in Gambella', 'anonymous'),
        S('the agency', 'ngo'),
        S('a clinical officer, Tesfaye Alemu', 'official', form='title-name'),
        S('his register', 'official', form='document'),
        S('Gatluak Kuol, a former teacher from Nasir', 'witness', form='name'),
        S('South Sudan’s information minister', 'official', form='role'),
        S('a local administrator in Burbiey, Gatkuoth Lul Riek', 'official', form='title-name'),
        S('A child-protection worker with a local charity', 'anonymous'),
    ],
    numbers=[
        N('a dozen passengers', 'count-people'),
        N('41', 'age'),
        N('four grandchildren', 'count-people'),
        N('nine days', 'duration'),
        N('two other entry points', 'count-objects'),
        N('nearly 70%', 'percentage'),
        N('61 patients', 'count-people'),
        N('a boy of about 10', 'age'),
        N('all 140 of his family’s cows', 'count-objects'),
        N('112 unaccompanied children', 'count-people'),
        N('5,000 South Sudanese pounds', 'money'),
        N('800 people', 'count-people'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
