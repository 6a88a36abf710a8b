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

# ---------------------------------------------------------------- labels (blind set 588: le01-le08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('martyred / claim … lives / buried / cases of abduction',
     r'\bmartyred\b|\blives\b|\bburied\b|\bcases of abduction\b'),
    ('captured / taken / lost … men / beaten', r'\bcaptured\b|\bcapturing\b|\btaken\b|\blost\b|\bbeaten\b'),
    ('sustained injuries / gunshot wounds / spear wounds', r'\binjuries\b|\bwounds\b'),
    ('households displaced / forced to flee / have fled', r'\bhouseholds\b|\bforced to flee\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('herders/criminals/attackers', r'\b(?:herders|criminals|attackers)\b'),
    ('boys/girls/sons/brothers', r'\b(?:boys|girls|sons|brothers)\b'),
    ('nurses/patients/detainees/suspects/youth leaders',
     r'\b(?:nurses|patients|detainees|suspects|youth leaders)\b'),
]

# le01: a raid on cattle camps outside Gok Machar, Northern Bahr el Ghazal (AFP style, one sentence a
# paragraph, British spelling, curly quotes)
A['le01.txt'] = dict(
    casualty=[
        C('killed at least 23 people', 'killed', 23, 'at-least', 'people', id='tot'),
        C('seven children', 'killed', 7, 'exact', 'children', sub='tot'),
        C('31 people were wounded', 'injured', 31, 'exact', 'people', id='inj'),
        C('Nine of the wounded', 'injured', 9, 'exact', 'people', sub='inj', id='nine'),
        C('two of them later died', 'killed', 2, 'exact', 'people', sub='nine'),
        C('up to 10 of the wounded were children', 'injured', 10, 'at-most', 'children', sub='inj'),
        C('the toll to 25', 'killed', 25, 'exact', 'people', tags='update'),
        C('killing six of the attackers', 'killed', 6, 'exact', 'fighters'),
        C('two soldiers were killed', 'killed', 2, 'exact', 'soldiers'),
        C('three were wounded', 'injured', 3, 'exact', 'soldiers'),
        C('abducted at least five women', 'detained', 5, 'at-least', 'women'),
        C('a dozen children', 'detained', 12, 'exact', 'children'),
        C('two boys', 'missing', 2, 'exact', 'children'),
        C('killed 14 herders', 'killed', 14, 'exact', 'civilians'),
        C('19 people remained unaccounted for', 'missing', 19, 'exact', 'people'),
        C('figure of 40 dead', 'killed', 40, 'exact', 'people', tags='contradicted'),
        C('claim hundreds of lives', 'killed', None, 'vague', 'people'),
        C('more than 2.2 million people are internally displaced', 'displaced', 2200000, 'at-least', 'people'),
        C('killed nearly 400,000 people', 'killed', 400000, 'at-most', 'people'),
    ],
    sources=[
        S('a local official', 'anonymous'),
        S('county commissioner Garang Deng Akol', 'official', form='title-name'),
        S('Akol', 'official', nth=1, form='name'),
        S('a medical officer', 'anonymous'),
        S('A nurse at the hospital', 'anonymous'),
        S('the commissioner’s office', 'official'),
        S('The South Sudan People’s Defence Forces (SSPDF)', 'military'),
        S('Army spokesman Brigadier General Santo Mabior Ring', 'military', form='title-name'),
        S('Residents', 'witness'),
        S('Achol Mawien', 'witness', form='name'),
        S('Radio Tamazuj', 'media'),
        S('State information minister Bol Ring Madut', 'official', form='title-name'),
        S('community leaders', 'other'),
        S('The UN Mission in South Sudan (UNMISS)', 'military'),
        S('The UN humanitarian office OCHA', 'ngo'),
    ],
    numbers=[
        N('four in the morning', 'time'),
        N('some 2,500 head of cattle', 'count-objects'),
        N('more than 1,800 animals', 'count-objects'),
        N('two days', 'duration'),
        N('38', 'age'),
        N('40 peacekeepers', 'count-people'),
        N('some 230 kilometres', 'distance'),
        N('100 head', 'count-objects'),
        N('2011', 'year'),
        N('two years later', 'duration'),
    ])

