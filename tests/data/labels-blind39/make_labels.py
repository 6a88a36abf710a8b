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

# ---------------------------------------------------------------- labels (39th blind set: hh01-hh08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('martyred / martyrs / embraced shahadat / sent … to hell / neutralised',
     r'\bmartyr(?:ed|s)\b|\bshahadat\b|\bto hell\b|\bneutralised\b'),
    ('succumbed / buried / shot dead / claimed … lives / the killing of / the bodies',
     r'\bsuccumbed\b|\bburied\b|\bshot dead\b|\blives\b|\bthe killing of\b|\bof the bodies\b'),
    ('abducted / took / took away / rounded up / apprehended / taken / arrested',
     r'\babducted\b|\btook\b|\brounded up\b|\bapprehended\b|\btaken\b|\barrested\b'),
    ('fled / forced … from their homes / driven … from their homes / displaced households',
     r'\bfled\b|\bfrom their homes\b|\bhouseholds\b'),
    ('admitted with … injuries / treated', r'\badmitted\b|\btreated\b'),
    ('unaccounted for / whereabouts … unknown', r'\bunaccounted\b|\bwhereabouts\b|\bothers\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('worshippers/Shi\'ites/passengers/Tigrayans', r"\b(?:worshippers|Shi'ites|passengers|Tigrayans)\b"),
    ('farmers/pupils/schoolgirls', r'\b(?:farmers|pupils|schoolgirls)\b'),
    ('gendarmes/officers/recruits/security personnel/personnel',
     r'\b(?:gendarmes|officers|recruits|personnel)\b'),
    ('mercenaries/terrorists/members of a militia', r'\b(?:mercenaries|terrorists|members)\b'),
    ('households/families/brothers/martyrs/accomplices',
     r'\b(?:households|families|brothers|martyrs|accomplices)\b'),
    ('women and girls / teenage boys', r'\b(?:girls|boys)\b'),
]

# hh01: a suicide bombing at a Shi'ite mosque in Sheberghan, Jowzjan province, Afghanistan (Reuters style)
A['hh01.txt'] = dict(
    casualty=[
        C('killing at least 19 worshippers', 'killed', 19, 'at-least', 'people', id='tot'),
        C('wounding more than 40', 'injured', 40, 'at-least', 'people', id='inj'),
        C('four children were among the dead', 'killed', 4, 'exact', 'children', sub='tot'),
        C('11 of the wounded', 'injured', 11, 'exact', 'people', sub='inj'),
        C('killed "more than 50 Shi\'ites"', 'killed', 50, 'at-least', 'people', tags='contradicted'),
        C('received 26 bodies', 'killed', 26, 'exact', 'people', tags='contradicted'),
        C('several of the wounded', 'injured', None, 'vague', 'people', sub='inj'),
        C('detained three or four men', 'detained', None, 'range', 'men', low=3, high=4),
        C('the death toll to 31', 'killed', 31, 'exact', 'people', id='upd', tags='update'),
        C('seven children', 'killed', 7, 'exact', 'children', sub='upd'),
        C('the number of wounded to 52', 'injured', 52, 'exact', 'people', tags='update'),
        C('14 of the victims', 'killed', 14, 'exact', 'people', sub='upd'),
        C('killed more than 50 worshippers', 'killed', 50, 'at-least', 'people'),
        C('killed 84 civilians', 'killed', 84, 'exact', 'civilians'),
    ],
    sources=[
        S('a Taliban spokesman for Jowzjan province', 'official', form='role'),
        S('Abdul Rahman Haqyar', 'official', form='name'),
        S('Islamic State Khorasan', 'military', nth=0),
        S("the group's Amaq news agency", 'media'),
        S('Dr. Najibullah Sultani', 'official', form='title-name'),
        S('Residents', 'witness'),
        S('A Taliban intelligence official', 'anonymous'),
        S('the provincial health department', 'official'),
        S('witnesses', 'witness'),
        S('The Taliban administration', 'official'),
        S('the United Nations', 'ngo'),
        S('The U.N. Assistance Mission in Afghanistan (UNAMA)', 'ngo'),
    ],
    numbers=[
        N('1:15 p.m.', 'time'),
        N('some 300 men and boys', 'count-people'),
        N('about 130 km', 'distance'),
        N('80 miles', 'distance'),
        N('eight surgeons', 'count-people'),
        N('100,000 afghanis', 'money'),
        N('50,000', 'money'),
        N('August 2021', 'date'),
        N('dozens of attacks', 'count-objects'),
        N('2021', 'year', nth=1),
        N('six months', 'duration'),
        N('about 180,000 people', 'population'),
    ])

