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

# ---------------------------------------------------------------- labels (blind set 78: hx01-hx08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('neutralised / fell on the field of honour / buried / martyrs / lost … fighters / shot',
     r'\bneutralis|\bfell on the field\b|\bburied\b|\bmartyrs\b|\blost\b|\bshot\b|\bkillings?\b'),
    ('abducted / abducting / remain in detention', r'\babduct|\bdetention\b'),
    ('crossed into / forced … from their homes', r'\bcrossed into\b|\bfrom their homes\b'),
    ('injuries / gunshot wounds', r'\binjuries\b|\bwounds\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('gendarmes/officers/members of the security forces/martyrs',
     r'\b(?:gendarmes|officers|members of the security forces|martyrs)\b'),
    ('extremists/outlaws/attackers/“enemy soldiers”', r'\b(?:extremists|outlaws|attackers|enemy soldiers)\b'),
    ('young men/men', r'\bmen\b'),
    ('households/families/South Sudanese/refugees/suspects/suppliers',
     r'\b(?:households|families|South Sudanese|refugees|suspects|suppliers)\b'),
]

# hx01: separatist attack on a market in Kumbo, North-West Cameroon (AFP style, British spelling)
A['hx01.txt'] = dict(
    casualty=[
        C('killed at least 11 people', 'killed', 11, 'at-least', 'people', id='tot'),
        C('four gendarmes', 'killed', 4, 'exact', 'soldiers', sub='tot'),
        C('Seven civilians', 'killed', 7, 'exact', 'civilians', sub='tot'),
        C('another 19 people were wounded', 'injured', 19, 'exact', 'people', id='inj'),
        C('16 of the wounded', 'injured', 16, 'exact', 'people', id='h16', sub='inj'),
        C('five of them with serious gunshot injuries', 'injured', 5, 'exact', 'people', sub='h16'),
        C('two had died', 'killed', 2, 'exact', 'people', sub='h16'),
        C('the death toll to 13', 'killed', 13, 'exact', 'people', tags='update'),
        C('the number of dead at 15', 'killed', 15, 'exact', 'people', tags='contradicted'),
        C('killed 12 “enemy soldiers”', 'killed', 12, 'exact', 'soldiers', tags='contradicted'),
        C('lost two of their own', 'killed', 2, 'exact', 'fighters'),
        C('neutralised at least nine terrorists', 'killed', 9, 'at-least', 'fighters'),
        C('three soldiers were slightly wounded', 'injured', 3, 'exact', 'soldiers'),
        C('arrested 30 to 40 young men', 'detained', None, 'range', 'men', low=30, high=40),
        C('at least 2,500 people had fled', 'displaced', 2500, 'at-least', 'people'),
        C('killed more than 6,000 people', 'killed', 6000, 'at-least', 'people'),
        C('forced some 630,000 from their homes', 'displaced', 630000, 'approx', 'people'),
    ],
    sources=[
        S('the regional governor', 'official', form='role'),
        S('Governor Jean-Marie Ndoh Tabi', 'official', form='title-name'),
        S('A doctor at the Banso Baptist Hospital', 'anonymous'),
        S('the governor’s office', 'official'),
        S('Cameroon’s state broadcaster CRTV', 'media'),
        S('hospital sources', 'anonymous'),
        S('The separatists', 'military', form='collective'),
        S('a commander of the Bui Warriors militia', 'military', form='role'),
        S('Cameroon’s defence ministry', 'military'),
        S('Residents', 'witness'),
        S('two of them', 'witness', form='collective'),
        S('Bernadette Vernyuy', 'witness', form='name'),
        S('The Bamenda-based Network of Human Rights Defenders', 'ngo'),
        S('the International Crisis Group', 'ngo'),
        S('the United Nations', 'ngo'),
    ],
    numbers=[
        N('8 am', 'time'),
        N('about 30 stalls', 'count-objects'),
        N('14-year-old', 'age'),
        N('2017', 'year'),
        N('five homemade shotguns', 'count-objects'),
        N('up to 10,000 CFA francs', 'money'),
        N('about 15 euros', 'money'),
        N('two of them', 'count-people'),
        N('two nights', 'duration'),
        N('43-year-old', 'age'),
        N('about 100 kilometres', 'distance'),
        N('roughly 80,000 people', 'population'),
        N('six years', 'duration'),
        N('two English-speaking regions', 'count-objects'),
        N('2017', 'year', nth=1),
    ])