# le02: a revenge attack on villages around Marial Lou, Warrap (Reuters style, American spelling,
# straight quotes)
A['le02.txt'] = dict(
    casualty=[
        C('killing 32 people', 'killed', 32, 'exact', 'people', id='tot'),
        C('wounding 47 others', 'injured', 47, 'exact', 'people', id='inj'),
        C('11 people were killed', 'killed', 11, 'exact', 'people'),
        C('nine women', 'killed', 9, 'exact', 'women', sub='tot'),
        C('six children', 'killed', 6, 'exact', 'children', sub='tot'),
        C('12 of the wounded', 'injured', 12, 'exact', 'people', sub='inj'),
        C('39 patients with gunshot wounds', 'injured', 39, 'exact', 'people', id='msf'),
        C('eight children', 'injured', 8, 'exact', 'children', sub='msf'),
        C('three patients had died', 'killed', 3, 'exact', 'people'),
        C('buried 41 people', 'killed', 41, 'exact', 'people', tags='contradicted'),
        C('abducted at least 15 children', 'detained', 15, 'at-least', 'children'),
        C('several women', 'detained', None, 'vague', 'women'),
        C('the death toll to 36', 'killed', 36, 'exact', 'people', tags='update'),
        C('four of the wounded had died', 'killed', 4, 'exact', 'people', sub='inj'),
        C('arrested 18 suspects', 'detained', 18, 'exact', 'people'),
        C('at least 1,200 people had fled', 'displaced', 1200, 'at-least', 'people'),
        C('killed five or six of them', 'killed', None, 'range', 'fighters', low=5, high=6),
        C('two police officers', 'killed', 2, 'exact', 'soldiers', sub='tot'),
        C('killed more than 250 people', 'killed', 250, 'at-least', 'people'),
        C('displaced roughly 18,000 people', 'displaced', 18000, 'approx', 'people'),
    ],
    sources=[
        S('state officials', 'official'),
        S('Warrap state information minister Mabior Akech Kuol', 'official', form='title-name'),
        S('Medecins Sans Frontieres (MSF)', 'ngo'),
        S('A local youth leader, Deng Mawut Ring', 'other', form='name'),
        S('the state government', 'official'),
        S("South Sudan's army", 'military'),
        S('army spokesman Colonel Garang Aleer Malual', 'military', form='title-name'),
        S('The U.N. Mission in South Sudan (UNMISS)', 'military'),
        S('A spokesperson for the mission', 'military', form='role'),
        S('Witnesses', 'witness'),
        S('Nyandeng Akuei', 'witness', form='name'),
        S('A local official', 'anonymous'),
        S('the U.N. mission', 'military'),
        S('The South Sudan Peace Monitor', 'ngo'),
        S('officials', 'official', nth=1),
    ],
    numbers=[
        N('about 4,000 cattle', 'count-objects'),
        N('four villages', 'count-objects'),
        N('150 troops', 'count-people'),
        N('45-km', 'distance'),
        N('28-mile', 'distance'),
        N('60 cows', 'count-objects'),
        N('27', 'age'),
        N('two days', 'duration'),
        N('about 300 homes', 'count-objects'),
        N('2023', 'year'),
        N('2022', 'year'),
        N('more than 5,000 guns', 'count-objects'),
    ])