# hh02: a car bomb at a fuel market in Afrin, northern Syria, with retaliatory strikes and arrests (AFP style)
A['hh02.txt'] = dict(
    casualty=[
        C('killing nine people', 'killed', 9, 'exact', 'people', id='tot'),
        C('two children', 'killed', 2, 'exact', 'children', sub='tot'),
        C('at least 27 others were wounded', 'injured', 27, 'at-least', 'people'),
        C('the toll at seven dead', 'killed', 7, 'exact', 'people', tags='contradicted'),
        C('22 injured', 'injured', 22, 'exact', 'people', tags='contradicted'),
        C('“neutralised” 14 “terrorists”', 'killed', 14, 'exact', 'fighters'),
        C('killed four civilians', 'killed', 4, 'exact', 'civilians'),
        C('arrested more than a dozen people', 'detained', 12, 'at-least', 'people'),
        C('at least 30 young Kurdish men had been rounded up', 'detained', 30, 'at-least', 'men',
          tags='contradicted'),
        C('took my two brothers', 'detained', 2, 'exact', 'men'),
        C('forced some 137,000 people from their homes', 'displaced', 137000, 'approx', 'people', id='ob'),
        C('Tens of thousands of them', 'displaced', None, 'vague', 'people', sub='ob'),
        C('More than 500,000 people have been killed', 'killed', 500000, 'at-least', 'people'),
    ],
    sources=[
        S('a war monitor', 'ngo'),
        S('The Syrian Observatory for Human Rights', 'ngo'),
        S('Hussein Sido', 'witness', form='name'),
        S('The city’s local council', 'official'),
        S('Turkey’s defence ministry', 'military'),
        S('Turkey’s state news agency Anadolu', 'media'),
        S('security sources', 'anonymous'),
        S('The Kurdish-led Syrian Democratic Forces', 'military'),
        S('SDF spokesman Baran Khalil', 'military', form='title-name'),
        S('the city’s police command', 'official'),
        S('the Observatory', 'ngo', nth=0),
        S('a woman in the Ashrafieh district', 'witness'),
        S('the UN', 'ngo'),
        S('local rights groups', 'ngo'),
        S('the Observatory', 'ngo', nth=1),
    ],
    numbers=[
        N('11:30 am', 'time'),
        N('0830 GMT', 'time'),
        N('34-year-old', 'age'),
        N('two old men', 'count-people'),
        N('50 kilometres', 'distance'),
        N('March 2018', 'date'),
        N('2011', 'year'),
    ])