# hx02: a drone strike on a bus station in Shewarobit, Amhara, Ethiopia (Reuters style, American spelling)
A['hx02.txt'] = dict(
    casualty=[
        C('killed at least 23 people', 'killed', 23, 'at-least', 'people'),
        C('41 wounded people', 'injured', 41, 'exact', 'people', id='w41'),
        C('nine of them were children', 'injured', 9, 'exact', 'children', sub='w41'),
        C('six of the wounded had died', 'killed', 6, 'exact', 'people', sub='w41'),
        C('the death toll at 29', 'killed', 29, 'exact', 'people', id='upd', tags='update'),
        C('the six who died', 'killed', 6, 'exact', 'people', sub='upd', tags='repeat'),
        C('about 15 bodies', 'killed', 15, 'approx', 'people'),
        C('killed "more than 70 extremists"', 'killed', 70, 'at-least', 'fighters', tags='contradicted'),
        C('killed four police officers', 'killed', 4, 'exact', 'soldiers'),
        C('wounded three others', 'injured', 3, 'exact', 'soldiers'),
        C('detained dozens of young men', 'detained', None, 'vague', 'men'),
        C('as many as 120 civilians had been killed', 'killed', 120, 'at-most', 'civilians'),
        C('forced hundreds of thousands of people from their homes', 'displaced', None, 'vague', 'people'),
    ],
    sources=[
        S('two health workers', 'anonymous'),
        S('a local official', 'anonymous'),
        S('a nurse at Shewarobit hospital', 'anonymous'),
        S('the nurse', 'anonymous'),
        S('A local administration official', 'anonymous'),
        S('Alemu Tadesse', 'witness', form='name'),
        S('its spokesman, Colonel Dawit Belay', 'military', form='title-name'),
        S('A spokesman for the Fano militia in North Shewa, Yohannes Tesfa', 'military', form='title-name'),
        S('The state-affiliated Amhara Media Corporation', 'media'),
        S('Residents', 'witness'),
        S('One resident', 'anonymous'),
        S('The Ethiopian Human Rights Commission', 'ngo'),
        S('the U.N. humanitarian office OCHA', 'ngo'),
    ],
    numbers=[
        N('two health workers', 'count-people'),
        N('7 a.m.', 'time'),
        N('about 220 km', 'distance'),
        N('137 miles', 'distance'),
        N('40,000 residents', 'population'),
        N('38-year-old', 'age'),
        N('two vehicles', 'count-objects'),
        N('One resident', 'count-people'),
        N('17-year-old', 'age'),
        N('August 2023', 'date'),
        N('two-year war', 'duration'),
        N('more than 4 million people', 'count-people'),
    ])