# le03: an attack by "armed cattle rustlers" on the cattle camps of Wanyjok, Northern Bahr el Ghazal
# (state media: martyred soldiers, "criminals", a denial of "fabricated" reports, an en-dash dateline)
A['le03.txt'] = dict(
    casualty=[
        C('killing 13 of the criminals', 'killed', 13, 'exact', 'fighters'),
        C('wounding scores', 'injured', None, 'vague', 'fighters'),
        C('capturing 9 others', 'detained', 9, 'exact', 'fighters'),
        C('Five gallant soldiers were martyred', 'killed', 5, 'exact', 'soldiers'),
        C('8 others sustained injuries', 'injured', 8, 'exact', 'soldiers', id='sw'),
        C('6 civilians lost their lives', 'killed', 6, 'exact', 'civilians', id='civ'),
        C('2 children', 'killed', 2, 'exact', 'children', sub='civ'),
        C('11 others', 'injured', 11, 'exact', 'civilians'),
        C('more than 40 people had been killed', 'killed', 40, 'at-least', 'people', tags='contradicted'),
        C('dozens of children abducted', 'detained', None, 'vague', 'children', tags='contradicted'),
        C('6 innocent civilians lost their lives', 'killed', 6, 'exact', 'civilians', tags='repeat'),
        C('the 9 captured criminals', 'detained', 9, 'exact', 'fighters', tags='repeat'),
        C('arrested 3 more suspects', 'detained', 3, 'exact', 'people'),
        C('420 households displaced', 'displaced', 420, 'exact', 'people'),
        C('2 of the wounded soldiers', 'injured', 2, 'exact', 'soldiers', sub='sw'),
    ],
    sources=[
        S('the State Security Committee', 'official'),
        S('the committee', 'official', nth=0),
        S('the committee', 'official', nth=1),
        S('The committee', 'official', nth=0),
        S('the Governor of Northern Bahr el Ghazal State, Hon. Deng Kuol Athian', 'official', form='title-name'),
        S('the Governor', 'official', nth=1, form='role'),
        S('The committee', 'official', nth=1),
        S('a diaspora website', 'media'),
        S('the State Minister of Information, Hon. Ayii Garang Wol', 'official', form='title-name'),
        S('The Minister', 'official', form='role'),
        S('the Minister', 'official', form='role'),
        S('the Commissioner of the county, Hon. Kuol Akot Dut', 'official', form='title-name'),
        S('the SSPDF Spokesperson, Maj. Gen. Kuany Mayen Dor', 'military', form='title-name'),
    ],
    numbers=[
        N('9 May', 'date'),
        N('numbering more than 150', 'count-people'),
        N('AK-47', 'other'),
        N('7 May', 'date'),
        N('a handful of criminals', 'count-people'),
        N('20 tonnes', 'quantity'),
        N('300 blankets', 'count-objects'),
        N('2023', 'year'),
        N('1,350 head of cattle', 'count-objects'),
        N('the 2,000 stolen', 'count-objects'),
        N('60 chiefs', 'count-people'),
        N('2 weeks', 'duration'),
        N('3rd Infantry Division', 'other'),
    ])

# le04: killings, abductions and detentions during disarmament around Mayen Abun, Warrap (an NGO
# statement with a list of demands and notes to editors, British spelling, curly quotes)
A['le04.txt'] = dict(
    casualty=[
        C('At least 46 civilians', 'killed', 46, 'at-least', 'civilians', id='tot'),
        C('19 children', 'killed', 19, 'exact', 'children', sub='tot'),
        C('the abduction of 27 children', 'detained', 27, 'exact', 'children', id='abd'),
        C('21 remain unaccounted for', 'missing', 21, 'exact', 'children', sub='abd'),
        C('killing 17 people', 'killed', 17, 'exact', 'people', id='feb'),
        C('four women', 'killed', 4, 'exact', 'women', sub='feb'),
        C('84 people for gunshot wounds', 'injured', 84, 'exact', 'people', id='inj'),
        C('11 of whom later died', 'killed', 11, 'exact', 'people', sub='inj'),
        C('Two nurses were among the wounded', 'injured', 2, 'exact', 'other', sub='inj'),
        C('5–8 new patients with weapon injuries', 'injured', None, 'range', 'people', low=5, high=8),
        C('detained at least 34 young men', 'detained', 34, 'at-least', 'men', id='det'),
        C('at least three detainees were beaten', 'injured', 3, 'at-least', 'people', sub='det'),
        C('two of the detained men had died', 'killed', 2, 'exact', 'men', sub='det', tags='contradicted'),
        C('fewer than 20 men had been held', 'detained', 20, 'at-most', 'men', tags='contradicted'),
        C('more than 9,500 people have fled', 'displaced', 9500, 'at-least', 'people'),
        C('the 21 children', 'missing', 21, 'exact', 'children', tags='repeat'),
        C('the deaths of the two men', 'killed', 2, 'exact', 'men', tags='repeat contradicted'),
        C('the more than 9,500 displaced people', 'displaced', 9500, 'at-least', 'people', tags='repeat'),
    ],
    sources=[
        S('the human rights organisation Sudd Rights Initiative (SRI)', 'ngo'),
        S('SRI', 'ngo', nth=2),
        S('Nyibol Garang Akech', 'ngo', form='name'),
        S('Survivors', 'witness'),
        S('Health workers at Mayen Abun County Hospital', 'anonymous'),
        S('Staff', 'anonymous'),
        S('relatives', 'witness', nth=1),
        S('A local chief', 'anonymous'),
        S('the army', 'military'),
        S('The army’s spokesperson for the region, Colonel Abraham Makuei Chol', 'military', form='title-name'),
        S('the International Organization for Migration (IOM)', 'ngo'),
    ],
    numbers=[
        N('18 March 2025', 'date'),
        N('1 February', 'date'),
        N('63 survivors', 'count-people'),
        N('an estimated 700 homes', 'count-objects'),
        N('23 February', 'date'),
        N('about 12 kilometres', 'distance'),
        N('more than 3,000 cattle', 'count-objects'),
        N('2 March', 'date'),
        N('48 hours', 'duration'),
        N('2016', 'year'),
        N('between 4 and 15 March 2025', 'date'),
    ])