# hh03: a Houthi missile and drone strike on a military camp in Lahij, Yemen, and a land mine (AP style)
A['hh03.txt'] = dict(
    casualty=[
        C('killed at least 32 soldiers', 'killed', 32, 'at-least', 'soldiers', id='tot'),
        C('Another 54 troops were wounded', 'injured', 54, 'exact', 'soldiers', id='inj'),
        C('three officers', 'killed', 3, 'exact', 'soldiers', sub='tot'),
        C('killed "more than 150 mercenaries"', 'killed', 150, 'at-least', 'fighters', tags='contradicted'),
        C('19 of the bodies', 'killed', 19, 'exact', 'people', sub='tot'),
        C('21 of the wounded', 'injured', 21, 'exact', 'soldiers', id='msf', sub='inj'),
        C('eight of them', 'injured', 8, 'exact', 'soldiers', sub='msf'),
        C('two of them had died', 'killed', 2, 'exact', 'soldiers', sub='msf'),
        C('the death toll at 41', 'killed', 41, 'exact', 'soldiers', id='upd', tags='update'),
        C('several of the wounded had succumbed', 'killed', None, 'vague', 'soldiers', sub='inj'),
        C('11 of the dead were recruits', 'killed', 11, 'exact', 'soldiers', sub='upd'),
        C('two of her children', 'killed', 2, 'exact', 'children'),
        C('500-600 families had fled', 'displaced', None, 'range', 'people', low=500, high=600),
        C('killed more than 150,000 people', 'killed', 150000, 'at-least', 'people'),
        C('displaced around 4.5 million', 'displaced', 4500000, 'approx', 'people'),
    ],
    sources=[
        S('Yemeni officials', 'official'),
        S('Col. Saleh al-Yafei', 'military', form='title-name'),
        S('al-Yafei', 'military', nth=1, form='name'),
        S("The rebels' military spokesman", 'military', form='role'),
        S('Officials at Ibn Khaldun hospital', 'official'),
        S('Doctors Without Borders', 'ngo'),
        S('the Defense Ministry of the internationally recognized government', 'military'),
        S('The ministry', 'military'),
        S('a local official', 'anonymous'),
        S('The official', 'anonymous'),
        S('U.N. agencies', 'ngo'),
    ],
    numbers=[
        N('roughly 800 recruits', 'count-people'),
        N('two weapons depots', 'count-objects'),
        N('about 45 kilometers', 'distance'),
        N('28 miles', 'distance'),
        N('2019', 'year'),
        N('2014', 'year'),
        N('2022', 'year'),
    ])

# hh04: a UN OCHA flash update on attacks on villages in Ansongo cercle, Gao region, Mali
A['hh04.txt'] = dict(
    casualty=[
        C('At least 38 civilians were killed', 'killed', 38, 'at-least', 'civilians'),
        C('An estimated 11,400 people have been displaced', 'displaced', 11400, 'approx', 'people'),
        C('at least 38 civilians were killed', 'killed', 38, 'at-least', 'civilians', id='tot', tags='repeat'),
        C('17', 'killed', 17, 'exact', 'civilians', sub='tot'),
        C('24 were injured', 'injured', 24, 'exact', 'civilians', id='inj'),
        C('a higher toll of 51 dead', 'killed', 51, 'exact', 'people', tags='contradicted'),
        C('dozens of people still unaccounted for', 'missing', None, 'vague', 'people'),
        C('killed about 20 terrorists', 'killed', 20, 'approx', 'fighters'),
        C('1,896 displaced households', 'displaced', 1896, 'exact', 'people'),
        C('approximately 11,400 people', 'displaced', 11400, 'approx', 'people', id='idp', tags='repeat'),
        C('300–400 of them', 'displaced', None, 'range', 'people', low=300, high=400, sub='idp'),
        C('at least seven people', 'detained', 7, 'at-least', 'people', id='abd'),
        C('two women', 'detained', 2, 'exact', 'women', sub='abd'),
        C('16 of the injured', 'injured', 16, 'exact', 'civilians', id='ev', sub='inj'),
        C('two of them have since died', 'killed', 2, 'exact', 'civilians', sub='ev'),
    ],
    sources=[
        S('local authorities', 'official'),
        S('the Ansongo cercle authorities', 'official'),
        S('Local sources', 'anonymous'),
        S('The Malian Armed Forces (FAMa)', 'military'),
        S('the Regional Directorate for Social Development', 'official'),
        S('Partners', 'ngo', nth=0),
        S('Partners', 'ngo', nth=1),
    ],
    numbers=[
        N('No. 2', 'other'),
        N('14 March 2025', 'date'),
        N('three villages', 'count-objects'),
        N('9 and 10 March', 'date'),
        N('9 March', 'date'),
        N('some 25 km', 'distance'),
        N('11 March', 'date'),
        N('December 2023', 'date'),
        N('13 March', 'date'),
        N('About 60 per cent', 'percentage'),
        N('up to three days', 'duration'),
        N('212 homes', 'count-objects'),
        N('Five schools', 'count-objects'),
        N('some 900 pupils', 'count-people'),
        N('45 tonnes', 'quantity'),
        N('about 6,200 people', 'count-people'),
        N('two mobile health teams', 'count-objects'),
        N('4,000 non-food item kits', 'count-objects'),
        N('2025', 'year', nth=1),
        N('US$771 million', 'money'),
        N('9 per cent', 'percentage'),
        N('12 March', 'date'),
    ])