# hx03: a UN OCHA flash update on shelling and displacement in Harad, Hajjah, Yemen
A['hx03.txt'] = dict(
    casualty=[
        C('At least 18 civilians', 'killed', 18, 'at-least', 'civilians', id='tot'),
        C('seven children', 'killed', 7, 'exact', 'children', sub='tot'),
        C('46 injured', 'injured', 46, 'exact', 'civilians'),
        C('An estimated 2,100 households', 'displaced', 2100, 'approx', 'people'),
        C('about 14,700 people', 'displaced', 14700, 'approx', 'people'),
        C('killing nine people', 'killed', 9, 'exact', 'people', id='wp'),
        C('five of them women', 'killed', 5, 'exact', 'women', sub='wp'),
        C('a further 14 people were injured', 'injured', 14, 'exact', 'people', id='w14'),
        C('four children', 'injured', 4, 'exact', 'children', sub='w14'),
        C('27 civilians had been killed', 'killed', 27, 'exact', 'civilians', tags='contradicted'),
        C('Three children were killed', 'killed', 3, 'exact', 'children'),
        C('two others injured', 'injured', 2, 'exact', 'children'),
        C('23 deaths', 'killed', 23, 'exact', 'people'),
        C('38 injuries', 'injured', 38, 'exact', 'people'),
        C('2,100 households have now been displaced', 'displaced', 2100, 'exact', 'people', id='dtm',
          tags='repeat update'),
        C('1,460', 'displaced', 1460, 'exact', 'people'),
        C('Nearly 600 of these households', 'displaced', 600, 'at-most', 'people', sub='dtm'),
        C('52 wounded patients', 'injured', 52, 'exact', 'people'),
    ],
    sources=[
        S('the district health office', 'official'),
        S('Partners', 'ngo', form='collective'),
        S('The de facto authorities’ health ministry', 'official'),
        S('mine action partners', 'ngo', form='collective'),
        S('IOM’s Displacement Tracking Matrix (DTM)', 'ngo'),
        S('the Executive Unit for IDPs', 'official'),
        S('the World Health Organization (WHO)', 'ngo'),
        S('the Humanitarian Coordinator a.i. for Yemen, Maria Lindqvist', 'ngo', form='title-name'),
    ],
    numbers=[
        N('No. 3', 'other'),
        N('14 May 2025', 'date'),
        N('9 May', 'date'),
        N('6,300 people', 'count-people'),
        N('9 May', 'date', nth=1),
        N('11 May', 'date'),
        N('9 May', 'date', nth=2),
        N('12 May', 'date'),
        N('more than 40 per cent', 'percentage'),
        N('9 May', 'date', nth=3),
        N('11 May', 'date', nth=1),
        N('some 35 spontaneous sites', 'count-objects'),
        N('9 May', 'date', nth=4),
        N('3 tonnes', 'quantity'),
        N('13 May', 'date'),
        N('two mobile surgical teams', 'count-objects'),
        N('2025', 'year', nth=1),
        N('US$2.47 billion', 'money'),
        N('11 per cent', 'percentage'),
        N('$4.8 million', 'money'),
        N('three months', 'duration'),
    ])

# hx04: a car bomb and clashes in Busra al-Harir, Daraa, Syria (a British paper's own correspondent)
A['hx04.txt'] = dict(
    casualty=[
        C('buried 19 of its own', 'killed', 19, 'exact', 'people'),
        C('killing six members of the security forces', 'killed', 6, 'exact', 'soldiers'),
        C('at least 31 people dead', 'killed', 31, 'at-least', 'people', id='tot'),
        C('12 civilians', 'killed', 12, 'exact', 'civilians', sub='tot'),
        C('its toll to 34', 'killed', 34, 'exact', 'people', tags='update'),
        C('14 members of the security forces had been killed', 'killed', 14, 'exact', 'soldiers'),
        C('22 wounded', 'injured', 22, 'exact', 'soldiers'),
        C('more than 20 "outlaws" had been killed', 'killed', 20, 'at-least', 'fighters'),
        C('the bodies of four men', 'killed', 4, 'exact', 'men'),
        C('27 wounded', 'injured', 27, 'exact', 'people', id='w27'),
        C('three children', 'injured', 3, 'exact', 'children', id='c3', sub='w27'),
        C('one of whom later died', 'killed', 1, 'exact', 'children', sub='c3'),
        C('detained 40-50 men', 'detained', None, 'range', 'men', low=40, high=50, id='det'),
        C('17 of them', 'missing', 17, 'exact', 'men', sub='det'),
        C('the killing of 97 people', 'killed', 97, 'exact', 'people'),
        C('roughly 1,200 families had fled', 'displaced', 1200, 'approx', 'people'),
    ],
    sources=[
        S('the men digging the graves', 'witness', form='collective'),
        S('the Syrian Network for Human Rights (SNHR)', 'ngo'),
        S('the UK-based monitor', 'ngo'),
        S('Its spokesman, Mazen al-Khatib', 'official', form='title-name'),
        S('Abu Yazan', 'witness', form='name'),
        S('a doctor there', 'anonymous'),
        S('Horan Voice', 'other'),
        S('The group', 'other'),
        S("The town's local council", 'official'),
        S('residents', 'witness'),
        S('a tribal elder from the town', 'anonymous'),
    ],
    numbers=[
        N('two days', 'duration'),
        N('two days', 'duration', nth=1),
        N('8th Brigade', 'other'),
        N('54-year-old', 'age'),
        N('some 40km', 'distance'),
        N('roughly 30,000', 'population'),
        N('2011', 'year'),
        N('December 2024', 'date'),
        N('up to $50,000', 'money'),
        N('14 years', 'duration'),
    ])