# le05: raids, revenge attacks and displacement by site in Warawar, Northern Bahr el Ghazal (a UN OCHA
# flash update: highlights, situation overview, displacement by site, health, protection, access, funding)
A['le05.txt'] = dict(
    casualty=[
        C('At least 29 people killed', 'killed', 29, 'at-least', 'people'),
        C('52 injured', 'injured', 52, 'exact', 'people'),
        C('An estimated 14,300 people displaced', 'displaced', 14300, 'approx', 'people'),
        C('the death toll stands at 29', 'killed', 29, 'exact', 'people', id='ok', tags='repeat'),
        C('9 women', 'killed', 9, 'exact', 'women', sub='ok'),
        C('7 children', 'killed', 7, 'exact', 'children', sub='ok'),
        C('52 people were injured', 'injured', 52, 'exact', 'people', id='oi', tags='repeat'),
        C('18 of them', 'injured', 18, 'exact', 'people', sub='oi'),
        C('between 4 and 6 additional deaths', 'killed', None, 'range', 'people', low=4, high=6),
        C('at least 16 people', 'missing', 16, 'at-least', 'people'),
        C('An estimated 14,300 people have fled', 'displaced', 14300, 'approx', 'people', id='d', tags='repeat'),
        C('4,100 people', 'displaced', 4100, 'exact', 'people', sub='d'),
        C('3,600 people', 'displaced', 3600, 'exact', 'people', sub='d'),
        C('2,900 people', 'displaced', 2900, 'exact', 'people', sub='d'),
        C('about 2,500 people', 'displaced', 2500, 'approx', 'people', sub='d'),
        C('about 1,200 people', 'displaced', 1200, 'approx', 'people', sub='d'),
        C('41 of the injured', 'injured', 41, 'exact', 'people', sub='oi', id='hc'),
        C('11 of them', 'injured', 11, 'exact', 'people', sub='hc', id='ref'),
        C('2 of the referred patients have died', 'killed', 2, 'exact', 'people', sub='ref'),
        C('at least 13 children were abducted', 'detained', 13, 'at-least', 'children', id='ab'),
        C('5 girls', 'detained', 5, 'exact', 'children', sub='ab'),
        C('A number of women are also reported missing', 'missing', None, 'vague', 'women'),
        C('arrested 22 people', 'detained', 22, 'exact', 'people'),
    ],
    sources=[
        S('local authorities', 'official'),
        S('The county health department', 'official'),
        S('Community leaders', 'other'),
        S('UNMISS', 'military'),
        S('the Relief and Rehabilitation Commission (RRC)', 'official'),
        S("IOM's Displacement Tracking Matrix (DTM)", 'ngo'),
        S('Partners', 'ngo', nth=0),
        S('Protection partners', 'ngo'),
        S('Police in Warawar', 'official'),
    ],
    numbers=[
        N('No. 2', 'other'),
        N('14 May 2025', 'date'),
        N('3 May', 'date', nth=0),
        N('five sites', 'count-objects'),
        N('US$3.4 million', 'money'),
        N('three months', 'duration'),
        N('3 May', 'date', nth=1),
        N('6 and 8 May', 'date'),
        N('60 peacekeepers', 'count-people'),
        N('60 km', 'distance'),
        N('An estimated 8,000 head of cattle', 'count-objects'),
        N('38 km', 'distance'),
        N('two humanitarian convoys', 'count-objects'),
        N('10 May', 'date'),
        N('2025', 'year', nth=1),
        N('19 per cent', 'percentage'),
        N('US$600,000', 'money'),
        N('US$2.8 million', 'money'),
    ])