# hh05: a Boko Haram raid on villages in Madagali, Adamawa state, Nigeria (dpa style, one sentence a paragraph)
A['hh05.txt'] = dict(
    casualty=[
        C('killed at least 16 farmers', 'killed', 16, 'at-least', 'other', id='tot'),
        C('buried 16 people', 'killed', 16, 'exact', 'people', tags='repeat'),
        C('two others died', 'killed', 2, 'exact', 'people'),
        C('at least nine people had been wounded', 'injured', 9, 'at-least', 'people'),
        C('abducted 11 women and girls', 'detained', 11, 'exact', 'women', id='abd'),
        C('killed 10 to 12 of the insurgents', 'killed', None, 'range', 'fighters', low=10, high=12),
        C('two members of the Civilian Joint Task Force', 'killed', 2, 'exact', 'fighters'),
        C('killing "several terrorists"', 'killed', None, 'vague', 'fighters'),
        C('four of the abducted women', 'detained', 4, 'exact', 'women', sub='abd'),
        C('the death toll at 23', 'killed', 23, 'exact', 'people', tags='contradicted'),
        C('several villagers were still missing', 'missing', None, 'vague', 'civilians'),
        C('Some 3,000 people fled', 'displaced', 3000, 'approx', 'people'),
        C('killed 19 people', 'killed', 19, 'exact', 'people'),
        C('killed more than 35,000 people', 'killed', 35000, 'at-least', 'people'),
        C('forced over 2 million from their homes', 'displaced', 2000000, 'at-least', 'people'),
    ],
    sources=[
        S('local officials', 'official'),
        S('Madagali council chairman Yusuf Muhammad', 'official', form='title-name'),
        S('Muhammad', 'official', nth=1, form='name'),
        S('a local vigilante leader, Bulama Ishaku', 'military', form='title-name'),
        S('Ishaku', 'military', nth=1, form='name'),
        S('Residents', 'witness'),
        S('The Nigerian army', 'military'),
        S('The Yola-based Northeast Peace Monitor', 'ngo'),
        S('the Adamawa State Emergency Management Agency (ADSEMA)', 'official'),
        S('ADSEMA', 'official', nth=1),
        S('the United Nations', 'ngo'),
    ],
    numbers=[
        N('4 am', 'time'),
        N('two neighbouring hamlets', 'count-objects'),
        N('12-year-old', 'age'),
        N('more than 40 houses', 'count-objects'),
        N('about 15 kilometres', 'distance'),
        N('300 bags of rice', 'count-objects'),
        N('200 mattresses', 'count-objects'),
        N('about 250 kilometres', 'distance'),
        N('2014', 'year'),
        N('Two years', 'duration'),
        N('2009', 'year'),
    ])