# hx05: gunmen raid villages in Katsina-Ala, Benue, Nigeria (a broadcaster's website, BBC style)
A['hx05.txt'] = dict(
    casualty=[
        C('Dozens killed', 'killed', None, 'vague', 'people'),
        C('At least 32 people have been killed', 'killed', 32, 'at-least', 'people', tags='repeat'),
        C('recovered 29 bodies', 'killed', 29, 'exact', 'people'),
        C('the number of dead had risen to 38', 'killed', 38, 'exact', 'people', tags='update'),
        C('the toll at 17', 'killed', 17, 'exact', 'people', tags='contradicted'),
        C('arrested four suspects', 'detained', 4, 'exact', 'people'),
        C('23 injured people', 'injured', 23, 'exact', 'people', id='inj'),
        C('eight', 'injured', 8, 'exact', 'people', sub='inj'),
        C('killed three of the attackers', 'killed', 3, 'exact', 'fighters'),
        C('almost 6,000 people had fled', 'displaced', 6000, 'at-most', 'people'),
        C('more than 500 people have been killed', 'killed', 500, 'at-least', 'people'),
        C('killed thousands of people', 'killed', None, 'vague', 'people'),
        C('at least 30 people have been abducted', 'detained', 30, 'at-least', 'people'),
        C('a dozen people died', 'killed', 12, 'exact', 'people'),
    ],
    sources=[
        S('local officials', 'official'),
        S('The chairman of Katsina-Ala local government area, Terkula Agber', 'official', form='title-name'),
        S('Mr Agber', 'official', form='name'),
        S('Benue state police spokeswoman Supt Grace Iorliam', 'official', form='title-name'),
        S('Survivors', 'witness'),
        S('Mbakeren Iorhemba', 'witness', form='name'),
        S('a medical officer', 'anonymous'),
        S('The army’s Operation Whirl Stroke', 'military'),
        S('The State Emergency Management Agency (Sema)', 'official'),
        S('The governor’s media aide, Solomon Ayua', 'official', form='title-name'),
        S('Amnesty International Nigeria', 'ngo'),
        S('police figures', 'official', form='document'),
        S('Residents', 'witness'),
        S('many villagers', 'witness', form='collective'),
    ],
    numbers=[
        N('three villages', 'count-objects'),
        N('about 23:00', 'time'),
        N('60', 'age'),
        N('about 170km', 'distance'),
        N('two rifles', 'count-objects'),
        N('2020', 'year'),
    ])