# le06: a week of raids and revenge attacks around Thiet, Warrap (a broadcaster's website: headline and
# byline instead of a dateline)
A['le06.txt'] = dict(
    casualty=[
        C('dozens dead', 'killed', None, 'vague', 'people'),
        C('At least 38 people have been killed', 'killed', 38, 'at-least', 'people'),
        C('thousands of people have fled', 'displaced', None, 'vague', 'people', id='fled'),
        C('two sons were killed', 'killed', 2, 'exact', 'men'),
        C('61 wounded people', 'injured', 61, 'exact', 'people', id='inj'),
        C('14 of them children', 'injured', 14, 'exact', 'children', sub='inj'),
        C('Seven of the wounded had died', 'killed', 7, 'exact', 'people', sub='inj'),
        C('10-15 wounded', 'injured', None, 'range', 'people', low=10, high=15),
        C('the death toll at 31', 'killed', 31, 'exact', 'people', tags='contradicted'),
        C('26 suspects had been arrested', 'detained', 26, 'exact', 'people'),
        C('verified 33 deaths', 'killed', 33, 'exact', 'people', tags='contradicted'),
        C('12 cases of abduction', 'detained', 12, 'exact', 'people'),
        C('at least 300 children had been among those forced to flee', 'displaced', 300, 'at-least', 'children',
          sub='fled'),
        C('killed more than 400 people', 'killed', 400, 'at-least', 'people'),
        C('displaced about 60,000', 'displaced', 60000, 'approx', 'people'),
    ],
    sources=[
        S('local officials', 'official'),
        S('Abuk Mading', 'witness', form='name'),
        S("Thiet hospital's medical director, Dr Malual Garang Deng", 'official', form='title-name'),
        S('The Warrap state government', 'official'),
        S('Its spokesman, William Anei Kuol', 'official', form='title-name'),
        S('The UN peacekeeping mission, Unmiss', 'military'),
        S('The aid group Hope for Warrap', 'ngo'),
        S('the Bahr el Ghazal Peace Forum', 'ngo'),
        S('the UN', 'ngo'),
        S('The government in Juba', 'official'),
        S('Local chiefs', 'official'),
        S('one chief', 'anonymous'),
    ],
    numbers=[
        N('18 July 2025', 'date'),
        N('at least nine villages', 'count-objects'),
        N('9 July', 'date'),
        N('an estimated 1,500 cows', 'count-objects'),
        N('two days', 'duration'),
        N('45-year-old', 'age'),
        N('mother of six', 'count-people'),
        N('only 40 beds', 'count-objects'),
        N('two of its schools', 'count-objects'),
        N('An estimated 90%', 'percentage'),
        N('2024', 'year'),
        N('1,000 additional troops', 'count-people'),
        N('one chief', 'count-people'),
    ])