# hh06: a rights group's statement on reprisal killings around Ndop, North-West region, Cameroon (NGO statement)
A['hh06.txt'] = dict(
    casualty=[
        C('shot dead at least 12 civilians', 'killed', 12, 'at-least', 'civilians', id='tot'),
        C('two teenage boys', 'killed', 2, 'exact', 'children', sub='tot'),
        C('three gendarmes were killed', 'killed', 3, 'exact', 'soldiers'),
        C('the killing of 12 civilians', 'killed', 12, 'exact', 'civilians', tags='repeat'),
        C('received nine bodies', 'killed', 9, 'exact', 'people'),
        C('treated 14 people', 'injured', 14, 'exact', 'people'),
        C('killed seven “terrorists”', 'killed', 7, 'exact', 'fighters', tags='contradicted'),
        C('arrested 23 suspected accomplices', 'detained', 23, 'exact', 'people'),
        C('at least 40', 'detained', 40, 'at-least', 'people', tags='contradicted'),
        C('five others', 'missing', 5, 'exact', 'people'),
        C('four pupils', 'detained', 4, 'exact', 'children'),
        C('claimed more than 6,000 lives', 'killed', 6000, 'at-least', 'people'),
        C('driven upwards of 600,000 people from their homes', 'displaced', 600000, 'at-least', 'people'),
    ],
    sources=[
        S('the Centre for Rights and Dialogue in Africa (CERDA)', 'ngo'),
        S('the regional governor’s office', 'official'),
        S('CERDA researchers', 'ngo'),
        S('a woman from Bamunka', 'anonymous'),
        S('A nurse at the Ndop district hospital', 'anonymous'),
        S('Cameroon’s Ministry of Defence', 'military'),
        S('CERDA', 'ngo', nth=3),
        S('the organisation', 'ngo'),
        S('The organisation', 'ngo'),
        S('Dr Ernestine Fon', 'ngo', form='title-name'),
    ],
    numbers=[
        N('18 June 2025', 'date'),
        N('70-year-old', 'age'),
        N('6 and 8 June', 'date'),
        N('5 June', 'date'),
        N('31 people', 'count-people'),
        N('at least 60 homes', 'count-objects'),
        N('7 June', 'date'),
        N('9 June', 'date'),
        N('2017', 'year'),
        N('2 June', 'date'),
        N('5 million CFA francs', 'money'),
        N('two days later', 'duration'),
        N('2016', 'year'),
        N('the two Anglophone regions', 'count-objects'),
        N('48 hours', 'duration'),
        N('about 40 km', 'distance'),
    ])

# hh07: a grenade attack on a rally in Axum, central Tigray, Ethiopia (a newspaper's own correspondent)
A['hh07.txt'] = dict(
    casualty=[
        C('11 bodies', 'killed', 11, 'exact', 'people'),
        C('63 people had been admitted with shrapnel and crush injuries', 'injured', 63, 'exact', 'people'),
        C('four more had died', 'killed', 4, 'exact', 'people'),
        C('eight dead', 'killed', 8, 'exact', 'people', tags='contradicted'),
        C('41 wounded', 'injured', 41, 'exact', 'people', tags='contradicted'),
        C('19 suspects had been detained', 'detained', 19, 'exact', 'people'),
        C('17 martyrs', 'killed', 17, 'exact', 'people', id='m17', tags='contradicted'),
        C('two schoolgirls', 'killed', 2, 'exact', 'children', sub='m17'),
        C('the number of wounded at more than 70', 'injured', 70, 'at-least', 'people', tags='contradicted'),
        C('killed hundreds of civilians', 'killed', None, 'vague', 'civilians'),
        C('killed between 300,000 and 500,000 people', 'killed', None, 'range', 'people', low=300000,
          high=500000),
        C('Nearly 1 million Tigrayans remain displaced', 'displaced', 1000000, 'at-most', 'people', id='idp'),
        C('about 30,000 of them', 'displaced', 30000, 'approx', 'people', sub='idp'),
        C('a further 200 families had fled', 'displaced', 200, 'exact', 'people'),
        C('as many as 35 people have been taken', 'detained', 35, 'at-most', 'people'),
    ],
    sources=[
        S('witnesses', 'witness'),
        S('Doctors there', 'anonymous'),
        S('The interim regional administration in Mekelle', 'official'),
        S('Its spokesman, Gebremedhin Araya', 'official', form='title-name'),
        S('The faction’s leaders', 'other'),
        S('Haftom Gebreyesus', 'other', form='name'),
        S('Dimtsi Weyane', 'media'),
        S('Amnesty International', 'ngo'),
        S('Human Rights Watch', 'ngo'),
        S('researchers at a Belgian university', 'ngo'),
        S('the UN', 'ngo'),
        S('A teacher at one of the camps', 'anonymous'),
        S('residents', 'witness'),
        S('A civil-society group in the district', 'other'),
        S('Letay Hailu', 'witness', form='name'),
    ],
    numbers=[
        N('several thousand people', 'count-people'),
        N('about 240 km', 'distance'),
        N('aged 14 and 15', 'age'),
        N('2020–22', 'year'),
        N('November 2020', 'date'),
        N('two days', 'duration'),
        N('November 2022', 'date'),
        N('one of the camps', 'count-objects'),
        N('three months', 'duration'),
        N('52', 'age'),
    ])