# hx06: an attack near Tchintabaraden, Tahoua region, Niger (state news agency style)
A['hx06.txt'] = dict(
    casualty=[
        C('neutralising 41 terrorists', 'killed', 41, 'exact', 'fighters'),
        C('7 of our soldiers fell on the field of honour', 'killed', 7, 'exact', 'soldiers'),
        C('12 others were wounded', 'injured', 12, 'exact', 'soldiers'),
        C('neutralising around twenty more', 'killed', 20, 'approx', 'fighters'),
        C('arresting 9 suspects', 'detained', 9, 'exact', 'people', id='arr'),
        C('two suppliers of fuel', 'detained', 2, 'exact', 'people', sub='arr'),
        C('3 civilians', 'killed', 3, 'exact', 'civilians'),
        C('5 villagers had been abducted', 'detained', 5, 'exact', 'civilians'),
        C('approximately 1,350 people who had fled', 'displaced', 1350, 'approx', 'people'),
        C('more than 60 soldiers had lost their lives', 'killed', 60, 'at-least', 'soldiers', tags='contradicted'),
        C('The 7 martyrs', 'killed', 7, 'exact', 'soldiers', tags='repeat'),
    ],
    sources=[
        S('the Ministry of National Defence', 'military'),
        S('the ministry', 'military'),
        S('the communiqué', 'military', form='document'),
        S('the ministry', 'military', nth=1),
        S('the communiqué', 'military', nth=1, form='document'),
        S('The Governor of the Tahoua region, Colonel Moussa Garba Kané', 'official', form='title-name'),
        S('The Government', 'official'),
        S('certain foreign media', 'media'),
        S('the Minister of Communication, Moctar Issaka Djibo', 'official', form='title-name'),
    ],
    numbers=[
        N('22 February 2025', 'date'),
        N('numbering more than 200', 'count-people'),
        N('around 5:30 am', 'time'),
        N('23 motorcycles', 'count-objects'),
        N('14 assault rifles', 'count-objects'),
        N('two rocket launchers', 'count-objects'),
        N('several boxes of ammunition', 'count-objects'),
        N('40 tonnes of cereals', 'quantity'),
        N('500 blankets', 'count-objects'),
        N('three days', 'duration'),
        N('26 July 2023', 'date'),
        N('5,000 additional soldiers', 'count-people'),
        N('some 95,000 inhabitants', 'population'),
    ])

# hx07: fighting between the army and NAS rebels in Kajo Keji, Central Equatoria, South Sudan
# (dpa style, one sentence a paragraph)
A['hx07.txt'] = dict(
    casualty=[
        C('At least 16 civilians have been killed', 'killed', 16, 'at-least', 'civilians', id='tot'),
        C('five children', 'killed', 5, 'exact', 'children', sub='tot'),
        C('11 people were wounded', 'injured', 11, 'exact', 'people', id='inj'),
        C('between 20 and 30 others were missing', 'missing', None, 'range', 'people', low=20, high=30),
        C('killed 27 fighters', 'killed', 27, 'exact', 'fighters', tags='contradicted'),
        C('lost four soldiers', 'killed', 4, 'exact', 'soldiers'),
        C('abducting 14 young men', 'detained', 14, 'exact', 'men', tags='contradicted'),
        C('lost only three fighters', 'killed', 3, 'exact', 'fighters'),
        C('9 of the wounded', 'injured', 9, 'exact', 'people', id='h9', sub='inj'),
        C('two of them', 'killed', 2, 'exact', 'people', sub='h9'),
        C('the civilian death toll to 18', 'killed', 18, 'exact', 'civilians', tags='update'),
        C('more than 2,300 South Sudanese had crossed', 'displaced', 2300, 'at-least', 'people'),
        C('Some 40 refugees had gunshot or machete wounds', 'injured', 40, 'approx', 'people'),
        C('tens of thousands of its residents', 'displaced', None, 'vague', 'civilians'),
        C('an estimated 400,000 people died', 'killed', 400000, 'approx', 'people'),
    ],
    sources=[
        S('local authorities', 'official'),
        S('The county commissioner, Lasuba Moses Lemi', 'official', form='title-name'),
        S('Lemi', 'official', nth=1, form='name'),
        S("The South Sudan People's Defence Forces (SSPDF)", 'military'),
        S('Army spokesman Brigadier General Deng Akol Makur', 'military', form='title-name'),
        S('NAS spokesman Wani Lodu Kenyi', 'military', form='title-name'),
        S('The UN Mission in South Sudan (UNMISS)', 'military'),
        S('The county health department', 'official'),
        S('Lemi', 'official', nth=2, form='name'),
        S('The UN refugee agency UNHCR', 'ngo'),
        S('UNHCR spokeswoman Katrin Bauer', 'ngo', form='title-name'),
        S('The World Food Programme', 'ngo'),
    ],
    numbers=[
        N('dozens of homes', 'count-objects'),
        N('more than 100 houses', 'count-objects'),
        N('about 60 peacekeepers', 'count-people'),
        N('12', 'age'),
        N('40s', 'age'),
        N('three days', 'duration'),
        N('some 40,000 people', 'count-people'),
        N('about 150 kilometers', 'distance'),
        N('2016', 'year'),
        N('2017', 'year'),
        N('two years', 'duration'),
        N('2018', 'year'),
        N('2018', 'year', nth=1),
        N('five-year', 'duration'),
    ])