# le07: a revenge attack on the market town of Wunrok, Warrap (AP style, em-dash dateline, American
# spelling, straight quotes)
A['le07.txt'] = dict(
    casualty=[
        C('killing at least 19 people', 'killed', 19, 'at-least', 'people', id='tot'),
        C('three police officers', 'killed', 3, 'exact', 'soldiers', sub='tot'),
        C('26 people were wounded', 'injured', 26, 'exact', 'people', id='inj'),
        C('as many as 20 others were missing', 'missing', 20, 'at-most', 'people'),
        C('abducted four girls', 'detained', 4, 'exact', 'children'),
        C('arrested 11 suspects', 'detained', 11, 'exact', 'people'),
        C('12 bodies', 'killed', 12, 'exact', 'people'),
        C('killed seven herders', 'killed', 7, 'exact', 'civilians'),
        C('nine of the most seriously wounded', 'injured', 9, 'exact', 'people', sub='inj'),
        C('Almost 3,000 residents have fled', 'displaced', 3000, 'at-most', 'civilians'),
        C('the death toll had risen to 24', 'killed', 24, 'exact', 'people', tags='update'),
        C('the number of missing had fallen to 14', 'missing', 14, 'exact', 'people', tags='update'),
        C('the death toll at "more than 30"', 'killed', 30, 'at-least', 'people', tags='contradicted'),
        C('killed at least 1,600 people', 'killed', 1600, 'at-least', 'people'),
        C('About 2 million people are internally displaced', 'displaced', 2000000, 'approx', 'people'),
    ],
    sources=[
        S('officials', 'official', nth=0),
        S('County Commissioner Kuol Majok Aguer', 'official', form='title-name'),
        S('Aguer', 'official', nth=1, form='name'),
        S('Aguer', 'official', nth=2, form='name'),
        S('A police spokesman in Warrap, Maj. Santino Achiek Deng', 'official', form='title-name'),
        S('Residents', 'witness'),
        S('Mary Achol', 'witness', form='name'),
        S('local officials', 'official'),
        S('The International Committee of the Red Cross', 'ngo'),
        S("the county's relief agency", 'official'),
        S('the commissioner', 'official', form='role'),
        S('A lawmaker from the area, Aguek Deng Wol', 'official', form='title-name'),
        S("South Sudan's army spokesman, Maj. Gen. Peter Lual Akuei", 'military', form='title-name'),
        S('the U.N. mission in the country', 'military'),
    ],
    numbers=[
        N('about 80 homes', 'count-objects'),
        N('three directions', 'other'),
        N('5 a.m.', 'time'),
        N('four rifles', 'count-objects'),
        N('230 rounds of ammunition', 'count-objects'),
        N('34-year-old', 'age'),
        N('two children', 'count-people'),
        N('Aug. 14', 'date'),
        N('more than 1,000 cattle', 'count-objects'),
        N('about 400 soldiers', 'count-people'),
        N('about 12 million', 'population'),
        N('five-year', 'duration'),
        N('2018', 'year'),
    ])

# le08: the dead, the missing, the abducted and the displaced after a raid on the cattle camps of Ariath,
# Northern Bahr el Ghazal (a newspaper's own correspondent: byline, em-dash asides, curly quotes)
A['le08.txt'] = dict(
    casualty=[
        C('Twenty-two people killed', 'killed', 22, 'exact', 'people', id='tot'),
        C('the toll from the raid stands at 22', 'killed', 22, 'exact', 'people', tags='repeat'),
        C('about 30', 'killed', 30, 'approx', 'people', tags='contradicted'),
        C('several bodies', 'killed', None, 'vague', 'people'),
        C('at least eight herders', 'missing', 8, 'at-least', 'civilians'),
        C('two brothers died', 'killed', 2, 'exact', 'men'),
        C('claimed at least 140 lives', 'killed', 140, 'at-least', 'people'),
        C('17 people had been arrested', 'detained', 17, 'exact', 'people', id='arr'),
        C('four youth leaders', 'detained', 4, 'exact', 'people', sub='arr'),
        C('lost ten men', 'killed', 10, 'exact', 'men', tags='contradicted'),
        C('roughly 1,100 people', 'displaced', 1100, 'approx', 'people'),
        C('36 people for gunshot and spear wounds', 'injured', 36, 'exact', 'people', id='inj'),
        C('five of them died', 'killed', 5, 'exact', 'people', sub='inj'),
        C('some 20 are still being treated', 'injured', 20, 'approx', 'people', sub='inj'),
        C('Three children taken', 'detained', 3, 'exact', 'children', id='abd'),
        C('two girls', 'detained', 2, 'exact', 'children', sub='abd'),
        C('3,000 to 4,000 people had been displaced', 'displaced', None, 'range', 'people', low=3000, high=4000),
    ],
    sources=[
        S('Local chiefs', 'official'),
        S('Garang Akot', 'witness', form='name'),
        S('the county’s peace committee', 'other'),
        S('The county commissioner, Arop Akuei Mawien', 'official', form='title-name'),
        S('elders from the raiders’ community', 'other'),
        S('Sarah Nyanut', 'ngo', form='name'),
        S('its clinical officer, John Garang Ajak', 'official', form='title-name'),
        S('A UN official in Juba', 'anonymous'),
        S('Akot', 'witness', nth=2, form='name'),
    ],
    numbers=[
        N('2 September', 'date'),
        N('nine-year-old', 'age'),
        N('300 cows', 'count-objects'),
        N('130 head of cattle', 'count-objects'),
        N('three weeks', 'duration'),
        N('14 latrines', 'count-objects'),
        N('aged four', 'age'),
        N('2 kilometres', 'distance'),
        N('12 mediators', 'count-people'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