# hh08: gunmen attack a passenger coach near Khuzdar, Balochistan, Pakistan (state media, APP style)
A['hh08.txt'] = dict(
    casualty=[
        C('At least seven passengers were martyred', 'killed', 7, 'at-least', 'people', id='tot'),
        C('18 others injured', 'injured', 18, 'exact', 'people', id='inj'),
        C('three of the injured', 'injured', 3, 'exact', 'people', sub='inj'),
        C('two of the injured succumbed', 'killed', 2, 'exact', 'people', sub='inj'),
        C('the death toll to nine', 'killed', 9, 'exact', 'people', tags='update'),
        C('took away two passengers', 'detained', 2, 'exact', 'people'),
        C('11 terrorists', 'killed', 11, 'exact', 'fighters'),
        C('four terrorists were apprehended', 'detained', 4, 'exact', 'fighters'),
        C('Two soldiers', 'killed', 2, 'exact', 'soldiers'),
        C('killed “14 personnel of the occupying forces”', 'killed', 14, 'exact', 'soldiers',
          tags='contradicted'),
        C('injured 12 people', 'injured', 12, 'exact', 'people'),
        C('claimed 782 lives', 'killed', 782, 'exact', 'people', id='pic'),
        C('291 security personnel', 'killed', 291, 'exact', 'soldiers', sub='pic'),
    ],
    sources=[
        S('officials', 'official', nth=0),
        S('Deputy Commissioner Khuzdar Ahmed Nawaz Zehri', 'official', form='title-name'),
        S('Medical Superintendent DHQ Hospital Dr. Abdul Sattar Mengal', 'official', form='title-name'),
        S('a Levies official', 'anonymous'),
        S('the Inter-Services Public Relations (ISPR)', 'military'),
        S('The ISPR', 'military'),
        S('The proscribed Balochistan Liberation Front (BLF)', 'military'),
        S('officials', 'official', nth=1),
        S('Balochistan government spokesperson Nadia Baloch', 'official', form='title-name'),
        S('The Chief Minister of Balochistan', 'official', form='role'),
        S('the Pakistan Institute for Conflict and Security Studies (PICSS)', 'ngo'),
        S('The National Highway Authority', 'official'),
    ],
    numbers=[
        N('Sept 14', 'date'),
        N('N-25', 'other'),
        N('numbering about 10', 'count-people'),
        N('10:40 pm', 'time'),
        N('46 passengers', 'count-people'),
        N('10-year-old', 'age'),
        N('12 Kalashnikovs', 'count-objects'),
        N('Rs1.5 million', 'money'),
        N('Rs500,000', 'money'),
        N('over 400,000', 'population'),
        N('eight months', 'duration'),
        N('N-25', 'other', nth=1),
        N('four hours', 'duration'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