# hx08: an NGO statement on killings and mass arrests by security forces in Orlu, Imo State, Nigeria
A['hx08.txt'] = dict(
    casualty=[
        C('killed at least 13 people', 'killed', 13, 'at-least', 'people'),
        C('arrested more than 150 others', 'detained', 150, 'at-least', 'people', id='arr'),
        C('11 bodies', 'killed', 11, 'exact', 'people'),
        C('killing four officers', 'killed', 4, 'exact', 'soldiers'),
        C('wounding two', 'injured', 2, 'exact', 'soldiers'),
        C('the 13 people killed', 'killed', 13, 'exact', 'people', id='r13', tags='repeat'),
        C('nine were shot', 'killed', 9, 'exact', 'people', sub='r13'),
        C('three died in custody', 'killed', 3, 'exact', 'people', sub='r13'),
        C('one', 'killed', 1, 'exact', 'people', sub='r13'),
        C('At least 90 of those arrested remain in detention', 'detained', 90, 'at-least', 'people', sub='arr'),
        C('at least seven men remain missing', 'missing', 7, 'at-least', 'men'),
        C('killed five “IPOB/ESN terrorists”', 'killed', 5, 'exact', 'fighters', id='army', tags='contradicted'),
        C('arrested 40 suspects', 'detained', 40, 'exact', 'people'),
        C('at least three of the dead were civilians', 'killed', 3, 'at-least', 'civilians', sub='army'),
        C('fewer than 60 were still in custody', 'detained', 60, 'at-most', 'people', tags='contradicted'),
        C('upwards of 3,000 people have fled', 'displaced', 3000, 'at-least', 'people'),
        C('at least 280 killings', 'killed', 280, 'at-least', 'people'),
    ],
    sources=[
        S('the Civic Rights Alliance (CRA)', 'ngo'),
        S('the Imo State Police Command', 'official'),
        S('The police', 'official'),
        S('Witnesses', 'witness'),
        S('a 58-year-old woman from Umuowa', 'anonymous'),
        S('Former detainees', 'witness'),
        S('Relatives', 'witness'),
        S('The Nigerian Army’s 34 Artillery Brigade', 'military'),
        S('CRA', 'ngo', nth=4),
        S('Imo State police spokesman Superintendent Chinedu Okafor', 'official', form='title-name'),
        S('The Catholic Diocese of Orlu’s Justice, Development and Peace Commission', 'ngo'),
        S('Ngozi Eze', 'ngo', form='name'),
        S('CRA', 'ngo', nth=6),
    ],
    numbers=[
        N('9 October 2025', 'date'),
        N('34 people', 'count-people'),
        N('about 2am', 'time'),
        N('28 September', 'date'),
        N('nine suspects', 'count-people'),
        N('19', 'age'),
        N('58-year-old', 'age'),
        N('about 45 kilometres', 'distance'),
        N('up to 10 days', 'duration'),
        N('between 50,000 and 200,000 naira', 'money'),
        N('34 Artillery Brigade', 'other'),
        N('30 September', 'date'),
        N('several villages', 'count-objects'),
        N('January 2021', 'date'),
        N('2009', 'year'),
        N('12 states', 'count-objects'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
